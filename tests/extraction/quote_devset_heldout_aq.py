"""The thirty-seventh self-made dev set, held out (AQ): its first run is an unseen estimate.

Written with set AP, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper or station is such an interview; a statement, memo, letter,
email, court filing, lawsuit, judge's opinion or essay with no named outlet is a
post with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news release is a post with
platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it (the commenter is the speaker), a post "of
his own" is a new one; a later fragment is linked to a post only when the text
ties it to that post; organisations and unnamed people speak as None, and a
company's release, statement, email or lawsuit has author None even when it
quotes a named executive, whose quotes link to it; titles, nicknames and scare
quotes in marks are not quotes; speakers and authors are the fullest form of
the name used in the text; partial is True for a fragment quoted inside
narration.

Decisions the conventions did not cover:
- a podcast episode with a named show is a post with the show as platform;
- words said in a video posted on TikTok or YouTube are quotes from that post,
  whose author is the person who posted it;
- "said in a statement" by a named person is a post authored by that person,
  with no platform;
- a university's news release is a press release (author None);
- a regulator's letter is a post with author None and no platform;
- replies under a post by unnamed users ("one player replied under the post",
  "another wrote") belong to that post with speaker None;
- a fragment after "what she called" is a partial quote of the speaker, not a
  scare quote;
- a post with no quoted words (a studio's statement, a company's press release)
  is still listed as a post;
- honorifics such as "Dr." and "Sen." are not part of the canonical name;
- a first name alone inside a quote ("Graham", "Harriet") is the same person
  and adds nothing to "people";
- posts are numbered in order of first mention in the text.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AQ: list[dict] = [
    {
        "name": "actress-engagement-instagram-red-carpet",
        "text": (
            "Actress Priya Nandakumar announced her engagement to chef Tomas Ekberg on Instagram "
            "on Sunday, sharing a photo of a ring on a beach in Portugal. “He asked, I cried, the "
            "dog barked,” the 34-year-old wrote.\n\n"
            "Her “Harbor Lights” co-star Delia Mott was among the first to comment: “Finally! "
            "I’ve been waiting three years for this.”\n\n"
            "At the premiere of her new film in Los Angeles on Tuesday, Nandakumar said the "
            "proposal caught her off guard. “I genuinely had no idea,” she told reporters on the "
            "red carpet."
        ),
        "quotes": [
            ("He asked, I cried, the dog barked,", "Priya Nandakumar", False, "P1"),
            ("Finally! I’ve been waiting three years for this.", "Delia Mott", False, "P1"),
            ("I genuinely had no idea,", "Priya Nandakumar", False, None),
        ],
        "posts": [("P1", "Priya Nandakumar", "Instagram")],
        "people": ["Priya Nandakumar", "Tomas Ekberg", "Delia Mott"],
    },
    {
        "name": "college-football-postgame-fragments",
        "text": (
            "Coach Randall Oyelaran did not hide his frustration after the Pioneers’ 27-10 loss "
            "to Wichita State on Saturday.\n\n"
            "“We got outcoached, outplayed and outworked,” the 42-year-old coach said at his "
            "postgame news conference. “That starts with me.”\n\n"
            "Oyelaran, in his second season, called the third quarter “embarrassing” and said he "
            "would review every position group. Quarterback Jaylen Brooks, who threw two "
            "interceptions, said the team had “a lot of soul-searching to do.”"
        ),
        "quotes": [
            ("We got outcoached, outplayed and outworked,", "Randall Oyelaran", False, None),
            ("That starts with me.", "Randall Oyelaran", False, None),
            ("embarrassing", "Randall Oyelaran", True, None),
            ("a lot of soul-searching to do.", "Jaylen Brooks", True, None),
        ],
        "posts": [],
        "people": ["Randall Oyelaran", "Jaylen Brooks"],
    },
    {
        "name": "layoffs-press-release-analyst-call",
        "text": (
            "Streaming device maker Lumora said in a press release on Tuesday that it would lay "
            "off 12% of its workforce, about 400 people, as sales of its set-top boxes slow.\n\n"
            "“These are painful decisions, and they affect colleagues who helped build this "
            "company,” chief executive Natasha Korb said in the release.\n\n"
            "On a call with analysts later that day, Korb said the company would focus on "
            "software. “Hardware is a tough business right now,” she said."
        ),
        "quotes": [
            (
                "These are painful decisions, and they affect colleagues who helped build this "
                "company,",
                "Natasha Korb",
                False,
                "P1",
            ),
            ("Hardware is a tough business right now,", "Natasha Korb", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Natasha Korb"],
    },
    {
        "name": "lunar-lander-briefing-and-x-post",
        "text": (
            "The Halcyon lander touched down near the lunar south pole on Friday, the first "
            "private spacecraft to reach the region, its builder Meridian Aerospace said.\n\n"
            "“We are on the Moon, and we are talking to it,” flight director Owen Castellanos "
            "told reporters at a briefing in Houston. “Every system we have checked so far looks "
            "healthy.”\n\n"
            "Meridian’s founder, Grace Abernathy, posted a photo of mission control on X. "
            "“Twelve years of work for twelve minutes of descent. Worth it,” she wrote."
        ),
        "quotes": [
            ("We are on the Moon, and we are talking to it,", "Owen Castellanos", False, None),
            (
                "Every system we have checked so far looks healthy.",
                "Owen Castellanos",
                False,
                None,
            ),
            (
                "Twelve years of work for twelve minutes of descent. Worth it,",
                "Grace Abernathy",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Grace Abernathy", "X")],
        "people": ["Owen Castellanos", "Grace Abernathy"],
    },
    {
        "name": "peanut-butter-recall-statement-spokesman",
        "text": (
            "Brightwell Foods is recalling about 60,000 jars of peanut butter sold in nine states "
            "after tests found possible salmonella contamination, the company said in a "
            "statement on Wednesday.\n\n"
            '"Out of an abundance of caution, we are asking customers not to eat the product and '
            'to return it for a full refund," the statement said.\n\n'
            "No illnesses have been reported, according to the Food and Drug Administration. "
            "Consumers with questions can call the company's hotline, said Marcus Feld, a "
            'spokesman for Brightwell. "We\'ll be staffing it around the clock," Feld said.'
        ),
        "quotes": [
            (
                "Out of an abundance of caution, we are asking customers not to eat the product "
                "and to return it for a full refund,",
                None,
                False,
                "P1",
            ),
            ("We'll be staffing it around the clock,", "Marcus Feld", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Marcus Feld"],
    },
    {
        "name": "leaky-flight-tiktok-airline-statement",
        "text": (
            "A passenger’s TikTok video showing water pouring from an overhead bin on a Skyline "
            "Airways flight from Denver to Boise has been viewed more than 8 million times.\n\n"
            "“Nobody told us anything for 20 minutes, we just sat there getting rained on,” the "
            "passenger, Brianna Coles, said in the video.\n\n"
            "In a statement, Skyline said the leak was caused by condensation from an "
            "air-conditioning unit and “posed no safety risk.” The airline said it had offered "
            "affected passengers a $150 travel voucher.\n\n"
            "Coles told The Denver Post the voucher was “a nice gesture but kind of a joke.”"
        ),
        "quotes": [
            (
                "Nobody told us anything for 20 minutes, we just sat there getting rained on,",
                "Brianna Coles",
                False,
                "P1",
            ),
            ("posed no safety risk.", None, True, "P2"),
            ("a nice gesture but kind of a joke.", "Brianna Coles", True, "P3"),
        ],
        "posts": [
            ("P1", "Brianna Coles", "TikTok"),
            ("P2", None, None),
            ("P3", "Brianna Coles", "The Denver Post"),
        ],
        "people": ["Brianna Coles"],
    },
    {
        "name": "senator-hearing-and-wsj-op-ed",
        "text": (
            "Sen. Margaret Oduya, a Republican from Ohio, pressed the heads of three social "
            "media companies at a Senate hearing on Tuesday over what she called their "
            "“shameful” record on teen safety.\n\n"
            "“You knew, and you did nothing,” Oduya told the executives. “Parents deserve better "
            "than another apology.”\n\n"
            "The senator laid out her case last month in an op-ed in The Wall Street Journal, "
            "writing that platforms had “built slot machines and handed them to children.”\n\n"
            "A spokesman for one of the companies, Kestrel, said it had “invested heavily in "
            "tools for parents.”"
        ),
        "quotes": [
            ("shameful", "Margaret Oduya", True, None),
            ("You knew, and you did nothing,", "Margaret Oduya", False, None),
            ("Parents deserve better than another apology.", "Margaret Oduya", False, None),
            (
                "built slot machines and handed them to children.",
                "Margaret Oduya",
                True,
                "P1",
            ),
            ("invested heavily in tools for parents.", None, True, None),
        ],
        "posts": [("P1", "Margaret Oduya", "The Wall Street Journal")],
        "people": ["Margaret Oduya"],
    },
    {
        "name": "rapper-album-x-reply-and-magazine-interview",
        "text": (
            "Rapper Deshawn Miles announced on X on Friday that his long-delayed fourth album "
            "will be released in March. “It’s done. For real this time,” he wrote.\n\n"
            "Producer Kenji Alvarado replied under the post: “Told y’all it was worth the "
            "wait.”\n\n"
            "Miles, 29, had pushed the album back twice last year. In an interview with Complex "
            "in November, he said he had scrapped more than 40 songs. “I didn’t like who I was "
            "on those records,” he said."
        ),
        "quotes": [
            ("It’s done. For real this time,", "Deshawn Miles", False, "P1"),
            ("Told y’all it was worth the wait.", "Kenji Alvarado", False, "P1"),
            ("I didn’t like who I was on those records,", "Deshawn Miles", False, "P2"),
        ],
        "posts": [("P1", "Deshawn Miles", "X"), ("P2", "Deshawn Miles", "Complex")],
        "people": ["Deshawn Miles", "Kenji Alvarado"],
    },
    {
        "name": "app-hides-likes-threads-and-conference",
        "text": (
            "Orbitly chief executive Sam Whitford said Thursday that the photo-sharing app would "
            "stop showing like counts by default. “Likes were never the point,” Whitford wrote "
            "in a post on Threads. “We want people to share without keeping score.”\n\n"
            "Speaking at a developer conference in San Jose hours later, Whitford said the "
            "change had been tested with 2 million users in Canada. “Teens posted more, not "
            "less,” he said.\n\n"
            "Not everyone was convinced. “This is a cosmetic fix for a structural problem,” said "
            "Dr. Ines Halvorsen, a psychologist at the University of Michigan who studies "
            "adolescents and social media."
        ),
        "quotes": [
            ("Likes were never the point,", "Sam Whitford", False, "P1"),
            ("We want people to share without keeping score.", "Sam Whitford", False, "P1"),
            ("Teens posted more, not less,", "Sam Whitford", False, None),
            ("This is a cosmetic fix for a structural problem,", "Ines Halvorsen", False, None),
        ],
        "posts": [("P1", "Sam Whitford", "Threads")],
        "people": ["Sam Whitford", "Ines Halvorsen"],
    },
    {
        "name": "musicians-sue-streaming-service",
        "text": (
            "A group of independent musicians has sued the streaming service Tunewave, accusing "
            "it of paying artists less than the rates it had promised.\n\n"
            "The lawsuit, filed Monday in federal court in Nashville, says Tunewave "
            "“systematically underreported streams” for at least three years. Lead plaintiff "
            "Rosalind Achebe, a folk singer with about 200,000 monthly listeners, said she had "
            "noticed the gap in 2022.\n\n"
            "“I did the math on my own songs and it didn’t add up,” Achebe told reporters "
            "outside the courthouse. “Then I started calling other artists.”\n\n"
            "Tunewave said in an email that the claims were “without merit” and that it would "
            "fight them."
        ),
        "quotes": [
            ("systematically underreported streams", None, True, "P1"),
            (
                "I did the math on my own songs and it didn’t add up,",
                "Rosalind Achebe",
                False,
                None,
            ),
            ("Then I started calling other artists.", "Rosalind Achebe", False, None),
            ("without merit", None, True, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", None, None)],
        "people": ["Rosalind Achebe"],
    },
    {
        "name": "snowstorm-stranded-travelers-multi-paragraph",
        "text": (
            "Hundreds of travelers were stranded at Salt Lake City International Airport on "
            "Sunday after a spring snowstorm dumped 14 inches of snow on the region.\n\n"
            "“We were supposed to be in Cancún by now,” said Teresa Banuelos, who was traveling "
            "with her husband and three children. “Instead we’re sleeping on the floor by Gate "
            "B9.\n\n"
            "“The kids think it’s an adventure. I do not.”\n\n"
            "Airport spokeswoman Nadia Price-Kerr said crews had been clearing runways "
            "overnight. “We expect operations to be close to normal by Monday afternoon,” she "
            "said."
        ),
        "quotes": [
            ("We were supposed to be in Cancún by now,", "Teresa Banuelos", False, None),
            ("Instead we’re sleeping on the floor by Gate B9.", "Teresa Banuelos", False, None),
            ("The kids think it’s an adventure. I do not.", "Teresa Banuelos", False, None),
            (
                "We expect operations to be close to normal by Monday afternoon,",
                "Nadia Price-Kerr",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Teresa Banuelos", "Nadia Price-Kerr"],
    },
    {
        "name": "comedian-podcast-interview",
        "text": (
            "Comedian Felix Amadi said he nearly quit stand-up after a disastrous show in "
            "Edinburgh in 2015. “I walked off that stage and called my mum and said I was done,” "
            "Amadi said on the latest episode of the podcast “Green Room Confidential.”\n\n"
            "The 38-year-old, who now headlines arenas, told host Marisa Quint that his mother "
            "talked him out of it. “My mum said I wasn’t done, I was embarrassed, and those are "
            "different things,” he recalled.\n\n"
            "Amadi’s new special, “Unfinished Business,” premieres on Netflix next month."
        ),
        "quotes": [
            (
                "I walked off that stage and called my mum and said I was done,",
                "Felix Amadi",
                False,
                "P1",
            ),
            (
                "My mum said I wasn’t done, I was embarrassed, and those are different things,",
                "Felix Amadi",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Felix Amadi", "Green Room Confidential")],
        "people": ["Felix Amadi", "Marisa Quint"],
    },
    {
        "name": "tennis-withdrawal-statement-and-instagram",
        "text": (
            "Tennis player Anouk Verstraete withdrew from the Madrid Open on Monday with a wrist "
            "injury, two days before her opening match.\n\n"
            "“I tried everything to be ready, but my body is telling me to stop,” the world No. "
            "6 said in a statement. “I’ll be back on the clay soon.”\n\n"
            "Tournament director Paolo Ricci said he was “very sad” for fans who had bought "
            "tickets to see her. Verstraete, 24, later posted a video on Instagram from a "
            "physiotherapy session, writing only: “Patience.”"
        ),
        "quotes": [
            (
                "I tried everything to be ready, but my body is telling me to stop,",
                "Anouk Verstraete",
                False,
                "P1",
            ),
            ("I’ll be back on the clay soon.", "Anouk Verstraete", False, "P1"),
            ("very sad", "Paolo Ricci", True, None),
            ("Patience.", "Anouk Verstraete", False, "P2"),
        ],
        "posts": [("P1", "Anouk Verstraete", None), ("P2", "Anouk Verstraete", "Instagram")],
        "people": ["Anouk Verstraete", "Paolo Ricci"],
    },
    {
        "name": "honeybee-study-university-release",
        "text": (
            "Honeybees can learn to tell the difference between two abstract shapes after as few "
            "as six tries, according to a study published Wednesday in the journal Nature.\n\n"
            "“We keep underestimating what a brain the size of a sesame seed can do,” said "
            "Lindiwe Mthembu, a behavioral ecologist at the University of Cape Town who led the "
            "research.\n\n"
            "The university said in a news release that the findings could help engineers design "
            "“leaner, faster” learning algorithms. Mthembu was more cautious. “Bees are not "
            "little computers,” she said. “But they are very good at solving the problems they "
            "actually face.”\n\n"
            "The work was funded in part by the Ellery Foundation."
        ),
        "quotes": [
            (
                "We keep underestimating what a brain the size of a sesame seed can do,",
                "Lindiwe Mthembu",
                False,
                None,
            ),
            ("leaner, faster", None, True, "P1"),
            ("Bees are not little computers,", "Lindiwe Mthembu", False, None),
            (
                "But they are very good at solving the problems they actually face.",
                "Lindiwe Mthembu",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Lindiwe Mthembu"],
    },
    {
        "name": "game-studio-reddit-apology-replies",
        "text": (
            "The developer of the hit video game Starfall Drift apologized on Reddit on Thursday "
            "after an update erased some players' saved progress.\n\n"
            '"We messed up, full stop," lead designer Callum Ashworth wrote in a post on the '
            "game's subreddit. \"Anyone who lost progress will get it restored by the weekend, "
            'plus something extra for the trouble."\n\n'
            'One player replied under the post: "Appreciate the honesty, but I lost 300 hours." '
            'Another wrote that it was "the third time this year."\n\n'
            "The studio, Pinewood Interactive, said in a statement that the bug affected about "
            "4% of players on PC."
        ),
        "quotes": [
            ("We messed up, full stop,", "Callum Ashworth", False, "P1"),
            (
                "Anyone who lost progress will get it restored by the weekend, plus something "
                "extra for the trouble.",
                "Callum Ashworth",
                False,
                "P1",
            ),
            ("Appreciate the honesty, but I lost 300 hours.", None, False, "P1"),
            ("the third time this year.", None, True, "P1"),
        ],
        "posts": [("P1", "Callum Ashworth", "Reddit"), ("P2", None, None)],
        "people": ["Callum Ashworth"],
    },
    {
        "name": "cfo-leaves-linkedin-ceo-comment",
        "text": (
            "Harriet Lindqvist, the chief financial officer of the payments company Clearpath, "
            "is leaving at the end of the year, she announced on LinkedIn on Tuesday.\n\n"
            "“After nine years, two acquisitions and one very long IPO roadshow, it is time for "
            "a new chapter,” Lindqvist wrote. She did not say where she was going.\n\n"
            "Chief executive Rahul Menon praised her on the company’s earnings call last month, "
            "telling analysts that Lindqvist had “built the finance team from nothing.” On "
            "Tuesday, Menon commented under her post: “Clearpath would not exist without you, "
            "Harriet.”"
        ),
        "quotes": [
            (
                "After nine years, two acquisitions and one very long IPO roadshow, it is time "
                "for a new chapter,",
                "Harriet Lindqvist",
                False,
                "P1",
            ),
            ("built the finance team from nothing.", "Rahul Menon", True, None),
            ("Clearpath would not exist without you, Harriet.", "Rahul Menon", False, "P1"),
        ],
        "posts": [("P1", "Harriet Lindqvist", "LinkedIn")],
        "people": ["Harriet Lindqvist", "Rahul Menon"],
    },
    {
        "name": "camping-ban-bluesky-and-tv-interview",
        "text": (
            "Portland City Council member Graham Tessier said Monday that he would vote against "
            "a proposal to ban overnight camping in city parks, breaking with the mayor.\n\n"
            "“You cannot arrest your way out of a housing shortage,” Tessier wrote on "
            "Bluesky.\n\n"
            "Mayor Joan Whitlock, who has championed the ban, told KGW-TV that she was "
            "“disappointed but not surprised.” “Graham and I want the same thing. We just "
            "disagree on how to get there,” she said in the interview.\n\n"
            "The council is expected to vote Thursday."
        ),
        "quotes": [
            (
                "You cannot arrest your way out of a housing shortage,",
                "Graham Tessier",
                False,
                "P1",
            ),
            ("disappointed but not surprised.", "Joan Whitlock", True, "P2"),
            (
                "Graham and I want the same thing. We just disagree on how to get there,",
                "Joan Whitlock",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Graham Tessier", "Bluesky"), ("P2", "Joan Whitlock", "KGW-TV")],
        "people": ["Graham Tessier", "Joan Whitlock"],
    },
    {
        "name": "novelist-substack-diagnosis-publisher-statement",
        "text": (
            "Novelist Beatrix Fenwick, whose debut “The Salt Orchard” spent 30 weeks on the "
            "bestseller list, said she had been diagnosed with early-onset Parkinson’s "
            "disease.\n\n"
            "In an essay on Substack published Sunday, the 47-year-old author wrote that she had "
            "hidden tremors in her hands from her editor for more than a year. “I typed the last "
            "hundred pages of my new book with one finger,” Fenwick wrote. “I am not ashamed of "
            "that anymore.”\n\n"
            "Her publisher, Harrow & Lyle, said in a statement that it “stands fully behind "
            "Beatrix” and that the book would be published as planned in October."
        ),
        "quotes": [
            (
                "I typed the last hundred pages of my new book with one finger,",
                "Beatrix Fenwick",
                False,
                "P1",
            ),
            ("I am not ashamed of that anymore.", "Beatrix Fenwick", False, "P1"),
            ("stands fully behind Beatrix", None, True, "P2"),
        ],
        "posts": [("P1", "Beatrix Fenwick", "Substack"), ("P2", None, None)],
        "people": ["Beatrix Fenwick"],
    },
    {
        "name": "youtuber-apology-ftc-letter",
        "text": (
            "YouTuber Marco Delacroix, who has 5 million subscribers, apologized in a video on "
            "Sunday for promoting an energy drink that regulators later found contained "
            "undisclosed stimulants.\n\n"
            "“I should have asked more questions before I took the money,” Delacroix said in the "
            "11-minute video. “That’s on me, and I’m sorry.”\n\n"
            "The Federal Trade Commission sent warning letters last month to the drink’s maker "
            "and to several influencers. In one letter, the agency wrote that endorsers are "
            "“responsible for claims they make” about products.\n\n"
            "Delacroix said he would donate the sponsorship fee to a poison control charity."
        ),
        "quotes": [
            (
                "I should have asked more questions before I took the money,",
                "Marco Delacroix",
                False,
                "P1",
            ),
            ("That’s on me, and I’m sorry.", "Marco Delacroix", False, "P1"),
            ("responsible for claims they make", None, True, "P2"),
        ],
        "posts": [("P1", "Marco Delacroix", "YouTube"), ("P2", None, None)],
        "people": ["Marco Delacroix"],
    },
    {
        "name": "marathon-record-facebook-congratulations",
        "text": (
            "Kenyan runner Faith Chepkoech broke the women’s course record at the Chicago "
            "Marathon on Sunday, finishing in 2 hours, 13 minutes and 40 seconds.\n\n"
            "“At 30 kilometers I felt something special,” Chepkoech, 27, said after the race, "
            "speaking through an interpreter. “So I said to myself, go now, don’t wait.”\n\n"
            "Race director Lorraine Baptiste called the run “one of the great performances in "
            "this event’s history.” The previous record holder, Sara Lindgren of Sweden, "
            "congratulated Chepkoech on Facebook. “Records are meant to be broken, and this one "
            "was broken beautifully,” Lindgren wrote."
        ),
        "quotes": [
            ("At 30 kilometers I felt something special,", "Faith Chepkoech", False, None),
            ("So I said to myself, go now, don’t wait.", "Faith Chepkoech", False, None),
            (
                "one of the great performances in this event’s history.",
                "Lorraine Baptiste",
                True,
                None,
            ),
            (
                "Records are meant to be broken, and this one was broken beautifully,",
                "Sara Lindgren",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Sara Lindgren", "Facebook")],
        "people": ["Faith Chepkoech", "Lorraine Baptiste", "Sara Lindgren"],
    },
]
