"""The twenty-second self-made dev set, held out (AB); its first run is an unseen estimate.

Written with set AC, without reading the extraction rules, and committed before any rule
was run on it. Same format and conventions as sets O and W (self-made, not a public
corpus): an interview with a named outlet or show is a post (platform: the outlet or
show as written, without quotation marks); a statement, memo, letter, email, court
filing, judge's opinion or essay with no named outlet is a post with no platform; a
press release is a post with platform "press release"; a news conference, briefing,
rally, speech, court hearing, meeting or "told reporters" is not a post; a comment under
a post belongs to it, a post "of his own" is a new one; a later fragment is linked to a
post only when the text ties it to that post; organisations and unnamed people speak as
None; titles, nicknames and scare quotes in marks are not quotes; a quote that runs over
several paragraphs is one quote per paragraph. Two decisions were made before writing:
an earnings call with analysts is not a post (like a news conference); an organisation's
press release or statement has author None even when it quotes a named executive, whose
quotes link to it. Cases W does not spell out were decided thus: an interview with no
named outlet ("in a phone interview") is not a post, a nickname in marks is left out of
the canonical name, and an earnings release counts as a press release. Gold rows must
never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AB: list[dict] = [
    {
        "name": "state-senator-x-two-posts-governor-reporters",
        "text": (
            "State Sen. Marguerite Olander said on X on Tuesday that she would vote against "
            "the transportation bond, breaking with her party’s leadership. “I can’t ask "
            "families in Pell County to pay for a highway they will never drive on,” the "
            "Democrat wrote.\n\n"
            "Hours later, after Gov. Raymond Tisch called her position “short-sighted,” "
            "Olander posted again: “Short-sighted is borrowing $4 billion without a plan to "
            "pay it back.”\n\n"
            "Asked about the dispute at the Capitol on Wednesday, Tisch told reporters, "
            "“Marguerite is a friend. We’ll get there.”"
        ),
        "quotes": [
            (
                "I can’t ask families in Pell County to pay for a highway they will never drive "
                "on,",
                "Marguerite Olander",
                False,
                "P1",
            ),
            ("short-sighted,", "Raymond Tisch", True, None),
            (
                "Short-sighted is borrowing $4 billion without a plan to pay it back.",
                "Marguerite Olander",
                False,
                "P2",
            ),
            ("Marguerite is a friend. We’ll get there.", "Raymond Tisch", False, None),
        ],
        "posts": [("P1", "Marguerite Olander", "X"), ("P2", "Marguerite Olander", "X")],
        "people": ["Marguerite Olander", "Raymond Tisch"],
    },
    {
        "name": "furniture-maker-earnings-release-and-call",
        "text": (
            "Harrow & Finch, the Ohio-based furniture maker, said Thursday that quarterly "
            "profit fell 18% as shipping costs rose. “We underestimated how long the "
            "freight squeeze would last,” Chief Executive Dana Whitcomb said in the "
            "company’s earnings release.\n\n"
            "On a call with analysts later that morning, Whitcomb said the company would "
            "close two warehouses in Indiana. “We have too many buildings and not enough "
            "trucks,” she said. Pressed by Bernstein analyst Colin Marsh on whether the "
            "dividend was safe, she said it was “not under discussion.”\n\n"
            "Shares fell 6% in afternoon trading."
        ),
        "quotes": [
            (
                "We underestimated how long the freight squeeze would last,",
                "Dana Whitcomb",
                False,
                "P1",
            ),
            ("We have too many buildings and not enough trucks,", "Dana Whitcomb", False, None),
            ("not under discussion.", "Dana Whitcomb", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Dana Whitcomb", "Colin Marsh"],
    },
    {
        "name": "midfielder-tiktok-apology-club-statement-manager",
        "text": (
            "Midfielder Tomás Arrieta apologized on TikTok on Sunday for his red card in "
            "the derby. “I let my teammates down and I let the fans down,” the 24-year-old "
            "said in the video. “It won’t happen again.”\n\n"
            "Riverside Athletic said in a statement that Arrieta would be fined two weeks’ "
            "wages. “The club expects the highest standards of conduct from every player,” "
            "the statement said.\n\n"
            "Manager Glenn Hobart was less diplomatic at his weekly news conference. “He "
            "knows he was an idiot,” Hobart said. “He’ll be back in the team when he’s "
            "earned it.”"
        ),
        "quotes": [
            ("I let my teammates down and I let the fans down,", "Tomás Arrieta", False, "P1"),
            ("It won’t happen again.", "Tomás Arrieta", False, "P1"),
            (
                "The club expects the highest standards of conduct from every player,",
                None,
                False,
                "P2",
            ),
            ("He knows he was an idiot,", "Glenn Hobart", False, None),
            ("He’ll be back in the team when he’s earned it.", "Glenn Hobart", False, None),
        ],
        "posts": [("P1", "Tomás Arrieta", "TikTok"), ("P2", None, None)],
        "people": ["Tomás Arrieta", "Glenn Hobart"],
    },
    {
        "name": "songwriter-podcast-single-and-album-titles",
        "text": (
            "Singer-songwriter Ivy Lanford said she wrote “Glass Harbor,” the lead single "
            "from her new album, in a single night after her father’s funeral.\n\n"
            "“I didn’t sleep. I just sat at the kitchen table until it was done,” Lanford "
            "said on the “Sound Check” podcast, released Tuesday. The 31-year-old added "
            "that she almost left the song off the record: “It felt too private. My manager "
            "talked me into it.”\n\n"
            "The album, “Low Tide Letters,” is out Friday."
        ),
        "quotes": [
            (
                "I didn’t sleep. I just sat at the kitchen table until it was done,",
                "Ivy Lanford",
                False,
                "P1",
            ),
            ("It felt too private. My manager talked me into it.", "Ivy Lanford", False, "P1"),
        ],
        "posts": [("P1", "Ivy Lanford", "Sound Check")],
        "people": ["Ivy Lanford"],
    },
    {
        "name": "judge-opinion-town-filing-attorney-courthouse",
        "text": (
            "A federal judge on Friday blocked the town of Millbrook from enforcing a ban "
            "on overnight parking by people living in their vehicles, ruling that it likely "
            "violated the Constitution.\n\n"
            "“A town may regulate its streets,” U.S. District Judge Harriet Okafor wrote in "
            "a 42-page opinion. “It may not make it a crime to be poor in public.”\n\n"
            "Lawyers for Millbrook had argued in a court filing that the ordinance was “a "
            "reasonable, content-neutral traffic measure.” Town attorney Philip Drury told "
            "reporters outside the courthouse that the town would appeal. “We respectfully "
            "think the judge got this wrong,” he said."
        ),
        "quotes": [
            ("A town may regulate its streets,", "Harriet Okafor", False, "P1"),
            ("It may not make it a crime to be poor in public.", "Harriet Okafor", False, "P1"),
            ("a reasonable, content-neutral traffic measure.", None, True, "P2"),
            ("We respectfully think the judge got this wrong,", "Philip Drury", False, None),
        ],
        "posts": [("P1", "Harriet Okafor", None), ("P2", None, None)],
        "people": ["Harriet Okafor", "Philip Drury"],
    },
    {
        "name": "bumblebee-study-phone-interview",
        "text": (
            "Bumblebees in the Cascade foothills are emerging nearly two weeks earlier than "
            "they did in the 1980s, according to a study published Wednesday in the journal "
            "Ecology Letters.\n\n"
            "“The flowers and the bees are drifting out of sync,” said Dr. Anjali Rao, an "
            "entomologist at Northfield University and the study’s lead author. “When that "
            "happens, both lose.”\n\n"
            "Rao said in a phone interview that the team relied partly on museum specimens "
            "collected by amateur naturalists. Without them, she said, the work “simply "
            "would not exist.”"
        ),
        "quotes": [
            ("The flowers and the bees are drifting out of sync,", "Anjali Rao", False, None),
            ("When that happens, both lose.", "Anjali Rao", False, None),
            ("simply would not exist.", "Anjali Rao", True, None),
        ],
        "posts": [],
        "people": ["Anjali Rao"],
    },
    {
        "name": "maternity-ward-press-release-union-facebook",
        "text": (
            "St. Brendan’s Medical Center will close its maternity ward in March, the "
            "hospital announced in a press release on Monday, citing a shortage of "
            "obstetric nurses.\n\n"
            "“This was the hardest decision our board has made in a decade,” Chief "
            "Executive Roger Blaylock said in the release. “Safety has to come first.”\n\n"
            "The nurses’ union, District 9 of the Healthcare Workers Alliance, responded on "
            "Facebook: “The shortage is a choice. Pay nurses and they will come.” Union "
            "president Sheila Norcross said at a rally outside the hospital that evening "
            "that members were “angry, but not surprised.”"
        ),
        "quotes": [
            (
                "This was the hardest decision our board has made in a decade,",
                "Roger Blaylock",
                False,
                "P1",
            ),
            ("Safety has to come first.", "Roger Blaylock", False, "P1"),
            ("The shortage is a choice. Pay nurses and they will come.", None, False, "P2"),
            ("angry, but not surprised.", "Sheila Norcross", True, None),
        ],
        "posts": [("P1", None, "press release"), ("P2", None, "Facebook")],
        "people": ["Roger Blaylock", "Sheila Norcross"],
    },
    {
        "name": "council-renames-street-crossing-guard",
        "text": (
            "The Dunmore Falls City Council voted 5-2 on Tuesday night to rename Mill "
            "Street after Alma Ruiz, a longtime crossing guard who died in January.\n\n"
            "“She knew every kid’s name,” Councilman Pete Varga said during the meeting. "
            "“Every single one, for 31 years.”\n\n"
            "Councilwoman Lorraine Hsu, who voted no, said she had nothing against Ruiz but "
            "worried about the cost of new signs. “We have potholes on that street,” she "
            "said, “that have been there longer than some of the kids Alma walked across "
            "it.”\n\n"
            "Ruiz’s daughter, Marisol Ruiz Tate, wept as the vote was read."
        ),
        "quotes": [
            ("She knew every kid’s name,", "Pete Varga", False, None),
            ("Every single one, for 31 years.", "Pete Varga", False, None),
            ("We have potholes on that street,", "Lorraine Hsu", False, None),
            (
                "that have been there longer than some of the kids Alma walked across it.",
                "Lorraine Hsu",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Alma Ruiz", "Pete Varga", "Lorraine Hsu", "Marisol Ruiz Tate"],
    },
    {
        "name": "software-layoffs-memo-and-linkedin",
        "text": (
            "Brightwell Software, the Austin-based maker of scheduling tools, is laying off "
            "220 employees, about 15% of its workforce, according to an internal memo from "
            "Chief Executive Nikhil Batra.\n\n"
            "“I own this decision and the mistakes that led to it,” Batra wrote in the "
            "memo. “We hired for a world that did not arrive.”\n\n"
            "Several of the affected workers posted about the cuts on LinkedIn. “Eight "
            "years, one 15-minute call,” wrote Jenna Moyer, a former product designer. “If "
            "you need someone who can ship, I’m available.”"
        ),
        "quotes": [
            ("I own this decision and the mistakes that led to it,", "Nikhil Batra", False, "P1"),
            ("We hired for a world that did not arrive.", "Nikhil Batra", False, "P1"),
            ("Eight years, one 15-minute call,", "Jenna Moyer", False, "P2"),
            ("If you need someone who can ship, I’m available.", "Jenna Moyer", False, "P2"),
        ],
        "posts": [("P1", "Nikhil Batra", None), ("P2", "Jenna Moyer", "LinkedIn")],
        "people": ["Nikhil Batra", "Jenna Moyer"],
    },
    {
        "name": "novel-pulled-author-magazine-interview",
        "text": (
            "Novelist Bernard Hollings’s new book, “The Salt Orchard,” has been pulled from "
            "shelves in two Texas school districts after parents complained about its "
            "depiction of a teenage pregnancy.\n\n"
            "“I’m not surprised, and I’m not angry. I’m just sad for the kids,” the "
            "67-year-old author told Vanity Fair in an interview published Monday. He said "
            "the districts had not contacted his publisher.\n\n"
            "One of the parents who objected, Darlene Kopecky, said at a school board "
            "meeting last month that the novel was “not appropriate for a 14-year-old.”"
        ),
        "quotes": [
            (
                "I’m not surprised, and I’m not angry. I’m just sad for the kids,",
                "Bernard Hollings",
                False,
                "P1",
            ),
            ("not appropriate for a 14-year-old.", "Darlene Kopecky", True, None),
        ],
        "posts": [("P1", "Bernard Hollings", "Vanity Fair")],
        "people": ["Bernard Hollings", "Darlene Kopecky"],
    },
    {
        "name": "flood-warning-weather-service-x-governor-briefing",
        "text": (
            "Forecasters warned Sunday that a slow-moving storm could dump up to 10 inches "
            "of rain on the Cumberland Valley by Tuesday, raising the risk of flash "
            "flooding in towns still recovering from last spring’s floods.\n\n"
            "“Do not drive through flooded roads. Turn around,” the National Weather "
            "Service office in Pinecrest wrote on X.\n\n"
            "At a briefing in Harlow, Gov. Teresa Quill urged residents near the Tanner "
            "River to make plans to leave. “If you were flooded last year, assume you will "
            "be flooded this year,” she said. Senior forecaster Mike Delacroix called the "
            "storm “a once-in-a-decade setup.”"
        ),
        "quotes": [
            ("Do not drive through flooded roads. Turn around,", None, False, "P1"),
            (
                "If you were flooded last year, assume you will be flooded this year,",
                "Teresa Quill",
                False,
                None,
            ),
            ("a once-in-a-decade setup.", "Mike Delacroix", True, None),
        ],
        "posts": [("P1", None, "X")],
        "people": ["Teresa Quill", "Mike Delacroix"],
    },
    {
        "name": "four-day-week-letter-reddit-thread",
        "text": (
            "The Ashford Unified School District will move to a four-day week next fall, "
            "Superintendent Carla Jimenez-Boyd told families in a letter on Thursday.\n\n"
            "“We did not make this choice lightly,” Jimenez-Boyd wrote. “We are losing "
            "teachers to districts that pay more, and we cannot match their salaries. We "
            "can match their calendar.”\n\n"
            "Reaction online was mixed. In a post on a Reddit forum for Ashford parents, "
            "one mother wrote that the change was “a nightmare for anyone who works "
            "Fridays.” Another parent replied under the post: “My kid is thrilled. I am "
            "not.”"
        ),
        "quotes": [
            ("We did not make this choice lightly,", "Carla Jimenez-Boyd", False, "P1"),
            (
                "We are losing teachers to districts that pay more, and we cannot match their "
                "salaries. We can match their calendar.",
                "Carla Jimenez-Boyd",
                False,
                "P1",
            ),
            ("a nightmare for anyone who works Fridays.", None, True, "P2"),
            ("My kid is thrilled. I am not.", None, False, "P2"),
        ],
        "posts": [("P1", "Carla Jimenez-Boyd", None), ("P2", None, "Reddit")],
        "people": ["Carla Jimenez-Boyd"],
    },
    {
        "name": "former-governor-rally-straight-quotes",
        "text": (
            'Former Gov. Walter "Buzz" Hennessey opened his Senate campaign Saturday with a '
            "rally at the county fairgrounds in Orrin Falls, telling about 2,000 supporters "
            'that Washington had "forgotten places like this."\n\n'
            '"I\'m 71 years old. I don\'t need this job," Hennessey said. "But I think this '
            'job needs somebody like me."\n\n'
            "His rival for the Republican nomination, state Treasurer Gail Sorensen, told "
            'reporters after a campaign stop in Lyle that Hennessey had "spent his '
            'governorship raising taxes" and would "do the same in the Senate."'
        ),
        "quotes": [
            ("forgotten places like this.", "Walter Hennessey", True, None),
            ("I'm 71 years old. I don't need this job,", "Walter Hennessey", False, None),
            ("But I think this job needs somebody like me.", "Walter Hennessey", False, None),
            ("spent his governorship raising taxes", "Gail Sorensen", True, None),
            ("do the same in the Senate.", "Gail Sorensen", True, None),
        ],
        "posts": [],
        "people": ["Walter Hennessey", "Gail Sorensen"],
    },
    {
        "name": "cooking-youtuber-break-comment-and-instagram",
        "text": (
            "YouTube star Kenji Marlowe, whose cooking channel has 9 million subscribers, "
            "said in a video posted Wednesday that he is taking an indefinite break. “I’ve "
            "been making a video every three days for six years. I’m tired in a way sleep "
            "doesn’t fix,” Marlowe said.\n\n"
            "Fellow creator Priya Shankar left a comment under the video: “Take all the "
            "time you need. We’ll be here.”\n\n"
            "On Thursday, Marlowe shared a photo of his dog on Instagram with the caption "
            "“Day one.”"
        ),
        "quotes": [
            (
                "I’ve been making a video every three days for six years. I’m tired in a way "
                "sleep doesn’t fix,",
                "Kenji Marlowe",
                False,
                "P1",
            ),
            ("Take all the time you need. We’ll be here.", "Priya Shankar", False, "P1"),
            ("Day one.", "Kenji Marlowe", False, "P2"),
        ],
        "posts": [("P1", "Kenji Marlowe", "YouTube"), ("P2", "Kenji Marlowe", "Instagram")],
        "people": ["Kenji Marlowe", "Priya Shankar"],
    },
    {
        "name": "care-home-nurse-testimony-over-paragraphs",
        "text": (
            "A former nurse at Lakeview Care Home testified Wednesday that she warned "
            "managers about understaffing weeks before a resident died of dehydration.\n\n"
            "“I told them we had two aides for 40 residents on the night shift. I put it in "
            "writing. I told them someone was going to get hurt.\n\n"
            "“Nobody called me back,” Rosa Anaya, 52, told jurors in Brandt County Circuit "
            "Court.\n\n"
            "Under cross-examination, defense lawyer Martin Kessel asked Anaya whether she "
            "had ever raised the issue with state inspectors. She said she had not. “I "
            "thought that was their job,” she said."
        ),
        "quotes": [
            (
                "I told them we had two aides for 40 residents on the night shift. I put it in "
                "writing. I told them someone was going to get hurt.",
                "Rosa Anaya",
                False,
                None,
            ),
            ("Nobody called me back,", "Rosa Anaya", False, None),
            ("I thought that was their job,", "Rosa Anaya", False, None),
        ],
        "posts": [],
        "people": ["Rosa Anaya", "Martin Kessel"],
    },
    {
        "name": "tennis-wrist-surgery-news-conference",
        "text": (
            "Tennis player Lukas Brenner said Monday that he will skip the clay-court "
            "season to recover from wrist surgery.\n\n"
            "“It’s the part of the year I love the most, so this hurts,” the world No. 14 "
            "told a news conference in Valmont. “But I want to play another ten years, not "
            "another ten weeks.”\n\n"
            "His former coach, Annika Voss, said Brenner was making “the grown-up "
            "decision.”"
        ),
        "quotes": [
            (
                "It’s the part of the year I love the most, so this hurts,",
                "Lukas Brenner",
                False,
                None,
            ),
            (
                "But I want to play another ten years, not another ten weeks.",
                "Lukas Brenner",
                False,
                None,
            ),
            ("the grown-up decision.", "Annika Voss", True, None),
        ],
        "posts": [],
        "people": ["Lukas Brenner", "Annika Voss"],
    },
    {
        "name": "meal-kit-founder-substack-statement-x",
        "text": (
            "In a Substack essay published Sunday, Margo Elling, the co-founder of meal-kit "
            "company Pantry Lane, wrote that she had been pushed out by the company’s "
            "investors. “I was told on a Tuesday that I would not be needed on Wednesday,” "
            "she wrote.\n\n"
            "Pantry Lane said in a statement that Elling’s departure was “a mutual "
            "decision” and wished her well. Her co-founder, Derek Osei, who remains chief "
            "executive, wrote on X: “I have nothing but respect for Margo. The rest is "
            "between us.”"
        ),
        "quotes": [
            (
                "I was told on a Tuesday that I would not be needed on Wednesday,",
                "Margo Elling",
                False,
                "P1",
            ),
            ("a mutual decision", None, True, "P2"),
            (
                "I have nothing but respect for Margo. The rest is between us.",
                "Derek Osei",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Margo Elling", "Substack"),
            ("P2", None, None),
            ("P3", "Derek Osei", "X"),
        ],
        "people": ["Margo Elling", "Derek Osei"],
    },
    {
        "name": "measles-health-official-sunday-show-then-presser",
        "text": (
            "Dr. Samuel Oyelaran, the state’s top health official, said Sunday that measles "
            "cases in Greer County had doubled in a week and urged parents to check their "
            "children’s vaccination records.\n\n"
            "“This is entirely preventable, and we are not preventing it,” Oyelaran said on "
            "“Face the Nation.”\n\n"
            "At a news conference later in Lindell, he said the state would open three "
            "walk-in vaccination clinics. “No appointment, no cost, no questions,” he said."
        ),
        "quotes": [
            (
                "This is entirely preventable, and we are not preventing it,",
                "Samuel Oyelaran",
                False,
                "P1",
            ),
            ("No appointment, no cost, no questions,", "Samuel Oyelaran", False, None),
        ],
        "posts": [("P1", "Samuel Oyelaran", "Face the Nation")],
        "people": ["Samuel Oyelaran"],
    },
    {
        "name": "drowning-vigil-coach-and-mother-facebook",
        "text": (
            "Hundreds of people gathered Friday night at Cooper Park in Westbrook for a "
            "candlelight vigil for Dylan Marsh, the 17-year-old who drowned in the Kettle "
            "River last weekend.\n\n"
            "“He was the kid who stayed late to stack the chairs,” his basketball coach, "
            "Ray Okonjo, told the crowd.\n\n"
            "Dylan’s mother, Kristen Marsh, thanked the community in a Facebook post "
            "earlier in the day. “We cannot thank you enough for the meals, the cards, the "
            "hugs,” she wrote. “Please hold your kids a little tighter tonight.”"
        ),
        "quotes": [
            ("He was the kid who stayed late to stack the chairs,", "Ray Okonjo", False, None),
            (
                "We cannot thank you enough for the meals, the cards, the hugs,",
                "Kristen Marsh",
                False,
                "P1",
            ),
            ("Please hold your kids a little tighter tonight.", "Kristen Marsh", False, "P1"),
        ],
        "posts": [("P1", "Kristen Marsh", "Facebook")],
        "people": ["Dylan Marsh", "Ray Okonjo", "Kristen Marsh"],
    },
    {
        "name": "social-app-ceo-senate-hearing",
        "text": (
            "Ava Castellano, the chief executive of social media startup Loop, told a "
            "Senate committee on Thursday that her company would begin verifying the ages "
            "of all new users by the end of the year.\n\n"
            "“We were too slow. I will not pretend otherwise,” Castellano said at the "
            "hearing.\n\n"
            "Sen. Howard Pruitt, who chairs the committee, said the pledge was “a start, "
            "and only a start.” After the hearing, Castellano told reporters she had found "
            "the session “tough but fair.”"
        ),
        "quotes": [
            ("We were too slow. I will not pretend otherwise,", "Ava Castellano", False, None),
            ("a start, and only a start.", "Howard Pruitt", True, None),
            ("tough but fair.", "Ava Castellano", True, None),
        ],
        "posts": [],
        "people": ["Ava Castellano", "Howard Pruitt"],
    },
]
