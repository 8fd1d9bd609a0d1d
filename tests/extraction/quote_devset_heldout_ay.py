"""The forty-fifth self-made dev set, held out (AY): its first run is an unseen estimate.

Written with set AX, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with
no platform, and an essay on a named platform or in a named newspaper has that
platform; a press release or news release is a post with platform "press
release"; a news conference, briefing, earnings call, rally, speech, hearing,
court hearing, town hall or "told reporters" is not a post; a comment under a
post belongs to it, a post "of his own" is a new one; a later fragment is
linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and a company's release, statement, email or
lawsuit has author None even when it quotes a named person, whose quotes link
to it; titles, nicknames and scare quotes in marks are not quotes; speakers and
authors are canonical full names; partial marks a fragment quoted inside
narration.

Decisions the conventions did not cover:
- A podcast episode with a named show is a post with the show as platform; a
  fragment earlier in the text is tied to it by "made the comments on the
  podcast".
- A reply to a tweet ("replied to her post") is a comment under that post.
- An unnamed Reddit user's words in a thread are a post with author None and
  platform Reddit; the unnamed user speaks as None.
- A statement "released by" a club or company that quotes its manager or
  employee has author None; the named person is the speaker.
- A lawsuit filed by a named person ("In the lawsuit, Farrow says") has that
  person as author and speaker.
- A company email quoted through a copy someone shared on Bluesky belongs to the
  email (author None), not to the Bluesky post; the sharer's own words belong to
  the Bluesky post.
- A magazine cover story with "told the magazine" is an interview with that
  outlet; a local TV station ("told WSB-TV") is an outlet as written.
- A post with no quoted words (a TikTok video, photos on Threads) is still a post.
- An Instagram caption quoted whole as a sentence is not partial.
- A full sentence split by its attribution is two quotes, neither partial.
- A nickname in marks inside a name is not a quote and not part of the
  canonical name.
- A journal study is not a post; scientists' remarks around it have post None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AY: list[dict] = [
    {
        "name": "singer-tiktok-apology-then-airport",
        "text": (
            "Pop singer Delia Marchetti apologized to fans on TikTok on Sunday after abruptly "
            "canceling a sold-out show in Lisbon an hour before doors opened.\n\n"
            "“I let you down and I know it,” the 27-year-old said in the video, which had been "
            "viewed more than four million times by Monday morning. “Every ticket will be "
            "honored.”\n\n"
            "Speaking to reporters at Heathrow Airport on Monday, Marchetti said she had been "
            "treated for vocal strain. “My doctor told me one more night would mean surgery,” "
            "she said."
        ),
        "quotes": [
            ("I let you down and I know it,", "Delia Marchetti", False, "P1"),
            ("Every ticket will be honored.", "Delia Marchetti", False, "P1"),
            (
                "My doctor told me one more night would mean surgery,",
                "Delia Marchetti",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Delia Marchetti", "TikTok")],
        "people": ["Delia Marchetti"],
    },
    {
        "name": "coach-postgame-fragment-straight-quotes",
        "text": (
            "Milwaukee coach Darnell Fitch did not hold back after his team's 118-96 loss to "
            'Boston on Wednesday night, calling the performance "embarrassing from the opening '
            'tip."\n\n'
            "\"We didn't compete. That's on me first, and then it's on everybody in that locker "
            'room," the 42-year-old coach told reporters.\n\n'
            "Guard Tyrese Conway, who scored 11 points on 4-of-17 shooting, agreed. \"He's "
            'right," Conway said. "We can\'t play like that in March."'
        ),
        "quotes": [
            ("embarrassing from the opening tip.", "Darnell Fitch", True, None),
            (
                "We didn't compete. That's on me first, and then it's on everybody in that "
                "locker room,",
                "Darnell Fitch",
                False,
                None,
            ),
            ("He's right,", "Tyrese Conway", False, None),
            ("We can't play like that in March.", "Tyrese Conway", False, None),
        ],
        "posts": [],
        "people": ["Darnell Fitch", "Tyrese Conway"],
    },
    {
        "name": "ceo-x-post-release-and-earnings-call",
        "text": (
            "Lumora Inc. chief executive Priya Nandakumar defended the company’s decision to lay "
            "off 1,200 workers in a post on X on Tuesday. “These are people I hired, and this is "
            "the hardest call I have made,” she wrote.\n\n"
            "The cuts were first announced in a news release that morning, in which the company "
            "said it would “refocus on our core cloud business.”\n\n"
            "On an earnings call with analysts later that day, Nandakumar said the company "
            "expected to return to growth by the end of the year. “We are leaner, and we are "
            "faster,” she said."
        ),
        "quotes": [
            (
                "These are people I hired, and this is the hardest call I have made,",
                "Priya Nandakumar",
                False,
                "P1",
            ),
            ("refocus on our core cloud business.", None, True, "P2"),
            ("We are leaner, and we are faster,", "Priya Nandakumar", False, None),
        ],
        "posts": [("P1", "Priya Nandakumar", "X"), ("P2", None, "press release")],
        "people": ["Priya Nandakumar"],
    },
    {
        "name": "youtuber-sunscreen-video-comment-reddit",
        "text": (
            "Beauty YouTuber Kenzie Albright posted a 40-minute video on Friday responding to "
            "accusations that her skincare line had mislabeled its sunscreen.\n\n"
            "“I trusted a lab, and the lab got it wrong,” Albright said in the video. “That is "
            "not an excuse. It is an explanation.”\n\n"
            "Fellow creator Jordan Pike left a comment under the video: “Respect for owning it.” "
            "On Reddit, where a thread about the controversy drew thousands of replies, one user "
            "wrote that the apology “came three weeks too late.”"
        ),
        "quotes": [
            ("I trusted a lab, and the lab got it wrong,", "Kenzie Albright", False, "P1"),
            (
                "That is not an excuse. It is an explanation.",
                "Kenzie Albright",
                False,
                "P1",
            ),
            ("Respect for owning it.", "Jordan Pike", False, "P1"),
            ("came three weeks too late.", None, True, "P2"),
        ],
        "posts": [("P1", "Kenzie Albright", "YouTube"), ("P2", None, "Reddit")],
        "people": ["Kenzie Albright", "Jordan Pike"],
    },
    {
        "name": "director-variety-star-statement",
        "text": (
            "Director Tomas Lindqvist said his new film, “The Salt Road,” nearly collapsed twice "
            "during production.\n\n"
            "“We lost our lead actor three days before shooting, and then we lost the money,” "
            "Lindqvist told Variety in an interview published Thursday. “I thought the film was "
            "dead.”\n\n"
            "The film premieres at the Toronto International Film Festival next month. Its star, "
            "Amara Goodwin, who replaced the original lead, called the shoot “the hardest and "
            "happiest four months of my career” in a statement."
        ),
        "quotes": [
            (
                "We lost our lead actor three days before shooting, and then we lost the money,",
                "Tomas Lindqvist",
                False,
                "P1",
            ),
            ("I thought the film was dead.", "Tomas Lindqvist", False, "P1"),
            (
                "the hardest and happiest four months of my career",
                "Amara Goodwin",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", "Tomas Lindqvist", "Variety"), ("P2", "Amara Goodwin", None)],
        "people": ["Tomas Lindqvist", "Amara Goodwin"],
    },
    {
        "name": "chef-closes-restaurant-instagram-free-press",
        "text": (
            "Chef Rosalind Achebe will close Marrow, her acclaimed Detroit restaurant, at the end "
            "of the month, she announced on Instagram on Wednesday.\n\n"
            "“Eleven years, two kitchens and one pandemic later, it’s time,” Achebe wrote, "
            "thanking her staff by name.\n\n"
            "In an interview with the Detroit Free Press, Achebe, 49, said rising rents had made "
            "the decision for her. “The numbers stopped working a long time ago,” she said. “I "
            "kept going on stubbornness.”"
        ),
        "quotes": [
            (
                "Eleven years, two kitchens and one pandemic later, it’s time,",
                "Rosalind Achebe",
                False,
                "P1",
            ),
            ("The numbers stopped working a long time ago,", "Rosalind Achebe", False, "P2"),
            ("I kept going on stubbornness.", "Rosalind Achebe", False, "P2"),
        ],
        "posts": [
            ("P1", "Rosalind Achebe", "Instagram"),
            ("P2", "Rosalind Achebe", "Detroit Free Press"),
        ],
        "people": ["Rosalind Achebe"],
    },
    {
        "name": "exoplanet-water-study-two-scientists",
        "text": (
            "Scientists have found the clearest sign yet of water vapor in the atmosphere of a "
            "rocky planet outside the solar system, according to a study published Wednesday in "
            "the journal Nature.\n\n"
            "“This is the first time we can say with real confidence that a small, rocky world "
            "has an atmosphere with water in it,” said Ingrid Solberg, an astronomer at the "
            "University of Oslo and the study’s lead author. “It changes where we look next.\n\n"
            "“For twenty years we assumed these planets were bare rock. They may not be.”\n\n"
            "Not everyone is convinced. Marcus Bell, a planetary scientist at Caltech who was not "
            "involved in the research, said the signal was “promising but thin.” “I would want "
            "to see a second set of observations before I popped any champagne,” he said."
        ),
        "quotes": [
            (
                "This is the first time we can say with real confidence that a small, rocky "
                "world has an atmosphere with water in it,",
                "Ingrid Solberg",
                False,
                None,
            ),
            ("It changes where we look next.", "Ingrid Solberg", False, None),
            (
                "For twenty years we assumed these planets were bare rock. They may not be.",
                "Ingrid Solberg",
                False,
                None,
            ),
            ("promising but thin.", "Marcus Bell", True, None),
            (
                "I would want to see a second set of observations before I popped any champagne,",
                "Marcus Bell",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Ingrid Solberg", "Marcus Bell"],
    },
    {
        "name": "senator-letter-then-hearing",
        "text": (
            "Sen. Harold Brennan, a Republican from Montana, demanded answers on Monday from the "
            "ticketing company Seatwise over its service fees. In a letter to the company’s "
            "chief executive, Brennan wrote that the fees “would embarrass a loan shark.”\n\n"
            "The letter asks the company to disclose how much of each fee goes to artists and "
            "venues. “Fans deserve to know who is taking their money and why,” Brennan wrote.\n\n"
            "At a Senate Commerce Committee hearing on Tuesday, the senator pressed the "
            "company’s president, Lila Okafor. “We are transparent about our pricing,” Okafor "
            "told the committee. Brennan cut her off: “Then tell me what the service fee pays "
            "for.”"
        ),
        "quotes": [
            ("would embarrass a loan shark.", "Harold Brennan", True, "P1"),
            (
                "Fans deserve to know who is taking their money and why,",
                "Harold Brennan",
                False,
                "P1",
            ),
            ("We are transparent about our pricing,", "Lila Okafor", False, None),
            ("Then tell me what the service fee pays for.", "Harold Brennan", False, None),
        ],
        "posts": [("P1", "Harold Brennan", None)],
        "people": ["Harold Brennan", "Lila Okafor"],
    },
    {
        "name": "striker-transfer-club-statement-instagram",
        "text": (
            "Forward Caio Menezes has left Ajax for Aston Villa in a deal worth a reported "
            "€45 million, the clubs confirmed Friday.\n\n"
            "“Caio is a player we have followed for a long time,” Aston Villa manager Stefan "
            "Kowalczyk said in a statement released by the club. “He has pace, he has "
            "intelligence and he is hungry.”\n\n"
            "Menezes, 23, said goodbye to Ajax fans on Instagram. “Amsterdam made me a man,” he "
            "wrote. “I will always be one of you.”"
        ),
        "quotes": [
            ("Caio is a player we have followed for a long time,", "Stefan Kowalczyk", False, "P1"),
            (
                "He has pace, he has intelligence and he is hungry.",
                "Stefan Kowalczyk",
                False,
                "P1",
            ),
            ("Amsterdam made me a man,", "Caio Menezes", False, "P2"),
            ("I will always be one of you.", "Caio Menezes", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Caio Menezes", "Instagram")],
        "people": ["Caio Menezes", "Stefan Kowalczyk"],
    },
    {
        "name": "actor-podcast-turned-down-role",
        "text": (
            "Actor Wendell Park said he turned down a role in a Marvel film because he “didn’t "
            "want to spend a year in front of a green screen.”\n\n"
            "Park, 38, made the comments on the podcast “The Long Take,” in an episode released "
            "Monday. “I love those movies. I just don’t think I’m built for them,” he said.\n\n"
            "His representative declined to comment."
        ),
        "quotes": [
            (
                "didn’t want to spend a year in front of a green screen.",
                "Wendell Park",
                True,
                "P1",
            ),
            (
                "I love those movies. I just don’t think I’m built for them,",
                "Wendell Park",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Wendell Park", "The Long Take")],
        "people": ["Wendell Park"],
    },
    {
        "name": "pool-town-hall-council-email-straight",
        "text": (
            "Residents packed a town hall in Eastbrook on Thursday night to oppose a plan to "
            "replace the town's public pool with a parking garage.\n\n"
            '"My kids learned to swim in that pool. So did I," said Janet Morrow, who has lived '
            "in Eastbrook for 40 years.\n\n"
            "Council member Victor Amsel, who backs the plan, did not attend. In an email to "
            'constituents earlier in the week, he called the pool "a money pit we can no longer '
            'afford" and promised a new splash pad in its place.'
        ),
        "quotes": [
            ("My kids learned to swim in that pool. So did I,", "Janet Morrow", False, None),
            ("a money pit we can no longer afford", "Victor Amsel", True, "P1"),
        ],
        "posts": [("P1", "Victor Amsel", None)],
        "people": ["Janet Morrow", "Victor Amsel"],
    },
    {
        "name": "series-canceled-creator-tweet-star-reply",
        "text": (
            "Netflix has canceled the fantasy series “Hollow Crown” after two seasons, its "
            "creator, Beth Sandoval, said on Twitter on Monday.\n\n"
            "“We fought hard for a third season and we lost. I’m heartbroken, but so grateful,” "
            "Sandoval tweeted.\n\n"
            "The show’s star, Idris Nwosu, replied to her post: “Best job I ever had. Thank you, "
            "Beth.” A Netflix spokesperson confirmed the cancellation but did not give a reason."
        ),
        "quotes": [
            (
                "We fought hard for a third season and we lost. I’m heartbroken, but so grateful,",
                "Beth Sandoval",
                False,
                "P1",
            ),
            ("Best job I ever had. Thank you, Beth.", "Idris Nwosu", False, "P1"),
        ],
        "posts": [("P1", "Beth Sandoval", "Twitter")],
        "people": ["Beth Sandoval", "Idris Nwosu"],
    },
    {
        "name": "meal-kit-shutdown-linkedin-medium",
        "text": (
            "The co-founder of the meal-kit startup Forkful, Ana Beltrán, announced on LinkedIn "
            "on Tuesday that the company would shut down after failing to raise new funding.\n\n"
            "“We ran out of runway. It’s that simple,” Beltrán wrote. “I am proud of what this "
            "team built.”\n\n"
            "Her co-founder, Sam Whitlock, offered a longer account in an essay on Medium, "
            "writing that the company had grown “too fast, on money that was too cheap.” “We "
            "mistook a pandemic for a permanent shift in how people eat,” he wrote."
        ),
        "quotes": [
            ("We ran out of runway. It’s that simple,", "Ana Beltrán", False, "P1"),
            ("I am proud of what this team built.", "Ana Beltrán", False, "P1"),
            ("too fast, on money that was too cheap.", "Sam Whitlock", True, "P2"),
            (
                "We mistook a pandemic for a permanent shift in how people eat,",
                "Sam Whitlock",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Ana Beltrán", "LinkedIn"), ("P2", "Sam Whitlock", "Medium")],
        "people": ["Ana Beltrán", "Sam Whitlock"],
    },
    {
        "name": "songwriter-sues-label-royalties",
        "text": (
            "Singer-songwriter Nadia Farrow sued her former record label, Blue Harbor Records, on "
            "Wednesday, claiming it withheld more than $2 million in royalties.\n\n"
            "In the lawsuit, filed in federal court in Nashville, Farrow says the label "
            "“systematically underreported streaming income for six years.”\n\n"
            "Blue Harbor said in a statement that the claims were “without merit” and that it "
            "would “defend itself vigorously.” Farrow’s lawyer, Derek Olsen, told reporters "
            "outside the courthouse: “Nadia wrote these songs. She deserves to be paid for "
            "them.”"
        ),
        "quotes": [
            (
                "systematically underreported streaming income for six years.",
                "Nadia Farrow",
                True,
                "P1",
            ),
            ("without merit", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            (
                "Nadia wrote these songs. She deserves to be paid for them.",
                "Derek Olsen",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Nadia Farrow", None), ("P2", None, None)],
        "people": ["Nadia Farrow", "Derek Olsen"],
    },
    {
        "name": "flight-attendant-lullaby-viral-tiktok",
        "text": (
            "A video of a flight attendant singing a lullaby to a crying toddler on a delayed "
            "Delta flight has been viewed more than 12 million times on TikTok.\n\n"
            "The passenger who posted it, Marisol Grant of Atlanta, said she filmed it because "
            "the cabin went silent. “Everyone was stressed, and then she just started singing,” "
            "Grant told WSB-TV. “You could feel the whole plane relax.”\n\n"
            "The flight attendant, Keisha Lamont, said in a statement released by Delta that "
            "she was “just doing what any mom would do.”"
        ),
        "quotes": [
            (
                "Everyone was stressed, and then she just started singing,",
                "Marisol Grant",
                False,
                "P2",
            ),
            ("You could feel the whole plane relax.", "Marisol Grant", False, "P2"),
            ("just doing what any mom would do.", "Keisha Lamont", True, "P3"),
        ],
        "posts": [
            ("P1", "Marisol Grant", "TikTok"),
            ("P2", "Marisol Grant", "WSB-TV"),
            ("P3", None, None),
        ],
        "people": ["Marisol Grant", "Keisha Lamont"],
    },
    {
        "name": "marathon-record-coach-instagram-caption",
        "text": (
            "Kenyan runner Grace Cherono broke the women’s marathon world record in Chicago on "
            "Sunday, finishing in 2 hours, 9 minutes and 12 seconds.\n\n"
            "“I didn’t look at the clock,” Cherono said after the race, “until the last "
            "kilometer. When I saw it, I just ran harder.”\n\n"
            "Her coach, Ezekiel Mutua, said the record was “the result of ten years of "
            "patience.” Later that evening, Cherono posted a photo of her medal on Instagram "
            "with the caption “This one is for my daughter.”"
        ),
        "quotes": [
            ("I didn’t look at the clock,", "Grace Cherono", False, None),
            (
                "until the last kilometer. When I saw it, I just ran harder.",
                "Grace Cherono",
                False,
                None,
            ),
            ("the result of ten years of patience.", "Ezekiel Mutua", True, None),
            ("This one is for my daughter.", "Grace Cherono", False, "P1"),
        ],
        "posts": [("P1", "Grace Cherono", "Instagram")],
        "people": ["Grace Cherono", "Ezekiel Mutua"],
    },
    {
        "name": "game-studio-layoff-email-bluesky-statement",
        "text": (
            "Hundreds of developers at the video game studio Ironleaf Games learned they had "
            "lost their jobs through an email sent at 6 a.m. on Friday, according to several "
            "former employees.\n\n"
            "“Your role has been eliminated, effective immediately,” the email read, according "
            "to a copy shared on Bluesky by former level designer Tariq Haddad. “I had been "
            "there nine years,” Haddad wrote in his post. “Nine years, and a form letter.”\n\n"
            "In a statement, Ironleaf said the cuts were “painful but necessary” to keep the "
            "studio alive. “No one here takes this lightly,” chief executive Corinne Blake said "
            "in the statement."
        ),
        "quotes": [
            ("Your role has been eliminated, effective immediately,", None, False, "P1"),
            ("I had been there nine years,", "Tariq Haddad", False, "P2"),
            ("Nine years, and a form letter.", "Tariq Haddad", False, "P2"),
            ("painful but necessary", None, True, "P3"),
            ("No one here takes this lightly,", "Corinne Blake", False, "P3"),
        ],
        "posts": [("P1", None, None), ("P2", "Tariq Haddad", "Bluesky"), ("P3", None, None)],
        "people": ["Tariq Haddad", "Corinne Blake"],
    },
    {
        "name": "food-truck-festival-permit-straight",
        "text": (
            "The owners of Pho Real, a Vietnamese food truck in Minneapolis, say they were "
            "turned away from the city's summer food festival after a dispute over a permit.\n\n"
            '"We filed everything on time. We have the receipts," co-owner Linh Tran said '
            "Tuesday. Her husband and business partner, Bao Tran, posted photos of the "
            "paperwork on Threads.\n\n"
            'A spokesperson for the festival, Carla Jensen, said organizers had "no record" of '
            'the application. "If there was a mistake on our end, we will fix it," Jensen said.'
        ),
        "quotes": [
            ("We filed everything on time. We have the receipts,", "Linh Tran", False, None),
            ("no record", "Carla Jensen", True, None),
            ("If there was a mistake on our end, we will fix it,", "Carla Jensen", False, None),
        ],
        "posts": [("P1", "Bao Tran", "Threads")],
        "people": ["Linh Tran", "Bao Tran", "Carla Jensen"],
    },
    {
        "name": "rapper-album-instagram-rolling-stone",
        "text": (
            "Rapper Jaylen “J-Vault” Morris announced his fourth album on Instagram on Thursday, "
            "writing that it was “the most honest thing I’ve ever made.”\n\n"
            "The post drew congratulations from fellow artists. Singer Aaliyah Brooks "
            "commented, “Been waiting on this one!!”\n\n"
            "In a cover story for Rolling Stone published the same day, Morris, 31, said the "
            "album deals with his father’s death. “I couldn’t write about anything else for a "
            "year,” he told the magazine. “So I stopped trying to.”"
        ),
        "quotes": [
            ("the most honest thing I’ve ever made.", "Jaylen Morris", True, "P1"),
            ("Been waiting on this one!!", "Aaliyah Brooks", False, "P1"),
            (
                "I couldn’t write about anything else for a year,",
                "Jaylen Morris",
                False,
                "P2",
            ),
            ("So I stopped trying to.", "Jaylen Morris", False, "P2"),
        ],
        "posts": [("P1", "Jaylen Morris", "Instagram"), ("P2", "Jaylen Morris", "Rolling Stone")],
        "people": ["Jaylen Morris", "Aaliyah Brooks"],
    },
    {
        "name": "zoo-panda-twins-release-and-keeper",
        "text": (
            "The National Zoo announced in a press release on Monday that its female giant panda "
            "had given birth to twins.\n\n"
            "“Both cubs are nursing well, and their mother is being very attentive,” chief "
            "veterinarian Olivia Hartman said in the release.\n\n"
            "Visitors will not be able to see the cubs until early next year. Keeper Daniel "
            "Ruiz, who has cared for the pandas for a decade, told reporters he had “cried like "
            "a baby” when he saw the footage. “We waited a long time for this,” he said."
        ),
        "quotes": [
            (
                "Both cubs are nursing well, and their mother is being very attentive,",
                "Olivia Hartman",
                False,
                "P1",
            ),
            ("cried like a baby", "Daniel Ruiz", True, None),
            ("We waited a long time for this,", "Daniel Ruiz", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Olivia Hartman", "Daniel Ruiz"],
    },
]
