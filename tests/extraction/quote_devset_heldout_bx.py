"""The seventieth self-made dev set, held out (BX): its first run is an unseen estimate.

Written with set BY, without reading the extraction rules, and committed before
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
titles, nicknames and scare quotes in marks are not quotes (they are not
listed); speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration. A post reported without any quoted
words is still listed in posts. Titles such as Dr., Judge, Ms. are not part of
a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- An Instagram story is an Instagram post. A story that is deleted and
  "reposted with a new line" is a new Instagram post by the same author; the
  new line belongs to the repost.
- A quote-post on X (quote-posting an announcement or a reply) is a new X post
  by the quoter, not a reply under the quoted post.
- A reply to a reply under a Bluesky post belongs to the original post, like
  any reply in the thread.
- A named person's reply in a Reddit thread started by an unnamed user belongs
  to that thread (author None, platform Reddit) and speaks as the person.
- A Reddit thread title in marks ("started a thread titled ...") is a title,
  not a quote; so are song, film, album and product names in marks
  (“Savannah” handbag). Song titles in single marks inside a quote stay part of
  the quote's text.
- A nickname in marks inside a name (Rafael “Rafinha” Albuquerque) is not a
  quote and is not part of the canonical name.
- A divorce filing by "lawyers for" a person, or a lawsuit her lawyers filed
  "on her behalf", is that person's post with no platform, and fragments of it
  speak as that person. An attorney's letter "obtained by" a named magazine,
  and a memo "seen by" a named outlet, are the writer's posts with no platform
  (obtained by / seen by is not an interview).
- A band, duo or record label posting or speaking ("the band's account", "the
  pair said in their video") is an organisation: author None, speaker None.
  Band names that look like people's (The Marlowe Sisters, Blythe & Co) are
  not people.
- An email a label sends to fans, an open letter signed by hundreds, and a
  family's statement are posts with author None and platform None.
- An online petition on Change.org is a post with author None and platform
  Change.org. A handwritten letter shared on a group's Weverse page is the
  writer's post on Weverse.
- A study in a named journal is a post with author None and the journal as
  platform; "the study concluded" speaks as None.
- A broadcaster's live stream on its YouTube channel is a post with author None
  and platform YouTube; an unnamed viewer's comment under it belongs to it.
- A radio programme named after the network (the BBC Radio 4 programme Sunday,
  the BBC Radio 1 programme Night Tide, the BBC World Service programme Newsday,
  the NHK programme Close-Up Gendai) takes the programme's name as platform;
  a station named on its own (BBC Radio Cornwall) is the platform.
- A magazine written with its type word (Hello! magazine) takes the name as
  written without the word magazine (Hello!).
- A quote spanning two paragraphs (the first paragraph has no closing mark, the
  second reopens with a mark) is listed as two rows, one per paragraph, both
  whole (not partial) and both tied to the interview that introduces them.
- A sentence split around its attribution ("“I am not angry any more,” the
  63-year-old said, “just curious.”") is two whole rows, neither partial.
- A press junket, a red carpet, a public meeting, a staff town hall, a fan
  event, a charity gala, an industry lunch, a festival panel, an award
  ceremony, "reached by phone" and "said by phone" are not posts.
- A spokesperson or spokesman who is not named speaks as None.
- Religious and honorific titles (Bishop, The Rev., Rabbi, Imam) are not part
  of a canonical name; a deity (Lord Jagannath) is not a person.
- Two people sharing a surname (Thandiwe and Nomvula Mokoena, Shirin and Leila
  Farahani): the bare surname refers to the one already named when it is used.
- A TikTok video posted on one person's account in which two people appear is
  that account holder's post; the account holder's words in it belong to it.

Gold rows must never be edited to make a rule pass.
"""

HELDOUT_SET_BX: list[dict] = [
    {
        "name": "instagram-story-tour-cancel-deleted-reposted",
        "text": (
            "Amara Okonkwo-Reyes, the Lagos-born singer whose album “Salt and Honey” topped "
            "the charts last spring, announced on her Instagram story on Sunday that she was "
            "cancelling the European leg of her tour. “My body has been asking me to stop for"
            " a year, and I finally listened,” she wrote.\n\n"
            "The story was deleted within an hour and reposted with a new line: “To everyone "
            "who bought tickets: you will get every cent back.”\n\n"
            "Her promoter, Halvorsen Live, told reporters that refunds would be processed "
            "within 30 days. “We fully support Amara’s decision,” a spokesperson said.\n\n"
            "On X, the music critic Joaquín Albarrán quote-posted the announcement. “Rare to "
            "see an artist put health before a stadium run,” he wrote. A fan replied beneath "
            "his post that it was “the bravest thing she has done.”\n\n"
            "Okonkwo-Reyes told Rolling Stone on Monday that she plans to return next year. "
            "“The songs aren’t going anywhere,” the 29-year-old said."
        ),
        "quotes": [
            (
                "My body has been asking me to stop for a year, and I finally listened,",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "To everyone who bought tickets: you will get every cent back.",
                "Amara Okonkwo-Reyes",
                False,
                "P2",
            ),
            ("We fully support Amara’s decision,", None, False, None),
            (
                "Rare to see an artist put health before a stadium run,",
                "Joaquín Albarrán",
                False,
                "P3",
            ),
            ("the bravest thing she has done.", None, True, "P3"),
            ("The songs aren’t going anywhere,", "Amara Okonkwo-Reyes", False, "P4"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reyes", "Instagram"),
            ("P2", "Amara Okonkwo-Reyes", "Instagram"),
            ("P3", "Joaquín Albarrán", "X"),
            ("P4", "Amara Okonkwo-Reyes", "Rolling Stone"),
        ],
        "people": ["Amara Okonkwo-Reyes", "Joaquín Albarrán"],
    },
    {
        "name": "substack-director-recut-studio-threads-reply",
        "text": (
            "The director Søren Kjeldgaard published a long essay on Substack on Wednesday "
            "accusing Meridian Pictures of recutting his thriller “The Quiet Harbour” without"
            " his consent. “What is in cinemas this weekend is not my film,” he wrote. “It is"
            " a trailer stretched to two hours.”\n\n"
            "Meridian Pictures responded with a statement that afternoon. “Every change was "
            "made in consultation with the filmmaker,” it said, adding that test audiences "
            "had been “overwhelmingly positive.”\n\n"
            "The film’s lead, Priyanka Venkataraman, weighed in on Threads. “I was on set for"
            " every day of that shoot. Søren’s cut was the one we made,” she posted. "
            "Kjeldgaard thanked her in a reply beneath her post: “You held this film "
            "together.”\n\n"
            "Asked about the dispute at a press junket in London, the 41-year-old actor "
            "Callum Fairweather, who plays the villain, was more careful. “I haven’t seen "
            "either version,” he said."
        ),
        "quotes": [
            ("What is in cinemas this weekend is not my film,", "Søren Kjeldgaard", False, "P1"),
            ("It is a trailer stretched to two hours.", "Søren Kjeldgaard", False, "P1"),
            ("Every change was made in consultation with the filmmaker,", None, False, "P2"),
            ("overwhelmingly positive.", None, True, "P2"),
            (
                "I was on set for every day of that shoot. Søren’s cut was the one we made,",
                "Priyanka Venkataraman",
                False,
                "P3",
            ),
            ("You held this film together.", "Søren Kjeldgaard", False, "P3"),
            ("I haven’t seen either version,", "Callum Fairweather", False, None),
        ],
        "posts": [
            ("P1", "Søren Kjeldgaard", "Substack"),
            ("P2", None, None),
            ("P3", "Priyanka Venkataraman", "Threads"),
        ],
        "people": ["Søren Kjeldgaard", "Priyanka Venkataraman", "Callum Fairweather"],
    },
    {
        "name": "tiktok-dumpling-shop-reddit-backlash",
        "text": (
            "A TikTok video by the food creator Mei-Ling Tsao, in which she called a Brooklyn"
            " dumpling shop “the best $9 I have spent all year,” has drawn more than four "
            "million views since Friday.\n\n"
            "The shop, Auntie Rosa’s Kitchen, is run by Rosa Delgado-Huang, who posted a "
            "photo of the queue on Instagram with the caption “We ran out of pork by noon. "
            "Come back tomorrow, we love you.”\n\n"
            "Not everyone was pleased. On Reddit, a user in a New York food forum started a "
            "thread titled “Is the TikTok hype ruining small spots?” and complained that "
            "regulars could no longer get a table. “I’ve been going there for six years and "
            "now I can’t get in,” the user wrote.\n\n"
            "Tsao replied in the thread on Sunday. “I never want to take a place away from "
            "its neighbourhood,” she wrote. “Go on a weekday, order the chives, and tip "
            "well.”\n\n"
            "Delgado-Huang said on Monday that she was hiring two more cooks."
        ),
        "quotes": [
            ("the best $9 I have spent all year,", "Mei-Ling Tsao", True, "P1"),
            (
                "We ran out of pork by noon. Come back tomorrow, we love you.",
                "Rosa Delgado-Huang",
                False,
                "P2",
            ),
            ("I’ve been going there for six years and now I can’t get in,", None, False, "P3"),
            (
                "I never want to take a place away from its neighbourhood,",
                "Mei-Ling Tsao",
                False,
                "P3",
            ),
            ("Go on a weekday, order the chives, and tip well.", "Mei-Ling Tsao", False, "P3"),
        ],
        "posts": [
            ("P1", "Mei-Ling Tsao", "TikTok"),
            ("P2", "Rosa Delgado-Huang", "Instagram"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Mei-Ling Tsao", "Rosa Delgado-Huang"],
    },
    {
        "name": "bishop-letter-warm-halls-facebook-radio",
        "text": (
            "Bishop Adaeze Nwosu-Barker of the Diocese of Northfield sent a pastoral letter "
            "to her 140 parishes on Thursday asking them to open church halls as warm spaces "
            "this winter. “No one should have to choose between heating and eating while our "
            "buildings sit empty,” the letter said.\n\n"
            "Some clergy pushed back. The Rev. Gareth Pryce-Llewellyn, a vicar in a rural "
            "parish, wrote on Facebook that his church could not afford the extra heating "
            "bills. “Warm words do not pay the gas,” he wrote.\n\n"
            "A diocesan spokesman answered at a briefing on Friday. “Grants of up to £2,000 "
            "will be available to every parish that takes part,” he said.\n\n"
            "The bishop defended the plan on the BBC Radio 4 programme Sunday. “This is what "
            "churches were for before they were for anything else,” she told the presenter.\n\n"
            "A parishioner in Hull, Winifred Ashdown, said after the morning service that she"
            " would volunteer. “I’m 78, and I can still make tea,” she said."
        ),
        "quotes": [
            (
                "No one should have to choose between heating and eating while our buildings sit empty,",
                "Adaeze Nwosu-Barker",
                False,
                "P1",
            ),
            ("Warm words do not pay the gas,", "Gareth Pryce-Llewellyn", False, "P2"),
            (
                "Grants of up to £2,000 will be available to every parish that takes part,",
                None,
                False,
                None,
            ),
            (
                "This is what churches were for before they were for anything else,",
                "Adaeze Nwosu-Barker",
                False,
                "P3",
            ),
            ("I’m 78, and I can still make tea,", "Winifred Ashdown", False, None),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu-Barker", None),
            ("P2", "Gareth Pryce-Llewellyn", "Facebook"),
            ("P3", "Adaeze Nwosu-Barker", "Sunday"),
        ],
        "people": ["Adaeze Nwosu-Barker", "Gareth Pryce-Llewellyn", "Winifred Ashdown"],
    },
    {
        "name": "fashion-house-release-linkedin-farewell-comment",
        "text": (
            "The fashion house Maison Vautrin announced in a press release on Monday that its"
            " creative director, Élodie Marchetti-Sy, would leave after eight seasons. "
            "“Élodie shaped the modern identity of this house,” the release quoted the chief "
            "executive, Bernard Lacombe, as saying.\n\n"
            "Marchetti-Sy posted her own farewell on LinkedIn. “Eight seasons, 412 looks, and"
            " one team I will miss every single day,” she wrote. Among the comments under her"
            " post was one from the stylist Kwame Asante-Boateng: “The industry is lucky "
            "you’re not retiring.”\n\n"
            "The model Freja Lindahl, who closed Marchetti-Sy’s final show in Paris, shared a"
            " backstage photo on her Instagram story with the words “Last walk for the "
            "queen.”\n\n"
            "Lacombe later told reporters at the house’s Paris headquarters that a successor "
            "would be named by spring. “We are in no hurry,” he said. “We want the right "
            "person, not the quick one.”"
        ),
        "quotes": [
            ("Élodie shaped the modern identity of this house,", "Bernard Lacombe", False, "P1"),
            (
                "Eight seasons, 412 looks, and one team I will miss every single day,",
                "Élodie Marchetti-Sy",
                False,
                "P2",
            ),
            ("The industry is lucky you’re not retiring.", "Kwame Asante-Boateng", False, "P2"),
            ("Last walk for the queen.", "Freja Lindahl", False, "P3"),
            ("We are in no hurry,", "Bernard Lacombe", False, None),
            ("We want the right person, not the quick one.", "Bernard Lacombe", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Élodie Marchetti-Sy", "LinkedIn"),
            ("P3", "Freja Lindahl", "Instagram"),
        ],
        "people": [
            "Élodie Marchetti-Sy",
            "Bernard Lacombe",
            "Kwame Asante-Boateng",
            "Freja Lindahl",
        ],
    },
    {
        "name": "youtube-ferry-vlog-operator-facebook-minister",
        "text": (
            "A YouTube video by the travel vlogger Tariq Al-Mansouri, filmed on a delayed "
            "overnight ferry between Split and Ancona, has become the latest flashpoint in a "
            'row over Adriatic ferry services. "Fourteen hours, no cabin, no food, no '
            'apology," he says in the video.\n\n'
            "The operator, Jadran Line, posted a response on its Facebook page on Tuesday. "
            '"We regret the disruption caused by a mechanical fault and are contacting every '
            'affected passenger," the post said.\n\n'
            "Croatia's tourism minister, Vesna Kovačević, told reporters in Zagreb that she "
            'had asked the company for a full account. "Visitors deserve better than this," '
            "she said.\n\n"
            'Al-Mansouri was not satisfied. In a post on X, he called the reply "a statement '
            'written by lawyers for lawyers," and added: "Just refund the people who slept on'
            ' the deck."\n\n'
            "A passenger who appears in the video, Ingrid Solberg, said by phone from Oslo "
            "that she had been reimbursed within a day."
        ),
        "quotes": [
            ("Fourteen hours, no cabin, no food, no apology,", "Tariq Al-Mansouri", False, "P1"),
            (
                "We regret the disruption caused by a mechanical fault and are contacting every affected passenger,",
                None,
                False,
                "P2",
            ),
            ("Visitors deserve better than this,", "Vesna Kovačević", False, None),
            ("a statement written by lawyers for lawyers,", "Tariq Al-Mansouri", True, "P3"),
            ("Just refund the people who slept on the deck.", "Tariq Al-Mansouri", False, "P3"),
        ],
        "posts": [
            ("P1", "Tariq Al-Mansouri", "YouTube"),
            ("P2", None, "Facebook"),
            ("P3", "Tariq Al-Mansouri", "X"),
        ],
        "people": ["Tariq Al-Mansouri", "Vesna Kovačević", "Ingrid Solberg"],
    },
    {
        "name": "divorce-filing-instagram-attorney-letter-family",
        "text": (
            "Lawyers for the actor Dominic Achterberg filed for divorce from the chef Yuki "
            "Hamasaki in Los Angeles Superior Court on Thursday, citing irreconcilable "
            "differences. The filing asks for joint custody of the couple’s two children.\n\n"
            "Hamasaki responded on Instagram hours later. “I learned about this from a "
            "reporter’s phone call,” she wrote. “That is all I will say for now.”\n\n"
            "Her attorney, Renata Obuya, wrote in a letter to Achterberg’s legal team, which "
            "was obtained by People, that her client had been “blindsided.” The letter asked "
            "that “all further communication go through counsel.”\n\n"
            "Achterberg’s family released a brief statement. “Dominic and Yuki remain devoted"
            " parents, and we ask for privacy,” it read.\n\n"
            "Asked about the case on the red carpet at the Venice premiere of his film “Low "
            "Tide Hours,” the 52-year-old said only: “Not tonight, please.”"
        ),
        "quotes": [
            ("I learned about this from a reporter’s phone call,", "Yuki Hamasaki", False, "P2"),
            ("That is all I will say for now.", "Yuki Hamasaki", False, "P2"),
            ("blindsided.", "Renata Obuya", True, "P3"),
            ("all further communication go through counsel.", "Renata Obuya", True, "P3"),
            ("Dominic and Yuki remain devoted parents, and we ask for privacy,", None, False, "P4"),
            ("Not tonight, please.", "Dominic Achterberg", False, None),
        ],
        "posts": [
            ("P1", "Dominic Achterberg", None),
            ("P2", "Yuki Hamasaki", "Instagram"),
            ("P3", "Renata Obuya", None),
            ("P4", None, None),
        ],
        "people": ["Dominic Achterberg", "Yuki Hamasaki", "Renata Obuya"],
    },
    {
        "name": "band-split-bluesky-reply-to-reply-podcast",
        "text": (
            "The indie-folk band The Marlowe Sisters, none of whom are sisters or named "
            "Marlowe, announced their split on Bluesky on Saturday. “Twelve years, four "
            "records, zero regrets. We’re done,” the band’s account posted.\n\n"
            "The guitarist Ottoline Brack added a reply under the announcement. “For the "
            "record, it was mutual and nobody threw anything,” she wrote. The drummer, Keanu "
            "Palakiko, replied to her reply: “Speak for yourself. I threw a tambourine once.”\n\n"
            "Their label, Glasshouse Records, said in an email to fans that the farewell tour"
            " would go ahead as planned. “Every show will be a celebration,” the email said.\n\n"
            "The singer Hollis Adeyinka was more reflective in a conversation on the podcast "
            "Kitchen Table Sessions. “We wrote ‘Paper Lanterns’ in a flat in Leeds when we "
            "were 22,” Adeyinka said. “I don’t know how you top that, so maybe you don’t.”"
        ),
        "quotes": [
            ("Twelve years, four records, zero regrets. We’re done,", None, False, "P1"),
            (
                "For the record, it was mutual and nobody threw anything,",
                "Ottoline Brack",
                False,
                "P1",
            ),
            ("Speak for yourself. I threw a tambourine once.", "Keanu Palakiko", False, "P1"),
            ("Every show will be a celebration,", None, False, "P2"),
            (
                "We wrote ‘Paper Lanterns’ in a flat in Leeds when we were 22,",
                "Hollis Adeyinka",
                False,
                "P3",
            ),
            ("I don’t know how you top that, so maybe you don’t.", "Hollis Adeyinka", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Bluesky"),
            ("P2", None, None),
            ("P3", "Hollis Adeyinka", "Kitchen Table Sessions"),
        ],
        "people": ["Ottoline Brack", "Keanu Palakiko", "Hollis Adeyinka"],
    },
    {
        "name": "festival-prize-exiled-director-open-letter-sister-x",
        "text": (
            "The jury of the Rotterdam film festival awarded its top prize on Sunday to “The "
            "Orchard Keeper’s Daughter,” a debut by the Iranian director Shirin Farahani. The"
            " jury president, Matteo Guarnieri, called it “the most fearless film we saw all "
            "week.”\n\n"
            "Farahani, who could not travel to the Netherlands because her passport had been "
            "confiscated, accepted by video link and later posted on Instagram. “This prize "
            "belongs to my crew, who worked without pay and without fear,” she wrote.\n\n"
            "An open letter signed by more than 300 filmmakers, published on Monday, called "
            "for her passport to be returned. “Art is not a crime,” the letter said.\n\n"
            "Guarnieri told reporters after the ceremony that the jury had voted unanimously."
            " “There was no debate. We looked at each other and knew,” he said.\n\n"
            "Farahani’s sister, Leila Farahani, who collected the trophy in person, wrote on "
            "X: “She is watching. She is proud.”"
        ),
        "quotes": [
            ("the most fearless film we saw all week.", "Matteo Guarnieri", True, None),
            (
                "This prize belongs to my crew, who worked without pay and without fear,",
                "Shirin Farahani",
                False,
                "P1",
            ),
            ("Art is not a crime,", None, False, "P2"),
            (
                "There was no debate. We looked at each other and knew,",
                "Matteo Guarnieri",
                False,
                None,
            ),
            ("She is watching. She is proud.", "Leila Farahani", False, "P3"),
        ],
        "posts": [
            ("P1", "Shirin Farahani", "Instagram"),
            ("P2", None, None),
            ("P3", "Leila Farahani", "X"),
        ],
        "people": ["Shirin Farahani", "Matteo Guarnieri", "Leila Farahani"],
    },
    {
        "name": "medium-essay-chef-lost-star-nhk-split-quote",
        "text": (
            "The Tokyo chef Haruto Kanzaki lost his restaurant’s third Michelin star this "
            "week, and he did not take it quietly. In an essay on Medium on Wednesday, he "
            "wrote that inspectors had “confused minimalism with laziness.” “I cook the same "
            "way I did when they gave me the stars,” the essay continued.\n\n"
            "A spokeswoman for the Michelin Guide told reporters in Paris that its ratings "
            "were “the result of multiple anonymous visits” and declined to discuss "
            "individual restaurants.\n\n"
            "His former sous-chef, Aiko Morishita, who now runs her own counter in Osaka, "
            "defended him on Instagram. “Nobody in this country works harder,” she posted.\n\n"
            "Kanzaki appeared on the NHK programme Close-Up Gendai on Thursday night. “I am "
            "not angry any more,” the 63-year-old said, “just curious.” He added that he "
            "would keep the menu unchanged. “Maybe they will come back and see something "
            "new.”"
        ),
        "quotes": [
            ("confused minimalism with laziness.", "Haruto Kanzaki", True, "P1"),
            (
                "I cook the same way I did when they gave me the stars,",
                "Haruto Kanzaki",
                False,
                "P1",
            ),
            ("the result of multiple anonymous visits", None, True, None),
            ("Nobody in this country works harder,", "Aiko Morishita", False, "P2"),
            ("I am not angry any more,", "Haruto Kanzaki", False, "P3"),
            ("just curious.", "Haruto Kanzaki", False, "P3"),
            ("Maybe they will come back and see something new.", "Haruto Kanzaki", False, "P3"),
        ],
        "posts": [
            ("P1", "Haruto Kanzaki", "Medium"),
            ("P2", "Aiko Morishita", "Instagram"),
            ("P3", "Haruto Kanzaki", "Close-Up Gendai"),
        ],
        "people": ["Haruto Kanzaki", "Aiko Morishita"],
    },
    {
        "name": "rabbi-imam-tiktok-guardian-oped-board-x",
        "text": (
            "Rabbi Miriam Eisenberg-Cohen and Imam Yusuf Okafor have become unlikely TikTok "
            "stars in Manchester, where their videos answering viewers’ questions about "
            "faith, posted on Okafor’s account, have drawn 1.2 million followers.\n\n"
            "In the most-watched clip, posted on Friday, Eisenberg-Cohen asks why their "
            "congregations share a car park. “Because parking is the one thing every religion"
            " agrees is sacred,” Okafor replies.\n\n"
            "A viewer asked in a comment under the video whether the two ever argued. Okafor "
            "answered in a reply: “Constantly. Mostly about football.”\n\n"
            "Eisenberg-Cohen wrote an op-ed in The Guardian on Sunday describing how the "
            "project began after an arson attack on a nearby synagogue. “We decided the "
            "answer to fear was to be seen together,” she wrote.\n\n"
            "The Board of Deputies of British Jews praised the pair in a post on X, calling "
            "their work “a model for every city.” At a community iftar on Monday, the rabbi "
            "said a book was planned. “We want people to laugh first and listen second,” she "
            "said."
        ),
        "quotes": [
            (
                "Because parking is the one thing every religion agrees is sacred,",
                "Yusuf Okafor",
                False,
                "P1",
            ),
            ("Constantly. Mostly about football.", "Yusuf Okafor", False, "P1"),
            (
                "We decided the answer to fear was to be seen together,",
                "Miriam Eisenberg-Cohen",
                False,
                "P2",
            ),
            ("a model for every city.", None, True, "P3"),
            (
                "We want people to laugh first and listen second,",
                "Miriam Eisenberg-Cohen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Yusuf Okafor", "TikTok"),
            ("P2", "Miriam Eisenberg-Cohen", "The Guardian"),
            ("P3", None, "X"),
        ],
        "people": ["Miriam Eisenberg-Cohen", "Yusuf Okafor"],
    },
    {
        "name": "talk-show-cancelled-memo-x-caption-gala",
        "text": (
            "The Morning Table, the daytime talk show that has aired on KTVN for 19 years, "
            "will end in June, the network’s president, Delphine Okoro, told staff in a memo "
            "on Tuesday. The memo, seen by The Hollywood Reporter, said ratings had fallen "
            "“below what the slot can sustain.”\n\n"
            "The co-host Benedikt Strauss learned the news an hour before the memo went out, "
            "he said on X. “Nineteen years and a calendar invite,” he wrote. “Classy.”\n\n"
            "His co-host of a decade, Lucía Ferreira-Montes, took a gentler tone in an "
            "Instagram caption beneath a photo of the set: “We made breakfast television feel"
            " like family. That never gets cancelled.”\n\n"
            "Asked about his post at a charity gala that evening, Strauss softened. “Grateful"
            " for every morning,” he said.\n\n"
            "Okoro told guests at a television industry lunch on Wednesday that the network "
            "would find roles for the show’s 60 staff. “Nobody is being shown the door,” she "
            "said."
        ),
        "quotes": [
            ("below what the slot can sustain.", "Delphine Okoro", True, "P1"),
            ("Nineteen years and a calendar invite,", "Benedikt Strauss", False, "P2"),
            ("Classy.", "Benedikt Strauss", False, "P2"),
            (
                "We made breakfast television feel like family. That never gets cancelled.",
                "Lucía Ferreira-Montes",
                False,
                "P3",
            ),
            ("Grateful for every morning,", "Benedikt Strauss", False, None),
            ("Nobody is being shown the door,", "Delphine Okoro", False, None),
        ],
        "posts": [
            ("P1", "Delphine Okoro", None),
            ("P2", "Benedikt Strauss", "X"),
            ("P3", "Lucía Ferreira-Montes", "Instagram"),
        ],
        "people": ["Delphine Okoro", "Benedikt Strauss", "Lucía Ferreira-Montes"],
    },
    {
        "name": "kpop-petition-weverse-letter-instagram",
        "text": (
            "Starlight Entertainment, the Seoul agency behind the nine-member group NOVA9, "
            "told reporters on Wednesday that Kang Ji-hoon would sit out the group’s world "
            "tour for health reasons. “His recovery is our only priority,” a spokeswoman "
            "said.\n\n"
            "Fans quickly organised. A petition on Change.org, which had gathered 80,000 "
            "signatures by Thursday, accused the agency of “working the members into the "
            "ground.”\n\n"
            "Kang broke his silence in a handwritten letter shared on the group’s Weverse "
            "page. “I’m sorry for worrying you. I will come back healthier,” he wrote. "
            "“Please take care of the other eight for me.”\n\n"
            "The group’s leader, Lee Seo-yeon, posted a photo of his empty microphone stand "
            "on Instagram. “Keeping it warm for you,” she wrote.\n\n"
            "The agency’s chief executive, Park Min-jae, said at a fan event in Seoul that "
            "every member’s schedule would be reviewed before the tour opens in Bangkok next "
            "month."
        ),
        "quotes": [
            ("His recovery is our only priority,", None, False, None),
            ("working the members into the ground.", None, True, "P1"),
            (
                "I’m sorry for worrying you. I will come back healthier,",
                "Kang Ji-hoon",
                False,
                "P2",
            ),
            ("Please take care of the other eight for me.", "Kang Ji-hoon", False, "P2"),
            ("Keeping it warm for you,", "Lee Seo-yeon", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Change.org"),
            ("P2", "Kang Ji-hoon", "Weverse"),
            ("P3", "Lee Seo-yeon", "Instagram"),
        ],
        "people": ["Kang Ji-hoon", "Lee Seo-yeon", "Park Min-jae"],
    },
    {
        "name": "designer-tiktok-copy-claim-quote-post-lawsuit",
        "text": (
            "The Nairobi designer Wanjiru Kamau-Otieno accused the fast-fashion retailer "
            "Blythe & Co of copying her beaded “Savannah” handbag in a TikTok video on Monday"
            " that has since been viewed two million times. “Same beads, same clasp, "
            "one-tenth the price and none of the credit,” she said, holding the two bags side"
            " by side.\n\n"
            "Blythe & Co, which despite its name has no founder called Blythe, replied on X. "
            "“Our design team works independently and we take these claims seriously,” the "
            "company posted. Kamau-Otieno quote-posted the reply with a single word: "
            "“Seriously?”\n\n"
            "By Wednesday her lawyers had filed a lawsuit on her behalf in the High Court in "
            "London. The suit says the retailer “knowingly reproduced” the design.\n\n"
            "The fashion editor Olamide Fashola told a panel at Lagos Fashion Week that the "
            "case could be a test for small designers. “If she wins, every sketchbook in "
            "Lagos and Nairobi gets a little safer,” Fashola said."
        ),
        "quotes": [
            (
                "Same beads, same clasp, one-tenth the price and none of the credit,",
                "Wanjiru Kamau-Otieno",
                False,
                "P1",
            ),
            (
                "Our design team works independently and we take these claims seriously,",
                None,
                False,
                "P2",
            ),
            ("Seriously?", "Wanjiru Kamau-Otieno", False, "P3"),
            ("knowingly reproduced", "Wanjiru Kamau-Otieno", True, "P4"),
            (
                "If she wins, every sketchbook in Lagos and Nairobi gets a little safer,",
                "Olamide Fashola",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Otieno", "TikTok"),
            ("P2", None, "X"),
            ("P3", "Wanjiru Kamau-Otieno", "X"),
            ("P4", "Wanjiru Kamau-Otieno", None),
        ],
        "people": ["Wanjiru Kamau-Otieno", "Olamide Fashola"],
    },
    {
        "name": "cornish-village-drones-facebook-group-radio",
        "text": (
            "Residents of the Cornish fishing village of Polperrow have asked visitors to "
            "stop flying drones over the harbour after a video of the village went viral. “We"
            " are a working port, not a film set,” the parish council chair, Morwenna Pascoe,"
            " said at a public meeting on Monday.\n\n"
            "In a local Facebook group, Polperrow Matters, the harbourmaster Jory Trevithick "
            "posted a photo of a drone tangled in a mooring line. “Third one this month,” he "
            "wrote. A neighbour commented below it: “Charge them for the fishing out.”\n\n"
            "The travel influencer who made the original clip, Camille Dubois-Nakamura, "
            "apologised in an Instagram story. “I didn’t realise how many people would come,”"
            " she said in the video.\n\n"
            "Visit Cornwall, the county’s tourism agency, will add drone guidance to its "
            "website. Its chief executive, Ruth Penhallow, told BBC Radio Cornwall: “Come, "
            "enjoy it, and leave the skies to the gulls.”"
        ),
        "quotes": [
            ("We are a working port, not a film set,", "Morwenna Pascoe", False, None),
            ("Third one this month,", "Jory Trevithick", False, "P1"),
            ("Charge them for the fishing out.", None, False, "P1"),
            (
                "I didn’t realise how many people would come,",
                "Camille Dubois-Nakamura",
                False,
                "P2",
            ),
            ("Come, enjoy it, and leave the skies to the gulls.", "Ruth Penhallow", False, "P3"),
        ],
        "posts": [
            ("P1", "Jory Trevithick", "Facebook"),
            ("P2", "Camille Dubois-Nakamura", "Instagram"),
            ("P3", "Ruth Penhallow", "BBC Radio Cornwall"),
        ],
        "people": [
            "Morwenna Pascoe",
            "Jory Trevithick",
            "Camille Dubois-Nakamura",
            "Ruth Penhallow",
        ],
    },
    {
        "name": "awards-host-joke-youtube-threads-second-post",
        "text": (
            "The comedian Desmond Achebe-Ward, who hosted Sunday’s Golden Reel Awards, "
            "defended a joke about the singer Marisela Quintanilla-Ruiz in a YouTube video on"
            " Tuesday. “If I only told jokes nobody minded, I’d be a weather presenter,” he "
            "said.\n\n"
            "Quintanilla-Ruiz had responded on the night of the ceremony on Threads, calling "
            "the joke “lazy, and not even new.” Hours later she added a second post: “I’ve "
            "been called worse by better comedians.”\n\n"
            "The broadcaster, Lumen TV, issued a statement on Monday saying it “regretted any"
            " offence caused” and would review the edit for its streaming replay.\n\n"
            "The show’s producer, Gail Whitcombe, was blunter at a staff town hall on "
            "Tuesday. “We asked to see the monologue in advance. We were told it wasn’t "
            "finished,” Whitcombe said.\n\n"
            "Achebe-Ward ended his video by addressing the singer directly. “Marisela, I’ll "
            "buy the drinks,” he said. “You pick the bar.”"
        ),
        "quotes": [
            (
                "If I only told jokes nobody minded, I’d be a weather presenter,",
                "Desmond Achebe-Ward",
                False,
                "P1",
            ),
            ("lazy, and not even new.", "Marisela Quintanilla-Ruiz", True, "P2"),
            (
                "I’ve been called worse by better comedians.",
                "Marisela Quintanilla-Ruiz",
                False,
                "P3",
            ),
            ("regretted any offence caused", None, True, "P4"),
            (
                "We asked to see the monologue in advance. We were told it wasn’t finished,",
                "Gail Whitcombe",
                False,
                None,
            ),
            ("Marisela, I’ll buy the drinks,", "Desmond Achebe-Ward", False, "P1"),
            ("You pick the bar.", "Desmond Achebe-Ward", False, "P1"),
        ],
        "posts": [
            ("P1", "Desmond Achebe-Ward", "YouTube"),
            ("P2", "Marisela Quintanilla-Ruiz", "Threads"),
            ("P3", "Marisela Quintanilla-Ruiz", "Threads"),
            ("P4", None, None),
        ],
        "people": ["Desmond Achebe-Ward", "Marisela Quintanilla-Ruiz", "Gail Whitcombe"],
    },
    {
        "name": "journal-study-cocoa-linkedin-reply-newsday",
        "text": (
            "A study published on Wednesday in the journal Food Chemistry found that cocoa "
            "grown in western Ghana contains up to 40 percent more flavanols than beans from "
            'neighbouring regions. "Terroir matters for chocolate as much as it does for '
            'wine," the study concluded.\n\n'
            "The lead researcher, Kofi Mensah-Bonsu of the University of Cape Coast, said on "
            "the BBC World Service programme Newsday that farmers rarely benefit from such "
            'findings. "The premium is captured in Zurich and Brussels, not in Sefwi," he '
            "said.\n\n"
            'The Swiss chocolatier Annelise Brunner shared the paper on LinkedIn. "We pay '
            'more for these beans and will pay more again," she wrote. A commenter under her '
            "post, the cocoa trader Ifeoma Chukwu, asked how much of that money reached the "
            'farms. Brunner replied: "Not enough yet. We publish our prices in March."\n\n'
            "The Ghana Cocoa Board, reached by phone, said it welcomed the research and would"
            " share it with farmer cooperatives."
        ),
        "quotes": [
            ("Terroir matters for chocolate as much as it does for wine,", None, False, "P1"),
            (
                "The premium is captured in Zurich and Brussels, not in Sefwi,",
                "Kofi Mensah-Bonsu",
                False,
                "P2",
            ),
            (
                "We pay more for these beans and will pay more again,",
                "Annelise Brunner",
                False,
                "P3",
            ),
            ("Not enough yet. We publish our prices in March.", "Annelise Brunner", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Food Chemistry"),
            ("P2", "Kofi Mensah-Bonsu", "Newsday"),
            ("P3", "Annelise Brunner", "LinkedIn"),
        ],
        "people": ["Kofi Mensah-Bonsu", "Annelise Brunner", "Ifeoma Chukwu"],
    },
    {
        "name": "wedding-instagram-caption-hello-facebook-group",
        "text": (
            "The actor Thandiwe Mokoena married the Brazilian DJ Rafael “Rafinha” Albuquerque"
            " in a private ceremony in Cape Town on Saturday, she announced on Instagram. “Mr"
            " and Mrs, finally,” read the caption beneath a photo of the couple on a beach.\n\n"
            "Albuquerque shared the photo on his own Instagram story with a note: “Best "
            "decision of my life, and I’ve made a few.”\n\n"
            "The couple sold the wedding pictures to Hello! magazine, which published them on"
            " Monday. “We wanted one day that felt completely ours,” Mokoena told the "
            "magazine. “Then we wanted everybody to see the dress.”\n\n"
            "Her mother, Nomvula Mokoena, wrote a long post in a Facebook group for parents "
            "of performers. “My daughter finally found someone who laughs louder than she "
            "does,” she wrote.\n\n"
            "Albuquerque’s former club, Atlético Paranaense, where he played before swapping "
            "football for turntables, sent flowers, a club spokesman said."
        ),
        "quotes": [
            ("Mr and Mrs, finally,", "Thandiwe Mokoena", False, "P1"),
            ("Best decision of my life, and I’ve made a few.", "Rafael Albuquerque", False, "P2"),
            ("We wanted one day that felt completely ours,", "Thandiwe Mokoena", False, "P3"),
            ("Then we wanted everybody to see the dress.", "Thandiwe Mokoena", False, "P3"),
            (
                "My daughter finally found someone who laughs louder than she does,",
                "Nomvula Mokoena",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Thandiwe Mokoena", "Instagram"),
            ("P2", "Rafael Albuquerque", "Instagram"),
            ("P3", "Thandiwe Mokoena", "Hello!"),
            ("P4", "Nomvula Mokoena", "Facebook"),
        ],
        "people": ["Thandiwe Mokoena", "Rafael Albuquerque", "Nomvula Mokoena"],
    },
    {
        "name": "rath-yatra-temple-statement-hindu-youtube-stream",
        "text": (
            "Organisers of the Rath Yatra festival in Puri said more than a million pilgrims "
            "attended Monday’s chariot procession, the largest crowd in a decade. “By the "
            "grace of Lord Jagannath, not a single serious injury was reported,” the temple "
            "administration said in a statement.\n\n"
            "Its chief administrator, Subhashree Mohapatra, told The Hindu that the "
            "crowd-control plan had been rehearsed for months. “We practised with volunteers "
            "at 4 a.m. so the city would not notice,” she said.\n\n"
            "Not everything went smoothly. A pilgrim from Kolkata, Debashis Ghoshal, wrote on"
            " Facebook that he had waited nine hours for water. “Faith kept me standing. The "
            "organisers did not,” he wrote.\n\n"
            "The procession was streamed live on the YouTube channel of the Odisha "
            "broadcaster Kalinga TV, where one viewer commented that it was “better than "
            "being there, without the heat.”\n\n"
            "The state’s chief minister thanked the volunteers at a rally in Bhubaneswar on "
            "Tuesday."
        ),
        "quotes": [
            (
                "By the grace of Lord Jagannath, not a single serious injury was reported,",
                None,
                False,
                "P1",
            ),
            (
                "We practised with volunteers at 4 a.m. so the city would not notice,",
                "Subhashree Mohapatra",
                False,
                "P2",
            ),
            ("Faith kept me standing. The organisers did not,", "Debashis Ghoshal", False, "P3"),
            ("better than being there, without the heat.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Subhashree Mohapatra", "The Hindu"),
            ("P3", "Debashis Ghoshal", "Facebook"),
            ("P4", None, "YouTube"),
        ],
        "people": ["Subhashree Mohapatra", "Debashis Ghoshal"],
    },
    {
        "name": "singer-quits-festival-sponsor-radio-two-paragraphs",
        "text": (
            "The Danish singer Astrid Holmgaard pulled out of this summer’s Verdant Fields "
            "festival on Thursday, hours after organisers announced a sponsorship deal with "
            "an oil company. In a post on Instagram, she wrote that she could not “sing about"
            " the sea and take money from people who are drilling it.”\n\n"
            "Verdant Fields replied in a statement posted to its own Instagram account. “Our "
            "sponsors have no influence over the lineup or the message of any artist,” it "
            "said.\n\n"
            "Holmgaard explained her decision on Friday on the BBC Radio 1 programme Night "
            "Tide, hosted by Jasper Okonedo-Finch.\n\n"
            "“I have nothing against the festival or the people who run it. I played there "
            "when I was 19 and nobody knew my name.\n\n"
            "“But my new album is literally called ‘Rising Water.’ I would be a hypocrite,” "
            "she said.\n\n"
            "Another act on the bill, the duo Fennel & Juniper, said on TikTok that they "
            "would stay. “We’d rather show up and say something,” the pair said in their "
            "video."
        ),
        "quotes": [
            (
                "sing about the sea and take money from people who are drilling it.",
                "Astrid Holmgaard",
                True,
                "P1",
            ),
            (
                "Our sponsors have no influence over the lineup or the message of any artist,",
                None,
                False,
                "P2",
            ),
            (
                "I have nothing against the festival or the people who run it. I played there when I was 19 and nobody knew my name.",
                "Astrid Holmgaard",
                False,
                "P3",
            ),
            (
                "But my new album is literally called ‘Rising Water.’ I would be a hypocrite,",
                "Astrid Holmgaard",
                False,
                "P3",
            ),
            ("We’d rather show up and say something,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Astrid Holmgaard", "Instagram"),
            ("P2", None, "Instagram"),
            ("P3", "Astrid Holmgaard", "Night Tide"),
            ("P4", None, "TikTok"),
        ],
        "people": ["Astrid Holmgaard", "Jasper Okonedo-Finch"],
    },
]
