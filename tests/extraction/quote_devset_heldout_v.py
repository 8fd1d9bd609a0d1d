"""A sixteenth self-made dev set, held out (V): written after the last rule change; its first run is an unseen estimate.

Written without reading the extraction rules and committed before any rule was
run on it. Same format and conventions as set O (self-made, not a public
corpus): an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks); a statement, memo, letter,
court filing, judge's opinion or essay with no named outlet is a post with no
platform; a press release is a post with platform "press release"; a news
conference, briefing, rally, speech, court hearing or "told reporters" is not a
post; a comment under a post belongs to it, a post "of his own" is a new one; a
later fragment is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None; titles, nicknames and scare
quotes in marks are not quotes. Gold rows must never be edited to make a rule
pass.
"""

from __future__ import annotations

HELDOUT_SET_V: list[dict] = [
    {
        "name": "instagram-pregnancy-and-costar-comment",
        "text": (
            "Actress Mila Hart announced on Instagram on Sunday that she is expecting her first "
            "child. “Our little family is growing,” Hart, 31, wrote alongside a photo of a "
            "sonogram.\n\n"
            "Her former co-star Devin Sharma was among the first to respond. “Crying at my "
            "desk,” he commented."
        ),
        "quotes": [
            ("Our little family is growing,", "Mila Hart", False, "P1"),
            ("Crying at my desk,", "Devin Sharma", False, "P1"),
        ],
        "posts": [("P1", "Mila Hart", "Instagram")],
        "people": ["Mila Hart", "Devin Sharma"],
    },
    {
        "name": "rally-no-post",
        "text": (
            "Speaking to a crowd of about 2,000 supporters in Des Moines on Saturday, Senate "
            "candidate Roy Whitfield promised to “clean house” in Washington.\n\n"
            "“They have had their chance,” Whitfield said. “Now it is our turn.”\n\n"
            "His opponent, state Treasurer Gwen Albright, campaigned in Cedar Rapids."
        ),
        "quotes": [
            ("clean house", "Roy Whitfield", True, None),
            ("They have had their chance,", "Roy Whitfield", False, None),
            ("Now it is our turn.", "Roy Whitfield", False, None),
        ],
        "posts": [],
        "people": ["Roy Whitfield", "Gwen Albright"],
    },
    {
        "name": "press-release-cfo",
        "text": (
            "Harbor Logistics said Tuesday it would acquire rival freight firm Delmont Shipping "
            "for $1.2 billion in cash. “This deal doubles our reach on the West Coast,” chief "
            "financial officer Priya Natarajan said in a press release.\n\n"
            "Shares of Harbor rose 4% in early trading."
        ),
        "quotes": [
            ("This deal doubles our reach on the West Coast,", "Priya Natarajan", False, "P1"),
        ],
        "posts": [("P1", "Priya Natarajan", "press release")],
        "people": ["Priya Natarajan"],
    },
    {
        "name": "espn-interview-pronoun",
        "text": (
            "Quarterback Tyrell Banks says his injured knee is finally healthy. In an interview "
            "with ESPN, the 27-year-old said he had spent the offseason relearning how to run.\n\n"
            "“There were days I could not get out of bed,” he said. “I do not take any of this "
            "for granted now.”"
        ),
        "quotes": [
            ("There were days I could not get out of bed,", "Tyrell Banks", False, "P1"),
            ("I do not take any of this for granted now.", "Tyrell Banks", False, "P1"),
        ],
        "posts": [("P1", "Tyrell Banks", "ESPN")],
        "people": ["Tyrell Banks"],
    },
    {
        "name": "judge-ruling-and-lawyer-outside-court",
        "text": (
            "A federal judge on Thursday blocked the state’s new voter ID law from taking effect. "
            "In a 32-page ruling, U.S. District Judge Helena Marsh wrote that the law placed "
            "“an unjustifiable burden” on elderly voters.\n\n"
            "Outside the courthouse, Dana Whitlock, a lawyer for the plaintiffs, called the "
            "decision “a victory for every voter.” The state attorney general’s office said it "
            "would appeal."
        ),
        "quotes": [
            ("an unjustifiable burden", "Helena Marsh", True, "P1"),
            ("a victory for every voter.", "Dana Whitlock", True, None),
        ],
        "posts": [("P1", "Helena Marsh", None)],
        "people": ["Helena Marsh", "Dana Whitlock"],
    },
    {
        "name": "council-meeting-no-post",
        "text": (
            "The Millbrook City Council voted 5-2 on Monday night to close the Elm Street library "
            "branch. Council member Frank Osei, who voted against the plan, said the branch was "
            "“the only quiet place some of these kids have.”\n\n"
            "“We are going to regret this,” Osei said after the vote. Several residents in the "
            "audience applauded."
        ),
        "quotes": [
            ("the only quiet place some of these kids have.", "Frank Osei", True, None),
            ("We are going to regret this,", "Frank Osei", False, None),
        ],
        "posts": [],
        "people": ["Frank Osei"],
    },
    {
        "name": "briefing-researcher-description",
        "text": (
            "Astronomers have found water vapor in the atmosphere of a planet 120 light-years "
            "from Earth. Lead author Maria Fontaine described the signal as “unmistakable” at a "
            "briefing on Wednesday.\n\n"
            "“We were not expecting to see it this clearly,” the Caltech astrophysicist said. "
            "The findings were published in the journal Nature."
        ),
        "quotes": [
            ("unmistakable", "Maria Fontaine", True, None),
            ("We were not expecting to see it this clearly,", "Maria Fontaine", False, None),
        ],
        "posts": [],
        "people": ["Maria Fontaine"],
    },
    {
        "name": "x-thread-continued-speech",
        "text": (
            "Software developer Ken Aoyama, who maintains one of the most widely used open-source "
            "encryption libraries, said on X on Friday that he would step back from the project.\n\n"
            "“I have done this for free for eleven years,” Aoyama wrote. “Companies worth "
            "billions rely on my code and have never sent a dollar.\n\n"
            "“I am tired. Someone else can carry it now.”"
        ),
        "quotes": [
            ("I have done this for free for eleven years,", "Ken Aoyama", False, "P1"),
            (
                "Companies worth billions rely on my code and have never sent a dollar.",
                "Ken Aoyama",
                False,
                "P1",
            ),
            ("I am tired. Someone else can carry it now.", "Ken Aoyama", False, "P1"),
        ],
        "posts": [("P1", "Ken Aoyama", "X")],
        "people": ["Ken Aoyama"],
    },
    {
        "name": "agency-statement-no-author",
        "text": (
            "Health officials are urging residents of three counties to boil their tap water after "
            "E. coli was found in a municipal well. “Out of an abundance of caution, residents "
            "should not drink unboiled water,” the county health department said in a statement "
            "on Tuesday."
        ),
        "quotes": [
            (
                "Out of an abundance of caution, residents should not drink unboiled water,",
                None,
                False,
                "P1",
            ),
        ],
        "posts": [("P1", None, None)],
        "people": [],
    },
    {
        "name": "novel-and-song-titles-not-quotes",
        "text": (
            "Author Beatrice Kwan’s debut novel, “The Salt Year,” has been optioned for a "
            "limited series, her publisher announced on Thursday. The book, which spent 14 weeks "
            "on the bestseller list, takes its title from the song "
            "“Salt and Lanterns” by the folk duo Pine & Ash.\n\n"
            "Kwan will co-write the adaptation."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Beatrice Kwan"],
    },
    {
        "name": "prime-minister-bbc",
        "text": (
            "Irish Prime Minister Cathal Dunne told the BBC on Monday that a deal on border "
            "checks was “within reach.”\n\n"
            "“Nobody wants to go back to the old days,” Dunne said in the interview, which aired "
            "on the broadcaster’s flagship morning program."
        ),
        "quotes": [
            ("within reach.", "Cathal Dunne", True, "P1"),
            ("Nobody wants to go back to the old days,", "Cathal Dunne", False, "P1"),
        ],
        "posts": [("P1", "Cathal Dunne", "BBC")],
        "people": ["Cathal Dunne"],
    },
    {
        "name": "superintendent-open-letter",
        "text": (
            "Springfield schools superintendent Angela Ruiz-Moreno defended the district’s new "
            "cellphone ban in an open letter to parents on Wednesday.\n\n"
            "“Our teachers were spending half of every class competing with a screen,” she "
            "wrote. “That is not teaching.”\n\n"
            "Some parents have said the ban makes it harder to reach their children in an "
            "emergency."
        ),
        "quotes": [
            (
                "Our teachers were spending half of every class competing with a screen,",
                "Angela Ruiz-Moreno",
                False,
                "P1",
            ),
            ("That is not teaching.", "Angela Ruiz-Moreno", False, "P1"),
        ],
        "posts": [("P1", "Angela Ruiz-Moreno", None)],
        "people": ["Angela Ruiz-Moreno"],
    },
    {
        "name": "podcast-comedian-and-host",
        "text": (
            "Comedian Lou Brenner opened up about his stage fright on a recent episode of the "
            "“Late Bloomers” podcast, hosted by Nina Alvarez. “I have thrown up before every "
            "special I have ever taped,” Brenner told Alvarez. The host replied that she had "
            "never noticed."
        ),
        "quotes": [
            (
                "I have thrown up before every special I have ever taped,",
                "Lou Brenner",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Lou Brenner", "Late Bloomers")],
        "people": ["Lou Brenner", "Nina Alvarez"],
    },
    {
        "name": "substack-newsletter-former-official",
        "text": (
            "Former White House economic adviser Janet Okafor warned in her Substack newsletter "
            "on Sunday that the new tariffs would raise prices for “nearly everything families "
            "buy.”\n\n"
            "Okafor served on the Council of Economic Advisers from 2015 to 2017."
        ),
        "quotes": [("nearly everything families buy.", "Janet Okafor", True, "P1")],
        "posts": [("P1", "Janet Okafor", "Substack")],
        "people": ["Janet Okafor"],
    },
    {
        "name": "nickname-and-postgame-coach",
        "text": (
            "Rookie guard DeShawn “Flash” Miller scored 38 points as the Bobcats beat Atlanta "
            "112-104 on Friday.\n\n"
            "“He plays like he has been in this league for ten years,” coach Terry Wallace said "
            "after the game. Miller, 20, went 6 for 9 from three-point range."
        ),
        "quotes": [
            (
                "He plays like he has been in this league for ten years,",
                "Terry Wallace",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["DeShawn Miller", "Terry Wallace"],
    },
    {
        "name": "ceo-memo-tied-fragment",
        "text": (
            "Brightline Media chief executive Owen Castellanos told staff in a memo on Thursday "
            "that the company would end remote work in January. “We build better things when we "
            "are in the same room,” he wrote.\n\n"
            "In the memo, Castellanos also acknowledged that the change would be “a real "
            "adjustment” for some employees."
        ),
        "quotes": [
            (
                "We build better things when we are in the same room,",
                "Owen Castellanos",
                False,
                "P1",
            ),
            ("a real adjustment", "Owen Castellanos", True, "P1"),
        ],
        "posts": [("P1", "Owen Castellanos", None)],
        "people": ["Owen Castellanos"],
    },
    {
        "name": "court-filing-attorney",
        "text": (
            "Lawyers for former state Sen. Richard Pell asked a judge on Monday to move his "
            "corruption trial out of Franklin County. In the filing, defense attorney Nadia "
            "Brooks wrote that news coverage had made a fair trial “all but impossible.”\n\n"
            "Prosecutors have until Friday to respond."
        ),
        "quotes": [("all but impossible.", "Nadia Brooks", True, "P1")],
        "posts": [("P1", "Nadia Brooks", None)],
        "people": ["Richard Pell", "Nadia Brooks"],
    },
    {
        "name": "youtube-video-resident",
        "text": (
            "A Tulsa man whose video about a collapsed sidewalk has been viewed more than two "
            "million times says the city has finally agreed to fix it. Gary Lindqvist, 64, posted "
            "the video on YouTube in March.\n\n"
            "“I have been calling them for three years,” Lindqvist says in the clip, standing "
            "beside a hole nearly four feet deep."
        ),
        "quotes": [
            ("I have been calling them for three years,", "Gary Lindqvist", False, "P1"),
        ],
        "posts": [("P1", "Gary Lindqvist", "YouTube")],
        "people": ["Gary Lindqvist"],
    },
    {
        "name": "tiktok-then-untied-fragment",
        "text": (
            "Pop singer Kaya Lowe confirmed in a TikTok video on Tuesday that her third album "
            "would arrive in May. “It is the most honest thing I have ever made,” she said in the "
            "video.\n\n"
            "Lowe, who has described her last tour as “exhausting in every way,” is expected to "
            "announce new dates this summer."
        ),
        "quotes": [
            ("It is the most honest thing I have ever made,", "Kaya Lowe", False, "P1"),
            ("exhausting in every way,", "Kaya Lowe", True, None),
        ],
        "posts": [("P1", "Kaya Lowe", "TikTok")],
        "people": ["Kaya Lowe"],
    },
    {
        "name": "film-title-no-quotes",
        "text": (
            "The Iranian drama “A House Without Windows” won the top prize at the Berlin Film "
            "Festival on Saturday. Director Reza Kamali, who is barred from leaving Iran, did not "
            "attend the ceremony; his daughter accepted the award on his behalf.\n\n"
            "The film follows a family in Tehran over a single night."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Reza Kamali"],
    },
]
