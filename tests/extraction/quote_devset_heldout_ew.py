"""The one-hundred-and-forty-seventh self-made dev set, held out (EW): its first run is an unseen estimate.

Written with set EV, without reading the extraction rules, and committed before
any rule was run on it. Topic area: business, technology companies, markets and labour.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post. In the
  Kestrel story the judge's ruling is first reported in the opening sentence
  ("refused to dismiss their antitrust case"), so it is P2, before Kestrel's
  court filing (P3) quoted later.
- A post reported without any quoted words (an interview with Radio-Canada or
  the Associated Press, a court filing, a Federal Trade Commission press release
  only mentioned, a consultancy's report) is still listed in posts.
- A second post by the same person ("added a second post", "a follow-up post on
  Medium", "a second newsletter post") is a new post on the same platform.
- Words spoken in a TikTok or YouTube video ("he says in the clip", "she says at
  the end") belong to that video post and are whole quotes, not partial.
- A comment under a LinkedIn post or TikTok video and a reply under an X or
  Bluesky post belong to that post; an unnamed Reddit user's reply beneath an
  answer in a named person's "ask me anything" thread belongs to that Reddit
  post and speaks as None.
- A statement made by a named person ("his co-founder, Lise Marrow, said in a
  statement") is her post with no platform; "Zipcart said in a statement" and
  "Talbridge said in a statement" have author None.
- A chief executive's letter to depositors, a chief executive's email to all
  staff and an activist investor's letter to a board that "her fund made
  public" are that person's posts with no platform; words attributed to "the
  letter" speak as its author.
- An open letter signed by more than 400 engineers has author None and no
  platform, and its words speak as None.
- A developers' coalition's lawsuit and a company's court filing have author
  None and no platform; a sworn declaration to a court by a named officer is
  her post with no platform; a company that "collapsed into bankruptcy" has
  made no post.
- A consultancy's report is a post with author None and no platform; an
  economist who led the research, quoted with "said" and not said to be quoted
  in the report, speaks to this paper and is not tied to the report.
- Show and outlet names are taken as written without the broadcaster: CNBC's
  "Squawk Box" is Squawk Box, BBC Radio 4's Today programme is Today, BBC Two's
  Newsnight is Newsnight; "told CNN" is CNN, "told the Associated Press" is
  Associated Press, "Speaking to Radio-Canada" is Radio-Canada, an interview on
  Bloomberg Television is Bloomberg Television, the podcast Build Mode is Build
  Mode, an op-ed in the Calder City Ledger is Calder City Ledger; a post on
  Weibo is Weibo, a Substack newsletter is Substack, a post in a private
  Facebook group is Facebook.
- Titles of a podcast episode, a TV show, a video game, a newsletter, a report,
  a documentary, a book and a song, and a product name (the "Origami"), in
  marks, are not quotes; "ask me anything" and "robots-as-a-service" in marks
  are terms, not quotes; "the Undertaker" is a nickname, not a quote.
- A sentence split by attribution ("Some of them," he added, "shouldn't come
  back at all.") gives two whole quotes, not partial, with the same speaker.
- Two fragments in one sentence after "wrote on LinkedIn that" are two partial
  quotes of that LinkedIn post.
- A quote running over two paragraphs, whose first paragraph has no closing
  mark, is one quote per paragraph: the first runs from the opening mark to the
  end of its paragraph.
- "Told the audience in his keynote" at a developer conference, "at a
  legislative hearing", "said at a meeting of employees", "at the company's
  annual meeting" and "speaking on the picket line" are not posts.
- An unnamed spokeswoman's words with no statement named, and an unnamed former
  employee's words, speak as None with no post; a lawyer's words about her
  client speak as the lawyer.
- A union's post on X has author None and its words speak as None.
- A scare quote in single marks inside a quote ('review hour') is part of the
  quote's text.
- Speakers given by description ("the 52-year-old chief executive", "the
  minister", "the 41-year-old", "the economist") resolve to the person named.
- Name order as written is kept for Chinese names (Wen Haoran, later "Wen");
  hyphenated surnames are part of the canonical name; "Ms." and "Judge" are not.
- people lists everyone named, including people who are not quoted (Pieter
  Oosterhuis, Fiona Gallacher).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EW: list[dict] = [
    {
        "name": "x-chipmaker-layoffs-union-reply-second-post",
        "text": (
            "Halvard Semiconductor will cut 1,200 jobs at its plant in Greystone, Ohio, its chief "
            "executive, Renata Okafor-Lind, said on X on Thursday. “None of this reflects on the "
            "people leaving. It reflects on decisions I made two years ago,” she wrote.\n\n"
            "Kevin Arbuckle, president of the local machinists’ union, replied under her post: "
            "“Then the people who made the decisions should pay for them, not the line.”\n\n"
            "Hours later Okafor-Lind added a second post, saying severance would be “at least six "
            "months for everyone.” The plant, which makes power chips for electric cars, has lost "
            "two of its largest customers since the spring.\n\n"
            "At a news conference in Greystone on Friday, the 52-year-old chief executive declined "
            "to say whether more cuts were coming. “I’m not going to speculate about next year,” "
            "she said."
        ),
        "quotes": [
            (
                "None of this reflects on the people leaving. It reflects on decisions I made two "
                "years ago,",
                "Renata Okafor-Lind",
                False,
                "P1",
            ),
            (
                "Then the people who made the decisions should pay for them, not the line.",
                "Kevin Arbuckle",
                False,
                "P1",
            ),
            ("at least six months for everyone.", "Renata Okafor-Lind", True, "P2"),
            ("I’m not going to speculate about next year,", "Renata Okafor-Lind", False, None),
        ],
        "posts": [
            ("P1", "Renata Okafor-Lind", "X"),
            ("P2", "Renata Okafor-Lind", "X"),
        ],
        "people": ["Renata Okafor-Lind", "Kevin Arbuckle"],
    },
    {
        "name": "linkedin-telehealth-shutdown-investor-comment-podcast-episode-title",
        "text": (
            "Priya Raghunathan shut down Lattice Health, the telehealth start-up she founded in "
            "2019, on Monday, telling employees and investors in a LinkedIn post that the company "
            "had run out of runway. “We built something patients loved and could not find a way "
            "to make it pay,” she wrote.\n\n"
            "Under the post, one of Lattice’s first investors, Oren Feldblum, commented: “The best "
            "founder I’ve backed. She will be back.”\n\n"
            "Raghunathan spoke at greater length on the podcast Build Mode, in an episode titled "
            "“What Went Wrong.” Asked whether she would raise money again, she laughed. “Ask me in "
            "a year,” she said. “Right now I want to sleep.”\n\n"
            "Lattice’s 64 staff will receive eight weeks’ pay, according to a company statement, "
            "which called the closure “an orderly wind-down.”"
        ),
        "quotes": [
            (
                "We built something patients loved and could not find a way to make it pay,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("The best founder I’ve backed. She will be back.", "Oren Feldblum", False, "P1"),
            ("Ask me in a year,", "Priya Raghunathan", False, "P2"),
            ("Right now I want to sleep.", "Priya Raghunathan", False, "P2"),
            ("an orderly wind-down.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
            ("P2", "Priya Raghunathan", "Build Mode"),
            ("P3", None, None),
        ],
        "people": ["Priya Raghunathan", "Oren Feldblum"],
    },
    {
        "name": "earnings-release-call-scare-term-analyst-note",
        "text": (
            "Corvane Systems, the Austin-based maker of warehouse robots, reported a 9 percent "
            "drop in quarterly revenue on Wednesday and cut its forecast for the year.\n\n"
            "“Customers are pausing orders, not cancelling them,” the chief executive, Malcolm "
            "Tiernan, said in the company’s earnings release. “We expect demand to return in the "
            "second half.”\n\n"
            "On a call with analysts, Tiernan was pressed on what the company calls its "
            "“robots-as-a-service” business, which rents machines to customers by the hour. He "
            "said that unit was growing but would not give figures. “We’ll break it out when it’s "
            "material,” he said.\n\n"
            "Not everyone was persuaded. In a note to clients, Dana Whitcombe, an analyst at "
            "Harrow & Finch, wrote that the pause “looks a lot like a cancellation with better "
            "manners.” Corvane’s shares fell 14 percent in after-hours trading."
        ),
        "quotes": [
            ("Customers are pausing orders, not cancelling them,", "Malcolm Tiernan", False, "P1"),
            ("We expect demand to return in the second half.", "Malcolm Tiernan", False, "P1"),
            ("We’ll break it out when it’s material,", "Malcolm Tiernan", False, None),
            (
                "looks a lot like a cancellation with better manners.",
                "Dana Whitcombe",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Dana Whitcombe", None),
        ],
        "people": ["Malcolm Tiernan", "Dana Whitcombe"],
    },
    {
        "name": "instagram-caption-sneaker-factory-wsj-song-title-cofounder-statement",
        "text": (
            "The sneaker label Fenwick & Rowe is leaving the Los Angeles factory where it has made "
            "shoes since 2008, its co-founder Jomo Achterberg said on Sunday. He posted a photo of "
            "the empty loading dock on Instagram with the caption “Sixteen years. Thank you, "
            "Vernon Avenue.”\n\n"
            "In an interview with The Wall Street Journal, Achterberg, 47, said tariffs and rent "
            "had made the move unavoidable. “We held on longer than the spreadsheet said we "
            "should,” he told the paper. Production will shift to a plant in Guadalajara.\n\n"
            "The brand’s latest campaign, set to the song “Keep Walking,” had run for only two "
            "weeks.\n\n"
            "His co-founder, Lise Marrow, said in a statement that the company would pay for "
            "retraining for any of the factory’s 90 workers who wanted it. “They made this brand,” "
            "she said."
        ),
        "quotes": [
            ("Sixteen years. Thank you, Vernon Avenue.", "Jomo Achterberg", False, "P1"),
            (
                "We held on longer than the spreadsheet said we should,",
                "Jomo Achterberg",
                False,
                "P2",
            ),
            ("They made this brand,", "Lise Marrow", False, "P3"),
        ],
        "posts": [
            ("P1", "Jomo Achterberg", "Instagram"),
            ("P2", "Jomo Achterberg", "The Wall Street Journal"),
            ("P3", "Lise Marrow", None),
        ],
        "people": ["Jomo Achterberg", "Lise Marrow"],
    },
    {
        "name": "open-letter-engineers-ceo-email-two-paragraphs-staff-meeting",
        "text": (
            "More than 400 engineers at the cloud software company Tessaract signed an open letter "
            "on Monday objecting to a contract with the border agency of a foreign government. The "
            "letter called the deal “a line we said we would never cross.”\n\n"
            "The chief executive, Ilya Brandvold, replied in an email to all staff that evening, a "
            "copy of which was seen by this newspaper.\n\n"
            "“I respect the people who signed this letter, and I have read every word of it. I do "
            "not agree with it.\n\n"
            "“We will not build surveillance tools. We will host software that a government "
            "already runs, as we do for hospitals and schools in 30 countries,” he wrote.\n\n"
            "One of the letter’s organisers, Farah Quddus, said at a meeting of employees on "
            "Tuesday that the distinction was “a fig leaf.” Brandvold did not attend."
        ),
        "quotes": [
            ("a line we said we would never cross.", None, True, "P1"),
            (
                "I respect the people who signed this letter, and I have read every word of it. "
                "I do not agree with it.",
                "Ilya Brandvold",
                False,
                "P2",
            ),
            (
                "We will not build surveillance tools. We will host software that a government "
                "already runs, as we do for hospitals and schools in 30 countries,",
                "Ilya Brandvold",
                False,
                "P2",
            ),
            ("a fig leaf.", "Farah Quddus", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ilya Brandvold", None),
        ],
        "people": ["Ilya Brandvold", "Farah Quddus"],
    },
    {
        "name": "tiktok-delivery-driver-pay-comment-company-statement-hearing",
        "text": (
            "A video posted to TikTok by a delivery driver in Phoenix, Marcus Delacroix-Hale, "
            "showing his weekly pay from the app Zipcart falling to $212 after a change to its "
            "bonus scheme, had been viewed more than three million times by Friday.\n\n"
            "“Sixty hours. Two hundred and twelve dollars. Do the math,” he says in the clip.\n\n"
            "Among thousands of comments under the video, one from another driver, Yolanda "
            "Spurlock, read: “Same here in Tucson. They changed it without telling anyone.”\n\n"
            "Zipcart said in a statement that most drivers earned more under the new scheme and "
            "that it was “reviewing individual cases.”\n\n"
            "At a legislative hearing on Thursday, Arizona’s labor commissioner, Beatriz Coronado, "
            "said the company had been “less than forthcoming” with her office and that she would "
            "ask for its pay data."
        ),
        "quotes": [
            (
                "Sixty hours. Two hundred and twelve dollars. Do the math,",
                "Marcus Delacroix-Hale",
                False,
                "P1",
            ),
            (
                "Same here in Tucson. They changed it without telling anyone.",
                "Yolanda Spurlock",
                False,
                "P1",
            ),
            ("reviewing individual cases.", None, True, "P2"),
            ("less than forthcoming", "Beatriz Coronado", True, None),
        ],
        "posts": [
            ("P1", "Marcus Delacroix-Hale", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Marcus Delacroix-Hale", "Yolanda Spurlock", "Beatriz Coronado"],
    },
    {
        "name": "squawk-box-bank-takeover-nickname-speech-letter-to-depositors",
        "text": (
            "The chairman of Meridian Trust, Augustin Pellerin, said on Tuesday that the bank’s "
            "proposed takeover of the smaller Holloway Savings would close by the end of the year "
            "despite objections from regulators.\n\n"
            "“We have answered every question they have asked, and we will answer the next ones,” "
            "Pellerin said in an interview on CNBC’s “Squawk Box.”\n\n"
            "Pellerin, known on trading floors as “the Undertaker” for the string of failing "
            "lenders he has bought, struck a softer tone in a speech to the Chicago Bankers’ Club "
            "that evening. “Holloway is not a rescue. It is a good bank that wants a bigger balance "
            "sheet,” the 63-year-old said.\n\n"
            "Holloway’s chief executive, Naomi Strand, has said little in public. In a brief letter "
            "to depositors last week she promised that “nothing changes for your accounts.”"
        ),
        "quotes": [
            (
                "We have answered every question they have asked, and we will answer the next ones,",
                "Augustin Pellerin",
                False,
                "P1",
            ),
            (
                "Holloway is not a rescue. It is a good bank that wants a bigger balance sheet,",
                "Augustin Pellerin",
                False,
                None,
            ),
            ("nothing changes for your accounts.", "Naomi Strand", True, "P2"),
        ],
        "posts": [
            ("P1", "Augustin Pellerin", "Squawk Box"),
            ("P2", "Naomi Strand", None),
        ],
        "people": ["Augustin Pellerin", "Naomi Strand"],
    },
    {
        "name": "game-studio-union-x-post-reddit-ama-reply-radio-canada",
        "text": (
            "Workers at Blackfern Games, the Montreal studio behind the hit “Hollow Tide,” voted "
            "212 to 41 on Wednesday to join the Game Workers Alliance. The union posted on X "
            "shortly after the count: “We did it. Crunch is not a culture, it’s a choice.”\n\n"
            "The studio’s head, Élodie Marchetti, had held an “ask me anything” thread on Reddit "
            "the week before the vote. “I won’t pretend I wanted this outcome, but I will bargain "
            "in good faith,” she wrote in one answer.\n\n"
            "One user replied beneath it: “Good faith would have been not hiring the anti-union "
            "consultants.” Marchetti did not respond.\n\n"
            "Speaking to Radio-Canada on Thursday, she said the studio’s next game was still on "
            "schedule for release in the autumn."
        ),
        "quotes": [
            ("We did it. Crunch is not a culture, it’s a choice.", None, False, "P1"),
            (
                "I won’t pretend I wanted this outcome, but I will bargain in good faith,",
                "Élodie Marchetti",
                False,
                "P2",
            ),
            (
                "Good faith would have been not hiring the anti-union consultants.",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Élodie Marchetti", "Reddit"),
            ("P3", "Élodie Marchetti", "Radio-Canada"),
        ],
        "people": ["Élodie Marchetti"],
    },
    {
        "name": "oil-minister-briefing-bloomberg-tv-trader-linkedin-fragments",
        "text": (
            "Oil prices rose 4 percent on Monday after Norvalia’s energy minister, Astrid "
            "Kjellberg-Sand, said the country would cut output from its North Sea fields by a "
            "fifth.\n\n"
            "“We are not trying to move the market. We are trying to make our reserves last,” the "
            "minister said at a briefing in Bergholm.\n\n"
            "Traders were unconvinced. “That’s a supply cut with a conservation label on it,” said "
            "Raúl Iturbe, head of commodities at the brokerage Castellan Partners, in an interview "
            "on Bloomberg Television.\n\n"
            "Kjellberg-Sand later wrote on LinkedIn that the decision had been “months in the "
            "making” and was “not a reaction to anyone’s prices.” A spokesman for the ministry said "
            "the cuts would begin in April."
        ),
        "quotes": [
            (
                "We are not trying to move the market. We are trying to make our reserves last,",
                "Astrid Kjellberg-Sand",
                False,
                None,
            ),
            (
                "That’s a supply cut with a conservation label on it,",
                "Raúl Iturbe",
                False,
                "P1",
            ),
            ("months in the making", "Astrid Kjellberg-Sand", True, "P2"),
            ("not a reaction to anyone’s prices.", "Astrid Kjellberg-Sand", True, "P2"),
        ],
        "posts": [
            ("P1", "Raúl Iturbe", "Bloomberg Television"),
            ("P2", "Astrid Kjellberg-Sand", "LinkedIn"),
        ],
        "people": ["Astrid Kjellberg-Sand", "Raúl Iturbe"],
    },
    {
        "name": "medium-essay-whistleblower-company-statement-book-title-follow-up",
        "text": (
            "A former senior engineer at the payments company Quillpay has accused its leadership "
            "of shipping a fraud-detection system they knew was flawed. In an essay on Medium "
            "published on Saturday, Tobias Wren-Adeyemi wrote that he had raised the problem “at "
            "least six times, in writing.”\n\n"
            "“I was told the model was good enough for launch and that we would fix it in the next "
            "quarter. We never did,” he wrote.\n\n"
            "Quillpay said in a statement that Wren-Adeyemi’s claims were “without merit” and that "
            "he had left the company in 2023 “on his own terms.”\n\n"
            "Wren-Adeyemi, 38, is the author of a book on software safety, “Fail Loudly,” "
            "published last year. In a follow-up post on Medium on Monday, he said he had shared "
            "his documents with regulators. “They can decide who is right,” he wrote."
        ),
        "quotes": [
            ("at least six times, in writing.", "Tobias Wren-Adeyemi", True, "P1"),
            (
                "I was told the model was good enough for launch and that we would fix it in the "
                "next quarter. We never did,",
                "Tobias Wren-Adeyemi",
                False,
                "P1",
            ),
            ("without merit", None, True, "P2"),
            ("on his own terms.", None, True, "P2"),
            ("They can decide who is right,", "Tobias Wren-Adeyemi", False, "P3"),
        ],
        "posts": [
            ("P1", "Tobias Wren-Adeyemi", "Medium"),
            ("P2", None, None),
            ("P3", "Tobias Wren-Adeyemi", "Medium"),
        ],
        "people": ["Tobias Wren-Adeyemi"],
    },
    {
        "name": "car-plant-strike-picket-line-today-programme-press-release",
        "text": (
            "Around 3,000 workers at the Albright Motors plant in Sunderby walked out on Monday in "
            "the first strike at the factory in 27 years.\n\n"
            "“Nobody here wanted this. We have been offered less than inflation three years "
            "running,” said Gary Pinnock, 56, who has worked on the paint line since 1991, "
            "speaking on the picket line.\n\n"
            "The union’s regional secretary, Shona McTavish, told BBC Radio 4’s Today programme "
            "that talks could resume “tomorrow, if the company puts a real number on the table.”\n\n"
            "Albright said in a press release that its offer of 4.5 percent was “fair and final.” "
            "The company’s UK managing director, Henrik Falk, was quoted in the release as saying: "
            "“We remain open to dialogue.”\n\n"
            "Pinnock was unimpressed. “Open to dialogue but not to a pay rise,” he said."
        ),
        "quotes": [
            (
                "Nobody here wanted this. We have been offered less than inflation three years "
                "running,",
                "Gary Pinnock",
                False,
                None,
            ),
            (
                "tomorrow, if the company puts a real number on the table.",
                "Shona McTavish",
                True,
                "P1",
            ),
            ("fair and final.", None, True, "P2"),
            ("We remain open to dialogue.", "Henrik Falk", False, "P2"),
            ("Open to dialogue but not to a pay rise,", "Gary Pinnock", False, None),
        ],
        "posts": [
            ("P1", "Shona McTavish", "Today"),
            ("P2", None, "press release"),
        ],
        "people": ["Gary Pinnock", "Shona McTavish", "Henrik Falk"],
    },
    {
        "name": "phone-keynote-product-name-youtube-review-weibo-reply",
        "text": (
            "At its annual developer conference in San José on Tuesday, the phone maker Altura "
            "unveiled a folding handset it calls the “Origami,” priced at $1,499.\n\n"
            "“This is the phone we have been trying to build for a decade,” the company’s chief "
            "executive, Wen Haoran, told the audience in his keynote. “It folds, it doesn’t crease, "
            "and it lasts two days.”\n\n"
            "Within hours, the technology reviewer Kelsey Oduya posted a video on YouTube putting "
            "the hinge through 10,000 folds. “The crease is there. It’s faint, but it’s there,” she "
            "says at the end.\n\n"
            "Wen addressed the video on Wednesday in a post on Weibo, saying every folding screen "
            "had “a small amount of visible flex” and that Altura would publish its own durability "
            "figures."
        ),
        "quotes": [
            (
                "This is the phone we have been trying to build for a decade,",
                "Wen Haoran",
                False,
                None,
            ),
            ("It folds, it doesn’t crease, and it lasts two days.", "Wen Haoran", False, None),
            ("The crease is there. It’s faint, but it’s there,", "Kelsey Oduya", False, "P1"),
            ("a small amount of visible flex", "Wen Haoran", True, "P2"),
        ],
        "posts": [
            ("P1", "Kelsey Oduya", "YouTube"),
            ("P2", "Wen Haoran", "Weibo"),
        ],
        "people": ["Wen Haoran", "Kelsey Oduya"],
    },
    {
        "name": "app-store-antitrust-lawsuit-ruling-filing-told-reporters",
        "text": (
            "A coalition of app developers suing the app store operator Kestrel cleared its first "
            "hurdle on Friday, when a federal judge in San Francisco refused to dismiss their "
            "antitrust case.\n\n"
            "The developers’ suit accuses Kestrel of charging “a toll on every transaction that no "
            "competitor can undercut.” In its court filing, Kestrel had called the case “a "
            "complaint about prices dressed up as a complaint about competition.”\n\n"
            "Judge Miriam Osei-Bonsu was not persuaded. “The plaintiffs have plausibly alleged that "
            "Kestrel controls the only road to market,” she wrote in her ruling.\n\n"
            "Outside the courthouse, the coalition’s lawyer, Daniel Sotomayor-Reyes, told reporters "
            "the case would now move to discovery. “Now we get to see their emails,” he said."
        ),
        "quotes": [
            ("a toll on every transaction that no competitor can undercut.", None, True, "P1"),
            (
                "a complaint about prices dressed up as a complaint about competition.",
                None,
                True,
                "P3",
            ),
            (
                "The plaintiffs have plausibly alleged that Kestrel controls the only road to market,",
                "Miriam Osei-Bonsu",
                False,
                "P2",
            ),
            ("Now we get to see their emails,", "Daniel Sotomayor-Reyes", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Miriam Osei-Bonsu", None),
            ("P3", None, None),
        ],
        "people": ["Miriam Osei-Bonsu", "Daniel Sotomayor-Reyes"],
    },
    {
        "name": "substack-newsletter-ai-bubble-x-rebuttal-second-post-straight-quotes",
        "text": (
            'The venture investor Callum Ashdown-Price wrote in his Substack newsletter, "Dry '
            'Powder," on Thursday that the market for artificial-intelligence start-ups had become '
            '"a game of musical chairs with nine chairs and ninety players."\n\n'
            "\"Most of these companies are wrappers around someone else's model. When the model "
            'gets cheaper, their business disappears," he wrote.\n\n'
            "The post drew a sharp response from Ines Valbuena, a partner at the firm Lowmoor "
            'Capital, who wrote on X that Ashdown-Price had "made the same argument about cloud '
            'software in 2012."\n\n'
            'Ashdown-Price answered her in a second newsletter post on Saturday. "Ines is right '
            "that I was wrong in 2012. I don't think I'm wrong now,\" he wrote."
        ),
        "quotes": [
            (
                "a game of musical chairs with nine chairs and ninety players.",
                "Callum Ashdown-Price",
                True,
                "P1",
            ),
            (
                "Most of these companies are wrappers around someone else's model. When the model "
                "gets cheaper, their business disappears,",
                "Callum Ashdown-Price",
                False,
                "P1",
            ),
            (
                "made the same argument about cloud software in 2012.",
                "Ines Valbuena",
                True,
                "P2",
            ),
            (
                "Ines is right that I was wrong in 2012. I don't think I'm wrong now,",
                "Callum Ashdown-Price",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Callum Ashdown-Price", "Substack"),
            ("P2", "Ines Valbuena", "X"),
            ("P3", "Callum Ashdown-Price", "Substack"),
        ],
        "people": ["Callum Ashdown-Price", "Ines Valbuena"],
    },
    {
        "name": "discount-chain-bankruptcy-cnn-facebook-group-franchisee-ap",
        "text": (
            "The discount chain Penny Barrel filed for bankruptcy protection on Sunday, listing "
            "debts of $1.3 billion. Its 1,100 stores will stay open while it looks for a buyer, "
            "the company said in a court filing.\n\n"
            "The chain’s chief executive, Lorraine Castellanos, has been in the job for only seven "
            "months. “I came here to fix this company, and this is how we fix it,” the 41-year-old "
            "told CNN on Monday. “Nobody should read this as the end.”\n\n"
            "Franchise owners were less sure. Dwight Okonkwo, who runs four Penny Barrel stores in "
            "Georgia, wrote in a private Facebook group for franchisees that he had not been paid "
            "for returned inventory since January. “I’ve got suppliers calling my house,” his post "
            "said.\n\n"
            "He told the Associated Press that he was considering legal action."
        ),
        "quotes": [
            (
                "I came here to fix this company, and this is how we fix it,",
                "Lorraine Castellanos",
                False,
                "P2",
            ),
            ("Nobody should read this as the end.", "Lorraine Castellanos", False, "P2"),
            ("I’ve got suppliers calling my house,", "Dwight Okonkwo", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lorraine Castellanos", "CNN"),
            ("P3", "Dwight Okonkwo", "Facebook"),
            ("P4", "Dwight Okonkwo", "Associated Press"),
        ],
        "people": ["Lorraine Castellanos", "Dwight Okonkwo"],
    },
    {
        "name": "fake-reviews-ftc-settlement-spokeswoman-anonymous-employee-fortune",
        "text": (
            "Verdigris, the online mattress seller, agreed on Tuesday to pay $18 million to settle "
            "claims by the Federal Trade Commission that it had posted fake five-star reviews of "
            "its own products.\n\n"
            "The commission announced the settlement in a press release, which did not name any "
            "employees. A Verdigris spokeswoman said the company had “cooperated fully” and had "
            "“changed how reviews are collected.”\n\n"
            "One former employee, who asked not to be named because she had signed a "
            "non-disclosure agreement, said staff had been asked to write reviews on their lunch "
            "breaks. “We called it ‘review hour,’” she said. “Everyone knew.”\n\n"
            "The company’s founder, Ashok Venkataraman, who left Verdigris in 2022, said in an "
            "interview with Fortune that he had “never asked anyone to lie.”"
        ),
        "quotes": [
            ("cooperated fully", None, True, None),
            ("changed how reviews are collected.", None, True, None),
            ("We called it ‘review hour,’", None, False, None),
            ("Everyone knew.", None, False, None),
            ("never asked anyone to lie.", "Ashok Venkataraman", True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ashok Venkataraman", "Fortune"),
        ],
        "people": ["Ashok Venkataraman"],
    },
    {
        "name": "crypto-exchange-deleted-x-post-sworn-declaration-documentary-lawyer",
        "text": (
            "Two days before the crypto exchange Lumenex froze withdrawals, its founder, Stellan "
            "Voigt, posted on X that customer funds were “safe, segregated and audited.” The post "
            "has since been deleted.\n\n"
            "Lumenex collapsed into bankruptcy in Delaware on Wednesday, owing customers an "
            "estimated $640 million. Its new chief restructuring officer, Harriet Mbeki-Sorensen, "
            "said in a sworn declaration to the court that the exchange’s records were “the worst "
            "I have seen in 25 years.”\n\n"
            "“There was no segregation,” she wrote. “There was one wallet.”\n\n"
            "Voigt, 34, whose rise was the subject of the documentary “Block by Block” last year, "
            "has not commented since. His lawyer, Petra Lindahl, said on Thursday that her client "
            "was “cooperating with the authorities.”"
        ),
        "quotes": [
            ("safe, segregated and audited.", "Stellan Voigt", True, "P1"),
            ("the worst I have seen in 25 years.", "Harriet Mbeki-Sorensen", True, "P2"),
            ("There was no segregation,", "Harriet Mbeki-Sorensen", False, "P2"),
            ("There was one wallet.", "Harriet Mbeki-Sorensen", False, "P2"),
            ("cooperating with the authorities.", "Petra Lindahl", True, None),
        ],
        "posts": [
            ("P1", "Stellan Voigt", "X"),
            ("P2", "Harriet Mbeki-Sorensen", None),
        ],
        "people": ["Stellan Voigt", "Harriet Mbeki-Sorensen", "Petra Lindahl"],
    },
    {
        "name": "office-vacancy-report-title-split-quote-mayor-op-ed",
        "text": (
            "Office vacancies in downtown Calder City reached 31 percent in the third quarter, "
            "according to a report by the property consultancy Greaves Lamont titled “The Empty "
            "Tower.”\n\n"
            "“The buildings aren’t coming back as offices,” said Okwudili Banjoko, the economist "
            "who led the research. “Some of them,” he added, “shouldn’t come back at all. They "
            "should be flats.”\n\n"
            "The city’s mayor, Teresa Vantongeren, has promised to speed up conversions. In an "
            "op-ed in the Calder City Ledger last month, she wrote that the council would “cut "
            "permitting times in half.”\n\n"
            "Banjoko was sceptical. “Every mayor says that,” the economist said. “Show me the "
            "permits.”"
        ),
        "quotes": [
            ("The buildings aren’t coming back as offices,", "Okwudili Banjoko", False, None),
            ("Some of them,", "Okwudili Banjoko", False, None),
            ("shouldn’t come back at all. They should be flats.", "Okwudili Banjoko", False, None),
            ("cut permitting times in half.", "Teresa Vantongeren", True, "P2"),
            ("Every mayor says that,", "Okwudili Banjoko", False, None),
            ("Show me the permits.", "Okwudili Banjoko", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Teresa Vantongeren", "Calder City Ledger"),
        ],
        "people": ["Okwudili Banjoko", "Teresa Vantongeren"],
    },
    {
        "name": "bluesky-ai-support-layoffs-reply-newsnight-two-paragraphs",
        "text": (
            "The chief executive of the customer-service software firm Helpwise, Arjun "
            "Malhotra-Kerr, said on Bluesky on Monday that the company had replaced 300 of its 900 "
            "support staff with an AI system. “Response times are down 40 percent. Customers are "
            "happier. I’m not going to apologise for that,” he posted.\n\n"
            "A former Helpwise support lead, Bethany Roache, replied: “Customers are happier "
            "because the rest of us are working weekends.”\n\n"
            "Malhotra-Kerr defended the decision on BBC Two’s Newsnight the following evening.\n\n"
            "“Every one of those 300 people was offered a role elsewhere in the company or a year’s "
            "pay. Most took the money.\n\n"
            "“I understand the anger. But if we hadn’t done it, a competitor would have, and then "
            "all 900 jobs would be gone,” he said.\n\n"
            "The presenter, Fiona Gallacher, asked whether he would take a pay cut himself. He said "
            "he would not."
        ),
        "quotes": [
            (
                "Response times are down 40 percent. Customers are happier. I’m not going to "
                "apologise for that,",
                "Arjun Malhotra-Kerr",
                False,
                "P1",
            ),
            (
                "Customers are happier because the rest of us are working weekends.",
                "Bethany Roache",
                False,
                "P1",
            ),
            (
                "Every one of those 300 people was offered a role elsewhere in the company or a "
                "year’s pay. Most took the money.",
                "Arjun Malhotra-Kerr",
                False,
                "P2",
            ),
            (
                "I understand the anger. But if we hadn’t done it, a competitor would have, and "
                "then all 900 jobs would be gone,",
                "Arjun Malhotra-Kerr",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Arjun Malhotra-Kerr", "Bluesky"),
            ("P2", "Arjun Malhotra-Kerr", "Newsnight"),
        ],
        "people": ["Arjun Malhotra-Kerr", "Bethany Roache", "Fiona Gallacher"],
    },
    {
        "name": "activist-investor-letter-company-statement-annual-meeting-ft-op-ed",
        "text": (
            "The activist investor Rosalind Achebe-Frost, whose fund owns 6 percent of the drinks "
            "maker Talbridge, called on Monday for the company’s board to replace its chief "
            "executive, in a letter that her fund made public.\n\n"
            "“Talbridge has the best brands in the industry and the worst management of them,” she "
            "wrote. The letter described the chief executive, Pieter Oosterhuis, as “a caretaker "
            "who has mistaken caution for strategy.”\n\n"
            "Talbridge said in a statement that the board “unanimously supports” Oosterhuis. The "
            "58-year-old addressed the letter at the company’s annual meeting in Rotterdam on "
            "Thursday. “I have read Ms. Achebe-Frost’s letter. I have also read her last three,” he "
            "said, to laughter from shareholders.\n\n"
            "Achebe-Frost answered in an op-ed in the Financial Times on Friday: “Laughter is not a "
            "plan.”"
        ),
        "quotes": [
            (
                "Talbridge has the best brands in the industry and the worst management of them,",
                "Rosalind Achebe-Frost",
                False,
                "P1",
            ),
            (
                "a caretaker who has mistaken caution for strategy.",
                "Rosalind Achebe-Frost",
                True,
                "P1",
            ),
            ("unanimously supports", None, True, "P2"),
            (
                "I have read Ms. Achebe-Frost’s letter. I have also read her last three,",
                "Pieter Oosterhuis",
                False,
                None,
            ),
            ("Laughter is not a plan.", "Rosalind Achebe-Frost", False, "P3"),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Frost", None),
            ("P2", None, None),
            ("P3", "Rosalind Achebe-Frost", "Financial Times"),
        ],
        "people": ["Rosalind Achebe-Frost", "Pieter Oosterhuis"],
    },
]
