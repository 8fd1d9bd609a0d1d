"""A twenty-sixth self-made dev set, held out (AF): its first run is an unseen estimate.

Written with set AG, without reading the extraction rules, and committed
before any rule was run on it. Same format and conventions as set W (self-made,
not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks); a statement,
memo, letter, email, court filing, judge's opinion or essay with no named outlet
is a post with no platform; a press release is a post with platform "press
release"; a news conference, briefing, rally, speech, sermon, meeting, court
hearing or "told reporters" is not a post; a comment under a post belongs to it,
a post "of his own" is a new one; a later fragment is linked to a post only when
the text ties it to that post; organisations and unnamed people speak as None;
titles, nicknames and scare quotes in marks are not quotes; a quote running over
several paragraphs is one quote per paragraph. Gold rows must never be edited to
make a rule pass.

Decisions already made elsewhere, applied here: an earnings call with analysts
is not a post (like a news conference); a news or earnings release is a press
release (platform "press release"); a company's release or statement ("the
company said in a statement", "in its statement") has author None even when it
quotes a named executive, whose quotes link to it.

Cases W's conventions do not spell out, decided here: an op-ed or essay
published in a named newspaper or on a named site (Substack, Medium) takes that
as its platform; a memo "obtained by" a newspaper has no platform, because the
newspaper only reported it; an email from a named spokesperson is a post by
that person with no platform; a post on a company's or agency's own account has
author None and the platform of the account.
"""

from __future__ import annotations

HELDOUT_SET_AF: list[dict] = [
    {
        "name": "senator-x-post-then-rally",
        "text": (
            "Sen. Marcus Oduya on Tuesday accused Gov. Ellen Brandt of “playing games with "
            "people’s paychecks” in a post on X, as the state budget stalled for a third "
            "week.\n\n"
            "“Every day this drags on, a bus driver in Harlow County wonders whether she "
            "gets paid on Friday,” Oduya wrote. “Sign the bill.”\n\n"
            "Hours later, at a rally outside the Capitol, the senator struck a softer tone. "
            "“I still believe Governor Brandt wants to get this done,” he told the crowd."
        ),
        "quotes": [
            ("playing games with people’s paychecks", "Marcus Oduya", True, "P1"),
            (
                (
                    "Every day this drags on, a bus driver in Harlow County wonders "
                    "whether she gets paid on Friday,"
                ),
                "Marcus Oduya",
                False,
                "P1",
            ),
            ("Sign the bill.", "Marcus Oduya", False, "P1"),
            (
                "I still believe Governor Brandt wants to get this done,",
                "Marcus Oduya",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Marcus Oduya", "X"),
        ],
        "people": ["Marcus Oduya", "Ellen Brandt"],
    },
    {
        "name": "earnings-release-then-analyst-call",
        "text": (
            "Harrowgate Foods said in its quarterly earnings release on Thursday that net "
            "profit rose 12%. “Demand for our frozen lines stayed strong through the "
            "quarter,” Chief Executive Dana Whitlock said in the release.\n\n"
            "On a call with analysts, Whitlock was more cautious. “We are not going to "
            "pretend the consumer is in great shape,” she said. Chief Financial Officer Raj "
            "Menon added that packaging costs “remain stubbornly high.”"
        ),
        "quotes": [
            (
                "Demand for our frozen lines stayed strong through the quarter,",
                "Dana Whitlock",
                False,
                "P1",
            ),
            (
                "We are not going to pretend the consumer is in great shape,",
                "Dana Whitlock",
                False,
                None,
            ),
            ("remain stubbornly high.", "Raj Menon", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Dana Whitlock", "Raj Menon"],
    },
    {
        "name": "tiktok-restaurant-apology-critic-comment",
        "text": (
            "Restaurateur Tomasz Zielinski apologized on TikTok on Sunday after a clip of a "
            "cook at his Brooklyn restaurant dropping a steak on the floor and plating it "
            "anyway went viral. “We messed up, and we’ve retrained the whole kitchen,” "
            "Zielinski said in the video.\n\n"
            "Food critic Nadia Farouk was unimpressed. “An apology is not a health "
            "inspection,” she commented beneath the clip."
        ),
        "quotes": [
            (
                "We messed up, and we’ve retrained the whole kitchen,",
                "Tomasz Zielinski",
                False,
                "P1",
            ),
            ("An apology is not a health inspection,", "Nadia Farouk", False, "P1"),
        ],
        "posts": [
            ("P1", "Tomasz Zielinski", "TikTok"),
        ],
        "people": ["Tomasz Zielinski", "Nadia Farouk"],
    },
    {
        "name": "judge-opinion-and-secretary-reporters",
        "text": (
            "A federal judge in Columbus on Friday blocked the state’s new ballot-signature "
            "rule, writing in a 42-page opinion that it “places an arbitrary burden on "
            "voters.”\n\n"
            "“The state has offered no evidence that signature mismatches were ever a "
            "problem,” U.S. District Judge Helena Marsh wrote.\n\n"
            "Secretary of State Craig Dunmore said his office would appeal. “We think the "
            "judge got this wrong,” Dunmore told reporters at the Statehouse."
        ),
        "quotes": [
            ("places an arbitrary burden on voters.", "Helena Marsh", True, "P1"),
            (
                (
                    "The state has offered no evidence that signature mismatches were "
                    "ever a problem,"
                ),
                "Helena Marsh",
                False,
                "P1",
            ),
            ("We think the judge got this wrong,", "Craig Dunmore", False, None),
        ],
        "posts": [
            ("P1", "Helena Marsh", None),
        ],
        "people": ["Helena Marsh", "Craig Dunmore"],
    },
    {
        "name": "singer-concert-song-album-titles",
        "text": (
            "Singer Priya Lal told fans at a sold-out show in Austin on Friday that her new "
            "single, “Paper Lanterns,” would be released next month. “This song is the "
            "closest I have come to writing a diary,” Lal said from the stage.\n\n"
            "The track is the first from her forthcoming album, “Quiet Hours,” which she "
            "recorded in Lisbon over the winter."
        ),
        "quotes": [
            ("This song is the closest I have come to writing a diary,", "Priya Lal", False, None),
        ],
        "posts": [],
        "people": ["Priya Lal"],
    },
    {
        "name": "police-chief-news-conference-straight",
        "text": (
            "Police in Millbrook arrested a 19-year-old man on Wednesday in connection with "
            "a string of car break-ins downtown, Chief Andre Collins said.\n\n"
            '"We believe he is responsible for at least 30 of them," Collins said at a news '
            'conference. "But we are still asking residents to lock their cars."\n\n'
            "The suspect, whose name was not released, was being held at the county jail."
        ),
        "quotes": [
            ("We believe he is responsible for at least 30 of them,", "Andre Collins", False, None),
            ("But we are still asking residents to lock their cars.", "Andre Collins", False, None),
        ],
        "posts": [],
        "people": ["Andre Collins"],
    },
    {
        "name": "linkedin-layoffs-second-post",
        "text": (
            "Kestrel Labs co-founder Simone Achterberg announced on LinkedIn on Monday that "
            "the startup would cut 40 of its 130 jobs. “These are people I hired myself, "
            "and I owe them more than a post,” she wrote.\n\n"
            "In a second LinkedIn post on Tuesday, Achterberg shared a list of laid-off "
            "employees who had agreed to be contacted by recruiters. “If you are hiring "
            "engineers, start here,” she wrote."
        ),
        "quotes": [
            (
                "These are people I hired myself, and I owe them more than a post,",
                "Simone Achterberg",
                False,
                "P1",
            ),
            ("If you are hiring engineers, start here,", "Simone Achterberg", False, "P2"),
        ],
        "posts": [
            ("P1", "Simone Achterberg", "LinkedIn"),
            ("P2", "Simone Achterberg", "LinkedIn"),
        ],
        "people": ["Simone Achterberg"],
    },
    {
        "name": "school-board-op-ed-union-statement",
        "text": (
            "In an op-ed published Sunday in The Riverton Ledger, school board president "
            "Gail Hendricks argued that the district’s four-day week had been “a quiet "
            "success.”\n\n"
            "“Attendance is up, teacher turnover is down, and the sky has not fallen,” "
            "Hendricks wrote.\n\n"
            "The Riverton Teachers Association disagreed. “Parents who work five days a "
            "week were never asked,” the union said in a statement."
        ),
        "quotes": [
            ("a quiet success.", "Gail Hendricks", True, "P1"),
            (
                ("Attendance is up, teacher turnover is down, and the sky has not fallen,"),
                "Gail Hendricks",
                False,
                "P1",
            ),
            ("Parents who work five days a week were never asked,", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Gail Hendricks", "The Riverton Ledger"),
            ("P2", None, None),
        ],
        "people": ["Gail Hendricks"],
    },
    {
        "name": "priest-funeral-homily",
        "text": (
            "Hundreds of mourners filled St. Brendan’s Church in Oakhaven on Saturday for "
            "the funeral of the Rev. Michael Dorrance, who served the parish for 41 years.\n\n"
            "“He never once asked anyone whether they belonged here,” said Bishop Louis "
            "Ferraro, who delivered the homily. “He just set another place at the table.”\n\n"
            "Dorrance’s niece, Kathleen Dorrance-Reyes, said her uncle “would have hated "
            "all this fuss.”"
        ),
        "quotes": [
            (
                "He never once asked anyone whether they belonged here,",
                "Louis Ferraro",
                False,
                None,
            ),
            ("He just set another place at the table.", "Louis Ferraro", False, None),
            ("would have hated all this fuss.", "Kathleen Dorrance-Reyes", True, None),
        ],
        "posts": [],
        "people": ["Michael Dorrance", "Louis Ferraro", "Kathleen Dorrance-Reyes"],
    },
    {
        "name": "astronomer-youtube-and-newspaper-interview",
        "text": (
            "Astronomer Ines Okafor, whose team spotted the comet in January, posted a "
            "YouTube video on Thursday explaining why it will not be visible to the naked "
            "eye after all. “It broke apart, which comets are allowed to do,” Okafor said "
            "in the video.\n\n"
            "In an interview with The Halden Post, she said she had received hundreds of "
            "disappointed emails. “People wanted a show. I get it,” Okafor said."
        ),
        "quotes": [
            ("It broke apart, which comets are allowed to do,", "Ines Okafor", False, "P1"),
            ("People wanted a show. I get it,", "Ines Okafor", False, "P2"),
        ],
        "posts": [
            ("P1", "Ines Okafor", "YouTube"),
            ("P2", "Ines Okafor", "The Halden Post"),
        ],
        "people": ["Ines Okafor"],
    },
    {
        "name": "measles-briefing-medical-officer",
        "text": (
            "Three children at an elementary school in Pell Falls have measles, the "
            "Lakeshore Regional Health Authority said Monday.\n\n"
            "“Anyone who is not vaccinated and was at the school between March 3 and March "
            "7 should stay home and call their doctor,” Dr. Anita Rao, the authority’s "
            "chief medical officer, said at a briefing.\n\n"
            "Rao said vaccination rates at the school had fallen to 81%, well below the "
            "level needed to stop an outbreak."
        ),
        "quotes": [
            (
                (
                    "Anyone who is not vaccinated and was at the school between March 3 "
                    "and March 7 should stay home and call their doctor,"
                ),
                "Anita Rao",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Anita Rao"],
    },
    {
        "name": "boxer-podcast-multi-paragraph",
        "text": (
            "Former heavyweight champion Deshawn Pryor said on the “Corner Talk” podcast "
            "this week that he had turned down a comeback fight worth $20 million.\n\n"
            "“Money is not the problem. I have enough money. The problem is that I like "
            "being able to remember my kids’ birthdays.\n\n"
            "“So no, I’m not fighting again,” the 44-year-old said."
        ),
        "quotes": [
            (
                (
                    "Money is not the problem. I have enough money. The problem is that I "
                    "like being able to remember my kids’ birthdays."
                ),
                "Deshawn Pryor",
                False,
                "P1",
            ),
            ("So no, I’m not fighting again,", "Deshawn Pryor", False, "P1"),
        ],
        "posts": [
            ("P1", "Deshawn Pryor", "Corner Talk"),
        ],
        "people": ["Deshawn Pryor"],
    },
    {
        "name": "mayor-reddit-ama-council-meeting",
        "text": (
            "Westbury Mayor Tom Albescu spent two hours answering questions from residents "
            "in a Reddit AMA on Wednesday night. Asked about the city’s potholes, he wrote: "
            "“I drive on the same roads you do. It’s bad, and we are fixing it.”\n\n"
            "At Thursday’s council meeting, Councilwoman Joy Ebersole said the mayor’s "
            "answers were “long on sympathy and short on dollars.” “We have heard this "
            "every spring for six years,” she said."
        ),
        "quotes": [
            (
                "I drive on the same roads you do. It’s bad, and we are fixing it.",
                "Tom Albescu",
                False,
                "P1",
            ),
            ("long on sympathy and short on dollars.", "Joy Ebersole", True, None),
            ("We have heard this every spring for six years,", "Joy Ebersole", False, None),
        ],
        "posts": [
            ("P1", "Tom Albescu", "Reddit"),
        ],
        "people": ["Tom Albescu", "Joy Ebersole"],
    },
    {
        "name": "climate-bluesky-reply-and-own-post",
        "text": (
            "Climate scientist Rosalind Tetteh posted a chart on Bluesky on Monday showing "
            "that sea surface temperatures in the North Atlantic had hit a record for "
            "April. “This is not a blip. This is the fourth year running,” she wrote.\n\n"
            "Meteorologist Carl Brennan replied beneath her post that the chart was “worth "
            "everyone’s attention.” He later wrote in a post of his own: “Hurricane season "
            "starts in six weeks. Prepare now.”"
        ),
        "quotes": [
            (
                "This is not a blip. This is the fourth year running,",
                "Rosalind Tetteh",
                False,
                "P1",
            ),
            ("worth everyone’s attention.", "Carl Brennan", True, "P1"),
            ("Hurricane season starts in six weeks. Prepare now.", "Carl Brennan", False, "P2"),
        ],
        "posts": [
            ("P1", "Rosalind Tetteh", "Bluesky"),
            ("P2", "Carl Brennan", "Bluesky"),
        ],
        "people": ["Rosalind Tetteh", "Carl Brennan"],
    },
    {
        "name": "investor-letter-and-cnbc",
        "text": (
            "In his annual letter to shareholders, Ambrose Capital founder Julian Whitcombe "
            "warned that markets were “priced for perfection.”\n\n"
            "“We have rarely seen investors so willing to pay so much for so little,” "
            "Whitcombe, 79, wrote in the letter, released Saturday.\n\n"
            "Appearing on CNBC on Monday, he declined to say whether his firm had sold any "
            "stocks. “We never talk about what we’re doing until we’ve done it,” he said."
        ),
        "quotes": [
            ("priced for perfection.", "Julian Whitcombe", True, "P1"),
            (
                ("We have rarely seen investors so willing to pay so much for so little,"),
                "Julian Whitcombe",
                False,
                "P1",
            ),
            (
                "We never talk about what we’re doing until we’ve done it,",
                "Julian Whitcombe",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Julian Whitcombe", None),
            ("P2", "Julian Whitcombe", "CNBC"),
        ],
        "people": ["Julian Whitcombe"],
    },
    {
        "name": "aviation-hearing-straight",
        "text": (
            "The head of the Federal Aviation Safety Office told lawmakers on Wednesday "
            "that air traffic controller staffing was at its lowest level in a decade.\n\n"
            '"We are asking people to work six-day weeks, and they are doing it, but it '
            'cannot last," Administrator Patricia Nwosu said at a House hearing.\n\n'
            "Rep. Dale Hufnagel, an Ohio Republican, asked her why the agency had waited so "
            'long to sound the alarm. "We sounded it," Nwosu replied. "Nobody was '
            'listening."'
        ),
        "quotes": [
            (
                (
                    "We are asking people to work six-day weeks, and they are doing it, "
                    "but it cannot last,"
                ),
                "Patricia Nwosu",
                False,
                None,
            ),
            ("We sounded it,", "Patricia Nwosu", False, None),
            ("Nobody was listening.", "Patricia Nwosu", False, None),
        ],
        "posts": [],
        "people": ["Patricia Nwosu", "Dale Hufnagel"],
    },
    {
        "name": "actor-threads-exit-magazine-interview",
        "text": (
            "Actor Leo Vantongeren said on Threads on Friday that he had left the cast of "
            "the sequel to “Midnight Harbor” over “creative differences.” “I loved making "
            "the first one. I wish everyone well,” he wrote.\n\n"
            "The 36-year-old told Vanity Fair in an interview last year that he had been "
            "nervous about a sequel. “Lightning doesn’t strike twice unless you’re very "
            "lucky,” he said at the time."
        ),
        "quotes": [
            ("creative differences.", "Leo Vantongeren", True, "P1"),
            ("I loved making the first one. I wish everyone well,", "Leo Vantongeren", False, "P1"),
            (
                "Lightning doesn’t strike twice unless you’re very lucky,",
                "Leo Vantongeren",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Leo Vantongeren", "Threads"),
            ("P2", "Leo Vantongeren", "Vanity Fair"),
        ],
        "people": ["Leo Vantongeren"],
    },
    {
        "name": "ceo-memo-and-spokesman-email",
        "text": (
            "In a memo to employees obtained by The Pinecrest Journal, Orbitline Chief "
            "Executive Farah Qureshi said the company would require staff to return to the "
            "office four days a week starting in September.\n\n"
            "“I know this will be unpopular with some of you,” Qureshi wrote. “I have made "
            "my peace with that.”\n\n"
            "An Orbitline spokesman, Ben Adair, said in an email that the company had "
            "“nothing to add beyond the memo.”"
        ),
        "quotes": [
            ("I know this will be unpopular with some of you,", "Farah Qureshi", False, "P1"),
            ("I have made my peace with that.", "Farah Qureshi", False, "P1"),
            ("nothing to add beyond the memo.", "Ben Adair", True, "P2"),
        ],
        "posts": [
            ("P1", "Farah Qureshi", None),
            ("P2", "Ben Adair", None),
        ],
        "people": ["Farah Qureshi", "Ben Adair"],
    },
    {
        "name": "bakery-closing-facebook-customer-comment",
        "text": (
            "After 52 years, Hollis Street Bakery in Greendale will close at the end of the "
            "month, owner Marta Kowalczyk announced on Facebook.\n\n"
            "“We are tired, our ovens are tired, and it is time,” wrote Kowalczyk, who "
            "bought the bakery with her late husband in 1985.\n\n"
            "Customers filled the comments with memories. “My wedding cake came from there "
            "in 1979,” one wrote."
        ),
        "quotes": [
            ("We are tired, our ovens are tired, and it is time,", "Marta Kowalczyk", False, "P1"),
            ("My wedding cake came from there in 1979,", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Marta Kowalczyk", "Facebook"),
        ],
        "people": ["Marta Kowalczyk"],
    },
    {
        "name": "football-manager-penalty-reporters",
        "text": (
            "Riverside United manager Graham Osei said his side had been “robbed” by a late "
            "penalty decision in Saturday’s 2-1 defeat at Castlegate.\n\n"
            "“I have watched it ten times. It is not a penalty,” Osei told reporters after "
            "the match.\n\n"
            "Midfielder Kofi Mensah-Lloyd did not agree with his manager. “It was a "
            "penalty. I was right there,” the 23-year-old said."
        ),
        "quotes": [
            ("robbed", "Graham Osei", True, None),
            ("I have watched it ten times. It is not a penalty,", "Graham Osei", False, None),
            ("It was a penalty. I was right there,", "Kofi Mensah-Lloyd", False, None),
        ],
        "posts": [],
        "people": ["Graham Osei", "Kofi Mensah-Lloyd"],
    },
]
