"""The one-hundred-and-fifty-second self-made dev set, held out (FB): its first
run is an unseen estimate.

Written with set FC, without reading the extraction rules, and committed before
any rule was run on it. Topic area: local news: transport, housing, weather,
councils, community groups and small businesses.

Same format and conventions as the earlier self-made
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
- A post reported without any quoted words (Zipway's email in the taxi-rank
  text) is still listed in posts; a company spokesperson's email has author
  None and no platform.
- "Said" with no medium (Coastway Rail's spokesperson, Wexley Buses, "said on
  Monday" standing in a garden) is not a post; an unnamed spokesperson speaks
  as None.
- A quote that runs over two paragraphs (Stuart Fairley's Instagram post, Rosa
  Delgado's words to the Carrow Echo): the first paragraph has no closing mark,
  and its quote text runs from the opening mark to the end of that paragraph,
  final full stop included; the next paragraph is a separate quote with the
  same speaker and post.
- A paragraph that is only a quote, with no attribution, right after a
  paragraph ending in a speaker's closed quote (Naomi Petrakis at the briefing)
  is that speaker's, in the same setting (here: no post).
- A sentence split by its attribution ("We are genuinely listening," she said,
  "and the design can still change.") gives two quotes, neither partial; the
  second starts with its lowercase word. Mid-sentence attribution with "said
  the committee's chair ..., before the vote," likewise.
- Words given whole after a colon ("One reply under it read:", "He added:",
  "commented:") are not partial; a photo posted "with the caption" followed by
  the words gives a whole quote (not partial).
- Speech reported inside a quote in single marks (the warden's 'Move on or get
  a ticket,' inside Mehmet Aydin's words) is part of the outer quote and not a
  quote of its own; the same for the scare quote 'hundred-year flood' inside
  Gareth Mills's words.
- A report title ("Westgate for Everyone,"), a book title ("The Lighthouse
  Cat,"), a storm's nickname ("the Lake Breaker"), a person's nickname
  ("Captain,") and a scare quote in narration ("heat dome") are not quotes.
- A weather office's and a council's posts on X have author None and their
  words speak as None; a ferry company's, an agency's, a landlord company's and
  a council's statements have author None and no platform.
- A letter signed by 87 households has author None and no platform, and its
  words speak as None; a pensioners' forum's letter likewise; an open letter
  published by one named author (Margot Elliston) is her post with no platform.
- A charity branch's monthly newsletter is a post with author None and no
  platform.
- "In a statement after the hearing, Kearney said ..." is a personal statement:
  Siobhan Kearney's post with no platform, and "the statement said" speaks as
  her.
- A press release that quotes a named executive ("the release quoted ... as
  saying", "said in the release", "was quoted in the release as saying the
  trial would ...") has author None; the speaker is the executive; a fragment
  after "as saying ... would" is partial. "The release said leaks were being
  fixed 'around the clock.'" is the release's own words: speaker None, same
  post.
- "The regional weather office warned on X ... 'the office posted'" and "the
  user who started the thread wrote" speak as None.
- A Reddit thread by an unnamed user has author None, and an unnamed reply
  under it belongs to it with speaker None.
- A TikTok video, a YouTube video and an Instagram story are posts on TikTok,
  YouTube and Instagram; words "says in the video" or "says to the camera" are
  that post's. An unnamed viewer's comment under the TikTok video belongs to it
  with speaker None; the video's author replying under it ("replied under the
  video that her daughter would ...") belongs to the same video and is partial.
- A reply to a Facebook, Bluesky or LinkedIn post by a named person belongs to
  that post with that person as speaker.
- "He added:" right after a fragment quoted from a Bluesky post continues that
  post.
- A post by a named member in a Facebook group is that member's Facebook post;
  his description of his recording ("what he described as 'closing time, every
  Saturday.'") is a partial quote of that post.
- "In a second Threads post" is a new post (P3), and its fragment is partial.
- "Speaking to the Carrow Echo" and "told the Tarrow Courier", "told the
  Haverleigh Post" are interviews with those newspapers; "told the radio
  station Harbour FM" has platform Harbour FM; "the Lindenfield Today
  programme on Radio Lindum" has platform Lindenfield Today and "Valley Tonight
  on Channel 6" has platform Valley Tonight (the programme, not the station);
  the podcast The Kerbside has platform The Kerbside; an essay on Substack has
  platform Substack; an op-ed in the Ostley Herald has platform Ostley Herald.
- Quotes in the same paragraph after the sentence naming an interview belong to
  it ("defended the decision on the Lindenfield Today programme ... he said");
  a fragment in the same sentence as the interview ("before adding that he was
  'seriously worried.'") is partial and belongs to it. A quote by another
  person later in the text ("It's a small thing," Imran Baig) is not linked.
- "Told the meeting", "told the panel" at a licensing hearing, "told the
  committee", "said at Tuesday's meeting", a drop-in session, the launch of a
  scheme, "reached by phone", "speaking to reporters" and "told reporters" are
  not posts.
- Descriptions resolve to the person named before them: "the 58-year-old",
  "the 47-year-old", "the 41-year-old", "the brewer", "her husband" (Luis
  Ferreira, named in full).
- Titles such as Councillor, Mayor and Dr. are not part of a canonical name;
  Patricia Ng keeps the name order as written; hyphenated surnames
  (Okonkwo-Hale, Achebe-Lowe) are part of the canonical name.
- Named organisations, businesses, groups, pubs, ships and places are not
  people; unnamed relatives (his wife, her daughter, her son) are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FB: list[dict] = [
    {
        "name": "bus-route-cuts-press-release-council-facebook",
        "text": (
            "Harrowgate Transit will cut service on four bus routes in the Millbrook district from "
            "next month, the operator said in a press release on Thursday, citing a shortage of "
            "drivers.\n\n"
            "“We would rather run a smaller timetable reliably than a larger one that keeps "
            "letting people down,” the release quoted the company’s operations director, Carla "
            "Menendez, as saying.\n\n"
            "The cuts drew a sharp response at Thursday evening’s meeting of Millbrook Borough "
            "Council. “These routes are how my residents get to work, to the clinic and to the "
            "shops,” said Councillor Owen Pryce, who chairs the council’s transport committee. "
            "“Nobody asked them.”\n\n"
            "Pryce said he would ask the operator to appear before the committee in January.\n\n"
            "Dana Whitlock, a nurse who takes the 14 bus to Millbrook General Hospital, wrote on "
            "Facebook that the timetable change would leave her “stranded at the end of every late "
            "shift.” Her post had been shared more than 600 times by Friday afternoon."
        ),
        "quotes": [
            (
                "We would rather run a smaller timetable reliably than a larger one that keeps "
                "letting people down,",
                "Carla Menendez",
                False,
                "P1",
            ),
            (
                "These routes are how my residents get to work, to the clinic and to the shops,",
                "Owen Pryce",
                False,
                None,
            ),
            ("Nobody asked them.", "Owen Pryce", False, None),
            ("stranded at the end of every late shift.", "Dana Whitlock", True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Dana Whitlock", "Facebook"),
        ],
        "people": ["Carla Menendez", "Owen Pryce", "Dana Whitlock"],
    },
    {
        "name": "river-flooding-weather-office-x-mayor-resident",
        "text": (
            "Heavy rain pushed the River Alder over its banks in three places overnight, forcing "
            "the evacuation of 40 homes in Lower Fennick, emergency officials said on Sunday.\n\n"
            "The regional weather office warned on X early on Sunday that more rain was on the "
            "way. “Another 30 to 50 millimetres is possible by Monday morning. Do not drive "
            "through flood water,” the office posted.\n\n"
            "At a news conference outside the Fennick fire station, Mayor Ruth Okonkwo-Hale said "
            "the town had opened its leisure centre as a shelter. “If you have been told to leave, "
            "please leave,” she said. “We can replace furniture. We cannot replace you.”\n\n"
            "Gareth Mills, 62, watched from a neighbour’s porch as water reached the top step of "
            "his bungalow on Weir Lane. “I have lived here 30 years and I have never seen it this "
            "high,” he told reporters. “My wife keeps saying it’s the ‘hundred-year flood’ we had "
            "in 2014, all over again.”\n\n"
            "The Environment and Rivers Agency said in a statement that its pumps at Fennick Lock "
            "were “working at full capacity” and that crews would stay on site through the night."
        ),
        "quotes": [
            (
                "Another 30 to 50 millimetres is possible by Monday morning. Do not drive through "
                "flood water,",
                None,
                False,
                "P1",
            ),
            ("If you have been told to leave, please leave,", "Ruth Okonkwo-Hale", False, None),
            ("We can replace furniture. We cannot replace you.", "Ruth Okonkwo-Hale", False, None),
            (
                "I have lived here 30 years and I have never seen it this high,",
                "Gareth Mills",
                False,
                None,
            ),
            (
                "My wife keeps saying it’s the ‘hundred-year flood’ we had in 2014, all over "
                "again.",
                "Gareth Mills",
                False,
                None,
            ),
            ("working at full capacity", None, True, "P2"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, None),
        ],
        "people": ["Ruth Okonkwo-Hale", "Gareth Mills"],
    },
    {
        "name": "tenants-letter-heating-gazette-landlord-instagram",
        "text": (
            "Tenants at the Cobalt Yard apartments in Eastbrook have written to their landlord "
            "demanding repairs to heating that has failed repeatedly since October.\n\n"
            "The letter, signed by 87 of the building’s 120 households and delivered to Larchmont "
            "Living on Monday, describes “weeks of cold showers and radiators that bang all night” "
            "and asks for a written repair schedule by the end of the month.\n\n"
            "Priya Raman, who has lived on the fourth floor with her two children since 2019, told "
            "the Eastbrook Gazette that she had reported the fault nine times. “Every time, "
            "someone comes, looks at the boiler and leaves,” she said. “My son does his homework "
            "in his coat.”\n\n"
            "Larchmont Living’s managing director, Stuart Fairley, responded on Instagram on "
            "Tuesday evening. “We hear the residents of Cobalt Yard and we are sorry,” he wrote. "
            "“A new boiler has been ordered and will be installed before Christmas.\n\n"
            "“In the meantime we are delivering electric heaters to every flat that asks for "
            "one.”\n\n"
            "Raman said the heaters had not arrived by Wednesday."
        ),
        "quotes": [
            ("weeks of cold showers and radiators that bang all night", None, True, "P1"),
            (
                "Every time, someone comes, looks at the boiler and leaves,",
                "Priya Raman",
                False,
                "P2",
            ),
            ("My son does his homework in his coat.", "Priya Raman", False, "P2"),
            (
                "We hear the residents of Cobalt Yard and we are sorry,",
                "Stuart Fairley",
                False,
                "P3",
            ),
            (
                "A new boiler has been ordered and will be installed before Christmas.",
                "Stuart Fairley",
                False,
                "P3",
            ),
            (
                "In the meantime we are delivering electric heaters to every flat that asks for "
                "one.",
                "Stuart Fairley",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Raman", "Eastbrook Gazette"),
            ("P3", "Stuart Fairley", "Instagram"),
        ],
        "people": ["Priya Raman", "Stuart Fairley"],
    },
    {
        "name": "bakery-closure-tiktok-comments-landlord-linkedin",
        "text": (
            "After 31 years on Chapel Street, the Dunmore Bakehouse will sell its last loaf on "
            "Saturday.\n\n"
            "Its owner, Teresa Vukovic, announced the closure in a TikTok video filmed behind the "
            "counter at 5 a.m. on Tuesday. “The rent has nearly doubled and I can’t make the "
            "numbers work any more,” the 58-year-old says in the video, wiping flour from her "
            "hands. “Thank you for every single early morning.”\n\n"
            "The video had been viewed more than 200,000 times by Thursday. “My wedding cake came "
            "from here. Heartbroken,” one viewer wrote in the comments. Another asked whether the "
            "recipes would be sold; Vukovic replied under the video that her daughter would “keep "
            "the sourdough alive, somewhere.”\n\n"
            "The building’s owner, Glenholm Estates, said in a statement that the new rent "
            "reflected “current market rates for the high street” and that it had offered Vukovic "
            "a smaller unit nearby.\n\n"
            "Councillor Ahmed Siddiqui, whose ward includes Chapel Street, said in a LinkedIn post "
            "that the town was losing “exactly the kind of business we say we want to keep.”"
        ),
        "quotes": [
            (
                "The rent has nearly doubled and I can’t make the numbers work any more,",
                "Teresa Vukovic",
                False,
                "P1",
            ),
            ("Thank you for every single early morning.", "Teresa Vukovic", False, "P1"),
            ("My wedding cake came from here. Heartbroken,", None, False, "P1"),
            ("keep the sourdough alive, somewhere.", "Teresa Vukovic", True, "P1"),
            ("current market rates for the high street", None, True, "P2"),
            ("exactly the kind of business we say we want to keep.", "Ahmed Siddiqui", True, "P3"),
        ],
        "posts": [
            ("P1", "Teresa Vukovic", "TikTok"),
            ("P2", None, None),
            ("P3", "Ahmed Siddiqui", "LinkedIn"),
        ],
        "people": ["Teresa Vukovic", "Ahmed Siddiqui"],
    },
    {
        "name": "cycle-lane-consultation-podcast-substack-dropin",
        "text": (
            "Plans for a protected cycle lane along Westgate Road in Kingsbury have split the "
            "street’s traders, with a public consultation closing on Friday.\n\n"
            "The council’s proposal, set out in a report titled “Westgate for Everyone,” would "
            "remove 46 parking spaces and add a two-way lane separated from traffic by concrete "
            "kerbs.\n\n"
            "Leila Hosseini, who chairs the campaign group Kingsbury on Bikes, made the case for "
            "the scheme on the local podcast The Kerbside last week. “Half the children at "
            "Westgate Primary live within a mile of the school, and almost none of them cycle,” "
            "she said. “Ask their parents why. It’s the traffic.”\n\n"
            "Martin Cole, who has run a hardware shop on Westgate Road since 1998, took the "
            "opposite view in an essay on Substack. Losing the parking, he wrote, would be “a slow "
            "death for the shops that can’t survive on passing trade alone.”\n\n"
            "At a drop-in session at Kingsbury library on Wednesday, the council’s head of "
            "highways, Fiona Sutherland, told residents that nothing had been decided. “We are "
            "genuinely listening,” she said, “and the design can still change.”"
        ),
        "quotes": [
            (
                "Half the children at Westgate Primary live within a mile of the school, and "
                "almost none of them cycle,",
                "Leila Hosseini",
                False,
                "P1",
            ),
            ("Ask their parents why. It’s the traffic.", "Leila Hosseini", False, "P1"),
            (
                "a slow death for the shops that can’t survive on passing trade alone.",
                "Martin Cole",
                True,
                "P2",
            ),
            ("We are genuinely listening,", "Fiona Sutherland", False, None),
            ("and the design can still change.", "Fiona Sutherland", False, None),
        ],
        "posts": [
            ("P1", "Leila Hosseini", "The Kerbside"),
            ("P2", "Martin Cole", "Substack"),
        ],
        "people": ["Leila Hosseini", "Martin Cole", "Fiona Sutherland"],
    },
    {
        "name": "snow-school-closures-facebook-reply-gritters",
        "text": (
            "Snow closed every school in Tarrow County on Wednesday for the first time in six "
            "years, as a storm that forecasters have nicknamed “the Lake Breaker” dropped up to 25 "
            "centimetres overnight.\n\n"
            "The county schools superintendent, Dr. Howard Lim, announced the closures on Facebook "
            "shortly after 5 a.m. “The buses cannot get up the hill roads safely, and I will not "
            "gamble with that,” he wrote. “Stay warm and stay home.”\n\n"
            "Parents were mostly supportive. “Right call. Our road hasn’t seen a plough,” Jenna "
            "Ortiz replied beneath his post. Others asked why the decision had not come the night "
            "before.\n\n"
            "The county highways department said in a news release that 38 gritting lorries had "
            "been out since midnight and that main roads were “passable with care.”\n\n"
            "One of the drivers, Keith Barlow, said he had been working since 10 p.m. “You clear a "
            "road, you turn round and it’s white again,” the 47-year-old told the Tarrow Courier. "
            "“But that’s the job.”"
        ),
        "quotes": [
            (
                "The buses cannot get up the hill roads safely, and I will not gamble with that,",
                "Howard Lim",
                False,
                "P1",
            ),
            ("Stay warm and stay home.", "Howard Lim", False, "P1"),
            ("Right call. Our road hasn’t seen a plough,", "Jenna Ortiz", False, "P1"),
            ("passable with care.", None, True, "P2"),
            ("You clear a road, you turn round and it’s white again,", "Keith Barlow", False, "P3"),
            ("But that’s the job.", "Keith Barlow", False, "P3"),
        ],
        "posts": [
            ("P1", "Howard Lim", "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Keith Barlow", "Tarrow Courier"),
        ],
        "people": ["Howard Lim", "Jenna Ortiz", "Keith Barlow"],
    },
    {
        "name": "community-garden-sale-reddit-council-leader",
        "text": (
            "Volunteers at the Orchard Lane Community Garden in Pellham have been told to clear "
            "their plots by June, after the borough council agreed to sell the land to a housing "
            "developer.\n\n"
            "News of the sale spread on Reddit, where a thread about it reached the top of the "
            "town’s forum on Sunday. “I learned to grow tomatoes there with my grandad. This is "
            "gutting,” the user who started the thread wrote. One reply under it read: “Sixty "
            "homes is sixty homes. We need them more than we need allotments.”\n\n"
            "The garden’s coordinator, Bernadette Quinn, said the volunteers had not been "
            "consulted. “We found out from a planning notice tied to our own gate,” she said on "
            "Monday, standing among raised beds of leeks and kale. “Twelve years of work, and "
            "nobody picked up the phone.”\n\n"
            "The council said in a statement that the sale would fund 60 homes, a third of them "
            "for social rent, and that it would help the group “find a suitable alternative "
            "site.”\n\n"
            "The council leader, Vikram Desai, defended the decision at a full council meeting on "
            "Tuesday night. “I understand the strength of feeling,” he said. “But I have 2,300 "
            "families on the housing waiting list, and I have to put them first.”"
        ),
        "quotes": [
            (
                "I learned to grow tomatoes there with my grandad. This is gutting,",
                None,
                False,
                "P1",
            ),
            (
                "Sixty homes is sixty homes. We need them more than we need allotments.",
                None,
                False,
                "P1",
            ),
            (
                "We found out from a planning notice tied to our own gate,",
                "Bernadette Quinn",
                False,
                None,
            ),
            (
                "Twelve years of work, and nobody picked up the phone.",
                "Bernadette Quinn",
                False,
                None,
            ),
            ("find a suitable alternative site.", None, True, "P2"),
            ("I understand the strength of feeling,", "Vikram Desai", False, None),
            (
                "But I have 2,300 families on the housing waiting list, and I have to put them "
                "first.",
                "Vikram Desai",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
        ],
        "people": ["Bernadette Quinn", "Vikram Desai"],
    },
    {
        "name": "station-lift-youtube-video-spokesperson-radio",
        "text": (
            "The only lift to the northbound platform at Saltmarsh Junction station has been out "
            "of service for seven weeks, and the rail operator says it will be at least another "
            "month before it is repaired.\n\n"
            "Callum Reid, a 29-year-old wheelchair user who commutes from Saltmarsh to an office "
            "job in the city, posted a YouTube video on Friday showing himself being turned away "
            "from the platform for the fourth time. “I’ve been told to get a taxi to the next "
            "station, then to wait for a taxi back, then just to work from home,” he says to the "
            "camera. “I’m not asking for a favour. I’m asking to get on a train.”\n\n"
            "The video has been watched 90,000 times.\n\n"
            "A spokesperson for Coastway Rail said a replacement part had been ordered from "
            "Germany. “We apologise to every passenger who has been affected,” the spokesperson "
            "said, adding that free taxis were available on request.\n\n"
            "Noor Haddad, who chairs the Saltmarsh Access Forum, told the radio station Harbour FM "
            "that the delay was “part of a pattern, not a one-off.” She said the group had logged "
            "23 lift failures at stations in the county since January."
        ),
        "quotes": [
            (
                "I’ve been told to get a taxi to the next station, then to wait for a taxi back, "
                "then just to work from home,",
                "Callum Reid",
                False,
                "P1",
            ),
            (
                "I’m not asking for a favour. I’m asking to get on a train.",
                "Callum Reid",
                False,
                "P1",
            ),
            ("We apologise to every passenger who has been affected,", None, False, None),
            ("part of a pattern, not a one-off.", "Noor Haddad", True, "P2"),
        ],
        "posts": [
            ("P1", "Callum Reid", "YouTube"),
            ("P2", "Noor Haddad", "Harbour FM"),
        ],
        "people": ["Callum Reid", "Noor Haddad"],
    },
    {
        "name": "paper-mill-homes-planning-hearing-oped-release",
        "text": (
            "A plan to build 420 homes on the former Bramley paper mill site in Ostley was "
            "approved on Wednesday night after a four-hour planning committee hearing.\n\n"
            "“This is the largest single housing scheme this town has seen in a generation,” said "
            "the committee’s chair, Councillor Gwen Afolabi, before the vote, “and we owe it to "
            "both sides to get it right.” The committee voted seven to two in favour.\n\n"
            "Objectors had focused on traffic and on the number of affordable homes, which the "
            "developer cut from 35 per cent to 25 per cent last year. Among them was Tobias Wren, "
            "an architect who lives on Mill Row, who had argued in an op-ed in the Ostley Herald "
            "last month that the revised plan was “a good site wasted on a bad compromise.”\n\n"
            "“A quarter of 420 is not enough when rents in this town have gone up by a third,” "
            "Wren told the committee.\n\n"
            "Redmoor Homes welcomed the decision in a press release. “We are proud to be bringing "
            "new life to a site that has stood empty for 14 years,” its chief executive, Alan "
            "Birtwistle, said in the release. Work is expected to begin in the spring."
        ),
        "quotes": [
            (
                "This is the largest single housing scheme this town has seen in a generation,",
                "Gwen Afolabi",
                False,
                None,
            ),
            ("and we owe it to both sides to get it right.", "Gwen Afolabi", False, None),
            ("a good site wasted on a bad compromise.", "Tobias Wren", True, "P1"),
            (
                "A quarter of 420 is not enough when rents in this town have gone up by a third,",
                "Tobias Wren",
                False,
                None,
            ),
            (
                "We are proud to be bringing new life to a site that has stood empty for 14 years,",
                "Alan Birtwistle",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tobias Wren", "Ostley Herald"),
            ("P2", None, "press release"),
        ],
        "people": ["Gwen Afolabi", "Tobias Wren", "Alan Birtwistle"],
    },
    {
        "name": "food-bank-record-instagram-caption-echo-interview",
        "text": (
            "The Hillside Food Bank in Carrow handed out a record 1,140 parcels in November, its "
            "manager said on Monday, and its shelves are almost bare heading into December.\n\n"
            "Rosa Delgado, who has run the food bank from a church hall on Hillside Road since "
            "2017, posted a photo of the empty shelves on Instagram with the caption “This is what "
            "1,140 parcels looks like afterwards. Please help if you can.”\n\n"
            "Speaking to the Carrow Echo, Delgado said the people coming through the door had "
            "changed. “Two years ago it was mostly people between jobs,” she said. “Now I see "
            "nurses, delivery drivers, a teaching assistant. People who are working full time and "
            "still can’t cover the rent and the shopping.\n\n"
            "“Some of them are embarrassed. I tell them everyone gets a cup of tea first, and "
            "nobody has to explain anything.”\n\n"
            "Among the first to respond was Imran Baig, who owns three convenience stores in the "
            "town. He said he would donate a van load of tinned food and nappies every fortnight "
            "until March. “It’s a small thing,” he said. “Carrow has been good to my family.”"
        ),
        "quotes": [
            (
                "This is what 1,140 parcels looks like afterwards. Please help if you can.",
                "Rosa Delgado",
                False,
                "P1",
            ),
            ("Two years ago it was mostly people between jobs,", "Rosa Delgado", False, "P2"),
            (
                "Now I see nurses, delivery drivers, a teaching assistant. People who are working "
                "full time and still can’t cover the rent and the shopping.",
                "Rosa Delgado",
                False,
                "P2",
            ),
            (
                "Some of them are embarrassed. I tell them everyone gets a cup of tea first, and "
                "nobody has to explain anything.",
                "Rosa Delgado",
                False,
                "P2",
            ),
            ("It’s a small thing,", "Imran Baig", False, None),
            ("Carrow has been good to my family.", "Imran Baig", False, None),
        ],
        "posts": [
            ("P1", "Rosa Delgado", "Instagram"),
            ("P2", "Rosa Delgado", "Carrow Echo"),
        ],
        "people": ["Rosa Delgado", "Imran Baig"],
    },
    {
        "name": "council-tax-rise-budget-bluesky-reply-letter",
        "text": (
            "Residents of Dunholm will pay 4.99 per cent more council tax from April after the "
            "district council approved its budget on Thursday.\n\n"
            "The cabinet member for finance, Patricia Ng, told the meeting that the council had no "
            "choice. “Our costs for adult social care have risen by £6 million in two years, and "
            "the grant from central government has not kept pace,” she said. Without the rise, she "
            "said, the council would have had to close two libraries and a day centre.\n\n"
            "The leader of the opposition Independent group, Declan Farrow, said on Bluesky that "
            "the budget was “a tax rise dressed up as prudence.” He added: “Every year they say "
            "there is no choice. Every year the choice lands on the same households.”\n\n"
            "Ng’s cabinet colleague Sunil Mehta replied to his post with a chart of the council’s "
            "reserves. “Happy to walk you through the numbers any time, Declan,” he wrote.\n\n"
            "The Dunholm Pensioners’ Forum said in a letter to the council that many of its "
            "members were “choosing between heating and eating” and asked for a larger discount "
            "for low-income households."
        ),
        "quotes": [
            (
                "Our costs for adult social care have risen by £6 million in two years, and the "
                "grant from central government has not kept pace,",
                "Patricia Ng",
                False,
                None,
            ),
            ("a tax rise dressed up as prudence.", "Declan Farrow", True, "P1"),
            (
                "Every year they say there is no choice. Every year the choice lands on the same "
                "households.",
                "Declan Farrow",
                False,
                "P1",
            ),
            ("Happy to walk you through the numbers any time, Declan,", "Sunil Mehta", False, "P1"),
            ("choosing between heating and eating", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Declan Farrow", "Bluesky"),
            ("P2", None, None),
        ],
        "people": ["Patricia Ng", "Declan Farrow", "Sunil Mehta"],
    },
    {
        "name": "island-ferry-withdrawn-statement-threads-gp",
        "text": (
            "Islanders on Inchmore were left without a car ferry for a fourth day on Saturday "
            "after the vessel that serves the island failed an inspection.\n\n"
            "Westerly Ferries said in a statement that the MV Lorne Star had been withdrawn “as a "
            "precaution” after inspectors found corrosion in its ramp mechanism. A passenger-only "
            "boat is running twice a day.\n\n"
            "The chair of the Inchmore Community Council, Elspeth MacRae, said on Threads that the "
            "island’s only shop was running short of fresh food. “No lorry since Tuesday. No milk, "
            "no bread, and the freezer is getting emptier,” she wrote. “We are a resilient lot, "
            "but we are not a patient one.”\n\n"
            "Reached by phone, the island’s GP, Dr. Fergus Lamont, said two patients who needed "
            "hospital appointments on the mainland had been taken across on the passenger boat. "
            "“It worked, but only just,” he said. “A patient on a stretcher would be a different "
            "story.”\n\n"
            "In a second Threads post on Saturday evening, MacRae said the company had promised a "
            "relief vessel by Tuesday, adding that islanders would “believe it when we see it.”"
        ),
        "quotes": [
            ("as a precaution", None, True, "P1"),
            (
                "No lorry since Tuesday. No milk, no bread, and the freezer is getting emptier,",
                "Elspeth MacRae",
                False,
                "P2",
            ),
            (
                "We are a resilient lot, but we are not a patient one.",
                "Elspeth MacRae",
                False,
                "P2",
            ),
            ("It worked, but only just,", "Fergus Lamont", False, None),
            ("A patient on a stretcher would be a different story.", "Fergus Lamont", False, None),
            ("believe it when we see it.", "Elspeth MacRae", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Elspeth MacRae", "Threads"),
            ("P3", "Elspeth MacRae", "Threads"),
        ],
        "people": ["Elspeth MacRae", "Fergus Lamont"],
    },
    {
        "name": "heatwave-hosepipe-ban-release-allotment-society",
        "text": (
            "A hosepipe ban will come into force across the Ravensby valley on Friday, after three "
            "weeks without meaningful rain left reservoirs at 41 per cent of capacity.\n\n"
            "Ravensby Water announced the ban in a press release on Tuesday. “We know this is "
            "inconvenient, and we do not take the decision lightly,” said its director of water "
            "resources, Helen Achterberg, in the release. The release said leaks were being fixed "
            "“around the clock.”\n\n"
            "Forecasters have blamed a so-called “heat dome” sitting over the region, with "
            "temperatures expected to reach 34C on Thursday.\n\n"
            "Not everyone is convinced the company has done its part. Raymond Osei, secretary of "
            "the Ravensby Allotment Society, said gardeners were being asked to save water while "
            "the company lost a fifth of its supply through leaking pipes. “Our members will use "
            "watering cans, they always have,” he said. “What they won’t accept is a lecture.”\n\n"
            "The society’s 200 plot holders have been told to water in the early morning and to "
            "mulch their beds."
        ),
        "quotes": [
            (
                "We know this is inconvenient, and we do not take the decision lightly,",
                "Helen Achterberg",
                False,
                "P1",
            ),
            ("around the clock.", None, True, "P1"),
            ("Our members will use watering cans, they always have,", "Raymond Osei", False, None),
            ("What they won’t accept is a lecture.", "Raymond Osei", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Helen Achterberg", "Raymond Osei"],
    },
    {
        "name": "pub-late-licence-hearing-facebook-group-statement",
        "text": (
            "The Fox and Lantern in Meadowcroft has been granted permission to stay open until 1 "
            "a.m. on Fridays and Saturdays, despite objections from neighbours who say the noise "
            "already keeps them awake.\n\n"
            "At a licensing hearing on Monday, the pub’s landlady, Siobhan Kearney, said the extra "
            "hours would keep the business alive. “Since the pandemic, we have lost the weekday "
            "trade completely,” she told the panel. “The weekend is what pays the staff.”\n\n"
            "Objections had been gathered in the Meadowcroft Residents Facebook group, where "
            "Trevor Stanton, who lives opposite the pub, posted a recording of what he described "
            "as “closing time, every Saturday.” “We have nothing against the pub,” he wrote. “We "
            "just want to sleep.”\n\n"
            "The panel attached conditions: doors and windows must be closed after 11 p.m., and "
            "the beer garden must empty by 10.30.\n\n"
            "In a statement after the hearing, Kearney said she would meet neighbours next month. "
            "“We’re part of this village too,” the statement said."
        ),
        "quotes": [
            (
                "Since the pandemic, we have lost the weekday trade completely,",
                "Siobhan Kearney",
                False,
                None,
            ),
            ("The weekend is what pays the staff.", "Siobhan Kearney", False, None),
            ("closing time, every Saturday.", "Trevor Stanton", True, "P1"),
            ("We have nothing against the pub,", "Trevor Stanton", False, "P1"),
            ("We just want to sleep.", "Trevor Stanton", False, "P1"),
            ("We’re part of this village too,", "Siobhan Kearney", False, "P2"),
        ],
        "posts": [
            ("P1", "Trevor Stanton", "Facebook"),
            ("P2", "Siobhan Kearney", None),
        ],
        "people": ["Siobhan Kearney", "Trevor Stanton"],
    },
    {
        "name": "taxi-rank-move-protest-drivers-council-x",
        "text": (
            "About 80 taxi drivers staged a slow-moving protest through the centre of Brackwater "
            "on Thursday against council plans to move the main taxi rank away from the railway "
            "station.\n\n"
            "“They are moving us 400 metres up a hill, away from the people who need us most: the "
            "elderly, the people with luggage, the people who can’t walk far,” said Jaswinder "
            "Gill, chair of the Brackwater Hackney Drivers’ Association, speaking to reporters at "
            "the station.\n\n"
            "One driver, Mehmet Aydin, known on the rank as “Captain,” said he had already been "
            "fined once while waiting at the old rank during a trial of the new layout. “The "
            "warden came to my window and said, ‘Move on or get a ticket,’” he said. “Twenty-two "
            "years I have waited there.”\n\n"
            "The council said on X that the change was part of a plan to make the station "
            "forecourt “safer for pedestrians and cyclists” and that the new rank would have a "
            "covered shelter.\n\n"
            "A spokesperson for the ride-hailing firm Zipway said in an email that its drivers "
            "already used a pick-up point outside the station car park and would not be affected."
        ),
        "quotes": [
            (
                "They are moving us 400 metres up a hill, away from the people who need us most: "
                "the elderly, the people with luggage, the people who can’t walk far,",
                "Jaswinder Gill",
                False,
                None,
            ),
            (
                "The warden came to my window and said, ‘Move on or get a ticket,’",
                "Mehmet Aydin",
                False,
                None,
            ),
            ("Twenty-two years I have waited there.", "Mehmet Aydin", False, None),
            ("safer for pedestrians and cyclists", None, True, "P1"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, None),
        ],
        "people": ["Jaswinder Gill", "Mehmet Aydin"],
    },
    {
        "name": "library-hours-cut-open-letter-radio-homework-club",
        "text": (
            "Opening hours at five of Lindenfield’s eight public libraries will be cut from next "
            "month under savings approved by the city council, prompting a petition that had "
            "gathered 7,500 signatures by Sunday.\n\n"
            "The children’s author Margot Elliston, who wrote her first book, “The Lighthouse "
            "Cat,” at a desk in Lindenfield’s Northgate library, published an open letter to the "
            "council on Friday. “A library is the only warm building in this city where nobody "
            "asks you to buy anything,” she wrote. “Please do not make it harder to get through "
            "the door.”\n\n"
            "The council’s cabinet member for communities, Joseph Adebayo, defended the decision "
            "on the Lindenfield Today programme on Radio Lindum. He said the libraries would stay "
            "open on Saturdays and that the cuts would fall on the quietest weekday mornings. “I "
            "love our libraries. I grew up in them,” he said. “But I cannot protect every hour "
            "without cutting somewhere that hurts more.”\n\n"
            "At Northgate on Saturday, 16-year-old Kezia Obi, who volunteers at the library’s "
            "homework club, said the club’s Tuesday session would be lost. “Some of the kids don’t "
            "have a table at home,” she said. “This is their table.”"
        ),
        "quotes": [
            (
                "A library is the only warm building in this city where nobody asks you to buy "
                "anything,",
                "Margot Elliston",
                False,
                "P1",
            ),
            (
                "Please do not make it harder to get through the door.",
                "Margot Elliston",
                False,
                "P1",
            ),
            ("I love our libraries. I grew up in them,", "Joseph Adebayo", False, "P2"),
            (
                "But I cannot protect every hour without cutting somewhere that hurts more.",
                "Joseph Adebayo",
                False,
                "P2",
            ),
            ("Some of the kids don’t have a table at home,", "Kezia Obi", False, None),
            ("This is their table.", "Kezia Obi", False, None),
        ],
        "posts": [
            ("P1", "Margot Elliston", None),
            ("P2", "Joseph Adebayo", "Lindenfield Today"),
        ],
        "people": ["Margot Elliston", "Joseph Adebayo", "Kezia Obi"],
    },
    {
        "name": "indoor-market-rent-rise-traders-linkedin-comment",
        "text": (
            "Traders at Cresswell Indoor Market say a 22 per cent rise in stall rents, due to take "
            "effect in April, could force a third of them out.\n\n"
            "Ana Ferreira, who runs a cheese stall with her husband, Luis Ferreira, said the "
            "couple had worked out that they would need to sell 40 more wheels of cheese a month "
            "just to stand still. “We are not a supermarket. We can’t just put the prices up and "
            "hope,” she said.\n\n"
            "Her husband was blunter. “If this goes through, we’re gone by the summer,” he "
            "said.\n\n"
            "The market is run by Cresswell Markets Ltd, a company owned by the city council. Its "
            "general manager, Philippa Dunn, wrote in a LinkedIn post on Tuesday that rents had "
            "been frozen for five years while energy and maintenance costs had “more than "
            "doubled.” “Nobody wants to lose traders,” she wrote, “and we will look at payment "
            "plans for anyone who is struggling.”\n\n"
            "Under her post, Lewis Fraser, who chairs the Cresswell Chamber of Commerce, "
            "commented: “Payment plans don’t fix a 22% rise. Let’s talk before April.”"
        ),
        "quotes": [
            (
                "We are not a supermarket. We can’t just put the prices up and hope,",
                "Ana Ferreira",
                False,
                None,
            ),
            ("If this goes through, we’re gone by the summer,", "Luis Ferreira", False, None),
            ("more than doubled.", "Philippa Dunn", True, "P1"),
            ("Nobody wants to lose traders,", "Philippa Dunn", False, "P1"),
            (
                "and we will look at payment plans for anyone who is struggling.",
                "Philippa Dunn",
                False,
                "P1",
            ),
            (
                "Payment plans don’t fix a 22% rise. Let’s talk before April.",
                "Lewis Fraser",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Philippa Dunn", "LinkedIn"),
        ],
        "people": ["Ana Ferreira", "Luis Ferreira", "Philippa Dunn", "Lewis Fraser"],
    },
    {
        "name": "bridge-closure-repairs-briefing-tv-cafe-owner",
        "text": (
            "The Abbotsford Bridge, which carries 14,000 vehicles a day over the River Tamsin, "
            "will close for nine months from January for structural repairs, Wexley County Council "
            "confirmed on Monday.\n\n"
            "At a briefing in County Hall, the council’s chief highways engineer, Naomi Petrakis, "
            "said inspections had found cracking in two of the bridge’s steel bearings. “The "
            "bridge is safe to use today. It will not stay safe without this work,” she said.\n\n"
            "“We looked hard at keeping one lane open during the repairs. The engineering simply "
            "doesn’t allow it, and I would rather tell people that now than in March.”\n\n"
            "The diversion will add up to 11 miles to some journeys. Gavin Holt, who owns the "
            "Bridge End Café on the Abbotsford side, told Valley Tonight on Channel 6 that most of "
            "his customers were commuters who would no longer pass his door. “Nine months is a "
            "long time to survive on bacon rolls for the bin men,” he said, laughing, before "
            "adding that he was “seriously worried.”\n\n"
            "Wexley Buses said route 22 would be diverted and that it would publish new timetables "
            "in December."
        ),
        "quotes": [
            (
                "The bridge is safe to use today. It will not stay safe without this work,",
                "Naomi Petrakis",
                False,
                None,
            ),
            (
                "We looked hard at keeping one lane open during the repairs. The engineering "
                "simply doesn’t allow it, and I would rather tell people that now than in March.",
                "Naomi Petrakis",
                False,
                None,
            ),
            (
                "Nine months is a long time to survive on bacon rolls for the bin men,",
                "Gavin Holt",
                False,
                "P1",
            ),
            ("seriously worried.", "Gavin Holt", True, "P1"),
        ],
        "posts": [
            ("P1", "Gavin Holt", "Valley Tonight"),
        ],
        "people": ["Naomi Petrakis", "Gavin Holt"],
    },
    {
        "name": "e-scooter-trial-launch-release-charity-newsletter",
        "text": (
            "Electric scooters for hire arrived on the streets of Portmere on Monday, as the city "
            "began a 12-month trial with the operator Voltride.\n\n"
            "Launching the scheme outside the railway station, the city’s mayor, Dominic "
            "Achebe-Lowe, took a short ride across the forecourt. “This is about giving people one "
            "more way to leave the car at home,” he said afterwards, to applause from a small "
            "crowd.\n\n"
            "Voltride said in a press release that 300 scooters would be available in the first "
            "month and that riders would be limited to 15 mph. The company’s UK manager, Sofie "
            "Lindahl, was quoted in the release as saying the trial would “show what a well-run "
            "scheme looks like.”\n\n"
            "Not everyone is welcoming the machines. The Portmere branch of the charity Sight "
            "Forward, which supports blind and partially sighted people, said in its monthly "
            "newsletter that abandoned scooters had become “a trip hazard on every pavement” in "
            "other cities. Its branch secretary, Hilary Booth, told reporters she would be "
            "monitoring complaints. “If our members start getting hurt, we will be back at the "
            "council’s door the same day,” she said."
        ),
        "quotes": [
            (
                "This is about giving people one more way to leave the car at home,",
                "Dominic Achebe-Lowe",
                False,
                None,
            ),
            ("show what a well-run scheme looks like.", "Sofie Lindahl", True, "P1"),
            ("a trip hazard on every pavement", None, True, "P2"),
            (
                "If our members start getting hurt, we will be back at the council’s door the same "
                "day,",
                "Hilary Booth",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
        ],
        "people": ["Dominic Achebe-Lowe", "Sofie Lindahl", "Hilary Booth"],
    },
    {
        "name": "fire-station-brewery-instagram-story-post-interview",
        "text": (
            "A microbrewery will open in Haverleigh’s old fire station next spring, after the town "
            "council agreed to lease the empty Victorian building to a local start-up for 25 "
            "years.\n\n"
            "Nadia Petrova, who founded Engine House Brewing in her garage in 2020, shared the "
            "news on her Instagram story on Wednesday with a photo of the building’s red doors. "
            "“Five years of brewing in a garage, and now we get a fire station. Pinch me,” she "
            "wrote.\n\n"
            "The 41-year-old told the Haverleigh Post that the brewery would employ eight people "
            "and keep the building’s brass fire pole. “People have such strong memories of this "
            "place,” the brewer said. “We want them to walk in and feel they’ve come home.”\n\n"
            "The council’s property committee chair, Councillor Brian Oduya, said at Tuesday’s "
            "meeting that the lease would bring in £38,000 a year and save the council the cost of "
            "maintaining an empty building. “It’s a good deal for the town,” he said.\n\n"
            "Some neighbours on Station Road have raised concerns about deliveries. Kathleen Moss, "
            "74, whose house backs on to the yard, said she had nothing against beer. “I just "
            "don’t want lorries at six in the morning,” she said."
        ),
        "quotes": [
            (
                "Five years of brewing in a garage, and now we get a fire station. Pinch me,",
                "Nadia Petrova",
                False,
                "P1",
            ),
            ("People have such strong memories of this place,", "Nadia Petrova", False, "P2"),
            ("We want them to walk in and feel they’ve come home.", "Nadia Petrova", False, "P2"),
            ("It’s a good deal for the town,", "Brian Oduya", False, None),
            ("I just don’t want lorries at six in the morning,", "Kathleen Moss", False, None),
        ],
        "posts": [
            ("P1", "Nadia Petrova", "Instagram"),
            ("P2", "Nadia Petrova", "Haverleigh Post"),
        ],
        "people": ["Nadia Petrova", "Brian Oduya", "Kathleen Moss"],
    },
]
