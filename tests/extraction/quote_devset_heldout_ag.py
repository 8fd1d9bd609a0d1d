"""A twenty-seventh self-made dev set, held out (AG): its first run is unseen.

Written with set AF, without reading the extraction rules, and committed
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
A fragment introduced by "she added" right after quotes from an interview is
tied to that interview.
"""

from __future__ import annotations

HELDOUT_SET_AG: list[dict] = [
    {
        "name": "sprinter-instagram-injury-coach-reporters",
        "text": (
            "Olympic sprinter Tamsin Achebe said on Instagram on Tuesday that she would "
            "miss the world championships with a torn hamstring. “Not the summer I planned. "
            "Back stronger,” the 27-year-old wrote.\n\n"
            "Her coach, Viktor Lindqvist, told reporters at a training camp in Tenerife "
            "that the injury came at “the worst possible time.” “But she has come back from "
            "worse,” he said."
        ),
        "quotes": [
            ("Not the summer I planned. Back stronger,", "Tamsin Achebe", False, "P1"),
            ("the worst possible time.", "Viktor Lindqvist", True, None),
            ("But she has come back from worse,", "Viktor Lindqvist", False, None),
        ],
        "posts": [
            ("P1", "Tamsin Achebe", "Instagram"),
        ],
        "people": ["Tamsin Achebe", "Viktor Lindqvist"],
    },
    {
        "name": "utility-statement-quotes-ceo-union-fragment",
        "text": (
            "Norvale Energy said in a statement on Monday that it would close its "
            "coal-fired plant in Ashby by 2028, two years earlier than planned.\n\n"
            "“This decision reflects economics, not politics,” Chief Executive Warren Lyle "
            "said in the statement. The company said about 180 workers would be offered "
            "jobs at its other sites.\n\n"
            "Sandra Pike, who leads the plant’s union local, called the announcement “a "
            "betrayal dressed up as progress.”"
        ),
        "quotes": [
            ("This decision reflects economics, not politics,", "Warren Lyle", False, "P1"),
            ("a betrayal dressed up as progress.", "Sandra Pike", True, None),
        ],
        "posts": [
            ("P1", None, None),
        ],
        "people": ["Warren Lyle", "Sandra Pike"],
    },
    {
        "name": "lawmaker-deleted-x-post-apology-statement",
        "text": (
            "State Rep. Curtis Vandermeer on Wednesday deleted a post on X in which he "
            "called protesters outside the Capitol “paid actors.”\n\n"
            "In a written statement on Thursday, Vandermeer apologized. “I was wrong to "
            "question the motives of people exercising their rights. I regret it,” the "
            "Republican said."
        ),
        "quotes": [
            ("paid actors.", "Curtis Vandermeer", True, "P1"),
            (
                (
                    "I was wrong to question the motives of people exercising their "
                    "rights. I regret it,"
                ),
                "Curtis Vandermeer",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Curtis Vandermeer", "X"),
            ("P2", "Curtis Vandermeer", None),
        ],
        "people": ["Curtis Vandermeer"],
    },
    {
        "name": "novelist-substack-essay-book-title",
        "text": (
            "Novelist Ruth Aldana, whose book “The Salt Year” won the Hallworth Prize last "
            "fall, wrote in an essay on Substack this week that she would no longer give "
            "readings at bookstores that ban phones.\n\n"
            "“I want people to take pictures. I want them to text their friends. That is "
            "how books survive now,” Aldana wrote."
        ),
        "quotes": [
            (
                (
                    "I want people to take pictures. I want them to text their friends. "
                    "That is how books survive now,"
                ),
                "Ruth Aldana",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Ruth Aldana", "Substack"),
        ],
        "people": ["Ruth Aldana"],
    },
    {
        "name": "leaf-blower-ban-council-vote",
        "text": (
            "The Fenwick Town Council voted 5-2 on Tuesday to ban gas-powered leaf blowers "
            "starting in 2027.\n\n"
            "“My neighbors deserve to hear birds on a Saturday morning,” said Councilman "
            "Aaron Blum, who sponsored the measure.\n\n"
            "Councilwoman Deirdre Staley voted against it. “Landscaping crews are small "
            "businesses, and we just raised their costs,” she said during the meeting."
        ),
        "quotes": [
            (
                "My neighbors deserve to hear birds on a Saturday morning,",
                "Aaron Blum",
                False,
                None,
            ),
            (
                ("Landscaping crews are small businesses, and we just raised their costs,"),
                "Deirdre Staley",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Aaron Blum", "Deirdre Staley"],
    },
    {
        "name": "health-secretary-tv-interview-multi-paragraph",
        "text": (
            "Health Secretary Miriam Castellanos said in an interview broadcast Sunday on "
            "“Face the Week” that the administration would not extend emergency funding for "
            "rural hospitals.\n\n"
            "“We have to make hard choices. This is one of them.\n\n"
            "“Rural hospitals have known for three years that this money was temporary,” "
            "Castellanos said.\n\n"
            "She added that several states had “done nothing to prepare.”"
        ),
        "quotes": [
            (
                "We have to make hard choices. This is one of them.",
                "Miriam Castellanos",
                False,
                "P1",
            ),
            (
                ("Rural hospitals have known for three years that this money was temporary,"),
                "Miriam Castellanos",
                False,
                "P1",
            ),
            ("done nothing to prepare.", "Miriam Castellanos", True, "P1"),
        ],
        "posts": [
            ("P1", "Miriam Castellanos", "Face the Week"),
        ],
        "people": ["Miriam Castellanos"],
    },
    {
        "name": "pastor-sermon-warming-center",
        "text": (
            "The Rev. Lydia Okonjo told her congregation on Sunday that Grace Tabernacle "
            "would open its doors as an overnight warming center through March.\n\n"
            "“Scripture does not come with a weather exemption,” Okonjo said in her sermon. "
            "“If it is cold, the door is open.”"
        ),
        "quotes": [
            ("Scripture does not come with a weather exemption,", "Lydia Okonjo", False, None),
            ("If it is cold, the door is open.", "Lydia Okonjo", False, None),
        ],
        "posts": [],
        "people": ["Lydia Okonjo"],
    },
    {
        "name": "sheriff-office-facebook-and-sheriff-reporters",
        "text": (
            "The Tillman County Sheriff’s Office said on Facebook on Saturday that deputies "
            "had found a missing 81-year-old man safe in a cornfield about two miles from "
            "his home. “He was cold and tired but in good spirits,” the post said.\n\n"
            "Sheriff Ray Dunlap later told reporters that a drone with a thermal camera had "
            "spotted the man. “Ten years ago we would have been out there all night,” "
            "Dunlap said."
        ),
        "quotes": [
            ("He was cold and tired but in good spirits,", None, False, "P1"),
            ("Ten years ago we would have been out there all night,", "Ray Dunlap", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
        ],
        "people": ["Ray Dunlap"],
    },
    {
        "name": "coach-lawsuit-complaint-lawyer-courthouse",
        "text": (
            "A former assistant football coach at Brightwater University has sued the "
            "school, saying he was fired for reporting recruiting violations.\n\n"
            "In the complaint, filed Monday in Hale County, Terrence Mobley says he was "
            "“punished for doing exactly what the rules required of him.”\n\n"
            "“The university wanted silence,” Mobley’s lawyer, Nina Harcourt, told "
            "reporters outside the courthouse. “It got a lawsuit instead.”\n\n"
            "A university spokeswoman said the school does not comment on pending "
            "litigation."
        ),
        "quotes": [
            (
                "punished for doing exactly what the rules required of him.",
                "Terrence Mobley",
                True,
                "P1",
            ),
            ("The university wanted silence,", "Nina Harcourt", False, None),
            ("It got a lawsuit instead.", "Nina Harcourt", False, None),
        ],
        "posts": [
            ("P1", "Terrence Mobley", None),
        ],
        "people": ["Terrence Mobley", "Nina Harcourt"],
    },
    {
        "name": "teacher-tiktok-district-statement",
        "text": (
            "A middle school science teacher in Corvale whose TikTok videos of classroom "
            "experiments have drawn millions of views says she is being forced to stop "
            "posting.\n\n"
            "“They told me I can keep teaching or keep filming, but not both,” Jenna Morrow "
            "said in a TikTok video on Friday.\n\n"
            "The Corvale Unified School District said in a statement that its social media "
            "policy “applies equally to all staff.”"
        ),
        "quotes": [
            (
                "They told me I can keep teaching or keep filming, but not both,",
                "Jenna Morrow",
                False,
                "P1",
            ),
            ("applies equally to all staff.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Jenna Morrow", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Jenna Morrow"],
    },
    {
        "name": "reviewer-youtube-company-x-podcast",
        "text": (
            "Tech reviewer Omar Haddad, who has 4 million subscribers on YouTube, said in a "
            "video posted Monday that the new Vireo phone had “the best camera I have ever "
            "tested, attached to the worst battery.”\n\n"
            "Vireo responded on X. “We hear you, Omar. A software update is coming next "
            "week,” the company wrote.\n\n"
            "Haddad later said on the “Gadget Garage” podcast that he had never been paid "
            "by a phone maker. “Nobody sends me a check, and they know it,” he said."
        ),
        "quotes": [
            (
                "the best camera I have ever tested, attached to the worst battery.",
                "Omar Haddad",
                True,
                "P1",
            ),
            ("We hear you, Omar. A software update is coming next week,", None, False, "P2"),
            ("Nobody sends me a check, and they know it,", "Omar Haddad", False, "P3"),
        ],
        "posts": [
            ("P1", "Omar Haddad", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Omar Haddad", "Gadget Garage"),
        ],
        "people": ["Omar Haddad"],
    },
    {
        "name": "singer-commencement-speech-song-title",
        "text": (
            "Grammy winner Celeste Amadi told graduates at Northfield College on Saturday "
            "that she had twice been rejected by the school’s music program.\n\n"
            "“You are looking at a two-time Northfield reject,” Amadi said in her "
            "commencement speech, to laughter. “Apply anyway. Always apply anyway.”\n\n"
            "She closed by singing “Long Road Home,” the ballad that won her a Grammy in "
            "2021."
        ),
        "quotes": [
            ("You are looking at a two-time Northfield reject,", "Celeste Amadi", False, None),
            ("Apply anyway. Always apply anyway.", "Celeste Amadi", False, None),
        ],
        "posts": [],
        "people": ["Celeste Amadi"],
    },
    {
        "name": "reality-star-instagram-husband-threads-costar-comment",
        "text": (
            "Reality TV star Brianna Coleridge confirmed on Instagram on Wednesday that she "
            "and her husband, restaurateur Jordan Pell, had separated. “We are choosing "
            "kindness, for ourselves and for our daughter,” she wrote.\n\n"
            "Pell posted on Threads hours later. “Everything she said is true. Please give "
            "us some room,” he wrote.\n\n"
            "Coleridge’s “Hollywood Wives” co-star Tanya Brooks commented on Coleridge’s "
            "post: “Love you, B.”"
        ),
        "quotes": [
            (
                "We are choosing kindness, for ourselves and for our daughter,",
                "Brianna Coleridge",
                False,
                "P1",
            ),
            ("Everything she said is true. Please give us some room,", "Jordan Pell", False, "P2"),
            ("Love you, B.", "Tanya Brooks", False, "P1"),
        ],
        "posts": [
            ("P1", "Brianna Coleridge", "Instagram"),
            ("P2", "Jordan Pell", "Threads"),
        ],
        "people": ["Brianna Coleridge", "Jordan Pell", "Tanya Brooks"],
    },
    {
        "name": "hospital-ceo-email-nurses-rally",
        "text": (
            "In an email to staff on Tuesday, St. Agnes Medical Center Chief Executive "
            "Howard Lin said the hospital would close its maternity ward on June 30. “This "
            "is not a decision we made lightly,” Lin wrote.\n\n"
            "At a rally outside the hospital on Wednesday, nurses’ union president Carmen "
            "Ruiz-Abbott called the closure “a death sentence for rural mothers.” “Women in "
            "this county will now drive 70 miles to give birth,” she said."
        ),
        "quotes": [
            ("This is not a decision we made lightly,", "Howard Lin", False, "P1"),
            ("a death sentence for rural mothers.", "Carmen Ruiz-Abbott", True, None),
            (
                "Women in this county will now drive 70 miles to give birth,",
                "Carmen Ruiz-Abbott",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Howard Lin", None),
        ],
        "people": ["Howard Lin", "Carmen Ruiz-Abbott"],
    },
    {
        "name": "wolves-return-biologist-rancher-radio",
        "text": (
            "Wolves have returned to the Caddon Valley for the first time in nearly a "
            "century, researchers said Thursday.\n\n"
            "“We have photographs of at least five animals, including two pups,” said Eliza "
            "Marchetti, a wildlife biologist at Sutter State University who led the survey. "
            "“That means they are breeding here.”\n\n"
            "Rancher Dwight Hollis said in an interview with radio station KRVN that he was "
            "“not celebrating.” “I have 400 head of cattle up there,” he said."
        ),
        "quotes": [
            (
                "We have photographs of at least five animals, including two pups,",
                "Eliza Marchetti",
                False,
                None,
            ),
            ("That means they are breeding here.", "Eliza Marchetti", False, None),
            ("not celebrating.", "Dwight Hollis", True, "P1"),
            ("I have 400 head of cattle up there,", "Dwight Hollis", False, "P1"),
        ],
        "posts": [
            ("P1", "Dwight Hollis", "KRVN"),
        ],
        "people": ["Eliza Marchetti", "Dwight Hollis"],
    },
    {
        "name": "engineer-medium-essay-founder-reddit",
        "text": (
            "Software engineer Priyanka Sethi, who left the payments startup Quillpay last "
            "month, published an essay on Medium on Sunday accusing its founders of hiding "
            "losses from investors. “I watched the numbers get rewritten in real time,” she "
            "wrote.\n\n"
            "Quillpay co-founder Marcus Feld dismissed the essay as “fiction from a "
            "disgruntled former employee” in a post on Reddit, where it had been widely "
            "shared."
        ),
        "quotes": [
            ("I watched the numbers get rewritten in real time,", "Priyanka Sethi", False, "P1"),
            ("fiction from a disgruntled former employee", "Marcus Feld", True, "P2"),
        ],
        "posts": [
            ("P1", "Priyanka Sethi", "Medium"),
            ("P2", "Marcus Feld", "Reddit"),
        ],
        "people": ["Priyanka Sethi", "Marcus Feld"],
    },
    {
        "name": "drunk-driving-sentencing-victim-mother",
        "text": (
            "A Lorrimer man who caused a crash that killed two teenagers while driving "
            "drunk was sentenced Friday to 14 years in prison.\n\n"
            "“Every morning I walk past her bedroom,” Angela Moreno, the mother of one of "
            "the victims, told the court. “It is still exactly the way she left it.”\n\n"
            "The defendant, Calvin Teague, 34, turned to face the families. “I would give "
            "anything to undo it,” he said."
        ),
        "quotes": [
            ("Every morning I walk past her bedroom,", "Angela Moreno", False, None),
            ("It is still exactly the way she left it.", "Angela Moreno", False, None),
            ("I would give anything to undo it,", "Calvin Teague", False, None),
        ],
        "posts": [],
        "people": ["Angela Moreno", "Calvin Teague"],
    },
    {
        "name": "mayoral-election-victory-concession",
        "text": (
            "Ana Beltrán won the race for mayor of Port Caldwell on Tuesday, defeating "
            "two-term incumbent George Whitfield by fewer than 900 votes.\n\n"
            "“This city voted for change, and tomorrow we start delivering it,” Beltrán "
            "told supporters at her victory party. “Tonight, we dance.”\n\n"
            "Whitfield conceded shortly before midnight. “The voters have spoken, and I "
            "respect them,” he said."
        ),
        "quotes": [
            (
                "This city voted for change, and tomorrow we start delivering it,",
                "Ana Beltrán",
                False,
                None,
            ),
            ("Tonight, we dance.", "Ana Beltrán", False, None),
            ("The voters have spoken, and I respect them,", "George Whitfield", False, None),
        ],
        "posts": [],
        "people": ["Ana Beltrán", "George Whitfield"],
    },
    {
        "name": "stadium-deal-news-conference-straight",
        "text": (
            "The Harbor City Mariners and county officials announced a deal Wednesday to "
            "build a $1.1 billion stadium on the waterfront.\n\n"
            '"This keeps the team here for the next 40 years," County Executive Renee '
            'Sandoval said at a news conference. "That was the whole point."\n\n'
            'The team\'s owner, Philip Gaston, called it "a great day for baseball."'
        ),
        "quotes": [
            ("This keeps the team here for the next 40 years,", "Renee Sandoval", False, None),
            ("That was the whole point.", "Renee Sandoval", False, None),
            ("a great day for baseball.", "Philip Gaston", True, None),
        ],
        "posts": [],
        "people": ["Renee Sandoval", "Philip Gaston"],
    },
    {
        "name": "biotech-news-release-linkedin-straight",
        "text": (
            "Biotech startup Marrowgen announced in a news release on Tuesday that it had "
            'raised $60 million to develop a blood test for pancreatic cancer. "Early '
            'detection is the whole game with this disease," co-founder and Chief Executive '
            "Helen Adebayo said in the release.\n\n"
            "On LinkedIn, Adebayo thanked the company's first investor, Martin Osgood. "
            '"Martin wrote a check when all we had was a slide deck," she wrote.'
        ),
        "quotes": [
            ("Early detection is the whole game with this disease,", "Helen Adebayo", False, "P1"),
            (
                "Martin wrote a check when all we had was a slide deck,",
                "Helen Adebayo",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Helen Adebayo", "LinkedIn"),
        ],
        "people": ["Helen Adebayo", "Martin Osgood"],
    },
]
