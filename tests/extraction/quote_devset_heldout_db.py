"""The one-hundredth self-made dev set, held out (DB): its first run is an unseen estimate.

Written with set DC, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- people lists every named person in order of first mention, whether or not
  they speak (Alex Cooper, the podcast host; Mateo Guerrero-Lin, the boy the
  lawsuit is about); organisations, restaurants, storms and albums are not
  people.
- A post reported without any quoted words (Ticketmaster's statement, Tesco's
  statement) is still listed in posts.
- A quote split by its attribution (“Pausing is fine,” he wrote, “but
  abandoning ...”) is two quotes, both whole (not partial), with the same
  speaker and post; the second piece is not a fragment in narration.
- A comment or reply under a post reported as "Under the post, X pushed back",
  "when a commenter under the video asked ..., she answered", "drew a reply
  from X:", "added beneath her post:", "answered her directly in a reply" or
  "including one from a teacher" belongs to the post it answers, even when the
  replier is the post's own author (the storm chaser answering under her own
  TikTok video).
- Words introduced by "that" in narration ("wrote in a note to clients that
  “shrinkflation buys ...”", "replied beneath her post that ...") are partial,
  even when they form a whole sentence.
- A national weather office's post on X and a tenants' union's Instagram post
  have author None, and their words speak as None ("the office posted").
- A named official's own statement (the attorney general Kenneth Obi "said in
  a statement"; "the statement said") is his post with no platform, and its
  words speak as him; a company's emailed statement given by an unnamed
  spokesman has author None.
- A judge's written opinion is the judge's post with no platform, and "writing
  that" in the story's first sentence already reports that opinion.
- A critic's review in a named newspaper (The Boston Globe) is the critic's
  post with that newspaper as platform.
- A study published in a named journal (Science) is a post with the journal as
  platform; its author is the lead author when the text says she wrote it
  ("wrote the study's lead author ... and her co-authors").
- A company's blog post with no named platform has author None and platform
  None.
- An Instagram story is an Instagram post; a photo posted "with the caption"
  or "wrote in the caption" and a video posted "with the words" give whole
  quotes (not partial).
- A follow-up TikTok video is a new TikTok post by the same author.
- A video posted to a state's YouTube channel in which the governor speaks is
  the governor's YouTube post.
- The YouTube show The Overlap, the podcast Call Her Daddy, CNBC's Squawk Box
  (platform Squawk Box), the radio program La Rotativa del Aire and the daily
  El País take the show's or paper's name; "told the BBC" and "told L’Équipe"
  are interviews with those outlets.
- A quote running over two paragraphs right after "spoke to the radio program
  La Rotativa del Aire ... about the award" is two quotes (one per paragraph)
  belonging to that interview; the first piece has no closing mark.
- A Reddit thread started by an unnamed user has author None; its title in
  marks (“My house became a sauna at 3 a.m.”) is a title, not a quote; an
  unnamed reply under it belongs to it with speaker None.
- A chief executive's apology on LinkedIn is the executive's post; a medical
  director's email to season-ticket holders and a superintendent's letter to
  parents are their own posts with no platform; a congressman's letter to FEMA
  is his post with no platform.
- A family's lawsuit has author None and its words speak as None; the mother
  speaking "at a news conference outside the courthouse" is not a post.
- An on-court interview in which a player "told the crowd" has no named outlet
  and is not a post; "said in a phone interview", "reached by phone", "said at
  the meeting", "asked about it by reporters" and "at a briefing" are not
  posts.
- An announcement with no medium ("announced on Tuesday a ban ..., saying
  residents had been “priced out ...”") is not a post, so its fragment has
  post None; a spokeswoman's fragment with no statement named has post None.
- A nickname inside a name (Lucas “Flash” Moreira) is not a quote and not part
  of the canonical name (Lucas Moreira); a book or album title in marks
  (“Salt, Smoke, Patience”, “Harmattan”) is not a quote.
- A scare quote in single marks inside a quote (‘cooling center’, ‘touring’,
  ‘ban all fungicides,’) is part of the quote's text.
- Two people sharing a surname (Adaeze and Chiamaka Okonkwo, Rosa Quispe Mamani
  and Joel Quispe): a bare surname refers to the one already named when it is
  used, and the texts avoid a bare surname once both are named; "his mother"
  is Rosa Quispe Mamani.
- Spanish and Peruvian double surnames are part of the canonical name
  (Inmaculada Ferrer Roig, Rosa Quispe Mamani), and the shorter form used later
  (Ferrer Roig, Quispe) resolves to it; Vietnamese and Korean names keep the
  order as written (Phan Thu Trang, Hyun-woo Baek).
- Titles such as Mayor, Councilman, Judge, Dr., State Sen., Senator,
  Superintendent, Board member and Representative are not part of a name.
Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DB: list[dict] = [
    {
        "name": "facebook-parking-meters-pause-council-comment",
        "text": (
            "Mayor Abena Owusu-Mensah of Riverton said on Facebook on Wednesday that the city "
            "would suspend its plan to install parking meters along Harbor Street after weeks "
            "of complaints from shop owners. “We heard you, and we are pressing pause,” she "
            "wrote. “Nobody should lose their business to a parking app.”\n\n"
            "Under the post, Councilman Rafael Quintero, who had championed the meters, pushed "
            "back. “Pausing is fine,” he wrote, “but abandoning the plan would be a mistake.”\n\n"
            "The Harbor Street Merchants Association welcomed the decision in a statement, "
            "calling it “a win for every small shop on the block.”\n\n"
            "At a news conference on Thursday, the mayor said the city would commission a "
            "traffic study before revisiting the idea. “We will come back with numbers, not "
            "guesses,” Owusu-Mensah told reporters. Quintero said he would attend the study’s "
            "first public session."
        ),
        "quotes": [
            ("We heard you, and we are pressing pause,", "Abena Owusu-Mensah", False, "P1"),
            (
                "Nobody should lose their business to a parking app.",
                "Abena Owusu-Mensah",
                False,
                "P1",
            ),
            ("Pausing is fine,", "Rafael Quintero", False, "P1"),
            ("but abandoning the plan would be a mistake.", "Rafael Quintero", False, "P1"),
            ("a win for every small shop on the block.", None, True, "P2"),
            ("We will come back with numbers, not guesses,", "Abena Owusu-Mensah", False, None),
        ],
        "posts": [
            ("P1", "Abena Owusu-Mensah", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Abena Owusu-Mensah", "Rafael Quintero"],
    },
    {
        "name": "weather-service-x-hail-storm-chaser-tiktok",
        "text": (
            "The National Weather Service office in Norman, Oklahoma, warned on X early "
            "Saturday that a line of storms could bring hail “the size of baseballs” to the "
            "Oklahoma City area by evening. “If you have a garage, use it tonight,” the office "
            "posted.\n\n"
            "Kiera Blackfeather, a storm chaser with nearly a million followers on TikTok, "
            "uploaded a video from a highway outside Chickasha as the first cells formed. “This "
            "is the most unstable air I have seen all spring,” she said in the clip. When a "
            "commenter under the video asked whether she was safe, she answered, “Safe, fed and "
            "watching the radar.”\n\n"
            "The county’s emergency manager, Dmitri Volkov, said in a phone interview that "
            "shelters would open at 4 p.m. “We would rather open them and have nobody come,” he "
            "said.\n\n"
            "By 9 p.m., the service had confirmed hail up to three inches across in Grady "
            "County, and more than 20,000 homes had lost power."
        ),
        "quotes": [
            ("the size of baseballs", None, True, "P1"),
            ("If you have a garage, use it tonight,", None, False, "P1"),
            (
                "This is the most unstable air I have seen all spring,",
                "Kiera Blackfeather",
                False,
                "P2",
            ),
            ("Safe, fed and watching the radar.", "Kiera Blackfeather", False, "P2"),
            ("We would rather open them and have nobody come,", "Dmitri Volkov", False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Kiera Blackfeather", "TikTok"),
        ],
        "people": ["Kiera Blackfeather", "Dmitri Volkov"],
    },
    {
        "name": "linkedin-layoffs-comment-substack-former-manager",
        "text": (
            "Priya Raghunathan, the chief executive of the San Francisco software company "
            "Lattice & Loom, said in a LinkedIn post on Monday that she had laid off 140 "
            "people, about a fifth of the staff. “I made the call, and I will carry it,” she "
            "wrote. “Every person leaving gets six months of pay.”\n\n"
            "Under the post, a product designer who was let go, Oluwaseun Bakare, commented "
            "that the severance was “generous, honestly, but the way we found out was not.”\n\n"
            "A former engineering manager, Camille Fontaine, went further in a Substack essay "
            "on Wednesday. “Leadership knew in January and told us in April,” she wrote, adding "
            "that the company had kept hiring “right up to the week of the cuts.”\n\n"
            "A company spokeswoman said the timing had been “driven by the board’s review” and "
            "declined to comment further.\n\n"
            "Raghunathan founded the company in 2016 after eight years at Google. It raised $90 "
            "million last year."
        ),
        "quotes": [
            ("I made the call, and I will carry it,", "Priya Raghunathan", False, "P1"),
            ("Every person leaving gets six months of pay.", "Priya Raghunathan", False, "P1"),
            (
                "generous, honestly, but the way we found out was not.",
                "Oluwaseun Bakare",
                True,
                "P1",
            ),
            ("Leadership knew in January and told us in April,", "Camille Fontaine", False, "P2"),
            ("right up to the week of the cuts.", "Camille Fontaine", True, "P2"),
            ("driven by the board’s review", None, True, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
            ("P2", "Camille Fontaine", "Substack"),
        ],
        "people": ["Priya Raghunathan", "Oluwaseun Bakare", "Camille Fontaine"],
    },
    {
        "name": "globe-review-one-star-chef-instagram-husband-reply",
        "text": (
            "The chef Yuki Tanabe-Hart had been open for three weeks when The Boston Globe’s "
            "restaurant critic, Marcus Ellery, gave her Back Bay restaurant, Kōji, a single "
            "star. In his review, he called the tasting menu “a lecture with small plates.”\n\n"
            "Tanabe-Hart answered on Instagram the next morning with a photo of her kitchen "
            "crew. “Twelve cooks read that review at 6 a.m. and still showed up,” the chef "
            "wrote in the caption. “That is the only review I need.”\n\n"
            "Her husband, Owen Hart, who runs the dining room, was more pointed in a reply "
            "under her post. “One star for a place he visited once, on opening week,” he wrote.\n\n"
            "Ellery, reached by phone, said he stood by the piece. “I hope she proves me "
            "wrong,” he said.\n\n"
            "Tanabe-Hart’s first cookbook, “Salt, Smoke, Patience,” is due out in the fall, and "
            "the restaurant is booked through October."
        ),
        "quotes": [
            ("a lecture with small plates.", "Marcus Ellery", True, "P1"),
            (
                "Twelve cooks read that review at 6 a.m. and still showed up,",
                "Yuki Tanabe-Hart",
                False,
                "P2",
            ),
            ("That is the only review I need.", "Yuki Tanabe-Hart", False, "P2"),
            ("One star for a place he visited once, on opening week,", "Owen Hart", False, "P2"),
            ("I hope she proves me wrong,", "Marcus Ellery", False, None),
        ],
        "posts": [
            ("P1", "Marcus Ellery", "The Boston Globe"),
            ("P2", "Yuki Tanabe-Hart", "Instagram"),
        ],
        "people": ["Yuki Tanabe-Hart", "Marcus Ellery", "Owen Hart"],
    },
    {
        "name": "judge-blocks-age-verification-law-statement-x",
        "text": (
            "A federal judge in Phoenix on Friday blocked Arizona’s new law requiring social "
            "media companies to verify the ages of their users, writing that it swept in “far "
            "more speech than the state could ever justify.”\n\n"
            "In her 38-page opinion, Judge Marisela Tafoya-Brandt said the state had offered "
            "“no evidence that the law would work as promised.”\n\n"
            "The state’s attorney general, Kenneth Obi, said in a statement that he would "
            "appeal. “Protecting children online is not optional, and we will take this to the "
            "Ninth Circuit,” the statement said.\n\n"
            "NetChoice, the tech trade group that brought the suit, called the ruling “a clear "
            "win for the First Amendment” in a post on X.\n\n"
            "Speaking outside the courthouse, the group’s lawyer, Hamid Rezaei, said the "
            "decision would echo in other states considering similar bills. “Legislatures are "
            "watching this case,” he said. The law had been due to take effect on Jan. 1."
        ),
        "quotes": [
            (
                "far more speech than the state could ever justify.",
                "Marisela Tafoya-Brandt",
                True,
                "P1",
            ),
            (
                "no evidence that the law would work as promised.",
                "Marisela Tafoya-Brandt",
                True,
                "P1",
            ),
            (
                "Protecting children online is not optional, and we will take this to the Ninth Circuit,",
                "Kenneth Obi",
                False,
                "P2",
            ),
            ("a clear win for the First Amendment", None, True, "P3"),
            ("Legislatures are watching this case,", "Hamid Rezaei", False, None),
        ],
        "posts": [
            ("P1", "Marisela Tafoya-Brandt", None),
            ("P2", "Kenneth Obi", None),
            ("P3", None, "X"),
        ],
        "people": ["Marisela Tafoya-Brandt", "Kenneth Obi", "Hamid Rezaei"],
    },
    {
        "name": "winger-youtube-show-instagram-manager-presser-email",
        "text": (
            "Lucas “Flash” Moreira, the Brazilian winger who has not played since tearing a "
            "knee ligament in October, said on Tuesday that he expected to be fit for the final "
            "weeks of the season.\n\n"
            "“I am running again, I am kicking again, and I am not in pain,” Moreira told the "
            "YouTube show The Overlap, in an episode released Tuesday. “April is the target.”\n\n"
            "He later posted a video of a training session on Instagram with the words “Step by "
            "step.”\n\n"
            "His manager at Hollins Park, Sigrun Haldorsen, sounded more cautious at her weekly "
            "news conference. “We will not rush him for anybody,” she said. “Not for the fans, "
            "not for me, not for the table.”\n\n"
            "The club’s medical director, Dr. Aarav Khanna, wrote in an email to season-ticket "
            "holders that the recovery was “on schedule, but not ahead of it.” The club sits "
            "fourth, two points off the top."
        ),
        "quotes": [
            (
                "I am running again, I am kicking again, and I am not in pain,",
                "Lucas Moreira",
                False,
                "P1",
            ),
            ("April is the target.", "Lucas Moreira", False, "P1"),
            ("Step by step.", "Lucas Moreira", False, "P2"),
            ("We will not rush him for anybody,", "Sigrun Haldorsen", False, None),
            ("Not for the fans, not for me, not for the table.", "Sigrun Haldorsen", False, None),
            ("on schedule, but not ahead of it.", "Aarav Khanna", True, "P3"),
        ],
        "posts": [
            ("P1", "Lucas Moreira", "The Overlap"),
            ("P2", "Lucas Moreira", "Instagram"),
            ("P3", "Aarav Khanna", None),
        ],
        "people": ["Lucas Moreira", "Sigrun Haldorsen", "Aarav Khanna"],
    },
    {
        "name": "science-journal-bees-fungicide-bluesky-thread",
        "text": (
            "Honeybees exposed to a common fungicide failed to find their way back to the hive "
            "almost twice as often as unexposed bees, according to a study published on "
            "Wednesday in the journal Science.\n\n"
            "“The effect was far larger than we expected from a chemical sold as bee-safe,” "
            "wrote the study’s lead author, Tendai Mavhunga, an ecologist at the University of "
            "Cape Town, and her co-authors.\n\n"
            "Mavhunga posted a thread about the findings on Bluesky the same day. “Please don’t "
            "read this as ‘ban all fungicides,’” she wrote. “Read it as ‘test them properly.’”\n\n"
            "Under the thread, the entomologist Björn Asplund replied that the paper was "
            "“careful, convincing and overdue.”\n\n"
            "A spokesman for Agrivance, which makes the fungicide, said in an emailed statement "
            "that the company’s products were “rigorously tested and approved by regulators in "
            "40 countries.” The European Commission said it would review the study."
        ),
        "quotes": [
            (
                "The effect was far larger than we expected from a chemical sold as bee-safe,",
                "Tendai Mavhunga",
                False,
                "P1",
            ),
            ("Please don’t read this as ‘ban all fungicides,’", "Tendai Mavhunga", False, "P2"),
            ("Read it as ‘test them properly.’", "Tendai Mavhunga", False, "P2"),
            ("careful, convincing and overdue.", "Björn Asplund", True, "P2"),
            ("rigorously tested and approved by regulators in 40 countries.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Tendai Mavhunga", "Science"),
            ("P2", "Tendai Mavhunga", "Bluesky"),
            ("P3", None, None),
        ],
        "people": ["Tendai Mavhunga", "Björn Asplund"],
    },
    {
        "name": "op-ed-property-tax-cap-threads-rival-town-hall",
        "text": (
            "State Sen. Halvard Lindgren, a Republican from Duluth, argued in an op-ed in the "
            "Star Tribune on Sunday that Minnesota should cap property tax increases at 3 "
            "percent a year. “Families on fixed incomes cannot plan around a bill that jumps 12 "
            "percent,” he wrote.\n\n"
            "His Democratic challenger, Farah Siddiqui, responded on Threads within hours. “A "
            "cap sounds kind. In practice it means fewer snowplows and bigger class sizes,” she "
            "posted.\n\n"
            "Lindgren’s campaign manager, Tyrone Gaskins, replied beneath her post that the "
            "district’s schools already had “more money per pupil than ever.”\n\n"
            "The two candidates met at a town hall in Hermantown on Monday night, where "
            "Siddiqui repeated the point to a packed gymnasium. “Nobody in this room voted for "
            "fewer plows,” she said, drawing applause.\n\n"
            "Lindgren said he would release a full plan before the October debate. The seat has "
            "been held by Republicans since 2012."
        ),
        "quotes": [
            (
                "Families on fixed incomes cannot plan around a bill that jumps 12 percent,",
                "Halvard Lindgren",
                False,
                "P1",
            ),
            (
                "A cap sounds kind. In practice it means fewer snowplows and bigger class sizes,",
                "Farah Siddiqui",
                False,
                "P2",
            ),
            ("more money per pupil than ever.", "Tyrone Gaskins", True, "P2"),
            ("Nobody in this room voted for fewer plows,", "Farah Siddiqui", False, None),
        ],
        "posts": [
            ("P1", "Halvard Lindgren", "Star Tribune"),
            ("P2", "Farah Siddiqui", "Threads"),
        ],
        "people": ["Halvard Lindgren", "Farah Siddiqui", "Tyrone Gaskins"],
    },
    {
        "name": "thermostat-glitch-release-reddit-youtube-linkedin",
        "text": (
            "The maker of the Pebblebrook smart thermostat said in a press release on Thursday "
            "that it would push a software fix after thousands of owners reported devices "
            "heating their homes to 85 degrees overnight. The release said the glitch affected "
            "“a small subset of units running version 4.2.”\n\n"
            "Owners were less forgiving on Reddit, where one user started a thread titled “My "
            "house became a sauna at 3 a.m.” that drew more than 6,000 comments. “Small subset "
            "my foot. Everyone in my building has it,” one reply said.\n\n"
            "The tech reviewer Jonah Adebayo-Park, whose YouTube channel has two million "
            "subscribers, posted a video testing the update. “The fix works, but it took them "
            "nine days to admit anything,” he said in the video.\n\n"
            "Pebblebrook’s chief executive, Ilse Vermeulen, apologized on LinkedIn. “We let you "
            "down, and we are sorry,” she wrote, promising a $50 credit to every affected "
            "owner."
        ),
        "quotes": [
            ("a small subset of units running version 4.2.", None, True, "P1"),
            ("Small subset my foot. Everyone in my building has it,", None, False, "P2"),
            (
                "The fix works, but it took them nine days to admit anything,",
                "Jonah Adebayo-Park",
                False,
                "P3",
            ),
            ("We let you down, and we are sorry,", "Ilse Vermeulen", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Reddit"),
            ("P3", "Jonah Adebayo-Park", "YouTube"),
            ("P4", "Ilse Vermeulen", "LinkedIn"),
        ],
        "people": ["Jonah Adebayo-Park", "Ilse Vermeulen"],
    },
    {
        "name": "singer-cancels-tour-instagram-sister-facebook-podcast",
        "text": (
            "The singer Adaeze Okonkwo canceled the remaining 14 dates of her North American "
            "tour on Monday, citing exhaustion, in an Instagram story that was shared more than "
            "200,000 times. “My body has been asking me to stop for months. I am finally "
            "listening,” she wrote.\n\n"
            "Her sister and manager, Chiamaka Okonkwo, wrote on Facebook that refunds would be "
            "automatic and that the family was “grateful for so much grace.”\n\n"
            "The singer had hinted at the strain in a February episode of the podcast Call Her "
            "Daddy. “People think ‘touring’ means the two hours on stage,” she told the host, "
            "Alex Cooper. “It is the other 22.”\n\n"
            "Ticketmaster said in a statement that buyers would be refunded within 30 days.\n\n"
            "The 29-year-old’s second album, “Harmattan,” was nominated for two Grammys this "
            "year, and the tour had been her largest, with arena shows in Toronto, Atlanta and "
            "Los Angeles."
        ),
        "quotes": [
            (
                "My body has been asking me to stop for months. I am finally listening,",
                "Adaeze Okonkwo",
                False,
                "P1",
            ),
            ("grateful for so much grace.", "Chiamaka Okonkwo", True, "P2"),
            ("People think ‘touring’ means the two hours on stage,", "Adaeze Okonkwo", False, "P3"),
            ("It is the other 22.", "Adaeze Okonkwo", False, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo", "Instagram"),
            ("P2", "Chiamaka Okonkwo", "Facebook"),
            ("P3", "Adaeze Okonkwo", "Call Her Daddy"),
            ("P4", None, None),
        ],
        "people": ["Adaeze Okonkwo", "Chiamaka Okonkwo", "Alex Cooper"],
    },
    {
        "name": "phoenix-heat-utility-release-x-reply-briefing",
        "text": (
            "Phoenix recorded its 30th straight day above 110 degrees on Sunday, and the "
            "region’s largest utility asked customers to set thermostats no lower than 78 "
            "degrees between 4 and 7 p.m.\n\n"
            "“Every degree matters when the grid is this tight,” Arizona Public Service said in "
            "a news release, adding that it had not ordered any rolling outages.\n\n"
            "Rosalinda Chavarría, a retired schoolteacher in Maryvale, posted on X a photo of "
            "the thermometer on her porch reading 117. “My ‘cooling center’ is a bag of ice and "
            "a wet towel,” she wrote. Her post drew a reply from the city’s heat response "
            "officer, Nnamdi Eze: “Please call 311 and we will get you a ride to a real one.”\n\n"
            "At a briefing on Monday, Mayor Teodoro Vance said nine deaths this month were "
            "suspected to be heat related. “One is too many,” he said. Forecasters expect no "
            "relief before Friday."
        ),
        "quotes": [
            ("Every degree matters when the grid is this tight,", None, False, "P1"),
            (
                "My ‘cooling center’ is a bag of ice and a wet towel,",
                "Rosalinda Chavarría",
                False,
                "P2",
            ),
            (
                "Please call 311 and we will get you a ride to a real one.",
                "Nnamdi Eze",
                False,
                "P2",
            ),
            ("One is too many,", "Teodoro Vance", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rosalinda Chavarría", "X"),
        ],
        "people": ["Rosalinda Chavarría", "Nnamdi Eze", "Teodoro Vance"],
    },
    {
        "name": "tiktok-two-ingredient-bread-medium-critic-bbc",
        "text": (
            "A two-ingredient bread recipe posted on TikTok by the home baker Ingrid Solheim "
            "has cleared supermarket shelves of self-raising flour in parts of Britain and "
            "Ireland. “No yeast, no kneading, no excuses,” the baker says at the start of the "
            "video, which has been watched 41 million times.\n\n"
            "Not everyone is sold. The food scientist Kwame Asante-Darko wrote on Medium that "
            "the loaf was “a scone with ambitions” and that the promised rise was “physically "
            "impossible without an extra leavener.”\n\n"
            "Solheim took the criticism in good humor. In a follow-up TikTok, she held up a "
            "loaf and said, “Call it a scone if you like. My kids call it dinner.”\n\n"
            "Tesco said in a statement that it expected flour stocks to recover within a week. "
            "A spokeswoman for Sainsbury’s, Harriet Lowe, told the BBC that the chain had "
            "“doubled orders from our millers.”"
        ),
        "quotes": [
            ("No yeast, no kneading, no excuses,", "Ingrid Solheim", False, "P1"),
            ("a scone with ambitions", "Kwame Asante-Darko", True, "P2"),
            ("physically impossible without an extra leavener.", "Kwame Asante-Darko", True, "P2"),
            ("Call it a scone if you like. My kids call it dinner.", "Ingrid Solheim", False, "P3"),
            ("doubled orders from our millers.", "Harriet Lowe", True, "P5"),
        ],
        "posts": [
            ("P1", "Ingrid Solheim", "TikTok"),
            ("P2", "Kwame Asante-Darko", "Medium"),
            ("P3", "Ingrid Solheim", "TikTok"),
            ("P4", None, None),
            ("P5", "Harriet Lowe", "BBC"),
        ],
        "people": ["Ingrid Solheim", "Kwame Asante-Darko", "Harriet Lowe"],
    },
    {
        "name": "cocoa-forecast-earnings-release-analyst-note-squawk-box",
        "text": (
            "Shares of Marlowe Foods fell 9 percent on Wednesday after the packaged-snack maker "
            "cut its annual forecast, blaming the soaring price of cocoa.\n\n"
            "“Cocoa costs have roughly tripled in 18 months, and we cannot pass all of that on "
            "to shoppers,” the chief executive, Renata Albuquerque, said in the company’s "
            "earnings release.\n\n"
            "On a call with analysts, Albuquerque said the company would shrink some chocolate "
            "bars rather than raise prices. “Consumers notice a price before they notice a "
            "gram,” she said.\n\n"
            "That strategy drew skepticism from Hyun-woo Baek, an analyst at Bernstein, who "
            "wrote in a note to clients that “shrinkflation buys a quarter, not a year.”\n\n"
            "Albuquerque defended the decision later in an interview with CNBC’s Squawk Box. "
            "“We are not hiding anything. The weight is printed on every wrapper,” she said. "
            "The company now expects sales to grow 2 percent this year, down from 5 percent."
        ),
        "quotes": [
            (
                "Cocoa costs have roughly tripled in 18 months, and we cannot pass all of that on to shoppers,",
                "Renata Albuquerque",
                False,
                "P1",
            ),
            (
                "Consumers notice a price before they notice a gram,",
                "Renata Albuquerque",
                False,
                None,
            ),
            ("shrinkflation buys a quarter, not a year.", "Hyun-woo Baek", True, "P2"),
            (
                "We are not hiding anything. The weight is printed on every wrapper,",
                "Renata Albuquerque",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hyun-woo Baek", None),
            ("P3", "Renata Albuquerque", "Squawk Box"),
        ],
        "people": ["Renata Albuquerque", "Hyun-woo Baek"],
    },
    {
        "name": "wire-spain-holiday-rental-ban-el-pais-x-instagram",
        "text": (
            "MADRID (Reuters) — Spain’s housing minister, Inmaculada Ferrer Roig, announced on "
            "Tuesday a ban on new short-term holiday rentals in the centers of 12 cities, "
            "saying residents had been “priced out of their own neighborhoods.”\n\n"
            "“A home is for living in before it is for earning from,” Ferrer Roig told the "
            "daily El País in an interview published Tuesday.\n\n"
            "The opposition leader, Álvaro Montes, called the ban “an attack on thousands of "
            "small landlords” in a post on X. “This government does not build homes; it bans "
            "them,” he added in the same post.\n\n"
            "A tenants’ union in Barcelona, the Sindicat de Llogateres, wrote on Instagram that "
            "the measure was “a first step, not a solution.”\n\n"
            "Airbnb said in a statement that it would study the decree and remained “open to "
            "dialogue with the ministry.” Spain has about 350,000 registered tourist flats."
        ),
        "quotes": [
            ("priced out of their own neighborhoods.", "Inmaculada Ferrer Roig", True, None),
            (
                "A home is for living in before it is for earning from,",
                "Inmaculada Ferrer Roig",
                False,
                "P1",
            ),
            ("an attack on thousands of small landlords", "Álvaro Montes", True, "P2"),
            ("This government does not build homes; it bans them,", "Álvaro Montes", False, "P2"),
            ("a first step, not a solution.", None, True, "P3"),
            ("open to dialogue with the ministry.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Inmaculada Ferrer Roig", "El País"),
            ("P2", "Álvaro Montes", "X"),
            ("P3", None, "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Inmaculada Ferrer Roig", "Álvaro Montes"],
    },
    {
        "name": "ai-model-blog-claim-x-researcher-founder-reply",
        "text": (
            "The artificial intelligence start-up Corvid Labs released a model on Thursday that "
            "it says can write working software from a spoken description, and claimed in a "
            "blog post that it outperformed rival systems “on every coding benchmark we "
            "tested.”\n\n"
            "Within hours, Dr. Mei-Ling Zhou, a computer scientist at Carnegie Mellon "
            "University, questioned that claim on X. “Three of those benchmarks were in the "
            "training data. That is not a test, that is a memory exercise,” she wrote.\n\n"
            "Corvid’s co-founder, Sebastián Ortega, answered her directly in a reply. “Fair "
            "point on two of them. We will publish clean numbers next week,” he wrote.\n\n"
            "The exchange came a day before Ortega was due to testify at a Senate hearing on AI "
            "safety. Asked about it by reporters on Capitol Hill, Senator Delphine Okafor said "
            "the episode showed why independent testing mattered. “Companies should not be "
            "grading their own homework,” she said."
        ),
        "quotes": [
            ("on every coding benchmark we tested.", None, True, "P1"),
            (
                "Three of those benchmarks were in the training data. That is not a test, that is a memory exercise,",
                "Mei-Ling Zhou",
                False,
                "P2",
            ),
            (
                "Fair point on two of them. We will publish clean numbers next week,",
                "Sebastián Ortega",
                False,
                "P2",
            ),
            ("Companies should not be grading their own homework,", "Delphine Okafor", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mei-Ling Zhou", "X"),
        ],
        "people": ["Mei-Ling Zhou", "Sebastián Ortega", "Delphine Okafor"],
    },
    {
        "name": "school-phone-ban-letter-facebook-group-comment",
        "text": (
            "The Cedar Falls school board voted 5-2 on Tuesday night to ban cellphones in "
            "classrooms from next fall, after a meeting that ran past midnight.\n\n"
            "Superintendent Gwendolyn Achterberg had laid out the reasoning in a letter to "
            "parents last week. “Our teachers are competing with a device designed to win,” she "
            "wrote. “We are taking them out of that contest.”\n\n"
            "Not all parents agreed. In the Cedar Falls Parents Facebook group, Tariq Mahmoud, "
            "a father of three, wrote that he needed to reach his children “in an emergency, "
            "not after the last bell.” His post drew more than 400 comments, including one from "
            "a teacher, Lena Vasquez-Holm: “In an emergency, call the office. That is what it "
            "is for.”\n\n"
            "Board member Patrick Oyelowo, who voted against the ban, said at the meeting that "
            "enforcement would fall on teachers. “We are handing them another job,” he said."
        ),
        "quotes": [
            (
                "Our teachers are competing with a device designed to win,",
                "Gwendolyn Achterberg",
                False,
                "P1",
            ),
            ("We are taking them out of that contest.", "Gwendolyn Achterberg", False, "P1"),
            ("in an emergency, not after the last bell.", "Tariq Mahmoud", True, "P2"),
            (
                "In an emergency, call the office. That is what it is for.",
                "Lena Vasquez-Holm",
                False,
                "P2",
            ),
            ("We are handing them another job,", "Patrick Oyelowo", False, None),
        ],
        "posts": [
            ("P1", "Gwendolyn Achterberg", None),
            ("P2", "Tariq Mahmoud", "Facebook"),
        ],
        "people": ["Gwendolyn Achterberg", "Tariq Mahmoud", "Lena Vasquez-Holm", "Patrick Oyelowo"],
    },
    {
        "name": "roland-garros-semifinal-on-court-x-lequipe-instagram",
        "text": (
            "Aiko Fujimura reached her first Grand Slam final on Thursday, beating the second "
            "seed, Valentina Ruiz-Ocampo, 6-4, 3-6, 7-5 at Roland Garros.\n\n"
            "“I have dreamed of this court since I was seven,” Fujimura told the crowd in an "
            "on-court interview, in French.\n\n"
            "Her opponent was less gracious in a post on X an hour later, complaining about a "
            "disputed line call in the final set. “One call. One call decided a semifinal,” "
            "Ruiz-Ocampo wrote. She later deleted the post.\n\n"
            "Fujimura’s coach, Stefan Kowalczyk, told L’Équipe that the call “did not decide "
            "anything; Aiko did.”\n\n"
            "In an Instagram post that night, Fujimura thanked her parents, who had flown in "
            "from Osaka for the tournament. “Mom and Dad, this one is yours,” she wrote beneath "
            "a photo of the three of them. She will face the defending champion on Saturday."
        ),
        "quotes": [
            ("I have dreamed of this court since I was seven,", "Aiko Fujimura", False, None),
            ("One call. One call decided a semifinal,", "Valentina Ruiz-Ocampo", False, "P1"),
            ("did not decide anything; Aiko did.", "Stefan Kowalczyk", True, "P2"),
            ("Mom and Dad, this one is yours,", "Aiko Fujimura", False, "P3"),
        ],
        "posts": [
            ("P1", "Valentina Ruiz-Ocampo", "X"),
            ("P2", "Stefan Kowalczyk", "L’Équipe"),
            ("P3", "Aiko Fujimura", "Instagram"),
        ],
        "people": ["Aiko Fujimura", "Valentina Ruiz-Ocampo", "Stefan Kowalczyk"],
    },
    {
        "name": "family-lawsuit-challenge-videos-statement-linkedin",
        "text": (
            "The parents of a 16-year-old who died after attempting a viral breath-holding "
            "challenge have sued TikTok and its parent company, ByteDance, in Los Angeles "
            "Superior Court, accusing the platform of pushing the videos to their son’s feed.\n\n"
            "The lawsuit, filed Monday by the family of Mateo Guerrero-Lin, says the app’s "
            "algorithm served him “dozens of challenge videos in the weeks before his death.”\n\n"
            "“We want every parent to know what we did not know,” his mother, Sofia Guerrero, "
            "said at a news conference outside the courthouse.\n\n"
            "TikTok said in a statement that it removes dangerous challenges and that the "
            "content was “not found on our platform.” A lawyer for the family, Jerome "
            "Whitfield, dismissed that on LinkedIn. “Their own records will say otherwise, and "
            "we intend to get them,” he wrote.\n\n"
            "A first hearing in the case is scheduled for March. Similar suits are pending in "
            "Texas and Pennsylvania."
        ),
        "quotes": [
            ("dozens of challenge videos in the weeks before his death.", None, True, "P1"),
            ("We want every parent to know what we did not know,", "Sofia Guerrero", False, None),
            ("not found on our platform.", None, True, "P2"),
            (
                "Their own records will say otherwise, and we intend to get them,",
                "Jerome Whitfield",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Jerome Whitfield", "LinkedIn"),
        ],
        "people": ["Mateo Guerrero-Lin", "Sofia Guerrero", "Jerome Whitfield"],
    },
    {
        "name": "lima-star-radio-interview-two-paragraphs-threads-son",
        "text": (
            "The Guía Roja restaurant guide on Monday awarded its first star in Lima’s Callao "
            "district to Ceviche Dorado, a 20-seat counter run by the chef Rosa Quispe Mamani.\n\n"
            "Quispe, 52, learned to cook from her grandmother in Puno. She spoke to the radio "
            "program La Rotativa del Aire on Tuesday morning about the award.\n\n"
            "“I did not go to a culinary school. I went to my grandmother’s kitchen, every "
            "summer, until she died.\n\n"
            "“This star belongs to her, and to every woman who cooks at a market stall and "
            "never gets a plaque,” she said.\n\n"
            "Her son, Joel Quispe, who runs the front of house, posted a video of his mother in "
            "tears on Threads. “Twenty years of 5 a.m. fish markets,” he wrote.\n\n"
            "The guide’s director, Lorenzo Ambrosetti, said in a press release that the "
            "restaurant showed “the soul of Peruvian coastal cooking.” Reservations are now "
            "booked until June."
        ),
        "quotes": [
            (
                "I did not go to a culinary school. I went to my grandmother’s kitchen, every summer, until she died.",
                "Rosa Quispe Mamani",
                False,
                "P1",
            ),
            (
                "This star belongs to her, and to every woman who cooks at a market stall and never gets a plaque,",
                "Rosa Quispe Mamani",
                False,
                "P1",
            ),
            ("Twenty years of 5 a.m. fish markets,", "Joel Quispe", False, "P2"),
            ("the soul of Peruvian coastal cooking.", "Lorenzo Ambrosetti", True, "P3"),
        ],
        "posts": [
            ("P1", "Rosa Quispe Mamani", "La Rotativa del Aire"),
            ("P2", "Joel Quispe", "Threads"),
            ("P3", None, "press release"),
        ],
        "people": ["Rosa Quispe Mamani", "Joel Quispe", "Lorenzo Ambrosetti"],
    },
    {
        "name": "hurricane-evacuation-youtube-bluesky-reply-letter",
        "text": (
            "As Hurricane Delia strengthened to a Category 3 storm in the Gulf on Wednesday, "
            "Louisiana’s governor, Marcus Thibodeaux, ordered mandatory evacuations for four "
            "coastal parishes.\n\n"
            "“If you are in Cameron, Vermilion, Terrebonne or Lafourche, leave now,” Thibodeaux "
            "said in a video posted to the state’s YouTube channel. “Do not wait for the wind.”\n\n"
            "The hurricane scientist Dr. Anjali Venkataraman wrote on Bluesky that the storm’s "
            "overnight growth had been “textbook rapid intensification over very warm water.” A "
            "colleague, Phan Thu Trang, added beneath her post: “The Gulf is running four "
            "degrees above normal. This is what that buys you.”\n\n"
            "Representative Darnell Broussard sent a letter to FEMA urging the agency to place "
            "generators in the parishes before landfall. “The last storm taught us that a week "
            "is too long to wait for power,” he wrote.\n\n"
            "At a briefing in Baton Rouge, the governor said evacuation buses would run until 6 "
            "p.m."
        ),
        "quotes": [
            (
                "If you are in Cameron, Vermilion, Terrebonne or Lafourche, leave now,",
                "Marcus Thibodeaux",
                False,
                "P1",
            ),
            ("Do not wait for the wind.", "Marcus Thibodeaux", False, "P1"),
            (
                "textbook rapid intensification over very warm water.",
                "Anjali Venkataraman",
                True,
                "P2",
            ),
            (
                "The Gulf is running four degrees above normal. This is what that buys you.",
                "Phan Thu Trang",
                False,
                "P2",
            ),
            (
                "The last storm taught us that a week is too long to wait for power,",
                "Darnell Broussard",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marcus Thibodeaux", "YouTube"),
            ("P2", "Anjali Venkataraman", "Bluesky"),
            ("P3", "Darnell Broussard", None),
        ],
        "people": [
            "Marcus Thibodeaux",
            "Anjali Venkataraman",
            "Phan Thu Trang",
            "Darnell Broussard",
        ],
    },
]
