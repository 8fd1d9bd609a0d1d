"""The one-hundred-and-fifty-third self-made dev set, held out (FC): its first run
is an unseen estimate.

Written with set FB, without reading the extraction rules, and committed before
any rule was run on it. Topic area: sport: clubs, players, coaches, leagues and
fans.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words of its author (the race director's
  Bluesky post about free places) is still listed in posts.
- A club's statement that "quoted the chairman, Gerald Fenwick, as saying" is a
  post with author None and platform None; the quote's speaker is the chairman.
  A team's press release in which its general manager "was quoted in the release
  as saying" is a press release with author None; the quote's speaker is the
  general manager.
- A named chairwoman who "said in a statement" (Bernadette Quill) made her own
  post: author her, platform None, and the words "the statement said" speak as
  her. A named agent's statement ("The agent of ... said in a statement", the
  agent named one paragraph later as Dariusz Wolny) is likewise the agent's post
  with no platform.
- A named owner's letter to season-ticket holders (Leonard Ashdown-Pryce) is the
  owner's post with no platform, and "the letter said" speaks as the owner.
- An open letter from a supporters' trust, and an open letter signed by 42
  athletes, are posts with author None and platform None whose words speak as
  None, even when the letter's organiser is named later.
- A federation's statement (Swim Ardland), a league's statement, organisers'
  statement and a league spokesperson's email (unnamed) are posts with author
  None and platform None; their words speak as None. The stewards' written
  decision is a post with author None and no platform.
- The Referees' Association's post on X has author None and its words speak as
  None.
- A quote that runs over two paragraphs is one quote per paragraph: a paragraph
  that ends without a closing mark gives a quote running to the end of that
  paragraph. Such paragraphs right after "responded with a long statement on
  Instagram" and "In an interview with the Riverside Ledger" belong to that
  statement or interview.
- A quote split by its attribution ("I have been in football 30 years," Ferrante
  said ..., "and I have never seen ...") is two quotes, both not partial.
- "He added:" right after a fragment from a radio programme continues that
  interview's post; "In the same episode" ties a fragment to the podcast post.
- Named shows take the show's name as platform, without a leading "the": podcast
  Second Serve, radio programme Trackside Tonight, "the Saturday Sport Hour on
  Radio Carrowmore" is Saturday Sport Hour (the show, not the station), TV
  programmes Matchday Live and Good Morning Northfield, the preview show Fight
  Week Uncut. The cycling website Peloton Wire is an outlet like a newspaper.
  "Appeared on the breakfast programme ..., where he said he planned to" is an
  interview post; the fragment is partial.
- A video posted to a player's own YouTube channel or on TikTok is his post; "he
  said in the clip" belongs to it, and a comment under the video belongs to it.
  A video on a team's YouTube channel in which its team principal speaks is a
  post with author None and platform YouTube; the speaker is the team principal.
- A clip a wife shares on TikTok in which her husband speaks is her TikTok post;
  the speaker ("her husband") is the husband, Tavita Leaupepe.
- An Instagram story is an Instagram post.
- An unnamed Reddit user's thread on a club's Reddit forum has author None and
  platform Reddit; an unnamed reply under it belongs to it with speaker None.
  The thread title in marks (“Not in our name”) is not a quote.
- An unnamed runner's reply under a Bluesky post, reported as a fragment
  ("replied that a free place was ..."), is partial, speaks as None and belongs
  to the post replied to.
- Words in single marks inside a quote (a father's ‘You can stop whenever you
  want, but not tonight,’, ‘Just give me the number,’ and ‘all reasonable
  conditions’) are part of the outer quote and not quotes of their own; the
  outer quote's speaker is the person quoted in the story, not the person they
  quote.
- Not posts: "said at a ceremony", "said on the 18th green", "told reporters in
  the mixed zone" or "in the paddock", "told a news briefing", "told the
  committee" at a planning hearing, "told reporters at the Linden Open", a
  supporter who "said" outside the ground, and the story's own "In an interview
  on Thursday".
- Nicknames in marks (“Big Whit.”, “the Wall of Tammerby,”, “Hammer”) are not
  quotes; a nickname in marks inside a name (Tyrese “Hammer” Okafor) is not part
  of the canonical name, which is Tyrese Okafor.
- A documentary title (“Between the Pipes,”), an essay headline (“Same Pitch,
  Same Pay,”) and the scare-quoted name of a rule (the league's new “player
  participation” rule) are not quotes.
- A caption given after "with the caption:" and a single word posted whole
  (“Welcome.”) are whole quotes, not partial.
- A fragment quoted inside a sentence of narration (after words such as
  "called", "calling", "accused ... of", "said ... was", "had been", "had",
  "would", "to be filmed" or "planned to") is partial; when no punctuation sits
  inside its marks, the gold text has none (“shocked and saddened”, “wholly to
  blame”).
- People lists everyone named, including those who never speak (Rhys Madoc,
  Neville Okonjo, Ruth Adebayo-Kerr, Tavita Leaupepe); unnamed people (a father,
  an unnamed runner, a league spokesperson) are not listed. A first name inside
  a quote (Kofi, Darnell, Saoirse, Niklas, Callum) refers to the person already
  named and adds nobody.
- Descriptions resolve to the person they describe: "the 36-year-old", "the
  22-year-old", "the 28-year-old", "the midfielder", "the councillor", "her
  husband", "the agent".
- Titles and roles (Dr., councillor, Manager, the chairman) are not part of a
  canonical name; hyphenated surnames are.
- Two people sharing a surname (Eamon and Patricia Brierley, Tavita and Sina
  Leaupepe): the bare surname refers to the one already named when it is used
  ("Brierley's mother" is Eamon Brierley's mother).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FC: list[dict] = [
    {
        "name": "instagram-striker-retirement-teammate-comment-club-statement",
        "text": (
            "Callum Rourke, the Ardmore Rovers striker who scored 212 league goals over 15 "
            "seasons, announced his retirement on Instagram on Sunday. “My body has been telling "
            "me for a while. This time I listened,” the 36-year-old wrote beneath a photo of his "
            "first pair of boots.\n\n"
            "Within an hour his former strike partner, Yusuf Demirel, had commented under the "
            "post: “No one made it look easier. Enjoy the quiet, brother.”\n\n"
            "Rovers said in a statement that Rourke would be offered a coaching role with the "
            "academy. “Callum is part of the fabric of this club, and the door will always be "
            "open,” the statement quoted the chairman, Gerald Fenwick, as saying.\n\n"
            "Manager Ines Calloway, speaking to reporters at the training ground on Monday, said "
            "she had tried to change his mind. “I offered him another year and he laughed at me,” "
            "she said. “He knew before any of us did.”"
        ),
        "quotes": [
            (
                "My body has been telling me for a while. This time I listened,",
                "Callum Rourke",
                False,
                "P1",
            ),
            ("No one made it look easier. Enjoy the quiet, brother.", "Yusuf Demirel", False, "P1"),
            (
                "Callum is part of the fabric of this club, and the door will always be open,",
                "Gerald Fenwick",
                False,
                "P2",
            ),
            ("I offered him another year and he laughed at me,", "Ines Calloway", False, None),
            ("He knew before any of us did.", "Ines Calloway", False, None),
        ],
        "posts": [
            ("P1", "Callum Rourke", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Callum Rourke", "Yusuf Demirel", "Gerald Fenwick", "Ines Calloway"],
    },
    {
        "name": "coach-sacked-press-release-supporters-letter-newspaper",
        "text": (
            "Harbourside City dismissed its head coach, Pavel Horak, on Wednesday after a run of "
            "nine league games without a win, the club announced in a press release that thanked "
            "him for “three years of hard work and dignity.”\n\n"
            "The decision followed an open letter from the Harbourside Supporters’ Trust, "
            "published on Monday, which accused the board of “sleepwalking towards relegation.” "
            "“We do not blame one man for this. We blame a club that stopped planning,” the letter "
            "said.\n\n"
            "Horak, 51, told the Kestrel Evening Post that he had no regrets. “I was given a squad "
            "built for mid-table and asked to chase Europe,” he said. “Someone had to pay for that "
            "gap, and it was always going to be the coach.”\n\n"
            "At a news conference on Thursday, the club’s sporting director, Annelies Vroom, "
            "defended the timing. “We owed the players a fresh voice with 14 games left, not with "
            "four,” she said. Asked whether she herself should go, Vroom said it was “a fair "
            "question for the owners, not for me.”\n\n"
            "The assistant coach, Rhys Madoc, will take charge for Saturday’s match against "
            "Fellbrook."
        ),
        "quotes": [
            ("three years of hard work and dignity.", None, True, "P1"),
            ("sleepwalking towards relegation.", None, True, "P2"),
            (
                "We do not blame one man for this. We blame a club that stopped planning,",
                None,
                False,
                "P2",
            ),
            (
                "I was given a squad built for mid-table and asked to chase Europe,",
                "Pavel Horak",
                False,
                "P3",
            ),
            (
                "Someone had to pay for that gap, and it was always going to be the coach.",
                "Pavel Horak",
                False,
                "P3",
            ),
            (
                "We owed the players a fresh voice with 14 games left, not with four,",
                "Annelies Vroom",
                False,
                None,
            ),
            ("a fair question for the owners, not for me.", "Annelies Vroom", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Pavel Horak", "Kestrel Evening Post"),
        ],
        "people": ["Pavel Horak", "Annelies Vroom", "Rhys Madoc"],
    },
    {
        "name": "tennis-podcast-nested-father-quote-rival-on-x",
        "text": (
            "The tennis player Lucía Berrondo nearly quit the tour at 19 after a first-round loss "
            "in Melbury, she said in an interview on the podcast Second Serve released on "
            "Tuesday.\n\n"
            "“My father sat me down in the hotel and said, ‘You can stop whenever you want, but "
            "not tonight,’ and I have thought about that sentence before every match since,” said "
            "Berrondo, now 27 and ranked fourth in the world.\n\n"
            "In the same episode, she called her long-time rival Katya Dovzhenko “the hardest "
            "hitter I have ever faced.” Dovzhenko responded on X a few hours after the episode was "
            "released. “Respect goes both ways. See you in Valmont,” she posted.\n\n"
            "Berrondo’s coach, Oriol Sastre, told reporters at the Linden Open on Wednesday that "
            "the episode had been her idea. “She wanted young players to hear that doubt is "
            "normal,” he said."
        ),
        "quotes": [
            (
                "My father sat me down in the hotel and said, ‘You can stop whenever you want, "
                "but not tonight,’ and I have thought about that sentence before every match "
                "since,",
                "Lucía Berrondo",
                False,
                "P1",
            ),
            ("the hardest hitter I have ever faced.", "Lucía Berrondo", True, "P1"),
            ("Respect goes both ways. See you in Valmont,", "Katya Dovzhenko", False, "P2"),
            ("She wanted young players to hear that doubt is normal,", "Oriol Sastre", False, None),
        ],
        "posts": [
            ("P1", "Lucía Berrondo", "Second Serve"),
            ("P2", "Katya Dovzhenko", "X"),
        ],
        "people": ["Lucía Berrondo", "Katya Dovzhenko", "Oriol Sastre"],
    },
    {
        "name": "transfer-request-agent-statement-tiktok-captain-comment",
        "text": (
            "The agent of Kofi Asante-Boateng, the Millbridge United midfielder, said in a "
            "statement on Friday that his client had asked to leave the club before the transfer "
            "window closes.\n\n"
            "“Kofi has given everything to Millbridge and has asked, respectfully, to be allowed "
            "to take the next step,” wrote the agent, Dariusz Wolny. “Nobody should read this as a "
            "falling-out.”\n\n"
            "Hours later Asante-Boateng, 24, posted a short video on TikTok from the club’s "
            "training ground, laughing with teammates. “Still here, still working,” he said in the "
            "clip, which has been viewed more than two million times. One of the comments under "
            "it, from the United captain, Seamus Kilbride, read: “Get back to the gym.”\n\n"
            "Millbridge’s chief executive, Helena Marchetti, told the evening programme Matchday "
            "Live that no bid had met the club’s valuation. “We are not a selling club, and we do "
            "not have to become one in August,” she said.\n\n"
            "Supporters outside the ground on Saturday were divided. “He has earned a move, but "
            "not to a rival,” said Dennis Oyelaran, a season-ticket holder for 30 years."
        ),
        "quotes": [
            (
                "Kofi has given everything to Millbridge and has asked, respectfully, to be "
                "allowed to take the next step,",
                "Dariusz Wolny",
                False,
                "P1",
            ),
            ("Nobody should read this as a falling-out.", "Dariusz Wolny", False, "P1"),
            ("Still here, still working,", "Kofi Asante-Boateng", False, "P2"),
            ("Get back to the gym.", "Seamus Kilbride", False, "P2"),
            (
                "We are not a selling club, and we do not have to become one in August,",
                "Helena Marchetti",
                False,
                "P3",
            ),
            ("He has earned a move, but not to a rival,", "Dennis Oyelaran", False, None),
        ],
        "posts": [
            ("P1", "Dariusz Wolny", None),
            ("P2", "Kofi Asante-Boateng", "TikTok"),
            ("P3", "Helena Marchetti", "Matchday Live"),
        ],
        "people": [
            "Kofi Asante-Boateng",
            "Dariusz Wolny",
            "Seamus Kilbride",
            "Helena Marchetti",
            "Dennis Oyelaran",
        ],
    },
    {
        "name": "cycling-doping-ban-press-release-instagram-statement-two-paragraphs",
        "text": (
            "The International Cycling Integrity Board has banned Matthias Großkopf, the winner of "
            "last year’s Tour of Veldara, for two years after a sample taken in June contained "
            "traces of a prohibited diuretic, the board said in a press release on Thursday.\n\n"
            "“The rider has not established how the substance entered his body, and the sanction "
            "reflects that,” the release said.\n\n"
            "Großkopf, 29, responded with a long statement on Instagram in which he maintained his "
            "innocence.\n\n"
            "“I have never knowingly taken a banned substance in my career. I have given every "
            "sample they asked for, at every hour of the day, for eleven years.\n\n"
            "“I will appeal to the Court of Sport Arbitration, and I will clear my name, however "
            "long it takes.”\n\n"
            "His team, Velocita-Nordwerk, said it had suspended him pending the appeal. Its "
            "general manager, Bram Oosterhuis, told the cycling website Peloton Wire that the team "
            "was “shocked and saddened” but would follow the rules."
        ),
        "quotes": [
            (
                "The rider has not established how the substance entered his body, and the "
                "sanction reflects that,",
                None,
                False,
                "P1",
            ),
            (
                "I have never knowingly taken a banned substance in my career. I have given every "
                "sample they asked for, at every hour of the day, for eleven years.",
                "Matthias Großkopf",
                False,
                "P2",
            ),
            (
                "I will appeal to the Court of Sport Arbitration, and I will clear my name, "
                "however long it takes.",
                "Matthias Großkopf",
                False,
                "P2",
            ),
            ("shocked and saddened", "Bram Oosterhuis", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Matthias Großkopf", "Instagram"),
            ("P3", "Bram Oosterhuis", "Peloton Wire"),
        ],
        "people": ["Matthias Großkopf", "Bram Oosterhuis"],
    },
    {
        "name": "basketball-news-conference-scare-quote-nickname-league-email-threads",
        "text": (
            "Darnell Whitcombe scored 41 points and grabbed 15 rebounds as the Carverton Comets "
            "beat the Eastport Herons 118-109 on Saturday, then used his post-game news conference "
            "to criticise the league’s new “player participation” rule.\n\n"
            "“If I am hurt, I am hurt. I should not have to prove it to a man with a clipboard,” "
            "said Whitcombe, the 31-year-old forward known to Comets fans as “Big Whit.”\n\n"
            "The rule, introduced this season, fines teams that rest healthy stars in nationally "
            "televised games. A league spokesperson said in an email that the policy “exists to "
            "protect the fans who buy tickets to see those stars.”\n\n"
            "The Comets coach, Marisa Fairweather, was more cautious. “Darnell speaks for "
            "Darnell,” she told reporters. “My job is to win the next game.”\n\n"
            "Late on Saturday, Whitcombe added on Threads: “Great win. Said what I said.”"
        ),
        "quotes": [
            (
                "If I am hurt, I am hurt. I should not have to prove it to a man with a clipboard,",
                "Darnell Whitcombe",
                False,
                None,
            ),
            ("exists to protect the fans who buy tickets to see those stars.", None, True, "P1"),
            ("Darnell speaks for Darnell,", "Marisa Fairweather", False, None),
            ("My job is to win the next game.", "Marisa Fairweather", False, None),
            ("Great win. Said what I said.", "Darnell Whitcombe", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Darnell Whitcombe", "Threads"),
        ],
        "people": ["Darnell Whitcombe", "Marisa Fairweather"],
    },
    {
        "name": "cricket-captain-newspaper-essay-youtube-backing-board-release",
        "text": (
            "Priya Venkataraman, the captain of the Southvale women’s cricket team, has called for "
            "equal match fees in an essay for the Southvale Chronicle published on Sunday.\n\n"
            "“We play the same format, on the same grounds, in front of crowds that keep growing,” "
            "she wrote. “The only thing that is different is the number on the cheque.”\n\n"
            "The essay, headlined “Same Pitch, Same Pay,” was shared more than 40,000 times within "
            "a day. The former men’s captain Arjun Malhotra backed her in a video on his YouTube "
            "channel. “She is right, and she should not have had to write it,” he said.\n\n"
            "The Southvale Cricket Board said in a press release on Monday that it would “review "
            "all playing contracts before the new season.” Its chief executive, Neville Okonjo, "
            "declined to comment further when reached by phone."
        ),
        "quotes": [
            (
                "We play the same format, on the same grounds, in front of crowds that keep "
                "growing,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            (
                "The only thing that is different is the number on the cheque.",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            (
                "She is right, and she should not have had to write it,",
                "Arjun Malhotra",
                False,
                "P2",
            ),
            ("review all playing contracts before the new season.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", "Southvale Chronicle"),
            ("P2", "Arjun Malhotra", "YouTube"),
            ("P3", None, "press release"),
        ],
        "people": ["Priya Venkataraman", "Arjun Malhotra", "Neville Okonjo"],
    },
    {
        "name": "rugby-neck-injury-wife-instagram-coach-comment-tiktok-clip",
        "text": (
            "The Glenmorran Wolves lock Tavita Leaupepe will miss the rest of the season after "
            "fracturing his neck in Saturday’s game against Port Aldane, the club confirmed on "
            "Monday.\n\n"
            "His wife, Sina Leaupepe, wrote on Instagram on Sunday night that he was awake and in "
            "good spirits. “He has asked for a steak and the score, in that order,” she posted "
            "alongside a photo from the hospital. “Thank you for every message.”\n\n"
            "In a comment under her post, the Wolves head coach, Ewan Strachan, wrote: “The whole "
            "squad is with you both.”\n\n"
            "The club’s medical director, Dr. Fiona Garrity, told a news briefing that the "
            "operation on Sunday had gone well. “There is no damage to the spinal cord, and we "
            "expect a full recovery,” she said.\n\n"
            "Sina Leaupepe later told the Aldane Courier that the patient was “already asking "
            "about pre-season.” On Monday evening she shared a short clip from the ward on TikTok, "
            "in which her husband raised a thumb to the camera. “Back soon, Wolves,” he said."
        ),
        "quotes": [
            (
                "He has asked for a steak and the score, in that order,",
                "Sina Leaupepe",
                False,
                "P1",
            ),
            ("Thank you for every message.", "Sina Leaupepe", False, "P1"),
            ("The whole squad is with you both.", "Ewan Strachan", False, "P1"),
            (
                "There is no damage to the spinal cord, and we expect a full recovery,",
                "Fiona Garrity",
                False,
                None,
            ),
            ("already asking about pre-season.", "Sina Leaupepe", True, "P2"),
            ("Back soon, Wolves,", "Tavita Leaupepe", False, "P3"),
        ],
        "posts": [
            ("P1", "Sina Leaupepe", "Instagram"),
            ("P2", "Sina Leaupepe", "Aldane Courier"),
            ("P3", "Sina Leaupepe", "TikTok"),
        ],
        "people": ["Tavita Leaupepe", "Sina Leaupepe", "Ewan Strachan", "Fiona Garrity"],
    },
    {
        "name": "athletics-hurdles-record-mixed-zone-radio-coach-rival-instagram",
        "text": (
            "Amara Nwachukwu broke the world indoor record in the 60 metres hurdles at the "
            "Castellan Grand Prix on Saturday, clocking 7.61 seconds.\n\n"
            "“I saw the clock and thought it was broken,” the 22-year-old told reporters in the "
            "mixed zone. “Then I saw my coach crying, and I knew.”\n\n"
            "That coach, Bernard Achterberg, said on the radio programme Trackside Tonight that "
            "the record had been “two winters in the making.” He added: “She is not finished. She "
            "has been running with a sore hamstring since January.”\n\n"
            "The previous record holder, Yelena Sorokina, congratulated Nwachukwu on Instagram. "
            "“Records are made to be broken. I just hoped it would take a little longer,” she "
            "wrote."
        ),
        "quotes": [
            ("I saw the clock and thought it was broken,", "Amara Nwachukwu", False, None),
            ("Then I saw my coach crying, and I knew.", "Amara Nwachukwu", False, None),
            ("two winters in the making.", "Bernard Achterberg", True, "P1"),
            (
                "She is not finished. She has been running with a sore hamstring since January.",
                "Bernard Achterberg",
                False,
                "P1",
            ),
            (
                "Records are made to be broken. I just hoped it would take a little longer,",
                "Yelena Sorokina",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Bernard Achterberg", "Trackside Tonight"),
            ("P2", "Yelena Sorokina", "Instagram"),
        ],
        "people": ["Amara Nwachukwu", "Bernard Achterberg", "Yelena Sorokina"],
    },
    {
        "name": "stadium-move-owner-letter-reddit-thread-council-hearing",
        "text": (
            "Plans by Ferrowick Athletic to leave Mossgate Lane, its home for 110 years, for a new "
            "stadium on the edge of town drew more than 300 objections before Tuesday’s planning "
            "hearing at Ferrowick council.\n\n"
            "The club’s owner, Leonard Ashdown-Pryce, wrote to season-ticket holders last week "
            "that the move was “the only way to keep this club in the professional game.” "
            "“Mossgate Lane cannot be expanded, and it cannot be made safe for another hundred "
            "years,” the letter said.\n\n"
            "On the club’s Reddit forum, a thread titled “Not in our name” gathered more than "
            "2,000 replies. “My grandfather’s ashes are scattered behind the north goal. Where do "
            "I go now?” its author wrote. One reply under the thread read: “Nobody is against a "
            "new ground. We are against a car park in the middle of nowhere.”\n\n"
            "At the hearing, councillor Margaret Oduya said the transport plan was “not yet good "
            "enough.” “Forty thousand people on a two-lane road is not a plan, it is a traffic "
            "jam,” the councillor told the committee.\n\n"
            "The council will decide in March."
        ),
        "quotes": [
            (
                "the only way to keep this club in the professional game.",
                "Leonard Ashdown-Pryce",
                True,
                "P1",
            ),
            (
                "Mossgate Lane cannot be expanded, and it cannot be made safe for another hundred "
                "years,",
                "Leonard Ashdown-Pryce",
                False,
                "P1",
            ),
            (
                "My grandfather’s ashes are scattered behind the north goal. Where do I go now?",
                None,
                False,
                "P2",
            ),
            (
                "Nobody is against a new ground. We are against a car park in the middle of "
                "nowhere.",
                None,
                False,
                "P2",
            ),
            ("not yet good enough.", "Margaret Oduya", True, None),
            (
                "Forty thousand people on a two-lane road is not a plan, it is a traffic jam,",
                "Margaret Oduya",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Leonard Ashdown-Pryce", None),
            ("P2", None, "Reddit"),
        ],
        "people": ["Leonard Ashdown-Pryce", "Margaret Oduya"],
    },
    {
        "name": "hockey-goalie-one-day-contract-documentary-linkedin-comment",
        "text": (
            "Henrik Salo, the goaltender known across the league as “the Wall of Tammerby,” signed "
            "a one-day contract with the Tammerby Lynx on Friday so that he could retire as a "
            "member of the club where his career began.\n\n"
            "“I left here at 19 with one bag and a borrowed pair of pads,” Salo said at a ceremony "
            "at the Lynx Arena. “It feels right to hang them up in the same room.”\n\n"
            "The 40-year-old’s final season is the subject of “Between the Pipes,” a documentary "
            "that premieres on the streaming service Rinkside+ next month. Its director, Maja "
            "Korpela, told the Nordvik Herald that Salo had agreed to be filmed “on the condition "
            "that we showed the bad nights too.”\n\n"
            "The Lynx general manager, Tobias Engström, marked the occasion in a post on LinkedIn, "
            "calling Salo “the most professional athlete I have worked with in 25 years.” Beneath "
            "it, Salo’s former defensive partner Ville Rautio commented: “He never once blamed a "
            "defenceman. Not once. We blamed ourselves enough for both of us.”"
        ),
        "quotes": [
            (
                "I left here at 19 with one bag and a borrowed pair of pads,",
                "Henrik Salo",
                False,
                None,
            ),
            ("It feels right to hang them up in the same room.", "Henrik Salo", False, None),
            ("on the condition that we showed the bad nights too.", "Maja Korpela", True, "P1"),
            (
                "the most professional athlete I have worked with in 25 years.",
                "Tobias Engström",
                True,
                "P2",
            ),
            (
                "He never once blamed a defenceman. Not once. We blamed ourselves enough for both "
                "of us.",
                "Ville Rautio",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Maja Korpela", "Nordvik Herald"),
            ("P2", "Tobias Engström", "LinkedIn"),
        ],
        "people": ["Henrik Salo", "Maja Korpela", "Tobias Engström", "Ville Rautio"],
    },
    {
        "name": "football-manager-charged-referee-remarks-association-post-captain",
        "text": (
            "The Westmarch Albion manager, Gianluca Ferrante, has been charged with misconduct by "
            "the Premier Division after calling the referee’s decisions in Sunday’s 2-1 defeat at "
            "Colvern “a scandal, from the first minute to the last.”\n\n"
            "“I have been in football 30 years,” Ferrante said at his post-match news conference, "
            "“and I have never seen a team denied two clear penalties in one half.”\n\n"
            "The league said in a statement on Tuesday that the remarks had questioned “the "
            "integrity and impartiality” of the match officials. Ferrante has until Friday to "
            "respond.\n\n"
            "The Referees’ Association said in a post on X that officials were “human beings, not "
            "punchbags,” and called on managers to “lead by example.”\n\n"
            "Albion’s captain, Joel Ndiaye-Laurent, told the Westmarch Gazette that the squad "
            "stood behind its manager. “He said what we were all thinking in the dressing room,” "
            "the 28-year-old said."
        ),
        "quotes": [
            ("a scandal, from the first minute to the last.", "Gianluca Ferrante", True, None),
            ("I have been in football 30 years,", "Gianluca Ferrante", False, None),
            (
                "and I have never seen a team denied two clear penalties in one half.",
                "Gianluca Ferrante",
                False,
                None,
            ),
            ("the integrity and impartiality", None, True, "P1"),
            ("human beings, not punchbags,", None, True, "P2"),
            ("lead by example.", None, True, "P2"),
            (
                "He said what we were all thinking in the dressing room,",
                "Joel Ndiaye-Laurent",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Joel Ndiaye-Laurent", "Westmarch Gazette"),
        ],
        "people": ["Gianluca Ferrante", "Joel Ndiaye-Laurent"],
    },
    {
        "name": "golf-first-major-caddie-nested-quote-mother-facebook-caption",
        "text": (
            "Eamon Brierley won the Calder Links Championship by three shots on Sunday, his first "
            "major title, at the age of 38 and at his 61st attempt.\n\n"
            "“I stopped believing this would happen about ten years ago,” Brierley said on the "
            "18th green, his voice breaking. “I kept turning up anyway.”\n\n"
            "His caddie and brother-in-law, Stuart McAvoy, who has carried his bag at all 61 of "
            "those majors, said the turning point had come on the 14th hole. “He looked at me and "
            "said, ‘Just give me the number,’ and from then on he did not miss a shot,” McAvoy "
            "said.\n\n"
            "Brierley’s mother, Patricia Brierley, posted a photo on Facebook of her son as a boy "
            "swinging a cut-down club, with the caption: “Told you so.”\n\n"
            "On Monday he appeared on the breakfast programme Good Morning Northfield, where he "
            "said he planned to “sleep for a week, then practise.”"
        ),
        "quotes": [
            (
                "I stopped believing this would happen about ten years ago,",
                "Eamon Brierley",
                False,
                None,
            ),
            ("I kept turning up anyway.", "Eamon Brierley", False, None),
            (
                "He looked at me and said, ‘Just give me the number,’ and from then on he did not "
                "miss a shot,",
                "Stuart McAvoy",
                False,
                None,
            ),
            ("Told you so.", "Patricia Brierley", False, "P1"),
            ("sleep for a week, then practise.", "Eamon Brierley", True, "P2"),
        ],
        "posts": [
            ("P1", "Patricia Brierley", "Facebook"),
            ("P2", "Eamon Brierley", "Good Morning Northfield"),
        ],
        "people": ["Eamon Brierley", "Stuart McAvoy", "Patricia Brierley"],
    },
    {
        "name": "swimming-selection-row-open-letter-federation-substack-essay",
        "text": (
            "The Olympic medallist Saoirse Drennan has been left out of the Ardland swimming team "
            "for the world championships, prompting an open letter signed by 42 of her teammates "
            "and rivals that calls the selection process “opaque and unaccountable.”\n\n"
            "Swim Ardland said in a statement that the selectors had “applied the published "
            "criteria in full” and that Drennan, 26, had missed the qualifying time at the "
            "national trials by 0.04 seconds.\n\n"
            "Drennan set out her side in an essay on Substack on Wednesday. “I missed the time. I "
            "am not disputing that,” she wrote. “What I am disputing is a system in which the "
            "criteria were changed in February and nobody told the athletes until April.”\n\n"
            "The letter’s organiser, the backstroker Conall Whelan, told reporters at the national "
            "aquatic centre that the swimmers wanted an independent review. “This is not about "
            "Saoirse alone,” he said. “Next year it could be any of us.”\n\n"
            "Swim Ardland’s performance director, Ruth Adebayo-Kerr, is due to meet athletes’ "
            "representatives on Monday."
        ),
        "quotes": [
            ("opaque and unaccountable.", None, True, "P1"),
            ("applied the published criteria in full", None, True, "P2"),
            ("I missed the time. I am not disputing that,", "Saoirse Drennan", False, "P3"),
            (
                "What I am disputing is a system in which the criteria were changed in February "
                "and nobody told the athletes until April.",
                "Saoirse Drennan",
                False,
                "P3",
            ),
            ("This is not about Saoirse alone,", "Conall Whelan", False, None),
            ("Next year it could be any of us.", "Conall Whelan", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Saoirse Drennan", "Substack"),
        ],
        "people": ["Saoirse Drennan", "Conall Whelan", "Ruth Adebayo-Kerr"],
    },
    {
        "name": "baseball-trade-press-release-gm-newspaper-interview-two-paragraphs",
        "text": (
            "The Riverside Foxes traded their longtime shortstop Marcus Delacroix-Hale to the "
            "Lakeport Sentinels on Thursday, ending a 12-year run in which he played 1,611 games "
            "for the club.\n\n"
            "The Foxes announced the deal in a press release that called Delacroix-Hale “the "
            "heartbeat of our clubhouse for more than a decade.” The team’s general manager, "
            "Corinne Vasquez-Tull, was quoted in the release as saying: “Decisions like this are "
            "the hardest part of the job.”\n\n"
            "In an interview with the Riverside Ledger on Friday, the 34-year-old said he had "
            "learned of the trade from a television in a hotel gym.\n\n"
            "“Nobody called me. I was on the treadmill and I saw my face on the screen with a "
            "different cap on it.\n\n"
            "“I do not hold a grudge. But after twelve years I think I was owed a phone call, and "
            "I think every player in that room knows it.”\n\n"
            "Vasquez-Tull told reporters on Friday afternoon that she had tried to reach him. “I "
            "called twice before it broke,” she said. “I should have called a third time.”"
        ),
        "quotes": [
            ("the heartbeat of our clubhouse for more than a decade.", None, True, "P1"),
            (
                "Decisions like this are the hardest part of the job.",
                "Corinne Vasquez-Tull",
                False,
                "P1",
            ),
            (
                "Nobody called me. I was on the treadmill and I saw my face on the screen with a "
                "different cap on it.",
                "Marcus Delacroix-Hale",
                False,
                "P2",
            ),
            (
                "I do not hold a grudge. But after twelve years I think I was owed a phone call, "
                "and I think every player in that room knows it.",
                "Marcus Delacroix-Hale",
                False,
                "P2",
            ),
            ("I called twice before it broke,", "Corinne Vasquez-Tull", False, None),
            ("I should have called a third time.", "Corinne Vasquez-Tull", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Marcus Delacroix-Hale", "Riverside Ledger"),
        ],
        "people": ["Marcus Delacroix-Hale", "Corinne Vasquez-Tull"],
    },
    {
        "name": "motor-racing-teammate-collision-stewards-team-video-instagram-story",
        "text": (
            "The Vantor Racing driver Léa Marchand-Ost was handed a five-place grid penalty on "
            "Sunday for causing the first-lap collision that ended her teammate’s race at the "
            "Grand Prix of Solvania.\n\n"
            "In their written decision, the stewards said Marchand-Ost had been “wholly to blame” "
            "for the contact at turn three.\n\n"
            "Her teammate, Niklas Brandvold, did not hide his anger. “We had one job today, and "
            "that was to not hit each other,” the 25-year-old told reporters in the paddock.\n\n"
            "Vantor’s team principal, Adrian Kessel-Moore, addressed the crash in a video posted "
            "on the team’s YouTube channel. “Both drivers will sit in a room with me on Tuesday, "
            "and only one of us will do the talking,” he said.\n\n"
            "Marchand-Ost apologised on her Instagram story on Sunday evening. “My mistake, fully. "
            "Niklas deserved better,” she wrote."
        ),
        "quotes": [
            ("wholly to blame", None, True, "P1"),
            (
                "We had one job today, and that was to not hit each other,",
                "Niklas Brandvold",
                False,
                None,
            ),
            (
                "Both drivers will sit in a room with me on Tuesday, and only one of us will do "
                "the talking,",
                "Adrian Kessel-Moore",
                False,
                "P2",
            ),
            ("My mistake, fully. Niklas deserved better,", "Léa Marchand-Ost", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "YouTube"),
            ("P3", "Léa Marchand-Ost", "Instagram"),
        ],
        "people": ["Léa Marchand-Ost", "Niklas Brandvold", "Adrian Kessel-Moore"],
    },
    {
        "name": "boxing-rematch-x-post-reply-promoter-news-conference-trainer-show",
        "text": (
            "Two days before their heavyweight rematch at the Dunmore Arena, Tyrese “Hammer” "
            "Okafor and Vitali Brenkovic took their feud online.\n\n"
            "“Last time you got lucky. Saturday you get counted,” Okafor posted on X on Thursday "
            "morning. Brenkovic replied beneath it within minutes: “You said the same thing last "
            "time. Then you said it from the floor.”\n\n"
            "The promoter, Lorraine Castellanos-Webb, told a news conference later on Thursday "
            "that both men had been warned about their conduct after a scuffle at the first press "
            "event. “They can say what they like on their phones,” she said. “In this building, "
            "they keep their hands to themselves.”\n\n"
            "Okafor, 30, weighed in at 109.4 kilograms, Brenkovic at 112.1. Okafor’s trainer, "
            "Dwayne Pettigrew, told the preview show Fight Week Uncut that his fighter was in “the "
            "best shape of his life.”"
        ),
        "quotes": [
            ("Last time you got lucky. Saturday you get counted,", "Tyrese Okafor", False, "P1"),
            (
                "You said the same thing last time. Then you said it from the floor.",
                "Vitali Brenkovic",
                False,
                "P1",
            ),
            (
                "They can say what they like on their phones,",
                "Lorraine Castellanos-Webb",
                False,
                None,
            ),
            (
                "In this building, they keep their hands to themselves.",
                "Lorraine Castellanos-Webb",
                False,
                None,
            ),
            ("the best shape of his life.", "Dwayne Pettigrew", True, "P2"),
        ],
        "posts": [
            ("P1", "Tyrese Okafor", "X"),
            ("P2", "Dwayne Pettigrew", "Fight Week Uncut"),
        ],
        "people": [
            "Tyrese Okafor",
            "Vitali Brenkovic",
            "Lorraine Castellanos-Webb",
            "Dwayne Pettigrew",
        ],
    },
    {
        "name": "marathon-stopped-heat-organisers-statement-bluesky-reply-mayor",
        "text": (
            "Organisers of the Kessington Marathon stopped the race after four hours on Sunday as "
            "temperatures reached 31C, leaving more than 6,000 runners short of the finish.\n\n"
            "“The safety of runners and volunteers comes before any finish time,” the organisers "
            "said in a statement, adding that 43 people had been treated for heat exhaustion.\n\n"
            "Many runners accepted the decision, but some asked why the start had not been moved "
            "earlier. “The rules say the race goes ahead in ‘all reasonable conditions’, and that "
            "was a perfectly reasonable forecast,” said Delphine Arceneaux, who was stopped at "
            "mile 22 while running for a children’s hospice.\n\n"
            "The race director, Owen Pritchard-Lowe, wrote on Bluesky that every entrant would be "
            "offered a free place next year. A runner who had travelled from abroad replied that a "
            "free place was “nice, but it does not refund the flights.”\n\n"
            "The mayor, Beatrix Holloway, told reporters on Monday that an inquiry would look at "
            "the start time. “We will ask the hard questions, and we will publish the answers,” "
            "she said."
        ),
        "quotes": [
            (
                "The safety of runners and volunteers comes before any finish time,",
                None,
                False,
                "P1",
            ),
            (
                "The rules say the race goes ahead in ‘all reasonable conditions’, and that was a "
                "perfectly reasonable forecast,",
                "Delphine Arceneaux",
                False,
                None,
            ),
            ("nice, but it does not refund the flights.", None, True, "P2"),
            (
                "We will ask the hard questions, and we will publish the answers,",
                "Beatrix Holloway",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Owen Pritchard-Lowe", "Bluesky"),
        ],
        "people": ["Delphine Arceneaux", "Owen Pritchard-Lowe", "Beatrix Holloway"],
    },
    {
        "name": "womens-football-record-crowd-threads-radio-show-chairwoman-statement",
        "text": (
            "A crowd of 38,412 watched Carrowmore Ladies beat Saltbridge 3-0 on Saturday, a record "
            "for a women’s league match in the country.\n\n"
            "Carrowmore’s midfielder Niamh Kerrigan-Doyle, who scored twice, posted a photo of the "
            "packed stand on Threads. “Remember when we played in front of 200 people and a dog?” "
            "the midfielder wrote. “Look at us now.”\n\n"
            "Her coach, Hélène Dubois-Marsh, was asked on the Saturday Sport Hour on Radio "
            "Carrowmore whether the record could be repeated. “The demand was always there,” she "
            "said. “What was missing was a club willing to open the big stadium and sell the "
            "tickets properly.”\n\n"
            "The club’s chairwoman, Bernadette Quill, said in a statement that the women’s team "
            "would play four more home games at the main ground this season. “Saturday was not a "
            "one-off,” the statement said. “It was the beginning.”\n\n"
            "Saltbridge’s captain, Ebony Achebe-Stone, was gracious in defeat. “You could not hear "
            "yourself think,” she told reporters. “It was brilliant, even from where we were "
            "standing.”"
        ),
        "quotes": [
            (
                "Remember when we played in front of 200 people and a dog?",
                "Niamh Kerrigan-Doyle",
                False,
                "P1",
            ),
            ("Look at us now.", "Niamh Kerrigan-Doyle", False, "P1"),
            ("The demand was always there,", "Hélène Dubois-Marsh", False, "P2"),
            (
                "What was missing was a club willing to open the big stadium and sell the tickets "
                "properly.",
                "Hélène Dubois-Marsh",
                False,
                "P2",
            ),
            ("Saturday was not a one-off,", "Bernadette Quill", False, "P3"),
            ("It was the beginning.", "Bernadette Quill", False, "P3"),
            ("You could not hear yourself think,", "Ebony Achebe-Stone", False, None),
            (
                "It was brilliant, even from where we were standing.",
                "Ebony Achebe-Stone",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Niamh Kerrigan-Doyle", "Threads"),
            ("P2", "Hélène Dubois-Marsh", "Saturday Sport Hour"),
            ("P3", "Bernadette Quill", None),
        ],
        "people": [
            "Niamh Kerrigan-Doyle",
            "Hélène Dubois-Marsh",
            "Bernadette Quill",
            "Ebony Achebe-Stone",
        ],
    },
    {
        "name": "college-basketball-recruit-youtube-commitment-coach-x-mother-newspaper",
        "text": (
            "Jalen Whitford-Amos, the top-ranked high school point guard in the country, announced "
            "on Wednesday that he would play college basketball at Ridgeline State, choosing the "
            "Pioneers over Coastal Tech and Harmon University.\n\n"
            "In a video posted to his YouTube channel, the 18-year-old thanked his family and his "
            "high school coach before pulling on a Ridgeline cap. “This is where I can grow, on "
            "the court and off it,” he said in the video.\n\n"
            "Ridgeline’s head coach, Dale Sutterfield, is barred by conference rules from "
            "commenting on a recruit until he signs, but he posted a single word on X a few "
            "minutes later: “Welcome.”\n\n"
            "Whitford-Amos’s mother, Renée Whitford, told the Harmon Valley Times that the "
            "decision had come down to one visit. “He came home from Ridgeline and did not stop "
            "talking for three hours,” she said. “I knew then.”\n\n"
            "In an interview on Thursday, his high school coach, Victor Ellsworth-Baines, said the "
            "point guard had turned down larger offers. “He asked me once which school would make "
            "him a better man, not a richer one,” Ellsworth-Baines said."
        ),
        "quotes": [
            (
                "This is where I can grow, on the court and off it,",
                "Jalen Whitford-Amos",
                False,
                "P1",
            ),
            ("Welcome.", "Dale Sutterfield", False, "P2"),
            (
                "He came home from Ridgeline and did not stop talking for three hours,",
                "Renée Whitford",
                False,
                "P3",
            ),
            ("I knew then.", "Renée Whitford", False, "P3"),
            (
                "He asked me once which school would make him a better man, not a richer one,",
                "Victor Ellsworth-Baines",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Jalen Whitford-Amos", "YouTube"),
            ("P2", "Dale Sutterfield", "X"),
            ("P3", "Renée Whitford", "Harmon Valley Times"),
        ],
        "people": [
            "Jalen Whitford-Amos",
            "Dale Sutterfield",
            "Renée Whitford",
            "Victor Ellsworth-Baines",
        ],
    },
]
