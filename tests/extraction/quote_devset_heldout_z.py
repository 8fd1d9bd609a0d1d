"""The twentieth self-made dev set, held out (Z): written without reading the rules.

Written together with set AA, without reading the extraction rules, and
committed before any rule was run on it. Same format and conventions as set W
(self-made, not a public corpus): an interview with a named outlet or show is a
post (platform: the outlet or show as written, without quotation marks); a
statement, memo, letter, email, court filing, judge's opinion or essay with no
named outlet is a post with no platform; a press release is a post with platform
"press release"; a news conference, briefing, rally, speech, court or
congressional hearing or "told reporters" is not a post; a comment under a post
belongs to it, a post "of his own" is a new one; a later fragment is linked to a
post only when the text ties it to that post; organisations and unnamed people
speak as None; titles, nicknames and scare quotes in marks are not quotes. Gold
rows must never be edited to make a rule pass.

Cases W's conventions do not spell out were decided as follows: a named podcast,
radio station or newspaper carrying an op-ed is the platform as written, and an
essay on Substack or Medium has that platform; a post reported as a "second post"
or "a post of his own" without naming a platform is on the same platform as the
post it answers; a company executive quoted "in the release" speaks in the
press release (author None); a lawsuit complaint by unnamed plaintiffs is a post
with author None whose quotes have speaker None; an earnings call with analysts
is treated like a news conference, not a post.
"""

from __future__ import annotations

HELDOUT_SET_Z: list[dict] = [
    {
        "name": "senator-x-post-then-news-conference",
        "text": (
            "State Sen. Marcus Delaney said on X on Tuesday that he would vote against the "
            "transportation budget, calling it “a blank check for consultants.”\n\n"
            "“I have read every page of this bill, and I cannot support it,” the Republican "
            "from Harlow County wrote.\n\n"
            "Later, at a news conference in the Capitol, Delaney said he was open to a "
            "compromise. “My door is open. It has always been open,” he said."
        ),
        "quotes": [
            ("a blank check for consultants.", "Marcus Delaney", True, "P1"),
            (
                "I have read every page of this bill, and I cannot support it,",
                "Marcus Delaney",
                False,
                "P1",
            ),
            ("My door is open. It has always been open,", "Marcus Delaney", False, None),
        ],
        "posts": [("P1", "Marcus Delaney", "X")],
        "people": ["Marcus Delaney"],
    },
    {
        "name": "layoffs-memo-and-company-statement",
        "text": (
            "Halvorsen Logistics will cut about 1,200 jobs, or 9% of its workforce, chief "
            "executive Priya Natarajan told employees in a memo on Wednesday.\n\n"
            "“These decisions are painful, and they are mine,” Natarajan wrote in the memo, "
            "which was seen by Reuters. “We grew too fast, and we have to correct it.”\n\n"
            "The Tacoma-based company said in a statement that affected workers would "
            "receive 16 weeks of severance.\n\n"
            "“It’s a cost story, not a demand story,” said Owen Pryce, an analyst at "
            "Bellmark Securities."
        ),
        "quotes": [
            ("These decisions are painful, and they are mine,", "Priya Natarajan", False, "P1"),
            ("We grew too fast, and we have to correct it.", "Priya Natarajan", False, "P1"),
            ("It’s a cost story, not a demand story,", "Owen Pryce", False, None),
        ],
        "posts": [("P1", "Priya Natarajan", None), ("P2", None, None)],
        "people": ["Priya Natarajan", "Owen Pryce"],
    },
    {
        "name": "striker-instagram-farewell-manager-presser",
        "text": (
            "Striker Tomás Ferreyra said goodbye to Wexford Rovers fans on Instagram on "
            "Sunday, a day after completing his move to a club in Portugal.\n\n"
            "“Five years, two trophies and a lot of rain. Thank you for everything,” the "
            "27-year-old Argentine wrote alongside a photo of the club’s stadium.\n\n"
            "Rovers manager Declan Moy told a news conference on Monday that the sale had "
            "been “the right deal for everyone.” “Tomás wanted to go, and we got a fair "
            "price,” Moy said."
        ),
        "quotes": [
            (
                ("Five years, two trophies and a lot of rain. Thank you for everything,"),
                "Tomás Ferreyra",
                False,
                "P1",
            ),
            ("the right deal for everyone.", "Declan Moy", True, None),
            ("Tomás wanted to go, and we got a fair price,", "Declan Moy", False, None),
        ],
        "posts": [("P1", "Tomás Ferreyra", "Instagram")],
        "people": ["Tomás Ferreyra", "Declan Moy"],
    },
    {
        "name": "actor-podcast-film-title",
        "text": (
            "Actor Nadia Kessler says she nearly turned down the role that made her famous.\n\n"
            "Appearing on the podcast “Off Script,” hosted by Dev Malhotra, Kessler said she "
            "thought the screenplay for “The Lantern Keeper” was “too quiet to ever get "
            "made.”\n\n"
            "“I told my agent, nobody is going to fund this,” she told Malhotra. “Two years "
            "later I was at Cannes.”\n\n"
            "The film earned her an Oscar nomination in 2019."
        ),
        "quotes": [
            ("too quiet to ever get made.", "Nadia Kessler", True, "P1"),
            ("I told my agent, nobody is going to fund this,", "Nadia Kessler", False, "P1"),
            ("Two years later I was at Cannes.", "Nadia Kessler", False, "P1"),
        ],
        "posts": [("P1", "Nadia Kessler", "Off Script")],
        "people": ["Nadia Kessler", "Dev Malhotra"],
    },
    {
        "name": "appeals-court-opinion-lawyer-outside-court",
        "text": (
            "A federal appeals court on Friday upheld Ridgeway County’s ban on short-term "
            "rentals, rejecting a challenge brought by a group of property owners.\n\n"
            "“The county acted well within its authority,” Judge Miriam Okafor wrote for the "
            "three-judge panel. The owners’ argument, she wrote, “would leave no zoning rule "
            "standing.”\n\n"
            "A lawyer for the owners, Grant Tillery, told reporters outside the courthouse "
            "that his clients were considering an appeal to the Supreme Court. “We are "
            "disappointed but not surprised,” he said."
        ),
        "quotes": [
            ("The county acted well within its authority,", "Miriam Okafor", False, "P1"),
            ("would leave no zoning rule standing.", "Miriam Okafor", True, "P1"),
            ("We are disappointed but not surprised,", "Grant Tillery", False, None),
        ],
        "posts": [("P1", "Miriam Okafor", None)],
        "people": ["Miriam Okafor", "Grant Tillery"],
    },
    {
        "name": "bee-study-researcher-no-post",
        "text": (
            "Bees exposed to low doses of a common fungicide forage less and return to the "
            "hive more slowly, according to a study by researchers at the University of "
            "Eastbrook.\n\n"
            "“We were surprised by how small a dose it took,” said Dr. Helen Marsh, an "
            "entomologist who led the study. “These are levels you would find at the edge of "
            "any orchard.”\n\n"
            "The fungicide’s maker, Agrivant, said the study had not been reviewed by "
            "regulators. Marsh said her team would publish its full data next month."
        ),
        "quotes": [
            ("We were surprised by how small a dose it took,", "Helen Marsh", False, None),
            (
                "These are levels you would find at the edge of any orchard.",
                "Helen Marsh",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Helen Marsh"],
    },
    {
        "name": "nurses-strike-rally-hospital-statement",
        "text": (
            "Nurses at St. Brendan’s Medical Center in Millbrook walked off the job "
            "Thursday, the first strike at the hospital in three decades.\n\n"
            "“We are not asking for the moon. We are asking for enough people on every "
            "shift,” Carla Benitez, president of the nurses’ union local, told a rally "
            "outside the main entrance.\n\n"
            "The hospital said in a statement that it had brought in replacement staff. "
            "“Patient safety has not been compromised,” the statement said."
        ),
        "quotes": [
            (
                ("We are not asking for the moon. We are asking for enough people on every shift,"),
                "Carla Benitez",
                False,
                None,
            ),
            ("Patient safety has not been compromised,", None, False, "P1"),
        ],
        "posts": [("P1", None, None)],
        "people": ["Carla Benitez"],
    },
    {
        "name": "startup-shutdown-linkedin-threads",
        "text": (
            "The founder of Brightloop, a Dublin software start-up, said on LinkedIn on "
            "Tuesday that the company would shut down after failing to raise new funding.\n\n"
            "“We built something people loved, just not enough of them,” wrote Siobhán "
            "Carney, who started the company in 2018. “I’m proud of this team and I’ll be "
            "cheering for every one of them.”\n\n"
            "In a post on Threads, Marco Lindqvist, a former Brightloop engineer, called "
            "Carney “the best boss I ever had.”"
        ),
        "quotes": [
            (
                "We built something people loved, just not enough of them,",
                "Siobhán Carney",
                False,
                "P1",
            ),
            (
                "I’m proud of this team and I’ll be cheering for every one of them.",
                "Siobhán Carney",
                False,
                "P1",
            ),
            ("the best boss I ever had.", "Marco Lindqvist", True, "P2"),
        ],
        "posts": [("P1", "Siobhán Carney", "LinkedIn"), ("P2", "Marco Lindqvist", "Threads")],
        "people": ["Siobhán Carney", "Marco Lindqvist"],
    },
    {
        "name": "town-council-meeting-straight-quotes",
        "text": (
            "Residents packed a Harwick Town Council meeting Monday night to oppose plans "
            "for a 240-unit apartment complex on the former Dunmore Mill site.\n\n"
            '"This is a town of 6,000 people. Where are the kids going to go to school?" '
            "asked Janet Pulaski, who has lived on Mill Road for 40 years.\n\n"
            'Councilman Ray Ostrowski said the vote would be postponed until April. "We '
            'heard you tonight," he said.'
        ),
        "quotes": [
            (
                ("This is a town of 6,000 people. Where are the kids going to go to school?"),
                "Janet Pulaski",
                False,
                None,
            ),
            ("We heard you tonight,", "Ray Ostrowski", False, None),
        ],
        "posts": [],
        "people": ["Janet Pulaski", "Ray Ostrowski"],
    },
    {
        "name": "singer-launch-show-song-titles",
        "text": (
            "Singer Lila Moreau told the crowd at a launch show in Brixford on Friday that "
            "her new single, “Paper Boats,” was written “in one night, on the floor of my "
            "mother’s kitchen.”\n\n"
            "The song is the first from her third album, “Low Tide,” due in September.\n\n"
            "“Lila keeps getting braver,” said Aaron Feld, who produced the record."
        ),
        "quotes": [
            ("in one night, on the floor of my mother’s kitchen.", "Lila Moreau", True, None),
            ("Lila keeps getting braver,", "Aaron Feld", False, None),
        ],
        "posts": [],
        "people": ["Lila Moreau", "Aaron Feld"],
    },
    {
        "name": "governor-tv-interview-two-paragraphs",
        "text": (
            "Gov. Anne Whitcomb on Sunday defended her decision to close three state "
            "prisons, saying the savings would go to addiction treatment.\n\n"
            "“Half of the people we lock up are sick, not dangerous. We have known that for "
            "twenty years.\n\n"
            "“What we haven’t had is the nerve to act on it,” Whitcomb said on CBS’s “Face "
            "the Nation.”\n\n"
            "Her Republican challenger, Doug Rainey, said at a campaign stop in Fairport "
            "that the plan was “reckless.”"
        ),
        "quotes": [
            (
                (
                    "Half of the people we lock up are sick, not dangerous. We have known "
                    "that for twenty years."
                ),
                "Anne Whitcomb",
                False,
                "P1",
            ),
            ("What we haven’t had is the nerve to act on it,", "Anne Whitcomb", False, "P1"),
            ("reckless.", "Doug Rainey", True, None),
        ],
        "posts": [("P1", "Anne Whitcomb", "Face the Nation")],
        "people": ["Anne Whitcomb", "Doug Rainey"],
    },
    {
        "name": "tiktok-creator-comment-brand-statement",
        "text": (
            "A TikTok creator with 3 million followers says a cosmetics company copied her "
            "packaging design.\n\n"
            "“I sent them my portfolio in 2022. They never replied. Now my design is on "
            "their shelves,” Jade Okonkwo said in a video posted Tuesday that has been "
            "viewed more than 4 million times.\n\n"
            "Under the video, fellow creator Benny Salas wrote: “This is theft, plain and "
            "simple.”\n\n"
            "The company, Lumière Beauty, said in an emailed statement that its packaging "
            "was “developed entirely in-house.”"
        ),
        "quotes": [
            (
                (
                    "I sent them my portfolio in 2022. They never replied. Now my design "
                    "is on their shelves,"
                ),
                "Jade Okonkwo",
                False,
                "P1",
            ),
            ("This is theft, plain and simple.", "Benny Salas", False, "P1"),
            ("developed entirely in-house.", None, True, "P2"),
        ],
        "posts": [("P1", "Jade Okonkwo", "TikTok"), ("P2", None, None)],
        "people": ["Jade Okonkwo", "Benny Salas"],
    },
    {
        "name": "arson-arraignment-lawyer-and-da",
        "text": (
            "A Castlebury man accused of setting fire to a synagogue pleaded not guilty on "
            "Wednesday.\n\n"
            "Kevin Aldridge, 22, spoke only to confirm his name. His lawyer, Sandra Voss, "
            "told the judge that the 22-year-old had no prior record. “He is not the monster "
            "he has been made out to be,” Voss said.\n\n"
            "District Attorney Peter Hallam said after the hearing that his office would "
            "seek the maximum sentence. “An attack on a house of worship is an attack on all "
            "of us,” he said."
        ),
        "quotes": [
            ("He is not the monster he has been made out to be,", "Sandra Voss", False, None),
            (
                "An attack on a house of worship is an attack on all of us,",
                "Peter Hallam",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Kevin Aldridge", "Sandra Voss", "Peter Hallam"],
    },
    {
        "name": "tennis-withdrawal-two-x-posts",
        "text": (
            "Tennis player Elif Demir withdrew from the Auckland Classic on Monday with a "
            "wrist injury, saying on X that she was “gutted” to miss the tournament.\n\n"
            "“The wrist needs rest, and for once I’m going to listen to it,” the world No. "
            "14 wrote.\n\n"
            "Hours later, in a second post, Demir thanked fans for their messages. “You are "
            "the best. See you in Melbourne,” she wrote.\n\n"
            "Tournament director Chris Albury said he hoped Demir would return next year."
        ),
        "quotes": [
            ("gutted", "Elif Demir", True, "P1"),
            (
                "The wrist needs rest, and for once I’m going to listen to it,",
                "Elif Demir",
                False,
                "P1",
            ),
            ("You are the best. See you in Melbourne,", "Elif Demir", False, "P2"),
        ],
        "posts": [("P1", "Elif Demir", "X"), ("P2", "Elif Demir", "X")],
        "people": ["Elif Demir", "Chris Albury"],
    },
    {
        "name": "former-chief-op-ed-union-radio",
        "text": (
            "Former police chief Lionel Brandt argued in an op-ed published Sunday in The "
            "Harbor City Tribune that the city should stop sending police officers to mental "
            "health calls.\n\n"
            "“We send armed officers to situations that call for a nurse and a social "
            "worker,” Brandt wrote. “Then we act surprised when they end badly.”\n\n"
            "The police union’s president, Tina Marchetti, told the radio station WHCT that "
            "Brandt was “out of touch with the job as it exists today.”"
        ),
        "quotes": [
            (
                ("We send armed officers to situations that call for a nurse and a social worker,"),
                "Lionel Brandt",
                False,
                "P1",
            ),
            ("Then we act surprised when they end badly.", "Lionel Brandt", False, "P1"),
            ("out of touch with the job as it exists today.", "Tina Marchetti", True, "P2"),
        ],
        "posts": [
            ("P1", "Lionel Brandt", "The Harbor City Tribune"),
            ("P2", "Tina Marchetti", "WHCT"),
        ],
        "people": ["Lionel Brandt", "Tina Marchetti"],
    },
    {
        "name": "director-red-carpet-no-post",
        "text": (
            "Director Simone Achterberg said Saturday that her new film, “Glass Orchard,” "
            "was the hardest thing she had ever made.\n\n"
            "“We lost our lead actor two weeks in and nearly lost the whole production,” "
            "Achterberg told reporters on the red carpet in Venice. “Somehow we kept going.”\n\n"
            "The film stars Julian Reyes as a widowed farmer. Reyes called the shoot "
            "“exhausting and completely worth it.”"
        ),
        "quotes": [
            (
                ("We lost our lead actor two weeks in and nearly lost the whole production,"),
                "Simone Achterberg",
                False,
                None,
            ),
            ("Somehow we kept going.", "Simone Achterberg", False, None),
            ("exhausting and completely worth it.", "Julian Reyes", True, None),
        ],
        "posts": [],
        "people": ["Simone Achterberg", "Julian Reyes"],
    },
    {
        "name": "battery-plant-press-release-local-paper",
        "text": (
            "Norrland Energy said in a press release on Monday that it would build a "
            "400-megawatt battery storage plant near the town of Kessby, its largest "
            "investment to date.\n\n"
            "“This project puts Kessby at the center of the energy transition,” chief "
            "executive Anders Holmgren said in the release.\n\n"
            "Local officials welcomed the announcement. “It means jobs, and it means a tax "
            "base,” Kessby’s mayor, Ingrid Sjöberg, told the local newspaper Kessby Posten."
        ),
        "quotes": [
            (
                "This project puts Kessby at the center of the energy transition,",
                "Anders Holmgren",
                False,
                "P1",
            ),
            ("It means jobs, and it means a tax base,", "Ingrid Sjöberg", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Ingrid Sjöberg", "Kessby Posten")],
        "people": ["Anders Holmgren", "Ingrid Sjöberg"],
    },
    {
        "name": "physician-substack-insurer-no-comment",
        "text": (
            "A prominent emergency physician has accused the state’s largest insurer of "
            "delaying approvals for cancer scans.\n\n"
            "In an essay on Substack, Dr. Rafael Ortiz wrote that patients at his clinic in "
            "Ashby had waited as long as seven weeks for approval. “Every week of waiting is "
            "a week the tumor gets to grow,” Ortiz wrote.\n\n"
            "The insurer, Keystone Health Partners, did not respond to a request for comment."
        ),
        "quotes": [
            (
                "Every week of waiting is a week the tumor gets to grow,",
                "Rafael Ortiz",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Rafael Ortiz", "Substack")],
        "people": ["Rafael Ortiz"],
    },
    {
        "name": "senate-candidate-rally-no-post",
        "text": (
            "Speaking to about 2,000 supporters at a rally in Greenvale on Saturday, Senate "
            "candidate Corinne Abbott promised to “take on the drug companies and win.”\n\n"
            "“They have had their way in Washington for thirty years,” said Abbott, a former "
            "county prosecutor. “That ends with us.”\n\n"
            "Her opponent, Sen. Harold Bainbridge, dismissed the speech. “Corinne makes "
            "promises she can’t keep,” Bainbridge told reporters in Washington on Monday."
        ),
        "quotes": [
            ("take on the drug companies and win.", "Corinne Abbott", True, None),
            (
                "They have had their way in Washington for thirty years,",
                "Corinne Abbott",
                False,
                None,
            ),
            ("That ends with us.", "Corinne Abbott", False, None),
            ("Corinne makes promises she can’t keep,", "Harold Bainbridge", False, None),
        ],
        "posts": [],
        "people": ["Corinne Abbott", "Harold Bainbridge"],
    },
    {
        "name": "police-facebook-hit-and-run-mother-comment",
        "text": (
            "The Marlow Heights Police Department said on Facebook on Thursday that it was "
            "searching for a driver who struck a 12-year-old cyclist and drove away.\n\n"
            "“If you know something, please call us. This child deserves answers,” the "
            "department wrote.\n\n"
            "The boy’s mother, Renee Castillo, commented under the post, asking anyone with "
            "doorbell camera footage to come forward. “Please, anything helps,” she wrote."
        ),
        "quotes": [
            (
                "If you know something, please call us. This child deserves answers,",
                None,
                False,
                "P1",
            ),
            ("Please, anything helps,", "Renee Castillo", False, "P1"),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Renee Castillo"],
    },
]
