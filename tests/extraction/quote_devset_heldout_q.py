"""A seventeenth self-made dev set, held out (Q): written after the last rule change; its first run is an unseen estimate.

Same format and conventions as sets O and P (self-made, not a public corpus):
an interview with a named outlet, magazine or show is a post (platform: the
outlet or show), an essay for a named site is a post on that site, a
statement, a letter, a memo or a court opinion is a post with no platform; a
post made by an organisation has no author; a comment or reply under a post
belongs to it; testimony from the witness stand, "said afterward" and "told
reporters" are not posts; organisations and unnamed people speak as None;
titles and nicknames in marks are not quotes; a quote running over paragraphs
is one quote per paragraph. Written after the last rule change, committed
before any rule was run on it. Gold rows must never be edited to make a rule
pass.
"""

from __future__ import annotations

HELDOUT_SET_Q: list[dict] = [
    {
        "name": "magazine-couple-interview-her-husband",
        "text": (
            "Television host Brooke Danvers and her husband, musician Elliot Crane, opened up to "
            "People about becoming parents in their 40s. “I stopped caring what anyone thought of "
            "me,” Danvers said. Her husband said fatherhood had made him “a much calmer person.”"
        ),
        "quotes": [
            ("I stopped caring what anyone thought of me,", "Brooke Danvers", False, "P1"),
            ("a much calmer person.", "Elliot Crane", True, "P1"),
        ],
        "posts": [
            ("P1", "Brooke Danvers", "People"),
        ],
        "people": [
            "Brooke Danvers",
            "Elliot Crane",
        ],
    },
    {
        "name": "council-drive-through-ban",
        "text": (
            "The Denver City Council voted 9-4 on Monday to ban new drive-through restaurants "
            "along the Colfax Avenue corridor. “This is about making the street safe to walk "
            "again,” said Councilwoman Alicia Torres, who sponsored the measure.\n\n"
            "Councilman Jim Petrakis, who voted no, said the ban would “punish small businesses "
            "for a problem they did not create.” He added: “People still need to eat.”"
        ),
        "quotes": [
            ("This is about making the street safe to walk again,", "Alicia Torres", False, None),
            (
                "punish small businesses for a problem they did not create.",
                "Jim Petrakis",
                True,
                None,
            ),
            ("People still need to eat.", "Jim Petrakis", False, None),
        ],
        "posts": [],
        "people": [
            "Alicia Torres",
            "Jim Petrakis",
        ],
    },
    {
        "name": "plant-memo-and-union-fragment",
        "text": (
            "Carmaker Veltra will pause production at its Ohio plant for three weeks because "
            "of a shortage of chips, according to an internal memo seen by Reuters. “We "
            "expect to resume normal operations by mid-March,” plant manager Doug Reyes wrote "
            "in the memo.\n\n"
            "The United Auto Workers local said the pause was “the third this year” and demanded "
            "answers from the company."
        ),
        "quotes": [
            ("We expect to resume normal operations by mid-March,", "Doug Reyes", False, "P1"),
            ("the third this year", None, True, None),
        ],
        "posts": [
            ("P1", "Doug Reyes", None),
        ],
        "people": [
            "Doug Reyes",
        ],
    },
    {
        "name": "goalkeeper-said-afterward",
        "text": (
            "Goalkeeper Hannah Stroud made nine saves as Portland beat San Diego 1-0 on "
            "Saturday to reach the league final. “I have never felt calmer in a big game,” "
            "Stroud said afterward.\n\n"
            "Portland coach Mike Ferrante called her performance “as good as I have seen from a "
            "keeper.”"
        ),
        "quotes": [
            ("I have never felt calmer in a big game,", "Hannah Stroud", False, None),
            ("as good as I have seen from a keeper.", "Mike Ferrante", True, None),
        ],
        "posts": [],
        "people": [
            "Hannah Stroud",
            "Mike Ferrante",
        ],
    },
    {
        "name": "appeals-court-opinion-fragment",
        "text": (
            "A federal appeals court on Friday revived a lawsuit accusing the social media "
            "company Pixly of ignoring reports of child exploitation. In an opinion for the "
            "three-judge panel, Judge Maria Kessler wrote that the lower court had read the "
            "law “far too broadly.”\n\n"
            "Pixly said it would ask the full court to rehear the case."
        ),
        "quotes": [
            ("far too broadly.", "Maria Kessler", True, "P1"),
        ],
        "posts": [
            ("P1", "Maria Kessler", None),
        ],
        "people": [
            "Maria Kessler",
        ],
    },
    {
        "name": "superintendent-letter-parent",
        "text": (
            "The superintendent of the Lakeview School District told parents in a letter on "
            "Wednesday that two elementary schools will close at the end of the school year. "
            "“These are decisions no one wants to make,” Superintendent Carol Benning wrote.\n\n"
            "Jamal Price, whose daughter attends one of the schools, said he learned the news "
            "from a neighbor. “Nobody from the district called us,” he said."
        ),
        "quotes": [
            ("These are decisions no one wants to make,", "Carol Benning", False, "P1"),
            ("Nobody from the district called us,", "Jamal Price", False, None),
        ],
        "posts": [
            ("P1", "Carol Benning", None),
        ],
        "people": [
            "Carol Benning",
            "Jamal Price",
        ],
    },
    {
        "name": "reddit-thread-developer",
        "text": (
            "The lead developer of the open-source video editor Kestrel answered users’ questions "
            "in a Reddit thread on Tuesday, a day after the project said it would start charging "
            "for some features. “Nobody on this team has been paid in four years,” Priya Sandoval "
            "wrote in one reply. “Something had to change.”"
        ),
        "quotes": [
            ("Nobody on this team has been paid in four years,", "Priya Sandoval", False, "P1"),
            ("Something had to change.", "Priya Sandoval", False, "P1"),
        ],
        "posts": [
            ("P1", "Priya Sandoval", "Reddit"),
        ],
        "people": [
            "Priya Sandoval",
        ],
    },
    {
        "name": "steps-study-lead-author",
        "text": (
            "People who walked at least 7,000 steps a day were less likely to die over the "
            "following decade than those who walked less, researchers reported Wednesday.\n\n"
            "“You do not need to hit 10,000 to see a benefit,” said Dr. Ellen Okafor, the study’s "
            "lead author. Okafor said even short walks after meals appeared to help, though she "
            "cautioned that the study could not prove cause and effect."
        ),
        "quotes": [
            ("You do not need to hit 10,000 to see a benefit,", "Ellen Okafor", False, None),
        ],
        "posts": [],
        "people": [
            "Ellen Okafor",
        ],
    },
    {
        "name": "final-season-title-and-nickname",
        "text": (
            "The final season of “Harbor Lights” will premiere in October, the network said "
            "Thursday. The drama, which follows a family of lobstermen in Maine, became a "
            "surprise hit during the pandemic.\n\n"
            "Star Ben Ashford, who plays the family’s hot-tempered patriarch, known to fans "
            "simply as “Cap,” has been nominated for three Emmys for the role."
        ),
        "quotes": [],
        "posts": [],
        "people": [
            "Ben Ashford",
        ],
    },
    {
        "name": "campaign-video-and-rival-x",
        "text": (
            "State Rep. Dana Whitfield announced her run for Congress in a video posted on "
            "YouTube on Monday. “Washington is broken, and I’m running to fix it,” Whitfield "
            "says in the video, which opens with footage of her family’s farm.\n\n"
            "Her likely opponent, Rep. Carl Mateo, responded on X: “Welcome to the race. Bring "
            "comfortable shoes.”"
        ),
        "quotes": [
            ("Washington is broken, and I’m running to fix it,", "Dana Whitfield", False, "P1"),
            ("Welcome to the race. Bring comfortable shoes.", "Carl Mateo", False, "P2"),
        ],
        "posts": [
            ("P1", "Dana Whitfield", "YouTube"),
            ("P2", "Carl Mateo", "X"),
        ],
        "people": [
            "Dana Whitfield",
            "Carl Mateo",
        ],
    },
    {
        "name": "airline-ceo-bloomberg-multi-paragraph",
        "text": (
            "In an interview with Bloomberg News, Halcyon Air chief executive Robert Lindgren "
            "said the airline would not order any new jets before 2027.\n\n"
            "“The manufacturers cannot deliver on time, and we are tired of planning around "
            "promises.\n\n"
            "“We will fly what we have, and we will fly it well,” he said."
        ),
        "quotes": [
            (
                "The manufacturers cannot deliver on time, and we are tired of planning around promises.",
                "Robert Lindgren",
                False,
                "P1",
            ),
            ("We will fly what we have, and we will fly it well,", "Robert Lindgren", False, "P1"),
        ],
        "posts": [
            ("P1", "Robert Lindgren", "Bloomberg News"),
        ],
        "people": [
            "Robert Lindgren",
        ],
    },
    {
        "name": "catcher-retirement-essay",
        "text": (
            "Veteran catcher Luis Ybarra announced his retirement Tuesday in an essay for The "
            "Players’ Tribune. “I was never the most talented guy in the room,” he wrote. “I "
            "just refused to be outworked.”\n\n"
            "In the essay, the 38-year-old also called his 17 seasons in the majors “a gift I did "
            "not deserve.”"
        ),
        "quotes": [
            ("I was never the most talented guy in the room,", "Luis Ybarra", False, "P1"),
            ("I just refused to be outworked.", "Luis Ybarra", False, "P1"),
            ("a gift I did not deserve.", "Luis Ybarra", True, "P1"),
        ],
        "posts": [
            ("P1", "Luis Ybarra", "The Players’ Tribune"),
        ],
        "people": [
            "Luis Ybarra",
        ],
    },
    {
        "name": "witness-stand-and-attorney-reporters",
        "text": (
            "Testifying in her own defense on Thursday, former nursing home administrator "
            "Gloria Benitez denied that she had ordered staff to falsify patient records. “I "
            "never told anyone to change a chart,” Benitez said from the witness stand.\n\n"
            "Outside the courthouse, her attorney, Neil Osgood, told reporters that the trial was "
            "going “exactly as we expected.”"
        ),
        "quotes": [
            ("I never told anyone to change a chart,", "Gloria Benitez", False, None),
            ("exactly as we expected.", "Neil Osgood", True, None),
        ],
        "posts": [],
        "people": [
            "Gloria Benitez",
            "Neil Osgood",
        ],
    },
    {
        "name": "taqueria-closing-instagram-customer",
        "text": (
            "After 41 years, Rosa’s Taqueria on Fifth Street will serve its last plate on "
            "Sunday. The owner, Rosa Delgado, shared the news in an Instagram post on Monday. "
            "“My knees are done, but my heart will always be in this kitchen,” she wrote.\n\n"
            "Hundreds of longtime customers responded. “You fed my whole family for three "
            "generations,” one commented under the post."
        ),
        "quotes": [
            (
                "My knees are done, but my heart will always be in this kitchen,",
                "Rosa Delgado",
                False,
                "P1",
            ),
            ("You fed my whole family for three generations,", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Rosa Delgado", "Instagram"),
        ],
        "people": [
            "Rosa Delgado",
        ],
    },
    {
        "name": "investor-threads-ceo-reply",
        "text": (
            "Billionaire investor Clark Hadley said on Threads on Friday that he had sold his "
            "entire stake in electric-truck maker Voltan. “Great team, wrong market,” the "
            "billionaire posted. Voltan chief executive Sunita Rao replied beneath his post: "
            "“We’ll see.”"
        ),
        "quotes": [
            ("Great team, wrong market,", "Clark Hadley", False, "P1"),
            ("We’ll see.", "Sunita Rao", False, "P1"),
        ],
        "posts": [
            ("P1", "Clark Hadley", "Threads"),
        ],
        "people": [
            "Clark Hadley",
            "Sunita Rao",
        ],
    },
    {
        "name": "stroke-recovery-tiktok-neurologist",
        "text": (
            "An Ohio woman who has documented her recovery from a rare stroke on TikTok now "
            "has more than 2 million followers. “Day 40: I held a fork by myself,” Kayla Moss "
            "says in one of her videos.\n\n"
            "Her neurologist, Dr. Aaron Feld, said her progress had been “remarkable, but not a "
            "miracle.” “It is hard work, every single day,” he said."
        ),
        "quotes": [
            ("Day 40: I held a fork by myself,", "Kayla Moss", False, "P1"),
            ("remarkable, but not a miracle.", "Aaron Feld", True, None),
            ("It is hard work, every single day,", "Aaron Feld", False, None),
        ],
        "posts": [
            ("P1", "Kayla Moss", "TikTok"),
        ],
        "people": [
            "Kayla Moss",
            "Aaron Feld",
        ],
    },
    {
        "name": "gq-cover-story-film-title",
        "text": (
            "Actor Daniel Osei, star of the new war drama “Ashfall,” tells GQ in its December "
            "cover story that he nearly quit acting five years ago. “I was broke and I was "
            "tired,” Osei says. He describes the audition that changed his mind as “ten minutes "
            "that saved my life.”"
        ),
        "quotes": [
            ("I was broke and I was tired,", "Daniel Osei", False, "P1"),
            ("ten minutes that saved my life.", "Daniel Osei", True, "P1"),
        ],
        "posts": [
            ("P1", "Daniel Osei", "GQ"),
        ],
        "people": [
            "Daniel Osei",
        ],
    },
    {
        "name": "memoir-announcement-book-title",
        "text": (
            "Former Ohio governor Ray Lindquist will publish a memoir, “Plain Speaking, Hard "
            "Choices,” in May, his publisher said Wednesday. The book covers his two terms in "
            "office and his failed 2016 bid for the Senate."
        ),
        "quotes": [],
        "posts": [],
        "people": [
            "Ray Lindquist",
        ],
    },
    {
        "name": "sheriff-facebook-then-statement",
        "text": (
            "The Marion County Sheriff’s Office said in a Facebook post on Sunday that a deputy "
            "had shot and wounded a man who pointed a rifle at officers during a traffic stop. "
            "Sheriff Wayne Dorsey released a statement later in the day. “Our deputy made a "
            "split-second decision to protect his partner and himself,” Dorsey said."
        ),
        "quotes": [
            (
                "Our deputy made a split-second decision to protect his partner and himself,",
                "Wayne Dorsey",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Wayne Dorsey", None),
        ],
        "people": [
            "Wayne Dorsey",
        ],
    },
    {
        "name": "tennis-podcast-injury-coach",
        "text": (
            "Tennis player Mira Valdez revealed on the “Court Side” podcast that she played "
            "the entire season with a torn ligament in her wrist. “Every backhand felt like a "
            "knife,” the 24-year-old said. “But I didn’t want anyone to know.”\n\n"
            "Her coach, Stefan Kroll, joined her on the episode and admitted he had urged her to "
            "withdraw."
        ),
        "quotes": [
            ("Every backhand felt like a knife,", "Mira Valdez", False, "P1"),
            ("But I didn’t want anyone to know.", "Mira Valdez", False, "P1"),
        ],
        "posts": [
            ("P1", "Mira Valdez", "Court Side"),
        ],
        "people": [
            "Mira Valdez",
            "Stefan Kroll",
        ],
    },
]
