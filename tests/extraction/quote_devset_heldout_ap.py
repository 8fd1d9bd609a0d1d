"""The thirty-sixth self-made dev set, held out (AP): its first run is an unseen estimate.

Written with set AQ, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is an interview with it; a statement, memo, letter, email,
court filing, lawsuit, judge's opinion or essay with no named outlet is a post
with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a
post with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it, a post "of his own" is a new one; a
later fragment is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's or agency's
release, statement or lawsuit has author None; titles, nicknames and scare
quotes in marks are not quotes; speakers are the fullest form of the name used
in the text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- a podcast episode with a named show is a post with the show as platform;
- a TV station's news program named as "told WDRB News" has "WDRB News" as
  platform, as written;
- a reply under a Bluesky post is a comment under it and belongs to that post;
- the second half of a sentence split by its attribution ("...today," Tillery
  said, "but the wind...") is not a fragment: partial False;
- words in single marks inside a quote (‘brand’, ‘closer than anyone
  realizes’) are part of the enclosing quote, not quotes of their own;
- "She added:" right after a fragment from a judge's opinion ties the added
  quote to the opinion;
- a fragment after "The lawsuit ... says" links to the lawsuit, and a fragment
  after "said in an email" links to that email;
- an organisation "called the ruling ..." with no statement or medium named is
  not a post: its fragment has post None;
- a line shouted by an unnamed man in a crowd is a quote with speaker None;
- a plea spoken in court ("Not guilty, your honor,") is a quote with no post;
- "Ray and Donna Sutter" names two people, "Ray Sutter" and "Donna Sutter";
- a named person who never speaks (a judge, an athletic director) is still
  listed in people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AP: list[dict] = [
    {
        "name": "city-commission-budget-vote",
        "text": (
            "The Dayton City Commission voted 3-2 on Wednesday night to approve a $212 million "
            "budget that trims weekend hours at two library branches and adds eight police "
            "officers.\n\n"
            "“Nobody up here likes every line of this,” Commissioner Rosalind Achebe said before "
            "the vote. “But a budget that pleases everyone is a budget that was never balanced.”\n\n"
            "Commissioner Terrence Oduya, who voted no, said the library cuts would fall hardest "
            "on families without internet at home. “We are telling kids on the west side to do "
            "their homework in a gas station parking lot,” he said.\n\n"
            "Mayor Janet Kowalczyk, who cast the deciding vote, called the budget “a floor, not a "
            "ceiling” and said the commission would revisit library hours in January."
        ),
        "quotes": [
            ("Nobody up here likes every line of this,", "Rosalind Achebe", False, None),
            (
                "But a budget that pleases everyone is a budget that was never balanced.",
                "Rosalind Achebe",
                False,
                None,
            ),
            (
                "We are telling kids on the west side to do their homework in a gas station "
                "parking lot,",
                "Terrence Oduya",
                False,
                None,
            ),
            ("a floor, not a ceiling", "Janet Kowalczyk", True, None),
        ],
        "posts": [],
        "people": ["Rosalind Achebe", "Terrence Oduya", "Janet Kowalczyk"],
    },
    {
        "name": "police-facebook-post-and-chief-briefing",
        "text": (
            "The Tulsa Police Department said in a Facebook post early Sunday that two officers "
            "were injured while responding to a disturbance at an apartment complex on East 21st "
            "Street. “Both officers are in stable condition and are expected to recover,” the "
            "department wrote.\n\n"
            "At a briefing later that morning, Chief Darnell Whitfield said the suspect, a "
            "34-year-old man, had been taken into custody after a standoff of nearly three "
            "hours.\n\n"
            "“Our officers showed remarkable restraint,” Whitfield said. “They went home to their "
            "families, and so did he. That is how this is supposed to end.”\n\n"
            "The department did not release the man’s name."
        ),
        "quotes": [
            (
                "Both officers are in stable condition and are expected to recover,",
                None,
                False,
                "P1",
            ),
            ("Our officers showed remarkable restraint,", "Darnell Whitfield", False, None),
            (
                "They went home to their families, and so did he. That is how this is supposed "
                "to end.",
                "Darnell Whitfield",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Darnell Whitfield"],
    },
    {
        "name": "superintendent-email-school-closing",
        "text": (
            "Superintendent Gloria Nakamura told parents in an email on Friday that Lakeview "
            "Unified would close Cedar Ridge Elementary at the end of the school year, citing "
            "enrollment that has fallen by a third since 2015.\n\n"
            "“This is not a decision we make lightly, and it is not one I ever hoped to make,” "
            "Nakamura wrote. “But we cannot keep a building open for 180 students when it was "
            "built for 600.”\n\n"
            "At a school board meeting Monday, parents packed the gymnasium. “You are taking the "
            "one thing in this neighborhood that works,” said Marcus Bell, whose two daughters "
            "attend Cedar Ridge.\n\n"
            "Board President Adaeze Okafor said the board would hold two more public hearings "
            "before a final vote. “Nobody has made up their mind,” she said."
        ),
        "quotes": [
            (
                "This is not a decision we make lightly, and it is not one I ever hoped to make,",
                "Gloria Nakamura",
                False,
                "P1",
            ),
            (
                "But we cannot keep a building open for 180 students when it was built for 600.",
                "Gloria Nakamura",
                False,
                "P1",
            ),
            (
                "You are taking the one thing in this neighborhood that works,",
                "Marcus Bell",
                False,
                None,
            ),
            ("Nobody has made up their mind,", "Adaeze Okafor", False, None),
        ],
        "posts": [("P1", "Gloria Nakamura", None)],
        "people": ["Gloria Nakamura", "Marcus Bell", "Adaeze Okafor"],
    },
    {
        "name": "trucking-earnings-release-and-analyst-call",
        "text": (
            "Delmar Freight Lines, the Memphis-based trucking company, reported a second-quarter "
            "loss of $41 million on Thursday and said it would close three terminals in Ohio and "
            "Indiana.\n\n"
            "“Freight demand has not recovered the way we and the rest of the industry "
            "expected,” Chief Executive Paul Brennan said in the earnings release. “We are sizing "
            "the network for the market we have.”\n\n"
            "On a call with analysts, Brennan was more blunt. “I am not going to sit here and "
            "promise you a second-half rebound,” he said. “I do not see one.”\n\n"
            "Shares fell 9% in afternoon trading."
        ),
        "quotes": [
            (
                "Freight demand has not recovered the way we and the rest of the industry expected,",
                "Paul Brennan",
                False,
                "P1",
            ),
            ("We are sizing the network for the market we have.", "Paul Brennan", False, "P1"),
            (
                "I am not going to sit here and promise you a second-half rebound,",
                "Paul Brennan",
                False,
                None,
            ),
            ("I do not see one.", "Paul Brennan", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Paul Brennan"],
    },
    {
        "name": "nurses-strike-union-statement",
        "text": (
            "About 1,400 nurses at Narragansett Bay Medical Center in Providence walked off the "
            "job at 7 a.m. Tuesday, the first strike at the hospital in its 90-year history.\n\n"
            "“Management has left us no choice,” the Rhode Island Nurses Alliance said in a "
            "statement. “We have warned for two years that staffing levels are unsafe.”\n\n"
            "On the picket line, union president Theresa Vaillancourt told reporters that the "
            "nurses were prepared to stay out “as long as it takes.”\n\n"
            "A hospital spokeswoman, Dana Whitcomb, said replacement nurses had been brought in "
            "and that no patients had been moved. “Patient care continues without "
            "interruption,” Whitcomb said."
        ),
        "quotes": [
            ("Management has left us no choice,", None, False, "P1"),
            ("We have warned for two years that staffing levels are unsafe.", None, False, "P1"),
            ("as long as it takes.", "Theresa Vaillancourt", True, None),
            ("Patient care continues without interruption,", "Dana Whitcomb", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Theresa Vaillancourt", "Dana Whitcomb"],
    },
    {
        "name": "iowa-thunderstorms-straight-quotes",
        "text": (
            "A line of severe thunderstorms tore through central Iowa on Monday evening, knocking "
            "out power to more than 60,000 customers and toppling trees across Des Moines.\n\n"
            "Winds reached 80 mph at the Des Moines airport, said Kyle Jorgensen, a meteorologist "
            'with the National Weather Service in Johnston. "That is hurricane-force wind, just '
            'without the hurricane," he said.\n\n'
            "In the Beaverdale neighborhood, Linda Moravec, 71, stood in her driveway looking at "
            'the oak that had split her garage roof. "I heard it go and I just sat down on the '
            'kitchen floor," she said. "Fifty years in this house and I have never heard anything '
            'like it."\n\n'
            "MidAmerican Energy said most customers should have power back by Wednesday night."
        ),
        "quotes": [
            (
                "That is hurricane-force wind, just without the hurricane,",
                "Kyle Jorgensen",
                False,
                None,
            ),
            (
                "I heard it go and I just sat down on the kitchen floor,",
                "Linda Moravec",
                False,
                None,
            ),
            (
                "Fifty years in this house and I have never heard anything like it.",
                "Linda Moravec",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Kyle Jorgensen", "Linda Moravec"],
    },
    {
        "name": "judge-opinion-blocks-age-verification-law",
        "text": (
            "A federal judge in Sacramento on Friday blocked a California law that would have "
            "required social media companies to verify the ages of their users, ruling that it "
            "likely violates the First Amendment.\n\n"
            "In a 38-page opinion, U.S. District Judge Miriam Castellanos wrote that the state "
            "had “not shown that less restrictive means would fail.” She added: “The state’s "
            "interest in protecting children is real and substantial. It does not, however, "
            "license the government to require every adult to show papers before speaking "
            "online.”\n\n"
            "Attorney General Helen Marchetti said in a statement that her office would appeal. "
            "“We will keep fighting to protect California’s kids,” she said.\n\n"
            "The Digital Commerce Coalition, the trade group that brought the suit, called the "
            "ruling “a win for every Californian who uses the internet.”"
        ),
        "quotes": [
            (
                "not shown that less restrictive means would fail.",
                "Miriam Castellanos",
                True,
                "P1",
            ),
            (
                "The state’s interest in protecting children is real and substantial. It does "
                "not, however, license the government to require every adult to show papers "
                "before speaking online.",
                "Miriam Castellanos",
                False,
                "P1",
            ),
            (
                "We will keep fighting to protect California’s kids,",
                "Helen Marchetti",
                False,
                "P2",
            ),
            ("a win for every Californian who uses the internet.", None, True, None),
        ],
        "posts": [("P1", "Miriam Castellanos", None), ("P2", "Helen Marchetti", None)],
        "people": ["Miriam Castellanos", "Helen Marchetti"],
    },
    {
        "name": "measles-news-release-and-briefing",
        "text": (
            "The Spokane Regional Health District confirmed four more measles cases on "
            "Wednesday, bringing the outbreak to 17, all but one in children who had not been "
            "vaccinated.\n\n"
            "“Measles is one of the most contagious diseases we know of,” the district said in a "
            "news release. “If you are not sure whether your child is protected, call your doctor "
            "today.”\n\n"
            "At a briefing, Dr. Farah Qureshi, the county health officer, said the district had "
            "traced exposures to a church, two grocery stores and a pediatric clinic. She "
            "described the pace of the outbreak as “worrying but not surprising.”\n\n"
            "“Every one of these cases was preventable,” Qureshi said."
        ),
        "quotes": [
            ("Measles is one of the most contagious diseases we know of,", None, False, "P1"),
            (
                "If you are not sure whether your child is protected, call your doctor today.",
                None,
                False,
                "P1",
            ),
            ("worrying but not surprising.", "Farah Qureshi", True, None),
            ("Every one of these cases was preventable,", "Farah Qureshi", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Farah Qureshi"],
    },
    {
        "name": "mayor-stadium-op-ed-and-critic-interview",
        "text": (
            "Mayor Curtis Langford made his case for a downtown baseball stadium in an op-ed in "
            "The Kansas City Star on Sunday, calling the $800 million project “the best chance "
            "this city will get in a generation.”\n\n"
            "“Other cities have made this bet and lost,” Langford wrote. “We have studied why, "
            "and we have written this deal so the taxpayers are protected.”\n\n"
            "Councilwoman Brenda Achterberg, the project’s most vocal opponent, was unmoved. "
            "“Every mayor who ever signed one of these deals said the same thing,” she told The "
            "Kansas City Beacon. “Show me the one where the public got its money back.”"
        ),
        "quotes": [
            (
                "the best chance this city will get in a generation.",
                "Curtis Langford",
                True,
                "P1",
            ),
            ("Other cities have made this bet and lost,", "Curtis Langford", False, "P1"),
            (
                "We have studied why, and we have written this deal so the taxpayers are "
                "protected.",
                "Curtis Langford",
                False,
                "P1",
            ),
            (
                "Every mayor who ever signed one of these deals said the same thing,",
                "Brenda Achterberg",
                False,
                "P2",
            ),
            (
                "Show me the one where the public got its money back.",
                "Brenda Achterberg",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Curtis Langford", "The Kansas City Star"),
            ("P2", "Brenda Achterberg", "The Kansas City Beacon"),
        ],
        "people": ["Curtis Langford", "Brenda Achterberg"],
    },
    {
        "name": "football-coach-instagram-player-comments",
        "text": (
            "Westfield High School football coach Ray Donnelly announced on Instagram on Tuesday "
            "that he is stepping down after 19 seasons and three state titles.\n\n"
            "“I have coached the sons of men I coached. That is when you know,” the 58-year-old "
            "coach wrote in the post, which showed him holding the 2011 championship trophy.\n\n"
            "Former quarterback Jalen Pruitt, now an assistant at Rutgers, commented: “You taught "
            "me how to be a man before you taught me a single play.” Another former player, Tyler "
            "Voss, added in the comments, “Thank you, Coach.”\n\n"
            "Donnelly will stay on as a physical education teacher, athletic director Sharon "
            "Mills said."
        ),
        "quotes": [
            (
                "I have coached the sons of men I coached. That is when you know,",
                "Ray Donnelly",
                False,
                "P1",
            ),
            (
                "You taught me how to be a man before you taught me a single play.",
                "Jalen Pruitt",
                False,
                "P1",
            ),
            ("Thank you, Coach.", "Tyler Voss", False, "P1"),
        ],
        "posts": [("P1", "Ray Donnelly", "Instagram")],
        "people": ["Ray Donnelly", "Jalen Pruitt", "Tyler Voss", "Sharon Mills"],
    },
    {
        "name": "state-senator-podcast-and-committee-hearing",
        "text": (
            "State Sen. Marisol Ybarra, the Republican who chairs the Arizona Senate’s water "
            "committee, said on the podcast “Valley Politics Weekly” that she expects a deal on "
            "groundwater rules for rural counties before the session ends.\n\n"
            "“I think we are closer than anyone realizes,” Ybarra said on the episode, released "
            "Monday. “The farmers and the cities both know the wells are going dry.”\n\n"
            "At a committee hearing Tuesday, Sen. Gordon Whitehorse, a Democrat from Flagstaff, "
            "was less optimistic. “I have heard ‘closer than anyone realizes’ for six years,” he "
            "said."
        ),
        "quotes": [
            ("I think we are closer than anyone realizes,", "Marisol Ybarra", False, "P1"),
            (
                "The farmers and the cities both know the wells are going dry.",
                "Marisol Ybarra",
                False,
                "P1",
            ),
            (
                "I have heard ‘closer than anyone realizes’ for six years,",
                "Gordon Whitehorse",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Marisol Ybarra", "Valley Politics Weekly")],
        "people": ["Marisol Ybarra", "Gordon Whitehorse"],
    },
    {
        "name": "city-sues-landlord-news-conference",
        "text": (
            "The city of Baltimore sued one of its largest residential landlords on Thursday, "
            "accusing Fairmount Property Group of ignoring more than 2,000 housing code "
            "violations across 40 buildings.\n\n"
            "The lawsuit, filed in Baltimore City Circuit Court, says tenants have lived for "
            "months without heat, with rodents and with “ceilings that collapse onto their "
            "beds.”\n\n"
            "“These are not paperwork violations. These are children sleeping in coats,” City "
            "Solicitor Ebony Thornton said at a news conference outside one of the buildings.\n\n"
            "A lawyer for Fairmount, Gregory Saltz, said in an email that the company had "
            "“invested millions in repairs” and would fight the suit."
        ),
        "quotes": [
            ("ceilings that collapse onto their beds.", None, True, "P1"),
            (
                "These are not paperwork violations. These are children sleeping in coats,",
                "Ebony Thornton",
                False,
                None,
            ),
            ("invested millions in repairs", "Gregory Saltz", True, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Gregory Saltz", None)],
        "people": ["Ebony Thornton", "Gregory Saltz"],
    },
    {
        "name": "teacher-tiktok-paid-leave",
        "text": (
            "A Henderson middle school science teacher whose TikTok videos have drawn more than "
            "two million followers has been placed on paid leave, the Clark County School "
            "District confirmed Friday.\n\n"
            "In a video posted to TikTok on Wednesday, Priya Raman told her followers she had "
            "been asked to stop filming in her classroom. “I was told my ‘brand’ was becoming a "
            "distraction,” she said. “I thought the brand was getting kids excited about "
            "chemistry.”\n\n"
            "The district said in a statement that it does not comment on personnel matters but "
            "that “all employees are expected to follow the district’s social media policy.”\n\n"
            "Keisha Lambert, whose son is in Raman’s class, said he had never liked science "
            "before this year. “Now he makes me watch volcano videos at dinner,” she said."
        ),
        "quotes": [
            (
                "I was told my ‘brand’ was becoming a distraction,",
                "Priya Raman",
                False,
                "P1",
            ),
            (
                "I thought the brand was getting kids excited about chemistry.",
                "Priya Raman",
                False,
                "P1",
            ),
            (
                "all employees are expected to follow the district’s social media policy.",
                None,
                True,
                "P2",
            ),
            ("Now he makes me watch volcano videos at dinner,", "Keisha Lambert", False, None),
        ],
        "posts": [("P1", "Priya Raman", "TikTok"), ("P2", None, None)],
        "people": ["Priya Raman", "Keisha Lambert"],
    },
    {
        "name": "jail-officer-arraignment-straight-quotes",
        "text": (
            "A former Jefferson County jail officer pleaded not guilty Wednesday to charges that "
            "he falsified records on the night an inmate died in his cell last spring.\n\n"
            "Travis Neumann, 29, said little during the brief hearing in Jefferson Circuit Court. "
            '"Not guilty, your honor," he told Judge Angela Broussard when asked for his plea.\n\n'
            "His attorney, Kevin Mattingly, told WDRB News after the hearing that his client "
            '"is being made the face of a system that was broken long before he got there."\n\n'
            "The inmate's mother, Carla Jennings, sat in the second row. \"I just want somebody "
            'to tell me the truth about that night," she said outside the courthouse.'
        ),
        "quotes": [
            ("Not guilty, your honor,", "Travis Neumann", False, None),
            (
                "is being made the face of a system that was broken long before he got there.",
                "Kevin Mattingly",
                True,
                "P1",
            ),
            (
                "I just want somebody to tell me the truth about that night,",
                "Carla Jennings",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Kevin Mattingly", "WDRB News")],
        "people": ["Travis Neumann", "Angela Broussard", "Kevin Mattingly", "Carla Jennings"],
    },
    {
        "name": "layoffs-linkedin-and-reddit",
        "text": (
            "Brightwell Software, the Raleigh-based maker of payroll tools, laid off about 230 "
            "employees on Monday, roughly a fifth of its workforce.\n\n"
            "Chief Executive Nadia Ferreira announced the cuts in a LinkedIn post. “I own this "
            "decision, and I own the mistakes that led to it,” she wrote. “We hired for a world "
            "that did not arrive.”\n\n"
            "One laid-off engineer, Chris Halvorsen, described the day in a Reddit post that drew "
            "thousands of replies. “Got the calendar invite at 8:02, lost Slack access at 8:15,” "
            "he wrote. “Seven years.”\n\n"
            "In a later post of his own on LinkedIn, Halvorsen said he was “not bitter, just "
            "tired” and asked for leads on backend jobs."
        ),
        "quotes": [
            (
                "I own this decision, and I own the mistakes that led to it,",
                "Nadia Ferreira",
                False,
                "P1",
            ),
            ("We hired for a world that did not arrive.", "Nadia Ferreira", False, "P1"),
            (
                "Got the calendar invite at 8:02, lost Slack access at 8:15,",
                "Chris Halvorsen",
                False,
                "P2",
            ),
            ("Seven years.", "Chris Halvorsen", False, "P2"),
            ("not bitter, just tired", "Chris Halvorsen", True, "P3"),
        ],
        "posts": [
            ("P1", "Nadia Ferreira", "LinkedIn"),
            ("P2", "Chris Halvorsen", "Reddit"),
            ("P3", "Chris Halvorsen", "LinkedIn"),
        ],
        "people": ["Nadia Ferreira", "Chris Halvorsen"],
    },
    {
        "name": "congresswoman-town-hall-and-threads",
        "text": (
            "Rep. Denise Okonkwo-Hart faced a crowd of about 300 at a town hall in Lansing on "
            "Saturday, where the questions focused almost entirely on the closing of the city’s "
            "last Veterans Affairs clinic, known locally as “the Annex.”\n\n"
            "“I am not going to tell you this is fine, because it is not fine,” Okonkwo-Hart told "
            "the crowd. One man in the back shouted, “Then fix it!”\n\n"
            "Later Saturday, the congresswoman posted on Threads that she had requested a meeting "
            "with the VA secretary. “You were heard today,” she wrote."
        ),
        "quotes": [
            (
                "I am not going to tell you this is fine, because it is not fine,",
                "Denise Okonkwo-Hart",
                False,
                None,
            ),
            ("Then fix it!", None, False, None),
            ("You were heard today,", "Denise Okonkwo-Hart", False, "P1"),
        ],
        "posts": [("P1", "Denise Okonkwo-Hart", "Threads")],
        "people": ["Denise Okonkwo-Hart"],
    },
    {
        "name": "transit-fare-increase-multi-paragraph",
        "text": (
            "The Metro Transit board on Thursday approved the first fare increase in eight years, "
            "raising the base fare to $2.25 starting in March.\n\n"
            "General manager Oluwaseun Adeyemi told the board the agency faced a $48 million gap "
            "once federal pandemic aid runs out next year.\n\n"
            "“We have cut administrative costs. We have frozen hiring. We have delayed two rail "
            "projects.\n\n"
            "“What we have not done, and what I will not recommend, is cut service to the people "
            "who depend on it most,” Adeyemi said.\n\n"
            "Rider advocate Joan Fitzgibbons called the increase “a tax on the people who can "
            "least afford it” and said the board should have pressed the Legislature harder for "
            "money."
        ),
        "quotes": [
            (
                "We have cut administrative costs. We have frozen hiring. We have delayed two "
                "rail projects.",
                "Oluwaseun Adeyemi",
                False,
                None,
            ),
            (
                "What we have not done, and what I will not recommend, is cut service to the "
                "people who depend on it most,",
                "Oluwaseun Adeyemi",
                False,
                None,
            ),
            ("a tax on the people who can least afford it", "Joan Fitzgibbons", True, None),
        ],
        "posts": [],
        "people": ["Oluwaseun Adeyemi", "Joan Fitzgibbons"],
    },
    {
        "name": "tuition-freeze-letter-medium-and-student-paper",
        "text": (
            "Lakeshore State University President Howard Engstrom announced in a letter to the "
            "campus on Monday that the university would freeze tuition for in-state "
            "undergraduates for a fourth straight year.\n\n"
            "“Affordability is not a slogan here. It is a promise, and we intend to keep it,” "
            "Engstrom wrote.\n\n"
            "Not everyone was reassured. Faculty Senate chair Rebecca Thorsen, who wrote in a "
            "Medium essay last month that earlier freezes had been “paid for with larger "
            "classes,” repeated the point at the senate’s meeting Tuesday. “Somebody is paying "
            "for this promise,” she said.\n\n"
            "Sophomore Diego Villanueva, the student body president, told The Lakeshore Ledger "
            "that students were grateful but wary. “A freeze is great until the fees go up "
            "instead,” he said."
        ),
        "quotes": [
            (
                "Affordability is not a slogan here. It is a promise, and we intend to keep it,",
                "Howard Engstrom",
                False,
                "P1",
            ),
            ("paid for with larger classes,", "Rebecca Thorsen", True, "P2"),
            ("Somebody is paying for this promise,", "Rebecca Thorsen", False, None),
            (
                "A freeze is great until the fees go up instead,",
                "Diego Villanueva",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Howard Engstrom", None),
            ("P2", "Rebecca Thorsen", "Medium"),
            ("P3", "Diego Villanueva", "The Lakeshore Ledger"),
        ],
        "people": ["Howard Engstrom", "Rebecca Thorsen", "Diego Villanueva"],
    },
    {
        "name": "wildfire-sheriff-x-post-and-briefing",
        "text": (
            "Evacuation orders expanded Sunday as the Cedar Fork fire grew to more than 14,000 "
            "acres in the foothills east of Redding, fire officials said.\n\n"
            "“If you are in the warning zone, do not wait for the order. Go now,” the Shasta "
            "County Sheriff’s Office wrote on X shortly after noon.\n\n"
            "At an evening briefing, Cal Fire battalion chief Marcus Tillery said crews had been "
            "fighting winds gusting to 40 mph. “We made some progress on the south flank today,” "
            "Tillery said, “but the wind decides how this goes, not us.”\n\n"
            "Ray and Donna Sutter, who left their home in Shingletown with two dogs and a box of "
            "photographs, were waiting at an evacuation center in Anderson. “We have done this "
            "before,” Donna Sutter said. “You never get used to it.”"
        ),
        "quotes": [
            (
                "If you are in the warning zone, do not wait for the order. Go now,",
                None,
                False,
                "P1",
            ),
            ("We made some progress on the south flank today,", "Marcus Tillery", False, None),
            ("but the wind decides how this goes, not us.", "Marcus Tillery", False, None),
            ("We have done this before,", "Donna Sutter", False, None),
            ("You never get used to it.", "Donna Sutter", False, None),
        ],
        "posts": [("P1", None, "X")],
        "people": ["Marcus Tillery", "Ray Sutter", "Donna Sutter"],
    },
    {
        "name": "fluoride-vote-bluesky-reply-and-substack",
        "text": (
            "Commissioners in Marion County voted 4-1 on Tuesday to stop adding fluoride to the "
            "public water supply, making it the largest county in Oregon to do so.\n\n"
            "Dr. Elaine Whitford, a pediatric dentist who testified against the change, posted "
            "on Bluesky after the vote that she was “heartbroken for the kids who will pay for "
            "this.” In a reply under her post, fellow dentist Tomasz Wojcik wrote: “We will see "
            "it in our chairs within five years.”\n\n"
            "Commissioner Dale Rennick, who led the push, argued in a Substack essay last month "
            "that residents “deserve a choice about what goes into their bodies.” He did not "
            "respond to a request for comment Tuesday."
        ),
        "quotes": [
            ("heartbroken for the kids who will pay for this.", "Elaine Whitford", True, "P1"),
            ("We will see it in our chairs within five years.", "Tomasz Wojcik", False, "P1"),
            ("deserve a choice about what goes into their bodies.", "Dale Rennick", True, "P2"),
        ],
        "posts": [("P1", "Elaine Whitford", "Bluesky"), ("P2", "Dale Rennick", "Substack")],
        "people": ["Elaine Whitford", "Tomasz Wojcik", "Dale Rennick"],
    },
]
