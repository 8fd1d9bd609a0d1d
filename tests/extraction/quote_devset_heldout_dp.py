"""The one-hundred-and-fourteenth self-made dev set, held out (DP): its first run is an unseen estimate.

Written with set DQ, without reading the extraction rules, and committed before
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
  reported without any quoted words (a memo to judges, a news release, an
  interview with a trade site) is still listed in posts.
- people lists every named person in the text in order of first mention,
  including people only mentioned (a warden who did not respond, a co-founder
  who signed an update, a prisoner who does not speak); companies, toys and
  places named like people (Harlan Mutual, Kessler Hale, Penrose & Finch,
  Grayson & Wilde, Juniper & Rye, Sutton's Hardware, Bramble Bear, Lake Blanche,
  St. Brendan's, Calloway Avenue, Hollis Creek) are not persons.
- Titles such as State Senator, Senator, State Representative, Mayor,
  Councilmember and Judge are not part of a canonical name; a nickname inside a
  name (Jordan "the Meeple Man" Abernathy) is neither a quote nor part of the
  canonical name (Jordan Abernathy).
- A named person's own "said in a statement" (an artistic director) is that
  person's post with no platform; a board's, company's, family's or publisher's
  statement has author None.
- A pension fund's trustees' letter to members, a parole board's written
  decision, a state inspector's report with no named inspector and a legislative
  auditor's audit are posts with author None and no platform; their words speak
  as None. A tenants' lawsuit (200 unnamed tenants) has author None.
- A letter written to a named newspaper (a prisoner's letter to The Atlanta
  Journal-Constitution) has that newspaper as platform, like "told" it.
- A radio show named in marks (WABE's "Closer Look") gives the platform Closer
  Look; the show's name in marks is not a quote. "told NBC on the pool deck" is
  an interview with platform NBC; "Speaking to Dance Magazine" is an interview
  with platform Dance Magazine.
- A TikTok, YouTube or LinkedIn video is a post on that platform; words "she
  says in it" belong to it.
- A Kickstarter update signed by a studio's two co-founders is the studio's post:
  author None, platform Kickstarter, its words speak as None; an unnamed
  backer's comment under it belongs to it with speaker None, and a scare quote in
  single marks inside that comment stays part of its text.
- A Reddit thread started by an anonymous user has author None and platform
  Reddit; its title in marks is a title, not a quote; an unnamed commenter's
  words belong to the thread with speaker None.
- An unnamed hiker's comment under a team's Facebook post belongs to that post
  with speaker None; the team's reply reported in narration ("replied that it
  accepted ...") is partial, speaks as None and belongs to the same post.
- Offers of help "in the comments" under a Facebook post belong to that post;
  a named commenter's words given whole after "read simply:" are not partial.
- A quote split by its attribution ("...," she wrote. "...") is two quotes with
  the same speaker and post, neither partial.
- A post written in another language and quoted in English: the speaker is the
  post's author. When the English words were published in another person's post
  (a translator's X post introduced with a colon), the quote belongs to that
  translator's post and the original Instagram post is listed too; when the text
  says the post itself "translates as", the quote belongs to the original post.
  Words given whole as a post's content are not partial.
- A newsletter on Substack has platform Substack; a critic's review for a named
  magazine (Los Angeles Review of Books) is the critic's post on that platform.
- A prize acceptance speech, "told the crowd" at a public meeting, "said during
  the meeting" of a council, "said at a school assembly", a coach's "said
  afterward" and an answer to the story's own question ("Asked whether ...")
  are not posts.
- A book or ballet title in marks ("Giselle", "Tidewater Daughters", "A Casa das
  Águas"), a nickname in marks ("the Comet") and a term in marks in narration
  (the so-called "missing middle") are not quotes.
- An essay for a named newspaper introduced with a colon and running over two
  paragraphs is one quote per paragraph with the same speaker and post; the
  first paragraph's quote runs to the end of its paragraph (no closing mark).
- Name order as written is kept for Korean and Hmong names (Han Seo-yeon, Pa
  Nhia Vang); Irish names keep their particle (Siobhán Ní Bhriain).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DP: list[dict] = [
    {
        "name": "pension-trustees-letter-facebook-caption-hearing",
        "text": (
            "The trustees of the Allegheny Valley Teachers’ Pension Fund told members in "
            "a letter on Friday that monthly benefits would be cut by 8 percent from "
            "July. “No one who served our schools wanted to read this letter, and no one "
            "wanted to write it,” the letter said.\n\n"
            "Retired chemistry teacher Dolores Kwiatkowski, 71, posted a photo of the "
            "letter on Facebook with the caption “Thirty-four years of lab coats for "
            "this.” Her post was shared more than 4,000 times. Under it, a former "
            "colleague, Bernard Achterberg, wrote: “Call your state senator. Then call "
            "her again.”\n\n"
            "The fund’s executive director, Samuel Oyelaran-Price, defended the cut in "
            "an interview with WESA. “We are paying out far more than comes in, and "
            "waiting another year would make the cut deeper,” he said.\n\n"
            "At a legislative hearing on Tuesday, State Senator Ruth Castellanos asked "
            "why members had not been warned earlier. “Four years of actuarial reports "
            "told you this was coming,” she said."
        ),
        "quotes": [
            (
                "No one who served our schools wanted to read this letter, and no one wanted "
                "to write it,",
                None,
                False,
                "P1",
            ),
            ("Thirty-four years of lab coats for this.", "Dolores Kwiatkowski", False, "P2"),
            ("Call your state senator. Then call her again.", "Bernard Achterberg", False, "P2"),
            (
                "We are paying out far more than comes in, and waiting another year would make "
                "the cut deeper,",
                "Samuel Oyelaran-Price",
                False,
                "P3",
            ),
            (
                "Four years of actuarial reports told you this was coming,",
                "Ruth Castellanos",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dolores Kwiatkowski", "Facebook"),
            ("P3", "Samuel Oyelaran-Price", "WESA"),
        ],
        "people": [
            "Dolores Kwiatkowski",
            "Bernard Achterberg",
            "Samuel Oyelaran-Price",
            "Ruth Castellanos",
        ],
    },
    {
        "name": "insurer-release-agent-newspaper-linkedin-video",
        "text": (
            "Harlan Mutual, the second-largest home insurer in Florida’s Panhandle, said "
            "in a press release on Wednesday that it would not renew about 60,000 "
            "policies when they expire this year. “This decision reflects the cost of "
            "reinsurance, not the loyalty of our policyholders,” the release quoted "
            "chief executive Annette Brouwer as saying.\n\n"
            "Many of those policyholders live in Walton County, where the insurance "
            "agent Felipe Arrieta-Soto said his phone had not stopped ringing. “People "
            "are scared. They are asking me if they should sell,” he told the Pensacola "
            "News Journal.\n\n"
            "The state’s insurance commissioner, Gregory Tan, called the move “deeply "
            "disappointing” at a news conference in Tallahassee and said the "
            "state-backed insurer of last resort was ready to take on the policies.\n\n"
            "Brouwer later posted a short video on LinkedIn. “I know what a non-renewal "
            "notice feels like on a kitchen table,” she said in it. “We did not make "
            "this call lightly.”"
        ),
        "quotes": [
            (
                "This decision reflects the cost of reinsurance, not the loyalty of our "
                "policyholders,",
                "Annette Brouwer",
                False,
                "P1",
            ),
            (
                "People are scared. They are asking me if they should sell,",
                "Felipe Arrieta-Soto",
                False,
                "P2",
            ),
            ("deeply disappointing", "Gregory Tan", True, None),
            (
                "I know what a non-renewal notice feels like on a kitchen table,",
                "Annette Brouwer",
                False,
                "P3",
            ),
            ("We did not make this call lightly.", "Annette Brouwer", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Felipe Arrieta-Soto", "Pensacola News Journal"),
            ("P3", "Annette Brouwer", "LinkedIn"),
        ],
        "people": ["Annette Brouwer", "Felipe Arrieta-Soto", "Gregory Tan"],
    },
    {
        "name": "ballerina-retirement-instagram-comment-dance-magazine",
        "text": (
            "After 19 seasons, the principal dancer Yuki Matsudaira will give her last "
            "performance with the Cascadia Ballet on June 14, dancing the title role in "
            "“Giselle.” She announced her retirement on Instagram on Sunday beside a "
            "photo of her worn pointe shoes. “My feet have told me for two years. This "
            "season my heart agreed,” she wrote.\n\n"
            "The company’s artistic director, Laurent Okafor, said in a statement that "
            "Matsudaira had “shaped a generation of dancers in this building.”\n\n"
            "Her longtime partner onstage, Mateus Vasconcelos, left a comment under her "
            "post: “Every lift, every fall, every bow. Thank you, Yuki.”\n\n"
            "Speaking to Dance Magazine, Matsudaira said she would stay in Seattle and "
            "teach at the company’s school. “I was a stubborn student,” she said. “I "
            "want to find the stubborn ones and keep them.”\n\n"
            "Fans who have called her “the Comet” since her debut in 2006 bought out the "
            "farewell performance within an hour."
        ),
        "quotes": [
            (
                "My feet have told me for two years. This season my heart agreed,",
                "Yuki Matsudaira",
                False,
                "P1",
            ),
            ("shaped a generation of dancers in this building.", "Laurent Okafor", True, "P2"),
            (
                "Every lift, every fall, every bow. Thank you, Yuki.",
                "Mateus Vasconcelos",
                False,
                "P1",
            ),
            ("I was a stubborn student,", "Yuki Matsudaira", False, "P3"),
            ("I want to find the stubborn ones and keep them.", "Yuki Matsudaira", False, "P3"),
        ],
        "posts": [
            ("P1", "Yuki Matsudaira", "Instagram"),
            ("P2", "Laurent Okafor", None),
            ("P3", "Yuki Matsudaira", "Dance Magazine"),
        ],
        "people": ["Yuki Matsudaira", "Laurent Okafor", "Mateus Vasconcelos"],
    },
    {
        "name": "dancers-walkout-tiktok-board-union-instagram",
        "text": (
            "Dancers at the Midwest Contemporary Dance Theatre in Milwaukee walked out "
            "of a rehearsal on Thursday, two weeks before the premiere of a new work, "
            "saying they had gone six months without a contract.\n\n"
            "One of them, Amara Nwachukwu-Bell, explained the walkout in a TikTok video "
            "that had been viewed 900,000 times by Saturday. “We are not asking for a "
            "fortune. We are asking to be paid for the hours we are actually in the "
            "studio,” she said in the video. A user who said she had danced with the "
            "company in the 1990s commented, “Nothing has changed in thirty years.”\n\n"
            "The theatre’s board said in a statement that it had offered a 6 percent "
            "raise and “remains at the table.” The union representing the dancers, the "
            "American Guild of Musical Artists, posted on Instagram that the offer “does "
            "not cover a single extra hour.”\n\n"
            "Outside the studio, the choreographer of the new piece, Ilse Marchetti, "
            "told reporters she supported the dancers. “Art made by exhausted people is "
            "exhausted art,” she said."
        ),
        "quotes": [
            (
                "We are not asking for a fortune. We are asking to be paid for the hours we "
                "are actually in the studio,",
                "Amara Nwachukwu-Bell",
                False,
                "P1",
            ),
            ("Nothing has changed in thirty years.", None, False, "P1"),
            ("remains at the table.", None, True, "P2"),
            ("does not cover a single extra hour.", None, True, "P3"),
            ("Art made by exhausted people is exhausted art,", "Ilse Marchetti", False, None),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu-Bell", "TikTok"),
            ("P2", None, None),
            ("P3", None, "Instagram"),
        ],
        "people": ["Amara Nwachukwu-Bell", "Ilse Marchetti"],
    },
    {
        "name": "parole-denied-board-decision-daughter-oped-family",
        "text": (
            "The Ohio Parole Board on Wednesday denied release to Reginald Ashworth, who "
            "has served 41 years for a 1983 robbery in which a store clerk was killed. "
            "In its written decision, the board said Ashworth had shown “genuine "
            "remorse” but that his release “would demean the seriousness of the offense.”\n\n"
            "His daughter, Keisha Ashworth-Lyle, who was 2 when he was arrested, had "
            "written an op-ed in The Columbus Dispatch last month asking for his "
            "release. “My father is 68 and walks with a cane. The man who did that crime "
            "has been gone for a long time,” she wrote.\n\n"
            "The clerk’s family said in a statement that they were relieved. “We have "
            "gone to eleven of these hearings. We will go to the next one,” the "
            "statement said.\n\n"
            "Ashworth’s lawyer, Priya Raghunathan, said at a news conference that she "
            "would ask the governor for clemency. “The board keeps saying he has changed "
            "and then keeps saying no,” she said."
        ),
        "quotes": [
            ("genuine remorse", None, True, "P1"),
            ("would demean the seriousness of the offense.", None, True, "P1"),
            (
                "My father is 68 and walks with a cane. The man who did that crime has been "
                "gone for a long time,",
                "Keisha Ashworth-Lyle",
                False,
                "P2",
            ),
            (
                "We have gone to eleven of these hearings. We will go to the next one,",
                None,
                False,
                "P3",
            ),
            (
                "The board keeps saying he has changed and then keeps saying no,",
                "Priya Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keisha Ashworth-Lyle", "The Columbus Dispatch"),
            ("P3", None, None),
        ],
        "people": ["Reginald Ashworth", "Keisha Ashworth-Lyle", "Priya Raghunathan"],
    },
    {
        "name": "prison-heat-report-x-inmate-letter-radio-show",
        "text": (
            "A state inspector’s report released on Monday found that inmates at the "
            "Hollis Creek Correctional Facility in Georgia had gone without air "
            "conditioning through three summers, with cell temperatures reaching 104 "
            "degrees. The report called conditions in two housing units “dangerous and, "
            "in places, inhumane.”\n\n"
            "Hollis Creek’s warden, Dwayne Etheridge, did not respond to requests for "
            "comment. The Georgia Department of Corrections posted on X that repairs "
            "were “underway and fully funded.”\n\n"
            "In a handwritten letter to The Atlanta Journal-Constitution, an inmate, "
            "Luis Ferreira-Mendes, described nights spent lying on the concrete floor. "
            "“The floor is the only cool thing in here. We take turns,” he wrote.\n\n"
            "State Representative Halima Osei, who toured the prison last year, said on "
            "WABE’s “Closer Look” that the report matched what she saw. “The guards were "
            "sweating through their uniforms too. Nobody in that building is safe in "
            "August,” she said."
        ),
        "quotes": [
            ("dangerous and, in places, inhumane.", None, True, "P1"),
            ("underway and fully funded.", None, True, "P2"),
            (
                "The floor is the only cool thing in here. We take turns,",
                "Luis Ferreira-Mendes",
                False,
                "P3",
            ),
            (
                "The guards were sweating through their uniforms too. Nobody in that building "
                "is safe in August,",
                "Halima Osei",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Luis Ferreira-Mendes", "The Atlanta Journal-Constitution"),
            ("P4", "Halima Osei", "Closer Look"),
        ],
        "people": ["Dwayne Etheridge", "Luis Ferreira-Mendes", "Halima Osei"],
    },
    {
        "name": "parole-fee-medium-essay-owner-email-hearing",
        "text": (
            "Two years after his release on parole, Tariq Haddad runs the kitchen at "
            "Juniper & Rye, a restaurant in Providence that hires people leaving prison. "
            "This week he was asked to testify for a bill that would end the $45 monthly "
            "parole supervision fee in Rhode Island.\n\n"
            "In an essay on Medium last spring, Haddad described the fee as “a bill for "
            "being watched.” “I paid it before I paid for groceries, because if I missed "
            "it, I went back,” he wrote.\n\n"
            "The restaurant’s owner, June Whitaker, wrote in an email to lawmakers that "
            "four of her employees had fallen behind on the fee. “They are working 40 "
            "hours a week. They are not hiding from anyone,” she wrote.\n\n"
            "The Rhode Island Department of Corrections said in a statement that fees "
            "fund reentry programs. At a hearing on Thursday, Senator Oliver "
            "Mbeki-Stone, the bill’s sponsor, said the fee raised less than it cost to "
            "collect. “We are spending a dollar to chase seventy cents,” he said."
        ),
        "quotes": [
            ("a bill for being watched.", "Tariq Haddad", True, "P1"),
            (
                "I paid it before I paid for groceries, because if I missed it, I went back,",
                "Tariq Haddad",
                False,
                "P1",
            ),
            (
                "They are working 40 hours a week. They are not hiding from anyone,",
                "June Whitaker",
                False,
                "P2",
            ),
            ("We are spending a dollar to chase seventy cents,", "Oliver Mbeki-Stone", False, None),
        ],
        "posts": [
            ("P1", "Tariq Haddad", "Medium"),
            ("P2", "June Whitaker", None),
            ("P3", None, None),
        ],
        "people": ["Tariq Haddad", "June Whitaker", "Oliver Mbeki-Stone"],
    },
    {
        "name": "swim-trials-nbc-poolside-instagram-winner-reply",
        "text": (
            "Swimmer Ines Carvalho-Reyes missed a place on the Olympic team by four "
            "hundredths of a second at the U.S. trials in Indianapolis on Wednesday "
            "night, finishing third in the 200-meter butterfly.\n\n"
            "“Four hundredths. I’ve blinked slower than that,” she told NBC on the pool "
            "deck, still breathing hard.\n\n"
            "Her coach at the University of Texas, Brennan Holloway, said afterward that "
            "she had swum through a shoulder injury since March. “She didn’t tell anyone "
            "outside this team, and she never once used it as an excuse,” the coach said.\n\n"
            "The next morning Carvalho-Reyes posted a picture of the scoreboard on "
            "Instagram. “Not the ending I wrote. Still a story I am proud of,” she "
            "wrote. The winner of the race, Kaitlyn Osterberg, replied beneath it: “You "
            "pushed me the whole way. LA 2028 is yours.”\n\n"
            "USA Swimming said in a news release that the team of 52 would travel to a "
            "training camp in Tennessee next month."
        ),
        "quotes": [
            ("Four hundredths. I’ve blinked slower than that,", "Ines Carvalho-Reyes", False, "P1"),
            (
                "She didn’t tell anyone outside this team, and she never once used it as an "
                "excuse,",
                "Brennan Holloway",
                False,
                None,
            ),
            (
                "Not the ending I wrote. Still a story I am proud of,",
                "Ines Carvalho-Reyes",
                False,
                "P2",
            ),
            ("You pushed me the whole way. LA 2028 is yours.", "Kaitlyn Osterberg", False, "P2"),
        ],
        "posts": [
            ("P1", "Ines Carvalho-Reyes", "NBC"),
            ("P2", "Ines Carvalho-Reyes", "Instagram"),
            ("P3", None, "press release"),
        ],
        "people": ["Ines Carvalho-Reyes", "Brennan Holloway", "Kaitlyn Osterberg"],
    },
    {
        "name": "boat-race-cox-radio-stroke-x-coach-reply",
        "text": (
            "Oxford’s women won the Boat Race on the Thames on Saturday by three "
            "lengths, their first victory in five years, after Cambridge’s boat took on "
            "water near Hammersmith Bridge.\n\n"
            "The Oxford cox, Siobhán Ní Bhriain, said on BBC Radio 5 Live that her crew "
            "had practised for rough water all winter. “We rowed in sleet in February "
            "and everyone thought we were mad. Today the river paid us back,” she said.\n\n"
            "The Cambridge stroke, Aditi Venkataraman, posted on X an hour after the "
            "race: “Gutted for this crew. Proud of every one of them.” Her coach, Rob "
            "Fairweather, wrote in a reply that the crew had “nothing to apologise for.”\n\n"
            "The race’s organisers, The Boat Race Company, said in a statement that the "
            "umpire had checked the water conditions before the start.\n\n"
            "Ní Bhriain’s teammates carried her to the river’s edge and threw her in, as "
            "tradition demands. “It was colder than the race,” she told reporters, "
            "dripping."
        ),
        "quotes": [
            (
                "We rowed in sleet in February and everyone thought we were mad. Today the "
                "river paid us back,",
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            (
                "Gutted for this crew. Proud of every one of them.",
                "Aditi Venkataraman",
                False,
                "P2",
            ),
            ("nothing to apologise for.", "Rob Fairweather", True, "P2"),
            ("It was colder than the race,", "Siobhán Ní Bhriain", False, None),
        ],
        "posts": [
            ("P1", "Siobhán Ní Bhriain", "BBC Radio 5 Live"),
            ("P2", "Aditi Venkataraman", "X"),
            ("P3", None, None),
        ],
        "people": ["Siobhán Ní Bhriain", "Aditi Venkataraman", "Rob Fairweather"],
    },
    {
        "name": "fourplex-zoning-mayor-facebook-association-email-oped",
        "text": (
            "The Fresno City Council voted 5-2 on Thursday to allow four-unit apartment "
            "buildings, the so-called “missing middle,” on lots now zoned for "
            "single-family homes, a change that planners say could add 12,000 homes over "
            "a decade.\n\n"
            "Mayor Lorenzo Quintanilla-Hart, who pushed for the change, celebrated on "
            "Facebook. “Our kids should be able to afford to live in the city that "
            "raised them,” he wrote.\n\n"
            "The Tower District Neighbors Association, which fought the measure, said in "
            "an email to its members that the vote would “hand the neighborhood to "
            "developers.” Its president, Eleanor Pruitt, had argued in an op-ed in The "
            "Fresno Bee last week that the council was moving too fast.\n\n"
            "“Nobody here is against housing,” she wrote. “We are against a rule written "
            "in three months for a city that took a century to build.”\n\n"
            "Councilmember Sandeep Dhillon, who voted no, said during the meeting that "
            "the city had not studied whether its sewer lines could handle the extra "
            "load."
        ),
        "quotes": [
            (
                "Our kids should be able to afford to live in the city that raised them,",
                "Lorenzo Quintanilla-Hart",
                False,
                "P1",
            ),
            ("hand the neighborhood to developers.", None, True, "P2"),
            ("Nobody here is against housing,", "Eleanor Pruitt", False, "P3"),
            (
                "We are against a rule written in three months for a city that took a century "
                "to build.",
                "Eleanor Pruitt",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lorenzo Quintanilla-Hart", "Facebook"),
            ("P2", None, None),
            ("P3", "Eleanor Pruitt", "The Fresno Bee"),
        ],
        "people": ["Lorenzo Quintanilla-Hart", "Eleanor Pruitt", "Sandeep Dhillon"],
    },
    {
        "name": "elevator-lawsuit-tenant-tiktok-landlord-statement-ruling",
        "text": (
            "More than 200 tenants of the Riverside Towers complex in Newark sued their "
            "landlord, Kessler Hale Property Group, on Monday, accusing it of leaving "
            "elevators broken for months in buildings as tall as 22 stories. The lawsuit "
            "says the company treated repairs as “optional when the tenants are poor.”\n\n"
            "One of the tenants, Fatoumata Diallo, 74, posted a TikTok video on Sunday "
            "showing herself climbing 14 flights with groceries. “This is my gym now,” "
            "she says in it, pausing on a landing.\n\n"
            "Kessler Hale said in a statement that new elevator parts had been “ordered "
            "from the only manufacturer that makes them” and would be installed by June.\n\n"
            "The tenants’ lawyer, Marcus Whitfield-Obi, said at a news conference "
            "outside the buildings that residents had heard that promise before. “June "
            "was also the date last year,” he said.\n\n"
            "In an earlier case, Judge Beatriz Santangelo fined the company $40,000 and "
            "wrote in her ruling that its repair records were “fiction.”"
        ),
        "quotes": [
            ("optional when the tenants are poor.", None, True, "P1"),
            ("This is my gym now,", "Fatoumata Diallo", False, "P2"),
            ("ordered from the only manufacturer that makes them", None, True, "P3"),
            ("June was also the date last year,", "Marcus Whitfield-Obi", False, None),
            ("fiction.", "Beatriz Santangelo", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Fatoumata Diallo", "TikTok"),
            ("P3", None, None),
            ("P4", "Beatriz Santangelo", None),
        ],
        "people": ["Fatoumata Diallo", "Marcus Whitfield-Obi", "Beatriz Santangelo"],
    },
    {
        "name": "bike-lane-meeting-reddit-thread-hardware-radio-release",
        "text": (
            "Plans to remove 300 parking spaces from Calloway Avenue for a protected "
            "bike lane drew a crowd of about 150 people to a public meeting in Ann Arbor "
            "on Tuesday night.\n\n"
            "The city’s transportation planner, Henrietta Boateng, told the crowd that "
            "the street had seen 41 crashes involving cyclists since 2019. “Paint is not "
            "protection,” she said.\n\n"
            "Before the meeting, an anonymous user started a thread on the Ann Arbor "
            "subreddit titled “Calloway is about to become a ghost town,” arguing that "
            "shops on the avenue depended on drivers. The thread drew more than 600 "
            "comments. “I bike to Calloway every week and spend more than the guy who "
            "parks for ten minutes,” one commenter wrote.\n\n"
            "The owner of Sutton’s Hardware, Gil Sutton, said in an interview with "
            "Michigan Radio that he was worried. “My customers buy forty-pound bags of "
            "salt. They are not carrying them on a bicycle,” he said.\n\n"
            "The Ann Arbor Downtown Development Authority said in a news release that it "
            "would fund a parking study this summer."
        ),
        "quotes": [
            ("Paint is not protection,", "Henrietta Boateng", False, None),
            (
                "I bike to Calloway every week and spend more than the guy who parks for ten "
                "minutes,",
                None,
                False,
                "P1",
            ),
            (
                "My customers buy forty-pound bags of salt. They are not carrying them on a "
                "bicycle,",
                "Gil Sutton",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Gil Sutton", "Michigan Radio"),
            ("P3", None, "press release"),
        ],
        "people": ["Henrietta Boateng", "Gil Sutton"],
    },
    {
        "name": "plush-bear-recall-cpsc-maker-statement-parent-facebook-cnbc",
        "text": (
            "About 410,000 Bramble Bear plush toys sold at Target and Walmart are being "
            "recalled because their eyes can detach and pose a choking hazard, the "
            "Consumer Product Safety Commission announced in a news release on Thursday.\n\n"
            "The toy’s maker, Penrose & Finch of Toledo, Ohio, said in a statement that "
            "it had received 23 reports of eyes coming loose and no reports of injuries. "
            "“The safety of children is the only thing that matters here,” the statement "
            "said.\n\n"
            "The recall followed a post in a Facebook group for parents by a Denver "
            "mother, Claire Oduya, whose 14-month-old son had put a loose eye in his "
            "mouth. “Check your bears tonight. Please,” she wrote. Within two days the "
            "post had been shared 30,000 times.\n\n"
            "Penrose & Finch’s chief executive, Howard Lim, told CNBC that the company "
            "had changed suppliers. “We trusted a factory we should have visited more "
            "often,” he said."
        ),
        "quotes": [
            ("The safety of children is the only thing that matters here,", None, False, "P2"),
            ("Check your bears tonight. Please,", "Claire Oduya", False, "P3"),
            ("We trusted a factory we should have visited more often,", "Howard Lim", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Claire Oduya", "Facebook"),
            ("P4", "Howard Lim", "CNBC"),
        ],
        "people": ["Claire Oduya", "Howard Lim"],
    },
    {
        "name": "board-game-kickstarter-delay-backer-comment-youtube",
        "text": (
            "The makers of Hollow Crown, a board game that raised $3.2 million from "
            "41,000 backers on Kickstarter in 2022, said in an update on the "
            "crowdfunding site on Monday that the game would not ship until next year.\n\n"
            "“We underestimated what it would take to produce 300 miniatures per box. We "
            "are sorry, and we are not giving up,” the update said. It was signed by the "
            "studio’s co-founders, Mikkel Sørensen and Adaeze Okonkwo.\n\n"
            "Many backers were not convinced. “Two years of ‘almost there’ posts,” one "
            "wrote in a comment under the update.\n\n"
            "A popular board game reviewer on YouTube, Jordan “the Meeple Man” "
            "Abernathy, said in a video on Tuesday that he had asked the studio for a "
            "refund. “I love this game. I have played the prototype. I also want my "
            "ninety dollars back,” he said.\n\n"
            "Okonkwo told the trade site ICv2 that refunds would be offered to anyone "
            "who asks before March."
        ),
        "quotes": [
            (
                "We underestimated what it would take to produce 300 miniatures per box. We "
                "are sorry, and we are not giving up,",
                None,
                False,
                "P1",
            ),
            ("Two years of ‘almost there’ posts,", None, False, "P1"),
            (
                "I love this game. I have played the prototype. I also want my ninety dollars "
                "back,",
                "Jordan Abernathy",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Kickstarter"),
            ("P2", "Jordan Abernathy", "YouTube"),
            ("P3", "Adaeze Okonkwo", "ICv2"),
        ],
        "people": ["Mikkel Sørensen", "Adaeze Okonkwo", "Jordan Abernathy"],
    },
    {
        "name": "translation-prize-speech-instagram-translated-on-x-guardian",
        "text": (
            "The Korean novelist Han Seo-yeon and her English translator, Margarethe "
            "Olusola, won the International Booker Prize on Tuesday for “Tidewater "
            "Daughters,” a novel about a family of salt farmers on the island of Sinan.\n\n"
            "Accepting the award in London, Olusola said translation was “a long "
            "argument conducted in good faith.” She split the prize money equally with "
            "Han, as the rules require.\n\n"
            "Han, who does not speak English in public, thanked her translator in an "
            "Instagram post written in Korean, which Olusola later translated for her "
            "followers on X: “She found a voice for my grandmother that my grandmother "
            "would have recognised.”\n\n"
            "In an interview with The Guardian published the same evening, Olusola said "
            "she had spent a month on the salt fields. “You cannot translate the word "
            "for the crust that forms at dawn unless you have broken it with your own "
            "feet,” she said.\n\n"
            "The novel’s British publisher, Harrowgate & Lyle, said in a press release "
            "that it had ordered a reprint of 50,000 copies."
        ),
        "quotes": [
            ("a long argument conducted in good faith.", "Margarethe Olusola", True, None),
            (
                "She found a voice for my grandmother that my grandmother would have recognised.",
                "Han Seo-yeon",
                False,
                "P2",
            ),
            (
                "You cannot translate the word for the crust that forms at dawn unless you "
                "have broken it with your own feet,",
                "Margarethe Olusola",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Han Seo-yeon", "Instagram"),
            ("P2", "Margarethe Olusola", "X"),
            ("P3", "Margarethe Olusola", "The Guardian"),
            ("P4", None, "press release"),
        ],
        "people": ["Han Seo-yeon", "Margarethe Olusola"],
    },
    {
        "name": "court-interpreters-audit-radio-memo-linkedin-news-conference",
        "text": (
            "Courts in Minnesota postponed 1,400 hearings last year because no "
            "interpreter was available, most often for speakers of Somali, Karen and "
            "Hmong, according to an audit released on Wednesday by the state’s Office of "
            "the Legislative Auditor.\n\n"
            "“A defendant who cannot follow the proceedings has not had a day in court,” "
            "the audit said.\n\n"
            "Abdirahman Warsame, a Somali interpreter in Minneapolis for 17 years, said "
            "on Minnesota Public Radio that the state paid interpreters less than it did "
            "a decade ago. “I drive two hours to Rochester for a 15-minute hearing, and "
            "I am paid for the 15 minutes,” he said.\n\n"
            "The state court administrator, Janelle Forsberg, said in a memo to judges "
            "that interpreter pay would rise by 20 percent in July. In a post on "
            "LinkedIn, the Hmong interpreter Pa Nhia Vang called the raise “a start, not "
            "a fix.”\n\n"
            "At a Capitol news conference, State Senator Erik Lindahl said he would "
            "introduce a bill to fund remote interpreting. “A tablet is better than a "
            "postponement,” he said."
        ),
        "quotes": [
            (
                "A defendant who cannot follow the proceedings has not had a day in court,",
                None,
                False,
                "P1",
            ),
            (
                "I drive two hours to Rochester for a 15-minute hearing, and I am paid for the "
                "15 minutes,",
                "Abdirahman Warsame",
                False,
                "P2",
            ),
            ("a start, not a fix.", "Pa Nhia Vang", True, "P4"),
            ("A tablet is better than a postponement,", "Erik Lindahl", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Abdirahman Warsame", "Minnesota Public Radio"),
            ("P3", "Janelle Forsberg", None),
            ("P4", "Pa Nhia Vang", "LinkedIn"),
        ],
        "people": ["Abdirahman Warsame", "Janelle Forsberg", "Pa Nhia Vang", "Erik Lindahl"],
    },
    {
        "name": "pulped-translation-statement-substack-x-portuguese-review",
        "text": (
            "The publisher Grayson & Wilde said on Friday that it would pulp the first "
            "printing of its new English translation of the Brazilian novelist Letícia "
            "Mourão’s “A Casa das Águas” after readers found more than 200 errors, "
            "including a grandmother who dies on page 40 and is cooking dinner on page "
            "52. In a statement, the publisher said the printer had been sent “an "
            "uncorrected draft rather than the final file.”\n\n"
            "The translator, Owen Threlkeld, wrote in a newsletter on Substack that he "
            "had not been shown proofs. “I am embarrassed that my name is on that book,” "
            "he wrote. “I am more embarrassed that the reader paid for it.”\n\n"
            "Mourão, writing in Portuguese on X, was brief. Her post, which translates "
            "as “My grandmother thanks you for bringing her back to life twice,” drew "
            "12,000 likes.\n\n"
            "The critic who first flagged the mistakes, Naledi Khumalo, said in a review "
            "for the Los Angeles Review of Books that the translation read “like a first "
            "draft because it is one.”"
        ),
        "quotes": [
            ("an uncorrected draft rather than the final file.", None, True, "P1"),
            ("I am embarrassed that my name is on that book,", "Owen Threlkeld", False, "P2"),
            ("I am more embarrassed that the reader paid for it.", "Owen Threlkeld", False, "P2"),
            (
                "My grandmother thanks you for bringing her back to life twice,",
                "Letícia Mourão",
                False,
                "P3",
            ),
            ("like a first draft because it is one.", "Naledi Khumalo", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Owen Threlkeld", "Substack"),
            ("P3", "Letícia Mourão", "X"),
            ("P4", "Naledi Khumalo", "Los Angeles Review of Books"),
        ],
        "people": ["Letícia Mourão", "Owen Threlkeld", "Naledi Khumalo"],
    },
    {
        "name": "food-pantry-coordinator-facebook-split-quote-volunteer-reply",
        "text": (
            "For 30 years, volunteers at the St. Brendan’s Community Pantry in Worcester "
            "have packed groceries every Saturday morning. This month, for the first "
            "time, they turned people away.\n\n"
            "“We ran out of eggs at 9:15 and out of everything else by 10,” the pantry’s "
            "coordinator, Agnieszka Wiśniewska, wrote on Facebook last Saturday. “I have "
            "never had to close the door on a line before.”\n\n"
            "Her post drew hundreds of offers of help in the comments. One, from a "
            "retired nurse named Ruthanne Coley, read simply: “I have a car and "
            "Saturdays. Where do I go?”\n\n"
            "The Worcester County Food Bank, which supplies the pantry, said in a "
            "statement that federal deliveries had fallen by a third since the spring.\n\n"
            "The pantry’s oldest volunteer, 91-year-old Hector Villanueva, has worked "
            "every Saturday since it opened. Asked whether he planned to slow down, he "
            "shrugged. “Who else is going to lift the rice?” he said."
        ),
        "quotes": [
            (
                "We ran out of eggs at 9:15 and out of everything else by 10,",
                "Agnieszka Wiśniewska",
                False,
                "P1",
            ),
            (
                "I have never had to close the door on a line before.",
                "Agnieszka Wiśniewska",
                False,
                "P1",
            ),
            ("I have a car and Saturdays. Where do I go?", "Ruthanne Coley", False, "P1"),
            ("Who else is going to lift the rice?", "Hector Villanueva", False, None),
        ],
        "posts": [
            ("P1", "Agnieszka Wiśniewska", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Agnieszka Wiśniewska", "Ruthanne Coley", "Hector Villanueva"],
    },
    {
        "name": "mountain-rescue-volunteers-release-facebook-ksl-hiker-comment",
        "text": (
            "A volunteer search-and-rescue team in Utah’s Wasatch Mountains carried an "
            "injured hiker 3 miles down a snow-covered trail on Sunday night in an "
            "operation that took nine hours.\n\n"
            "The Salt Lake County Sheriff’s Office said in a news release that the "
            "hiker, a 34-year-old man from Denver, had broken his ankle near Lake "
            "Blanche. The release did not name him.\n\n"
            "The team, Wasatch Backcountry Rescue, posted photos of the carry on "
            "Facebook. “Twenty-two volunteers, one litter, zero complaints. Okay, some "
            "complaints,” the post said.\n\n"
            "One of the volunteers, an emergency room doctor named Keoni Kahananui, told "
            "KSL that the team had trained for exactly this in January. “You learn how "
            "to rotate carriers before your arms give out, and then one night you "
            "actually need it,” he said.\n\n"
            "The hiker later thanked them in a comment under the team’s post. “I owe "
            "every one of you a very large pizza,” he wrote. The team replied that it "
            "accepted “pepperoni only.”"
        ),
        "quotes": [
            (
                "Twenty-two volunteers, one litter, zero complaints. Okay, some complaints,",
                None,
                False,
                "P2",
            ),
            (
                "You learn how to rotate carriers before your arms give out, and then one "
                "night you actually need it,",
                "Keoni Kahananui",
                False,
                "P3",
            ),
            ("I owe every one of you a very large pizza,", None, False, "P2"),
            ("pepperoni only.", None, True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Keoni Kahananui", "KSL"),
        ],
        "people": ["Keoni Kahananui"],
    },
    {
        "name": "volunteer-interpreters-two-paragraph-essay-irc-teenager",
        "text": (
            "When 40 Afghan families arrived in Boise last fall, the volunteers who met "
            "them at the airport spoke Dari, Pashto and, in one case, only the sign "
            "language taught at a school in Kabul.\n\n"
            "The group, Boise Language Bridge, now has 130 volunteer interpreters. Its "
            "founder, Zarmina Qaderi, described how it started in an essay for The Idaho "
            "Statesman last week:\n\n"
            "“I got a phone call from a caseworker who had a family in her office and "
            "nobody who could understand them. I drove over in my pajamas.\n\n"
            "“By the end of that year I had a spreadsheet of 60 names. Some of them were "
            "teenagers who translate for their parents every day anyway.”\n\n"
            "The International Rescue Committee, which resettles refugees in the city, "
            "said in a statement that the volunteers had “filled a gap no budget could.”\n\n"
            "One of those teenagers, 16-year-old Farid Noori, said at a school assembly "
            "that interpreting had taught him patience. “My mother calls me ‘the "
            "minister of paperwork,’” he said."
        ),
        "quotes": [
            (
                "I got a phone call from a caseworker who had a family in her office and "
                "nobody who could understand them. I drove over in my pajamas.",
                "Zarmina Qaderi",
                False,
                "P1",
            ),
            (
                "By the end of that year I had a spreadsheet of 60 names. Some of them were "
                "teenagers who translate for their parents every day anyway.",
                "Zarmina Qaderi",
                False,
                "P1",
            ),
            ("filled a gap no budget could.", None, True, "P2"),
            ("My mother calls me ‘the minister of paperwork,’", "Farid Noori", False, None),
        ],
        "posts": [
            ("P1", "Zarmina Qaderi", "The Idaho Statesman"),
            ("P2", None, None),
        ],
        "people": ["Zarmina Qaderi", "Farid Noori"],
    },
]
