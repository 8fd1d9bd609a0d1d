"""The fortieth self-made dev set, held out (AT): its first run is an unseen estimate.

Written with set AU, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks; "told" a
named newspaper is such an interview); a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed in a named newspaper or on a named platform has
that platform; a press release or earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to that post and a post "of her own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement, letter or lawsuit has author None even when it quotes a named person,
whose quotes link to it; titles, nicknames and scare quotes in marks are not
quotes; speakers and authors are canonical full names; partial is True for a
fragment quoted inside narration.

Decisions the conventions did not cover:
- A podcast episode with a named show is an interview with that show: a post
  whose platform is the show's name, written without its quotation marks.
- A phone interview with the reporter (no outlet named) is not a post.
- Words a victim's relative says to the court at a sentencing are not a post; a
  letter to the judge filed in the case is a post with no platform, by its
  writer.
- An organisation's own Facebook post has author None; a named resident's
  comment under it has that resident as speaker and that post as its post.
- An unnamed user's remark in a Reddit thread is one Reddit post with author
  None.
- A quote given in the same sentence as "told <outlet>", and the unattributed
  sentence that follows it from the same speaker, belong to that interview.
- A quote that a statement is said to contain ("Lang said in the statement")
  belongs to the statement.
- A sentence split in two by its attribution gives two quotes, neither partial.
- A statement or release that is reported without any quoted words is still a
  post.
- The title of an internal report in marks is left out, like a book title.
- A quote a person says in a TikTok or YouTube video ("she said in the video")
  belongs to that video's post, authored by the person who posted it.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AT: list[dict] = [
    {
        "name": "county-budget-cut-meeting-and-facebook",
        "text": (
            "The Harlan County Commission voted 3-2 on Tuesday night to cut $4.2 million from "
            "the sheriff’s office budget, the deepest reduction in the department’s history.\n\n"
            "“We are asking every department to do more with less, and the sheriff is not "
            "exempt,” said Commissioner Dana Whitcomb, who wrote the proposal. “Nobody up here "
            "enjoys this.\n\n"
            "“But the money is simply not there.”\n\n"
            "Commissioner Ray Okafor, who voted against the cut, wrote on Facebook hours after "
            "the meeting that residents in the county’s rural north would “pay for this with "
            "longer response times.” Sheriff Tom Brandt did not respond to a request for comment."
        ),
        "quotes": [
            (
                "We are asking every department to do more with less, and the sheriff is not exempt,",
                "Dana Whitcomb",
                False,
                None,
            ),
            ("Nobody up here enjoys this.", "Dana Whitcomb", False, None),
            ("But the money is simply not there.", "Dana Whitcomb", False, None),
            ("pay for this with longer response times.", "Ray Okafor", True, "P1"),
        ],
        "posts": [("P1", "Ray Okafor", "Facebook")],
        "people": ["Dana Whitcomb", "Ray Okafor", "Tom Brandt"],
    },
    {
        "name": "prison-heat-lawsuit-and-spokeswoman-statement",
        "text": (
            "Five men held at the Ferris Unit, a state prison outside Huntsville, sued the Texas "
            "Department of Criminal Justice on Monday, saying temperatures inside their housing "
            "block routinely top 105 degrees in summer.\n\n"
            "The lawsuit, filed in federal court by the Texas Civil Rights Project, calls the "
            "conditions “a slow-motion death sentence” for older prisoners and those with heart "
            "disease. One plaintiff, Harold Benoit, 67, has been hospitalized twice for heat "
            "stroke, according to the filing.\n\n"
            "“Every summer we count who didn’t make it,” Benoit said in a phone interview from "
            "the prison.\n\n"
            "A department spokeswoman, Amanda Reyes, said in a statement that the agency had "
            "installed air conditioning in 40 percent of its beds and was “working as fast as "
            "funding allows.” She declined to comment on the lawsuit."
        ),
        "quotes": [
            ("a slow-motion death sentence", None, True, "P1"),
            ("Every summer we count who didn’t make it,", "Harold Benoit", False, None),
            ("working as fast as funding allows.", "Amanda Reyes", True, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Amanda Reyes", None)],
        "people": ["Harold Benoit", "Amanda Reyes"],
    },
    {
        "name": "superintendent-memo-school-closures",
        "text": (
            "Superintendent Karen Oduya told principals in a memo on Friday that the Millbrook "
            "School District would close two elementary schools at the end of the year, citing "
            "a 19 percent drop in enrollment since 2015.\n\n"
            "“These are good schools with dedicated staff. The decision has nothing to do with "
            "their performance,” Oduya wrote. “It has everything to do with the number of "
            "children we have.”\n\n"
            "At a school board meeting on Monday, parents packed the auditorium. “You closed our "
            "school without asking a single family,” said Luis Carranza, whose two daughters "
            "attend Westfield Elementary. “That is not how a public school district should "
            "work.”\n\n"
            "Board President Janet Kowalski said the board would hold two public hearings before "
            "a final vote in March."
        ),
        "quotes": [
            (
                "These are good schools with dedicated staff. The decision has nothing to do with "
                "their performance,",
                "Karen Oduya",
                False,
                "P1",
            ),
            (
                "It has everything to do with the number of children we have.",
                "Karen Oduya",
                False,
                "P1",
            ),
            ("You closed our school without asking a single family,", "Luis Carranza", False, None),
            ("That is not how a public school district should work.", "Luis Carranza", False, None),
        ],
        "posts": [("P1", "Karen Oduya", None)],
        "people": ["Karen Oduya", "Luis Carranza", "Janet Kowalski"],
    },
    {
        "name": "measles-briefing-and-health-department-release",
        "text": (
            "Health officials in Lubbock County confirmed six new measles cases on Wednesday, "
            "bringing the outbreak to 31, most of them unvaccinated children.\n\n"
            "“This is the largest outbreak we have seen here in more than two decades,” Dr. Priya "
            "Natarajan, the county’s health director, told reporters at a briefing. “If your "
            "child has not had both doses, please call your doctor today.”\n\n"
            "In a news release issued later in the day, the health department said it would open "
            "free vaccination clinics at three schools. The release quoted Natarajan saying the "
            "clinics were “the fastest way to stop this.”\n\n"
            "Carla Jennings, a mother of three who lives near one of the schools, said she "
            "planned to bring her youngest. “I was on the fence. I’m not anymore,” she said."
        ),
        "quotes": [
            (
                "This is the largest outbreak we have seen here in more than two decades,",
                "Priya Natarajan",
                False,
                None,
            ),
            (
                "If your child has not had both doses, please call your doctor today.",
                "Priya Natarajan",
                False,
                None,
            ),
            ("the fastest way to stop this.", "Priya Natarajan", True, "P1"),
            ("I was on the fence. I’m not anymore,", "Carla Jennings", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Priya Natarajan", "Carla Jennings"],
    },
    {
        "name": "warehouse-strike-tiktok-and-company-statement",
        "text": (
            "Workers at a Dalworth Logistics warehouse in Joliet walked off the job on Thursday, "
            "the first strike at any of the company’s Illinois sites.\n\n"
            "Union organizer Marisol Vega, 29, posted a video on TikTok from the picket line. "
            "“We move 80,000 packages a night and they won’t give us a water break,” she said in "
            "the clip, which had been viewed more than 400,000 times by Friday.\n\n"
            "Dalworth said in a statement that the strike involved “a small number of employees” "
            "and that operations were continuing. The statement quoted Greg Lindholm, the "
            "company’s vice president for operations: “We respect our associates’ right to be "
            "heard, and we believe our pay and benefits are among the best in the industry.”"
        ),
        "quotes": [
            (
                "We move 80,000 packages a night and they won’t give us a water break,",
                "Marisol Vega",
                False,
                "P1",
            ),
            ("a small number of employees", None, True, "P2"),
            (
                "We respect our associates’ right to be heard, and we believe our pay and "
                "benefits are among the best in the industry.",
                "Greg Lindholm",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Marisol Vega", "TikTok"), ("P2", None, None)],
        "people": ["Marisol Vega", "Greg Lindholm"],
    },
    {
        "name": "river-spill-radio-interview",
        "text": (
            "A ruptured pipe at the Cortland Paper mill released an estimated 12,000 gallons of "
            "wastewater into the Tioughnioga River over the weekend, state environmental "
            "officials said Monday.\n\n"
            "Dead fish were reported along a three-mile stretch below the mill. “It looked like "
            "somebody had poured milk into the river,” said Evan Stoltz, who runs a canoe rental "
            "business downstream.\n\n"
            "Mill manager Doug Farrell said the pipe had been repaired within hours. “We caught "
            "it, we fixed it, and we reported it ourselves,” Farrell told WRVO on Monday. In the "
            "interview, he called the fish kill “deeply regrettable” and said the company would "
            "pay for the cleanup.\n\n"
            "The state Department of Environmental Conservation said it was investigating."
        ),
        "quotes": [
            (
                "It looked like somebody had poured milk into the river,",
                "Evan Stoltz",
                False,
                None,
            ),
            (
                "We caught it, we fixed it, and we reported it ourselves,",
                "Doug Farrell",
                False,
                "P1",
            ),
            ("deeply regrettable", "Doug Farrell", True, "P1"),
        ],
        "posts": [("P1", "Doug Farrell", "WRVO")],
        "people": ["Evan Stoltz", "Doug Farrell"],
    },
    {
        "name": "university-tuition-freeze-email-and-reddit",
        "text": (
            "The president of Eastbrook University announced in an email to students and faculty "
            "on Tuesday that the school would freeze tuition for the next two years.\n\n"
            "“Families have told us, loudly and clearly, that the cost of college has become a "
            "barrier,” President Alan Whitford wrote. “We heard them.”\n\n"
            "The email also said the university would trim administrative spending by 8 percent. "
            "On Reddit, where students shared screenshots of the message, one user wrote: “Cool, "
            "now do housing.”\n\n"
            "Sophia Tran, president of the student government, said the freeze was welcome but "
            "overdue. “Students have been asking for this since I was a freshman,” said Tran, a "
            "senior."
        ),
        "quotes": [
            (
                "Families have told us, loudly and clearly, that the cost of college has become "
                "a barrier,",
                "Alan Whitford",
                False,
                "P1",
            ),
            ("We heard them.", "Alan Whitford", False, "P1"),
            ("Cool, now do housing.", None, False, "P2"),
            (
                "Students have been asking for this since I was a freshman,",
                "Sophia Tran",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Alan Whitford", None), ("P2", None, "Reddit")],
        "people": ["Alan Whitford", "Sophia Tran"],
    },
    {
        "name": "senator-town-hall-then-x-post",
        "text": (
            "State Sen. Rebecca Moulton faced a hostile crowd at a town hall in Dover on Saturday "
            "over her vote to expand offshore wind leases.\n\n"
            "“I understand the anger in this room,” Moulton said, as some in the audience shouted "
            "over her. “But I will not apologize for voting to bring jobs to this state.”\n\n"
            "Hours later, the Republican senator posted on X that the meeting had been “hijacked "
            "by people who don’t live in this district.” Gary Pruitt, a commercial fisherman from "
            "Lewes who attended, disputed that. “I’ve lived here 54 years,” he said. “She just "
            "didn’t like what she heard.”"
        ),
        "quotes": [
            ("I understand the anger in this room,", "Rebecca Moulton", False, None),
            (
                "But I will not apologize for voting to bring jobs to this state.",
                "Rebecca Moulton",
                False,
                None,
            ),
            (
                "hijacked by people who don’t live in this district.",
                "Rebecca Moulton",
                True,
                "P1",
            ),
            ("I’ve lived here 54 years,", "Gary Pruitt", False, None),
            ("She just didn’t like what she heard.", "Gary Pruitt", False, None),
        ],
        "posts": [("P1", "Rebecca Moulton", "X")],
        "people": ["Rebecca Moulton", "Gary Pruitt"],
    },
    {
        "name": "judge-opinion-voter-rolls",
        "text": (
            "A federal judge on Thursday blocked Carroll County from removing about 9,000 names "
            "from its voter rolls, ruling that the county had failed to give voters proper "
            "notice.\n\n"
            "In a 38-page opinion, U.S. District Judge Miriam Castellanos wrote that the county’s "
            "process was “riddled with errors” and had flagged voters who had lived at the same "
            "address for decades. “The right to vote is not a privilege that a clerk may revoke "
            "by mailing a postcard to the wrong house,” she wrote.\n\n"
            "Outside the courthouse, Nathan Kessler, a lawyer for the voters, called the ruling "
            "“a complete vindication.” County Attorney Philip Drummond told reporters the county "
            "would appeal. “We followed state law to the letter,” Drummond said."
        ),
        "quotes": [
            ("riddled with errors", "Miriam Castellanos", True, "P1"),
            (
                "The right to vote is not a privilege that a clerk may revoke by mailing a "
                "postcard to the wrong house,",
                "Miriam Castellanos",
                False,
                "P1",
            ),
            ("a complete vindication.", "Nathan Kessler", True, None),
            ("We followed state law to the letter,", "Philip Drummond", False, None),
        ],
        "posts": [("P1", "Miriam Castellanos", None)],
        "people": ["Miriam Castellanos", "Nathan Kessler", "Philip Drummond"],
    },
    {
        "name": "food-company-earnings-release-and-call",
        "text": (
            "Brightline Foods said Tuesday that its quarterly profit fell 22 percent as shoppers "
            "traded down to store brands, sending its shares down 9 percent in early trading.\n\n"
            "In its earnings release, the company quoted Chief Executive Laura Benning as saying "
            "the quarter had been “challenging but not surprising.” Revenue was $2.1 billion, "
            "slightly below analysts’ forecasts.\n\n"
            "On a call with analysts, Benning was more blunt. “We priced ourselves out of some "
            "households, and that was a mistake,” she said. “We are going to fix it.”\n\n"
            "“I think the market was hoping for a plan,” said Tomás Ibarra, an analyst at Piper "
            "Sandler, “and it got an apology.”"
        ),
        "quotes": [
            ("challenging but not surprising.", "Laura Benning", True, "P1"),
            (
                "We priced ourselves out of some households, and that was a mistake,",
                "Laura Benning",
                False,
                None,
            ),
            ("We are going to fix it.", "Laura Benning", False, None),
            ("I think the market was hoping for a plan,", "Tomás Ibarra", False, None),
            ("and it got an apology.", "Tomás Ibarra", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Laura Benning", "Tomás Ibarra"],
    },
    {
        "name": "fired-coach-tv-interview-and-statement",
        "text": (
            "Northgate High School fired its head football coach, Derek Sims, on Monday after an "
            "investigation into hazing in the team’s locker room.\n\n"
            "In an interview with KSDK on Tuesday, Sims said he had never been told about the "
            "hazing. “If I had known, I would have stopped it that day,” the 42-year-old coach "
            "said. “I have given 15 years to these kids.”\n\n"
            "Athletic director Monica Pryor said in a statement that the district had “lost "
            "confidence in the leadership of the program.” Parents of two players who were hurt "
            "declined to comment."
        ),
        "quotes": [
            ("If I had known, I would have stopped it that day,", "Derek Sims", False, "P1"),
            ("I have given 15 years to these kids.", "Derek Sims", False, "P1"),
            ("lost confidence in the leadership of the program.", "Monica Pryor", True, "P2"),
        ],
        "posts": [("P1", "Derek Sims", "KSDK"), ("P2", "Monica Pryor", None)],
        "people": ["Derek Sims", "Monica Pryor"],
    },
    {
        "name": "rent-cap-op-ed-and-bluesky-reply",
        "text": (
            "State Rep. Colleen Murtagh argued in an op-ed in The Boston Globe on Sunday that "
            "Massachusetts should cap rent increases at 5 percent a year.\n\n"
            "“Working families are being priced out of the towns they grew up in,” the Melrose "
            "Democrat wrote. “A cap is not a cure, but it stops the bleeding.”\n\n"
            "Paul Delaney, president of the Bay State Landlords Association, responded on "
            "Bluesky, calling rent control “a policy that has failed everywhere it has been "
            "tried.” Murtagh said Monday at a State House news conference that “the votes are "
            "there” to bring the bill to the House floor by June."
        ),
        "quotes": [
            (
                "Working families are being priced out of the towns they grew up in,",
                "Colleen Murtagh",
                False,
                "P1",
            ),
            ("A cap is not a cure, but it stops the bleeding.", "Colleen Murtagh", False, "P1"),
            (
                "a policy that has failed everywhere it has been tried.",
                "Paul Delaney",
                True,
                "P2",
            ),
            ("the votes are there", "Colleen Murtagh", True, None),
        ],
        "posts": [("P1", "Colleen Murtagh", "The Boston Globe"), ("P2", "Paul Delaney", "Bluesky")],
        "people": ["Colleen Murtagh", "Paul Delaney"],
    },
    {
        "name": "police-wrong-apartment-facebook-apology",
        "text": (
            "The Ridgefield Police Department apologized on Facebook on Wednesday after officers "
            "raided the wrong apartment while serving a drug warrant.\n\n"
            "“We got it wrong, and we are sorry,” the department wrote. “We have reached out to "
            "the family to make this right.”\n\n"
            "Terrence Hill, who lives next door, commented under the post: “They broke the door "
            "with kids inside. Sorry isn’t enough.”\n\n"
            "Police Chief Angela Morrow told reporters on Thursday that the officers involved had "
            "been placed on desk duty. “There will be a full review,” Morrow said."
        ),
        "quotes": [
            ("We got it wrong, and we are sorry,", None, False, "P1"),
            ("We have reached out to the family to make this right.", None, False, "P1"),
            (
                "They broke the door with kids inside. Sorry isn’t enough.",
                "Terrence Hill",
                False,
                "P1",
            ),
            ("There will be a full review,", "Angela Morrow", False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Terrence Hill", "Angela Morrow"],
    },
    {
        "name": "almond-grower-drought-podcast",
        "text": (
            "Almond grower Victor Salazar has fallowed a third of his 600 acres near Fresno this "
            "year as California’s drought stretches into its fourth summer.\n\n"
            "“You can’t grow trees on promises,” Salazar said on the “Ag Roundup” podcast this "
            "week, referring to the state’s water allocation, which was cut to 5 percent in "
            "March. “I’ve got neighbors who are selling out.”\n\n"
            "Wade Collier, a hydrologist at the University of California, Davis, said groundwater "
            "levels in the area had dropped 30 feet in a decade. “We are mining water that took "
            "thousands of years to collect,” he said."
        ),
        "quotes": [
            ("You can’t grow trees on promises,", "Victor Salazar", False, "P1"),
            ("I’ve got neighbors who are selling out.", "Victor Salazar", False, "P1"),
            (
                "We are mining water that took thousands of years to collect,",
                "Wade Collier",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Victor Salazar", "Ag Roundup")],
        "people": ["Victor Salazar", "Wade Collier"],
    },
    {
        "name": "hospital-ceo-linkedin-nurse-comment-and-tiktok",
        "text": (
            "The chief executive of St. Brendan’s Medical Center, Howard Lin, wrote on LinkedIn "
            "on Monday that the hospital had “never been better staffed,” two days after nurses "
            "voted to authorize a strike.\n\n"
            "Keisha Barnes, who has worked in the hospital’s intensive care unit for 11 years, "
            "replied in the comments: “Come work a night shift with us, Howard.”\n\n"
            "Barnes later posted a video of her own on TikTok describing a shift in which she "
            "cared for four critically ill patients at once. “That is not safe for them and it is "
            "not safe for me,” she said in the video.\n\n"
            "The hospital said in a statement that its nurse-to-patient ratios met state "
            "guidelines."
        ),
        "quotes": [
            ("never been better staffed,", "Howard Lin", True, "P1"),
            ("Come work a night shift with us, Howard.", "Keisha Barnes", False, "P1"),
            (
                "That is not safe for them and it is not safe for me,",
                "Keisha Barnes",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Howard Lin", "LinkedIn"),
            ("P2", "Keisha Barnes", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Howard Lin", "Keisha Barnes"],
    },
    {
        "name": "nursing-home-aide-sentencing-letter",
        "text": (
            "A former Waukesha County nursing home aide was sentenced Friday to 12 years in "
            "prison for stealing painkillers from residents and replacing them with water.\n\n"
            "Before the sentence was handed down, Jolene Marsh, whose father lived at the home, "
            "told the court that he had spent his final weeks “in pain no one could explain.” "
            "“He trusted the people in those scrubs,” she said.\n\n"
            "In a letter to the judge filed last week, the aide, Brittany Kohl, 34, wrote that "
            "addiction had “taken everything” from her. “I am not asking for mercy. I am asking "
            "for a chance to get clean,” Kohl wrote.\n\n"
            "Circuit Judge Samuel Brennan said the letter did not change the harm done. “Your "
            "victims could not ask for anything,” Brennan said."
        ),
        "quotes": [
            ("in pain no one could explain.", "Jolene Marsh", True, None),
            ("He trusted the people in those scrubs,", "Jolene Marsh", False, None),
            ("taken everything", "Brittany Kohl", True, "P1"),
            (
                "I am not asking for mercy. I am asking for a chance to get clean,",
                "Brittany Kohl",
                False,
                "P1",
            ),
            ("Your victims could not ask for anything,", "Samuel Brennan", False, None),
        ],
        "posts": [("P1", "Brittany Kohl", None)],
        "people": ["Jolene Marsh", "Brittany Kohl", "Samuel Brennan"],
    },
    {
        "name": "wildfire-briefing-and-governor-statement",
        "text": (
            "Evacuation orders were lifted Sunday for most of the 3,000 residents of Pine Hollow "
            "as firefighters gained ground on the Bear Creek fire, which has burned 14,000 acres "
            "in southern Oregon.\n\n"
            "“We’re not out of the woods, literally or figuratively,” Fire Chief Ben Ortega said "
            "at a morning briefing. He said crews had reached 60 percent containment.\n\n"
            "Gov. Teresa Lang said in a statement that the state would seek federal disaster aid. "
            "“The people of Pine Hollow have lost homes, businesses and a summer. They will not be "
            "left to rebuild alone,” Lang said in the statement.\n\n"
            "Much of the damage was on the ridge that locals call “the Matchstick,” where a 2017 "
            "fire also burned."
        ),
        "quotes": [
            (
                "We’re not out of the woods, literally or figuratively,",
                "Ben Ortega",
                False,
                None,
            ),
            (
                "The people of Pine Hollow have lost homes, businesses and a summer. They will "
                "not be left to rebuild alone,",
                "Teresa Lang",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Teresa Lang", None)],
        "people": ["Ben Ortega", "Teresa Lang"],
    },
    {
        "name": "light-rail-substack-and-newspaper-interview",
        "text": (
            "A former member of the Sound Valley Transit board is calling for an outside audit "
            "of the agency’s $1.8 billion light-rail extension, which is three years behind "
            "schedule.\n\n"
            "In a post on his Substack, Michael Dunleavy, who left the board in January, wrote "
            "that members had been shown “a version of the budget that bore no resemblance to "
            "reality.” He cited an internal report titled “Phase Two Risk Review,” which he said "
            "had warned of delays as early as 2021.\n\n"
            "“Every board member had access to that document,” agency spokeswoman Tanya Greer "
            "told The Seattle Times. “Mr. Dunleavy is entitled to his opinion, but not to his own "
            "facts.”\n\n"
            "Board Chair Ellen Ma said Wednesday at a board meeting that she would ask the state "
            "auditor to review the project."
        ),
        "quotes": [
            (
                "a version of the budget that bore no resemblance to reality.",
                "Michael Dunleavy",
                True,
                "P1",
            ),
            ("Every board member had access to that document,", "Tanya Greer", False, "P2"),
            (
                "Mr. Dunleavy is entitled to his opinion, but not to his own facts.",
                "Tanya Greer",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Michael Dunleavy", "Substack"),
            ("P2", "Tanya Greer", "The Seattle Times"),
        ],
        "people": ["Michael Dunleavy", "Tanya Greer", "Ellen Ma"],
    },
    {
        "name": "novel-removed-youtube-and-threads-straight-quotes",
        "text": (
            'The Pinecrest school board voted 4-1 on Monday to remove the novel "The Summer We '
            'Burned" from middle school libraries after a parent complained about a scene '
            "depicting self-harm.\n\n"
            "Eighth-grade English teacher Rachel Dominguez, who had assigned the book for six "
            'years, posted a video on YouTube the next morning. "This book has saved kids. I have '
            'the letters to prove it," she said in the video.\n\n'
            "Board member Kyle Ashby, who made the motion, defended the vote at the meeting. "
            '"Parents, not librarians, should decide what 12-year-olds read about suicide," '
            "Ashby said.\n\n"
            "The novel's author, Nora Feld, wrote on Threads that she was \"heartbroken but not "
            'surprised."'
        ),
        "quotes": [
            (
                "This book has saved kids. I have the letters to prove it,",
                "Rachel Dominguez",
                False,
                "P1",
            ),
            (
                "Parents, not librarians, should decide what 12-year-olds read about suicide,",
                "Kyle Ashby",
                False,
                None,
            ),
            ("heartbroken but not surprised.", "Nora Feld", True, "P2"),
        ],
        "posts": [("P1", "Rachel Dominguez", "YouTube"), ("P2", "Nora Feld", "Threads")],
        "people": ["Rachel Dominguez", "Kyle Ashby", "Nora Feld"],
    },
    {
        "name": "pfas-water-letter-hearing-and-npr",
        "text": (
            "Residents of Millersburg learned this month that their drinking water contains PFAS, "
            "the so-called “forever chemicals,” at levels four times the new federal limit.\n\n"
            "The Millersburg Water Authority disclosed the results in a letter mailed to "
            "customers, saying the water was “safe for everyday use” while it studies treatment "
            "options. At a public hearing on Tuesday, residents were skeptical. “You told us it "
            "was safe for ten years,” said Doris Kemper, 71. “Why would we believe you now?”\n\n"
            "Lena Hoffmann, an environmental chemist at Lehigh University, said in an interview "
            "with NPR that long-term exposure has been linked to kidney and testicular cancer. "
            "“There is no safe level that anyone can point to with confidence,” Hoffmann told "
            "NPR.\n\n"
            "Authority director Frank Tillman said at the hearing that a filtration system could "
            "be in place by 2027."
        ),
        "quotes": [
            ("safe for everyday use", None, True, "P1"),
            ("You told us it was safe for ten years,", "Doris Kemper", False, None),
            ("Why would we believe you now?", "Doris Kemper", False, None),
            (
                "There is no safe level that anyone can point to with confidence,",
                "Lena Hoffmann",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Lena Hoffmann", "NPR")],
        "people": ["Doris Kemper", "Lena Hoffmann", "Frank Tillman"],
    },
]
