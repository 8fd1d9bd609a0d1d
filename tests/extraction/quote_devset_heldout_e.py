"""A fifth self-made dev set, held out: written after every rule change, to score the final rules.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus); a press briefing, a news conference or an earnings call counts as a
statement (a post). Committed before the rules were first run on it; that first
score (recorded in benchmarks/quotes.py) is the unseen-text estimate; any rule
fixed after it was seen makes later scores on this set optimistic. Gold rows
must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_E: list[dict] = [
    {
        "name": "instagram-album-comment",
        "text": (
            "Pop singer Lily Chen thanked fans on Instagram on Friday after her album debuted at No. "
            "1. “I cried when I saw the numbers,” Chen wrote beside a photo of herself in the studio. "
            "“You did this.”\n\n"
            "Fellow singer Rosa Marin left a comment: “So deserved, queen.” She added that Chen’s new "
            "single was “on repeat” in her car."
        ),
        "quotes": [
            ("I cried when I saw the numbers,", "Lily Chen", False, "P1"),
            ("You did this.", "Lily Chen", False, "P1"),
            ("So deserved, queen.", "Rosa Marin", False, "P1"),
            ("on repeat", "Rosa Marin", True, "P1"),
        ],
        "posts": [("P1", "Lily Chen", "Instagram")],
        "people": ["Lily Chen", "Rosa Marin"],
    },
    {
        "name": "press-briefing",
        "text": (
            "White House press secretary Dana Morales pushed back on the report during Tuesday’s "
            "press briefing. “That story is simply false,” Morales said. “We have asked for a "
            "correction.”\n\n"
            "Asked whether the president had read the article, she said, “He has been briefed.”"
        ),
        "quotes": [
            ("That story is simply false,", "Dana Morales", False, "P1"),
            ("We have asked for a correction.", "Dana Morales", False, "P1"),
            ("He has been briefed.", "Dana Morales", False, "P1"),
        ],
        "posts": [("P1", "Dana Morales", None)],
        "people": ["Dana Morales"],
    },
    {
        "name": "university-statement-fragment",
        "text": (
            "Researchers at Northfield University say they have found a new species of frog in the "
            "Andes. Lead author Dr. Sam Patel called the discovery “a once-in-a-career moment.”\n\n"
            "“We heard it before we saw it,” Patel said in a statement released by the university."
        ),
        "quotes": [
            ("a once-in-a-career moment.", "Sam Patel", True, None),
            ("We heard it before we saw it,", "Sam Patel", False, "P1"),
        ],
        "posts": [("P1", "Sam Patel", None)],
        "people": ["Sam Patel"],
    },
    {
        "name": "police-facebook-detective",
        "text": (
            "The Riverside Police Department shared surveillance images on Facebook on Wednesday and "
            "asked for the public’s help. “Any detail, no matter how small, could help,” the "
            "department wrote.\n\n"
            "Detective Ray Nolan said officers had received dozens of tips. “The community has been "
            "incredible,” he said."
        ),
        "quotes": [
            ("Any detail, no matter how small, could help,", None, False, "P1"),
            ("The community has been incredible,", "Ray Nolan", False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Ray Nolan"],
    },
    {
        "name": "talk-show-couple-film-title",
        "text": (
            "Actors Noah Bell and Zoe Hart appeared together on The Drew Barrymore Show on Thursday to "
            "promote their new film, “Second Spring.” “We fought the whole time,” Bell joked. “Like a "
            "real married couple.”\n\n"
            "Hart rolled her eyes. “He is exaggerating,” she said. “A little.”"
        ),
        "quotes": [
            ("We fought the whole time,", "Noah Bell", False, "P1"),
            ("Like a real married couple.", "Noah Bell", False, "P1"),
            ("He is exaggerating,", "Zoe Hart", False, "P1"),
            ("A little.", "Zoe Hart", False, "P1"),
        ],
        "posts": [("P1", "Noah Bell", "The Drew Barrymore Show")],
        "people": ["Noah Bell", "Zoe Hart"],
    },
    {
        "name": "deleted-x-post-straight-quotes",
        "text": (
            'Quarterback Trey Mason deleted a post on X on Sunday night after criticism. "Refs '
            'decided this one," Mason had written.\n\n'
            'Coach Ellen Price declined to comment on the post but said the team "needs to move '
            'on."'
        ),
        "quotes": [
            ("Refs decided this one,", "Trey Mason", False, "P1"),
            ("needs to move on.", "Ellen Price", True, None),
        ],
        "posts": [("P1", "Trey Mason", "X")],
        "people": ["Trey Mason", "Ellen Price"],
    },
    {
        "name": "earnings-call-analyst",
        "text": (
            "Shares of Lumen Foods fell 8% on Thursday after the company cut its forecast. On a call "
            'with analysts, chief financial officer Grace Ibe said demand had "softened '
            'considerably." "We are not happy with these results," Ibe said.\n\n'
            'According to analyst Mark Tully of Bay Capital, the cut was "overdue."'
        ),
        "quotes": [
            ("softened considerably.", "Grace Ibe", True, "P1"),
            ("We are not happy with these results,", "Grace Ibe", False, "P1"),
            ("overdue.", "Mark Tully", True, None),
        ],
        "posts": [("P1", "Grace Ibe", None)],
        "people": ["Grace Ibe", "Mark Tully"],
    },
    {
        "name": "medium-post-company-denial",
        "text": (
            "Former Google engineer Priya Raman wrote in a Medium post on Monday that she was fired "
            "for raising safety concerns. “I was told to stop asking questions,” she wrote.\n\n"
            "A Google spokesperson disputed her account. “Her employment ended for unrelated "
            "reasons,” the spokesperson said."
        ),
        "quotes": [
            ("I was told to stop asking questions,", "Priya Raman", False, "P1"),
            ("Her employment ended for unrelated reasons,", None, False, None),
        ],
        "posts": [("P1", "Priya Raman", "Medium")],
        "people": ["Priya Raman"],
    },
    {
        "name": "obituary-daughter-instagram",
        "text": (
            "Actor Frank Dale, known for the sitcom “Home Base,” has died at 82, his daughter "
            "announced on Instagram. “Dad made everyone laugh, right up to the end,” Julia Dale "
            "wrote.\n\n"
            "Former co-star Nina Ross remembered him as “the kindest man in Hollywood.”"
        ),
        "quotes": [
            ("Dad made everyone laugh, right up to the end,", "Julia Dale", False, "P1"),
            ("the kindest man in Hollywood.", "Nina Ross", True, None),
        ],
        "posts": [("P1", "Julia Dale", "Instagram")],
        "people": ["Frank Dale", "Julia Dale", "Nina Ross"],
    },
    {
        "name": "radio-mayor-rival",
        "text": (
            "Mayor Tom Reyes told WNYC on Monday that the subway plan was “not dead yet.” His rival, "
            "council member Anne Kwan, disagreed in the same interview. “The money simply is not "
            "there,” Kwan said."
        ),
        "quotes": [
            ("not dead yet.", "Tom Reyes", True, "P1"),
            ("The money simply is not there,", "Anne Kwan", False, "P1"),
        ],
        "posts": [("P1", "Tom Reyes", "WNYC")],
        "people": ["Tom Reyes", "Anne Kwan"],
    },
]
