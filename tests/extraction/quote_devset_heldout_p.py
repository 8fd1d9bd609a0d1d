"""A sixteenth self-made dev set, held out (P): written after the last rule change; its first run is an unseen estimate.

Same format and conventions as set O (self-made, not a public corpus): an
interview with a named outlet or show is a post (platform: the outlet or
show), an op-ed (platform: the paper it ran in), a statement, a press
release, a letter, a memo, a court filing or an essay with no named venue is a
post with no platform; a post made by an organisation or by unnamed people has
no author; a comment or reply under a post belongs to it, a post "of his own"
is a new one; "told reporters", "told the judge" and "told the jury" are not
posts; organisations and unnamed people speak as None; titles and nicknames in
marks are not quotes; a quote running over paragraphs is one quote per
paragraph. Written after the last rule change, committed before any rule was
run on it. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_P: list[dict] = [
    {
        "name": "birthday-photos-husband-comment",
        "text": (
            "Actress Mara Quinn marked her 40th birthday with a series of beach photos on "
            "Instagram on Sunday. “Forty looks good from here,” the actress captioned the post. "
            "Her husband, chef Theo Banks, commented with three heart emojis and wrote: “Happy "
            "birthday to my favorite person.”"
        ),
        "quotes": [
            ("Forty looks good from here,", "Mara Quinn", False, "P1"),
            ("Happy birthday to my favorite person.", "Theo Banks", False, "P1"),
        ],
        "posts": [
            ("P1", "Mara Quinn", "Instagram"),
        ],
        "people": [
            "Mara Quinn",
            "Theo Banks",
        ],
    },
    {
        "name": "governor-budget-reporters-and-rival",
        "text": (
            "Governor Elena Marsh signed the state budget on Thursday after weeks of "
            "negotiations with lawmakers. Speaking to reporters outside the Capitol, Marsh "
            "called the deal “a win for working families.” “Nobody got everything they "
            "wanted,” she said. “That is how you know it is a fair deal.”\n\n"
            "Senate Minority Leader Tom Whitcomb said the budget “spends money the state does not "
            "have.”"
        ),
        "quotes": [
            ("a win for working families.", "Elena Marsh", True, None),
            ("Nobody got everything they wanted,", "Elena Marsh", False, None),
            ("That is how you know it is a fair deal.", "Elena Marsh", False, None),
            ("spends money the state does not have.", "Tom Whitcomb", True, None),
        ],
        "posts": [],
        "people": [
            "Elena Marsh",
            "Tom Whitcomb",
        ],
    },
    {
        "name": "shareholder-letter-retailer",
        "text": (
            "In his annual letter to shareholders, released Saturday, Harlow & Finch chief "
            "executive Martin Oyelaran warned that the retailer faced “the toughest market in "
            "a generation.”\n\n"
            "“We will close stores, and some of those decisions will hurt,” Oyelaran wrote. "
            "“But standing still would hurt more.”\n\n"
            "Shares of the company fell 4% on Monday."
        ),
        "quotes": [
            ("the toughest market in a generation.", "Martin Oyelaran", True, "P1"),
            (
                "We will close stores, and some of those decisions will hurt,",
                "Martin Oyelaran",
                False,
                "P1",
            ),
            ("But standing still would hurt more.", "Martin Oyelaran", False, "P1"),
        ],
        "posts": [
            ("P1", "Martin Oyelaran", None),
        ],
        "people": [
            "Martin Oyelaran",
        ],
    },
    {
        "name": "rookie-postgame-reporters",
        "text": (
            "Rookie guard Devin Hale scored a career-high 31 points in the Hawks’ 112-104 win "
            "over Boston on Friday. “I just kept shooting,” Hale told reporters after the "
            "game. “My teammates kept finding me.”\n\n"
            "Veteran forward Andre Little called the 20-year-old “the real deal” and said the "
            "locker room had expected a night like this."
        ),
        "quotes": [
            ("I just kept shooting,", "Devin Hale", False, None),
            ("My teammates kept finding me.", "Devin Hale", False, None),
            ("the real deal", "Andre Little", True, None),
        ],
        "posts": [],
        "people": [
            "Devin Hale",
            "Andre Little",
        ],
    },
    {
        "name": "church-bookkeeper-sentencing-letter",
        "text": (
            "A former bookkeeper who stole $1.2 million from a Fresno church was sentenced "
            "Wednesday to six years in federal prison.\n\n"
            "“I betrayed people who trusted me,” Linda Carvajal, 58, told the judge before "
            "she was sentenced. The church’s pastor, the Rev. Samuel Oduya, wrote in a letter "
            "to the court that the congregation had been “shaken to its foundation.”\n\n"
            "U.S. District Judge Peter Hallman said from the bench that the theft was “calculated "
            "and sustained.”"
        ),
        "quotes": [
            ("I betrayed people who trusted me,", "Linda Carvajal", False, None),
            ("shaken to its foundation.", "Samuel Oduya", True, "P1"),
            ("calculated and sustained.", "Peter Hallman", True, None),
        ],
        "posts": [
            ("P1", "Samuel Oduya", None),
        ],
        "people": [
            "Linda Carvajal",
            "Samuel Oduya",
            "Peter Hallman",
        ],
    },
    {
        "name": "fire-department-facebook-neighbor",
        "text": (
            "A two-alarm fire destroyed a vacant warehouse on Elm Street in Millbrook early "
            "Tuesday. No one was hurt. “Please avoid the area while crews work,” the "
            "Millbrook Fire Department wrote on Facebook.\n\n"
            "Neighbor Rita Gomez, who has lived across the street for 20 years, said the building "
            "had been “an eyesore and a fire trap” for as long as she could remember. “We called "
            "the city about it again and again,” she said."
        ),
        "quotes": [
            ("Please avoid the area while crews work,", None, False, "P1"),
            ("an eyesore and a fire trap", "Rita Gomez", True, None),
            ("We called the city about it again and again,", "Rita Gomez", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
        ],
        "people": [
            "Rita Gomez",
        ],
    },
    {
        "name": "youtube-reviewer-company-statement",
        "text": (
            "Tech reviewer Marcus Vell accused phone maker Orbi of deliberately slowing older "
            "devices in a YouTube video that has been viewed more than 3 million times. “They "
            "are slowing down your phone to sell you a new one,” Vell says in the video.\n\n"
            "Orbi denied the claim in a statement on Thursday, calling it “false and "
            "irresponsible.” In the same statement, the company said a software update had caused "
            "“a small number” of devices to run slowly."
        ),
        "quotes": [
            ("They are slowing down your phone to sell you a new one,", "Marcus Vell", False, "P1"),
            ("false and irresponsible.", None, True, "P2"),
            ("a small number", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Marcus Vell", "YouTube"),
            ("P2", None, None),
        ],
        "people": [
            "Marcus Vell",
        ],
    },
    {
        "name": "health-officer-flu-plain-said",
        "text": (
            "Flu cases in Sacramento County have doubled in two weeks, and hospitals are "
            "running short of pediatric beds, the county’s top health official said Monday.\n\n"
            "“We are seeing children hospitalized at rates we have not seen in years,” said Dr. "
            "Priya Raman, the county’s public health officer. Raman urged families to get flu "
            "shots before the holidays, calling the vaccine “the best tool we have.”"
        ),
        "quotes": [
            (
                "We are seeing children hospitalized at rates we have not seen in years,",
                "Priya Raman",
                False,
                None,
            ),
            ("the best tool we have.", "Priya Raman", True, None),
        ],
        "posts": [],
        "people": [
            "Priya Raman",
        ],
    },
    {
        "name": "director-podcast-multi-paragraph-film-title",
        "text": (
            "Director Nadia Fell, whose thriller “Glass Harbor” opens Friday, said on the "
            "“Scene Stealers” podcast that she nearly walked away from the project.\n\n"
            "“The studio wanted a happy ending. I said no, and for two months nobody returned "
            "my calls.\n\n"
            "“Then a test audience loved it, and suddenly everyone was my friend again,” Fell "
            "said."
        ),
        "quotes": [
            (
                "The studio wanted a happy ending. I said no, and for two months nobody returned my calls.",
                "Nadia Fell",
                False,
                "P1",
            ),
            (
                "Then a test audience loved it, and suddenly everyone was my friend again,",
                "Nadia Fell",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Nadia Fell", "Scene Stealers"),
        ],
        "people": [
            "Nadia Fell",
        ],
    },
    {
        "name": "op-ed-and-x-pushback",
        "text": (
            "Former Labor Secretary Joan Ashby argued in an op-ed in The New York Times on Sunday "
            "that the four-day workweek “is no longer a fantasy.” Her former deputy, Kevin "
            "Sorensen, pushed back on X: “Tell that to nurses and truck drivers.”"
        ),
        "quotes": [
            ("is no longer a fantasy.", "Joan Ashby", True, "P1"),
            ("Tell that to nurses and truck drivers.", "Kevin Sorensen", False, "P2"),
        ],
        "posts": [
            ("P1", "Joan Ashby", "The New York Times"),
            ("P2", "Kevin Sorensen", "X"),
        ],
        "people": [
            "Joan Ashby",
            "Kevin Sorensen",
        ],
    },
    {
        "name": "fair-headliner-nickname-and-song",
        "text": (
            "Country singer Wade “Tex” Hollis will headline the Cass County Fair next month, "
            "the fair’s organizers said Monday. Hollis, whose 2019 single “Dust on the "
            "Dashboard” spent 12 weeks at No. 1, replaces the pop duo Sunday Kids, who "
            "canceled their summer tour.\n\n"
            "Tickets for the show go on sale Friday."
        ),
        "quotes": [],
        "posts": [],
        "people": [
            "Wade Hollis",
        ],
    },
    {
        "name": "press-release-then-cnbc",
        "text": (
            "Payments startup Lumen Pay said in a press release Tuesday that it had raised $80 "
            "million from investors led by Granite Ventures. Co-founder Aisha Bello appeared on "
            "CNBC later that morning to discuss the deal. “We are profitable, and we plan to stay "
            "that way,” she said."
        ),
        "quotes": [
            ("We are profitable, and we plan to stay that way,", "Aisha Bello", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aisha Bello", "CNBC"),
        ],
        "people": [
            "Aisha Bello",
        ],
    },
    {
        "name": "swimmer-retires-instagram-teammate-comment",
        "text": (
            "Two-time Olympic champion Kara Lindqvist announced her retirement from swimming "
            "on Instagram on Monday, ending a 14-year international career.\n\n"
            "“The pool gave me everything,” the 29-year-old wrote. “It is time to find out "
            "who I am outside of it.”\n\n"
            "Former relay teammate Jess Moreau commented under the post: “Proud of you, always.” "
            "Lindqvist’s longtime coach, Bill Tanaka, told reporters he had seen the decision "
            "coming."
        ),
        "quotes": [
            ("The pool gave me everything,", "Kara Lindqvist", False, "P1"),
            ("It is time to find out who I am outside of it.", "Kara Lindqvist", False, "P1"),
            ("Proud of you, always.", "Jess Moreau", False, "P1"),
        ],
        "posts": [
            ("P1", "Kara Lindqvist", "Instagram"),
        ],
        "people": [
            "Kara Lindqvist",
            "Jess Moreau",
            "Bill Tanaka",
        ],
    },
    {
        "name": "court-filing-and-attorney-statement",
        "text": (
            "Lawyers for pop star Dante Rivers asked a Los Angeles judge on Thursday to "
            "dismiss a lawsuit filed by his former manager, Carla Webb. In the filing, "
            "Rivers’ attorneys called her claims “a shakedown dressed up as a lawsuit.”\n\n"
            "Webb’s attorney, Harold Menke, said in a statement that his client “looks forward to "
            "her day in court.”"
        ),
        "quotes": [
            ("a shakedown dressed up as a lawsuit.", None, True, "P1"),
            ("looks forward to her day in court.", "Harold Menke", True, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harold Menke", None),
        ],
        "people": [
            "Dante Rivers",
            "Carla Webb",
            "Harold Menke",
        ],
    },
    {
        "name": "townhome-plan-neighbors-nickname",
        "text": (
            "Residents of the Oak Hollow neighborhood in Boise packed a church hall on "
            "Tuesday night to oppose a plan for 40 townhomes on the last open field in the "
            "area.\n\n"
            "“Nobody asked us,” said Greg Hanley, who lives next to the field. His wife, Donna "
            "Hanley, said she worried about traffic on Larkspur Road, a narrow stretch that "
            "neighbors call “the Chute.” “Our kids ride their bikes on that road,” she said."
        ),
        "quotes": [
            ("Nobody asked us,", "Greg Hanley", False, None),
            ("Our kids ride their bikes on that road,", "Donna Hanley", False, None),
        ],
        "posts": [],
        "people": [
            "Greg Hanley",
            "Donna Hanley",
        ],
    },
    {
        "name": "founder-apology-x-reply-then-podcast",
        "text": (
            "Hours after the outage, Driftwave founder Noah Kessler apologized on X. “This "
            "one is on us,” he posted. “Credits are going out to every affected customer "
            "tonight.” One user replied: “Credits don’t get my data back.”\n\n"
            "Kessler later told the “Hard Reset” podcast that the company had grown too fast. “We "
            "grew faster than our systems did,” he said."
        ),
        "quotes": [
            ("This one is on us,", "Noah Kessler", False, "P1"),
            (
                "Credits are going out to every affected customer tonight.",
                "Noah Kessler",
                False,
                "P1",
            ),
            ("Credits don’t get my data back.", None, False, "P1"),
            ("We grew faster than our systems did,", "Noah Kessler", False, "P2"),
        ],
        "posts": [
            ("P1", "Noah Kessler", "X"),
            ("P2", "Noah Kessler", "Hard Reset"),
        ],
        "people": [
            "Noah Kessler",
        ],
    },
    {
        "name": "nurse-substack-hospital-statement",
        "text": (
            "A nurse at St. Anne’s Medical Center in Tulsa has drawn wide attention for a "
            "Substack essay describing understaffed night shifts. “On my worst night I had "
            "nine patients and no aide,” Megan Curtis wrote. “I cried in the supply closet "
            "and went back out.”\n\n"
            "A hospital spokeswoman said in a statement that staffing “meets or exceeds state "
            "requirements.”"
        ),
        "quotes": [
            ("On my worst night I had nine patients and no aide,", "Megan Curtis", False, "P1"),
            ("I cried in the supply closet and went back out.", "Megan Curtis", False, "P1"),
            ("meets or exceeds state requirements.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Megan Curtis", "Substack"),
            ("P2", None, None),
        ],
        "people": [
            "Megan Curtis",
        ],
    },
    {
        "name": "senator-sunday-show",
        "text": (
            "Senator Luis Ocampo said Sunday on NBC’s “Meet the Press” that he would vote against "
            "the nominee. “I have read her rulings, and I cannot support her,” Ocampo said. Asked "
            "whether his party would punish him, the senator laughed. “They can try,” he said."
        ),
        "quotes": [
            ("I have read her rulings, and I cannot support her,", "Luis Ocampo", False, "P1"),
            ("They can try,", "Luis Ocampo", False, "P1"),
        ],
        "posts": [
            ("P1", "Luis Ocampo", "Meet the Press"),
        ],
        "people": [
            "Luis Ocampo",
        ],
    },
    {
        "name": "tiktok-apology-instagram-story-of-his-own",
        "text": (
            "Singer-songwriter Ivy Lane apologized in a TikTok video on Wednesday after "
            "lyrics from her new single “Paper Crown” were criticized as mocking her "
            "ex-boyfriend, actor Cole Brenner. “It was never meant to be about one person,” "
            "Lane said in the clip.\n\n"
            "Brenner responded with an Instagram story of his own. “Sure, Ivy,” he wrote over a "
            "photo of the single’s cover art."
        ),
        "quotes": [
            ("It was never meant to be about one person,", "Ivy Lane", False, "P1"),
            ("Sure, Ivy,", "Cole Brenner", False, "P2"),
        ],
        "posts": [
            ("P1", "Ivy Lane", "TikTok"),
            ("P2", "Cole Brenner", "Instagram"),
        ],
        "people": [
            "Ivy Lane",
            "Cole Brenner",
        ],
    },
    {
        "name": "bribery-trial-told-the-jury",
        "text": (
            "Federal prosecutors said Monday that a former Riverside city councilman took "
            "$250,000 in bribes from a waste hauler in exchange for a no-bid contract.\n\n"
            "“He sold his vote, and he sold it cheap,” Assistant U.S. Attorney Rachel Dunn told "
            "the jury. Defense attorney Marco Velli told jurors that his client, Raymond Pruitt, "
            "had “never taken a dime.”"
        ),
        "quotes": [
            ("He sold his vote, and he sold it cheap,", "Rachel Dunn", False, None),
            ("never taken a dime.", "Marco Velli", True, None),
        ],
        "posts": [],
        "people": [
            "Rachel Dunn",
            "Marco Velli",
            "Raymond Pruitt",
        ],
    },
]
