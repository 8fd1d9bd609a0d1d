"""A tenth self-made dev set, held out (J): written before the quotes-quality fixes, to measure them.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus): a fragment quoted in narration with a "said"-type verb has no post;
"told reporters" or a news conference is not a post, an interview with a named
outlet or show is (platform: the outlet or show); a statement is a post with no
platform; a comment or reply under a post belongs to that post, a reply "in
her own post" or a repost is a new one; an unnamed or non-person speaker is
None. Titles in quotation marks (films, shows, albums) are not quotes.
Committed before the rules were first run on it; that first score is recorded
in benchmarks/quotes.py. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_J: list[dict] = [
    {
        "name": "podcast-guest-and-host",
        "text": (
            "Comedian Rosa Delgado said on a recent episode of the podcast “Good Hang” that she "
            "nearly quit stand-up in 2015. “I was broke and exhausted,” Delgado told host Amy "
            "Linden. “My mom kept telling me to get a real job.”\n\n"
            "Delgado, 39, now headlines arenas."
        ),
        "quotes": [
            ("I was broke and exhausted,", "Rosa Delgado", False, "P1"),
            ("My mom kept telling me to get a real job.", "Rosa Delgado", False, "P1"),
        ],
        "posts": [("P1", "Rosa Delgado", "Good Hang")],
        "people": ["Rosa Delgado", "Amy Linden"],
    },
    {
        "name": "radio-interview-and-remarks",
        "text": (
            "Governor Paul Whitaker defended the budget cuts in an interview with KQED on "
            "Wednesday. “Nobody likes cutting programs,” Whitaker said. “But the numbers do not "
            "lie.”\n\n"
            "State Senator Dana Lowe, a Democrat, called the cuts “cruel and unnecessary” in "
            "remarks to reporters."
        ),
        "quotes": [
            ("Nobody likes cutting programs,", "Paul Whitaker", False, "P1"),
            ("But the numbers do not lie.", "Paul Whitaker", False, "P1"),
            ("cruel and unnecessary", "Dana Lowe", True, None),
        ],
        "posts": [("P1", "Paul Whitaker", "KQED")],
        "people": ["Paul Whitaker", "Dana Lowe"],
    },
    {
        "name": "club-statement-coach-instagram",
        "text": (
            "Harbor City FC have parted ways with head coach Marco Bellini after a run of six "
            "straight defeats. “We thank Marco for his commitment and wish him well,” the club said "
            "in a statement on Sunday.\n\n"
            "Bellini, 52, posted a farewell message on Instagram hours later. “Proud of what we "
            "built together,” he wrote."
        ),
        "quotes": [
            ("We thank Marco for his commitment and wish him well,", None, False, "P1"),
            ("Proud of what we built together,", "Marco Bellini", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Marco Bellini", "Instagram")],
        "people": ["Marco Bellini"],
    },
    {
        "name": "daughter-announced-death",
        "text": (
            "Jazz pianist Walter Greene has died at 88, his daughter announced on Facebook on "
            "Tuesday. “Dad played until the very end,” Lisa Greene wrote. “He would want you to put "
            "on a record tonight.”"
        ),
        "quotes": [
            ("Dad played until the very end,", "Lisa Greene", False, "P1"),
            ("He would want you to put on a record tonight.", "Lisa Greene", False, "P1"),
        ],
        "posts": [("P1", "Lisa Greene", "Facebook")],
        "people": ["Walter Greene", "Lisa Greene"],
    },
    {
        "name": "post-with-no-platform",
        "text": (
            "Pop star Kira Vance shared an update with fans on Friday after canceling two shows. "
            "“My voice needs rest, and I need to listen to my body,” she wrote in the post. “I love "
            "you all.”"
        ),
        "quotes": [
            ("My voice needs rest, and I need to listen to my body,", "Kira Vance", False, "P1"),
            ("I love you all.", "Kira Vance", False, "P1"),
        ],
        "posts": [("P1", "Kira Vance", None)],
        "people": ["Kira Vance"],
    },
    {
        "name": "tiktok-clip-and-comment",
        "text": (
            "Nurse Tasha Ellis went viral on TikTok this week after filming her last shift before "
            "retirement. “Forty years, and I would do it all again,” she says in the clip.\n\n"
            "Her former colleague Joan Pierce left a comment under the video. “The best nurse I "
            "ever worked with,” Pierce wrote."
        ),
        "quotes": [
            ("Forty years, and I would do it all again,", "Tasha Ellis", False, "P1"),
            ("The best nurse I ever worked with,", "Joan Pierce", False, "P1"),
        ],
        "posts": [("P1", "Tasha Ellis", "TikTok")],
        "people": ["Tasha Ellis", "Joan Pierce"],
    },
    {
        "name": "company-recall-spokesperson",
        "text": (
            "Brightline Inc. said Monday it would recall 40,000 space heaters after reports of "
            "overheating. “Customer safety is our top priority,” a company spokesperson said. The "
            "recall affects units sold since March.\n\n"
            "Consumer advocate Martin Cole said the move was “long overdue.”"
        ),
        "quotes": [
            ("Customer safety is our top priority,", None, False, None),
            ("long overdue.", "Martin Cole", True, None),
        ],
        "posts": [],
        "people": ["Martin Cole"],
    },
    {
        "name": "coach-and-player-news-conference",
        "text": (
            "After the loss, head coach Dan Mercer did not hide his frustration. “We gave that game "
            "away,” Mercer said at a news conference. Point guard Jalen Ross was more upbeat. “It is "
            "one game,” Ross said. “We will be fine.”"
        ),
        "quotes": [
            ("We gave that game away,", "Dan Mercer", False, None),
            ("It is one game,", "Jalen Ross", False, None),
            ("We will be fine.", "Jalen Ross", False, None),
        ],
        "posts": [],
        "people": ["Dan Mercer", "Jalen Ross"],
    },
    {
        "name": "magazine-interview-unnamed-friend",
        "text": (
            "In an interview with Harper’s Bazaar, actress Nina Castillo opened up about her "
            "divorce. “It was the hardest year of my life,” she said.\n\n"
            "A friend of the actress, who asked not to be named, said Castillo was “doing much "
            "better now.”"
        ),
        "quotes": [
            ("It was the hardest year of my life,", "Nina Castillo", False, "P1"),
            ("doing much better now.", None, True, None),
        ],
        "posts": [("P1", "Nina Castillo", "Harper’s Bazaar")],
        "people": ["Nina Castillo"],
    },
    {
        "name": "speech-multi-paragraph-quote",
        "text": (
            "Former astronaut Carla Jensen recalled her first spacewalk in a speech at Purdue "
            "University on Saturday.\n\n"
            "“I remember looking down and seeing the whole of Africa at once.\n\n"
            "“Nothing prepares you for that,” Jensen said."
        ),
        "quotes": [
            (
                "I remember looking down and seeing the whole of Africa at once.",
                "Carla Jensen",
                False,
                None,
            ),
            ("Nothing prepares you for that,", "Carla Jensen", False, None),
        ],
        "posts": [],
        "people": ["Carla Jensen"],
    },
    {
        "name": "x-post-airline-replies",
        "text": (
            "Senator Ruth Hale accused the airline of price gouging in a post on X. “Families "
            "should not pay $900 to fly home for the holidays,” Hale wrote. SkyWest Airlines "
            "replied to the post, saying fares “reflect demand.”"
        ),
        "quotes": [
            (
                "Families should not pay $900 to fly home for the holidays,",
                "Ruth Hale",
                False,
                "P1",
            ),
            ("reflect demand.", None, True, "P1"),
        ],
        "posts": [("P1", "Ruth Hale", "X")],
        "people": ["Ruth Hale"],
    },
    {
        "name": "film-title-then-variety",
        "text": (
            "Director Sofia Marin’s new film, “The Long Winter,” premiered at the Berlin festival "
            "on Thursday. Marin told Variety that the story was inspired by her grandfather. “He "
            "never talked about the war,” she said. “This film is my way of asking him.”"
        ),
        "quotes": [
            ("He never talked about the war,", "Sofia Marin", False, "P1"),
            ("This film is my way of asking him.", "Sofia Marin", False, "P1"),
        ],
        "posts": [("P1", "Sofia Marin", "Variety")],
        "people": ["Sofia Marin"],
    },
]
