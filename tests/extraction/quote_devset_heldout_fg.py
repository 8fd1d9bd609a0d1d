"""The one-hundred-and-fifty-seventh self-made dev set, held out (FG): its first run is an
unseen estimate.

Written with set FF, without reading the extraction rules, and committed before
any rule was run on it. Topic area: consumer affairs, travel and food: airlines,
restaurants, retailers, tourists and complaints. Same format and conventions as
the earlier self-made sets (not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show as written, without
quotation marks), and "told" a named newspaper is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay
with no named outlet is a post with no platform, and an essay or op-ed on a
named platform or in a named newspaper has that platform; a press release or
news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing,
town hall or "told reporters" is not a post; a comment under a post belongs to
it, a post "of his own" is a new one; a later fragment or quote is linked to a
post only when the text ties it to that post; organisations and unnamed people
speak as None, and a company's release, statement or lawsuit has author None
even when it quotes a named executive; titles, nicknames and scare quotes in
marks are not quotes; speakers are the fullest form of the name used in the
text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a second Instagram post only described, a
  watchdog's report, an interview given to a newspaper only paraphrased) is
  still listed in posts.
- People lists every named person in the order of first mention, including
  people who are named but never quoted (a senator, a caterer's owner, a
  watchdog's chair); organisations, shops and unnamed people are not listed.
- A company statement "quoting" a named director is a post with author None,
  and the quote's speaker is the director (as for a release that quotes).
- A fragment that completes a sentence of narration ("the menu was “a £140
  lecture on fermentation,” she wrote") is partial even though an attribution
  follows it.
- A lower-case "the" before an outlet's name is not part of the platform
  ("told the Corriere del Veneto" -> Corriere del Veneto, "the Daily Express"
  -> Daily Express); a capitalised "The" that belongs to the title is kept
  (The Age, The Guardian).
- A programme named with its broadcaster takes the programme's name ("RTÉ’s
  Prime Time" -> Prime Time, "ABC Radio’s AM program" -> AM, "Capital FM’s
  morning show, The Big Breakfast" -> The Big Breakfast); a station or
  regional news programme named on its own (BBC Radio Manchester, BBC Midlands
  Today) is the platform as written; a podcast named "the podcast Fine Print"
  is Fine Print.
- A quote that follows an interview and is attributed with "the minister said
  on the program" or a bare "she said"/"he said" in the next sentence belongs to
  that interview; a quote after "said in an interview" with no outlet, "said
  after the hearing", "said at a news conference" or "told reporters" is not
  linked to any post.
- A government watchdog's published report is a post with author None and no
  platform.
- A thread on Reddit by an anonymous user has author None and platform Reddit;
  a resort's verified account replying under it belongs to the thread and speaks
  as None.
- An unnamed commenter under a LinkedIn post or a TikTok video ("wrote one
  user", "One wrote:") belongs to that post and speaks as None.
- A term in marks used by the narration ("shrinkflation", the resort's
  “destination fee”) is a scare quote, not a quote; a YouTube video's title in
  marks is a title, not a quote; a nickname in marks (“the Broth King”) is not
  a quote.
- A shop's own Instagram post and a union's X post have author None and their
  words speak as None; a fragment of the shop's "last post" is tied to it.
- A cruise line's email to passengers and a bride's family's statement are
  posts with author None; a county health department's statement likewise.
- Quotes from "a series of YouTube vlogs ... she said in one" belong to one
  YouTube post by the vlogger.
- A "follow-up video" by the same person with no platform named is a new post
  on the platform of her first video (TikTok).
- A chief executive's email to staff is the executive's post with no platform
  (as in BU); the employee who later quotes "this email" in a video makes a new
  post of her own.
- Quoting someone's Threads post with words of one's own ("Quoting his post,
  she wrote on Threads") is a new Threads post by the quoter, not a reply.
- A reply under a Bluesky post and a fragment introduced "in the same reply"
  belong to the post replied to.
- A group of named and unnamed passengers' lawsuit has author None; a judge's
  "written opinion" is the judge's post with no platform.
- A quote that runs over two paragraphs in a Substack essay is one quote per
  paragraph; the first paragraph has no closing mark and its text runs to the
  end of that paragraph.
- A Balinese name (Made Sutrisna) and a Vietnamese-American name written given
  name first (Bao Tran Pham) are kept in the order written; a Chinese name
  (Chen Xiaoming) keeps surname-first order and the bare "Chen" refers to her.
- Titles and job labels before a name (Judge, Senator, Ms., "Trading Standards
  officer") are not part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FG: list[dict] = [
    {
        "name": "tiktok-lost-wheelchair-airline-statement",
        "text": (
            "Priya Raghunathan had flown from Toronto to Lisbon to celebrate her 40th "
            "birthday. Her wheelchair did not arrive with her. In a TikTok video posted on "
            "Sunday from her hotel room, she held up the baggage tag. “This chair is my legs. "
            "Losing it is not a lost suitcase,” she said in the clip, which has been viewed "
            "more than two million times.\n\n"
            "Aerolinhas Atlânticas said in a statement that the chair had been sent to Madrid "
            "in error and would be delivered within 48 hours. “We sincerely apologise to Ms. "
            "Raghunathan for the distress this has caused,” the statement said, quoting the "
            "airline’s customer director, Rui Falcão.\n\n"
            "Among thousands of comments under the video was one from the disability "
            "campaigner Kwame Boateng-Ansah: “Every airline says sorry. None of them change "
            "the handling rules.”\n\n"
            "Raghunathan told reporters at the airport on Tuesday that the chair had finally "
            "arrived, with a bent footrest. “Half a win,” the 40-year-old said."
        ),
        "quotes": [
            (
                "This chair is my legs. Losing it is not a lost suitcase,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "We sincerely apologise to Ms. Raghunathan for the distress this has caused,",
                "Rui Falcão",
                False,
                "P2",
            ),
            (
                "Every airline says sorry. None of them change the handling rules.",
                "Kwame Boateng-Ansah",
                False,
                "P1",
            ),
            ("Half a win,", "Priya Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Priya Raghunathan", "Rui Falcão", "Kwame Boateng-Ansah"],
    },
    {
        "name": "substack-review-chef-instagram-reply",
        "text": (
            "The food writer Odile Marchetti-Voss did not hold back in her Substack newsletter "
            "on Friday. The tasting menu at Salt & Ember, the new restaurant in Leith, was “a "
            "£140 lecture on fermentation,” she wrote, and the lamb arrived “lukewarm and "
            "apologetic.”\n\n"
            "The restaurant’s chef-owner, Callum Abernethy-Reid, answered on Instagram the next "
            "morning. “I read every word. Some of it stung because some of it was true,” he "
            "wrote. “The lamb was not good enough that night. It will be from now on.”\n\n"
            "His business partner, Yuki Hasegawa, was less conciliatory when reached by phone. "
            "“One dinner is not a restaurant,” she said.\n\n"
            "Bookings, Abernethy-Reid added in a second Instagram post, had risen by a third "
            "since the review."
        ),
        "quotes": [
            ("a £140 lecture on fermentation,", "Odile Marchetti-Voss", True, "P1"),
            ("lukewarm and apologetic.", "Odile Marchetti-Voss", True, "P1"),
            (
                "I read every word. Some of it stung because some of it was true,",
                "Callum Abernethy-Reid",
                False,
                "P2",
            ),
            (
                "The lamb was not good enough that night. It will be from now on.",
                "Callum Abernethy-Reid",
                False,
                "P2",
            ),
            ("One dinner is not a restaurant,", "Yuki Hasegawa", False, None),
        ],
        "posts": [
            ("P1", "Odile Marchetti-Voss", "Substack"),
            ("P2", "Callum Abernethy-Reid", "Instagram"),
            ("P3", "Callum Abernethy-Reid", "Instagram"),
        ],
        "people": ["Odile Marchetti-Voss", "Callum Abernethy-Reid", "Yuki Hasegawa"],
    },
    {
        "name": "slow-cooker-recall-press-release-news-conference",
        "text": (
            "HomeHarbor, the discount homeware retailer, recalled 86,000 ceramic slow cookers "
            "on Wednesday after reports that the lids could shatter when heated. In a press "
            "release, the company said it had received 212 complaints, including 14 reports "
            "of minor burns. “Customer safety comes before everything else we do,” the release "
            "quoted its chief executive, Anil Deshpande, as saying.\n\n"
            "At a news conference in Leeds later that day, Deshpande said customers would get "
            "a full refund without a receipt. “Bring back the cooker, or even just the lid, and "
            "we will pay you,” he said.\n\n"
            "The consumer group Fair Deal Watch said the recall came too late. “These lids "
            "were failing in March,” it said in a statement. Its head of product safety, "
            "Folasade Ogunleye, said the retailer had been warned twice."
        ),
        "quotes": [
            (
                "Customer safety comes before everything else we do,",
                "Anil Deshpande",
                False,
                "P1",
            ),
            (
                "Bring back the cooker, or even just the lid, and we will pay you,",
                "Anil Deshpande",
                False,
                None,
            ),
            ("These lids were failing in March,", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
        ],
        "people": ["Anil Deshpande", "Folasade Ogunleye"],
    },
    {
        "name": "venice-canal-swimmers-facebook-caption-newspaper",
        "text": (
            "Two German tourists were fined €900 each on Saturday for swimming in the Grand "
            "Canal in Venice after a night out. “We did not know it was forbidden. There were "
            "no signs,” one of the men, a 27-year-old from Hamburg, told reporters as he left "
            "the police station.\n\n"
            "The city’s councillor for tourism, Lorenza Bettin-Scarpa, posted a photo of the "
            "pair on Facebook with the caption “Venice is a city, not a theme park.”\n\n"
            "“We will keep fining people until the message gets through,” she told the "
            "Corriere del Veneto on Sunday.\n\n"
            "A gondolier who saw the swim, Matteo Zanon, was unsurprised. “Every summer it is "
            "the same. They think the canal is a swimming pool,” he said."
        ),
        "quotes": [
            (
                "We did not know it was forbidden. There were no signs,",
                None,
                False,
                None,
            ),
            ("Venice is a city, not a theme park.", "Lorenza Bettin-Scarpa", False, "P1"),
            (
                "We will keep fining people until the message gets through,",
                "Lorenza Bettin-Scarpa",
                False,
                "P2",
            ),
            (
                "Every summer it is the same. They think the canal is a swimming pool,",
                "Matteo Zanon",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lorenza Bettin-Scarpa", "Facebook"),
            ("P2", "Lorenza Bettin-Scarpa", "Corriere del Veneto"),
        ],
        "people": ["Lorenza Bettin-Scarpa", "Matteo Zanon"],
    },
    {
        "name": "shrinkflation-report-radio-minister",
        "text": (
            "Australia’s competition watchdog said in a report published on Thursday that the "
            "country’s two largest supermarket chains had engaged in “shrinkflation” on more "
            "than 300 products, cutting pack sizes while keeping prices unchanged.\n\n"
            "The consumer affairs minister, Harriet Nakamura-Doyle, said on ABC Radio’s AM "
            "program that the findings were “deeply troubling.” “Families are paying the same "
            "for less, and nobody told them,” the minister said on the program.\n\n"
            "A spokesperson for Greenway Supermarkets said the chain “rejects the "
            "characterisation” and that pack sizes change for many reasons, including the "
            "cost of packaging.\n\n"
            "The watchdog’s chair, Deepak Varghese-Lamb, is due to appear before a Senate "
            "committee next week."
        ),
        "quotes": [
            ("deeply troubling.", "Harriet Nakamura-Doyle", True, "P2"),
            (
                "Families are paying the same for less, and nobody told them,",
                "Harriet Nakamura-Doyle",
                False,
                "P2",
            ),
            ("rejects the characterisation", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harriet Nakamura-Doyle", "AM"),
        ],
        "people": ["Harriet Nakamura-Doyle", "Deepak Varghese-Lamb"],
    },
    {
        "name": "linkedin-cabin-bag-fee-union-x",
        "text": (
            "The chief executive of the budget carrier SkyBridge, Mikael Johansson-Brandt, "
            "wrote on LinkedIn on Monday that the airline would start charging for cabin bags "
            "on all routes from June. “Low fares only work if every passenger pays for what "
            "they use,” he wrote.\n\n"
            "The post drew more than 4,000 comments, most of them hostile. “So the fare is low "
            "and everything else is extra. Got it,” wrote one user, a travel agent from "
            "Gothenburg.\n\n"
            "The cabin crew union Flygpersonal said on X that the change would put staff “in "
            "the firing line” at the gate. “Our members will be the ones shouted at,” the union "
            "posted.\n\n"
            "Johansson-Brandt, 52, told Dagens Industri that he had “no plans” to reverse "
            "course."
        ),
        "quotes": [
            (
                "Low fares only work if every passenger pays for what they use,",
                "Mikael Johansson-Brandt",
                False,
                "P1",
            ),
            (
                "So the fare is low and everything else is extra. Got it,",
                None,
                False,
                "P1",
            ),
            ("in the firing line", None, True, "P2"),
            ("Our members will be the ones shouted at,", None, False, "P2"),
            ("no plans", "Mikael Johansson-Brandt", True, "P3"),
        ],
        "posts": [
            ("P1", "Mikael Johansson-Brandt", "LinkedIn"),
            ("P2", None, "X"),
            ("P3", "Mikael Johansson-Brandt", "Dagens Industri"),
        ],
        "people": ["Mikael Johansson-Brandt"],
    },
    {
        "name": "reddit-resort-fees-reply-podcast",
        "text": (
            "An anonymous Reddit user’s post about a Las Vegas resort’s fees has become a "
            "rallying point for travellers angry about hidden charges. “The room was $89. The "
            "bill was $154 a night. Nobody at the desk could explain the difference,” the user "
            "wrote in the r/travel forum.\n\n"
            "A reply from an account verified as belonging to the Meridian Palms resort said "
            "the “destination fee” was shown at booking. “We understand the frustration and "
            "have reached out privately,” it read.\n\n"
            "The Nevada consumer advocate Rosalind Achebe-Hart said the thread showed why such "
            "fees should be banned. “If it is mandatory, it is part of the price. Full stop,” "
            "she said on the podcast Fine Print.\n\n"
            "Senator Gabriel Okonkwo-Mills has introduced a bill to do just that."
        ),
        "quotes": [
            (
                "The room was $89. The bill was $154 a night. Nobody at the desk could explain "
                "the difference,",
                None,
                False,
                "P1",
            ),
            (
                "We understand the frustration and have reached out privately,",
                None,
                False,
                "P1",
            ),
            (
                "If it is mandatory, it is part of the price. Full stop,",
                "Rosalind Achebe-Hart",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Rosalind Achebe-Hart", "Fine Print"),
        ],
        "people": ["Rosalind Achebe-Hart", "Gabriel Okonkwo-Mills"],
    },
    {
        "name": "open-letter-delivery-app-youtube-radio",
        "text": (
            "More than 600 restaurant owners in Manchester signed an open letter on Tuesday "
            "accusing the delivery app Dishdash of “squeezing kitchens dry” with commission "
            "rates of up to 35 percent.\n\n"
            "One signatory, Tariq Haddadi, who runs a Lebanese bakery in Rusholme, explained "
            "his decision in a YouTube video. “After the app takes its cut, I make 40p on a £9 "
            "wrap. Forty pence,” he said, holding up a receipt.\n\n"
            "Dishdash’s UK general manager, Sinéad Gallagher-Obi, told BBC Radio Manchester "
            "that the rates paid for marketing and for riders. “Restaurants choose the plan "
            "that suits them,” she said."
        ),
        "quotes": [
            ("squeezing kitchens dry", None, True, "P1"),
            (
                "After the app takes its cut, I make 40p on a £9 wrap. Forty pence,",
                "Tariq Haddadi",
                False,
                "P2",
            ),
            (
                "Restaurants choose the plan that suits them,",
                "Sinéad Gallagher-Obi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tariq Haddadi", "YouTube"),
            ("P3", "Sinéad Gallagher-Obi", "BBC Radio Manchester"),
        ],
        "people": ["Tariq Haddadi", "Sinéad Gallagher-Obi"],
    },
    {
        "name": "cruise-norovirus-email-vlogs-interview",
        "text": (
            "More than 300 passengers on the cruise ship Aurora Meridian fell ill with "
            "norovirus during a 12-night voyage around the Caribbean. The cruise line, Solace "
            "Cruises, emailed passengers on Thursday offering a 50 percent credit on a future "
            "trip. “We know this is not the holiday you planned,” the email said.\n\n"
            "One passenger, Bao Tran Pham, a retired teacher from San Jose, documented the "
            "outbreak in a series of YouTube vlogs. “Day six. Half our table is missing from "
            "dinner,” she said in one.\n\n"
            "“A credit for another cruise? With them?” her husband, Lionel Ashworth, said in "
            "an interview. “No, thank you.”"
        ),
        "quotes": [
            ("We know this is not the holiday you planned,", None, False, "P1"),
            ("Day six. Half our table is missing from dinner,", "Bao Tran Pham", False, "P2"),
            ("A credit for another cruise? With them?", "Lionel Ashworth", False, None),
            ("No, thank you.", "Lionel Ashworth", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Bao Tran Pham", "YouTube"),
        ],
        "people": ["Bao Tran Pham", "Lionel Ashworth"],
    },
    {
        "name": "butter-prices-prime-time-minister-shopper",
        "text": (
            "Ireland’s enterprise minister, Fiachra Ó Dálaigh, said on RTÉ’s Prime Time on "
            "Thursday night that supermarkets had “questions to answer” over the price of "
            "butter, which has risen by a fifth in a year while prices paid to dairy farmers "
            "have fallen. “When the farm price falls and the shelf price does not, somebody is "
            "pocketing the difference,” the minister said.\n\n"
            "Retail Ireland, which represents the chains, said in a statement that margins on "
            "dairy were “razor-thin.”\n\n"
            "Outside a discount supermarket in Cork, Aoife Brennan said she had given up on "
            "the big chains. “I’m not loyal to anyone any more,” the 34-year-old said."
        ),
        "quotes": [
            ("questions to answer", "Fiachra Ó Dálaigh", True, "P1"),
            (
                "When the farm price falls and the shelf price does not, somebody is "
                "pocketing the difference,",
                "Fiachra Ó Dálaigh",
                False,
                "P1",
            ),
            ("razor-thin.", None, True, "P2"),
            ("I’m not loyal to anyone any more,", "Aoife Brennan", False, None),
        ],
        "posts": [
            ("P1", "Fiachra Ó Dálaigh", "Prime Time"),
            ("P2", None, None),
        ],
        "people": ["Fiachra Ó Dálaigh", "Aoife Brennan"],
    },
    {
        "name": "broth-king-nickname-bluesky-councillor-reply",
        "text": (
            "He is known around Montreal as “the Broth King,” and on Wednesday Étienne "
            "Lavoie-Sarkis closed the doors of his noodle counter for the last time after 19 "
            "years. The landlord had tripled the rent.\n\n"
            "“Nineteen years, and a letter gives me thirty days,” Lavoie-Sarkis wrote on "
            "Bluesky. “I am not angry. I am tired.”\n\n"
            "The city councillor for the district, Mei-Ling Castellanos, replied under his "
            "post that she would raise the case at the next council meeting. In the same "
            "reply, she called the increase “a small-business eviction dressed up as a market "
            "price.”\n\n"
            "Regulars queued around the block for a last bowl. “It is like losing a relative,” "
            "said one, a nurse who had eaten there every Friday since 2009."
        ),
        "quotes": [
            (
                "Nineteen years, and a letter gives me thirty days,",
                "Étienne Lavoie-Sarkis",
                False,
                "P1",
            ),
            ("I am not angry. I am tired.", "Étienne Lavoie-Sarkis", False, "P1"),
            (
                "a small-business eviction dressed up as a market price.",
                "Mei-Ling Castellanos",
                True,
                "P1",
            ),
            ("It is like losing a relative,", None, False, None),
        ],
        "posts": [
            ("P1", "Étienne Lavoie-Sarkis", "Bluesky"),
        ],
        "people": ["Étienne Lavoie-Sarkis", "Mei-Ling Castellanos"],
    },
    {
        "name": "airline-voucher-class-action-judge-opinion",
        "text": (
            "A federal judge in Chicago on Monday allowed a class action against Lakeshore Air "
            "to proceed, ruling that passengers whose flights were cancelled during the 2023 "
            "winter storms may seek cash refunds rather than vouchers.\n\n"
            "In her written opinion, Judge Adaeze Okafor-Lindgren said the airline’s voucher "
            "policy “turned a legal obligation into a sales promotion.”\n\n"
            "The lawsuit, filed by a group of 14 passengers, says Lakeshore “pocketed hundreds "
            "of millions of dollars” that belonged to its customers. One of the lead "
            "plaintiffs, Dmitri Volkonsky, a pharmacist from Milwaukee, said after the "
            "hearing: “I wanted my $612 back, not a coupon for a flight I will never take.”\n\n"
            "Lakeshore said in a statement that it would appeal. “We believe our policies "
            "complied with federal rules,” the statement said."
        ),
        "quotes": [
            (
                "turned a legal obligation into a sales promotion.",
                "Adaeze Okafor-Lindgren",
                True,
                "P1",
            ),
            ("pocketed hundreds of millions of dollars", None, True, "P2"),
            (
                "I wanted my $612 back, not a coupon for a flight I will never take.",
                "Dmitri Volkonsky",
                False,
                None,
            ),
            ("We believe our policies complied with federal rules,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okafor-Lindgren", None),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Adaeze Okafor-Lindgren", "Dmitri Volkonsky"],
    },
    {
        "name": "olympus-rescue-instagram-story-news-conference",
        "text": (
            "A British tourist who set off up Mount Olympus in trainers and shorts was rescued "
            "by helicopter on Friday after becoming stranded in fog above 2,500 metres.\n\n"
            "“Many visitors treat the mountain like a city park,” the head of the regional "
            "rescue service, Stavros Kalogeropoulos, said at a news conference in Litochoro. "
            "“It is not.”\n\n"
            "The hiker, identified by Greek media as Jordan Whitcombe, 23, had posted an "
            "Instagram story from the summit path hours earlier with the words “easy day "
            "out.” After the rescue, he shared the clip on his own Instagram story with a new "
            "caption: “Lesson learned. Thank you to the crew who came for me.”\n\n"
            "His mother, Gillian Whitcombe, told the Daily Express that she had begged him to "
            "turn back."
        ),
        "quotes": [
            (
                "Many visitors treat the mountain like a city park,",
                "Stavros Kalogeropoulos",
                False,
                None,
            ),
            ("It is not.", "Stavros Kalogeropoulos", False, None),
            ("easy day out.", "Jordan Whitcombe", False, "P1"),
            (
                "Lesson learned. Thank you to the crew who came for me.",
                "Jordan Whitcombe",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Jordan Whitcombe", "Instagram"),
            ("P2", "Jordan Whitcombe", "Instagram"),
            ("P3", "Gillian Whitcombe", "Daily Express"),
        ],
        "people": ["Stavros Kalogeropoulos", "Jordan Whitcombe", "Gillian Whitcombe"],
    },
    {
        "name": "tiktok-cashier-ceo-staff-email-comments",
        "text": (
            "A TikTok video by a cashier at the electronics chain VoltMart, showing customers "
            "being pressed for their phone numbers at every till, has been viewed 5.8 million "
            "times. The cashier, Keisha Arrington-Moyo, 26, said staff were told to collect "
            "numbers for the loyalty scheme. “If I don’t get the number, I get written up,” "
            "she said in the video.\n\n"
            "In an email to staff on Thursday, VoltMart’s chief executive, Leonard "
            "Fairweather, said no employee would be disciplined over the scheme. “Our "
            "colleagues should never feel pressured to pressure a customer,” he wrote.\n\n"
            "Arrington-Moyo posted a follow-up video the same evening. “Screenshot this "
            "email, everyone,” she said.\n\n"
            "Several commenters under the first video said they had been told the same at "
            "other VoltMart stores. One wrote: “Store 112 here. Same thing, same threats.”"
        ),
        "quotes": [
            (
                "If I don’t get the number, I get written up,",
                "Keisha Arrington-Moyo",
                False,
                "P1",
            ),
            (
                "Our colleagues should never feel pressured to pressure a customer,",
                "Leonard Fairweather",
                False,
                "P2",
            ),
            ("Screenshot this email, everyone,", "Keisha Arrington-Moyo", False, "P3"),
            ("Store 112 here. Same thing, same threats.", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Keisha Arrington-Moyo", "TikTok"),
            ("P2", "Leonard Fairweather", None),
            ("P3", "Keisha Arrington-Moyo", "TikTok"),
        ],
        "people": ["Keisha Arrington-Moyo", "Leonard Fairweather"],
    },
    {
        "name": "chef-returns-stars-threads-quote-post-op-ed",
        "text": (
            "The Copenhagen chef Rasmus Thorvaldsen-Ahmadi said on Threads on Monday that he "
            "was handing back the two stars his restaurant, Hvile, holds in a leading "
            "restaurant guide. “Stars made us a restaurant for inspectors, not for guests,” "
            "he posted.\n\n"
            "The decision was welcomed by the food writer Grace Mbeki-Laurent, who argued in "
            "an op-ed in The Guardian last year that guides reward “cooking as performance.” "
            "Quoting his post, she wrote on Threads: “This is the conversation we should have "
            "had a decade ago.”\n\n"
            "Not everyone agreed. “Handing back stars is a luxury only famous chefs can "
            "afford,” said Ingrid Solheim, who runs a small bistro in Aarhus."
        ),
        "quotes": [
            (
                "Stars made us a restaurant for inspectors, not for guests,",
                "Rasmus Thorvaldsen-Ahmadi",
                False,
                "P1",
            ),
            ("cooking as performance.", "Grace Mbeki-Laurent", True, "P2"),
            (
                "This is the conversation we should have had a decade ago.",
                "Grace Mbeki-Laurent",
                False,
                "P3",
            ),
            (
                "Handing back stars is a luxury only famous chefs can afford,",
                "Ingrid Solheim",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rasmus Thorvaldsen-Ahmadi", "Threads"),
            ("P2", "Grace Mbeki-Laurent", "The Guardian"),
            ("P3", "Grace Mbeki-Laurent", "Threads"),
        ],
        "people": ["Rasmus Thorvaldsen-Ahmadi", "Grace Mbeki-Laurent", "Ingrid Solheim"],
    },
    {
        "name": "airport-queues-the-age-x-apology-reply",
        "text": (
            "Security queues at Melbourne Airport stretched past the terminal doors on Sunday "
            "morning, and dozens of passengers missed their flights. “Two hours in a line that "
            "did not move. I watched my plane leave from the window,” Ahmed Al-Rashidi, who "
            "was flying to Perth for a funeral, told The Age.\n\n"
            "The airport’s chief operating officer, Chen Xiaoming, posted an apology on X that "
            "afternoon, blaming a scanner failure and a shortage of screeners. “This was not "
            "acceptable and we are sorry,” Chen wrote.\n\n"
            "Under the post, the local federal MP, Lucinda Ferreira-Banks, replied: “Sorry is "
            "a start. Staffing numbers by Friday, please.”\n\n"
            "Chen told reporters on Monday that extra screeners had been hired. “We expect "
            "normal wait times by the school holidays,” she said."
        ),
        "quotes": [
            (
                "Two hours in a line that did not move. I watched my plane leave from the window,",
                "Ahmed Al-Rashidi",
                False,
                "P1",
            ),
            ("This was not acceptable and we are sorry,", "Chen Xiaoming", False, "P2"),
            (
                "Sorry is a start. Staffing numbers by Friday, please.",
                "Lucinda Ferreira-Banks",
                False,
                "P2",
            ),
            (
                "We expect normal wait times by the school holidays,",
                "Chen Xiaoming",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ahmed Al-Rashidi", "The Age"),
            ("P2", "Chen Xiaoming", "X"),
        ],
        "people": ["Ahmed Al-Rashidi", "Chen Xiaoming", "Lucinda Ferreira-Banks"],
    },
    {
        "name": "fake-trainers-facebook-group-shop-instagram-tv",
        "text": (
            "Dozens of parents in a Birmingham Facebook group say they were sold counterfeit "
            "trainers by an online shop that advertised on Instagram. A member of the group, "
            "Farida Choudhury-Wells, posted photos of a pair with misspelled branding. “£95 "
            "for shoes that fell apart in nine days,” she wrote.\n\n"
            "The shop, StreetSole UK, deleted its Instagram account on Wednesday. Its last "
            "post described the trainers as “100% authentic, sourced direct.”\n\n"
            "Trading Standards officer Bartholomew Nwachukwu said his team had received 41 "
            "complaints. “If a deal looks too good to be true on social media, it usually "
            "is,” he told BBC Midlands Today."
        ),
        "quotes": [
            (
                "£95 for shoes that fell apart in nine days,",
                "Farida Choudhury-Wells",
                False,
                "P1",
            ),
            ("100% authentic, sourced direct.", None, True, "P2"),
            (
                "If a deal looks too good to be true on social media, it usually is,",
                "Bartholomew Nwachukwu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Farida Choudhury-Wells", "Facebook"),
            ("P2", None, "Instagram"),
            ("P3", "Bartholomew Nwachukwu", "BBC Midlands Today"),
        ],
        "people": ["Farida Choudhury-Wells", "Bartholomew Nwachukwu"],
    },
    {
        "name": "wedding-food-poisoning-statements-radio-show",
        "text": (
            "Health officials in Nairobi are investigating a caterer after 58 guests at a "
            "wedding reception fell ill on Saturday. The county health department said in a "
            "statement that samples of chicken and rice had been sent for testing. “The "
            "premises have been closed pending results,” the statement said.\n\n"
            "The bride’s family said in a statement of their own that they were “heartbroken "
            "that a day of joy ended in hospital wards.”\n\n"
            "The groom, Otieno Kamau-Wanjiru, spoke to Capital FM’s morning show, The Big "
            "Breakfast, on Monday. “My grandmother is 81. She was on a drip for two days,” he "
            "said. “Someone has to answer for that.”\n\n"
            "The caterer, Zawadi Events, did not respond to requests for comment. Its owner, "
            "Halima Njeri, could not be reached."
        ),
        "quotes": [
            ("The premises have been closed pending results,", None, False, "P1"),
            ("heartbroken that a day of joy ended in hospital wards.", None, True, "P2"),
            (
                "My grandmother is 81. She was on a drip for two days,",
                "Otieno Kamau-Wanjiru",
                False,
                "P3",
            ),
            ("Someone has to answer for that.", "Otieno Kamau-Wanjiru", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Otieno Kamau-Wanjiru", "The Big Breakfast"),
        ],
        "people": ["Otieno Kamau-Wanjiru", "Halima Njeri"],
    },
    {
        "name": "bali-guesthouse-facebook-influencer-youtube-title",
        "text": (
            "The owner of a family-run guesthouse in Bali has accused a travel influencer of "
            "demanding a free week’s stay in exchange for a positive video. Made Sutrisna "
            "posted the influencer’s message on Facebook on Tuesday. “We are a small place "
            "with nine rooms. We cannot give away a week for a video,” he wrote.\n\n"
            "The influencer, Brielle Castaño-Whitfield, responded in a 14-minute YouTube video "
            "titled “The Truth About Bali Collabs.” In the video, the 31-year-old said she had "
            "asked for a “standard collaboration” and was “shocked by the hate.” “I have never "
            "threatened anyone with a bad review,” she said.\n\n"
            "Sutrisna told reporters that bookings had doubled since his post."
        ),
        "quotes": [
            (
                "We are a small place with nine rooms. We cannot give away a week for a video,",
                "Made Sutrisna",
                False,
                "P1",
            ),
            ("standard collaboration", "Brielle Castaño-Whitfield", True, "P2"),
            ("shocked by the hate.", "Brielle Castaño-Whitfield", True, "P2"),
            (
                "I have never threatened anyone with a bad review,",
                "Brielle Castaño-Whitfield",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Made Sutrisna", "Facebook"),
            ("P2", "Brielle Castaño-Whitfield", "YouTube"),
        ],
        "people": ["Made Sutrisna", "Brielle Castaño-Whitfield"],
    },
    {
        "name": "seat-fees-substack-two-paragraphs-news-conference",
        "text": (
            "The consumer advocate Oluwaseun Hargreaves-Diallo has spent a year booking "
            "flights on Europe’s low-cost airlines and recording every fee. In a Substack "
            "essay published on Sunday, she set out the results:\n\n"
            "“On 38 flights I paid for a seat I did not choose 31 times. The algorithm split "
            "up a mother and her four-year-old twice.\n\n"
            "“That is not a pricing strategy. It is a penalty for travelling with the people "
            "you love.”\n\n"
            "At a news conference in Brussels on Monday, the EU transport commissioner, "
            "Katarzyna Wiśniewska-Holt, said family seating fees would be “looked at "
            "closely.” A spokesman for the airline group SkyLark told reporters that it "
            "“complies fully with passenger law.”"
        ),
        "quotes": [
            (
                "On 38 flights I paid for a seat I did not choose 31 times. The algorithm "
                "split up a mother and her four-year-old twice.",
                "Oluwaseun Hargreaves-Diallo",
                False,
                "P1",
            ),
            (
                "That is not a pricing strategy. It is a penalty for travelling with the "
                "people you love.",
                "Oluwaseun Hargreaves-Diallo",
                False,
                "P1",
            ),
            ("looked at closely.", "Katarzyna Wiśniewska-Holt", True, None),
            ("complies fully with passenger law.", None, True, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Hargreaves-Diallo", "Substack"),
        ],
        "people": ["Oluwaseun Hargreaves-Diallo", "Katarzyna Wiśniewska-Holt"],
    },
]
