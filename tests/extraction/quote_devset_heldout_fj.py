"""The one-hundred-and-sixtieth self-made dev set, held out (FJ): its first run is an
unseen estimate.

Written with set FK, without reading the extraction rules, and committed before
any rule was run on it. Topic area: money and markets: banks, startups,
investors, shareholders, strikes and pay disputes. Same format and conventions
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
as None, and a company's release, statement or lawsuit has author None even
when it quotes a named executive; titles, nicknames and scare quotes in marks
are not quotes; speakers are the fullest form of the name used in the text;
partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (the founder's interview with the Economic
  Times) is still listed in posts.
- people lists every person the story names, quoted or not, in order of first
  mention (Amara Castellanos, Harjit Sandhu, Oskar Lindgren-Bauer, Giulia
  Ranieri and Bernadette Oyelaran-Fitz are named but never quoted); companies,
  funds, unions, regulators and the proxy adviser are not people.
- "Told shareholders" and "told the meeting" at an annual meeting are not posts,
  like a speech; "said in interviews" with no outlet named is not a post.
- A newsletter someone is said to write, with no issue of it reported, is not a
  post.
- A company's reply in the comments beneath a person's TikTok video, or under a
  person's X post, belongs to that post and its words speak as None.
- A second TikTok video by the same person is a new TikTok post; "she told
  viewers" right after it ties the quote to it.
- A person's own YouTube livestream, and a union president's video posted to
  YouTube, are that person's YouTube posts; an airline's Facebook post has
  author None.
- A statement by a bank or a pension fund that "quoted" a named person "as
  saying" is a post with author None and no platform, and the quote's speaker
  is that person (as for BU's university release).
- A joint press release of two merging banks is one press release, author None.
- A short seller's research report ("the report said") is a post with author
  None and no platform; the firm's founder promoting it on X is his own X post,
  and a fragment in "calling Volta Ride ..." is partial and belongs to it.
- A letter sent to administrators by a group of 31 unnamed investors has author
  None and no platform; an investor's annual letter to shareholders is his post
  with no platform; an investor's email to the founders of the companies it
  backs is the investor's post with no platform.
- A podcast named as written (The Burn Rate), a radio program (Antena Manhã,
  Pagi Bisnes) and a TV programme (Mercati Aperti, News Line 21) are platforms
  by their names. A lowercase "the" before an outlet is dropped ("told the
  Financial Times": Financial Times; Economic Times); a capitalised "The" that
  belongs to the name is kept (The Guardian, The Burn Rate).
- A fragment added to a post with "adding that ..." ("the airline wrote, adding
  that its offer was ...", "he wrote, adding that he had lost ...") is partial
  and belongs to the same post.
- A minister's words said to reporters before he appeared on a TV programme are
  not linked to it; only the quotes after "Appearing later on ... he went
  further" belong to that interview.
- The second half of a quote split by attribution ("and then we were told ...")
  is not partial even though it starts in lowercase.
- A quote opened after "She wrote:" in an essay that runs over two paragraphs is
  one quote per paragraph; the first ends at the end of its paragraph, where
  there is no closing mark.
- A nickname in marks ending with a comma ("the Viking of Web3,") and a
  "so-called" scare quote are not quotes; a scare quote in single marks inside a
  quote (‘uniform fee’) stays part of the quote's text.
- Captain is a title, like Judge or Dr., and is not part of the canonical name;
  a lowercase particle is kept as written (Annelies de Graaf), as are
  multi-word and hyphenated surnames (Siobhán Mac Giolla Rua, Dlamini-Khumalo)
  and Japanese names in the order written (Kazuhiro Tanabe).
- A post reported before its author is named ("its founder said on Threads")
  is the founder's post once the text names her.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FJ: list[dict] = [
    {
        "name": "linkedin-payments-startup-layoffs-investor-comment",
        "text": (
            "Priya Raghunathan, the chief executive of the London payments startup Kettle, said on "
            "LinkedIn on Wednesday that the company would cut 120 jobs, about a quarter of its "
            "staff. “I hired for a market that did not arrive, and the people leaving today are "
            "paying for my optimism,” she wrote.\n\n"
            "Under her post, Kettle’s earliest backer, Oluwaseun Bakare of the venture firm "
            "Fieldstone, left a comment: “Hard call, right call. We are still with you.”\n\n"
            "Speaking to reporters outside the company’s Shoreditch office on Thursday, the "
            "38-year-old said the cuts would give Kettle “at least three years of runway.” She "
            "declined to say whether the company would seek new funding."
        ),
        "quotes": [
            (
                "I hired for a market that did not arrive, and the people leaving today are paying "
                "for my optimism,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("Hard call, right call. We are still with you.", "Oluwaseun Bakare", False, "P1"),
            ("at least three years of runway.", "Priya Raghunathan", True, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
        ],
        "people": ["Priya Raghunathan", "Oluwaseun Bakare"],
    },
    {
        "name": "bank-strike-union-x-statement-radio",
        "text": (
            "Thousands of branch workers at Banco Meridional walked out on Monday in the first "
            "national strike at the lender in two decades, demanding a 9 percent raise to keep up "
            "with inflation.\n\n"
            "“No deal, no counters. See you on the picket line,” the bank workers’ union, "
            "Sindicato Bancário Unido, posted on X as the strike began.\n\n"
            "Cash machines ran out of notes in parts of Porto and Braga by the afternoon, and "
            "about a third of the bank’s 600 branches stayed shut.\n\n"
            "The bank said in a statement that it had offered 5.5 percent and a one-off bonus. "
            "“This is a fair offer in a difficult year, and our doors remain open,” the statement "
            "quoted its head of people, Joana Falcão, as saying.\n\n"
            "The union’s general secretary, Rui Carvalhais, told the radio program Antena Manhã "
            "that members would not accept “crumbs dressed up as a bonus.” “We have waited three "
            "years. We can wait three more days,” he said."
        ),
        "quotes": [
            ("No deal, no counters. See you on the picket line,", None, False, "P1"),
            (
                "This is a fair offer in a difficult year, and our doors remain open,",
                "Joana Falcão",
                False,
                "P2",
            ),
            ("crumbs dressed up as a bonus.", "Rui Carvalhais", True, "P3"),
            (
                "We have waited three years. We can wait three more days,",
                "Rui Carvalhais",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, None),
            ("P3", "Rui Carvalhais", "Antena Manhã"),
        ],
        "people": ["Joana Falcão", "Rui Carvalhais"],
    },
    {
        "name": "substack-activist-investor-chipmaker-annual-meeting",
        "text": (
            "The activist investor Hendrik Voskuijlen has called on the board of the Dutch "
            "chipmaker Altera Lithic to replace its chief executive, in an essay published on his "
            "Substack on Sunday.\n\n"
            "“Shareholders have been patient for six years. Patience is not a strategy,” "
            "Voskuijlen wrote. His fund, Polder Capital, owns about 4 percent of the company.\n\n"
            "In a press release on Monday, Altera Lithic said its board “unanimously supports” the "
            "chief executive, Annelies de Graaf, and described the essay as “a distraction.”\n\n"
            "At the company’s annual meeting in Eindhoven on Thursday, de Graaf did not mention "
            "Voskuijlen by name. “We build for the next decade, not the next quarter,” she told "
            "shareholders."
        ),
        "quotes": [
            (
                "Shareholders have been patient for six years. Patience is not a strategy,",
                "Hendrik Voskuijlen",
                False,
                "P1",
            ),
            ("unanimously supports", None, True, "P2"),
            ("a distraction.", None, True, "P2"),
            (
                "We build for the next decade, not the next quarter,",
                "Annelies de Graaf",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Hendrik Voskuijlen", "Substack"),
            ("P2", None, "press release"),
        ],
        "people": ["Hendrik Voskuijlen", "Annelies de Graaf"],
    },
    {
        "name": "tiktok-barista-pay-slips-company-comment-second-video",
        "text": (
            "A video in which a Melbourne barista, Keala Makoa, holds up three months of pay slips "
            "has been viewed more than two million times on TikTok since Friday.\n\n"
            "“They took out a ‘uniform fee’ every single week. I never got a uniform,” Makoa says "
            "in the clip.\n\n"
            "The café chain, Bean & Barrow, replied in the comments beneath the video. “We’re "
            "looking into this urgently and will be in touch directly,” the company wrote.\n\n"
            "In a second video on Monday, the 23-year-old said the chain had repaid her $1,140. "
            "“Check your slips,” she told viewers. A spokesperson for the Fair Work Ombudsman told "
            "reporters that the agency had received “a number of similar complaints.”"
        ),
        "quotes": [
            (
                "They took out a ‘uniform fee’ every single week. I never got a uniform,",
                "Keala Makoa",
                False,
                "P1",
            ),
            ("We’re looking into this urgently and will be in touch directly,", None, False, "P1"),
            ("Check your slips,", "Keala Makoa", False, "P2"),
            ("a number of similar complaints.", None, True, None),
        ],
        "posts": [
            ("P1", "Keala Makoa", "TikTok"),
            ("P2", "Keala Makoa", "TikTok"),
        ],
        "people": ["Keala Makoa"],
    },
    {
        "name": "podcast-grocery-startup-founder-investor-email",
        "text": (
            "The co-founder of the grocery delivery startup Basketly, Tunde Okonkwo-Reyes, said on "
            "the podcast The Burn Rate that his lead investor had pushed the company to expand "
            "into six cities before it was ready.\n\n"
            "“They wanted a slide with a map full of pins. We gave them the slide,” he said on the "
            "episode, released Tuesday. “Then we had to pay for the pins.”\n\n"
            "The investor, Margarethe Lindholm of Skagen Ventures, disputed that account in an "
            "email to Skagen’s portfolio founders that was seen by this newspaper. “Every "
            "expansion was voted on by the full board, founders included,” she wrote.\n\n"
            "Okonkwo-Reyes, 31, stepped down as chief operating officer in January. His "
            "co-founder, Amara Castellanos, remains chief executive and did not respond to a "
            "request for comment."
        ),
        "quotes": [
            (
                "They wanted a slide with a map full of pins. We gave them the slide,",
                "Tunde Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("Then we had to pay for the pins.", "Tunde Okonkwo-Reyes", False, "P1"),
            (
                "Every expansion was voted on by the full board, founders included,",
                "Margarethe Lindholm",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tunde Okonkwo-Reyes", "The Burn Rate"),
            ("P2", "Margarethe Lindholm", None),
        ],
        "people": ["Tunde Okonkwo-Reyes", "Margarethe Lindholm", "Amara Castellanos"],
    },
    {
        "name": "bank-earnings-release-call-analyst-note",
        "text": (
            "Northgate Bank reported a 14 percent fall in quarterly profit on Thursday as it set "
            "aside more money for loans to commercial property owners that may not be repaid.\n\n"
            "“We are being prudent, not pessimistic,” the chief executive, Siobhán Mac Giolla Rua, "
            "said in the earnings release.\n\n"
            "On a call with analysts later that morning, she said the bank expected provisions to "
            "peak “by the end of the summer.” Asked about job cuts, the executive said: “There is "
            "no plan of that kind in front of the board.”\n\n"
            "Not everyone was convinced. In a note to clients, the Harrow & Finch analyst Rafael "
            "Ostrowski called the guidance “optimistic at best” and cut his price target on the "
            "shares to 410 pence."
        ),
        "quotes": [
            ("We are being prudent, not pessimistic,", "Siobhán Mac Giolla Rua", False, "P1"),
            ("by the end of the summer.", "Siobhán Mac Giolla Rua", True, None),
            (
                "There is no plan of that kind in front of the board.",
                "Siobhán Mac Giolla Rua",
                False,
                None,
            ),
            ("optimistic at best", "Rafael Ostrowski", True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rafael Ostrowski", None),
        ],
        "people": ["Siobhán Mac Giolla Rua", "Rafael Ostrowski"],
    },
    {
        "name": "instagram-crypto-exchange-nickname-regulator-livestream",
        "text": (
            "Lars-Erik Bønsdorff, the 27-year-old founder of the crypto exchange Frostvault who is "
            "known to his followers as “the Viking of Web3,” announced on Instagram on Saturday "
            "that customers could once again withdraw their funds.\n\n"
            "“Every coin is accounted for. Every single one,” he wrote beneath a photo of himself "
            "at a laptop.\n\n"
            "Withdrawals had been frozen for nine days this month during a so-called “technical "
            "migration.” Norway’s financial regulator said in a statement on Monday that it had "
            "opened an inquiry. “Customers are entitled to a clear explanation of what happened to "
            "their money,” the statement said.\n\n"
            "In a YouTube livestream on Sunday, Bønsdorff called the inquiry “routine” and said he "
            "welcomed it."
        ),
        "quotes": [
            ("Every coin is accounted for. Every single one,", "Lars-Erik Bønsdorff", False, "P1"),
            (
                "Customers are entitled to a clear explanation of what happened to their money,",
                None,
                False,
                "P2",
            ),
            ("routine", "Lars-Erik Bønsdorff", True, "P3"),
        ],
        "posts": [
            ("P1", "Lars-Erik Bønsdorff", "Instagram"),
            ("P2", None, None),
            ("P3", "Lars-Erik Bønsdorff", "YouTube"),
        ],
        "people": ["Lars-Erik Bønsdorff"],
    },
    {
        "name": "dockworkers-strike-news-conference-unnamed-shipper",
        "text": (
            "Dockworkers at the port of Durban extended their strike into a second week on Tuesday "
            "after talks with the state logistics company broke down over a night-shift "
            "allowance.\n\n"
            "“We are not asking for a favour. We are asking to be paid for the hours we work,” the "
            "shop steward Nomvula Dlamini-Khumalo told reporters at the harbour gates.\n\n"
            "The transport minister, Sipho Mabaso, said at a news conference in Pretoria that the "
            "government would not intervene “at this stage.” The minister added: “Both sides know "
            "where the table is.”\n\n"
            "Shipping lines have begun diverting vessels to Maputo. A spokesperson for one of "
            "them, who asked not to be named, said: “Every day of this costs our customers money "
            "they will not get back.”"
        ),
        "quotes": [
            (
                "We are not asking for a favour. We are asking to be paid for the hours we work,",
                "Nomvula Dlamini-Khumalo",
                False,
                None,
            ),
            ("at this stage.", "Sipho Mabaso", True, None),
            ("Both sides know where the table is.", "Sipho Mabaso", False, None),
            (
                "Every day of this costs our customers money they will not get back.",
                None,
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Nomvula Dlamini-Khumalo", "Sipho Mabaso"],
    },
    {
        "name": "reddit-trading-app-outage-customer-email-ceo-x",
        "text": (
            "Customers of the trading app Quillstone were locked out of their accounts for most of "
            "Wednesday as shares of several chip companies swung sharply.\n\n"
            "A thread on Reddit drew more than 4,000 comments by the evening. “I watched my "
            "position drop 30 percent and there was nothing I could do,” the user who started it "
            "wrote.\n\n"
            "In an email to customers late on Wednesday, Quillstone blamed “an unprecedented surge "
            "in traffic” and said no trades had been lost.\n\n"
            "The company’s chief executive, Mateo Iriarte-Bello, apologised on X on Thursday. “We "
            "failed you yesterday. I own that,” he posted. He said the company would compensate "
            "users who could show losses, without saying how."
        ),
        "quotes": [
            (
                "I watched my position drop 30 percent and there was nothing I could do,",
                None,
                False,
                "P1",
            ),
            ("an unprecedented surge in traffic", None, True, "P2"),
            ("We failed you yesterday. I own that,", "Mateo Iriarte-Bello", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Mateo Iriarte-Bello", "X"),
        ],
        "people": ["Mateo Iriarte-Bello"],
    },
    {
        "name": "threads-bakery-software-seed-round-investor-ft",
        "text": (
            "The Nairobi startup Mkate, which sells bakery software to small shops across East "
            "Africa, has raised $6 million in a seed round led by the Lagos firm Harmattan "
            "Ventures, its founder said on Threads on Monday.\n\n"
            "“Two years ago we were three people and a borrowed oven,” wrote Wanjiru "
            "Kamau-Odhiambo, 34. “Today we are forty, and the oven is still borrowed.”\n\n"
            "Harmattan’s managing partner, Chidinma Eze, told the Financial Times that the firm "
            "had looked at the company for almost a year before investing. “She kept sending us "
            "numbers we had not asked for, and they kept getting better,” Eze said.\n\n"
            "Kamau-Odhiambo said the money would pay for an office in Kampala. She plans to hire a "
            "chief financial officer by the summer."
        ),
        "quotes": [
            (
                "Two years ago we were three people and a borrowed oven,",
                "Wanjiru Kamau-Odhiambo",
                False,
                "P1",
            ),
            (
                "Today we are forty, and the oven is still borrowed.",
                "Wanjiru Kamau-Odhiambo",
                False,
                "P1",
            ),
            (
                "She kept sending us numbers we had not asked for, and they kept getting better,",
                "Chidinma Eze",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Odhiambo", "Threads"),
            ("P2", "Chidinma Eze", "Financial Times"),
        ],
        "people": ["Wanjiru Kamau-Odhiambo", "Chidinma Eze"],
    },
    {
        "name": "central-bank-hold-news-conference-bluesky-reply",
        "text": (
            "Chile’s central bank held its benchmark rate at 5.75 percent on Wednesday.\n\n"
            "“Inflation has come down, but not far enough or for long enough,” the bank’s "
            "president, Ignacio Valdés Urrutia, said at a news conference in Santiago.\n\n"
            "The economist Florencia Baeza-Moll, who writes a widely read newsletter on Latin "
            "American markets, was blunter on Bluesky. “The bank is fighting last year’s war,” she "
            "posted within minutes of the decision. Under her post, the former finance ministry "
            "adviser Kofi Mensah-Larbi wrote: “Or it knows something about the peso that we "
            "don’t.”"
        ),
        "quotes": [
            (
                "Inflation has come down, but not far enough or for long enough,",
                "Ignacio Valdés Urrutia",
                False,
                None,
            ),
            ("The bank is fighting last year’s war,", "Florencia Baeza-Moll", False, "P1"),
            (
                "Or it knows something about the peso that we don’t.",
                "Kofi Mensah-Larbi",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Florencia Baeza-Moll", "Bluesky"),
        ],
        "people": ["Ignacio Valdés Urrutia", "Florencia Baeza-Moll", "Kofi Mensah-Larbi"],
    },
    {
        "name": "shareholder-letter-investor-cash-pile-tv-successor",
        "text": (
            "In his annual letter to shareholders, published on Saturday, the investor Aurelio "
            "Fontana-Bassi said his holding company had found “almost nothing worth buying at a "
            "sensible price” in the past year and was sitting on a record €38 billion in cash. “We "
            "would rather be bored than be sorry,” the 91-year-old wrote. “Cash earns little, but "
            "it never needs rescuing.” Appearing on the business programme Mercati Aperti on "
            "Monday, Fontana-Bassi said his successor, Giulia Ranieri, would have “the final say” "
            "on any deal above €5 billion from next year. Ranieri, who runs the company’s "
            "insurance arm, was not on the programme."
        ),
        "quotes": [
            (
                "almost nothing worth buying at a sensible price",
                "Aurelio Fontana-Bassi",
                True,
                "P1",
            ),
            ("We would rather be bored than be sorry,", "Aurelio Fontana-Bassi", False, "P1"),
            (
                "Cash earns little, but it never needs rescuing.",
                "Aurelio Fontana-Bassi",
                False,
                "P1",
            ),
            ("the final say", "Aurelio Fontana-Bassi", True, "P2"),
        ],
        "posts": [
            ("P1", "Aurelio Fontana-Bassi", None),
            ("P2", "Aurelio Fontana-Bassi", "Mercati Aperti"),
        ],
        "people": ["Aurelio Fontana-Bassi", "Giulia Ranieri"],
    },
    {
        "name": "pilots-strike-youtube-union-airline-facebook",
        "text": (
            "Pilots at the budget airline SkyLark will strike for 48 hours from Friday after "
            "rejecting a pay offer that management called final.\n\n"
            "In a video posted to YouTube, the union’s president, Captain Mirela Constantinescu, "
            "told members that the offer would leave junior pilots earning less than they did in "
            "2019 once inflation was counted. “We fly the same planes as everyone else. We should "
            "not be paid like it’s a hobby,” she said in the video.\n\n"
            "SkyLark said on Facebook that it would run about 60 percent of its scheduled flights. "
            "“We are sorry to every passenger whose plans are affected,” the airline wrote, adding "
            "that its offer was “the best in the sector.”\n\n"
            "The strike is the first in the airline’s history."
        ),
        "quotes": [
            (
                "We fly the same planes as everyone else. We should not be paid like it’s a hobby,",
                "Mirela Constantinescu",
                False,
                "P1",
            ),
            ("We are sorry to every passenger whose plans are affected,", None, False, "P2"),
            ("the best in the sector.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Mirela Constantinescu", "YouTube"),
            ("P2", None, "Facebook"),
        ],
        "people": ["Mirela Constantinescu"],
    },
    {
        "name": "bank-merger-joint-release-radio-unnamed-teller",
        "text": (
            "Two of Malaysia’s mid-sized lenders, Bank Serantau and Permata Kewangan, announced on "
            "Monday that they would merge in a deal valuing the combined group at about 19 billion "
            "ringgit.\n\n"
            "“Together we will have the scale to compete with the largest banks in the region,” "
            "the companies said in a joint press release, which named Serantau’s chief executive, "
            "Farah Aziz, as the head of the new group.\n\n"
            "Speaking on the radio show Pagi Bisnes on Tuesday, Aziz said there would be “no "
            "forced redundancies” in the first two years. Some branch staff were not reassured. "
            "“Everyone says that before a merger,” said one teller in Ipoh, who asked not to be "
            "named because she was not authorised to speak to the press."
        ),
        "quotes": [
            (
                "Together we will have the scale to compete with the largest banks in the region,",
                None,
                False,
                "P1",
            ),
            ("no forced redundancies", "Farah Aziz", True, "P2"),
            ("Everyone says that before a merger,", None, False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farah Aziz", "Pagi Bisnes"),
        ],
        "people": ["Farah Aziz"],
    },
    {
        "name": "warehouse-strike-split-quote-statement-guardian-op-ed",
        "text": (
            "Workers at three warehouses run by the online retailer Kestrel in the Midlands began "
            "a five-day strike on Monday over a pay rise they say falls short of the cost of "
            "living.\n\n"
            "“We packed a record number of parcels at Christmas,” said Darnell Achterberg, a "
            "forklift driver who has worked at the Coventry site for six years, “and then we were "
            "told a 3 percent rise was generous.”\n\n"
            "The union organiser at the sites, Harjit Sandhu, said the union had asked for 8 "
            "percent. Kestrel said in a statement that its pay was “among the best in the "
            "region.”\n\n"
            "Kestrel, which employs about 9,000 people in Britain, reported a pre-tax profit of "
            "£410 million last year. Its chief executive, Oskar Lindgren-Bauer, received a pay "
            "package worth £6.2 million.\n\n"
            "Writing in The Guardian on Sunday, the labour economist Eilidh MacAskill argued that "
            "warehouse pay had fallen behind retail pay for the first time in a decade. “The "
            "companies that grew fastest in the pandemic are now the ones asking their workers for "
            "patience,” she wrote."
        ),
        "quotes": [
            (
                "We packed a record number of parcels at Christmas,",
                "Darnell Achterberg",
                False,
                None,
            ),
            (
                "and then we were told a 3 percent rise was generous.",
                "Darnell Achterberg",
                False,
                None,
            ),
            ("among the best in the region.", None, True, "P1"),
            (
                "The companies that grew fastest in the pandemic are now the ones asking their "
                "workers for patience,",
                "Eilidh MacAskill",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Eilidh MacAskill", "The Guardian"),
        ],
        "people": [
            "Darnell Achterberg",
            "Harjit Sandhu",
            "Oskar Lindgren-Bauer",
            "Eilidh MacAskill",
        ],
    },
    {
        "name": "instagram-caption-skincare-insolvency-investor-letter",
        "text": (
            "The skincare startup Glow Theory, founded by the influencer Yasmin Haddad-Ferreira, "
            "has filed for insolvency less than three years after raising $22 million from "
            "investors.\n\n"
            "Haddad-Ferreira posted a photo of an empty warehouse on Instagram on Friday with the "
            "caption “Not the ending I wrote, but it’s the one I’ve got.”\n\n"
            "A group of 31 small investors who bought into the company through a crowdfunding "
            "platform sent a letter to the administrators on Monday asking for an independent "
            "review of the company’s spending. “We were sold a brand. We would now like to see the "
            "books,” the letter said.\n\n"
            "The 29-year-old told Vogue Business that she had put her own savings into the company "
            "in its final months. “I lost money too. I know that doesn’t make anyone feel better,” "
            "she said."
        ),
        "quotes": [
            (
                "Not the ending I wrote, but it’s the one I’ve got.",
                "Yasmin Haddad-Ferreira",
                False,
                "P1",
            ),
            ("We were sold a brand. We would now like to see the books,", None, False, "P2"),
            (
                "I lost money too. I know that doesn’t make anyone feel better,",
                "Yasmin Haddad-Ferreira",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Yasmin Haddad-Ferreira", "Instagram"),
            ("P2", None, None),
            ("P3", "Yasmin Haddad-Ferreira", "Vogue Business"),
        ],
        "people": ["Yasmin Haddad-Ferreira"],
    },
    {
        "name": "short-seller-report-x-company-reply-founder-interview",
        "text": (
            "Shares in the Indian electric-scooter maker Volta Ride fell 18 percent on Wednesday "
            "after the short seller Ironbark Research accused it of inflating its sales by booking "
            "deliveries to its own dealers.\n\n"
            "“The customers in these numbers are, in many cases, the company itself,” the report "
            "said. Ironbark, which disclosed that it is betting against the stock, is run by "
            "Callum Whitford-Osei, a former auditor.\n\n"
            "Whitford-Osei promoted the report on X, calling Volta Ride “a dealership with a "
            "logo.” The company replied under his post within the hour: “These claims are false, "
            "and we will answer every one of them in detail.”\n\n"
            "Volta Ride’s founder, Arjun Mehrotra, 36, told the Economic Times that the company "
            "was considering legal action."
        ),
        "quotes": [
            (
                "The customers in these numbers are, in many cases, the company itself,",
                None,
                False,
                "P1",
            ),
            ("a dealership with a logo.", "Callum Whitford-Osei", True, "P2"),
            (
                "These claims are false, and we will answer every one of them in detail.",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Callum Whitford-Osei", "X"),
            ("P3", "Arjun Mehrotra", "Economic Times"),
        ],
        "people": ["Callum Whitford-Osei", "Arjun Mehrotra"],
    },
    {
        "name": "say-on-pay-revolt-pension-fund-statement-chair",
        "text": (
            "Shareholders in the British engineering group Halberd voted against its chief "
            "executive’s pay package at the annual meeting on Thursday, with 58 percent opposing a "
            "plan that could have paid Nikolai Vasquez-Lund up to £14 million.\n\n"
            "The vote is advisory, but it is the largest rebellion at a FTSE 100 company this "
            "year. The proxy adviser Vantage Proxy had urged investors to vote against, and one of "
            "the company’s largest shareholders, the teachers’ pension fund Ontario Educators, "
            "said in a statement that the plan rewarded “size, not performance.” “We support the "
            "strategy. We do not support paying for it twice,” the statement quoted the fund’s "
            "head of stewardship, Mei-Ling Okafor, as saying.\n\n"
            "Vasquez-Lund told the meeting that the board would “listen carefully.” The chair, "
            "Bernadette Oyelaran-Fitz, said later that the company would consult investors over "
            "the summer.\n\n"
            "One retail investor who spoke at the meeting, Gwendolyn Achebe-Price, wrote "
            "afterwards on LinkedIn that the board had “heard the words but not the tune.” “I "
            "asked a simple question about bonuses and got a lecture about talent markets,” she "
            "wrote in the post, which had been shared more than 2,000 times by Friday evening.\n\n"
            "Halberd’s shares closed 0.4 percent higher. The company has until the end of the year "
            "to put a revised policy to a binding vote, and two of the five largest shareholders "
            "said in interviews that they expected the bonus element to be halved."
        ),
        "quotes": [
            ("size, not performance.", None, True, "P1"),
            (
                "We support the strategy. We do not support paying for it twice,",
                "Mei-Ling Okafor",
                False,
                "P1",
            ),
            ("listen carefully.", "Nikolai Vasquez-Lund", True, None),
            ("heard the words but not the tune.", "Gwendolyn Achebe-Price", True, "P2"),
            (
                "I asked a simple question about bonuses and got a lecture about talent markets,",
                "Gwendolyn Achebe-Price",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwendolyn Achebe-Price", "LinkedIn"),
        ],
        "people": [
            "Nikolai Vasquez-Lund",
            "Mei-Ling Okafor",
            "Bernadette Oyelaran-Fitz",
            "Gwendolyn Achebe-Price",
        ],
    },
    {
        "name": "yen-finance-minister-reporters-tv-programme-strategist",
        "text": (
            "Japan’s finance minister, Kazuhiro Tanabe, said on Friday that the government was "
            "“watching the yen with a high sense of urgency” after the currency fell to its "
            "weakest level against the dollar in 34 years.\n\n"
            "The minister made the remarks to reporters at the finance ministry in Tokyo. "
            "Appearing later on the evening news program News Line 21, he went further. “If "
            "speculators think we will stand by, they are mistaken,” Tanabe said. “We have the "
            "tools, and we have the will.”\n\n"
            "Traders were unimpressed. “Everyone has heard this before,” said Aiko Moriyama, a "
            "currency strategist at a Tokyo brokerage. “Until they actually sell dollars, the "
            "market will keep testing them.”"
        ),
        "quotes": [
            ("watching the yen with a high sense of urgency", "Kazuhiro Tanabe", True, None),
            (
                "If speculators think we will stand by, they are mistaken,",
                "Kazuhiro Tanabe",
                False,
                "P1",
            ),
            ("We have the tools, and we have the will.", "Kazuhiro Tanabe", False, "P1"),
            ("Everyone has heard this before,", "Aiko Moriyama", False, None),
            (
                "Until they actually sell dollars, the market will keep testing them.",
                "Aiko Moriyama",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Kazuhiro Tanabe", "News Line 21"),
        ],
        "people": ["Kazuhiro Tanabe", "Aiko Moriyama"],
    },
    {
        "name": "medium-essay-worthless-options-two-paragraphs-linkedin",
        "text": (
            "Former employees of the Berlin delivery startup Kurierwerk say they were paid partly "
            "in stock options that became worthless when the company was sold last month for a "
            "fraction of its peak valuation.\n\n"
            "In an essay on Medium, a former engineer, Zeynep Aydoğan-Krause, described taking a "
            "20 percent pay cut in exchange for options in 2021. She wrote: “I was told, more than "
            "once, that the options were the real salary.\n\n"
            "“When the sale was announced, nobody from the leadership team explained what they "
            "were now worth. We found out from a spreadsheet.”\n\n"
            "Kurierwerk was valued at €900 million in 2021. It was bought last month by the Dutch "
            "logistics group Vrachtnet for a sum that two people familiar with the deal put at "
            "under €60 million.\n\n"
            "The company’s co-founder, Jonas Albrecht-Mbeki, responded on LinkedIn on Tuesday. "
            "“Nobody was promised anything,” he wrote, adding that he had lost “almost everything” "
            "himself."
        ),
        "quotes": [
            (
                "I was told, more than once, that the options were the real salary.",
                "Zeynep Aydoğan-Krause",
                False,
                "P1",
            ),
            (
                "When the sale was announced, nobody from the leadership team explained what they "
                "were now worth. We found out from a spreadsheet.",
                "Zeynep Aydoğan-Krause",
                False,
                "P1",
            ),
            ("Nobody was promised anything,", "Jonas Albrecht-Mbeki", False, "P2"),
            ("almost everything", "Jonas Albrecht-Mbeki", True, "P2"),
        ],
        "posts": [
            ("P1", "Zeynep Aydoğan-Krause", "Medium"),
            ("P2", "Jonas Albrecht-Mbeki", "LinkedIn"),
        ],
        "people": ["Zeynep Aydoğan-Krause", "Jonas Albrecht-Mbeki"],
    },
]
