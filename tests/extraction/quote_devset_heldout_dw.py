"""The one-hundred-and-twenty-first self-made dev set, held out (DW): its first run is an unseen estimate.

Written with set DV, without reading the extraction rules, and committed before
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
- people lists every named person in the text in order of first mention,
  including people who are only mentioned (the reserve Ayaka Fujimoto, the
  sister Dorothy Hughes, the chair Oluwaseun Bakare); unnamed people, companies,
  animals and satellites are not listed.
- Places and companies that look like people's names (Brennan International
  Airport, Ashworth Hall, Marlowe Court, St Brendan's High School, Pennock
  Meadows, Pemberton & Hale, Whitmore & Daughters, Harriet Bloom, Halvorsen
  Airport) are not people; the chain Harriet Bloom is an organisation.
- A sentence split by its attribution (“Every penny,” she said, “is coming
  ...”) is two quotes, neither partial, both with the same speaker and post.
- A show named with its broadcaster (RTÉ's Morning Ireland, the BBC's Newsday
  programme, BBC Radio Wales's Good Morning Wales) takes the show's name alone;
  a radio station with no show named (BBC Radio Shropshire, BBC Radio
  Wiltshire) is the platform as written, and appearing on it is an interview.
- A petition started on Change.org by a named parent is that parent's post with
  platform Change.org; words it "reads" speak as its starter.
- A study published in a named journal is a post by its named lead author with
  the journal as platform (Acta Astronautica), even when no words of it are
  quoted.
- A letter from a tenants' association to a tribunal is a post with author None
  and no platform; a quote from it that runs over two paragraphs after a colon
  is one quote per paragraph, the first running to the end of its paragraph
  (it has no closing mark).
- A council's email to hall users and a managing agent's email to tenants are
  posts with author None and no platform.
- A launch company's post on X speaks as None; its founder's "post of her own
  on X" is a new post by the founder.
- A union posting a screenshot of an email on X with words of its own is a new
  X post with author None; the email stays the executive's post.
- Words reported second-hand from an all-hands meeting ("According to two
  people who attended, he told employees that ...") are the executive's
  partial quote with no post.
- A Reddit thread with no named starter has author None; "one user wrote in
  the thread" is an unnamed reply that belongs to it and speaks as None; the
  thread's title in marks is a title, not a quote.
- An essay title in marks (“Nothing in Orbit Is Unforeseeable,”) and a dog's
  registered name in marks (“Moorgate Silver Comet”) are titles, not quotes; a
  satellite's nickname in marks (“Wren”) is a nickname, not a quote.
- A dog show's organisers' press release has author None; a judge at a dog
  show who "told reporters" speaks in no post.
- An unnamed neighbour's reply and an unnamed granddaughter's comment under a
  post belong to that post and speak as None.
- A reply under an Instagram photo belongs to that Instagram post.
- A cat's and a dog's names (Mochi, Biscuit) are not people.
- Vietnamese name order is kept as written (Thảo Phạm), and the bare "Phạm"
  resolves to her; Chinese name order is kept (Lin Xiaotong, Qiao Zhenhua).
- "Mr." (Mr. Kowal) is a title and not part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DW: list[dict] = [
    {
        "name": "airport-baggage-fault-x-photo-airline-statement-tiktok",
        "text": (
            "Travellers at Brennan International Airport waited up to nine hours on "
            "Sunday after a fault in the baggage system left hundreds of suitcases "
            "stranded beside the runway.\n\n"
            "Priya Ramanathan, a nurse flying home to Leeds, posted a photo of the queue "
            "on X. “Four hours in line and nobody from the airline has said a word,” she "
            "wrote. The post was shared more than 20,000 times.\n\n"
            "Skyvale Airways said in a statement that the fault lay with the airport’s "
            "contractor. “We apologise to every customer affected and are rebooking them "
            "free of charge,” the statement said.\n\n"
            "The airport’s chief executive, Conor Whelan, told reporters on Monday that "
            "the system had been repaired overnight. “It was a software update that "
            "should never have gone live on a holiday weekend,” he said.\n\n"
            "In a TikTok video viewed two million times, a student, Mateus Oliveira, "
            "filmed himself asleep on a luggage belt. “Best bed in the terminal,” he said "
            "in the clip."
        ),
        "quotes": [
            (
                "Four hours in line and nobody from the airline has said a word,",
                "Priya Ramanathan",
                False,
                "P1",
            ),
            (
                "We apologise to every customer affected and are rebooking them free of charge,",
                None,
                False,
                "P2",
            ),
            (
                "It was a software update that should never have gone live on a holiday weekend,",
                "Conor Whelan",
                False,
                None,
            ),
            ("Best bed in the terminal,", "Mateus Oliveira", False, "P3"),
        ],
        "posts": [
            ("P1", "Priya Ramanathan", "X"),
            ("P2", None, None),
            ("P3", "Mateus Oliveira", "TikTok"),
        ],
        "people": ["Priya Ramanathan", "Conor Whelan", "Mateus Oliveira"],
    },
    {
        "name": "airport-runway-cap-irish-times-pilots-release-minister-nested",
        "text": (
            "Flights at Carrow Airport will be capped at 40 an hour through the summer "
            "while the main runway is resurfaced, the airport’s operations director, "
            "Siobhán Ní Bhriain, said on Wednesday.\n\n"
            "“We would rather disappoint people in May than strand them in August,” she "
            "told The Irish Times. “Airlines were told in January, and most have already "
            "trimmed their schedules.”\n\n"
            "The Irish Pilots’ Guild was less forgiving. In a press release, it said the "
            "airport had “known for three years that this runway was failing” and had "
            "done nothing about it.\n\n"
            "Transport Minister Declan Forde, speaking at a news conference in Cork, said "
            "he had asked the airport for weekly figures. “I have told them plainly: ‘No "
            "more surprises,’” he said.\n\n"
            "Ní Bhriain later defended the timing on RTÉ’s Morning Ireland. “There is no "
            "quiet month at an airport any more,” she said. “There is only a less busy "
            "one.”"
        ),
        "quotes": [
            (
                "We would rather disappoint people in May than strand them in August,",
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            (
                "Airlines were told in January, and most have already trimmed their schedules.",
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            ("known for three years that this runway was failing", None, True, "P2"),
            ("I have told them plainly: ‘No more surprises,’", "Declan Forde", False, None),
            ("There is no quiet month at an airport any more,", "Siobhán Ní Bhriain", False, "P3"),
            ("There is only a less busy one.", "Siobhán Ní Bhriain", False, "P3"),
        ],
        "posts": [
            ("P1", "Siobhán Ní Bhriain", "The Irish Times"),
            ("P2", None, "press release"),
            ("P3", "Siobhán Ní Bhriain", "Morning Ireland"),
        ],
        "people": ["Siobhán Ní Bhriain", "Declan Forde"],
    },
    {
        "name": "folk-festival-move-instagram-fiddler-comment-release-radio",
        "text": (
            "The Harrow Hill Folk Festival will move to a new site next year after its "
            "landlord sold the farm, along with the field that has held the volunteer-run "
            "“tent city” for 3,000 campers.\n\n"
            "The festival’s director, Aoife Brannigan, broke the news in an Instagram "
            "post on Friday. “Twenty-two summers on that field. We are heartbroken, but "
            "we are not finished,” she wrote beside a photo of the empty main stage.\n\n"
            "The comments filled with memories. “Saw my first ceilidh there at nine years "
            "old. Wherever you go, we follow,” wrote the fiddler Kwame Asante-Boateng, "
            "who has played the festival every year since 2011.\n\n"
            "A press release from the festival later named the new site as Pennock "
            "Meadows, near Ludlow, and promised to keep the weekend “small, muddy and "
            "friendly.”\n\n"
            "Brannigan told BBC Radio Shropshire that the move would cost about £60,000. "
            "“Every penny,” she said, “is coming from the people who love this thing.”"
        ),
        "quotes": [
            (
                "Twenty-two summers on that field. We are heartbroken, but we are not finished,",
                "Aoife Brannigan",
                False,
                "P1",
            ),
            (
                "Saw my first ceilidh there at nine years old. Wherever you go, we follow,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("small, muddy and friendly.", None, True, "P2"),
            ("Every penny,", "Aoife Brannigan", False, "P3"),
            ("is coming from the people who love this thing.", "Aoife Brannigan", False, "P3"),
        ],
        "posts": [
            ("P1", "Aoife Brannigan", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Aoife Brannigan", "BBC Radio Shropshire"),
        ],
        "people": ["Aoife Brannigan", "Kwame Asante-Boateng"],
    },
    {
        "name": "folk-festival-noise-open-letter-hearing-op-ed-facebook-group",
        "text": (
            "Residents of Saltmarsh have asked the council to cut back the licence of the "
            "Tidewater Folk Weekend, saying its late-night sessions kept them awake for "
            "three nights in July.\n\n"
            "An open letter signed by 140 households called the festival’s noise “a form "
            "of siege” and asked for music to end at 10 p.m.\n\n"
            "At a licensing hearing on Thursday, the festival’s founder, Dermot "
            "Achterberg, said the organisers had already moved the biggest stage. “We "
            "have listened, and we have acted,” he said.\n\n"
            "He made a fuller case in an op-ed for the Eastern Daily Press. “Folk music "
            "was never meant to be polite,” he wrote, “but it was always meant to be "
            "neighbourly.”\n\n"
            "One resident, Harjit Sandhu, posted in the village Facebook group that she "
            "had bought earplugs in bulk. “I love a fiddle as much as anyone. Not at 1 "
            "a.m.,” she wrote. A neighbour replied under her post: “Amen to that.”"
        ),
        "quotes": [
            ("a form of siege", None, True, "P1"),
            ("We have listened, and we have acted,", "Dermot Achterberg", False, None),
            ("Folk music was never meant to be polite,", "Dermot Achterberg", False, "P2"),
            ("but it was always meant to be neighbourly.", "Dermot Achterberg", False, "P2"),
            ("I love a fiddle as much as anyone. Not at 1 a.m.,", "Harjit Sandhu", False, "P3"),
            ("Amen to that.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dermot Achterberg", "Eastern Daily Press"),
            ("P3", "Harjit Sandhu", "Facebook"),
        ],
        "people": ["Dermot Achterberg", "Harjit Sandhu"],
    },
    {
        "name": "housing-tribunal-heating-ruling-landlord-statement-tenant-union-x",
        "text": (
            "A housing tribunal has ordered a landlord in Salford to repay a year’s rent "
            "to six tenants after finding that their flats had no working heating for two "
            "winters.\n\n"
            "In her written decision, Judge Felicity Ogunleye said the landlord, Kestrel "
            "Lettings, had shown “a settled indifference to the welfare of the people "
            "living there.” She added: “A tenancy is not a licence to ignore the law.”\n\n"
            "Kestrel Lettings said in a statement that it would appeal. “The tribunal has "
            "not understood the difficulties of sourcing parts,” it said.\n\n"
            "One of the tenants, Bogdan Wiśniewski, told the Manchester Evening News that "
            "his daughter had slept in her coat. “We asked fourteen times. Fourteen,” he "
            "said.\n\n"
            "The Greater Manchester Tenants Union, which helped bring the case, posted on "
            "X that the ruling was “a win for every renter with a broken boiler.”"
        ),
        "quotes": [
            (
                "a settled indifference to the welfare of the people living there.",
                "Felicity Ogunleye",
                True,
                "P1",
            ),
            ("A tenancy is not a licence to ignore the law.", "Felicity Ogunleye", False, "P1"),
            (
                "The tribunal has not understood the difficulties of sourcing parts,",
                None,
                False,
                "P2",
            ),
            ("We asked fourteen times. Fourteen,", "Bogdan Wiśniewski", False, "P3"),
            ("a win for every renter with a broken boiler.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Felicity Ogunleye", None),
            ("P2", None, None),
            ("P3", "Bogdan Wiśniewski", "Manchester Evening News"),
            ("P4", None, "X"),
        ],
        "people": ["Felicity Ogunleye", "Bogdan Wiśniewski"],
    },
    {
        "name": "housing-tribunal-service-charge-agent-email-meeting-letter-two-paragraphs",
        "text": (
            "Tenants of the Marlowe Court tower block in Leicester have taken their "
            "landlord to the First-tier Tribunal over a 38 percent rise in service "
            "charges.\n\n"
            "The rise was announced in an email from the managing agent, Pemberton & "
            "Hale, in April. “Costs across the sector have risen sharply and must be "
            "passed on,” the email said.\n\n"
            "At a residents’ meeting on Tuesday, the tenants’ association chair, "
            "Oluwaseun Bakare, said nobody had been shown the accounts. Her neighbour "
            "Tadeusz Kowal, 81, was blunter. “I have lived here since 1979,” Mr. Kowal "
            "said. “I have never seen a bill like it.”\n\n"
            "In a letter to the tribunal, the association set out its case:\n\n"
            "“We do not dispute that costs have risen. We dispute that they have risen by "
            "this much, and we dispute that residents should pay again for a roof that "
            "was badly repaired in 2019.\n\n"
            "“We ask the tribunal to order a full audit before a single penny is "
            "collected.”\n\n"
            "A spokesperson for Pemberton & Hale declined to comment."
        ),
        "quotes": [
            (
                "Costs across the sector have risen sharply and must be passed on,",
                None,
                False,
                "P1",
            ),
            ("I have lived here since 1979,", "Tadeusz Kowal", False, None),
            ("I have never seen a bill like it.", "Tadeusz Kowal", False, None),
            (
                (
                    "We do not dispute that costs have risen. We dispute that they have risen by "
                    "this much, and we dispute that residents should pay again for a roof that "
                    "was badly repaired in 2019."
                ),
                None,
                False,
                "P2",
            ),
            (
                "We ask the tribunal to order a full audit before a single penny is collected.",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
        ],
        "people": ["Oluwaseun Bakare", "Tadeusz Kowal"],
    },
    {
        "name": "badminton-withdrawal-instagram-coach-reporters-federation-reply",
        "text": (
            "Putri Kusumawardani, the world No. 4 in women’s singles, withdrew from the "
            "All England Open on Wednesday with a calf injury, two days before her "
            "opening match.\n\n"
            "“My body said no this time. I will be back stronger, I promise,” the "
            "24-year-old wrote on Instagram, alongside a photo of herself on crutches.\n\n"
            "Her coach, Hendra Wijaya, told reporters in Birmingham that scans had shown "
            "a small tear. “She wanted to play through it. I said no,” he said. “A small "
            "tear becomes a big one very quickly,” the coach added.\n\n"
            "The Badminton Association of Indonesia said in a statement that she would "
            "miss at least four weeks and that it would “support her recovery fully.”\n\n"
            "Her mixed doubles partner, the Danish player Rasmus Holm-Pedersen, replied "
            "under her photo: “Rest up, partner. The court can wait.” He will play with a "
            "reserve, Ayaka Fujimoto, in her absence."
        ),
        "quotes": [
            (
                "My body said no this time. I will be back stronger, I promise,",
                "Putri Kusumawardani",
                False,
                "P1",
            ),
            ("She wanted to play through it. I said no,", "Hendra Wijaya", False, None),
            ("A small tear becomes a big one very quickly,", "Hendra Wijaya", False, None),
            ("support her recovery fully.", None, True, "P2"),
            ("Rest up, partner. The court can wait.", "Rasmus Holm-Pedersen", False, "P1"),
        ],
        "posts": [
            ("P1", "Putri Kusumawardani", "Instagram"),
            ("P2", None, None),
        ],
        "people": [
            "Putri Kusumawardani",
            "Hendra Wijaya",
            "Rasmus Holm-Pedersen",
            "Ayaka Fujimoto",
        ],
    },
    {
        "name": "table-tennis-retirement-weibo-rival-x-association-release-nickname",
        "text": (
            "Lin Xiaotong, the Chinese table tennis player known to fans as “the Little "
            "Wall,” announced her retirement on Weibo on Sunday at the age of 29.\n\n"
            "“Table tennis gave me everything. Now I want to give something back,” Lin "
            "wrote. She said she would coach juniors in her home province of Hubei.\n\n"
            "Her longtime rival, Japan’s Miyu Takahashi, posted a tribute on X. “Every "
            "time I played her, I learned something. Thank you, Xiaotong,” Takahashi "
            "wrote.\n\n"
            "The Chinese Table Tennis Association thanked Lin in a press release for "
            "“fifteen years of service to the national team.”\n\n"
            "Speaking to reporters at a tournament in Doha, the national head coach, Qiao "
            "Zhenhua, said her backhand had been the best in the women’s game. “There "
            "will not be another one like it for a long time,” he said. Asked whether she "
            "might return, he laughed. “With her, you never know.”"
        ),
        "quotes": [
            (
                "Table tennis gave me everything. Now I want to give something back,",
                "Lin Xiaotong",
                False,
                "P1",
            ),
            (
                "Every time I played her, I learned something. Thank you, Xiaotong,",
                "Miyu Takahashi",
                False,
                "P2",
            ),
            ("fifteen years of service to the national team.", None, True, "P3"),
            ("There will not be another one like it for a long time,", "Qiao Zhenhua", False, None),
            ("With her, you never know.", "Qiao Zhenhua", False, None),
        ],
        "posts": [
            ("P1", "Lin Xiaotong", "Weibo"),
            ("P2", "Miyu Takahashi", "X"),
            ("P3", None, "press release"),
        ],
        "people": ["Lin Xiaotong", "Miyu Takahashi", "Qiao Zhenhua"],
    },
    {
        "name": "badminton-club-hall-sale-council-email-facebook-group-mercury",
        "text": (
            "A badminton club that has met in Ashworth Hall every Tuesday since 1962 has "
            "been told to find a new home after the council announced that the building "
            "would be sold.\n\n"
            "The news came in an email to hall users from Brackley District Council last "
            "week. “The hall no longer meets modern accessibility standards and cannot be "
            "economically refurbished,” the email said.\n\n"
            "Club secretary Gwen Pritchard posted the email in the Brackley Shuttlers "
            "Facebook group with the words “Sixty-two years, and this is how it ends.” "
            "Members replied within minutes. “We will play in a car park if we have to,” "
            "wrote one, Ifeoma Nwosu.\n\n"
            "Councillor Barry Stott told the Brackley Mercury that the club would be "
            "offered space at the leisure centre. “Nobody is being thrown out on the "
            "street,” he said.\n\n"
            "Pritchard is not convinced. The leisure centre, she said at the club’s "
            "annual meeting, charges “three times what we pay now.”"
        ),
        "quotes": [
            (
                (
                    "The hall no longer meets modern accessibility standards and cannot be "
                    "economically refurbished,"
                ),
                None,
                False,
                "P1",
            ),
            ("Sixty-two years, and this is how it ends.", "Gwen Pritchard", False, "P2"),
            ("We will play in a car park if we have to,", "Ifeoma Nwosu", False, "P2"),
            ("Nobody is being thrown out on the street,", "Barry Stott", False, "P3"),
            ("three times what we pay now.", "Gwen Pritchard", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwen Pritchard", "Facebook"),
            ("P3", "Barry Stott", "Brackley Mercury"),
        ],
        "people": ["Gwen Pritchard", "Ifeoma Nwosu", "Barry Stott"],
    },
    {
        "name": "school-blazer-head-letter-change-petition-radio-supplier-statement",
        "text": (
            "Parents at St Brendan’s High School in Swansea have started a petition "
            "against a new rule requiring blazers bought from a single supplier at £58 "
            "each.\n\n"
            "The head teacher, Rhiannon Evans-Lloyd, announced the change in a letter to "
            "parents in June. “A smart, consistent uniform removes one more way for "
            "children to judge each other,” she wrote.\n\n"
            "The petition, started on Change.org by a father of three, Yusuf Demir, has "
            "more than 2,300 signatures. “Nobody is against uniforms. We are against a "
            "monopoly,” it reads.\n\n"
            "Speaking on BBC Radio Wales’s Good Morning Wales, Demir said some families "
            "were choosing between the blazer and a winter coat. “That is not a choice "
            "any parent should face,” he said.\n\n"
            "The supplier, Whitmore & Daughters, said in a statement that its prices had "
            "not risen in four years. The school’s governors will discuss the policy on "
            "Thursday."
        ),
        "quotes": [
            (
                (
                    "A smart, consistent uniform removes one more way for children to judge each "
                    "other,"
                ),
                "Rhiannon Evans-Lloyd",
                False,
                "P1",
            ),
            ("Nobody is against uniforms. We are against a monopoly,", "Yusuf Demir", False, "P2"),
            ("That is not a choice any parent should face,", "Yusuf Demir", False, "P3"),
        ],
        "posts": [
            ("P1", "Rhiannon Evans-Lloyd", None),
            ("P2", "Yusuf Demir", "Change.org"),
            ("P3", "Yusuf Demir", "Good Morning Wales"),
            ("P4", None, None),
        ],
        "people": ["Rhiannon Evans-Lloyd", "Yusuf Demir"],
    },
    {
        "name": "school-uniform-cap-speech-leaders-release-tiktok-telegraph-op-ed",
        "text": (
            "The education secretary, Amara Okonkwo-Reid, promised on Monday to cap the "
            "number of branded items schools can require, calling the cost of uniforms “a "
            "tax on being a parent.”\n\n"
            "In a speech to head teachers in Birmingham, she said the cap would apply "
            "from September 2026. “If it carries a logo, it should be the exception, not "
            "the rule,” she said.\n\n"
            "The Association of School Leaders warned in a press release that the plan "
            "left schools “carrying the cost of a promise made in Westminster.”\n\n"
            "The campaigner Chloe Maddox, whose TikTok videos about second-hand uniforms "
            "have millions of views, welcomed the move in a clip on Tuesday. “Finally. "
            "Somebody in charge has been to a school shop,” she said.\n\n"
            "Not everyone agrees. Writing in The Telegraph, the former head teacher "
            "Graham Ashby argued that uniforms “level the playing field more than any "
            "policy ever will.” He added: “Take away the blazer and you hand the "
            "playground to the brands.”"
        ),
        "quotes": [
            ("a tax on being a parent.", "Amara Okonkwo-Reid", True, None),
            (
                "If it carries a logo, it should be the exception, not the rule,",
                "Amara Okonkwo-Reid",
                False,
                None,
            ),
            ("carrying the cost of a promise made in Westminster.", None, True, "P1"),
            ("Finally. Somebody in charge has been to a school shop,", "Chloe Maddox", False, "P2"),
            ("level the playing field more than any policy ever will.", "Graham Ashby", True, "P3"),
            (
                "Take away the blazer and you hand the playground to the brands.",
                "Graham Ashby",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Chloe Maddox", "TikTok"),
            ("P3", "Graham Ashby", "The Telegraph"),
        ],
        "people": ["Amara Okonkwo-Reid", "Chloe Maddox", "Graham Ashby"],
    },
    {
        "name": "coffee-chain-bean-prices-earnings-release-call-analyst-note-reddit",
        "text": (
            "Shares in Copperline Coffee fell 9 percent on Thursday after the chain said "
            "higher bean prices had wiped out its profit for the quarter.\n\n"
            "In its earnings release, Copperline said it would raise the price of a "
            "medium latte by 30 cents across its 1,400 stores. “We have absorbed as much "
            "as we responsibly can,” the release quoted the chief executive, Lorenzo "
            "Bassi, as saying.\n\n"
            "On a call with analysts, Bassi said customers had so far “barely noticed” "
            "earlier increases. He was pressed by Naomi Feldstein of Harwood Securities, "
            "who asked how long that would last.\n\n"
            "In a note to clients afterwards, Feldstein was sceptical. “Loyalty in coffee "
            "is measured in cents, and Copperline is running out of cents,” she wrote.\n\n"
            "On Reddit, a thread started by a user who said they were a Copperline shift "
            "supervisor drew hundreds of replies. “Half my regulars already switched to "
            "the gas station across the street,” the post said."
        ),
        "quotes": [
            ("We have absorbed as much as we responsibly can,", "Lorenzo Bassi", False, "P1"),
            ("barely noticed", "Lorenzo Bassi", True, None),
            (
                "Loyalty in coffee is measured in cents, and Copperline is running out of cents,",
                "Naomi Feldstein",
                False,
                "P2",
            ),
            (
                "Half my regulars already switched to the gas station across the street,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Naomi Feldstein", None),
            ("P3", None, "Reddit"),
        ],
        "people": ["Lorenzo Bassi", "Naomi Feldstein"],
    },
    {
        "name": "coffee-chain-union-vote-ceo-staff-email-union-x-reuters-all-hands",
        "text": (
            "Baristas at Harriet Bloom, the Seattle coffee chain named after its "
            "founder’s grandmother, will vote next month on whether to join a union, "
            "organisers said.\n\n"
            "The chain’s chief executive, Daniel Okafor, wrote to staff in an email on "
            "Monday that a union “would put a stranger between us.” He went on: “I would "
            "ask every one of you to talk to me before you talk to an organiser.”\n\n"
            "Workers United posted a screenshot of the email on X. “This is what "
            "union-busting sounds like when it says please,” the union wrote.\n\n"
            "A shift lead at the chain’s Ballard store, Sofía Restrepo, told Reuters she "
            "had signed a card on the first day. “We love this company. That is exactly "
            "why we want a say in it,” she said.\n\n"
            "Okafor held an all-hands meeting on Wednesday. According to two people who "
            "attended, he told employees that “nothing is off the table.”"
        ),
        "quotes": [
            ("would put a stranger between us.", "Daniel Okafor", True, "P1"),
            (
                "I would ask every one of you to talk to me before you talk to an organiser.",
                "Daniel Okafor",
                False,
                "P1",
            ),
            ("This is what union-busting sounds like when it says please,", None, False, "P2"),
            (
                "We love this company. That is exactly why we want a say in it,",
                "Sofía Restrepo",
                False,
                "P3",
            ),
            ("nothing is off the table.", "Daniel Okafor", True, None),
        ],
        "posts": [
            ("P1", "Daniel Okafor", None),
            ("P2", None, "X"),
            ("P3", "Sofía Restrepo", "Reuters"),
        ],
        "people": ["Daniel Okafor", "Sofía Restrepo"],
    },
    {
        "name": "coffee-shop-trademark-lawsuit-ruling-linkedin-lawyer-comment",
        "text": (
            "A federal judge in Texas has refused to stop a two-store coffee shop in "
            "Austin from calling itself Bean There, rejecting a trademark lawsuit brought "
            "by the national chain Been There Coffee Co.\n\n"
            "The chain’s lawsuit, filed in March, claimed the name was “calculated to "
            "confuse” its customers. In a 14-page ruling on Friday, Judge Marcus "
            "Whitfield disagreed. “No reasonable customer mistakes a two-store shop on "
            "South Congress for a chain of 600,” he wrote.\n\n"
            "The shop’s owner, Thảo Phạm, celebrated on LinkedIn. “Small businesses can "
            "win. Today we did,” she posted. Under her post, her lawyer, Gabriel Stein, "
            "commented: “Proud to have been part of this one.”\n\n"
            "Been There Coffee Co. said in an emailed statement that it was “reviewing "
            "its options.”\n\n"
            "Phạm said in an interview outside her store on Monday that she had taken "
            "more orders in a weekend than in the previous month. “I should thank them,” "
            "she said."
        ),
        "quotes": [
            ("calculated to confuse", None, True, "P1"),
            (
                (
                    "No reasonable customer mistakes a two-store shop on South Congress for a "
                    "chain of 600,"
                ),
                "Marcus Whitfield",
                False,
                "P2",
            ),
            ("Small businesses can win. Today we did,", "Thảo Phạm", False, "P3"),
            ("Proud to have been part of this one.", "Gabriel Stein", False, "P3"),
            ("reviewing its options.", None, True, "P4"),
            ("I should thank them,", "Thảo Phạm", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marcus Whitfield", None),
            ("P3", "Thảo Phạm", "LinkedIn"),
            ("P4", None, None),
        ],
        "people": ["Marcus Whitfield", "Thảo Phạm", "Gabriel Stein"],
    },
    {
        "name": "satellite-launch-scrub-company-x-founder-post-news-conference-newsday",
        "text": (
            "A rocket carrying Kenya’s first weather satellite was stood down 40 seconds "
            "before launch on Tuesday after a sensor flagged a pressure drop in the "
            "second stage.\n\n"
            "“Scrub for today. Vehicle and payload are safe. New date soon,” the launch "
            "company, Orbital Lattice, posted on X minutes later.\n\n"
            "The company’s founder, Anneke de Vries, added in a post of her own on X that "
            "the abort system had done “exactly what we built it to do.”\n\n"
            "At a news conference at the launch site, the mission director, Wanjiru Kamau "
            "of the Kenya Space Agency, said the satellite, called Mvua-1, would stay in "
            "its fairing. “We have waited eight years for this. We can wait another "
            "week,” she said.\n\n"
            "In an interview with the BBC’s Newsday programme, Kamau said farmers would "
            "be the first to benefit. “When it rains in the Rift Valley, and how much, "
            "decides whether a family eats,” she said."
        ),
        "quotes": [
            ("Scrub for today. Vehicle and payload are safe. New date soon,", None, False, "P1"),
            ("exactly what we built it to do.", "Anneke de Vries", True, "P2"),
            (
                "We have waited eight years for this. We can wait another week,",
                "Wanjiru Kamau",
                False,
                None,
            ),
            (
                "When it rains in the Rift Valley, and how much, decides whether a family eats,",
                "Wanjiru Kamau",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Anneke de Vries", "X"),
            ("P3", "Wanjiru Kamau", "Newsday"),
        ],
        "people": ["Anneke de Vries", "Wanjiru Kamau"],
    },
    {
        "name": "satellite-debris-journal-study-new-scientist-operator-statement-medium-essay",
        "text": (
            "Fragments from a broken-up Earth-observation satellite could stay in orbit "
            "for more than a century, according to a study published on Wednesday in the "
            "journal Acta Astronautica.\n\n"
            "The study, led by Dr. Ingrid Solberg of the Norwegian Space Centre, tracked "
            "1,100 pieces of debris. “This was one satellite. There are now more than "
            "9,000 active ones,” Solberg told New Scientist.\n\n"
            "The satellite’s operator, Veridian Orbital, said in a statement that the "
            "break-up had been caused by “an unforeseeable battery failure.”\n\n"
            "Not everyone accepts that. In an essay on Medium titled “Nothing in Orbit Is "
            "Unforeseeable,” the astronomer Rahul Menon pointed out that batteries of the "
            "same model had failed twice before. “We keep calling these accidents,” he "
            "wrote. “At some point a pattern stops being bad luck.”\n\n"
            "Solberg, speaking at a conference in Vienna on Thursday, said she agreed in "
            "part. “The industry knows what the risks are,” she told the audience."
        ),
        "quotes": [
            (
                "This was one satellite. There are now more than 9,000 active ones,",
                "Ingrid Solberg",
                False,
                "P2",
            ),
            ("an unforeseeable battery failure.", None, True, "P3"),
            ("We keep calling these accidents,", "Rahul Menon", False, "P4"),
            ("At some point a pattern stops being bad luck.", "Rahul Menon", False, "P4"),
            ("The industry knows what the risks are,", "Ingrid Solberg", False, None),
        ],
        "posts": [
            ("P1", "Ingrid Solberg", "Acta Astronautica"),
            ("P2", "Ingrid Solberg", "New Scientist"),
            ("P3", None, None),
            ("P4", "Rahul Menon", "Medium"),
        ],
        "people": ["Ingrid Solberg", "Rahul Menon"],
    },
    {
        "name": "cubesat-first-signal-university-release-podcast-conference-youtube-caption",
        "text": (
            "A shoebox-sized satellite built by students at Ferncliff University has sent "
            "its first signal from orbit, three weeks after it rode to space on a "
            "rideshare mission.\n\n"
            "“We heard it at 3:12 in the morning and nobody in the room could speak,” the "
            "university’s news release quoted the team lead, Tobias Engström, a "
            "fourth-year engineering student, as saying.\n\n"
            "The satellite, nicknamed “Wren” by the team, carries a camera designed to "
            "measure algae blooms in lakes. Its faculty adviser, Professor Adaeze Obi, "
            "described the mission on the podcast Orbital Mechanics. “Students built "
            "every part of this except the solar cells,” she said. “And they tried to "
            "build those too.”\n\n"
            "Engström told the audience at a student space conference in Glasgow on "
            "Saturday that the team had already applied for a second launch. “Wren needs "
            "a sister,” he said.\n\n"
            "His classmate Yaw Mensah-Bonsu posted a recording of the signal on YouTube "
            "with the caption “3:12 a.m. Best sound I have ever heard.”"
        ),
        "quotes": [
            (
                "We heard it at 3:12 in the morning and nobody in the room could speak,",
                "Tobias Engström",
                False,
                "P1",
            ),
            (
                "Students built every part of this except the solar cells,",
                "Adaeze Obi",
                False,
                "P2",
            ),
            ("And they tried to build those too.", "Adaeze Obi", False, "P2"),
            ("Wren needs a sister,", "Tobias Engström", False, None),
            ("3:12 a.m. Best sound I have ever heard.", "Yaw Mensah-Bonsu", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Adaeze Obi", "Orbital Mechanics"),
            ("P3", "Yaw Mensah-Bonsu", "YouTube"),
        ],
        "people": ["Tobias Engström", "Adaeze Obi", "Yaw Mensah-Bonsu"],
    },
    {
        "name": "dog-show-whippet-best-in-show-reporters-judge-release-instagram-caption",
        "text": (
            "A three-year-old whippet from Lancashire won best in show at the Northern "
            "Counties Championship Show in Harrogate on Sunday, beating more than 6,000 "
            "dogs.\n\n"
            "The dog, registered as “Moorgate Silver Comet” and known at home as Biscuit, "
            "is handled by her breeder, Margaret Oyelaran-Hughes, who has shown whippets "
            "for 35 years.\n\n"
            "“I have waited my whole life for that walk,” the breeder told reporters in "
            "the main ring. Her sister, Dorothy Hughes, who drove the dog to Harrogate, "
            "said she had cried through the final.\n\n"
            "The best-in-show judge, Sven Åkesson, told reporters that Biscuit had “the "
            "kind of movement you cannot teach.” The show’s organisers said in a press "
            "release that entries were the highest since 2019.\n\n"
            "On Monday, Oyelaran-Hughes posted a photo on Instagram of Biscuit asleep on "
            "the sofa with the caption “Best in show, best at napping.” Her granddaughter "
            "commented beneath it: “She deserves the whole sofa, Nana.”"
        ),
        "quotes": [
            ("I have waited my whole life for that walk,", "Margaret Oyelaran-Hughes", False, None),
            ("the kind of movement you cannot teach.", "Sven Åkesson", True, None),
            ("Best in show, best at napping.", "Margaret Oyelaran-Hughes", False, "P2"),
            ("She deserves the whole sofa, Nana.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Margaret Oyelaran-Hughes", "Instagram"),
        ],
        "people": ["Margaret Oyelaran-Hughes", "Dorothy Hughes", "Sven Åkesson"],
    },
    {
        "name": "dog-show-poodle-disqualified-facebook-reddit-thread-organisers-radio",
        "text": (
            "A row over the disqualification of a champion poodle at the Western Valley "
            "Dog Show has spilled onto social media, with the dog’s owner accusing the "
            "judge of bias.\n\n"
            "The owner, Camille Beaumont-Diallo, posted a long message on Facebook on "
            "Saturday. “My dog was disqualified for a ‘temperament issue’ after a child’s "
            "balloon popped beside the ring,” she wrote. “Any living creature would "
            "flinch.”\n\n"
            "A Reddit thread titled “Was the poodle DQ fair?” drew more than 600 "
            "comments. “Judges see things from the middle of the ring that phones don’t,” "
            "one user wrote in the thread.\n\n"
            "The show’s organisers said in a statement that the judge, Eleanor Tuttle, "
            "had applied the breed standard “to the letter.”\n\n"
            "Tuttle declined to discuss the case in detail when she appeared on BBC Radio "
            "Wiltshire on Monday. “I judge the dog in front of me, not the owner and not "
            "the internet,” she said. “I have done that for 30 years.”"
        ),
        "quotes": [
            (
                (
                    "My dog was disqualified for a ‘temperament issue’ after a child’s balloon "
                    "popped beside the ring,"
                ),
                "Camille Beaumont-Diallo",
                False,
                "P1",
            ),
            ("Any living creature would flinch.", "Camille Beaumont-Diallo", False, "P1"),
            ("Judges see things from the middle of the ring that phones don’t,", None, False, "P2"),
            ("to the letter.", None, True, "P3"),
            (
                "I judge the dog in front of me, not the owner and not the internet,",
                "Eleanor Tuttle",
                False,
                "P4",
            ),
            ("I have done that for 30 years.", "Eleanor Tuttle", False, "P4"),
        ],
        "posts": [
            ("P1", "Camille Beaumont-Diallo", "Facebook"),
            ("P2", None, "Reddit"),
            ("P3", None, None),
            ("P4", "Eleanor Tuttle", "BBC Radio Wiltshire"),
        ],
        "people": ["Camille Beaumont-Diallo", "Eleanor Tuttle"],
    },
    {
        "name": "pets-cat-lost-at-airport-facebook-appeal-courier-airport-statement",
        "text": (
            "A cat that escaped from its carrier at Halvorsen Airport in October has been "
            "found alive in a cargo warehouse, 41 days later and two kilograms lighter.\n\n"
            "Mochi, a grey British shorthair, bolted when her owner, Kenji Watanabe-Ross, "
            "was asked to take her out of the carrier at a security checkpoint. His "
            "Facebook post asking for help was shared 30,000 times. “She is small, scared "
            "and does not know this country. Please check your hangars,” he wrote.\n\n"
            "A cargo handler, Fatima Zahra Benali, found the cat behind a pallet of "
            "machine parts on Friday. “She hissed at me, then climbed straight into my "
            "lap,” Benali told the Halvorsen Courier.\n\n"
            "The airport said in a statement that it would review how pets are screened. "
            "“No passenger should be put in this position,” it said.\n\n"
            "Watanabe-Ross, speaking to reporters as he collected Mochi, said he planned "
            "to visit Benali’s team “with a very large cake.”"
        ),
        "quotes": [
            (
                "She is small, scared and does not know this country. Please check your hangars,",
                "Kenji Watanabe-Ross",
                False,
                "P1",
            ),
            (
                "She hissed at me, then climbed straight into my lap,",
                "Fatima Zahra Benali",
                False,
                "P2",
            ),
            ("No passenger should be put in this position,", None, False, "P3"),
            ("with a very large cake.", "Kenji Watanabe-Ross", True, None),
        ],
        "posts": [
            ("P1", "Kenji Watanabe-Ross", "Facebook"),
            ("P2", "Fatima Zahra Benali", "Halvorsen Courier"),
            ("P3", None, None),
        ],
        "people": ["Kenji Watanabe-Ross", "Fatima Zahra Benali"],
    },
]
