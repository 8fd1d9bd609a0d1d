"""The fifty-ninth self-made dev set, held out (BM): its first run is an unseen estimate.

Written with set BL, without reading the extraction rules, and committed before
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
- A named executive quoted "in the release" is the speaker of that quote, while
  the release itself keeps author None (platform "press release").
- Words a document "says" or "said" (an email, a letter, an open letter, a
  report, a lawsuit, a court filing, a judge's opinion) are spoken by the
  document's author; when the author is an organisation or a group, the
  speaker is None.
- An open letter signed by many musicians, some of them named, is a group's
  letter: author None, platform None, its quotes speak as None; the named
  signers are still listed in people.
- A report by an agency's inspector general and a union's court filing have
  author None.
- A reply in a Nextdoor thread belongs to the post that opened the thread; an
  unnamed neighbour or user who replies, comments or asks a question under a
  post (Nextdoor, LinkedIn, TikTok, a Reddit AMA) speaks as None, and the
  quote belongs to that post. An answer given "in the same thread" of an AMA
  belongs to the AMA.
- A reply by a second named person under someone else's Bluesky post belongs to
  that post, with the replier as speaker.
- An Instagram story is an Instagram post, and its words given whole ("with the
  words ...") are not partial.
- A video posted on Facebook or TikTok is a post on that platform; "a second
  video" is a new post; a video posted after "returned to the app" keeps the
  platform named before.
- A named show on a named broadcaster (the BBC's "The Science Hour", BBC Radio
  Scotland's "Good Morning Scotland") has the show as platform; a late-night
  show is a post with the show as platform, and the host is listed in people.
  "The sports daily Marca" has platform "Marca" (the description is dropped).
- A quote in a later sentence or paragraph is linked to an interview when the
  text says so ("he added on the show", "she told the programme", "Asked by
  Whitfield", "she said" in the same paragraph as "in an interview with").
- An interview given the year before and quoted now ("In an interview with
  Gramophone last spring") is still a post.
- "Said in an email" with no other recipient named is an email, so a post with
  no platform by its sender (unlike "said in an interview" or "reached by
  phone").
- A Facebook post on an organisation's page that the text says was written by a
  named person is that person's post.
- A statement or release with no quoted words is still listed as a post.
- A city council meeting and a congressional hearing are like a hearing or town
  hall, and an award acceptance speech at a ceremony is a speech: not posts.
  Words said "outside the courthouse", "outside the opera house", "at the
  counter" or without any named outlet are not posts.
- A nested quotation in single marks inside a quote ('slowed things down.',
  'Quick sync.') is part of the outer quote and not a quote of its own.
- A gamer's handle in marks ("Frost") is a nickname: not a quote and not part
  of the name. Korean names keep their order (Kim Do-yun, later "Kim").
- Animals (Tofu, Miso, Nandi, Boma), game characters (Azir) and stage roles
  (the Cowardly Lion) are not people.
- A person first named by first name only ("her sister, Carmina") and later in
  full takes the full name; a husband whose surname is part of his wife's
  hyphenated name (Emeka Rowe, Yuki Tanabe-Rowe) is a separate person.
- Honorifics and titles (Dr., Judge, Council member, MSP) are not part of a
  canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BM: list[dict] = [
    {
        "name": "bakery-closing-nextdoor-thread",
        "text": (
            "The news that Crumb & Co., the bakery on Alder Street since 1987, would close at "
            "the end of the month spread first on Nextdoor.\n\n"
            "“End of an era. They told me this morning that the rent is doubling and they "
            "can’t stay,” Gloria Pemberton, who lives two blocks away, wrote in a post on the "
            "neighborhood site on Sunday.\n\n"
            "More than 200 neighbors replied within a day. “Where am I supposed to get my "
            "Saturday cardamom buns now?” one asked.\n\n"
            "The owner, Mariam Haddad, joined the thread that evening. “Thank you all. We are "
            "not giving up yet,” she replied under Pemberton’s post.\n\n"
            "Haddad, 63, told The Alder Street Gazette on Tuesday that she had asked the "
            "landlord for a five-year lease at the old rate and was “waiting on an answer.”\n\n"
            "At the counter on Wednesday, she was less hopeful. “Honestly, I would be "
            "surprised,” she said, boxing a dozen rugelach for a customer."
        ),
        "quotes": [
            (
                "End of an era. They told me this morning that the rent is doubling and they "
                "can’t stay,",
                "Gloria Pemberton",
                False,
                "P1",
            ),
            ("Where am I supposed to get my Saturday cardamom buns now?", None, False, "P1"),
            ("Thank you all. We are not giving up yet,", "Mariam Haddad", False, "P1"),
            ("waiting on an answer.", "Mariam Haddad", True, "P2"),
            ("Honestly, I would be surprised,", "Mariam Haddad", False, None),
        ],
        "posts": [
            ("P1", "Gloria Pemberton", "Nextdoor"),
            ("P2", "Mariam Haddad", "The Alder Street Gazette"),
        ],
        "people": ["Gloria Pemberton", "Mariam Haddad"],
    },
    {
        "name": "bus-strike-threads-and-news-release",
        "text": (
            "Bus drivers in Halvorsen County walked off the job at 4 a.m. Monday, stranding an "
            "estimated 60,000 daily riders in the county’s first transit strike since 2009.\n\n"
            "“Our members did not want this. Management left them no other choice,” "
            "Amalgamated Transit Workers Local 311 said in a statement released shortly after "
            "the picket lines went up.\n\n"
            "The local’s president, Tomasz Wierzbicki, went further on Threads. “Twelve-hour "
            "split shifts and no bathroom breaks is not a job, it is an endurance test,” he "
            "wrote.\n\n"
            "The Halvorsen Regional Transit Authority said in a news release that it had "
            "offered a 9% raise over three years. “We remain at the table and ready to talk "
            "around the clock,” the authority’s chief executive, Adaeze Nwosu, said in the "
            "release.\n\n"
            "At a rally outside the depot, Wierzbicki called the offer “an insult dressed up "
            "as a raise” and told the crowd the strike would last “as long as it takes.”\n\n"
            "Not every rider was sympathetic. “I get it, but I’m the one walking three miles "
            "to work,” said Dolores Kuang, 71, waiting at an empty stop on Fifth Avenue."
        ),
        "quotes": [
            (
                "Our members did not want this. Management left them no other choice,",
                None,
                False,
                "P1",
            ),
            (
                "Twelve-hour split shifts and no bathroom breaks is not a job, it is an "
                "endurance test,",
                "Tomasz Wierzbicki",
                False,
                "P2",
            ),
            (
                "We remain at the table and ready to talk around the clock,",
                "Adaeze Nwosu",
                False,
                "P3",
            ),
            ("an insult dressed up as a raise", "Tomasz Wierzbicki", True, None),
            ("as long as it takes.", "Tomasz Wierzbicki", True, None),
            (
                "I get it, but I’m the one walking three miles to work,",
                "Dolores Kuang",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tomasz Wierzbicki", "Threads"),
            ("P3", None, "press release"),
        ],
        "people": ["Tomasz Wierzbicki", "Adaeze Nwosu", "Dolores Kuang"],
    },
    {
        "name": "lunar-spectrometer-university-release-bluesky-reply",
        "text": (
            "A spectrometer built by students and faculty at Carrow State University will fly "
            "on the European Space Agency’s next lunar lander, the university announced "
            "Thursday.\n\n"
            "“For a department our size, this is the equivalent of being picked for the "
            "Olympics,” Dr. Henrietta Osei-Bonsu, the professor of planetary science who leads "
            "the project, said in a university news release.\n\n"
            "Not everyone was convinced the instrument would be ready. Lukas Brandvold, a "
            "lunar geologist at the University of Tromsø, wrote on Bluesky that the team’s "
            "calibration schedule looked “wildly optimistic” for a launch in 2027.\n\n"
            "Osei-Bonsu answered under his post a few hours later: “Fair challenge. Come visit "
            "the clean room and we’ll show you the numbers.”\n\n"
            "Brandvold, speaking on the BBC’s “The Science Hour” on Saturday, said he had "
            "accepted the invitation. “I hope I’m wrong,” he told the program. “Nobody wants a "
            "student instrument to fail on the Moon.”"
        ),
        "quotes": [
            (
                "For a department our size, this is the equivalent of being picked for the "
                "Olympics,",
                "Henrietta Osei-Bonsu",
                False,
                "P1",
            ),
            ("wildly optimistic", "Lukas Brandvold", True, "P2"),
            (
                "Fair challenge. Come visit the clean room and we’ll show you the numbers.",
                "Henrietta Osei-Bonsu",
                False,
                "P2",
            ),
            ("I hope I’m wrong,", "Lukas Brandvold", False, "P3"),
            (
                "Nobody wants a student instrument to fail on the Moon.",
                "Lukas Brandvold",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lukas Brandvold", "Bluesky"),
            ("P3", "Lukas Brandvold", "The Science Hour"),
        ],
        "people": ["Henrietta Osei-Bonsu", "Lukas Brandvold"],
    },
    {
        "name": "esports-midlaner-reddit-ama",
        "text": (
            "Kim Do-yun, the 19-year-old who plays under the handle “Frost” for the Seoul "
            "Vanguard, spent three hours answering fans’ questions in a Reddit AMA on Tuesday, "
            "a week after his team was knocked out in the world championship quarterfinals.\n\n"
            "One user asked the question most fans wanted answered: “Was the draft in game "
            "five your call or the coach’s?”\n\n"
            "“Mine. I wanted to play Azir and I was wrong,” Kim replied. “I’ll carry that one "
            "for a while.”\n\n"
            "Asked in the same thread whether he would re-sign with the team, the mid-laner was "
            "less direct, writing only that he had “a lot to think about” over the winter.\n\n"
            "The Vanguard said in a statement on Wednesday that contract talks were “ongoing "
            "and friendly.” The team’s general manager, Park Ji-hoon, declined to comment "
            "further when reached by phone."
        ),
        "quotes": [
            ("Was the draft in game five your call or the coach’s?", None, False, "P1"),
            ("Mine. I wanted to play Azir and I was wrong,", "Kim Do-yun", False, "P1"),
            ("I’ll carry that one for a while.", "Kim Do-yun", False, "P1"),
            ("a lot to think about", "Kim Do-yun", True, "P1"),
            ("ongoing and friendly.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Kim Do-yun", "Reddit"),
            ("P2", None, None),
        ],
        "people": ["Kim Do-yun", "Park Ji-hoon"],
    },
    {
        "name": "orchestra-staff-email-and-musicians-open-letter",
        "text": (
            "The Lakeshore Philharmonic will cancel the last six concerts of its season, its "
            "executive director told administrative staff in an email on Friday, citing a $2.4 "
            "million shortfall.\n\n"
            "“I know what this means for every person who depends on this orchestra, and I am "
            "sorry,” wrote the director, Bernadette Achterberg. “The alternative was to miss "
            "payroll in May.”\n\n"
            "The email, which was obtained by The Lakeshore Tribune, said the board would "
            "“revisit the summer series” in April.\n\n"
            "By Sunday, 58 of the orchestra’s 71 musicians had signed an open letter calling "
            "the decision “a failure of leadership, not of audiences.” Its signers include "
            "concertmaster Ilse Brandt and principal cellist Oluwaseun Adeyemi.\n\n"
            "“We were told about our own cancellation by a leaked email,” the letter says. "
            "“We deserved better.”\n\n"
            "Achterberg told reporters after a board meeting on Monday that she had “nothing "
            "to hide” and would meet the players this week."
        ),
        "quotes": [
            (
                "I know what this means for every person who depends on this orchestra, and I "
                "am sorry,",
                "Bernadette Achterberg",
                False,
                "P1",
            ),
            ("The alternative was to miss payroll in May.", "Bernadette Achterberg", False, "P1"),
            ("revisit the summer series", "Bernadette Achterberg", True, "P1"),
            ("a failure of leadership, not of audiences.", None, True, "P2"),
            ("We were told about our own cancellation by a leaked email,", None, False, "P2"),
            ("We deserved better.", None, False, "P2"),
            ("nothing to hide", "Bernadette Achterberg", True, None),
        ],
        "posts": [
            ("P1", "Bernadette Achterberg", None),
            ("P2", None, None),
        ],
        "people": ["Bernadette Achterberg", "Ilse Brandt", "Oluwaseun Adeyemi"],
    },
    {
        "name": "red-panda-instagram-story-late-night",
        "text": (
            "A red panda named Tofu who slipped out of her enclosure at the Bellmont Zoo on "
            "Tuesday was found 14 hours later asleep in a magnolia tree near the zoo’s parking "
            "lot.\n\n"
            "Keeper Siobhán Gallagher, who spent the night searching, posted a photo of the "
            "sleeping animal to her Instagram story with the words “FOUND HER. Going to bed "
            "now.”\n\n"
            "The zoo said in a statement that Tofu was “healthy, a little smug” and back with "
            "her brother, Miso. It said a gap in the mesh roof had been repaired.\n\n"
            "The escape made it all the way to late-night television. On Thursday, the zoo’s "
            "director, Rajiv Menon-Clarke, told host Dana Whitfield on “After Hours” that staff "
            "had tried everything to lure the panda down.\n\n"
            "“We tried grapes, we tried bamboo, we tried calling her name like she’s a golden "
            "retriever,” Menon-Clarke said. “She was not impressed.”\n\n"
            "Asked by Whitfield whether Tofu would try again, he shrugged. “Absolutely. She’s "
            "already studying the roof.”"
        ),
        "quotes": [
            ("FOUND HER. Going to bed now.", "Siobhán Gallagher", False, "P1"),
            ("healthy, a little smug", None, True, "P2"),
            (
                "We tried grapes, we tried bamboo, we tried calling her name like she’s a "
                "golden retriever,",
                "Rajiv Menon-Clarke",
                False,
                "P3",
            ),
            ("She was not impressed.", "Rajiv Menon-Clarke", False, "P3"),
            ("Absolutely. She’s already studying the roof.", "Rajiv Menon-Clarke", False, "P3"),
        ],
        "posts": [
            ("P1", "Siobhán Gallagher", "Instagram"),
            ("P2", None, None),
            ("P3", "Rajiv Menon-Clarke", "After Hours"),
        ],
        "people": ["Siobhán Gallagher", "Rajiv Menon-Clarke", "Dana Whitfield"],
    },
    {
        "name": "playwright-substack-essay-two-paragraphs",
        "text": (
            "The playwright Ngozi Adebayo-Frost published a 3,000-word essay on Substack on "
            "Sunday explaining why she had pulled her play “The Salt Year” from the Harbourfront "
            "Theatre two weeks before opening night.\n\n"
            "“I was asked to cut the second act’s only scene between two women because it "
            "‘slowed things down.’ I said no.\n\n"
            "“I was then asked again, in writing, by three different people,” she wrote.\n\n"
            "The theatre’s artistic director, Callum Reyes, disputed that account in a post on "
            "X. “Notes are part of making theatre. Nobody forced anything,” he wrote.\n\n"
            "Adebayo-Frost said in an interview with The Stage on Monday that she had “no "
            "regrets at all” and that the play would open in the autumn at a smaller venue in "
            "Bristol.\n\n"
            "Reyes did not respond to a request for comment."
        ),
        "quotes": [
            (
                "I was asked to cut the second act’s only scene between two women because it "
                "‘slowed things down.’ I said no.",
                "Ngozi Adebayo-Frost",
                False,
                "P1",
            ),
            (
                "I was then asked again, in writing, by three different people,",
                "Ngozi Adebayo-Frost",
                False,
                "P1",
            ),
            (
                "Notes are part of making theatre. Nobody forced anything,",
                "Callum Reyes",
                False,
                "P2",
            ),
            ("no regrets at all", "Ngozi Adebayo-Frost", True, "P3"),
        ],
        "posts": [
            ("P1", "Ngozi Adebayo-Frost", "Substack"),
            ("P2", "Callum Reyes", "X"),
            ("P3", "Ngozi Adebayo-Frost", "The Stage"),
        ],
        "people": ["Ngozi Adebayo-Frost", "Callum Reyes"],
    },
    {
        "name": "rail-strike-judge-ruling-and-facebook-video",
        "text": (
            "A federal judge on Wednesday blocked a planned strike by freight rail engineers, "
            "ruling that the union had not exhausted the mediation required under the Railway "
            "Labor Act.\n\n"
            "“The court does not doubt the seriousness of the engineers’ grievances,” U.S. "
            "District Judge Marisol Echeverría-Lind wrote in a 34-page opinion. “But the "
            "statute is clear about the order in which things must happen.”\n\n"
            "In the opinion, she called the union’s timeline “plainly premature.”\n\n"
            "The Brotherhood of Locomotive Crews had argued in a court filing last week that "
            "mediation had “stalled beyond repair.” Its president, Desmond Achebe-Ward, said "
            "outside the courthouse that the union would appeal.\n\n"
            "“We followed every step. We will keep following them, all the way up,” he said.\n\n"
            "Northplains Railway said in a statement that it welcomed the ruling and hoped to "
            "“get back to the table.” Hours later, Achebe-Ward posted a short video on Facebook "
            "telling members to report for their shifts. “Hold the line, but do it by the "
            "book,” he said in the video."
        ),
        "quotes": [
            (
                "The court does not doubt the seriousness of the engineers’ grievances,",
                "Marisol Echeverría-Lind",
                False,
                "P1",
            ),
            (
                "But the statute is clear about the order in which things must happen.",
                "Marisol Echeverría-Lind",
                False,
                "P1",
            ),
            ("plainly premature.", "Marisol Echeverría-Lind", True, "P1"),
            ("stalled beyond repair.", None, True, "P2"),
            (
                "We followed every step. We will keep following them, all the way up,",
                "Desmond Achebe-Ward",
                False,
                None,
            ),
            ("get back to the table.", None, True, "P3"),
            ("Hold the line, but do it by the book,", "Desmond Achebe-Ward", False, "P4"),
        ],
        "posts": [
            ("P1", "Marisol Echeverría-Lind", None),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Desmond Achebe-Ward", "Facebook"),
        ],
        "people": ["Marisol Echeverría-Lind", "Desmond Achebe-Ward"],
    },
    {
        "name": "game-studio-layoffs-linkedin-comments",
        "text": (
            "The founder of Brightmoor Games, the studio behind the hit farming sim "
            "“Hollowfield,” announced on LinkedIn on Monday that it would lay off 45 of its 130 "
            "employees.\n\n"
            "“This is the hardest post I have ever written. Every one of these people made "
            "Hollowfield what it is,” wrote Anneliese Vogt-Mbeki, who started the studio in her "
            "apartment in 2014.\n\n"
            "The comments filled quickly. Tariq Al-Mansouri, a former lead animator, wrote "
            "under the post: “Proud of what we built. Not proud of how this was handled.” "
            "Another former employee commented that staff had learned of the cuts “from a "
            "calendar invite titled ‘Quick sync.’”\n\n"
            "On Tuesday, Vogt-Mbeki published a second post apologizing for the invite. “That "
            "was wrong, and it was on me,” she wrote.\n\n"
            "In an interview with Game Developer, she said the studio had expanded too fast "
            "after the game sold four million copies. “We hired for a sequel before we had a "
            "sequel,” she said."
        ),
        "quotes": [
            (
                "This is the hardest post I have ever written. Every one of these people made "
                "Hollowfield what it is,",
                "Anneliese Vogt-Mbeki",
                False,
                "P1",
            ),
            (
                "Proud of what we built. Not proud of how this was handled.",
                "Tariq Al-Mansouri",
                False,
                "P1",
            ),
            ("from a calendar invite titled ‘Quick sync.’", None, True, "P1"),
            ("That was wrong, and it was on me,", "Anneliese Vogt-Mbeki", False, "P2"),
            (
                "We hired for a sequel before we had a sequel,",
                "Anneliese Vogt-Mbeki",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Anneliese Vogt-Mbeki", "LinkedIn"),
            ("P2", "Anneliese Vogt-Mbeki", "LinkedIn"),
            ("P3", "Anneliese Vogt-Mbeki", "Game Developer"),
        ],
        "people": ["Anneliese Vogt-Mbeki", "Tariq Al-Mansouri"],
    },
    {
        "name": "hardware-store-closing-wire-interview",
        "text": (
            "After 92 years and four generations, Lindqvist Hardware in Duluth will close its "
            "doors on March 31, the store announced in a Facebook post on Saturday. “Thank "
            "you, Duluth. It has been a privilege,” the post said.\n\n"
            "“My great-grandfather sold nails out of barrels in this room,” owner Per "
            "Lindqvist, 68, told The Associated Press. “I sell them out of barrels too. That’s "
            "kind of the problem.”\n\n"
            "Lindqvist said a big-box store that opened two miles away in 2019 had cut his "
            "sales nearly in half. He told the AP that he had turned down two offers for the "
            "building because the buyers wanted to tear it down.\n\n"
            "His daughter, Karin Lindqvist-Okafor, who runs the paint counter, said she had "
            "tried to talk him into selling online. “He said a hammer is something you hold "
            "before you buy it,” she said, laughing.\n\n"
            "City Council member Hector Villalobos wrote on Facebook that the closure was “a "
            "real loss for the West End” and urged residents to stop by before the end of the "
            "month."
        ),
        "quotes": [
            ("Thank you, Duluth. It has been a privilege,", None, False, "P1"),
            (
                "My great-grandfather sold nails out of barrels in this room,",
                "Per Lindqvist",
                False,
                "P2",
            ),
            (
                "I sell them out of barrels too. That’s kind of the problem.",
                "Per Lindqvist",
                False,
                "P2",
            ),
            (
                "He said a hammer is something you hold before you buy it,",
                "Karin Lindqvist-Okafor",
                False,
                None,
            ),
            ("a real loss for the West End", "Hector Villalobos", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Per Lindqvist", "The Associated Press"),
            ("P3", "Hector Villalobos", "Facebook"),
        ],
        "people": ["Per Lindqvist", "Karin Lindqvist-Okafor", "Hector Villalobos"],
    },
    {
        "name": "amateur-comet-threads-podcast-email",
        "text": (
            "An amateur astronomer in New Zealand has been credited with discovering a new "
            "comet, the first found from the country by a non-professional in more than 20 "
            "years.\n\n"
            "Wiremu Tane-Harris, a 54-year-old high school physics teacher from Gisborne, "
            "spotted the faint smudge in images taken from his backyard observatory on Jan. 9. "
            "“Either I have a comet or a very dirty lens,” he posted on Threads that night.\n\n"
            "It was a comet. The Minor Planet Center confirmed the discovery on Monday, and the "
            "object now carries his name.\n\n"
            "“I cleaned the lens twice before I believed it,” Tane-Harris said on the podcast "
            "“Skyward” on Wednesday.\n\n"
            "“My students have been unbearable since,” he added on the show. “They keep asking "
            "if they get a cut of the royalties.”\n\n"
            "Dr. Aroha Whitcombe, an astronomer at the University of Canterbury who helped "
            "confirm the find, said in an email that amateurs remained “the backbone of comet "
            "discovery.”"
        ),
        "quotes": [
            (
                "Either I have a comet or a very dirty lens,",
                "Wiremu Tane-Harris",
                False,
                "P1",
            ),
            ("I cleaned the lens twice before I believed it,", "Wiremu Tane-Harris", False, "P2"),
            ("My students have been unbearable since,", "Wiremu Tane-Harris", False, "P2"),
            (
                "They keep asking if they get a cut of the royalties.",
                "Wiremu Tane-Harris",
                False,
                "P2",
            ),
            ("the backbone of comet discovery.", "Aroha Whitcombe", True, "P3"),
        ],
        "posts": [
            ("P1", "Wiremu Tane-Harris", "Threads"),
            ("P2", "Wiremu Tane-Harris", "Skyward"),
            ("P3", "Aroha Whitcombe", None),
        ],
        "people": ["Wiremu Tane-Harris", "Aroha Whitcombe"],
    },
    {
        "name": "aquarium-shark-habitat-no-posts",
        "text": (
            "The Gulfport Aquarium unveiled its new 400,000-gallon shark habitat on Saturday, "
            "three years late and $11 million over budget.\n\n"
            "“It took longer than we wanted, and it cost more than we wanted,” the aquarium’s "
            "curator, Beatriz Salgado-Nunes, said at a news conference beside the tank. “But "
            "the animals do not care about our budget. They care about space, and now they "
            "have it.”\n\n"
            "The habitat holds 14 species, including a pair of sand tiger sharks that starred "
            "in the 2021 documentary “Teeth of the Gulf.”\n\n"
            "Visitors lined up an hour before opening. “My son has been counting down since "
            "Christmas,” said Obinna Eze, who drove in from Mobile with his two children. Eze "
            "said the sharks were “way bigger than on TV.”"
        ),
        "quotes": [
            (
                "It took longer than we wanted, and it cost more than we wanted,",
                "Beatriz Salgado-Nunes",
                False,
                None,
            ),
            (
                "But the animals do not care about our budget. They care about space, and now "
                "they have it.",
                "Beatriz Salgado-Nunes",
                False,
                None,
            ),
            ("My son has been counting down since Christmas,", "Obinna Eze", False, None),
            ("way bigger than on TV.", "Obinna Eze", True, None),
        ],
        "posts": [],
        "people": ["Beatriz Salgado-Nunes", "Obinna Eze"],
    },
    {
        "name": "soprano-withdraws-instagram-husband-comment",
        "text": (
            "Yuki Tanabe-Rowe has withdrawn from Northgate Opera’s new production of “Tosca,” "
            "days before opening night.\n\n"
            "The soprano announced the decision on Instagram on Thursday, writing that a vocal "
            "cord hemorrhage had left her “no safe choice but to rest.” “I have never cancelled "
            "a Tosca in my life. It breaks my heart to start now,” she added.\n\n"
            "Her husband, the baritone Emeka Rowe, left a comment under the post: “Proudest of "
            "you when you listen to your body.”\n\n"
            "Northgate Opera said in a statement that it wished her “a full and speedy "
            "recovery” and that the Georgian soprano Nino Kvaratskhelia would sing the role.\n\n"
            "In an interview with Gramophone last spring, Tanabe-Rowe had described Tosca as "
            "“the role I would save from a fire.”\n\n"
            "“I have already texted her. I told her I am only borrowing it,” Kvaratskhelia said "
            "outside the opera house on Friday."
        ),
        "quotes": [
            ("no safe choice but to rest.", "Yuki Tanabe-Rowe", True, "P1"),
            (
                "I have never cancelled a Tosca in my life. It breaks my heart to start now,",
                "Yuki Tanabe-Rowe",
                False,
                "P1",
            ),
            ("Proudest of you when you listen to your body.", "Emeka Rowe", False, "P1"),
            ("a full and speedy recovery", None, True, "P2"),
            ("the role I would save from a fire.", "Yuki Tanabe-Rowe", True, "P3"),
            (
                "I have already texted her. I told her I am only borrowing it,",
                "Nino Kvaratskhelia",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Yuki Tanabe-Rowe", "Instagram"),
            ("P2", None, None),
            ("P3", "Yuki Tanabe-Rowe", "Gramophone"),
        ],
        "people": ["Yuki Tanabe-Rowe", "Emeka Rowe", "Nino Kvaratskhelia"],
    },
    {
        "name": "ferry-strike-five-sources",
        "text": (
            "Ferry crews on the Hebridean Sound routes began a 48-hour strike on Friday, "
            "cutting off five island communities in the middle of the lambing season.\n\n"
            "The Maritime and Port Workers’ Union said in a statement that crews had been "
            "“pushed past the limit” by a rota that left some working 19 days in a row.\n\n"
            "Hebridean Sound Ferries said in a press release that it had “bent over backwards” "
            "to reach a deal. “This action is unnecessary and will hurt the very islanders our "
            "crews serve,” the release said.\n\n"
            "The transport minister, Fiona MacLeod-Barrie, wrote on X that she had asked both "
            "sides to meet on Monday: “No more statements. Get in a room.”\n\n"
            "Alasdair Munro, the MSP for the islands, posted a photo of an empty pier at "
            "Tarbert on Facebook. “This is what a strike looks like from here,” he wrote.\n\n"
            "Speaking on BBC Radio Scotland’s “Good Morning Scotland,” union organiser "
            "Catriona Beaton said the crews were “exhausted, not greedy.”\n\n"
            "“We would be back on the boats tomorrow if they put a fair rota on the table,” "
            "she told the programme."
        ),
        "quotes": [
            ("pushed past the limit", None, True, "P1"),
            ("bent over backwards", None, True, "P2"),
            (
                "This action is unnecessary and will hurt the very islanders our crews serve,",
                None,
                False,
                "P2",
            ),
            ("No more statements. Get in a room.", "Fiona MacLeod-Barrie", False, "P3"),
            ("This is what a strike looks like from here,", "Alasdair Munro", False, "P4"),
            ("exhausted, not greedy.", "Catriona Beaton", True, "P5"),
            (
                "We would be back on the boats tomorrow if they put a fair rota on the table,",
                "Catriona Beaton",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Fiona MacLeod-Barrie", "X"),
            ("P4", "Alasdair Munro", "Facebook"),
            ("P5", "Catriona Beaton", "Good Morning Scotland"),
        ],
        "people": ["Fiona MacLeod-Barrie", "Alasdair Munro", "Catriona Beaton"],
    },
    {
        "name": "football-club-closes-esports-bluesky-captain",
        "text": (
            "Sporting Almendra has shut down its esports division, the second-division "
            "football club said in a statement on Tuesday, ending a four-year experiment that "
            "once made its EA Sports FC team the best in Spain.\n\n"
            "“The club must concentrate its resources on football,” the statement said. “We "
            "thank our players for everything they achieved in our colours.”\n\n"
            "The news reached the players the same way it reached fans. “Found out from the "
            "club’s website like everyone else. Cool cool cool,” Iker Zubiaurre, the team’s "
            "captain, posted on Bluesky.\n\n"
            "Hours later he followed up with a longer post of his own, thanking supporters and "
            "saying he hoped to find a new team “before the spring split.”\n\n"
            "The team’s coach, Lucía Ferreira-Dias, told the sports daily Marca that she had "
            "been given 20 minutes’ notice. “I am not angry about the decision. I am angry "
            "about the 20 minutes,” she said."
        ),
        "quotes": [
            ("The club must concentrate its resources on football,", None, False, "P1"),
            (
                "We thank our players for everything they achieved in our colours.",
                None,
                False,
                "P1",
            ),
            (
                "Found out from the club’s website like everyone else. Cool cool cool,",
                "Iker Zubiaurre",
                False,
                "P2",
            ),
            ("before the spring split.", "Iker Zubiaurre", True, "P3"),
            (
                "I am not angry about the decision. I am angry about the 20 minutes,",
                "Lucía Ferreira-Dias",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Iker Zubiaurre", "Bluesky"),
            ("P3", "Iker Zubiaurre", "Bluesky"),
            ("P4", "Lucía Ferreira-Dias", "Marca"),
        ],
        "people": ["Iker Zubiaurre", "Lucía Ferreira-Dias"],
    },
    {
        "name": "satellite-failure-report-hearing-linkedin-straight-quotes",
        "text": (
            "An internal review of the failed launch of the Meridian-2 weather satellite found "
            "that engineers raised concerns about a faulty valve weeks before liftoff but were "
            "overruled, according to a report released Thursday by the National Space "
            "Exploration Office's inspector general.\n\n"
            'The report says managers were under "intense schedule pressure" and that a test '
            'of the valve was "deferred without documented justification."\n\n'
            "At a congressional hearing the same day, the program's former chief engineer, "
            "Dr. Rosalind Mbatha-Kerr, said she had flagged the valve in writing three times. "
            '"I was told the schedule was the schedule," she testified.\n\n'
            "The agency said in a statement that it accepted all 11 of the report's "
            "recommendations. Its administrator, Gregory Pham, wrote in a LinkedIn post that "
            'the failure was "ours to own." "We will fly again, and we will fly right," he '
            "wrote.\n\n"
            "One of the engineers who worked on the valve, Sunil Abeywickrama, commented under "
            'the post: "Owning it would have been listening in March."'
        ),
        "quotes": [
            ("intense schedule pressure", None, True, "P1"),
            ("deferred without documented justification.", None, True, "P1"),
            (
                "I was told the schedule was the schedule,",
                "Rosalind Mbatha-Kerr",
                False,
                None,
            ),
            ("ours to own.", "Gregory Pham", True, "P3"),
            ("We will fly again, and we will fly right,", "Gregory Pham", False, "P3"),
            (
                "Owning it would have been listening in March.",
                "Sunil Abeywickrama",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Gregory Pham", "LinkedIn"),
        ],
        "people": ["Rosalind Mbatha-Kerr", "Gregory Pham", "Sunil Abeywickrama"],
    },
    {
        "name": "taco-truck-tiktok-council-vote",
        "text": (
            "Lupe Castañeda’s taco truck has been parked outside the Brightwater industrial "
            "park every weekday for eleven years. Last month, a new city ordinance gave it 30 "
            "days to move.\n\n"
            "Castañeda, 47, took her case to TikTok. In a video that has been viewed more than "
            "1.2 million times, she stands at the grill and explains the rule. “Two hundred "
            "feet from any restaurant. There is one restaurant here. It opened in August,” she "
            "says in the video.\n\n"
            "The top comment under the video, from a user who said she worked at the park, "
            "read: “I will literally starve.”\n\n"
            "At Tuesday’s City Council meeting, more than 40 people spoke in support. Council "
            "member Graham Oduya said the ordinance had “unintended consequences” and proposed "
            "an exemption for trucks operating before 2024.\n\n"
            "The council approved the exemption 6-1. That night, Castañeda returned to the app "
            "with a new video, this one of her dancing behind the counter. “We’re staying!!!” "
            "she shouted into the camera."
        ),
        "quotes": [
            (
                "Two hundred feet from any restaurant. There is one restaurant here. It opened "
                "in August,",
                "Lupe Castañeda",
                False,
                "P1",
            ),
            ("I will literally starve.", None, False, "P1"),
            ("unintended consequences", "Graham Oduya", True, None),
            ("We’re staying!!!", "Lupe Castañeda", False, "P2"),
        ],
        "posts": [
            ("P1", "Lupe Castañeda", "TikTok"),
            ("P2", "Lupe Castañeda", "TikTok"),
        ],
        "people": ["Lupe Castañeda", "Graham Oduya"],
    },
    {
        "name": "zoo-elephants-lawsuit-and-director-op-ed",
        "text": (
            "An animal welfare group sued the Calloway Park Zoo on Monday, seeking to have its "
            "two elderly African elephants, Nandi and Boma, moved to a sanctuary in "
            "Tennessee.\n\n"
            "The lawsuit, filed by the Pachyderm Justice Project in Marion County Superior "
            "Court, says the elephants have spent “decades pacing a space smaller than a "
            "football field” and are “suffering in plain sight.”\n\n"
            "The zoo’s director, Dr. Folasade Ogunleye, defended the zoo in an op-ed published "
            "Tuesday in The Marion Star-Ledger. “Nandi and Boma are 52 and 49. Moving them "
            "across three states would be the cruel choice, not the kind one,” she wrote.\n\n"
            "The zoo’s head veterinarian, Teodor Vasilescu, said in an interview that both "
            "elephants were in good health for their age. “Their feet are better than mine,” "
            "he said.\n\n"
            "A hearing has been set for June 3."
        ),
        "quotes": [
            ("decades pacing a space smaller than a football field", None, True, "P1"),
            ("suffering in plain sight.", None, True, "P1"),
            (
                "Nandi and Boma are 52 and 49. Moving them across three states would be the "
                "cruel choice, not the kind one,",
                "Folasade Ogunleye",
                False,
                "P2",
            ),
            ("Their feet are better than mine,", "Teodor Vasilescu", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Folasade Ogunleye", "The Marion Star-Ledger"),
        ],
        "people": ["Folasade Ogunleye", "Teodor Vasilescu"],
    },
    {
        "name": "community-theater-loses-hall-straight-quotes",
        "text": (
            "A post on the Facebook page of the Millbrook Players, the town's 70-year-old "
            "community theater, announced Wednesday that the group had lost its home. "
            '"After 41 seasons in the Grange Hall, we have been given notice to leave by June '
            '30," it read.\n\n'
            "The post was written by the company's artistic director, Harriet Osei-Lindgren, "
            "who later confirmed that the building's owner planned to convert it into "
            "apartments.\n\n"
            "In a letter to the group dated March 2, the owner, Douglas Pryce, wrote that he "
            'had "run out of ways to make the numbers work" and offered to help the players '
            "find a new space.\n\n"
            'Hundreds of people commented on the post. "I played the Cowardly Lion on that '
            'stage in 1986. Heartbroken," wrote Martin Szabo.\n\n'
            "Osei-Lindgren said Thursday that the players would stage their spring production "
            'of "Our Town" in the high school auditorium. "The show goes on. It just goes on '
            'somewhere else," she said.'
        ),
        "quotes": [
            (
                "After 41 seasons in the Grange Hall, we have been given notice to leave by "
                "June 30,",
                "Harriet Osei-Lindgren",
                False,
                "P1",
            ),
            ("run out of ways to make the numbers work", "Douglas Pryce", True, "P2"),
            (
                "I played the Cowardly Lion on that stage in 1986. Heartbroken,",
                "Martin Szabo",
                False,
                "P1",
            ),
            (
                "The show goes on. It just goes on somewhere else,",
                "Harriet Osei-Lindgren",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harriet Osei-Lindgren", "Facebook"),
            ("P2", "Douglas Pryce", None),
        ],
        "people": ["Harriet Osei-Lindgren", "Douglas Pryce", "Martin Szabo"],
    },
    {
        "name": "indie-game-award-sisters-bluesky-polygon",
        "text": (
            "Sunday night’s Independent Games Festival awards ended with the top prize going "
            "to “Lanternfall,” a puzzle game made by two sisters in Manila over six years.\n\n"
            "“We almost quit four times. Maybe five,” Bea Santiago-Reyes said as she accepted "
            "the Grand Prize with her sister, Carmina, at the ceremony in San Francisco.\n\n"
            "After the show, Carmina Santiago-Reyes posted a photo of the trophy on Bluesky "
            "next to a pile of instant noodle cups. “The budget, visualised,” she wrote.\n\n"
            "Their publisher, Tidewater Interactive, said in a press release Monday that the "
            "game had sold 300,000 copies since its release in October and would come to "
            "Nintendo Switch in the spring.\n\n"
            "In an interview with Polygon, Bea Santiago-Reyes said the sisters were already "
            "sketching a second game. “Smaller this time. Much smaller,” she said. “We want "
            "to be able to sleep.”"
        ),
        "quotes": [
            ("We almost quit four times. Maybe five,", "Bea Santiago-Reyes", False, None),
            ("The budget, visualised,", "Carmina Santiago-Reyes", False, "P1"),
            ("Smaller this time. Much smaller,", "Bea Santiago-Reyes", False, "P3"),
            ("We want to be able to sleep.", "Bea Santiago-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", "Carmina Santiago-Reyes", "Bluesky"),
            ("P2", None, "press release"),
            ("P3", "Bea Santiago-Reyes", "Polygon"),
        ],
        "people": ["Bea Santiago-Reyes", "Carmina Santiago-Reyes"],
    },
]
