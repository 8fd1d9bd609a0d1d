"""The one-hundred-and-thirty-seventh self-made dev set, held out (EM): its first run is an unseen estimate.

Written with set EL, without reading the extraction rules, and committed before
any rule was run on it. Topic area: food, restaurants, agriculture, consumer
affairs and retail. Same format and conventions as the earlier self-made sets
(not a public corpus): an interview with a named outlet or show is a post
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
  reported without any quoted words (a court filing, a newsletter, a trade
  group's letter, a Reddit thread known only by its title) is still listed.
- A consumer group's published report is a post with author None and no
  platform; a consumer magazine's published test results ("the magazine
  reported") are a post with author None and the magazine as platform, and
  "told Which Way" is an interview with that magazine.
- A named restaurant critic's review and later column in a named newspaper are
  two separate posts by the critic with the newspaper as platform; a fragment
  of the review quoted in narration ("called its tasting menu ...") is partial.
- Reposting a message on X "with a single word" is a new X post by the
  reposter, and that single word is a whole quote (not partial), like words
  given after "with the caption" or "with a message".
- Sharing someone's Instagram story "on her own Instagram story with a
  message" is a new Instagram post by the sharer.
- A "second, longer Facebook post" is a new post; its two-paragraph quote is
  two quotes, both linked to it, and the first paragraph (which has no closing
  mark) is quoted up to the paragraph break.
- A radio or TV programme takes the programme's name as platform: the BBC's
  Farming Today programme is Farming Today, the farm radio program Heartland
  Hour is Heartland Hour, the France Inter programme La Terre Ferme is La Terre
  Ferme, BBC Breakfast is BBC Breakfast; "the Kitchen Table Talks podcast" is
  Kitchen Table Talks. A quote that directly follows "went further on the ...
  programme" or "described the cull on the ... program" belongs to it.
- "Said in an interview" with no outlet named (the story's own interview) is
  not a post, even when a named radio interview is reported just before it.
- A petition started on Change.org by a named person is that person's
  Change.org post, and what he "wrote on the petition" is quoted from it.
- A brand account's reply beneath a person's Threads post belongs to that post
  and speaks as None; a fragment of a chain's Instagram announcement
  ("calling the decision part of a ...") is partial and speaks as None.
- A company's blog post with no named platform has author None and no
  platform; a WhatsApp group that organised a strike is not a post.
- An unnamed store manager who "told the trade paper Aisle & Till" gives an
  interview: a post with author None and platform Aisle & Till.
- A fragment a chief executive is said to have "called" a thing ("perfect
  storm"), not tied to any post, is a partial quote by that executive with no
  post; it is not treated as a scare quote. A phrase in marks that nobody is
  said to have used ("so-called 'ocean menu'", "extra virgin", a label text
  such as "Product of USA") is a scare quote or label, not a quote.
- A Reddit thread title in marks is a title, not a quote.
- A scare quote in single marks inside a quote (‘right-sizing’) is part of the
  quote's text.
- Several letters a person wrote to a company, reported together, are one post
  by that person with no platform; the line they "all ended with" is a whole
  quote.
- A senator's weekly newsletter is the senator's post with no platform; a
  union's or charity's newsletter has author None.
- A quote split by its attribution ("..." said X, "...") is two quotes, the
  second not partial.
- A person who testified at a Senate hearing last year but is quoted now with
  a bare "said" speaks in no post.
- A Facebook group post by a named member is that member's Facebook post; a
  named reply under it belongs to it.
- Name order as written is kept for Chinese names (Chen Meiling); hyphenated
  surnames (Salcedo-Ruiz, Oduya-Blake, Osei-Bonsu, Moreau-Vasseur) are part of
  the canonical name, and Salcedo-Ruiz and Teodoro Salcedo are different
  people. Titles (Judge, Dr., U.S. Attorney, Senator, Councilwoman) are not part
  of a canonical name.
- Businesses, brands and restaurants named after people (Halvorsen Foods,
  Greaves, Pellow's) are not people; a person whose surname a company shares is
  listed at the first mention of the person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EM: list[dict] = [
    {
        "name": "instagram-bakery-closure-comment-news-conference",
        "text": (
            "The owner of Crumb & Hearth, a neighbourhood bakery in Dunmore that has sold "
            "sourdough since 1987, said on Instagram on Sunday that rising flour and energy "
            "costs would force it to close at the end of the month. “Thirty-six years of 4 "
            "a.m. starts, and I would not trade a single one,” Wendell Okafor wrote beneath "
            "a photo of the empty display case.\n\n"
            "Hundreds of customers commented under the post. “You fed three generations of "
            "my family,” wrote Priya Ramanathan, a regular who said she had bought her "
            "wedding cake there.\n\n"
            "At a news conference on Monday, the town’s mayor, Colette Barnaby, said the "
            "council would look at business-rate relief for small food shops. “We cannot "
            "let the high street become a row of vape stores,” she said.\n\n"
            "Okafor, 64, told the Dunmore Courier that nobody had asked for his views. "
            "“Nobody from the council has set foot in here in years,” the baker said."
        ),
        "quotes": [
            (
                "Thirty-six years of 4 a.m. starts, and I would not trade a single one,",
                "Wendell Okafor",
                False,
                "P1",
            ),
            ("You fed three generations of my family,", "Priya Ramanathan", False, "P1"),
            (
                "We cannot let the high street become a row of vape stores,",
                "Colette Barnaby",
                False,
                None,
            ),
            (
                "Nobody from the council has set foot in here in years,",
                "Wendell Okafor",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Wendell Okafor", "Instagram"),
            ("P2", "Wendell Okafor", "Dunmore Courier"),
        ],
        "people": ["Wendell Okafor", "Priya Ramanathan", "Colette Barnaby"],
    },
    {
        "name": "recall-release-executive-regulator-tiktok-reporters",
        "text": (
            "Halvorsen Foods recalled about 40,000 jars of its Garden Table pasta sauce on "
            "Thursday after customers reported finding pieces of glass, the company said in "
            "a press release. “The safety of our customers comes before everything else,” "
            "the release quoted the chief executive, Annika Halvorsen, as saying.\n\n"
            "The Food Standards Office, the national regulator, said in a statement that no "
            "injuries had been confirmed. “Anyone who has bought an affected jar should "
            "return it for a full refund,” the agency said.\n\n"
            "A shopper in Kellby, Martin Oduya, posted a video on TikTok showing a shard he "
            "said he had pulled from his dinner. “Check your jars, people,” he says in the "
            "clip, which had been viewed more than two million times by Friday.\n\n"
            "Speaking to reporters outside the company’s plant, Halvorsen said the fault "
            "had been traced to a single filling line. “We know exactly where it happened,” "
            "she said."
        ),
        "quotes": [
            (
                "The safety of our customers comes before everything else,",
                "Annika Halvorsen",
                False,
                "P1",
            ),
            (
                ("Anyone who has bought an affected jar should return it for a full refund,"),
                None,
                False,
                "P2",
            ),
            ("Check your jars, people,", "Martin Oduya", False, "P3"),
            ("We know exactly where it happened,", "Annika Halvorsen", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Martin Oduya", "TikTok"),
        ],
        "people": ["Annika Halvorsen", "Martin Oduya"],
    },
    {
        "name": "critic-column-chef-x-repost-nickname-scare-quote",
        "text": (
            "When the critic Lionel Fairweather reviewed Ostra, the seafood restaurant in "
            "Port Allard, for The Evening Ledger last week, he called its tasting menu “a "
            "very expensive way to stay hungry.”\n\n"
            "The chef, Beatriz Salcedo-Ruiz, answered on X on Saturday. “Lionel came on a "
            "night when two of my cooks were off sick. He is welcome back any time, on me,” "
            "she posted. Her business partner, Teodoro Salcedo, known to regulars as “Big "
            "Sal,” reposted the message with a single word: “Classy.”\n\n"
            "Fairweather was unmoved. In a second column for The Evening Ledger on Tuesday, "
            "he wrote that he had paid for his meal and would keep doing so. “A critic who "
            "eats for free is an advertiser,” he wrote.\n\n"
            "The restaurant’s so-called “ocean menu” costs 185 euros a head before wine, "
            "and it is booked out until June."
        ),
        "quotes": [
            ("a very expensive way to stay hungry.", "Lionel Fairweather", True, "P1"),
            (
                (
                    "Lionel came on a night when two of my cooks were off sick. He is "
                    "welcome back any time, on me,"
                ),
                "Beatriz Salcedo-Ruiz",
                False,
                "P2",
            ),
            ("Classy.", "Teodoro Salcedo", False, "P3"),
            ("A critic who eats for free is an advertiser,", "Lionel Fairweather", False, "P4"),
        ],
        "posts": [
            ("P1", "Lionel Fairweather", "The Evening Ledger"),
            ("P2", "Beatriz Salcedo-Ruiz", "X"),
            ("P3", "Teodoro Salcedo", "X"),
            ("P4", "Lionel Fairweather", "The Evening Ledger"),
        ],
        "people": ["Lionel Fairweather", "Beatriz Salcedo-Ruiz", "Teodoro Salcedo"],
    },
    {
        "name": "drought-union-statement-minister-press-conference-radio",
        "text": (
            "Wheat growers in the Caradon Valley expect their smallest harvest in two "
            "decades after a spring without rain, the Caradon Farmers’ Union said in a "
            "statement on Wednesday. “Some families will not plant next year at all,” the "
            "union said.\n\n"
            "The agriculture minister, Rhodri Pennant, promised emergency loans at a press "
            "conference in the capital. “No farmer who wants to keep going will be left "
            "without credit,” Pennant said. He did not say how much money would be "
            "available.\n\n"
            "Gwen Tallis, who farms 300 hectares outside Abermoor, was not convinced. "
            "“Loans are just debt with a nicer name,” the 58-year-old told the BBC’s "
            "Farming Today programme. “What we need is water.”\n\n"
            "Her neighbour, Idris Vaughan, has already sold half his sheep, and says he "
            "will sell the rest if the autumn is dry."
        ),
        "quotes": [
            ("Some families will not plant next year at all,", None, False, "P1"),
            (
                "No farmer who wants to keep going will be left without credit,",
                "Rhodri Pennant",
                False,
                None,
            ),
            ("Loans are just debt with a nicer name,", "Gwen Tallis", False, "P2"),
            ("What we need is water.", "Gwen Tallis", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwen Tallis", "Farming Today"),
        ],
        "people": ["Rhodri Pennant", "Gwen Tallis", "Idris Vaughan"],
    },
    {
        "name": "shrinkflation-report-linkedin-comment-reddit-title",
        "text": (
            "A chocolate bar sold by Merriwell Confectionery has shrunk from 200 grams to "
            "170 grams in three years while its price has risen by a fifth, the consumer "
            "group FairBasket said in a report published on Monday. It is the second year "
            "in a row that the group has singled out the brand.\n\n"
            "“Customers are paying more for less and being told nothing,” the report’s "
            "author, Hannah Lisowski, wrote in an accompanying post on LinkedIn. A former "
            "Merriwell sales manager, Colm Darragh, commented beneath it: “We called it "
            "‘right-sizing’ in meetings. Nobody outside the building used that word.”\n\n"
            "Merriwell said in an emailed statement that cocoa prices had tripled. “We have "
            "absorbed as much of that increase as we can,” it said.\n\n"
            "On Reddit, a thread titled “Is it just me or are Merriwell bars tiny now?” "
            "drew more than 4,000 replies by Tuesday."
        ),
        "quotes": [
            (
                "Customers are paying more for less and being told nothing,",
                "Hannah Lisowski",
                False,
                "P2",
            ),
            (
                (
                    "We called it ‘right-sizing’ in meetings. Nobody outside the building "
                    "used that word."
                ),
                "Colm Darragh",
                False,
                "P2",
            ),
            ("We have absorbed as much of that increase as we can,", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hannah Lisowski", "LinkedIn"),
            ("P3", None, None),
            ("P4", None, "Reddit"),
        ],
        "people": ["Hannah Lisowski", "Colm Darragh"],
    },
    {
        "name": "restaurant-closure-facebook-two-posts-multi-paragraph-filing",
        "text": (
            "The Golden Lantern, a Chinese restaurant on Harrow Street that has been open "
            "for 30 years, was ordered to close on Friday after inspectors found evidence "
            "of rats in its storeroom.\n\n"
            "Its owner, Chen Meiling, said on Facebook that she was “heartbroken and "
            "ashamed.” In a second, longer Facebook post that evening, she wrote:\n\n"
            "“We have already hired a pest control company and thrown out every item in the "
            "storeroom.\n\n"
            "“I ask our customers to give us one more chance when we reopen.”\n\n"
            "The city’s environmental health department said in a court filing that the "
            "restaurant had been warned twice last year. A lawyer for Chen, Fergus Whitlow, "
            "told the Harrow Gazette that the warnings had concerned paperwork, not pests. "
            "“My client has never hidden anything,” he said. The restaurant, which employs "
            "14 people, hopes to reopen before Christmas."
        ),
        "quotes": [
            ("heartbroken and ashamed.", "Chen Meiling", True, "P1"),
            (
                (
                    "We have already hired a pest control company and thrown out every item "
                    "in the storeroom."
                ),
                "Chen Meiling",
                False,
                "P2",
            ),
            (
                "I ask our customers to give us one more chance when we reopen.",
                "Chen Meiling",
                False,
                "P2",
            ),
            ("My client has never hidden anything,", "Fergus Whitlow", False, "P4"),
        ],
        "posts": [
            ("P1", "Chen Meiling", "Facebook"),
            ("P2", "Chen Meiling", "Facebook"),
            ("P3", None, None),
            ("P4", "Fergus Whitlow", "Harrow Gazette"),
        ],
        "people": ["Chen Meiling", "Fergus Whitlow"],
    },
    {
        "name": "department-store-ceo-email-union-x-analyst-note-hearing",
        "text": (
            "Brannock & Cole, the 140-year-old department store chain, will seek bankruptcy "
            "protection, its chief executive, Sylvie Marchetti, told staff in an email on "
            "Monday. She said most of its 62 stores would stay open through the holidays.\n\n"
            "“I know how frightening this morning is for many of you,” Marchetti wrote. "
            "“Your jobs are the first thing we are fighting for.”\n\n"
            "The Retail and Warehouse Workers Union said on X that it had not been "
            "consulted. “Staff found out from the news, like everyone else,” the union "
            "posted.\n\n"
            "In a note to clients, Davina Oyelaran, a retail analyst at Calloway "
            "Securities, said the chain had “waited at least five years too long” to cut "
            "its store count. At a hearing in bankruptcy court on Tuesday, a lawyer for the "
            "company, Neville Prange, said a buyer was already in talks. “There is real "
            "interest,” he told the judge."
        ),
        "quotes": [
            (
                "I know how frightening this morning is for many of you,",
                "Sylvie Marchetti",
                False,
                "P1",
            ),
            ("Your jobs are the first thing we are fighting for.", "Sylvie Marchetti", False, "P1"),
            ("Staff found out from the news, like everyone else,", None, False, "P2"),
            ("waited at least five years too long", "Davina Oyelaran", True, "P3"),
            ("There is real interest,", "Neville Prange", False, None),
        ],
        "posts": [
            ("P1", "Sylvie Marchetti", None),
            ("P2", None, "X"),
            ("P3", "Davina Oyelaran", None),
        ],
        "people": ["Sylvie Marchetti", "Davina Oyelaran", "Neville Prange"],
    },
    {
        "name": "tiktok-recipe-podcast-spokesman-linkedin-caption",
        "text": (
            "A recipe for cottage-cheese flatbread posted on TikTok by a student in Leeds "
            "has emptied dairy shelves across the north of England, grocers say. Several "
            "chains have reported shortages, although dairies expect demand to ease by the "
            "summer.\n\n"
            "Amara Quist, 23, filmed the video in her shared kitchen in March. “Two "
            "ingredients, ten minutes, no excuses,” she says in the clip, which has been "
            "watched 19 million times.\n\n"
            "The 23-year-old said she had not expected the attention. “My mum still thinks "
            "I’m revising,” she told the Kitchen Table Talks podcast this week.\n\n"
            "A spokesman for the supermarket chain Pellow’s said sales of cottage cheese "
            "had tripled. “We have asked our dairies for extra deliveries,” he said. "
            "Pellow’s dairy buyer, Graham Ashdown, posted a photo of empty shelves on "
            "LinkedIn with the caption “Never seen anything like it.”"
        ),
        "quotes": [
            ("Two ingredients, ten minutes, no excuses,", "Amara Quist", False, "P1"),
            ("My mum still thinks I’m revising,", "Amara Quist", False, "P2"),
            ("We have asked our dairies for extra deliveries,", None, False, None),
            ("Never seen anything like it.", "Graham Ashdown", False, "P3"),
        ],
        "posts": [
            ("P1", "Amara Quist", "TikTok"),
            ("P2", "Amara Quist", "Kitchen Table Talks"),
            ("P3", "Graham Ashdown", "LinkedIn"),
        ],
        "people": ["Amara Quist", "Graham Ashdown"],
    },
    {
        "name": "organic-fraud-judge-ruling-prosecutor-release-daughter-facebook",
        "text": (
            "A farmer in Delmore County who sold ordinary corn as organic for six years was "
            "sentenced on Thursday to 30 months in prison. Prosecutors said he had sold the "
            "corn to feed mills and food companies in three states.\n\n"
            "In her written ruling, Judge Patrice Holloway said Everett Brandt had “treated "
            "the organic label as a license to print money.” Brandt, 52, had pleaded guilty "
            "in January.\n\n"
            "The U.S. attorney’s office said in a news release that Brandt had earned more "
            "than $4 million from the scheme. “Consumers pay a premium for organic food "
            "because they trust the label,” the release quoted U.S. Attorney Marcus "
            "Delacroix as saying.\n\n"
            "Outside the courthouse, Brandt’s lawyer, Irene Kowalczyk, told reporters that "
            "her client was “deeply sorry.” Brandt’s daughter, Lacey Brandt, wrote on "
            "Facebook that evening: “My dad made a terrible mistake. He is still my dad.”"
        ),
        "quotes": [
            (
                "treated the organic label as a license to print money.",
                "Patrice Holloway",
                True,
                "P1",
            ),
            (
                "Consumers pay a premium for organic food because they trust the label,",
                "Marcus Delacroix",
                False,
                "P2",
            ),
            ("deeply sorry.", "Irene Kowalczyk", True, None),
            ("My dad made a terrible mistake. He is still my dad.", "Lacey Brandt", False, "P3"),
        ],
        "posts": [
            ("P1", "Patrice Holloway", None),
            ("P2", None, "press release"),
            ("P3", "Lacey Brandt", "Facebook"),
        ],
        "people": [
            "Patrice Holloway",
            "Everett Brandt",
            "Marcus Delacroix",
            "Irene Kowalczyk",
            "Lacey Brandt",
        ],
    },
    {
        "name": "fries-discontinued-instagram-petition-threads-brand-reply",
        "text": (
            "Sunny Side Burgers will stop selling its spicy curly fries next month, the "
            "chain said on Instagram on Monday, calling the decision part of a “simpler, "
            "faster menu.”\n\n"
            "The news did not go down well. A petition started on Change.org by a fan in "
            "Tulsa, Jared Kimbrough, had gathered 80,000 signatures by Wednesday. “These "
            "fries got me through college,” Kimbrough wrote on the petition.\n\n"
            "The comedian Rosalind Achebe, who has joked about the fries on her stand-up "
            "tour, weighed in on Threads. “Bring back the fries or I riot,” she posted. The "
            "chain replied beneath her post: “Never say never.”\n\n"
            "In an interview with Counter Service Weekly, the chain’s president, Howard "
            "Liang, said sales of the fries had fallen for three years. “Nostalgia is loud, "
            "but it does not show up at the register,” he said."
        ),
        "quotes": [
            ("simpler, faster menu.", None, True, "P1"),
            ("These fries got me through college,", "Jared Kimbrough", False, "P2"),
            ("Bring back the fries or I riot,", "Rosalind Achebe", False, "P3"),
            ("Never say never.", None, False, "P3"),
            (
                "Nostalgia is loud, but it does not show up at the register,",
                "Howard Liang",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Jared Kimbrough", "Change.org"),
            ("P3", "Rosalind Achebe", "Threads"),
            ("P4", "Howard Liang", "Counter Service Weekly"),
        ],
        "people": ["Jared Kimbrough", "Rosalind Achebe", "Howard Liang"],
    },
    {
        "name": "bird-flu-eggs-radio-multi-paragraph-own-interview-briefing",
        "text": (
            "Egg prices at grocery stores in Marlow County have doubled since December "
            "after bird flu forced farms to cull more than three million hens.\n\n"
            "Ruth Ellingboe, whose family has kept laying hens near Pine Hollow since 1954, "
            "described the cull on the farm radio program Heartland Hour on Saturday.\n\n"
            "“You put on the suit, you do the job, and you go home and you cannot eat.\n\n"
            "“My son asked me whether we would ever have chickens again. I did not have an "
            "answer for him.”\n\n"
            "“We lost every bird in two barns in a single week,” Ellingboe said in an "
            "interview. The state veterinarian, Dr. Anil Varghese, told a briefing on "
            "Monday that the outbreak appeared to be slowing. “We are cautiously "
            "optimistic,” he said. A grocery chain, Hollis Market, said in a statement that "
            "it was limiting shoppers to two cartons each."
        ),
        "quotes": [
            (
                ("You put on the suit, you do the job, and you go home and you cannot eat."),
                "Ruth Ellingboe",
                False,
                "P1",
            ),
            (
                (
                    "My son asked me whether we would ever have chickens again. I did not "
                    "have an answer for him."
                ),
                "Ruth Ellingboe",
                False,
                "P1",
            ),
            ("We lost every bird in two barns in a single week,", "Ruth Ellingboe", False, None),
            ("We are cautiously optimistic,", "Anil Varghese", False, None),
        ],
        "posts": [
            ("P1", "Ruth Ellingboe", "Heartland Hour"),
            ("P2", None, None),
        ],
        "people": ["Ruth Ellingboe", "Anil Varghese"],
    },
    {
        "name": "meal-kit-fine-regulator-release-youtube-letters",
        "text": (
            "The meal-kit company Forkful was fined £2.1 million on Tuesday for making it "
            "“deliberately difficult” for customers to cancel their subscriptions, the "
            "Competition and Consumer Authority said in a news release.\n\n"
            "Some customers had been charged for months after asking to leave. “A "
            "subscription should be as easy to end as it is to start,” the authority’s "
            "chief executive, Naomi Treadwell, said in the release.\n\n"
            "Forkful’s founder, Oskar Lindahl, apologised in a video posted on YouTube. “We "
            "got this wrong, and we are fixing it this week,” the 34-year-old said, adding "
            "that every affected customer would be refunded.\n\n"
            "One of them, Beverley Nkemelu, a retired teacher from Stockport, said she had "
            "written to the company six times. “I felt like I was talking to a wall,” she "
            "said in an interview. Her letters, which she shared with reporters, all ended "
            "with the same line: “Please stop taking my money.”"
        ),
        "quotes": [
            ("deliberately difficult", None, True, "P1"),
            (
                "A subscription should be as easy to end as it is to start,",
                "Naomi Treadwell",
                False,
                "P1",
            ),
            ("We got this wrong, and we are fixing it this week,", "Oskar Lindahl", False, "P2"),
            ("I felt like I was talking to a wall,", "Beverley Nkemelu", False, None),
            ("Please stop taking my money.", "Beverley Nkemelu", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Oskar Lindahl", "YouTube"),
            ("P3", "Beverley Nkemelu", None),
        ],
        "people": ["Naomi Treadwell", "Oskar Lindahl", "Beverley Nkemelu"],
    },
    {
        "name": "farmers-market-fees-hearing-op-ed-instagram-stories-nickname",
        "text": (
            "Vendors at the Saturday farmers market in Riverside Park will have to pay "
            "twice as much for a stall next year after the city council approved new fees "
            "on Tuesday night.\n\n"
            "At the council hearing, the market’s longest-serving vendor, Alvin "
            "Castellanos, known to shoppers as “the Tomato King,” said the increase would "
            "push out small growers. “You will end up with a market that sells only candles "
            "and kombucha,” he told council members.\n\n"
            "Councilwoman Deborah Flint, who proposed the fees, defended them in an op-ed "
            "in the Riverside Sentinel. “Every other city program pays its way. The market "
            "should too,” she wrote.\n\n"
            "Castellanos answered on his Instagram story the next morning. “See you all "
            "Saturday. Same tomatoes, same price, for now,” he wrote. His daughter and "
            "stall partner, Yesenia Castellanos, shared it on her own Instagram story with "
            "a message: “Come early, we will sell out.”"
        ),
        "quotes": [
            (
                "You will end up with a market that sells only candles and kombucha,",
                "Alvin Castellanos",
                False,
                None,
            ),
            (
                "Every other city program pays its way. The market should too,",
                "Deborah Flint",
                False,
                "P1",
            ),
            (
                "See you all Saturday. Same tomatoes, same price, for now,",
                "Alvin Castellanos",
                False,
                "P2",
            ),
            ("Come early, we will sell out.", "Yesenia Castellanos", False, "P3"),
        ],
        "posts": [
            ("P1", "Deborah Flint", "Riverside Sentinel"),
            ("P2", "Alvin Castellanos", "Instagram"),
            ("P3", "Yesenia Castellanos", "Instagram"),
        ],
        "people": ["Alvin Castellanos", "Deborah Flint", "Yesenia Castellanos"],
    },
    {
        "name": "coffee-prices-earnings-release-call-analyst-note-x",
        "text": (
            "The coffee roaster Bellhaven raised its prices for the third time this year on "
            "Thursday, blaming what its chief executive, Tobias Renner, called a “perfect "
            "storm” of drought in Brazil and higher shipping costs.\n\n"
            "In its quarterly earnings release, the company said sales had risen 4 percent "
            "but profit had fallen by a third. “Our customers have been remarkably loyal,” "
            "Renner said on a call with analysts. “We do not take that for granted.”\n\n"
            "Not everyone is convinced. Farah Qadri, who follows the company for Northgate "
            "Capital, wrote in a note to clients that Bellhaven had “run out of room” to "
            "raise prices without losing shoppers to store brands.\n\n"
            "A customer in Oakridge, Leon Marsh, posted a photo of a $19 bag of beans on X. "
            "“I love you Bellhaven, but not this much,” he wrote."
        ),
        "quotes": [
            ("perfect storm", "Tobias Renner", True, None),
            ("Our customers have been remarkably loyal,", "Tobias Renner", False, None),
            ("We do not take that for granted.", "Tobias Renner", False, None),
            ("run out of room", "Farah Qadri", True, "P2"),
            ("I love you Bellhaven, but not this much,", "Leon Marsh", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farah Qadri", None),
            ("P3", "Leon Marsh", "X"),
        ],
        "people": ["Tobias Renner", "Farah Qadri", "Leon Marsh"],
    },
    {
        "name": "food-bank-newsletter-facebook-group-reply-mayor-letter",
        "text": (
            "The Eastgate Food Bank handed out more than 9,000 parcels in October, its "
            "busiest month since it opened in 2011, the charity said in its monthly "
            "newsletter.\n\n"
            "“We are seeing nurses, bus drivers and teachers in the queue now, not just "
            "people out of work,” its manager, Temperance Oduya-Blake, said on Wednesday as "
            "volunteers unloaded a van. She said donations had fallen by a quarter since "
            "the summer.\n\n"
            "In a post in the Eastgate Neighbours Facebook group, a local shop owner, "
            "Rajesh Pillai, offered to match every tin donated at his store. “If you give "
            "one, I give one,” he wrote. Dozens replied, including the headteacher of "
            "Eastgate Primary, Morag Lennox, who wrote that her pupils would run a "
            "collection: “The children have already made the posters.”\n\n"
            "The mayor, Clive Ashby, wrote to supermarkets asking them to give surplus food "
            "to the charity."
        ),
        "quotes": [
            (
                (
                    "We are seeing nurses, bus drivers and teachers in the queue now, not "
                    "just people out of work,"
                ),
                "Temperance Oduya-Blake",
                False,
                None,
            ),
            ("If you give one, I give one,", "Rajesh Pillai", False, "P2"),
            ("The children have already made the posters.", "Morag Lennox", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rajesh Pillai", "Facebook"),
            ("P3", "Clive Ashby", None),
        ],
        "people": ["Temperance Oduya-Blake", "Rajesh Pillai", "Morag Lennox", "Clive Ashby"],
    },
    {
        "name": "vineyard-frost-split-quote-medium-essay-council-radio",
        "text": (
            "A late frost in the Vallée de Serre destroyed nearly half of this year’s "
            "grapes in a single night in April, and some winemakers say they may not "
            "survive another.\n\n"
            "“We lit fires between the rows until three in the morning,” said Hélène "
            "Moreau-Vasseur, who runs a 12-hectare estate near Saint-Alric, “and in the end "
            "it made almost no difference.”\n\n"
            "In an essay on Medium last week, her fellow winemaker Jean-Baptiste Carrel "
            "argued that the region’s growers must plant later-budding varieties. “Our "
            "grandparents’ grapes were chosen for a climate that no longer exists,” he "
            "wrote.\n\n"
            "The regional wine council said in a statement that it would ask Paris for "
            "disaster funds. Its president, Odile Fournier, went further on the France "
            "Inter programme La Terre Ferme on Sunday. “Nobody should lose a family estate "
            "to one cold night,” she said."
        ),
        "quotes": [
            (
                "We lit fires between the rows until three in the morning,",
                "Hélène Moreau-Vasseur",
                False,
                None,
            ),
            ("and in the end it made almost no difference.", "Hélène Moreau-Vasseur", False, None),
            (
                ("Our grandparents’ grapes were chosen for a climate that no longer exists,"),
                "Jean-Baptiste Carrel",
                False,
                "P1",
            ),
            (
                "Nobody should lose a family estate to one cold night,",
                "Odile Fournier",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Jean-Baptiste Carrel", "Medium"),
            ("P2", None, None),
            ("P3", "Odile Fournier", "La Terre Ferme"),
        ],
        "people": ["Hélène Moreau-Vasseur", "Jean-Baptiste Carrel", "Odile Fournier"],
    },
    {
        "name": "delivery-strike-blog-post-newspaper-instagram-video-comment",
        "text": (
            "Couriers for the grocery delivery app Basketly stopped work across Melbourne "
            "on Friday in a dispute over pay per order.\n\n"
            "The company defended its rates in a blog post on Thursday, saying couriers "
            "earned “well above the minimum wage when they are active.”\n\n"
            "“Active means I’m holding a bag. Waiting outside a shop for 20 minutes does "
            "not count,” Kiran Dhaliwal, a courier for two years, told The Harbour Times.\n\n"
            "The strike was organised through a WhatsApp group run by another courier, "
            "Tevita Fifita, who later posted a video on Instagram from outside the "
            "company’s head office. “We are not going away,” the 31-year-old says in the "
            "video. Under it, a customer, Joanne Pretorius, commented: “Happy to wait "
            "longer for my milk. Pay them properly.”\n\n"
            "Basketly’s managing director, Callum Reyes, told reporters on Saturday that he "
            "would meet the organisers next week."
        ),
        "quotes": [
            ("well above the minimum wage when they are active.", None, True, "P1"),
            (
                (
                    "Active means I’m holding a bag. Waiting outside a shop for 20 minutes "
                    "does not count,"
                ),
                "Kiran Dhaliwal",
                False,
                "P2",
            ),
            ("We are not going away,", "Tevita Fifita", False, "P3"),
            (
                "Happy to wait longer for my milk. Pay them properly.",
                "Joanne Pretorius",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kiran Dhaliwal", "The Harbour Times"),
            ("P3", "Tevita Fifita", "Instagram"),
        ],
        "people": ["Kiran Dhaliwal", "Tevita Fifita", "Joanne Pretorius", "Callum Reyes"],
    },
    {
        "name": "olive-oil-magazine-test-chemist-retailer-statement-tv",
        "text": (
            "Seven of the 15 bottles of “extra virgin” olive oil that the consumer magazine "
            "Which Way bought in supermarkets for a test did not meet the grade, the "
            "magazine reported on Wednesday.\n\n"
            "The tests were run by Dr. Sunita Rao, a food chemist at Calder University. "
            "“Some of these oils had been cut with cheaper refined oil, and one was simply "
            "old,” she told Which Way.\n\n"
            "The worst performer was Casa Lumina, a brand sold at Fernway supermarkets for "
            "£11.99 a litre. Fernway said in a statement that it had removed the oil from "
            "sale. “We are investigating with our supplier,” the retailer said.\n\n"
            "Casa Lumina’s importer, Stefano Bertolucci, disputed the result on BBC "
            "Breakfast on Thursday. “Our oil passes every test in Italy,” the 47-year-old "
            "said. “I do not understand how it fails one in England.”"
        ),
        "quotes": [
            (
                (
                    "Some of these oils had been cut with cheaper refined oil, and one was "
                    "simply old,"
                ),
                "Sunita Rao",
                False,
                "P2",
            ),
            ("We are investigating with our supplier,", None, False, "P3"),
            ("Our oil passes every test in Italy,", "Stefano Bertolucci", False, "P4"),
            ("I do not understand how it fails one in England.", "Stefano Bertolucci", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Which Way"),
            ("P2", "Sunita Rao", "Which Way"),
            ("P3", None, None),
            ("P4", "Stefano Bertolucci", "BBC Breakfast"),
        ],
        "people": ["Sunita Rao", "Stefano Bertolucci"],
    },
    {
        "name": "self-checkout-linkedin-comment-anonymous-manager-trade-paper",
        "text": (
            "The supermarket chain Greaves will remove self-checkout machines from 90 of "
            "its stores by spring, saying customers prefer to be served by a person.\n\n"
            "“We listened,” the chain’s retail director, Philippa Osei-Bonsu, wrote in a "
            "LinkedIn post on Monday. “Shoppers told us, again and again, that they missed "
            "the conversation at the till.”\n\n"
            "The post drew more than 3,000 comments. One, from a checkout worker in "
            "Norwich, Dennis Farrow, read: “Twenty-two years on the tills. Nice to feel "
            "wanted again.”\n\n"
            "The Shopfloor Union welcomed the decision, but a Greaves store manager, who "
            "asked not to be named, told the trade paper Aisle & Till that the machines had "
            "been losing the company money through theft. “Nobody wants to say it out loud, "
            "but that is the real reason,” the manager said.\n\n"
            "Osei-Bonsu did not respond to a request for comment on the theft claim."
        ),
        "quotes": [
            ("We listened,", "Philippa Osei-Bonsu", False, "P1"),
            (
                (
                    "Shoppers told us, again and again, that they missed the conversation "
                    "at the till."
                ),
                "Philippa Osei-Bonsu",
                False,
                "P1",
            ),
            (
                "Twenty-two years on the tills. Nice to feel wanted again.",
                "Dennis Farrow",
                False,
                "P1",
            ),
            ("Nobody wants to say it out loud, but that is the real reason,", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Philippa Osei-Bonsu", "LinkedIn"),
            ("P2", None, "Aisle & Till"),
        ],
        "people": ["Philippa Osei-Bonsu", "Dennis Farrow"],
    },
    {
        "name": "beef-label-rule-rancher-newsletter-trade-letter-radio",
        "text": (
            "Ranchers in Wyoming cheered on Tuesday when the Agriculture Department "
            "finalized a rule that lets beef be labeled “Product of USA” only if the animal "
            "was born, raised and slaughtered in the country.\n\n"
            "“For twenty years, imported beef has been wearing our flag,” said Dale "
            "Hutchins, who runs 600 head of cattle near Cody Flats and testified for the "
            "rule at a Senate hearing last year. “That ends now.”\n\n"
            "Senator Margaret Oyelowo, who pushed for the change, wrote in her weekly "
            "newsletter that it was “a win for every family ranch in this state.”\n\n"
            "The Meat Processors Alliance, a trade group, said in a letter to the "
            "department that the rule would raise costs. Its chief lobbyist, Grant "
            "Whitcomb, told Rangeline Radio that processors were weighing a lawsuit. “We "
            "are looking at every option,” he said."
        ),
        "quotes": [
            (
                "For twenty years, imported beef has been wearing our flag,",
                "Dale Hutchins",
                False,
                None,
            ),
            ("That ends now.", "Dale Hutchins", False, None),
            ("a win for every family ranch in this state.", "Margaret Oyelowo", True, "P1"),
            ("We are looking at every option,", "Grant Whitcomb", False, "P3"),
        ],
        "posts": [
            ("P1", "Margaret Oyelowo", None),
            ("P2", None, None),
            ("P3", "Grant Whitcomb", "Rangeline Radio"),
        ],
        "people": ["Dale Hutchins", "Margaret Oyelowo", "Grant Whitcomb"],
    },
]
