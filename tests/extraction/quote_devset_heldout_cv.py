"""The ninety-fourth self-made dev set, held out (CV): its first run is an unseen estimate.

Written with set CW, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- people lists every named person in the text in order of first mention,
  whether or not they are quoted (Kwabena Mensah, who only asks a question
  that is reported without marks; Ruth Oyelaran; Gennaro Russo, who posts only
  an emoji). A first name inside a quote ("Darya", "Charmaine", "Ayumi") and a
  nickname inside a quote ("Rocket") add no one.
- A post reported without any quoted words (Russo's emoji on X, a landlord's
  letter to tenants, the USDA's press release, an anonymous Reddit thread) is
  still listed in posts.
- A study published in a named journal is a post by its named lead author with
  the journal as platform (Nature Ecology & Evolution); what the lead author
  "wrote in the paper" belongs to it. A university press release quoting a
  co-author has author None and the co-author as speaker.
- A statement or letter issued by a named person (a lawyer, a race director, a
  museum director's letter to staff, an MP's letter) is that person's post with
  no platform, and "the statement said" / "her letter said" / "the statement
  read" speak as that person. A statement by a national cricket board, a
  school, a farm bureau, a water company or a fungicide maker has author None,
  and its words speak as None. A district attorney's office's court filing has
  author None and no platform; a judge's written ruling is the judge's post.
- A later sentence "The statement said ..." right after a statement is
  reported belongs to that statement.
- A whole clause quoted after "wrote that", "said that" or "called it" inside
  the narrator's sentence is partial, even when it is a complete sentence; a
  fragment ending in the quote's own period keeps the period in its text.
- A sentence split by its attribution (“We are not going to chase the bottom
  of the market,” she said, “with cheaper machines ...”) is two quotes, neither
  partial, both with the same speaker and post.
- Words given after "with the caption" and "with the words" are whole quotes,
  not partial; the caption makes the photo an Instagram post by the poster.
- A quote following "Dr." or "Judge" names speaks as the name without the title
  (Mei-Ling Tsao, Priya Venkataraman, Anjali Raman, Marcus Delacroix-Ng,
  Rashida Kamau); "Mayor Abdirahman Farah" is Abdirahman Farah.
- A judge speaking "from the bench" or "said the sentence reflected" at a
  sentencing, someone who "addressed the court" or "told the court", and
  anything said "after the hearing" or "outside the courthouse" are not posts.
- "Said in an email to The Fresno Bee" is an interview with that newspaper:
  the lawyer's post with platform The Fresno Bee.
- "Told the BBC" has platform BBC; "speaking to ESPNcricinfo" has platform
  ESPNcricinfo; "speaking on BBC Radio Devon" has platform BBC Radio Devon.
- A show named in marks after its network (CNBC's “Squawk Box”, ESPN's
  “SportsCenter”, the Montana Public Radio programme “Field Notes”) and a
  podcast named in marks (“The Long Run”) take the show's name without marks as
  platform; a podcast named without marks (Afropop Worldwide) likewise. The
  show's name in marks is not a quote.
- A critic's review "writing in The New York Times" / "writing in The Guardian"
  and an op-ed "writing in The Star" or "in an op-ed for The Stage" are the
  writer's posts with that newspaper as platform.
- Words a person "says in the clip" or "says in one" of a series of TikTok
  videos, or "says near the end of the video", belong to that video; the one
  video quoted is the post. An Instagram reel is an Instagram post.
- "She added on the podcast" and "asked on the same programme" tie the later
  quote to that interview; "she added in the same post" ties it to that post.
- A reply by the author under her own Bluesky thread ("Tsao replied") belongs
  to the thread. "Replied" right after a Threads post, with no other venue
  named, is a reply under that post.
- An unnamed commenter (a user who described himself as a retired trucker, "a
  commenter under that video") speaks as None, and the comment belongs to the
  post.
- A Reddit thread started by an anonymous user has author None; its title in
  marks (“Kestrel Labs is not done cutting.”) is a title, not a quote.
- Sharing someone's video on Facebook "with a message of her own" is a new
  Facebook post by the sharer; a description ("His wife", "Her husband", "the
  captain", "the farmer") speaks as the person it refers to.
- A post by a named member in a Facebook group is that member's Facebook post.
- A one-word or short quote said on court or at the finish line ("a joke",
  "angrier than I have ever seen her.") and a phrase "described to reporters"
  are partial quotes with no post.
- So-called “member pricing” is a scare quote; the titles “Tides and
  Tenements”, “Niger Blues” and “The Orchard Keepers” and the nicknames “the
  Tractor” and “the Rawalpindi Rocket” are not quotes.
- Names keep their particles and diacritics as written (Gerrit van der Berg,
  Josefina van der Berg, Fatoumata Keïta, Julián Ortega-Vidal, Léa Marchetti);
  hyphenated surnames are part of the canonical name, and a hyphenated surname
  that only shares a part with another person's (Okafor, Okafor-Bell) does not
  make them the same person. East Asian name order is kept as written
  (Mei-Ling Tsao, Hyun-woo Park, Ayumi Sato-Greene, Jun Takahashi).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CV: list[dict] = [
    {
        "name": "instagram-striker-knee-news-conference-nickname",
        "text": (
            "Striker Yaw Boateng-Ellis confirmed on Instagram on Sunday that he had torn a "
            "ligament in his left knee, an injury expected to keep him out for the rest of the "
            "season. “Gutted doesn’t begin to cover it. I’ll be back stronger,” he wrote beneath "
            "a photo of himself on crutches. His teammate Rafael Quintero commented under the "
            "post: “The dressing room is yours whenever you’re ready, brother.”\n\n"
            "At a news conference on Monday, the manager, Ingrid Halvorsen, said the club would "
            "not rush his recovery. “We will not gamble with a 24-year-old’s career,” she said. "
            "Asked whether the club would sign a replacement, Halvorsen said only that the "
            "January window was “a long way off.”\n\n"
            "Boateng-Ellis, nicknamed “the Tractor” by supporters for his relentless pressing, "
            "scored 14 league goals last season. His agent, Moshe Abramowitz, told The Athletic "
            "that surgery was scheduled for next week. “He has the best surgeon in the country "
            "and, more importantly, the right attitude,” Abramowitz said."
        ),
        "quotes": [
            (
                "Gutted doesn’t begin to cover it. I’ll be back stronger,",
                "Yaw Boateng-Ellis",
                False,
                "P1",
            ),
            (
                "The dressing room is yours whenever you’re ready, brother.",
                "Rafael Quintero",
                False,
                "P1",
            ),
            ("We will not gamble with a 24-year-old’s career,", "Ingrid Halvorsen", False, None),
            ("a long way off.", "Ingrid Halvorsen", True, None),
            (
                "He has the best surgeon in the country and, more importantly, the right attitude,",
                "Moshe Abramowitz",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Yaw Boateng-Ellis", "Instagram"),
            ("P2", "Moshe Abramowitz", "The Athletic"),
        ],
        "people": ["Yaw Boateng-Ellis", "Rafael Quintero", "Ingrid Halvorsen", "Moshe Abramowitz"],
    },
    {
        "name": "gravel-pit-ruling-lawyer-statement-facebook-reply",
        "text": (
            "A Dane County judge on Thursday dismissed a lawsuit brought by neighbours of the "
            "Oakridge Sand & Gravel pit, ruling that the residents had waited too long to "
            "challenge its permit. In a 22-page ruling, Judge Priya Venkataraman wrote that “the "
            "statute of limitations is not a technicality the court may set aside out of "
            "sympathy.”\n\n"
            "The residents’ lawyer, Callum Fitzgerald, said in a statement that his clients would "
            "appeal. “The dust in these children’s lungs did not expire after ninety days,” the "
            "statement said.\n\n"
            "The pit’s owner, Dwayne Kowalczyk, posted on Facebook that evening that he was "
            "relieved. “We’ve followed every rule for thirty years and we’ll keep doing it,” he "
            "wrote. One neighbour, Esperanza Ruiz, answered beneath his post: “Then put up the "
            "fence you promised us in 2019.”\n\n"
            "Outside the courthouse on Friday, Fitzgerald told reporters that the appeal would be "
            "filed within a month and that the families were not discouraged. “This is round "
            "one,” he said."
        ),
        "quotes": [
            (
                "the statute of limitations is not a technicality the court may set aside out of sympathy.",
                "Priya Venkataraman",
                True,
                "P1",
            ),
            (
                "The dust in these children’s lungs did not expire after ninety days,",
                "Callum Fitzgerald",
                False,
                "P2",
            ),
            (
                "We’ve followed every rule for thirty years and we’ll keep doing it,",
                "Dwayne Kowalczyk",
                False,
                "P3",
            ),
            ("Then put up the fence you promised us in 2019.", "Esperanza Ruiz", False, "P3"),
            ("This is round one,", "Callum Fitzgerald", False, None),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", None),
            ("P2", "Callum Fitzgerald", None),
            ("P3", "Dwayne Kowalczyk", "Facebook"),
        ],
        "people": ["Priya Venkataraman", "Callum Fitzgerald", "Dwayne Kowalczyk", "Esperanza Ruiz"],
    },
    {
        "name": "tiktok-dairy-farmer-coop-release-public-radio",
        "text": (
            "Annika Sorensen-Blum, who milks 140 cows outside Eau Claire, Wisconsin, has become "
            "an unlikely TikTok star. Her latest video, in which she explains why farm milk "
            "prices have fallen, has been viewed 2.3 million times. “Every gallon you buy, I get "
            "about a dollar ten. Do the math,” she says in the clip.\n\n"
            "Under the video, a user who described himself as a retired trucker wrote: “Never "
            "thought about it. Buying local from now on.”\n\n"
            "The Midwest Dairy Cooperative, which buys Sorensen-Blum’s milk, responded on "
            "Wednesday with a press release defending its prices as “fair and transparent.” Its "
            "chief executive, Harold Okonkwo, was quoted in the release: “Our members set these "
            "prices together, and they can change them together.”\n\n"
            "Sorensen-Blum dismissed the cooperative’s so-called “member pricing” in an interview "
            "with Wisconsin Public Radio. “Nobody asked me,” she said. “I have been a member for "
            "twenty-two years and I have never voted on anything.”"
        ),
        "quotes": [
            (
                "Every gallon you buy, I get about a dollar ten. Do the math,",
                "Annika Sorensen-Blum",
                False,
                "P1",
            ),
            ("Never thought about it. Buying local from now on.", None, False, "P1"),
            ("fair and transparent.", None, True, "P2"),
            (
                "Our members set these prices together, and they can change them together.",
                "Harold Okonkwo",
                False,
                "P2",
            ),
            ("Nobody asked me,", "Annika Sorensen-Blum", False, "P3"),
            (
                "I have been a member for twenty-two years and I have never voted on anything.",
                "Annika Sorensen-Blum",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Annika Sorensen-Blum", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Annika Sorensen-Blum", "Wisconsin Public Radio"),
        ],
        "people": ["Annika Sorensen-Blum", "Harold Okonkwo"],
    },
    {
        "name": "substack-painter-withdraws-director-letter-critic",
        "text": (
            "The painter Oluwaseun Adebayo-Hart has withdrawn his work from the Harrow Museum of "
            "Art’s spring exhibition, citing the museum’s sponsorship deal with an oil company. "
            "In an essay on his Substack, Adebayo-Hart wrote that he could not “hang pictures of "
            "flooded villages in a room paid for by the people flooding them.”\n\n"
            "The museum’s director, Léa Marchetti, responded in a letter to staff that was later "
            "shared with reporters. “We respect every artist’s conscience, and we also have to "
            "keep the lights on,” she wrote. “Sponsorship pays for the school visits, not the "
            "champagne.”\n\n"
            "The critic Fenella Drummond, writing in The Guardian, called the withdrawal “the "
            "most honest thing to happen at the Harrow in a decade.”\n\n"
            "The exhibition, titled “Tides and Tenements,” opens on April 12 with 46 works by 19 "
            "artists. Adebayo-Hart said on Wednesday that he had not heard from anyone at the "
            "museum since the essay was published. “Silence is also an answer,” he said."
        ),
        "quotes": [
            (
                "hang pictures of flooded villages in a room paid for by the people flooding them.",
                "Oluwaseun Adebayo-Hart",
                True,
                "P1",
            ),
            (
                "We respect every artist’s conscience, and we also have to keep the lights on,",
                "Léa Marchetti",
                False,
                "P2",
            ),
            (
                "Sponsorship pays for the school visits, not the champagne.",
                "Léa Marchetti",
                False,
                "P2",
            ),
            (
                "the most honest thing to happen at the Harrow in a decade.",
                "Fenella Drummond",
                True,
                "P3",
            ),
            ("Silence is also an answer,", "Oluwaseun Adebayo-Hart", False, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Hart", "Substack"),
            ("P2", "Léa Marchetti", None),
            ("P3", "Fenella Drummond", "The Guardian"),
        ],
        "people": ["Oluwaseun Adebayo-Hart", "Léa Marchetti", "Fenella Drummond"],
    },
    {
        "name": "journal-study-bees-release-bluesky-thread-maker-statement",
        "text": (
            "Honeybee colonies exposed to a widely used fungicide foraged 30 percent less than "
            "untreated hives, according to a study published on Wednesday in the journal Nature "
            "Ecology & Evolution. The lead author, Dr. Mei-Ling Tsao of Lund University, wrote in "
            "the paper that the effect was “large enough to matter for crop yields.”\n\n"
            "Lund University’s press release quoted her co-author, Anders Bergkvist: “We expected "
            "a small effect. We did not expect this.”\n\n"
            "Tsao summarised the findings in a thread on Bluesky. “To be clear: we are not saying "
            "farmers should stop spraying. We are saying the label is wrong,” she posted. Under "
            "the thread, an agronomist, Kwabena Mensah, asked whether the hives had also been "
            "exposed to insecticides. “Good question, and no, they weren’t,” Tsao replied.\n\n"
            "The fungicide’s maker, Agrovance, said in a statement that its product “has been "
            "approved by regulators in 60 countries” and that it would review the study."
        ),
        "quotes": [
            ("large enough to matter for crop yields.", "Mei-Ling Tsao", True, "P1"),
            (
                "We expected a small effect. We did not expect this.",
                "Anders Bergkvist",
                False,
                "P2",
            ),
            (
                "To be clear: we are not saying farmers should stop spraying. We are saying the label is wrong,",
                "Mei-Ling Tsao",
                False,
                "P3",
            ),
            ("Good question, and no, they weren’t,", "Mei-Ling Tsao", False, "P3"),
            ("has been approved by regulators in 60 countries", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Mei-Ling Tsao", "Nature Ecology & Evolution"),
            ("P2", None, "press release"),
            ("P3", "Mei-Ling Tsao", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Mei-Ling Tsao", "Anders Bergkvist", "Kwabena Mensah"],
    },
    {
        "name": "x-tennis-quarterfinal-reply-press-conference-instagram-apology",
        "text": (
            "Beatriz Albuquerque reached her first Grand Slam quarter-final on Monday, beating "
            "the eighth seed in three sets. Minutes after the match she posted on X: “Dreamed of "
            "this since I was seven. Not done yet.” Her doubles partner, Sakura Ishikawa, replied "
            "under the post with a row of Brazilian flags and the words “Told you so!”\n\n"
            "At her post-match press conference, Albuquerque was asked about the crowd, which had "
            "booed her opponent, Darya Kuznetsova, after a disputed line call. “I didn’t like "
            "it. Darya is a great player and she didn’t deserve that,” she said.\n\n"
            "Kuznetsova, who had called the umpire’s decision “a joke” on court, later wrote on "
            "Instagram that she had “said things in the heat of the moment.” “Congratulations to "
            "Beatriz, she was better today,” she added in the same post.\n\n"
            "Albuquerque will next face the defending champion on Wednesday, a match she "
            "described to reporters as “the biggest of my life.”"
        ),
        "quotes": [
            (
                "Dreamed of this since I was seven. Not done yet.",
                "Beatriz Albuquerque",
                False,
                "P1",
            ),
            ("Told you so!", "Sakura Ishikawa", False, "P1"),
            (
                "I didn’t like it. Darya is a great player and she didn’t deserve that,",
                "Beatriz Albuquerque",
                False,
                None,
            ),
            ("a joke", "Darya Kuznetsova", True, None),
            ("said things in the heat of the moment.", "Darya Kuznetsova", True, "P2"),
            ("Congratulations to Beatriz, she was better today,", "Darya Kuznetsova", False, "P2"),
            ("the biggest of my life.", "Beatriz Albuquerque", True, None),
        ],
        "posts": [
            ("P1", "Beatriz Albuquerque", "X"),
            ("P2", "Darya Kuznetsova", "Instagram"),
        ],
        "people": ["Beatriz Albuquerque", "Sakura Ishikawa", "Darya Kuznetsova"],
    },
    {
        "name": "bus-driver-sentencing-da-release-email-to-newspaper",
        "text": (
            "A former Fresno County school bus driver was sentenced on Friday to 18 months in "
            "jail for driving a route while intoxicated. At the hearing, the mother of one of the "
            "children on board, Guadalupe Herrera, addressed the court. “My son still asks me "
            "every morning if the bus is going to crash,” she said.\n\n"
            "The driver, Kenneth Mbeki-Ross, 52, apologised before Judge Anjali Raman passed "
            "sentence. “I let those kids down and I will carry that,” he told the court. Raman "
            "said the sentence reflected “a betrayal of the most basic trust a parent gives.”\n\n"
            "The district attorney’s office said in a press release that the case should “send a "
            "message to every driver responsible for children.”\n\n"
            "Mbeki-Ross’s attorney, Siobhan Gallagher, said in an email to The Fresno Bee that "
            "her client had been sober for eleven months and had completed a treatment programme. "
            "“He’s not the man who got behind that wheel,” she wrote."
        ),
        "quotes": [
            (
                "My son still asks me every morning if the bus is going to crash,",
                "Guadalupe Herrera",
                False,
                None,
            ),
            ("I let those kids down and I will carry that,", "Kenneth Mbeki-Ross", False, None),
            ("a betrayal of the most basic trust a parent gives.", "Anjali Raman", True, None),
            ("send a message to every driver responsible for children.", None, True, "P1"),
            ("He’s not the man who got behind that wheel,", "Siobhan Gallagher", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Siobhan Gallagher", "The Fresno Bee"),
        ],
        "people": ["Guadalupe Herrera", "Kenneth Mbeki-Ross", "Anjali Raman", "Siobhan Gallagher"],
    },
    {
        "name": "linkedin-startup-layoffs-comment-medium-reddit-town-hall",
        "text": (
            "The Berlin software startup Kestrel Labs cut a third of its staff on Tuesday, and "
            "its chief executive, Tobias Engelhardt, announced the layoffs in a LinkedIn post. “I "
            "made hiring decisions for a market that didn’t arrive. The people leaving are "
            "paying for my mistake,” he wrote.\n\n"
            "Under the post, a former engineer, Aisha Rahmani, commented: “Appreciate the "
            "honesty. Still waiting on my severance paperwork, though.”\n\n"
            "Another departing employee, Julián Ortega-Vidal, published an essay on Medium "
            "describing the day. The all-hands meeting at which staff were told, he wrote, lasted "
            "“eleven minutes, including the part where the Wi-Fi dropped.”\n\n"
            "On Reddit, an anonymous user claiming to work at the company started a thread titled "
            "“Kestrel Labs is not done cutting.” Engelhardt dismissed the thread when asked "
            "about it at a company town hall on Thursday. “There are no further layoffs planned, "
            "full stop,” he said, adding that the company had 26 months of cash."
        ),
        "quotes": [
            (
                "I made hiring decisions for a market that didn’t arrive. The people leaving are paying for my mistake,",
                "Tobias Engelhardt",
                False,
                "P1",
            ),
            (
                "Appreciate the honesty. Still waiting on my severance paperwork, though.",
                "Aisha Rahmani",
                False,
                "P1",
            ),
            (
                "eleven minutes, including the part where the Wi-Fi dropped.",
                "Julián Ortega-Vidal",
                True,
                "P2",
            ),
            ("There are no further layoffs planned, full stop,", "Tobias Engelhardt", False, None),
        ],
        "posts": [
            ("P1", "Tobias Engelhardt", "LinkedIn"),
            ("P2", "Julián Ortega-Vidal", "Medium"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Tobias Engelhardt", "Aisha Rahmani", "Julián Ortega-Vidal"],
    },
    {
        "name": "facebook-group-drought-wheat-radio-show-farm-bureau",
        "text": (
            "Grain farmers across eastern Montana say the worst drought since 1988 has cut their "
            "wheat yields in half. Lorenzo Gallo, who farms 3,200 acres near Glasgow, posted "
            "photos of his stunted crop to the Montana Grain Growers group on Facebook on "
            "Saturday. “This should be waist high. It’s barely past my boots,” he wrote.\n\n"
            "Another member, Hyun-woo Park, commented beneath the photos: “Same here near Wolf "
            "Point. Insurance adjuster comes Tuesday.”\n\n"
            "The state’s agriculture director, Christine Whitehorse, said on the Montana Public "
            "Radio programme “Field Notes” that federal disaster aid had been requested. “We have "
            "asked Washington for a declaration covering 31 counties,” she said.\n\n"
            "The Montana Farm Bureau said in a statement that the aid “cannot come fast enough.” "
            "Gallo said he was not counting on it. “I’ve seen these declarations before,” the "
            "farmer said as he walked his field on Monday. “The check shows up after the bank "
            "does.”"
        ),
        "quotes": [
            ("This should be waist high. It’s barely past my boots,", "Lorenzo Gallo", False, "P1"),
            (
                "Same here near Wolf Point. Insurance adjuster comes Tuesday.",
                "Hyun-woo Park",
                False,
                "P1",
            ),
            (
                "We have asked Washington for a declaration covering 31 counties,",
                "Christine Whitehorse",
                False,
                "P2",
            ),
            ("cannot come fast enough.", None, True, "P3"),
            ("I’ve seen these declarations before,", "Lorenzo Gallo", False, None),
            ("The check shows up after the bank does.", "Lorenzo Gallo", False, None),
        ],
        "posts": [
            ("P1", "Lorenzo Gallo", "Facebook"),
            ("P2", "Christine Whitehorse", "Field Notes"),
            ("P3", None, None),
        ],
        "people": ["Lorenzo Gallo", "Hyun-woo Park", "Christine Whitehorse"],
    },
    {
        "name": "youtube-guitarist-leaves-label-release-podcast-album-title",
        "text": (
            "The Malian guitarist Fatoumata Keïta announced on Friday that she is leaving her "
            "record label, Sahel Sound, after fifteen years. In a YouTube video filmed in her "
            "Bamako studio, she thanked her fans in French and English. “This music belongs to "
            "you, not to a contract,” she says near the end of the video.\n\n"
            "In the comments, the producer Ibrahim Touré, who worked on her first three albums, "
            "wrote: “Fifteen years of magic. Whatever comes next, call me.”\n\n"
            "Sahel Sound said in a press release that it “wishes Fatoumata every success” and "
            "that it would reissue her 2012 album “Niger Blues” on vinyl in the autumn.\n\n"
            "Keïta told the podcast Afropop Worldwide that the split had been about royalties. “I "
            "found out my streams paid less than a taxi ride across Bamako,” she said. She added "
            "on the podcast that her next record would be released on her own, “like when I was "
            "nineteen and selling cassettes.”"
        ),
        "quotes": [
            ("This music belongs to you, not to a contract,", "Fatoumata Keïta", False, "P1"),
            ("Fifteen years of magic. Whatever comes next, call me.", "Ibrahim Touré", False, "P1"),
            ("wishes Fatoumata every success", None, True, "P2"),
            (
                "I found out my streams paid less than a taxi ride across Bamako,",
                "Fatoumata Keïta",
                False,
                "P3",
            ),
            ("like when I was nineteen and selling cassettes.", "Fatoumata Keïta", True, "P3"),
        ],
        "posts": [
            ("P1", "Fatoumata Keïta", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Fatoumata Keïta", "Afropop Worldwide"),
        ],
        "people": ["Fatoumata Keïta", "Ibrahim Touré"],
    },
    {
        "name": "threads-mayor-tram-depot-reply-council-meeting-oped",
        "text": (
            "Sheffield’s city council voted 7–4 on Tuesday night to turn the disused Wardsend "
            "tram depot into a covered market. Mayor Abdirahman Farah celebrated on Threads "
            "shortly after the vote. “Twelve years empty, and now it’s ours again,” he posted.\n\n"
            "A councillor who voted against the plan, Gwendolyn Price-Whitaker, replied under his "
            "post that it had “no budget line for the roof.” During the meeting itself, she had "
            "warned colleagues: “We are buying a building we cannot afford to keep dry.”\n\n"
            "Writing in The Star on Wednesday, the chair of the market traders’ association, "
            "Sunil Mehta, said the depot could house 80 stalls and a food hall. “For the first "
            "time in a generation, traders won’t be competing with the weather,” he wrote.\n\n"
            "The council leader, Ruth Oyelaran, said on Thursday that the roof repairs would be "
            "paid for from reserves, and that work on the building could begin as early as "
            "September."
        ),
        "quotes": [
            ("Twelve years empty, and now it’s ours again,", "Abdirahman Farah", False, "P1"),
            ("no budget line for the roof.", "Gwendolyn Price-Whitaker", True, "P1"),
            (
                "We are buying a building we cannot afford to keep dry.",
                "Gwendolyn Price-Whitaker",
                False,
                None,
            ),
            (
                "For the first time in a generation, traders won’t be competing with the weather,",
                "Sunil Mehta",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Abdirahman Farah", "Threads"),
            ("P2", "Sunil Mehta", "The Star"),
        ],
        "people": ["Abdirahman Farah", "Gwendolyn Price-Whitaker", "Sunil Mehta", "Ruth Oyelaran"],
    },
    {
        "name": "cricket-board-statement-instagram-caption-espncricinfo-nickname",
        "text": (
            "The fast bowler Imran Qadir-Shah, known to fans as “the Rawalpindi Rocket,” has been "
            "ruled out of the Test series with a stress fracture in his lower back, the national "
            "board said in a statement on Thursday. The statement said he would be “assessed "
            "again in six weeks.”\n\n"
            "Qadir-Shah posted a photo of his scan on Instagram with the caption “Setback, not "
            "the end.” His captain, Tariq Mahmood, commented beneath it: “We’ll keep your spot "
            "warm, Rocket.”\n\n"
            "Speaking to ESPNcricinfo, the team’s bowling coach, Niall O’Donoghue, said the "
            "injury was the result of too much cricket. “He’s bowled more overs in twelve months "
            "than anyone in the world. Something had to give,” O’Donoghue said.\n\n"
            "Mahmood told reporters at the team hotel that the squad would not change its "
            "approach for the first Test in Lahore. “We pick the best eleven we have, and that’s "
            "that,” the captain said."
        ),
        "quotes": [
            ("assessed again in six weeks.", None, True, "P1"),
            ("Setback, not the end.", "Imran Qadir-Shah", False, "P2"),
            ("We’ll keep your spot warm, Rocket.", "Tariq Mahmood", False, "P2"),
            (
                "He’s bowled more overs in twelve months than anyone in the world. Something had to give,",
                "Niall O’Donoghue",
                False,
                "P3",
            ),
            ("We pick the best eleven we have, and that’s that,", "Tariq Mahmood", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Imran Qadir-Shah", "Instagram"),
            ("P3", "Niall O’Donoghue", "ESPNcricinfo"),
        ],
        "people": ["Imran Qadir-Shah", "Tariq Mahmood", "Niall O’Donoghue"],
    },
    {
        "name": "housing-court-heat-tiktok-commenter-landlord-letter-daily-news",
        "text": (
            "A housing court judge in the Bronx on Monday ordered the landlord of a 60-unit "
            "building on the Grand Concourse to restore heat within 48 hours, after tenants went "
            "most of January without it. Judge Marcus Delacroix-Ng said from the bench that the "
            "conditions were “unacceptable in any century.”\n\n"
            "One tenant, Nadia Haddad, had documented the cold in a series of TikTok videos. “It "
            "is 51 degrees in my daughter’s bedroom,” she says in one, holding a thermometer up "
            "to the camera. A commenter under that video wrote: “Call 311 every single day. Make "
            "them log it.”\n\n"
            "The landlord, Castlerock Property Group, said in a letter to tenants last week that "
            "a boiler part was on back order. Its lawyer, Evan Birnbaum, told the New York Daily "
            "News that the company “has spent $90,000 on that boiler in two years.”\n\n"
            "Haddad said after the hearing that she would believe it when she felt it. “Heat is "
            "not a favour. It’s the law,” she said."
        ),
        "quotes": [
            ("unacceptable in any century.", "Marcus Delacroix-Ng", True, None),
            ("It is 51 degrees in my daughter’s bedroom,", "Nadia Haddad", False, "P1"),
            ("Call 311 every single day. Make them log it.", None, False, "P1"),
            ("has spent $90,000 on that boiler in two years.", "Evan Birnbaum", True, "P3"),
            ("Heat is not a favour. It’s the law,", "Nadia Haddad", False, None),
        ],
        "posts": [
            ("P1", "Nadia Haddad", "TikTok"),
            ("P2", None, None),
            ("P3", "Evan Birnbaum", "New York Daily News"),
        ],
        "people": ["Marcus Delacroix-Ng", "Nadia Haddad", "Evan Birnbaum"],
    },
    {
        "name": "earnings-release-squawk-box-split-quote-analyst-note-x-activist",
        "text": (
            "Shares of the Ohio appliance maker Brightwell fell 9 percent on Thursday after the "
            "company cut its full-year forecast. In its earnings release, Brightwell blamed "
            "“softer than expected demand for premium laundry.”\n\n"
            "The chief executive, Margarethe Vos, defended the company’s strategy in an interview "
            "on CNBC’s “Squawk Box.” “We are not going to chase the bottom of the market,” she "
            "said, “with cheaper machines that break in three years.”\n\n"
            "An analyst at KeyBanc, Rohan Iyer, wrote in a note to clients that the cut was “the "
            "third in five quarters, which is a pattern, not a blip.” The activist investor "
            "Conrad Ashby-Lowe, who owns about 4 percent of the company, posted on X: “Three "
            "cuts. Time for new leadership.”\n\n"
            "Vos was asked about Ashby-Lowe’s post on the earnings call later that day. “I talk "
            "to all of our shareholders, including the loud ones,” she said, before moving on to "
            "a question about tariffs."
        ),
        "quotes": [
            ("softer than expected demand for premium laundry.", None, True, "P1"),
            ("We are not going to chase the bottom of the market,", "Margarethe Vos", False, "P2"),
            ("with cheaper machines that break in three years.", "Margarethe Vos", False, "P2"),
            (
                "the third in five quarters, which is a pattern, not a blip.",
                "Rohan Iyer",
                True,
                "P3",
            ),
            ("Three cuts. Time for new leadership.", "Conrad Ashby-Lowe", False, "P4"),
            (
                "I talk to all of our shareholders, including the loud ones,",
                "Margarethe Vos",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Margarethe Vos", "Squawk Box"),
            ("P3", "Rohan Iyer", None),
            ("P4", "Conrad Ashby-Lowe", "X"),
        ],
        "people": ["Margarethe Vos", "Rohan Iyer", "Conrad Ashby-Lowe"],
    },
    {
        "name": "marathon-record-podcast-instagram-husband-comment-director-statement",
        "text": (
            "The Kenyan runner Faith Chepkoech broke the course record at the Chicago Marathon on "
            "Sunday, finishing in 2 hours 14 minutes and 3 seconds. Her coach, Erik Vandersloot, "
            "said at the finish line that she had run the last ten kilometres “angrier than I "
            "have ever seen her.”\n\n"
            "Chepkoech explained why on the podcast “The Long Run” this week. “Last year people "
            "said I was finished. I wanted them to watch this one,” she said.\n\n"
            "She also thanked her husband and training partner, Daniel Kiprop, in an Instagram "
            "post on Monday. “Every 5 a.m. kilometre, he was there,” she wrote. Her husband "
            "answered in the comments: “Next year it’s my turn to stand on the podium.”\n\n"
            "The race director, Helena Szabo-Reyes, said in a statement that the course, which "
            "has produced four records in six years, would not be changed. “Records are meant to "
            "fall here,” the statement read."
        ),
        "quotes": [
            ("angrier than I have ever seen her.", "Erik Vandersloot", True, None),
            (
                "Last year people said I was finished. I wanted them to watch this one,",
                "Faith Chepkoech",
                False,
                "P1",
            ),
            ("Every 5 a.m. kilometre, he was there,", "Faith Chepkoech", False, "P2"),
            ("Next year it’s my turn to stand on the podium.", "Daniel Kiprop", False, "P2"),
            ("Records are meant to fall here,", "Helena Szabo-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", "Faith Chepkoech", "The Long Run"),
            ("P2", "Faith Chepkoech", "Instagram"),
            ("P3", "Helena Szabo-Reyes", None),
        ],
        "people": ["Faith Chepkoech", "Erik Vandersloot", "Daniel Kiprop", "Helena Szabo-Reyes"],
    },
    {
        "name": "exoneration-filing-bbc-sister-facebook-cousin-innocence-release",
        "text": (
            "Reginald Okafor walked out of the Louisiana State Penitentiary on Wednesday, two "
            "days after a judge vacated his 2001 murder conviction. In a court filing last month, "
            "the Orleans Parish district attorney’s office conceded that the key witness against "
            "him had been “paid and coached by investigators.”\n\n"
            "“I went in at nineteen. I don’t know how to use the phone they gave me this "
            "morning,” Okafor told the BBC hours after his release.\n\n"
            "His sister, Charmaine Okafor-Bell, who campaigned for his release for two decades, "
            "wrote on Facebook: “My brother is home. Twenty-three years. Home.” A cousin, Wendell "
            "Batiste, commented under the post: “Never stopped believing, Charmaine.”\n\n"
            "The Innocence Project, which represented Okafor, said in a press release that the "
            "state should pay him compensation. “Louisiana owes him far more than an apology,” "
            "the group’s director, Yolanda Pierce-Mbatha, said in the release."
        ),
        "quotes": [
            ("paid and coached by investigators.", None, True, "P1"),
            (
                "I went in at nineteen. I don’t know how to use the phone they gave me this morning,",
                "Reginald Okafor",
                False,
                "P2",
            ),
            ("My brother is home. Twenty-three years. Home.", "Charmaine Okafor-Bell", False, "P3"),
            ("Never stopped believing, Charmaine.", "Wendell Batiste", False, "P3"),
            ("Louisiana owes him far more than an apology,", "Yolanda Pierce-Mbatha", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Reginald Okafor", "BBC"),
            ("P3", "Charmaine Okafor-Bell", "Facebook"),
            ("P4", None, "press release"),
        ],
        "people": [
            "Reginald Okafor",
            "Charmaine Okafor-Bell",
            "Wendell Batiste",
            "Yolanda Pierce-Mbatha",
        ],
    },
    {
        "name": "play-closes-times-review-stage-oped-instagram-cast-comment",
        "text": (
            "The playwright Tomasz Wierzbicki’s new drama, “The Orchard Keepers,” closed at the "
            "Lyceum Theatre on Sunday after only three weeks, following poor ticket sales and a "
            "scathing review. Writing in The New York Times, the critic Adaeze Nwosu called it "
            "“three hours of people explaining their feelings to furniture.”\n\n"
            "Wierzbicki answered in an op-ed for The Stage on Tuesday. “A review is one evening. "
            "A play is years of someone’s life,” he wrote.\n\n"
            "The lead actor, Carmen Villalobos-Reyes, posted a backstage photo on Instagram after "
            "the final performance. “Grateful for every single person who came,” she wrote. Her "
            "co-star, Jun Takahashi, commented: “Best company I’ve ever worked with. Every "
            "night.”\n\n"
            "The producer, Benedikt Aurich, told reporters on Monday that the show might tour "
            "regional theatres next year. “Plenty of plays find their audience on the road,” he "
            "said."
        ),
        "quotes": [
            (
                "three hours of people explaining their feelings to furniture.",
                "Adaeze Nwosu",
                True,
                "P1",
            ),
            (
                "A review is one evening. A play is years of someone’s life,",
                "Tomasz Wierzbicki",
                False,
                "P2",
            ),
            ("Grateful for every single person who came,", "Carmen Villalobos-Reyes", False, "P3"),
            ("Best company I’ve ever worked with. Every night.", "Jun Takahashi", False, "P3"),
            ("Plenty of plays find their audience on the road,", "Benedikt Aurich", False, None),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu", "The New York Times"),
            ("P2", "Tomasz Wierzbicki", "The Stage"),
            ("P3", "Carmen Villalobos-Reyes", "Instagram"),
        ],
        "people": [
            "Tomasz Wierzbicki",
            "Adaeze Nwosu",
            "Carmen Villalobos-Reyes",
            "Jun Takahashi",
            "Benedikt Aurich",
        ],
    },
    {
        "name": "avian-flu-cull-news-conference-youtube-wife-facebook-usda",
        "text": (
            "State officials ordered the culling of 1.2 million hens at a Weld County egg farm on "
            "Friday after avian influenza was confirmed in two of its barns. At a news "
            "conference in Greeley, the state veterinarian, Dr. Rashida Kamau, said the virus had "
            "most likely been carried in by wild geese. “This is the fourth Colorado flock this "
            "year, and it will not be the last,” she said.\n\n"
            "The farm’s owner, Gerrit van der Berg, posted a YouTube video that evening. “My "
            "grandfather built the first barn. I never thought I’d be the one to empty it,” he "
            "said in the video, his voice breaking.\n\n"
            "His wife, Josefina van der Berg, shared the video on Facebook with a message of her "
            "own: “Please keep our 140 workers in your prayers.”\n\n"
            "The U.S. Department of Agriculture said in a press release that affected farms would "
            "be compensated for the birds, but not for lost income."
        ),
        "quotes": [
            (
                "This is the fourth Colorado flock this year, and it will not be the last,",
                "Rashida Kamau",
                False,
                None,
            ),
            (
                "My grandfather built the first barn. I never thought I’d be the one to empty it,",
                "Gerrit van der Berg",
                False,
                "P1",
            ),
            ("Please keep our 140 workers in your prayers.", "Josefina van der Berg", False, "P2"),
        ],
        "posts": [
            ("P1", "Gerrit van der Berg", "YouTube"),
            ("P2", "Josefina van der Berg", "Facebook"),
            ("P3", None, "press release"),
        ],
        "people": ["Rashida Kamau", "Gerrit van der Berg", "Josefina van der Berg"],
    },
    {
        "name": "threads-transfer-coach-reply-school-statement-x-emoji-sportscenter",
        "text": (
            "Point guard Ayumi Sato-Greene announced on Threads on Monday that she will transfer "
            "from Oregon State to UConn for her final college season. “Four years in Corvallis "
            "made me who I am. One more year to find out how good I can be,” she wrote.\n\n"
            "Her former high school coach, Delphine Arceneaux, replied: “Go find out, kid.”\n\n"
            "Oregon State said in a statement that it was “grateful for everything Ayumi gave "
            "this program.” UConn’s head coach, Gennaro Russo, is barred by NCAA rules from "
            "commenting on a transfer until it is finalised, but he posted a single basketball "
            "emoji on X.\n\n"
            "Speaking on ESPN’s “SportsCenter” on Tuesday, Sato-Greene said the decision had been "
            "the hardest of her life. “I cried in the car for an hour after I told my "
            "teammates,” she said. Asked on the same programme whether she had spoken to Russo, "
            "she laughed. “No comment, and you know why,” she said."
        ),
        "quotes": [
            (
                "Four years in Corvallis made me who I am. One more year to find out how good I can be,",
                "Ayumi Sato-Greene",
                False,
                "P1",
            ),
            ("Go find out, kid.", "Delphine Arceneaux", False, "P1"),
            ("grateful for everything Ayumi gave this program.", None, True, "P2"),
            (
                "I cried in the car for an hour after I told my teammates,",
                "Ayumi Sato-Greene",
                False,
                "P4",
            ),
            ("No comment, and you know why,", "Ayumi Sato-Greene", False, "P4"),
        ],
        "posts": [
            ("P1", "Ayumi Sato-Greene", "Threads"),
            ("P2", None, None),
            ("P3", "Gennaro Russo", "X"),
            ("P4", "Ayumi Sato-Greene", "SportsCenter"),
        ],
        "people": ["Ayumi Sato-Greene", "Delphine Arceneaux", "Gennaro Russo"],
    },
    {
        "name": "river-dead-trout-instagram-reel-water-statement-mp-letter-radio",
        "text": (
            "Anglers on the River Exe have reported dozens of dead trout below a sewage outflow "
            "near Tiverton. The fishing guide Rhys Pengelly filmed the fish for an Instagram reel "
            "on Saturday morning. “Forty years I’ve fished this stretch. I’ve never seen "
            "anything like it,” he says in the clip.\n\n"
            "South West Water said in a statement that a pump failure had caused a “short-lived "
            "discharge” and that it was “working closely with the Environment Agency.”\n\n"
            "The local MP, Harriet Osei-Bonsu, wrote to the company’s chief executive on Sunday "
            "demanding compensation for the valley’s fishing clubs. “Short-lived is no comfort to "
            "a dead fish,” her letter said.\n\n"
            "Speaking on BBC Radio Devon on Monday, an Environment Agency officer, Bartholomew "
            "Nkemelu, said water samples were being tested. “We will know within a fortnight "
            "whether this was the only cause,” he said.\n\n"
            "Pengelly said he had cancelled every booking for the month. “Nobody wants to pay to "
            "fish a graveyard,” he said."
        ),
        "quotes": [
            (
                "Forty years I’ve fished this stretch. I’ve never seen anything like it,",
                "Rhys Pengelly",
                False,
                "P1",
            ),
            ("short-lived discharge", None, True, "P2"),
            ("working closely with the Environment Agency.", None, True, "P2"),
            ("Short-lived is no comfort to a dead fish,", "Harriet Osei-Bonsu", False, "P3"),
            (
                "We will know within a fortnight whether this was the only cause,",
                "Bartholomew Nkemelu",
                False,
                "P4",
            ),
            ("Nobody wants to pay to fish a graveyard,", "Rhys Pengelly", False, None),
        ],
        "posts": [
            ("P1", "Rhys Pengelly", "Instagram"),
            ("P2", None, None),
            ("P3", "Harriet Osei-Bonsu", None),
            ("P4", "Bartholomew Nkemelu", "BBC Radio Devon"),
        ],
        "people": ["Rhys Pengelly", "Harriet Osei-Bonsu", "Bartholomew Nkemelu"],
    },
]
