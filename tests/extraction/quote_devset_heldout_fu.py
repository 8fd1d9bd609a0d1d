"""The one-hundred-and-seventy-first self-made dev set, held out (FU): its first run is an unseen estimate.

Written with set FT, without reading the extraction rules, and committed before
any rule was run on it. Topic area: environment and climate: wildlife,
pollution, energy projects, floods and droughts. Same format and conventions as
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
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a press release only mentioned, a
  minister's France Info interview only described, a Facebook warning only
  paraphrased) is still listed in posts.
- A quote that continues in the same paragraph, by the same speaker, right
  after a quote tied to an interview or post ("she said", "She added:",
  "the 54-year-old said") belongs to that same interview or post; when the
  first quote has no post, the continuation has none either.
- A radio station, broadcaster, wire agency or newspaper a person "told" or
  gave an interview to is the platform as written: Cadena SER, BBC,
  Svalbardposten, Corriere della Sera, France Info, RTVE, Reuters, ABC Radio.
  A podcast episode of a named show takes the show's name (Café da Manhã).
- A newsletter named without any platform ("his weekly newsletter, Reef
  Notes") takes its own name as platform; a newsletter "on her Substack" has
  platform Substack.
- Sharing someone's words on Facebook "who added", or resharing a post on
  Bluesky "who wrote", and quoting someone's Bluesky post with new words, is a
  new post by the sharer on that platform; a "second post" is a new post.
- A video posted on TikTok, Instagram or YouTube is a post on that platform and
  the words said in it ("she says in the video", "she told residents in the
  clip", "filmed her reaction ... for TikTok") belong to it; going live on
  Facebook is a Facebook post and words said "during the broadcast" belong to it.
- A photo posted "with the caption ..." is a post whose caption is a whole
  quote (not partial).
- A reply under an X post belongs to that post, and the original author's own
  reply further down the same thread also belongs to it.
- An unnamed Reddit user's thread has author None and its author speaks as
  None; an unnamed user's reply under it belongs to it with speaker None. A
  Reddit "Ask Me Anything" session held by a named person is her Reddit post,
  her answers in it belong to it, and the session's name in marks is a title,
  not a quote.
- A spokeswoman who "said by email" is the author of an email post with no
  platform and speaks as herself.
- A group's court filing (fishermen, plaintiffs) has author None and its words
  speak as None; a judge's written decision is the judge's post with no
  platform; a named attorney general's statement is his post with no platform.
- A statement by "the Governor of Svalbard's office", an open letter signed by
  hundreds of scientists, UNICEF's statement, an association's Facebook post
  (FERUS) and the Bangladesh Water Development Board's Facebook warning have
  author None, and their words speak as None.
- A company's press release that "quoted its managing director ... as saying"
  has author None and the quote's speaker is the director; the same holds for
  a company statement that quotes its chief executive.
- "In an interview with this newspaper", "in a phone interview", "reached by
  phone", "told local reporters", "said at a news conference" and a speech to
  the National Press Club are not posts.
- A named programme in marks (the “Graded Response Action Plan”), a term set
  off in narration (“forever chemicals”) and a session name (“Ask Me
  Anything”) are not quotes; a scare quote in single marks inside a quote
  (‘wildlife corridor’) is part of the quote's text; a platform or document
  named inside a quote ("a press release pretending to be a plan", "The TikTok
  got the world's attention") is not a post.
- An animal's name (the lynx Olivilla) is not a person.
- A letter quoted over two paragraphs is one quote per paragraph; the first
  paragraph's quote is the words after its opening mark up to the paragraph's
  end (it has no closing mark).
- Titles and honorifics such as Dr., Justice and Mayor are not part of a
  canonical name; multi-part names are kept as written (Daniel Ole Sapit, Luana
  Figueiredo da Silva, Rokeya Begum Chowdhury, Mei Ling Tan, Hamish
  O'Rourke-Bell), and a later bare surname ("Figueiredo da Silva",
  "Okonkwo-Reid") resolves to the person already named.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FU: list[dict] = [
    {
        "name": "x-minister-drought-reservoirs-almond-farmer-reply",
        "text": (
            "Spain’s environment minister, Teresa Ribas Montero, warned on X on Wednesday that "
            "reservoirs in Catalonia had fallen to 14 percent of capacity. “Every litre we save "
            "this summer is a litre we will not have to truck in next winter,” the minister "
            "wrote.\n\n"
            "The post drew a sharp reply from Jordi Puigvert, who grows almonds outside Lleida. "
            "“Tell that to the golf courses,” he wrote beneath it.\n\n"
            "Ribas Montero told the radio station Cadena SER on Thursday that limits on "
            "irrigation would be lifted only “when the rain comes, not before.” She added: “No "
            "sector is exempt, and that includes tourism.”"
        ),
        "quotes": [
            (
                "Every litre we save this summer is a litre we will not have to truck in next "
                "winter,",
                "Teresa Ribas Montero",
                False,
                "P1",
            ),
            ("Tell that to the golf courses,", "Jordi Puigvert", False, "P1"),
            ("when the rain comes, not before.", "Teresa Ribas Montero", True, "P2"),
            (
                "No sector is exempt, and that includes tourism.",
                "Teresa Ribas Montero",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Teresa Ribas Montero", "X"),
            ("P2", "Teresa Ribas Montero", "Cadena SER"),
        ],
        "people": ["Teresa Ribas Montero", "Jordi Puigvert"],
    },
    {
        "name": "elephants-farmland-release-bbc-facebook-share",
        "text": (
            "The Kenya Wildlife Service said in a press release on Monday that a herd of about "
            "40 elephants had crossed into farmland near Kimana, flattening maize on more than "
            "60 acres. “Our teams are working around the clock to guide the herd back to the "
            "park,” the release said.\n\n"
            "Farmers were less patient. “We have lost everything we planted in March,” said one "
            "woman, who asked that her name not be used.\n\n"
            "Wanjiru Kamau-Otieno, a conservationist who has studied the Amboseli herds for two "
            "decades, told the BBC that such raids would grow more common as droughts pushed "
            "animals further in search of water. “Elephants are not invading. They are "
            "following the water, and the water is where the farms are,” she said.\n\n"
            "Her remarks were shared widely on Facebook by Daniel Ole Sapit, a Maasai community "
            "leader in Kajiado, who added: “Both sides are right, and both sides are losing.”"
        ),
        "quotes": [
            (
                "Our teams are working around the clock to guide the herd back to the park,",
                None,
                False,
                "P1",
            ),
            ("We have lost everything we planted in March,", None, False, None),
            (
                "Elephants are not invading. They are following the water, and the water is "
                "where the farms are,",
                "Wanjiru Kamau-Otieno",
                False,
                "P2",
            ),
            (
                "Both sides are right, and both sides are losing.",
                "Daniel Ole Sapit",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wanjiru Kamau-Otieno", "BBC"),
            ("P3", "Daniel Ole Sapit", "Facebook"),
        ],
        "people": ["Wanjiru Kamau-Otieno", "Daniel Ole Sapit"],
    },
    {
        "name": "substack-sewage-essay-water-company-statement-ceo",
        "text": (
            "The campaigner Harriet Ellingham has accused Severn Vale Water of releasing raw "
            "sewage into the River Teme on 212 days last year, in an essay on Substack "
            'published on Sunday. "The river my children learned to swim in is now a place I '
            'tell them to stay out of," she wrote.\n\n'
            "Severn Vale Water rejected her figures. In a statement, the company said its storm "
            'overflows had operated "within permitted limits" and quoted its chief executive, '
            'Graham Pettifer, as saying: "We are investing record sums, and the river will see '
            'the benefit."\n\n'
            "Ellingham was unmoved. Speaking to reporters outside the company's Worcester "
            'offices on Tuesday, she called the statement "a press release pretending to be a '
            'plan."'
        ),
        "quotes": [
            (
                "The river my children learned to swim in is now a place I tell them to stay "
                "out of,",
                "Harriet Ellingham",
                False,
                "P1",
            ),
            ("within permitted limits", None, True, "P2"),
            (
                "We are investing record sums, and the river will see the benefit.",
                "Graham Pettifer",
                False,
                "P2",
            ),
            ("a press release pretending to be a plan.", "Harriet Ellingham", True, None),
        ],
        "posts": [
            ("P1", "Harriet Ellingham", "Substack"),
            ("P2", None, None),
        ],
        "people": ["Harriet Ellingham", "Graham Pettifer"],
    },
    {
        "name": "linkedin-offshore-wind-pause-union-comment-town-hall",
        "text": (
            "Ingrid Solheim, chief executive of the Norwegian developer Havvind Energi, said in "
            "a LinkedIn post on Friday that the company would pause its 1.2-gigawatt wind farm "
            "off the New Jersey coast, because rising interest rates had made the numbers "
            "“impossible to close.” “We remain committed to offshore wind in America, but not "
            "at any price,” she wrote.\n\n"
            "Under the post, Marcus Delaney, an organiser with the electrical workers’ union in "
            "South Jersey, commented: “Four hundred jobs just walked out the door.”\n\n"
            "At a town hall in Atlantic City that evening, Mayor Rosa Quintanilla told "
            "residents the city had been “blindsided.” “Nobody picked up the phone,” she said."
        ),
        "quotes": [
            ("impossible to close.", "Ingrid Solheim", True, "P1"),
            (
                "We remain committed to offshore wind in America, but not at any price,",
                "Ingrid Solheim",
                False,
                "P1",
            ),
            ("Four hundred jobs just walked out the door.", "Marcus Delaney", False, "P1"),
            ("blindsided.", "Rosa Quintanilla", True, None),
            ("Nobody picked up the phone,", "Rosa Quintanilla", False, None),
        ],
        "posts": [
            ("P1", "Ingrid Solheim", "LinkedIn"),
        ],
        "people": ["Ingrid Solheim", "Marcus Delaney", "Rosa Quintanilla"],
    },
    {
        "name": "tiktok-indus-flood-teenager-minister-briefing-unicef",
        "text": (
            "When the Indus burst its banks near Sukkur last week, 19-year-old Areeba Soomro "
            "filmed the water rising through her family’s courtyard and posted the clip on "
            "TikTok. “This was our kitchen. This was where my mother cooked for eleven people,” "
            "she says in the video, which has been viewed more than four million times.\n\n"
            "At a briefing in Islamabad on Monday, Pakistan’s minister for climate change, "
            "Farhan Qureshi, appealed for international help. “We are fighting a crisis we did "
            "not cause,” Qureshi said. “Pakistan produces less than one percent of global "
            "emissions.”\n\n"
            "The United Nations children’s agency, UNICEF, said in a statement that 1.5 million "
            "children in Sindh had no safe drinking water. “The floodwaters are receding; the "
            "danger is not,” the statement said.\n\n"
            "Soomro, reached by phone, said her family was living in a relief camp outside "
            "Rohri. “The TikTok got the world’s attention,” the teenager said. “It did not get "
            "us a tent.”"
        ),
        "quotes": [
            (
                "This was our kitchen. This was where my mother cooked for eleven people,",
                "Areeba Soomro",
                False,
                "P1",
            ),
            ("We are fighting a crisis we did not cause,", "Farhan Qureshi", False, None),
            (
                "Pakistan produces less than one percent of global emissions.",
                "Farhan Qureshi",
                False,
                None,
            ),
            ("The floodwaters are receding; the danger is not,", None, False, "P2"),
            ("The TikTok got the world’s attention,", "Areeba Soomro", False, None),
            ("It did not get us a tent.", "Areeba Soomro", False, None),
        ],
        "posts": [
            ("P1", "Areeba Soomro", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Areeba Soomro", "Farhan Qureshi"],
    },
    {
        "name": "reddit-solar-farm-thread-youtube-farmer-abc-radio",
        "text": (
            "A proposed 800-hectare solar farm near Dubbo, New South Wales, has split the "
            "farming district. A thread on Reddit started by an anonymous user has drawn more "
            "than 2,000 comments; its author wrote that the panels would “turn the best grazing "
            "country in the district into a car park.”\n\n"
            "Among the replies, one user wrote: “My family leased 200 hectares to them. It’s the "
            "first drought year we haven’t had to sell stock.”\n\n"
            "Lachlan Whitcombe, a sheep farmer who has led opposition to the project, uploaded "
            "a 14-minute video to YouTube on Saturday in which he walks the boundary fence. "
            "“They keep calling it a farm. Nothing grows here any more,” he says in it.\n\n"
            "The developer, SunPath Renewables, declined to comment on the video, but its "
            "project director, Mei Ling Tan, told ABC Radio last month that the company had "
            "offered every neighbour a share of revenue. “We can’t make everyone happy, but "
            "we’ve tried to make it fair,” she said."
        ),
        "quotes": [
            (
                "turn the best grazing country in the district into a car park.",
                None,
                True,
                "P1",
            ),
            (
                "My family leased 200 hectares to them. It’s the first drought year we haven’t "
                "had to sell stock.",
                None,
                False,
                "P1",
            ),
            (
                "They keep calling it a farm. Nothing grows here any more,",
                "Lachlan Whitcombe",
                False,
                "P2",
            ),
            (
                "We can’t make everyone happy, but we’ve tried to make it fair,",
                "Mei Ling Tan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Lachlan Whitcombe", "YouTube"),
            ("P3", "Mei Ling Tan", "ABC Radio"),
        ],
        "people": ["Lachlan Whitcombe", "Mei Ling Tan"],
    },
    {
        "name": "niger-delta-spill-filing-nrc-statement-spokeswoman-email",
        "text": (
            "Fourteen fishermen from the Niger Delta community of Ikarama asked a court in The "
            "Hague on Tuesday to order Deltacrest Petroleum to clean up a 2019 pipeline spill. "
            'The filing says the spill left the creeks around the village "dead for a '
            'generation."\n\n'
            "The lead plaintiff, Ebiere Alagoa, 61, told the Dutch newspaper NRC that "
            'compensation was not the point. "I am not asking for money. I am asking for my '
            'river back," he said.\n\n'
            'Deltacrest said in a statement that the spill had been caused by "third-party '
            "interference,\" the industry's term for sabotage and theft. A company spokeswoman, "
            'Annelies de Groot, said by email that Deltacrest "takes every spill seriously."'
        ),
        "quotes": [
            ("dead for a generation.", None, True, "P1"),
            (
                "I am not asking for money. I am asking for my river back,",
                "Ebiere Alagoa",
                False,
                "P2",
            ),
            ("third-party interference,", None, True, "P3"),
            ("takes every spill seriously.", "Annelies de Groot", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ebiere Alagoa", "NRC"),
            ("P3", None, None),
            ("P4", "Annelies de Groot", None),
        ],
        "people": ["Ebiere Alagoa", "Annelies de Groot"],
    },
    {
        "name": "instagram-polar-bear-caption-governor-statement-bluesky-share",
        "text": (
            "The Norwegian wildlife photographer Sigrid Haugland posted a photograph on "
            "Instagram on Sunday of a thin polar bear picking through a rubbish bin on the edge "
            "of Longyearbyen, with the caption “No ice, no seals, so: our bins.”\n\n"
            "The Governor of Svalbard’s office said in a statement that the bear had been "
            "driven off by helicopter and urged residents to “remain vigilant.”\n\n"
            "Haugland told the local newspaper Svalbardposten that she had been about 30 metres "
            "away. “He looked thin, and he looked tired,” she said. “Honestly, so did I.”\n\n"
            "Her photograph was reshared on Bluesky by the sea-ice scientist Dr. Arne Kvalvik, "
            "who wrote: “Sea ice around Svalbard is at its lowest April extent since records "
            "began.”"
        ),
        "quotes": [
            ("No ice, no seals, so: our bins.", "Sigrid Haugland", False, "P1"),
            ("remain vigilant.", None, True, "P2"),
            ("He looked thin, and he looked tired,", "Sigrid Haugland", False, "P3"),
            ("Honestly, so did I.", "Sigrid Haugland", False, "P3"),
            (
                "Sea ice around Svalbard is at its lowest April extent since records began.",
                "Arne Kvalvik",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Sigrid Haugland", "Instagram"),
            ("P2", None, None),
            ("P3", "Sigrid Haugland", "Svalbardposten"),
            ("P4", "Arne Kvalvik", "Bluesky"),
        ],
        "people": ["Sigrid Haugland", "Arne Kvalvik"],
    },
    {
        "name": "podcast-rio-negro-drought-hydrologist-minister-news-conference",
        "text": (
            "The Rio Negro at Manaus fell on Monday to its lowest level in 121 years of "
            "records, the Brazilian Geological Service said, leaving boats that supply "
            "riverside villages stranded on sandbanks.\n\n"
            "“It is like watching the river breathe out and not breathe back in,” the "
            "hydrologist Luana Figueiredo da Silva said on the podcast Café da Manhã, recorded "
            "in Manaus on Tuesday. In the same episode, Figueiredo da Silva blamed the severity "
            "of the drought partly on deforestation upstream, which she called “sawing off the "
            "branch we are sitting on.”\n\n"
            "Brazil’s environment minister, Otávio Brandão, told a news conference in Brasília "
            "that the government would send 20 tonnes of food and drinking water to the region "
            "by air. “No community will be left isolated,” Brandão said."
        ),
        "quotes": [
            (
                "It is like watching the river breathe out and not breathe back in,",
                "Luana Figueiredo da Silva",
                False,
                "P1",
            ),
            (
                "sawing off the branch we are sitting on.",
                "Luana Figueiredo da Silva",
                True,
                "P1",
            ),
            ("No community will be left isolated,", "Otávio Brandão", False, None),
        ],
        "posts": [
            ("P1", "Luana Figueiredo da Silva", "Café da Manhã"),
        ],
        "people": ["Luana Figueiredo da Silva", "Otávio Brandão"],
    },
    {
        "name": "reef-bleaching-newsletter-open-letter-press-club-speech",
        "text": (
            "Aerial surveys found bleaching on 73 percent of the Great Barrier Reef's shallow "
            "reefs this summer, the coral scientist Dr. Hamish O'Rourke-Bell wrote in his "
            'weekly newsletter, Reef Notes, on Monday. "I have flown these surveys for twenty '
            "years. I have never had to stop counting because there was nothing left to "
            'count," he wrote.\n\n'
            "An open letter signed by more than 300 marine scientists and published on "
            "Wednesday urged the federal government to stop approving new coal and gas "
            'projects. "The reef cannot be saved by managing the reef alone," the letter '
            "said.\n\n"
            "In a speech to the National Press Club in Canberra the same day, the environment "
            "minister, Clare Donnelly, called the government's emissions targets \"ambitious "
            "and achievable.\" She did not mention the letter. O'Rourke-Bell said afterwards "
            'that he was "not surprised."'
        ),
        "quotes": [
            (
                "I have flown these surveys for twenty years. I have never had to stop counting "
                "because there was nothing left to count,",
                "Hamish O'Rourke-Bell",
                False,
                "P1",
            ),
            ("The reef cannot be saved by managing the reef alone,", None, False, "P2"),
            ("ambitious and achievable.", "Clare Donnelly", True, None),
            ("not surprised.", "Hamish O'Rourke-Bell", True, None),
        ],
        "posts": [
            ("P1", "Hamish O'Rourke-Bell", "Reef Notes"),
            ("P2", None, None),
        ],
        "people": ["Hamish O'Rourke-Bell", "Clare Donnelly"],
    },
    {
        "name": "emilia-romagna-flood-mayor-instagram-threads-corriere-farmer",
        "text": (
            "Faenza’s mayor, Chiara Benvenuti, posted a video on Instagram on Wednesday from a "
            "rowing boat on a flooded street in the city’s south. “Stay upstairs. Do not try to "
            "reach your cars,” she told residents in the clip.\n\n"
            "Hours later she wrote on Threads that the city had opened three more shelters. "
            "“If you have a spare bed, tell us. We will send someone,” the post said.\n\n"
            "The regional president, Stefano Ferraresi, blamed decades of building on "
            "floodplains. “We paved over the places the rivers used to go,” he told the "
            "newspaper Corriere della Sera.\n\n"
            "Outside the town, Aldo Pezzi, 72, said he had lost 400 peach trees. “My "
            "grandfather planted the first ones. The water took them in a night,” the "
            "72-year-old said, standing in mud to his knees."
        ),
        "quotes": [
            (
                "Stay upstairs. Do not try to reach your cars,",
                "Chiara Benvenuti",
                False,
                "P1",
            ),
            (
                "If you have a spare bed, tell us. We will send someone,",
                "Chiara Benvenuti",
                False,
                "P2",
            ),
            (
                "We paved over the places the rivers used to go,",
                "Stefano Ferraresi",
                False,
                "P3",
            ),
            (
                "My grandfather planted the first ones. The water took them in a night,",
                "Aldo Pezzi",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Chiara Benvenuti", "Instagram"),
            ("P2", "Chiara Benvenuti", "Threads"),
            ("P3", "Stefano Ferraresi", "Corriere della Sera"),
        ],
        "people": ["Chiara Benvenuti", "Stefano Ferraresi", "Aldo Pezzi"],
    },
    {
        "name": "delhi-smog-split-quote-x-thread-minister-reply-press-release",
        "text": (
            "“The air in Delhi this week is not a weather event,” said Dr. Ananya "
            "Krishnaswamy, a pulmonologist at a government hospital in the city, “it is a "
            "policy choice we make every winter.”\n\n"
            "Krishnaswamy posted a chart on X on Thursday showing PM2.5 readings above 900 "
            "micrograms per cubic metre in parts of the capital. “Nine hundred. The WHO limit "
            "is fifteen,” she wrote.\n\n"
            "Delhi’s environment minister, Rajiv Malhotra, replied to her post within the hour, "
            "saying the government’s “Graded Response Action Plan” was working. “Readings are "
            "already falling at eleven of our 40 stations,” he wrote.\n\n"
            "She answered him in the same thread: “Falling from 900 is not the same as safe.”\n\n"
            "The Commission for Air Quality Management later said in a press release that "
            "construction would be banned across the capital region until further notice."
        ),
        "quotes": [
            (
                "The air in Delhi this week is not a weather event,",
                "Ananya Krishnaswamy",
                False,
                None,
            ),
            (
                "it is a policy choice we make every winter.",
                "Ananya Krishnaswamy",
                False,
                None,
            ),
            ("Nine hundred. The WHO limit is fifteen,", "Ananya Krishnaswamy", False, "P1"),
            (
                "Readings are already falling at eleven of our 40 stations,",
                "Rajiv Malhotra",
                False,
                "P1",
            ),
            (
                "Falling from 900 is not the same as safe.",
                "Ananya Krishnaswamy",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Ananya Krishnaswamy", "X"),
            ("P2", None, "press release"),
        ],
        "people": ["Ananya Krishnaswamy", "Rajiv Malhotra"],
    },
    {
        "name": "lignite-mine-closure-activist-anonymous-official-linkedin-instagram",
        "text": (
            "The energy company Rheinkraft said on Monday in a press release that it would "
            "close its Garzweiler-Süd lignite mine eight years earlier than planned, in 2030.\n\n"
            "Ruth Achterberg, 29, a climate activist who spent four months living in a tree in "
            "the path of the excavators, said the decision came too late for the village of "
            'Kellen, whose last houses were torn down in January. "They won the village. We '
            'won the argument," she said.\n\n'
            "A senior official in the state economy ministry, speaking on condition of "
            'anonymity because he was not authorised to discuss the talks, said: "Nobody in '
            'Düsseldorf wanted to be the one who kept coal going until 2038."\n\n'
            "The state's economy minister, Wiebke Neubauer-Stahl, welcomed the announcement on "
            'LinkedIn. Her post was short: "A good day for the climate and for planning '
            'certainty."\n\n'
            'Achterberg answered on Instagram: "Planning certainty for whom?"'
        ),
        "quotes": [
            ("They won the village. We won the argument,", "Ruth Achterberg", False, None),
            (
                "Nobody in Düsseldorf wanted to be the one who kept coal going until 2038.",
                None,
                False,
                None,
            ),
            (
                "A good day for the climate and for planning certainty.",
                "Wiebke Neubauer-Stahl",
                False,
                "P2",
            ),
            ("Planning certainty for whom?", "Ruth Achterberg", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wiebke Neubauer-Stahl", "LinkedIn"),
            ("P3", "Ruth Achterberg", "Instagram"),
        ],
        "people": ["Ruth Achterberg", "Wiebke Neubauer-Stahl"],
    },
    {
        "name": "alpine-wolves-shepherd-own-interview-france-info-ferus-facebook",
        "text": (
            "Wolves killed 37 sheep in a single night on a high pasture above "
            "Saint-Martin-Vésubie last week, the worst attack in the Alpes-Maritimes this "
            "year.\n\n"
            "“I found them at dawn. Some were still alive,” the shepherd, Jean-Baptiste Roux, "
            "said in an interview with this newspaper on Friday. Roux has kept sheep in the "
            "Vésubie valley for three decades. “I am not against the wolf. I am against being "
            "left alone with it,” the 54-year-old said.\n\n"
            "France’s agriculture minister, Hélène Vasseur-Laurent, told the broadcaster France "
            "Info that the government would raise the annual cull ceiling to 21 percent of the "
            "estimated wolf population. The wolf protection association FERUS wrote on Facebook "
            "that the decision was “a gift to the loudest lobby, not a solution.”\n\n"
            "Matteo Gualtieri, an ecologist who studies wolf recolonisation at the University "
            "of Turin, said in a phone interview that culling could backfire. “Kill the "
            "breeding pair and the young ones scatter. Scattered wolves take sheep,” he said."
        ),
        "quotes": [
            ("I found them at dawn. Some were still alive,", "Jean-Baptiste Roux", False, None),
            (
                "I am not against the wolf. I am against being left alone with it,",
                "Jean-Baptiste Roux",
                False,
                None,
            ),
            ("a gift to the loudest lobby, not a solution.", None, True, "P2"),
            (
                "Kill the breeding pair and the young ones scatter. Scattered wolves take sheep,",
                "Matteo Gualtieri",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Hélène Vasseur-Laurent", "France Info"),
            ("P2", None, "Facebook"),
        ],
        "people": ["Jean-Baptiste Roux", "Hélène Vasseur-Laurent", "Matteo Gualtieri"],
    },
    {
        "name": "sylhet-flood-headteacher-letter-two-paragraphs-board-facebook",
        "text": (
            "In a letter to the district commissioner made public on Saturday, a headteacher "
            "in Sylhet described the morning floodwater entered her school. Rokeya Begum "
            "Chowdhury wrote:\n\n"
            "“The water came in through the doors at nine in the morning. By eleven the "
            "children were on the roof, and we were counting them every ten minutes.\n\n"
            "“We have rebuilt this school twice since 2017. I do not know if we have a third "
            "time in us.”\n\n"
            "The commissioner, Mahbubul Alam, told a news conference that 120 schools in the "
            "district remained closed. The Bangladesh Water Development Board warned on "
            "Facebook that the Surma would stay above the danger level for at least three more "
            "days."
        ),
        "quotes": [
            (
                "The water came in through the doors at nine in the morning. By eleven the "
                "children were on the roof, and we were counting them every ten minutes.",
                "Rokeya Begum Chowdhury",
                False,
                "P1",
            ),
            (
                "We have rebuilt this school twice since 2017. I do not know if we have a third "
                "time in us.",
                "Rokeya Begum Chowdhury",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Rokeya Begum Chowdhury", None),
            ("P2", None, "Facebook"),
        ],
        "people": ["Rokeya Begum Chowdhury", "Mahbubul Alam"],
    },
    {
        "name": "mekong-facebook-live-fisherman-dam-release-director-reuters",
        "text": (
            "A fisherman in the Thai province of Nong Khai, Somchai Phromma, went live on "
            "Facebook on Friday to show the Mekong running clear and low, a sign, scientists "
            'say, that dams upstream are trapping sediment. "The river should be the colour '
            'of milk tea this time of year. Look at it," he said during the broadcast, which '
            "was watched by some 80,000 people.\n\n"
            "Mekong Power Holdings, which operates the Pak Lay Nuea dam in Laos, said in a "
            'press release that its water releases were "in full compliance" with regional '
            "agreements. The release quoted its managing director, Vilayphone Sisouk, as saying "
            'the company "shares the concerns of riverside communities."\n\n'
            "Kanokwan Srisuk, a campaigner with the group Rivers Without Borders, told Reuters "
            'that the release was "the same sentence they have used for ten years."'
        ),
        "quotes": [
            (
                "The river should be the colour of milk tea this time of year. Look at it,",
                "Somchai Phromma",
                False,
                "P1",
            ),
            ("in full compliance", None, True, "P2"),
            (
                "shares the concerns of riverside communities.",
                "Vilayphone Sisouk",
                True,
                "P2",
            ),
            (
                "the same sentence they have used for ten years.",
                "Kanokwan Srisuk",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Somchai Phromma", "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Kanokwan Srisuk", "Reuters"),
        ],
        "people": ["Somchai Phromma", "Vilayphone Sisouk", "Kanokwan Srisuk"],
    },
    {
        "name": "pfas-delay-bluesky-second-post-utility-statement-quote-post",
        "text": (
            "The Environmental Protection Agency said on Tuesday that it would give water "
            "utilities until 2031 to meet new limits on two “forever chemicals,” PFOA and PFOS, "
            "two years later than planned.\n\n"
            "The toxicologist Dr. Kwame Asante-Boateng, who helped draft the original rule, "
            "called the delay “a gift to every utility that sat on its hands” in a post on "
            "Bluesky. “Every year of delay is another year of exposure for the millions of "
            "Americans whose tap water carries these chemicals,” he added in a second post.\n\n"
            "The American Water Works Association welcomed the decision in a statement, saying "
            "its members needed “realistic timelines.”\n\n"
            "Among those who quoted Asante-Boateng’s post was Erin Castellanos, a mother of "
            "two in Merrimack, New Hampshire, where wells near a factory were found to be "
            "contaminated in 2016. “I’m sharing this because my kids drank that water for six "
            "years,” she wrote."
        ),
        "quotes": [
            (
                "a gift to every utility that sat on its hands",
                "Kwame Asante-Boateng",
                True,
                "P1",
            ),
            (
                "Every year of delay is another year of exposure for the millions of Americans "
                "whose tap water carries these chemicals,",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            ("realistic timelines.", None, True, "P3"),
            (
                "I’m sharing this because my kids drank that water for six years,",
                "Erin Castellanos",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "Bluesky"),
            ("P2", "Kwame Asante-Boateng", "Bluesky"),
            ("P3", None, None),
            ("P4", "Erin Castellanos", "Bluesky"),
        ],
        "people": ["Kwame Asante-Boateng", "Erin Castellanos"],
    },
    {
        "name": "jakarta-subsidence-reddit-ama-minister-speech-substack",
        "text": (
            "Dwi Rahmawati, an Indonesian hydrologist who studies land subsidence in Jakarta, "
            "answered questions for three hours in an “Ask Me Anything” session on Reddit on "
            "Wednesday. Asked whether the planned giant sea wall would save the city, she "
            "wrote: “A wall buys time. It does not stop the ground from sinking, and the ground "
            "is sinking because we pump the water out from under it.”\n\n"
            "One user asked whether she would buy a flat in North Jakarta. “Not with my own "
            "money,” she replied.\n\n"
            "Indonesia’s public works minister, Budi Hartono, has defended the wall. “We cannot "
            "move 10 million people. We can build a wall,” he said in a speech in Jakarta last "
            "month.\n\n"
            "Rahmawati later posted a summary of the session on her Substack, The Sinking City, "
            "saying she had received “more questions about groundwater in one afternoon than "
            "in ten years of conferences.”"
        ),
        "quotes": [
            (
                "A wall buys time. It does not stop the ground from sinking, and the ground is "
                "sinking because we pump the water out from under it.",
                "Dwi Rahmawati",
                False,
                "P1",
            ),
            ("Not with my own money,", "Dwi Rahmawati", False, "P1"),
            (
                "We cannot move 10 million people. We can build a wall,",
                "Budi Hartono",
                False,
                None,
            ),
            (
                "more questions about groundwater in one afternoon than in ten years of "
                "conferences.",
                "Dwi Rahmawati",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Dwi Rahmawati", "Reddit"),
            ("P2", "Dwi Rahmawati", "Substack"),
        ],
        "people": ["Dwi Rahmawati", "Budi Hartono"],
    },
    {
        "name": "ontario-youth-climate-ruling-tiktok-attorney-general-statement",
        "text": (
            "An Ontario Superior Court judge ruled on Thursday that the province’s weakened "
            "emissions target violated the rights of young people. “The evidence before this "
            "court is that the harms of climate change fall most heavily on the young,” "
            "Justice Margaret Okonkwo-Reid wrote in her 140-page decision.\n\n"
            "The seven plaintiffs, aged 16 to 29, were represented by the environmental law "
            "charity Ecojustice. One of them, Sophia Mathur-Lindgren, 21, filmed her reaction "
            "outside the courthouse for TikTok. “We did it. We actually did it,” she said, her "
            "voice breaking.\n\n"
            "The province’s attorney general, Douglas Fairweather, said in a statement that "
            "Ontario would “carefully review” the decision. Asked by reporters at Queen’s Park "
            "whether the province would appeal, Fairweather said: “I’m not going to prejudge "
            "that today.”"
        ),
        "quotes": [
            (
                "The evidence before this court is that the harms of climate change fall most "
                "heavily on the young,",
                "Margaret Okonkwo-Reid",
                False,
                "P1",
            ),
            ("We did it. We actually did it,", "Sophia Mathur-Lindgren", False, "P2"),
            ("carefully review", "Douglas Fairweather", True, "P3"),
            ("I’m not going to prejudge that today.", "Douglas Fairweather", False, None),
        ],
        "posts": [
            ("P1", "Margaret Okonkwo-Reid", None),
            ("P2", "Sophia Mathur-Lindgren", "TikTok"),
            ("P3", "Douglas Fairweather", None),
        ],
        "people": ["Margaret Okonkwo-Reid", "Sophia Mathur-Lindgren", "Douglas Fairweather"],
    },
    {
        "name": "iberian-lynx-release-rtve-youtube-corridor-unnamed-driver",
        "text": (
            "The number of Iberian lynx in Spain and Portugal has passed 2,000 for the first "
            "time, Spain’s ecological transition ministry said in a news release on Thursday, "
            "up from fewer than 100 animals in 2002.\n\n"
            "“Twenty years ago we were writing the lynx’s obituary,” Ramón Castillejo-Ortiz, "
            "who coordinates the EU-funded recovery programme, said in an interview with the "
            "public broadcaster RTVE. “Now we’re arguing about where to put the next 200.”\n\n"
            "The wildlife vlogger Inés Valderrama, whose YouTube channel has 1.3 million "
            "subscribers, posted footage on Tuesday of a female known to rangers as Olivilla "
            "leading three kittens through a motorway underpass. “This is the ‘wildlife "
            "corridor’ they promised us, and it works,” Valderrama says in the video.\n\n"
            "Traffic remains the biggest threat: 140 lynx were killed on roads last year, the "
            "ministry said. A driver who hit one near Andújar in March told local reporters: "
            "“It came out of nowhere. I cried for an hour.”"
        ),
        "quotes": [
            (
                "Twenty years ago we were writing the lynx’s obituary,",
                "Ramón Castillejo-Ortiz",
                False,
                "P2",
            ),
            (
                "Now we’re arguing about where to put the next 200.",
                "Ramón Castillejo-Ortiz",
                False,
                "P2",
            ),
            (
                "This is the ‘wildlife corridor’ they promised us, and it works,",
                "Inés Valderrama",
                False,
                "P3",
            ),
            ("It came out of nowhere. I cried for an hour.", None, False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ramón Castillejo-Ortiz", "RTVE"),
            ("P3", "Inés Valderrama", "YouTube"),
        ],
        "people": ["Ramón Castillejo-Ortiz", "Inés Valderrama"],
    },
]
