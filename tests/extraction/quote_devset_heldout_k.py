"""An eleventh self-made dev set, held out (K): written before the quotes-quality fixes, to measure them.

Same format and conventions as ``quote_devset_heldout_j``: "told reporters"
is not a post, an interview with a named outlet or show is; a statement, an
open letter or a newsletter is a post; a comment or reply under a post belongs
to it, a repost is a new post; organisations and unnamed people speak as None.
Committed before the rules were first run on it; that first score is recorded
in benchmarks/quotes.py. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_K: list[dict] = [
    {
        "name": "told-wire-agency",
        "text": (
            "Chief executive Hannah Brooks told Reuters on Tuesday that the company had no plans to "
            "sell its shipping unit. “It is not for sale, full stop,” Brooks said."
        ),
        "quotes": [("It is not for sale, full stop,", "Hannah Brooks", False, "P1")],
        "posts": [("P1", "Hannah Brooks", "Reuters")],
        "people": ["Hannah Brooks"],
    },
    {
        "name": "ministry-statement-minister-reporters",
        "text": (
            "The Ministry of Health said in a statement on Friday that the outbreak was “under "
            "control.” Health Minister Adele Fontaine later told reporters that two hospitals would "
            "remain on alert. “We are not taking any chances,” Fontaine said."
        ),
        "quotes": [
            ("under control.", None, True, "P1"),
            ("We are not taking any chances,", "Adele Fontaine", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Adele Fontaine"],
    },
    {
        "name": "youtube-couple-announcement",
        "text": (
            "Fitness influencer Brianna Cole and her husband, Marcus Cole, announced in a YouTube "
            "video on Sunday that they are expecting their first child. “We have been keeping this "
            "secret for months,” Brianna said. Marcus added: “I am already buying tiny sneakers.”"
        ),
        "quotes": [
            ("We have been keeping this secret for months,", "Brianna Cole", False, "P1"),
            ("I am already buying tiny sneakers.", "Marcus Cole", False, "P1"),
        ],
        "posts": [("P1", "Brianna Cole", "YouTube")],
        "people": ["Brianna Cole", "Marcus Cole"],
    },
    {
        "name": "instagram-story-and-repost",
        "text": (
            "Model Jade Summers hit back at critics in an Instagram story on Wednesday. “I eat, I "
            "train, I sleep. That is the secret,” she wrote over a mirror selfie.\n\n"
            "Fellow model Iris Lane reposted the story, adding: “Preach.”"
        ),
        "quotes": [
            ("I eat, I train, I sleep. That is the secret,", "Jade Summers", False, "P1"),
            ("Preach.", "Iris Lane", False, "P2"),
        ],
        "posts": [("P1", "Jade Summers", "Instagram"), ("P2", "Iris Lane", "Instagram")],
        "people": ["Jade Summers", "Iris Lane"],
    },
    {
        "name": "late-night-show-and-album-title",
        "text": (
            "Singer Omar Vance appeared on “Jimmy Kimmel Live!” on Monday night to promote his new "
            "album. “I wrote half of it in a hotel bathroom,” Vance joked. He said the album’s "
            "title, “Room 214,” came from that hotel."
        ),
        "quotes": [("I wrote half of it in a hotel bathroom,", "Omar Vance", False, "P1")],
        "posts": [("P1", "Omar Vance", "Jimmy Kimmel Live!")],
        "people": ["Omar Vance"],
    },
    {
        "name": "rescued-woman-told-station",
        "text": (
            "Firefighter Luke Barnes pulled a woman from a burning car on Route 9 on Saturday. “I "
            "just did what anyone would do,” Barnes said.\n\n"
            "The woman, a 67-year-old retired teacher, was treated for minor burns. “He saved my "
            "life,” the woman told WCVB."
        ),
        "quotes": [
            ("I just did what anyone would do,", "Luke Barnes", False, None),
            ("He saved my life,", None, False, "P1"),
        ],
        "posts": [("P1", None, "WCVB")],
        "people": ["Luke Barnes"],
    },
    {
        "name": "team-statement-player-x",
        "text": (
            "The Denver Hawks said Thursday that forward Eli Turner would miss the rest of the "
            "season with a torn ACL. “Eli is a huge part of this team,” general manager Rob Sutter "
            "said in a statement.\n\n"
            "Turner posted on X: “I will be back stronger.”"
        ),
        "quotes": [
            ("Eli is a huge part of this team,", "Rob Sutter", False, "P1"),
            ("I will be back stronger.", "Eli Turner", False, "P2"),
        ],
        "posts": [("P1", "Rob Sutter", None), ("P2", "Eli Turner", "X")],
        "people": ["Eli Turner", "Rob Sutter"],
    },
    {
        "name": "substack-fragments",
        "text": (
            "Economist Dr. Fiona Grey warned in her Substack newsletter this week that a recession "
            "was “more likely than not.” She wrote that housing was “the canary in the coal mine.”"
        ),
        "quotes": [
            ("more likely than not.", "Fiona Grey", True, "P1"),
            ("the canary in the coal mine.", "Fiona Grey", True, "P1"),
        ],
        "posts": [("P1", "Fiona Grey", "Substack")],
        "people": ["Fiona Grey"],
    },
    {
        "name": "court-ruling-lawyer-fragment",
        "text": (
            "A federal judge on Monday blocked the state’s new voting law. Lawyer Carmen Ortiz, who "
            "represented the plaintiffs, called the ruling “a win for every voter.” The state "
            "attorney general’s office said it would appeal."
        ),
        "quotes": [("a win for every voter.", "Carmen Ortiz", True, None)],
        "posts": [],
        "people": ["Carmen Ortiz"],
    },
    {
        "name": "open-letter-and-npr",
        "text": (
            "More than 200 scientists signed an open letter on Tuesday urging the government to "
            "restore research funding. “The damage will last a generation,” the letter said. One of "
            "the signatories, biologist Helen Park, told NPR she had never signed a letter before. "
            "“This felt different,” Park said."
        ),
        "quotes": [
            ("The damage will last a generation,", None, False, "P1"),
            ("This felt different,", "Helen Park", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Helen Park", "NPR")],
        "people": ["Helen Park"],
    },
    {
        "name": "mayor-and-council-pronoun",
        "text": (
            "Mayor Carl Jensen and council member Victor Ruiz clashed over the stadium plan on "
            "Tuesday. “This is a giveaway to billionaires,” Ruiz said. Jensen disagreed. “It will "
            "bring thousands of jobs,” he said. “The critics are wrong.”"
        ),
        "quotes": [
            ("This is a giveaway to billionaires,", "Victor Ruiz", False, None),
            ("It will bring thousands of jobs,", "Carl Jensen", False, None),
            ("The critics are wrong.", "Carl Jensen", False, None),
        ],
        "posts": [],
        "people": ["Carl Jensen", "Victor Ruiz"],
    },
    {
        "name": "threads-closing-customer-reply",
        "text": (
            "Chef Andre Moreau announced on Threads that his Paris restaurant will close in June. "
            "“Twenty years of service. Merci à tous,” he wrote. A longtime customer replied: “End of "
            "an era.”"
        ),
        "quotes": [
            ("Twenty years of service. Merci à tous,", "Andre Moreau", False, "P1"),
            ("End of an era.", None, False, "P1"),
        ],
        "posts": [("P1", "Andre Moreau", "Threads")],
        "people": ["Andre Moreau"],
    },
]
