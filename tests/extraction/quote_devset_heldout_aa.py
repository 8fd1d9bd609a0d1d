"""The twenty-first self-made dev set, held out (AA): written without reading the rules.

Written together with set Z, without reading the extraction rules, and
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

HELDOUT_SET_AA: list[dict] = [
    {
        "name": "mayor-resignation-letter-acting-mayor",
        "text": (
            "Mayor Thomas Greer of Linwood resigned on Friday, three days after he was "
            "charged with accepting bribes from a towing company.\n\n"
            "In a one-page letter to the city clerk, Greer said he was stepping down “to "
            "spare the city a distraction” and maintained his innocence. “I have never taken "
            "a dollar that was not mine,” he wrote.\n\n"
            "Council President Alicia Fernández will serve as acting mayor. “Linwood is "
            "bigger than any one person,” she said at City Hall."
        ),
        "quotes": [
            ("to spare the city a distraction", "Thomas Greer", True, "P1"),
            ("I have never taken a dollar that was not mine,", "Thomas Greer", False, "P1"),
            ("Linwood is bigger than any one person,", "Alicia Fernández", False, None),
        ],
        "posts": [("P1", "Thomas Greer", None)],
        "people": ["Thomas Greer", "Alicia Fernández"],
    },
    {
        "name": "football-losing-streak-postgame",
        "text": (
            "The Ridgefield Hawks lost their fifth straight game on Sunday, falling 31-10 to "
            "Carver City.\n\n"
            "“We’re not good enough right now. That’s on me,” coach Dale Whitford said after "
            "the game.\n\n"
            "Quarterback Jalen Mayfield, who threw two interceptions, said the team had "
            "stopped trusting each other. “Guys are playing not to lose,” the 24-year-old "
            "said. “You can feel it in the huddle.”"
        ),
        "quotes": [
            ("We’re not good enough right now. That’s on me,", "Dale Whitford", False, None),
            ("Guys are playing not to lose,", "Jalen Mayfield", False, None),
            ("You can feel it in the huddle.", "Jalen Mayfield", False, None),
        ],
        "posts": [],
        "people": ["Dale Whitford", "Jalen Mayfield"],
    },
    {
        "name": "engagement-instagram-comment-and-own-post",
        "text": (
            "Actress Mia Castellano announced her engagement to chef Ravi Anand on Instagram "
            "on Sunday, sharing a photo of the two on a beach in Sardinia.\n\n"
            "“Said yes before he finished the question,” Castellano wrote.\n\n"
            "Her “Harbor Lights” co-star Zoe Brennan commented, “Crying!!! So happy for you "
            "both.”\n\n"
            "Anand shared the same photo on his own account. “Luckiest man alive,” he wrote."
        ),
        "quotes": [
            ("Said yes before he finished the question,", "Mia Castellano", False, "P1"),
            ("Crying!!! So happy for you both.", "Zoe Brennan", False, "P1"),
            ("Luckiest man alive,", "Ravi Anand", False, "P2"),
        ],
        "posts": [("P1", "Mia Castellano", "Instagram"), ("P2", "Ravi Anand", "Instagram")],
        "people": ["Mia Castellano", "Ravi Anand", "Zoe Brennan"],
    },
    {
        "name": "drivers-lawsuit-complaint-spokeswoman",
        "text": (
            "Three former drivers have sued the delivery app Zipcart, saying it "
            "misclassified them as contractors to avoid paying overtime.\n\n"
            "The lawsuit, filed Tuesday in federal court in Oakmont, says the company "
            "exercised “near-total control” over the drivers’ schedules. “Zipcart decides "
            "when they work, where they work and what they are paid,” the complaint says.\n\n"
            "A Zipcart spokeswoman, Laura Kim, said the company would “vigorously defend” "
            "itself."
        ),
        "quotes": [
            ("near-total control", None, True, "P1"),
            (
                ("Zipcart decides when they work, where they work and what they are paid,"),
                None,
                False,
                "P1",
            ),
            ("vigorously defend", "Laura Kim", True, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Laura Kim"],
    },
    {
        "name": "amateur-astronomer-youtube-comet",
        "text": (
            "An amateur astronomer in New Zealand was the first to spot a new comet, NASA "
            "confirmed on Thursday.\n\n"
            "George Whitlow, a retired electrician, posted a video on YouTube on Monday "
            "showing the faint smudge he had photographed from his backyard near Kerrigan "
            "Bay. “I thought it was dust on the lens,” he says in the video. “Then it moved.”\n\n"
            "The comet will be named after him, said Dr. Kavya Iyer, an astronomer at the "
            "Minor Planet Center. “It’s a wonderful find,” Iyer said."
        ),
        "quotes": [
            ("I thought it was dust on the lens,", "George Whitlow", False, "P1"),
            ("Then it moved.", "George Whitlow", False, "P1"),
            ("It’s a wonderful find,", "Kavya Iyer", False, None),
        ],
        "posts": [("P1", "George Whitlow", "YouTube")],
        "people": ["George Whitlow", "Kavya Iyer"],
    },
    {
        "name": "snack-maker-earnings-call",
        "text": (
            "Shares of Carrow Foods jumped 12% on Thursday after the snack maker raised its "
            "forecast for the year.\n\n"
            "“Consumers are coming back to our brands,” chief executive Martin Fairweather "
            "said on a call with analysts. Chief financial officer Denise Obi said costs for "
            "cocoa and sugar had “finally stopped climbing.”"
        ),
        "quotes": [
            ("Consumers are coming back to our brands,", "Martin Fairweather", False, None),
            ("finally stopped climbing.", "Denise Obi", True, None),
        ],
        "posts": [],
        "people": ["Martin Fairweather", "Denise Obi"],
    },
    {
        "name": "senator-x-post-congressman-reply-pentagon",
        "text": (
            "Sen. Rebecca Thornbury criticized the Pentagon’s new recruitment campaign in a "
            "post on X on Wednesday, calling the ads “embarrassing.”\n\n"
            "“Our troops deserve better than a cringe marketing budget,” the Vermont "
            "Democrat wrote.\n\n"
            "Rep. Kyle Danforth responded in a post of his own. “Maybe the senator should "
            "spend less time online,” he wrote.\n\n"
            "A Pentagon spokesman said in a statement that the campaign had increased "
            "applications by 8%."
        ),
        "quotes": [
            ("embarrassing.", "Rebecca Thornbury", True, "P1"),
            (
                "Our troops deserve better than a cringe marketing budget,",
                "Rebecca Thornbury",
                False,
                "P1",
            ),
            ("Maybe the senator should spend less time online,", "Kyle Danforth", False, "P2"),
        ],
        "posts": [
            ("P1", "Rebecca Thornbury", "X"),
            ("P2", "Kyle Danforth", "X"),
            ("P3", None, None),
        ],
        "people": ["Rebecca Thornbury", "Kyle Danforth"],
    },
    {
        "name": "measles-health-officer-radio-program",
        "text": (
            "Measles cases in Corlan County have risen to 34, the county’s health officer "
            "said on Tuesday, and most of the patients are unvaccinated children.\n\n"
            "“This is entirely preventable,” Dr. Naomi Feldstein said in an interview with "
            "the radio program “Valley Morning.” “The vaccine is safe, it is free, and it "
            "works.”\n\n"
            "The outbreak began in February at a daycare center in the town of Pryor."
        ),
        "quotes": [
            ("This is entirely preventable,", "Naomi Feldstein", False, "P1"),
            ("The vaccine is safe, it is free, and it works.", "Naomi Feldstein", False, "P1"),
        ],
        "posts": [("P1", "Naomi Feldstein", "Valley Morning")],
        "people": ["Naomi Feldstein"],
    },
    {
        "name": "chip-engineer-medium-company-statement",
        "text": (
            "A former engineer at the chipmaker Solent Semiconductor says the company "
            "ignored warnings about overheating in its newest processors.\n\n"
            "In a post on Medium, Hiroshi Tanabe wrote that he raised the issue with "
            "managers “at least six times” before he left the company in March.\n\n"
            "“I was told it was a software problem. It was not a software problem,” Tanabe "
            "wrote.\n\n"
            "Solent said in a statement that it “takes all employee concerns seriously” and "
            "was investigating."
        ),
        "quotes": [
            ("at least six times", "Hiroshi Tanabe", True, "P1"),
            (
                "I was told it was a software problem. It was not a software problem,",
                "Hiroshi Tanabe",
                False,
                "P1",
            ),
            ("takes all employee concerns seriously", None, True, "P2"),
        ],
        "posts": [("P1", "Hiroshi Tanabe", "Medium"), ("P2", None, None)],
        "people": ["Hiroshi Tanabe"],
    },
    {
        "name": "school-start-time-vote-straight-quotes",
        "text": (
            "The Brookhaven school board voted 5-2 on Tuesday to move the start of the high "
            "school day to 8:45 a.m. beginning next fall.\n\n"
            '"Teenagers need sleep. The research on this is not ambiguous," said board '
            "member Felicia Grant, who proposed the change.\n\n"
            "Parent Michael Doherty said the later start would wreak havoc on families with "
            'younger children. "Who do they think is driving these kids?" he asked.'
        ),
        "quotes": [
            (
                "Teenagers need sleep. The research on this is not ambiguous,",
                "Felicia Grant",
                False,
                None,
            ),
            ("Who do they think is driving these kids?", "Michael Doherty", False, None),
        ],
        "posts": [],
        "people": ["Felicia Grant", "Michael Doherty"],
    },
    {
        "name": "novelist-magazine-interview-book-title",
        "text": (
            "The novelist Beatrix Holloway has never owned a smartphone, and she does not "
            "plan to start.\n\n"
            "“I would never finish anything,” Holloway, 71, told The Atlantic in an "
            "interview published this week. “My books are what I do instead of scrolling.”\n\n"
            "Her new novel, “The Salt Years,” follows three generations of a fishing family "
            "in Cornwall. Her editor, Samuel Okoro, called it “her most generous book.”"
        ),
        "quotes": [
            ("I would never finish anything,", "Beatrix Holloway", False, "P1"),
            ("My books are what I do instead of scrolling.", "Beatrix Holloway", False, "P1"),
            ("her most generous book.", "Samuel Okoro", True, None),
        ],
        "posts": [("P1", "Beatrix Holloway", "The Atlantic")],
        "people": ["Beatrix Holloway", "Samuel Okoro"],
    },
    {
        "name": "marathon-winner-finish-line",
        "text": (
            "Kenyan runner Faith Chelimo won the Bayside Marathon on Sunday in a course "
            "record of 2 hours 19 minutes 4 seconds.\n\n"
            '"The last five kilometers I was only thinking about my daughter," Chelimo said '
            "at the finish line, where she was met by her husband and coach, Joseph Kiprono. "
            '"She turns four tomorrow."\n\n'
            'Kiprono said the record had been "the plan since January."'
        ),
        "quotes": [
            (
                "The last five kilometers I was only thinking about my daughter,",
                "Faith Chelimo",
                False,
                None,
            ),
            ("She turns four tomorrow.", "Faith Chelimo", False, None),
            ("the plan since January.", "Joseph Kiprono", True, None),
        ],
        "posts": [],
        "people": ["Faith Chelimo", "Joseph Kiprono"],
    },
    {
        "name": "state-supreme-court-majority-and-dissent",
        "text": (
            "The state Supreme Court ruled 4-3 on Thursday that police need a warrant to "
            "search data from a suspect’s car infotainment system.\n\n"
            "“A car today knows more about its driver than a diary ever could,” Justice "
            "Evelyn Drummond wrote for the majority.\n\n"
            "In a dissent, Justice Paul Hennessy warned that the ruling would “hobble "
            "investigations across the state.”"
        ),
        "quotes": [
            (
                "A car today knows more about its driver than a diary ever could,",
                "Evelyn Drummond",
                False,
                "P1",
            ),
            ("hobble investigations across the state.", "Paul Hennessy", True, "P2"),
        ],
        "posts": [("P1", "Evelyn Drummond", None), ("P2", "Paul Hennessy", None)],
        "people": ["Evelyn Drummond", "Paul Hennessy"],
    },
    {
        "name": "airline-ceo-podcast-union-facebook",
        "text": (
            "The chief executive of Harrow Airlines said on a podcast released Monday that "
            "the carrier had “no plans at all” to bring back free checked bags.\n\n"
            "Claire Donnelly, who has led the airline since 2021, told the hosts of “The "
            "Margin” that passengers who travel light should not subsidize those who don’t. "
            "“Fairness means you pay for what you use,” she said.\n\n"
            "The flight attendants’ union said on Facebook that Donnelly was “out of touch "
            "with the people who fly her planes.”"
        ),
        "quotes": [
            ("no plans at all", "Claire Donnelly", True, "P1"),
            ("Fairness means you pay for what you use,", "Claire Donnelly", False, "P1"),
            ("out of touch with the people who fly her planes.", None, True, "P2"),
        ],
        "posts": [("P1", "Claire Donnelly", "The Margin"), ("P2", None, "Facebook")],
        "people": ["Claire Donnelly"],
    },
    {
        "name": "aviation-senate-hearing-no-post",
        "text": (
            "The head of the Federal Aviation Safety Board faced sharp questions at a Senate "
            "hearing on Tuesday about a series of near-collisions at major airports.\n\n"
            "“How many close calls do we need before somebody acts?” asked Sen. Lorraine "
            "Vickers, a Republican from Kansas.\n\n"
            "The board’s chairman, Dennis Oyelaran, said the agency was short of about 3,000 "
            "air traffic controllers. “We are asking people to do an impossible job,” he "
            "said. “And most days they do it.”"
        ),
        "quotes": [
            (
                "How many close calls do we need before somebody acts?",
                "Lorraine Vickers",
                False,
                None,
            ),
            ("We are asking people to do an impossible job,", "Dennis Oyelaran", False, None),
            ("And most days they do it.", "Dennis Oyelaran", False, None),
        ],
        "posts": [],
        "people": ["Lorraine Vickers", "Dennis Oyelaran"],
    },
    {
        "name": "rapper-x-singer-instagram-caption",
        "text": (
            "Rapper Tyrell Banks reignited his feud with singer Darnell Price on Friday, a "
            "day after Price released the single “Receipts.”\n\n"
            "“Write your own songs first, then talk,” Banks wrote on X.\n\n"
            "Price did not respond directly, but posted a clip of the song’s video on "
            "Instagram with the caption “Still here.”"
        ),
        "quotes": [
            ("Write your own songs first, then talk,", "Tyrell Banks", False, "P1"),
            ("Still here.", "Darnell Price", False, "P2"),
        ],
        "posts": [("P1", "Tyrell Banks", "X"), ("P2", "Darnell Price", "Instagram")],
        "people": ["Tyrell Banks", "Darnell Price"],
    },
    {
        "name": "school-cyberattack-superintendent-email",
        "text": (
            "Classes at all 14 schools in the Wexley district were canceled Monday after a "
            "cyberattack knocked out phones and computers across the system.\n\n"
            "“We know this is a hardship for families, and we are sorry,” Superintendent "
            "Gloria Haddad wrote in an email to parents on Sunday night. “We will not reopen "
            "until we are confident the systems are safe.”\n\n"
            "A spokesman for the district, Kevin Marsh, said the FBI was assisting. He "
            "declined to say whether a ransom had been demanded."
        ),
        "quotes": [
            (
                "We know this is a hardship for families, and we are sorry,",
                "Gloria Haddad",
                False,
                "P1",
            ),
            (
                "We will not reopen until we are confident the systems are safe.",
                "Gloria Haddad",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Gloria Haddad", None)],
        "people": ["Gloria Haddad", "Kevin Marsh"],
    },
    {
        "name": "drought-wheat-newspaper-interview-two-paragraphs",
        "text": (
            "Researchers at Corran University say they have grown a strain of wheat that "
            "needs 30% less water than standard varieties.\n\n"
            "“We did not expect the plants to do this well in the field,” Dr. Lucia Moretti, "
            "who led the project, told The Farming Gazette. “In a dry year, that is the "
            "difference between a harvest and no harvest.\n\n"
            "“But this is one season of data. We need five.”\n\n"
            "The university said in a press release that seed would not be commercially "
            "available before 2029."
        ),
        "quotes": [
            (
                "We did not expect the plants to do this well in the field,",
                "Lucia Moretti",
                False,
                "P1",
            ),
            (
                ("In a dry year, that is the difference between a harvest and no harvest."),
                "Lucia Moretti",
                False,
                "P1",
            ),
            ("But this is one season of data. We need five.", "Lucia Moretti", False, "P1"),
        ],
        "posts": [("P1", "Lucia Moretti", "The Farming Gazette"), ("P2", None, "press release")],
        "people": ["Lucia Moretti"],
    },
    {
        "name": "museum-removes-painting-statement-artist-instagram",
        "text": (
            "The Halden Museum of Art has removed a painting by the artist Yusuf Demirel "
            "from its new exhibition after complaints from a local church group.\n\n"
            "“We made a mistake, and we are listening,” the museum said in a statement on "
            "Wednesday.\n\n"
            "Demirel, who lives in Berlin, wrote on Instagram that he was “not surprised, "
            "only sad.” “Museums used to be braver,” the 45-year-old added.\n\n"
            "The painting, “Saint of the Car Park,” will be returned to the artist."
        ),
        "quotes": [
            ("We made a mistake, and we are listening,", None, False, "P1"),
            ("not surprised, only sad.", "Yusuf Demirel", True, "P2"),
            ("Museums used to be braver,", "Yusuf Demirel", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Yusuf Demirel", "Instagram")],
        "people": ["Yusuf Demirel"],
    },
    {
        "name": "prime-minister-parliament-retirement-age",
        "text": (
            "Prime Minister Helena Varga told parliament on Wednesday that her government "
            "would not raise the retirement age, ending weeks of speculation.\n\n"
            "“Not this year, not next year, not while I am in this office,” Varga said to "
            "cheers from her party’s benches.\n\n"
            "Opposition leader Stefan Kroll accused her of “hiding the bill until after the "
            "election.”"
        ),
        "quotes": [
            (
                "Not this year, not next year, not while I am in this office,",
                "Helena Varga",
                False,
                None,
            ),
            ("hiding the bill until after the election.", "Stefan Kroll", True, None),
        ],
        "posts": [],
        "people": ["Helena Varga", "Stefan Kroll"],
    },
]
