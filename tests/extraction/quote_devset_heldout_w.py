"""A seventeenth self-made dev set, held out (W): written after the last rule change; its first run is an unseen estimate.

Written with set V, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set O (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, court filing, judge's opinion or essay with no named outlet is a post
with no platform; a press release is a post with platform "press release"; a
news conference, briefing, rally, speech, court hearing or "told reporters" is
not a post; a comment under a post belongs to it, a post "of his own" is a new
one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None; titles, nicknames and
scare quotes in marks are not quotes. Gold rows must never be edited to make a
rule pass.
"""

from __future__ import annotations

HELDOUT_SET_W: list[dict] = [
    {
        "name": "morning-show-multi-paragraph",
        "text": (
            "Country singer Carly Jo Whitaker appeared on “Good Morning America” on Thursday, "
            "her first television interview since canceling her tour in the spring.\n\n"
            "“I was running on empty for two years. I just did not know how to say it.\n\n"
            "“Now I do,” Whitaker told co-anchor Robin Hale."
        ),
        "quotes": [
            (
                "I was running on empty for two years. I just did not know how to say it.",
                "Carly Jo Whitaker",
                False,
                "P1",
            ),
            ("Now I do,", "Carly Jo Whitaker", False, "P1"),
        ],
        "posts": [("P1", "Carly Jo Whitaker", "Good Morning America")],
        "people": ["Carly Jo Whitaker", "Robin Hale"],
    },
    {
        "name": "mayor-facebook-description-speaker",
        "text": (
            "Mayor Elena Vasquez said on Facebook on Monday that she would not seek a second term. "
            "“Serving this city has been the honor of my life,” the first-term Democrat wrote.\n\n"
            "Vasquez, 58, did not say what she planned to do next."
        ),
        "quotes": [
            ("Serving this city has been the honor of my life,", "Elena Vasquez", False, "P1"),
        ],
        "posts": [("P1", "Elena Vasquez", "Facebook")],
        "people": ["Elena Vasquez"],
    },
    {
        "name": "press-release-no-quote-and-analyst",
        "text": (
            "Crestview Pharmaceuticals announced in a press release on Wednesday that it would "
            "halt a late-stage trial of its experimental Alzheimer’s drug. The company’s stock "
            "fell 31%.\n\n"
            "“This was their most important asset,” said Leo Fairbanks, an analyst at Morgan "
            "Stanley. “There is no easy way back from this.”"
        ),
        "quotes": [
            ("This was their most important asset,", "Leo Fairbanks", False, None),
            ("There is no easy way back from this.", "Leo Fairbanks", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Leo Fairbanks"],
    },
    {
        "name": "retirement-instagram-teammate-comments",
        "text": (
            "Two-time Olympic swimmer Hannah Price announced her retirement on Instagram on "
            "Saturday. “The water gave me everything,” Price wrote.\n\n"
            "Former teammate Ali Rahman commented, “Legend.” Price’s longtime coach, Bill "
            "Dorsey, added: “Proudest of who you are out of the pool.”"
        ),
        "quotes": [
            ("The water gave me everything,", "Hannah Price", False, "P1"),
            ("Legend.", "Ali Rahman", False, "P1"),
            ("Proudest of who you are out of the pool.", "Bill Dorsey", False, "P1"),
        ],
        "posts": [("P1", "Hannah Price", "Instagram")],
        "people": ["Hannah Price", "Ali Rahman", "Bill Dorsey"],
    },
    {
        "name": "sentencing-hearing-in-court",
        "text": (
            "A former bookkeeper who stole $800,000 from a Catholic church in Scranton was "
            "sentenced Tuesday to six years in prison.\n\n"
            "“You stole from people who trusted you with their Sunday collection,” Judge Walter "
            "Kim told Deborah Lutz before announcing the sentence. Lutz, 61, apologized to the "
            "parish. “I am ashamed,” she said in court."
        ),
        "quotes": [
            (
                "You stole from people who trusted you with their Sunday collection,",
                "Walter Kim",
                False,
                None,
            ),
            ("I am ashamed,", "Deborah Lutz", False, None),
        ],
        "posts": [],
        "people": ["Walter Kim", "Deborah Lutz"],
    },
    {
        "name": "principal-letter-to-families",
        "text": (
            "Lincoln High School will hire two additional counselors after a series of student "
            "walkouts, principal Marcus Feld said in a letter to families on Friday.\n\n"
            "“We heard you,” Feld wrote. “Our students deserve more than one counselor for every "
            "500 of them.”"
        ),
        "quotes": [
            ("We heard you,", "Marcus Feld", False, "P1"),
            (
                "Our students deserve more than one counselor for every 500 of them.",
                "Marcus Feld",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Marcus Feld", None)],
        "people": ["Marcus Feld"],
    },
    {
        "name": "nasa-news-conference-not-post",
        "text": (
            "NASA’s Perseverance rover has collected a rock sample that could hold signs of "
            "ancient microbial life, scientists said at a news conference on Wednesday.\n\n"
            "“This is the most compelling sample we have found so far,” said project scientist "
            "Ruth Adeyemi. She cautioned that only a lab on Earth could settle the question."
        ),
        "quotes": [
            (
                "This is the most compelling sample we have found so far,",
                "Ruth Adeyemi",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Ruth Adeyemi"],
    },
    {
        "name": "tech-ceo-podcast-show",
        "text": (
            "The chief executive of chipmaker Orbis, Daniel Yeh, said on the “Decoder” podcast "
            "that the company had no plans to build factories outside Taiwan. “Our engineers are "
            "there, our suppliers are there,” Yeh said.\n\n"
            "Orbis supplies processors to most of the world’s largest phone makers."
        ),
        "quotes": [
            ("Our engineers are there, our suppliers are there,", "Daniel Yeh", False, "P1"),
        ],
        "posts": [("P1", "Daniel Yeh", "Decoder")],
        "people": ["Daniel Yeh"],
    },
    {
        "name": "health-commissioner-radio",
        "text": (
            "The city’s measles outbreak has grown to 46 cases, Health Commissioner Dr. Lisa "
            "Cheng said in an interview with WNYC on Monday. Most of the patients are children "
            "who were not vaccinated, she said.\n\n"
            "“Every one of these cases was preventable,” Cheng said."
        ),
        "quotes": [("Every one of these cases was preventable,", "Lisa Cheng", False, "P1")],
        "posts": [("P1", "Lisa Cheng", "WNYC")],
        "people": ["Lisa Cheng"],
    },
    {
        "name": "exhibit-title-and-scare-quotes",
        "text": (
            "The Whitney Museum’s new exhibition, “Borrowed Light,” brings together 60 works by "
            "so-called “commercial” artists of the 1950s.\n\n"
            "“These painters were doing serious work,” curator Hugo Lindahl told reporters at a "
            "preview on Tuesday. The show opens to the public on Friday."
        ),
        "quotes": [("These painters were doing serious work,", "Hugo Lindahl", False, None)],
        "posts": [],
        "people": ["Hugo Lindahl"],
    },
    {
        "name": "ministers-trade-posts-on-x",
        "text": (
            "Polish Foreign Minister Tomasz Wrona accused Moscow on X of “deliberately "
            "targeting” civilian power stations. Hours later, Hungarian Foreign Minister Gabor "
            "Szalai responded in a post of his own, writing that Europe should “stop pouring "
            "fuel on the fire.”"
        ),
        "quotes": [
            ("deliberately targeting", "Tomasz Wrona", True, "P1"),
            ("stop pouring fuel on the fire.", "Gabor Szalai", True, "P2"),
        ],
        "posts": [("P1", "Tomasz Wrona", "X"), ("P2", "Gabor Szalai", "X")],
        "people": ["Tomasz Wrona", "Gabor Szalai"],
    },
    {
        "name": "university-president-essay",
        "text": (
            "In an essay published by The Atlantic on Sunday, Northfield University President "
            "Catherine Ambrose argued that elite colleges had “lost the trust of the middle "
            "class.” Ambrose, who took office last year, proposed ending legacy admissions at "
            "Northfield."
        ),
        "quotes": [("lost the trust of the middle class.", "Catherine Ambrose", True, "P1")],
        "posts": [("P1", "Catherine Ambrose", "The Atlantic")],
        "people": ["Catherine Ambrose"],
    },
    {
        "name": "premiere-red-carpet-not-post",
        "text": (
            "Stars turned out in Los Angeles on Monday for the premiere of “Nightfall Harbor,” "
            "the final film in the spy franchise. “It feels like the end of school,” actor Oscar "
            "Bellweather said on the red carpet. His co-star, Tessa Mori, said she had kept her "
            "character’s leather jacket."
        ),
        "quotes": [("It feels like the end of school,", "Oscar Bellweather", False, None)],
        "posts": [],
        "people": ["Oscar Bellweather", "Tessa Mori"],
    },
    {
        "name": "governor-statement-unnamed-spokesperson",
        "text": (
            "Gov. Martin Holloway signed a bill on Thursday raising the state’s minimum wage to "
            "$17 an hour by 2028. “No one who works full time should live in poverty,” Holloway "
            "said in a statement.\n\n"
            "A spokesperson for the state Chamber of Commerce said the increase would “force "
            "small businesses to cut jobs.”"
        ),
        "quotes": [
            ("No one who works full time should live in poverty,", "Martin Holloway", False, "P1"),
            ("force small businesses to cut jobs.", None, True, None),
        ],
        "posts": [("P1", "Martin Holloway", None)],
        "people": ["Martin Holloway"],
    },
    {
        "name": "coach-news-conference-fragment",
        "text": (
            "Westbridge Rovers manager Tomas Reyes said Friday that striker Luka Varga would miss at least "
            "six weeks with a hamstring injury. Speaking at his weekly news conference, Reyes "
            "called the timing “cruel” but said the squad had “enough quality” to cope."
        ),
        "quotes": [
            ("cruel", "Tomas Reyes", True, None),
            ("enough quality", "Tomas Reyes", True, None),
        ],
        "posts": [],
        "people": ["Tomas Reyes", "Luka Varga"],
    },
    {
        "name": "union-leader-threads-and-company-reply",
        "text": (
            "The head of the flight attendants’ union, Sharon Ebi, said on Threads on Tuesday "
            "that members had voted overwhelmingly to authorize a strike. “We are done waiting,” "
            "she wrote.\n\n"
            "Skyline Air said in a statement that it remained “committed to reaching a fair "
            "agreement.”"
        ),
        "quotes": [
            ("We are done waiting,", "Sharon Ebi", False, "P1"),
            ("committed to reaching a fair agreement.", None, True, "P2"),
        ],
        "posts": [("P1", "Sharon Ebi", "Threads"), ("P2", None, None)],
        "people": ["Sharon Ebi"],
    },
    {
        "name": "appeals-dissent",
        "text": (
            "A divided federal appeals court on Friday upheld the state’s ban on hand-held phone "
            "use while driving. Writing for the majority, Judge Paul Enright said the law served "
            "“an obvious public safety interest.”\n\n"
            "In a dissent, Judge Miriam Osborne wrote that the ban was “written so broadly that "
            "it reaches a driver checking a map at a red light.”"
        ),
        "quotes": [
            ("an obvious public safety interest.", "Paul Enright", True, "P1"),
            (
                "written so broadly that it reaches a driver checking a map at a red light.",
                "Miriam Osborne",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", "Paul Enright", None), ("P2", "Miriam Osborne", None)],
        "people": ["Paul Enright", "Miriam Osborne"],
    },
    {
        "name": "house-fire-chief-and-neighbor",
        "text": (
            "A fire early Sunday destroyed a two-story home on Birch Lane in Oakdale, but all "
            "five members of the family inside escaped, Fire Chief Donna Reilly said.\n\n"
            "“The smoke alarm saved their lives,” Reilly said. A neighbor who helped the "
            "children over a back fence said she heard them screaming. “I just ran,” she said."
        ),
        "quotes": [
            ("The smoke alarm saved their lives,", "Donna Reilly", False, None),
            ("I just ran,", None, False, None),
        ],
        "posts": [],
        "people": ["Donna Reilly"],
    },
    {
        "name": "magazine-interview-same-interview-fragment",
        "text": (
            "Rapper Jaylen “J-Volt” Okoye told Rolling Stone that his next album would be his last. "
            "“I want to leave while I still love it,” he said.\n\n"
            "In the same interview, Okoye described his early years in Atlanta as “broke but "
            "happy.” He also said he would keep producing for other artists."
        ),
        "quotes": [
            ("I want to leave while I still love it,", "Jaylen Okoye", False, "P1"),
            ("broke but happy.", "Jaylen Okoye", True, "P1"),
        ],
        "posts": [("P1", "Jaylen Okoye", "Rolling Stone")],
        "people": ["Jaylen Okoye"],
    },
    {
        "name": "election-report-no-quotes",
        "text": (
            "Voters in Chile went to the polls on Sunday in a runoff between former mining "
            "minister Javier Olmedo and Congresswoman Isabel Roca. Polls closed at 6 p.m., and "
            "official results were expected late in the evening.\n\n"
            "Roca, who campaigned on a pledge to cut crime, led in most pre-election surveys."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Javier Olmedo", "Isabel Roca"],
    },
]
