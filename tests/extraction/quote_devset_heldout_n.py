"""A fourteenth self-made dev set, held out (N): written after the last rule change, to score the rules as delivered.

Rules were fixed on what sets L and M showed, so neither is unseen any more; N
is the final estimate and no rule was changed after its first run. Same format
and conventions as the earlier sets (self-made, not a public corpus): an
interview with a named outlet or show, a documentary (platform: where it
streams), a statement, a news conference or an earnings call is a post; a
sermon and "told reporters" are not; comments under a post belong to it, a
duet or post "of his own" is a new post on the same platform; organisations
and unnamed people speak as None; titles in marks are not quotes. Committed
before the rules were first run on it. Gold rows must never be edited to make a
rule pass.
"""

from __future__ import annotations

HELDOUT_SET_N: list[dict] = [
    {
        "name": "earnings-call-ceo",
        "text": (
            "On a call with analysts on Tuesday, Vantage Foods chief executive Laura Pemberton "
            "said sales of frozen meals had “exceeded every forecast.” “Consumers are cooking at "
            "home again,” Pemberton said."
        ),
        "quotes": [
            ("exceeded every forecast.", "Laura Pemberton", True, "P1"),
            ("Consumers are cooking at home again,", "Laura Pemberton", False, "P1"),
        ],
        "posts": [("P1", "Laura Pemberton", None)],
        "people": ["Laura Pemberton"],
    },
    {
        "name": "wedding-photo-two-comments",
        "text": (
            "Olympian Jade Carter shared a photo from her wedding on Instagram. “Best day ever,” "
            "she wrote. Her brother, Mike Carter, commented: “Welcome to the family, Ben.” Carter’s "
            "new husband, Ben Ito, also commented, writing: “Lucky me.”"
        ),
        "quotes": [
            ("Best day ever,", "Jade Carter", False, "P1"),
            ("Welcome to the family, Ben.", "Mike Carter", False, "P1"),
            ("Lucky me.", "Ben Ito", False, "P1"),
        ],
        "posts": [("P1", "Jade Carter", "Instagram")],
        "people": ["Jade Carter", "Mike Carter", "Ben Ito"],
    },
    {
        "name": "police-news-conference-and-attorney",
        "text": (
            "Police Chief Ramon Ortega said at a news conference Friday that the suspect had been "
            "“cooperative.” The suspect’s attorney, Gail Stein, told reporters her client would "
            "plead not guilty. “He is innocent,” Stein said."
        ),
        "quotes": [
            ("cooperative.", "Ramon Ortega", True, "P1"),
            ("He is innocent,", "Gail Stein", False, None),
        ],
        "posts": [("P1", "Ramon Ortega", None)],
        "people": ["Ramon Ortega", "Gail Stein"],
    },
    {
        "name": "substack-fragment-and-x-rebuttal",
        "text": (
            "Former Fed official Karen Holt wrote in her newsletter on Substack that rate cuts "
            "would come “sooner than markets expect.” Economist Rob Vance disagreed in a post on "
            "X. “Not a chance,” he wrote."
        ),
        "quotes": [
            ("sooner than markets expect.", "Karen Holt", True, "P1"),
            ("Not a chance,", "Rob Vance", False, "P2"),
        ],
        "posts": [("P1", "Karen Holt", "Substack"), ("P2", "Rob Vance", "X")],
        "people": ["Karen Holt", "Rob Vance"],
    },
    {
        "name": "hbo-documentary-and-director",
        "text": (
            "The new HBO documentary “Iron Lungs” follows marathoner Sam Okoro through his recovery "
            "from a collapsed lung. “I had to learn to breathe again,” Okoro says in the film. "
            "Director Lisa Brandt told IndieWire that she filmed for three years."
        ),
        "quotes": [("I had to learn to breathe again,", "Sam Okoro", False, "P1")],
        "posts": [("P1", "Sam Okoro", "HBO"), ("P2", "Lisa Brandt", "IndieWire")],
        "people": ["Sam Okoro", "Lisa Brandt"],
    },
    {
        "name": "mother-pleads-on-facebook",
        "text": (
            "The mother of a teenager killed in a hit-and-run pleaded for information in a Facebook "
            "post on Saturday. “Someone knows who did this,” Tanya Brooks wrote. Police have not "
            "named a suspect."
        ),
        "quotes": [("Someone knows who did this,", "Tanya Brooks", False, "P1")],
        "posts": [("P1", "Tanya Brooks", "Facebook")],
        "people": ["Tanya Brooks"],
    },
    {
        "name": "senator-axios-and-spokesman",
        "text": (
            "Senator Grace Nolan said in an interview with Axios that she would not seek "
            "re-election. “Twelve years is enough,” Nolan said. Her spokesman, Eli Bram, confirmed "
            "the decision."
        ),
        "quotes": [("Twelve years is enough,", "Grace Nolan", False, "P1")],
        "posts": [("P1", "Grace Nolan", "Axios")],
        "people": ["Grace Nolan", "Eli Bram"],
    },
    {
        "name": "tiktok-and-duet-of-his-own",
        "text": (
            "Singer Kelsey Rain posted a TikTok teasing a new song on Monday. “Should I release "
            "it?” she asks in the clip. Fellow singer Jonah Pike replied with a duet of his own. "
            "“Release it now,” he sings in his video."
        ),
        "quotes": [
            ("Should I release it?", "Kelsey Rain", False, "P1"),
            ("Release it now,", "Jonah Pike", False, "P2"),
        ],
        "posts": [("P1", "Kelsey Rain", "TikTok"), ("P2", "Jonah Pike", "TikTok")],
        "people": ["Kelsey Rain", "Jonah Pike"],
    },
    {
        "name": "reuters-interview-multi-paragraph",
        "text": (
            "Ambassador Helen Ward spoke to Reuters on Monday about the ceasefire talks.\n\n"
            "“Both sides want this to end. They are tired.\n\n"
            "“But trust is very low,” Ward said."
        ),
        "quotes": [
            ("Both sides want this to end. They are tired.", "Helen Ward", False, "P1"),
            ("But trust is very low,", "Helen Ward", False, "P1"),
        ],
        "posts": [("P1", "Helen Ward", "Reuters")],
        "people": ["Helen Ward"],
    },
    {
        "name": "spokesperson-named-later",
        "text": (
            "Airline SkyBridge canceled 300 flights on Sunday because of a software failure. “We "
            "apologize to our customers,” a SkyBridge spokesperson said in a statement. The "
            "spokesperson, Dana Park, later said the problem had been fixed."
        ),
        "quotes": [("We apologize to our customers,", "Dana Park", False, "P1")],
        "posts": [("P1", "Dana Park", None)],
        "people": ["Dana Park"],
    },
    {
        "name": "reality-episode-confrontation",
        "text": (
            "On Sunday’s episode of “Lakeside Lives,” cast member Tori Bell confronted her co-star "
            "over the rumors. “You lied to my face,” Bell said. Co-star Nina Shaw denied it: “I "
            "never said a word.”"
        ),
        "quotes": [
            ("You lied to my face,", "Tori Bell", False, "P1"),
            ("I never said a word.", "Nina Shaw", False, "P1"),
        ],
        "posts": [("P1", "Tori Bell", "Lakeside Lives")],
        "people": ["Tori Bell", "Nina Shaw"],
    },
    {
        "name": "sermon-not-a-post",
        "text": (
            "Pastor James Eller addressed the shooting in his sermon on Sunday. “We will not let "
            "fear win,” he told the congregation. Church member Alice Ford said the service was "
            "“healing.”"
        ),
        "quotes": [
            ("We will not let fear win,", "James Eller", False, None),
            ("healing.", "Alice Ford", True, None),
        ],
        "posts": [],
        "people": ["James Eller", "Alice Ford"],
    },
]
