"""The one-hundred-and-forty-fifth self-made dev set, held out (EU): its first run is an unseen estimate.

Written with set ET, without reading the extraction rules, and committed before
any rule was run on it. Topic area: environment, climate, weather, disasters and
science.

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
- Post ids follow the order in which the text first reports each post; a post
  reported without quoted words (a Facebook video post, a statement, a press
  release, an open letter, a regulator's letter, a post on X only described) is
  still listed in posts.
- A weather service, town or utility that merely "said" or "confirmed"
  something, with no statement, release or post named, has no post.
- A single reported word from a press release ("unrealistic") is a partial
  quote of that release with speaker None, not a scare quote.
- A split sentence whose second part starts in lower case ("and that should
  surprise everyone.") is two quotes, and the second is not partial: it is the
  speaker's own sentence, not a fragment inside narration.
- A quote that runs over two paragraphs after an interview on the radio program
  Coastline Today, or in an essay on Substack, is one quote per paragraph, both
  with that post.
- A podcast episode of a named show (The Thaw Report), a radio station (Radio
  Ponente), a news agency (Baltica Press), a broadcaster (TVN Meridian, Pacific
  Wave TV) and a named newsletter (Polar Notes) each take that name as platform.
- Words added after "She added:" right after a newsletter is reported belong
  to that newsletter; "The 52-year-old added:" after "told reporters" is not a
  post.
- A video posted on YouTube or TikTok is a post on that platform, and words
  "said in the video" or "in the clip" are its words; an unnamed user's comment
  under a TikTok video belongs to it with speaker None.
- An Instagram story is an Instagram post; reposting it on X "with a note of
  her own" is a new X post by the reposter. A photo posted "with the caption"
  and a chart posted "with the words" give whole quotes, not partial.
- A chief executive's email to staff "seen by" a newspaper is the executive's
  post with no platform; the newspaper is not its platform.
- A letter from unnamed school heads or seven unnamed mayors, an open letter
  signed by residents, a families' lawsuit and a regulator's letter have author
  None and no platform; words the letter "said" speak as None.
- An observatory's post on X has author None and its words speak as None.
- A televised address by a prime minister is a speech, not a post; a talk to a
  conference, a county council meeting and "told councillors before the vote"
  are not posts; "Reached by phone" is not a post.
- An analyst's note to clients is the analyst's post with no platform; a
  company's earnings call is not a post.
- A post by a named member in a Facebook group is that member's Facebook post.
- A nickname in marks inside a name (Lucille “Lulu” Barnaby) is not a quote
  and not part of the canonical name; a bird's nickname (“Pip”), a storm's name
  and a volcano's name are not people.
- Report and paper titles (“Healing Sky,” “Deep Refuges Under Pressure,”) and a
  Reddit thread title in marks are not quotes; a term in scare quotes (“heat
  dome”, “ring of fire”) is not a quote.
- An unnamed Reddit user's thread has author None, and its author's words
  speak as None.
- A news release of a university or aid group that quotes its researcher or
  director is a press release with author None, and the quote's speaker is that
  person.
- Description speakers ("the geologist", "the 58-year-old") resolve to the
  person named in the same sentence or paragraph.
- Two siblings sharing a surname (Leilani and Ioane Faumuina) are told apart
  by the pronoun after each is named; no bare surname is used for either.
- Titles such as Dr., Gov., Mayor, Sheriff and Prime Minister are not part of
  a canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EU: list[dict] = [
    {
        "name": "flood-barriers-newspaper-statement-x-reply",
        "text": (
            "Heavy rain pushed the River Ambrel over its banks in Ostrevale on Sunday, "
            "flooding about 300 homes. The town’s mayor, Agnes Pellworth, told the "
            "Northern Ledger that the temporary barriers had been installed too late. “We "
            "had the forecast on Thursday and the barriers were still in a depot on "
            "Saturday,” she said.\n\n"
            "The regional water authority, Calderbank Water, said in a statement that its "
            "crews had “worked through the night” and that the barriers had gone up “as "
            "soon as river levels required.”\n\n"
            "At a news conference on Monday, the authority’s chief executive, Rupert "
            "Haldane, apologised to residents. “I am sorry. We should have moved sooner, "
            "and we will review every step,” he said.\n\n"
            "Pellworth responded on X within the hour. “An apology is a start. A plan "
            "would be better,” she wrote.\n\n"
            "A resident, Colin Ashdown, posted videos of water filling his kitchen on "
            "Facebook."
        ),
        "quotes": [
            (
                (
                    "We had the forecast on Thursday and the barriers were still in a depot "
                    "on Saturday,"
                ),
                "Agnes Pellworth",
                False,
                "P1",
            ),
            ("worked through the night", None, True, "P2"),
            ("as soon as river levels required.", None, True, "P2"),
            (
                "I am sorry. We should have moved sooner, and we will review every step,",
                "Rupert Haldane",
                False,
                None,
            ),
            ("An apology is a start. A plan would be better,", "Agnes Pellworth", False, "P3"),
        ],
        "posts": [
            ("P1", "Agnes Pellworth", "Northern Ledger"),
            ("P2", None, None),
            ("P3", "Agnes Pellworth", "X"),
            ("P4", "Colin Ashdown", "Facebook"),
        ],
        "people": ["Agnes Pellworth", "Rupert Haldane", "Colin Ashdown"],
    },
    {
        "name": "heatwave-forecaster-bluesky-doctor-reply-minister-briefing",
        "text": (
            "Temperatures reached 43.1C in the inland city of Varessa on Wednesday, the "
            "highest reading since records began in 1881, the national weather service "
            "said.\n\n"
            "The service’s chief forecaster, Ilse Brandvold, said on Bluesky that the "
            "heat was being trapped by what forecasters call a “heat dome” over the "
            "plains. “Nights are the real danger. Bodies do not recover when it stays "
            "above 28 degrees,” she wrote.\n\n"
            "An emergency physician in Varessa, Dr. Tomasz Wielgosz, replied under her "
            "post: “Our waiting room agrees. Twelve heatstroke admissions since noon.”\n\n"
            "The health minister, Carla Montferrand, told reporters at a briefing that "
            "cooling centres would stay open around the clock until Sunday. “Nobody "
            "should be turned away, not at 2 a.m., not ever,” she said. Asked whether the "
            "government had prepared enough, she called the question “fair but early.”\n\n"
            "The weather service also issued a press release warning that the heat would "
            "spread north by the weekend."
        ),
        "quotes": [
            (
                (
                    "Nights are the real danger. Bodies do not recover when it stays above 28 "
                    "degrees,"
                ),
                "Ilse Brandvold",
                False,
                "P1",
            ),
            (
                "Our waiting room agrees. Twelve heatstroke admissions since noon.",
                "Tomasz Wielgosz",
                False,
                "P1",
            ),
            (
                "Nobody should be turned away, not at 2 a.m., not ever,",
                "Carla Montferrand",
                False,
                None,
            ),
            ("fair but early.", "Carla Montferrand", True, None),
        ],
        "posts": [
            ("P1", "Ilse Brandvold", "Bluesky"),
            ("P2", None, "press release"),
        ],
        "people": ["Ilse Brandvold", "Tomasz Wielgosz", "Carla Montferrand"],
    },
    {
        "name": "wildfire-chief-radio-two-paragraphs-instagram-caption",
        "text": (
            "A wildfire that started near the hamlet of Oresby on Friday had burned 4,200 "
            "hectares by Monday and forced 2,000 people from their homes.\n\n"
            "The county fire chief, Declan Moorcroft, defended the timing of the "
            "evacuation order on the radio program Coastline Today. “We ordered people "
            "out the moment the wind turned. Any earlier and half of them would have "
            "refused, because they have watched us cry wolf before.\n\n"
            "“What I would change is the text alerts. Some people got them twice, some "
            "never got them at all,” he said.\n\n"
            "A retired teacher from Oresby, Maren Tolliver, posted a photo of her "
            "blackened garden on Instagram with the caption “Still standing. The house, "
            "and me.”\n\n"
            "The county’s emergency management office said in a statement that the alert "
            "system was being audited. Moorcroft told reporters on Monday evening that "
            "containment stood at 30 percent. “The next 48 hours decide this,” he said."
        ),
        "quotes": [
            (
                (
                    "We ordered people out the moment the wind turned. Any earlier and half "
                    "of them would have refused, because they have watched us cry wolf "
                    "before."
                ),
                "Declan Moorcroft",
                False,
                "P1",
            ),
            (
                (
                    "What I would change is the text alerts. Some people got them twice, some "
                    "never got them at all,"
                ),
                "Declan Moorcroft",
                False,
                "P1",
            ),
            ("Still standing. The house, and me.", "Maren Tolliver", False, "P2"),
            ("The next 48 hours decide this,", "Declan Moorcroft", False, None),
        ],
        "posts": [
            ("P1", "Declan Moorcroft", "Coastline Today"),
            ("P2", "Maren Tolliver", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Declan Moorcroft", "Maren Tolliver"],
    },
    {
        "name": "coral-bleaching-release-paper-title-x-magazine",
        "text": (
            "Nearly two thirds of the corals surveyed along the Belmore Reef bleached "
            "during last summer’s marine heatwave, according to a study published on "
            "Thursday.\n\n"
            "“We expected damage. We did not expect it at depths of 20 metres,” the lead "
            "author, Priya Ramaswamy-Holt of Tallis Bay University, said in a news "
            "release issued by the university.\n\n"
            "The paper, titled “Deep Refuges Under Pressure,” surveyed 212 sites. Its "
            "co-author, Owen Tregarthen, summed it up on X: “The deep reef was supposed "
            "to be the lifeboat. The lifeboat is leaking.”\n\n"
            "Not everyone reads the data so darkly. Felicity Amadi, a reef ecologist who "
            "was not involved in the study, told the magazine Ocean Quarterly that many "
            "bleached corals recover. “Bleached is not dead, and we should stop writing "
            "obituaries for reefs that are still alive,” she said.\n\n"
            "Ramaswamy-Holt told reporters on a call that the team would return to the "
            "sites in March."
        ),
        "quotes": [
            (
                "We expected damage. We did not expect it at depths of 20 metres,",
                "Priya Ramaswamy-Holt",
                False,
                "P1",
            ),
            (
                "The deep reef was supposed to be the lifeboat. The lifeboat is leaking.",
                "Owen Tregarthen",
                False,
                "P2",
            ),
            (
                (
                    "Bleached is not dead, and we should stop writing obituaries for reefs "
                    "that are still alive,"
                ),
                "Felicity Amadi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Owen Tregarthen", "X"),
            ("P3", "Felicity Amadi", "Ocean Quarterly"),
        ],
        "people": ["Priya Ramaswamy-Holt", "Owen Tregarthen", "Felicity Amadi"],
    },
    {
        "name": "hurricane-governor-nickname-split-quote-utility-release-letter",
        "text": (
            "Hurricane Ottilie came ashore near Port Sable early on Saturday with winds "
            "of 185 km/h, cutting power to 400,000 homes.\n\n"
            "Gov. Lucille “Lulu” Barnaby, speaking at the state emergency centre, urged "
            "residents not to return yet. “The wind is gone. The water is not,” she said. "
            "“Stay where you are for one more night.”\n\n"
            "The power company Gulfline Energy said in a press release that full "
            "restoration could take two weeks. “Our crews are staged in every affected "
            "county,” the release quoted its president, Harold Vance, as saying.\n\n"
            "That estimate drew a sharp reply from Barnaby on Facebook. “Two weeks is not "
            "acceptable to a family with a newborn and no fridge,” she wrote.\n\n"
            "Seven coastal mayors sent the governor a joint letter asking for generators "
            "for nursing homes, calling the situation “a crisis within a crisis.”\n\n"
            "Barnaby said on Sunday that she had ordered 60 generators."
        ),
        "quotes": [
            ("The wind is gone. The water is not,", "Lucille Barnaby", False, None),
            ("Stay where you are for one more night.", "Lucille Barnaby", False, None),
            ("Our crews are staged in every affected county,", "Harold Vance", False, "P1"),
            (
                "Two weeks is not acceptable to a family with a newborn and no fridge,",
                "Lucille Barnaby",
                False,
                "P2",
            ),
            ("a crisis within a crisis.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lucille Barnaby", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Lucille Barnaby", "Harold Vance"],
    },
    {
        "name": "glacier-retreat-podcast-instagram-comment-superintendent",
        "text": (
            "The Varn Glacier in the Kestrel Range has retreated 94 metres since last "
            "autumn, the largest annual loss measured since monitoring began in 1952.\n\n"
            "Glaciologist Halvard Sund, who leads the measurement team, described the "
            "loss on an episode of the podcast The Thaw Report. “I have walked that ice "
            "every September for 26 years, and this year I walked 94 metres less of it,” "
            "he said.\n\n"
            "The photographer Anouk Verhaegen, who has documented the glacier since 2010, "
            "posted side-by-side images on Instagram. “Same rock, same lens, same week of "
            "the year,” she wrote. Under the post, Sund commented: “Thank you for keeping "
            "the record we cannot.”\n\n"
            "The park’s superintendent, Ruth Okonkwo-Lind, told reporters that the lower "
            "trail would be moved because of rockfall. “The mountain is rearranging "
            "itself, and we have to follow,” she said. She called the new route “steeper, "
            "but safer.”"
        ),
        "quotes": [
            (
                (
                    "I have walked that ice every September for 26 years, and this year I "
                    "walked 94 metres less of it,"
                ),
                "Halvard Sund",
                False,
                "P1",
            ),
            ("Same rock, same lens, same week of the year,", "Anouk Verhaegen", False, "P2"),
            ("Thank you for keeping the record we cannot.", "Halvard Sund", False, "P2"),
            (
                "The mountain is rearranging itself, and we have to follow,",
                "Ruth Okonkwo-Lind",
                False,
                None,
            ),
            ("steeper, but safer.", "Ruth Okonkwo-Lind", True, None),
        ],
        "posts": [
            ("P1", "Halvard Sund", "The Thaw Report"),
            ("P2", "Anouk Verhaegen", "Instagram"),
        ],
        "people": ["Halvard Sund", "Anouk Verhaegen", "Ruth Okonkwo-Lind"],
    },
    {
        "name": "drought-town-hall-op-ed-reddit-thread-title",
        "text": (
            "With reservoirs at 19 percent of capacity, the city of Dunmere will ban lawn "
            "watering from June 1, its water utility said on Tuesday.\n\n"
            "The ban does not apply to farms, a decision the utility’s director, Gareth "
            "Pryce-Evans, defended at a town hall on Wednesday night. “If we cut the "
            "farms, we cut the food. It is that simple,” he said.\n\n"
            "Not everyone found it simple. In an op-ed in the Dunmere Courier, the market "
            "gardener Solveig Harrow argued that some large growers still flood their "
            "fields. “A drought asks everyone to change. So far it has asked only the "
            "people with lawns,” she wrote.\n\n"
            "On Reddit, a thread titled “Brown lawns, green golf courses?” drew more than "
            "2,000 comments. “Drove past the Ridgeview club this morning and the "
            "sprinklers were on,” its author wrote. The golf club did not respond to "
            "requests for comment.\n\n"
            "The regional farmers’ association said in a statement that its members had "
            "cut water use by a fifth since 2020."
        ),
        "quotes": [
            (
                "If we cut the farms, we cut the food. It is that simple,",
                "Gareth Pryce-Evans",
                False,
                None,
            ),
            (
                (
                    "A drought asks everyone to change. So far it has asked only the people "
                    "with lawns,"
                ),
                "Solveig Harrow",
                False,
                "P1",
            ),
            (
                "Drove past the Ridgeview club this morning and the sprinklers were on,",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Solveig Harrow", "Dunmere Courier"),
            ("P2", None, "Reddit"),
            ("P3", None, None),
        ],
        "people": ["Gareth Pryce-Evans", "Solveig Harrow"],
    },
    {
        "name": "earthquake-minister-conference-broadcaster-age-description-letter",
        "text": (
            "A magnitude 6.4 earthquake struck the mountain province of Sarvela at 3:12 "
            "a.m. on Thursday, killing at least 14 people and damaging more than 900 "
            "buildings.\n\n"
            "The country’s interior minister, Emil Hadžić, told a news conference in the "
            "capital that rescue teams had reached every affected village by noon. “No "
            "one is waiting alone under rubble tonight. That I can promise,” he said.\n\n"
            "The seismologist Dr. Lea Marchetti-Rossi warned in an interview with the "
            "broadcaster TVN Meridian that aftershocks above magnitude 5 remained likely "
            "for weeks. “People should sleep where they would be safe if it happened "
            "again,” the 58-year-old said.\n\n"
            "The heads of 23 schools in the province wrote to the ministry asking for "
            "structural checks before classes resume. “We will not bring children back "
            "into buildings no engineer has seen,” the letter said.\n\n"
            "Hadžić later wrote on X that engineers would begin the inspections on "
            "Monday."
        ),
        "quotes": [
            (
                "No one is waiting alone under rubble tonight. That I can promise,",
                "Emil Hadžić",
                False,
                None,
            ),
            (
                "People should sleep where they would be safe if it happened again,",
                "Lea Marchetti-Rossi",
                False,
                "P1",
            ),
            (
                "We will not bring children back into buildings no engineer has seen,",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Lea Marchetti-Rossi", "TVN Meridian"),
            ("P2", None, None),
            ("P3", "Emil Hadžić", "X"),
        ],
        "people": ["Emil Hadžić", "Lea Marchetti-Rossi"],
    },
    {
        "name": "clean-air-zone-mayor-linkedin-comment-ceo-email",
        "text": (
            "Diesel vans will be banned from central Lorrington from January under a "
            "clean-air plan approved by the city council on Monday.\n\n"
            "Mayor Fenella Strachan told councillors before the vote that nitrogen "
            "dioxide levels on two streets were twice the legal limit. “We are not asking "
            "for a sacrifice. We are asking people to stop breathing exhaust,” she said.\n\n"
            "The plan will hit delivery firms hardest. Bram Oostveen, chief executive of "
            "the courier company Swiftpath, wrote on LinkedIn that the firm would replace "
            "its 340 diesel vans by the deadline. “Costly, yes. Impossible, no,” he "
            "wrote. A logistics consultant, Hyacinth Doyle, commented beneath the post "
            "that smaller firms “do not have Swiftpath’s balance sheet.”\n\n"
            "In an email to staff seen by the Lorrington Herald, Oostveen said the switch "
            "would cost about £18 million. “Nobody’s job is at risk because of this,” he "
            "wrote.\n\n"
            "A shopkeepers’ group called the plan “a tax on the high street.”"
        ),
        "quotes": [
            (
                (
                    "We are not asking for a sacrifice. We are asking people to stop "
                    "breathing exhaust,"
                ),
                "Fenella Strachan",
                False,
                None,
            ),
            ("Costly, yes. Impossible, no,", "Bram Oostveen", False, "P1"),
            ("do not have Swiftpath’s balance sheet.", "Hyacinth Doyle", True, "P1"),
            ("Nobody’s job is at risk because of this,", "Bram Oostveen", False, "P2"),
            ("a tax on the high street.", None, True, None),
        ],
        "posts": [
            ("P1", "Bram Oostveen", "LinkedIn"),
            ("P2", "Bram Oostveen", None),
        ],
        "people": ["Fenella Strachan", "Bram Oostveen", "Hyacinth Doyle"],
    },
    {
        "name": "tornado-office-statement-tiktok-comment-sheriff-split",
        "text": (
            "A tornado rated EF3 tore a 19-kilometre path through farmland east of "
            "Caldwell Springs on Tuesday evening, destroying 40 homes. No deaths were "
            "reported.\n\n"
            "Residents had 22 minutes of warning, the Plains Weather Office said in a "
            "statement. “That lead time is what saved lives last night,” the office said.\n\n"
            "The storm chaser Dakota Reyes-Whitfield filmed the funnel crossing Route 9 "
            "and posted the video on TikTok. “Never seen one wrap in rain that fast. Get "
            "underground, Caldwell,” she said in the clip. The most-liked comment, from "
            "an unnamed user, read: “My grandma’s house is behind that tree line. She’s "
            "OK.”\n\n"
            "Sheriff Lyle Brannock told the Caldwell Gazette that two sirens on the east "
            "side had failed. “They were tested in March and worked fine,” he said. “We "
            "will find out why they went quiet.”\n\n"
            "He said volunteers had cleared most county roads by Wednesday afternoon."
        ),
        "quotes": [
            ("That lead time is what saved lives last night,", None, False, "P1"),
            (
                "Never seen one wrap in rain that fast. Get underground, Caldwell,",
                "Dakota Reyes-Whitfield",
                False,
                "P2",
            ),
            ("My grandma’s house is behind that tree line. She’s OK.", None, False, "P2"),
            ("They were tested in March and worked fine,", "Lyle Brannock", False, "P3"),
            ("We will find out why they went quiet.", "Lyle Brannock", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dakota Reyes-Whitfield", "TikTok"),
            ("P3", "Lyle Brannock", "Caldwell Gazette"),
        ],
        "people": ["Dakota Reyes-Whitfield", "Lyle Brannock"],
    },
    {
        "name": "ozone-report-title-conference-substack-two-paragraphs-bluesky",
        "text": (
            "The hole in the ozone layer over the southern pole is on track to close by "
            "2061, according to a report released on Monday by the International "
            "Atmosphere Panel.\n\n"
            "The report, “Healing Sky,” credits the global ban on chlorofluorocarbons. "
            "Its lead author, Kwame Osei-Baptiste, told a conference in Lanzerra that the "
            "result showed treaties could work. “We made a promise in 1987 and the sky "
            "kept the receipts,” he said.\n\n"
            "The atmospheric chemist Ingrid Solberg was more cautious in an essay on "
            "Substack. “Good news is not finished news. Rogue emissions from a handful of "
            "factories set the recovery back by years.\n\n"
            "“If we relax now, we will be writing a very different report in 2040,” she "
            "wrote.\n\n"
            "The panel said in a press release that the findings had been reviewed by 140 "
            "scientists. Osei-Baptiste later posted a chart of the shrinking hole on "
            "Bluesky with the words “Slow, but steady.”"
        ),
        "quotes": [
            (
                "We made a promise in 1987 and the sky kept the receipts,",
                "Kwame Osei-Baptiste",
                False,
                None,
            ),
            (
                (
                    "Good news is not finished news. Rogue emissions from a handful of "
                    "factories set the recovery back by years."
                ),
                "Ingrid Solberg",
                False,
                "P1",
            ),
            (
                "If we relax now, we will be writing a very different report in 2040,",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("Slow, but steady.", "Kwame Osei-Baptiste", False, "P3"),
        ],
        "posts": [
            ("P1", "Ingrid Solberg", "Substack"),
            ("P2", None, "press release"),
            ("P3", "Kwame Osei-Baptiste", "Bluesky"),
        ],
        "people": ["Kwame Osei-Baptiste", "Ingrid Solberg"],
    },
    {
        "name": "landslide-families-lawsuit-company-statement-geologist-description",
        "text": (
            "Families in the hill village of Ardcallow have sued the mining company "
            "Tarnrock Minerals, blaming its quarry for a landslide that buried six homes "
            "in February.\n\n"
            "The lawsuit, filed on Wednesday, says the company “ignored three written "
            "warnings” about unstable slopes above the village. Tarnrock said in a "
            "statement that the landslide followed “the wettest winter in a century” and "
            "that its operations were not to blame.\n\n"
            "The families’ lawyer, Siobhán Mulcahy, told reporters outside the court that "
            "the company had been warned by its own engineers. “They had the reports on "
            "their desks. They chose to keep digging,” she said.\n\n"
            "A geologist who studied the slope after the collapse, Rafael Quintanilla, "
            "told the Western Examiner that both rain and quarrying played a part. “The "
            "rain pulled the trigger, but the gun was loaded long before,” the geologist "
            "said.\n\n"
            "A first hearing is set for June."
        ),
        "quotes": [
            ("ignored three written warnings", None, True, "P1"),
            ("the wettest winter in a century", None, True, "P2"),
            (
                "They had the reports on their desks. They chose to keep digging,",
                "Siobhán Mulcahy",
                False,
                None,
            ),
            (
                "The rain pulled the trigger, but the gun was loaded long before,",
                "Rafael Quintanilla",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Rafael Quintanilla", "Western Examiner"),
        ],
        "people": ["Siobhán Mulcahy", "Rafael Quintanilla"],
    },
    {
        "name": "eclipse-observatory-release-scare-quote-youtube-tourism-fragment",
        "text": (
            "An annular solar eclipse will be visible across the southern plateau on Oct. "
            "14, and the small town of Miravel is preparing for 50,000 visitors.\n\n"
            "At the moment of greatest eclipse, the moon will leave a thin “ring of fire” "
            "around the sun for four minutes and 12 seconds, the Halden Observatory said "
            "in a press release. The release quoted the observatory’s director, Dr. "
            "Beatriz Almonte, as saying: “Miravel sits almost exactly on the centre line. "
            "It is the best seat in the house.”\n\n"
            "Almonte will host a livestream from the town square. In a video posted on "
            "YouTube to announce it, she warned viewers against homemade filters. "
            "“Sunglasses are not eclipse glasses. Not even very good sunglasses,” she "
            "said.\n\n"
            "The town’s tourism officer, Joaquín Ferrer, told reporters that every hotel "
            "room had been booked since March. Asked where everyone else would sleep, he "
            "said the town had opened three fields to campers, “and prayers for clear "
            "skies.”"
        ),
        "quotes": [
            (
                (
                    "Miravel sits almost exactly on the centre line. It is the best seat in "
                    "the house."
                ),
                "Beatriz Almonte",
                False,
                "P1",
            ),
            (
                "Sunglasses are not eclipse glasses. Not even very good sunglasses,",
                "Beatriz Almonte",
                False,
                "P2",
            ),
            ("and prayers for clear skies.", "Joaquín Ferrer", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Beatriz Almonte", "YouTube"),
        ],
        "people": ["Beatriz Almonte", "Joaquín Ferrer"],
    },
    {
        "name": "plastic-ban-minister-radio-federation-release-instagram-story-x",
        "text": (
            "Single-use plastic cutlery and plates will be banned across Velmora from "
            "July, the environment minister, Ottavia Crespi, said on Friday.\n\n"
            "Crespi explained the ban on the radio station Radio Ponente. “Every fork we "
            "use for four minutes stays in the sea for four hundred years,” she said. "
            "Restaurants would have a six-month grace period, she added.\n\n"
            "The Velmora Packaging Federation said in a press release that the timetable "
            "was “unrealistic” for small businesses. “Our members support the goal. They "
            "need two years, not six months,” the federation’s president, Luca Benedetti, "
            "was quoted as saying.\n\n"
            "The chef and television host Marco Vitale, who has 1.2 million followers, "
            "backed the ban on his Instagram story. “Bring your own fork. It’s not hard,” "
            "he wrote over a photo of a wooden one. Crespi reposted it on X with a note "
            "of her own: “Thank you, Marco.”"
        ),
        "quotes": [
            (
                ("Every fork we use for four minutes stays in the sea for four hundred years,"),
                "Ottavia Crespi",
                False,
                "P1",
            ),
            ("unrealistic", None, True, "P2"),
            (
                "Our members support the goal. They need two years, not six months,",
                "Luca Benedetti",
                False,
                "P2",
            ),
            ("Bring your own fork. It’s not hard,", "Marco Vitale", False, "P3"),
            ("Thank you, Marco.", "Ottavia Crespi", False, "P4"),
        ],
        "posts": [
            ("P1", "Ottavia Crespi", "Radio Ponente"),
            ("P2", None, "press release"),
            ("P3", "Marco Vitale", "Instagram"),
            ("P4", "Ottavia Crespi", "X"),
        ],
        "people": ["Ottavia Crespi", "Luca Benedetti", "Marco Vitale"],
    },
    {
        "name": "volcano-observatory-x-age-description-facebook-group-phone",
        "text": (
            "Mount Tessaro erupted shortly after dawn on Sunday, sending an ash column 9 "
            "kilometres into the sky and closing the regional airport for the day.\n\n"
            "The Tessaro Volcano Observatory raised its alert level to orange in a post "
            "on X. “Lava is confined to the summit crater. Ash fall is likely to the "
            "east,” the observatory wrote.\n\n"
            "Volcanologist Henrike Dahlstrøm, who has studied the mountain for two "
            "decades, told reporters at the observatory that the eruption was “textbook "
            "so far.” The 52-year-old added: “Textbook is good. Textbook means we "
            "understand it.”\n\n"
            "In a Facebook group for residents of the village of San Lucerio, a volunteer "
            "firefighter, Paolo Ingrao, posted a list of roads closed by ash. “Drive "
            "slowly, lights on, windows up,” he wrote.\n\n"
            "Reached by phone, a goat farmer on the eastern slope, Ernesta Bruni, said "
            "her animals were indoors. “They heard it before we did,” she said."
        ),
        "quotes": [
            (
                "Lava is confined to the summit crater. Ash fall is likely to the east,",
                None,
                False,
                "P1",
            ),
            ("textbook so far.", "Henrike Dahlstrøm", True, None),
            (
                "Textbook is good. Textbook means we understand it.",
                "Henrike Dahlstrøm",
                False,
                None,
            ),
            ("Drive slowly, lights on, windows up,", "Paolo Ingrao", False, "P2"),
            ("They heard it before we did,", "Ernesta Bruni", False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Paolo Ingrao", "Facebook"),
        ],
        "people": ["Henrike Dahlstrøm", "Paolo Ingrao", "Ernesta Bruni"],
    },
    {
        "name": "sea-ice-minimum-agency-split-quote-newsletter-briefing",
        "text": (
            "Arctic sea ice shrank to 3.9 million square kilometres this month, the "
            "second-lowest minimum on record, the Northern Ice Data Centre said on "
            "Wednesday.\n\n"
            "“We are now in a world where a year like this barely surprises anyone,” the "
            "centre’s director, Magnus Eriksholm, said in an interview with the news "
            "agency Baltica Press, “and that should surprise everyone.”\n\n"
            "The sea-ice researcher Dr. Aiyana Redcloud, who spent the summer on a "
            "research vessel north of the Kvarsund Islands, wrote in her newsletter, "
            "Polar Notes, that the ice had been “thin, rotten and full of holes.” She "
            "added: “We broke through floes that would have stopped us ten years ago.”\n\n"
            "The fisheries ministry said in a press release that it would fund two more "
            "research cruises next year. Eriksholm welcomed the money at a briefing on "
            "Thursday but said monitoring was not enough. “Measuring the patient is not "
            "the same as treating it,” he said."
        ),
        "quotes": [
            (
                "We are now in a world where a year like this barely surprises anyone,",
                "Magnus Eriksholm",
                False,
                "P1",
            ),
            ("and that should surprise everyone.", "Magnus Eriksholm", False, "P1"),
            ("thin, rotten and full of holes.", "Aiyana Redcloud", True, "P2"),
            (
                "We broke through floes that would have stopped us ten years ago.",
                "Aiyana Redcloud",
                False,
                "P2",
            ),
            (
                "Measuring the patient is not the same as treating it,",
                "Magnus Eriksholm",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Magnus Eriksholm", "Baltica Press"),
            ("P2", "Aiyana Redcloud", "Polar Notes"),
            ("P3", None, "press release"),
        ],
        "people": ["Magnus Eriksholm", "Aiyana Redcloud"],
    },
    {
        "name": "invasive-mussels-youtube-angler-council-meeting-open-letter",
        "text": (
            "Invasive golden mussels have been found in Lake Orrin for the first time, "
            "the state fisheries agency confirmed on Thursday, after an angler spotted "
            "clusters on a dock near Pinefold.\n\n"
            "The angler, Travis Kettleborough, had posted a YouTube video of the find two "
            "weeks earlier. “I have fished this lake for 30 years and never seen these. "
            "Somebody please tell me I’m wrong,” he said in the video.\n\n"
            "He was not wrong. The agency’s lead biologist, Mei-Lin Sorensen, told a "
            "county council meeting on Thursday night that the mussels could clog water "
            "intakes within three years. “Once they are established, you do not get rid "
            "of them. You manage them forever,” she said.\n\n"
            "More than 300 lakeside residents signed an open letter asking the council to "
            "close the public boat ramps until inspection stations are built. The "
            "Pinefold Boat Club said in a statement that closing the ramps would be “an "
            "overreaction that punishes careful boaters.”\n\n"
            "Sorensen said inspections would start next month."
        ),
        "quotes": [
            (
                (
                    "I have fished this lake for 30 years and never seen these. Somebody "
                    "please tell me I’m wrong,"
                ),
                "Travis Kettleborough",
                False,
                "P1",
            ),
            (
                ("Once they are established, you do not get rid of them. You manage them forever,"),
                "Mei-Lin Sorensen",
                False,
                None,
            ),
            ("an overreaction that punishes careful boaters.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Travis Kettleborough", "YouTube"),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Travis Kettleborough", "Mei-Lin Sorensen"],
    },
    {
        "name": "cyclone-televised-address-aid-release-broadcaster-siblings",
        "text": (
            "Cyclone Amara flattened much of the island of Teruvai on Monday, and by "
            "Wednesday aid had reached only two of its five districts.\n\n"
            "Prime Minister Josefa Raduva said in a televised address that the airport "
            "would reopen to relief flights on Thursday. “We are bruised, we are "
            "grieving, and we are not alone,” she said.\n\n"
            "The aid group Harbourlight said in a news release that it had flown in 40 "
            "tonnes of water purification tablets. “Clean water is the first medicine "
            "after a cyclone,” the release quoted its regional director, Samuel "
            "Achterberg, as saying.\n\n"
            "A nurse at the island’s only hospital, Leilani Faumuina, described the first "
            "night to the broadcaster Pacific Wave TV. “We delivered two babies by "
            "torchlight,” she said. “Both are fine. So are the mothers.”\n\n"
            "Her brother, Ioane Faumuina, a fisherman, wrote on Facebook that every boat "
            "in Teruvai harbour had been lost. “We will rebuild the fleet plank by "
            "plank,” he wrote."
        ),
        "quotes": [
            (
                "We are bruised, we are grieving, and we are not alone,",
                "Josefa Raduva",
                False,
                None,
            ),
            (
                "Clean water is the first medicine after a cyclone,",
                "Samuel Achterberg",
                False,
                "P1",
            ),
            ("We delivered two babies by torchlight,", "Leilani Faumuina", False, "P2"),
            ("Both are fine. So are the mothers.", "Leilani Faumuina", False, "P2"),
            ("We will rebuild the fleet plank by plank,", "Ioane Faumuina", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Leilani Faumuina", "Pacific Wave TV"),
            ("P3", "Ioane Faumuina", "Facebook"),
        ],
        "people": ["Josefa Raduva", "Samuel Achterberg", "Leilani Faumuina", "Ioane Faumuina"],
    },
    {
        "name": "godwit-flight-nickname-threads-reply-trust-release-newspaper",
        "text": (
            "A bar-tailed godwit tagged in the wetlands of Saltmere has flown 12,800 "
            "kilometres without stopping, a distance researchers believe is a record for "
            "a land bird.\n\n"
            "The bird, a four-year-old male that volunteers nicknamed “Pip,” landed on "
            "Tuesday on a mudflat near Kaiwhero, said the ornithologist Rosalind "
            "Achebe-Frost, who leads the tagging project.\n\n"
            "“He did not eat, drink or sleep for 11 days. I still find that hard to "
            "believe, and I have the data,” Achebe-Frost wrote on Threads.\n\n"
            "A retired engineer who volunteers with the project, Clement Vasquez, replied "
            "under her post with a map of the route. “Best thing I have ever helped with. "
            "Bar none,” he wrote.\n\n"
            "The Saltmere Wetland Trust said in a news release that it would use the data "
            "to argue against a planned marina on the mudflats. Achebe-Frost told the "
            "Evening Tidings that the marina would remove the bird’s last feeding stop "
            "before the flight, calling it “the worst possible place.”"
        ),
        "quotes": [
            (
                (
                    "He did not eat, drink or sleep for 11 days. I still find that hard to "
                    "believe, and I have the data,"
                ),
                "Rosalind Achebe-Frost",
                False,
                "P1",
            ),
            ("Best thing I have ever helped with. Bar none,", "Clement Vasquez", False, "P1"),
            ("the worst possible place.", "Rosalind Achebe-Frost", True, "P3"),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Frost", "Threads"),
            ("P2", None, "press release"),
            ("P3", "Rosalind Achebe-Frost", "Evening Tidings"),
        ],
        "people": ["Rosalind Achebe-Frost", "Clement Vasquez"],
    },
    {
        "name": "carbon-capture-earnings-call-analyst-note-group-statement-daily",
        "text": (
            "The carbon-capture plant at Grevholm, once promoted as the largest in the "
            "region, will be shut for at least six months after capturing less than a "
            "third of the carbon it promised, its owner, Nordvik Energi, said on "
            "Thursday.\n\n"
            "On an earnings call, the company’s chief executive, Annika Blomqvist, blamed "
            "corrosion in the absorber towers. “The chemistry works. The steel did not,” "
            "she told analysts.\n\n"
            "That was not enough for Jarle Myrvang, an analyst at Fjellbank, who wrote in "
            "a note to clients that the shutdown was “a credibility problem, not a "
            "corrosion problem.”\n\n"
            "The environmental group Green Current said in a statement that the plant had "
            "been “a fig leaf for more drilling.”\n\n"
            "In an interview with the business daily Kapital Nord, Blomqvist said the "
            "company still believed in the technology. “If we give up on capture because "
            "one plant failed, we will never build the second one that works,” she said.\n\n"
            "The energy regulator wrote to the company on Friday demanding a repair plan."
        ),
        "quotes": [
            ("The chemistry works. The steel did not,", "Annika Blomqvist", False, None),
            ("a credibility problem, not a corrosion problem.", "Jarle Myrvang", True, "P1"),
            ("a fig leaf for more drilling.", None, True, "P2"),
            (
                (
                    "If we give up on capture because one plant failed, we will never build "
                    "the second one that works,"
                ),
                "Annika Blomqvist",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Jarle Myrvang", None),
            ("P2", None, None),
            ("P3", "Annika Blomqvist", "Kapital Nord"),
            ("P4", None, None),
        ],
        "people": ["Annika Blomqvist", "Jarle Myrvang"],
    },
]
