"""A second self-made dev set, held out: written after the rules were fixed on the first one.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus). It was committed before the rules were first run on it, and its first
score is the one reported as the unseen-text estimate; rules must not be
tuned to it, and gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET: list[dict] = [
    {
        "name": "interview-magazine-title-trap",
        "text": (
            "Pop star Dua Levin has responded to rumors that she is leaving music. “I’m not going "
            "anywhere,” the 29-year-old told Rolling Stone in an interview published Tuesday. “If "
            "anything, I’m just getting started.”\n\n"
            "Levin, whose hit “Midnight Drive” spent 12 weeks at No. 1, said the rumors began after "
            "she deleted her Instagram account in March. She called the speculation “wild” but "
            "said she understood it."
        ),
        "quotes": [
            ("I’m not going anywhere,", "Dua Levin", False, "P1"),
            ("If anything, I’m just getting started.", "Dua Levin", False, "P1"),
            ("wild", "Dua Levin", True, None),
        ],
        "posts": [("P1", "Dua Levin", "Rolling Stone")],
        "people": ["Dua Levin"],
    },
    {
        "name": "politics-statement-rebuttal",
        "text": (
            "Governor Alan Pierce signed the budget on Friday, calling it “a win for working "
            "families.” His opponent, state Sen. Rachel Gomez, was less impressed.\n\n"
            "“This budget is a shell game,” Gomez said in a statement. “Families will pay more, "
            "not less.”\n\n"
            "Pierce dismissed the criticism. “She voted against every tax cut we proposed,” he told "
            "reporters."
        ),
        "quotes": [
            ("a win for working families.", "Alan Pierce", True, None),
            ("This budget is a shell game,", "Rachel Gomez", False, "P1"),
            ("Families will pay more, not less.", "Rachel Gomez", False, "P1"),
            ("She voted against every tax cut we proposed,", "Alan Pierce", False, None),
        ],
        "posts": [("P1", "Rachel Gomez", None)],
        "people": ["Alan Pierce", "Rachel Gomez"],
    },
    {
        "name": "tiktok-comment-unnamed-user",
        "text": (
            "Comedian Jake Morrow shared a video on TikTok on Sunday in which he recreated his first "
            "stand-up set. “I bombed so hard that night,” he says in the clip. “The only person "
            "laughing was my mom.”\n\n"
            "The video has been viewed more than 3 million times. “Still funnier than your Netflix "
            "special,” one user joked in the comments."
        ),
        "quotes": [
            ("I bombed so hard that night,", "Jake Morrow", False, "P1"),
            ("The only person laughing was my mom.", "Jake Morrow", False, "P1"),
            ("Still funnier than your Netflix special,", None, False, "P1"),
        ],
        "posts": [("P1", "Jake Morrow", "TikTok")],
        "people": ["Jake Morrow"],
    },
    {
        "name": "memoir-present-tense",
        "text": (
            "Former first lady Helen Ward reflected on her marriage in a new memoir, “Quiet Rooms,” "
            "out Tuesday. In the book, she writes that her late husband, Richard Ward, “never once "
            "raised his voice.”\n\n"
            "“He was the calmest man I have ever known,” Ward writes. “Even on the worst nights, he "
            "would make tea and sit with me.”"
        ),
        "quotes": [
            ("never once raised his voice.", "Helen Ward", True, "P1"),
            ("He was the calmest man I have ever known,", "Helen Ward", False, "P1"),
            (
                "Even on the worst nights, he would make tea and sit with me.",
                "Helen Ward",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Helen Ward", None)],
        "people": ["Helen Ward", "Richard Ward"],
    },
    {
        "name": "instagram-retirement-comments",
        "text": (
            "Olympic swimmer Kate Lindholm announced her retirement on Instagram on Thursday. "
            "“It’s time,” Lindholm wrote alongside a photo of herself on the podium in Tokyo. "
            "“Thank you for everything.”\n\n"
            "Her longtime coach, Peter Haas, commented: “Proudest coach in the world.” Teammate "
            "Sofia Reyes added, “Legend.”"
        ),
        "quotes": [
            ("It’s time,", "Kate Lindholm", False, "P1"),
            ("Thank you for everything.", "Kate Lindholm", False, "P1"),
            ("Proudest coach in the world.", "Peter Haas", False, "P1"),
            ("Legend.", "Sofia Reyes", False, "P1"),
        ],
        "posts": [("P1", "Kate Lindholm", "Instagram")],
        "people": ["Kate Lindholm", "Peter Haas", "Sofia Reyes"],
    },
    {
        "name": "local-news-residents",
        "text": (
            "The mayor’s office on Wednesday defended its response to the storm. “Crews worked "
            "around the clock,” spokesman Leo Grant said. Residents in the Eastside neighborhood "
            "disagreed.\n\n"
            "“We had no power for five days,” said Tanya Brooks, 61. “Nobody came.”\n\n"
            "Brooks said she has lived in the neighborhood for 30 years and has “never seen anything "
            "like it.”"
        ),
        "quotes": [
            ("Crews worked around the clock,", "Leo Grant", False, None),
            ("We had no power for five days,", "Tanya Brooks", False, None),
            ("Nobody came.", "Tanya Brooks", False, None),
            ("never seen anything like it.", "Tanya Brooks", True, None),
        ],
        "posts": [],
        "people": ["Leo Grant", "Tanya Brooks"],
    },
    {
        "name": "facebook-multi-paragraph-straight",
        "text": (
            "In a lengthy post on Facebook, retired teacher Carol Bennett described the day she met "
            'her birth mother. "I had rehearsed what I would say for weeks," Bennett wrote. "Then '
            "she opened the door and I forgot every word.\n\n"
            '"We just stood there, crying, two strangers with the same laugh."\n\n'
            'Bennett, 58, said the reunion was "the happiest day of my life."'
        ),
        "quotes": [
            ("I had rehearsed what I would say for weeks,", "Carol Bennett", False, "P1"),
            ("Then she opened the door and I forgot every word.", "Carol Bennett", False, "P1"),
            (
                "We just stood there, crying, two strangers with the same laugh.",
                "Carol Bennett",
                False,
                "P1",
            ),
            ("the happiest day of my life.", "Carol Bennett", True, None),
        ],
        "posts": [("P1", "Carol Bennett", "Facebook")],
        "people": ["Carol Bennett"],
    },
    {
        "name": "sports-two-men-pronouns",
        "text": (
            "Manager Luis Ortega praised striker Ben Cole after Saturday’s 3-0 win. “Ben was "
            "outstanding today,” Ortega said. “He pressed, he scored, he led.”\n\n"
            "Cole, 24, scored twice. “The manager trusts me and I want to repay that,” he said. “We "
            "have a long way to go.”"
        ),
        "quotes": [
            ("Ben was outstanding today,", "Luis Ortega", False, None),
            ("He pressed, he scored, he led.", "Luis Ortega", False, None),
            ("The manager trusts me and I want to repay that,", "Ben Cole", False, None),
            ("We have a long way to go.", "Ben Cole", False, None),
        ],
        "posts": [],
        "people": ["Luis Ortega", "Ben Cole"],
    },
    {
        "name": "essay-and-podcast-scare-quotes",
        "text": (
            "Writer Nora Fields published an essay in The Atlantic last week about leaving social "
            "media. “I didn’t quit because I hated it,” she wrote. “I quit because I loved it too "
            "much.”\n\n"
            "She expanded on the decision on the podcast “Hard Fork,” where she described her old "
            "habits as “a slot machine in my pocket.” Fields said her so-called “digital detox” has "
            "lasted eight months."
        ),
        "quotes": [
            ("I didn’t quit because I hated it,", "Nora Fields", False, "P1"),
            ("I quit because I loved it too much.", "Nora Fields", False, "P1"),
            ("a slot machine in my pocket.", "Nora Fields", True, "P2"),
        ],
        "posts": [("P1", "Nora Fields", "The Atlantic"), ("P2", "Nora Fields", "Hard Fork")],
        "people": ["Nora Fields"],
    },
    {
        "name": "engagement-x-and-instagram",
        "text": (
            "Actors Sam Reed and Julia Marsh announced their engagement on X on Monday. “She said "
            "yes!” Reed posted, along with a photo of the couple on a beach.\n\n"
            "Marsh shared the same photo on Instagram. “Forever starts now,” she wrote."
        ),
        "quotes": [
            ("She said yes!", "Sam Reed", False, "P1"),
            ("Forever starts now,", "Julia Marsh", False, "P2"),
        ],
        "posts": [("P1", "Sam Reed", "X"), ("P2", "Julia Marsh", "Instagram")],
        "people": ["Sam Reed", "Julia Marsh"],
    },
]
