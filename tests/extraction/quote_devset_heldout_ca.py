"""The seventy-third self-made dev set, held out (CA): its first run is an unseen estimate.

Written with set BZ, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- Words given whole after "with the words" or "with the caption" are not
  partial.
- A reply to a reply under a Threads post belongs to the original post; an
  unnamed replier speaks as None.
- A quote-post on X is a new X post by the person quoting.
- A post deleted and then reposted with new wording is two posts by the same
  author; words from "the second version" belong to the repost.
- A study published in a named journal is a post with author None and the
  journal as platform; a report by a public agency (a bureau, the FAA) is a
  post with author None and no platform, even when only described.
- A written award of a tribunal (a Court of Arbitration for Sport panel) is a
  post with author None and no platform; a single named judge's opinion is the
  judge's post.
- A union's or health department's memo or statement has author None; a
  school principal's letter to parents is the principal's post.
- A lawyer's own statement is the lawyer's post with no platform.
- A company spokesperson's email to a named newspaper is a post with author
  None and the newspaper as platform; a company's email to its customers is a
  post with author None and no platform.
- A video posted by an organisation (a park's YouTube video) has author None;
  the named ranger speaking in it is the quote's speaker.
- A newsletter on Substack has platform Substack (not the newsletter's name);
  an essay on Medium has platform Medium.
- An Instagram story is an Instagram post; a Facebook group's post by the
  group itself has author None.
- A radio programme named as "BBC Radio 4's Today programme" has platform
  Today; a regional TV programme, a TV show and a podcast take the show's name
  (Abendschau, Sport Tonight, Pet Talk, Zoo Voices); a radio station named
  without a show (BBC Radio Cornwall) is the platform.
- An online petition is a post with author None and no platform, even when
  only described.
- A quote that runs over two paragraphs (no closing mark at the end of the
  first) is listed as one quote per paragraph, both with the same speaker and
  post.
- Titles of songs, documentaries, YouTube videos and Reddit threads in marks,
  nicknames of people and animals ("La Pulga", "Knotty"), Reddit usernames in
  single marks and scare quotes ("easy route") are not quotes; the Reddit user
  behind such a username is unnamed and speaks as None.
- A single-marked word inside a quote (‘flexibility’) is part of the quote's
  text and not a quote of its own.
- Organisations named after people (the Oskar Brandt Zoo, the Morwenna Pascoe
  Trust) are not people; animals (Mei, Kamala) are not people; a name that
  appears only inside a quote (Jerome, Zoki) adds no person.
- Name order as written is kept (Haruka Nishimura, Faith Wanjiru Kiptoo);
  hyphenated surnames are part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CA: list[dict] = [
    {
        "name": "rugby-captain-retires-instagram-podcast",
        "text": (
            "Rangi Tapsell, the 31-year-old captain of the Wellington Harriers, announced his "
            "retirement from rugby in an Instagram post on Sunday. “Fourteen seasons, two knees "
            "and one very patient wife. Time to go home,” he wrote in the caption.\n\n"
            "The club followed with a statement thanking him for “a decade of leading from the "
            "front.” It added that his No. 7 shirt would not be worn next season.\n\n"
            "Among the comments under his post was one from his former coach, Malcolm "
            "Ferreira-Dunn: “Best trainer I ever had. Never missed a session.”\n\n"
            "Tapsell spoke at length on the podcast The Front Row on Tuesday. “I didn’t want to "
            "be the guy limping through one season too many,” he said. “My body told me before "
            "my head did.”\n\n"
            "His wife, Aroha Tapsell, posted a photo of the couple on Facebook with the words "
            "“Our turn now.”"
        ),
        "quotes": [
            (
                "Fourteen seasons, two knees and one very patient wife. Time to go home,",
                "Rangi Tapsell",
                False,
                "P1",
            ),
            ("a decade of leading from the front.", None, True, "P2"),
            (
                "Best trainer I ever had. Never missed a session.",
                "Malcolm Ferreira-Dunn",
                False,
                "P1",
            ),
            (
                "I didn’t want to be the guy limping through one season too many,",
                "Rangi Tapsell",
                False,
                "P3",
            ),
            ("My body told me before my head did.", "Rangi Tapsell", False, "P3"),
            ("Our turn now.", "Aroha Tapsell", False, "P4"),
        ],
        "posts": [
            ("P1", "Rangi Tapsell", "Instagram"),
            ("P2", None, None),
            ("P3", "Rangi Tapsell", "The Front Row"),
            ("P4", "Aroha Tapsell", "Facebook"),
        ],
        "people": ["Rangi Tapsell", "Malcolm Ferreira-Dunn", "Aroha Tapsell"],
    },
    {
        "name": "dashcam-rule-blocked-opinion-lawsuit-x",
        "text": (
            "A judge in Sacramento has temporarily blocked a California rule that would have "
            "required ride-hailing drivers to install dashboard cameras by January.\n\n"
            "In a 22-page opinion issued Wednesday, Judge Evangelina Ruiz-Whitaker wrote that "
            "the state had “offered no evidence that the cameras would make a single passenger "
            "safer.” The order halts the rule until a full trial.\n\n"
            "The lawsuit was filed in August by the Independent Drivers Guild, which argued that "
            "the cameras would cost each driver about $600. “Drivers should not pay for the "
            "state’s experiment,” the filing said.\n\n"
            "The guild’s lawyer, Farid Haddadi, told the Los Angeles Times that the ruling was "
            "“a clear win for working people.” He added: “We expect the state to appeal, and we "
            "are ready.”\n\n"
            "The state’s transportation secretary, Corinne Baptiste, responded on X. “We will "
            "keep fighting for rider safety,” she posted, “in court and in the legislature.”"
        ),
        "quotes": [
            (
                "offered no evidence that the cameras would make a single passenger safer.",
                "Evangelina Ruiz-Whitaker",
                True,
                "P1",
            ),
            ("Drivers should not pay for the state’s experiment,", None, False, "P2"),
            ("a clear win for working people.", "Farid Haddadi", True, "P3"),
            ("We expect the state to appeal, and we are ready.", "Farid Haddadi", False, "P3"),
            ("We will keep fighting for rider safety,", "Corinne Baptiste", False, "P4"),
            ("in court and in the legislature.", "Corinne Baptiste", False, "P4"),
        ],
        "posts": [
            ("P1", "Evangelina Ruiz-Whitaker", None),
            ("P2", None, None),
            ("P3", "Farid Haddadi", "Los Angeles Times"),
            ("P4", "Corinne Baptiste", "X"),
        ],
        "people": ["Evangelina Ruiz-Whitaker", "Farid Haddadi", "Corinne Baptiste"],
    },
    {
        "name": "red-panda-cub-zoo-facebook-keeper-tiktok",
        "text": (
            "A red panda cub born at the Oskar Brandt Zoo in Rostock has opened its eyes for the "
            "first time, the zoo announced on its Facebook page on Friday. “Mother and baby are "
            "doing beautifully,” the post said, adding that visitors should not expect to see the "
            "cub “before early summer.”\n\n"
            "Keeper Lotte Hausmann, who has looked after the mother, Mei, since 2019, shared a "
            "short clip on TikTok. “She is an incredibly calm first-time mum,” Hausmann said in "
            "the video. “Honestly, calmer than I was.”\n\n"
            "A viewer asked in the comments whether the cub had a name yet. Hausmann replied: "
            "“Not yet! We’re letting the schoolchildren of Rostock vote.”\n\n"
            "The zoo’s director, Dr. Friedrich Achterberg, told the Ostsee-Zeitung that the birth "
            "was “a small victory for a species that is losing its forests.”"
        ),
        "quotes": [
            ("Mother and baby are doing beautifully,", None, False, "P1"),
            ("before early summer.", None, True, "P1"),
            ("She is an incredibly calm first-time mum,", "Lotte Hausmann", False, "P2"),
            ("Honestly, calmer than I was.", "Lotte Hausmann", False, "P2"),
            (
                "Not yet! We’re letting the schoolchildren of Rostock vote.",
                "Lotte Hausmann",
                False,
                "P2",
            ),
            (
                "a small victory for a species that is losing its forests.",
                "Friedrich Achterberg",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Lotte Hausmann", "TikTok"),
            ("P3", "Friedrich Achterberg", "Ostsee-Zeitung"),
        ],
        "people": ["Lotte Hausmann", "Friedrich Achterberg"],
    },
    {
        "name": "steps-study-journal-release-x-substack",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 40 percent lower risk of early "
            "death than those who walked fewer than 3,000, according to a study published "
            "Tuesday in JAMA Network Open.\n\n"
            "“The benefit levels off sooner than people think,” the study’s senior author, "
            "Dr. Kwame Asante-Boateng of Brightwater Medical Center, said at a news conference. "
            "“You don’t need 10,000.”\n\n"
            "The hospital’s press release called the findings “reassuring for older patients who "
            "find long walks difficult.”\n\n"
            "Asante-Boateng later posted a chart on X showing the curve flattening. “This is the "
            "graph I wish every GP had on the wall,” he wrote.\n\n"
            "Not everyone was convinced. Writing on Substack, the epidemiologist Ingrid Solvang "
            "argued that the study “cannot separate walking from wealth,” because richer people "
            "both walk more and live longer. “Steps are a marker, not necessarily a medicine,” "
            "she wrote."
        ),
        "quotes": [
            (
                "The benefit levels off sooner than people think,",
                "Kwame Asante-Boateng",
                False,
                None,
            ),
            ("You don’t need 10,000.", "Kwame Asante-Boateng", False, None),
            (
                "reassuring for older patients who find long walks difficult.",
                None,
                True,
                "P2",
            ),
            (
                "This is the graph I wish every GP had on the wall,",
                "Kwame Asante-Boateng",
                False,
                "P3",
            ),
            ("cannot separate walking from wealth,", "Ingrid Solvang", True, "P4"),
            ("Steps are a marker, not necessarily a medicine,", "Ingrid Solvang", False, "P4"),
        ],
        "posts": [
            ("P1", None, "JAMA Network Open"),
            ("P2", None, "press release"),
            ("P3", "Kwame Asante-Boateng", "X"),
            ("P4", "Ingrid Solvang", "Substack"),
        ],
        "people": ["Kwame Asante-Boateng", "Ingrid Solvang"],
    },
    {
        "name": "rail-strike-union-deleted-linkedin-reddit",
        "text": (
            "Train drivers on the Northern Valley line will strike for 48 hours next week after "
            "talks over rest breaks collapsed, their union said on Monday.\n\n"
            '"Management calls this ‘flexibility’. We call it asking our members to drive tired," '
            "the Associated Society of Rail Operatives said in a statement.\n\n"
            "The operator’s chief executive, Priyanka Venkataraman, responded in a LinkedIn post "
            "that was deleted within an hour and reposted with softer wording. The second "
            'version said the company was "disappointed but still at the table." "We have '
            'offered more than any other operator in the country," she wrote.\n\n'
            'On Reddit, a commuter started a thread titled "Here we go again," which drew more '
            'than 900 comments. One reply read: "I support the drivers. I just wish I could '
            'afford a car."\n\n'
            "Transport Secretary Olumide Harcourt told BBC Radio 4’s Today programme that both "
            'sides should "get back in a room and stay there."'
        ),
        "quotes": [
            (
                "Management calls this ‘flexibility’. We call it asking our members to drive tired,",
                None,
                False,
                "P1",
            ),
            ("disappointed but still at the table.", "Priyanka Venkataraman", True, "P3"),
            (
                "We have offered more than any other operator in the country,",
                "Priyanka Venkataraman",
                False,
                "P3",
            ),
            ("I support the drivers. I just wish I could afford a car.", None, False, "P4"),
            ("get back in a room and stay there.", "Olumide Harcourt", True, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priyanka Venkataraman", "LinkedIn"),
            ("P3", "Priyanka Venkataraman", "LinkedIn"),
            ("P4", None, "Reddit"),
            ("P5", "Olumide Harcourt", "Today"),
        ],
        "people": ["Priyanka Venkataraman", "Olumide Harcourt"],
    },
    {
        "name": "cairngorms-hiker-rescue-facebook-story-family",
        "text": (
            "A hiker missing for three nights in the Cairngorms was found alive on Thursday, "
            "sheltering under a boulder near Loch Etchachan.\n\n"
            "Braemar Mountain Rescue Team shared the news on its Facebook page. “Cold, hungry and "
            "very, very lucky,” the team wrote, urging walkers to carry a paper map and not to "
            "rely on their phones.\n\n"
            "The hiker, 27-year-old Siddharth Menon-Clarke, posted an Instagram story from his "
            "hospital bed on Friday. “I got cocky. The mountain didn’t,” he wrote over a photo of "
            "his bandaged feet.\n\n"
            "His family said in a statement that they were “overwhelmed with gratitude” for the "
            "volunteers. “We never stopped believing he would walk back to us,” the statement "
            "said.\n\n"
            "Team leader Hamish Dalgleish told The Press and Journal that the so-called “easy "
            "route” up the plateau had claimed too many casual walkers. “There is no easy route "
            "in winter,” he said."
        ),
        "quotes": [
            ("Cold, hungry and very, very lucky,", None, False, "P1"),
            ("I got cocky. The mountain didn’t,", "Siddharth Menon-Clarke", False, "P2"),
            ("overwhelmed with gratitude", None, True, "P3"),
            ("We never stopped believing he would walk back to us,", None, False, "P3"),
            ("There is no easy route in winter,", "Hamish Dalgleish", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Siddharth Menon-Clarke", "Instagram"),
            ("P3", None, None),
            ("P4", "Hamish Dalgleish", "The Press and Journal"),
        ],
        "people": ["Siddharth Menon-Clarke", "Hamish Dalgleish"],
    },
    {
        "name": "marathoner-ban-upheld-youtube-release",
        "text": (
            "The Court of Arbitration for Sport on Monday upheld a four-year ban on the Kenyan "
            "marathon runner Faith Wanjiru Kiptoo, rejecting her claim that a banned steroid "
            "entered her body through contaminated meat.\n\n"
            'The panel’s written award said her explanation was "plausible in theory but '
            'unsupported by any evidence."\n\n'
            'Kiptoo answered in a YouTube video recorded at her training camp in Iten. "I have '
            'never cheated, not once, not in any race," she said, her voice breaking. "I will '
            'keep running, even if it is only for my village."\n\n'
            'World Athletics welcomed the decision in a press release, saying it sent "an '
            'unmistakable message."\n\n'
            "Her lawyer, Thabo Nkosi-Marais, told reporters in Lausanne that they were weighing an "
            'appeal to the Swiss Federal Supreme Court. "This fight is not over," he said.'
        ),
        "quotes": [
            ("plausible in theory but unsupported by any evidence.", None, True, "P1"),
            (
                "I have never cheated, not once, not in any race,",
                "Faith Wanjiru Kiptoo",
                False,
                "P2",
            ),
            (
                "I will keep running, even if it is only for my village.",
                "Faith Wanjiru Kiptoo",
                False,
                "P2",
            ),
            ("an unmistakable message.", None, True, "P3"),
            ("This fight is not over,", "Thabo Nkosi-Marais", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Faith Wanjiru Kiptoo", "YouTube"),
            ("P3", None, "press release"),
        ],
        "people": ["Faith Wanjiru Kiptoo", "Thabo Nkosi-Marais"],
    },
    {
        "name": "algae-warning-vet-threads-reply-to-reply",
        "text": (
            "A vet in Bristol has warned dog owners to keep their pets away from the harbourside "
            "after three dogs fell ill with suspected blue-green algae poisoning in a week.\n\n"
            "“If the water looks like pea soup, don’t let them near it,” Dr. Niamh O’Sullivan "
            "posted on Threads on Saturday. “Symptoms can start within 15 minutes.”\n\n"
            "Under her post, a local councillor, Jerome Whitfield-Ade, wrote that warning signs "
            "would go up “by Monday at the latest.” A dog walker replied to him: “You said that "
            "last summer, Jerome.” Whitfield-Ade answered that this time the money had been "
            "approved.\n\n"
            "Bristol City Council later issued a statement saying water samples had been sent to "
            "a laboratory.\n\n"
            "O’Sullivan repeated her warning on the BBC podcast Pet Talk on Tuesday. “Algae "
            "doesn’t read the calendar,” she said. “September can be as dangerous as July.”"
        ),
        "quotes": [
            (
                "If the water looks like pea soup, don’t let them near it,",
                "Niamh O’Sullivan",
                False,
                "P1",
            ),
            ("Symptoms can start within 15 minutes.", "Niamh O’Sullivan", False, "P1"),
            ("by Monday at the latest.", "Jerome Whitfield-Ade", True, "P1"),
            ("You said that last summer, Jerome.", None, False, "P1"),
            ("Algae doesn’t read the calendar,", "Niamh O’Sullivan", False, "P3"),
            ("September can be as dangerous as July.", "Niamh O’Sullivan", False, "P3"),
        ],
        "posts": [
            ("P1", "Niamh O’Sullivan", "Threads"),
            ("P2", None, None),
            ("P3", "Niamh O’Sullivan", "Pet Talk"),
        ],
        "people": ["Niamh O’Sullivan", "Jerome Whitfield-Ade"],
    },
    {
        "name": "measles-memo-principal-letter-nurse-tiktok",
        "text": (
            "Health officials in Clark County confirmed 14 cases of measles on Wednesday, most of "
            "them among unvaccinated children at two primary schools.\n\n"
            "A memo from the county health department to school nurses, dated Monday, said "
            "exposed children without proof of vaccination “must stay home for 21 days.”\n\n"
            "The principal of Maple Ridge Elementary, Deborah Okonkwo-Lindahl, sent a letter to "
            "parents the same day. “I know this is hard for working families,” she wrote. “But "
            "one case in a classroom can become twenty.”\n\n"
            "A school nurse, Tavita Leiataua, has drawn more than two million views on TikTok "
            "with a video set to the song “Stay Home,” in which she explains the symptoms. "
            "“Fever first, then the rash, and it starts at the hairline,” she says in the "
            "clip.\n\n"
            "County health officer Dr. Marcus Ellery said at a briefing that vaccine appointments "
            "had tripled. “That is the one good number this week,” he said."
        ),
        "quotes": [
            ("must stay home for 21 days.", None, True, "P1"),
            ("I know this is hard for working families,", "Deborah Okonkwo-Lindahl", False, "P2"),
            (
                "But one case in a classroom can become twenty.",
                "Deborah Okonkwo-Lindahl",
                False,
                "P2",
            ),
            (
                "Fever first, then the rash, and it starts at the hairline,",
                "Tavita Leiataua",
                False,
                "P3",
            ),
            ("That is the one good number this week,", "Marcus Ellery", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Deborah Okonkwo-Lindahl", None),
            ("P3", "Tavita Leiataua", "TikTok"),
        ],
        "people": ["Deborah Okonkwo-Lindahl", "Tavita Leiataua", "Marcus Ellery"],
    },
    {
        "name": "tennis-withdrawal-x-quote-post-marca",
        "text": (
            "Lucía Barragán, the Spanish teenager known to fans as “La Pulga,” withdrew from the "
            "Madrid Open on Thursday with a wrist injury. It is the second time in three months "
            "that the injury has forced her out of a clay-court event.\n\n"
            "“Heartbroken to miss my home tournament. I’ll be back stronger,” the 18-year-old "
            "wrote on X.\n\n"
            "Her doubles partner, Yuki Tanabe-Moreau, quote-posted the message with a photo of the "
            "pair lifting a trophy in Doha. “The best is still ahead of you, partner,” "
            "Tanabe-Moreau wrote.\n\n"
            "Barragán’s coach, Ignacio Ferrándiz, told the Spanish newspaper Marca that the injury "
            "was not serious but needed rest. “If she plays now, she loses the summer,” he said. "
            "“We are not going to do that.”\n\n"
            "The tournament director, Helena Voss, called her absence “a real loss for the crowd” "
            "in an interview with Movistar Plus."
        ),
        "quotes": [
            (
                "Heartbroken to miss my home tournament. I’ll be back stronger,",
                "Lucía Barragán",
                False,
                "P1",
            ),
            ("The best is still ahead of you, partner,", "Yuki Tanabe-Moreau", False, "P2"),
            ("If she plays now, she loses the summer,", "Ignacio Ferrándiz", False, "P3"),
            ("We are not going to do that.", "Ignacio Ferrándiz", False, "P3"),
            ("a real loss for the crowd", "Helena Voss", True, "P4"),
        ],
        "posts": [
            ("P1", "Lucía Barragán", "X"),
            ("P2", "Yuki Tanabe-Moreau", "X"),
            ("P3", "Ignacio Ferrándiz", "Marca"),
            ("P4", "Helena Voss", "Movistar Plus"),
        ],
        "people": ["Lucía Barragán", "Yuki Tanabe-Moreau", "Ignacio Ferrándiz", "Helena Voss"],
    },
    {
        "name": "loose-cabin-panel-instagram-faa-medium",
        "text": (
            "A passenger’s video of a cabin panel coming loose on a SkyRoute flight from Denver to "
            "Boise has prompted the airline to inspect 31 aircraft.\n\n"
            "Keanu Akana posted the clip to Instagram minutes after landing on Sunday. “Watched "
            "this rattle for an hour at 30,000 feet. Nobody came,” he wrote in the caption.\n\n"
            "SkyRoute said in a statement that the panel was “cosmetic and posed no risk to the "
            "aircraft.” The airline added: “We are nonetheless inspecting every plane of this "
            "type out of caution.”\n\n"
            "A preliminary report by the Federal Aviation Administration, released Tuesday, found "
            "that two of four fasteners on the panel were missing.\n\n"
            "A retired captain, Gunnhild Strand, wrote on Medium that airlines too often treat "
            "cabin faults as “a housekeeping problem rather than a safety signal.” “Loose "
            "interior parts tell you something about how a plane is maintained,” she wrote. "
            "“Passengers are right to ask.”"
        ),
        "quotes": [
            (
                "Watched this rattle for an hour at 30,000 feet. Nobody came,",
                "Keanu Akana",
                False,
                "P1",
            ),
            ("cosmetic and posed no risk to the aircraft.", None, True, "P2"),
            (
                "We are nonetheless inspecting every plane of this type out of caution.",
                None,
                False,
                "P2",
            ),
            (
                "a housekeeping problem rather than a safety signal.",
                "Gunnhild Strand",
                True,
                "P4",
            ),
            (
                "Loose interior parts tell you something about how a plane is maintained,",
                "Gunnhild Strand",
                False,
                "P4",
            ),
            ("Passengers are right to ask.", "Gunnhild Strand", False, "P4"),
        ],
        "posts": [
            ("P1", "Keanu Akana", "Instagram"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Gunnhild Strand", "Medium"),
        ],
        "people": ["Keanu Akana", "Gunnhild Strand"],
    },
    {
        "name": "cyclist-death-sentencing-widow-facebook-two-paragraphs",
        "text": (
            "A van driver who struck and killed a cyclist in Leeds while looking at his phone was "
            "jailed for six years on Friday.\n\n"
            "Sentencing Darren Pickles at Leeds Crown Court, Judge Ayesha Rahman told him: “You "
            "chose a text message over a man’s life. That choice cannot be undone.”\n\n"
            "The cyclist’s widow, Małgorzata Wiśniewska-Hale, wrote on Facebook that evening that "
            "the sentence “will not bring him home.” Her post continued:\n\n"
            "“But maybe one driver will read about this and put the phone in the glovebox. That "
            "would be something.\n\n"
            "“Please, for him, just do that.”\n\n"
            "The charity Cycling UK said in a statement that the case showed the need for tougher "
            "penalties. “Six years is not a deterrent when drivers think they will never be "
            "caught,” its policy director, Rhodri Pugh, said in the statement."
        ),
        "quotes": [
            (
                "You chose a text message over a man’s life. That choice cannot be undone.",
                "Ayesha Rahman",
                False,
                None,
            ),
            ("will not bring him home.", "Małgorzata Wiśniewska-Hale", True, "P1"),
            (
                "But maybe one driver will read about this and put the phone in the glovebox. "
                "That would be something.",
                "Małgorzata Wiśniewska-Hale",
                False,
                "P1",
            ),
            ("Please, for him, just do that.", "Małgorzata Wiśniewska-Hale", False, "P1"),
            (
                "Six years is not a deterrent when drivers think they will never be caught,",
                "Rhodri Pugh",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Małgorzata Wiśniewska-Hale", "Facebook"),
            ("P2", None, None),
        ],
        "people": [
            "Darren Pickles",
            "Ayesha Rahman",
            "Małgorzata Wiśniewska-Hale",
            "Rhodri Pugh",
        ],
    },
    {
        "name": "half-dome-cables-release-bluesky-youtube",
        "text": (
            "Yosemite National Park will close the Half Dome cables route for the rest of the "
            "season after a rockfall damaged several anchor bolts, the National Park Service said "
            "in a news release on Wednesday.\n\n"
            "“Visitor safety has to come before a summit photo,” the release quoted park "
            "superintendent Rosalind Achebe-Park as saying.\n\n"
            "Climber and filmmaker Tenzing Sherpa-Walsh, whose documentary “The Long Wall” "
            "followed a season of rescues in the valley, posted on Bluesky that the decision was "
            "overdue. “I’ve watched people clip into those cables in sandals,” he wrote.\n\n"
            "Another climber, Beatriz Lindgren, replied: “Agree on the closure, but please don’t "
            "make this about sandals. The bolts failed, not the hikers.”\n\n"
            "Ranger Colm Devaney explained the damage in a YouTube video posted by the park. “You "
            "can see the rock simply sheared away here,” he says, pointing to a fresh scar."
        ),
        "quotes": [
            (
                "Visitor safety has to come before a summit photo,",
                "Rosalind Achebe-Park",
                False,
                "P1",
            ),
            (
                "I’ve watched people clip into those cables in sandals,",
                "Tenzing Sherpa-Walsh",
                False,
                "P2",
            ),
            (
                "Agree on the closure, but please don’t make this about sandals. The bolts "
                "failed, not the hikers.",
                "Beatriz Lindgren",
                False,
                "P2",
            ),
            ("You can see the rock simply sheared away here,", "Colm Devaney", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tenzing Sherpa-Walsh", "Bluesky"),
            ("P3", None, "YouTube"),
        ],
        "people": [
            "Rosalind Achebe-Park",
            "Tenzing Sherpa-Walsh",
            "Beatriz Lindgren",
            "Colm Devaney",
        ],
    },
    {
        "name": "er-waits-report-union-x-minister-op-ed-reddit",
        "text": (
            "Emergency departments in New South Wales recorded their longest waiting times on "
            "record in the last quarter, according to a report from the Bureau of Health "
            "Information published Thursday.\n\n"
            "The report said one in four patients waited more than five hours to be admitted, "
            'calling the figures "deeply concerning."\n\n'
            'The NSW Nurses and Midwives’ Association posted on X within minutes. "Staff are not '
            'slow. Staff are missing," the union wrote.\n\n'
            "Health Minister Anthony Ravindran defended the government in an op-ed in The Sydney "
            'Morning Herald. "We inherited a system built for 2005," he wrote. "We are '
            'rebuilding it while it is running."\n\n'
            "On Reddit, a paramedic who posts as ‘nightshiftmedic’ described waiting outside "
            'Westmead Hospital for four hours with a patient in cardiac distress. "We were stuck '
            'outside the door, watching the monitor, unable to hand over," the user wrote.'
        ),
        "quotes": [
            ("deeply concerning.", None, True, "P1"),
            ("Staff are not slow. Staff are missing,", None, False, "P2"),
            ("We inherited a system built for 2005,", "Anthony Ravindran", False, "P3"),
            ("We are rebuilding it while it is running.", "Anthony Ravindran", False, "P3"),
            (
                "We were stuck outside the door, watching the monitor, unable to hand over,",
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Anthony Ravindran", "The Sydney Morning Herald"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Anthony Ravindran"],
    },
    {
        "name": "manager-sacked-statement-linkedin-tv-fan-group",
        "text": (
            "Dynamo Kirova sacked manager Zoran Petrović on Monday after a run of seven defeats in "
            "eight games.\n\n"
            "The club thanked him in a statement for his “commitment and professionalism” and "
            "said assistant coach Emeka Chukwu would take charge for Saturday’s derby.\n\n"
            "Petrović said goodbye in a LinkedIn post the next morning. “Football is results, and "
            "I did not deliver enough of them,” the 52-year-old wrote. “I leave with my head "
            "up.”\n\n"
            "Former captain Ruslan Abdrakhmanov, now a pundit, said on Sport Tonight that the "
            "board had panicked. “You don’t change the driver in the middle of a bend,” he "
            "said.\n\n"
            "The supporters’ group Kirova Ultras posted a photo of a banner to its Facebook group "
            "with the caption “Thank you, Zoki. Always one of us.” It asked members to applaud "
            "in the 12th minute of the derby."
        ),
        "quotes": [
            ("commitment and professionalism", None, True, "P1"),
            (
                "Football is results, and I did not deliver enough of them,",
                "Zoran Petrović",
                False,
                "P2",
            ),
            ("I leave with my head up.", "Zoran Petrović", False, "P2"),
            (
                "You don’t change the driver in the middle of a bend,",
                "Ruslan Abdrakhmanov",
                False,
                "P3",
            ),
            ("Thank you, Zoki. Always one of us.", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Zoran Petrović", "LinkedIn"),
            ("P3", "Ruslan Abdrakhmanov", "Sport Tonight"),
            ("P4", None, "Facebook"),
        ],
        "people": ["Zoran Petrović", "Emeka Chukwu", "Ruslan Abdrakhmanov"],
    },
    {
        "name": "seal-pup-net-trust-instagram-radio",
        "text": (
            "A grey seal pup found tangled in fishing net on Porthcurno beach is recovering after "
            "volunteers spent two hours cutting it free.\n\n"
            "The Morwenna Pascoe Trust, which runs the seal hospital in Gweek, posted photos of "
            "the pup on Instagram on Sunday. “He is eating fish by himself, which is the best "
            "sign we could ask for,” the trust wrote. Staff have nicknamed him “Knotty.”\n\n"
            "The volunteer who spotted him, Jago Trewin, said he almost walked past. “I thought "
            "it was a bin bag,” he told reporters. “Then it moved.”\n\n"
            "Marine biologist Dr. Sunita Raghavan told BBC Radio Cornwall that ghost gear was now "
            "“the single biggest threat” to seals along the coast. “Every one of these nets was "
            "lost by someone,” she said, “and every one keeps fishing for years.”\n\n"
            "The Cornish Fish Producers’ Organisation said in a Facebook post that it would fund "
            "a net-recovery scheme."
        ),
        "quotes": [
            (
                "He is eating fish by himself, which is the best sign we could ask for,",
                None,
                False,
                "P1",
            ),
            ("I thought it was a bin bag,", "Jago Trewin", False, None),
            ("Then it moved.", "Jago Trewin", False, None),
            ("the single biggest threat", "Sunita Raghavan", True, "P2"),
            ("Every one of these nets was lost by someone,", "Sunita Raghavan", False, "P2"),
            ("and every one keeps fishing for years.", "Sunita Raghavan", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Sunita Raghavan", "BBC Radio Cornwall"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Jago Trewin", "Sunita Raghavan"],
    },
    {
        "name": "scooter-ban-bluesky-email-substack-youtube",
        "text": (
            "Rental e-scooters will vanish from the streets of Ljubljana next month after the "
            "city council voted 27 to 12 to end the scheme.\n\n"
            'Mayor Tjaša Kovačič celebrated on Bluesky. "Our pavements belong to people again," '
            "she posted shortly after the vote.\n\n"
            'The operator, VoltRide, emailed its 40,000 local users on Wednesday. "We are sad to '
            'leave a city we love," the email said, adding that unused credit would be refunded '
            '"in full within 14 days."\n\n'
            "For Anja Berglund, a wheelchair user who writes the Substack newsletter Kerb Notes, "
            'the ban is overdue. "I have been trapped on my own street by a scooter dumped '
            'across a ramp," she wrote on Thursday.\n\n'
            'Not all riders agree. In a YouTube video titled "RIP Scooters," the commuter Marko '
            'Vidmar said the council had "punished everyone for the sins of a few."'
        ),
        "quotes": [
            ("Our pavements belong to people again,", "Tjaša Kovačič", False, "P1"),
            ("We are sad to leave a city we love,", None, False, "P2"),
            ("in full within 14 days.", None, True, "P2"),
            (
                "I have been trapped on my own street by a scooter dumped across a ramp,",
                "Anja Berglund",
                False,
                "P3",
            ),
            ("punished everyone for the sins of a few.", "Marko Vidmar", True, "P4"),
        ],
        "posts": [
            ("P1", "Tjaša Kovačič", "Bluesky"),
            ("P2", None, None),
            ("P3", "Anja Berglund", "Substack"),
            ("P4", "Marko Vidmar", "YouTube"),
        ],
        "people": ["Tjaša Kovačič", "Anja Berglund", "Marko Vidmar"],
    },
    {
        "name": "misread-scan-verdict-lawyer-statement-instagram",
        "text": (
            "A jury in Cook County on Tuesday awarded $8.2 million to a woman whose cancer "
            "diagnosis was delayed by 14 months after a radiologist misread her scan.\n\n"
            "Rosa Delgado-Whitman, 46, cried as the verdict was read. Outside the courthouse, she "
            "told reporters: “I am not angry anymore. I am just tired.”\n\n"
            "Her attorney, Benjamin Osei, said in a statement that the verdict “should be read in "
            "every radiology department in the state.”\n\n"
            "Lakeshore Imaging, the radiologist’s employer, said it would appeal. “We respect the "
            "jury’s work but believe the standard of care was met,” a spokesperson said in an "
            "email to the Chicago Tribune.\n\n"
            "Delgado-Whitman’s daughter, Camila Whitman, later posted a photo of her mother on "
            "Instagram with the words “Fourteen months. Never again.” Dozens of strangers "
            "commented, one writing: “Sending strength from Milwaukee.”"
        ),
        "quotes": [
            ("I am not angry anymore. I am just tired.", "Rosa Delgado-Whitman", False, None),
            (
                "should be read in every radiology department in the state.",
                "Benjamin Osei",
                True,
                "P1",
            ),
            (
                "We respect the jury’s work but believe the standard of care was met,",
                None,
                False,
                "P2",
            ),
            ("Fourteen months. Never again.", "Camila Whitman", False, "P3"),
            ("Sending strength from Milwaukee.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Benjamin Osei", None),
            ("P2", None, "Chicago Tribune"),
            ("P3", "Camila Whitman", "Instagram"),
        ],
        "people": ["Rosa Delgado-Whitman", "Benjamin Osei", "Camila Whitman"],
    },
    {
        "name": "elephant-move-abendschau-petition-podcast",
        "text": (
            "After 31 years at the Tierpark Lindenhof, the Asian elephant Kamala will move to a "
            "sanctuary in Portugal, the zoo confirmed on Friday.\n\n"
            "“She deserves space to walk, and we cannot give her that,” zoo director Annika "
            "Rautenberg said on the regional TV programme Abendschau, “no matter how much we love "
            "her.”\n\n"
            "The decision follows a two-year campaign by the group Free the Giants, whose online "
            "petition gathered 210,000 signatures. In a Facebook post, the group called the move "
            "“a victory for Kamala and for common sense.”\n\n"
            "Her longtime keeper, Wojciech Zieliński, has spoken about their bond on the podcast "
            "Zoo Voices. “She knows my footsteps from the other end of the yard,” he said in the "
            "episode. “Saying goodbye will be the hardest day of my working life.”\n\n"
            "The zoo said she would travel by road in a padded crate, with Zieliński beside her."
        ),
        "quotes": [
            (
                "She deserves space to walk, and we cannot give her that,",
                "Annika Rautenberg",
                False,
                "P1",
            ),
            ("no matter how much we love her.", "Annika Rautenberg", False, "P1"),
            ("a victory for Kamala and for common sense.", None, True, "P3"),
            (
                "She knows my footsteps from the other end of the yard,",
                "Wojciech Zieliński",
                False,
                "P4",
            ),
            (
                "Saying goodbye will be the hardest day of my working life.",
                "Wojciech Zieliński",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Annika Rautenberg", "Abendschau"),
            ("P2", None, None),
            ("P3", None, "Facebook"),
            ("P4", "Wojciech Zieliński", "Zoo Voices"),
        ],
        "people": ["Annika Rautenberg", "Wojciech Zieliński"],
    },
    {
        "name": "te-araroa-record-threads-release-story",
        "text": (
            "The Japanese ultrarunner Haruka Nishimura set a new women’s record for the "
            "3,000-kilometre Te Araroa trail on Saturday, finishing in 52 days and 7 hours.\n\n"
            "“My feet are finished, my heart is full,” Nishimura wrote on Threads from the finish "
            "at Bluff. “Thank you, New Zealand.”\n\n"
            "Her sponsor, the outdoor brand Kōura Gear, announced the record in a press release "
            "that quoted its founder, Mere Paewai: “Haruka has redefined what is possible on this "
            "trail.”\n\n"
            "The previous record holder, Australian runner Bridget Calloway, congratulated her on "
            "Instagram. “Records are made to be broken, and she broke it beautifully,” Calloway "
            "wrote in a story.\n\n"
            "Speaking to Runner’s World, Nishimura said the hardest section was the Richmond "
            "Range. “Six days of rain, and I cried for most of them,” she said. She added that "
            "she would now “sleep for a month.”"
        ),
        "quotes": [
            ("My feet are finished, my heart is full,", "Haruka Nishimura", False, "P1"),
            ("Thank you, New Zealand.", "Haruka Nishimura", False, "P1"),
            (
                "Haruka has redefined what is possible on this trail.",
                "Mere Paewai",
                False,
                "P2",
            ),
            (
                "Records are made to be broken, and she broke it beautifully,",
                "Bridget Calloway",
                False,
                "P3",
            ),
            ("Six days of rain, and I cried for most of them,", "Haruka Nishimura", False, "P4"),
            ("sleep for a month.", "Haruka Nishimura", True, "P4"),
        ],
        "posts": [
            ("P1", "Haruka Nishimura", "Threads"),
            ("P2", None, "press release"),
            ("P3", "Bridget Calloway", "Instagram"),
            ("P4", "Haruka Nishimura", "Runner’s World"),
        ],
        "people": ["Haruka Nishimura", "Mere Paewai", "Bridget Calloway"],
    },
]
