"""The sixtieth self-made dev set, held out (BN): its first run is an unseen estimate.

Written with set BO, without reading the extraction rules, and committed before
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
- Honorifics and job titles (Gov., Sen., Rep., Judge, U.S. District Judge,
  Superintendent, Warden, Sheriff, Dr.) are not part of a canonical name.
- A reply left under a post on X or Facebook ("replied beneath the post",
  "replied under her post") is a comment under that post: the replier speaks,
  and the post is the one answered. Quoting a post on X with one's own words
  is a new X post by the quoter.
- A later post whose platform is only implied ("a post of his own", "he posted
  Tuesday", a "follow-up" video) is a new post on the platform named before.
- A whole caption or a whole short comment or reply ("Thank you, legend.",
  "Jealous?", "Took us long enough,") is not partial.
- An executive quoted in a company's press release is the quote's speaker; the
  release's author stays None. A campaign's statement ("Prynne's campaign said
  in a statement") is an organisation's: author and speaker None.
- A school district's Facebook post and a district's email to parents are
  posts with author None. A parent commenting under the district's post speaks
  in that post: as None when unnamed, by the name she gave ("who gave her name
  as") when named. The district's "second post" is a new Facebook post.
- A superintendent's letter, a news director's memo to staff, an inspector
  general's report and memo, a judge's opinion and a judge's written order are
  posts by the named person (platform None), and the words the document "says"
  or "found" are that person's. A judge's written order is treated like a
  judge's opinion.
- A post only mentioned with no words quoted from it (a lawsuit, a statement,
  a news release, a memo, a Nextdoor post) is still listed as a post.
- On a public radio show the post's author is the guest interviewed; a caller's
  words on the same show are linked to that post, with speaker None when the
  caller is unnamed.
- On a podcast the guest is the post's author; the host's words "on the
  episode" are linked to the same post with the host as speaker. An answer to
  a question "asked by host" on a TV show is linked to that show.
- Sharing a clip of an interview on Instagram with a caption is a new Instagram
  post by the sharer.
- A quote that follows "X told [outlet] that ..." in the same paragraph, with a
  plain "he said", is from that interview and linked to its post.
- A statement "posted to Instagram" is an Instagram post by its author.
- An unnamed representative's interview with a named outlet ("told Us Weekly")
  is a post with author None.
- A sentence split by its attribution ("Half the tour," she said, "has had
  ...") gives two quotes, neither partial.
- A quote introduced by "that" or otherwise built into the reporter's sentence
  is partial even when it is a complete clause.
- A school board meeting, words said "outside the courthouse", a news
  conference, an evening briefing and "said in an interview" with no outlet
  named are not posts.
- A TV station named by its call letters ("KHOU-TV", "WWL-TV") is the platform
  as written.
- People are every person named in the text, including people only mentioned
  (an incumbent, inmates, a host); a first name alone inside a quote ("Raúl",
  "Aisha", "Priyanka") is the same person, not a new one.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BN: list[dict] = [
    {
        "name": "governor-race-x-reply-and-rally",
        "text": (
            "State Sen. Dana Whitfield opened her campaign for governor on Tuesday with a post on X "
            "that took aim at the incumbent’s record on housing. “Four years, zero new starter "
            "homes. Ohio can do better,” wrote Whitfield, a Democrat from Dayton.\n\n"
            "Gov. Rick Sandoval’s campaign manager, Priya Raghunathan, replied beneath the post "
            "within the hour. “Check the permits, senator. They are up 40 percent,” she wrote.\n\n"
            "Sandoval later weighed in with a post of his own: “I’ll debate housing anywhere, "
            "anytime.”\n\n"
            "At a rally in Columbus that evening, Whitfield brushed off the exchange. “They can "
            "count permits,” she told the crowd. “Families count keys.”"
        ),
        "quotes": [
            (
                "Four years, zero new starter homes. Ohio can do better,",
                "Dana Whitfield",
                False,
                "P1",
            ),
            (
                "Check the permits, senator. They are up 40 percent,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("I’ll debate housing anywhere, anytime.", "Rick Sandoval", False, "P2"),
            ("They can count permits,", "Dana Whitfield", False, None),
            ("Families count keys.", "Dana Whitfield", False, None),
        ],
        "posts": [("P1", "Dana Whitfield", "X"), ("P2", "Rick Sandoval", "X")],
        "people": ["Dana Whitfield", "Rick Sandoval", "Priya Raghunathan"],
    },
    {
        "name": "tennis-retirement-instagram-comments-coach-interview",
        "text": (
            "Two-time Grand Slam finalist Ana Luísa Ferraz announced her retirement on Instagram on "
            "Sunday. “Twenty-two years with a racket in my hand. Time to put it down,” the "
            "34-year-old Brazilian wrote beneath a photo of her first junior trophy.\n\n"
            "Comments poured in. “You made all of us believe,” wrote her former doubles partner, "
            "Hana Kobayashi. Czech player Markéta Horáková left three heart emojis and the words "
            "“Thank you, legend.”\n\n"
            "Ferraz’s coach, Julien Marchetti, told L’Équipe on Monday that the decision had been "
            "months in the making. “Her shoulder was telling her for a long time,” he said. “She "
            "finally listened.”"
        ),
        "quotes": [
            (
                "Twenty-two years with a racket in my hand. Time to put it down,",
                "Ana Luísa Ferraz",
                False,
                "P1",
            ),
            ("You made all of us believe,", "Hana Kobayashi", False, "P1"),
            ("Thank you, legend.", "Markéta Horáková", False, "P1"),
            ("Her shoulder was telling her for a long time,", "Julien Marchetti", False, "P2"),
            ("She finally listened.", "Julien Marchetti", False, "P2"),
        ],
        "posts": [("P1", "Ana Luísa Ferraz", "Instagram"), ("P2", "Julien Marchetti", "L’Équipe")],
        "people": ["Ana Luísa Ferraz", "Hana Kobayashi", "Markéta Horáková", "Julien Marchetti"],
    },
    {
        "name": "reality-star-tiktok-follow-up-network-statement",
        "text": (
            "Reality star Brianna Castellanos said in a TikTok video on Wednesday that she had been "
            "cut from the next season of “Sunset Harbor.”\n\n"
            "“Nobody called me. I found out from a group chat,” Castellanos, 29, said in the video, "
            "which has been viewed more than 4 million times.\n\n"
            "A day later she posted a follow-up, this time with her lawyer sitting beside her. "
            "“I’m not suing anyone today,” she said. “But I am reading my contract very, very "
            "carefully.”\n\n"
            "The network, Bravado TV, said in a statement that casting decisions were “made on "
            "creative grounds” and that it wished Castellanos well."
        ),
        "quotes": [
            (
                "Nobody called me. I found out from a group chat,",
                "Brianna Castellanos",
                False,
                "P1",
            ),
            ("I’m not suing anyone today,", "Brianna Castellanos", False, "P2"),
            (
                "But I am reading my contract very, very carefully.",
                "Brianna Castellanos",
                False,
                "P2",
            ),
            ("made on creative grounds", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Brianna Castellanos", "TikTok"),
            ("P2", "Brianna Castellanos", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Brianna Castellanos"],
    },
    {
        "name": "hurricane-school-district-facebook-parent-comments",
        "text": (
            "The St. Amadour Parish school district said on Facebook late Sunday that all 36 of its "
            "campuses would stay closed through Wednesday as Hurricane Delphine moves inland. "
            "“Several of our buildings have no power and two have roof damage. We will not bring "
            "children back until every one is safe,” the post said.\n\n"
            "Parents filled the comments. “What about free lunch? Some of us rely on it,” wrote one "
            "mother. Another, who gave her name as Renée Thibodeaux, asked: “Will the days be made "
            "up in June?”\n\n"
            "Superintendent Marcus Delacroix told WWL-TV on Monday that the district was still "
            "counting the damage. “We will know more when the water goes down,” he said.\n\n"
            "By Tuesday night the district had put up a second post: “Buses will run normal routes "
            "Thursday. Bring patience.”"
        ),
        "quotes": [
            (
                "Several of our buildings have no power and two have roof damage. We will not "
                "bring children back until every one is safe,",
                None,
                False,
                "P1",
            ),
            ("What about free lunch? Some of us rely on it,", None, False, "P1"),
            ("Will the days be made up in June?", "Renée Thibodeaux", False, "P1"),
            ("We will know more when the water goes down,", "Marcus Delacroix", False, "P2"),
            ("Buses will run normal routes Thursday. Bring patience.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Marcus Delacroix", "WWL-TV"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Renée Thibodeaux", "Marcus Delacroix"],
    },
    {
        "name": "superintendent-letter-four-day-week-board-meeting",
        "text": (
            "In a letter sent to families on Friday, Superintendent Dr. Yolanda Achebe-Mills of the "
            "Cedar Falls Unified School District said the district would end its four-day-week "
            "pilot after one year.\n\n"
            "“The data did not show the gains we hoped for in reading, and our youngest students "
            "bore the cost,” the letter said. “I owe families a straight answer, and that is "
            "it.”\n\n"
            "The Cedar Falls Education Association said in a statement that teachers were "
            "“relieved but exhausted.”\n\n"
            "School board president Greg Lindqvist said at Tuesday’s board meeting that the pilot "
            "had been “an honest experiment.” “Nobody should be embarrassed by trying something,” "
            "Lindqvist said."
        ),
        "quotes": [
            (
                "The data did not show the gains we hoped for in reading, and our youngest "
                "students bore the cost,",
                "Yolanda Achebe-Mills",
                False,
                "P1",
            ),
            (
                "I owe families a straight answer, and that is it.",
                "Yolanda Achebe-Mills",
                False,
                "P1",
            ),
            ("relieved but exhausted.", None, True, "P2"),
            ("an honest experiment.", "Greg Lindqvist", True, None),
            ("Nobody should be embarrassed by trying something,", "Greg Lindqvist", False, None),
        ],
        "posts": [("P1", "Yolanda Achebe-Mills", None), ("P2", None, None)],
        "people": ["Yolanda Achebe-Mills", "Greg Lindqvist"],
    },
    {
        "name": "judge-opinion-solitary-unit-plaintiff-newspaper",
        "text": (
            "A federal judge ruled Thursday that conditions in the solitary confinement unit at "
            "Harlan Ridge Correctional Center violate the Eighth Amendment, and ordered the state "
            "to cut the time inmates spend there.\n\n"
            "“No court can look at these records and call what happens in Unit 9 anything other "
            "than cruel,” U.S. District Judge Samuel Okonkwo-Hart wrote in a 64-page opinion. The "
            "opinion faulted the state for offering “no plan, no timeline and no money” to fix the "
            "unit.\n\n"
            "The state corrections department said in a statement that it was reviewing the "
            "ruling. Its director, Lorraine Petrakis, told reporters in Frankfort that an appeal "
            "was likely. “We respectfully disagree with the court’s reading of the facts,” she "
            "said.\n\n"
            "The lawsuit was filed in 2021 by Devon Aldridge, who spent 19 months in the unit. “I "
            "just wanted someone to see it,” Aldridge, now 38, told The Courier-Journal."
        ),
        "quotes": [
            (
                "No court can look at these records and call what happens in Unit 9 anything "
                "other than cruel,",
                "Samuel Okonkwo-Hart",
                False,
                "P1",
            ),
            ("no plan, no timeline and no money", "Samuel Okonkwo-Hart", True, "P1"),
            (
                "We respectfully disagree with the court’s reading of the facts,",
                "Lorraine Petrakis",
                False,
                None,
            ),
            ("I just wanted someone to see it,", "Devon Aldridge", False, "P4"),
        ],
        "posts": [
            ("P1", "Samuel Okonkwo-Hart", None),
            ("P2", None, None),
            ("P3", "Devon Aldridge", None),
            ("P4", "Devon Aldridge", "The Courier-Journal"),
        ],
        "people": ["Samuel Okonkwo-Hart", "Lorraine Petrakis", "Devon Aldridge"],
    },
    {
        "name": "golfer-lawsuit-against-tour-magazine-quote",
        "text": (
            "Golfer Keoni Alapa sued the Pacific Links Tour on Monday, claiming the tour suspended "
            "him without a hearing after he criticized its new pace-of-play rules.\n\n"
            "The tour “treated a single interview as a crime,” the lawsuit, filed in federal court "
            "in Honolulu, says. It asks for $3 million in damages and his immediate "
            "reinstatement.\n\n"
            "Alapa, 27, had told Golf Digest in March that the rules were “written by people who "
            "have never walked 18 holes in August.”\n\n"
            "“I said what every player says in the locker room,” Alapa said in an interview on "
            "Tuesday.\n\n"
            "The tour said in a news release that it does not comment on pending litigation. Its "
            "commissioner, Bernadette Ogunleye, said at a tournament in Scottsdale last week that "
            "“every player knows the process.”"
        ),
        "quotes": [
            ("treated a single interview as a crime,", "Keoni Alapa", True, "P1"),
            (
                "written by people who have never walked 18 holes in August.",
                "Keoni Alapa",
                True,
                "P2",
            ),
            ("I said what every player says in the locker room,", "Keoni Alapa", False, None),
            ("every player knows the process.", "Bernadette Ogunleye", True, None),
        ],
        "posts": [
            ("P1", "Keoni Alapa", None),
            ("P2", "Keoni Alapa", "Golf Digest"),
            ("P3", None, "press release"),
        ],
        "people": ["Keoni Alapa", "Bernadette Ogunleye"],
    },
    {
        "name": "senate-primary-cable-show-campaign-statement-x",
        "text": (
            "Rep. Simone Achterberg, who is challenging Sen. Walter Prynne in Arizona’s Republican "
            "Senate primary, said on Sunday that she would not take part in a debate hosted by the "
            "state party.\n\n"
            "“The party picked its candidate a year ago. I’m not going to walk into a rigged "
            "room,” Achterberg said on Fox News’ “Sunday Briefing.” Asked by host Lena Brandt "
            "whether she would support Prynne if he won, the congresswoman paused. “Ask me in "
            "August.”\n\n"
            "Prynne’s campaign said in a statement that Achterberg was “afraid of her own voting "
            "record.” The senator himself kept it shorter on X: “See you on the stage, Simone.”"
        ),
        "quotes": [
            (
                "The party picked its candidate a year ago. I’m not going to walk into a rigged "
                "room,",
                "Simone Achterberg",
                False,
                "P1",
            ),
            ("Ask me in August.", "Simone Achterberg", False, "P1"),
            ("afraid of her own voting record.", None, True, "P2"),
            ("See you on the stage, Simone.", "Walter Prynne", False, "P3"),
        ],
        "posts": [
            ("P1", "Simone Achterberg", "Sunday Briefing"),
            ("P2", None, None),
            ("P3", "Walter Prynne", "X"),
        ],
        "people": ["Simone Achterberg", "Walter Prynne", "Lena Brandt"],
    },
    {
        "name": "wildfire-public-radio-caller-and-briefing",
        "text": (
            "As the Cinder Ridge fire grew past 40,000 acres on Wednesday, the county’s emergency "
            "manager, Tobias Lindgren, warned on Jefferson Public Radio’s “The Morning Circuit” "
            "that evacuation orders could widen by nightfall.\n\n"
            "“We have a wind shift coming at 4 p.m. and nowhere for this fire to go but east,” "
            "Lindgren said on the program. “If you are in a Level 2 zone, pack the car now.”\n\n"
            "Listeners called in to the show throughout the hour. One, a rancher from Sisters, said "
            "she had already moved her horses. “I’m not waiting for a knock on the door,” she "
            "said.\n\n"
            "The U.S. Forest Service wrote on Facebook that crews had been pulled back from the "
            "fire’s northern edge “for their own safety,” and the sheriff’s office posted "
            "evacuation maps on Nextdoor.\n\n"
            "At an evening briefing, Lindgren said the shift had come early. “It did exactly what "
            "we feared,” he said."
        ),
        "quotes": [
            (
                "We have a wind shift coming at 4 p.m. and nowhere for this fire to go but east,",
                "Tobias Lindgren",
                False,
                "P1",
            ),
            ("If you are in a Level 2 zone, pack the car now.", "Tobias Lindgren", False, "P1"),
            ("I’m not waiting for a knock on the door,", None, False, "P1"),
            ("for their own safety,", None, True, "P2"),
            ("It did exactly what we feared,", "Tobias Lindgren", False, None),
        ],
        "posts": [
            ("P1", "Tobias Lindgren", "The Morning Circuit"),
            ("P2", None, "Facebook"),
            ("P3", None, "Nextdoor"),
        ],
        "people": ["Tobias Lindgren"],
    },
    {
        "name": "tennis-podcast-guest-host-and-instagram-clip",
        "text": (
            "Former world No. 3 Dmitri Volkonsky said on the “Second Serve” podcast this week that "
            "he nearly quit the sport after wrist surgery in 2019.\n\n"
            "“I sat in the car outside the club for an hour and could not go in,” Volkonsky, 31, "
            "told host Imogen Fairweather. “I was scared of the ball.”\n\n"
            "Fairweather, a former doubles champion, said his story was not unusual. “Half the "
            "tour,” she said on the episode, “has had that hour in the car.”\n\n"
            "Volkonsky later shared a clip of the episode on Instagram with the caption “Honest "
            "hour.” He returns to the court next week in Rotterdam."
        ),
        "quotes": [
            (
                "I sat in the car outside the club for an hour and could not go in,",
                "Dmitri Volkonsky",
                False,
                "P1",
            ),
            ("I was scared of the ball.", "Dmitri Volkonsky", False, "P1"),
            ("Half the tour,", "Imogen Fairweather", False, "P1"),
            ("has had that hour in the car.", "Imogen Fairweather", False, "P1"),
            ("Honest hour.", "Dmitri Volkonsky", False, "P2"),
        ],
        "posts": [
            ("P1", "Dmitri Volkonsky", "Second Serve"),
            ("P2", "Dmitri Volkonsky", "Instagram"),
        ],
        "people": ["Dmitri Volkonsky", "Imogen Fairweather"],
    },
    {
        "name": "sponsor-press-release-golfer-instagram-statement",
        "text": (
            "Sportswear maker Halvorsen Athletic said in a press release on Tuesday that it had "
            "ended its sponsorship of golfer Rory Canavan after his arrest on a drunken-driving "
            "charge in Florida.\n\n"
            "“Our values are not negotiable, regardless of the athlete,” Chief Executive Ingrid "
            "Halvorsen said in the release.\n\n"
            "Canavan’s agent, Felipe Andrade, said the golfer would “address this in his own "
            "words” soon. Canavan did so on Wednesday in a statement posted to Instagram. “I made "
            "a terrible decision and I own it completely,” he wrote. “No excuses.”\n\n"
            "Sung-min Park, his playing partner at last month’s Open, left a comment under the "
            "post: “Here for you, brother.”"
        ),
        "quotes": [
            (
                "Our values are not negotiable, regardless of the athlete,",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            ("address this in his own words", "Felipe Andrade", True, None),
            (
                "I made a terrible decision and I own it completely,",
                "Rory Canavan",
                False,
                "P2",
            ),
            ("No excuses.", "Rory Canavan", False, "P2"),
            ("Here for you, brother.", "Sung-min Park", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Rory Canavan", "Instagram")],
        "people": ["Rory Canavan", "Ingrid Halvorsen", "Felipe Andrade", "Sung-min Park"],
    },
    {
        "name": "warden-retires-newspaper-inspector-report-hearing",
        "text": (
            "The warden of the state’s largest women’s prison said she will retire in June, two "
            "months after a scathing inspection report on staffing.\n\n"
            "“I have given this place 31 years, and I’m proud of most of them,” Warden Consuelo "
            "Ibarra told The Arizona Republic in an interview published Sunday. “Not all of "
            "them.”\n\n"
            "The report, released in April by the state’s inspector general, Nathaniel Osei, found "
            "that night shifts were “routinely staffed at half strength.” Osei said in a memo to "
            "lawmakers last week that little had changed.\n\n"
            "State Rep. Carla Mendenhall, who chairs the corrections committee, said at a hearing "
            "Thursday: “Her retirement does not fix a single empty post.”"
        ),
        "quotes": [
            (
                "I have given this place 31 years, and I’m proud of most of them,",
                "Consuelo Ibarra",
                False,
                "P1",
            ),
            ("Not all of them.", "Consuelo Ibarra", False, "P1"),
            ("routinely staffed at half strength.", "Nathaniel Osei", True, "P2"),
            ("Her retirement does not fix a single empty post.", "Carla Mendenhall", False, None),
        ],
        "posts": [
            ("P1", "Consuelo Ibarra", "The Arizona Republic"),
            ("P2", "Nathaniel Osei", None),
            ("P3", "Nathaniel Osei", None),
        ],
        "people": ["Consuelo Ibarra", "Nathaniel Osei", "Carla Mendenhall"],
    },
    {
        "name": "cooking-host-youtube-apology-contestant-replies",
        "text": (
            "Cooking show host Theo Marchand-Bell apologized in a YouTube video on Friday for "
            "remarks about a contestant on his series “Knife’s Edge,” saying he had been "
            "“careless and cruel.”\n\n"
            "“I looked at that episode again and I didn’t like the man I saw,” Marchand-Bell, 45, "
            "said in the 11-minute video, posted to his channel. “Aisha deserved better from "
            "me.”\n\n"
            "The contestant, Aisha Rahimi, responded in the comments. “Thank you. I accept it, and "
            "I’m moving on,” she wrote.\n\n"
            "The streaming service that airs the show, Lumen+, said Saturday in a statement that "
            "the series would return as planned. Rahimi told “Entertainment Tonight” that she had "
            "not heard from the show’s producers. “Only from Theo,” she said."
        ),
        "quotes": [
            ("careless and cruel.", "Theo Marchand-Bell", True, "P1"),
            (
                "I looked at that episode again and I didn’t like the man I saw,",
                "Theo Marchand-Bell",
                False,
                "P1",
            ),
            ("Aisha deserved better from me.", "Theo Marchand-Bell", False, "P1"),
            ("Thank you. I accept it, and I’m moving on,", "Aisha Rahimi", False, "P1"),
            ("Only from Theo,", "Aisha Rahimi", False, "P3"),
        ],
        "posts": [
            ("P1", "Theo Marchand-Bell", "YouTube"),
            ("P2", None, None),
            ("P3", "Aisha Rahimi", "Entertainment Tonight"),
        ],
        "people": ["Theo Marchand-Bell", "Aisha Rahimi"],
    },
    {
        "name": "hurricane-governor-mayor-weather-service-five-posts",
        "text": (
            "Gov. Lucinda Ferro declared a state of emergency on Monday as Hurricane Bastien "
            "strengthened to a Category 3 storm in the Gulf.\n\n"
            "“Do not wait for this storm to make up your mind for you,” Ferro wrote on X. “If you "
            "are told to leave, leave.”\n\n"
            "Galveston Mayor Hector Quiñones-Vale echoed her in a post of his own, urging "
            "residents of the island to be gone “by sundown Tuesday.”\n\n"
            "The National Weather Service office in Houston warned on Facebook of a storm surge of "
            "up to 12 feet. “This is a life-threatening situation,” the office wrote. Brazos "
            "Market, the grocery chain, said in a press release that its stores south of "
            "Interstate 10 would close at noon Tuesday.\n\n"
            "On Tuesday morning, in an interview with KHOU-TV, the mayor pleaded with holdouts. “I "
            "can’t send firefighters into 12 feet of water after you,” Quiñones-Vale said."
        ),
        "quotes": [
            (
                "Do not wait for this storm to make up your mind for you,",
                "Lucinda Ferro",
                False,
                "P1",
            ),
            ("If you are told to leave, leave.", "Lucinda Ferro", False, "P1"),
            ("by sundown Tuesday.", "Hector Quiñones-Vale", True, "P2"),
            ("This is a life-threatening situation,", None, False, "P3"),
            (
                "I can’t send firefighters into 12 feet of water after you,",
                "Hector Quiñones-Vale",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Lucinda Ferro", "X"),
            ("P2", "Hector Quiñones-Vale", "X"),
            ("P3", None, "Facebook"),
            ("P4", None, "press release"),
            ("P5", "Hector Quiñones-Vale", "KHOU-TV"),
        ],
        "people": ["Lucinda Ferro", "Hector Quiñones-Vale"],
    },
    {
        "name": "sitcom-stars-instagram-caption-named-after-post",
        "text": (
            "A photo posted to Instagram on Thursday night showed the two stars of the sitcom "
            "“Maple Street” holding hands on a beach in Tulum, ending months of speculation.\n\n"
            "“Took us long enough,” read the caption on the post by actress Noor Al-Khatib, 33. "
            "Her co-star, Benedikt Sauer, commented minutes later: “Worth the wait.”\n\n"
            "Their former castmate Yvette Mbeki weighed in too. “Called it in season two!!” she "
            "wrote under the photo.\n\n"
            "A representative for Sauer confirmed the relationship. “They are very happy and would "
            "ask for a little privacy,” the representative told Us Weekly."
        ),
        "quotes": [
            ("Took us long enough,", "Noor Al-Khatib", False, "P1"),
            ("Worth the wait.", "Benedikt Sauer", False, "P1"),
            ("Called it in season two!!", "Yvette Mbeki", False, "P1"),
            ("They are very happy and would ask for a little privacy,", None, False, "P2"),
        ],
        "posts": [("P1", "Noor Al-Khatib", "Instagram"), ("P2", None, "Us Weekly")],
        "people": ["Noor Al-Khatib", "Benedikt Sauer", "Yvette Mbeki"],
    },
    {
        "name": "ward-recount-suit-judge-order-straight-quotes",
        "text": (
            "A county judge on Friday threw out a lawsuit in which city council candidate "
            "Oluwaseun Adeyemi-Brooks sought to halt certification of the Ward 4 results, which "
            "he lost by 37 votes.\n\n"
            "The suit, which Adeyemi-Brooks filed himself without a lawyer, claimed that poll "
            'workers had "turned away voters who were in line before 7 p.m."\n\n'
            '"The court finds no evidence that any voter was turned away," Judge Miriam '
            "Castellano wrote in a three-page order.\n\n"
            "Adeyemi-Brooks said outside the courthouse that he would appeal. "
            '"Thirty-seven votes is a rounding error, not a mandate," he said.\n\n'
            'The winner, Fiona Gallagher, wrote on Facebook that she was "ready to get to work." '
            'Adeyemi-Brooks replied under her post: "Not yet, you\'re not."'
        ),
        "quotes": [
            (
                "turned away voters who were in line before 7 p.m.",
                "Oluwaseun Adeyemi-Brooks",
                True,
                "P1",
            ),
            (
                "The court finds no evidence that any voter was turned away,",
                "Miriam Castellano",
                False,
                "P2",
            ),
            (
                "Thirty-seven votes is a rounding error, not a mandate,",
                "Oluwaseun Adeyemi-Brooks",
                False,
                None,
            ),
            ("ready to get to work.", "Fiona Gallagher", True, "P3"),
            ("Not yet, you're not.", "Oluwaseun Adeyemi-Brooks", False, "P3"),
        ],
        "posts": [
            ("P1", "Oluwaseun Adeyemi-Brooks", None),
            ("P2", "Miriam Castellano", None),
            ("P3", "Fiona Gallagher", "Facebook"),
        ],
        "people": ["Oluwaseun Adeyemi-Brooks", "Miriam Castellano", "Fiona Gallagher"],
    },
    {
        "name": "crowded-classroom-x-district-email-substack",
        "text": (
            "A post on X by a high school chemistry teacher describing a class of 41 students and "
            "30 desks has been shared more than 80,000 times since Sunday.\n\n"
            "“Eleven of my kids took notes standing up today. This is a public school in "
            "California in 2024,” wrote the teacher, Raúl Benavides-Soto.\n\n"
            "The Central Valley Unified School District said in an email to parents on Monday that "
            "a new teacher had been hired and that the class would be split “within two "
            "weeks.”\n\n"
            "Benavides-Soto was not satisfied. “Two weeks is a whole unit on stoichiometry,” he "
            "posted Tuesday.\n\n"
            "School board member Grace Oyelaran-Tan wrote in an essay on Substack that the problem "
            "went well beyond one classroom: “We have 212 classes over the contractual cap. Raúl "
            "just had a camera.”"
        ),
        "quotes": [
            (
                "Eleven of my kids took notes standing up today. This is a public school in "
                "California in 2024,",
                "Raúl Benavides-Soto",
                False,
                "P1",
            ),
            ("within two weeks.", None, True, "P2"),
            ("Two weeks is a whole unit on stoichiometry,", "Raúl Benavides-Soto", False, "P3"),
            (
                "We have 212 classes over the contractual cap. Raúl just had a camera.",
                "Grace Oyelaran-Tan",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Raúl Benavides-Soto", "X"),
            ("P2", None, None),
            ("P3", "Raúl Benavides-Soto", "X"),
            ("P4", "Grace Oyelaran-Tan", "Substack"),
        ],
        "people": ["Raúl Benavides-Soto", "Grace Oyelaran-Tan"],
    },
    {
        "name": "jail-escape-news-conference-no-posts-straight-quotes",
        "text": (
            "Two inmates who escaped from the Millbrook County jail on Saturday were captured "
            "Monday at a motel 40 miles away, Sheriff Anthony Dubrovnik said at a news "
            "conference.\n\n"
            '"They were tired, they were hungry and they didn\'t put up a fight," Dubrovnik said. '
            'He called the escape "an embarrassment I take personally" and said two jail officers '
            "had been placed on leave.\n\n"
            "The woman who owns the motel, Pratibha Venkataraman, said she recognized one of the "
            'men from the news. "I gave him the key to Room 12 and then called 911 from the back '
            'office," she said in an interview.\n\n'
            "The men, Cody Renfro, 24, and Luis Ortega-Pineda, 31, face new charges of escape."
        ),
        "quotes": [
            (
                "They were tired, they were hungry and they didn't put up a fight,",
                "Anthony Dubrovnik",
                False,
                None,
            ),
            ("an embarrassment I take personally", "Anthony Dubrovnik", True, None),
            (
                "I gave him the key to Room 12 and then called 911 from the back office,",
                "Pratibha Venkataraman",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": [
            "Anthony Dubrovnik",
            "Pratibha Venkataraman",
            "Cody Renfro",
            "Luis Ortega-Pineda",
        ],
    },
    {
        "name": "golf-league-x-quote-post-magazine-interview",
        "text": (
            "Two-time major champion Callum Fraser-Hughes took a swipe at the Meridian Golf League "
            "on X on Thursday after it announced a 54-hole event in Macau.\n\n"
            "“Fifty-four holes and a guaranteed paycheck is an exhibition, not a tournament,” "
            "Fraser-Hughes wrote.\n\n"
            "Meridian player Tomás Echeverría quoted the post with one word: “Jealous?”\n\n"
            "Fraser-Hughes did not respond on X, but in an interview with Golf Monthly published "
            "Friday he went further. “I don’t begrudge anyone the money,” the 36-year-old Scot "
            "said. “I just wish they’d stop calling it the same sport.”\n\n"
            "The league said in a statement that the event had sold out in nine hours."
        ),
        "quotes": [
            (
                "Fifty-four holes and a guaranteed paycheck is an exhibition, not a tournament,",
                "Callum Fraser-Hughes",
                False,
                "P1",
            ),
            ("Jealous?", "Tomás Echeverría", False, "P2"),
            ("I don’t begrudge anyone the money,", "Callum Fraser-Hughes", False, "P3"),
            (
                "I just wish they’d stop calling it the same sport.",
                "Callum Fraser-Hughes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Callum Fraser-Hughes", "X"),
            ("P2", "Tomás Echeverría", "X"),
            ("P3", "Callum Fraser-Hughes", "Golf Monthly"),
            ("P4", None, None),
        ],
        "people": ["Callum Fraser-Hughes", "Tomás Echeverría"],
    },
    {
        "name": "anchor-exit-memo-newspaper-two-paragraphs-threads",
        "text": (
            "Priyanka Deshmukh, who has anchored WTRV’s morning newscast for 17 years, will leave "
            "the station at the end of the month, according to a memo sent to staff on Monday by "
            "news director Glenn Abernathy.\n\n"
            "“Priyanka has woken this city up through two floods, a tornado and a pandemic,” the "
            "memo said. “She leaves with our gratitude.”\n\n"
            "In an interview with the Richmond Times-Dispatch, Deshmukh, 52, said she had been "
            "offered a new contract but turned it down.\n\n"
            "“I want to see my kids eat breakfast before they graduate.\n\n"
            "“That’s the whole story. There is no scandal, I promise,” she told the newspaper.\n\n"
            "On Threads, her former co-anchor Marcus Whitlow posted a photo of the two from 2008. "
            "“Still the best partner I ever had,” he wrote."
        ),
        "quotes": [
            (
                "Priyanka has woken this city up through two floods, a tornado and a pandemic,",
                "Glenn Abernathy",
                False,
                "P1",
            ),
            ("She leaves with our gratitude.", "Glenn Abernathy", False, "P1"),
            (
                "I want to see my kids eat breakfast before they graduate.",
                "Priyanka Deshmukh",
                False,
                "P2",
            ),
            (
                "That’s the whole story. There is no scandal, I promise,",
                "Priyanka Deshmukh",
                False,
                "P2",
            ),
            ("Still the best partner I ever had,", "Marcus Whitlow", False, "P3"),
        ],
        "posts": [
            ("P1", "Glenn Abernathy", None),
            ("P2", "Priyanka Deshmukh", "Richmond Times-Dispatch"),
            ("P3", "Marcus Whitlow", "Threads"),
        ],
        "people": ["Priyanka Deshmukh", "Glenn Abernathy", "Marcus Whitlow"],
    },
]
