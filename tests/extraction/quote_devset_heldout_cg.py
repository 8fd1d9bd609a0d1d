"""The seventy-ninth self-made dev set, held out (CG): its first run is an unseen estimate.

Written with set CF, without reading the extraction rules, and committed before
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
inside narration. A post reported without any quoted words is still listed in
posts. Titles such as Dr., Judge, Ms. are not part of a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, so a
  quote from P2 may come before a fragment of P1 (a deleted post described
  after its replacement is quoted).
- A post that is deleted and then reposted in new words is two posts: the
  deleted one (P1, reported first) and the second version; a fragment of the
  deleted post "according to screenshots" belongs to the deleted post.
- A band's, residents' group's, orchestra's, council's or union's post,
  statement, email or release has author None, and words given as "it read",
  "it posted" or "the statement said" speak as None.
- A reply by a post's own author beneath it (a council leader answering a
  commenter, an executive thanking a commenter, a mayor's comment under his own
  TikTok) belongs to that post; a reply to a reply, or a reply "to that
  exchange", belongs to the original post.
- A quote-post of an organisation's announcement is a new post by the
  quote-poster; a reply to the quote-post belongs to the quote-post. The
  announcement itself is listed as a post with no quoted words.
- An organisation's reply "on X" to a TikTok video is a new X post (a different
  platform), not part of the video.
- A Reddit thread started by an unnamed user has author None; its title in
  marks ("a thread titled ...") is a title, not a quote; a reply or comment
  under it belongs to it and speaks as None. A named scientist's Reddit
  "Ask Me Anything" session is her Reddit post ("Ask Me Anything" is a title),
  and her answers in it belong to it.
- A study published in a named journal is a post with author None and the
  journal as platform; a fragment the study "concluded" speaks as None. A
  university news release quoting the study's author is a press release with
  author None and the author as speaker.
- A letter, memo or ruling by a named person is that person's post with no
  platform, and words attributed to "the letter" or "the memo" speak as its
  author.
- BBC Radio 4's Today programme has platform Today (the show as written);
  Newsbeat, The Food Programme, Off the Record, Sunday Brunch, BBC Look North,
  BBC Radio Solent and LBC are likewise the show or station as written. Saying
  something "on" a named TV show is an interview with that show. An interview
  with Gramophone years earlier is still a post.
- An essay "for Scientific American" has platform Scientific American; a
  Substack post or newsletter has platform Substack, and its title or the
  newsletter's name in marks is not a quote.
- A quote "added" or continued in the next sentence with no new verb of
  posting stays with the post just quoted ("she posted. “...”").
- A fragment introduced by "In the same video" or "Later in the essay" belongs
  to that video or essay and is partial.
- A quote that runs over two paragraphs (the first paragraph has no closing
  mark) is listed as two quotes, one per paragraph, both with the speaker and
  the post of the attribution that follows.
- A quote split by its attribution (“Flights will run,” she said. “Bags may be
  slower.”) is two quotes.
- Song, album, book, recording and YouTube channel titles, a video series name
  ("Pothole Patrol"), a product name ("Garden Light") and nicknames ("the
  Chef", "the Brigadier") in marks are not quotes.
- An unnamed neighbour speaking at a licensing hearing speaks as None with no
  post; words "told a rally" are not a post.
- Councillor, Sir, Chief Inspector, Judge and Dr. are titles, not part of a
  canonical name; Fiona Ó Súilleabháin, Saoirse Ní Bhriain and Fatima Zahra
  Bennani keep all their parts; name order is kept as written (Dae-jung Park,
  Wen-Hui Tan, Mei-Ling Zhou).
- Two people sharing a surname (Dae-jung and Soon-ja Park): the bare surname
  refers to the one already named when it is used. A bare first name
  ("Jonah's mother") refers to the person already named.
- A named member's post in a Facebook group is that member's Facebook post;
  resharing a post on one's "own Instagram story with the words ..." is a new
  Instagram post by the resharer, and those words are a whole quote.
- An open letter from a shop's staff (no named signatory) has author None and
  no platform.
- A role phrase ("the council leader", "the mission manager", "the 44-year-old",
  "the 51-year-old managing director") refers to the person already named in
  that role.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CG: list[dict] = [
    {
        "name": "council-bin-collections-facebook-replies",
        "text": (
            "Councillor Priya Raghunathan, who leads Harrowgate Borough Council, announced "
            "on Facebook on Monday that bin collections would move to every three weeks "
            "from April. “Nobody likes this, but the landfill tax has doubled and we have "
            "run out of road,” she wrote.\n\n"
            "The post drew more than 900 comments. One resident, Gareth Pryce-Jones, "
            "replied: “Three weeks in August? Enjoy the foxes.” The council leader answered "
            "him directly. “Fair point. Food waste will still go weekly,” she wrote.\n\n"
            "In a local Facebook group, Harrowgate Matters, the retired nurse Bernadette "
            "O’Kane posted a photo of an overflowing bin with the caption “This is week two "
            "already.”\n\n"
            "The opposition leader, Samuel Adebayo-Hart, told the Harrowgate Advertiser "
            "that the council had “ducked a proper consultation.” The GMB union, which "
            "represents the crews, said in a statement that it had not been consulted "
            "either. “Our members found out from Facebook,” the statement said."
        ),
        "quotes": [
            (
                "Nobody likes this, but the landfill tax has doubled and we have run out of road,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("Three weeks in August? Enjoy the foxes.", "Gareth Pryce-Jones", False, "P1"),
            ("Fair point. Food waste will still go weekly,", "Priya Raghunathan", False, "P1"),
            ("This is week two already.", "Bernadette O’Kane", False, "P2"),
            ("ducked a proper consultation.", "Samuel Adebayo-Hart", True, "P3"),
            ("Our members found out from Facebook,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "Facebook"),
            ("P2", "Bernadette O’Kane", "Facebook"),
            ("P3", "Samuel Adebayo-Hart", "Harrowgate Advertiser"),
            ("P4", None, None),
        ],
        "people": [
            "Priya Raghunathan",
            "Gareth Pryce-Jones",
            "Bernadette O’Kane",
            "Samuel Adebayo-Hart",
        ],
    },
    {
        "name": "rail-signal-failure-x-apology-release-tiktok",
        "text": (
            "Metrolink Coastal, which runs the Brightwater commuter line, apologised on X "
            "on Thursday after a signal failure stranded 3,000 passengers for four hours. "
            "“We let you down this morning and we are sorry,” the company posted.\n\n"
            "Its managing director, Oluwaseun Bakare, went further in a news release that "
            "afternoon. “Compensation will be paid automatically to every season-ticket "
            "holder,” the release quoted him as saying. “No forms, no queues.”\n\n"
            "A TikTok video filmed by a passenger, Chloé Marchetti, showed people walking "
            "along the track near Dunmore Junction. “They told us to stay put, then they "
            "told us to get out,” she says in the clip, which has been viewed 1.2 million "
            "times.\n\n"
            "The rail minister, Harriet Coyle-Bramwell, told BBC Radio 4’s Today programme "
            "that the walk along the line had been “unacceptable and dangerous.”\n\n"
            "The 51-year-old managing director later shared the release on LinkedIn with a "
            "note of his own: “Our staff did their best in awful conditions.”"
        ),
        "quotes": [
            ("We let you down this morning and we are sorry,", None, False, "P1"),
            (
                "Compensation will be paid automatically to every season-ticket holder,",
                "Oluwaseun Bakare",
                False,
                "P2",
            ),
            ("No forms, no queues.", "Oluwaseun Bakare", False, "P2"),
            (
                "They told us to stay put, then they told us to get out,",
                "Chloé Marchetti",
                False,
                "P3",
            ),
            ("unacceptable and dangerous.", "Harriet Coyle-Bramwell", True, "P4"),
            ("Our staff did their best in awful conditions.", "Oluwaseun Bakare", False, "P5"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "press release"),
            ("P3", "Chloé Marchetti", "TikTok"),
            ("P4", "Harriet Coyle-Bramwell", "Today"),
            ("P5", "Oluwaseun Bakare", "LinkedIn"),
        ],
        "people": ["Oluwaseun Bakare", "Chloé Marchetti", "Harriet Coyle-Bramwell"],
    },
    {
        "name": "michelin-restaurant-closing-story-bluesky-reddit",
        "text": (
            "The chef Kenji Watanabe-Ross said in an Instagram story on Sunday that his "
            "Leeds restaurant Hearth & Brine would close at the end of the month, eight "
            "months after it won a Michelin star. “The star brought the crowds, but not the "
            "margins,” he wrote over a photo of the empty dining room.\n\n"
            "The critic Marguerite Delacroix-Owusu, who championed the restaurant last "
            "year, wrote on Bluesky that the news was “a gut punch for the north.” “If this "
            "place can’t make rent, who can?” she added.\n\n"
            "On Reddit, a thread titled “RIP Hearth & Brine” gathered hundreds of comments. "
            "“Ate there for my fortieth. Best meal of my life,” one user wrote under it.\n\n"
            "Watanabe-Ross told the Yorkshire Post that he hoped to reopen as a smaller "
            "bistro next year. “Forty covers, no tasting menu, a lot less stress,” he said."
        ),
        "quotes": [
            (
                "The star brought the crowds, but not the margins,",
                "Kenji Watanabe-Ross",
                False,
                "P1",
            ),
            ("a gut punch for the north.", "Marguerite Delacroix-Owusu", True, "P2"),
            ("If this place can’t make rent, who can?", "Marguerite Delacroix-Owusu", False, "P2"),
            ("Ate there for my fortieth. Best meal of my life,", None, False, "P3"),
            (
                "Forty covers, no tasting menu, a lot less stress,",
                "Kenji Watanabe-Ross",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kenji Watanabe-Ross", "Instagram"),
            ("P2", "Marguerite Delacroix-Owusu", "Bluesky"),
            ("P3", None, "Reddit"),
            ("P4", "Kenji Watanabe-Ross", "Yorkshire Post"),
        ],
        "people": ["Kenji Watanabe-Ross", "Marguerite Delacroix-Owusu"],
    },
    {
        "name": "band-hiatus-deleted-instagram-post-podcast",
        "text": (
            "The Glasgow indie band Lowland Static announced a hiatus on Instagram on "
            "Wednesday, then deleted the post within an hour. A second version appeared "
            "that evening. “We’re not breaking up. We’re just tired,” it read.\n\n"
            "The deleted post had said the band was “done for the foreseeable,” according "
            "to screenshots shared by fans.\n\n"
            "The singer, Ailsa MacPhail, explained the change on the podcast Off the "
            "Record. “The first wording was mine, and ‘done’ was too bleak a word. Our "
            "drummer rang me in tears,” she said.\n\n"
            "That drummer, Rafael Quintero-Sousa, posted a clip of the band’s last show on "
            "TikTok with the caption “See you on the other side.”\n\n"
            "The band’s label, Harbour Lights Records, said in a statement that the spring "
            "tour promoting the album “Salt in the Wires” had been postponed. “Ailsa and "
            "the boys need time, and they will have it,” the statement said."
        ),
        "quotes": [
            ("We’re not breaking up. We’re just tired,", None, False, "P2"),
            ("done for the foreseeable,", None, True, "P1"),
            (
                "The first wording was mine, and ‘done’ was too bleak a word. Our drummer "
                "rang me in tears,",
                "Ailsa MacPhail",
                False,
                "P3",
            ),
            ("See you on the other side.", "Rafael Quintero-Sousa", False, "P4"),
            ("Ailsa and the boys need time, and they will have it,", None, False, "P5"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", None, "Instagram"),
            ("P3", "Ailsa MacPhail", "Off the Record"),
            ("P4", "Rafael Quintero-Sousa", "TikTok"),
            ("P5", None, None),
        ],
        "people": ["Ailsa MacPhail", "Rafael Quintero-Sousa"],
    },
    {
        "name": "sleep-study-journal-release-substack-x",
        "text": (
            "Teenagers who stopped using phones an hour before bed slept 40 minutes longer "
            "on average, according to a study published on Wednesday in the journal Sleep "
            "Medicine. Researchers assigned half of the pupils to a phone curfew for eight "
            "weeks.\n\n"
            "The study, which followed 1,200 pupils in six schools, concluded that screen "
            "curfews were “a low-cost intervention worth testing at scale.” “The effect was "
            "larger than we expected from such a simple change,” the paper’s senior author, "
            "Dr. Anjali Venkataraman of the University of Bristol, said in a university "
            "news release.\n\n"
            "On Substack, the sleep researcher Tobias Lindgren-Achebe questioned the design "
            "in a post titled “Correlation at Bedtime.” “Families who volunteer for a phone "
            "ban are not typical families,” he wrote.\n\n"
            "Venkataraman responded on X. “Fair criticism, and exactly why we randomised,” "
            "she posted. “Now we need a trial in ordinary classrooms.”"
        ),
        "quotes": [
            ("a low-cost intervention worth testing at scale.", None, True, "P1"),
            (
                "The effect was larger than we expected from such a simple change,",
                "Anjali Venkataraman",
                False,
                "P2",
            ),
            (
                "Families who volunteer for a phone ban are not typical families,",
                "Tobias Lindgren-Achebe",
                False,
                "P3",
            ),
            ("Fair criticism, and exactly why we randomised,", "Anjali Venkataraman", False, "P4"),
            ("Now we need a trial in ordinary classrooms.", "Anjali Venkataraman", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Sleep Medicine"),
            ("P2", None, "press release"),
            ("P3", "Tobias Lindgren-Achebe", "Substack"),
            ("P4", "Anjali Venkataraman", "X"),
        ],
        "people": ["Anjali Venkataraman", "Tobias Lindgren-Achebe"],
    },
    {
        "name": "biscuit-maker-earnings-call-analyst-linkedin",
        "text": (
            "Brightwell Foods, the Sheffield biscuit maker, reported a 12 percent fall in "
            "quarterly profit on Thursday, blaming record cocoa prices. “This was a "
            "difficult quarter, and we expect the next to be similar,” the company said in "
            "its earnings release.\n\n"
            "On a call with analysts, the chief executive, Fiona Ó Súilleabháin, said price "
            "rises were coming. “Customers will see it on the shelf by June,” she said.\n\n"
            "In a note to clients, the Barclays analyst Deepak Chaudhary called the "
            "guidance “candid but grim” and cut his price target by a fifth.\n\n"
            "Ó Súilleabháin later wrote on LinkedIn that she was “proud of a team that kept "
            "every factory running.” Under her post, a former colleague, Martin "
            "Hollis-Baptiste, commented: “Steady hands in a storm. Cocoa will turn.” She "
            "thanked him in a reply beneath it. “From your lips, Martin,” she wrote."
        ),
        "quotes": [
            (
                "This was a difficult quarter, and we expect the next to be similar,",
                None,
                False,
                "P1",
            ),
            ("Customers will see it on the shelf by June,", "Fiona Ó Súilleabháin", False, None),
            ("candid but grim", "Deepak Chaudhary", True, "P2"),
            (
                "proud of a team that kept every factory running.",
                "Fiona Ó Súilleabháin",
                True,
                "P3",
            ),
            ("Steady hands in a storm. Cocoa will turn.", "Martin Hollis-Baptiste", False, "P3"),
            ("From your lips, Martin,", "Fiona Ó Súilleabháin", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Deepak Chaudhary", None),
            ("P3", "Fiona Ó Súilleabháin", "LinkedIn"),
        ],
        "people": ["Fiona Ó Súilleabháin", "Deepak Chaudhary", "Martin Hollis-Baptiste"],
    },
    {
        "name": "housing-estate-ruling-letter-facebook",
        "text": (
            "Residents of Fenwick Cross have won a High Court challenge against Westmarsh "
            "District Council’s approval of a 400-home estate on flood-prone meadows.\n\n"
            "In her ruling on Friday, Judge Eleanor Mbeki-Thornton wrote that the council "
            "had given “no real weight” to flood risk. “A planning committee may disagree "
            "with expert advice, but it may not ignore it,” she wrote.\n\n"
            "The council’s chief executive, Raymond Okonkwo-Li, said in a letter to "
            "councillors that it would not appeal. “We accept the judgment and will take "
            "the application back to committee,” the letter said.\n\n"
            "The residents’ group, Save Fenwick Meadows, celebrated on Facebook. “Eighteen "
            "months of bake sales paid for this,” it posted. Its chair, Lorna "
            "Featherstonehaugh, told BBC Look North that the developer, Hadley Homes, "
            "should “go back to the drawing board.”\n\n"
            "Hadley Homes said it was studying the judgment."
        ),
        "quotes": [
            ("no real weight", "Eleanor Mbeki-Thornton", True, "P1"),
            (
                "A planning committee may disagree with expert advice, but it may not ignore it,",
                "Eleanor Mbeki-Thornton",
                False,
                "P1",
            ),
            (
                "We accept the judgment and will take the application back to committee,",
                "Raymond Okonkwo-Li",
                False,
                "P2",
            ),
            ("Eighteen months of bake sales paid for this,", None, False, "P3"),
            ("go back to the drawing board.", "Lorna Featherstonehaugh", True, "P4"),
        ],
        "posts": [
            ("P1", "Eleanor Mbeki-Thornton", None),
            ("P2", "Raymond Okonkwo-Li", None),
            ("P3", None, "Facebook"),
            ("P4", "Lorna Featherstonehaugh", "BBC Look North"),
        ],
        "people": ["Eleanor Mbeki-Thornton", "Raymond Okonkwo-Li", "Lorna Featherstonehaugh"],
    },
    {
        "name": "festival-lineup-quote-post-threads-newsbeat",
        "text": (
            "The organisers of the Marrowfield Festival revealed their headliners on X on "
            "Monday, and the reaction was swift. The line-up, posted with a video of last "
            "year’s crowds, named three male acts. The rapper Kwame Asante-Boateng "
            "quote-posted the announcement: “Third year running with no women at the top of "
            "the bill. Come on.”\n\n"
            "The festival’s director, Hugo Vandermeer, replied to him: “Two of our three "
            "original headliners pulled out. We are working on it.”\n\n"
            "The singer Saoirse Ní Bhriain, whose single “Tidewater” topped the Irish chart "
            "in June, wrote on Threads that she had been offered a slot “two lines down, in "
            "smaller font.”\n\n"
            "Vandermeer told the BBC Radio 1 show Newsbeat on Tuesday that an extra "
            "headliner would be announced within weeks. “I hear the criticism, and some of "
            "it is deserved,” the 44-year-old said. “Not all of it.”"
        ),
        "quotes": [
            (
                "Third year running with no women at the top of the bill. Come on.",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            (
                "Two of our three original headliners pulled out. We are working on it.",
                "Hugo Vandermeer",
                False,
                "P2",
            ),
            ("two lines down, in smaller font.", "Saoirse Ní Bhriain", True, "P3"),
            ("I hear the criticism, and some of it is deserved,", "Hugo Vandermeer", False, "P4"),
            ("Not all of it.", "Hugo Vandermeer", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Kwame Asante-Boateng", "X"),
            ("P3", "Saoirse Ní Bhriain", "Threads"),
            ("P4", "Hugo Vandermeer", "Newsbeat"),
        ],
        "people": ["Kwame Asante-Boateng", "Hugo Vandermeer", "Saoirse Ní Bhriain"],
    },
    {
        "name": "street-food-hygiene-rating-youtube-mother",
        "text": (
            "A Cardiff street-food stall run by the YouTuber Dae-jung Park was given a food "
            "hygiene rating of one out of five on Tuesday.\n\n"
            "Park, whose channel “Park’s Kitchen Diaries” has two million subscribers, "
            "addressed the rating in a YouTube video that evening. “I messed up the "
            "paperwork, not the food. But paperwork matters, and I’m fixing it,” he said. "
            "In the same video, he promised a reinspection “within the month.”\n\n"
            "Cardiff Council’s food safety team said in a statement that the score "
            "reflected “missing cleaning records and an unlabelled fridge,” not any "
            "illness.\n\n"
            "A regular customer, Nia Pritchard-Evans, posted a TikTok of the queue on "
            "Wednesday. “Still forty people deep. Nobody cares about the sticker,” she said "
            "in the clip.\n\n"
            "His mother, Soon-ja Park, who cooks at the stall, told the South Wales Echo "
            "that she was “embarrassed but not ashamed.” Park said he would post the new "
            "rating as soon as it arrived."
        ),
        "quotes": [
            (
                "I messed up the paperwork, not the food. But paperwork matters, and I’m "
                "fixing it,",
                "Dae-jung Park",
                False,
                "P1",
            ),
            ("within the month.", "Dae-jung Park", True, "P1"),
            ("missing cleaning records and an unlabelled fridge,", None, True, "P2"),
            (
                "Still forty people deep. Nobody cares about the sticker,",
                "Nia Pritchard-Evans",
                False,
                "P3",
            ),
            ("embarrassed but not ashamed.", "Soon-ja Park", True, "P4"),
        ],
        "posts": [
            ("P1", "Dae-jung Park", "YouTube"),
            ("P2", None, None),
            ("P3", "Nia Pritchard-Evans", "TikTok"),
            ("P4", "Soon-ja Park", "South Wales Echo"),
        ],
        "people": ["Dae-jung Park", "Nia Pritchard-Evans", "Soon-ja Park"],
    },
    {
        "name": "asteroid-probe-release-reddit-ama-instagram",
        "text": (
            "The European Space Agency said in a press release on Friday that its Lyra "
            "probe had sent back the first close images of the asteroid 2031 QK. “Every "
            "pixel here is new to science,” the release quoted the mission manager, Dr. "
            "Ingrid Solberg-Mwangi, as saying.\n\n"
            "Solberg-Mwangi answered questions in a Reddit “Ask Me Anything” session that "
            "evening. Asked by one user whether the asteroid could ever threaten Earth, she "
            "replied: “Not in the next thousand years. After that, ask my successors.”\n\n"
            "The astronaut Tomasz Wierzbicki, who is not involved in the mission, shared "
            "one of the images on Instagram. “Looks like a potato. A beautiful, expensive "
            "potato,” he wrote. The mission manager commented underneath: “We prefer "
            "‘rubble pile.’”\n\n"
            "Lucía Ferreyra-Olmos, a planetary scientist at Caltech, was more cautious in "
            "an essay for Scientific American, arguing that the images were “a triumph of "
            "engineering before they are a triumph of science.”"
        ),
        "quotes": [
            ("Every pixel here is new to science,", "Ingrid Solberg-Mwangi", False, "P1"),
            (
                "Not in the next thousand years. After that, ask my successors.",
                "Ingrid Solberg-Mwangi",
                False,
                "P2",
            ),
            (
                "Looks like a potato. A beautiful, expensive potato,",
                "Tomasz Wierzbicki",
                False,
                "P3",
            ),
            ("We prefer ‘rubble pile.’", "Ingrid Solberg-Mwangi", False, "P3"),
            (
                "a triumph of engineering before they are a triumph of science.",
                "Lucía Ferreyra-Olmos",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solberg-Mwangi", "Reddit"),
            ("P3", "Tomasz Wierzbicki", "Instagram"),
            ("P4", "Lucía Ferreyra-Olmos", "Scientific American"),
        ],
        "people": ["Ingrid Solberg-Mwangi", "Tomasz Wierzbicki", "Lucía Ferreyra-Olmos"],
    },
    {
        "name": "airport-strike-union-statement-bluesky-reply",
        "text": (
            "Baggage handlers at Ashby International Airport will strike for 48 hours from "
            "Friday, the union Unite said in a statement on Monday. Around 40,000 "
            "passengers are due to fly on each strike day. “Our members have had one pay "
            "rise in five years,” the statement said. “Enough.”\n\n"
            "The airport’s chief operating officer, Gurpreet Sandhu-Walsh, told LBC that "
            "contingency plans were in place. “Flights will run,” she said. “Bags may be "
            "slower.”\n\n"
            "A travel blogger, Emeka Nwachukwu, posted on Bluesky that he had already "
            "rebooked through Luton. “Not risking a honeymoon on a picket line,” he wrote. "
            "His wife, Adaeze Nwachukwu, replied under the post: “Our honeymoon, darling.”\n\n"
            "The union’s regional officer, Colm Fitzgerald, told a rally outside the "
            "terminal that the dispute could be settled “by lunchtime” if the airport "
            "improved its offer. The airport said talks would resume on Wednesday."
        ),
        "quotes": [
            ("Our members have had one pay rise in five years,", None, False, "P1"),
            ("Enough.", None, False, "P1"),
            ("Flights will run,", "Gurpreet Sandhu-Walsh", False, "P2"),
            ("Bags may be slower.", "Gurpreet Sandhu-Walsh", False, "P2"),
            ("Not risking a honeymoon on a picket line,", "Emeka Nwachukwu", False, "P3"),
            ("Our honeymoon, darling.", "Adaeze Nwachukwu", False, "P3"),
            ("by lunchtime", "Colm Fitzgerald", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gurpreet Sandhu-Walsh", "LBC"),
            ("P3", "Emeka Nwachukwu", "Bluesky"),
        ],
        "people": [
            "Gurpreet Sandhu-Walsh",
            "Emeka Nwachukwu",
            "Adaeze Nwachukwu",
            "Colm Fitzgerald",
        ],
    },
    {
        "name": "fintech-layoffs-memo-medium-essay-threads",
        "text": (
            "The memo, sent to staff at the Berlin fintech Quillpay on Tuesday morning, "
            "said 140 jobs would go. “This is not a reflection of your work. It is a "
            "reflection of my forecasts,” wrote the company’s founder, Lennart Hofstadter.\n\n"
            "A product designer who lost her job, Yasmin El-Amrani, described the day in an "
            "essay on Medium. “The Slack channel went quiet at 9.02. By 9.15, my laptop was "
            "locked,” she wrote. Later in the essay she called the memo “gracious, and "
            "about six months too late.”\n\n"
            "Hofstadter responded on Threads. “She’s right about the timing,” he posted. “I "
            "will write to every person who left.”\n\n"
            "The investor Beatriz Campos-Laurent, whose fund Northlight Ventures led "
            "Quillpay’s last funding round, told the Financial Times that she still backed "
            "the 36-year-old founder and expected the company to break even next year."
        ),
        "quotes": [
            (
                "This is not a reflection of your work. It is a reflection of my forecasts,",
                "Lennart Hofstadter",
                False,
                "P1",
            ),
            (
                "The Slack channel went quiet at 9.02. By 9.15, my laptop was locked,",
                "Yasmin El-Amrani",
                False,
                "P2",
            ),
            ("gracious, and about six months too late.", "Yasmin El-Amrani", True, "P2"),
            ("She’s right about the timing,", "Lennart Hofstadter", False, "P3"),
            ("I will write to every person who left.", "Lennart Hofstadter", False, "P3"),
        ],
        "posts": [
            ("P1", "Lennart Hofstadter", None),
            ("P2", "Yasmin El-Amrani", "Medium"),
            ("P3", "Lennart Hofstadter", "Threads"),
            ("P4", "Beatriz Campos-Laurent", "Financial Times"),
        ],
        "people": ["Lennart Hofstadter", "Yasmin El-Amrani", "Beatriz Campos-Laurent"],
    },
    {
        "name": "conductor-dies-family-statement-gramophone",
        "text": (
            "The conductor Sir Alasdair Kinnaird-Roe has died at 84, his family said in a "
            "statement on Saturday. “He went peacefully, listening to the radio, with the "
            "window open,” the statement said.\n\n"
            "The Royal Northern Sinfonia, which he led for 22 years, posted a photograph of "
            "him on Facebook with the words “Our maestro, always.” The cellist Mei-Ling "
            "Zhou, who played under him for a decade, wrote on X that he was “terrifying "
            "for a week and kind for a lifetime.”\n\n"
            "In a 2019 interview with Gramophone, Kinnaird-Roe described his plans for "
            "retirement. “I shall garden badly and listen to everything I never had time "
            "for,” he said then.\n\n"
            "His recording of “The Dream of Gerontius,” made in Manchester in 1988, will be "
            "reissued in March. Known to players as “the Brigadier” for his punctuality, he "
            "is survived by his wife and three daughters."
        ),
        "quotes": [
            (
                "He went peacefully, listening to the radio, with the window open,",
                None,
                False,
                "P1",
            ),
            ("Our maestro, always.", None, False, "P2"),
            ("terrifying for a week and kind for a lifetime.", "Mei-Ling Zhou", True, "P3"),
            (
                "I shall garden badly and listen to everything I never had time for,",
                "Alasdair Kinnaird-Roe",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Facebook"),
            ("P3", "Mei-Ling Zhou", "X"),
            ("P4", "Alasdair Kinnaird-Roe", "Gramophone"),
        ],
        "people": ["Alasdair Kinnaird-Roe", "Mei-Ling Zhou"],
    },
    {
        "name": "mayor-pothole-tiktok-straight-quotes",
        "text": (
            "The mayor of Castlebrook, Dimitri Papadakis, has started filming potholes. In "
            'a TikTok posted on Sunday, he stands ankle-deep in one on Mill Lane. "This is '
            "not a road, it's a paddling pool,\" he says to camera.\n\n"
            'The video, the fourth in a series he calls "Pothole Patrol," has been watched '
            "300,000 times. County Highways, which maintains the road, replied on X that "
            'repairs were "scheduled for the spring programme."\n\n'
            'Papadakis was unimpressed. "Spring of which year?" he wrote in a comment under '
            "his own video.\n\n"
            "Sunita Rao-Fleming, who leads the opposition group on the council, wrote on "
            'Facebook that the videos were "a substitute for a budget." She told the '
            "Castlebrook Gazette she had asked for an audit of every road in the town. "
            '"Show me the list, not the puddles," she said.'
        ),
        "quotes": [
            ("This is not a road, it's a paddling pool,", "Dimitri Papadakis", False, "P1"),
            ("scheduled for the spring programme.", None, True, "P2"),
            ("Spring of which year?", "Dimitri Papadakis", False, "P1"),
            ("a substitute for a budget.", "Sunita Rao-Fleming", True, "P3"),
            ("Show me the list, not the puddles,", "Sunita Rao-Fleming", False, "P4"),
        ],
        "posts": [
            ("P1", "Dimitri Papadakis", "TikTok"),
            ("P2", None, "X"),
            ("P3", "Sunita Rao-Fleming", "Facebook"),
            ("P4", "Sunita Rao-Fleming", "Castlebrook Gazette"),
        ],
        "people": ["Dimitri Papadakis", "Sunita Rao-Fleming"],
    },
    {
        "name": "hummus-recall-release-facebook-group-radio",
        "text": (
            "The supermarket chain Hartley & Vane recalled its “Garden Light” hummus on "
            "Wednesday after traces of sesame were found in a batch labelled free of it.\n\n"
            "“Customers with a sesame allergy should not eat this product,” the company "
            "said in a press release, which quoted its food safety director, Olumide "
            "Adeyinka, as adding: “We are urgently investigating how this happened.”\n\n"
            "In a Facebook group for parents of children with allergies, a mother from "
            "Leicester, Harpreet Gill, posted a photo of the tub her son had eaten from. "
            "“He’s fine now,” she wrote. “Two hours in A&E, though.” Hundreds replied under "
            "her post; one wrote simply: “Same brand, same week, same rash.”\n\n"
            "The allergist Dr. Fatima Zahra Bennani told the BBC radio programme The Food "
            "Programme that labelling errors were rising. “Factories are running leaner, "
            "and cross-contact checks are the first thing squeezed,” she said."
        ),
        "quotes": [
            ("Customers with a sesame allergy should not eat this product,", None, False, "P1"),
            ("We are urgently investigating how this happened.", "Olumide Adeyinka", False, "P1"),
            ("He’s fine now,", "Harpreet Gill", False, "P2"),
            ("Two hours in A&E, though.", "Harpreet Gill", False, "P2"),
            ("Same brand, same week, same rash.", None, False, "P2"),
            (
                "Factories are running leaner, and cross-contact checks are the first thing "
                "squeezed,",
                "Fatima Zahra Bennani",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Harpreet Gill", "Facebook"),
            ("P3", "Fatima Zahra Bennani", "The Food Programme"),
        ],
        "people": ["Olumide Adeyinka", "Harpreet Gill", "Fatima Zahra Bennani"],
    },
    {
        "name": "rare-bird-instagram-caption-quote-over-paragraphs",
        "text": (
            "A teenage birdwatcher on the Isle of Wight has photographed what experts "
            "believe is the first Siberian rubythroat seen in England in a decade. Jonah "
            "Abernethy-Kaur, 17, posted the picture on Instagram on Saturday with the "
            "caption “Shaking. Actually shaking.”\n\n"
            "Within hours, about 200 birders had arrived at the lane where he found it. The "
            "landowner, Prudence Ashworth, wrote in a Facebook post that visitors were "
            "welcome but asked them to “stop parking in the bloody gateway.”\n\n"
            "The ornithologist Rohan Mehta-Castillo told BBC Radio Solent on Sunday that "
            "the bird had probably been blown off course by easterly storms. “It should be "
            "in Thailand by now. Instead it’s eating mealworms in Ventnor.\n\n"
            "“Whether it survives the journey back is another matter,” he said.\n\n"
            "Jonah’s mother, Harjit Kaur, told the Isle of Wight County Press that he had "
            "not slept since. “He’s been out there since four with a flask,” she said."
        ),
        "quotes": [
            ("Shaking. Actually shaking.", "Jonah Abernethy-Kaur", False, "P1"),
            ("stop parking in the bloody gateway.", "Prudence Ashworth", True, "P2"),
            (
                "It should be in Thailand by now. Instead it’s eating mealworms in Ventnor.",
                "Rohan Mehta-Castillo",
                False,
                "P3",
            ),
            (
                "Whether it survives the journey back is another matter,",
                "Rohan Mehta-Castillo",
                False,
                "P3",
            ),
            ("He’s been out there since four with a flask,", "Harjit Kaur", False, "P4"),
        ],
        "posts": [
            ("P1", "Jonah Abernethy-Kaur", "Instagram"),
            ("P2", "Prudence Ashworth", "Facebook"),
            ("P3", "Rohan Mehta-Castillo", "BBC Radio Solent"),
            ("P4", "Harjit Kaur", "Isle of Wight County Press"),
        ],
        "people": [
            "Jonah Abernethy-Kaur",
            "Prudence Ashworth",
            "Rohan Mehta-Castillo",
            "Harjit Kaur",
        ],
    },
    {
        "name": "bookshop-closure-x-reply-chain-open-letter",
        "text": (
            "The bookshop chain Pemberton & Hale will close its flagship store on Charing "
            "Cross Road after 61 years. Its owner, Valentina Rossi-Kamara, broke the news "
            "on X on Monday. “The rent tripled. We could not make it work,” she posted.\n\n"
            "The novelist Ifeoma Chukwu, whose debut “A House of Small Lamps” was launched "
            "at the shop, replied: “This is where I signed my first copy. Heartbroken.” "
            "Rossi-Kamara answered her: “You were our best launch night ever.” Marcus "
            "Whitcombe-Ng, an agent for the landlord, replied to that exchange that the "
            "rent had been “below market for a decade.”\n\n"
            "Rossi-Kamara told The Bookseller that she hoped to reopen nearby. “Smaller, "
            "cheaper, still ours,” she said.\n\n"
            "The shop’s 23 staff said in an open letter that they had been given two weeks’ "
            "notice. The chain’s three other London branches will stay open."
        ),
        "quotes": [
            ("The rent tripled. We could not make it work,", "Valentina Rossi-Kamara", False, "P1"),
            ("This is where I signed my first copy. Heartbroken.", "Ifeoma Chukwu", False, "P1"),
            ("You were our best launch night ever.", "Valentina Rossi-Kamara", False, "P1"),
            ("below market for a decade.", "Marcus Whitcombe-Ng", True, "P1"),
            ("Smaller, cheaper, still ours,", "Valentina Rossi-Kamara", False, "P2"),
        ],
        "posts": [
            ("P1", "Valentina Rossi-Kamara", "X"),
            ("P2", "Valentina Rossi-Kamara", "The Bookseller"),
            ("P3", None, None),
        ],
        "people": ["Valentina Rossi-Kamara", "Ifeoma Chukwu", "Marcus Whitcombe-Ng"],
    },
    {
        "name": "e-scooter-ban-council-email-reddit-radio",
        "text": (
            "Riverford City Council will ban rental e-scooters from its city centre from "
            "next month, it told operators in an email on Thursday. “The trial has not "
            "delivered the safety outcomes we required,” the email said.\n\n"
            "The operator Zippa, whose 800 scooters will be removed, called the decision "
            "“reckless and unevidenced” in a statement. Its UK head, Anders Kjellberg, "
            "posted on LinkedIn that 40 local jobs would go. “We were never shown the "
            "data,” he wrote.\n\n"
            "On Reddit, a user who said he worked nights at the hospital started a thread "
            "titled “How am I supposed to get home now?” The top reply read: “Bike. Like we "
            "did before 2021.”\n\n"
            "Chief Inspector Ruth Adeleke-Brown told BBC Radio Riverford that scooter "
            "injuries had doubled during the trial, adding: “Most were riders under 25.”"
        ),
        "quotes": [
            ("The trial has not delivered the safety outcomes we required,", None, False, "P1"),
            ("reckless and unevidenced", None, True, "P2"),
            ("We were never shown the data,", "Anders Kjellberg", False, "P3"),
            ("Bike. Like we did before 2021.", None, False, "P4"),
            ("Most were riders under 25.", "Ruth Adeleke-Brown", False, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Anders Kjellberg", "LinkedIn"),
            ("P4", None, "Reddit"),
            ("P5", "Ruth Adeleke-Brown", "BBC Radio Riverford"),
        ],
        "people": ["Anders Kjellberg", "Ruth Adeleke-Brown"],
    },
    {
        "name": "music-venue-licence-hearing-story-reshare-substack",
        "text": (
            "The Camden music venue the Copper Kettle could lose its late licence after a "
            "single neighbour complained about noise. At a licensing hearing on Wednesday, "
            "the neighbour, who was not named, said the bass was “like living inside a "
            "washing machine.”\n\n"
            "The venue’s owner, Tunde Bamgbose, posted a plea on Instagram. “Forty years of "
            "gigs. Legends played here. Don’t let one complaint end it,” he wrote. The "
            "singer Rosalind Achterberg reshared it on her own Instagram story with the "
            "words “Save this room.”\n\n"
            "The music writer Callum Dunleavy-Osei argued in his Substack newsletter, “Last "
            "Orders,” that councils treated venues “as a nuisance rather than "
            "infrastructure.”\n\n"
            "The council said a decision would be published within 14 days. Bamgbose told "
            "the Camden New Journal: “We’ve put in double glazing twice. What else do they "
            "want, a moat?”"
        ),
        "quotes": [
            ("like living inside a washing machine.", None, True, None),
            (
                "Forty years of gigs. Legends played here. Don’t let one complaint end it,",
                "Tunde Bamgbose",
                False,
                "P1",
            ),
            ("Save this room.", "Rosalind Achterberg", False, "P2"),
            ("as a nuisance rather than infrastructure.", "Callum Dunleavy-Osei", True, "P3"),
            (
                "We’ve put in double glazing twice. What else do they want, a moat?",
                "Tunde Bamgbose",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Tunde Bamgbose", "Instagram"),
            ("P2", "Rosalind Achterberg", "Instagram"),
            ("P3", "Callum Dunleavy-Osei", "Substack"),
            ("P4", "Tunde Bamgbose", "Camden New Journal"),
        ],
        "people": ["Tunde Bamgbose", "Rosalind Achterberg", "Callum Dunleavy-Osei"],
    },
    {
        "name": "lab-chicken-approval-linkedin-youtube-straight-quotes",
        "text": (
            "Regulators in Singapore approved lab-grown chicken from the start-up Cultiva "
            "on Monday, making it the second company cleared to sell such meat in the "
            'city-state. Its co-founder, Wen-Hui Tan, known to her staff as "the Chef," '
            'posted the news on LinkedIn. "Six years, 4,000 failed batches, one yes," she '
            "wrote.\n\n"
            'The food writer Olamide Fashola tasted it on her YouTube channel. "Honestly? '
            "Slightly dry. So is my mother's,\" she said in the video. Tan replied in the "
            'comments underneath: "Tell your mother we\'re working on it."\n\n'
            'The chef Arjun Kapoor-Lyle called the product "a solution looking for a '
            'problem" on the Channel 4 show Sunday Brunch.\n\n'
            "A farmers' group, the Poultry Growers Alliance, said in a statement that "
            'cultivated meat should carry a "clear warning label." Cultiva said its first '
            "restaurant customer would begin serving the chicken in May."
        ),
        "quotes": [
            ("Six years, 4,000 failed batches, one yes,", "Wen-Hui Tan", False, "P1"),
            ("Honestly? Slightly dry. So is my mother's,", "Olamide Fashola", False, "P2"),
            ("Tell your mother we're working on it.", "Wen-Hui Tan", False, "P2"),
            ("a solution looking for a problem", "Arjun Kapoor-Lyle", True, "P3"),
            ("clear warning label.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Wen-Hui Tan", "LinkedIn"),
            ("P2", "Olamide Fashola", "YouTube"),
            ("P3", "Arjun Kapoor-Lyle", "Sunday Brunch"),
            ("P4", None, None),
        ],
        "people": ["Wen-Hui Tan", "Olamide Fashola", "Arjun Kapoor-Lyle"],
    },
]
