"""The one-hundred-and-sixty-seventh self-made dev set, held out (FQ): its first run is an unseen estimate.

Written with set FP, without reading the extraction rules, and committed before
any rule was run on it. Topic area: agriculture, food and rural life: farmers,
harvests, prices, animal disease, village disputes. Same format and conventions
as the earlier self-made sets (not a public corpus): an interview with a named
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
  reported without any quoted words (a police post on X, a press release or a
  market report only mentioned, a book) is still listed in posts.
- An organisation that "said" something with no medium named (the Food
  Standards Agency said on Wednesday; British Sweet announced) makes no post.
- A statement issued by a named person (the farm owner Ramón Quintana) is that
  person's post with no platform; a supermarket's statement has author None,
  and the words that follow it with "a spokesperson said" in the same
  paragraph are tied to it and speak as None.
- A company statement that "quoted its managing director ... as saying" has
  author None and the quote's speaker is the managing director (as BU did for
  a release).
- BBC Radio 4's Farming Today has platform Farming Today (the programme as
  written, as BU did for Today); Citizen TV, France Inter, NHK, ABC Rural and
  the BBC World Service are outlets as written.
- "Told Reuters": a named news agency is treated like a named newspaper, so the
  interview is a post with platform Reuters.
- A podcast's title in marks (“Field Notes”) is not a quote; the economist's
  appearance on it is her post with platform Field Notes.
- An essay on a person's Substack newsletter has platform Substack, not the
  newsletter's name.
- A letter published in a named newspaper (the Northamptonshire Telegraph) is
  the writer's post with that newspaper as platform, as for an op-ed.
- A chief executive's email to members is his post with no platform; a shift
  manager's email to staff "later shared with the Yorkshire Post" is her post
  with no platform (sharing it with a paper does not make it an interview).
- An open letter signed by more than 300 growers has author None and platform
  None, and its words speak as None (as BU).
- A fragment of a lawsuit by a cooperative and of a government report (the
  monthly crop report of the Agriculture Department) speaks as None, is
  partial, and belongs to that lawsuit or report; an agency's published report
  (also a weekly market report) is a post with author None and no platform.
- A named farmer "answered in the same group" (not "under her post") in a
  village Facebook group: that is a new Facebook post of his own.
- A named farmer's message in a village WhatsApp group is his post with
  platform WhatsApp.
- A second livestream on YouTube is a new YouTube post; the fragment in the
  same sentence ("adding that ...") belongs to it. Words a streamer "told his
  viewers" during a livestream belong to the livestream.
- Words "he says in the clip" or "in his most-watched video" belong to that
  video post; "says" in narration with no post named (honey is “syrup with a
  passport.”) is a partial quote with post None.
- "In the same interview" ties a later fragment to that interview; "Asked by
  the programme's host" ties the minister's next words to the radio interview.
- A quote that runs over two paragraphs in wire style (the first paragraph
  has no closing mark, the second reopens with a mark) is one quote per
  paragraph; the first one's text runs from the opening mark to the end of its
  paragraph; both belong to the interview introduced just before with a colon.
- A term in marks after "so-called" (“worst case”) is a scare quote, and a
  term such as the "protection zone" is not a quote.
- A nickname inside a name (Bruce “Bluey” McAllister) is not a quote and not
  part of the canonical name; a trade nickname ("the Rice King"), a gang's
  nickname (“los del búho,”), a house name (“the Big House,”), a cheese's name
  (“Little Wick”) and a book title (“The Last Paddy,”) are not quotes.
- A book in which the author "writes" something, with no quoted words, is the
  author's post with no platform.
- A quote that opens the story before its attribution (“...,” said Graham
  Pettifer) with no medium is not a post.
- An unnamed grower who "asked not to be named" speaks as None; his fragment
  is partial with post None; an unnamed Reddit user's reply speaks as None and
  belongs to the thread (as BU).
- A senator's reply "to his post" on X belongs to that post (as BU for
  replies); the first name "Dale" inside her reply is not a new person.
- Two siblings named Kamau: "Kamau said she ..." is Grace Wanjiru Kamau (the
  pronoun settles it); her last quote, after a bare "said", is not tied to her
  television interview and has post None.
- An "Instagram story" is an Instagram post, and a scare quote in single marks
  inside it (‘just a precaution’) is part of the quote's text (as BU); a photo
  posted "on his own Instagram with the caption" is a new post by the partner
  and the caption is a whole quote.
- Two quotes of one speaker separated by "he said" are two quotes with the
  same post (or both None at a news conference or a sale).
- Spanish double surnames and Kenyan three-part names are kept in full as
  written (Antonio Jiménez Lozano, Pilar Moreno Cuesta, Grace Wanjiru Kamau,
  Joseph Ole Ntimama); Japanese names keep the order as written (Sato Kenji,
  Mori Yukiko); titles such as Dr., Judge, Senator, Councillor and Agriculture
  Secretary are not part of a name; hyphenated surnames are kept.
- "Told the crowd" at a cattle sale, "speaking in the Commons", a parish
  council meeting and a meeting in a village hall are not posts.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FQ: list[dict] = [
    {
        "name": "x-dairy-price-cut-processor-statement-mart",
        "text": (
            "Gwen Pritchard, who milks 180 cows near Carmarthen, posted on X on Monday that her "
            "processor’s latest price cut would leave her losing money on every litre. “We are "
            "being paid 34p for milk that costs us 38p to produce. Nobody can run a business like "
            "that,” she wrote.\n\n"
            "The processor, Vale Creameries, said in a statement that the cut reflected falling "
            "butter and cheese prices across Europe. “We know this is painful, and we will review "
            "the price again in April,” the statement quoted its managing director, Alun Roberts, "
            "as saying.\n\n"
            "Speaking to reporters outside Carmarthen mart on Wednesday, the president of the "
            "county’s farmers’ union, Hefin Morgan-Lloyd, said Pritchard was far from alone. “If "
            "processors keep passing every fall straight to the farm gate, there will be no "
            "family dairies left in this valley,” he said."
        ),
        "quotes": [
            (
                "We are being paid 34p for milk that costs us 38p to produce. Nobody can run a "
                "business like that,",
                "Gwen Pritchard",
                False,
                "P1",
            ),
            (
                "We know this is painful, and we will review the price again in April,",
                "Alun Roberts",
                False,
                "P2",
            ),
            (
                "If processors keep passing every fall straight to the farm gate, there will be "
                "no family dairies left in this valley,",
                "Hefin Morgan-Lloyd",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Gwen Pritchard", "X"),
            ("P2", None, None),
        ],
        "people": ["Gwen Pritchard", "Alun Roberts", "Hefin Morgan-Lloyd"],
    },
    {
        "name": "bird-flu-cull-facebook-farming-today-village-hall",
        "text": (
            "Avian influenza has been confirmed at a free-range egg farm outside Thirsk, and all "
            "32,000 hens on the site will be culled, the Department for Rural Affairs said in a "
            'press release on Thursday. A 3-kilometre "protection zone" has been set up around '
            "the farm.\n\n"
            "The farm's owner, Rachel Ainsworth, wrote on Facebook that she had found the first "
            'dead birds on Sunday morning. "Twenty years of building this flock, gone in a week. '
            'Please, if you keep birds, get them inside now," she wrote.\n\n'
            "The chief veterinary officer, Dr. Priya Nandakumar, told BBC Radio 4's Farming Today "
            'that the risk to the public remained very low. "This is a disease of birds. Properly '
            'cooked eggs and poultry are safe to eat," she said.\n\n'
            "At a packed meeting in the village hall that evening, Ainsworth's neighbour Colin "
            'Heseltine asked how long the restrictions would last. "Nobody has given us a '
            'straight answer," he said.'
        ),
        "quotes": [
            (
                "Twenty years of building this flock, gone in a week. Please, if you keep birds, "
                "get them inside now,",
                "Rachel Ainsworth",
                False,
                "P2",
            ),
            (
                "This is a disease of birds. Properly cooked eggs and poultry are safe to eat,",
                "Priya Nandakumar",
                False,
                "P3",
            ),
            ("Nobody has given us a straight answer,", "Colin Heseltine", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rachel Ainsworth", "Facebook"),
            ("P3", "Priya Nandakumar", "Farming Today"),
        ],
        "people": ["Rachel Ainsworth", "Priya Nandakumar", "Colin Heseltine"],
    },
    {
        "name": "tiktok-potato-harvest-comment-irish-times",
        "text": (
            "Ciarán Ó Dálaigh, a 26-year-old potato grower from north County Dublin, has drawn "
            "more than two million views with a TikTok video of his harvester sinking into a "
            "waterlogged field. “That’s a third of the crop still in the ground and it’s the "
            "middle of November,” he says in the clip.\n\n"
            "In a comment under the video, the agronomist Siobhán Kehoe wrote: “Every grower on "
            "the east coast is looking at the same picture this week.”\n\n"
            "Ó Dálaigh told The Irish Times that he expected to leave some fields unharvested. "
            "“You can’t lift potatoes out of soup,” he said. In the same interview, he described "
            "the family’s 90-year-old farmhouse, known locally as “the Big House,” as “the only "
            "dry thing on the place.”"
        ),
        "quotes": [
            (
                "That’s a third of the crop still in the ground and it’s the middle of November,",
                "Ciarán Ó Dálaigh",
                False,
                "P1",
            ),
            (
                "Every grower on the east coast is looking at the same picture this week.",
                "Siobhán Kehoe",
                False,
                "P1",
            ),
            ("You can’t lift potatoes out of soup,", "Ciarán Ó Dálaigh", False, "P2"),
            ("the only dry thing on the place.", "Ciarán Ó Dálaigh", True, "P2"),
        ],
        "posts": [
            ("P1", "Ciarán Ó Dálaigh", "TikTok"),
            ("P2", "Ciarán Ó Dálaigh", "The Irish Times"),
        ],
        "people": ["Ciarán Ó Dálaigh", "Siobhán Kehoe"],
    },
    {
        "name": "acequia-water-lawsuit-statement-ruling-mayordomo",
        "text": (
            "A dispute over water from the Acequia Madre, the 300-year-old irrigation ditch that "
            "feeds the fields of San Isidro, reached district court this week. In a lawsuit filed "
            "on Monday, the Upper Valley Growers Cooperative accused a neighbouring alfalfa farm "
            'of diverting "far more than its historic share" during the summer drought.\n\n'
            "The farm's owner, Ramón Quintana, said in a statement that his family had irrigated "
            'from the ditch since 1912. "We have taken what our rights allow and not a drop '
            'more," he said.\n\n'
            "On Thursday, Judge Elena Carrasco-Vigil denied the cooperative's request for an "
            'emergency order. The diversion "has not been shown to cause irreparable harm," she '
            "wrote in her ruling.\n\n"
            "The ditch's elected overseer, the mayordomo, Felipe Archuleta, told reporters after "
            'the hearing that he hoped the neighbours would settle. "In this valley we still have '
            'to look each other in the eye at Mass on Sunday," he said.'
        ),
        "quotes": [
            ("far more than its historic share", None, True, "P1"),
            (
                "We have taken what our rights allow and not a drop more,",
                "Ramón Quintana",
                False,
                "P2",
            ),
            ("has not been shown to cause irreparable harm,", "Elena Carrasco-Vigil", True, "P3"),
            (
                "In this valley we still have to look each other in the eye at Mass on Sunday,",
                "Felipe Archuleta",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ramón Quintana", None),
            ("P3", "Elena Carrasco-Vigil", None),
        ],
        "people": ["Ramón Quintana", "Elena Carrasco-Vigil", "Felipe Archuleta"],
    },
    {
        "name": "instagram-bakery-flour-linkedin-miller-podcast",
        "text": (
            "The price of a loaf at Maison Dufresne, a bakery in Lyon’s Croix-Rousse district, "
            "rose to €1.60 on Saturday, and its owner, Camille Dufresne, explained why in an "
            "Instagram reel. “Flour is up 40 percent since the spring. I held out as long as I "
            "could,” she said in the video.\n\n"
            "The miller who supplies her, Bertrand Lacaze, responded with a LinkedIn post of his "
            "own, blaming a poor wheat harvest in the Beauce. “Bakers and millers are on the same "
            "side of this,” he wrote. “The weather did this, not the mills.”\n\n"
            "On the farm economics podcast “Field Notes,” the agricultural economist Marta "
            "Gołębiewska said bread prices would probably stay high until next summer’s harvest. "
            "“Don’t expect relief before August,” she said."
        ),
        "quotes": [
            (
                "Flour is up 40 percent since the spring. I held out as long as I could,",
                "Camille Dufresne",
                False,
                "P1",
            ),
            ("Bakers and millers are on the same side of this,", "Bertrand Lacaze", False, "P2"),
            ("The weather did this, not the mills.", "Bertrand Lacaze", False, "P2"),
            ("Don’t expect relief before August,", "Marta Gołębiewska", False, "P3"),
        ],
        "posts": [
            ("P1", "Camille Dufresne", "Instagram"),
            ("P2", "Bertrand Lacaze", "LinkedIn"),
            ("P3", "Marta Gołębiewska", "Field Notes"),
        ],
        "people": ["Camille Dufresne", "Bertrand Lacaze", "Marta Gołębiewska"],
    },
    {
        "name": "reddit-sheep-worrying-police-x-commons",
        "text": (
            "A thread on Reddit’s r/UKfarming, started by a user who said she farmed sheep in the "
            "Peak District, has collected hundreds of replies since she posted photographs of "
            "ewes killed by a loose dog. “Eleven ewes, all in lamb. The owner walked off "
            "laughing,” the user wrote.\n\n"
            "One reply came from a dog walker who did not give a name: “Most of us keep them on "
            "leads. Don’t tar everyone with the same brush.”\n\n"
            "Derbyshire Constabulary said in a post on X that it was investigating and urged "
            "walkers to keep dogs on leads near livestock.\n\n"
            "Speaking in the Commons on Tuesday, the local MP, Harriet Oyelaran-Booth, called for "
            "tougher fines. “A dog that kills sheep is a loaded weapon in the wrong hands,” she "
            "said."
        ),
        "quotes": [
            ("Eleven ewes, all in lamb. The owner walked off laughing,", None, False, "P1"),
            (
                "Most of us keep them on leads. Don’t tar everyone with the same brush.",
                None,
                False,
                "P1",
            ),
            (
                "A dog that kills sheep is a loaded weapon in the wrong hands,",
                "Harriet Oyelaran-Booth",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, "X"),
        ],
        "people": ["Harriet Oyelaran-Booth"],
    },
    {
        "name": "rice-export-ban-news-conference-x-reuters",
        "text": (
            "India will restrict exports of non-basmati white rice with immediate effect, the "
            "food minister, Rajesh Venkataraman, told a news conference in New Delhi on Thursday. "
            '"Our first duty is to the Indian consumer," he said. "Prices in the home market have '
            'risen too far, too fast."\n\n'
            'Hours later he wrote on X that the ban was "temporary and will be reviewed every '
            'month."\n\n'
            "The Rice Exporters Association said in a press release that the decision would cost "
            "its members billions of rupees in cancelled contracts. Its president, Anil Kumar "
            'Sethi, known in the trade as "the Rice King," told Reuters that buyers in West '
            'Africa would be hit hardest. "Senegal and Benin have nowhere else to turn at this '
            'price," he said.'
        ),
        "quotes": [
            ("Our first duty is to the Indian consumer,", "Rajesh Venkataraman", False, None),
            (
                "Prices in the home market have risen too far, too fast.",
                "Rajesh Venkataraman",
                False,
                None,
            ),
            ("temporary and will be reviewed every month.", "Rajesh Venkataraman", True, "P1"),
            (
                "Senegal and Benin have nowhere else to turn at this price,",
                "Anil Kumar Sethi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rajesh Venkataraman", "X"),
            ("P2", None, "press release"),
            ("P3", "Anil Kumar Sethi", "Reuters"),
        ],
        "people": ["Rajesh Venkataraman", "Anil Kumar Sethi"],
    },
    {
        "name": "substack-organic-fees-open-letter-ceo-email",
        "text": (
            "In an essay on her Substack, Dispatches from the Allotment, the food writer Helen "
            "Okonkwo-Reid argued that organic certification had become too expensive for small "
            "growers. “A market gardener with two acres pays the same fees as an estate with two "
            "thousand,” she wrote.\n\n"
            "More than 300 growers have since signed an open letter to the Organic Standards "
            "Board calling for a sliding scale of fees. “We are not asking for a free pass, only "
            "a fair one,” the letter says.\n\n"
            "In an email to members on Friday, the board’s chief executive, Martin Ashdown, said "
            "the fees were under review. He wrote that the board “hears the frustration” and "
            "would publish proposals in the new year."
        ),
        "quotes": [
            (
                "A market gardener with two acres pays the same fees as an estate with two "
                "thousand,",
                "Helen Okonkwo-Reid",
                False,
                "P1",
            ),
            ("We are not asking for a free pass, only a fair one,", None, False, "P2"),
            ("hears the frustration", "Martin Ashdown", True, "P3"),
        ],
        "posts": [
            ("P1", "Helen Okonkwo-Reid", "Substack"),
            ("P2", None, None),
            ("P3", "Martin Ashdown", None),
        ],
        "people": ["Helen Okonkwo-Reid", "Martin Ashdown"],
    },
    {
        "name": "tractor-protest-youtube-livestreams-france-inter",
        "text": (
            "Hundreds of tractors blocked the périphérique around Paris on Monday as farmers "
            "protested against cheap imports and new pesticide rules. The protest’s best-known "
            "face, the Gers cereal farmer Jérôme Castagnède, streamed the convoy live on YouTube. "
            "“We feed this country and they treat us like criminals,” he told his viewers as the "
            "tractors crawled past the Porte d’Orléans.\n\n"
            "The agriculture minister, Sophie Bertrand-Lemaire, told France Inter on Tuesday "
            "morning that the government would pause the pesticide rules for a year. “I have "
            "heard the anger, and I am not going to pretend it isn’t justified,” she said. Asked "
            "by the programme’s host whether that went far enough, the minister said: “It is a "
            "beginning, not an end.”\n\n"
            "Castagnède was unmoved. “A pause is not a cancellation,” he said on a second "
            "livestream that evening, adding that the tractors would stay “as long as it takes.”"
        ),
        "quotes": [
            (
                "We feed this country and they treat us like criminals,",
                "Jérôme Castagnède",
                False,
                "P1",
            ),
            (
                "I have heard the anger, and I am not going to pretend it isn’t justified,",
                "Sophie Bertrand-Lemaire",
                False,
                "P2",
            ),
            ("It is a beginning, not an end.", "Sophie Bertrand-Lemaire", False, "P2"),
            ("A pause is not a cancellation,", "Jérôme Castagnède", False, "P3"),
            ("as long as it takes.", "Jérôme Castagnède", True, "P3"),
        ],
        "posts": [
            ("P1", "Jérôme Castagnède", "YouTube"),
            ("P2", "Sophie Bertrand-Lemaire", "France Inter"),
            ("P3", "Jérôme Castagnède", "YouTube"),
        ],
        "people": ["Jérôme Castagnède", "Sophie Bertrand-Lemaire"],
    },
    {
        "name": "foot-and-mouth-buffalo-two-paragraph-interview",
        "text": (
            "Germany confirmed its first case of foot-and-mouth disease in nearly four decades on "
            "Friday, in a herd of water buffalo east of Berlin. The federal agriculture ministry "
            "said in a statement that all cloven-hoofed animals within a kilometre of the farm "
            "would be culled.\n\n"
            "The state veterinarian for Brandenburg, Dr. Katrin Vogelsang, described the first "
            "hours of the outbreak in an interview with the Berliner Zeitung published on "
            "Saturday:\n\n"
            "“We had the results at two in the morning, and by six the roads around the farm were "
            "closed. Nobody slept. Farmers were ringing me from three districts away asking if "
            "they should move their cattle.\n\n"
            "“I told every one of them the same thing: do not move a single animal until we know "
            "how far this has gone.”\n\n"
            "South Korea and the United Kingdom suspended imports of German pork within hours. At "
            "a briefing in Potsdam on Sunday, Vogelsang said contingency plans drawn up for a "
            "so-called “worst case” had assumed hundreds of infected farms."
        ),
        "quotes": [
            (
                "We had the results at two in the morning, and by six the roads around the farm "
                "were closed. Nobody slept. Farmers were ringing me from three districts away "
                "asking if they should move their cattle.",
                "Katrin Vogelsang",
                False,
                "P2",
            ),
            (
                "I told every one of them the same thing: do not move a single animal until we "
                "know how far this has gone.",
                "Katrin Vogelsang",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Katrin Vogelsang", "Berliner Zeitung"),
        ],
        "people": ["Katrin Vogelsang"],
    },
    {
        "name": "honey-fraud-bluesky-thread-reply-supermarket-threads",
        "text": (
            "Beekeeper Tomasz Wierzbicki says much of the cheap honey on British shelves is "
            "“syrup with a passport.” In a Bluesky thread on Sunday he posted lab results for 12 "
            "jars bought in London supermarkets. “Nine of the twelve failed. Nine,” he wrote.\n\n"
            "A food-fraud researcher at Queen’s University Belfast, Dr. Aoife Brennan-McCall, "
            "replied under the thread: “These tests are good, but they are not the last word. "
            "Send the samples to a second lab.”\n\n"
            "Harcourt’s, the supermarket chain that sold four of the jars, said in a statement "
            "that its suppliers were audited every year. “We take any allegation about the "
            "authenticity of our products extremely seriously,” a spokesperson said.\n\n"
            "Wierzbicki later posted on Threads that he would pay for the second round of tests "
            "“out of my own pocket, if that’s what it takes.”"
        ),
        "quotes": [
            ("syrup with a passport.", "Tomasz Wierzbicki", True, None),
            ("Nine of the twelve failed. Nine,", "Tomasz Wierzbicki", False, "P1"),
            (
                "These tests are good, but they are not the last word. Send the samples to a "
                "second lab.",
                "Aoife Brennan-McCall",
                False,
                "P1",
            ),
            (
                "We take any allegation about the authenticity of our products extremely "
                "seriously,",
                None,
                False,
                "P2",
            ),
            ("out of my own pocket, if that’s what it takes.", "Tomasz Wierzbicki", True, "P3"),
        ],
        "posts": [
            ("P1", "Tomasz Wierzbicki", "Bluesky"),
            ("P2", None, None),
            ("P3", "Tomasz Wierzbicki", "Threads"),
        ],
        "people": ["Tomasz Wierzbicki", "Aoife Brennan-McCall"],
    },
    {
        "name": "cocoa-earnings-call-analyst-note-ghana-farmer",
        "text": (
            "Cocoa prices have more than tripled in two years, and Brennermann, the Swiss "
            "chocolate maker, said in its half-year earnings release on Wednesday that it would "
            "raise prices again in the autumn.\n\n"
            "On a call with analysts, the chief executive, Lukas Hofstetter, said shoppers had so "
            'far accepted the increases. "People are buying smaller bars, but they are still '
            'buying chocolate," he said.\n\n'
            "In a note to clients, Nadia Petrossian, an analyst at Halden & Co., wrote that the "
            'company\'s "pricing power is being tested to its limit."\n\n'
            "In Ghana's Western Region, the cocoa farmer Kwabena Asante-Mensah, 58, told the BBC "
            'World Service that little of the windfall had reached growers. "The price in London '
            'goes up, and the price at my farm gate stays where the government sets it," he said.'
        ),
        "quotes": [
            (
                "People are buying smaller bars, but they are still buying chocolate,",
                "Lukas Hofstetter",
                False,
                None,
            ),
            ("pricing power is being tested to its limit.", "Nadia Petrossian", True, "P2"),
            (
                "The price in London goes up, and the price at my farm gate stays where the "
                "government sets it,",
                "Kwabena Asante-Mensah",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Nadia Petrossian", None),
            ("P3", "Kwabena Asante-Mensah", "BBC World Service"),
        ],
        "people": ["Lukas Hofstetter", "Nadia Petrossian", "Kwabena Asante-Mensah"],
    },
    {
        "name": "pig-unit-village-facebook-group-parish-council-letter",
        "text": (
            "Plans for a 2,000-pig finishing unit on the edge of Little Harrowden have split the "
            "Northamptonshire village. In a post in the village’s Facebook group, the retired "
            "headteacher Margaret Fairweather wrote that residents had “not been told the half of "
            "it.”\n\n"
            "The farmer behind the application, Owen Blakesley, whose family has farmed at Manor "
            "Farm since the 1930s, answered in the same group the next day. “I live here too. I’m "
            "not going to build something that makes my own kitchen stink,” he wrote.\n\n"
            "At Monday’s parish council meeting, which had to be moved to the church to fit "
            "everyone in, the chair, Councillor Derek Ilsley, appealed for calm. “Whatever the "
            "district council decides, we will still be neighbours afterwards,” he said.\n\n"
            "In a letter published in the Northamptonshire Telegraph on Thursday, Fairweather "
            "called the scheme “a factory dressed up as a farm.”"
        ),
        "quotes": [
            ("not been told the half of it.", "Margaret Fairweather", True, "P1"),
            (
                "I live here too. I’m not going to build something that makes my own kitchen "
                "stink,",
                "Owen Blakesley",
                False,
                "P2",
            ),
            (
                "Whatever the district council decides, we will still be neighbours afterwards,",
                "Derek Ilsley",
                False,
                None,
            ),
            ("a factory dressed up as a farm.", "Margaret Fairweather", True, "P3"),
        ],
        "posts": [
            ("P1", "Margaret Fairweather", "Facebook"),
            ("P2", "Owen Blakesley", "Facebook"),
            ("P3", "Margaret Fairweather", "Northamptonshire Telegraph"),
        ],
        "people": ["Margaret Fairweather", "Owen Blakesley", "Derek Ilsley"],
    },
    {
        "name": "avocado-export-rule-kamau-siblings-briefing",
        "text": (
            "Avocado growers in Murang’a County say a new export rule is leaving fruit to rot on "
            "the trees. Grace Wanjiru Kamau, who chairs the Kiharu Smallholder Avocado "
            "Cooperative, told Citizen TV on Sunday that brokers had stopped buying after the "
            "agriculture ministry tightened its maturity testing. “We have 40 tonnes ready and "
            "nobody to sell it to,” she said.\n\n"
            "Her brother, Peter Mwangi Kamau, who grows avocados on the neighbouring plot, posted "
            "a video on Facebook showing fruit piled beside the road. “This is what the new rules "
            "look like on the ground,” he said in the video.\n\n"
            "The principal secretary in the agriculture ministry, Dr. Joseph Ole Ntimama, "
            "defended the rule at a press briefing in Nairobi. “Kenya’s name was being ruined by "
            "immature fruit arriving in Europe,” he said. Asked about the growers’ complaints, "
            "the principal secretary said brokers had been “gaming the system for years.”\n\n"
            "Kamau said she would take the growers’ case to the county assembly. “If Nairobi "
            "won’t listen, maybe our own assembly will,” she said."
        ),
        "quotes": [
            (
                "We have 40 tonnes ready and nobody to sell it to,",
                "Grace Wanjiru Kamau",
                False,
                "P1",
            ),
            (
                "This is what the new rules look like on the ground,",
                "Peter Mwangi Kamau",
                False,
                "P2",
            ),
            (
                "Kenya’s name was being ruined by immature fruit arriving in Europe,",
                "Joseph Ole Ntimama",
                False,
                None,
            ),
            ("gaming the system for years.", "Joseph Ole Ntimama", True, None),
            (
                "If Nairobi won’t listen, maybe our own assembly will,",
                "Grace Wanjiru Kamau",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Grace Wanjiru Kamau", "Citizen TV"),
            ("P2", "Peter Mwangi Kamau", "Facebook"),
        ],
        "people": ["Grace Wanjiru Kamau", "Peter Mwangi Kamau", "Joseph Ole Ntimama"],
    },
    {
        "name": "soybean-report-x-post-senator-reply-hearing",
        "text": (
            "U.S. soybean exports to China fell 38 percent in the first half of the year, the "
            "Agriculture Department said in its monthly World Agricultural Supply and Demand "
            'Estimates report on Friday, which described Chinese demand as "historically '
            'weak."\n\n'
            "Dale Hendricks, who grows 1,400 acres of soybeans and corn near Storm Lake, Iowa, "
            "posted on X the same day: \"Beans in the bin I can't sell and a loan payment due in "
            'March. Somebody in Washington explain the plan to me."\n\n'
            'Senator Marianne Kowalczyk, a Republican from Nebraska, replied to his post: "Dale, '
            "you're not alone. I'm raising this with the Secretary this week.\"\n\n"
            "At a Senate Agriculture Committee hearing on Tuesday, Kowalczyk pressed Agriculture "
            "Secretary Thomas Reardon on aid payments. \"Farmers don't want a bailout. They want "
            'a market," she said. Reardon said the administration was "working on it every single '
            'day."'
        ),
        "quotes": [
            ("historically weak.", None, True, "P1"),
            (
                "Beans in the bin I can't sell and a loan payment due in March. Somebody in "
                "Washington explain the plan to me.",
                "Dale Hendricks",
                False,
                "P2",
            ),
            (
                "Dale, you're not alone. I'm raising this with the Secretary this week.",
                "Marianne Kowalczyk",
                False,
                "P2",
            ),
            (
                "Farmers don't want a bailout. They want a market,",
                "Marianne Kowalczyk",
                False,
                None,
            ),
            ("working on it every single day.", "Thomas Reardon", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dale Hendricks", "X"),
        ],
        "people": ["Dale Hendricks", "Marianne Kowalczyk", "Thomas Reardon"],
    },
    {
        "name": "listeria-cheese-recall-release-instagram-caption",
        "text": (
            "A small Somerset cheesemaker has recalled every batch of its soft cheese “Little "
            "Wick” after listeria was found during routine testing, the Food Standards Agency "
            "said on Wednesday.\n\n"
            "The company, Cadbury Hill Dairy, said in a press release that no illnesses had been "
            "reported. “Safety comes before everything else we do,” the release quoted its "
            "co-founder, Jess Tamworth-Hale, as saying.\n\n"
            "Tamworth-Hale was more emotional in an Instagram story that evening. “Ten years of "
            "making this cheese by hand and one bad test. To everyone calling this ‘just a "
            "precaution’: it isn’t, and we’re treating it that way,” she wrote.\n\n"
            "Her business partner, Sam Okafor, posted a photo of the empty cheese room on his own "
            "Instagram with the caption “Back soon. Better than ever.”"
        ),
        "quotes": [
            ("Safety comes before everything else we do,", "Jess Tamworth-Hale", False, "P1"),
            (
                "Ten years of making this cheese by hand and one bad test. To everyone calling "
                "this ‘just a precaution’: it isn’t, and we’re treating it that way,",
                "Jess Tamworth-Hale",
                False,
                "P2",
            ),
            ("Back soon. Better than ever.", "Sam Okafor", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Jess Tamworth-Hale", "Instagram"),
            ("P3", "Sam Okafor", "Instagram"),
        ],
        "people": ["Jess Tamworth-Hale", "Sam Okafor"],
    },
    {
        "name": "drought-cattle-sale-auctioneer-nickname-abc-rural",
        "text": (
            "Cattle prices at the Roma saleyards, the largest in Australia, fell to a four-year "
            "low on Tuesday as graziers across south-west Queensland sold stock they can no "
            "longer feed.\n\n"
            "The auctioneer, Bruce “Bluey” McAllister, told the crowd before the first pen was "
            "sold that he had never seen so many breeding cows go through in a single day. “These "
            "aren’t culls, these are the good cows,” he said. “That tells you everything.”\n\n"
            "Grazier Leanne Tully, who sold 300 head, told ABC Rural that the dams on her "
            "property near Mitchell had been dry since June. “We’ve been carting water for four "
            "months. You can’t do that forever,” she said.\n\n"
            "Meat & Livestock Australia said in its weekly market report that prices were likely "
            "to recover once the season broke."
        ),
        "quotes": [
            ("These aren’t culls, these are the good cows,", "Bruce McAllister", False, None),
            ("That tells you everything.", "Bruce McAllister", False, None),
            (
                "We’ve been carting water for four months. You can’t do that forever,",
                "Leanne Tully",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Leanne Tully", "ABC Rural"),
            ("P2", None, None),
        ],
        "people": ["Bruce McAllister", "Leanne Tully"],
    },
    {
        "name": "olive-thefts-whatsapp-group-guardia-civil-el-pais",
        "text": (
            "With olive oil selling for more than €8 a litre, thieves have been stripping groves "
            "at night across Jaén province. In the village of Arjonilla, the farmer Antonio "
            "Jiménez Lozano lost nearly two tonnes of olives from his trees in a single night "
            "last week. He warned his neighbours in the village’s WhatsApp group the next "
            "morning: “They came with nets and a van. Check your trees today.”\n\n"
            "The Guardia Civil said in a press release on Friday that it had arrested four men "
            "and recovered 1.5 tonnes of olives.\n\n"
            "Arjonilla’s mayor, Pilar Moreno Cuesta, told El País that the village had started "
            "night patrols. “Farmers who have never had a quarrel in their lives are sleeping in "
            "their cars at the edge of their groves,” she said. She said the thieves were known "
            "locally as “los del búho,” the owl gang, because they worked only in the dark."
        ),
        "quotes": [
            (
                "They came with nets and a van. Check your trees today.",
                "Antonio Jiménez Lozano",
                False,
                "P1",
            ),
            (
                "Farmers who have never had a quarrel in their lives are sleeping in their cars "
                "at the edge of their groves,",
                "Pilar Moreno Cuesta",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Antonio Jiménez Lozano", "WhatsApp"),
            ("P2", None, "press release"),
            ("P3", "Pilar Moreno Cuesta", "El País"),
        ],
        "people": ["Antonio Jiménez Lozano", "Pilar Moreno Cuesta"],
    },
    {
        "name": "sugar-beet-factory-closure-linkedin-unnamed-grower-email",
        "text": (
            "“This is the end of sugar beet in the north of England,” said Graham Pettifer, who "
            "has grown beet near York for 31 years, after British Sweet announced on Tuesday that "
            "it would close its Selby factory after this winter’s campaign.\n\n"
            "The company said in a LinkedIn post that the factory had lost money for three years "
            "in a row and that next year’s crop would be processed at its plant in Newark. "
            "Growers in Yorkshire say the 90-mile haul would wipe out their margins.\n\n"
            "One grower, who asked not to be named because he still has a contract with the "
            "company, said the closure was “a slow death for every farm north of the Humber.”\n\n"
            "The factory’s shift manager, Lorraine Atkinson, wrote in an email to staff that was "
            "later shared with the Yorkshire Post: “Whatever happens next, you have been the best "
            "team I have ever worked with.”"
        ),
        "quotes": [
            (
                "This is the end of sugar beet in the north of England,",
                "Graham Pettifer",
                False,
                None,
            ),
            ("a slow death for every farm north of the Humber.", None, True, None),
            (
                "Whatever happens next, you have been the best team I have ever worked with.",
                "Lorraine Atkinson",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "LinkedIn"),
            ("P2", "Lorraine Atkinson", None),
        ],
        "people": ["Graham Pettifer", "Lorraine Atkinson"],
    },
    {
        "name": "japan-rice-prices-youtube-farmer-nhk-book",
        "text": (
            "Rice prices in Japan have nearly doubled in a year, and in the village of Ōkura in "
            "Yamagata Prefecture the farmer Sato Kenji has become an unlikely celebrity. His "
            "YouTube channel, where he posts short videos from his paddies, has passed 500,000 "
            "subscribers. “The rice doesn’t know the price has gone up. It grows the same as "
            "always,” he says in his most-watched video.\n\n"
            "The agriculture minister, Mori Yukiko, told NHK on Wednesday that the government "
            "would release another 300,000 tonnes of rice from its stockpile. “Families should "
            "not have to choose between rice and other necessities,” she said.\n\n"
            "Sato is less sure that will help. In his new book, “The Last Paddy,” he writes that "
            "villages like his are emptying faster than any stockpile can fix. His neighbour "
            "Takahashi Ren, 81, who still plants by hand, put it more simply: “When I go, nobody "
            "will plant this field.”"
        ),
        "quotes": [
            (
                "The rice doesn’t know the price has gone up. It grows the same as always,",
                "Sato Kenji",
                False,
                "P1",
            ),
            (
                "Families should not have to choose between rice and other necessities,",
                "Mori Yukiko",
                False,
                "P2",
            ),
            ("When I go, nobody will plant this field.", "Takahashi Ren", False, None),
        ],
        "posts": [
            ("P1", "Sato Kenji", "YouTube"),
            ("P2", "Mori Yukiko", "NHK"),
            ("P3", "Sato Kenji", None),
        ],
        "people": ["Sato Kenji", "Mori Yukiko", "Takahashi Ren"],
    },
]
