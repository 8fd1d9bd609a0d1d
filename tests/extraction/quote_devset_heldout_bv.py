"""The sixty-eighth self-made dev set, held out (BV): its first run is an unseen estimate.

Written with set BW, without reading the extraction rules, and committed before
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
- A quote split by its attribution in the middle ("“Every study we
  commissioned,” she wrote, “says ...”") is two rows, neither partial.
- One-word or short fragments of a post given in narration ("calling the lanes
  “overdue” and “safer ...”") are partial quotes of that post, not scare quotes.
- A union's or agency's post on X or Threads, and a theatre's Facebook post,
  have author None and their words speak as None.
- A TikTok video that is deleted and replaced by "a new video" gives two posts;
  a video "captioned" with words given whole is not partial.
- A study in a named journal (Nature Geoscience) is a post with author None and
  the journal as platform; words "the paper warned" speak as None.
- A reply by the post's author under her own post, and a reply to that reply,
  belong to the original post; a reply to a comment under a LinkedIn post
  belongs to the LinkedIn post.
- A thread on X quote-posted "with a comment of his own" gives a new X post by
  the quoter; an Instagram story "of his own" is a new Instagram post.
- Shows keep the name as written without the network: "CBS's Face the Nation"
  is Face the Nation, "NPR's Morning Edition" is Morning Edition, "the BBC
  program Front Row" is Front Row, "the German newspaper Die Zeit" is Die Zeit;
  a radio station told (BBC Radio Bristol) is the platform; a person's own
  podcast (Island Ledger Live) is the platform for what he said on it.
- An unnamed Reddit user's thread has author None and an unnamed reply under it
  speaks as None; a named nurse's Reddit post "since removed" is still a post.
- An internal hospital review "obtained by The Ledger" is a post with author
  None and no platform; the newspaper that obtained it is not a post.
- A named festival director's or superintendent's statement or letter is that
  person's post; an unnamed spokeswoman's email is a post with author None.
- A family's lawsuit and a family's statement "released by their attorney" have
  author None; the attorney is not their author.
- A chief executive's memo to staff is her post with no platform, and words
  "the memo said" speak as the chief executive.
- A majority opinion ("Writing for the majority, Justice ... said") and a
  dissent are each the justice's post with no platform.
- A letter from a state department, and one from a district finance office read
  aloud at a meeting, are posts with author None and no platform.
- A quote that runs over two paragraphs (the first paragraph ends with no
  closing mark) is two rows, one per paragraph, with the same speaker and post.
- Words "she told lawmakers" at a legislative hearing, an anonymous aide's words
  and an unnamed neighbor's words are not in any post.
- A photo posted in a Facebook group "with the caption ..." is the poster's
  Facebook post, the caption a whole quote; a comment "under the photo"
  belongs to it.
- A scare quote in single marks inside a quote (‘presented by’, ‘half empty.’)
  is part of the quote's text; film, play and album titles and nicknames in
  marks (“The Quiet Harvest”, “Brass Lanterns”, “the Lighthouse”, “Moonpie”)
  are not quotes.
- Organisations whose names contain surnames (Halvorsen & Pike, Meridian Hall
  Records, St. Brigid's Hospital) are not people; the bare "Halvorsen" after
  the chief executive Ingrid Halvorsen is named refers to her.
- Two-word Spanish surnames without a hyphen (Valentina Quispe Mamani, Lucía
  Arroyo Benítez) are part of the canonical name, and the bare double surname
  refers to her; Korean names are kept in the order written (Seung-woo Baek,
  Hyun-joo Park).
- "The 38-year-old" and "the mayor" resolve to the person already named; an
  unnamed "president" is not a person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BV: list[dict] = [
    {
        "name": "mayor-facebook-bike-lanes-merchants-union",
        "text": (
            "Mayor Adaeze Okonkwo-Reyes defended the city’s new protected bike lanes on her "
            "Facebook page on Wednesday, a day after shopkeepers on Harlan Avenue complained "
            "about lost parking. “Every study we commissioned,” she wrote, “says foot traffic "
            "goes up, not down.”\n\n"
            "Council member Pavel Horáček, who voted against the plan, answered in a comment "
            "under the post. “Tell that to a family bakery paying rent,” he wrote. Horáček has "
            "asked for a council vote on the project next month.\n\n"
            "The Harlan Avenue Merchants Association said in a statement that it would ask the "
            "council to pause construction. “Nobody asked us,” the statement said, adding that "
            "members had lost “a quarter of our Saturday trade.”\n\n"
            "Transit Workers Local 212, which represents the city’s bus drivers, backed the "
            "mayor in a post on X, calling the lanes “overdue” and “safer for everyone on the "
            "road.”"
        ),
        "quotes": [
            ("Every study we commissioned,", "Adaeze Okonkwo-Reyes", False, "P1"),
            ("says foot traffic goes up, not down.", "Adaeze Okonkwo-Reyes", False, "P1"),
            ("Tell that to a family bakery paying rent,", "Pavel Horáček", False, "P1"),
            ("Nobody asked us,", None, False, "P2"),
            ("a quarter of our Saturday trade.", None, True, "P2"),
            ("overdue", None, True, "P3"),
            ("safer for everyone on the road.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "Facebook"),
            ("P2", None, None),
            ("P3", None, "X"),
        ],
        "people": ["Adaeze Okonkwo-Reyes", "Pavel Horáček"],
    },
    {
        "name": "judge-blocks-rideshare-rules-tiktok-repost",
        "text": (
            "A federal judge in Sacramento on Friday blocked California’s new rules for "
            "ride-hailing drivers, ruling that the state had skipped a required public comment "
            "period. “The agency cannot cure a procedural defect by promising to listen later,” "
            "Judge Miriam Castellanos-Boyd wrote in a 32-page opinion.\n\n"
            "The rules had been challenged by the Gig Drivers Alliance, whose lawsuit called "
            "them “a back-room rewrite of our livelihoods.”\n\n"
            "The state’s lawyer, Deputy Attorney General Kwame Asante-Ribeiro, told The "
            "Sacramento Bee that an appeal was likely. “We think the judge got the timeline "
            "wrong,” he said. “We will say so to the Ninth Circuit.”\n\n"
            "Ruth Delacroix-Mensah, a driver who testified in the case, celebrated on TikTok "
            "with a video captioned “Judge said NO.” She deleted it within an hour and posted "
            "a new video that began: “Round one to the people in the front seat.”"
        ),
        "quotes": [
            (
                "The agency cannot cure a procedural defect by promising to listen later,",
                "Miriam Castellanos-Boyd",
                False,
                "P1",
            ),
            ("a back-room rewrite of our livelihoods.", None, True, "P2"),
            ("We think the judge got the timeline wrong,", "Kwame Asante-Ribeiro", False, "P3"),
            ("We will say so to the Ninth Circuit.", "Kwame Asante-Ribeiro", False, "P3"),
            ("Judge said NO.", "Ruth Delacroix-Mensah", False, "P4"),
            ("Round one to the people in the front seat.", "Ruth Delacroix-Mensah", False, "P5"),
        ],
        "posts": [
            ("P1", "Miriam Castellanos-Boyd", None),
            ("P2", None, None),
            ("P3", "Kwame Asante-Ribeiro", "The Sacramento Bee"),
            ("P4", "Ruth Delacroix-Mensah", "TikTok"),
            ("P5", "Ruth Delacroix-Mensah", "TikTok"),
        ],
        "people": ["Miriam Castellanos-Boyd", "Kwame Asante-Ribeiro", "Ruth Delacroix-Mensah"],
    },
    {
        "name": "furniture-maker-earnings-linkedin-analyst-reddit",
        "text": (
            "Shares of Halvorsen & Pike, the Minneapolis maker of outdoor furniture, fell 9 "
            "percent on Thursday after the company cut its forecast for the year. In its "
            "earnings release, the company blamed “softer demand from big-box partners” and "
            "quoted its chief executive, Ingrid Halvorsen, as saying, “We are built for cycles "
            "like this one.”\n\n"
            "Halvorsen struck a more personal tone on LinkedIn that evening. “I have signed the "
            "paychecks here for 19 years, and I will not pretend this quarter was fine,” she "
            "wrote.\n\n"
            "In a note to clients, Rajesh Varadarajan, an analyst at Copeland Securities, wrote "
            "that the cut was “less a stumble than a reset.”\n\n"
            "On Reddit, a user who said they worked in the company’s Duluth warehouse started a "
            "thread saying that overtime had been cancelled for the winter. It drew hundreds of "
            "replies. “Saw this coming since August,” one reply said."
        ),
        "quotes": [
            ("softer demand from big-box partners", None, True, "P1"),
            ("We are built for cycles like this one.", "Ingrid Halvorsen", False, "P1"),
            (
                "I have signed the paychecks here for 19 years, and I will not pretend this "
                "quarter was fine,",
                "Ingrid Halvorsen",
                False,
                "P2",
            ),
            ("less a stumble than a reset.", "Rajesh Varadarajan", True, "P3"),
            ("Saw this coming since August,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Halvorsen", "LinkedIn"),
            ("P3", "Rajesh Varadarajan", None),
            ("P4", None, "Reddit"),
        ],
        "people": ["Ingrid Halvorsen", "Rajesh Varadarajan"],
    },
    {
        "name": "measles-statement-x-thread-quote-post-podcast",
        "text": (
            "The Marlow County health department confirmed three cases of measles at an "
            "elementary school on Monday and urged parents to check their children’s "
            "vaccination records. “There is no need for panic, but there is every need for "
            "action,” the department said in a statement.\n\n"
            "Dr. Oluwaseun Bankole, a pediatrician at St. Brigid’s Hospital, posted a thread on "
            "X explaining how the virus spreads. “One case in a classroom can become twenty in "
            "a fortnight,” she wrote.\n\n"
            "State Senator Colm Fitzgerald-Ward quote-posted the thread with a comment of his "
            "own: “Listen to the doctors, not the group chats.”\n\n"
            "Bankole later appeared on the podcast The Waiting Room, where she said many "
            "parents had simply missed appointments during the pandemic. “These are not "
            "anti-vaccine families,” she said. “These are busy families.” The school will require "
            "proof of vaccination from all staff by next Friday."
        ),
        "quotes": [
            (
                "There is no need for panic, but there is every need for action,",
                None,
                False,
                "P1",
            ),
            (
                "One case in a classroom can become twenty in a fortnight,",
                "Oluwaseun Bankole",
                False,
                "P2",
            ),
            ("Listen to the doctors, not the group chats.", "Colm Fitzgerald-Ward", False, "P3"),
            ("These are not anti-vaccine families,", "Oluwaseun Bankole", False, "P4"),
            ("These are busy families.", "Oluwaseun Bankole", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oluwaseun Bankole", "X"),
            ("P3", "Colm Fitzgerald-Ward", "X"),
            ("P4", "Oluwaseun Bankole", "The Waiting Room"),
        ],
        "people": ["Oluwaseun Bankole", "Colm Fitzgerald-Ward"],
    },
    {
        "name": "andes-glacier-study-bluesky-reply-to-reply",
        "text": (
            "A study published Wednesday in the journal Nature Geoscience found that glaciers "
            "in the southern Andes are losing ice twice as fast as models predicted. The paper "
            "warned that several valleys could lose “most of their summer meltwater by "
            "2060.”\n\n"
            "Its lead author, Valentina Quispe Mamani of the University of Cusco, summarized "
            "the findings on Bluesky. “We went looking for good news and did not find much,” "
            "she posted.\n\n"
            "Under her post, the climate modeler Jörg Abendroth asked whether the team had "
            "accounted for dust on the ice. “We did, and it makes things worse,” Quispe Mamani "
            "replied. Abendroth answered her reply with a single word: “Grim.”\n\n"
            "The university said in a news release that the team would return to the field in "
            "January to drill new ice cores on two of the fastest-shrinking glaciers."
        ),
        "quotes": [
            ("most of their summer meltwater by 2060.", None, True, "P1"),
            (
                "We went looking for good news and did not find much,",
                "Valentina Quispe Mamani",
                False,
                "P2",
            ),
            ("We did, and it makes things worse,", "Valentina Quispe Mamani", False, "P2"),
            ("Grim.", "Jörg Abendroth", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Nature Geoscience"),
            ("P2", "Valentina Quispe Mamani", "Bluesky"),
            ("P3", None, "press release"),
        ],
        "people": ["Valentina Quispe Mamani", "Jörg Abendroth"],
    },
    {
        "name": "singer-cancels-tour-instagram-story-rolling-stone",
        "text": (
            "The singer Amara Nwachukwu-Hale, known to fans as “the Lighthouse,” announced on "
            "Instagram on Sunday that she was cancelling the last eight dates of her European "
            "tour. “My voice needs a rest that a few days off can’t give it,” she wrote in the "
            "caption beneath a photo of an empty stage.\n\n"
            "Hours later her guitarist, Seung-woo Baek, posted an Instagram story of his own. "
            "“She carried every show on her back,” he wrote. “Let her breathe.”\n\n"
            "In an interview with Rolling Stone published in September, Nwachukwu-Hale had "
            "described the tour, built around her album “Salt in the Wires,” as “the hardest "
            "thing I have ever tried to do.”\n\n"
            "Her label, Meridian Hall Records, said in a statement that ticket holders would be "
            "refunded in full and that the singer was “resting at home and in good spirits.”"
        ),
        "quotes": [
            (
                "My voice needs a rest that a few days off can’t give it,",
                "Amara Nwachukwu-Hale",
                False,
                "P1",
            ),
            ("She carried every show on her back,", "Seung-woo Baek", False, "P2"),
            ("Let her breathe.", "Seung-woo Baek", False, "P2"),
            ("the hardest thing I have ever tried to do.", "Amara Nwachukwu-Hale", True, "P3"),
            ("resting at home and in good spirits.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu-Hale", "Instagram"),
            ("P2", "Seung-woo Baek", "Instagram"),
            ("P3", "Amara Nwachukwu-Hale", "Rolling Stone"),
            ("P4", None, None),
        ],
        "people": ["Amara Nwachukwu-Hale", "Seung-woo Baek"],
    },
    {
        "name": "senator-substack-farm-bill-register-op-ed",
        "text": (
            "Senator Dmitri Valchev laid out his case against the farm bill in an essay on "
            "Substack on Tuesday, calling it “a subsidy program wearing a conservation "
            "costume.” “I grew up on a dairy farm,” he wrote, “and I know who this money "
            "actually reaches.”\n\n"
            "The bill’s sponsor, Representative Lucía Arroyo Benítez, answered two days later "
            "in an op-ed in The Des Moines Register. The bill, she wrote, “keeps 40,000 family "
            "farms in business.”\n\n"
            "Asked about the dispute, a White House spokesman, Theo Marchetti, told reporters "
            "that the president “expects a bill on his desk by August.”\n\n"
            "A senior aide to Valchev, speaking on condition of anonymity, said the senator "
            "would not try to block a vote on the Senate floor. “He wants a debate, not a "
            "standoff,” the aide said. Arroyo Benítez’s office did not respond to a request "
            "for comment."
        ),
        "quotes": [
            ("a subsidy program wearing a conservation costume.", "Dmitri Valchev", True, "P1"),
            ("I grew up on a dairy farm,", "Dmitri Valchev", False, "P1"),
            ("and I know who this money actually reaches.", "Dmitri Valchev", False, "P1"),
            ("keeps 40,000 family farms in business.", "Lucía Arroyo Benítez", True, "P2"),
            ("expects a bill on his desk by August.", "Theo Marchetti", True, None),
            ("He wants a debate, not a standoff,", None, False, None),
        ],
        "posts": [
            ("P1", "Dmitri Valchev", "Substack"),
            ("P2", "Lucía Arroyo Benítez", "The Des Moines Register"),
        ],
        "people": ["Dmitri Valchev", "Lucía Arroyo Benítez", "Theo Marchetti"],
    },
    {
        "name": "heatstroke-family-lawsuit-radio-letter",
        "text": (
            "The family of Tevita Fifita, a 17-year-old football player who collapsed during a "
            "preseason practice in August, sued the Kenwood Unified School District on Monday, "
            "accusing coaches of ignoring heat warnings. The lawsuit says the team ran drills "
            "in “a heat index of 108 degrees with no water break for 50 minutes.”\n\n"
            "“Tevita trusted the adults on that field,” the family said in a statement "
            "released by their attorney, Naomi Achterberg. “They failed him.”\n\n"
            "Achterberg went further in an appearance on the local radio show Bay Morning "
            "Line. “This was not an accident. It was a choice,” she said.\n\n"
            "The district’s superintendent, Graham Oyelowo, wrote in a letter to parents that "
            "he could not comment on pending litigation but that new heat rules were “already "
            "in place.”\n\n"
            "Fifita, who spent nine days in intensive care, is recovering at home."
        ),
        "quotes": [
            (
                "a heat index of 108 degrees with no water break for 50 minutes.",
                None,
                True,
                "P1",
            ),
            ("Tevita trusted the adults on that field,", None, False, "P2"),
            ("They failed him.", None, False, "P2"),
            ("This was not an accident. It was a choice,", "Naomi Achterberg", False, "P3"),
            ("already in place.", "Graham Oyelowo", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Naomi Achterberg", "Bay Morning Line"),
            ("P4", "Graham Oyelowo", None),
        ],
        "people": ["Tevita Fifita", "Naomi Achterberg", "Graham Oyelowo"],
    },
    {
        "name": "food-plant-union-vote-threads-tiktok-release",
        "text": (
            "Workers at the Brightwater Foods plant in Fresno voted 312 to 140 on Saturday to "
            'join the United Food Processors Union, the union announced on Threads. "Fresno '
            'just made history," the post said.\n\n'
            "The vote followed months of organizing led by Marisela Ochoa, a line worker at "
            "the plant. In a TikTok video posted after the count, she held up her ballot and "
            'said: "This is for everyone who got told to be grateful and stay quiet."\n\n'
            'Brightwater said in a press release that it "respects the choice of our team '
            'members" and would bargain in good faith. The release quoted its plant manager, '
            'Curtis Abernathy: "Our doors stay open and our lines keep running."\n\n'
            "Under Ochoa's video, one commenter wrote, \"Bargain in good faith? We'll see.\" "
            "Ochoa replied with a heart emoji. The first bargaining session is expected in "
            "January."
        ),
        "quotes": [
            ("Fresno just made history,", None, False, "P1"),
            (
                "This is for everyone who got told to be grateful and stay quiet.",
                "Marisela Ochoa",
                False,
                "P2",
            ),
            ("respects the choice of our team members", None, True, "P3"),
            ("Our doors stay open and our lines keep running.", "Curtis Abernathy", False, "P3"),
            ("Bargain in good faith? We'll see.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, "Threads"),
            ("P2", "Marisela Ochoa", "TikTok"),
            ("P3", None, "press release"),
        ],
        "people": ["Marisela Ochoa", "Curtis Abernathy"],
    },
    {
        "name": "hospital-review-reddit-nurse-youtube-hearing",
        "text": (
            "An internal review at Larchmont General Hospital found that emergency room "
            "patients waited a median of seven hours for a bed last winter, according to a "
            "copy obtained by The Ledger. The hospital, the largest in the county, has 412 beds. "
            "The review called staffing levels “unsafe on most "
            "overnight shifts.”\n\n"
            "A nurse in the emergency department, Priya Venkataraman, described the conditions "
            "in a Reddit post that has since been removed. “We are triaging in hallways and "
            "apologizing all night,” she wrote.\n\n"
            "Dr. Henryk Wróblewski, the hospital’s chief medical officer, responded in a video "
            "on YouTube. “We hear our nurses,” he said. “Forty new positions are funded as of "
            "this month.”\n\n"
            "At a state legislative hearing on Thursday, Venkataraman repeated her account and "
            "said the new positions had not yet been filled. “Nothing I posted was an "
            "exaggeration,” she told lawmakers."
        ),
        "quotes": [
            ("unsafe on most overnight shifts.", None, True, "P1"),
            (
                "We are triaging in hallways and apologizing all night,",
                "Priya Venkataraman",
                False,
                "P2",
            ),
            ("We hear our nurses,", "Henryk Wróblewski", False, "P3"),
            ("Forty new positions are funded as of this month.", "Henryk Wróblewski", False, "P3"),
            ("Nothing I posted was an exaggeration,", "Priya Venkataraman", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Venkataraman", "Reddit"),
            ("P3", "Henryk Wróblewski", "YouTube"),
        ],
        "people": ["Priya Venkataraman", "Henryk Wróblewski"],
    },
    {
        "name": "documentary-withdrawn-medium-essay-front-row",
        "text": (
            "The director Nilufar Rashidova withdrew her documentary “The Quiet Harvest” from "
            "the Ashford Film Festival on Friday, two days before its premiere, after "
            "organizers added an oil company as a sponsor. She explained the decision in an "
            "essay on Medium. “I spent four years filming farmers who lost their land to a "
            "drilling boom,” she wrote. “I cannot screen that under their logo.”\n\n"
            "The festival’s director, Callum McBride, said in a statement that the sponsorship "
            "“does not touch programming in any way.”\n\n"
            "On the BBC program Front Row that evening, Rashidova said she had been offered a "
            "compromise. “They suggested I simply skip the ‘presented by’ slide,” she said, "
            "laughing. “As if that were the problem.”\n\n"
            "The festival opens on Sunday with 64 films from 31 countries, and organizers said "
            "ticket sales had not been affected."
        ),
        "quotes": [
            (
                "I spent four years filming farmers who lost their land to a drilling boom,",
                "Nilufar Rashidova",
                False,
                "P1",
            ),
            ("I cannot screen that under their logo.", "Nilufar Rashidova", False, "P1"),
            ("does not touch programming in any way.", "Callum McBride", True, "P2"),
            (
                "They suggested I simply skip the ‘presented by’ slide,",
                "Nilufar Rashidova",
                False,
                "P3",
            ),
            ("As if that were the problem.", "Nilufar Rashidova", False, "P3"),
        ],
        "posts": [
            ("P1", "Nilufar Rashidova", "Medium"),
            ("P2", "Callum McBride", None),
            ("P3", "Nilufar Rashidova", "Front Row"),
        ],
        "people": ["Nilufar Rashidova", "Callum McBride"],
    },
    {
        "name": "school-closure-facebook-group-caption-board-x",
        "text": (
            "A proposal to close Linden Street Elementary split the Harwick school board on "
            "Tuesday night. Board president Yusuf Demirci read from a letter the district’s "
            "finance office had sent members last week; the school, the letter said, was "
            "operating at “barely half its capacity.”\n\n"
            "Parents have organized in the Facebook group Save Linden Street, where one "
            "mother, Kateryna Bondarenko, posted a photo of her son’s classroom with the "
            "caption “Twenty-two kids. Tell me again it’s ‘half empty.’” Another parent, "
            "Marcus Ilunga, commented under the photo, “Show up in March. Bring your kids.”\n\n"
            "Board member Alisha Thornberry-Kwan wrote on X during the meeting that she would "
            "vote no. “You do not balance a budget on the backs of eight-year-olds,” she "
            "posted.\n\n"
            "“We have to look at the numbers as they are,” Demirci said after the meeting. The "
            "board is expected to vote in March."
        ),
        "quotes": [
            ("barely half its capacity.", None, True, "P1"),
            (
                "Twenty-two kids. Tell me again it’s ‘half empty.’",
                "Kateryna Bondarenko",
                False,
                "P2",
            ),
            ("Show up in March. Bring your kids.", "Marcus Ilunga", False, "P2"),
            (
                "You do not balance a budget on the backs of eight-year-olds,",
                "Alisha Thornberry-Kwan",
                False,
                "P3",
            ),
            ("We have to look at the numbers as they are,", "Yusuf Demirci", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kateryna Bondarenko", "Facebook"),
            ("P3", "Alisha Thornberry-Kwan", "X"),
        ],
        "people": [
            "Yusuf Demirci",
            "Kateryna Bondarenko",
            "Marcus Ilunga",
            "Alisha Thornberry-Kwan",
        ],
    },
    {
        "name": "moon-lander-silent-agency-x-die-zeit-two-paragraphs",
        "text": (
            "The European Space Agency said on Wednesday that its Helios lander had gone "
            "silent on the surface of the moon, 40 hours after touching down. “We have not "
            "lost hope, but we have lost the signal,” the agency said in a post on X.\n\n"
            "The mission’s flight director, Anneliese Brandauer, told the German newspaper Die "
            "Zeit that the team would keep listening for two weeks. “The lander was built to "
            "survive the cold,” she said. “Whether it survives its own solar panels being "
            "covered in dust is another question.\n\n"
            "“Either way, we learned more in 40 hours than in the previous ten years of "
            "modeling.”\n\n"
            "The astronaut Matthias Okoro-Lang, nicknamed “Moonpie” by colleagues, posted a "
            "photo of the mission team on Instagram with the words “Proud of every one of "
            "you.”\n\n"
            "At a briefing in Darmstadt, an engineer said the last transmission had shown "
            "normal temperatures inside the lander."
        ),
        "quotes": [
            ("We have not lost hope, but we have lost the signal,", None, False, "P1"),
            ("The lander was built to survive the cold,", "Anneliese Brandauer", False, "P2"),
            (
                "Whether it survives its own solar panels being covered in dust is another "
                "question.",
                "Anneliese Brandauer",
                False,
                "P2",
            ),
            (
                "Either way, we learned more in 40 hours than in the previous ten years of "
                "modeling.",
                "Anneliese Brandauer",
                False,
                "P2",
            ),
            ("Proud of every one of you.", "Matthias Okoro-Lang", False, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Anneliese Brandauer", "Die Zeit"),
            ("P3", "Matthias Okoro-Lang", "Instagram"),
        ],
        "people": ["Anneliese Brandauer", "Matthias Okoro-Lang"],
    },
    {
        "name": "governor-face-the-nation-threads-reply-podcast",
        "text": (
            "Governor Kalani Akana said on Sunday that he would not run for the Senate next "
            "year, ending months of speculation. Akana, 61, is in the final year of his second "
            'term. "I love this job too much to campaign for '
            "another one,\" he said on CBS's Face the Nation.\n\n"
            "Representative Leilani Fong-Barrett, who had already announced her own campaign, "
            'wrote on Threads that she was "sorry not to get the chance to beat him." She '
            "added a winking emoji.\n\n"
            "Akana's former chief of staff, Dev Raghunathan, replied under her post: \"He "
            'would have won, and you know it."\n\n'
            "On his weekly podcast, Island Ledger Live, the political commentator Bernard "
            'Ah-Sing said the decision "clears the field for a very expensive primary." '
            '"Buckle up," he told listeners. "The television stations in Honolulu are about '
            'to have a very good year."'
        ),
        "quotes": [
            (
                "I love this job too much to campaign for another one,",
                "Kalani Akana",
                False,
                "P1",
            ),
            ("sorry not to get the chance to beat him.", "Leilani Fong-Barrett", True, "P2"),
            ("He would have won, and you know it.", "Dev Raghunathan", False, "P2"),
            ("clears the field for a very expensive primary.", "Bernard Ah-Sing", True, "P3"),
            ("Buckle up,", "Bernard Ah-Sing", False, "P3"),
            (
                "The television stations in Honolulu are about to have a very good year.",
                "Bernard Ah-Sing",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Kalani Akana", "Face the Nation"),
            ("P2", "Leilani Fong-Barrett", "Threads"),
            ("P3", "Bernard Ah-Sing", "Island Ledger Live"),
        ],
        "people": ["Kalani Akana", "Leilani Fong-Barrett", "Dev Raghunathan", "Bernard Ah-Sing"],
    },
    {
        "name": "office-return-memo-linkedin-comment-reply-ft",
        "text": (
            "Orsolya Kertész, chief executive of the Budapest software firm Kestrel Labs, told "
            "staff in a memo on Monday that employees would be required in the office four "
            "days a week from January. “Our best work has always happened in the same room,” "
            "the memo said.\n\n"
            "A copy of the memo was posted on LinkedIn by a former engineer, Tunde "
            "Afolabi-Grant, who added, “Great for the people who live ten minutes away.” In "
            "the comments, a Kestrel product manager, Hyun-joo Park, wrote that she had "
            "“already started looking.” Afolabi-Grant replied to her comment: “You won’t be "
            "the only one.”\n\n"
            "Kertész told the Financial Times on Wednesday that the company would offer "
            "relocation help to anyone who asked for it. “Nobody is being pushed out,” she "
            "said. “We are asking people to come back, not to leave.”"
        ),
        "quotes": [
            ("Our best work has always happened in the same room,", "Orsolya Kertész", False, "P1"),
            (
                "Great for the people who live ten minutes away.",
                "Tunde Afolabi-Grant",
                False,
                "P2",
            ),
            ("already started looking.", "Hyun-joo Park", True, "P2"),
            ("You won’t be the only one.", "Tunde Afolabi-Grant", False, "P2"),
            ("Nobody is being pushed out,", "Orsolya Kertész", False, "P3"),
            ("We are asking people to come back, not to leave.", "Orsolya Kertész", False, "P3"),
        ],
        "posts": [
            ("P1", "Orsolya Kertész", None),
            ("P2", "Tunde Afolabi-Grant", "LinkedIn"),
            ("P3", "Orsolya Kertész", "Financial Times"),
        ],
        "people": ["Orsolya Kertész", "Tunde Afolabi-Grant", "Hyun-joo Park"],
    },
    {
        "name": "liver-drug-approval-release-instagram-globe-op-ed",
        "text": (
            "Federal regulators on Friday approved the first pill for a rare liver disease "
            "that affects about 30,000 Americans, the drugmaker Solenne Therapeutics said in a "
            "press release. The company called the decision “a turning point for patients who "
            "have waited decades.”\n\n"
            "Among those patients is Farida Haidari, a 34-year-old teacher from Omaha who has "
            "documented her illness on Instagram. “I cried in the pharmacy parking lot when I "
            "heard,” she wrote on Friday. “Then I checked the price.”\n\n"
            "The list price, $310,000 a year, drew criticism from Dr. Elliot Nakashima-Ross, a "
            "hepatologist, who wrote in an op-ed in The Boston Globe that the drug would be "
            "“approved for everyone and affordable for almost no one.”\n\n"
            "A Solenne spokeswoman said in an email that most patients would pay “less than "
            "$50 a month” with insurance and the company’s assistance program."
        ),
        "quotes": [
            ("a turning point for patients who have waited decades.", None, True, "P1"),
            ("I cried in the pharmacy parking lot when I heard,", "Farida Haidari", False, "P2"),
            ("Then I checked the price.", "Farida Haidari", False, "P2"),
            (
                "approved for everyone and affordable for almost no one.",
                "Elliot Nakashima-Ross",
                True,
                "P3",
            ),
            ("less than $50 a month", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farida Haidari", "Instagram"),
            ("P3", "Elliot Nakashima-Ross", "The Boston Globe"),
            ("P4", None, None),
        ],
        "people": ["Farida Haidari", "Elliot Nakashima-Ross"],
    },
    {
        "name": "flavored-tobacco-ruling-dissent-x-bluesky-npr",
        "text": (
            "The Ohio Supreme Court ruled 4-3 on Thursday that cities may ban the sale of "
            "flavored tobacco. The case began in 2022, when Columbus became the first large city "
            "in the state to pass such a ban. Writing for the majority, Justice Renata Kowalczyk said the "
            "state law “sets a floor, not a ceiling.” In a dissent, Justice Abdullahi Warsame "
            "warned that the decision invited “a patchwork of 900 different rulebooks.”\n\n"
            "Ohio’s attorney general, Craig Lindemann, wrote on X that his office was "
            "“reviewing options,” and the mayor of Columbus, Simone Achebe-Hart, posted on "
            "Bluesky: “Our kids win today.”\n\n"
            "Speaking to NPR’s Morning Edition, a lawyer for the state’s convenience-store "
            "association, Rafael Ibarra-Wood, said the ruling would cost small shops dearly. "
            "“Some of these stores make a third of their margin on those products,” he said. "
            "“You are going to see them close.”"
        ),
        "quotes": [
            ("sets a floor, not a ceiling.", "Renata Kowalczyk", True, "P1"),
            ("a patchwork of 900 different rulebooks.", "Abdullahi Warsame", True, "P2"),
            ("reviewing options,", "Craig Lindemann", True, "P3"),
            ("Our kids win today.", "Simone Achebe-Hart", False, "P4"),
            (
                "Some of these stores make a third of their margin on those products,",
                "Rafael Ibarra-Wood",
                False,
                "P5",
            ),
            ("You are going to see them close.", "Rafael Ibarra-Wood", False, "P5"),
        ],
        "posts": [
            ("P1", "Renata Kowalczyk", None),
            ("P2", "Abdullahi Warsame", None),
            ("P3", "Craig Lindemann", "X"),
            ("P4", "Simone Achebe-Hart", "Bluesky"),
            ("P5", "Rafael Ibarra-Wood", "Morning Edition"),
        ],
        "people": [
            "Renata Kowalczyk",
            "Abdullahi Warsame",
            "Craig Lindemann",
            "Simone Achebe-Hart",
            "Rafael Ibarra-Wood",
        ],
    },
    {
        "name": "play-cancelled-facebook-family-radio-substack",
        "text": (
            "The Old Vale Theatre in Bristol cancelled the rest of its run of “Brass Lanterns” "
            "on Monday after its lead actor, Thandiwe Mokoena, withdrew for health reasons. "
            "Mokoena, 29, had been nominated for two regional awards for the role. The "
            "theatre announced the news on Facebook. “We are heartbroken, and we are sending "
            "all our love to Thandiwe,” the post said.\n\n"
            "Mokoena’s family asked for privacy in a short statement. “She is resting and in "
            "good hands,” it said.\n\n"
            "The playwright, Ewan Drummond-Clarke, told BBC Radio Bristol that no understudy "
            "could have replaced her. “The part was written around her voice,” he said. "
            "“Without it, it is a different play.”\n\n"
            "The run had sold out within days of opening. The critic Lorna Fairweather’s "
            "review on Substack, which has been widely shared, had called the production “the best new play in the West "
            "Country in a decade.”"
        ),
        "quotes": [
            (
                "We are heartbroken, and we are sending all our love to Thandiwe,",
                None,
                False,
                "P1",
            ),
            ("She is resting and in good hands,", None, False, "P2"),
            ("The part was written around her voice,", "Ewan Drummond-Clarke", False, "P3"),
            ("Without it, it is a different play.", "Ewan Drummond-Clarke", False, "P3"),
            (
                "the best new play in the West Country in a decade.",
                "Lorna Fairweather",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, None),
            ("P3", "Ewan Drummond-Clarke", "BBC Radio Bristol"),
            ("P4", "Lorna Fairweather", "Substack"),
        ],
        "people": ["Thandiwe Mokoena", "Ewan Drummond-Clarke", "Lorna Fairweather"],
    },
    {
        "name": "tap-water-warning-release-youtube-agency-letter",
        "text": (
            "Residents of Millbrook were told on Saturday to stop drinking tap water after "
            "tests found high levels of a chemical used in firefighting foam. The Millbrook "
            "Water Authority said in a news release that the risk from short-term exposure was "
            "“very low” but that bottled water would be handed out at the high school.\n\n"
            "The environmental engineer Joaquín Esquivel-Torres, who has tracked the town’s "
            "water for years, posted a YouTube video walking through the results. “These "
            "numbers did not appear overnight,” he said in the video. “Someone was looking at "
            "them.”\n\n"
            "A letter from the state Department of Environmental Protection, dated March 3, "
            "had warned the authority that its levels were “approaching the action "
            "threshold.”\n\n"
            "“I have been giving my kids this water,” said a neighbor, standing in line for "
            "bottles outside the gym. “Nobody told us anything.”"
        ),
        "quotes": [
            ("very low", None, True, "P1"),
            ("These numbers did not appear overnight,", "Joaquín Esquivel-Torres", False, "P2"),
            ("Someone was looking at them.", "Joaquín Esquivel-Torres", False, "P2"),
            ("approaching the action threshold.", None, True, "P3"),
            ("I have been giving my kids this water,", None, False, None),
            ("Nobody told us anything.", None, False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Joaquín Esquivel-Torres", "YouTube"),
            ("P3", None, None),
        ],
        "people": ["Joaquín Esquivel-Torres"],
    },
    {
        "name": "striker-heart-screening-instagram-x-federation-radio",
        "text": (
            "The former Nigeria striker Obinna Eze-Nwosu has called on football clubs to pay "
            "for heart screening for youth players after his 15-year-old nephew collapsed "
            "during a match in Lagos. “Every academy that can afford a new kit can afford an "
            "ECG,” the 38-year-old wrote on Instagram on Tuesday. Eze-Nwosu scored 21 goals in "
            "58 games for his country.\n\n"
            "His post was shared by the cardiologist Dr. Fatoumata Diallo, who added on X that "
            "sudden cardiac arrest kills “one young athlete every three days” worldwide. "
            "“Screening is cheap. Funerals are not,” she wrote.\n\n"
            "The Nigeria Football Federation said in a statement that it would “study the "
            "proposal carefully.” Eze-Nwosu was unimpressed. “Study it faster,” he told the "
            "Lagos radio show Sports Arena.\n\n"
            "His nephew is now recovering at home, and the club has paid for screening for the "
            "rest of his under-16 team."
        ),
        "quotes": [
            (
                "Every academy that can afford a new kit can afford an ECG,",
                "Obinna Eze-Nwosu",
                False,
                "P1",
            ),
            ("one young athlete every three days", "Fatoumata Diallo", True, "P2"),
            ("Screening is cheap. Funerals are not,", "Fatoumata Diallo", False, "P2"),
            ("study the proposal carefully.", None, True, "P3"),
            ("Study it faster,", "Obinna Eze-Nwosu", False, "P4"),
        ],
        "posts": [
            ("P1", "Obinna Eze-Nwosu", "Instagram"),
            ("P2", "Fatoumata Diallo", "X"),
            ("P3", None, None),
            ("P4", "Obinna Eze-Nwosu", "Sports Arena"),
        ],
        "people": ["Obinna Eze-Nwosu", "Fatoumata Diallo"],
    },
]
