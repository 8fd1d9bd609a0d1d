"""A nineteenth self-made dev set, held out (Y): its first run is an unseen estimate.

Written with set X, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set W (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, court filing, judge's opinion or essay with no named outlet is a post
with no platform; a press release is a post with platform "press release"; a
news conference, briefing, rally, speech, court hearing or "told reporters" is
not a post; a comment under a post belongs to it, a post "of his own" is a new
one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None; titles, nicknames and
scare quotes in marks are not quotes. Quote text is the words inside the marks
exactly as printed (closing punctuation included); a quote running over several
paragraphs is one quote per paragraph, same speaker and post; fragments woven
into the reporter's sentence are partial. Speakers are canonical names, the
fullest form used in the text ("the senator", "she" resolved). Gold rows must
never be edited to make a rule pass.

New cases decided here: an interviewer's question quoted from a broadcast
interview is spoken by the interviewer and linked to that interview's post
(author: the interviewee); a majority opinion and a dissent are separate posts
by their judges; remarks to a shareholders' meeting are a speech, not a post; a
nickname in marks inside a name is left out of the canonical name.
"""

from __future__ import annotations

HELDOUT_SET_Y: list[dict] = [
    {
        "name": "senate-candidate-rally",
        "text": (
            "Speaking to about 2,000 supporters at a rally in Carverton on Saturday, Senate "
            "candidate Luis Ferrante promised to “take the fight to the insurance companies.”\n\n"
            "“They have been raising your premiums every year while posting record profits,” the "
            "former prosecutor said. “That ends when I get to Washington.”\n\n"
            "His opponent, state Sen. Barbara Quist, was campaigning in the northern part of the "
            "state."
        ),
        "quotes": [
            ("take the fight to the insurance companies.", "Luis Ferrante", True, None),
            (
                "They have been raising your premiums every year while posting record profits,",
                "Luis Ferrante",
                False,
                None,
            ),
            ("That ends when I get to Washington.", "Luis Ferrante", False, None),
        ],
        "posts": [],
        "people": ["Luis Ferrante", "Barbara Quist"],
    },
    {
        "name": "automaker-shareholder-meeting",
        "text": (
            "Shares of Tallis Motors rose 6 percent on Thursday after chief executive Ruth Engel "
            "told shareholders at the company’s annual meeting that its first low-cost electric "
            "pickup would arrive a year ahead of schedule.\n\n"
            "“We are not going to make people wait until 2028,” the 54-year-old executive said. "
            "“The truck will be in showrooms next fall.”\n\n"
            "The company has lost money in each of the last five quarters."
        ),
        "quotes": [
            ("We are not going to make people wait until 2028,", "Ruth Engel", False, None),
            ("The truck will be in showrooms next fall.", "Ruth Engel", False, None),
        ],
        "posts": [],
        "people": ["Ruth Engel"],
    },
    {
        "name": "coach-fired-team-statement-x-reply",
        "text": (
            "The Bayside Mariners fired head coach Frank Dellucci on Monday after a 3-14 "
            "season.\n\n"
            "“We thank Frank for his six years of service, but we believe a change is needed,” "
            "the team said in a statement.\n\n"
            "Dellucci responded on X a few hours later. “No regrets. I gave this place "
            "everything I had,” he wrote. Quarterback Tyrese Mobley replied to the post: “Love "
            "you coach.”"
        ),
        "quotes": [
            (
                "We thank Frank for his six years of service, but we believe a change is needed,",
                None,
                False,
                "P1",
            ),
            ("No regrets. I gave this place everything I had,", "Frank Dellucci", False, "P2"),
            ("Love you coach.", "Tyrese Mobley", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Frank Dellucci", "X")],
        "people": ["Frank Dellucci", "Tyrese Mobley"],
    },
    {
        "name": "murder-trial-roommate-testimony",
        "text": (
            "A former roommate of the defendant testified Tuesday that she saw Kevin Ashby "
            "burning clothes in a backyard fire pit the night Mia Torrance disappeared.\n\n"
            "“He said he was getting rid of old stuff,” Leah Morrow told the jury. “It was two "
            "in the morning.”\n\n"
            "Under cross-examination, defense attorney Samuel Pike suggested that Morrow held a "
            "grudge against his client. “Isn’t it true that Mr. Ashby asked you to move out a "
            "week earlier?” Pike asked. Morrow said that was not true."
        ),
        "quotes": [
            ("He said he was getting rid of old stuff,", "Leah Morrow", False, None),
            ("It was two in the morning.", "Leah Morrow", False, None),
            (
                "Isn’t it true that Mr. Ashby asked you to move out a week earlier?",
                "Samuel Pike",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Kevin Ashby", "Mia Torrance", "Leah Morrow", "Samuel Pike"],
    },
    {
        "name": "bishop-letter-parish-mergers",
        "text": (
            "Bishop Anthony Ruiz of the Diocese of Westbrook said in a letter read at Masses on "
            "Sunday that seven parishes would be merged into three by next summer.\n\n"
            "“I know this news will be painful for many of you,” Ruiz wrote. “These are the "
            "churches where you were baptized and married.”\n\n"
            "Attendance in the diocese has fallen by nearly half since 2000, according to "
            "diocesan figures."
        ),
        "quotes": [
            ("I know this news will be painful for many of you,", "Anthony Ruiz", False, "P1"),
            (
                "These are the churches where you were baptized and married.",
                "Anthony Ruiz",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Anthony Ruiz", None)],
        "people": ["Anthony Ruiz"],
    },
    {
        "name": "blood-pressure-drug-mice-study",
        "text": (
            "Researchers at the University of Eastmoor say a common blood pressure drug slowed "
            "memory decline in mice with a condition resembling Alzheimer’s disease.\n\n"
            "“We want to be very careful here. These are mice, not people,” lead author Dr. "
            "Keiko Tanabe said at a news conference Wednesday.\n\n"
            "The findings, published in the journal Neuron Reports, will need to be tested in "
            "clinical trials, Tanabe said. Dr. Omar Haddad, a neurologist who was not involved "
            "in the study, called the results “intriguing but very early.”"
        ),
        "quotes": [
            (
                "We want to be very careful here. These are mice, not people,",
                "Keiko Tanabe",
                False,
                None,
            ),
            ("intriguing but very early.", "Omar Haddad", True, None),
        ],
        "posts": [],
        "people": ["Keiko Tanabe", "Omar Haddad"],
    },
    {
        "name": "singer-cancels-show-two-instagram-posts",
        "text": (
            "Pop singer Nadia Fox apologized on Instagram on Tuesday for canceling a concert in "
            "Port Adair an hour before showtime.\n\n"
            "“I was sick and I should have told you sooner. I’m so sorry,” Fox wrote. In a "
            "second post later that day, she promised to reschedule the show and shared a clip "
            "of herself rehearsing “Golden Hour Girl,” the lead single from her new album.\n\n"
            "“See you in March, Port Adair,” she wrote."
        ),
        "quotes": [
            (
                "I was sick and I should have told you sooner. I’m so sorry,",
                "Nadia Fox",
                False,
                "P1",
            ),
            ("See you in March, Port Adair,", "Nadia Fox", False, "P2"),
        ],
        "posts": [("P1", "Nadia Fox", "Instagram"), ("P2", "Nadia Fox", "Instagram")],
        "people": ["Nadia Fox"],
    },
    {
        "name": "police-chief-car-break-ins",
        "text": (
            "Police in Millbrook arrested a 19-year-old man on Friday in connection with a "
            "string of car break-ins that has plagued the city’s east side since March.\n\n"
            "Chief Harold Banks said at a news conference that the suspect, whose name was not "
            "released, had been found with several stolen laptops.\n\n"
            "“We believe this accounts for a significant number of the break-ins, but not all of "
            "them,” Banks said. He urged residents to “lock your cars, every night, no "
            "exceptions.”"
        ),
        "quotes": [
            (
                (
                    "We believe this accounts for a significant number of the break-ins, but not "
                    "all of them,"
                ),
                "Harold Banks",
                False,
                None,
            ),
            ("lock your cars, every night, no exceptions.", "Harold Banks", True, None),
        ],
        "posts": [],
        "people": ["Harold Banks"],
    },
    {
        "name": "weekend-box-office-titles",
        "text": (
            "“Starfall Protocol” led the weekend box office with $48 million in North American "
            "ticket sales, its studio, Meridian Pictures, said on Sunday, comfortably ahead of "
            "the animated comedy “Pip and the Pickle Patrol.”\n\n"
            "“Audiences clearly wanted a big, loud summer movie,” said Jeff Kline, an analyst at "
            "Boxwatch. The film stars Adaeze Nwosu as an astronaut stranded on a failing space "
            "station."
        ),
        "quotes": [
            ("Audiences clearly wanted a big, loud summer movie,", "Jeff Kline", False, None),
        ],
        "posts": [],
        "people": ["Jeff Kline", "Adaeze Nwosu"],
    },
    {
        "name": "speaker-sunday-show-host-question",
        "text": (
            "House Speaker Graham Whitlock said Sunday that he had no plans to step down despite "
            "a revolt by members of his own party.\n\n"
            "“Do you still have the votes to keep your job?” host Ellen Park asked him on "
            "“Capitol Sunday.”\n\n"
            "“I do, and I’ll keep them,” Whitlock replied. “This is noise from a handful of "
            "people who want attention.”"
        ),
        "quotes": [
            ("Do you still have the votes to keep your job?", "Ellen Park", False, "P1"),
            ("I do, and I’ll keep them,", "Graham Whitlock", False, "P1"),
            (
                "This is noise from a handful of people who want attention.",
                "Graham Whitlock",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Graham Whitlock", "Capitol Sunday")],
        "people": ["Graham Whitlock", "Ellen Park"],
    },
    {
        "name": "school-board-start-times",
        "text": (
            "Dozens of parents packed a Harmon County school board meeting on Tuesday night to "
            "oppose a plan to move the start of high school classes to 7:05 a.m.\n\n"
            "“My son already gets up in the dark,” said Angela Whitby, a mother of three. “You "
            "want him standing at a bus stop at 6:15?”\n\n"
            "Board member Curtis Lang defended the proposal, which he said would save the "
            "district $900,000 a year in busing costs. “Nobody on this board likes this,” Lang "
            "said. “But the money has to come from somewhere.”"
        ),
        "quotes": [
            ("My son already gets up in the dark,", "Angela Whitby", False, None),
            ("You want him standing at a bus stop at 6:15?", "Angela Whitby", False, None),
            ("Nobody on this board likes this,", "Curtis Lang", False, None),
            ("But the money has to come from somewhere.", "Curtis Lang", False, None),
        ],
        "posts": [],
        "people": ["Angela Whitby", "Curtis Lang"],
    },
    {
        "name": "appeals-court-majority-and-dissent",
        "text": (
            "A divided federal appeals court on Friday upheld a state ban on drive-through "
            "liquor sales.\n\n"
            "“The legislature was entitled to conclude that selling alcohol through a car window "
            "invites drunk driving,” Judge Patricia Hollis wrote for the majority.\n\n"
            "In a dissent, Judge Raymond Cole said the ban “rests on nothing more than "
            "intuition.”"
        ),
        "quotes": [
            (
                (
                    "The legislature was entitled to conclude that selling alcohol through a car "
                    "window invites drunk driving,"
                ),
                "Patricia Hollis",
                False,
                "P1",
            ),
            ("rests on nothing more than intuition.", "Raymond Cole", True, "P2"),
        ],
        "posts": [("P1", "Patricia Hollis", None), ("P2", "Raymond Cole", None)],
        "people": ["Patricia Hollis", "Raymond Cole"],
    },
    {
        "name": "wildfire-evacuees-straight-quotes",
        "text": (
            "Firefighters had contained about 40 percent of the Cedar Gulch fire by Monday "
            "evening, but more than 1,200 residents of Pine Hollow remained under evacuation "
            "orders.\n\n"
            '"We grabbed the dog, the photo albums and my mother\'s ashes," said Roy Sandoval, '
            '67, who has lived in Pine Hollow for three decades. "Everything else is '
            'replaceable."\n\n'
            "Fire Chief Debra Lyons told reporters the wind was expected to calm overnight. "
            '"That gives us a real chance," she said.'
        ),
        "quotes": [
            (
                "We grabbed the dog, the photo albums and my mother's ashes,",
                "Roy Sandoval",
                False,
                None,
            ),
            ("Everything else is replaceable.", "Roy Sandoval", False, None),
            ("That gives us a real chance,", "Debra Lyons", False, None),
        ],
        "posts": [],
        "people": ["Roy Sandoval", "Debra Lyons"],
    },
    {
        "name": "transport-minister-resignation-letter",
        "text": (
            "Transport Minister Olivia Grant resigned on Wednesday over her handling of a rail "
            "contract that ran $4 billion over budget.\n\n"
            "“I take full responsibility,” Grant wrote in a letter to Prime Minister Edward "
            "Lyle. “The public deserves better, and so do you.”\n\n"
            "Lyle accepted the resignation. Speaking to reporters later, he said Grant had “done "
            "the honorable thing.”"
        ),
        "quotes": [
            ("I take full responsibility,", "Olivia Grant", False, "P1"),
            ("The public deserves better, and so do you.", "Olivia Grant", False, "P1"),
            ("done the honorable thing.", "Edward Lyle", True, None),
        ],
        "posts": [("P1", "Olivia Grant", None)],
        "people": ["Olivia Grant", "Edward Lyle"],
    },
    {
        "name": "heavyweight-news-conference-nickname",
        "text": (
            "Heavyweight champion Marcus “The Hammer” Doyle promised a knockout at a news "
            "conference on Thursday ahead of Saturday’s title defense against Viktor "
            "Sorensen.\n\n"
            "“He has never been hit by somebody like me,” Doyle said. “He’ll find out in the "
            "third round.”\n\n"
            "Sorensen, who has won all 22 of his professional fights, smiled through most of the "
            "exchange. “I’ve heard all this before,” he said."
        ),
        "quotes": [
            ("He has never been hit by somebody like me,", "Marcus Doyle", False, None),
            ("He’ll find out in the third round.", "Marcus Doyle", False, None),
            ("I’ve heard all this before,", "Viktor Sorensen", False, None),
        ],
        "posts": [],
        "people": ["Marcus Doyle", "Viktor Sorensen"],
    },
    {
        "name": "coffee-founder-newspaper-interview",
        "text": (
            "The founder of the coffee chain Kettle & Crow, Beatriz Salcedo, said the company "
            "would stop selling single-use cups at its 240 stores by the end of 2026.\n\n"
            "“Our customers have been asking us for this for years,” Salcedo said in an "
            "interview with the Denvale Post-Dispatch. “Frankly, we were slow.”\n\n"
            "The company will offer a deposit program for reusable cups, she said."
        ),
        "quotes": [
            (
                "Our customers have been asking us for this for years,",
                "Beatriz Salcedo",
                False,
                "P1",
            ),
            ("Frankly, we were slow.", "Beatriz Salcedo", False, "P1"),
        ],
        "posts": [("P1", "Beatriz Salcedo", "Denvale Post-Dispatch")],
        "people": ["Beatriz Salcedo"],
    },
    {
        "name": "mayor-state-of-city-multi-paragraph",
        "text": (
            "In her final State of the City address on Tuesday, Mayor Gloria Hatfield urged the "
            "council to finish the waterfront park she began eight years ago.\n\n"
            "“When I took office, that land was a parking lot and a scrapyard. Today it is half "
            "a park.\n\n"
            "“Finish it. Don’t let it become a parking lot again,” Hatfield said to a standing "
            "ovation."
        ),
        "quotes": [
            (
                (
                    "When I took office, that land was a parking lot and a scrapyard. Today it is "
                    "half a park."
                ),
                "Gloria Hatfield",
                False,
                None,
            ),
            ("Finish it. Don’t let it become a parking lot again,", "Gloria Hatfield", False, None),
        ],
        "posts": [],
        "people": ["Gloria Hatfield"],
    },
    {
        "name": "streamer-youtube-apology",
        "text": (
            "Gaming streamer Tyler Okonkwo posted a 20-minute apology video on YouTube on "
            "Friday, days after clips of him mocking a rival’s stutter circulated online.\n\n"
            "“What I said was cruel and there is no excuse for it,” Okonkwo said in the "
            "video.\n\n"
            "StreamForge, the platform where he broadcasts live, said it had suspended his "
            "account for 30 days. “We have zero tolerance for harassment,” a StreamForge "
            "spokeswoman said."
        ),
        "quotes": [
            ("What I said was cruel and there is no excuse for it,", "Tyler Okonkwo", False, "P1"),
            ("We have zero tolerance for harassment,", None, False, None),
        ],
        "posts": [("P1", "Tyler Okonkwo", "YouTube")],
        "people": ["Tyler Okonkwo"],
    },
    {
        "name": "council-candidate-facebook-then-forum",
        "text": (
            "Tess Harrigan, a candidate for the Oakdale City Council, wrote on Facebook last "
            "week that the city’s new bike lanes were “a solution in search of a problem.”\n\n"
            "At a candidates’ forum on Monday night, Harrigan stood by the post. “I ride a bike. "
            "I just don’t think we needed to spend $3 million on paint,” she said.\n\n"
            "Her opponent, Councilman Derek Sato, said the lanes had cut crashes on Main Street "
            "by a third."
        ),
        "quotes": [
            ("a solution in search of a problem.", "Tess Harrigan", True, "P1"),
            (
                "I ride a bike. I just don’t think we needed to spend $3 million on paint,",
                "Tess Harrigan",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Tess Harrigan", "Facebook")],
        "people": ["Tess Harrigan", "Derek Sato"],
    },
    {
        "name": "astronaut-splashdown-told-reporters",
        "text": (
            "Astronaut Camille Ortega returned to Earth on Saturday after 11 months aboard the "
            "International Space Station, the longest single mission by an American woman.\n\n"
            "“The first thing I want is a hot shower, and the second thing is a salad,” Ortega "
            "told reporters shortly after the capsule splashed down off the coast. “Something "
            "green and crunchy.”\n\n"
            "Her crewmate, Yuri Belov, said he was looking forward to seeing his daughters."
        ),
        "quotes": [
            (
                "The first thing I want is a hot shower, and the second thing is a salad,",
                "Camille Ortega",
                False,
                None,
            ),
            ("Something green and crunchy.", "Camille Ortega", False, None),
        ],
        "posts": [],
        "people": ["Camille Ortega", "Yuri Belov"],
    },
]
