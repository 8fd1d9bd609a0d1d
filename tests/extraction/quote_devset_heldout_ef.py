"""The one-hundred-and-thirtieth self-made dev set, held out (EF): its first run is an unseen estimate.

Written with set EG, without reading the extraction rules, and committed before
any rule was run on it. Topic: local news (city councils, housing, transport,
neighbourhoods and community groups). Same format and conventions as the
earlier self-made sets (not a public corpus): an interview with a named outlet
or show is a post (platform: the outlet or show as written, without quotation
marks), and "told" a named newspaper is such an interview; a statement, memo,
letter, email, court filing, lawsuit, judge's opinion or essay with no named
outlet is a post with no platform, and an essay or op-ed on a named platform or
in a named newspaper has that platform; a press release or news/earnings
release is a post with platform "press release"; a news conference, briefing,
earnings call, rally, speech, hearing, court hearing, town hall or "told
reporters" is not a post; a comment under a post belongs to it, a post "of his
own" is a new one; a later fragment or quote is linked to a post only when the
text ties it to that post; organisations and unnamed people speak as None, and
a company's release, statement or lawsuit has author None even when it quotes a
named executive; titles, nicknames and scare quotes in marks are not quotes;
speakers are the fullest form of the name used in the text; partial marks a
fragment quoted inside narration. Each quote row is (text, speaker, partial,
post id or None); quote text is the words inside the marks, with the
punctuation inside the marks, and a quote over two paragraphs is one row per
paragraph.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  only described, with no quoted words (a library board's press release, a
  developer's statement, a campaign group's Instagram post), is still listed.
- people lists every named person in the text, also those who never speak or
  post (Beatrice Kowalczyk, Abdirahman Yusuf); organisations, supporters' clubs
  and a trust named after a family (the Marlow Family Trust) are not people.
- A letter "from" a neighbourhood association, even one signed by its named
  president, is the association's post: author None, platform None, and its
  words speak as None. A tenants union's open letter likewise.
- An association's or an alliance's email to its members is a post with author
  None and no platform; a council president who "said in an email" has written
  a post of her own with no platform.
- Words a person speaks at a council meeting, a town hall, a community meeting
  or a public meeting, "told the council", "said by phone", "said after the
  meeting" and the story's own "said in an interview" are not posts.
- A local radio station named by its call sign (CKFL) is the platform for an
  interview on it, even when the words are said "on the station's breakfast
  programme"; BBC Radio Saltmarsh is the platform as written.
- A podcast host speaking on his own podcast's episode is a post by the host
  with the podcast's name as platform (Next Stop Brightwater).
- A TikTok clip posted "with the caption ..." has the caption as a whole quote
  (not partial); a comment under the video belongs to that post.
- Words a person says in a YouTube or Facebook video they posted ("she said in
  the video", "he shouted in it") belong to that video post and are not partial.
- A petition started on Change.org is its starter's post with platform
  Change.org; "she wrote in it" ties the quote to it.
- A parish newsletter, a personal blog and a campaign website with no name are
  posts with no platform.
- A sign in a shop window whose words are given whole after "that read:" is a
  quote of the shop owner, not partial, and not a post.
- A named person quoting someone else in her own words ("He said yes," she
  said) is the speaker of that quote.
- An unnamed Reddit user's post has author None and its words speak as None;
  a named official's reply under it belongs to it.
- Resharing someone's Instagram story with new words "on its own Instagram
  story" is a new Instagram post by the resharer (an association: author None).
- A reply in a WhatsApp group to a member's message belongs to that message's
  post (platform WhatsApp).
- Two people sharing a surname (Ines and Paulo Carvalho) where the bare surname
  comes after both are named: the pronoun that follows ("she asked") decides,
  so the bare "Carvalho" is Ines Carvalho.
- A quote split by its attribution ("..., " X said, "...") is two rows with the
  same speaker; neither row is partial.
- A mayor's memo to the council "obtained by" a newspaper is the mayor's post
  with no platform (the newspaper did not publish it as an interview).
- An unnamed company spokesperson who "said" words, with no statement or post
  named, speaks as None with no post; the city attorney's office likewise.
- A named lawsuit leader's "statement of his own" is his post with no platform,
  distinct from the group's lawsuit (author None).
- Service and campaign names in marks (the Route 14 "Owl" service, "Books Not
  Buckets", the "missing middle" plan) and scare quotes ("junk fees") are not
  quotes; a nickname in marks ("the Corner Lady") is not a quote or an alias
  that speaks.
- Titles such as Councilmember, Councilwoman, Mayor, Police Chief, the Rev. and
  Dr. are not part of a canonical name; hyphenated surnames are.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EF: list[dict] = [
    {
        "name": "facebook-rent-freeze-tenant-comment-housing-statement",
        "text": (
            "The Harlow Bay City Council voted 6-3 on Tuesday night to freeze rents in the "
            "city’s 2,400 public housing units for two years, a measure championed by "
            "Councilmember Adaeze Okonkwo-Reyes. The freeze takes effect on March 1.\n\n"
            "“Nobody in this city should have to choose between rent and groceries,” "
            "Okonkwo-Reyes wrote on Facebook after the vote. Under her post, the tenant "
            "organiser Julian Marchetti added: “Two years is a start. We will be back for "
            "five.”\n\n"
            "Mayor Peter Vandersloot, who opposed the freeze, told reporters at City Hall on "
            "Wednesday that the housing authority would lose about $3 million a year. "
            "“Somebody has to pay for the boilers,” he said.\n\n"
            "The Harlow Bay Housing Authority said in a statement that it would “comply "
            "fully” with the vote but warned of “difficult choices” on repairs to older "
            "buildings."
        ),
        "quotes": [
            (
                "Nobody in this city should have to choose between rent and groceries,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("Two years is a start. We will be back for five.", "Julian Marchetti", False, "P1"),
            ("Somebody has to pay for the boilers,", "Peter Vandersloot", False, None),
            ("comply fully", None, True, "P2"),
            ("difficult choices", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Adaeze Okonkwo-Reyes", "Julian Marchetti", "Peter Vandersloot"],
    },
    {
        "name": "bus-route-cuts-release-nextdoor-reply-ledger",
        "text": (
            "The Millbrook Regional Transit Authority will eliminate three late-night bus "
            "routes in June, the agency announced in a press release on Thursday, citing a "
            "shortage of drivers.\n\n"
            "“We cannot run buses we do not have people to drive,” the release quoted the "
            "authority’s general manager, Sunita Raghavan, as saying.\n\n"
            "Riders in the Eastgate neighbourhood, which loses the Route 14 “Owl” service, "
            "were quick to object. Corinne Abiola, a night-shift nurse, wrote on Nextdoor "
            "that the cut would leave her “stranded at 2 a.m. with a 40-minute walk home.” "
            "Her post drew more than 300 replies, including one from a neighbour, Darnell "
            "Fitch: “Same here. I clean offices downtown until 1.”\n\n"
            "Raghavan, 52, defended the decision in an interview with the Millbrook Ledger. "
            "“I would rather run fewer routes reliably than every route badly,” she said. She "
            "added that the authority was hiring and would restore service once it had enough "
            "drivers."
        ),
        "quotes": [
            ("We cannot run buses we do not have people to drive,", "Sunita Raghavan", False, "P1"),
            ("stranded at 2 a.m. with a 40-minute walk home.", "Corinne Abiola", True, "P2"),
            ("Same here. I clean offices downtown until 1.", "Darnell Fitch", False, "P2"),
            (
                "I would rather run fewer routes reliably than every route badly,",
                "Sunita Raghavan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Corinne Abiola", "Nextdoor"),
            ("P3", "Sunita Raghavan", "Millbrook Ledger"),
        ],
        "people": ["Sunita Raghavan", "Corinne Abiola", "Darnell Fitch"],
    },
    {
        "name": "bike-lane-town-hall-op-ed-instagram-group",
        "text": (
            "A proposed protected bike lane on Calloway Avenue drew more than 200 people to a "
            "town hall in Fenwick on Monday evening.\n\n"
            "“This street has killed two people in three years,” said Yusuf Demir, whose "
            "daughter was struck by a car near the avenue’s junction with Pike Street in "
            "2022. “Paint is not protection.”\n\n"
            "Shop owners were less enthusiastic. Gloria Estabrook, who has run a hardware "
            "store on the avenue for 31 years, said losing 40 parking spaces would be “the "
            "end of small retail on this street.”\n\n"
            "The city’s transportation director, Malcolm Oyelaran, wrote in an op-ed in the "
            "Fenwick Courier on Sunday that the design had been changed to keep loading zones "
            "for deliveries. “We listened, and the plan is better for it,” he wrote.\n\n"
            "A group calling itself Save Calloway posted on Instagram that it would collect "
            "signatures for a referendum on the lane."
        ),
        "quotes": [
            ("This street has killed two people in three years,", "Yusuf Demir", False, None),
            ("Paint is not protection.", "Yusuf Demir", False, None),
            ("the end of small retail on this street.", "Gloria Estabrook", True, None),
            ("We listened, and the plan is better for it,", "Malcolm Oyelaran", False, "P1"),
        ],
        "posts": [
            ("P1", "Malcolm Oyelaran", "Fenwick Courier"),
            ("P2", None, "Instagram"),
        ],
        "people": ["Yusuf Demir", "Gloria Estabrook", "Malcolm Oyelaran"],
    },
    {
        "name": "association-letter-developer-gazette-corner-lady-nickname",
        "text": (
            "Residents of the Linden Hill neighbourhood have sent a letter to the Ashford "
            "planning board opposing a six-storey apartment building on the site of a former "
            "laundromat.\n\n"
            "“The scale is wrong for a street of two-storey houses,” said the letter from the "
            "Linden Hill Neighbourhood Association. It was signed by the association’s "
            "president, Beatrice Kowalczyk.\n\n"
            "The developer, Tenfold Homes, said in a statement that the building would "
            "include 18 affordable units. Its chief executive, Rafael Quintana-Moss, told the "
            "Ashford Gazette that the neighbourhood’s objections were “about who gets to live "
            "here, not about height.”\n\n"
            "Mary-Ellen Dobbs, 78, who has sold newspapers on the corner for four decades and "
            "is known locally as “the Corner Lady,” said she was torn. “My grandson can’t "
            "afford to live here,” she said. “But I’ll miss the sky.”"
        ),
        "quotes": [
            ("The scale is wrong for a street of two-storey houses,", None, False, "P1"),
            ("about who gets to live here, not about height.", "Rafael Quintana-Moss", True, "P3"),
            ("My grandson can’t afford to live here,", "Mary-Ellen Dobbs", False, None),
            ("But I’ll miss the sky.", "Mary-Ellen Dobbs", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Rafael Quintana-Moss", "Ashford Gazette"),
        ],
        "people": ["Beatrice Kowalczyk", "Rafael Quintana-Moss", "Mary-Ellen Dobbs"],
    },
    {
        "name": "tiktok-council-clip-caption-councilwoman-comment",
        "text": (
            "A video of a tense exchange at Thursday’s Greyport council meeting has been "
            "viewed more than a million times on TikTok.\n\n"
            "Kiara Mbeki-Lund, a 24-year-old renter, posted the clip with the caption “Eight "
            "months and still no vote.” In it, she asks Councilman Otto Brenneman why the "
            "council had delayed a vote on eviction protections for the fourth time.\n\n"
            "Brenneman, 67, said at the meeting that the ordinance needed more legal review. "
            "“I will not pass something that gets thrown out in court,” he said.\n\n"
            "In a comment under the video, Councilwoman Priya Sandoval wrote: “The legal "
            "review is done. I have read it.” The 67-year-old did not respond to a request "
            "for comment on Friday.\n\n"
            "The Greyport Landlords Alliance said in an email to its members that the "
            "ordinance was “a solution in search of a problem.”"
        ),
        "quotes": [
            ("Eight months and still no vote.", "Kiara Mbeki-Lund", False, "P1"),
            (
                "I will not pass something that gets thrown out in court,",
                "Otto Brenneman",
                False,
                None,
            ),
            ("The legal review is done. I have read it.", "Priya Sandoval", False, "P1"),
            ("a solution in search of a problem.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Kiara Mbeki-Lund", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Kiara Mbeki-Lund", "Otto Brenneman", "Priya Sandoval"],
    },
    {
        "name": "library-branch-closure-medium-essay-two-paragraphs",
        "text": (
            "The Dunmore Public Library will close its Riverside branch at the end of August, "
            "the library’s board said in a press release on Friday, because the 1962 building "
            "needs a new roof it cannot afford.\n\n"
            "Hollis Achterberg, a librarian who has worked at the branch for 19 years, wrote "
            "an essay on Medium about the decision the next day.\n\n"
            "“Riverside is not a building. It is the only place in that part of town where a "
            "kid can sit for four hours without buying anything.\n\n"
            "“When we close it, those kids will not go to the main branch. They will go "
            "nowhere,” she wrote.\n\n"
            "The board’s chair, Winston Adebayo-Hart, said in an interview that the board had "
            "looked at every option. “Nobody on this board wanted this,” he said. He pointed "
            "to a bond measure, nicknamed “Books Not Buckets” by its backers, that voters "
            "rejected in November."
        ),
        "quotes": [
            (
                (
                    "Riverside is not a building. It is the only place in that part of town "
                    "where a kid can sit for four hours without buying anything."
                ),
                "Hollis Achterberg",
                False,
                "P2",
            ),
            (
                (
                    "When we close it, those kids will not go to the main branch. They will "
                    "go nowhere,"
                ),
                "Hollis Achterberg",
                False,
                "P2",
            ),
            ("Nobody on this board wanted this,", "Winston Adebayo-Hart", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hollis Achterberg", "Medium"),
        ],
        "people": ["Hollis Achterberg", "Winston Adebayo-Hart"],
    },
    {
        "name": "snow-plough-x-post-radio-mayor-contractor-x",
        "text": (
            "After a storm dropped 40 centimetres of snow on Kestrel Falls, side streets in "
            "the Northgate and Millrace neighbourhoods went unploughed for three days. Some "
            "residents said they had not seen a plough all winter.\n\n"
            "“Day three. Still can’t get my mother to dialysis,” Tobias Wren, a Northgate "
            "resident, posted on X on Wednesday with a photo of his buried street. The post "
            "was shared thousands of times.\n\n"
            "Mayor Celeste Arundel apologised on the local radio station CKFL on Thursday "
            "morning. “We failed those streets, and I own that,” she said on the station’s "
            "breakfast programme. She blamed a contractor that had sent only half its "
            "promised trucks.\n\n"
            "The contractor, Ironline Services, wrote on X that the city had “changed the "
            "priority map the night before the storm.” Arundel, 58, told reporters later on "
            "Thursday that the claim was “simply not true.”"
        ),
        "quotes": [
            ("Day three. Still can’t get my mother to dialysis,", "Tobias Wren", False, "P1"),
            ("We failed those streets, and I own that,", "Celeste Arundel", False, "P2"),
            ("changed the priority map the night before the storm.", None, True, "P3"),
            ("simply not true.", "Celeste Arundel", True, None),
        ],
        "posts": [
            ("P1", "Tobias Wren", "X"),
            ("P2", "Celeste Arundel", "CKFL"),
            ("P3", None, "X"),
        ],
        "people": ["Tobias Wren", "Celeste Arundel"],
    },
    {
        "name": "community-garden-petition-herald-trustee-phone",
        "text": (
            "Gardeners at the Hawthorne Street Community Garden in Pellston have until June 1 "
            "to clear their plots after the lot’s owner, the Marlow Family Trust, agreed to "
            "sell it to a developer.\n\n"
            "The garden’s coordinator, Rosalind Achebe, started a petition on Change.org "
            "asking the city to buy the land. “Thirty years of compost does not show up on a "
            "balance sheet,” she wrote in it. By Sunday it had more than 6,000 signatures.\n\n"
            "Councilmember Hugo Laurentis said the city had no money set aside for land "
            "purchases this year. “I love that garden. I have eaten its tomatoes,” he told "
            "the Pellston Herald. “But love is not a line item.”\n\n"
            "A trustee, Eleanor Marlow, said by phone that the family had offered the "
            "gardeners a first chance to buy the lot in 2023. “They said no,” she said."
        ),
        "quotes": [
            (
                "Thirty years of compost does not show up on a balance sheet,",
                "Rosalind Achebe",
                False,
                "P1",
            ),
            ("I love that garden. I have eaten its tomatoes,", "Hugo Laurentis", False, "P2"),
            ("But love is not a line item.", "Hugo Laurentis", False, "P2"),
            ("They said no,", "Eleanor Marlow", False, None),
        ],
        "posts": [
            ("P1", "Rosalind Achebe", "Change.org"),
            ("P2", "Hugo Laurentis", "Pellston Herald"),
        ],
        "people": ["Rosalind Achebe", "Hugo Laurentis", "Eleanor Marlow"],
    },
    {
        "name": "duplex-zoning-lawsuit-hearing-statement-of-his-own",
        "text": (
            "A group of homeowners in the Crestwood neighbourhood of Ravensport has sued the "
            "city to block a zoning change that would allow duplexes on lots now reserved for "
            "single houses.\n\n"
            "The lawsuit, filed on Monday in Ravensport County Superior Court, says the "
            "council “ignored its own environmental review.” The homeowners are led by "
            "Franklin Osei-Bonsu, a retired engineer.\n\n"
            "Supporters call the change the “missing middle” plan. Councilwoman Deborah "
            "Fairweather, who wrote it, dismissed the suit at a hearing on Tuesday. “This is "
            "about keeping certain people out of certain streets,” she said.\n\n"
            "Osei-Bonsu rejected that in a statement of his own. “I have lived here 40 years. "
            "I welcome anyone. I do not welcome six units where one house stood,” he wrote.\n\n"
            "The city attorney’s office said it would “defend the ordinance vigorously.”"
        ),
        "quotes": [
            ("ignored its own environmental review.", None, True, "P1"),
            (
                "This is about keeping certain people out of certain streets,",
                "Deborah Fairweather",
                False,
                None,
            ),
            (
                (
                    "I have lived here 40 years. I welcome anyone. I do not welcome six "
                    "units where one house stood,"
                ),
                "Franklin Osei-Bonsu",
                False,
                "P2",
            ),
            ("defend the ordinance vigorously.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Franklin Osei-Bonsu", None),
        ],
        "people": ["Franklin Osei-Bonsu", "Deborah Fairweather"],
    },
    {
        "name": "tram-extension-youtube-minister-podcast-facebook",
        "text": (
            "Work on the long-delayed extension of the Brightwater tram line to the airport "
            "will finally begin in September, the regional government announced on Wednesday. "
            "The 9-kilometre extension will add five stops.\n\n"
            "The region’s transport minister, Anneliese Voss, made the announcement in a "
            "YouTube video filmed at the line’s current terminus. “Twelve years of promises "
            "end today,” she said in the video. “Shovels, not speeches.”\n\n"
            "Not everyone is convinced. Rashid Kassab, who hosts the local transit podcast "
            "Next Stop Brightwater, said on Thursday’s episode that the budget of 1.1 billion "
            "euros was “a number drawn on a napkin.”\n\n"
            "Voss’s predecessor, Gerhard Lindtner, posted on Facebook that he was “delighted, "
            "if a little jealous.” The opposition leader in the regional assembly, Marta "
            "Sousa-Keller, told reporters the timetable was unrealistic. “They will cut the "
            "ribbon just before the next election,” she said."
        ),
        "quotes": [
            ("Twelve years of promises end today,", "Anneliese Voss", False, "P1"),
            ("Shovels, not speeches.", "Anneliese Voss", False, "P1"),
            ("a number drawn on a napkin.", "Rashid Kassab", True, "P2"),
            ("delighted, if a little jealous.", "Gerhard Lindtner", True, "P3"),
            (
                "They will cut the ribbon just before the next election,",
                "Marta Sousa-Keller",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Anneliese Voss", "YouTube"),
            ("P2", "Rashid Kassab", "Next Stop Brightwater"),
            ("P3", "Gerhard Lindtner", "Facebook"),
        ],
        "people": ["Anneliese Voss", "Rashid Kassab", "Gerhard Lindtner", "Marta Sousa-Keller"],
    },
    {
        "name": "church-shelter-parish-newsletter-bakery-sign-times",
        "text": (
            "Plans to open a 60-bed winter shelter in the basement of St. Columba’s Church in "
            "Westmere have divided the neighbourhood.\n\n"
            "The church’s pastor, the Rev. Imogen Castellanos, wrote in the parish newsletter "
            "that the shelter was “what the Gospel asks of us, not an optional extra.” She "
            "added: “Our doors were built to open.”\n\n"
            "Down the street, Harold Pimentel, who owns a bakery, put up a sign in his window "
            "that read: “No shelter next to a school.” He told the Westmere Times that he had "
            "nothing against homeless people. “I just think there are better places,” he "
            "said.\n\n"
            "The city’s housing director, Abdirahman Yusuf, said at a community meeting on "
            "Monday that the shelter would have staff on site overnight. Castellanos, 45, "
            "said after the meeting that she had invited Pimentel for coffee. “He said yes,” "
            "she said, smiling."
        ),
        "quotes": [
            (
                "what the Gospel asks of us, not an optional extra.",
                "Imogen Castellanos",
                True,
                "P1",
            ),
            ("Our doors were built to open.", "Imogen Castellanos", False, "P1"),
            ("No shelter next to a school.", "Harold Pimentel", False, None),
            ("I just think there are better places,", "Harold Pimentel", False, "P2"),
            ("He said yes,", "Imogen Castellanos", False, None),
        ],
        "posts": [
            ("P1", "Imogen Castellanos", None),
            ("P2", "Harold Pimentel", "Westmere Times"),
        ],
        "people": ["Imogen Castellanos", "Harold Pimentel", "Abdirahman Yusuf"],
    },
    {
        "name": "parking-meters-instagram-story-association-reshare-email",
        "text": (
            "Merchants on Fulton Row in the town of Carrick Bay say new parking meters that "
            "charge until 9 p.m. are driving away evening customers.\n\n"
            "“Tuesday night: four tables. Four,” Nadia Haddad-Ross, the owner of the "
            "restaurant Olive & Ash, wrote on her Instagram story with a photo of the empty "
            "dining room. The 39-year-old’s story was reshared by the Fulton Row Merchants "
            "Association, which added on its own Instagram story: “This is every business on "
            "the street.”\n\n"
            "Carrick Bay’s public works director, Leopold Fennimore, said the meters were "
            "meant to free up spaces for shoppers. “Turnover is good for business, even when "
            "it does not feel like it,” he told the Carrick Bay Chronicle.\n\n"
            "The town council will review the hours on May 12, said its president, Josephine "
            "Adeyemi. She said in an email that she was “open to a 6 p.m. cutoff.”"
        ),
        "quotes": [
            ("Tuesday night: four tables. Four,", "Nadia Haddad-Ross", False, "P1"),
            ("This is every business on the street.", None, False, "P2"),
            (
                "Turnover is good for business, even when it does not feel like it,",
                "Leopold Fennimore",
                False,
                "P3",
            ),
            ("open to a 6 p.m. cutoff.", "Josephine Adeyemi", True, "P4"),
        ],
        "posts": [
            ("P1", "Nadia Haddad-Ross", "Instagram"),
            ("P2", None, "Instagram"),
            ("P3", "Leopold Fennimore", "Carrick Bay Chronicle"),
            ("P4", "Josephine Adeyemi", None),
        ],
        "people": ["Nadia Haddad-Ross", "Leopold Fennimore", "Josephine Adeyemi"],
    },
    {
        "name": "station-upzoning-split-quote-campaign-site-linkedin",
        "text": (
            "“If we do not build, we will keep losing teachers,” Councilmember Samuel "
            "Achterhof said on Tuesday, “and nurses, and bus drivers, to towns that did.”\n\n"
            "He spoke before the Oakridge council approved, 5-2, a plan to allow apartment "
            "buildings of up to four storeys near the town’s two rail stations. The plan also "
            "cuts parking requirements for new buildings within a ten-minute walk of either "
            "station.\n\n"
            "One of the two dissenters, Councilwoman Florence Mbatha, wrote on her campaign "
            "website that the plan had been “rushed through before the summer recess.” In a "
            "LinkedIn post, the regional homebuilders’ association called the vote “a model "
            "for the state.”\n\n"
            "Residents were split. “I have lived by the station for 30 years, and it could "
            "use some life,” said Grete Holmqvist, 71. Her neighbour, Ahmed Rahimi, "
            "disagreed: “Life, yes. Traffic, no.”"
        ),
        "quotes": [
            ("If we do not build, we will keep losing teachers,", "Samuel Achterhof", False, None),
            ("and nurses, and bus drivers, to towns that did.", "Samuel Achterhof", False, None),
            ("rushed through before the summer recess.", "Florence Mbatha", True, "P1"),
            ("a model for the state.", None, True, "P2"),
            (
                "I have lived by the station for 30 years, and it could use some life,",
                "Grete Holmqvist",
                False,
                None,
            ),
            ("Life, yes. Traffic, no.", "Ahmed Rahimi", False, None),
        ],
        "posts": [
            ("P1", "Florence Mbatha", None),
            ("P2", None, "LinkedIn"),
        ],
        "people": ["Samuel Achterhof", "Florence Mbatha", "Grete Holmqvist", "Ahmed Rahimi"],
    },
    {
        "name": "pool-reopening-reddit-director-reply-budget-statement",
        "text": (
            "The Lakeview municipal pool, closed for two summers because of a cracked basin, "
            "will reopen on July 4, the city’s parks department said on Monday. The pool, "
            "built in 1958, drew about 40,000 swimmers a summer before it closed.\n\n"
            "The news first surfaced on Reddit, where an unnamed user shared a photo of the "
            "refilled pool: “It’s full. I repeat, it’s full.” In a reply under the thread, "
            "Lakeview’s parks director, Cornelius Abara, confirmed it. “Yes, it’s real. Bring "
            "sunscreen,” he wrote.\n\n"
            "The repairs cost $2.3 million, almost double the first estimate. Councilmember "
            "Vivian Strand, who chairs the budget committee, said in a statement that the "
            "overrun was “unacceptable, even for a pool this loved.”\n\n"
            "Lifeguard Mateo Ferreira-Lind, 19, was more upbeat. “I learned to swim there,” "
            "he said in an interview. “Now I get to teach it.”"
        ),
        "quotes": [
            ("It’s full. I repeat, it’s full.", None, False, "P1"),
            ("Yes, it’s real. Bring sunscreen,", "Cornelius Abara", False, "P1"),
            ("unacceptable, even for a pool this loved.", "Vivian Strand", True, "P2"),
            ("I learned to swim there,", "Mateo Ferreira-Lind", False, None),
            ("Now I get to teach it.", "Mateo Ferreira-Lind", False, None),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Vivian Strand", None),
        ],
        "people": ["Cornelius Abara", "Vivian Strand", "Mateo Ferreira-Lind"],
    },
    {
        "name": "rent-strike-union-open-letter-release-welm-news",
        "text": (
            "Tenants in three buildings owned by Carver Street Properties in the Southbank "
            "neighbourhood of Elmsford began a rent strike on Monday, withholding about "
            "$180,000 in combined monthly rent.\n\n"
            "The Southbank Tenants Union, which organised the strike, listed its demands in "
            "an open letter: working heat, an end to “junk fees” and a meeting with the "
            "owner. “We have asked politely for two winters,” the letter said.\n\n"
            "Lucinda Ferreira, 33, a home health aide who lives on the fourth floor of one "
            "building, said her radiator had not worked since October. “My son does his "
            "homework in a coat,” she said.\n\n"
            "Carver Street Properties said in a press release that most repairs were “already "
            "scheduled.” Its managing partner, Bernard Ashworth-Kemp, told WELM News that the "
            "strike was illegal. “Rent is not optional,” he said. “We will go to housing "
            "court.”"
        ),
        "quotes": [
            ("We have asked politely for two winters,", None, False, "P1"),
            ("My son does his homework in a coat,", "Lucinda Ferreira", False, None),
            ("already scheduled.", None, True, "P2"),
            ("Rent is not optional,", "Bernard Ashworth-Kemp", False, "P3"),
            ("We will go to housing court.", "Bernard Ashworth-Kemp", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Bernard Ashworth-Kemp", "WELM News"),
        ],
        "people": ["Lucinda Ferreira", "Bernard Ashworth-Kemp"],
    },
    {
        "name": "school-speed-cameras-principal-letter-parent-x-chief",
        "text": (
            "Speed cameras will be switched on outside eight schools in Hollisford next "
            "month, after the city council approved the programme on Thursday by a vote of "
            "7-0, with one abstention.\n\n"
            "The push began with a letter to parents from Agnes Oduya-Brandt, the principal "
            "of Marsh Lane Elementary, after a pupil was clipped by a car in February. "
            "“Drivers treat Marsh Lane like a highway,” she wrote. “Our children are not "
            "traffic cones.”\n\n"
            "Kwame Boateng, whose seven-year-old son was the pupil struck, wrote on X the "
            "same week that he had “stopped counting the near misses.”\n\n"
            "Not everyone is pleased. Councilman Bertrand Okafor-Hill, who abstained, said at "
            "the meeting that the cameras were “a tax dressed up as safety.” Police Chief "
            "Ruth Jablonski said her officers had recorded 1,100 speeding violations near "
            "schools last year. “Those are just the ones we saw,” the chief said."
        ),
        "quotes": [
            ("Drivers treat Marsh Lane like a highway,", "Agnes Oduya-Brandt", False, "P1"),
            ("Our children are not traffic cones.", "Agnes Oduya-Brandt", False, "P1"),
            ("stopped counting the near misses.", "Kwame Boateng", True, "P2"),
            ("a tax dressed up as safety.", "Bertrand Okafor-Hill", True, None),
            ("Those are just the ones we saw,", "Ruth Jablonski", False, None),
        ],
        "posts": [
            ("P1", "Agnes Oduya-Brandt", None),
            ("P2", "Kwame Boateng", "X"),
        ],
        "people": ["Agnes Oduya-Brandt", "Kwame Boateng", "Bertrand Okafor-Hill", "Ruth Jablonski"],
    },
    {
        "name": "market-hall-release-leader-trader-video-observer-radio",
        "text": (
            "The town of Saltmarsh will spend 14 million pounds restoring its Victorian "
            "market hall, the council said in a press release on Tuesday, ending a decade of "
            "debate over whether to sell the building.\n\n"
            "“The market hall is the heart of this town, and hearts are not for sale,” the "
            "council leader, Fiona MacAllister, said in the release.\n\n"
            "Traders, who moved to a temporary site in a car park in 2021, welcomed the "
            "decision. Dev Chaudhary, who sells spices, posted a video on Facebook of himself "
            "dancing between his stalls. “Coming home!” he shouted in it.\n\n"
            "The opposition group leader, Roger Trelawney, wrote in the Saltmarsh Observer "
            "that the cost would “double before the first stall opens.” He repeated the "
            "warning on BBC Radio Saltmarsh on Wednesday. “I have seen this film before,” "
            "Trelawney said, “and it ends with a tax rise.”"
        ),
        "quotes": [
            (
                ("The market hall is the heart of this town, and hearts are not for sale,"),
                "Fiona MacAllister",
                False,
                "P1",
            ),
            ("Coming home!", "Dev Chaudhary", False, "P2"),
            ("double before the first stall opens.", "Roger Trelawney", True, "P3"),
            ("I have seen this film before,", "Roger Trelawney", False, "P4"),
            ("and it ends with a tax rise.", "Roger Trelawney", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Dev Chaudhary", "Facebook"),
            ("P3", "Roger Trelawney", "Saltmarsh Observer"),
            ("P4", "Roger Trelawney", "BBC Radio Saltmarsh"),
        ],
        "people": ["Fiona MacAllister", "Dev Chaudhary", "Roger Trelawney"],
    },
    {
        "name": "short-term-rental-ban-blog-widow-council-linkedin",
        "text": (
            "Vacation rentals will be banned on most residential streets of Port Ellery from "
            "January under a rule the city council passed on Wednesday night.\n\n"
            "The rule was the idea of Councilmember Theo Nakashima-Burke, who has argued for "
            "two years that short-term rentals push up rents. On his blog, he wrote after the "
            "vote: “This is the day we put neighbours before investors.”\n\n"
            "Hosts packed the chamber. One of them, Valentina Okoro, 61, said she rents out a "
            "room to pay her property tax. “I am not an investor,” she told the council. “I "
            "am a widow with a spare bedroom.”\n\n"
            "A spokesperson for the booking platform StayLocal said the company was "
            "“reviewing its options.” In a post on LinkedIn, the chair of the city’s tourism "
            "board, Simon Delacroix-Webb, warned of “empty guest rooms in a city with too few "
            "hotels.”"
        ),
        "quotes": [
            (
                "This is the day we put neighbours before investors.",
                "Theo Nakashima-Burke",
                False,
                "P1",
            ),
            ("I am not an investor,", "Valentina Okoro", False, None),
            ("I am a widow with a spare bedroom.", "Valentina Okoro", False, None),
            ("reviewing its options.", None, True, None),
            (
                "empty guest rooms in a city with too few hotels.",
                "Simon Delacroix-Webb",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Theo Nakashima-Burke", None),
            ("P2", "Simon Delacroix-Webb", "LinkedIn"),
        ],
        "people": ["Theo Nakashima-Burke", "Valentina Okoro", "Simon Delacroix-Webb"],
    },
    {
        "name": "flood-whatsapp-group-couple-engineer-mercury-meeting",
        "text": (
            "Residents of the low-lying Brookmere district of Tilbury Cross say the city "
            "ignored warnings before Saturday’s flood, which damaged about 140 homes.\n\n"
            "Ines Carvalho, who runs the Brookmere residents’ WhatsApp group, posted a "
            "message to it in April warning that the storm drains on Alder Road were blocked. "
            "“Someone please call the council before the autumn rains,” she wrote. Her "
            "husband, Paulo Carvalho, replied in the group: “Called them twice. Nothing.”\n\n"
            "The city’s chief engineer, Dr. Oluwaseun Hargreaves, said in an interview with "
            "the Tilbury Cross Mercury that the drains had been cleared in June. “The rain "
            "simply exceeded what any drain can take,” she said.\n\n"
            "Carvalho was unconvinced. “Then why did it flood on our street and not the next "
            "one?” she asked at a public meeting on Monday. The council has promised an "
            "independent review of the drains."
        ),
        "quotes": [
            (
                "Someone please call the council before the autumn rains,",
                "Ines Carvalho",
                False,
                "P1",
            ),
            ("Called them twice. Nothing.", "Paulo Carvalho", False, "P1"),
            (
                "The rain simply exceeded what any drain can take,",
                "Oluwaseun Hargreaves",
                False,
                "P2",
            ),
            (
                "Then why did it flood on our street and not the next one?",
                "Ines Carvalho",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ines Carvalho", "WhatsApp"),
            ("P2", "Oluwaseun Hargreaves", "Tilbury Cross Mercury"),
        ],
        "people": ["Ines Carvalho", "Paulo Carvalho", "Oluwaseun Hargreaves"],
    },
    {
        "name": "stadium-transit-mayor-memo-owner-news-conference-fans",
        "text": (
            "A memo from Mayor Lorenzo Abernathy-Cole to the Granite City council, obtained "
            "by the Granite City Post, shows the city expects to spend $46 million on new bus "
            "lanes and a rail stop for the planned stadium in the Riverbend district.\n\n"
            "“Without transit, this stadium is a parking lot with a scoreboard,” the mayor "
            "wrote in the memo, dated March 3.\n\n"
            "The team’s owner, Cassandra Liu-Petersen, has promised that no public money will "
            "go into the stadium itself. Asked about the memo at a news conference on Friday, "
            "she said the transit money was “the city’s business, not ours.”\n\n"
            "Fans are mostly thrilled. The supporters’ club known as the Granite Howlers "
            "wrote on Instagram: “Riverbend, here we come.” But residents, led by the "
            "Riverbend Civic League, plan a protest march on Saturday. “Nobody asked us,” "
            "said the league’s secretary, Oskar Nyberg, 41. The 41-year-old added that rents "
            "had already risen."
        ),
        "quotes": [
            (
                "Without transit, this stadium is a parking lot with a scoreboard,",
                "Lorenzo Abernathy-Cole",
                False,
                "P1",
            ),
            ("the city’s business, not ours.", "Cassandra Liu-Petersen", True, None),
            ("Riverbend, here we come.", None, False, "P2"),
            ("Nobody asked us,", "Oskar Nyberg", False, None),
        ],
        "posts": [
            ("P1", "Lorenzo Abernathy-Cole", None),
            ("P2", None, "Instagram"),
        ],
        "people": ["Lorenzo Abernathy-Cole", "Cassandra Liu-Petersen", "Oskar Nyberg"],
    },
]
