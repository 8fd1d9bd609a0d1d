"""The one-hundred-and-thirty-fourth self-made dev set, held out (EJ): its first run is an unseen estimate.

Written with set EK, without reading the extraction rules, and committed before
any rule was run on it. Topic area: transport, aviation, energy, utilities and
infrastructure. Same format and conventions as the earlier self-made sets (not
a public corpus): an interview with a named outlet or show is a post
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
- Post ids follow the order in which the text first reports each post; a
  judge's ruling reported before the lawsuit it decides is P1, the lawsuit P2.
- A post reported without any quoted words (a company statement only
  described, an interview with Radio Skerrow only summarised) is still listed.
- Mid-quote attribution (“...,” she wrote, “...”) gives two quotes, neither
  partial, both in the same post.
- The chair of a commission writing to a company ("her letter said") is the
  chair's post with no platform. An engineer's email to council members
  "obtained by the Linfield Courier" is the engineer's post with no platform;
  the newspaper that obtained it is not the platform.
- A union's letter to a regulator has author None; its quote running over two
  paragraphs is one quote per paragraph, speaker None, same post. A union's
  announcement on X has author None.
- "She added:" right after "told [outlet] that ..." continues that interview;
  so does "adding:" in the same sentence. "Added by phone" is not a post.
- Platforms keep a capitalised "The" as written (The Cascade Ledger, The
  Harbour Gazette, The Coastal Ledger); a lowercase "the" before a name is
  dropped (the Marlow Herald -> Marlow Herald); descriptors are dropped ("the
  newspaper Dagsposten" -> Dagsposten, "the trade magazine Transit Fleet
  Weekly", "the radio show City Desk", "the podcast Plugged In", "the
  breakfast programme Morning Line" -> the name alone).
- A founder's own reply in the comment thread under her LinkedIn post belongs
  to that post. A company's comment or reply under a person's TikTok video or
  Threads post belongs to that post with speaker None.
- "A second TikTok video" is a new TikTok post by the same author.
- A transit authority's published report, a regional grid operator's
  preliminary report and a water authority's notice "on its website" are posts
  with author None and no platform (a website is not a platform); a report
  title in marks (“Service Reliability Review”) is not a quote.
- A company's email to affected passengers has author None and no platform, and
  a fragment of it reported in narration is partial.
- A vessel's name in marks (“Northern Dawn”), a plan's name (“Clean Miles
  2030”), a bridge's or plant's local nickname (“Rust Bucket”, “the
  Teakettle”) and a person's nickname (“the Admiral”, Clayton “Dusty”
  Verhoeven) are not quotes; a nickname inside a name is not part of the
  canonical name (Clayton Verhoeven).
- "In the same piece" and "In the essay" tie a later fragment to the op-ed or
  essay; "later called ..." with no source is linked to no post.
- A named spokesperson or analyst who "called" something or "said" it with no
  source given speaks under their own name with post None.
- An unnamed commuter's words speak as None with no post; an unnamed Reddit
  user's thread and an unnamed reply under it are a Reddit post with author
  None, both quotes speaker None.
- A caption given whole ("with the caption “Reunited.”") is not partial, and
  a photo posted "on Instagram" later is a new Instagram post.
- Siblings Anneliese and Konrad Brandvold: "Anneliese and Konrad Brandvold"
  gives Anneliese the canonical name Anneliese Brandvold, and the bare
  "Brandvold" after Konrad is named refers to Konrad. A member's comment under
  Anneliese's Facebook group post, reported after Konrad's interview, still
  belongs to her post (P1).
- Governor, Mayor, State Sen., State Senator, City Councilman, Councilwoman
  and Judge are titles, not part of a canonical name; "Mr." inside a quote
  stays in the quote's text.
- A scare quote in single marks inside a quote (‘best offer’) is part of the
  quote's text and is not a quote of its own.
- People who never speak or post (the ferry captain Ingrid Solberg-Hart, the
  podcast host Benedikt Haas, the commenter Marcus Delacroix-Yeo whose question
  is only paraphrased) are listed in people; organisations are not.
- Descriptions ("the 52-year-old", "the 34-year-old", "the 58-year-old", "the
  minister") resolve to the person named before them.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EJ: list[dict] = [
    {
        "name": "airline-route-cuts-x-post-captain-reply-reporters",
        "text": (
            "Skyvale Airways will cut 14 routes from its Harlow hub this winter, its chief "
            "executive, Renata Okonkwo-Baines, said in a post on X on Wednesday. “Every one of "
            "these routes lost money last year,” she wrote, “some of them badly.” She added: “We "
            "would rather fly fewer planes full than more planes empty.”\n\n"
            "A captain with the airline, Dorian Falk, replied under her post: “Tell that to the "
            "crews who moved to Harlow for these routes.”\n\n"
            "Speaking to reporters at the airport on Thursday, Okonkwo-Baines said the cuts "
            "would not lead to layoffs. “No pilot and no cabin crew member loses a job over "
            "this,” the 52-year-old said. Pilots would be offered transfers to the airline’s "
            "second base in Eastwick, she said.\n\n"
            "The regional development board, which had spent two years courting new airlines "
            "for the coast, called the decision “a blow to the whole coast” in a statement on "
            "Thursday evening."
        ),
        "quotes": [
            (
                "Every one of these routes lost money last year,",
                "Renata Okonkwo-Baines",
                False,
                "P1",
            ),
            ("some of them badly.", "Renata Okonkwo-Baines", False, "P1"),
            (
                "We would rather fly fewer planes full than more planes empty.",
                "Renata Okonkwo-Baines",
                False,
                "P1",
            ),
            (
                "Tell that to the crews who moved to Harlow for these routes.",
                "Dorian Falk",
                False,
                "P1",
            ),
            (
                "No pilot and no cabin crew member loses a job over this,",
                "Renata Okonkwo-Baines",
                False,
                None,
            ),
            ("a blow to the whole coast", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Renata Okonkwo-Baines", "X"),
            ("P2", None, None),
        ],
        "people": ["Renata Okonkwo-Baines", "Dorian Falk"],
    },
    {
        "name": "utility-rate-release-commission-letter-newspaper",
        "text": (
            "Cascade Valley Power asked state regulators on Monday to raise residential "
            "electricity rates by 9 percent next year, saying it needs to replace ageing poles "
            "and bury lines in wildfire country. “Our customers deserve a grid that does not "
            "fail them on the hottest day of the year,” the company’s president, Howard "
            "Mbeki-Lund, said in a news release.\n\n"
            "The chair of the Public Utilities Commission, Ines Castellanos, wrote to the "
            "company the same day asking for a breakdown of the costs. “The commission will not "
            "approve a number it cannot trace line by line,” her letter said.\n\n"
            "Consumer advocates were blunter. Priya Raghunathan, who leads the Ratepayers "
            "Alliance, told The Cascade Ledger that the request was “a wish list dressed up as a "
            "safety plan.” She added: “Families here already pay more than the national "
            "average.”\n\n"
            "Mbeki-Lund did not respond to a request for comment. The commission is expected to "
            "rule on the request in the autumn, after public hearings in Ashby and Corran."
        ),
        "quotes": [
            (
                "Our customers deserve a grid that does not fail them on the hottest day of the "
                "year,",
                "Howard Mbeki-Lund",
                False,
                "P1",
            ),
            (
                "The commission will not approve a number it cannot trace line by line,",
                "Ines Castellanos",
                False,
                "P2",
            ),
            ("a wish list dressed up as a safety plan.", "Priya Raghunathan", True, "P3"),
            (
                "Families here already pay more than the national average.",
                "Priya Raghunathan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ines Castellanos", None),
            ("P3", "Priya Raghunathan", "The Cascade Ledger"),
        ],
        "people": ["Howard Mbeki-Lund", "Ines Castellanos", "Priya Raghunathan"],
    },
    {
        "name": "rail-strike-union-x-minister-news-conference-radio",
        "text": (
            "Train drivers on the Midland Link network will walk out for 48 hours from Friday, "
            "their union announced on X on Sunday evening. “Management has had six months to "
            "make a fair offer and has made none,” the Associated Locomotive Engineers wrote.\n\n"
            "The transport minister, Gwendolyn Ashcroft, told a news conference on Monday that "
            "the strike was unjustified. “The offer on the table is the best this industry has "
            "seen in a decade,” Ashcroft said. “I would urge every driver to read it before they "
            "walk out,” the minister added.\n\n"
            "The union’s general secretary, Kwame Osei-Tutu, answered her in an interview with "
            "Wolds Radio. “The minister keeps calling it the ‘best offer’. She has not read "
            "it either,” he said. Osei-Tutu, 61, said drivers were prepared to strike again in "
            "March.\n\n"
            "Passengers were less patient. “I have a job interview on Friday and no way to get "
            "there,” one commuter in Hollinsford said."
        ),
        "quotes": [
            (
                "Management has had six months to make a fair offer and has made none,",
                None,
                False,
                "P1",
            ),
            (
                "The offer on the table is the best this industry has seen in a decade,",
                "Gwendolyn Ashcroft",
                False,
                None,
            ),
            (
                "I would urge every driver to read it before they walk out,",
                "Gwendolyn Ashcroft",
                False,
                None,
            ),
            (
                "The minister keeps calling it the ‘best offer’. She has not read it either,",
                "Kwame Osei-Tutu",
                False,
                "P2",
            ),
            (
                "I have a job interview on Friday and no way to get there,",
                None,
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Kwame Osei-Tutu", "Wolds Radio"),
        ],
        "people": ["Gwendolyn Ashcroft", "Kwame Osei-Tutu"],
    },
    {
        "name": "pipeline-judge-ruling-ranchers-lawsuit-nickname-facebook",
        "text": (
            "A federal judge in Fort Carrick on Thursday halted construction on a 90-mile stretch "
            "of the Prairie Crest gas pipeline.\n\n"
            "In her written ruling, Judge Adaeze Thornbury found that the developer had “failed "
            "to consider” the effect on groundwater. “An agency that looks away from the aquifer "
            "cannot claim to have taken a hard look at anything,” she wrote.\n\n"
            "The case was brought in June by a coalition of ranchers, whose lawsuit described "
            "the route as “a straight line drawn by someone who never walked it.”\n\n"
            "Their best-known member, Clayton “Dusty” Verhoeven, celebrated on Facebook. “Ten "
            "generations of cattle drank from that water. Today a court listened,” he posted. "
            "Verhoeven’s family has grazed land along the Little Sioux Fork since the 1880s.\n\n"
            "Prairie Crest Midstream said in a statement that it would appeal. “The ruling "
            "ignores years of study by the people who actually know this ground,” the statement "
            "said. The company has said that every month of delay costs it about $30 million."
        ),
        "quotes": [
            ("failed to consider", "Adaeze Thornbury", True, "P1"),
            (
                "An agency that looks away from the aquifer cannot claim to have taken a hard "
                "look at anything,",
                "Adaeze Thornbury",
                False,
                "P1",
            ),
            ("a straight line drawn by someone who never walked it.", None, True, "P2"),
            (
                "Ten generations of cattle drank from that water. Today a court listened,",
                "Clayton Verhoeven",
                False,
                "P3",
            ),
            (
                "The ruling ignores years of study by the people who actually know this ground,",
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Adaeze Thornbury", None),
            ("P2", None, None),
            ("P3", "Clayton Verhoeven", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Adaeze Thornbury", "Clayton Verhoeven"],
    },
    {
        "name": "ev-charging-linkedin-founder-reply-in-thread-podcast",
        "text": (
            "The founder of the charging start-up VoltHarbor, Sunniva Aaltonen, said on "
            "LinkedIn on Tuesday that the company had raised $80 million to build fast chargers "
            "along rural highways. “Range anxiety is a map problem, not a battery problem,” she "
            "wrote. “We are going to fix the map.”\n\n"
            "In a comment under the post, a former executive at Ridgeway Motors, Marcus "
            "Delacroix-Yeo, asked how the chargers would be paid for once the federal grants ran "
            "out. Aaltonen answered him in the same thread: “By drivers, like every gas station "
            "in America.”\n\n"
            "She expanded on the plan on the podcast Plugged In, telling its host, Benedikt "
            "Haas, that the first 40 sites would open along highways in the western plains "
            "next summer. “Nobody else wants those corridors, which is exactly why we do,” the "
            "34-year-old said. Each site will have at least six chargers, a restroom and a "
            "vending machine, she said, and will be built on land leased from farmers."
        ),
        "quotes": [
            (
                "Range anxiety is a map problem, not a battery problem,",
                "Sunniva Aaltonen",
                False,
                "P1",
            ),
            ("We are going to fix the map.", "Sunniva Aaltonen", False, "P1"),
            ("By drivers, like every gas station in America.", "Sunniva Aaltonen", False, "P1"),
            (
                "Nobody else wants those corridors, which is exactly why we do,",
                "Sunniva Aaltonen",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Sunniva Aaltonen", "LinkedIn"),
            ("P2", "Sunniva Aaltonen", "Plugged In"),
        ],
        "people": ["Sunniva Aaltonen", "Marcus Delacroix-Yeo", "Benedikt Haas"],
    },
    {
        "name": "bridge-closure-engineer-email-mayor-facebook-nickname",
        "text": (
            "The Carrow Street Bridge in Linfield, long known locally as the “Rust Bucket,” "
            "will close to all vehicles on Monday after inspectors found cracks in two of its "
            "steel girders, the city said.\n\n"
            "In an email to council members obtained by the Linfield Courier, the city "
            "engineer, Tobias Nwachukwu, wrote that the bridge was “no longer safe for anything "
            "heavier than a bicycle.” “I am not willing to wait for a second inspection,” the "
            "email said.\n\n"
            "Mayor Lorna Pettigrew posted on Facebook that the closure would last “at least a "
            "year.” Under the post, a resident, Gareth Ilunga, wrote: “Two years of warnings and "
            "now it is an emergency?”\n\n"
            "At a council meeting on Wednesday evening, Pettigrew said a temporary footbridge "
            "was being considered. “People need to get to work on the other side of the river,” "
            "she said. About 18,000 vehicles crossed the bridge each day before the closure, "
            "according to city figures."
        ),
        "quotes": [
            (
                "no longer safe for anything heavier than a bicycle.",
                "Tobias Nwachukwu",
                True,
                "P1",
            ),
            ("I am not willing to wait for a second inspection,", "Tobias Nwachukwu", False, "P1"),
            ("at least a year.", "Lorna Pettigrew", True, "P2"),
            ("Two years of warnings and now it is an emergency?", "Gareth Ilunga", False, "P2"),
            (
                "People need to get to work on the other side of the river,",
                "Lorna Pettigrew",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Tobias Nwachukwu", None),
            ("P2", "Lorna Pettigrew", "Facebook"),
        ],
        "people": ["Tobias Nwachukwu", "Lorna Pettigrew", "Gareth Ilunga"],
    },
    {
        "name": "airport-runway-oped-residents-statement-radio",
        "text": (
            "Plans for a third runway at Ostrander International Airport drew sharp reactions "
            "this week after the airport’s board approved them on Tuesday.\n\n"
            "Writing in The Harbour Gazette, the airport’s chief executive, Colm Fitzwilliam, "
            "argued that the region would lose flights to rival hubs without it. “A city that "
            "cannot land planes cannot attract jobs,” he wrote in the op-ed. In the same piece, "
            "the 58-year-old called opponents’ fears of round-the-clock noise “overstated.”\n\n"
            "The Eastmoor Residents’ Association said in a statement that it would challenge "
            "the approval in court. “Nobody asked the families under the flight path,” the "
            "association said.\n\n"
            "Its chair, Yasmin Haddad-Price, went further in an interview with Radio Ostrander. "
            "“They have treated this neighbourhood as a car park for noise,” she said. “We will "
            "see them in court.”\n\n"
            "The runway would take eight years to build and raise the airport’s capacity to 60 "
            "million passengers a year."
        ),
        "quotes": [
            (
                "A city that cannot land planes cannot attract jobs,",
                "Colm Fitzwilliam",
                False,
                "P1",
            ),
            ("overstated.", "Colm Fitzwilliam", True, "P1"),
            ("Nobody asked the families under the flight path,", None, False, "P2"),
            (
                "They have treated this neighbourhood as a car park for noise,",
                "Yasmin Haddad-Price",
                False,
                "P3",
            ),
            ("We will see them in court.", "Yasmin Haddad-Price", False, "P3"),
        ],
        "posts": [
            ("P1", "Colm Fitzwilliam", "The Harbour Gazette"),
            ("P2", None, None),
            ("P3", "Yasmin Haddad-Price", "Radio Ostrander"),
        ],
        "people": ["Colm Fitzwilliam", "Yasmin Haddad-Price"],
    },
    {
        "name": "wind-technician-tiktok-company-comment-second-video",
        "text": (
            "A video posted to TikTok by a wind turbine technician, Jolene Marchetti, showing "
            "her climbing a 300-foot tower off the coast of Quarry Point, has been viewed "
            "more than four million times since Saturday.\n\n"
            "“People think this job is about the view. It is about the wind, and the wind does "
            "not care about you,” she says in the clip. Her employer, Atlantic Breeze Offshore, "
            "commented under the video: “Proud of our crews every single day.”\n\n"
            "Not everyone was charmed. A safety consultant, Rafael Quintero-Sousa, told The "
            "Coastal Ledger that the clip showed a harness clipped “the way we teach people not "
            "to.”\n\n"
            "Marchetti, 29, responded with a second TikTok video on Monday. “I was clipped in "
            "twice. Watch it again,” she said, holding the camera up to her harness.\n\n"
            "Atlantic Breeze said in a statement that it had reviewed the footage and found no "
            "violation of its safety rules."
        ),
        "quotes": [
            (
                "People think this job is about the view. It is about the wind, and the wind "
                "does not care about you,",
                "Jolene Marchetti",
                False,
                "P1",
            ),
            ("Proud of our crews every single day.", None, False, "P1"),
            ("the way we teach people not to.", "Rafael Quintero-Sousa", True, "P2"),
            ("I was clipped in twice. Watch it again,", "Jolene Marchetti", False, "P3"),
        ],
        "posts": [
            ("P1", "Jolene Marchetti", "TikTok"),
            ("P2", "Rafael Quintero-Sousa", "The Coastal Ledger"),
            ("P3", "Jolene Marchetti", "TikTok"),
            ("P4", None, None),
        ],
        "people": ["Jolene Marchetti", "Rafael Quintero-Sousa"],
    },
    {
        "name": "blackout-ceo-staff-email-grid-report-senator-x",
        "text": (
            "More than 300,000 homes in the Tri-County area lost power for up to 19 hours last "
            "weekend after a substation fire in Garner, and the chief executive of Meridian "
            "Electric apologised to his staff on Monday.\n\n"
            "“We let our customers down, and I will not pretend otherwise,” Everett "
            "Abernathy-Shaw wrote in an email to employees. “We will find out exactly what "
            "happened in that substation.”\n\n"
            "A preliminary report by the regional grid operator, released on Tuesday, said "
            "backup relays at the site had been “out of service since spring.”\n\n"
            "Abernathy-Shaw told reporters outside the company’s headquarters that the relays "
            "had been scheduled for repair. “Scheduled is not the same as done, and I know "
            "that,” he said.\n\n"
            "State Senator Miriam Oduya wrote on X that she would call hearings. “Meridian owes "
            "this state answers, not apologies,” she posted. Her committee has asked the "
            "company to hand over its maintenance records by the end of the month."
        ),
        "quotes": [
            (
                "We let our customers down, and I will not pretend otherwise,",
                "Everett Abernathy-Shaw",
                False,
                "P1",
            ),
            (
                "We will find out exactly what happened in that substation.",
                "Everett Abernathy-Shaw",
                False,
                "P1",
            ),
            ("out of service since spring.", None, True, "P2"),
            (
                "Scheduled is not the same as done, and I know that,",
                "Everett Abernathy-Shaw",
                False,
                None,
            ),
            ("Meridian owes this state answers, not apologies,", "Miriam Oduya", False, "P3"),
        ],
        "posts": [
            ("P1", "Everett Abernathy-Shaw", None),
            ("P2", None, None),
            ("P3", "Miriam Oduya", "X"),
        ],
        "people": ["Everett Abernathy-Shaw", "Miriam Oduya"],
    },
    {
        "name": "subway-report-title-radio-show-reddit-thread-hearing",
        "text": (
            "Riders on the Crescent Line of the Harborview subway waited an average of 14 "
            "minutes between trains last month, according to a transit authority report titled "
            "“Service Reliability Review,” published on Friday.\n\n"
            "The authority’s chief, Benedetta Orsini-Kale, defended the figures on the radio "
            "show City Desk on Saturday. “We are running 1970s signals on a 2020s ridership,” "
            "she said. “Until the signals are replaced, the gaps will stay.”\n\n"
            "On Reddit, a thread started by a rider who posts under a pseudonym drew hundreds "
            "of replies. “Fourteen minutes is the average. Try waiting at Delmont at 11 p.m.,” "
            "the rider wrote. One reply under it read: “I just walk now.”\n\n"
            "City Councilman Oren Whitcombe called the report “an admission, not a plan” at a "
            "hearing on Monday. The authority expects new signals on the line by 2029, two years "
            "later than it promised when the contract was signed."
        ),
        "quotes": [
            (
                "We are running 1970s signals on a 2020s ridership,",
                "Benedetta Orsini-Kale",
                False,
                "P2",
            ),
            (
                "Until the signals are replaced, the gaps will stay.",
                "Benedetta Orsini-Kale",
                False,
                "P2",
            ),
            (
                "Fourteen minutes is the average. Try waiting at Delmont at 11 p.m.,",
                None,
                False,
                "P3",
            ),
            ("I just walk now.", None, False, "P3"),
            ("an admission, not a plan", "Oren Whitcombe", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Benedetta Orsini-Kale", "City Desk"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Benedetta Orsini-Kale", "Oren Whitcombe"],
    },
    {
        "name": "pilots-union-letter-two-paragraphs-briefing-newspaper",
        "text": (
            "The union representing 9,000 pilots at Norrland Air sent a letter to the national "
            "aviation regulator on Wednesday warning that crew fatigue had reached dangerous "
            "levels.\n\n"
            "“Our members are routinely scheduled for four early starts in a row, followed by a "
            "late finish,” the letter said. “Several have reported falling asleep at the "
            "controls on the descent.\n\n"
            "“We are not asking for more pay. We are asking for the rest the rules were written "
            "to protect.”\n\n"
            "The regulator’s director general, Halvard Eriksen-Moe, said at a briefing on "
            "Thursday that inspectors would review the airline’s rosters. “If the rosters break "
            "the rules, we will act,” he said.\n\n"
            "Norrland Air’s operations chief, Kirsi Lahtinen, told the newspaper Dagsposten "
            "that the schedules complied with all limits. “Every roster is checked by software "
            "before it is published,” Lahtinen said."
        ),
        "quotes": [
            (
                "Our members are routinely scheduled for four early starts in a row, followed by "
                "a late finish,",
                None,
                False,
                "P1",
            ),
            (
                "Several have reported falling asleep at the controls on the descent.",
                None,
                False,
                "P1",
            ),
            (
                "We are not asking for more pay. We are asking for the rest the rules were "
                "written to protect.",
                None,
                False,
                "P1",
            ),
            ("If the rosters break the rules, we will act,", "Halvard Eriksen-Moe", False, None),
            (
                "Every roster is checked by software before it is published,",
                "Kirsi Lahtinen",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kirsi Lahtinen", "Dagsposten"),
        ],
        "people": ["Halvard Eriksen-Moe", "Kirsi Lahtinen"],
    },
    {
        "name": "water-main-notice-instagram-caption-reply-town-hall",
        "text": (
            "Residents of Fennick Heights were told to boil their tap water on Sunday after a "
            "main broke under Route 9, the Fennick Water Authority said in a notice on its "
            "website.\n\n"
            "Councilwoman Aurelia Santangelo posted a photo of the flooded road on Instagram "
            "with the caption “Third break this year. This is not bad luck.” When a follower "
            "asked who was to blame, she replied under the post: “Decades of budgets that "
            "skipped the pipes.”\n\n"
            "At a town hall that evening, the authority’s director, Niall Okafor-Brennan, said "
            "crews had worked through the night. “We will have the main repaired by Tuesday,” "
            "he said, “and testing will take another day.”\n\n"
            "Santangelo was not persuaded. She told WFNK News that the authority had “run out of "
            "excuses,” adding: “I want a replacement schedule, in writing, this month.” Much of "
            "the neighbourhood’s water network was laid in the 1930s."
        ),
        "quotes": [
            (
                "Third break this year. This is not bad luck.",
                "Aurelia Santangelo",
                False,
                "P2",
            ),
            ("Decades of budgets that skipped the pipes.", "Aurelia Santangelo", False, "P2"),
            ("We will have the main repaired by Tuesday,", "Niall Okafor-Brennan", False, None),
            ("and testing will take another day.", "Niall Okafor-Brennan", False, None),
            ("run out of excuses,", "Aurelia Santangelo", True, "P3"),
            (
                "I want a replacement schedule, in writing, this month.",
                "Aurelia Santangelo",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aurelia Santangelo", "Instagram"),
            ("P3", "Aurelia Santangelo", "WFNK News"),
        ],
        "people": ["Aurelia Santangelo", "Niall Okafor-Brennan"],
    },
    {
        "name": "port-earnings-release-analyst-note-earnings-call-facebook",
        "text": (
            "Shipping volumes at the Port of Calder fell 12 percent in the third quarter, its "
            "operator, Calder Gateway Holdings, said in an earnings release on Thursday. “Trade "
            "is softer, but our long-term contracts held,” the release quoted the chief "
            "executive, Femi Adeleke-Ward, as saying.\n\n"
            "The drop was steeper than analysts expected. In a note to clients, Sigrid Holmqvist "
            "of Baltic Securities wrote that the port was “losing the transshipment business to "
            "Vennhaven and will not get it back.” She cut her price target by a fifth.\n\n"
            "On the earnings call, Adeleke-Ward rejected that view. “We are not losing "
            "customers. Our customers are shipping less,” he said.\n\n"
            "The dockworkers’ leader, Rocco Baptiste, whose members staged a one-day walkout in "
            "August, wrote on Facebook that the figures “prove the strike was not the problem.” "
            "The company had blamed the walkout for part of the decline."
        ),
        "quotes": [
            (
                "Trade is softer, but our long-term contracts held,",
                "Femi Adeleke-Ward",
                False,
                "P1",
            ),
            (
                "losing the transshipment business to Vennhaven and will not get it back.",
                "Sigrid Holmqvist",
                True,
                "P2",
            ),
            (
                "We are not losing customers. Our customers are shipping less,",
                "Femi Adeleke-Ward",
                False,
                None,
            ),
            ("prove the strike was not the problem.", "Rocco Baptiste", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Sigrid Holmqvist", None),
            ("P3", "Rocco Baptiste", "Facebook"),
        ],
        "people": ["Femi Adeleke-Ward", "Sigrid Holmqvist", "Rocco Baptiste"],
    },
    {
        "name": "nuclear-medium-essay-spokeswoman-phone-plant-nickname",
        "text": (
            "A retired reactor engineer has accused the operator of the Grayhaven nuclear plant "
            "of understating the wear on its cooling pumps, in an essay published on Medium on "
            "Sunday.\n\n"
            "“I signed off on those pumps in 1998. They were never meant to run past 2020,” "
            "wrote Bernard Okonjo-Hale, who worked at the plant for 31 years. In the essay, he "
            "described its maintenance culture as “patch, pray and file the paperwork.”\n\n"
            "The operator, Lakeshore Nuclear, said in a statement that the pumps had passed "
            "every federal inspection. A spokeswoman, Delphine Archambault, added by phone that "
            "the company “respects Mr. Okonjo-Hale’s service but disagrees with his "
            "conclusions.”\n\n"
            "The plant, known to locals as “the Teakettle” for the steam that rises from its "
            "towers, supplies about a fifth of the state’s electricity. Okonjo-Hale, 72, said "
            "in an interview that he had written the essay “because nobody answered my "
            "letters.”"
        ),
        "quotes": [
            (
                "I signed off on those pumps in 1998. They were never meant to run past 2020,",
                "Bernard Okonjo-Hale",
                False,
                "P1",
            ),
            ("patch, pray and file the paperwork.", "Bernard Okonjo-Hale", True, "P1"),
            (
                "respects Mr. Okonjo-Hale’s service but disagrees with his conclusions.",
                "Delphine Archambault",
                True,
                None,
            ),
            ("because nobody answered my letters.", "Bernard Okonjo-Hale", True, None),
        ],
        "posts": [
            ("P1", "Bernard Okonjo-Hale", "Medium"),
            ("P2", None, None),
        ],
        "people": ["Bernard Okonjo-Hale", "Delphine Archambault"],
    },
    {
        "name": "ferry-grounding-youtube-release-families-statement",
        "text": (
            "The passenger ferry “Northern Dawn” ran aground off Skerrow Island on Friday night "
            "with 212 people aboard. No one was seriously hurt.\n\n"
            "A passenger, Ewan MacCrimmon, filmed the evacuation and posted the video on "
            "YouTube. “The crew were calm, which made the rest of us calm,” he says over footage "
            "of the lifeboats being lowered.\n\n"
            "The ferry’s captain, Ingrid Solberg-Hart, known to her crew as “the Admiral,” has "
            "been suspended pending an inquiry, the operator, Isles Line, said in a press "
            "release on Saturday. “Safety is our first and last priority,” the release said.\n\n"
            "The families of the crew issued a statement defending her. “She has sailed these "
            "waters for 25 years, and she got every one of those passengers home,” the families "
            "said.\n\n"
            "The islands’ transport commissioner, Hamish Dunleavy, told Radio Skerrow that the "
            "inquiry would report by June and that the ferry would not sail again before then."
        ),
        "quotes": [
            (
                "The crew were calm, which made the rest of us calm,",
                "Ewan MacCrimmon",
                False,
                "P1",
            ),
            ("Safety is our first and last priority,", None, False, "P2"),
            (
                "She has sailed these waters for 25 years, and she got every one of those "
                "passengers home,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ewan MacCrimmon", "YouTube"),
            ("P2", None, "press release"),
            ("P3", None, None),
            ("P4", "Hamish Dunleavy", "Radio Skerrow"),
        ],
        "people": ["Ewan MacCrimmon", "Ingrid Solberg-Hart", "Hamish Dunleavy"],
    },
    {
        "name": "toll-road-governor-speech-senator-second-post-reply",
        "text": (
            "Governor Patricia Vandermeer defended a plan to add tolls to the Route 40 corridor "
            "in a speech to business leaders in Carlsburg on Tuesday. “Nothing about this road "
            "is free. We just pay for it in potholes,” she said.\n\n"
            "State Sen. Lucas Ferreira-Dunn, a Republican, answered on X within the hour. “The "
            "governor wants commuters to pay twice for a road they already paid for,” he wrote. "
            "In a second post, he shared a map of the planned toll gantries with the words "
            "“Coming soon to your driveway.”\n\n"
            "Under that second post, the governor’s communications director, Imogen Strand, "
            "replied: “The gantries are on the highway, Senator. Not in anyone’s driveway.”\n\n"
            "The Carlsburg Chamber of Commerce, which hosted the speech, said in a statement "
            "that it “welcomes a serious funding plan.” The tolls would raise an estimated $220 "
            "million a year, most of it earmarked for resurfacing and bridge repairs."
        ),
        "quotes": [
            (
                "Nothing about this road is free. We just pay for it in potholes,",
                "Patricia Vandermeer",
                False,
                None,
            ),
            (
                "The governor wants commuters to pay twice for a road they already paid for,",
                "Lucas Ferreira-Dunn",
                False,
                "P1",
            ),
            ("Coming soon to your driveway.", "Lucas Ferreira-Dunn", False, "P2"),
            (
                "The gantries are on the highway, Senator. Not in anyone’s driveway.",
                "Imogen Strand",
                False,
                "P2",
            ),
            ("welcomes a serious funding plan.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Lucas Ferreira-Dunn", "X"),
            ("P2", "Lucas Ferreira-Dunn", "X"),
            ("P3", None, None),
        ],
        "people": ["Patricia Vandermeer", "Lucas Ferreira-Dunn", "Imogen Strand"],
    },
    {
        "name": "solar-coop-siblings-facebook-group-newspaper-comment",
        "text": (
            "A community solar cooperative in Marlow County switched on its first array on "
            "Saturday, a 4-megawatt field of panels on a former gravel pit that will supply 700 "
            "homes.\n\n"
            "The cooperative’s founders, the siblings Anneliese and Konrad Brandvold, spent six "
            "years raising the money. Anneliese Brandvold posted in the Marlow County "
            "Neighbours group on Facebook: “Six years, 1,100 members, one very muddy field. "
            "Thank you all.”\n\n"
            "Konrad Brandvold told the Marlow Herald that the co-op would build a second array "
            "by 2027. “The first one was the hard one,” Brandvold said. “Now the banks return "
            "our calls.”\n\n"
            "The county’s utility, Tri-River Electric, said it would buy the power at wholesale "
            "rates. Its spokesman, Dale Urquhart, called the project “a useful addition” but "
            "said it would not lower anyone’s bills.\n\n"
            "A member of the co-op, Ruth Okello, commented under Anneliese Brandvold’s post: "
            "“Worth every muddy boot.”"
        ),
        "quotes": [
            (
                "Six years, 1,100 members, one very muddy field. Thank you all.",
                "Anneliese Brandvold",
                False,
                "P1",
            ),
            ("The first one was the hard one,", "Konrad Brandvold", False, "P2"),
            ("Now the banks return our calls.", "Konrad Brandvold", False, "P2"),
            ("a useful addition", "Dale Urquhart", True, None),
            ("Worth every muddy boot.", "Ruth Okello", False, "P1"),
        ],
        "posts": [
            ("P1", "Anneliese Brandvold", "Facebook"),
            ("P2", "Konrad Brandvold", "Marlow Herald"),
        ],
        "people": ["Anneliese Brandvold", "Konrad Brandvold", "Dale Urquhart", "Ruth Okello"],
    },
    {
        "name": "baggage-failure-threads-airline-reply-customer-email-caption",
        "text": (
            "Thousands of bags were left behind at Kestrel Field airport on Sunday when the "
            "baggage sorting system at Terminal 2 failed for most of the day.\n\n"
            "Among the stranded was the cellist Marguerite Olawale, whose 1840 instrument had "
            "been checked in for a flight to Porto Velar. “My cello is somewhere in this "
            "building and nobody can tell me where,” she wrote on Threads. The airline, "
            "Coastway, replied under her post: “We have located it and it will be on the next "
            "flight.”\n\n"
            "Coastway sent an email to affected passengers on Monday apologising for “a failure "
            "we did not see coming.”\n\n"
            "The airport’s operations director, Thaddeus Kimura-Bell, told reporters that the "
            "fault lay in a software update installed overnight. “We tested it. Clearly we did "
            "not test it enough,” he said.\n\n"
            "Olawale, 44, later posted a photo of the battered cello case on Instagram with the "
            "caption “Reunited.”"
        ),
        "quotes": [
            (
                "My cello is somewhere in this building and nobody can tell me where,",
                "Marguerite Olawale",
                False,
                "P1",
            ),
            ("We have located it and it will be on the next flight.", None, False, "P1"),
            ("a failure we did not see coming.", None, True, "P2"),
            (
                "We tested it. Clearly we did not test it enough,",
                "Thaddeus Kimura-Bell",
                False,
                None,
            ),
            ("Reunited.", "Marguerite Olawale", False, "P3"),
        ],
        "posts": [
            ("P1", "Marguerite Olawale", "Threads"),
            ("P2", None, None),
            ("P3", "Marguerite Olawale", "Instagram"),
        ],
        "people": ["Marguerite Olawale", "Thaddeus Kimura-Bell"],
    },
    {
        "name": "hydrogen-buses-trade-magazine-plan-name-linkedin-company",
        "text": (
            "The transit agency in Velmont will retire its 60 hydrogen buses by the end of next "
            "year, only three years after buying them, because the cost of fuel has tripled.\n\n"
            "“We backed the wrong horse,” the agency’s fleet manager, Oluwaseun Reinholt, told "
            "the trade magazine Transit Fleet Weekly. “The buses work. The fuel supply does not, "
            "and that was never in our hands.”\n\n"
            "The agency’s board voted 5-2 on Tuesday to replace them with battery-electric "
            "models under a plan called “Clean Miles 2030.” One of the two dissenters, board "
            "member Felicity Anand, said in a statement that the switch was “throwing good "
            "money after bad.”\n\n"
            "The buses’ maker, HydroMotive, said in a post on LinkedIn that the problem was "
            "“fuel logistics, not technology,” and that it stood by its vehicles. The agency "
            "paid about $1.2 million for each bus, much of it from a state clean-air grant that "
            "it may now have to repay in part."
        ),
        "quotes": [
            ("We backed the wrong horse,", "Oluwaseun Reinholt", False, "P1"),
            (
                "The buses work. The fuel supply does not, and that was never in our hands.",
                "Oluwaseun Reinholt",
                False,
                "P1",
            ),
            ("throwing good money after bad.", "Felicity Anand", True, "P2"),
            ("fuel logistics, not technology,", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Oluwaseun Reinholt", "Transit Fleet Weekly"),
            ("P2", "Felicity Anand", None),
            ("P3", None, "LinkedIn"),
        ],
        "people": ["Oluwaseun Reinholt", "Felicity Anand"],
    },
    {
        "name": "energy-bills-regulator-release-minister-programme-untied-fragment",
        "text": (
            "Household energy bills in Valdoria will rise by an average of 11 percent from "
            "April, the energy regulator, Ofreg, said in a press release on Wednesday, blaming "
            "higher wholesale gas prices. “We know this will be hard for many families,” the "
            "release said.\n\n"
            "The energy minister, Rosalind Achterberg, told the breakfast programme Morning "
            "Line on Thursday that the government would extend its winter support scheme. “No "
            "pensioner should have to choose between heating and eating, and none will under "
            "this government,” she said.\n\n"
            "Her opposition counterpart, Desmond Kilbride-Nkosi, dismissed the promise on "
            "Bluesky. “We have heard that line every winter since 2019,” he wrote.\n\n"
            "Achterberg later called the price rise “regrettable but temporary.” Analysts at "
            "the consultancy Gridline Partners were less sure; its head of research, Tamsin "
            "Okafor, said prices could stay high “for at least two more winters.”"
        ),
        "quotes": [
            ("We know this will be hard for many families,", None, False, "P1"),
            (
                "No pensioner should have to choose between heating and eating, and none will "
                "under this government,",
                "Rosalind Achterberg",
                False,
                "P2",
            ),
            (
                "We have heard that line every winter since 2019,",
                "Desmond Kilbride-Nkosi",
                False,
                "P3",
            ),
            ("regrettable but temporary.", "Rosalind Achterberg", True, None),
            ("for at least two more winters.", "Tamsin Okafor", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rosalind Achterberg", "Morning Line"),
            ("P3", "Desmond Kilbride-Nkosi", "Bluesky"),
        ],
        "people": ["Rosalind Achterberg", "Desmond Kilbride-Nkosi", "Tamsin Okafor"],
    },
]
