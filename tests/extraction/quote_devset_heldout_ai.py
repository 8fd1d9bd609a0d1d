"""The twenty-ninth self-made dev set, held out (AI): its first run is an unseen estimate.

Written without reading the extraction rules, and committed before any rule was
run on it. Same format and conventions as set W (self-made, not a public corpus):
an interview with a named outlet, show or podcast is a post (platform: the outlet
or show as written, without quotation marks); a statement, memo, letter, email,
court filing, judge's opinion or essay with no named outlet is a post with no
platform; an op-ed or essay in a named outlet or on a named platform (Substack,
Medium) has that as its platform; a press release is a post with platform "press
release", and so is a news or earnings release; a news conference, briefing,
rally, speech, eulogy, meeting, court hearing, earnings call with analysts or
"told reporters" is not a post; a company's or organisation's release or
statement ("the company said in a statement", "in its statement") has author
None even when it quotes a named executive, whose quotes link to it; a comment
or reply under a post belongs to it, a post "of his own" is a new one; a later
fragment is linked to a post only when the text ties it to that post; a fragment
quoted inside narration is partial; organisations and unnamed people speak as
None; titles, nicknames and scare quotes in marks are not quotes. A quote that runs
over several paragraphs is one quote per paragraph, with the same speaker and post.

Cases W does not cover, decided here: a nickname in marks inside a name
(Andre "The Hammer" Gibbs) is left out of the canonical name; a memo "seen by"
an outlet has no platform (the outlet only reported it); a fragment quoted from
a post before the full quotes ("said in a radio interview that she was ...") is
tied to that post. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AI: list[dict] = [
    {
        "name": "volcanologist-bluesky-then-reporters",
        "text": (
            "Volcanologist Helena Markou said on Bluesky on Tuesday that seismic activity under "
            "Mount Arvik had dropped sharply overnight. “Cautiously good news. Tremor is down "
            "about 60% since midnight,” she posted.\n\n"
            "Speaking to reporters in Hafnarvik later in the day, Markou warned that the danger "
            "had not passed. “Volcanoes do not read our forecasts,” she said."
        ),
        "quotes": [
            (
                "Cautiously good news. Tremor is down about 60% since midnight,",
                "Helena Markou",
                False,
                "P1",
            ),
            ("Volcanoes do not read our forecasts,", "Helena Markou", False, None),
        ],
        "posts": [("P1", "Helena Markou", "Bluesky")],
        "people": ["Helena Markou"],
    },
    {
        "name": "youtuber-crypto-apology-video",
        "text": (
            "The gaming YouTuber Kevin Strand, who has 11 million subscribers, apologized on "
            "Friday for promoting a cryptocurrency that collapsed last month, costing many of "
            "his fans their savings.\n\n"
            "“I didn’t do my homework. I took the money and I told you it was safe, and it "
            "wasn’t.\n\n"
            "“I’m donating every dollar I was paid to the people who lost money,” Strand said in "
            "a 14-minute video posted to his YouTube channel.\n\n"
            "The video had been viewed 3 million times by Saturday afternoon."
        ),
        "quotes": [
            (
                (
                    "I didn’t do my homework. I took the money and I told you it was safe, and "
                    "it wasn’t."
                ),
                "Kevin Strand",
                False,
                "P1",
            ),
            (
                "I’m donating every dollar I was paid to the people who lost money,",
                "Kevin Strand",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Kevin Strand", "YouTube")],
        "people": ["Kevin Strand"],
    },
    {
        "name": "bakery-closing-facebook-customer-comments",
        "text": (
            "After 38 years, Rosalind’s Bakery on Main Street in Tillman will close at the end "
            "of the month, its owner announced on Facebook.\n\n"
            "“My hands are tired, and it’s time,” wrote Rosalind Pirelli, 71. “Thank you for "
            "every birthday cake, every wedding, every Saturday morning.”\n\n"
            "The post drew hundreds of comments. “You made my wedding cake in 1989 and my "
            "daughter’s in 2019,” wrote Joanne Keefe. Another customer, Dale Hutchins, wrote "
            "simply: “End of an era.”"
        ),
        "quotes": [
            ("My hands are tired, and it’s time,", "Rosalind Pirelli", False, "P1"),
            (
                "Thank you for every birthday cake, every wedding, every Saturday morning.",
                "Rosalind Pirelli",
                False,
                "P1",
            ),
            (
                "You made my wedding cake in 1989 and my daughter’s in 2019,",
                "Joanne Keefe",
                False,
                "P1",
            ),
            ("End of an era.", "Dale Hutchins", False, "P1"),
        ],
        "posts": [("P1", "Rosalind Pirelli", "Facebook")],
        "people": ["Rosalind Pirelli", "Joanne Keefe", "Dale Hutchins"],
    },
    {
        "name": "council-speaker-radio-interview-mayoral-run",
        "text": (
            "New York City Council Speaker Andrea Whitfield said in a radio interview on "
            "Thursday that she was “seriously considering” a run for mayor next year.\n\n"
            "“I’ve heard from a lot of people who feel this city has lost its way,” Whitfield "
            "told WNYC. “I’m listening to them, and I’ll decide by the summer.”\n\n"
            "A spokesman for Mayor Daniel Kessler declined to comment."
        ),
        "quotes": [
            ("seriously considering", "Andrea Whitfield", True, "P1"),
            (
                "I’ve heard from a lot of people who feel this city has lost its way,",
                "Andrea Whitfield",
                False,
                "P1",
            ),
            (
                "I’m listening to them, and I’ll decide by the summer.",
                "Andrea Whitfield",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Andrea Whitfield", "WNYC")],
        "people": ["Andrea Whitfield", "Daniel Kessler"],
    },
    {
        "name": "prosecutors-filing-defense-lawyer-outside-court",
        "text": (
            "Prosecutors asked a judge on Monday to keep former county treasurer Glen Abbott in "
            "jail until his trial, arguing that he had moved money overseas after he was "
            "charged.\n\n"
            "“The defendant has the means and the motive to flee,” prosecutors wrote in a court "
            "filing.\n\n"
            "Abbott’s lawyer, Sandra Lim, told reporters outside the courthouse that the "
            "transfers were to pay for his mother’s medical care in the Philippines. “This is a "
            "desperate overreach,” she said."
        ),
        "quotes": [
            ("The defendant has the means and the motive to flee,", None, False, "P1"),
            ("This is a desperate overreach,", "Sandra Lim", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Glen Abbott", "Sandra Lim"],
    },
    {
        "name": "teacher-medium-essay-leaving",
        "text": (
            "A high school English teacher in Ohio has struck a nerve with an essay on Medium "
            "about why she is leaving the profession after 16 years.\n\n"
            '"I did not stop loving teaching. Teaching stopped being the job," wrote Amanda '
            'Kowalski, who taught at Lakeview High School in Linden Heights. "Most of my day is '
            'now paperwork and crowd control."\n\n'
            "The essay has been shared more than 200,000 times. The district's superintendent, "
            'Robert Haines, said he had read it and "took it seriously."'
        ),
        "quotes": [
            (
                "I did not stop loving teaching. Teaching stopped being the job,",
                "Amanda Kowalski",
                False,
                "P1",
            ),
            ("Most of my day is now paperwork and crowd control.", "Amanda Kowalski", False, "P1"),
            ("took it seriously.", "Robert Haines", True, None),
        ],
        "posts": [("P1", "Amanda Kowalski", "Medium")],
        "people": ["Amanda Kowalski", "Robert Haines"],
    },
    {
        "name": "actress-instagram-and-magazine-interview",
        "text": (
            "Actress Simone Achterberg revealed on Instagram on Wednesday that she had been "
            "treated for breast cancer over the past year, while filming the second season of "
            "the Netflix drama “Northbound.”\n\n"
            "“I kept it private because I needed to. Now I want to share it because it might "
            "help someone,” Achterberg, 44, wrote. “Get checked. Please.”\n\n"
            "In an interview with Vanity Fair published the same day, she said she was now "
            "cancer-free. “I feel like myself again,” she told the magazine."
        ),
        "quotes": [
            (
                (
                    "I kept it private because I needed to. Now I want to share it because it "
                    "might help someone,"
                ),
                "Simone Achterberg",
                False,
                "P1",
            ),
            ("Get checked. Please.", "Simone Achterberg", False, "P1"),
            ("I feel like myself again,", "Simone Achterberg", False, "P2"),
        ],
        "posts": [
            ("P1", "Simone Achterberg", "Instagram"),
            ("P2", "Simone Achterberg", "Vanity Fair"),
        ],
        "people": ["Simone Achterberg"],
    },
    {
        "name": "club-sacks-manager-x-and-captain-tv",
        "text": (
            "Westbury United sacked manager Colin Ferris on Sunday after a 4-0 home defeat by "
            "Ashby Town left the club bottom of the Championship.\n\n"
            "“The club thanks Colin for his hard work and wishes him well for the future,” "
            "Westbury said in a post on X.\n\n"
            "Ferris had insisted at his post-match news conference on Saturday that he could "
            "turn things around. “I’m not a quitter. I never have been,” he said. Captain Marcus "
            "Idowu told Sky Sports after the game: “We let the gaffer down. That’s on the "
            "players.”"
        ),
        "quotes": [
            (
                "The club thanks Colin for his hard work and wishes him well for the future,",
                None,
                False,
                "P1",
            ),
            ("I’m not a quitter. I never have been,", "Colin Ferris", False, None),
            ("We let the gaffer down. That’s on the players.", "Marcus Idowu", False, "P2"),
        ],
        "posts": [("P1", None, "X"), ("P2", "Marcus Idowu", "Sky Sports")],
        "people": ["Colin Ferris", "Marcus Idowu"],
    },
    {
        "name": "pipeline-deal-news-release-analyst",
        "text": (
            "Norgate Energy said Tuesday it would buy the Texas pipeline operator Redline "
            "Midstream for $4.1 billion in cash and stock.\n\n"
            "“This combination gives us the scale to compete with anyone in the Permian Basin,” "
            "Norgate chief executive Philip Ashworth said in a news release announcing the deal."
            "\n\n"
            "Not everyone was convinced. “They’re paying top dollar at the top of the cycle,” "
            "said Karen Ibsen, an energy analyst at Calloway Partners."
        ),
        "quotes": [
            (
                "This combination gives us the scale to compete with anyone in the Permian Basin,",
                "Philip Ashworth",
                False,
                "P1",
            ),
            ("They’re paying top dollar at the top of the cycle,", "Karen Ibsen", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Philip Ashworth", "Karen Ibsen"],
    },
    {
        "name": "mayor-campaign-rally-challenger-fragment",
        "text": (
            "Mayor Luis Ortega kicked off his re-election campaign on Saturday with a rally in "
            "Plaza Park, promising to build 5,000 units of affordable housing in four years.\n\n"
            "“They said we couldn’t do it the first time, and we did,” Ortega told a crowd of "
            "several hundred supporters. “Watch us do it again.”\n\n"
            "His challenger, City Councilwoman Grace Whitlow, dismissed the pledge as “a "
            "recycled promise” and said the mayor had missed his last housing target by half."
        ),
        "quotes": [
            ("They said we couldn’t do it the first time, and we did,", "Luis Ortega", False, None),
            ("Watch us do it again.", "Luis Ortega", False, None),
            ("a recycled promise", "Grace Whitlow", True, None),
        ],
        "posts": [],
        "people": ["Luis Ortega", "Grace Whitlow"],
    },
    {
        "name": "er-nurse-tiktok-hospital-statement",
        "text": (
            "A nurse’s TikTok video describing hallway beds and hours-long waits in the "
            "emergency room at St. Anselm Medical Center has been viewed more than 2 million "
            "times.\n\n"
            "“This is what a Tuesday looks like here. Patients in hallways, no beds upstairs, "
            "and we are exhausted,” Kayla Brooks said in the video.\n\n"
            "St. Anselm said in a statement that it was “aware of the video” and was working to "
            "add 40 inpatient beds by the fall. Brooks said Thursday that she had not been "
            "disciplined."
        ),
        "quotes": [
            (
                (
                    "This is what a Tuesday looks like here. Patients in hallways, no beds "
                    "upstairs, and we are exhausted,"
                ),
                "Kayla Brooks",
                False,
                "P1",
            ),
            ("aware of the video", None, True, "P2"),
        ],
        "posts": [("P1", "Kayla Brooks", "TikTok"), ("P2", None, None)],
        "people": ["Kayla Brooks"],
    },
    {
        "name": "astronaut-reddit-ama",
        "text": (
            "Retired NASA astronaut Janet Okoye answered questions from the public in a Reddit "
            "AMA on Sunday, telling users that the hardest part of her six months on the "
            "International Space Station was sleep.\n\n"
            "“You float, your arms drift up, and you wake up punching the wall,” Okoye wrote. "
            "“It took me about three weeks to get used to it.”\n\n"
            "Asked what she missed most, she replied: “Rain. Hands down, rain.”"
        ),
        "quotes": [
            (
                "You float, your arms drift up, and you wake up punching the wall,",
                "Janet Okoye",
                False,
                "P1",
            ),
            ("It took me about three weeks to get used to it.", "Janet Okoye", False, "P1"),
            ("Rain. Hands down, rain.", "Janet Okoye", False, "P1"),
        ],
        "posts": [("P1", "Janet Okoye", "Reddit")],
        "people": ["Janet Okoye"],
    },
    {
        "name": "songwriter-magazine-interview-album-titles",
        "text": (
            "Singer-songwriter Theo Blackwood says his new album, “Gravel Roads,” is the most "
            "personal record he has made.\n\n"
            "“I wrote most of it in my dad’s truck after he died,” Blackwood told Rolling Stone "
            "in an interview published Tuesday. “It still smells like his cigarettes.”\n\n"
            "The album’s first single, “Mile Marker 9,” reached No. 1 on the country charts last "
            "week."
        ),
        "quotes": [
            ("I wrote most of it in my dad’s truck after he died,", "Theo Blackwood", False, "P1"),
            ("It still smells like his cigarettes.", "Theo Blackwood", False, "P1"),
        ],
        "posts": [("P1", "Theo Blackwood", "Rolling Stone")],
        "people": ["Theo Blackwood"],
    },
    {
        "name": "smart-lock-founder-email-and-staff-memo",
        "text": (
            "The founder of the home-security startup Lockwise, Nadia Brenner, apologized to "
            "customers on Wednesday after a software update left thousands of smart locks "
            "unresponsive for most of a day.\n\n"
            "“We let you down, and some of you were locked out of your own homes. I am deeply "
            "sorry,” Brenner wrote in an email to customers.\n\n"
            "In a separate memo to staff, seen by The Verge, she said the company would pause "
            "all updates for 30 days. “Nothing ships until we understand exactly what went "
            "wrong,” she wrote."
        ),
        "quotes": [
            (
                (
                    "We let you down, and some of you were locked out of your own homes. I am "
                    "deeply sorry,"
                ),
                "Nadia Brenner",
                False,
                "P1",
            ),
            (
                "Nothing ships until we understand exactly what went wrong,",
                "Nadia Brenner",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Nadia Brenner", None), ("P2", "Nadia Brenner", None)],
        "people": ["Nadia Brenner"],
    },
    {
        "name": "convenience-store-shooting-briefing",
        "text": (
            "A man was shot and wounded outside a convenience store on Delmar Avenue late "
            "Friday, the second shooting on the block this month.\n\n"
            '"I heard three pops and everybody ran," said Terrence Hale, who works at a '
            "barbershop across the street.\n\n"
            "At a briefing on Saturday, Deputy Chief Monica Ruiz said the victim, a 27-year-old "
            'man, was in stable condition. "We believe this was targeted," she said. "We '
            "don't believe the public is at risk.\""
        ),
        "quotes": [
            ("I heard three pops and everybody ran,", "Terrence Hale", False, None),
            ("We believe this was targeted,", "Monica Ruiz", False, None),
            ("We don't believe the public is at risk.", "Monica Ruiz", False, None),
        ],
        "posts": [],
        "people": ["Terrence Hale", "Monica Ruiz"],
    },
    {
        "name": "april-snowstorm-meteorologist-resident",
        "text": (
            "A late-season snowstorm dumped up to 14 inches of snow on parts of northern "
            "Michigan on Tuesday, closing schools and knocking out power to about 30,000 "
            "customers.\n\n"
            '"This is a heavy, wet snow, the kind that brings down tree limbs and power '
            'lines," said Brian Tessier, a meteorologist with the National Weather Service '
            "office in Pine Ridge.\n\n"
            "In Cedar Bluff, Linda Voss was shoveling her driveway for the third time. \"It's "
            'April," she said. "I had my tulips coming up."'
        ),
        "quotes": [
            (
                "This is a heavy, wet snow, the kind that brings down tree limbs and power lines,",
                "Brian Tessier",
                False,
                None,
            ),
            ("It's April,", "Linda Voss", False, None),
            ("I had my tulips coming up.", "Linda Voss", False, None),
        ],
        "posts": [],
        "people": ["Brian Tessier", "Linda Voss"],
    },
    {
        "name": "tourism-minister-speech-cruise-cap",
        "text": (
            "Greece’s tourism minister, Eleni Vasilaki, said Thursday that the country would cap "
            "cruise ship arrivals at its busiest islands starting next summer.\n\n"
            "“Our islands are not theme parks,” Vasilaki said in a speech at a tourism "
            "conference in Athens. “People live there all year round.”\n\n"
            "The cruise industry group Sea Routes Europe said the cap would cost local "
            "businesses “hundreds of millions of euros.”"
        ),
        "quotes": [
            ("Our islands are not theme parks,", "Eleni Vasilaki", False, None),
            ("People live there all year round.", "Eleni Vasilaki", False, None),
            ("hundreds of millions of euros.", None, True, None),
        ],
        "posts": [],
        "people": ["Eleni Vasilaki"],
    },
    {
        "name": "boxer-comeback-instagram-champion-x",
        "text": (
            "Heavyweight Dmitri Volkov announced on Instagram on Monday that he would come out "
            "of retirement to fight for the world title in September.\n\n"
            "“One more. I have one more in me,” the 34-year-old wrote beneath a video of himself "
            "sparring.\n\n"
            "The champion, Andre “The Hammer” Gibbs, responded in a post of his own on X. “Tell "
            "him to bring a stretcher,” Gibbs wrote."
        ),
        "quotes": [
            ("One more. I have one more in me,", "Dmitri Volkov", False, "P1"),
            ("Tell him to bring a stretcher,", "Andre Gibbs", False, "P2"),
        ],
        "posts": [("P1", "Dmitri Volkov", "Instagram"), ("P2", "Andre Gibbs", "X")],
        "people": ["Dmitri Volkov", "Andre Gibbs"],
    },
    {
        "name": "youth-coach-sentencing-hearing",
        "text": (
            "A former youth soccer coach in Brantford County was sentenced Wednesday to 12 years "
            "in prison for abusing players over nearly a decade.\n\n"
            "“You used a game these children loved to get close to them,” Judge Patricia Olawale "
            "told Dennis Carver, 52, before imposing the sentence.\n\n"
            "One of his former players, now 24, addressed the court. “I was 11. I thought he was "
            "my friend,” he said. Carver did not speak."
        ),
        "quotes": [
            (
                "You used a game these children loved to get close to them,",
                "Patricia Olawale",
                False,
                None,
            ),
            ("I was 11. I thought he was my friend,", None, False, None),
        ],
        "posts": [],
        "people": ["Patricia Olawale", "Dennis Carver"],
    },
    {
        "name": "school-bond-vote-split-attribution",
        "text": (
            "“We have a building that is 90 years old,” said school board member Frank "
            "Delacroix, “and a roof that leaks every time it rains.”\n\n"
            "The Ashford school board voted 5-2 on Monday night to put a $48 million bond "
            "measure on the November ballot to replace Ashford Middle School.\n\n"
            "Board member Susan Tate voted no, saying taxpayers had “been asked enough” after "
            "two tax increases in three years."
        ),
        "quotes": [
            ("We have a building that is 90 years old,", "Frank Delacroix", False, None),
            ("and a roof that leaks every time it rains.", "Frank Delacroix", False, None),
            ("been asked enough", "Susan Tate", True, None),
        ],
        "posts": [],
        "people": ["Frank Delacroix", "Susan Tate"],
    },
]
