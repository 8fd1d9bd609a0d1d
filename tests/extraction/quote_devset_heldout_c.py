"""A third self-made dev set, held out: written after the rules were fixed on sets A and B.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus), plus: a news conference counts as a statement (a post). Committed
before the rules were first run on it; its first score is reported as the
unseen-text estimate. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_C: list[dict] = [
    {
        "name": "british-single-quotes",
        "text": (
            "Prime Minister Claire Holt defended the plan in the Commons on Wednesday. ‘This is the "
            "right decision for the country,’ she told MPs. ‘We will not be blown off course.’\n\n"
            "Opposition leader Mark Evans called the plan ‘a shambles’ and said his party would vote "
            "against it."
        ),
        "quotes": [
            ("This is the right decision for the country,", "Claire Holt", False, None),
            ("We will not be blown off course.", "Claire Holt", False, None),
            ("a shambles", "Mark Evans", True, None),
        ],
        "posts": [],
        "people": ["Claire Holt", "Mark Evans"],
    },
    {
        "name": "question-and-dash",
        "text": (
            '"Why would anyone trust them now?" asked Dana Whitfield, whose home flooded twice in '
            'three years. "They promised us a wall — and we got a sign."\n\n'
            "Whitfield, a nurse, said she plans to move in the spring."
        ),
        "quotes": [
            ("Why would anyone trust them now?", "Dana Whitfield", False, None),
            ("They promised us a wall — and we got a sign.", "Dana Whitfield", False, None),
        ],
        "posts": [],
        "people": ["Dana Whitfield"],
    },
    {
        "name": "tv-magazine-two-founders",
        "text": (
            "In an interview with 60 Minutes that aired Sunday, tech founder Ravi Menon and his "
            "co-founder, Grace Liu, described the company’s early days. “We slept under our desks,” "
            "Menon said. “Literally,” Liu added with a laugh.\n\n"
            "Menon, 41, said the company nearly ran out of money in 2019. “We had six weeks of cash "
            "left,” he said."
        ),
        "quotes": [
            ("We slept under our desks,", "Ravi Menon", False, "P1"),
            ("Literally,", "Grace Liu", False, "P1"),
            ("We had six weeks of cash left,", "Ravi Menon", False, "P1"),
        ],
        "posts": [("P1", "Ravi Menon", "60 Minutes")],
        "people": ["Ravi Menon", "Grace Liu"],
    },
    {
        "name": "threads-apology-reply",
        "text": (
            "Chef Tom Baxter apologized on Threads on Tuesday after a video of him shouting at a "
            "waiter went viral. “I was wrong, and I’m sorry,” Baxter wrote. “There is no excuse.”\n\n"
            "Former employee Lena Ortiz replied to the post: “Took you long enough.”\n\n"
            "Baxter has previously described his kitchen as “intense” but “fair.”"
        ),
        "quotes": [
            ("I was wrong, and I’m sorry,", "Tom Baxter", False, "P1"),
            ("There is no excuse.", "Tom Baxter", False, "P1"),
            ("Took you long enough.", "Lena Ortiz", False, "P1"),
            ("intense", "Tom Baxter", True, None),
            ("fair.", "Tom Baxter", True, None),
        ],
        "posts": [("P1", "Tom Baxter", "Threads")],
        "people": ["Tom Baxter", "Lena Ortiz"],
    },
    {
        "name": "youtube-multi-paragraph-fans",
        "text": (
            "In a 20-minute YouTube video posted Friday, gamer Alex Kim explained why he is quitting "
            "streaming. “I have been doing this for ten years,” Kim says in the video. “I love it, "
            "but I need to sleep.\n\n"
            "“I need to see my family.”\n\n"
            "Fans reacted with an outpouring of support. “Take care of yourself,” one wrote."
        ),
        "quotes": [
            ("I have been doing this for ten years,", "Alex Kim", False, "P1"),
            ("I love it, but I need to sleep.", "Alex Kim", False, "P1"),
            ("I need to see my family.", "Alex Kim", False, "P1"),
            ("Take care of yourself,", None, False, "P1"),
        ],
        "posts": [("P1", "Alex Kim", "YouTube")],
        "people": ["Alex Kim"],
    },
    {
        "name": "news-conference-and-family-statement",
        "text": (
            "Police Chief Maria Santos said at a news conference on Monday that the suspect had been "
            "arrested. “The community can rest easier tonight,” Santos said.\n\n"
            "In a statement, the victim’s family thanked investigators. “We will never get our "
            "daughter back, but we have some peace,” the family said."
        ),
        "quotes": [
            ("The community can rest easier tonight,", "Maria Santos", False, "P1"),
            ("We will never get our daughter back, but we have some peace,", None, False, "P2"),
        ],
        "posts": [("P1", "Maria Santos", None), ("P2", None, None)],
        "people": ["Maria Santos"],
    },
    {
        "name": "instagram-anniversary-nickname",
        "text": (
            "Singer Jenna “JJ” Cruz celebrated her anniversary with a sweet Instagram post on "
            "Saturday. “Ten years with my best friend,” she captioned a photo of the couple in Paris. "
            "Her husband, actor Luke Barnes, commented, “Here’s to 50 more.”"
        ),
        "quotes": [
            ("Ten years with my best friend,", "Jenna Cruz", False, "P1"),
            ("Here’s to 50 more.", "Luke Barnes", False, "P1"),
        ],
        "posts": [("P1", "Jenna Cruz", "Instagram")],
        "people": ["Jenna Cruz", "Luke Barnes"],
    },
    {
        "name": "op-ed-fragments",
        "text": (
            "Former senator Paul Greer argued in a New York Times op-ed published Thursday that the "
            'filibuster "has outlived its purpose." "The Senate was designed to deliberate, not to '
            'stall," Greer wrote.\n\n'
            'Critics were quick to respond. Senator Amy Cho called the essay "revisionist history."'
        ),
        "quotes": [
            ("has outlived its purpose.", "Paul Greer", True, "P1"),
            ("The Senate was designed to deliberate, not to stall,", "Paul Greer", False, "P1"),
            ("revisionist history.", "Amy Cho", True, None),
        ],
        "posts": [("P1", "Paul Greer", "New York Times")],
        "people": ["Paul Greer", "Amy Cho"],
    },
    {
        "name": "radio-duo-they",
        "text": (
            "Musicians Omar Reid and Tessa Lane spoke to NPR on Wednesday about their new duet album. "
            "“We wrote most of it in a van,” Reid said. They said the album is “a love letter to the "
            "road.”"
        ),
        "quotes": [
            ("We wrote most of it in a van,", "Omar Reid", False, "P1"),
            ("a love letter to the road.", "Omar Reid and Tessa Lane", True, "P1"),
        ],
        "posts": [("P1", "Omar Reid", "NPR")],
        "people": ["Omar Reid", "Tessa Lane"],
    },
    {
        "name": "town-hall-show-title",
        "text": (
            "Residents packed the town hall on Tuesday to debate the proposed casino. “It will bring "
            "jobs,” said Frank Moreno, who owns a hardware store on Main Street. Others were "
            "skeptical.\n\n"
            "“We have seen this movie before,” said retired teacher Ellen Shaw, who compared the plan "
            "to an episode of “The Simpsons.”"
        ),
        "quotes": [
            ("It will bring jobs,", "Frank Moreno", False, None),
            ("We have seen this movie before,", "Ellen Shaw", False, None),
        ],
        "posts": [],
        "people": ["Frank Moreno", "Ellen Shaw"],
    },
]
