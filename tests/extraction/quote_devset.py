"""A small, self-made dev set of news-style paragraphs with hand-written gold for quotes and posts.

Written for this project (not a public corpus, not taken from any outlet) to
measure the quote, speaker and post rules on text they were not built from.
The gold was written with the texts, before the rules were run on them; a
rule change must never edit a gold row to make it pass. Conventions follow
the seed gold: a fragment quoted in narration with a "said"-type verb has no
post; an unnamed or non-person speaker (a spokesperson, a company, a
statement) is None.

Each quote row: (quote text without marks, speaker or None, partial, post id or None).
Each post row: (id, author or None, platform or None).
"""

from __future__ import annotations

DEV_SET: list[dict] = [
    {
        "name": "politics-said-inversion",
        "text": (
            "WASHINGTON — Senator Maria Alvarez said Tuesday that the bill would not pass without "
            'changes. "We are not going to rubber-stamp this," Alvarez told reporters outside the '
            'Capitol. "The people in my state deserve better."\n\n'
            'Her colleague, Senator Tom Becker, disagreed. "This is the best deal we are going to '
            'get," said Becker, a Republican from Ohio.\n\n'
            'According to Alvarez, the measure "leaves millions behind." The White House did not '
            "respond to a request for comment."
        ),
        "quotes": [
            ("We are not going to rubber-stamp this,", "Maria Alvarez", False, None),
            ("The people in my state deserve better.", "Maria Alvarez", False, None),
            ("This is the best deal we are going to get,", "Tom Becker", False, None),
            ("leaves millions behind.", "Maria Alvarez", True, None),
        ],
        "posts": [],
        "people": ["Maria Alvarez", "Tom Becker"],
    },
    {
        "name": "instagram-caption-comments",
        "text": (
            "Beyoncé shared a rare family photo on Instagram on Sunday, showing her twins Rumi and "
            "Sir on the beach. “My whole heart,” the singer captioned the post.\n\n"
            "Fans flooded the comments with praise. “They are getting so big!” Kelly Rowland "
            "commented. Michelle Williams added a string of heart emojis.\n\n"
            "The 41-year-old has largely kept her children out of the spotlight. In a 2019 "
            "interview with Elle, she said she wanted them to have “a normal childhood.”"
        ),
        "quotes": [
            ("My whole heart,", "Beyoncé", False, "P1"),
            ("They are getting so big!", "Kelly Rowland", False, "P1"),
            ("a normal childhood.", "Beyoncé", True, "P2"),
        ],
        "posts": [("P1", "Beyoncé", "Instagram"), ("P2", "Beyoncé", "Elle")],
        "people": ["Beyoncé", "Rumi", "Sir", "Kelly Rowland", "Michelle Williams"],
    },
    {
        "name": "tv-interview-multi-paragraph",
        "text": (
            "Actor Daniel Reyes opened up about his recovery during an appearance on The Late Show "
            "with Stephen Colbert on Thursday. “I spent two years thinking I would never walk "
            "again,” Reyes said. “My wife, Ana, was the one who kept me going.\n\n"
            "“Every morning she would put my shoes next to the bed, like a promise.”\n\n"
            "Ana Reyes, who was in the audience, wiped away tears. She later told People magazine "
            "that the night was “overwhelming in the best way.”"
        ),
        "quotes": [
            ("I spent two years thinking I would never walk again,", "Daniel Reyes", False, "P1"),
            ("My wife, Ana, was the one who kept me going.", "Daniel Reyes", False, "P1"),
            (
                "Every morning she would put my shoes next to the bed, like a promise.",
                "Daniel Reyes",
                False,
                "P1",
            ),
            ("overwhelming in the best way.", "Ana Reyes", True, "P2"),
        ],
        "posts": [
            ("P1", "Daniel Reyes", "The Late Show with Stephen Colbert"),
            ("P2", "Ana Reyes", "People"),
        ],
        "people": ["Daniel Reyes", "Ana Reyes", "Stephen Colbert"],
    },
    {
        "name": "titles-nicknames-scare-quotes",
        "text": (
            "Singer Olivia Grant released her new album, “Paper Houses,” on Friday. The lead "
            "single “Glass Heart” has already topped the charts.\n\n"
            "Grant, known to fans as “Liv,” described the record as “the most honest thing I have "
            "ever made” in a statement. Critics have called the album’s so-called “sad-girl era” "
            "overdue.\n\n"
            "“I wrote most of these songs at 3 a.m.,” she said in the statement."
        ),
        "quotes": [
            ("the most honest thing I have ever made", "Olivia Grant", True, "P1"),
            ("I wrote most of these songs at 3 a.m.,", "Olivia Grant", False, "P1"),
        ],
        "posts": [("P1", "Olivia Grant", None)],
        "people": ["Olivia Grant"],
    },
    {
        "name": "x-post-spokesperson-reply",
        "text": (
            "Former quarterback Marcus Hill took to X on Monday to criticize the league's new "
            'helmet rule. "This rule will change the game for the worse," Hill wrote. "Nobody '
            'asked the players."\n\n'
            'The league responded hours later. "Player safety is our top priority," a league '
            "spokesperson said in a statement.\n\n"
            "Hill's former teammate, Jordan Price, replied to the post: \"Couldn't agree more, "
            'brother."'
        ),
        "quotes": [
            ("This rule will change the game for the worse,", "Marcus Hill", False, "P1"),
            ("Nobody asked the players.", "Marcus Hill", False, "P1"),
            ("Player safety is our top priority,", None, False, "P2"),
            ("Couldn't agree more, brother.", "Jordan Price", False, "P1"),
        ],
        "posts": [("P1", "Marcus Hill", "X"), ("P2", None, None)],
        "people": ["Marcus Hill", "Jordan Price"],
    },
    {
        "name": "podcast-couple",
        "text": (
            "Newlyweds Priya Shah and Ethan Cole appeared on the Armchair Expert podcast this week "
            "to talk about their wedding. “We almost eloped,” Shah said. “Then my mother found "
            "out.”\n\n"
            "Cole laughed. “She was not going to let that happen,” he said.\n\n"
            "The couple, who met in college, said they are “taking it one day at a time.”"
        ),
        "quotes": [
            ("We almost eloped,", "Priya Shah", False, "P1"),
            ("Then my mother found out.", "Priya Shah", False, "P1"),
            ("She was not going to let that happen,", "Ethan Cole", False, "P1"),
            ("taking it one day at a time.", "Priya Shah and Ethan Cole", True, "P1"),
        ],
        "posts": [("P1", "Priya Shah", "Armchair Expert")],
        "people": ["Priya Shah", "Ethan Cole"],
    },
    {
        "name": "medium-essay-colon",
        "text": (
            "Tech executive Laura Kim announced her resignation in an essay on Medium published "
            "Wednesday. In it, she wrote: “Leaving was the hardest decision of my career.”\n\n"
            "Kim, 52, said the company had “lost its way” after the merger. “I could not look my "
            "team in the eye anymore,” she wrote.\n\n"
            "Her successor, David Osei, thanked her in a brief statement."
        ),
        "quotes": [
            ("Leaving was the hardest decision of my career.", "Laura Kim", False, "P1"),
            ("lost its way", "Laura Kim", True, None),
            ("I could not look my team in the eye anymore,", "Laura Kim", False, "P1"),
        ],
        "posts": [("P1", "Laura Kim", "Medium"), ("P2", "David Osei", None)],
        "people": ["Laura Kim", "David Osei"],
    },
    {
        "name": "sports-straight-quotes",
        "text": (
            'The Rangers lost 4-1 on Saturday night. "We didn\'t show up," said coach Mike Turner. '
            '"That\'s on me."\n\n'
            'Goalie Sam Ortiz, 28, was blunter. "We were bad. Plain and simple," the goalie said.'
        ),
        "quotes": [
            ("We didn't show up,", "Mike Turner", False, None),
            ("That's on me.", "Mike Turner", False, None),
            ("We were bad. Plain and simple,", "Sam Ortiz", False, None),
        ],
        "posts": [],
        "people": ["Mike Turner", "Sam Ortiz"],
    },
    {
        "name": "tiktok-nested-quote",
        "text": (
            "Influencer Maya Brooks posted a TikTok video on Tuesday responding to critics. "
            "“People keep telling me, ‘Just ignore it,’ but that’s easy to say,” Brooks said in "
            "the clip.\n\n"
            "She called the comments “exhausting” and said she would take a break from the app."
        ),
        "quotes": [
            (
                "People keep telling me, ‘Just ignore it,’ but that’s easy to say,",
                "Maya Brooks",
                False,
                "P1",
            ),
            ("exhausting", "Maya Brooks", True, None),
        ],
        "posts": [("P1", "Maya Brooks", "TikTok")],
        "people": ["Maya Brooks"],
    },
    {
        "name": "facebook-family-statement",
        "text": (
            "The family of firefighter James O’Neill shared a statement on Facebook on Friday "
            "thanking the community. “James gave everything to this town,” the statement read. "
            "“We are overwhelmed by your kindness.”\n\n"
            "His wife, Karen O’Neill, also spoke at Saturday’s vigil. “He would have hated all "
            "this attention,” she said, smiling."
        ),
        "quotes": [
            ("James gave everything to this town,", None, False, "P1"),
            ("We are overwhelmed by your kindness.", None, False, "P1"),
            ("He would have hated all this attention,", "Karen O’Neill", False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["James O’Neill", "Karen O’Neill"],
    },
    {
        "name": "youtube-father-daughter",
        "text": (
            "Chef Roberto Silva and his daughter, Lucia Silva, launched a YouTube cooking series "
            "last month. In the first episode, Roberto jokes about his daughter’s knife skills. "
            "“She learned everything from me,” he says. “Except the good parts,” Lucia replies.\n\n"
            "The series has drawn more than a million views. “We never expected this,” Lucia said "
            "in an interview with the Food Network’s website."
        ),
        "quotes": [
            ("She learned everything from me,", "Roberto Silva", False, "P1"),
            ("Except the good parts,", "Lucia Silva", False, "P1"),
            ("We never expected this,", "Lucia Silva", False, "P2"),
        ],
        "posts": [("P1", "Roberto Silva", "YouTube"), ("P2", "Lucia Silva", "Food Network")],
        "people": ["Roberto Silva", "Lucia Silva"],
    },
    {
        "name": "press-release-unknown-speaker",
        "text": (
            "Acme Corp. said in a press release on Monday that it would cut 500 jobs. “These "
            "decisions are never easy,” the release said.\n\n"
            "Union leader Rosa Diaz called the cuts “a betrayal of loyal workers.” “We will fight "
            "this,” Diaz said at a rally.\n\n"
            'A banner at the rally read: "Enough is enough."'
        ),
        "quotes": [
            ("These decisions are never easy,", None, False, "P1"),
            ("a betrayal of loyal workers.", "Rosa Diaz", True, None),
            ("We will fight this,", "Rosa Diaz", False, None),
            ("Enough is enough.", None, False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Rosa Diaz"],
    },
    {
        "name": "instagram-story-two-women",
        "text": (
            "Tennis star Naomi Park posted an Instagram Story on Wednesday congratulating her rival, "
            "Elena Voss, on her first Grand Slam title. “So proud of you, champ,” Park wrote.\n\n"
            "Voss, 23, shared the post on her own account. “Means the world coming from you,” she "
            "wrote."
        ),
        "quotes": [
            ("So proud of you, champ,", "Naomi Park", False, "P1"),
            ("Means the world coming from you,", "Elena Voss", False, "P2"),
        ],
        "posts": [("P1", "Naomi Park", "Instagram"), ("P2", "Elena Voss", "Instagram")],
        "people": ["Naomi Park", "Elena Voss"],
    },
]
