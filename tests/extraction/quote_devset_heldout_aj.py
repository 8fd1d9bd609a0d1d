"""The thirtieth self-made dev set, held out (AJ): its first run is an unseen estimate.

Written with set AK, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set W (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, email, court filing, judge's opinion or essay with no named outlet is a
post with no platform; a press release or news/earnings release is a post with
platform "press release"; a news conference, briefing, earnings call with
analysts, rally, speech, eulogy, court hearing or "told reporters" is not a post;
a comment under a post belongs to it, a post "of his own" is a new one; a later
fragment is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release or
statement has author None even when it quotes a named executive, whose quotes
link to it; titles, nicknames and scare quotes in marks are not quotes.
Decisions not covered by W: an op-ed or essay published in a named newspaper or
on a named platform (Substack, Medium) has that outlet as its platform; a letter
signed by an unnamed group has author None; a reposted story "on his own"
account is a new post by the reposter. Gold rows must never be edited to make a
rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AJ: list[dict] = [
    {
        "name": "senator-x-post-then-told-reporters",
        "text": (
            "Sen. Marjorie Ellsworth, a Republican from Kansas, criticized the Senate farm bill "
            "on X on Tuesday night. “This bill spends like a drunken sailor and helps almost no "
            "one who actually farms,” she wrote.\n\n"
            "On Wednesday, the senator doubled down. “I meant every word,” Ellsworth told "
            "reporters outside the Capitol. “If leadership wants my vote, they know where to "
            "find me.”"
        ),
        "quotes": [
            (
                "This bill spends like a drunken sailor and helps almost no one who actually "
                "farms,",
                "Marjorie Ellsworth",
                False,
                "P1",
            ),
            ("I meant every word,", "Marjorie Ellsworth", False, None),
            (
                "If leadership wants my vote, they know where to find me.",
                "Marjorie Ellsworth",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Marjorie Ellsworth", "X")],
        "people": ["Marjorie Ellsworth"],
    },
    {
        "name": "earnings-call-and-earnings-release",
        "text": (
            "Halvorsen Foods cut its full-year profit forecast on Thursday, blaming higher cocoa "
            "and sugar prices.\n\n"
            "“We underestimated how long the cost pressure would last,” Chief Executive Dana "
            "Whitcombe said on a call with analysts. She said the company would raise prices on "
            "its chocolate bars by about 6% in the fall.\n\n"
            "In its earnings release, Halvorsen quoted Chief Financial Officer Raj Mehra as "
            "saying the company remained “well positioned for the long term.” Shares fell 9% in "
            "afternoon trading."
        ),
        "quotes": [
            (
                "We underestimated how long the cost pressure would last,",
                "Dana Whitcombe",
                False,
                None,
            ),
            ("well positioned for the long term.", "Raj Mehra", True, "P1"),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Dana Whitcombe", "Raj Mehra"],
    },
    {
        "name": "tiktok-baker-closing-comments",
        "text": (
            "A Marlow Heights baker whose sourdough videos have drawn millions of views said on "
            "TikTok that she is closing her shop after the landlord doubled her rent.\n\n"
            "“I cried for three days and then I made bread, because that’s what I do,” Priya "
            "Castellanos said in the video, posted Sunday. “The ovens go quiet on June 30.”\n\n"
            "Hundreds of followers responded. “Your cinnamon loaf got me through chemo,” one "
            "commenter wrote. Another, the chef Tomasz Wierzbicki, offered her space in his "
            "restaurant’s kitchen: “My ovens are free every morning. Call me.”"
        ),
        "quotes": [
            (
                "I cried for three days and then I made bread, because that’s what I do,",
                "Priya Castellanos",
                False,
                "P1",
            ),
            ("The ovens go quiet on June 30.", "Priya Castellanos", False, "P1"),
            ("Your cinnamon loaf got me through chemo,", None, False, "P1"),
            ("My ovens are free every morning. Call me.", "Tomasz Wierzbicki", False, "P1"),
        ],
        "posts": [("P1", "Priya Castellanos", "TikTok")],
        "people": ["Priya Castellanos", "Tomasz Wierzbicki"],
    },
    {
        "name": "judge-opinion-attorney-general-reporters",
        "text": (
            "A federal judge in Florida on Friday blocked a state law that would have barred "
            "cities from setting their own minimum wages.\n\n"
            "“The Legislature may preempt local ordinances, but it may not do so by a statute "
            "this vague,” U.S. District Judge Harold Okonkwo wrote in a 42-page opinion. In the "
            "opinion, he called one provision “hopelessly circular.”\n\n"
            "The state’s attorney general, Celia Brandt, said she would appeal. “We are "
            "confident the appeals court will see this differently,” Brandt told reporters at "
            "the Capitol."
        ),
        "quotes": [
            (
                "The Legislature may preempt local ordinances, but it may not do so by a statute "
                "this vague,",
                "Harold Okonkwo",
                False,
                "P1",
            ),
            ("hopelessly circular.", "Harold Okonkwo", True, "P1"),
            (
                "We are confident the appeals court will see this differently,",
                "Celia Brandt",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Harold Okonkwo", None)],
        "people": ["Harold Okonkwo", "Celia Brandt"],
    },
    {
        "name": "singer-album-instagram-song-titles-repost",
        "text": (
            "R&B singer Keziah Monroe announced her third album on Instagram on Wednesday, "
            "sharing a track list that includes “Paper Moons” and a duet with the rapper Lil "
            "Cass called “Southside Summer.”\n\n"
            "“This one is for my grandmother, who taught me every song I know,” Monroe wrote in "
            "the caption. The album, “Heirloom,” is due Oct. 4.\n\n"
            "Lil Cass reposted the announcement on his own Instagram story with the message: "
            "“We cooked on this one.”"
        ),
        "quotes": [
            (
                "This one is for my grandmother, who taught me every song I know,",
                "Keziah Monroe",
                False,
                "P1",
            ),
            ("We cooked on this one.", "Lil Cass", False, "P2"),
        ],
        "posts": [("P1", "Keziah Monroe", "Instagram"), ("P2", "Lil Cass", "Instagram")],
        "people": ["Keziah Monroe", "Lil Cass"],
    },
    {
        "name": "heat-warning-meteorologist-no-post",
        "text": (
            "Forecasters warned of dangerous heat across the Corran Valley this weekend, with "
            "highs expected to reach 112 degrees in Millbury on Saturday.\n\n"
            "“This is not the kind of heat you can tough out,” said Arturo Villanueva, a "
            "meteorologist with the National Weather Service office in Eastfield. “If you don’t "
            "have air conditioning, go somewhere that does.”\n\n"
            "Villanueva said overnight temperatures would stay in the 80s, giving people “no "
            "real chance to cool down,” and urged residents to check on elderly neighbors. "
            "Corran County opened four cooling centers on Friday."
        ),
        "quotes": [
            ("This is not the kind of heat you can tough out,", "Arturo Villanueva", False, None),
            (
                "If you don’t have air conditioning, go somewhere that does.",
                "Arturo Villanueva",
                False,
                None,
            ),
            ("no real chance to cool down,", "Arturo Villanueva", True, None),
        ],
        "posts": [],
        "people": ["Arturo Villanueva"],
    },
    {
        "name": "retired-guard-podcast-memoir-title",
        "text": (
            "Retired NBA guard Marcus Fenwick said on the “Full Court Press” podcast this week "
            "that he considered quitting basketball during his rookie season.\n\n"
            "“I was 19, I was homesick, and I was getting yelled at every single day,” Fenwick, "
            "now 41, said. “My mom talked me out of it on a pay phone in Grand Lisle.”\n\n"
            "The former All-Star also said he was working on a memoir, tentatively titled "
            "“Late Rotation.”"
        ),
        "quotes": [
            (
                "I was 19, I was homesick, and I was getting yelled at every single day,",
                "Marcus Fenwick",
                False,
                "P1",
            ),
            (
                "My mom talked me out of it on a pay phone in Grand Lisle.",
                "Marcus Fenwick",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Marcus Fenwick", "Full Court Press")],
        "people": ["Marcus Fenwick"],
    },
    {
        "name": "school-start-times-board-meeting-straight-quotes",
        "text": (
            "The Millbrook school board voted 5-2 on Monday to move high school start times to "
            "8:45 a.m. beginning next fall.\n\n"
            '"Teenagers are not lazy. They are biologically wired to fall asleep later," board '
            'member Renata Oyelaran said before the vote. "We should stop fighting that."\n\n'
            'Parents who spoke at the meeting were divided. "You are going to wreck every '
            'family schedule in this district," said Gary Pettibone, a father of three. '
            "Superintendent Louise Chan said the district would adjust bus routes over the "
            "summer."
        ),
        "quotes": [
            (
                "Teenagers are not lazy. They are biologically wired to fall asleep later,",
                "Renata Oyelaran",
                False,
                None,
            ),
            ("We should stop fighting that.", "Renata Oyelaran", False, None),
            (
                "You are going to wreck every family schedule in this district,",
                "Gary Pettibone",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Renata Oyelaran", "Gary Pettibone", "Louise Chan"],
    },
    {
        "name": "airline-statement-quotes-executive",
        "text": (
            "Norrland Air said it would cancel about 300 flights over the next two weeks because "
            "of a shortage of air traffic controllers at its main hub.\n\n"
            "In a statement, the airline quoted its chief operating officer, Lena Sundqvist, as "
            "saying: “We deeply regret the inconvenience to our passengers. Every affected "
            "traveler will be offered a free rebooking or a full refund.” The airline said in "
            "the statement that the cancellations were “beyond our control.”\n\n"
            "The Swedish transport agency said it was hiring and training additional "
            "controllers but did not expect staffing to return to normal before September."
        ),
        "quotes": [
            (
                "We deeply regret the inconvenience to our passengers. Every affected traveler "
                "will be offered a free rebooking or a full refund.",
                "Lena Sundqvist",
                False,
                "P1",
            ),
            ("beyond our control.", None, True, "P1"),
        ],
        "posts": [("P1", None, None)],
        "people": ["Lena Sundqvist"],
    },
    {
        "name": "dairy-farmer-two-facebook-posts",
        "text": (
            "A dairy farmer in Tamarack County, Wisconsin, drew thousands of shares last week "
            "after posting on Facebook that he had dumped 40,000 pounds of milk because a "
            "processor had canceled his contract.\n\n"
            "“Three generations on this farm and I never thought I’d watch milk go down the "
            "drain,” Dale Brekke wrote.\n\n"
            "Brekke posted again on Facebook on Monday to say a cheese cooperative in nearby "
            "Linden Grove had agreed to buy his milk. “To everyone who called and prayed for "
            "us: thank you. We’re going to make it,” the 57-year-old wrote."
        ),
        "quotes": [
            (
                "Three generations on this farm and I never thought I’d watch milk go down the "
                "drain,",
                "Dale Brekke",
                False,
                "P1",
            ),
            (
                "To everyone who called and prayed for us: thank you. We’re going to make it,",
                "Dale Brekke",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Dale Brekke", "Facebook"), ("P2", "Dale Brekke", "Facebook")],
        "people": ["Dale Brekke"],
    },
    {
        "name": "exoplanet-water-news-conference",
        "text": (
            "Astronomers at the Lowell Ridge Observatory said Tuesday that they had detected "
            "water vapor in the atmosphere of a planet orbiting a star 120 light-years from "
            "Earth.\n\n"
            "“It’s not proof of life, and I want to be very clear about that,” the study’s lead "
            "author, Dr. Naomi Achterberg, said at a news conference. “But it is exactly the "
            "kind of planet we have been hoping to find.”\n\n"
            "Achterberg called the planet, known as TOI-5521 b, “a very good candidate” for "
            "follow-up observations with the James Webb Space Telescope. The findings were "
            "published in The Astrophysical Journal Letters."
        ),
        "quotes": [
            (
                "It’s not proof of life, and I want to be very clear about that,",
                "Naomi Achterberg",
                False,
                None,
            ),
            (
                "But it is exactly the kind of planet we have been hoping to find.",
                "Naomi Achterberg",
                False,
                None,
            ),
            ("a very good candidate", "Naomi Achterberg", True, None),
        ],
        "posts": [],
        "people": ["Naomi Achterberg"],
    },
    {
        "name": "former-governor-op-ed-sponsor-reporters",
        "text": (
            "Former Ohio Gov. Richard Tolliver urged state lawmakers to reject a proposed sports "
            "betting expansion in an op-ed published Sunday in The Columbus Ledger.\n\n"
            "“We were told legal betting would be a harmless pastime that paid for schools,” "
            "Tolliver wrote. “Instead we built an app that lives in every teenager’s pocket.”"
            "\n\n"
            "State Rep. Angela Burris, the bill’s sponsor, dismissed the piece. “The governor "
            "had eight years to fix this and didn’t,” she told reporters on Monday."
        ),
        "quotes": [
            (
                "We were told legal betting would be a harmless pastime that paid for schools,",
                "Richard Tolliver",
                False,
                "P1",
            ),
            (
                "Instead we built an app that lives in every teenager’s pocket.",
                "Richard Tolliver",
                False,
                "P1",
            ),
            (
                "The governor had eight years to fix this and didn’t,",
                "Angela Burris",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Richard Tolliver", "The Columbus Ledger")],
        "people": ["Richard Tolliver", "Angela Burris"],
    },
    {
        "name": "converter-thefts-police-department-straight-quotes",
        "text": (
            "Police in Bristow Falls arrested two men Thursday in connection with a string of "
            "catalytic converter thefts from church parking lots.\n\n"
            '"These were crimes of opportunity, and the suspects targeted places where people '
            'let their guard down," the Bristow Falls Police Department said. Investigators '
            "recovered 23 converters from a storage unit in Kesterton, police said.\n\n"
            "The Rev. Thomas Ainsley, whose parish lost three vans to the thieves, said he was "
            'relieved. "We\'ve been driving seniors to Mass in borrowed cars since March," he '
            "said."
        ),
        "quotes": [
            (
                "These were crimes of opportunity, and the suspects targeted places where people "
                "let their guard down,",
                None,
                False,
                None,
            ),
            (
                "We've been driving seniors to Mass in borrowed cars since March,",
                "Thomas Ainsley",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Thomas Ainsley"],
    },
    {
        "name": "transit-chief-linkedin-board-chair-comment",
        "text": (
            "The head of Rivermont’s regional transit agency announced on LinkedIn on Tuesday "
            "that she would step down at the end of the year.\n\n"
            "“Leading this agency through a pandemic and a ridership collapse was the hardest "
            "job I’ve ever had, and the best,” wrote Yvonne Adebayo, general manager of "
            "MetroLink Rivermont since 2018.\n\n"
            "In a comment beneath the post, the agency’s board chair, Phil Navarro, called her "
            "“the steadiest hand we could have asked for.” The board will begin a national "
            "search next month."
        ),
        "quotes": [
            (
                "Leading this agency through a pandemic and a ridership collapse was the hardest "
                "job I’ve ever had, and the best,",
                "Yvonne Adebayo",
                False,
                "P1",
            ),
            ("the steadiest hand we could have asked for.", "Phil Navarro", True, "P1"),
        ],
        "posts": [("P1", "Yvonne Adebayo", "LinkedIn")],
        "people": ["Yvonne Adebayo", "Phil Navarro"],
    },
    {
        "name": "officer-funeral-eulogy-chief",
        "text": (
            "Hundreds of mourners filled St. Brendan’s Church in Ashford Mills on Saturday for "
            "the funeral of Officer Kevin Daly, who was killed during a traffic stop last week."
            "\n\n"
            "“Kevin never once walked past someone who needed help,” his sister, Maureen "
            "Daly-Russo, said in her eulogy. “Not once. Not on duty, not off.”\n\n"
            "Police Chief Anthony Serrano told the congregation that Daly had been “the first "
            "one in and the last one out” on every shift. Daly, 29, is survived by his wife and "
            "two young children."
        ),
        "quotes": [
            (
                "Kevin never once walked past someone who needed help,",
                "Maureen Daly-Russo",
                False,
                None,
            ),
            ("Not once. Not on duty, not off.", "Maureen Daly-Russo", False, None),
            ("the first one in and the last one out", "Anthony Serrano", True, None),
        ],
        "posts": [],
        "people": ["Kevin Daly", "Maureen Daly-Russo", "Anthony Serrano"],
    },
    {
        "name": "actor-magazine-interview-film-titles",
        "text": (
            "Actor Sofia Marchetti says she almost turned down the role that made her famous."
            "\n\n"
            "“I thought ‘Glass Harbor’ was going to be a small art film nobody saw,” Marchetti "
            "told Marquee Magazine in an interview published Tuesday. “I was wrong about that, "
            "happily.”\n\n"
            "The 36-year-old, who stars in the new thriller “The Quiet Floor,” also told the "
            "magazine she had no plans to return for a sequel. “That story is finished. I’m not "
            "going back to it.”"
        ),
        "quotes": [
            (
                "I thought ‘Glass Harbor’ was going to be a small art film nobody saw,",
                "Sofia Marchetti",
                False,
                "P1",
            ),
            ("I was wrong about that, happily.", "Sofia Marchetti", False, "P1"),
            (
                "That story is finished. I’m not going back to it.",
                "Sofia Marchetti",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Sofia Marchetti", "Marquee Magazine")],
        "people": ["Sofia Marchetti"],
    },
    {
        "name": "doctors-letter-to-governor-organizer",
        "text": (
            "More than 200 doctors in New Mexico signed a letter to Gov. Teresa Lujan Ortiz on "
            "Wednesday asking her to veto a bill that would cap malpractice payouts.\n\n"
            "“A cap does not make medicine safer. It only makes mistakes cheaper,” the letter "
            "said.\n\n"
            "Dr. Samuel Otieno, an emergency physician in Piñon Springs who helped organize the "
            "letter, said he had never been involved in politics before. “I got tired of "
            "watching my patients get a worse deal than the insurance companies,” he told "
            "reporters on Thursday. The governor’s office said she was reviewing the bill."
        ),
        "quotes": [
            (
                "A cap does not make medicine safer. It only makes mistakes cheaper,",
                None,
                False,
                "P1",
            ),
            (
                "I got tired of watching my patients get a worse deal than the insurance "
                "companies,",
                "Samuel Otieno",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None)],
        "people": ["Teresa Lujan Ortiz", "Samuel Otieno"],
    },
    {
        "name": "open-source-founder-bluesky-maintainer-threads",
        "text": (
            "The founder of a popular open-source photo editor said on Bluesky on Friday that "
            "he was stepping back from the project after a dispute with corporate sponsors.\n\n"
            "“I started Lumen in my dorm room to make something free and good. It stopped being "
            "fun a while ago,” Jonas Eklund wrote.\n\n"
            "Hours later, Mira Thorne, one of the project’s longtime maintainers, responded on "
            "Threads. “Jonas built something millions of people use,” she wrote. “The rest of "
            "us will keep it going.”"
        ),
        "quotes": [
            (
                "I started Lumen in my dorm room to make something free and good. It stopped "
                "being fun a while ago,",
                "Jonas Eklund",
                False,
                "P1",
            ),
            ("Jonas built something millions of people use,", "Mira Thorne", False, "P2"),
            ("The rest of us will keep it going.", "Mira Thorne", False, "P2"),
        ],
        "posts": [("P1", "Jonas Eklund", "Bluesky"), ("P2", "Mira Thorne", "Threads")],
        "people": ["Jonas Eklund", "Mira Thorne"],
    },
    {
        "name": "former-champion-upset-teenager",
        "text": (
            "Former Wimbledon champion Anika Drobny lost in the first round of the Brightmere "
            "International on Monday, falling 6-4, 6-2 to 19-year-old qualifier Léa Fontaine."
            "\n\n"
            "“She played like she had nothing to lose, because she didn’t,” the former champion "
            "said afterward. “I had a lot to lose and I played like it.”\n\n"
            "Fontaine, ranked 212th in the world, said she had watched Drobny’s 2016 final "
            "“probably 50 times” as a child. “Today I was just trying not to look at her,” the "
            "teenager said, laughing."
        ),
        "quotes": [
            (
                "She played like she had nothing to lose, because she didn’t,",
                "Anika Drobny",
                False,
                None,
            ),
            ("I had a lot to lose and I played like it.", "Anika Drobny", False, None),
            ("probably 50 times", "Léa Fontaine", True, None),
            ("Today I was just trying not to look at her,", "Léa Fontaine", False, None),
        ],
        "posts": [],
        "people": ["Anika Drobny", "Léa Fontaine"],
    },
    {
        "name": "novelist-substack-essay-book-titles",
        "text": (
            "The novelist Imogen Hartley, whose debut “The Salt Orchard” spent 40 weeks on "
            "bestseller lists, said in a Substack essay this week that she had written her "
            "second book three times before throwing it away.\n\n"
            "“Success is a strange kind of silence. Everyone is listening, so you stop talking,” "
            "Hartley wrote.\n\n"
            "“The version you will read next spring is the fourth one. It is the only one I am "
            "not ashamed of.”\n\n"
            "Her publisher, Ferrand & Lowe, said the new novel, “A House of Small Weathers,” "
            "would be released in April."
        ),
        "quotes": [
            (
                "Success is a strange kind of silence. Everyone is listening, so you stop talking,",
                "Imogen Hartley",
                False,
                "P1",
            ),
            (
                "The version you will read next spring is the fourth one. It is the only one I "
                "am not ashamed of.",
                "Imogen Hartley",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Imogen Hartley", "Substack")],
        "people": ["Imogen Hartley"],
    },
]
