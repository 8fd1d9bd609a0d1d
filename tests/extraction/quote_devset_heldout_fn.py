"""The one-hundred-and-sixty-fourth self-made dev set, held out (FN): its first run is an unseen estimate.

Written with set FO, without reading the extraction rules, and committed before any rule was run
on it. Topic area: education, housing and local government: schools, universities, councils,
tenants, planning rows.

Same format and conventions as the earlier self-made
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
- Titles and roles before a name (Councillor, Professor, Dr., Mayor, Trustee, Rep., Under
  Secretary, Board president) are not part of the canonical name.
- A fragment reported from a reply beneath a Facebook post ("replied beneath the post that the
  increase was ...") is partial and belongs to that post, as for Bluesky and X replies.
- A statement to the House of Commons, a union's annual-conference speech, a budget meeting, a
  scrutiny meeting, a school-board meeting and "told residents at a packed meeting" are not
  posts; a word quoted from the Commons statement ("on track") is a partial quote with no post.
- A single word or short phrase in marks that the text attributes to a speaker or a document
  ("prioritised" from a landlord's statement, "disappointed" from a supplier's email, "on
  track", "real concerns", "nonsense" after "He said critics were spreading") is a partial
  quote, not a scare quote.
- A phrase in marks that no one in the text is reported to have said ("mystery meat Mondays",
  what students call the lunches; "heckler's veto" in "accusations that"; "glamping") is a scare
  quote or term, not a quote.
- A nickname inside a name (Robert "Bobby" Llewellyn) is not a quote and not part of the
  canonical name.
- An unnamed tenant who "told the Yorkshire Evening Post" gives an interview: a post with
  author None and the paper as platform; her words speak as None.
- A landlord company's statement, a union branch's statement, a university's statement, a
  supplier's email, a landlord LLC's court filing, a tribunal's written decision with no judge
  named, and an Ofsted inspection report are posts with author None and platform None.
- The 2023 Ofsted report quoted only for a fragment is a second post, separate from the new
  report.
- A letter to parents from a named headteacher, and a resignation letter "published on the
  council's website", are the writer's posts with platform None (the website is not a
  platform).
- A vice-chancellor's email to staff is the vice-chancellor's post, like a chief executive's.
- A statement "issued by its chief executive" and written in the first person ("I will report")
  is the chief executive's post and she is the speaker, even though it is an association's
  apology; its quote running over two paragraphs is two quotes with that speaker and post.
- A TikTok "clip" is the TikTok post; "a second video" after it is a new TikTok post by the same
  author; a YouTuber's "video that evening" is a YouTube post.
- A newsletter on Substack (The Brick Ledger) has platform Substack, not the newsletter's name.
- "Asked ... by Sky News" and an appearance "On CNN" are interviews, posts with those
  broadcasters as platform.
- A lowercase "the" before an outlet's name is not part of the platform (New York Daily News,
  Los Angeles Times, Times Educational Supplement, Financial Times, Yorkshire Evening Post,
  Shropshire Star); a capitalised "The" is kept as written (The Guardian, The Observer).
- A fragment introduced by "who he said had" after a podcast quote is not tied to the podcast:
  speaker Oluwaseun Baptiste, post None.
- A fragment introduced by "He said" in the same paragraph as the Shropshire Star interview,
  right after its quote, belongs to that interview.
- An unsigned review in a named newspaper ("A review in the Financial Times called the book
  ...") is a post with author None and that paper as platform; sharing it on X "with a
  one-line reply of her own" is a new X post.
- A leaked email by an unnamed officer "seen by" a newspaper is not an interview: author None,
  platform None; the next paragraph's "The officer ... wrote that" is tied to the same email.
- An unnamed university spokesperson who "said" without a named statement speaks as None with
  no post.
- A child named in full (Kwame Mensah-Darko) is a person even when a quote uses only his first
  name; a first name used to address someone inside a quote ("Colin", "Helen") is not a new
  person.
- A caption introduced by "read the caption" or "she wrote in the caption" is a whole quote,
  not partial.
- A book title in marks ("The Permission Trap") is not a quote.
- A text with no named person has an empty people list.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FN: list[dict] = [
    {
        "name": "council-tax-facebook-reply-budget-meeting",
        "text": (
            "The leader of Harrowby District Council, Councillor Janet Okonkwo-Reid, defended a "
            "4.99 percent council tax rise in a Facebook post on Wednesday evening. “Nobody on "
            "this council wanted to do this, but the alternative was closing two libraries,” she "
            "wrote.\n\n"
            "The opposition leader, Graham Fitzwilliam, replied beneath the post that the increase "
            "was “the price of three years of drift” and urged residents to attend the budget "
            "meeting.\n\n"
            "At that meeting on Thursday, Okonkwo-Reid told councillors the authority faced a £7.2 "
            "million gap. “We have cut everything that can be cut without people noticing,” she "
            "said.\n\n"
            "The budget passed by 31 votes to 22."
        ),
        "quotes": [
            (
                "Nobody on this council wanted to do this, but the alternative was closing two "
                "libraries,",
                "Janet Okonkwo-Reid",
                False,
                "P1",
            ),
            ("the price of three years of drift", "Graham Fitzwilliam", True, "P1"),
            (
                "We have cut everything that can be cut without people noticing,",
                "Janet Okonkwo-Reid",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Janet Okonkwo-Reid", "Facebook")],
        "people": ["Janet Okonkwo-Reid", "Graham Fitzwilliam"],
    },
    {
        "name": "tenants-union-x-mould-landlord-statement",
        "text": (
            "Tenants at the Meadowbank estate in east Leeds say black mould has spread through at "
            "least 40 flats, and their union is demanding that the landlord act before winter.\n\n"
            '"Children are sleeping in rooms where the walls are green," the Meadowbank Tenants '
            "Union said in a post on X on Monday, alongside photos from six homes.\n\n"
            'The landlord, Castlegate Homes, said in a statement that it had "prioritised" the '
            'worst-affected properties and that contractors would begin work next month. "We take '
            'every report of damp and mould seriously," the statement said.\n\n'
            "One tenant, a mother of two who asked not to be named, told the Yorkshire Evening "
            'Post that she had reported the mould four times since March. "They send someone to '
            "paint over it and it's back in a fortnight,\" she said."
        ),
        "quotes": [
            ("Children are sleeping in rooms where the walls are green,", None, False, "P1"),
            ("prioritised", None, True, "P2"),
            ("We take every report of damp and mould seriously,", None, False, "P2"),
            ("They send someone to paint over it and it's back in a fortnight,", None, False, "P3"),
        ],
        "posts": [("P1", None, "X"), ("P2", None, None), ("P3", None, "Yorkshire Evening Post")],
        "people": [],
    },
    {
        "name": "primary-closure-head-letter-bbc-radio",
        "text": (
            "Parents at St Aidan’s Primary School in Gateshead learned on Friday that the school "
            "would close in July 2026, in a letter from the headteacher, Fiona MacAulay.\n\n"
            "“Falling rolls mean we can no longer offer the education our children deserve on this "
            "site,” MacAulay wrote, adding that every pupil would be guaranteed a place at one of "
            "two nearby schools.\n\n"
            "Gateshead Council’s cabinet member for education, Councillor Peter Hanratty, told BBC "
            "Radio Newcastle that the decision had been “agonising.” “There are 140 empty desks in "
            "that building,” he said.\n\n"
            "A parent, Lucy Tremaine, organised a protest outside the school on Monday morning. "
            "“They say it’s about numbers. It’s about our kids,” she told reporters at the school "
            "gate."
        ),
        "quotes": [
            (
                "Falling rolls mean we can no longer offer the education our children deserve on "
                "this site,",
                "Fiona MacAulay",
                False,
                "P1",
            ),
            ("agonising.", "Peter Hanratty", True, "P2"),
            ("There are 140 empty desks in that building,", "Peter Hanratty", False, "P2"),
            ("They say it’s about numbers. It’s about our kids,", "Lucy Tremaine", False, None),
        ],
        "posts": [("P1", "Fiona MacAulay", None), ("P2", "Peter Hanratty", "BBC Radio Newcastle")],
        "people": ["Fiona MacAulay", "Peter Hanratty", "Lucy Tremaine"],
    },
    {
        "name": "university-cuts-staff-email-linkedin-comment",
        "text": (
            "The vice-chancellor of the University of Kelmscott, Professor Anand Raghunathan, told "
            "staff in an email on Tuesday that the university would cut 180 posts over two years. "
            "“I will not pretend this is anything other than painful,” he wrote.\n\n"
            "The local branch of the University and College Union called the plan “an act of "
            "managed decline” in a statement and said members would be balloted on strike "
            "action.\n\n"
            "Dr. Helen Brabazon, a senior lecturer in chemistry who chairs the branch, wrote on "
            "LinkedIn that she had spent 19 years at the university. “I have never seen morale "
            "this low. Not during the pandemic, not ever,” she wrote. In a comment under her post, "
            "a former colleague, Marcus Oyelaran, added: “Solidarity, Helen. The lab would not "
            "exist without you.”\n\n"
            "Raghunathan is due to meet union representatives on Friday."
        ),
        "quotes": [
            (
                "I will not pretend this is anything other than painful,",
                "Anand Raghunathan",
                False,
                "P1",
            ),
            ("an act of managed decline", None, True, "P2"),
            (
                "I have never seen morale this low. Not during the pandemic, not ever,",
                "Helen Brabazon",
                False,
                "P3",
            ),
            (
                "Solidarity, Helen. The lab would not exist without you.",
                "Marcus Oyelaran",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Anand Raghunathan", None),
            ("P2", None, None),
            ("P3", "Helen Brabazon", "LinkedIn"),
        ],
        "people": ["Anand Raghunathan", "Helen Brabazon", "Marcus Oyelaran"],
    },
    {
        "name": "planning-tiktok-meadow-developer-release",
        "text": (
            "A plan to build 320 homes on the edge of Little Ashby has split the village, and the "
            "row has moved online.\n\n"
            "Seventeen-year-old Ellie Coombes posted a TikTok video on Saturday walking through "
            "the meadow earmarked for the development. “This is the last green space within "
            "walking distance of my school,” she says in the clip, which has been viewed more than "
            "400,000 times.\n\n"
            "The developer, Thornfield Land, said in a press release on Monday that the scheme "
            "would include 96 affordable homes and a new GP surgery. The release quoted its "
            "managing director, Rupert Vane, as saying: “Little Ashby needs homes its young people "
            "can afford.”\n\n"
            "Coombes responded in a second video. “I’m one of those young people,” she said. "
            "“Nobody asked me.”"
        ),
        "quotes": [
            (
                "This is the last green space within walking distance of my school,",
                "Ellie Coombes",
                False,
                "P1",
            ),
            ("Little Ashby needs homes its young people can afford.", "Rupert Vane", False, "P2"),
            ("I’m one of those young people,", "Ellie Coombes", False, "P3"),
            ("Nobody asked me.", "Ellie Coombes", False, "P3"),
        ],
        "posts": [
            ("P1", "Ellie Coombes", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Ellie Coombes", "TikTok"),
        ],
        "people": ["Ellie Coombes", "Rupert Vane"],
    },
    {
        "name": "housing-minister-commons-substack-sky",
        "text": (
            "The housing minister, Deborah Akintola, told the House of Commons on Wednesday that "
            "the government was “on track” to meet its target of 1.5 million new homes by the end "
            "of the parliament. “The spades are in the ground,” she said.\n\n"
            "That claim was challenged within hours by the housing economist Callum Pryce-Jones, "
            "who wrote on his Substack, The Brick Ledger, that completions in England had fallen "
            "for a third consecutive quarter. “You cannot build 300,000 homes a year with planning "
            "departments that have lost a third of their staff,” he wrote.\n\n"
            "Asked about the figures by Sky News the next morning, the minister said: “I’d rather "
            "be judged on the end of the parliament than on one quarter.”"
        ),
        "quotes": [
            ("on track", "Deborah Akintola", True, None),
            ("The spades are in the ground,", "Deborah Akintola", False, None),
            (
                "You cannot build 300,000 homes a year with planning departments that have lost a "
                "third of their staff,",
                "Callum Pryce-Jones",
                False,
                "P1",
            ),
            (
                "I’d rather be judged on the end of the parliament than on one quarter.",
                "Deborah Akintola",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Callum Pryce-Jones", "Substack"), ("P2", "Deborah Akintola", "Sky News")],
        "people": ["Deborah Akintola", "Callum Pryce-Jones"],
    },
    {
        "name": "school-board-lunch-contract-youtube-trustee",
        "text": (
            "The Riverside Unified School District board voted 4-3 on Tuesday night to end its "
            "contract with the district's longtime food supplier, after months of complaints about "
            'what students call "mystery meat Mondays."\n\n'
            "Board president Carla Mendez-Whitaker said at the meeting that the district had "
            'received more than 600 complaints since September. "We owe these kids better than '
            'this," she said.\n\n'
            'Trustee Robert "Bobby" Llewellyn, who voted against the change, later posted a '
            'YouTube video explaining his vote. "The new contract costs $1.1 million more, and '
            'nobody has told me where that money comes from," he said in the video.\n\n'
            "The supplier, Golden Plate Foods, said in an email to the district that it was "
            '"disappointed" by the decision.'
        ),
        "quotes": [
            ("We owe these kids better than this,", "Carla Mendez-Whitaker", False, None),
            (
                "The new contract costs $1.1 million more, and nobody has told me where that "
                "money comes from,",
                "Robert Llewellyn",
                False,
                "P1",
            ),
            ("disappointed", None, True, "P2"),
        ],
        "posts": [("P1", "Robert Llewellyn", "YouTube"), ("P2", None, None)],
        "people": ["Carla Mendez-Whitaker", "Robert Llewellyn"],
    },
    {
        "name": "students-hotel-beds-reddit-union-guardian",
        "text": (
            "Students at the University of Brackenford are being offered beds in a hotel 14 miles "
            "from campus after the university admitted 900 more first-years than it had rooms "
            "for.\n\n"
            "A Reddit thread started by an unnamed first-year on the r/Brackenford forum drew more "
            'than 1,200 comments. "Paid £9,250 in fees to live in a Travelodge by the motorway," '
            'the original post read. One reply under it said: "At least you got a bed. My '
            'flatmate is sleeping on my floor."\n\n'
            "The students' union president, Amara Ositelu, said in an Instagram post that the "
            'union was "furious on behalf of every student left stranded." In a statement, the '
            'university said: "We apologise unreservedly and are working to secure additional '
            'accommodation."\n\n'
            "Ositelu told The Guardian on Thursday that she had been promised a meeting with the "
            "vice-chancellor. \"I'll believe it when I'm in the room,\" she said."
        ),
        "quotes": [
            ("Paid £9,250 in fees to live in a Travelodge by the motorway,", None, False, "P1"),
            ("At least you got a bed. My flatmate is sleeping on my floor.", None, False, "P1"),
            ("furious on behalf of every student left stranded.", "Amara Ositelu", True, "P2"),
            (
                "We apologise unreservedly and are working to secure additional accommodation.",
                None,
                False,
                "P3",
            ),
            ("I'll believe it when I'm in the room,", "Amara Ositelu", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Amara Ositelu", "Instagram"),
            ("P3", None, None),
            ("P4", "Amara Ositelu", "The Guardian"),
        ],
        "people": ["Amara Ositelu"],
    },
    {
        "name": "council-chief-resigns-letter-bluesky-reply",
        "text": (
            "The chief executive of Wenlock Vale Council, Sandra Okafor, resigned on Monday, days "
            "after an audit found the authority had overspent its social care budget by £14 "
            "million.\n\n"
            "In a resignation letter published on the council’s website, Okafor wrote that she "
            "took “full responsibility for the failures of oversight” and that staff had been "
            "“asked to do the impossible.”\n\n"
            "The Liberal Democrat group leader, Thomas Ashdown, wrote on Bluesky: “A resignation "
            "is not an explanation. Residents deserve to know who knew what, and when.” The "
            "Conservative councillor Priya Ramaswamy replied under his post: “Agreed. Full inquiry "
            "now.”\n\n"
            "The council’s leader, Mark Heseltine-Booth, told a hastily called news conference "
            "that an interim chief executive would be appointed within a week. “The services "
            "people rely on will keep running,” he said."
        ),
        "quotes": [
            ("full responsibility for the failures of oversight", "Sandra Okafor", True, "P1"),
            ("asked to do the impossible.", "Sandra Okafor", True, "P1"),
            (
                "A resignation is not an explanation. Residents deserve to know who knew what, "
                "and when.",
                "Thomas Ashdown",
                False,
                "P2",
            ),
            ("Agreed. Full inquiry now.", "Priya Ramaswamy", False, "P2"),
            ("The services people rely on will keep running,", "Mark Heseltine-Booth", False, None),
        ],
        "posts": [("P1", "Sandra Okafor", None), ("P2", "Thomas Ashdown", "Bluesky")],
        "people": ["Sandra Okafor", "Thomas Ashdown", "Priya Ramaswamy", "Mark Heseltine-Booth"],
    },
    {
        "name": "rent-strike-court-filing-instagram-daily-news",
        "text": (
            "A Brooklyn landlord has asked a housing court to evict 23 tenants who have withheld "
            "rent for five months in protest over broken heating, according to a court filing made "
            "public on Wednesday.\n\n"
            "The filing, by Halsey Street Holdings LLC, describes the rent strike as “an organized "
            "campaign of nonpayment” and says the building’s boiler was replaced in January.\n\n"
            "One of the tenants, Yesenia Duarte, posted a video on Instagram from her kitchen, "
            "where a space heater glowed beside the stove. “Replaced in January and it broke again "
            "in February. Ask them for the invoice,” she wrote in the caption.\n\n"
            "Her lawyer, Benjamin Adler-Stein of the Brooklyn Tenant Defense Project, told the New "
            "York Daily News that the tenants had paid their rent into an escrow account. “Every "
            "dollar is accounted for,” he said. “My clients just want heat.”"
        ),
        "quotes": [
            ("an organized campaign of nonpayment", None, True, "P1"),
            (
                "Replaced in January and it broke again in February. Ask them for the invoice,",
                "Yesenia Duarte",
                False,
                "P2",
            ),
            ("Every dollar is accounted for,", "Benjamin Adler-Stein", False, "P3"),
            ("My clients just want heat.", "Benjamin Adler-Stein", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Yesenia Duarte", "Instagram"),
            ("P3", "Benjamin Adler-Stein", "New York Daily News"),
        ],
        "people": ["Yesenia Duarte", "Benjamin Adler-Stein"],
    },
    {
        "name": "ofsted-turnaround-reports-podcast-deputy",
        "text": (
            "A secondary school in Swindon that was rated inadequate by Ofsted two years ago has "
            "been judged good in every category, according to a report published on Tuesday.\n\n"
            "The inspectors wrote that pupils now “behave well and are proud of their school,” a "
            "sharp change from the 2023 report, which had described corridors as “chaotic and at "
            "times unsafe.”\n\n"
            "The headteacher, Oluwaseun Baptiste, who arrived in 2023, spoke about the turnaround "
            "on the education podcast Staffroom Talk. “We didn’t do anything magic. We just made "
            "the same rules apply to everybody, every day,” he said.\n\n"
            "Baptiste credited his deputy, Rachel Kinnear, who he said had “rebuilt the timetable "
            "from scratch.”"
        ),
        "quotes": [
            ("behave well and are proud of their school,", None, True, "P1"),
            ("chaotic and at times unsafe.", None, True, "P2"),
            (
                "We didn’t do anything magic. We just made the same rules apply to everybody, "
                "every day,",
                "Oluwaseun Baptiste",
                False,
                "P3",
            ),
            ("rebuilt the timetable from scratch.", "Oluwaseun Baptiste", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Oluwaseun Baptiste", "Staffroom Talk"),
        ],
        "people": ["Oluwaseun Baptiste", "Rachel Kinnear"],
    },
    {
        "name": "mayor-rent-cap-news-conference-op-ed",
        "text": (
            "Mayor Lorenzo Castellanos of Santa Rivera announced on Monday a plan to cap annual "
            "rent increases at 5 percent for buildings older than 15 years. “Families should not "
            "have to move every time their lease comes up,” he said at a news conference outside "
            "City Hall.\n\n"
            "The California Apartment Owners Alliance said in a press release that the cap would "
            "“freeze new construction overnight.”\n\n"
            "Castellanos made his case at greater length in an op-ed in the Los Angeles Times on "
            "Wednesday. “Rent stabilization is not radical. It is what half the cities in this "
            "state already do,” he wrote.\n\n"
            "City Council member Janelle Whitford-Park, who is expected to cast the deciding vote, "
            "wrote on Facebook that she had “real concerns” about enforcement but had not made up "
            "her mind."
        ),
        "quotes": [
            (
                "Families should not have to move every time their lease comes up,",
                "Lorenzo Castellanos",
                False,
                None,
            ),
            ("freeze new construction overnight.", None, True, "P1"),
            (
                "Rent stabilization is not radical. It is what half the cities in this state "
                "already do,",
                "Lorenzo Castellanos",
                False,
                "P2",
            ),
            ("real concerns", "Janelle Whitford-Park", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lorenzo Castellanos", "Los Angeles Times"),
            ("P3", "Janelle Whitford-Park", "Facebook"),
        ],
        "people": ["Lorenzo Castellanos", "Janelle Whitford-Park"],
    },
    {
        "name": "housing-association-apology-two-paragraphs-itv",
        "text": (
            "Riverside Crescent Housing Association has apologised to the family of Kwame "
            "Mensah-Darko, a two-year-old boy whose death a coroner linked to mould in their flat, "
            "in a statement issued on Friday by its chief executive, Geraldine Osei-Bonsu.\n\n"
            "“We failed Kwame and we failed his family. There is no other way to say it.\n\n"
            "“Every one of our 11,000 homes will be inspected by the end of the year, and I will "
            "report the results publicly,” the statement said.\n\n"
            "The boy’s father, Kofi Mensah-Darko, told ITV News that the apology had come “three "
            "years too late.” The family’s solicitor, Harriet Quennell, said the family was "
            "considering legal action."
        ),
        "quotes": [
            (
                "We failed Kwame and we failed his family. There is no other way to say it.",
                "Geraldine Osei-Bonsu",
                False,
                "P1",
            ),
            (
                "Every one of our 11,000 homes will be inspected by the end of the year, and I "
                "will report the results publicly,",
                "Geraldine Osei-Bonsu",
                False,
                "P1",
            ),
            ("three years too late.", "Kofi Mensah-Darko", True, "P2"),
        ],
        "posts": [("P1", "Geraldine Osei-Bonsu", None), ("P2", "Kofi Mensah-Darko", "ITV News")],
        "people": [
            "Kwame Mensah-Darko",
            "Geraldine Osei-Bonsu",
            "Kofi Mensah-Darko",
            "Harriet Quennell",
        ],
    },
    {
        "name": "debate-cancelled-x-rector-statement-spokesperson",
        "text": (
            "The University of Glenmorrow has cancelled a debate on rent controls after student "
            "groups threatened to disrupt it, prompting accusations that the institution had bowed "
            "to a “heckler’s veto.”\n\n"
            "The debate’s organiser, the economics student Fraser Lindsay-MacLeod, wrote on X that "
            "the decision was “cowardice dressed up as caution.” “We booked the room in October. "
            "Security was fine until someone complained,” he posted.\n\n"
            "The university’s rector, the broadcaster Moira Cunninghame, said in a statement that "
            "she was “deeply uncomfortable” with the cancellation and would raise it with the "
            "university court.\n\n"
            "A spokesperson for the university said: “Student safety has to come first.”"
        ),
        "quotes": [
            ("cowardice dressed up as caution.", "Fraser Lindsay-MacLeod", True, "P1"),
            (
                "We booked the room in October. Security was fine until someone complained,",
                "Fraser Lindsay-MacLeod",
                False,
                "P1",
            ),
            ("deeply uncomfortable", "Moira Cunninghame", True, "P2"),
            ("Student safety has to come first.", None, False, None),
        ],
        "posts": [("P1", "Fraser Lindsay-MacLeod", "X"), ("P2", "Moira Cunninghame", None)],
        "people": ["Fraser Lindsay-MacLeod", "Moira Cunninghame"],
    },
    {
        "name": "landlord-ban-tribunal-radio-wales-threads",
        "text": (
            "A landlord who owns more than 200 flats in Cardiff has been banned from letting "
            "property for five years after a tribunal found he had repeatedly failed to carry out "
            "gas safety checks.\n\n"
            "The tribunal's written decision said Gareth Pendry-Evans had shown \"a persistent "
            'disregard for the safety of his tenants." Pendry-Evans told BBC Radio Wales he would '
            'appeal. "I\'ve been made an example of," he said. "There are landlords in this city '
            'who are far worse."\n\n'
            "Siân Llewellyn-Hughes, an organiser with the Cardiff Renters Network, posted on "
            'Threads that the ban was "long overdue." In a second post, she wrote: "If you rent '
            "from him, your tenancy is still valid. Don't let anyone tell you otherwise.\""
        ),
        "quotes": [
            ("a persistent disregard for the safety of his tenants.", None, True, "P1"),
            ("I've been made an example of,", "Gareth Pendry-Evans", False, "P2"),
            (
                "There are landlords in this city who are far worse.",
                "Gareth Pendry-Evans",
                False,
                "P2",
            ),
            ("long overdue.", "Siân Llewellyn-Hughes", True, "P3"),
            (
                "If you rent from him, your tenancy is still valid. Don't let anyone tell you "
                "otherwise.",
                "Siân Llewellyn-Hughes",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gareth Pendry-Evans", "BBC Radio Wales"),
            ("P3", "Siân Llewellyn-Hughes", "Threads"),
            ("P4", "Siân Llewellyn-Hughes", "Threads"),
        ],
        "people": ["Gareth Pendry-Evans", "Siân Llewellyn-Hughes"],
    },
    {
        "name": "teachers-pay-conference-instagram-tes",
        "text": (
            "The general secretary of the National Association of Classroom Teachers, Bernadette "
            "Kowalczyk, told the union’s annual conference in Harrogate on Saturday that members "
            "would strike in the autumn unless the government improved its pay offer. “Three "
            "percent is not a pay rise. It is a pay cut with better branding,” she said to a "
            "standing ovation.\n\n"
            "The education secretary, Jonathan Attwell-Hayes, responded on Instagram with a photo "
            "of himself at a primary school in Derby. “Our offer is fair, fully funded and final,” "
            "read the caption.\n\n"
            "Kowalczyk hit back in an interview with the Times Educational Supplement. “Final is a "
            "word ministers use right up until they change their minds,” she said.\n\n"
            "Attwell-Hayes is due to appear before the Commons education committee next week."
        ),
        "quotes": [
            (
                "Three percent is not a pay rise. It is a pay cut with better branding,",
                "Bernadette Kowalczyk",
                False,
                None,
            ),
            ("Our offer is fair, fully funded and final,", "Jonathan Attwell-Hayes", False, "P1"),
            (
                "Final is a word ministers use right up until they change their minds,",
                "Bernadette Kowalczyk",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Jonathan Attwell-Hayes", "Instagram"),
            ("P2", "Bernadette Kowalczyk", "Times Educational Supplement"),
        ],
        "people": ["Bernadette Kowalczyk", "Jonathan Attwell-Hayes"],
    },
    {
        "name": "planning-book-observer-ft-review-x-reply",
        "text": (
            "The planning academic Dr. Mei-Lin Zhao has spent a decade studying why British towns "
            "approve so few homes. Her new book, “The Permission Trap,” argues that the system "
            "rewards the loudest objectors.\n\n"
            "“Planning committees are hearing from the same 40 people at every meeting,” Zhao told "
            "The Observer in an interview published on Sunday. “Those people are not "
            "representative of anyone but themselves.”\n\n"
            "A review in the Financial Times called the book “bracing and occasionally unfair.” "
            "Zhao shared the review on X with a one-line reply of her own: “I’ll take "
            "occasionally.”\n\n"
            "She will speak at the Hay Festival in May."
        ),
        "quotes": [
            (
                "Planning committees are hearing from the same 40 people at every meeting,",
                "Mei-Lin Zhao",
                False,
                "P1",
            ),
            (
                "Those people are not representative of anyone but themselves.",
                "Mei-Lin Zhao",
                False,
                "P1",
            ),
            ("bracing and occasionally unfair.", None, True, "P2"),
            ("I’ll take occasionally.", "Mei-Lin Zhao", False, "P3"),
        ],
        "posts": [
            ("P1", "Mei-Lin Zhao", "The Observer"),
            ("P2", None, "Financial Times"),
            ("P3", "Mei-Lin Zhao", "X"),
        ],
        "people": ["Mei-Lin Zhao"],
    },
    {
        "name": "waiting-list-leaked-email-statement-scrutiny",
        "text": (
            "An internal email sent by a senior housing officer at Northmoor Borough Council, seen "
            "by the Northmoor Echo, warned that the council’s waiting list had reached 9,400 "
            "households and that “temporary accommodation is now the default, not the "
            "exception.”\n\n"
            "The officer, whose name has not been released, wrote that staff were “firefighting "
            "every single day.”\n\n"
            "The council’s cabinet member for housing, Councillor Abdul Rahman Chowdhury, said in "
            "a statement: “We do not comment on leaked correspondence, but I have never hidden the "
            "scale of the challenge.”\n\n"
            "Chowdhury later told councillors at a scrutiny meeting that he would publish monthly "
            "waiting-list figures. “Sunlight is the best disinfectant,” he said."
        ),
        "quotes": [
            ("temporary accommodation is now the default, not the exception.", None, True, "P1"),
            ("firefighting every single day.", None, True, "P1"),
            (
                "We do not comment on leaked correspondence, but I have never hidden the scale of "
                "the challenge.",
                "Abdul Rahman Chowdhury",
                False,
                "P2",
            ),
            ("Sunlight is the best disinfectant,", "Abdul Rahman Chowdhury", False, None),
        ],
        "posts": [("P1", None, None), ("P2", "Abdul Rahman Chowdhury", None)],
        "people": ["Abdul Rahman Chowdhury"],
    },
    {
        "name": "loan-cancellation-release-youtube-cnn",
        "text": (
            "Hundreds of former students of the collapsed for-profit Westbridge Career Institute "
            "will have their federal loans cancelled, the Education Department announced on "
            "Thursday.\n\n"
            '"These borrowers were lied to about job placement rates, and they should not pay for '
            "that lie,\" Under Secretary Dana Kirkpatrick-Lowe said in the department's press "
            "release.\n\n"
            "Former student Jamal Whitcombe, who runs a YouTube channel about student debt, said "
            'in a video that evening that he had waited six years. "Six years of letters, forms '
            "and hold music. Today it's done,\" he said.\n\n"
            "On CNN, Rep. Howard Blaisdell, a Republican on the House education committee, called "
            'the decision "a bailout for a few at the expense of the many," adding: "Taxpayers '
            'who never went to college are paying for this."'
        ),
        "quotes": [
            (
                "These borrowers were lied to about job placement rates, and they should not pay "
                "for that lie,",
                "Dana Kirkpatrick-Lowe",
                False,
                "P1",
            ),
            (
                "Six years of letters, forms and hold music. Today it's done,",
                "Jamal Whitcombe",
                False,
                "P2",
            ),
            ("a bailout for a few at the expense of the many,", "Howard Blaisdell", True, "P3"),
            (
                "Taxpayers who never went to college are paying for this.",
                "Howard Blaisdell",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Jamal Whitcombe", "YouTube"),
            ("P3", "Howard Blaisdell", "CNN"),
        ],
        "people": ["Dana Kirkpatrick-Lowe", "Jamal Whitcombe", "Howard Blaisdell"],
    },
    {
        "name": "glamping-row-facebook-group-shropshire-star",
        "text": (
            "A row over a proposed “glamping” site has engulfed the village of Upper Wentley, "
            "where the parish council meets in a room above the post office.\n\n"
            "In the village Facebook group, resident Colin Ashworth-Bell posted a photo of the "
            "field with the words: “Twenty-five tents, a car park and a generator. This is not "
            "what a conservation area is for.” Beneath the post, a neighbour, Patricia Dunmore, "
            "wrote: “Have you actually read the plans, Colin? It’s eight tents.”\n\n"
            "The applicant, the farmer Wyn Probert, told the Shropshire Star that the business "
            "would help him keep the farm going. “Sheep don’t pay the bills any more,” he said. He "
            "said critics were spreading “nonsense” about the scale of the site.\n\n"
            "The parish council chair, Alison Greaves, told residents at a packed meeting on "
            "Tuesday that the final decision rested with the county council."
        ),
        "quotes": [
            (
                "Twenty-five tents, a car park and a generator. This is not what a conservation "
                "area is for.",
                "Colin Ashworth-Bell",
                False,
                "P1",
            ),
            (
                "Have you actually read the plans, Colin? It’s eight tents.",
                "Patricia Dunmore",
                False,
                "P1",
            ),
            ("Sheep don’t pay the bills any more,", "Wyn Probert", False, "P2"),
            ("nonsense", "Wyn Probert", True, "P2"),
        ],
        "posts": [
            ("P1", "Colin Ashworth-Bell", "Facebook"),
            ("P2", "Wyn Probert", "Shropshire Star"),
        ],
        "people": ["Colin Ashworth-Bell", "Patricia Dunmore", "Wyn Probert", "Alison Greaves"],
    },
]
