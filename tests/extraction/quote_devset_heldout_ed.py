"""The one-hundred-and-twenty-eighth self-made dev set, held out (ED): its first run is an unseen estimate.

Written with set EE, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a ministry's statement, a weather bulletin,
  a minister who "told the state broadcaster EBC") is still listed in posts, and
  a named author of such a post is listed in people.
- A weather service's bulletin is a post with author None and no platform, like
  a statement; a report by a state auditor-general (no named author) is a post
  with author None and no platform, like a hospital's internal report, and
  words from "a summary seen by this newspaper" of a hospital's internal review
  belong to that review's post.
- An organisation that only "said" or "confirmed" something (a monitoring
  network, a marine park authority), with no statement, release or report
  named, has no post.
- A minister's "said in a statement" is the minister's post with no platform;
  a ministry's, department's, hospital board's, campaign group's or joint
  farmers' groups' statement has author None, and its words speak as None.
- A named person's letter (an admissions director to principals, an MP who
  "wrote to" a secretary of state, a practice manager to patients) is that
  person's post with no platform; a letter quoted over two paragraphs gives one
  quote per paragraph, both tied to the letter. An open letter signed by
  thousands of families has author None.
- A vice-chancellor's email to all staff is the vice-chancellor's post, like a
  chief executive's email to staff; "He added:" right after it ties the next
  quote to the email. Likewise "She continued:" after an op-ed, and quotes in
  the sentences right after "said on the podcast El Pulso", "told Citizen TV",
  "told Radio New Zealand" or "Speaking on SAfm's morning show" belong to that
  interview.
- Platform names: a podcast or radio or TV show takes the show's name (El
  Pulso, Morning Ireland, The Current); an unnamed show on a named station
  ("SAfm's morning show") takes the station's name (SAfm); "the broadcaster
  NOS", "Swiss radio SRF" and "the state broadcaster EBC" take the outlet's
  name (NOS, SRF, EBC); a leading "the" that is not part of the name is dropped
  ("the ABC" is ABC), and one that is part of it is kept (The Sydney Morning
  Herald, The Current).
- A video posted on TikTok or YouTube is a post on that platform; "she said in
  the clip" and "she says in the clip" tie the quote to it. A photo posted on
  Facebook followed by a colon and quoted words is a post whose words are a
  whole quote (not partial).
- A union's post on X has author None (as in BU); a health service's press
  release that "quoted its chief executive ... as saying" has author None and
  the quote's speaker is the executive.
- A Reddit thread by an unnamed user has author None and platform Reddit; its
  title in marks ("titled ...") is a title, not a quote; an unnamed teacher's
  reply under it belongs to it with speaker None. An unnamed resident's reply
  under an X post and an unnamed former pupil's comment under a Facebook post
  belong to those posts with speaker None.
- A teacher's reply reported in narration under a Threads post ("replied under
  her post that the district should have acted ...") is partial and belongs to
  that post.
- Words on a sign, banner or placard in marks ("held a sign that read ...",
  "banners reading ...") are not quotes. A nickname for a wildfire (the Dragon),
  a scare quote in narration (a forest "in name only"), a book title, a named
  protocol (the orange protocol) and an official category name (severe plus) in
  marks are not quotes.
- A scare quote in single marks inside a quote (bleaching) stays part of that
  quote's text.
- A fragment after "calling the shots" is partial; a fragment's text keeps the
  punctuation inside the marks ("unprecedented," with its comma), and has none
  when the closing mark comes before the punctuation.
- Quotes given at a rally ("told the crowd"), a briefing, a town hall, a parish
  council meeting, a meeting of consultants, a press conference, outside court,
  on a picket line, while walking reporters through a grove, or with a bare
  "said" are not from a post.
- Titles such as Dr., Professor and Justice are not part of a canonical name;
  "Health Minister" and "the councillor" are roles, not names.
- A Spanish double surname is part of the canonical name (Ramón Echevarría
  Soto); "Echevarría Soto" refers to him and his daughter Daniela Echevarría is
  a different person. Two people sharing a surname (Jack and Lani Brennan) are
  told apart by the pronoun and the name already given, as in BU. Surname
  particles (Geert van der Berg) and hyphenated given names (Mei-Ling Zhou,
  Jean-François Aubin, Pieter-Jan Visser) are part of the canonical name.
- Organisations and named things (Terra Viva, Milieudefensie, GLAMOS, Sunridge
  Foods, Hurricane Milton) are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_ED: list[dict] = [
    {
        "name": "hospital-trolleys-facebook-comment-morning-ireland",
        "text": (
            "Waiting times at the emergency department of St. Columba’s Hospital in Galway have "
            "doubled since spring, and the hospital’s board said in a statement on Thursday that "
            "it was “deeply concerned” and would open 20 extra beds before Christmas.\n\n"
            "The department’s clinical lead, Dr. Aoife Mulcahy, was blunter. “We are treating "
            "people on trolleys in corridors, and that is not medicine,” she wrote on Facebook "
            "on Friday. Under her post, a retired nurse, Bridget Keaney, commented: “Thirty "
            "years ago we said the same thing. Nobody listened then either.”\n\n"
            "Health Minister Rory Gallagher told RTÉ’s Morning Ireland that funding for the beds "
            "had been approved. “The money is there. What we need now are staff,” he said.\n\n"
            "Mulcahy, 47, said at a meeting of consultants on Saturday that the promise was "
            "welcome but that “beds do not treat patients.” The minister, she added, was invited "
            "to see the corridors for himself."
        ),
        "quotes": [
            ("deeply concerned", None, True, "P1"),
            (
                "We are treating people on trolleys in corridors, and that is not medicine,",
                "Aoife Mulcahy",
                False,
                "P2",
            ),
            (
                "Thirty years ago we said the same thing. Nobody listened then either.",
                "Bridget Keaney",
                False,
                "P2",
            ),
            ("The money is there. What we need now are staff,", "Rory Gallagher", False, "P3"),
            ("beds do not treat patients.", "Aoife Mulcahy", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aoife Mulcahy", "Facebook"),
            ("P3", "Rory Gallagher", "Morning Ireland"),
        ],
        "people": ["Aoife Mulcahy", "Bridget Keaney", "Rory Gallagher"],
    },
    {
        "name": "heat-school-closures-tiktok-open-letter-geo",
        "text": (
            "Schools across the Pakistani city of Multan will close for two weeks from Monday as "
            "temperatures pass 47C, the provincial education department announced in a press "
            "release on Saturday. “The health of children comes before the exam calendar,” the "
            "release said.\n\n"
            "Not every head teacher agreed. Farzana Qureshi, who runs a girls’ secondary school "
            "in the city, posted a video on TikTok from her empty classroom. “My students have "
            "no fans at home either. Here at least they have water and shade,” she said in the "
            "clip, which had been viewed 400,000 times by Sunday.\n\n"
            "Parents sent an open letter to the department, signed by more than 2,000 families, "
            "asking for “cool rooms, not closed doors.”\n\n"
            "The provincial education minister, Imran Bashir, defended the decision in an "
            "interview with Geo News. “We cannot air-condition 6,000 schools in a week,” he "
            "said. “So we close them, and we use the time to fix the worst ones.”"
        ),
        "quotes": [
            ("The health of children comes before the exam calendar,", None, False, "P1"),
            (
                (
                    "My students have no fans at home either. Here at least they have water and "
                    "shade,"
                ),
                "Farzana Qureshi",
                False,
                "P2",
            ),
            ("cool rooms, not closed doors.", None, True, "P3"),
            ("We cannot air-condition 6,000 schools in a week,", "Imran Bashir", False, "P4"),
            (
                "So we close them, and we use the time to fix the worst ones.",
                "Imran Bashir",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farzana Qureshi", "TikTok"),
            ("P3", None, None),
            ("P4", "Imran Bashir", "Geo News"),
        ],
        "people": ["Farzana Qureshi", "Imran Bashir"],
    },
    {
        "name": "algarve-wildfire-nickname-x-reply-campaign-statement",
        "text": (
            "Firefighters in Portugal’s Algarve were still battling a wildfire on Wednesday that "
            "locals have nicknamed “the Dragon” after it jumped a motorway twice. More than "
            "1,400 people were evacuated overnight. Much of the burned land was eucalyptus "
            "plantation, a “forest” in name only.\n\n"
            "“The wind changed three times in an hour. We have never seen anything like it,” the "
            "regional civil protection commander, Luís Carvalho, told reporters at a briefing in "
            "Loulé.\n\n"
            "The mayor of Monchique, Helena Brás, posted on X that the town’s reservoir was "
            "nearly empty. “If the planes cannot refill, we lose the hills,” she wrote. A "
            "resident replied under her post: “Our whole street is packed and waiting in the "
            "cars.”\n\n"
            "The climate campaigner Tiago Moura, 29, said the fire was “not a freak event but a "
            "forecast,” and his group, Terra Viva, said in a statement that the government’s "
            "prevention plan existed “only on paper.”"
        ),
        "quotes": [
            (
                ("The wind changed three times in an hour. We have never seen anything like it,"),
                "Luís Carvalho",
                False,
                None,
            ),
            ("If the planes cannot refill, we lose the hills,", "Helena Brás", False, "P1"),
            ("Our whole street is packed and waiting in the cars.", None, False, "P1"),
            ("not a freak event but a forecast,", "Tiago Moura", True, None),
            ("only on paper.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Helena Brás", "X"),
            ("P2", None, None),
        ],
        "people": ["Luís Carvalho", "Helena Brás", "Tiago Moura"],
    },
    {
        "name": "rift-valley-maize-bulletin-citizen-tv-statement",
        "text": (
            "Maize farmers in Kenya’s Rift Valley say the failed long rains have cost them most "
            "of this year’s crop. “I planted twice and harvested nothing,” said Wanjiru Kamau, "
            "who farms four acres near Nakuru. “The soil is like flour.”\n\n"
            "The Kenya Meteorological Department warned in a bulletin on Monday that the short "
            "rains would also arrive late. Its director, David Otieno, told Citizen TV that "
            "farmers should switch to drought-tolerant sorghum. “The old calendar is gone,” he "
            "said. “We have to farm by the forecast now, not by memory.”\n\n"
            "The agriculture ministry said in a statement that it would distribute subsidised "
            "seed from next month. Kamau was unimpressed. She said the seed had arrived “after "
            "the planting, every time,” and that her cooperative of 60 women had asked for it in "
            "June without an answer. Her neighbours, she said, are already selling goats to buy "
            "food."
        ),
        "quotes": [
            ("I planted twice and harvested nothing,", "Wanjiru Kamau", False, None),
            ("The soil is like flour.", "Wanjiru Kamau", False, None),
            ("The old calendar is gone,", "David Otieno", False, "P2"),
            ("We have to farm by the forecast now, not by memory.", "David Otieno", False, "P2"),
            ("after the planting, every time,", "Wanjiru Kamau", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "David Otieno", "Citizen TV"),
            ("P3", None, None),
        ],
        "people": ["Wanjiru Kamau", "David Otieno"],
    },
    {
        "name": "leeds-strike-essay-staff-email-linkedin-comment",
        "text": (
            "Lecturers at the University of Leeds began a three-week strike on Monday over pay "
            "and workloads. In an essay for Times Higher Education, the historian Dr. Chidinma "
            "Okafor described a workload model that allowed “one hour for every forty essays.” "
            "“I love this job. I cannot afford to keep doing it,” she wrote.\n\n"
            "The vice-chancellor, Professor Simon Hartley, said in an email to all staff on "
            "Sunday that the university had offered “the best deal in the sector.” He added: "
            "“Our door remains open, today and every day of the strike.”\n\n"
            "Students have taken sides. Priya Raman, the students’ union education officer, "
            "posted on LinkedIn that refunds for lost teaching were “not a favour but a right,” "
            "and a law student, Kwame Mensah, commented under her post: “We pay £9,250 a year. "
            "We should get the classes.”\n\n"
            "Hartley’s office declined to say how many seminars had been cancelled."
        ),
        "quotes": [
            ("one hour for every forty essays.", "Chidinma Okafor", True, "P1"),
            ("I love this job. I cannot afford to keep doing it,", "Chidinma Okafor", False, "P1"),
            ("the best deal in the sector.", "Simon Hartley", True, "P2"),
            (
                "Our door remains open, today and every day of the strike.",
                "Simon Hartley",
                False,
                "P2",
            ),
            ("not a favour but a right,", "Priya Raman", True, "P3"),
            ("We pay £9,250 a year. We should get the classes.", "Kwame Mensah", False, "P3"),
        ],
        "posts": [
            ("P1", "Chidinma Okafor", "Times Higher Education"),
            ("P2", "Simon Hartley", None),
            ("P3", "Priya Raman", "LinkedIn"),
        ],
        "people": ["Chidinma Okafor", "Simon Hartley", "Priya Raman", "Kwame Mensah"],
    },
    {
        "name": "severn-flood-instagram-caption-agency-release-mp-letter",
        "text": (
            "When the River Severn burst its banks at Bewdley on Sunday, the café owner Yusuf "
            "Demir waded into his shop to film the damage. He posted the video on Instagram with "
            "the caption “Third time in four years. Still smiling. Just about.”\n\n"
            "The Environment Agency said in a press release that the temporary barriers had held "
            "“for as long as they were designed to,” but conceded that water had come over the "
            "top at 3 a.m.\n\n"
            "Demir, 38, was not convinced. “They tell us the barriers are world-class,” he said "
            "on Monday, shovelling mud out of his doorway. “World-class at what?”\n\n"
            "At a parish council meeting that evening, the councillor Margaret Ellery said the "
            "town needed a permanent wall. “We have been promised one since 2007,” she said. The "
            "local MP, Daniel Okonjo, wrote to the environment secretary the same night asking "
            "for “a date, not another review.”"
        ),
        "quotes": [
            ("Third time in four years. Still smiling. Just about.", "Yusuf Demir", False, "P1"),
            ("for as long as they were designed to,", None, True, "P2"),
            ("They tell us the barriers are world-class,", "Yusuf Demir", False, None),
            ("World-class at what?", "Yusuf Demir", False, None),
            ("We have been promised one since 2007,", "Margaret Ellery", False, None),
            ("a date, not another review.", "Daniel Okonjo", True, "P3"),
        ],
        "posts": [
            ("P1", "Yusuf Demir", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Daniel Okonjo", None),
        ],
        "people": ["Yusuf Demir", "Margaret Ellery", "Daniel Okonjo"],
    },
    {
        "name": "seville-heatstroke-podcast-protocol-bluesky-reply",
        "text": (
            "Doctors in Seville reported a sharp rise in heatstroke admissions this week as "
            "temperatures reached 44C for a fifth straight day. Dr. Inmaculada Roldán, who heads "
            "the intensive care unit at Virgen del Rocío hospital, said on the podcast El Pulso "
            "that most of the patients were over 75 and lived alone.\n\n"
            "“They do not feel thirsty, and nobody checks on them,” Roldán said. “By the time a "
            "neighbour calls, it is often too late.”\n\n"
            "The regional health service said in a statement that it had activated its “orange "
            "protocol,” which moves staff from planned surgery to emergency care.\n\n"
            "On Bluesky, the epidemiologist Mateo Ferrer posted a thread of charts showing "
            "excess deaths. “Every summer we count them afterwards. We should be counting the "
            "air conditioners before,” he wrote. Roldán replied: “Agree completely. And the "
            "fans, and the neighbours.”"
        ),
        "quotes": [
            (
                "They do not feel thirsty, and nobody checks on them,",
                "Inmaculada Roldán",
                False,
                "P1",
            ),
            (
                "By the time a neighbour calls, it is often too late.",
                "Inmaculada Roldán",
                False,
                "P1",
            ),
            (
                (
                    "Every summer we count them afterwards. We should be counting the air "
                    "conditioners before,"
                ),
                "Mateo Ferrer",
                False,
                "P3",
            ),
            (
                "Agree completely. And the fans, and the neighbours.",
                "Inmaculada Roldán",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Inmaculada Roldán", "El Pulso"),
            ("P2", None, None),
            ("P3", "Mateo Ferrer", "Bluesky"),
        ],
        "people": ["Inmaculada Roldán", "Mateo Ferrer"],
    },
    {
        "name": "nsw-maths-teachers-audit-report-smh-reddit-thread",
        "text": (
            "A shortage of maths teachers has left one in five secondary schools in New South "
            "Wales relying on staff trained in other subjects, a report by the state’s "
            "auditor-general found on Tuesday. “The department does not know how many classes "
            "are taught out of field,” the report said.\n\n"
            "Ananya Krishnan, a physics teacher in western Sydney, told The Sydney Morning "
            "Herald that she now teaches three maths classes a week. “I enjoy it, but my "
            "students deserve a specialist,” she said.\n\n"
            "On Reddit, a thread titled “Anyone else teaching outside their subject?” drew "
            "hundreds of replies from teachers. One wrote: “Art teacher here. I’m doing Year 9 "
            "algebra off a YouTube channel.”\n\n"
            "The education minister, Paul Kostakis, said the government had hired 1,100 teachers "
            "since March. Asked about the report at a press conference, he said it described “a "
            "problem we inherited, and one we are fixing.”"
        ),
        "quotes": [
            (
                "The department does not know how many classes are taught out of field,",
                None,
                False,
                "P1",
            ),
            ("I enjoy it, but my students deserve a specialist,", "Ananya Krishnan", False, "P2"),
            (
                "Art teacher here. I’m doing Year 9 algebra off a YouTube channel.",
                None,
                False,
                "P3",
            ),
            ("a problem we inherited, and one we are fixing.", "Paul Kostakis", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ananya Krishnan", "The Sydney Morning Herald"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Ananya Krishnan", "Paul Kostakis"],
    },
    {
        "name": "offshore-oil-youth-lawsuit-instagram-minister-statement",
        "text": (
            "A group of young climate campaigners filed a lawsuit in the Federal Court of Canada "
            "on Thursday, arguing that Ottawa’s approval of a new offshore oil field breaches "
            "their right to life. The filing calls the project “a carbon bomb with a permit.”\n\n"
            "The lead plaintiff, 19-year-old Aiyana Whitehorse, posted a photo of the courthouse "
            "steps on Instagram. “We are not asking for sympathy. We are asking for a judge,” "
            "she wrote.\n\n"
            "The natural resources minister, Jean-François Aubin, said in a statement that the "
            "project had passed “the most rigorous environmental assessment in the country’s "
            "history.”\n\n"
            "Whitehorse’s lawyer, Rebecca Tanaka-Moss, said outside court that the case could "
            "take two years. “Time is the one thing my clients do not have,” she said. "
            "Supporters on the steps carried banners reading “Our Future Is Not For Sale.”"
        ),
        "quotes": [
            ("a carbon bomb with a permit.", None, True, "P1"),
            (
                "We are not asking for sympathy. We are asking for a judge,",
                "Aiyana Whitehorse",
                False,
                "P2",
            ),
            (
                "the most rigorous environmental assessment in the country’s history.",
                "Jean-François Aubin",
                True,
                "P3",
            ),
            ("Time is the one thing my clients do not have,", "Rebecca Tanaka-Moss", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aiyana Whitehorse", "Instagram"),
            ("P3", "Jean-François Aubin", None),
        ],
        "people": ["Aiyana Whitehorse", "Jean-François Aubin", "Rebecca Tanaka-Moss"],
    },
    {
        "name": "auckland-nurses-union-x-rnz-release-picket-sign",
        "text": (
            "Nurses at three hospitals in Auckland walked off the job for 24 hours on Wednesday, "
            "the first strike of its kind in the city since 2018.\n\n"
            "The New Zealand Nurses Organisation posted on X that members had been “pushed past "
            "breaking point.” Its chief negotiator, Kerry-Ann Whaanga, told Radio New Zealand "
            "that the union would not accept a pay offer without minimum staffing. “Pay without "
            "staffing just means more tired nurses earning slightly more,” she said.\n\n"
            "Health New Zealand said in a press release that 93 per cent of planned operations "
            "had gone ahead. “Patients have been kept safe today, and that is our first duty,” "
            "the release quoted its chief executive, Marcus Lindgren, as saying.\n\n"
            "On the picket line outside Middlemore Hospital, Losa Fa’amausili, a nurse of 22 "
            "years, held a sign that read “Safe staffing saves lives.” She said: “I have missed "
            "my kids’ birthdays for this job. I am not missing this.”"
        ),
        "quotes": [
            ("pushed past breaking point.", None, True, "P1"),
            (
                "Pay without staffing just means more tired nurses earning slightly more,",
                "Kerry-Ann Whaanga",
                False,
                "P2",
            ),
            (
                "Patients have been kept safe today, and that is our first duty,",
                "Marcus Lindgren",
                False,
                "P3",
            ),
            (
                "I have missed my kids’ birthdays for this job. I am not missing this.",
                "Losa Fa’amausili",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Kerry-Ann Whaanga", "Radio New Zealand"),
            ("P3", None, "press release"),
        ],
        "people": ["Kerry-Ann Whaanga", "Marcus Lindgren", "Losa Fa’amausili"],
    },
    {
        "name": "hague-tractor-rally-telegraaf-op-ed-nos-ecologist",
        "text": (
            "Thousands of farmers drove tractors into The Hague on Tuesday to protest against "
            "new limits on nitrogen emissions. Speaking at the rally, the dairy farmer Geert van "
            "der Berg, 61, told the crowd: “My grandfather drained this land. Now they want me "
            "to flood it again.”\n\n"
            "In an op-ed for De Telegraaf, the farmers’ leader Sietske Hoekstra wrote that the "
            "rules had been “drawn up by people who have never milked a cow.” She continued: “We "
            "are not against nature. We are nature’s oldest neighbours.”\n\n"
            "Environmental groups were unmoved. Milieudefensie said in a statement that the "
            "limits were required by a court ruling. The ecologist Dr. Pieter-Jan Visser told "
            "the broadcaster NOS that nitrogen levels in some protected dunes were three times "
            "the safe limit. “The heath is turning into grass,” he said. “That is not an "
            "opinion; you can see it from the train.”"
        ),
        "quotes": [
            (
                "My grandfather drained this land. Now they want me to flood it again.",
                "Geert van der Berg",
                False,
                None,
            ),
            ("drawn up by people who have never milked a cow.", "Sietske Hoekstra", True, "P1"),
            (
                "We are not against nature. We are nature’s oldest neighbours.",
                "Sietske Hoekstra",
                False,
                "P1",
            ),
            ("The heath is turning into grass,", "Pieter-Jan Visser", False, "P3"),
            (
                "That is not an opinion; you can see it from the train.",
                "Pieter-Jan Visser",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sietske Hoekstra", "De Telegraaf"),
            ("P2", None, None),
            ("P3", "Pieter-Jan Visser", "NOS"),
        ],
        "people": ["Geert van der Berg", "Sietske Hoekstra", "Pieter-Jan Visser"],
    },
    {
        "name": "cape-town-admissions-letter-book-title-safm-facebook",
        "text": (
            "The University of Cape Town will drop its entrance test for applicants from rural "
            "schools, its admissions director announced on Friday in a letter to school "
            "principals. “Talent is evenly spread across this country. Opportunity is not,” "
            "wrote the director, Nomvula Dlamini.\n\n"
            "The change follows years of campaigning by the education researcher Sipho Mahlangu, "
            "whose 2019 book “The Quiet Line” followed 300 pupils from Eastern Cape villages. "
            "Speaking on SAfm’s morning show, Mahlangu called the decision “late, but right.” He "
            "added that the university would need to fund tutoring in the first year. “Getting "
            "in is the easy part,” he said. “Staying in is where we lose them.”\n\n"
            "A rural headmaster, Thabo Nkosi, posted on Facebook that his school had not sent a "
            "pupil to the university in 11 years. “Maybe this year,” he wrote. One of his former "
            "pupils commented: “Sir, I will drive the first one there myself.”"
        ),
        "quotes": [
            (
                "Talent is evenly spread across this country. Opportunity is not,",
                "Nomvula Dlamini",
                False,
                "P1",
            ),
            ("late, but right.", "Sipho Mahlangu", True, "P2"),
            ("Getting in is the easy part,", "Sipho Mahlangu", False, "P2"),
            ("Staying in is where we lose them.", "Sipho Mahlangu", False, "P2"),
            ("Maybe this year,", "Thabo Nkosi", False, "P3"),
            ("Sir, I will drive the first one there myself.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Nomvula Dlamini", None),
            ("P2", "Sipho Mahlangu", "SAfm"),
            ("P3", "Thabo Nkosi", "Facebook"),
        ],
        "people": ["Nomvula Dlamini", "Sipho Mahlangu", "Thabo Nkosi"],
    },
    {
        "name": "delhi-smog-school-closure-x-instagram-story-farmers-statement",
        "text": (
            "Delhi’s government ordered all primary schools to close on Thursday as the city’s "
            "air quality index passed 450, a level classed as “severe plus.”\n\n"
            "The chief minister, Rekha Malhotra, announced the closure on X. “Children’s lungs "
            "are not an experiment. Schools will stay shut until the air improves,” she wrote.\n\n"
            "Dr. Arjun Sethi, a paediatrician who runs a clinic in Lajpat Nagar, said he was "
            "seeing twice as many children with wheezing as in October. “Parents ask me which "
            "mask to buy,” he said. “I tell them the honest answer: the one that comes with a "
            "different city.”\n\n"
            "The cricketer Vikram Rathore shared Malhotra’s post on his own Instagram story with "
            "the words “Stay inside, little ones.” Farmers’ groups in Punjab, who are blamed for "
            "burning crop stubble after the harvest, said in a joint statement that they were "
            "being made “the villain of a story with many authors.”"
        ),
        "quotes": [
            (
                (
                    "Children’s lungs are not an experiment. Schools will stay shut until the "
                    "air improves,"
                ),
                "Rekha Malhotra",
                False,
                "P1",
            ),
            ("Parents ask me which mask to buy,", "Arjun Sethi", False, None),
            (
                "I tell them the honest answer: the one that comes with a different city.",
                "Arjun Sethi",
                False,
                None,
            ),
            ("Stay inside, little ones.", "Vikram Rathore", False, "P2"),
            ("the villain of a story with many authors.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Rekha Malhotra", "X"),
            ("P2", "Vikram Rathore", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Rekha Malhotra", "Arjun Sethi", "Vikram Rathore"],
    },
    {
        "name": "florida-citrus-hurricane-earnings-release-analyst-note-facebook",
        "text": (
            "Florida’s orange harvest is expected to fall to its lowest level in nearly a "
            "century after Hurricane Milton flattened groves across the state’s central ridge.\n\n"
            "The grower Ramón Echevarría Soto walked reporters through his 300-acre grove near "
            "Arcadia, where fruit lay rotting in the mud. “My father survived freezes and "
            "greening. This may be the one that ends us,” said the 58-year-old.\n\n"
            "The juice maker Sunridge Foods said in its earnings release that it would import "
            "more concentrate from Brazil. “We will keep shelves full,” the release quoted its "
            "chief executive, Lauren Whitfield, as saying.\n\n"
            "In a note to clients, the Rabobank analyst Hiroshi Takeda wrote that juice prices "
            "could stay high “well into 2026.” Echevarría Soto said he had not decided whether "
            "to replant. His daughter, Daniela Echevarría, posted a photo of him among the "
            "broken trees on Facebook: “Dad, whatever you choose, we are with you.”"
        ),
        "quotes": [
            (
                "My father survived freezes and greening. This may be the one that ends us,",
                "Ramón Echevarría Soto",
                False,
                None,
            ),
            ("We will keep shelves full,", "Lauren Whitfield", False, "P1"),
            ("well into 2026.", "Hiroshi Takeda", True, "P2"),
            ("Dad, whatever you choose, we are with you.", "Daniela Echevarría", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hiroshi Takeda", None),
            ("P3", "Daniela Echevarría", "Facebook"),
        ],
        "people": [
            "Ramón Echevarría Soto",
            "Lauren Whitfield",
            "Hiroshi Takeda",
            "Daniela Echevarría",
        ],
    },
    {
        "name": "bradford-gp-same-day-letter-two-paragraphs-radio-leeds",
        "text": (
            "A GP surgery in Bradford has become the first in England to offer same-day "
            "appointments to every patient who calls before 10 a.m., after hiring four extra "
            "doctors with money from a local charity.\n\n"
            "The practice manager, Shazia Hussain, explained the change in a letter to "
            "patients:\n\n"
            "“For years we have asked you to call at 8 a.m. and then told you there was nothing "
            "left. That was not fair on you, and it was not fair on our receptionists.\n\n"
            "“From Monday, if you call before ten, you will be seen today. We cannot promise it "
            "will last forever, but we will try.”\n\n"
            "Dr. Oluwaseun Bakare, one of the new GPs, said on BBC Radio Leeds that the model "
            "was “boring, which is the point.” Patients seemed to agree. “I got in within two "
            "hours. I nearly fell off my chair,” said Doreen Pickles, 81, who has lived in the "
            "city all her life."
        ),
        "quotes": [
            (
                (
                    "For years we have asked you to call at 8 a.m. and then told you there was "
                    "nothing left. That was not fair on you, and it was not fair on our "
                    "receptionists."
                ),
                "Shazia Hussain",
                False,
                "P1",
            ),
            (
                (
                    "From Monday, if you call before ten, you will be seen today. We cannot "
                    "promise it will last forever, but we will try."
                ),
                "Shazia Hussain",
                False,
                "P1",
            ),
            ("boring, which is the point.", "Oluwaseun Bakare", True, "P2"),
            (
                "I got in within two hours. I nearly fell off my chair,",
                "Doreen Pickles",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Shazia Hussain", None),
            ("P2", "Oluwaseun Bakare", "BBC Radio Leeds"),
        ],
        "people": ["Shazia Hussain", "Oluwaseun Bakare", "Doreen Pickles"],
    },
    {
        "name": "swiss-glaciers-substack-essay-university-release-srf",
        "text": (
            "Switzerland’s glaciers lost four per cent of their remaining ice this year, the "
            "second-worst loss on record, the monitoring network GLAMOS said on Tuesday.\n\n"
            "“We used to talk about the glaciers disappearing by the end of the century. Now I "
            "think my children will see the end of most of them,” Dr. Katrin Zwahlen, a "
            "glaciologist at ETH Zurich, wrote in an essay on Substack. A news release from the "
            "university quoted her co-author, Rafael Mendes, as saying that the summer heat had "
            "been “brutal and unusually long.”\n\n"
            "In Saas-Fee, the mountain guide Anselm Imboden said he had stopped taking clients "
            "onto one glacier route. “The ice has gone grey, and it moves under your feet,” he "
            "said. “I have climbed here 35 years. I do not recognise it.”\n\n"
            "Asked on Swiss radio SRF whether anything could save the smaller glaciers, Zwahlen "
            "answered: “Not the ones we are measuring today. Maybe their grandchildren’s snow, "
            "if we act.”"
        ),
        "quotes": [
            (
                (
                    "We used to talk about the glaciers disappearing by the end of the century. "
                    "Now I think my children will see the end of most of them,"
                ),
                "Katrin Zwahlen",
                False,
                "P1",
            ),
            ("brutal and unusually long.", "Rafael Mendes", True, "P2"),
            ("The ice has gone grey, and it moves under your feet,", "Anselm Imboden", False, None),
            ("I have climbed here 35 years. I do not recognise it.", "Anselm Imboden", False, None),
            (
                (
                    "Not the ones we are measuring today. Maybe their grandchildren’s snow, if "
                    "we act."
                ),
                "Katrin Zwahlen",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Katrin Zwahlen", "Substack"),
            ("P2", None, "press release"),
            ("P3", "Katrin Zwahlen", "SRF"),
        ],
        "people": ["Katrin Zwahlen", "Rafael Mendes", "Anselm Imboden"],
    },
    {
        "name": "lubbock-measles-town-hall-threads-reply-release",
        "text": (
            "Health officials in Lubbock County confirmed 14 new measles cases on Monday, "
            "bringing the outbreak to 61, almost all of them in unvaccinated children.\n\n"
            "At a town hall that evening, the county’s public health director, Dr. Esperanza "
            "Villanueva, urged parents to check their children’s records. “Measles does not care "
            "what you read online,” she said. “It cares whether you had two doses.”\n\n"
            "Not everyone in the room agreed. A father of three, Caleb Hostetler, said he would "
            "keep his children home rather than vaccinate them, calling the shots “a choice, not "
            "a rule.”\n\n"
            "The superintendent of Lubbock schools, Gail Whitcombe, wrote on Threads that "
            "unvaccinated pupils would be kept out of class for 21 days after any exposure. "
            "“This is state law, and we will follow it,” she posted. A teacher, Marisa Delgado, "
            "replied under her post that the district should have acted “weeks ago.”\n\n"
            "The Texas Department of State Health Services said in a press release that it had "
            "sent vaccine teams to three schools."
        ),
        "quotes": [
            ("Measles does not care what you read online,", "Esperanza Villanueva", False, None),
            ("It cares whether you had two doses.", "Esperanza Villanueva", False, None),
            ("a choice, not a rule.", "Caleb Hostetler", True, None),
            ("This is state law, and we will follow it,", "Gail Whitcombe", False, "P1"),
            ("weeks ago.", "Marisa Delgado", True, "P1"),
        ],
        "posts": [
            ("P1", "Gail Whitcombe", "Threads"),
            ("P2", None, "press release"),
        ],
        "people": ["Esperanza Villanueva", "Caleb Hostetler", "Gail Whitcombe", "Marisa Delgado"],
    },
    {
        "name": "ethiopia-locusts-fao-release-ebc-linkedin-comment",
        "text": (
            "Desert locust swarms have destroyed sorghum and teff across 40,000 hectares of "
            "Ethiopia’s Afar and Amhara regions, the Food and Agriculture Organization said in a "
            "news release on Wednesday. “The window to act is very short,” the release said. “If "
            "the hoppers are not controlled now, the swarms in December will be larger.”\n\n"
            "In the village of Kobo, the farmer Alemitu Getachew, 44, said the insects arrived "
            "on a Sunday morning. “The sky went brown. By the afternoon, the field was only "
            "stalks,” she said.\n\n"
            "The agriculture minister, Tesfaye Gebremariam, told the state broadcaster EBC that "
            "four spraying aircraft were operating. Critics say that is too few. The "
            "entomologist Dr. Yonas Haile wrote on LinkedIn that the country needed “ten planes, "
            "not four, and it needed them in August.” A former FAO officer, Mekdes Alemu, "
            "commented under his post: “We warned about this in the spring. The funding never "
            "came.”"
        ),
        "quotes": [
            ("The window to act is very short,", None, False, "P1"),
            (
                ("If the hoppers are not controlled now, the swarms in December will be larger."),
                None,
                False,
                "P1",
            ),
            (
                "The sky went brown. By the afternoon, the field was only stalks,",
                "Alemitu Getachew",
                False,
                None,
            ),
            ("ten planes, not four, and it needed them in August.", "Yonas Haile", True, "P3"),
            (
                "We warned about this in the spring. The funding never came.",
                "Mekdes Alemu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tesfaye Gebremariam", "EBC"),
            ("P3", "Yonas Haile", "LinkedIn"),
        ],
        "people": ["Alemitu Getachew", "Tesfaye Gebremariam", "Yonas Haile", "Mekdes Alemu"],
    },
    {
        "name": "thunder-bay-er-death-ruling-internal-review-the-current",
        "text": (
            "A judge in Ontario has ruled that a hospital in Thunder Bay must release its "
            "internal review into the death of a 34-year-old patient who waited nine hours in "
            "its emergency room.\n\n"
            "In her written ruling, Justice Marie-Claude Pelletier said the family had a right "
            "to know “what happened, in what order, and why.”\n\n"
            "The patient’s sister, Sarah Keeshig, said outside the courthouse that the family "
            "had waited two years for answers. “We are not looking for someone to blame,” she "
            "said. “We are looking for the next family not to be us.”\n\n"
            "The hospital said in a statement that it would comply with the ruling. Its review, "
            "according to a summary seen by this newspaper, found that triage nurses had been "
            "“working well beyond safe capacity” on the night of the death.\n\n"
            "On CBC’s The Current, Ontario’s patient ombudsman, Devinder Grewal, said such cases "
            "were “far from rare.”"
        ),
        "quotes": [
            ("what happened, in what order, and why.", "Marie-Claude Pelletier", True, "P1"),
            ("We are not looking for someone to blame,", "Sarah Keeshig", False, None),
            ("We are looking for the next family not to be us.", "Sarah Keeshig", False, None),
            ("working well beyond safe capacity", None, True, "P3"),
            ("far from rare.", "Devinder Grewal", True, "P4"),
        ],
        "posts": [
            ("P1", "Marie-Claude Pelletier", None),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Devinder Grewal", "The Current"),
        ],
        "people": ["Marie-Claude Pelletier", "Sarah Keeshig", "Devinder Grewal"],
    },
    {
        "name": "reef-bleaching-youtube-clip-abc-brennans-single-marks",
        "text": (
            "The Great Barrier Reef is going through its fifth mass bleaching event in eight "
            "years, the Great Barrier Reef Marine Park Authority confirmed on Friday after "
            "aerial surveys of more than 1,000 reefs.\n\n"
            "The reef scientist Dr. Mei-Ling Zhou, who flew on several of the surveys, posted a "
            "video on YouTube from the plane. “From up here it looks beautiful. That white is "
            "the coral starving,” she says in the clip.\n\n"
            "Tourism operators worry about the message. “People hear ‘bleaching’ and think the "
            "reef is dead. It is not,” said Jack Brennan, who runs dive trips out of Port "
            "Douglas. His wife and business partner, Lani Brennan, told the ABC that bookings "
            "had already fallen by a quarter. “We need people to come and see it, not write it "
            "off,” she said.\n\n"
            "Zhou, 41, said the scale of the damage was “unprecedented,” but added that some "
            "reefs had recovered well after the 2022 event."
        ),
        "quotes": [
            (
                "From up here it looks beautiful. That white is the coral starving,",
                "Mei-Ling Zhou",
                False,
                "P1",
            ),
            (
                "People hear ‘bleaching’ and think the reef is dead. It is not,",
                "Jack Brennan",
                False,
                None,
            ),
            ("We need people to come and see it, not write it off,", "Lani Brennan", False, "P2"),
            ("unprecedented,", "Mei-Ling Zhou", True, None),
        ],
        "posts": [
            ("P1", "Mei-Ling Zhou", "YouTube"),
            ("P2", "Lani Brennan", "ABC"),
        ],
        "people": ["Mei-Ling Zhou", "Jack Brennan", "Lani Brennan"],
    },
]
