"""The eightieth self-made dev set, held out (CH): its first run is an unseen estimate.

Written with set CI, without reading the extraction rules, and committed before
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
- A post that is deleted and then reposted in a revised form is two posts; a
  fragment of the deleted post quoted in narration is partial and belongs to
  the deleted post. Likewise an Instagram post "posted, then deleted" and a
  later "longer message on Instagram" are two posts.
- A quote-post (quoting someone's X post "with a comment", or "a quote-post of
  his own") is a new post by the quoter on the same platform (X).
- A study published in a named journal is a post with author None and the
  journal as platform; words the text says "the study said" speak as None.
- A clip posted on TikTok by an unnamed fan account is a post with author None
  and platform TikTok, listed even though it is never quoted.
- A quote nested in single marks inside a quote (‘I can’t do it ...’) is part
  of the outer quote's text and is not a quote of its own.
- A reply to a reply under an X post belongs to the original post; a reply
  described without words (a tournament director's reply, a reply "with a
  photo") adds no post and no quote.
- A quote that runs over two paragraphs (no closing mark at the end of the
  first paragraph) is listed as two quotes, one per paragraph, both with the
  same speaker and post.
- An Instagram story is an Instagram post; resharing it "with a message of his
  own" is a new Instagram post by the resharer.
- A show is named as written without its broadcaster's possessive: "Sky
  Sports’ Monday Night Football" is Monday Night Football, "NBC’s Dateline" is
  Dateline, "Radio New Zealand’s Morning Report" is Morning Report, "the local
  radio show Morning Line on WKRQ" is Morning Line; ABC Radio National and BBC
  Radio 5 Live are stations named as written; a named podcast takes the
  podcast's name.
- Words said "in the video" after a YouTube or TikTok video is reported belong
  to that video's post.
- An appeal filed by a named lawyer is the lawyer's post with no platform; a
  judge's or justice's written opinion (majority or dissent) is the judge's
  post, and the majority opinion and a dissent are separate posts; "He added in
  the dissent" ties the next quote to the dissent.
- A press release that quotes an unnamed president ("its president") has
  author None and that quote speaks as None.
- A fragment told to a crowd at a rally or to reporters outside a courthouse is
  not a post, even when the speaker's organisation issued a statement.
- Nicknames and names inside quotes (Oba, skipper, Kenji, Ilse) are part of the
  quote and add no one to people; a wildfire's nickname in marks (“Cedar Ridge
  monster”) is not a quote.
- Organisations whose names look like people's (the band Juniper Vale, the
  landlord Harlow Whitfield Ltd., the trade group NetChoice Alliance) speak as
  None and are not people; a place named after a person-like word
  (Murray-Darling basin) is not a person.
- A named person who never speaks (a deceased resident, Evelyn Marchetti) is
  still listed in people.
- A platform or document named inside a quote ("a Facebook post", "a press
  release dressed up as policy", "three emails") is not a post.
- Song, film and book titles in marks (“Paper Lanterns”, “The Long Quiet.”,
  “Saltwater Kings,”, “Low Tide Hymn.”) are not quotes, even when the title's
  marks enclose punctuation.
- A thread started on a subreddit by unnamed people has author None and platform
  Reddit, and an unnamed user's reply under it speaks as None; a thread started
  by a named resident is her Reddit post.
- An app's email to its users has author None and no platform; a department's
  statement and its spokesman's later LinkedIn post are separate posts.
- A caption or words written "over a photo" in an Instagram story are whole
  quotes of that post, not partial.
- Titles such as Senator, Rep., Justice, Governor and Prime Minister are not
  part of a canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CH: list[dict] = [
    {
        "name": "senator-deleted-x-post-quote-post-treasury",
        "text": (
            "Senator Rosalind Achterberg of Ohio deleted a post on X on Wednesday morning that "
            "accused the Treasury of “cooking the books,” then reposted a revised version an hour "
            "later. “The deficit numbers released today do not add up, and the public deserves a "
            "full accounting,” the new post read.\n\n"
            "Her Democratic colleague, Senator Kwame Osei-Bonsu, quoted the revised post with a "
            "comment: “Glad she found a calmer draft. The numbers are audited.”\n\n"
            "Achterberg did not back down when she spoke to reporters outside the Capitol. “I "
            "deleted a phrase, not a concern,” she said. “I will be asking the inspector general "
            "to review the figures.”\n\n"
            "The Treasury Department said in a statement that the figures had been reviewed by "
            "two independent offices. A spokesman, Darnell Whitcombe, added on LinkedIn that "
            "staff had worked “nights and weekends” to prepare them."
        ),
        "quotes": [
            ("cooking the books,", "Rosalind Achterberg", True, "P1"),
            (
                "The deficit numbers released today do not add up, and the public deserves a "
                "full accounting,",
                "Rosalind Achterberg",
                False,
                "P2",
            ),
            (
                "Glad she found a calmer draft. The numbers are audited.",
                "Kwame Osei-Bonsu",
                False,
                "P3",
            ),
            ("I deleted a phrase, not a concern,", "Rosalind Achterberg", False, None),
            (
                "I will be asking the inspector general to review the figures.",
                "Rosalind Achterberg",
                False,
                None,
            ),
            ("nights and weekends", "Darnell Whitcombe", True, "P5"),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", "X"),
            ("P2", "Rosalind Achterberg", "X"),
            ("P3", "Kwame Osei-Bonsu", "X"),
            ("P4", None, None),
            ("P5", "Darnell Whitcombe", "LinkedIn"),
        ],
        "people": ["Rosalind Achterberg", "Kwame Osei-Bonsu", "Darnell Whitcombe"],
    },
    {
        "name": "andes-glacier-study-bluesky-thread-mine-statement",
        "text": (
            "A study published Thursday in the journal Nature Climate Change found that glaciers "
            "in the Andes lost a fifth of their ice between 2000 and 2023. The study said the "
            "losses were “faster than any model had projected for this century.”\n\n"
            "Its lead author, Valentina Quispe Mamani of the University of San Marcos, summarised "
            "the findings in a thread on Bluesky. “We went back to the old aerial photographs, and "
            "the change is shocking,” she wrote. “Some valleys have no ice left at all.”\n\n"
            "A glaciologist who was not involved, Lars-Erik Holmqvist, replied to the thread: "
            "“Careful work. The 1970s baseline is the real contribution here.”\n\n"
            "Andes Copper Holdings, whose mine sits below one of the glaciers studied, said in a "
            "statement that it “monitors water levels daily.” Its chief executive, Felipe "
            "Arancibia, told the newspaper El Comercio that the company was not to blame. “Our "
            "footprint on that ice is zero,” he said."
        ),
        "quotes": [
            ("faster than any model had projected for this century.", None, True, "P1"),
            (
                "We went back to the old aerial photographs, and the change is shocking,",
                "Valentina Quispe Mamani",
                False,
                "P2",
            ),
            ("Some valleys have no ice left at all.", "Valentina Quispe Mamani", False, "P2"),
            (
                "Careful work. The 1970s baseline is the real contribution here.",
                "Lars-Erik Holmqvist",
                False,
                "P2",
            ),
            ("monitors water levels daily.", None, True, "P3"),
            ("Our footprint on that ice is zero,", "Felipe Arancibia", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Nature Climate Change"),
            ("P2", "Valentina Quispe Mamani", "Bluesky"),
            ("P3", None, None),
            ("P4", "Felipe Arancibia", "El Comercio"),
        ],
        "people": ["Valentina Quispe Mamani", "Lars-Erik Holmqvist", "Felipe Arancibia"],
    },
    {
        "name": "singer-cancels-tour-instagram-tiktok-clip-podcast",
        "text": (
            "The singer Aaliyah Brandvold announced on Instagram on Sunday that she was cancelling "
            "the European leg of her tour. “My voice needs rest, and I need to listen to it this "
            "time,” she wrote in the caption beneath a photo of a hospital wristband.\n\n"
            "Fans flooded the comments. “Take all the time you need, we’ll be here,” one wrote.\n\n"
            "Brandvold, 29, had performed her hit “Paper Lanterns” with a visibly strained voice "
            "in Lyon last week. A clip of the moment, posted on TikTok by a fan account, drew more "
            "than four million views before it was removed.\n\n"
            "Her manager, Yusuf Demirci, said on the podcast Backstage Pass that the decision had "
            "been hers alone. “She called me at 2 a.m. and said, ‘I can’t do it to them "
            "half-broken,’” he said. “I told her the fans would understand.”"
        ),
        "quotes": [
            (
                "My voice needs rest, and I need to listen to it this time,",
                "Aaliyah Brandvold",
                False,
                "P1",
            ),
            ("Take all the time you need, we’ll be here,", None, False, "P1"),
            (
                "She called me at 2 a.m. and said, ‘I can’t do it to them half-broken,’",
                "Yusuf Demirci",
                False,
                "P3",
            ),
            ("I told her the fans would understand.", "Yusuf Demirci", False, "P3"),
        ],
        "posts": [
            ("P1", "Aaliyah Brandvold", "Instagram"),
            ("P2", None, "TikTok"),
            ("P3", "Yusuf Demirci", "Backstage Pass"),
        ],
        "people": ["Aaliyah Brandvold", "Yusuf Demirci"],
    },
    {
        "name": "texas-age-check-law-blocked-opinion-lawsuit-x",
        "text": (
            "A federal judge in Texas on Friday blocked a state law requiring age checks on social "
            "media apps. The law had been due to take effect on September 1. In a 42-page opinion, Judge Marisela Ochoa-Trevino wrote that the law "
            "“sweeps far too broadly” and would burden “millions of adults who have done nothing "
            "wrong.”\n\n"
            "The lawsuit, filed in March by the trade group NetChoice Alliance, argued that the "
            "law “turns every app store into a checkpoint.”\n\n"
            "The state’s attorney general, Bradley Kettering, said on X that he would appeal. "
            "“This ruling leaves Texas children unprotected. We will be at the Fifth Circuit by "
            "Monday,” he posted.\n\n"
            "Outside the courthouse, an attorney for the group, Priya Venkataraman, told reporters "
            "that the ruling was “a clean win for the First Amendment.” “Nobody should have to "
            "show a driver’s license to read the news,” she said."
        ),
        "quotes": [
            ("sweeps far too broadly", "Marisela Ochoa-Trevino", True, "P1"),
            (
                "millions of adults who have done nothing wrong.",
                "Marisela Ochoa-Trevino",
                True,
                "P1",
            ),
            ("turns every app store into a checkpoint.", None, True, "P2"),
            (
                "This ruling leaves Texas children unprotected. We will be at the Fifth Circuit "
                "by Monday,",
                "Bradley Kettering",
                False,
                "P3",
            ),
            ("a clean win for the First Amendment.", "Priya Venkataraman", True, None),
            (
                "Nobody should have to show a driver’s license to read the news,",
                "Priya Venkataraman",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Marisela Ochoa-Trevino", None),
            ("P2", None, None),
            ("P3", "Bradley Kettering", "X"),
        ],
        "people": ["Marisela Ochoa-Trevino", "Bradley Kettering", "Priya Venkataraman"],
    },
    {
        "name": "striker-hamstring-club-statement-instagram-story-reshare",
        "text": (
            "Manchester Rovers confirmed on Monday that their captain, Obafemi Castellanos, would "
            "miss the rest of the season with a torn hamstring. Castellanos has scored 212 goals for "
            "the club since joining from Porto in 2015. “Everyone at the club is behind "
            "Oba as he begins his recovery,” the club said in a statement.\n\n"
            "The 38-year-old striker posted an Instagram story from the hospital a few hours "
            "later. “Not how I wanted it to end. But it’s not the end,” he wrote over a photo of "
            "his bandaged leg.\n\n"
            "His former teammate, Jakub Wiśniewski, reshared the story with a message of his own: "
            "“Legends come back. See you at the parade, skipper.”\n\n"
            "Speaking on Sky Sports’ Monday Night Football, the manager, Hélène Dufresne-Moreau, "
            "said the club would not rush into the transfer market. “We have young players who "
            "have earned a chance,” she said. “This is their moment.”"
        ),
        "quotes": [
            (
                "Everyone at the club is behind Oba as he begins his recovery,",
                None,
                False,
                "P1",
            ),
            (
                "Not how I wanted it to end. But it’s not the end,",
                "Obafemi Castellanos",
                False,
                "P2",
            ),
            (
                "Legends come back. See you at the parade, skipper.",
                "Jakub Wiśniewski",
                False,
                "P3",
            ),
            (
                "We have young players who have earned a chance,",
                "Hélène Dufresne-Moreau",
                False,
                "P4",
            ),
            ("This is their moment.", "Hélène Dufresne-Moreau", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Obafemi Castellanos", "Instagram"),
            ("P3", "Jakub Wiśniewski", "Instagram"),
            ("P4", "Hélène Dufresne-Moreau", "Monday Night Football"),
        ],
        "people": ["Obafemi Castellanos", "Jakub Wiśniewski", "Hélène Dufresne-Moreau"],
    },
    {
        "name": "software-layoffs-release-memo-reddit-substack",
        "text": (
            "The software company Lattice & Finch said in a press release on Tuesday that it would "
            "cut 900 jobs, about 12 percent of its workforce. The release quoted its chief "
            "executive, Ingrid Solheim, as saying the company was “rebuilding around fewer, bigger "
            "bets.”\n\n"
            "In a memo to staff sent the same morning, Solheim was blunter. “I approved hiring "
            "plans that assumed growth would never slow. I was wrong,” the memo said.\n\n"
            "Within hours, a thread on the r/cscareerquestions subreddit had collected hundreds of "
            "replies from people who said they had been affected. “Found out when my badge stopped "
            "working,” one user wrote.\n\n"
            "The technology analyst Benedict Oyelaran wrote on his Substack newsletter that the "
            "cuts were overdue. “Lattice & Finch has been a hiring machine pretending to be a "
            "product company,” he wrote. “The market noticed long before the board did.”"
        ),
        "quotes": [
            ("rebuilding around fewer, bigger bets.", "Ingrid Solheim", True, "P1"),
            (
                "I approved hiring plans that assumed growth would never slow. I was wrong,",
                "Ingrid Solheim",
                False,
                "P2",
            ),
            ("Found out when my badge stopped working,", None, False, "P3"),
            (
                "Lattice & Finch has been a hiring machine pretending to be a product company,",
                "Benedict Oyelaran",
                False,
                "P4",
            ),
            ("The market noticed long before the board did.", "Benedict Oyelaran", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solheim", None),
            ("P3", None, "Reddit"),
            ("P4", "Benedict Oyelaran", "Substack"),
        ],
        "people": ["Ingrid Solheim", "Benedict Oyelaran"],
    },
    {
        "name": "governor-prison-closures-facebook-union-letter-radio",
        "text": (
            "Governor Thandiwe Mahlangu-Pierce used her official Facebook page on Thursday to "
            "defend a plan to close three state prisons. “Empty beds cost taxpayers $40 million a "
            "year. That money belongs in classrooms,” she wrote.\n\n"
            "The prison officers’ union answered with a post on X accusing the governor of "
            "“gambling with public safety.” A letter from the union’s president, Terrence "
            "Mulcahy, to state legislators, released the same day, warned that transfers would "
            "leave remaining prisons “dangerously understaffed.”\n\n"
            "The mayor of one affected town, Ruth Ann Baumgartner, went on the local radio show "
            "Morning Line on WKRQ to plead for time. “This prison is our largest employer. You "
            "can’t shut it with a Facebook post,” she said.\n\n"
            "Mahlangu-Pierce responded in a comment under her own post: “Nobody will lose a job. "
            "Every officer will be offered a transfer.”"
        ),
        "quotes": [
            (
                "Empty beds cost taxpayers $40 million a year. That money belongs in classrooms,",
                "Thandiwe Mahlangu-Pierce",
                False,
                "P1",
            ),
            ("gambling with public safety.", None, True, "P2"),
            ("dangerously understaffed.", "Terrence Mulcahy", True, "P3"),
            (
                "This prison is our largest employer. You can’t shut it with a Facebook post,",
                "Ruth Ann Baumgartner",
                False,
                "P4",
            ),
            (
                "Nobody will lose a job. Every officer will be offered a transfer.",
                "Thandiwe Mahlangu-Pierce",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Thandiwe Mahlangu-Pierce", "Facebook"),
            ("P2", None, "X"),
            ("P3", "Terrence Mulcahy", None),
            ("P4", "Ruth Ann Baumgartner", "Morning Line"),
        ],
        "people": ["Thandiwe Mahlangu-Pierce", "Terrence Mulcahy", "Ruth Ann Baumgartner"],
    },
    {
        "name": "murray-darling-drought-report-facebook-group-youtube",
        "text": (
            "Australia’s Bureau of Water Resources released a report on Wednesday warning that "
            "the Murray-Darling basin faces its driest decade on record. The report, compiled over "
            "two years, said that river flows in the lower basin had fallen “to levels not seen "
            "since records began.”\n\n"
            "In a Facebook group for irrigators, a cotton farmer named Callum Fitzgibbon posted a "
            "photograph of a cracked riverbed. “Third generation on this land and I have never "
            "seen it like this,” he wrote. A neighbour commented beneath it: “Same here. The dam "
            "was full in 2022.”\n\n"
            "The water minister, Anjali Raghunathan, posted a video on YouTube promising an "
            "emergency fund. “No farming family will be left to face this alone,” she said in the "
            "video.\n\n"
            "Her opposition counterpart, Murray Tindall, dismissed the fund in an interview with "
            "ABC Radio National as “a press release dressed up as policy.”"
        ),
        "quotes": [
            ("to levels not seen since records began.", None, True, "P1"),
            (
                "Third generation on this land and I have never seen it like this,",
                "Callum Fitzgibbon",
                False,
                "P2",
            ),
            ("Same here. The dam was full in 2022.", None, False, "P2"),
            (
                "No farming family will be left to face this alone,",
                "Anjali Raghunathan",
                False,
                "P3",
            ),
            ("a press release dressed up as policy.", "Murray Tindall", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Callum Fitzgibbon", "Facebook"),
            ("P3", "Anjali Raghunathan", "YouTube"),
            ("P4", "Murray Tindall", "ABC Radio National"),
        ],
        "people": ["Callum Fitzgibbon", "Anjali Raghunathan", "Murray Tindall"],
    },
    {
        "name": "actor-vanity-fair-two-paragraph-quote-threads-reply",
        "text": (
            "The actor Dmitri Vasquez-Lindgren said in an interview with Vanity Fair published on "
            "Tuesday that he nearly quit acting after the failure of his 2019 film “The Long "
            "Quiet.”\n\n"
            "“I sat in my car outside the studio for an hour and drafted the email to my agent. I "
            "never sent it, but I wrote it.\n\n"
            "“What kept me going was my daughter asking when she could see me on a big screen "
            "again,” he told the magazine.\n\n"
            "His co-star in that film, Noor Al-Khatib, wrote on Threads that she remembered the "
            "period well. “He carried that whole production on his back and nobody noticed,” she "
            "posted.\n\n"
            "Vasquez-Lindgren, 44, replied under her post with a single line: “You noticed.” His "
            "publicist, Gemma Okonkwo-Reyes, said in a statement that the actor would begin "
            "filming a new project, “Saltwater Kings,” in May."
        ),
        "quotes": [
            (
                "I sat in my car outside the studio for an hour and drafted the email to my agent. "
                "I never sent it, but I wrote it.",
                "Dmitri Vasquez-Lindgren",
                False,
                "P1",
            ),
            (
                "What kept me going was my daughter asking when she could see me on a big screen "
                "again,",
                "Dmitri Vasquez-Lindgren",
                False,
                "P1",
            ),
            (
                "He carried that whole production on his back and nobody noticed,",
                "Noor Al-Khatib",
                False,
                "P2",
            ),
            ("You noticed.", "Dmitri Vasquez-Lindgren", False, "P2"),
        ],
        "posts": [
            ("P1", "Dmitri Vasquez-Lindgren", "Vanity Fair"),
            ("P2", "Noor Al-Khatib", "Threads"),
            ("P3", "Gemma Okonkwo-Reyes", None),
        ],
        "people": ["Dmitri Vasquez-Lindgren", "Noor Al-Khatib", "Gemma Okonkwo-Reyes"],
    },
    {
        "name": "nursing-home-theft-sentencing-family-statement-dateline",
        "text": (
            "A former nursing home director, Harold Pemberton-Wise, was sentenced on Thursday to "
            "eight years in prison for stealing $3.2 million from residents’ trust accounts.\n\n"
            "At the sentencing hearing, Judge Adaeze Nwachukwu told him that he had “treated the "
            "savings of the frail as a personal allowance.” Pemberton-Wise, 61, apologised to the "
            "court. “I have no excuse. I am ashamed,” he said.\n\n"
            "The family of one resident, Evelyn Marchetti, who died in 2023, said in a statement "
            "that the sentence “cannot return what was taken, but it tells the truth about "
            "it.”\n\n"
            "The district attorney’s office said in a news release that the case had been built "
            "“one bank statement at a time.” The defence lawyer, Samuel Achebe-Hart, told NBC’s "
            "Dateline that his client would not appeal. “He wants this to be over for the "
            "families,” he said."
        ),
        "quotes": [
            (
                "treated the savings of the frail as a personal allowance.",
                "Adaeze Nwachukwu",
                True,
                None,
            ),
            ("I have no excuse. I am ashamed,", "Harold Pemberton-Wise", False, None),
            (
                "cannot return what was taken, but it tells the truth about it.",
                None,
                True,
                "P1",
            ),
            ("one bank statement at a time.", None, True, "P2"),
            ("He wants this to be over for the families,", "Samuel Achebe-Hart", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Samuel Achebe-Hart", "Dateline"),
        ],
        "people": [
            "Harold Pemberton-Wise",
            "Adaeze Nwachukwu",
            "Evelyn Marchetti",
            "Samuel Achebe-Hart",
        ],
    },
    {
        "name": "tennis-withdrawal-x-reply-to-reply-news-conference",
        "text": (
            "The world No. 3, Kenji Matsudaira, withdrew from the Madrid Open on Saturday, citing "
            "a wrist injury. “Gutted. The wrist said no this morning,” he wrote on X.\n\n"
            "The tournament director, Beatriz Olaechea, replied to his post, wishing him a quick "
            "recovery, and Matsudaira answered her in turn: “Thank you. Save me a court for next "
            "year.”\n\n"
            "The Japan Tennis Association said in a statement that its medical staff would assess "
            "the injury before the French Open, which begins in three weeks.\n\n"
            "At his news conference after his semifinal win, his rival Stefan Drăgulescu was asked "
            "about the withdrawal. “Kenji is the toughest player on tour,” he said. “Nobody wants "
            "to win a title this way.” Drăgulescu, who lost to Matsudaira in last year’s final, "
            "added that the two had spoken by phone. “I told him to rest properly this time.”"
        ),
        "quotes": [
            ("Gutted. The wrist said no this morning,", "Kenji Matsudaira", False, "P1"),
            ("Thank you. Save me a court for next year.", "Kenji Matsudaira", False, "P1"),
            ("Kenji is the toughest player on tour,", "Stefan Drăgulescu", False, None),
            ("Nobody wants to win a title this way.", "Stefan Drăgulescu", False, None),
            ("I told him to rest properly this time.", "Stefan Drăgulescu", False, None),
        ],
        "posts": [
            ("P1", "Kenji Matsudaira", "X"),
            ("P2", None, None),
        ],
        "people": ["Kenji Matsudaira", "Beatriz Olaechea", "Stefan Drăgulescu"],
    },
    {
        "name": "voice-cloning-pause-linkedin-ftc-letter-medium-podcast",
        "text": (
            "The chief executive of the AI start-up Parallax Minds, Oluwaseun Adebayo-Grant, "
            "posted on LinkedIn on Monday that the company had paused its voice-cloning tool after "
            "reports of misuse. “We built something powerful and shipped it before we built the "
            "guardrails,” he wrote.\n\n"
            "A letter from the Federal Trade Commission, sent to the company on Friday and seen by "
            "this news agency, asked for “all records of complaints” since the product’s "
            "launch.\n\n"
            "The researcher who first documented the misuse, Ilse Vandenberghe, had described in "
            "an essay on Medium how scammers used the tool to imitate a grandson’s voice. “The "
            "victim heard her grandson crying for help. It was a machine,” she wrote.\n\n"
            "Adebayo-Grant addressed the essay on the podcast Hard Fork. “Ilse was right, and I "
            "said so to her directly,” he said. “We owe her thanks, not a lawyer’s letter.”"
        ),
        "quotes": [
            (
                "We built something powerful and shipped it before we built the guardrails,",
                "Oluwaseun Adebayo-Grant",
                False,
                "P1",
            ),
            ("all records of complaints", None, True, "P2"),
            (
                "The victim heard her grandson crying for help. It was a machine,",
                "Ilse Vandenberghe",
                False,
                "P3",
            ),
            (
                "Ilse was right, and I said so to her directly,",
                "Oluwaseun Adebayo-Grant",
                False,
                "P4",
            ),
            (
                "We owe her thanks, not a lawyer’s letter.",
                "Oluwaseun Adebayo-Grant",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Grant", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Ilse Vandenberghe", "Medium"),
            ("P4", "Oluwaseun Adebayo-Grant", "Hard Fork"),
        ],
        "people": ["Oluwaseun Adebayo-Grant", "Ilse Vandenberghe"],
    },
    {
        "name": "candidate-bus-tiktok-bluesky-jab-campaign-statement-globe",
        "text": (
            "The congressional candidate Marguerite Delacroix-Han posted a TikTok video on Sunday "
            "in which she rode a city bus for its entire 42-mile route. “If you want to know what "
            "this district needs, spend three hours on the 61,” she said in the video.\n\n"
            "Her Republican opponent, Rep. Gordon Ashby, mocked the stunt on Bluesky. "
            "“Campaigning on a bus. Governing from one next?” he posted. Delacroix-Han replied "
            "with a photo of Ashby’s campaign jet. The exchange had been viewed more than two "
            "million times by Monday evening.\n\n"
            "Ashby’s campaign later said in a statement that the jet was a charter paid for "
            "“entirely by campaign funds, as the law requires.”\n\n"
            "Delacroix-Han told The Boston Globe that she had not planned the exchange. “I just "
            "wanted people to see the route,” she said. “The jet photo was a bonus.” Ashby, asked "
            "about the jet at a town hall in Quincy, said only that he “flies when the schedule "
            "demands it.”"
        ),
        "quotes": [
            (
                "If you want to know what this district needs, spend three hours on the 61,",
                "Marguerite Delacroix-Han",
                False,
                "P1",
            ),
            ("Campaigning on a bus. Governing from one next?", "Gordon Ashby", False, "P2"),
            ("entirely by campaign funds, as the law requires.", None, True, "P3"),
            ("I just wanted people to see the route,", "Marguerite Delacroix-Han", False, "P4"),
            ("The jet photo was a bonus.", "Marguerite Delacroix-Han", False, "P4"),
            ("flies when the schedule demands it.", "Gordon Ashby", True, None),
        ],
        "posts": [
            ("P1", "Marguerite Delacroix-Han", "TikTok"),
            ("P2", "Gordon Ashby", "Bluesky"),
            ("P3", None, None),
            ("P4", "Marguerite Delacroix-Han", "The Boston Globe"),
        ],
        "people": ["Marguerite Delacroix-Han", "Gordon Ashby"],
    },
    {
        "name": "wildfire-contained-facebook-page-reddit-thread-instagram",
        "text": (
            "Firefighters in British Columbia said on Tuesday that they had contained the "
            "so-called “Cedar Ridge monster,” a wildfire that burned 40,000 hectares over three "
            "weeks. No deaths were reported, but 212 homes were lost. “Crews have held the line on all flanks overnight,” the BC Wildfire Service "
            "wrote on its Facebook page.\n\n"
            "A resident of Cedar Ridge, Siobhan Ferreira-Locke, started a thread on Reddit listing "
            "homes that had survived. “My street is standing. The school is standing. I cannot "
            "stop crying,” she wrote. Another user replied: “Our cabin made it too. Thank you, "
            "firefighters.”\n\n"
            "The provincial forests minister, Harjit Sandhu-Ellis, praised the crews in a post on "
            "Instagram as “the bravest people in this province.”\n\n"
            "A forestry professor, Aurelio Bianchi, told The Globe and Mail that the fire’s speed "
            "was “a preview of the next decade” and that crews had spent weeks fighting “a fire "
            "that makes its own weather.”"
        ),
        "quotes": [
            ("Crews have held the line on all flanks overnight,", None, False, "P1"),
            (
                "My street is standing. The school is standing. I cannot stop crying,",
                "Siobhan Ferreira-Locke",
                False,
                "P2",
            ),
            ("Our cabin made it too. Thank you, firefighters.", None, False, "P2"),
            ("the bravest people in this province.", "Harjit Sandhu-Ellis", True, "P3"),
            ("a preview of the next decade", "Aurelio Bianchi", True, "P4"),
            ("a fire that makes its own weather.", "Aurelio Bianchi", True, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Siobhan Ferreira-Locke", "Reddit"),
            ("P3", "Harjit Sandhu-Ellis", "Instagram"),
            ("P4", "Aurelio Bianchi", "The Globe and Mail"),
        ],
        "people": ["Siobhan Ferreira-Locke", "Harjit Sandhu-Ellis", "Aurelio Bianchi"],
    },
    {
        "name": "chef-closes-restaurant-youtube-landlord-statement-threads",
        "text": (
            "The celebrity chef Ravi Subramanyam-Kohl announced in a YouTube video on Friday that "
            "he would close his flagship London restaurant, Ember & Ash, after 14 years. The restaurant won a Michelin star in 2016 and kept it for eight "
            'years. "This '
            'kitchen made me. Closing it is the hardest decision of my career," he said.\n\n'
            "The property firm that owns the building, Harlow Whitfield Ltd., said in a statement "
            'that the chef had "declined three offers" to renew the lease. A spokesperson for '
            "Harlow Whitfield declined to comment further.\n\n"
            'Subramanyam-Kohl disputed that in a post on Threads. "Three offers, each one '
            'doubling the rent. Read the small print," he wrote.\n\n'
            "His longtime sous-chef, Marta Kowalczyk, wrote on Instagram that the staff had been "
            'told on Thursday. "We cried, we cooked, we served 140 covers. Then we cried '
            'again," she wrote. She added that everyone had been offered jobs at his other '
            "restaurants."
        ),
        "quotes": [
            (
                "This kitchen made me. Closing it is the hardest decision of my career,",
                "Ravi Subramanyam-Kohl",
                False,
                "P1",
            ),
            ("declined three offers", None, True, "P2"),
            (
                "Three offers, each one doubling the rent. Read the small print,",
                "Ravi Subramanyam-Kohl",
                False,
                "P3",
            ),
            (
                "We cried, we cooked, we served 140 covers. Then we cried again,",
                "Marta Kowalczyk",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Ravi Subramanyam-Kohl", "YouTube"),
            ("P2", None, None),
            ("P3", "Ravi Subramanyam-Kohl", "Threads"),
            ("P4", "Marta Kowalczyk", "Instagram"),
        ],
        "people": ["Ravi Subramanyam-Kohl", "Marta Kowalczyk"],
    },
    {
        "name": "supreme-court-voter-id-majority-dissent-x-op-ed",
        "text": (
            "The Supreme Court ruled 6-3 on Monday that states may require voters to show photo "
            "identification at the polls. The case arose from a Georgia law passed in 2021 and "
            "challenged by three voting-rights groups. Writing for the majority, Justice Eleanor Whitby said "
            "the law imposed “no more than the ordinary burdens of voting.”\n\n"
            "In a dissent, Justice Marcus Oyelowo-Baines warned that the decision would fall "
            "hardest on “the elderly, the poor and the rural.” He added in the dissent: “The "
            "Constitution does not ask voters to prove they deserve the ballot.”\n\n"
            "The League of Rural Voters said on X that it would “fight this law county by "
            "county.”\n\n"
            "In an op-ed in The Washington Post, the election law scholar Hyun-woo Park argued "
            "that the ruling changed less than it seemed. “Most of these states already had ID "
            "laws. The real fight is over which IDs count,” he wrote."
        ),
        "quotes": [
            ("no more than the ordinary burdens of voting.", "Eleanor Whitby", True, "P1"),
            ("the elderly, the poor and the rural.", "Marcus Oyelowo-Baines", True, "P2"),
            (
                "The Constitution does not ask voters to prove they deserve the ballot.",
                "Marcus Oyelowo-Baines",
                False,
                "P2",
            ),
            ("fight this law county by county.", None, True, "P3"),
            (
                "Most of these states already had ID laws. The real fight is over which IDs count,",
                "Hyun-woo Park",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Eleanor Whitby", None),
            ("P2", "Marcus Oyelowo-Baines", None),
            ("P3", None, "X"),
            ("P4", "Hyun-woo Park", "The Washington Post"),
        ],
        "people": ["Eleanor Whitby", "Marcus Oyelowo-Baines", "Hyun-woo Park"],
    },
    {
        "name": "swimmer-doping-ban-appeal-deleted-instagram-radio",
        "text": (
            "The Olympic swimmer Ingrid Halvorsen-Mbeki said on Wednesday that she would fight a "
            "four-year doping ban. Her lawyer, Tomasz Zielinski, filed an appeal with the Court of "
            "Arbitration for Sport, arguing that the positive test came from “a contaminated "
            "supplement, not a choice.”\n\n"
            "World Aquatics had announced the ban in a press release that quoted its president as "
            "saying the case showed “the system works.”\n\n"
            "Halvorsen-Mbeki posted, then deleted, an Instagram post calling the ruling “a joke.” "
            "Later she put up a longer message on Instagram. “I have been tested 61 times in my "
            "career. I have never cheated, and I will prove it,” it read.\n\n"
            "Her former coach, Dariusz Kamiński, said on BBC Radio 5 Live that he believed her. "
            "“I have known Ingrid since she was nine,” he said. “She would not know how to "
            "cheat.”"
        ),
        "quotes": [
            ("a contaminated supplement, not a choice.", "Tomasz Zielinski", True, "P1"),
            ("the system works.", None, True, "P2"),
            ("a joke.", "Ingrid Halvorsen-Mbeki", True, "P3"),
            (
                "I have been tested 61 times in my career. I have never cheated, and I will "
                "prove it,",
                "Ingrid Halvorsen-Mbeki",
                False,
                "P4",
            ),
            ("I have known Ingrid since she was nine,", "Dariusz Kamiński", False, "P5"),
            ("She would not know how to cheat.", "Dariusz Kamiński", False, "P5"),
        ],
        "posts": [
            ("P1", "Tomasz Zielinski", None),
            ("P2", None, "press release"),
            ("P3", "Ingrid Halvorsen-Mbeki", "Instagram"),
            ("P4", "Ingrid Halvorsen-Mbeki", "Instagram"),
            ("P5", "Dariusz Kamiński", "BBC Radio 5 Live"),
        ],
        "people": ["Ingrid Halvorsen-Mbeki", "Tomasz Zielinski", "Dariusz Kamiński"],
    },
    {
        "name": "fitness-app-breach-email-x-quote-post-wired",
        "text": (
            "The fitness app Strideline emailed its 8 million users on Thursday to tell them that "
            "hackers had stolen their names, email addresses and workout locations. “We are "
            "deeply sorry. Your passwords and payment details were not affected,” the email "
            "said.\n\n"
            "The security researcher Chidinma Eze-Lawson, who first spotted the stolen data for "
            "sale, wrote on X that the company had been warned in January. “I sent them three "
            "emails. I got one automated reply,” she posted.\n\n"
            "Strideline’s co-founder, Pablo Irigoyen, responded in a quote-post of his own: "
            "“Chidinma is right that we were too slow. That is on us.”\n\n"
            "In an interview with Wired, Eze-Lawson said the location data was the most dangerous "
            "part of the breach. “If you run the same route at 6 a.m. every day, someone now "
            "knows where you will be,” she said. “Change your route for a while.”"
        ),
        "quotes": [
            (
                "We are deeply sorry. Your passwords and payment details were not affected,",
                None,
                False,
                "P1",
            ),
            (
                "I sent them three emails. I got one automated reply,",
                "Chidinma Eze-Lawson",
                False,
                "P2",
            ),
            (
                "Chidinma is right that we were too slow. That is on us.",
                "Pablo Irigoyen",
                False,
                "P3",
            ),
            (
                "If you run the same route at 6 a.m. every day, someone now knows where you "
                "will be,",
                "Chidinma Eze-Lawson",
                False,
                "P4",
            ),
            ("Change your route for a while.", "Chidinma Eze-Lawson", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Chidinma Eze-Lawson", "X"),
            ("P3", "Pablo Irigoyen", "X"),
            ("P4", "Chidinma Eze-Lawson", "Wired"),
        ],
        "people": ["Chidinma Eze-Lawson", "Pablo Irigoyen"],
    },
    {
        "name": "nz-referendum-facebook-substack-union-rally-morning-report",
        "text": (
            "Prime Minister Aroha Tāwhiri-Bennett announced on her Facebook page on Saturday that "
            "New Zealand would hold a referendum on a four-year parliamentary term, alongside next "
            "year’s general election. “Three years "
            "is too short to plan anything that matters,” she wrote.\n\n"
            "The opposition leader, Hamish Rees-Whitaker, called the plan “a power grab in a "
            "cardigan” in a Substack post. “Every government thinks it deserves more time. Voters "
            "usually disagree,” he wrote.\n\n"
            "The Public Service Association said in a statement that it welcomed the idea. At a "
            "rally in Wellington, its national secretary, Losana Fifita, told the crowd that "
            "“short terms mean short memories.” Fifita added, to cheers, that members wanted "
            "“stability, not slogans.”\n\n"
            "Tāwhiri-Bennett answered the criticism in an interview on Radio New Zealand’s Morning "
            "Report. “If voters say no, that is the end of it,” she said. “But they deserve to be "
            "asked.”"
        ),
        "quotes": [
            (
                "Three years is too short to plan anything that matters,",
                "Aroha Tāwhiri-Bennett",
                False,
                "P1",
            ),
            ("a power grab in a cardigan", "Hamish Rees-Whitaker", True, "P2"),
            (
                "Every government thinks it deserves more time. Voters usually disagree,",
                "Hamish Rees-Whitaker",
                False,
                "P2",
            ),
            ("short terms mean short memories.", "Losana Fifita", True, None),
            ("stability, not slogans.", "Losana Fifita", True, None),
            ("If voters say no, that is the end of it,", "Aroha Tāwhiri-Bennett", False, "P4"),
            ("But they deserve to be asked.", "Aroha Tāwhiri-Bennett", False, "P4"),
        ],
        "posts": [
            ("P1", "Aroha Tāwhiri-Bennett", "Facebook"),
            ("P2", "Hamish Rees-Whitaker", "Substack"),
            ("P3", None, None),
            ("P4", "Aroha Tāwhiri-Bennett", "Morning Report"),
        ],
        "people": ["Aroha Tāwhiri-Bennett", "Hamish Rees-Whitaker", "Losana Fifita"],
    },
    {
        "name": "band-stops-flying-instagram-guardian-op-ed-podcast",
        "text": (
            "The band Juniper Vale said on Instagram on Monday that it would no longer fly to "
            "concerts, cancelling four dates in Asia. “We can’t keep singing about the ocean while "
            "burning jet fuel to get to the stage,” the band wrote.\n\n"
            "Its lead singer, Océane Mbappé-Laurent, expanded on the decision in an op-ed for The "
            "Guardian. “I know this looks like a luxury only a successful band can afford. It is,” "
            "she wrote. “That is exactly why we have to go first.”\n\n"
            "Not everyone was persuaded. A fan in Singapore commented under the band’s post: “So "
            "we just never get to see you? Great.”\n\n"
            "The band’s drummer, Rafael Montenegro-Sato, addressed the criticism on the podcast "
            "Song Exploder, where he discussed the making of “Low Tide Hymn.” “We will play Asia "
            "again. We’ll just take the slow way,” he said."
        ),
        "quotes": [
            (
                "We can’t keep singing about the ocean while burning jet fuel to get to the stage,",
                None,
                False,
                "P1",
            ),
            (
                "I know this looks like a luxury only a successful band can afford. It is,",
                "Océane Mbappé-Laurent",
                False,
                "P2",
            ),
            (
                "That is exactly why we have to go first.",
                "Océane Mbappé-Laurent",
                False,
                "P2",
            ),
            ("So we just never get to see you? Great.", None, False, "P1"),
            (
                "We will play Asia again. We’ll just take the slow way,",
                "Rafael Montenegro-Sato",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Océane Mbappé-Laurent", "The Guardian"),
            ("P3", "Rafael Montenegro-Sato", "Song Exploder"),
        ],
        "people": ["Océane Mbappé-Laurent", "Rafael Montenegro-Sato"],
    },
]
