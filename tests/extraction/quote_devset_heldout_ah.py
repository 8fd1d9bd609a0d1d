"""The twenty-eighth self-made dev set, held out (AH): its first run is an unseen estimate.

Written without reading the extraction rules, and committed before any rule was
run on it. Same format and conventions as set W (self-made, not a public corpus):
an interview with a named outlet, show or podcast is a post (platform: the outlet
or show as written, without quotation marks); a statement, memo, letter, email,
court filing, judge's opinion or essay with no named outlet is a post with no
platform; an op-ed or essay in a named outlet or on a named platform (Substack,
Medium) has that as its platform; a press release is a post with platform "press
release", and so is a news or earnings release; a news conference, briefing,
rally, speech, eulogy, meeting, court hearing, earnings call with analysts or
"told reporters" is not a post; a company's or organisation's release or
statement ("the company said in a statement", "in its statement") has author
None even when it quotes a named executive, whose quotes link to it; a comment
or reply under a post belongs to it, a post "of his own" is a new one; a later
fragment is linked to a post only when the text ties it to that post; a fragment
quoted inside narration is partial; organisations and unnamed people speak as
None; titles, nicknames and scare quotes in marks are not quotes. A quote that runs
over several paragraphs is one quote per paragraph, with the same speaker and post.

Cases W does not cover, decided here: "the passenger, who identified himself as X"
makes X the named author of the post; a quote introduced by "she added" right after
a fragment from a post continues that post.
Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AH: list[dict] = [
    {
        "name": "senator-x-post-then-reporters",
        "text": (
            "Sen. Margaret Ellison, a Republican from Ohio, criticized the spending bill on X on "
            "Tuesday night. “This is not a budget. It is a wish list,” Ellison posted.\n\n"
            "On Wednesday, the senator told reporters outside the Capitol that she would vote "
            "against it. “I have read all 900 pages, and I cannot support it,” she said."
        ),
        "quotes": [
            ("This is not a budget. It is a wish list,", "Margaret Ellison", False, "P1"),
            (
                "I have read all 900 pages, and I cannot support it,",
                "Margaret Ellison",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Margaret Ellison", "X")],
        "people": ["Margaret Ellison"],
    },
    {
        "name": "earnings-release-then-analyst-call",
        "text": (
            "Harlow Foods reported a 12% rise in quarterly profit on Thursday, helped by strong "
            "sales of its frozen meals.\n\n"
            "“Our brands are winning share in every aisle we compete in,” chief executive Dana "
            "Whitcombe said in the company’s earnings release.\n\n"
            "On a call with analysts, Whitcombe was more cautious about the months ahead. "
            "“Shoppers are still watching every dollar,” she said. “We are not going to pretend "
            "otherwise.”"
        ),
        "quotes": [
            (
                "Our brands are winning share in every aisle we compete in,",
                "Dana Whitcombe",
                False,
                "P1",
            ),
            ("Shoppers are still watching every dollar,", "Dana Whitcombe", False, None),
            ("We are not going to pretend otherwise.", "Dana Whitcombe", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Dana Whitcombe"],
    },
    {
        "name": "pastry-chef-tiktok-baker-comment",
        "text": (
            "A Brooklyn pastry chef’s video about her failed croissants has been viewed more "
            "than four million times on TikTok.\n\n"
            "“Forty-eight hours of lamination, and this is what I get,” Priya Nandakumar says in "
            "the clip, holding up a flat, greasy pastry. “I’m going to bed.”\n\n"
            "Among the thousands of comments was one from the French baker Luc Arnaud: “Your "
            "butter was too warm. Try again tomorrow.” Nandakumar, 31, said Monday that she had "
            "taken his advice."
        ),
        "quotes": [
            (
                "Forty-eight hours of lamination, and this is what I get,",
                "Priya Nandakumar",
                False,
                "P1",
            ),
            ("I’m going to bed.", "Priya Nandakumar", False, "P1"),
            ("Your butter was too warm. Try again tomorrow.", "Luc Arnaud", False, "P1"),
        ],
        "posts": [("P1", "Priya Nandakumar", "TikTok")],
        "people": ["Priya Nandakumar", "Luc Arnaud"],
    },
    {
        "name": "judge-opinion-attorney-general-statement",
        "text": (
            "A federal judge in Tallahassee on Friday blocked a Florida law that would have "
            "barred state agencies from working with climate researchers at public universities."
            "\n\n"
            "“The state may choose what it funds. It may not punish professors for what they "
            "study,” U.S. District Judge Raymond Osei wrote in a 42-page opinion.\n\n"
            "The state’s attorney general, Curtis Vann, said in a statement that he would "
            "appeal. “The judge has substituted his policy preferences for those of the "
            "Legislature,” Vann said."
        ),
        "quotes": [
            (
                (
                    "The state may choose what it funds. It may not punish professors for what "
                    "they study,"
                ),
                "Raymond Osei",
                False,
                "P1",
            ),
            (
                "The judge has substituted his policy preferences for those of the Legislature,",
                "Curtis Vann",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Raymond Osei", None), ("P2", "Curtis Vann", None)],
        "people": ["Raymond Osei", "Curtis Vann"],
    },
    {
        "name": "kentucky-flooding-forecaster-resident",
        "text": (
            "Forecasters warned of life-threatening flooding across eastern Kentucky on Saturday "
            "as up to 6 inches of rain fell overnight.\n\n"
            "“Do not attempt to drive through flooded roadways. Turn around, don’t drown,” said "
            "Mark Jennings, a meteorologist with the National Weather Service office in Jackson."
            "\n\n"
            "In the town of Hazelton, Earl Burchett watched the creek behind his house rise "
            "toward his back porch. “I’ve lived here 70 years and never seen it come up this "
            "fast,” he said."
        ),
        "quotes": [
            (
                "Do not attempt to drive through flooded roadways. Turn around, don’t drown,",
                "Mark Jennings",
                False,
                None,
            ),
            (
                "I’ve lived here 70 years and never seen it come up this fast,",
                "Earl Burchett",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Mark Jennings", "Earl Burchett"],
    },
    {
        "name": "marathoner-podcast-age-description",
        "text": (
            "Marathoner Tessa Lindqvist said she nearly quit the sport after a stress fracture "
            "kept her out of the Tokyo Olympics.\n\n"
            "“There were mornings I couldn’t look at my running shoes,” the 29-year-old said on "
            "the “Miles to Go” podcast, released Wednesday. “My husband hid them for a while.”"
            "\n\n"
            "Lindqvist will run the Chicago Marathon in October, her first race over the "
            "distance in three years."
        ),
        "quotes": [
            (
                "There were mornings I couldn’t look at my running shoes,",
                "Tessa Lindqvist",
                False,
                "P1",
            ),
            ("My husband hid them for a while.", "Tessa Lindqvist", False, "P1"),
        ],
        "posts": [("P1", "Tessa Lindqvist", "Miles to Go")],
        "people": ["Tessa Lindqvist"],
    },
    {
        "name": "singer-instagram-single-and-album-titles",
        "text": (
            "Pop singer Marisol Vega announced Sunday that her new single, “Paper Moons,” will "
            "be released on Friday, the first taste of her long-delayed third album.\n\n"
            "“This song saved me during the hardest year of my life,” Vega wrote on Instagram "
            "alongside a clip of the video. “I hope it does something for you too.”\n\n"
            "The album, “Salt and Honey,” was originally due last fall. Her label, Northwave "
            "Records, said it would now arrive in the spring."
        ),
        "quotes": [
            ("This song saved me during the hardest year of my life,", "Marisol Vega", False, "P1"),
            ("I hope it does something for you too.", "Marisol Vega", False, "P1"),
        ],
        "posts": [("P1", "Marisol Vega", "Instagram")],
        "people": ["Marisol Vega"],
    },
    {
        "name": "town-council-library-vote",
        "text": (
            "The Millbrook Town Council voted 4-3 on Tuesday night to close the Elm Street "
            "branch library, ending months of debate.\n\n"
            "Councilwoman Janet Oyelaran, who voted against the closure, called the decision “a "
            "mistake we will regret for a generation.” Council President Gary Huff said the town "
            "could no longer afford to run two libraries.\n\n"
            "“Nobody up here wanted to do this,” Huff said at the meeting. “But the numbers are "
            "the numbers.”"
        ),
        "quotes": [
            ("a mistake we will regret for a generation.", "Janet Oyelaran", True, None),
            ("Nobody up here wanted to do this,", "Gary Huff", False, None),
            ("But the numbers are the numbers.", "Gary Huff", False, None),
        ],
        "posts": [],
        "people": ["Janet Oyelaran", "Gary Huff"],
    },
    {
        "name": "bee-study-newspaper-interview",
        "text": (
            "Honeybees exposed to low doses of a common fungicide lose their ability to find "
            "their way back to the hive, according to a study published Thursday in the journal "
            "Nature Ecology.\n\n"
            "“They simply get lost,” the lead author, Dr. Ingrid Solberg of the University of "
            "Bergen, told The Times. “A bee that can’t get home is a dead bee.”\n\n"
            "Solberg said the effect appeared within three days of exposure. A spokesman for "
            "Agrochem Partners, which makes the fungicide, said the company was reviewing the "
            "study."
        ),
        "quotes": [
            ("They simply get lost,", "Ingrid Solberg", False, "P1"),
            ("A bee that can’t get home is a dead bee.", "Ingrid Solberg", False, "P1"),
        ],
        "posts": [("P1", "Ingrid Solberg", "The Times")],
        "people": ["Ingrid Solberg"],
    },
    {
        "name": "car-break-ins-police-news-conference",
        "text": (
            "Police in Riverton have arrested a 19-year-old man in connection with a string of "
            "car break-ins that left more than 40 vehicles damaged in the city's north end.\n\n"
            '"This was one person, and he was very busy," Police Chief Alan Mercer said at a '
            "news conference Thursday. He identified the suspect as Tyler Booth of Riverton.\n\n"
            'Mercer said detectives had recovered laptops, purses and a set of golf clubs. "If '
            'you were a victim, call us," the chief said. "There is a good chance we have your '
            'property."'
        ),
        "quotes": [
            ("This was one person, and he was very busy,", "Alan Mercer", False, None),
            ("If you were a victim, call us,", "Alan Mercer", False, None),
            ("There is a good chance we have your property.", "Alan Mercer", False, None),
        ],
        "posts": [],
        "people": ["Alan Mercer", "Tyler Booth"],
    },
    {
        "name": "software-ceo-two-linkedin-posts",
        "text": (
            "The chief executive of the software company Brightlane, Omar Haddad, said on "
            "LinkedIn on Monday that the company would cut about 200 jobs, or roughly 15% of its "
            "work force.\n\n"
            "“I own this decision, and I own the mistakes that led to it,” Haddad wrote. “We "
            "hired too fast for a market that did not come.”\n\n"
            "In a second LinkedIn post on Tuesday, Haddad said the company would pay for six "
            "months of health insurance for departing employees. “It is the least we can do,” he "
            "wrote."
        ),
        "quotes": [
            (
                "I own this decision, and I own the mistakes that led to it,",
                "Omar Haddad",
                False,
                "P1",
            ),
            ("We hired too fast for a market that did not come.", "Omar Haddad", False, "P1"),
            ("It is the least we can do,", "Omar Haddad", False, "P2"),
        ],
        "posts": [("P1", "Omar Haddad", "LinkedIn"), ("P2", "Omar Haddad", "LinkedIn")],
        "people": ["Omar Haddad"],
    },
    {
        "name": "superintendent-letter-phone-ban",
        "text": (
            "Students in the Cedar Falls school district will no longer be allowed to use "
            "cellphones during the school day starting in January, the superintendent told "
            "families in a letter on Friday.\n\n"
            '"Our teachers are competing with a device designed to win," wrote Superintendent '
            'Karen Lindgren. "That is not a fair fight."\n\n'
            'Some parents were unconvinced. "What happens when there\'s an emergency?" asked '
            'Mike Deluca, whose daughter is in seventh grade. "I want to be able to reach my '
            'kid."'
        ),
        "quotes": [
            (
                "Our teachers are competing with a device designed to win,",
                "Karen Lindgren",
                False,
                "P1",
            ),
            ("That is not a fair fight.", "Karen Lindgren", False, "P1"),
            ("What happens when there's an emergency?", "Mike Deluca", False, None),
            ("I want to be able to reach my kid.", "Mike Deluca", False, None),
        ],
        "posts": [("P1", "Karen Lindgren", None)],
        "people": ["Karen Lindgren", "Mike Deluca"],
    },
    {
        "name": "stranded-passenger-reddit-airline-statement",
        "text": (
            "A passenger’s account of being stranded for 19 hours at Denver International "
            "Airport drew thousands of responses after it was posted on Reddit over the weekend."
            "\n\n"
            "“No food vouchers, no hotel, no information. Just a gate agent who kept telling us "
            "to wait,” wrote the passenger, who identified himself as Jordan Pike, a nurse from "
            "Omaha.\n\n"
            "Skyward Airlines apologized in a statement on Monday. “We fell short of the "
            "standard our customers deserve,” said Melissa Grant, the airline’s vice president "
            "for customer experience. The company said it would refund Pike’s fare."
        ),
        "quotes": [
            (
                (
                    "No food vouchers, no hotel, no information. Just a gate agent who kept "
                    "telling us to wait,"
                ),
                "Jordan Pike",
                False,
                "P1",
            ),
            ("We fell short of the standard our customers deserve,", "Melissa Grant", False, "P2"),
        ],
        "posts": [("P1", "Jordan Pike", "Reddit"), ("P2", None, None)],
        "people": ["Jordan Pike", "Melissa Grant"],
    },
    {
        "name": "firefighter-funeral-eulogies",
        "text": (
            "Hundreds of mourners filled St. Brendan’s Church in Galway Falls on Saturday for "
            "the funeral of Tom Reilly, the firefighter who died last week while pulling two "
            "children from a burning house.\n\n"
            "“Tom never walked past anyone who needed help. Not once, not in 22 years,” Fire "
            "Chief Denise Carr said in her eulogy.\n\n"
            "Reilly’s younger brother, Sean Reilly, spoke last. “He would hate all this fuss,” "
            "he said, drawing laughter from the pews. “But he’d have loved the turnout.”"
        ),
        "quotes": [
            (
                "Tom never walked past anyone who needed help. Not once, not in 22 years,",
                "Denise Carr",
                False,
                None,
            ),
            ("He would hate all this fuss,", "Sean Reilly", False, None),
            ("But he’d have loved the turnout.", "Sean Reilly", False, None),
        ],
        "posts": [],
        "people": ["Tom Reilly", "Denise Carr", "Sean Reilly"],
    },
    {
        "name": "former-champion-upset-multi-paragraph",
        "text": (
            "Former Wimbledon champion Nadia Petrova-Hart was knocked out in the second round of "
            "the Eastbourne International on Wednesday, losing 6-3, 6-4 to the qualifier Chloe "
            "Danner.\n\n"
            "“I didn’t move well today, and she made me pay for it. She deserved it.\n\n"
            "“I’ll take a few days off and get ready for London,” the former champion said after "
            "the match.\n\n"
            "Danner, 20, who is ranked 184th in the world, said she had watched Petrova-Hart on "
            "television as a child. “It’s surreal,” she said."
        ),
        "quotes": [
            (
                "I didn’t move well today, and she made me pay for it. She deserved it.",
                "Nadia Petrova-Hart",
                False,
                None,
            ),
            (
                "I’ll take a few days off and get ready for London,",
                "Nadia Petrova-Hart",
                False,
                None,
            ),
            ("It’s surreal,", "Chloe Danner", False, None),
        ],
        "posts": [],
        "people": ["Nadia Petrova-Hart", "Chloe Danner"],
    },
    {
        "name": "governor-op-ed-gas-tax-veto",
        "text": (
            "Gov. Richard Amsel of Vermont, writing in an op-ed published Sunday in The "
            "Burlington Ledger, defended his decision to veto a bill that would have raised the "
            "state’s gas tax.\n\n"
            "“Working families in rural Vermont cannot absorb another increase at the pump,” "
            "Amsel wrote, “and they should not have to.”\n\n"
            "House Speaker Lena Forsythe called the veto “short-sighted” and said lawmakers "
            "would try to override it next week."
        ),
        "quotes": [
            (
                "Working families in rural Vermont cannot absorb another increase at the pump,",
                "Richard Amsel",
                False,
                "P1",
            ),
            ("and they should not have to.", "Richard Amsel", False, "P1"),
            ("short-sighted", "Lena Forsythe", True, None),
        ],
        "posts": [("P1", "Richard Amsel", "The Burlington Ledger")],
        "people": ["Richard Amsel", "Lena Forsythe"],
    },
    {
        "name": "actor-threads-costar-reply-and-own-post",
        "text": (
            "Actor Julian Marsh confirmed on Threads on Tuesday that he would not return for the "
            "sequel to “Harbor Lights,” the surprise hit of last summer.\n\n"
            "“Scheduling just didn’t work out. I’m gutted,” Marsh wrote.\n\n"
            "His co-star, Bea Okonkwo, replied to the post: “The set won’t be the same without "
            "you.” Later, in a Threads post of her own, Okonkwo said filming would begin in "
            "Belfast in March. “See you there, everyone else,” she wrote."
        ),
        "quotes": [
            ("Scheduling just didn’t work out. I’m gutted,", "Julian Marsh", False, "P1"),
            ("The set won’t be the same without you.", "Bea Okonkwo", False, "P1"),
            ("See you there, everyone else,", "Bea Okonkwo", False, "P2"),
        ],
        "posts": [("P1", "Julian Marsh", "Threads"), ("P2", "Bea Okonkwo", "Threads")],
        "people": ["Julian Marsh", "Bea Okonkwo"],
    },
    {
        "name": "faa-chief-senate-hearing",
        "text": (
            "The head of the Federal Aviation Administration faced sharp questions at a Senate "
            "hearing on Wednesday about a spate of near-collisions at U.S. airports.\n\n"
            "“How many close calls do we need before something changes?” asked Sen. Paul Okafor, "
            "a Democrat from Illinois.\n\n"
            "The administrator, Linda Crane, said the agency was hiring 1,800 air traffic "
            "controllers this year and described the staffing shortage as “the single biggest "
            "risk in the system.” She told the committee: “We are not where we need to be. I "
            "won’t pretend we are.”"
        ),
        "quotes": [
            (
                "How many close calls do we need before something changes?",
                "Paul Okafor",
                False,
                None,
            ),
            ("the single biggest risk in the system.", "Linda Crane", True, None),
            ("We are not where we need to be. I won’t pretend we are.", "Linda Crane", False, None),
        ],
        "posts": [],
        "people": ["Paul Okafor", "Linda Crane"],
    },
    {
        "name": "museum-painting-heir-substack",
        "text": (
            'The Halvorsen Museum of Art in Port Halvor has acquired "Winter Harbor at Dusk," '
            "a long-lost painting by the Norwegian-American artist Anders Kjelland, for $2.3 "
            "million.\n\n"
            '"We have been looking for this picture for 40 years," the museum\'s director, Ruth '
            'Abernathy, said at a preview on Thursday. "To finally hang it here, a few miles '
            'from where he painted it, is extraordinary."\n\n'
            "The painting had hung in the home of Kjelland's descendants for decades. His "
            "great-granddaughter, the writer Maren Dahl, wrote in an essay on her Substack that "
            'selling it was "the hardest decision our family ever made." But, she added, "It '
            'belongs where people can see it."'
        ),
        "quotes": [
            ("We have been looking for this picture for 40 years,", "Ruth Abernathy", False, None),
            (
                "To finally hang it here, a few miles from where he painted it, is extraordinary.",
                "Ruth Abernathy",
                False,
                None,
            ),
            ("the hardest decision our family ever made.", "Maren Dahl", True, "P1"),
            ("It belongs where people can see it.", "Maren Dahl", False, "P1"),
        ],
        "posts": [("P1", "Maren Dahl", "Substack")],
        "people": ["Anders Kjelland", "Ruth Abernathy", "Maren Dahl"],
    },
    {
        "name": "nurses-rally-hospital-statement",
        "text": (
            "Nurses at Mercy Valley Hospital in Fresno rallied outside the building on Monday, "
            "two days before a planned strike over staffing levels.\n\n"
            "“We are caring for six, seven patients at a time. That is not safe, and everyone in "
            "there knows it,” Rosa Delgado, an intensive-care nurse and union representative, "
            "told the crowd.\n\n"
            "The hospital said in a statement that it had offered raises of 18% over three "
            "years. “We remain committed to reaching a fair agreement and will continue to "
            "provide care during any strike,” the statement said."
        ),
        "quotes": [
            (
                (
                    "We are caring for six, seven patients at a time. That is not safe, and "
                    "everyone in there knows it,"
                ),
                "Rosa Delgado",
                False,
                None,
            ),
            (
                (
                    "We remain committed to reaching a fair agreement and will continue to "
                    "provide care during any strike,"
                ),
                None,
                False,
                "P1",
            ),
        ],
        "posts": [("P1", None, None)],
        "people": ["Rosa Delgado"],
    },
]
