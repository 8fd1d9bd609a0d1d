"""The one-hundred-and-twenty-ninth self-made dev set, held out (EE): its first run is an unseen estimate.

Written with set ED, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, even
  when the post's quote comes before the words that report it (the podcast
  episode of The Diplomat's Desk).
- A post reported without any quoted words (an election commission's news
  release, an election watchdog's press release, Médecins Sans Frontières on
  X) is still listed in posts.
- people lists every named person in the text, in order of first mention,
  including people who never speak (Julián Torres, Mārtiņš Ozoliņš, Col. Yurii
  Ostapchuk, Marek Adamczyk, Sarita Thapa Magar); organisations are not people.
- Governments and their parts are organisations: a foreign ministry, an
  embassy, a mission to the United Nations, a prime minister's office, a
  consulate, an election commission or watchdog, an observer mission, a
  regional bloc, an opposition bloc, a campaign, a charity and an aid agency.
  Their statements, releases, reports, emails, filings, lawsuits and posts
  have author None and their words speak as None.
- A ministry statement or a UN agency's press release that quotes a named
  minister or official ("the statement quoted ... as saying", "the release
  quoted ... as saying") keeps author None, and the quote's speaker is that
  person; a fragment of the statement's own wording speaks as None.
- A joint communiqué of several governments at a summit is one post with
  author None and no platform.
- A named mediator's "said in a statement" is her post with no platform; a
  named politician's letter to donors or to an observer mission is that
  politician's post with no platform, and "her letter said" makes her the
  speaker of its words.
- An observer mission's preliminary report is a post with author None and no
  platform, even though its head is named; what the head then "told reporters"
  is not a post.
- The state's court filing in a case against the government has author None;
  a judge's written ruling is the judge's post with no platform.
- An unnamed spokesperson's email to the story has author None, and its words
  speak as None; an unnamed Reddit user's reply under a named person's thread
  belongs to that thread and speaks as None.
- An unnamed diplomat or delegate quoted on condition of anonymity speaks as
  None, with no post.
- Not posts: an address to the UN General Assembly, a concession "told a
  crowd", a rally "told supporters", a televised debate (even on a named
  broadcaster, TV Globo), a parliamentary committee hearing, a humanitarian
  conference, a news conference (even when the question was about a post),
  a briefing, remarks to journalists at an airport, words said "as passengers
  came ashore", and the story's own "said in an interview" with no outlet.
- Appearing "on" a named programme is an interview with it. Platform names as
  written: Radio Anch’io, Grande Entrevista (not RTP), Ruang Tengah (not Kompas
  TV), The Diplomat’s Desk, Yle, SRF, CNN en Español, El Mercurio, Le Monde,
  Foreign Affairs, NRC, The Guardian ("The" is part of that name) and
  Financial Times (the lowercase "the" before it is not).
- A second post on the same channel ("posted again on the channel", "a second
  YouTube livestream") is a new post of the same author and platform; a
  YouTube livestream is a YouTube post.
- An Instagram story is an Instagram post; words after "with a short message:"
  or "with the words", and a photo's caption, are whole quotes (not partial).
  Comments under an Instagram video or TikTok clip belong to that post; a
  reply fragment under a Bluesky post ("replied to her post that ...") is
  partial and belongs to the post replied to.
- A fragment introduced by "adding that" right after a post's quote belongs to
  that post; "asked by Yle" ties a fragment to the Yle interview; a fragment a
  person "has said" with no source has no post.
- A sentence split by its attribution (“We have heard promises before,” she
  said, “but ...”) is two quotes, neither partial.
- A speech quote that runs over two paragraphs is one quote per paragraph
  with the same speaker and post; the first paragraph has no closing mark.
- Not quotes: a ship's name in marks (the “Aurora Vigil”), a name given to a
  framework or initiative (“Bridge to Darfur”), a book or essay title, a
  nickname of a person or of a campaign or group (“El Profe”, “the quiet
  club”, “the Bengaluru brunch”), a label introduced by "what Moscow calls
  its" and a term in scare quotes (a “return hub”). A memoir named only by its
  title is not a post.
- A scare quote in single marks inside a quote (‘transport money’) is part of
  the quote's text and is not a quote of its own; a platform named inside a
  quote ("I read Facebook") is not a post.
- Titles such as Judge, Col., President and Prime Minister are not part of a
  canonical name. Spanish and Portuguese double surnames keep the fullest form
  used (Catalina Fuentes Ibarra, Helena Barbosa Lima, Wilfredo Quispe Mamani);
  Japanese names keep the order written (Sato Kenjiro, Iwasaki Mariko); "Ní"
  and "van der" are part of the surname; hyphenated surnames are part of the
  canonical name.
- Two siblings sharing a surname (Meera and Karthik Iyer-Raman): a description
  ("the 47-year-old candidate") resolves to the person it describes, and the
  bare surname is avoided in the text.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EE: list[dict] = [
    {
        "name": "x-post-foreign-minister-reply-airport-remarks",
        "text": (
            "Ghana’s foreign minister, Akosua Mensah-Boateng, called on Sunday for "
            "an emergency meeting of West African foreign ministers after soldiers "
            "seized the state broadcaster in neighbouring Togo. “Silence from this "
            "region would be read as consent,” she wrote on X.\n\n"
            "Her Senegalese counterpart, Ousmane Diallo-Faye, replied under the post "
            "within the hour: “Dakar is ready to host. Name the date.”\n\n"
            "Speaking to reporters at Accra’s Kotoka airport on Monday, the "
            "58-year-old was more cautious about sanctions. “Nobody wants to punish "
            "ordinary families for what a few colonels did,” Mensah-Boateng said, "
            "adding that any transition back to civilian rule must begin with “a "
            "calendar the public can see.”\n\n"
            "The regional bloc, the Economic Community of West African States, said "
            "in a statement that it was “following developments closely” and would "
            "convene its mediation council in Abuja on Thursday."
        ),
        "quotes": [
            (
                "Silence from this region would be read as consent,",
                "Akosua Mensah-Boateng",
                False,
                "P1",
            ),
            (
                "Dakar is ready to host. Name the date.",
                "Ousmane Diallo-Faye",
                False,
                "P1",
            ),
            (
                "Nobody wants to punish ordinary families for what a few colonels did,",
                "Akosua Mensah-Boateng",
                False,
                None,
            ),
            (
                "a calendar the public can see.",
                "Akosua Mensah-Boateng",
                True,
                None,
            ),
            (
                "following developments closely",
                None,
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Akosua Mensah-Boateng", "X"),
            ("P2", None, None),
        ],
        "people": ["Akosua Mensah-Boateng", "Ousmane Diallo-Faye"],
    },
    {
        "name": "runoff-concession-crowd-facebook-newspaper-nickname",
        "text": (
            "Rodrigo Albornoz Vera conceded Chile’s presidential runoff late on "
            "Sunday, ending a campaign in which supporters had nicknamed him “El "
            "Profe” for his two decades as a schoolteacher. “The people have spoken, "
            "and I will not argue with them,” he told a crowd in Valparaíso.\n\n"
            "The winner, Catalina Fuentes Ibarra, thanked voters in a Facebook post "
            "shortly after midnight. “I will govern for the 48 percent who did not "
            "choose me as much as for those who did,” wrote Fuentes, 44, a former "
            "mayor of Concepción.\n\n"
            "In an interview with the newspaper El Mercurio on Monday, she said her "
            "first trip abroad would be to Buenos Aires. “Argentina is not a "
            "neighbour we can afford to ignore,” the president-elect said. She would "
            "not say whether she would keep the outgoing finance minister, Julián "
            "Torres, whom her campaign had once called “a caretaker of decline.”"
        ),
        "quotes": [
            (
                "The people have spoken, and I will not argue with them,",
                "Rodrigo Albornoz Vera",
                False,
                None,
            ),
            (
                "I will govern for the 48 percent who did not choose me as much as for those who "
                "did,",
                "Catalina Fuentes Ibarra",
                False,
                "P1",
            ),
            (
                "Argentina is not a neighbour we can afford to ignore,",
                "Catalina Fuentes Ibarra",
                False,
                "P2",
            ),
            (
                "a caretaker of decline.",
                None,
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Catalina Fuentes Ibarra", "Facebook"),
            ("P2", "Catalina Fuentes Ibarra", "El Mercurio"),
        ],
        "people": ["Rodrigo Albornoz Vera", "Catalina Fuentes Ibarra", "Julián Torres"],
    },
    {
        "name": "refugee-agency-release-chad-letter-to-donors-msf-x",
        "text": (
            "More than 12,000 people crossed from Sudan into eastern Chad in the "
            "first week of May, most of them women and children, the UN refugee "
            "agency said in a press release on Friday.\n\n"
            "“Families are arriving with nothing, having walked for days without "
            "water,” the release quoted the agency’s representative in Chad, Ingrid "
            "Halvorsen-Diop, as saying.\n\n"
            "Amna Yousif, 31, reached the border town of Adré with her three sons "
            "after a five-day walk. “We left when the shelling reached the market. I "
            "did not even lock the door,” she said in an interview at a transit "
            "site.\n\n"
            "Chad’s minister for territorial administration, Abakar Oumar "
            "Souleymane, wrote in a letter to donors on Thursday that the camps were "
            "“at the limit of what the land can carry,” and asked for an additional "
            "$90 million.\n\n"
            "Médecins Sans Frontières said on X that its clinic in Adré had treated "
            "more than 400 children for severe malnutrition since April."
        ),
        "quotes": [
            (
                "Families are arriving with nothing, having walked for days without water,",
                "Ingrid Halvorsen-Diop",
                False,
                "P1",
            ),
            (
                "We left when the shelling reached the market. I did not even lock the door,",
                "Amna Yousif",
                False,
                None,
            ),
            (
                "at the limit of what the land can carry,",
                "Abakar Oumar Souleymane",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Abakar Oumar Souleymane", None),
            ("P3", None, "X"),
        ],
        "people": ["Ingrid Halvorsen-Diop", "Amna Yousif", "Abakar Oumar Souleymane"],
    },
    {
        "name": "summit-communique-foreign-affairs-essay-title-yle-split-quote",
        "text": (
            "Leaders of eight Nordic and Baltic countries closed a two-day summit in "
            "Tallinn on Wednesday with a joint communiqué promising to “share the "
            "burden of the eastern frontier in full.”\n\n"
            "The host, Estonian Prime Minister Kadri Saar-Lepik, had laid out the "
            "argument a week earlier in an essay for Foreign Affairs titled “The "
            "Long Border.” “Deterrence that exists only on paper deters nobody,” she "
            "wrote.\n\n"
            "Finland’s president, Aino Rautavaara, was blunter in an interview with "
            "the public broadcaster Yle on Thursday. “We have heard promises "
            "before,” she said, “but this time I want to see the invoices.” Asked by "
            "Yle whether the summit had been a success, Rautavaara laughed and "
            "called it “a good start to a long argument.”\n\n"
            "Latvia’s defence minister, Mārtiņš Ozoliņš, missed the summit because "
            "of a budget vote in Riga."
        ),
        "quotes": [
            (
                "share the burden of the eastern frontier in full.",
                None,
                True,
                "P1",
            ),
            (
                "Deterrence that exists only on paper deters nobody,",
                "Kadri Saar-Lepik",
                False,
                "P2",
            ),
            (
                "We have heard promises before,",
                "Aino Rautavaara",
                False,
                "P3",
            ),
            (
                "but this time I want to see the invoices.",
                "Aino Rautavaara",
                False,
                "P3",
            ),
            (
                "a good start to a long argument.",
                "Aino Rautavaara",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kadri Saar-Lepik", "Foreign Affairs"),
            ("P3", "Aino Rautavaara", "Yle"),
        ],
        "people": ["Kadri Saar-Lepik", "Aino Rautavaara", "Mārtiņš Ozoliņš"],
    },
    {
        "name": "telegram-governor-two-posts-briefing-anonymous-diplomat",
        "text": (
            "Russian drones struck a power plant near Kharkiv overnight, leaving "
            "about 200,000 households without heating, the regional governor, Taras "
            "Melnychuk, said on Telegram early on Tuesday. “Repair crews are already "
            "on site. Please keep your phones charged,” he wrote.\n\n"
            "Hours later he posted again on the channel, this time with photographs "
            "of the damage: “This was not a military target. There are no soldiers "
            "here, only turbines.”\n\n"
            "At a briefing in Kyiv, an air force spokesman, Col. Yurii Ostapchuk, "
            "said 34 of the 41 drones had been shot down. He described the attack as "
            "part of what Moscow calls its “energy campaign,” a label he said was "
            "meant to make the strikes sound technical.\n\n"
            "A senior European diplomat, speaking on condition of anonymity, said "
            "the strike would be raised when European Union foreign ministers meet "
            "on Thursday. “Every winter they try this, and every winter the grid "
            "survives,” the diplomat said."
        ),
        "quotes": [
            (
                "Repair crews are already on site. Please keep your phones charged,",
                "Taras Melnychuk",
                False,
                "P1",
            ),
            (
                "This was not a military target. There are no soldiers here, only turbines.",
                "Taras Melnychuk",
                False,
                "P2",
            ),
            (
                "Every winter they try this, and every winter the grid survives,",
                None,
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Taras Melnychuk", "Telegram"),
            ("P2", "Taras Melnychuk", "Telegram"),
        ],
        "people": ["Taras Melnychuk", "Yurii Ostapchuk"],
    },
    {
        "name": "mayoral-runoff-instagram-caption-tiktok-comment-televised-debate",
        "text": (
            "Three days before São Paulo’s mayoral runoff, the incumbent, Helena "
            "Barbosa Lima, posted a photo on Instagram of herself on an "
            "early-morning bus with the caption “Still the first one on line 875 at "
            "5 a.m.”\n\n"
            "Her challenger, the former congressman Thiago Nascimento, answered with "
            "a TikTok video filmed at a flooded bus terminal. “Photos are easy. "
            "Drainage is hard,” he says in the clip, which had been viewed 2.3 "
            "million times by Friday. Under it, the singer Jaqueline Moura "
            "commented: “Finally someone said it.”\n\n"
            "The two met for a final televised debate on TV Globo on Thursday night. "
            "“You have had four years and forty promises,” Nascimento told the "
            "mayor. Barbosa, 61, called his attacks “the noise of a man who has "
            "never run anything.”\n\n"
            "A Datafolha poll published on Friday showed the race within the margin "
            "of error."
        ),
        "quotes": [
            (
                "Still the first one on line 875 at 5 a.m.",
                "Helena Barbosa Lima",
                False,
                "P1",
            ),
            (
                "Photos are easy. Drainage is hard,",
                "Thiago Nascimento",
                False,
                "P2",
            ),
            (
                "Finally someone said it.",
                "Jaqueline Moura",
                False,
                "P2",
            ),
            (
                "You have had four years and forty promises,",
                "Thiago Nascimento",
                False,
                None,
            ),
            (
                "the noise of a man who has never run anything.",
                "Helena Barbosa Lima",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Helena Barbosa Lima", "Instagram"),
            ("P2", "Thiago Nascimento", "TikTok"),
        ],
        "people": ["Helena Barbosa Lima", "Thiago Nascimento", "Jaqueline Moura"],
    },
    {
        "name": "ministry-statement-quoting-minister-embassy-facebook-guardian",
        "text": (
            "Poland expelled two Belarusian diplomats on Wednesday, saying in a "
            "foreign ministry statement that they had engaged in “activities "
            "incompatible with their status.” The statement quoted the foreign "
            "minister, Zofia Wiśniewska-Król, as saying: “Our patience with "
            "provocations at the border has run out.”\n\n"
            "The Belarusian embassy in Warsaw responded on Facebook, calling the "
            "expulsions “a hysterical gesture dictated from Brussels” and promising "
            "a “mirror response.”\n\n"
            "In an interview with The Guardian published on Thursday, "
            "Wiśniewska-Król linked the decision to the movement of migrants through "
            "the forests along the border. “People are being used as ammunition, and "
            "the diplomats knew it,” she said. “We will not pretend otherwise.”\n\n"
            "Her deputy, Marek Adamczyk, is due to brief European Union ambassadors "
            "in Warsaw on Friday. Officials said further expulsions had not been "
            "ruled out if incidents at the border continued."
        ),
        "quotes": [
            (
                "activities incompatible with their status.",
                None,
                True,
                "P1",
            ),
            (
                "Our patience with provocations at the border has run out.",
                "Zofia Wiśniewska-Król",
                False,
                "P1",
            ),
            (
                "a hysterical gesture dictated from Brussels",
                None,
                True,
                "P2",
            ),
            (
                "mirror response.",
                None,
                True,
                "P2",
            ),
            (
                "People are being used as ammunition, and the diplomats knew it,",
                "Zofia Wiśniewska-Król",
                False,
                "P3",
            ),
            (
                "We will not pretend otherwise.",
                "Zofia Wiśniewska-Król",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Facebook"),
            ("P3", "Zofia Wiśniewska-Król", "The Guardian"),
        ],
        "people": ["Zofia Wiśniewska-Król", "Marek Adamczyk"],
    },
    {
        "name": "rescue-ship-name-radio-programme-charity-statement",
        "text": (
            "A German charity’s rescue ship, the “Aurora Vigil,” docked in the "
            "Sicilian port of Pozzallo on Saturday with 212 people rescued from two "
            "rubber boats off Libya. Its captain, Friederike Osterhagen, said the "
            "boats had been taking on water for hours. “We reached the second one "
            "with maybe twenty minutes to spare,” she said as passengers came "
            "ashore.\n\n"
            "Italy’s interior minister, Raffaele Colonna, told the radio programme "
            "Radio Anch’io that the ship had ignored an order to sail to a more "
            "distant port. “Rules are not suggestions,” the minister said. “They "
            "apply to charities too.”\n\n"
            "The charity, SeaBridge, said in a statement that the order would have "
            "meant “three more days at sea for exhausted and injured people” and "
            "that it would challenge any fine in court.\n\n"
            "Osterhagen, 39, has captained the vessel since 2021."
        ),
        "quotes": [
            (
                "We reached the second one with maybe twenty minutes to spare,",
                "Friederike Osterhagen",
                False,
                None,
            ),
            (
                "Rules are not suggestions,",
                "Raffaele Colonna",
                False,
                "P1",
            ),
            (
                "They apply to charities too.",
                "Raffaele Colonna",
                False,
                "P1",
            ),
            (
                "three more days at sea for exhausted and injured people",
                None,
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Raffaele Colonna", "Radio Anch’io"),
            ("P2", None, None),
        ],
        "people": ["Friederike Osterhagen", "Raffaele Colonna"],
    },
    {
        "name": "election-commission-release-opposition-letter-lawsuit-observer-report",
        "text": (
            "Georgia’s Central Election Commission said in a news release on Monday "
            "that the governing party had won 53.9 percent of the vote, a result the "
            "opposition refused to accept.\n\n"
            "Nino Tsiklauri, who leads the largest opposition bloc, wrote to the "
            "head of the international observer mission asking for a full audit of "
            "400 polling stations. “We are not asking for a favour. We are asking "
            "for arithmetic,” her letter said.\n\n"
            "Her bloc also filed a lawsuit in Tbilisi City Court, arguing that "
            "voters in several villages had been “escorted, counted and "
            "photographed” by local officials.\n\n"
            "The observers’ preliminary report, released on Tuesday, described the "
            "vote as “competitive but marred by pressure on public-sector "
            "employees.” The mission’s head, Lars-Erik Holmqvist, told reporters "
            "that a final assessment would follow within eight weeks. “We do not "
            "certify elections. We describe them,” he said."
        ),
        "quotes": [
            (
                "We are not asking for a favour. We are asking for arithmetic,",
                "Nino Tsiklauri",
                False,
                "P2",
            ),
            (
                "escorted, counted and photographed",
                None,
                True,
                "P3",
            ),
            (
                "competitive but marred by pressure on public-sector employees.",
                None,
                True,
                "P4",
            ),
            (
                "We do not certify elections. We describe them,",
                "Lars-Erik Holmqvist",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Nino Tsiklauri", None),
            ("P3", None, None),
            ("P4", None, None),
        ],
        "people": ["Nino Tsiklauri", "Lars-Erik Holmqvist"],
    },
    {
        "name": "linkedin-aid-director-comment-spokesperson-email-conference",
        "text": (
            "Ayesha Rahimi-Carter, the country director of the aid group Harvest "
            "Relief in Niger, wrote on LinkedIn on Wednesday that the organisation "
            "would stop food distributions in two regions next month after a donor "
            "government cut its funding by 40 percent. “I have spent 19 years in "
            "this work, and this is the first time I have had to choose which "
            "village eats,” she wrote.\n\n"
            "Beneath the post, a former colleague, Emeka Obi-Nwosu, now with the "
            "World Food Programme in Rome, commented: “Heartbreaking and honest. "
            "Thank you for not dressing it up.”\n\n"
            "Harvest Relief did not name the donor. A spokesperson for the Dutch "
            "foreign trade ministry said in an email that the ministry “does not "
            "discuss individual grants.”\n\n"
            "Speaking at a humanitarian conference in Geneva a day later, "
            "Rahimi-Carter called the cuts “a slow emergency that nobody will film.” "
            "She said 180,000 people would be affected."
        ),
        "quotes": [
            (
                "I have spent 19 years in this work, and this is the first time I have had to "
                "choose which village eats,",
                "Ayesha Rahimi-Carter",
                False,
                "P1",
            ),
            (
                "Heartbreaking and honest. Thank you for not dressing it up.",
                "Emeka Obi-Nwosu",
                False,
                "P1",
            ),
            (
                "does not discuss individual grants.",
                None,
                True,
                "P2",
            ),
            (
                "a slow emergency that nobody will film.",
                "Ayesha Rahimi-Carter",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ayesha Rahimi-Carter", "LinkedIn"),
            ("P2", None, None),
        ],
        "people": ["Ayesha Rahimi-Carter", "Emeka Obi-Nwosu"],
    },
    {
        "name": "memoir-title-podcast-episode-x-post-nickname",
        "text": (
            "Former Japanese prime minister Sato Kenjiro has a new memoir, “Between "
            "Two Oceans,” and a new argument: that Tokyo should open talks with "
            "Beijing on a military hotline without preconditions.\n\n"
            "“Every month without a telephone line is a month of gambling,” Sato "
            "said on the latest episode of the podcast The Diplomat’s Desk, recorded "
            "in Tokyo last week.\n\n"
            "The current foreign minister, Iwasaki Mariko, responded on X on Monday. "
            "“A hotline needs two people willing to pick up,” she posted, adding "
            "that Japan’s door had been “open for years.”\n\n"
            "Sato, 77, led the government for two years in the early 2010s and has "
            "rarely criticised his successors in public. In the book he calls the "
            "ruling party’s foreign policy establishment “the quiet club,” a "
            "nickname that has already irritated several of its members. His "
            "publisher said the memoir had sold 60,000 copies in its first week."
        ),
        "quotes": [
            (
                "Every month without a telephone line is a month of gambling,",
                "Sato Kenjiro",
                False,
                "P1",
            ),
            (
                "A hotline needs two people willing to pick up,",
                "Iwasaki Mariko",
                False,
                "P2",
            ),
            (
                "open for years.",
                "Iwasaki Mariko",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Sato Kenjiro", "The Diplomat’s Desk"),
            ("P2", "Iwasaki Mariko", "X"),
        ],
        "people": ["Sato Kenjiro", "Iwasaki Mariko"],
    },
    {
        "name": "un-assembly-two-paragraph-speech-mission-statement-instagram-comment",
        "text": (
            "Addressing the UN General Assembly on Friday, Fiji’s foreign minister, "
            "Litia Vunivalu, said people displaced by rising seas had to be "
            "protected by international law, not by charity.\n\n"
            "“When the sea takes a village, the people of that village do not stop "
            "being citizens of somewhere. They do not become a problem to be "
            "managed.\n\n"
            "“They become our test. And so far, we are failing it,” she said.\n\n"
            "Australia’s mission to the United Nations said in a statement "
            "afterwards that it “shares the minister’s sense of urgency” and pointed "
            "to its visa programme for Pacific workers.\n\n"
            "Vunivalu later posted a video of the speech on Instagram with a short "
            "message: “Said it in New York. Will say it again in Canberra.” Among "
            "those who commented was the Tongan climate activist Sione Fifita, who "
            "wrote: “Thank you for saying what our grandparents cannot.”"
        ),
        "quotes": [
            (
                "When the sea takes a village, the people of that village do not stop being "
                "citizens of somewhere. They do not become a problem to be managed.",
                "Litia Vunivalu",
                False,
                None,
            ),
            (
                "They become our test. And so far, we are failing it,",
                "Litia Vunivalu",
                False,
                None,
            ),
            (
                "shares the minister’s sense of urgency",
                None,
                True,
                "P1",
            ),
            (
                "Said it in New York. Will say it again in Canberra.",
                "Litia Vunivalu",
                False,
                "P2",
            ),
            (
                "Thank you for saying what our grandparents cannot.",
                "Sione Fifita",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Litia Vunivalu", "Instagram"),
        ],
        "people": ["Litia Vunivalu", "Sione Fifita"],
    },
    {
        "name": "reddit-thread-migrant-workers-consulate-email-tv-programme",
        "text": (
            "Thousands of Nepali workers bound for Portugal have been stranded by a "
            "visa backlog at the Portuguese consulate in New Delhi, according to "
            "applicants and recruitment agencies.\n\n"
            "Bikash Gurung, a 29-year-old electrician from Pokhara, started a Reddit "
            "thread last month to collect cases. “I sold my motorbike for the agency "
            "fee. Now I have neither the bike nor the visa,” he wrote. Within a week "
            "it had more than 900 replies. “Same here, seven months and counting,” "
            "one user replied.\n\n"
            "The consulate said in an email to applicants that processing times were "
            "“exceptionally long due to unprecedented demand.”\n\n"
            "Portugal’s secretary of state for migration, Inês Carvalho Lobo, "
            "acknowledged the delays on the RTP programme Grande Entrevista. “We are "
            "hiring, but you do not train a consular officer in a week,” she said. "
            "Nepal’s labour minister, Sarita Thapa Magar, has asked to meet her in "
            "Lisbon."
        ),
        "quotes": [
            (
                "I sold my motorbike for the agency fee. Now I have neither the bike nor the visa,",
                "Bikash Gurung",
                False,
                "P1",
            ),
            (
                "Same here, seven months and counting,",
                None,
                False,
                "P1",
            ),
            (
                "exceptionally long due to unprecedented demand.",
                None,
                True,
                "P2",
            ),
            (
                "We are hiring, but you do not train a consular officer in a week,",
                "Inês Carvalho Lobo",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Bikash Gurung", "Reddit"),
            ("P2", None, None),
            ("P3", "Inês Carvalho Lobo", "Grande Entrevista"),
        ],
        "people": ["Bikash Gurung", "Inês Carvalho Lobo", "Sarita Thapa Magar"],
    },
    {
        "name": "state-election-financial-times-sibling-instagram-rally-nickname",
        "text": (
            "Meera Iyer-Raman, the opposition’s candidate for chief minister of "
            "Karnataka, told the Financial Times on Monday that her party would "
            "scrap the state’s new anti-conversion law if it won next month’s "
            "election. “A law that makes every wedding a police matter is not a law, "
            "it is a mood,” she said.\n\n"
            "Her brother, Karthik Iyer-Raman, who runs the party’s social media "
            "operation, posted a clip of the interview on Instagram with the words "
            "“This is what a chief minister sounds like.”\n\n"
            "The state’s home minister, Basavaraj Gowda, dismissed the remarks at a "
            "rally in Hubballi on Tuesday. “Madam is welcome to her mood. Karnataka "
            "will keep its law,” he told supporters.\n\n"
            "The 47-year-old candidate spent a decade as a High Court lawyer. "
            "Critics have nicknamed her campaign “the Bengaluru brunch,” a jibe she "
            "has said she finds “quite flattering, actually.”"
        ),
        "quotes": [
            (
                "A law that makes every wedding a police matter is not a law, it is a mood,",
                "Meera Iyer-Raman",
                False,
                "P1",
            ),
            (
                "This is what a chief minister sounds like.",
                "Karthik Iyer-Raman",
                False,
                "P2",
            ),
            (
                "Madam is welcome to her mood. Karnataka will keep its law,",
                "Basavaraj Gowda",
                False,
                None,
            ),
            (
                "quite flattering, actually.",
                "Meera Iyer-Raman",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Meera Iyer-Raman", "Financial Times"),
            ("P2", "Karthik Iyer-Raman", "Instagram"),
        ],
        "people": ["Meera Iyer-Raman", "Karthik Iyer-Raman", "Basavaraj Gowda"],
    },
    {
        "name": "peace-talks-framework-name-mediator-statement-anonymous-delegate-srf",
        "text": (
            "Talks between Sudan’s army and the paramilitary Rapid Support Forces "
            "resumed in Geneva on Monday under a framework the mediators have "
            "branded “Bridge to Darfur,” though the two delegations have yet to sit "
            "in the same room.\n\n"
            "The lead mediator, the Swiss diplomat Corinne Aebischer-Nkosi, said in "
            "a statement that both sides had accepted “the principle, if not yet the "
            "map,” of humanitarian corridors into Darfur.\n\n"
            "An army delegate, who asked not to be named because he was not "
            "authorised to speak, was less hopeful. “They want corridors for food "
            "and corridors for their fighters. We can tell the difference,” he "
            "said.\n\n"
            "The RSF’s political adviser, Abdelrahim Taha Osman, wrote on X that his "
            "side was “ready to sign tonight” and accused the army of stalling. "
            "Aebischer-Nkosi, 55, told the Swiss broadcaster SRF that she expected a "
            "first agreement “within days, not weeks.”"
        ),
        "quotes": [
            (
                "the principle, if not yet the map,",
                "Corinne Aebischer-Nkosi",
                True,
                "P1",
            ),
            (
                "They want corridors for food and corridors for their fighters. We can tell the "
                "difference,",
                None,
                False,
                None,
            ),
            (
                "ready to sign tonight",
                "Abdelrahim Taha Osman",
                True,
                "P2",
            ),
            (
                "within days, not weeks.",
                "Corinne Aebischer-Nkosi",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Corinne Aebischer-Nkosi", None),
            ("P2", "Abdelrahim Taha Osman", "X"),
            ("P3", "Corinne Aebischer-Nkosi", "SRF"),
        ],
        "people": ["Corinne Aebischer-Nkosi", "Abdelrahim Taha Osman"],
    },
    {
        "name": "migration-pact-le-monde-op-ed-facebook-reply-news-conference",
        "text": (
            "France’s minister for European affairs, Claire Dubois-Ndiaye, defended "
            "the European Union’s new migration pact in an op-ed in Le Monde on "
            "Sunday, calling it “the least bad compromise Europe has ever reached.” "
            "“Solidarity that is optional is not solidarity,” she wrote, arguing "
            "that countries refusing to take in asylum seekers should pay into a "
            "common fund.\n\n"
            "Hungary’s foreign minister, Gábor Kertész-Nagy, answered in a Facebook "
            "post on Monday. “Budapest will pay for fences, not for quotas,” he "
            "wrote.\n\n"
            "Asked about his post at a news conference in Brussels, Dubois-Ndiaye "
            "shrugged. “I read Facebook only when I need to be reminded why we have "
            "treaties,” she said.\n\n"
            "The Italian prime minister’s office said in a statement that Rome "
            "“welcomes the debate” and would present its own proposal at next "
            "month’s summit. The pact is due to take full effect in June 2026."
        ),
        "quotes": [
            (
                "the least bad compromise Europe has ever reached.",
                "Claire Dubois-Ndiaye",
                True,
                "P1",
            ),
            (
                "Solidarity that is optional is not solidarity,",
                "Claire Dubois-Ndiaye",
                False,
                "P1",
            ),
            (
                "Budapest will pay for fences, not for quotas,",
                "Gábor Kertész-Nagy",
                False,
                "P2",
            ),
            (
                "I read Facebook only when I need to be reminded why we have treaties,",
                "Claire Dubois-Ndiaye",
                False,
                None,
            ),
            (
                "welcomes the debate",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Claire Dubois-Ndiaye", "Le Monde"),
            ("P2", "Gábor Kertész-Nagy", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Claire Dubois-Ndiaye", "Gábor Kertész-Nagy"],
    },
    {
        "name": "ambassador-recall-youtube-livestreams-cnn-description-airport",
        "text": (
            "Peru recalled its ambassador from La Paz on Thursday, a day after "
            "Bolivia’s president, Wilfredo Quispe Mamani, described the Peruvian "
            "government in a YouTube livestream as “a club of landlords dressed up "
            "as a republic.”\n\n"
            "The Peruvian foreign minister, Rosa Elena Valdivia, told CNN en Español "
            "that the recall was “not a rupture, but a pause.” “We have 1,000 "
            "kilometres of border and millions of families on both sides of it. "
            "Nobody is closing anything,” said the 63-year-old, a career diplomat.\n\n"
            "Quispe, for his part, was unrepentant. In a second YouTube livestream "
            "on Friday night he told viewers: “I said what the Andes already know.”\n\n"
            "The recalled ambassador, Óscar Huamán Rivas, landed in Lima on Friday "
            "morning. He declined to answer questions from journalists waiting at "
            "the airport, saying only that he would “report to the ministry first.”"
        ),
        "quotes": [
            (
                "a club of landlords dressed up as a republic.",
                "Wilfredo Quispe Mamani",
                True,
                "P1",
            ),
            (
                "not a rupture, but a pause.",
                "Rosa Elena Valdivia",
                True,
                "P2",
            ),
            (
                "We have 1,000 kilometres of border and millions of families on both sides of "
                "it. Nobody is closing anything,",
                "Rosa Elena Valdivia",
                False,
                "P2",
            ),
            (
                "I said what the Andes already know.",
                "Wilfredo Quispe Mamani",
                False,
                "P3",
            ),
            (
                "report to the ministry first.",
                "Óscar Huamán Rivas",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Wilfredo Quispe Mamani", "YouTube"),
            ("P2", "Rosa Elena Valdivia", "CNN en Español"),
            ("P3", "Wilfredo Quispe Mamani", "YouTube"),
        ],
        "people": ["Wilfredo Quispe Mamani", "Rosa Elena Valdivia", "Óscar Huamán Rivas"],
    },
    {
        "name": "watchdog-release-bluesky-single-mark-scare-quote-replies-talk-show",
        "text": (
            "Indonesia’s election watchdog said in a press release on Tuesday that "
            "it had received 1,412 complaints about vote buying in this month’s "
            "regional elections, more than double the number five years ago.\n\n"
            "The watchdog’s chair, Dewi Kartika Sari, went further in a post on "
            "Bluesky. “Envelopes of cash are still being called ‘transport money’ in "
            "some districts. Let us call them what they are,” she wrote.\n\n"
            "A candidate for governor of North Sumatra, Hendrik Simanjuntak, replied "
            "to her post that his rivals had “turned the whole province into a "
            "marketplace.” Under the same post, the political scientist Yohana "
            "Wattimena wrote: “The complaints are the good news. It means people are "
            "no longer afraid to report.”\n\n"
            "Simanjuntak, who trails in the polls, told Kompas TV’s talk show Ruang "
            "Tengah on Wednesday that he would not accept a result he called “bought "
            "and paid for.”"
        ),
        "quotes": [
            (
                "Envelopes of cash are still being called ‘transport money’ in some districts. "
                "Let us call them what they are,",
                "Dewi Kartika Sari",
                False,
                "P2",
            ),
            (
                "turned the whole province into a marketplace.",
                "Hendrik Simanjuntak",
                True,
                "P2",
            ),
            (
                "The complaints are the good news. It means people are no longer afraid to report.",
                "Yohana Wattimena",
                False,
                "P2",
            ),
            (
                "bought and paid for.",
                "Hendrik Simanjuntak",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Dewi Kartika Sari", "Bluesky"),
            ("P3", "Hendrik Simanjuntak", "Ruang Tengah"),
        ],
        "people": ["Dewi Kartika Sari", "Hendrik Simanjuntak", "Yohana Wattimena"],
    },
    {
        "name": "asylum-beds-committee-hearing-instagram-story-charity-x-resident",
        "text": (
            "Ireland’s minister for integration, Siobhán Ní Bhriain, told a "
            "parliamentary committee on Wednesday that the state had run out of "
            "emergency beds for newly arrived asylum seekers for the third time this "
            "year. “We are not short of compassion. We are short of buildings,” she "
            "said.\n\n"
            "Later that day she shared a photo from a reception centre in County "
            "Clare on her Instagram story: “Met families here today who have waited "
            "11 weeks for a room. They deserve better from us.”\n\n"
            "The charity Doras Fáilte posted on X that the asylum system was “stuck "
            "in a permanent state of emergency.”\n\n"
            "One resident of the centre, Yonas Tesfamariam, an Eritrean engineer, "
            "said in an interview that the staff had been kind. “Kindness is not a "
            "bed. But it is something,” the 34-year-old said.\n\n"
            "The government expects to open 2,000 more places by the end of the year."
        ),
        "quotes": [
            (
                "We are not short of compassion. We are short of buildings,",
                "Siobhán Ní Bhriain",
                False,
                None,
            ),
            (
                "Met families here today who have waited 11 weeks for a room. They deserve "
                "better from us.",
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            (
                "stuck in a permanent state of emergency.",
                None,
                True,
                "P2",
            ),
            (
                "Kindness is not a bed. But it is something,",
                "Yonas Tesfamariam",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Siobhán Ní Bhriain", "Instagram"),
            ("P2", None, "X"),
        ],
        "people": ["Siobhán Ní Bhriain", "Yonas Tesfamariam"],
    },
    {
        "name": "return-hub-ruling-state-filing-minister-x-lawyer-newspaper",
        "text": (
            "A court in The Hague on Friday barred the Dutch government from sending "
            "31 rejected asylum seekers to a planned “return hub” in Uganda until it "
            "can show that they would have access to lawyers there.\n\n"
            "In a 42-page ruling, Judge Marieke van der Leeuw wrote that the "
            "government’s assurances amounted to “a promise about a building that "
            "does not yet exist.” The state had argued in its filing that the hub "
            "would meet “every standard set by European law.”\n\n"
            "The migration minister, Pieter-Jan Verbruggen, said on X that he would "
            "appeal. “The court has delayed this policy. It has not stopped it,” he "
            "wrote.\n\n"
            "Lawyers for the asylum seekers welcomed the decision. “My clients have "
            "been told for a year that they are going to a place no one has seen,” "
            "one of them, Samira El Amrani, told the newspaper NRC. “Today a judge "
            "asked to see it first.”"
        ),
        "quotes": [
            (
                "a promise about a building that does not yet exist.",
                "Marieke van der Leeuw",
                True,
                "P1",
            ),
            (
                "every standard set by European law.",
                None,
                True,
                "P2",
            ),
            (
                "The court has delayed this policy. It has not stopped it,",
                "Pieter-Jan Verbruggen",
                False,
                "P3",
            ),
            (
                "My clients have been told for a year that they are going to a place no one has "
                "seen,",
                "Samira El Amrani",
                False,
                "P4",
            ),
            (
                "Today a judge asked to see it first.",
                "Samira El Amrani",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Marieke van der Leeuw", None),
            ("P2", None, None),
            ("P3", "Pieter-Jan Verbruggen", "X"),
            ("P4", "Samira El Amrani", "NRC"),
        ],
        "people": ["Marieke van der Leeuw", "Pieter-Jan Verbruggen", "Samira El Amrani"],
    },
]
