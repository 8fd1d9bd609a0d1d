"""The one-hundred-and-sixth self-made dev set, held out (DH): its first run is an unseen estimate.

Written with set DI, without reading the extraction rules, and committed before
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
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a news release only mentioned, a
  statement only paraphrased, a publisher's TikTok clip, "told KJZZ" with no
  quoted words, a study in a named journal) is still listed in posts.
- people lists every named person in the text, whether or not they speak (a
  podcast host, a next opponent, a crime victim, a sister in a video);
  organisations, restaurants (Mesa), places and shows are not people.
- A tenants' union's Instagram post, a coalition's or a neighbourhood group's
  Bluesky post and a company support account's post on X have author None, and
  their words speak as None.
- An interview with a local TV station (KCRA 3), a radio station (KJZZ), a
  public radio program (Idaho Matters), a club's in-house podcast (Rovers
  Uncut), "the BBC's Tailenders podcast" (Tailenders) or a YouTube channel
  (Climate Town) takes the outlet's or show's name as written, without the
  owner's possessive; "told CNN", "told New Scientist" and "told the Star
  Tribune" are interviews with those outlets.
- A post-match news conference, "told reporters at Lord's", a town hall, a
  school-board or council meeting, a parliamentary hearing, a press briefing,
  an award dinner speech, words "said outside" the jail or the courthouse and
  "reached by phone" are not posts.
- Nicknames in marks (“The Metronome”, “The Engine”), an essay title
  (“Signing Off”), a book title and scare-quoted terms (“convenience fee”,
  “tiny homes”, a statutory definition “transitional shelter”) are not quotes;
  the same words inside a later quote are part of that quote.
- A study in a named journal is a post whose platform is the journal; its
  author is the lead author when the sentence reporting the study names her
  ("led by Dr. Hye-jin Park"), otherwise None ("researchers reported", "the
  paper's authors wrote"), and a fragment the unnamed authors wrote speaks as
  None and belongs to the study.
- An email to a named news agency ("said in an email to The Associated Press")
  is an interview with that agency; a chief executive's email to staff "seen by
  The Verge" is his post with no platform, since the outlet only saw it.
- An author's own reply under her own post belongs to that post; a person's
  reply or comment under someone else's post (Tsai under Ostrovskaya's
  Instagram photo, Haddad-Ortiz under Ferguson's Threads post) belongs to that
  other post.
- A named property manager's reply "in the thread" and an unnamed user's answer
  to that reply both belong to the unnamed user's Reddit thread.
- A comment under a named member's post in a Facebook group belongs to that
  post; a fan writing on a festival's Facebook page makes his own Facebook
  post, and the festival's reply under it belongs to it.
- A named person's statement (the chair of a prize's judges, a newspaper's head
  of audio) is that person's post with no platform; a quote after "he added"
  right after a fragment of that statement belongs to it. A victim's family's
  statement, a legal group's statement, a cricket board's statement and a
  landlord company's court filing have author None; a judge's opinion or order
  is the judge's post with no platform.
- A publisher's TikTok clip of a speech is a post with author None; the
  author's "video of her own on the platform" is a new TikTok post by her, and
  words she "asks in the clip" belong to it; words from the award speech itself
  belong to no post.
- "he said in the video" ties a quote to the YouTube episode just described,
  and "he said in it" to the Facebook video; a fragment in the sentence right
  after a TikTok video's quote ("She promised to return in the fall and called
  the cancellation ...") still describes that video and belongs to it.
- A quote in a closing paragraph with only "the chef said" is not tied to the
  newspaper interview reported earlier and has no post; "the mayor said" after
  "told the crowd" at a town hall has no post.
- A guest's appearance on a host's named program (Ferguson on Between the
  Lines) is the guest's post with the program as platform, and what "he told
  her" on that episode belongs to it.
- Words a speaker reports someone else saying (his daughter Noor asking whether
  he would "now be home for breakfast") speak as that person, are partial and
  belong to no post; a first name alone is that person's canonical name.
- A letter to a named newspaper (the Burlington Free Press) has the newspaper
  as platform; a superintendent's letter to families has none; an open letter
  signed by hundreds of scientists has author None and platform None.
- Words written "over the photo" of an Instagram story are whole, not partial;
  reposting that story "on his own Instagram story with a message" is a new
  Instagram post by the reposter.
- Titles such as Mayor, Council President, City council member,
  Superintendent, Superior Court Judge, Judge and Dr. are not part of a name.
- Name order as written is kept (Mei-Ling Tsai, Hye-jin Park; Lin Yuhan and
  Cheng Haoran surname first); hyphenated surnames are part of the name.
- Relatives with overlapping surnames: bare "Whitaker" is Darnell Whitaker, not
  his sister Lorraine Whitaker-Moss; "Eze-Forsyth" is Chidinma Eze-Forsyth, not
  her sister Ifeoma Eze.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DH: list[dict] = [
    {
        "name": "tenant-union-instagram-landlord-release-councillor-x",
        "text": (
            "Tenants at the Larkspur Towers complex in Sacramento have voted to withhold rent "
            "until the building’s owner repairs elevators that have been out of service since "
            "August, the Larkspur Tenants Union announced on Instagram on Sunday. “Seniors on the "
            "14th floor have not left their apartments in weeks,” the union wrote.\n\n"
            "The union’s president, Adaeze Okonkwo-Bell, said in an interview with KCRA 3 that "
            "the vote was nearly unanimous. “People are scared, but they are more tired than "
            "scared,” she said. “We pay on time. We want what we pay for.”\n\n"
            "The owner, Calloway Residential, said in a press release on Monday that replacement "
            "parts had been ordered and that the elevators would run “by the end of the month.” "
            "The release quoted its regional manager, Bryce Halvorsen, as saying, “We share our "
            "residents’ frustration and are working around the clock.”\n\n"
            "City council member Rafael Quintanilla, who represents the district, posted on X "
            "that he had asked inspectors to visit the building this week. “Nobody should be a "
            "prisoner in their own home,” he wrote."
        ),
        "quotes": [
            (
                "Seniors on the 14th floor have not left their apartments in weeks,",
                None,
                False,
                "P1",
            ),
            (
                "People are scared, but they are more tired than scared,",
                "Adaeze Okonkwo-Bell",
                False,
                "P2",
            ),
            ("We pay on time. We want what we pay for.", "Adaeze Okonkwo-Bell", False, "P2"),
            ("by the end of the month.", None, True, "P3"),
            (
                "We share our residents’ frustration and are working around the clock.",
                "Bryce Halvorsen",
                False,
                "P3",
            ),
            ("Nobody should be a prisoner in their own home,", "Rafael Quintanilla", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Adaeze Okonkwo-Bell", "KCRA 3"),
            ("P3", None, "press release"),
            ("P4", "Rafael Quintanilla", "X"),
        ],
        "people": ["Adaeze Okonkwo-Bell", "Bryce Halvorsen", "Rafael Quintanilla"],
    },
    {
        "name": "striker-x-farewell-fan-reply-manager-news-conference-podcast",
        "text": (
            "Kwame Asante-Mensah said goodbye to Hollowbrook Rovers on X on Wednesday, a day "
            "after the club confirmed his transfer to the Dutch side FC Utrecht. “Six seasons, 71 "
            "goals and one promotion. This city made me,” the striker wrote.\n\n"
            "Thousands replied. One supporter, Gemma Prowse, answered under his post: “You were "
            "the only reason I renewed my season ticket.”\n\n"
            "At a news conference on Thursday, the Rovers manager, Siobhán Keane, said the fee "
            "had been “too good to turn down” for a club in the second tier. “Kwame wanted this, "
            "and I will never stand in a player’s way,” she told reporters. “We have a "
            "replacement in mind.”\n\n"
            "Asante-Mensah, nicknamed “The Engine” by the Rovers faithful, later sat down with "
            "the club’s in-house podcast, Rovers Uncut, for his last interview in the blue shirt. "
            "“I cried in the car park after the last training session,” he said. “Don’t tell the "
            "lads.”"
        ),
        "quotes": [
            (
                "Six seasons, 71 goals and one promotion. This city made me,",
                "Kwame Asante-Mensah",
                False,
                "P1",
            ),
            ("You were the only reason I renewed my season ticket.", "Gemma Prowse", False, "P1"),
            ("too good to turn down", "Siobhán Keane", True, None),
            (
                "Kwame wanted this, and I will never stand in a player’s way,",
                "Siobhán Keane",
                False,
                None,
            ),
            ("We have a replacement in mind.", "Siobhán Keane", False, None),
            (
                "I cried in the car park after the last training session,",
                "Kwame Asante-Mensah",
                False,
                "P2",
            ),
            ("Don’t tell the lads.", "Kwame Asante-Mensah", False, "P2"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Mensah", "X"),
            ("P2", "Kwame Asante-Mensah", "Rovers Uncut"),
        ],
        "people": ["Kwame Asante-Mensah", "Gemma Prowse", "Siobhán Keane"],
    },
    {
        "name": "anchor-exit-substack-essay-title-podcast-facebook-comment",
        "text": (
            "Priya Venkataraman, who has anchored the evening newscast at WTVK in Knoxville for "
            "17 years, announced her departure in a Substack essay on Friday titled “Signing "
            "Off.” “I am leaving because the job I loved became a job of reading scripts I did "
            "not believe,” she wrote.\n\n"
            "The station’s owner, Brightline Media Group, said in a statement that it was "
            "“grateful for her years of service” and that it had not changed its editorial "
            "standards.\n\n"
            "On Monday, Venkataraman elaborated on the podcast The Media Beat, hosted by Jonah "
            "Feldstein. Asked whether she had been pressured, she paused. “Pressure is a strong "
            "word. Let’s call it a steady breeze,” she said.\n\n"
            "Her former co-anchor, Marcus Delacroix-Webb, posted on Facebook that the newsroom "
            "would miss her. “She taught half of us how to write for the ear,” he wrote. A former "
            "producer, Lin Yuhan, commented beneath it: “And the other half how to cut a package "
            "in four minutes.”"
        ),
        "quotes": [
            (
                "I am leaving because the job I loved became a job of reading scripts I "
                "did not believe,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            ("grateful for her years of service", None, True, "P2"),
            (
                "Pressure is a strong word. Let’s call it a steady breeze,",
                "Priya Venkataraman",
                False,
                "P3",
            ),
            (
                "She taught half of us how to write for the ear,",
                "Marcus Delacroix-Webb",
                False,
                "P4",
            ),
            ("And the other half how to cut a package in four minutes.", "Lin Yuhan", False, "P4"),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", "Substack"),
            ("P2", None, None),
            ("P3", "Priya Venkataraman", "The Media Beat"),
            ("P4", "Marcus Delacroix-Webb", "Facebook"),
        ],
        "people": ["Priya Venkataraman", "Jonah Feldstein", "Marcus Delacroix-Webb", "Lin Yuhan"],
    },
    {
        "name": "coral-study-nature-bluesky-own-reply-email-to-agency",
        "text": (
            "Corals on the southern Great Barrier Reef recovered from a 2022 bleaching event "
            "twice as fast as models predicted, according to a study published Wednesday in the "
            "journal Nature. The paper’s authors wrote that heat-tolerant strains of algae “may "
            "buy some reefs a decade, but not a century.”\n\n"
            "The lead author, Dr. Tamsin Whitcombe of James Cook University, struck a cautious "
            "note on Bluesky. “Good news with a short shelf life. Please read past the headline,” "
            "she posted.\n\n"
            "Not everyone was persuaded. Mateo Ferreira-Lins, a marine ecologist at the "
            "University of São Paulo, said in an email to The Associated Press that the survey "
            "sites had been “cherry-picked for accessibility.” “Reefs near boat ramps are not the "
            "reef,” he wrote.\n\n"
            "Whitcombe answered the criticism in a reply under her original post. “Fair point, "
            "and it is in our limitations section,” she wrote. At a press briefing in Townsville "
            "on Thursday, she added that a wider survey had been funded for 2026."
        ),
        "quotes": [
            ("may buy some reefs a decade, but not a century.", None, True, "P1"),
            (
                "Good news with a short shelf life. Please read past the headline,",
                "Tamsin Whitcombe",
                False,
                "P2",
            ),
            ("cherry-picked for accessibility.", "Mateo Ferreira-Lins", True, "P3"),
            ("Reefs near boat ramps are not the reef,", "Mateo Ferreira-Lins", False, "P3"),
            ("Fair point, and it is in our limitations section,", "Tamsin Whitcombe", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Nature"),
            ("P2", "Tamsin Whitcombe", "Bluesky"),
            ("P3", "Mateo Ferreira-Lins", "The Associated Press"),
        ],
        "people": ["Tamsin Whitcombe", "Mateo Ferreira-Lins"],
    },
    {
        "name": "eviction-ruling-judge-opinion-filing-tribune-tenant-outside",
        "text": (
            "A Cook County judge on Thursday blocked the eviction of 38 families from the "
            "Hartwell Court apartments in Chicago, ruling that the landlord had failed to give "
            "proper notice.\n\n"
            "In a 22-page opinion, Judge Esperanza Villalobos wrote that the notices were “vague "
            "to the point of meaninglessness.” “A tenant cannot cure a violation that no one will "
            "name,” she wrote.\n\n"
            "The landlord, Pinecrest Holdings, had argued in a court filing last month that the "
            "tenants were “chronically delinquent.” Its lawyer, Gideon Marchetti, told the "
            "Chicago Tribune after the ruling that the company would appeal. “This decision "
            "rewards nonpayment,” he said.\n\n"
            "Tenants gathered outside the Daley Center after the hearing. “I have lived there "
            "since my son was born,” said Yolanda Batiste, 61, who has rented a two-bedroom unit "
            "for 29 years. “Today I can unpack the boxes.”\n\n"
            "The Lawyers’ Committee for Better Housing, which represented the families, said in a "
            "statement that the ruling “should put every landlord in the county on notice.”"
        ),
        "quotes": [
            ("vague to the point of meaninglessness.", "Esperanza Villalobos", True, "P1"),
            (
                "A tenant cannot cure a violation that no one will name,",
                "Esperanza Villalobos",
                False,
                "P1",
            ),
            ("chronically delinquent.", None, True, "P2"),
            ("This decision rewards nonpayment,", "Gideon Marchetti", False, "P3"),
            ("I have lived there since my son was born,", "Yolanda Batiste", False, None),
            ("Today I can unpack the boxes.", "Yolanda Batiste", False, None),
            ("should put every landlord in the county on notice.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Esperanza Villalobos", None),
            ("P2", None, None),
            ("P3", "Gideon Marchetti", "Chicago Tribune"),
            ("P4", None, None),
        ],
        "people": ["Esperanza Villalobos", "Gideon Marchetti", "Yolanda Batiste"],
    },
    {
        "name": "layoffs-linkedin-comment-staff-email-earnings-call",
        "text": (
            "The chief executive of the Austin software company Fennimore Labs, Oluwaseun "
            "Adebayo-Price, announced on LinkedIn on Tuesday that the company would cut 140 jobs, "
            "about 12 percent of its staff. “I made hiring decisions for a market that did not "
            "arrive. The people leaving are paying for my forecast,” he wrote.\n\n"
            "A former engineering director, Karolina Wiśniewska, commented under the post that "
            "the severance terms were “genuinely decent, which is rarer than it should be.”\n\n"
            "In an email to staff, which was seen by The Verge, Adebayo-Price said departing "
            "employees would keep their laptops. “Take the machines. Build something,” he wrote.\n\n"
            "On the company’s earnings call on Wednesday, the finance chief, Hamid Rostami, told "
            "analysts that the cuts would save $28 million a year. “We expect to be cash-flow "
            "positive by the third quarter,” he said.\n\n"
            "Fennimore’s news release on the quarter, issued before the call, reported revenue of "
            "$61 million, up 9 percent from a year earlier, and kept its forecast for the full "
            "year unchanged."
        ),
        "quotes": [
            (
                "I made hiring decisions for a market that did not arrive. The people "
                "leaving are paying for my forecast,",
                "Oluwaseun Adebayo-Price",
                False,
                "P1",
            ),
            (
                "genuinely decent, which is rarer than it should be.",
                "Karolina Wiśniewska",
                True,
                "P1",
            ),
            ("Take the machines. Build something,", "Oluwaseun Adebayo-Price", False, "P2"),
            (
                "We expect to be cash-flow positive by the third quarter,",
                "Hamid Rostami",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Price", "LinkedIn"),
            ("P2", "Oluwaseun Adebayo-Price", None),
            ("P3", None, "press release"),
        ],
        "people": ["Oluwaseun Adebayo-Price", "Karolina Wiśniewska", "Hamid Rostami"],
    },
    {
        "name": "novelist-prize-book-title-judges-statement-tiktok",
        "text": (
            "The Nigerian-British novelist Chidinma Eze-Forsyth won the Harland Prize for fiction "
            "on Thursday for “The Weight of Small Rivers,” her second novel, which follows three "
            "sisters through the Biafran war.\n\n"
            "Accepting the award at a dinner in Edinburgh, she thanked her mother, who she said "
            "had “told me the stories before I knew they were stories.”\n\n"
            "The chair of the judges, the poet Anders Bjørklund, said in a statement that the "
            "book was “a quiet earthquake.” “We argued about many books. We did not argue about "
            "this one,” he added.\n\n"
            "Eze-Forsyth’s publisher, Lantern House, posted a clip of her speech on TikTok, where "
            "it has been viewed two million times. In a video of her own on the platform, the "
            "author filmed herself opening the envelope with her sister, Ifeoma Eze. “Is this "
            "real? Ifeoma, is this real?” she asks in the clip.\n\n"
            "Sales of the novel rose 600 percent overnight, according to Nielsen BookScan."
        ),
        "quotes": [
            (
                "told me the stories before I knew they were stories.",
                "Chidinma Eze-Forsyth",
                True,
                None,
            ),
            ("a quiet earthquake.", "Anders Bjørklund", True, "P1"),
            (
                "We argued about many books. We did not argue about this one,",
                "Anders Bjørklund",
                False,
                "P1",
            ),
            ("Is this real? Ifeoma, is this real?", "Chidinma Eze-Forsyth", False, "P3"),
        ],
        "posts": [
            ("P1", "Anders Bjørklund", None),
            ("P2", None, "TikTok"),
            ("P3", "Chidinma Eze-Forsyth", "TikTok"),
        ],
        "people": ["Chidinma Eze-Forsyth", "Anders Bjørklund", "Ifeoma Eze"],
    },
    {
        "name": "reddit-rent-fee-thread-manager-reply-star-tribune-phone",
        "text": (
            "A Reddit thread in which a Minneapolis renter posted a photo of a $450 “convenience "
            "fee” for paying rent online has drawn more than 9,000 comments since Saturday. “My "
            "landlord charges me to give him money,” the user wrote in the thread on the "
            "r/Minneapolis forum.\n\n"
            "The property manager named in the post, Dariusz Kowalczyk of Riverbend Rentals, "
            "replied in the thread himself. “The fee is in the lease and applies only to credit "
            "cards,” he wrote. Another user answered him: “Then say credit card fee, not "
            "convenience fee.”\n\n"
            "Minneapolis City Council member Fatima Al-Sayed told the Star Tribune that junk fees "
            "were already banned under a 2024 ordinance. “If this fee is what it looks like, it "
            "is illegal,” she said.\n\n"
            "The city’s Department of Regulatory Services said in a statement on Monday that it "
            "had opened an inquiry. Kowalczyk, reached by phone, said he would refund the fee “as "
            "a gesture.”"
        ),
        "quotes": [
            ("My landlord charges me to give him money,", None, False, "P1"),
            (
                "The fee is in the lease and applies only to credit cards,",
                "Dariusz Kowalczyk",
                False,
                "P1",
            ),
            ("Then say credit card fee, not convenience fee.", None, False, "P1"),
            ("If this fee is what it looks like, it is illegal,", "Fatima Al-Sayed", False, "P2"),
            ("as a gesture.", "Dariusz Kowalczyk", True, None),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Fatima Al-Sayed", "Star Tribune"),
            ("P3", None, None),
        ],
        "people": ["Dariusz Kowalczyk", "Fatima Al-Sayed"],
    },
    {
        "name": "tennis-nickname-news-conference-coach-youtube-instagram-comment",
        "text": (
            "Mei-Ling Tsai, the Taiwanese teenager known on tour as “The Metronome,” reached her "
            "first Grand Slam quarterfinal at the Australian Open on Monday, beating the eighth "
            "seed 6-4, 7-6.\n\n"
            "In her post-match news conference, Tsai said she had not expected to get past the "
            "first week. “I booked my flight home for Saturday. I will have to change it,” she "
            "said, laughing.\n\n"
            "Her coach, Rodrigo Almeida, has been documenting the trip on his YouTube channel. In "
            "Monday’s episode, he said his player had “finally stopped apologizing for winning.” "
            "“She used to say sorry after every ace,” he said in the video.\n\n"
            "The defeated seed, Valentina Ostrovskaya, was gracious on Instagram. “She played the "
            "big points better. Simple as that,” she wrote under a photo from the match. Tsai "
            "answered in the comments: “Thank you, that means a lot coming from you.”\n\n"
            "Tsai will next face the world No. 2, Amara Diallo."
        ),
        "quotes": [
            (
                "I booked my flight home for Saturday. I will have to change it,",
                "Mei-Ling Tsai",
                False,
                None,
            ),
            ("finally stopped apologizing for winning.", "Rodrigo Almeida", True, "P1"),
            ("She used to say sorry after every ace,", "Rodrigo Almeida", False, "P1"),
            (
                "She played the big points better. Simple as that,",
                "Valentina Ostrovskaya",
                False,
                "P2",
            ),
            ("Thank you, that means a lot coming from you.", "Mei-Ling Tsai", False, "P2"),
        ],
        "posts": [
            ("P1", "Rodrigo Almeida", "YouTube"),
            ("P2", "Valentina Ostrovskaya", "Instagram"),
        ],
        "people": ["Mei-Ling Tsai", "Rodrigo Almeida", "Valentina Ostrovskaya", "Amara Diallo"],
    },
    {
        "name": "school-closure-facebook-group-comment-superintendent-letter",
        "text": (
            "Parents in Harmon County, Kentucky, are organizing against a plan to close Pine "
            "Ridge Elementary, the county’s smallest school, at the end of the school year.\n\n"
            "In a post in the Facebook group Save Pine Ridge, which has 2,300 members, the parent "
            "Bethany Lockridge wrote that the closure would put six-year-olds on a bus “for an "
            "hour each way.” “We moved here for this school,” she wrote.\n\n"
            "Her neighbor, Dale Whitford, a retired teacher who taught at the school for three "
            "decades, commented under Lockridge’s post that the district had “never once asked "
            "the families.”\n\n"
            "Superintendent Harold Oyelaran defended the plan in a letter to families on Monday. "
            "“Pine Ridge has 84 students in a building designed for 300. We cannot heat empty "
            "classrooms forever,” he wrote.\n\n"
            "The school board will vote on Feb. 11. Its chair, Nnamdi Cole, said at Monday’s "
            "board meeting that the closure was not “a done deal.”"
        ),
        "quotes": [
            ("for an hour each way.", "Bethany Lockridge", True, "P1"),
            ("We moved here for this school,", "Bethany Lockridge", False, "P1"),
            ("never once asked the families.", "Dale Whitford", True, "P1"),
            (
                "Pine Ridge has 84 students in a building designed for 300. We cannot "
                "heat empty classrooms forever,",
                "Harold Oyelaran",
                False,
                "P2",
            ),
            ("a done deal.", "Nnamdi Cole", True, None),
        ],
        "posts": [
            ("P1", "Bethany Lockridge", "Facebook"),
            ("P2", "Harold Oyelaran", None),
        ],
        "people": ["Bethany Lockridge", "Dale Whitford", "Harold Oyelaran", "Nnamdi Cole"],
    },
    {
        "name": "chef-closing-instagram-caption-journal-husband-own-post",
        "text": (
            "After 23 years, the Lisbon-born chef Inês Carvalho-Reis will close Mesa, her "
            "Providence restaurant, on New Year’s Eve. She broke the news on Instagram on Sunday "
            "with a photo of the dining room and the caption “Last service, last song, thank you "
            "for every table.”\n\n"
            "The chef said in an interview with The Providence Journal that rising rents had made "
            "the lease impossible to renew. “The landlord wants triple. I would have to sell a "
            "$90 fish to break even,” she said.\n\n"
            "Her husband, Tobias Grünwald, who runs the front of the house, shared the photo on "
            "his own Instagram account. “Twenty-three years of her sauces and my bad jokes,” he "
            "wrote.\n\n"
            "Regulars were quick to respond. Under the chef’s post, the food writer Aisha "
            "Bello-Naidoo wrote that Mesa had “taught this city what a sardine could be.”\n\n"
            "Carvalho-Reis said she has no plans to open another restaurant. “I am going to sleep "
            "for a month,” the chef said."
        ),
        "quotes": [
            (
                "Last service, last song, thank you for every table.",
                "Inês Carvalho-Reis",
                False,
                "P1",
            ),
            (
                "The landlord wants triple. I would have to sell a $90 fish to break even,",
                "Inês Carvalho-Reis",
                False,
                "P2",
            ),
            ("Twenty-three years of her sauces and my bad jokes,", "Tobias Grünwald", False, "P3"),
            ("taught this city what a sardine could be.", "Aisha Bello-Naidoo", True, "P1"),
            ("I am going to sleep for a month,", "Inês Carvalho-Reis", False, None),
        ],
        "posts": [
            ("P1", "Inês Carvalho-Reis", "Instagram"),
            ("P2", "Inês Carvalho-Reis", "The Providence Journal"),
            ("P3", "Tobias Grünwald", "Instagram"),
        ],
        "people": ["Inês Carvalho-Reis", "Tobias Grünwald", "Aisha Bello-Naidoo"],
    },
    {
        "name": "asteroid-study-agency-release-medium-essay-new-scientist",
        "text": (
            "Grains from the asteroid Bennu contain amino acids in a ratio never seen in "
            "meteorites that fell to Earth, researchers reported Tuesday in the journal Science "
            "Advances.\n\n"
            "The European Space Agency, which helped analyze the samples, said in a press release "
            "that the finding “reopens the question of where life’s ingredients were made.” The "
            "release quoted the mission scientist Dr. Aurélie Fontaine as saying, “We expected a "
            "recipe we knew. We found a different kitchen.”\n\n"
            "One of the paper’s co-authors, Kenji Nakamura-Holt, went further in an essay on "
            "Medium. “The uncomfortable possibility is that Earth got a bad sample of the solar "
            "system,” he wrote.\n\n"
            "Critics urged patience. Dr. Sunita Raghunathan, an astrochemist who was not involved "
            "in the research, said the grains may have been altered in the lab. “Contamination is "
            "the boring answer, and boring answers are usually right,” she told New Scientist.\n\n"
            "NASA plans to release more of the samples to outside laboratories in the spring."
        ),
        "quotes": [
            ("reopens the question of where life’s ingredients were made.", None, True, "P2"),
            (
                "We expected a recipe we knew. We found a different kitchen.",
                "Aurélie Fontaine",
                False,
                "P2",
            ),
            (
                "The uncomfortable possibility is that Earth got a bad sample of the solar system,",
                "Kenji Nakamura-Holt",
                False,
                "P3",
            ),
            (
                "Contamination is the boring answer, and boring answers are usually right,",
                "Sunita Raghunathan",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Science Advances"),
            ("P2", None, "press release"),
            ("P3", "Kenji Nakamura-Holt", "Medium"),
            ("P4", "Sunita Raghunathan", "New Scientist"),
        ],
        "people": ["Aurélie Fontaine", "Kenji Nakamura-Holt", "Sunita Raghunathan"],
    },
    {
        "name": "guardian-op-ed-threads-rebuttal-reply-guest-on-her-show",
        "text": (
            "The broadcaster Yasmin Haddad-Ortiz argued in an op-ed in The Guardian on Saturday "
            "that public radio stations should stop chasing podcast listeners. “We are trading a "
            "loyal audience for a fickle one, and calling it strategy,” she wrote.\n\n"
            "The piece drew a sharp response on Threads from Callum Ferguson, who runs the "
            "podcast network Loudwater Audio. “Public radio didn’t lose listeners to podcasts. It "
            "lost them to its own schedule,” he posted. Haddad-Ortiz replied beneath his post: "
            "“Come on my show and say that.”\n\n"
            "He did. On Tuesday’s episode of her program, Between the Lines, Ferguson called the "
            "op-ed “nostalgia dressed as policy.” The two agreed on little. “You want to save the "
            "building. I want to save the listeners,” he told her.\n\n"
            "The Guardian’s head of audio, Ruth Abernathy-Singh, said in a statement that the "
            "paper publishes a range of views and takes no position on the debate."
        ),
        "quotes": [
            (
                "We are trading a loyal audience for a fickle one, and calling it strategy,",
                "Yasmin Haddad-Ortiz",
                False,
                "P1",
            ),
            (
                "Public radio didn’t lose listeners to podcasts. It lost them to its own schedule,",
                "Callum Ferguson",
                False,
                "P2",
            ),
            ("Come on my show and say that.", "Yasmin Haddad-Ortiz", False, "P2"),
            ("nostalgia dressed as policy.", "Callum Ferguson", True, "P3"),
            (
                "You want to save the building. I want to save the listeners,",
                "Callum Ferguson",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Yasmin Haddad-Ortiz", "The Guardian"),
            ("P2", "Callum Ferguson", "Threads"),
            ("P3", "Callum Ferguson", "Between the Lines"),
            ("P4", "Ruth Abernathy-Singh", None),
        ],
        "people": ["Yasmin Haddad-Ortiz", "Callum Ferguson", "Ruth Abernathy-Singh"],
    },
    {
        "name": "tiny-homes-mayor-radio-scare-quotes-town-hall-coalition-bluesky",
        "text": (
            "Mayor Lucía Benavides-Hart of Boise defended her plan to place 60 “tiny homes” on a "
            "city-owned lot in an interview on Monday with the public radio program Idaho "
            "Matters. “A shed with a lock is better than a tent with none,” she said.\n\n"
            "Neighbors are less sure. At a packed town hall on Thursday, the retiree Gordon "
            "McAllister said the project would “turn a park into a parking lot for people.” "
            "Benavides-Hart told the crowd she understood the anger. “I would be angry too,” the "
            "mayor said.\n\n"
            "The Idaho Housing Coalition posted on Bluesky that the units met the state’s "
            "definition of “transitional shelter,” not permanent housing. “Call it what it is: a "
            "start,” the coalition wrote.\n\n"
            "The developer, a nonprofit led by Arjun Mehta-Sorensen, said in a news release that "
            "the first residents could move in by April, once the lot has water and power "
            "hookups."
        ),
        "quotes": [
            (
                "A shed with a lock is better than a tent with none,",
                "Lucía Benavides-Hart",
                False,
                "P1",
            ),
            ("turn a park into a parking lot for people.", "Gordon McAllister", True, None),
            ("I would be angry too,", "Lucía Benavides-Hart", False, None),
            ("Call it what it is: a start,", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Lucía Benavides-Hart", "Idaho Matters"),
            ("P2", None, "Bluesky"),
            ("P3", None, "press release"),
        ],
        "people": ["Lucía Benavides-Hart", "Gordon McAllister", "Arjun Mehta-Sorensen"],
    },
    {
        "name": "cricket-captain-instagram-story-partner-repost-tailenders",
        "text": (
            "England’s Test captain, Imran Siddiqui-Blake, announced his retirement from "
            "international cricket on Sunday in an Instagram story showing his first Test cap. "
            "“Fourteen years, one cap, zero regrets,” he wrote over the photo.\n\n"
            "His long-time opening partner, Owen Prentice, reposted the story on his own "
            "Instagram story with a message: “Best I ever batted with. Still owe me a run-out.”\n\n"
            "Siddiqui-Blake spoke at length on the BBC’s Tailenders podcast on Monday. “My knees "
            "made the decision and my head took a while to agree,” he said. He joked that his "
            "young daughter, Noor, had asked whether he would “now be home for breakfast.”\n\n"
            "The England and Wales Cricket Board said in a statement that he had been “a captain "
            "of rare calm.” The board’s managing director, Lachlan Pereira, told reporters at "
            "Lord’s that a successor would be named before the summer. “We have three good "
            "options,” he said."
        ),
        "quotes": [
            ("Fourteen years, one cap, zero regrets,", "Imran Siddiqui-Blake", False, "P1"),
            ("Best I ever batted with. Still owe me a run-out.", "Owen Prentice", False, "P2"),
            (
                "My knees made the decision and my head took a while to agree,",
                "Imran Siddiqui-Blake",
                False,
                "P3",
            ),
            ("now be home for breakfast.", "Noor", True, None),
            ("a captain of rare calm.", None, True, "P4"),
            ("We have three good options,", "Lachlan Pereira", False, None),
        ],
        "posts": [
            ("P1", "Imran Siddiqui-Blake", "Instagram"),
            ("P2", "Owen Prentice", "Instagram"),
            ("P3", "Imran Siddiqui-Blake", "Tailenders"),
            ("P4", None, None),
        ],
        "people": ["Imran Siddiqui-Blake", "Owen Prentice", "Noor", "Lachlan Pereira"],
    },
    {
        "name": "exoneration-sister-outside-judge-order-family-statement-cnn-facebook",
        "text": (
            "A Georgia man who spent 26 years in prison for a 1998 murder was freed on Wednesday "
            "after a judge vacated his conviction, citing DNA evidence that pointed to another "
            "man.\n\n"
            "Darnell Whitaker, 52, walked out of the Fulton County jail into the arms of his "
            "sister, Lorraine Whitaker-Moss. “I told him every Christmas that this day was "
            "coming,” she said outside.\n\n"
            "Superior Court Judge Miriam Abernethy wrote in her order that the original trial had "
            "been “infected by a confession the state should never have used.”\n\n"
            "The family of the victim, Cheng Haoran, said in a statement that they were "
            "“devastated to learn the wrong man was punished.”\n\n"
            "Whitaker’s lawyer, Zainab Oduya of the Georgia Innocence Project, told CNN on "
            "Thursday that her client bore no anger. “He asked me for a cheeseburger and a "
            "library card. In that order,” she said. Whitaker himself posted a short video on "
            "Facebook that evening. “Free. Just free,” he said in it."
        ),
        "quotes": [
            (
                "I told him every Christmas that this day was coming,",
                "Lorraine Whitaker-Moss",
                False,
                None,
            ),
            (
                "infected by a confession the state should never have used.",
                "Miriam Abernethy",
                True,
                "P1",
            ),
            ("devastated to learn the wrong man was punished.", None, True, "P2"),
            (
                "He asked me for a cheeseburger and a library card. In that order,",
                "Zainab Oduya",
                False,
                "P3",
            ),
            ("Free. Just free,", "Darnell Whitaker", False, "P4"),
        ],
        "posts": [
            ("P1", "Miriam Abernethy", None),
            ("P2", None, None),
            ("P3", "Zainab Oduya", "CNN"),
            ("P4", "Darnell Whitaker", "Facebook"),
        ],
        "people": [
            "Darnell Whitaker",
            "Lorraine Whitaker-Moss",
            "Miriam Abernethy",
            "Cheng Haoran",
            "Zainab Oduya",
        ],
    },
    {
        "name": "payments-outage-company-x-customer-reply-cto-threads-analyst-note",
        "text": (
            "The payments app Quillo was down for nearly six hours on Friday, leaving thousands "
            "of small businesses in Brazil and Mexico unable to take card payments.\n\n"
            "The company acknowledged the outage on X shortly after 9 a.m. “We know this is bad "
            "timing on payday. Engineers are on it,” the company’s support account posted. A "
            "Monterrey bakery owner, Ximena Rojas, replied under the post: “Bad timing? I have a "
            "line out the door and no way to charge them.”\n\n"
            "Quillo’s chief technology officer, Bartholomew Achebe, later explained on Threads "
            "that a routine database update had gone wrong. “This one is on us, not on any "
            "vendor,” he wrote.\n\n"
            "In a news release on Saturday, the company promised to waive its fees for the day. A "
            "payments analyst at Barclays, Ingrid Solheim, wrote in a note to clients that the "
            "outage was “survivable, if it is the last one.”"
        ),
        "quotes": [
            ("We know this is bad timing on payday. Engineers are on it,", None, False, "P1"),
            (
                "Bad timing? I have a line out the door and no way to charge them.",
                "Ximena Rojas",
                False,
                "P1",
            ),
            ("This one is on us, not on any vendor,", "Bartholomew Achebe", False, "P2"),
            ("survivable, if it is the last one.", "Ingrid Solheim", True, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Bartholomew Achebe", "Threads"),
            ("P3", None, "press release"),
            ("P4", "Ingrid Solheim", None),
        ],
        "people": ["Ximena Rojas", "Bartholomew Achebe", "Ingrid Solheim"],
    },
    {
        "name": "heat-festival-release-singer-tiktok-fan-facebook-page",
        "text": (
            "Organizers of the Sunset Ridge music festival in Arizona canceled its final day on "
            "Sunday after temperatures reached 117 degrees, the festival said in a press release. "
            "“The safety of our fans and artists comes first,” it said.\n\n"
            "The headliner, the singer-songwriter Nayeli Cruz, apologized to fans in a TikTok "
            "video from her tour bus. “I was ready. My band was ready. The sun had other plans,” "
            "she said. She promised to return in the fall and called the cancellation “the right "
            "call, even if it hurts.”\n\n"
            "Not every fan agreed. Trevor Ashby, who drove from Denver, wrote on the festival’s "
            "Facebook page that organizers had known about the heat forecast for a week. “Refund "
            "the whole weekend or don’t bother coming back,” he wrote. The festival’s account "
            "replied under his post that refunds for Sunday would go out within ten days.\n\n"
            "Phoenix’s heat response officer, Dr. Emeka Nwosu-Larsen, told KJZZ that 14 attendees "
            "had been treated for heat exhaustion on Saturday."
        ),
        "quotes": [
            ("The safety of our fans and artists comes first,", None, False, "P1"),
            (
                "I was ready. My band was ready. The sun had other plans,",
                "Nayeli Cruz",
                False,
                "P2",
            ),
            ("the right call, even if it hurts.", "Nayeli Cruz", True, "P2"),
            ("Refund the whole weekend or don’t bother coming back,", "Trevor Ashby", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Nayeli Cruz", "TikTok"),
            ("P3", "Trevor Ashby", "Facebook"),
            ("P4", "Emeka Nwosu-Larsen", "KJZZ"),
        ],
        "people": ["Nayeli Cruz", "Trevor Ashby", "Emeka Nwosu-Larsen"],
    },
    {
        "name": "glacier-open-letter-youtube-channel-study-bluesky-hearing",
        "text": (
            "More than 400 glaciologists signed an open letter on Tuesday urging the Swiss "
            "government to fund a national monitoring network before more Alpine glaciers "
            "disappear. “We are documenting a funeral with borrowed instruments,” the letter "
            "said.\n\n"
            "One of its organizers, Dr. Lukas Brändli of ETH Zurich, expanded on the letter in an "
            "interview with the YouTube channel Climate Town. “Some of our stakes in the ice are "
            "older than I am, and they are melting out,” he said.\n\n"
            "The letter followed a study in the journal Geophysical Research Letters, led by Dr. "
            "Hye-jin Park of the University of Innsbruck, which found that Swiss glaciers lost 4 "
            "percent of their volume in 2024 alone. Park wrote on Bluesky that the figure was "
            "“not an outlier, it is the trend.”\n\n"
            "The Federal Office for the Environment said in a statement that it was reviewing the "
            "request. Asked about the letter at a parliamentary hearing, the environment "
            "minister, Cécile Moreillon, said only, “We will respond in due course.”"
        ),
        "quotes": [
            ("We are documenting a funeral with borrowed instruments,", None, False, "P1"),
            (
                "Some of our stakes in the ice are older than I am, and they are melting out,",
                "Lukas Brändli",
                False,
                "P2",
            ),
            ("not an outlier, it is the trend.", "Hye-jin Park", True, "P4"),
            ("We will respond in due course.", "Cécile Moreillon", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lukas Brändli", "Climate Town"),
            ("P3", "Hye-jin Park", "Geophysical Research Letters"),
            ("P4", "Hye-jin Park", "Bluesky"),
            ("P5", None, None),
        ],
        "people": ["Lukas Brändli", "Hye-jin Park", "Cécile Moreillon"],
    },
    {
        "name": "fourplex-zoning-vote-linkedin-comment-group-bluesky-letter-to-paper",
        "text": (
            "The city council in Burlington, Vermont, voted 8-4 on Monday to allow fourplexes on "
            "every residential lot, ending single-family-only zoning in the city.\n\n"
            "Council President Tomasz Zieliński called the vote “the biggest housing decision "
            "this city has made in fifty years” during the meeting. Opponents said the change "
            "would overwhelm old sewer lines.\n\n"
            "The architect Keisha Mbeki-Laurent, whose firm designed a model fourplex for the "
            "city, celebrated on LinkedIn. “Four homes on a lot that used to hold one. Now let’s "
            "build them,” she wrote. A commenter, the developer Hamza Qureshi, replied under her "
            "post that financing remained “the real zoning law.”\n\n"
            "Not everyone cheered. The neighborhood group Keep Burlington Green said in a post on "
            "Bluesky that the council had “ignored three years of public comment.” Its "
            "co-founder, Margit Ellefsen, wrote in a letter to the Burlington Free Press that the "
            "decision had been rushed. “We asked for a study and got a stampede,” she wrote."
        ),
        "quotes": [
            (
                "the biggest housing decision this city has made in fifty years",
                "Tomasz Zieliński",
                True,
                None,
            ),
            (
                "Four homes on a lot that used to hold one. Now let’s build them,",
                "Keisha Mbeki-Laurent",
                False,
                "P1",
            ),
            ("the real zoning law.", "Hamza Qureshi", True, "P1"),
            ("ignored three years of public comment.", None, True, "P2"),
            ("We asked for a study and got a stampede,", "Margit Ellefsen", False, "P3"),
        ],
        "posts": [
            ("P1", "Keisha Mbeki-Laurent", "LinkedIn"),
            ("P2", None, "Bluesky"),
            ("P3", "Margit Ellefsen", "Burlington Free Press"),
        ],
        "people": ["Tomasz Zieliński", "Keisha Mbeki-Laurent", "Hamza Qureshi", "Margit Ellefsen"],
    },
]
