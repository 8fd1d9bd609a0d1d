"""The one-hundred-and-fortieth self-made dev set, held out (EP): its first run is an unseen estimate.

Written with set EQ, without reading the extraction rules, and committed before
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
inside narration. Topic area: business, markets, start-ups, labour and
workplaces.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a release only mentioned, a memo
  only described) is still listed in posts.
- A one-word fragment attributed to a post ("misunderstood", "incorrectly",
  "disappointed") is a partial quote of that post, not a scare quote; a
  "so-called" term in marks is a scare quote and not a quote.
- An email seen by a named newspaper ("seen by The Ledger") is the writer's
  post with no platform; the newspaper that saw it is not a platform.
- A chief executive's or co-founder's letter to customers posted on the
  company's website is that person's post with no platform; a goodbye on "the
  company blog" is its writer's post with no platform; a co-op newsletter
  piece written by a named officer is her post with no platform; a fund
  manager's newsletter to investors is his post with no platform, and "he
  added" right after it ties the fragment to it.
- An anonymous Reddit megathread is a Reddit post with author None; its
  commenters speak as None. An unnamed user's comment "on the forum Hacker
  News" is a post with author None and platform Hacker News.
- A video posted on a union's Facebook page in which its named general
  secretary speaks is his Facebook post.
- A company's own post on LinkedIn has author None and platform LinkedIn; a
  named person's reply under it belongs to it.
- A research group's report and a proxy adviser's report to clients are posts
  with author None and no platform.
- A joint press release by two companies has author None; an executive "quoted
  in the same release" speaks in it (partial when only a fragment is quoted).
- The BBC's Today programme has platform Today; "the trade magazine Drapers"
  has platform Drapers; Bloomberg Television, BBC Scotland, Sky News, CNBC,
  Reuters, Sifted, Wired, Forbes and City AM are taken as written.
- A podcast episode of a named show (Founders at Dawn) takes the show's name;
  an essay's title in marks is not a quote.
- An op-ed "for City AM" has platform City AM.
- A caption given whole after "with the caption" is not partial.
- A judge's written judgment is the judge's post with no platform; words she
  says at a hearing are not a post.
- Titles Sir, Lord, Dr., Judge and Employment Judge are not part of a
  canonical name; a nickname in marks inside a name (Marcus “Moonshot” Pell) is
  not part of the canonical name and is not a quote.
- A person first mentioned inside a quote ("Sir Anthony", "Simon Tully") is
  listed in people at that first mention.
- A quote that runs over two paragraphs of a letter is one quote per paragraph;
  the first paragraph's text ends where the paragraph ends.
- A worker "who asked not to be named" and "one follower" speak as None.
- Remarks at a shareholder meeting, a co-op's annual meeting, a call with
  analysts, a rally, a press conference and "told reporters at" an airport are
  not posts.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EP: list[dict] = [
    {
        "name": "linkedin-layoffs-founder-comment-investor-statement",
        "text": (
            "Priya Natarajan, the chief executive of the Leeds payments start-up Coinlark, said "
            "in a LinkedIn post on Wednesday that the company would cut 60 jobs, about a fifth "
            "of its staff. “I hired ahead of the revenue, and the people leaving are paying for "
            "that,” she wrote. “Every one of them will get four months’ pay.”\n\n"
            "Under the post, a former engineer, Callum Reyes, wrote: “Best boss I had. Still a "
            "bad week.”\n\n"
            "Natarajan co-founded Coinlark in 2019 with Oliver Brandreth, who left the company "
            "last year and now runs a fund in Lisbon.\n\n"
            "The start-up’s lead investor, Harrow Ventures, said in a statement that it "
            "“remains fully behind the team” and would take part in any future funding round.\n\n"
            "Natarajan later told the Financial Times that Coinlark still had 18 months of cash "
            "in the bank. “We are not running out of money. We are running out of patience with "
            "slow growth,” the 39-year-old said."
        ),
        "quotes": [
            (
                "I hired ahead of the revenue, and the people leaving are paying for that,",
                "Priya Natarajan",
                False,
                "P1",
            ),
            ("Every one of them will get four months’ pay.", "Priya Natarajan", False, "P1"),
            ("Best boss I had. Still a bad week.", "Callum Reyes", False, "P1"),
            ("remains fully behind the team", None, True, "P2"),
            (
                "We are not running out of money. We are running out of patience with slow growth,",
                "Priya Natarajan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Priya Natarajan", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Priya Natarajan", "Financial Times"),
        ],
        "people": ["Priya Natarajan", "Callum Reyes", "Oliver Brandreth"],
    },
    {
        "name": "warehouse-strike-union-x-news-conference-staff-email",
        "text": (
            "Warehouse workers at Dunmore Logistics’ depot in Kettering have voted to strike over "
            "the company’s so-called “pick rate” targets, which set how many parcels each worker "
            "must scan per hour.\n\n"
            "The United Distribution Workers union posted the result on X: “Ninety-one per cent "
            "voted yes. Dunmore should take the hint.”\n\n"
            "At a news conference outside the depot, the union’s regional organiser, Shona "
            "McAllister, said the walkout would begin on Monday. “Nobody here is against "
            "machines. We are against being treated like one,” McAllister said.\n\n"
            "Dunmore’s operations director, Graham Pettifer, wrote in an email to staff that the "
            "targets had been “misunderstood” and would be reviewed. “Your safety comes before "
            "any number on a screen,” he wrote.\n\n"
            "A packer who asked not to be named said the email had been read aloud in the "
            "canteen during the lunch break. “People laughed,” she said."
        ),
        "quotes": [
            ("Ninety-one per cent voted yes. Dunmore should take the hint.", None, False, "P1"),
            (
                "Nobody here is against machines. We are against being treated like one,",
                "Shona McAllister",
                False,
                None,
            ),
            ("misunderstood", "Graham Pettifer", True, "P2"),
            ("Your safety comes before any number on a screen,", "Graham Pettifer", False, "P2"),
            ("People laughed,", None, False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Graham Pettifer", None),
        ],
        "people": ["Shona McAllister", "Graham Pettifer"],
    },
    {
        "name": "earnings-release-analyst-call-note-to-clients",
        "text": (
            "Halvorsen Foods reported a 14 per cent fall in quarterly profit on Thursday, blaming "
            "the soaring cost of cocoa. “This was a quarter of hard choices,” the chief "
            "executive, Ingrid Halvorsen, said in the earnings release.\n\n"
            "On a call with analysts later that morning, Halvorsen said the company would raise "
            "prices again in the spring. “Our customers have been patient, and we know it,” she "
            "said.\n\n"
            "Martin Okafor, an analyst at Bellweather Securities, wrote in a note to clients that "
            "the company’s new guidance looked “heroic.” “I would want to see volumes stabilise "
            "before believing any of it,” he wrote.\n\n"
            "Shares in the company fell 6 per cent by the close of trading in Oslo. The "
            "company’s founder and Ingrid’s father, Knut Halvorsen, who stepped down as chairman "
            "in 2019, did not respond to a request for comment."
        ),
        "quotes": [
            ("This was a quarter of hard choices,", "Ingrid Halvorsen", False, "P1"),
            ("Our customers have been patient, and we know it,", "Ingrid Halvorsen", False, None),
            ("heroic.", "Martin Okafor", True, "P2"),
            (
                "I would want to see volumes stabilise before believing any of it,",
                "Martin Okafor",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Martin Okafor", None),
        ],
        "people": ["Ingrid Halvorsen", "Martin Okafor", "Knut Halvorsen"],
    },
    {
        "name": "podcast-founder-substack-essay-board-member-comment",
        "text": (
            "Two years after raising $40 million for her battery-recycling start-up Voltcycle, "
            "Amara Osei-Bonsu says the hardest part was not the chemistry. “It was convincing "
            "utilities that a 31-year-old with a pitch deck was serious,” she said on the podcast "
            "Founders at Dawn, in an episode released on Monday.\n\n"
            "In an essay on Substack the same week, titled “What the Term Sheet Didn’t Say,” she "
            "argued that investors had pushed her to expand into three countries too quickly. "
            "“Growth is a drug and the dealers sit on my board,” she wrote.\n\n"
            "One of those board members, Felix Brandt of Kestrel Capital, replied in the comments "
            "under the essay. “Fair. But the dealers also kept the lights on in 2023,” Brandt "
            "wrote.\n\n"
            "Voltcycle’s co-founder, Jonah Whitaker, left the company last year to start a "
            "solar business and has not commented on the essay."
        ),
        "quotes": [
            (
                "It was convincing utilities that a 31-year-old with a pitch deck was serious,",
                "Amara Osei-Bonsu",
                False,
                "P1",
            ),
            ("Growth is a drug and the dealers sit on my board,", "Amara Osei-Bonsu", False, "P2"),
            (
                "Fair. But the dealers also kept the lights on in 2023,",
                "Felix Brandt",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Amara Osei-Bonsu", "Founders at Dawn"),
            ("P2", "Amara Osei-Bonsu", "Substack"),
        ],
        "people": ["Amara Osei-Bonsu", "Felix Brandt", "Jonah Whitaker"],
    },
    {
        "name": "return-to-office-ceo-email-reddit-thread-statement",
        "text": (
            "Employees at the insurance group Carrow Mutual must return to the office four days "
            "a week from June, its chief executive, Declan Farraday, told staff in an email on "
            "Monday.\n\n"
            "“I have watched our culture thin out over video calls, and I am not willing to watch "
            "any longer,” Farraday wrote in the email, which was seen by The Ledger.\n\n"
            "Within hours, an anonymous thread on Reddit titled “Carrow RTO megathread” had "
            "gathered hundreds of comments. “Four days means I quit,” one commenter wrote.\n\n"
            "Carrow Mutual said in a statement on Tuesday that the policy would “include "
            "reasonable exceptions for carers and disabled staff.”\n\n"
            "Nadia Farouk, who leads the company’s employee network for parents, said she had "
            "asked Farraday for a meeting before the rules take effect. “We are not refusing. We "
            "want to be heard first,” she said."
        ),
        "quotes": [
            (
                "I have watched our culture thin out over video calls, and I am not willing to "
                "watch any longer,",
                "Declan Farraday",
                False,
                "P1",
            ),
            ("Four days means I quit,", None, False, "P2"),
            ("include reasonable exceptions for carers and disabled staff.", None, True, "P3"),
            ("We are not refusing. We want to be heard first,", "Nadia Farouk", False, None),
        ],
        "posts": [
            ("P1", "Declan Farraday", None),
            ("P2", None, "Reddit"),
            ("P3", None, None),
        ],
        "people": ["Declan Farraday", "Nadia Farouk"],
    },
    {
        "name": "activist-investor-letter-cnbc-release-fragments",
        "text": (
            "The activist investor Rupert Vallance has built a 7 per cent stake in the "
            "engineering firm Moreland Dynamics and wants its chairman out, according to a letter "
            "he sent to the board on Friday.\n\n"
            "“The board has confused patience with strategy for a decade,” Vallance wrote. "
            "“Shareholders have paid for that confusion.”\n\n"
            "In an interview with CNBC on Monday, the 58-year-old was blunter. “Sir Anthony "
            "should go, and he should go this year,” he said, referring to the chairman, Sir "
            "Anthony Grieve, who has led the board since 2014.\n\n"
            "Moreland said in a release that its board “unanimously supports” Grieve and would "
            "“engage constructively with all shareholders.”\n\n"
            "The company’s shares rose 4 per cent on Monday, the biggest gain in a year. Vallance "
            "has run similar campaigns at two other British industrial groups, winning board "
            "seats at both."
        ),
        "quotes": [
            (
                "The board has confused patience with strategy for a decade,",
                "Rupert Vallance",
                False,
                "P1",
            ),
            ("Shareholders have paid for that confusion.", "Rupert Vallance", False, "P1"),
            (
                "Sir Anthony should go, and he should go this year,",
                "Rupert Vallance",
                False,
                "P2",
            ),
            ("unanimously supports", None, True, "P3"),
            ("engage constructively with all shareholders.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Rupert Vallance", None),
            ("P2", "Rupert Vallance", "CNBC"),
            ("P3", None, "press release"),
        ],
        "people": ["Rupert Vallance", "Anthony Grieve"],
    },
    {
        "name": "courier-tiktok-comment-statement-lawyer-reuters",
        "text": (
            "A courier for the food-delivery app Zipplate says he was paid £2.10 for a 40-minute "
            "round trip in the rain, and his video about it has been watched more than three "
            "million times.\n\n"
            "“That’s not a wage, that’s a tip,” Kwame Asante, 27, says in the TikTok video, "
            "holding his phone up to the camera.\n\n"
            "Under the video, another rider wrote: “Same zone, same night, £1.80.”\n\n"
            "Zipplate said in a statement that the fee had been calculated “incorrectly” and "
            "that Asante would be paid the difference.\n\n"
            "The employment lawyer Beatriz Montoya, who represents a group of riders in a "
            "tribunal claim against the company, told Reuters the case showed why couriers "
            "should be treated as workers rather than contractors. “The algorithm is the "
            "manager. It just never has to sign anything,” Montoya said."
        ),
        "quotes": [
            ("That’s not a wage, that’s a tip,", "Kwame Asante", False, "P1"),
            ("Same zone, same night, £1.80.", None, False, "P1"),
            ("incorrectly", None, True, "P2"),
            (
                "The algorithm is the manager. It just never has to sign anything,",
                "Beatriz Montoya",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Kwame Asante", "TikTok"),
            ("P2", None, None),
            ("P3", "Beatriz Montoya", "Reuters"),
        ],
        "people": ["Kwame Asante", "Beatriz Montoya"],
    },
    {
        "name": "meal-kit-shutdown-letter-two-paragraphs-linkedin-sifted",
        "text": (
            "The meal-kit start-up Forkful will shut down at the end of the month, its "
            "co-founder Elliot Marsh announced in a letter to customers posted on the company’s "
            "website on Sunday.\n\n"
            "“We spent five years trying to make dinner simpler. We did not manage to make it "
            "cheaper, and in the end that was the whole game.\n\n"
            "“To our 140 employees: none of this was your failure. Every one of you will leave "
            "with severance and a reference from me,” Marsh wrote.\n\n"
            "His fellow co-founder, Hana Sato, posted on LinkedIn that she was “heartbroken but "
            "not surprised.”\n\n"
            "An investor in Forkful’s last funding round, Gideon Albright, told Sifted that the "
            "company had been caught out by rising ingredient costs and cautious shoppers. “They "
            "did everything right except the timing,” he said."
        ),
        "quotes": [
            (
                "We spent five years trying to make dinner simpler. We did not manage to make it "
                "cheaper, and in the end that was the whole game.",
                "Elliot Marsh",
                False,
                "P1",
            ),
            (
                "To our 140 employees: none of this was your failure. Every one of you will "
                "leave with severance and a reference from me,",
                "Elliot Marsh",
                False,
                "P1",
            ),
            ("heartbroken but not surprised.", "Hana Sato", True, "P2"),
            ("They did everything right except the timing,", "Gideon Albright", False, "P3"),
        ],
        "posts": [
            ("P1", "Elliot Marsh", None),
            ("P2", "Hana Sato", "LinkedIn"),
            ("P3", "Gideon Albright", "Sifted"),
        ],
        "people": ["Elliot Marsh", "Hana Sato", "Gideon Albright"],
    },
    {
        "name": "four-day-week-report-op-ed-x-reply",
        "text": (
            "Most of the 61 British companies that tried a four-day week last year are keeping "
            "it, according to a report published on Wednesday by the research group Worklight. "
            "“The productivity fears simply did not materialise,” the report said.\n\n"
            "At Greyfield Marketing in Bristol, the managing director, Lucy Pembridge, said staff "
            "had become “ruthless about meetings.” “We cancelled a third of them and nobody "
            "noticed,” she said.\n\n"
            "Not everyone is convinced. Arthur Kemble, who chairs the Federation of Small "
            "Employers, wrote in an op-ed for City AM that the results were “a story about "
            "offices, not about factories or care homes.” “Try running a bakery on four days,” "
            "Kemble wrote.\n\n"
            "Pembridge answered him on X on Thursday morning: “Come and visit. We have a bakery "
            "client.”\n\n"
            "Worklight plans a second trial next year with manufacturers and hospitals."
        ),
        "quotes": [
            ("The productivity fears simply did not materialise,", None, False, "P1"),
            ("ruthless about meetings.", "Lucy Pembridge", True, None),
            ("We cancelled a third of them and nobody noticed,", "Lucy Pembridge", False, None),
            (
                "a story about offices, not about factories or care homes.",
                "Arthur Kemble",
                True,
                "P2",
            ),
            ("Try running a bakery on four days,", "Arthur Kemble", False, "P2"),
            ("Come and visit. We have a bakery client.", "Lucy Pembridge", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Arthur Kemble", "City AM"),
            ("P3", "Lucy Pembridge", "X"),
        ],
        "people": ["Lucy Pembridge", "Arthur Kemble"],
    },
    {
        "name": "crypto-exchange-lawsuit-nickname-youtube-hearing",
        "text": (
            "Lawyers for customers of the collapsed crypto exchange Tidebank filed a lawsuit in "
            "Delaware on Monday accusing its founder, Marcus “Moonshot” Pell, of moving $80 "
            "million to his own accounts in the weeks before it failed. The suit calls the "
            "transfers “a getaway car disguised as a treasury.”\n\n"
            "Pell, 34, denied the claim in a video posted on YouTube. “Every dollar is "
            "documented, and the documents will come out,” he said in the video, which has been "
            "viewed 400,000 times.\n\n"
            "At a hearing on Tuesday, Judge Rosalind Okoye asked Pell’s lawyer, Samuel Trent, why "
            "none of those documents had been filed with the court.\n\n"
            "“They will be,” Trent said.\n\n"
            "“Then I will expect them by Friday,” the judge replied.\n\n"
            "Tidebank froze withdrawals in March, leaving about 90,000 customers unable to "
            "reach their savings. Its former chief technology officer, Dana Kowalczyk, is "
            "cooperating with prosecutors, according to people familiar with the case."
        ),
        "quotes": [
            ("a getaway car disguised as a treasury.", None, True, "P1"),
            (
                "Every dollar is documented, and the documents will come out,",
                "Marcus Pell",
                False,
                "P2",
            ),
            ("They will be,", "Samuel Trent", False, None),
            ("Then I will expect them by Friday,", "Rosalind Okoye", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marcus Pell", "YouTube"),
        ],
        "people": ["Marcus Pell", "Rosalind Okoye", "Samuel Trent", "Dana Kowalczyk"],
    },
    {
        "name": "flagship-store-closure-statement-drapers-instagram-caption",
        "text": (
            "The fashion retailer Brightwell & Co. is closing its flagship store on Oxford Street "
            "after 92 years, the company said in a statement on Thursday. The store’s 210 staff "
            "will be offered jobs at other branches, it said.\n\n"
            "Its chief executive, Olivia Strand, told the trade magazine Drapers that the rent "
            "had doubled since 2019. “We love that building. We cannot afford to love it any "
            "more,” said Strand, who joined the company from a supermarket chain in 2021.\n\n"
            "The fashion blogger Ruby Calloway, who has 400,000 followers, posted a photo of the "
            "store’s windows on Instagram with the caption “End of an era. I bought my prom dress "
            "here.”\n\n"
            "One follower replied beneath it: “Mine too, 1998.”\n\n"
            "Strand’s predecessor, Malcolm Fenwick, who had resisted calls to close the store "
            "for a decade, declined to comment."
        ),
        "quotes": [
            (
                "We love that building. We cannot afford to love it any more,",
                "Olivia Strand",
                False,
                "P2",
            ),
            ("End of an era. I bought my prom dress here.", "Ruby Calloway", False, "P3"),
            ("Mine too, 1998.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Olivia Strand", "Drapers"),
            ("P3", "Ruby Calloway", "Instagram"),
        ],
        "people": ["Olivia Strand", "Ruby Calloway", "Malcolm Fenwick"],
    },
    {
        "name": "pilots-strike-union-facebook-video-memo-minister-x",
        "text": (
            "Pilots at the regional airline SkyFerry will stage a 48-hour strike next week after "
            "talks over pay broke down, their union said on Friday.\n\n"
            "In a video posted on the union’s Facebook page, its general secretary, Teodor "
            "Vasile, spoke directly to passengers. “We are sorry for your holidays. We are not "
            "sorry for standing up for safe rosters,” he said.\n\n"
            "SkyFerry’s chief operating officer, Annika Lund, told reporters at Dublin Airport "
            "that the airline would run a reduced timetable. “Most people will still fly,” Lund "
            "said.\n\n"
            "In a memo to cabin crew seen by this newspaper, Lund wrote that their jobs were "
            "“not at risk in any scenario.”\n\n"
            "The transport minister, Fergal Dunne, wrote on X that he had asked both sides to "
            "accept mediation by the Workplace Relations Commission. “Nobody wins a summer "
            "strike,” he wrote."
        ),
        "quotes": [
            (
                "We are sorry for your holidays. We are not sorry for standing up for safe "
                "rosters,",
                "Teodor Vasile",
                False,
                "P1",
            ),
            ("Most people will still fly,", "Annika Lund", False, None),
            ("not at risk in any scenario.", "Annika Lund", True, "P2"),
            ("Nobody wins a summer strike,", "Fergal Dunne", False, "P3"),
        ],
        "posts": [
            ("P1", "Teodor Vasile", "Facebook"),
            ("P2", "Annika Lund", None),
            ("P3", "Fergal Dunne", "X"),
        ],
        "people": ["Teodor Vasile", "Annika Lund", "Fergal Dunne"],
    },
    {
        "name": "acquisition-joint-release-company-blog-hacker-news",
        "text": (
            "The design-software start-up Sketchwell has agreed to be bought by the cloud "
            "company Nimbus Systems for $1.2 billion, the two companies said in a joint press "
            "release on Tuesday.\n\n"
            "“Sketchwell’s team built the tool our customers kept asking us to build,” Nimbus’s "
            "chief executive, Raj Malhotra, said in the release. Sketchwell’s founder, Elena "
            "Voss, was quoted in the same release calling the deal “the best possible home for "
            "what we made.”\n\n"
            "Voss, 29, wrote a longer goodbye on the company blog. “Some of you have been with "
            "us since the beta, when the app crashed if you drew a circle,” she wrote. “Thank "
            "you for staying.”\n\n"
            "On the forum Hacker News, users were less warm. “Every tool Nimbus buys gets worse "
            "within a year,” one wrote.\n\n"
            "The deal still needs approval from regulators in the US and the European Union."
        ),
        "quotes": [
            (
                "Sketchwell’s team built the tool our customers kept asking us to build,",
                "Raj Malhotra",
                False,
                "P1",
            ),
            ("the best possible home for what we made.", "Elena Voss", True, "P1"),
            (
                "Some of you have been with us since the beta, when the app crashed if you drew "
                "a circle,",
                "Elena Voss",
                False,
                "P2",
            ),
            ("Thank you for staying.", "Elena Voss", False, "P2"),
            ("Every tool Nimbus buys gets worse within a year,", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Elena Voss", None),
            ("P3", None, "Hacker News"),
        ],
        "people": ["Raj Malhotra", "Elena Voss"],
    },
    {
        "name": "minimum-wage-today-programme-rally-instagram",
        "text": (
            "The government’s plan to raise the minimum wage to £13 an hour by 2027 drew a "
            "warning on Wednesday from the economist Dr. Felicity Amadi, who told the BBC’s Today "
            "programme that small employers would cut hours rather than jobs.\n\n"
            "“The risk is not mass unemployment. It is a quiet shrinking of rotas,” she said.\n\n"
            "Speaking at a rally in Manchester hours later, the employment minister, Gareth Rowe, "
            "dismissed the concern. “We heard exactly this in 1999, and it was wrong then too,” "
            "Rowe said.\n\n"
            "Sadia Rahman, who owns three bakeries in Leicester, posted on Instagram that she "
            "backed the rise but needed help with her energy bills. “Pay people properly. Then "
            "help us pay for the ovens,” she wrote.\n\n"
            "Rowe’s opposite number, Hugh Carmody, said his party would set out its own plan for "
            "low pay next month."
        ),
        "quotes": [
            (
                "The risk is not mass unemployment. It is a quiet shrinking of rotas,",
                "Felicity Amadi",
                False,
                "P1",
            ),
            (
                "We heard exactly this in 1999, and it was wrong then too,",
                "Gareth Rowe",
                False,
                None,
            ),
            ("Pay people properly. Then help us pay for the ovens,", "Sadia Rahman", False, "P2"),
        ],
        "posts": [
            ("P1", "Felicity Amadi", "Today"),
            ("P2", "Sadia Rahman", "Instagram"),
        ],
        "people": ["Felicity Amadi", "Gareth Rowe", "Sadia Rahman", "Hugh Carmody"],
    },
    {
        "name": "tribunal-judgment-sky-news-firm-statement",
        "text": (
            "An employment tribunal has ruled that the accounting firm Pryce Holloway unfairly "
            "dismissed a senior auditor after she complained about being left off promotion "
            "lists while on maternity leave.\n\n"
            "In her written judgment, published on Monday, Employment Judge Carol Whitlock said "
            "the firm’s explanation was “not credible on any view of the evidence.”\n\n"
            "The auditor, Meera Joshi, 36, told Sky News she had been “written out of the firm’s "
            "future” the moment she announced her pregnancy. “I was good at my job on Friday and "
            "apparently useless by Monday,” she said.\n\n"
            "Pryce Holloway said in a statement that it was “disappointed” with the ruling and "
            "was considering an appeal.\n\n"
            "Joshi’s lawyer, Daniel Okonkwo-Reid, said compensation would be decided at a later "
            "hearing, and that the case should worry every firm with a partnership track."
        ),
        "quotes": [
            ("not credible on any view of the evidence.", "Carol Whitlock", True, "P1"),
            ("written out of the firm’s future", "Meera Joshi", True, "P2"),
            (
                "I was good at my job on Friday and apparently useless by Monday,",
                "Meera Joshi",
                False,
                "P2",
            ),
            ("disappointed", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Carol Whitlock", None),
            ("P2", "Meera Joshi", "Sky News"),
            ("P3", None, None),
        ],
        "people": ["Carol Whitlock", "Meera Joshi", "Daniel Okonkwo-Reid"],
    },
    {
        "name": "chipmaker-earnings-call-short-seller-x-bloomberg-tv-newsletter",
        "text": (
            "Shares in the chipmaker Quantara fell 22 per cent on Wednesday after it warned that "
            "demand from data centres was cooling.\n\n"
            "“We are not seeing a collapse. We are seeing customers digest what they bought,” "
            "the chief financial officer, Lena Hartmann, said on a call with analysts.\n\n"
            "The hedge fund manager Oscar Delacroix, who had bet against the company, posted on "
            "X within minutes: “Digestion is what you call it when the meal was too big.”\n\n"
            "Hartmann appeared on Bloomberg Television that evening. “I understand the "
            "scepticism, and I would ask people to look at our order book in six months,” she "
            "said.\n\n"
            "In his monthly newsletter to investors, Delacroix wrote that he had closed half of "
            "his position. The trade had been “too easy,” he added, and he did not expect the "
            "shares to fall much further."
        ),
        "quotes": [
            (
                "We are not seeing a collapse. We are seeing customers digest what they bought,",
                "Lena Hartmann",
                False,
                None,
            ),
            (
                "Digestion is what you call it when the meal was too big.",
                "Oscar Delacroix",
                False,
                "P1",
            ),
            (
                "I understand the scepticism, and I would ask people to look at our order book "
                "in six months,",
                "Lena Hartmann",
                False,
                "P2",
            ),
            ("too easy,", "Oscar Delacroix", True, "P3"),
        ],
        "posts": [
            ("P1", "Oscar Delacroix", "X"),
            ("P2", "Lena Hartmann", "Bloomberg Television"),
            ("P3", "Oscar Delacroix", None),
        ],
        "people": ["Lena Hartmann", "Oscar Delacroix"],
    },
    {
        "name": "worker-owned-mill-bbc-scotland-agm-newsletter",
        "text": (
            "When the owners of the Clydeside textile mill Baird & Lennox announced in 2021 that "
            "they would sell it, its workers bought it instead.\n\n"
            "Three years on, the mill is profitable, and Agnes Baird, who sold her family’s stake "
            "to the workers, says she has no regrets. “My grandfather would have hated it and "
            "then, after about a week, loved it,” the 63-year-old told BBC Scotland.\n\n"
            "At the co-operative’s annual meeting on Saturday, its elected chair, a loom "
            "technician named Stuart Imrie, told members that the mill would hire 30 people this "
            "year. “We are the bosses now, which means we are also the ones who have to say no,” "
            "Imrie said.\n\n"
            "In the co-op’s newsletter, Imrie’s deputy, Fiona Galbraith, wrote that wages had "
            "risen 11 per cent since the buyout. “Nobody here is getting rich. But nobody here is "
            "getting poorer either,” she wrote.\n\n"
            "The mill’s former managing director, Neil Lennox, did not reply to messages."
        ),
        "quotes": [
            (
                "My grandfather would have hated it and then, after about a week, loved it,",
                "Agnes Baird",
                False,
                "P1",
            ),
            (
                "We are the bosses now, which means we are also the ones who have to say no,",
                "Stuart Imrie",
                False,
                None,
            ),
            (
                "Nobody here is getting rich. But nobody here is getting poorer either,",
                "Fiona Galbraith",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Agnes Baird", "BBC Scotland"),
            ("P2", "Fiona Galbraith", None),
        ],
        "people": ["Agnes Baird", "Stuart Imrie", "Fiona Galbraith", "Neil Lennox"],
    },
    {
        "name": "health-tech-whistleblower-medium-company-linkedin-reply",
        "text": (
            "A former employee of the health-tech start-up Pulsewise has accused the company of "
            "overstating the accuracy of its heart-rhythm app, in an essay on Medium that has "
            "been shared widely among investors.\n\n"
            "“The 98 per cent figure came from a test on 40 people, most of them on our own "
            "staff,” wrote Tomasz Wróbel, who was a data scientist at the company until March.\n\n"
            "Pulsewise responded in a post on LinkedIn, saying its results had been "
            "“independently reviewed” and that Wróbel had left “on good terms.”\n\n"
            "Its co-founder and chief executive, Dr. Aisha Karimi, told Wired that a larger "
            "study involving 3,000 patients was under way. “If the number comes down, we will "
            "say so publicly,” Karimi said.\n\n"
            "Wróbel replied under the company’s LinkedIn post: “Then say so now.”\n\n"
            "The app is sold in pharmacies in six countries."
        ),
        "quotes": [
            (
                "The 98 per cent figure came from a test on 40 people, most of them on our own "
                "staff,",
                "Tomasz Wróbel",
                False,
                "P1",
            ),
            ("independently reviewed", None, True, "P2"),
            ("on good terms.", None, True, "P2"),
            ("If the number comes down, we will say so publicly,", "Aisha Karimi", False, "P3"),
            ("Then say so now.", "Tomasz Wróbel", False, "P2"),
        ],
        "posts": [
            ("P1", "Tomasz Wróbel", "Medium"),
            ("P2", None, "LinkedIn"),
            ("P3", "Aisha Karimi", "Wired"),
        ],
        "people": ["Tomasz Wróbel", "Aisha Karimi"],
    },
    {
        "name": "pay-revolt-proxy-report-chairman-letter-linkedin",
        "text": (
            "Shareholders in the housebuilder Ashcombe Homes voted against its chief executive’s "
            "£9 million pay package on Thursday, a rare rebuke for a company that has rarely "
            "faced one.\n\n"
            "The proxy adviser Glass Harbour had urged investors to reject the award, calling it "
            "“out of all proportion to performance” in a report to clients last week.\n\n"
            "In a letter to shareholders before the vote, the chairman, Lord Peter Ainsworth, "
            "defended the package. “Simon Tully has doubled the value of this company. Paying him "
            "like a caretaker would be the real risk,” he wrote.\n\n"
            "Tully, 52, said at the meeting in Reading that he would “listen carefully” to "
            "shareholders.\n\n"
            "Erin Castellano, head of stewardship at the pension fund Northmoor, wrote on "
            "LinkedIn that the vote was “a line in the sand.” “Boards should read it that way,” "
            "she added."
        ),
        "quotes": [
            ("out of all proportion to performance", None, True, "P1"),
            (
                "Simon Tully has doubled the value of this company. Paying him like a caretaker "
                "would be the real risk,",
                "Peter Ainsworth",
                False,
                "P2",
            ),
            ("listen carefully", "Simon Tully", True, None),
            ("a line in the sand.", "Erin Castellano", True, "P3"),
            ("Boards should read it that way,", "Erin Castellano", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Peter Ainsworth", None),
            ("P3", "Erin Castellano", "LinkedIn"),
        ],
        "people": ["Peter Ainsworth", "Simon Tully", "Erin Castellano"],
    },
    {
        "name": "scheduling-app-sale-youtube-comment-forbes-press-conference",
        "text": (
            "Kofi Mensah-Darko built his scheduling app Rotabee in a spare bedroom in Accra. On "
            "Monday the 33-year-old announced in a YouTube video that Rotabee had been bought by "
            "the payroll company Ledgerline for an undisclosed sum.\n\n"
            "“Five years ago I had twelve users and one of them was my mum,” he says in the "
            "video. “Today we have two million.”\n\n"
            "Among the comments under the video was one from his first hire, Abena Owusu: "
            "“Still have the chair you made me sit on. Congratulations, boss.”\n\n"
            "Ledgerline said in a release that Rotabee would keep its brand and all 85 of its "
            "staff. Its president, Carla Jimenez, told Forbes that the price reflected “a "
            "product people actually open every day.”\n\n"
            "At a press conference in Accra on Tuesday, Mensah-Darko said he would stay on for at "
            "least three years. “I am not going anywhere,” the entrepreneur said."
        ),
        "quotes": [
            (
                "Five years ago I had twelve users and one of them was my mum,",
                "Kofi Mensah-Darko",
                False,
                "P1",
            ),
            ("Today we have two million.", "Kofi Mensah-Darko", False, "P1"),
            (
                "Still have the chair you made me sit on. Congratulations, boss.",
                "Abena Owusu",
                False,
                "P1",
            ),
            ("a product people actually open every day.", "Carla Jimenez", True, "P3"),
            ("I am not going anywhere,", "Kofi Mensah-Darko", False, None),
        ],
        "posts": [
            ("P1", "Kofi Mensah-Darko", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Carla Jimenez", "Forbes"),
        ],
        "people": ["Kofi Mensah-Darko", "Abena Owusu", "Carla Jimenez"],
    },
]
