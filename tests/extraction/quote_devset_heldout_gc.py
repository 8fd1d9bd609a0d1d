"""The one-hundred-and-seventy-ninth self-made dev set, held out (GC): its first run is an unseen estimate.

Written with set GB, without reading the extraction rules, and committed before
any rule was run on it. Topic area: sport: football, tennis, athletics, clubs,
transfers, doping.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a
news conference, briefing, earnings call, rally, speech, hearing, court hearing,
town hall or "told reporters" is not a post; a comment under a post belongs to
it, a post "of his own" is a new one; a later fragment or quote is linked to a
post only when the text ties it to that post; organisations and unnamed people
speak as None, and a company's release, statement or lawsuit has author None
even when it quotes a named executive; titles, nicknames and scare quotes in
marks are not quotes; speakers are the fullest form of the name used in the
text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a press release only mentioned) is still
  listed in posts.
- people lists every named speaker and every named post author, and nobody
  else: people only mentioned (an umpire, a podcast host, a player who replied
  with emojis, a video assistant referee) are not listed.
- A statement "posted to her Instagram account" and an Instagram story are
  Instagram posts; a comment under an Instagram post or TikTok video belongs to
  it and speaks as the commenter.
- A photo posted "with the caption ...", a share "with the words ..." and a
  share "with the comment ..." give a whole quote (not partial); a Threads
  reply given after a colon ("with a single word: ...", "added in a reply
  beneath it: ...") is whole too.
- A reply by the author under her or his own Threads post, and a reply by
  someone else under a Threads post, belong to that post.
- A show's clip "posted on X" by the show (a podcast) is a post with author None
  and platform X; a named person's reply under it belongs to it and speaks as
  that person.
- A reply described without quoted words (three broken-heart emojis) adds no
  post and no quote.
- A club's, federation's or commission's statement that quotes a named official
  ("the statement quoted ... as saying", "... said in the statement") has author
  None and platform None, and the quote's speaker is the official; a release
  that quotes a named administrator or agency chief is a press release with
  author None and the named speaker.
- An open letter signed by a team's players (unnamed) or sent by a supporters'
  trust has author None; a supporters' group's Facebook post has author None and
  its words speak as None.
- A written decision of a Court of Arbitration for Sport panel or of UEFA's
  disciplinary panel, with no arbitrator named, is a post with author None and
  no platform; its fragments speak as None.
- An appeal filed with the Court of Arbitration for Sport by a named lawyer is
  the lawyer's post with no platform.
- An email or memo "seen by The Times" / "seen by The Age" is the writer's post
  with no platform; the newspaper that saw it is not the platform.
- "Returned to the platform" with new words is a new post by the same author on
  the platform last named for that author (X).
- Outlet names: the platform is the name as first written, without a lowercase
  leading "the" ("told the Jamaica Gleaner" -> Jamaica Gleaner) but with a
  capitalised "The" that is part of the title (The Herald, The Sydney Morning
  Herald); a later short form ("the Gleaner", "the Herald", "The CBC") is the
  same outlet and, when it refers to the same interview or op-ed, the same post.
  "The radio station Radyo Spor" is Radyo Spor; "the football podcast Die
  Dritte Halbzeit" and "her podcast, Second Serve" take the show's name.
- A quote "told the show's host" in the paragraph after a podcast appearance
  belongs to that podcast; "He added:" after a fragment from an interview or
  essay belongs to that same post.
- A fragment in the sentence that first reports a post ("accused the official
  on X of ...") belongs to that post.
- An interview with Le Monde in April is a post; the player's later answer to
  the reporters who reminded him of it ("he laughed ... he said") is not.
- "Told reporters", a post-match or pre-race news conference, a
  question-and-answer session with supporters, a Senate estimates hearing, an
  Athletics Integrity Unit disciplinary hearing and an official "speaking at a
  league meeting" are not posts.
- A fragment or quote whose speaker is first described ("a former
  physiotherapist", "a grey-haired man") and named in a later sentence is
  spoken by the person named; the man speaking in a TikTok video "he posted" is
  its author.
- A single attributed word (called the fine "absurd" in an interview) is a
  partial quote.
- A split quote around "he said" is two rows; a quote running over two
  paragraphs is one row per paragraph, and the first paragraph's row (no
  closing mark) runs to the end of that paragraph.
- Not quotes: nicknames ("the Tractor", "el Muro"), a supporters' group's name
  ("Kuzey Kartalları"), a club's slogan in narration ("Rheinstadt Way"), the
  reporter's scare quote ("mega-deals"), a word printed on a T-shirt
  ("Enough."), a song ("Run It Back"), a club anthem ("The Railway Men"),
  documentaries ("Small Town, Big Game", "Equal Time", "The Thin Air") and a
  memoir's title ("Between the Posts"); a memoir mentioned only by title is not
  a post.
- A nickname inside a quote ("Haru", "Ousi") is part of that quote's text.
- Names keep their particles and diacritics as written (Joost van Wijnen,
  Mehmet Ali Yıldırım, Barbora Šindelářová); Aminata Diallo and her son Lucas
  Ferrand-Diallo are different people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_GC: list[dict] = [
    {
        "name": "instagram-striker-farewell-club-statement-comment",
        "text": (
            "Kwabena Owusu-Ansah, the Ghanaian striker who scored 21 league goals for Feyenoord "
            "last season, said goodbye to the Dutch club on Instagram on Thursday, hours before his "
            "£38 million move to Aston Villa was confirmed. “Rotterdam gave me a home when I was 19 "
            "and nobody knew my name. I leave as a man,” he wrote beneath a photo of himself "
            "outside the stadium.\n\n"
            "Feyenoord said in a statement that the fee was a club record. “Kwabena leaves with our "
            "gratitude and, frankly, with a large part of next season’s budget,” the statement "
            "quoted the club’s technical director, Joost van Wijnen, as saying.\n\n"
            "At his unveiling in Birmingham on Friday, the 24-year-old was asked about the nickname "
            "Dutch fans had given him, “the Tractor.” “I run through people, so I don’t mind it,” "
            "he told reporters.\n\n"
            "His former teammate Jurriën Bakker was among thousands who left a comment under the "
            "Instagram farewell. “The dressing room is too quiet already,” the midfielder wrote."
        ),
        "quotes": [
            (
                "Rotterdam gave me a home when I was 19 and nobody knew my name. I leave as a man,",
                "Kwabena Owusu-Ansah",
                False,
                "P1",
            ),
            (
                "Kwabena leaves with our gratitude and, frankly, with a large part of next "
                "season’s budget,",
                "Joost van Wijnen",
                False,
                "P2",
            ),
            ("I run through people, so I don’t mind it,", "Kwabena Owusu-Ansah", False, None),
            ("The dressing room is too quiet already,", "Jurriën Bakker", False, "P1"),
        ],
        "posts": [
            ("P1", "Kwabena Owusu-Ansah", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Kwabena Owusu-Ansah", "Joost van Wijnen", "Jurriën Bakker"],
    },
    {
        "name": "x-tennis-umpire-outburst-fine-tour-statement",
        "text": (
            "The Chilean tennis player Ignacio Fuenzalida was fined $15,000 on Monday for abusing a "
            "chair umpire during his second-round defeat at the Madrid Open, two days after he "
            "accused the official on X of “stealing the match.”\n\n"
            "“I have played this sport for 20 years and I have never seen a worse call. Never,” "
            "Fuenzalida wrote in the post, which was viewed more than four million times before he "
            "deleted it on Sunday morning.\n\n"
            "The ATP said in a statement that the fine was for “verbal abuse of an official” on "
            "court and not for anything the player had written online. “Players are entitled to "
            "criticise decisions, but not to threaten the people who make them,” the statement "
            "said.\n\n"
            "Speaking to reporters in Rome on Wednesday, the 27-year-old was calmer. “I was angry "
            "and I wrote something stupid,” he said. “The umpire has a family. I will apologise to "
            "him personally.”\n\n"
            "His coach, Rodrigo Tapia, had posted a photo of the player on Instagram after the "
            "match with the caption “Head up.”"
        ),
        "quotes": [
            ("stealing the match.", "Ignacio Fuenzalida", True, "P1"),
            (
                "I have played this sport for 20 years and I have never seen a worse call. Never,",
                "Ignacio Fuenzalida",
                False,
                "P1",
            ),
            ("verbal abuse of an official", None, True, "P2"),
            (
                "Players are entitled to criticise decisions, but not to threaten the people who "
                "make them,",
                None,
                False,
                "P2",
            ),
            ("I was angry and I wrote something stupid,", "Ignacio Fuenzalida", False, None),
            (
                "The umpire has a family. I will apologise to him personally.",
                "Ignacio Fuenzalida",
                False,
                None,
            ),
            ("Head up.", "Rodrigo Tapia", False, "P3"),
        ],
        "posts": [
            ("P1", "Ignacio Fuenzalida", "X"),
            ("P2", None, None),
            ("P3", "Rodrigo Tapia", "Instagram"),
        ],
        "people": ["Ignacio Fuenzalida", "Rodrigo Tapia"],
    },
    {
        "name": "integrity-unit-release-instagram-statement-cas-appeal",
        "text": (
            "The Kenyan marathon runner Faith Chepkoech has been provisionally suspended after a "
            "banned blood booster was found in a sample taken in March, the Athletics Integrity "
            "Unit said in a press release on Tuesday.\n\n"
            "Chepkoech, 29, who won the Valencia Marathon two years ago, denied wrongdoing in a "
            "statement posted to her Instagram account that evening. “I have never taken anything "
            "to make me run faster. I will prove it, whatever it costs me,” she wrote.\n\n"
            "Her lawyer, Hans-Jörg Wehrli, said the positive test had been caused by a "
            "contaminated medication prescribed at a clinic in Eldoret. In an appeal filed with the "
            "Court of Arbitration for Sport, he argued that the amount detected was “far below any "
            "level that could affect performance.”\n\n"
            "The chief executive of Athletics Kenya, Wilson Kiprono Mutai, said at a news "
            "conference in Nairobi that the federation would not intervene. “We have 40 athletes in "
            "the testing pool, and every one of them knows the rules,” Mutai said. “Nobody can say "
            "they were not warned.”"
        ),
        "quotes": [
            (
                "I have never taken anything to make me run faster. I will prove it, whatever it "
                "costs me,",
                "Faith Chepkoech",
                False,
                "P2",
            ),
            (
                "far below any level that could affect performance.",
                "Hans-Jörg Wehrli",
                True,
                "P3",
            ),
            (
                "We have 40 athletes in the testing pool, and every one of them knows the rules,",
                "Wilson Kiprono Mutai",
                False,
                None,
            ),
            ("Nobody can say they were not warned.", "Wilson Kiprono Mutai", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Faith Chepkoech", "Instagram"),
            ("P3", "Hans-Jörg Wehrli", None),
        ],
        "people": ["Faith Chepkoech", "Hans-Jörg Wehrli", "Wilson Kiprono Mutai"],
    },
    {
        "name": "herald-op-ed-new-owner-trust-letter-radio",
        "text": (
            "The American investor Colleen Brannigan completed her takeover of the Scottish "
            "Championship club Dunmore Athletic on Friday and promised, in an op-ed in The Herald, "
            "that season-ticket prices would be frozen for three years.\n\n"
            "“A club that prices out its own town has already lost, whatever the league table "
            "says,” Brannigan wrote in the newspaper, adding that she had “no intention of moving "
            "the club one yard” from its home ground.\n\n"
            "The Dunmore Supporters’ Trust was unconvinced. In an open letter to the new owner on "
            "Saturday, it asked for a seat on the board. “Promises are cheap in the first week. We "
            "have heard them before,” the letter said.\n\n"
            "The trust’s chair, Alasdair McCrindle, told BBC Radio Scotland that fans wanted "
            "“something in writing, not something in a newspaper.”\n\n"
            "Brannigan, 51, who made her fortune in logistics software, told a question-and-answer "
            "session with supporters that she had watched the documentary “Small Town, Big Game” "
            "on the flight from Boston. “I cried twice. Don’t tell anyone,” she said."
        ),
        "quotes": [
            (
                "A club that prices out its own town has already lost, whatever the league table "
                "says,",
                "Colleen Brannigan",
                False,
                "P1",
            ),
            ("no intention of moving the club one yard", "Colleen Brannigan", True, "P1"),
            (
                "Promises are cheap in the first week. We have heard them before,",
                None,
                False,
                "P2",
            ),
            (
                "something in writing, not something in a newspaper.",
                "Alasdair McCrindle",
                True,
                "P3",
            ),
            ("I cried twice. Don’t tell anyone,", "Colleen Brannigan", False, None),
        ],
        "posts": [
            ("P1", "Colleen Brannigan", "The Herald"),
            ("P2", None, None),
            ("P3", "Alasdair McCrindle", "BBC Radio Scotland"),
        ],
        "people": ["Colleen Brannigan", "Alasdair McCrindle"],
    },
    {
        "name": "youtube-retirement-threads-partner-reply-wta-statement",
        "text": (
            "Haruka Nishimura, the Japanese doubles specialist who won four Grand Slam titles, "
            "announced her retirement on Sunday in a nine-minute video on her YouTube channel.\n\n"
            "“I wanted to say it in my own words, not in a press room,” Nishimura, 34, said in the "
            "video, filmed at the Osaka club where she learnt to play. “My body has been telling me "
            "for two years. This year I finally listened.”\n\n"
            "Her long-time partner, the Czech player Barbora Šindelářová, posted on Threads an hour "
            "later. “Eleven years, one shared brain and far too many tiebreaks. Thank you, Haru,” "
            "she wrote. Nishimura replied under the post with a single word: “Always.”\n\n"
            "The Women’s Tennis Association called her “one of the finest doubles players of her "
            "generation” in a statement."
        ),
        "quotes": [
            (
                "I wanted to say it in my own words, not in a press room,",
                "Haruka Nishimura",
                False,
                "P1",
            ),
            (
                "My body has been telling me for two years. This year I finally listened.",
                "Haruka Nishimura",
                False,
                "P1",
            ),
            (
                "Eleven years, one shared brain and far too many tiebreaks. Thank you, Haru,",
                "Barbora Šindelářová",
                False,
                "P2",
            ),
            ("Always.", "Haruka Nishimura", False, "P2"),
            ("one of the finest doubles players of her generation", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Haruka Nishimura", "YouTube"),
            ("P2", "Barbora Šindelářová", "Threads"),
            ("P3", None, None),
        ],
        "people": ["Haruka Nishimura", "Barbora Šindelářová"],
    },
    {
        "name": "linkedin-sacking-podcast-coach-interim-news-conference",
        "text": (
            "Lukas Brenninkmeyer was sacked as head coach of the Bundesliga club VfB Rheinstadt on "
            "Monday, three days after a 5-0 home defeat left the team 17th in the table and the "
            "club’s much-advertised “Rheinstadt Way” in ruins.\n\n"
            "The club’s sporting director, Emeka Nwachukwu, announced the decision in a LinkedIn "
            "post that read more like a farewell speech. “Lukas built the best youth pathway in "
            "this league. Results at the top level did not follow, and in our business that is the "
            "measure that counts,” Nwachukwu wrote.\n\n"
            "Brenninkmeyer, 46, gave his side of the story on Wednesday on the football podcast Die "
            "Dritte Halbzeit. He said he had been promised “time, patience and two centre-backs” "
            "when he signed, and had received none of them.\n\n"
            "“I am not bitter. I am tired,” he told the show’s host, Jana Petrović. “There is a "
            "difference, and you will hear it in my next job.”\n\n"
            "Asked about the podcast at a news conference on Thursday, the interim coach, Mirko "
            "Santangelo, declined to be drawn into the row. “Lukas is a friend. I have a training "
            "session to run,” he said."
        ),
        "quotes": [
            (
                "Lukas built the best youth pathway in this league. Results at the top level did "
                "not follow, and in our business that is the measure that counts,",
                "Emeka Nwachukwu",
                False,
                "P1",
            ),
            ("time, patience and two centre-backs", "Lukas Brenninkmeyer", True, "P2"),
            ("I am not bitter. I am tired,", "Lukas Brenninkmeyer", False, "P2"),
            (
                "There is a difference, and you will hear it in my next job.",
                "Lukas Brenninkmeyer",
                False,
                "P2",
            ),
            (
                "Lukas is a friend. I have a training session to run,",
                "Mirko Santangelo",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Emeka Nwachukwu", "LinkedIn"),
            ("P2", "Lukas Brenninkmeyer", "Die Dritte Halbzeit"),
        ],
        "people": ["Lukas Brenninkmeyer", "Emeka Nwachukwu", "Mirko Santangelo"],
    },
    {
        "name": "tiktok-sprinter-rival-comment-coach-gleaner",
        "text": (
            "The Jamaican sprinter Shericka Dawkins-Hylton ran 10.71 seconds in the 100 metres in "
            "Kingston on Saturday, the fastest time in the world this year, and celebrated with a "
            "TikTok video that had been watched more than six million times by Monday.\n\n"
            "In the clip, she dances in her spikes to the dancehall song “Run It Back” before "
            "turning to the camera. “Paris was the rehearsal. This is the show,” she says.\n\n"
            "Among the 40,000 comments under the video was one from the American Tamara "
            "Okafor-Reid, who beat her to the world title last summer. “See you in Tokyo, sis,” "
            "Okafor-Reid wrote.\n\n"
            "Dawkins-Hylton’s coach, Everton Blackwood, told the Jamaica Gleaner that the time had "
            "not surprised him. “She has been running 10.7 in training since March. I just told her "
            "to keep quiet about it,” he said. Blackwood, 58, told the Gleaner that he expected her "
            "to run faster at the national trials in June.\n\n"
            "The sprinter herself said little to reporters after the race. “Ask me in September,” "
            "she said."
        ),
        "quotes": [
            ("Paris was the rehearsal. This is the show,", "Shericka Dawkins-Hylton", False, "P1"),
            ("See you in Tokyo, sis,", "Tamara Okafor-Reid", False, "P1"),
            (
                "She has been running 10.7 in training since March. I just told her to keep quiet "
                "about it,",
                "Everton Blackwood",
                False,
                "P2",
            ),
            ("Ask me in September,", "Shericka Dawkins-Hylton", False, None),
        ],
        "posts": [
            ("P1", "Shericka Dawkins-Hylton", "TikTok"),
            ("P2", "Everton Blackwood", "Jamaica Gleaner"),
        ],
        "people": ["Shericka Dawkins-Hylton", "Tamara Okafor-Reid", "Everton Blackwood"],
    },
    {
        "name": "cas-ruling-instagram-story-integrity-release-podcast",
        "text": (
            "The Court of Arbitration for Sport on Thursday extended the doping ban of the Romanian "
            "tennis player Ioana Dumitrescu-Vlad from nine months to two years, ruling that she had "
            "failed to show how a banned steroid entered her body.\n\n"
            "In its written decision, the three-member panel described her explanation, a "
            "contaminated hair product, as “plausible in theory but unsupported by any "
            "evidence.”\n\n"
            "Dumitrescu-Vlad, 26, responded within the hour in an Instagram story. “I am innocent "
            "and I will keep fighting. Today the system decided it is easier to believe the worst,” "
            "she wrote.\n\n"
            "The International Tennis Integrity Agency welcomed the ruling in a press release. "
            "“Consistency matters. Every player deserves to know that the same rules apply to all "
            "of them,” the release quoted the agency’s chief executive, Oluwaseun Bright, as "
            "saying.\n\n"
            "Not everyone agreed. The former world No. 3 Petra Lindahl-Novak said on her podcast, "
            "Second Serve, that the case showed the system was “broken for anyone who cannot afford "
            "a lab.” “Ioana had a lawyer and a lot of hope. The big names have laboratories,” she "
            "said on the episode, released on Friday."
        ),
        "quotes": [
            ("plausible in theory but unsupported by any evidence.", None, True, "P1"),
            (
                "I am innocent and I will keep fighting. Today the system decided it is easier to "
                "believe the worst,",
                "Ioana Dumitrescu-Vlad",
                False,
                "P2",
            ),
            (
                "Consistency matters. Every player deserves to know that the same rules apply to "
                "all of them,",
                "Oluwaseun Bright",
                False,
                "P3",
            ),
            ("broken for anyone who cannot afford a lab.", "Petra Lindahl-Novak", True, "P4"),
            (
                "Ioana had a lawyer and a lot of hope. The big names have laboratories,",
                "Petra Lindahl-Novak",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ioana Dumitrescu-Vlad", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Petra Lindahl-Novak", "Second Serve"),
        ],
        "people": ["Ioana Dumitrescu-Vlad", "Oluwaseun Bright", "Petra Lindahl-Novak"],
    },
    {
        "name": "transfer-release-agent-x-board-email-returned-to-platform",
        "text": (
            "Deportivo Almansa said in a press release late on Monday that it had sold the "
            "Uruguayan midfielder Facundo Larrañaga to the Premier League club Westbridge United "
            "for a fee that could rise to €55 million. It was the latest in a summer of so-called "
            "“mega-deals” for players barely out of their teens.\n\n"
            "Larrañaga’s agent, Giorgos Papadakis, was less restrained. “Done. Three years of work, "
            "three days of madness,” he posted on X shortly before midnight, alongside a photo of a "
            "signed contract with the figures blurred.\n\n"
            "The deal almost collapsed on Sunday, according to an email from Westbridge’s chief "
            "executive, Priya Ramanathan, to the club’s board that was seen by The Times. In it, "
            "she wrote that the Spanish club had “moved the goalposts twice in six hours” and that "
            "she was “prepared to walk away.”\n\n"
            "Larrañaga, 20, told reporters at Westbridge’s training ground on Tuesday that he had "
            "barely slept. “My mother cried, and my father asked about the weather in England. That "
            "is my family,” he said, smiling.\n\n"
            "Papadakis later returned to the platform to thank both clubs. “No deal is easy. This "
            "one was harder than most,” he wrote."
        ),
        "quotes": [
            ("Done. Three years of work, three days of madness,", "Giorgos Papadakis", False, "P2"),
            ("moved the goalposts twice in six hours", "Priya Ramanathan", True, "P3"),
            ("prepared to walk away.", "Priya Ramanathan", True, "P3"),
            (
                "My mother cried, and my father asked about the weather in England. That is my "
                "family,",
                "Facundo Larrañaga",
                False,
                None,
            ),
            ("No deal is easy. This one was harder than most,", "Giorgos Papadakis", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Giorgos Papadakis", "X"),
            ("P3", "Priya Ramanathan", None),
            ("P4", "Giorgos Papadakis", "X"),
        ],
        "people": ["Giorgos Papadakis", "Priya Ramanathan", "Facundo Larrañaga"],
    },
    {
        "name": "instagram-racist-abuse-club-statement-captain-radio",
        "text": (
            "The Brackley Rovers defender Ousmane Diakhaby said on Sunday that he had received more "
            "than 200 racist messages since his missed penalty knocked the club out of the FA Cup, "
            "and posted screenshots of some of them on Instagram.\n\n"
            "“I will not hide these any more. If you are shocked by them, good,” the 22-year-old "
            "wrote above the images, leaving the senders’ usernames visible.\n\n"
            "Rovers said in a statement that the messages had been passed to West Mercia Police. "
            "“Ousmane has the full support of everyone here, and we will seek stadium bans for "
            "anyone identified,” the club’s head of communications, Hannah Oyelowo, said in the "
            "statement.\n\n"
            "An official of the Football Association, speaking at a league meeting on Monday, "
            "called the abuse “vile and cowardly.”\n\n"
            "Diakhaby’s captain, Callum Fairweather, led the team out on Tuesday in a T-shirt that "
            "read “Enough.” “We stand with Ousi,” Fairweather told BBC Radio WM after the match. "
            "“Every one of us.”"
        ),
        "quotes": [
            (
                "I will not hide these any more. If you are shocked by them, good,",
                "Ousmane Diakhaby",
                False,
                "P1",
            ),
            (
                "Ousmane has the full support of everyone here, and we will seek stadium bans for "
                "anyone identified,",
                "Hannah Oyelowo",
                False,
                "P2",
            ),
            ("vile and cowardly.", None, True, None),
            ("We stand with Ousi,", "Callum Fairweather", False, "P3"),
            ("Every one of us.", "Callum Fairweather", False, "P3"),
        ],
        "posts": [
            ("P1", "Ousmane Diakhaby", "Instagram"),
            ("P2", None, None),
            ("P3", "Callum Fairweather", "BBC Radio WM"),
        ],
        "people": ["Ousmane Diakhaby", "Hannah Oyelowo", "Callum Fairweather"],
    },
    {
        "name": "substack-shoe-essay-two-paragraphs-federation-statement",
        "text": (
            "The retired British distance runner Joanne Pemberton-Hughes has accused World "
            "Athletics of “pretending the shoe war is over” in a long essay on her Substack "
            "newsletter, published on Sunday.\n\n"
            "“Every record set since 2017 carries an asterisk that nobody is allowed to print,” she "
            "wrote. “I know, because I ran in the first prototypes and I felt what they did to the "
            "sport I loved.\n\n"
            "“The sport needs a reset, and the people in charge of it will be the last to call for "
            "one.”\n\n"
            "World Athletics said in a statement on Monday that its shoe regulations were “among "
            "the strictest in any sport” and were reviewed every year.\n\n"
            "The Ethiopian world record holder Meseret Haile Gebru, asked about the essay at a "
            "pre-race news conference in Valencia, shrugged. “I run in what they give me. My legs "
            "do the rest,” she said through an interpreter."
        ),
        "quotes": [
            ("pretending the shoe war is over", "Joanne Pemberton-Hughes", True, "P1"),
            (
                "Every record set since 2017 carries an asterisk that nobody is allowed to print,",
                "Joanne Pemberton-Hughes",
                False,
                "P1",
            ),
            (
                "I know, because I ran in the first prototypes and I felt what they did to the "
                "sport I loved.",
                "Joanne Pemberton-Hughes",
                False,
                "P1",
            ),
            (
                "The sport needs a reset, and the people in charge of it will be the last to call "
                "for one.",
                "Joanne Pemberton-Hughes",
                False,
                "P1",
            ),
            ("among the strictest in any sport", None, True, "P2"),
            (
                "I run in what they give me. My legs do the rest,",
                "Meseret Haile Gebru",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Joanne Pemberton-Hughes", "Substack"),
            ("P2", None, None),
        ],
        "people": ["Joanne Pemberton-Hughes", "Meseret Haile Gebru"],
    },
    {
        "name": "players-open-letter-cbc-interview-captain-bluesky",
        "text": (
            "Twenty-three members of the Canadian women’s national football team signed an open "
            "letter on Wednesday accusing the national federation of breaking a promise on equal "
            "pay, and said they would not report for next month’s friendlies unless the dispute "
            "was settled.\n\n"
            "“We were told the money existed. It was found, apparently, for everything except us,” "
            "the letter said.\n\n"
            "The federation’s president, Martin Desrosiers, said in an interview with the Canadian "
            "Broadcasting Corporation on Wednesday night that the players had “seen numbers that "
            "were never final.” He added: “Nobody is walking away from this table.” The CBC said "
            "the federation had declined to release the figures.\n\n"
            "The team’s captain, Jocelyne Tremblay-Aziz, posted on Bluesky an hour after the "
            "interview aired: “Final or not, they were his numbers.”\n\n"
            "The dispute comes a year after several of the players appeared in “Equal Time,” a "
            "documentary about the women’s game in Canada."
        ),
        "quotes": [
            (
                "We were told the money existed. It was found, apparently, for everything except "
                "us,",
                None,
                False,
                "P1",
            ),
            ("seen numbers that were never final.", "Martin Desrosiers", True, "P2"),
            ("Nobody is walking away from this table.", "Martin Desrosiers", False, "P2"),
            ("Final or not, they were his numbers.", "Jocelyne Tremblay-Aziz", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Martin Desrosiers", "Canadian Broadcasting Corporation"),
            ("P3", "Jocelyne Tremblay-Aziz", "Bluesky"),
        ],
        "people": ["Martin Desrosiers", "Jocelyne Tremblay-Aziz"],
    },
    {
        "name": "tennis-teenager-reporters-le-monde-mother-facebook",
        "text": (
            "The French teenager Lucas Ferrand-Diallo beat the world No. 4 in straight sets on "
            "Tuesday to reach the third round of the Queen’s Club Championships, and told reporters "
            "afterwards that he had been “a little bit scared” for the first three games.\n\n"
            "“After that I stopped looking at him and started looking at the ball,” the "
            "18-year-old said. “It sounds simple. It is simple.”\n\n"
            "In an interview with Le Monde in April, Ferrand-Diallo had said he expected to need "
            "“two or three years” before he could beat players in the top 10. Reminded of that, he "
            "laughed. “I was wrong. Write that down,” he said.\n\n"
            "His mother, Aminata Diallo, a nurse in Lyon, shared the match highlights on Facebook "
            "with the words “My baby is a man now.” The post had been shared more than 30,000 times "
            "by Wednesday morning."
        ),
        "quotes": [
            ("a little bit scared", "Lucas Ferrand-Diallo", True, None),
            (
                "After that I stopped looking at him and started looking at the ball,",
                "Lucas Ferrand-Diallo",
                False,
                None,
            ),
            ("It sounds simple. It is simple.", "Lucas Ferrand-Diallo", False, None),
            ("two or three years", "Lucas Ferrand-Diallo", True, "P1"),
            ("I was wrong. Write that down,", "Lucas Ferrand-Diallo", False, None),
            ("My baby is a man now.", "Aminata Diallo", False, "P2"),
        ],
        "posts": [
            ("P1", "Lucas Ferrand-Diallo", "Le Monde"),
            ("P2", "Aminata Diallo", "Facebook"),
        ],
        "people": ["Lucas Ferrand-Diallo", "Aminata Diallo"],
    },
    {
        "name": "uefa-decision-chairman-radio-fan-group-facebook",
        "text": (
            "UEFA fined the Turkish club Karadenizspor €90,000 on Friday over flares and fireworks "
            "set off by its supporters during a Conference League match against Slavia Prague. In "
            "its written decision, the governing body’s disciplinary panel listed “the lighting of "
            "47 pyrotechnic devices” and “the throwing of objects” among the offences.\n\n"
            "The club’s chairman, Mehmet Ali Yıldırım, called the fine “absurd” in an interview "
            "with the radio station Radyo Spor. “We are punished because our fans are loud. In "
            "Europe, apparently, loud is a crime,” he said.\n\n"
            "The club’s largest supporters’ group, known as “Kuzey Kartalları,” or the Northern "
            "Eagles, said in a Facebook post on Saturday that it would pay part of the fine itself. "
            "“The flares were ours, so the bill is ours too,” the post said.\n\n"
            "At a news conference before Sunday’s league game, the coach, Bojan Radulović, asked "
            "the fans to “keep the noise and lose the fire.”"
        ),
        "quotes": [
            ("the lighting of 47 pyrotechnic devices", None, True, "P1"),
            ("the throwing of objects", None, True, "P1"),
            ("absurd", "Mehmet Ali Yıldırım", True, "P2"),
            (
                "We are punished because our fans are loud. In Europe, apparently, loud is a "
                "crime,",
                "Mehmet Ali Yıldırım",
                False,
                "P2",
            ),
            ("The flares were ours, so the bill is ours too,", None, False, "P3"),
            ("keep the noise and lose the fire.", "Bojan Radulović", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mehmet Ali Yıldırım", "Radyo Spor"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Mehmet Ali Yıldırım", "Bojan Radulović"],
    },
    {
        "name": "funding-memo-threads-self-reply-smh-op-ed-estimates-hearing",
        "text": (
            "Athletics Australia will cut funding for 14 of its 31 high-performance athletes from "
            "July, according to an internal memo from its chief executive, Rebecca Thornquist, "
            "that was seen by The Age.\n\n"
            "“We cannot fund everyone at the level they deserve, so we will fund fewer people at "
            "the level they need,” Thornquist wrote in the memo, dated May 2.\n\n"
            "Among those cut is the 400m hurdler Liam Ngata-Walker, a Commonwealth Games finalist. "
            "He posted the memo’s key paragraph on Threads on Monday without comment, then added in "
            "a reply beneath it: “Six years of 5am sessions. Cool.”\n\n"
            "Ngata-Walker, 25, later set out his objections in an op-ed for The Sydney Morning "
            "Herald, arguing that the cuts would fall hardest on athletes from regional towns. “The "
            "kids who get noticed in Sydney will still get noticed. The kid from Dubbo won’t,” he "
            "wrote in the Herald.\n\n"
            "Thornquist told a Senate estimates hearing on Wednesday that the decision had been "
            "“the hardest of my career.”"
        ),
        "quotes": [
            (
                "We cannot fund everyone at the level they deserve, so we will fund fewer people "
                "at the level they need,",
                "Rebecca Thornquist",
                False,
                "P1",
            ),
            ("Six years of 5am sessions. Cool.", "Liam Ngata-Walker", False, "P2"),
            (
                "The kids who get noticed in Sydney will still get noticed. The kid from Dubbo "
                "won’t,",
                "Liam Ngata-Walker",
                False,
                "P3",
            ),
            ("the hardest of my career.", "Rebecca Thornquist", True, None),
        ],
        "posts": [
            ("P1", "Rebecca Thornquist", None),
            ("P2", "Liam Ngata-Walker", "Threads"),
            ("P3", "Liam Ngata-Walker", "The Sydney Morning Herald"),
        ],
        "people": ["Rebecca Thornquist", "Liam Ngata-Walker"],
    },
    {
        "name": "goalkeeper-memoir-podcast-club-statement-reply-under-show-clip",
        "text": (
            "The retired Argentine goalkeeper Nahuel Bustamante, known as “el Muro” during his "
            "playing days, reveals in his new memoir, “Between the Posts,” that he played the last "
            "two seasons of his career with a torn shoulder ligament and hid the injury from his "
            "club’s doctors.\n\n"
            "Bustamante, 41, discussed the book this week on the Spanish-language podcast Fuera de "
            "Juego. “Every goalkeeper lies to the doctor. I just lied for longer,” he said on the "
            "show.\n\n"
            "His former club, Ferro del Sur, said in a statement on Wednesday that its medical "
            "staff had “followed every protocol in force at the time.”\n\n"
            "The show posted a clip of the interview on X, and among the replies was one from the "
            "club’s former doctor, Héctor Quiroga. “Nahuel, you never told us anything. That was "
            "always the problem,” Quiroga wrote."
        ),
        "quotes": [
            (
                "Every goalkeeper lies to the doctor. I just lied for longer,",
                "Nahuel Bustamante",
                False,
                "P1",
            ),
            ("followed every protocol in force at the time.", None, True, "P2"),
            (
                "Nahuel, you never told us anything. That was always the problem,",
                "Héctor Quiroga",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Nahuel Bustamante", "Fuera de Juego"),
            ("P2", None, None),
            ("P3", None, "X"),
        ],
        "people": ["Nahuel Bustamante", "Héctor Quiroga"],
    },
    {
        "name": "davis-cup-release-instagram-emoji-reply-espn-reporters",
        "text": (
            "Arjun Balasubramanian, India’s highest-ranked men’s singles player, has been left out "
            "of the Davis Cup team to face Denmark next month, the All India Tennis Association said "
            "in a press release on Tuesday that gave no reason for the decision.\n\n"
            "The 28-year-old learnt of his omission from that release, he said. “Not a call, not a "
            "message. I found out like everybody else,” he wrote on Instagram that evening, adding "
            "that he was “proud to have played for India 19 times.”\n\n"
            "His doubles partner, Sameer Qureshi, replied under the post with three broken-heart "
            "emojis.\n\n"
            "The captain, Vikram Raghunathan, told ESPN on Wednesday that he had tried to call the "
            "player twice. “I respect Arjun enormously. But a captain picks a team for one weekend, "
            "not for a career,” Raghunathan said in the interview.\n\n"
            "At a news conference in New Delhi, the association’s secretary-general, Kavita "
            "Menon-Shah, backed the captain. “Selection is the captain’s job. We stand by it,” she "
            "told reporters."
        ),
        "quotes": [
            (
                "Not a call, not a message. I found out like everybody else,",
                "Arjun Balasubramanian",
                False,
                "P2",
            ),
            ("proud to have played for India 19 times.", "Arjun Balasubramanian", True, "P2"),
            (
                "I respect Arjun enormously. But a captain picks a team for one weekend, not for a "
                "career,",
                "Vikram Raghunathan",
                False,
                "P3",
            ),
            (
                "Selection is the captain’s job. We stand by it,",
                "Kavita Menon-Shah",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Arjun Balasubramanian", "Instagram"),
            ("P3", "Vikram Raghunathan", "ESPN"),
        ],
        "people": ["Arjun Balasubramanian", "Vikram Raghunathan", "Kavita Menon-Shah"],
    },
    {
        "name": "var-row-news-conference-commission-statement-column-x-share",
        "text": (
            "The coach of Esporte Clube Tapajós, Osvaldo Queiroz, called the refereeing “a robbery "
            "in broad daylight” after Sunday’s 1-0 defeat by Vitória do Norte, in which a clear "
            "handball in the penalty area went unpunished.\n\n"
            "“Everyone in the stadium saw it. Everyone at home saw it. Four men in a room with "
            "twelve cameras did not,” Queiroz said at his post-match news conference.\n\n"
            "On Monday the refereeing commission of the Brazilian Football Confederation said in a "
            "statement that the video assistant referee, Rodrigo Caldeira Neves, had been stood "
            "down for two rounds. “The error was clear, and it will be addressed in training,” the "
            "statement quoted the commission’s head, Luciana Bragança, as saying.\n\n"
            "Writing in his column in O Globo on Tuesday, the former World Cup referee Márcio "
            "Albuquerque argued that the problem was not the technology but the people using it. "
            "“VAR was sold to us as a safety net. It has become a hammock,” he wrote.\n\n"
            "Queiroz shared the column on X with the comment “Finally, someone says it.”"
        ),
        "quotes": [
            ("a robbery in broad daylight", "Osvaldo Queiroz", True, None),
            (
                "Everyone in the stadium saw it. Everyone at home saw it. Four men in a room with "
                "twelve cameras did not,",
                "Osvaldo Queiroz",
                False,
                None,
            ),
            (
                "The error was clear, and it will be addressed in training,",
                "Luciana Bragança",
                False,
                "P1",
            ),
            (
                "VAR was sold to us as a safety net. It has become a hammock,",
                "Márcio Albuquerque",
                False,
                "P2",
            ),
            ("Finally, someone says it.", "Osvaldo Queiroz", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Márcio Albuquerque", "O Globo"),
            ("P3", "Osvaldo Queiroz", "X"),
        ],
        "people": ["Osvaldo Queiroz", "Luciana Bragança", "Márcio Albuquerque"],
    },
    {
        "name": "integrity-hearing-witness-coach-news-site-medium-essay",
        "text": (
            "A former physiotherapist at a high-altitude training camp in Ifrane, Morocco, told a "
            "disciplinary hearing of the Athletics Integrity Unit on Tuesday that she had seen "
            "athletes given unlabelled injections “at least once a week” during the 2022 season.\n\n"
            "The witness, Ingrid Solheim-Amari, a Norwegian who worked at the camp for eight "
            "months, said she had asked what the injections contained. “I was told it was vitamins. "
            "Nobody gives vitamins at two in the morning,” Solheim-Amari said.\n\n"
            "The camp’s head coach, Youssef El Amrani, who denies the charges, told the Moroccan "
            "news site Le360 last month that her evidence was “a story written for a documentary.” "
            "He was referring to “The Thin Air,” a Norwegian television film in which she first "
            "made her allegations.\n\n"
            "In an essay on Medium published the day before the hearing, El Amrani wrote that he "
            "had “never touched a syringe in 30 years of coaching.” He added: “My athletes are "
            "tested more than anyone in Africa. Look at the results, not at the rumours.”\n\n"
            "The hearing continues on Thursday."
        ),
        "quotes": [
            ("at least once a week", "Ingrid Solheim-Amari", True, None),
            (
                "I was told it was vitamins. Nobody gives vitamins at two in the morning,",
                "Ingrid Solheim-Amari",
                False,
                None,
            ),
            ("a story written for a documentary.", "Youssef El Amrani", True, "P1"),
            ("never touched a syringe in 30 years of coaching.", "Youssef El Amrani", True, "P2"),
            (
                "My athletes are tested more than anyone in Africa. Look at the results, not at "
                "the rumours.",
                "Youssef El Amrani",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Youssef El Amrani", "Le360"),
            ("P2", "Youssef El Amrani", "Medium"),
        ],
        "people": ["Ingrid Solheim-Amari", "Youssef El Amrani"],
    },
    {
        "name": "club-administration-release-owner-letter-tiktok-mayor",
        "text": (
            "Kingsmoor Town, the English League Two club founded by railway workers in 1899, "
            "entered administration on Wednesday, hours after its owner, the Thai businessman "
            "Anuwat Chaiyaporn, missed a deadline to pay £2.4 million in wages and tax.\n\n"
            "The administrators said in a press release that they were “confident of finding a "
            "buyer quickly.” The release quoted the joint administrator, Siobhan Farrelly, as "
            "saying: “The club has a loyal fan base and a ground that is worth more than its "
            "debts.”\n\n"
            "Chaiyaporn, who bought the club in 2019, apologised in a letter to supporters. “I am "
            "sorry. I loved this club as much as any of you, and I trusted people I should not have "
            "trusted.\n\n"
            "“I hope the next owner is luckier, or wiser, than I was,” he wrote.\n\n"
            "Hundreds of fans gathered outside the ground that evening and sang “The Railway Men,” "
            "the club’s anthem. “Sixty years I have been coming here, man and boy. They are not "
            "taking it,” a grey-haired man says into the camera in a TikTok video he posted from "
            "the car park. The man is Dele Ogunbanjo, the club’s record goalscorer, now 71.\n\n"
            "The mayor of Kingsmoor, Gwen Llewellyn-Price, told reporters that the council would "
            "consider buying the stadium. “It is part of this town’s history,” she said."
        ),
        "quotes": [
            ("confident of finding a buyer quickly.", None, True, "P1"),
            (
                "The club has a loyal fan base and a ground that is worth more than its debts.",
                "Siobhan Farrelly",
                False,
                "P1",
            ),
            (
                "I am sorry. I loved this club as much as any of you, and I trusted people I "
                "should not have trusted.",
                "Anuwat Chaiyaporn",
                False,
                "P2",
            ),
            (
                "I hope the next owner is luckier, or wiser, than I was,",
                "Anuwat Chaiyaporn",
                False,
                "P2",
            ),
            (
                "Sixty years I have been coming here, man and boy. They are not taking it,",
                "Dele Ogunbanjo",
                False,
                "P3",
            ),
            ("It is part of this town’s history,", "Gwen Llewellyn-Price", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Anuwat Chaiyaporn", None),
            ("P3", "Dele Ogunbanjo", "TikTok"),
        ],
        "people": [
            "Anuwat Chaiyaporn",
            "Siobhan Farrelly",
            "Dele Ogunbanjo",
            "Gwen Llewellyn-Price",
        ],
    },
]
