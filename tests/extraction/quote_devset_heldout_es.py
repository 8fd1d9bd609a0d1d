"""The one-hundred-and-forty-third self-made dev set, held out (ES): its first run is an unseen estimate.

Written with set ER, without reading the extraction rules, and committed before
any rule was run on it. Topic area: sport: athletes, clubs, leagues, coaches and
fans. Same format and conventions as the earlier self-made sets (not a public
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
- Post ids follow the order in which the text first reports each post; a post
  reported without quoted words (a deleted X post, a club's email, a petition, a
  radio interview only described, a press release only mentioned) is still
  listed in posts.
- Another outlet's news report that quotes nobody (the Lisbury Evening Post's
  transfer story) is not a post.
- A handwritten letter shared on Instagram is the writer's Instagram post, and
  "the letter began" ties its words to it.
- A split quote (“We are not going to rush this,” he said, “but ...”) is two
  quotes, neither partial, even when the second half starts in lower case.
- A statement read aloud to reporters outside a training ground is not a post,
  like "told reporters".
- Explaining a call to a pool reporter from a named newspaper (the Redstone
  Ledger) is an interview with that newspaper.
- A statement "released through her lawyer" is the athlete's post with no
  platform; a letter or email by a named person (a chairwoman's email to
  members, a principal's email to staff, a former player's letter to the board)
  is that person's post with no platform.
- An arbitration panel's written ruling has author None; the panel speaks as
  None, and the words its chair "wrote" belong to the ruling with the chair as
  speaker.
- A comment under a TikTok video by an unnamed user speaks as None and belongs
  to the video; a whole comment given after "one of them reading" is not
  partial.
- An open letter signed by supporters and published on a named fan site has
  author None and the site as platform.
- An episode of a podcaster's own show is his post with the show as platform; a
  supporters' group's Facebook post, a league's X post and a union's Bluesky
  post have author None.
- A petition started by a named fan is his post with no platform.
- Nicknames inside a name (Dominik “Iron Dom” Vukasović, Bernard “Bunny”
  Ashworth) are neither quotes nor part of the canonical name; a nickname in
  narration (“the Lumberjack”) and a scare quote (“caddie curse”) are not
  quotes.
- A quote over two paragraphs right after "explained the decision on the
  television programme Cricket Tonight" belongs to that show; a later quote "in
  the same interview" belongs to the interview.
- "Told the crowd from the town hall balcony", "said on stage", "told
  councillors" at a hearing, "said in the locker room", "after training" and
  "told reporters at the venue" are not posts.
- Description speakers (the forward, the veteran, the general manager, the Scot,
  the New Zealander, the 31-year-old, the coach) resolve to the person already
  named.
- People lists named people who are never quoted (Owain Rhys-Pritchard, Ornella
  Sasso, Lorraine Featherstonehaugh, Jalen Moorcroft, Viktor Malinowski-Grey);
  Dr., Judge and Mayor are not part of a name, and a bare surname shared by
  siblings or spouses (Aalders, Wieliczko) refers to the one already named when
  it is used.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_ES: list[dict] = [
    {
        "name": "x-striker-transfer-denial-club-statement",
        "text": (
            "Rafael Quintero-Albán, the 24-year-old striker who scored 19 goals for "
            "Harrowgate Athletic last season, denied on X on Wednesday that he had "
            "asked to leave the club. “I have never handed in a transfer request and I "
            "never will while this shirt means something,” the forward wrote.\n\nHours "
            "earlier, the Lisbury Evening Post had reported that he wanted a move "
            "abroad before the window closes on Aug. 31.\n\nHarrowgate issued a "
            "statement of its own that evening. “Rafael is under contract until 2028 "
            "and is not for sale,” the club said. It added that any offer would be "
            "“politely declined.”\n\nAt his pre-match news conference on Thursday, "
            "manager Owen Thirkettle was asked whether the player’s agent had been in "
            "touch. “Agents talk to everybody, that’s their job,” he said. “What "
            "matters to me is that he trained brilliantly this morning.”\n\nThe "
            "supporters’ group Harrowgate Till I Die said on Facebook that it was "
            "“relieved but not surprised,” and urged the club to open talks on a new "
            "deal."
        ),
        "quotes": [
            (
                (
                    "I have never handed in a transfer request and I never will while this "
                    "shirt means something,"
                ),
                "Rafael Quintero-Albán",
                False,
                "P1",
            ),
            ("Rafael is under contract until 2028 and is not for sale,", None, False, "P2"),
            ("politely declined.", None, True, "P2"),
            ("Agents talk to everybody, that’s their job,", "Owen Thirkettle", False, None),
            (
                "What matters to me is that he trained brilliantly this morning.",
                "Owen Thirkettle",
                False,
                None,
            ),
            ("relieved but not surprised,", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Rafael Quintero-Albán", "X"),
            ("P2", None, None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Rafael Quintero-Albán", "Owen Thirkettle"],
    },
    {
        "name": "marathon-record-instagram-caption-comment",
        "text": (
            "Keziah Mwangolo broke the women’s course record at the Danforth Marathon "
            "on Sunday, finishing in 2 hours 19 minutes 4 seconds despite a headwind "
            "along the lakefront.\n\n“The last five kilometres were pure "
            "stubbornness,” she told reporters at the finish line, still wrapped in a "
            "foil blanket. “My legs said stop, my head said no.”\n\nHer coach, Pieter "
            "Vandersloot, was more measured. Speaking to the running magazine Stride "
            "Weekly, he called the time “a good day, not a great one” and said she was "
            "capable of two minutes faster.\n\nMwangolo later posted a photo of her "
            "medal on Instagram with the caption “For Mama, who walked these roads "
            "before they were a race.” Among the comments under it was one from the "
            "Olympic champion Ayelet Brenner-Sachs: “Told you this was your year.”\n\n"
            "The race director, Colm Fennessy, said in a statement that the organisers "
            "would pay the record bonus of $25,000 “in full and on time,” a nod to "
            "complaints about late payments last year."
        ),
        "quotes": [
            ("The last five kilometres were pure stubbornness,", "Keziah Mwangolo", False, None),
            ("My legs said stop, my head said no.", "Keziah Mwangolo", False, None),
            ("a good day, not a great one", "Pieter Vandersloot", True, "P1"),
            (
                "For Mama, who walked these roads before they were a race.",
                "Keziah Mwangolo",
                False,
                "P2",
            ),
            ("Told you this was your year.", "Ayelet Brenner-Sachs", False, "P2"),
            ("in full and on time,", "Colm Fennessy", True, "P3"),
        ],
        "posts": [
            ("P1", "Pieter Vandersloot", "Stride Weekly"),
            ("P2", "Keziah Mwangolo", "Instagram"),
            ("P3", "Colm Fennessy", None),
        ],
        "people": [
            "Keziah Mwangolo",
            "Pieter Vandersloot",
            "Ayelet Brenner-Sachs",
            "Colm Fennessy",
        ],
    },
    {
        "name": "tennis-retirement-letter-podcast-nickname",
        "text": (
            "Tomasz Wieliczko, the left-hander fans called “the Lumberjack” for his "
            "serve, announced his retirement from professional tennis on Friday in a "
            "handwritten letter he shared on Instagram.\n\n“Twenty-two years, four "
            "knees and one very patient wife later, it is time,” the letter began. “I "
            "leave the court grateful, not bitter.”\n\nThe 37-year-old reached two "
            "major semifinals but never won one, a fact he addressed on the podcast "
            "Second Serve last month. “People ask if it haunts me. Honestly, only on "
            "Sundays,” he said.\n\nHis longtime rival, Matías Ocampo-Ferrer, paid "
            "tribute at a news conference in Valderra, where he is playing this week. "
            "“He made me a better player by making me suffer,” Ocampo-Ferrer said, "
            "laughing.\n\nThe Men’s Professional Tennis Circuit said in a press "
            "release that it would honour Wieliczko at its finals in November. His "
            "wife, Halina Wieliczko, wrote on Facebook that the family was “ready to "
            "have him home for dinner.”"
        ),
        "quotes": [
            (
                "Twenty-two years, four knees and one very patient wife later, it is time,",
                "Tomasz Wieliczko",
                False,
                "P1",
            ),
            ("I leave the court grateful, not bitter.", "Tomasz Wieliczko", False, "P1"),
            (
                "People ask if it haunts me. Honestly, only on Sundays,",
                "Tomasz Wieliczko",
                False,
                "P2",
            ),
            (
                "He made me a better player by making me suffer,",
                "Matías Ocampo-Ferrer",
                False,
                None,
            ),
            ("ready to have him home for dinner.", "Halina Wieliczko", True, "P4"),
        ],
        "posts": [
            ("P1", "Tomasz Wieliczko", "Instagram"),
            ("P2", "Tomasz Wieliczko", "Second Serve"),
            ("P3", None, "press release"),
            ("P4", "Halina Wieliczko", "Facebook"),
        ],
        "people": ["Tomasz Wieliczko", "Matías Ocampo-Ferrer", "Halina Wieliczko"],
    },
    {
        "name": "basketball-coach-fired-release-split-quote",
        "text": (
            "The Corran Bay Herons fired head coach Delphine Achterberg on Monday, two "
            "days after a 31-point loss dropped the team to 9-24, the worst record in "
            "the Coastal Basketball League.\n\n“We thank Delphine for her commitment, "
            "but we need a new direction,” general manager Bastian Oyelaran said in "
            "the team’s press release.\n\nAchterberg did not hide her frustration. In "
            "an interview with the Corran Bay Chronicle, she said she had been "
            "promised “two seasons to build, not one to survive.” She added: “I was "
            "handed a rebuild and judged like a contender.”\n\nThe team’s star guard, "
            "Jalen Moorcroft, posted a broken-heart emoji on X without comment. Hours "
            "later he deleted it.\n\nAt a news conference on Tuesday, Oyelaran said "
            "the search would start immediately. “We are not going to rush this,” he "
            "said, “but we are also not going to waste a summer.” Asked whether "
            "Moorcroft had requested a trade, the general manager said only that the "
            "two had spoken and that the conversation had been “honest.”"
        ),
        "quotes": [
            (
                "We thank Delphine for her commitment, but we need a new direction,",
                "Bastian Oyelaran",
                False,
                "P1",
            ),
            ("two seasons to build, not one to survive.", "Delphine Achterberg", True, "P2"),
            (
                "I was handed a rebuild and judged like a contender.",
                "Delphine Achterberg",
                False,
                "P2",
            ),
            ("We are not going to rush this,", "Bastian Oyelaran", False, None),
            ("but we are also not going to waste a summer.", "Bastian Oyelaran", False, None),
            ("honest.", "Bastian Oyelaran", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Delphine Achterberg", "Corran Bay Chronicle"),
            ("P3", "Jalen Moorcroft", "X"),
        ],
        "people": ["Delphine Achterberg", "Bastian Oyelaran", "Jalen Moorcroft"],
    },
    {
        "name": "cricket-captain-tv-two-paragraphs-column",
        "text": (
            "Imran Sethurajan stepped down as captain of the Eastmoor cricket side on "
            "Thursday, saying the role had hurt his batting. He explained the decision "
            "on the television programme Cricket Tonight.\n\n“I was thinking about "
            "field placings when I should have been thinking about the next ball. My "
            "average fell by fifteen runs and I could not pretend that was a "
            "coincidence.\n\n“The team deserves a captain with a clear head, and I "
            "deserve to enjoy batting again,” he said.\n\nHis deputy, Owain "
            "Rhys-Pritchard, is expected to take over. The club’s chairwoman, Beatrix "
            "Hallorann, said in an email to members that the committee would confirm "
            "the appointment next week, and praised Sethurajan’s “quiet, stubborn "
            "leadership.”\n\nNot everyone was convinced. A former Eastmoor opener, "
            "Declan Moffatt, wrote in a column for the Weald Gazette that the "
            "captaincy had been “a convenient scapegoat for a technical problem.” "
            "Asked about the column after practice, Sethurajan told reporters: “Declan "
            "is entitled to his view. I’ll answer with runs.”"
        ),
        "quotes": [
            (
                (
                    "I was thinking about field placings when I should have been thinking "
                    "about the next ball. My average fell by fifteen runs and I could not "
                    "pretend that was a coincidence."
                ),
                "Imran Sethurajan",
                False,
                "P1",
            ),
            (
                (
                    "The team deserves a captain with a clear head, and I deserve to enjoy "
                    "batting again,"
                ),
                "Imran Sethurajan",
                False,
                "P1",
            ),
            ("quiet, stubborn leadership.", "Beatrix Hallorann", True, "P2"),
            ("a convenient scapegoat for a technical problem.", "Declan Moffatt", True, "P3"),
            (
                "Declan is entitled to his view. I’ll answer with runs.",
                "Imran Sethurajan",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Imran Sethurajan", "Cricket Tonight"),
            ("P2", "Beatrix Hallorann", None),
            ("P3", "Declan Moffatt", "Weald Gazette"),
        ],
        "people": [
            "Imran Sethurajan",
            "Owain Rhys-Pritchard",
            "Beatrix Hallorann",
            "Declan Moffatt",
        ],
    },
    {
        "name": "football-bottle-ban-statement-reddit-radio",
        "text": (
            "Eldham Rovers banned a season-ticket holder for three years on Saturday "
            "after he threw a bottle at the visiting goalkeeper during a 2-2 draw with "
            "Castlemere.\n\n“Behaviour like this has no place at the Ashgrove "
            "Stadium,” the club said in a statement, adding that it was working with "
            "police.\n\nThe goalkeeper, Nnamdi Okafor-Reyes, was not hurt. He posted "
            "on Instagram after the match: “I’m fine. Thanks to the stewards who moved "
            "fast. Let’s talk about the football now.”\n\nCastlemere’s manager, "
            "Ludovica Sarti, was less forgiving when she spoke to reporters in the "
            "tunnel. “If that bottle had hit him in the eye, we would be talking about "
            "a career,” she said.\n\nOn the Eldham supporters’ Reddit forum, a thread "
            "started by an anonymous user called the ban “the bare minimum.” A reply "
            "under it argued that the club had ignored earlier warnings about the same "
            "section of the stand. Rovers’ chief executive, Gareth Pennock, said on "
            "the local radio station Eldham Sound on Monday that the club would review "
            "stewarding in that area."
        ),
        "quotes": [
            ("Behaviour like this has no place at the Ashgrove Stadium,", None, False, "P1"),
            (
                (
                    "I’m fine. Thanks to the stewards who moved fast. Let’s talk about the "
                    "football now."
                ),
                "Nnamdi Okafor-Reyes",
                False,
                "P2",
            ),
            (
                "If that bottle had hit him in the eye, we would be talking about a career,",
                "Ludovica Sarti",
                False,
                None,
            ),
            ("the bare minimum.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nnamdi Okafor-Reyes", "Instagram"),
            ("P3", None, "Reddit"),
            ("P4", "Gareth Pennock", "Eldham Sound"),
        ],
        "people": ["Nnamdi Okafor-Reyes", "Ludovica Sarti", "Gareth Pennock"],
    },
    {
        "name": "cycling-doping-lawyer-statement-tiktok-comment",
        "text": (
            "The cycling team Veloria-Kestrel suspended its sprinter Anouk Verschaeren "
            "on Wednesday after the sport’s anti-doping agency reported an adverse "
            "finding in a sample taken at the Tour of Brennland in May.\n\nVerschaeren "
            "denied wrongdoing. “I have never taken anything I was not allowed to "
            "take, and I will prove it,” she said in a statement released through her "
            "lawyer, Osric Lemaire-Dufour.\n\nLemaire-Dufour told the Brennland daily "
            "Het Oostblad that the concentration found was “so small it could come "
            "from a contaminated supplement.” He said the B sample would be tested "
            "within three weeks.\n\nThe team’s manager, Joost Hendrikx-Baan, was "
            "blunter at a hastily arranged news conference. “We have a zero-tolerance "
            "policy. It applies to everyone, including our best rider,” he said.\n\n"
            "Her teammate Saoirse Kinnane posted a TikTok video from a training camp "
            "in which she said she was “standing with Anouk until there is a reason "
            "not to.” Hundreds of comments appeared under the video within an hour, "
            "one of them reading “Finally someone says it.”"
        ),
        "quotes": [
            (
                ("I have never taken anything I was not allowed to take, and I will prove it,"),
                "Anouk Verschaeren",
                False,
                "P1",
            ),
            (
                "so small it could come from a contaminated supplement.",
                "Osric Lemaire-Dufour",
                True,
                "P2",
            ),
            (
                (
                    "We have a zero-tolerance policy. It applies to everyone, including our "
                    "best rider,"
                ),
                "Joost Hendrikx-Baan",
                False,
                None,
            ),
            ("standing with Anouk until there is a reason not to.", "Saoirse Kinnane", True, "P3"),
            ("Finally someone says it.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Anouk Verschaeren", None),
            ("P2", "Osric Lemaire-Dufour", "Het Oostblad"),
            ("P3", "Saoirse Kinnane", "TikTok"),
        ],
        "people": [
            "Anouk Verschaeren",
            "Osric Lemaire-Dufour",
            "Joost Hendrikx-Baan",
            "Saoirse Kinnane",
        ],
    },
    {
        "name": "hockey-goalie-400-wins-league-x-reply",
        "text": (
            "Goaltender Mikael Strandqvist recorded his 400th career win on Saturday "
            "night as the Fenwick Lynx beat the Port Ardent Mariners 3-1, becoming "
            "only the sixth goalie in league history to reach the mark.\n\nThe "
            "38-year-old was mobbed by teammates at the final horn. “Honestly, I "
            "didn’t know it was 400 until they showed it on the scoreboard,” the "
            "veteran told reporters afterward. “I thought it was next week.”\n\nHis "
            "coach, Renata Obuya, said the milestone said as much about his patience "
            "as his reflexes. “He has played behind some bad teams and never once "
            "blamed a defenceman in public,” she said.\n\nThe league congratulated him "
            "in a post on X, calling him “a model of longevity.” His former teammate "
            "Callum Ridgewell replied under the post: “Still owes me dinner from "
            "2014.”\n\nThe Lynx said in a press release that the game puck would be "
            "sent to the Hall of Hockey in Marlowe. The team’s longtime equipment "
            "manager, Dougal Fairweather, said in the locker room that Strandqvist was "
            "“the most superstitious man I have ever met.”"
        ),
        "quotes": [
            (
                "Honestly, I didn’t know it was 400 until they showed it on the scoreboard,",
                "Mikael Strandqvist",
                False,
                None,
            ),
            ("I thought it was next week.", "Mikael Strandqvist", False, None),
            (
                (
                    "He has played behind some bad teams and never once blamed a defenceman in "
                    "public,"
                ),
                "Renata Obuya",
                False,
                None,
            ),
            ("a model of longevity.", None, True, "P1"),
            ("Still owes me dinner from 2014.", "Callum Ridgewell", False, "P1"),
            ("the most superstitious man I have ever met.", "Dougal Fairweather", True, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "press release"),
        ],
        "people": ["Mikael Strandqvist", "Renata Obuya", "Callum Ridgewell", "Dougal Fairweather"],
    },
    {
        "name": "rugby-ground-move-hearing-open-letter-fansite",
        "text": (
            "Plans by the rugby club Harlow Vale to leave its 110-year-old ground for "
            "a new stadium on the edge of town drew a crowd of 300 to a council "
            "hearing on Tuesday.\n\n“This is not a ground, it’s a parish,” the former "
            "captain Tobias Anketell-Moore told councillors. “You don’t move a parish "
            "to a retail park.”\n\nThe club’s owner, Sunita Varadkar, defended the "
            "plan. She told the Vale Courier before the hearing that the current "
            "stands were “one bad winter away from condemned,” and that staying would "
            "cost £18 million in repairs.\n\nAn open letter signed by more than 2,000 "
            "supporters and published on the fan site Vale Forever urged the council "
            "to reject the application. “Sell the land and you sell the club’s "
            "memory,” it said.\n\nThe club’s head coach, Emeka Ashdown, has kept out "
            "of the row. Asked about it after training on Wednesday, he smiled. “My "
            "job is the scrum, not the planning committee,” said the New Zealander, "
            "who joined in 2022. The council is expected to decide in March."
        ),
        "quotes": [
            ("This is not a ground, it’s a parish,", "Tobias Anketell-Moore", False, None),
            ("You don’t move a parish to a retail park.", "Tobias Anketell-Moore", False, None),
            ("one bad winter away from condemned,", "Sunita Varadkar", True, "P1"),
            ("Sell the land and you sell the club’s memory,", None, False, "P2"),
            ("My job is the scrum, not the planning committee,", "Emeka Ashdown", False, None),
        ],
        "posts": [
            ("P1", "Sunita Varadkar", "Vale Courier"),
            ("P2", None, "Vale Forever"),
        ],
        "people": ["Tobias Anketell-Moore", "Sunita Varadkar", "Emeka Ashdown"],
    },
    {
        "name": "swimming-comeback-youtube-website-caption",
        "text": (
            "Two years after saying she was done with competitive swimming, the double "
            "Olympic medallist Ingrid Solbakken-Thorne announced her comeback on "
            "Monday in a video posted to her YouTube channel.\n\n“I missed the "
            "chlorine, I missed the pain, and I really missed winning,” she said in "
            "the video, filmed at a pool in Aldermoor.\n\nHer former coach, Lachlan "
            "Beresford, learned about it like everybody else. “She didn’t call me, and "
            "I’m not offended,” he told the swimming website Lane Four. “I’d have told "
            "her it was a crazy idea, and she knew that.”\n\nThe national federation "
            "said in a press release that she would have to race at the trials in June "
            "like any other swimmer. Its performance director, Marguerite "
            "Osei-Lindahl, told reporters at a separate event that there would be “no "
            "shortcuts for anybody, however famous.”\n\nHer younger brother, Anders "
            "Solbakken, a breaststroker on the national team, posted a picture of the "
            "pair at the pool on Instagram with the caption “Round two.”"
        ),
        "quotes": [
            (
                "I missed the chlorine, I missed the pain, and I really missed winning,",
                "Ingrid Solbakken-Thorne",
                False,
                "P1",
            ),
            ("She didn’t call me, and I’m not offended,", "Lachlan Beresford", False, "P2"),
            (
                "I’d have told her it was a crazy idea, and she knew that.",
                "Lachlan Beresford",
                False,
                "P2",
            ),
            ("no shortcuts for anybody, however famous.", "Marguerite Osei-Lindahl", True, None),
            ("Round two.", "Anders Solbakken", False, "P4"),
        ],
        "posts": [
            ("P1", "Ingrid Solbakken-Thorne", "YouTube"),
            ("P2", "Lachlan Beresford", "Lane Four"),
            ("P3", None, "press release"),
            ("P4", "Anders Solbakken", "Instagram"),
        ],
        "people": [
            "Ingrid Solbakken-Thorne",
            "Lachlan Beresford",
            "Marguerite Osei-Lindahl",
            "Anders Solbakken",
        ],
    },
    {
        "name": "baseball-ejection-pool-reporter-x-share",
        "text": (
            "Harbor City Gulls manager Teodoro Villanueva was ejected in the fourth "
            "inning of Sunday’s 6-5 loss to the Redstone Miners after a long argument "
            "over a check-swing call.\n\n“I asked him a question and he gave me the "
            "thumb. That’s not umpiring, that’s ego,” Villanueva told reporters after "
            "the game.\n\nThe crew chief, Raymond Esterhuizen, explained the call to a "
            "pool reporter from the Redstone Ledger. “The bat crossed the front of the "
            "plate. It’s a strike every time,” he said.\n\nGulls shortstop Kenji "
            "Arakawa-Lund, who had taken the pitch, posted a slow-motion clip on X "
            "with the words “You be the judge.” Villanueva shared the clip on his own "
            "X account, adding: “I rest my case.”\n\nThe league office said in a "
            "statement on Monday that it was reviewing the exchange and that managers "
            "were expected to “disagree without theatre.” Villanueva could face a "
            "fine. Asked about that possibility before Monday’s game, he shrugged. "
            "“They can have my money,” he said. “They can’t have my opinion.”"
        ),
        "quotes": [
            (
                (
                    "I asked him a question and he gave me the thumb. That’s not umpiring, "
                    "that’s ego,"
                ),
                "Teodoro Villanueva",
                False,
                None,
            ),
            (
                "The bat crossed the front of the plate. It’s a strike every time,",
                "Raymond Esterhuizen",
                False,
                "P1",
            ),
            ("You be the judge.", "Kenji Arakawa-Lund", False, "P2"),
            ("I rest my case.", "Teodoro Villanueva", False, "P3"),
            ("disagree without theatre.", None, True, "P4"),
            ("They can have my money,", "Teodoro Villanueva", False, None),
            ("They can’t have my opinion.", "Teodoro Villanueva", False, None),
        ],
        "posts": [
            ("P1", "Raymond Esterhuizen", "Redstone Ledger"),
            ("P2", "Kenji Arakawa-Lund", "X"),
            ("P3", "Teodoro Villanueva", "X"),
            ("P4", None, None),
        ],
        "people": ["Teodoro Villanueva", "Raymond Esterhuizen", "Kenji Arakawa-Lund"],
    },
    {
        "name": "womens-football-bonus-walkout-union-bluesky",
        "text": (
            "Players at Northfield Women’s Football Club refused to train on Thursday "
            "in a dispute over unpaid match bonuses, their second walkout in a month.\n"
            "\nThe captain, Adaeze Kilbride, read a short statement to reporters "
            "outside the training ground. “We love this club. We are not asking for a "
            "favour, we are asking for what we are owed,” she said.\n\nThe "
            "Professional Footballers’ Union backed the players in a post on Bluesky, "
            "saying the club had “broken its word twice.”\n\nNorthfield’s chairman, "
            "Lionel Ashcombe-Reid, told the regional broadcaster Channel North that "
            "the bonuses would be paid by the end of the month. “Cash flow is tight "
            "for every club at this level,” he said. “That is an explanation, not an "
            "excuse.”\n\nMarit Holmgaard replied under the union’s post: “Thank you. "
            "We see you.” The league’s top scorer has not played since the first "
            "walkout.\n\nThe club’s biggest sponsor, the kit maker Pallister Sports, "
            "said in a press release that it was “monitoring the situation closely.” A "
            "fixture against Ellery Town on Sunday is still scheduled."
        ),
        "quotes": [
            (
                (
                    "We love this club. We are not asking for a favour, we are asking for what "
                    "we are owed,"
                ),
                "Adaeze Kilbride",
                False,
                None,
            ),
            ("broken its word twice.", None, True, "P1"),
            (
                "Cash flow is tight for every club at this level,",
                "Lionel Ashcombe-Reid",
                False,
                "P2",
            ),
            ("That is an explanation, not an excuse.", "Lionel Ashcombe-Reid", False, "P2"),
            ("Thank you. We see you.", "Marit Holmgaard", False, "P1"),
            ("monitoring the situation closely.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, "Bluesky"),
            ("P2", "Lionel Ashcombe-Reid", "Channel North"),
            ("P3", None, "press release"),
        ],
        "people": ["Adaeze Kilbride", "Lionel Ashcombe-Reid", "Marit Holmgaard"],
    },
    {
        "name": "boxing-weigh-in-shove-nickname-podcast",
        "text": (
            "The heavyweight Dominik “Iron Dom” Vukasović was fined $50,000 on Friday "
            "after shoving his opponent at the weigh-in for their title fight in Sable "
            "Ridge.\n\nHis opponent, Marcus Delacroix-Ibe, laughed it off on "
            "Instagram. “He pushed me on the scale. Tomorrow he can try it in the "
            "ring,” he wrote under a video of the incident.\n\nThe state athletic "
            "commission said in a statement that the fine would be deducted from "
            "Vukasović’s purse and that further misconduct would lead to “immediate "
            "suspension.”\n\nThe promoter, Cassius Haldane, said the fight would go "
            "ahead. “These two don’t like each other, and that’s been obvious for a "
            "year,” Haldane told reporters at the arena. “Nobody got hurt. We move "
            "on.”\n\nVukasović, speaking to the boxing podcast The Ninth Round, was "
            "unrepentant. “He put his hand in my face first. I’m not a statue,” the "
            "31-year-old said.\n\nTickets for Saturday’s bout sold out within an hour "
            "of the weigh-in, according to a press release from the arena operator, "
            "Corvane Entertainment."
        ),
        "quotes": [
            (
                "He pushed me on the scale. Tomorrow he can try it in the ring,",
                "Marcus Delacroix-Ibe",
                False,
                "P1",
            ),
            ("immediate suspension.", None, True, "P2"),
            (
                "These two don’t like each other, and that’s been obvious for a year,",
                "Cassius Haldane",
                False,
                None,
            ),
            ("Nobody got hurt. We move on.", "Cassius Haldane", False, None),
            (
                "He put his hand in my face first. I’m not a statue,",
                "Dominik Vukasović",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marcus Delacroix-Ibe", "Instagram"),
            ("P2", None, None),
            ("P3", "Dominik Vukasović", "The Ninth Round"),
            ("P4", None, "press release"),
        ],
        "people": ["Dominik Vukasović", "Marcus Delacroix-Ibe", "Cassius Haldane"],
    },
    {
        "name": "golf-caddie-split-instagram-scare-quote",
        "text": (
            "Two weeks before the Greystone Open, the world No. 3 golfer Beatrice "
            "Aalders has parted ways with her caddie of nine years, Fergus "
            "McIlwraith.\n\nAalders announced the split on Instagram on Tuesday. "
            "“Fergus has carried my bag and my bad moods for almost a decade. We both "
            "felt it was time for something new,” she wrote.\n\nMcIlwraith told the "
            "golf weekly Sunday Links that the decision had been mutual but admitted "
            "it stung. “You don’t walk 10,000 holes with someone and feel nothing at "
            "the end,” said the Scot, who is 58.\n\nA string of weak final rounds had "
            "fuelled talk among fans of a “caddie curse,” which Aalders dismissed at a "
            "press event in Greystone on Wednesday. “The bag was never the problem. I "
            "was,” she said. She has not won since March.\n\nHer new caddie will be "
            "her brother, Joris Aalders, a former college golfer who has never worked "
            "a professional event. He said in a short statement that he was “terrified "
            "and thrilled in equal measure.”"
        ),
        "quotes": [
            (
                (
                    "Fergus has carried my bag and my bad moods for almost a decade. We both "
                    "felt it was time for something new,"
                ),
                "Beatrice Aalders",
                False,
                "P1",
            ),
            (
                "You don’t walk 10,000 holes with someone and feel nothing at the end,",
                "Fergus McIlwraith",
                False,
                "P2",
            ),
            ("The bag was never the problem. I was,", "Beatrice Aalders", False, None),
            ("terrified and thrilled in equal measure.", "Joris Aalders", True, "P3"),
        ],
        "posts": [
            ("P1", "Beatrice Aalders", "Instagram"),
            ("P2", "Fergus McIlwraith", "Sunday Links"),
            ("P3", "Joris Aalders", None),
        ],
        "people": ["Beatrice Aalders", "Fergus McIlwraith", "Joris Aalders"],
    },
    {
        "name": "athletics-coach-ban-ruling-facebook-post",
        "text": (
            "An arbitration panel on Thursday upheld a four-year ban on the sprint "
            "coach Viktor Malinowski-Grey for supplying banned substances to athletes "
            "in his training group in Carrick.\n\nIn its written ruling, the panel "
            "said Malinowski-Grey had shown “a deliberate and sustained disregard” for "
            "the rules. The panel’s chair, Judge Helena Ostrander, wrote that his "
            "evidence had been “inconsistent at best.”\n\nHis lawyer, Priya "
            "Venkataraman, said outside the hearing room that her client would appeal "
            "to the Court of Sport. “The panel has punished a coach for the choices of "
            "adult athletes,” she said.\n\nOne of those athletes, the 400-metre runner "
            "Deshawn Okonkwo-Bell, who served a two-year ban himself, wrote a long "
            "post on Facebook after the ruling. “I made my own mistakes and paid for "
            "them,” he wrote. “But I was 19, and he was the adult in the room.”\n\nThe "
            "national athletics federation said in a press release that it welcomed "
            "the decision and would review safeguarding at every accredited club."
        ),
        "quotes": [
            ("a deliberate and sustained disregard", None, True, "P1"),
            ("inconsistent at best.", "Helena Ostrander", True, "P1"),
            (
                "The panel has punished a coach for the choices of adult athletes,",
                "Priya Venkataraman",
                False,
                None,
            ),
            ("I made my own mistakes and paid for them,", "Deshawn Okonkwo-Bell", False, "P2"),
            (
                "But I was 19, and he was the adult in the room.",
                "Deshawn Okonkwo-Bell",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Deshawn Okonkwo-Bell", "Facebook"),
            ("P3", None, "press release"),
        ],
        "people": [
            "Viktor Malinowski-Grey",
            "Helena Ostrander",
            "Priya Venkataraman",
            "Deshawn Okonkwo-Bell",
        ],
    },
    {
        "name": "volleyball-promotion-mayor-balcony-threads",
        "text": (
            "Hundreds of fans packed the main square of Torrevalle on Sunday to "
            "welcome home the women’s volleyball club Pallavolo Torrevalle, promoted "
            "to the top division for the first time in its 41-year history.\n\n“This "
            "city has waited four decades for a night like this,” Mayor Giacomo "
            "Ferrante-Lucci told the crowd from the town hall balcony. “Tonight nobody "
            "goes to bed early.”\n\nThe club’s setter and captain, Chiara Benvenuti, "
            "dedicated the promotion to the team’s former coach, Ornella Sasso, who "
            "died in January. “Every point this season had her name on it,” Benvenuti "
            "said on stage, her voice breaking.\n\nThe club’s president, Aurelio "
            "Mancinelli, had struck a cautious note earlier in the day. In an "
            "interview with the sports daily Il Tifoso Nord, he said the budget would "
            "have to triple for the club to survive at the higher level. “Promotion is "
            "a party. Staying up is a business,” he said.\n\nBenvenuti later posted a "
            "photo of the trophy on Threads. “Ornella, we did it,” she wrote."
        ),
        "quotes": [
            (
                "This city has waited four decades for a night like this,",
                "Giacomo Ferrante-Lucci",
                False,
                None,
            ),
            ("Tonight nobody goes to bed early.", "Giacomo Ferrante-Lucci", False, None),
            ("Every point this season had her name on it,", "Chiara Benvenuti", False, None),
            ("Promotion is a party. Staying up is a business,", "Aurelio Mancinelli", False, "P1"),
            ("Ornella, we did it,", "Chiara Benvenuti", False, "P2"),
        ],
        "posts": [
            ("P1", "Aurelio Mancinelli", "Il Tifoso Nord"),
            ("P2", "Chiara Benvenuti", "Threads"),
        ],
        "people": [
            "Giacomo Ferrante-Lucci",
            "Chiara Benvenuti",
            "Ornella Sasso",
            "Aurelio Mancinelli",
        ],
    },
    {
        "name": "fan-podcaster-credential-revoked-email-x",
        "text": (
            "The Ravensworth Hornets have revoked the press credential of the fan "
            "podcaster Dwayne Kettleborough after he criticised the club’s owner on "
            "air.\n\nKettleborough, who hosts the weekly show Buzz Cut, said in an "
            "episode released on Tuesday that the owner, Lorraine Featherstonehaugh, "
            "had “treated the club like a tax write-off.” The next morning, he "
            "received an email from the club’s media department telling him his "
            "credential had been withdrawn.\n\n“I’ve been a fan for 30 years and a "
            "critic for three. Apparently only one of those is allowed,” Kettleborough "
            "wrote on X.\n\nThe Hornets said in a statement that the decision had "
            "nothing to do with his opinions and concerned “repeated breaches of "
            "press-box etiquette.” Featherstonehaugh did not respond to a request for "
            "comment.\n\nThe Football Writers’ Guild, which represents journalists "
            "covering the league, said its members were uneasy. Its secretary, "
            "Morwenna Trask, told reporters at a league event that clubs “do not get "
            "to choose who covers them.”"
        ),
        "quotes": [
            ("treated the club like a tax write-off.", "Dwayne Kettleborough", True, "P1"),
            (
                (
                    "I’ve been a fan for 30 years and a critic for three. Apparently only one "
                    "of those is allowed,"
                ),
                "Dwayne Kettleborough",
                False,
                "P3",
            ),
            ("repeated breaches of press-box etiquette.", None, True, "P4"),
            ("do not get to choose who covers them.", "Morwenna Trask", True, None),
        ],
        "posts": [
            ("P1", "Dwayne Kettleborough", "Buzz Cut"),
            ("P2", None, None),
            ("P3", "Dwayne Kettleborough", "X"),
            ("P4", None, None),
        ],
        "people": ["Dwayne Kettleborough", "Lorraine Featherstonehaugh", "Morwenna Trask"],
    },
    {
        "name": "ski-jumper-knee-injury-tv-interview-caption",
        "text": (
            "The ski jumper Elias Thornqvist-Maher will miss the rest of the season "
            "after tearing a knee ligament in a training crash in Hollenbrück on "
            "Friday.\n\nIn a statement on Saturday, the national team said surgery had "
            "been “successful and uncomplicated” and that he would begin "
            "rehabilitation next week.\n\nThornqvist-Maher, 22, spoke from his "
            "hospital bed to the broadcaster Alpenwelle TV. “The landing felt wrong "
            "the moment I touched the snow,” he said. “I heard the pop before I felt "
            "anything.”\n\nIn the same interview, he was cheerful about the months "
            "ahead. “I’ve got a good physio, a lot of films to watch and a mother who "
            "will not let me skip a single exercise,” he said.\n\nHis head coach, "
            "Wendelin Rauscher, told reporters at the venue that the crash had been "
            "caused by a sudden gust. “Nobody did anything wrong. The wind changed and "
            "he paid for it,” the coach said.\n\nHis rival and close friend, Jonas "
            "Vikström, posted a photo of the two of them on Instagram with the caption "
            "“Heal fast, brother. I’ll keep your seat warm.”"
        ),
        "quotes": [
            ("successful and uncomplicated", None, True, "P1"),
            (
                "The landing felt wrong the moment I touched the snow,",
                "Elias Thornqvist-Maher",
                False,
                "P2",
            ),
            ("I heard the pop before I felt anything.", "Elias Thornqvist-Maher", False, "P2"),
            (
                (
                    "I’ve got a good physio, a lot of films to watch and a mother who will not "
                    "let me skip a single exercise,"
                ),
                "Elias Thornqvist-Maher",
                False,
                "P2",
            ),
            (
                "Nobody did anything wrong. The wind changed and he paid for it,",
                "Wendelin Rauscher",
                False,
                None,
            ),
            ("Heal fast, brother. I’ll keep your seat warm.", "Jonas Vikström", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Elias Thornqvist-Maher", "Alpenwelle TV"),
            ("P3", "Jonas Vikström", "Instagram"),
        ],
        "people": ["Elias Thornqvist-Maher", "Wendelin Rauscher", "Jonas Vikström"],
    },
    {
        "name": "stadium-naming-rights-release-petition-letter",
        "text": (
            "The Kingsbridge Falcons announced on Wednesday that their home ground, "
            "known for 70 years as Cobbler’s Field, will be renamed the Brightwell "
            "Energy Arena under a ten-year sponsorship deal.\n\nThe energy company "
            "said in a press release that the partnership reflected “a shared "
            "commitment to the community.” Its chief executive, Harriet Okonjo-Baines, "
            "was quoted in the release as saying: “Cobbler’s Field is a landmark, and "
            "we intend to treat it like one.”\n\nMany supporters were unconvinced. A "
            "petition started by the fan Trevor Glanville asking the club to keep the "
            "old name had gathered 14,000 signatures by Thursday. “You can sell the "
            "naming rights, but you can’t sell what we call it,” Glanville told the "
            "Kingsbridge Echo.\n\nThe Falcons’ manager, Nuno Carvalhais, avoided the "
            "subject at a news conference. “I call it home. That’s all I need to call "
            "it,” he said.\n\nThe club’s record goalscorer, Bernard “Bunny” Ashworth, "
            "now 81, wrote in a letter to the board that the change was “a mistake "
            "they will regret by Christmas.”"
        ),
        "quotes": [
            ("a shared commitment to the community.", None, True, "P1"),
            (
                "Cobbler’s Field is a landmark, and we intend to treat it like one.",
                "Harriet Okonjo-Baines",
                False,
                "P1",
            ),
            (
                "You can sell the naming rights, but you can’t sell what we call it,",
                "Trevor Glanville",
                False,
                "P3",
            ),
            ("I call it home. That’s all I need to call it,", "Nuno Carvalhais", False, None),
            ("a mistake they will regret by Christmas.", "Bernard Ashworth", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Trevor Glanville", None),
            ("P3", "Trevor Glanville", "Kingsbridge Echo"),
            ("P4", "Bernard Ashworth", None),
        ],
        "people": [
            "Harriet Okonjo-Baines",
            "Trevor Glanville",
            "Nuno Carvalhais",
            "Bernard Ashworth",
        ],
    },
    {
        "name": "boat-race-upset-coxswain-broadcaster-email",
        "text": (
            "The underdog crew from Millbrook College won the 150th Arden Boat Race on "
            "Saturday, beating the favourites from St. Alder’s by a length and a half "
            "on a choppy river.\n\n“Nobody gave us a chance, and that was the best "
            "fuel we could have asked for,” said the Millbrook stroke, Hamish "
            "Oduya-Grant, as the crew dripped on the bank at Fenley Bridge.\n\nThe "
            "winning coxswain, a 20-year-old history student, was thrown into the "
            "river by her crewmates, as tradition demands. Climbing out, Rosalind "
            "Achebe-Pryce told the broadcaster River Sports Live that she had “never "
            "been so happy to be wet.”\n\nSt. Alder’s head coach, Cornelius Fairbairn, "
            "congratulated the winners in a post on X. “Beaten fair and square by a "
            "braver crew. Chapeau, Millbrook,” he wrote.\n\nThe organisers said in a "
            "statement that a record 310,000 people had watched from the banks. "
            "Millbrook’s principal, Dr. Anneliese Morgenthal, wrote in an email to "
            "students and staff that the college would “celebrate properly once "
            "everyone is dry.”"
        ),
        "quotes": [
            (
                ("Nobody gave us a chance, and that was the best fuel we could have asked for,"),
                "Hamish Oduya-Grant",
                False,
                None,
            ),
            ("never been so happy to be wet.", "Rosalind Achebe-Pryce", True, "P1"),
            (
                "Beaten fair and square by a braver crew. Chapeau, Millbrook,",
                "Cornelius Fairbairn",
                False,
                "P2",
            ),
            ("celebrate properly once everyone is dry.", "Anneliese Morgenthal", True, "P4"),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Pryce", "River Sports Live"),
            ("P2", "Cornelius Fairbairn", "X"),
            ("P3", None, None),
            ("P4", "Anneliese Morgenthal", None),
        ],
        "people": [
            "Hamish Oduya-Grant",
            "Rosalind Achebe-Pryce",
            "Cornelius Fairbairn",
            "Anneliese Morgenthal",
        ],
    },
]
