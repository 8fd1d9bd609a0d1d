"""The ninety-third self-made dev set, held out (CU): its first run is an unseen estimate.

Written with set CT, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a union's statement only
  mentioned) is still listed in posts.
- "people" lists every named person in the text, in order of first mention,
  whether or not they speak; animals (Kiri, Noodle, the wolf OR-143) and a
  commenter's handle are not people.
- Platforms are written as in the text: a capitalised "The" that is part of a
  newspaper's name is kept (The Guardian, The New York Times, The Lakemont
  Ledger), a lowercase "the" before it is dropped (Halifax Examiner, Star
  Tribune); "the journal Proceedings of the Royal Society B" has platform
  Proceedings of the Royal Society B; radio stations and podcasts take their
  names (ABC Radio National, BBC Radio 5 Live, BBC Sussex, Stumped, Off Book).
- A study published in a named journal is a post with author None and the
  journal as platform; "the authors wrote" speaks as None and belongs to it.
- A video posted by a state agency on YouTube, in which its biologist speaks,
  has author None and platform YouTube; the biologist is the quote's speaker.
- A lawsuit filed by a named individual (a playwright) is her post with no
  platform; a judge's written ruling is the judge's post with no platform; a
  theatre company's statement has author None and its words speak as None.
- A statement by a named person (a theatre's artistic director) is her post
  with no platform.
- A lawyer's email to a named newspaper ("said in an email to the Star
  Tribune") is his post with that newspaper as platform.
- A critic's review in a named newspaper is the critic's post with that
  newspaper as platform, and a fragment of it quoted in narration is partial.
- A union's Substack newsletter has author None; a named newsletter on
  Substack (Thaw Lines) has platform Substack, not the newsletter's name.
- A reply by a post's author under her or his own post belongs to that post; a
  keeper's TikTok "video of her own" answering a comment is a new TikTok post.
- A comment reported in narration ("commented under the post that ...") is a
  partial quote belonging to the post.
- A fragment introduced by "later called" after a post, with nothing tying it
  to the post, has post None.
- A single-word fragment attributed in narration ("called the guidance cut
  “overdue”") is a partial quote.
- Nicknames in marks (“Wanderer”, “the Metronome”, “the Quiet Storm”, “the Ice
  Whisperer”), a commenter's handle in marks (“Auntie Bea”), titles of plays
  and shows in marks, and a scare quote (the so-called “restitution question”)
  are not quotes.
- "Told the council", "said at the meeting", a sentencing hearing, "on a call
  with analysts", "told the audience" at a campus event and news conferences
  are not posts; an analyst's note to clients is the analyst's post.
- A video posted to a company's YouTube channel by its named chief executive
  is her post.
- An Instagram story "with the words" is an Instagram post, and the words are
  a whole quote (not partial).
- Two people sharing a surname (Carla and Ioana Dumitrescu): the bare surname
  refers to the one already named when it is used.
- Titles such as Dr., Professor, Judge and Council member are not part of a
  canonical name; hyphenated surnames are; name order as written is kept
  (Thanh Huong Vu, Hyun-woo Park).
- A quote split by its attribution (“...,” she said, “...”) is two quotes.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CU: list[dict] = [
    {
        "name": "theatre-closing-early-instagram-lead-comment",
        "text": (
            "The Harbour Street Theatre in Halifax will close its production of “The Lantern "
            "Keepers” two weeks early after ticket sales fell short, its artistic director, "
            "Siobhán Ní Bhriain, announced on Instagram on Sunday.\n\n"
            "“We made a play we are proud of, and not enough people came. Both things are "
            "true,” she wrote beneath a photo of the cast at curtain call.\n\n"
            "The show’s lead, Kofi Mensah-Boateng, commented under the post: “Eight weeks I "
            "will never forget. Thank you for betting on us.”\n\n"
            "In an interview with the Halifax Examiner, Ní Bhriain said the theatre had not "
            "budgeted for a snowy February. “Winter always hurts, but this one was brutal,” she "
            "said. She added that the company would stage a smaller play in the spring, calling "
            "it “a deliberate step back.”\n\n"
            "The theatre’s board chair, Priya Raman, told subscribers at a meeting on Monday "
            "that the company’s finances were stable. “No one should read this as the end of "
            "Harbour Street,” she said."
        ),
        "quotes": [
            (
                "We made a play we are proud of, and not enough people came. Both things are true,",
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            (
                "Eight weeks I will never forget. Thank you for betting on us.",
                "Kofi Mensah-Boateng",
                False,
                "P1",
            ),
            ("Winter always hurts, but this one was brutal,", "Siobhán Ní Bhriain", False, "P2"),
            ("a deliberate step back.", "Siobhán Ní Bhriain", True, "P2"),
            (
                "No one should read this as the end of Harbour Street,",
                "Priya Raman",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Siobhán Ní Bhriain", "Instagram"),
            ("P2", "Siobhán Ní Bhriain", "Halifax Examiner"),
        ],
        "people": ["Siobhán Ní Bhriain", "Kofi Mensah-Boateng", "Priya Raman"],
    },
    {
        "name": "department-store-closures-release-tiktok-news-conference",
        "text": (
            "Castellane & Ward, the 140-year-old department store chain, said in a press "
            "release on Thursday that it would close 23 of its 61 stores by the end of June and "
            "cut about 2,100 jobs.\n\n"
            "“These decisions are painful, but they give the rest of our stores a future,” the "
            "release quoted the chief executive, Margarethe Lindahl, as saying.\n\n"
            "A sales associate at the chain’s Cleveland store, Deshawn Whitfield, posted a "
            "TikTok video from an emptied stockroom that has been viewed more than two million "
            "times. “Found out from the news like everybody else,” he said in the video. "
            "“Nineteen years, and not a phone call.”\n\n"
            "One comment under the video, from a woman who said she worked at the Akron store, "
            "read: “Same here. We learned it from a customer.”\n\n"
            "The Retail, Wholesale and Department Store Union said in a statement that it would "
            "seek talks on severance. Lindahl, asked at a news conference on Friday whether "
            "staff should have been told first, answered: “Yes. That was a failure on our "
            "part.”"
        ),
        "quotes": [
            (
                "These decisions are painful, but they give the rest of our stores a future,",
                "Margarethe Lindahl",
                False,
                "P1",
            ),
            ("Found out from the news like everybody else,", "Deshawn Whitfield", False, "P2"),
            ("Nineteen years, and not a phone call.", "Deshawn Whitfield", False, "P2"),
            ("Same here. We learned it from a customer.", None, False, "P2"),
            ("Yes. That was a failure on our part.", "Margarethe Lindahl", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Deshawn Whitfield", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Margarethe Lindahl", "Deshawn Whitfield"],
    },
    {
        "name": "wolf-collar-agency-youtube-rancher-facebook",
        "text": (
            "A gray wolf fitted with a tracking collar in Oregon has walked more than 1,200 "
            "miles into northern California, the farthest any collared wolf from the state has "
            "been recorded travelling, biologists said this week.\n\n"
            "The wolf, known to researchers as OR-143 and nicknamed “Wanderer” by volunteers, "
            "crossed two mountain ranges in six weeks. In a video posted on YouTube by the "
            "Oregon Department of Fish and Wildlife, its carnivore biologist, Dr. Ayelet "
            "Ben-Haim, traced the route on a map. “He is doing exactly what young males do: "
            "looking for a mate and a territory of his own,” the biologist explained.\n\n"
            "Not everyone is celebrating. A Siskiyou County rancher, Colleen Aguirre, wrote in a "
            "Facebook post that she lost two calves to wolves last spring. “Everyone loves a "
            "wolf until it is in your pasture at 3 a.m.,” she wrote. Her neighbour, Bertrand "
            "Okoye, replied under the post: “Call the county first. They actually show up.”\n\n"
            "At a news conference in Yreka on Wednesday, California’s wolf coordinator, Hemi "
            "Walker, said compensation claims would be paid within 30 days. “We owe ranchers "
            "speed, not speeches,” he said."
        ),
        "quotes": [
            (
                "He is doing exactly what young males do: looking for a mate and a territory of "
                "his own,",
                "Ayelet Ben-Haim",
                False,
                "P1",
            ),
            (
                "Everyone loves a wolf until it is in your pasture at 3 a.m.,",
                "Colleen Aguirre",
                False,
                "P2",
            ),
            ("Call the county first. They actually show up.", "Bertrand Okoye", False, "P2"),
            ("We owe ranchers speed, not speeches,", "Hemi Walker", False, None),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", "Colleen Aguirre", "Facebook"),
        ],
        "people": ["Ayelet Ben-Haim", "Colleen Aguirre", "Bertrand Okoye", "Hemi Walker"],
    },
    {
        "name": "grad-strike-provost-email-union-substack-bluesky",
        "text": (
            "Graduate workers at Lakemont University walked off the job on Monday, the first "
            "strike in the school’s 150-year history, after talks over stipends collapsed.\n\n"
            "In an email to students and faculty on Sunday night, the provost, Dr. Harriet "
            "Oduya-Pemberton, said classes would continue “wherever possible.” “We respect the "
            "right to strike. We also have an obligation to the undergraduates who are paying "
            "for their education,” she wrote.\n\n"
            "The Lakemont Graduate Workers Union answered in its Substack newsletter. "
            "“Undergraduates are being taught by us. Pay us like it,” the union wrote.\n\n"
            "A chemistry doctoral student, Thanh Huong Vu, told the student newspaper, The "
            "Lakemont Ledger, that she earns $24,000 a year. “My rent is $1,400 a month. Do the "
            "math,” she said.\n\n"
            "Professor Rashid Al-Khouri, who teaches medieval history, wrote on Bluesky that he "
            "would hold his seminar off campus in solidarity, calling the university’s latest "
            "offer “an insult dressed as a raise.”"
        ),
        "quotes": [
            ("wherever possible.", "Harriet Oduya-Pemberton", True, "P1"),
            (
                "We respect the right to strike. We also have an obligation to the "
                "undergraduates who are paying for their education,",
                "Harriet Oduya-Pemberton",
                False,
                "P1",
            ),
            ("Undergraduates are being taught by us. Pay us like it,", None, False, "P2"),
            ("My rent is $1,400 a month. Do the math,", "Thanh Huong Vu", False, "P3"),
            ("an insult dressed as a raise.", "Rashid Al-Khouri", True, "P4"),
        ],
        "posts": [
            ("P1", "Harriet Oduya-Pemberton", None),
            ("P2", None, "Substack"),
            ("P3", "Thanh Huong Vu", "The Lakemont Ledger"),
            ("P4", "Rashid Al-Khouri", "Bluesky"),
        ],
        "people": ["Harriet Oduya-Pemberton", "Thanh Huong Vu", "Rashid Al-Khouri"],
    },
    {
        "name": "playwright-lawsuit-judge-ruling-instagram",
        "text": (
            "A federal judge in Chicago has refused to halt a production of the musical “Salt "
            "and Iron,” rejecting a playwright’s claim that it copies her 2016 play.\n\n"
            "In a lawsuit filed in March, the playwright, Adaeze Nwachukwu, accused the Prairie "
            "Lights Theatre Company of lifting “entire scenes, beat for beat” from her play “The "
            "Foundry.” The theatre said in a statement at the time that the claim was “without "
            "merit.”\n\n"
            "In her written ruling on Tuesday, Judge Miriam Castellanos-Reyes found that the two "
            "works shared “a setting and a mood, which no one can own.” She wrote: “Ideas are "
            "free. Only their particular expression is protected.”\n\n"
            "Nwachukwu’s lawyer, Tobias Lindgren, told reporters outside the courthouse that "
            "his client would appeal. “This is round one,” he said.\n\n"
            "Nwachukwu herself posted on Instagram that evening, beside a photo of a shuttered "
            "steel mill. “I wrote that play in a steel town, about my father. I know what I "
            "wrote,” she said in the post."
        ),
        "quotes": [
            ("entire scenes, beat for beat", "Adaeze Nwachukwu", True, "P1"),
            ("without merit.", None, True, "P2"),
            ("a setting and a mood, which no one can own.", "Miriam Castellanos-Reyes", True, "P3"),
            (
                "Ideas are free. Only their particular expression is protected.",
                "Miriam Castellanos-Reyes",
                False,
                "P3",
            ),
            ("This is round one,", "Tobias Lindgren", False, None),
            (
                "I wrote that play in a steel town, about my father. I know what I wrote,",
                "Adaeze Nwachukwu",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu", None),
            ("P2", None, None),
            ("P3", "Miriam Castellanos-Reyes", None),
            ("P4", "Adaeze Nwachukwu", "Instagram"),
        ],
        "people": ["Adaeze Nwachukwu", "Miriam Castellanos-Reyes", "Tobias Lindgren"],
    },
    {
        "name": "cricket-captain-retires-x-reply-podcast",
        "text": (
            "Aroha Ngata, who captained New Zealand’s women’s cricket team to the 2024 T20 World "
            "Cup title, announced her retirement from international cricket on X on "
            "Saturday.\n\n"
            "“Seventeen years, four World Cups and one trophy. Time to hand the bat on,” the "
            "34-year-old posted.\n\n"
            "Her long-time opening partner, Meenakshi Iyer, replied within minutes: “No one ever "
            "made batting look so calm. Enjoy the quiet, skip.”\n\n"
            "Ngata, nicknamed “the Metronome” for her steady scoring, said on the cricket "
            "podcast Stumped that she had been weighing the decision since the final. “My body "
            "told me before my head did,” she said. She added that coaching was “not off the "
            "table.”\n\n"
            "New Zealand Cricket said in a statement that Ngata had “changed what young girls in "
            "this country think is possible.” The head coach, Farid Rahimi, told reporters in "
            "Wellington that a new captain would be named before the home series against "
            "England next month."
        ),
        "quotes": [
            (
                "Seventeen years, four World Cups and one trophy. Time to hand the bat on,",
                "Aroha Ngata",
                False,
                "P1",
            ),
            (
                "No one ever made batting look so calm. Enjoy the quiet, skip.",
                "Meenakshi Iyer",
                False,
                "P1",
            ),
            ("My body told me before my head did,", "Aroha Ngata", False, "P2"),
            ("not off the table.", "Aroha Ngata", True, "P2"),
            (
                "changed what young girls in this country think is possible.",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Aroha Ngata", "X"),
            ("P2", "Aroha Ngata", "Stumped"),
            ("P3", None, None),
        ],
        "people": ["Aroha Ngata", "Meenakshi Iyer", "Farid Rahimi"],
    },
    {
        "name": "bumblebee-fungicide-study-radio-bluesky-reply",
        "text": (
            "Bumblebees exposed to a common farm fungicide forgot where flowers were within a "
            "day, according to a study published on Wednesday in the journal Proceedings of the "
            "Royal Society B.\n\n"
            "“Even sublethal doses impaired spatial memory in a majority of workers,” the authors "
            "wrote, adding that the effect lasted “well beyond the spraying window.”\n\n"
            "The study’s lead author, Dr. Kalinda Watson, an ecologist at the University of "
            "Queensland, told ABC Radio National that the findings had surprised her team. “We "
            "expected some effect. We did not expect bees that simply could not find their way "
            "home,” she said.\n\n"
            "The fungicide’s maker, Verdana Crop Science, said in a statement that the product "
            "had passed “every regulatory test in 40 countries.”\n\n"
            "An entomologist who was not involved in the research, Jakub Wiśniewski, wrote on "
            "Bluesky that the sample of 12 colonies was small. “Good design, modest n. "
            "Replicate it and then we can talk policy,” he posted. Watson replied under his "
            "post: “Agreed. The replication is already running.”"
        ),
        "quotes": [
            (
                "Even sublethal doses impaired spatial memory in a majority of workers,",
                None,
                False,
                "P1",
            ),
            ("well beyond the spraying window.", None, True, "P1"),
            (
                "We expected some effect. We did not expect bees that simply could not find "
                "their way home,",
                "Kalinda Watson",
                False,
                "P2",
            ),
            ("every regulatory test in 40 countries.", None, True, "P3"),
            (
                "Good design, modest n. Replicate it and then we can talk policy,",
                "Jakub Wiśniewski",
                False,
                "P4",
            ),
            ("Agreed. The replication is already running.", "Kalinda Watson", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Proceedings of the Royal Society B"),
            ("P2", "Kalinda Watson", "ABC Radio National"),
            ("P3", None, None),
            ("P4", "Jakub Wiśniewski", "Bluesky"),
        ],
        "people": ["Kalinda Watson", "Jakub Wiśniewski"],
    },
    {
        "name": "payment-app-outage-reddit-thread-linkedin-cto",
        "text": (
            "The payment app Kestrel went down for nearly nine hours on Friday, leaving "
            "thousands of small shops in Kenya and Uganda unable to take card payments.\n\n"
            "A thread started on Reddit’s r/Kenya forum that morning drew hundreds of "
            "complaints. “Had to turn away customers all morning. Cash only, like it’s 2005,” "
            "the user who started it wrote. Another replied in the thread: “M-Pesa saved me "
            "today, honestly.”\n\n"
            "Kestrel’s chief technology officer, Wanjiru Kamau-Otieno, apologised in a LinkedIn "
            "post on Saturday, blaming a failed database migration. “We tested it. We did not "
            "test it enough,” she wrote. “That is the whole story.”\n\n"
            "A former Kestrel engineer, Oluwaseun Adebayo, commented under the post that the "
            "company had been “shipping on Fridays for years.”\n\n"
            "At a briefing in Nairobi on Monday, the company’s founder, Daniel Mwangi, promised "
            "to refund transaction fees for the day. “Every merchant who lost business will hear "
            "from us this week,” he said."
        ),
        "quotes": [
            (
                "Had to turn away customers all morning. Cash only, like it’s 2005,",
                None,
                False,
                "P1",
            ),
            ("M-Pesa saved me today, honestly.", None, False, "P1"),
            ("We tested it. We did not test it enough,", "Wanjiru Kamau-Otieno", False, "P2"),
            ("That is the whole story.", "Wanjiru Kamau-Otieno", False, "P2"),
            ("shipping on Fridays for years.", "Oluwaseun Adebayo", True, "P2"),
            (
                "Every merchant who lost business will hear from us this week,",
                "Daniel Mwangi",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Wanjiru Kamau-Otieno", "LinkedIn"),
        ],
        "people": ["Wanjiru Kamau-Otieno", "Oluwaseun Adebayo", "Daniel Mwangi"],
    },
    {
        "name": "library-hours-cut-facebook-council-letter-husband",
        "text": (
            "The Brookfield Public Library will close on Sundays and Mondays from July after the "
            "town council cut its budget by 18 percent.\n\n"
            "The library’s director, Anneliese Vogt, broke the news in a Facebook post on "
            "Tuesday. “I have worked here 22 years and this is the hardest post I have ever "
            "written,” she wrote. “Please come to the council meeting.”\n\n"
            "More than 200 residents did. Among them was Eleni Papadakis, 81, who has borrowed a "
            "book a week since 1979. “This library is where I learned English,” she told the "
            "council.\n\n"
            "Council member Ravi Shankar Pillai defended the cut at the meeting, saying the town "
            "faced “a hole we did not dig.”\n\n"
            "A letter signed by 1,100 residents and delivered to the council on Wednesday called "
            "the decision “a false economy.” Vogt’s husband, Gideon Marsh, a retired teacher, "
            "shared her post on Facebook with a note of his own: “Twenty-two years of her "
            "evenings and weekends went into that building.”"
        ),
        "quotes": [
            (
                "I have worked here 22 years and this is the hardest post I have ever written,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            ("Please come to the council meeting.", "Anneliese Vogt", False, "P1"),
            ("This library is where I learned English,", "Eleni Papadakis", False, None),
            ("a hole we did not dig.", "Ravi Shankar Pillai", True, None),
            ("a false economy.", None, True, "P2"),
            (
                "Twenty-two years of her evenings and weekends went into that building.",
                "Gideon Marsh",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", "Facebook"),
            ("P2", None, None),
            ("P3", "Gideon Marsh", "Facebook"),
        ],
        "people": ["Anneliese Vogt", "Eleni Papadakis", "Ravi Shankar Pillai", "Gideon Marsh"],
    },
    {
        "name": "museum-restitution-guardian-op-ed-threads-replies",
        "text": (
            "The Whitcombe Museum in Bristol will return 31 bronze plaques to Nigeria, its "
            "director announced on Monday, ending a decade in which the so-called “restitution "
            "question” divided its board.\n\n"
            "Writing in an op-ed for The Guardian, the director, Imogen Fairweather-Shah, said "
            "the museum had been “on the wrong side of this argument for too long.” “Keeping them "
            "was never neutrality. It was a choice, and we made the wrong one,” she wrote.\n\n"
            "Professor Chukwuemeka Obi, an art historian who has campaigned for the plaques’ "
            "return, welcomed the news on Threads. “Today the plaques go home,” he wrote. "
            "“Tomorrow, the rest of Britain’s museums.”\n\n"
            "One user replied under Obi’s post: “Will there be anything left to see?” Obi "
            "answered in a second reply: “Plenty. Just not stolen things.”\n\n"
            "A trustee who resigned over the decision, Rupert Haldane-Fisk, told The Daily "
            "Telegraph that the museum had surrendered to “fashionable guilt.”"
        ),
        "quotes": [
            (
                "on the wrong side of this argument for too long.",
                "Imogen Fairweather-Shah",
                True,
                "P1",
            ),
            (
                "Keeping them was never neutrality. It was a choice, and we made the wrong one,",
                "Imogen Fairweather-Shah",
                False,
                "P1",
            ),
            ("Today the plaques go home,", "Chukwuemeka Obi", False, "P2"),
            ("Tomorrow, the rest of Britain’s museums.", "Chukwuemeka Obi", False, "P2"),
            ("Will there be anything left to see?", None, False, "P2"),
            ("Plenty. Just not stolen things.", "Chukwuemeka Obi", False, "P2"),
            ("fashionable guilt.", "Rupert Haldane-Fisk", True, "P3"),
        ],
        "posts": [
            ("P1", "Imogen Fairweather-Shah", "The Guardian"),
            ("P2", "Chukwuemeka Obi", "Threads"),
            ("P3", "Rupert Haldane-Fisk", "The Daily Telegraph"),
        ],
        "people": ["Imogen Fairweather-Shah", "Chukwuemeka Obi", "Rupert Haldane-Fisk"],
    },
    {
        "name": "bookshop-closing-instagram-husband-comment-radio",
        "text": (
            "After 31 years on Broughton Street in Edinburgh, the independent bookshop Page & "
            "Pulse will close at the end of the month, its owner, Fionnuala Keane, announced on "
            "Instagram on Thursday. She runs the shop with her husband, Tariq Haddad.\n\n"
            "“The rent doubled. The love didn’t, but love does not pay landlords,” she wrote "
            "under a photo of the shop window.\n\n"
            "Her husband, who has run the children’s corner since 2009, commented beneath the "
            "post: “Thirty-one years of story time. I will miss every single one of those "
            "kids.”\n\n"
            "Regulars flooded the comments. One, who signs herself “Auntie Bea,” wrote: “Where "
            "will I go on Saturdays now?”\n\n"
            "The landlord, Caledon Estates, said in a statement that the new rent reflected "
            "“current market conditions.”\n\n"
            "Keane told BBC Radio Scotland on Friday that she had been offered a unit in a "
            "shopping centre across town. “I would rather close than become a kiosk,” the "
            "bookseller said."
        ),
        "quotes": [
            (
                "The rent doubled. The love didn’t, but love does not pay landlords,",
                "Fionnuala Keane",
                False,
                "P1",
            ),
            (
                "Thirty-one years of story time. I will miss every single one of those kids.",
                "Tariq Haddad",
                False,
                "P1",
            ),
            ("Where will I go on Saturdays now?", None, False, "P1"),
            ("current market conditions.", None, True, "P2"),
            ("I would rather close than become a kiosk,", "Fionnuala Keane", False, "P3"),
        ],
        "posts": [
            ("P1", "Fionnuala Keane", "Instagram"),
            ("P2", None, None),
            ("P3", "Fionnuala Keane", "BBC Radio Scotland"),
        ],
        "people": ["Fionnuala Keane", "Tariq Haddad"],
    },
    {
        "name": "zoo-red-panda-cubs-release-keeper-tiktok",
        "text": (
            "Two red panda cubs were born at the Riverside Zoo in Omaha last month, the first of "
            "the endangered species born there in 15 years, the zoo said in a news release on "
            "Tuesday.\n\n"
            "“Their mother, Kiri, is doing everything right. We are mostly watching on camera "
            "and staying out of her way,” the release quoted the zoo’s head of mammals, Dr. "
            "Siddharth Menon, as saying.\n\n"
            "One of the keepers, Yuki Tanabe, has been posting short clips of the cubs on "
            "TikTok. “They sleep 20 hours a day,” she said in a video on Sunday, “and I still "
            "can’t stop watching.” Under the video, a viewer pleaded: “Name one of them Noodle, "
            "I beg you.”\n\n"
            "Tanabe answered with a video of her own: “We can’t promise Noodle. We can promise a "
            "public vote.”\n\n"
            "The zoo’s director, Marguerite Obeng, told reporters on Wednesday that the cubs "
            "would not go on public view until the autumn. “They need quiet more than they need "
            "fans,” she said."
        ),
        "quotes": [
            (
                "Their mother, Kiri, is doing everything right. We are mostly watching on camera "
                "and staying out of her way,",
                "Siddharth Menon",
                False,
                "P1",
            ),
            ("They sleep 20 hours a day,", "Yuki Tanabe", False, "P2"),
            ("and I still can’t stop watching.", "Yuki Tanabe", False, "P2"),
            ("Name one of them Noodle, I beg you.", None, False, "P2"),
            (
                "We can’t promise Noodle. We can promise a public vote.",
                "Yuki Tanabe",
                False,
                "P3",
            ),
            (
                "They need quiet more than they need fans,",
                "Marguerite Obeng",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Yuki Tanabe", "TikTok"),
            ("P3", "Yuki Tanabe", "TikTok"),
        ],
        "people": ["Siddharth Menon", "Yuki Tanabe", "Marguerite Obeng"],
    },
    {
        "name": "college-president-resigns-letter-medium-student-paper",
        "text": (
            "The president of Ashgrove College, Dr. Emmanuel Adjei-Mensah, resigned on Friday, "
            "three weeks after the faculty passed a vote of no confidence in his "
            "leadership.\n\n"
            "In a letter to the college community, Adjei-Mensah said he was leaving “with "
            "gratitude and without bitterness.” “A president who has lost the faculty cannot "
            "lead the college, whatever he thinks of the vote,” he wrote.\n\n"
            "The chair of the faculty senate, Ingrid Solberg, published an essay on Medium hours "
            "later. “No one wins today. We disagreed about the future of this place, and it "
            "became personal on every side,” she wrote.\n\n"
            "The board chair, Hyun-woo Park, told The Ashgrove Beacon, the student newspaper, "
            "that an interim president would be named within two weeks. “We are not going to "
            "leave the college without a captain,” he said.\n\n"
            "Camila Quispe, a senior who organised a sit-in outside the president’s office last "
            "month, posted on Instagram: “Took a vote, a sit-in and a petition. Democracy is "
            "slow but it works.”"
        ),
        "quotes": [
            ("with gratitude and without bitterness.", "Emmanuel Adjei-Mensah", True, "P1"),
            (
                "A president who has lost the faculty cannot lead the college, whatever he "
                "thinks of the vote,",
                "Emmanuel Adjei-Mensah",
                False,
                "P1",
            ),
            (
                "No one wins today. We disagreed about the future of this place, and it became "
                "personal on every side,",
                "Ingrid Solberg",
                False,
                "P2",
            ),
            (
                "We are not going to leave the college without a captain,",
                "Hyun-woo Park",
                False,
                "P3",
            ),
            (
                "Took a vote, a sit-in and a petition. Democracy is slow but it works.",
                "Camila Quispe",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Emmanuel Adjei-Mensah", None),
            ("P2", "Ingrid Solberg", "Medium"),
            ("P3", "Hyun-woo Park", "The Ashgrove Beacon"),
            ("P4", "Camila Quispe", "Instagram"),
        ],
        "people": ["Emmanuel Adjei-Mensah", "Ingrid Solberg", "Hyun-woo Park", "Camila Quispe"],
    },
    {
        "name": "broadway-review-feud-x-reply-instagram-story",
        "text": (
            "A scathing review of the new Broadway revival of “Long Day’s Journey Into Night” "
            "set off an online feud this week between the critic and the production’s lead "
            "producer.\n\n"
            "Writing in The New York Times, the critic Beatriz Monteiro called the staging “a "
            "museum piece with the lights left off.”\n\n"
            "The producer, Jonah Feldstein, hit back on X. “Critics said the same about the "
            "original in 1956,” he posted. “Audiences seem to disagree: we are sold out through "
            "May.”\n\n"
            "Monteiro replied under his post: “Selling tickets and being good are different "
            "achievements. Congratulations on the first.”\n\n"
            "The show’s star, Lucía Ferrer-Olmos, stayed out of the argument, posting an "
            "Instagram story of the cast in the wings with the words: “Eight shows a week. We "
            "don’t read reviews. We do the work.”\n\n"
            "Asked about the exchange at a news conference for the Tony nominations on Tuesday, "
            "Feldstein said he had “no regrets at all.”"
        ),
        "quotes": [
            ("a museum piece with the lights left off.", "Beatriz Monteiro", True, "P1"),
            ("Critics said the same about the original in 1956,", "Jonah Feldstein", False, "P2"),
            (
                "Audiences seem to disagree: we are sold out through May.",
                "Jonah Feldstein",
                False,
                "P2",
            ),
            (
                "Selling tickets and being good are different achievements. Congratulations on "
                "the first.",
                "Beatriz Monteiro",
                False,
                "P2",
            ),
            (
                "Eight shows a week. We don’t read reviews. We do the work.",
                "Lucía Ferrer-Olmos",
                False,
                "P3",
            ),
            ("no regrets at all.", "Jonah Feldstein", True, None),
        ],
        "posts": [
            ("P1", "Beatriz Monteiro", "The New York Times"),
            ("P2", "Jonah Feldstein", "X"),
            ("P3", "Lucía Ferrer-Olmos", "Instagram"),
        ],
        "people": ["Beatriz Monteiro", "Jonah Feldstein", "Lucía Ferrer-Olmos"],
    },
    {
        "name": "theatre-bookkeeper-sentenced-statement-email-facebook",
        "text": (
            "A former bookkeeper who stole $2.3 million from a Minneapolis children’s theatre was "
            "sentenced on Thursday to six years in prison.\n\n"
            "Carla Dumitrescu, 52, had pleaded guilty to wire fraud. At the sentencing hearing, "
            "Judge Anthony Okonkwo told her she had taken “money meant for children’s costumes "
            "and scholarships.” “You did not steal from an institution. You stole from kids,” "
            "he said.\n\n"
            "The theatre’s artistic director, Naledi Khumalo, said in a statement that the "
            "company was “finally able to close this chapter.”\n\n"
            "Dumitrescu’s lawyer, Piotr Zieliński, said in an email to the Star Tribune that his "
            "client had repaid $400,000 and would keep paying. “She is ashamed, and she will "
            "spend the rest of her life making this right,” he wrote.\n\n"
            "Her daughter, Ioana Dumitrescu, posted on Facebook after the hearing. “My mother "
            "made terrible choices. She is still my mother,” she wrote."
        ),
        "quotes": [
            (
                "money meant for children’s costumes and scholarships.",
                "Anthony Okonkwo",
                True,
                None,
            ),
            (
                "You did not steal from an institution. You stole from kids,",
                "Anthony Okonkwo",
                False,
                None,
            ),
            ("finally able to close this chapter.", "Naledi Khumalo", True, "P1"),
            (
                "She is ashamed, and she will spend the rest of her life making this right,",
                "Piotr Zieliński",
                False,
                "P2",
            ),
            (
                "My mother made terrible choices. She is still my mother,",
                "Ioana Dumitrescu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Naledi Khumalo", None),
            ("P2", "Piotr Zieliński", "Star Tribune"),
            ("P3", "Ioana Dumitrescu", "Facebook"),
        ],
        "people": [
            "Carla Dumitrescu",
            "Anthony Okonkwo",
            "Naledi Khumalo",
            "Piotr Zieliński",
            "Ioana Dumitrescu",
        ],
    },
    {
        "name": "outdoor-retailer-earnings-analyst-note-youtube",
        "text": (
            "Shares of Nordvik Outdoor, the Norwegian maker of hiking gear, fell 14 percent on "
            "Wednesday after the company cut its full-year sales forecast, blaming a warm winter "
            "in Europe.\n\n"
            "“Demand for insulated outerwear was significantly below plan,” the company said in "
            "its earnings release.\n\n"
            "On a call with analysts, the chief executive, Solveig Haugland, said the company "
            "would cut prices on winter stock. “We would rather clear the shelves than carry "
            "jackets into another year,” she said.\n\n"
            "In a note to clients, the analyst Rahul Venkataraman of Kepler Cheuvreux called the "
            "guidance cut “overdue” and added: “The weather excuse only works once.”\n\n"
            "Haugland also posted a video to the company’s YouTube channel, speaking directly to "
            "customers. “Yes, there will be discounts. No, we are not going anywhere,” she said "
            "in the video.\n\n"
            "The most-liked comment under the video read: “Buying two jackets then. See you on "
            "the mountain.”"
        ),
        "quotes": [
            ("Demand for insulated outerwear was significantly below plan,", None, False, "P1"),
            (
                "We would rather clear the shelves than carry jackets into another year,",
                "Solveig Haugland",
                False,
                None,
            ),
            ("overdue", "Rahul Venkataraman", True, "P2"),
            ("The weather excuse only works once.", "Rahul Venkataraman", False, "P2"),
            (
                "Yes, there will be discounts. No, we are not going anywhere,",
                "Solveig Haugland",
                False,
                "P3",
            ),
            ("Buying two jackets then. See you on the mountain.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rahul Venkataraman", None),
            ("P3", "Solveig Haugland", "YouTube"),
        ],
        "people": ["Solveig Haugland", "Rahul Venkataraman"],
    },
    {
        "name": "marathon-record-stress-fracture-instagram-coach-radio",
        "text": (
            "Tigist Alemu broke the course record at the Berlin Marathon on Sunday, finishing in "
            "2 hours 14 minutes 52 seconds, then revealed that she had run the last 10 "
            "kilometres on a stress fracture.\n\n"
            "“Felt it crack at 32K. Decided it could wait 10 more,” the Ethiopian runner wrote "
            "on Instagram beneath an X-ray of her left foot.\n\n"
            "Her coach, Giovanni Ferraro, was less amused. “I told her to stop twice. She ignored "
            "me twice,” he told BBC Radio 5 Live. “That is why she is a champion, and also why I "
            "have grey hair.”\n\n"
            "The runner-up, Faith Jepkosgei, commented under Alemu’s post: “Unreal. Heal fast, "
            "sister.”\n\n"
            "World Athletics said in a statement that it was “in contact with the athlete’s "
            "team.” Alemu, whom fans call “the Quiet Storm,” is expected to miss the rest of the "
            "season, including the world championships in Tokyo."
        ),
        "quotes": [
            (
                "Felt it crack at 32K. Decided it could wait 10 more,",
                "Tigist Alemu",
                False,
                "P1",
            ),
            ("I told her to stop twice. She ignored me twice,", "Giovanni Ferraro", False, "P2"),
            (
                "That is why she is a champion, and also why I have grey hair.",
                "Giovanni Ferraro",
                False,
                "P2",
            ),
            ("Unreal. Heal fast, sister.", "Faith Jepkosgei", False, "P1"),
            ("in contact with the athlete’s team.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Tigist Alemu", "Instagram"),
            ("P2", "Giovanni Ferraro", "BBC Radio 5 Live"),
            ("P3", None, None),
        ],
        "people": ["Tigist Alemu", "Giovanni Ferraro", "Faith Jepkosgei"],
    },
    {
        "name": "pilot-whale-stranding-bluesky-threads-news-conference",
        "text": (
            "Rescuers refloated 46 of 70 pilot whales that stranded on a beach near Strahan, "
            "Tasmania, on Monday, the state’s parks service said.\n\n"
            "The marine biologist leading the response, Dr. Leilani Kahananui, posted updates on "
            "Bluesky throughout the day. “Water is cold, the tide is with us, and every "
            "volunteer here is soaked and smiling,” she wrote in the afternoon. A volunteer, "
            "Sandeep Gill, replied to her post: “Fourteen hours on that beach. Worth every "
            "minute.”\n\n"
            "A local fisherman, Wade Pettigrew, said on Threads that boat crews had herded the "
            "whales out of the harbour. “We’ve done this three times in six years. It doesn’t "
            "get easier,” he wrote.\n\n"
            "At a news conference in Hobart on Tuesday, the parks service’s regional manager, "
            "Oksana Hrytsenko, confirmed that 24 whales had died. “We cannot save all of them, "
            "and we should stop pretending we can,” she said.\n\n"
            "Kahananui later called the outcome “better than we dared to hope.”"
        ),
        "quotes": [
            (
                "Water is cold, the tide is with us, and every volunteer here is soaked and "
                "smiling,",
                "Leilani Kahananui",
                False,
                "P1",
            ),
            ("Fourteen hours on that beach. Worth every minute.", "Sandeep Gill", False, "P1"),
            (
                "We’ve done this three times in six years. It doesn’t get easier,",
                "Wade Pettigrew",
                False,
                "P2",
            ),
            (
                "We cannot save all of them, and we should stop pretending we can,",
                "Oksana Hrytsenko",
                False,
                None,
            ),
            ("better than we dared to hope.", "Leilani Kahananui", True, None),
        ],
        "posts": [
            ("P1", "Leilani Kahananui", "Bluesky"),
            ("P2", "Wade Pettigrew", "Threads"),
        ],
        "people": ["Leilani Kahananui", "Sandeep Gill", "Wade Pettigrew", "Oksana Hrytsenko"],
    },
    {
        "name": "permafrost-centre-grant-release-substack-comment",
        "text": (
            "The University of Manitoba has won a C$48 million federal grant to build a research "
            "centre on Arctic permafrost, the university announced in a news release on "
            "Monday.\n\n"
            "“Permafrost is thawing faster than our models predicted, and we need to know why,” "
            "the release quoted the centre’s incoming director, Professor Siqiniq Anawak.\n\n"
            "Anawak, whose students call her “the Ice Whisperer,” told the audience at a campus "
            "event that Inuit communities would hold seats on the centre’s board. “Nothing about "
            "the North without the North,” she said.\n\n"
            "Not every researcher was convinced. The climate scientist Mathieu Lavigne wrote in "
            "his Substack newsletter, Thaw Lines, that the money would be spread “too thin across "
            "too many buildings.” “Forty-eight million dollars sounds like a lot until you price "
            "a field season,” he wrote.\n\n"
            "Anawak replied in a comment under his post: “Come and price one with us. The "
            "invitation is open.”"
        ),
        "quotes": [
            (
                "Permafrost is thawing faster than our models predicted, and we need to know why,",
                "Siqiniq Anawak",
                False,
                "P1",
            ),
            ("Nothing about the North without the North,", "Siqiniq Anawak", False, None),
            ("too thin across too many buildings.", "Mathieu Lavigne", True, "P2"),
            (
                "Forty-eight million dollars sounds like a lot until you price a field season,",
                "Mathieu Lavigne",
                False,
                "P2",
            ),
            (
                "Come and price one with us. The invitation is open.",
                "Siqiniq Anawak",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Mathieu Lavigne", "Substack"),
        ],
        "people": ["Siqiniq Anawak", "Mathieu Lavigne"],
    },
    {
        "name": "fringe-show-pulled-statement-tiktok-radio-podcast",
        "text": (
            "The Brighton Fringe removed the solo comedy show “Dear Shareholder” from its "
            "programme on Friday after the comedian, Zainab Qureshi, mocked the festival’s main "
            "sponsor, the energy company Solent Gas, during a preview.\n\n"
            "In a statement, the festival said the decision was about “contractual obligations, "
            "not content.”\n\n"
            "Qureshi responded in a TikTok video that has been watched 1.8 million times. “They "
            "sold me a stage,” she said, “and then sold my jokes back to the sponsor.” She "
            "vowed in the same video to go on regardless. “I will do the show in a car park if I have to.”\n\n"
            "The festival’s director, Callum Ross, told BBC Sussex that he had not been "
            "pressured. “No one from Solent Gas called me. Not once,” he said.\n\n"
            "Speaking on the podcast Off Book, the comedian Tendai Mupfumira, who shared a bill "
            "with Qureshi last year, called the festival’s move “the best publicity money can’t "
            "buy.”"
        ),
        "quotes": [
            ("contractual obligations, not content.", None, True, "P1"),
            ("They sold me a stage,", "Zainab Qureshi", False, "P2"),
            ("and then sold my jokes back to the sponsor.", "Zainab Qureshi", False, "P2"),
            ("I will do the show in a car park if I have to.", "Zainab Qureshi", False, "P2"),
            ("No one from Solent Gas called me. Not once,", "Callum Ross", False, "P3"),
            ("the best publicity money can’t buy.", "Tendai Mupfumira", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Zainab Qureshi", "TikTok"),
            ("P3", "Callum Ross", "BBC Sussex"),
            ("P4", "Tendai Mupfumira", "Off Book"),
        ],
        "people": ["Zainab Qureshi", "Callum Ross", "Tendai Mupfumira"],
    },
]
