"""The one-hundred-and-fifty-ninth self-made dev set, held out (FI): its first run is an
unseen estimate.

Written with set FH, without reading the extraction rules, and committed before any rule was
run on it. Topic area: faith, charities and communities: churches, mosques, volunteers, appeals
and local heroes. Same format and conventions as the earlier self-made sets (not a public
corpus): an interview with a named outlet or show is a post (platform: the outlet or show as
written, without quotation marks), and "told" a named newspaper is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay with no named
outlet is a post with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech, hearing, court
hearing, town hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post only when the
text ties it to that post; organisations and unnamed people speak as None, and a company's
release, statement or lawsuit has author None even when it quotes a named executive; titles,
nicknames and scare quotes in marks are not quotes; speakers are the fullest form of the name
used in the text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a mosque trustees' statement only mentioned) is
  still listed in posts; trustees speaking as a body give author None.
- Religious and honorific titles (the Rev, Father, Sister, Rabbi, Imam, Pastor, Sheikh, the
  Venerable, Bishop of ...) are not part of a canonical name; "Thich" in a Vietnamese monk's
  Dharma name (Thich Tam Hoa) is part of it. Name order as written is kept for Vietnamese and
  Korean names (Nguyen Thi Mai, Park Ji-hoon), and the bare "Nguyen" refers to Nguyen Thi Mai.
- A person named by a first name only (Stuart, Noa, Wanjiru) has that first name as canonical
  name; a relative's surname is never assumed.
- Saints in the names of churches (St Aidan's, St Peter and St Paul) and religious figures
  named inside a quote (Jesus) are not people.
- A GoFundMe appeal page is the organiser's post with platform GoFundMe; a message to a
  street's WhatsApp group is the sender's post with platform WhatsApp.
- A leading lowercase "the" is not part of an outlet's name ("told the Hull Daily Mail" gives
  Hull Daily Mail); a channel's possessive is dropped from a show (BBC One's Songs of Praise
  gives Songs of Praise); radio stations take their name as written (BBC Radio Lancashire,
  Premier Christian Radio). A presenter's unnamed show on a named station ("her BBC Radio
  Norfolk show") is the presenter's post with the station as platform.
- Words "told the programme's presenter" of a named show are an interview post on that show;
  "said in an interview" with no outlet is not a post.
- A sermon, a service, evening prayers or an award ceremony is not a post; a sermon streamed
  on a church's YouTube channel is a YouTube post with author None (the church's channel) and
  the preacher speaks its words. Likewise a video a group (Mercy Hands) films for TikTok has
  author None, and its founder, speaking in it ("says in the video"), is the speaker.
- A bishop's pastoral letter read at Masses is the bishop's post with no platform; a
  headteacher's letter to parents is hers with no platform; a letter to a named newspaper is a
  post with that newspaper as platform, and a quote in it running over two paragraphs after
  "wrote:" is one quote per paragraph, both linked to the letter.
- A joint statement by two named leaders has author None and its words speak as None.
- A church's or charity's post on its own Facebook page or on X has author None.
- A chief executive's email to a charity's volunteers is the executive's post, as an email to
  staff is.
- Posts reported together as one series ("posted a rota on Instagram every night ... read
  one") are one post; the identical handwritten notes left with 20 envelopes by an anonymous
  donor are one post with author None and no platform, and their words speak as None.
- A sentence split by its attribution ("..., he told reporters, “and today ...”") gives two
  quotes, neither partial; a whole sentence after a colon ("said only:", "commented:", "replied
  to her post:") is not partial.
- A reply by the founder of a group under someone else's Threads post belongs to that post; a
  comment by the author under her own TikTok video belongs to the video.
- A fragment inside "told the Hackney Gazette that ..." or "asked viewers (in a YouTube
  video) to give up ..." is partial and belongs to that interview or video; a host's fragment
  ("Daly ... called the essay ...") with nothing tying it to the show has no post.
- Words to reporters outside a hospice after a TV appearance are not part of the TV post.
- A signature in marks (signed only “a neighbour”), a nickname (“the Norwich Elf”, “the Bell
  Man”), a scare quote (“warm space”) and hymn titles (“Abide With Me”, “Amazing Grace”) are
  not quotes; the anonymous Reddit thread's author and an unnamed X replier speak as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FI: list[dict] = [
    {
        "name": "mosque-food-bank-facebook-appeal-radio",
        "text": (
            "Imam Yusuf Qureshi of the Al-Noor Mosque in Blackburn asked for help on Facebook "
            "on Sunday after the mosque’s food bank ran out of tinned goods for the first time "
            "in its six-year history. “Our shelves are empty and the queue is longer every "
            "week,” he wrote.\n\n"
            "Within hours the post had been shared more than 2,000 times. Under it, a "
            "volunteer, Bernadette Kowalczyk, commented: “I will be there at nine with a car "
            "full. Who is coming with me?”\n\n"
            "By Tuesday the shelves had been restocked. Qureshi told BBC Radio Lancashire that "
            "donations had come from churches, a gurdwara and a local rugby club. “This town "
            "has shown what it is made of,” the 52-year-old said.\n\n"
            "The mosque’s trustees said in a statement that a second collection point would "
            "open at St Aidan’s Church next month."
        ),
        "quotes": [
            (
                "Our shelves are empty and the queue is longer every week,",
                "Yusuf Qureshi",
                False,
                "P1",
            ),
            (
                "I will be there at nine with a car full. Who is coming with me?",
                "Bernadette Kowalczyk",
                False,
                "P1",
            ),
            ("This town has shown what it is made of,", "Yusuf Qureshi", False, "P2"),
        ],
        "posts": [
            ("P1", "Yusuf Qureshi", "Facebook"),
            ("P2", "Yusuf Qureshi", "BBC Radio Lancashire"),
            ("P3", None, None),
        ],
        "people": ["Yusuf Qureshi", "Bernadette Kowalczyk"],
    },
    {
        "name": "church-roof-gofundme-bell-man-hymn",
        "text": (
            "The Rev Grace Mensah has spent eleven years as vicar of St Bartholomew’s in Hull, "
            "and for nine of them she has been praying about the roof. On Monday the diocese "
            "said the building would close at Easter unless £180,000 could be found for "
            "repairs.\n\n"
            "Mensah launched an appeal on GoFundMe the same evening. “This church has baptised, "
            "married and buried this neighbourhood for 160 years,” she wrote on the page. “It "
            "is not ready to be a block of flats.”\n\n"
            "The appeal passed £40,000 by Thursday, helped by a concert at which the choir sang "
            "“Abide With Me” and a retired docker, Kenneth Ashworth, known in the parish as "
            "“the Bell Man” for ringing the bells every Sunday since 1971, auctioned his tools.\n\n"
            "“Every penny goes on the roof,” the vicar told the Hull Daily Mail. “Not on me, "
            "not on biscuits.”"
        ),
        "quotes": [
            (
                "This church has baptised, married and buried this neighbourhood for 160 years,",
                "Grace Mensah",
                False,
                "P1",
            ),
            ("It is not ready to be a block of flats.", "Grace Mensah", False, "P1"),
            ("Every penny goes on the roof,", "Grace Mensah", False, "P2"),
            ("Not on me, not on biscuits.", "Grace Mensah", False, "P2"),
        ],
        "posts": [
            ("P1", "Grace Mensah", "GoFundMe"),
            ("P2", "Grace Mensah", "Hull Daily Mail"),
        ],
        "people": ["Grace Mensah", "Kenneth Ashworth"],
    },
    {
        "name": "bus-driver-soup-volunteer-award-tiktok-granddaughter",
        "text": (
            "A Glasgow bus driver who has cooked soup for homeless people every Friday night "
            "for 14 years was named the city’s volunteer of the year on Wednesday.\n\n"
            "Harjit Singh Bains, 61, began by handing out flasks from the boot of his car after "
            "his shift. Today his kitchen at the Central Gurdwara serves about 300 people a "
            "week. “I only did what my father did in Ludhiana,” Bains told reporters after the "
            "ceremony. “Nobody should go to bed hungry in a city this rich.”\n\n"
            "His granddaughter, Simran Kaur, filmed his Friday rounds for TikTok last winter, "
            "and the video has been watched 3.1 million times. “My dadaji thinks TikTok is a "
            "kind of biscuit,” she wrote under it.\n\n"
            "One of the men he feeds, who gave only his first name, Stuart, said the "
            "61-year-old had never once asked him why he was on the street. “He asks if I want "
            "extra bread. That is all,” he said."
        ),
        "quotes": [
            ("I only did what my father did in Ludhiana,", "Harjit Singh Bains", False, None),
            (
                "Nobody should go to bed hungry in a city this rich.",
                "Harjit Singh Bains",
                False,
                None,
            ),
            ("My dadaji thinks TikTok is a kind of biscuit,", "Simran Kaur", False, "P1"),
            ("He asks if I want extra bread. That is all,", "Stuart", False, None),
        ],
        "posts": [
            ("P1", "Simran Kaur", "TikTok"),
        ],
        "people": ["Harjit Singh Bains", "Simran Kaur", "Stuart"],
    },
    {
        "name": "synagogue-hosts-iftar-instagram-joint-statement",
        "text": (
            "For the first time, the Beth Shalom synagogue in Leeds hosted an iftar on "
            "Thursday, the meal that breaks the daily fast during Ramadan, for 200 guests from "
            "the nearby Makkah Masjid.\n\n"
            "“When our neighbours’ mosque flooded in January, they had nowhere to break their "
            "fast,” said Rabbi Miriam Feldstein. “So we set the tables.”\n\n"
            "Imam Abdirahman Warsame thanked the congregation in a post on Instagram. “Tonight "
            "a synagogue smelled of dates and lentil soup, and nobody thought that was "
            "strange,” he wrote.\n\n"
            "In a joint statement, the two leaders said they would make the meal an annual "
            "event and called it “a small answer to a loud and angry year.”\n\n"
            "Feldstein, 38, said the idea had come from her 12-year-old daughter, Noa."
        ),
        "quotes": [
            (
                "When our neighbours’ mosque flooded in January, they had nowhere to break "
                "their fast,",
                "Miriam Feldstein",
                False,
                None,
            ),
            ("So we set the tables.", "Miriam Feldstein", False, None),
            (
                "Tonight a synagogue smelled of dates and lentil soup, and nobody thought that "
                "was strange,",
                "Abdirahman Warsame",
                False,
                "P1",
            ),
            ("a small answer to a loud and angry year.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Abdirahman Warsame", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Miriam Feldstein", "Abdirahman Warsame", "Noa"],
    },
    {
        "name": "charity-shop-reddit-thread-hospice-x",
        "text": (
            "A charity shop in Bristol has been flooded with donations after a customer’s "
            "Reddit thread about its elderly volunteers went viral.\n\n"
            "The thread, posted on Saturday by a user who did not give a name, described how "
            "three women in their eighties had spent an afternoon teaching a nervous teenager "
            "to use the till. “Best customer service I have had anywhere, and I paid £2 for a "
            "jumper,” the user wrote. A reply under it read: “That is my nan. She will be "
            "unbearable now.”\n\n"
            "One of the three, Dorothy Pemberton, 84, laughed when asked about it. “We are not "
            "unbearable. We are efficient,” she said.\n\n"
            "Hospice West, which runs the shop, posted on X that it had received more than 90 "
            "bags of clothes on Monday alone. “Please, no more until Thursday. We cannot find "
            "the door,” the charity wrote."
        ),
        "quotes": [
            (
                "Best customer service I have had anywhere, and I paid £2 for a jumper,",
                None,
                False,
                "P1",
            ),
            ("That is my nan. She will be unbearable now.", None, False, "P1"),
            ("We are not unbearable. We are efficient,", "Dorothy Pemberton", False, None),
            ("Please, no more until Thursday. We cannot find the door,", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, "X"),
        ],
        "people": ["Dorothy Pemberton"],
    },
    {
        "name": "church-car-park-sleepers-youtube-sermon-radio",
        "text": (
            "Pastor Emmanuel Adebayo-Cole told his congregation in Peckham on Sunday that the "
            "church would give up its car park three nights a week so that people living in "
            "their cars could sleep there safely.\n\n"
            "“Jesus did not ask the man at the roadside for his postcode,” he said in the "
            "sermon, which was streamed on the church’s YouTube channel and has since been "
            "watched 48,000 times. “Neither will we.”\n\n"
            "Not everyone in the congregation was convinced. A deacon, Folasade Ogunleye, wrote "
            "on Facebook that she supported the plan but worried about “insurance, toilets and "
            "the neighbours, in that order.”\n\n"
            "Southwark Council said it was reviewing whether the car park needed a licence. "
            "Adebayo-Cole, 47, told Premier Christian Radio he would apply for one if asked. "
            "“We will fill in every form they give us,” the pastor said. “But the gates open on "
            "Friday.”"
        ),
        "quotes": [
            (
                "Jesus did not ask the man at the roadside for his postcode,",
                "Emmanuel Adebayo-Cole",
                False,
                "P1",
            ),
            ("Neither will we.", "Emmanuel Adebayo-Cole", False, "P1"),
            (
                "insurance, toilets and the neighbours, in that order.",
                "Folasade Ogunleye",
                True,
                "P2",
            ),
            ("We will fill in every form they give us,", "Emmanuel Adebayo-Cole", False, "P3"),
            ("But the gates open on Friday.", "Emmanuel Adebayo-Cole", False, "P3"),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", "Folasade Ogunleye", "Facebook"),
            ("P3", "Emmanuel Adebayo-Cole", "Premier Christian Radio"),
        ],
        "people": ["Emmanuel Adebayo-Cole", "Folasade Ogunleye"],
    },
    {
        "name": "temple-diwali-open-meal-news-conference-threads",
        "text": (
            "The Shri Ram Mandir in Leicester will feed anyone who walks through its doors on "
            "Diwali this year, not just worshippers, its committee announced at a news "
            "conference on Wednesday. “Light is not meant to be kept inside,” said Priya "
            "Raghunathan, who chairs the temple committee. She said volunteers expected to "
            "serve 5,000 plates over two days, up from about 1,800 last year.\n\n"
            "The city’s mayor, Oluwaseun Bankole, welcomed the plan on Threads. “Leicester does "
            "Diwali better than anywhere outside India, and now it does it with seconds,” he "
            "posted. The temple’s head cook, Ramesh Patel, who has run its kitchen since 1998, "
            "said the menu would be kept secret until the day. Asked whether there would be "
            "enough gulab jamun, the 70-year-old said only: “There is always enough.”"
        ),
        "quotes": [
            ("Light is not meant to be kept inside,", "Priya Raghunathan", False, None),
            (
                "Leicester does Diwali better than anywhere outside India, and now it does it "
                "with seconds,",
                "Oluwaseun Bankole",
                False,
                "P1",
            ),
            ("There is always enough.", "Ramesh Patel", False, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Bankole", "Threads"),
        ],
        "people": ["Priya Raghunathan", "Oluwaseun Bankole", "Ramesh Patel"],
    },
    {
        "name": "bishop-pastoral-letter-warm-spaces-newspaper-letter",
        "text": (
            "The Catholic Bishop of Clifton, Tomasz Wiśniewski, has asked every parish in his "
            "diocese to set aside a room this winter as a “warm space” for people who cannot "
            "afford to heat their homes.\n\n"
            "In a pastoral letter read at Masses on Sunday, the bishop wrote that the Church "
            "had buildings that stood empty six days a week. “A cold church hall and a cold "
            "pensioner are two problems with one answer,” he wrote.\n\n"
            "Some parishes were quick to respond. Father Declan O’Rourke of St Joseph’s in "
            "Weston-super-Mare said his hall would open on Tuesday with soup, board games and a "
            "phone charger. “We have the kettle. We have the radiators. We just had to unlock "
            "the door,” he said.\n\n"
            "Others were cautious. In a letter to the Bristol Post, a parish volunteer, "
            "Margaret Ellison, wrote: “I am 79 and I run our hall on my own. I would love to "
            "open it every day.\n\n"
            "“But someone has to pay for the gas, and it is not going to be me.”"
        ),
        "quotes": [
            (
                "A cold church hall and a cold pensioner are two problems with one answer,",
                "Tomasz Wiśniewski",
                False,
                "P1",
            ),
            (
                "We have the kettle. We have the radiators. We just had to unlock the door,",
                "Declan O’Rourke",
                False,
                None,
            ),
            (
                "I am 79 and I run our hall on my own. I would love to open it every day.",
                "Margaret Ellison",
                False,
                "P2",
            ),
            (
                "But someone has to pay for the gas, and it is not going to be me.",
                "Margaret Ellison",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tomasz Wiśniewski", None),
            ("P2", "Margaret Ellison", "Bristol Post"),
        ],
        "people": ["Tomasz Wiśniewski", "Declan O’Rourke", "Margaret Ellison"],
    },
    {
        "name": "former-nun-substack-essay-podcast-shelter",
        "text": (
            "Sister Aoife Brennan left her convent in Galway after 31 years, and on Monday she "
            "explained why in a Substack essay that has been shared by thousands of former nuns "
            "and priests.\n\n"
            "“I did not lose my faith. I lost my patience with the paperwork of holiness,” she "
            "wrote.\n\n"
            "Brennan, 58, now runs a night shelter for women in Dublin with a former probation "
            "officer, Chiamaka Eze, and a retired garda, Seán Ó Briain. She talked about the "
            "shelter on the podcast Soul Searching this week. “The shelter is the most "
            "religious thing I have ever done,” she told the host, Lorcan Daly.\n\n"
            "Daly, a former seminarian himself, called the essay “the bravest thing I have read "
            "this year.”"
        ),
        "quotes": [
            (
                "I did not lose my faith. I lost my patience with the paperwork of holiness,",
                "Aoife Brennan",
                False,
                "P1",
            ),
            (
                "The shelter is the most religious thing I have ever done,",
                "Aoife Brennan",
                False,
                "P2",
            ),
            ("the bravest thing I have read this year.", "Lorcan Daly", True, None),
        ],
        "posts": [
            ("P1", "Aoife Brennan", "Substack"),
            ("P2", "Aoife Brennan", "Soul Searching"),
        ],
        "people": ["Aoife Brennan", "Chiamaka Eze", "Seán Ó Briain", "Lorcan Daly"],
    },
    {
        "name": "homeless-charity-hostels-release-email-linkedin",
        "text": (
            "The homelessness charity Open Door Cymru will close four of its hostels in south "
            "Wales by the summer, it said in a press release on Tuesday, blaming a 40 per cent "
            "cut in council funding.\n\n"
            "“We have spent two years trying to avoid this day,” the charity’s chief executive, "
            "Rhiannon Pryce-Jones, said in the release.\n\n"
            "In an email to the charity’s 600 volunteers, seen by this newspaper, Pryce-Jones "
            "promised that no resident would be moved without a place to go. “Nobody leaves a "
            "bed for a pavement. That is the line,” she wrote.\n\n"
            "A trustee, Vikram Nair, was blunter on LinkedIn. “Councils are balancing their "
            "books on the backs of the people with the least,” he posted. A council "
            "spokesperson said funding decisions had been “difficult but necessary.”\n\n"
            "Open Door Cymru was founded in 1987 by a group of Cardiff churches and now houses "
            "about 450 people a night. Its largest hostel, in Newport, has 62 beds and a "
            "waiting list of more than 100. Residents there said they had learned of the "
            "closures from the news rather than from the charity, and a petition to keep the "
            "Newport hostel open, started by a former resident, Kwame Asante-Boateng, had "
            "gathered 8,000 signatures by Wednesday evening."
        ),
        "quotes": [
            (
                "We have spent two years trying to avoid this day,",
                "Rhiannon Pryce-Jones",
                False,
                "P1",
            ),
            (
                "Nobody leaves a bed for a pavement. That is the line,",
                "Rhiannon Pryce-Jones",
                False,
                "P2",
            ),
            (
                "Councils are balancing their books on the backs of the people with the least,",
                "Vikram Nair",
                False,
                "P3",
            ),
            ("difficult but necessary.", None, True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rhiannon Pryce-Jones", None),
            ("P3", "Vikram Nair", "LinkedIn"),
        ],
        "people": ["Rhiannon Pryce-Jones", "Vikram Nair", "Kwame Asante-Boateng"],
    },
    {
        "name": "mosque-arson-human-chain-bluesky-vicar",
        "text": (
            "Hundreds of people formed a human chain around the Masjid Ibrahim in Kettering on "
            "Friday, a week after an arson attack destroyed its prayer hall.\n\n"
            "The mosque’s chairman, Tariq Mahmood, said the turnout had left him lost for "
            "words. “Last week someone tried to tell us we do not belong here,” he told "
            "reporters outside the mosque, “and today the town answered.”\n\n"
            "Among those in the chain was the vicar of the nearby church of St Peter and St "
            "Paul, the Rev Hannah Okonkwo-Reid, who had posted a call to join it on Bluesky. "
            "“Bring a coat, bring your neighbour, bring nothing else,” she had written. A local "
            "man, Gary Whitmore, replied to her post: “Bringing my mum. She is 91 and she is "
            "furious.”\n\n"
            "Northamptonshire Police said at a briefing that two men had been arrested on "
            "suspicion of arson."
        ),
        "quotes": [
            (
                "Last week someone tried to tell us we do not belong here,",
                "Tariq Mahmood",
                False,
                None,
            ),
            ("and today the town answered.", "Tariq Mahmood", False, None),
            (
                "Bring a coat, bring your neighbour, bring nothing else,",
                "Hannah Okonkwo-Reid",
                False,
                "P1",
            ),
            ("Bringing my mum. She is 91 and she is furious.", "Gary Whitmore", False, "P1"),
        ],
        "posts": [
            ("P1", "Hannah Okonkwo-Reid", "Bluesky"),
        ],
        "people": ["Tariq Mahmood", "Hannah Okonkwo-Reid", "Gary Whitmore"],
    },
    {
        "name": "girl-cake-sale-hospice-instagram-caption-breakfast-tv",
        "text": (
            "A nine-year-old from Cardiff who set out to raise £100 for her local children’s "
            "hospice with a cake sale has raised more than £62,000.\n\n"
            "Amara Nwosu baked 400 fairy cakes with her grandmother, Adaeze Okafor, over "
            "half-term. Her mother, Chidinma Nwosu, posted a photo of the pair on Instagram "
            "with the caption “Two bakers, one tiny kitchen, zero sleep.” The post was picked "
            "up by the Wales rugby player Rhys Llewellyn, who shared it on his own Instagram "
            "story with the words “Get this girl a bigger oven.”\n\n"
            "Appearing on BBC Breakfast on Wednesday with her daughter, Chidinma Nwosu said the "
            "family had been overwhelmed. “We thought we would sell out to the neighbours and "
            "go home,” she said.\n\n"
            "Speaking to reporters at the hospice later, Amara had her own view. “Next year I "
            "am doing a million,” she said."
        ),
        "quotes": [
            ("Two bakers, one tiny kitchen, zero sleep.", "Chidinma Nwosu", False, "P1"),
            ("Get this girl a bigger oven.", "Rhys Llewellyn", False, "P2"),
            (
                "We thought we would sell out to the neighbours and go home,",
                "Chidinma Nwosu",
                False,
                "P3",
            ),
            ("Next year I am doing a million,", "Amara Nwosu", False, None),
        ],
        "posts": [
            ("P1", "Chidinma Nwosu", "Instagram"),
            ("P2", "Rhys Llewellyn", "Instagram"),
            ("P3", "Chidinma Nwosu", "BBC Breakfast"),
        ],
        "people": ["Amara Nwosu", "Adaeze Okafor", "Chidinma Nwosu", "Rhys Llewellyn"],
    },
    {
        "name": "missing-pensioner-whatsapp-search-teenager-radio",
        "text": (
            "When 83-year-old Idris Mwangi failed to come home from his evening walk in Bolton "
            "on Saturday, his neighbour Łucja Nowak sent a message to the street’s WhatsApp "
            "group. “Idris is missing. He has no coat and no phone. Anyone who can walk, please "
            "walk,” she wrote.\n\n"
            "Within an hour, more than 60 people were searching the parks and canal paths, "
            "among them worshippers leaving evening prayers at the nearby Zakariya Mosque. He "
            "was found at 11.40pm by a 17-year-old, Bilal Hussain, sitting on a bench two miles "
            "away, cold but unhurt.\n\n"
            "“He said he had been waiting for the bus to his old job,” the teenager told BBC "
            "Radio Manchester. “So I sat and waited with him.”\n\n"
            "Mwangi’s daughter, Wanjiru, said the family had been “humbled beyond words” by the "
            "search."
        ),
        "quotes": [
            (
                "Idris is missing. He has no coat and no phone. Anyone who can walk, please walk,",
                "Łucja Nowak",
                False,
                "P1",
            ),
            (
                "He said he had been waiting for the bus to his old job,",
                "Bilal Hussain",
                False,
                "P2",
            ),
            ("So I sat and waited with him.", "Bilal Hussain", False, "P2"),
            ("humbled beyond words", "Wanjiru", True, None),
        ],
        "posts": [
            ("P1", "Łucja Nowak", "WhatsApp"),
            ("P2", "Bilal Hussain", "BBC Radio Manchester"),
        ],
        "people": ["Idris Mwangi", "Łucja Nowak", "Bilal Hussain", "Wanjiru"],
    },
    {
        "name": "baptist-breakfast-club-facebook-page-group-neighbour",
        "text": (
            "A Baptist church in Swansea has been told it can no longer run its Saturday "
            "breakfast club from the church hall after a neighbour complained about noise.\n\n"
            "The church, Mount Pleasant Baptist, announced the news on its Facebook page on "
            "Monday. “We are heartbroken, but we will find another way to feed these families,” "
            "the post said.\n\n"
            "Kerry-Ann Blake, who has volunteered at the club since it opened in 2019, said in "
            "the Swansea Community Noticeboard group on Facebook that she would open her own "
            "café to the children instead. “Forty kids, Saturday, 8am, my place. Bring your own "
            "cereal bowl if you can,” she wrote.\n\n"
            "The neighbour, who asked not to be named, said he had nothing against the church. "
            "“I just want one morning of the week without a bouncy castle,” he said."
        ),
        "quotes": [
            (
                "We are heartbroken, but we will find another way to feed these families,",
                None,
                False,
                "P1",
            ),
            (
                "Forty kids, Saturday, 8am, my place. Bring your own cereal bowl if you can,",
                "Kerry-Ann Blake",
                False,
                "P2",
            ),
            ("I just want one morning of the week without a bouncy castle,", None, False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Kerry-Ann Blake", "Facebook"),
        ],
        "people": ["Kerry-Ann Blake"],
    },
    {
        "name": "footballer-matches-ramadan-appeal-x-youtube-column",
        "text": (
            "The footballer Karim Benali pledged on Tuesday to match every pound donated to a "
            "Ramadan appeal for families in Gaza run by the Green Lane Mosque in Birmingham, up "
            "to £250,000. “Double your reward, double the bread,” the 29-year-old midfielder "
            "wrote on X.\n\n"
            "The mosque’s appeal had been launched a week earlier in a YouTube video by its "
            "imam, Sheikh Hamza Siddiqui, who has 400,000 subscribers. In it, he asked viewers "
            "to give up “one takeaway a week” for the month.\n\n"
            "Writing in the Birmingham Mail, the columnist Fatima Zahra El-Amrani said the "
            "appeal showed the city at its best: “This is what a mosque is for. Not only "
            "prayer, but the pot of soup on the stove.”"
        ),
        "quotes": [
            ("Double your reward, double the bread,", "Karim Benali", False, "P1"),
            ("one takeaway a week", "Hamza Siddiqui", True, "P2"),
            (
                "This is what a mosque is for. Not only prayer, but the pot of soup on the stove.",
                "Fatima Zahra El-Amrani",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Karim Benali", "X"),
            ("P2", "Hamza Siddiqui", "YouTube"),
            ("P3", "Fatima Zahra El-Amrani", "Birmingham Mail"),
        ],
        "people": ["Karim Benali", "Hamza Siddiqui", "Fatima Zahra El-Amrani"],
    },
    {
        "name": "asylum-seeker-choir-songs-of-praise-hymn-title",
        "text": (
            "A choir of asylum seekers from a Methodist church in Middlesbrough will sing on "
            "BBC One’s Songs of Praise on Sunday, eight months after it was formed in the "
            "church’s kitchen.\n\n"
            "The Voices of Linthorpe choir has 34 members from 11 countries, among them "
            "Eritrea, Iran and Honduras. Its director, the music teacher Beatriz "
            "Santos-Whitfield, said in an interview that most members had never sung in public "
            "before. “Some of them could not say hello in English in March. Now they sing in "
            "four languages,” she said.\n\n"
            "The choir will perform “Amazing Grace” in Tigrinya and English. Its youngest "
            "member, Yonas Tesfaye, 16, told the programme’s presenter that singing had given "
            "him “a family again.”\n\n"
            "The church’s minister, the Rev Alan Fairbairn, said he had only lent them the "
            "kitchen. “The rest was all them,” the minister said."
        ),
        "quotes": [
            (
                "Some of them could not say hello in English in March. Now they sing in four "
                "languages,",
                "Beatriz Santos-Whitfield",
                False,
                None,
            ),
            ("a family again.", "Yonas Tesfaye", True, "P1"),
            ("The rest was all them,", "Alan Fairbairn", False, None),
        ],
        "posts": [
            ("P1", "Yonas Tesfaye", "Songs of Praise"),
        ],
        "people": ["Beatriz Santos-Whitfield", "Yonas Tesfaye", "Alan Fairbairn"],
    },
    {
        "name": "muslim-youth-clean-jewish-cemetery-tiktok-threads-reply",
        "text": (
            "Volunteers from a Muslim youth group spent Sunday clearing weeds and broken glass "
            "from a Jewish cemetery in Manchester that had been vandalised last month. The "
            "group, Mercy Hands, filmed the day for TikTok. “Different faith, same duty,” its "
            "founder, Zainab Choudhury, 24, says in the video as she scrubs paint from a "
            "headstone. Rabbi Eliezer Katz, who leads the congregation that owns the cemetery, "
            "thanked the group on Threads. “Twenty young people gave up their Sunday for our "
            "dead. I have no words, only gratitude,” he wrote. A reply from Choudhury under his "
            "post read: “You would do the same. You did, in 2019.” Choudhury was referring to "
            "volunteers from Katz’s synagogue who repainted a Bolton mosque after graffiti "
            "attacks that year."
        ),
        "quotes": [
            ("Different faith, same duty,", "Zainab Choudhury", False, "P1"),
            (
                "Twenty young people gave up their Sunday for our dead. I have no words, only "
                "gratitude,",
                "Eliezer Katz",
                False,
                "P2",
            ),
            ("You would do the same. You did, in 2019.", "Zainab Choudhury", False, "P2"),
        ],
        "posts": [
            ("P1", None, "TikTok"),
            ("P2", "Eliezer Katz", "Threads"),
        ],
        "people": ["Zainab Choudhury", "Eliezer Katz"],
    },
    {
        "name": "lollipop-man-retires-head-letter-council-release",
        "text": (
            "A lollipop man who has seen three generations of children across the same road in "
            "Sunderland retired on Friday after 42 years.\n\n"
            "Dennis Armstrong, 79, was given a guard of honour by 300 pupils at Hylton Road "
            "Primary School. The headteacher, Nkechi Obi-Harrison, wrote in a letter to parents "
            "that Armstrong had “never once missed a morning for anything less than a hospital "
            "appointment.”\n\n"
            "“I have crossed the parents, and now I am crossing their bairns,” Armstrong said "
            "as pupils queued for selfies. “Some of the grandparents, too.”\n\n"
            "Sunderland City Council said in a press release that it would name a new "
            "pedestrian crossing after him. “Dennis has kept our children safe for longer than "
            "most of our staff have been alive,” the council’s deputy leader, Afsaneh Karimi, "
            "said in the release."
        ),
        "quotes": [
            (
                "never once missed a morning for anything less than a hospital appointment.",
                "Nkechi Obi-Harrison",
                True,
                "P1",
            ),
            (
                "I have crossed the parents, and now I am crossing their bairns,",
                "Dennis Armstrong",
                False,
                None,
            ),
            ("Some of the grandparents, too.", "Dennis Armstrong", False, None),
            (
                "Dennis has kept our children safe for longer than most of our staff have been "
                "alive,",
                "Afsaneh Karimi",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Nkechi Obi-Harrison", None),
            ("P2", None, "press release"),
        ],
        "people": ["Dennis Armstrong", "Nkechi Obi-Harrison", "Afsaneh Karimi"],
    },
    {
        "name": "pagoda-flood-meals-gazette-instagram-rota-korean-pastor",
        "text": (
            "Monks and volunteers from the Tu Bi Buddhist pagoda in east London cooked 2,000 "
            "meals last week for families moved out of their flats by flooding in Hackney.\n\n"
            "The pagoda’s abbot, the Venerable Thich Tam Hoa, rarely speaks to the press, but "
            "he told the Hackney Gazette that the kitchen had run on donated rice and “a great "
            "deal of patience.”\n\n"
            "The cooking was organised by Nguyen Thi Mai, a 41-year-old pharmacist who posted a "
            "rota on Instagram every night. “Onions at 6, rice at 7, tears optional,” read one. "
            "Next door, the Korean Presbyterian church lent its ovens, and its pastor, Park "
            "Ji-hoon, turned up with 30 kilos of kimchi. “Everybody needs something sour in a "
            "crisis,” he said.\n\n"
            "Nguyen said she had no plans to stop. “People are still in hotels. So we are still "
            "cooking,” the pharmacist said."
        ),
        "quotes": [
            ("a great deal of patience.", "Thich Tam Hoa", True, "P1"),
            ("Onions at 6, rice at 7, tears optional,", "Nguyen Thi Mai", False, "P2"),
            ("Everybody needs something sour in a crisis,", "Park Ji-hoon", False, None),
            ("People are still in hotels. So we are still cooking,", "Nguyen Thi Mai", False, None),
        ],
        "posts": [
            ("P1", "Thich Tam Hoa", "Hackney Gazette"),
            ("P2", "Nguyen Thi Mai", "Instagram"),
        ],
        "people": ["Thich Tam Hoa", "Nguyen Thi Mai", "Park Ji-hoon"],
    },
    {
        "name": "anonymous-food-bank-donor-notes-x-reply-radio-show",
        "text": (
            "An anonymous donor has left envelopes containing £500 in cash at 20 food banks "
            "across Norfolk this month, each with a handwritten note signed only “a neighbour”. "
            "“Buy what the shelves are missing. Happy Christmas,” the notes read.\n\n"
            "Staff at the food banks have taken to calling the donor “the Norwich Elf”.\n\n"
            "Jolanta Zielińska, who manages the King’s Lynn food bank, posted a photograph of "
            "her note on X. “Whoever you are, you bought 140 tins of custard and a lot of "
            "hope,” she wrote. One reply from a user who gave no name read simply: “It was me. "
            "Kidding.”\n\n"
            "The broadcaster Ellis Fairweather discussed the donations on her BBC Radio Norfolk "
            "show on Thursday and said she had no idea who the elf was. “And if I did, I would "
            "not tell you,” she said."
        ),
        "quotes": [
            ("Buy what the shelves are missing. Happy Christmas,", None, False, "P1"),
            (
                "Whoever you are, you bought 140 tins of custard and a lot of hope,",
                "Jolanta Zielińska",
                False,
                "P2",
            ),
            ("It was me. Kidding.", None, False, "P2"),
            ("And if I did, I would not tell you,", "Ellis Fairweather", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jolanta Zielińska", "X"),
            ("P3", "Ellis Fairweather", "BBC Radio Norfolk"),
        ],
        "people": ["Jolanta Zielińska", "Ellis Fairweather"],
    },
]
