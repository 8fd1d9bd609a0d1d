"""The thirty-fifth self-made dev set, held out (AO): its first run is an unseen estimate.

Written with set AN, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the previous sets
(self-made, not a public corpus): an interview with a named outlet or show is a
post (platform: the outlet or show as written, without quotation marks), and
"told" a named newspaper or station is such an interview; a statement, memo,
letter, email, court filing, lawsuit, judge's opinion or essay with no named
outlet is a post with no platform, and an essay on a named platform or in a
named newspaper has that platform; a press release or earnings release is a post
with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it, a post "of her own" is a new one; a
later fragment or quote is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None, and a company's release,
statement or email has author None; titles, nicknames and scare quotes in marks
are not quotes; speakers and authors are canonical full names; partial is True
for a fragment quoted inside narration.

Decisions the conventions did not cover:
- A podcast episode or radio programme with a named show has the show as
  platform, without the network's possessive (NPR's "Morning Edition" ->
  "Morning Edition"; the podcast "Long Way Home" -> "Long Way Home").
- A first-person essay for a named site ("The Players' Tribune") and a critic's
  review in a named newspaper ("The Oregonian") are posts by the writer with the
  site or newspaper as platform.
- A lawsuit filed by a named person (not a company) has that person as author,
  and the words it is quoted as saying are that person's.
- A judge's written opinion has the judge as author (platform None).
- An organisation's post on a platform (a sheriff's office's Facebook post) has
  author None and that platform; a Reddit thread started by an unnamed user is a
  post with author None and platform "Reddit", and the user speaks as None.
- A video by a YouTuber counts as YouTube only because the text says "YouTube
  video"; an Instagram story is an Instagram post.
- A sentence split by its attribution ("Eight years, two trophies," he said,
  "and more saves ...") gives two quotes, neither partial; a whole caption or
  one-line comment quoted as said ("Pay what you owe.") is not partial.
- A quote following an interview is linked to it when the sentence says so
  ("told the paper", "told the station", "during the interview", "in the same
  episode", "he said" inside the paragraph that opens "In an interview with
  Variety"); otherwise it is not linked.
- A stage name given in narration ("who performs as J-Stax") is not a quote and
  not a separate person.
- The punctuation inside the marks (a trailing comma or period) is part of the
  quote text.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AO: list[dict] = [
    {
        "name": "nba-coach-fined-presser-then-x",
        "text": (
            "Milwaukee coach Darnell Reeves was fined $25,000 by the NBA on Monday for "
            "criticizing the officials after Saturday’s loss to Boston.\n\n"
            "“We got robbed in the fourth quarter, and everybody in this building saw it,” "
            "Reeves said at his postgame news conference. The 47-year-old coach added that he "
            "had “never seen anything like it” in 20 years in the league.\n\n"
            "On Monday night, Reeves posted on X: “I’ll pay the fine. I stand by every word.”"
        ),
        "quotes": [
            (
                "We got robbed in the fourth quarter, and everybody in this building saw it,",
                "Darnell Reeves",
                False,
                None,
            ),
            ("never seen anything like it", "Darnell Reeves", True, None),
            ("I’ll pay the fine. I stand by every word.", "Darnell Reeves", False, "P1"),
        ],
        "posts": [("P1", "Darnell Reeves", "X")],
        "people": ["Darnell Reeves"],
    },
    {
        "name": "quarterback-transfer-instagram-coach-reporters",
        "text": (
            "Quarterback Tyrese Holloway, who led Central Arkansas to a conference title last "
            "fall, announced on Instagram on Sunday that he will transfer to Iowa State. “Ames, "
            "let’s work,” he wrote under a photo of himself in a Cyclones jersey.\n\n"
            "Iowa State coach Pete Marchetti could not comment on Holloway under NCAA rules, but "
            "told reporters on Tuesday that the program was “in a great spot” at quarterback.\n\n"
            "“We want guys who have won somewhere,” Marchetti said. “That matters to me.”"
        ),
        "quotes": [
            ("Ames, let’s work,", "Tyrese Holloway", False, "P1"),
            ("in a great spot", "Pete Marchetti", True, None),
            ("We want guys who have won somewhere,", "Pete Marchetti", False, None),
            ("That matters to me.", "Pete Marchetti", False, None),
        ],
        "posts": [("P1", "Tyrese Holloway", "Instagram")],
        "people": ["Tyrese Holloway", "Pete Marchetti"],
    },
    {
        "name": "singer-podcast-interview-song-title",
        "text": (
            "Singer-songwriter Maya Okonkwo nearly quit music after her debut album flopped, she "
            "said in an interview on the podcast “Long Way Home” released Wednesday.\n\n"
            "“I was working at a bakery at 4 a.m. and writing songs on my break,” Okonkwo told "
            "host Dana Whitfield. “I figured that was going to be my life.”\n\n"
            "Her new single, “Paper Lanterns,” debuted at No. 12 on the Billboard Hot 100 last "
            "week. In the same episode, Okonkwo said the song was about “learning to be patient "
            "with yourself.”"
        ),
        "quotes": [
            (
                "I was working at a bakery at 4 a.m. and writing songs on my break,",
                "Maya Okonkwo",
                False,
                "P1",
            ),
            ("I figured that was going to be my life.", "Maya Okonkwo", False, "P1"),
            ("learning to be patient with yourself.", "Maya Okonkwo", True, "P1"),
        ],
        "posts": [("P1", "Maya Okonkwo", "Long Way Home")],
        "people": ["Maya Okonkwo", "Dana Whitfield"],
    },
    {
        "name": "police-beating-trial-closing-arguments",
        "text": (
            "The trial of Kyle Brandt, a former Dayton police officer accused of beating a "
            "handcuffed man, went to the jury on Thursday after closing arguments in Montgomery "
            "County Common Pleas Court.\n\n"
            "“He was not a threat. He was on the ground, in handcuffs, and Officer Brandt kept "
            "hitting him,” Assistant Prosecutor Leanne Coughlin told jurors.\n\n"
            "Defense attorney Raymond Ortiz argued that Brandt, 34, had followed his training. "
            "“This was a split-second decision in a dark parking lot,” Ortiz said.\n\n"
            "Outside the courthouse, Ortiz told reporters he was “confident in this jury.”"
        ),
        "quotes": [
            (
                "He was not a threat. He was on the ground, in handcuffs, and Officer Brandt "
                "kept hitting him,",
                "Leanne Coughlin",
                False,
                None,
            ),
            (
                "This was a split-second decision in a dark parking lot,",
                "Raymond Ortiz",
                False,
                None,
            ),
            ("confident in this jury.", "Raymond Ortiz", True, None),
        ],
        "posts": [],
        "people": ["Kyle Brandt", "Leanne Coughlin", "Raymond Ortiz"],
    },
    {
        "name": "bakery-closing-facebook-comment-in-person",
        "text": (
            "After 31 years, Rosa’s Panaderia on West Cermak Road will close at the end of the "
            "month, owner Rosa Delgado announced on Facebook on Sunday.\n\n"
            "“The rent doubled and I am 68 years old. It is time,” Delgado wrote. “Thank you for "
            "every birthday cake.”\n\n"
            "The post drew more than 2,000 comments. “My quinceañera cake came from here. "
            "Heartbroken,” wrote Veronica Salas.\n\n"
            "Standing behind the counter on Tuesday, Delgado said the response had surprised "
            "her. “I did not know we meant that much to people,” she said."
        ),
        "quotes": [
            ("The rent doubled and I am 68 years old. It is time,", "Rosa Delgado", False, "P1"),
            ("Thank you for every birthday cake.", "Rosa Delgado", False, "P1"),
            ("My quinceañera cake came from here. Heartbroken,", "Veronica Salas", False, "P1"),
            ("I did not know we meant that much to people,", "Rosa Delgado", False, None),
        ],
        "posts": [("P1", "Rosa Delgado", "Facebook")],
        "people": ["Rosa Delgado", "Veronica Salas"],
    },
    {
        "name": "budget-app-reddit-statement-founder-x",
        "text": (
            "Users of the budgeting app Pennywise flooded its Reddit forum this week after an "
            "update removed the ability to export transactions to spreadsheets.\n\n"
            "“I have used this app for six years and this is the one feature I actually need,” "
            "one user wrote in a thread that drew more than 4,000 upvotes.\n\n"
            "In a statement on Wednesday, the company said the export tool would return “within "
            "weeks.” “We moved too fast and we heard you,” chief product officer Nadia Brenner "
            "said in the statement.\n\n"
            "Pennywise founder Owen Galloway was blunter on X: “This one is on me. Sorry, "
            "everyone.”"
        ),
        "quotes": [
            (
                "I have used this app for six years and this is the one feature I actually need,",
                None,
                False,
                "P1",
            ),
            ("within weeks.", None, True, "P2"),
            ("We moved too fast and we heard you,", "Nadia Brenner", False, "P2"),
            ("This one is on me. Sorry, everyone.", "Owen Galloway", False, "P3"),
        ],
        "posts": [("P1", None, "Reddit"), ("P2", None, None), ("P3", "Owen Galloway", "X")],
        "people": ["Nadia Brenner", "Owen Galloway"],
    },
    {
        "name": "influencer-tiktok-apology-response-sponsor-email",
        "text": (
            "Lifestyle influencer Brooke Kessler apologized on Monday in a TikTok video after "
            "followers accused her of passing off a friend’s recipe as her own.\n\n"
            "“I should have credited Jen from the start, and I didn’t, and that’s on me,” "
            "Kessler, 26, said in the three-minute video.\n\n"
            "The friend, food blogger Jennifer Amadi, responded in a TikTok of her own. “I "
            "appreciate the apology. I’d appreciate the credit more,” Amadi said.\n\n"
            "Kitchenware brand Halvorsen, which had sponsored Kessler’s recipe series, said in "
            "an email that it was “reviewing the partnership.”"
        ),
        "quotes": [
            (
                "I should have credited Jen from the start, and I didn’t, and that’s on me,",
                "Brooke Kessler",
                False,
                "P1",
            ),
            (
                "I appreciate the apology. I’d appreciate the credit more,",
                "Jennifer Amadi",
                False,
                "P2",
            ),
            ("reviewing the partnership.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Brooke Kessler", "TikTok"),
            ("P2", "Jennifer Amadi", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Brooke Kessler", "Jennifer Amadi"],
    },
    {
        "name": "tuition-freeze-email-student-paper",
        "text": (
            "Penn Ridge University will freeze tuition for in-state undergraduates next year, "
            "President Alan Whitcombe announced in a campus-wide email on Friday.\n\n"
            "“No family should have to choose between a degree and a mortgage payment,” "
            "Whitcombe wrote.\n\n"
            "Student body president Keisha Morrow told The Ridge Ledger, the student newspaper, "
            "that the freeze was “a good first step” but did not go far enough. “Housing is "
            "where students are really getting crushed,” Morrow told the paper.\n\n"
            "At a Faculty Senate meeting on Monday, Whitcombe said housing costs would be the "
            "board’s next priority."
        ),
        "quotes": [
            (
                "No family should have to choose between a degree and a mortgage payment,",
                "Alan Whitcombe",
                False,
                "P1",
            ),
            ("a good first step", "Keisha Morrow", True, "P2"),
            ("Housing is where students are really getting crushed,", "Keisha Morrow", False, "P2"),
        ],
        "posts": [("P1", "Alan Whitcombe", None), ("P2", "Keisha Morrow", "The Ridge Ledger")],
        "people": ["Alan Whitcombe", "Keisha Morrow"],
    },
    {
        "name": "venice-premiere-news-conference-variety",
        "text": (
            "Director Tomasz Wierzbicki’s “The Salt Road” received an eight-minute standing "
            "ovation at its Venice Film Festival premiere on Saturday.\n\n"
            "“I made this film for my grandmother, who walked from Lviv to Kraków in 1945 with "
            "two children and no shoes,” Wierzbicki said at a news conference before the "
            "screening.\n\n"
            "In an interview with Variety, the 52-year-old filmmaker said he had spent eleven "
            "years raising money for the project. “Every producer in Europe told me no at least "
            "once,” he said. “Some of them told me no three times.”\n\n"
            "Star Agnieszka Nowak called the shoot “the hardest and happiest four months of my "
            "life.”"
        ),
        "quotes": [
            (
                "I made this film for my grandmother, who walked from Lviv to Kraków in 1945 "
                "with two children and no shoes,",
                "Tomasz Wierzbicki",
                False,
                None,
            ),
            (
                "Every producer in Europe told me no at least once,",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            ("Some of them told me no three times.", "Tomasz Wierzbicki", False, "P1"),
            ("the hardest and happiest four months of my life.", "Agnieszka Nowak", True, None),
        ],
        "posts": [("P1", "Tomasz Wierzbicki", "Variety")],
        "people": ["Tomasz Wierzbicki", "Agnieszka Nowak"],
    },
    {
        "name": "senator-substack-essay-town-hall",
        "text": (
            "State Sen. Marcus Oyelaran faced a packed town hall in Lorain on Tuesday night, two "
            "days after he published a Substack essay calling for Ohio to end its film tax "
            "credit.\n\n"
            "“Hollywood does not need Ohio taxpayers to buy its catering,” the senator wrote in "
            "the essay.\n\n"
            "Several audience members pushed back. “My brother has worked on three movies shot "
            "here. That is real money,” said Dolores Finch, a retired schoolteacher.\n\n"
            "Oyelaran did not back down. “I’m happy to be wrong if someone shows me the "
            "numbers,” he told the crowd. “Nobody has.”"
        ),
        "quotes": [
            (
                "Hollywood does not need Ohio taxpayers to buy its catering,",
                "Marcus Oyelaran",
                False,
                "P1",
            ),
            (
                "My brother has worked on three movies shot here. That is real money,",
                "Dolores Finch",
                False,
                None,
            ),
            (
                "I’m happy to be wrong if someone shows me the numbers,",
                "Marcus Oyelaran",
                False,
                None,
            ),
            ("Nobody has.", "Marcus Oyelaran", False, None),
        ],
        "posts": [("P1", "Marcus Oyelaran", "Substack")],
        "people": ["Marcus Oyelaran", "Dolores Finch"],
    },
    {
        "name": "retailer-earnings-release-and-call",
        "text": (
            "Shares of Northgate Outdoor fell 14% on Thursday after the camping-gear retailer "
            "cut its full-year forecast, blaming a wet summer and cautious shoppers.\n\n"
            "“Our customers are still coming in, but they are buying one tent instead of two,” "
            "Chief Executive Sandra Kowalczyk said in the company’s earnings release.\n\n"
            "On a call with analysts, Kowalczyk said the company would close 11 stores. “We are "
            "not going to chase sales with discounts,” she said. Chief Financial Officer Brian "
            "Tate said inventory was “clean heading into the holiday season.”"
        ),
        "quotes": [
            (
                "Our customers are still coming in, but they are buying one tent instead of two,",
                "Sandra Kowalczyk",
                False,
                "P1",
            ),
            ("We are not going to chase sales with discounts,", "Sandra Kowalczyk", False, None),
            ("clean heading into the holiday season.", "Brian Tate", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Sandra Kowalczyk", "Brian Tate"],
    },
    {
        "name": "rapper-royalties-lawsuit-label-statement-caption",
        "text": (
            "Rapper Jalen Porter, who performs as J-Stax, sued his former record label, Bluevine "
            "Records, in federal court in Atlanta on Monday, claiming it withheld more than $3 "
            "million in royalties.\n\n"
            "The lawsuit says the label treated Porter’s catalog “like a personal piggy bank” "
            "and ignored repeated requests for an audit.\n\n"
            "Bluevine said in a statement that the claims were “completely without merit” and "
            "that it would “defend itself vigorously.”\n\n"
            "Porter posted a photo of the filing on Instagram with the caption “Pay what you "
            "owe.”"
        ),
        "quotes": [
            ("like a personal piggy bank", "Jalen Porter", True, "P1"),
            ("completely without merit", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            ("Pay what you owe.", "Jalen Porter", False, "P3"),
        ],
        "posts": [
            ("P1", "Jalen Porter", None),
            ("P2", None, None),
            ("P3", "Jalen Porter", "Instagram"),
        ],
        "people": ["Jalen Porter"],
    },
    {
        "name": "goalkeeper-youtube-farewell-coach-training",
        "text": (
            "Veteran goalkeeper Samir Haddad said goodbye to Columbus Crew fans in a YouTube "
            "video on Wednesday, a day after the club declined his contract option.\n\n"
            '"Eight years, two trophies," Haddad, 36, said in the video, "and more saves than I '
            'can count. Thank you, Columbus."\n\n'
            "Crew coach Lars Eriksen told reporters after training that the decision was "
            '"purely a football one" and had been "the hardest call I\'ve made here."\n\n'
            '"Samir will always be welcome in this building," Eriksen said.'
        ),
        "quotes": [
            ("Eight years, two trophies,", "Samir Haddad", False, "P1"),
            ("and more saves than I can count. Thank you, Columbus.", "Samir Haddad", False, "P1"),
            ("purely a football one", "Lars Eriksen", True, None),
            ("the hardest call I've made here.", "Lars Eriksen", True, None),
            ("Samir will always be welcome in this building,", "Lars Eriksen", False, None),
        ],
        "posts": [("P1", "Samir Haddad", "YouTube")],
        "people": ["Samir Haddad", "Lars Eriksen"],
    },
    {
        "name": "hit-and-run-sheriff-facebook-sister-tv",
        "text": (
            "A 19-year-old man was charged Saturday with leaving the scene of a crash that "
            "killed a cyclist on Route 9 in Saratoga County, the sheriff’s office said in a "
            "Facebook post.\n\n"
            "The post identified the driver as Dylan Mercer of Ballston Spa and said he turned "
            "himself in “after being contacted by investigators.” The cyclist, Thomas Albright, "
            "44, of Malta, was struck shortly after 6 a.m. Thursday.\n\n"
            "“This was a heartbreaking case, and our deputies worked it around the clock,” "
            "Sheriff Carol Danforth said at a briefing Sunday.\n\n"
            "Albright’s sister, Megan Albright, told WNYT that her brother “rode that road every "
            "single morning.” “He was careful. He wore a vest that glowed,” she told the "
            "station."
        ),
        "quotes": [
            ("after being contacted by investigators.", None, True, "P1"),
            (
                "This was a heartbreaking case, and our deputies worked it around the clock,",
                "Carol Danforth",
                False,
                None,
            ),
            ("rode that road every single morning.", "Megan Albright", True, "P2"),
            ("He was careful. He wore a vest that glowed,", "Megan Albright", False, "P2"),
        ],
        "posts": [("P1", None, "Facebook"), ("P2", "Megan Albright", "WNYT")],
        "people": ["Dylan Mercer", "Thomas Albright", "Carol Danforth", "Megan Albright"],
    },
    {
        "name": "smart-ring-youtube-review-comment-company-email",
        "text": (
            "Tech YouTuber Devin Castellanos says the new Aurel smart ring stopped tracking his "
            "sleep after a firmware update, and thousands of other owners say the same.\n\n"
            "“I paid $349 for a very expensive piece of jewelry,” Castellanos said in a YouTube "
            "video posted Monday that has been viewed 1.8 million times.\n\n"
            "The top comment, from a user named Priya Raman, read: “Mine died the same night. "
            "Support told me to reboot it.”\n\n"
            "Aurel said in an email on Tuesday that a fix was “rolling out now” and that "
            "affected owners would get a free month of the company’s subscription."
        ),
        "quotes": [
            (
                "I paid $349 for a very expensive piece of jewelry,",
                "Devin Castellanos",
                False,
                "P1",
            ),
            (
                "Mine died the same night. Support told me to reboot it.",
                "Priya Raman",
                False,
                "P1",
            ),
            ("rolling out now", None, True, "P2"),
        ],
        "posts": [("P1", "Devin Castellanos", "YouTube"), ("P2", None, None)],
        "people": ["Devin Castellanos", "Priya Raman"],
    },
    {
        "name": "broadway-actor-threads-and-radio-show",
        "text": (
            "Broadway actor Elliot Vance will leave the cast of “Harbor Lights” next month to "
            "undergo treatment for throat cancer, he announced on Threads on Thursday.\n\n"
            "“The doctors are optimistic and so am I. I’ll be back on a stage before you know "
            "it,” Vance wrote.\n\n"
            "Speaking to NPR’s “Morning Edition” later that day, Vance, 44, said his understudy, "
            "Caleb Moretti, was “more than ready.” “Caleb has been carrying half of this show for "
            "a year anyway,” Vance joked during the interview."
        ),
        "quotes": [
            (
                "The doctors are optimistic and so am I. I’ll be back on a stage before you "
                "know it,",
                "Elliot Vance",
                False,
                "P1",
            ),
            ("more than ready.", "Elliot Vance", True, "P2"),
            (
                "Caleb has been carrying half of this show for a year anyway,",
                "Elliot Vance",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Elliot Vance", "Threads"), ("P2", "Elliot Vance", "Morning Edition")],
        "people": ["Elliot Vance", "Caleb Moretti"],
    },
    {
        "name": "guard-wnba-draft-players-tribune-essay",
        "text": (
            "Villanova guard Aaliyah Brooks will enter the WNBA draft, she announced Friday in "
            "a first-person essay for The Players’ Tribune.\n\n"
            "“I came to Villanova as a scared 17-year-old from Hartford. I didn’t know if I "
            "belonged.\n\n"
            "“I’m leaving as a woman who knows exactly who she is,” Brooks wrote.\n\n"
            "Coach Diane Kowalski said at a news conference that Brooks was “the most coachable "
            "star I’ve ever had.” “She never once asked why,” Kowalski said. “She just asked "
            "what’s next.”"
        ),
        "quotes": [
            (
                "I came to Villanova as a scared 17-year-old from Hartford. I didn’t know if I "
                "belonged.",
                "Aaliyah Brooks",
                False,
                "P1",
            ),
            ("I’m leaving as a woman who knows exactly who she is,", "Aaliyah Brooks", False, "P1"),
            ("the most coachable star I’ve ever had.", "Diane Kowalski", True, None),
            ("She never once asked why,", "Diane Kowalski", False, None),
            ("She just asked what’s next.", "Diane Kowalski", False, None),
        ],
        "posts": [("P1", "Aaliyah Brooks", "The Players’ Tribune")],
        "people": ["Aaliyah Brooks", "Diane Kowalski"],
    },
    {
        "name": "chef-answers-critic-instagram-comment",
        "text": (
            "The chef behind one of Portland’s most talked-about new restaurants is firing back "
            "at a critic who gave it a single star.\n\n"
            "In her review for The Oregonian, critic Lauren Pierce called the tasting menu at "
            "Fennel & Ash “a $190 lecture on restraint that nobody asked for.”\n\n"
            "Chef-owner Mateo Rinaldi responded in an Instagram post on Wednesday. “Come back "
            "when you’re hungry,” he wrote. The restaurateur Gia Castellano, a friend of the "
            "chef, commented beneath it: “Best meal I had this year, full stop.”\n\n"
            "Pierce said Thursday that she stood by the review. “I paid for my meal like "
            "everyone else,” she said."
        ),
        "quotes": [
            ("a $190 lecture on restraint that nobody asked for.", "Lauren Pierce", True, "P1"),
            ("Come back when you’re hungry,", "Mateo Rinaldi", False, "P2"),
            ("Best meal I had this year, full stop.", "Gia Castellano", False, "P2"),
            ("I paid for my meal like everyone else,", "Lauren Pierce", False, None),
        ],
        "posts": [("P1", "Lauren Pierce", "The Oregonian"), ("P2", "Mateo Rinaldi", "Instagram")],
        "people": ["Lauren Pierce", "Mateo Rinaldi", "Gia Castellano"],
    },
    {
        "name": "rideshare-ceo-senate-hearing-linkedin",
        "text": (
            "The chief executive of the rideshare startup Hopline told a state Senate committee "
            "on Tuesday that the company would stop charging drivers a fee to cash out their "
            "earnings.\n\n"
            '"Drivers should not pay to get their own money," Ravi Sethuraman said at the '
            'hearing in Sacramento. "That was a mistake."\n\n'
            "State Sen. Gloria Mendez, who chairs the committee, said she was "
            '"glad to hear it, four years late."\n\n'
            "In a LinkedIn post after the hearing, Sethuraman said the change would take effect "
            'June 1. "We listened. Now we deliver," he wrote.'
        ),
        "quotes": [
            ("Drivers should not pay to get their own money,", "Ravi Sethuraman", False, None),
            ("That was a mistake.", "Ravi Sethuraman", False, None),
            ("glad to hear it, four years late.", "Gloria Mendez", True, None),
            ("We listened. Now we deliver,", "Ravi Sethuraman", False, "P1"),
        ],
        "posts": [("P1", "Ravi Sethuraman", "LinkedIn")],
        "people": ["Ravi Sethuraman", "Gloria Mendez"],
    },
    {
        "name": "judge-blocks-age-verification-law",
        "text": (
            "A federal judge on Friday blocked a Tennessee law that would have required social "
            "media companies to verify the age of every user, ruling that it likely violates "
            "the First Amendment.\n\n"
            "In a 41-page opinion, U.S. District Judge Harold Pryce wrote that the law “burdens "
            "far more speech than is necessary” to protect children. “The state may not lock the "
            "doors of the public square to adults in order to keep minors out,” he wrote.\n\n"
            "Tennessee Attorney General Lisa Cartwright said on X that her office would appeal. "
            "“We will not stop fighting for Tennessee kids,” she wrote.\n\n"
            "The Digital Commerce Alliance, the trade group that brought the suit, called the "
            "ruling “a clear win for free expression” in a press release."
        ),
        "quotes": [
            ("burdens far more speech than is necessary", "Harold Pryce", True, "P1"),
            (
                "The state may not lock the doors of the public square to adults in order to "
                "keep minors out,",
                "Harold Pryce",
                False,
                "P1",
            ),
            ("We will not stop fighting for Tennessee kids,", "Lisa Cartwright", False, "P2"),
            ("a clear win for free expression", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Harold Pryce", None),
            ("P2", "Lisa Cartwright", "X"),
            ("P3", None, "press release"),
        ],
        "people": ["Harold Pryce", "Lisa Cartwright"],
    },
]
