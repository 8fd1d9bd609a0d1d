"""The one-hundred-and-fiftieth self-made dev set, held out (EZ): its first run is
an unseen estimate.

Written with set FA, without reading the extraction rules, and committed before
any rule was run on it. Topic area: world news: diplomacy, conflict, disasters,
aid and migration.

Same format and conventions as the earlier self-made sets (not a public
corpus): an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks), and "told" a named
newspaper is such an interview; a statement, memo, letter, email, court filing,
lawsuit, judge's opinion or essay with no named outlet is a post with no
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
- The platform of an interview is the outlet's name without a lowercase leading
  "the" (told the Coastal Courier -> Coastal Courier; an interview with the
  Sundara Herald -> Sundara Herald; told the newspaper Lodvar Evening Post ->
  Lodvar Evening Post); a capitalised "The" that is part of a show's name stays
  (the podcast The Long Table -> The Long Table).
- A radio station, TV broadcaster or news site named as the place of an
  interview is the platform (Radio Faro, Ardessa TV, Nahr TV, Rádio Illara,
  Qeshra Now); "told the regional broadcaster Ardessa TV that ..." is an
  interview; a programme named on a broadcaster takes the programme's name
  (Evening Report on TV Nord -> Evening Report).
- A memoir is its author's post with no platform; its title in marks ("Forty
  Kilometres of Road,") is not a quote, and words the author "writes" in it are
  a quote of that post.
- A quote or fragment in the same paragraph as the report of a post or
  interview, by the same speaker and with no new occasion named ("he said",
  "she added:", "He denied ... he said", "She called his essay ...", "told the
  station"), belongs to that post. A quote opening the next paragraph with "he
  added" right after a quote from a podcast (the Strøm memoir text) continues
  that podcast interview.
- A fragment attributed to a post in narration (the statement said the delay
  was caused by "administrative checks"; the embassy's X post said the boat had
  "repeatedly ignored warnings") is a partial quote of that post, not a scare
  quote; a fragment attributed to unnamed "aid groups" with no occasion is
  partial with speaker None and no post.
- A quote that runs over paragraphs: each paragraph gives one quote, from its
  opening mark to the closing mark or, when the paragraph ends without one, to
  the end of the paragraph (the full stop included); every part takes the
  speaker and post of the attribution, even when that attribution stands in
  another paragraph.
- A sentence split by its attribution ("We are still counting," X told a news
  conference, "and I will not pretend ...") gives two quotes, neither partial;
  two quotes around "said a man queuing for bread" both speak as None.
- A nested quote in single marks inside a quote (a patient's 'Does anyone
  outside know we are here?') is part of the outer quote's text and is not a
  quote of its own.
- A video posted on Facebook or TikTok is a post by the person who posted it,
  and words spoken in the clip are quotes of it; a second video is a new post,
  and a comment "beneath that video" belongs to the second one.
- A live stream on YouTube is the streamer's YouTube post; a message in the
  chat beneath the stream by an unnamed viewer belongs to it with speaker None.
  An unnamed resident's comment under a Facebook video belongs to the video
  with speaker None.
- A Reddit thread in which a named person answers questions is that person's
  Reddit post, and his replies in the thread belong to it.
- Messages posted by a government official on Telegram are that official's
  Telegram post; an armed group's message on its own Telegram channel has
  author None and its words speak as None.
- A joint statement by the leaders of a bloc, a ministry's statement, an
  embassy's post on X, a charity's statement, an organisation's report and an
  open letter signed by some 300 doctors are posts with author None, and their
  words speak as None; a family's statement likewise (as in earlier sets).
- A charity's press release that quotes its director ("the release quoted ...
  as saying") has author None and the quote's speaker is the director.
- A chief executive's email to staff "seen by this newspaper" is the
  executive's post with no platform; a letter smuggled out of detention is its
  writer's post with no platform.
- A photo posted on Instagram "with the caption:" is a post whose caption is a
  whole quote (not partial); a comment under it by a named relative is partial
  and belongs to it. "Replying to her" on Bluesky is a reply under her post and
  belongs to it.
- Not posts: a closing speech at a summit and "told delegates", a parliamentary
  committee hearing, a ministry briefing, a news conference, "told reporters",
  "spoke briefly to reporters", "reached by phone" and the story's own "said in
  an interview"; an organisation that only "said" something (no statement
  named) has no post.
- Not quotes: an operation's name ("Operation Blue Gate."), a programme's name
  ("Fair Welcome"), a person's nickname ("the Captain"), a place's nickname
  ("the balcony"), a scare quote ("grey zone") and a book title.
- Titles and ranks (Interior Minister, Prime Minister, Governor, Colonel, Dr.)
  are not part of a canonical name; names keep their diacritics and hyphens as
  written (Halvard Strøm, Anselm Kovač, Andrés Villalba-Cruz).
- people lists every named person in order of first mention, including people
  who never speak (Oleh Marchuk, named among the dead); a first name used
  inside a quote for someone already named (Marta) is not a new person; unnamed
  people (a mother of five, one user, a driver) and organisations are not
  listed.
- Two people sharing a surname (Eleni and Sofia Markou, Matthias and Annika
  Lindgren, Pavel and Irina Renko): the bare surname is used only before the
  second is named, and after that the text uses full names or pronouns.
- A partial quote's text includes the comma or full stop inside its closing
  mark (as in earlier sets).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EZ: list[dict] = [
    {
        "name": "earthquake-relief-society-statement-survivors",
        "text": (
            "A magnitude 7.1 earthquake struck the mountainous north of Tarsena early on Sunday, "
            "killing at least 212 people and flattening villages around the town of Veshkar, "
            "officials said.\n\n"
            "The Tarsenian Relief Society said in a statement that its teams had reached only a "
            "third of the affected districts. “Roads are cut in dozens of places, and we are "
            "carrying supplies on foot,” the statement said.\n\n"
            "“We are still counting,” Interior Minister Rustam Adilov told a news conference in "
            "the capital, Sarabek, “and I will not pretend the number is final.” Adilov said 40 "
            "foreign search teams had offered help and that the first had landed on Sunday "
            "night.\n\n"
            "In Veshkar, Gulnara Sabitova, 52, stood beside what was left of her family’s bakery. "
            "“The walls came down in seconds. My son pulled me out through the window,” she told "
            "reporters.\n\n"
            "“We have no tents, no blankets and no water,” said a man queuing for bread outside "
            "the town hall. “The nights here are already below zero.”"
        ),
        "quotes": [
            (
                "Roads are cut in dozens of places, and we are carrying supplies on foot,",
                None,
                False,
                "P1",
            ),
            ("We are still counting,", "Rustam Adilov", False, None),
            ("and I will not pretend the number is final.", "Rustam Adilov", False, None),
            (
                "The walls came down in seconds. My son pulled me out through the window,",
                "Gulnara Sabitova",
                False,
                None,
            ),
            ("We have no tents, no blankets and no water,", None, False, None),
            ("The nights here are already below zero.", None, False, None),
        ],
        "posts": [
            ("P1", None, None),
        ],
        "people": ["Rustam Adilov", "Gulnara Sabitova"],
    },
    {
        "name": "ceasefire-talks-x-post-reply-newspaper",
        "text": (
            "Foreign ministers from Korvania and the Salen Republic ended two days of talks in the "
            "lakeside city of Mirelle on Thursday without agreeing on a ceasefire, though both "
            "sides said they would meet again within a month.\n\n"
            "Korvania’s foreign minister, Ilse Brandvold, wrote on X after the talks that the "
            "other side’s proposal amounted to “a pause, not a peace,” and added: “We will not "
            "sign a document that freezes the front line where it is.”\n\n"
            "Her Salen counterpart, Tariq Hallaj, replied beneath her post within the hour. “The "
            "minister knows very well what was on the table. Our offer stands,” he wrote.\n\n"
            "Hallaj later told the Salen newspaper Al-Manar Today that his government was ready to "
            "pull heavy artillery 20 kilometres back from the line of contact if international "
            "monitors were deployed. “We have moved further than anyone expected us to move,” he "
            "said. “Now it is their turn.”\n\n"
            "The talks were hosted by Norveldt’s special envoy, Pieter Aalbers, who told reporters "
            "afterwards that the gaps between the two sides were “narrower than they look from the "
            "outside.”"
        ),
        "quotes": [
            ("a pause, not a peace,", "Ilse Brandvold", True, "P1"),
            (
                "We will not sign a document that freezes the front line where it is.",
                "Ilse Brandvold",
                False,
                "P1",
            ),
            (
                "The minister knows very well what was on the table. Our offer stands,",
                "Tariq Hallaj",
                False,
                "P1",
            ),
            ("We have moved further than anyone expected us to move,", "Tariq Hallaj", False, "P2"),
            ("Now it is their turn.", "Tariq Hallaj", False, "P2"),
            ("narrower than they look from the outside.", "Pieter Aalbers", True, None),
        ],
        "posts": [
            ("P1", "Ilse Brandvold", "X"),
            ("P2", "Tariq Hallaj", "Al-Manar Today"),
        ],
        "people": ["Ilse Brandvold", "Tariq Hallaj", "Pieter Aalbers"],
    },
    {
        "name": "rescue-ship-press-release-radio-interview",
        "text": (
            "A charity rescue ship carrying 143 people pulled from two overcrowded boats in the "
            "central Marenic Sea was allowed to dock at the port of Castellan on Thursday after "
            "four days of waiting at sea.\n\n"
            "The group that runs the ship, Open Water Rescue, said in a press release that 31 of "
            "those on board were children travelling alone. “Every hour we were kept waiting was "
            "an hour a sick child did not see a doctor,” the release quoted its operations "
            "director, Lotte Verhaegen, as saying.\n\n"
            "The ship’s captain, Ansgar Holm, described the rescue in an interview with the "
            "Castellan radio station Radio Faro. The first boat was taking on water when his crew "
            "reached it, he said, and “people were bailing with their shoes.”\n\n"
            "“You do not forget a sound like that,” Holm told the station. “Two hundred voices, "
            "all shouting at once.”\n\n"
            "The port authority said in a brief statement that the delay had been caused by "
            "“administrative checks” and that the ship had been treated like any other vessel. "
            "Verhaegen called that explanation “an insult to everyone who was on that deck.”"
        ),
        "quotes": [
            (
                "Every hour we were kept waiting was an hour a sick child did not see a doctor,",
                "Lotte Verhaegen",
                False,
                "P1",
            ),
            ("people were bailing with their shoes.", "Ansgar Holm", True, "P2"),
            ("You do not forget a sound like that,", "Ansgar Holm", False, "P2"),
            ("Two hundred voices, all shouting at once.", "Ansgar Holm", False, "P2"),
            ("administrative checks", None, True, "P3"),
            ("an insult to everyone who was on that deck.", "Lotte Verhaegen", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ansgar Holm", "Radio Faro"),
            ("P3", None, None),
        ],
        "people": ["Lotte Verhaegen", "Ansgar Holm"],
    },
    {
        "name": "flood-mayor-facebook-video-comments",
        "text": (
            "Floodwater from the swollen Derva River swept through the lower districts of Pellinor "
            "overnight, forcing about 8,000 people from their homes, the regional emergency "
            "service said on Wednesday.\n\n"
            "The town’s mayor, Aurelia Constantin, posted a video on Facebook from a rescue boat "
            "shortly after dawn. “If you are on a roof, stay there. We can see you, and we are "
            "coming,” she said in the clip, as water lapped at the windows of a school behind "
            "her.\n\n"
            "Hundreds of residents commented under the video. “My parents are on Morii Street, "
            "number 14, and they are not answering the phone,” one woman wrote. Another resident, "
            "Bogdan Iliescu, wrote that his street had been “forgotten for twelve hours.”\n\n"
            "Constantin, 46, who is known in the town as “the Captain” from her years in the river "
            "police, told reporters at the town hall that afternoon that every request in the "
            "comments had been passed to rescue crews. “Nobody was forgotten. Some people were "
            "simply harder to reach,” she said.\n\n"
            "The emergency service said the river was expected to peak on Thursday night."
        ),
        "quotes": [
            (
                "If you are on a roof, stay there. We can see you, and we are coming,",
                "Aurelia Constantin",
                False,
                "P1",
            ),
            (
                "My parents are on Morii Street, number 14, and they are not answering the phone,",
                None,
                False,
                "P1",
            ),
            ("forgotten for twelve hours.", "Bogdan Iliescu", True, "P1"),
            (
                "Nobody was forgotten. Some people were simply harder to reach,",
                "Aurelia Constantin",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Aurelia Constantin", "Facebook"),
        ],
        "people": ["Aurelia Constantin", "Bogdan Iliescu"],
    },
    {
        "name": "former-envoy-memoir-podcast",
        "text": (
            "Halvard Strøm, who spent six years as the Nordmark Council’s special envoy to the war "
            "in the Kessel Valley, says in a new memoir that mediators came within a week of a "
            "peace deal in 2019 before it collapsed over a single road.\n\n"
            "The book, “Forty Kilometres of Road,” describes the final night of talks in a hotel "
            "in the border town of Lisk, when one delegation walked out after its leader took a "
            "phone call. “We were one road away from peace, and we let it go,” Strøm writes.\n\n"
            "Speaking on the foreign affairs podcast The Long Table this week, the 67-year-old "
            "said he had waited five years to publish because several of the negotiators were "
            "still in office. “I did not want to blow up anyone’s career while there was still a "
            "chance they could make peace,” he said.\n\n"
            "“Some of them will not like this book,” he added. “I can live with that.”\n\n"
            "Nadia Ferrante, who served as his deputy during the talks, said in an interview that "
            "his account was “broadly fair, if a little kind to himself.”"
        ),
        "quotes": [
            ("We were one road away from peace, and we let it go,", "Halvard Strøm", False, "P1"),
            (
                "I did not want to blow up anyone’s career while there was still a chance they "
                "could make peace,",
                "Halvard Strøm",
                False,
                "P2",
            ),
            ("Some of them will not like this book,", "Halvard Strøm", False, "P2"),
            ("I can live with that.", "Halvard Strøm", False, "P2"),
            ("broadly fair, if a little kind to himself.", "Nadia Ferrante", True, None),
        ],
        "posts": [
            ("P1", "Halvard Strøm", None),
            ("P2", "Halvard Strøm", "The Long Table"),
        ],
        "people": ["Halvard Strøm", "Nadia Ferrante"],
    },
    {
        "name": "refugee-camp-open-letter-nested-quote",
        "text": (
            "More than 300 doctors and nurses who have worked in the Almara refugee camp signed an "
            "open letter on Monday warning that a cholera outbreak there could spread beyond the "
            "camp within weeks.\n\n"
            "“We are treating patients on the floor because there are no beds left, and we are "
            "burying children who should have lived,” the letter said. “We have asked for clean "
            "water for four months and been told to wait.\n\n"
            "“We are not asking for praise. We are asking for pipes.”\n\n"
            "The camp, home to about 90,000 people who fled fighting across the border in Dastan, "
            "is run by the government of Qeshra with help from aid groups. A spokesman for the "
            "health ministry, Farid Nazemi, told reporters in the capital, Bandar Sohail, that "
            "water trucks were on their way. “The ministry has heard these concerns, and we are "
            "acting on them,” he said.\n\n"
            "One of the letter’s signatories, Dr. Leila Amini, said a patient had asked her that "
            "morning whether the camp had been forgotten. “She said to me, ‘Does anyone outside "
            "know we are here?’ I did not know what to tell her,” Amini said in an interview with "
            "the news site Qeshra Now.\n\n"
            "Aid groups have for months described the camp’s water supply as “a disaster waiting "
            "for a date.”"
        ),
        "quotes": [
            (
                "We are treating patients on the floor because there are no beds left, and we are "
                "burying children who should have lived,",
                None,
                False,
                "P1",
            ),
            (
                "We have asked for clean water for four months and been told to wait.",
                None,
                False,
                "P1",
            ),
            ("We are not asking for praise. We are asking for pipes.", None, False, "P1"),
            (
                "The ministry has heard these concerns, and we are acting on them,",
                "Farid Nazemi",
                False,
                None,
            ),
            (
                "She said to me, ‘Does anyone outside know we are here?’ I did not know what to "
                "tell her,",
                "Leila Amini",
                False,
                "P2",
            ),
            ("a disaster waiting for a date.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Leila Amini", "Qeshra Now"),
        ],
        "people": ["Farid Nazemi", "Leila Amini"],
    },
    {
        "name": "drone-strike-telegram-briefing",
        "text": (
            "A drone strike on a fuel depot outside the port city of Sarvik killed three workers "
            "and started a fire that burned through the night, the regional governor said on "
            "Saturday.\n\n"
            "Governor Emil Kostenko wrote on Telegram that firefighters had contained the blaze by "
            "morning. “Three men went to work and did not come home. We will find out who sent "
            "this drone,” he wrote, posting photographs of the blackened tanks.\n\n"
            "An armed group calling itself the Eastern Shield claimed the attack in a message on "
            "its own Telegram channel, describing the depot as a “legitimate military target.”\n\n"
            "At a briefing in the capital, the defence ministry’s spokesman, Colonel Yaroslav "
            "Dudka, said the depot supplied only civilian customers. “There were no soldiers there "
            "and no military fuel. This was a strike on a town,” he said. Asked whether the army "
            "would respond, Dudka said only that “every option is being prepared.”\n\n"
            "The governor’s office released the names of the dead on Sunday. One of them, Oleh "
            "Marchuk, 29, had been due to marry in June."
        ),
        "quotes": [
            (
                "Three men went to work and did not come home. We will find out who sent this "
                "drone,",
                "Emil Kostenko",
                False,
                "P1",
            ),
            ("legitimate military target.", None, True, "P2"),
            (
                "There were no soldiers there and no military fuel. This was a strike on a town,",
                "Yaroslav Dudka",
                False,
                None,
            ),
            ("every option is being prepared.", "Yaroslav Dudka", True, None),
        ],
        "posts": [
            ("P1", "Emil Kostenko", "Telegram"),
            ("P2", None, "Telegram"),
        ],
        "people": ["Emil Kostenko", "Yaroslav Dudka", "Oleh Marchuk"],
    },
    {
        "name": "wildfire-tiktok-teenager-mother-comment",
        "text": (
            "A wildfire driven by gusts of up to 90 kilometres an hour forced the evacuation of 14 "
            "villages on the island of Ardessa on Tuesday, and coastguard boats took hundreds of "
            "tourists off two beaches.\n\n"
            "A video that a 17-year-old, Eleni Markou, filmed as her family drove through the "
            "smoke and posted on TikTok has been viewed more than four million times. “We can’t "
            "see the road. Dad, we can’t see the road,” she says in the clip, moments before the "
            "car breaks into daylight.\n\n"
            "The teenager posted a second video on TikTok that evening from a school gym in the "
            "island’s main town. “We’re safe. Thank you to the firefighter who told us which way "
            "to turn,” she said in it.\n\n"
            "Her mother, Sofia Markou, wrote beneath that video that the family’s olive grove had "
            "burned. “Forty years of work, gone in an hour. But we have each other,” she wrote.\n\n"
            "The island’s civil protection chief, Nikos Varvaressos, told the regional broadcaster "
            "Ardessa TV that the fire was “not yet under control on any front.”"
        ),
        "quotes": [
            ("We can’t see the road. Dad, we can’t see the road,", "Eleni Markou", False, "P1"),
            (
                "We’re safe. Thank you to the firefighter who told us which way to turn,",
                "Eleni Markou",
                False,
                "P2",
            ),
            (
                "Forty years of work, gone in an hour. But we have each other,",
                "Sofia Markou",
                False,
                "P2",
            ),
            ("not yet under control on any front.", "Nikos Varvaressos", True, "P3"),
        ],
        "posts": [
            ("P1", "Eleni Markou", "TikTok"),
            ("P2", "Eleni Markou", "TikTok"),
            ("P3", "Nikos Varvaressos", "Ardessa TV"),
        ],
        "people": ["Eleni Markou", "Sofia Markou", "Nikos Varvaressos"],
    },
    {
        "name": "sanctions-summit-joint-statement-substack",
        "text": (
            "Leaders of the 11-member Southern Ocean Compact agreed on Friday to widen sanctions "
            "on the government of Veridia, targeting its shipping companies and the banks that "
            "finance its grain exports.\n\n"
            "“The Compact will not stand by while civilians in the Ilvas region are starved of "
            "food and medicine,” the leaders said in a joint statement at the end of their summit "
            "in Port Maren.\n\n"
            "The summit’s host, Prime Minister Adaeze Okonkwo-Bell, said in her closing speech "
            "that the measures were “the strongest this Compact has ever taken.” She told "
            "delegates: “We have argued about this for a year. Today we stopped arguing.”\n\n"
            "Veridia’s foreign ministry dismissed the sanctions as “economic warfare dressed up as "
            "principle” in a statement issued hours later.\n\n"
            "Not everyone is convinced the measures will work. In an essay on Substack, Gideon "
            "Achterberg, a former Compact ambassador to Veridia, argued that they would hurt "
            "ordinary traders far more than the ministers they were aimed at. “Every round of "
            "sanctions has made the people I knew in Veridia poorer and the people in charge "
            "richer,” he wrote."
        ),
        "quotes": [
            (
                "The Compact will not stand by while civilians in the Ilvas region are starved of "
                "food and medicine,",
                None,
                False,
                "P1",
            ),
            ("the strongest this Compact has ever taken.", "Adaeze Okonkwo-Bell", True, None),
            (
                "We have argued about this for a year. Today we stopped arguing.",
                "Adaeze Okonkwo-Bell",
                False,
                None,
            ),
            ("economic warfare dressed up as principle", None, True, "P2"),
            (
                "Every round of sanctions has made the people I knew in Veridia poorer and the "
                "people in charge richer,",
                "Gideon Achterberg",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Gideon Achterberg", "Substack"),
        ],
        "people": ["Adaeze Okonkwo-Bell", "Gideon Achterberg"],
    },
    {
        "name": "hostage-freed-family-statement-tv-interview",
        "text": (
            "An aid worker held for 14 months by gunmen in the northern Tamerlit region was freed "
            "on Wednesday and flown to Ousseni, the capital of a neighbouring country, officials "
            "said.\n\n"
            "Matthias Lindgren, 58, a water engineer with the charity Pumps for Villages, was "
            "abducted in March last year from a village where he was repairing wells.\n\n"
            "His family said in a statement that they were “overwhelmed with relief” and asked for "
            "privacy. “We have waited for this phone call every day for more than a year,” the "
            "statement said.\n\n"
            "In his first interview since his release, given to the programme Evening Report on "
            "the broadcaster TV Nord, Lindgren said he had been moved between camps at least nine "
            "times. “Most days, you do not know whether it will be your last. You learn to stop "
            "asking,” he said. “They fed us rice and, sometimes, goat. I lost 20 kilos.\n\n"
            "“What kept me going was the thought of my wife’s face when I walked through the "
            "door.”\n\n"
            "His wife, Annika Lindgren, said outside the couple’s home that the family had been "
            "told of his release only an hour before his plane landed. “I still cannot quite "
            "believe it,” she told reporters."
        ),
        "quotes": [
            ("overwhelmed with relief", None, True, "P1"),
            (
                "We have waited for this phone call every day for more than a year,",
                None,
                False,
                "P1",
            ),
            (
                "Most days, you do not know whether it will be your last. You learn to stop "
                "asking,",
                "Matthias Lindgren",
                False,
                "P2",
            ),
            (
                "They fed us rice and, sometimes, goat. I lost 20 kilos.",
                "Matthias Lindgren",
                False,
                "P2",
            ),
            (
                "What kept me going was the thought of my wife’s face when I walked through the "
                "door.",
                "Matthias Lindgren",
                False,
                "P2",
            ),
            ("I still cannot quite believe it,", "Annika Lindgren", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Matthias Lindgren", "Evening Report"),
        ],
        "people": ["Matthias Lindgren", "Annika Lindgren"],
    },
    {
        "name": "cyclone-youtube-livestream-chat-herald",
        "text": (
            "Cyclone Amara made landfall near the fishing town of Port Kessing on Monday evening "
            "with winds of 195 kilometres an hour, tearing roofs from houses and cutting power to "
            "more than a million people along the coast of Sundara.\n\n"
            "The national weather office had upgraded the storm to its highest category on Sunday. "
            "Its director, Dr. Priyanka Ramaswamy, told reporters in the capital that the storm "
            "surge was the greater danger. “Wind breaks windows. Water kills people,” she said. "
            "“Please, if you have been told to leave, leave now.”\n\n"
            "Among those who stayed was the storm chaser Kiran Dessai, who streamed the landfall "
            "live on YouTube from a concrete car park in Port Kessing. “This is the loudest thing "
            "I have ever heard in my life,” he shouted over the wind as a sheet of metal flew past "
            "the camera.\n\n"
            "Viewers flooded the chat beneath the stream, some urging him to get to safety. One "
            "wrote: “Bro, this is not content. Please go inside.”\n\n"
            "Dessai, 31, later defended the broadcast in an interview with the Sundara Herald. “I "
            "was in a safe building, and I showed people what the weather office had been warning "
            "them about for three days,” he said. He said he had “never once” put himself in "
            "danger for views.\n\n"
            "The government said on Tuesday that at least 19 people had been killed."
        ),
        "quotes": [
            ("Wind breaks windows. Water kills people,", "Priyanka Ramaswamy", False, None),
            (
                "Please, if you have been told to leave, leave now.",
                "Priyanka Ramaswamy",
                False,
                None,
            ),
            (
                "This is the loudest thing I have ever heard in my life,",
                "Kiran Dessai",
                False,
                "P1",
            ),
            ("Bro, this is not content. Please go inside.", None, False, "P1"),
            (
                "I was in a safe building, and I showed people what the weather office had been "
                "warning them about for three days,",
                "Kiran Dessai",
                False,
                "P2",
            ),
            ("never once", "Kiran Dessai", True, "P2"),
        ],
        "posts": [
            ("P1", "Kiran Dessai", "YouTube"),
            ("P2", "Kiran Dessai", "Sundara Herald"),
        ],
        "people": ["Priyanka Ramaswamy", "Kiran Dessai"],
    },
    {
        "name": "border-closure-committee-linkedin-comment",
        "text": (
            "The interior minister of Valmora, Jonas Reinholt, defended the closure of the Tessin "
            "border crossing before a parliamentary committee on Thursday, as more than 6,000 "
            "people waited in makeshift camps in the so-called “grey zone” between the two "
            "countries’ border posts.\n\n"
            "“The crossing will reopen when we can register every person who comes through it, and "
            "not one day before,” the minister told the committee. He rejected reports that "
            "families with young children had been turned back, calling them “rumours spread by "
            "smugglers.”\n\n"
            "Some of those reports came from Marta Kowalczyk-Ruiz, a logistics coordinator for the "
            "aid group Bridges Without Borders, who wrote on LinkedIn on Monday that her team had "
            "watched border guards send back “at least four families with babies in their arms.” "
            "She added: “I have worked on six borders. I have never seen this.”\n\n"
            "A colleague, Tobias Engel, commented under her post that he had seen the same thing "
            "at the crossing on Sunday. “I was standing next to Marta. Everything she wrote is "
            "true,” he wrote.\n\n"
            "A spokeswoman for the border guard declined to comment."
        ),
        "quotes": [
            (
                "The crossing will reopen when we can register every person who comes through it, "
                "and not one day before,",
                "Jonas Reinholt",
                False,
                None,
            ),
            ("rumours spread by smugglers.", "Jonas Reinholt", True, None),
            (
                "at least four families with babies in their arms.",
                "Marta Kowalczyk-Ruiz",
                True,
                "P1",
            ),
            (
                "I have worked on six borders. I have never seen this.",
                "Marta Kowalczyk-Ruiz",
                False,
                "P1",
            ),
            (
                "I was standing next to Marta. Everything she wrote is true,",
                "Tobias Engel",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Marta Kowalczyk-Ruiz", "LinkedIn"),
        ],
        "people": ["Jonas Reinholt", "Marta Kowalczyk-Ruiz", "Tobias Engel"],
    },
    {
        "name": "famine-warning-report-newspaper-interview",
        "text": (
            "Nearly two million people in the drought-hit south of Ombara are one step from "
            "famine, an international food monitoring body warned on Tuesday, after a third failed "
            "rainy season in a row.\n\n"
            "The report, published by the Food Security Observatory, found that acute malnutrition "
            "among children under five had doubled since January in the districts of Kiboro and "
            "Lundu. It described the situation in Kiboro as “catastrophic and still "
            "deteriorating.”\n\n"
            "The observatory’s director, Amina Wanjiru-Osei, told the Coastal Courier that "
            "governments had been warned for a year. “We are not warning about something that "
            "might happen. It is happening now, village by village,” she said. She added that aid "
            "pledged in the spring had been “about a third delivered.”\n\n"
            "Ombara’s minister for disaster management, Peter Olabode, said at a news conference "
            "in the capital, Tambo, that the government had begun distributing maize in the "
            "worst-hit districts. “Nobody in this country will be allowed to starve,” he said.\n\n"
            "In Kiboro, a mother of five who asked not to be named because her husband works for "
            "the local government said her children had eaten one meal a day since March. “Some "
            "days it is only tea,” she said."
        ),
        "quotes": [
            ("catastrophic and still deteriorating.", None, True, "P1"),
            (
                "We are not warning about something that might happen. It is happening now, "
                "village by village,",
                "Amina Wanjiru-Osei",
                False,
                "P2",
            ),
            ("about a third delivered.", "Amina Wanjiru-Osei", True, "P2"),
            ("Nobody in this country will be allowed to starve,", "Peter Olabode", False, None),
            ("Some days it is only tea,", None, False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Amina Wanjiru-Osei", "Coastal Courier"),
        ],
        "people": ["Amina Wanjiru-Osei", "Peter Olabode"],
    },
    {
        "name": "flood-photo-instagram-caption-threads",
        "text": (
            "A photograph of a girl carrying her younger brother across a flooded road in the "
            "Mbeza delta has become the most widely shared image of the crisis, and the "
            "photographer who took it says she is uneasy about its fame.\n\n"
            "Rosalind Achebe-Kaur posted the picture on Instagram on Saturday with the caption: “A "
            "nine-year-old girl carried her brother for four hours to reach the clinic at Ndolo. "
            "They made it.”\n\n"
            "By Monday the post had been shared more than 300,000 times, and the children’s uncle, "
            "Ibrahim Sow, had written beneath it that the family was “grateful but tired of "
            "cameras.”\n\n"
            "Achebe-Kaur, 38, wrote on Threads the next day that she had asked the family’s "
            "permission before taking the photograph and again before publishing it. “A picture "
            "can bring money for a clinic. It can also turn two children into a symbol they never "
            "asked to be,” she wrote. “I think about that every time.”\n\n"
            "Delta Health Partners, the aid group that runs the clinic, said donations had tripled "
            "since the photograph appeared."
        ),
        "quotes": [
            (
                "A nine-year-old girl carried her brother for four hours to reach the clinic at "
                "Ndolo. They made it.",
                "Rosalind Achebe-Kaur",
                False,
                "P1",
            ),
            ("grateful but tired of cameras.", "Ibrahim Sow", True, "P1"),
            (
                "A picture can bring money for a clinic. It can also turn two children into a "
                "symbol they never asked to be,",
                "Rosalind Achebe-Kaur",
                False,
                "P2",
            ),
            ("I think about that every time.", "Rosalind Achebe-Kaur", False, "P2"),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Kaur", "Instagram"),
            ("P2", "Rosalind Achebe-Kaur", "Threads"),
        ],
        "people": ["Rosalind Achebe-Kaur", "Ibrahim Sow"],
    },
    {
        "name": "shoal-water-cannon-ambassador-bluesky-reply",
        "text": (
            "The government of Lunaria summoned the ambassador of Castaveria on Friday after "
            "Castaverian coast guard vessels fired water cannon at a Lunarian fishing boat near "
            "the disputed Selke Shoal, injuring two crew members.\n\n"
            "Lunaria’s foreign ministry said in a statement that it had lodged “the strongest "
            "possible protest” with the ambassador and demanded compensation for the fishermen.\n\n"
            "The ambassador, Dmitri Valcourt, spoke briefly to reporters as he left the ministry. "
            "“We had a frank conversation. Our position on the shoal has not changed,” he said.\n\n"
            "The Castaverian embassy later posted its own account on X, saying the fishing boat "
            "had “repeatedly ignored warnings” and that water cannon had been used “as a last "
            "resort.”\n\n"
            "Hanna Lehtovaara, a maritime law researcher at the University of Kestrel, wrote on "
            "Bluesky that the use of water cannon against a small wooden boat was “hard to square "
            "with any reading of the law of the sea.” Replying to her, a former Castaverian naval "
            "officer, Luca Bertagni, argued that the boat had been fishing inside a closed zone. "
            "“Nobody wants injuries. But rules at sea exist for a reason,” he wrote.\n\n"
            "The two injured men were treated in hospital in the port of Arlen and are in stable "
            "condition, the national fishing association said."
        ),
        "quotes": [
            ("the strongest possible protest", None, True, "P1"),
            (
                "We had a frank conversation. Our position on the shoal has not changed,",
                "Dmitri Valcourt",
                False,
                None,
            ),
            ("repeatedly ignored warnings", None, True, "P2"),
            ("as a last resort.", None, True, "P2"),
            (
                "hard to square with any reading of the law of the sea.",
                "Hanna Lehtovaara",
                True,
                "P3",
            ),
            (
                "Nobody wants injuries. But rules at sea exist for a reason,",
                "Luca Bertagni",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Hanna Lehtovaara", "Bluesky"),
        ],
        "people": ["Dmitri Valcourt", "Hanna Lehtovaara", "Luca Bertagni"],
    },
    {
        "name": "landslide-news-conference-reddit-thread",
        "text": (
            "Rescuers using dogs and thermal cameras pulled two more survivors from the mud on "
            "Wednesday, three days after a landslide buried part of the hillside village of San "
            "Telmo de Arriba in the highland province of Varela Alta.\n\n"
            "The head of the national rescue service, Colonel Marisa Quintero, said at a news "
            "conference that 41 people were confirmed dead and 27 were still missing. “We are "
            "still in the window where people can survive, and we are treating every site as if "
            "someone is alive under it,” she said.\n\n"
            "A volunteer geologist helping to map the slope, Andrés Villalba-Cruz, answered "
            "questions from the public in a thread on Reddit on Tuesday night. Asked whether the "
            "rest of the hillside could give way, he wrote: “Yes, it could. That is why we are "
            "keeping everyone out of the upper streets.”\n\n"
            "One user who said he had grown up in the village asked in the thread whether the "
            "school had been hit. “The school is standing. I walked past it this morning,” "
            "Villalba-Cruz replied.\n\n"
            "Quintero warned that heavy rain forecast for the weekend could halt the search. "
            "Residents of the upper streets, she said, should not try to return “for anything, not "
            "even for a photograph.”"
        ),
        "quotes": [
            (
                "We are still in the window where people can survive, and we are treating every "
                "site as if someone is alive under it,",
                "Marisa Quintero",
                False,
                None,
            ),
            (
                "Yes, it could. That is why we are keeping everyone out of the upper streets.",
                "Andrés Villalba-Cruz",
                False,
                "P1",
            ),
            (
                "The school is standing. I walked past it this morning,",
                "Andrés Villalba-Cruz",
                False,
                "P1",
            ),
            ("for anything, not even for a photograph.", "Marisa Quintero", True, None),
        ],
        "posts": [
            ("P1", "Andrés Villalba-Cruz", "Reddit"),
        ],
        "people": ["Marisa Quintero", "Andrés Villalba-Cruz"],
    },
    {
        "name": "prisoner-swap-sister-newspaper-letter",
        "text": (
            "Nine prisoners held by Helvoria and nine held by the breakaway Tarn Republic were "
            "exchanged on Sunday on a bridge over the Morsk River, in a swap brokered by the "
            "government of Asvaland.\n\n"
            "Among those freed was Pavel Renko, a 44-year-old journalist who had been held for two "
            "years on spying charges he has always denied. His sister, Irina Renko, who campaigned "
            "for his release from their home city of Lodvar, was waiting at the end of the "
            "bridge.\n\n"
            "“I saw him before he saw me. He was thinner, but he was walking on his own,” Irina "
            "Renko told the newspaper Lodvar Evening Post.\n\n"
            "In a letter smuggled out of detention last year, Pavel Renko had written that he was "
            "“not afraid, only bored and very far from home.”\n\n"
            "Asvaland’s foreign minister, Eero Saarvik, said the agreement had taken eight months "
            "of talks. “This is a small step, but it is eighteen families who will sleep better "
            "tonight,” he told reporters in the Asvaland capital, Kessholm.\n\n"
            "Pavel Renko, speaking briefly to reporters outside a hospital in Lodvar, said he "
            "needed time before talking about his detention. “Let me first eat my sister’s "
            "cooking,” he said, smiling."
        ),
        "quotes": [
            (
                "I saw him before he saw me. He was thinner, but he was walking on his own,",
                "Irina Renko",
                False,
                "P1",
            ),
            ("not afraid, only bored and very far from home.", "Pavel Renko", True, "P2"),
            (
                "This is a small step, but it is eighteen families who will sleep better tonight,",
                "Eero Saarvik",
                False,
                None,
            ),
            ("Let me first eat my sister’s cooking,", "Pavel Renko", False, None),
        ],
        "posts": [
            ("P1", "Irina Renko", "Lodvar Evening Post"),
            ("P2", "Pavel Renko", None),
        ],
        "people": ["Pavel Renko", "Irina Renko", "Eero Saarvik"],
    },
    {
        "name": "aid-convoy-ceo-email-charity-statement-tv",
        "text": (
            "A convoy of 40 lorries carrying food and medicine has been held for nine days at a "
            "checkpoint outside the besieged city of Sulin, and the charity that organised it says "
            "some of the medicine will soon be unusable.\n\n"
            "In an email to staff seen by this newspaper, the chief executive of the charity Hands "
            "Across, Olufemi Adeyinka, wrote that negotiations with the authorities controlling "
            "the checkpoint had “gone backwards” over the weekend. “I will not ask our drivers to "
            "wait there indefinitely, and I will not ask them to leave without trying everything,” "
            "he wrote.\n\n"
            "The charity said in a statement on Monday that the convoy carried insulin and "
            "vaccines that had to be kept cold. “Our generators have fuel for three more days,” it "
            "said.\n\n"
            "A spokesman for the regional administration, Karim Haddadi, told the broadcaster Nahr "
            "TV that the lorries would be searched “like any other vehicles entering a military "
            "zone.” He denied that the convoy was being held up on purpose. “There is no blockade. "
            "There is a procedure,” he said.\n\n"
            "One of the drivers, reached by phone, said they had been sleeping in their cabs. “We "
            "are eating the biscuits we were supposed to deliver,” he said."
        ),
        "quotes": [
            ("gone backwards", "Olufemi Adeyinka", True, "P1"),
            (
                "I will not ask our drivers to wait there indefinitely, and I will not ask them "
                "to leave without trying everything,",
                "Olufemi Adeyinka",
                False,
                "P1",
            ),
            ("Our generators have fuel for three more days,", None, False, "P2"),
            ("like any other vehicles entering a military zone.", "Karim Haddadi", True, "P3"),
            ("There is no blockade. There is a procedure,", "Karim Haddadi", False, "P3"),
            ("We are eating the biscuits we were supposed to deliver,", None, False, None),
        ],
        "posts": [
            ("P1", "Olufemi Adeyinka", None),
            ("P2", None, None),
            ("P3", "Karim Haddadi", "Nahr TV"),
        ],
        "people": ["Olufemi Adeyinka", "Karim Haddadi"],
    },
    {
        "name": "volcano-press-release-bluesky-radio",
        "text": (
            "The Monte Sarro volcano on the island of Illara erupted on Friday morning, sending a "
            "column of ash eight kilometres into the sky and forcing the evacuation of 11,000 "
            "people under an emergency plan the authorities call “Operation Blue Gate.”\n\n"
            "The island’s civil defence agency said in a press release that all residents within "
            "seven kilometres of the crater had been moved to the port towns of Caldo and Lisella. "
            "“No injuries have been reported,” the release said.\n\n"
            "The volcanologist Beatriz Antunes-Falcão, who has monitored Monte Sarro for two "
            "decades, wrote in a thread on Bluesky that the eruption was “big, but not a "
            "surprise.” She added: “The mountain has been swelling since April. It told us this "
            "was coming.”\n\n"
            "Speaking to the island’s public radio station, Rádio Illara, Antunes-Falcão said the "
            "next 48 hours would show whether the eruption was easing. “If the tremor drops, "
            "people may be home within a week. If it grows, it could be months,” she said.\n\n"
            "Residents of the fishing village of Porto Negro, known as “the balcony” for its view "
            "of the crater, watched the ash cloud from boats in the harbour. “We have lived with "
            "this mountain all our lives. We know when to be afraid of it,” said Rui Medeiros, 67, "
            "a retired fisherman."
        ),
        "quotes": [
            ("No injuries have been reported,", None, False, "P1"),
            ("big, but not a surprise.", "Beatriz Antunes-Falcão", True, "P2"),
            (
                "The mountain has been swelling since April. It told us this was coming.",
                "Beatriz Antunes-Falcão",
                False,
                "P2",
            ),
            (
                "If the tremor drops, people may be home within a week. If it grows, it could be "
                "months,",
                "Beatriz Antunes-Falcão",
                False,
                "P3",
            ),
            (
                "We have lived with this mountain all our lives. We know when to be afraid of it,",
                "Rui Medeiros",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Beatriz Antunes-Falcão", "Bluesky"),
            ("P3", "Beatriz Antunes-Falcão", "Rádio Illara"),
        ],
        "people": ["Beatriz Antunes-Falcão", "Rui Medeiros"],
    },
    {
        "name": "bishop-essay-newspaper-minister-x-reply",
        "text": (
            "A senior churchman in Aldoria has accused the government of treating asylum seekers "
            "“like parcels that nobody wants to sign for,” in an unusually sharp essay published "
            "on Sunday in the newspaper Aldorian Chronicle.\n\n"
            "Anselm Kovač, the bishop of Kellenburg, wrote that the new reception centres on the "
            "country’s eastern border were “prisons in all but name,” and described visiting three "
            "of them. “I have met children who have not been to school for a year,” he wrote.\n\n"
            "Kovač stressed in the essay that he was not arguing for open borders. “A country may "
            "decide who comes in. It may not decide that the people waiting at its door are less "
            "than human,” he wrote.\n\n"
            "The migration minister, Petra Lindahl, replied on X within hours. “The bishop is "
            "welcome to visit any centre at any time. He will find doctors, teachers and clean "
            "beds,” she wrote. She called his essay “a sermon, not a policy.”\n\n"
            "Kovač’s office said he would accept the invitation. The government’s “Fair Welcome” "
            "programme, which created the centres, has cost about 400 million euros since 2022."
        ),
        "quotes": [
            ("like parcels that nobody wants to sign for,", "Anselm Kovač", True, "P1"),
            ("prisons in all but name,", "Anselm Kovač", True, "P1"),
            (
                "I have met children who have not been to school for a year,",
                "Anselm Kovač",
                False,
                "P1",
            ),
            (
                "A country may decide who comes in. It may not decide that the people waiting at "
                "its door are less than human,",
                "Anselm Kovač",
                False,
                "P1",
            ),
            (
                "The bishop is welcome to visit any centre at any time. He will find doctors, "
                "teachers and clean beds,",
                "Petra Lindahl",
                False,
                "P2",
            ),
            ("a sermon, not a policy.", "Petra Lindahl", True, "P2"),
        ],
        "posts": [
            ("P1", "Anselm Kovač", "Aldorian Chronicle"),
            ("P2", "Petra Lindahl", "X"),
        ],
        "people": ["Anselm Kovač", "Petra Lindahl"],
    },
]
