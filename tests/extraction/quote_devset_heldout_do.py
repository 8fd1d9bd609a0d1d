"""The one-hundred-and-thirteenth self-made dev set, held out (DO): its first run is an unseen estimate.

Written with set DN, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a hospital's statement only described, a
  journal study only summarised) is still listed in posts.
- people lists every named person in order of first mention, including one who
  neither speaks nor writes (a chief executive who "did not respond"); an
  animal's name (the lynx Freya) is not a person.
- A study published in a named journal and "led by" a named researcher is that
  researcher's post with the journal as platform (BMJ Quality & Safety).
- A research institute's report is a post with author None and no platform; a
  fragment of it speaks as None.
- An email or letter "seen by" a named newspaper (The Irish Times, The Times) is
  not an interview with that newspaper: the newspaper is not the platform. A
  governing body's email to a family and a company's letter to its suppliers
  have author None and no platform; a chief executive's email to staff and a
  company president's letter to a city council are that person's posts with no
  platform.
- A union's Facebook post, a union's statement, a charity's post on X and an
  aid group's Instagram post have author None and their words speak as None;
  an organisation that "told reporters" made no post and speaks as None.
- An unnamed commuter's Bluesky post has author None, like an unnamed Reddit
  user's thread; an unnamed user's reply under that thread belongs to it.
- A reply by an unnamed member under a named member's post in a Facebook group
  belongs to that post with speaker None.
- A live charity stream on a named platform (Kick) is a post by the streamer
  with that platform, and words she said "near the end of the stream" belong
  to it. A later stream or video by the same person ("a follow-up video") is a
  new post.
- An unnamed spokesperson's emailed statement is a post with author None and no
  platform; the spokesperson speaks as None.
- A quote split by its attribution (“I kept saying ...,” she wrote, “and then
  ...”) is two whole quotes with the same speaker and post; a quote that
  continues right after "Hughes said." in the paragraph that reports an
  interview belongs to that interview.
- A fragment reported with "adding that" right after a quote given on a
  podcast belongs to that podcast; a fragment said to reporters after a post
  ("told reporters ... that he had “nothing to hide.”") is not linked to it.
- A fragment quoted from a ruling, immediately followed by a whole quote from
  the same ruling, gives two quotes: the fragment partial, the sentence not.
- A nickname in marks inside a name (Kai “Zenith” Morales-Tan) is not a quote
  and not part of the canonical name; “the Wall” and “Doc” are not quotes.
- A catalogue label (“Item 1887/14.”) and a Reddit thread title (“Is this the
  top?”) in marks are not quotes.
- Shows and outlets keep their names as written, including a leading "The"
  (The Tennis Podcast, The Athletic, The Guardian, The Wall Street Journal);
  a newsletter "on Substack" and a post on Substack take platform Substack.
- Titles such as Justice, State Senator, Mayor and Dr. are not part of a
  canonical name; Chinese name order is kept (Chua Wei Ling); Irish and Dutch
  particles are kept as written (Aoife Ní Bhriain, Colm Ó Riordáin, Anouk van
  der Berg); a Portuguese double surname is part of the name (Letícia Moura
  Santos, later "Moura Santos"); Karen Two Bulls is one full name.
- A company named like people (Morrison & Hale, Hollis & Grant, Juniper & Rose)
  and places named like people (Griffith, Sheridan, Bellingham, the Whitfield
  Classic) are not people; Fiona Hale of Morrison & Hale is a person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DO: list[dict] = [
    {
        "name": "tiktok-wheat-farmer-coop-release-field-day",
        "text": (
            "Wheat growers across the Riverina are bracing for their smallest harvest in a "
            "decade, and some are saying so loudly. Siobhan Darcy-Kell, who farms 1,200 "
            "hectares near Griffith, posted a TikTok video on Sunday from a paddock of "
            "stunted stalks. “This should be up to my knees by now. It barely reaches my "
            "boots,” she said in the clip, which has been viewed more than 400,000 times.\n\n"
            "Under the video, a grower from Victoria wrote: “Same here. We stopped "
            "counting the dry weeks back in July.”\n\n"
            "The grain cooperative Harvest Alliance said in a press release on Monday that "
            "it would defer storage fees for members. “No farmer should have to choose "
            "between paying us and feeding their stock,” the release quoted its chair, "
            "Rajinder Sandhu, as saying.\n\n"
            "Speaking at a field day in Leeton on Wednesday, Sandhu said the cooperative "
            "had not yet decided on a second round of relief. “We will know more after the "
            "October rains, if they come,” he told farmers.\n\n"
            "Darcy-Kell called the fee deferral “a decent start” in a follow-up video."
        ),
        "quotes": [
            (
                "This should be up to my knees by now. It barely reaches my boots,",
                "Siobhan Darcy-Kell",
                False,
                "P1",
            ),
            ("Same here. We stopped counting the dry weeks back in July.", None, False, "P1"),
            (
                "No farmer should have to choose between paying us and feeding their stock,",
                "Rajinder Sandhu",
                False,
                "P2",
            ),
            (
                "We will know more after the October rains, if they come,",
                "Rajinder Sandhu",
                False,
                None,
            ),
            ("a decent start", "Siobhan Darcy-Kell", True, "P3"),
        ],
        "posts": [
            ("P1", "Siobhan Darcy-Kell", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Siobhan Darcy-Kell", "TikTok"),
        ],
        "people": ["Siobhan Darcy-Kell", "Rajinder Sandhu"],
    },
    {
        "name": "dairy-price-cut-letter-radio-union-x",
        "text": (
            "The dairy processor Morrison & Hale told its 600 suppliers in a letter last "
            "week that it would cut the price it pays for milk by four pence a litre from "
            "November. “Global demand has softened, and we cannot absorb the fall alone,” "
            "the letter said.\n\n"
            "Farmers reacted with fury. Gwilym Price, who milks 300 cows near Carmarthen, "
            "said in an interview with BBC Radio Wales that the cut would wipe out his "
            "margin. “I’m working seventy hours a week to lose money,” he said. “They call "
            "it a ‘market adjustment’. I call it a pay cut.”\n\n"
            "The Farmers’ Union of Wales posted on X that it had asked for an urgent "
            "meeting with the company. “Processors must share the pain, not pass it down "
            "the chain,” the union wrote.\n\n"
            "Morrison & Hale’s managing director, Fiona Hale, told reporters outside the "
            "company’s Llandeilo creamery on Thursday that the price would be reviewed in "
            "the spring. “Nobody here wanted to do this,” she said. “But a processor that "
            "goes under pays nobody at all.”"
        ),
        "quotes": [
            ("Global demand has softened, and we cannot absorb the fall alone,", None, False, "P1"),
            ("I’m working seventy hours a week to lose money,", "Gwilym Price", False, "P2"),
            (
                "They call it a ‘market adjustment’. I call it a pay cut.",
                "Gwilym Price",
                False,
                "P2",
            ),
            ("Processors must share the pain, not pass it down the chain,", None, False, "P3"),
            ("Nobody here wanted to do this,", "Fiona Hale", False, None),
            ("But a processor that goes under pays nobody at all.", "Fiona Hale", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwilym Price", "BBC Radio Wales"),
            ("P3", None, "X"),
        ],
        "people": ["Gwilym Price", "Fiona Hale"],
    },
    {
        "name": "museum-repatriation-statement-instagram-op-ed",
        "text": (
            "The Halvorsen Museum in Bergen will return 38 carved objects to the Sámi "
            "Parliament, the museum announced in a statement on Friday. “These objects "
            "were taken without consent, and they belong at home,” the statement said.\n\n"
            "The museum’s director, Ingrid Solbakken, wrote on Instagram that the decision "
            "had taken “far too long.” She added: “We owe an apology, not just a shipment.”\n\n"
            "Not everyone agreed with the pace. In an op-ed in Aftenposten, the historian "
            "Per-Olav Rustad argued that the museum had acted in haste. “Repatriation is "
            "right, but it should follow research, not replace it,” he wrote. Several of "
            "the pieces, he noted, had never been properly dated.\n\n"
            "Máret Sara Guttorm, the Sámi Parliament’s culture officer, told reporters at "
            "a ceremony in Karasjok on Saturday that the objects would go on display in a "
            "new cultural centre there. “Our grandchildren will see them in the place they "
            "were made,” she said, holding a carved spoon that the museum had catalogued "
            "as “Item 1887/14.”"
        ),
        "quotes": [
            (
                "These objects were taken without consent, and they belong at home,",
                None,
                False,
                "P1",
            ),
            ("far too long.", "Ingrid Solbakken", True, "P2"),
            ("We owe an apology, not just a shipment.", "Ingrid Solbakken", False, "P2"),
            (
                "Repatriation is right, but it should follow research, not replace it,",
                "Per-Olav Rustad",
                False,
                "P3",
            ),
            (
                "Our grandchildren will see them in the place they were made,",
                "Máret Sara Guttorm",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ingrid Solbakken", "Instagram"),
            ("P3", "Per-Olav Rustad", "Aftenposten"),
        ],
        "people": ["Ingrid Solbakken", "Per-Olav Rustad", "Máret Sara Guttorm"],
    },
    {
        "name": "roman-villa-substack-reddit-podcast-news-conference",
        "text": (
            "Volunteers digging in a Lincolnshire barley field have uncovered the mosaic "
            "floor of a Roman villa, the county’s archaeology service said on Tuesday.\n\n"
            "The find was first made public by the dig’s leader, Dr. Oluwaseun Bakare, in "
            "a post on Substack. “When the first tesserae came up, I honestly thought "
            "someone was playing a joke on me,” he wrote. The volunteers, who call "
            "themselves “the Mud Larks,” had dug on the site for three summers.\n\n"
            "On Reddit, a user who said they were one of them posted a photo of the floor. "
            "“Three summers of nothing and then this,” the user wrote.\n\n"
            "The landowner, Clive Abbott-Brown, spoke about the discovery on the podcast "
            "Digging Deeper. “My grandfather ploughed over this for fifty years. He’d be "
            "speechless,” he said.\n\n"
            "At a news conference in Lincoln, the county archaeologist, Helen "
            "Marsh-Okafor, said the floor would be covered over again to protect it. "
            "“Frost could destroy in one winter what survived sixteen centuries,” she said."
        ),
        "quotes": [
            (
                (
                    "When the first tesserae came up, I honestly thought someone was "
                    "playing a joke on me,"
                ),
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            ("Three summers of nothing and then this,", None, False, "P2"),
            (
                "My grandfather ploughed over this for fifty years. He’d be speechless,",
                "Clive Abbott-Brown",
                False,
                "P3",
            ),
            (
                "Frost could destroy in one winter what survived sixteen centuries,",
                "Helen Marsh-Okafor",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", "Substack"),
            ("P2", None, "Reddit"),
            ("P3", "Clive Abbott-Brown", "Digging Deeper"),
        ],
        "people": ["Oluwaseun Bakare", "Clive Abbott-Brown", "Helen Marsh-Okafor"],
    },
    {
        "name": "nurses-work-to-rule-union-facebook-ceo-email-dail",
        "text": (
            "Nurses at St. Brendan’s Hospital in Galway voted on Monday to begin a "
            "work-to-rule next week. In a Facebook post, their union, the Irish Nurses and "
            "Midwives Organisation, said staffing in the emergency department had fallen "
            "to “a dangerous low.”\n\n"
            "One nurse, Aoife Ní Bhriain, described her shifts on X. “Last night I had 14 "
            "patients. Fourteen. I could not give any of them the care they deserved,” she "
            "posted.\n\n"
            "The hospital’s chief executive, Declan Moriarty, wrote to staff in an email "
            "seen by The Irish Times:\n\n"
            "“I hear your frustration and I share it. We have advertised 40 posts since "
            "January and filled 11.\n\n"
            "“I will not pretend that a work-to-rule is the answer, but I will not pretend "
            "that nothing is wrong either.”\n\n"
            "Asked about the dispute in the Dáil on Wednesday, the health minister, Colm Ó "
            "Riordáin, said talks would resume within days. “Nobody in this House wants "
            "nurses working like this,” he said."
        ),
        "quotes": [
            ("a dangerous low.", None, True, "P1"),
            (
                (
                    "Last night I had 14 patients. Fourteen. I could not give any of them "
                    "the care they deserved,"
                ),
                "Aoife Ní Bhriain",
                False,
                "P2",
            ),
            (
                (
                    "I hear your frustration and I share it. We have advertised 40 posts "
                    "since January and filled 11."
                ),
                "Declan Moriarty",
                False,
                "P3",
            ),
            (
                (
                    "I will not pretend that a work-to-rule is the answer, but I will not "
                    "pretend that nothing is wrong either."
                ),
                "Declan Moriarty",
                False,
                "P3",
            ),
            (
                "Nobody in this House wants nurses working like this,",
                "Colm Ó Riordáin",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Aoife Ní Bhriain", "X"),
            ("P3", "Declan Moriarty", None),
        ],
        "people": ["Aoife Ní Bhriain", "Declan Moriarty", "Colm Ó Riordáin"],
    },
    {
        "name": "shift-length-study-radio-linkedin-comment",
        "text": (
            "Patients on wards where nurses worked 12-hour shifts were more likely to fall "
            "than those on wards with eight-hour shifts, according to a study published on "
            "Thursday in the journal BMJ Quality & Safety. The study, led by Dr. Mei-Ling "
            "Hsu of the University of Auckland, followed 41 wards over two years.\n\n"
            "Hsu told Radio New Zealand on Friday that the findings were not an attack on "
            "long shifts. “We are not saying 12-hour shifts are evil. We are saying the "
            "last two hours are costly,” she said.\n\n"
            "Tevita Fifita, a charge nurse in Hamilton, shared the study on LinkedIn. "
            "“Every nurse I know has nodded off on the drive home after a long night,” he "
            "wrote.\n\n"
            "Under his post, a hospital administrator, Gemma Whitcombe, disagreed. "
            "“Shorter shifts mean more handovers, and handovers are where errors happen,” "
            "she replied.\n\n"
            "The New Zealand Nurses Organisation told reporters it would raise the "
            "findings in contract talks next month, calling fatigue “the quiet hazard” of "
            "the profession."
        ),
        "quotes": [
            (
                (
                    "We are not saying 12-hour shifts are evil. We are saying the last two "
                    "hours are costly,"
                ),
                "Mei-Ling Hsu",
                False,
                "P2",
            ),
            (
                "Every nurse I know has nodded off on the drive home after a long night,",
                "Tevita Fifita",
                False,
                "P3",
            ),
            (
                "Shorter shifts mean more handovers, and handovers are where errors happen,",
                "Gemma Whitcombe",
                False,
                "P3",
            ),
            ("the quiet hazard", None, True, None),
        ],
        "posts": [
            ("P1", "Mei-Ling Hsu", "BMJ Quality & Safety"),
            ("P2", "Mei-Ling Hsu", "Radio New Zealand"),
            ("P3", "Tevita Fifita", "LinkedIn"),
        ],
        "people": ["Mei-Ling Hsu", "Tevita Fifita", "Gemma Whitcombe"],
    },
    {
        "name": "tennis-withdrawal-instagram-story-coach-marca-tournament-x",
        "text": (
            "Valentina Kovačević, the world No. 4, withdrew from the Madrid Open on "
            "Saturday with a wrist injury, announcing the decision in an Instagram story. "
            "“My body is telling me to stop, and for once I’m listening,” she wrote.\n\n"
            "Her coach, Andrés Villaseñor, told the Spanish sports daily Marca that the "
            "injury was not serious. “Two weeks, maybe three. She will be ready for "
            "Paris,” the coach said.\n\n"
            "Kovačević, whom fans call “the Wall” for her defence, had been due to face "
            "Jasmine Okonjo-Baird in the quarterfinals. Okonjo-Baird, who advances by "
            "walkover, said at her news conference that she was sorry to go through that "
            "way. “Nobody wants to win like that. I hope she’s back soon,” she said.\n\n"
            "The tournament posted on X that Kovačević had been “a joy to host” and wished "
            "her a quick recovery.\n\n"
            "It is the third time in two seasons that the Serbian has pulled out of a "
            "clay-court event, a pattern her critics have seized on."
        ),
        "quotes": [
            (
                "My body is telling me to stop, and for once I’m listening,",
                "Valentina Kovačević",
                False,
                "P1",
            ),
            (
                "Two weeks, maybe three. She will be ready for Paris,",
                "Andrés Villaseñor",
                False,
                "P2",
            ),
            (
                "Nobody wants to win like that. I hope she’s back soon,",
                "Jasmine Okonjo-Baird",
                False,
                None,
            ),
            ("a joy to host", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Valentina Kovačević", "Instagram"),
            ("P2", "Andrés Villaseñor", "Marca"),
            ("P3", None, "X"),
        ],
        "people": ["Valentina Kovačević", "Andrés Villaseñor", "Jasmine Okonjo-Baird"],
    },
    {
        "name": "golf-penalty-tour-statement-caddie-golf-channel-athletic-essay",
        "text": (
            "The PGA Tour on Monday defended a two-stroke penalty that cost Hiroshi Tanabe "
            "a place in a playoff at the Whitfield Classic. “The ball moved after address, "
            "and the rules leave no discretion,” the tour said in a statement.\n\n"
            "Tanabe, who finished one shot behind the winner, Callum Reid, posted a short "
            "message on Instagram in Japanese and English. “I accept it. I do not agree "
            "with it,” he wrote.\n\n"
            "His caddie, Darnell Hughes, known on tour as “Doc,” was blunter in an "
            "interview with Golf Channel. “The wind moved that ball. Everybody on that "
            "green saw it,” Hughes said. “It was a joke. A bad one.”\n\n"
            "Reid, speaking to reporters after his win, said he felt for Tanabe. “You "
            "never want to win with an asterisk next to your name,” he said.\n\n"
            "In an essay for The Athletic on Tuesday, the former champion Lorena Ybarra "
            "wrote that the rule had been “written for a world without high-definition "
            "cameras.”"
        ),
        "quotes": [
            ("The ball moved after address, and the rules leave no discretion,", None, False, "P1"),
            ("I accept it. I do not agree with it,", "Hiroshi Tanabe", False, "P2"),
            (
                "The wind moved that ball. Everybody on that green saw it,",
                "Darnell Hughes",
                False,
                "P3",
            ),
            ("It was a joke. A bad one.", "Darnell Hughes", False, "P3"),
            (
                "You never want to win with an asterisk next to your name,",
                "Callum Reid",
                False,
                None,
            ),
            ("written for a world without high-definition cameras.", "Lorena Ybarra", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hiroshi Tanabe", "Instagram"),
            ("P3", "Darnell Hughes", "Golf Channel"),
            ("P4", "Lorena Ybarra", "The Athletic"),
        ],
        "people": ["Hiroshi Tanabe", "Callum Reid", "Darnell Hughes", "Lorena Ybarra"],
    },
    {
        "name": "dutch-rail-strike-release-operator-x-minister-nos-bluesky",
        "text": (
            "Train drivers across the Netherlands will stop work for 48 hours from "
            "Wednesday, their union said in a press release on Sunday, after pay talks "
            "broke down.\n\n"
            "“We have negotiated for nine months in good faith. The operator has left us "
            "no choice,” the release quoted the union’s chair, Anouk van der Berg, as "
            "saying.\n\n"
            "The operator, Nederlandse Spoorlijnen, wrote on X that it regretted the "
            "strike and would run “a skeleton service” on the busiest routes. Its chief "
            "executive, Maarten Visser, did not respond to requests for comment.\n\n"
            "The infrastructure minister, Karim El Idrissi, told reporters in The Hague "
            "that he would not intervene. “This is a dispute between an employer and its "
            "staff,” he said. But in an interview with the broadcaster NOS that evening, "
            "El Idrissi struck a softer tone. “If it drags into a second week, I will call "
            "both sides in,” he said.\n\n"
            "Commuters were less patient. “Third strike this year. I’m buying a bike,” one "
            "Amsterdam commuter wrote on Bluesky."
        ),
        "quotes": [
            (
                (
                    "We have negotiated for nine months in good faith. The operator has "
                    "left us no choice,"
                ),
                "Anouk van der Berg",
                False,
                "P1",
            ),
            ("a skeleton service", None, True, "P2"),
            (
                "This is a dispute between an employer and its staff,",
                "Karim El Idrissi",
                False,
                None,
            ),
            (
                "If it drags into a second week, I will call both sides in,",
                "Karim El Idrissi",
                False,
                "P3",
            ),
            ("Third strike this year. I’m buying a bike,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "X"),
            ("P3", "Karim El Idrissi", "NOS"),
            ("P4", None, "Bluesky"),
        ],
        "people": ["Anouk van der Berg", "Maarten Visser", "Karim El Idrissi"],
    },
    {
        "name": "baltimore-bus-strike-tiktok-letter-union-statement-mayor",
        "text": (
            "Bus drivers at Chesapeake Transit entered the second week of their strike on "
            "Monday with no talks scheduled, leaving about 90,000 daily riders in "
            "Baltimore to find other ways to work.\n\n"
            "LaToya Simmons, a driver of 22 years, has become the strike’s unofficial "
            "voice through a series of TikTok videos. “They call us ‘essential’ when it "
            "suits them,” she said in one. “Essential until the contract is up.”\n\n"
            "In a letter to the city council on Friday, the company’s president, Gregory "
            "Ashworth, said the union’s demands would cost $40 million over three years. "
            "“We cannot pay for this with fares our riders cannot afford,” he wrote.\n\n"
            "The drivers’ union answered in a statement: “Mr. Ashworth found $2 million "
            "for executive bonuses last year. He can find this.”\n\n"
            "Mayor Teresa Dominguez-Park, speaking at a briefing at City Hall, urged both "
            "sides back to the table. “Riders are not bargaining chips,” she said. “Every "
            "day this goes on, a nurse misses a shift and a kid misses school.”"
        ),
        "quotes": [
            ("They call us ‘essential’ when it suits them,", "LaToya Simmons", False, "P1"),
            ("Essential until the contract is up.", "LaToya Simmons", False, "P1"),
            (
                "We cannot pay for this with fares our riders cannot afford,",
                "Gregory Ashworth",
                False,
                "P2",
            ),
            (
                (
                    "Mr. Ashworth found $2 million for executive bonuses last year. He can "
                    "find this."
                ),
                None,
                False,
                "P3",
            ),
            ("Riders are not bargaining chips,", "Teresa Dominguez-Park", False, None),
            (
                "Every day this goes on, a nurse misses a shift and a kid misses school.",
                "Teresa Dominguez-Park",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "LaToya Simmons", "TikTok"),
            ("P2", "Gregory Ashworth", None),
            ("P3", None, None),
        ],
        "people": ["LaToya Simmons", "Gregory Ashworth", "Teresa Dominguez-Park"],
    },
    {
        "name": "streamer-suspension-twitch-statement-youtube-comment-charity-x",
        "text": (
            "The streamer Kai “Zenith” Morales-Tan was suspended from Twitch for seven "
            "days on Thursday after a broadcast in which he appeared to read chat messages "
            "while driving.\n\n"
            "Twitch said in a statement that it does not comment on individual cases but "
            "that “content that endangers the creator or others” breaks its rules.\n\n"
            "Morales-Tan, who has 2.3 million followers, responded in a YouTube video the "
            "next day. “I was stopped at a red light for most of that clip. But I get it, "
            "and it won’t happen again,” he said.\n\n"
            "Beneath the video, a fellow streamer, Priya Ramaswamy, left a comment: “Glad "
            "you’re owning it. Now put the phone in the glovebox.”\n\n"
            "The road safety charity Safe Lanes was less forgiving. “Creators with "
            "millions of young fans have a duty to model safe driving,” it wrote on X.\n\n"
            "Reached by phone, his manager, Oren Bachar, said the streamer would return to "
            "Twitch when the suspension ended. “He’s not going anywhere,” Bachar said."
        ),
        "quotes": [
            ("content that endangers the creator or others", None, True, "P1"),
            (
                (
                    "I was stopped at a red light for most of that clip. But I get it, and "
                    "it won’t happen again,"
                ),
                "Kai Morales-Tan",
                False,
                "P2",
            ),
            (
                "Glad you’re owning it. Now put the phone in the glovebox.",
                "Priya Ramaswamy",
                False,
                "P2",
            ),
            (
                "Creators with millions of young fans have a duty to model safe driving,",
                None,
                False,
                "P3",
            ),
            ("He’s not going anywhere,", "Oren Bachar", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kai Morales-Tan", "YouTube"),
            ("P3", None, "X"),
        ],
        "people": ["Kai Morales-Tan", "Priya Ramaswamy", "Oren Bachar"],
    },
    {
        "name": "skincare-lawsuit-influencer-podcast-sister-threads",
        "text": (
            "The skincare brand Juniper & Rose has sued the influencer Camille "
            "Beaumont-Achebe, accusing her of breaking an exclusivity deal by promoting a "
            "rival serum. The lawsuit, filed in Los Angeles Superior Court on Tuesday, "
            "says she posted “at least six paid endorsements” for the competitor while "
            "under contract.\n\n"
            "Beaumont-Achebe addressed the suit on her podcast, Glow Theory. “I have never "
            "once broken a contract. I’ll see them in court,” she said on Wednesday’s "
            "episode.\n\n"
            "Her sister and business partner, Nadia Beaumont-Achebe, was more combative on "
            "Threads. “Family first. Always. And we kept the receipts,” she posted.\n\n"
            "A lawyer for the brand, Stephen Oyelaran, told reporters outside the "
            "courthouse that the company had “tried for months” to settle the matter "
            "privately. “This was never about one post,” he said. “It was about a pattern.”\n\n"
            "The brand, founded in 2016, is seeking $1.8 million in damages."
        ),
        "quotes": [
            ("at least six paid endorsements", None, True, "P1"),
            (
                "I have never once broken a contract. I’ll see them in court,",
                "Camille Beaumont-Achebe",
                False,
                "P2",
            ),
            (
                "Family first. Always. And we kept the receipts,",
                "Nadia Beaumont-Achebe",
                False,
                "P3",
            ),
            ("tried for months", "Stephen Oyelaran", True, None),
            ("This was never about one post,", "Stephen Oyelaran", False, None),
            ("It was about a pattern.", "Stephen Oyelaran", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Camille Beaumont-Achebe", "Glow Theory"),
            ("P3", "Nadia Beaumont-Achebe", "Threads"),
        ],
        "people": ["Camille Beaumont-Achebe", "Nadia Beaumont-Achebe", "Stephen Oyelaran"],
    },
    {
        "name": "lender-provisions-earnings-release-call-analyst-note-ft",
        "text": (
            "Shares of Hollis & Grant, the Edinburgh-based lender, fell 7 percent on "
            "Wednesday after it set aside £420 million for bad loans, far more than "
            "analysts had expected.\n\n"
            "In its earnings release, the bank said the provision reflected “prudent "
            "caution” about commercial property. “Our capital position remains among the "
            "strongest in the sector,” the release quoted the chief executive, Alasdair "
            "Munro, as saying.\n\n"
            "On a call with analysts, Munro was pressed on the bank’s exposure to "
            "half-empty office towers. “We are not seeing stress spread beyond a handful "
            "of borrowers,” he said.\n\n"
            "Priyanka Dasgupta, an analyst at Fenwick Securities, was unconvinced. "
            "“Management keeps calling it contained. The provisions say otherwise,” she "
            "wrote in a note to clients.\n\n"
            "Munro later told the Financial Times that the bank had no plans to cut its "
            "dividend. “Shareholders will be paid,” he said."
        ),
        "quotes": [
            ("prudent caution", None, True, "P1"),
            (
                "Our capital position remains among the strongest in the sector,",
                "Alasdair Munro",
                False,
                "P1",
            ),
            (
                "We are not seeing stress spread beyond a handful of borrowers,",
                "Alasdair Munro",
                False,
                None,
            ),
            (
                "Management keeps calling it contained. The provisions say otherwise,",
                "Priyanka Dasgupta",
                False,
                "P2",
            ),
            ("Shareholders will be paid,", "Alasdair Munro", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priyanka Dasgupta", None),
            ("P3", "Alasdair Munro", "Financial Times"),
        ],
        "people": ["Alasdair Munro", "Priyanka Dasgupta"],
    },
    {
        "name": "crypto-exchange-freeze-ruling-founder-x-customer-email",
        "text": (
            "A court in Singapore froze the assets of the cryptocurrency exchange Lumen "
            "Ledger on Friday, days after the platform halted withdrawals for about "
            "300,000 customers.\n\n"
            "In her written ruling, Justice Chua Wei Ling said the exchange’s own records "
            "were “incomplete at best.” “There is a real risk that assets will be moved "
            "beyond the reach of this court,” she wrote.\n\n"
            "Lumen Ledger’s founder, Arjun Mehrotra-Lee, had posted on X hours before the "
            "ruling that customer funds were “safe and fully accounted for.” He has not "
            "posted since.\n\n"
            "Customers received an email from the company on Thursday night. “We are "
            "working around the clock to restore access,” it read.\n\n"
            "Farah Aziz, a schoolteacher in Penang, told reporters outside the court that "
            "she had $14,000 on the exchange. “It was my daughter’s university fund,” she "
            "said. “I trusted the app because it looked like a bank.”"
        ),
        "quotes": [
            ("incomplete at best.", "Chua Wei Ling", True, "P1"),
            (
                "There is a real risk that assets will be moved beyond the reach of this court,",
                "Chua Wei Ling",
                False,
                "P1",
            ),
            ("safe and fully accounted for.", "Arjun Mehrotra-Lee", True, "P2"),
            ("We are working around the clock to restore access,", None, False, "P3"),
            ("It was my daughter’s university fund,", "Farah Aziz", False, None),
            ("I trusted the app because it looked like a bank.", "Farah Aziz", False, None),
        ],
        "posts": [
            ("P1", "Chua Wei Ling", None),
            ("P2", "Arjun Mehrotra-Lee", "X"),
            ("P3", None, None),
        ],
        "people": ["Chua Wei Ling", "Arjun Mehrotra-Lee", "Farah Aziz"],
    },
    {
        "name": "lynx-release-charity-release-facebook-group-reply",
        "text": (
            "Four Eurasian lynx were released into a forest in Northumberland on Saturday, "
            "the first licensed release of the cats in England in more than a thousand "
            "years, the conservation charity Wild Borders said.\n\n"
            "“Today a missing piece of this landscape comes home,” the charity said in a "
            "press release. The youngest female, named Freya by pupils at a school in "
            "Bellingham, was the first out of her crate.\n\n"
            "Not all the neighbours are pleased. Bryony Teasdale-Hume, who keeps 900 ewes "
            "near Kielder, posted in the Facebook group Tyne Valley Farmers that she had "
            "already lost lambs to dogs this spring. “Now we’re meant to welcome a "
            "predator? Who pays when it’s my ewes?” she wrote.\n\n"
            "Another member replied beneath her post: “The compensation scheme is in the "
            "charity’s release. Read it before panicking.”\n\n"
            "The project’s field ecologist, Dr. Tomasz Wiśniewski, said at the release "
            "site that each cat wore a GPS collar. “We will know where they are every hour "
            "of every day,” he said."
        ),
        "quotes": [
            ("Today a missing piece of this landscape comes home,", None, False, "P1"),
            (
                "Now we’re meant to welcome a predator? Who pays when it’s my ewes?",
                "Bryony Teasdale-Hume",
                False,
                "P2",
            ),
            (
                "The compensation scheme is in the charity’s release. Read it before panicking.",
                None,
                False,
                "P2",
            ),
            (
                "We will know where they are every hour of every day,",
                "Tomasz Wiśniewski",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Bryony Teasdale-Hume", "Facebook"),
        ],
        "people": ["Bryony Teasdale-Hume", "Tomasz Wiśniewski"],
    },
    {
        "name": "maldives-bleaching-report-instagram-caption-guardian-op-ed",
        "text": (
            "Two-thirds of the coral surveyed around the Maldives’ northern atolls showed "
            "signs of bleaching this spring, according to a report released on Monday by "
            "the Maldives Marine Research Institute. The report called the event “the most "
            "severe we have recorded.”\n\n"
            "The marine biologist Aishath Shifa Ibrahim, who led part of the survey, "
            "posted underwater photographs on Instagram with the caption “White where "
            "there should be colour.”\n\n"
            "In an op-ed for The Guardian, the former environment minister Ahmed Riyaz "
            "urged richer countries to pay for reef restoration. “Small nations did not "
            "cause this crisis, but we are living at its sharp end,” he wrote.\n\n"
            "The tourism minister, Hassan Zaheer, said at a news conference in Malé that "
            "resorts would be asked to limit anchoring near the worst-hit reefs. “We "
            "cannot cool the ocean,” he said. “We can control what happens inside our own "
            "waters.”\n\n"
            "Scientists expect a partial recovery if water temperatures fall before the "
            "end of June."
        ),
        "quotes": [
            ("the most severe we have recorded.", None, True, "P1"),
            ("White where there should be colour.", "Aishath Shifa Ibrahim", False, "P2"),
            (
                "Small nations did not cause this crisis, but we are living at its sharp end,",
                "Ahmed Riyaz",
                False,
                "P3",
            ),
            ("We cannot cool the ocean,", "Hassan Zaheer", False, None),
            ("We can control what happens inside our own waters.", "Hassan Zaheer", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aishath Shifa Ibrahim", "Instagram"),
            ("P3", "Ahmed Riyaz", "The Guardian"),
        ],
        "people": ["Aishath Shifa Ibrahim", "Ahmed Riyaz", "Hassan Zaheer"],
    },
    {
        "name": "maternity-ward-closure-statement-public-radio-facebook-town-hall",
        "text": (
            "Sheridan Memorial Hospital in eastern Montana will close its maternity ward "
            "at the end of March, the hospital said in a statement on Tuesday, citing a "
            "shortage of obstetric nurses. Expectant mothers in three counties will have "
            "to drive more than 90 miles to give birth.\n\n"
            "The hospital’s chief nursing officer, Karen Two Bulls, explained the decision "
            "to Montana Public Radio. “We had four nurses covering what should be a team "
            "of eleven. That is not safe for mothers, and it is not safe for my staff,” "
            "she said.\n\n"
            "Jolene Whitehorse, who gave birth at the hospital in January, posted on "
            "Facebook that she was “heartbroken and scared” for friends who are pregnant. "
            "“My cousin is due in April. Where is she supposed to go?” she asked in the "
            "post.\n\n"
            "State Senator Walt Lundgren told a town hall meeting in Sheridan on Thursday "
            "that he would seek emergency funding to reopen the ward. “Rural women deserve "
            "the same care as anyone in Billings,” he said."
        ),
        "quotes": [
            (
                (
                    "We had four nurses covering what should be a team of eleven. That is "
                    "not safe for mothers, and it is not safe for my staff,"
                ),
                "Karen Two Bulls",
                False,
                "P2",
            ),
            ("heartbroken and scared", "Jolene Whitehorse", True, "P3"),
            (
                "My cousin is due in April. Where is she supposed to go?",
                "Jolene Whitehorse",
                False,
                "P3",
            ),
            (
                "Rural women deserve the same care as anyone in Billings,",
                "Walt Lundgren",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Karen Two Bulls", "Montana Public Radio"),
            ("P3", "Jolene Whitehorse", "Facebook"),
        ],
        "people": ["Karen Two Bulls", "Jolene Whitehorse", "Walt Lundgren"],
    },
    {
        "name": "junior-tennis-father-ban-email-instagram-podcast-officials-x",
        "text": (
            "The Lawn Tennis Association has barred the father of a 15-year-old British "
            "prospect from her matches for a year after an incident at a junior tournament "
            "in Nottingham.\n\n"
            "In an email to the family, seen by The Times, the association said Rohan "
            "Kapoor’s conduct toward a line judge had been “abusive and intimidating.”\n\n"
            "Kapoor disputed that in a post on Instagram. “I raised my voice. I did not "
            "threaten anyone. There are videos,” he wrote.\n\n"
            "His daughter’s coach, Sergio Benítez-Ruiz, said she had kept training through "
            "the dispute. “She’s handled it better than the adults. She just wants to "
            "play,” the coach said on The Tennis Podcast, adding that the ban was “harsh "
            "but not crazy.”\n\n"
            "The Association of British Tennis Officials welcomed the decision on X. "
            "“Officials should never fear for their safety at a junior event,” it wrote.\n\n"
            "Kapoor said he would appeal. He told reporters at the National Tennis Centre "
            "on Monday that he had “nothing to hide.”"
        ),
        "quotes": [
            ("abusive and intimidating.", None, True, "P1"),
            (
                "I raised my voice. I did not threaten anyone. There are videos,",
                "Rohan Kapoor",
                False,
                "P2",
            ),
            (
                "She’s handled it better than the adults. She just wants to play,",
                "Sergio Benítez-Ruiz",
                False,
                "P3",
            ),
            ("harsh but not crazy.", "Sergio Benítez-Ruiz", True, "P3"),
            ("Officials should never fear for their safety at a junior event,", None, False, "P4"),
            ("nothing to hide.", "Rohan Kapoor", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rohan Kapoor", "Instagram"),
            ("P3", "Sergio Benítez-Ruiz", "The Tennis Podcast"),
            ("P4", None, "X"),
        ],
        "people": ["Rohan Kapoor", "Sergio Benítez-Ruiz"],
    },
    {
        "name": "charity-stream-kick-x-split-quote-aid-group-instagram-statement",
        "text": (
            "The Brazilian streamer Letícia Moura Santos raised more than $240,000 for "
            "flood victims in Rio Grande do Sul during a 30-hour charity stream on Kick "
            "that ended on Sunday. Near the end of the stream, she broke down on camera. "
            "“These are my grandmother’s streets,” she said.\n\n"
            "“I kept saying ‘one more hour’,” Moura Santos wrote on X afterwards, “and "
            "then it was morning again.”\n\n"
            "The aid group that received the money, Ação Solidária Sul, thanked her in an "
            "Instagram post. “Every real you raised becomes water, food and shelter,” the "
            "group wrote.\n\n"
            "A Kick spokesperson said in an emailed statement that the platform had "
            "matched donations in the final hour. “We were proud to play a small part,” "
            "the spokesperson said.\n\n"
            "Speaking to fans at a meet-up in Porto Alegre on Tuesday, Moura Santos "
            "promised to do it again next year. “Same time, same chair, more coffee,” she "
            "said."
        ),
        "quotes": [
            ("These are my grandmother’s streets,", "Letícia Moura Santos", False, "P1"),
            ("I kept saying ‘one more hour’,", "Letícia Moura Santos", False, "P2"),
            ("and then it was morning again.", "Letícia Moura Santos", False, "P2"),
            ("Every real you raised becomes water, food and shelter,", None, False, "P3"),
            ("We were proud to play a small part,", None, False, "P4"),
            ("Same time, same chair, more coffee,", "Letícia Moura Santos", False, None),
        ],
        "posts": [
            ("P1", "Letícia Moura Santos", "Kick"),
            ("P2", "Letícia Moura Santos", "X"),
            ("P3", None, "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Letícia Moura Santos"],
    },
    {
        "name": "stock-selloff-fed-speech-substack-reddit-thread-wsj-op-ed",
        "text": (
            "U.S. stocks had their worst day in five months on Thursday, with the S&P 500 "
            "falling 2.4 percent after a Federal Reserve governor signalled that interest "
            "rates could stay high well into next year.\n\n"
            "In a speech in Chicago, the governor, Elaine Whitford-Osei, said the central "
            "bank was “not yet confident” that inflation had been beaten.\n\n"
            "The hedge fund manager Rafael Castellanos wrote in his newsletter on Substack "
            "that the selloff was overdone. “Markets hate uncertainty more than they hate "
            "high rates. This is a tantrum, not a trend,” he wrote.\n\n"
            "On Reddit, a thread titled “Is this the top?” drew more than 8,000 comments "
            "by the close. “Been asking that since 2021,” one user replied.\n\n"
            "Whitford-Osei’s colleague on the Fed board, Samuel Adeyinka, wrote in an "
            "op-ed for The Wall Street Journal on Friday that investors had “misread” her "
            "remarks. “Patience is not the same as a pivot,” he wrote.\n\n"
            "Treasury yields rose to their highest level since March."
        ),
        "quotes": [
            ("not yet confident", "Elaine Whitford-Osei", True, None),
            (
                (
                    "Markets hate uncertainty more than they hate high rates. This is a "
                    "tantrum, not a trend,"
                ),
                "Rafael Castellanos",
                False,
                "P1",
            ),
            ("Been asking that since 2021,", None, False, "P2"),
            ("misread", "Samuel Adeyinka", True, "P3"),
            ("Patience is not the same as a pivot,", "Samuel Adeyinka", False, "P3"),
        ],
        "posts": [
            ("P1", "Rafael Castellanos", "Substack"),
            ("P2", None, "Reddit"),
            ("P3", "Samuel Adeyinka", "The Wall Street Journal"),
        ],
        "people": ["Elaine Whitford-Osei", "Rafael Castellanos", "Samuel Adeyinka"],
    },
]
