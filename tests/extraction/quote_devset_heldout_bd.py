"""The fiftieth self-made dev set, held out (BD): its first run is an unseen estimate.

Written with set BE, without reading the extraction rules, and committed before
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
- Posts are numbered in the order they are first mentioned in the text, even
  when a post is only referred to ("who first flagged the resemblance in an
  Instagram post") and quoted later, and a post that is described but never
  quoted (an airline's statement, a label's farewell video, "told The
  Guardian" in indirect speech) is still listed.
- A reply on X to a post is a comment under it: it belongs to that post, with
  the replier as speaker (None for an unnamed fan). "A second post" or "a
  follow-up" by the same person is a new post, also when it is on another
  platform.
- A campaign's statement ("Whitcombe's campaign issued a statement", "the
  Afolabi campaign said in a statement") is the organisation's: author None and
  speaker None, even though the campaign carries a person's name.
- A police department's Facebook post has author None and platform Facebook;
  "the post said" and "the post added" tie the department's words to it.
- A named executive quoted in a press release or in a company statement is the
  quote's speaker, while the post's author stays None.
- A letter to shareholders and a resignation letter signed by a named person
  are that person's posts (platform None), and what "the letter" says or
  promises is attributed to that person. A letter signed by a group of
  residents has author None.
- An email from an unnamed representative, a memo by an unnamed analyst and a
  court filing by prosecutors are posts with author None and speaker None.
- A suit filed by a named group has author None; a complaint filed by a named
  individual is hers, and what it says is attributed to her.
- "told The Associated Press", "in an interview with Reuters" and "told Agence
  France-Presse" are wire-service interviews: posts with the agency as written
  as platform; "told Vogue in a cover story" is an interview with Vogue. A
  fragment in indirect speech after "told <outlet> that" belongs to that
  interview (The Associated Press, The Brookfield Courier, The Sacramento Bee,
  Agence France-Presse).
- A memo "obtained by" a named newspaper keeps platform None, and a report
  commissioned by a city is a post with author None.
- A lowercase article before an outlet's name is not part of the platform ("the
  Halvorsen Daily Record" -> "Halvorsen Daily Record"); a show named with its
  station or network (WKRL's "City Desk" radio program, NBC's "Today") has the
  show as platform.
- "she said on the network" after "told CNN" and "he said on the episode" after
  a named podcast tie the quote to that interview.
- The words spoken in a YouTube or TikTok video ("says in the video", "says in
  the clip") are a post by the person filming or presenting it; a commenter
  who "identified herself as" a named person speaks as that person, an
  unnamed commenter as None.
- The title of a Reddit thread in marks, and the single marks nested inside
  it, are a title, not quotes. The thread's author is the person later
  identified as having started it, and an update she posts in her own thread
  belongs to the thread, not to a new post.
- A comment "under Kamau-Otieno's Instagram post" belongs to that Instagram
  post even when her later Threads post is quoted in between.
- A brand's own account posting on Instagram is a post with author None.
- A photo caption ("the caption read") and a few words left as a comment ("the
  words ...") are given whole: not partial. Words "left" by someone right after
  a comment under a post are a comment under the same post.
- A quote shouted by an unnamed person at a public meeting, a quote given to
  "reporters at the scene" and testimony before a legislative committee have
  post None; a quote that runs on into the next paragraph without a closing
  mark is one quote per paragraph with the same speaker and post.
- A fragment after "asked anyone who saw" is the official's words, partial,
  with post None when the official spoke to reporters.
- People include everyone named as a person, also those who never speak (a
  show's co-host, a podcast host, a late father, a suspect in a case), without
  honorifics or titles (State Sen., Lt. Gov., Rep., Fire Marshal, U.S.
  Magistrate Judge).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BD: list[dict] = [
    {
        "name": "primary-challenge-x-reply-campaign-statement",
        "text": (
            "State Sen. Marisol Ortega-Reyes announced on X on Tuesday that she would challenge "
            "Gov. Daniel Whitcombe in next year’s Democratic primary. “Our state deserves a "
            "governor who shows up,” she wrote.\n\n"
            "Within an hour, Whitcombe’s campaign issued a statement calling the announcement "
            "“a vanity project” and saying the governor “remains focused on delivering for "
            "working families.”\n\n"
            "Former Lt. Gov. Harold Banerjee replied to Ortega-Reyes’s post: “Count me in. "
            "Let’s go win this thing.”\n\n"
            "At a news conference in Fresno later that day, Ortega-Reyes brushed off the "
            "criticism. “If fighting for lower rents is vanity, then I’m guilty,” the "
            "47-year-old said. She told The Sacramento Bee on Wednesday that she expected to "
            "raise “north of $10 million” by the end of the year."
        ),
        "quotes": [
            ("Our state deserves a governor who shows up,", "Marisol Ortega-Reyes", False, "P1"),
            ("a vanity project", None, True, "P2"),
            ("remains focused on delivering for working families.", None, True, "P2"),
            ("Count me in. Let’s go win this thing.", "Harold Banerjee", False, "P1"),
            (
                "If fighting for lower rents is vanity, then I’m guilty,",
                "Marisol Ortega-Reyes",
                False,
                None,
            ),
            ("north of $10 million", "Marisol Ortega-Reyes", True, "P3"),
        ],
        "posts": [
            ("P1", "Marisol Ortega-Reyes", "X"),
            ("P2", None, None),
            ("P3", "Marisol Ortega-Reyes", "The Sacramento Bee"),
        ],
        "people": ["Marisol Ortega-Reyes", "Daniel Whitcombe", "Harold Banerjee"],
    },
    {
        "name": "police-facebook-post-resident-comment-chief",
        "text": (
            "The Millbrook Police Department said in a Facebook post on Sunday that two "
            "teenagers had been arrested in connection with a string of car break-ins on the "
            "city’s east side. “We want to thank the residents who shared doorbell footage with "
            "our detectives,” the post said.\n\n"
            "The post added that the investigation was “ongoing and very active” and asked "
            "anyone with information to call the department’s tip line.\n\n"
            "Dozens of residents commented under the post. “About time. My truck was hit twice "
            "in March,” wrote Dale Kowalczyk.\n\n"
            "Police Chief Renata Albright told reporters on Monday that the two suspects, ages "
            "15 and 17, had been released to their parents. “These are kids, and we’re going to "
            "treat them like kids,” Albright said."
        ),
        "quotes": [
            (
                "We want to thank the residents who shared doorbell footage with our detectives,",
                None,
                False,
                "P1",
            ),
            ("ongoing and very active", None, True, "P1"),
            ("About time. My truck was hit twice in March,", "Dale Kowalczyk", False, "P1"),
            (
                "These are kids, and we’re going to treat them like kids,",
                "Renata Albright",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Dale Kowalczyk", "Renata Albright"],
    },
    {
        "name": "rezoning-newspaper-interview-residents-letter-town-hall",
        "text": (
            "A plan to allow four-story apartment buildings along Halstead Avenue cleared the "
            "Brookfield planning commission on Wednesday, despite objections from neighbors who "
            "packed a town hall last week.\n\n"
            "Commission chair Anjali Deshmukh told The Brookfield Courier that the city "
            "“cannot keep saying no to every new home.” “We have a waiting list of 3,000 "
            "families for affordable units,” she said in the interview.\n\n"
            "A report commissioned by the city found that the corridor could absorb about 1,200 "
            "new units without “significant strain on existing infrastructure.” A letter to the "
            "commission signed by more than 200 residents called the plan “a wall of stucco "
            "where our backyards used to be.”\n\n"
            "At the town hall, retired teacher Walter Huang said the buildings would cast "
            "shadows over the neighborhood’s community garden. “You are trading sunlight for "
            "square footage,” he told commissioners."
        ),
        "quotes": [
            ("cannot keep saying no to every new home.", "Anjali Deshmukh", True, "P1"),
            (
                "We have a waiting list of 3,000 families for affordable units,",
                "Anjali Deshmukh",
                False,
                "P1",
            ),
            ("significant strain on existing infrastructure.", None, True, "P2"),
            ("a wall of stucco where our backyards used to be.", None, True, "P3"),
            ("You are trading sunlight for square footage,", "Walter Huang", False, None),
        ],
        "posts": [
            ("P1", "Anjali Deshmukh", "The Brookfield Courier"),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Anjali Deshmukh", "Walter Huang"],
    },
    {
        "name": "dairy-farmer-substack-reuters-coop-release",
        "text": (
            "Wisconsin dairy farmer Greta Lindqvist-Moore, whose Substack newsletter on farm "
            "finances has more than 40,000 subscribers, wrote on Friday that she would sell half "
            "of her herd before winter.\n\n"
            "“I have run the numbers every way I know how,” Lindqvist-Moore wrote in the post. "
            "“Milk at these prices does not pay for the feed.”\n\n"
            "In an interview with Reuters, the 52-year-old said many of her neighbors faced the "
            "same choice. “Nobody wants to be the first to say it out loud,” she said.\n\n"
            "The National Dairy Cooperative said in a news release on Thursday that it expected "
            "milk prices to recover by spring. Its chief economist, Tobias Wren, said in the "
            "release that the downturn was “a temporary correction, not a collapse.”"
        ),
        "quotes": [
            ("I have run the numbers every way I know how,", "Greta Lindqvist-Moore", False, "P1"),
            (
                "Milk at these prices does not pay for the feed.",
                "Greta Lindqvist-Moore",
                False,
                "P1",
            ),
            (
                "Nobody wants to be the first to say it out loud,",
                "Greta Lindqvist-Moore",
                False,
                "P2",
            ),
            ("a temporary correction, not a collapse.", "Tobias Wren", True, "P3"),
        ],
        "posts": [
            ("P1", "Greta Lindqvist-Moore", "Substack"),
            ("P2", "Greta Lindqvist-Moore", "Reuters"),
            ("P3", None, "press release"),
        ],
        "people": ["Greta Lindqvist-Moore", "Tobias Wren"],
    },
    {
        "name": "go-around-youtube-breakdown-comments",
        "text": (
            "A retired airline captain’s YouTube video breaking down Saturday’s aborted landing "
            "at Denver International Airport has been viewed more than 2 million times. The "
            "original clip was posted on Instagram by passenger Mateus Ferreira, who wrote: "
            "“Heart is still pounding.”\n\n"
            "“What you are seeing here is a crew doing exactly what they were trained to do,” "
            "Raymond Okafor says in the video, pausing the footage as the jet climbs away from "
            "the runway. “A go-around is not an emergency.”\n\n"
            "Okafor, who flew for 31 years, added in the video that passengers had been “never "
            "in any real danger.”\n\n"
            "Viewers flooded the comments. “I was on that flight and this is the first "
            "explanation that made sense,” wrote one user. Another commenter, who identified "
            "herself as flight attendant Priya Natarajan, wrote: “Thank you for this. Our crew "
            "was incredible.”\n\n"
            "Summit Air said in a statement that the flight landed safely on its second approach."
        ),
        "quotes": [
            ("Heart is still pounding.", "Mateus Ferreira", False, "P2"),
            (
                "What you are seeing here is a crew doing exactly what they were trained to do,",
                "Raymond Okafor",
                False,
                "P1",
            ),
            ("A go-around is not an emergency.", "Raymond Okafor", False, "P1"),
            ("never in any real danger.", "Raymond Okafor", True, "P1"),
            (
                "I was on that flight and this is the first explanation that made sense,",
                None,
                False,
                "P1",
            ),
            ("Thank you for this. Our crew was incredible.", "Priya Natarajan", False, "P1"),
        ],
        "posts": [
            ("P1", "Raymond Okafor", "YouTube"),
            ("P2", "Mateus Ferreira", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Raymond Okafor", "Mateus Ferreira", "Priya Natarajan"],
    },
    {
        "name": "designer-closes-label-instagram-comments-today-show",
        "text": (
            "Fashion designer Célestine Moreau-Abara announced on Instagram on Monday that she "
            "was closing her namesake label after 14 years. “Every collection was a love letter. "
            "This is the last one,” she wrote alongside a photo of her Paris atelier. The label’s "
            "own account shared a farewell video hours later.\n\n"
            "Supermodel Ingrid Solberg commented under the designer’s post: “You changed the way "
            "I saw myself. Merci for everything.” Actor Devon Hale-Price left a string of heart "
            "emojis and the words “an icon forever.”\n\n"
            "Appearing on NBC’s “Today” on Wednesday, Moreau-Abara, 49, said the decision had "
            "been “months in the making.”\n\n"
            "“I want to be a mother who is home for dinner,” she told co-host Marisa Collins."
        ),
        "quotes": [
            (
                "Every collection was a love letter. This is the last one,",
                "Célestine Moreau-Abara",
                False,
                "P1",
            ),
            (
                "You changed the way I saw myself. Merci for everything.",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("an icon forever.", "Devon Hale-Price", False, "P1"),
            ("months in the making.", "Célestine Moreau-Abara", True, "P3"),
            (
                "I want to be a mother who is home for dinner,",
                "Célestine Moreau-Abara",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Célestine Moreau-Abara", "Instagram"),
            ("P2", None, "Instagram"),
            ("P3", "Célestine Moreau-Abara", "Today"),
        ],
        "people": [
            "Célestine Moreau-Abara",
            "Ingrid Solberg",
            "Devon Hale-Price",
            "Marisa Collins",
        ],
    },
    {
        "name": "bakery-closures-shareholder-letter-earnings-call",
        "text": (
            "In his annual letter to shareholders, released Tuesday, Harvest Table Foods chief "
            "executive Kwame Asante-Boateng said the company would close three of its nine "
            "bakeries by 2026.\n\n"
            "“We grew too fast, and we built plants for a market that no longer exists,” "
            "Asante-Boateng wrote. “Owning that mistake is the first step.”\n\n"
            "The letter also promised that affected workers would be offered “a job at another "
            "plant or a fair severance.”\n\n"
            "On an earnings call with analysts the same day, he declined to say how many jobs "
            "would be lost. “We are still talking to our union partners,” he said.\n\n"
            "Noor Haddad, a food-industry analyst at Piper Lane Securities, said the closures "
            "were overdue. “They should have done this two years ago,” she said."
        ),
        "quotes": [
            (
                "We grew too fast, and we built plants for a market that no longer exists,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("Owning that mistake is the first step.", "Kwame Asante-Boateng", False, "P1"),
            (
                "a job at another plant or a fair severance.",
                "Kwame Asante-Boateng",
                True,
                "P1",
            ),
            ("We are still talking to our union partners,", "Kwame Asante-Boateng", False, None),
            ("They should have done this two years ago,", "Noor Haddad", False, None),
        ],
        "posts": [("P1", "Kwame Asante-Boateng", None)],
        "people": ["Kwame Asante-Boateng", "Noor Haddad"],
    },
    {
        "name": "council-member-resignation-letter-mayor-x",
        "text": (
            "Oakridge City Council member Tomasz Wierzbicki resigned on Thursday, two weeks "
            "after it emerged that he had failed to disclose a stake in a parking company that "
            "won a city contract.\n\n"
            "In a one-page resignation letter to Mayor Felicia Dunmore, Wierzbicki, 63, wrote "
            "that he had “made a mistake of paperwork, not of character.”\n\n"
            "“I will not let this distraction follow the council into budget season,” the letter "
            "said. “The people of the Fourth Ward deserve a representative whose attention is "
            "undivided.”\n\n"
            "He also posted a short farewell on Facebook: “It was an honor. See you at the "
            "farmers market.”\n\n"
            "Dunmore accepted the resignation in a post on X. “Tomasz served this city for 16 "
            "years. I thank him for that service, and I wish him well,” she wrote.\n\n"
            "The city’s ethics board said in a statement that its review of the contract would "
            "continue."
        ),
        "quotes": [
            ("made a mistake of paperwork, not of character.", "Tomasz Wierzbicki", True, "P1"),
            (
                "I will not let this distraction follow the council into budget season,",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            (
                "The people of the Fourth Ward deserve a representative whose attention is "
                "undivided.",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            ("It was an honor. See you at the farmers market.", "Tomasz Wierzbicki", False, "P2"),
            (
                "Tomasz served this city for 16 years. I thank him for that service, and I wish "
                "him well,",
                "Felicia Dunmore",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Tomasz Wierzbicki", None),
            ("P2", "Tomasz Wierzbicki", "Facebook"),
            ("P3", "Felicia Dunmore", "X"),
            ("P4", None, None),
        ],
        "people": ["Tomasz Wierzbicki", "Felicia Dunmore"],
    },
    {
        "name": "condo-fraud-bail-filing-ap-interview-hearing",
        "text": (
            "Federal prosecutors asked a judge on Monday to deny bail to Lucian Petrescu, the "
            "real estate developer accused of defrauding investors in a Miami condominium "
            "project of $48 million.\n\n"
            "In a court filing, prosecutors said Petrescu had “the means, the motive and the "
            "passports” to flee, noting that he holds citizenship in Romania and Portugal.\n\n"
            "His lawyer, Beatriz Almeida-Costa, told The Associated Press that the filing was "
            "“pure theater.” “My client has lived in Miami for 22 years. He is not going "
            "anywhere,” she said in the interview.\n\n"
            "At a hearing on Wednesday, U.S. Magistrate Judge Howard Kimura said he would rule "
            "by Friday. “I have read the government’s papers, and I have read yours,” Kimura "
            "told the lawyers. “Neither side should assume anything.”"
        ),
        "quotes": [
            ("the means, the motive and the passports", None, True, "P1"),
            ("pure theater.", "Beatriz Almeida-Costa", True, "P2"),
            (
                "My client has lived in Miami for 22 years. He is not going anywhere,",
                "Beatriz Almeida-Costa",
                False,
                "P2",
            ),
            (
                "I have read the government’s papers, and I have read yours,",
                "Howard Kimura",
                False,
                None,
            ),
            ("Neither side should assume anything.", "Howard Kimura", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatriz Almeida-Costa", "The Associated Press"),
        ],
        "people": ["Lucian Petrescu", "Beatriz Almeida-Costa", "Howard Kimura"],
    },
    {
        "name": "lost-wheelchair-reddit-thread-update",
        "text": (
            "A Reddit thread titled “Lost my wheelchair at JFK — airline says it’s ‘in "
            "transit’” reached the top of the r/travel forum this week, drawing more than 8,000 "
            "comments.\n\n"
            "The user who started the thread, a disability-rights advocate later identified as "
            "Shira Bendavid of Brooklyn, wrote that her custom power chair had been missing for "
            "six days. “This is not luggage. This is my legs,” she wrote.\n\n"
            "One commenter, who said he worked as a ramp agent, wrote: “Chairs get loaded last "
            "and unloaded first. Someone skipped a step.”\n\n"
            "Transatlantica Airways said in a statement on Thursday that the wheelchair had been "
            "found in Frankfurt and would be delivered “within 24 hours.” Bendavid posted an "
            "update in the thread that evening: “It’s here. It’s scratched, but it’s here.”\n\n"
            "Speaking to reporters outside her apartment, she said she planned to file a "
            "complaint with the Transportation Department. “The next person might not have "
            "8,000 strangers on their side,” she said."
        ),
        "quotes": [
            ("This is not luggage. This is my legs,", "Shira Bendavid", False, "P1"),
            (
                "Chairs get loaded last and unloaded first. Someone skipped a step.",
                None,
                False,
                "P1",
            ),
            ("within 24 hours.", None, True, "P2"),
            ("It’s here. It’s scratched, but it’s here.", "Shira Bendavid", False, "P1"),
            (
                "The next person might not have 8,000 strangers on their side,",
                "Shira Bendavid",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Shira Bendavid", "Reddit"), ("P2", None, None)],
        "people": ["Shira Bendavid"],
    },
    {
        "name": "actor-vogue-podcast-sister-caption-straight-quotes",
        "text": (
            "Actor Jonah Mbeki-Strand says he turned down a role in a superhero franchise to "
            "stay close to his ailing father.\n\n"
            '"I read the script in a hospital waiting room," the 38-year-old told Vogue in a '
            'cover story published Tuesday. "I knew by page 20 that I wasn\'t going to do it."\n\n'
            'Mbeki-Strand expanded on the decision on the podcast "Long Takes," hosted by '
            'director Felipe Arroyo. "My dad taught me to read lines," he said on the episode. '
            '"I owed him the last chapter."\n\n'
            "His father, jazz bassist Samuel Mbeki-Strand, died in June. His sister, Naledi "
            "Mbeki-Strand, shared the Vogue cover on Instagram with the caption \"Proud doesn't "
            'cover it."'
        ),
        "quotes": [
            ("I read the script in a hospital waiting room,", "Jonah Mbeki-Strand", False, "P1"),
            ("I knew by page 20 that I wasn't going to do it.", "Jonah Mbeki-Strand", False, "P1"),
            ("My dad taught me to read lines,", "Jonah Mbeki-Strand", False, "P2"),
            ("I owed him the last chapter.", "Jonah Mbeki-Strand", False, "P2"),
            ("Proud doesn't cover it.", "Naledi Mbeki-Strand", False, "P3"),
        ],
        "posts": [
            ("P1", "Jonah Mbeki-Strand", "Vogue"),
            ("P2", "Jonah Mbeki-Strand", "Long Takes"),
            ("P3", "Naledi Mbeki-Strand", "Instagram"),
        ],
        "people": [
            "Jonah Mbeki-Strand",
            "Felipe Arroyo",
            "Samuel Mbeki-Strand",
            "Naledi Mbeki-Strand",
        ],
    },
    {
        "name": "bike-lane-nextdoor-reply-radio-meeting",
        "text": (
            "A proposed protected bike lane on Calloway Street has split residents of the Linden "
            "Park neighborhood, and the fight has spilled online.\n\n"
            "On Nextdoor, resident Bernadette Okonkwo-Hall wrote that the lane would eliminate 86 "
            "parking spaces used by customers of local shops. “Small businesses on Calloway are "
            "hanging by a thread already,” her post said. Her neighbor Ravi Subramaniam replied "
            "beneath it: “Or the lane brings in customers who don’t need a parking space at "
            "all.”\n\n"
            "City traffic engineer Mei-Lin Tsao defended the design on WKRL’s “City Desk” radio "
            "program on Thursday. “We counted. On a typical Saturday, fewer than half of those "
            "spaces are used,” she said.\n\n"
            "The city’s transportation department said in a news release that construction would "
            "begin in the spring if the council approves the lane. At the last public meeting on "
            "the plan, a shop owner shouted, “You counted on a rainy day!”"
        ),
        "quotes": [
            (
                "Small businesses on Calloway are hanging by a thread already,",
                "Bernadette Okonkwo-Hall",
                False,
                "P1",
            ),
            (
                "Or the lane brings in customers who don’t need a parking space at all.",
                "Ravi Subramaniam",
                False,
                "P1",
            ),
            (
                "We counted. On a typical Saturday, fewer than half of those spaces are used,",
                "Mei-Lin Tsao",
                False,
                "P2",
            ),
            ("You counted on a rainy day!", None, False, None),
        ],
        "posts": [
            ("P1", "Bernadette Okonkwo-Hall", "Nextdoor"),
            ("P2", "Mei-Lin Tsao", "City Desk"),
            ("P3", None, "press release"),
        ],
        "people": ["Bernadette Okonkwo-Hall", "Ravi Subramaniam", "Mei-Lin Tsao"],
    },
    {
        "name": "recount-concession-five-posts",
        "text": (
            "Rep. Gideon Afolabi conceded the Ninth District race on Wednesday morning in a post "
            "on X, ending a three-week recount. “The voters have spoken, and I respect their "
            "decision,” Afolabi wrote.\n\n"
            "His opponent, county commissioner Lorraine Castellanos, celebrated on Instagram with "
            "a photo of her campaign volunteers. “We did this together. Every door, every call,” "
            "the caption read.\n\n"
            "The Afolabi campaign said in a statement that it had found “no evidence of "
            "irregularities” and would not seek further review.\n\n"
            "Castellanos, 44, told CNN later on Wednesday that her first priority would be flood "
            "insurance. “People in this district are paying more for insurance than for their "
            "mortgages,” she said on the network.\n\n"
            "Not everyone was ready to move on. In an op-ed in The Ledger-Sentinel, Afolabi’s "
            "former chief of staff, Marcus Feld, argued that the party had “abandoned a good man "
            "in a hard race.”"
        ),
        "quotes": [
            (
                "The voters have spoken, and I respect their decision,",
                "Gideon Afolabi",
                False,
                "P1",
            ),
            ("We did this together. Every door, every call,", "Lorraine Castellanos", False, "P2"),
            ("no evidence of irregularities", None, True, "P3"),
            (
                "People in this district are paying more for insurance than for their mortgages,",
                "Lorraine Castellanos",
                False,
                "P4",
            ),
            ("abandoned a good man in a hard race.", "Marcus Feld", True, "P5"),
        ],
        "posts": [
            ("P1", "Gideon Afolabi", "X"),
            ("P2", "Lorraine Castellanos", "Instagram"),
            ("P3", None, None),
            ("P4", "Lorraine Castellanos", "CNN"),
            ("P5", "Marcus Feld", "The Ledger-Sentinel"),
        ],
        "people": ["Gideon Afolabi", "Lorraine Castellanos", "Marcus Feld"],
    },
    {
        "name": "grain-warehouse-arson-no-posts-straight-quotes",
        "text": (
            "Fire investigators said Tuesday that a blaze that destroyed a vacant grain "
            "warehouse in Port Adair over the weekend was deliberately set.\n\n"
            '"We found accelerant in at least three places," Fire Marshal Ousmane Diallo told '
            'reporters at the scene. "This was not an accident."\n\n'
            "Neighbors said the building had been a magnet for trouble for years. "
            '"Kids, squatters, you name it," said Loretta Pickens, 71, who has lived across the '
            "street since 1986.\n\n"
            "Diallo said investigators were reviewing footage from a nearby gas station and "
            'asked anyone who saw "anything unusual" that night to come forward.'
        ),
        "quotes": [
            ("We found accelerant in at least three places,", "Ousmane Diallo", False, None),
            ("This was not an accident.", "Ousmane Diallo", False, None),
            ("Kids, squatters, you name it,", "Loretta Pickens", False, None),
            ("anything unusual", "Ousmane Diallo", True, None),
        ],
        "posts": [],
        "people": ["Ousmane Diallo", "Loretta Pickens"],
    },
    {
        "name": "runway-extension-lawsuits-memo",
        "text": (
            "A coalition of homeowners near Lakeshore Regional Airport sued the county on Friday "
            "to block a planned 2,000-foot runway extension, arguing that the project’s "
            "environmental review ignored nighttime noise.\n\n"
            "The lawsuit, filed by the group Quiet Skies Lakeshore in state court, says the "
            "review relied on “noise data that is more than a decade old.”\n\n"
            "A separate suit was filed the same day by Harriet Oyelaran-Brooks, a retired pilot "
            "whose home sits 900 feet from the runway’s end. Her complaint says the extension "
            "would make her property “effectively unsellable.”\n\n"
            "An internal memo from the county’s aviation department, obtained by The Lakeshore "
            "Tribune, shows staff had flagged the outdated data in 2022. “We should refresh the "
            "noise model before the board votes,” an analyst wrote in the memo.\n\n"
            "County Executive Dominic Varga declined to comment on pending litigation but told "
            "reporters on Monday that the airport “has to grow or it dies.”"
        ),
        "quotes": [
            ("noise data that is more than a decade old.", None, True, "P1"),
            ("effectively unsellable.", "Harriet Oyelaran-Brooks", True, "P2"),
            ("We should refresh the noise model before the board votes,", None, False, "P3"),
            ("has to grow or it dies.", "Dominic Varga", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Harriet Oyelaran-Brooks", None),
            ("P3", None, None),
        ],
        "people": ["Harriet Oyelaran-Brooks", "Dominic Varga"],
    },
    {
        "name": "royalties-feud-x-replies-second-post",
        "text": (
            "Pop singer Tallulah Vance reignited her feud with producer Oskar Lindgren on "
            "Saturday with a post on X accusing him of withholding royalties from her 2019 album "
            "“Glass Houses.”\n\n"
            "“Six years. Not one statement. Not one check,” Vance wrote.\n\n"
            "Lindgren replied to her post within minutes. “Check your contract, sweetheart. "
            "Page 14,” he wrote.\n\n"
            "Fans piled on. “Page 14 of WHAT, Oskar,” one user replied.\n\n"
            "Vance, 29, followed up with a second post an hour later, sharing a screenshot of "
            "what she said was page 14. “It says the opposite of what you think it says,” she "
            "wrote.\n\n"
            "A representative for Lindgren said in an email that the dispute “will be resolved "
            "in the appropriate forum.”"
        ),
        "quotes": [
            ("Six years. Not one statement. Not one check,", "Tallulah Vance", False, "P1"),
            ("Check your contract, sweetheart. Page 14,", "Oskar Lindgren", False, "P1"),
            ("Page 14 of WHAT, Oskar,", None, False, "P1"),
            ("It says the opposite of what you think it says,", "Tallulah Vance", False, "P2"),
            ("will be resolved in the appropriate forum.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Tallulah Vance", "X"),
            ("P2", "Tallulah Vance", "X"),
            ("P3", None, None),
        ],
        "people": ["Tallulah Vance", "Oskar Lindgren"],
    },
    {
        "name": "orchard-frost-facebook-senate-testimony",
        "text": (
            "Apple grower Jedediah Marsh posted photos on Facebook on Tuesday of blackened "
            "blossoms across his 300-acre orchard in Wayne County, after a late frost wiped out "
            "what he estimated was 80% of this year’s crop.\n\n"
            "“Four generations on this land and I have never seen anything like it,” Marsh "
            "wrote. “We will be fine. A lot of folks won’t be.”\n\n"
            "Two days later, Marsh testified before the state Senate agriculture committee, "
            "which is weighing an emergency relief fund.\n\n"
            "“I am not here for myself. I am here for the young growers who borrowed against "
            "this season,” he told lawmakers. “Some of them have a mortgage on the house and a "
            "loan on the trees.\n\n"
            "“If you wait for the federal money, some of them will not be here to receive it.”"
            "\n\n"
            "Committee chair Yolanda Betancourt-Reese said she expected a vote “before the end "
            "of the month.”"
        ),
        "quotes": [
            (
                "Four generations on this land and I have never seen anything like it,",
                "Jedediah Marsh",
                False,
                "P1",
            ),
            ("We will be fine. A lot of folks won’t be.", "Jedediah Marsh", False, "P1"),
            (
                "I am not here for myself. I am here for the young growers who borrowed against "
                "this season,",
                "Jedediah Marsh",
                False,
                None,
            ),
            (
                "Some of them have a mortgage on the house and a loan on the trees.",
                "Jedediah Marsh",
                False,
                None,
            ),
            (
                "If you wait for the federal money, some of them will not be here to receive it.",
                "Jedediah Marsh",
                False,
                None,
            ),
            ("before the end of the month.", "Yolanda Betancourt-Reese", True, None),
        ],
        "posts": [("P1", "Jedediah Marsh", "Facebook")],
        "people": ["Jedediah Marsh", "Yolanda Betancourt-Reese"],
    },
    {
        "name": "runway-headpiece-apology-statement-threads-instagram",
        "text": (
            "Luxury label Maison Verrier apologized on Friday after a runway show in Milan "
            "featured a headpiece that critics said copied a traditional Maasai beaded design.\n\n"
            "“We fell short, and we are sorry,” the company said in a statement. The statement "
            "quoted creative director Anouk Van der Berg as saying she had been “inspired but "
            "not informed.”\n\n"
            "Kenyan designer Wanjiru Kamau-Otieno, who first flagged the resemblance in an "
            "Instagram post on Thursday, said the apology was a start. “Inspired is fine. Paying "
            "the women who made the original is better,” she wrote in a post on Threads.\n\n"
            "Under Kamau-Otieno’s Instagram post, stylist Bastien Lefèvre commented: “Credit "
            "where it’s due. Finally.”\n\n"
            "Kamau-Otieno told The Guardian that she had not been contacted by the brand."
        ),
        "quotes": [
            ("We fell short, and we are sorry,", None, False, "P1"),
            ("inspired but not informed.", "Anouk Van der Berg", True, "P1"),
            (
                "Inspired is fine. Paying the women who made the original is better,",
                "Wanjiru Kamau-Otieno",
                False,
                "P3",
            ),
            ("Credit where it’s due. Finally.", "Bastien Lefèvre", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Wanjiru Kamau-Otieno", "Instagram"),
            ("P3", "Wanjiru Kamau-Otieno", "Threads"),
            ("P4", "Wanjiru Kamau-Otieno", "The Guardian"),
        ],
        "people": ["Anouk Van der Berg", "Wanjiru Kamau-Otieno", "Bastien Lefèvre"],
    },
    {
        "name": "tower-scrapped-linkedin-bluesky-daily-record-straight-quotes",
        "text": (
            "Developer Farid Rahimzadeh said on LinkedIn on Monday that his firm would scrap "
            "plans for a 40-story residential tower in downtown Halvorsen after the city council "
            "voted to require that 20% of its units be affordable.\n\n"
            '"The math no longer works," Rahimzadeh wrote. "We will take our capital to cities '
            'that want housing built."\n\n'
            "Council member Josefina Ruiz-Tan, who sponsored the requirement, responded on "
            'Bluesky. "If the math only works when working families are priced out, it was '
            'never good math," she posted.\n\n'
            "In an interview with the Halvorsen Daily Record, Rahimzadeh, 56, said he had "
            '"nothing against affordable housing." "I have built 600 affordable units in my '
            'career," he said in the interview.'
        ),
        "quotes": [
            ("The math no longer works,", "Farid Rahimzadeh", False, "P1"),
            (
                "We will take our capital to cities that want housing built.",
                "Farid Rahimzadeh",
                False,
                "P1",
            ),
            (
                "If the math only works when working families are priced out, it was never good "
                "math,",
                "Josefina Ruiz-Tan",
                False,
                "P2",
            ),
            ("nothing against affordable housing.", "Farid Rahimzadeh", True, "P3"),
            ("I have built 600 affordable units in my career,", "Farid Rahimzadeh", False, "P3"),
        ],
        "posts": [
            ("P1", "Farid Rahimzadeh", "LinkedIn"),
            ("P2", "Josefina Ruiz-Tan", "Bluesky"),
            ("P3", "Farid Rahimzadeh", "Halvorsen Daily Record"),
        ],
        "people": ["Farid Rahimzadeh", "Josefina Ruiz-Tan"],
    },
    {
        "name": "flooded-resort-tiktok-afp-release-follow-up",
        "text": (
            "A travel influencer’s TikTok video showing a flooded ground floor at a Bali resort "
            "has prompted the hotel’s owner to offer refunds to more than 300 guests.\n\n"
            "“We paid $4,000 for this. Look at the lobby,” Aiyana Redcloud says in the clip, "
            "wading through ankle-deep water.\n\n"
            "The 26-year-old, who has 1.8 million followers, later told Agence France-Presse "
            "that staff had been “kind but completely overwhelmed.”\n\n"
            "Lumina Resorts said in a press release on Wednesday that it would refund every "
            "guest booked through the end of the month. “The safety and comfort of our guests "
            "come first,” chief operating officer Ketut Wirawan said in the release.\n\n"
            "In a comment under Redcloud’s video, a user who said she was staying at the same "
            "resort wrote: “Same here. Room 112 has a waterfall now.”\n\n"
            "Redcloud posted a follow-up on Instagram on Thursday. “Refund received. Thank you "
            "to everyone who shared,” she wrote."
        ),
        "quotes": [
            ("We paid $4,000 for this. Look at the lobby,", "Aiyana Redcloud", False, "P1"),
            ("kind but completely overwhelmed.", "Aiyana Redcloud", True, "P2"),
            ("The safety and comfort of our guests come first,", "Ketut Wirawan", False, "P3"),
            ("Same here. Room 112 has a waterfall now.", None, False, "P1"),
            ("Refund received. Thank you to everyone who shared,", "Aiyana Redcloud", False, "P4"),
        ],
        "posts": [
            ("P1", "Aiyana Redcloud", "TikTok"),
            ("P2", "Aiyana Redcloud", "Agence France-Presse"),
            ("P3", None, "press release"),
            ("P4", "Aiyana Redcloud", "Instagram"),
        ],
        "people": ["Aiyana Redcloud", "Ketut Wirawan"],
    },
]
