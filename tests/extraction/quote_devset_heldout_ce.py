"""The seventy-seventh self-made dev set, held out (CE): its first run is an unseen estimate.

Written with set CD, without reading the extraction rules, and committed before
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
posts. Titles such as Dr., Judge, Gov., Ms. are not part of a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A memo released by a council committee has author None and speaks as None,
  even when the text names the committee's chair.
- A journal study whose authors are not named one by one is a post with author
  None and the journal as platform ("the study's authors wrote" speaks as None).
- A named programme on a radio network (the BBC Radio 4 programme Farming
  Today, the public radio show Second Look) takes the programme's name as
  platform; a radio station named by call letters (KRVS) is the platform; a
  podcast (Off the Record, the Risky Business podcast) takes its name as
  written without the word "podcast" when that word is not part of it.
- A post that is deleted and then reposted in a new version is two posts, both
  by the same author on the same platform; the new caption's words belong to
  the repost.
- An Instagram story is an Instagram post; sharing someone's post on one's own
  Instagram story with a note of one's own is a new post by the sharer; sharing
  a video on Facebook with words of one's own is likewise a new post.
- A TikTok duet of another person's video, and a quote-post on Threads, are new
  posts by the person who made them.
- A reply under a post, and a reply to that reply (even by the original
  author), belong to the original post; a reply reported without quoted words
  creates no post.
- Words said in a TikTok or YouTube video ("she said in the clip") belong to
  the video; a video posted by an organisation has author None even when a
  named scientist speaks in it, and her words speak as her.
- A quote that opens a new paragraph with no attribution right after a quote
  from an interview continues that interview and is linked to it.
- A letter sent by a named superintendent, an email sent by a named provost and
  a judge's written opinion are posts by that person with no platform; "the
  letter said" and "the email said" speak as that person.
- A family's, union's, band's, festival's or advocacy group's statement or
  post has author None and its words speak as None; a band named like people
  (the Marchand Brothers) is an organisation, and so is a foundation named
  after a person (the Ellis Whitaker Foundation), whose namesake is not listed
  in people.
- A class-action lawsuit filed on behalf of a named plaintiff has author None;
  the plaintiff is listed in people.
- A post on a company's own blog is a statement with author None and no
  platform.
- Words a chatbot said to a user, reported in narration, speak as None and
  belong to no post.
- A named Substack newsletter (Second Helpings) has platform Substack; a
  student newspaper named in the text is a named newspaper; a post on an
  organisation's Facebook page written by its named director is her post.
- NBC's "Today" show has platform Today; show, film and song titles in marks
  ("The Longest Harvest", "Paper Lanterns", "Lantern on the Levee") and
  nicknames ("Blackout Monday", "The Professor", "Ice Whisperer", "Nell") are
  not quotes; a nickname inside a name is not part of the canonical name
  (Eleanor Prudhomme).
- A scare quote in single marks inside a quote ('drafts,') is part of the
  quote's text.
- An analyst's note to clients is the analyst's post with no platform; a
  quote given on an earnings call with analysts is not a post.
- Names keep the order as written (Park Seo-yeon, Pasang Dolma Sherpa);
  hyphenated surnames are part of the canonical name; a person mentioned only
  as an interview's host is still listed in people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CE: list[dict] = [
    {
        "name": "mayor-facebook-bike-lanes-committee-memo",
        "text": (
            "Mayor Aurelio Bustamante of New Carlow said on his Facebook page on Wednesday "
            "that the city would paint protected bike lanes on Foundry Street before the end "
            "of June. “We have studied this corner for six years. It is time to act,” he "
            "wrote.\n\n"
            "The plan drew hundreds of comments. A shop owner on the street, Priya "
            "Venkataraman, wrote under the post that the lanes would “wipe out every parking "
            "space my customers use.” Another commenter, who did not give a name, called the "
            "plan “overdue by a decade.”\n\n"
            "Bustamante told the Connecticut Mirror on Thursday that parking would move to a "
            "nearby lot. “Nobody is losing access to Foundry Street,” the mayor said. “They "
            "are losing a curb.”\n\n"
            "The council’s transportation committee, chaired by Councilwoman Delphine "
            "Okafor-Reyes, released a memo on Friday asking for a traffic study first. “A "
            "study costs us eight weeks and saves us years of argument,” the memo said."
        ),
        "quotes": [
            (
                "We have studied this corner for six years. It is time to act,",
                "Aurelio Bustamante",
                False,
                "P1",
            ),
            ("wipe out every parking space my customers use.", "Priya Venkataraman", True, "P1"),
            ("overdue by a decade.", None, True, "P1"),
            ("Nobody is losing access to Foundry Street,", "Aurelio Bustamante", False, "P2"),
            ("They are losing a curb.", "Aurelio Bustamante", False, "P2"),
            ("A study costs us eight weeks and saves us years of argument,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Aurelio Bustamante", "Facebook"),
            ("P2", "Aurelio Bustamante", "Connecticut Mirror"),
            ("P3", None, None),
        ],
        "people": ["Aurelio Bustamante", "Priya Venkataraman", "Delphine Okafor-Reyes"],
    },
    {
        "name": "app-outage-x-apology-linkedin-reddit",
        "text": (
            "Fieldnote, the note-taking app used by about two million students, was down for "
            "most of Monday in what users quickly dubbed “Blackout Monday.”\n\n"
            "“We know many of you had exams today. We are sorry,” the company posted on X "
            "shortly after noon.\n\n"
            "Its chief executive, Oluwaseun Hartley, wrote a longer apology on LinkedIn that "
            "evening. “I signed off on the timing of this migration,” he wrote. “That "
            "decision was mine, and it was the wrong one.” A former engineer at the company, "
            "Kasia Wróblewska, commented under the post that the team had asked for a delay "
            "“more than once.”\n\n"
            "On Reddit, an unnamed user started a thread that collected more than 4,000 "
            "upvotes. “My whole lab report is gone, two hours before the deadline,” the user "
            "wrote.\n\n"
            "Hartley told TechCrunch on Tuesday that all notes had been restored. “Not a "
            "single file was lost,” he said."
        ),
        "quotes": [
            ("We know many of you had exams today. We are sorry,", None, False, "P1"),
            ("I signed off on the timing of this migration,", "Oluwaseun Hartley", False, "P2"),
            ("That decision was mine, and it was the wrong one.", "Oluwaseun Hartley", False, "P2"),
            ("more than once.", "Kasia Wróblewska", True, "P2"),
            ("My whole lab report is gone, two hours before the deadline,", None, False, "P3"),
            ("Not a single file was lost,", "Oluwaseun Hartley", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Oluwaseun Hartley", "LinkedIn"),
            ("P3", None, "Reddit"),
            ("P4", "Oluwaseun Hartley", "TechCrunch"),
        ],
        "people": ["Oluwaseun Hartley", "Kasia Wróblewska"],
    },
    {
        "name": "bumblebee-study-radio-bluesky-reply-linkedin",
        "text": (
            "Wild bumblebees in the Scottish Highlands are emerging nearly two weeks earlier "
            "than they did in the 1980s, according to a study published Wednesday in the "
            "journal Ecology Letters.\n\n"
            "“The bees are keeping pace with spring. The flowers are not,” the study’s "
            "authors wrote.\n\n"
            "The lead author, Dr. Fiona MacAskill of the University of Stirling, said on the "
            "BBC Radio 4 programme Farming Today that the mismatch left queens hungry. “A "
            "queen that wakes to bare heather has maybe three days of reserves,” she said.\n\n"
            "The Bumblebee Conservation Trust posted on Bluesky that the findings were “a "
            "warning we cannot file away.” Hamish Drummond, a beekeeper near Aviemore, "
            "replied beneath the post: “Seen it with my own hives. Early starts, thin "
            "colonies.”\n\n"
            "MacAskill later shared the study on LinkedIn, writing that the team now planned "
            "to fit queens with radio tags. “We need to know where they go in those first "
            "days,” she wrote."
        ),
        "quotes": [
            ("The bees are keeping pace with spring. The flowers are not,", None, False, "P1"),
            (
                "A queen that wakes to bare heather has maybe three days of reserves,",
                "Fiona MacAskill",
                False,
                "P2",
            ),
            ("a warning we cannot file away.", None, True, "P3"),
            (
                "Seen it with my own hives. Early starts, thin colonies.",
                "Hamish Drummond",
                False,
                "P3",
            ),
            ("We need to know where they go in those first days,", "Fiona MacAskill", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Ecology Letters"),
            ("P2", "Fiona MacAskill", "Farming Today"),
            ("P3", None, "Bluesky"),
            ("P4", "Fiona MacAskill", "LinkedIn"),
        ],
        "people": ["Fiona MacAskill", "Hamish Drummond"],
    },
    {
        "name": "singer-deleted-instagram-repost-podcast-threads",
        "text": (
            "The singer Anaïs Delacroix-Mbeki deleted an Instagram post on Saturday in which "
            "she had called her former label “a museum with a payroll,” then reposted a "
            "gentler version an hour later.\n\n"
            "The new caption read: “I am grateful for ten years and ready for the next ten.” "
            "Fans noticed the change within minutes.\n\n"
            "Her former label, Velvet Harbor Records, said in a statement that it wished her "
            "well. “We are proud of every record we made together,” the statement said.\n\n"
            "Delacroix-Mbeki appeared on Monday on the podcast Off the Record, hosted by Jun "
            "Takahashi, and explained the edit. “I wrote the first one angry. I posted the "
            "second one awake,” she told Takahashi. Her new single, “Paper Lanterns,” comes "
            "out Friday.\n\n"
            "Her manager, Reuben Castellanos, wrote on Threads that the album was “finished "
            "and better than anything before it.”"
        ),
        "quotes": [
            ("a museum with a payroll,", "Anaïs Delacroix-Mbeki", True, "P1"),
            (
                "I am grateful for ten years and ready for the next ten.",
                "Anaïs Delacroix-Mbeki",
                False,
                "P2",
            ),
            ("We are proud of every record we made together,", None, False, "P3"),
            (
                "I wrote the first one angry. I posted the second one awake,",
                "Anaïs Delacroix-Mbeki",
                False,
                "P4",
            ),
            ("finished and better than anything before it.", "Reuben Castellanos", True, "P5"),
        ],
        "posts": [
            ("P1", "Anaïs Delacroix-Mbeki", "Instagram"),
            ("P2", "Anaïs Delacroix-Mbeki", "Instagram"),
            ("P3", None, None),
            ("P4", "Anaïs Delacroix-Mbeki", "Off the Record"),
            ("P5", "Reuben Castellanos", "Threads"),
        ],
        "people": ["Anaïs Delacroix-Mbeki", "Jun Takahashi", "Reuben Castellanos"],
    },
    {
        "name": "hail-warning-nws-x-tiktok-briefing-facebook-group",
        "text": (
            "Forecasters warned that a line of storms moving across central Oklahoma on "
            "Thursday night could bring hail the size of golf balls.\n\n"
            "“Have a way to get warnings tonight, even if you are asleep,” the National "
            "Weather Service office in Norman posted on X in the afternoon.\n\n"
            "Ximena Galarza, chief meteorologist at KFOR-TV, posted a TikTok video walking "
            "viewers through the radar. “This is the kind of setup that produces tornadoes "
            "after dark,” she said in the clip. “Do not go to bed without a plan.”\n\n"
            "At a briefing in Oklahoma City, the state’s emergency management director, "
            "Garrett Two Feathers, said shelters would open at 6 p.m. “We would rather open "
            "them and have nobody come,” he said.\n\n"
            "In a Facebook group for residents of Moore, a woman named Trinity Okoro-Banks "
            "posted a list of church basements that would stay open overnight. A neighbour "
            "commented under it: “Bless you for doing this.”"
        ),
        "quotes": [
            ("Have a way to get warnings tonight, even if you are asleep,", None, False, "P1"),
            (
                "This is the kind of setup that produces tornadoes after dark,",
                "Ximena Galarza",
                False,
                "P2",
            ),
            ("Do not go to bed without a plan.", "Ximena Galarza", False, "P2"),
            (
                "We would rather open them and have nobody come,",
                "Garrett Two Feathers",
                False,
                None,
            ),
            ("Bless you for doing this.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Ximena Galarza", "TikTok"),
            ("P3", "Trinity Okoro-Banks", "Facebook"),
        ],
        "people": ["Ximena Galarza", "Garrett Two Feathers", "Trinity Okoro-Banks"],
    },
    {
        "name": "school-start-time-letter-union-op-ed",
        "text": (
            "The Riverbend Unified School District will move its high school start time to "
            "8:45 a.m. next fall, Superintendent Marguerite Osei-Bonsu told parents in a "
            "letter on Monday.\n\n"
            "“Our students are not lazy. They are tired, and the science on this is settled,” "
            "the letter said. Osei-Bonsu added that bus routes would be redrawn over the "
            "summer.\n\n"
            "The Riverbend Educators Association said in a statement that teachers had not "
            "been consulted. “We read about this the same way parents did,” the union said.\n\n"
            "A senior at Eastgate High, Tobias Nakamura-Fell, wrote an op-ed in the Riverbend "
            "Ledger welcoming the change. “I have fallen asleep in first period more times "
            "than I can count,” he wrote. “I am not proud of it.”\n\n"
            "The district’s board president, Leonard Achterberg, posted on Facebook that the "
            "board would hold a public forum on the change on March 3."
        ),
        "quotes": [
            (
                "Our students are not lazy. They are tired, and the science on this is settled,",
                "Marguerite Osei-Bonsu",
                False,
                "P1",
            ),
            ("We read about this the same way parents did,", None, False, "P2"),
            (
                "I have fallen asleep in first period more times than I can count,",
                "Tobias Nakamura-Fell",
                False,
                "P3",
            ),
            ("I am not proud of it.", "Tobias Nakamura-Fell", False, "P3"),
        ],
        "posts": [
            ("P1", "Marguerite Osei-Bonsu", None),
            ("P2", None, None),
            ("P3", "Tobias Nakamura-Fell", "Riverbend Ledger"),
            ("P4", "Leonard Achterberg", "Facebook"),
        ],
        "people": ["Marguerite Osei-Bonsu", "Tobias Nakamura-Fell", "Leonard Achterberg"],
    },
    {
        "name": "foldable-phone-earnings-release-call-note-youtube",
        "text": (
            "Shares of the Korean phone maker Hanbit Electronics rose 6 percent on Thursday "
            "after the company reported record sales of its foldable handsets.\n\n"
            "“Demand for the Fold line outpaced our most optimistic forecast,” the chief "
            "executive, Park Seo-yeon, said in the earnings release.\n\n"
            "On a call with analysts, Park said supply of hinge components remained tight. "
            "“We could have sold more if we had more hinges,” she said.\n\n"
            "Ingrid Solheim, an analyst at Nordvik Securities, wrote in a note to clients "
            "that the margins were “better than they have any right to be.”\n\n"
            "The YouTube reviewer Malik Oduya, who has 3 million subscribers, posted a video "
            "calling the new model “the first folding phone I would actually recommend.” In a "
            "reply to a commenter under the video, he added: “Yes, the crease is still there. "
            "You stop seeing it after a week.”"
        ),
        "quotes": [
            (
                "Demand for the Fold line outpaced our most optimistic forecast,",
                "Park Seo-yeon",
                False,
                "P1",
            ),
            ("We could have sold more if we had more hinges,", "Park Seo-yeon", False, None),
            ("better than they have any right to be.", "Ingrid Solheim", True, "P2"),
            ("the first folding phone I would actually recommend.", "Malik Oduya", True, "P3"),
            (
                "Yes, the crease is still there. You stop seeing it after a week.",
                "Malik Oduya",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solheim", None),
            ("P3", "Malik Oduya", "YouTube"),
        ],
        "people": ["Park Seo-yeon", "Ingrid Solheim", "Malik Oduya"],
    },
    {
        "name": "restaurant-closing-instagram-story-substack-family",
        "text": (
            "The Lebanese restaurant Cedar & Salt, a fixture on Halsted Street for 31 years, "
            "will close at the end of the month, its owner announced on an Instagram story on "
            "Sunday.\n\n"
            "“My father opened these doors with borrowed money and a stubborn heart,” wrote "
            "Rania Haddad, who took over the restaurant in 2009. “I am tired, and it is "
            "time.”\n\n"
            "The food writer Bartholomew Quince, who publishes the Substack newsletter Second "
            "Helpings, wrote on Monday that the restaurant had “taught half of Chicago what "
            "real toum tastes like.”\n\n"
            "The Haddad family said in a statement that the recipes would not be sold. “They "
            "stay with us,” the family said.\n\n"
            "Quince later told WBEZ that he had eaten there at least 200 times. “I proposed "
            "to my wife in the back booth,” he said."
        ),
        "quotes": [
            (
                "My father opened these doors with borrowed money and a stubborn heart,",
                "Rania Haddad",
                False,
                "P1",
            ),
            ("I am tired, and it is time.", "Rania Haddad", False, "P1"),
            (
                "taught half of Chicago what real toum tastes like.",
                "Bartholomew Quince",
                True,
                "P2",
            ),
            ("They stay with us,", None, False, "P3"),
            ("I proposed to my wife in the back booth,", "Bartholomew Quince", False, "P4"),
        ],
        "posts": [
            ("P1", "Rania Haddad", "Instagram"),
            ("P2", "Bartholomew Quince", "Substack"),
            ("P3", None, None),
            ("P4", "Bartholomew Quince", "WBEZ"),
        ],
        "people": ["Rania Haddad", "Bartholomew Quince"],
    },
    {
        "name": "asteroid-salt-release-newshour-threads-quote-post",
        "text": (
            "Grains of dust returned from the asteroid Bennu contain salts that form only "
            "when water evaporates, scientists reported on Wednesday.\n\n"
            "NASA announced the result in a news release, calling the salts “a fingerprint of "
            "ancient brine.”\n\n"
            "Dr. Tsegaye Alemu, a geochemist on the analysis team, appeared on PBS NewsHour "
            "that evening. “We expected clay minerals. We did not expect a salt flat in "
            "miniature,” he said.\n\n"
            "“What that tells us is that the parent body had pockets of liquid water that "
            "dried out slowly. That is exactly where chemistry gets interesting.”\n\n"
            "Another team member, Lucía Ferreyra-Holm, posted a microscope image of the "
            "crystals on Threads. “Five years of waiting, and it looks like table salt,” she "
            "wrote. A planetary scientist not involved in the work, Declan Murtagh, quoted "
            "her post with one word: “Incredible.”"
        ),
        "quotes": [
            ("a fingerprint of ancient brine.", None, True, "P1"),
            (
                "We expected clay minerals. We did not expect a salt flat in miniature,",
                "Tsegaye Alemu",
                False,
                "P2",
            ),
            (
                "What that tells us is that the parent body had pockets of liquid water that dried out slowly. That is exactly where chemistry gets interesting.",
                "Tsegaye Alemu",
                False,
                "P2",
            ),
            (
                "Five years of waiting, and it looks like table salt,",
                "Lucía Ferreyra-Holm",
                False,
                "P3",
            ),
            ("Incredible.", "Declan Murtagh", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tsegaye Alemu", "PBS NewsHour"),
            ("P3", "Lucía Ferreyra-Holm", "Threads"),
            ("P4", "Declan Murtagh", "Threads"),
        ],
        "people": ["Tsegaye Alemu", "Lucía Ferreyra-Holm", "Declan Murtagh"],
    },
    {
        "name": "directors-cut-x-studio-statement-variety-story",
        "text": (
            "The director Kwame Asante-Whitfield said on Tuesday that his film “The Longest "
            "Harvest” would not be cut for its U.S. release, ending weeks of speculation.\n\n"
            "“Three hours and eleven minutes. Every one of them stays,” he posted on X.\n\n"
            "The film premiered at the Toronto International Film Festival in September, "
            "where several critics called it exhausting. The studio, Lanternfish Pictures, "
            "had reportedly pushed for a version closer to two and a half hours after test "
            "screenings in Denver. In a statement, it said it “fully supports” the director’s "
            "cut.\n\n"
            "The film’s star, Eleanor “Nell” Prudhomme, told Variety that the length was the "
            "point. “You are supposed to feel the season pass,” she said. “You are supposed "
            "to get a little tired.”\n\n"
            "Asante-Whitfield’s longtime editor, Sunniva Bakke, shared his post on her "
            "Instagram story with a note of her own: “Told you they would blink.”"
        ),
        "quotes": [
            (
                "Three hours and eleven minutes. Every one of them stays,",
                "Kwame Asante-Whitfield",
                False,
                "P1",
            ),
            ("fully supports", None, True, "P2"),
            ("You are supposed to feel the season pass,", "Eleanor Prudhomme", False, "P3"),
            ("You are supposed to get a little tired.", "Eleanor Prudhomme", False, "P3"),
            ("Told you they would blink.", "Sunniva Bakke", False, "P4"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Whitfield", "X"),
            ("P2", None, None),
            ("P3", "Eleanor Prudhomme", "Variety"),
            ("P4", "Sunniva Bakke", "Instagram"),
        ],
        "people": ["Kwame Asante-Whitfield", "Eleanor Prudhomme", "Sunniva Bakke"],
    },
    {
        "name": "heat-wave-utility-release-bluesky-reply-to-reply",
        "text": (
            "Arizona Public Power asked customers in Phoenix to cut back on air conditioning "
            "between 4 and 8 p.m. on Friday, when temperatures were forecast to reach 118 "
            "degrees.\n\n"
            "“We are not asking anyone to be unsafe. We are asking for a few degrees,” the "
            "utility said in a press release.\n\n"
            "City Councilman Ezequiel Montaño-Briggs posted on Bluesky that the request was "
            "“backwards.” “Seniors on fixed incomes already ration their cooling. Ask the "
            "data centers first,” he wrote.\n\n"
            "A utility spokeswoman, Hollis Verhagen, replied under his post that the data "
            "centers had agreed to curtail use. Montaño-Briggs replied to her reply: “Then "
            "put that in writing and publish it.”\n\n"
            "A resident of the Maryvale district, who asked not to be named, said she had not "
            "turned on her unit in two days. “I sit in the library until it closes,” she "
            "said."
        ),
        "quotes": [
            (
                "We are not asking anyone to be unsafe. We are asking for a few degrees,",
                None,
                False,
                "P1",
            ),
            ("backwards.", "Ezequiel Montaño-Briggs", True, "P2"),
            (
                "Seniors on fixed incomes already ration their cooling. Ask the data centers first,",
                "Ezequiel Montaño-Briggs",
                False,
                "P2",
            ),
            ("Then put that in writing and publish it.", "Ezequiel Montaño-Briggs", False, "P2"),
            ("I sit in the library until it closes,", None, False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ezequiel Montaño-Briggs", "Bluesky"),
        ],
        "people": ["Ezequiel Montaño-Briggs", "Hollis Verhagen"],
    },
    {
        "name": "grading-essay-medium-provost-email-student-paper-reddit",
        "text": (
            "An essay on Medium by Professor Adaeze Nwachukwu-Lund arguing that universities "
            "should stop grading first-year students has drawn thousands of responses since "
            "it was published on Sunday.\n\n"
            "“A first-year transcript measures who arrived prepared, not who can learn,” "
            "Nwachukwu-Lund, who teaches chemistry at Calloway University, wrote in the "
            "essay.\n\n"
            "The university’s provost, Stanislav Dvořák, sent faculty an email on Tuesday "
            "saying there were “no plans” to change grading policy. “Professor Nwachukwu-Lund "
            "is welcome to make her case to the senate,” the email said.\n\n"
            "One first-year student, Hyun-woo Baek, told the student newspaper, The Calloway "
            "Crier, that he was in favor. “I would take harder classes if I were not scared "
            "of my GPA,” he said.\n\n"
            "A senior, Odalys Pereira, started a thread on the university’s Reddit forum "
            "asking students to vote. “Pass/fail for year one. Yes or no?” she wrote."
        ),
        "quotes": [
            (
                "A first-year transcript measures who arrived prepared, not who can learn,",
                "Adaeze Nwachukwu-Lund",
                False,
                "P1",
            ),
            ("no plans", "Stanislav Dvořák", True, "P2"),
            (
                "Professor Nwachukwu-Lund is welcome to make her case to the senate,",
                "Stanislav Dvořák",
                False,
                "P2",
            ),
            (
                "I would take harder classes if I were not scared of my GPA,",
                "Hyun-woo Baek",
                False,
                "P3",
            ),
            ("Pass/fail for year one. Yes or no?", "Odalys Pereira", False, "P4"),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu-Lund", "Medium"),
            ("P2", "Stanislav Dvořák", None),
            ("P3", "Hyun-woo Baek", "The Calloway Crier"),
            ("P4", "Odalys Pereira", "Reddit"),
        ],
        "people": ["Adaeze Nwachukwu-Lund", "Stanislav Dvořák", "Hyun-woo Baek", "Odalys Pereira"],
    },
    {
        "name": "library-gift-foundation-release-facebook-page-comment",
        "text": (
            "The Ellis Whitaker Foundation will give $4 million to rebuild the flood-damaged "
            "public library in Millbrook, Vermont, the foundation said in a press release on "
            "Tuesday.\n\n"
            "“A town without its library is a town without its front porch,” the release "
            "said.\n\n"
            "The library’s director, Josephine Abernathy-Kruse, shared the news on the "
            "library’s Facebook page. “We cried in the parking lot. Then we started "
            "planning,” she wrote.\n\n"
            "The foundation’s president, Desmond Whitaker, a grandson of its founder, told "
            "the Burlington Free Press that the gift came with no naming rights. “Call it the "
            "Millbrook Library. That is what it has always been,” he said.\n\n"
            "Under Abernathy-Kruse’s post, a longtime patron, Wendell Oyelaran, commented: “I "
            "learned to read in the room that flooded.” Another patron posted a photo of the "
            "waterlogged children’s section on Instagram, without a caption."
        ),
        "quotes": [
            ("A town without its library is a town without its front porch,", None, False, "P1"),
            (
                "We cried in the parking lot. Then we started planning,",
                "Josephine Abernathy-Kruse",
                False,
                "P2",
            ),
            (
                "Call it the Millbrook Library. That is what it has always been,",
                "Desmond Whitaker",
                False,
                "P3",
            ),
            ("I learned to read in the room that flooded.", "Wendell Oyelaran", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Josephine Abernathy-Kruse", "Facebook"),
            ("P3", "Desmond Whitaker", "Burlington Free Press"),
            ("P4", None, "Instagram"),
        ],
        "people": ["Josephine Abernathy-Kruse", "Desmond Whitaker", "Wendell Oyelaran"],
    },
    {
        "name": "fitness-app-lawsuit-researcher-x-statement-podcast",
        "text": (
            "A class-action lawsuit filed Monday in federal court in San Jose accuses the "
            "fitness-tracking company PulseLoop of exposing the home addresses of 1.4 million "
            "runners.\n\n"
            "“PulseLoop knew its route maps could be reverse-engineered and chose not to fix "
            "it,” the lawsuit said. It was filed on behalf of a marathon runner, Yusuf "
            "Demirci-Wallace, and others.\n\n"
            "The flaw was first described in January by the security researcher Beatriz "
            "Okonkwo-Sandoval, who posted on X a map showing where she believed a PulseLoop "
            "executive lived. “If I can do this in an afternoon, so can a stalker,” she "
            "wrote.\n\n"
            "PulseLoop said in a statement that it had fixed the problem in February. “No "
            "evidence suggests any user was harmed,” the statement said.\n\n"
            "Okonkwo-Sandoval told the Risky Business podcast that she had warned the company "
            "twice before going public. “They thanked me both times,” she said. “Then nothing "
            "happened.”"
        ),
        "quotes": [
            (
                "PulseLoop knew its route maps could be reverse-engineered and chose not to fix it,",
                None,
                False,
                "P1",
            ),
            (
                "If I can do this in an afternoon, so can a stalker,",
                "Beatriz Okonkwo-Sandoval",
                False,
                "P2",
            ),
            ("No evidence suggests any user was harmed,", None, False, "P3"),
            ("They thanked me both times,", "Beatriz Okonkwo-Sandoval", False, "P4"),
            ("Then nothing happened.", "Beatriz Okonkwo-Sandoval", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatriz Okonkwo-Sandoval", "X"),
            ("P3", None, None),
            ("P4", "Beatriz Okonkwo-Sandoval", "Risky Business"),
        ],
        "people": ["Yusuf Demirci-Wallace", "Beatriz Okonkwo-Sandoval"],
    },
    {
        "name": "late-night-host-tiktok-duet-radio-show",
        "text": (
            "The comedian Siddharth Raghunathan, known to fans as “The Professor,” announced "
            "on TikTok on Friday that his late-night show would end after its current season.\n\n"
            "“Six seasons, 800 episodes and one very patient band,” he said in the video. “I "
            "am going out while the jokes still work.”\n\n"
            "The network, Meridian Broadcasting, said in a statement that it was “grateful "
            "beyond words” for his run.\n\n"
            "His bandleader, Dolores Achebe-Marsh, posted a duet of the video on TikTok, "
            "playing the show’s theme on a kazoo. “Somebody had to,” she wrote in the "
            "caption.\n\n"
            "Raghunathan appeared on the public radio show Second Look on Monday and said he "
            "had made the decision at his daughter’s graduation. “She gave a speech about "
            "leaving on time,” he told the host, Inés Valderrama. “I took it personally.”"
        ),
        "quotes": [
            (
                "Six seasons, 800 episodes and one very patient band,",
                "Siddharth Raghunathan",
                False,
                "P1",
            ),
            ("I am going out while the jokes still work.", "Siddharth Raghunathan", False, "P1"),
            ("grateful beyond words", None, True, "P2"),
            ("Somebody had to,", "Dolores Achebe-Marsh", False, "P3"),
            ("She gave a speech about leaving on time,", "Siddharth Raghunathan", False, "P4"),
            ("I took it personally.", "Siddharth Raghunathan", False, "P4"),
        ],
        "posts": [
            ("P1", "Siddharth Raghunathan", "TikTok"),
            ("P2", None, None),
            ("P3", "Dolores Achebe-Marsh", "TikTok"),
            ("P4", "Siddharth Raghunathan", "Second Look"),
        ],
        "people": ["Siddharth Raghunathan", "Dolores Achebe-Marsh", "Inés Valderrama"],
    },
    {
        "name": "glacier-report-centre-youtube-kathmandu-post-facebook",
        "text": (
            "Glaciers in Nepal’s Khumbu region lost ice twice as fast in the past decade as "
            "in the one before, according to a report released Thursday by the International "
            "Centre for Integrated Mountain Development.\n\n"
            "The report, compiled from satellite data and field surveys, said the losses were "
            "“without precedent in the instrumental record.”\n\n"
            "Its lead glaciologist, Pasang Dolma Sherpa, explained the findings in a YouTube "
            "video posted by the centre. “The glacier I studied for my doctorate is now a "
            "lake,” she said. “I can show you where it used to be.”\n\n"
            "Nepal’s environment minister, Bishnu Prasad Adhikari, told the Kathmandu Post "
            "that the government would fund early-warning sirens in 14 villages. “We cannot "
            "stop the melt. We can stop people being surprised by it,” he said.\n\n"
            "A trekking guide from Namche Bazaar, Mingma Tenzing, shared the video on "
            "Facebook. “Every guide here has seen this,” he wrote."
        ),
        "quotes": [
            ("without precedent in the instrumental record.", None, True, "P1"),
            (
                "The glacier I studied for my doctorate is now a lake,",
                "Pasang Dolma Sherpa",
                False,
                "P2",
            ),
            ("I can show you where it used to be.", "Pasang Dolma Sherpa", False, "P2"),
            (
                "We cannot stop the melt. We can stop people being surprised by it,",
                "Bishnu Prasad Adhikari",
                False,
                "P3",
            ),
            ("Every guide here has seen this,", "Mingma Tenzing", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "YouTube"),
            ("P3", "Bishnu Prasad Adhikari", "Kathmandu Post"),
            ("P4", "Mingma Tenzing", "Facebook"),
        ],
        "people": ["Pasang Dolma Sherpa", "Bishnu Prasad Adhikari", "Mingma Tenzing"],
    },
    {
        "name": "tower-ruling-judge-opinion-attorney-instagram-caption",
        "text": (
            "A Cook County judge on Wednesday halted construction of a 22-story apartment "
            "tower next to Lincoln Park, ruling that the city had skipped a required "
            "environmental review.\n\n"
            "“The city cannot grant itself an exemption it never wrote down,” Judge Marisela "
            "Fuentes-Odom wrote in her opinion.\n\n"
            "The developer, Greystone Harbor, said in a statement that it would appeal. Its "
            "attorney, Cornelius Baptiste, told reporters outside the courthouse that the "
            "ruling was “a technicality dressed up as a principle.”\n\n"
            "“We will be building by summer,” he added.\n\n"
            "The Lakeview Neighbors Alliance, which brought the case, celebrated on "
            "Instagram. “Parks are for people, not for parking garages,” the group wrote in a "
            "caption. Its president, Hiroko Lindgren, told the Chicago Sun-Times that the "
            "group had paid its legal fees with “bake sales and stubbornness.”"
        ),
        "quotes": [
            (
                "The city cannot grant itself an exemption it never wrote down,",
                "Marisela Fuentes-Odom",
                False,
                "P1",
            ),
            ("a technicality dressed up as a principle.", "Cornelius Baptiste", True, None),
            ("We will be building by summer,", "Cornelius Baptiste", False, None),
            ("Parks are for people, not for parking garages,", None, False, "P3"),
            ("bake sales and stubbornness.", "Hiroko Lindgren", True, "P4"),
        ],
        "posts": [
            ("P1", "Marisela Fuentes-Odom", None),
            ("P2", None, None),
            ("P3", None, "Instagram"),
            ("P4", "Hiroko Lindgren", "Chicago Sun-Times"),
        ],
        "people": ["Marisela Fuentes-Odom", "Cornelius Baptiste", "Hiroko Lindgren"],
    },
    {
        "name": "chatbot-refund-linkedin-comment-blog-substack-threads",
        "text": (
            "The software company Brightwell has paused its customer-service chatbot after "
            "the bot told a user that its refund policy “does not exist.” Brightwell, based "
            "in Austin, Texas, sells billing software to about 9,000 small businesses.\n\n"
            "The user, Abimbola Fashola, had posted screenshots of the exchange on LinkedIn. "
            "“I asked for a refund and got a philosophy lecture,” she wrote.\n\n"
            "Brightwell’s head of product, Thorsten Eklund, commented under her post: “This "
            "is on us. We are fixing it today.”\n\n"
            "In a post on its company blog, Brightwell said the bot had been “overconfident "
            "in a way we did not test for.”\n\n"
            "The AI researcher Meera Subramaniam wrote on Substack that such failures were "
            "predictable. “A model trained to sound helpful will invent help when it has "
            "none,” she wrote. On Threads, she added that companies should publish their "
            "bots’ error rates."
        ),
        "quotes": [
            ("does not exist.", None, True, None),
            ("I asked for a refund and got a philosophy lecture,", "Abimbola Fashola", False, "P1"),
            ("This is on us. We are fixing it today.", "Thorsten Eklund", False, "P1"),
            ("overconfident in a way we did not test for.", None, True, "P2"),
            (
                "A model trained to sound helpful will invent help when it has none,",
                "Meera Subramaniam",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Abimbola Fashola", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Meera Subramaniam", "Substack"),
            ("P4", "Meera Subramaniam", "Threads"),
        ],
        "people": ["Abimbola Fashola", "Thorsten Eklund", "Meera Subramaniam"],
    },
    {
        "name": "ice-sensor-student-today-show-straight-marks",
        "text": (
            "A 14-year-old from Duluth, Minnesota, won the national Young Scientists "
            "Challenge on Tuesday for a sensor that warns when lake ice is too thin to walk "
            "on.\n\n"
            '"I fell through once when I was nine. I wanted nobody else to," Aarav '
            'Lindqvist-Rao said on NBC\'s "Today" show on Wednesday morning.\n\n'
            'Gov. Ruth Amundsen-Bell posted on X that the state was "beyond proud." "Aarav, '
            'the whole North Shore is cheering," she wrote.\n\n'
            "His science teacher, Corinne Mbatha, said in a Facebook post that he had rebuilt "
            "the sensor eleven times. \"He called the failures 'drafts,' never mistakes,\" she "
            "wrote.\n\n"
            'The sensor, which Aarav nicknamed "Ice Whisperer," will be tested by the '
            "Minnesota Department of Natural Resources this winter, the agency said in a news "
            'release. "Every winter we lose people to ice they trusted," the release said.'
        ),
        "quotes": [
            (
                "I fell through once when I was nine. I wanted nobody else to,",
                "Aarav Lindqvist-Rao",
                False,
                "P1",
            ),
            ("beyond proud.", "Ruth Amundsen-Bell", True, "P2"),
            ("Aarav, the whole North Shore is cheering,", "Ruth Amundsen-Bell", False, "P2"),
            ("He called the failures 'drafts,' never mistakes,", "Corinne Mbatha", False, "P3"),
            ("Every winter we lose people to ice they trusted,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Aarav Lindqvist-Rao", "Today"),
            ("P2", "Ruth Amundsen-Bell", "X"),
            ("P3", "Corinne Mbatha", "Facebook"),
            ("P4", None, "press release"),
        ],
        "people": ["Aarav Lindqvist-Rao", "Ruth Amundsen-Bell", "Corinne Mbatha"],
    },
    {
        "name": "festival-canceled-band-x-livestream-reddit-radio",
        "text": (
            "Organizers of the Bayou Lights music festival in Lafayette, Louisiana, canceled "
            "Saturday’s lineup hours before the gates opened, as a tropical storm pushed "
            "heavy rain across the region.\n\n"
            "“Your safety matters more than any setlist,” the festival wrote on Instagram. "
            "“Refund details are coming Monday.”\n\n"
            "The headlining band, the Marchand Brothers, posted on X that they were “gutted.” "
            "Their frontman, Lucien Marchand, later played an acoustic version of their hit "
            "“Lantern on the Levee” on an Instagram livestream from his hotel room. “This one "
            "is for everybody stuck in a parking lot,” he said during the stream.\n\n"
            "On Reddit, a fan who drove from Houston started a thread asking whether travel "
            "costs would be covered. Another user replied: “Keep your gas receipts. They "
            "covered mine in 2019.”\n\n"
            "Lafayette’s mayor, Yvonne Thibodeaux-Nguyen, told the radio station KRVS that "
            "the city would waive parking fines. “It is the least we can do,” she said."
        ),
        "quotes": [
            ("Your safety matters more than any setlist,", None, False, "P1"),
            ("Refund details are coming Monday.", None, False, "P1"),
            ("gutted.", None, True, "P2"),
            ("This one is for everybody stuck in a parking lot,", "Lucien Marchand", False, "P3"),
            ("Keep your gas receipts. They covered mine in 2019.", None, False, "P4"),
            ("It is the least we can do,", "Yvonne Thibodeaux-Nguyen", False, "P5"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", None, "X"),
            ("P3", "Lucien Marchand", "Instagram"),
            ("P4", None, "Reddit"),
            ("P5", "Yvonne Thibodeaux-Nguyen", "KRVS"),
        ],
        "people": ["Lucien Marchand", "Yvonne Thibodeaux-Nguyen"],
    },
]
