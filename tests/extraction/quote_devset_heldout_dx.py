"""The one-hundred-and-twenty-second self-made dev set, held out (DX): its first run is
an unseen estimate.

Written with set DY, without reading the extraction rules, and committed before
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
  reported without quoted words (an interview only described, a second TikTok)
  is still listed.
- people lists every named person in order of first mention, including those
  who are never quoted (a mayor who only "told him staff would report back").
  Organisations, agencies, unions and companies are not people.
- A show on a named station takes the show's name as platform: "WAMU's The
  Politics Hour" is The Politics Hour, "CBC's The Current" The Current, "WXXI's
  Connections" Connections, "KUOW's Soundside" Soundside, "Channel 5's Cleveland
  Tonight" Cleveland Tonight, "BBC Radio 4's Today programme" Today. A station
  interviewed as a whole keeps the station's name (KIRO Radio, ABC Radio Sydney,
  WHIO-TV). A podcast named as "the podcast Bay Curious" is Bay Curious.
- A city's, coalition's or agency's lawsuit or court complaint has author None
  and its words speak as None, like a company's; a company's court filing too.
- A company's or government agency's post on its own YouTube channel or on X,
  and a union's Instagram post, have author None.
- A Facebook live stream is a Facebook post; a reply "in the comments" by the
  mayor's office belongs to it and speaks as None.
- A letter to a board by a named chief executive is his post with no platform;
  a later fragment and quote that follow "he wrote" belong to it.
- Quotes that follow "Wainwright wrote" right after the paragraph reporting his
  essay belong to the essay.
- A quote split by a mid-sentence attribution ("she wrote, “and ...”") is two
  quotes, neither partial, both tied to the same post.
- A sentence posted "with the comment", "with the caption" or "with the words"
  is given whole and is not partial.
- A fragment in a rally speech ("said ... that riders had been “used as ...”")
  is partial with no post; the whole sentences that follow are not partial.
- Answering questions in the House of Commons is like a hearing: not a post.
- Titles of essays, films and Reddit threads, project and service brand names
  ("Carver Express", "Ride Free LKS"), slogans ("Stay Put"), nicknames of places
  and buildings ("the Gauntlet", "the Toaster") and scare quotes ("so-called
  “micro-units”") are not quotes.
- A nickname used without marks (staff call Oluwaseun Adebayo-Reid "Seun") is an
  alias, not a new person; "Lachie Henderson" is kept as written.
- Irish and Vietnamese names keep their particles and order as written
  (Siobhán Ní Bhriain, Anh Thư Lê, Tran Van Duc); Dr. and other titles are
  dropped.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DX: list[dict] = [
    {
        "name": "instagram-bus-lane-mayor-hearing",
        "text": (
            "Mayor Rosalind Achterberg defended the city’s new bus lanes on Instagram "
            "on Sunday, posting a time-lapse video of the No. 14 bus gliding past "
            "stalled traffic on Carver Avenue. “Eleven minutes faster, every single "
            "trip,” she wrote.\n\n"
            "Not everyone was persuaded. Councillor Faisal Qureshi, whose ward "
            "includes the corridor, commented under the video that shop owners had "
            "seen “a cliff-edge drop in footfall” since the paint went down.\n\n"
            "At a council hearing on Wednesday, Qureshi pressed the city’s transport "
            "director, Ingrid Solheim, on the numbers. “We counted riders, not "
            "customers,” Solheim acknowledged. “That is a gap, and we will close it.”\n\n"
            "Achterberg later told the Riverside Ledger that she would not reverse "
            "the lanes. “A bus full of people matters more than four parking spaces,” "
            "the mayor said. The lanes, branded “Carver Express” by the transit "
            "agency, cost $2.3 million to build."
        ),
        "quotes": [
            ("Eleven minutes faster, every single trip,", "Rosalind Achterberg", False, "P1"),
            ("a cliff-edge drop in footfall", "Faisal Qureshi", True, "P1"),
            ("We counted riders, not customers,", "Ingrid Solheim", False, None),
            ("That is a gap, and we will close it.", "Ingrid Solheim", False, None),
            (
                "A bus full of people matters more than four parking spaces,",
                "Rosalind Achterberg",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", "Instagram"),
            ("P2", "Rosalind Achterberg", "Riverside Ledger"),
        ],
        "people": ["Rosalind Achterberg", "Faisal Qureshi", "Ingrid Solheim"],
    },
    {
        "name": "tiktok-mold-tenant-statement-court-filing",
        "text": (
            "A video posted to TikTok by a Bronx tenant, Yesenia Marte, has drawn "
            "more than two million views since Friday. In it, Marte walks through her "
            "apartment, pointing at ceilings blackened by mold. “I have called the "
            "landlord 31 times. Thirty-one,” she says to the camera.\n\n"
            "The building’s owner, Halcyon Residential, said in a statement that it "
            "had “repeatedly sought access” to make repairs and had been turned away. "
            "In a court filing on Monday, the company went further, calling the video "
            "“a staged and misleading performance.”\n\n"
            "Marte’s neighbor Dwayne Kessler, who has lived on the fourth floor since "
            "1998, disputed that. “Nobody ever knocked on my door either,” he said on "
            "Tuesday outside the building.\n\n"
            "City Council member Priya Venkataraman weighed in with a TikTok of her "
            "own. “If this is how you treat tenants, expect to see me at your next "
            "inspection,” she said in the video."
        ),
        "quotes": [
            ("I have called the landlord 31 times. Thirty-one,", "Yesenia Marte", False, "P1"),
            ("repeatedly sought access", None, True, "P2"),
            ("a staged and misleading performance.", None, True, "P3"),
            ("Nobody ever knocked on my door either,", "Dwayne Kessler", False, None),
            (
                "If this is how you treat tenants, expect to see me at your next inspection,",
                "Priya Venkataraman",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Yesenia Marte", "TikTok"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Priya Venkataraman", "TikTok"),
        ],
        "people": ["Yesenia Marte", "Dwayne Kessler", "Priya Venkataraman"],
    },
    {
        "name": "substack-zoning-essay-radio-show-x-reply",
        "text": (
            "In a Substack essay published on Thursday, the former planning "
            "commissioner Hollis Wainwright argued that the county’s single-family "
            "zoning had become “a wall with a lawn in front of it.” The essay, titled "
            "“Nobody Is Coming to Build It,” had been shared more than 4,000 times by "
            "Friday.\n\n"
            "“We told ourselves we were protecting neighborhoods,” Wainwright wrote. "
            "“We were protecting prices.”\n\n"
            "The county executive, Beatriz Alvarenga-Soto, rejected the argument on "
            "WAMU’s The Politics Hour on Friday. “Hollis had eight years on that "
            "commission to change the rules,” she said. “He did not.”\n\n"
            "Wainwright answered on X within the hour. “Guilty. That is exactly why I "
            "am writing now,” he posted.\n\n"
            "The county council is scheduled to vote on a proposed duplex ordinance "
            "on March 12, and Alvarenga-Soto has said she will sign it only if it "
            "limits short-term rentals."
        ),
        "quotes": [
            ("a wall with a lawn in front of it.", "Hollis Wainwright", True, "P1"),
            (
                "We told ourselves we were protecting neighborhoods,",
                "Hollis Wainwright",
                False,
                "P1",
            ),
            ("We were protecting prices.", "Hollis Wainwright", False, "P1"),
            (
                "Hollis had eight years on that commission to change the rules,",
                "Beatriz Alvarenga-Soto",
                False,
                "P2",
            ),
            ("He did not.", "Beatriz Alvarenga-Soto", False, "P2"),
            ("Guilty. That is exactly why I am writing now,", "Hollis Wainwright", False, "P3"),
        ],
        "posts": [
            ("P1", "Hollis Wainwright", "Substack"),
            ("P2", "Beatriz Alvarenga-Soto", "The Politics Hour"),
            ("P3", "Hollis Wainwright", "X"),
        ],
        "people": ["Hollis Wainwright", "Beatriz Alvarenga-Soto"],
    },
    {
        "name": "ferry-sailings-cut-release-facebook-group-radio",
        "text": (
            "The Puget Island ferry will run four fewer sailings a day from April, "
            "the state transportation department said in a press release on Monday, "
            "citing a shortage of licensed deckhands.\n\n"
            "“Reliable service with fewer sailings is better than a full timetable we "
            "cannot keep,” the release quoted the ferry division’s chief, Corinne "
            "Matsuda-Hale, as saying.\n\n"
            "The news spread quickly through a Facebook group for island residents. "
            "Its administrator, Lachlan Brody, posted the new timetable with the "
            "comment “Well, there goes the 6:40.” Beneath it, a nurse named Aroha "
            "Tapsell wrote that she would now have to leave home “before my kids are "
            "even awake.”\n\n"
            "Matsuda-Hale told KIRO Radio on Tuesday that the cuts were temporary. "
            "“As soon as we can hire, the sailings come back,” she said.\n\n"
            "State Senator Víctor Landaeta said at a town hall that evening that he "
            "would seek emergency hiring money. “This is an island. The ferry is the "
            "road,” he said."
        ),
        "quotes": [
            (
                (
                    "Reliable service with fewer sailings is better than a full "
                    "timetable we cannot keep,"
                ),
                "Corinne Matsuda-Hale",
                False,
                "P1",
            ),
            ("Well, there goes the 6:40.", "Lachlan Brody", False, "P2"),
            ("before my kids are even awake.", "Aroha Tapsell", True, "P2"),
            (
                "As soon as we can hire, the sailings come back,",
                "Corinne Matsuda-Hale",
                False,
                "P3",
            ),
            ("This is an island. The ferry is the road,", "Víctor Landaeta", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lachlan Brody", "Facebook"),
            ("P3", "Corinne Matsuda-Hale", "KIRO Radio"),
        ],
        "people": ["Corinne Matsuda-Hale", "Lachlan Brody", "Aroha Tapsell", "Víctor Landaeta"],
    },
    {
        "name": "transit-chief-resigns-letter-linkedin-comment",
        "text": (
            "The chief executive of the Metro Valley Transit Authority, Oluwaseun "
            "Adebayo-Reid, resigned on Wednesday, a day after the agency’s board "
            "rejected his plan to close three light-rail stations overnight.\n\n"
            "In a letter to the board, Adebayo-Reid wrote that he could not “in good "
            "conscience” run a system he believed was unsafe after 11 p.m. “I would "
            "rather leave than defend a timetable I do not believe in,” he wrote.\n\n"
            "He struck a warmer tone on LinkedIn. “Four years, 600 colleagues, one "
            "stubborn railway. Thank you,” he posted. Among the comments, the "
            "agency’s operations chief, Kalinda Martineau, wrote: “You left it better "
            "than you found it.”\n\n"
            "The board chair, Sheldon Fairweather-Lum, told reporters that the search "
            "for a successor would begin at once. “Nobody is irreplaceable, but Seun "
            "comes close,” he said, using the nickname staff have for Adebayo-Reid.\n\n"
            "The board has named Martineau interim chief executive."
        ),
        "quotes": [
            ("in good conscience", "Oluwaseun Adebayo-Reid", True, "P1"),
            (
                "I would rather leave than defend a timetable I do not believe in,",
                "Oluwaseun Adebayo-Reid",
                False,
                "P1",
            ),
            (
                "Four years, 600 colleagues, one stubborn railway. Thank you,",
                "Oluwaseun Adebayo-Reid",
                False,
                "P2",
            ),
            ("You left it better than you found it.", "Kalinda Martineau", False, "P2"),
            (
                "Nobody is irreplaceable, but Seun comes close,",
                "Sheldon Fairweather-Lum",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Reid", None),
            ("P2", "Oluwaseun Adebayo-Reid", "LinkedIn"),
        ],
        "people": ["Oluwaseun Adebayo-Reid", "Kalinda Martineau", "Sheldon Fairweather-Lum"],
    },
    {
        "name": "youtube-vacant-tower-developer-channel-council",
        "text": (
            "A YouTube video by the housing activist Temitope Okafor, touring a "
            "half-empty luxury tower in downtown Calgary, passed 800,000 views this "
            "week. “Three hundred units, and the lights are on in maybe forty,” "
            "Okafor says as the camera pans up the facade.\n\n"
            "The video borrows its title, “The Vacancy,” from a 2017 horror film, a "
            "choice Okafor has called deliberate.\n\n"
            "The tower’s developer, Crestline Properties, responded with a video on "
            "its own YouTube channel. “Our occupancy is rising month over month and "
            "stands at 61 percent,” the company said in it.\n\n"
            "At Tuesday’s council meeting, Councillor Jun-ho Baek asked whether the "
            "city could tax empty units. “If Vancouver can do it, so can we,” Baek "
            "said. Mayor Evelyn Tremblay-Nakamura told him staff would report back by "
            "June.\n\n"
            "Okafor, interviewed on CBC’s The Current on Wednesday, called a vacancy "
            "tax “overdue by a decade.”"
        ),
        "quotes": [
            (
                "Three hundred units, and the lights are on in maybe forty,",
                "Temitope Okafor",
                False,
                "P1",
            ),
            (
                "Our occupancy is rising month over month and stands at 61 percent,",
                None,
                False,
                "P2",
            ),
            ("If Vancouver can do it, so can we,", "Jun-ho Baek", False, None),
            ("overdue by a decade.", "Temitope Okafor", True, "P3"),
        ],
        "posts": [
            ("P1", "Temitope Okafor", "YouTube"),
            ("P2", None, "YouTube"),
            ("P3", "Temitope Okafor", "The Current"),
        ],
        "people": ["Temitope Okafor", "Jun-ho Baek", "Evelyn Tremblay-Nakamura"],
    },
    {
        "name": "reddit-pothole-thread-public-works-tv",
        "text": (
            "A Reddit thread titled “Pothole on Marsh Road ate my tire” has become an "
            "unlikely rallying point in Dayton. The user who started it, who did not "
            "give a name, posted a photo of a crater roughly the size of a bathtub. "
            "“Third one this month on the same block,” the user wrote.\n\n"
            "More than 900 replies followed. One, from a user who said she drove a "
            "school bus, read: “I reroute every morning because of this. Nobody fixes "
            "it.”\n\n"
            "The city’s public works department said in a statement that crews would "
            "patch Marsh Road “within 72 hours.” Its director, Abimbola Nwachukwu, "
            "told WHIO-TV that the department had 3,100 open pothole reports. “We are "
            "fighting a winter’s worth of damage with a summer’s budget,” he said.\n\n"
            "City Commissioner Marisela Vasquez-Pell, asked about the thread at a "
            "news conference, said she had read it. “Frankly, the Redditors are "
            "right,” she said."
        ),
        "quotes": [
            ("Third one this month on the same block,", None, False, "P1"),
            ("I reroute every morning because of this. Nobody fixes it.", None, False, "P1"),
            ("within 72 hours.", None, True, "P2"),
            (
                "We are fighting a winter’s worth of damage with a summer’s budget,",
                "Abimbola Nwachukwu",
                False,
                "P3",
            ),
            ("Frankly, the Redditors are right,", "Marisela Vasquez-Pell", False, None),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Abimbola Nwachukwu", "WHIO-TV"),
        ],
        "people": ["Abimbola Nwachukwu", "Marisela Vasquez-Pell"],
    },
    {
        "name": "bluesky-cycle-lane-removal-op-ed-briefing",
        "text": (
            "The decision by Hartwell’s council to remove a protected cycle lane on "
            "Queen Street drew a sharp response on Bluesky from the road-safety "
            "researcher Dr. Siobhán Ní Bhriain. “Removing the lane will not remove "
            "the cyclists. It will just remove the protection,” she posted on Monday.\n\n"
            "Councillor Gregor Abernethy, who led the vote, replied under her post "
            "that the lane had been “an experiment, and experiments end.”\n\n"
            "Ní Bhriain expanded on her argument in an op-ed in The Irish Times on "
            "Wednesday, writing that the council had “counted complaints instead of "
            "collisions.”\n\n"
            "Abernethy was unmoved. Speaking at the council’s monthly press briefing, "
            "he said residents had asked for the change. “I represent the people who "
            "live on Queen Street, not the people who ride through it,” he said.\n\n"
            "Local cyclists have taken to calling the stretch “the Gauntlet.” A "
            "protest ride is planned for Saturday morning."
        ),
        "quotes": [
            (
                (
                    "Removing the lane will not remove the cyclists. It will "
                    "just remove the protection,"
                ),
                "Siobhán Ní Bhriain",
                False,
                "P1",
            ),
            ("an experiment, and experiments end.", "Gregor Abernethy", True, "P1"),
            ("counted complaints instead of collisions.", "Siobhán Ní Bhriain", True, "P2"),
            (
                (
                    "I represent the people who live on Queen Street, not the "
                    "people who ride through it,"
                ),
                "Gregor Abernethy",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Siobhán Ní Bhriain", "Bluesky"),
            ("P2", "Siobhán Ní Bhriain", "The Irish Times"),
        ],
        "people": ["Siobhán Ní Bhriain", "Gregor Abernethy"],
    },
    {
        "name": "rent-measure-instagram-release-podcast-rally",
        "text": (
            "Supporters of Proposition 7, the rent stabilization measure on the "
            "November ballot, opened their campaign on Tuesday with a video that the "
            "tenant organizer Anh Thư Lê posted on Instagram. “Your rent should not "
            "go up faster than your paycheck,” she says in the clip.\n\n"
            "The California Apartment Association called the measure “a freeze "
            "dressed up as a fix” in a press release the same day.\n\n"
            "Lê appeared on the podcast Bay Curious on Wednesday and said the "
            "coalition had gathered 310,000 signatures. “People signed in "
            "laundromats, at bus stops, outside churches,” she said.\n\n"
            "Assemblyman Raymond Okereke-Dunn, a co-sponsor, said at a rally in "
            "Oakland that the measure was modest. “It caps increases. It does not cap "
            "ambition,” he told the crowd.\n\n"
            "The campaign’s slogan, “Stay Put,” now appears on thousands of yard "
            "signs across the East Bay, and organizers say volunteers will knock on "
            "500,000 doors before November."
        ),
        "quotes": [
            ("Your rent should not go up faster than your paycheck,", "Anh Thư Lê", False, "P1"),
            ("a freeze dressed up as a fix", None, True, "P2"),
            (
                "People signed in laundromats, at bus stops, outside churches,",
                "Anh Thư Lê",
                False,
                "P3",
            ),
            ("It caps increases. It does not cap ambition,", "Raymond Okereke-Dunn", False, None),
        ],
        "posts": [
            ("P1", "Anh Thư Lê", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Anh Thư Lê", "Bay Curious"),
        ],
        "people": ["Anh Thư Lê", "Raymond Okereke-Dunn"],
    },
    {
        "name": "highway-widening-lawsuit-agency-x-chronicle",
        "text": (
            "A coalition of neighborhood groups sued the state Department of "
            "Transportation on Monday to stop the widening of Interstate 45 through "
            "Houston’s Fifth Ward. The lawsuit says the project would displace “more "
            "than 1,000 households, most of them Black and Latino.”\n\n"
            "The department said on X that it would “review the complaint and respond "
            "in court.”\n\n"
            "Ximena Castañeda-Ruiz, a Fifth Ward resident and one of the plaintiffs, "
            "told the Houston Chronicle that her family had lived on Lyons Avenue for "
            "three generations. “They drew a line through my grandmother’s kitchen,” "
            "she said. “Then they called it progress.”\n\n"
            "Congresswoman Delphine Armstead-Booker posted a video on X backing the "
            "suit. “Build the road for the neighborhood, not through it,” she said in "
            "the video.\n\n"
            "A hearing on the coalition’s request for an injunction is set for May 6. "
            "The project, which planners call the “Northside Corridor Improvement "
            "Project,” is budgeted at $9.7 billion."
        ),
        "quotes": [
            ("more than 1,000 households, most of them Black and Latino.", None, True, "P1"),
            ("review the complaint and respond in court.", None, True, "P2"),
            (
                "They drew a line through my grandmother’s kitchen,",
                "Ximena Castañeda-Ruiz",
                False,
                "P3",
            ),
            ("Then they called it progress.", "Ximena Castañeda-Ruiz", False, "P3"),
            (
                "Build the road for the neighborhood, not through it,",
                "Delphine Armstead-Booker",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Ximena Castañeda-Ruiz", "Houston Chronicle"),
            ("P4", "Delphine Armstead-Booker", "X"),
        ],
        "people": ["Ximena Castañeda-Ruiz", "Delphine Armstead-Booker"],
    },
    {
        "name": "housing-waitlist-portal-threads-reply-tv",
        "text": (
            "The Lakeshore Housing Authority reopened its Section 8 waiting list on "
            "Monday for the first time in six years, and its online portal crashed "
            "within minutes.\n\n"
            "The authority’s director, Graciela Montenegro, apologized on Threads. "
            "“We expected a rush. We did not expect 40,000 people in the first hour,” "
            "she wrote. A reply from a user named Dorian Pettaway drew hundreds of "
            "likes: “Six years of waiting and you give us a website that can’t handle "
            "Monday.”\n\n"
            "Montenegro told Channel 5’s Cleveland Tonight that the portal would stay "
            "open until Friday and that vouchers would be awarded by lottery, not by "
            "the order in which applications arrived. “Nobody loses their place "
            "because a server fell over,” she said.\n\n"
            "County Councilwoman Mei-Ling Auyeung said at a committee hearing on "
            "Tuesday that the authority should also have accepted paper applications. "
            "“Not everyone who needs a voucher has broadband,” Auyeung said."
        ),
        "quotes": [
            (
                "We expected a rush. We did not expect 40,000 people in the first hour,",
                "Graciela Montenegro",
                False,
                "P1",
            ),
            (
                "Six years of waiting and you give us a website that can’t handle Monday.",
                "Dorian Pettaway",
                False,
                "P1",
            ),
            (
                "Nobody loses their place because a server fell over,",
                "Graciela Montenegro",
                False,
                "P2",
            ),
            ("Not everyone who needs a voucher has broadband,", "Mei-Ling Auyeung", False, None),
        ],
        "posts": [
            ("P1", "Graciela Montenegro", "Threads"),
            ("P2", "Graciela Montenegro", "Cleveland Tonight"),
        ],
        "people": ["Graciela Montenegro", "Dorian Pettaway", "Mei-Ling Auyeung"],
    },
    {
        "name": "medium-parking-minimums-essay-instagram-caption",
        "text": (
            "Two days before the city council voted to scrap parking minimums for new "
            "apartments, the urban planner Kwabena Asante-Mensah published an essay "
            "on Medium titled “The Garage Tax.” In it, he estimated that each "
            "required parking space added about $38,000 to the cost of a new unit. "
            "“Every renter in this city is paying for a car they may not own,” he "
            "wrote.\n\n"
            "The council approved the change 7–2 on Thursday. Councilmember Annelise "
            "Vandermeer, who voted no, said during the debate that the plan would "
            "push cars onto side streets. “We are not Amsterdam, and wishing will not "
            "make us Amsterdam,” she said.\n\n"
            "Asante-Mensah shared the result on Instagram with the caption “The "
            "garage tax is dead. Now build the homes.”\n\n"
            "The Home Builders Association of Greater Fresno welcomed the vote in a "
            "statement, calling it “a common-sense step” toward cheaper housing."
        ),
        "quotes": [
            (
                "Every renter in this city is paying for a car they may not own,",
                "Kwabena Asante-Mensah",
                False,
                "P1",
            ),
            (
                "We are not Amsterdam, and wishing will not make us Amsterdam,",
                "Annelise Vandermeer",
                False,
                None,
            ),
            ("The garage tax is dead. Now build the homes.", "Kwabena Asante-Mensah", False, "P2"),
            ("a common-sense step", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Kwabena Asante-Mensah", "Medium"),
            ("P2", "Kwabena Asante-Mensah", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Kwabena Asante-Mensah", "Annelise Vandermeer"],
    },
    {
        "name": "city-sues-landlords-rent-software-radio",
        "text": (
            "The city of Rochester sued six of its largest landlords on Tuesday, "
            "accusing them of using shared software to push rents up in lockstep. The "
            "complaint, filed in state court, describes the arrangement as “a cartel "
            "with a login screen.”\n\n"
            "City Attorney Paloma Iturbide-Walsh announced the suit at a news "
            "conference. “When competitors share a brain, tenants lose,” she said. "
            "“This is that.”\n\n"
            "One of the landlords, Greyhaven Communities, said in an emailed "
            "statement that it “sets its own rents, independently and lawfully.” The "
            "software maker, PriceLogic, did not respond to requests for comment.\n\n"
            "The suit was welcomed by Councilmember Obinna Ezeh, who had pushed for "
            "it for more than a year. He told WXXI’s Connections on Wednesday that he "
            "hoped other cities would follow. “Rochester went first. We should not be "
            "the last,” Ezeh said."
        ),
        "quotes": [
            ("a cartel with a login screen.", None, True, "P1"),
            ("When competitors share a brain, tenants lose,", "Paloma Iturbide-Walsh", False, None),
            ("This is that.", "Paloma Iturbide-Walsh", False, None),
            ("sets its own rents, independently and lawfully.", None, True, "P2"),
            ("Rochester went first. We should not be the last,", "Obinna Ezeh", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Obinna Ezeh", "Connections"),
        ],
        "people": ["Paloma Iturbide-Walsh", "Obinna Ezeh"],
    },
    {
        "name": "rail-strike-union-instagram-story-today-programme",
        "text": (
            "Commuters on the Southern line faced a third day of cancellations on "
            "Thursday as train drivers continued their walkout over rosters.\n\n"
            "The drivers’ union posted on Instagram that its members were “exhausted, "
            "not greedy.” Its general secretary, Bongani Dlamini, shared the post on "
            "his own Instagram story with the words “We are ready to talk today. Are "
            "they?”\n\n"
            "The rail operator’s managing director, Philippa Kerrigan-Holt, told BBC "
            "Radio 4’s Today programme that the union had rejected two offers. “We "
            "have put money on the table twice,” she said. “Both times it was walked "
            "away from.”\n\n"
            "The Transport Secretary, Rhodri Vaughan-Pryce, answering questions in "
            "the Commons that afternoon, urged both sides back to talks. “Passengers "
            "are not a bargaining chip,” he said.\n\n"
            "One commuter, Yusra Haddad, posted a TikTok from a packed platform at "
            "Clapham Junction. “Day three. Still standing,” she said in the clip."
        ),
        "quotes": [
            ("exhausted, not greedy.", None, True, "P1"),
            ("We are ready to talk today. Are they?", "Bongani Dlamini", False, "P2"),
            ("We have put money on the table twice,", "Philippa Kerrigan-Holt", False, "P3"),
            ("Both times it was walked away from.", "Philippa Kerrigan-Holt", False, "P3"),
            ("Passengers are not a bargaining chip,", "Rhodri Vaughan-Pryce", False, None),
            ("Day three. Still standing,", "Yusra Haddad", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Bongani Dlamini", "Instagram"),
            ("P3", "Philippa Kerrigan-Holt", "Today"),
            ("P4", "Yusra Haddad", "TikTok"),
        ],
        "people": [
            "Bongani Dlamini",
            "Philippa Kerrigan-Holt",
            "Rhodri Vaughan-Pryce",
            "Yusra Haddad",
        ],
    },
    {
        "name": "tower-open-letter-developer-op-ed-hearing",
        "text": (
            "More than 200 residents of the Elmwood district have signed an open "
            "letter to the city’s planning board opposing a 14-story apartment tower "
            "on Delaware Avenue. The letter calls the project “wildly out of scale "
            "with everything around it.”\n\n"
            "The developer, Sunita Raghunathan, answered in an op-ed in The Buffalo "
            "News on Friday. “A city that says no to every tall building is saying no "
            "to every new neighbor,” she wrote.\n\n"
            "The planning board’s chair, Teodoro Abalos, said at Monday’s public "
            "hearing that the board would decide by April. “We read every letter. "
            "This one, too,” he said.\n\n"
            "One signer, the retired schoolteacher Marguerite Dubois-Lang, told "
            "Spectrum News that she was not against housing. “I am against a building "
            "that blocks the sun from a whole block of houses,” she said. Neighbors "
            "have already nicknamed the tower “the Toaster” for its boxy design."
        ),
        "quotes": [
            ("wildly out of scale with everything around it.", None, True, "P1"),
            (
                "A city that says no to every tall building is saying no to every new neighbor,",
                "Sunita Raghunathan",
                False,
                "P2",
            ),
            ("We read every letter. This one, too,", "Teodoro Abalos", False, None),
            (
                "I am against a building that blocks the sun from a whole block of houses,",
                "Marguerite Dubois-Lang",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sunita Raghunathan", "The Buffalo News"),
            ("P3", "Marguerite Dubois-Lang", "Spectrum News"),
        ],
        "people": ["Sunita Raghunathan", "Teodoro Abalos", "Marguerite Dubois-Lang"],
    },
    {
        "name": "facebook-live-snowstorm-mayor-office-reply",
        "text": (
            "Mayor Kazimierz Wróblewski went live on Facebook on Sunday night as a "
            "second storm buried the city under 20 inches of snow. “Stay home. If you "
            "do not have to drive, do not drive,” he said on the stream, which was "
            "watched by 45,000 people.\n\n"
            "Under the video, a resident named Fatoumata Diallo asked why her street "
            "in the Riverside neighborhood had not been plowed since Friday. The "
            "mayor’s office replied in the comments that crews would reach Riverside "
            "“before the morning commute.”\n\n"
            "Streets commissioner Harold Ng said at a briefing on Monday that 60 of "
            "the city’s 210 plows were out of service. “We are running the fleet we "
            "have, not the fleet we need,” Ng said.\n\n"
            "Diallo told the Milwaukee Journal Sentinel on Tuesday that her street "
            "was still white. “Before the morning commute, they said. Which morning?” "
            "she asked."
        ),
        "quotes": [
            (
                "Stay home. If you do not have to drive, do not drive,",
                "Kazimierz Wróblewski",
                False,
                "P1",
            ),
            ("before the morning commute.", None, True, "P1"),
            ("We are running the fleet we have, not the fleet we need,", "Harold Ng", False, None),
            (
                "Before the morning commute, they said. Which morning?",
                "Fatoumata Diallo",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Kazimierz Wróblewski", "Facebook"),
            ("P2", "Fatoumata Diallo", "Milwaukee Journal Sentinel"),
        ],
        "people": ["Kazimierz Wróblewski", "Fatoumata Diallo", "Harold Ng"],
    },
    {
        "name": "third-runway-release-linkedin-hearing-statement",
        "text": (
            "The Port of Seaview unveiled plans on Tuesday for a third runway at "
            "Seaview International Airport, saying in a press release that the $4 "
            "billion project would create “up to 12,000 construction jobs.”\n\n"
            "The port’s aviation director, Rashida Kamara-Lindgren, promoted the plan "
            "on LinkedIn. “Growth is coming either way. The question is whether we "
            "plan for it,” she wrote. Under her post, an airline executive, Björn "
            "Ekwall, commented: “Long overdue.”\n\n"
            "Residents under the flight path were less enthusiastic. At a packed port "
            "commission hearing on Wednesday, Councilmember Esperanza Quiroga-Tate "
            "held up a decibel meter. “This is what my constituents hear every 90 "
            "seconds,” she said.\n\n"
            "Kamara-Lindgren told KUOW’s Soundside later that day that the port would "
            "pay to insulate about 3,000 homes. The residents’ group Quiet Skies "
            "Coalition said in a statement that insulation was “a bandage, not a "
            "solution.”"
        ),
        "quotes": [
            ("up to 12,000 construction jobs.", None, True, "P1"),
            (
                "Growth is coming either way. The question is whether we plan for it,",
                "Rashida Kamara-Lindgren",
                False,
                "P2",
            ),
            ("Long overdue.", "Björn Ekwall", False, "P2"),
            (
                "This is what my constituents hear every 90 seconds,",
                "Esperanza Quiroga-Tate",
                False,
                None,
            ),
            ("a bandage, not a solution.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rashida Kamara-Lindgren", "LinkedIn"),
            ("P3", "Rashida Kamara-Lindgren", "Soundside"),
            ("P4", None, None),
        ],
        "people": ["Rashida Kamara-Lindgren", "Björn Ekwall", "Esperanza Quiroga-Tate"],
    },
    {
        "name": "fare-free-pilot-ends-x-rally-sunday-show",
        "text": (
            "The city of Larkspur will end its fare-free bus pilot in July, Mayor "
            "Dmitri Halvorsen-Okoye announced on X on Friday. “Free fares worked. "
            "Paying for them did not,” the mayor wrote, pointing to a $6 million hole "
            "in next year’s budget.\n\n"
            "The decision angered the Larkspur Riders Union, whose co-chair, Nkechi "
            "Obi, said at a rally outside City Hall on Saturday that riders had been "
            "“used as a pilot and then dropped.” “We were told to build our lives "
            "around this bus,” Obi said. “We did.”\n\n"
            "Halvorsen-Okoye defended the decision on the Sunday program Larkspur "
            "This Week. “I would love to keep it free. I would not love to cut routes "
            "to do it,” he said.\n\n"
            "The pilot, which the city marketed as “Ride Free LKS,” carried 8.1 "
            "million trips in its two years, and ridership on the busiest routes rose "
            "by almost a third."
        ),
        "quotes": [
            ("Free fares worked. Paying for them did not,", "Dmitri Halvorsen-Okoye", False, "P1"),
            ("used as a pilot and then dropped.", "Nkechi Obi", True, None),
            ("We were told to build our lives around this bus,", "Nkechi Obi", False, None),
            ("We did.", "Nkechi Obi", False, None),
            (
                "I would love to keep it free. I would not love to cut routes to do it,",
                "Dmitri Halvorsen-Okoye",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Dmitri Halvorsen-Okoye", "X"),
            ("P2", "Dmitri Halvorsen-Okoye", "Larkspur This Week"),
        ],
        "people": ["Dmitri Halvorsen-Okoye", "Nkechi Obi"],
    },
    {
        "name": "station-housing-threads-reply-abc-radio-instagram",
        "text": (
            "The state’s housing minister, Cassandra Oyelowo-Frith, promised on "
            "Threads on Monday to fast-track approvals for 12,000 homes near train "
            "stations. “If you live within 800 metres of a station, expect more "
            "neighbours,” she wrote, “and better ones than a car park.”\n\n"
            "The shadow minister, Lachie Henderson, mocked the plan in a reply. "
            "“Twelve thousand homes, zero new trains,” he wrote under her post.\n\n"
            "Oyelowo-Frith told ABC Radio Sydney on Tuesday that trains already ran "
            "half empty outside peak hours. “The capacity is there. The homes are "
            "not,” she said.\n\n"
            "At a community meeting in Epping that night, the local mayor, Tran Van "
            "Duc, said residents feared losing “streets that have stood for a "
            "century.” The minister, he added, had promised in writing to protect "
            "heritage areas.\n\n"
            "Henderson later posted a clip from the meeting on Instagram with the "
            "words “Listen to Epping.”"
        ),
        "quotes": [
            (
                "If you live within 800 metres of a station, expect more neighbours,",
                "Cassandra Oyelowo-Frith",
                False,
                "P1",
            ),
            ("and better ones than a car park.", "Cassandra Oyelowo-Frith", False, "P1"),
            ("Twelve thousand homes, zero new trains,", "Lachie Henderson", False, "P1"),
            ("The capacity is there. The homes are not,", "Cassandra Oyelowo-Frith", False, "P2"),
            ("streets that have stood for a century.", "Tran Van Duc", True, None),
            ("Listen to Epping.", "Lachie Henderson", False, "P3"),
        ],
        "posts": [
            ("P1", "Cassandra Oyelowo-Frith", "Threads"),
            ("P2", "Cassandra Oyelowo-Frith", "ABC Radio Sydney"),
            ("P3", "Lachie Henderson", "Instagram"),
        ],
        "people": ["Cassandra Oyelowo-Frith", "Lachie Henderson", "Tran Van Duc"],
    },
    {
        "name": "tiktok-micro-apartment-release-new-york-post",
        "text": (
            "A TikTok video of a 140-square-foot apartment renting for $2,100 a month "
            "has reignited a fight over New York’s so-called “micro-units.” The "
            "tenant, a 24-year-old graphic designer named Keanu Palakiko, filmed "
            "himself touching both walls at once. “This is the whole kitchen, and "
            "also the whole bedroom,” he says in the video.\n\n"
            "The city’s housing department said in a news release on Wednesday that "
            "inspectors had found the unit “in violation of minimum room-size rules” "
            "and ordered the landlord to stop renting it.\n\n"
            "The landlord, Feliks Zawadzki, told the New York Post that he had been "
            "given the wrong plans by the previous owner. “I bought it like this. I "
            "did not build it,” he said.\n\n"
            "Council Member Chiara Benedetti-Osei said at a hearing on Thursday that "
            "the city needed more small homes, not fewer. “Tiny is fine. Illegal is "
            "not,” she said. Palakiko has since posted a second TikTok showing his "
            "packed moving boxes."
        ),
        "quotes": [
            (
                "This is the whole kitchen, and also the whole bedroom,",
                "Keanu Palakiko",
                False,
                "P1",
            ),
            ("in violation of minimum room-size rules", None, True, "P2"),
            ("I bought it like this. I did not build it,", "Feliks Zawadzki", False, "P3"),
            ("Tiny is fine. Illegal is not,", "Chiara Benedetti-Osei", False, None),
        ],
        "posts": [
            ("P1", "Keanu Palakiko", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Feliks Zawadzki", "New York Post"),
            ("P4", "Keanu Palakiko", "TikTok"),
        ],
        "people": ["Keanu Palakiko", "Feliks Zawadzki", "Chiara Benedetti-Osei"],
    },
]
