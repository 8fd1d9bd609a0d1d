"""The one-hundred-and-twenty-seventh self-made dev set, held out (EC): its first run is an unseen estimate.

Written with set EB, without reading the extraction rules, and committed before
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
  post reported without any quoted words (a group's letter, an MP's letter, a
  release to a stock exchange) is still listed in posts (as in BU).
- people lists every named person in the text, speaking or not, in order of
  first mention; organisations, unions and councils are not people.
- A statement a chief executive makes "of her own" or "issued" by a named
  chief executive is that executive's post with no platform; a company's or a
  works council's statement that quotes a named person keeps author None, and
  the quote's speaker is that person.
- A chief operating officer's letter to staff, a chief executive's email to
  employees, an annual letter to shareholders, a message to staff "seen by the
  Financial Times" and an internal memo "obtained by The Irish Times" are the
  writer's posts with no platform: a document seen or obtained by a newspaper
  is not an interview with it. Words "the letter said" speak as its writer.
- A letter signed by a named trader "and 60 other traders", or an open letter
  by eleven family shareholders "led by" a named cousin, is a group's letter:
  author None, platform None, like an open letter signed by hundreds.
- A company's release to a stock exchange is a press release with author None.
- A company's blog post with no named platform has author None and platform
  None, and its words speak as None.
- A message written in a WhatsApp group is the writer's post with platform
  WhatsApp; a petition posted in a Facebook group is the member's Facebook post.
- CNBC's "Squawk Box" has platform Squawk Box, and the show's title in marks
  is not a quote; the BBC Radio 4 programme Today has platform Today; the
  podcast Odd Lots has platform Odd Lots; a column for Bloomberg Opinion has
  platform Bloomberg Opinion; "told the newspaper De Standaard" is an
  interview with platform De Standaard.
- A Reddit thread's title in marks, an open letter's title in marks and a
  nickname ("the Cod Father") are not quotes; a term in marks after
  "so-called" is a scare quote, not a quote. A single-mark scare quote inside
  a quote (‘smart’) stays part of the quote's text (as in BU).
- Words in marks taken from a post after "called", "warned that", "saying" or
  "wrote that" are a partial quote of that post, even a legal phrase
  ("irreparable harm" in a ruling) or a single word ("insulting", at a news
  conference, where it is partial with no post).
- A sentence split by its attribution ("Rates giveth," he wrote, "and rates
  taketh away. ...") gives two quotes, neither of them partial.
- A quote that follows, in the same paragraph, the report of an interview,
  essay, letter or statement (told Reuters ... "..."; told BBC Radio Scotland
  ... "...," she said) belongs to that post, as in BU.
- "Told supporters at the count", "speaking to reporters outside the depot",
  "speaking at a coffee industry conference", "told a news conference" and
  "told the crowd" at a rally are not posts.
- An unnamed striker, spokesperson, viewer or Reddit user speaks as None; a
  comment by an unnamed viewer under a TikTok video and a reply by an unnamed
  user under a Reddit thread belong to the video or thread.
- A video the MP posted on Instagram, with words she "says in it", is her
  Instagram post, and replies under it belong to it.
- Siblings sharing a surname (Gurpreet and Harjit Sandhu): the bare surname
  refers to the one most recently named when it is used.
- Li Xiaoyan and Nguyen Thi Hoa keep the name order as written; "Li" resolves
  to Li Xiaoyan. A multi-part name (João Batista Figueiredo, Lucía Ortega
  Briones) is kept whole as the fullest form.
- Quote text keeps a trailing comma or full stop that stands inside the marks
  ("this year," and "by Thanksgiving.").

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EC: list[dict] = [
    {
        "name": "earnings-release-call-analyst-note-frozen-fish",
        "text": (
            "Halvorsen Foods, the Oslo-based maker of frozen fish, reported a 14 percent drop "
            "in quarterly profit on Thursday, and its shares fell almost 9 percent in early "
            "trading.\n\n"
            "“Demand held up, but our costs did not,” the chief executive, Ingrid "
            "Halvorsen-Moe, said in the company’s earnings release, which blamed higher fuel "
            "and packaging prices.\n\n"
            "On a call with analysts hours later, she was blunter. “We were too slow to raise "
            "prices, and we paid for it,” Halvorsen-Moe said. She added that a new plant in "
            "Ålesund would open “on schedule, not a day later.”\n\n"
            "Not everyone was persuaded. In a note to clients, Rajesh Venkataraman, an "
            "analyst at Nordhavn Securities, called the guidance “ambitious to the point of "
            "heroic” and cut his target price by a fifth. “Management is asking investors to "
            "trust a recovery it has not yet shown,” he wrote.\n\n"
            "The company’s largest shareholder, the fishing cooperative Kystlaget, said in a "
            "brief statement that it continued to “fully support” the board."
        ),
        "quotes": [
            (
                "Demand held up, but our costs did not,",
                "Ingrid Halvorsen-Moe",
                False,
                "P1",
            ),
            (
                "We were too slow to raise prices, and we paid for it,",
                "Ingrid Halvorsen-Moe",
                False,
                None,
            ),
            (
                "on schedule, not a day later.",
                "Ingrid Halvorsen-Moe",
                True,
                None,
            ),
            (
                "ambitious to the point of heroic",
                "Rajesh Venkataraman",
                True,
                "P2",
            ),
            (
                "Management is asking investors to trust a recovery it has not yet shown,",
                "Rajesh Venkataraman",
                False,
                "P2",
            ),
            (
                "fully support",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rajesh Venkataraman", None),
            ("P3", None, None),
        ],
        "people": ["Ingrid Halvorsen-Moe", "Rajesh Venkataraman"],
    },
    {
        "name": "warehouse-strike-coo-letter-picket-caption-union-x",
        "text": (
            "Nearly 3,000 warehouse workers at the online grocer FreshCart walked off the job "
            "in the Midlands on Monday, the first strike in the company’s 12-year history.\n\n"
            "“Nobody here wanted this, but nobody here can live on these wages either,” said "
            "Folasade Ogunleye, the regional organiser for the Unite Logistics union, "
            "speaking to reporters outside the Coventry depot.\n\n"
            "The company’s chief operating officer, Piotr Zieliński, wrote to staff on Sunday "
            "evening urging them to reconsider. “The offer on the table is the best in our "
            "sector,” the letter said. “Walking out will not make it bigger.”\n\n"
            "Ogunleye later posted a photo of the picket line on X with the caption “Day one. "
            "Still standing.” One striker, a 58-year-old forklift driver who asked not to be "
            "named, said the mood on the line was “angry but calm.”\n\n"
            "The union itself said on X that more sites could join the walkout “within a "
            "fortnight” if talks did not resume."
        ),
        "quotes": [
            (
                "Nobody here wanted this, but nobody here can live on these wages either,",
                "Folasade Ogunleye",
                False,
                None,
            ),
            (
                "The offer on the table is the best in our sector,",
                "Piotr Zieliński",
                False,
                "P1",
            ),
            (
                "Walking out will not make it bigger.",
                "Piotr Zieliński",
                False,
                "P1",
            ),
            (
                "Day one. Still standing.",
                "Folasade Ogunleye",
                False,
                "P2",
            ),
            (
                "angry but calm.",
                None,
                True,
                None,
            ),
            (
                "within a fortnight",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Piotr Zieliński", None),
            ("P2", "Folasade Ogunleye", "X"),
            ("P3", None, "X"),
        ],
        "people": ["Folasade Ogunleye", "Piotr Zieliński"],
    },
    {
        "name": "paint-takeover-board-statement-squawk-box-linkedin-comment",
        "text": (
            "The Dutch paint maker Verfhuis rejected a €6.2 billion takeover offer from its "
            "American rival Colorway in a statement on Wednesday, saying the bid "
            "“significantly undervalues” the company and its brands.\n\n"
            "The statement said the board had been approached three times since June, and "
            "quoted the chairwoman, Annelies de Groot, as saying: “Each proposal has been "
            "more opportunistic than the last.”\n\n"
            "Colorway’s chief executive, Marcus Whitfield, appeared on CNBC’s “Squawk Box” an "
            "hour later and made clear he was not walking away. “We have the money, we have "
            "the plan, and we think their shareholders will see that,” Whitfield said.\n\n"
            "He also wrote about the bid on LinkedIn, arguing that the two firms would be "
            "“stronger together on every continent.” Under the post, a former Verfhuis "
            "director, Sander Bakker, commented: “Stronger for whom? Not for the people in "
            "Arnhem.”\n\n"
            "Shares in Verfhuis rose 11 percent in Amsterdam, well above the offer price."
        ),
        "quotes": [
            (
                "significantly undervalues",
                None,
                True,
                "P1",
            ),
            (
                "Each proposal has been more opportunistic than the last.",
                "Annelies de Groot",
                False,
                "P1",
            ),
            (
                (
                    "We have the money, we have the plan, and we think their shareholders "
                    "will see that,"
                ),
                "Marcus Whitfield",
                False,
                "P2",
            ),
            (
                "stronger together on every continent.",
                "Marcus Whitfield",
                True,
                "P3",
            ),
            (
                "Stronger for whom? Not for the people in Arnhem.",
                "Sander Bakker",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marcus Whitfield", "Squawk Box"),
            ("P3", "Marcus Whitfield", "LinkedIn"),
        ],
        "people": ["Annelies de Groot", "Marcus Whitfield", "Sander Bakker"],
    },
    {
        "name": "bakery-rent-instagram-chef-comment-radio-facebook-group",
        "text": (
            "When the rent on her bakery in Leith doubled overnight, Mei-Ling Chua did what "
            "many small traders now do: she told her customers on Instagram. “Twelve years of "
            "sourdough, and I have until the end of April,” she wrote under a photo of her "
            "empty shelves.\n\n"
            "The post was shared more than 40,000 times. Among the comments was one from the "
            "chef Callum Rennie: “This city is pricing out the people who make it worth "
            "living in.”\n\n"
            "Chua, 44, later told BBC Radio Scotland that she had asked the landlord, a "
            "pension fund, for a five-year lease. “They offered me eighteen months. You "
            "cannot pay back an oven in eighteen months,” she said.\n\n"
            "A spokesperson for the fund said it was “open to discussion with all tenants” "
            "but would not comment on individual cases.\n\n"
            "In the Leith Traders Facebook group, the greengrocer Osman Yilmaz posted a "
            "petition asking the council to cap commercial rents. “If she goes, the rest of "
            "us are next,” he wrote."
        ),
        "quotes": [
            (
                "Twelve years of sourdough, and I have until the end of April,",
                "Mei-Ling Chua",
                False,
                "P1",
            ),
            (
                "This city is pricing out the people who make it worth living in.",
                "Callum Rennie",
                False,
                "P1",
            ),
            (
                (
                    "They offered me eighteen months. You cannot pay back an oven in "
                    "eighteen months,"
                ),
                "Mei-Ling Chua",
                False,
                "P2",
            ),
            (
                "open to discussion with all tenants",
                None,
                True,
                None,
            ),
            (
                "If she goes, the rest of us are next,",
                "Osman Yilmaz",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mei-Ling Chua", "Instagram"),
            ("P2", "Mei-Ling Chua", "BBC Radio Scotland"),
            ("P3", "Osman Yilmaz", "Facebook"),
        ],
        "people": ["Mei-Ling Chua", "Callum Rennie", "Osman Yilmaz"],
    },
    {
        "name": "regulator-fine-release-founder-statement-hearing-bluesky",
        "text": (
            "Britain’s Financial Conduct Authority fined the payments company Quillpay £18.4 "
            "million on Tuesday for failing to stop money laundering through thousands of its "
            "accounts.\n\n"
            "“Quillpay’s controls were not weak; for long stretches they did not exist,” "
            "Tobias Fairweather, the regulator’s director of enforcement, said in a press "
            "release.\n\n"
            "The company’s founder and chief executive, Amara Nwachukwu, said in a statement "
            "of her own that Quillpay accepted the findings. “We grew fast, and we did not "
            "build the guardrails we needed. That was a failure, and it was mine,” she said.\n\n"
            "At a parliamentary committee hearing in February, Nwachukwu had described the "
            "compliance team as “world-class.” Asked on Tuesday about that remark, a Quillpay "
            "spokesman said the 39-year-old “stands by the people on that team, if not by the "
            "word.”\n\n"
            "Consumer groups were unimpressed. The campaign group Fair Money called the fine "
            "“a rounding error” in a post on Bluesky."
        ),
        "quotes": [
            (
                "Quillpay’s controls were not weak; for long stretches they did not exist,",
                "Tobias Fairweather",
                False,
                "P1",
            ),
            (
                (
                    "We grew fast, and we did not build the guardrails we needed. That "
                    "was a failure, and it was mine,"
                ),
                "Amara Nwachukwu",
                False,
                "P2",
            ),
            (
                "world-class.",
                "Amara Nwachukwu",
                True,
                None,
            ),
            (
                "stands by the people on that team, if not by the word.",
                None,
                True,
                None,
            ),
            (
                "a rounding error",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Amara Nwachukwu", None),
            ("P3", None, "Bluesky"),
        ],
        "people": ["Tobias Fairweather", "Amara Nwachukwu"],
    },
    {
        "name": "meme-stock-reddit-thread-podcast-ceo-statement",
        "text": (
            "Shares in Brightwater Mining more than tripled in two days this week, and almost "
            "nobody could say why.\n\n"
            "On the Reddit forum WallStreetBets, a thread titled “BWM to the moon” drew 9,000 "
            "comments. Its anonymous author wrote that the company was “the most shorted "
            "stock nobody is talking about.”\n\n"
            "Kenji Watanabe, a fund manager at Sakura Capital who has held the shares since "
            "2019, said on the podcast Odd Lots that he had sold half his stake on Wednesday. "
            "“I love the company. I do not love this price,” Watanabe said. “When the crowd "
            "arrives, I leave by the back door.”\n\n"
            "Brightwater’s chief executive, Thandiwe Mokoena, issued a short statement saying "
            "the company was “not aware of any undisclosed information” that would explain "
            "the moves.\n\n"
            "The exchange’s operator said it was monitoring trading closely. In a reply under "
            "the Reddit thread, one user asked: “Who is selling to us?”"
        ),
        "quotes": [
            (
                "the most shorted stock nobody is talking about.",
                None,
                True,
                "P1",
            ),
            (
                "I love the company. I do not love this price,",
                "Kenji Watanabe",
                False,
                "P2",
            ),
            (
                "When the crowd arrives, I leave by the back door.",
                "Kenji Watanabe",
                False,
                "P2",
            ),
            (
                "not aware of any undisclosed information",
                "Thandiwe Mokoena",
                True,
                "P3",
            ),
            (
                "Who is selling to us?",
                None,
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Kenji Watanabe", "Odd Lots"),
            ("P3", "Thandiwe Mokoena", None),
        ],
        "people": ["Kenji Watanabe", "Thandiwe Mokoena"],
    },
    {
        "name": "grocer-oped-guardian-union-rally-x-post-itv",
        "text": (
            "Supermarkets are not to blame for food inflation, the chief executive of "
            "Greenleaf Stores argued on Monday in an op-ed in The Guardian.\n\n"
            "“Our margins are thinner than a slice of supermarket ham,” wrote Rafael "
            "Quintero, who has run the chain since 2018. “If we were profiteering, our "
            "shareholders would have noticed.”\n\n"
            "The essay drew a swift response from Bronwen Pryce, general secretary of the "
            "shopworkers’ union Usdaw Cymru. Speaking at a rally in Cardiff on Tuesday, she "
            "said Greenleaf had paid out £400 million in dividends while cutting staff hours. "
            "“Thin margins, fat dividends. Pick one,” Pryce told the crowd.\n\n"
            "Quintero, 56, responded in a post on X. “Happy to meet Ms. Pryce any time, "
            "anywhere, with the numbers,” he wrote.\n\n"
            "She accepted in an interview with ITV Wales the next day, saying she would bring "
            "“a calculator and a witness.” A spokeswoman for the Competition and Markets "
            "Authority said its review of grocery pricing would report “in the summer.”"
        ),
        "quotes": [
            (
                "Our margins are thinner than a slice of supermarket ham,",
                "Rafael Quintero",
                False,
                "P1",
            ),
            (
                "If we were profiteering, our shareholders would have noticed.",
                "Rafael Quintero",
                False,
                "P1",
            ),
            (
                "Thin margins, fat dividends. Pick one,",
                "Bronwen Pryce",
                False,
                None,
            ),
            (
                "Happy to meet Ms. Pryce any time, anywhere, with the numbers,",
                "Rafael Quintero",
                False,
                "P2",
            ),
            (
                "a calculator and a witness.",
                "Bronwen Pryce",
                True,
                "P3",
            ),
            (
                "in the summer.",
                None,
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rafael Quintero", "The Guardian"),
            ("P2", "Rafael Quintero", "X"),
            ("P3", "Bronwen Pryce", "ITV Wales"),
        ],
        "people": ["Rafael Quintero", "Bronwen Pryce"],
    },
    {
        "name": "port-strike-judge-ruling-employers-statement-open-letter",
        "text": (
            "A federal judge in Oakland on Friday refused to block a strike by 2,400 port "
            "workers, clearing the way for the first stoppage at the city’s docks in two "
            "decades.\n\n"
            "In a 31-page ruling, Judge Lucinda Ferreira-Haynes wrote that the shipping "
            "companies had not shown the walkout would cause “irreparable harm” beyond lost "
            "profits. “Inconvenience to commerce is not, by itself, a reason to silence "
            "workers,” she wrote.\n\n"
            "The Pacific Terminal Alliance, which represents the employers, said in a "
            "statement that it was “deeply disappointed” and would appeal.\n\n"
            "Dockers gathered outside the courthouse cheered the decision. Their local "
            "president, Emmanuel Okafor-Reyes, told the San Francisco Chronicle that the "
            "union had offered arbitration twice. “We did not choose this fight. We are just "
            "not going to run from it,” said Okafor-Reyes, a crane operator for 27 years.\n\n"
            "More than 300 shippers and retailers had signed an open letter last week warning "
            "of empty shelves “by Thanksgiving.”"
        ),
        "quotes": [
            (
                "irreparable harm",
                "Lucinda Ferreira-Haynes",
                True,
                "P1",
            ),
            (
                "Inconvenience to commerce is not, by itself, a reason to silence workers,",
                "Lucinda Ferreira-Haynes",
                False,
                "P1",
            ),
            (
                "deeply disappointed",
                None,
                True,
                "P2",
            ),
            (
                "We did not choose this fight. We are just not going to run from it,",
                "Emmanuel Okafor-Reyes",
                False,
                "P3",
            ),
            (
                "by Thanksgiving.",
                None,
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Lucinda Ferreira-Haynes", None),
            ("P2", None, None),
            ("P3", "Emmanuel Okafor-Reyes", "San Francisco Chronicle"),
            ("P4", None, None),
        ],
        "people": ["Lucinda Ferreira-Haynes", "Emmanuel Okafor-Reyes"],
    },
    {
        "name": "department-store-outsider-ceo-today-two-paragraphs-staff-message",
        "text": (
            "For the first time in its 94-year history, the department store chain Abernathy "
            "& Sons will be run by someone from outside the family.\n\n"
            "The board named Priya Raghunathan, a former finance chief at the retailer "
            "Marlow, as chief executive on Thursday. Her appointment was announced in a news "
            "release that described her as “the right person for a hard decade.”\n\n"
            "Gordon Abernathy, who has led the company since 1989, explained the decision on "
            "the BBC Radio 4 programme Today:\n\n"
            "“I have three children and none of them wants this job. I asked them twice, and "
            "the second time they laughed.\n\n"
            "“The shops are worth more than my surname. Somebody has to fight for them who is "
            "not sentimental about it.”\n\n"
            "The 71-year-old will remain chairman until the spring. Raghunathan, in a message "
            "to staff seen by the Financial Times, promised no store closures “this year,” a "
            "pledge some analysts called cautious. “I did not come here to shrink this "
            "business,” she wrote."
        ),
        "quotes": [
            (
                "the right person for a hard decade.",
                None,
                True,
                "P1",
            ),
            (
                (
                    "I have three children and none of them wants this job. I asked them "
                    "twice, and the second time they laughed."
                ),
                "Gordon Abernathy",
                False,
                "P2",
            ),
            (
                (
                    "The shops are worth more than my surname. Somebody has to fight for "
                    "them who is not sentimental about it."
                ),
                "Gordon Abernathy",
                False,
                "P2",
            ),
            (
                "this year,",
                "Priya Raghunathan",
                True,
                "P3",
            ),
            (
                "I did not come here to shrink this business,",
                "Priya Raghunathan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Gordon Abernathy", "Today"),
            ("P3", "Priya Raghunathan", None),
        ],
        "people": ["Priya Raghunathan", "Gordon Abernathy"],
    },
    {
        "name": "market-traders-tiktok-nickname-council-meeting-group-letter",
        "text": (
            "Stallholders at Kirkgate Market in Leeds are threatening to withhold rent after "
            "the city council proposed a 22 percent increase in pitch fees.\n\n"
            "The fishmonger Abdul-Rahman Qureshi, known to regulars as “the Cod Father,” "
            "filmed a TikTok video behind his counter on Saturday. “Forty years my family has "
            "sold fish here. Forty years. And this is the thanks,” he said in the clip, which "
            "has been viewed 1.3 million times.\n\n"
            "“Give the man a medal, not a bill,” one viewer commented beneath it.\n\n"
            "At a council meeting on Monday, the cabinet member for markets, Helen "
            "Ashworth-Boyd, said the rise reflected repair costs after a roof leak. “Nobody "
            "on this council wants to see an empty market hall,” she said. She called the "
            "traders’ threat of a rent strike “understandable but unhelpful.”\n\n"
            "Qureshi said he and 60 other traders had signed a letter to the council asking "
            "for the increase to be phased in over three years."
        ),
        "quotes": [
            (
                "Forty years my family has sold fish here. Forty years. And this is the thanks,",
                "Abdul-Rahman Qureshi",
                False,
                "P1",
            ),
            (
                "Give the man a medal, not a bill,",
                None,
                False,
                "P1",
            ),
            (
                "Nobody on this council wants to see an empty market hall,",
                "Helen Ashworth-Boyd",
                False,
                None,
            ),
            (
                "understandable but unhelpful.",
                "Helen Ashworth-Boyd",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Abdul-Rahman Qureshi", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Abdul-Rahman Qureshi", "Helen Ashworth-Boyd"],
    },
    {
        "name": "crypto-lender-bankruptcy-filing-substack-essay-bloomberg-tv",
        "text": (
            "Creditors of the collapsed crypto lender Lumenvault will get back about 31 cents "
            "on the dollar, according to a bankruptcy plan filed in Delaware on Wednesday.\n\n"
            "The filing said the company’s former managers had treated customer deposits “as "
            "a personal line of credit.” It named no individuals.\n\n"
            "The founder, Dmitri Sokolov-Arden, disputed that account in a 4,000-word essay "
            "on Substack. “I made bad bets. I did not steal,” he wrote. “Every dollar went "
            "into the market, and the market went to zero.”\n\n"
            "Yasmin Haddad, a lawyer for a committee of 12,000 creditors, rejected the "
            "distinction. “Losing other people’s money on purpose and losing it by accident "
            "look the same from where my clients sit,” Haddad told Bloomberg Television.\n\n"
            "Sokolov-Arden, 34, has not been charged. At a hearing on Thursday, Judge Warren "
            "Oyelaran said he wanted the creditors’ vote completed “before the leaves turn.”"
        ),
        "quotes": [
            (
                "as a personal line of credit.",
                None,
                True,
                "P1",
            ),
            (
                "I made bad bets. I did not steal,",
                "Dmitri Sokolov-Arden",
                False,
                "P2",
            ),
            (
                "Every dollar went into the market, and the market went to zero.",
                "Dmitri Sokolov-Arden",
                False,
                "P2",
            ),
            (
                (
                    "Losing other people’s money on purpose and losing it by accident "
                    "look the same from where my clients sit,"
                ),
                "Yasmin Haddad",
                False,
                "P3",
            ),
            (
                "before the leaves turn.",
                "Warren Oyelaran",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dmitri Sokolov-Arden", "Substack"),
            ("P3", "Yasmin Haddad", "Bloomberg Television"),
        ],
        "people": ["Dmitri Sokolov-Arden", "Yasmin Haddad", "Warren Oyelaran"],
    },
    {
        "name": "rail-union-election-count-facebook-rival-leaked-memo",
        "text": (
            "The rail union RMTA has elected its first female general secretary, ending a "
            "bitter six-month contest that split its executive.\n\n"
            "Siobhan Mulcahy, a former train guard from Cork, won 54 percent of the vote. "
            "“This union is older than the railways it organises, and it has never looked "
            "like its members. Today it starts to,” she told supporters at the count in "
            "Dublin.\n\n"
            "Her defeated rival, Kwabena Asante-Mensah, congratulated her in a post on "
            "Facebook but warned that the union was “not a debating society.” “Members need "
            "pay rises, not speeches,” the veteran organiser wrote.\n\n"
            "In an internal memo to branch secretaries, obtained by The Irish Times, the "
            "outgoing general secretary, Declan Furlong, urged unity. “Whatever you voted, "
            "you are in one union on Monday morning,” he wrote.\n\n"
            "Iarnród Éireann, the state rail operator, said in a statement that it looked "
            "forward to “a constructive relationship” with the new leadership."
        ),
        "quotes": [
            (
                (
                    "This union is older than the railways it organises, and it has never "
                    "looked like its members. Today it starts to,"
                ),
                "Siobhan Mulcahy",
                False,
                None,
            ),
            (
                "not a debating society.",
                "Kwabena Asante-Mensah",
                True,
                "P1",
            ),
            (
                "Members need pay rises, not speeches,",
                "Kwabena Asante-Mensah",
                False,
                "P1",
            ),
            (
                "Whatever you voted, you are in one union on Monday morning,",
                "Declan Furlong",
                False,
                "P2",
            ),
            (
                "a constructive relationship",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Kwabena Asante-Mensah", "Facebook"),
            ("P2", "Declan Furlong", None),
            ("P3", None, None),
        ],
        "people": ["Siobhan Mulcahy", "Kwabena Asante-Mensah", "Declan Furlong"],
    },
    {
        "name": "hardware-merger-blocked-news-conference-linkedin-exchange-release",
        "text": (
            "Australia’s competition regulator on Tuesday blocked the proposed A$4.1 billion "
            "merger of the hardware chains Bunyip Building Supplies and TradeMate, ruling "
            "that it would leave builders in 40 regional towns with a single supplier.\n\n"
            "“This is not a close call,” the chair of the Australian Competition and Consumer "
            "Commission, Li Xiaoyan, told a news conference in Canberra. “In some of these "
            "towns the nearest alternative is a four-hour drive.”\n\n"
            "TradeMate’s chief financial officer, Nikhil Bhattacharya, posted on LinkedIn "
            "that the company was “disappointed but not surprised.” In the comments, a "
            "Queensland builder, Shane O’Loughlin, wrote: “Good. Prices in Mount Isa are bad "
            "enough already.”\n\n"
            "Bunyip said in a release to the Australian Securities Exchange that it would "
            "consider an appeal to the Competition Tribunal. Its shares fell 6 percent.\n\n"
            "Li, who joined the commission from academia in 2021, said the ruling would serve "
            "as “a template” for future deals in rural markets."
        ),
        "quotes": [
            (
                "This is not a close call,",
                "Li Xiaoyan",
                False,
                None,
            ),
            (
                "In some of these towns the nearest alternative is a four-hour drive.",
                "Li Xiaoyan",
                False,
                None,
            ),
            (
                "disappointed but not surprised.",
                "Nikhil Bhattacharya",
                True,
                "P1",
            ),
            (
                "Good. Prices in Mount Isa are bad enough already.",
                "Shane O’Loughlin",
                False,
                "P1",
            ),
            (
                "a template",
                "Li Xiaoyan",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Nikhil Bhattacharya", "LinkedIn"),
            ("P2", None, "press release"),
        ],
        "people": ["Li Xiaoyan", "Nikhil Bhattacharya", "Shane O’Loughlin"],
    },
    {
        "name": "warehouse-union-vote-ceo-email-instagram-so-called-sessions",
        "text": (
            "Workers at a Parcelwise distribution centre near Birmingham, Alabama, voted "
            "1,104 to 873 on Thursday to join the Retail, Wholesale and Department Store "
            "Union, the first successful union vote at any of the company’s American sites.\n\n"
            "“We did it the hard way, one break room at a time,” said Latisha Coleman, a "
            "31-year-old picker who led the campaign, as the count ended.\n\n"
            "Parcelwise’s chief executive, Henrik Aldenmark, told employees in an email hours "
            "later that the company would “respect the process” but might challenge the "
            "result. “I still believe a direct relationship between our people and our "
            "leaders is the best model,” he wrote.\n\n"
            "Coleman answered him on Instagram that evening. “Direct relationship? We have "
            "never once met him,” she wrote in a post that was liked 80,000 times.\n\n"
            "Organisers say the company’s so-called “listening sessions,” mandatory meetings "
            "at which managers argued against the union, backfired. The National Labor "
            "Relations Board is expected to certify the result next week."
        ),
        "quotes": [
            (
                "We did it the hard way, one break room at a time,",
                "Latisha Coleman",
                False,
                None,
            ),
            (
                "respect the process",
                "Henrik Aldenmark",
                True,
                "P1",
            ),
            (
                (
                    "I still believe a direct relationship between our people and our "
                    "leaders is the best model,"
                ),
                "Henrik Aldenmark",
                False,
                "P1",
            ),
            (
                "Direct relationship? We have never once met him,",
                "Latisha Coleman",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Henrik Aldenmark", None),
            ("P2", "Latisha Coleman", "Instagram"),
        ],
        "people": ["Latisha Coleman", "Henrik Aldenmark"],
    },
    {
        "name": "bank-record-quarter-shareholder-letter-split-quote-handelsblatt",
        "text": (
            "Nordmark Bank reported its best first quarter in 15 years on Friday, as higher "
            "interest rates lifted lending income by a third.\n\n"
            "In his annual letter to shareholders, published the same morning, chief "
            "executive Wolfgang Reinholt-Sánchez warned against complacency. “Rates giveth,” "
            "he wrote, “and rates taketh away. A bank that mistakes a good year for a good "
            "strategy is already in trouble.”\n\n"
            "On the earnings call, Reinholt-Sánchez declined to say whether the bank would "
            "resume share buybacks. “Ask me in July,” he told an analyst from Jefferies.\n\n"
            "The finance chief, Aylin Demirci, was more forthcoming in an interview with "
            "Handelsblatt. Buybacks were “very likely” in the second half, she said, provided "
            "the regulator agreed.\n\n"
            "The bank’s works council, which represents 14,000 employees, said in a statement "
            "that record profits made planned branch closures “impossible to justify.” “Our "
            "members are not a cost line,” the council’s chairman, Jens Kowalczyk, said in "
            "the statement."
        ),
        "quotes": [
            (
                "Rates giveth,",
                "Wolfgang Reinholt-Sánchez",
                False,
                "P1",
            ),
            (
                (
                    "and rates taketh away. A bank that mistakes a good year for a good "
                    "strategy is already in trouble."
                ),
                "Wolfgang Reinholt-Sánchez",
                False,
                "P1",
            ),
            (
                "Ask me in July,",
                "Wolfgang Reinholt-Sánchez",
                False,
                None,
            ),
            (
                "very likely",
                "Aylin Demirci",
                True,
                "P2",
            ),
            (
                "impossible to justify.",
                None,
                True,
                "P3",
            ),
            (
                "Our members are not a cost line,",
                "Jens Kowalczyk",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Wolfgang Reinholt-Sánchez", None),
            ("P2", "Aylin Demirci", "Handelsblatt"),
            ("P3", None, None),
        ],
        "people": ["Wolfgang Reinholt-Sánchez", "Aylin Demirci", "Jens Kowalczyk"],
    },
    {
        "name": "corner-shops-deposit-scheme-siblings-breakfast-tv-x-reply",
        "text": (
            "Convenience store owners say a new deposit return scheme for drinks cans will "
            "cost them thousands of pounds in lost floor space.\n\n"
            "Gurpreet Sandhu, who runs two shops in Wolverhampton with his sister, Harjit "
            "Sandhu, said the reverse-vending machine he must install “takes up the space of "
            "three freezers.” “Those freezers pay my electricity bill. The machine pays "
            "nothing,” he said, standing beside it.\n\n"
            "Harjit Sandhu appeared on BBC Breakfast on Wednesday to make the same point. "
            "“Big supermarkets can absorb this. We are two people and a till,” Sandhu said.\n\n"
            "The Association of Independent Retailers said in a news release that 1,200 of "
            "its members had raised the problem with the environment secretary, Olamide "
            "Bankole.\n\n"
            "Bankole defended the scheme in a post on X. “Every can returned is a can not "
            "thrown in a hedge. Small shops will get support to make this work,” she wrote. "
            "Under her post, Gurpreet Sandhu replied: “What support? Name one pound of it.”"
        ),
        "quotes": [
            (
                "takes up the space of three freezers.",
                "Gurpreet Sandhu",
                True,
                None,
            ),
            (
                "Those freezers pay my electricity bill. The machine pays nothing,",
                "Gurpreet Sandhu",
                False,
                None,
            ),
            (
                "Big supermarkets can absorb this. We are two people and a till,",
                "Harjit Sandhu",
                False,
                "P1",
            ),
            (
                (
                    "Every can returned is a can not thrown in a hedge. Small shops will "
                    "get support to make this work,"
                ),
                "Olamide Bankole",
                False,
                "P3",
            ),
            (
                "What support? Name one pound of it.",
                "Gurpreet Sandhu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Harjit Sandhu", "BBC Breakfast"),
            ("P2", None, "press release"),
            ("P3", "Olamide Bankole", "X"),
        ],
        "people": ["Gurpreet Sandhu", "Harjit Sandhu", "Olamide Bankole"],
    },
    {
        "name": "coffee-futures-frost-reuters-conference-bloomberg-opinion",
        "text": (
            "Arabica coffee futures hit a record $4.30 a pound in New York on Monday after "
            "frost damaged crops in Brazil’s Minas Gerais state for a second year running.\n\n"
            "“I lost about a third of my trees in one night,” João Batista Figueiredo, who "
            "farms 80 hectares near Varginha, told Reuters. “My grandfather lived through the "
            "1975 frost. He said this was worse.”\n\n"
            "Traders said speculative funds had piled in. “It is a weather market, and "
            "weather markets end badly for someone,” said Nguyen Thi Hoa, who runs an export "
            "business in Ho Chi Minh City, speaking at a coffee industry conference in "
            "Singapore.\n\n"
            "In a column for Bloomberg Opinion, the commodities writer Oluwaseun Adebayo-Hart "
            "argued that the big roasters had been “asleep at the wheel” on hedging. The "
            "price of a cup, he wrote, was about to “find out what a frost costs.”\n\n"
            "Shares of the Danish roaster Kavarna Group fell 4 percent in Copenhagen."
        ),
        "quotes": [
            (
                "I lost about a third of my trees in one night,",
                "João Batista Figueiredo",
                False,
                "P1",
            ),
            (
                "My grandfather lived through the 1975 frost. He said this was worse.",
                "João Batista Figueiredo",
                False,
                "P1",
            ),
            (
                "It is a weather market, and weather markets end badly for someone,",
                "Nguyen Thi Hoa",
                False,
                None,
            ),
            (
                "asleep at the wheel",
                "Oluwaseun Adebayo-Hart",
                True,
                "P2",
            ),
            (
                "find out what a frost costs.",
                "Oluwaseun Adebayo-Hart",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "João Batista Figueiredo", "Reuters"),
            ("P2", "Oluwaseun Adebayo-Hart", "Bloomberg Opinion"),
        ],
        "people": ["João Batista Figueiredo", "Nguyen Thi Hoa", "Oluwaseun Adebayo-Hart"],
    },
    {
        "name": "delivery-riders-whatsapp-blog-post-cadena-ser-minister",
        "text": (
            "Food delivery riders in Madrid logged off en masse on Friday evening, the "
            "busiest hour of the week, to protest a cut in per-order pay at the app Rapidito.\n\n"
            "The walkout was organised in a WhatsApp group of about 2,000 riders. “Nobody "
            "delivers tonight. Not one taco,” one of its administrators, Yusuf Demir, wrote "
            "in the group on Thursday.\n\n"
            "Rapidito defended the change in a blog post, saying riders’ average hourly "
            "earnings “remain well above the minimum wage.” The company’s Spanish country "
            "manager, Lucía Ortega Briones, went further in an interview with Cadena SER. "
            "“The riders who work ‘smart’ are earning more than last year,” she said.\n\n"
            "Spain’s labour minister, Rosa Etxeberria, called that remark “insulting” at a "
            "news conference on Saturday. “Working smart does not mean working for free,” "
            "Etxeberria said.\n\n"
            "Demir, a 26-year-old former engineering student, said another walkout was "
            "planned for next Friday."
        ),
        "quotes": [
            (
                "Nobody delivers tonight. Not one taco,",
                "Yusuf Demir",
                False,
                "P1",
            ),
            (
                "remain well above the minimum wage.",
                None,
                True,
                "P2",
            ),
            (
                "The riders who work ‘smart’ are earning more than last year,",
                "Lucía Ortega Briones",
                False,
                "P3",
            ),
            (
                "insulting",
                "Rosa Etxeberria",
                True,
                None,
            ),
            (
                "Working smart does not mean working for free,",
                "Rosa Etxeberria",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Yusuf Demir", "WhatsApp"),
            ("P2", None, None),
            ("P3", "Lucía Ortega Briones", "Cadena SER"),
        ],
        "people": ["Yusuf Demir", "Lucía Ortega Briones", "Rosa Etxeberria"],
    },
    {
        "name": "brewery-sale-news-conference-release-de-standaard-letter-title",
        "text": (
            "The Belgian brewer Van Acker has agreed to be bought by the drinks giant Oriel "
            "Beverages for €1.9 billion, ending 160 years of family ownership.\n\n"
            "“My great-great-grandfather would have hated this, and he would have been "
            "wrong,” said Mathilde Van Acker, the company’s chief executive and largest "
            "single shareholder, at a news conference in Ghent. “Independence is a luxury you "
            "pay for with your future.”\n\n"
            "Oriel said in a news release that it would keep brewing at the Ghent site “for "
            "the foreseeable future,” a phrase that worried the union representing the "
            "brewery’s 600 workers.\n\n"
            "“Foreseeable is not a number,” the union’s delegate at the site, Karim Benali, "
            "told the newspaper De Standaard. “We want a date in writing.”\n\n"
            "Some relatives opposed the deal. In an open letter titled “Not for Sale,” eleven "
            "family shareholders, led by her cousin Pieter Van Acker, accused the board of "
            "moving too fast."
        ),
        "quotes": [
            (
                ("My great-great-grandfather would have hated this, and he would have been wrong,"),
                "Mathilde Van Acker",
                False,
                None,
            ),
            (
                "Independence is a luxury you pay for with your future.",
                "Mathilde Van Acker",
                False,
                None,
            ),
            (
                "for the foreseeable future,",
                None,
                True,
                "P1",
            ),
            (
                "Foreseeable is not a number,",
                "Karim Benali",
                False,
                "P2",
            ),
            (
                "We want a date in writing.",
                "Karim Benali",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Karim Benali", "De Standaard"),
            ("P3", None, None),
        ],
        "people": ["Mathilde Van Acker", "Karim Benali", "Pieter Van Acker"],
    },
    {
        "name": "last-bank-branch-statement-postmistress-mp-letter-instagram-reply",
        "text": (
            "The last bank branch in the market town of Tregaron will close in June, leaving "
            "its 1,200 residents a 40-minute drive from the nearest cashpoint.\n\n"
            "Cambrian Bank said in a statement that fewer than 60 customers used the branch "
            "each week. “We know this is hard news for some of our longest-standing "
            "customers,” the statement quoted its head of branch banking, Gareth "
            "Llewellyn-Price, as saying.\n\n"
            "The town’s postmistress, Eirlys Morgan, expects a rush of pensioners at her "
            "counter. “I will do what I can, but I am one woman with one safe,” the "
            "67-year-old said.\n\n"
            "The local MP, Farah Siddiqui, has written to the bank’s chief executive asking "
            "for a reprieve. She also posted a video on Instagram from outside the branch. "
            "“Rural Wales is not a spreadsheet,” she says in it.\n\n"
            "Among the replies, a local farmer, Dafydd Jenkins, wrote: “Used that branch for "
            "50 years. Never once saw a queue, because they cut the opening hours.”"
        ),
        "quotes": [
            (
                "We know this is hard news for some of our longest-standing customers,",
                "Gareth Llewellyn-Price",
                False,
                "P1",
            ),
            (
                "I will do what I can, but I am one woman with one safe,",
                "Eirlys Morgan",
                False,
                None,
            ),
            (
                "Rural Wales is not a spreadsheet,",
                "Farah Siddiqui",
                False,
                "P3",
            ),
            (
                (
                    "Used that branch for 50 years. Never once saw a queue, because they "
                    "cut the opening hours."
                ),
                "Dafydd Jenkins",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Farah Siddiqui", None),
            ("P3", "Farah Siddiqui", "Instagram"),
        ],
        "people": ["Gareth Llewellyn-Price", "Eirlys Morgan", "Farah Siddiqui", "Dafydd Jenkins"],
    },
]
