"""The one-hundred-and-twentieth self-made dev set, held out (DV): its first run is an unseen estimate.

Written with set DW, without reading the extraction rules, and committed before
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
- The decisions recorded in set BU's docstring are kept (post ids in order of
  first report; a post with no quoted words is still listed; a family's
  statement, an email to customers and an organisation's social post have
  author None; titles such as Dr., Judge, Mayor, Councilwoman, City Councilor
  and State Senator are not part of a canonical name; name order as written
  for Vietnamese names such as Phan Minh Chau; hyphenated surnames are part of
  the name).
- people lists every person named in the narration, in order of first
  mention, including a post's author who is never quoted (Sofia Lindahl); a
  person named only inside a quote (Muriel Spark) is not listed. Places,
  companies, buildings and fruit varieties named like people (Lady Grey,
  Mount Adeline, Abigail Rose Investments, Harriet & Finch, Maxwell Hart
  Capital, Fenwick Ashby, Hollis Grant Snowboards, Pipwell & Daughters, the
  Ida B. Wells branch, St. Aloysius Hospital, Granny Smith) are not people,
  and a company named Orville speaks as None.
- A nickname in marks inside a name (Leroy “Catfish” Dupree, Wilhelmina
  “Billie” Osterhout) is not a quote and not part of the canonical name
  (Leroy Dupree, Wilhelmina Osterhout).
- A film title in double marks (“Salt in the Wound”) and a book title in
  single marks in narration (‘The Boy Who Kept Bees’) are not quotes; nor is
  a Reddit thread's title in marks, though the thread is a post; nor is a
  scare quote in narration (“AI-powered”).
- The platform is the outlet or show without a lowercase leading "the" (the
  Sacramento Bee gives Sacramento Bee) but with a capitalised one that belongs
  to the name (The Walrus, The Big Picture, The Current); a network's or
  station's possessive is dropped (NPR’s Morning Edition gives Morning
  Edition, WFHV’s Fairhaven Mornings gives Fairhaven Mornings, CBC’s The
  Current gives The Current).
- A YouTube interview with a named channel takes the channel's name (Slope
  Talk); a video a person posts herself "on YouTube" is her YouTube post; a
  Facebook Live video is a Facebook post; a podcast interview takes the
  podcast's name (The Big Picture, Docket Talk).
- A letter to the editor of a named newspaper has that newspaper as platform.
  A letter to a court and a resignation email to a board are the writer's
  posts with no platform; "The email continued:" ties the next paragraph's
  quote to the email (not partial).
- A lawsuit filed by a named individual (Solange Thibodeau, Bongani Dlamini)
  is that person's post with no platform, and its quoted words speak as that
  person; a company's or group's lawsuit stays author None.
- A quote interrupted by its attribution (“…angry,” he wrote, “but…”) gives
  two quotes with the same speaker and post, neither partial; two quoted
  sentences around "he said" likewise.
- Words quoted as the object of "that" (told CBC’s The Current that “no
  one…”) are partial even when they form a whole clause; words given whole
  after a colon or "with a single word:" are not partial.
- A post whose platform is not named ("posted a photo from hospital") has
  platform None.
- A resident's words "in a Nextdoor thread" belong to that thread, whose
  author is None; an anonymous nurse's TikTok video has author None and her
  words speak as None.
- A survey released by an association is a post with author None and no
  platform; a study in a named journal is a post with author None and the
  journal as platform.
- A press release that quotes an outside investor (a venture partner) has
  author None, and the quote's speaker is the investor.
- Testimony ("said from the witness stand", "testified", "told the jury"),
  "told supporters at a victory party", "said in the legislature", "said at a
  town board meeting", "said at the front desk" and a question-and-answer
  session after a screening are not posts.
- A Slack message shown to jurors is its author's post with platform Slack;
  an old post from a person's X account shown in court is that person's X
  post.
- A company's reply under a person's X post belongs to that post and speaks
  as None.
- Words "she wrote beneath the video" on Instagram are that Instagram post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DV: list[dict] = [
    {
        "name": "hospital-orthopaedic-backlog-statement-facebook-radio",
        "text": (
            "The number of patients waiting more than a year for hip and knee operations at "
            "Riverside General Hospital has nearly doubled since January.\n\n"
            "In a statement on Wednesday, the hospital’s trust said it was “working flat out” "
            "to clear the backlog and had opened two weekend theatres. “No patient should wait "
            "this long, and we apologise to every one of them,” the statement said.\n\n"
            "One of those patients, Aoife Brennan, a 71-year-old retired teacher from "
            "Carrickmore, posted on Facebook that her operation had been postponed again. "
            "“Third cancellation since March. I can barely climb the stairs,” she wrote.\n\n"
            "Dr. Rajesh Venkataraman, the hospital’s clinical director for orthopaedics, told "
            "BBC Radio Ulster that staffing, not money, was the problem. “We have the "
            "theatres. We do not have the anaesthetists,” he said.\n\n"
            "At a news conference in Belfast, the health minister, Colm Devlin, promised an "
            "independent review. “I will not defend these numbers,” the minister told reporters."
        ),
        "quotes": [
            ("working flat out", None, True, "P1"),
            (
                "No patient should wait this long, and we apologise to every one of them,",
                None,
                False,
                "P1",
            ),
            (
                "Third cancellation since March. I can barely climb the stairs,",
                "Aoife Brennan",
                False,
                "P2",
            ),
            (
                "We have the theatres. We do not have the anaesthetists,",
                "Rajesh Venkataraman",
                False,
                "P3",
            ),
            ("I will not defend these numbers,", "Colm Devlin", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aoife Brennan", "Facebook"),
            ("P3", "Rajesh Venkataraman", "BBC Radio Ulster"),
        ],
        "people": ["Aoife Brennan", "Rajesh Venkataraman", "Colm Devlin"],
    },
    {
        "name": "cataract-wait-oped-letter-to-editor-hearing",
        "text": (
            "Ana Lucía Paredes spent 14 months on a waiting list for a cataract operation "
            "before she paid for it herself. In an op-ed in the Sacramento Bee on Sunday, the "
            "retired nurse described the wait as “a slow theft of my independence.”\n\n"
            "“I could not drive, I could not read my grandchildren’s birthday cards, and every "
            "letter from the clinic said the same thing: be patient,” she wrote.\n\n"
            "The clinic’s medical director, Dr. Mehmet Yıldız, answered in a letter to the "
            "editor of the Sacramento Bee two days later. “Ms. Paredes is right to be angry,” "
            "he wrote, “but the shortage of eye surgeons is a statewide problem, not ours "
            "alone.”\n\n"
            "At a legislative hearing on Tuesday, State Senator Grace Whitfield-Obi read parts "
            "of the op-ed aloud. “Every member of this committee should be ashamed,” she "
            "said.\n\n"
            "The California Medical Association said in a press release that it would publish "
            "its own waiting-time figures next month."
        ),
        "quotes": [
            ("a slow theft of my independence.", "Ana Lucía Paredes", True, "P1"),
            (
                "I could not drive, I could not read my grandchildren’s birthday cards, and "
                "every letter from the clinic said the same thing: be patient,",
                "Ana Lucía Paredes",
                False,
                "P1",
            ),
            ("Ms. Paredes is right to be angry,", "Mehmet Yıldız", False, "P2"),
            (
                "but the shortage of eye surgeons is a statewide problem, not ours alone.",
                "Mehmet Yıldız",
                False,
                "P2",
            ),
            (
                "Every member of this committee should be ashamed,",
                "Grace Whitfield-Obi",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ana Lucía Paredes", "Sacramento Bee"),
            ("P2", "Mehmet Yıldız", "Sacramento Bee"),
            ("P3", None, "press release"),
        ],
        "people": ["Ana Lucía Paredes", "Mehmet Yıldız", "Grace Whitfield-Obi"],
    },
    {
        "name": "oyster-documentary-podcast-instagram-caption-qa",
        "text": (
            "The documentary “Salt in the Wound,” about the collapse of a Gulf Coast oyster "
            "fishery, won the audience award at the Hot Springs Documentary Film Festival on "
            "Saturday.\n\n"
            "Its director, Kenji Haraguchi, spent six years filming the oystermen of "
            "Apalachicola, among them Leroy “Catfish” Dupree, who appears in nearly every "
            "scene. “I did not want to make a film about victims,” Haraguchi told the podcast "
            "The Big Picture in an episode released before the festival. “These men are "
            "stubborn, funny and furious, and the film had to be all three.”\n\n"
            "Dupree was less diplomatic. After the ceremony he posted a photo of the award on "
            "Instagram with the caption “Not bad for a man who can’t spell documentary.”\n\n"
            "At a question-and-answer session after the screening, Haraguchi told the audience "
            "that he had spent his own savings on the edit. “I sold my car,” he said.\n\n"
            "The festival said in a statement that the film would tour 30 cities this spring."
        ),
        "quotes": [
            ("I did not want to make a film about victims,", "Kenji Haraguchi", False, "P1"),
            (
                "These men are stubborn, funny and furious, and the film had to be all three.",
                "Kenji Haraguchi",
                False,
                "P1",
            ),
            ("Not bad for a man who can’t spell documentary.", "Leroy Dupree", False, "P2"),
            ("I sold my car,", "Kenji Haraguchi", False, None),
        ],
        "posts": [
            ("P1", "Kenji Haraguchi", "The Big Picture"),
            ("P2", "Leroy Dupree", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Kenji Haraguchi", "Leroy Dupree"],
    },
    {
        "name": "pastry-chef-documentary-lawsuit-essay-two-paragraphs",
        "text": (
            "A documentary about a celebrated Montreal pastry chef has been pulled from the "
            "streaming service Lumen Play after the chef sued its makers, saying she had been "
            "misled about what the film was for.\n\n"
            "The lawsuit, filed by Solange Thibodeau in Quebec Superior Court on Monday, calls "
            "the film “a betrayal dressed up as a tribute” and says she agreed only to a "
            "portrait of her craft.\n\n"
            "Lumen Play said in a press release that it had removed the film “out of respect "
            "for the legal process.”\n\n"
            "The film’s director, Farid Haddadi, defended it in an essay for The Walrus on "
            "Thursday:\n\n"
            "“I told Solange from the first day that we would follow the story wherever it "
            "went. She signed a release that says so.\n\n"
            "“I understand why she is angry. I do not understand why she believes a documentary "
            "owes its subject a flattering ending.”\n\n"
            "Thibodeau’s lawyer, Pierre-Luc Gagnon, told reporters outside the courthouse that "
            "the essay “changes nothing.”"
        ),
        "quotes": [
            ("a betrayal dressed up as a tribute", "Solange Thibodeau", True, "P1"),
            ("out of respect for the legal process.", None, True, "P2"),
            (
                "I told Solange from the first day that we would follow the story wherever it "
                "went. She signed a release that says so.",
                "Farid Haddadi",
                False,
                "P3",
            ),
            (
                "I understand why she is angry. I do not understand why she believes a "
                "documentary owes its subject a flattering ending.",
                "Farid Haddadi",
                False,
                "P3",
            ),
            ("changes nothing.", "Pierre-Luc Gagnon", True, None),
        ],
        "posts": [
            ("P1", "Solange Thibodeau", None),
            ("P2", None, "press release"),
            ("P3", "Farid Haddadi", "The Walrus"),
        ],
        "people": ["Solange Thibodeau", "Farid Haddadi", "Pierre-Luc Gagnon"],
    },
    {
        "name": "billing-startup-fraud-verdict-release-linkedin-comment",
        "text": (
            "The founder of a Phoenix medical-billing startup was convicted on Friday of "
            "defrauding investors of $41 million, after a three-week trial in which her former "
            "finance chief testified against her.\n\n"
            "Priyanka Raghunathan, 38, had told investors that her company, Halden Health, "
            "used “AI-powered” software to process claims for more than 600 clinics. "
            "Prosecutors said the real number was fewer than 40.\n\n"
            "“She knew. We all knew,” the former finance chief, Bartholomew Akers, said from "
            "the witness stand last week.\n\n"
            "Raghunathan’s lawyer, Jonah Feldstein, said outside court that she would appeal. "
            "“The jury heard one side of a very complicated story,” he said.\n\n"
            "The U.S. Attorney’s Office for the District of Arizona said in a news release that "
            "the verdict “should be a warning to every founder who treats a pitch deck as a "
            "work of fiction.”\n\n"
            "Hours before the verdict, Raghunathan had posted on LinkedIn that she was “at "
            "peace with whatever comes.” One former employee commented under the post: “Peace "
            "is what the investors lost.”"
        ),
        "quotes": [
            ("She knew. We all knew,", "Bartholomew Akers", False, None),
            (
                "The jury heard one side of a very complicated story,",
                "Jonah Feldstein",
                False,
                None,
            ),
            (
                "should be a warning to every founder who treats a pitch deck as a work of "
                "fiction.",
                None,
                True,
                "P1",
            ),
            ("at peace with whatever comes.", "Priyanka Raghunathan", True, "P2"),
            ("Peace is what the investors lost.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priyanka Raghunathan", "LinkedIn"),
        ],
        "people": ["Priyanka Raghunathan", "Bartholomew Akers", "Jonah Feldstein"],
    },
    {
        "name": "ponzi-sentencing-letter-opinion-tiktok",
        "text": (
            "A Swedish-born fund manager who ran a Ponzi scheme through a small St. Paul firm "
            "was sentenced on Thursday to 12 years in prison.\n\n"
            "Lars-Erik Holmqvist, 57, pleaded guilty in May to taking $23 million from about "
            "300 clients of Abigail Rose Investments, most of them retired teachers in "
            "Minnesota.\n\n"
            "In a letter to the court before sentencing, Holmqvist asked for mercy. “I lied to "
            "people who trusted me, and I will spend the rest of my life knowing it,” he "
            "wrote.\n\n"
            "Judge Adaeze Nwachukwu was unmoved. In her written sentencing opinion she called "
            "the letter “eloquent and far too late,” adding: “Remorse that arrives after the "
            "handcuffs is not the kind this court can reward.”\n\n"
            "One of his former clients, Dolores Vang, posted a TikTok video from the "
            "courthouse steps. “Twelve years. I lost twenty years of savings,” she said in the "
            "video.\n\n"
            "Holmqvist’s lawyer told reporters that his client had not yet decided whether to "
            "appeal."
        ),
        "quotes": [
            (
                "I lied to people who trusted me, and I will spend the rest of my life knowing it,",
                "Lars-Erik Holmqvist",
                False,
                "P1",
            ),
            ("eloquent and far too late,", "Adaeze Nwachukwu", True, "P2"),
            (
                "Remorse that arrives after the handcuffs is not the kind this court can reward.",
                "Adaeze Nwachukwu",
                False,
                "P2",
            ),
            ("Twelve years. I lost twenty years of savings,", "Dolores Vang", False, "P3"),
        ],
        "posts": [
            ("P1", "Lars-Erik Holmqvist", None),
            ("P2", "Adaeze Nwachukwu", None),
            ("P3", "Dolores Vang", "TikTok"),
        ],
        "people": ["Lars-Erik Holmqvist", "Adaeze Nwachukwu", "Dolores Vang"],
    },
    {
        "name": "downhill-comeback-instagram-eurosport-federation",
        "text": (
            "Neža Kranjc won the World Cup downhill at Lake Louise on Saturday, her first "
            "victory since tearing a knee ligament 14 months ago.\n\n"
            "“Fourteen months of rehab for one minute and 49 seconds. Worth every day,” the "
            "24-year-old Slovenian wrote on Instagram an hour after the race.\n\n"
            "Her coach, Bruno Ferrante, said at the post-race news conference that he had "
            "doubted she would race again this season. “In October she could not do a full "
            "squat,” he said. “Today she was fearless.”\n\n"
            "Kranjc was more guarded in an interview with Eurosport. “I still feel the knee on "
            "the hard turns,” she said. “But I have stopped being afraid of it.”\n\n"
            "The Slovenian ski federation said in a statement that it would ask the "
            "International Ski and Snowboard Federation to review the course’s final jump, "
            "which sent two racers into the safety nets. Sofia Lindahl, one of them, posted a "
            "photo from hospital with a thumbs-up and no caption."
        ),
        "quotes": [
            (
                "Fourteen months of rehab for one minute and 49 seconds. Worth every day,",
                "Neža Kranjc",
                False,
                "P1",
            ),
            ("In October she could not do a full squat,", "Bruno Ferrante", False, None),
            ("Today she was fearless.", "Bruno Ferrante", False, None),
            ("I still feel the knee on the hard turns,", "Neža Kranjc", False, "P2"),
            ("But I have stopped being afraid of it.", "Neža Kranjc", False, "P2"),
        ],
        "posts": [
            ("P1", "Neža Kranjc", "Instagram"),
            ("P2", "Neža Kranjc", "Eurosport"),
            ("P3", None, None),
            ("P4", "Sofia Lindahl", None),
        ],
        "people": ["Neža Kranjc", "Bruno Ferrante", "Sofia Lindahl"],
    },
    {
        "name": "snowboard-triple-cork-x-sponsor-reply-youtube-channel",
        "text": (
            "The 16-year-old snowboarder Kaito Moriyama landed the first triple cork 1800 by a "
            "Japanese rider in competition at the Dew Tour at Copper Mountain on Sunday, and "
            "then went straight online to thank the people who had told him not to try it.\n\n"
            "“Everyone said wait a year. Sorry, everyone,” he posted on X, with a video of the "
            "jump. His sponsor, Hollis Grant Snowboards, replied under the post with a single "
            "word: “Unreal.”\n\n"
            "His mother, Yumi Moriyama, who drove him to competitions for six years, said in a "
            "YouTube interview with the channel Slope Talk that she no longer watches his runs "
            "live. “I listen to the crowd,” she said. “If they scream, he landed. If they go "
            "quiet, I start running.”\n\n"
            "The judges were less impressed by his final run. The teenager told reporters that "
            "the scores were “a bit of a mystery” but that he would not complain. “I am 16. I "
            "have time,” he said."
        ),
        "quotes": [
            ("Everyone said wait a year. Sorry, everyone,", "Kaito Moriyama", False, "P1"),
            ("Unreal.", None, False, "P1"),
            ("I listen to the crowd,", "Yumi Moriyama", False, "P2"),
            (
                "If they scream, he landed. If they go quiet, I start running.",
                "Yumi Moriyama",
                False,
                "P2",
            ),
            ("a bit of a mystery", "Kaito Moriyama", True, None),
            ("I am 16. I have time,", "Kaito Moriyama", False, None),
        ],
        "posts": [
            ("P1", "Kaito Moriyama", "X"),
            ("P2", "Yumi Moriyama", "Slope Talk"),
        ],
        "people": ["Kaito Moriyama", "Yumi Moriyama"],
    },
    {
        "name": "mayoral-union-facebook-debate-radio-release-x",
        "text": (
            "The race for mayor of Fairhaven tightened this week after the city’s largest "
            "union endorsed Councilwoman Teresa Okafor-Lund over the two-term incumbent, Mayor "
            "Douglas Pruitt.\n\n"
            "“Teresa shows up. That is the whole endorsement,” the Fairhaven Municipal Workers "
            "Union wrote on Facebook on Monday.\n\n"
            "Pruitt brushed off the news at a debate on Tuesday night. “Endorsements do not "
            "fill potholes,” he said, drawing laughter from his supporters in the hall.\n\n"
            "Okafor-Lund, 44, a former public-school principal, answered the next morning in "
            "an interview on WFHV’s Fairhaven Mornings. “He keeps talking about ‘steady hands.’ "
            "He has had eight years to fill them,” she said.\n\n"
            "Pruitt’s campaign later issued a press release calling her housing plan “a "
            "fantasy with a price tag.” Her campaign manager, Luis Ortega-Báez, posted on X "
            "that the release had “more adjectives than ideas.”\n\n"
            "The election is on Nov. 4, and early voting begins next week."
        ),
        "quotes": [
            ("Teresa shows up. That is the whole endorsement,", None, False, "P1"),
            ("Endorsements do not fill potholes,", "Douglas Pruitt", False, None),
            (
                "He keeps talking about ‘steady hands.’ He has had eight years to fill them,",
                "Teresa Okafor-Lund",
                False,
                "P2",
            ),
            ("a fantasy with a price tag.", None, True, "P3"),
            ("more adjectives than ideas.", "Luis Ortega-Báez", True, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Teresa Okafor-Lund", "Fairhaven Mornings"),
            ("P3", None, "press release"),
            ("P4", "Luis Ortega-Báez", "X"),
        ],
        "people": ["Teresa Okafor-Lund", "Douglas Pruitt", "Luis Ortega-Báez"],
    },
    {
        "name": "mayoral-result-facebook-live-statement-reddit-ledger",
        "text": (
            "Hamza Siddiqui was elected mayor of Brookhaven on Tuesday, beating the city "
            "council president, Marjorie Quist, by fewer than 900 votes.\n\n"
            "“Brookhaven voted for buses that come on time. Now I have to deliver them,” "
            "Siddiqui told supporters at a victory party downtown.\n\n"
            "Quist conceded in a Facebook Live video shortly after midnight. “I called Hamza "
            "and congratulated him,” she said. “I also told him I would be watching.”\n\n"
            "The outgoing mayor, Phan Minh Chau, who did not endorse either candidate, said in "
            "a statement that she looked forward to “a smooth and boring transition.”\n\n"
            "On the city’s Reddit forum, one user started a thread titled “Did the rain decide "
            "this?”, pointing to low turnout in the flooded north end. Siddiqui, 36, rejected "
            "that idea in an interview with the Brookhaven Ledger. “People waded through water "
            "to vote. Give them some credit,” he said."
        ),
        "quotes": [
            (
                "Brookhaven voted for buses that come on time. Now I have to deliver them,",
                "Hamza Siddiqui",
                False,
                None,
            ),
            ("I called Hamza and congratulated him,", "Marjorie Quist", False, "P1"),
            ("I also told him I would be watching.", "Marjorie Quist", False, "P1"),
            ("a smooth and boring transition.", "Phan Minh Chau", True, "P2"),
            (
                "People waded through water to vote. Give them some credit,",
                "Hamza Siddiqui",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Marjorie Quist", "Facebook"),
            ("P2", "Phan Minh Chau", None),
            ("P3", None, "Reddit"),
            ("P4", "Hamza Siddiqui", "Brookhaven Ledger"),
        ],
        "people": ["Hamza Siddiqui", "Marjorie Quist", "Phan Minh Chau"],
    },
    {
        "name": "edinburgh-bookshop-closing-instagram-comment-substack",
        "text": (
            "After 41 years, the Edinburgh bookshop Harriet & Finch will close at the end of "
            "January, its owner announced on Instagram on Sunday.\n\n"
            "“The rent has tripled. The readers have not,” wrote Callum Rennie, who bought the "
            "shop from its founders in 2004. “Thank you for every paperback, every signing, "
            "every argument about Muriel Spark.”\n\n"
            "The building’s owner, Greyfriars Property Trust, said in a statement that the new "
            "rent “reflects the market” and that it had offered the shop a smaller unit "
            "nearby.\n\n"
            "The novelist Leila Haddad-Murray, who gave her first reading there, wrote in her "
            "Substack newsletter that the shop had “made me a writer before anyone else "
            "believed it.” Dozens of readers left comments under Rennie’s post; one, signed "
            "only as a former Saturday assistant, read: “Best job I ever had.”\n\n"
            "On Monday morning a queue stretched down Candlemaker Row. “I came to buy one last "
            "book and ended up buying nine,” said Morag Fyfe, a retired librarian."
        ),
        "quotes": [
            ("The rent has tripled. The readers have not,", "Callum Rennie", False, "P1"),
            (
                "Thank you for every paperback, every signing, every argument about Muriel Spark.",
                "Callum Rennie",
                False,
                "P1",
            ),
            ("reflects the market", None, True, "P2"),
            (
                "made me a writer before anyone else believed it.",
                "Leila Haddad-Murray",
                True,
                "P3",
            ),
            ("Best job I ever had.", None, False, "P1"),
            (
                "I came to buy one last book and ended up buying nine,",
                "Morag Fyfe",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Callum Rennie", "Instagram"),
            ("P2", None, None),
            ("P3", "Leila Haddad-Murray", "Substack"),
        ],
        "people": ["Callum Rennie", "Leila Haddad-Murray", "Morag Fyfe"],
    },
    {
        "name": "library-restricted-shelf-resignation-email-bluesky",
        "text": (
            "The head librarian of the Ida B. Wells branch in Marlow County resigned on "
            "Wednesday, a week after the library board voted to move 40 picture books to a "
            "restricted shelf.\n\n"
            "In a resignation email to the board, Esperanza Villalobos wrote that she could not "
            "“label curiosity as a hazard.” The email continued:\n\n"
            "“I have spent 22 years putting books into children’s hands. I am not going to "
            "spend my last years taking them away.”\n\n"
            "The board’s chairman, Gary Henning, defended the vote at Thursday’s county "
            "commission meeting. “Parents asked us for a say, and we gave them one,” he "
            "said.\n\n"
            "Tomasz Wróblewski, whose picture book ‘The Boy Who Kept Bees’ was among those "
            "moved, wrote on Bluesky that he was “honoured to be restricted in such "
            "company.”\n\n"
            "A group called Marlow Parents for Transparency said in a Facebook post that it "
            "welcomed the resignation and would ask the board to review 60 more titles."
        ),
        "quotes": [
            ("label curiosity as a hazard.", "Esperanza Villalobos", True, "P1"),
            (
                "I have spent 22 years putting books into children’s hands. I am not going to "
                "spend my last years taking them away.",
                "Esperanza Villalobos",
                False,
                "P1",
            ),
            ("Parents asked us for a say, and we gave them one,", "Gary Henning", False, None),
            ("honoured to be restricted in such company.", "Tomasz Wróblewski", True, "P2"),
        ],
        "posts": [
            ("P1", "Esperanza Villalobos", None),
            ("P2", "Tomasz Wróblewski", "Bluesky"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Esperanza Villalobos", "Gary Henning", "Tomasz Wróblewski"],
    },
    {
        "name": "drone-delivery-funding-linkedin-release-nextdoor",
        "text": (
            "Orville, a Dallas drone-delivery startup, has raised $60 million, its chief "
            "executive, Sunita Bhattacharya, announced on LinkedIn on Tuesday. “Two years ago "
            "we were four engineers and a borrowed garage. Today we fly 3,000 deliveries a "
            "week,” she wrote.\n\n"
            "The round was led by the venture firm Maxwell Hart Capital, whose partner Julian "
            "Osei-Bonsu said in the company’s press release that Orville had “solved the "
            "boring problems nobody else wanted to touch.”\n\n"
            "Not everyone in Plano, where many of the flights land, is celebrating. “It sounds "
            "like a leaf blower the size of a pizza box, every eight minutes,” one resident "
            "wrote in a Nextdoor thread that has drawn more than 400 replies.\n\n"
            "Bhattacharya said in an interview with TechCrunch that the company was testing "
            "quieter propellers. “We hear the complaints, literally,” she said.\n\n"
            "The Federal Aviation Administration, which approved the company’s flights last "
            "spring, declined to comment."
        ),
        "quotes": [
            (
                "Two years ago we were four engineers and a borrowed garage. Today we fly 3,000 "
                "deliveries a week,",
                "Sunita Bhattacharya",
                False,
                "P1",
            ),
            (
                "solved the boring problems nobody else wanted to touch.",
                "Julian Osei-Bonsu",
                True,
                "P2",
            ),
            (
                "It sounds like a leaf blower the size of a pizza box, every eight minutes,",
                None,
                False,
                "P3",
            ),
            ("We hear the complaints, literally,", "Sunita Bhattacharya", False, "P4"),
        ],
        "posts": [
            ("P1", "Sunita Bhattacharya", "LinkedIn"),
            ("P2", None, "press release"),
            ("P3", None, "Nextdoor"),
            ("P4", "Sunita Bhattacharya", "TechCrunch"),
        ],
        "people": ["Sunita Bhattacharya", "Julian Osei-Bonsu"],
    },
    {
        "name": "crop-drone-crash-lawsuit-youtube-daughter-x",
        "text": (
            "A South African startup that sprays crops from the air has been sued by a farmer "
            "who says one of its drones crashed into his dairy shed near Lady Grey, in the "
            "Eastern Cape, in August.\n\n"
            "The lawsuit, filed by Bongani Dlamini in the Makhanda High Court, says the drone "
            "“fell out of the sky like a stone” and injured two cows.\n\n"
            "Kestrel Robotics, based in Cape Town, said in a statement that it had grounded "
            "its fleet of 40 drones while it investigated. Its co-founder, Anneke de Vries, "
            "went further in a video on YouTube. “We got this wrong. A farmer trusted us with "
            "his land, and we broke that trust,” she said, standing beside a grounded "
            "drone.\n\n"
            "The South African Civil Aviation Authority told reporters it had opened an "
            "inquiry.\n\n"
            "The farmer’s daughter, Nomsa Dlamini, who keeps the farm’s accounts, posted on X "
            "that the company had “finally found its voice, four months late.”"
        ),
        "quotes": [
            ("fell out of the sky like a stone", "Bongani Dlamini", True, "P1"),
            (
                "We got this wrong. A farmer trusted us with his land, and we broke that trust,",
                "Anneke de Vries",
                False,
                "P3",
            ),
            ("finally found its voice, four months late.", "Nomsa Dlamini", True, "P4"),
        ],
        "posts": [
            ("P1", "Bongani Dlamini", None),
            ("P2", None, None),
            ("P3", "Anneke de Vries", "YouTube"),
            ("P4", "Nomsa Dlamini", "X"),
        ],
        "people": ["Bongani Dlamini", "Anneke de Vries", "Nomsa Dlamini"],
    },
    {
        "name": "vermont-colony-losses-survey-instagram-radio-meeting",
        "text": (
            "Beekeepers in Vermont lost almost half of their colonies over the winter, "
            "according to a survey released on Monday by the Vermont Beekeepers "
            "Association.\n\n"
            "The survey blamed a wet autumn and the varroa mite, which it called “the single "
            "greatest threat to honey bees in the state.”\n\n"
            "Wilhelmina “Billie” Osterhout, who keeps 60 hives outside Montpelier, opened her "
            "first hive of the spring on camera and posted the video on Instagram. “Silent. Not "
            "one bee. Eleven years and I have never seen this,” she wrote beneath the "
            "video.\n\n"
            "Fatoumata Diallo, an entomologist at the University of Vermont, said on Vermont "
            "Public’s program Vermont Edition that the losses were “bad, but not the end of the "
            "story.” “Colonies can be rebuilt in a single season if the weather gives us a "
            "chance,” she said.\n\n"
            "At a meeting of orchard growers in Shoreham on Wednesday, the state apiarist, Ray "
            "Thibault, urged farmers to rent hives early. “There will not be enough bees to go "
            "around,” he said."
        ),
        "quotes": [
            ("the single greatest threat to honey bees in the state.", None, True, "P1"),
            (
                "Silent. Not one bee. Eleven years and I have never seen this,",
                "Wilhelmina Osterhout",
                False,
                "P2",
            ),
            ("bad, but not the end of the story.", "Fatoumata Diallo", True, "P3"),
            (
                "Colonies can be rebuilt in a single season if the weather gives us a chance,",
                "Fatoumata Diallo",
                False,
                "P3",
            ),
            ("There will not be enough bees to go around,", "Ray Thibault", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Wilhelmina Osterhout", "Instagram"),
            ("P3", "Fatoumata Diallo", "Vermont Edition"),
        ],
        "people": ["Wilhelmina Osterhout", "Fatoumata Diallo", "Ray Thibault"],
    },
    {
        "name": "cider-orchard-frost-facebook-brother-comment-farmers-weekly",
        "text": (
            "A late frost in the first week of May destroyed up to 80 percent of the blossom "
            "in some Herefordshire cider orchards, growers said this week.\n\n"
            "Rhiannon Pritchard-Evans, whose family has grown apples near Much Marcle for four "
            "generations, posted photos of blackened blossom on Facebook. “This is what a "
            "year’s income looks like after one night at minus three,” she wrote. Her brother, "
            "Gethin Pritchard-Evans, commented underneath: “Dad saw this in 1981. He said never "
            "again. Here we are.”\n\n"
            "Pipwell & Daughters, the cider maker that buys much of the local crop, said in a "
            "statement that it would honour its contracts with growers “in full, whatever the "
            "harvest.”\n\n"
            "The hardest hit were early-flowering varieties such as Granny Smith and Cox’s "
            "Orange Pippin. Kofi Asante-Darko, an agronomist who advises cider growers across "
            "the county, told Farmers Weekly that they should not expect a normal crop before "
            "2026. “Trees under this kind of stress tend to skip a year,” the agronomist said."
        ),
        "quotes": [
            (
                "This is what a year’s income looks like after one night at minus three,",
                "Rhiannon Pritchard-Evans",
                False,
                "P1",
            ),
            (
                "Dad saw this in 1981. He said never again. Here we are.",
                "Gethin Pritchard-Evans",
                False,
                "P1",
            ),
            ("in full, whatever the harvest.", None, True, "P2"),
            (
                "Trees under this kind of stress tend to skip a year,",
                "Kofi Asante-Darko",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rhiannon Pritchard-Evans", "Facebook"),
            ("P2", None, None),
            ("P3", "Kofi Asante-Darko", "Farmers Weekly"),
        ],
        "people": ["Rhiannon Pritchard-Evans", "Gethin Pritchard-Evans", "Kofi Asante-Darko"],
    },
    {
        "name": "er-death-family-statement-tiktok-release-the-current",
        "text": (
            "The family of a 68-year-old man who died after waiting 19 hours in the emergency "
            "department of St. Aloysius Hospital in Brandon has called for a public "
            "inquiry.\n\n"
            "“He waited politely, because that is who he was. Politeness should not be fatal,” "
            "the family said in a statement released through their lawyer on Thursday. The "
            "man’s name has not been made public.\n\n"
            "A nurse who said she worked that night posted an anonymous TikTok video describing "
            "a waiting room with “people sleeping on the floor under the vending machines.”\n\n"
            "Shared Health, the provincial health authority, said in a news release that it "
            "had begun a critical-incident review. Its chief nursing officer, Lorraine "
            "Kaminski-Dubé, told CBC’s The Current that “no one on shift that night did "
            "anything but their best.”\n\n"
            "In the legislature on Friday, the health minister, Denise Fontaine, said the "
            "province had hired 300 nurses since spring. “It is not enough, and I will not "
            "pretend otherwise,” she said."
        ),
        "quotes": [
            (
                "He waited politely, because that is who he was. Politeness should not be fatal,",
                None,
                False,
                "P1",
            ),
            ("people sleeping on the floor under the vending machines.", None, True, "P2"),
            (
                "no one on shift that night did anything but their best.",
                "Lorraine Kaminski-Dubé",
                True,
                "P4",
            ),
            (
                "It is not enough, and I will not pretend otherwise,",
                "Denise Fontaine",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "TikTok"),
            ("P3", None, "press release"),
            ("P4", "Lorraine Kaminski-Dubé", "The Current"),
        ],
        "people": ["Lorraine Kaminski-Dubé", "Denise Fontaine"],
    },
    {
        "name": "crypto-lender-trial-slack-message-x-post-podcast",
        "text": (
            "Jurors in the fraud trial of the founder of the cryptocurrency lender Fenwick "
            "Ashby were shown a Slack message on Wednesday in which its former chief risk "
            "officer warned colleagues that customer deposits were covering trading "
            "losses.\n\n"
            "“We are calling it ‘liquidity management.’ It is gambling with money that is not "
            "ours,” Dmitri Volkov wrote in the message, sent in March 2022.\n\n"
            "Volkov, who has pleaded guilty and is cooperating with prosecutors, told the jury "
            "he had been ignored. “Nobody replied. Not one person,” he testified.\n\n"
            "The company’s founder, Chidi Okeke-Lawson, is charged with wire fraud and "
            "conspiracy and has pleaded not guilty. Prosecutors also showed jurors a 2021 post "
            "from Okeke-Lawson’s X account: “Your deposits are safer with us than in any "
            "bank.”\n\n"
            "His lawyer, Rebecca Stanhope, told the podcast Docket Talk before the trial that "
            "the case was “a story about a market crash, not a crime.”"
        ),
        "quotes": [
            (
                "We are calling it ‘liquidity management.’ It is gambling with money that is "
                "not ours,",
                "Dmitri Volkov",
                False,
                "P1",
            ),
            ("Nobody replied. Not one person,", "Dmitri Volkov", False, None),
            (
                "Your deposits are safer with us than in any bank.",
                "Chidi Okeke-Lawson",
                False,
                "P2",
            ),
            ("a story about a market crash, not a crime.", "Rebecca Stanhope", True, "P3"),
        ],
        "posts": [
            ("P1", "Dmitri Volkov", "Slack"),
            ("P2", "Chidi Okeke-Lawson", "X"),
            ("P3", "Rebecca Stanhope", "Docket Talk"),
        ],
        "people": ["Dmitri Volkov", "Chidi Okeke-Lawson", "Rebecca Stanhope"],
    },
    {
        "name": "ski-area-closure-email-threads-study-morning-edition",
        "text": (
            "Mount Adeline, a family-run ski area in the Catskills, will not open this winter "
            "for the first time in its 58-year history, its owners told season-pass holders in "
            "an email on Monday.\n\n"
            "“We have made snow on every cold night since Thanksgiving, and there have not "
            "been enough of them,” the email said. Pass holders will be offered full "
            "refunds.\n\n"
            "A ski instructor who has taught there for two decades, Beatriz Almeida, wrote on "
            "Threads that she had “run out of ways to explain this to eight-year-olds.”\n\n"
            "The closure comes a month after a study in the journal Nature Climate Change "
            "projected that half of the small ski areas in the Northeast could lose viable "
            "seasons by 2050. Its lead author, Dr. Tobias Reinholt, called the findings "
            "conservative. “We assumed snowmaking would keep improving,” he said in an "
            "interview with NPR’s Morning Edition. “It may not.”\n\n"
            "At a town board meeting in Windham on Tuesday, the town supervisor, Carol Haskins, "
            "called the ski area “the reason half of us live here.”"
        ),
        "quotes": [
            (
                "We have made snow on every cold night since Thanksgiving, and there have not "
                "been enough of them,",
                None,
                False,
                "P1",
            ),
            ("run out of ways to explain this to eight-year-olds.", "Beatriz Almeida", True, "P2"),
            ("We assumed snowmaking would keep improving,", "Tobias Reinholt", False, "P4"),
            ("It may not.", "Tobias Reinholt", False, "P4"),
            ("the reason half of us live here.", "Carol Haskins", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatriz Almeida", "Threads"),
            ("P3", None, "Nature Climate Change"),
            ("P4", "Tobias Reinholt", "Morning Edition"),
        ],
        "people": ["Beatriz Almeida", "Tobias Reinholt", "Carol Haskins"],
    },
    {
        "name": "library-fines-abolished-release-oped-reddit-reply",
        "text": (
            "The Ashford Public Library will stop charging overdue fines on Jan. 1, the library "
            "announced in a press release on Tuesday, and will forgive about $210,000 in "
            "existing debts.\n\n"
            "“Fines were keeping our poorest readers away, and they brought in less than the "
            "cost of collecting them,” the release quoted the library director, Ines Carvalho, "
            "as saying.\n\n"
            "The change was first proposed by City Councilor Ebenezer Boateng-Addo in an op-ed "
            "for the Ashford Courier last year, in which he called fines “a tax on being "
            "busy.”\n\n"
            "Samuel Greenberg, a graduate student, started a Reddit thread on the city’s forum "
            "asking whether his $48 debt would be cleared. “Asking for a friend. The friend is "
            "me,” he wrote. One reply under it read simply: “Cleared. Go get your books.”\n\n"
            "Not everyone is pleased. “Responsibility used to mean something,” Harold Mayhew, "
            "81, said at the library’s front desk on Wednesday, though he admitted he had "
            "never paid a fine in his life."
        ),
        "quotes": [
            (
                "Fines were keeping our poorest readers away, and they brought in less than the "
                "cost of collecting them,",
                "Ines Carvalho",
                False,
                "P1",
            ),
            ("a tax on being busy.", "Ebenezer Boateng-Addo", True, "P2"),
            ("Asking for a friend. The friend is me,", "Samuel Greenberg", False, "P3"),
            ("Cleared. Go get your books.", None, False, "P3"),
            ("Responsibility used to mean something,", "Harold Mayhew", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ebenezer Boateng-Addo", "Ashford Courier"),
            ("P3", "Samuel Greenberg", "Reddit"),
        ],
        "people": [
            "Ines Carvalho",
            "Ebenezer Boateng-Addo",
            "Samuel Greenberg",
            "Harold Mayhew",
        ],
    },
]
