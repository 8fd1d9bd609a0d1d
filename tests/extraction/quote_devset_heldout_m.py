"""A thirteenth self-made dev set, held out (M): written after every quotes-quality fix, to score the delivered rules.

Set L was written as the final estimate, but rules were then fixed on what its
first run showed; M measures the rules as finally delivered. Same format and
conventions as ``quote_devset_heldout_l`` (self-made, not a public corpus): an
interview with a named outlet or show is a post (platform: the outlet or show),
a news conference, briefing or statement is a post with no platform, testimony
and "told reporters" are not; a reply "in a follow-up post" is a new post on
the same platform; organisations and unnamed people speak as None; titles in
marks are not quotes. Committed before the rules were first run on it; that
first score is recorded in benchmarks/quotes.py. Gold rows must never be
edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_M: list[dict] = [
    {
        "name": "representative-confirms-to-outlet",
        "text": (
            "Rapper Jax Monroe has been hospitalized after a car accident in Atlanta, his "
            "representative confirmed to Billboard on Sunday. “Jax is stable and thanks everyone "
            "for their prayers,” the representative said."
        ),
        "quotes": [
            ("Jax is stable and thanks everyone for their prayers,", None, False, "P1"),
        ],
        "posts": [("P1", None, "Billboard")],
        "people": ["Jax Monroe"],
    },
    {
        "name": "governor-briefing-fragment",
        "text": (
            "Governor Lydia Saenz held a press briefing on Thursday about the wildfires. “We have "
            "2,000 firefighters on the ground,” Saenz said. Asked about evacuations, she said "
            "residents should “leave when told, not later.”"
        ),
        "quotes": [
            ("We have 2,000 firefighters on the ground,", "Lydia Saenz", False, "P1"),
            ("leave when told, not later.", "Lydia Saenz", True, "P1"),
        ],
        "posts": [("P1", "Lydia Saenz", None)],
        "people": ["Lydia Saenz"],
    },
    {
        "name": "cooking-video-collab",
        "text": (
            "YouTuber Nate Vega teamed up with chef Rosa Lin for a cooking video posted on "
            "Saturday. “I burned everything,” Vega admits in the video. Lin was more forgiving. "
            "“He has potential,” she said with a laugh."
        ),
        "quotes": [
            ("I burned everything,", "Nate Vega", False, "P1"),
            ("He has potential,", "Rosa Lin", False, "P1"),
        ],
        "posts": [("P1", "Nate Vega", "YouTube")],
        "people": ["Nate Vega", "Rosa Lin"],
    },
    {
        "name": "club-sacks-manager-captain-tribute",
        "text": (
            "Riverside United sacked manager Owen Pike on Monday after a 5-0 defeat. The club "
            "thanked Pike for “his hard work and dedication.” Captain Leo Sands posted a tribute on "
            "Instagram: “Thank you for believing in me, gaffer.”"
        ),
        "quotes": [
            ("his hard work and dedication.", None, True, None),
            ("Thank you for believing in me, gaffer.", "Leo Sands", False, "P1"),
        ],
        "posts": [("P1", "Leo Sands", "Instagram")],
        "people": ["Owen Pike", "Leo Sands"],
    },
    {
        "name": "anonymous-official-and-briefing",
        "text": (
            "A senior White House official, speaking on condition of anonymity, told The "
            "Washington Post that the president was “furious” about the leak. Press secretary Dana "
            "Whitlock denied the report. “That is simply not true,” Whitlock said at the daily "
            "briefing."
        ),
        "quotes": [
            ("furious", None, True, "P1"),
            ("That is simply not true,", "Dana Whitlock", False, "P2"),
        ],
        "posts": [("P1", None, "The Washington Post"), ("P2", "Dana Whitlock", None)],
        "people": ["Dana Whitlock"],
    },
    {
        "name": "instagram-story-ex-replies-on-x",
        "text": (
            "Reality star Brooke Daly hit back at her ex-husband in an Instagram story on Friday. "
            "“Some people should worry about their own lives,” she wrote. Her ex, Chad Daly, "
            "responded on X hours later: “Noted.”"
        ),
        "quotes": [
            ("Some people should worry about their own lives,", "Brooke Daly", False, "P1"),
            ("Noted.", "Chad Daly", False, "P2"),
        ],
        "posts": [("P1", "Brooke Daly", "Instagram"), ("P2", "Chad Daly", "X")],
        "people": ["Brooke Daly", "Chad Daly"],
    },
    {
        "name": "study-press-release-outside-expert",
        "text": (
            "Researchers at Stanford University say they have found a new way to recycle lithium "
            "batteries. “This could cut costs in half,” lead author Mei Tanaka said in a press "
            "release. Other scientists were cautious. “It is promising, but it is early,” said Paul "
            "Drummond, a chemist at Oxford who was not involved in the study."
        ),
        "quotes": [
            ("This could cut costs in half,", "Mei Tanaka", False, "P1"),
            ("It is promising, but it is early,", "Paul Drummond", False, None),
        ],
        "posts": [("P1", "Mei Tanaka", "press release")],
        "people": ["Mei Tanaka", "Paul Drummond"],
    },
    {
        "name": "widow-statement",
        "text": (
            "Broadway actor Vincent Hale died Tuesday at 79. His wife, Clara Hale, said in a "
            "statement that he died peacefully at home. “He filled every room with song,” she "
            "said.\n\n"
            "Hale won two Tony Awards."
        ),
        "quotes": [("He filled every room with song,", "Clara Hale", False, "P1")],
        "posts": [("P1", "Clara Hale", None)],
        "people": ["Vincent Hale", "Clara Hale"],
    },
    {
        "name": "bakery-fire-owner-and-neighbor",
        "text": (
            "Fire destroyed a bakery on Elm Street early Sunday. Owner Rita Cho said she lost "
            "“everything we built.” A neighbor who called 911 said the flames were “taller than the "
            "building.”"
        ),
        "quotes": [
            ("everything we built.", "Rita Cho", True, None),
            ("taller than the building.", None, True, None),
        ],
        "posts": [],
        "people": ["Rita Cho"],
    },
    {
        "name": "podcast-in-marks-and-book-title",
        "text": (
            "Comedian Sam Ortiz joked about his new book, “Bad Advice,” on the “Smartless” podcast "
            "this week. “My editor cried,” Ortiz said. “Not in a good way.”"
        ),
        "quotes": [
            ("My editor cried,", "Sam Ortiz", False, "P1"),
            ("Not in a good way.", "Sam Ortiz", False, "P1"),
        ],
        "posts": [("P1", "Sam Ortiz", "Smartless")],
        "people": ["Sam Ortiz"],
    },
    {
        "name": "x-photos-and-follow-up-post",
        "text": (
            "Astronaut Jill Meyers shared photos of the aurora from the space station on X. “Never "
            "gets old,” she wrote. In a follow-up post, she added: “Look closely and you can see "
            "Canada.”"
        ),
        "quotes": [
            ("Never gets old,", "Jill Meyers", False, "P1"),
            ("Look closely and you can see Canada.", "Jill Meyers", False, "P2"),
        ],
        "posts": [("P1", "Jill Meyers", "X"), ("P2", "Jill Meyers", "X")],
        "people": ["Jill Meyers"],
    },
    {
        "name": "senate-testimony-not-a-post",
        "text": (
            "Testifying before the Senate Judiciary Committee on Tuesday, FBI Director Kara Lyons "
            "defended the bureau’s handling of the case. “We followed the law,” Lyons told "
            "senators. Senator Bill Tate was unconvinced. “I do not believe you,” he said."
        ),
        "quotes": [
            ("We followed the law,", "Kara Lyons", False, None),
            ("I do not believe you,", "Bill Tate", False, None),
        ],
        "posts": [],
        "people": ["Kara Lyons", "Bill Tate"],
    },
]
