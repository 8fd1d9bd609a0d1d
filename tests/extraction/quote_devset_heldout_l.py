"""A twelfth self-made dev set, held out (L): written after the last quotes-quality fix, to score the delivered rules.

Same format and conventions as ``quote_devset_heldout_j`` and the earlier sets
(self-made, not a public corpus): an interview with a named outlet or show is
a post (platform: the outlet or show), a news conference or a statement is a
post with no platform, "told reporters" is not; a comment under a post belongs
to it, a reply "in a post of her own" is a new post on the same platform;
organisations and unnamed people speak as None; titles in marks are not quotes.
Committed before the rules were first run on it; that first score (recorded in
benchmarks/quotes.py) is the unseen-text estimate of the rules as delivered.
Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_L: list[dict] = [
    {
        "name": "news-conference-then-x-video",
        "text": (
            "Quarterback Drew Fontaine said at a news conference on Wednesday that his injured "
            "ankle was “fine.” Hours later, he posted a video on X of himself running sprints. "
            "“Told you,” Fontaine wrote."
        ),
        "quotes": [
            ("fine.", "Drew Fontaine", True, "P1"),
            ("Told you,", "Drew Fontaine", False, "P2"),
        ],
        "posts": [("P1", "Drew Fontaine", None), ("P2", "Drew Fontaine", "X")],
        "people": ["Drew Fontaine"],
    },
    {
        "name": "automaker-statement-union-fragment",
        "text": (
            "Shares of Halcyon Motors fell 6% after the automaker announced 2,000 layoffs. “These "
            "decisions are never easy,” Halcyon said in a statement. The United Auto Workers called "
            "the cuts “a betrayal of the workers who built this company.”"
        ),
        "quotes": [
            ("These decisions are never easy,", None, False, "P1"),
            ("a betrayal of the workers who built this company.", None, True, None),
        ],
        "posts": [("P1", None, None)],
        "people": [],
    },
    {
        "name": "podcast-host-asks-guest",
        "text": (
            "On the latest episode of her podcast “Unfiltered,” host Bree Collins asked tennis "
            "player Maya Orr about her loss at Wimbledon. “I cried for two days,” Orr said. “Then I "
            "went back to practice.”"
        ),
        "quotes": [
            ("I cried for two days,", "Maya Orr", False, "P1"),
            ("Then I went back to practice.", "Maya Orr", False, "P1"),
        ],
        "posts": [("P1", "Bree Collins", "Unfiltered")],
        "people": ["Bree Collins", "Maya Orr"],
    },
    {
        "name": "op-ed-and-councilor",
        "text": (
            "Economist Leah Brandt argued in an op-ed for The Boston Globe that the city should "
            "scrap its parking minimums. “They make housing more expensive for everyone,” Brandt "
            "wrote.\n\n"
            "City councilor Mark Dwyer disagreed. “Her plan would punish drivers,” he said."
        ),
        "quotes": [
            ("They make housing more expensive for everyone,", "Leah Brandt", False, "P1"),
            ("Her plan would punish drivers,", "Mark Dwyer", False, None),
        ],
        "posts": [("P1", "Leah Brandt", "The Boston Globe")],
        "people": ["Leah Brandt", "Mark Dwyer"],
    },
    {
        "name": "unnamed-witness-local-station",
        "text": (
            "A bus carrying 30 students overturned on Interstate 80 on Thursday. Driver Ken Alvarez "
            "was hospitalized. A witness, who did not want to be named, said the bus “just tipped "
            "over.” “It was like slow motion,” the witness told KCRA."
        ),
        "quotes": [
            ("just tipped over.", None, True, None),
            ("It was like slow motion,", None, False, "P1"),
        ],
        "posts": [("P1", None, "KCRA")],
        "people": ["Ken Alvarez"],
    },
    {
        "name": "sonogram-caption-husband-comment",
        "text": (
            "Actress Priya Kaur announced her pregnancy with a photo of a sonogram on Instagram on "
            "Sunday. “Our little miracle,” she captioned the post. Her husband, chef Arjun Kaur, "
            "commented: “Best news ever.”"
        ),
        "quotes": [
            ("Our little miracle,", "Priya Kaur", False, "P1"),
            ("Best news ever.", "Arjun Kaur", False, "P1"),
        ],
        "posts": [("P1", "Priya Kaur", "Instagram")],
        "people": ["Priya Kaur", "Arjun Kaur"],
    },
    {
        "name": "tiktok-then-morning-show",
        "text": (
            "Teacher Dana Whitfield went viral after posting a TikTok about her classroom budget. "
            "“I spent $800 of my own money this year,” she says in the video.\n\n"
            "Whitfield later told Good Morning America that she was overwhelmed by the response. "
            "“I never expected this,” she said."
        ),
        "quotes": [
            ("I spent $800 of my own money this year,", "Dana Whitfield", False, "P1"),
            ("I never expected this,", "Dana Whitfield", False, "P2"),
        ],
        "posts": [
            ("P1", "Dana Whitfield", "TikTok"),
            ("P2", "Dana Whitfield", "Good Morning America"),
        ],
        "people": ["Dana Whitfield"],
    },
    {
        "name": "tweet-and-rival-post-of-her-own",
        "text": (
            "Senator Hal Brenner tweeted on Monday that the bill was “dead on arrival.” His "
            "Democratic rival, Senator Joan Esposito, shot back in a post of her own: “Only because "
            "you killed it.”"
        ),
        "quotes": [
            ("dead on arrival.", "Hal Brenner", True, "P1"),
            ("Only because you killed it.", "Joan Esposito", False, "P2"),
        ],
        "posts": [("P1", "Hal Brenner", "Twitter"), ("P2", "Joan Esposito", "Twitter")],
        "people": ["Hal Brenner", "Joan Esposito"],
    },
    {
        "name": "memoir-title-present-tense",
        "text": (
            "In her memoir, “Borrowed Light,” out next month, singer Carla Munez writes about her "
            "years of addiction. “I lied to everyone, including myself,” she writes.\n\n"
            "Munez, 48, has been sober since 2012."
        ),
        "quotes": [("I lied to everyone, including myself,", "Carla Munez", False, "P1")],
        "posts": [("P1", "Carla Munez", None)],
        "people": ["Carla Munez"],
    },
    {
        "name": "police-facebook-chief-reporters",
        "text": (
            "The Dayton Police Department said in a Facebook post that two officers were injured "
            "during the arrest. Police Chief Aaron Mills later told reporters that both were "
            "“expected to recover.” “They are tough,” Mills said."
        ),
        "quotes": [
            ("expected to recover.", "Aaron Mills", True, None),
            ("They are tough,", "Aaron Mills", False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Aaron Mills"],
    },
    {
        "name": "talk-show-and-film-title",
        "text": (
            "Actor Theo Lambert discussed his new film, “Night Train,” during an appearance on “The "
            "Kelly Clarkson Show” on Tuesday. “It is the darkest thing I have ever done,” Lambert "
            "said."
        ),
        "quotes": [("It is the darkest thing I have ever done,", "Theo Lambert", False, "P1")],
        "posts": [("P1", "Theo Lambert", "The Kelly Clarkson Show")],
        "people": ["Theo Lambert"],
    },
    {
        "name": "principal-letter-parent-fragment",
        "text": (
            "Principal Grace Obi sent a letter to parents on Friday announcing the closure of "
            "Lincoln Elementary. “This was not an easy decision,” Obi wrote. Parent Tom Reyes said "
            "he was “blindsided.”"
        ),
        "quotes": [
            ("This was not an easy decision,", "Grace Obi", False, "P1"),
            ("blindsided.", "Tom Reyes", True, None),
        ],
        "posts": [("P1", "Grace Obi", None)],
        "people": ["Grace Obi", "Tom Reyes"],
    },
    {
        "name": "swimmer-and-coach-two-women",
        "text": (
            "Olympic swimmer Kate Lund and her coach, Maria Fedorova, spoke to NBC Sports after the "
            "final. “I was so nervous,” Lund said. Fedorova laughed. “She always says that,” she "
            "said."
        ),
        "quotes": [
            ("I was so nervous,", "Kate Lund", False, "P1"),
            ("She always says that,", "Maria Fedorova", False, "P1"),
        ],
        "posts": [("P1", "Kate Lund", "NBC Sports")],
        "people": ["Kate Lund", "Maria Fedorova"],
    },
]
