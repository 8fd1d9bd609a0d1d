"""The one-hundred-and-twelfth self-made dev set, held out (DN): its first run is an unseen estimate.

Written with set DO, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (a letter the families wrote, a
  typhoon bulletin, a club's transfer statement) is still listed in posts.
- people lists every named person in the text, speaking or not, in the order of
  first mention; companies, clubs, restaurants, a start-up named Harriet, a
  storm (Typhoon Haikui) and places named after people (Lincoln Park, the
  Gielgud Theatre, Case Western Reserve University) are not people.
- A quote interrupted by its attribution (“Ask me,” she said, “in a year.”) is
  two quotes, neither partial, with the same speaker and post.
- In a quote that runs over two paragraphs, the first paragraph's quote text
  runs to the end of that paragraph (it has no closing mark); both paragraphs
  belong to the interview or post named just before them ("discussed the
  findings on the radio programme Science Friday"; "wrote on Facebook late on
  Saturday:").
- A study published in a named journal, or a preprint on a named preprint
  server, is a post with the journal or server as written as its platform and
  its lead author, when the text names one ("Its lead author", "was led by"),
  as its author; a comment under the preprint belongs to it.
- A radio programme named after its station (RNZ's Morning Report) has the
  programme as platform (Morning Report); "the radio programme Science Friday"
  and "the podcast The Cutting Room" likewise take the show's name.
- A critic "writing in" a named outlet and a weekly column for a named paper are
  the critic's posts with that platform; a newspaper's unsigned editorial has
  author None and the newspaper as platform.
- A statement by a candidate's campaign has author None even when it quotes the
  campaign manager, whose words speak as him; a party's campaign leaflet is a
  post with author None and no platform, and a phrase quoted from it is partial
  and speaks as None.
- A player's statement "released through the players' union" is the player's
  own post with no platform, and words that "the statement said" speak as her.
- An email "seen by" a newspaper and a memo "first reported by" a newsletter do
  not take that outlet as platform; an email from a club's unnamed medical
  staff has author None.
- An organisation's statement "on its website" and a company's "blog post" on
  no named platform are posts with author None and no platform.
- The Met Office's post on X and a fan group's post on X have author None and
  platform X, and their words speak as None.
- A one-star review on Tripadvisor by an unnamed diner is a post with author
  None and platform Tripadvisor; praise printed in last year's Michelin Guide by
  its unnamed inspectors is a post with author None and platform Michelin Guide;
  the guide unveiling its selection "at a ceremony" is not a post.
- A GoFundMe page started by a named chef is her post with platform GoFundMe; a
  donor's "message on the page" belongs to it.
- A Hacker News thread with no named starter has author None and platform
  Hacker News; an unnamed user's comment in it belongs to it and speaks as None.
- A lawsuit filed by a group of families or of illustrators has author None; a
  letter written by a group of families has author None and no platform.
- A caption on a player's own Instagram photo ("he wrote under a photo") and a
  TikTok video "captioned" with words are whole quotes of that post.
- A televised debate, a community meeting, a seminar, an industry conference,
  an awards lunch, "said by phone", "told reporters at the count" and "told
  reporters outside the court" are not posts.
- A quote with "says" and no source at the start of a story is linked to no
  post, even when the speaker's post is reported later.
- A nickname in marks inside a name (Oluwadamilare “Dami” Bankole) is not part
  of the canonical name; a storm's local name in marks (“Bising”), a programme
  name in marks (“Agua Viva”) and a technical term in marks (an “upstream”
  design) are not quotes.
- The Rev., Father, Governor, President and Dr. are titles and are not part of
  a canonical name; Korean names keep the order as written (Park Seo-yeon,
  Jang Min-ho, Jun-ho Kwak), and particles and hyphenated parts are kept
  (Saskia van der Merwe-Ncube, Ruairí Mac Giolla Bhríde).
- An unnamed spokesperson for a student group speaks as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DN: list[dict] = [
    {
        "name": "lithium-tailings-release-union-facebook-minister-reporters",
        "text": (
            "Kestrel Minerals will suspend work at its Mount Carbine lithium mine for at "
            "least six weeks after part of a tailings wall gave way on Saturday, the "
            "company said in a news release on Sunday.\n\n"
            "“No one was hurt, and no material has left the site,” the release said, adding "
            "that engineers from an outside firm were inspecting the wall, an older "
            "“upstream” design that several states have banned.\n\n"
            "The mining union was less reassured. In a post on Facebook, the Queensland "
            "branch of the Mining and Energy Union said its members had raised concerns "
            "about the wall “for the better part of a year” and demanded an independent "
            "inquiry.\n\n"
            "The state’s resources minister, Aroha Tane-Whitford, told reporters in Cairns "
            "that she had ordered her department to review every tailings permit in the "
            "north. “If a wall can fail here, I want to know where else it can fail,” she "
            "said.\n\n"
            "A landholders’ group, Tablelands Water Watch, filed a lawsuit on Monday "
            "seeking to keep the mine closed until the inquiry reports. Its chair, Bernard "
            "Okonkwo, said the group had “no faith in a company marking its own homework.”"
        ),
        "quotes": [
            ("No one was hurt, and no material has left the site,", None, False, "P1"),
            ("for the better part of a year", None, True, "P2"),
            (
                "If a wall can fail here, I want to know where else it can fail,",
                "Aroha Tane-Whitford",
                False,
                None,
            ),
            ("no faith in a company marking its own homework.", "Bernard Okonkwo", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Aroha Tane-Whitford", "Bernard Okonkwo"],
    },
    {
        "name": "offshore-wind-linkedin-comment-tv-interview-conference",
        "text": (
            "The developer of a 1.2-gigawatt wind farm off the New Jersey coast has "
            "abandoned the project, blaming interest rates and a shortage of the "
            "specialised ships needed to install turbines.\n\n"
            "Ingrid Halvorsen-Mbeki, chief executive of the developer, Brightwater "
            "Offshore, explained the decision in a long post on LinkedIn on Thursday. “We "
            "did not lose faith in offshore wind. We lost the arithmetic,” she wrote. "
            "“Every month of delay added costs we could not pass on to anyone.”\n\n"
            "Under her post, a former colleague, Rafael Quintanilla, commented: “Hard call, "
            "and the right one. The next round will be built on what you learned.”\n\n"
            "Governor Dana Whitcombe was sharper. In an interview with NJ Spotlight News, "
            "she called the cancellation “a broken promise to the shore towns” and said the "
            "state would try to recover $300 million in guarantees.\n\n"
            "Asked about those remarks at an industry conference in Atlantic City on "
            "Friday, Halvorsen-Mbeki told the audience she understood the anger. “I would "
            "be angry too,” she said. “But I would rather disappoint people now than hand "
            "them a half-built farm.”"
        ),
        "quotes": [
            (
                "We did not lose faith in offshore wind. We lost the arithmetic,",
                "Ingrid Halvorsen-Mbeki",
                False,
                "P1",
            ),
            (
                "Every month of delay added costs we could not pass on to anyone.",
                "Ingrid Halvorsen-Mbeki",
                False,
                "P1",
            ),
            (
                ("Hard call, and the right one. The next round will be built on what you learned."),
                "Rafael Quintanilla",
                False,
                "P1",
            ),
            ("a broken promise to the shore towns", "Dana Whitcombe", True, "P2"),
            ("I would be angry too,", "Ingrid Halvorsen-Mbeki", False, None),
            (
                "But I would rather disappoint people now than hand them a half-built farm.",
                "Ingrid Halvorsen-Mbeki",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ingrid Halvorsen-Mbeki", "LinkedIn"),
            ("P2", "Dana Whitcombe", "NJ Spotlight News"),
        ],
        "people": ["Ingrid Halvorsen-Mbeki", "Rafael Quintanilla", "Dana Whitcombe"],
    },
    {
        "name": "copper-aquifer-lawsuit-statement-newspaper-letter",
        "text": (
            "Residents of a village in northern Chile say a copper mine is draining the "
            "aquifer they depend on, and they have taken the complaint to court.\n\n"
            "The lawsuit, filed on Wednesday by 41 families from Quillagua, accuses Minera "
            "San Lorenzo of pumping three times the water its permit allows. “The river is "
            "a memory here,” said Valentina Huenchumilla, a schoolteacher who helped "
            "organise the families. “Our children have never seen it run.”\n\n"
            "San Lorenzo denied the claim in a statement, saying its monitoring wells "
            "showed “stable levels within the permitted range” and that it would “defend "
            "its record in court.” The company points to its “Agua Viva” programme, which "
            "pays for water trucks to the village.\n\n"
            "The country’s mining minister, Rodrigo Achá Villanueva, told the newspaper El "
            "Mercurio that the government would send hydrologists to the site. “If the data "
            "show harm, the permit will be revised. That is not a threat; it is the law,” "
            "he said.\n\n"
            "The families have also written to the company’s largest shareholder, a "
            "Canadian pension fund, asking it to press for an independent audit. The fund "
            "did not respond to a request for comment."
        ),
        "quotes": [
            ("The river is a memory here,", "Valentina Huenchumilla", False, None),
            ("Our children have never seen it run.", "Valentina Huenchumilla", False, None),
            ("stable levels within the permitted range", None, True, "P2"),
            ("defend its record in court.", None, True, "P2"),
            (
                (
                    "If the data show harm, the permit will be revised. That is not a threat; it is "
                    "the law,"
                ),
                "Rodrigo Achá Villanueva",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Rodrigo Achá Villanueva", "El Mercurio"),
            ("P4", None, None),
        ],
        "people": ["Valentina Huenchumilla", "Rodrigo Achá Villanueva"],
    },
    {
        "name": "film-festival-withdrawal-instagram-variety-news-conference",
        "text": (
            "The Korean director Park Seo-yeon has withdrawn her new film, “Winter Ferry,” "
            "from the Lisbon International Film Festival after organisers moved its "
            "premiere to a smaller venue.\n\n"
            "In an Instagram post on Sunday, Park wrote that the change had been made "
            "“without a single phone call.” She added: “A festival is a promise between "
            "programmers and artists. This one was broken quietly.”\n\n"
            "The festival said in a statement that its main hall had been double-booked by "
            "mistake and that it “deeply regrets” the outcome.\n\n"
            "The film had already drawn attention. Writing in Variety after a press "
            "screening, the critic Oluwaseun Hart called it “the quietest masterpiece of "
            "the year” and singled out its lead actor, Jang Min-ho.\n\n"
            "At a news conference on Monday, the festival’s artistic director, Teresa "
            "Vasconcelos, apologised in person. “We failed her, and I will not pretend "
            "otherwise,” she said. “I have asked her to come back next year as our guest.”\n\n"
            "Park’s producer, Helga Brandvold, said by phone that no decision had been made "
            "about other festivals."
        ),
        "quotes": [
            ("without a single phone call.", "Park Seo-yeon", True, "P1"),
            (
                (
                    "A festival is a promise between programmers and artists. This one was broken "
                    "quietly."
                ),
                "Park Seo-yeon",
                False,
                "P1",
            ),
            ("deeply regrets", None, True, "P2"),
            ("the quietest masterpiece of the year", "Oluwaseun Hart", True, "P3"),
            ("We failed her, and I will not pretend otherwise,", "Teresa Vasconcelos", False, None),
            (
                "I have asked her to come back next year as our guest.",
                "Teresa Vasconcelos",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Park Seo-yeon", "Instagram"),
            ("P2", None, None),
            ("P3", "Oluwaseun Hart", "Variety"),
        ],
        "people": [
            "Park Seo-yeon",
            "Oluwaseun Hart",
            "Jang Min-ho",
            "Teresa Vasconcelos",
            "Helga Brandvold",
        ],
    },
    {
        "name": "musical-closing-release-x-column-split-quote",
        "text": (
            "The producers of “Harbour Lights,” the musical that opened at the Gielgud "
            "Theatre in March, announced on Tuesday that it would close on June 1, citing "
            "ticket sales that fell sharply after its lead, Niamh Costigan, left the cast.\n\n"
            "In a press release, the producers said the show had been “a labour of love for "
            "everyone involved” but that “love does not pay for an orchestra of 14.”\n\n"
            "Costigan, whom fans nicknamed “the Lighthouse” for her final-act solo, posted "
            "a short message on X: “Heartbroken. Those were the best eight months of my "
            "working life.”\n\n"
            "Not everyone was surprised. In her weekly column for The Stage, the critic "
            "Marguerite Olawale-Fisher argued that the producers had built the show around "
            "a single name. “When you sell a star, you have sold nothing else,” she wrote.\n\n"
            "The theatre’s owner, the Delfont Trust, said it hoped to announce a new tenant "
            "within a month. Asked at a theatre awards lunch on Wednesday whether she would "
            "return for a touring production, Costigan laughed. “Ask me,” she said, “in a "
            "year.”"
        ),
        "quotes": [
            ("a labour of love for everyone involved", None, True, "P1"),
            ("love does not pay for an orchestra of 14.", None, True, "P1"),
            (
                "Heartbroken. Those were the best eight months of my working life.",
                "Niamh Costigan",
                False,
                "P2",
            ),
            (
                "When you sell a star, you have sold nothing else,",
                "Marguerite Olawale-Fisher",
                False,
                "P3",
            ),
            ("Ask me,", "Niamh Costigan", False, None),
            ("in a year.", "Niamh Costigan", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Niamh Costigan", "X"),
            ("P3", "Marguerite Olawale-Fisher", "The Stage"),
        ],
        "people": ["Niamh Costigan", "Marguerite Olawale-Fisher"],
    },
    {
        "name": "documentary-injunction-ruling-podcast-tiktok-comment",
        "text": (
            "A documentary about a Nigerian fintech founder was pulled from the Durban "
            "International Film Festival hours before its premiere on Friday after a judge "
            "granted the founder a temporary injunction.\n\n"
            "In his ruling, Judge Sipho Mthembu-Ndlovu wrote that the film “appears to "
            "present as established fact allegations that no court has yet tested.” The "
            "founder, Chukwuemeka Obi-Lawson, had filed suit on Thursday claiming "
            "defamation.\n\n"
            "The film’s director, Anaïs Ferreira-Duclos, said on the podcast The Cutting "
            "Room that she stood by every frame. “We spent three years on this,” she said. "
            "“Every claim in it is sourced twice.”\n\n"
            "The festival wrote on its website that it would “respect the court’s order and "
            "the filmmaker equally.”\n\n"
            "Obi-Lawson, meanwhile, posted a video on TikTok thanking his supporters. One "
            "viewer commented under it that the injunction “looks like buying silence.” His "
            "lawyer, Thandeka Mokoena, told reporters outside the court that her client "
            "wanted “a fair hearing, not a trial by trailer.”"
        ),
        "quotes": [
            (
                (
                    "appears to present as established fact allegations that no court has yet "
                    "tested."
                ),
                "Sipho Mthembu-Ndlovu",
                True,
                "P1",
            ),
            ("We spent three years on this,", "Anaïs Ferreira-Duclos", False, "P3"),
            ("Every claim in it is sourced twice.", "Anaïs Ferreira-Duclos", False, "P3"),
            ("respect the court’s order and the filmmaker equally.", None, True, "P4"),
            ("looks like buying silence.", None, True, "P5"),
            ("a fair hearing, not a trial by trailer.", "Thandeka Mokoena", True, None),
        ],
        "posts": [
            ("P1", "Sipho Mthembu-Ndlovu", None),
            ("P2", "Chukwuemeka Obi-Lawson", None),
            ("P3", "Anaïs Ferreira-Duclos", "The Cutting Room"),
            ("P4", None, None),
            ("P5", "Chukwuemeka Obi-Lawson", "TikTok"),
        ],
        "people": [
            "Sipho Mthembu-Ndlovu",
            "Chukwuemeka Obi-Lawson",
            "Anaïs Ferreira-Duclos",
            "Thandeka Mokoena",
        ],
    },
    {
        "name": "school-start-study-radio-two-paragraphs-x-critic",
        "text": (
            "Teenagers whose schools start after 8:30 a.m. sleep about 40 minutes longer on "
            "school nights and report fewer symptoms of depression, according to a study "
            "published on Wednesday in the journal JAMA Pediatrics.\n\n"
            "The study followed 2,100 students in 14 Ohio school districts over three "
            "years. Its lead author, Dr. Priya Raghunathan of Case Western Reserve "
            "University, discussed the findings on the radio programme Science Friday.\n\n"
            "“People assume teenagers just stay up late on their phones. Some do. But the "
            "biology is real: their internal clocks shift later in puberty, and no amount "
            "of lecturing moves them back.\n\n"
            "“What surprised us was how quickly the change showed up. Within a semester, "
            "the gap was already there,” she said.\n\n"
            "Not every researcher is convinced. Anselm Feldbauer-Oyelaran, an economist who "
            "studies education at Dartmouth, wrote on X that the districts that changed "
            "their schedules “were not a random sample, and that matters a lot.”\n\n"
            "A news release from the university noted that the work had been funded by the "
            "National Institutes of Health."
        ),
        "quotes": [
            (
                (
                    "People assume teenagers just stay up late on their phones. Some do. But the "
                    "biology is real: their internal clocks shift later in puberty, and no amount "
                    "of lecturing moves them back."
                ),
                "Priya Raghunathan",
                False,
                "P2",
            ),
            (
                (
                    "What surprised us was how quickly the change showed up. Within a semester, the "
                    "gap was already there,"
                ),
                "Priya Raghunathan",
                False,
                "P2",
            ),
            (
                "were not a random sample, and that matters a lot.",
                "Anselm Feldbauer-Oyelaran",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "JAMA Pediatrics"),
            ("P2", "Priya Raghunathan", "Science Friday"),
            ("P3", "Anselm Feldbauer-Oyelaran", "X"),
            ("P4", None, "press release"),
        ],
        "people": ["Priya Raghunathan", "Anselm Feldbauer-Oyelaran"],
    },
    {
        "name": "classics-department-email-alumni-letter-student-paper",
        "text": (
            "The president of Hollins-Barrow University has reversed a decision to close "
            "its classics department, two weeks after the plan set off protests on the "
            "Vermont campus.\n\n"
            "In an email to students and staff on Monday evening, President Adaeze "
            "Whitfield-Nnaji wrote that she had “underestimated what this department means "
            "to the people who built it.” The email continued: “I was wrong about the "
            "numbers, and I was wrong about the process. We will take another year and do "
            "this properly.”\n\n"
            "The reversal followed an open letter signed by more than 300 alumni and an "
            "interview in which the department’s longest-serving professor, Konstantinos "
            "Lazaridis, told the student newspaper, The Hollins Ledger, that closing it "
            "would be “cultural vandalism.”\n\n"
            "Lazaridis was more measured on Tuesday. “I am grateful, and I am tired,” he "
            "told reporters outside the department’s building. “Ask me next week how I "
            "feel.”\n\n"
            "A spokesperson for the student group Save Classics HBU said its members would "
            "keep meeting “until there is something in writing from the trustees.”"
        ),
        "quotes": [
            (
                "underestimated what this department means to the people who built it.",
                "Adaeze Whitfield-Nnaji",
                True,
                "P1",
            ),
            (
                (
                    "I was wrong about the numbers, and I was wrong about the process. We will take "
                    "another year and do this properly."
                ),
                "Adaeze Whitfield-Nnaji",
                False,
                "P1",
            ),
            ("cultural vandalism.", "Konstantinos Lazaridis", True, "P3"),
            ("I am grateful, and I am tired,", "Konstantinos Lazaridis", False, None),
            ("Ask me next week how I feel.", "Konstantinos Lazaridis", False, None),
            ("until there is something in writing from the trustees.", None, True, None),
        ],
        "posts": [
            ("P1", "Adaeze Whitfield-Nnaji", None),
            ("P2", None, None),
            ("P3", "Konstantinos Lazaridis", "The Hollins Ledger"),
        ],
        "people": ["Adaeze Whitfield-Nnaji", "Konstantinos Lazaridis"],
    },
    {
        "name": "glacier-preprint-withdrawn-bluesky-thread-reply-nested",
        "text": (
            "A study suggesting that a glacier in the Swiss Alps had lost half its volume "
            "since 2010 has been withdrawn by its authors after other scientists spotted an "
            "error in the data.\n\n"
            "The paper, posted in January on the preprint server EarthArXiv, was led by "
            "Lukas Brunner-Achebe of the University of Bern. In a thread on Bluesky on "
            "Friday, he explained what had gone wrong. “We used the wrong reference year "
            "for one set of satellite images. It is an embarrassing mistake, and it is "
            "mine,” he wrote.\n\n"
            "The error was first flagged by Mei-Ling Tsao, a glaciologist in Taiwan, in a "
            "comment under the preprint. Replying to Brunner-Achebe’s thread, she wrote: "
            "“Thank you for saying ‘it is mine.’ That is rarer than it should be.”\n\n"
            "Brunner-Achebe stressed that the glacier was still retreating fast, only not "
            "as fast as the paper had claimed. Speaking at a seminar in Zurich on Monday, "
            "he called the corrected figure “bad enough without our help.”"
        ),
        "quotes": [
            (
                (
                    "We used the wrong reference year for one set of satellite images. It is an "
                    "embarrassing mistake, and it is mine,"
                ),
                "Lukas Brunner-Achebe",
                False,
                "P2",
            ),
            (
                "Thank you for saying ‘it is mine.’ That is rarer than it should be.",
                "Mei-Ling Tsao",
                False,
                "P2",
            ),
            ("bad enough without our help.", "Lukas Brunner-Achebe", True, None),
        ],
        "posts": [
            ("P1", "Lukas Brunner-Achebe", "EarthArXiv"),
            ("P2", "Lukas Brunner-Achebe", "Bluesky"),
        ],
        "people": ["Lukas Brunner-Achebe", "Mei-Ling Tsao"],
    },
    {
        "name": "striker-transfer-club-statement-instagram-agent-split",
        "text": (
            "Deportivo Alameda’s Uruguayan striker Facundo Ibarguren, known to supporters "
            "as “El Tanque,” has completed a £48 million move to Stanley Rovers, the "
            "English club said in a statement on Wednesday.\n\n"
            "Ibarguren said goodbye to Alameda fans on Instagram. “Four years, 91 goals and "
            "one league title. You gave me a home when I was 19 and knew nobody,” he wrote "
            "under a photo of himself in the dressing room.\n\n"
            "His agent, Osvaldo Ríos-Quintero, told Sky Sports News that three clubs had "
            "bid but that Rovers had “wanted him most, and said so first.”\n\n"
            "At his weekly news conference on Thursday, the Rovers manager, Callum "
            "Ashworth-Boateng, said the striker would go straight into the squad for "
            "Saturday’s match against Hartlepool. “He scores ugly goals,” the manager said "
            "with a grin, “and we need ugly goals.”\n\n"
            "Not every Alameda supporter was sentimental. A fan group, Peña Sur, wrote on X "
            "that the club had sold its best player “for the price of a midfielder” and "
            "called on the board to resign."
        ),
        "quotes": [
            (
                (
                    "Four years, 91 goals and one league title. You gave me a home when I was 19 "
                    "and knew nobody,"
                ),
                "Facundo Ibarguren",
                False,
                "P2",
            ),
            ("wanted him most, and said so first.", "Osvaldo Ríos-Quintero", True, "P3"),
            ("He scores ugly goals,", "Callum Ashworth-Boateng", False, None),
            ("and we need ugly goals.", "Callum Ashworth-Boateng", False, None),
            ("for the price of a midfielder", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Facundo Ibarguren", "Instagram"),
            ("P3", "Osvaldo Ríos-Quintero", "Sky Sports News"),
            ("P4", None, "X"),
        ],
        "people": ["Facundo Ibarguren", "Osvaldo Ríos-Quintero", "Callum Ashworth-Boateng"],
    },
    {
        "name": "defender-transfer-collapse-union-statement-radio-leaked-email",
        "text": (
            "A record transfer in the women’s game collapsed on Friday when the French club "
            "Olympique Marchetti pulled out of a deal for the Nigeria defender Chiamaka "
            "Eze-Lindgren, citing a failed medical.\n\n"
            "The defender disputed that account. In a statement released through the "
            "players’ union, she said she had passed “every test they put in front of me” "
            "and had been told so in writing. “I found out the deal was off from a "
            "journalist. Nobody from the club had the courtesy to call,” the statement "
            "said.\n\n"
            "Her current club, Kingsbridge City, had agreed a fee of €850,000. Its "
            "chairman, Howard Pemberton-Achterberg, told BBC Radio Merseyside that "
            "Kingsbridge would “look after her, whatever happens.”\n\n"
            "An email from Marchetti’s medical staff, seen by the sports daily L’Équipe, "
            "described “a minor knee concern requiring further imaging.”\n\n"
            "Eze-Lindgren returned to training on Monday. Asked by reporters whether she "
            "would consider another French club, the 24-year-old smiled. “One thing at a "
            "time,” she said. “Today I trained. That is enough.”"
        ),
        "quotes": [
            ("every test they put in front of me", "Chiamaka Eze-Lindgren", True, "P1"),
            (
                (
                    "I found out the deal was off from a journalist. Nobody from the club had the "
                    "courtesy to call,"
                ),
                "Chiamaka Eze-Lindgren",
                False,
                "P1",
            ),
            ("look after her, whatever happens.", "Howard Pemberton-Achterberg", True, "P2"),
            ("a minor knee concern requiring further imaging.", None, True, "P3"),
            ("One thing at a time,", "Chiamaka Eze-Lindgren", False, None),
            ("Today I trained. That is enough.", "Chiamaka Eze-Lindgren", False, None),
        ],
        "posts": [
            ("P1", "Chiamaka Eze-Lindgren", None),
            ("P2", "Howard Pemberton-Achterberg", "BBC Radio Merseyside"),
            ("P3", None, None),
        ],
        "people": ["Chiamaka Eze-Lindgren", "Howard Pemberton-Achterberg"],
    },
    {
        "name": "mayoral-race-facebook-resident-comment-campaign-statement-editorial",
        "text": (
            "With a week to go before the mayoral election in Duluth, the race between the "
            "incumbent, Rosalind Tafoya-Berg, and her challenger, Gideon Bellweather, has "
            "turned on a single issue: the closing of the Lincoln Park fire station.\n\n"
            "Bellweather posted on Facebook on Sunday that he would reopen the station "
            "within his first hundred days. “A city that can afford new bike lanes can "
            "afford to keep a fire engine in Lincoln Park,” he wrote. Beneath the post, a "
            "resident wrote: “My mother waited 14 minutes for an ambulance last winter. "
            "Fourteen.”\n\n"
            "Tafoya-Berg’s campaign answered with a statement that called the promise "
            "“arithmetic by wishful thinking.” Her campaign manager, Deshawn Okafor, was "
            "quoted in it as saying: “The mayor closed that station because two newer ones "
            "cover the area faster.”\n\n"
            "The candidates clashed again at a televised debate on Tuesday night. “You keep "
            "saying ‘faster,’” Bellweather told the mayor. “Tell that to the family on "
            "Grand Avenue.”\n\n"
            "The Duluth News Tribune endorsed Tafoya-Berg in an editorial on Wednesday, "
            "calling her “steady, if uninspiring.”"
        ),
        "quotes": [
            (
                (
                    "A city that can afford new bike lanes can afford to keep a fire engine in "
                    "Lincoln Park,"
                ),
                "Gideon Bellweather",
                False,
                "P1",
            ),
            (
                "My mother waited 14 minutes for an ambulance last winter. Fourteen.",
                None,
                False,
                "P1",
            ),
            ("arithmetic by wishful thinking.", None, True, "P2"),
            (
                "The mayor closed that station because two newer ones cover the area faster.",
                "Deshawn Okafor",
                False,
                "P2",
            ),
            ("You keep saying ‘faster,’", "Gideon Bellweather", False, None),
            ("Tell that to the family on Grand Avenue.", "Gideon Bellweather", False, None),
            ("steady, if uninspiring.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Gideon Bellweather", "Facebook"),
            ("P2", None, None),
            ("P3", None, "Duluth News Tribune"),
        ],
        "people": ["Rosalind Tafoya-Berg", "Gideon Bellweather", "Deshawn Okafor"],
    },
    {
        "name": "council-recount-facebook-leaflet-local-paper-tiktok-caption",
        "text": (
            "A council seat in the Yorkshire town of Todmorden was decided by two votes "
            "after a recount that ran past 3 a.m. on Friday.\n\n"
            "The Green Party candidate, Farah Siddiqui-Holt, took the Walsden ward from the "
            "Conservative councillor Geoffrey Pickersgill, who had held it since 2011. “Two "
            "votes. I will remember every one of those doors,” she told reporters at the "
            "count.\n\n"
            "Pickersgill said he would not challenge the result. In a post on his "
            "campaign’s Facebook page, he congratulated his opponent and thanked his "
            "volunteers. “Eleven years was a privilege. I hope she enjoys it half as much "
            "as I did,” he wrote.\n\n"
            "The contest had been bitter. A Green leaflet delivered in the final week "
            "described Pickersgill as a “part-time councillor,” a phrase he called “beneath "
            "her” in an interview with the Todmorden News.\n\n"
            "Siddiqui-Holt said on Friday afternoon that she had not written the leaflet. "
            "Her sister, Amina Siddiqui, who ran the campaign, posted a video on TikTok of "
            "the moment the result was read out, captioned “TWO VOTES.”"
        ),
        "quotes": [
            (
                "Two votes. I will remember every one of those doors,",
                "Farah Siddiqui-Holt",
                False,
                None,
            ),
            (
                "Eleven years was a privilege. I hope she enjoys it half as much as I did,",
                "Geoffrey Pickersgill",
                False,
                "P1",
            ),
            ("part-time councillor,", None, True, "P2"),
            ("beneath her", "Geoffrey Pickersgill", True, "P3"),
            ("TWO VOTES.", "Amina Siddiqui", False, "P4"),
        ],
        "posts": [
            ("P1", "Geoffrey Pickersgill", "Facebook"),
            ("P2", None, None),
            ("P3", "Geoffrey Pickersgill", "Todmorden News"),
            ("P4", "Amina Siddiqui", "TikTok"),
        ],
        "people": ["Farah Siddiqui-Holt", "Geoffrey Pickersgill", "Amina Siddiqui"],
    },
    {
        "name": "low-turnout-release-radio-show-instagram-spinoff-essay",
        "text": (
            "Turnout in Wellington’s local elections fell to 38 per cent, the lowest in two "
            "decades, the city’s electoral office said in a press release on Sunday.\n\n"
            "The new mayor, Hemi Te Rangi-Walker, won comfortably but conceded that his "
            "mandate was thin. “Six in ten people did not vote for anyone,” he told RNZ’s "
            "Morning Report on Monday. “I have to earn them, not just the ones who turned "
            "out.”\n\n"
            "His defeated rival, the former bank executive Priscilla Vandermolen, "
            "congratulated him on Instagram, adding that the city “deserves a mayor who "
            "answers his phone.”\n\n"
            "The low turnout prompted an essay in The Spinoff by the political scientist "
            "Dr. Losa Faleolo, who argued that postal voting had become a barrier rather "
            "than a convenience. “Half the renters I interviewed did not own a stamp,” she "
            "wrote. “Some did not know where the nearest postbox was.”\n\n"
            "At a community meeting in Newtown on Tuesday, the mayor said he would ask the "
            "council to trial polling booths in libraries and supermarkets at the next "
            "election."
        ),
        "quotes": [
            ("Six in ten people did not vote for anyone,", "Hemi Te Rangi-Walker", False, "P2"),
            (
                "I have to earn them, not just the ones who turned out.",
                "Hemi Te Rangi-Walker",
                False,
                "P2",
            ),
            ("deserves a mayor who answers his phone.", "Priscilla Vandermolen", True, "P3"),
            ("Half the renters I interviewed did not own a stamp,", "Losa Faleolo", False, "P4"),
            ("Some did not know where the nearest postbox was.", "Losa Faleolo", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hemi Te Rangi-Walker", "Morning Report"),
            ("P3", "Priscilla Vandermolen", "Instagram"),
            ("P4", "Losa Faleolo", "The Spinoff"),
        ],
        "people": ["Hemi Te Rangi-Walker", "Priscilla Vandermolen", "Losa Faleolo"],
    },
    {
        "name": "cumbria-flood-met-office-x-mayor-facebook-two-paragraphs",
        "text": (
            "Flood water reached the ground floors of more than 200 homes in the Cumbrian "
            "town of Appleby-in-Westmorland on Saturday after the River Eden burst its "
            "banks for the third time in five years.\n\n"
            "The Met Office had warned on Friday, in a post on X, that “significant "
            "disruption is likely” in the Eden valley. Many residents said the warning came "
            "too late to move furniture upstairs.\n\n"
            "“We had sandbags from the last time, and they were still not enough,” said one "
            "woman, who was helping her elderly father carry boxes to a neighbour’s van.\n\n"
            "The town’s mayor, Eleanor Braithwaite-Oduya, wrote on Facebook late on "
            "Saturday:\n\n"
            "“To everyone who opened their doors to strangers tonight, thank you. This town "
            "looks after its own.\n\n"
            "“To the Environment Agency: we were promised a flood wall in 2021. We are "
            "still waiting.”\n\n"
            "The Environment Agency said in a statement that work on the wall would begin "
            "in the spring. A local insurer, Kendal Mutual, said it had received 140 claims "
            "by Sunday morning."
        ),
        "quotes": [
            ("significant disruption is likely", None, True, "P1"),
            (
                "We had sandbags from the last time, and they were still not enough,",
                None,
                False,
                None,
            ),
            (
                (
                    "To everyone who opened their doors to strangers tonight, thank you. This town "
                    "looks after its own."
                ),
                "Eleanor Braithwaite-Oduya",
                False,
                "P2",
            ),
            (
                (
                    "To the Environment Agency: we were promised a flood wall in 2021. We are still "
                    "waiting."
                ),
                "Eleanor Braithwaite-Oduya",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Eleanor Braithwaite-Oduya", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Eleanor Braithwaite-Oduya"],
    },
    {
        "name": "typhoon-bulletin-priest-facebook-governor-cnn-briefing",
        "text": (
            "Typhoon Haikui, known in the Philippines as “Bising,” tore across the northern "
            "island of Luzon on Thursday, killing at least 23 people and cutting power to "
            "1.4 million homes.\n\n"
            "The national disaster agency said in a bulletin on Friday that 61,000 people "
            "remained in evacuation centres. In Aparri, a town at the mouth of the Cagayan "
            "River, the parish priest, the Rev. Rodolfo Dimaculangan, posted photographs on "
            "Facebook of families sleeping in his church. “We have rice for three days. "
            "After that, we are praying,” he wrote.\n\n"
            "A fisherman, Arnel Bautista, said the storm surge had come “like a wall of "
            "black water” and taken his boat with it.\n\n"
            "The provincial governor, Teodora Mamba-Reyes, told CNN Philippines that roads "
            "to six towns were still cut off. “The helicopters can only carry so much, and "
            "the weather is not finished with us,” she said.\n\n"
            "At a briefing in Manila, the interior secretary, Benjamin Villafuerte, "
            "promised that relief goods would reach every town by Sunday. “No one will pay "
            "for a single sack of rice,” he said."
        ),
        "quotes": [
            (
                "We have rice for three days. After that, we are praying,",
                "Rodolfo Dimaculangan",
                False,
                "P2",
            ),
            ("like a wall of black water", "Arnel Bautista", True, None),
            (
                (
                    "The helicopters can only carry so much, and the weather is not finished with "
                    "us,"
                ),
                "Teodora Mamba-Reyes",
                False,
                "P3",
            ),
            ("No one will pay for a single sack of rice,", "Benjamin Villafuerte", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rodolfo Dimaculangan", "Facebook"),
            ("P3", "Teodora Mamba-Reyes", "CNN Philippines"),
        ],
        "people": [
            "Rodolfo Dimaculangan",
            "Arnel Bautista",
            "Teodora Mamba-Reyes",
            "Benjamin Villafuerte",
        ],
    },
    {
        "name": "chef-loses-star-instagram-guide-critic-tripadvisor",
        "text": (
            "The chef Tomasz Wierzbicki-Ansah says he is “relieved, honestly” after his "
            "London restaurant, Margot & Fitch, lost the Michelin star it had held since "
            "2016.\n\n"
            "Wierzbicki-Ansah broke the news himself in an Instagram post on Monday night, "
            "hours before the Michelin Guide unveiled its British selection at a ceremony "
            "in Manchester. “Stars are lovely. They are also a cage,” he wrote. “From next "
            "week we are cooking what we want to eat.”\n\n"
            "In last year’s Michelin Guide, inspectors had praised the restaurant’s "
            "“precise, almost scholarly cooking.”\n\n"
            "Others were less kind. Writing in the Evening Standard in March, the critic "
            "Yasmin Al-Khouri called its £185 tasting menu “a museum tour where you are not "
            "allowed to touch anything.” A one-star review on Tripadvisor, posted by a "
            "diner from Leeds, complained that the butter course had arrived “forty minutes "
            "after the bread.”\n\n"
            "Asked by a reporter outside the restaurant on Tuesday whether he would try to "
            "win the star back, the chef shrugged. “Maybe one day,” he said. “Not this "
            "year.”"
        ),
        "quotes": [
            ("relieved, honestly", "Tomasz Wierzbicki-Ansah", True, None),
            ("Stars are lovely. They are also a cage,", "Tomasz Wierzbicki-Ansah", False, "P1"),
            (
                "From next week we are cooking what we want to eat.",
                "Tomasz Wierzbicki-Ansah",
                False,
                "P1",
            ),
            ("precise, almost scholarly cooking.", None, True, "P2"),
            (
                "a museum tour where you are not allowed to touch anything.",
                "Yasmin Al-Khouri",
                True,
                "P3",
            ),
            ("forty minutes after the bread.", None, True, "P4"),
            ("Maybe one day,", "Tomasz Wierzbicki-Ansah", False, None),
            ("Not this year.", "Tomasz Wierzbicki-Ansah", False, None),
        ],
        "posts": [
            ("P1", "Tomasz Wierzbicki-Ansah", "Instagram"),
            ("P2", None, "Michelin Guide"),
            ("P3", "Yasmin Al-Khouri", "Evening Standard"),
            ("P4", None, "Tripadvisor"),
        ],
        "people": ["Tomasz Wierzbicki-Ansah", "Yasmin Al-Khouri"],
    },
    {
        "name": "restaurant-eviction-lawsuit-email-gofundme-message",
        "text": (
            "Lola Genet, the Filipino-Ethiopian restaurant that has been a fixture of "
            "Oakland’s Temescal neighbourhood for nine years, will close at the end of the "
            "month after its landlord filed an eviction lawsuit over unpaid rent.\n\n"
            "The chef and owner, Marisa Tadesse-Dizon, announced the closing in an email to "
            "regular customers on Sunday. “We fell behind after the kitchen fire last "
            "spring and never caught up,” she wrote. “I am sorry to everyone who had a "
            "birthday booked with us.”\n\n"
            "The landlord, Henley Ward Properties, says in the complaint that the "
            "restaurant owes $68,400.\n\n"
            "Tadesse-Dizon, whose cookbook “Two Grandmothers” came out in 2022, has also "
            "started a GoFundMe page to pay her 11 staff through the closing. By Wednesday "
            "it had raised $41,000.\n\n"
            "Among the donors was the chef Kwame Asante-Ruiz, who runs Bisi in San "
            "Francisco. “Marisa taught half this city how to love injera,” he wrote in a "
            "message on the page. “This is the least we owe her.”\n\n"
            "Her daughter, Selam Tadesse, who runs the front of house, was more defiant. "
            "“This is a pause, not an ending,” she said."
        ),
        "quotes": [
            (
                "We fell behind after the kitchen fire last spring and never caught up,",
                "Marisa Tadesse-Dizon",
                False,
                "P2",
            ),
            (
                "I am sorry to everyone who had a birthday booked with us.",
                "Marisa Tadesse-Dizon",
                False,
                "P2",
            ),
            ("Marisa taught half this city how to love injera,", "Kwame Asante-Ruiz", False, "P3"),
            ("This is the least we owe her.", "Kwame Asante-Ruiz", False, "P3"),
            ("This is a pause, not an ending,", "Selam Tadesse", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marisa Tadesse-Dizon", None),
            ("P3", "Marisa Tadesse-Dizon", "GoFundMe"),
        ],
        "people": ["Marisa Tadesse-Dizon", "Kwame Asante-Ruiz", "Selam Tadesse"],
    },
    {
        "name": "startup-layoffs-memo-hacker-news-substack-techcrunch",
        "text": (
            "Ferncastle, the London start-up whose app helps renters dispute deposit "
            "deductions, has laid off 40 of its 110 employees, its co-founder and chief "
            "executive, Oluwadamilare “Dami” Bankole, confirmed on Thursday.\n\n"
            "In a memo to staff first reported by the newsletter Sifted, Bankole wrote that "
            "the company had “hired for the round we hoped to raise, not the one we "
            "raised.” The memo went on: “That mistake is mine. The people leaving today did "
            "nothing wrong.”\n\n"
            "A thread about the layoffs on Hacker News drew hundreds of comments. One user, "
            "who said they had worked at Ferncastle until last year, wrote that the culture "
            "had been “great right up until the board meeting.”\n\n"
            "The company’s lead investor, Saskia van der Merwe-Ncube of Hollis Grant "
            "Ventures, defended Bankole in her Substack newsletter. “Founders who admit "
            "mistakes in writing are the ones I back again,” she wrote.\n\n"
            "Bankole told TechCrunch that Ferncastle now had enough cash to last until "
            "2027. “We are smaller, and we are going to be fine,” he said."
        ),
        "quotes": [
            (
                "hired for the round we hoped to raise, not the one we raised.",
                "Oluwadamilare Bankole",
                True,
                "P1",
            ),
            (
                "That mistake is mine. The people leaving today did nothing wrong.",
                "Oluwadamilare Bankole",
                False,
                "P1",
            ),
            ("great right up until the board meeting.", None, True, "P2"),
            (
                "Founders who admit mistakes in writing are the ones I back again,",
                "Saskia van der Merwe-Ncube",
                False,
                "P3",
            ),
            ("We are smaller, and we are going to be fine,", "Oluwadamilare Bankole", False, "P4"),
        ],
        "posts": [
            ("P1", "Oluwadamilare Bankole", None),
            ("P2", None, "Hacker News"),
            ("P3", "Saskia van der Merwe-Ncube", "Substack"),
            ("P4", "Oluwadamilare Bankole", "TechCrunch"),
        ],
        "people": ["Oluwadamilare Bankole", "Saskia van der Merwe-Ncube"],
    },
    {
        "name": "ai-startup-harriet-illustrators-lawsuit-x-reply-podcast",
        "text": (
            "A group of illustrators has sued Harriet, a San Francisco start-up whose app "
            "turns rough sketches into finished artwork, accusing it of training its "
            "software on their work without permission.\n\n"
            "The lawsuit, filed in federal court on Tuesday, says the company copied “tens "
            "of thousands of images scraped from portfolio sites.” One of the plaintiffs, "
            "the children’s book illustrator Beatriz Oyelowo-Santos, said she had found her "
            "own style “coming out of a machine with someone else’s name on it.”\n\n"
            "Harriet’s founder, Jun-ho Kwak, responded on X within hours. “We trained on "
            "licensed and public-domain images only, and we will show that in court,” he "
            "posted. Replying under his post, the artist Ruairí Mac Giolla Bhríde asked: "
            "“Then why does it sign my initials?”\n\n"
            "Harriet said in a blog post on Wednesday that it would publish a full list of "
            "its data sources. In an interview with the podcast Series A Diaries, Kwak "
            "called the case “a misunderstanding about how these models learn.”\n\n"
            "At a brief hearing on Thursday, the judge set a schedule for discovery."
        ),
        "quotes": [
            ("tens of thousands of images scraped from portfolio sites.", None, True, "P1"),
            (
                "coming out of a machine with someone else’s name on it.",
                "Beatriz Oyelowo-Santos",
                True,
                None,
            ),
            (
                (
                    "We trained on licensed and public-domain images only, and we will show that in "
                    "court,"
                ),
                "Jun-ho Kwak",
                False,
                "P2",
            ),
            ("Then why does it sign my initials?", "Ruairí Mac Giolla Bhríde", False, "P2"),
            ("a misunderstanding about how these models learn.", "Jun-ho Kwak", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jun-ho Kwak", "X"),
            ("P3", None, None),
            ("P4", "Jun-ho Kwak", "Series A Diaries"),
        ],
        "people": ["Beatriz Oyelowo-Santos", "Jun-ho Kwak", "Ruairí Mac Giolla Bhríde"],
    },
]
