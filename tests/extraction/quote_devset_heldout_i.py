"""A ninth self-made dev set, held out: written after the last rule change, to score the delivered rules.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus); a congressional hearing is not a post, a documentary that interviews
someone is (platform: where it streams). Committed before the rules were first
run on it; that first score (recorded in benchmarks/quotes.py) is the
unseen-text estimate of the rules as delivered, and no rule was changed after
it. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_I: list[dict] = [
    {
        "name": "retirement-post-club-statement",
        "text": (
            "Soccer star Luis Romero announced his retirement in an emotional Instagram post on "
            "Monday. “It is time to hang up my boots,” the 36-year-old wrote. “Thank you, Madrid.”"
            "\n\n"
            "His club, Real Madrid, said in a statement that Romero “will always be part of this "
            "family.”"
        ),
        "quotes": [
            ("It is time to hang up my boots,", "Luis Romero", False, "P1"),
            ("Thank you, Madrid.", "Luis Romero", False, "P1"),
            ("will always be part of this family.", None, True, "P2"),
        ],
        "posts": [("P1", "Luis Romero", "Instagram"), ("P2", None, None)],
        "people": ["Luis Romero"],
    },
    {
        "name": "sunday-show-title-in-marks",
        "text": (
            "Treasury Secretary Janet Cole said on NBC’s “Meet the Press” on Sunday that inflation "
            "was easing. “We are seeing real progress,” Cole said. She warned, however, that prices "
            "would take time to fall."
        ),
        "quotes": [("We are seeing real progress,", "Janet Cole", False, "P1")],
        "posts": [("P1", "Janet Cole", "Meet the Press")],
        "people": ["Janet Cole"],
    },
    {
        "name": "new-yorker-essay",
        "text": (
            "In an essay for The New Yorker, novelist Ruth Okonjo describes growing up between two "
            "languages. “I dreamed in one and argued in the other,” she writes.\n\n"
            "Okonjo, 45, says the essay took her “almost a decade” to finish."
        ),
        "quotes": [
            ("I dreamed in one and argued in the other,", "Ruth Okonjo", False, "P1"),
            ("almost a decade", "Ruth Okonjo", True, None),
        ],
        "posts": [("P1", "Ruth Okonjo", "The New Yorker")],
        "people": ["Ruth Okonjo"],
    },
    {
        "name": "hearing-question-answer",
        "text": (
            "At the hearing, Senator Mark Ellis pressed the witness on the missing funds. “Where did "
            "the money go?” Ellis asked. “I do not know,” replied the witness, former treasurer Alan "
            "Brooks."
        ),
        "quotes": [
            ("Where did the money go?", "Mark Ellis", False, None),
            ("I do not know,", "Alan Brooks", False, None),
        ],
        "posts": [],
        "people": ["Mark Ellis", "Alan Brooks"],
    },
    {
        "name": "x-formerly-twitter-replies",
        "text": (
            "Author Neil Grant took to X, formerly Twitter, to announce a sequel. “Book two is coming "
            "in May,” he posted. Fans responded with thousands of replies, including one that read: "
            "“Finally!”"
        ),
        "quotes": [
            ("Book two is coming in May,", "Neil Grant", False, "P1"),
            ("Finally!", None, False, "P1"),
        ],
        "posts": [("P1", "Neil Grant", "X")],
        "people": ["Neil Grant"],
    },
    {
        "name": "siblings-pronouns",
        "text": (
            "Ella Torres and her brother, Sam Torres, run the bakery their grandmother founded. “She "
            "would be proud,” Ella said. Her brother nodded. “She would also tell us to clean up,” he "
            "added."
        ),
        "quotes": [
            ("She would be proud,", "Ella Torres", False, None),
            ("She would also tell us to clean up,", "Sam Torres", False, None),
        ],
        "posts": [],
        "people": ["Ella Torres", "Sam Torres"],
    },
    {
        "name": "press-release-named-ceo",
        "text": (
            "Northwind Energy announced a merger with Solace Power on Wednesday. “This deal makes us "
            "stronger,” Northwind CEO Priya Desai said in a press release."
        ),
        "quotes": [("This deal makes us stronger,", "Priya Desai", False, "P1")],
        "posts": [("P1", "Priya Desai", "press release")],
        "people": ["Priya Desai"],
    },
    {
        "name": "mayor-facebook-resident-reply",
        "text": (
            "Mayor Gina Russo wrote on Facebook on Thursday that the pool would reopen next week. "
            "“Thank you for your patience,” Russo wrote.\n\n"
            "One resident replied, “About time.”"
        ),
        "quotes": [
            ("Thank you for your patience,", "Gina Russo", False, "P1"),
            ("About time.", None, False, "P1"),
        ],
        "posts": [("P1", "Gina Russo", "Facebook")],
        "people": ["Gina Russo"],
    },
    {
        "name": "documentary-fragment",
        "text": (
            "In the new Netflix documentary “Deep Water,” diver Kai Mercer recalls the dive that "
            "almost killed him. He describes the moment his air ran out as “pure silence.”"
        ),
        "quotes": [("pure silence.", "Kai Mercer", True, "P1")],
        "posts": [("P1", "Kai Mercer", "Netflix")],
        "people": ["Kai Mercer"],
    },
    {
        "name": "british-colon-and-fragment",
        "text": (
            "The coach was blunt after the defeat. Manager Sean Doyle said: 'We were second best in "
            "every area.' Captain Joe Hart agreed, adding that the team had been 'nowhere near good "
            "enough.'"
        ),
        "quotes": [
            ("We were second best in every area.", "Sean Doyle", False, None),
            ("nowhere near good enough.", "Joe Hart", True, None),
        ],
        "posts": [],
        "people": ["Sean Doyle", "Joe Hart"],
    },
]
