"""The one-hundred-and-sixty-eighth self-made dev set, held out (FR): its first run is an unseen estimate.

Written with set FS, without reading the extraction rules, and committed before
any rule was run on it. Topic area: international affairs: diplomacy, summits,
sanctions, conflict and refugees. Same format and conventions as the earlier self-made
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
- A quote that follows a post's quote with no new attribution ("she wrote. “Halden
  will return ...”") continues that post; a second sentence after "the release
  quoted ... as saying" belongs to the release and its speaker.
- A summit's, agreement's or talks' name in marks (“Lakeside Dialogue”, “Oslo
  Compact”), a format name (a Reddit “Ask Me Anything” thread), a person's
  nickname (“the Night Mediator”) and a place's nickname (“the Second City”) are
  not quotes.
- A term in marks used as a label is a scare quote even when the text says who
  uses it ("what officials call Karvonia's “shadow fleet”", a 72-hour
  "humanitarian pause", a self-declared leader's "president"): not a quote.
- CNN's “State of the Union” has platform State of the Union and the BBC's
  Newsnight has platform Newsnight (the show as written, without the network);
  the podcast The Long Table has platform The Long Table; "told The Guardian"
  keeps the article that is part of the paper's name.
- A post on a person's Telegram channel and a video address on Telegram are
  Telegram posts by that person.
- A joint statement by two named ministers has author None and its words speak
  as None (no single speaker can be named).
- A named person who "said in a statement" is that statement's author even when
  speaking for an organisation (Oxfam's policy lead); only a statement or
  release issued by the organisation itself has author None.
- A court's order with no named judge is a post with author None and no
  platform, and its words speak as None; a state's application to a court is a
  court filing with author None and its words speak as None.
- A legal challenge filed by a named person's lawyers on his behalf is that
  person's post (no platform) and its words speak as that person.
- A UN Security Council resolution is a post with author None and no platform;
  its wording quoted in narration is partial and speaks as None.
- Words that "the letter said" speak as the person who signed the letter.
- A response on a different platform to someone's post ("On Threads, ...
  responded to her post" on X) is a new post by the responder.
- Sharing a Bluesky post and adding words of one's own is a new Bluesky post
  by the sharer.
- A clip posted on X by a country's UN mission has author None; its caption
  speaks as None and is not partial.
- A YouTube video posted by an institute in which a named person speaks is a
  post with author None and platform YouTube; his words in it speak as him.
- A rights group's report is a post with author None and no platform; words its
  named researcher "said in the report" speak as the researcher and belong to it.
- A confidential cable published by a newspaper is the signing ambassador's
  post with no platform (the newspaper only published the leak).
- A speech later posted on X by the speaker: the speech's quotes stay with the
  speech (no post); only the words added on X belong to the X post.
- A speech quote running over two paragraphs, where the first paragraph has no
  closing mark: that paragraph's quote runs from the opening mark to the end of
  the paragraph; neither paragraph is partial.
- A quote split by "she said" (“Some of it is new, ...,” she said, “and all of
  it is overdue.”) is two quotes, neither partial.
- Words chanted by protesters and words on their placards are quotes that speak
  as None, with no post, not partial.
- A person who gave "his name only as Samir" is a named person with canonical
  name Samir, and his interview with The Guardian is his post.
- Every named person is listed in people, also those who never speak (the
  podcast host, the two ministers of a joint statement).
- A reporter's employer (the Asahi Shimbun, the magazine Northern Review) is
  not a post.
- Military ranks and judicial titles (Major General, Col., Mrs Justice) and
  the post-nominal KC are not part of a canonical name; lowercase particles (de
  Waal, van der Berg) and multiple surnames (Mateus Carvalho Lima) are kept as
  written.
- Two unrelated people sharing a surname (Rania and Karim Haddad): the full name
  is used for the second one each time he is introduced or speaks.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FR: list[dict] = [
    {
        "name": "x-minister-walkout-reply-told-reporters",
        "text": (
            "Foreign Minister Ilse Marenkamp of Halden walked out of the second day of the "
            "“Lakeside Dialogue” talks in Geneva on Thursday, and within the hour she had "
            "explained why on X. “We did not travel here to be lectured on our own borders,” "
            "she wrote. “Halden will return when the agenda is serious.”\n\n"
            "Her counterpart from Sorvia, Dmitar Vukas, replied beneath the post that Halden had "
            "“chosen theatre over talks.”\n\n"
            "Marenkamp later told reporters outside her hotel that the door was “not closed.” "
            "Asked whether she would attend Friday’s session, the minister said: “Ask me "
            "tomorrow.”"
        ),
        "quotes": [
            (
                "We did not travel here to be lectured on our own borders,",
                "Ilse Marenkamp",
                False,
                "P1",
            ),
            ("Halden will return when the agenda is serious.", "Ilse Marenkamp", False, "P1"),
            ("chosen theatre over talks.", "Dmitar Vukas", True, "P1"),
            ("not closed.", "Ilse Marenkamp", True, None),
            ("Ask me tomorrow.", "Ilse Marenkamp", False, None),
        ],
        "posts": [
            ("P1", "Ilse Marenkamp", "X"),
        ],
        "people": ["Ilse Marenkamp", "Dmitar Vukas"],
    },
    {
        "name": "unhcr-release-briefing-aid-worker-refugee-straight",
        "text": (
            "More than 40,000 people have crossed from Tarsk into neighbouring Ostrelia since "
            "fighting reached the border town of Velin last week, the UN refugee agency said in "
            "a press release on Wednesday.\n\n"
            '"Families are arriving with nothing but the clothes they fled in," the release '
            "quoted Amadou Sy-Lagarde, UNHCR’s representative in Ostrelia, as saying. "
            '"Shelters built for 5,000 now hold three times that."\n\n'
            "At a briefing in Geneva on Friday, agency spokeswoman Katrin Oyelaran said the "
            'numbers were "likely an undercount." One aid worker at the Ostrelian crossing of '
            'Marsk, who asked not to be named, said: "We are running out of blankets before we '
            'run out of night."\n\n'
            "Among the arrivals was Leyla Haddadi, 34, who walked for two days with her three "
            'children. "My son kept asking when we would go home," she said. "I did not have '
            'an answer."'
        ),
        "quotes": [
            (
                "Families are arriving with nothing but the clothes they fled in,",
                "Amadou Sy-Lagarde",
                False,
                "P1",
            ),
            (
                "Shelters built for 5,000 now hold three times that.",
                "Amadou Sy-Lagarde",
                False,
                "P1",
            ),
            ("likely an undercount.", "Katrin Oyelaran", True, None),
            ("We are running out of blankets before we run out of night.", None, False, None),
            ("My son kept asking when we would go home,", "Leyla Haddadi", False, None),
            ("I did not have an answer.", "Leyla Haddadi", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Amadou Sy-Lagarde", "Katrin Oyelaran", "Leyla Haddadi"],
    },
    {
        "name": "eu-shadow-fleet-joint-statement-telegram-filing",
        "text": (
            "The European Union on Monday added 14 tankers from what officials call Karvonia’s "
            "“shadow fleet” to its sanctions list, the Council of the EU announced in a press "
            "release, which quoted its foreign policy chief, Raimo Lehtisalo: “Every ship on "
            "this list has helped pay for the war.”\n\n"
            "In a joint statement, the foreign ministers of Halden and Marenland, Agnes Thorvald "
            "and Joost van der Berg, welcomed the move as “overdue but necessary.”\n\n"
            "Viktor Ostapenko-Rell, a shipping magnate whose companies own four of the vessels, "
            "called the listing “economic banditry” in a post on his Telegram channel. “I have "
            "never sold a barrel to anyone under sanction, and I will prove it in court,” he "
            "wrote.\n\n"
            "His lawyers filed a challenge at the General Court in Luxembourg on Wednesday, "
            "arguing in the filing that the Council had relied on “press clippings, not "
            "evidence.”"
        ),
        "quotes": [
            ("Every ship on this list has helped pay for the war.", "Raimo Lehtisalo", False, "P1"),
            ("overdue but necessary.", None, True, "P2"),
            ("economic banditry", "Viktor Ostapenko-Rell", True, "P3"),
            (
                "I have never sold a barrel to anyone under sanction, and I will prove it in "
                "court,",
                "Viktor Ostapenko-Rell",
                False,
                "P3",
            ),
            ("press clippings, not evidence.", "Viktor Ostapenko-Rell", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Viktor Ostapenko-Rell", "Telegram"),
            ("P4", "Viktor Ostapenko-Rell", None),
        ],
        "people": [
            "Raimo Lehtisalo",
            "Agnes Thorvald",
            "Joost van der Berg",
            "Viktor Ostapenko-Rell",
        ],
    },
    {
        "name": "cnn-show-ambassador-mission-clip-caption",
        "text": (
            "Marenland’s ambassador to the United Nations, Corinne Abebe-Walsh, said on Sunday "
            "that her government would back a ceasefire resolution only if it named both sides. "
            "Speaking on CNN’s “State of the Union,” she said: “A resolution that blames one "
            "army for a two-army war is not a peace plan. It is a press release.”\n\n"
            "The Marenland mission posted a clip of the exchange on X with the caption “Our "
            "position has not changed.” Within hours it had been viewed more than a million "
            "times.\n\n"
            "Abebe-Walsh repeated the point to reporters outside the Security Council chamber on "
            "Monday, calling the current draft “lopsided.” The draft’s sponsor, Ambassador Felix "
            "Ambrose of Halden, said it was “the most balanced text anyone has put on the "
            "table.”"
        ),
        "quotes": [
            (
                "A resolution that blames one army for a two-army war is not a peace plan. It is "
                "a press release.",
                "Corinne Abebe-Walsh",
                False,
                "P1",
            ),
            ("Our position has not changed.", None, False, "P2"),
            ("lopsided.", "Corinne Abebe-Walsh", True, None),
            (
                "the most balanced text anyone has put on the table.",
                "Felix Ambrose",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Corinne Abebe-Walsh", "State of the Union"),
            ("P2", None, "X"),
        ],
        "people": ["Corinne Abebe-Walsh", "Felix Ambrose"],
    },
    {
        "name": "icj-order-application-dissent-ministry-hearing",
        "text": (
            "The International Court of Justice on Friday ordered Tarsk to “take all measures "
            "within its power” to prevent attacks on grain convoys, granting part of a request "
            "filed by Ostrelia in March. Ostrelia’s application had accused its neighbour of "
            "“starving a province into surrender.”\n\n"
            "Judge Sabine Okafor-Lind, in a dissenting opinion, wrote that the court had “again "
            "mistaken urgency for evidence.” She added: “The order asks a party to stop conduct "
            "that the court has not found it committed.”\n\n"
            "Tarsk’s foreign ministry said in a statement that it would comply “out of respect "
            "for the court, not because of the merits.” At the hearing in The Hague last month, "
            "Tarsk’s agent, Deputy Foreign Minister Arvid Kessel, had told the judges: “There is "
            "no siege. There is a war, and wars have front lines.”"
        ),
        "quotes": [
            ("take all measures within its power", None, True, "P1"),
            ("starving a province into surrender.", None, True, "P2"),
            ("again mistaken urgency for evidence.", "Sabine Okafor-Lind", True, "P3"),
            (
                "The order asks a party to stop conduct that the court has not found it committed.",
                "Sabine Okafor-Lind",
                False,
                "P3",
            ),
            ("out of respect for the court, not because of the merits.", None, True, "P4"),
            (
                "There is no siege. There is a war, and wars have front lines.",
                "Arvid Kessel",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Sabine Okafor-Lind", None),
            ("P4", None, None),
        ],
        "people": ["Sabine Okafor-Lind", "Arvid Kessel"],
    },
    {
        "name": "substack-envoy-nickname-podcast-linkedin",
        "text": (
            "Gregor Halloway, the former special envoy once nicknamed “the Night Mediator” for "
            "his habit of negotiating until dawn, has broken a two-year silence on the collapse "
            "of the Velin accords.\n\n"
            "In an essay on Substack published Tuesday, Halloway wrote that the deal had failed "
            "“not in the room, but in the capitals.” “We had signatures. We never had "
            "ownership,” he wrote. “A peace that nobody at home has been asked to defend will "
            "not survive its first funeral.”\n\n"
            "He expanded on the argument on the podcast The Long Table, hosted by the historian "
            "Miriam Castellanos. Asked whether he blamed anyone in particular, he laughed. "
            "“Everyone, including me,” he said.\n\n"
            "Not everyone was persuaded. Halloway’s former deputy, Yusuf Demirci, posted on "
            "LinkedIn that the essay was “an elegant rewrite of what actually happened.”"
        ),
        "quotes": [
            ("not in the room, but in the capitals.", "Gregor Halloway", True, "P1"),
            ("We had signatures. We never had ownership,", "Gregor Halloway", False, "P1"),
            (
                "A peace that nobody at home has been asked to defend will not survive its first "
                "funeral.",
                "Gregor Halloway",
                False,
                "P1",
            ),
            ("Everyone, including me,", "Gregor Halloway", False, "P2"),
            ("an elegant rewrite of what actually happened.", "Yusuf Demirci", True, "P3"),
        ],
        "posts": [
            ("P1", "Gregor Halloway", "Substack"),
            ("P2", "Gregor Halloway", "The Long Table"),
            ("P3", "Yusuf Demirci", "LinkedIn"),
        ],
        "people": ["Gregor Halloway", "Miriam Castellanos", "Yusuf Demirci"],
    },
    {
        "name": "capsized-boat-coast-guard-charity-tiktok-guardian",
        "text": (
            "At least 31 people are missing after a fishing boat carrying migrants capsized off "
            "the island of Kessa late on Saturday, the Marenland coast guard said in a statement "
            "on Sunday, adding that 58 people had been rescued.\n\n"
            "The rescue charity Sea Lantern, whose ship reached the scene first, said on X that "
            "its crew had pulled “children out of the water with their bare hands.” The "
            "charity’s captain, Lotte Bergqvist, gave a fuller account in a video on TikTok. “We "
            "had room for 40 people and we took on 73. You do not count when the sea is doing "
            "that,” she said.\n\n"
            "One survivor, a 19-year-old from Tarsk who gave his name only as Samir, told The "
            "Guardian that the smugglers had thrown the life jackets overboard to make room. "
            "“They said the jackets were heavier than people,” he said."
        ),
        "quotes": [
            ("children out of the water with their bare hands.", None, True, "P2"),
            (
                "We had room for 40 people and we took on 73. You do not count when the sea is "
                "doing that,",
                "Lotte Bergqvist",
                False,
                "P3",
            ),
            ("They said the jackets were heavier than people,", "Samir", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Lotte Bergqvist", "TikTok"),
            ("P4", "Samir", "The Guardian"),
        ],
        "people": ["Lotte Bergqvist", "Samir"],
    },
    {
        "name": "oslo-compact-instagram-caption-split-quote-oxfam",
        "text": (
            "Leaders of the nine-member Northern Rim Council ended their summit in Oslo on "
            "Wednesday by adopting what they called the “Oslo Compact,” a 12-page declaration "
            "promising to double funding for displaced people by 2030.\n\n"
            "President Teodora Rask of Halden posted a photo of the leaders on Instagram with the "
            "caption “Nine countries, one promise.” At the closing news conference, Rask was "
            "asked whether the money was new. “Some of it is new, some of it is better spent,” "
            "she said, “and all of it is overdue.”\n\n"
            "Aid groups were less impressed. Oxfam’s policy lead, Haruto Sakamoto, said in a "
            "statement that the compact was “a reheated pledge with a new lid” and that "
            "“displaced families cannot eat communiqués.”"
        ),
        "quotes": [
            ("Nine countries, one promise.", "Teodora Rask", False, "P1"),
            ("Some of it is new, some of it is better spent,", "Teodora Rask", False, None),
            ("and all of it is overdue.", "Teodora Rask", False, None),
            ("a reheated pledge with a new lid", "Haruto Sakamoto", True, "P2"),
            ("displaced families cannot eat communiqués.", "Haruto Sakamoto", True, "P2"),
        ],
        "posts": [
            ("P1", "Teodora Rask", "Instagram"),
            ("P2", "Haruto Sakamoto", None),
        ],
        "people": ["Teodora Rask", "Haruto Sakamoto"],
    },
    {
        "name": "reddit-ama-peacekeeper-reply-institute-youtube",
        "text": (
            "Major General Kwame Asante-Boateng, who commanded the UN peacekeeping mission in the "
            "Sorvian highlands until last spring, answered questions for three hours in a Reddit "
            "“Ask Me Anything” thread on Saturday.\n\n"
            "Asked by one user whether the mission had failed, he wrote: “We failed at the thing "
            "we were never given the means to do, and succeeded at the thing nobody counts, which "
            "is the number of villages that still exist.” Another user replied that this was “a "
            "convenient way to grade your own exam.”\n\n"
            "The general had made a similar argument in a YouTube video posted by the "
            "International Peace Institute in January, in which he said the mandate had been “a "
            "cheque written without a bank account.”\n\n"
            "The UN’s peacekeeping department declined to comment."
        ),
        "quotes": [
            (
                "We failed at the thing we were never given the means to do, and succeeded at the "
                "thing nobody counts, which is the number of villages that still exist.",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("a convenient way to grade your own exam.", None, True, "P1"),
            (
                "a cheque written without a bank account.",
                "Kwame Asante-Boateng",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "Reddit"),
            ("P2", None, "YouTube"),
        ],
        "people": ["Kwame Asante-Boateng"],
    },
    {
        "name": "security-council-letter-x-denial-threads-response",
        "text": (
            "In a letter to the president of the Security Council dated Tuesday, Tarsk’s "
            "ambassador, Liu Jianhong, accused Ostrelia of shelling a dam on the Marra river and "
            "demanded an emergency session. “The downstream population of 200,000 is at imminent "
            "risk,” the letter said.\n\n"
            "Ostrelia’s foreign minister, Beatriz Olmedo, dismissed the letter on X as “fiction "
            "on official letterhead.” “There has been no shelling of the Marra dam. Tarsk is "
            "preparing the ground for something, and the world should ask what,” she posted.\n\n"
            "On Threads, a Tarsk government spokesman, Wang Lei, responded to her post with a "
            "satellite image and a single line: “Ask the river.”"
        ),
        "quotes": [
            (
                "The downstream population of 200,000 is at imminent risk,",
                "Liu Jianhong",
                False,
                "P1",
            ),
            ("fiction on official letterhead.", "Beatriz Olmedo", True, "P2"),
            (
                "There has been no shelling of the Marra dam. Tarsk is preparing the ground for "
                "something, and the world should ask what,",
                "Beatriz Olmedo",
                False,
                "P2",
            ),
            ("Ask the river.", "Wang Lei", False, "P3"),
        ],
        "posts": [
            ("P1", "Liu Jianhong", None),
            ("P2", "Beatriz Olmedo", "X"),
            ("P3", "Wang Lei", "Threads"),
        ],
        "people": ["Liu Jianhong", "Beatriz Olmedo", "Wang Lei"],
    },
    {
        "name": "humanitarian-pause-anonymous-diplomat-reuters-telegram",
        "text": (
            "Negotiators from Sorvia and the breakaway region of East Dalmar agreed on Thursday "
            'to a 72-hour "humanitarian pause," the first break in fighting since August. '
            "Neither side would call it a ceasefire.\n\n"
            '"Nobody should mistake a pause for peace," a senior Western diplomat involved in '
            'the talks said on condition of anonymity. "The guns are resting, not retired."\n\n'
            "Sorvia’s chief negotiator, Elena Marchetti-Voss, told Reuters that her delegation "
            'had agreed "with our eyes open." East Dalmar’s self-declared leader, Rustam '
            'Begaliev, who styles himself the region’s "president," said in a video address on '
            'Telegram that the pause proved his forces "could not be defeated on the '
            'battlefield."\n\n'
            "The foreign ministry of Kalmar, which hosted the talks, said in a press release that "
            "the two sides would meet again on Monday."
        ),
        "quotes": [
            ("Nobody should mistake a pause for peace,", None, False, None),
            ("The guns are resting, not retired.", None, False, None),
            ("with our eyes open.", "Elena Marchetti-Voss", True, "P1"),
            ("could not be defeated on the battlefield.", "Rustam Begaliev", True, "P2"),
        ],
        "posts": [
            ("P1", "Elena Marchetti-Voss", "Reuters"),
            ("P2", "Rustam Begaliev", "Telegram"),
            ("P3", None, "press release"),
        ],
        "people": ["Elena Marchetti-Voss", "Rustam Begaliev"],
    },
    {
        "name": "detained-reporter-family-bluesky-share-le-monde",
        "text": (
            "The family of Noor Siddiqui, a freelance reporter detained by security forces in "
            "Tarsk since Oct. 3, said in a statement on Thursday that they had not been allowed "
            "to speak to her. “Noor went to tell the story of people who cannot leave. Now she "
            "cannot leave either,” the statement said.\n\n"
            "Her editor at the magazine Northern Review, Paul Ekström, wrote on Bluesky that she "
            "had been “doing exactly what a journalist should be doing.” Dozens of reporters "
            "shared the post; one of them, Aiko Fujimura of the Asahi Shimbun, added: “Bring her "
            "home.”\n\n"
            "Halden’s foreign minister, Lucien Ferrand, told Le Monde that Halden was “using "
            "every channel, including the quiet ones.” Tarsk’s interior ministry has accused "
            "Siddiqui of “working without accreditation.”"
        ),
        "quotes": [
            (
                "Noor went to tell the story of people who cannot leave. Now she cannot leave "
                "either,",
                None,
                False,
                "P1",
            ),
            ("doing exactly what a journalist should be doing.", "Paul Ekström", True, "P2"),
            ("Bring her home.", "Aiko Fujimura", False, "P3"),
            ("using every channel, including the quiet ones.", "Lucien Ferrand", True, "P4"),
            ("working without accreditation.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Paul Ekström", "Bluesky"),
            ("P3", "Aiko Fujimura", "Bluesky"),
            ("P4", "Lucien Ferrand", "Le Monde"),
        ],
        "people": ["Noor Siddiqui", "Paul Ekström", "Aiko Fujimura", "Lucien Ferrand"],
    },
    {
        "name": "general-assembly-speech-two-paragraphs-x-repost",
        "text": (
            "Prime Minister Oskar Lindahl of Marenland used his speech to the UN General Assembly "
            "on Tuesday to call for a permanent African seat on the Security Council and a limit "
            "on the veto.\n\n"
            "“The council was built for a world of 51 members,” Lindahl said. “We are 193 now, "
            "and the rules still fit in the pockets of five.\n\n"
            "“I do not ask anyone to give up power. I ask them to share the room.”\n\n"
            "Several delegations applauded. The ambassador of one permanent member, speaking to "
            "reporters afterwards on condition of anonymity, called the proposal “a slogan, not "
            "a plan.”\n\n"
            "Lindahl later posted the passage on X, adding: “Say it in the room, not just in the "
            "corridors.”"
        ),
        "quotes": [
            ("The council was built for a world of 51 members,", "Oskar Lindahl", False, None),
            (
                "We are 193 now, and the rules still fit in the pockets of five.",
                "Oskar Lindahl",
                False,
                None,
            ),
            (
                "I do not ask anyone to give up power. I ask them to share the room.",
                "Oskar Lindahl",
                False,
                None,
            ),
            ("a slogan, not a plan.", None, True, None),
            ("Say it in the room, not just in the corridors.", "Oskar Lindahl", False, "P1"),
        ],
        "posts": [
            ("P1", "Oskar Lindahl", "X"),
        ],
        "people": ["Oskar Lindahl"],
    },
    {
        "name": "leaked-cable-der-standard-briefing-facebook-own-post",
        "text": (
            "A confidential cable sent by Halden’s ambassador in Estrava, Henrike Vos, warned "
            "last month that Estrava’s government was “weeks, not months” from defaulting on its "
            "debts to Western lenders, according to a copy published on Wednesday by the Vienna "
            "daily Der Standard. “The president’s circle is preparing for a rescue from whichever "
            "capital answers first,” Vos wrote in the cable.\n\n"
            "At a regular briefing on Thursday, Halden’s foreign ministry spokesman, Piet "
            "Janssens, told reporters that he would “not comment on alleged documents.”\n\n"
            "Estrava’s president, Mateus Carvalho Lima, wrote on Facebook that the cable was "
            "“gossip dressed up as diplomacy.” His finance minister, Ana Beatriz Soto, went "
            "further in a Facebook post of her own: “Estrava has never missed a payment and will "
            "not start now.”"
        ),
        "quotes": [
            ("weeks, not months", "Henrike Vos", True, "P1"),
            (
                "The president’s circle is preparing for a rescue from whichever capital answers "
                "first,",
                "Henrike Vos",
                False,
                "P1",
            ),
            ("not comment on alleged documents.", "Piet Janssens", True, None),
            ("gossip dressed up as diplomacy.", "Mateus Carvalho Lima", True, "P2"),
            (
                "Estrava has never missed a payment and will not start now.",
                "Ana Beatriz Soto",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Henrike Vos", None),
            ("P2", "Mateus Carvalho Lima", "Facebook"),
            ("P3", "Ana Beatriz Soto", "Facebook"),
        ],
        "people": ["Henrike Vos", "Piet Janssens", "Mateus Carvalho Lima", "Ana Beatriz Soto"],
    },
    {
        "name": "newsnight-minister-namesake-opposition-youtube",
        "text": (
            "Estrava’s foreign minister, Rania Haddad, told the BBC’s Newsnight on Monday that "
            "her government would not take part in next month’s donor conference in Brussels "
            "unless aid was routed through state agencies. “We are not a hotel lobby where "
            "charities check in and out,” Haddad said.\n\n"
            "The opposition leader Karim Haddad, who is not related to the minister, said in a "
            "video on YouTube that the boycott would “punish the hungry to spite the donors.” "
            "“If the minister wants control of the money, she should first account for last "
            "year’s,” Karim Haddad said in the video.\n\n"
            "The European Commission said in a statement that the conference would go ahead "
            "“with or without every invitation accepted.”"
        ),
        "quotes": [
            (
                "We are not a hotel lobby where charities check in and out,",
                "Rania Haddad",
                False,
                "P1",
            ),
            ("punish the hungry to spite the donors.", "Karim Haddad", True, "P2"),
            (
                "If the minister wants control of the money, she should first account for last "
                "year’s,",
                "Karim Haddad",
                False,
                "P2",
            ),
            ("with or without every invitation accepted.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Rania Haddad", "Newsnight"),
            ("P2", "Karim Haddad", "YouTube"),
            ("P3", None, None),
        ],
        "people": ["Rania Haddad", "Karim Haddad"],
    },
    {
        "name": "goodwill-ambassador-instagram-story-tiktok-variety",
        "text": (
            "The actor Dev Malhotra, a goodwill ambassador for the UN refugee agency, spent two "
            "days this week in Kessa camp, the sprawling settlement on the Tarsk–Ostrelia border "
            "that residents call “the Second City.”\n\n"
            "In an Instagram story on Tuesday he filmed a group of teenagers running a radio "
            "station from a shipping container. “These kids have a better newsroom than most "
            "I’ve been in,” he said in the clip.\n\n"
            "One of the presenters, 17-year-old Hala Mansour, posted her own TikTok from the same "
            "visit, captioned “guess who came to our show.” Her video has been watched 2.3 "
            "million times.\n\n"
            "Malhotra told Variety that the visit had changed how he thought about his role. “I "
            "came to raise money. I’m leaving with a list of people I owe phone calls to,” he "
            "said."
        ),
        "quotes": [
            (
                "These kids have a better newsroom than most I’ve been in,",
                "Dev Malhotra",
                False,
                "P1",
            ),
            ("guess who came to our show.", "Hala Mansour", False, "P2"),
            (
                "I came to raise money. I’m leaving with a list of people I owe phone calls to,",
                "Dev Malhotra",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dev Malhotra", "Instagram"),
            ("P2", "Hala Mansour", "TikTok"),
            ("P3", "Dev Malhotra", "Variety"),
        ],
        "people": ["Dev Malhotra", "Hala Mansour"],
    },
    {
        "name": "high-court-sanctions-ruling-bank-release-barrister",
        "text": (
            "A London judge on Friday dismissed a lawsuit brought by the Estravan lender Banco "
            "Meridional against Britain’s sanctions designation, ruling that ministers were "
            "entitled to act on intelligence they could not disclose in open court. The bank’s "
            "lawsuit had called the designation “guilt by geography.”\n\n"
            "In her written ruling, Mrs Justice Harriet Coleman said the court “cannot "
            "substitute its own view of national security for that of the government.” She added "
            "that the bank had “been given as much of the case against it as the law allows.”\n\n"
            "Banco Meridional said in a press release that it would appeal, quoting its chief "
            "executive, Rodrigo Almeida Prates: “We have lost a hearing, not the argument.”\n\n"
            "Outside the court, the bank’s barrister, Simon Achterberg KC, told reporters the "
            "ruling was “a blank cheque for secret evidence.”"
        ),
        "quotes": [
            ("guilt by geography.", None, True, "P1"),
            (
                "cannot substitute its own view of national security for that of the government.",
                "Harriet Coleman",
                True,
                "P2",
            ),
            (
                "been given as much of the case against it as the law allows.",
                "Harriet Coleman",
                True,
                "P2",
            ),
            ("We have lost a hearing, not the argument.", "Rodrigo Almeida Prates", False, "P3"),
            ("a blank cheque for secret evidence.", "Simon Achterberg", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harriet Coleman", None),
            ("P3", None, "press release"),
        ],
        "people": ["Harriet Coleman", "Rodrigo Almeida Prates", "Simon Achterberg"],
    },
    {
        "name": "rights-report-researcher-al-jazeera-army-x-straight",
        "text": (
            "The rights group Civic Watch International said in a report released on Tuesday "
            "that Sorvian troops had used cluster munitions in at least six villages in East "
            'Dalmar, calling the attacks "indiscriminate and unlawful."\n\n'
            '"We found the remnants in schoolyards and on farm tracks, where children play and '
            'farmers work," Ines Kowalczyk, the group’s senior researcher, said in the '
            "report.\n\n"
            'Kowalczyk told Al Jazeera that investigators had interviewed 74 witnesses. "Every '
            'one of them described the same sound," she said.\n\n'
            'A Sorvian army spokesman, Col. Branko Ilić, wrote on X that the report was "based '
            'on the testimony of people who were never there." A soldier serving in the region, '
            'reached by phone, said only: "We use what we are given."'
        ),
        "quotes": [
            ("indiscriminate and unlawful.", None, True, "P1"),
            (
                "We found the remnants in schoolyards and on farm tracks, where children play and "
                "farmers work,",
                "Ines Kowalczyk",
                False,
                "P1",
            ),
            ("Every one of them described the same sound,", "Ines Kowalczyk", False, "P2"),
            (
                "based on the testimony of people who were never there.",
                "Branko Ilić",
                True,
                "P3",
            ),
            ("We use what we are given.", None, False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ines Kowalczyk", "Al Jazeera"),
            ("P3", "Branko Ilić", "X"),
        ],
        "people": ["Ines Kowalczyk", "Branko Ilić"],
    },
    {
        "name": "staff-email-exit-linkedin-praise-news-conference",
        "text": (
            "The Haldish logistics group Vantor will pull out of Karvonia by the end of the year, "
            "its chief executive, Mirjam de Waal, told employees in an email on Wednesday, citing "
            "the latest round of European sanctions.\n\n"
            "“We can no longer guarantee that a single container we move there stays on the "
            "right side of the law,” de Waal wrote. “I will not ask you to carry that risk for "
            "us.”\n\n"
            "Halden’s trade minister, Jonas Eklund-Berg, praised the decision on LinkedIn as “the "
            "kind of leadership that makes sanctions work.”\n\n"
            "At a news conference in Karvonia’s capital, the government’s spokeswoman, Daria "
            "Volkonskaya, said the company was “welcome to leave” and that its trucks “will be "
            "replaced within a week.” Asked whether Karvonia would retaliate, she said: “We "
            "never announce our answers in advance.”"
        ),
        "quotes": [
            (
                "We can no longer guarantee that a single container we move there stays on the "
                "right side of the law,",
                "Mirjam de Waal",
                False,
                "P1",
            ),
            ("I will not ask you to carry that risk for us.", "Mirjam de Waal", False, "P1"),
            (
                "the kind of leadership that makes sanctions work.",
                "Jonas Eklund-Berg",
                True,
                "P2",
            ),
            ("welcome to leave", "Daria Volkonskaya", True, None),
            ("will be replaced within a week.", "Daria Volkonskaya", True, None),
            ("We never announce our answers in advance.", "Daria Volkonskaya", False, None),
        ],
        "posts": [
            ("P1", "Mirjam de Waal", None),
            ("P2", "Jonas Eklund-Berg", "LinkedIn"),
        ],
        "people": ["Mirjam de Waal", "Jonas Eklund-Berg", "Daria Volkonskaya"],
    },
    {
        "name": "un-resolution-chants-placards-minister-x",
        "text": (
            "The UN Security Council adopted a resolution on Friday demanding “the immediate, "
            "safe and unhindered” delivery of aid to the besieged city of Velin, with 13 votes in "
            "favour and two abstentions.\n\n"
            "Outside UN headquarters, several hundred protesters chanted “Open Velin now” and "
            "held placards reading “Bread is not a weapon.”\n\n"
            "Ostrelia’s foreign minister, Tomasz Wierzbicki, called the vote “late, but not too "
            "late” in a post on X. “Now the trucks must move. A resolution nobody enforces is a "
            "press release with a seal on it,” he wrote.\n\n"
            "Tarsk’s ambassador, Nadia Kerimova, who abstained, told reporters the text had been "
            "“written for cameras, not for convoys.”"
        ),
        "quotes": [
            ("the immediate, safe and unhindered", None, True, "P1"),
            ("Open Velin now", None, False, None),
            ("Bread is not a weapon.", None, False, None),
            ("late, but not too late", "Tomasz Wierzbicki", True, "P2"),
            (
                "Now the trucks must move. A resolution nobody enforces is a press release with "
                "a seal on it,",
                "Tomasz Wierzbicki",
                False,
                "P2",
            ),
            ("written for cameras, not for convoys.", "Nadia Kerimova", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tomasz Wierzbicki", "X"),
        ],
        "people": ["Tomasz Wierzbicki", "Nadia Kerimova"],
    },
]
