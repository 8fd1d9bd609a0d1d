"""The one-hundred-and-seventh self-made dev set, held out (DI): its first run is an unseen estimate.

Written with set DH, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a club
  that "confirmed his transfer" and "the club's statement on Thursday" are one
  post.
- A post reported without any quoted words (a gallery's Instagram announcement,
  a department's statement) is still listed in posts.
- people lists every named person in the text, quoted or not (a podcast host, a
  lawyer who only "told reporters", a sister who is only paraphrased); bands,
  companies, clubs and groups are not people.
- A judge's written ruling is the judge's post with no platform; a majority
  opinion is the post of the judge writing for the majority, and a dissent is a
  separate post by the dissenting judge. Words said "from the bench" at a
  sentencing are a court hearing, not a post.
- A court filing by unnamed lawyers has author None and its fragment speaks as
  None; a response filed by a named lawyer is that lawyer's post with no
  platform; a vineyard company's lawsuit has author None.
- A letter to a court or a resignation letter is its writer's post with no
  platform; "the letter said" speaks as its writer.
- A study in a named journal is a post with author None and the journal's name
  as written as platform (Nature Ecology & Evolution, Science); "the paper's
  authors wrote" speaks as None and belongs to the study.
- "Told the BBC", "told the Financial Times" and "told the Swiss broadcaster
  SRF" are interviews with platform BBC, Financial Times and SRF (no "the").
- A podcast or radio show takes the show's name, not the network's (Open Book,
  not BBC; The Ray D’Arcy Show, not RTÉ Radio 1); a host speaking on his own
  podcast episode is his post on that show.
- A company's blog post on Medium has author None and platform Medium; a
  blogger known only by a pseudonym ("Shilling Sceptic") is unnamed, so the
  Substack post has author None and its fragment speaks as None; the pseudonym
  in marks is not a quote.
- A food critic's column for La Presse is the critic's post with platform La
  Presse, like an op-ed in a named newspaper.
- Quoting someone's X post "with a message of his own" is a new X post by the
  quoter.
- A reply beneath someone else's post belongs to that post even when the
  replier has a post of her own in the story; a reply under one's own post
  belongs to it, and its fragment reported in narration is partial.
- A comment beneath a LinkedIn post reported in narration ("commented beneath
  it that the figures were ...") is partial and belongs to the post.
- Unnamed commenters under a TikTok or YouTube video and an unnamed Reddit
  user's reply speak as None and belong to the post; an anonymous Reddit thread
  has author None.
- A chief executive's email to staff "seen by Reuters" is her post with no
  platform (Reuters is not a platform); an all-hands meeting heard "according
  to a recording" is not a post.
- "Reached by phone", "said by phone", "said at the meeting", a call with
  analysts and a planning board meeting are not posts.
- A post by a named member in a Facebook group is that member's Facebook post,
  and another member's comment under it belongs to it.
- A quote split by its attribution ("..." the singer said, "...") gives two
  quotes, neither partial, both linked to the same post.
- Description speakers ("the chef", "the singer", "the teenager", "her
  husband", "the rancher's wife") resolve to the person they describe.
- A caption given whole after "the caption" is a whole quote (not partial).
- Nicknames ("the Samba Scot"), book titles ("The Lemon Terraces"),
  pseudonyms and scare quotes (a "smart" doorbell) are not quotes.
- Titles such as Sir, Governor, Councilwoman, Judge and Dr. are not part of a
  canonical name.
- Two people sharing a surname (Elena and Sofía Vasquez-Moreno, Anjali and
  Kavya Ramanathan, Wyatt and Ellen Two Feathers, Maribel and Efraín Quispe):
  the bare surname refers to the one already named when it is used.
- Multi-word surnames (Two Feathers, Ó Dálaigh) are part of the canonical name;
  name order as written is kept for Korean names (Seo-yeon Park).
- A coalition's, club's, cooperative's or government department's statement has
  author None and its words speak as None.
- A quote introduced by a bare "Khoury said" after a sentence about someone
  else's column is not tied to any post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DI: list[dict] = [
    {
        "name": "court-ruling-pesticide-coalition-statement-presser",
        "text": (
            "A federal judge in Fresno on Thursday blocked the sale of the weedkiller "
            "dicamzine across California’s Central Valley, siding with farmworker groups "
            "against the state’s pesticide regulator.\n\n"
            "In a 42-page ruling, Judge Harriet Okonkwo-Bale wrote that the agency had "
            "“ignored its own drift studies” when it renewed the product’s registration. “An "
            "agency may weigh risks, but it may not pretend not to see them,” she wrote.\n\n"
            "The coalition of groups, Campo Seguro, welcomed the decision in a statement. "
            "“Today the people who pick this country’s food were heard,” it said.\n\n"
            "The manufacturer, Verdance Agro, said in a press release that it would appeal. "
            "“Dicamzine has been used safely for a decade,” the release quoted its chief "
            "executive, Paul Ferreira-Lind, as saying.\n\n"
            "At a news conference outside the courthouse, the coalition’s lawyer, Amadou "
            "Sissoko, called the ruling “a beginning, not an end.” “We will be back if the "
            "agency drags its feet,” he said."
        ),
        "quotes": [
            ("ignored its own drift studies", "Harriet Okonkwo-Bale", True, "P1"),
            (
                "An agency may weigh risks, but it may not pretend not to see them,",
                "Harriet Okonkwo-Bale",
                False,
                "P1",
            ),
            ("Today the people who pick this country’s food were heard,", None, False, "P2"),
            ("Dicamzine has been used safely for a decade,", "Paul Ferreira-Lind", False, "P3"),
            ("a beginning, not an end.", "Amadou Sissoko", True, None),
            ("We will be back if the agency drags its feet,", "Amadou Sissoko", False, None),
        ],
        "posts": [
            ("P1", "Harriet Okonkwo-Bale", None),
            ("P2", None, None),
            ("P3", None, "press release"),
        ],
        "people": ["Harriet Okonkwo-Bale", "Paul Ferreira-Lind", "Amadou Sissoko"],
    },
    {
        "name": "tiktok-potter-kiln-comment-gallery-instagram",
        "text": (
            "The ceramicist Yuki Matsudaira had spent eleven years building a wood-fired "
            "kiln in the hills above Asheville when flooding destroyed it in September. On "
            "Sunday she posted a TikTok video walking through the ruins. “Every brick in "
            "here I laid by hand, and I will lay them again,” she said in the video, which "
            "has been viewed more than two million times.\n\n"
            "One of the top comments came from the potter Kwame Asante-Boateng, who had "
            "apprenticed with her. “Tell me when and I’ll bring the mortar,” he wrote.\n\n"
            "Matsudaira’s gallery, Blue Ridge Clay Works, announced on Instagram that it "
            "would auction 40 of her surviving pieces to fund the rebuild. The gallery’s "
            "owner, Liesel Brandt, said by phone that bids had already passed $60,000. "
            "“People are not buying pots,” Brandt said. “They are buying a future for her.”\n\n"
            "Matsudaira later thanked supporters in a second TikTok video, calling the "
            "response “frankly overwhelming.”"
        ),
        "quotes": [
            (
                "Every brick in here I laid by hand, and I will lay them again,",
                "Yuki Matsudaira",
                False,
                "P1",
            ),
            ("Tell me when and I’ll bring the mortar,", "Kwame Asante-Boateng", False, "P1"),
            ("People are not buying pots,", "Liesel Brandt", False, None),
            ("They are buying a future for her.", "Liesel Brandt", False, None),
            ("frankly overwhelming.", "Yuki Matsudaira", True, "P3"),
        ],
        "posts": [
            ("P1", "Yuki Matsudaira", "TikTok"),
            ("P2", None, "Instagram"),
            ("P3", "Yuki Matsudaira", "TikTok"),
        ],
        "people": ["Yuki Matsudaira", "Kwame Asante-Boateng", "Liesel Brandt"],
    },
    {
        "name": "substack-novelist-festivals-x-reply-bbc-podcast",
        "text": (
            "The novelist Farida Haddad-Ruiz, whose debut “The Lemon Terraces” won a major "
            "prize last year, said in an essay on Substack on Wednesday that she would stop "
            "accepting invitations to literary festivals sponsored by fossil fuel companies. "
            "“I cannot write about a burning coast and then thank the people holding the "
            "match,” she wrote.\n\n"
            "The essay drew a sharp response from the festival director Oliver "
            "Pennington-Shaw, who posted on X that sponsorship kept ticket prices low. "
            "“Purity is easy when someone else pays the rent,” he wrote.\n\n"
            "Haddad-Ruiz answered him in a reply beneath his post: “Then let’s talk about "
            "who pays the rent.”\n\n"
            "Speaking on the BBC podcast Open Book on Friday, she said she had lost “maybe "
            "three festivals, maybe ten” and did not regret it. “Writers have more power "
            "than we think,” she told the host, Mariella Osei."
        ),
        "quotes": [
            (
                (
                    "I cannot write about a burning coast and then thank the "
                    "people holding the match,"
                ),
                "Farida Haddad-Ruiz",
                False,
                "P1",
            ),
            (
                "Purity is easy when someone else pays the rent,",
                "Oliver Pennington-Shaw",
                False,
                "P2",
            ),
            ("Then let’s talk about who pays the rent.", "Farida Haddad-Ruiz", False, "P2"),
            ("maybe three festivals, maybe ten", "Farida Haddad-Ruiz", True, "P3"),
            ("Writers have more power than we think,", "Farida Haddad-Ruiz", False, "P3"),
        ],
        "posts": [
            ("P1", "Farida Haddad-Ruiz", "Substack"),
            ("P2", "Oliver Pennington-Shaw", "X"),
            ("P3", "Farida Haddad-Ruiz", "Open Book"),
        ],
        "people": ["Farida Haddad-Ruiz", "Oliver Pennington-Shaw", "Mariella Osei"],
    },
    {
        "name": "ceo-layoff-email-reddit-thread-cto-linkedin",
        "text": (
            "The chief executive of the Berlin software company Kestrel Labs, Anneliese "
            "Vogt, told employees in an email on Monday that the company would cut 230 jobs, "
            "about a fifth of its staff. “I made hiring bets that did not pay off, and you "
            "are paying for them,” she wrote in the email, which was seen by Reuters.\n\n"
            "Within hours, an anonymous thread on Reddit’s r/cscareerquestions forum claimed "
            "that entire engineering teams had been dissolved. “They cut the people who "
            "built the product and kept the people who pitch it,” the thread said. Beneath "
            "it, a user who said he was a Kestrel engineer wrote: “Can confirm. My whole "
            "team got the same calendar invite.”\n\n"
            "The company’s chief technology officer, Rajesh Venkataraman, disputed that "
            "account on LinkedIn. “No product team was eliminated. Several were merged,” he "
            "posted.\n\n"
            "Vogt took questions at an all-hands meeting on Tuesday. “I owe you candor, and "
            "I will keep giving it,” she said, according to a recording heard by Reuters."
        ),
        "quotes": [
            (
                "I made hiring bets that did not pay off, and you are paying for them,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            (
                ("They cut the people who built the product and kept the people who pitch it,"),
                None,
                False,
                "P2",
            ),
            ("Can confirm. My whole team got the same calendar invite.", None, False, "P2"),
            (
                "No product team was eliminated. Several were merged,",
                "Rajesh Venkataraman",
                False,
                "P3",
            ),
            ("I owe you candor, and I will keep giving it,", "Anneliese Vogt", False, None),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", None),
            ("P2", None, "Reddit"),
            ("P3", "Rajesh Venkataraman", "LinkedIn"),
        ],
        "people": ["Anneliese Vogt", "Rajesh Venkataraman"],
    },
    {
        "name": "dairy-coop-price-cut-facebook-group-husband",
        "text": (
            "Dairy farmers in Wisconsin’s Driftless region are weighing whether to leave the "
            "Coulee Valley cooperative after it cut the price it pays for milk by 14 "
            "percent, the third cut this year.\n\n"
            "In a post in a private Facebook group for members, the Westby farmer Gunnar "
            "Halvorsen wrote that he had been “milking at a loss since June.” “My "
            "grandfather joined this co-op in 1951. I may be the one who leaves it,” he "
            "added.\n\n"
            "Another member, Maribel Quispe, who runs a 90-cow organic herd with her "
            "husband, commented under his post: “We are all doing the same math at the "
            "kitchen table.” Her husband, Efraín Quispe, was blunter when reached by phone: "
            "“The board still gets paid.”\n\n"
            "The cooperative said in a statement that global milk powder prices had "
            "collapsed and that it had no choice. “No one regrets these cuts more than the "
            "board,” the statement said."
        ),
        "quotes": [
            ("milking at a loss since June.", "Gunnar Halvorsen", True, "P1"),
            (
                ("My grandfather joined this co-op in 1951. I may be the one who leaves it,"),
                "Gunnar Halvorsen",
                False,
                "P1",
            ),
            ("We are all doing the same math at the kitchen table.", "Maribel Quispe", False, "P1"),
            ("The board still gets paid.", "Efraín Quispe", False, None),
            ("No one regrets these cuts more than the board,", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Gunnar Halvorsen", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Gunnar Halvorsen", "Maribel Quispe", "Efraín Quispe"],
    },
    {
        "name": "bee-fungicide-study-guardian-youtube-critic",
        "text": (
            "Honeybee colonies exposed to low doses of a common fungicide lost their ability "
            "to navigate home, according to a study published on Wednesday in the journal "
            "Nature Ecology & Evolution.\n\n"
            "“We expected a weak effect. Instead, a third of the foragers simply never came "
            "back,” the study’s senior author, Dr. Tamar Ben-Ami of the Weizmann Institute, "
            "said in an interview with The Guardian.\n\n"
            "The paper’s authors wrote that the findings “raise urgent questions about tank "
            "mixes” that combine fungicides with insecticides.\n\n"
            "Not everyone is convinced. The beekeeper and YouTuber Callum McAllister, whose "
            "channel has 800,000 subscribers, said in a video on Thursday that the "
            "experiment used doses “nobody sees in a real orchard.” “Test it in the field "
            "and then we’ll talk,” he said.\n\n"
            "Ben-Ami said a field trial was already planned. “He is right that the field is "
            "the test,” she told reporters."
        ),
        "quotes": [
            (
                (
                    "We expected a weak effect. Instead, a third of the foragers "
                    "simply never came back,"
                ),
                "Tamar Ben-Ami",
                False,
                "P2",
            ),
            ("raise urgent questions about tank mixes", None, True, "P1"),
            ("nobody sees in a real orchard.", "Callum McAllister", True, "P3"),
            ("Test it in the field and then we’ll talk,", "Callum McAllister", False, "P3"),
            ("He is right that the field is the test,", "Tamar Ben-Ami", False, None),
        ],
        "posts": [
            ("P1", None, "Nature Ecology & Evolution"),
            ("P2", "Tamar Ben-Ami", "The Guardian"),
            ("P3", "Callum McAllister", "YouTube"),
        ],
        "people": ["Tamar Ben-Ami", "Callum McAllister"],
    },
    {
        "name": "striker-instagram-farewell-club-statement-manager",
        "text": (
            "The Brazilian striker Thiago Nascimento-Reis said goodbye to Celtic on "
            "Instagram on Saturday, two days after the club confirmed his transfer to the "
            "Saudi side Al-Qadsiah for a reported £28 million.\n\n"
            "“Glasgow gave me a home when nobody else would. I leave a piece of me at "
            "Parkhead,” he wrote beneath a photo of himself with the league trophy.\n\n"
            "His former captain, Callum Reid-Dunbar, commented under the post with a single "
            "line: “Go get them, wee man.”\n\n"
            "The club’s statement on Thursday had been more businesslike. “This is a fair "
            "deal for all parties,” it said.\n\n"
            "At her weekly news conference, the manager, Seo-yeon Park, said she had tried "
            "until the last minute to keep the forward, known to fans as “the Samba Scot.” "
            "“Sometimes the numbers win,” she said. “I wish him well.”"
        ),
        "quotes": [
            (
                (
                    "Glasgow gave me a home when nobody else would. I leave a "
                    "piece of me at Parkhead,"
                ),
                "Thiago Nascimento-Reis",
                False,
                "P1",
            ),
            ("Go get them, wee man.", "Callum Reid-Dunbar", False, "P1"),
            ("This is a fair deal for all parties,", None, False, "P2"),
            ("Sometimes the numbers win,", "Seo-yeon Park", False, None),
            ("I wish him well.", "Seo-yeon Park", False, None),
        ],
        "posts": [
            ("P1", "Thiago Nascimento-Reis", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Thiago Nascimento-Reis", "Callum Reid-Dunbar", "Seo-yeon Park"],
    },
    {
        "name": "charity-embezzler-sentenced-filing-victim-letter",
        "text": (
            "A former hospital accountant who stole $3.4 million from a children’s charity "
            "in Tucson was sentenced on Friday to nine years in federal prison.\n\n"
            "In a court filing last week, lawyers for the accountant, Desmond Achterberg, "
            "had asked for leniency, describing him as “a man consumed by a gambling illness "
            "he hid from everyone.”\n\n"
            "Judge Rosalind Yazzie was unmoved. “Illness may explain the first theft. It "
            "does not explain the four hundredth,” she said from the bench.\n\n"
            "The charity’s founder, Lucía Montemayor, had written a letter to the court "
            "describing the damage. “We turned away families because the money was gone,” "
            "she wrote. “He knew exactly whose money it was.”\n\n"
            "Achterberg apologized briefly before the sentence was read. “I am ashamed, and "
            "I will spend the rest of my life repaying it,” he said.\n\n"
            "Outside the courthouse, his lawyer, Kenji Watanabe-Cole, told reporters that "
            "his client would not appeal."
        ),
        "quotes": [
            ("a man consumed by a gambling illness he hid from everyone.", None, True, "P1"),
            (
                ("Illness may explain the first theft. It does not explain the four hundredth,"),
                "Rosalind Yazzie",
                False,
                None,
            ),
            (
                "We turned away families because the money was gone,",
                "Lucía Montemayor",
                False,
                "P2",
            ),
            ("He knew exactly whose money it was.", "Lucía Montemayor", False, "P2"),
            (
                "I am ashamed, and I will spend the rest of my life repaying it,",
                "Desmond Achterberg",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lucía Montemayor", None),
        ],
        "people": [
            "Desmond Achterberg",
            "Rosalind Yazzie",
            "Lucía Montemayor",
            "Kenji Watanabe-Cole",
        ],
    },
    {
        "name": "doorbell-flaw-bluesky-medium-reply-podcast",
        "text": (
            "A security researcher in Lagos has found a flaw in a popular “smart” doorbell "
            "that let strangers watch its live video feed, and the manufacturer has spent "
            "the week arguing about how serious it is.\n\n"
            "Chidinma Okafor disclosed the bug on Bluesky on Monday with a short video of "
            "her hacking her own doorbell. “Ninety seconds, no password, full video. Patch "
            "your doorbells,” she posted.\n\n"
            "The company, Halloway Home, responded in a blog post on Medium that the attack "
            "required “physical proximity and specialist equipment.” A fix was pushed "
            "overnight, it said.\n\n"
            "Okafor was not impressed. In a reply under her own post, she wrote that the "
            "specialist equipment was “a forty-dollar radio from any market.”\n\n"
            "The consumer advocate Bartholomew Nkemelu, who hosts the podcast Plugged In, "
            "said on Wednesday’s episode that regulators should step in. “If a doorbell can "
            "be a camera for burglars, it is not a toy,” he said."
        ),
        "quotes": [
            (
                "Ninety seconds, no password, full video. Patch your doorbells,",
                "Chidinma Okafor",
                False,
                "P1",
            ),
            ("physical proximity and specialist equipment.", None, True, "P2"),
            ("a forty-dollar radio from any market.", "Chidinma Okafor", True, "P1"),
            (
                "If a doorbell can be a camera for burglars, it is not a toy,",
                "Bartholomew Nkemelu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Chidinma Okafor", "Bluesky"),
            ("P2", None, "Medium"),
            ("P3", "Bartholomew Nkemelu", "Plugged In"),
        ],
        "people": ["Chidinma Okafor", "Bartholomew Nkemelu"],
    },
    {
        "name": "museum-bronzes-release-op-ed-x-trustee-letter",
        "text": (
            "The Museum of Fine Arts in Leeds will return a set of 14 Benin bronzes to "
            "Nigeria next spring, the museum said in a press release on Tuesday.\n\n"
            "“These objects were taken by force, and keeping them would only extend that "
            "wrong,” the museum’s director, Imogen Carrow-Fitch, said in the release.\n\n"
            "The decision follows years of pressure from campaigners including the historian "
            "Adaeze Nwachukwu, who wrote in an op-ed for The Guardian in 2021 that British "
            "museums were “guarding stolen goods behind glass.” On Tuesday she posted on X "
            "that the return was “long overdue but real.”\n\n"
            "Not every trustee agreed. One, the collector Sir Reginald Ashby, resigned in a "
            "letter to the board, writing that the museum had “surrendered to fashion.”\n\n"
            "Nigeria’s culture minister, Babatunde Lawal, told the BBC that the bronzes "
            "would go on display in Benin City. “They are coming home to be seen, not "
            "stored,” he said."
        ),
        "quotes": [
            (
                (
                    "These objects were taken by force, and keeping them would "
                    "only extend that wrong,"
                ),
                "Imogen Carrow-Fitch",
                False,
                "P1",
            ),
            ("guarding stolen goods behind glass.", "Adaeze Nwachukwu", True, "P2"),
            ("long overdue but real.", "Adaeze Nwachukwu", True, "P3"),
            ("surrendered to fashion.", "Reginald Ashby", True, "P4"),
            ("They are coming home to be seen, not stored,", "Babatunde Lawal", False, "P5"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Adaeze Nwachukwu", "The Guardian"),
            ("P3", "Adaeze Nwachukwu", "X"),
            ("P4", "Reginald Ashby", None),
            ("P5", "Babatunde Lawal", "BBC"),
        ],
        "people": ["Imogen Carrow-Fitch", "Adaeze Nwachukwu", "Reginald Ashby", "Babatunde Lawal"],
    },
    {
        "name": "kmart-apartments-planning-board-threads-reply",
        "text": (
            "A plan to build 300 apartments on the site of a shuttered Kmart in Dayton, "
            "Ohio, cleared the city’s planning board on Monday night after four hours of "
            "public comment.\n\n"
            "The developer, Priya Raghunathan, said at the meeting that a quarter of the "
            "units would be rented below market rate. “This is not luxury housing with a fig "
            "leaf,” she said.\n\n"
            "Neighbors were split. Doreen Kowalczyk, who has lived across the street for 38 "
            "years, posted on Threads before the vote that the project would bring “traffic, "
            "noise and strangers.” Her neighbor, Marcus Oyelaran, replied beneath her post: "
            "“Strangers become neighbors. That’s how you got here, Doreen.”\n\n"
            "Councilwoman Teresa Alvarado-Grant, who represents the ward, said in a "
            "statement that she would support the plan when it reaches the full council. “We "
            "cannot keep saying yes to housing in general and no to every building in "
            "particular,” she said.\n\n"
            "The council is expected to vote in May."
        ),
        "quotes": [
            ("This is not luxury housing with a fig leaf,", "Priya Raghunathan", False, None),
            ("traffic, noise and strangers.", "Doreen Kowalczyk", True, "P1"),
            (
                "Strangers become neighbors. That’s how you got here, Doreen.",
                "Marcus Oyelaran",
                False,
                "P1",
            ),
            (
                (
                    "We cannot keep saying yes to housing in general and no to "
                    "every building in particular,"
                ),
                "Teresa Alvarado-Grant",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Doreen Kowalczyk", "Threads"),
            ("P2", "Teresa Alvarado-Grant", None),
        ],
        "people": [
            "Priya Raghunathan",
            "Doreen Kowalczyk",
            "Marcus Oyelaran",
            "Teresa Alvarado-Grant",
        ],
    },
    {
        "name": "chocolate-earnings-release-analyst-note-trader-ft",
        "text": (
            "Shares of the Swiss chocolate maker Alpenrausch fell 9 percent on Thursday "
            "after the company warned that record cocoa prices would squeeze its margins "
            "well into next year.\n\n"
            "In its earnings release, the company said that price increases of up to 12 "
            "percent were “unavoidable in the current environment.”\n\n"
            "On a call with analysts, the chief executive, Matthias Oberholzer, struck a "
            "calmer tone. “Consumers have accepted higher prices before, and they will "
            "again,” he said.\n\n"
            "The UBS analyst Nadia Chaudhry was skeptical. In a note to clients, she wrote "
            "that shoppers were already “trading down to supermarket own brands.” “The "
            "pricing power story is looking tired,” she wrote.\n\n"
            "A cocoa trader in Abidjan, Kouadio Yao, told the Financial Times that the crop "
            "outlook had barely improved. “The trees are old, and the rains came late,” he "
            "said. “Nobody here expects cheap cocoa soon.”"
        ),
        "quotes": [
            ("unavoidable in the current environment.", None, True, "P1"),
            (
                "Consumers have accepted higher prices before, and they will again,",
                "Matthias Oberholzer",
                False,
                None,
            ),
            ("trading down to supermarket own brands.", "Nadia Chaudhry", True, "P2"),
            ("The pricing power story is looking tired,", "Nadia Chaudhry", False, "P2"),
            ("The trees are old, and the rains came late,", "Kouadio Yao", False, "P3"),
            ("Nobody here expects cheap cocoa soon.", "Kouadio Yao", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Nadia Chaudhry", None),
            ("P3", "Kouadio Yao", "Financial Times"),
        ],
        "people": ["Matthias Oberholzer", "Nadia Chaudhry", "Kouadio Yao"],
    },
    {
        "name": "montana-drought-rancher-youtube-usda-statement-wife",
        "text": (
            "Cattle ranchers in eastern Montana are selling off herds at the fastest pace in "
            "a decade as a second summer of drought leaves pastures bare.\n\n"
            "“I sold 140 head on Tuesday. My dad built that herd over thirty years,” the "
            "rancher Wyatt Two Feathers said in a YouTube video filmed at the Miles City "
            "sale barn. The video has been shared widely among ranchers.\n\n"
            "Under it, a viewer from Alberta commented: “Same story up here. Hang in there, "
            "brother.”\n\n"
            "The U.S. Department of Agriculture said in a statement that emergency grazing "
            "would be allowed on conservation land in 19 counties. “This is a bridge, not a "
            "fix,” a department spokesman, Gerald Ostrowski, told reporters in Billings.\n\n"
            "The rancher’s wife, Ellen Two Feathers, said by phone that the family would "
            "keep its best 60 cows. “We are keeping the ones that know this ground,” she "
            "said. “When it rains, we’ll build back from them.”"
        ),
        "quotes": [
            (
                "I sold 140 head on Tuesday. My dad built that herd over thirty years,",
                "Wyatt Two Feathers",
                False,
                "P1",
            ),
            ("Same story up here. Hang in there, brother.", None, False, "P1"),
            ("This is a bridge, not a fix,", "Gerald Ostrowski", False, None),
            ("We are keeping the ones that know this ground,", "Ellen Two Feathers", False, None),
            ("When it rains, we’ll build back from them.", "Ellen Two Feathers", False, None),
        ],
        "posts": [
            ("P1", "Wyatt Two Feathers", "YouTube"),
            ("P2", None, None),
        ],
        "people": ["Wyatt Two Feathers", "Gerald Ostrowski", "Ellen Two Feathers"],
    },
    {
        "name": "appeals-court-wage-law-dissent-governor-x-mayor",
        "text": (
            "A divided state appeals court in Georgia on Wednesday upheld a law barring "
            "cities from setting their own minimum wage, handing a victory to business "
            "groups.\n\n"
            "Writing for the majority, Judge Clarence Mbeki-Holloway said the legislature "
            "had “clear and plenary authority” over wages. In dissent, Judge Ingrid Solberg "
            "wrote that the ruling left cities “with the duty to govern and none of the "
            "tools.” “Local democracy deserves more than a footnote,” she added.\n\n"
            "Governor Beatrice Langford celebrated on X. “A win for every small business in "
            "Georgia,” she posted.\n\n"
            "Atlanta’s mayor, Jamal Whitfield, answered in a reply to the governor’s post: "
            "“Tell that to the workers who can’t make rent.” He said later at a news "
            "conference that the city would ask the state Supreme Court to hear the case. "
            "“We are not finished,” he said."
        ),
        "quotes": [
            ("clear and plenary authority", "Clarence Mbeki-Holloway", True, "P1"),
            ("with the duty to govern and none of the tools.", "Ingrid Solberg", True, "P2"),
            ("Local democracy deserves more than a footnote,", "Ingrid Solberg", False, "P2"),
            ("A win for every small business in Georgia,", "Beatrice Langford", False, "P3"),
            ("Tell that to the workers who can’t make rent.", "Jamal Whitfield", False, "P3"),
            ("We are not finished,", "Jamal Whitfield", False, None),
        ],
        "posts": [
            ("P1", "Clarence Mbeki-Holloway", None),
            ("P2", "Ingrid Solberg", None),
            ("P3", "Beatrice Langford", "X"),
        ],
        "people": [
            "Clarence Mbeki-Holloway",
            "Ingrid Solberg",
            "Beatrice Langford",
            "Jamal Whitfield",
        ],
    },
    {
        "name": "montreal-restaurant-closing-caption-gazette-review",
        "text": (
            "After 22 years, the Lebanese restaurant Zaatar & Vine in Montreal’s Mile End "
            "will serve its last dinner on Saturday.\n\n"
            "The chef, Rania Khoury, announced the closing on Instagram with a photo of the "
            "empty dining room and the caption “Thank you for every table, every birthday, "
            "every argument about the hummus.”\n\n"
            "In an interview with the Montreal Gazette, the chef said the rent on the "
            "building had tripled since 2019. “I can cook my way out of many things. Not out "
            "of this,” she said.\n\n"
            "Her husband, Étienne Beaulieu, who ran the front of the house, posted a video "
            "on Facebook of their final staff meal. “Twenty-two years of family dinners with "
            "people who were not family, until they were,” he wrote.\n\n"
            "The food critic Lesley Chan wrote in a column for La Presse that the restaurant "
            "had “taught a city to eat slowly.” Khoury said she was not done cooking. “Ask "
            "me in a year,” she said."
        ),
        "quotes": [
            (
                ("Thank you for every table, every birthday, every argument about the hummus."),
                "Rania Khoury",
                False,
                "P1",
            ),
            ("I can cook my way out of many things. Not out of this,", "Rania Khoury", False, "P2"),
            (
                (
                    "Twenty-two years of family dinners with people who were not "
                    "family, until they were,"
                ),
                "Étienne Beaulieu",
                False,
                "P3",
            ),
            ("taught a city to eat slowly.", "Lesley Chan", True, "P4"),
            ("Ask me in a year,", "Rania Khoury", False, None),
        ],
        "posts": [
            ("P1", "Rania Khoury", "Instagram"),
            ("P2", "Rania Khoury", "Montreal Gazette"),
            ("P3", "Étienne Beaulieu", "Facebook"),
            ("P4", "Lesley Chan", "La Presse"),
        ],
        "people": ["Rania Khoury", "Étienne Beaulieu", "Lesley Chan"],
    },
    {
        "name": "glacier-study-science-linkedin-release-srf",
        "text": (
            "Glaciers in the Swiss Alps lost 4 percent of their remaining ice in a single "
            "year, according to a study published on Tuesday in the journal Science.\n\n"
            "The lead author, Dr. Mathilde Keller of ETH Zurich, posted a summary on "
            "LinkedIn. “We measured the loss. The causes are no mystery,” she wrote. A "
            "former colleague, Arvid Lindgren, commented beneath it that the figures were "
            "“the most sobering I have seen in thirty years of fieldwork.”\n\n"
            "The university said in a news release that the team had combined satellite data "
            "with stake measurements from 176 glaciers. “Each number in this paper was "
            "walked to, measured and checked by hand,” the release quoted a co-author, Dr. "
            "Sunil Bhattarai, as saying.\n\n"
            "Keller told the Swiss broadcaster SRF that some smaller glaciers would be gone "
            "within a decade. “We are writing obituaries now, not forecasts,” she said."
        ),
        "quotes": [
            ("We measured the loss. The causes are no mystery,", "Mathilde Keller", False, "P2"),
            (
                "the most sobering I have seen in thirty years of fieldwork.",
                "Arvid Lindgren",
                True,
                "P2",
            ),
            (
                ("Each number in this paper was walked to, measured and checked by hand,"),
                "Sunil Bhattarai",
                False,
                "P3",
            ),
            ("We are writing obituaries now, not forecasts,", "Mathilde Keller", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Science"),
            ("P2", "Mathilde Keller", "LinkedIn"),
            ("P3", None, "press release"),
            ("P4", "Mathilde Keller", "SRF"),
        ],
        "people": ["Mathilde Keller", "Arvid Lindgren", "Sunil Bhattarai"],
    },
    {
        "name": "nairobi-fintech-raise-x-quote-post-substack-podcast",
        "text": (
            "Wanjiru Kamau, the founder of the Nairobi payments startup Tandem, said on X on "
            "Monday that the company had raised $40 million from investors led by the Lagos "
            "fund Ironwood Capital. “Three years ago we were six people in a borrowed "
            "garage. Today we move money for four million Kenyans,” she posted.\n\n"
            "Ironwood’s managing partner, Olumide Bankole, quoted her post with a message of "
            "his own: “The best founder we have ever backed, and it isn’t close.”\n\n"
            "Not everyone cheered. A fintech blogger who writes on Substack as “Shilling "
            "Sceptic” argued that Tandem’s fees were “quietly higher than the banks it "
            "mocks.”\n\n"
            "Kamau addressed the criticism on the podcast Africa Tech Weekly. “Our fees are "
            "public. Anyone can compare them,” she told the host, Ahmed Farouk. She added "
            "that the company would cut fees on small transfers “before the end of the year.”"
        ),
        "quotes": [
            (
                (
                    "Three years ago we were six people in a borrowed garage. "
                    "Today we move money for four million Kenyans,"
                ),
                "Wanjiru Kamau",
                False,
                "P1",
            ),
            (
                "The best founder we have ever backed, and it isn’t close.",
                "Olumide Bankole",
                False,
                "P2",
            ),
            ("quietly higher than the banks it mocks.", None, True, "P3"),
            ("Our fees are public. Anyone can compare them,", "Wanjiru Kamau", False, "P4"),
            ("before the end of the year.", "Wanjiru Kamau", True, "P4"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau", "X"),
            ("P2", "Olumide Bankole", "X"),
            ("P3", None, "Substack"),
            ("P4", "Wanjiru Kamau", "Africa Tech Weekly"),
        ],
        "people": ["Wanjiru Kamau", "Olumide Bankole", "Ahmed Farouk"],
    },
    {
        "name": "election-official-resigns-letter-daughter-tiktok",
        "text": (
            "The top election official in Maricopa County, Arizona, resigned on Friday, "
            "citing a year of threats against her and her staff.\n\n"
            "In a resignation letter to the Board of Supervisors, Elena Vasquez-Moreno wrote "
            "that she had “counted ballots under police guard for the last time.” “I love "
            "this work. I can no longer ask my family to pay for it,” the letter said.\n\n"
            "The board’s chairman, Thomas Whitaker, said at a meeting on Friday afternoon "
            "that her departure was “a loss the county did not earn and does not deserve.”\n\n"
            "Her daughter, Sofía Vasquez-Moreno, 19, posted a TikTok video on Saturday "
            "describing the night a man followed her mother home from the tabulation center. "
            "“She never told us how bad it was,” the teenager said in the video. Hundreds of "
            "users commented, many of them poll workers. One wrote: “Your mom protected my "
            "vote. Thank her for me.”\n\n"
            "Vasquez-Moreno’s deputy will run the office until the board names a successor."
        ),
        "quotes": [
            (
                "counted ballots under police guard for the last time.",
                "Elena Vasquez-Moreno",
                True,
                "P1",
            ),
            (
                "I love this work. I can no longer ask my family to pay for it,",
                "Elena Vasquez-Moreno",
                False,
                "P1",
            ),
            ("a loss the county did not earn and does not deserve.", "Thomas Whitaker", True, None),
            ("She never told us how bad it was,", "Sofía Vasquez-Moreno", False, "P2"),
            ("Your mom protected my vote. Thank her for me.", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Elena Vasquez-Moreno", None),
            ("P2", "Sofía Vasquez-Moreno", "TikTok"),
        ],
        "people": ["Elena Vasquez-Moreno", "Thomas Whitaker", "Sofía Vasquez-Moreno"],
    },
    {
        "name": "vineyard-drift-lawsuit-instagram-opb-lawyer-response",
        "text": (
            "A family vineyard in Oregon’s Willamette Valley has sued a neighboring hazelnut "
            "farm, claiming that herbicide drift ruined its 2023 pinot noir harvest.\n\n"
            "The lawsuit, filed on Monday in Yamhill County Circuit Court by Sundara "
            "Cellars, says the spraying left the grapes “blistered, bitter and unsellable.”\n\n"
            "The vineyard’s owner, Anjali Ramanathan, posted photos of withered vines on "
            "Instagram. “Four generations of work, and one afternoon of wind,” she wrote.\n\n"
            "The hazelnut grower, Dale Vanderpool, said in an interview with Oregon Public "
            "Broadcasting that he had followed every label instruction. “I have farmed next "
            "to her family for twenty years. I would never do this on purpose,” he said.\n\n"
            "His lawyer, Sienna Marchetti, filed a response on Thursday calling the claims "
            "“speculative from start to finish.” Ramanathan’s sister, the winemaker Kavya "
            "Ramanathan, said the family wanted only an honest answer."
        ),
        "quotes": [
            ("blistered, bitter and unsellable.", None, True, "P1"),
            (
                "Four generations of work, and one afternoon of wind,",
                "Anjali Ramanathan",
                False,
                "P2",
            ),
            (
                (
                    "I have farmed next to her family for twenty years. I would "
                    "never do this on purpose,"
                ),
                "Dale Vanderpool",
                False,
                "P3",
            ),
            ("speculative from start to finish.", "Sienna Marchetti", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anjali Ramanathan", "Instagram"),
            ("P3", "Dale Vanderpool", "Oregon Public Broadcasting"),
            ("P4", "Sienna Marchetti", None),
        ],
        "people": ["Anjali Ramanathan", "Dale Vanderpool", "Sienna Marchetti", "Kavya Ramanathan"],
    },
    {
        "name": "folk-band-reunion-threads-bluesky-reply-radio",
        "text": (
            "The Irish folk band The Harrow Men will reunite for a tour next summer, 15 "
            "years after a bitter split, the singer Ciarán Ó Dálaigh announced on Threads on "
            "Wednesday.\n\n"
            "“We were young and stupid and very loud about both. Now we are just loud,” he "
            "wrote.\n\n"
            "The fiddler Nuala Breathnach confirmed the news in a post of her own on "
            "Bluesky, adding that the band had “made peace over a very long lunch.” The "
            "drummer, Stephen Okoye-Brennan, is not taking part. “Good luck to the lads. My "
            "knees said no,” he wrote in a reply beneath her post.\n\n"
            "Speaking on The Ray D’Arcy Show on RTÉ Radio 1 on Thursday, Ó Dálaigh said the "
            "tour would open in Galway. “We owe that town a few apologies,” the singer said, "
            "“and about forty songs.”\n\n"
            "Tickets go on sale on Friday, and the band said more dates would follow."
        ),
        "quotes": [
            (
                ("We were young and stupid and very loud about both. Now we are just loud,"),
                "Ciarán Ó Dálaigh",
                False,
                "P1",
            ),
            ("made peace over a very long lunch.", "Nuala Breathnach", True, "P2"),
            ("Good luck to the lads. My knees said no,", "Stephen Okoye-Brennan", False, "P2"),
            ("We owe that town a few apologies,", "Ciarán Ó Dálaigh", False, "P3"),
            ("and about forty songs.", "Ciarán Ó Dálaigh", False, "P3"),
        ],
        "posts": [
            ("P1", "Ciarán Ó Dálaigh", "Threads"),
            ("P2", "Nuala Breathnach", "Bluesky"),
            ("P3", "Ciarán Ó Dálaigh", "The Ray D’Arcy Show"),
        ],
        "people": ["Ciarán Ó Dálaigh", "Nuala Breathnach", "Stephen Okoye-Brennan"],
    },
]
