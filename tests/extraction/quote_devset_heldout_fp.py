"""The one-hundred-and-sixty-sixth self-made dev set, held out (FP): its first run is an unseen estimate.

Written with set FQ, without reading the extraction rules, and committed before
any rule was run on it. Topic area: technology companies and platforms: product
launches, outages, layoffs, data breaches, founders. Same format and conventions
as the earlier self-made sets (not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show as written, without
quotation marks), and "told" a named newspaper is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay
with no named outlet is a post with no platform, and an essay or op-ed on a
named platform or in a named newspaper has that platform; a press release or
news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post (as in
  set BU); a post reported without any quoted words (a second Bluesky post only
  described, a chief executive's statement only summarised) is still listed.
- An update on a company's status page is a statement by the company: author
  None, platform None, and its words speak as None.
- A chief executive's email to staff "seen by The New York Times" stays the
  executive's post with no platform: the newspaper only saw it, nobody was
  interviewed. Likewise a memo from a named executive "obtained by The
  Information" is the executive's post with no platform.
- A single word in marks that the text discusses as a word (the cuts described
  internally as a “reset”, "a word that drew scorn") is a scare quote, not a
  quote; a word in marks reported as what a release said (demand remained
  “robust”) is a partial quote of that release.
- A thread title in marks (“Servers down again??”), a product or part name
  (the "Featherspine" hinge), a nickname (“the giggle cam”, “the Night
  Editor”) and a gang's name (“Black Lantern”) are not quotes.
- A post on a company's engineering blog is its author's post with no platform
  (the blog is not a named platform).
- "Said on the podcast Hard Fork" is an interview with a named show: platform
  Hard Fork. "On BBC Radio 5 Live" is likewise an interview, platform BBC Radio
  5 Live.
- A sentence quoted after the podcast quote, in a later paragraph introduced
  only by "said" with nothing tying it to the podcast, has post None.
- A fragment in the sentence right after a post's quote, in the same paragraph
  and about the same post ("But she called the battery life ...", "He said the
  listing could come ..."), belongs to that post.
- A fragment in a story's lead that summarises an accusation which the next
  paragraph places in a Substack essay belongs to that essay; a later fragment
  ("said the response was ...") with no tie has post None.
- Written testimony submitted to a Senate committee is the witness's post with
  no platform; what she said at the hearing is not a post.
- An announcement on Instagram and the photo shared "with the caption" in the
  next sentence are one Instagram post; a board's letter to shareholders is a
  post with author None and its words speak as None.
- An anonymous engineer who "told The Guardian" gives an interview: a post with
  author None and platform The Guardian, speaker None. A regulator that "said it
  was" doing something, with no statement named, speaks as None with post None.
- A quote that opens a paragraph without closing marks and continues in the
  next paragraph is two quotes (one per paragraph) with the same speaker and
  post; the first is the text from its opening mark to the paragraph's end.
- A statement a named executive is said to have made ("Gordon Falk said in a
  statement") is that executive's post with no platform.
- "Shared on his own LinkedIn page with a one-word note" is a new LinkedIn post
  by the sharer, and the note given whole is not partial.
- An open letter organised by one named developer but signed by more than 600
  is a post with author None; the organiser's own thread on X is hers, and a
  named developer's reply under it belongs to it.
- Korean names keep the order written: Park Ji-hoon (surname first, later
  "Park") and Hyun-woo Baek (given name first, later "Baek").
- A ransomware gang's Telegram post has author None and its words speak as None.
- An email to customers in the company's name has author None and speaks as
  None even though "the email was signed by" the named chief executive.
- A newsletter mentioned only as where someone recommended an app "for three
  years" is not a post.
- A company's own post on X has author None and its words speak as None.
- A single-marked phrase inside a quote (‘free forever’) is part of that quote.
- People lists name everyone named in the narration, speakers or not (Elena
  Marchetti-Reyes, Bridget Calloway, Mirela Dobrescu); a first name used only
  inside a quote ("Ingrid’s essay") adds no one.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FP: list[dict] = [
    {
        "name": "cloud-outage-x-apology-status-page",
        "text": (
            "Large parts of the internet went dark for nearly four hours on Thursday after a "
            "configuration change at Stratolink, the cloud provider behind thousands of shopping "
            "and banking apps, spread across its data centres in Virginia and Oregon.\n\n"
            "“We pushed a bad change and it took down far more than it should have. I’m sorry,” "
            "the company’s chief executive, Priya Raghunathan, wrote on X shortly before "
            "midnight. The post drew more than 40,000 replies, many from small merchants who "
            "said they had lost a day of sales.\n\n"
            "In an update on its status page, Stratolink said the change had “bypassed the "
            "safeguards that normally catch errors of this kind.”\n\n"
            "Raghunathan told reporters outside the company’s Seattle headquarters on Friday that "
            "no customer data had been lost. “This was a failure of process, not an attack,” she "
            "said. Asked whether anyone would be fired, she replied, “That is not how we fix "
            "this.”"
        ),
        "quotes": [
            (
                "We pushed a bad change and it took down far more than it should have. I’m sorry,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "bypassed the safeguards that normally catch errors of this kind.",
                None,
                True,
                "P2",
            ),
            ("This was a failure of process, not an attack,", "Priya Raghunathan", False, None),
            ("That is not how we fix this.", "Priya Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "X"),
            ("P2", None, None),
        ],
        "people": ["Priya Raghunathan"],
    },
    {
        "name": "layoffs-ceo-email-linkedin-comment",
        "text": (
            "Fernhill Software, the maker of the popular accounting app Ledgerly, is cutting "
            "1,200 jobs, about 18 percent of its workforce, its chief executive told employees in "
            "an email on Wednesday.\n\n"
            "“Today is the hardest day I have had in eleven years at this company,” Marcus "
            "Oyelaran wrote in the email, which was seen by The New York Times. “I made hiring "
            "decisions for a world that did not arrive.”\n\n"
            "The company described the cuts internally as a “reset,” a word that drew scorn from "
            "some of those affected. Jolene Whitcombe, a product designer who had been with "
            "Fernhill for six years, wrote on LinkedIn that she learned she had lost her job when "
            "her laptop logged her out mid-meeting. “Nine minutes of notice. That is what six "
            "years bought,” she wrote.\n\n"
            "Under her post, a former colleague, Arjun Mehta-Bose, commented: “You built half the "
            "features people actually like. Someone will be lucky to get you.”"
        ),
        "quotes": [
            (
                "Today is the hardest day I have had in eleven years at this company,",
                "Marcus Oyelaran",
                False,
                "P1",
            ),
            (
                "I made hiring decisions for a world that did not arrive.",
                "Marcus Oyelaran",
                False,
                "P1",
            ),
            (
                "Nine minutes of notice. That is what six years bought,",
                "Jolene Whitcombe",
                False,
                "P2",
            ),
            (
                "You built half the features people actually like. Someone will be lucky to get "
                "you.",
                "Arjun Mehta-Bose",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Marcus Oyelaran", None),
            ("P2", "Jolene Whitcombe", "LinkedIn"),
        ],
        "people": ["Marcus Oyelaran", "Jolene Whitcombe", "Arjun Mehta-Bose"],
    },
    {
        "name": "telehealth-breach-release-class-action-post",
        "text": (
            "Halvard Health, which runs a network of telehealth clinics, said on Monday that "
            "hackers had stolen the names, birth dates and prescription histories of about 3.4 "
            "million patients.\n\n"
            "In a news release, the company said it had “no evidence that the data has been "
            "misused,” and quoted its chief information security officer, Renata Szabó, as "
            "saying: “We have brought in outside investigators and we will notify every affected "
            "patient directly.”\n\n"
            "By Tuesday evening, a proposed class action had been filed in federal court in "
            "Minneapolis. The complaint accuses Halvard of storing the records “in a manner a "
            "first-year engineering student would recognise as reckless.”\n\n"
            "“They had years of warnings,” the lead lawyer for the plaintiffs, Desmond "
            "Achterberg, told The Washington Post. “This was not bad luck.”"
        ),
        "quotes": [
            ("no evidence that the data has been misused,", None, True, "P1"),
            (
                "We have brought in outside investigators and we will notify every affected "
                "patient directly.",
                "Renata Szabó",
                False,
                "P1",
            ),
            (
                "in a manner a first-year engineering student would recognise as reckless.",
                None,
                True,
                "P2",
            ),
            ("They had years of warnings,", "Desmond Achterberg", False, "P3"),
            ("This was not bad luck.", "Desmond Achterberg", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Desmond Achterberg", "The Washington Post"),
        ],
        "people": ["Renata Szabó", "Desmond Achterberg"],
    },
    {
        "name": "wearable-launch-podcast-nickname-wired-oped",
        "text": (
            "Ottoline Fairbrother spent four years and, by her own account, most of her savings "
            "building the Loop, a clip-on camera that records a few seconds of video whenever "
            "its wearer laughs. On Tuesday the device went on sale in the United States for "
            "$249.\n\n"
            "Early testers have already given it a nickname, “the giggle cam,” which Fairbrother "
            "says she has come to like. “I fought it for months. Now I have it on a T-shirt,” she "
            "said on the podcast Hard Fork, in an episode released the same day.\n\n"
            "Not everyone is charmed. The privacy advocate Lucas Brennan-Oduya wrote in an op-ed "
            "for Wired that a device that records other people without warning is “a "
            "surveillance product with a cute shell.”\n\n"
            "Fairbrother, 34, said the camera shows a red light while recording and deletes clips "
            "that are not saved within an hour. “If it creeps people out, we have failed,” she "
            "said."
        ),
        "quotes": [
            (
                "I fought it for months. Now I have it on a T-shirt,",
                "Ottoline Fairbrother",
                False,
                "P1",
            ),
            ("a surveillance product with a cute shell.", "Lucas Brennan-Oduya", True, "P2"),
            ("If it creeps people out, we have failed,", "Ottoline Fairbrother", False, None),
        ],
        "posts": [
            ("P1", "Ottoline Fairbrother", "Hard Fork"),
            ("P2", "Lucas Brennan-Oduya", "Wired"),
        ],
        "people": ["Ottoline Fairbrother", "Lucas Brennan-Oduya"],
    },
    {
        "name": "folding-phone-keynote-youtube-review-straight",
        "text": (
            "Arcadia Devices unveiled its first folding phone, the Arcadia Fold, at a keynote in "
            "San Jose on Wednesday, betting that a lighter hinge and a $1,399 price will win over "
            "buyers who have so far ignored the category.\n\n"
            '"We did not want to build a phone that you have to apologise for," chief executive '
            'Samuel Kwarteng-Hale told the audience. "This one you will just use."\n\n'
            'The company\'s marketing calls the hinge the "Featherspine," a name that prompted '
            "some laughter in the hall.\n\n"
            "Within hours, the technology reviewer Beatriz Olmedo had posted a 14-minute video on "
            'her YouTube channel, which has 3.2 million subscribers. "The crease is basically '
            'gone, and I did not expect to say that this year," she said in the video. But she '
            'called the battery life "a real step backwards."'
        ),
        "quotes": [
            (
                "We did not want to build a phone that you have to apologise for,",
                "Samuel Kwarteng-Hale",
                False,
                None,
            ),
            ("This one you will just use.", "Samuel Kwarteng-Hale", False, None),
            (
                "The crease is basically gone, and I did not expect to say that this year,",
                "Beatriz Olmedo",
                False,
                "P1",
            ),
            ("a real step backwards.", "Beatriz Olmedo", True, "P1"),
        ],
        "posts": [
            ("P1", "Beatriz Olmedo", "YouTube"),
        ],
        "people": ["Samuel Kwarteng-Hale", "Beatriz Olmedo"],
    },
    {
        "name": "tiktok-suspension-instagram-video-statement",
        "text": (
            "The TikTok creator Dariela Montoya, who has 2.1 million followers for her videos on "
            "budget home repairs, said on Sunday that her account had been suspended without "
            "explanation for the third time this year.\n\n"
            "“I teach people how to fix a leaking tap. Apparently that is dangerous now,” she "
            "said in a video posted to Instagram, where she still has an account.\n\n"
            "A TikTok spokesperson said in a statement that the account had been “mistakenly "
            "flagged by an automated system” and had since been restored. The company did not say "
            "what the system had flagged.\n\n"
            "Montoya was unconvinced. “Restored until the next time,” she wrote in a comment under "
            "her own video."
        ),
        "quotes": [
            (
                "I teach people how to fix a leaking tap. Apparently that is dangerous now,",
                "Dariela Montoya",
                False,
                "P1",
            ),
            ("mistakenly flagged by an automated system", None, True, "P2"),
            ("Restored until the next time,", "Dariela Montoya", False, "P1"),
        ],
        "posts": [
            ("P1", "Dariela Montoya", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Dariela Montoya"],
    },
    {
        "name": "game-outage-reddit-thread-engineering-blog",
        "text": (
            "For about six hours on Saturday, players of the online game Emberfall could not log "
            "in. The first sign of trouble came not from the studio but from a Reddit thread "
            "titled “Servers down again??” that had collected more than 9,000 comments by "
            "nightfall.\n\n"
            "“Paid for the season pass on Friday. Great timing,” the user who started the thread "
            "wrote.\n\n"
            "Some of the replies came from inside the studio. Hollis Achebe-Grant, a lead "
            "engineer at the developer, Quarrystone Games, wrote under the thread: “We see it, we "
            "are on it, and no, nobody’s account is lost.”\n\n"
            "On Monday Achebe-Grant published a detailed account of the failure on the studio’s "
            "engineering blog, tracing it to an expired security certificate. “An expired "
            "certificate is the most boring possible way to fail, and we failed that way anyway,” "
            "he wrote."
        ),
        "quotes": [
            ("Paid for the season pass on Friday. Great timing,", None, False, "P1"),
            (
                "We see it, we are on it, and no, nobody’s account is lost.",
                "Hollis Achebe-Grant",
                False,
                "P1",
            ),
            (
                "An expired certificate is the most boring possible way to fail, and we failed "
                "that way anyway,",
                "Hollis Achebe-Grant",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Hollis Achebe-Grant", None),
        ],
        "people": ["Hollis Achebe-Grant"],
    },
    {
        "name": "ride-hailing-substack-essay-bluesky-reply",
        "text": (
            "A former senior engineer at the ride-hailing company Zipway has accused its founder "
            "of building a culture in which “shipping on Friday night was a loyalty test.”\n\n"
            "In a 6,000-word essay on Substack published on Thursday, Ingrid Solheim-Akande "
            "described 90-hour weeks, a Slack channel for reporting colleagues who logged off "
            "early, and a founder who “treated sleep as a character flaw.”\n\n"
            "Zipway’s founder and chief executive, Teodor Vasquez-Lund, responded on Bluesky on "
            "Friday. “I have read Ingrid’s essay twice. Some of it is unfair, and some of it is "
            "true, and I owe people an account of the parts that are true,” he wrote. Hours later "
            "he added, in a second post, that he would hire an outside firm to review the "
            "company’s working practices.\n\n"
            "Solheim-Akande said the response was “a start, and only a start.”"
        ),
        "quotes": [
            (
                "shipping on Friday night was a loyalty test.",
                "Ingrid Solheim-Akande",
                True,
                "P1",
            ),
            ("treated sleep as a character flaw.", "Ingrid Solheim-Akande", True, "P1"),
            (
                "I have read Ingrid’s essay twice. Some of it is unfair, and some of it is true, "
                "and I owe people an account of the parts that are true,",
                "Teodor Vasquez-Lund",
                False,
                "P2",
            ),
            ("a start, and only a start.", "Ingrid Solheim-Akande", True, None),
        ],
        "posts": [
            ("P1", "Ingrid Solheim-Akande", "Substack"),
            ("P2", "Teodor Vasquez-Lund", "Bluesky"),
            ("P3", "Teodor Vasquez-Lund", "Bluesky"),
        ],
        "people": ["Ingrid Solheim-Akande", "Teodor Vasquez-Lund"],
    },
    {
        "name": "chipmaker-layoffs-earnings-call-analyst-note",
        "text": (
            "Corvane Systems, the chipmaker, said on Thursday that it would lay off about 4,000 "
            "workers and close a factory in Penang after its quarterly revenue fell 22 "
            "percent.\n\n"
            "In its earnings release, the company said demand for its data-centre chips remained "
            "“robust,” but that sales of chips for personal computers had “not recovered as "
            "quickly as we expected.”\n\n"
            "On a call with analysts, the chief financial officer, Hyun-woo Baek, said the cuts "
            "would save about $900 million a year. “We are sizing the company for the market we "
            "have, not the one we hoped for,” Baek said. The chief executive, Elena "
            "Marchetti-Reyes, did not speak on the call.\n\n"
            "In a note to clients, Tamsin Greaves, an analyst at Bernstein, called the plan "
            "“overdue but credible” and raised her price target on the stock."
        ),
        "quotes": [
            ("robust,", None, True, "P1"),
            ("not recovered as quickly as we expected.", None, True, "P1"),
            (
                "We are sizing the company for the market we have, not the one we hoped for,",
                "Hyun-woo Baek",
                False,
                None,
            ),
            ("overdue but credible", "Tamsin Greaves", True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tamsin Greaves", None),
        ],
        "people": ["Hyun-woo Baek", "Elena Marchetti-Reyes", "Tamsin Greaves"],
    },
    {
        "name": "messaging-app-senate-hearing-testimony-x-clip",
        "text": (
            "The chief executive of the messaging app Chatterbox, Noor Al-Hashimi, faced three "
            "hours of questions from senators on Tuesday about how the app protects "
            "teenagers.\n\n"
            "“We have built more safety tools in the last year than in the five years before it,” "
            "Al-Hashimi told the Senate Commerce Committee. Her written testimony, submitted the "
            "night before, went further, promising that “every account held by a user under 16 "
            "will be private by default by June.”\n\n"
            "Senator Walt Pemberton, a Republican from Kansas, was not persuaded. “Promises by "
            "June are what we got last June,” he said during the hearing.\n\n"
            "After the hearing, Pemberton posted a clip of the exchange on X with the words: "
            "“Parents deserve dates, not slogans.”"
        ),
        "quotes": [
            (
                "We have built more safety tools in the last year than in the five years before "
                "it,",
                "Noor Al-Hashimi",
                False,
                None,
            ),
            (
                "every account held by a user under 16 will be private by default by June.",
                "Noor Al-Hashimi",
                True,
                "P1",
            ),
            ("Promises by June are what we got last June,", "Walt Pemberton", False, None),
            ("Parents deserve dates, not slogans.", "Walt Pemberton", False, "P2"),
        ],
        "posts": [
            ("P1", "Noor Al-Hashimi", None),
            ("P2", "Walt Pemberton", "X"),
        ],
        "people": ["Noor Al-Hashimi", "Walt Pemberton"],
    },
    {
        "name": "meal-kit-founder-steps-down-instagram-cnbc",
        "text": (
            "Felix Amundsen, who co-founded the meal-kit delivery app Forkful in his university "
            "dorm room twelve years ago, is stepping down as chief executive, he announced on "
            "Instagram on Monday.\n\n"
            "He shared a photo of the company’s first delivery van with the caption: “Twelve "
            "years, one van, a lot of burnt rice. Time for someone new to drive.”\n\n"
            "His co-founder, Chiamaka Obi-Reinholt, will take over. In an interview with CNBC, "
            "she said the company would stay independent. “We are not for sale, and we are not "
            "looking,” she said.\n\n"
            "In a letter to shareholders, Forkful’s board said Amundsen would remain chairman and "
            "called his tenure “extraordinary by any measure.”"
        ),
        "quotes": [
            (
                "Twelve years, one van, a lot of burnt rice. Time for someone new to drive.",
                "Felix Amundsen",
                False,
                "P1",
            ),
            (
                "We are not for sale, and we are not looking,",
                "Chiamaka Obi-Reinholt",
                False,
                "P2",
            ),
            ("extraordinary by any measure.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Felix Amundsen", "Instagram"),
            ("P2", "Chiamaka Obi-Reinholt", "CNBC"),
            ("P3", None, None),
        ],
        "people": ["Felix Amundsen", "Chiamaka Obi-Reinholt"],
    },
    {
        "name": "delivery-app-bug-told-reporters-guardian-straight",
        "text": (
            "The British food delivery start-up Pellet said on Friday that a software bug had "
            "shown some customers the names and addresses of strangers for about 40 minutes on "
            "Thursday evening.\n\n"
            "\"Nobody's payment details were exposed, and we have fixed the bug,\" the company's "
            "co-founder, Rhys Tremayne, told reporters at the company's London office. \"But I "
            'understand why people are angry."\n\n'
            "One engineer at the company, who spoke on condition of anonymity because they were "
            "not authorised to speak publicly, told The Guardian that the bug had been flagged in "
            'testing two weeks earlier. "It was on the list. It just was not at the top of the '
            'list," the engineer said.\n\n'
            'The Information Commissioner\'s Office said it was "making enquiries." Tremayne, '
            "29, said he would welcome them."
        ),
        "quotes": [
            (
                "Nobody's payment details were exposed, and we have fixed the bug,",
                "Rhys Tremayne",
                False,
                None,
            ),
            ("But I understand why people are angry.", "Rhys Tremayne", False, None),
            (
                "It was on the list. It just was not at the top of the list,",
                None,
                False,
                "P1",
            ),
            ("making enquiries.", None, True, None),
        ],
        "posts": [
            ("P1", None, "The Guardian"),
        ],
        "people": ["Rhys Tremayne"],
    },
    {
        "name": "scheduling-startup-sale-wired-two-paragraph-quote",
        "text": (
            "Leontyne Adebayo-Marsh, whose start-up Quillon makes software that lets hospitals "
            "schedule nurses, sold the company to Meridian Cloud for $1.1 billion last month. In "
            "an interview with Wired published on Wednesday, she described the moment she nearly "
            "shut it down.\n\n"
            "“It was 2020, we had four months of cash, and our biggest customer had just "
            "cancelled. I wrote the email telling everyone we were done, and I saved it as a "
            "draft.\n\n"
            "“Then a nurse in Leeds sent us a message saying our app was the only reason her "
            "ward had enough staff that week. I deleted the draft,” Adebayo-Marsh said.\n\n"
            "Meridian’s chief executive, Gordon Falk, said in a statement that Quillon would keep "
            "its name and its offices in Manchester."
        ),
        "quotes": [
            (
                "It was 2020, we had four months of cash, and our biggest customer had just "
                "cancelled. I wrote the email telling everyone we were done, and I saved it as a "
                "draft.",
                "Leontyne Adebayo-Marsh",
                False,
                "P1",
            ),
            (
                "Then a nurse in Leeds sent us a message saying our app was the only reason her "
                "ward had enough staff that week. I deleted the draft,",
                "Leontyne Adebayo-Marsh",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Leontyne Adebayo-Marsh", "Wired"),
            ("P2", "Gordon Falk", None),
        ],
        "people": ["Leontyne Adebayo-Marsh", "Gordon Falk"],
    },
    {
        "name": "eu-search-fine-news-conference-linkedin-share",
        "text": (
            "The European Commission fined the search company Veridex €1.8 billion on Wednesday "
            "for favouring its own shopping service in search results, the largest penalty it has "
            "imposed on a technology company this year.\n\n"
            "“Veridex knew exactly what it was doing, and it kept doing it,” the EU’s competition "
            "commissioner, Margarethe Lindahl, said at a news conference in Brussels.\n\n"
            "Veridex said in a statement that it would appeal. “This decision punishes a product "
            "that millions of Europeans choose to use every day,” the statement said.\n\n"
            "Lindahl later defended the fine on LinkedIn, where she wrote that the case had taken "
            "“far too long” and that the commission would “move faster next time.” The "
            "commissioner’s post was shared by Veridex’s head of European policy, Ruairí "
            "Kavanagh, on his own LinkedIn page with a one-word note: “Disagree.”"
        ),
        "quotes": [
            (
                "Veridex knew exactly what it was doing, and it kept doing it,",
                "Margarethe Lindahl",
                False,
                None,
            ),
            (
                "This decision punishes a product that millions of Europeans choose to use every "
                "day,",
                None,
                False,
                "P1",
            ),
            ("far too long", "Margarethe Lindahl", True, "P2"),
            ("move faster next time.", "Margarethe Lindahl", True, "P2"),
            ("Disagree.", "Ruairí Kavanagh", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Margarethe Lindahl", "LinkedIn"),
            ("P3", "Ruairí Kavanagh", "LinkedIn"),
        ],
        "people": ["Margarethe Lindahl", "Ruairí Kavanagh"],
    },
    {
        "name": "app-store-fees-open-letter-x-thread-conference",
        "text": (
            "More than 600 app developers have signed an open letter accusing the phone maker "
            "Lumora of charging fees that make small apps “impossible to run at a profit.”\n\n"
            "The letter was organised by Keziah Mwangi-Porter, who makes a meditation app with two "
            "employees. “We are not asking for charity. We are asking for the same terms the big "
            "studios get behind closed doors,” she wrote in a thread on X that accompanied the "
            "letter. A reply from the developer Oskar Brandt read: “Signed. Should have been "
            "signed years ago.”\n\n"
            "Lumora’s head of platform partnerships, Damien Ferreira, addressed the letter on "
            "Thursday at a developer conference in Lisbon. “Our fees pay for the security that "
            "lets people trust an app from someone they have never heard of,” he told the "
            "audience.\n\n"
            "He did not mention Mwangi-Porter by name."
        ),
        "quotes": [
            ("impossible to run at a profit.", None, True, "P1"),
            (
                "We are not asking for charity. We are asking for the same terms the big studios "
                "get behind closed doors,",
                "Keziah Mwangi-Porter",
                False,
                "P2",
            ),
            ("Signed. Should have been signed years ago.", "Oskar Brandt", False, "P2"),
            (
                "Our fees pay for the security that lets people trust an app from someone they "
                "have never heard of,",
                "Damien Ferreira",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keziah Mwangi-Porter", "X"),
        ],
        "people": ["Keziah Mwangi-Porter", "Oskar Brandt", "Damien Ferreira"],
    },
    {
        "name": "webtoon-founder-tokyo-listing-nikkei-nickname",
        "text": (
            "Park Ji-hoon, the founder of the South Korean webtoon platform Inkwave, said the "
            "company would list its shares in Tokyo rather than New York, ending months of "
            "speculation.\n\n"
            "“Our readers are in Asia, our artists are in Asia, and our future is in Asia,” Park "
            "told Nikkei Asia in an interview published on Friday. He said the listing could "
            "come “as early as the autumn.”\n\n"
            "The decision is a setback for Inkwave’s largest outside investor, the American "
            "venture firm Halcyon Partners, whose managing partner, Bridget Calloway, had pushed "
            "for a New York listing. A Halcyon spokesman declined to comment.\n\n"
            "Park, 46, is known in the industry as “the Night Editor” for his habit of reading "
            "new episodes at 3 a.m. before they are published."
        ),
        "quotes": [
            (
                "Our readers are in Asia, our artists are in Asia, and our future is in Asia,",
                "Park Ji-hoon",
                False,
                "P1",
            ),
            ("as early as the autumn.", "Park Ji-hoon", True, "P1"),
        ],
        "posts": [
            ("P1", "Park Ji-hoon", "Nikkei Asia"),
        ],
        "people": ["Park Ji-hoon", "Bridget Calloway"],
    },
    {
        "name": "doorbell-camera-memo-facebook-group-straight",
        "text": (
            "Hearthside, the home-security camera company, told employees in an internal memo "
            "that it would stop selling its older doorbell cameras and end software updates for "
            "them next year. The memo, from chief product officer Valentina Rossi-Okafor, was "
            "obtained by The Information.\n\n"
            '"Supporting hardware from 2017 is holding back everything we want to build," '
            "Rossi-Okafor wrote.\n\n"
            "Owners were not pleased. In a Facebook group for Hearthside users with 48,000 "
            "members, a retired electrician from Ohio, Gary Lindgren, posted a photo of his "
            'doorbell camera in a trash can. "Bought four of these. Never again," he wrote. '
            'Another member replied: "Same. Switching this weekend."\n\n'
            "Asked about the complaints, a Hearthside spokeswoman said owners would be offered a "
            "40 percent discount on new cameras."
        ),
        "quotes": [
            (
                "Supporting hardware from 2017 is holding back everything we want to build,",
                "Valentina Rossi-Okafor",
                False,
                "P1",
            ),
            ("Bought four of these. Never again,", "Gary Lindgren", False, "P2"),
            ("Same. Switching this weekend.", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Valentina Rossi-Okafor", None),
            ("P2", "Gary Lindgren", "Facebook"),
        ],
        "people": ["Valentina Rossi-Okafor", "Gary Lindgren"],
    },
    {
        "name": "parking-payments-ransomware-telegram-mastodon",
        "text": (
            "A ransomware gang calling itself “Black Lantern” said on Telegram on Wednesday that "
            "it had stolen 600 gigabytes of data from Tollgate, a company that processes payments "
            "for parking garages, and threatened to publish it unless it was paid.\n\n"
            "“Tollgate has 72 hours. After that, everyone gets to read their files,” the group "
            "wrote.\n\n"
            "In an email to customers on Thursday, Tollgate said that “a limited amount of "
            "personal information” may have been taken and that card numbers were stored "
            "separately. The email was signed by the chief executive, Mirela Dobrescu.\n\n"
            "Anouk Verbeek, a security researcher who tracks ransomware groups, wrote on Mastodon "
            "that the gang had “a habit of exaggerating what it has and then selling it "
            "anyway.”"
        ),
        "quotes": [
            (
                "Tollgate has 72 hours. After that, everyone gets to read their files,",
                None,
                False,
                "P1",
            ),
            ("a limited amount of personal information", None, True, "P2"),
            (
                "a habit of exaggerating what it has and then selling it anyway.",
                "Anouk Verbeek",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Telegram"),
            ("P2", None, None),
            ("P3", "Anouk Verbeek", "Mastodon"),
        ],
        "people": ["Mirela Dobrescu", "Anouk Verbeek"],
    },
    {
        "name": "notes-app-free-tier-youtube-threads-reversal",
        "text": (
            "Jasper Thornquist, the 27-year-old founder of the note-taking app Driftpad, has a "
            "habit of announcing things first and explaining them later. On Monday he said in a "
            "YouTube video that the app would drop its free tier.\n\n"
            "“Free users are amazing, but free users do not pay the servers. The ‘free forever’ "
            "promise was a mistake and I made it,” Thornquist said in the video, which was "
            "watched more than 800,000 times in a day.\n\n"
            "The backlash was swift. On Threads, the productivity writer Haruka Sato, who had "
            "recommended Driftpad in her newsletter for three years, wrote: “I told thousands of "
            "people this app would never charge them. I feel a bit silly now.”\n\n"
            "By Wednesday Thornquist had changed course. Existing free users will keep their "
            "accounts, he wrote in a Threads post of his own, adding: “You were right and I was "
            "wrong, which is becoming a theme.”"
        ),
        "quotes": [
            (
                "Free users are amazing, but free users do not pay the servers. The ‘free "
                "forever’ promise was a mistake and I made it,",
                "Jasper Thornquist",
                False,
                "P1",
            ),
            (
                "I told thousands of people this app would never charge them. I feel a bit silly "
                "now.",
                "Haruka Sato",
                False,
                "P2",
            ),
            (
                "You were right and I was wrong, which is becoming a theme.",
                "Jasper Thornquist",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Jasper Thornquist", "YouTube"),
            ("P2", "Haruka Sato", "Threads"),
            ("P3", "Jasper Thornquist", "Threads"),
        ],
        "people": ["Jasper Thornquist", "Haruka Sato"],
    },
    {
        "name": "card-reader-outage-company-x-tiktok-radio",
        "text": (
            "Card payments at thousands of shops across Britain failed for much of Saturday "
            "afternoon after an outage at Tillcraft, which supplies card readers to small "
            "businesses.\n\n"
            "“We know this is the worst possible day for this to happen and we are working flat "
            "out,” Tillcraft said in a post on X at 2.15 p.m. Service was restored shortly after "
            "6 p.m.\n\n"
            "Among those affected was Callum Ridley, who runs a bakery in Bristol and posted a "
            "TikTok video of a queue of customers walking away. “Saturday is half my week’s "
            "takings,” he said in the video.\n\n"
            "On BBC Radio 5 Live on Sunday, Tillcraft’s chief technology officer, Ayesha "
            "Siddiqui-Warren, blamed a faulty update to its payment servers. “It was our mistake, "
            "and we will compensate every merchant for the fees they lost,” she said. She did not "
            "say how much that would cost.\n\n"
            "The Federation of Small Businesses called the compensation offer “the bare "
            "minimum.”"
        ),
        "quotes": [
            (
                "We know this is the worst possible day for this to happen and we are working "
                "flat out,",
                None,
                False,
                "P1",
            ),
            ("Saturday is half my week’s takings,", "Callum Ridley", False, "P2"),
            (
                "It was our mistake, and we will compensate every merchant for the fees they lost,",
                "Ayesha Siddiqui-Warren",
                False,
                "P3",
            ),
            ("the bare minimum.", None, True, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Callum Ridley", "TikTok"),
            ("P3", "Ayesha Siddiqui-Warren", "BBC Radio 5 Live"),
        ],
        "people": ["Callum Ridley", "Ayesha Siddiqui-Warren"],
    },
]
