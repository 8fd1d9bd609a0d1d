"""A fifteenth self-made dev set, held out (O): written after the last rule change; its first run is the final estimate.

Rules were fixed on what L, M and N showed, so none of them is unseen any
more; no rule was changed after O's first run. Same format and conventions as
the earlier sets (self-made, not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show), a statement, a memo,
a court opinion or an essay is a post with no platform; a comment under a post
belongs to it, a post "of his own" is a new one; organisations and unnamed
people speak as None; titles in marks are not quotes. Committed before the
rules were first run on it. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_O: list[dict] = [
    {
        "name": "talk-show-guest-and-host",
        "text": (
            "Actress Jenna Ortiz stopped by “The Tonight Show” on Wednesday to talk about her "
            "Broadway debut. “I threw up before every rehearsal,” Ortiz said. Host Jimmy Fallon "
            "joked that he did the same."
        ),
        "quotes": [("I threw up before every rehearsal,", "Jenna Ortiz", False, "P1")],
        "posts": [("P1", "Jenna Ortiz", "The Tonight Show")],
        "people": ["Jenna Ortiz", "Jimmy Fallon"],
    },
    {
        "name": "team-president-statement",
        "text": (
            "The Chicago Wolves fired head coach Dale Brunner on Monday. “We needed a new voice,” "
            "team president Carla Mendes said in a statement. Brunner did not respond to a request "
            "for comment."
        ),
        "quotes": [("We needed a new voice,", "Carla Mendes", False, "P1")],
        "posts": [("P1", "Carla Mendes", None)],
        "people": ["Dale Brunner", "Carla Mendes"],
    },
    {
        "name": "x-post-quotes-next-paragraph",
        "text": (
            "Tech investor Raj Malhotra criticized the new rules in a lengthy post on X on "
            "Thursday.\n\n"
            "“Regulators do not understand how startups work,” he wrote. “This will push founders "
            "overseas.”"
        ),
        "quotes": [
            ("Regulators do not understand how startups work,", "Raj Malhotra", False, "P1"),
            ("This will push founders overseas.", "Raj Malhotra", False, "P1"),
        ],
        "posts": [("P1", "Raj Malhotra", "X")],
        "people": ["Raj Malhotra"],
    },
    {
        "name": "cover-story-fragment-and-quote",
        "text": (
            "In her cover story for Vanity Fair, singer Leah Moon opens up about her panic "
            "attacks. She calls the past year “the hardest of my life.” “I did not leave my house "
            "for months,” Moon told the magazine."
        ),
        "quotes": [
            ("the hardest of my life.", "Leah Moon", True, "P1"),
            ("I did not leave my house for months,", "Leah Moon", False, "P1"),
        ],
        "posts": [("P1", "Leah Moon", "Vanity Fair")],
        "people": ["Leah Moon"],
    },
    {
        "name": "protester-and-police-spokesman",
        "text": (
            "Hundreds of protesters marched through downtown Portland on Saturday. “We are not "
            "going away,” said one protester, a 22-year-old student. Police spokesman Lt. Carl "
            "Brandt said the march was “largely peaceful.”"
        ),
        "quotes": [
            ("We are not going away,", None, False, None),
            ("largely peaceful.", "Carl Brandt", True, None),
        ],
        "posts": [],
        "people": ["Carl Brandt"],
    },
    {
        "name": "bakery-facebook-mayor-comment",
        "text": (
            "Local bakery owner Sofia Lang announced on Facebook that her shop would close after 30 "
            "years. “Thank you for every birthday cake,” she wrote. Mayor Dan Hughes left a "
            "comment: “You will be missed, Sofia.”"
        ),
        "quotes": [
            ("Thank you for every birthday cake,", "Sofia Lang", False, "P1"),
            ("You will be missed, Sofia.", "Dan Hughes", False, "P1"),
        ],
        "posts": [("P1", "Sofia Lang", "Facebook")],
        "people": ["Sofia Lang", "Dan Hughes"],
    },
    {
        "name": "podcast-then-later-fragment",
        "text": (
            "Former NFL star Marcus Reed appeared on the “Pivot” podcast this week to discuss his "
            "retirement. “I knew it was time,” Reed said.\n\n"
            "Reed, 35, has called his final season “a blur.”"
        ),
        "quotes": [
            ("I knew it was time,", "Marcus Reed", False, "P1"),
            ("a blur.", "Marcus Reed", True, None),
        ],
        "posts": [("P1", "Marcus Reed", "Pivot")],
        "people": ["Marcus Reed"],
    },
    {
        "name": "ceo-memo-obtained-by-outlet",
        "text": (
            "In a memo to employees obtained by CNBC, Northstar CEO Ian Clarke said the company "
            "would cut 10% of its workforce. “This is the hardest decision I have made,” Clarke "
            "wrote."
        ),
        "quotes": [("This is the hardest decision I have made,", "Ian Clarke", False, "P1")],
        "posts": [("P1", "Ian Clarke", None)],
        "people": ["Ian Clarke"],
    },
    {
        "name": "instagram-then-tiktok-next-day",
        "text": (
            "Singer Ray Castle announced his tour dates on Instagram on Monday. “See you on the "
            "road,” he wrote. A day later, he told fans on TikTok that more dates were coming. "
            "“Trust me,” he said in the video."
        ),
        "quotes": [
            ("See you on the road,", "Ray Castle", False, "P1"),
            ("Trust me,", "Ray Castle", False, "P2"),
        ],
        "posts": [("P1", "Ray Castle", "Instagram"), ("P2", "Ray Castle", "TikTok")],
        "people": ["Ray Castle"],
    },
    {
        "name": "judge-opinion-fragment",
        "text": (
            "U.S. District Judge Amy Lin ruled Tuesday that the policy was unconstitutional. In her "
            "40-page opinion, Lin wrote that the state had “trampled on basic rights.” The "
            "governor’s office said it would appeal."
        ),
        "quotes": [("trampled on basic rights.", "Amy Lin", True, "P1")],
        "posts": [("P1", "Amy Lin", None)],
        "people": ["Amy Lin"],
    },
    {
        "name": "family-tells-paper-sister-speaks",
        "text": (
            "The family of missing hiker Tom Grady told The Denver Post that they had not given up "
            "hope. “We will find him,” his sister, Kate Grady, said. A spokeswoman for the "
            "sheriff’s office said the search would continue."
        ),
        "quotes": [("We will find him,", "Kate Grady", False, "P1")],
        "posts": [("P1", "Kate Grady", "The Denver Post")],
        "people": ["Tom Grady", "Kate Grady"],
    },
    {
        "name": "threads-rival-own-post",
        "text": (
            "Chef Ana Ruiz posted on Threads that she was opening a second restaurant. “Round "
            "two,” she wrote. Rival chef Paolo Bianchi shared the news in his own post, writing: "
            "“Good luck, you will need it.”"
        ),
        "quotes": [
            ("Round two,", "Ana Ruiz", False, "P1"),
            ("Good luck, you will need it.", "Paolo Bianchi", False, "P2"),
        ],
        "posts": [("P1", "Ana Ruiz", "Threads"), ("P2", "Paolo Bianchi", "Threads")],
        "people": ["Ana Ruiz", "Paolo Bianchi"],
    },
]
