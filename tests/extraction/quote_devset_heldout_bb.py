"""The forty-eighth self-made dev set, held out (BB): its first run is an unseen estimate.

Written with set BC, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it, a post "of his own" is a new one; a later fragment
or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- A post in a named Facebook group is a Facebook post: the platform is
  "Facebook", not the group's name.
- A reply under a Nextdoor or Reddit thread by an unnamed neighbour or user
  speaks as None and belongs to the thread; a fan's reply to a comment belongs
  to the post the comment was left under; an unnamed Reddit user's thread has
  author None and platform Reddit.
- A magazine profile is an interview with the magazine: the platform is the
  magazine as written (Runner’s World, with its curly apostrophe), the author
  is the person profiled, and another person quoted "in the same profile" is
  linked to that post.
- A radio or TV station named by its call letters is the platform as written
  ("KUGN", "KCRA-TV"); "told the network", "told the paper", "told the
  magazine", "said on the show" or "said on the program" tie the quote to the
  interview just named.
- When a network and its show are both named (CBS's "Sunday Morning") the
  platform is the show; a show's or podcast's title in marks is the platform
  and not a quote.
- A court filing by a named person is that person's post, and "wrote in the
  filing" ties her words to it; a filing by a school district's lawyers is the
  district's post (author None), and "a filing of their own" is a new post.
- A judge's written opinion is the judge's post; a conviction vacated at a
  hearing is not a post, and words said outside the courthouse to the crowd
  have post None.
- A lawsuit named but not quoted is still a post (the named plaintiff's, no
  platform); posts that are only described (a second X post, an earnings or
  news release, a live stream) are listed in posts with no quote.
- An open letter signed by one named person is that person's post, platform
  None.
- A letter from a state agency and a memo from a prosecutors' unit are posts
  with author None; what the letter or memo "says" speaks as None.
- A study in a named journal is a post with the journal as platform and author
  None (it has a team of authors); words the study "says" speak as None.
  Its lead author's words to a newspaper are a separate post.
- An email from a named city attorney ("said in an email") is her post with
  platform None; words she then gave reporters at City Hall have post None.
  "Reached at home" is not a post, and "said in an interview" with no outlet is
  the story's own interview.
- A union streaming a walkout live on Facebook is a Facebook post with author
  None.
- Sharing someone's post to one's own Instagram story with words is a new
  Instagram post by the sharer; the words given whole ("with the words ...")
  are not partial, nor is a one-word caption or a single line given whole.
- An "update" posted after a LinkedIn post, with no platform named, is a new
  post on the platform named before.
- An organisation posting on X (a National Weather Service office) speaks as
  None and its post has author None.
- An analyst's note to clients is the analyst's post with no platform.
- A quote running over two paragraphs after an interview is described ("In an
  interview with The Boston Globe, ...") is one row per paragraph, both linked
  to that interview by "she told the paper" at the end of the run.
- An earnings release named after a quote from the analyst call is still a
  press release post; the call quote has post None.
- A second quoted run in the same paragraph, right after "she wrote", "told the
  magazine" or "she said on the show", continues that utterance and keeps its
  post; each run inside its own marks is its own row.
- Multi-part names (Fatima Zahra Benali, Tran Van Long, Kwame Mensah-Bonsu) are
  kept whole; a company named after a family (Okonkwo Freight) is not a person,
  and the chief executive Adaeze Okonkwo is.
- Relatives named in full (Per Sorensen, Loretta Pryce) and people who only
  act (a judge setting a hearing, a supervisor giving figures to reporters) are
  listed in people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BB: list[dict] = [
    {
        "name": "nextdoor-school-housing-thread-and-council",
        "text": (
            "A proposal to turn the shuttered Linwood Elementary into 84 apartments for seniors "
            "drew a packed room at the Harlow City Council on Tuesday, two weeks after it set off "
            "a fight on Nextdoor.\n\n"
            "Resident Priya Raghunathan started the thread on Oct. 3. “Nobody asked the people who "
            "live on Birch Street,” she wrote. “We found out from a surveyor’s stake in the "
            "ground.”\n\n"
            "Within a day the post had more than 300 replies. “Seniors need somewhere to live, and "
            "this is a school nobody uses,” one neighbor answered. Another, Tomasz Wieczorek, "
            "replied that the city had held “exactly one meeting, at 2 p.m. on a workday.”\n\n"
            "At Tuesday’s meeting, Raghunathan struck a softer tone. “I am not against the "
            "housing. I am against being the last to know,” she told the council.\n\n"
            "Council member Dolores Achebe said a vote would come in November."
        ),
        "quotes": [
            (
                "Nobody asked the people who live on Birch Street,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "We found out from a surveyor’s stake in the ground.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "Seniors need somewhere to live, and this is a school nobody uses,",
                None,
                False,
                "P1",
            ),
            ("exactly one meeting, at 2 p.m. on a workday.", "Tomasz Wieczorek", True, "P1"),
            (
                "I am not against the housing. I am against being the last to know,",
                "Priya Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Priya Raghunathan", "Nextdoor")],
        "people": ["Priya Raghunathan", "Tomasz Wieczorek", "Dolores Achebe"],
    },
    {
        "name": "linkedin-layoffs-comment-and-chief-in-statement",
        "text": (
            "When Okonkwo Freight cut 240 jobs at its Joliet distribution hub last week, the first "
            "public word came not from the company but from a LinkedIn post.\n\n"
            "“Today I walked 31 people out of a building I helped open,” wrote Marisol Benítez, "
            "who managed the hub’s night shift for six years. “If you are hiring forklift "
            "operators, I can vouch for every one of them.”\n\n"
            "The post was shared more than 9,000 times. Under it, a former colleague, Dev Raman, "
            "commented: “Best shift lead I ever had. Hire her first.”\n\n"
            "Okonkwo Freight confirmed the cuts in a statement on Friday. “These were painful "
            "decisions, and they are not a reflection of the people affected,” chief executive "
            "Adaeze Okonkwo said in the statement. The company said laid-off workers would receive "
            "10 weeks of pay.\n\n"
            "Benítez said in an interview that she had not been offered severance. On Sunday she "
            "posted an update: “Eleven of the 31 have offers already. Keep them coming.”"
        ),
        "quotes": [
            (
                "Today I walked 31 people out of a building I helped open,",
                "Marisol Benítez",
                False,
                "P1",
            ),
            (
                "If you are hiring forklift operators, I can vouch for every one of them.",
                "Marisol Benítez",
                False,
                "P1",
            ),
            ("Best shift lead I ever had. Hire her first.", "Dev Raman", False, "P1"),
            (
                "These were painful decisions, and they are not a reflection of the people "
                "affected,",
                "Adaeze Okonkwo",
                False,
                "P2",
            ),
            (
                "Eleven of the 31 have offers already. Keep them coming.",
                "Marisol Benítez",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marisol Benítez", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Marisol Benítez", "LinkedIn"),
        ],
        "people": ["Marisol Benítez", "Dev Raman", "Adaeze Okonkwo"],
    },
    {
        "name": "substack-essay-bluesky-rebuttal-university-release",
        "text": (
            "A Substack essay by epidemiologist Dr. Ingrid Solberg has reignited a debate over "
            "whether a widely used blood-pressure drug raises the risk of falls in older adults.\n\n"
            "In the essay, published Sunday, Solberg argued that a 2019 trial had “buried the "
            "signal in the appendix.” She wrote: “Patients over 80 fell more often on the drug. "
            "That finding deserved a headline, not a footnote.”\n\n"
            "The trial’s lead author, Dr. Kwame Mensah-Bonsu of Redfield University, answered on "
            "Bluesky hours later. “The falls difference was not statistically significant, and we "
            "said so on page four,” he posted.\n\n"
            "Redfield University said in a news release on Monday that it stood by the study. "
            "Solberg did not respond to a request for comment."
        ),
        "quotes": [
            ("buried the signal in the appendix.", "Ingrid Solberg", True, "P1"),
            (
                "Patients over 80 fell more often on the drug. That finding deserved a headline, "
                "not a footnote.",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            (
                "The falls difference was not statistically significant, and we said so on page "
                "four,",
                "Kwame Mensah-Bonsu",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Ingrid Solberg", "Substack"),
            ("P2", "Kwame Mensah-Bonsu", "Bluesky"),
            ("P3", None, "press release"),
        ],
        "people": ["Ingrid Solberg", "Kwame Mensah-Bonsu"],
    },
    {
        "name": "sprinter-magazine-profile-coach-radio-and-presser",
        "text": (
            "Nia Odhiambo has spent most of her career being asked about the 0.02 seconds that "
            "cost her an Olympic medal. In a profile published this week in Runner’s World, the "
            "27-year-old said she had stopped watching the replay.\n\n"
            "“I used to watch it every night before bed,” Odhiambo told the magazine. “Now I could "
            "not tell you where the tape is.”\n\n"
            "Her coach, Emeka Ugwu, was blunter in the same profile, calling the race “the best "
            "thing that ever happened to her.”\n\n"
            "On Saturday she won the 200 meters at the national championships in 22.01 seconds. "
            "“That one was for my mother,” she told radio station KUGN minutes after the race.\n\n"
            "At a news conference later, Odhiambo said she would skip next month’s meeting in "
            "Paris. “My hamstring has earned a week off,” she said."
        ),
        "quotes": [
            ("I used to watch it every night before bed,", "Nia Odhiambo", False, "P1"),
            ("Now I could not tell you where the tape is.", "Nia Odhiambo", False, "P1"),
            ("the best thing that ever happened to her.", "Emeka Ugwu", True, "P1"),
            ("That one was for my mother,", "Nia Odhiambo", False, "P2"),
            ("My hamstring has earned a week off,", "Nia Odhiambo", False, None),
        ],
        "posts": [
            ("P1", "Nia Odhiambo", "Runner’s World"),
            ("P2", "Nia Odhiambo", "KUGN"),
        ],
        "people": ["Nia Odhiambo", "Emeka Ugwu"],
    },
    {
        "name": "flood-facebook-group-weather-service-x-network-interview",
        "text": (
            "Floodwaters from the Verdigris River crested just short of the levee top in Coal "
            "Creek on Thursday morning, after a night in which hundreds of residents filled "
            "sandbags by floodlight.\n\n"
            "The call for help went out in the Coal Creek Neighbors Facebook group at 9:40 p.m. "
            "“We need every pair of hands at the fire station. Bring gloves and a shovel if you "
            "have one,” wrote Luann Pettibone, a volunteer with the county’s emergency team.\n\n"
            "The National Weather Service office in Tulsa warned on X that the river “may rise "
            "another foot before noon.”\n\n"
            "Farmer Hector Villalobos told NBC News he had moved his cattle to higher ground at "
            "2 a.m. “I’ve seen this river do a lot of things. I have never seen it come up this "
            "fast,” he told the network.\n\n"
            "Sheriff Ray Dunaway told reporters the levee was holding. “We are not out of this "
            "yet,” he said."
        ),
        "quotes": [
            (
                "We need every pair of hands at the fire station. Bring gloves and a shovel if you "
                "have one,",
                "Luann Pettibone",
                False,
                "P1",
            ),
            ("may rise another foot before noon.", None, True, "P2"),
            (
                "I’ve seen this river do a lot of things. I have never seen it come up this fast,",
                "Hector Villalobos",
                False,
                "P3",
            ),
            ("We are not out of this yet,", "Ray Dunaway", False, None),
        ],
        "posts": [
            ("P1", "Luann Pettibone", "Facebook"),
            ("P2", None, "X"),
            ("P3", "Hector Villalobos", "NBC News"),
        ],
        "people": ["Luann Pettibone", "Hector Villalobos", "Ray Dunaway"],
    },
    {
        "name": "bus-driver-court-filing-district-filing-lawyer-threads",
        "text": (
            "A former Maplewood school bus driver who says she was fired for reporting faulty "
            "brakes asked a federal judge on Monday to reinstate her while her lawsuit "
            "proceeds.\n\n"
            "In the filing, Rosalind Achterberg said the district had “treated a safety complaint "
            "as an act of disloyalty.” She was dismissed in March, eleven days after she reported "
            "the brakes on Bus 14 to the transportation director.\n\n"
            "“I did what the training manual told me to do. I put it in writing,” Achterberg wrote "
            "in the filing.\n\n"
            "Lawyers for the Maplewood Unified School District argued in a filing of their own "
            "that she was let go for repeated late arrivals.\n\n"
            "Her attorney, Felipe Arango, posted on Threads after the district’s response: “The "
            "brakes on Bus 14 were replaced the week after she was fired. Draw your own "
            "conclusions.”\n\n"
            "Judge Miriam Castellano set a hearing for Oct. 22."
        ),
        "quotes": [
            (
                "treated a safety complaint as an act of disloyalty.",
                "Rosalind Achterberg",
                True,
                "P1",
            ),
            (
                "I did what the training manual told me to do. I put it in writing,",
                "Rosalind Achterberg",
                False,
                "P1",
            ),
            (
                "The brakes on Bus 14 were replaced the week after she was fired. Draw your own "
                "conclusions.",
                "Felipe Arango",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", None),
            ("P2", None, None),
            ("P3", "Felipe Arango", "Threads"),
        ],
        "people": ["Rosalind Achterberg", "Felipe Arango", "Miriam Castellano"],
    },
    {
        "name": "earnings-call-release-cnbc-and-analyst-note",
        "text": (
            "Shares of Brightwater Outdoor fell 12% on Thursday after the camping-gear maker cut "
            "its full-year forecast, blaming a wet spring in Europe and higher shipping costs.\n\n"
            "“Demand did not disappear; it got rained out,” chief executive Hiroshi Takeda-Moore "
            "said on a call with analysts. The company’s earnings release put second-quarter "
            "sales at $412 million, down 6% from a year earlier.\n\n"
            "Takeda-Moore was more cautious in an interview with CNBC later in the day. “I won’t "
            "promise a turnaround in one quarter,” he told the network. “I will promise that we "
            "are not standing still.”\n\n"
            "Analyst Beatriz Quintanilla of Halden Securities wrote in a note to clients that the "
            "cut looked “overdue, not alarming.”"
        ),
        "quotes": [
            ("Demand did not disappear; it got rained out,", "Hiroshi Takeda-Moore", False, None),
            ("I won’t promise a turnaround in one quarter,", "Hiroshi Takeda-Moore", False, "P2"),
            (
                "I will promise that we are not standing still.",
                "Hiroshi Takeda-Moore",
                False,
                "P2",
            ),
            ("overdue, not alarming.", "Beatriz Quintanilla", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hiroshi Takeda-Moore", "CNBC"),
            ("P3", "Beatriz Quintanilla", None),
        ],
        "people": ["Hiroshi Takeda-Moore", "Beatriz Quintanilla"],
    },
    {
        "name": "fire-chief-open-letter-mayor-posts-union-statement",
        "text": (
            "Eastbrook’s fire chief took the city’s budget fight public on Wednesday with an open "
            "letter to residents warning that proposed cuts would close one of the city’s three "
            "stations on weekends.\n\n"
            "“I have never written a letter like this in 26 years of service,” wrote Chief Samuel "
            "Adeyemi-Ross, who signed the letter alone rather than with the firefighters’ union. "
            "“I am writing it because the people who will pay for these cuts have not been "
            "told.”\n\n"
            "Mayor Gretchen Vollmer responded on Facebook that evening, saying no station would "
            "close “while I am mayor.” In a second post on Thursday, she said the budget office "
            "would publish a station-by-station breakdown.\n\n"
            "Council member Ahmad Nasser, who wrote the cuts, said on Bluesky that the letter was "
            "“politics dressed up as public safety.” The union said in a statement that it backed "
            "the chief “without reservation.”\n\n"
            "The council votes on June 12."
        ),
        "quotes": [
            (
                "I have never written a letter like this in 26 years of service,",
                "Samuel Adeyemi-Ross",
                False,
                "P1",
            ),
            (
                "I am writing it because the people who will pay for these cuts have not been "
                "told.",
                "Samuel Adeyemi-Ross",
                False,
                "P1",
            ),
            ("while I am mayor.", "Gretchen Vollmer", True, "P2"),
            ("politics dressed up as public safety.", "Ahmad Nasser", True, "P4"),
            ("without reservation.", None, True, "P5"),
        ],
        "posts": [
            ("P1", "Samuel Adeyemi-Ross", None),
            ("P2", "Gretchen Vollmer", "Facebook"),
            ("P3", "Gretchen Vollmer", "Facebook"),
            ("P4", "Ahmad Nasser", "Bluesky"),
            ("P5", None, None),
        ],
        "people": ["Samuel Adeyemi-Ross", "Gretchen Vollmer", "Ahmad Nasser"],
    },
    {
        "name": "nurses-strike-picket-line-public-radio-live-stream",
        "text": (
            "About 1,100 nurses at St. Columba Medical Center walked off the job at 7 a.m. Monday, "
            "the first strike in the hospital’s 94-year history. The union streamed the walkout "
            "live on Facebook.\n\n"
            "On the picket line, intensive-care nurse Thandiwe Mokoena said staffing, not pay, "
            "was the sticking point. “I had four ventilated patients on Saturday night. Four,” "
            "she said. “Nobody can do that safely.”\n\n"
            "The hospital said in a statement that it had hired replacement nurses and that "
            "“patient care continues without interruption.”\n\n"
            "Union president Carmen Delgado-Ruiz told Minnesota Public Radio the strike would last "
            "“as long as it takes to put a second nurse in that room.” Later, standing on a "
            "folding chair outside the emergency entrance, she shouted to the crowd: “We are the "
            "safety plan.”"
        ),
        "quotes": [
            (
                "I had four ventilated patients on Saturday night. Four,",
                "Thandiwe Mokoena",
                False,
                None,
            ),
            ("Nobody can do that safely.", "Thandiwe Mokoena", False, None),
            ("patient care continues without interruption.", None, True, "P2"),
            (
                "as long as it takes to put a second nurse in that room.",
                "Carmen Delgado-Ruiz",
                True,
                "P3",
            ),
            ("We are the safety plan.", "Carmen Delgado-Ruiz", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, None),
            ("P3", "Carmen Delgado-Ruiz", "Minnesota Public Radio"),
        ],
        "people": ["Thandiwe Mokoena", "Carmen Delgado-Ruiz"],
    },
    {
        "name": "goalkeeper-threads-apology-comment-thread-and-story-share",
        "text": (
            "Harbour City Wanderers goalkeeper Jonas Brekke-Amadi apologized on Threads on Sunday "
            "for the late error that handed Cascadia FC a 2-1 win.\n\n"
            "“That one is on me and only me. The lads deserved better,” the 24-year-old wrote "
            "beneath a photo of the empty stadium.\n\n"
            "The comments filled quickly. Captain Luca Ferreira-Bond replied, “We win together, we "
            "lose together. Head up, big man.” Forward Sadio Kamara added a single line: “Next "
            "week.”\n\n"
            "One fan, replying to Ferreira-Bond’s comment, wrote that the captain was “the reason "
            "this club has a dressing room worth having.” Kamara later shared the goalkeeper’s "
            "post to his own Instagram story with the words “Trust the big man.”\n\n"
            "Coach Ulrike Haas told reporters after the match that Brekke-Amadi would start on "
            "Saturday. “He has saved us a dozen points this year. He keeps his place,” she said."
        ),
        "quotes": [
            (
                "That one is on me and only me. The lads deserved better,",
                "Jonas Brekke-Amadi",
                False,
                "P1",
            ),
            (
                "We win together, we lose together. Head up, big man.",
                "Luca Ferreira-Bond",
                False,
                "P1",
            ),
            ("Next week.", "Sadio Kamara", False, "P1"),
            ("the reason this club has a dressing room worth having.", None, True, "P1"),
            ("Trust the big man.", "Sadio Kamara", False, "P2"),
            (
                "He has saved us a dozen points this year. He keeps his place,",
                "Ulrike Haas",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Jonas Brekke-Amadi", "Threads"),
            ("P2", "Sadio Kamara", "Instagram"),
        ],
        "people": ["Jonas Brekke-Amadi", "Luca Ferreira-Bond", "Sadio Kamara", "Ulrike Haas"],
    },
    {
        "name": "wildfire-straight-quotes-release-youtube-local-tv",
        "text": (
            "The Ridgeback Fire had burned 14,200 acres in the hills east of Paloma Springs by "
            "Tuesday evening and was 8% contained, the state forestry agency said in a news "
            "release.\n\n"
            '"Crews are making progress on the southern flank, but erratic winds overnight remain '
            'our biggest concern," incident commander Daniel Oyelaran said in the release.\n\n'
            "Retired teacher Margit Sorensen posted a YouTube video of the flames cresting the "
            'ridge behind her home. "We have ten minutes. Maybe less," she says in the video, as '
            "her husband, Per Sorensen, loads two dogs into the car.\n\n"
            "The couple's home survived. Sorensen told KCRA-TV on Tuesday that a neighbor's did "
            'not. "They lost everything, and they were the ones who helped us pack," she said in '
            "the interview.\n\n"
            "County Supervisor Rick Alvarado told reporters that 3,400 people remained under "
            "evacuation orders."
        ),
        "quotes": [
            (
                "Crews are making progress on the southern flank, but erratic winds overnight "
                "remain our biggest concern,",
                "Daniel Oyelaran",
                False,
                "P1",
            ),
            ("We have ten minutes. Maybe less,", "Margit Sorensen", False, "P2"),
            (
                "They lost everything, and they were the ones who helped us pack,",
                "Margit Sorensen",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Margit Sorensen", "YouTube"),
            ("P3", "Margit Sorensen", "KCRA-TV"),
        ],
        "people": ["Daniel Oyelaran", "Margit Sorensen", "Per Sorensen", "Rick Alvarado"],
    },
    {
        "name": "food-truck-ruling-opinion-lawsuit-instagram-email",
        "text": (
            "A county judge on Friday struck down Riverton’s ban on food trucks within 500 feet of "
            "a restaurant, ruling that it protected businesses from competition rather than the "
            "public from harm.\n\n"
            "“The city has offered no evidence that a taco truck on Main Street endangers "
            "anyone’s health or safety,” Judge Oluwaseun Barrett wrote in a 19-page opinion. “It "
            "endangers only the lunch trade of the restaurant across the street.”\n\n"
            "The lawsuit was brought last year by Kalani Akana, who runs the Aloha Plate truck. "
            "Akana posted a photo of the opinion’s last page on Instagram with one word: "
            "“Finally.”\n\n"
            "City attorney Brenda McCloskey said in an email that the city was reviewing the "
            "decision. Asked on Monday whether Riverton would appeal, she told reporters at City "
            "Hall: “Every option is on the table.”"
        ),
        "quotes": [
            (
                "The city has offered no evidence that a taco truck on Main Street endangers "
                "anyone’s health or safety,",
                "Oluwaseun Barrett",
                False,
                "P1",
            ),
            (
                "It endangers only the lunch trade of the restaurant across the street.",
                "Oluwaseun Barrett",
                False,
                "P1",
            ),
            ("Finally.", "Kalani Akana", False, "P3"),
            ("Every option is on the table.", "Brenda McCloskey", False, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Barrett", None),
            ("P2", "Kalani Akana", None),
            ("P3", "Kalani Akana", "Instagram"),
            ("P4", "Brenda McCloskey", None),
        ],
        "people": ["Oluwaseun Barrett", "Kalani Akana", "Brenda McCloskey"],
    },
    {
        "name": "warehouse-heat-regulator-letter-podcast-father-at-home",
        "text": (
            "State workplace-safety regulators have opened an inspection at a Fresno warehouse "
            "run by Pinecrest Logistics after a worker collapsed during a shift in which the "
            "indoor temperature reached 97 degrees.\n\n"
            "A letter from the Division of Occupational Safety and Health to the company, dated "
            "July 18, says inspectors will review its “heat illness prevention plan, if one "
            "exists.”\n\n"
            "The worker, 52-year-old Arturo Benavides, spent two nights in hospital. His "
            "daughter, Yesenia Benavides, described the episode on “Shift Change,” a podcast about "
            "warehouse labor. “They gave him a paper cup of water and told him to sit in the "
            "break room,” she said on the show. “He was gray.”\n\n"
            "Pinecrest said in a statement that it “takes the safety of every associate "
            "seriously” and had installed additional fans.\n\n"
            "Arturo Benavides, reached at home, said he hoped to go back. “I like my job. I just "
            "don’t want to die doing it.”"
        ),
        "quotes": [
            ("heat illness prevention plan, if one exists.", None, True, "P1"),
            (
                "They gave him a paper cup of water and told him to sit in the break room,",
                "Yesenia Benavides",
                False,
                "P2",
            ),
            ("He was gray.", "Yesenia Benavides", False, "P2"),
            ("takes the safety of every associate seriously", None, True, "P3"),
            (
                "I like my job. I just don’t want to die doing it.",
                "Arturo Benavides",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Yesenia Benavides", "Shift Change"),
            ("P3", None, None),
        ],
        "people": ["Arturo Benavides", "Yesenia Benavides"],
    },
    {
        "name": "glacier-study-journal-newspaper-x-critic-conference",
        "text": (
            "Glaciers in the southern Andes are losing ice twice as fast as computer models "
            "predicted, according to a study published Wednesday in the journal Nature "
            "Geoscience. The losses, the study says, are “without precedent in the instrumental "
            "record.”\n\n"
            "“We went back to the same 40 glaciers every summer for nine years, and the numbers "
            "only got worse,” lead author Valentina Ríos-Aguirre told The Guardian.\n\n"
            "Not everyone is convinced. Glaciologist Henrik Aaltonen wrote on X that the team’s "
            "satellite correction was “doing a lot of heavy lifting.”\n\n"
            "Ríos-Aguirre took up the criticism at a conference in Santiago on Thursday. “The "
            "correction is in the supplement. Anyone can rerun it,” she said."
        ),
        "quotes": [
            ("without precedent in the instrumental record.", None, True, "P1"),
            (
                "We went back to the same 40 glaciers every summer for nine years, and the numbers "
                "only got worse,",
                "Valentina Ríos-Aguirre",
                False,
                "P2",
            ),
            ("doing a lot of heavy lifting.", "Henrik Aaltonen", True, "P3"),
            (
                "The correction is in the supplement. Anyone can rerun it,",
                "Valentina Ríos-Aguirre",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Nature Geoscience"),
            ("P2", "Valentina Ríos-Aguirre", "The Guardian"),
            ("P3", "Henrik Aaltonen", "X"),
        ],
        "people": ["Valentina Ríos-Aguirre", "Henrik Aaltonen"],
    },
    {
        "name": "transfer-release-instagram-agent-espn-reddit-thread",
        "text": (
            "Midfielder Kofi Asante-Wright has completed a move from Northbridge City to Deportivo "
            "Sierra Blanca for a reported €18 million, the Spanish club announced in a press "
            "release on Tuesday.\n\n"
            "“Kofi is exactly the profile we have been looking for,” sporting director Álvaro "
            "Mendizábal said in the release.\n\n"
            "The 23-year-old said goodbye on Instagram with a video of his first training session "
            "at Northbridge, aged nine. “This club raised me. I will never forget it,” he "
            "wrote.\n\n"
            "His agent, Rafaela Costa, told ESPN that Northbridge had turned down two earlier "
            "bids. “They wanted to keep him, and I respect that. But the player wanted Spain,” "
            "she said on the network.\n\n"
            "On a Northbridge fan forum on Reddit, the most upvoted thread, by a user who gave no "
            "name, called the fee “a scandal for a player of his age.” One reply under it was "
            "more patient: “In two years he will be worth double.”"
        ),
        "quotes": [
            (
                "Kofi is exactly the profile we have been looking for,",
                "Álvaro Mendizábal",
                False,
                "P1",
            ),
            ("This club raised me. I will never forget it,", "Kofi Asante-Wright", False, "P2"),
            (
                "They wanted to keep him, and I respect that. But the player wanted Spain,",
                "Rafaela Costa",
                False,
                "P3",
            ),
            ("a scandal for a player of his age.", None, True, "P4"),
            ("In two years he will be worth double.", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kofi Asante-Wright", "Instagram"),
            ("P3", "Rafaela Costa", "ESPN"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Kofi Asante-Wright", "Álvaro Mendizábal", "Rafaela Costa"],
    },
    {
        "name": "detox-center-board-vote-no-posts",
        "text": (
            "After four hours of testimony, the Lakeview County Board of Supervisors voted 3-2 "
            "early Wednesday to keep the county’s last public detox center open through June.\n\n"
            "“If you close this place, the emergency room becomes the detox center, and it costs "
            "four times as much,” said Dr. Fatima Zahra Benali, who runs the center.\n\n"
            "Supervisor Glenn Hartigan, who voted no, called the decision “a very expensive way to "
            "postpone a hard choice.”\n\n"
            "Several speakers described relatives who had been treated there. Darnell Whitby, 34, "
            "said he had been sober for three years. “I walked in there on a Tuesday night with "
            "nothing. They did not ask me for anything,” he told the board.\n\n"
            "Board chair Soo-jin Park said the county would look for state money. “We bought "
            "ourselves five months,” she said after the vote. “Let’s not waste them.”"
        ),
        "quotes": [
            (
                "If you close this place, the emergency room becomes the detox center, and it "
                "costs four times as much,",
                "Fatima Zahra Benali",
                False,
                None,
            ),
            ("a very expensive way to postpone a hard choice.", "Glenn Hartigan", True, None),
            (
                "I walked in there on a Tuesday night with nothing. They did not ask me for "
                "anything,",
                "Darnell Whitby",
                False,
                None,
            ),
            ("We bought ourselves five months,", "Soo-jin Park", False, None),
            ("Let’s not waste them.", "Soo-jin Park", False, None),
        ],
        "posts": [],
        "people": ["Fatima Zahra Benali", "Glenn Hartigan", "Darnell Whitby", "Soo-jin Park"],
    },
    {
        "name": "bakery-closure-linkedin-founder-globe-two-paragraphs-bluesky",
        "text": (
            "Crumb & Copper, the Boston bakery chain that grew from one South End storefront to 11 "
            "shops, will close all of its locations on Sunday, its founder announced on "
            "LinkedIn.\n\n"
            "“We tried everything: new leases, new loans, a smaller menu. In the end, the math did "
            "not work,” Nadia Haddad-Sterling wrote in the post, which thanked the chain’s 140 "
            "employees by name.\n\n"
            "In an interview with The Boston Globe, Haddad-Sterling said rising egg and butter "
            "prices had wiped out the chain’s margins.\n\n"
            "“People think a croissant is cheap to make. It is not, not if you do it right.\n\n"
            "“I would rather close than do it wrong,” she told the paper.\n\n"
            "A baker at the Cambridge shop, Joaquim Mendes, wrote on Bluesky that staff had "
            "learned of the closure “from the same post as everyone else.”"
        ),
        "quotes": [
            (
                "We tried everything: new leases, new loans, a smaller menu. In the end, the math "
                "did not work,",
                "Nadia Haddad-Sterling",
                False,
                "P1",
            ),
            (
                "People think a croissant is cheap to make. It is not, not if you do it right.",
                "Nadia Haddad-Sterling",
                False,
                "P2",
            ),
            ("I would rather close than do it wrong,", "Nadia Haddad-Sterling", False, "P2"),
            ("from the same post as everyone else.", "Joaquim Mendes", True, "P3"),
        ],
        "posts": [
            ("P1", "Nadia Haddad-Sterling", "LinkedIn"),
            ("P2", "Nadia Haddad-Sterling", "The Boston Globe"),
            ("P3", "Joaquim Mendes", "Bluesky"),
        ],
        "people": ["Nadia Haddad-Sterling", "Joaquim Mendes"],
    },
    {
        "name": "hurricane-governor-x-posts-utility-chief-cnn-shelter",
        "text": (
            "More than 600,000 customers were without power across the Gulf Coast on Monday after "
            "Hurricane Delphine made landfall near Port Arvin as a Category 3 storm.\n\n"
            "Gov. Lorraine Beaumont-Tate urged residents on X to stay off the roads. “Downed lines "
            "are everywhere. If you don’t have to drive, don’t,” she posted. In a second post an "
            "hour later, she said the state had asked for a federal disaster declaration.\n\n"
            "Gulfshore Electric said in a statement that crews from nine states were on their "
            "way. “This will be a multi-day restoration, and for some neighborhoods a multi-week "
            "one,” chief executive Marcus Obi said in the statement.\n\n"
            "Port Arvin Mayor Tran Van Long told CNN that the storm surge had reached the second "
            "floor of City Hall. “We are a city of fishermen. We will rebuild,” he said in the "
            "interview.\n\n"
            "At a shelter at Port Arvin High School, Edna Fairweather, 81, said she had ridden out "
            "four hurricanes at home. “This is the first time I left. I’m glad I did,” she said."
        ),
        "quotes": [
            (
                "Downed lines are everywhere. If you don’t have to drive, don’t,",
                "Lorraine Beaumont-Tate",
                False,
                "P1",
            ),
            (
                "This will be a multi-day restoration, and for some neighborhoods a multi-week "
                "one,",
                "Marcus Obi",
                False,
                "P3",
            ),
            ("We are a city of fishermen. We will rebuild,", "Tran Van Long", False, "P4"),
            ("This is the first time I left. I’m glad I did,", "Edna Fairweather", False, None),
        ],
        "posts": [
            ("P1", "Lorraine Beaumont-Tate", "X"),
            ("P2", "Lorraine Beaumont-Tate", "X"),
            ("P3", None, None),
            ("P4", "Tran Van Long", "CNN"),
        ],
        "people": ["Lorraine Beaumont-Tate", "Marcus Obi", "Tran Van Long", "Edna Fairweather"],
    },
    {
        "name": "measles-release-facebook-group-tiktok-reply",
        "text": (
            "The Dunmore County Health Department confirmed three more measles cases on Thursday, "
            "bringing the outbreak to 17, nearly all of them in children who had not been "
            "vaccinated.\n\n"
            "“Measles is not a rite of passage. It is a preventable disease that can put a child "
            "in the hospital,” health officer Dr. Anjali Venkataraman said in a news release.\n\n"
            "The outbreak has divided the Dunmore Moms & Dads Facebook group, where a post by "
            "Krista Halloway, a mother of three, drew more than 800 comments. Halloway wrote that "
            "she had “looked into it for herself” and would not vaccinate her children.\n\n"
            "Pediatrician Dr. Obinna Eze answered in a TikTok video viewed 1.2 million times. "
            "“I have done the research too. It took eleven years and it is called medical "
            "school,” he says in the video.\n\n"
            "Asked about the video, Halloway said in an interview that she had not seen it."
        ),
        "quotes": [
            (
                "Measles is not a rite of passage. It is a preventable disease that can put a "
                "child in the hospital,",
                "Anjali Venkataraman",
                False,
                "P1",
            ),
            ("looked into it for herself", "Krista Halloway", True, "P2"),
            (
                "I have done the research too. It took eleven years and it is called medical "
                "school,",
                "Obinna Eze",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Krista Halloway", "Facebook"),
            ("P3", "Obinna Eze", "TikTok"),
        ],
        "people": ["Anjali Venkataraman", "Krista Halloway", "Obinna Eze"],
    },
    {
        "name": "exoneration-memo-courthouse-op-ed-tv-show",
        "text": (
            "At a hearing on Tuesday, a Carrow County judge vacated the 1984 murder conviction of "
            "Reginald Pryce-Holloway, who has spent 39 years in prison for a killing that DNA "
            "evidence now ties to another man.\n\n"
            "A memo from the county’s conviction integrity unit, filed with the court last month, "
            "says the case rested on “a single eyewitness who later recanted twice.”\n\n"
            "Outside the courthouse, Pryce-Holloway, now 63, hugged his sister, Loretta Pryce. "
            "“I went in a young man. I came out an old one. But I came out,” he told the crowd.\n\n"
            "District Attorney Camille Fontaine-Obi wrote in an op-ed in The Carrow Courier that "
            "the county “owes Mr. Pryce-Holloway more than an apology.”\n\n"
            "In an interview on CBS’s “Sunday Morning,” Pryce-Holloway said he held no grudge "
            "against the witness. “She was 15 and scared. I forgave her a long time ago,” he said "
            "on the program."
        ),
        "quotes": [
            ("a single eyewitness who later recanted twice.", None, True, "P1"),
            (
                "I went in a young man. I came out an old one. But I came out,",
                "Reginald Pryce-Holloway",
                False,
                None,
            ),
            ("owes Mr. Pryce-Holloway more than an apology.", "Camille Fontaine-Obi", True, "P2"),
            (
                "She was 15 and scared. I forgave her a long time ago,",
                "Reginald Pryce-Holloway",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Camille Fontaine-Obi", "The Carrow Courier"),
            ("P3", "Reginald Pryce-Holloway", "Sunday Morning"),
        ],
        "people": ["Reginald Pryce-Holloway", "Loretta Pryce", "Camille Fontaine-Obi"],
    },
]
