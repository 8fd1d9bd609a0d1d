"""A seventh self-made dev set, held out: written after the fixes on sets A to F.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus); a televised debate counts as a TV appearance (a post), and a
follow-up post is a post of its own. Committed before the rules were first run
on it; that first score (recorded in benchmarks/quotes.py) is an unseen-text
estimate; rules fixed after it was seen make later scores on it optimistic.
Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_G: list[dict] = [
    {
        "name": "health-official-reporters",
        "text": (
            "Dr. Helen Brooks, the state’s top health official, urged residents to get vaccinated "
            "before the holidays. “The numbers are climbing fast,” Brooks told reporters on Monday. "
            "“This is the moment to act.”\n\n"
            "Asked about school closures, she said there were “no plans at this time.”"
        ),
        "quotes": [
            ("The numbers are climbing fast,", "Helen Brooks", False, None),
            ("This is the moment to act.", "Helen Brooks", False, None),
            ("no plans at this time.", "Helen Brooks", True, None),
        ],
        "posts": [],
        "people": ["Helen Brooks"],
    },
    {
        "name": "instagram-family-photo-magazine",
        "text": (
            "Reality star Kendra Lewis posted a family photo on Instagram on Tuesday, writing, "
            "“Grateful for this crew.” Her husband, Derek Lewis, commented with three heart emojis."
            "\n\n"
            "The mother of three has been open about her struggles with anxiety. In a 2022 interview "
            "with Glamour, she called therapy “the best thing I ever did.”"
        ),
        "quotes": [
            ("Grateful for this crew.", "Kendra Lewis", False, "P1"),
            ("the best thing I ever did.", "Kendra Lewis", True, "P2"),
        ],
        "posts": [("P1", "Kendra Lewis", "Instagram"), ("P2", "Kendra Lewis", "Glamour")],
        "people": ["Kendra Lewis", "Derek Lewis"],
    },
    {
        "name": "basketball-coach-and-star",
        "text": (
            "“We let this one slip away,” said Coach Dan Whitley after Friday’s overtime loss. “We "
            "have to be better on defense.”\n\n"
            "Star forward Jalen Cruz, who scored 31 points, agreed. “It’s on all of us,” the "
            "22-year-old said."
        ),
        "quotes": [
            ("We let this one slip away,", "Dan Whitley", False, None),
            ("We have to be better on defense.", "Dan Whitley", False, None),
            ("It’s on all of us,", "Jalen Cruz", False, None),
        ],
        "posts": [],
        "people": ["Dan Whitley", "Jalen Cruz"],
    },
    {
        "name": "x-follow-up-post-and-reply",
        "text": (
            "Tech billionaire Victor Hale announced on X that his company would build a factory in "
            "Texas. “Construction starts next month,” Hale wrote. In a follow-up post, he added: “We "
            "are hiring.”\n\n"
            "Rival executive Sara Quinn mocked the plan in a reply: “Sure you are.”"
        ),
        "quotes": [
            ("Construction starts next month,", "Victor Hale", False, "P1"),
            ("We are hiring.", "Victor Hale", False, "P2"),
            ("Sure you are.", "Sara Quinn", False, "P2"),
        ],
        "posts": [("P1", "Victor Hale", "X"), ("P2", "Victor Hale", "X")],
        "people": ["Victor Hale", "Sara Quinn"],
    },
    {
        "name": "book-podcast-titled",
        "text": (
            "Author Tessa Grey discussed her debut novel on the “Book Talk” podcast on Wednesday. “I "
            "wrote the first draft in six weeks,” Grey said. “The rewrite took three years.”"
        ),
        "quotes": [
            ("I wrote the first draft in six weeks,", "Tessa Grey", False, "P1"),
            ("The rewrite took three years.", "Tessa Grey", False, "P1"),
        ],
        "posts": [("P1", "Tessa Grey", "Book Talk")],
        "people": ["Tessa Grey"],
    },
    {
        "name": "bike-lane-residents-straight",
        "text": (
            'Residents of Elm Street say the new bike lane has made their commute safer. "I feel '
            'like I can breathe again," said Maria Lopez, who rides to work daily.\n\n'
            "But shop owner Kevin Tran said business had dropped. \"My customers can't park "
            'anymore," he said.'
        ),
        "quotes": [
            ("I feel like I can breathe again,", "Maria Lopez", False, None),
            ("My customers can't park anymore,", "Kevin Tran", False, None),
        ],
        "posts": [],
        "people": ["Maria Lopez", "Kevin Tran"],
    },
    {
        "name": "snapchat-skater-friend",
        "text": (
            "Teen skater Zoe Park shared a Snapchat video of her landing the trick for the first "
            "time. “I have been trying this for a year!” she screamed in the clip.\n\n"
            "A friend who filmed the moment can be heard yelling, “You did it!”"
        ),
        "quotes": [
            ("I have been trying this for a year!", "Zoe Park", False, "P1"),
            ("You did it!", None, False, "P1"),
        ],
        "posts": [("P1", "Zoe Park", "Snapchat")],
        "people": ["Zoe Park"],
    },
    {
        "name": "lawyers-statement",
        "text": (
            "Lawyers for singer Marcus Vale released a statement on Thursday denying the allegations. "
            "“Mr. Vale has never met the accuser,” the statement said. “He will fight these claims "
            "in court.”\n\n"
            "Vale has not spoken publicly since the lawsuit was filed."
        ),
        "quotes": [
            ("Mr. Vale has never met the accuser,", None, False, "P1"),
            ("He will fight these claims in court.", None, False, "P1"),
        ],
        "posts": [("P1", None, None)],
        "people": ["Marcus Vale"],
    },
    {
        "name": "vogue-cover-multi-paragraph",
        "text": (
            "In a cover story for Vogue published Tuesday, actress Lena Ford opened up about leaving "
            "Hollywood. “I was exhausted,” she told the magazine. “I had not slept properly in "
            "years.\n\n"
            "“So I bought a farm.”"
        ),
        "quotes": [
            ("I was exhausted,", "Lena Ford", False, "P1"),
            ("I had not slept properly in years.", "Lena Ford", False, "P1"),
            ("So I bought a farm.", "Lena Ford", False, "P1"),
        ],
        "posts": [("P1", "Lena Ford", "Vogue")],
        "people": ["Lena Ford"],
    },
    {
        "name": "tv-debate-fired-back",
        "text": (
            "The two candidates clashed repeatedly during Tuesday night’s debate on CNN. “My opponent "
            "has no plan,” Senator Rick Olsen said. His challenger, Mayor Dana Price, fired back: “I "
            "have a plan. You have excuses.”"
        ),
        "quotes": [
            ("My opponent has no plan,", "Rick Olsen", False, "P1"),
            ("I have a plan. You have excuses.", "Dana Price", False, "P1"),
        ],
        "posts": [("P1", "Rick Olsen", "CNN")],
        "people": ["Rick Olsen", "Dana Price"],
    },
]
