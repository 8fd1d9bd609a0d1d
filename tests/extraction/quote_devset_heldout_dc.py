"""The one-hundred-and-first self-made dev set, held out (DC): its first run is an unseen estimate.

Written with set DB, without reading the extraction rules, and committed before
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
  reported without any quoted words (a joint statement, a board's statement, a
  chief executive's email to customers, an earnings release only linked to) is
  still listed in posts.
- people lists every named person in the text in order of first mention,
  whether or not they speak or post (Tamika Odom-Fletcher, Lukas Brandt,
  Benjamin Achebe, Yuki Tanabe); organisations and a Reddit username
  (ledgerlady) are not people.
- An outlet's name drops a lowercase leading "the" (the Philadelphia Inquirer,
  the Star Tribune, the BBC give Philadelphia Inquirer, Star Tribune, BBC) but
  keeps a capitalised "The" that belongs to the title (The Guardian, The
  Lakeshore Ledger); "the BBC's Front Row programme" gives Front Row, the
  podcast Score & Silence, the local radio show Sports Talk 1280 and the
  Portuguese daily Record give their own names.
- A "YouTube interview with the arts channel Canvas Talks" is an interview with
  a named show: platform Canvas Talks, not YouTube. A YouTube video posted by
  an orchestra is a post with author None and platform YouTube; the named
  cellist speaking in it is the speaker of its quote.
- A study in a named journal is a post with the journal as platform and, as
  author, the senior or lead author the text names for the paper (Sunita
  Mahalingam, Gwenllian Pryce); a university news release quoting that author
  is a separate press release with author None.
- A joint statement by two named writers has author None (a post has one
  author).
- An Instagram post "its owners announced" whose caption the text says one
  co-owner wrote is that co-owner's post; her husband's comment under it belongs
  to it. Two people interviewed by the same newspaper (Quispe "speaking to the
  Philadelphia Inquirer", Nwosu who "told the paper") are two interviews, one
  post each, both with platform Philadelphia Inquirer.
- A description speaker ("the chef", "the painter", "the 27-year-old striker")
  resolves to the person it describes.
- A company spokeswoman's email to a reporter, a chief executive's email to
  customers, a university president's email to students and an athletic
  director's statement are posts by those named people with no platform.
- A memo "seen by Reuters" is the executive's memo (no platform), not a Reuters
  interview.
- A judge's opinion first reported in the lead ("refused to dismiss ...,
  writing that ...") is the judge's post, and the fragment in the lead belongs
  to it. A company's court filing has author None. An arbitration panel's
  written decision with no named arbitrator has author None and no platform.
- "Said outside the courthouse", "told reporters on a conference call", "on a
  call with analysts", "said at the meeting", an award acceptance speech and
  "reached by phone" are not posts.
- A fragment after "what its chief executive ... called a" ("brutal") is a
  partial quote by that executive, not a scare quote; with no post named it has
  post None. A critic's phrase that she "once called" a dish, with no review or
  outlet named, is partial with post None.
- A nickname inside a name (Deshawn "Flash" Whitaker), a kit's nickname
  ("claret and sky"), a Reddit thread's title, a film title and a symphony's
  name in marks are not quotes; the nickname is not part of the canonical name.
- A quote split around its attribution ("I tried everything," she wrote on
  Threads, "but ...") is two quotes, both whole (not partial), both of the post.
- A reply "with ... the words" under a Threads post belongs to that post and is
  not partial; a comment "under her post" that comes after other posts have
  been reported belongs to the post "her" points back to (Chepkoech's
  Instagram post).
- A Reddit thread whose author is known only by a username has author None; an
  unnamed user's reply under it speaks as None and belongs to it.
- A union's or supporters' trust's post (on X, on Facebook), a club's or trade
  group's statement and a prize sponsor's or lender's press release have author
  None and their words speak as None.
- A single captain's open letter to supporters is her post with no platform (not
  the many-signatory open letter of earlier sets).
- Titles such as Dr., Professor, Judge, Coach, Superintendent, Mayor and State
  Senator are not part of a canonical name; people sharing a surname (Farhad and
  Shirin Karimi, Deshawn and Gloria Whitaker, Priya and Raghavan Venkataraman):
  the bare surname refers to the one named first. Korean name order (Min-jun
  Park) is kept as written.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DC: list[dict] = [
    {
        "name": "linkedin-job-cuts-comment-earnings-release-analyst-note",
        "text": (
            "Priyanka Raghunathan, chief executive of the Leeds-based logistics software firm "
            "Cargoline, said on LinkedIn on Wednesday that the company would cut 140 jobs, "
            "about a fifth of its staff. “I have written this post four times, and there is no "
            "version of it that feels right,” she wrote. “Every person affected will hear from "
            "a manager today, not from an email.”\n\n"
            "Under her post, a former Cargoline engineer, Oluwaseun Bakare, commented: “Worked "
            "there six years. Best managers I ever had. This is a market problem, not a people "
            "problem.”\n\n"
            "The company’s earnings release, published an hour later, described the cuts as “a "
            "necessary reset” and quoted Raghunathan as saying the firm expected to return to "
            "profit in 2026.\n\n"
            "In a note to clients, the Peel Hunt analyst Graham Whitcombe called the move "
            "“overdue by at least two quarters.”\n\n"
            "Raghunathan told reporters on a conference call that no further cuts were planned. "
            "“This is the only round,” she said."
        ),
        "quotes": [
            (
                "I have written this post four times, and there is no version of it that feels "
                "right,",
                "Priyanka Raghunathan",
                False,
                "P1",
            ),
            (
                "Every person affected will hear from a manager today, not from an email.",
                "Priyanka Raghunathan",
                False,
                "P1",
            ),
            (
                "Worked there six years. Best managers I ever had. This is a market problem, "
                "not a people problem.",
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            ("a necessary reset", None, True, "P2"),
            ("overdue by at least two quarters.", "Graham Whitcombe", True, "P3"),
            ("This is the only round,", "Priyanka Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Priyanka Raghunathan", "LinkedIn"),
            ("P2", None, "press release"),
            ("P3", "Graham Whitcombe", None),
        ],
        "people": ["Priyanka Raghunathan", "Oluwaseun Bakare", "Graham Whitcombe"],
    },
    {
        "name": "instagram-striker-transfer-kit-nickname-club-statement",
        "text": (
            "Kwame Asante-Boateng ended weeks of speculation on Thursday by confirming on "
            "Instagram that he was leaving Hartwell Rovers for the Portuguese club Sporting "
            "Braga. “Six seasons, 71 goals and one promotion I will never forget. Thank you, "
            "Hartwell,” the 27-year-old striker wrote beneath a photo of himself in the club’s "
            "famous “claret and sky” kit.\n\n"
            "His former strike partner, Jonas Vermeulen, replied in the comments: “Nobody "
            "worked harder. Go and get that Champions League football.”\n\n"
            "At her weekly news conference, the Rovers manager, Aoife Brennan, said the club "
            "had accepted a fee of about £8 million. “We did not want to sell, but we were not "
            "going to keep a player who wanted to go,” Brennan said.\n\n"
            "Braga announced the signing in a statement that called Asante-Boateng “a forward "
            "with a rare appetite for the hard yards.”\n\n"
            "The club’s supporters’ trust posted on Facebook that it was “disappointed but not "
            "surprised.”"
        ),
        "quotes": [
            (
                "Six seasons, 71 goals and one promotion I will never forget. Thank you, Hartwell,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            (
                "Nobody worked harder. Go and get that Champions League football.",
                "Jonas Vermeulen",
                False,
                "P1",
            ),
            (
                "We did not want to sell, but we were not going to keep a player who wanted to go,",
                "Aoife Brennan",
                False,
                None,
            ),
            ("a forward with a rare appetite for the hard yards.", None, True, "P2"),
            ("disappointed but not surprised.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "Instagram"),
            ("P2", None, None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Kwame Asante-Boateng", "Jonas Vermeulen", "Aoife Brennan"],
    },
    {
        "name": "superintendent-letter-facebook-group-reply-teacher-tiktok",
        "text": (
            "The Marlow County school district will move its middle schools to a four-day week "
            "next fall, Superintendent Dolores Villanueva-Reyes announced in a letter to "
            "families on Monday. “This was not a decision we made lightly, and it was not a "
            "decision about money alone,” she wrote.\n\n"
            "The letter prompted hundreds of comments in the Marlow Parents Network group on "
            "Facebook, where a mother of two, Keisha Broadnax, posted that she had “no idea who "
            "watches my kids on Fridays.” A grandfather, Lars Holmberg, answered beneath her "
            "post: “We will. That’s what grandparents are for.”\n\n"
            "An eighth-grade science teacher, Dev Chaudhary, weighed in with a TikTok video "
            "that has been viewed more than 400,000 times. “Four longer days means I finally "
            "get to run a full lab,” he said in the video.\n\n"
            "At a school board meeting that evening, the board chair, Harold Ostrowski, said "
            "the policy would be reviewed after a year. “If it does not work, we will say so,” "
            "he said."
        ),
        "quotes": [
            (
                "This was not a decision we made lightly, and it was not a decision about money "
                "alone,",
                "Dolores Villanueva-Reyes",
                False,
                "P1",
            ),
            ("no idea who watches my kids on Fridays.", "Keisha Broadnax", True, "P2"),
            ("We will. That’s what grandparents are for.", "Lars Holmberg", False, "P2"),
            (
                "Four longer days means I finally get to run a full lab,",
                "Dev Chaudhary",
                False,
                "P3",
            ),
            ("If it does not work, we will say so,", "Harold Ostrowski", False, None),
        ],
        "posts": [
            ("P1", "Dolores Villanueva-Reyes", None),
            ("P2", "Keisha Broadnax", "Facebook"),
            ("P3", "Dev Chaudhary", "TikTok"),
        ],
        "people": [
            "Dolores Villanueva-Reyes",
            "Keisha Broadnax",
            "Lars Holmberg",
            "Dev Chaudhary",
            "Harold Ostrowski",
        ],
    },
    {
        "name": "substack-novelist-withdraws-prize-front-row-joint-statement",
        "text": (
            "The novelist Ifeoma Okonkwo-Hart has withdrawn her book “The Glass Orchard” from "
            "consideration for the Carrow Prize, saying in an essay on Substack that the "
            "award’s new sponsor, a mining company, was “a line I cannot cross.”\n\n"
            "“Prizes are how a lot of us pay rent, so I do not judge anyone who stays in,” she "
            "wrote. “But I would not be able to look at the trophy.”\n\n"
            "The prize’s director, Matthias Kellerman, defended the sponsorship on the BBC’s "
            "Front Row programme on Wednesday. “Without this money there is no prize at all "
            "this year,” he said. “I would rather have an imperfect prize than none.”\n\n"
            "Two other shortlisted writers, Yuki Tanabe and Rafael Domínguez, said in a joint "
            "statement that they would remain in the running. The statement said they respected "
            "Okonkwo-Hart’s choice.\n\n"
            "Her publisher, Halyard Books, said in a post on X that it “fully supports Ifeoma.”"
        ),
        "quotes": [
            ("a line I cannot cross.", "Ifeoma Okonkwo-Hart", True, "P1"),
            (
                "Prizes are how a lot of us pay rent, so I do not judge anyone who stays in,",
                "Ifeoma Okonkwo-Hart",
                False,
                "P1",
            ),
            ("But I would not be able to look at the trophy.", "Ifeoma Okonkwo-Hart", False, "P1"),
            (
                "Without this money there is no prize at all this year,",
                "Matthias Kellerman",
                False,
                "P2",
            ),
            (
                "I would rather have an imperfect prize than none.",
                "Matthias Kellerman",
                False,
                "P2",
            ),
            ("fully supports Ifeoma.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Ifeoma Okonkwo-Hart", "Substack"),
            ("P2", "Matthias Kellerman", "Front Row"),
            ("P3", None, None),
            ("P4", None, "X"),
        ],
        "people": ["Ifeoma Okonkwo-Hart", "Matthias Kellerman", "Yuki Tanabe", "Rafael Domínguez"],
    },
    {
        "name": "judge-opinion-ticket-fees-filing-spokeswoman-email-courthouse",
        "text": (
            "A federal judge in Chicago on Friday refused to dismiss a lawsuit accusing the "
            "ticketing company SeatSwift of hiding fees from buyers, writing that the company’s "
            "checkout page was “designed to be misunderstood.”\n\n"
            "In her 34-page opinion, Judge Rosalind Achterberg said the plaintiffs had shown "
            "enough to proceed. “A price that appears only on the final screen is not a price "
            "the customer chose,” she wrote.\n\n"
            "SeatSwift argued in a court filing last month that its fees were “disclosed "
            "clearly and repeatedly.” A company spokeswoman, Natalia Petrenko, said in an email "
            "on Friday that SeatSwift would appeal. “We are confident the facts are on our "
            "side,” she wrote.\n\n"
            "The lead plaintiff, a Milwaukee nurse named Tamika Odom-Fletcher, bought two "
            "concert tickets advertised at $89 each and paid $241. Her lawyer, Benedikt Adler, "
            "said outside the courthouse that his client was “thrilled.”\n\n"
            "“This case is about every family that has been surprised at checkout,” Adler said."
        ),
        "quotes": [
            ("designed to be misunderstood.", "Rosalind Achterberg", True, "P1"),
            (
                "A price that appears only on the final screen is not a price the customer chose,",
                "Rosalind Achterberg",
                False,
                "P1",
            ),
            ("disclosed clearly and repeatedly.", None, True, "P2"),
            ("We are confident the facts are on our side,", "Natalia Petrenko", False, "P3"),
            ("thrilled.", "Benedikt Adler", True, None),
            (
                "This case is about every family that has been surprised at checkout,",
                "Benedikt Adler",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", None),
            ("P2", None, None),
            ("P3", "Natalia Petrenko", None),
        ],
        "people": [
            "Rosalind Achterberg",
            "Natalia Petrenko",
            "Tamika Odom-Fletcher",
            "Benedikt Adler",
        ],
    },
    {
        "name": "journal-bee-study-release-bluesky-thread-reply-trade-group",
        "text": (
            "Honeybees exposed to low doses of a common fungicide failed to find their way home "
            "twice as often as unexposed bees, according to a study published on Wednesday in "
            "the journal Ecology Letters.\n\n"
            "“The dose we used is what a bee would meet in an ordinary orchard in spring,” the "
            "paper’s senior author, Dr. Sunita Mahalingam of the University of Otago, said in a "
            "news release from the university.\n\n"
            "Mahalingam’s co-author, Dr. Teodor Vasilescu, posted a thread on Bluesky walking "
            "through the results. “Short version: the bees are not dying, they are getting "
            "lost,” he wrote. “Which, for a colony, amounts to the same thing.”\n\n"
            "Not everyone was convinced. An entomologist at Wageningen University, Dr. Marieke "
            "de Groot, replied to his thread that a sample of 12 hives was “too small to carry "
            "that headline.”\n\n"
            "A trade group for fungicide makers, CropCare Alliance, said in a statement that "
            "the product had been “rigorously assessed by regulators in 40 countries.”"
        ),
        "quotes": [
            (
                "The dose we used is what a bee would meet in an ordinary orchard in spring,",
                "Sunita Mahalingam",
                False,
                "P2",
            ),
            (
                "Short version: the bees are not dying, they are getting lost,",
                "Teodor Vasilescu",
                False,
                "P3",
            ),
            ("Which, for a colony, amounts to the same thing.", "Teodor Vasilescu", False, "P3"),
            ("too small to carry that headline.", "Marieke de Groot", True, "P3"),
            ("rigorously assessed by regulators in 40 countries.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Sunita Mahalingam", "Ecology Letters"),
            ("P2", None, "press release"),
            ("P3", "Teodor Vasilescu", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Sunita Mahalingam", "Teodor Vasilescu", "Marieke de Groot"],
    },
    {
        "name": "medium-outage-postmortem-reddit-thread-youtuber-ceo-email",
        "text": (
            "The outage that knocked the budgeting app Pennywise offline for 19 hours last "
            "weekend was caused by a single mistyped configuration value, the company’s head of "
            "infrastructure, Arjun Mehrotra, wrote in a post on Medium on Tuesday.\n\n"
            "“One engineer made the typo, but a dozen of us built the system that let it "
            "through,” Mehrotra wrote. “That second part is the real failure.”\n\n"
            "On Reddit, a thread titled “Pennywise ate my rent reminder” drew more than 2,000 "
            "comments. Its author, who posts as ledgerlady, said she had been charged a $35 "
            "late fee. Replying to her, a user who said he worked at Pennywise wrote: “Email "
            "support with a screenshot. They will refund it, I promise.”\n\n"
            "The tech YouTuber Marcus Oyelaran devoted a 22-minute video to the episode. “This "
            "is honestly one of the most honest postmortems I have read from a startup,” he "
            "said in it.\n\n"
            "Pennywise’s chief executive, Chloé Dufresne, apologised in an email to customers "
            "on Monday and offered every subscriber a free month."
        ),
        "quotes": [
            (
                "One engineer made the typo, but a dozen of us built the system that let it "
                "through,",
                "Arjun Mehrotra",
                False,
                "P1",
            ),
            ("That second part is the real failure.", "Arjun Mehrotra", False, "P1"),
            ("Email support with a screenshot. They will refund it, I promise.", None, False, "P2"),
            (
                "This is honestly one of the most honest postmortems I have read from a startup,",
                "Marcus Oyelaran",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Arjun Mehrotra", "Medium"),
            ("P2", None, "Reddit"),
            ("P3", "Marcus Oyelaran", "YouTube"),
            ("P4", "Chloé Dufresne", None),
        ],
        "people": ["Arjun Mehrotra", "Marcus Oyelaran", "Chloé Dufresne"],
    },
    {
        "name": "bakery-expansion-instagram-caption-husband-comment-inquirer",
        "text": (
            "The Brooklyn bakery Masa & Miel, known for its guava pastelitos, will open a "
            "second shop in Philadelphia this spring, its owners announced on Instagram on "
            "Sunday.\n\n"
            "“From a folding table at the Fort Greene flea to two cities. Pinch us,” the "
            "co-owner Valentina Quispe wrote in the caption of a photo of the couple holding "
            "the keys.\n\n"
            "Her husband and business partner, Emeka Nwosu, added a comment under the post: "
            "“Half the credit goes to whoever invented the sheet pan.”\n\n"
            "The expansion is backed by a $1.2 million loan from the Local Makers Fund, which "
            "said in a press release that Masa & Miel was “exactly the kind of business "
            "neighborhoods fight to keep.”\n\n"
            "Speaking to the Philadelphia Inquirer, Quispe said the new shop would hire about "
            "15 people. “We want bakers from the neighborhood, not bakers we bring in,” she "
            "said.\n\n"
            "Nwosu, who trained as a pastry chef in Lagos, sounded less certain. “Philly has "
            "opinions about bread,” the chef told the paper."
        ),
        "quotes": [
            (
                "From a folding table at the Fort Greene flea to two cities. Pinch us,",
                "Valentina Quispe",
                False,
                "P1",
            ),
            ("Half the credit goes to whoever invented the sheet pan.", "Emeka Nwosu", False, "P1"),
            ("exactly the kind of business neighborhoods fight to keep.", None, True, "P2"),
            (
                "We want bakers from the neighborhood, not bakers we bring in,",
                "Valentina Quispe",
                False,
                "P3",
            ),
            ("Philly has opinions about bread,", "Emeka Nwosu", False, "P4"),
        ],
        "posts": [
            ("P1", "Valentina Quispe", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Valentina Quispe", "Philadelphia Inquirer"),
            ("P4", "Emeka Nwosu", "Philadelphia Inquirer"),
        ],
        "people": ["Valentina Quispe", "Emeka Nwosu"],
    },
    {
        "name": "threads-tennis-withdrawal-split-quote-coach-record-rival-reply",
        "text": (
            "Ana Beatriz Figueiredo, the world No. 6, pulled out of next week’s Madrid Open on "
            "Monday with a wrist injury, the second tournament she has missed this spring.\n\n"
            "“I tried everything,” she wrote on Threads, “but my body is telling me to stop "
            "before it becomes something worse.”\n\n"
            "Her coach, Sergei Volkonsky, told the Portuguese sports daily Record that the "
            "injury was not serious but needed rest. “Two weeks, maybe three,” he said. “We "
            "will be in Rome if the scan is clean.”\n\n"
            "Figueiredo’s rival and occasional doubles partner, Hana Kobayashi, replied to her "
            "post with a row of heart emojis and the words “heal fast, we need you on tour.”\n\n"
            "The tournament director, Ignacio Beltrán, told reporters at a news conference in "
            "Madrid that the draw would be redone on Tuesday. “Of course we are sad. She is one "
            "of the players people buy tickets to see,” Beltrán said."
        ),
        "quotes": [
            ("I tried everything,", "Ana Beatriz Figueiredo", False, "P1"),
            (
                "but my body is telling me to stop before it becomes something worse.",
                "Ana Beatriz Figueiredo",
                False,
                "P1",
            ),
            ("Two weeks, maybe three,", "Sergei Volkonsky", False, "P2"),
            ("We will be in Rome if the scan is clean.", "Sergei Volkonsky", False, "P2"),
            ("heal fast, we need you on tour.", "Hana Kobayashi", False, "P1"),
            (
                "Of course we are sad. She is one of the players people buy tickets to see,",
                "Ignacio Beltrán",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ana Beatriz Figueiredo", "Threads"),
            ("P2", "Sergei Volkonsky", "Record"),
        ],
        "people": [
            "Ana Beatriz Figueiredo",
            "Sergei Volkonsky",
            "Hana Kobayashi",
            "Ignacio Beltrán",
        ],
    },
    {
        "name": "university-tuition-email-student-op-ed-senator-x-trustee-meeting",
        "text": (
            "The president of Lakeshore State University, Dr. Emmanuel Adebayo-Wright, told "
            "students in an email on Thursday that tuition would rise 4 percent next year, the "
            "first increase since 2019. “I know this is hard news, and I wish I had a better "
            "option to offer you,” he wrote.\n\n"
            "The student government president, Camila Restrepo, responded with an op-ed in the "
            "campus newspaper, The Lakeshore Ledger, calling the increase “a tax on staying in "
            "school.” “Students were told about this after the vote, not before it,” she wrote.\n\n"
            "State Senator Gregory Pappas, who chairs the higher education committee, weighed "
            "in on X. “Lakeshore got a 6 percent funding increase from us last year. I’d like "
            "to know where it went,” he posted.\n\n"
            "A university spokesman, Lukas Brandt, said the state money had gone to faculty "
            "pay. The board of trustees approved the increase by a 9-2 vote. One of the two "
            "dissenters, Mariam Haddad, said at the meeting that the board had “run out of "
            "patience with students.”"
        ),
        "quotes": [
            (
                "I know this is hard news, and I wish I had a better option to offer you,",
                "Emmanuel Adebayo-Wright",
                False,
                "P1",
            ),
            ("a tax on staying in school.", "Camila Restrepo", True, "P2"),
            (
                "Students were told about this after the vote, not before it,",
                "Camila Restrepo",
                False,
                "P2",
            ),
            (
                "Lakeshore got a 6 percent funding increase from us last year. I’d like to know "
                "where it went,",
                "Gregory Pappas",
                False,
                "P3",
            ),
            ("run out of patience with students.", "Mariam Haddad", True, None),
        ],
        "posts": [
            ("P1", "Emmanuel Adebayo-Wright", None),
            ("P2", "Camila Restrepo", "The Lakeshore Ledger"),
            ("P3", "Gregory Pappas", "X"),
        ],
        "people": [
            "Emmanuel Adebayo-Wright",
            "Camila Restrepo",
            "Gregory Pappas",
            "Lukas Brandt",
            "Mariam Haddad",
        ],
    },
    {
        "name": "conductor-departure-release-podcast-orchestra-youtube-players-statement",
        "text": (
            "The conductor Xiomara Delgado-Ruiz will leave the Halvorsen Symphony at the end of "
            "next season after eight years, the orchestra said in a press release on Tuesday. "
            "The release quoted the board chair, Frederik Lindahl, as calling her tenure "
            "“transformational.”\n\n"
            "Delgado-Ruiz explained her decision on the podcast Score & Silence. “Eight years "
            "is long enough for an orchestra to start sounding like you, and that is when you "
            "should leave,” she told the host, Benjamin Achebe.\n\n"
            "In a YouTube video posted by the orchestra, the principal cellist, Min-jun Park, "
            "spoke for the musicians. “She made us braver. We played music in the last few "
            "years that nobody here would have touched in 2017,” he said.\n\n"
            "The orchestra’s players’ committee said in a statement that it hoped the search "
            "for a successor would be “open, quick and include us.”\n\n"
            "Delgado-Ruiz will conduct the “Resurrection” Symphony at her farewell concert in "
            "May, a program she also chose for her first night with the orchestra."
        ),
        "quotes": [
            ("transformational.", "Frederik Lindahl", True, "P1"),
            (
                "Eight years is long enough for an orchestra to start sounding like you, and "
                "that is when you should leave,",
                "Xiomara Delgado-Ruiz",
                False,
                "P2",
            ),
            (
                "She made us braver. We played music in the last few years that nobody here "
                "would have touched in 2017,",
                "Min-jun Park",
                False,
                "P3",
            ),
            ("open, quick and include us.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Xiomara Delgado-Ruiz", "Score & Silence"),
            ("P3", None, "YouTube"),
            ("P4", None, None),
        ],
        "people": ["Xiomara Delgado-Ruiz", "Frederik Lindahl", "Benjamin Achebe", "Min-jun Park"],
    },
    {
        "name": "scooter-maker-forecast-call-ceo-x-investor-reply-analyst-note",
        "text": (
            "Shares of the electric scooter maker Voltra fell 14 percent on Thursday after the "
            "company cut its sales forecast for the year, blaming what its chief executive, "
            "Haruto Sasaki, called a “brutal” price war in Europe.\n\n"
            "On a call with analysts, Sasaki said the company would stop selling in three "
            "countries. “We would rather be strong in six markets than weak in twelve,” he "
            "said.\n\n"
            "Later, he struck a more defiant tone on X. “Read the whole report before you write "
            "our obituary,” Sasaki posted, linking to the company’s earnings release.\n\n"
            "Replying to him, an investor, Olamide Fashola, wrote: “Read it twice. Still "
            "selling.”\n\n"
            "Bernadette Kowalczyk, an analyst at Jefferies, wrote in a note to clients that the "
            "forecast cut had been “well telegraphed,” but that the exits from three markets "
            "had caught investors off guard. She kept a buy rating on the stock, which has lost "
            "more than half its value since Voltra listed in Amsterdam two years ago."
        ),
        "quotes": [
            ("brutal", "Haruto Sasaki", True, None),
            (
                "We would rather be strong in six markets than weak in twelve,",
                "Haruto Sasaki",
                False,
                None,
            ),
            ("Read the whole report before you write our obituary,", "Haruto Sasaki", False, "P1"),
            ("Read it twice. Still selling.", "Olamide Fashola", False, "P1"),
            ("well telegraphed,", "Bernadette Kowalczyk", True, "P3"),
        ],
        "posts": [
            ("P1", "Haruto Sasaki", "X"),
            ("P2", None, "press release"),
            ("P3", "Bernadette Kowalczyk", None),
        ],
        "people": ["Haruto Sasaki", "Olamide Fashola", "Bernadette Kowalczyk"],
    },
    {
        "name": "point-guard-returns-tiktok-nickname-coach-radio-mother-facebook",
        "text": (
            "Deshawn “Flash” Whitaker, the Pembroke College point guard whose buzzer-beater "
            "sent the Otters to their first NCAA tournament, said on Monday that he would "
            "return for his senior season.\n\n"
            "Whitaker made the announcement in a TikTok video filmed in the team’s locker room. "
            "“Unfinished business. One more year,” he said, before his teammates doused him in "
            "sports drink.\n\n"
            "Coach Lorraine Castellano said on the local radio show Sports Talk 1280 that she "
            "had learned of the decision only an hour earlier. “He walked into my office and "
            "said, ‘Coach, you’re stuck with me,’ and I may have cried a little,” she said.\n\n"
            "Whitaker’s mother, Gloria Whitaker, shared the video on Facebook with a message of "
            "her own: “That’s my baby. Now go to class.”\n\n"
            "In a statement, the athletic director, Sanjay Pillai, called the decision “the "
            "best recruiting news we’ll get all year.” The Otters open next season against "
            "Duquesne in November."
        ),
        "quotes": [
            ("Unfinished business. One more year,", "Deshawn Whitaker", False, "P1"),
            (
                "He walked into my office and said, ‘Coach, you’re stuck with me,’ and I may "
                "have cried a little,",
                "Lorraine Castellano",
                False,
                "P2",
            ),
            ("That’s my baby. Now go to class.", "Gloria Whitaker", False, "P3"),
            ("the best recruiting news we’ll get all year.", "Sanjay Pillai", True, "P4"),
        ],
        "posts": [
            ("P1", "Deshawn Whitaker", "TikTok"),
            ("P2", "Lorraine Castellano", "Sports Talk 1280"),
            ("P3", "Gloria Whitaker", "Facebook"),
            ("P4", "Sanjay Pillai", None),
        ],
        "people": ["Deshawn Whitaker", "Lorraine Castellano", "Gloria Whitaker", "Sanjay Pillai"],
    },
    {
        "name": "restaurant-closure-instagram-chef-critic-comment-daughter-star-tribune",
        "text": (
            "After 31 years, the Minneapolis restaurant Saffron House will serve its last meal "
            "on Saturday, its owner, Farhad Karimi, announced on Instagram. “My hands are "
            "tired, and my knees are worse. It is time,” the chef wrote beside a photo of the "
            "dining room’s tiled floor.\n\n"
            "The post drew thousands of comments. One came from the restaurant critic Juniper "
            "Ashworth, who once called Saffron House’s lamb shank “the best thing I ate in the "
            "1990s.” “Thank you for feeding this city,” she commented.\n\n"
            "Karimi’s daughter, Shirin Karimi, who manages the front of house, told the Star "
            "Tribune that the family had turned down two offers to buy the name. “Saffron House "
            "without my father cooking is just a sign,” she said.\n\n"
            "Mayor Teodora Lindqvist-Abara posted on Bluesky that the closure marked “the end "
            "of a Minneapolis institution.” Reservations for the final week sold out within an "
            "hour, and the family said any leftover saffron would be given to regulars."
        ),
        "quotes": [
            (
                "My hands are tired, and my knees are worse. It is time,",
                "Farhad Karimi",
                False,
                "P1",
            ),
            ("the best thing I ate in the 1990s.", "Juniper Ashworth", True, None),
            ("Thank you for feeding this city,", "Juniper Ashworth", False, "P1"),
            (
                "Saffron House without my father cooking is just a sign,",
                "Shirin Karimi",
                False,
                "P2",
            ),
            ("the end of a Minneapolis institution.", "Teodora Lindqvist-Abara", True, "P3"),
        ],
        "posts": [
            ("P1", "Farhad Karimi", "Instagram"),
            ("P2", "Shirin Karimi", "Star Tribune"),
            ("P3", "Teodora Lindqvist-Abara", "Bluesky"),
        ],
        "people": ["Farhad Karimi", "Juniper Ashworth", "Shirin Karimi", "Teodora Lindqvist-Abara"],
    },
    {
        "name": "insurer-office-memo-union-x-officer-bbc-underwriter-linkedin",
        "text": (
            "Staff at the insurer Hollis Mutual will be required to work from the office four "
            "days a week from September, the company’s chief executive, Anneliese Vogt, told "
            "employees in a memo on Monday.\n\n"
            "“The best ideas I have seen here came from people bumping into each other, not "
            "from calendar invites,” Vogt wrote in the memo, which was seen by Reuters.\n\n"
            "The union representing about 3,000 of the company’s workers, Unite Finance, said "
            "in a post on X that the policy was “a pay cut dressed up as culture.” Its regional "
            "officer, Callum McAteer, told the BBC that members would be balloted on industrial "
            "action. “People planned childcare around the promise of hybrid work. That promise "
            "is gone,” he said.\n\n"
            "A senior underwriter, Ritu Bhattacharya, posted on LinkedIn that she had resigned "
            "after twelve years at the firm. “Two promotions, zero days late, one very long "
            "commute. Apparently not enough,” she wrote.\n\n"
            "Hollis Mutual declined to comment on her post."
        ),
        "quotes": [
            (
                "The best ideas I have seen here came from people bumping into each other, not "
                "from calendar invites,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            ("a pay cut dressed up as culture.", None, True, "P2"),
            (
                "People planned childcare around the promise of hybrid work. That promise is gone,",
                "Callum McAteer",
                False,
                "P3",
            ),
            (
                "Two promotions, zero days late, one very long commute. Apparently not enough,",
                "Ritu Bhattacharya",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", None),
            ("P2", None, "X"),
            ("P3", "Callum McAteer", "BBC"),
            ("P4", "Ritu Bhattacharya", "LinkedIn"),
        ],
        "people": ["Anneliese Vogt", "Callum McAteer", "Ritu Bhattacharya"],
    },
    {
        "name": "cas-ban-marathoner-panel-decision-instagram-agent-statement-comment",
        "text": (
            "The Court of Arbitration for Sport on Wednesday upheld a two-year ban on the "
            "Kenyan marathon runner Faith Chepkoech for missing three drug tests, rejecting her "
            "argument that a change of address had not been passed on by her agent.\n\n"
            "In its written decision, the panel said that athletes remain “personally "
            "responsible for where they can be found.”\n\n"
            "Chepkoech, 29, responded on Instagram within hours. “I have never taken anything. "
            "I never will. I missed a knock on a door, and for that I lose two years of my "
            "life,” she wrote.\n\n"
            "Her agent, Stefano Marchetti, said in a statement that he accepted “full blame for "
            "the paperwork” and would cover her legal costs.\n\n"
            "World Athletics said in a press release that the ruling “sends a clear message.” "
            "Chepkoech’s training partner, Mercy Wanjiru, commented under her post: “We know "
            "the truth. Keep running, sister.”"
        ),
        "quotes": [
            ("personally responsible for where they can be found.", None, True, "P1"),
            (
                "I have never taken anything. I never will. I missed a knock on a door, and for "
                "that I lose two years of my life,",
                "Faith Chepkoech",
                False,
                "P2",
            ),
            ("full blame for the paperwork", "Stefano Marchetti", True, "P3"),
            ("sends a clear message.", None, True, "P4"),
            ("We know the truth. Keep running, sister.", "Mercy Wanjiru", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Faith Chepkoech", "Instagram"),
            ("P3", "Stefano Marchetti", None),
            ("P4", None, "press release"),
        ],
        "people": ["Faith Chepkoech", "Stefano Marchetti", "Mercy Wanjiru"],
    },
    {
        "name": "rotterdam-prize-acceptance-speech-variety-threads-jury-facebook",
        "text": (
            "The Nigerian director Chidinma Eze-Lawson won the top prize at the Rotterdam "
            "International Film Festival on Sunday for “Harmattan Wives,” a drama about three "
            "sisters running a fabric stall in Kano.\n\n"
            "Accepting the award, she thanked her mother, “who taught me that every bargain is "
            "a story.” Festival organisers said the jury vote had been unanimous.\n\n"
            "In an interview with Variety after the ceremony, Eze-Lawson said she had shot the "
            "film in 23 days on a budget of about $400,000. “We had one camera, one generator "
            "and a lot of prayer,” she said.\n\n"
            "The film’s lead actress, Folasade Adeyinka, posted a video from the stage on "
            "Threads. “Kano to Rotterdam. Somebody pinch me,” she wrote.\n\n"
            "The jury president, the Danish actor Rasmus Thygesen, wrote in a post on Facebook "
            "that the film had “the sharpest dialogue of anything we saw.” Talks with "
            "distributors in Europe and North America are underway, and a Lagos premiere is "
            "planned for the spring."
        ),
        "quotes": [
            ("who taught me that every bargain is a story.", "Chidinma Eze-Lawson", True, None),
            (
                "We had one camera, one generator and a lot of prayer,",
                "Chidinma Eze-Lawson",
                False,
                "P1",
            ),
            ("Kano to Rotterdam. Somebody pinch me,", "Folasade Adeyinka", False, "P2"),
            ("the sharpest dialogue of anything we saw.", "Rasmus Thygesen", True, "P3"),
        ],
        "posts": [
            ("P1", "Chidinma Eze-Lawson", "Variety"),
            ("P2", "Folasade Adeyinka", "Threads"),
            ("P3", "Rasmus Thygesen", "Facebook"),
        ],
        "people": ["Chidinma Eze-Lawson", "Folasade Adeyinka", "Rasmus Thygesen"],
    },
    {
        "name": "outdoor-reading-study-journal-radio-wales-guardian-head-teacher-reddit",
        "text": (
            "Pupils who were given 20 minutes of outdoor reading time each day improved their "
            "reading scores about twice as fast as classmates who read indoors, according to a "
            "study of 1,400 children in Wales published in the British Journal of Educational "
            "Psychology.\n\n"
            "The study’s lead author, Professor Gwenllian Pryce of Cardiff University, said in "
            "an interview with BBC Radio Wales that the effect was strongest in boys. “The boys "
            "who struggled most indoors were the ones who came alive under a tree,” she said.\n\n"
            "Not every teacher is sold. Writing in The Guardian, a Swansea head teacher, Rhodri "
            "Vaughan-Jones, argued that schools already had “no spare minutes to give.” “Every "
            "new finding arrives as another thing to squeeze into the same day,” he wrote.\n\n"
            "On Reddit’s r/Teachers forum, a thread about the study drew hundreds of replies. "
            "“Tried this in October. Then it rained until March,” one user wrote."
        ),
        "quotes": [
            (
                "The boys who struggled most indoors were the ones who came alive under a tree,",
                "Gwenllian Pryce",
                False,
                "P2",
            ),
            ("no spare minutes to give.", "Rhodri Vaughan-Jones", True, "P3"),
            (
                "Every new finding arrives as another thing to squeeze into the same day,",
                "Rhodri Vaughan-Jones",
                False,
                "P3",
            ),
            ("Tried this in October. Then it rained until March,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Gwenllian Pryce", "British Journal of Educational Psychology"),
            ("P2", "Gwenllian Pryce", "BBC Radio Wales"),
            ("P3", "Rhodri Vaughan-Jones", "The Guardian"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Gwenllian Pryce", "Rhodri Vaughan-Jones"],
    },
    {
        "name": "cricket-captain-retires-open-letter-x-sky-sports-lords-presser-father",
        "text": (
            "England’s women’s cricket captain, Priya Venkataraman, announced her retirement "
            "from international cricket on Friday in an open letter to supporters. “I have "
            "captained this side in 58 matches. I would like the 59th to belong to someone "
            "younger,” she wrote.\n\n"
            "Her long-time opening partner, Sophie Eccleston-Hale, paid tribute on X. “Best "
            "captain I played under. Worst at choosing restaurants,” she posted.\n\n"
            "The England and Wales Cricket Board’s managing director of women’s cricket, "
            "Adebola Okafor, told Sky Sports that Venkataraman had “changed what young girls "
            "think a cricketer looks like.”\n\n"
            "Speaking at a news conference at Lord’s later in the day, Venkataraman said she "
            "planned to coach. “The game gave me everything, so I owe it some hours back,” she "
            "said.\n\n"
            "Reached by phone, her father, Raghavan Venkataraman, who drove her to the nets "
            "three evenings a week when she was a girl, said simply: “She did it all herself.”"
        ),
        "quotes": [
            (
                "I have captained this side in 58 matches. I would like the 59th to belong to "
                "someone younger,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            (
                "Best captain I played under. Worst at choosing restaurants,",
                "Sophie Eccleston-Hale",
                False,
                "P2",
            ),
            (
                "changed what young girls think a cricketer looks like.",
                "Adebola Okafor",
                True,
                "P3",
            ),
            (
                "The game gave me everything, so I owe it some hours back,",
                "Priya Venkataraman",
                False,
                None,
            ),
            ("She did it all herself.", "Raghavan Venkataraman", False, None),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", None),
            ("P2", "Sophie Eccleston-Hale", "X"),
            ("P3", "Adebola Okafor", "Sky Sports"),
        ],
        "people": [
            "Priya Venkataraman",
            "Sophie Eccleston-Hale",
            "Adebola Okafor",
            "Raghavan Venkataraman",
        ],
    },
    {
        "name": "gallery-director-resigns-staff-email-canvas-talks-board-statement-threads",
        "text": (
            "Hiroshi Nakamura-Bell, the director of the Aldgate Gallery in London, resigned on "
            "Monday after a row over a cancelled exhibition by the British-Palestinian painter "
            "Leila Mansour.\n\n"
            "In an email to staff, Nakamura-Bell said he had “lost the confidence of the "
            "board.” “I made the wrong call, and I made it too quickly,” he wrote. “Leila "
            "deserved better from us, and so did you.”\n\n"
            "Mansour, 44, said in a YouTube interview with the arts channel Canvas Talks that "
            "she felt “vindicated, but not happy.” “Nobody wins when a show is cancelled. The "
            "paintings just go back into boxes,” the painter said.\n\n"
            "The gallery’s board said in a statement that it would appoint an interim director "
            "within a month and reschedule the exhibition for the autumn.\n\n"
            "The sculptor Baraka Mwangi, who withdrew his own work from the gallery in protest "
            "in March, wrote on Threads: “Good. Now put the paintings on the walls.”"
        ),
        "quotes": [
            ("lost the confidence of the board.", "Hiroshi Nakamura-Bell", True, "P1"),
            (
                "I made the wrong call, and I made it too quickly,",
                "Hiroshi Nakamura-Bell",
                False,
                "P1",
            ),
            (
                "Leila deserved better from us, and so did you.",
                "Hiroshi Nakamura-Bell",
                False,
                "P1",
            ),
            ("vindicated, but not happy.", "Leila Mansour", True, "P2"),
            (
                "Nobody wins when a show is cancelled. The paintings just go back into boxes,",
                "Leila Mansour",
                False,
                "P2",
            ),
            ("Good. Now put the paintings on the walls.", "Baraka Mwangi", False, "P4"),
        ],
        "posts": [
            ("P1", "Hiroshi Nakamura-Bell", None),
            ("P2", "Leila Mansour", "Canvas Talks"),
            ("P3", None, None),
            ("P4", "Baraka Mwangi", "Threads"),
        ],
        "people": ["Hiroshi Nakamura-Bell", "Leila Mansour", "Baraka Mwangi"],
    },
]
