"""The one-hundred-and-second self-made dev set, held out (DD): its first run is an unseen estimate.

Written with set DE, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- people lists every named person in the order of first mention, including
  named people who are never quoted (the defendant Bradley Kessler, the singer
  Dahlia Marchetti); organisations, a stadium named after a person (Stade
  Marcel-Picot) and a nickname used inside a quote ("Temi") add no person.
- A quote broken by its attribution ("We will not fly that airframe again,"
  Holmqvist said, "until we know ...") is two quotes, neither partial, with the
  same speaker and post; likewise "Not for a second," he said. "I would ...".
- A quote that runs over two paragraphs (the first paragraph left open, the
  second reopened) is one quote per paragraph; the first one's text runs to the
  end of its paragraph. Both follow "wrote on Facebook:" and belong to it.
- A news release of a government office, county health department or museum
  that a named official "said in" has author None and the official as speaker
  (U.S. Attorney Marguerite Delacroix, Dr. Tomasz Wierzbicki, Eleanor
  Whitcombe); "its trustees announced" is that same release, not a new post.
- A statement that a named person "said in" (a manager, a state veterinarian, a
  health minister, a union steward, a defence lawyer's "email to reporters") is
  that person's post with no platform; "the statement said" after it keeps that
  speaker. "The health ministry said on Monday" with no medium is not a post of
  its own when the minister's statement follows.
- A statement, complaint or letter of a company, agency, school districts or a
  landlord company (Celtic, Meridian, Lufthansa, Flicker, the FAA, Castlegate
  Holdings, the districts' complaint) has author None and speaks as None.
- A majority opinion a judge "wrote for" a panel is that judge's post; the
  dissent is the dissenting judge's own post; a housing judge's ruling is hers.
  What a judge says at a sentencing hearing, and what a victim's mother says
  when she "addressed the court", are not posts.
- An NTSB preliminary report is a post with author None and no platform.
- A study in a named journal whose words are "the researchers wrote" has author
  None and the journal as platform (The Lancet Public Health); a commentary in
  "the journal Science" by a named virologist is hers with platform Science.
- Shows and outlets take the name as written without the network or the marks:
  CNBC's "Squawk Box" is Squawk Box, NPR's Morning Edition is Morning Edition,
  BBC Radio 1's Newsbeat is Newsbeat, CBC Radio's As It Happens is As It
  Happens, the podcast "Arts Desk Weekly" is Arts Desk Weekly, "the radio
  station KIMA Talk" is KIMA Talk, "the regional daily L'Est Républicain" is
  L'Est Républicain (with its typographic apostrophe), and "wrote in The Daily
  Telegraph" is an op-ed with platform The Daily Telegraph.
- A county department's, city's, festival's, tenant association's or pilots'
  union's social post has author None and its words speak as None; an
  organisation's reply under someone else's post (the festival's official
  account under a fan's TikTok) belongs to that post and speaks as None; a
  department's reply reported without quoted words adds nothing.
- An unnamed commenter under a TikTok video speaks as None; an unnamed Reddit
  user (an employee, a controller "who said he worked" at a facility) has a
  Reddit post with author None whose words speak as None.
- A comment under a YouTube video belongs to it; words given whole after a
  colon ("received threats: ...") are not partial.
- A lawyer's reply "beneath the post" of his client's X post belongs to it.
- The story's own "said in an interview", a Senate hearing, a school board
  meeting, an earnings "call with analysts", a briefing, a news conference and
  "asked reporters" / "was asked about the case by reporters" are not posts.
- Present-tense "she says in the video" and "he says in the video" report the
  video like "said".
- A word cited as a word (the word "associated") is not a quote; tour names,
  song and work titles ("Lagos in the Rain", "The Long Harmattan," "Paper
  Moons", "Carmina Burana") and nicknames ("the Lighthouse," "K-Dub," "Moonies,")
  are not quotes even with a comma inside the marks; a song title in single
  marks inside a quote is part of that quote; an app named inside a quote
  (Slack) is not a post.
- A description resolves to the person it describes: "the curator" is Kofi
  Boateng, "the fencer" is Zainab Al-Harthi (her husband Omar Al-Harthi shares
  the surname, so the text never uses the bare surname after he is named).
- A two-part Spanish surname without a hyphen is part of the canonical name
  (Josefina Ruiz Albarrán, and the bare "Ruiz Albarrán" is her); Cameroonian
  compound names are kept as written (Brigitte Ngo Mbella); a lowercase
  particle is kept (Anouk de Vries).
- Titles such as Judge, Dr., Rev., Mayor, Senator, U.S. Attorney and City
  Council member are not part of a canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DD: list[dict] = [
    {
        "name": "judge-opinion-mechanic-x-post-lawyer-reply",
        "text": (
            "A federal judge in Houston on Thursday dismissed a whistleblower lawsuit brought "
            "by a former aircraft mechanic against Meridian Regional Airlines, ruling that he "
            "had waited too long to file it.\n\n"
            "In a 14-page opinion, Judge Rosalind Achterberg wrote that the claims were "
            "“time-barred by any reasonable reading of the statute.” She added that the court "
            "took “no view on the merits” of the mechanic’s safety complaints.\n\n"
            "The mechanic, Oluwaseun Bakare, said on X that he would appeal. “I reported "
            "cracked fan blades and lost my job for it. One judge does not get the last "
            "word,” he posted.\n\n"
            "His lawyer, Priya Venkataraman, wrote in a reply beneath the post that the "
            "ruling “ignores two years of emails.”\n\n"
            "Meridian said in a statement that it “takes every safety report seriously” and "
            "welcomed the decision.\n\n"
            "Asked by reporters outside the courthouse whether he regretted speaking up, "
            "Bakare shook his head. “Not for a second,” he said. “I would do it again "
            "tomorrow.”"
        ),
        "quotes": [
            (
                "time-barred by any reasonable reading of the statute.",
                "Rosalind Achterberg",
                True,
                "P1",
            ),
            ("no view on the merits", "Rosalind Achterberg", True, "P1"),
            (
                "I reported cracked fan blades and lost my job for it. One judge does "
                "not get the last word,",
                "Oluwaseun Bakare",
                False,
                "P2",
            ),
            ("ignores two years of emails.", "Priya Venkataraman", True, "P2"),
            ("takes every safety report seriously", None, True, "P3"),
            ("Not for a second,", "Oluwaseun Bakare", False, None),
            ("I would do it again tomorrow.", "Oluwaseun Bakare", False, None),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", None),
            ("P2", "Oluwaseun Bakare", "X"),
            ("P3", None, None),
        ],
        "people": ["Rosalind Achterberg", "Oluwaseun Bakare", "Priya Venkataraman"],
    },
    {
        "name": "measles-county-release-facebook-comment-radio",
        "text": (
            "Health officials in Yakima County confirmed three more measles cases on "
            "Wednesday, bringing the outbreak to 17, and urged parents to check their "
            "children’s vaccination records.\n\n"
            "“Measles is not a rite of passage. It is a preventable disease that puts babies "
            "in hospital,” the county’s health officer, Dr. Tomasz Wierzbicki, said in a news "
            "release.\n\n"
            "The department also posted a map of exposure sites on Facebook, including a "
            "church, a grocery store and a youth soccer tournament. Under the post, a mother "
            "of three, Lorena Castañeda, wrote: “Our pediatrician has no appointments until "
            "April. Where are we supposed to go?” The department replied beneath her comment "
            "that walk-in clinics would open at two schools on Saturday.\n\n"
            "Wierzbicki later told the radio station KIMA Talk that vaccination rates at some "
            "elementary schools had fallen below 80 percent. “That is the number that keeps "
            "me up at night,” he said.\n\n"
            "A school board member, Harlan Oduya, called the weekend clinics “a good start” "
            "during Tuesday’s board meeting, but said the district would need more nurses if "
            "the outbreak spread into the spring term."
        ),
        "quotes": [
            (
                "Measles is not a rite of passage. It is a preventable disease that "
                "puts babies in hospital,",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            (
                "Our pediatrician has no appointments until April. Where are we supposed to go?",
                "Lorena Castañeda",
                False,
                "P2",
            ),
            ("That is the number that keeps me up at night,", "Tomasz Wierzbicki", False, "P3"),
            ("a good start", "Harlan Oduya", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Tomasz Wierzbicki", "KIMA Talk"),
        ],
        "people": ["Tomasz Wierzbicki", "Lorena Castañeda", "Harlan Oduya"],
    },
    {
        "name": "cracked-windshield-ntsb-tiktok-squawk-box",
        "text": (
            "A regional jet carrying 68 people made an emergency landing in Boise after a "
            "cockpit window cracked at 31,000 feet, and the National Transportation Safety "
            "Board said in a preliminary report on Friday that the outer pane had “separated "
            "along a previously repaired edge.”\n\n"
            "A passenger, Amara Nwachukwu, filmed the descent and posted it on TikTok. "
            "“Everyone was calm until the oxygen masks dropped. Then the man next to me "
            "started praying,” she says in the video, which has been viewed more than four "
            "million times. One commenter under the video wrote: “Those pilots deserve a "
            "raise.”\n\n"
            "The airline’s chief executive, Gunnar Holmqvist, told CNBC’s “Squawk Box” on "
            "Monday that the jet had been grounded. “We will not fly that airframe again,” "
            "Holmqvist said, “until we know exactly what happened.”\n\n"
            "The captain, whom the airline did not name, was praised by the pilots’ union, "
            "which said on X that the crew had shown “textbook airmanship.”"
        ),
        "quotes": [
            ("separated along a previously repaired edge.", None, True, "P1"),
            (
                "Everyone was calm until the oxygen masks dropped. Then the man next "
                "to me started praying,",
                "Amara Nwachukwu",
                False,
                "P2",
            ),
            ("Those pilots deserve a raise.", None, False, "P2"),
            ("We will not fly that airframe again,", "Gunnar Holmqvist", False, "P3"),
            ("until we know exactly what happened.", "Gunnar Holmqvist", False, "P3"),
            ("textbook airmanship.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Amara Nwachukwu", "TikTok"),
            ("P3", "Gunnar Holmqvist", "Squawk Box"),
            ("P4", None, "X"),
        ],
        "people": ["Amara Nwachukwu", "Gunnar Holmqvist"],
    },
    {
        "name": "singer-cancels-tour-instagram-manager-statement",
        "text": (
            "The Nigerian singer Temilade Okonjo has cancelled the North American leg of her "
            "tour because of damage to her vocal cords, she said on Instagram on Monday.\n\n"
            "“My doctors have told me to stop singing for eight weeks, and for once I am "
            "going to listen,” she wrote alongside a photo of herself in a hospital gown.\n\n"
            "Her guitarist, Kwabena Asante, commented under the post: “Rest up, sis. The "
            "stage will wait.”\n\n"
            "Okonjo’s single “Lagos in the Rain” topped Billboard’s Afrobeats chart for 11 "
            "weeks last year, and the tour, billed as “The Long Harmattan,” had sold more "
            "than 200,000 tickets across 23 cities.\n\n"
            "Her manager, Ifeoma Duru, said in a statement that every ticket would be "
            "refunded. “Temi’s health is the only thing that matters right now,” the "
            "statement said.\n\n"
            "In an interview with Rolling Stone last month, Okonjo had described the tour as "
            "“the most ambitious thing I have ever tried,” and said she had been rehearsing "
            "six days a week."
        ),
        "quotes": [
            (
                "My doctors have told me to stop singing for eight weeks, and for "
                "once I am going to listen,",
                "Temilade Okonjo",
                False,
                "P1",
            ),
            ("Rest up, sis. The stage will wait.", "Kwabena Asante", False, "P1"),
            ("Temi’s health is the only thing that matters right now,", "Ifeoma Duru", False, "P2"),
            ("the most ambitious thing I have ever tried,", "Temilade Okonjo", True, "P3"),
        ],
        "posts": [
            ("P1", "Temilade Okonjo", "Instagram"),
            ("P2", "Ifeoma Duru", None),
            ("P3", "Temilade Okonjo", "Rolling Stone"),
        ],
        "people": ["Temilade Okonjo", "Kwabena Asante", "Ifeoma Duru"],
    },
    {
        "name": "pharmacist-sentenced-release-hearing-email-facebook",
        "text": (
            "A former hospital pharmacist was sentenced on Tuesday to nine years in prison "
            "for stealing fentanyl from patients’ IV bags, the U.S. Attorney’s Office in "
            "Denver said in a news release.\n\n"
            "“He treated patients in pain as a supply line,” U.S. Attorney Marguerite "
            "Delacroix said in the release.\n\n"
            "At the hearing, Judge Hiroshi Tanabe told the defendant, Bradley Kessler, 44, "
            "that he had “betrayed the most basic trust in medicine.”\n\n"
            "The mother of one patient, Josefina Ruiz Albarrán, addressed the court before "
            "the sentence was handed down. “My son came home from surgery screaming, and "
            "nobody believed him,” she said, her voice breaking.\n\n"
            "Kessler’s lawyer, Desmond Achebe, said in an email to reporters that his client "
            "was “deeply ashamed” and had been sober for two years. He did not say whether "
            "Kessler would appeal.\n\n"
            "Ruiz Albarrán later wrote on Facebook that the sentence was “not enough, but it "
            "is something.” Dozens of other families commented under her post."
        ),
        "quotes": [
            ("He treated patients in pain as a supply line,", "Marguerite Delacroix", False, "P1"),
            ("betrayed the most basic trust in medicine.", "Hiroshi Tanabe", True, None),
            (
                "My son came home from surgery screaming, and nobody believed him,",
                "Josefina Ruiz Albarrán",
                False,
                None,
            ),
            ("deeply ashamed", "Desmond Achebe", True, "P2"),
            ("not enough, but it is something.", "Josefina Ruiz Albarrán", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Desmond Achebe", None),
            ("P3", "Josefina Ruiz Albarrán", "Facebook"),
        ],
        "people": [
            "Marguerite Delacroix",
            "Hiroshi Tanabe",
            "Bradley Kessler",
            "Josefina Ruiz Albarrán",
            "Desmond Achebe",
        ],
    },
    {
        "name": "walking-dementia-lancet-bluesky-reply-substack",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 30 percent lower risk of "
            "dementia over a decade than those who walked fewer than 3,000, according to a "
            "study published Wednesday in The Lancet Public Health. The researchers wrote "
            "that the association “persisted after adjustment for age, income and baseline "
            "cognition.”\n\n"
            "The study’s senior author, Dr. Siddharth Rao of the University of Leeds, said "
            "the findings were encouraging but not proof. “We cannot say the walking caused "
            "the difference. We can say it is worth lacing up,” he said in an interview.\n\n"
            "On Bluesky, the epidemiologist Hanna Kowalczyk was more skeptical. “People who "
            "are already declining walk less. That is reverse causation, not prevention,” she "
            "posted.\n\n"
            "Rao replied beneath her post: “Fair point, and it is why we excluded the first "
            "three years of follow-up.”\n\n"
            "In a Substack essay on Thursday, the science writer Obinna Eze called the "
            "coverage of the study “a masterclass in hype,” noting that several headlines had "
            "dropped the word “associated” altogether."
        ),
        "quotes": [
            (
                "persisted after adjustment for age, income and baseline cognition.",
                None,
                True,
                "P1",
            ),
            (
                "We cannot say the walking caused the difference. We can say it is "
                "worth lacing up,",
                "Siddharth Rao",
                False,
                None,
            ),
            (
                "People who are already declining walk less. That is reverse "
                "causation, not prevention,",
                "Hanna Kowalczyk",
                False,
                "P2",
            ),
            (
                "Fair point, and it is why we excluded the first three years of follow-up.",
                "Siddharth Rao",
                False,
                "P2",
            ),
            ("a masterclass in hype,", "Obinna Eze", True, "P3"),
        ],
        "posts": [
            ("P1", None, "The Lancet Public Health"),
            ("P2", "Hanna Kowalczyk", "Bluesky"),
            ("P3", "Obinna Eze", "Substack"),
        ],
        "people": ["Siddharth Rao", "Hanna Kowalczyk", "Obinna Eze"],
    },
    {
        "name": "striker-transfer-instagram-farewell-club-statement",
        "text": (
            "Moussa Diakité, the striker whom fans at Stade Marcel-Picot nicknamed “the "
            "Lighthouse,” completed a move from Nancy to Celtic on Friday for a reported £14 "
            "million.\n\n"
            "“Nancy gave me everything. I leave as a player, but I will always be a "
            "supporter,” he wrote on Instagram, under a photo of himself kissing the club "
            "badge. His former teammate Elias Brandstätter commented: “Go and score a "
            "hundred, brother.”\n\n"
            "Celtic said in a statement that the 24-year-old was “exactly the kind of forward "
            "we have been searching for.”\n\n"
            "At a news conference in Glasgow, the Celtic manager, Aoife Gallagher, said the "
            "club had not finished its business. “There is still work to do before the window "
            "shuts,” she told reporters, declining to name other targets.\n\n"
            "Nancy’s president, Jean-Baptiste Lemaire, told the regional daily L’Est "
            "Républicain that the fee would pay for a new training centre. “This money stays "
            "in Lorraine, for the next Moussa,” he said."
        ),
        "quotes": [
            (
                "Nancy gave me everything. I leave as a player, but I will always be a supporter,",
                "Moussa Diakité",
                False,
                "P1",
            ),
            ("Go and score a hundred, brother.", "Elias Brandstätter", False, "P1"),
            ("exactly the kind of forward we have been searching for.", None, True, "P2"),
            ("There is still work to do before the window shuts,", "Aoife Gallagher", False, None),
            (
                "This money stays in Lorraine, for the next Moussa,",
                "Jean-Baptiste Lemaire",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Moussa Diakité", "Instagram"),
            ("P2", None, None),
            ("P3", "Jean-Baptiste Lemaire", "L’Est Républicain"),
        ],
        "people": [
            "Moussa Diakité",
            "Elias Brandstätter",
            "Aoife Gallagher",
            "Jean-Baptiste Lemaire",
        ],
    },
    {
        "name": "software-layoffs-ceo-email-linkedin-reddit",
        "text": (
            "The software company Lattice Harbor laid off 240 employees, about a fifth of its "
            "staff, on Wednesday, its chief executive, Anneliese Vogt, told workers in an "
            "email.\n\n"
            "“I made decisions about hiring that assumed growth we did not get, and I am "
            "sorry,” Vogt wrote.\n\n"
            "Within hours, a laid-off engineer, Chinedu Okafor, posted on LinkedIn that his "
            "access had been cut off in the middle of a meeting. “Eight years, and I found "
            "out because my Slack went grey,” he wrote. A former manager of his, Rachel "
            "Birnbaum, commented under the post: “Anyone hiring backend engineers should call "
            "this man today.”\n\n"
            "On Reddit, a user who said they still worked at the company started a thread "
            "about the cuts. “Nobody upstairs has told us whether there is a second round,” "
            "the user wrote.\n\n"
            "The company’s news release, issued after the markets closed, described the "
            "layoffs as a “realignment toward profitability” and said severance would include "
            "four months of pay. Shares rose 6 percent in after-hours trading."
        ),
        "quotes": [
            (
                "I made decisions about hiring that assumed growth we did not get, and I am sorry,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            (
                "Eight years, and I found out because my Slack went grey,",
                "Chinedu Okafor",
                False,
                "P2",
            ),
            (
                "Anyone hiring backend engineers should call this man today.",
                "Rachel Birnbaum",
                False,
                "P2",
            ),
            ("Nobody upstairs has told us whether there is a second round,", None, False, "P3"),
            ("realignment toward profitability", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", None),
            ("P2", "Chinedu Okafor", "LinkedIn"),
            ("P3", None, "Reddit"),
            ("P4", None, "press release"),
        ],
        "people": ["Anneliese Vogt", "Chinedu Okafor", "Rachel Birnbaum"],
    },
    {
        "name": "phoenix-heat-x-threads-doctor-op-ed",
        "text": (
            "Phoenix recorded its 20th consecutive day above 110 degrees on Saturday, and "
            "hospitals across the valley reported a surge in patients with heat stroke.\n\n"
            "The city urged residents on X to check on elderly neighbours. “If you can, knock "
            "on a door today,” the post read.\n\n"
            "Dr. Leilani Kahananui, an emergency physician at a downtown hospital, described "
            "her night shift on Threads. “We had four patients with body temperatures over "
            "107. Two of them were under 30,” she wrote.\n\n"
            "Mayor Ximena Olvera told a news conference on Sunday that the city’s cooling "
            "centres would stay open around the clock through the end of the month. “No one "
            "should have to choose between their rent and their air conditioning,” she "
            "said.\n\n"
            "In an op-ed in The Arizona Republic, the state climatologist, Ravi Subramaniam, "
            "argued that the city’s heat plan had been “written for a climate we no longer "
            "have.” He called for shade requirements on every new bus stop."
        ),
        "quotes": [
            ("If you can, knock on a door today,", None, False, "P1"),
            (
                "We had four patients with body temperatures over 107. Two of them were under 30,",
                "Leilani Kahananui",
                False,
                "P2",
            ),
            (
                "No one should have to choose between their rent and their air conditioning,",
                "Ximena Olvera",
                False,
                None,
            ),
            ("written for a climate we no longer have.", "Ravi Subramaniam", True, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Leilani Kahananui", "Threads"),
            ("P3", "Ravi Subramaniam", "The Arizona Republic"),
        ],
        "people": ["Leilani Kahananui", "Ximena Olvera", "Ravi Subramaniam"],
    },
    {
        "name": "appeals-court-song-copyright-dissent-facebook",
        "text": (
            "A federal appeals court on Monday revived a copyright lawsuit accusing the pop "
            "singer Dahlia Marchetti of lifting the chorus of her 2021 hit “Paper Moons” from "
            "a little-known gospel song.\n\n"
            "Writing for a 2-1 majority of the Ninth Circuit panel, Judge Adebayo Ogunleye "
            "said a jury should decide whether the two melodies were “substantially similar.” "
            "In dissent, Judge Marianne Kowalski wrote that the songs shared only “a "
            "four-note phrase that belongs to everyone.”\n\n"
            "The gospel song’s writer, the Rev. Cornelius Mayfield, 78, wrote on Facebook "
            "that he had “waited four years to be heard.” Marchetti’s fans, who call "
            "themselves “Moonies,” flooded the comments under his post.\n\n"
            "Marchetti’s lawyer, Evan Greenbaum, said in a statement: “Ms. Marchetti wrote "
            "‘Paper Moons’ in her bedroom at 19, and a jury will see that.”\n\n"
            "The singer herself has not commented. The case now returns to the district court "
            "in Los Angeles, where a trial could begin next year."
        ),
        "quotes": [
            ("substantially similar.", "Adebayo Ogunleye", True, "P1"),
            ("a four-note phrase that belongs to everyone.", "Marianne Kowalski", True, "P2"),
            ("waited four years to be heard.", "Cornelius Mayfield", True, "P3"),
            (
                "Ms. Marchetti wrote ‘Paper Moons’ in her bedroom at 19, and a jury will see that.",
                "Evan Greenbaum",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Adebayo Ogunleye", None),
            ("P2", "Marianne Kowalski", None),
            ("P3", "Cornelius Mayfield", "Facebook"),
            ("P4", "Evan Greenbaum", None),
        ],
        "people": [
            "Dahlia Marchetti",
            "Adebayo Ogunleye",
            "Marianne Kowalski",
            "Cornelius Mayfield",
            "Evan Greenbaum",
        ],
    },
    {
        "name": "newark-controllers-faa-statement-hearing-reddit",
        "text": (
            "The Federal Aviation Administration said Thursday that it would cut flights at "
            "Newark Liberty International Airport by 10 percent through the summer because of "
            "a shortage of air traffic controllers. “Safety will always come before "
            "schedules,” the agency said in a statement.\n\n"
            "At a Senate hearing that afternoon, Senator Malik Henderson pressed the agency’s "
            "acting administrator, Cordelia Finch, on why the problem had not been fixed. “We "
            "have known about this for a decade,” he said. Finch answered that training a "
            "controller could take three years. “There is no shortcut that I am willing to "
            "take,” she said.\n\n"
            "A controller who said he worked at the Philadelphia facility that handles "
            "Newark’s approaches wrote on Reddit that his colleagues were “running on fumes "
            "and energy drinks.”\n\n"
            "The president of the controllers’ union, Dariusz Nowicki, told NPR’s Morning "
            "Edition that the cuts were overdue. “Fewer flights is not a failure. It is the "
            "system telling the truth,” he said."
        ),
        "quotes": [
            ("Safety will always come before schedules,", None, False, "P1"),
            ("We have known about this for a decade,", "Malik Henderson", False, None),
            ("There is no shortcut that I am willing to take,", "Cordelia Finch", False, None),
            ("running on fumes and energy drinks.", None, True, "P2"),
            (
                "Fewer flights is not a failure. It is the system telling the truth,",
                "Dariusz Nowicki",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Reddit"),
            ("P3", "Dariusz Nowicki", "Morning Edition"),
        ],
        "people": ["Malik Henderson", "Cordelia Finch", "Dariusz Nowicki"],
    },
    {
        "name": "museum-returns-bronzes-release-x-guardian-telegraph",
        "text": (
            "The Horniman Museum in London will return 72 Benin bronzes to Nigeria, its "
            "trustees announced on Tuesday.\n\n"
            "“These objects were taken by force, and keeping them would only compound that "
            "wrong,” the chair of the trustees, Eleanor Whitcombe, said in a press release.\n\n"
            "Nigeria’s culture minister, Hannatu Musa, welcomed the decision on X. “A good "
            "day for memory and for justice. Others should follow,” she wrote.\n\n"
            "The museum’s curator of African collections, Kofi Boateng, told The Guardian "
            "that some of the objects had not been on display for decades. “Most of them have "
            "lived in drawers. They deserve better than drawers,” the curator said.\n\n"
            "Not everyone was pleased. A Conservative MP, Rupert Ashdown, wrote in The Daily "
            "Telegraph that the return set “a dangerous precedent for every museum in "
            "Britain” and urged the government to intervene.\n\n"
            "Whitcombe told reporters outside the museum that the handover would take place "
            "in Benin City next spring, and that Nigerian conservators would help pack the "
            "collection."
        ),
        "quotes": [
            (
                "These objects were taken by force, and keeping them would only "
                "compound that wrong,",
                "Eleanor Whitcombe",
                False,
                "P1",
            ),
            (
                "A good day for memory and for justice. Others should follow,",
                "Hannatu Musa",
                False,
                "P2",
            ),
            (
                "Most of them have lived in drawers. They deserve better than drawers,",
                "Kofi Boateng",
                False,
                "P3",
            ),
            ("a dangerous precedent for every museum in Britain", "Rupert Ashdown", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hannatu Musa", "X"),
            ("P3", "Kofi Boateng", "The Guardian"),
            ("P4", "Rupert Ashdown", "The Daily Telegraph"),
        ],
        "people": ["Eleanor Whitcombe", "Hannatu Musa", "Kofi Boateng", "Rupert Ashdown"],
    },
    {
        "name": "festival-flooded-instagram-story-tiktok-newsbeat",
        "text": (
            "The Brightwater Festival in Somerset was cancelled hours before its gates were "
            "due to open on Friday after storms flooded the main site, organisers said.\n\n"
            "“We are heartbroken. The ground simply cannot take any more water,” the festival "
            "said in an Instagram story.\n\n"
            "The headliner, the rapper Kai Whitlock, known to fans as “K-Dub,” responded on "
            "X: “Gutted. I will play a free show in Bristol for anyone with a Brightwater "
            "wristband.”\n\n"
            "A fan, Saoirse Flanagan, posted a TikTok of her tent drifting across a field. "
            "“Three hundred quid and a lilo, that is my weekend,” she said in the clip. Under "
            "her video, the festival’s official account replied: “Refunds are coming, we "
            "promise.”\n\n"
            "The festival’s director, Benedikt Albrecht, told BBC Radio 1’s Newsbeat that "
            "insurance would cover most of the losses. “The festival will be back next year,” "
            "he said. “That much I can tell you.”"
        ),
        "quotes": [
            (
                "We are heartbroken. The ground simply cannot take any more water,",
                None,
                False,
                "P1",
            ),
            (
                "Gutted. I will play a free show in Bristol for anyone with a "
                "Brightwater wristband.",
                "Kai Whitlock",
                False,
                "P2",
            ),
            ("Three hundred quid and a lilo, that is my weekend,", "Saoirse Flanagan", False, "P3"),
            ("Refunds are coming, we promise.", None, False, "P3"),
            ("The festival will be back next year,", "Benedikt Albrecht", False, "P4"),
            ("That much I can tell you.", "Benedikt Albrecht", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Kai Whitlock", "X"),
            ("P3", "Saoirse Flanagan", "TikTok"),
            ("P4", "Benedikt Albrecht", "Newsbeat"),
        ],
        "people": ["Kai Whitlock", "Saoirse Flanagan", "Benedikt Albrecht"],
    },
    {
        "name": "school-districts-sue-app-complaint-medium-threads",
        "text": (
            "Thirty-one school districts sued the video app Flicker on Monday, accusing it of "
            "designing features that keep teenagers scrolling late into the night.\n\n"
            "The complaint, filed in federal court in Oakland, says the app’s autoplay and "
            "streak rewards were “engineered to exploit the adolescent brain.” Flicker said "
            "in a statement that it had built “more parental controls than any of our "
            "competitors” and would fight the suit.\n\n"
            "The superintendent of the Tacoma district, Dr. Marcus Grant, told a news "
            "conference that school counsellors were overwhelmed. “We are seeing 12-year-olds "
            "who have not slept properly in a year,” he said.\n\n"
            "One of the lawyers for the districts, Yasmin El-Amin, made the case in an essay "
            "on Medium published the same day. “Tobacco companies also said parents should "
            "simply say no,” she wrote.\n\n"
            "A former Flicker engineer, Tobias Lindgren, who left the company last year, "
            "posted on Threads that the lawsuit “describes meetings I was in.” He did not "
            "elaborate."
        ),
        "quotes": [
            ("engineered to exploit the adolescent brain.", None, True, "P1"),
            ("more parental controls than any of our competitors", None, True, "P2"),
            (
                "We are seeing 12-year-olds who have not slept properly in a year,",
                "Marcus Grant",
                False,
                None,
            ),
            (
                "Tobacco companies also said parents should simply say no,",
                "Yasmin El-Amin",
                False,
                "P3",
            ),
            ("describes meetings I was in.", "Tobias Lindgren", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Yasmin El-Amin", "Medium"),
            ("P4", "Tobias Lindgren", "Threads"),
        ],
        "people": ["Marcus Grant", "Yasmin El-Amin", "Tobias Lindgren"],
    },
    {
        "name": "bird-flu-dairy-herd-statement-youtube-science",
        "text": (
            "Bird flu has been confirmed in a dairy herd in Idaho’s Magic Valley, the state’s "
            "first detection this year, agriculture officials said on Wednesday.\n\n"
            "The state veterinarian, Dr. Ingrid Solberg, said in a statement that milk from "
            "the farm had been kept out of the supply. “There is no risk to anyone buying "
            "milk at the store,” she said.\n\n"
            "The farm’s owner, Joaquín Barragán, posted a video on YouTube showing his cows "
            "being swabbed. “We called the vet ourselves. We have nothing to hide,” he says "
            "in the video. His daughter, Valeria Barragán, wrote in a comment under it that "
            "the family had received threats: “Please stop calling my dad. He did the right "
            "thing.”\n\n"
            "At a briefing in Atlanta, a federal health official, Nathaniel Osei, said the "
            "risk to the public remained low. “We are watching farmworkers most closely,” he "
            "said.\n\n"
            "In a commentary in the journal Science, the virologist Mei-Ling Zhou warned that "
            "every new herd was “another roll of the dice” for a virus that has not yet "
            "learned to spread between people."
        ),
        "quotes": [
            ("There is no risk to anyone buying milk at the store,", "Ingrid Solberg", False, "P1"),
            (
                "We called the vet ourselves. We have nothing to hide,",
                "Joaquín Barragán",
                False,
                "P2",
            ),
            (
                "Please stop calling my dad. He did the right thing.",
                "Valeria Barragán",
                False,
                "P2",
            ),
            ("We are watching farmworkers most closely,", "Nathaniel Osei", False, None),
            ("another roll of the dice", "Mei-Ling Zhou", True, "P3"),
        ],
        "posts": [
            ("P1", "Ingrid Solberg", None),
            ("P2", "Joaquín Barragán", "YouTube"),
            ("P3", "Mei-Ling Zhou", "Science"),
        ],
        "people": [
            "Ingrid Solberg",
            "Joaquín Barragán",
            "Valeria Barragán",
            "Nathaniel Osei",
            "Mei-Ling Zhou",
        ],
    },
    {
        "name": "wheelchair-broken-flight-instagram-husband-cbc",
        "text": (
            "A Paralympic fencer says Lufthansa damaged her custom wheelchair beyond repair "
            "on a flight from Frankfurt to Toronto, days before a World Cup event in "
            "Montreal.\n\n"
            "“Imagine landing and being told your legs are somewhere in a cargo hold, "
            "broken,” Zainab Al-Harthi wrote on Instagram on Sunday, alongside photos of the "
            "bent frame. Her husband, Omar Al-Harthi, who travels with her as her coach, "
            "added in a comment: “Third chair damaged by an airline in two years. This is not "
            "bad luck.”\n\n"
            "Lufthansa said in a statement that it “deeply regrets” the incident and would "
            "pay for a replacement.\n\n"
            "Canada’s transport minister, Gurpreet Sandhu, was asked about the case by "
            "reporters in Ottawa. “Airlines break wheelchairs because it costs them nothing "
            "to do so. That will change,” he said.\n\n"
            "The fencer later told CBC Radio’s As It Happens that a new chair would take at "
            "least three months to build. “So I will fence in a borrowed chair, and I will "
            "still try to win,” she said."
        ),
        "quotes": [
            (
                "Imagine landing and being told your legs are somewhere in a cargo hold, broken,",
                "Zainab Al-Harthi",
                False,
                "P1",
            ),
            (
                "Third chair damaged by an airline in two years. This is not bad luck.",
                "Omar Al-Harthi",
                False,
                "P1",
            ),
            ("deeply regrets", None, True, "P2"),
            (
                "Airlines break wheelchairs because it costs them nothing to do so. "
                "That will change,",
                "Gurpreet Sandhu",
                False,
                None,
            ),
            (
                "So I will fence in a borrowed chair, and I will still try to win,",
                "Zainab Al-Harthi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Zainab Al-Harthi", "Instagram"),
            ("P2", None, None),
            ("P3", "Zainab Al-Harthi", "As It Happens"),
        ],
        "people": ["Zainab Al-Harthi", "Omar Al-Harthi", "Gurpreet Sandhu"],
    },
    {
        "name": "bus-maker-forecast-earnings-release-analyst-note",
        "text": (
            "Shares of the electric-bus maker Voltaro fell 18 percent on Thursday after the "
            "company cut its delivery forecast for the year by a third.\n\n"
            "In its earnings release, Voltaro blamed “persistent shortages of battery cells "
            "from a single supplier.” On a call with analysts, the chief executive, Sunita "
            "Chakraborty, said the company had since signed a second supplier. “By the fourth "
            "quarter, this will be behind us,” she said.\n\n"
            "Not everyone was convinced. In a note to clients, the Barclays analyst Fergus "
            "McAllister wrote that Voltaro “has now missed its own guidance four quarters "
            "running.”\n\n"
            "The short seller Dmitri Volkov, whose fund has bet against the stock since "
            "March, was blunter on X. “The buses are fine. The arithmetic is not,” he "
            "posted.\n\n"
            "Voltaro’s finance chief, Lars-Erik Haugen, answered in a LinkedIn post of his "
            "own, writing that the company had “more than two years of cash on hand” and no "
            "plans to raise money this year."
        ),
        "quotes": [
            ("persistent shortages of battery cells from a single supplier.", None, True, "P1"),
            ("By the fourth quarter, this will be behind us,", "Sunita Chakraborty", False, None),
            (
                "has now missed its own guidance four quarters running.",
                "Fergus McAllister",
                True,
                "P2",
            ),
            ("The buses are fine. The arithmetic is not,", "Dmitri Volkov", False, "P3"),
            ("more than two years of cash on hand", "Lars-Erik Haugen", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Fergus McAllister", None),
            ("P3", "Dmitri Volkov", "X"),
            ("P4", "Lars-Erik Haugen", "LinkedIn"),
        ],
        "people": ["Sunita Chakraborty", "Fergus McAllister", "Dmitri Volkov", "Lars-Erik Haugen"],
    },
    {
        "name": "bronx-eviction-halted-ruling-instagram-letter",
        "text": (
            "A housing court judge in the Bronx on Wednesday halted the eviction of 40 "
            "families from a building on the Grand Concourse, finding that the landlord had "
            "ignored repair orders issued two years ago.\n\n"
            "In her ruling, Judge Adaeze Nwosu wrote that the landlord could not “profit from "
            "its own neglect.”\n\n"
            "The building’s tenant association celebrated on Instagram. “Forty families are "
            "sleeping at home tonight. We did this together,” the group wrote.\n\n"
            "The landlord, Castlegate Holdings, had sent tenants a letter in March warning "
            "that the building was “no longer economically viable.” A lawyer for the company "
            "did not respond to a request for comment.\n\n"
            "One tenant, Ramón Acevedo, 71, who has lived in the building since 1986, wept "
            "outside the courthouse. “I raised three kids in apartment 4C. Where else would I "
            "go?” he asked reporters.\n\n"
            "City Council member Tanisha Brooks wrote on Threads that the ruling should serve "
            "as “a warning to every landlord in this borough.”"
        ),
        "quotes": [
            ("profit from its own neglect.", "Adaeze Nwosu", True, "P1"),
            (
                "Forty families are sleeping at home tonight. We did this together,",
                None,
                False,
                "P2",
            ),
            ("no longer economically viable.", None, True, "P3"),
            (
                "I raised three kids in apartment 4C. Where else would I go?",
                "Ramón Acevedo",
                False,
                None,
            ),
            ("a warning to every landlord in this borough.", "Tanisha Brooks", True, "P4"),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu", None),
            ("P2", None, "Instagram"),
            ("P3", None, None),
            ("P4", "Tanisha Brooks", "Threads"),
        ],
        "people": ["Adaeze Nwosu", "Ramón Acevedo", "Tanisha Brooks"],
    },
    {
        "name": "malaria-vaccine-cameroon-statement-unicef-bluesky",
        "text": (
            "Cameroon has vaccinated more than 300,000 children against malaria in the first "
            "year of a national rollout, the health ministry said on Monday, and early "
            "figures suggest that admissions for severe malaria have fallen in the districts "
            "that started first.\n\n"
            "“A year ago, our paediatric wards were full every rainy season. This year they "
            "were not,” the health minister, Brigitte Ngo Mbella, said in a statement.\n\n"
            "UNICEF, which helped buy the doses, said in a press release that the results "
            "were “exactly what we hoped to see.”\n\n"
            "A nurse in Bamenda, Comfort Achu, told Al Jazeera that some mothers had walked "
            "for hours to reach a clinic. “They know what malaria does. They have buried "
            "children,” she said.\n\n"
            "But Dr. Alistair Pemberton, an epidemiologist in London, cautioned on Bluesky "
            "that the figures were “early, unadjusted and worth a second look.” Replying to "
            "him, the Cameroonian researcher Serge Tchoumi wrote: “Agreed, and the full data "
            "will be public in June.”"
        ),
        "quotes": [
            (
                "A year ago, our paediatric wards were full every rainy season. This "
                "year they were not,",
                "Brigitte Ngo Mbella",
                False,
                "P1",
            ),
            ("exactly what we hoped to see.", None, True, "P2"),
            (
                "They know what malaria does. They have buried children,",
                "Comfort Achu",
                False,
                "P3",
            ),
            ("early, unadjusted and worth a second look.", "Alistair Pemberton", True, "P4"),
            ("Agreed, and the full data will be public in June.", "Serge Tchoumi", False, "P4"),
        ],
        "posts": [
            ("P1", "Brigitte Ngo Mbella", None),
            ("P2", None, "press release"),
            ("P3", "Comfort Achu", "Al Jazeera"),
            ("P4", "Alistair Pemberton", "Bluesky"),
        ],
        "people": ["Brigitte Ngo Mbella", "Comfort Achu", "Alistair Pemberton", "Serge Tchoumi"],
    },
    {
        "name": "orchestra-strike-statement-podcast-facebook-two-paragraphs",
        "text": (
            "Musicians of the Lakeshore Symphony Orchestra in Milwaukee walked off the job on "
            "Saturday, cancelling a sold-out performance of “Carmina Burana” hours before the "
            "downbeat.\n\n"
            "“We did not want this. Management left us no choice,” the principal cellist and "
            "union steward, Yuki Hashimoto, said in a statement.\n\n"
            "The orchestra’s president, Gregory Stavros, told the podcast “Arts Desk Weekly” "
            "that the board had offered a 9 percent raise over three years. “That is the best "
            "offer in this orchestra’s history,” he said.\n\n"
            "The music director, Carmen Villalobos, who has sided with the players, wrote on "
            "Facebook:\n\n"
            "“I have conducted this orchestra for eleven years. I have never heard it play "
            "better than it does now.\n\n"
            "“A city that wants musicians of this quality has to be willing to pay for "
            "them.”\n\n"
            "A violinist, Anouk de Vries, filmed the empty hall and posted it to TikTok. "
            "“This is what a Saturday without music sounds like,” she said in the video."
        ),
        "quotes": [
            ("We did not want this. Management left us no choice,", "Yuki Hashimoto", False, "P1"),
            ("That is the best offer in this orchestra’s history,", "Gregory Stavros", False, "P2"),
            (
                "I have conducted this orchestra for eleven years. I have never heard "
                "it play better than it does now.",
                "Carmen Villalobos",
                False,
                "P3",
            ),
            (
                "A city that wants musicians of this quality has to be willing to pay for them.",
                "Carmen Villalobos",
                False,
                "P3",
            ),
            ("This is what a Saturday without music sounds like,", "Anouk de Vries", False, "P4"),
        ],
        "posts": [
            ("P1", "Yuki Hashimoto", None),
            ("P2", "Gregory Stavros", "Arts Desk Weekly"),
            ("P3", "Carmen Villalobos", "Facebook"),
            ("P4", "Anouk de Vries", "TikTok"),
        ],
        "people": ["Yuki Hashimoto", "Gregory Stavros", "Carmen Villalobos", "Anouk de Vries"],
    },
]
