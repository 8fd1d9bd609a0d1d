"""The eighty-fourth self-made dev set, held out (CL): its first run is an unseen estimate.

Written with set CM, without reading the extraction rules, and committed before
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
- A post that is deleted and then posted again in corrected form is two posts:
  the deleted one (listed even though it is not quoted) and the new one.
- A quote-post on X that links someone else's op-ed is a new X post by the
  quote-poster; a reply under it belongs to it.
- A reply to a reply under a Bluesky post belongs to the original post.
- A study in a named journal is a post with author None (its authors are not
  named as its writers) and platform the journal's name (Nature Ecology); an
  agency's report released with no outlet is a post with author None and no
  platform.
- A statement "on its website" by a football club, a statement by a
  commissioner's office, a museum's statement and a district's, festival's or
  brewery's post on its Facebook page have author None (the office or
  organisation); the Facebook page posts have platform Facebook, and unnamed
  customers' comments under them speak as None.
- A Reddit thread started by an unnamed user has author None; a thread started
  by a named scientist is his Reddit post.
- A video on a space agency's YouTube channel in which its named scientist
  speaks is a post with author None and platform YouTube; the scientist's words
  in it speak as the scientist.
- A named newsletter on Substack has platform Substack; its title in marks is
  not a quote. A review in a named newspaper (Público) has that platform.
- A talk radio show, RTÉ's Morning Ireland, a local radio show and a
  commentator's own podcast take the show's name as platform (The Morning
  Drive, Morning Ireland, Valley Talk, The Long View); BBC Radio Leeds is the
  outlet as written.
- An email or letter mentioned only inside someone's quote is not a post; an
  email from a department spokeswoman with no quoted words is a post with
  author None and no platform.
- A lawsuit filed by a law firm on behalf of several named and unnamed
  restaurant owners, and a lawsuit by residents together with a legal aid
  group, have author None.
- A nested quote in single marks inside a quote (‘We have waited long
  enough,’) is part of the outer quote's text and is not a quote of its own.
- A quote that runs over two paragraphs (the first paragraph ending without a
  closing mark, the next reopening with one) is listed as two quotes, one per
  paragraph, each with the same speaker and post; the first ends at the end of
  its paragraph.
- Words given whole after "with the caption", "with a single word" or "with a
  comment of her own" are whole quotes (not partial), and that post is a new
  post by the poster.
- A law firm whose name looks like a person's (Everett Sloane), a company
  named Whitcombe & Lowe, a brokerage named Calder Brooks and a spacecraft
  (Rosetta) are not people.
- Chinese name order is kept (Lin Meihua); her daughter Amy Lin is a separate
  person and the bare "Lin" refers to Lin Meihua.
- Song, album, film, essay, newsletter and podcast titles in marks, and
  nicknames in marks (“The Hammer”, “the Metronome”), are not quotes.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CL: list[dict] = [
    {
        "name": "mayor-deleted-x-post-flood-meeting",
        "text": (
            "Adaeze Okonkwo-Barnes, the mayor of Riverton, deleted a post on X on Wednesday "
            "night after residents noticed that it gave the wrong date for a public meeting on "
            "the town’s flood defences.\n\n"
            "An hour later she posted again. “Corrected: we meet Thursday at 7 p.m. in the "
            "library hall, not Friday. My mistake,” the mayor wrote. Councillor Viktor Hanssen "
            "replied beneath the new post: “Happens to all of us. Bring questions, not "
            "pitchforks.”\n\n"
            "The meeting itself was tense. “My basement has flooded three times since 2019,” a "
            "neighbour who lives by the river told the room. “Nobody has ever come to look at "
            "it.”\n\n"
            "Okonkwo-Barnes told the Riverton Courier on Friday that the town would apply for "
            "state money to raise the levee. “We cannot keep patching this with sandbags,” she "
            "said. “The river is not waiting for us.”\n\n"
            "Hanssen, who has called the levee plan “a decade overdue,” said he would back the "
            "application."
        ),
        "quotes": [
            (
                "Corrected: we meet Thursday at 7 p.m. in the library hall, not Friday. My mistake,",
                "Adaeze Okonkwo-Barnes",
                False,
                "P2",
            ),
            (
                "Happens to all of us. Bring questions, not pitchforks.",
                "Viktor Hanssen",
                False,
                "P2",
            ),
            ("My basement has flooded three times since 2019,", None, False, None),
            ("Nobody has ever come to look at it.", None, False, None),
            ("We cannot keep patching this with sandbags,", "Adaeze Okonkwo-Barnes", False, "P3"),
            ("The river is not waiting for us.", "Adaeze Okonkwo-Barnes", False, "P3"),
            ("a decade overdue,", "Viktor Hanssen", True, None),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Barnes", "X"),
            ("P2", "Adaeze Okonkwo-Barnes", "X"),
            ("P3", "Adaeze Okonkwo-Barnes", "Riverton Courier"),
        ],
        "people": ["Adaeze Okonkwo-Barnes", "Viktor Hanssen"],
    },
    {
        "name": "shipping-earnings-release-analyst-note-linkedin",
        "text": (
            "Halvorsen Freight, the Oslo-based shipping group, said in an earnings release on "
            "Thursday that third-quarter profit fell 18 percent as container rates slid. The "
            "release quoted its chief executive, Ingrid Solberg-Moe, as saying the company was "
            "“built for the trough as well as the peak.”\n\n"
            "On the earnings call, Solberg-Moe was blunter. “Nobody should expect rates to "
            "recover before summer,” she told analysts.\n\n"
            "In a note to clients, Rajiv Menon, an analyst at Calder Brooks, called the results "
            "“ugly but not alarming.” He added: “The balance sheet gives them two years of "
            "runway.”\n\n"
            "Solberg-Moe later wrote on LinkedIn that she was proud of the crews who had kept "
            "ships moving through a difficult season. “Numbers go up and down. The people who "
            "move the boxes do not get enough thanks,” she wrote. One former employee commented "
            "under the post: “Then pay them like it.”"
        ),
        "quotes": [
            ("built for the trough as well as the peak.", "Ingrid Solberg-Moe", True, "P1"),
            (
                "Nobody should expect rates to recover before summer,",
                "Ingrid Solberg-Moe",
                False,
                None,
            ),
            ("ugly but not alarming.", "Rajiv Menon", True, "P2"),
            ("The balance sheet gives them two years of runway.", "Rajiv Menon", False, "P2"),
            (
                "Numbers go up and down. The people who move the boxes do not get enough thanks,",
                "Ingrid Solberg-Moe",
                False,
                "P3",
            ),
            ("Then pay them like it.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rajiv Menon", None),
            ("P3", "Ingrid Solberg-Moe", "LinkedIn"),
        ],
        "people": ["Ingrid Solberg-Moe", "Rajiv Menon"],
    },
    {
        "name": "striker-instagram-caption-club-statement-podcast",
        "text": (
            "Kwame Asante-Boateng, the 31-year-old striker who left Dunmore Athletic in the "
            "summer, posted a photo of an empty dressing room on Instagram on Sunday with the "
            "caption “Eight years. No goodbye.”\n\n"
            "The club responded with a statement on its website. “We thanked Kwame privately "
            "and publicly, and we wish him well,” it said. “Any suggestion otherwise is simply "
            "wrong.”\n\n"
            "His former captain, Rhys Llewellyn-Price, weighed in on the “Final Whistle” podcast "
            "the next day. “He was the best finisher I played with, and he deserved a proper "
            "send-off,” Llewellyn-Price said. “That is on the board, not the fans.”\n\n"
            "Asante-Boateng, nicknamed “The Hammer” by supporters, did not respond to requests "
            "for comment. Later in the week, he shared a clip of his last goal for the club on "
            "TikTok without any words, and it was viewed more than two million times."
        ),
        "quotes": [
            ("Eight years. No goodbye.", "Kwame Asante-Boateng", False, "P1"),
            ("We thanked Kwame privately and publicly, and we wish him well,", None, False, "P2"),
            ("Any suggestion otherwise is simply wrong.", None, False, "P2"),
            (
                "He was the best finisher I played with, and he deserved a proper send-off,",
                "Rhys Llewellyn-Price",
                False,
                "P3",
            ),
            ("That is on the board, not the fans.", "Rhys Llewellyn-Price", False, "P3"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "Instagram"),
            ("P2", None, None),
            ("P3", "Rhys Llewellyn-Price", "Final Whistle"),
            ("P4", "Kwame Asante-Boateng", "TikTok"),
        ],
        "people": ["Kwame Asante-Boateng", "Rhys Llewellyn-Price"],
    },
    {
        "name": "fox-snout-study-bluesky-reply-medium-essay",
        "text": (
            "Urban foxes in three European cities have measurably shorter snouts than their "
            "rural cousins, according to a study published Wednesday in the journal Nature "
            "Ecology. “The change is consistent with adaptation to scavenging rather than "
            "hunting,” the study said.\n\n"
            "Its lead author, Saoirse Ní Bhriain, a zoologist at University College Cork, summed "
            "it up on Bluesky: “Cities are quietly reshaping the animals that live in them.” A "
            "biologist in Leipzig, Matthias Krüger, replied that the sample was “too small to "
            "carry that headline.” Ní Bhriain answered him in turn: “Fair. That is why we want "
            "three more cities.”\n\n"
            "Ní Bhriain expanded on the findings in an essay on Medium, arguing that cities "
            "should be treated as evolutionary laboratories. “We built these places for "
            "ourselves,” she wrote, “and everything else has had to improvise.”\n\n"
            "Krüger told Der Spiegel that he found the work interesting but premature."
        ),
        "quotes": [
            (
                "The change is consistent with adaptation to scavenging rather than hunting,",
                None,
                False,
                "P1",
            ),
            (
                "Cities are quietly reshaping the animals that live in them.",
                "Saoirse Ní Bhriain",
                False,
                "P2",
            ),
            ("too small to carry that headline.", "Matthias Krüger", True, "P2"),
            ("Fair. That is why we want three more cities.", "Saoirse Ní Bhriain", False, "P2"),
            ("We built these places for ourselves,", "Saoirse Ní Bhriain", False, "P3"),
            ("and everything else has had to improvise.", "Saoirse Ní Bhriain", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Nature Ecology"),
            ("P2", "Saoirse Ní Bhriain", "Bluesky"),
            ("P3", "Saoirse Ní Bhriain", "Medium"),
            ("P4", "Matthias Krüger", "Der Spiegel"),
        ],
        "people": ["Saoirse Ní Bhriain", "Matthias Krüger"],
    },
    {
        "name": "folk-singer-tiktok-album-rolling-stone-threads",
        "text": (
            "The folk singer Marisela Quispe announced on TikTok on Monday that her new album "
            "would be released in June. “Twelve songs, two years, one very patient producer,” "
            "she said in the video.\n\n"
            "The first single, “Salt in the River,” arrives Friday. Quispe told Rolling Stone "
            "that the song was written after her grandmother’s funeral in Cusco. “I could not "
            "sing it for a year without crying,” she said. “Now I can sing it without crying "
            "only most nights.”\n\n"
            "Her producer, Benedikt Arnarsson, posted a photo from the studio on Threads with "
            "the words “She made me cry too.” A fan replied underneath: “June cannot come soon "
            "enough.”\n\n"
            "Quispe, whose 2021 record “Altiplano” was nominated for a Latin Grammy, said she "
            "would tour North America and Europe in the autumn, starting with two nights in "
            "Toronto."
        ),
        "quotes": [
            ("Twelve songs, two years, one very patient producer,", "Marisela Quispe", False, "P1"),
            ("I could not sing it for a year without crying,", "Marisela Quispe", False, "P2"),
            ("Now I can sing it without crying only most nights.", "Marisela Quispe", False, "P2"),
            ("She made me cry too.", "Benedikt Arnarsson", False, "P3"),
            ("June cannot come soon enough.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Marisela Quispe", "TikTok"),
            ("P2", "Marisela Quispe", "Rolling Stone"),
            ("P3", "Benedikt Arnarsson", "Threads"),
        ],
        "people": ["Marisela Quispe", "Benedikt Arnarsson"],
    },
    {
        "name": "bus-depot-flats-facebook-group-developer-letter",
        "text": (
            "A plan to turn the old Ashgrove bus depot into 60 flats has split residents, "
            "judging by the Ashgrove Neighbours group on Facebook. “This is the first sensible "
            "use of that site in twenty years,” Priyanka Deshmukh, a retired teacher, wrote in "
            "the group on Sunday.\n\n"
            "Not everyone agreed. “Sixty flats and eleven parking spaces. Where do they think the "
            "cars go?” another member, Callum Fairweather, replied under her post.\n\n"
            "The developer, Whitcombe & Lowe, sent a letter to nearby households on Monday. “We "
            "have listened, and we will listen more,” the letter said, promising a drop-in "
            "session at the community centre.\n\n"
            "At that session on Wednesday, a neighbour who has lived on Depot Lane since 1974 "
            "said the building work worried her more than the parking. “I am 81,” she said. “I "
            "do not have five years of drilling left in me.”\n\n"
            "Deshmukh later posted a photo of the crowded hall in the group with a single word: "
            "“Democracy!”"
        ),
        "quotes": [
            (
                "This is the first sensible use of that site in twenty years,",
                "Priyanka Deshmukh",
                False,
                "P1",
            ),
            (
                "Sixty flats and eleven parking spaces. Where do they think the cars go?",
                "Callum Fairweather",
                False,
                "P1",
            ),
            ("We have listened, and we will listen more,", None, False, "P2"),
            ("I am 81,", None, False, None),
            ("I do not have five years of drilling left in me.", None, False, None),
            ("Democracy!", "Priyanka Deshmukh", False, "P3"),
        ],
        "posts": [
            ("P1", "Priyanka Deshmukh", "Facebook"),
            ("P2", None, None),
            ("P3", "Priyanka Deshmukh", "Facebook"),
        ],
        "people": ["Priyanka Deshmukh", "Callum Fairweather"],
    },
    {
        "name": "governor-op-ed-water-rules-x-quote-post-radio",
        "text": (
            "Governor Thandiwe Mahlangu defended her state’s new water rationing rules in an "
            "op-ed in the Sacramento Bee on Sunday. “Nobody enjoys being told how long to "
            "shower,” she wrote. “But the reservoirs do not negotiate.”\n\n"
            "Her Republican challenger, Dale Kettering, quote-posted a link to the piece on X. "
            "“Easy to ration other people’s water from the governor’s mansion,” he wrote.\n\n"
            "Mahlangu’s spokesman, Arturo Villaseñor, replied under Kettering’s post within "
            "minutes: “The mansion is on the same rules as everyone else. Check the meter.”\n\n"
            "On Monday, Kettering appeared on the talk radio show The Morning Drive and called "
            "the rules “a solution in search of a drought.” He said farmers in the Central "
            "Valley had been hit hardest and promised to repeal the rules in his first week in "
            "office. The governor’s office did not respond to a request for comment on his "
            "remarks."
        ),
        "quotes": [
            ("Nobody enjoys being told how long to shower,", "Thandiwe Mahlangu", False, "P1"),
            ("But the reservoirs do not negotiate.", "Thandiwe Mahlangu", False, "P1"),
            (
                "Easy to ration other people’s water from the governor’s mansion,",
                "Dale Kettering",
                False,
                "P2",
            ),
            (
                "The mansion is on the same rules as everyone else. Check the meter.",
                "Arturo Villaseñor",
                False,
                "P2",
            ),
            ("a solution in search of a drought.", "Dale Kettering", True, "P3"),
        ],
        "posts": [
            ("P1", "Thandiwe Mahlangu", "Sacramento Bee"),
            ("P2", "Dale Kettering", "X"),
            ("P3", "Dale Kettering", "The Morning Drive"),
        ],
        "people": ["Thandiwe Mahlangu", "Dale Kettering", "Arturo Villaseñor"],
    },
    {
        "name": "bakery-strike-union-statement-reddit-radio",
        "text": (
            "Workers at the Kestrel Foods bakery plant in Leeds will strike for 48 hours from "
            "Monday, the Bakers and Allied Workers Union said in a statement on Thursday. “Our "
            "members have had one pay rise in four years, and it did not cover the bus fare,” "
            "the statement said.\n\n"
            "Kestrel responded with a press release quoting its operations director, Fiona "
            "McAllister, who said the company had offered “a fair and final package.” “We are "
            "disappointed that the union has chosen disruption over discussion,” McAllister said "
            "in the release.\n\n"
            "On Reddit, a thread started by a user who said they worked night shifts at the "
            "plant drew hundreds of replies. “Fair and final is what they said last time too,” "
            "the user wrote. One reply read: “Solidarity from the Bradford depot.”\n\n"
            "The union’s regional organiser, Dawit Haile, told BBC Radio Leeds that talks could "
            "resume “the minute they put a real number on the table.”"
        ),
        "quotes": [
            (
                "Our members have had one pay rise in four years, and it did not cover the bus fare,",
                None,
                False,
                "P1",
            ),
            ("a fair and final package.", "Fiona McAllister", True, "P2"),
            (
                "We are disappointed that the union has chosen disruption over discussion,",
                "Fiona McAllister",
                False,
                "P2",
            ),
            ("Fair and final is what they said last time too,", None, False, "P3"),
            ("Solidarity from the Bradford depot.", None, False, "P3"),
            ("the minute they put a real number on the table.", "Dawit Haile", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", None, "Reddit"),
            ("P4", "Dawit Haile", "BBC Radio Leeds"),
        ],
        "people": ["Fiona McAllister", "Dawit Haile"],
    },
    {
        "name": "camping-ban-ruling-plaintiff-facebook-county-appeal",
        "text": (
            "A federal judge in Denver on Tuesday blocked a county rule that banned camping in "
            "public parks, ruling that it punished people for being homeless. “A city may "
            "regulate where people sleep; it may not make sleeping itself a crime,” Judge "
            "Harriet Oyelaran wrote in her opinion.\n\n"
            "The lawsuit, filed in March by three unhoused residents and a legal aid group, had "
            "argued that the ban left people “with nowhere lawful to close their eyes.”\n\n"
            "One of the plaintiffs, Lorenzo Whitehorse, posted a video on Facebook after the "
            "ruling. “I slept in that park for two winters. Today a judge said I am a person,” "
            "he said in the video.\n\n"
            "County Commissioner Gretchen Vollmer said at a news conference that the county "
            "would appeal. “This ruling ties our hands,” she said. Her office later issued a "
            "statement saying the county remained “committed to compassionate enforcement.”\n\n"
            "Whitehorse’s attorney, Mei-Ling Corcoran, told the Denver Post that she expected "
            "the appeal to fail."
        ),
        "quotes": [
            (
                "A city may regulate where people sleep; it may not make sleeping itself a crime,",
                "Harriet Oyelaran",
                False,
                "P1",
            ),
            ("with nowhere lawful to close their eyes.", None, True, "P2"),
            (
                "I slept in that park for two winters. Today a judge said I am a person,",
                "Lorenzo Whitehorse",
                False,
                "P3",
            ),
            ("This ruling ties our hands,", "Gretchen Vollmer", False, None),
            ("committed to compassionate enforcement.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Harriet Oyelaran", None),
            ("P2", None, None),
            ("P3", "Lorenzo Whitehorse", "Facebook"),
            ("P4", None, None),
            ("P5", "Mei-Ling Corcoran", "Denver Post"),
        ],
        "people": [
            "Harriet Oyelaran",
            "Lorenzo Whitehorse",
            "Gretchen Vollmer",
            "Mei-Ling Corcoran",
        ],
    },
    {
        "name": "tennis-withdrawal-instagram-story-coach-threads",
        "text": (
            "The Japanese tennis player Haruka Tanabe withdrew from next week’s Madrid Open on "
            "Friday, citing a wrist injury. “My body is asking for rest, and this time I am "
            "listening,” she wrote in an Instagram story.\n\n"
            "The 24-year-old, ranked ninth in the world, had played through pain at a "
            "tournament in Stuttgart. At a news conference there, she had said the wrist was "
            "“annoying, nothing more.”\n\n"
            "The Japan Tennis Association said in a statement that Tanabe would be assessed by "
            "team doctors in Tokyo. “Her long-term health is our only priority,” the statement "
            "said.\n\n"
            "Her coach, Sébastien Marchetti, posted on Threads that the decision had been hers "
            "alone. “I argued for playing one more match. She was right and I was wrong,” he "
            "wrote. “Write that down, because it rarely happens.”\n\n"
            "Among the replies under his post was one from the retired champion Ana Karolina "
            "Duarte: “Rest well. She will come back stronger.”"
        ),
        "quotes": [
            (
                "My body is asking for rest, and this time I am listening,",
                "Haruka Tanabe",
                False,
                "P1",
            ),
            ("annoying, nothing more.", "Haruka Tanabe", True, None),
            ("Her long-term health is our only priority,", None, False, "P2"),
            (
                "I argued for playing one more match. She was right and I was wrong,",
                "Sébastien Marchetti",
                False,
                "P3",
            ),
            ("Write that down, because it rarely happens.", "Sébastien Marchetti", False, "P3"),
            ("Rest well. She will come back stronger.", "Ana Karolina Duarte", False, "P3"),
        ],
        "posts": [
            ("P1", "Haruka Tanabe", "Instagram"),
            ("P2", None, None),
            ("P3", "Sébastien Marchetti", "Threads"),
        ],
        "people": ["Haruka Tanabe", "Sébastien Marchetti", "Ana Karolina Duarte"],
    },
    {
        "name": "asteroid-probe-release-youtube-substack-x",
        "text": (
            "The European Space Agency said in a press release on Wednesday that its Aurelia "
            "probe had sent back the first close-up images of the asteroid 2019 KX. “The surface "
            "is far rougher than our models predicted,” the release said.\n\n"
            "The mission’s science lead, Dr. Oluwaseun Bakare, walked through the images in a "
            "video on the agency’s YouTube channel. “Every boulder you see here is the size of a "
            "house,” he said, pointing to a ridge near the equator. “Landing anywhere near it "
            "would be a very bad day.”\n\n"
            "Greta Lindahl, an amateur astronomer, wrote in her Substack newsletter, “Dark Sky "
            "Notes,” that the pictures were “the best thing I have seen since Rosetta.” In the "
            "same post she asked why the raw data would be withheld for six months.\n\n"
            "Bakare responded on X the next morning: “Calibration takes time. Six months is "
            "standard, not secrecy.”"
        ),
        "quotes": [
            ("The surface is far rougher than our models predicted,", None, False, "P1"),
            ("Every boulder you see here is the size of a house,", "Oluwaseun Bakare", False, "P2"),
            ("Landing anywhere near it would be a very bad day.", "Oluwaseun Bakare", False, "P2"),
            ("the best thing I have seen since Rosetta.", "Greta Lindahl", True, "P3"),
            (
                "Calibration takes time. Six months is standard, not secrecy.",
                "Oluwaseun Bakare",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "YouTube"),
            ("P3", "Greta Lindahl", "Substack"),
            ("P4", "Oluwaseun Bakare", "X"),
        ],
        "people": ["Oluwaseun Bakare", "Greta Lindahl"],
    },
    {
        "name": "film-pulled-festival-facebook-variety-critic",
        "text": (
            "The Nigerian director Chiamaka Obi-Lawson said on Instagram on Saturday that her "
            "film “The Weight of Rain” had been pulled from a festival in Lisbon two days before "
            "its premiere. “No reason given. Just an email and a refund for my flights,” she "
            "wrote.\n\n"
            "The festival, Cinema Atlântico, said on its Facebook page that the screening had "
            "been cancelled “for technical reasons.” It did not elaborate.\n\n"
            "Obi-Lawson told Variety she did not believe that explanation. “A projector does "
            "not break for two days,” she said. “Someone did not like the film.” The movie "
            "follows a gay couple in Lagos.\n\n"
            "The Portuguese critic Duarte Sampaio, who saw a preview, wrote in the newspaper "
            "Público that it was “the bravest film of the year.” By Monday, an independent "
            "cinema in Porto, Sala Gaivota, had offered to screen it instead, and tickets sold "
            "out within an hour."
        ),
        "quotes": [
            (
                "No reason given. Just an email and a refund for my flights,",
                "Chiamaka Obi-Lawson",
                False,
                "P1",
            ),
            ("for technical reasons.", None, True, "P2"),
            ("A projector does not break for two days,", "Chiamaka Obi-Lawson", False, "P3"),
            ("Someone did not like the film.", "Chiamaka Obi-Lawson", False, "P3"),
            ("the bravest film of the year.", "Duarte Sampaio", True, "P4"),
        ],
        "posts": [
            ("P1", "Chiamaka Obi-Lawson", "Instagram"),
            ("P2", None, "Facebook"),
            ("P3", "Chiamaka Obi-Lawson", "Variety"),
            ("P4", "Duarte Sampaio", "Público"),
        ],
        "people": ["Chiamaka Obi-Lawson", "Duarte Sampaio"],
    },
    {
        "name": "housing-memo-leak-morning-ireland-bluesky-thread",
        "text": (
            "A leaked memo from Ireland’s Department of Housing warned ministers that the "
            "country would miss its 2030 building target by about 90,000 homes. “Current "
            "delivery rates are not compatible with the stated goal,” the memo, dated March 4, "
            "said.\n\n"
            "The housing minister, Declan Ó Súilleabháin, said on RTÉ’s Morning Ireland that "
            "the memo was “a snapshot, not a verdict.” He added that planning reforms passed "
            "last year had yet to take effect.\n\n"
            "The opposition’s housing spokeswoman, Aoife Brennan-Kaur, was unimpressed. “A "
            "snapshot of a house on fire is still a picture of a fire,” she wrote in a thread on "
            "Bluesky. “Ask anyone under 35 trying to rent in Dublin.” Ó Súilleabháin replied "
            "under her thread that the fire brigade was “already on the way.”\n\n"
            "The memo’s author, a senior civil servant, has not been named. A department "
            "spokeswoman said in an email that it did not comment on leaked documents."
        ),
        "quotes": [
            ("Current delivery rates are not compatible with the stated goal,", None, False, "P1"),
            ("a snapshot, not a verdict.", "Declan Ó Súilleabháin", True, "P2"),
            (
                "A snapshot of a house on fire is still a picture of a fire,",
                "Aoife Brennan-Kaur",
                False,
                "P3",
            ),
            ("Ask anyone under 35 trying to rent in Dublin.", "Aoife Brennan-Kaur", False, "P3"),
            ("already on the way.", "Declan Ó Súilleabháin", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Declan Ó Súilleabháin", "Morning Ireland"),
            ("P3", "Aoife Brennan-Kaur", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Declan Ó Súilleabháin", "Aoife Brennan-Kaur"],
    },
    {
        "name": "brewery-sale-release-substack-essay-facebook-comments",
        "text": (
            "Hollow Oak Brewing, the Vermont craft brewer, agreed to be bought by the beverage "
            "group Brandvold for an undisclosed sum, the companies said in a joint news release "
            "on Tuesday. “This partnership lets us bring our beers to forty states,” the release "
            "quoted Hollow Oak’s co-founder, Jasper Whitlock, as saying.\n\n"
            "Whitlock’s co-founder, Noor Haddad, who left the company in 2022, was less "
            "enthusiastic. In an essay on Substack titled “Selling the Barn,” she wrote that the "
            "deal was “the end of something I loved.” “I do not blame Jasper,” she added. “I "
            "blame the math.”\n\n"
            "Customers were divided. “Guess I’m brewing my own now,” one wrote on Hollow Oak’s "
            "Facebook page, under the post announcing the sale. Another replied: “Relax, it’s "
            "still the same beer.”\n\n"
            "Whitlock told the Burlington Free Press that no brewery staff would lose their "
            "jobs and that the recipes would stay in Vermont."
        ),
        "quotes": [
            (
                "This partnership lets us bring our beers to forty states,",
                "Jasper Whitlock",
                False,
                "P1",
            ),
            ("the end of something I loved.", "Noor Haddad", True, "P2"),
            ("I do not blame Jasper,", "Noor Haddad", False, "P2"),
            ("I blame the math.", "Noor Haddad", False, "P2"),
            ("Guess I’m brewing my own now,", None, False, "P3"),
            ("Relax, it’s still the same beer.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Noor Haddad", "Substack"),
            ("P3", None, "Facebook"),
            ("P4", "Jasper Whitlock", "Burlington Free Press"),
        ],
        "people": ["Jasper Whitlock", "Noor Haddad"],
    },
    {
        "name": "school-closure-letter-parent-tiktok-radio-show",
        "text": (
            "The Millbrook school district will close Harmon Elementary at the end of the year, "
            "Superintendent Rosalind Achterberg told parents in a letter on Monday. “This is the "
            "hardest recommendation I have made in twelve years,” she wrote. “Enrollment has "
            "fallen by half since 2015, and the building needs $9 million in repairs.”\n\n"
            "A parent, Jun-seo Park, posted a TikTok video outside the school that drew more "
            "than 40,000 views. “My daughter learned to read in that building,” he said in the "
            "video. “Nine million dollars is what they spent on the football stadium.”\n\n"
            "The district disputed that in a post on its Facebook page, saying the stadium was "
            "paid for by a bond “approved by voters for that purpose alone.”\n\n"
            "Achterberg appeared on the local radio show Valley Talk on Wednesday and said she "
            "would hold two listening sessions before the school board votes. “Nothing is final "
            "until the board says it is,” she said."
        ),
        "quotes": [
            (
                "This is the hardest recommendation I have made in twelve years,",
                "Rosalind Achterberg",
                False,
                "P1",
            ),
            (
                "Enrollment has fallen by half since 2015, and the building needs $9 million in "
                "repairs.",
                "Rosalind Achterberg",
                False,
                "P1",
            ),
            ("My daughter learned to read in that building,", "Jun-seo Park", False, "P2"),
            (
                "Nine million dollars is what they spent on the football stadium.",
                "Jun-seo Park",
                False,
                "P2",
            ),
            ("approved by voters for that purpose alone.", None, True, "P3"),
            ("Nothing is final until the board says it is,", "Rosalind Achterberg", False, "P4"),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", None),
            ("P2", "Jun-seo Park", "TikTok"),
            ("P3", None, "Facebook"),
            ("P4", "Rosalind Achterberg", "Valley Talk"),
        ],
        "people": ["Rosalind Achterberg", "Jun-seo Park"],
    },
    {
        "name": "mobile-money-tax-senator-x-daily-nation-straight-marks",
        "text": (
            "Kenyan senator Wanjiru Kamau-Otieno said on X on Thursday that she would vote "
            "against a proposed tax on mobile money transfers. \"Taxing the poorest people's "
            'savings is not a budget strategy," she wrote.\n\n'
            "The Treasury Cabinet Secretary, Abdirahman Farah, defended the measure in an "
            'interview with the Daily Nation. "Every shilling raised stays in the country," he '
            'said, adding that the levy would fund rural clinics. "Nobody complains about the '
            'clinics."\n\n'
            "Kamau-Otieno, a 44-year-old former economist, fired back in a second post on X, "
            'calling that argument "a very expensive bandage." A user who said he was a matatu '
            'driver replied under it: "My M-Pesa is my bank. Leave it alone."\n\n'
            "The telecom operator Jambo Mobile said in a statement that it was studying the "
            "proposal and would brief its customers before any vote. Parliament is expected to "
            "debate the tax next month."
        ),
        "quotes": [
            (
                "Taxing the poorest people's savings is not a budget strategy,",
                "Wanjiru Kamau-Otieno",
                False,
                "P1",
            ),
            ("Every shilling raised stays in the country,", "Abdirahman Farah", False, "P2"),
            ("Nobody complains about the clinics.", "Abdirahman Farah", False, "P2"),
            ("a very expensive bandage.", "Wanjiru Kamau-Otieno", True, "P3"),
            ("My M-Pesa is my bank. Leave it alone.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Otieno", "X"),
            ("P2", "Abdirahman Farah", "Daily Nation"),
            ("P3", "Wanjiru Kamau-Otieno", "X"),
            ("P4", None, None),
        ],
        "people": ["Wanjiru Kamau-Otieno", "Abdirahman Farah"],
    },
    {
        "name": "museum-repatriation-linkedin-nested-quote-podcast",
        "text": (
            "The Hartwell Museum in Manchester will return 14 carved wooden figures to the "
            "Nigerian city of Ogbomoso, the museum said in a statement on Friday. “These objects "
            "were taken without consent, and they belong at home,” the statement said.\n\n"
            "The museum’s director, Eleanor Pryce-Whitaker, wrote on LinkedIn that the decision "
            "had taken three years of talks. “When a palace elder told me, ‘We have waited long "
            "enough,’ there was nothing left to argue,” she wrote.\n\n"
            "Among the comments under her post was one from Professor Adebayo Ogunleye, a "
            "historian at the University of Ibadan: “A good day. Now the other 300 museums.”\n\n"
            "Not everyone was pleased. The commentator Hugo Stainforth said on his podcast, The "
            "Long View, that the return set a “dangerous precedent.” He later posted a clip of "
            "the episode on X with the caption “Museums are not lost property offices.”"
        ),
        "quotes": [
            (
                "These objects were taken without consent, and they belong at home,",
                None,
                False,
                "P1",
            ),
            (
                "When a palace elder told me, ‘We have waited long enough,’ there was nothing left "
                "to argue,",
                "Eleanor Pryce-Whitaker",
                False,
                "P2",
            ),
            ("A good day. Now the other 300 museums.", "Adebayo Ogunleye", False, "P2"),
            ("dangerous precedent.", "Hugo Stainforth", True, "P3"),
            ("Museums are not lost property offices.", "Hugo Stainforth", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Eleanor Pryce-Whitaker", "LinkedIn"),
            ("P3", "Hugo Stainforth", "The Long View"),
            ("P4", "Hugo Stainforth", "X"),
        ],
        "people": ["Eleanor Pryce-Whitaker", "Adebayo Ogunleye", "Hugo Stainforth"],
    },
    {
        "name": "marathon-comeback-youtube-vlog-instagram-reddit",
        "text": (
            "The Ethiopian runner Tigist Alemayehu won the Rotterdam Marathon on Sunday in "
            "2:19:40, a course record, four months after giving birth to her first child.\n\n"
            "“Six weeks ago I could not run ten kilometres without stopping,” the 29-year-old "
            "said in a vlog posted to her YouTube channel that evening. “I am still a little "
            "surprised, honestly.”\n\n"
            "Race organisers said in a press release that the win was “one of the great "
            "comebacks in the event’s history.” Her training partner, Selam Bekele, known to "
            "fans as “the Metronome” for her even pacing, posted a photo of the two of them on "
            "Instagram: “Told you. Told you. Told you.”\n\n"
            "On Reddit, the sports scientist Ruairí Fitzgerald started a thread asking what "
            "coaches could learn from her return. “We have almost no data on elite athletes "
            "coming back after pregnancy,” he wrote. “That needs to change.”"
        ),
        "quotes": [
            (
                "Six weeks ago I could not run ten kilometres without stopping,",
                "Tigist Alemayehu",
                False,
                "P1",
            ),
            ("I am still a little surprised, honestly.", "Tigist Alemayehu", False, "P1"),
            ("one of the great comebacks in the event’s history.", None, True, "P2"),
            ("Told you. Told you. Told you.", "Selam Bekele", False, "P3"),
            (
                "We have almost no data on elite athletes coming back after pregnancy,",
                "Ruairí Fitzgerald",
                False,
                "P4",
            ),
            ("That needs to change.", "Ruairí Fitzgerald", False, "P4"),
        ],
        "posts": [
            ("P1", "Tigist Alemayehu", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Selam Bekele", "Instagram"),
            ("P4", "Ruairí Fitzgerald", "Reddit"),
        ],
        "people": ["Tigist Alemayehu", "Selam Bekele", "Ruairí Fitzgerald"],
    },
    {
        "name": "measles-report-toronto-star-op-ed-two-paragraph-quote",
        "text": (
            "Measles cases in Ontario have reached their highest level in 25 years, Public "
            "Health Ontario said in a report released Thursday. The report said vaccination "
            "rates among kindergarten children had fallen to 86 percent.\n\n"
            "Dr. Farida Rahimi, a paediatrician in Hamilton, wrote in an op-ed in the Toronto "
            "Star that she had treated more measles cases this spring than in the previous "
            "decade. “I have watched parents sit in my waiting room and apologise to their "
            "children,” she wrote. “Most of them were not against vaccines. They were just "
            "behind.\n\n"
            "“Nobody called to remind them. That is a system failure, not a parenting "
            "failure.”\n\n"
            "Ontario’s health minister, Gordon Feeney-Macrae, said at a news conference that the "
            "province would fund evening vaccination clinics. “We will meet families where they "
            "are,” he said.\n\n"
            "Rahimi shared a clip of his remarks on Threads with a comment of her own: “Good. Now "
            "fund the phone calls.”"
        ),
        "quotes": [
            (
                "I have watched parents sit in my waiting room and apologise to their children,",
                "Farida Rahimi",
                False,
                "P2",
            ),
            (
                "Most of them were not against vaccines. They were just behind.",
                "Farida Rahimi",
                False,
                "P2",
            ),
            (
                "Nobody called to remind them. That is a system failure, not a parenting failure.",
                "Farida Rahimi",
                False,
                "P2",
            ),
            ("We will meet families where they are,", "Gordon Feeney-Macrae", False, None),
            ("Good. Now fund the phone calls.", "Farida Rahimi", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Farida Rahimi", "Toronto Star"),
            ("P3", "Farida Rahimi", "Threads"),
        ],
        "people": ["Farida Rahimi", "Gordon Feeney-Macrae"],
    },
    {
        "name": "dumpling-shop-phantom-orders-tiktok-lawsuit-instagram",
        "text": (
            "The owner of a Brooklyn dumpling shop, Lin Meihua, says a delivery app has been "
            "charging her customers for orders her kitchen never received. In a TikTok video "
            "posted Saturday, she held up a stack of receipts. “Forty-one orders last month. "
            "Zero dumplings. Somebody got paid,” she said.\n\n"
            "The app, Hopper, said in a statement that it was “investigating the merchant’s "
            "concerns as a priority.”\n\n"
            "By Monday, a law firm, Everett Sloane, had filed a lawsuit on behalf of Lin and "
            "nine other restaurant owners. The complaint says Hopper’s system created “phantom "
            "orders that enriched the platform at the expense of small kitchens.”\n\n"
            "Lin’s daughter, Amy Lin, posted a photo of her mother rolling dough on Instagram "
            "with the caption “Real orders only, please.” Under it, a customer wrote: “Ordering "
            "direct from now on.”\n\n"
            "The city’s consumer affairs commissioner, Benedetta Russo, told The New York Times "
            "that her office was reviewing complaints about the app from at least a dozen "
            "restaurants."
        ),
        "quotes": [
            (
                "Forty-one orders last month. Zero dumplings. Somebody got paid,",
                "Lin Meihua",
                False,
                "P1",
            ),
            ("investigating the merchant’s concerns as a priority.", None, True, "P2"),
            (
                "phantom orders that enriched the platform at the expense of small kitchens.",
                None,
                True,
                "P3",
            ),
            ("Real orders only, please.", "Amy Lin", False, "P4"),
            ("Ordering direct from now on.", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Lin Meihua", "TikTok"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Amy Lin", "Instagram"),
            ("P5", "Benedetta Russo", "The New York Times"),
        ],
        "people": ["Lin Meihua", "Amy Lin", "Benedetta Russo"],
    },
]
