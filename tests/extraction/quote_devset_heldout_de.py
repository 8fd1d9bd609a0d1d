"""The one-hundred-and-third self-made dev set, held out (DE): its first run is an unseen estimate.

Written with set DD, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a lawsuit the judge refused to dismiss, a
  study in The Lancet, a press release or a World Athletics statement only
  mentioned) is still listed in posts.
- people lists every named person in the text, whether or not they speak, once,
  in the order of first mention, under the canonical name; companies, clubs,
  restaurants (Ember & Salt, Mercer & Vine), unions, institutes and a company
  named after its chief executive (Halvorsen Foods) are not people.
- A study published in a named journal (Nature, Science, The Lancet) is a post
  with author None and the journal as platform, even when the text says it was
  "led by" a named researcher; words "the authors wrote in the paper" speak as
  None and belong to the study.
- A statement "from the George Institute" quoting its principal investigator is
  a post with author None and no platform; the quote's speaker is the
  investigator (as for a company's release quoting an executive).
- A named person's own statement ("the prize's director ... said in a
  statement") is that person's post with no platform; a club's or company's
  statement has author None, and words after "the statement added" or "the
  company maintained" speak as None.
- A lawsuit filed by "a group of drivers led by" a named man has author None;
  the judge's 34-page opinion is the judge's post with no platform, and a
  fragment of it in narration ("wrote that the company ...") is partial.
- A general counsel's email to the app's drivers is her post (a named sender),
  not a company email with author None; a chief executive's memo to staff is
  his post, and words introduced by "the memo said" speak as the executive.
- A union's open letter to passengers has author None and no platform, and its
  fragment speaks as None; a union's Facebook post and a company's or utility's
  post on X have author None, their words speaking as None. "Their union
  said" in a lead sentence, with no letter or release named, is not a post.
- A thread on Reddit started by an anonymous owner has author None, and "one
  commenter wrote there" belongs to it with speaker None; a thread started by a
  named traveller is her Reddit post, and words she "wrote in it" belong to it.
  An unnamed commenter under a chef's Instagram post ("one wrote") speaks as
  None and belongs to that post.
- A reply under an X, Bluesky or Instagram post, a comment under a Facebook,
  LinkedIn or Instagram post or TikTok video, belongs to that post, whether the
  words are given whole after "commented:"/"replied beneath the post:" or as a
  fragment in narration ("commented beneath her post that the lane had ...",
  partial). The author's own reply to a critic's Bluesky post ("In a reply
  under his post") belongs to the critic's post. A reply that is only an emoji
  is neither a quote nor a post.
- Words spoken in a YouTube or TikTok video ("he says in the video", "she says
  to the camera", "she said" in a video posted on her channel) belong to that
  video and are not partial; a TikTok caption ("he wrote in the caption") and
  an X photo caption ("with the caption ...") are whole quotes of that post.
- Going live on Instagram is an Instagram post by the broadcaster, and words
  "she said during the broadcast" belong to it.
- A podcast or radio programme takes the show's name as platform (BBC podcast
  Science in Action -> Science in Action, the tennis podcast The Changeover,
  the radio programme Morning Crossfire), CNBC's "Squawk Box" -> Squawk Box;
  "told the German broadcaster ZDF" is an interview with platform ZDF and
  "told the Dutch newspaper De Volkskrant" one with platform De Volkskrant
  (the descriptive words are not part of the platform); "told TechCrunch", "told
  The Verge", "told The Seattle Times" and "told the Burlington Free Press" are
  interviews with that outlet as written, without a leading lower-case "the".
- A critic's review "in the Chicago Tribune" is the critic's post with platform
  Chicago Tribune, like an op-ed; its fragment is partial.
- A quote split around its attribution ("..., Delacroix-Whitfield wrote in his
  resignation letter, “and the people ...”") is two quotes, both whole (not
  partial), with the same speaker and post; the second starts with "and".
- A whole quote right after a fragment of the same speaker ("“a year early ...”
  “I would back this team again tomorrow,” he added") belongs to the same post
  as the fragment; after a festival-panel fragment it likewise has no post.
- Addressing the court before sentencing, a judge speaking "from the bench",
  a school board meeting, a meeting of the commissioners court, a festival
  panel, "said by phone" and the story's own "said in an interview" are not
  posts, nor is a news conference even when the words are later "told
  reporters".
- A nickname in marks inside a name (Rafael “Rafa” Quintero) is neither a quote
  nor part of the canonical name (Rafael Quintero); a nickname in narration
  ("known to fans as “the Wall”") is not a quote; a nickname inside a quote
  ("Enjoy the quiet, Kasia.") is part of the quote's text and does not make a
  new person.
- A book title (“The Lantern Keepers”), a song title (“Maré Alta.”), a show
  title (“Squawk Box”) and a coined term in narration (“rescue window,”) are not
  quotes; a scare quote in single marks inside a quote (‘no closures’) is part
  of the quote's text.
- Councillor, Mayor, Judge, County Judge, Superintendent, State Representative,
  Commissioner and Dr. are titles, not part of a canonical name.
- "Halvorsen" after the chief executive Ingrid Halvorsen is named refers to her
  when it is the subject of a speech verb ("Halvorsen told CNBC"), and to the
  company in "Shares of Halvorsen".
- Two people sharing a surname (Kenji and Lucía Matsuda-Reyes, Letícia and
  Thiago Albuquerque): the bare surname refers to the one named first; "the
  chef" is Kenji Matsuda-Reyes, "her brother" is Thiago Albuquerque and "the
  23-year-old" is Rafael Quintero.
- An unnamed nurse who "asked not to be named" speaks as None with no post.
- Name particles and order are kept as written: Siobhan Ó Briain, Rutger van
  der Meer, Youssef El Amrani, Wen Jiahui (family name first), Hyun-woo Baek
  (given name first); hyphenated surnames are part of the canonical name.
- A later post by the same person ("in a new post on X") is a new post, and a
  fragment from it is partial.
- A quote's text keeps the punctuation inside the closing mark, including a
  final full stop or comma.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DE: list[dict] = [
    {
        "name": "linkedin-payments-layoffs-engineer-comment-analyst-note",
        "text": (
            "Priyanka Raghunathan, chief executive of the Leeds-based payments firm Clearway, "
            "said in a LinkedIn post on Wednesday that the company would cut 240 jobs, about a "
            "fifth of its staff. “I own every one of these decisions, and I will not pretend they "
            "are painless,” she wrote.\n\n"
            "The post drew hundreds of comments. Under it, a former engineer, Kwame Osei-Bonsu, "
            "wrote: “Two years ago you told us hiring was the strategy. What changed?”\n\n"
            "On an earnings call hours later, Raghunathan told analysts that revenue had grown 9 "
            "percent but costs had grown faster. “We were building for a market that did not "
            "arrive,” she said.\n\n"
            "In a note to clients, the Barclays analyst Fiona MacAllister called the cuts "
            "“overdue but credible” and kept her buy rating on the stock. “The question is whether "
            "growth survives the surgery,” MacAllister wrote. Clearway shares closed 3 percent "
            "higher in London."
        ),
        "quotes": [
            (
                "I own every one of these decisions, and I will not pretend they are painless,",
                "Priyanka Raghunathan",
                False,
                "P1",
            ),
            (
                "Two years ago you told us hiring was the strategy. What changed?",
                "Kwame Osei-Bonsu",
                False,
                "P1",
            ),
            (
                "We were building for a market that did not arrive,",
                "Priyanka Raghunathan",
                False,
                None,
            ),
            ("overdue but credible", "Fiona MacAllister", True, "P2"),
            (
                "The question is whether growth survives the surgery,",
                "Fiona MacAllister",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Priyanka Raghunathan", "LinkedIn"),
            ("P2", "Fiona MacAllister", None),
        ],
        "people": ["Priyanka Raghunathan", "Kwame Osei-Bonsu", "Fiona MacAllister"],
    },
    {
        "name": "council-bike-lane-facebook-comment-town-hall-op-ed",
        "text": (
            "The Hamilton city council voted 7-4 on Monday night to remove a protected bike lane "
            "on King Street, reversing a decision it made only two years ago.\n\n"
            "Councillor Aisha Mbeki-Rowe, who voted against the removal, posted on Facebook "
            "shortly after midnight. “We are tearing out a lane that has cut collisions by a "
            "third. I cannot explain that to the families who asked for it,” she wrote. One "
            "resident, Gerald Fairweather, commented beneath her post that the lane had "
            "“emptied the street of customers.”\n\n"
            "Mayor Luis Castellanos-Vega defended the vote at a town hall on Tuesday. “This "
            "council listened to the businesses on King Street, and that is our job,” he "
            "insisted.\n\n"
            "The owner of a King Street bakery, Hyun-woo Baek, had argued for the change in an "
            "op-ed in The Hamilton Spectator last month. “My sales fell by a quarter the year the "
            "lane went in,” Baek wrote. “Nobody at city hall asked me before they painted it.”"
        ),
        "quotes": [
            (
                "We are tearing out a lane that has cut collisions by a third. I cannot explain "
                "that to the families who asked for it,",
                "Aisha Mbeki-Rowe",
                False,
                "P1",
            ),
            ("emptied the street of customers.", "Gerald Fairweather", True, "P1"),
            (
                "This council listened to the businesses on King Street, and that is our job,",
                "Luis Castellanos-Vega",
                False,
                None,
            ),
            (
                "My sales fell by a quarter the year the lane went in,",
                "Hyun-woo Baek",
                False,
                "P2",
            ),
            (
                "Nobody at city hall asked me before they painted it.",
                "Hyun-woo Baek",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Aisha Mbeki-Rowe", "Facebook"),
            ("P2", "Hyun-woo Baek", "The Hamilton Spectator"),
        ],
        "people": [
            "Aisha Mbeki-Rowe",
            "Gerald Fairweather",
            "Luis Castellanos-Vega",
            "Hyun-woo Baek",
        ],
    },
    {
        "name": "nature-coral-study-podcast-bluesky-critic-reply",
        "text": (
            "Coral reefs in the western Indian Ocean recovered from bleaching faster than models "
            "predicted, according to a study published Thursday in the journal Nature.\n\n"
            "“We expected a decade of recovery and saw it in four years,” the authors wrote in "
            "the paper, which was led by the marine ecologist Dr. Amara Nwachukwu of the "
            "University of Cape Town.\n\n"
            "Speaking on the BBC podcast Science in Action, Nwachukwu cautioned against reading "
            "the result as good news for all reefs. “These reefs had cool water welling up nearby. "
            "Most reefs do not have that luxury,” she said.\n\n"
            "Not everyone was convinced. Jonas Bergström, a reef scientist at Stockholm "
            "University, wrote on Bluesky that the survey sites had been “cherry-picked for "
            "resilience.” In a reply under his post, Nwachukwu pointed out that the sites were chosen in "
            "2015, before any bleaching. “We could not have picked winners we did not know "
            "about,” she wrote.\n\n"
            "The authors call the effect a “rescue window,” a term other researchers have begun "
            "to use."
        ),
        "quotes": [
            (
                "We expected a decade of recovery and saw it in four years,",
                None,
                False,
                "P1",
            ),
            (
                "These reefs had cool water welling up nearby. Most reefs do not have that luxury,",
                "Amara Nwachukwu",
                False,
                "P2",
            ),
            ("cherry-picked for resilience.", "Jonas Bergström", True, "P3"),
            (
                "We could not have picked winners we did not know about,",
                "Amara Nwachukwu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Nature"),
            ("P2", "Amara Nwachukwu", "Science in Action"),
            ("P3", "Jonas Bergström", "Bluesky"),
        ],
        "people": ["Amara Nwachukwu", "Jonas Bergström"],
    },
    {
        "name": "winger-red-card-instagram-apology-club-statement-x-caption",
        "text": (
            "Real Castellón winger Rafael “Rafa” Quintero apologised on Instagram on Sunday for "
            "the red card that cost his side a place in the cup final. “I let down my teammates "
            "and every fan who travelled. There is no excuse,” the 23-year-old wrote beneath a "
            "photo of the empty stadium.\n\n"
            "His manager, Mikel Etxeberria, was less forgiving at a news conference on Monday. "
            "“He knows what he did. Talent does not give you permission to lose your head,” "
            "Etxeberria told reporters.\n\n"
            "The club said in a statement that Quintero would be fined two weeks’ wages. “The "
            "matter is closed internally,” the statement added.\n\n"
            "Quintero’s captain, Youssef El Amrani, later posted a photo of the two of them "
            "celebrating last season’s promotion on X with the caption “Brothers win together and "
            "lose together.” Quintero replied under it with a single heart emoji.\n\n"
            "Castellón face Osasuna Promesas in the league on Saturday, when Quintero will serve "
            "the first game of a three-match ban."
        ),
        "quotes": [
            (
                "I let down my teammates and every fan who travelled. There is no excuse,",
                "Rafael Quintero",
                False,
                "P1",
            ),
            (
                "He knows what he did. Talent does not give you permission to lose your head,",
                "Mikel Etxeberria",
                False,
                None,
            ),
            ("The matter is closed internally,", None, False, "P2"),
            ("Brothers win together and lose together.", "Youssef El Amrani", False, "P3"),
        ],
        "posts": [
            ("P1", "Rafael Quintero", "Instagram"),
            ("P2", None, None),
            ("P3", "Youssef El Amrani", "X"),
        ],
        "people": ["Rafael Quintero", "Mikel Etxeberria", "Youssef El Amrani"],
    },
    {
        "name": "court-gig-drivers-lawsuit-judge-opinion-counsel-email",
        "text": (
            "A federal judge in Seattle on Friday refused to dismiss a lawsuit accusing the "
            "grocery delivery app Basketly of misclassifying its drivers as contractors.\n\n"
            "In a 34-page opinion, Judge Harriet Okonkwo-Baines wrote that the company "
            "“controls nearly every aspect of how the work is done,” and allowed the case to "
            "proceed to trial.\n\n"
            "The suit was filed last year by a group of drivers led by Mohammed Al-Rashidi, who "
            "told The Seattle Times that he had worked 60-hour weeks without overtime. “They call "
            "us partners, but partners get a say,” Al-Rashidi said.\n\n"
            "Basketly said in a statement that it would appeal. “Drivers choose when, where and "
            "whether to work,” the company maintained. Its general counsel, Bethany Thornquist, "
            "wrote in an email to drivers on Saturday that the ruling “changes nothing about how "
            "you use the app today.”\n\n"
            "A trial date has not been set. Similar cases against two rival apps are pending in "
            "California and New Jersey."
        ),
        "quotes": [
            (
                "controls nearly every aspect of how the work is done,",
                "Harriet Okonkwo-Baines",
                True,
                "P2",
            ),
            (
                "They call us partners, but partners get a say,",
                "Mohammed Al-Rashidi",
                False,
                "P3",
            ),
            ("Drivers choose when, where and whether to work,", None, False, "P4"),
            (
                "changes nothing about how you use the app today.",
                "Bethany Thornquist",
                True,
                "P5",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harriet Okonkwo-Baines", None),
            ("P3", "Mohammed Al-Rashidi", "The Seattle Times"),
            ("P4", None, None),
            ("P5", "Bethany Thornquist", None),
        ],
        "people": ["Harriet Okonkwo-Baines", "Mohammed Al-Rashidi", "Bethany Thornquist"],
    },
    {
        "name": "youtube-phone-overheating-company-x-reddit-verge",
        "text": (
            "The smartphone maker Lumio has promised a software fix after a popular YouTube "
            "reviewer showed its new flagship overheating during video calls.\n\n"
            "In a video posted Sunday, the reviewer, Tariq Haddad, whose channel has four million "
            "subscribers, filmed the Lumio X9 reaching 48 degrees Celsius. “I have tested 200 "
            "phones, and I have never had one I was nervous to hold,” he says in the video.\n\n"
            "Lumio responded on X the next day. “We have reproduced the issue and an update is "
            "coming within two weeks,” the company posted.\n\n"
            "On Reddit, a thread started by an anonymous owner collected more than 3,000 comments. "
            "“Mine shut itself off mid-call with my mum,” one commenter wrote there.\n\n"
            "Lumio’s head of product, Sunniva Haugland, told The Verge that the problem affected "
            "“a small number of units” from the first production run. “Every affected customer "
            "will be offered a replacement if the update does not solve it,” she promised."
        ),
        "quotes": [
            (
                "I have tested 200 phones, and I have never had one I was nervous to hold,",
                "Tariq Haddad",
                False,
                "P1",
            ),
            (
                "We have reproduced the issue and an update is coming within two weeks,",
                None,
                False,
                "P2",
            ),
            ("Mine shut itself off mid-call with my mum,", None, False, "P3"),
            ("a small number of units", "Sunniva Haugland", True, "P4"),
            (
                "Every affected customer will be offered a replacement if the update does not "
                "solve it,",
                "Sunniva Haugland",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Tariq Haddad", "YouTube"),
            ("P2", None, "X"),
            ("P3", None, "Reddit"),
            ("P4", "Sunniva Haugland", "The Verge"),
        ],
        "people": ["Tariq Haddad", "Sunniva Haugland"],
    },
    {
        "name": "substack-novelist-withdraws-prize-statement-threads-panel",
        "text": (
            "The novelist Chiamaka Eze-Lindgren announced on her Substack on Tuesday that she was "
            "withdrawing her book “The Lantern Keepers” from the shortlist of the Harbourfront "
            "Prize. “A prize funded by a company that drills in the Arctic cannot also claim to "
            "celebrate writing about the Arctic,” she wrote.\n\n"
            "The prize’s director, Oliver Pemberton-Shaw, said in a statement that the sponsor had "
            "“no role whatsoever” in choosing the books.\n\n"
            "Eze-Lindgren’s decision split other writers. The poet Ilse Vanderhoven praised it on "
            "Threads: “This is what it costs to mean what you say.”\n\n"
            "But the crime writer Dmitri Volkonsky, speaking on a panel at the Edinburgh book "
            "festival on Wednesday, called the withdrawal “a gesture that helps nobody.” “The money "
            "goes to writers. Turn it down and it goes to a different writer,” he argued.\n\n"
            "The winner, chosen from the five remaining books, will be announced in Toronto next "
            "month."
        ),
        "quotes": [
            (
                "A prize funded by a company that drills in the Arctic cannot also claim to "
                "celebrate writing about the Arctic,",
                "Chiamaka Eze-Lindgren",
                False,
                "P1",
            ),
            ("no role whatsoever", "Oliver Pemberton-Shaw", True, "P2"),
            ("This is what it costs to mean what you say.", "Ilse Vanderhoven", False, "P3"),
            ("a gesture that helps nobody.", "Dmitri Volkonsky", True, None),
            (
                "The money goes to writers. Turn it down and it goes to a different writer,",
                "Dmitri Volkonsky",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Chiamaka Eze-Lindgren", "Substack"),
            ("P2", "Oliver Pemberton-Shaw", None),
            ("P3", "Ilse Vanderhoven", "Threads"),
        ],
        "people": [
            "Chiamaka Eze-Lindgren",
            "Oliver Pemberton-Shaw",
            "Ilse Vanderhoven",
            "Dmitri Volkonsky",
        ],
    },
    {
        "name": "tiktok-school-bus-driver-comment-superintendent-letter",
        "text": (
            "A Fresno mother’s TikTok video about a school bus that never showed up has pushed "
            "the district to overhaul its routes.\n\n"
            "In the video, which has been viewed 1.2 million times, Guadalupe Ortiz-Ramírez films "
            "her 7-year-old son waiting at a stop in the rain. “Forty minutes. Every single "
            "morning this week,” she says to the camera.\n\n"
            "Among the thousands of comments under it, a bus driver, Terrence Oyelaran, wrote "
            "that drivers were “covering three routes each because nobody will pay us enough to "
            "stay.”\n\n"
            "Superintendent Dr. Meera Venkataraman sent a letter to parents on Thursday promising "
            "new routes by January. “Our families deserve a bus that arrives, full stop,” she "
            "wrote. She repeated the promise at that evening’s school board meeting, telling "
            "trustees, “I will report back on every late bus, every week.”\n\n"
            "Ortiz-Ramírez said she was cautiously hopeful. “I have heard promises before,” she "
            "said in an interview."
        ),
        "quotes": [
            (
                "Forty minutes. Every single morning this week,",
                "Guadalupe Ortiz-Ramírez",
                False,
                "P1",
            ),
            (
                "covering three routes each because nobody will pay us enough to stay.",
                "Terrence Oyelaran",
                True,
                "P1",
            ),
            (
                "Our families deserve a bus that arrives, full stop,",
                "Meera Venkataraman",
                False,
                "P2",
            ),
            (
                "I will report back on every late bus, every week.",
                "Meera Venkataraman",
                False,
                None,
            ),
            ("I have heard promises before,", "Guadalupe Ortiz-Ramírez", False, None),
        ],
        "posts": [
            ("P1", "Guadalupe Ortiz-Ramírez", "TikTok"),
            ("P2", "Meera Venkataraman", None),
        ],
        "people": ["Guadalupe Ortiz-Ramírez", "Terrence Oyelaran", "Meera Venkataraman"],
    },
    {
        "name": "snack-merger-release-squawk-box-union-facebook",
        "text": (
            "Halvorsen Foods agreed on Monday to buy the snack maker Crunchwell for $2.1 billion, "
            "the companies said in a joint press release. “Together we will reach shelves we "
            "could never reach alone,” the release quoted Halvorsen’s chief executive, Ingrid "
            "Halvorsen, as saying.\n\n"
            "Halvorsen told CNBC’s “Squawk Box” that no factories would close in the first two "
            "years. “We are buying Crunchwell for its people and its brands, not to shrink it,” "
            "she said.\n\n"
            "The union representing Crunchwell’s 3,000 workers was unconvinced. “We have heard "
            "‘no closures’ from every buyer this plant has ever had,” the union wrote on "
            "Facebook.\n\n"
            "Shares of Halvorsen rose 4 percent in early trading. Rahul Deshpande, an analyst at "
            "Morningstar, said by phone that the price was “full but defensible.” The deal still "
            "needs the approval of competition regulators in the United States and the European "
            "Union, which the companies expect by the end of next year."
        ),
        "quotes": [
            (
                "Together we will reach shelves we could never reach alone,",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            (
                "We are buying Crunchwell for its people and its brands, not to shrink it,",
                "Ingrid Halvorsen",
                False,
                "P2",
            ),
            (
                "We have heard ‘no closures’ from every buyer this plant has ever had,",
                None,
                False,
                "P3",
            ),
            ("full but defensible.", "Rahul Deshpande", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Halvorsen", "Squawk Box"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Ingrid Halvorsen", "Rahul Deshpande"],
    },
    {
        "name": "science-glacier-study-news-conference-x-medium-rebuttal",
        "text": (
            "Glaciers in the Karakoram range, long an exception to global melting, began losing "
            "ice around 2018, researchers reported Thursday in the journal Science.\n\n"
            "The study, led by Farida Nazarova of the University of Zurich, used 40 years of "
            "satellite images. At a news conference in Geneva, she described the shift as "
            "“sharper than any of us expected.” “The anomaly is over. The Karakoram is behaving "
            "like every other range now,” Nazarova told reporters.\n\n"
            "Her co-author Sanjay Thapa was blunter on X. “Two billion people downstream should "
            "be paying attention,” he posted.\n\n"
            "In an essay on Medium, the glaciologist Wen Jiahui, who was not involved in the "
            "research, urged caution. “Six years is a short record for a system that moves on a "
            "scale of centuries,” she wrote.\n\n"
            "Thapa answered her in a new post on X the following morning, calling the trend "
            "“unmistakable.”"
        ),
        "quotes": [
            ("sharper than any of us expected.", "Farida Nazarova", True, None),
            (
                "The anomaly is over. The Karakoram is behaving like every other range now,",
                "Farida Nazarova",
                False,
                None,
            ),
            (
                "Two billion people downstream should be paying attention,",
                "Sanjay Thapa",
                False,
                "P2",
            ),
            (
                "Six years is a short record for a system that moves on a scale of centuries,",
                "Wen Jiahui",
                False,
                "P3",
            ),
            ("unmistakable.", "Sanjay Thapa", True, "P4"),
        ],
        "posts": [
            ("P1", None, "Science"),
            ("P2", "Sanjay Thapa", "X"),
            ("P3", "Wen Jiahui", "Medium"),
            ("P4", "Sanjay Thapa", "X"),
        ],
        "people": ["Farida Nazarova", "Sanjay Thapa", "Wen Jiahui"],
    },
    {
        "name": "tennis-retirement-instagram-rival-comment-podcast-nickname",
        "text": (
            "Katarzyna Wiśniewska, the two-time Australian Open semifinalist, announced her "
            "retirement on Instagram on Wednesday at the age of 31. “My body has been asking me "
            "to stop for two years. This week I finally listened,” she wrote alongside a photo of "
            "her first racket.\n\n"
            "Beneath the post, her longtime rival Naomi Achterberg commented: “You made me better "
            "every time we played. Enjoy the quiet, Kasia.”\n\n"
            "Her coach, Bogdan Lisowski, said on the tennis podcast The Changeover that the "
            "decision had followed a third knee operation. “She could have played on painkillers "
            "for another season. I am glad she chose not to,” he said.\n\n"
            "The Polish Tennis Association said in a press release that it would name the main "
            "court at its national training centre after her. Wiśniewska, known to fans as “the "
            "Wall” for her defence, told reporters in Warsaw on Thursday that she was “honoured "
            "beyond words.”"
        ),
        "quotes": [
            (
                "My body has been asking me to stop for two years. This week I finally listened,",
                "Katarzyna Wiśniewska",
                False,
                "P1",
            ),
            (
                "You made me better every time we played. Enjoy the quiet, Kasia.",
                "Naomi Achterberg",
                False,
                "P1",
            ),
            (
                "She could have played on painkillers for another season. I am glad she chose "
                "not to,",
                "Bogdan Lisowski",
                False,
                "P2",
            ),
            ("honoured beyond words.", "Katarzyna Wiśniewska", True, None),
        ],
        "posts": [
            ("P1", "Katarzyna Wiśniewska", "Instagram"),
            ("P2", "Bogdan Lisowski", "The Changeover"),
            ("P3", None, "press release"),
        ],
        "people": ["Katarzyna Wiśniewska", "Naomi Achterberg", "Bogdan Lisowski"],
    },
    {
        "name": "commissioner-resignation-letter-split-quote-bluesky-reply",
        "text": (
            "Marcus Delacroix-Whitfield resigned from the Travis County Commissioners Court on "
            "Friday, two weeks after he admitted using county vehicles for personal trips.\n\n"
            "“I made mistakes with county property,” Delacroix-Whitfield wrote in his resignation "
            "letter, “and the people of Precinct 3 deserve a commissioner whose name is not the "
            "story.”\n\n"
            "County Judge Rosalind Achebe accepted the resignation at a brief meeting of the "
            "court. “Commissioner Delacroix-Whitfield did the right thing, and he did it "
            "quickly,” she said.\n\n"
            "State Representative Tomasz Kowalczyk, who had called for the resignation, was less "
            "gracious on Bluesky. “Two weeks is not quickly when it is your money he was driving "
            "around,” he posted.\n\n"
            "Under that post, Delacroix-Whitfield’s former chief of staff, Yesenia Portillo, "
            "replied that her old boss had “repaid every cent.”\n\n"
            "The court will appoint an interim commissioner next month, and a special election "
            "for the seat is expected in May."
        ),
        "quotes": [
            (
                "I made mistakes with county property,",
                "Marcus Delacroix-Whitfield",
                False,
                "P1",
            ),
            (
                "and the people of Precinct 3 deserve a commissioner whose name is not the story.",
                "Marcus Delacroix-Whitfield",
                False,
                "P1",
            ),
            (
                "Commissioner Delacroix-Whitfield did the right thing, and he did it quickly,",
                "Rosalind Achebe",
                False,
                None,
            ),
            (
                "Two weeks is not quickly when it is your money he was driving around,",
                "Tomasz Kowalczyk",
                False,
                "P2",
            ),
            ("repaid every cent.", "Yesenia Portillo", True, "P2"),
        ],
        "posts": [
            ("P1", "Marcus Delacroix-Whitfield", None),
            ("P2", "Tomasz Kowalczyk", "Bluesky"),
        ],
        "people": [
            "Marcus Delacroix-Whitfield",
            "Rosalind Achebe",
            "Tomasz Kowalczyk",
            "Yesenia Portillo",
        ],
    },
    {
        "name": "restaurant-closing-instagram-the-chef-review-wife-facebook",
        "text": (
            "The Chicago restaurant Ember & Salt will close at the end of the month, its chef and "
            "owner, Kenji Matsuda-Reyes, said on Instagram on Sunday. “Twelve years, two fires "
            "and one pandemic. The rent was the thing that finally beat us,” the chef wrote.\n\n"
            "Matsuda-Reyes opened the restaurant in 2013 after leaving the kitchen of Mercer & "
            "Vine. In a 2016 review in the Chicago Tribune, the critic Rosemary Okafor called his "
            "braised short rib “the best plate of food in the city.”\n\n"
            "Kettering Properties, which owns the building, said in a statement that the new rent "
            "reflected “the market, nothing more.”\n\n"
            "Regulars flooded the comments under the chef’s post. “Where am I supposed to propose "
            "now?” one wrote.\n\n"
            "His wife and business partner, Lucía Matsuda-Reyes, posted her own farewell on "
            "Facebook. “He cooked for this city every night, even the nights he was sick,” she "
            "wrote. The last service is on March 30."
        ),
        "quotes": [
            (
                "Twelve years, two fires and one pandemic. The rent was the thing that finally "
                "beat us,",
                "Kenji Matsuda-Reyes",
                False,
                "P1",
            ),
            ("the best plate of food in the city.", "Rosemary Okafor", True, "P2"),
            ("the market, nothing more.", None, True, "P3"),
            ("Where am I supposed to propose now?", None, False, "P1"),
            (
                "He cooked for this city every night, even the nights he was sick,",
                "Lucía Matsuda-Reyes",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kenji Matsuda-Reyes", "Instagram"),
            ("P2", "Rosemary Okafor", "Chicago Tribune"),
            ("P3", None, None),
            ("P4", "Lucía Matsuda-Reyes", "Facebook"),
        ],
        "people": ["Kenji Matsuda-Reyes", "Rosemary Okafor", "Lucía Matsuda-Reyes"],
    },
    {
        "name": "bookkeeper-sentencing-court-release-facebook-lawyer-newspaper",
        "text": (
            "A former bookkeeper who stole $1.4 million from a Vermont dairy cooperative was "
            "sentenced on Tuesday to six years in prison.\n\n"
            "Before the sentence was read, Dolores Fitzgibbon, 58, addressed the court. “I told "
            "myself every month that I would pay it back. I never did,” she said, her voice "
            "breaking.\n\n"
            "From the bench, Judge Emeka Nwosu said the theft had nearly bankrupted “families who "
            "milk cows at four in the morning.”\n\n"
            "The U.S. attorney’s office said in a press release that the sentence “should warn "
            "anyone who treats an employer’s account as a private piggy bank.”\n\n"
            "The cooperative’s president, Anders Lindahl, posted on Facebook after the hearing. "
            "“Some of our members lost their retirement. Six years feels light,” he wrote.\n\n"
            "Fitzgibbon’s lawyer, Priya Chandrasekhar, told the Burlington Free Press that her "
            "client planned to sell her house to repay the co-op. “She is not asking for "
            "sympathy, only for the chance to make it right,” Chandrasekhar said."
        ),
        "quotes": [
            (
                "I told myself every month that I would pay it back. I never did,",
                "Dolores Fitzgibbon",
                False,
                None,
            ),
            ("families who milk cows at four in the morning.", "Emeka Nwosu", True, None),
            (
                "should warn anyone who treats an employer’s account as a private piggy bank.",
                None,
                True,
                "P1",
            ),
            (
                "Some of our members lost their retirement. Six years feels light,",
                "Anders Lindahl",
                False,
                "P2",
            ),
            (
                "She is not asking for sympathy, only for the chance to make it right,",
                "Priya Chandrasekhar",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Anders Lindahl", "Facebook"),
            ("P3", "Priya Chandrasekhar", "Burlington Free Press"),
        ],
        "people": [
            "Dolores Fitzgibbon",
            "Emeka Nwosu",
            "Anders Lindahl",
            "Priya Chandrasekhar",
        ],
    },
    {
        "name": "startup-shutdown-linkedin-comment-investor-substack-techcrunch",
        "text": (
            "The Berlin software startup Tessellate shut down on Thursday after failing to raise "
            "new money, its co-founder Oluwaseun Adebayo-Fischer said on LinkedIn. “We ran out of "
            "runway six weeks before we ran out of ideas,” he wrote.\n\n"
            "One of the company’s first engineers, Mirela Popescu, commented under the post that "
            "she would “do it all again, with the same people.”\n\n"
            "Tessellate had raised €18 million from investors including the venture firm "
            "Northlight Capital. In a Substack post on Friday, the Northlight partner Caspar "
            "Lindgren-Haas wrote that the startup had been “a year early to a market that will be "
            "enormous.” “I would back this team again tomorrow,” he added.\n\n"
            "Adebayo-Fischer told TechCrunch that most of the 40 employees had already found new "
            "jobs. “The thing I am proudest of is that nobody found out about this from the "
            "news,” he said. He plans to take the summer off before starting anything new."
        ),
        "quotes": [
            (
                "We ran out of runway six weeks before we ran out of ideas,",
                "Oluwaseun Adebayo-Fischer",
                False,
                "P1",
            ),
            ("do it all again, with the same people.", "Mirela Popescu", True, "P1"),
            (
                "a year early to a market that will be enormous.",
                "Caspar Lindgren-Haas",
                True,
                "P2",
            ),
            ("I would back this team again tomorrow,", "Caspar Lindgren-Haas", False, "P2"),
            (
                "The thing I am proudest of is that nobody found out about this from the news,",
                "Oluwaseun Adebayo-Fischer",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Fischer", "LinkedIn"),
            ("P2", "Caspar Lindgren-Haas", "Substack"),
            ("P3", "Oluwaseun Adebayo-Fischer", "TechCrunch"),
        ],
        "people": ["Oluwaseun Adebayo-Fischer", "Mirela Popescu", "Caspar Lindgren-Haas"],
    },
    {
        "name": "marathon-record-zdf-tiktok-caption-x-agent-reply",
        "text": (
            "The Kenyan runner Faith Chepkoech broke the women’s course record at the Berlin "
            "Marathon on Sunday, finishing in 2 hours 14 minutes 2 seconds.\n\n"
            "“I came here for the record, not the medal,” she told the German broadcaster ZDF "
            "moments after crossing the line.\n\n"
            "Her pacemaker, Abebe Tadesse, shared a video of the final kilometre on TikTok. “She "
            "dropped me at 38K. I have never been so happy to be dropped,” he wrote in the "
            "caption.\n\n"
            "Not everyone celebrated. The two-time winner Sofía Valderrama posted on X that the "
            "race had been decided by “shoes that should not be legal,” a reference to the "
            "prototype Chepkoech wore. Chepkoech’s agent, Wilfried Janssen, replied beneath the "
            "post: “Every shoe she wore is on the approved list. Check before you post.”\n\n"
            "World Athletics confirmed in a statement on Monday that the shoe had been approved "
            "in July."
        ),
        "quotes": [
            ("I came here for the record, not the medal,", "Faith Chepkoech", False, "P1"),
            (
                "She dropped me at 38K. I have never been so happy to be dropped,",
                "Abebe Tadesse",
                False,
                "P2",
            ),
            ("shoes that should not be legal,", "Sofía Valderrama", True, "P3"),
            (
                "Every shoe she wore is on the approved list. Check before you post.",
                "Wilfried Janssen",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Faith Chepkoech", "ZDF"),
            ("P2", "Abebe Tadesse", "TikTok"),
            ("P3", "Sofía Valderrama", "X"),
            ("P4", None, None),
        ],
        "people": ["Faith Chepkoech", "Abebe Tadesse", "Sofía Valderrama", "Wilfried Janssen"],
    },
    {
        "name": "boil-water-utility-x-mayor-instagram-live-news-conference",
        "text": (
            "Residents of three Halifax neighbourhoods were told to boil their tap water on "
            "Wednesday after a main broke under Quinpool Road.\n\n"
            "Halifax Water announced the advisory on X just before 6 a.m. “Do not drink tap water "
            "without boiling it for one minute,” the utility posted.\n\n"
            "Mayor Siobhan Ó Briain went live on Instagram at noon to take questions. “I know this "
            "is a mess. Crews will work through the night until it is fixed,” she said during the "
            "broadcast.\n\n"
            "At a news conference in the afternoon, the utility’s operations manager, Faisal "
            "Karimi, said repairs could take “at least 48 hours.” “The pipe is from 1911. "
            "Frankly, it did well to last this long,” he acknowledged.\n\n"
            "A nurse who lives on Oxford Street, who asked not to be named, said she had been "
            "buying bottled water for her elderly father. “The shelves at the corner store were "
            "empty by ten,” she said."
        ),
        "quotes": [
            ("Do not drink tap water without boiling it for one minute,", None, False, "P1"),
            (
                "I know this is a mess. Crews will work through the night until it is fixed,",
                "Siobhan Ó Briain",
                False,
                "P2",
            ),
            ("at least 48 hours.", "Faisal Karimi", True, None),
            (
                "The pipe is from 1911. Frankly, it did well to last this long,",
                "Faisal Karimi",
                False,
                None,
            ),
            ("The shelves at the corner store were empty by ten,", None, False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Siobhan Ó Briain", "Instagram"),
        ],
        "people": ["Siobhan Ó Briain", "Faisal Karimi"],
    },
    {
        "name": "lancet-stroke-trial-institute-statement-radio-threads-reply",
        "text": (
            "A cheap blood pressure pill cut the risk of a second stroke by a quarter in a trial "
            "of 11,000 patients across India and Nigeria, according to results published Friday "
            "in The Lancet.\n\n"
            "“The drug costs less than a cent a day. There is no excuse for any health system not "
            "to use it,” said the trial’s principal investigator, Dr. Adaeze Okoro, in a statement "
            "from the George Institute.\n\n"
            "Nigeria’s health minister, Babatunde Olanrewaju, said on the radio programme Morning "
            "Crossfire that the government would add the pill to its essential medicines list. "
            "“If the evidence is this clear, we move,” he said.\n\n"
            "The cardiologist Vikram Sethuraman, who was not involved, wrote on Threads that the "
            "result was “the most important stroke trial in a decade.” His post drew a reply from "
            "a patient, Chukwuemeka Obi, who wrote: “My father had his second stroke last year. I "
            "wish this had come sooner.”"
        ),
        "quotes": [
            (
                "The drug costs less than a cent a day. There is no excuse for any health system "
                "not to use it,",
                "Adaeze Okoro",
                False,
                "P2",
            ),
            ("If the evidence is this clear, we move,", "Babatunde Olanrewaju", False, "P3"),
            (
                "the most important stroke trial in a decade.",
                "Vikram Sethuraman",
                True,
                "P4",
            ),
            (
                "My father had his second stroke last year. I wish this had come sooner.",
                "Chukwuemeka Obi",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "The Lancet"),
            ("P2", None, None),
            ("P3", "Babatunde Olanrewaju", "Morning Crossfire"),
            ("P4", "Vikram Sethuraman", "Threads"),
        ],
        "people": [
            "Adaeze Okoro",
            "Babatunde Olanrewaju",
            "Vikram Sethuraman",
            "Chukwuemeka Obi",
        ],
    },
    {
        "name": "pilots-strike-open-letter-ceo-memo-minister-x-reddit",
        "text": (
            "Pilots at the Nordic airline Skyfjord will strike for 48 hours from Friday, their "
            "union said, grounding about 400 flights.\n\n"
            "In an open letter to passengers published on Wednesday, the union called the walkout "
            "“the last thing any of us wanted.”\n\n"
            "Skyfjord’s chief executive, Henrik Aasland, wrote in a memo to staff that the airline "
            "had offered a 6 percent raise. “Our offer is fair, it is on the table, and it stays "
            "there,” the memo said.\n\n"
            "Norway’s transport minister, Camilla Strand-Olsen, urged both sides back to talks in "
            "a post on X. “Travellers should not pay the price for a dispute that can be solved at "
            "a table,” she wrote.\n\n"
            "On Reddit, one stranded traveller, Anjali Mehra, started a thread collecting refund "
            "advice. “Do not accept the voucher. You are owed cash,” she wrote in it. By Thursday "
            "evening the thread had more than 900 replies."
        ),
        "quotes": [
            ("the last thing any of us wanted.", None, True, "P1"),
            (
                "Our offer is fair, it is on the table, and it stays there,",
                "Henrik Aasland",
                False,
                "P2",
            ),
            (
                "Travellers should not pay the price for a dispute that can be solved at a table,",
                "Camilla Strand-Olsen",
                False,
                "P3",
            ),
            ("Do not accept the voucher. You are owed cash,", "Anjali Mehra", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Henrik Aasland", None),
            ("P3", "Camilla Strand-Olsen", "X"),
            ("P4", "Anjali Mehra", "Reddit"),
        ],
        "people": ["Henrik Aasland", "Camilla Strand-Olsen", "Anjali Mehra"],
    },
    {
        "name": "singer-tour-cancelled-youtube-brother-instagram-volkskrant",
        "text": (
            "The Brazilian singer Letícia Albuquerque cancelled the rest of her European tour on "
            "Monday, two days after collapsing on stage in Lisbon during her hit “Maré Alta.”\n\n"
            "In a video posted on her YouTube channel, Albuquerque said doctors had found a heart "
            "rhythm problem. “I am okay. I am scared, but I am okay,” she said, sitting beside "
            "her brother and manager, Thiago Albuquerque.\n\n"
            "Her brother later posted on Instagram that the dates would be rescheduled for the "
            "spring. “Every ticket will be honoured, every single one,” he wrote. A fan, Beatriz "
            "Lemos, replied under his post: “Take all the time you need. We will be there.”\n\n"
            "The promoter, Atlantic Live, said in a press release that refunds would also be "
            "available. Its chief executive, Rutger van der Meer, told the Dutch newspaper De "
            "Volkskrant that the cancellation would cost the company “well into seven figures” "
            "but that there had been “no other choice.”"
        ),
        "quotes": [
            ("I am okay. I am scared, but I am okay,", "Letícia Albuquerque", False, "P1"),
            ("Every ticket will be honoured, every single one,", "Thiago Albuquerque", False, "P2"),
            (
                "Take all the time you need. We will be there.",
                "Beatriz Lemos",
                False,
                "P2",
            ),
            ("well into seven figures", "Rutger van der Meer", True, "P4"),
            ("no other choice.", "Rutger van der Meer", True, "P4"),
        ],
        "posts": [
            ("P1", "Letícia Albuquerque", "YouTube"),
            ("P2", "Thiago Albuquerque", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Rutger van der Meer", "De Volkskrant"),
        ],
        "people": [
            "Letícia Albuquerque",
            "Thiago Albuquerque",
            "Beatriz Lemos",
            "Rutger van der Meer",
        ],
    },
]
