"""The one-hundred-and-fifty-first self-made dev set, held out (FA): its first run is an
unseen estimate.

Written with set EZ, without reading the extraction rules, and committed before
any rule was run on it. Topic area: celebrities, influencers, reality TV and their
social media posts.

Same format and conventions as the earlier self-made sets (not a public
corpus): an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks), and "told"
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a label's news release only mentioned) is
  still listed in posts.
- Titles of shows, albums, singles, books and podcasts in marks ("Villa
  Heartline," with its comma inside the marks) are not quotes, also when the
  title contains a person's name ("Morning Drive with Kat Ferreira"); that
  person is still listed in people when the text names them as a person.
- A statement "released through his representative" is the person's own post
  with no platform, and "the statement said" speaks as that person.
- A comment under an Instagram, Facebook, LinkedIn or TikTok post by a named
  person belongs to that post with that person as speaker; an unnamed user's
  comment ("one user wrote under the clip") belongs to it with speaker None.
- A fragment of a comment reported in narration ("commenting that the apology
  had come ...") is partial and belongs to the post commented on.
- "Speaking to reporters outside a charity gala", "told a news conference",
  "told reporters after the event", "reached by phone", "testified" and "told
  the court" at a hearing are not posts; a fragment of testimony ("had ...
  after her show was renewed") is partial with no post.
- A quote whose attribution sits in the middle of the sentence ("I never
  imagined," she told ..., "that a show ...") is two quotes with the same
  speaker and post, neither partial, although the second half starts in lower
  case.
- A podcast episode of a named podcast ("his podcast, Loud Mouth Hour" or "his
  podcast, The Green Room Sessions") is a post with the podcast's name as
  platform; a breakfast radio programme likewise takes the programme's name.
- Reported speech in single marks inside a quote (‘This app will change ...,’)
  is part of the outer quote's text and is not a quote or a post of its own.
- A reply "with a single word: “Noted.”" is a whole quote (not partial) and
  belongs to the post replied to; a Threads post that "read simply: “...”" and
  words given after "with the words" are whole quotes too.
- A quote that runs over two or three paragraphs is one quote per paragraph;
  the text of a paragraph without a closing mark runs from the opening mark to
  the end of the paragraph, including its final full stop.
- An interview with Solstice Magazine has platform Solstice Magazine; with "the
  entertainment site Reel Talk Daily" platform Reel Talk Daily; "told the
  gaming newsletter Patch Notes Weekly" platform Patch Notes Weekly; "told the
  Harbour Gazette" platform Harbour Gazette (the outlet's name without "the").
- A photo posted on Instagram "with the caption ..." is a post whose caption
  is a whole quote; when the text first says someone "announced on Instagram"
  and then that she "posted a photo ... with the caption", both are the same
  post.
- Posting "on his Instagram story" and then writing "in a second story" are
  two Instagram posts; a fragment of the first story reported in narration is
  partial.
- A company's lawsuit is a post with author None and platform None, and its
  fragment speaks as None.
- "In the same video, he urged viewers not to “pile on”" is a partial quote of
  the video (not a scare quote) because the text reports it as his words.
- An essay "published on Substack" has platform Substack; "she wrote" in the
  following paragraphs belongs to the essay.
- A Reddit thread posted by an anonymous user has author None; a named
  person's reply under it belongs to the thread with that person as speaker,
  and her fragment after "adding that" is partial and belongs to it too; an
  unnamed user's reply "beneath her comment" belongs to the thread with speaker
  None.
- A statement by a named person with no outlet ("disputed the audit in a
  statement") is that person's post with no platform.
- A reply on Bluesky belongs to the Bluesky post replied to; a first post on a
  newly opened Threads account is a new Threads post.
- A joint statement by two named people (the twins' joint statement) has
  author None and its words speak as None; an open letter signed by thousands
  of viewers is a post with author None and platform None, and its fragment
  speaks as None; a network's statement is a post with author None.
- A video posted on Instagram is an Instagram post; a "live video on TikTok" is
  a TikTok post; a livestream and a follow-up video on YouTube are two YouTube
  posts.
- Two people sharing a surname (the twins Delphine and Odette Marchbank; Anouk
  and her grandmother Margarethe Desrosiers): each gets her full name in
  people, and every bare "Desrosiers" refers to Anouk Desrosiers, the one named
  first; "the twins Delphine and Odette Marchbank" names Delphine Marchbank and
  Odette Marchbank.
- An agency's email is a post with author None and platform None, and "the
  email said" speaks as None.
- A quote introduced by "Later in the programme" belongs to that radio
  interview.
- A tournament's (the Frostline Open's) post on X has author None and its
  words, "the organisers wrote", speak as None.
- A nickname in marks, whether standing alone ("the Disco Queen", "the Velvet
  Villain") or between a first name and a surname (Marguerite “Mags” Obuya), is
  not a quote and not part of the canonical name (Marguerite Obuya).
- "said Fergus Leddy" with no medium, to the story, is not a post.
- A memoir (the book "Out of Tune") is a post by its author with no platform;
  "she writes" in the paragraph after the book is introduced belongs to it.
- Sharing an announcement "on his own Instagram story with a note of his own"
  is a new Instagram post by the sharer; "her husband" resolves to the husband
  named in the text; a comment "under the original post" belongs to the first
  post.
- A judge's written ruling is the judge's post with no platform; "Judge" is
  not part of the name; a lawyer's fragment given after "told reporters" is
  partial with no post.
- An opinion essay "for the Calder Chronicle" has platform Calder Chronicle;
  sharing the essay on Threads "with the words" is a new Threads post by the
  essayist, and a reply under it belongs to that Threads post.
- A quote's text keeps the apostrophes and the closing punctuation exactly as
  printed inside the marks (’ and ‘ as typographic characters).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FA: list[dict] = [
    {
        "name": "dating-show-split-instagram-rep-statement",
        "text": (
            "Kiara Dunmore, who found fame on the dating show “Villa Heartline,” announced on "
            "Instagram on Sunday that she and her fiancé, the personal trainer Rhys Calloway, "
            "had ended their engagement after two years.\n\n"
            "“We have decided to go our separate ways with nothing but love and respect for "
            "each other,” the 29-year-old wrote beneath a photo of the couple on a beach in "
            "Sandmarra. “Please be kind to both of us.”\n\n"
            "Calloway, 31, did not post about the split. In a statement released through his "
            "representative, he said the decision had been mutual. “Kiara will always be family "
            "to me,” the statement said.\n\n"
            "Fans of the show, which drew a record 3.1 million viewers for its finale last "
            "summer, flooded the comments under Dunmore’s post. Among them was her former "
            "castmate Priya Halvorsen, who wrote: “Proud of you for protecting your peace.”\n\n"
            "The couple’s so-called “showmance” began in the show’s fourth season, and "
            "Calloway proposed on the reunion special."
        ),
        "quotes": [
            (
                "We have decided to go our separate ways with nothing but love and respect for "
                "each other,",
                "Kiara Dunmore",
                False,
                "P1",
            ),
            ("Please be kind to both of us.", "Kiara Dunmore", False, "P1"),
            ("Kiara will always be family to me,", "Rhys Calloway", False, "P2"),
            ("Proud of you for protecting your peace.", "Priya Halvorsen", False, "P1"),
        ],
        "posts": [
            ("P1", "Kiara Dunmore", "Instagram"),
            ("P2", "Rhys Calloway", None),
        ],
        "people": ["Kiara Dunmore", "Rhys Calloway", "Priya Halvorsen"],
    },
    {
        "name": "tiktok-serum-apology-comments-gala",
        "text": (
            "The beauty influencer Jolene Marchetti apologised on Tuesday for a sponsored video "
            "in which she promoted a skin serum that regulators have since recalled.\n\n"
            "In a four-minute TikTok video, Marchetti, who has 6.2 million followers on the "
            "platform, said she had not checked the product’s ingredients before filming. “I "
            "trusted a brand I should have asked more questions of, and I let you down,” she "
            "said, looking into the camera. “That won’t happen again.”\n\n"
            "The video drew more than 40,000 comments within a day. “Took accountability, no "
            "excuses. Respect,” one user wrote under the clip. A fellow creator, Dev "
            "Ramaswamy, was less forgiving, commenting that the apology had come “three weeks "
            "and one recall too late.”\n\n"
            "The serum’s maker, Lumaderm Labs, said in a statement that it had refunded every "
            "customer who asked. “Customer safety is our first priority,” the company said.\n\n"
            "Speaking to reporters outside a charity gala in Castelvento on Wednesday evening, "
            "Marchetti said she would donate her fee from the campaign to a dermatology "
            "charity. “It is the least I can do,” she said."
        ),
        "quotes": [
            (
                "I trusted a brand I should have asked more questions of, and I let you down,",
                "Jolene Marchetti",
                False,
                "P1",
            ),
            ("That won’t happen again.", "Jolene Marchetti", False, "P1"),
            ("Took accountability, no excuses. Respect,", None, False, "P1"),
            ("three weeks and one recall too late.", "Dev Ramaswamy", True, "P1"),
            ("Customer safety is our first priority,", None, False, "P2"),
            ("It is the least I can do,", "Jolene Marchetti", False, None),
        ],
        "posts": [
            ("P1", "Jolene Marchetti", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Jolene Marchetti", "Dev Ramaswamy"],
    },
    {
        "name": "podcast-feud-fitness-app-x-reply",
        "text": (
            "The comedian Barnaby Oyelaran reignited his feud with the reality star Tessa "
            "Vukovic on Thursday, using an episode of his podcast, “Loud Mouth Hour,” to mock "
            "her new fitness app.\n\n"
            "“She told a room full of investors, ‘This app will change how women think about "
            "their bodies,’ and then charged them $30 a month for stretching videos,” Oyelaran "
            "said on the episode. “Change how they think about their bank accounts, maybe.”\n\n"
            "Vukovic, 31, answered on X within hours. “Barnaby has been talking about me for "
            "three years. I have not thought about him once,” she wrote.\n\n"
            "Oyelaran replied to her post with a single word: “Noted.”\n\n"
            "The app, Vuko Move, has been downloaded about 250,000 times since its launch in "
            "May, according to the analytics firm Tallyline."
        ),
        "quotes": [
            (
                "She told a room full of investors, ‘This app will change how women think about "
                "their bodies,’ and then charged them $30 a month for stretching videos,",
                "Barnaby Oyelaran",
                False,
                "P1",
            ),
            (
                "Change how they think about their bank accounts, maybe.",
                "Barnaby Oyelaran",
                False,
                "P1",
            ),
            (
                "Barnaby has been talking about me for three years. I have not thought about "
                "him once,",
                "Tessa Vukovic",
                False,
                "P2",
            ),
            ("Noted.", "Barnaby Oyelaran", False, "P2"),
        ],
        "posts": [
            ("P1", "Barnaby Oyelaran", "Loud Mouth Hour"),
            ("P2", "Tessa Vukovic", "X"),
        ],
        "people": ["Barnaby Oyelaran", "Tessa Vukovic"],
    },
    {
        "name": "singer-album-magazine-interview-two-paragraphs",
        "text": (
            "The pop singer Amara Lindqvist-Obi says her new album, “Glass Weather,” was "
            "written in the months after she left the talent show that made her famous.\n\n"
            "In an interview with Solstice Magazine published on Friday, the 26-year-old "
            "described that period as the loneliest of her life. “Everyone assumed I was fine "
            "because I was smiling on a stage every week. I went home and did not speak to "
            "anyone for days.\n\n"
            "“The songs came out of that silence. I did not plan an album; I just needed "
            "somewhere to put it all,” she said.\n\n"
            "Lindqvist-Obi finished third on “Next Voice Live” in 2021, behind the winner, "
            "Corey Achterberg. Her debut single, “Paper Planes,” reached No. 4 on the national "
            "chart.\n\n"
            "Her label, Tidewater Records, said in a news release that the album would be "
            "followed by a 14-date tour. On Instagram, the singer shared the tour poster with "
            "the caption “See you on the road.”"
        ),
        "quotes": [
            (
                "Everyone assumed I was fine because I was smiling on a stage every week. I went "
                "home and did not speak to anyone for days.",
                "Amara Lindqvist-Obi",
                False,
                "P1",
            ),
            (
                "The songs came out of that silence. I did not plan an album; I just needed "
                "somewhere to put it all,",
                "Amara Lindqvist-Obi",
                False,
                "P1",
            ),
            ("See you on the road.", "Amara Lindqvist-Obi", False, "P3"),
        ],
        "posts": [
            ("P1", "Amara Lindqvist-Obi", "Solstice Magazine"),
            ("P2", None, "press release"),
            ("P3", "Amara Lindqvist-Obi", "Instagram"),
        ],
        "people": ["Amara Lindqvist-Obi", "Corey Achterberg"],
    },
    {
        "name": "streaming-cancellation-release-instagram-stories",
        "text": (
            "The streaming service Kestrel+ has cancelled the survival reality series "
            "“Stranded: Atoll” after two seasons, the company announced in a press release on "
            "Monday.\n\n"
            "“We are proud of what the cast and crew built, but the show did not find the "
            "audience we hoped for,” the release quoted Kestrel+’s head of unscripted "
            "programming, Lorna Fairweather-Bell, as saying.\n\n"
            "The news came as a surprise to at least one former contestant. Marcus "
            "Adebayo-Reyes, who won the first season, posted on his Instagram story that he "
            "had learned of the cancellation “from a push notification like everybody "
            "else.”\n\n"
            "“Nobody called us. Not one person,” he wrote in a second story an hour later.\n\n"
            "The series was criticised last year after a contestant was airlifted to hospital "
            "with heat exhaustion during filming. The production company, Saltmarsh Studios, "
            "said at the time that its safety protocols had been followed."
        ),
        "quotes": [
            (
                "We are proud of what the cast and crew built, but the show did not find the "
                "audience we hoped for,",
                "Lorna Fairweather-Bell",
                False,
                "P1",
            ),
            (
                "from a push notification like everybody else.",
                "Marcus Adebayo-Reyes",
                True,
                "P2",
            ),
            ("Nobody called us. Not one person,", "Marcus Adebayo-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Marcus Adebayo-Reyes", "Instagram"),
            ("P3", "Marcus Adebayo-Reyes", "Instagram"),
        ],
        "people": ["Lorna Fairweather-Bell", "Marcus Adebayo-Reyes"],
    },
    {
        "name": "youtuber-protein-bar-lawsuit-video",
        "text": (
            "A snack company has sued the YouTuber Ollie Brannigan, accusing him of falsely "
            "claiming in a video that its protein bars contained mould.\n\n"
            "The lawsuit, filed on Wednesday in Tamsin County, says the video “caused immediate "
            "and measurable harm” to the company, Crunchwell Foods, whose sales fell by a fifth "
            "the following month.\n\n"
            "Brannigan, whose channel has 3.4 million subscribers, responded in a video posted "
            "to YouTube on Thursday. “I showed you exactly what I found in that wrapper. I "
            "stand by every second of it,” the 24-year-old said. In the same video, he urged "
            "viewers not to “pile on” the company’s staff.\n\n"
            "His lawyer, Hana Wieczorek, told reporters outside her office that the suit was an "
            "attempt to silence a critic. “This is a textbook case of a company using the "
            "courts to scare people who review its products,” she said.\n\n"
            "Crunchwell’s chief executive, Gordon Pelletier, declined to comment beyond the "
            "filing."
        ),
        "quotes": [
            ("caused immediate and measurable harm", None, True, "P1"),
            (
                "I showed you exactly what I found in that wrapper. I stand by every second of it,",
                "Ollie Brannigan",
                False,
                "P2",
            ),
            ("pile on", "Ollie Brannigan", True, "P2"),
            (
                "This is a textbook case of a company using the courts to scare people who "
                "review its products,",
                "Hana Wieczorek",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ollie Brannigan", "YouTube"),
        ],
        "people": ["Ollie Brannigan", "Hana Wieczorek", "Gordon Pelletier"],
    },
    {
        "name": "chef-substack-essay-stepping-back",
        "text": (
            "The celebrity chef Rosalind Achebe-Marsh, whose cooking videos have made her one "
            "of the most followed food creators on TikTok, says she is stepping back from "
            "social media for the rest of the year.\n\n"
            "In an essay published on Substack on Saturday, Achebe-Marsh, 38, wrote that "
            "filming three videos a day had left her “cooking for the algorithm instead of for "
            "people.” She described waking at 4 a.m. to film and editing clips until "
            "midnight.\n\n"
            "“I built something I am proud of,” she wrote. “But I stopped tasting the "
            "food.”\n\n"
            "Her restaurant in Wyncombe, Fennel & Ash, will stay open, she wrote, and her "
            "business partner, Idris Konaté, will run it in the meantime.\n\n"
            "Konaté, reached by phone on Sunday, said the decision had been coming for months. "
            "“She has carried the whole brand on her back. She deserves the rest,” he said."
        ),
        "quotes": [
            (
                "cooking for the algorithm instead of for people.",
                "Rosalind Achebe-Marsh",
                True,
                "P1",
            ),
            ("I built something I am proud of,", "Rosalind Achebe-Marsh", False, "P1"),
            ("But I stopped tasting the food.", "Rosalind Achebe-Marsh", False, "P1"),
            (
                "She has carried the whole brand on her back. She deserves the rest,",
                "Idris Konaté",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Marsh", "Substack"),
        ],
        "people": ["Rosalind Achebe-Marsh", "Idris Konaté"],
    },
    {
        "name": "talk-show-host-exit-news-conference",
        "text": (
            "The daytime talk show host Glenda Mayfair-Osei confirmed on Monday that she will "
            "leave “The Glenda Hour” next spring after 14 seasons.\n\n"
            "“I never imagined,” she told a news conference at the show’s studio in Harlan "
            "City, “that a show about neighbours helping neighbours would run this long.”\n\n"
            "Mayfair-Osei, 61, said the decision was hers alone. Asked whether the network had "
            "pushed her out, she laughed. “Nobody pushes Glenda anywhere,” she said.\n\n"
            "The show’s executive producer, Warren Tibbets, told reporters after the event that "
            "the search for a successor had not begun. “We are not replacing her. You cannot "
            "replace her,” he said.\n\n"
            "Her co-host for the past five seasons, Benji Salcedo, posted a photo of the two of "
            "them on Instagram with the caption “End of an era. Best boss I ever had.”"
        ),
        "quotes": [
            ("I never imagined,", "Glenda Mayfair-Osei", False, None),
            (
                "that a show about neighbours helping neighbours would run this long.",
                "Glenda Mayfair-Osei",
                False,
                None,
            ),
            ("Nobody pushes Glenda anywhere,", "Glenda Mayfair-Osei", False, None),
            ("We are not replacing her. You cannot replace her,", "Warren Tibbets", False, None),
            ("End of an era. Best boss I ever had.", "Benji Salcedo", False, "P1"),
        ],
        "posts": [
            ("P1", "Benji Salcedo", "Instagram"),
        ],
        "people": ["Glenda Mayfair-Osei", "Warren Tibbets", "Benji Salcedo"],
    },
    {
        "name": "reddit-fan-theory-creator-reply",
        "text": (
            "A fan theory about the finale of the dating series “Love on Lockdown” has been "
            "confirmed by an unlikely source: the show’s own creator.\n\n"
            "The theory, posted last week by an anonymous user on the show’s Reddit forum, "
            "argued that producers had swapped the order of two eliminations in the edit. "
            "“Watch the clocks in the background. The ceremony on night nine was filmed before "
            "night eight,” the user wrote.\n\n"
            "On Friday the show’s creator, Ingrid Solberg-Haas, replied under the thread. “You "
            "got us. Good eye,” she wrote, adding that the change had been made “for pacing, "
            "not for drama.”\n\n"
            "Another user replied beneath her comment: “So what else did you move?” "
            "Solberg-Haas did not answer.\n\n"
            "In an interview with the entertainment site Reel Talk Daily, she said that editing "
            "choices like this were routine. “Every reality show is built in the edit room. "
            "Ours is no different,” she said."
        ),
        "quotes": [
            (
                "Watch the clocks in the background. The ceremony on night nine was filmed "
                "before night eight,",
                None,
                False,
                "P1",
            ),
            ("You got us. Good eye,", "Ingrid Solberg-Haas", False, "P1"),
            ("for pacing, not for drama.", "Ingrid Solberg-Haas", True, "P1"),
            ("So what else did you move?", None, False, "P1"),
            (
                "Every reality show is built in the edit room. Ours is no different,",
                "Ingrid Solberg-Haas",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Ingrid Solberg-Haas", "Reel Talk Daily"),
        ],
        "people": ["Ingrid Solberg-Haas"],
    },
    {
        "name": "linkedin-agency-drops-vlogger-followers",
        "text": (
            "The influencer marketing agency Brightwick Talent has dropped its biggest client, "
            "the lifestyle vlogger Sienna Okonkwo-Ruiz, after an audit found that more than "
            "half of her 2 million Instagram followers were bought, the agency’s founder said "
            "on Wednesday.\n\n"
            "In a LinkedIn post, the founder, Callum Hargreave, wrote that the agency had "
            "audited every account on its books after a brand partner raised concerns. “Trust "
            "is the only thing we sell. When the numbers are not real, neither is the "
            "partnership,” Hargreave wrote.\n\n"
            "The post drew hundreds of comments from people in the industry. “Overdue, but "
            "good to see an agency say it out loud,” wrote Nadia Fenwick, a marketing director "
            "at the cosmetics company Velour & Vine.\n\n"
            "Okonkwo-Ruiz, 27, disputed the audit in a statement. “I have never paid for a "
            "single follower, and I will prove it,” she said.\n\n"
            "Brightwick did not name the brand partner."
        ),
        "quotes": [
            (
                "Trust is the only thing we sell. When the numbers are not real, neither is the "
                "partnership,",
                "Callum Hargreave",
                False,
                "P1",
            ),
            (
                "Overdue, but good to see an agency say it out loud,",
                "Nadia Fenwick",
                False,
                "P1",
            ),
            (
                "I have never paid for a single follower, and I will prove it,",
                "Sienna Okonkwo-Ruiz",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Callum Hargreave", "LinkedIn"),
            ("P2", "Sienna Okonkwo-Ruiz", None),
        ],
        "people": ["Sienna Okonkwo-Ruiz", "Callum Hargreave", "Nadia Fenwick"],
    },
    {
        "name": "actor-leaves-x-bluesky-threads",
        "text": (
            "The actor Teodor Valancy, whose role as a scheming butler in the period drama "
            "“Ashgrove Hall” earned him the nickname “the Velvet Villain,” said on Bluesky on "
            "Tuesday that he had quit X after eleven years.\n\n"
            "“The place I joined in 2013 does not exist anymore. I’d rather talk to fewer "
            "people who are actually listening,” Valancy posted.\n\n"
            "His former co-star Margot Ellery-Kwan welcomed him in a reply. “Took you long "
            "enough. The water is warm,” she wrote.\n\n"
            "Valancy, 45, also opened an account on Threads the same day. His first post there "
            "read simply: “Testing, testing.”\n\n"
            "Within a day, his Bluesky account had gained 90,000 followers, according to a "
            "tracking site run by the developer Quentin Marsh."
        ),
        "quotes": [
            (
                "The place I joined in 2013 does not exist anymore. I’d rather talk to fewer "
                "people who are actually listening,",
                "Teodor Valancy",
                False,
                "P1",
            ),
            ("Took you long enough. The water is warm,", "Margot Ellery-Kwan", False, "P1"),
            ("Testing, testing.", "Teodor Valancy", False, "P2"),
        ],
        "posts": [
            ("P1", "Teodor Valancy", "Bluesky"),
            ("P2", "Teodor Valancy", "Threads"),
        ],
        "people": ["Teodor Valancy", "Margot Ellery-Kwan", "Quentin Marsh"],
    },
    {
        "name": "renovation-twins-staged-collapse-statements",
        "text": (
            "The stars of the home renovation series “Fixer Sisters,” the twins Delphine and "
            "Odette Marchbank, have ended their contract with the network that airs the show "
            "after viewers accused it of staging a house collapse.\n\n"
            "More than 12,000 viewers signed an open letter last month calling the episode “a "
            "dangerous stunt passed off as reality.” The letter asked the network, HomeBright "
            "TV, to publish its safety records.\n\n"
            "In a joint statement on Thursday, the sisters said they had not known that the "
            "scene was staged. “We found out along with everyone else, and we are heartbroken "
            "that our names are attached to it,” the statement said.\n\n"
            "Delphine Marchbank, the older of the two by eleven minutes, went further in a "
            "video on Instagram. “We walked into that house believing it was real. Someone "
            "decided we did not need to know,” she said.\n\n"
            "HomeBright TV said in a statement that it was “reviewing the production practices” "
            "of the series and would not comment further."
        ),
        "quotes": [
            ("a dangerous stunt passed off as reality.", None, True, "P1"),
            (
                "We found out along with everyone else, and we are heartbroken that our names "
                "are attached to it,",
                None,
                False,
                "P2",
            ),
            (
                "We walked into that house believing it was real. Someone decided we did not "
                "need to know,",
                "Delphine Marchbank",
                False,
                "P3",
            ),
            ("reviewing the production practices", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Delphine Marchbank", "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Delphine Marchbank", "Odette Marchbank"],
    },
    {
        "name": "model-facebook-tribute-grandmother",
        "text": (
            "The model Anouk Desrosiers paid tribute on Facebook on Sunday to her grandmother, "
            "the seamstress who taught her to sew and whom she has often credited with her "
            "start in fashion.\n\n"
            "Desrosiers wrote that Margarethe Desrosiers had died peacefully at home in the "
            "village of Lac-Brume at the age of 94. “She made my first runway dress out of "
            "curtains. Everything I know about fabric, I learned at her kitchen table,” the "
            "33-year-old wrote.\n\n"
            "Hundreds of people left condolences under the post, including the designer "
            "Laurent Mbeki-Fournier, who dressed Desrosiers for her first couture show. “A true "
            "artisan. Sending love to the whole family,” he wrote.\n\n"
            "Desrosiers is due to walk in the Vireo Collective show in Port Ardenne next week. "
            "Her agency, North Star Models, said in an email that she still planned to appear. "
            "“Anouk has asked for privacy this week,” the email said."
        ),
        "quotes": [
            (
                "She made my first runway dress out of curtains. Everything I know about "
                "fabric, I learned at her kitchen table,",
                "Anouk Desrosiers",
                False,
                "P1",
            ),
            (
                "A true artisan. Sending love to the whole family,",
                "Laurent Mbeki-Fournier",
                False,
                "P1",
            ),
            ("Anouk has asked for privacy this week,", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Anouk Desrosiers", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Anouk Desrosiers", "Margarethe Desrosiers", "Laurent Mbeki-Fournier"],
    },
    {
        "name": "radio-interview-cooking-show-villain",
        "text": (
            "Reuben Castellano, the contestant viewers loved to hate on last year’s season of "
            "“Knife Edge Kitchen,” says the edit made him look far worse than he was.\n\n"
            "Appearing on the breakfast radio programme “Morning Drive with Kat Ferreira” on "
            "Tuesday, the 35-year-old said producers had encouraged contestants to pick "
            "fights. “They would sit you down at two in the morning, after a fourteen-hour "
            "shoot, and ask you what you really thought of the person in the next bunk.\n\n"
            "“Of course you say something you regret. You are exhausted and somebody is "
            "holding a microphone.\n\n"
            "“I am not saying I was a saint. I am saying you only saw the worst ten minutes of "
            "every day,” he told the host, Kat Ferreira.\n\n"
            "The show’s producer, Fallowmere Productions, said it did not comment on individual "
            "contestants.\n\n"
            "Castellano is now training as a paramedic. Later in the programme, asked whether "
            "he would ever return to television, he said: “Never. Not for any money.”"
        ),
        "quotes": [
            (
                "They would sit you down at two in the morning, after a fourteen-hour shoot, and "
                "ask you what you really thought of the person in the next bunk.",
                "Reuben Castellano",
                False,
                "P1",
            ),
            (
                "Of course you say something you regret. You are exhausted and somebody is "
                "holding a microphone.",
                "Reuben Castellano",
                False,
                "P1",
            ),
            (
                "I am not saying I was a saint. I am saying you only saw the worst ten minutes "
                "of every day,",
                "Reuben Castellano",
                False,
                "P1",
            ),
            ("Never. Not for any money.", "Reuben Castellano", False, "P1"),
        ],
        "posts": [
            ("P1", "Reuben Castellano", "Morning Drive with Kat Ferreira"),
        ],
        "people": ["Reuben Castellano", "Kat Ferreira"],
    },
    {
        "name": "streamer-tournament-ban-youtube-x",
        "text": (
            "The streamer Kofi Amankwah-Lund, who broadcasts to about 1.8 million subscribers "
            "on YouTube, says he has been banned from the esports tournament Frostline Open "
            "after criticising its organisers during a livestream.\n\n"
            "During the YouTube stream on Saturday, Amankwah-Lund called the tournament’s prize "
            "structure “a joke that isn’t funny anymore” and accused the organisers of "
            "withholding winnings from last year’s players.\n\n"
            "The Frostline Open responded on X the next morning. “Creators are welcome to "
            "criticise us. They are not welcome to make false claims about our players’ "
            "payments,” the organisers wrote.\n\n"
            "Amankwah-Lund, 22, said in a follow-up video on YouTube that he had screenshots to "
            "back up his claims. “Show me the bank transfers and I will apologise on stream,” "
            "he said.\n\n"
            "One of last year’s finalists, Yuki Tanabe-Ross, told the gaming newsletter Patch "
            "Notes Weekly that she had received her prize money four months late. “I was paid "
            "in the end, but nobody would tell me when,” she said."
        ),
        "quotes": [
            ("a joke that isn’t funny anymore", "Kofi Amankwah-Lund", True, "P1"),
            (
                "Creators are welcome to criticise us. They are not welcome to make false "
                "claims about our players’ payments,",
                None,
                False,
                "P2",
            ),
            (
                "Show me the bank transfers and I will apologise on stream,",
                "Kofi Amankwah-Lund",
                False,
                "P3",
            ),
            (
                "I was paid in the end, but nobody would tell me when,",
                "Yuki Tanabe-Ross",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kofi Amankwah-Lund", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Kofi Amankwah-Lund", "YouTube"),
            ("P4", "Yuki Tanabe-Ross", "Patch Notes Weekly"),
        ],
        "people": ["Kofi Amankwah-Lund", "Yuki Tanabe-Ross"],
    },
    {
        "name": "designer-boutique-closing-gazette-interview",
        "text": (
            "The fashion designer Esperanza Quintero-Vale, whose sequinned jumpsuits earned her "
            "the nickname “the Disco Queen” in the early 2000s, is closing her boutique on "
            "Marlow Street in Easthaven after 22 years.\n\n"
            "“The rent tripled and the customers moved online. I held on as long as I could,” "
            "Quintero-Vale told the Harbour Gazette in an interview published on Friday.\n\n"
            "She said she would keep selling through her website and might open a smaller "
            "studio next year.\n\n"
            "One of her most loyal clients, the singer Marguerite “Mags” Obuya, wrote on "
            "Instagram on Saturday: “Going down there today to buy whatever is left on the "
            "rails. You should too.”\n\n"
            "Neighbouring shop owners said the street had changed. “It used to be all "
            "independents. Now it is phone shops and vape shops,” said Fergus Leddy, who has "
            "run a bookshop two doors down since 1998."
        ),
        "quotes": [
            (
                "The rent tripled and the customers moved online. I held on as long as I could,",
                "Esperanza Quintero-Vale",
                False,
                "P1",
            ),
            (
                "Going down there today to buy whatever is left on the rails. You should too.",
                "Marguerite Obuya",
                False,
                "P2",
            ),
            (
                "It used to be all independents. Now it is phone shops and vape shops,",
                "Fergus Leddy",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Esperanza Quintero-Vale", "Harbour Gazette"),
            ("P2", "Marguerite Obuya", "Instagram"),
        ],
        "people": ["Esperanza Quintero-Vale", "Marguerite Obuya", "Fergus Leddy"],
    },
    {
        "name": "talent-judge-memoir-podcast-network-statement",
        "text": (
            "The television talent judge Harriet Okafor-Lyle has revealed in a new memoir that "
            "she nearly quit the singing competition “Voice of the Valley” after its first "
            "season.\n\n"
            "In the book, “Out of Tune,” which Ferrow House publishes on Tuesday, Okafor-Lyle "
            "writes that she felt “like a prop in somebody else’s show” during her early years "
            "on the panel.\n\n"
            "“I would go back to the hotel, take off the false lashes and cry for an hour. Then "
            "I would set an alarm and do it all again,” she writes.\n\n"
            "Her fellow judge Mick Tolliver said on his podcast, “The Green Room Sessions,” "
            "that he had known nothing of her struggles. “We sat next to each other for six "
            "years. I feel terrible that I never asked,” he said.\n\n"
            "The network that airs the show, Lantern One, said in a statement that "
            "Okafor-Lyle “remains at the heart of the programme.”"
        ),
        "quotes": [
            ("like a prop in somebody else’s show", "Harriet Okafor-Lyle", True, "P1"),
            (
                "I would go back to the hotel, take off the false lashes and cry for an hour. "
                "Then I would set an alarm and do it all again,",
                "Harriet Okafor-Lyle",
                False,
                "P1",
            ),
            (
                "We sat next to each other for six years. I feel terrible that I never asked,",
                "Mick Tolliver",
                False,
                "P2",
            ),
            ("remains at the heart of the programme.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Okafor-Lyle", None),
            ("P2", "Mick Tolliver", "The Green Room Sessions"),
            ("P3", None, None),
        ],
        "people": ["Harriet Okafor-Lyle", "Mick Tolliver"],
    },
    {
        "name": "fitness-influencer-pregnancy-instagram-tiktok",
        "text": (
            "The fitness influencer Brooke Adeyinka-Hale announced on Instagram on Monday that "
            "she is expecting her first child with her husband, the rugby player Jonah "
            "Dresner. She posted a photo of an ultrasound scan with the caption “Our biggest "
            "collab yet.”\n\n"
            "Her husband shared the announcement on his own Instagram story with a note of his "
            "own: “Already outnumbered and she’s not even here yet.”\n\n"
            "Her sister, Temi Adeyinka, commented under the original post: “Auntie duties "
            "start now!!”\n\n"
            "Adeyinka-Hale, 30, later answered questions from followers in a live video on "
            "TikTok, saying she would keep posting workouts through her pregnancy “with a "
            "doctor’s blessing.”\n\n"
            "The couple married two years ago in a small ceremony in Carrowby Bay."
        ),
        "quotes": [
            ("Our biggest collab yet.", "Brooke Adeyinka-Hale", False, "P1"),
            (
                "Already outnumbered and she’s not even here yet.",
                "Jonah Dresner",
                False,
                "P2",
            ),
            ("Auntie duties start now!!", "Temi Adeyinka", False, "P1"),
            ("with a doctor’s blessing.", "Brooke Adeyinka-Hale", True, "P3"),
        ],
        "posts": [
            ("P1", "Brooke Adeyinka-Hale", "Instagram"),
            ("P2", "Jonah Dresner", "Instagram"),
            ("P3", "Brooke Adeyinka-Hale", "TikTok"),
        ],
        "people": ["Brooke Adeyinka-Hale", "Jonah Dresner", "Temi Adeyinka"],
    },
    {
        "name": "reality-star-manager-commission-ruling",
        "text": (
            "A judge has ruled that the reality star Vanessa Thorncroft-Diaz must pay her "
            "former manager $410,000 in unpaid commission, ending a two-year legal fight that "
            "the pair had often carried on in public.\n\n"
            "At a hearing in Redmere County Superior Court last month, Thorncroft-Diaz "
            "testified that the manager, Simon Kellaway, had “simply disappeared” after her "
            "show was renewed. “He took his cut of the first season and then I never saw him "
            "again,” she told the court.\n\n"
            "In a written ruling issued on Friday, Judge Patricia Ngata found that the contract "
            "was valid. “Whatever the quality of Mr. Kellaway’s work, the agreement did not "
            "make payment depend on it,” the judge wrote.\n\n"
            "Thorncroft-Diaz, 36, posted on Instagram hours later. “Disappointed but not "
            "defeated. Onwards,” she wrote.\n\n"
            "Kellaway’s lawyer, Ruth Abernathy-Sole, told reporters that her client was "
            "“relieved and ready to move on.”"
        ),
        "quotes": [
            ("simply disappeared", "Vanessa Thorncroft-Diaz", True, None),
            (
                "He took his cut of the first season and then I never saw him again,",
                "Vanessa Thorncroft-Diaz",
                False,
                None,
            ),
            (
                "Whatever the quality of Mr. Kellaway’s work, the agreement did not make "
                "payment depend on it,",
                "Patricia Ngata",
                False,
                "P1",
            ),
            (
                "Disappointed but not defeated. Onwards,",
                "Vanessa Thorncroft-Diaz",
                False,
                "P2",
            ),
            ("relieved and ready to move on.", "Ruth Abernathy-Sole", True, None),
        ],
        "posts": [
            ("P1", "Patricia Ngata", None),
            ("P2", "Vanessa Thorncroft-Diaz", "Instagram"),
        ],
        "people": [
            "Vanessa Thorncroft-Diaz",
            "Simon Kellaway",
            "Patricia Ngata",
            "Ruth Abernathy-Sole",
        ],
    },
    {
        "name": "former-reality-star-essay-therapy-law",
        "text": (
            "The former reality star Lucinda Braithwaite-Moss, who spent three seasons on "
            "“Harbour Wives,” has called for a law requiring television shows to pay for "
            "therapy for cast members after filming ends.\n\n"
            "In an opinion essay for the Calder Chronicle published on Sunday, "
            "Braithwaite-Moss, 42, described the months after her final season. “A producer "
            "told me, ‘You’re great television when you cry,’ and I believed that was a "
            "compliment,” she wrote. “It took me two years to understand what it cost.”\n\n"
            "She shared the essay on Threads with the words “Every word is true.” Among the "
            "replies was one from Noor Haddad-Lowe, who appeared on the show’s first season. "
            "“Thank you for saying what the rest of us couldn’t,” she wrote.\n\n"
            "Graham Pettifer, a member of the Calder regional assembly, told reporters on "
            "Monday that he would draft a bill. “If a show profits from someone’s worst "
            "moments, it owes them care afterwards,” he said."
        ),
        "quotes": [
            (
                "A producer told me, ‘You’re great television when you cry,’ and I believed "
                "that was a compliment,",
                "Lucinda Braithwaite-Moss",
                False,
                "P1",
            ),
            (
                "It took me two years to understand what it cost.",
                "Lucinda Braithwaite-Moss",
                False,
                "P1",
            ),
            ("Every word is true.", "Lucinda Braithwaite-Moss", False, "P2"),
            (
                "Thank you for saying what the rest of us couldn’t,",
                "Noor Haddad-Lowe",
                False,
                "P2",
            ),
            (
                "If a show profits from someone’s worst moments, it owes them care afterwards,",
                "Graham Pettifer",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lucinda Braithwaite-Moss", "Calder Chronicle"),
            ("P2", "Lucinda Braithwaite-Moss", "Threads"),
        ],
        "people": ["Lucinda Braithwaite-Moss", "Noor Haddad-Lowe", "Graham Pettifer"],
    },
]
