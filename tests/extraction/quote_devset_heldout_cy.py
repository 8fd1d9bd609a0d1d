"""The ninety-seventh self-made dev set, held out (CY): its first run is an unseen estimate.

Written with set CX, without reading the extraction rules, and committed before
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
- A post reported without any quoted words (the Diocese of Buffalo's news
  release, Vexa Labs' statement) is still listed in posts.
- people lists every named person in the text, whether or not they speak
  (Bernadette Kowalczyk, Corinne Vasseur-Lamb), in order of first mention;
  organisations, places, restaurants and prizes are not people.
- A quote's text keeps the punctuation inside the marks ("... neither do
  we," keeps its comma).
- A quote that continues the same paragraph as an interview with a named
  outlet ("He said the group would return in April. '...,' he added" after
  BBC Radio Wales; "Asked whether ..., she laughed: '...'" after the podcast
  Dead Air) belongs to that interview.
- A judge's written sentencing opinion, or "wrote in a 31-page opinion", is the
  judge's post with no platform; a fragment of it quoted in narration
  ("called the theft ... '...'") is partial and belongs to it.
- A pastor writing "on the parish's Facebook page" is the pastor's Facebook
  post; a parishioner's comment beneath it belongs to it.
- A bishop's pastoral letter read aloud in the parishes is the bishop's post
  with no platform; "the bishop wrote" resolves to the bishop already named.
- "Told reporters outside the courthouse", "told reporters" at a news
  conference after a match, "told the crowd" at a vigil, a town hall, a
  briefing, a call with analysts, a news conference, a parliamentary hearing,
  a residents' meeting at a library and a judge's question at a court hearing
  are not posts; their words have the speaker and post None.
- A podcast's name in marks ("Dead Air") is a title, not a quote, and the
  interview's platform is Dead Air; a podcast named without marks (Unchained)
  likewise gives its name. "BBC Radio 4's Front Row" has platform Front Row;
  "Speaking to BBC Sport" and "in an interview with The Verge" / "Tennis
  Channel" are interviews with those outlets; "the broadcaster Yle" has
  platform Yle and "the newspaper Público" has platform Público.
- Titles in marks ("The Lantern Keepers", an "Ask Me Anything" thread),
  nicknames ("The Cannon", "Captain Moon") and the company's scare quote
  ("service interruption.") are not quotes.
- A study in a named journal is a post whose platform is the journal (Nature
  Climate Change) and whose author is the lead author named as having written
  the quoted words in the paper.
- A TikTok clip or YouTube video in which someone "says" or "said in the video"
  is that person's post; present-tense "says" is the same as "said"; an unnamed
  viewer's or commenter's words under it speak as None and belong to it.
- A police force's post on X has author None and its words ("the force wrote")
  speak as None.
- A Reddit thread started by an anonymous user has author None; an unnamed
  reply beneath it belongs to it with speaker None. An "Ask Me Anything" thread
  a named scientist started is her Reddit post; her answers and an unnamed
  user's question in it belong to it.
- An analyst's note to clients is the analyst's post with no platform; a
  chief executive's words on an earnings call are not linked to the earnings
  release.
- Titles such as Judge, U.S. District Judge, the Rev., Canon, Dr., Mayor,
  Councillor, deputy mayor and Tribal chairwoman are not part of a name.
- An email a company sends its customers is a post with author None and no
  platform; a tribe's lawsuit and prosecutors' court filing have author None,
  and a fragment of the filing ("they wrote") speaks as None.
- Sharing a Facebook post "with his own words" is a new Facebook post by the
  sharer.
- A statement fragment quoted in narration ("said in a statement that it
  'wished her well'") is partial, speaks as None and belongs to the statement;
  two fragments of one statement in one sentence are two quotes.
- A farewell column on the front page of a newspaper's final edition is an
  op-ed with the newspaper as platform (The Ridgeway Courier).
- A fragment of a named councillor's Medium essay given before a whole quote
  from the same essay is partial and belongs to the essay.
- A member's post in a Facebook group is that member's Facebook post; a
  neighbour's reply beneath it belongs to it.
- A second quote by the same writer with no verb of its own ("she wrote.
  '...'") belongs to the same post as the first.
- An Instagram story and an Instagram video are Instagram posts; a reply to an
  Instagram post ("Among the replies was one from ...") belongs to it.
- Two people sharing a surname (Duarte and Sofia Albuquerque, Arjun and Meera
  Pillai-Whitford, Winona Redcloud-Baptiste and Tobias Redcloud): the bare
  surname refers to the one already named when it is used; description
  speakers ("the chef", "her husband", "his sister") take the name given
  beside them.
- Name order as written is kept for Chinese names (Zheng Xiaoyu); compound and
  hyphenated surnames (Ben Salah, Okonkwo-Hale) are part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CY: list[dict] = [
    {
        "name": "instagram-river-cleanup-deputy-mayor-radio",
        "text": (
            "Volunteers pulled more than two tonnes of rubbish out of the River Taff in Cardiff "
            "over the weekend, the largest haul in the six-year history of the clean-up.\n\n"
            "The organiser, Aled Pritchard, posted photos of the pile on Instagram on Sunday with "
            "the caption “Two tonnes, one river, zero excuses.” Under the post, the city’s deputy "
            "mayor, Farida Okonkwo-Hale, commented: “Incredible work. The council will send skips "
            "next time.”\n\n"
            "Cardiff Council later said in a statement that it would review its litter budget. "
            "“We recognise that volunteers are doing work the city should be doing,” the "
            "statement said.\n\n"
            "Pritchard, a 41-year-old plumber, told BBC Radio Wales on Monday that the haul had "
            "included “shopping trolleys, a motorbike and what looked like a church pew.” He said "
            "the group would return in April. “The river does not take a day off, so neither do "
            "we,” he added."
        ),
        "quotes": [
            ("Two tonnes, one river, zero excuses.", "Aled Pritchard", False, "P1"),
            (
                "Incredible work. The council will send skips next time.",
                "Farida Okonkwo-Hale",
                False,
                "P1",
            ),
            (
                "We recognise that volunteers are doing work the city should be doing,",
                None,
                False,
                "P2",
            ),
            (
                "shopping trolleys, a motorbike and what looked like a church pew.",
                "Aled Pritchard",
                True,
                "P3",
            ),
            (
                "The river does not take a day off, so neither do we,",
                "Aled Pritchard",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Aled Pritchard", "Instagram"),
            ("P2", None, None),
            ("P3", "Aled Pritchard", "BBC Radio Wales"),
        ],
        "people": ["Aled Pritchard", "Farida Okonkwo-Hale"],
    },
    {
        "name": "parish-treasurer-sentencing-opinion-pastor-facebook",
        "text": (
            "A former treasurer of St. Casimir’s parish in Buffalo was sentenced on Thursday to "
            "three years in prison for stealing $412,000 from the church over nine years.\n\n"
            "In a written sentencing opinion, Judge Lawrence Abernathy-Osei called the theft by "
            "Bernadette Kowalczyk, 58, “a betrayal measured in pews, not dollars.” Her lawyer, "
            "Rubén Cáceres, told reporters outside the courthouse that she had sold her house to "
            "repay the parish. “She has paid back every cent she could, and she will keep "
            "paying,” he said.\n\n"
            "The pastor, the Rev. Tadeusz Wróbel, wrote on the parish’s Facebook page that "
            "evening: “Forgiveness is not the same as forgetting, and we intend to do neither "
            "lightly.” A parishioner, Marguerite Dao, commented beneath the post: “Pray for her. "
            "And audit everything.”\n\n"
            "The Diocese of Buffalo said in a news release on Friday that it would require "
            "outside audits of every parish with annual collections above $250,000."
        ),
        "quotes": [
            (
                "a betrayal measured in pews, not dollars.",
                "Lawrence Abernathy-Osei",
                True,
                "P1",
            ),
            (
                "She has paid back every cent she could, and she will keep paying,",
                "Rubén Cáceres",
                False,
                None,
            ),
            (
                "Forgiveness is not the same as forgetting, and we intend to do neither lightly.",
                "Tadeusz Wróbel",
                False,
                "P2",
            ),
            ("Pray for her. And audit everything.", "Marguerite Dao", False, "P2"),
        ],
        "posts": [
            ("P1", "Lawrence Abernathy-Osei", None),
            ("P2", "Tadeusz Wróbel", "Facebook"),
            ("P3", None, "press release"),
        ],
        "people": [
            "Lawrence Abernathy-Osei",
            "Bernadette Kowalczyk",
            "Rubén Cáceres",
            "Tadeusz Wróbel",
            "Marguerite Dao",
        ],
    },
    {
        "name": "anchor-substack-station-statement-podcast-title",
        "text": (
            "Renata Villalobos, who anchored the evening news on KXLT in Albuquerque for 22 "
            "years, explained her sudden departure in a Substack essay on Wednesday.\n\n"
            "“I did not leave journalism. Journalism, at least the version I signed up for, left "
            "the building,” she wrote, describing cuts that had shrunk the newsroom from 60 people "
            "to 19.\n\n"
            "The station’s owner, Meridian Broadcast Group, said in a statement that it “wished "
            "her well” and remained “committed to local news.” Her former co-anchor, Desmond "
            "Achterberg, was blunter on X: “Twenty-two years next to her and I never once won an "
            "argument.”\n\n"
            "Villalobos, 61, told the media podcast “Dead Air” on Thursday that she had no plans "
            "to join a rival station. “I have a book to finish and a garden that has been waiting "
            "since 2019,” she said. Asked whether she would ever return to television, she "
            "laughed: “Never say never, but probably never.”"
        ),
        "quotes": [
            (
                "I did not leave journalism. Journalism, at least the version I signed up for, "
                "left the building,",
                "Renata Villalobos",
                False,
                "P1",
            ),
            ("wished her well", None, True, "P2"),
            ("committed to local news.", None, True, "P2"),
            (
                "Twenty-two years next to her and I never once won an argument.",
                "Desmond Achterberg",
                False,
                "P3",
            ),
            (
                "I have a book to finish and a garden that has been waiting since 2019,",
                "Renata Villalobos",
                False,
                "P4",
            ),
            ("Never say never, but probably never.", "Renata Villalobos", False, "P4"),
        ],
        "posts": [
            ("P1", "Renata Villalobos", "Substack"),
            ("P2", None, None),
            ("P3", "Desmond Achterberg", "X"),
            ("P4", "Renata Villalobos", "Dead Air"),
        ],
        "people": ["Renata Villalobos", "Desmond Achterberg"],
    },
    {
        "name": "coral-study-journal-tiktok-diver-news-conference",
        "text": (
            "Nearly half of the coral in Hawaii’s Kaneohe Bay bleached last summer, according to "
            "a study published on Wednesday in the journal Nature Climate Change.\n\n"
            "“Recovery windows are closing faster than any of our models predicted,” the study’s "
            "lead author, Kalani Akana, a marine biologist at the University of Hawaii, wrote in "
            "the paper.\n\n"
            "Akana has also been posting dive footage on TikTok. “This is what 40 percent "
            "bleaching looks like from six metres down,” she says in one clip, which has been "
            "viewed 2.3 million times. A retired dive instructor, Ibrahim Al-Sayegh, wrote under "
            "the video: “I dived there in 2015. Unrecognisable.”\n\n"
            "At a news conference in Honolulu on Thursday, Akana was asked whether the reef "
            "could still recover. “We are not writing an obituary for the reef. Not yet,” she "
            "said. Her co-author, Mei-Ling Fairweather, added that two cooler winters had "
            "“bought us some time.”"
        ),
        "quotes": [
            (
                "Recovery windows are closing faster than any of our models predicted,",
                "Kalani Akana",
                False,
                "P1",
            ),
            (
                "This is what 40 percent bleaching looks like from six metres down,",
                "Kalani Akana",
                False,
                "P2",
            ),
            ("I dived there in 2015. Unrecognisable.", "Ibrahim Al-Sayegh", False, "P2"),
            (
                "We are not writing an obituary for the reef. Not yet,",
                "Kalani Akana",
                False,
                None,
            ),
            ("bought us some time.", "Mei-Ling Fairweather", True, None),
        ],
        "posts": [
            ("P1", "Kalani Akana", "Nature Climate Change"),
            ("P2", "Kalani Akana", "TikTok"),
        ],
        "people": ["Kalani Akana", "Ibrahim Al-Sayegh", "Mei-Ling Fairweather"],
    },
    {
        "name": "striker-retirement-instagram-nickname-club-release",
        "text": (
            "Chiamaka Nwosu-Bell, the Brighton striker whose shot once snapped a crossbar camera "
            "and earned her the nickname “The Cannon,” announced her retirement on Instagram on "
            "Friday.\n\n"
            "“Fourteen years, two knees, one heart. Thank you, football,” she wrote beneath a "
            "photo of her boots hanging from a goalpost. Her teammate Aiko Tanabe-Reyes replied "
            "in the comments: “Who is going to take the penalties now?”\n\n"
            "The club marked the news with a press release. “Chiamaka leaves as the greatest "
            "player this club has ever had,” the release quoted the manager, Sven-Olof Hägg, as "
            "saying.\n\n"
            "Nwosu-Bell, 33, scored 117 goals in 203 appearances and won 41 caps for England. "
            "Speaking to BBC Sport later that day, she said her body had made the decision for "
            "her. “My left knee has been sending me letters for two years. I finally read them,” "
            "she said."
        ),
        "quotes": [
            (
                "Fourteen years, two knees, one heart. Thank you, football,",
                "Chiamaka Nwosu-Bell",
                False,
                "P1",
            ),
            ("Who is going to take the penalties now?", "Aiko Tanabe-Reyes", False, "P1"),
            (
                "Chiamaka leaves as the greatest player this club has ever had,",
                "Sven-Olof Hägg",
                False,
                "P2",
            ),
            (
                "My left knee has been sending me letters for two years. I finally read them,",
                "Chiamaka Nwosu-Bell",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Chiamaka Nwosu-Bell", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Chiamaka Nwosu-Bell", "BBC Sport"),
        ],
        "people": ["Chiamaka Nwosu-Bell", "Aiko Tanabe-Reyes", "Sven-Olof Hägg"],
    },
    {
        "name": "mosque-arson-police-x-anonymous-reddit-vigil",
        "text": (
            "A 34-year-old man has been arrested on suspicion of arson after a fire tore through "
            "the roof of the Madina Mosque in Harehills, Leeds, early on Wednesday.\n\n"
            "West Yorkshire Police announced the arrest on X. “A man remains in custody. We "
            "understand the fear this has caused in the community,” the force wrote.\n\n"
            "The mosque’s chairman, Imran Chaudhry, told the Yorkshire Evening Post that "
            "worshippers had prayed in the car park on Friday. “We will pray there again, in the "
            "rain if we must, until the roof is fixed,” he said.\n\n"
            "A fundraising thread started by an anonymous user on the Leeds subreddit has raised "
            "more than £18,000. “Whatever your faith, this is our city,” the post read. One reply "
            "beneath it said simply: “Donated. Sending love from Chapeltown.”\n\n"
            "At a vigil outside the mosque on Thursday evening, the vicar of a nearby parish, "
            "Siobhan Gallagher, told the crowd: “An attack on one house of prayer is an attack on "
            "every one of them.”"
        ),
        "quotes": [
            (
                "A man remains in custody. We understand the fear this has caused in the "
                "community,",
                None,
                False,
                "P1",
            ),
            (
                "We will pray there again, in the rain if we must, until the roof is fixed,",
                "Imran Chaudhry",
                False,
                "P2",
            ),
            ("Whatever your faith, this is our city,", None, False, "P3"),
            ("Donated. Sending love from Chapeltown.", None, False, "P3"),
            (
                "An attack on one house of prayer is an attack on every one of them.",
                "Siobhan Gallagher",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Imran Chaudhry", "Yorkshire Evening Post"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Imran Chaudhry", "Siobhan Gallagher"],
    },
    {
        "name": "outdoor-gear-earnings-release-linkedin-analyst-note",
        "text": (
            "Shares in Fjellvik, the Norwegian outdoor-gear maker, fell 9 percent on Tuesday "
            "after it reported a second straight quarterly loss and said it would cut 200 "
            "jobs.\n\n"
            "“Demand for our core lines remains resilient,” the chief executive, Ingrid "
            "Solbakken, said in the company’s earnings release, which blamed the loss on a warm "
            "winter across Europe.\n\n"
            "Hours later, Solbakken struck a more personal note on LinkedIn. “Cutting 200 roles "
            "is the hardest call I have made here. Every one of those people helped build this "
            "company,” she wrote. A former designer, Mateus Carvalho, commented under the post: "
            "“Helped build it, then got a calendar invite.”\n\n"
            "On a call with analysts, Solbakken said the company would “not chase volume at any "
            "price.” Priya Raghunathan, an analyst at Jefferies, wrote in a note to clients that "
            "the cuts were “overdue but not sufficient,” and lowered her price target."
        ),
        "quotes": [
            ("Demand for our core lines remains resilient,", "Ingrid Solbakken", False, "P1"),
            (
                "Cutting 200 roles is the hardest call I have made here. Every one of those "
                "people helped build this company,",
                "Ingrid Solbakken",
                False,
                "P2",
            ),
            ("Helped build it, then got a calendar invite.", "Mateus Carvalho", False, "P2"),
            ("not chase volume at any price.", "Ingrid Solbakken", True, None),
            ("overdue but not sufficient,", "Priya Raghunathan", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solbakken", "LinkedIn"),
            ("P3", "Priya Raghunathan", None),
        ],
        "people": ["Ingrid Solbakken", "Mateus Carvalho", "Priya Raghunathan"],
    },
    {
        "name": "bishop-pastoral-letter-canon-youtube-church-times",
        "text": (
            "The Anglican bishop of Badagry East, Olumide Fashola, has ordered his clergy to stop "
            "charging fees for weddings and funerals, in a pastoral letter read aloud in all 140 "
            "of the diocese’s parishes on Sunday.\n\n"
            "“No family should have to choose between burying their mother and feeding their "
            "children,” the bishop wrote. The letter gives parishes until Easter to comply.\n\n"
            "Not everyone agreed. A retired priest, Canon Emeka Obiora, argued in a YouTube video "
            "of his own that the fees paid for choirs, generators and cleaners. “Grace is free. "
            "Diesel is not,” he said in the video. One viewer wrote beneath it: “Then preach "
            "shorter and save fuel.”\n\n"
            "Fashola told the Church Times on Tuesday that he had expected resistance. “If the "
            "church cannot be generous at a graveside, where exactly will it be generous?” he "
            "said. He added that the diocese would cover lost income for its poorest parishes."
        ),
        "quotes": [
            (
                "No family should have to choose between burying their mother and feeding "
                "their children,",
                "Olumide Fashola",
                False,
                "P1",
            ),
            ("Grace is free. Diesel is not,", "Emeka Obiora", False, "P2"),
            ("Then preach shorter and save fuel.", None, False, "P2"),
            (
                "If the church cannot be generous at a graveside, where exactly will it be "
                "generous?",
                "Olumide Fashola",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Olumide Fashola", None),
            ("P2", "Emeka Obiora", "YouTube"),
            ("P3", "Olumide Fashola", "Church Times"),
        ],
        "people": ["Olumide Fashola", "Emeka Obiora"],
    },
    {
        "name": "bank-outage-customer-email-bluesky-cto-verge",
        "text": (
            "Customers of the digital bank Tallyo were locked out of their accounts for almost "
            "nine hours on Saturday, in what the company later called a “service "
            "interruption.”\n\n"
            "In an email to customers on Sunday, Tallyo apologised. “We are sorry. Your money was "
            "never at risk, and no data was exposed,” the email said.\n\n"
            "Its chief technology officer, Anjali Deshpande-Moore, gave a franker account on "
            "Bluesky. “The root cause was a security certificate that expired at midnight. "
            "Humbling,” she posted. Kwame Asante-Boateng, a security researcher in Accra, "
            "replied: “Set a calendar reminder. I mean it. Set two.”\n\n"
            "In an interview with The Verge, Deshpande-Moore said the bank had monitored almost "
            "everything except the thing that broke. “We had alarms for traffic, for fraud, for "
            "latency. Nobody had an alarm for the calendar,” she said. Tallyo, which has 1.4 "
            "million customers, said it would refund overdraft fees charged during the outage."
        ),
        "quotes": [
            (
                "We are sorry. Your money was never at risk, and no data was exposed,",
                None,
                False,
                "P1",
            ),
            (
                "The root cause was a security certificate that expired at midnight. Humbling,",
                "Anjali Deshpande-Moore",
                False,
                "P2",
            ),
            ("Set a calendar reminder. I mean it. Set two.", "Kwame Asante-Boateng", False, "P2"),
            (
                "We had alarms for traffic, for fraud, for latency. Nobody had an alarm for the "
                "calendar,",
                "Anjali Deshpande-Moore",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anjali Deshpande-Moore", "Bluesky"),
            ("P3", "Anjali Deshpande-Moore", "The Verge"),
        ],
        "people": ["Anjali Deshpande-Moore", "Kwame Asante-Boateng"],
    },
    {
        "name": "tribe-pipeline-lawsuit-facebook-son-share-judge-hearing",
        "text": (
            "The Standing Creek Band of Ojibwe sued the U.S. Army Corps of Engineers on Monday, "
            "arguing that it approved a crude-oil pipeline under the Red Lake River without "
            "consulting the tribe.\n\n"
            "“The company never asked, and the agency never made it ask,” the lawsuit states. It "
            "seeks to void a permit issued in 2023.\n\n"
            "Tribal chairwoman Winona Redcloud-Baptiste posted a photograph of the river on "
            "Facebook shortly after the filing. “Our water is not a line item,” she wrote. Her "
            "son, Tobias Redcloud, a law student, shared the post with his own words: “Proud of "
            "my mother. Prouder of the elders who started this.”\n\n"
            "Northern Arc Pipeline said in a statement that the route “followed every federal "
            "requirement.” At a hearing in a related case last month, U.S. District Judge Amara "
            "Lindgren-Obi asked a Corps lawyer why the tribe’s letters had gone unanswered. "
            "“Were they lost, or were they ignored?” she asked."
        ),
        "quotes": [
            ("The company never asked, and the agency never made it ask,", None, False, "P1"),
            ("Our water is not a line item,", "Winona Redcloud-Baptiste", False, "P2"),
            (
                "Proud of my mother. Prouder of the elders who started this.",
                "Tobias Redcloud",
                False,
                "P3",
            ),
            ("followed every federal requirement.", None, True, "P4"),
            ("Were they lost, or were they ignored?", "Amara Lindgren-Obi", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Winona Redcloud-Baptiste", "Facebook"),
            ("P3", "Tobias Redcloud", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Winona Redcloud-Baptiste", "Tobias Redcloud", "Amara Lindgren-Obi"],
    },
    {
        "name": "novelist-prize-publisher-release-threads-husband-front-row",
        "text": (
            "The Ghanaian-British novelist Efua Mensah-Dalgliesh won the £50,000 Wavelength "
            "Prize on Thursday for “The Lantern Keepers,” a novel about three generations of "
            "lighthouse keepers on the Gold Coast.\n\n"
            "Her publisher, Harrow & Finch, announced the win in a press release. “Efua writes "
            "the way the sea moves: patiently, and then all at once,” the release quoted her "
            "editor, Jonas Brekke, as saying.\n\n"
            "Mensah-Dalgliesh posted a photo of the trophy on Threads. “My grandfather kept the "
            "light at Cape Three Points. This belongs to him,” she wrote. Her husband, the "
            "painter Joaquín Ferrer-Lamas, commented beneath the post: “She wrote it at our "
            "kitchen table. I was not allowed to speak for two years.”\n\n"
            "Speaking on BBC Radio 4’s Front Row that evening, she said she had nearly abandoned "
            "the book twice. “The second time, my daughter hid the manuscript in the freezer,” "
            "she said."
        ),
        "quotes": [
            (
                "Efua writes the way the sea moves: patiently, and then all at once,",
                "Jonas Brekke",
                False,
                "P1",
            ),
            (
                "My grandfather kept the light at Cape Three Points. This belongs to him,",
                "Efua Mensah-Dalgliesh",
                False,
                "P2",
            ),
            (
                "She wrote it at our kitchen table. I was not allowed to speak for two years.",
                "Joaquín Ferrer-Lamas",
                False,
                "P2",
            ),
            (
                "The second time, my daughter hid the manuscript in the freezer,",
                "Efua Mensah-Dalgliesh",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Efua Mensah-Dalgliesh", "Threads"),
            ("P3", "Efua Mensah-Dalgliesh", "Front Row"),
        ],
        "people": ["Efua Mensah-Dalgliesh", "Jonas Brekke", "Joaquín Ferrer-Lamas"],
    },
    {
        "name": "library-closures-medium-essay-town-hall-facebook-group",
        "text": (
            "Hamilton city council voted 9-6 on Wednesday to close two branch libraries, a move "
            "officials said would save about $1.3 million a year.\n\n"
            "Councillor Nadia Haddad, who voted against the closures, accused her colleagues in a "
            "Medium essay on Thursday of “balancing the budget on the backs of children.” “The "
            "Kenilworth branch is the only building in my ward with free Wi-Fi, a working "
            "washroom and a librarian who knows every kid’s name,” she wrote.\n\n"
            "Mayor Frank Dellacroce defended the vote at a town hall that evening. “Nobody ran "
            "for office to close libraries. But nobody ran to raise taxes 11 percent, either,” "
            "he said.\n\n"
            "In a Facebook group for Kenilworth residents, a retired teacher, Gurpreet Sandhu, "
            "posted a list of 40 volunteers willing to staff the branch for free. “Give us the "
            "keys,” she wrote. Beneath her post, a neighbour, Lorraine Boucher, replied: “I can "
            "do Tuesdays and Saturdays.” The closures take effect in June."
        ),
        "quotes": [
            ("balancing the budget on the backs of children.", "Nadia Haddad", True, "P1"),
            (
                "The Kenilworth branch is the only building in my ward with free Wi-Fi, a "
                "working washroom and a librarian who knows every kid’s name,",
                "Nadia Haddad",
                False,
                "P1",
            ),
            (
                "Nobody ran for office to close libraries. But nobody ran to raise taxes 11 "
                "percent, either,",
                "Frank Dellacroce",
                False,
                None,
            ),
            ("Give us the keys,", "Gurpreet Sandhu", False, "P2"),
            ("I can do Tuesdays and Saturdays.", "Lorraine Boucher", False, "P2"),
        ],
        "posts": [
            ("P1", "Nadia Haddad", "Medium"),
            ("P2", "Gurpreet Sandhu", "Facebook"),
        ],
        "people": ["Nadia Haddad", "Frank Dellacroce", "Gurpreet Sandhu", "Lorraine Boucher"],
    },
    {
        "name": "crypto-influencer-nickname-filing-x-reply-podcast",
        "text": (
            "A crypto influencer known to his 900,000 followers as “Captain Moon” pleaded not "
            "guilty on Monday to federal wire-fraud charges in Manhattan.\n\n"
            "Prosecutors say Darnell Okafor-Whitley, 29, took $6.2 million from followers for a "
            "token he promoted on livestreams. In a court filing last week, they wrote that he "
            "had moved the money into accounts in his mother’s name “within hours of each "
            "sale.”\n\n"
            "Okafor-Whitley has denied wrongdoing. “I have never taken a cent from anyone who did "
            "not choose to give it,” he posted on X in March, the day after his arrest. A former "
            "follower replied: “Then where is my $4,000?”\n\n"
            "His lawyer, Beatriz Montalvo-Reyes, told the podcast Unchained that her client was "
            "“a showman, not a thief.” Outside the courthouse on Monday, Okafor-Whitley told "
            "reporters only: “Read the filings. All of them.”"
        ),
        "quotes": [
            ("within hours of each sale.", None, True, "P1"),
            (
                "I have never taken a cent from anyone who did not choose to give it,",
                "Darnell Okafor-Whitley",
                False,
                "P2",
            ),
            ("Then where is my $4,000?", None, False, "P2"),
            ("a showman, not a thief.", "Beatriz Montalvo-Reyes", True, "P3"),
            ("Read the filings. All of them.", "Darnell Okafor-Whitley", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Darnell Okafor-Whitley", "X"),
            ("P3", "Beatriz Montalvo-Reyes", "Unchained"),
        ],
        "people": ["Darnell Okafor-Whitley", "Beatriz Montalvo-Reyes"],
    },
    {
        "name": "weekly-paper-final-column-owner-release-bluesky-reader",
        "text": (
            "The Ridgeway Courier, a weekly newspaper in western Pennsylvania that had published "
            "without interruption since 1871, printed its final edition on Thursday.\n\n"
            "In a farewell column on the front page, the editor, Harold Nakamura-Quinn, wrote: "
            "“For 153 years this paper told Ridgeway who was born, who married, who died and who "
            "lied. Starting Friday, nobody will.”\n\n"
            "The paper’s owner, Keystone Local Media, said in a press release that print "
            "advertising had fallen 80 percent in a decade. The release quoted its chief "
            "executive, Brent Tolliver, as saying the company had “exhausted every option.”\n\n"
            "Its last remaining reporter, Sunita Parekh, posted on Bluesky: “Covered 412 school "
            "board meetings. Would cover 412 more.” A reader, Walt Jablonski, replied beneath her "
            "post: “You spelled my name right every single time.”\n\n"
            "Residents met at the public library that night to discuss starting a nonprofit "
            "paper. “We are not going to become a news desert without a fight,” said the "
            "librarian, Consuela Ibarra."
        ),
        "quotes": [
            (
                "For 153 years this paper told Ridgeway who was born, who married, who died and "
                "who lied. Starting Friday, nobody will.",
                "Harold Nakamura-Quinn",
                False,
                "P1",
            ),
            ("exhausted every option.", "Brent Tolliver", True, "P2"),
            (
                "Covered 412 school board meetings. Would cover 412 more.",
                "Sunita Parekh",
                False,
                "P3",
            ),
            ("You spelled my name right every single time.", "Walt Jablonski", False, "P3"),
            (
                "We are not going to become a news desert without a fight,",
                "Consuela Ibarra",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harold Nakamura-Quinn", "The Ridgeway Courier"),
            ("P2", None, "press release"),
            ("P3", "Sunita Parekh", "Bluesky"),
        ],
        "people": [
            "Harold Nakamura-Quinn",
            "Brent Tolliver",
            "Sunita Parekh",
            "Walt Jablonski",
            "Consuela Ibarra",
        ],
    },
    {
        "name": "wildfire-briefing-instagram-evacuee-firefighter-youtube",
        "text": (
            "A wildfire that began at a campground near Lytton, British Columbia, had burned "
            "14,000 hectares by Sunday and forced about 2,300 people from their homes.\n\n"
            "At a briefing in Kamloops, the incident commander, Rajinder Gill, said crews were "
            "fighting “a fire that makes its own weather.” He asked residents to keep their "
            "drones at home. “Every drone we see over the fire line grounds our helicopters for "
            "an hour,” he said.\n\n"
            "Marcy Thunderchild, who fled her ranch with two horses and a cat, posted a video on "
            "Instagram from an evacuation centre in Merritt. “We lost the barn. We did not lose "
            "each other,” she said in the video.\n\n"
            "A volunteer firefighter, Lucas Oyelaran-Pike, described the night in a YouTube "
            "video of his own. “The wind turned at 2 a.m. and we had four minutes to move,” he "
            "says. Under the video, one commenter wrote: “Thank you. My parents are alive because "
            "of you.”"
        ),
        "quotes": [
            ("a fire that makes its own weather.", "Rajinder Gill", True, None),
            (
                "Every drone we see over the fire line grounds our helicopters for an hour,",
                "Rajinder Gill",
                False,
                None,
            ),
            ("We lost the barn. We did not lose each other,", "Marcy Thunderchild", False, "P1"),
            (
                "The wind turned at 2 a.m. and we had four minutes to move,",
                "Lucas Oyelaran-Pike",
                False,
                "P2",
            ),
            ("Thank you. My parents are alive because of you.", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Marcy Thunderchild", "Instagram"),
            ("P2", "Lucas Oyelaran-Pike", "YouTube"),
        ],
        "people": ["Rajinder Gill", "Marcy Thunderchild", "Lucas Oyelaran-Pike"],
    },
    {
        "name": "temple-chariot-permit-facebook-township-statement-tiktok",
        "text": (
            "The Sri Venkateswara Temple in Edison, New Jersey, has called off its annual "
            "chariot procession after the township refused a permit to close Oak Tree Road for "
            "the day.\n\n"
            "The temple’s president, Lakshmi Narayanan, announced the cancellation on Facebook. "
            "“For 19 years our chariot has rolled down this road with police escorts and without "
            "a single complaint,” she wrote. “This year we are told it is a traffic hazard.”\n\n"
            "The township said in a statement that the permit was refused because of "
            "“unresolved insurance and crowd-control concerns,” and that it would work with the "
            "temple on a new date.\n\n"
            "A volunteer, Arjun Pillai-Whitford, posted a TikTok video of the half-built chariot "
            "in the temple car park. “Four months of work, and it might not leave the garage,” he "
            "says in the clip. His sister, Meera Pillai-Whitford, replied under the video: “It "
            "will. We will carry it ourselves if we have to.”"
        ),
        "quotes": [
            (
                "For 19 years our chariot has rolled down this road with police escorts and "
                "without a single complaint,",
                "Lakshmi Narayanan",
                False,
                "P1",
            ),
            ("This year we are told it is a traffic hazard.", "Lakshmi Narayanan", False, "P1"),
            ("unresolved insurance and crowd-control concerns,", None, True, "P2"),
            (
                "Four months of work, and it might not leave the garage,",
                "Arjun Pillai-Whitford",
                False,
                "P3",
            ),
            (
                "It will. We will carry it ourselves if we have to.",
                "Meera Pillai-Whitford",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lakshmi Narayanan", "Facebook"),
            ("P2", None, None),
            ("P3", "Arjun Pillai-Whitford", "TikTok"),
        ],
        "people": ["Lakshmi Narayanan", "Arjun Pillai-Whitford", "Meera Pillai-Whitford"],
    },
    {
        "name": "meteorite-museum-release-reddit-ama-yle",
        "text": (
            "A meteorite that crashed through the roof of a garage in Kuopio, Finland, last month "
            "is a rare carbonaceous chondrite that may contain amino acids, the Finnish Museum of "
            "Natural History said on Tuesday.\n\n"
            "In a news release, the museum quoted its curator of meteorites, Dr. Tuulikki "
            "Heikkinen, as saying the stone was “the most scientifically valuable object to land "
            "in Finland in a century.”\n\n"
            "Heikkinen took questions on Wednesday in an “Ask Me Anything” thread she started on "
            "Reddit. “Yes, the owner is entitled to keep it. No, I will not tell you what we "
            "offered him,” she wrote in one answer. One user asked: “Did it smell like anything?” "
            "“Like a struck match and wet asphalt,” she replied.\n\n"
            "The garage’s owner, Pekka Lundqvist, told the broadcaster Yle that he had at first "
            "thought a neighbour’s child had thrown a brick. “Then I saw the hole in the roof and "
            "the hole in the floor,” he said."
        ),
        "quotes": [
            (
                "the most scientifically valuable object to land in Finland in a century.",
                "Tuulikki Heikkinen",
                True,
                "P1",
            ),
            (
                "Yes, the owner is entitled to keep it. No, I will not tell you what we offered "
                "him,",
                "Tuulikki Heikkinen",
                False,
                "P2",
            ),
            ("Did it smell like anything?", None, False, "P2"),
            ("Like a struck match and wet asphalt,", "Tuulikki Heikkinen", False, "P2"),
            (
                "Then I saw the hole in the roof and the hole in the floor,",
                "Pekka Lundqvist",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tuulikki Heikkinen", "Reddit"),
            ("P3", "Pekka Lundqvist", "Yle"),
        ],
        "people": ["Tuulikki Heikkinen", "Pekka Lundqvist"],
    },
    {
        "name": "tennis-fine-news-conference-instagram-story-coach-x",
        "text": (
            "The Tunisian player Yasmine Ben Salah was fined $15,000 on Saturday for an outburst "
            "at the chair umpire during her second-round loss at the Madrid Open.\n\n"
            "At her news conference after the match, Ben Salah told reporters that the umpire had "
            "“stopped watching the lines in the second set.” Hours later she went further in an "
            "Instagram story: “I will pay the fine. I will not pay for someone else’s bad "
            "eyesight.”\n\n"
            "The Women’s Tennis Association said in a statement that “personal attacks on "
            "officials have no place in our sport.” The umpire, Corinne Vasseur-Lamb, did not "
            "respond to a request for comment.\n\n"
            "Ben Salah’s coach, Nikolai Draganov, defended her on X. “She is the most honest "
            "player I have ever coached, and sometimes that costs money,” he wrote. Her opponent, "
            "Zheng Xiaoyu, seemed more amused than offended. “It was a great match. I will "
            "remember the shouting more than the tennis,” she said in an interview with Tennis "
            "Channel."
        ),
        "quotes": [
            ("stopped watching the lines in the second set.", "Yasmine Ben Salah", True, None),
            (
                "I will pay the fine. I will not pay for someone else’s bad eyesight.",
                "Yasmine Ben Salah",
                False,
                "P1",
            ),
            ("personal attacks on officials have no place in our sport.", None, True, "P2"),
            (
                "She is the most honest player I have ever coached, and sometimes that costs "
                "money,",
                "Nikolai Draganov",
                False,
                "P3",
            ),
            (
                "It was a great match. I will remember the shouting more than the tennis,",
                "Zheng Xiaoyu",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Yasmine Ben Salah", "Instagram"),
            ("P2", None, None),
            ("P3", "Nikolai Draganov", "X"),
            ("P4", "Zheng Xiaoyu", "Tennis Channel"),
        ],
        "people": [
            "Yasmine Ben Salah",
            "Corinne Vasseur-Lamb",
            "Nikolai Draganov",
            "Zheng Xiaoyu",
        ],
    },
    {
        "name": "deepfake-suit-judge-opinion-youtuber-video-lawyer",
        "text": (
            "A federal judge in San Francisco has refused to dismiss a lawsuit brought by the "
            "YouTuber Hana Kobayashi-Ortiz against an app maker whose software was used to make "
            "sexually explicit fake videos of her.\n\n"
            "“Section 230 was written to protect platforms that host speech, not products "
            "designed to manufacture it,” U.S. District Judge Everett Malone wrote in a 31-page "
            "opinion on Tuesday.\n\n"
            "Kobayashi-Ortiz, who reviews kitchen gadgets for 3.1 million subscribers, responded "
            "in a YouTube video that night. “I cried when I read it, and then I made dinner, "
            "because that is the job,” she said. A commenter wrote beneath the video: “Proud of "
            "you for not backing down.”\n\n"
            "The app’s developer, Vexa Labs, said in a statement that it would appeal. Her "
            "lawyer, Oluwaseun Bright, said the ruling could open the door to dozens of similar "
            "suits. “Every victim we have turned away for the last three years just got a reason "
            "to call back,” she said."
        ),
        "quotes": [
            (
                "Section 230 was written to protect platforms that host speech, not products "
                "designed to manufacture it,",
                "Everett Malone",
                False,
                "P1",
            ),
            (
                "I cried when I read it, and then I made dinner, because that is the job,",
                "Hana Kobayashi-Ortiz",
                False,
                "P2",
            ),
            ("Proud of you for not backing down.", None, False, "P2"),
            (
                "Every victim we have turned away for the last three years just got a reason to "
                "call back,",
                "Oluwaseun Bright",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Everett Malone", None),
            ("P2", "Hana Kobayashi-Ortiz", "YouTube"),
            ("P3", None, None),
        ],
        "people": ["Hana Kobayashi-Ortiz", "Everett Malone", "Oluwaseun Bright"],
    },
    {
        "name": "drought-chef-instagram-wife-publico-minister-hearing",
        "text": (
            "A Michelin-starred restaurant in Portugal’s Alentejo region has stopped serving tap "
            "water and taken three rice dishes off its menu as the region endures a third year of "
            "drought.\n\n"
            "“I cannot cook rice for tourists while farmers ten kilometres away watch their "
            "olive trees die,” the chef, Duarte Albuquerque, wrote on Instagram on Monday, "
            "announcing the changes at his restaurant, Terra Seca.\n\n"
            "The post drew more than 40,000 likes. Among the replies was one from the Lisbon "
            "chef Inês Valadares: “Respect. The rest of us should be having this "
            "conversation.”\n\n"
            "Albuquerque’s business partner, his wife, Sofia Albuquerque, was more cautious in an "
            "interview with the newspaper Público. “We are a business, not a protest. But a "
            "business with no water is not a business for long,” she said.\n\n"
            "Portugal’s environment minister, Catarina Moreira-Santos, told a parliamentary "
            "hearing on Wednesday that the government would “not ration water for farmers before "
            "hotels.”"
        ),
        "quotes": [
            (
                "I cannot cook rice for tourists while farmers ten kilometres away watch their "
                "olive trees die,",
                "Duarte Albuquerque",
                False,
                "P1",
            ),
            (
                "Respect. The rest of us should be having this conversation.",
                "Inês Valadares",
                False,
                "P1",
            ),
            (
                "We are a business, not a protest. But a business with no water is not a "
                "business for long,",
                "Sofia Albuquerque",
                False,
                "P2",
            ),
            ("not ration water for farmers before hotels.", "Catarina Moreira-Santos", True, None),
        ],
        "posts": [
            ("P1", "Duarte Albuquerque", "Instagram"),
            ("P2", "Sofia Albuquerque", "Público"),
        ],
        "people": [
            "Duarte Albuquerque",
            "Inês Valadares",
            "Sofia Albuquerque",
            "Catarina Moreira-Santos",
        ],
    },
]
