"""The ninety-second self-made dev set, held out (CT): its first run is an unseen estimate.

Written with set CU, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, so a
  study in a journal reported in the first sentence is P1 and the university's
  news release about it P2.
- The people list holds every named person in the text in order of first
  mention, including those who neither speak nor post (the podcast host Lupe
  Archuleta, the late painter Lucien Etienne); organisations and unnamed people
  (a harbour pilot, "her husband", a spokeswoman) are not listed.
- A post reported without any quoted words (a group's lawsuit only described, an
  electoral commission's statement only summarised) is still listed in posts.
- An interview platform drops a lowercase leading "the" ("the Boston Globe" is
  Boston Globe; likewise Arizona Republic, Star Tribune, Financial Times,
  Chicago Tribune) but keeps a capitalised "The" that is part of the name (The
  Guardian, The Arizona Ballot). "Told the broadcaster NDR", "the newspaper De
  Standaard", "the public radio station WBEZ", Bloomberg Television, BBC Radio
  Scotland and Citizen TV take the outlet's own name.
- A podcast whose title is in marks (“The Arizona Ballot”) is an interview post
  with that title as platform, and the title is not a quote; a podcast named
  without marks (Art Matters Weekly) likewise.
- An unnamed person's interview with a named outlet (a harbour pilot who told
  NDR) is a post with author None and that platform; the words speak as None.
- A statement that a named official issues in his own name ("Babatunde Oshodi
  welcomed the announcement in a statement") is his post with no platform; a
  company's, club's or commission's statement has author None, and a statement
  "on its website" has no platform.
- A letter from a government commission is a post with author None and no
  platform; a fragment quoted from it (“prompt and unconditional”) is partial,
  speaks as None and belongs to it.
- A trustee's resignation email to a board and a negotiator's email to other
  delegations are each the sender's post with no platform; "seen by Reuters"
  does not make Reuters a platform or a post.
- A comment its author leaves under her own Instagram post, a creator's reply
  under his own TikTok video and a chef's comment under a critic's newsletter
  belong to the post they are under.
- "In the same post", "in the same note", "in the same piece" and "asked in the
  same interview" tie a later quote or fragment to that post; "in the review"
  ties a fragment to the review already reported.
- A nickname in marks inside a name (Callum “Tank” McAllister) is not a quote
  and not part of the canonical name (Callum McAllister); online names in marks
  (“Sparky Sal”, “the Shipwreck Guy”) are not quotes. An essay title in marks
  (“Thank You for Your Service, Here Is Your Laptop Box.”) is not a quote.
- A YouTube video that a museum posted has author None even though its curator
  speaks in it; the curator is the speaker of her words, and an unnamed viewer's
  comment under it speaks as None.
- A study in a named journal is a post with author None (it has several authors)
  and the journal as platform; a fragment quoted from the study speaks as None.
  A university's news release quoting the lead author is a press release with
  author None and the lead author as speaker.
- A Bluesky "thread" is one post and a reply "under her post" belongs to it. An
  anonymous user's Reddit thread has author None and its top comment speaks as
  None and belongs to it; a thread a named engineer "started" is his Reddit
  post, and an anonymous reply under it belongs to it with speaker None.
- A photograph posted on Instagram "and the caption: “...”" is a post whose
  caption is a whole quote, not partial.
- A second video by the same creator ("his latest video", after "his
  most-watched video") is a new post on the same platform (TikTok), and a
  comment under it belongs to the second video.
- An unnamed husband's comment and an unnamed follower's or supporter's comment
  speak as None. "The chef" resolves to the chef already named (Kenji
  Watanabe-Hale) even though his wife, Soo-ah Watanabe-Hale, shares his surname.
- A judge's written opinion is the judge's post with no platform, and a phrase
  quoted from it in narration is partial.
- A one-word fragment of a post in marks (“saddened”) is a partial quote of that
  post, not a scare quote.
- A sentence split by its attribution (“I made that bet,” he wrote, “and the
  people ...”) is two quotes, neither partial, with the same speaker and post;
  the same holds for two sentences on either side of "wrote in a LinkedIn post".
- "Said on a call with reporters" is a briefing and not a post; an earnings call
  is not a post even when the earnings release is. A speech to delegates, "said
  outside court", "speaking to reporters outside" and a ministry spokesman's
  words at a briefing are not posts.
- A critic's review in a newspaper is her post with the newspaper as platform; a
  Substack newsletter with its own name (The Second Helping) has platform
  Substack, and an essay "for Artforum" has platform Artforum.
- An anti-nuclear group's Facebook post has author None and its fragment speaks
  as None; an unnamed spokeswoman's words not given in any post speak as None
  with no post.
- Titles such as Dr., Prof., Judge, Mayor and Governor are not part of a
  canonical name. Name order as written is kept for Vietnamese and Korean names
  (Hoang Van Minh, Baek Hyun-woo), and the bare family name (Hoang, Baek)
  resolves to it; the Welsh "ap" is part of the name (Rhys ap Dafydd), and
  hyphenated surnames are part of the canonical name.
- A platform named inside a quote ("not the way Twitter would like", "my Slack
  stopped working", "TikTok was for dances") is not a post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CT: list[dict] = [
    {
        "name": "offshore-wind-release-linkedin-comment-globe",
        "text": (
            "Halvard Offshore Wind said in a press release on Wednesday that it had "
            "cancelled a 1.2-gigawatt project off the coast of Massachusetts, blaming "
            "turbine costs that have risen by a third since the contract was signed. “The "
            "economics no longer work at the price the state agreed to pay,” the release "
            "quoted its chief executive, Ingrid Solberg-Haugen, as saying.\n\n"
            "Solberg-Haugen went further in a LinkedIn post that evening. “I owe our 300 "
            "employees in New Bedford an honest account, and they will hear it from me "
            "first,” she wrote. Under the post, a former state energy official, Marcus "
            "Oyelaran, commented: “Painful, but better now than a half-built project in "
            "2028.”\n\n"
            "The state’s energy secretary, Priya Raghunathan, was less forgiving. “A "
            "contract is a contract,” she told reporters at the State House, adding that her "
            "department would examine whether the company owed penalties.\n\n"
            "In an interview with the Boston Globe, Solberg-Haugen insisted the company "
            "still hoped to bid in the next offshore auction. “We are not leaving these "
            "waters,” she said."
        ),
        "quotes": [
            (
                "The economics no longer work at the price the state agreed to pay,",
                "Ingrid Solberg-Haugen",
                False,
                "P1",
            ),
            (
                "I owe our 300 employees in New Bedford an honest account, and they will hear "
                "it from me first,",
                "Ingrid Solberg-Haugen",
                False,
                "P2",
            ),
            (
                "Painful, but better now than a half-built project in 2028.",
                "Marcus Oyelaran",
                False,
                "P2",
            ),
            ("A contract is a contract,", "Priya Raghunathan", False, None),
            ("We are not leaving these waters,", "Ingrid Solberg-Haugen", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solberg-Haugen", "LinkedIn"),
            ("P3", "Ingrid Solberg-Haugen", "Boston Globe"),
        ],
        "people": ["Ingrid Solberg-Haugen", "Marcus Oyelaran", "Priya Raghunathan"],
    },
    {
        "name": "museum-repatriation-instagram-letter-email-resignation",
        "text": (
            "The Whitcombe Museum of Art in Cleveland will return 14 bronze plaques to "
            "Nigeria, its director, Dr. Adaeze Okonkwo-Baptiste, announced on Instagram on "
            "Friday. “These objects were taken by force, and no amount of careful "
            "cataloguing changes that,” she wrote beneath a photograph of the plaques in "
            "storage.\n\n"
            "The decision follows a letter from Nigeria’s National Commission for Museums "
            "and Monuments, which asked in March for the plaques’ “prompt and unconditional” "
            "return. The commission’s director-general, Babatunde Oshodi, welcomed the "
            "announcement in a statement. “This is what good faith looks like,” he said.\n\n"
            "Not everyone at the museum agreed. A longtime trustee, Gerald Whitcombe-Frye, "
            "whose family founded the museum, resigned in an email to the board that was "
            "later shared with reporters. “I cannot support the piecemeal dismantling of a "
            "collection my grandfather built,” he wrote.\n\n"
            "Okonkwo-Baptiste said the plaques would travel to Benin City in the autumn. "
            "Answering a follower in a comment under her own post, she added: “Yes, we will "
            "livestream the handover.”"
        ),
        "quotes": [
            (
                "These objects were taken by force, and no amount of careful cataloguing "
                "changes that,",
                "Adaeze Okonkwo-Baptiste",
                False,
                "P1",
            ),
            ("prompt and unconditional", None, True, "P2"),
            ("This is what good faith looks like,", "Babatunde Oshodi", False, "P3"),
            (
                "I cannot support the piecemeal dismantling of a collection my grandfather built,",
                "Gerald Whitcombe-Frye",
                False,
                "P4",
            ),
            ("Yes, we will livestream the handover.", "Adaeze Okonkwo-Baptiste", False, "P1"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Baptiste", "Instagram"),
            ("P2", None, None),
            ("P3", "Babatunde Oshodi", None),
            ("P4", "Gerald Whitcombe-Frye", None),
        ],
        "people": ["Adaeze Okonkwo-Baptiste", "Babatunde Oshodi", "Gerald Whitcombe-Frye"],
    },
    {
        "name": "house-race-count-x-reply-podcast-title",
        "text": (
            "Election officials in Maricopa County said on Thursday that counting in the "
            "race for Arizona’s 1st Congressional District could take another week, with "
            "fewer than 900 votes separating the two candidates.\n\n"
            "The Republican, Deborah Vance-Holloway, accused officials on X of “dragging "
            "their feet.” Her Democratic opponent, Rafael Quintanilla, replied under her "
            "post within minutes. “Every ballot counts, including the ones that arrive late "
            "in the week,” he wrote.\n\n"
            "At a news conference in Phoenix, the county recorder, Stephen Nakagawa, "
            "defended the pace. “We are doing this the way the law requires, not the way "
            "Twitter would like,” he said. About 41,000 ballots remained, he said.\n\n"
            "Quintanilla struck a calmer tone on the podcast “The Arizona Ballot,” where he "
            "promised to accept the outcome either way. “If I lose by ten votes, I lose,” he "
            "told the host, Lupe Archuleta.\n\n"
            "Vance-Holloway’s campaign manager, Colt Brennan, told the Arizona Republic that "
            "the campaign had lawyers “watching every bin.”"
        ),
        "quotes": [
            ("dragging their feet.", "Deborah Vance-Holloway", True, "P1"),
            (
                "Every ballot counts, including the ones that arrive late in the week,",
                "Rafael Quintanilla",
                False,
                "P1",
            ),
            (
                "We are doing this the way the law requires, not the way Twitter would like,",
                "Stephen Nakagawa",
                False,
                None,
            ),
            ("If I lose by ten votes, I lose,", "Rafael Quintanilla", False, "P2"),
            ("watching every bin.", "Colt Brennan", True, "P3"),
        ],
        "posts": [
            ("P1", "Deborah Vance-Holloway", "X"),
            ("P2", "Rafael Quintanilla", "The Arizona Ballot"),
            ("P3", "Colt Brennan", "Arizona Republic"),
        ],
        "people": [
            "Deborah Vance-Holloway",
            "Rafael Quintanilla",
            "Stephen Nakagawa",
            "Lupe Archuleta",
            "Colt Brennan",
        ],
    },
    {
        "name": "elbe-grounding-statement-unnamed-pilot-facebook",
        "text": (
            "A container ship carrying 4,300 boxes ran aground near the mouth of the Elbe "
            "early on Sunday, blocking traffic into the port of Hamburg for nearly nine "
            "hours.\n\n"
            "The vessel’s operator, Nordreederei, said in a statement that none of the 22 "
            "crew members had been injured and that no fuel had leaked. “The ship is stable "
            "and the cargo is secure,” the statement said.\n\n"
            "A harbour pilot who asked not to be named told the broadcaster NDR that "
            "visibility had been poor all night. “You could not see the bow from the "
            "bridge,” he said.\n\n"
            "Frieda Lohmann, who lives in Cuxhaven, posted a video of the stranded ship on "
            "Facebook. “Woke up to a wall of containers outside my kitchen window,” she "
            "wrote. Her neighbour, Yusuf Demirci, commented that it was “the most excitement "
            "this town has had since 1962.”\n\n"
            "Hamburg’s port chief, Dr. Katrin Albers-Wendt, said at a news conference that "
            "four tugs had refloated the ship on the afternoon high tide. “The system "
            "worked,” she said."
        ),
        "quotes": [
            ("The ship is stable and the cargo is secure,", None, False, "P1"),
            ("You could not see the bow from the bridge,", None, False, "P2"),
            (
                "Woke up to a wall of containers outside my kitchen window,",
                "Frieda Lohmann",
                False,
                "P3",
            ),
            ("the most excitement this town has had since 1962.", "Yusuf Demirci", True, "P3"),
            ("The system worked,", "Katrin Albers-Wendt", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "NDR"),
            ("P3", "Frieda Lohmann", "Facebook"),
        ],
        "people": ["Frieda Lohmann", "Yusuf Demirci", "Katrin Albers-Wendt"],
    },
    {
        "name": "texas-grid-heat-tiktok-nickname-threads",
        "text": (
            "The operator of Texas’s main power grid asked residents on Monday to cut their "
            "electricity use between 4 p.m. and 9 p.m. as the temperature in Austin climbed "
            "to 109 degrees.\n\n"
            "“We have enough generation today, but the margin is thinner than we would "
            "like,” the grid’s head of operations, Danielle Okafor-Reyes, said on a call "
            "with reporters.\n\n"
            "A Houston electrician known online as “Sparky Sal,” Salvador Ibarra, posted a "
            "TikTok video explaining how to pre-cool a house before the evening peak. “Drop "
            "it to 72 by three o’clock, then let it drift,” he told his 800,000 followers. "
            "When one viewer asked under the video whether pets would be safe, Ibarra "
            "answered in a reply: “Your dog will be fine at 80. Keep water out.”\n\n"
            "The consumer advocate Mei-Ling Harcourt wrote on Threads that conservation "
            "appeals had become “a summer ritual nobody voted for.” In the same post, she "
            "added: “Texans should not have to sweat so the market can clear.”"
        ),
        "quotes": [
            (
                "We have enough generation today, but the margin is thinner than we would like,",
                "Danielle Okafor-Reyes",
                False,
                None,
            ),
            ("Drop it to 72 by three o’clock, then let it drift,", "Salvador Ibarra", False, "P1"),
            ("Your dog will be fine at 80. Keep water out.", "Salvador Ibarra", False, "P1"),
            ("a summer ritual nobody voted for.", "Mei-Ling Harcourt", True, "P2"),
            (
                "Texans should not have to sweat so the market can clear.",
                "Mei-Ling Harcourt",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Salvador Ibarra", "TikTok"),
            ("P2", "Mei-Ling Harcourt", "Threads"),
        ],
        "people": ["Danielle Okafor-Reyes", "Salvador Ibarra", "Mei-Ling Harcourt"],
    },
    {
        "name": "snuffbox-theft-filing-outside-court-museum-youtube",
        "text": (
            "Two men accused of stealing a 17th-century gold snuffbox from the Hallam "
            "Decorative Arts Museum in Sheffield pleaded not guilty on Tuesday at Sheffield "
            "Crown Court.\n\n"
            "In a court filing last week, prosecutors said the men had studied the gallery’s "
            "layout on “at least six visits” in the month before the theft. The defence "
            "barrister, Oluwaseun Adebayo-Marsh, said outside court that the evidence was "
            "circumstantial. “Visiting a museum is not a crime, last I checked,” she said.\n\n"
            "The museum’s curator of metalwork, Fenella Drummond, described the box in a "
            "YouTube video the museum posted in 2021, which has since drawn more than "
            "200,000 views. “It is small enough to hide in a fist and worth more than a "
            "house,” she says in the video.\n\n"
            "Under the video, a viewer who described himself as a retired locksmith wrote: "
            "“You just told every thief in Yorkshire what to steal.”\n\n"
            "The snuffbox has not been recovered. The trial is due to start in May and is "
            "expected to last two weeks."
        ),
        "quotes": [
            ("at least six visits", None, True, "P1"),
            (
                "Visiting a museum is not a crime, last I checked,",
                "Oluwaseun Adebayo-Marsh",
                False,
                None,
            ),
            (
                "It is small enough to hide in a fist and worth more than a house,",
                "Fenella Drummond",
                False,
                "P2",
            ),
            ("You just told every thief in Yorkshire what to steal.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "YouTube"),
        ],
        "people": ["Oluwaseun Adebayo-Marsh", "Fenella Drummond"],
    },
    {
        "name": "tanker-rates-analyst-note-bloomberg-tv-linkedin",
        "text": (
            "Freight rates for oil tankers crossing the Atlantic jumped 38 percent in a "
            "week, the shipbroker Clarkhaven said on Thursday, after a string of refinery "
            "outages on the U.S. Gulf Coast sent European fuel buyers scrambling for cargoes.\n\n"
            "“This is the tightest market for medium-range tankers since the spring of "
            "2022,” Clarkhaven’s head of research, Anders Kjeldsen, wrote in a note to "
            "clients. In the same note, he warned that rates could stay elevated “well into "
            "the winter.”\n\n"
            "The chief executive of the Athens-based owner Aegean Crest Tankers, Eleni "
            "Papadimitriou, told Bloomberg Television that she was refusing to charter out "
            "ships for longer than three months. “Why lock in today’s price when tomorrow’s "
            "might be better?” she said.\n\n"
            "Not every trader is convinced the rally will last. “Spikes like this burn out "
            "fast,” Rohan Mehta-Saldanha, a freight derivatives broker in Singapore, wrote "
            "in a LinkedIn post. “I have seen this film before.”"
        ),
        "quotes": [
            (
                "This is the tightest market for medium-range tankers since the spring of 2022,",
                "Anders Kjeldsen",
                False,
                "P1",
            ),
            ("well into the winter.", "Anders Kjeldsen", True, "P1"),
            (
                "Why lock in today’s price when tomorrow’s might be better?",
                "Eleni Papadimitriou",
                False,
                "P2",
            ),
            ("Spikes like this burn out fast,", "Rohan Mehta-Saldanha", False, "P3"),
            ("I have seen this film before.", "Rohan Mehta-Saldanha", False, "P3"),
        ],
        "posts": [
            ("P1", "Anders Kjeldsen", None),
            ("P2", "Eleni Papadimitriou", "Bloomberg Television"),
            ("P3", "Rohan Mehta-Saldanha", "LinkedIn"),
        ],
        "people": ["Anders Kjeldsen", "Eleni Papadimitriou", "Rohan Mehta-Saldanha"],
    },
    {
        "name": "mayoral-race-substack-rally-star-tribune-op-ed",
        "text": (
            "The race for mayor of Minneapolis turned sharper on Sunday after the city "
            "council member Amara Diallo-Fontaine published a long Substack essay accusing "
            "the incumbent of “managing decline.”\n\n"
            "“This city does not need a caretaker. It needs a builder,” Diallo-Fontaine "
            "wrote in the essay, which drew more than 3,000 comments within a day.\n\n"
            "Mayor Kristoffer Lindahl answered at a rally in Powderhorn Park the next "
            "evening. “My opponent writes beautifully. I fill potholes,” he told a few "
            "hundred supporters, to loud cheers.\n\n"
            "A third candidate, the retired firefighter Hoang Van Minh, weighed in with an "
            "op-ed in the Star Tribune on Tuesday. “Both of them have spent more time "
            "attacking each other than talking about rent,” he wrote. Hoang said in the same "
            "piece that he would debate “anyone, anytime, on housing.”\n\n"
            "Early voting begins on Sept. 19, and the first televised debate is scheduled "
            "for Oct. 3 at the University of Minnesota."
        ),
        "quotes": [
            ("managing decline.", "Amara Diallo-Fontaine", True, "P1"),
            (
                "This city does not need a caretaker. It needs a builder,",
                "Amara Diallo-Fontaine",
                False,
                "P1",
            ),
            ("My opponent writes beautifully. I fill potholes,", "Kristoffer Lindahl", False, None),
            (
                "Both of them have spent more time attacking each other than talking about rent,",
                "Hoang Van Minh",
                False,
                "P2",
            ),
            ("anyone, anytime, on housing.", "Hoang Van Minh", True, "P2"),
        ],
        "posts": [
            ("P1", "Amara Diallo-Fontaine", "Substack"),
            ("P2", "Hoang Van Minh", "Star Tribune"),
        ],
        "people": ["Amara Diallo-Fontaine", "Kristoffer Lindahl", "Hoang Van Minh"],
    },
    {
        "name": "smog-solar-study-release-bluesky-reddit",
        "text": (
            "Rooftop solar panels in polluted cities lose up to a fifth of their output to "
            "smog, according to a study published on Wednesday in the journal Nature Energy, "
            "which calls the effect “a hidden tax on solar in the Global South.”\n\n"
            "“We knew haze mattered, but we did not expect the losses to be this large in "
            "cities like Delhi and Lagos,” the study’s lead author, Dr. Siddharth "
            "Venkataraman of the University of Leeds, said in a news release from the "
            "university.\n\n"
            "His co-author, Chiamaka Eze, summarised the findings in a thread on Bluesky. "
            "“Clean air and cheap solar are the same policy,” she wrote. A solar installer, "
            "Bartholomew Quaye, replied under her post: “Can confirm. We wash panels in "
            "Accra every two weeks and it still is not enough.”\n\n"
            "On Reddit, an anonymous user’s thread about the study drew hundreds of "
            "comments. “So the fix for solar is to fix everything else first?” the top "
            "comment read."
        ),
        "quotes": [
            ("a hidden tax on solar in the Global South.", None, True, "P1"),
            (
                "We knew haze mattered, but we did not expect the losses to be this large in "
                "cities like Delhi and Lagos,",
                "Siddharth Venkataraman",
                False,
                "P2",
            ),
            ("Clean air and cheap solar are the same policy,", "Chiamaka Eze", False, "P3"),
            (
                "Can confirm. We wash panels in Accra every two weeks and it still is not enough.",
                "Bartholomew Quaye",
                False,
                "P3",
            ),
            ("So the fix for solar is to fix everything else first?", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "Nature Energy"),
            ("P2", None, "press release"),
            ("P3", "Chiamaka Eze", "Bluesky"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Siddharth Venkataraman", "Chiamaka Eze", "Bartholomew Quaye"],
    },
    {
        "name": "manager-sacked-club-statement-instagram-caption-radio",
        "text": (
            "Kirkbride Rovers sacked their manager, Emeka Nwachukwu, on Monday after a run "
            "of seven straight defeats that left the club bottom of Scottish League Two.\n\n"
            "The club announced the decision in a short statement on its website. “The board "
            "thanks Emeka for his hard work and wishes him well,” it said.\n\n"
            "Nwachukwu responded on Instagram hours later with a photograph of the empty "
            "stadium and the caption: “Seven games is not a project. But football does not "
            "wait, and I understand that.”\n\n"
            "The captain, Callum “Tank” McAllister, posted a comment under the photograph: "
            "“Gaffer, you deserved better from us on the pitch.”\n\n"
            "Speaking to BBC Radio Scotland, the club’s chairwoman, Agnieszka Wróblewska, "
            "denied that the decision had been rushed. “We gave him more time than most "
            "clubs would have,” she said. Asked in the same interview about a successor, she "
            "said the club wanted someone “with experience of a relegation fight.”"
        ),
        "quotes": [
            ("The board thanks Emeka for his hard work and wishes him well,", None, False, "P1"),
            (
                "Seven games is not a project. But football does not wait, and I understand that.",
                "Emeka Nwachukwu",
                False,
                "P2",
            ),
            ("Gaffer, you deserved better from us on the pitch.", "Callum McAllister", False, "P2"),
            (
                "We gave him more time than most clubs would have,",
                "Agnieszka Wróblewska",
                False,
                "P3",
            ),
            ("with experience of a relegation fight.", "Agnieszka Wróblewska", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Emeka Nwachukwu", "Instagram"),
            ("P3", "Agnieszka Wróblewska", "BBC Radio Scotland"),
        ],
        "people": ["Emeka Nwachukwu", "Callum McAllister", "Agnieszka Wróblewska"],
    },
    {
        "name": "antwerp-dock-strike-union-x-release-minister-facebook",
        "text": (
            "Dockworkers at the port of Antwerp-Bruges began a 48-hour strike on Tuesday "
            "over plans to automate two container terminals, leaving more than 30 ships "
            "waiting at anchor in the North Sea.\n\n"
            "The union ACV-Transcom said on X that the walkout would go ahead “unless "
            "management puts the robots back in the box.” Its regional secretary, Luc "
            "Vermeersch, told the newspaper De Standaard that members felt betrayed. “They "
            "promised us consultation and gave us a PowerPoint,” he said.\n\n"
            "The terminal operator, Scheldt Gateway, said in a press release that automation "
            "would create “better and safer jobs.” The release quoted its chief executive, "
            "Sabine Moreau-Claes, as saying: “Nobody will lose their job because of this "
            "project.”\n\n"
            "Belgium’s mobility minister, Karim El Idrissi, wrote on Facebook that he had "
            "invited both sides to talks on Thursday. “The port is too important to be "
            "closed for politics,” he wrote. Vermeersch replied under the post: “We will "
            "come. We will not come alone.”"
        ),
        "quotes": [
            ("unless management puts the robots back in the box.", None, True, "P1"),
            (
                "They promised us consultation and gave us a PowerPoint,",
                "Luc Vermeersch",
                False,
                "P2",
            ),
            ("better and safer jobs.", None, True, "P3"),
            (
                "Nobody will lose their job because of this project.",
                "Sabine Moreau-Claes",
                False,
                "P3",
            ),
            (
                "The port is too important to be closed for politics,",
                "Karim El Idrissi",
                False,
                "P4",
            ),
            ("We will come. We will not come alone.", "Luc Vermeersch", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Luc Vermeersch", "De Standaard"),
            ("P3", None, "press release"),
            ("P4", "Karim El Idrissi", "Facebook"),
        ],
        "people": ["Luc Vermeersch", "Sabine Moreau-Claes", "Karim El Idrissi"],
    },
    {
        "name": "software-layoffs-memo-medium-title-linkedin-share",
        "text": (
            "The software company Quillbyte told about 400 employees on Wednesday that their "
            "jobs would be eliminated, roughly a quarter of its workforce.\n\n"
            "In a memo to staff, the chief executive, Tobias Engström, said the company had "
            "hired “for a world that did not arrive.” “I made that bet,” he wrote, “and the "
            "people leaving today are paying for it.”\n\n"
            "One of those laid off, the designer Nkechi Obi-Lawson, published an essay on "
            "Medium that evening titled “Thank You for Your Service, Here Is Your Laptop "
            "Box.” “I found out when my Slack stopped working,” she wrote. By Thursday the "
            "essay had been read more than 90,000 times.\n\n"
            "Her former manager, Javier Castellanos-Ruiz, shared it on LinkedIn with a note "
            "of his own: “Nkechi was the best hire I ever made. Someone snap her up.”\n\n"
            "“We did not do this lightly,” a Quillbyte spokeswoman said, adding that "
            "departing staff would receive four months’ pay."
        ),
        "quotes": [
            ("for a world that did not arrive.", "Tobias Engström", True, "P1"),
            ("I made that bet,", "Tobias Engström", False, "P1"),
            ("and the people leaving today are paying for it.", "Tobias Engström", False, "P1"),
            ("I found out when my Slack stopped working,", "Nkechi Obi-Lawson", False, "P2"),
            (
                "Nkechi was the best hire I ever made. Someone snap her up.",
                "Javier Castellanos-Ruiz",
                False,
                "P3",
            ),
            ("We did not do this lightly,", None, False, None),
        ],
        "posts": [
            ("P1", "Tobias Engström", None),
            ("P2", "Nkechi Obi-Lawson", "Medium"),
            ("P3", "Javier Castellanos-Ruiz", "LinkedIn"),
        ],
        "people": ["Tobias Engström", "Nkechi Obi-Lawson", "Javier Castellanos-Ruiz"],
    },
    {
        "name": "hydrogen-plant-town-hall-open-letter-threads-reply",
        "text": (
            "Residents of Port Talbot packed a town hall meeting on Thursday to question "
            "plans for a £900 million green hydrogen plant on the site of a former "
            "steelworks.\n\n"
            "“You are asking us to trust the same people who told us the steel jobs were "
            "safe,” a retired steelworker, Gareth Pritchard, told the panel. The project’s "
            "director, Anjali Deshpande-Rowe, replied that the plant would employ 450 "
            "people. “These are jobs that will still exist in 2060,” she said.\n\n"
            "Before the meeting, 212 residents had signed an open letter to the council "
            "raising concerns about the plant’s water use. The letter called the project “a "
            "thirsty neighbour in a town that already floods.”\n\n"
            "The local Senedd member, Rhys ap Dafydd, posted on Threads afterward that the "
            "evening had been “angry, fair and necessary.” In a reply under that post, "
            "Deshpande-Rowe wrote: “Agreed. We will publish the water figures next week.”"
        ),
        "quotes": [
            (
                "You are asking us to trust the same people who told us the steel jobs were safe,",
                "Gareth Pritchard",
                False,
                None,
            ),
            ("These are jobs that will still exist in 2060,", "Anjali Deshpande-Rowe", False, None),
            ("a thirsty neighbour in a town that already floods.", None, True, "P1"),
            ("angry, fair and necessary.", "Rhys ap Dafydd", True, "P2"),
            (
                "Agreed. We will publish the water figures next week.",
                "Anjali Deshpande-Rowe",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rhys ap Dafydd", "Threads"),
        ],
        "people": ["Gareth Pritchard", "Anjali Deshpande-Rowe", "Rhys ap Dafydd"],
    },
    {
        "name": "haitian-painting-record-instagram-podcast-artforum",
        "text": (
            "A painting by the late Haitian artist Lucien Etienne sold for $6.2 million at "
            "Sotheby’s in New York on Tuesday, more than triple its high estimate and a "
            "record for a Caribbean artist.\n\n"
            "The buyer, the collector Farida Haddad-Mansour, confirmed the purchase on "
            "Instagram. “He painted my grandmother’s market in Jacmel. It was always coming "
            "home with me,” she wrote.\n\n"
            "The artist’s sister, Rose-Andrée Etienne, who manages his estate, said on the "
            "podcast Art Matters Weekly that she had wept in the salesroom. “Lucien sold "
            "paintings for fifty dollars on the street in 1978,” she said. “He would have "
            "laughed at this.”\n\n"
            "Not everyone celebrated. The critic Oskar Brandauer called the sale “a "
            "speculative fever dressed up as recognition” in an essay for Artforum. "
            "Haddad-Mansour answered in a comment under her own Instagram post that she "
            "would lend the work to museums. “It will not live in a vault,” she wrote."
        ),
        "quotes": [
            (
                "He painted my grandmother’s market in Jacmel. It was always coming home with me,",
                "Farida Haddad-Mansour",
                False,
                "P1",
            ),
            (
                "Lucien sold paintings for fifty dollars on the street in 1978,",
                "Rose-Andrée Etienne",
                False,
                "P2",
            ),
            ("He would have laughed at this.", "Rose-Andrée Etienne", False, "P2"),
            ("a speculative fever dressed up as recognition", "Oskar Brandauer", True, "P3"),
            ("It will not live in a vault,", "Farida Haddad-Mansour", False, "P1"),
        ],
        "posts": [
            ("P1", "Farida Haddad-Mansour", "Instagram"),
            ("P2", "Rose-Andrée Etienne", "Art Matters Weekly"),
            ("P3", "Oskar Brandauer", "Artforum"),
        ],
        "people": [
            "Lucien Etienne",
            "Farida Haddad-Mansour",
            "Rose-Andrée Etienne",
            "Oskar Brandauer",
        ],
    },
    {
        "name": "coal-mine-standing-opinion-lawsuit-facebook-husband",
        "text": (
            "A federal judge in Montana on Friday allowed a lawsuit by a group of ranchers "
            "against a coal mine expansion to go forward, rejecting the mining company’s "
            "argument that the ranchers lacked standing to sue.\n\n"
            "In a 42-page opinion, Judge Theresa Whitehorse wrote that the ranchers had "
            "shown “concrete and particularized harm” from coal dust and falling water "
            "tables. “The plaintiffs need not wait for their wells to run dry before asking "
            "a court for help,” she wrote.\n\n"
            "The lawsuit, filed last year by the Powder River Ranchers Alliance, accuses Big "
            "Sky Coal Partners of violating the Clean Water Act. The company said in a "
            "statement that it would appeal. “This ruling invites endless litigation against "
            "lawful mining,” the statement said.\n\n"
            "Dolores Aguirre-Bennett, a rancher who chairs the alliance, celebrated on "
            "Facebook. “Eleven years of fighting, and finally somebody listened,” she "
            "posted. Her husband commented beneath it: “Proud of you, Dolores.”"
        ),
        "quotes": [
            ("concrete and particularized harm", "Theresa Whitehorse", True, "P1"),
            (
                "The plaintiffs need not wait for their wells to run dry before asking a court "
                "for help,",
                "Theresa Whitehorse",
                False,
                "P1",
            ),
            ("This ruling invites endless litigation against lawful mining,", None, False, "P3"),
            (
                "Eleven years of fighting, and finally somebody listened,",
                "Dolores Aguirre-Bennett",
                False,
                "P4",
            ),
            ("Proud of you, Dolores.", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Theresa Whitehorse", None),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Dolores Aguirre-Bennett", "Facebook"),
        ],
        "people": ["Theresa Whitehorse", "Dolores Aguirre-Bennett"],
    },
    {
        "name": "maritime-museum-tiktok-volunteer-guardian-briefing",
        "text": (
            "Attendance at the Maritime Museum of Valparaíso has tripled since a 23-year-old "
            "volunteer began posting TikTok videos about its shipwreck collection.\n\n"
            "The volunteer, Ignacio Ferrer-Lagos, known to his 1.4 million followers as “the "
            "Shipwreck Guy,” started filming in January. “Every object here has a death in "
            "it, and people love that,” he says in his most-watched video.\n\n"
            "The museum’s director, Dr. Valentina Soto, told The Guardian that she had been "
            "sceptical at first. “I thought TikTok was for dances,” she said. “Now we have "
            "schoolchildren asking about 19th-century cannon.”\n\n"
            "A culture ministry spokesman said at a briefing in Santiago that other regional "
            "museums were being encouraged to “learn from Valparaíso.”\n\n"
            "Under Ferrer-Lagos’s latest video, about a Scottish whaler that sank in the bay "
            "in 1871, a British maritime historian, Prof. Imogen Blackwood, left a comment: "
            "“You are doing more for naval history than my entire department.”"
        ),
        "quotes": [
            (
                "Every object here has a death in it, and people love that,",
                "Ignacio Ferrer-Lagos",
                False,
                "P1",
            ),
            ("I thought TikTok was for dances,", "Valentina Soto", False, "P2"),
            (
                "Now we have schoolchildren asking about 19th-century cannon.",
                "Valentina Soto",
                False,
                "P2",
            ),
            ("learn from Valparaíso.", None, True, None),
            (
                "You are doing more for naval history than my entire department.",
                "Imogen Blackwood",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ignacio Ferrer-Lagos", "TikTok"),
            ("P2", "Valentina Soto", "The Guardian"),
            ("P3", "Ignacio Ferrer-Lagos", "TikTok"),
        ],
        "people": ["Ignacio Ferrer-Lagos", "Valentina Soto", "Imogen Blackwood"],
    },
    {
        "name": "nairobi-governor-withdraws-youtube-commission-citizen-tv",
        "text": (
            "A candidate for governor of Nairobi withdrew from the race on Saturday, two "
            "weeks before the vote, saying in a YouTube video that she and her children had "
            "received death threats.\n\n"
            "“I will not ask my children to pay the price for my ambitions,” Wanjiru "
            "Kamau-Otieno said in the nine-minute video, filmed at her home in Karen. She "
            "endorsed no one.\n\n"
            "The electoral commission said in a statement that her name would stay on "
            "ballots that had already been printed. Its chairman, Abdirahman Hussein Farah, "
            "told Citizen TV that reprinting would cost “more than 40 million shillings and "
            "a week we do not have.”\n\n"
            "The incumbent, Governor Samuel Kiprotich, posted on X that he was “saddened” "
            "and wished her family safety. Kamau-Otieno’s running mate, Fatuma Wekesa, was "
            "blunter. Speaking to reporters outside the commission’s offices, she said: "
            "“Somebody made this happen, and the police know who.”\n\n"
            "Under the YouTube video, thousands of supporters left messages. “We will vote "
            "for you anyway,” one wrote."
        ),
        "quotes": [
            (
                "I will not ask my children to pay the price for my ambitions,",
                "Wanjiru Kamau-Otieno",
                False,
                "P1",
            ),
            (
                "more than 40 million shillings and a week we do not have.",
                "Abdirahman Hussein Farah",
                True,
                "P3",
            ),
            ("saddened", "Samuel Kiprotich", True, "P4"),
            ("Somebody made this happen, and the police know who.", "Fatuma Wekesa", False, None),
            ("We will vote for you anyway,", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Otieno", "YouTube"),
            ("P2", None, None),
            ("P3", "Abdirahman Hussein Farah", "Citizen TV"),
            ("P4", "Samuel Kiprotich", "X"),
        ],
        "people": [
            "Wanjiru Kamau-Otieno",
            "Abdirahman Hussein Farah",
            "Samuel Kiprotich",
            "Fatuma Wekesa",
        ],
    },
    {
        "name": "imo-carbon-price-speech-ft-op-ed-email-instagram",
        "text": (
            "Negotiators at the International Maritime Organization in London failed on "
            "Friday to agree on a global carbon price for shipping, pushing a decision into "
            "next year.\n\n"
            "“Every year of delay is another foot of water in our streets,” the Marshall "
            "Islands’ climate envoy, Hemina Jetnil, told delegates in a speech on the final "
            "day.\n\n"
            "In an op-ed published that morning in the Financial Times, the chief executive "
            "of the Danish container line Nordhavn Lines, Mette Kragh-Sørensen, argued that "
            "a levy was “the only thing that makes clean fuels pay.” “Shipowners are ready. "
            "The governments are not,” she wrote.\n\n"
            "A senior Brazilian negotiator, Paulo Henrique Barbosa, had circulated an email "
            "to other delegations on Thursday night warning that a levy would raise food "
            "prices in poor countries. The email, seen by Reuters, described the proposal as "
            "“a tax on the hungry.”\n\n"
            "Jetnil said later on Instagram that she was “tired but not beaten.” One "
            "follower, a student in Majuro, commented: “We are still here. We are still "
            "fighting.”"
        ),
        "quotes": [
            (
                "Every year of delay is another foot of water in our streets,",
                "Hemina Jetnil",
                False,
                None,
            ),
            ("the only thing that makes clean fuels pay.", "Mette Kragh-Sørensen", True, "P1"),
            ("Shipowners are ready. The governments are not,", "Mette Kragh-Sørensen", False, "P1"),
            ("a tax on the hungry.", "Paulo Henrique Barbosa", True, "P2"),
            ("tired but not beaten.", "Hemina Jetnil", True, "P3"),
            ("We are still here. We are still fighting.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Mette Kragh-Sørensen", "Financial Times"),
            ("P2", "Paulo Henrique Barbosa", None),
            ("P3", "Hemina Jetnil", "Instagram"),
        ],
        "people": ["Hemina Jetnil", "Mette Kragh-Sørensen", "Paulo Henrique Barbosa"],
    },
    {
        "name": "restaurant-closes-tribune-review-wbez-substack-chef-comment",
        "text": (
            "The chef Kenji Watanabe-Hale closed his Chicago restaurant, Umami & Oak, for "
            "good on Saturday, three weeks after a scathing review in the Chicago Tribune.\n\n"
            "In the review, the critic Delphine Okonjo had called the tasting menu “nine "
            "courses of apology for one good idea.” The chef’s response came on Instagram on "
            "Sunday. “I have read worse reviews of better restaurants. This was not why we "
            "closed,” he wrote.\n\n"
            "His wife and business partner, Soo-ah Watanabe-Hale, told the public radio "
            "station WBEZ that a rent increase had forced the decision. “The landlord "
            "doubled us. No review can do that,” she said.\n\n"
            "Okonjo addressed the closure in her Substack newsletter, The Second Helping, on "
            "Monday. “I stand by every word, and I am sorry for every job lost,” she wrote. "
            "The chef left a comment under the newsletter: “Appreciated. Come eat at the "
            "next one.”"
        ),
        "quotes": [
            ("nine courses of apology for one good idea.", "Delphine Okonjo", True, "P1"),
            (
                "I have read worse reviews of better restaurants. This was not why we closed,",
                "Kenji Watanabe-Hale",
                False,
                "P2",
            ),
            (
                "The landlord doubled us. No review can do that,",
                "Soo-ah Watanabe-Hale",
                False,
                "P3",
            ),
            (
                "I stand by every word, and I am sorry for every job lost,",
                "Delphine Okonjo",
                False,
                "P4",
            ),
            ("Appreciated. Come eat at the next one.", "Kenji Watanabe-Hale", False, "P4"),
        ],
        "posts": [
            ("P1", "Delphine Okonjo", "Chicago Tribune"),
            ("P2", "Kenji Watanabe-Hale", "Instagram"),
            ("P3", "Soo-ah Watanabe-Hale", "WBEZ"),
            ("P4", "Delphine Okonjo", "Substack"),
        ],
        "people": ["Kenji Watanabe-Hale", "Delphine Okonjo", "Soo-ah Watanabe-Hale"],
    },
    {
        "name": "nuclear-restart-earnings-release-call-note-facebook-reddit",
        "text": (
            "The utility Great Lakes Atomic said in its quarterly earnings release on "
            "Thursday that it would seek permission to restart the Marlow Point nuclear "
            "plant in Michigan, closed since 2019, to supply power to data centres. The "
            "release described the plan as “a second life for a proven asset.”\n\n"
            "On the earnings call, the chief executive, Baek Hyun-woo, said two technology "
            "companies had already signed letters of intent. “The demand is not speculative. "
            "It is signed,” Baek said.\n\n"
            "Lucinda Ferreira-Mbeki, an analyst at Harrow Capital, wrote in a note to "
            "clients that the restart was “the most interesting call in the sector this "
            "year.”\n\n"
            "The anti-nuclear group Beyond Marlow posted on Facebook that it would fight the "
            "application “at every hearing.” A retired engineer from the plant, Dariusz "
            "Kowalczyk, took the other side in a Reddit thread he started. “I ran that "
            "reactor for 22 years. It is in better shape than people think,” he wrote. An "
            "anonymous user replied: “Then why did they close it?”"
        ),
        "quotes": [
            ("a second life for a proven asset.", None, True, "P1"),
            ("The demand is not speculative. It is signed,", "Baek Hyun-woo", False, None),
            (
                "the most interesting call in the sector this year.",
                "Lucinda Ferreira-Mbeki",
                True,
                "P2",
            ),
            ("at every hearing.", None, True, "P3"),
            (
                "I ran that reactor for 22 years. It is in better shape than people think,",
                "Dariusz Kowalczyk",
                False,
                "P4",
            ),
            ("Then why did they close it?", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lucinda Ferreira-Mbeki", None),
            ("P3", None, "Facebook"),
            ("P4", "Dariusz Kowalczyk", "Reddit"),
        ],
        "people": ["Baek Hyun-woo", "Lucinda Ferreira-Mbeki", "Dariusz Kowalczyk"],
    },
]
