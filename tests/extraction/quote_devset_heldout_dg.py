"""The one-hundred-and-fifth self-made dev set, held out (DG): its first run is an unseen estimate.

Written with set DF, without reading the extraction rules, and committed before
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
  reported without any quoted words (a news release, a study, a YouTube video
  or a press release only described) is still listed in posts.
- Quote text keeps the punctuation inside the marks; a fragment whose closing
  mark comes before any punctuation ("overdue by about a century") has none.
- "people" lists every named person in the order of first mention; in this set
  every named person speaks. Organisations, a named storm (Storm Maren), an
  unnamed talk-show host and names inside titles are not people.
- An agency office's post on X (the National Weather Service's Phoenix office)
  has author None and speaks as None; a named meteorologist's reply "under the
  post" belongs to it.
- "The office of Mayor Adaeze Whitfield said in a statement" is the office's
  statement: author None, and its fragment speaks as None; the mayor's own
  words later at a news conference have no post.
- A chief executive's own statement ("the hospital's chief executive ... said
  in a statement ... he wrote in the statement") is his post with no platform,
  unlike a company's statement.
- Description speakers resolve to the person described: "the 29-year-old",
  "the chef", "her husband, the cinematographer Arvid Karlsson".
- An unnamed commenter under a TikTok video and an unnamed user's reply under a
  Threads post speak as None and belong to that post.
- A study in a named journal is a post with author None and the journal as
  platform (Geophysical Research Letters, Journal of Human Evolution); "the
  authors wrote" speaks as None. A named researcher's words "in a news release
  from the University of Cape Town" belong to that press release (author None)
  with the researcher as speaker.
- A photo posted to Bluesky whose "caption read: ..." is that Bluesky post and
  the caption is a whole quote; a reply reported in narration ("replied that the
  blankets were ...") is partial and belongs to the post replied to.
- Titles in marks (a tour, a single, an instrumental, a game, a gallery, a
  memoir, a tasting menu, CNBC's "Squawk Box") are not quotes, nor is a Reddit
  thread's title ("started a thread titled ..."); a so-called term in marks is
  a scare quote and not a quote.
- A nickname in marks inside a name (Devontae "Lil Harbor" Simmons) is not a
  quote and not part of the canonical name: Devontae Simmons. His "Instagram
  story" is his Instagram post.
- A named producer's lawsuit and complaint is his post with no platform, and a
  fragment of the complaint speaks as him; a judge's written opinion or ruling
  is the judge's post with no platform.
- An "interview" with no named outlet, "when reached by phone", "told a rally",
  testimony "at the hearing", an earnings "call with analysts", a handover
  ceremony and a news conference are not posts; "its trustees announced" with
  no medium is not a post either.
- A fragment attributed to a group's forecasters (MetSul described the rain as
  "biblical.") or to an unnamed Met Office spokesperson is a partial quote with
  speaker None and no post.
- A civil defense agency's bulletin is a post with author None and no platform,
  even when none of its words are quoted.
- "In a second post that evening" is a new post by the same author on the same
  platform (Instagram); words "she says in the clip/video" belong to the video.
- A quote running over two paragraphs: the first paragraph's quote has no
  closing mark and runs to the paragraph's end; the next paragraph's quote has
  the same speaker and post (a Substack essay).
- A national commission's letter is a post with author None; its fragment
  speaks as None.
- A podcast or radio or TV show of a broadcaster takes the show's name, not the
  broadcaster's: the BBC podcast Football Daily, the CBC radio show Daybreak,
  ABC radio's RN Breakfast, CNBC's "Squawk Box" (Squawk Box, without marks),
  The Tonight Show; "told Univision", "told the Chicago Tribune" and "repeated
  the point to Variety ... told the magazine" are interviews with those outlets.
- A club's statement has author None and speaks as None, even when it names
  the manager it sacked.
- A conservation group's YouTube video has author None.
- Quoting someone's Bluesky post "with a message of his own" is a new Bluesky
  post by the quoter, though Bluesky is named only for the first post.
- A fragment after "adding that" in the same sentence as "she wrote" on Medium
  belongs to that Medium post.
- The second half of a quote split by "he said" or "he told the show" starts
  in lower case ("but loyalty has a limit.", "not next month.") but is not
  partial: it is a whole quote with the first half's speaker and post.
- An analyst's note to clients is the analyst's post with no platform, its
  fragment partial; an earnings release and a utility's or employer group's
  "news release" or "media release" are press releases with author None.
- A Facebook photo posted "with the caption ..." and a TikTok posted "with the
  caption ..." are posts whose captions are whole quotes; a comment "under the
  photo" belongs to the photo's post.
- An open letter by unnamed staff posted to Instagram has author None, platform
  Instagram, and its words speak as None.
- A spokesman's email ("said in an email") is the spokesman's post with no
  platform.
- People sharing a surname (Tsosie and Shandiin Begay, Thérèse
  Bouchard-Nakamura and Kenji Nakamura) are separate people, each with the full
  name used; no bare surname is shared.
- A single word quoted whole as a reply under a Threads post ("Solidarity.") is
  a whole quote, not partial, and belongs to that post.
- Compound given names (Miguel Ángel Sotomayor, Rosa Elvira Quispe), Irish
  names (Caoimhe Ní Bhraonáin) and apostrophes in surnames (Liam
  O’Sullivan-Tui, curly as written) are kept whole; Dr., Judge, Governor, Mayor
  and State Senator are titles, not part of a name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DG: list[dict] = [
    {
        "name": "x-phoenix-heat-warning-reply-mayor-statement",
        "text": (
            "The National Weather Service extended an excessive heat warning for Phoenix "
            "through Sunday, which would make it the 19th straight day above 110 degrees. “Do "
            "not underestimate this heat. Check on neighbors, especially older adults who "
            "live alone,” the agency’s Phoenix office wrote on X on Wednesday.\n\n"
            "Under the post, Rosalind Okafor-Baptiste, a meteorologist at the public radio "
            "station KJZZ, added a warning. “Overnight lows are the real danger. The city is "
            "not cooling off at night,” she replied.\n\n"
            "The office of Mayor Adaeze Whitfield said in a statement that 31 cooling centers "
            "would stay open until midnight, calling the heat wave “a public health emergency "
            "in slow motion.”\n\n"
            "At a news conference outside a cooling center in Maryvale on Thursday, Whitfield "
            "said the county had confirmed 54 heat deaths so far this year. “Every one of "
            "those deaths was preventable,” she told reporters. “Every one.”"
        ),
        "quotes": [
            (
                "Do not underestimate this heat. Check on neighbors, especially older adults "
                "who live alone,",
                None,
                False,
                "P1",
            ),
            (
                "Overnight lows are the real danger. The city is not cooling off at night,",
                "Rosalind Okafor-Baptiste",
                False,
                "P1",
            ),
            ("a public health emergency in slow motion.", None, True, "P2"),
            ("Every one of those deaths was preventable,", "Adaeze Whitfield", False, None),
            ("Every one.", "Adaeze Whitfield", False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, None),
        ],
        "people": ["Rosalind Okafor-Baptiste", "Adaeze Whitfield"],
    },
    {
        "name": "instagram-singer-tour-postponed-comment-rolling-stone",
        "text": (
            "The singer Amara Nwachukwu-Reyes has postponed the European leg of her “Glass "
            "Harbor” tour, citing vocal strain, less than a week before she was due to open "
            "in Lisbon.\n\n"
            "“My voice needs rest, not another arena,” the 29-year-old wrote on Instagram on "
            "Friday. “I promise I will make every one of these dates up to you.”\n\n"
            "Her longtime guitarist, Joaquín Ferreyra, left a comment beneath the post: “Take "
            "all the time you need, hermana. We will be here.”\n\n"
            "Nwachukwu-Reyes had hinted at the strain in a March interview with Rolling "
            "Stone, describing the schedule as “brutal, beautiful and probably about 20 shows "
            "too long.”\n\n"
            "Her label, Meridian Records, said in a news release that tickets would remain "
            "valid for the rescheduled concerts and that refunds would be available to anyone "
            "who asked. The tour, her first since the single “Salt Lines” went to No. 1 last "
            "year, had sold more than 400,000 tickets across 38 dates."
        ),
        "quotes": [
            ("My voice needs rest, not another arena,", "Amara Nwachukwu-Reyes", False, "P1"),
            (
                "I promise I will make every one of these dates up to you.",
                "Amara Nwachukwu-Reyes",
                False,
                "P1",
            ),
            (
                "Take all the time you need, hermana. We will be here.",
                "Joaquín Ferreyra",
                False,
                "P1",
            ),
            (
                "brutal, beautiful and probably about 20 shows too long.",
                "Amara Nwachukwu-Reyes",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu-Reyes", "Instagram"),
            ("P2", "Amara Nwachukwu-Reyes", "Rolling Stone"),
            ("P3", None, "press release"),
        ],
        "people": ["Amara Nwachukwu-Reyes", "Joaquín Ferreyra"],
    },
    {
        "name": "facebook-nurses-strike-ceo-statement-tiktok-comment",
        "text": (
            "More than 2,000 nurses at St. Brendan’s Medical Center in Cleveland walked off "
            "the job at 7 a.m. on Monday, the first strike at the hospital in its 130-year "
            "history.\n\n"
            "“We did not want this strike. Management left us no choice,” the Ohio Nurses "
            "Alliance wrote on Facebook as picket lines formed along Carnegie Avenue.\n\n"
            "The hospital’s chief executive, Dr. Harold Lindgren-Mbeki, said in a statement "
            "that it had hired 600 replacement nurses through an agency. “Patient care will "
            "not be interrupted for a single hour,” he wrote in the statement.\n\n"
            "One striking nurse, Precious Dlamini, posted a TikTok video from the picket line "
            "that had been viewed 1.4 million times by Tuesday. “Twelve patients on one nurse "
            "is not care, it is triage,” she says in the video. A commenter wrote beneath it: "
            "“My mom was on your floor last year. You were all heroes.”\n\n"
            "At a news conference, the union’s president, Miguel Ángel Sotomayor, called the "
            "hospital’s latest offer “an insult dressed up as a raise.”"
        ),
        "quotes": [
            ("We did not want this strike. Management left us no choice,", None, False, "P1"),
            (
                "Patient care will not be interrupted for a single hour,",
                "Harold Lindgren-Mbeki",
                False,
                "P2",
            ),
            (
                "Twelve patients on one nurse is not care, it is triage,",
                "Precious Dlamini",
                False,
                "P3",
            ),
            ("My mom was on your floor last year. You were all heroes.", None, False, "P3"),
            ("an insult dressed up as a raise.", "Miguel Ángel Sotomayor", True, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Harold Lindgren-Mbeki", None),
            ("P3", "Precious Dlamini", "TikTok"),
        ],
        "people": ["Harold Lindgren-Mbeki", "Precious Dlamini", "Miguel Ángel Sotomayor"],
    },
    {
        "name": "bluesky-glacier-study-journal-caption-reply",
        "text": (
            "Switzerland’s glaciers lost 4 percent of their remaining volume in 2023, the "
            "second-worst year on record, according to a study published on Wednesday in the "
            "journal Geophysical Research Letters.\n\n"
            "“Losses of this size would have been unthinkable 20 years ago,” the authors "
            "wrote.\n\n"
            "The lead author, Ursina Cavelti-Moreau of ETH Zurich, posted a photo to Bluesky "
            "of the Rhône Glacier wrapped in white fleece, part of a so-called “glacier "
            "blanket” project to slow the melting around a tourist ice grotto. The caption "
            "read: “Blankets buy us a few summers. Nothing more.”\n\n"
            "A Norwegian glaciologist, Eirik Haugland, replied that the blankets were “a "
            "bandage on an amputation.”\n\n"
            "In an interview, Cavelti-Moreau said she had stopped counting the small glaciers "
            "that had disappeared entirely. “We are documenting a funeral, one glacier at a "
            "time,” she said.\n\n"
            "The Federal Office for the Environment said in a news release that it would add "
            "40 glaciers to its monitoring network next year."
        ),
        "quotes": [
            ("Losses of this size would have been unthinkable 20 years ago,", None, False, "P1"),
            ("Blankets buy us a few summers. Nothing more.", "Ursina Cavelti-Moreau", False, "P2"),
            ("a bandage on an amputation.", "Eirik Haugland", True, "P2"),
            (
                "We are documenting a funeral, one glacier at a time,",
                "Ursina Cavelti-Moreau",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Geophysical Research Letters"),
            ("P2", "Ursina Cavelti-Moreau", "Bluesky"),
            ("P3", None, "press release"),
        ],
        "people": ["Ursina Cavelti-Moreau", "Eirik Haugland"],
    },
    {
        "name": "court-sample-lawsuit-judge-opinion-instagram-story",
        "text": (
            "A music producer’s copyright lawsuit against the rapper Devontae “Lil Harbor” "
            "Simmons will go to trial after a federal judge in Los Angeles refused on "
            "Thursday to dismiss it.\n\n"
            "The producer, Ignacio Barrientos-Ruiz, says in his complaint that Simmons lifted "
            "the bassline of his 2016 instrumental “Low Tide” note for note, calling the "
            "copying “deliberate and obvious to anyone with ears.”\n\n"
            "In a 32-page opinion, Judge Miriam Oduya-Fairbanks wrote: “A reasonable jury "
            "could find that the two recordings share their most distinctive musical "
            "element.”\n\n"
            "Outside the courthouse, Simmons’s lawyer, Grant Whitaker-Osei, told reporters "
            "that his client had never heard the earlier track. “We look forward to showing "
            "that to a jury,” he said.\n\n"
            "Simmons himself weighed in hours later on his Instagram story. “Made that beat "
            "in my grandmother’s basement in 2019. Receipts coming,” he wrote."
        ),
        "quotes": [
            ("deliberate and obvious to anyone with ears.", "Ignacio Barrientos-Ruiz", True, "P1"),
            (
                "A reasonable jury could find that the two recordings share their most "
                "distinctive musical element.",
                "Miriam Oduya-Fairbanks",
                False,
                "P2",
            ),
            ("We look forward to showing that to a jury,", "Grant Whitaker-Osei", False, None),
            (
                "Made that beat in my grandmother’s basement in 2019. Receipts coming,",
                "Devontae Simmons",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ignacio Barrientos-Ruiz", None),
            ("P2", "Miriam Oduya-Fairbanks", None),
            ("P3", "Devontae Simmons", "Instagram"),
        ],
        "people": [
            "Devontae Simmons",
            "Ignacio Barrientos-Ruiz",
            "Miriam Oduya-Fairbanks",
            "Grant Whitaker-Osei",
        ],
    },
    {
        "name": "linkedin-layoffs-ceo-email-comment-reddit-thread",
        "text": (
            "The Berlin software company Kestrel Labs laid off 140 people on Tuesday, about a "
            "fifth of its staff, two months after raising €60 million from investors.\n\n"
            "In an email to employees, the chief executive, Annika Vogelsang, wrote that the "
            "company had “hired for a world that did not arrive.” “I own this decision "
            "completely, and I will answer any question you send me,” she wrote later in the "
            "email.\n\n"
            "A product designer, Oluwaseun Adebayo-Hart, posted on LinkedIn that he had "
            "learned of his dismissal when his laptop locked in the middle of a meeting. "
            "“Fourteen minutes from Slack access to nothing,” he wrote. A former colleague, "
            "Priya Raghunathan, commented under the post: “You were the best person on that "
            "team. Someone hire him today.”\n\n"
            "On Reddit, an anonymous user who said they had worked in Kestrel’s sales team "
            "started a thread titled “Ask me anything about the Kestrel layoffs,” which drew "
            "more than 900 replies by evening.\n\n"
            "Vogelsang declined to comment further when reached by phone."
        ),
        "quotes": [
            ("hired for a world that did not arrive.", "Annika Vogelsang", True, "P1"),
            (
                "I own this decision completely, and I will answer any question you send me,",
                "Annika Vogelsang",
                False,
                "P1",
            ),
            (
                "Fourteen minutes from Slack access to nothing,",
                "Oluwaseun Adebayo-Hart",
                False,
                "P2",
            ),
            (
                "You were the best person on that team. Someone hire him today.",
                "Priya Raghunathan",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Annika Vogelsang", None),
            ("P2", "Oluwaseun Adebayo-Hart", "LinkedIn"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Annika Vogelsang", "Oluwaseun Adebayo-Hart", "Priya Raghunathan"],
    },
    {
        "name": "x-brazil-floods-governor-bulletin-instagram-rooftop",
        "text": (
            "Rivers across southern Brazil kept rising on Saturday after a week of torrential "
            "rain that has forced more than 80,000 people from their homes in the state of "
            "Rio Grande do Sul.\n\n"
            "“The water has not peaked yet,” Governor Marcelo Tavares-Quintão wrote on X in "
            "Portuguese. “If you are told to leave, leave now. Do not wait for the morning.”\n\n"
            "The state’s civil defense agency said in a bulletin that the Guaíba River would "
            "stay above flood stage until at least Tuesday. Forecasters at the private "
            "weather service MetSul described the rainfall as “biblical.”\n\n"
            "In Porto Alegre, Luana Bittencourt, a 34-year-old nurse, posted a video to "
            "Instagram from the roof of her house in the Sarandi neighborhood. “We have been "
            "up here since 3 a.m. with two dogs and my mother,” she says in the clip. In a "
            "second post that evening, Bittencourt wrote that a fisherman had reached them in "
            "a wooden boat. “To the man in the red cap: I never got your name, but thank "
            "you,” she wrote."
        ),
        "quotes": [
            ("The water has not peaked yet,", "Marcelo Tavares-Quintão", False, "P1"),
            (
                "If you are told to leave, leave now. Do not wait for the morning.",
                "Marcelo Tavares-Quintão",
                False,
                "P1",
            ),
            ("biblical.", None, True, None),
            (
                "We have been up here since 3 a.m. with two dogs and my mother,",
                "Luana Bittencourt",
                False,
                "P3",
            ),
            (
                "To the man in the red cap: I never got your name, but thank you,",
                "Luana Bittencourt",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Marcelo Tavares-Quintão", "X"),
            ("P2", None, None),
            ("P3", "Luana Bittencourt", "Instagram"),
            ("P4", "Luana Bittencourt", "Instagram"),
        ],
        "people": ["Marcelo Tavares-Quintão", "Luana Bittencourt"],
    },
    {
        "name": "substack-restitution-essay-two-paragraphs-letter",
        "text": (
            "The Ashcombe Museum in Bristol will return 32 brass plaques taken from the "
            "Kingdom of Benin in 1897, its trustees announced on Monday, ending a campaign "
            "that lasted more than a decade.\n\n"
            "The Nigerian historian Chidinma Okonkwo-Bello, who has pressed for the return "
            "since 2012, called the decision “overdue by about a century” in an essay on "
            "Substack. “Restitution is not charity,” she wrote. “It is the correction of an "
            "error in a ledger that was falsified from the start.\n\n"
            "“The plaques will go home. The question now is whether the archives will follow "
            "them.”\n\n"
            "In a letter to the trustees, Nigeria’s National Commission for Museums and "
            "Monuments welcomed “the spirit in which the decision was made.”\n\n"
            "At a handover ceremony, the museum’s director, Eleanor Pryce-Hollis, said the "
            "plaques had been the centerpiece of the gallery “Brass and Memory” for 40 years. "
            "“These objects were never ours to keep,” she said."
        ),
        "quotes": [
            ("overdue by about a century", "Chidinma Okonkwo-Bello", True, "P1"),
            ("Restitution is not charity,", "Chidinma Okonkwo-Bello", False, "P1"),
            (
                "It is the correction of an error in a ledger that was falsified from the start.",
                "Chidinma Okonkwo-Bello",
                False,
                "P1",
            ),
            (
                "The plaques will go home. The question now is whether the archives will "
                "follow them.",
                "Chidinma Okonkwo-Bello",
                False,
                "P1",
            ),
            ("the spirit in which the decision was made.", None, True, "P2"),
            ("These objects were never ours to keep,", "Eleanor Pryce-Hollis", False, None),
        ],
        "posts": [
            ("P1", "Chidinma Okonkwo-Bello", "Substack"),
            ("P2", None, None),
        ],
        "people": ["Chidinma Okonkwo-Bello", "Eleanor Pryce-Hollis"],
    },
    {
        "name": "club-statement-manager-sacked-podcast-instagram-story",
        "text": (
            "Northfield Rovers sacked their manager, Tobias Engström, on Sunday after a run "
            "of nine league games without a win left the club two points above the relegation "
            "zone.\n\n"
            "“The board thanks Tobias for his commitment and wishes him every success in the "
            "future,” the club said in a statement.\n\n"
            "Engström, 51, gave his side of the story a day later on the BBC podcast Football "
            "Daily. “I was given four months to fix a squad that had been built for three "
            "different managers,” he said. “Nobody could have done that, and I told them so "
            "in January.”\n\n"
            "The club captain, Kofi Mensah-Larbi, posted a photo of the two men embracing on "
            "his Instagram story with the words “Thank you for everything, gaffer.”\n\n"
            "At his first news conference on Friday, the interim manager, Sione Taufa, said "
            "the players were “hurting, but not broken,” and promised a more direct style of "
            "play against Ashby Town."
        ),
        "quotes": [
            (
                "The board thanks Tobias for his commitment and wishes him every success in "
                "the future,",
                None,
                False,
                "P1",
            ),
            (
                "I was given four months to fix a squad that had been built for three "
                "different managers,",
                "Tobias Engström",
                False,
                "P2",
            ),
            (
                "Nobody could have done that, and I told them so in January.",
                "Tobias Engström",
                False,
                "P2",
            ),
            ("Thank you for everything, gaffer.", "Kofi Mensah-Larbi", False, "P3"),
            ("hurting, but not broken,", "Sione Taufa", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tobias Engström", "Football Daily"),
            ("P3", "Kofi Mensah-Larbi", "Instagram"),
        ],
        "people": ["Tobias Engström", "Kofi Mensah-Larbi", "Sione Taufa"],
    },
    {
        "name": "threads-whale-stranding-service-statement-youtube",
        "text": (
            "Nearly 200 pilot whales stranded on a remote beach near Macquarie Harbour on "
            "Tasmania’s west coast on Tuesday, the second mass stranding at the site in three "
            "years.\n\n"
            "“Our priority is to refloat the animals that are strong enough to survive,” the "
            "Tasmania Parks and Wildlife Service said in a statement, adding that about half "
            "were still alive by midafternoon.\n\n"
            "Kirra Watson-Mundine, a marine biologist at the University of Tasmania, urged "
            "caution about early theories. “Mass strandings are still not fully understood. "
            "Anyone who tells you they know the cause this week is guessing,” she wrote on "
            "Threads. One user, who said they lived in nearby Strahan, replied: “We’ll bring "
            "towels and buckets at first light.”\n\n"
            "Hamish Donnelly, a volunteer who spent the night on the beach, said the sound "
            "had stayed with him. “You could hear them calling to each other for hours,” he "
            "said when reached by phone.\n\n"
            "The conservation group Southern Ocean Watch posted drone footage of the rescue "
            "to YouTube on Wednesday."
        ),
        "quotes": [
            (
                "Our priority is to refloat the animals that are strong enough to survive,",
                None,
                False,
                "P1",
            ),
            (
                "Mass strandings are still not fully understood. Anyone who tells you they "
                "know the cause this week is guessing,",
                "Kirra Watson-Mundine",
                False,
                "P2",
            ),
            ("We’ll bring towels and buckets at first light.", None, False, "P2"),
            (
                "You could hear them calling to each other for hours,",
                "Hamish Donnelly",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kirra Watson-Mundine", "Threads"),
            ("P3", None, "YouTube"),
        ],
        "people": ["Kirra Watson-Mundine", "Hamish Donnelly"],
    },
    {
        "name": "bluesky-voice-actors-strike-quote-post-medium-variety",
        "text": (
            "Voice actors walked off the fantasy game “Ember Crown” on Monday, joining a "
            "strike against five game publishers over the use of artificial intelligence to "
            "copy performers’ voices.\n\n"
            "“They want to scan my voice once and use it forever. I said no,” Yuki "
            "Tanabe-Brooks, who voices the game’s lead character, posted on Bluesky. The "
            "actor Mateo Ilunga quoted her post with a message of his own: “Same offer, same "
            "answer.”\n\n"
            "The publisher, Halcyon Interactive, said in a statement that it had “offered the "
            "strongest AI protections in the industry.”\n\n"
            "The union’s lead negotiator, Rashida Kamara-Thompson, laid out the dispute in a "
            "post on Medium. “Consent that can be given once and never withdrawn is not "
            "consent,” she wrote, adding that the offer protected “nobody who is not already "
            "famous.”\n\n"
            "She repeated the point to Variety on Tuesday. “Our members are not against "
            "technology,” Kamara-Thompson told the magazine. “They are against being replaced "
            "by a recording of themselves.”"
        ),
        "quotes": [
            (
                "They want to scan my voice once and use it forever. I said no,",
                "Yuki Tanabe-Brooks",
                False,
                "P1",
            ),
            ("Same offer, same answer.", "Mateo Ilunga", False, "P2"),
            ("offered the strongest AI protections in the industry.", None, True, "P3"),
            (
                "Consent that can be given once and never withdrawn is not consent,",
                "Rashida Kamara-Thompson",
                False,
                "P4",
            ),
            ("nobody who is not already famous.", "Rashida Kamara-Thompson", True, "P4"),
            ("Our members are not against technology,", "Rashida Kamara-Thompson", False, "P5"),
            (
                "They are against being replaced by a recording of themselves.",
                "Rashida Kamara-Thompson",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Yuki Tanabe-Brooks", "Bluesky"),
            ("P2", "Mateo Ilunga", "Bluesky"),
            ("P3", None, None),
            ("P4", "Rashida Kamara-Thompson", "Medium"),
            ("P5", "Rashida Kamara-Thompson", "Variety"),
        ],
        "people": ["Yuki Tanabe-Brooks", "Mateo Ilunga", "Rashida Kamara-Thompson"],
    },
    {
        "name": "facebook-ice-storm-caption-son-comment-radio-show",
        "text": (
            "An ice storm coated Montreal in up to 30 millimetres of freezing rain overnight "
            "Wednesday, snapping branches across the city and leaving about 620,000 "
            "Hydro-Québec customers without power.\n\n"
            "“Crews from Ontario and New Brunswick are on their way, but some customers "
            "should expect to be without power until the weekend,” the utility said in a news "
            "release on Thursday.\n\n"
            "In the Rosemont neighbourhood, Thérèse Bouchard-Nakamura posted a photo on "
            "Facebook of the maple that had crushed her fence, with the caption “Forty years "
            "old and it snapped like a pencil.” Her son, Kenji Nakamura, commented under the "
            "photo: “Papa planted that tree the summer I was born.”\n\n"
            "Jean-Philippe Arsenault, a meteorologist with Environment Canada, explained the "
            "damage on the CBC radio show Daybreak. “Two centimetres of ice on a mature tree "
            "can add the weight of a small car,” he said. “Trees that survived 1998 are not "
            "guaranteed to survive this.”"
        ),
        "quotes": [
            (
                "Crews from Ontario and New Brunswick are on their way, but some customers "
                "should expect to be without power until the weekend,",
                None,
                False,
                "P1",
            ),
            (
                "Forty years old and it snapped like a pencil.",
                "Thérèse Bouchard-Nakamura",
                False,
                "P2",
            ),
            ("Papa planted that tree the summer I was born.", "Kenji Nakamura", False, "P2"),
            (
                "Two centimetres of ice on a mature tree can add the weight of a small car,",
                "Jean-Philippe Arsenault",
                False,
                "P3",
            ),
            (
                "Trees that survived 1998 are not guaranteed to survive this.",
                "Jean-Philippe Arsenault",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Thérèse Bouchard-Nakamura", "Facebook"),
            ("P3", "Jean-Philippe Arsenault", "Daybreak"),
        ],
        "people": ["Thérèse Bouchard-Nakamura", "Kenji Nakamura", "Jean-Philippe Arsenault"],
    },
    {
        "name": "earnings-release-analyst-note-squawk-box-cocoa",
        "text": (
            "Shares of the chocolate maker Hallett & Crane fell 7 percent on Wednesday after "
            "the company warned that a third straight poor cocoa harvest in West Africa, "
            "blamed on drought and disease, would squeeze its margins well into next year.\n\n"
            "“Cocoa costs remain at historic highs, and we do not expect relief before the "
            "2026 harvest,” the company said in its earnings release.\n\n"
            "On a call with analysts, the chief executive, Bongani Zulu-Harrington, said "
            "prices would rise again in the spring. “Consumers have been remarkably loyal,” "
            "he said, “but loyalty has a limit.”\n\n"
            "In a note to clients, the Barclays analyst Francesca Lombardi-Weiss wrote that "
            "the guidance was “worse than the street feared, but better than we did.”\n\n"
            "Zulu-Harrington struck a calmer tone on CNBC’s “Squawk Box” the next morning. "
            "“We have hedged most of next year’s cocoa,” he told the show, “so the worst of "
            "this is already in our numbers.”"
        ),
        "quotes": [
            (
                "Cocoa costs remain at historic highs, and we do not expect relief before the "
                "2026 harvest,",
                None,
                False,
                "P1",
            ),
            ("Consumers have been remarkably loyal,", "Bongani Zulu-Harrington", False, None),
            ("but loyalty has a limit.", "Bongani Zulu-Harrington", False, None),
            (
                "worse than the street feared, but better than we did.",
                "Francesca Lombardi-Weiss",
                True,
                "P2",
            ),
            ("We have hedged most of next year’s cocoa,", "Bongani Zulu-Harrington", False, "P3"),
            (
                "so the worst of this is already in our numbers.",
                "Bongani Zulu-Harrington",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Francesca Lombardi-Weiss", None),
            ("P3", "Bongani Zulu-Harrington", "Squawk Box"),
        ],
        "people": ["Bongani Zulu-Harrington", "Francesca Lombardi-Weiss"],
    },
    {
        "name": "guardian-essay-memoir-tonight-show-husband-instagram",
        "text": (
            "The actress Lucía Mendoza-Karlsson, whose memoir “Small Parts” was published on "
            "Tuesday, says she spent most of her twenties being cast as a housekeeper.\n\n"
            "“For a decade I played the maid, the neighbour and the dead wife, sometimes in "
            "the same year,” she wrote in an essay for The Guardian over the weekend. “I kept "
            "every script.”\n\n"
            "On The Tonight Show on Tuesday night, she told the host that her mother had not "
            "yet opened the book. “She says she is waiting for the film,” Mendoza-Karlsson "
            "joked.\n\n"
            "Her husband, the cinematographer Arvid Karlsson, shared a picture on Instagram "
            "of a shelf of spiral-bound drafts. “Twelve years of drafts. She never once quit "
            "on it,” he wrote.\n\n"
            "Her publisher, Lantern House, said in a press release that the book had sold "
            "80,000 copies in its first week, and that a Spanish translation would follow in "
            "the spring."
        ),
        "quotes": [
            (
                "For a decade I played the maid, the neighbour and the dead wife, sometimes "
                "in the same year,",
                "Lucía Mendoza-Karlsson",
                False,
                "P1",
            ),
            ("I kept every script.", "Lucía Mendoza-Karlsson", False, "P1"),
            ("She says she is waiting for the film,", "Lucía Mendoza-Karlsson", False, "P2"),
            ("Twelve years of drafts. She never once quit on it,", "Arvid Karlsson", False, "P3"),
        ],
        "posts": [
            ("P1", "Lucía Mendoza-Karlsson", "The Guardian"),
            ("P2", "Lucía Mendoza-Karlsson", "The Tonight Show"),
            ("P3", "Arvid Karlsson", "Instagram"),
            ("P4", None, "press release"),
        ],
        "people": ["Lucía Mendoza-Karlsson", "Arvid Karlsson"],
    },
    {
        "name": "oregonian-oped-farmworker-heat-univision-growers-letter",
        "text": (
            "Oregon regulators heard more than six hours of testimony in Salem on Wednesday "
            "on a proposal that would require farms to give workers a 15-minute shade break "
            "every two hours once temperatures pass 90 degrees.\n\n"
            "Rosa Elvira Quispe, who picks blueberries near Hillsboro, told Univision what a "
            "July afternoon is like. “By noon the rows are like an oven,” she said. “Nobody "
            "stops to drink, because nobody wants to be the slow one.”\n\n"
            "In a letter to the agency, the Willamette Growers Council argued that the rule "
            "was “written for a desk, not a field.” At the hearing, one grower, Bernard "
            "Vandermolen, testified that shade tents blew over in the wind. “I have lost "
            "three of them this summer already,” he said.\n\n"
            "State Senator Dawit Haile-Mariam, who sponsored the bill that led to the rule, "
            "made his case in an op-ed in The Oregonian. “A worker who dies of heat stroke "
            "has not failed a productivity test,” he wrote. “We have failed him.”"
        ),
        "quotes": [
            ("By noon the rows are like an oven,", "Rosa Elvira Quispe", False, "P1"),
            (
                "Nobody stops to drink, because nobody wants to be the slow one.",
                "Rosa Elvira Quispe",
                False,
                "P1",
            ),
            ("written for a desk, not a field.", None, True, "P2"),
            ("I have lost three of them this summer already,", "Bernard Vandermolen", False, None),
            (
                "A worker who dies of heat stroke has not failed a productivity test,",
                "Dawit Haile-Mariam",
                False,
                "P3",
            ),
            ("We have failed him.", "Dawit Haile-Mariam", False, "P3"),
        ],
        "posts": [
            ("P1", "Rosa Elvira Quispe", "Univision"),
            ("P2", None, None),
            ("P3", "Dawit Haile-Mariam", "The Oregonian"),
        ],
        "people": ["Rosa Elvira Quispe", "Bernard Vandermolen", "Dawit Haile-Mariam"],
    },
    {
        "name": "instagram-restaurant-walkout-open-letter-chef-statement-substack",
        "text": (
            "Kitchen and floor staff at Lumen, one of Chicago’s most celebrated restaurants, "
            "walked out in the middle of service on Saturday night, leaving diners with "
            "half-finished plates from the restaurant’s famous “Lake Effect” tasting menu.\n\n"
            "“We love this kitchen. We do not love being paid late,” the staff wrote in an "
            "open letter posted to Instagram shortly after 9 p.m.\n\n"
            "The chef and owner, Rahel Tesfaye, said in a statement on Sunday that a bank "
            "error had delayed payroll. “Every worker will be paid in full by Friday, with "
            "interest,” the chef wrote in the statement.\n\n"
            "One line cook, Dmitri Volkonsky-Aziz, told the Chicago Tribune that the "
            "explanation did not add up. “It has happened three times since March. A bank "
            "does not make the same mistake three times,” he said.\n\n"
            "The food critic Imogen Achterberg wrote on Substack that Lumen’s reputation had "
            "been built on “a kitchen culture everyone in the industry whispered about.”"
        ),
        "quotes": [
            ("We love this kitchen. We do not love being paid late,", None, False, "P1"),
            (
                "Every worker will be paid in full by Friday, with interest,",
                "Rahel Tesfaye",
                False,
                "P2",
            ),
            (
                "It has happened three times since March. A bank does not make the same "
                "mistake three times,",
                "Dmitri Volkonsky-Aziz",
                False,
                "P3",
            ),
            (
                "a kitchen culture everyone in the industry whispered about.",
                "Imogen Achterberg",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Rahel Tesfaye", None),
            ("P3", "Dmitri Volkonsky-Aziz", "Chicago Tribune"),
            ("P4", "Imogen Achterberg", "Substack"),
        ],
        "people": ["Rahel Tesfaye", "Dmitri Volkonsky-Aziz", "Imogen Achterberg"],
    },
    {
        "name": "tiktok-youth-climate-ruling-sister-comment-email",
        "text": (
            "A state judge in Santa Fe ruled on Monday that New Mexico had violated its "
            "constitution by approving hundreds of new oil and gas wells without weighing "
            "their effect on air quality, a victory for 14 young plaintiffs from across the "
            "state.\n\n"
            "In her 48-page ruling, Judge Carmen Yazzie-Ortega wrote that the state had "
            "“treated the constitution’s pollution clause as a suggestion.”\n\n"
            "One of the plaintiffs, Tsosie Begay, 19, posted a TikTok video from the "
            "courthouse steps. “They said we were too young to understand the science,” he "
            "said in the video. “We understood it fine.” His older sister, Shandiin Begay, "
            "commented: “Grandma is crying happy tears right now.”\n\n"
            "Luis Archuleta, a spokesman for the state attorney general, said in an email "
            "that the state would appeal. “We respectfully disagree with the court’s reading "
            "of the constitution,” Archuleta wrote.\n\n"
            "The ruling does not shut down existing wells, but it orders the state to study "
            "air pollution before approving new ones."
        ),
        "quotes": [
            (
                "treated the constitution’s pollution clause as a suggestion.",
                "Carmen Yazzie-Ortega",
                True,
                "P1",
            ),
            ("They said we were too young to understand the science,", "Tsosie Begay", False, "P2"),
            ("We understood it fine.", "Tsosie Begay", False, "P2"),
            ("Grandma is crying happy tears right now.", "Shandiin Begay", False, "P2"),
            (
                "We respectfully disagree with the court’s reading of the constitution,",
                "Luis Archuleta",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Carmen Yazzie-Ortega", None),
            ("P2", "Tsosie Begay", "TikTok"),
            ("P3", "Luis Archuleta", None),
        ],
        "people": ["Carmen Yazzie-Ortega", "Tsosie Begay", "Shandiin Begay", "Luis Archuleta"],
    },
    {
        "name": "instagram-festival-storm-cancelled-x-headliner-tiktok-caption",
        "text": (
            "Organisers of the Wyndcliffe Festival in Cornwall called off the final two days "
            "of the event on Saturday as Storm Maren brought gusts of more than 70 mph to the "
            "coast, flattening tents and tearing a banner from the main stage.\n\n"
            "“This is the hardest call we have ever made, but nobody’s weekend is worth a "
            "life,” the festival wrote on Instagram.\n\n"
            "Its Sunday headliner, the DJ Ife Adegoke-Sands, posted on X within minutes. "
            "“Cornwall, I’m gutted. I’ll be back next summer, and the first round is on me,” "
            "she wrote.\n\n"
            "Caoimhe Ní Bhraonáin, a student from Galway, posted a TikTok of her tent "
            "cartwheeling across a field with the caption “RIP to my £40 tent, you tried.” "
            "The clip had been viewed two million times by Sunday.\n\n"
            "A Met Office spokesperson called the storm “unusually vigorous for August” and "
            "said a yellow wind warning would remain in place for Devon and Cornwall until "
            "Sunday evening."
        ),
        "quotes": [
            (
                "This is the hardest call we have ever made, but nobody’s weekend is worth a life,",
                None,
                False,
                "P1",
            ),
            (
                "Cornwall, I’m gutted. I’ll be back next summer, and the first round is on me,",
                "Ife Adegoke-Sands",
                False,
                "P2",
            ),
            ("RIP to my £40 tent, you tried.", "Caoimhe Ní Bhraonáin", False, "P3"),
            ("unusually vigorous for August", None, True, None),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Ife Adegoke-Sands", "X"),
            ("P3", "Caoimhe Ní Bhraonáin", "TikTok"),
        ],
        "people": ["Ife Adegoke-Sands", "Caoimhe Ní Bhraonáin"],
    },
    {
        "name": "threads-dockworkers-strike-reply-media-release-rn-breakfast",
        "text": (
            "Dockworkers at Port Botany in Sydney began a 72-hour strike on Monday, leaving "
            "more than 30 container ships waiting offshore in a dispute over rosters and "
            "fatigue.\n\n"
            "“Not one more shift until they sit down and talk,” the union’s state secretary, "
            "Maria Kalogeropoulos, told a rally at the port gates.\n\n"
            "The employer group Ports Australia Group said in a media release that the "
            "union’s demands “would add 18 percent to the cost of moving every container.”\n\n"
            "Liam O’Sullivan-Tui, a crane operator, posted on Threads that he had worked 11 "
            "night shifts in a row. “Twenty-two years on the wharf and I have never seen "
            "morale this low,” he wrote. Kalogeropoulos replied under his post with a single "
            "word: “Solidarity.”\n\n"
            "The federal workplace relations minister, Tanvir Chowdhury, told ABC radio’s RN "
            "Breakfast that he had spoken to both sides. “They need to get back in a room "
            "this week,” he said, “not next month.”"
        ),
        "quotes": [
            (
                "Not one more shift until they sit down and talk,",
                "Maria Kalogeropoulos",
                False,
                None,
            ),
            ("would add 18 percent to the cost of moving every container.", None, True, "P1"),
            (
                "Twenty-two years on the wharf and I have never seen morale this low,",
                "Liam O’Sullivan-Tui",
                False,
                "P2",
            ),
            ("Solidarity.", "Maria Kalogeropoulos", False, "P2"),
            ("They need to get back in a room this week,", "Tanvir Chowdhury", False, "P3"),
            ("not next month.", "Tanvir Chowdhury", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Liam O’Sullivan-Tui", "Threads"),
            ("P3", "Tanvir Chowdhury", "RN Breakfast"),
        ],
        "people": ["Maria Kalogeropoulos", "Liam O’Sullivan-Tui", "Tanvir Chowdhury"],
    },
    {
        "name": "journal-ochre-engravings-release-x-skeptic-natgeo",
        "text": (
            "Archaeologists working in a cave on South Africa’s southern Cape coast have "
            "found pieces of ochre engraved with cross-hatched lines about 70,000 years ago, "
            "according to a study published on Thursday in the Journal of Human Evolution.\n\n"
            "“This is someone sitting down and deciding to make the same mark again and "
            "again,” the lead researcher, Dr. Thandiwe Mokoena, said in a news release from "
            "the University of Cape Town.\n\n"
            "Not everyone is convinced. Rhys Llewellyn-Jones, an archaeologist at Cardiff "
            "University, wrote on X that the lines could be “cut marks from processing hides, "
            "nothing more.” A colleague of his, Farah Siddiqui, replied under his post: “Show "
            "me a hide-scraper that cross-hatches at right angles.”\n\n"
            "Mokoena welcomed the debate in an interview with National Geographic. "
            "“Skepticism is healthy,” she said. “Bring your microscope and come to Cape "
            "Town.”"
        ),
        "quotes": [
            (
                "This is someone sitting down and deciding to make the same mark again and again,",
                "Thandiwe Mokoena",
                False,
                "P2",
            ),
            ("cut marks from processing hides, nothing more.", "Rhys Llewellyn-Jones", True, "P3"),
            (
                "Show me a hide-scraper that cross-hatches at right angles.",
                "Farah Siddiqui",
                False,
                "P3",
            ),
            ("Skepticism is healthy,", "Thandiwe Mokoena", False, "P4"),
            ("Bring your microscope and come to Cape Town.", "Thandiwe Mokoena", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Journal of Human Evolution"),
            ("P2", None, "press release"),
            ("P3", "Rhys Llewellyn-Jones", "X"),
            ("P4", "Thandiwe Mokoena", "National Geographic"),
        ],
        "people": ["Thandiwe Mokoena", "Rhys Llewellyn-Jones", "Farah Siddiqui"],
    },
]
