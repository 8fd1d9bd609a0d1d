"""The forty-fourth self-made dev set, held out (AX): its first run is an unseen estimate.

Written with set AY, without reading the extraction rules, and committed before
any rule was run on it. Same format as set W (self-made, not a public corpus).
Conventions: an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks), and "told" a named
newspaper is such an interview; a statement, memo, letter, email, court filing,
lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, town hall or "told reporters" is not a post; a comment under a post
belongs to it, a post "of her own" is a new one; a later fragment or quote is
linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and a company's release, statement or lawsuit has
author None even when it quotes a named executive, whose quotes link to it;
titles, nicknames and scare quotes in marks are not quotes; speakers and
authors are the fullest form of the name used in the text; partial is True for
a fragment quoted inside narration.

Decisions the conventions did not cover:
- The two halves of one sentence split by its attribution ("..., he said, "...")
  are both full quotes (partial False).
- A quote that runs on past the end of a paragraph without a closing mark is
  the text up to the end of that paragraph; the next paragraph's quote is a new
  row with the same speaker and post.
- A podcast episode with a named show has the show as platform ("Open Court");
  a local TV newscast has the station's show as written ("KOCO 5 News").
- An interview with no named outlet ("in an interview Tuesday", "reached by
  phone") is not a post, like "told reporters".
- A statement, post or lawsuit that the text reports without quoting is still a
  post (e.g. the weather service's post on X, a county statement).
- A lawsuit brought by unnamed tenants or an unnamed group has author None.
- A city health inspection report is a post with author None and platform None,
  like a court filing.
- The author's own replies in a Reddit "Ask Me Anything" thread belong to that
  thread's post; a reply by an unnamed user "in the comments" belongs to the post
  with speaker None.
- A video clip posted by an unnamed customer on TikTok is a post with author
  None; words spoken in the clip are its quotes.
- A statement that "quoted" a named executive links his words to the statement.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AX: list[dict] = [
    {
        "name": "council-rezoning-warehouse",
        "text": (
            "The Millbrook City Council voted 5-2 on Tuesday night to rezone a 14-acre parcel on "
            "Route 9 for a warehouse, over the objections of dozens of residents who packed the "
            "chamber.\n\n"
            "“We were promised a park on that land,” said Doreen Castellano, who has lived on "
            "nearby Larch Street for 30 years. “Now we get trucks.”\n\n"
            "Councilman Raymond Oyelaran, who voted for the change, said the project would bring "
            "about 200 jobs. “I understand the frustration,” he said, “but this city cannot turn "
            "away that kind of investment.”\n\n"
            "The developer, Keswick Logistics, said in a statement that it would plant a buffer of "
            "trees along the property line."
        ),
        "quotes": [
            ("We were promised a park on that land,", "Doreen Castellano", False, None),
            ("Now we get trucks.", "Doreen Castellano", False, None),
            ("I understand the frustration,", "Raymond Oyelaran", False, None),
            (
                "but this city cannot turn away that kind of investment.",
                "Raymond Oyelaran",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None)],
        "people": ["Doreen Castellano", "Raymond Oyelaran"],
    },
    {
        "name": "superintendent-email-school-closing",
        "text": (
            "Superintendent Angela Whitfield told parents in an email on Friday that Harmon "
            "Elementary would close at the end of the school year, citing falling enrollment and "
            "a $3 million repair bill for its roof.\n\n"
            "“This is not a decision we made lightly,” Whitfield wrote. “Harmon has served this "
            "neighborhood for 71 years.”\n\n"
            "At a school board meeting Monday, board member Luis Ferreira called the timing “a gut "
            "punch” for families who had already registered for the fall. “Parents deserved to "
            "hear this in January,” he said."
        ),
        "quotes": [
            ("This is not a decision we made lightly,", "Angela Whitfield", False, "P1"),
            ("Harmon has served this neighborhood for 71 years.", "Angela Whitfield", False, "P1"),
            ("a gut punch", "Luis Ferreira", True, None),
            ("Parents deserved to hear this in January,", "Luis Ferreira", False, None),
        ],
        "posts": [("P1", "Angela Whitfield", None)],
        "people": ["Angela Whitfield", "Luis Ferreira"],
    },
    {
        "name": "traffic-stop-shooting-chief-and-facebook",
        "text": (
            "Police in Dunmore said a man who fired at officers during a traffic stop early Sunday "
            "was shot and wounded and is in stable condition.\n\n"
            "“Our officers were fired upon without warning,” Police Chief Marcus Delahunt said at "
            "a news conference Sunday afternoon. “They did what they were trained to do.”\n\n"
            "In a post on Facebook, the department said both officers had been placed on paid "
            "administrative leave, “as is standard practice.” The man, 34-year-old Tyrell Banks, "
            "faces charges of attempted murder, Delahunt said."
        ),
        "quotes": [
            ("Our officers were fired upon without warning,", "Marcus Delahunt", False, None),
            ("They did what they were trained to do.", "Marcus Delahunt", False, None),
            ("as is standard practice.", None, True, "P1"),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Marcus Delahunt", "Tyrell Banks"],
    },
    {
        "name": "senator-x-post-then-faa-hearing",
        "text": (
            "Sen. Patricia Okonkwo, a Republican from Kansas, criticized the Federal Aviation "
            "Administration on Wednesday after a second near-collision at Reagan National Airport "
            "in a month.\n\n"
            "“How many warnings does it take?” Okonkwo wrote on X. “The FAA has been asleep at the "
            "controls.”\n\n"
            "At a Senate Commerce Committee hearing later that day, the senator pressed the "
            "agency’s acting administrator, Gerald Tran, on staffing at the airport’s control "
            "tower. “We are hiring as fast as we can,” Tran said. Okonkwo replied that the "
            "agency’s answer was “not good enough for the families flying into this city every "
            "day.”"
        ),
        "quotes": [
            ("How many warnings does it take?", "Patricia Okonkwo", False, "P1"),
            ("The FAA has been asleep at the controls.", "Patricia Okonkwo", False, "P1"),
            ("We are hiring as fast as we can,", "Gerald Tran", False, None),
            (
                "not good enough for the families flying into this city every day.",
                "Patricia Okonkwo",
                True,
                None,
            ),
        ],
        "posts": [("P1", "Patricia Okonkwo", "X")],
        "people": ["Patricia Okonkwo", "Gerald Tran"],
    },
    {
        "name": "snack-maker-earnings-release-and-call",
        "text": (
            "Harwell Foods said Thursday that its quarterly profit fell 18%, hurt by higher costs "
            "for cocoa and sugar, and cut its forecast for the year.\n\n"
            "“The input cost environment remains the most challenging we have seen in a decade,” "
            "Chief Executive Dana Kirschner said in the company’s earnings release.\n\n"
            "On a call with analysts, Kirschner said the company would raise prices on its "
            "chocolate bars by about 6% this summer. “We don’t expect consumers to walk away,” "
            "she said. Chief Financial Officer Paul Mendez added that the company had “plenty of "
            "room” under its debt covenants.\n\n"
            "Shares fell 9% in afternoon trading."
        ),
        "quotes": [
            (
                "The input cost environment remains the most challenging we have seen in a decade,",
                "Dana Kirschner",
                False,
                "P1",
            ),
            ("We don’t expect consumers to walk away,", "Dana Kirschner", False, None),
            ("plenty of room", "Paul Mendez", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Dana Kirschner", "Paul Mendez"],
    },
    {
        "name": "nurses-strike-vote-rally-hospital-statement",
        "text": (
            "Nurses at St. Brendan’s Medical Center have voted overwhelmingly to authorize a "
            "strike, union leaders said Monday, the latest escalation in a contract fight that "
            "has dragged on since March.\n\n"
            "At a rally outside the hospital Monday evening, union president Kathleen Mulroney "
            "said 94% of the nearly 1,100 nurses who voted had supported the authorization. “We "
            "are not asking for the moon,” she told the crowd. “We are asking for enough nurses "
            "on every floor.”\n\n"
            "The hospital said in a statement that it had offered raises of 14% over three years "
            "and that it was “disappointed” by the vote. “Our doors will remain open and our "
            "patients will be cared for,” the statement said."
        ),
        "quotes": [
            ("We are not asking for the moon,", "Kathleen Mulroney", False, None),
            ("We are asking for enough nurses on every floor.", "Kathleen Mulroney", False, None),
            ("disappointed", None, True, "P1"),
            (
                "Our doors will remain open and our patients will be cared for,",
                None,
                False,
                "P1",
            ),
        ],
        "posts": [("P1", None, None)],
        "people": ["Kathleen Mulroney"],
    },
    {
        "name": "measles-outbreak-briefing-and-substack",
        "text": (
            "State health officials confirmed three more measles cases in Yakima County on "
            "Friday, bringing the outbreak to 19 cases, most of them in unvaccinated children.\n\n"
            "“If your child is not vaccinated, now is the time,” Dr. Sunita Raman, the state "
            "epidemiologist, said at a briefing in Olympia. She said the department had set up "
            "free walk-in clinics in Yakima and Sunnyside.\n\n"
            "Raman said measles was “one of the most contagious diseases we know of,” and that an "
            "infected person could spread it to nine out of 10 unvaccinated people nearby.\n\n"
            "Dr. Alan Greer, a pediatrician in Yakima, wrote in an essay on Substack that he had "
            "treated two of the children. “I had never seen measles outside a textbook until this "
            "spring,” he wrote.\n\n"
            "In a statement, the Yakima County commissioners urged residents to check their "
            "vaccination records."
        ),
        "quotes": [
            ("If your child is not vaccinated, now is the time,", "Sunita Raman", False, None),
            ("one of the most contagious diseases we know of,", "Sunita Raman", True, None),
            (
                "I had never seen measles outside a textbook until this spring,",
                "Alan Greer",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Alan Greer", "Substack"), ("P2", None, None)],
        "people": ["Sunita Raman", "Alan Greer"],
    },
    {
        "name": "oklahoma-storms-farmer-and-weather-service",
        "text": (
            "A line of severe thunderstorms tore through central Oklahoma on Tuesday night, "
            "knocking out power to more than 80,000 homes and flattening barns near the town of "
            "Chandler.\n\n"
            '"It sounded like a freight train coming through the yard," said Wade Pickett, 67, '
            'whose machine shed was lifted off its foundation. "We got in the cellar with about a '
            'minute to spare."\n\n'
            "The National Weather Service said on X that a survey team would determine Wednesday "
            "whether a tornado had touched down.\n\n"
            '"Whether or not it was a tornado, the damage is the same for these families," '
            "meteorologist Jenna Albright of the weather service told KOCO 5 News. She said the "
            "storms had produced wind gusts of up to 90 mph."
        ),
        "quotes": [
            (
                "It sounded like a freight train coming through the yard,",
                "Wade Pickett",
                False,
                None,
            ),
            ("We got in the cellar with about a minute to spare.", "Wade Pickett", False, None),
            (
                "Whether or not it was a tornado, the damage is the same for these families,",
                "Jenna Albright",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, "X"), ("P2", "Jenna Albright", "KOCO 5 News")],
        "people": ["Wade Pickett", "Jenna Albright"],
    },
    {
        "name": "coach-fired-instagram-apology-comments",
        "text": (
            "Westbrook High School has fired its head football coach, Darnell Hughes, two weeks "
            "after a video showed him shoving a player on the sideline, the district confirmed "
            "Thursday.\n\n"
            "Hughes, who led the Panthers to a state title in 2019, apologized on Instagram hours "
            "later. “I let my temper get the best of me, and I have to live with that,” the "
            "42-year-old coach wrote. “I am sorry to that young man and his family.”\n\n"
            "Former player Isaiah Montgomery commented under the post: “You made me a man. "
            "Praying for you, Coach.” Others in the comments were less forgiving. “Sorry isn’t "
            "enough,” one user wrote."
        ),
        "quotes": [
            (
                "I let my temper get the best of me, and I have to live with that,",
                "Darnell Hughes",
                False,
                "P1",
            ),
            ("I am sorry to that young man and his family.", "Darnell Hughes", False, "P1"),
            ("You made me a man. Praying for you, Coach.", "Isaiah Montgomery", False, "P1"),
            ("Sorry isn’t enough,", None, False, "P1"),
        ],
        "posts": [("P1", "Darnell Hughes", "Instagram")],
        "people": ["Darnell Hughes", "Isaiah Montgomery"],
    },
    {
        "name": "judge-blocks-permit-law-opinion",
        "text": (
            "A federal judge on Monday blocked a new Tennessee law that would have required drag "
            "performers to obtain a state permit, ruling that it likely violated the First "
            "Amendment.\n\n"
            "In a 42-page opinion, U.S. District Judge Harriet Coleman wrote that the law was "
            "“vague to the point of meaninglessness” and gave local officials “nearly unlimited "
            "discretion” to decide who needed a permit.\n\n"
            "State Attorney General Bryce Whitcomb said the state would appeal. “The people of "
            "Tennessee, through their elected representatives, have every right to protect "
            "children,” he told reporters in Nashville.\n\n"
            "The lawsuit was filed in March by a group of Memphis theaters. “Today the "
            "Constitution won,” the group’s lawyer, Naomi Sutter, said in an email."
        ),
        "quotes": [
            ("vague to the point of meaninglessness", "Harriet Coleman", True, "P1"),
            ("nearly unlimited discretion", "Harriet Coleman", True, "P1"),
            (
                "The people of Tennessee, through their elected representatives, have every "
                "right to protect children,",
                "Bryce Whitcomb",
                False,
                None,
            ),
            ("Today the Constitution won,", "Naomi Sutter", False, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Coleman", None),
            ("P2", None, None),
            ("P3", "Naomi Sutter", None),
        ],
        "people": ["Harriet Coleman", "Bryce Whitcomb", "Naomi Sutter"],
    },
    {
        "name": "transit-fare-hearing-continued-quote",
        "text": (
            "Riders lined up for more than two hours Wednesday to testify against a proposed fare "
            "increase at a public hearing held by the Metro Valley Transit Authority.\n\n"
            "“I already spend a fifth of my paycheck getting to work,” said Rosa Delgado, a home "
            "health aide from the east side. “Where am I supposed to find another $30 a month?”\n\n"
            "The authority’s general manager, Trevor Lindqvist, said the agency faced a $48 "
            "million deficit when federal pandemic aid runs out next year. “Nobody up here wants "
            "to raise fares,” Lindqvist said. “But the alternative is cutting service, and that "
            "hurts the same riders.\n\n"
            "“If we do nothing, we will be running buses every 40 minutes instead of every 15 by "
            "next summer.”\n\n"
            "The board is scheduled to vote on the proposal June 12."
        ),
        "quotes": [
            (
                "I already spend a fifth of my paycheck getting to work,",
                "Rosa Delgado",
                False,
                None,
            ),
            ("Where am I supposed to find another $30 a month?", "Rosa Delgado", False, None),
            ("Nobody up here wants to raise fares,", "Trevor Lindqvist", False, None),
            (
                "But the alternative is cutting service, and that hurts the same riders.",
                "Trevor Lindqvist",
                False,
                None,
            ),
            (
                "If we do nothing, we will be running buses every 40 minutes instead of every 15 "
                "by next summer.",
                "Trevor Lindqvist",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Rosa Delgado", "Trevor Lindqvist"],
    },
    {
        "name": "governor-housing-bond-op-ed-and-news-conference",
        "text": (
            "Gov. Michelle Avery made her case for a $2 billion housing bond in an op-ed in The "
            "Denver Post on Sunday, calling the state’s housing shortage “an emergency hiding in "
            "plain sight.”\n\n"
            "“Teachers, nurses and firefighters cannot afford to live in the communities they "
            "serve,” Avery wrote. “That should alarm every one of us.”\n\n"
            "At a news conference on Monday, the governor said she was confident the bond would "
            "pass the legislature. “I have the votes,” she said. “Now I need the time.”\n\n"
            "House Minority Leader Curtis Bowman, a Republican, said in a statement that the bond "
            "would “saddle our grandchildren with debt.”"
        ),
        "quotes": [
            ("an emergency hiding in plain sight.", "Michelle Avery", True, "P1"),
            (
                "Teachers, nurses and firefighters cannot afford to live in the communities they "
                "serve,",
                "Michelle Avery",
                False,
                "P1",
            ),
            ("That should alarm every one of us.", "Michelle Avery", False, "P1"),
            ("I have the votes,", "Michelle Avery", False, None),
            ("Now I need the time.", "Michelle Avery", False, None),
            ("saddle our grandchildren with debt.", "Curtis Bowman", True, "P2"),
        ],
        "posts": [("P1", "Michelle Avery", "The Denver Post"), ("P2", "Curtis Bowman", None)],
        "people": ["Michelle Avery", "Curtis Bowman"],
    },
    {
        "name": "software-ceo-linkedin-layoffs",
        "text": (
            "The software company Brightloom is laying off about 300 employees, or 12% of its "
            "staff, its chief executive, Omar Haddad, said in a post on LinkedIn on Tuesday.\n\n"
            "“These are talented people who did nothing wrong,” Haddad wrote. “The mistakes were "
            "mine. I hired ahead of demand, and we are paying for it now.”\n\n"
            "One of the laid-off engineers, Priya Natarajan, replied to the post with a list of "
            "her projects and a request for job leads. In a separate LinkedIn post of her own, "
            "she wrote that she had learned of her layoff “from a locked laptop at 7 a.m.”"
        ),
        "quotes": [
            ("These are talented people who did nothing wrong,", "Omar Haddad", False, "P1"),
            (
                "The mistakes were mine. I hired ahead of demand, and we are paying for it now.",
                "Omar Haddad",
                False,
                "P1",
            ),
            ("from a locked laptop at 7 a.m.", "Priya Natarajan", True, "P2"),
        ],
        "posts": [("P1", "Omar Haddad", "LinkedIn"), ("P2", "Priya Natarajan", "LinkedIn")],
        "people": ["Omar Haddad", "Priya Natarajan"],
    },
    {
        "name": "former-guard-podcast-and-roommate-phone",
        "text": (
            "Former NBA guard Terrence Mayfield said he nearly quit basketball in college after "
            "his mother died, in an interview on the podcast “Open Court” released Wednesday.\n\n"
            "“I didn’t touch a ball for three months,” said Mayfield, 38. “My roommate dragged me "
            "back into the gym. I owe him everything.”\n\n"
            "That roommate, Jordan Ellery, is now an assistant coach at Gonzaga. Reached by phone "
            "on Thursday, Ellery laughed. “He would have come back on his own,” he said. “I just "
            "sped it up.”"
        ),
        "quotes": [
            ("I didn’t touch a ball for three months,", "Terrence Mayfield", False, "P1"),
            (
                "My roommate dragged me back into the gym. I owe him everything.",
                "Terrence Mayfield",
                False,
                "P1",
            ),
            ("He would have come back on his own,", "Jordan Ellery", False, None),
            ("I just sped it up.", "Jordan Ellery", False, None),
        ],
        "posts": [("P1", "Terrence Mayfield", "Open Court")],
        "people": ["Terrence Mayfield", "Jordan Ellery"],
    },
    {
        "name": "library-cuts-threads-town-hall-memo",
        "text": (
            "Mayor Gordon Pike’s proposed budget would cut the city’s library hours by a third, a "
            "move that drew swift criticism on Friday from the City Council’s finance chair.\n\n"
            "“Libraries are where kids go when they have nowhere else to go,” Councilwoman Aisha "
            "Bello wrote on Threads. “Cutting them is a choice, not a necessity.”\n\n"
            "Pike defended the plan at a town hall in the Eastgate neighborhood on Saturday. The "
            "city faces a $22 million shortfall, he said, and “every department is giving "
            "something up.” “I love our libraries,” the mayor said. “I also have to balance a "
            "budget.”\n\n"
            "A memo from the city’s budget director, Nadia Karim, sent to department heads last "
            "week, ordered a hiring freeze through June and warned that further cuts were "
            "“likely, not possible.”"
        ),
        "quotes": [
            (
                "Libraries are where kids go when they have nowhere else to go,",
                "Aisha Bello",
                False,
                "P1",
            ),
            ("Cutting them is a choice, not a necessity.", "Aisha Bello", False, "P1"),
            ("every department is giving something up.", "Gordon Pike", True, None),
            ("I love our libraries,", "Gordon Pike", False, None),
            ("I also have to balance a budget.", "Gordon Pike", False, None),
            ("likely, not possible.", "Nadia Karim", True, "P2"),
        ],
        "posts": [("P1", "Aisha Bello", "Threads"), ("P2", "Nadia Karim", None)],
        "people": ["Gordon Pike", "Aisha Bello", "Nadia Karim"],
    },
    {
        "name": "tenants-sue-landlord-statement-quotes-president",
        "text": (
            "More than 40 tenants of the Riverside Towers apartment complex in Newark sued their "
            "landlord on Monday, accusing it of ignoring mold, broken elevators and months "
            "without heat.\n\n"
            "“We have been living like this for two winters,” said Gloria Achebe, 71, one of the "
            "plaintiffs, who uses a walker and lives on the 11th floor. “When the elevator is "
            "out, I am a prisoner in my own apartment.”\n\n"
            "The lawsuit, filed in Essex County Superior Court, says the landlord, Halberd "
            "Property Group, “knowingly allowed the building to fall into disrepair.”\n\n"
            "In a statement, Halberd said it had spent $1.2 million on repairs since buying the "
            "building in 2022. “We share our residents’ frustration,” the statement quoted the "
            "company’s president, Stephen Rourke, as saying."
        ),
        "quotes": [
            ("We have been living like this for two winters,", "Gloria Achebe", False, None),
            (
                "When the elevator is out, I am a prisoner in my own apartment.",
                "Gloria Achebe",
                False,
                None,
            ),
            ("knowingly allowed the building to fall into disrepair.", None, True, "P1"),
            ("We share our residents’ frustration,", "Stephen Rourke", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", None, None)],
        "people": ["Gloria Achebe", "Stephen Rourke"],
    },
    {
        "name": "virologist-reddit-ama-bird-flu",
        "text": (
            "Dr. Lena Forsberg, the virologist who led the team that identified a new strain of "
            'bird flu in dairy cattle, answered questions from the public in a Reddit "Ask Me '
            'Anything" session on Tuesday.\n\n'
            'Asked whether people should stop drinking milk, Forsberg wrote: "Pasteurized milk is '
            'safe. Raw milk is a different story, and I would not drink it right now."\n\n'
            'One user asked whether the strain could spread between people. "So far we have no '
            'evidence of that," she replied. "That is exactly what we are watching for."'
        ),
        "quotes": [
            (
                "Pasteurized milk is safe. Raw milk is a different story, and I would not drink "
                "it right now.",
                "Lena Forsberg",
                False,
                "P1",
            ),
            ("So far we have no evidence of that,", "Lena Forsberg", False, "P1"),
            ("That is exactly what we are watching for.", "Lena Forsberg", False, "P1"),
        ],
        "posts": [("P1", "Lena Forsberg", "Reddit")],
        "people": ["Lena Forsberg"],
    },
    {
        "name": "taco-shop-tiktok-rat-inspection",
        "text": (
            "A viral TikTok video showing a rat running across the counter of a popular taco shop "
            "in Austin has led to a surprise health inspection and a temporary closure.\n\n"
            "The video, posted Sunday by a customer, has been viewed more than 4 million times. "
            "“I will never eat here again,” she says in the clip.\n\n"
            "The shop’s owner, Hector Villanueva, said in an interview Tuesday that he had hired "
            "a new pest control company and expected to reopen by the weekend. “We have been here "
            "19 years, and nothing like this has ever happened,” he said. “One video can erase "
            "all of that.”\n\n"
            "A city inspection report cited “evidence of rodent activity” in the kitchen and "
            "storeroom."
        ),
        "quotes": [
            ("I will never eat here again,", None, False, "P1"),
            (
                "We have been here 19 years, and nothing like this has ever happened,",
                "Hector Villanueva",
                False,
                None,
            ),
            ("One video can erase all of that.", "Hector Villanueva", False, None),
            ("evidence of rodent activity", None, True, "P2"),
        ],
        "posts": [("P1", None, "TikTok"), ("P2", None, None)],
        "people": ["Hector Villanueva"],
    },
    {
        "name": "indicted-lawmaker-letter-and-youtube",
        "text": (
            "State Rep. Dwayne Castille resigned on Thursday, two days after he was indicted on "
            "federal charges of taking bribes from a towing company.\n\n"
            "In a one-page letter to House Speaker Lorraine Batiste, Castille wrote that he was "
            "stepping down “to spare my constituents and this institution a distraction.” He did "
            "not mention the charges.\n\n"
            "Hours later, the Baton Rouge Democrat posted a video on YouTube. “I am innocent, and "
            "I will prove it in court,” he said in the video. “But the people of District 61 "
            "deserve a representative who can give them his full attention.”\n\n"
            "Batiste said she had received the letter. “It is a sad day for this House,” she told "
            "reporters."
        ),
        "quotes": [
            (
                "to spare my constituents and this institution a distraction.",
                "Dwayne Castille",
                True,
                "P1",
            ),
            ("I am innocent, and I will prove it in court,", "Dwayne Castille", False, "P2"),
            (
                "But the people of District 61 deserve a representative who can give them his "
                "full attention.",
                "Dwayne Castille",
                False,
                "P2",
            ),
            ("It is a sad day for this House,", "Lorraine Batiste", False, None),
        ],
        "posts": [("P1", "Dwayne Castille", None), ("P2", "Dwayne Castille", "YouTube")],
        "people": ["Dwayne Castille", "Lorraine Batiste"],
    },
    {
        "name": "wildfire-battalion-chief-bee-and-bluesky",
        "text": (
            "The wildfire burning in the hills above Paradise Valley grew to 12,000 acres "
            "overnight and was 15% contained Saturday, fire officials said, as crews battled "
            "gusty winds and single-digit humidity.\n\n"
            "“This fire is moving faster than anything I have seen in 26 years,” Cal Fire "
            "Battalion Chief Ruben Ortega told The Sacramento Bee. “We are asking people to leave "
            "when we tell them to leave, not an hour later.”\n\n"
            "Evacuation orders covered about 4,000 residents. Among them was Margaret Lindell, "
            "83, who said she left with her two cats and her late husband’s medals. “Everything "
            "else can burn,” she said.\n\n"
            "State Sen. Victor Amaral wrote on Bluesky that he had asked the governor to request "
            "a federal emergency declaration, adding that the community “cannot wait another week "
            "for help.”"
        ),
        "quotes": [
            (
                "This fire is moving faster than anything I have seen in 26 years,",
                "Ruben Ortega",
                False,
                "P1",
            ),
            (
                "We are asking people to leave when we tell them to leave, not an hour later.",
                "Ruben Ortega",
                False,
                "P1",
            ),
            ("Everything else can burn,", "Margaret Lindell", False, None),
            ("cannot wait another week for help.", "Victor Amaral", True, "P2"),
        ],
        "posts": [("P1", "Ruben Ortega", "The Sacramento Bee"), ("P2", "Victor Amaral", "Bluesky")],
        "people": ["Ruben Ortega", "Margaret Lindell", "Victor Amaral"],
    },
]
