"""A fourth self-made dev set, held out: written after the rules were fixed on sets A, B and C.

Same format and conventions as ``quote_devset`` (self-made, not a public
corpus); a reply or comment under a post is a quote from that post. Committed
before the rules were first run on it; its first score is reported as the
unseen-text estimate of the final rules. Gold rows must never be edited to
make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_D: list[dict] = [
    {
        "name": "tiktok-rumor-sister-comment",
        "text": (
            "Singer Mia Torres addressed pregnancy rumors in a TikTok video on Monday. “No, I am not "
            "pregnant,” the 31-year-old said, laughing. “I just really like pasta.”\n\n"
            "The clip quickly racked up millions of views. Her sister, Ana Torres, weighed in under "
            "the video: “She really does.”"
        ),
        "quotes": [
            ("No, I am not pregnant,", "Mia Torres", False, "P1"),
            ("I just really like pasta.", "Mia Torres", False, "P1"),
            ("She really does.", "Ana Torres", False, "P1"),
        ],
        "posts": [("P1", "Mia Torres", "TikTok")],
        "people": ["Mia Torres", "Ana Torres"],
    },
    {
        "name": "court-judge-and-attorney-general",
        "text": (
            "A federal judge on Thursday blocked the new voting law. “The statute cannot stand as "
            "written,” U.S. District Judge Karen Liu said from the bench.\n\n"
            "State Attorney General Mark Dunn said he would appeal. “We are confident the higher "
            "court will see it differently,” Dunn said."
        ),
        "quotes": [
            ("The statute cannot stand as written,", "Karen Liu", False, None),
            (
                "We are confident the higher court will see it differently,",
                "Mark Dunn",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Karen Liu", "Mark Dunn"],
    },
    {
        "name": "substack-multi-paragraph",
        "text": (
            "Journalist Ben Okafor announced in a Substack post on Tuesday that he is leaving the "
            "newspaper after 15 years. “This was not an easy call,” he wrote. “But the job I loved "
            "no longer exists.\n\n"
            "“I want to write the stories that matter to me.”\n\n"
            "Okafor said the newsroom’s “efficiency push” had left reporters burned out."
        ),
        "quotes": [
            ("This was not an easy call,", "Ben Okafor", False, "P1"),
            ("But the job I loved no longer exists.", "Ben Okafor", False, "P1"),
            ("I want to write the stories that matter to me.", "Ben Okafor", False, "P1"),
            ("efficiency push", "Ben Okafor", True, None),
        ],
        "posts": [("P1", "Ben Okafor", "Substack")],
        "people": ["Ben Okafor"],
    },
    {
        "name": "tennis-espn-coach",
        "text": (
            "After the match, tennis player Diego Alvarez told ESPN that his shoulder was fine. “I "
            "feel great,” Alvarez said. “Honestly, never better.”\n\n"
            "His coach, Pablo Ruiz, was more cautious. “We will get it checked,” Ruiz said. “You "
            "never know.”"
        ),
        "quotes": [
            ("I feel great,", "Diego Alvarez", False, "P1"),
            ("Honestly, never better.", "Diego Alvarez", False, "P1"),
            ("We will get it checked,", "Pablo Ruiz", False, None),
            ("You never know.", "Pablo Ruiz", False, None),
        ],
        "posts": [("P1", "Diego Alvarez", "ESPN")],
        "people": ["Diego Alvarez", "Pablo Ruiz"],
    },
    {
        "name": "instagram-live-song-title",
        "text": (
            "Rapper Kev Stone went live on Instagram on Saturday to preview his new single, “Gold "
            "Rush.” “This one is for my mom,” he told viewers.\n\n"
            "Fans flooded the chat. “Drop it now!” one wrote."
        ),
        "quotes": [
            ("This one is for my mom,", "Kev Stone", False, "P1"),
            ("Drop it now!", None, False, "P1"),
        ],
        "posts": [("P1", "Kev Stone", "Instagram")],
        "people": ["Kev Stone"],
    },
    {
        "name": "airline-press-release-ceo-tv",
        "text": (
            "Orbit Airlines announced on Wednesday that it would add 40 new routes. “Demand has never "
            "been stronger,” the company said in a press release.\n\n"
            "Chief executive Susan Blake told CNBC that the expansion would create 2,000 jobs. “We "
            "are hiring pilots, mechanics and cabin crew,” Blake said."
        ),
        "quotes": [
            ("Demand has never been stronger,", None, False, "P1"),
            ("We are hiring pilots, mechanics and cabin crew,", "Susan Blake", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Susan Blake", "CNBC")],
        "people": ["Susan Blake"],
    },
    {
        "name": "x-barbs-reply",
        "text": (
            "Former teammates Chris Lowe and Nate Ford traded barbs on X on Thursday. “Still waiting "
            "on that rematch,” Lowe posted.\n\n"
            "Ford replied within minutes: “Name the time and place.”"
        ),
        "quotes": [
            ("Still waiting on that rematch,", "Chris Lowe", False, "P1"),
            ("Name the time and place.", "Nate Ford", False, "P1"),
        ],
        "posts": [("P1", "Chris Lowe", "X")],
        "people": ["Chris Lowe", "Nate Ford"],
    },
    {
        "name": "memoir-title-fragment",
        "text": (
            "In her new memoir, “Open Water,” Olympic rower Hannah Price describes the panic attacks "
            "that nearly ended her career. She writes that she felt “like drowning on dry land.”\n\n"
            "“I hid it from everyone,” Price writes. “Even my husband.”"
        ),
        "quotes": [
            ("like drowning on dry land.", "Hannah Price", True, "P1"),
            ("I hid it from everyone,", "Hannah Price", False, "P1"),
            ("Even my husband.", "Hannah Price", False, "P1"),
        ],
        "posts": [("P1", "Hannah Price", None)],
        "people": ["Hannah Price"],
    },
    {
        "name": "youtube-apology-according-to-charity",
        "text": (
            "YouTuber Jay Park posted an apology video on Sunday after fans accused him of faking a "
            "charity stream. “I messed up,” Park says in the video. “Every dollar will be returned.”"
            "\n\n"
            "According to the charity, the stream raised “far less than advertised.”"
        ),
        "quotes": [
            ("I messed up,", "Jay Park", False, "P1"),
            ("Every dollar will be returned.", "Jay Park", False, "P1"),
            ("far less than advertised.", None, True, None),
        ],
        "posts": [("P1", "Jay Park", "YouTube")],
        "people": ["Jay Park"],
    },
    {
        "name": "podcast-titled-two-speakers",
        "text": (
            "Representative Lisa Grant and Senator Tom Hale sparred on the “Pod Save America” podcast "
            "this week. “The bill is dead,” Grant said. “It was dead on arrival,” Hale shot back."
        ),
        "quotes": [
            ("The bill is dead,", "Lisa Grant", False, "P1"),
            ("It was dead on arrival,", "Tom Hale", False, "P1"),
        ],
        "posts": [("P1", "Lisa Grant", "Pod Save America")],
        "people": ["Lisa Grant", "Tom Hale"],
    },
]
