"""The sixty-ninth self-made dev set, held out (BW): its first run is an unseen estimate.

Written with set BV, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it, a post "of his own" is a new one; a later fragment
or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes (they are not
listed); speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration. A post reported without any quoted
words is still listed in posts. Titles such as Dr., Judge, Ms. are not part of a
canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- An Instagram story that is deleted and "reposted with softer wording" is two
  Instagram posts by the same author; the repost is a new post.
- A second Instagram story posted later with no words is a new post, listed
  without quotes.
- A quote-post on X ("quote-posted her with one line") and sharing a post on X
  "with a comment of his own" are new X posts by the sharer.
- A reply by the post's author to a comment under the post (on LinkedIn,
  Instagram, or in a Threads thread) belongs to the original post; so does a
  company account's reply under a passenger's Threads post (speaker None).
- A memo "from the superintendent" and a letter to parents by a named director
  are that person's posts with no platform, and what "the memo said" or "the
  letter said" is spoken by that person.
- A study "published in the journal Water Research by" a named researcher is
  that researcher's post with the journal as platform; what "the study
  concluded" is spoken by that researcher.
- A review in a named newspaper is the critic's post on that newspaper; an essay
  or reply "in the student newspaper The Tayside Record" takes that newspaper as
  platform.
- A TikTok video by a campaign group "with the caption ..." is a post with
  author None; the caption is a whole quote (not partial). A TikTok "captioned"
  by a named runner is her post and the caption is hers.
- An unnamed Reddit user's thread has author None; a Reddit thread "of her own"
  by a named engineer is her Reddit post, and her reply in it belongs to it.
- An announcement by a bakery owner "on the shop's Facebook page" is the owner's
  Facebook post; comments under it belong to it. A police force's Facebook page
  post and a union's Facebook page post have author None.
- A post by a named member in a Facebook group is that member's Facebook post.
- A union, an agency, a company account on X and a family speak as None; their
  statements and posts have author None.
- A quote that runs over two paragraphs (the first paragraph has no closing
  mark) is listed as two quotes, one per paragraph, each with the text inside
  the marks up to the paragraph end; both belong to the same interview.
- "Told reporters", "at a news conference", "at a rally", "at the sentencing
  hearing ... told the court", "at a school board meeting", "on an earnings
  call" and "told reporters at an open day" are not posts.
- An analyst's note to clients is the analyst's post with no platform.
- A newsletter on Substack ("his Substack newsletter, Crumb") has platform
  Substack; a podcast or radio show takes the show's name (Bola Parada,
  Campus Confidential, Laufzeit, Deep Water); a TV news programme likewise
  (BBC Look North, STV News, Sky News).
- Nicknames (“the Wall”, “Mama Kasi”), a film title (“Groundhog Day”) and a song
  title (“Big Yellow Taxi”) in marks are not quotes; the singer named with the
  song (Joni Mitchell) is a named person and is listed in people.
- A scare quote in single marks inside a quote (‘voluntary measures’) is part of
  the quote's text and is not a quote of its own.
- A single-word fragment in narration (“timid”) is a partial quote.
- Organisations named like people (Project Jonah, Mancini & Figli, the Lola
  Group, Brackley Farms) are not people.
- Titles such as Sir, Councillor and Detective Sergeant are not part of a
  canonical name; a first name used inside a quote ("Rafaela", "Fiona",
  "Jakub") is not a new person.
- Name order as written is kept (Kenji Morimoto, Hye-jin Park); hyphenated
  surnames are part of the canonical name. A bare surname shared by two
  people (Giuseppe and Chiara Mancini) refers to the one already named.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BW: list[dict] = [
    {
        "name": "striker-instagram-story-deleted-reposted-podcast",
        "text": (
            "Rafaela Monteiro-Santos, the 29-year-old striker for the Lisbon club Estrela "
            "Azul, posted an Instagram story on Sunday night attacking the referee after a "
            "2-1 defeat. “Three penalties ignored. Somebody explain that to me,” she wrote.\n\n"
            "The story was deleted within an hour and reposted with softer wording: “Tough "
            "night. We go again Saturday.”\n\n"
            "At a news conference on Monday, the club’s president, Vasco Teixeira, said he "
            "had spoken to the player. “Rafaela knows her responsibilities, and the matter is "
            "closed,” he said.\n\n"
            "The referees’ association, Arbitragem Nacional, weighed in on X. “Criticism of "
            "officials on social media will be reviewed by the disciplinary committee,” it "
            "posted.\n\n"
            "Monteiro-Santos later told the podcast Bola Parada that she stood by her point. "
            "“I said it badly, not wrongly,” the striker said. Her teammate Inês Carvalho, "
            "speaking after training, called the deletion “the grown-up move.”"
        ),
        "quotes": [
            (
                "Three penalties ignored. Somebody explain that to me,",
                "Rafaela Monteiro-Santos",
                False,
                "P1",
            ),
            ("Tough night. We go again Saturday.", "Rafaela Monteiro-Santos", False, "P2"),
            (
                "Rafaela knows her responsibilities, and the matter is closed,",
                "Vasco Teixeira",
                False,
                None,
            ),
            (
                "Criticism of officials on social media will be reviewed by the disciplinary committee,",
                None,
                False,
                "P3",
            ),
            ("I said it badly, not wrongly,", "Rafaela Monteiro-Santos", False, "P4"),
            ("the grown-up move.", "Inês Carvalho", True, None),
        ],
        "posts": [
            ("P1", "Rafaela Monteiro-Santos", "Instagram"),
            ("P2", "Rafaela Monteiro-Santos", "Instagram"),
            ("P3", None, "X"),
            ("P4", "Rafaela Monteiro-Santos", "Bola Parada"),
        ],
        "people": ["Rafaela Monteiro-Santos", "Vasco Teixeira", "Inês Carvalho"],
    },
    {
        "name": "linkedin-cto-ai-code-press-release-substack",
        "text": (
            "Kwame Boateng-Asare, chief technology officer at the payments start-up Ledgerly, "
            "announced on LinkedIn on Wednesday that the company would stop using AI tools to "
            "write customer-facing code. “We shipped faster for six months and spent the next "
            "six fixing it,” he wrote.\n\n"
            "Ledgerly’s press release, issued an hour later, framed the move as a pause. “The "
            "company remains committed to responsible automation,” it said.\n\n"
            "Under Boateng-Asare’s post, a former colleague, Priya Raghunathan, commented: "
            "“Finally someone says the quiet part out loud.” He answered her in the same "
            "thread: “Not quiet anymore.”\n\n"
            "In an essay on Substack, the software consultant Mateo Ferraz argued that the "
            "real problem was review, not generation. “Teams didn’t stop reading code because "
            "of AI. They stopped because of deadlines,” he wrote. In the same essay, Ferraz "
            "said the tools were “only as careless as the managers who buy them.”"
        ),
        "quotes": [
            (
                "We shipped faster for six months and spent the next six fixing it,",
                "Kwame Boateng-Asare",
                False,
                "P1",
            ),
            ("The company remains committed to responsible automation,", None, False, "P2"),
            ("Finally someone says the quiet part out loud.", "Priya Raghunathan", False, "P1"),
            ("Not quiet anymore.", "Kwame Boateng-Asare", False, "P1"),
            (
                "Teams didn’t stop reading code because of AI. They stopped because of deadlines,",
                "Mateo Ferraz",
                False,
                "P3",
            ),
            ("only as careless as the managers who buy them.", "Mateo Ferraz", True, "P3"),
        ],
        "posts": [
            ("P1", "Kwame Boateng-Asare", "LinkedIn"),
            ("P2", None, "press release"),
            ("P3", "Mateo Ferraz", "Substack"),
        ],
        "people": ["Kwame Boateng-Asare", "Priya Raghunathan", "Mateo Ferraz"],
    },
    {
        "name": "school-phone-memo-facebook-group-courier",
        "text": (
            "A memo from the superintendent of Harlow Valley schools, Dr. Denise Okafor, told "
            "principals on Thursday to collect students’ phones at the start of each day. "
            "“Phones will be stored in locked pouches from first bell to last bell,” the memo "
            "said.\n\n"
            "Parents reacted quickly in the Harlow Valley Parents group on Facebook. One "
            "mother, Jolene Pruitt, wrote that she needed to be able to reach her son. “What "
            "happens when there’s a lockdown and I can’t text him?” she asked.\n\n"
            "Okafor told the Harlow Courier that office phones would remain available. “Every "
            "emergency plan we have already runs through the front office,” she said. “None "
            "of that changes.”\n\n"
            "The teachers’ union, the Harlow Valley Education Association, backed the policy "
            "on its Facebook page, calling it “overdue and welcome.” An eighth grader leaving "
            "Harlow Middle School, who asked not to be named, put it differently: “It’s going "
            "to be a very quiet lunch.”"
        ),
        "quotes": [
            (
                "Phones will be stored in locked pouches from first bell to last bell,",
                "Denise Okafor",
                False,
                "P1",
            ),
            (
                "What happens when there’s a lockdown and I can’t text him?",
                "Jolene Pruitt",
                False,
                "P2",
            ),
            (
                "Every emergency plan we have already runs through the front office,",
                "Denise Okafor",
                False,
                "P3",
            ),
            ("None of that changes.", "Denise Okafor", False, "P3"),
            ("overdue and welcome.", None, True, "P4"),
            ("It’s going to be a very quiet lunch.", None, False, None),
        ],
        "posts": [
            ("P1", "Denise Okafor", None),
            ("P2", "Jolene Pruitt", "Facebook"),
            ("P3", "Denise Okafor", "Harlow Courier"),
            ("P4", None, "Facebook"),
        ],
        "people": ["Denise Okafor", "Jolene Pruitt"],
    },
    {
        "name": "river-nitrate-study-bluesky-tiktok-farm-radio",
        "text": (
            "A study published on Monday in the journal Water Research by the hydrologist "
            "Siobhan Gallagher found that nitrate levels in the River Teme had doubled in a "
            "decade. “The trend is unambiguous and it is accelerating,” the study concluded.\n\n"
            "Gallagher posted a chart from the paper on Bluesky. “This is what ten years of "
            "‘voluntary measures’ looks like,” she wrote.\n\n"
            "The campaign group Save the Teme turned the chart into a TikTok video, viewed "
            "400,000 times, with the caption “Our river, their runoff.”\n\n"
            "Brackley Farms, one of the largest dairy operators in the catchment, told "
            "reporters at an open day that it had cut fertiliser use by a fifth since 2019. "
            "“We are part of the solution here, not the problem,” a spokeswoman said.\n\n"
            "Its managing director, Owen Pritchard, went further on BBC Radio Shropshire, "
            "calling the study “a snapshot dressed up as a verdict.”"
        ),
        "quotes": [
            ("The trend is unambiguous and it is accelerating,", "Siobhan Gallagher", False, "P1"),
            (
                "This is what ten years of ‘voluntary measures’ looks like,",
                "Siobhan Gallagher",
                False,
                "P2",
            ),
            ("Our river, their runoff.", None, False, "P3"),
            ("We are part of the solution here, not the problem,", None, False, None),
            ("a snapshot dressed up as a verdict.", "Owen Pritchard", True, "P4"),
        ],
        "posts": [
            ("P1", "Siobhan Gallagher", "Water Research"),
            ("P2", "Siobhan Gallagher", "Bluesky"),
            ("P3", None, "TikTok"),
            ("P4", "Owen Pritchard", "BBC Radio Shropshire"),
        ],
        "people": ["Siobhan Gallagher", "Owen Pritchard"],
    },
    {
        "name": "rail-strike-union-statement-x-quote-post-reddit",
        "text": (
            "Train drivers on the Northern Lakes line will strike for 48 hours from Friday, "
            'their union said in a statement on Tuesday. "Our members have been patient for '
            'two years. Patience has run out," the statement said.\n\n'
            "The transport secretary, Harriet Ellsworth-Kane, responded on X within the hour. "
            '"A strike that punishes commuters will not move a single number in this offer," '
            "she posted. The union’s general secretary, Dermot Fahy, quote-posted her with "
            'one line: "Then improve the offer."\n\n'
            "On Reddit, a commuter started a thread saying the last strike had cost her a "
            'day’s pay. "I can’t afford another one of these," she wrote. Another user '
            'replied under it: "Bring a flask and a phone charger."\n\n'
            'Ellsworth-Kane told Sky News on Wednesday that talks could resume "as soon as '
            'tomorrow."'
        ),
        "quotes": [
            (
                "Our members have been patient for two years. Patience has run out,",
                None,
                False,
                "P1",
            ),
            (
                "A strike that punishes commuters will not move a single number in this offer,",
                "Harriet Ellsworth-Kane",
                False,
                "P2",
            ),
            ("Then improve the offer.", "Dermot Fahy", False, "P3"),
            ("I can’t afford another one of these,", None, False, "P4"),
            ("Bring a flask and a phone charger.", None, False, "P4"),
            ("as soon as tomorrow.", "Harriet Ellsworth-Kane", True, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harriet Ellsworth-Kane", "X"),
            ("P3", "Dermot Fahy", "X"),
            ("P4", None, "Reddit"),
            ("P5", "Harriet Ellsworth-Kane", "Sky News"),
        ],
        "people": ["Harriet Ellsworth-Kane", "Dermot Fahy"],
    },
    {
        "name": "tribune-review-chef-instagram-caption-comment-thread",
        "text": (
            "A one-star review of the Filipino restaurant Kusina Lola in the Chicago Tribune "
            "on Friday drew a sharp response from its chef, Maricel Dimaculangan. In the "
            "review, the critic Graham Whitcombe called the adobo “timid” and the service “a "
            "rehearsal for a restaurant that doesn’t exist yet.”\n\n"
            "Dimaculangan answered in an Instagram caption under a photo of her kitchen team. "
            "“Eleven people who worked a double to feed you. Timid is not the word,” she "
            "wrote.\n\n"
            "Whitcombe replied in the comments: “The team deserves better than the menu it’s "
            "given.” Dimaculangan replied to him directly: “Come back on a Tuesday and say "
            "that.”\n\n"
            "The restaurant’s owners, the Lola Group, said in a statement that the review was "
            "“fair game” and that the chef spoke for herself. “We stand behind every plate,” "
            "the statement added."
        ),
        "quotes": [
            ("timid", "Graham Whitcombe", True, "P1"),
            (
                "a rehearsal for a restaurant that doesn’t exist yet.",
                "Graham Whitcombe",
                True,
                "P1",
            ),
            (
                "Eleven people who worked a double to feed you. Timid is not the word,",
                "Maricel Dimaculangan",
                False,
                "P2",
            ),
            ("The team deserves better than the menu it’s given.", "Graham Whitcombe", False, "P2"),
            ("Come back on a Tuesday and say that.", "Maricel Dimaculangan", False, "P2"),
            ("fair game", None, True, "P3"),
            ("We stand behind every plate,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Graham Whitcombe", "Chicago Tribune"),
            ("P2", "Maricel Dimaculangan", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Maricel Dimaculangan", "Graham Whitcombe"],
    },
    {
        "name": "cargo-bike-thefts-police-facebook-tiktok-look-north",
        "text": (
            "Police in Leeds are appealing for information after 14 cargo bikes were stolen "
            "from a single street in Headingley over three weeks. West Yorkshire Police "
            "posted CCTV stills on its Facebook page on Monday. “If you recognise this van, "
            "please call 101 and quote reference 0412,” the post said.\n\n"
            "One owner, the paramedic Adaeze Nwachukwu, filmed a TikTok showing the cut lock "
            "still hanging from her railing. “Fourteen bikes, one street, zero arrests,” she "
            "said in the video. “I’m not angry. I’m just walking now.”\n\n"
            "A neighbour, who did not want to be named, said the thieves had come back for "
            "the same bike twice. “They took the wheels one week and the frame the next,” he "
            "said.\n\n"
            "Detective Sergeant Ruth Oyelaran told BBC Look North that officers believed one "
            "group was responsible for all the thefts. “This is organised, and it will be "
            "treated as organised,” she said."
        ),
        "quotes": [
            (
                "If you recognise this van, please call 101 and quote reference 0412,",
                None,
                False,
                "P1",
            ),
            ("Fourteen bikes, one street, zero arrests,", "Adaeze Nwachukwu", False, "P2"),
            ("I’m not angry. I’m just walking now.", "Adaeze Nwachukwu", False, "P2"),
            ("They took the wheels one week and the frame the next,", None, False, None),
            (
                "This is organised, and it will be treated as organised,",
                "Ruth Oyelaran",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Adaeze Nwachukwu", "TikTok"),
            ("P3", "Ruth Oyelaran", "BBC Look North"),
        ],
        "people": ["Adaeze Nwachukwu", "Ruth Oyelaran"],
    },
    {
        "name": "tennis-retirement-youtube-threads-federation-release",
        "text": (
            "Jakub Wiśniewski-Lind, the Polish tennis player known to fans as “the Wall,” "
            "announced his retirement in a YouTube video on Saturday. “I have nothing left to "
            "give the tour except excuses,” the 34-year-old said in the video.\n\n"
            "His longtime coach, Aiko Tanabe, posted on Threads a few hours later. “Fifteen "
            "years, three continents, one stubborn man. Thank you,” she wrote.\n\n"
            "The Polish Tennis Association issued a press release calling him “the most "
            "consistent player this country has produced.” Its president, Grzegorz "
            "Malinowski, was quoted in the release: “Jakub raised the floor for everyone who "
            "came after him.”\n\n"
            "Speaking to the newspaper Rzeczpospolita on Sunday, Wiśniewski-Lind said he "
            "planned to coach juniors in Gdańsk. “I want to be the person I needed at "
            "fourteen,” he said. He ruled out a farewell tour, adding that he had already "
            "said goodbye to the only crowd that mattered, his family."
        ),
        "quotes": [
            (
                "I have nothing left to give the tour except excuses,",
                "Jakub Wiśniewski-Lind",
                False,
                "P1",
            ),
            (
                "Fifteen years, three continents, one stubborn man. Thank you,",
                "Aiko Tanabe",
                False,
                "P2",
            ),
            ("the most consistent player this country has produced.", None, True, "P3"),
            (
                "Jakub raised the floor for everyone who came after him.",
                "Grzegorz Malinowski",
                False,
                "P3",
            ),
            ("I want to be the person I needed at fourteen,", "Jakub Wiśniewski-Lind", False, "P4"),
        ],
        "posts": [
            ("P1", "Jakub Wiśniewski-Lind", "YouTube"),
            ("P2", "Aiko Tanabe", "Threads"),
            ("P3", None, "press release"),
            ("P4", "Jakub Wiśniewski-Lind", "Rzeczpospolita"),
        ],
        "people": ["Jakub Wiśniewski-Lind", "Aiko Tanabe", "Grzegorz Malinowski"],
    },
    {
        "name": "meal-kit-breach-email-medium-linkedin-apology",
        "text": (
            "The meal-kit company Harvest Box told customers in an email on Thursday that the "
            "names and addresses of about 200,000 subscribers had been exposed. “No payment "
            "details were accessed,” the email said.\n\n"
            "The security researcher who found the flaw, Ilse Vandermeulen, published a "
            "detailed account on Medium. She had reported the problem in March, she wrote, "
            "and “heard nothing for eleven weeks.” The post continued: “A company that stores "
            "your front door should answer its email.”\n\n"
            "The Information Commissioner’s Office said in a statement that it was making "
            "enquiries. Harvest Box’s chief executive, Callum Dreyfus, apologised in a "
            "LinkedIn post on Friday. “We were too slow, and I own that,” he wrote. “We have "
            "since rebuilt our disclosure process from scratch.”\n\n"
            "One subscriber, Nadia Bakhoum, said she had already cancelled. “I’ll chop my own "
            "carrots,” she said."
        ),
        "quotes": [
            ("No payment details were accessed,", None, False, "P1"),
            ("heard nothing for eleven weeks.", "Ilse Vandermeulen", True, "P2"),
            (
                "A company that stores your front door should answer its email.",
                "Ilse Vandermeulen",
                False,
                "P2",
            ),
            ("We were too slow, and I own that,", "Callum Dreyfus", False, "P4"),
            (
                "We have since rebuilt our disclosure process from scratch.",
                "Callum Dreyfus",
                False,
                "P4",
            ),
            ("I’ll chop my own carrots,", "Nadia Bakhoum", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ilse Vandermeulen", "Medium"),
            ("P3", None, None),
            ("P4", "Callum Dreyfus", "LinkedIn"),
        ],
        "people": ["Ilse Vandermeulen", "Callum Dreyfus", "Nadia Bakhoum"],
    },
    {
        "name": "guardian-essay-student-paper-podcast-bluesky",
        "text": (
            "A lecturer at the University of Dundee, Fiona MacAskill, wrote in an essay in "
            "The Guardian on Tuesday that the essay as a form of assessment was “effectively "
            "dead.” “We can keep pretending, or we can redesign how we examine,” she wrote.\n\n"
            "The piece drew an angry reply from a student, Ravi Chandrasekaran, in the "
            "student newspaper The Tayside Record. “Some of us still write our own work, and "
            "we’d like to be trusted,” he wrote.\n\n"
            "The university’s principal, Sir Alasdair Lennox, discussed the row on the "
            "podcast Campus Confidential. “Fiona is asking the right question. I’m not sure "
            "she has the right answer yet,” he said.\n\n"
            "MacAskill, who once compared marking season to the film “Groundhog Day,” "
            "answered on Bluesky the next morning: “Nobody has the right answer yet. That’s "
            "the point.”"
        ),
        "quotes": [
            ("effectively dead.", "Fiona MacAskill", True, "P1"),
            (
                "We can keep pretending, or we can redesign how we examine,",
                "Fiona MacAskill",
                False,
                "P1",
            ),
            (
                "Some of us still write our own work, and we’d like to be trusted,",
                "Ravi Chandrasekaran",
                False,
                "P2",
            ),
            (
                "Fiona is asking the right question. I’m not sure she has the right answer yet,",
                "Alasdair Lennox",
                False,
                "P3",
            ),
            ("Nobody has the right answer yet. That’s the point.", "Fiona MacAskill", False, "P4"),
        ],
        "posts": [
            ("P1", "Fiona MacAskill", "The Guardian"),
            ("P2", "Ravi Chandrasekaran", "The Tayside Record"),
            ("P3", "Alasdair Lennox", "Campus Confidential"),
            ("P4", "Fiona MacAskill", "Bluesky"),
        ],
        "people": ["Fiona MacAskill", "Ravi Chandrasekaran", "Alasdair Lennox"],
    },
    {
        "name": "wildfire-smoke-agency-x-coach-facebook-rally",
        "text": (
            "Environment Canada warned on X on Wednesday that wildfire smoke would push "
            'Edmonton’s air quality to its highest risk level. "Limit time outdoors, '
            'especially children and older adults," the agency posted.\n\n'
            "Lindiwe Mabaso, who coaches an under-12 soccer team in the city, said in a "
            'Facebook post that every game this weekend had been cancelled. "Third summer in '
            'a row the kids lose June," she wrote. A parent commented underneath: "Better a '
            'lost June than a hospital visit."\n\n'
            "At a rally outside the legislature, the climate scientist Tomasz Grabowski-Reyes "
            'said the fires were no longer unusual. "This is the new baseline, not the bad '
            'year," he said, as a busker nearby played Joni Mitchell’s "Big Yellow Taxi."\n\n'
            "The premier’s office said in a statement that it would fund air purifiers for "
            "schools, but gave no figure."
        ),
        "quotes": [
            ("Limit time outdoors, especially children and older adults,", None, False, "P1"),
            ("Third summer in a row the kids lose June,", "Lindiwe Mabaso", False, "P2"),
            ("Better a lost June than a hospital visit.", None, False, "P2"),
            ("This is the new baseline, not the bad year,", "Tomasz Grabowski-Reyes", False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Lindiwe Mabaso", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Lindiwe Mabaso", "Tomasz Grabowski-Reyes", "Joni Mitchell"],
    },
    {
        "name": "escooter-ban-council-release-echo-two-paragraphs",
        "text": (
            "Westbridge Council said in a news release on Monday that rental e-scooters would "
            "be banned from the town centre from 1 September. The release quoted the "
            "council’s transport lead, Councillor Yusuf Demir, as saying: “Pavements are for "
            "people. We gave the scheme two years and the complaints kept rising.”\n\n"
            "The operator, Zipp Mobility, said in a statement that it was “disappointed and "
            "surprised.” Its UK manager, Sanna Kallio, told the Westbridge Echo that the "
            "company had offered to slow scooters electronically. “We put a slow zone on the "
            "table in May. We never heard back.\n\n"
            "“Banning the service punishes the riders who follow the rules,” she added.\n\n"
            "A regular rider, Jamal Whitfield, posted an Instagram reel of himself carrying "
            "his scooter down the high street in protest. The reel had been viewed 80,000 "
            "times by Tuesday evening, and two councillors said they had been sent it by "
            "constituents."
        ),
        "quotes": [
            (
                "Pavements are for people. We gave the scheme two years and the complaints kept rising.",
                "Yusuf Demir",
                False,
                "P1",
            ),
            ("disappointed and surprised.", None, True, "P2"),
            (
                "We put a slow zone on the table in May. We never heard back.",
                "Sanna Kallio",
                False,
                "P3",
            ),
            (
                "Banning the service punishes the riders who follow the rules,",
                "Sanna Kallio",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Sanna Kallio", "Westbridge Echo"),
            ("P4", "Jamal Whitfield", "Instagram"),
        ],
        "people": ["Yusuf Demir", "Sanna Kallio", "Jamal Whitfield"],
    },
    {
        "name": "bakery-closure-facebook-page-substack-stv",
        "text": (
            "After 41 years, the Dumbarton Road bakery Mancini & Figli will close on "
            "Saturday, its owner, Giuseppe Mancini, announced on the shop’s Facebook page. "
            "“My hands are tired, and my children have their own dreams,” he wrote. “That is "
            "how it should be.”\n\n"
            "More than 2,000 people commented under the post. One of them, Elspeth Rankin, "
            "wrote that she had bought her wedding cake there in 1988. “Best day of my life, "
            "and the cake was a close second,” she wrote.\n\n"
            "The Glasgow food writer Hamish Oduya wrote in his Substack newsletter, Crumb, "
            "that the closure marked “the end of a whole grammar of baking.” In a separate "
            "Instagram post, he listed the five pastries he would miss most.\n\n"
            "Mancini’s daughter, Chiara Mancini, told STV News that the family had turned "
            "down two offers to buy the name. “It was never for sale,” she said."
        ),
        "quotes": [
            (
                "My hands are tired, and my children have their own dreams,",
                "Giuseppe Mancini",
                False,
                "P1",
            ),
            ("That is how it should be.", "Giuseppe Mancini", False, "P1"),
            (
                "Best day of my life, and the cake was a close second,",
                "Elspeth Rankin",
                False,
                "P1",
            ),
            ("the end of a whole grammar of baking.", "Hamish Oduya", True, "P2"),
            ("It was never for sale,", "Chiara Mancini", False, "P4"),
        ],
        "posts": [
            ("P1", "Giuseppe Mancini", "Facebook"),
            ("P2", "Hamish Oduya", "Substack"),
            ("P3", "Hamish Oduya", "Instagram"),
            ("P4", "Chiara Mancini", "STV News"),
        ],
        "people": ["Giuseppe Mancini", "Elspeth Rankin", "Hamish Oduya", "Chiara Mancini"],
    },
    {
        "name": "catalytic-converter-sentence-ruling-attorney-x-share",
        "text": (
            "A judge in Maricopa County on Thursday sentenced Dwayne Kessler, 46, to eight "
            "years in prison for a string of catalytic converter thefts across Phoenix. In "
            "her written ruling, Judge Teresa Villanueva-Ochoa said the thefts had “hit the "
            "people least able to absorb them.”\n\n"
            "At the sentencing hearing, Kessler’s attorney, Brian Oduro, said his client "
            "would appeal. “Eight years for auto parts is not justice. It is theatre,” he "
            "told the court.\n\n"
            "Outside the courthouse, one victim, the home health aide Leticia Guzmán, told "
            "reporters she had missed two weeks of shifts. “I lost more than a car part. I "
            "lost rent,” she said.\n\n"
            "The Phoenix Police Department posted on X that the case had been “a textbook "
            "example of community tips.” A detective on the case, Sam Whitlock, shared the "
            "post with a comment of his own: “Thank you to every neighbor who picked up the "
            "phone.”"
        ),
        "quotes": [
            ("hit the people least able to absorb them.", "Teresa Villanueva-Ochoa", True, "P1"),
            (
                "Eight years for auto parts is not justice. It is theatre,",
                "Brian Oduro",
                False,
                None,
            ),
            ("I lost more than a car part. I lost rent,", "Leticia Guzmán", False, None),
            ("a textbook example of community tips.", None, True, "P2"),
            ("Thank you to every neighbor who picked up the phone.", "Sam Whitlock", False, "P3"),
        ],
        "posts": [
            ("P1", "Teresa Villanueva-Ochoa", None),
            ("P2", None, "X"),
            ("P3", "Sam Whitlock", "X"),
        ],
        "people": [
            "Dwayne Kessler",
            "Teresa Villanueva-Ochoa",
            "Brian Oduro",
            "Leticia Guzmán",
            "Sam Whitlock",
        ],
    },
    {
        "name": "marathon-withdrawal-instagram-comments-radio-tiktok",
        "text": (
            "The Kenyan runner Faith Chepkemoi, nicknamed “Mama Kasi” by her training group, "
            "withdrew from the Berlin Marathon on Friday with a calf injury. Chepkemoi, who "
            "finished second in Berlin last year, had been among the favourites. She broke "
            "the news on Instagram. “My body said no this morning, and for once I listened,” "
            "she wrote.\n\n"
            "Her pacemaker, Edwin Kiprotich, commented under the post: “Rest now. Berlin will "
            "still be there.” She replied to him: “So will you, hopefully.”\n\n"
            "The race organisers said in a statement that her bib would not be reassigned. "
            "The race director, Jens Hartwig, told the radio show Laufzeit that he understood "
            "her decision. “You cannot negotiate with a calf,” he said. He added that the "
            "attempt on the course record would go ahead without her.\n\n"
            "The 31-year-old later posted a short TikTok of herself on crutches, captioned "
            "“Plan B.”"
        ),
        "quotes": [
            (
                "My body said no this morning, and for once I listened,",
                "Faith Chepkemoi",
                False,
                "P1",
            ),
            ("Rest now. Berlin will still be there.", "Edwin Kiprotich", False, "P1"),
            ("So will you, hopefully.", "Faith Chepkemoi", False, "P1"),
            ("You cannot negotiate with a calf,", "Jens Hartwig", False, "P3"),
            ("Plan B.", "Faith Chepkemoi", False, "P4"),
        ],
        "posts": [
            ("P1", "Faith Chepkemoi", "Instagram"),
            ("P2", None, None),
            ("P3", "Jens Hartwig", "Laufzeit"),
            ("P4", "Faith Chepkemoi", "TikTok"),
        ],
        "people": ["Faith Chepkemoi", "Edwin Kiprotich", "Jens Hartwig"],
    },
    {
        "name": "messaging-outage-medium-reddit-own-thread-wired",
        "text": (
            "The messaging app Chirrup was down for nine hours on Tuesday, leaving an "
            "estimated 30 million users without service. In a post on Medium, its head of "
            'engineering, Anjali Deshpande, blamed a faulty configuration change. "One line, '
            'pushed to every region at once. That should never have been possible," she '
            "wrote.\n\n"
            "Deshpande answered questions in a Reddit thread of her own the next day. Asked "
            'by one user whether anyone would be fired, she replied: "No. The system failed, '
            'not a person."\n\n'
            "Not everyone was satisfied. The tech columnist Oluwaseun Bakare wrote in Wired "
            'that the explanation was "a post-mortem without a body." "Users deserve to know '
            'why the safeguards were switched off," he wrote.\n\n'
            'Chirrup’s official account on X later posted a brief apology: "We’re sorry. '
            'We’re fixing how we ship."'
        ),
        "quotes": [
            (
                "One line, pushed to every region at once. That should never have been possible,",
                "Anjali Deshpande",
                False,
                "P1",
            ),
            ("No. The system failed, not a person.", "Anjali Deshpande", False, "P2"),
            ("a post-mortem without a body.", "Oluwaseun Bakare", True, "P3"),
            (
                "Users deserve to know why the safeguards were switched off,",
                "Oluwaseun Bakare",
                False,
                "P3",
            ),
            ("We’re sorry. We’re fixing how we ship.", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Anjali Deshpande", "Medium"),
            ("P2", "Anjali Deshpande", "Reddit"),
            ("P3", "Oluwaseun Bakare", "Wired"),
            ("P4", None, "X"),
        ],
        "people": ["Anjali Deshpande", "Oluwaseun Bakare"],
    },
    {
        "name": "cafeteria-tiktok-director-letter-board-meeting-oped",
        "text": (
            "A 16-year-old student at Ridgemont High School in Sacramento, Camila "
            "Arroyo-Whitman, posted a TikTok on Monday showing a cafeteria lunch of a single "
            "corn dog and a carton of milk. “This is $4.25. This is what we get,” she said in "
            "the video, which has been viewed 1.2 million times.\n\n"
            "The district’s food services director, Gary Lindholm, responded in a letter to "
            "parents on Wednesday. The letter said the photo showed “one day, not the menu,” "
            "and promised a review.\n\n"
            "At a school board meeting that evening, a cafeteria worker speaking during "
            "public comment said kitchen staff had been cut by a third. “We’re feeding 1,400 "
            "kids with six people,” she said.\n\n"
            "In an op-ed in the Sacramento Bee on Friday, the nutritionist Dr. Hye-jin Park "
            "argued that Arroyo-Whitman had done the district a favor. “She showed what a "
            "budget looks like on a tray,” Park wrote."
        ),
        "quotes": [
            ("This is $4.25. This is what we get,", "Camila Arroyo-Whitman", False, "P1"),
            ("one day, not the menu,", "Gary Lindholm", True, "P2"),
            ("We’re feeding 1,400 kids with six people,", None, False, None),
            ("She showed what a budget looks like on a tray,", "Hye-jin Park", False, "P3"),
        ],
        "posts": [
            ("P1", "Camila Arroyo-Whitman", "TikTok"),
            ("P2", "Gary Lindholm", None),
            ("P3", "Hye-jin Park", "Sacramento Bee"),
        ],
        "people": ["Camila Arroyo-Whitman", "Gary Lindholm", "Hye-jin Park"],
    },
    {
        "name": "whale-stranding-doc-statement-instagram-stories-podcast",
        "text": (
            "Thirty-two pilot whales stranded on a beach near Farewell Spit on New Zealand’s "
            "South Island overnight on Sunday. The Department of Conservation said in a "
            "statement that 21 had been refloated by Monday afternoon. “Volunteers did "
            "extraordinary work in very cold water,” the statement said.\n\n"
            "One volunteer, Aroha Ngata-Whitehead, shared an Instagram story from the beach. "
            "“Hands numb, hearts full,” she wrote. In a second story an hour later, she "
            "posted a photo of the remaining pod with no words at all.\n\n"
            "The marine biologist Dr. Lukas Brandt said on the podcast Deep Water that "
            "strandings on the spit were becoming more frequent. “We do not yet know why, and "
            "anyone who says they do is guessing,” he said. On the same episode, he called "
            "sonar “unlikely but not ruled out.”\n\n"
            "Project Jonah, a rescue charity, told reporters at the beach that it still "
            "needed wetsuits for volunteers."
        ),
        "quotes": [
            ("Volunteers did extraordinary work in very cold water,", None, False, "P1"),
            ("Hands numb, hearts full,", "Aroha Ngata-Whitehead", False, "P2"),
            (
                "We do not yet know why, and anyone who says they do is guessing,",
                "Lukas Brandt",
                False,
                "P4",
            ),
            ("unlikely but not ruled out.", "Lukas Brandt", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aroha Ngata-Whitehead", "Instagram"),
            ("P3", "Aroha Ngata-Whitehead", "Instagram"),
            ("P4", "Lukas Brandt", "Deep Water"),
        ],
        "people": ["Aroha Ngata-Whitehead", "Lukas Brandt"],
    },
    {
        "name": "forklift-atm-raid-youtube-cctv-family-statement",
        "text": (
            "Thieves used a stolen forklift to rip a cash machine from the wall of a "
            "convenience store in Coventry early on Wednesday. The store’s owner, Harpreet "
            "Sandhu, uploaded the CCTV footage to YouTube that morning. “Ninety seconds. "
            "That’s all it took them,” he says in the video.\n\n"
            "A West Midlands Police spokesperson told reporters that two men had been "
            "arrested. “We are not looking for anyone else at this time,” she said.\n\n"
            "In the Earlsdon Residents group on Facebook, a member, Colin Fairweather, posted "
            "that he had heard the crash from two streets away. “Thought it was a bin lorry "
            "until the alarms started,” he wrote.\n\n"
            "The family of one of the arrested men, 19-year-old Kieran Doyle, said in a "
            "statement that he had “made a terrible choice under pressure from older men.” "
            "“He will face what he has done,” the statement said."
        ),
        "quotes": [
            ("Ninety seconds. That’s all it took them,", "Harpreet Sandhu", False, "P1"),
            ("We are not looking for anyone else at this time,", None, False, None),
            (
                "Thought it was a bin lorry until the alarms started,",
                "Colin Fairweather",
                False,
                "P2",
            ),
            ("made a terrible choice under pressure from older men.", None, True, "P3"),
            ("He will face what he has done,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Harpreet Sandhu", "YouTube"),
            ("P2", "Colin Fairweather", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Harpreet Sandhu", "Colin Fairweather", "Kieran Doyle"],
    },
    {
        "name": "airline-cancellations-release-analyst-note-threads-reply",
        "text": (
            "Skyvale Airlines cancelled 340 flights over the holiday weekend after its "
            "crew-scheduling system failed, the carrier said in a news release on Monday. "
            "“Customers will receive full refunds and a travel voucher,” the release said.\n\n"
            "On an earnings call the next day, the chief executive, Dominique Hartley-Mensah, "
            "called the failure “unacceptable and fixable.” Analysts were less forgiving. In "
            "a note to clients, the Barclays analyst Kenji Morimoto wrote that the airline "
            "had “underinvested in the boring parts of running an airline for a decade.”\n\n"
            "A stranded passenger, Ines Forsberg-Mäkelä, posted on Threads from Denver "
            "airport: “Day two on the terminal floor. The vending machine knows my name.” "
            "Skyvale’s account replied under her post: “Please DM us your booking code.”\n\n"
            "The pilots’ union wrote on LinkedIn that it had warned the airline about the "
            "system in March."
        ),
        "quotes": [
            ("Customers will receive full refunds and a travel voucher,", None, False, "P1"),
            ("unacceptable and fixable.", "Dominique Hartley-Mensah", True, None),
            (
                "underinvested in the boring parts of running an airline for a decade.",
                "Kenji Morimoto",
                True,
                "P2",
            ),
            (
                "Day two on the terminal floor. The vending machine knows my name.",
                "Ines Forsberg-Mäkelä",
                False,
                "P3",
            ),
            ("Please DM us your booking code.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kenji Morimoto", None),
            ("P3", "Ines Forsberg-Mäkelä", "Threads"),
            ("P4", None, "LinkedIn"),
        ],
        "people": ["Dominique Hartley-Mensah", "Kenji Morimoto", "Ines Forsberg-Mäkelä"],
    },
]
