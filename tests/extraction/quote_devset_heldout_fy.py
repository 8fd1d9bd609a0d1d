"""The one-hundred-and-seventy-fifth self-made dev set, held out (FY): its first run is an unseen estimate.

Written with set FX, without reading the extraction rules, and committed before
any rule was run on it. Topic area: business and retail: shops, brands, product
recalls, consumer complaints.

Same format and conventions as the earlier self-made
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
- Post ids follow the order in which the text first reports each post.
- people lists every named speaker and every named post author, in order of
  first mention; a name used only inside a quote ("Mr. Kowalczyk" as addressed
  by the senator is still Bogdan Kowalczyk) or as a modifier ("Salgari novels")
  adds no one.
- A post reported without any quoted words (a LinkedIn post only described, a
  bankruptcy filing, a letter to tenants, a regulator's statement, a TikTok
  video only described) is still listed in posts.
- A company's press release that quotes its chief executive ("the release
  quoted ... as saying") has author None and the quote's speaker is the
  executive; a state attorney general's news release likewise has author None,
  and words "said in the release" are the attorney general's.
- A spokeswoman quoted in a company's statement or customer email speaks as
  herself; the statement or email has author None and no platform.
- A company's own post on Instagram, and a reply from a company's customer-care
  account under a customer's X post, speak as None; the reply belongs to the
  customer's post.
- A chief executive's memo to staff "seen by Reuters" is the executive's post
  with no platform (Reuters only saw it; it is not an interview).
- BBC Radio 4's Today programme has platform Today; KQED's Forum program has
  platform Forum; the podcast Decoder and the podcast Material World take the
  podcast's name; "ABC Radio National", "Bloomberg Television", "CNBC" and
  "The Korea Herald" are taken as written. A later short form ("the Herald")
  refers to the same interview post.
- A letter published in a named newspaper (The Boston Globe) is a post with
  that newspaper as platform.
- A review on Yelp is a post by the reviewer with platform Yelp.
- A photographed handwritten sign posted on Facebook is the poster's Facebook
  post, and the sign's words given whole are not partial.
- A post in a Facebook group by a named member is that member's Facebook post.
- An Instagram story (a "clip") is an Instagram post; a TikTok or YouTube
  video is a post on that platform, and words said in it are its quotes.
- A comment by one person under another person's TikTok video belongs to that
  video; a comment under an essay on Medium belongs to the essay; a comment
  under a LinkedIn post reported in narration is partial and belongs to it.
- A reply by an author under his own Bluesky post belongs to that post.
- "Returned to the platform" or "posted a second video" reports a new post on
  the same platform by the same author.
- A Threads post quoted before its author is named ("Its author was ...") is
  that author's post.
- A class-action lawsuit has author None even though it names a lead
  plaintiff; fragments of the lawsuit speak as None.
- A bankruptcy filing by a company is a post with author None and no platform.
- A union's statement and its fragment speak as None.
- A regulator's or agency's statement ("In a statement, the agency said") is a
  post with author None; a regulator that merely "said on Tuesday" is not a
  post.
- A supermarket spokesman who "said" something with no medium named is not a
  post; his fragment speaks as None.
- Words said in the provincial legislature, at a Senate hearing, on an
  earnings call, at a town hall, at a news conference, outside a courthouse,
  to reporters, and the story's own "telephone interview" are not posts.
- A single-quoted sign text inside a quote (‘30-day hassle-free returns,’) is
  part of the quote's text and is not a quote of its own.
- Titles in marks (a jingle, a film, a YouTube video's title) and nicknames
  (“the Professor”, “la Contessa”, “the Elderflower Queen”) are not quotes.
- A quote that runs over two paragraphs is split per paragraph; in the first
  paragraph the part after the last opening mark runs to the end of the
  paragraph (no closing mark) and is taken without marks.
- A split quote around "said X, in an interview with Y," is two quotes, both
  from that interview.
- Vietnamese and Korean names keep the order as written (Nguyen Van Thanh, Park
  Seo-yeon); "Nguyen" and "Park" resolve to them. "Wei Zhang" is kept in the
  order written. Particles such as "de" (Sanne de Vries) and hyphenated
  surnames are part of the canonical name; Dr., Mayor, Senator and Mr. are not.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FY: list[dict] = [
    {
        "name": "stroller-recall-release-tiktok-news-conference",
        "text": (
            "Brightpath Baby, the Ohio maker of folding strollers, recalled about 84,000 of its "
            "Meridian strollers on Wednesday after reports that the frame could collapse while a "
            "child was seated in it, the company said in a press release.\n\n"
            "“We are asking every owner to stop using the stroller immediately,” the release "
            "quoted its chief executive, Adaeze Okonkwo-Hale, as saying.\n\n"
            "The recall followed a TikTok video posted this month by a Columbus mother, Rachel "
            "Dombrowski, that showed the frame folding on a sidewalk with her son inside. The "
            "video has been viewed more than four million times. “He was fine, thank God, but I "
            "keep replaying it,” Dombrowski said in the video.\n\n"
            "Okonkwo-Hale addressed the video directly at a news conference in Cleveland on "
            "Thursday. “She did every parent a service,” she said. “We should have found this "
            "before she did.”"
        ),
        "quotes": [
            (
                "We are asking every owner to stop using the stroller immediately,",
                "Adaeze Okonkwo-Hale",
                False,
                "P1",
            ),
            (
                "He was fine, thank God, but I keep replaying it,",
                "Rachel Dombrowski",
                False,
                "P2",
            ),
            ("She did every parent a service,", "Adaeze Okonkwo-Hale", False, None),
            ("We should have found this before she did.", "Adaeze Okonkwo-Hale", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rachel Dombrowski", "TikTok"),
        ],
        "people": ["Adaeze Okonkwo-Hale", "Rachel Dombrowski"],
    },
    {
        "name": "grocer-guardian-op-ed-today-programme-linkedin",
        "text": (
            "Priya Raman-Whitlock, the chief executive of Hartwell’s, Britain’s fourth-largest "
            "grocer, defended the chain’s prices in an op-ed in The Guardian on Saturday. “Our "
            "margin on a loaf of bread is less than two pence. We are not the villains of this "
            "story,” she wrote.\n\n"
            "The piece drew a sharp response from Callum Fraser, the director of the consumer "
            "group Fair Basket, who said on BBC Radio 4’s Today programme on Monday that the "
            "grocer’s profits had doubled in two years. “Two pence a loaf adds up when you sell "
            "forty million loaves a week,” Fraser said.\n\n"
            "The business secretary, Olusegun Barnes, told reporters outside Parliament that he "
            "would meet the big grocers next week. “Nobody is above scrutiny, but nobody should "
            "be scapegoated either,” he said.\n\n"
            "Raman-Whitlock returned to the subject in a LinkedIn post on Tuesday, saying the "
            "company would freeze prices on 200 staple items until the spring. She did not "
            "mention Fraser by name."
        ),
        "quotes": [
            (
                "Our margin on a loaf of bread is less than two pence. We are not the villains "
                "of this story,",
                "Priya Raman-Whitlock",
                False,
                "P1",
            ),
            (
                "Two pence a loaf adds up when you sell forty million loaves a week,",
                "Callum Fraser",
                False,
                "P2",
            ),
            (
                "Nobody is above scrutiny, but nobody should be scapegoated either,",
                "Olusegun Barnes",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Priya Raman-Whitlock", "The Guardian"),
            ("P2", "Callum Fraser", "Today"),
            ("P3", "Priya Raman-Whitlock", "LinkedIn"),
        ],
        "people": ["Priya Raman-Whitlock", "Callum Fraser", "Olusegun Barnes"],
    },
    {
        "name": "sneaker-soles-x-post-care-reply-statement-jingle",
        "text": (
            "Customers of the sneaker brand Kestrel have flooded social media with photographs "
            "of soles peeling away from its Aero 3 running shoe, some after fewer than 50 "
            "miles.\n\n"
            "“Three weeks. Three weeks and the sole is flapping like a dog’s tongue,” wrote "
            "Jamal Whitaker, a marathon runner in Atlanta, in an X post on Sunday that was shared "
            "more than 30,000 times.\n\n"
            "The company’s customer care account replied beneath the post within the hour: "
            "“We’re sorry, Jamal. Please DM us your order number and we’ll make this right.”\n\n"
            "In a statement on Monday, Kestrel said that a batch of adhesive from one supplier "
            "had failed quality tests and that affected customers would receive full refunds. "
            "“We let our runners down,” the statement quoted Kestrel’s president, Haruto "
            "Ishikawa, as saying.\n\n"
            "The episode has already inspired a parody of the brand’s advertising jingle, “Run "
            "Like You Mean It,” with new lyrics about glue."
        ),
        "quotes": [
            (
                "Three weeks. Three weeks and the sole is flapping like a dog’s tongue,",
                "Jamal Whitaker",
                False,
                "P1",
            ),
            (
                "We’re sorry, Jamal. Please DM us your order number and we’ll make this right.",
                None,
                False,
                "P1",
            ),
            ("We let our runners down,", "Haruto Ishikawa", False, "P2"),
        ],
        "posts": [
            ("P1", "Jamal Whitaker", "X"),
            ("P2", None, None),
        ],
        "people": ["Jamal Whitaker", "Haruto Ishikawa"],
    },
    {
        "name": "mall-closure-facebook-sign-star-tribune-town-hall",
        "text": (
            "When the Riverside Mall in Burnsville, Minnesota, told its remaining tenants last "
            "month that it would close in June, Nguyen Van Thanh posted a photograph of a "
            "handwritten sign on Facebook that read simply: “After 31 years, thank you. We are "
            "not done yet.”\n\n"
            "The tailor, 67, told the Star Tribune that he had found a smaller space three miles "
            "away. “My customers followed me from Saigon to here,” Nguyen said. “They can follow "
            "me three more miles.”\n\n"
            "The mall’s owner, Greystone Retail Partners, said in a letter to tenants that foot "
            "traffic had fallen by more than half since 2019. The letter did not say what would "
            "replace the building.\n\n"
            "At a town hall meeting on Thursday, Mayor Elif Demir said the city would look into "
            "turning part of the site into housing. “A dead mall is a wound in the middle of a "
            "town,” she said. “We intend to heal it.”"
        ),
        "quotes": [
            ("After 31 years, thank you. We are not done yet.", "Nguyen Van Thanh", False, "P1"),
            ("My customers followed me from Saigon to here,", "Nguyen Van Thanh", False, "P2"),
            ("They can follow me three more miles.", "Nguyen Van Thanh", False, "P2"),
            ("A dead mall is a wound in the middle of a town,", "Elif Demir", False, None),
            ("We intend to heal it.", "Elif Demir", False, None),
        ],
        "posts": [
            ("P1", "Nguyen Van Thanh", "Facebook"),
            ("P2", "Nguyen Van Thanh", "Star Tribune"),
            ("P3", None, None),
        ],
        "people": ["Nguyen Van Thanh", "Elif Demir"],
    },
    {
        "name": "formula-recall-release-youtube-senate-hearing",
        "text": (
            "Sunfield Foods recalled three lots of its powdered infant formula on Friday after "
            "tests found traces of the bacterium Cronobacter sakazakii at its plant in Michigan, "
            "the company announced in a news release.\n\n"
            "A pediatrician with a large following on YouTube, Dr. Farida Haddad, posted a video "
            "that evening walking parents through how to check the lot number on a tin. “If your "
            "can ends in K7, K8 or K9, stop, take it back, and call your doctor if your baby has "
            "had a fever,” she said in the video.\n\n"
            "At a Senate hearing on Tuesday, Sunfield’s chief operating officer, Bogdan "
            "Kowalczyk, said the plant had been shut for cleaning. Senator Ruth Abernathy was "
            "unimpressed. “You have said that before, Mr. Kowalczyk, almost word for word, in "
            "2022,” she told him.\n\n"
            "Kowalczyk replied that the company had since replaced “every single valve and "
            "gasket” on the production line."
        ),
        "quotes": [
            (
                "If your can ends in K7, K8 or K9, stop, take it back, and call your doctor if "
                "your baby has had a fever,",
                "Farida Haddad",
                False,
                "P2",
            ),
            (
                "You have said that before, Mr. Kowalczyk, almost word for word, in 2022,",
                "Ruth Abernathy",
                False,
                None,
            ),
            ("every single valve and gasket", "Bogdan Kowalczyk", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farida Haddad", "YouTube"),
        ],
        "people": ["Farida Haddad", "Bogdan Kowalczyk", "Ruth Abernathy"],
    },
    {
        "name": "furniture-backlog-substack-memo-nickname-statement",
        "text": (
            "Customers of Lindgren & Maas, the Dutch flat-pack furniture retailer, have waited up "
            "to five months for sofas they paid for in full, according to complaints filed with "
            "the Netherlands’ consumer authority.\n\n"
            "A former logistics manager at the company, Sanne de Vries, described the backlog in "
            "a Substack essay published on Monday. “The warehouse was not understaffed. It was "
            "unstaffed, on some nights, entirely,” she wrote.\n\n"
            "In a memo to staff seen by Reuters, the chief executive, Joost Lindgren, said the "
            "company had “underestimated the spring rush” and promised to hire 300 warehouse "
            "workers.\n\n"
            "Lindgren, known inside the company as “the Professor” for his habit of lecturing "
            "meetings on supply chains, built the business from a single shop in Utrecht.\n\n"
            "“Every customer who is waiting will be contacted personally this week,” a "
            "spokeswoman, Amira Belkacem, said in a statement on Tuesday."
        ),
        "quotes": [
            (
                "The warehouse was not understaffed. It was unstaffed, on some nights, entirely,",
                "Sanne de Vries",
                False,
                "P1",
            ),
            ("underestimated the spring rush", "Joost Lindgren", True, "P2"),
            (
                "Every customer who is waiting will be contacted personally this week,",
                "Amira Belkacem",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sanne de Vries", "Substack"),
            ("P2", "Joost Lindgren", None),
            ("P3", None, None),
        ],
        "people": ["Sanne de Vries", "Joost Lindgren", "Amira Belkacem"],
    },
    {
        "name": "scooter-battery-recall-instagram-tiktok-podcast",
        "text": (
            "Volt Ryde, the electric scooter start-up, said on Thursday that it would recall all "
            "120,000 scooters it sold in the United States last year after at least 14 battery "
            "fires, two of which destroyed homes.\n\n"
            "The company’s co-founder, Arjun Mehta-Sullivan, announced the recall in a video on "
            "Instagram. “I want to be very clear: if you own one of our scooters, do not charge "
            "it indoors tonight,” he said. “Not tonight, not ever, until we replace the "
            "battery.”\n\n"
            "Among those who lost their homes was Keisha Odom, whose apartment in Phoenix burned "
            "in January. The 41-year-old nurse has been documenting her fight for compensation "
            "on TikTok for months. “They sent me a coupon,” she said in one video. “A 15 percent "
            "coupon.”\n\n"
            "Mehta-Sullivan told the podcast Decoder on Friday that the company had since "
            "offered Odom far more. “That email should never have gone out. It was an automated "
            "reply, and it was obscene,” he said."
        ),
        "quotes": [
            (
                "I want to be very clear: if you own one of our scooters, do not charge it "
                "indoors tonight,",
                "Arjun Mehta-Sullivan",
                False,
                "P1",
            ),
            (
                "Not tonight, not ever, until we replace the battery.",
                "Arjun Mehta-Sullivan",
                False,
                "P1",
            ),
            ("They sent me a coupon,", "Keisha Odom", False, "P2"),
            ("A 15 percent coupon.", "Keisha Odom", False, "P2"),
            (
                "That email should never have gone out. It was an automated reply, and it was "
                "obscene,",
                "Arjun Mehta-Sullivan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Arjun Mehta-Sullivan", "Instagram"),
            ("P2", "Keisha Odom", "TikTok"),
            ("P3", "Arjun Mehta-Sullivan", "Decoder"),
        ],
        "people": ["Arjun Mehta-Sullivan", "Keisha Odom"],
    },
    {
        "name": "counterfeit-handbags-lawsuit-youtube-courthouse",
        "text": (
            "The French fashion house Maison Vérel has sued a Miami resale shop, Second Skin "
            "Luxe, accusing it of selling counterfeit handbags as authentic, according to a "
            "complaint filed in federal court in Florida on Monday.\n\n"
            "The complaint says the shop sold at least 46 fake bags, “knowing or recklessly "
            "disregarding” that they were not genuine.\n\n"
            "The shop’s owner, Camila Restrepo, denied the claims in a YouTube video posted on "
            "Tuesday. “Every bag we sell goes through two authenticators. Every single one,” "
            "Restrepo said, holding up what she said were certificates.\n\n"
            "Her lawyer, Daniel Abramovitz, told reporters outside the courthouse that the brand "
            "was “trying to bully the resale market out of existence.”\n\n"
            "On Wednesday, Restrepo posted a second video, titled “Receipts,” in which she walked "
            "viewers through a stack of invoices."
        ),
        "quotes": [
            ("knowing or recklessly disregarding", None, True, "P1"),
            (
                "Every bag we sell goes through two authenticators. Every single one,",
                "Camila Restrepo",
                False,
                "P2",
            ),
            (
                "trying to bully the resale market out of existence.",
                "Daniel Abramovitz",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Camila Restrepo", "YouTube"),
            ("P3", "Camila Restrepo", "YouTube"),
        ],
        "people": ["Camila Restrepo", "Daniel Abramovitz"],
    },
    {
        "name": "coffee-machine-recall-facebook-group-radio-threads",
        "text": (
            "Kettlewell, the Australian appliance maker, has recalled 62,000 of its Crema Duo "
            "coffee machines after reports that the steam wand could detach under pressure and "
            "scald users, the Australian Competition and Consumer Commission said on "
            "Wednesday.\n\n"
            "Mele Taufa, a café owner in Brisbane, described in a Facebook group for home "
            "baristas how the wand had shot off and burned her wrist. “I thought it was my fault "
            "for months. Turns out it wasn’t,” she wrote.\n\n"
            "The commission’s deputy chair, Siobhan McAllister, said on ABC Radio National that "
            "the company had known of at least 40 incidents before it acted. “Forty people should "
            "not have to be hurt before a recall,” McAllister said.\n\n"
            "Kettlewell’s managing director, Rohan Pillai, wrote on Threads that he was “deeply "
            "sorry” and that refunds would be processed within 10 days. “No one should have to "
            "chase us for this,” he added."
        ),
        "quotes": [
            (
                "I thought it was my fault for months. Turns out it wasn’t,",
                "Mele Taufa",
                False,
                "P1",
            ),
            (
                "Forty people should not have to be hurt before a recall,",
                "Siobhan McAllister",
                False,
                "P2",
            ),
            ("deeply sorry", "Rohan Pillai", True, "P3"),
            ("No one should have to chase us for this,", "Rohan Pillai", False, "P3"),
        ],
        "posts": [
            ("P1", "Mele Taufa", "Facebook"),
            ("P2", "Siobhan McAllister", "ABC Radio National"),
            ("P3", "Rohan Pillai", "Threads"),
        ],
        "people": ["Mele Taufa", "Siobhan McAllister", "Rohan Pillai"],
    },
    {
        "name": "department-store-bankruptcy-email-union-bloomberg-tv",
        "text": (
            "Halloran & Pike, the 140-year-old department store chain, filed for bankruptcy "
            "protection on Sunday, listing debts of $1.2 billion in a filing in Delaware.\n\n"
            "In an email to employees, the chief executive, Margaret Osei-Bonsu, said all 62 "
            "stores would stay open through the holidays. “Your paychecks are safe, and so is "
            "Christmas,” she wrote.\n\n"
            "The Retail Workers United union said in a statement that it had “no confidence” in "
            "the company’s assurances and would seek a seat on the creditors’ committee.\n\n"
            "Osei-Bonsu, 58, told Bloomberg Television on Monday that she expected the chain to "
            "emerge from bankruptcy with about 40 stores.\n\n"
            "“We will be smaller,” she said. “But a smaller Halloran & Pike is still Halloran & "
            "Pike.”"
        ),
        "quotes": [
            ("Your paychecks are safe, and so is Christmas,", "Margaret Osei-Bonsu", False, "P2"),
            ("no confidence", None, True, "P3"),
            ("We will be smaller,", "Margaret Osei-Bonsu", False, "P4"),
            (
                "But a smaller Halloran & Pike is still Halloran & Pike.",
                "Margaret Osei-Bonsu",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Margaret Osei-Bonsu", None),
            ("P3", None, None),
            ("P4", "Margaret Osei-Bonsu", "Bloomberg Television"),
        ],
        "people": ["Margaret Osei-Bonsu"],
    },
    {
        "name": "magnet-toy-recall-instagram-globe-letter-film-title",
        "text": (
            "Sprocket & Bean, the toy company behind the best-selling magnetic building set "
            "Clickbloks, said on Friday that it would recall 300,000 sets after three children "
            "swallowed magnets and needed surgery.\n\n"
            "One of them was the 4-year-old son of Ana Paula Ribeiro, a teacher in Newark, who "
            "wrote about the ordeal on Instagram in March. “The surgeon held up two tiny magnets "
            "stuck together through his intestine,” she wrote. “Two. That is all it takes.”\n\n"
            "The company’s founder, Tobias Engel, wrote in a letter published in The Boston Globe "
            "on Sunday that the magnets had met every safety standard. “Standards are a floor, "
            "not a ceiling, and we were standing on the floor,” he wrote.\n\n"
            "The sets were featured in last year’s holiday film “A Very Blok Christmas,” which "
            "helped drive sales.\n\n"
            "Ribeiro said in a telephone interview that she had still not heard from the "
            "company. “Not an email, not a call,” she said."
        ),
        "quotes": [
            (
                "The surgeon held up two tiny magnets stuck together through his intestine,",
                "Ana Paula Ribeiro",
                False,
                "P1",
            ),
            ("Two. That is all it takes.", "Ana Paula Ribeiro", False, "P1"),
            (
                "Standards are a floor, not a ceiling, and we were standing on the floor,",
                "Tobias Engel",
                False,
                "P2",
            ),
            ("Not an email, not a call,", "Ana Paula Ribeiro", False, None),
        ],
        "posts": [
            ("P1", "Ana Paula Ribeiro", "Instagram"),
            ("P2", "Tobias Engel", "The Boston Globe"),
        ],
        "people": ["Ana Paula Ribeiro", "Tobias Engel"],
    },
    {
        "name": "burrito-outbreak-yelp-review-instagram-news-conference",
        "text": (
            "More than 90 people fell ill after eating at branches of the burrito chain Casa "
            "Fuego in Denver last week, the Colorado health department said on Monday, blaming "
            "contaminated lettuce.\n\n"
            "A diner, Bilal Chaudhry, was among the first to raise the alarm, in a review on Yelp "
            "on Oct. 3: “Ate here at noon, was in the ER by 9. Two of my coworkers too. Something "
            "is very wrong.”\n\n"
            "Casa Fuego posted a statement on Instagram on Wednesday saying it had closed all "
            "eight of its Denver restaurants. “The health of our guests comes before everything,” "
            "the post said.\n\n"
            "The chain’s owner, Luis Ángel Zamora, said at a news conference that he had "
            "switched suppliers. “I ate that lettuce too. My kids ate it,” Zamora said. “I am not "
            "hiding from anything.”"
        ),
        "quotes": [
            (
                "Ate here at noon, was in the ER by 9. Two of my coworkers too. Something is very "
                "wrong.",
                "Bilal Chaudhry",
                False,
                "P1",
            ),
            ("The health of our guests comes before everything,", None, False, "P2"),
            ("I ate that lettuce too. My kids ate it,", "Luis Ángel Zamora", False, None),
            ("I am not hiding from anything.", "Luis Ángel Zamora", False, None),
        ],
        "posts": [
            ("P1", "Bilal Chaudhry", "Yelp"),
            ("P2", None, "Instagram"),
        ],
        "people": ["Bilal Chaudhry", "Luis Ángel Zamora"],
    },
    {
        "name": "phone-battery-split-quote-korea-herald-youtube-release",
        "text": (
            "Owners of the Nova X5, the flagship phone of the South Korean electronics maker "
            "Hanul, have complained for weeks that its battery drains overnight even when the "
            "phone sits idle.\n\n"
            "“It is not a defect,” Park Seo-yeon, Hanul’s head of mobile software, said in an "
            "interview with The Korea Herald, “it is a setting that we chose badly, and we will "
            "change it.” A software update would arrive by the end of the month, she said. “We "
            "heard our customers, loudly,” Park told the Herald.\n\n"
            "The fix cannot come soon enough for Daniel Oyelaran, a technology reviewer whose "
            "YouTube channel has two million subscribers. In a video titled “Hanul, What "
            "Happened?” he measured a 38 percent drain in eight hours. “I have never seen a "
            "flagship phone do this,” Oyelaran said.\n\n"
            "Hanul said in a press release on Thursday that the update, version 4.2, had begun "
            "rolling out in South Korea."
        ),
        "quotes": [
            ("It is not a defect,", "Park Seo-yeon", False, "P1"),
            (
                "it is a setting that we chose badly, and we will change it.",
                "Park Seo-yeon",
                False,
                "P1",
            ),
            ("We heard our customers, loudly,", "Park Seo-yeon", False, "P1"),
            ("I have never seen a flagship phone do this,", "Daniel Oyelaran", False, "P2"),
        ],
        "posts": [
            ("P1", "Park Seo-yeon", "The Korea Herald"),
            ("P2", "Daniel Oyelaran", "YouTube"),
            ("P3", None, "press release"),
        ],
        "people": ["Park Seo-yeon", "Daniel Oyelaran"],
    },
    {
        "name": "bookshop-closure-medium-essay-two-paragraphs-comment",
        "text": (
            "After 47 years, Libreria Castellani, the Rome bookshop chain, will close its last "
            "three stores in September, its owner, Giulia Castellani, wrote in an essay on Medium "
            "on Friday.\n\n"
            "“My grandfather opened the first shop with a loan from his brother and a cart of "
            "secondhand Salgari novels,” she wrote. “He used to say that a city without "
            "bookshops is a city that has stopped talking to itself.\n\n"
            "“I believed him. I still do. But belief does not pay rent in Trastevere.”\n\n"
            "Castellani, known to regulars as “la Contessa” for greeting them from a velvet "
            "armchair by the door, said sales had fallen by a third since 2020. Hundreds of "
            "readers left comments under her essay. One, from the novelist Chiara Bellandi, "
            "read: “I wrote my first book in your back room. Thank you for the chair and the "
            "silence.”\n\n"
            "Italy’s culture minister, Alessandro Ferri, told reporters in Milan on Saturday that "
            "the government was studying tax breaks for independent booksellers. “We cannot let "
            "the bookshop become a museum piece,” the minister said."
        ),
        "quotes": [
            (
                "My grandfather opened the first shop with a loan from his brother and a cart of "
                "secondhand Salgari novels,",
                "Giulia Castellani",
                False,
                "P1",
            ),
            (
                "He used to say that a city without bookshops is a city that has stopped talking "
                "to itself.",
                "Giulia Castellani",
                False,
                "P1",
            ),
            (
                "I believed him. I still do. But belief does not pay rent in Trastevere.",
                "Giulia Castellani",
                False,
                "P1",
            ),
            (
                "I wrote my first book in your back room. Thank you for the chair and the silence.",
                "Chiara Bellandi",
                False,
                "P1",
            ),
            (
                "We cannot let the bookshop become a museum piece,",
                "Alessandro Ferri",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Giulia Castellani", "Medium"),
        ],
        "people": ["Giulia Castellani", "Chiara Bellandi", "Alessandro Ferri"],
    },
    {
        "name": "airbag-recall-agency-statement-cnbc-facebook",
        "text": (
            "The Japanese automaker Kaizen Motors is recalling 410,000 sedans and SUVs in North "
            "America because their passenger airbags may fail to deploy, the National Highway "
            "Traffic Safety Administration said on Tuesday.\n\n"
            "In a statement, the agency said owners should not let anyone ride in the front "
            "passenger seat until the repair had been made.\n\n"
            "Kaizen’s North American president, Takeshi Moriyama, said on CNBC that replacement "
            "parts would be available “within weeks, not months.” He added: “I drive one of "
            "these cars. My daughter drives one of these cars.”\n\n"
            "Brenda Kowalski, a retiree in Toledo, had posted on Facebook in August that the "
            "airbag warning light in her Kaizen Aria kept flickering on. “Three dealers, three "
            "times, told me it was the sensor,” she wrote in the post, which was shared 9,000 "
            "times."
        ),
        "quotes": [
            ("within weeks, not months.", "Takeshi Moriyama", True, "P2"),
            (
                "I drive one of these cars. My daughter drives one of these cars.",
                "Takeshi Moriyama",
                False,
                "P2",
            ),
            (
                "Three dealers, three times, told me it was the sensor,",
                "Brenda Kowalski",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Takeshi Moriyama", "CNBC"),
            ("P3", "Brenda Kowalski", "Facebook"),
        ],
        "people": ["Takeshi Moriyama", "Brenda Kowalski"],
    },
    {
        "name": "fast-fashion-bluesky-self-reply-earnings-call-podcast",
        "text": (
            "The online fashion retailer Lumora faced renewed criticism this week after a labour "
            "rights researcher, Tanvir Rahman, posted photographs on Bluesky of what he said were "
            "Lumora labels inside a Dhaka factory that had been cited for locked fire exits.\n\n"
            "“These are not old photos. I took them on Thursday,” Rahman wrote.\n\n"
            "Lumora’s chief executive, Sophie Laurent-Mbeki, told analysts on an earnings call on "
            "Friday that the factory was not an approved supplier. “If our labels are there, "
            "someone has broken our contract, and we will find out who,” she said.\n\n"
            "Rahman replied to his own post with a photograph of a purchase order bearing the "
            "Lumora logo. “Approved or not, they are sewing for you,” he wrote.\n\n"
            "In an interview on the podcast Material World on Monday, Laurent-Mbeki said the "
            "company had hired an outside auditor. “I would rather be embarrassed now than "
            "complicit later,” she said."
        ),
        "quotes": [
            ("These are not old photos. I took them on Thursday,", "Tanvir Rahman", False, "P1"),
            (
                "If our labels are there, someone has broken our contract, and we will find out "
                "who,",
                "Sophie Laurent-Mbeki",
                False,
                None,
            ),
            ("Approved or not, they are sewing for you,", "Tanvir Rahman", False, "P1"),
            (
                "I would rather be embarrassed now than complicit later,",
                "Sophie Laurent-Mbeki",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tanvir Rahman", "Bluesky"),
            ("P2", "Sophie Laurent-Mbeki", "Material World"),
        ],
        "people": ["Tanvir Rahman", "Sophie Laurent-Mbeki"],
    },
    {
        "name": "delivery-app-fees-class-action-x-ag-release-forum",
        "text": (
            "A class-action lawsuit filed in San Francisco on Wednesday accuses the grocery "
            "delivery app Basketly of burying service fees of up to 15 percent in the last screen "
            "of its checkout. The suit says the checkout was “designed to exhaust the customer "
            "before revealing the price.”\n\n"
            "The lead plaintiff, Yusuf Demirci, a graduate student, noticed the fees after "
            "ordering $40 of groceries and paying $58. He posted screenshots of the receipt on "
            "X. “Forty dollars of food, eighteen dollars of surprise,” he wrote.\n\n"
            "California’s attorney general, Rosa Villanueva, said in a news release on Thursday "
            "that her office had opened its own inquiry. “A price you only see at the last click "
            "is not a price; it is a trap,” Villanueva said in the release.\n\n"
            "Basketly’s co-founder, Wei Zhang, said on KQED’s Forum program that the fees were "
            "disclosed in the app’s terms. “It is there, in writing, before anyone pays,” Zhang "
            "said."
        ),
        "quotes": [
            (
                "designed to exhaust the customer before revealing the price.",
                None,
                True,
                "P1",
            ),
            ("Forty dollars of food, eighteen dollars of surprise,", "Yusuf Demirci", False, "P2"),
            (
                "A price you only see at the last click is not a price; it is a trap,",
                "Rosa Villanueva",
                False,
                "P3",
            ),
            ("It is there, in writing, before anyone pays,", "Wei Zhang", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Yusuf Demirci", "X"),
            ("P3", None, "press release"),
            ("P4", "Wei Zhang", "Forum"),
        ],
        "people": ["Yusuf Demirci", "Rosa Villanueva", "Wei Zhang"],
    },
    {
        "name": "soft-drink-glass-recall-instagram-story-tiktok-comment",
        "text": (
            "The British soft drinks brand Pip & Pear has recalled bottles of its sparkling "
            "elderflower drink after customers found fragments of glass in them, the Food "
            "Standards Agency said on Saturday.\n\n"
            "The company’s founder, Olamide Fashola, apologised in an Instagram story. “I started "
            "this brand in my mum’s kitchen. I would never, ever knowingly put anyone at risk,” "
            "she said in the clip.\n\n"
            "A TikTok video by Gareth Pryce, a plumber from Cardiff, showing a shard of glass at "
            "the bottom of a bottle, had been viewed 1.2 million times by Sunday. Under the "
            "video, Fashola commented: “Gareth, please email me directly. I want that bottle back "
            "for testing.”\n\n"
            "Tesco and Sainsbury’s have removed the drink from their shelves. A Tesco spokesman "
            "said the chain was “working closely with the supplier.”\n\n"
            "Fashola, whom the tabloids nicknamed “the Elderflower Queen” after the brand’s sales "
            "tripled last year, said the faulty bottles came from a single batch made in April."
        ),
        "quotes": [
            (
                "I started this brand in my mum’s kitchen. I would never, ever knowingly put "
                "anyone at risk,",
                "Olamide Fashola",
                False,
                "P1",
            ),
            (
                "Gareth, please email me directly. I want that bottle back for testing.",
                "Olamide Fashola",
                False,
                "P2",
            ),
            ("working closely with the supplier.", None, True, None),
        ],
        "posts": [
            ("P1", "Olamide Fashola", "Instagram"),
            ("P2", "Gareth Pryce", "TikTok"),
        ],
        "people": ["Olamide Fashola", "Gareth Pryce"],
    },
    {
        "name": "electronics-returns-globe-and-mail-linkedin-comment",
        "text": (
            "Gurpreet Sandhu bought a laptop from Norde Electronics in Mississauga, Ontario, in "
            "November. When it stopped charging nine days later, the store refused to take it "
            "back, she said, and told her to contact the manufacturer.\n\n"
            "“They had a sign above the till that said ‘30-day hassle-free returns,’” Sandhu "
            "told The Globe and Mail. “I pointed at it. The clerk shrugged.”\n\n"
            "Her story, first reported by the Globe, prompted hundreds of similar complaints. "
            "Norde’s chief executive, Pierre-Luc Gagnon, responded in a LinkedIn post on Monday. "
            "“Our policy is clear, and it was not followed. That is a training failure, and I own "
            "it,” he wrote.\n\n"
            "Beneath the post, a former store manager, Dmitri Volkov, commented that managers had "
            "been “told to protect margins at all costs” by regional supervisors.\n\n"
            "Ontario’s minister of public and business service delivery, Fatima Qureshi, said in "
            "the provincial legislature on Tuesday that the government would review the "
            "complaints. “Consumers should not need a lawyer to return a laptop,” she said."
        ),
        "quotes": [
            (
                "They had a sign above the till that said ‘30-day hassle-free returns,’",
                "Gurpreet Sandhu",
                False,
                "P1",
            ),
            ("I pointed at it. The clerk shrugged.", "Gurpreet Sandhu", False, "P1"),
            (
                "Our policy is clear, and it was not followed. That is a training failure, and I "
                "own it,",
                "Pierre-Luc Gagnon",
                False,
                "P2",
            ),
            ("told to protect margins at all costs", "Dmitri Volkov", True, "P2"),
            (
                "Consumers should not need a lawyer to return a laptop,",
                "Fatima Qureshi",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Gurpreet Sandhu", "The Globe and Mail"),
            ("P2", "Pierre-Luc Gagnon", "LinkedIn"),
        ],
        "people": ["Gurpreet Sandhu", "Pierre-Luc Gagnon", "Dmitri Volkov", "Fatima Qureshi"],
    },
    {
        "name": "sunscreen-benzene-threads-author-later-email-instagram",
        "text": (
            "Solenne, the Los Angeles skincare brand, recalled two of its spray sunscreens on "
            "Monday after an independent laboratory detected benzene, a carcinogen, in "
            "samples.\n\n"
            "“Stop spraying it on your kids. I mean it,” read a post on Threads that circulated "
            "widely on Monday evening. Its author was Dr. Mariana Coutinho, a dermatologist in "
            "San Diego with 300,000 followers.\n\n"
            "The brand’s statement, sent to customers by email, said the benzene levels were "
            "“well below” any level known to cause harm. “Out of an abundance of caution, we are "
            "pulling both products,” the statement quoted the brand’s spokeswoman, Leilani "
            "Kahale, as saying.\n\n"
            "Coutinho returned to the platform on Tuesday to say she had thrown out her own "
            "bottles. “Mine are in the trash. Yours should be too,” she wrote.\n\n"
            "The influencer Tessa Moreau-Blake, who was paid to promote the sprays last summer, "
            "apologized in an Instagram video on Tuesday, saying she had “trusted the label.”"
        ),
        "quotes": [
            ("Stop spraying it on your kids. I mean it,", "Mariana Coutinho", False, "P1"),
            ("well below", None, True, "P2"),
            (
                "Out of an abundance of caution, we are pulling both products,",
                "Leilani Kahale",
                False,
                "P2",
            ),
            ("Mine are in the trash. Yours should be too,", "Mariana Coutinho", False, "P3"),
            ("trusted the label.", "Tessa Moreau-Blake", True, "P4"),
        ],
        "posts": [
            ("P1", "Mariana Coutinho", "Threads"),
            ("P2", None, None),
            ("P3", "Mariana Coutinho", "Threads"),
            ("P4", "Tessa Moreau-Blake", "Instagram"),
        ],
        "people": ["Mariana Coutinho", "Leilani Kahale", "Tessa Moreau-Blake"],
    },
]
