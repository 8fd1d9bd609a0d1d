"""The ninety-fifth self-made dev set, held out (CW): its first run is an unseen estimate.

Written with set CV, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (an email to a reporter, a regulator's
  letter, an open letter, "told Wired" with no quoted words) is still listed.
- people lists every named person the story mentions, in order of first
  mention, whether or not they speak: a commenter whose question is only
  described (Priya Raghunathan), a judge who only presides (Ewa Szymańska) and
  a chief executive interviewed without quoted words (Obinna Eze-Larsen) are
  people. Organisations, a restaurant (Ìyá) and a game (Northlight) are not.
- Quote text is exactly what lies inside the marks, with any final comma or
  full stop. A fragment in narration with no closing punctuation (“other
  levers”, “in error”, “fully supports”, “reconsidering everything”) is
  partial.
- A quote split by its attribution (“Honestly,” she said, “grumpy is close
  enough.”; “I support density,” he said. “I do not support ...”) is two
  quotes with the same speaker, neither partial.
- A quote that runs over two paragraphs after a colon (the mayor's X thread) is
  one quote per paragraph, both tied to that post; the first paragraph's text
  has no closing mark and ends where the paragraph ends. An X thread is one X
  post.
- A study in a named journal is a post with the journal as platform, written as
  named (Nature Ecology & Evolution, Science Advances, Joule), and author None:
  it is a team's paper even when a lead or senior author is named. Words the
  paper itself uses ("the paper calls the salts ...", "the study describes the
  link as ...") speak as None, are partial and belong to it.
- A "statement released by the university" that quotes its researcher is a post
  with author None and no platform (a statement, not a news release); the
  quote's speaker is the researcher. A space agency's news release and a
  ministry's press release that quote the director or the minister are press
  releases with author None; the quote's speaker is the person quoted.
- "The FAA said" in the opening sentence reports no post; the FAA's statement in
  the next paragraph is a post with author None, and its fragment speaks as
  None.
- A union's statement, three companies' joint letter, an advocacy group's open
  letter, a landlord company's statement and a publisher's statement are posts
  with author None and no platform. An airline's Facebook post and an industry
  association's LinkedIn post have author None with their platform; their words
  speak as None. A company's reply "in an email" to the newsroom is a post with
  author None and no platform.
- A lowercase "the" before an outlet is not part of the platform (the Halden
  Courier, the Star Tribune); a capitalised "The" that belongs to the title is
  kept (The Guardian, The Verge). The Today programme on BBC Radio 4 has
  platform Today; NPR's “Morning Edition” has platform Morning Edition and the
  podcast “Game Maker’s Notebook” has platform Game Maker’s Notebook (the title
  in marks is the platform, not a quote). An interview with ABC News, Radio New
  Zealand, CityNews, Wired or the podcast Decoder is a post on that outlet.
- A quote in the same paragraph after "In an interview with the Star Tribune",
  and a fragment later in that paragraph ("which she called ..."), belong to the
  interview. A quote in a paragraph of its own right after an op-ed paragraph,
  with "he wrote", belongs to the op-ed. A fragment in the sentence after an
  email to employees ("She asked staff to ...") belongs to the email.
- An author's answer under a reply or comment on their own post belongs to that
  post (the museum director answering a trustee's reply under her Threads post,
  the chief executive answering a comment under his LinkedIn post, the YouTuber
  pinning his answer beneath a comment under his video). A reply only described
  without quoted words ("replied to her that ...") adds no quote and no post,
  and neither does a comment only described.
- A fragment of a former trustee's reply under a Threads post ("replied under
  Solvang's post that the board had been ...") is partial and belongs to the
  post replied to.
- A Reddit thread whose starter is unnamed has author None, and a fragment of
  what a user "wrote there" is partial, speaks as None and belongs to the
  thread. A thread started by a named moderator is the moderator's Reddit post;
  a fragment of what he wrote is partial and belongs to it, and an unnamed
  user's reply under it belongs to it with speaker None. An "ask me anything"
  thread by a named person is his Reddit post.
- A Reddit thread's title, a blog post's title, an exhibition's title, a
  nickname (“the Yield King,”, “The Lighthouse”), the words “ask me anything”
  and a scare quote (a route whose “pilot” status lapsed) are not quotes.
- A post on a personal blog with no named platform has platform None. A later
  edition of a Substack newsletter ("In Thursday's edition of the newsletter")
  is a new Substack post, separate from the Substack post of last year.
- A judge's opinion is the judge's post; the lawsuit, brought on someone's
  behalf by no one named, is a post with author None, first reported in "while
  a lawsuit against it proceeds"; a sworn declaration filed with the complaint
  is the declarant's own post with no platform.
- A chief executive's email to employees "seen by Reuters" is the executive's
  post with no platform (Reuters saw it; it is not an interview). An analyst's
  note to clients is the analyst's post with no platform.
- Testimony to a jury, remarks "outside court", a council debate, a planning
  commission hearing, a pre-match news conference, a call with analysts, an
  agency briefing and "reached by phone" are not posts.
- A series of Instagram posts shown at a trial, of which one is quoted ("read
  one post from March 2022"), is one Instagram post by its author. A word a
  witness says her boss used ("had called investors' money “fuel.”") is a
  partial quote whose speaker is the boss (the defendant), tied to no post; the
  witness's own quote speaks as the witness.
- A lawyer's statement posted on Threads is the lawyer's Threads post.
- A Facebook video by a health director is her Facebook post; a post by the
  named woman who runs a Facebook page is her Facebook post; a group
  administrator's post in a Facebook group is his Facebook post.
- A TikTok clip ("he says in the clip") and a YouTube video on a named person's
  channel are that person's posts; an unnamed commenter or viewer under them
  speaks as None and belongs to them.
- The words of an unnamed company's request quoted in narration (“by end of
  day.”) speak as None, are partial and are tied to no post.
- A first-person fragment in narration ("he had eaten there “more times than I
  can count.”") is partial.
- Siblings sharing a surname (Amara and Kofi Diallo-Whitfield) are each named in
  full; "the striker" is Amara. A husband whose surname is part of his wife's
  (Daniel Park, Folasade Ogunleye-Park) is a separate person.
- Descriptions such as "the mayor", "the chef", "the director", "the lawyer" and
  "the minister" resolve to the named person already introduced in that role.
- Titles and roles such as Councillor, Mayor, Transport Secretary, commissioner,
  Sgt., Judge and Dr. are not part of a canonical name.
- Name order as written is kept (Hyun-woo Baek, Seo-yeon Kwak, Wen-Li Chao, Jun
  Takahashi), and multi-word and hyphenated surnames are part of the canonical
  name (Saoirse Ní Bhriain, Mariana Sá Pereira, Lars-Erik Holmqvist).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CW: list[dict] = [
    {
        "name": "x-bus-fare-vote-transit-chief-reply-news-conference",
        "text": (
            "Councillor Adaeze Okonkwo-Reyes used X on Wednesday to announce that she would vote "
            "against the proposed 15 percent bus fare increase in Halden. “Riders should not pay "
            "for a budget hole they did not dig,” she wrote.\n\n"
            "The city’s transit chief, Bartosz Wieczorek, answered beneath her post. “The hole is "
            "real, and so are the bus drivers we need to hire,” he replied.\n\n"
            "At a news conference on Thursday, Mayor Ifeoma Lindgren said the council would look "
            "for “other levers” before any fare rise. “Nothing is final until the vote on the "
            "14th,” the mayor told reporters.\n\n"
            "Okonkwo-Reyes later told the Halden Courier that she had counted seven votes against "
            "the increase. “We have the numbers to stop it,” she said. “Now we need the numbers "
            "to replace it.”\n\n"
            "The riders’ group Fair Transit Halden said in a statement that it would fill the "
            "council chamber for the vote, calling the increase “a tax on the people with the "
            "fewest choices.”"
        ),
        "quotes": [
            (
                "Riders should not pay for a budget hole they did not dig,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "The hole is real, and so are the bus drivers we need to hire,",
                "Bartosz Wieczorek",
                False,
                "P1",
            ),
            ("other levers", "Ifeoma Lindgren", True, None),
            ("Nothing is final until the vote on the 14th,", "Ifeoma Lindgren", False, None),
            ("We have the numbers to stop it,", "Adaeze Okonkwo-Reyes", False, "P2"),
            ("Now we need the numbers to replace it.", "Adaeze Okonkwo-Reyes", False, "P2"),
            ("a tax on the people with the fewest choices.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "X"),
            ("P2", "Adaeze Okonkwo-Reyes", "Halden Courier"),
            ("P3", None, None),
        ],
        "people": ["Adaeze Okonkwo-Reyes", "Bartosz Wieczorek", "Ifeoma Lindgren"],
    },
    {
        "name": "journal-bee-study-abc-interview-tiktok-comment-phone",
        "text": (
            "Bees that forage near busy roads learn floral scents more slowly than bees raised in "
            "quieter fields, according to a study published on Wednesday in the journal Nature "
            "Ecology & Evolution.\n\n"
            "The paper’s senior author, Kalinda Marrawuy of the University of Queensland, said "
            "the effect appeared within days. “The colonies near the highway were not sick. They "
            "were distracted,” she said in an interview with ABC News.\n\n"
            "The study itself is cautious, describing the link between diesel exhaust and memory "
            "as “strongly suggestive but not yet causal.”\n\n"
            "A beekeeper in Toowoomba, Rhys Pennington-Tau, posted a TikTok video about the "
            "findings that has been viewed more than 800,000 times. “My hives by the motorway "
            "have always been the grumpy ones, and now I know why,” he says in the clip.\n\n"
            "Under the video, a commenter who described herself as an entomology student wrote: "
            "“Grumpy is not a scientific term, but I’ll allow it.”\n\n"
            "Marrawuy, reached by phone, laughed at the exchange. “Honestly,” she said, “grumpy "
            "is close enough.”"
        ),
        "quotes": [
            (
                "The colonies near the highway were not sick. They were distracted,",
                "Kalinda Marrawuy",
                False,
                "P2",
            ),
            ("strongly suggestive but not yet causal.", None, True, "P1"),
            (
                "My hives by the motorway have always been the grumpy ones, and now I know why,",
                "Rhys Pennington-Tau",
                False,
                "P3",
            ),
            ("Grumpy is not a scientific term, but I’ll allow it.", None, False, "P3"),
            ("Honestly,", "Kalinda Marrawuy", False, None),
            ("grumpy is close enough.", "Kalinda Marrawuy", False, None),
        ],
        "posts": [
            ("P1", None, "Nature Ecology & Evolution"),
            ("P2", "Kalinda Marrawuy", "ABC News"),
            ("P3", "Rhys Pennington-Tau", "TikTok"),
        ],
        "people": ["Kalinda Marrawuy", "Rhys Pennington-Tau"],
    },
    {
        "name": "fintech-breach-release-linkedin-reddit-regulator-letter",
        "text": (
            "The payments start-up Kestrel Pay said in a press release on Monday that an attacker "
            "had copied the names and partial card numbers of about 210,000 customers. “No full "
            "card numbers or passwords were taken,” the release said.\n\n"
            "Its chief executive, Oluwaseun Adebayo-Marsh, went further in a LinkedIn post hours "
            "later. “We should have caught this in minutes, not in nine days. I own that,” he "
            "wrote.\n\n"
            "On Reddit, a thread titled “Kestrel Pay breach – check your statements” drew more "
            "than 3,000 comments. One user wrote there that the company’s first email to "
            "customers had landed in spam folders “for half the people I know.”\n\n"
            "Ireland’s Data Protection Commission sent the company a letter on Tuesday asking for "
            "a full timeline by Friday. A commission spokeswoman, Saoirse Ní Bhriain, said at a "
            "briefing that the regulator was “treating this with urgency.”\n\n"
            "Under his LinkedIn post, a former Kestrel engineer, Priya Raghunathan, asked whether "
            "the alerting team had been cut last year. “It was reorganised, not cut, but the "
            "question is fair,” Adebayo-Marsh answered."
        ),
        "quotes": [
            ("No full card numbers or passwords were taken,", None, False, "P1"),
            (
                "We should have caught this in minutes, not in nine days. I own that,",
                "Oluwaseun Adebayo-Marsh",
                False,
                "P2",
            ),
            ("for half the people I know.", None, True, "P3"),
            ("treating this with urgency.", "Saoirse Ní Bhriain", True, None),
            (
                "It was reorganised, not cut, but the question is fair,",
                "Oluwaseun Adebayo-Marsh",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Oluwaseun Adebayo-Marsh", "LinkedIn"),
            ("P3", None, "Reddit"),
            ("P4", None, None),
            ("P5", None, None),
        ],
        "people": ["Oluwaseun Adebayo-Marsh", "Saoirse Ní Bhriain", "Priya Raghunathan"],
    },
    {
        "name": "rail-strike-union-statement-today-programme-instagram-caption",
        "text": (
            "Train drivers on Scotland’s busiest commuter lines will strike for 48 hours from "
            "Friday, their union, Aslef, said in a statement on Tuesday. “Our members have been "
            "patient for 14 months. Patience has run out,” the statement said.\n\n"
            "Transport Secretary Fiona MacLeod-Ahmed called the walkout “deeply disappointing” on "
            "the Today programme on BBC Radio 4. “The offer on the table is the best in the "
            "country,” she told the programme.\n\n"
            "Kwabena Osei-Tutu, a driver from Paisley who has worked on the network for 22 years, "
            "posted a photo of an empty platform on Instagram with the caption “This is what "
            "Friday looks like. We didn’t want it either.”\n\n"
            "Commuters were less sympathetic. Hamish Drummond, who travels from Falkirk to "
            "Glasgow every weekday, said at Queen Street station that he would be working from "
            "home. “I’ve done this dance three times already,” he said.\n\n"
            "ScotRail said it would run a reduced timetable on both days, with the last trains "
            "leaving Glasgow and Edinburgh at around 6 p.m."
        ),
        "quotes": [
            (
                "Our members have been patient for 14 months. Patience has run out,",
                None,
                False,
                "P1",
            ),
            ("deeply disappointing", "Fiona MacLeod-Ahmed", True, "P2"),
            (
                "The offer on the table is the best in the country,",
                "Fiona MacLeod-Ahmed",
                False,
                "P2",
            ),
            (
                "This is what Friday looks like. We didn’t want it either.",
                "Kwabena Osei-Tutu",
                False,
                "P3",
            ),
            ("I’ve done this dance three times already,", "Hamish Drummond", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Fiona MacLeod-Ahmed", "Today"),
            ("P3", "Kwabena Osei-Tutu", "Instagram"),
        ],
        "people": ["Fiona MacLeod-Ahmed", "Kwabena Osei-Tutu", "Hamish Drummond"],
    },
    {
        "name": "facial-recognition-injunction-opinion-declaration-substack",
        "text": (
            "A federal judge in Chicago on Thursday barred the city’s police from using a facial "
            "recognition app while a lawsuit against it proceeds. In a 34-page opinion, Judge "
            "Marguerite Oyelaran-Hess wrote that the app’s accuracy on darker-skinned faces had "
            "“never been tested by anyone without a stake in selling it.”\n\n"
            "The suit was brought last spring on behalf of Demetrius Wallace, who was arrested in "
            "2023 after the app wrongly matched him to a robbery suspect. “I lost eleven days and "
            "my job to a computer’s guess,” Wallace said in a sworn declaration filed with the "
            "complaint.\n\n"
            "A police spokesman, Sgt. Tomasz Kowalczyk, told reporters the department would "
            "comply. “We disagree with the ruling, but we will follow it to the letter,” he said.\n\n"
            "The app’s maker, Veridex, did not respond to requests for comment. Its former head "
            "of research, Anjali Venkataraman, wrote on her Substack last year that the company’s "
            "own tests had been “flattering by design.” In Thursday’s edition of the newsletter, "
            "she added: “Nobody inside was surprised by this.”"
        ),
        "quotes": [
            (
                "never been tested by anyone without a stake in selling it.",
                "Marguerite Oyelaran-Hess",
                True,
                "P2",
            ),
            (
                "I lost eleven days and my job to a computer’s guess,",
                "Demetrius Wallace",
                False,
                "P3",
            ),
            (
                "We disagree with the ruling, but we will follow it to the letter,",
                "Tomasz Kowalczyk",
                False,
                None,
            ),
            ("flattering by design.", "Anjali Venkataraman", True, "P4"),
            ("Nobody inside was surprised by this.", "Anjali Venkataraman", False, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marguerite Oyelaran-Hess", None),
            ("P3", "Demetrius Wallace", None),
            ("P4", "Anjali Venkataraman", "Substack"),
            ("P5", "Anjali Venkataraman", "Substack"),
        ],
        "people": [
            "Marguerite Oyelaran-Hess",
            "Demetrius Wallace",
            "Tomasz Kowalczyk",
            "Anjali Venkataraman",
        ],
    },
    {
        "name": "museum-masks-threads-guardian-op-ed-trustee-reply",
        "text": (
            "The Hallstrom Museum in Gothenburg will return 23 carved masks to communities along "
            "the Sepik River in Papua New Guinea, its director, Ingrid Solvang, announced on "
            "Friday. “They were never ours to keep,” Solvang wrote on Threads, adding that the "
            "first masks would travel in May.\n\n"
            "The decision follows an op-ed in The Guardian last month by the curator and activist "
            "Joseph Kaupa, who called the museum’s storerooms “a waiting room with no exit.” "
            "Kaupa welcomed the news on Friday. “This is the first door opening, not the last,” "
            "he told Radio New Zealand.\n\n"
            "Not everyone agreed. Lars-Erik Holmqvist, a former trustee, replied under Solvang’s "
            "post that the board had been “steamrolled.” The director answered him directly: "
            "“Nobody was steamrolled. We voted, and we voted nine to two.”\n\n"
            "The museum’s long-running exhibition “Faces of the Sepik” will close in April to "
            "make room for the preparations, and a smaller display about the return will open in "
            "its place in the autumn."
        ),
        "quotes": [
            ("They were never ours to keep,", "Ingrid Solvang", False, "P1"),
            ("a waiting room with no exit.", "Joseph Kaupa", True, "P2"),
            ("This is the first door opening, not the last,", "Joseph Kaupa", False, "P3"),
            ("steamrolled.", "Lars-Erik Holmqvist", True, "P1"),
            (
                "Nobody was steamrolled. We voted, and we voted nine to two.",
                "Ingrid Solvang",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Ingrid Solvang", "Threads"),
            ("P2", "Joseph Kaupa", "The Guardian"),
            ("P3", "Joseph Kaupa", "Radio New Zealand"),
        ],
        "people": ["Ingrid Solvang", "Joseph Kaupa", "Lars-Erik Holmqvist"],
    },
    {
        "name": "striker-farewell-instagram-club-release-brother-youtube",
        "text": (
            "Amara Diallo-Whitfield ended weeks of speculation on Sunday by posting a farewell to "
            "Brentford fans on Instagram. “Four years, two promotions, one family. Thank you for "
            "everything,” the striker wrote.\n\n"
            "Hours later Bayer Leverkusen confirmed the signing in a press release that described "
            "the 24-year-old as “the forward we have wanted for two seasons.”\n\n"
            "Brentford manager Søren Kjærgaard was asked about the departure at his pre-match "
            "news conference. “You cannot keep a player like that in a cage,” Kjærgaard said. "
            "“You can only make sure he leaves better than he arrived.”\n\n"
            "The striker’s older brother, Kofi Diallo-Whitfield, who runs a football channel on "
            "YouTube, was more emotional in a video posted that evening. “I watched him cry in "
            "the car after his first trial. Today I cried,” he said.\n\n"
            "Fans nicknamed the striker “The Lighthouse” after a towering headed goal against "
            "Millwall in his first season, and the club sold out a run of shirts printed with a "
            "lighthouse within a day."
        ),
        "quotes": [
            (
                "Four years, two promotions, one family. Thank you for everything,",
                "Amara Diallo-Whitfield",
                False,
                "P1",
            ),
            ("the forward we have wanted for two seasons.", None, True, "P2"),
            ("You cannot keep a player like that in a cage,", "Søren Kjærgaard", False, None),
            (
                "You can only make sure he leaves better than he arrived.",
                "Søren Kjærgaard",
                False,
                None,
            ),
            (
                "I watched him cry in the car after his first trial. Today I cried,",
                "Kofi Diallo-Whitfield",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Amara Diallo-Whitfield", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Kofi Diallo-Whitfield", "YouTube"),
        ],
        "people": ["Amara Diallo-Whitfield", "Søren Kjærgaard", "Kofi Diallo-Whitfield"],
    },
    {
        "name": "laptop-ai-chip-medium-essay-bluesky-reply-decoder",
        "text": (
            "The chip designer Lumora unveiled a processor on Tuesday that it says can run large "
            "language models on a laptop battery for a full working day. Its co-founder, Hyun-woo "
            "Baek, made the case in an essay on Medium. “The future of AI is not a bigger data "
            "centre. It is the device already in your bag,” he wrote.\n\n"
            "Independent testers were more measured. Elif Karaosmanoğlu, who benchmarks hardware "
            "for a living, posted on Bluesky that the company’s battery claims were “plausible at "
            "low brightness and with nothing else running.”\n\n"
            "Baek responded under her post: “Fair. We will publish the full test settings on "
            "Friday.”\n\n"
            "Speaking on the podcast Decoder, the semiconductor analyst Thandiwe Mokoena said the "
            "bigger question was price. “If it costs what a MacBook costs, nobody will care how "
            "clever it is,” she said.\n\n"
            "Lumora, which has raised $340 million from investors including two carmakers, said "
            "in an email that pricing would be announced in the autumn."
        ),
        "quotes": [
            (
                (
                    "The future of AI is not a bigger data centre. It is the device already in your "
                    "bag,"
                ),
                "Hyun-woo Baek",
                False,
                "P1",
            ),
            (
                "plausible at low brightness and with nothing else running.",
                "Elif Karaosmanoğlu",
                True,
                "P2",
            ),
            (
                "Fair. We will publish the full test settings on Friday.",
                "Hyun-woo Baek",
                False,
                "P2",
            ),
            (
                "If it costs what a MacBook costs, nobody will care how clever it is,",
                "Thandiwe Mokoena",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Hyun-woo Baek", "Medium"),
            ("P2", "Elif Karaosmanoğlu", "Bluesky"),
            ("P3", "Thandiwe Mokoena", "Decoder"),
            ("P4", None, None),
        ],
        "people": ["Hyun-woo Baek", "Elif Karaosmanoğlu", "Thandiwe Mokoena"],
    },
    {
        "name": "upzoning-hearing-facebook-group-council-substack",
        "text": (
            "A plan to allow four-storey apartment blocks along Tacoma’s Hilltop corridor cleared "
            "the planning commission 6-3 on Wednesday night after a five-hour hearing.\n\n"
            "At the hearing, commissioner Rosalind Achterberg said the city could not “zone its "
            "way back to 1965.” Another commissioner, Benedikt Haussmann, voted no. “I support "
            "density,” he said. “I do not support this density on this street.”\n\n"
            "Opposition had been organised largely in the Facebook group Hilltop Neighbors, where "
            "its administrator, Darnell Fitzhugh, posted a call to attend on Monday. “Bring a "
            "chair, bring a snack, bring your neighbour,” he wrote.\n\n"
            "City council member Lucía Betancourt-Reyes, who represents the district, wrote in "
            "her weekly Substack newsletter on Thursday that the vote was “a start, not a "
            "finish.” She added: “Council takes it up in March, and every objection raised last "
            "night will be on the table.”\n\n"
            "One resident, a retired nurse who asked not to be named, told the commission she "
            "feared her rent would double within two years."
        ),
        "quotes": [
            ("zone its way back to 1965.", "Rosalind Achterberg", True, None),
            ("I support density,", "Benedikt Haussmann", False, None),
            ("I do not support this density on this street.", "Benedikt Haussmann", False, None),
            (
                "Bring a chair, bring a snack, bring your neighbour,",
                "Darnell Fitzhugh",
                False,
                "P1",
            ),
            ("a start, not a finish.", "Lucía Betancourt-Reyes", True, "P2"),
            (
                (
                    "Council takes it up in March, and every objection raised last night will be on "
                    "the table."
                ),
                "Lucía Betancourt-Reyes",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Darnell Fitzhugh", "Facebook"),
            ("P2", "Lucía Betancourt-Reyes", "Substack"),
        ],
        "people": [
            "Rosalind Achterberg",
            "Benedikt Haussmann",
            "Darnell Fitzhugh",
            "Lucía Betancourt-Reyes",
        ],
    },
    {
        "name": "asteroid-salt-journal-x-esa-release-youtube-briefing",
        "text": (
            "Dust returned by the probe Kagura from a small asteroid contains phosphate salts "
            "that formed in liquid water, a team from Japan’s space agency, JAXA, and the "
            "European Space Agency reported on Monday in the journal Science Advances.\n\n"
            "The paper calls the salts “the clearest evidence yet of brine inside a body this "
            "small.” Its lead author, Haruka Nishimoto, was blunter on X: “Tiny rock, salty past. "
            "I have not slept properly in a month,” she posted.\n\n"
            "“This reshapes how we think about where water hid in the early solar system,” ESA’s "
            "director of science, Carole Mbemba-Fontaine, said in a news release.\n\n"
            "In a video posted on his YouTube channel, the astrochemist Rafael Quiñones-Ortiz "
            "urged caution. “Salt tells you water was there. It does not tell you for how long,” "
            "he said.\n\n"
            "Nishimoto, asked about that at a JAXA briefing in Sagamihara on Tuesday, agreed. “He "
            "is right, and that is the next paper,” she said."
        ),
        "quotes": [
            ("the clearest evidence yet of brine inside a body this small.", None, True, "P1"),
            (
                "Tiny rock, salty past. I have not slept properly in a month,",
                "Haruka Nishimoto",
                False,
                "P2",
            ),
            (
                "This reshapes how we think about where water hid in the early solar system,",
                "Carole Mbemba-Fontaine",
                False,
                "P3",
            ),
            (
                "Salt tells you water was there. It does not tell you for how long,",
                "Rafael Quiñones-Ortiz",
                False,
                "P4",
            ),
            ("He is right, and that is the next paper,", "Haruka Nishimoto", False, None),
        ],
        "posts": [
            ("P1", None, "Science Advances"),
            ("P2", "Haruka Nishimoto", "X"),
            ("P3", None, "press release"),
            ("P4", "Rafael Quiñones-Ortiz", "YouTube"),
        ],
        "people": ["Haruka Nishimoto", "Carole Mbemba-Fontaine", "Rafael Quiñones-Ortiz"],
    },
    {
        "name": "scooter-ban-operators-letter-reddit-ama-tiktok",
        "text": (
            "Lisbon’s city council voted on Tuesday to ban rental e-scooters from the historic "
            "centre from June, after a year of complaints about pavements blocked by abandoned "
            "vehicles.\n\n"
            "Councillor Joana Carvalhal, who proposed the ban, said during the debate that the "
            "scooters had turned the steps of Alfama into “an obstacle course.”\n\n"
            "The operators Bolt, Lime and Dott said in a joint letter to the council last week "
            "that a ban would push riders back into cars. “A ban punishes the many for the "
            "parking habits of the few,” the letter said.\n\n"
            "Ricardo Anjos, a Lisbon software developer who rides a scooter to work, hosted an "
            "“ask me anything” thread on Reddit about the vote. “I’ll miss them, but I won’t miss "
            "tripping over them,” he wrote in the thread. A user replied: “Same. My grandmother "
            "broke her wrist on one.”\n\n"
            "On TikTok, the tour guide Mariana Sá Pereira posted a video of herself dragging a "
            "fallen scooter off a tram line. “Every single morning,” she says in the clip, before "
            "pointing the camera at two more."
        ),
        "quotes": [
            ("an obstacle course.", "Joana Carvalhal", True, None),
            ("A ban punishes the many for the parking habits of the few,", None, False, "P1"),
            ("I’ll miss them, but I won’t miss tripping over them,", "Ricardo Anjos", False, "P2"),
            ("Same. My grandmother broke her wrist on one.", None, False, "P2"),
            ("Every single morning,", "Mariana Sá Pereira", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ricardo Anjos", "Reddit"),
            ("P3", "Mariana Sá Pereira", "TikTok"),
        ],
        "people": ["Joana Carvalhal", "Ricardo Anjos", "Mariana Sá Pereira"],
    },
    {
        "name": "ev-truck-forecast-cut-earnings-call-analyst-note-staff-email",
        "text": (
            "Shares of the electric-truck maker Voltaro fell 18 percent on Thursday after the "
            "company cut its delivery forecast for the year by a third.\n\n"
            "In its earnings release, Voltaro blamed “a slower-than-expected ramp at our "
            "Monterrey plant.” On a call with analysts, chief executive Valentina Greco said the "
            "problem was a single supplier of battery housings. “We have fixed the supplier. We "
            "have not yet fixed the calendar,” she said.\n\n"
            "Aditya Menon, an analyst at Morgan Stanley, wrote in a note to clients that the cut "
            "was “overdue and probably not the last.”\n\n"
            "Greco struck a warmer tone in an email to employees that was seen by Reuters. "
            "“Nothing about today changes what we are building or why,” she wrote. She asked "
            "staff to “keep the heads down and the line moving.”\n\n"
            "Her predecessor, Tobias Rautenberg, who left the company in January, posted on "
            "LinkedIn that he was “rooting for the team, quietly.”"
        ),
        "quotes": [
            ("a slower-than-expected ramp at our Monterrey plant.", None, True, "P1"),
            (
                "We have fixed the supplier. We have not yet fixed the calendar,",
                "Valentina Greco",
                False,
                None,
            ),
            ("overdue and probably not the last.", "Aditya Menon", True, "P2"),
            (
                "Nothing about today changes what we are building or why,",
                "Valentina Greco",
                False,
                "P3",
            ),
            ("keep the heads down and the line moving.", "Valentina Greco", True, "P3"),
            ("rooting for the team, quietly.", "Tobias Rautenberg", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Aditya Menon", None),
            ("P3", "Valentina Greco", None),
            ("P4", "Tobias Rautenberg", "LinkedIn"),
        ],
        "people": ["Valentina Greco", "Aditya Menon", "Tobias Rautenberg"],
    },
    {
        "name": "chef-closing-instagram-husband-comment-star-tribune-landlord",
        "text": (
            "After 17 years, the Lagos-born chef Folasade Ogunleye-Park is closing Ìyá, her West "
            "African restaurant in the Seward neighborhood of Minneapolis, at the end of the "
            "month.\n\n"
            "The chef broke the news on Instagram on Sunday with a photo of her first menu. “Rent "
            "went up 40 percent. I can’t make jollof cost less than rice does,” she wrote.\n\n"
            "Her husband, Daniel Park, who runs the front of house, commented beneath it: "
            "“Seventeen years of Saturdays. Worth every one.”\n\n"
            "In an interview with the Star Tribune, Ogunleye-Park said she was not done cooking. "
            "“A restaurant is a building. The food goes where I go,” the chef said. She hinted at "
            "a pop-up series in the spring, which she called “a smaller, louder version of Ìyá.”\n\n"
            "The landlord, Cedar Row Properties, said in a statement that the increase reflected "
            "“market conditions across the corridor.”\n\n"
            "A regular, the city council member Jamal Whitaker-Osei, wrote on X that he had eaten "
            "there “more times than I can count.”"
        ),
        "quotes": [
            (
                "Rent went up 40 percent. I can’t make jollof cost less than rice does,",
                "Folasade Ogunleye-Park",
                False,
                "P1",
            ),
            ("Seventeen years of Saturdays. Worth every one.", "Daniel Park", False, "P1"),
            (
                "A restaurant is a building. The food goes where I go,",
                "Folasade Ogunleye-Park",
                False,
                "P2",
            ),
            ("a smaller, louder version of Ìyá.", "Folasade Ogunleye-Park", True, "P2"),
            ("market conditions across the corridor.", None, True, "P3"),
            ("more times than I can count.", "Jamal Whitaker-Osei", True, "P4"),
        ],
        "posts": [
            ("P1", "Folasade Ogunleye-Park", "Instagram"),
            ("P2", "Folasade Ogunleye-Park", "Star Tribune"),
            ("P3", None, None),
            ("P4", "Jamal Whitaker-Osei", "X"),
        ],
        "people": ["Folasade Ogunleye-Park", "Daniel Park", "Jamal Whitaker-Osei"],
    },
    {
        "name": "open-source-maintainer-blog-title-mastodon-verge",
        "text": (
            "The sole maintainer of Quillmark, a text-formatting library downloaded 30 million "
            "times a week, said on Monday that he was stepping down after a large company asked "
            "him to fix a bug for free “by end of day.”\n\n"
            "Mateus Albuquerque-Santos announced the decision in a post on his personal blog "
            "titled “Nobody Owes Anybody a Weekend.” “I love this code. I do not love being "
            "treated as a free vendor,” he wrote.\n\n"
            "On Mastodon, the security researcher Aigerim Seitkali warned that an unmaintained "
            "library of that size was “a gift to attackers.” Albuquerque-Santos replied to her "
            "that he would hand the project to a foundation rather than abandon it.\n\n"
            "He told The Verge on Tuesday that two foundations had already been in touch. “I am "
            "not walking away. I am walking to a desk with a salary attached, hopefully,” he "
            "said.\n\n"
            "The company at the centre of the dispute, which he has declined to name, has not "
            "commented. Quillmark is used by several of the largest note-taking and publishing "
            "apps."
        ),
        "quotes": [
            ("by end of day.", None, True, None),
            (
                "I love this code. I do not love being treated as a free vendor,",
                "Mateus Albuquerque-Santos",
                False,
                "P1",
            ),
            ("a gift to attackers.", "Aigerim Seitkali", True, "P2"),
            (
                "I am not walking away. I am walking to a desk with a salary attached, hopefully,",
                "Mateus Albuquerque-Santos",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mateus Albuquerque-Santos", None),
            ("P2", "Aigerim Seitkali", "Mastodon"),
            ("P3", "Mateus Albuquerque-Santos", "The Verge"),
        ],
        "people": ["Mateus Albuquerque-Santos", "Aigerim Seitkali"],
    },
    {
        "name": "measles-outbreak-facebook-video-release-op-ed-parents-page",
        "text": (
            "Health officials in Lubbock County confirmed 14 new measles cases on Friday, "
            "bringing the outbreak’s total to 61, most of them in unvaccinated children.\n\n"
            "The county’s health director, Dr. Esperanza Villalobos, said in a Facebook video "
            "that vaccination clinics would stay open through the weekend. “If your child has had "
            "one dose, come get the second. If they have had none, come today,” she said.\n\n"
            "The Texas Department of State Health Services said in a news release that two "
            "children were in hospital. It described their condition as “stable and improving.”\n\n"
            "A local pediatrician, Dr. Hamid Rahimi-Tehrani, wrote in an op-ed in the Lubbock "
            "Avalanche-Journal that parents who delayed shots were “not villains, just "
            "frightened.”\n\n"
            "“Fear is contagious too, and it spreads faster than measles,” he wrote.\n\n"
            "Kristen Albers, a mother of three who runs the Facebook page Lubbock Natural "
            "Parents, posted on Saturday that she was “reconsidering everything” after a "
            "neighbour’s son fell ill."
        ),
        "quotes": [
            (
                (
                    "If your child has had one dose, come get the second. If they have had none, come "
                    "today,"
                ),
                "Esperanza Villalobos",
                False,
                "P1",
            ),
            ("stable and improving.", None, True, "P2"),
            ("not villains, just frightened.", "Hamid Rahimi-Tehrani", True, "P3"),
            (
                "Fear is contagious too, and it spreads faster than measles,",
                "Hamid Rahimi-Tehrani",
                False,
                "P3",
            ),
            ("reconsidering everything", "Kristen Albers", True, "P4"),
        ],
        "posts": [
            ("P1", "Esperanza Villalobos", "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Hamid Rahimi-Tehrani", "Lubbock Avalanche-Journal"),
            ("P4", "Kristen Albers", "Facebook"),
        ],
        "people": ["Esperanza Villalobos", "Hamid Rahimi-Tehrani", "Kristen Albers"],
    },
    {
        "name": "runway-near-miss-faa-statement-x-video-morning-edition",
        "text": (
            "A regional jet and a cargo plane came within 300 feet of each other on a runway at "
            "Boston Logan International Airport on Saturday night, the Federal Aviation "
            "Administration said.\n\n"
            "In a statement, the FAA said a controller had cleared the cargo flight to cross the "
            "runway “in error” and that it had opened an investigation.\n\n"
            "A passenger on the regional jet, Seo-yeon Kwak, posted a video on X showing the "
            "cabin lurching as the pilots braked. “We were doing maybe 100 mph and then suddenly "
            "we weren’t,” she wrote. Her post had been viewed four million times by Sunday.\n\n"
            "The airline, Harbor Air, praised its crew in a post on Facebook: “Their training did "
            "exactly what it is meant to do.”\n\n"
            "Desmond Achebe-Wilkins, the president of the controllers’ union local, told NPR’s "
            "“Morning Edition” that staffing at the tower was 30 percent below target. “This is "
            "what running a tower on fumes looks like,” he said.\n\n"
            "No one was hurt, and both aircraft taxied to their gates."
        ),
        "quotes": [
            ("in error", None, True, "P1"),
            (
                "We were doing maybe 100 mph and then suddenly we weren’t,",
                "Seo-yeon Kwak",
                False,
                "P2",
            ),
            ("Their training did exactly what it is meant to do.", None, False, "P3"),
            (
                "This is what running a tower on fumes looks like,",
                "Desmond Achebe-Wilkins",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Seo-yeon Kwak", "X"),
            ("P3", None, "Facebook"),
            ("P4", "Desmond Achebe-Wilkins", "Morning Edition"),
        ],
        "people": ["Seo-yeon Kwak", "Desmond Achebe-Wilkins"],
    },
    {
        "name": "heat-pump-study-joule-university-statement-linkedin-youtube",
        "text": (
            "Heat pumps cut household heating emissions by at least 60 percent even in the "
            "coldest parts of Canada, according to a study by researchers at McGill University "
            "published on Wednesday in the journal Joule.\n\n"
            "“People assume they stop working at minus 20. The data says otherwise,” the study’s "
            "lead author, Amélie Tremblay-Nakamura, said in a statement released by the "
            "university.\n\n"
            "The Canadian Gas Association disputed the findings in a post on LinkedIn, saying the "
            "study had relied on “best-case installations.”\n\n"
            "The YouTuber Owen Gallagher-Mbatha, whose channel reviews home energy gear, ran a "
            "heat pump through a Winnipeg January for a video posted last month. “It groaned, it "
            "iced up twice, and it never once left us cold,” he says in the video. Under it, a "
            "viewer commented: “Mine died at minus 34. Yours must be a better unit.”\n\n"
            "Gallagher-Mbatha pinned his answer beneath the comment: “Installation matters more "
            "than the brand.”"
        ),
        "quotes": [
            (
                "People assume they stop working at minus 20. The data says otherwise,",
                "Amélie Tremblay-Nakamura",
                False,
                "P2",
            ),
            ("best-case installations.", None, True, "P3"),
            (
                "It groaned, it iced up twice, and it never once left us cold,",
                "Owen Gallagher-Mbatha",
                False,
                "P4",
            ),
            ("Mine died at minus 34. Yours must be a better unit.", None, False, "P4"),
            ("Installation matters more than the brand.", "Owen Gallagher-Mbatha", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Joule"),
            ("P2", None, None),
            ("P3", None, "LinkedIn"),
            ("P4", "Owen Gallagher-Mbatha", "YouTube"),
        ],
        "people": ["Amélie Tremblay-Nakamura", "Owen Gallagher-Mbatha"],
    },
    {
        "name": "crypto-fraud-trial-instagram-nickname-testimony-threads",
        "text": (
            "Prosecutors in Manhattan on Tuesday showed jurors a series of Instagram posts in "
            "which the crypto promoter Viktor Marchetti-Sokolov, known online as “the Yield "
            "King,” urged followers to move their savings into his token. “Banks pay you 0.5 "
            "percent. I pay you freedom,” read one post from March 2022.\n\n"
            "Marchetti-Sokolov has pleaded not guilty to wire fraud.\n\n"
            "Testifying for the prosecution, a former employee, Naledi Khumalo, said her boss had "
            "called investors’ money “fuel.” “He said the token was the rocket and we were the "
            "launch crew,” she told the jury.\n\n"
            "Outside court, the defendant’s lawyer, Gideon Farrow-Adeyemi, said Khumalo’s account "
            "was “a story she rehearsed with the government.”\n\n"
            "Later that evening, the lawyer posted a statement on Threads: “My client built "
            "something real. The jury will see that.”\n\n"
            "The trial, before Judge Ewa Szymańska, is expected to last three weeks, and the "
            "defence has said it may call Marchetti-Sokolov to testify."
        ),
        "quotes": [
            (
                "Banks pay you 0.5 percent. I pay you freedom,",
                "Viktor Marchetti-Sokolov",
                False,
                "P1",
            ),
            ("fuel.", "Viktor Marchetti-Sokolov", True, None),
            (
                "He said the token was the rocket and we were the launch crew,",
                "Naledi Khumalo",
                False,
                None,
            ),
            ("a story she rehearsed with the government.", "Gideon Farrow-Adeyemi", True, None),
            (
                "My client built something real. The jury will see that.",
                "Gideon Farrow-Adeyemi",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Viktor Marchetti-Sokolov", "Instagram"),
            ("P2", "Gideon Farrow-Adeyemi", "Threads"),
        ],
        "people": [
            "Viktor Marchetti-Sokolov",
            "Naledi Khumalo",
            "Gideon Farrow-Adeyemi",
            "Ewa Szymańska",
        ],
    },
    {
        "name": "bike-lane-removal-ministry-release-mayor-x-thread-citynews",
        "text": (
            "Ontario’s transportation minister ordered on Monday that the protected bike lanes on "
            "three Toronto streets, including a Bloor Street route whose “pilot” status lapsed "
            "years ago, be torn out by the end of the year, reversing a decade of city policy.\n\n"
            "The minister, Prabhjot Sandhu-Greaves, said in a press release that the lanes had "
            "“choked the arteries of the city.”\n\n"
            "Toronto’s mayor, Wen-Li Chao, answered in a thread on X:\n\n"
            "“The province did not consult us, did not share its data and did not ask a single "
            "business owner on Bloor Street.\n\n"
            "“We will look at every legal option, and we will not be the ones to pick up the "
            "shovels.”\n\n"
            "The advocacy group Cycle Toronto said 12,000 people had signed its open letter "
            "against the removal by Tuesday afternoon.\n\n"
            "Farid Haddad, who owns a bakery on Bloor, told CityNews that his sales had risen "
            "since the lanes went in. “The bikes park, the riders buy croissants. I don’t know "
            "what problem the minister is solving,” he said."
        ),
        "quotes": [
            ("choked the arteries of the city.", "Prabhjot Sandhu-Greaves", True, "P1"),
            (
                (
                    "The province did not consult us, did not share its data and did not ask a single "
                    "business owner on Bloor Street."
                ),
                "Wen-Li Chao",
                False,
                "P2",
            ),
            (
                (
                    "We will look at every legal option, and we will not be the ones to pick up the "
                    "shovels."
                ),
                "Wen-Li Chao",
                False,
                "P2",
            ),
            (
                (
                    "The bikes park, the riders buy croissants. I don’t know what problem the "
                    "minister is solving,"
                ),
                "Farid Haddad",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wen-Li Chao", "X"),
            ("P3", None, None),
            ("P4", "Farid Haddad", "CityNews"),
        ],
        "people": ["Prabhjot Sandhu-Greaves", "Wen-Li Chao", "Farid Haddad"],
    },
    {
        "name": "game-delay-bluesky-reddit-moderator-thread-podcast-wired",
        "text": (
            "The Finnish studio Lumikko Games has delayed its puzzle game Northlight to 2026, its "
            "creative director, Aino Hietala, announced on Bluesky on Wednesday. “Northlight "
            "needs one more winter. We would rather be late than broken,” she posted.\n\n"
            "Players on the game’s Reddit forum were mostly forgiving. In a thread started by a "
            "moderator, Jun Takahashi, who wrote that the team had “earned the benefit of the "
            "doubt,” one user replied: “Take two winters if you need them.”\n\n"
            "Speaking on the podcast “Game Maker’s Notebook” last month, Hietala had hinted at "
            "trouble with the game’s lighting engine. “Every time we fix the snow, the snow "
            "breaks something else,” she said then.\n\n"
            "The studio’s publisher, Tallgrass Interactive, said in a statement that it “fully "
            "supports” the decision. Its chief executive, Obinna Eze-Larsen, told Wired the delay "
            "would not affect the studio’s funding, which runs to the end of 2027."
        ),
        "quotes": [
            (
                "Northlight needs one more winter. We would rather be late than broken,",
                "Aino Hietala",
                False,
                "P1",
            ),
            ("earned the benefit of the doubt,", "Jun Takahashi", True, "P2"),
            ("Take two winters if you need them.", None, False, "P2"),
            (
                "Every time we fix the snow, the snow breaks something else,",
                "Aino Hietala",
                False,
                "P3",
            ),
            ("fully supports", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Aino Hietala", "Bluesky"),
            ("P2", "Jun Takahashi", "Reddit"),
            ("P3", "Aino Hietala", "Game Maker’s Notebook"),
            ("P4", None, None),
            ("P5", "Obinna Eze-Larsen", "Wired"),
        ],
        "people": ["Aino Hietala", "Jun Takahashi", "Obinna Eze-Larsen"],
    },
]
