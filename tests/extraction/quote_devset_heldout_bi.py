"""The fifty-fifth self-made dev set, held out (BI): its first run is an unseen estimate.

Written with set BH, without reading the extraction rules, and committed before
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
- Post ids are numbered in the order the posts are first mentioned in the text,
  and a post that is reported but not quoted (a second post on X, "told
  Business Insider", a news release with no quote) is still listed.
- An executive quoted inside a news release is the speaker of those words; the
  release itself keeps author None and platform "press release".
- A reply or comment left by an organisation (a union under a TikTok video) or
  by an unnamed user (a "top comment", a reply in a Reddit thread) belongs to
  the post it was left under, with speaker None.
- A creator's reply under her own video belongs to that video (same post).
- A person speaking in someone else's video (a lawyer in an influencer's
  TikTok) is the speaker of those words; the post stays the poster's.
- An update added to a Reddit post is part of that post, not a new one; a
  Reddit post whose author is named only later is that person's post, and its
  words are hers.
- A general mention of someone's videos or channel on a platform ("her TikTok
  videos", "explaining milk prices on YouTube") is not a post of its own; the
  specific video or clip described afterwards is the post, and it keeps the
  platform named before ("His channel posted a clip").
- An email to staff sent by a named person is that person's post with no
  platform, and "the email said" gives its words to that person; an email
  "reviewed by" a named newspaper keeps platform None.
- An open letter signed by hundreds of parents is the group's post (author
  None), even though the parent who drafted it is named; her own Facebook note
  sharing the letter is a separate Facebook post of hers.
- A lawsuit filed by a named parent "and four other parents" is the named
  parent's post, and the words it "argues" are hers.
- A judge's order is a post by the judge with no platform.
- A club's statement posted on its own website has platform None.
- A city health inspection report with no named author is a post with author
  None and platform None; the words it "says" or "notes" speak as None.
- A school board meeting, like a hearing or town hall, is not a post;
  testimony to a congressional committee and words said to a witness during
  the hearing are not posts.
- "Food & Wine magazine": the platform is the magazine's name without the word
  "magazine". A magazine cover story in which the subject "told the magazine"
  is his interview with it; a fragment the cover story reports ("whom he
  calls") is linked to it.
- A radio or TV show named after its station or network (KBRQ's "High Country
  Report", Oregon Public Broadcasting's "Northwest Now") has the show as
  platform; a TV station named by its call sign has the call sign as platform
  ("WPVT-TV").
- A quote that directly follows "told [outlet] that..." or "went further in an
  interview on [show]" in the same paragraph, with "she said", is linked to
  that interview.
- A band's joint statement on Instagram is a post with author None and platform
  Instagram; a police department's Facebook post and an unnamed neighbour's
  Nextdoor post have author None.
- "The judges" praising a dish speak as a group: speaker None.
- A dish's name in marks ("Tuesday Night Special"), an essay's title and a
  song's title are not quotes; a show name in marks is the platform, not a
  quote.
- Titles before a name (Dr., Rep., Judge, Captain, Chef) are not part of the
  canonical name, and a nickname in marks inside a name (Tariq "T-Ray"
  Okonkwo-Hale) is left out of it and is not a quote.
- "Confirmed to the Arizona Daily Star ... she told the newspaper" is an
  interview with that newspaper; an answer given when "asked at a fintech
  conference" is not a post (like "told reporters").
- A single word given whole as a reply ("with a single word: "Always."") is not
  partial; a caption introduced by "with the caption" or "with the note" is not
  partial.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BI: list[dict] = [
    {
        "name": "startup-layoffs-linkedin-comments",
        "text": (
            "Priyanka Raghunathan, the co-founder of the grocery-delivery startup Cartwheel, "
            "announced on LinkedIn on Tuesday that the company would lay off 140 of its 410 "
            "employees. “We grew faster than our discipline did, and that is on me,” she wrote.\n\n"
            "The post drew more than 2,000 comments by Wednesday. “Grateful for three years here, "
            "even if today hurts,” Tomasz Wierzbicki, a logistics manager who was among those let "
            "go, wrote in one of them. Under the same post, the investor Halvard Moen, whose firm "
            "led Cartwheel’s last funding round, commented: “Priyanka made the hard call early. "
            "Most founders wait too long.”\n\n"
            "In an email to staff sent an hour before the post, Raghunathan said severance would "
            "include 12 weeks of pay. “No one leaves this company without a reference from me,” "
            "the email said.\n\n"
            "Asked at a fintech conference in Lisbon on Thursday whether more cuts were coming, "
            "the 36-year-old shook her head. “Not this year,” she said."
        ),
        "quotes": [
            (
                "We grew faster than our discipline did, and that is on me,",
                "Priyanka Raghunathan",
                False,
                "P1",
            ),
            (
                "Grateful for three years here, even if today hurts,",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            (
                "Priyanka made the hard call early. Most founders wait too long.",
                "Halvard Moen",
                False,
                "P1",
            ),
            (
                "No one leaves this company without a reference from me,",
                "Priyanka Raghunathan",
                False,
                "P2",
            ),
            ("Not this year,", "Priyanka Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Priyanka Raghunathan", "LinkedIn"),
            ("P2", "Priyanka Raghunathan", None),
        ],
        "people": ["Priyanka Raghunathan", "Tomasz Wierzbicki", "Halvard Moen"],
    },
    {
        "name": "pilot-tiktok-cracked-window",
        "text": (
            "A first officer at Northbay Air who posted a TikTok video showing a cracked cockpit "
            "window on one of the airline’s turboprops has been placed on paid leave, the carrier "
            "confirmed Friday.\n\n"
            "In the 40-second video, filmed on the ground in Duluth, Ines Carvalho-Mendes points "
            "at the window. “This is the third one this month. Nobody upstairs wants to hear it,” "
            "she says. The clip had been viewed 3.1 million times by Friday afternoon.\n\n"
            "“Thank you for saying what the rest of us can’t,” one user who described himself as "
            "a mechanic replied under the video. Her union, the Regional Pilots Association, also "
            "replied, writing that it stood behind her “one hundred percent.”\n\n"
            "Northbay said in a news release that the window had been replaced before the "
            "aircraft flew again and that the airline “welcomes safety reports through the proper "
            "channels.” Its chief operating officer, Darnell Ocampo, said in the release that "
            "Northbay’s safety record “speaks for itself.”\n\n"
            "Carvalho-Mendes, 29, said she had filed three internal reports before posting. "
            "“I ran out of proper channels,” she told Reuters on Friday."
        ),
        "quotes": [
            (
                "This is the third one this month. Nobody upstairs wants to hear it,",
                "Ines Carvalho-Mendes",
                False,
                "P1",
            ),
            ("Thank you for saying what the rest of us can’t,", None, False, "P1"),
            ("one hundred percent.", None, True, "P1"),
            ("welcomes safety reports through the proper channels.", None, True, "P2"),
            ("speaks for itself.", "Darnell Ocampo", True, "P2"),
            ("I ran out of proper channels,", "Ines Carvalho-Mendes", False, "P3"),
        ],
        "posts": [
            ("P1", "Ines Carvalho-Mendes", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Ines Carvalho-Mendes", "Reuters"),
        ],
        "people": ["Ines Carvalho-Mendes", "Darnell Ocampo"],
    },
    {
        "name": "tasting-menu-substack-instagram-story",
        "text": (
            "The food writer Marguerite Osei-Bonsu has never been shy, but her Substack review of "
            "Kestrel, the $285-a-head tasting-menu restaurant that opened in Portland in March, "
            "set off a week-long feud.\n\n"
            "“I have eaten better scallops at an airport,” Osei-Bonsu wrote in the newsletter, "
            "which has about 48,000 subscribers. In the same review, she called the dessert course "
            "“an apology in three acts.”\n\n"
            "Kestrel’s chef and owner, Bram Achterberg, answered that night with an Instagram "
            "story, since deleted, in which he held a scallop up to the camera. “Come back on a "
            "Tuesday and I will cook for you myself,” the caption read.\n\n"
            "In an interview with Food & Wine magazine published Thursday, Achterberg, 44, struck "
            "a softer tone. “She was not wrong about the dessert. I was wrong to answer at "
            "midnight,” he said.\n\n"
            "Larchmont Hospitality, the restaurant group that backs Kestrel, said in a statement "
            "that it “stands fully behind Chef Achterberg and his team.” Osei-Bonsu said Friday "
            "that she had accepted the invitation."
        ),
        "quotes": [
            ("I have eaten better scallops at an airport,", "Marguerite Osei-Bonsu", False, "P1"),
            ("an apology in three acts.", "Marguerite Osei-Bonsu", True, "P1"),
            (
                "Come back on a Tuesday and I will cook for you myself,",
                "Bram Achterberg",
                False,
                "P2",
            ),
            (
                "She was not wrong about the dessert. I was wrong to answer at midnight,",
                "Bram Achterberg",
                False,
                "P3",
            ),
            ("stands fully behind Chef Achterberg and his team.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Marguerite Osei-Bonsu", "Substack"),
            ("P2", "Bram Achterberg", "Instagram"),
            ("P3", "Bram Achterberg", "Food & Wine"),
            ("P4", None, None),
        ],
        "people": ["Marguerite Osei-Bonsu", "Bram Achterberg"],
    },
    {
        "name": "singer-threads-tour-cancellation",
        "text": (
            "Pop singer Solène Marchetti canceled the last nine dates of her North American tour "
            "on Monday, citing damage to her vocal cords.\n\n"
            "“My doctors have told me that if I sing another night I may not sing again. I’m so "
            "sorry. Keep your tickets, we will be back,” the 26-year-old wrote on Threads.\n\n"
            "Among the thousands of replies was one from the rapper Kofi Adjei-Brown, who toured "
            "with Marchetti in 2023: “Rest that voice, sis. The world can wait.”\n\n"
            "Her label, Halcyon Records, said in a statement that refunds would be issued "
            "automatically and that the singer “has our complete support.”\n\n"
            "Her mother, Odile Marchetti, spoke about the decision on “CBS Mornings” on Tuesday. "
            "“She has been singing through pain since she was fifteen,” she said. “This time she "
            "listened.”"
        ),
        "quotes": [
            (
                "My doctors have told me that if I sing another night I may not sing again. "
                "I’m so sorry. Keep your tickets, we will be back,",
                "Solène Marchetti",
                False,
                "P1",
            ),
            ("Rest that voice, sis. The world can wait.", "Kofi Adjei-Brown", False, "P1"),
            ("has our complete support.", None, True, "P2"),
            (
                "She has been singing through pain since she was fifteen,",
                "Odile Marchetti",
                False,
                "P3",
            ),
            ("This time she listened.", "Odile Marchetti", False, "P3"),
        ],
        "posts": [
            ("P1", "Solène Marchetti", "Threads"),
            ("P2", None, None),
            ("P3", "Odile Marchetti", "CBS Mornings"),
        ],
        "people": ["Solène Marchetti", "Kofi Adjei-Brown", "Odile Marchetti"],
    },
    {
        "name": "parents-open-letter-phone-ban",
        "text": (
            "More than 600 parents in the Eastfield Unified School District have signed an open "
            "letter asking the school board to delay a ban on student cellphones that is set to "
            "take effect in January.\n\n"
            "“We are not against the policy. We are against finding out about it from our "
            "children,” the letter says.\n\n"
            "The letter was drafted by Rosalind Achebe-Wood, a mother of two at Eastfield Middle "
            "School, who shared it in a parents’ Facebook group with the note “Sign if you want a "
            "seat at the table.”\n\n"
            "Dr. Hamid Farahani, the superintendent, defended the ban at Tuesday’s board meeting. "
            "“Every teacher I have spoken to has asked for this,” he said. “Every single one.”\n\n"
            "In an email to staff on Wednesday, the principal of Eastfield Middle, Corinne "
            "Labadie, asked teachers not to discuss the policy with parents until the board votes. "
            "Teachers should “refer all questions to the district office,” she wrote."
        ),
        "quotes": [
            (
                "We are not against the policy. We are against finding out about it from our "
                "children,",
                None,
                False,
                "P1",
            ),
            ("Sign if you want a seat at the table.", "Rosalind Achebe-Wood", False, "P2"),
            ("Every teacher I have spoken to has asked for this,", "Hamid Farahani", False, None),
            ("Every single one.", "Hamid Farahani", False, None),
            ("refer all questions to the district office,", "Corinne Labadie", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rosalind Achebe-Wood", "Facebook"),
            ("P3", "Corinne Labadie", None),
        ],
        "people": ["Rosalind Achebe-Wood", "Hamid Farahani", "Corinne Labadie"],
    },
    {
        "name": "rancher-tiktok-wolf-claims",
        "text": (
            "A sheep rancher in central Idaho whose TikTok videos about wolf attacks have drawn a "
            "large following said Thursday that she would sue the state over its compensation "
            "program.\n\n"
            "Wren Halvorsen, 52, has posted almost daily since losing 37 ewes in October. In a "
            "video posted Wednesday, she stands over a torn fence at dusk. “They came through here "
            "at 3 a.m., and the state wants photos with a ruler in them,” she says.\n\n"
            "A reply pinned under the video, from a user who said she ranches in Montana, reads: "
            "“Same here. They paid us for four out of nineteen.”\n\n"
            "The state Department of Wildlife Resources said in a statement that every claim "
            "“must be verified by a field officer to protect the program’s integrity.”\n\n"
            "Halvorsen spoke at length on KBRQ’s “High Country Report” on Thursday. “I am not "
            "anti-wolf. I am anti-paperwork,” she told the program."
        ),
        "quotes": [
            (
                "They came through here at 3 a.m., and the state wants photos with a ruler in them,",
                "Wren Halvorsen",
                False,
                "P1",
            ),
            ("Same here. They paid us for four out of nineteen.", None, False, "P1"),
            (
                "must be verified by a field officer to protect the program’s integrity.",
                None,
                True,
                "P2",
            ),
            ("I am not anti-wolf. I am anti-paperwork,", "Wren Halvorsen", False, "P3"),
        ],
        "posts": [
            ("P1", "Wren Halvorsen", "TikTok"),
            ("P2", None, None),
            ("P3", "Wren Halvorsen", "High Country Report"),
        ],
        "people": ["Wren Halvorsen"],
    },
    {
        "name": "coffee-chain-earnings-release-call",
        "text": (
            "Shares of Bellhaven Coffee fell 12% on Thursday after the chain cut its full-year "
            "forecast, blaming the soaring price of arabica beans.\n\n"
            "“Coffee is more expensive than it has been in 47 years, and we chose not to pass all "
            "of it on,” chief executive Anjali Moorthy-Sloane said in the company’s earnings "
            "release.\n\n"
            "On a call with analysts later in the day, Moorthy-Sloane was blunter. “We blinked on "
            "price, and we paid for it,” she said, adding that drip coffee would get more "
            "expensive “modestly, and soon.”\n\n"
            "In a note to clients, Luca Bertolini, an analyst at Harrow & Vine Securities, called "
            "the cut “the first honest guidance in two years” and kept his buy rating on the "
            "stock.\n\n"
            "The company’s founder, Declan Ashworth-Reyes, who left the board last year, weighed "
            "in on LinkedIn. “Bellhaven survived a recession and a pandemic. It will survive a "
            "bean,” he wrote."
        ),
        "quotes": [
            (
                "Coffee is more expensive than it has been in 47 years, and we chose not to pass "
                "all of it on,",
                "Anjali Moorthy-Sloane",
                False,
                "P1",
            ),
            ("We blinked on price, and we paid for it,", "Anjali Moorthy-Sloane", False, None),
            ("modestly, and soon.", "Anjali Moorthy-Sloane", True, None),
            ("the first honest guidance in two years", "Luca Bertolini", True, "P2"),
            (
                "Bellhaven survived a recession and a pandemic. It will survive a bean,",
                "Declan Ashworth-Reyes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Luca Bertolini", None),
            ("P3", "Declan Ashworth-Reyes", "LinkedIn"),
        ],
        "people": ["Anjali Moorthy-Sloane", "Luca Bertolini", "Declan Ashworth-Reyes"],
    },
    {
        "name": "emergency-landing-reddit-wire",
        "text": (
            "The first account of the emergency landing of Coastline Airways Flight 418 did not "
            "come from the airline. It came from a Reddit thread started by a passenger in row 14, "
            "less than an hour after the Airbus A220 touched down in Charleston with one engine "
            "shut down.\n\n"
            "“Loud bang, smell of burning, then the captain came on and said we were going back. "
            "Everyone was calm. I was not,” the user wrote in the thread, which had more than "
            "9,000 upvotes by evening.\n\n"
            "A reply from a user who said he was an A220 mechanic drew nearly as much attention: "
            "“Engine shutdowns sound terrifying, but the aircraft is built to fly on one. You were "
            "never close.”\n\n"
            "Coastline said in a statement released Sunday night that the crew had “followed every "
            "procedure exactly as trained.”\n\n"
            "Another passenger, Maribel Quintanilla-Roth, told The Associated Press that flight "
            "attendants held passengers’ hands during the descent. “I will fly with that crew "
            "anywhere,” she said.\n\n"
            "At a news conference Monday, the airport’s director, Joel Abernathy, said the runway "
            "had been closed for 40 minutes. “No one was hurt. That is the only number that "
            "matters,” he said."
        ),
        "quotes": [
            (
                "Loud bang, smell of burning, then the captain came on and said we were going "
                "back. Everyone was calm. I was not,",
                None,
                False,
                "P1",
            ),
            (
                "Engine shutdowns sound terrifying, but the aircraft is built to fly on one. You "
                "were never close.",
                None,
                False,
                "P1",
            ),
            ("followed every procedure exactly as trained.", None, True, "P2"),
            ("I will fly with that crew anywhere,", "Maribel Quintanilla-Roth", False, "P3"),
            (
                "No one was hurt. That is the only number that matters,",
                "Joel Abernathy",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Maribel Quintanilla-Roth", "The Associated Press"),
        ],
        "people": ["Maribel Quintanilla-Roth", "Joel Abernathy"],
    },
    {
        "name": "rapper-magazine-cover-story",
        "text": (
            "In a cover story for the December issue of GQ, the rapper and producer Tariq "
            "“T-Ray” Okonkwo-Hale says he turned down $40 million for his song catalog.\n\n"
            "“People think I’m crazy. Maybe I am. But those songs are my kids’ inheritance, and "
            "you don’t sell your kids’ inheritance to pay for a boat.\n\n"
            "“I’ll sell when I’m dead. Actually, not even then,” Okonkwo-Hale, 38, told the "
            "magazine.\n\n"
            "The cover story also revisits his split with his former manager, Benedetta Colonna, "
            "whom he calls “the best and worst thing that ever happened to me.” Colonna responded "
            "on Instagram on Wednesday with a single line: “Still waiting on my royalty statements, "
            "Tariq.”\n\n"
            "A representative for Okonkwo-Hale declined to comment further."
        ),
        "quotes": [
            (
                "People think I’m crazy. Maybe I am. But those songs are my kids’ inheritance, "
                "and you don’t sell your kids’ inheritance to pay for a boat.",
                "Tariq Okonkwo-Hale",
                False,
                "P1",
            ),
            (
                "I’ll sell when I’m dead. Actually, not even then,",
                "Tariq Okonkwo-Hale",
                False,
                "P1",
            ),
            (
                "the best and worst thing that ever happened to me.",
                "Tariq Okonkwo-Hale",
                True,
                "P1",
            ),
            ("Still waiting on my royalty statements, Tariq.", "Benedetta Colonna", False, "P2"),
        ],
        "posts": [
            ("P1", "Tariq Okonkwo-Hale", "GQ"),
            ("P2", "Benedetta Colonna", "Instagram"),
        ],
        "people": ["Tariq Okonkwo-Hale", "Benedetta Colonna"],
    },
    {
        "name": "judge-order-school-closure",
        "text": (
            "A county judge on Friday temporarily blocked the Millbrook school board from closing "
            "Harlan Street Elementary, siding for now with parents who say the vote was rushed.\n\n"
            "In a six-page order, Judge Beatriz Okafor-Lindqvist wrote that the board had given "
            "families only a week of notice and that the closure “cannot proceed on this "
            "record.”\n\n"
            "The lawsuit was filed last month by Devika Ramaswamy, whose two children attend "
            "Harlan Street, and four other parents. It argues that the board’s vote was “decided "
            "before the meeting began.”\n\n"
            "Ramaswamy, an accountant, posted a TikTok video outside the school after the ruling, "
            "her children beside her. “We didn’t win yet. We just got time. Use it,” she said in "
            "the video.\n\n"
            "The district said in a statement that it “respects the court’s decision” and would "
            "present more evidence at a hearing on Jan. 14. Board president Walter Nakagawa-Price "
            "told reporters the board had “followed every rule we have.”"
        ),
        "quotes": [
            ("cannot proceed on this record.", "Beatriz Okafor-Lindqvist", True, "P1"),
            ("decided before the meeting began.", "Devika Ramaswamy", True, "P2"),
            ("We didn’t win yet. We just got time. Use it,", "Devika Ramaswamy", False, "P3"),
            ("respects the court’s decision", None, True, "P4"),
            ("followed every rule we have.", "Walter Nakagawa-Price", True, None),
        ],
        "posts": [
            ("P1", "Beatriz Okafor-Lindqvist", None),
            ("P2", "Devika Ramaswamy", None),
            ("P3", "Devika Ramaswamy", "TikTok"),
            ("P4", None, None),
        ],
        "people": ["Beatriz Okafor-Lindqvist", "Devika Ramaswamy", "Walter Nakagawa-Price"],
    },
    {
        "name": "football-club-hawk-owl-statement",
        "text": (
            "Riverside Athletic, the second-division football club, said Saturday that it had "
            "ended its contract with a falconry company after one of the company’s Harris’s hawks "
            "killed a barn owl during a match-day pigeon patrol.\n\n"
            "“The club was not aware that owls were nesting in the north stand roof, and we are "
            "deeply sorry,” Riverside said in a statement on its website. “Falconry will not "
            "return to the stadium this season.”\n\n"
            "The incident was first reported by a supporter, Niamh Fitzgerald-Doyle, who posted "
            "photos on X with the caption “Absolutely grim scenes at half-time.” In a second post "
            "she said she had passed the photos to the county wildlife trust.\n\n"
            "The trust’s conservation officer, Kwame Asante-Mills, said in an interview that barn "
            "owls “are not rare, but they are protected, and that matters.”\n\n"
            "The falconry company, Skyward Raptors, did not respond to requests for comment. Its "
            "owner, Lachlan Pryce, wrote on Facebook that the hawk had “done exactly what hawks "
            "do.”"
        ),
        "quotes": [
            (
                "The club was not aware that owls were nesting in the north stand roof, and we "
                "are deeply sorry,",
                None,
                False,
                "P1",
            ),
            ("Falconry will not return to the stadium this season.", None, False, "P1"),
            ("Absolutely grim scenes at half-time.", "Niamh Fitzgerald-Doyle", False, "P2"),
            (
                "are not rare, but they are protected, and that matters.",
                "Kwame Asante-Mills",
                True,
                None,
            ),
            ("done exactly what hawks do.", "Lachlan Pryce", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Niamh Fitzgerald-Doyle", "X"),
            ("P3", "Niamh Fitzgerald-Doyle", "X"),
            ("P4", "Lachlan Pryce", "Facebook"),
        ],
        "people": ["Niamh Fitzgerald-Doyle", "Kwame Asante-Mills", "Lachlan Pryce"],
    },
    {
        "name": "taqueria-inspection-report-reddit",
        "text": (
            "A health inspection report released Tuesday says the kitchen of La Palomita, the "
            "Richmond taqueria known for its Sunday lines, had “no working hand sink” on the day "
            "inspectors visited.\n\n"
            "The report gave the restaurant 30 days to make repairs. It also notes that staff were "
            "“cooperative and quick to correct” several smaller violations.\n\n"
            "Owner Graciela Montoya-Ruiz, 61, said she had the sink fixed the same afternoon. “We "
            "have been here 22 years. One bad day does not define us,” she said Wednesday, "
            "standing behind the counter.\n\n"
            "Regulars rallied on Reddit, where a thread started by a longtime customer collected "
            "hundreds of comments. “Ate there twice this week, sink works, tacos still perfect,” "
            "read the top comment.\n\n"
            "Montoya-Ruiz’s daughter, Lucía Montoya, who runs the restaurant’s social media "
            "accounts, thanked supporters on Instagram. “My mom cried reading your comments. Happy "
            "tears this time,” she wrote."
        ),
        "quotes": [
            ("no working hand sink", None, True, "P1"),
            ("cooperative and quick to correct", None, True, "P1"),
            (
                "We have been here 22 years. One bad day does not define us,",
                "Graciela Montoya-Ruiz",
                False,
                None,
            ),
            ("Ate there twice this week, sink works, tacos still perfect,", None, False, "P2"),
            (
                "My mom cried reading your comments. Happy tears this time,",
                "Lucía Montoya",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Reddit"),
            ("P3", "Lucía Montoya", "Instagram"),
        ],
        "people": ["Graciela Montoya-Ruiz", "Lucía Montoya"],
    },
    {
        "name": "founder-substack-shutdown-podcast",
        "text": (
            "Eleven days after shutting down her climate-software startup, Ayelet Ben-Haim "
            "published a 4,000-word essay on Substack titled “What I Would Do Differently,” which "
            "by Monday had been shared more than 30,000 times.\n\n"
            "“We raised too much, too early, from people who wanted a different company than the "
            "one we were building,” Ben-Haim wrote. “That is not their fault. Picking them was "
            "mine.”\n\n"
            "The essay singles out one investor, without naming him, for pushing the company "
            "toward “growth we could not feed.” On X, the venture capitalist Rutger van der Linde, "
            "whose firm led the startup’s Series A, wrote that he recognized himself. “Fair "
            "criticism. I’d push again, but I’d listen more,” his post said.\n\n"
            "In a reply under van der Linde’s post, the startup’s former chief technology officer, "
            "Samir Haddad-Kerr, wrote: “Appreciate this, Rutger. Wish we’d had this conversation "
            "in 2022.”\n\n"
            "Ben-Haim, 34, expanded on the essay on the “Acquired Tastes” podcast on Thursday. "
            "“Nobody tells you that shutting down well is a skill, and I had to learn it in nine "
            "days,” she said on the episode. She told Business Insider on Friday that she has no "
            "plans to start another company this year."
        ),
        "quotes": [
            (
                "We raised too much, too early, from people who wanted a different company than "
                "the one we were building,",
                "Ayelet Ben-Haim",
                False,
                "P1",
            ),
            ("That is not their fault. Picking them was mine.", "Ayelet Ben-Haim", False, "P1"),
            ("growth we could not feed.", "Ayelet Ben-Haim", True, "P1"),
            (
                "Fair criticism. I’d push again, but I’d listen more,",
                "Rutger van der Linde",
                False,
                "P2",
            ),
            (
                "Appreciate this, Rutger. Wish we’d had this conversation in 2022.",
                "Samir Haddad-Kerr",
                False,
                "P2",
            ),
            (
                "Nobody tells you that shutting down well is a skill, and I had to learn it in "
                "nine days,",
                "Ayelet Ben-Haim",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ayelet Ben-Haim", "Substack"),
            ("P2", "Rutger van der Linde", "X"),
            ("P3", "Ayelet Ben-Haim", "Acquired Tastes"),
            ("P4", "Ayelet Ben-Haim", "Business Insider"),
        ],
        "people": ["Ayelet Ben-Haim", "Rutger van der Linde", "Samir Haddad-Kerr"],
    },
    {
        "name": "airline-ceo-email-union-threads",
        "text": (
            "The chief executive of Pacifica Air, Henrik Solberg-Mata, told employees in an email "
            "on Monday that the airline would defer delivery of 14 new jets and freeze pilot "
            "hiring through next summer.\n\n"
            "“This is not a retreat. It is a pause to make sure the airline we hand back to you is "
            "healthy,” Solberg-Mata wrote in the email, which was reviewed by The Oregonian.\n\n"
            "The pilots’ union answered within hours. “A pause for pilots, never for bonuses,” "
            "the Pacific Aviators Guild wrote on Threads.\n\n"
            "Captain Yui Tanabe-Cross, who chairs the guild, went further in an interview on "
            "Oregon Public Broadcasting’s “Northwest Now.” “We have been asked to pause three "
            "times in six years,” she said. “At some point a pause is a policy.”\n\n"
            "Solberg-Mata told reporters at Portland International Airport on Tuesday that "
            "executive bonuses would be “reviewed, like everything else.”"
        ),
        "quotes": [
            (
                "This is not a retreat. It is a pause to make sure the airline we hand back to "
                "you is healthy,",
                "Henrik Solberg-Mata",
                False,
                "P1",
            ),
            ("A pause for pilots, never for bonuses,", None, False, "P2"),
            (
                "We have been asked to pause three times in six years,",
                "Yui Tanabe-Cross",
                False,
                "P3",
            ),
            ("At some point a pause is a policy.", "Yui Tanabe-Cross", False, "P3"),
            ("reviewed, like everything else.", "Henrik Solberg-Mata", True, None),
        ],
        "posts": [
            ("P1", "Henrik Solberg-Mata", None),
            ("P2", None, "Threads"),
            ("P3", "Yui Tanabe-Cross", "Northwest Now"),
        ],
        "people": ["Henrik Solberg-Mata", "Yui Tanabe-Cross"],
    },
    {
        "name": "influencer-tiktok-brand-split",
        "text": (
            "The beauty brand Lumière Atelier ended its partnership with the influencer Destiny "
            "Oyelaran-Brooks on Wednesday, two days after she posted a TikTok video saying the "
            "company’s new foundation had given her a rash.\n\n"
            "“I have to be honest with y’all, because that is the whole point of me,” "
            "Oyelaran-Brooks, 24, said in the video, which showed red patches along her jawline. "
            "“I would not put this on my worst enemy.”\n\n"
            "Lumière Atelier said in a statement that the foundation had “passed every "
            "dermatological test required in the United States and the European Union” and that "
            "the partnership ended “by mutual agreement.”\n\n"
            "Oyelaran-Brooks disputed that in a reply to a commenter who asked whether she had "
            "been fired. “Mutual is a strong word,” she wrote under the video.\n\n"
            "She later posted a second TikTok, this one featuring her lawyer, Ignatius "
            "Mbeki-Harlow. “My client is not going anywhere, and neither is this video,” he says "
            "in it."
        ),
        "quotes": [
            (
                "I have to be honest with y’all, because that is the whole point of me,",
                "Destiny Oyelaran-Brooks",
                False,
                "P1",
            ),
            ("I would not put this on my worst enemy.", "Destiny Oyelaran-Brooks", False, "P1"),
            (
                "passed every dermatological test required in the United States and the "
                "European Union",
                None,
                True,
                "P2",
            ),
            ("by mutual agreement.", None, True, "P2"),
            ("Mutual is a strong word,", "Destiny Oyelaran-Brooks", False, "P1"),
            (
                "My client is not going anywhere, and neither is this video,",
                "Ignatius Mbeki-Harlow",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Destiny Oyelaran-Brooks", "TikTok"),
            ("P2", None, None),
            ("P3", "Destiny Oyelaran-Brooks", "TikTok"),
        ],
        "people": ["Destiny Oyelaran-Brooks", "Ignatius Mbeki-Harlow"],
    },
    {
        "name": "teacher-reddit-post-named-later",
        "text": (
            "A post on Reddit’s r/Teachers forum about a seventh-grader who used an AI chatbot to "
            "write an apology letter — for using an AI chatbot — had more than 40,000 upvotes by "
            "Thursday.\n\n"
            "“The letter was beautifully written. It was also three paragraphs longer than "
            "anything he has written all year,” the post said. “I laughed, then I cried, then I "
            "gave him a zero.”\n\n"
            "Its author turned out to be Margit Lindahl-Osei, a science teacher at Copper Ridge "
            "Middle School in Tucson, who confirmed to the Arizona Daily Star that the post was "
            "hers. “I never expected anyone to read it,” she told the newspaper.\n\n"
            "In an update added to the post on Wednesday, Lindahl-Osei wrote that the student had "
            "since rewritten the letter by hand. “It was worse, and it was perfect,” the update "
            "said.\n\n"
            "The Copper Ridge Unified School District said in a news release that it would offer "
            "teachers a training session on AI tools in February."
        ),
        "quotes": [
            (
                "The letter was beautifully written. It was also three paragraphs longer than "
                "anything he has written all year,",
                "Margit Lindahl-Osei",
                False,
                "P1",
            ),
            (
                "I laughed, then I cried, then I gave him a zero.",
                "Margit Lindahl-Osei",
                False,
                "P1",
            ),
            ("I never expected anyone to read it,", "Margit Lindahl-Osei", False, "P2"),
            ("It was worse, and it was perfect,", "Margit Lindahl-Osei", False, "P1"),
        ],
        "posts": [
            ("P1", "Margit Lindahl-Osei", "Reddit"),
            ("P2", "Margit Lindahl-Osei", "Arizona Daily Star"),
            ("P3", None, "press release"),
        ],
        "people": ["Margit Lindahl-Osei"],
    },
    {
        "name": "dairy-farmer-testimony-youtube-clip",
        "text": (
            "Gerrit Vandermolen has milked cows in Wisconsin’s Marathon County for 31 years and "
            "has spent the last two explaining milk prices to strangers on YouTube. On Tuesday he "
            "explained them to Congress.\n\n"
            "“When I started, a gallon of milk paid for a gallon of diesel. Today it pays for "
            "about half of one.\n\n"
            "“I’m not asking for a handout. I’m asking for a price that covers what it costs to "
            "make the thing,” Vandermolen, 58, told the House Agriculture Committee.\n\n"
            "His channel posted a clip of the testimony that evening with the caption “Went to "
            "Washington in my good boots.” Under it, a viewer who said she farmed in Vermont "
            "wrote: “You said what all of us think.”\n\n"
            "Rep. Clarissa Huntington-Baez, an Iowa Republican, told him during the hearing that "
            "“nobody in this room can argue with that math.”"
        ),
        "quotes": [
            (
                "When I started, a gallon of milk paid for a gallon of diesel. Today it pays for "
                "about half of one.",
                "Gerrit Vandermolen",
                False,
                None,
            ),
            (
                "I’m not asking for a handout. I’m asking for a price that covers what it costs "
                "to make the thing,",
                "Gerrit Vandermolen",
                False,
                None,
            ),
            ("Went to Washington in my good boots.", "Gerrit Vandermolen", False, "P1"),
            ("You said what all of us think.", None, False, "P1"),
            (
                "nobody in this room can argue with that math.",
                "Clarissa Huntington-Baez",
                True,
                None,
            ),
        ],
        "posts": [("P1", "Gerrit Vandermolen", "YouTube")],
        "people": ["Gerrit Vandermolen", "Clarissa Huntington-Baez"],
    },
    {
        "name": "chili-cookoff-straight-quotes-no-posts",
        "text": (
            "For the first time in the Harvest Valley Chili Cook-Off's 38-year history, the top "
            "prize went to a vegetarian recipe.\n\n"
            '"I was told a chili without meat was soup," said the winner, Farida Nazarova-Kent, a '
            '67-year-old retired chemistry teacher, holding the brass-ladle trophy. "Well, the '
            'soup won."\n\n'
            'Her entry, a black-bean and roasted-poblano chili she calls "Tuesday Night Special," '
            'beat 41 others. The judges praised its "serious, smoky depth."\n\n'
            'Not everyone was pleased. "It\'s a fine dish. It is not chili," said Buck Ostrander, '
            "who has entered every year since 1991 and finished third this time. He promised to "
            'return next year "with more brisket than ever."\n\n'
            'The band closed the evening with "Ring of Fire."'
        ),
        "quotes": [
            ("I was told a chili without meat was soup,", "Farida Nazarova-Kent", False, None),
            ("Well, the soup won.", "Farida Nazarova-Kent", False, None),
            ("serious, smoky depth.", None, True, None),
            ("It's a fine dish. It is not chili,", "Buck Ostrander", False, None),
            ("with more brisket than ever.", "Buck Ostrander", True, None),
        ],
        "posts": [],
        "people": ["Farida Nazarova-Kent", "Buck Ostrander"],
    },
    {
        "name": "band-breakup-five-posts",
        "text": (
            "The indie-pop band Paper Lanterns, whose 2021 single “Glasshouse” spent 19 weeks on "
            "the Billboard Hot 100, is breaking up after 11 years.\n\n"
            "“We have made four records and a thousand memories, and we want to stop while both "
            "are still good,” the band said in a joint statement on Instagram on Sunday.\n\n"
            "Singer Mireille Castellanos-Tan, 33, posted her own message on Threads an hour later. "
            "“Not a sad day. A grateful one,” she wrote. Bassist Oluwaseun Adebayo-Reid replied "
            "under it with a single word: “Always.”\n\n"
            "Guitarist Finn Ó Briain was less sentimental. In a Substack essay on Monday, he wrote "
            "that the band had been “running on fumes and contractual obligations since 2023.”\n\n"
            "Their label, Meridian Sound, announced in a press release that a farewell tour would "
            "begin in March. Drummer Katya Volkonskaya told Billboard that it would be the band’s "
            "last. “We’re not doing a reunion in five years. I promise,” she said in the "
            "interview."
        ),
        "quotes": [
            (
                "We have made four records and a thousand memories, and we want to stop while "
                "both are still good,",
                None,
                False,
                "P1",
            ),
            ("Not a sad day. A grateful one,", "Mireille Castellanos-Tan", False, "P2"),
            ("Always.", "Oluwaseun Adebayo-Reid", False, "P2"),
            (
                "running on fumes and contractual obligations since 2023.",
                "Finn Ó Briain",
                True,
                "P3",
            ),
            (
                "We’re not doing a reunion in five years. I promise,",
                "Katya Volkonskaya",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Mireille Castellanos-Tan", "Threads"),
            ("P3", "Finn Ó Briain", "Substack"),
            ("P4", None, "press release"),
            ("P5", "Katya Volkonskaya", "Billboard"),
        ],
        "people": [
            "Mireille Castellanos-Tan",
            "Oluwaseun Adebayo-Reid",
            "Finn Ó Briain",
            "Katya Volkonskaya",
        ],
    },
    {
        "name": "bear-in-town-nextdoor-straight-quotes",
        "text": (
            "A black bear that wandered through Millers Falls on Saturday morning spent nearly "
            "three hours in an oak tree behind the public library before climbing down and "
            "heading back into the woods.\n\n"
            "Residents followed the bear on Nextdoor, where one neighbor posted a photo at 7:12 "
            'a.m. with the words "Um. There is a bear on Elm Street." The post drew more than 300 '
            'replies. "He looks sleepy. Leave him alone and he\'ll leave," one of them said.\n\n'
            "The Millers Falls Police Department wrote on Facebook that officers had closed two "
            'streets "out of an abundance of caution" and asked residents to keep dogs inside.\n\n'
            "Environmental police officer Tomas Szabo-Whitfield told WPVT-TV that the bear, a "
            'young male, had probably been pushed out of its territory by an older one. "This '
            'time of year they are hungry and a little lost," he said.\n\n'
            "Librarian Henrietta Mbatha watched from the children's room. \"Story time was "
            'canceled," she said. "The bear was the story."'
        ),
        "quotes": [
            ("Um. There is a bear on Elm Street.", None, False, "P1"),
            ("He looks sleepy. Leave him alone and he'll leave,", None, False, "P1"),
            ("out of an abundance of caution", None, True, "P2"),
            (
                "This time of year they are hungry and a little lost,",
                "Tomas Szabo-Whitfield",
                False,
                "P3",
            ),
            ("Story time was canceled,", "Henrietta Mbatha", False, None),
            ("The bear was the story.", "Henrietta Mbatha", False, None),
        ],
        "posts": [
            ("P1", None, "Nextdoor"),
            ("P2", None, "Facebook"),
            ("P3", "Tomas Szabo-Whitfield", "WPVT-TV"),
        ],
        "people": ["Tomas Szabo-Whitfield", "Henrietta Mbatha"],
    },
]
