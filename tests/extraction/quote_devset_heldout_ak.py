"""The thirty-first self-made dev set, held out (AK): its first run is an unseen estimate.

Written with set AJ, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set W (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, email, court filing, judge's opinion or essay with no named outlet is a
post with no platform; a press release or news/earnings release is a post with
platform "press release"; a news conference, briefing, earnings call with
analysts, rally, speech, legislative hearing, court hearing or "told reporters"
is not a post; a comment under a post belongs to it, a post "of his own" is a
new one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None, and a company's release,
statement, email or lawsuit has author None even when it quotes a named
executive, whose quotes link to it; titles, nicknames and scare quotes in marks
are not quotes. Decisions not covered by W: an essay on a named platform
(Medium) has that platform; an unnamed lawyer's email is a post with author
None; "told" a named newspaper is an interview with that outlet; a Reddit
"Ask Me Anything" answer to a user belongs to the same post. Gold rows must
never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AK: list[dict] = [
    {
        "name": "governor-rally-grocery-tax-challenger",
        "text": (
            "Gov. Dwayne Pruitt told a rally of about 2,000 supporters in Bayport on Saturday "
            "that he would sign a bill eliminating the state’s grocery tax “the minute it hits "
            "my desk.”\n\n"
            "“Families in this state are paying a tax on bread and baby formula, and that is a "
            "disgrace,” Pruitt said, to loud applause. “We’re going to end it.”\n\n"
            "His Democratic challenger, state Sen. Lorraine Baptiste, said the governor had "
            "opposed the same bill two years ago. “He didn’t find religion. He found a poll,” "
            "she said at a campaign stop in Cedar Bluff."
        ),
        "quotes": [
            ("the minute it hits my desk.", "Dwayne Pruitt", True, None),
            (
                "Families in this state are paying a tax on bread and baby formula, and that is "
                "a disgrace,",
                "Dwayne Pruitt",
                False,
                None,
            ),
            ("We’re going to end it.", "Dwayne Pruitt", False, None),
            ("He didn’t find religion. He found a poll,", "Lorraine Baptiste", False, None),
        ],
        "posts": [],
        "people": ["Dwayne Pruitt", "Lorraine Baptiste"],
    },
    {
        "name": "mayor-radio-show-red-light-cameras",
        "text": (
            "Lakemont Mayor Felicia Grant said Wednesday that the city would not renew its "
            "contract with the company that runs its red-light cameras.\n\n"
            "“The program was sold to us as a safety measure, and it turned into a revenue "
            "machine,” Grant said on WKRQ radio’s “Morning Roundtable.” “People stopped "
            "trusting it, and I don’t blame them.”\n\n"
            "The company, Sentinel Traffic Systems, did not respond to a request for comment."
        ),
        "quotes": [
            (
                "The program was sold to us as a safety measure, and it turned into a revenue "
                "machine,",
                "Felicia Grant",
                False,
                "P1",
            ),
            (
                "People stopped trusting it, and I don’t blame them.",
                "Felicia Grant",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Felicia Grant", "Morning Roundtable")],
        "people": ["Felicia Grant"],
    },
    {
        "name": "youtuber-apology-video-top-comment",
        "text": (
            "YouTuber Brandon Kessler apologized on Monday for a video in which he mocked "
            "workers at a Saguaro City food bank, saying in a new YouTube video that he had "
            "been “careless and cruel.”\n\n"
            "“I treated people who were doing something good as props for content. That’s on "
            "me,” Kessler, who has 4 million subscribers, said in the nine-minute video. He "
            "said he would donate the video’s earnings to the food bank.\n\n"
            "The food bank’s director, Carmen Ruiz, said she had not been contacted by Kessler. "
            "Under the apology, the most-liked comment read: “Donate the money first, then make "
            "the video.”"
        ),
        "quotes": [
            ("careless and cruel.", "Brandon Kessler", True, "P1"),
            (
                "I treated people who were doing something good as props for content. That’s "
                "on me,",
                "Brandon Kessler",
                False,
                "P1",
            ),
            ("Donate the money first, then make the video.", None, False, "P1"),
        ],
        "posts": [("P1", "Brandon Kessler", "YouTube")],
        "people": ["Brandon Kessler", "Carmen Ruiz"],
    },
    {
        "name": "flour-mill-lawsuit-email-newspaper",
        "text": (
            "Hollister Mills, a flour producer based in Harlan, Kansas, sued a former supplier "
            "on Tuesday, accusing it of shipping wheat contaminated with mold and concealing "
            "test results.\n\n"
            "“Defendant knew the grain was unfit and shipped it anyway,” the lawsuit, filed in "
            "federal court, said. The complaint seeks $14 million in damages.\n\n"
            "A lawyer for the supplier, Plainsview Grain Co., called the allegations "
            "“baseless” in an email. The company’s president, Curtis Vogel, told the Harlan "
            "Journal-Register that the mill “is trying to blame us for its own storage "
            "problems.”"
        ),
        "quotes": [
            ("Defendant knew the grain was unfit and shipped it anyway,", None, False, "P1"),
            ("baseless", None, True, "P2"),
            (
                "is trying to blame us for its own storage problems.",
                "Curtis Vogel",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Curtis Vogel", "Harlan Journal-Register"),
        ],
        "people": ["Curtis Vogel"],
    },
    {
        "name": "university-tuition-freeze-news-release",
        "text": (
            "Brookfield State University will freeze tuition for in-state undergraduates for "
            "the next two academic years, the university announced in a news release on "
            "Thursday.\n\n"
            "“No student should have to choose between finishing a degree and paying rent,” "
            "President Harriet Olumide said in the release. The freeze will cost the university "
            "about $11 million a year, which it plans to cover partly through a fundraising "
            "campaign.\n\n"
            "Student government president Ethan Marsh called the decision “a real win,” but "
            "said the university still needed to address housing costs."
        ),
        "quotes": [
            (
                "No student should have to choose between finishing a degree and paying rent,",
                "Harriet Olumide",
                False,
                "P1",
            ),
            ("a real win,", "Ethan Marsh", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Harriet Olumide", "Ethan Marsh"],
    },
    {
        "name": "gymnast-injury-two-instagram-posts",
        "text": (
            "Gymnast Tessa Morrow announced on Instagram on Tuesday that she had torn her "
            "Achilles tendon during training and would miss the world championships.\n\n"
            "“Not the post I wanted to write this year,” the 22-year-old wrote alongside a "
            "photo from her hospital bed. “But I’ll be back, and I’ll be louder.”\n\n"
            "On Friday, after her surgery, Morrow shared a second Instagram post thanking her "
            "doctors. “Step one done,” she wrote."
        ),
        "quotes": [
            ("Not the post I wanted to write this year,", "Tessa Morrow", False, "P1"),
            ("But I’ll be back, and I’ll be louder.", "Tessa Morrow", False, "P1"),
            ("Step one done,", "Tessa Morrow", False, "P2"),
        ],
        "posts": [("P1", "Tessa Morrow", "Instagram"), ("P2", "Tessa Morrow", "Instagram")],
        "people": ["Tessa Morrow"],
    },
    {
        "name": "treasury-secretary-sunday-show-split-quote",
        "text": (
            "Treasury Secretary Howard Lindqvist said Sunday that he expected inflation to fall "
            "below 3% by the end of the year.\n\n"
            "“We are not declaring victory,” Lindqvist said in an interview on “Face the "
            "Week,” “but the trend lines are where we want them to be.”\n\n"
            "In the same interview, Lindqvist said he had “no interest” in running for the "
            "Senate seat in Minnesota that will be open next year. Asked whether he would rule "
            "it out, he said: “I just did.”"
        ),
        "quotes": [
            ("We are not declaring victory,", "Howard Lindqvist", False, "P1"),
            (
                "but the trend lines are where we want them to be.",
                "Howard Lindqvist",
                False,
                "P1",
            ),
            ("no interest", "Howard Lindqvist", True, "P1"),
            ("I just did.", "Howard Lindqvist", False, "P1"),
        ],
        "posts": [("P1", "Howard Lindqvist", "Face the Week")],
        "people": ["Howard Lindqvist"],
    },
    {
        "name": "hospital-chain-ceo-memo-layoffs",
        "text": (
            "The chief executive of Vantage Health Systems told employees in a memo on Monday "
            "that the hospital chain would cut about 1,200 jobs, most of them in administrative "
            "roles.\n\n"
            "“These decisions are painful, and they affect people who have given years to this "
            "organization,” Deborah Kincaid wrote in the memo, which was obtained by The "
            "Cumberland Courier. “We will treat every one of them with respect.”\n\n"
            "A spokesman for the company confirmed the layoffs but declined to say which "
            "hospitals would be affected."
        ),
        "quotes": [
            (
                "These decisions are painful, and they affect people who have given years to "
                "this organization,",
                "Deborah Kincaid",
                False,
                "P1",
            ),
            ("We will treat every one of them with respect.", "Deborah Kincaid", False, "P1"),
        ],
        "posts": [("P1", "Deborah Kincaid", None)],
        "people": ["Deborah Kincaid"],
    },
    {
        "name": "drought-corn-farmer-farm-bureau-straight-quotes",
        "text": (
            "Corn growers across central Nebraska are bracing for their smallest harvest in "
            "more than a decade after a summer with less than half the normal rainfall.\n\n"
            '"I\'ve got fields where the stalks are knee-high in August," said Ron Halverson, '
            "who farms 1,400 acres near Sutter's Bend. \"You can't irrigate your way out of "
            'this."\n\n'
            "The Nebraska Farm Bureau said the drought could cost the state's farmers \"well "
            'over a billion dollars" and called on Congress to speed up disaster aid.'
        ),
        "quotes": [
            (
                "I've got fields where the stalks are knee-high in August,",
                "Ron Halverson",
                False,
                None,
            ),
            ("You can't irrigate your way out of this.", "Ron Halverson", False, None),
            ("well over a billion dollars", None, True, None),
        ],
        "posts": [],
        "people": ["Ron Halverson"],
    },
    {
        "name": "senate-candidates-trade-x-posts",
        "text": (
            "The two Republicans running for Georgia’s open Senate seat traded insults on X on "
            "Wednesday night after a debate that was heavy on personal attacks.\n\n"
            "“My opponent has never run a business, never met a payroll and never told the "
            "truth about either,” businessman Clay Whitford posted shortly after the debate "
            "ended.\n\n"
            "Former state Attorney General Nina Castell replied with a post of her own: “Clay, "
            "you ran three businesses into bankruptcy. I’ll take my record.”\n\n"
            "Whitford later deleted his post."
        ),
        "quotes": [
            (
                "My opponent has never run a business, never met a payroll and never told the "
                "truth about either,",
                "Clay Whitford",
                False,
                "P1",
            ),
            (
                "Clay, you ran three businesses into bankruptcy. I’ll take my record.",
                "Nina Castell",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Clay Whitford", "X"), ("P2", "Nina Castell", "X")],
        "people": ["Clay Whitford", "Nina Castell"],
    },
    {
        "name": "octopus-biologist-reddit-ama",
        "text": (
            "A marine biologist who helped identify a new species of deep-sea octopus off the "
            "coast of Chile answered questions from the public on Reddit on Thursday.\n\n"
            "“Honestly, the first thing I said when I saw it on the monitor was not printable,” "
            "Dr. Elena Sorrentino wrote in the “Ask Me Anything” session. “It was translucent "
            "and about the size of a dinner plate.”\n\n"
            "Asked by one user whether the octopus had a name yet, she replied: “Not "
            "officially. Among the crew it’s ‘Gerald.’”"
        ),
        "quotes": [
            (
                "Honestly, the first thing I said when I saw it on the monitor was not printable,",
                "Elena Sorrentino",
                False,
                "P1",
            ),
            (
                "It was translucent and about the size of a dinner plate.",
                "Elena Sorrentino",
                False,
                "P1",
            ),
            ("Not officially. Among the crew it’s ‘Gerald.’", "Elena Sorrentino", False, "P1"),
        ],
        "posts": [("P1", "Elena Sorrentino", "Reddit")],
        "people": ["Elena Sorrentino"],
    },
    {
        "name": "chef-closing-restaurant-threads",
        "text": (
            "Chef Marco Abernathy, whose restaurant Fennel & Smoke earned a Michelin star in "
            "2021, said on Threads on Sunday that he would close it at the end of the month.\n\n"
            "“Rents went up, margins went down, and I’m tired,” Abernathy wrote. “We had a "
            "beautiful run.”\n\n"
            "Abernathy, 48, opened the restaurant in 2016 with money borrowed from his mother."
        ),
        "quotes": [
            ("Rents went up, margins went down, and I’m tired,", "Marco Abernathy", False, "P1"),
            ("We had a beautiful run.", "Marco Abernathy", False, "P1"),
        ],
        "posts": [("P1", "Marco Abernathy", "Threads")],
        "people": ["Marco Abernathy"],
    },
    {
        "name": "elementary-school-closure-meeting",
        "text": (
            "Parents packed the gym at Wexford Elementary on Tuesday night as district "
            "officials explained their plan to close the 94-year-old school next June.\n\n"
            "“I know this building means a great deal to this neighborhood,” Superintendent "
            "Gloria Fenner told the crowd. “But we have 210 students in a building designed for "
            "600, and a roof that leaks in nine places.”\n\n"
            "Several parents said they felt blindsided. “We found out from a rumor on the "
            "playground,” said Jamal Pierce, whose twin daughters are in second grade. The "
            "school board is expected to vote on the closure in December."
        ),
        "quotes": [
            (
                "I know this building means a great deal to this neighborhood,",
                "Gloria Fenner",
                False,
                None,
            ),
            (
                "But we have 210 students in a building designed for 600, and a roof that leaks "
                "in nine places.",
                "Gloria Fenner",
                False,
                None,
            ),
            ("We found out from a rumor on the playground,", "Jamal Pierce", False, None),
        ],
        "posts": [],
        "people": ["Gloria Fenner", "Jamal Pierce"],
    },
    {
        "name": "tarmac-delay-airline-email-passenger",
        "text": (
            "Passengers on a Coastline Airways flight that sat on the tarmac in Port Ellery for "
            "nearly five hours on Saturday received an email from the airline on Monday "
            "offering a $300 travel voucher.\n\n"
            "“We fell short of the standard you expect from us,” the email said. “We are "
            "reviewing what happened so that it does not happen again.”\n\n"
            "Some passengers were not impressed. “Three hundred dollars for five hours with no "
            "water and a broken toilet,” said Bernadette Oakes, who was traveling with her "
            "4-year-old son. “They can keep it.”"
        ),
        "quotes": [
            ("We fell short of the standard you expect from us,", None, False, "P1"),
            (
                "We are reviewing what happened so that it does not happen again.",
                None,
                False,
                "P1",
            ),
            (
                "Three hundred dollars for five hours with no water and a broken toilet,",
                "Bernadette Oakes",
                False,
                None,
            ),
            ("They can keep it.", "Bernadette Oakes", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Bernadette Oakes"],
    },
    {
        "name": "teen-tiktok-grandfather-reading-book-title",
        "text": (
            "A 16-year-old from Caprock, Texas, whose TikTok video about teaching his "
            "grandfather to read has been viewed more than 20 million times, says he never "
            "expected anyone outside his family to see it.\n\n"
            "“He’s 81 and he read me a whole page of ‘Charlotte’s Web’ tonight,” Mateo Rivas "
            "says in the video, holding up the book. “I’m not crying, you’re crying.”\n\n"
            "His mother, Lucia Rivas, said the family had been overwhelmed by messages. “People "
            "from Brazil, from Korea, from everywhere, telling us about their own "
            "grandparents,” she said Wednesday."
        ),
        "quotes": [
            (
                "He’s 81 and he read me a whole page of ‘Charlotte’s Web’ tonight,",
                "Mateo Rivas",
                False,
                "P1",
            ),
            ("I’m not crying, you’re crying.", "Mateo Rivas", False, "P1"),
            (
                "People from Brazil, from Korea, from everywhere, telling us about their own "
                "grandparents,",
                "Lucia Rivas",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Mateo Rivas", "TikTok")],
        "people": ["Mateo Rivas", "Lucia Rivas"],
    },
    {
        "name": "pharmacist-senate-committee-testimony",
        "text": (
            "A pharmacist from rural Maine told a state Senate committee on Thursday that "
            "pharmacy closures had left some patients driving 70 miles to fill prescriptions."
            "\n\n"
            "“I have customers who ration their insulin because the trip costs more than they "
            "can spare in gas,” Karen Thibodeau, who owns the last pharmacy in Aroostook Falls, "
            "testified.\n\n"
            "Sen. Paul Desrosiers, the committee’s chairman, called her testimony “a wake-up "
            "call” and said he would push for a state grant program to help independent "
            "pharmacies stay open. “We can’t let whole counties become pharmacy deserts,” he "
            "said after the hearing."
        ),
        "quotes": [
            (
                "I have customers who ration their insulin because the trip costs more than they "
                "can spare in gas,",
                "Karen Thibodeau",
                False,
                None,
            ),
            ("a wake-up call", "Paul Desrosiers", True, None),
            (
                "We can’t let whole counties become pharmacy deserts,",
                "Paul Desrosiers",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Karen Thibodeau", "Paul Desrosiers"],
    },
    {
        "name": "comedian-podcast-canceled-sitcom-network-statement",
        "text": (
            "Comedian Rita Kowalczyk said on the podcast “Small Talk With Big Names” that she "
            "was blindsided when the network canceled her sitcom, “Upstairs Neighbors,” after "
            "two seasons.\n\n"
            "“I found out from my agent, who found out from a reporter,” Kowalczyk said. "
            "“Nobody at the network called me. Not one person.”\n\n"
            "The 44-year-old said she was shopping a new show to streaming services. The "
            "network, BTC, said in a statement last month that “Upstairs Neighbors” had been "
            "“a joy to work on.”"
        ),
        "quotes": [
            (
                "I found out from my agent, who found out from a reporter,",
                "Rita Kowalczyk",
                False,
                "P1",
            ),
            ("Nobody at the network called me. Not one person.", "Rita Kowalczyk", False, "P1"),
            ("a joy to work on.", None, True, "P2"),
        ],
        "posts": [("P1", "Rita Kowalczyk", "Small Talk With Big Names"), ("P2", None, None)],
        "people": ["Rita Kowalczyk"],
    },
    {
        "name": "missing-hiker-found-sheriffs-office",
        "text": (
            "A 73-year-old hiker who went missing in the Bitterroot Mountains on Sunday was "
            "found alive Wednesday morning, the Sapphire County Sheriff’s Office said.\n\n"
            "“He was cold, dehydrated and very happy to see us,” the sheriff’s office said, "
            "adding that the man, Gerald Pickens of Elkhorn Springs, had sheltered under a rock "
            "overhang for two nights.\n\n"
            "Pickens’ daughter, Amy Lund, said her father had hiked the same trail “at least a "
            "hundred times” and knew it well. “This time the mountains almost won,” she said."
        ),
        "quotes": [
            ("He was cold, dehydrated and very happy to see us,", None, False, None),
            ("at least a hundred times", "Amy Lund", True, None),
            ("This time the mountains almost won,", "Amy Lund", False, None),
        ],
        "posts": [],
        "people": ["Gerald Pickens", "Amy Lund"],
    },
    {
        "name": "food-trucks-council-vote-straight-quotes",
        "text": (
            "The Harmon City Council voted 4-3 on Tuesday to allow food trucks to operate in "
            "the downtown historic district on weekends.\n\n"
            "Councilman Victor Albright, who voted no, said the council had thrown restaurant "
            'owners "under the bus."\n\n'
            '"These businesses pay rent and property taxes all year," Albright said. "The '
            'trucks show up Saturday and leave Sunday night."\n\n'
            '"People want choices, and this gives them one," said Councilwoman Denise Okafor, '
            "who sponsored the measure."
        ),
        "quotes": [
            ("under the bus.", "Victor Albright", True, None),
            (
                "These businesses pay rent and property taxes all year,",
                "Victor Albright",
                False,
                None,
            ),
            ("The trucks show up Saturday and leave Sunday night.", "Victor Albright", False, None),
            ("People want choices, and this gives them one,", "Denise Okafor", False, None),
        ],
        "posts": [],
        "people": ["Victor Albright", "Denise Okafor"],
    },
    {
        "name": "meal-kit-founder-medium-essay-investor-linkedin",
        "text": (
            "The founder of the meal-kit startup Cuttlebox said in an essay on Medium on "
            "Tuesday that the company would shut down after failing to raise new funding.\n\n"
            "“We grew too fast, we spent too much on ads, and we believed our own pitch deck,” "
            "wrote Aaron Whitlock, who started the company in his apartment in Alder Park in "
            "2019. “Those are my mistakes, not my team’s.”\n\n"
            "One of Cuttlebox’s early investors, Priyanka Dhar, wrote on LinkedIn that Whitlock "
            "had been “more honest in failure than most founders are in success.”"
        ),
        "quotes": [
            (
                "We grew too fast, we spent too much on ads, and we believed our own pitch deck,",
                "Aaron Whitlock",
                False,
                "P1",
            ),
            ("Those are my mistakes, not my team’s.", "Aaron Whitlock", False, "P1"),
            (
                "more honest in failure than most founders are in success.",
                "Priyanka Dhar",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", "Aaron Whitlock", "Medium"), ("P2", "Priyanka Dhar", "LinkedIn")],
        "people": ["Aaron Whitlock", "Priyanka Dhar"],
    },
]
