"""The thirty-eighth self-made dev set, held out (AR): its first run is an unseen estimate.

Written with set AS, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the previous sets
(self-made, not a public corpus): an interview with a named outlet or show is a
post (platform: the outlet or show as written, without quotation marks), and
"told" a named newspaper is such an interview; a statement, memo, letter, email,
court filing, lawsuit, judge's opinion or essay with no named outlet is a post
with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post
with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it, a second post is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's or office's
release, statement or lawsuit has author None even when it quotes a named
person, whose quotes link to it; titles, nicknames and scare quotes in marks are
not quotes; speakers and authors are canonical full names; partial is True for
a fragment quoted inside narration.

Decisions the conventions did not cover:
- a dissent is its own post (a judge's opinion) by the dissenting judge, apart
  from the majority opinion;
- a show named with its network ("CNN's “State of the Union”") has the show as
  platform; a podcast episode with a named show has the show as platform;
- an outlet written after a lowercase "the" ("told the Carrow Chronicle") has
  the platform without "the";
- "said in an interview" with no named outlet is not a post;
- a public school board meeting is not a post (like a hearing or town hall);
- answers given in a Reddit question-and-answer thread belong to that thread's
  post;
- "said in a statement" by a named official makes the official the author; a
  statement by an organisation (a union) or a release by a government office
  has author None;
- a recorded video message by a named police chief posted on her department's
  YouTube channel is her post;
- a reported post with no quote in it is still listed as a post;
- an official rating category in marks (air quality "very unhealthy") is not a
  quote;
- a sentence split by its attribution ("“The problem,” Asante said, “has
  never ...”") is two quotes, both partial False.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AR: list[dict] = [
    {
        "name": "senate-candidate-rally-and-x-post",
        "text": (
            "Republican Senate candidate Douglas Merriweather told a rally in Des Moines on "
            "Saturday that he would “never vote for a budget that adds a dime to the debt.”\n\n"
            "“We have been lied to by both parties for thirty years,” Merriweather, a former "
            "state treasurer, told several hundred supporters. “That ends in November.”\n\n"
            "Hours later he wrote on X that his opponent had “skipped every debate that "
            "mattered.” Democratic Rep. Naomi Castellanos responded in a statement: “Iowans "
            "know my record. I will put it up against his any day.”"
        ),
        "quotes": [
            (
                "never vote for a budget that adds a dime to the debt.",
                "Douglas Merriweather",
                True,
                None,
            ),
            (
                "We have been lied to by both parties for thirty years,",
                "Douglas Merriweather",
                False,
                None,
            ),
            ("That ends in November.", "Douglas Merriweather", False, None),
            ("skipped every debate that mattered.", "Douglas Merriweather", True, "P1"),
            (
                "Iowans know my record. I will put it up against his any day.",
                "Naomi Castellanos",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Douglas Merriweather", "X"), ("P2", "Naomi Castellanos", None)],
        "people": ["Douglas Merriweather", "Naomi Castellanos"],
    },
    {
        "name": "appeals-court-rentals-opinion-and-dissent",
        "text": (
            "A federal appeals court on Friday struck down a Texas law that barred cities from "
            "regulating short-term rentals, ruling that the state had overstepped its "
            "authority.\n\n"
            "“The Legislature may not do indirectly what the Constitution forbids it to do "
            "directly,” Judge Patricia Okonkwo wrote for the three-judge panel. In a dissent, "
            "Judge Harlan Stroud called the decision “a solution in search of a problem.”\n\n"
            "Outside the courthouse, Marcus Bell, a lawyer for the city of Austin, told "
            "reporters the ruling was “a win for every neighborhood that has lost a block to "
            "party houses.” The state attorney general’s office said it would appeal."
        ),
        "quotes": [
            (
                "The Legislature may not do indirectly what the Constitution forbids it to do "
                "directly,",
                "Patricia Okonkwo",
                False,
                "P1",
            ),
            ("a solution in search of a problem.", "Harlan Stroud", True, "P2"),
            (
                "a win for every neighborhood that has lost a block to party houses.",
                "Marcus Bell",
                True,
                None,
            ),
        ],
        "posts": [("P1", "Patricia Okonkwo", None), ("P2", "Harlan Stroud", None)],
        "people": ["Patricia Okonkwo", "Harlan Stroud", "Marcus Bell"],
    },
    {
        "name": "measles-outbreak-briefing-and-release",
        "text": (
            "The Cumberland County Health Department confirmed four new measles cases on "
            "Tuesday, bringing the outbreak to 19, most of them unvaccinated children.\n\n"
            "“We are asking every parent to check their child’s records this week,” Dr. Anjali "
            "Raman, the county’s health officer, said at a briefing. “Measles does not wait for "
            "a convenient time.”\n\n"
            "In a news release, the department said it would open walk-in vaccine clinics at "
            "three schools. “No appointment, no cost, no questions,” Raman said in the "
            "release.\n\n"
            "The 44-year-old physician said the outbreak probably began at a youth soccer "
            "tournament in late March."
        ),
        "quotes": [
            (
                "We are asking every parent to check their child’s records this week,",
                "Anjali Raman",
                False,
                None,
            ),
            ("Measles does not wait for a convenient time.", "Anjali Raman", False, None),
            ("No appointment, no cost, no questions,", "Anjali Raman", False, "P1"),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Anjali Raman"],
    },
    {
        "name": "hurricane-evacuation-sheriff-facebook-reply",
        "text": (
            "Gov. Theresa Baptiste ordered mandatory evacuations for six coastal parishes on "
            "Wednesday as Hurricane Delphine strengthened to a Category 3 storm in the Gulf.\n\n"
            "“If you are told to leave, leave,” Baptiste said at a news conference in Baton "
            "Rouge. “Do not wait to see what the water does.”\n\n"
            "Terrebonne Parish Sheriff Clay Fontenot posted a map of the evacuation routes on "
            "Facebook and wrote that deputies would go “door to door on every road south of "
            "Houma.” One resident, Rosalie Guidry, replied under the post: “My mama is 91 and "
            "she won’t go. Who do I call?” The sheriff’s office answered with a phone number."
        ),
        "quotes": [
            ("If you are told to leave, leave,", "Theresa Baptiste", False, None),
            ("Do not wait to see what the water does.", "Theresa Baptiste", False, None),
            ("door to door on every road south of Houma.", "Clay Fontenot", True, "P1"),
            ("My mama is 91 and she won’t go. Who do I call?", "Rosalie Guidry", False, "P1"),
        ],
        "posts": [("P1", "Clay Fontenot", "Facebook")],
        "people": ["Theresa Baptiste", "Clay Fontenot", "Rosalie Guidry"],
    },
    {
        "name": "bakery-closing-instagram-and-newspaper",
        "text": (
            "After 37 years on Maple Street, Kowalski’s Bakery will close at the end of the "
            "month, owner Irena Kowalski announced on Instagram on Sunday.\n\n"
            "“Every paczki, every wedding cake, every birthday — thank you for letting us be "
            "part of it,” she wrote.\n\n"
            "In an interview with the Lakeview Tribune, Kowalski, 68, said rising rent and the "
            "cost of butter had made the decision for her. “I could raise prices again, or I "
            "could retire while I still like this job,” she said. “I chose the second one.”\n\n"
            "Her son, Tomasz Kowalski, said the family would keep the recipes. “Nobody is "
            "selling those,” he said."
        ),
        "quotes": [
            (
                "Every paczki, every wedding cake, every birthday — thank you for letting us be "
                "part of it,",
                "Irena Kowalski",
                False,
                "P1",
            ),
            (
                "I could raise prices again, or I could retire while I still like this job,",
                "Irena Kowalski",
                False,
                "P2",
            ),
            ("I chose the second one.", "Irena Kowalski", False, "P2"),
            ("Nobody is selling those,", "Tomasz Kowalski", False, None),
        ],
        "posts": [
            ("P1", "Irena Kowalski", "Instagram"),
            ("P2", "Irena Kowalski", "Lakeview Tribune"),
        ],
        "people": ["Irena Kowalski", "Tomasz Kowalski"],
    },
    {
        "name": "school-start-time-email-and-board-meeting",
        "text": (
            "The Fairmont school board voted 5-2 on Monday night to move the start of the high "
            "school day to 8:45 a.m. beginning next fall.\n\n"
            "Superintendent Gregory Aldana told parents in an email on Tuesday that bus routes "
            "would be redrawn over the summer. “I know this change will be hard for some "
            "families,” Aldana wrote. “The research on teenagers and sleep is not close.”\n\n"
            "Board member Linda Osei, who voted against the plan, said at the meeting that it "
            'would push after-school sports “into the dark half of the year.” "We did not ask '
            'the coaches," she said. "We should have."'
        ),
        "quotes": [
            ("I know this change will be hard for some families,", "Gregory Aldana", False, "P1"),
            ("The research on teenagers and sleep is not close.", "Gregory Aldana", False, "P1"),
            ("into the dark half of the year.", "Linda Osei", True, None),
            ("We did not ask the coaches,", "Linda Osei", False, None),
            ("We should have.", "Linda Osei", False, None),
        ],
        "posts": [("P1", "Gregory Aldana", None)],
        "people": ["Gregory Aldana", "Linda Osei"],
    },
    {
        "name": "murder-trial-witness-and-defense",
        "text": (
            "A Dayton man testified Thursday that he saw the defendant, Ray Dunmore, leave the "
            "apartment building minutes after the shooting that killed 23-year-old Keisha "
            "Lawton last August.\n\n"
            "“He was walking fast and holding his side,” said the witness, Ernesto Villalobos, "
            "who lives across the street. Under cross-examination, Villalobos acknowledged that "
            "it had been dark and that he had been about 60 yards away.\n\n"
            "Dunmore’s attorney, Sheila Brandt, told reporters during a recess that the "
            "testimony was “a guess dressed up as an identification.”\n\n"
            "The trial resumes Monday."
        ),
        "quotes": [
            ("He was walking fast and holding his side,", "Ernesto Villalobos", False, None),
            ("a guess dressed up as an identification.", "Sheila Brandt", True, None),
        ],
        "posts": [],
        "people": ["Ray Dunmore", "Keisha Lawton", "Ernesto Villalobos", "Sheila Brandt"],
    },
    {
        "name": "trucking-forecast-release-call-and-analyst",
        "text": (
            "Shares of Bayline Freight fell 12% on Thursday after the trucking company cut its "
            "full-year forecast, citing weak freight demand and higher insurance costs.\n\n"
            "“The second quarter was tougher than we expected, and we are not going to pretend "
            "otherwise,” Chief Executive Dana Whitfield said in the company’s earnings "
            "release.\n\n"
            "On a call with analysts, Whitfield said the company would idle about 400 trucks. "
            "“We would rather park them than run them empty,” she said.\n\n"
            "Jonah Pereira, an analyst at Stifel, told Reuters the cut was “overdue but not "
            "catastrophic.”"
        ),
        "quotes": [
            (
                "The second quarter was tougher than we expected, and we are not going to "
                "pretend otherwise,",
                "Dana Whitfield",
                False,
                "P1",
            ),
            ("We would rather park them than run them empty,", "Dana Whitfield", False, None),
            ("overdue but not catastrophic.", "Jonah Pereira", True, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Jonah Pereira", "Reuters")],
        "people": ["Dana Whitfield", "Jonah Pereira"],
    },
    {
        "name": "wildfire-smoke-tiktok-and-state-statement",
        "text": (
            "Smoke from wildfires in northern Quebec pushed air quality in Buffalo into the "
            "“very unhealthy” range on Wednesday, and officials urged residents to stay "
            "indoors.\n\n"
            "Dr. Owen Feld, a pulmonologist at Erie County Medical Center, posted a TikTok "
            "video showing a white air filter that had turned gray in six hours. “This is what "
            "your lungs are doing today,” he says in the clip, which had been viewed more than "
            "two million times by Thursday.\n\n"
            "In a statement, state epidemiologist Dr. Ruth Amankwah said people with asthma "
            "should keep rescue inhalers close. “If you can smell the smoke, you are breathing "
            "it,” she said."
        ),
        "quotes": [
            ("This is what your lungs are doing today,", "Owen Feld", False, "P1"),
            ("If you can smell the smoke, you are breathing it,", "Ruth Amankwah", False, "P2"),
        ],
        "posts": [("P1", "Owen Feld", "TikTok"), ("P2", "Ruth Amankwah", None)],
        "people": ["Owen Feld", "Ruth Amankwah"],
    },
    {
        "name": "insulin-veto-reddit-thread-and-letter",
        "text": (
            "State Sen. Priya Venkataraman answered questions from constituents on Reddit for "
            "three hours on Tuesday, a day after Gov. Allen Brooks vetoed her bill to cap "
            "insulin copays at $35 a month.\n\n"
            "“I’m not done with this bill, and neither are the 40,000 people in this state who "
            "ration insulin,” Venkataraman wrote in the thread.\n\n"
            "One user asked whether she had enough votes to override the veto. “Not yet,” she "
            "replied. “Call your representative. I mean it.”\n\n"
            "Brooks explained the veto in a letter to legislative leaders, saying the bill "
            "would “shift costs onto small employers who can least afford them.”"
        ),
        "quotes": [
            (
                "I’m not done with this bill, and neither are the 40,000 people in this state "
                "who ration insulin,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            ("Not yet,", "Priya Venkataraman", False, "P1"),
            ("Call your representative. I mean it.", "Priya Venkataraman", False, "P1"),
            (
                "shift costs onto small employers who can least afford them.",
                "Allen Brooks",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", "Priya Venkataraman", "Reddit"), ("P2", "Allen Brooks", None)],
        "people": ["Priya Venkataraman", "Allen Brooks"],
    },
    {
        "name": "fired-coach-podcast-multi-paragraph",
        "text": (
            "Westbrook State fired football coach Danny Okafor on Sunday after a 2-9 season, "
            "the university’s third straight losing year.\n\n"
            "Athletic director Karen Liu said in a statement that the program “needs a new "
            "direction and new energy.” The university will pay Okafor the remaining $4.2 "
            "million on his contract.\n\n"
            "Okafor spoke about the firing on Monday on the “Third and Long” podcast. “I’m not "
            "bitter. I’m disappointed in myself,” the 42-year-old coach said. “These kids "
            "deserved more wins than I gave them.\n\n"
            "“I’ll coach again. Maybe not next year, but I will.”"
        ),
        "quotes": [
            ("needs a new direction and new energy.", "Karen Liu", True, "P1"),
            ("I’m not bitter. I’m disappointed in myself,", "Danny Okafor", False, "P2"),
            ("These kids deserved more wins than I gave them.", "Danny Okafor", False, "P2"),
            ("I’ll coach again. Maybe not next year, but I will.", "Danny Okafor", False, "P2"),
        ],
        "posts": [("P1", "Karen Liu", None), ("P2", "Danny Okafor", "Third and Long")],
        "people": ["Danny Okafor", "Karen Liu"],
    },
    {
        "name": "drought-town-hall-and-op-ed",
        "text": (
            "Residents of Paso Verde packed a town hall on Thursday to push back against new "
            "limits that will allow lawn watering only one day a week as the region enters its "
            "fourth year of drought.\n\n"
            "“You are asking us to let forty years of trees die,” said Gloria Mendez, 73, who "
            "has lived in the same house since 1982. “Start with the golf courses.”\n\n"
            "City water director Samuel Achebe defended the rules. “The reservoir is at 21 "
            "percent. I do not get to negotiate with the reservoir,” he said.\n\n"
            "Achebe made the same case in an op-ed in the Paso Verde Courier last week, "
            "writing that the city had “run out of painless options.”"
        ),
        "quotes": [
            ("You are asking us to let forty years of trees die,", "Gloria Mendez", False, None),
            ("Start with the golf courses.", "Gloria Mendez", False, None),
            (
                "The reservoir is at 21 percent. I do not get to negotiate with the reservoir,",
                "Samuel Achebe",
                False,
                None,
            ),
            ("run out of painless options.", "Samuel Achebe", True, "P1"),
        ],
        "posts": [("P1", "Samuel Achebe", "Paso Verde Courier")],
        "people": ["Gloria Mendez", "Samuel Achebe"],
    },
    {
        "name": "startup-lawsuit-and-linkedin-comment",
        "text": (
            "Nimbus Health, a telemedicine startup, sued its former chief technology officer "
            "on Monday, accusing him of taking patient-scheduling code to a rival company.\n\n"
            "The lawsuit, filed in federal court in San Jose, says Aaron Whitlock downloaded "
            "“tens of thousands of files” in his last week at the company. In the complaint, "
            "Nimbus’s chief executive, Sofia Marchetti, is quoted calling the code “the crown "
            "jewels of this company.”\n\n"
            "Whitlock denied the claims in a LinkedIn post on Tuesday. “I took nothing but my "
            "coffee mug,” he wrote. “I look forward to proving that in court.”\n\n"
            "A former colleague, Deepa Iyer, commented below the post: “Aaron is the most "
            "honest engineer I have worked with.”"
        ),
        "quotes": [
            ("tens of thousands of files", None, True, "P1"),
            ("the crown jewels of this company.", "Sofia Marchetti", True, "P1"),
            ("I took nothing but my coffee mug,", "Aaron Whitlock", False, "P2"),
            ("I look forward to proving that in court.", "Aaron Whitlock", False, "P2"),
            (
                "Aaron is the most honest engineer I have worked with.",
                "Deepa Iyer",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Aaron Whitlock", "LinkedIn")],
        "people": ["Aaron Whitlock", "Sofia Marchetti", "Deepa Iyer"],
    },
    {
        "name": "college-president-medium-essay-student-paper",
        "text": (
            "The president of Carrow College, Helen Strickland, resigned on Friday after a "
            "faculty vote of no confidence, ending a tenure marked by budget cuts and the "
            "closure of three academic departments.\n\n"
            "In an essay published on Medium, Strickland, 59, wrote that she had made “the "
            "decisions that kept the lights on.” “I would make most of them again,” she wrote. "
            "“Not all of them.”\n\n"
            "Student government president Tyrell Jackson told the Carrow Chronicle, the "
            "student newspaper, that students felt “relieved, mostly.” \"It's been a long two "
            'years," he said.'
        ),
        "quotes": [
            ("the decisions that kept the lights on.", "Helen Strickland", True, "P1"),
            ("I would make most of them again,", "Helen Strickland", False, "P1"),
            ("Not all of them.", "Helen Strickland", False, "P1"),
            ("relieved, mostly.", "Tyrell Jackson", True, "P2"),
            ("It's been a long two years,", "Tyrell Jackson", False, "P2"),
        ],
        "posts": [
            ("P1", "Helen Strickland", "Medium"),
            ("P2", "Tyrell Jackson", "Carrow Chronicle"),
        ],
        "people": ["Helen Strickland", "Tyrell Jackson"],
    },
    {
        "name": "shutdown-sunday-show-and-x-rebuttal",
        "text": (
            "Rep. Walter Nakamura, the chairman of the House Budget Committee, said Sunday on "
            "CNN’s “State of the Union” that Congress was “days, not weeks” from a deal to "
            "avert a government shutdown.\n\n"
            "“Nobody wants to be the person who shut down air traffic control at "
            "Thanksgiving,” Nakamura said on the program.\n\n"
            "Rep. Janelle Morrow, a Democrat on the committee, disputed that on X. “Days, not "
            "weeks? He said the same thing in September,” she wrote. Asked about the post "
            "later, Morrow told reporters: “I’ll believe it when I see bill text.”"
        ),
        "quotes": [
            ("days, not weeks", "Walter Nakamura", True, "P1"),
            (
                "Nobody wants to be the person who shut down air traffic control at Thanksgiving,",
                "Walter Nakamura",
                False,
                "P1",
            ),
            (
                "Days, not weeks? He said the same thing in September,",
                "Janelle Morrow",
                False,
                "P2",
            ),
            ("I’ll believe it when I see bill text.", "Janelle Morrow", False, None),
        ],
        "posts": [("P1", "Walter Nakamura", "State of the Union"), ("P2", "Janelle Morrow", "X")],
        "people": ["Walter Nakamura", "Janelle Morrow"],
    },
    {
        "name": "flu-vaccine-study-interview-and-expert",
        "text": (
            "Adults over 65 who received a high-dose flu vaccine were 24% less likely to be "
            "hospitalized with pneumonia than those who got the standard shot, according to a "
            "study of 1.2 million Medicare patients published Wednesday in the New England "
            "Journal of Medicine.\n\n"
            "“The difference was larger than we expected, and it held up in every age group we "
            "looked at,” the study’s lead author, Dr. Ingrid Solberg of the University of "
            "Minnesota, said in an interview.\n\n"
            "Dr. Kwame Asante, an infectious disease specialist at Emory University who was not "
            "involved in the research, called the results “convincing, if not surprising.” He "
            "said the high-dose shot was already recommended for older adults but that many "
            "pharmacies run out early in the season. “The problem,” Asante said, “has never "
            "been the science. It is supply.”"
        ),
        "quotes": [
            (
                "The difference was larger than we expected, and it held up in every age group "
                "we looked at,",
                "Ingrid Solberg",
                False,
                None,
            ),
            ("convincing, if not surprising.", "Kwame Asante", True, None),
            ("The problem,", "Kwame Asante", False, None),
            ("has never been the science. It is supply.", "Kwame Asante", False, None),
        ],
        "posts": [],
        "people": ["Ingrid Solberg", "Kwame Asante"],
    },
    {
        "name": "bodycam-release-chief-youtube-and-union",
        "text": (
            "The Millbrook Police Department released body camera footage on Friday of an "
            "officer shooting a 19-year-old man during a traffic stop last month, along with a "
            "recorded message from Chief Andrea Holloway posted on the department’s YouTube "
            "channel.\n\n"
            "“What you are about to see is difficult to watch,” Holloway says at the start of "
            "the video. “I made the decision to release it because this community deserves to "
            "see it.”\n\n"
            "The Millbrook Police Officers Association said in a statement that the officer, "
            "who has not been named, “acted in accordance with his training.” Benjamin Crowe, a "
            "lawyer for the family of the man, Jaylen Porter, said at a news conference that "
            "the footage showed “a young man with his hands up.”"
        ),
        "quotes": [
            ("What you are about to see is difficult to watch,", "Andrea Holloway", False, "P1"),
            (
                "I made the decision to release it because this community deserves to see it.",
                "Andrea Holloway",
                False,
                "P1",
            ),
            ("acted in accordance with his training.", None, True, "P2"),
            ("a young man with his hands up.", "Benjamin Crowe", True, None),
        ],
        "posts": [("P1", "Andrea Holloway", "YouTube"), ("P2", None, None)],
        "people": ["Andrea Holloway", "Benjamin Crowe", "Jaylen Porter"],
    },
    {
        "name": "food-truck-rule-threads-and-bluesky",
        "text": (
            "Food truck owners in Cedar Rapids say a new city rule that bars them from parking "
            "within 200 feet of a restaurant will push them out of downtown.\n\n"
            "“We were told this was about traffic. It’s about competition,” Luis Arroyo, who "
            "runs the Taco Nave truck, wrote on Threads on Monday. The post had been shared "
            "more than 3,000 times by Wednesday.\n\n"
            "City Council member Bethany Kerr, who sponsored the rule, answered on Bluesky. "
            "“Restaurants pay property taxes year-round on that block. Trucks don’t,” she "
            "wrote.\n\n"
            "Arroyo said he would speak at the council’s next meeting. “I just want a seat at "
            "the table,” he said."
        ),
        "quotes": [
            (
                "We were told this was about traffic. It’s about competition,",
                "Luis Arroyo",
                False,
                "P1",
            ),
            (
                "Restaurants pay property taxes year-round on that block. Trucks don’t,",
                "Bethany Kerr",
                False,
                "P2",
            ),
            ("I just want a seat at the table,", "Luis Arroyo", False, None),
        ],
        "posts": [("P1", "Luis Arroyo", "Threads"), ("P2", "Bethany Kerr", "Bluesky")],
        "people": ["Luis Arroyo", "Bethany Kerr"],
    },
    {
        "name": "recount-certified-release-and-substack-concession",
        "text": (
            "The Arizona secretary of state’s office certified the results of a recount on "
            "Tuesday that confirmed Ellen Marsh’s 311-vote victory in the race for the 6th "
            "Congressional District.\n\n"
            "“Every ballot was counted twice, by hand and by machine, and the two counts "
            "agreed,” Secretary of State Rafael Ortiz said in a news release.\n\n"
            "Marsh’s opponent, Curtis Lindgren, conceded in a post on his Substack hours later. "
            "“I asked for a recount because the margin was close, not because I thought anyone "
            "cheated,” he wrote. “Congratulations to Congresswoman-elect Marsh.”\n\n"
            "At a legislative hearing last week, Maricopa County elections director Denise "
            "Fuller described the recount as “the most observed count in the county’s "
            "history.”"
        ),
        "quotes": [
            (
                "Every ballot was counted twice, by hand and by machine, and the two counts "
                "agreed,",
                "Rafael Ortiz",
                False,
                "P1",
            ),
            (
                "I asked for a recount because the margin was close, not because I thought "
                "anyone cheated,",
                "Curtis Lindgren",
                False,
                "P2",
            ),
            ("Congratulations to Congresswoman-elect Marsh.", "Curtis Lindgren", False, "P2"),
            ("the most observed count in the county’s history.", "Denise Fuller", True, None),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Curtis Lindgren", "Substack")],
        "people": ["Ellen Marsh", "Rafael Ortiz", "Curtis Lindgren", "Denise Fuller"],
    },
    {
        "name": "tornado-church-pastor-and-forecaster-posts",
        "text": (
            "A tornado with winds of up to 135 mph tore through Greenfield, Ind., late Sunday, "
            "destroying a church and damaging dozens of homes. No deaths were reported.\n\n"
            "The Rev. Michael Ortega, the pastor of Greenfield First Baptist Church, stood in "
            "the rubble on Monday morning. “The building is gone. The church is not,” he told "
            "reporters. He later wrote on Facebook that Sunday services would be held in the "
            "high school gym, adding, “Bring a folding chair if you have one.”\n\n"
            "National Weather Service meteorologist Kendra Boyle said on X that the storm had "
            "been on the ground for 11 miles. In a second post, she wrote that the warning had "
            "given residents “about 14 minutes, which is more than most people get.”"
        ),
        "quotes": [
            ("The building is gone. The church is not,", "Michael Ortega", False, None),
            ("Bring a folding chair if you have one.", "Michael Ortega", False, "P1"),
            (
                "about 14 minutes, which is more than most people get.",
                "Kendra Boyle",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Michael Ortega", "Facebook"),
            ("P2", "Kendra Boyle", "X"),
            ("P3", "Kendra Boyle", "X"),
        ],
        "people": ["Michael Ortega", "Kendra Boyle"],
    },
]
