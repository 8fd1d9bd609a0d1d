"""A sixteenth self-made dev set, held out (T): written after the last rule change; its first run is the final estimate.

Written fresh, without looking at the rules or their output, and committed
before any rule was run on it. Same format and conventions as the earlier sets
(self-made, not a public corpus): an interview with a named outlet or show is a
post whose platform is the outlet or show as written; a statement, memo, court
filing, judge's opinion, open letter or essay with no named outlet is a post
with no platform; a press release is a post with platform "press release"; a
news conference, briefing, rally, speech, council meeting or court hearing is
not a post, nor is "told reporters"; a comment or reply under a post belongs to
it, a post "of her own" is a new one; a fragment after a post belongs to it
only when the text ties it ("in the same video"); organisations and unnamed
people speak as None; titles, scare quotes and nicknames in marks are not
quotes; a post with no quote still gets an id. Gold rows must never be edited
to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_T: list[dict] = [
    {
        "name": "anniversary-photo-wife-and-friend-comment",
        "text": (
            "Actor Daniel Brooks marked his tenth wedding anniversary with a throwback photo on "
            "Instagram on Sunday. “Ten years and she still laughs at my jokes,” Brooks wrote. "
            "“Mostly.”\n\n"
            "His wife, singer Maya Leone, replied in the comments: “Mostly is generous.” Fellow "
            "actor Chris Dunmore commented, “Happy anniversary to my favorite couple.”"
        ),
        "quotes": [
            ("Ten years and she still laughs at my jokes,", "Daniel Brooks", False, "P1"),
            ("Mostly.", "Daniel Brooks", False, "P1"),
            ("Mostly is generous.", "Maya Leone", False, "P1"),
            ("Happy anniversary to my favorite couple.", "Chris Dunmore", False, "P1"),
        ],
        "posts": [("P1", "Daniel Brooks", "Instagram")],
        "people": ["Daniel Brooks", "Maya Leone", "Chris Dunmore"],
    },
    {
        "name": "governor-rally-challenger-reporters",
        "text": (
            "Gov. Rita Hollis kicked off her re-election campaign at a rally in Scranton on "
            "Saturday, promising to cut property taxes for seniors. “Nobody should lose their home "
            "because they got old,” Hollis told the crowd of several hundred supporters.\n\n"
            "Her Republican challenger, state Sen. Mark Tavener, dismissed the plan as “a gimmick” "
            "in remarks to reporters after a campaign stop in Erie. “She has had four years to do "
            "this,” he said."
        ),
        "quotes": [
            ("Nobody should lose their home because they got old,", "Rita Hollis", False, None),
            ("a gimmick", "Mark Tavener", True, None),
            ("She has had four years to do this,", "Mark Tavener", False, None),
        ],
        "posts": [],
        "people": ["Rita Hollis", "Mark Tavener"],
    },
    {
        "name": "cruise-line-press-release-and-analyst",
        "text": (
            "Harbor Line Cruises said Tuesday it would order four new ships from a Finnish "
            "shipyard, its largest order in a decade. “Demand has never been stronger,” chief "
            "executive Paul Ferreira said in a press release.\n\n"
            "Analyst Nina Castellanos of Morningstar said the order was “a bet on the next five "
            "years, not the last two.” Shares rose 3% in morning trading."
        ),
        "quotes": [
            ("Demand has never been stronger,", "Paul Ferreira", False, "P1"),
            ("a bet on the next five years, not the last two.", "Nina Castellanos", True, None),
        ],
        "posts": [("P1", "Paul Ferreira", "press release")],
        "people": ["Paul Ferreira", "Nina Castellanos"],
    },
    {
        "name": "quarterback-postgame-coach-description",
        "text": (
            "Quarterback Eli Sandoval threw for 312 yards and three touchdowns as the Riverside "
            "Hawks beat Dayton 31-17 on Sunday. “The line gave me all day,” Sandoval told reporters "
            "after the game. “I could have made a sandwich back there.”\n\n"
            "Coach Terry Whitlock was less impressed with the defense, which allowed 200 rushing "
            "yards. “We have a lot to fix,” the coach said."
        ),
        "quotes": [
            ("The line gave me all day,", "Eli Sandoval", False, None),
            ("I could have made a sandwich back there.", "Eli Sandoval", False, None),
            ("We have a lot to fix,", "Terry Whitlock", False, None),
        ],
        "posts": [],
        "people": ["Eli Sandoval", "Terry Whitlock"],
    },
    {
        "name": "fraud-case-filing-and-judge-at-hearing",
        "text": (
            "An attorney for former hospital executive Brian Koenig, Sharon Wilde, asked a federal "
            "judge on Monday to dismiss the fraud charges against him, arguing in a court filing "
            "that prosecutors had “cherry-picked” emails to build their case.\n\n"
            "“Mr. Koenig never knowingly billed for a service that was not provided,” Wilde wrote "
            "in the filing. "
            "U.S. District Judge Helena Marsh has scheduled a hearing for next month. At a hearing "
            "in March, Marsh told both sides she wanted the case “moving, not stalled.”"
        ),
        "quotes": [
            ("cherry-picked", "Sharon Wilde", True, "P1"),
            (
                "Mr. Koenig never knowingly billed for a service that was not provided,",
                "Sharon Wilde",
                False,
                "P1",
            ),
            ("moving, not stalled.", "Helena Marsh", True, None),
        ],
        "posts": [("P1", "Sharon Wilde", None)],
        "people": ["Brian Koenig", "Sharon Wilde", "Helena Marsh"],
    },
    {
        "name": "community-theater-season-titles-only",
        "text": (
            "The Millbrook Community Theater will open its fall season on Oct. 4 with “The Music "
            "Man,” followed by a holiday run of “A Christmas Carol” in December. Artistic director "
            "Joan Pruitt said ticket sales were ahead of last year’s pace.\n\n"
            "The theater, which seats 180, also plans a staged reading of the new play “Salt and "
            "Stone” by local writer Henry Adeyemi in the spring."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Joan Pruitt", "Henry Adeyemi"],
    },
    {
        "name": "sea-ice-conference-talk-and-outside-expert",
        "text": (
            "Sea ice off the coast of Svalbard is thinning twice as fast as climate models "
            "predicted, Norwegian researchers said Wednesday at a meeting of the American "
            "Geophysical Union in San Francisco.\n\n"
            "“We were surprised by how fast it happened,” said Ingrid Solberg, a glaciologist at "
            "the University of Oslo who led the work. “Some of the ice we measured in 2015 simply "
            "is not there anymore.”\n\n"
            "Walter Grigg, a climate scientist at Princeton who was not involved in the research, "
            "called the findings “sobering but not shocking.”"
        ),
        "quotes": [
            ("We were surprised by how fast it happened,", "Ingrid Solberg", False, None),
            (
                "Some of the ice we measured in 2015 simply is not there anymore.",
                "Ingrid Solberg",
                False,
                None,
            ),
            ("sobering but not shocking.", "Walter Grigg", True, None),
        ],
        "posts": [],
        "people": ["Ingrid Solberg", "Walter Grigg"],
    },
    {
        "name": "ceo-apology-on-x-and-reply",
        "text": (
            "Software company Plexa said Thursday that a bug in its latest update had deleted some "
            "users’ saved files. Chief executive Omar Haddad apologized in a post on X. “This is on "
            "us, and we are fixing it,” he wrote. “Every affected customer will hear from us by "
            "Friday.”\n\n"
            "Not everyone was satisfied. “Three years of client work, gone,” designer Beth "
            "Kowalski wrote in a reply to Haddad’s post."
        ),
        "quotes": [
            ("This is on us, and we are fixing it,", "Omar Haddad", False, "P1"),
            ("Every affected customer will hear from us by Friday.", "Omar Haddad", False, "P1"),
            ("Three years of client work, gone,", "Beth Kowalski", False, "P1"),
        ],
        "posts": [("P1", "Omar Haddad", "X")],
        "people": ["Omar Haddad", "Beth Kowalski"],
    },
    {
        "name": "measles-department-statement-and-pediatrician",
        "text": (
            "The Ohio Department of Health confirmed on Friday the state’s first measles case of "
            "the year, in an unvaccinated child in Lake County. “The risk to the general public "
            "remains low,” the department said in a statement.\n\n"
            "Dr. Keisha Monroe, a pediatrician at Nationwide Children’s Hospital, urged parents to "
            "check their children’s records. “Measles is one of the most contagious diseases we "
            "know,” Monroe said. “Two doses of the vaccine protect almost everyone.”"
        ),
        "quotes": [
            ("The risk to the general public remains low,", None, False, "P1"),
            (
                "Measles is one of the most contagious diseases we know,",
                "Keisha Monroe",
                False,
                None,
            ),
            ("Two doses of the vaccine protect almost everyone.", "Keisha Monroe", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Keisha Monroe"],
    },
    {
        "name": "museum-director-times-interview-minister-statement",
        "text": (
            "The Whitfield Museum of Art will return a 12th-century bronze statue to Cambodia, its "
            "director, Alan Pryce, said in an interview with The New York Times published Sunday. "
            "“It was never ours to keep,” Pryce told the newspaper.\n\n"
            "Cambodia’s culture minister, Sopheap Chan, welcomed the decision in a statement, "
            "calling it “a homecoming for our ancestors.”"
        ),
        "quotes": [
            ("It was never ours to keep,", "Alan Pryce", False, "P1"),
            ("a homecoming for our ancestors.", "Sopheap Chan", True, "P2"),
        ],
        "posts": [("P1", "Alan Pryce", "The New York Times"), ("P2", "Sopheap Chan", None)],
        "people": ["Alan Pryce", "Sopheap Chan"],
    },
    {
        "name": "president-radio-interview-fragment-then-quote",
        "text": (
            "Finnish President Aino Karppinen said Tuesday that her government would double its "
            "spending on border security. Speaking to BBC Radio 4, Karppinen said Finland “cannot "
            "afford to be naive.”\n\n"
            "“We have a long border and a long memory,” she told the broadcaster. She had first "
            "announced the plan in a post on X on Monday."
        ),
        "quotes": [
            ("cannot afford to be naive.", "Aino Karppinen", True, "P1"),
            ("We have a long border and a long memory,", "Aino Karppinen", False, "P1"),
        ],
        "posts": [("P1", "Aino Karppinen", "BBC Radio 4"), ("P2", "Aino Karppinen", "X")],
        "people": ["Aino Karppinen"],
    },
    {
        "name": "comedian-podcast-sobriety-over-paragraphs",
        "text": (
            "Comedian Rick Alvarez revealed on the latest episode of his podcast, “Couch Talk,” "
            "that he had been sober for a year.\n\n"
            "“I didn’t tell anybody at first. I wanted to make sure it stuck.\n\n"
            "“Now I wake up and I remember what I did the night before, which is new for me,” "
            "Alvarez said on the episode.\n\n"
            "His co-host, Dee Marshall, said on the same episode that she was “so proud.”"
        ),
        "quotes": [
            (
                "I didn’t tell anybody at first. I wanted to make sure it stuck.",
                "Rick Alvarez",
                False,
                "P1",
            ),
            (
                "Now I wake up and I remember what I did the night before, which is new for me,",
                "Rick Alvarez",
                False,
                "P1",
            ),
            ("so proud.", "Dee Marshall", True, "P1"),
        ],
        "posts": [("P1", "Rick Alvarez", "Couch Talk")],
        "people": ["Rick Alvarez", "Dee Marshall"],
    },
    {
        "name": "goalkeeper-nickname-espn-and-gm-statement",
        "text": (
            "Goalkeeper Ivan Petrov, nicknamed “the Wall” by Seattle fans, signed a three-year "
            "contract extension on Wednesday. Petrov, 29, posted a shutout in 14 of his 30 starts "
            "last season.\n\n"
            "“I never wanted to play anywhere else,” Petrov told ESPN. General manager Lisa Okafor "
            "said in a statement that the club was “thrilled.”"
        ),
        "quotes": [
            ("I never wanted to play anywhere else,", "Ivan Petrov", False, "P1"),
            ("thrilled.", "Lisa Okafor", True, "P2"),
        ],
        "posts": [("P1", "Ivan Petrov", "ESPN"), ("P2", "Lisa Okafor", None)],
        "people": ["Ivan Petrov", "Lisa Okafor"],
    },
    {
        "name": "council-leaf-blower-ban-public-comment",
        "text": (
            "The Fairview City Council voted 5-2 on Tuesday night to ban gasoline-powered leaf "
            "blowers starting in 2027. Council member Rosa Delgado, who sponsored the measure, said "
            "the noise had become “unbearable” for residents who work from home.\n\n"
            "Landscaper Tim Whalen, who spoke during public comment, warned that the switch would "
            "cost small businesses thousands of dollars. “You’re putting guys like me out of work,” "
            "he said. “Electric blowers can’t do a full day.”"
        ),
        "quotes": [
            ("unbearable", "Rosa Delgado", True, None),
            ("You’re putting guys like me out of work,", "Tim Whalen", False, None),
            ("Electric blowers can’t do a full day.", "Tim Whalen", False, None),
        ],
        "posts": [],
        "people": ["Rosa Delgado", "Tim Whalen"],
    },
    {
        "name": "prosecutors-open-letter-nominee-substack",
        "text": (
            "More than 200 former federal prosecutors signed an open letter on Monday urging the "
            "Senate to reject the nomination of Craig Hollister as attorney general. The letter "
            "calls Hollister “unfit for an office that demands independence.”\n\n"
            "Hollister responded that evening in a post on his Substack newsletter. “I will not be "
            "lectured by people who have never met me,” he wrote."
        ),
        "quotes": [
            ("unfit for an office that demands independence.", None, True, "P1"),
            (
                "I will not be lectured by people who have never met me,",
                "Craig Hollister",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Craig Hollister", "Substack")],
        "people": ["Craig Hollister"],
    },
    {
        "name": "meme-stock-scare-quote-cfo-on-tv",
        "text": (
            "Shares of GameVault, one of the so-called “meme stocks” of 2021, fell 18% on Thursday "
            "after the retailer reported a wider-than-expected loss. Chief financial officer Dana "
            "Whitcomb said on Bloomberg Television that the company was “not in a hurry” to raise "
            "more cash.\n\n"
            "“We have enough runway for at least two years,” she said in the interview."
        ),
        "quotes": [
            ("not in a hurry", "Dana Whitcomb", True, "P1"),
            ("We have enough runway for at least two years,", "Dana Whitcomb", False, "P1"),
        ],
        "posts": [("P1", "Dana Whitcomb", "Bloomberg Television")],
        "people": ["Dana Whitcomb"],
    },
    {
        "name": "coach-sentenced-judge-and-defendant-in-court",
        "text": (
            "A former youth soccer coach was sentenced Thursday to 12 years in prison for stealing "
            "more than $400,000 from a nonprofit league in Tacoma. Before handing down the "
            "sentence, Superior Court Judge Marcus Bell told Gary Lindqvist, 58, that he had "
            "“betrayed hundreds of families.”\n\n"
            "Lindqvist apologized in court. “I am ashamed of what I did,” he said, his voice "
            "breaking. The league’s president, Andrea Fox, said outside the courthouse that the "
            "money would never be fully recovered."
        ),
        "quotes": [
            ("betrayed hundreds of families.", "Marcus Bell", True, None),
            ("I am ashamed of what I did,", "Gary Lindqvist", False, None),
        ],
        "posts": [],
        "people": ["Marcus Bell", "Gary Lindqvist", "Andrea Fox"],
    },
    {
        "name": "streamer-threads-then-youtube-video",
        "text": (
            "Gaming streamer Kira Tanaka announced on Threads on Tuesday that she was leaving "
            "Twitch for YouTube after eight years. “New chapter, same chaos,” she wrote.\n\n"
            "In a 20-minute YouTube video posted the next day, Tanaka explained the move in more "
            "detail. “Twitch stopped feeling like home,” the 31-year-old said in the video. In the "
            "same video, she thanked her moderators, calling them “the real MVPs.”"
        ),
        "quotes": [
            ("New chapter, same chaos,", "Kira Tanaka", False, "P1"),
            ("Twitch stopped feeling like home,", "Kira Tanaka", False, "P2"),
            ("the real MVPs.", "Kira Tanaka", True, "P2"),
        ],
        "posts": [("P1", "Kira Tanaka", "Threads"), ("P2", "Kira Tanaka", "YouTube")],
        "people": ["Kira Tanaka"],
    },
    {
        "name": "maternity-ward-memo-and-union",
        "text": (
            "Staff at Valley View Medical Center learned in a memo on Wednesday that the "
            "hospital’s maternity ward would close at the end of March. “This was not a decision we "
            "made lightly,” hospital president Mark Jensen wrote in the memo, citing a shortage of "
            "obstetricians.\n\n"
            "The nurses’ union called the closure “a disaster for rural mothers” and said it would "
            "hold a vigil outside the hospital on Saturday."
        ),
        "quotes": [
            ("This was not a decision we made lightly,", "Mark Jensen", False, "P1"),
            ("a disaster for rural mothers", None, True, None),
        ],
        "posts": [("P1", "Mark Jensen", None)],
        "people": ["Mark Jensen"],
    },
    {
        "name": "defense-minister-news-conference-and-briefing",
        "text": (
            "Japanese Defense Minister Kenji Moriyama said Monday that Tokyo would buy 40 more "
            "fighter jets. “The security environment has changed dramatically,” Moriyama told a "
            "news conference in Tokyo.\n\n"
            "A Chinese foreign ministry spokesman, Li Wen, said at a regular briefing in Beijing "
            "that the purchase was “provocative” and urged Japan to “reflect on history.”"
        ),
        "quotes": [
            ("The security environment has changed dramatically,", "Kenji Moriyama", False, None),
            ("provocative", "Li Wen", True, None),
            ("reflect on history.", "Li Wen", True, None),
        ],
        "posts": [],
        "people": ["Kenji Moriyama", "Li Wen"],
    },
]
