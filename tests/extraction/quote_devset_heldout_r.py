"""An eighteenth self-made dev set, held out (R): written after the last rule change; its first run is an unseen estimate.

Written fresh, without looking at the rules or at how they score on the earlier
sets, and committed before any rule was run on it. Same format and conventions
as the earlier sets (self-made, not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show as written); a
statement, a memo or email to staff, a letter, an essay, a court filing or a
judge's ruling is a post with no platform unless an outlet is named; a rally, a
speech, a court hearing and "told reporters" are not posts; a comment or reply
under a post belongs to it, a post "of his own" is a new one; a post with no
quote still gets an id; organisations and unnamed people (an unnamed
spokesperson included) speak and post as None; titles, nicknames and terms in
marks are not quotes. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_R: list[dict] = [
    {
        "name": "engagement-instagram-fiance-and-comment",
        "text": (
            "Pop singer Mara Quinn is engaged. The 29-year-old shared the news on Instagram on "
            "Sunday with a photo of her ring, writing, “He asked, I cried, I said yes.”\n\n"
            "Her fiance, drummer Leo Hart, posted the same photo on his own Instagram account. "
            "“Luckiest man alive,” he captioned it. Quinn’s longtime collaborator, producer Danny "
            "Cole, commented under her post: “Finally! Took him long enough.”"
        ),
        "quotes": [
            ("He asked, I cried, I said yes.", "Mara Quinn", False, "P1"),
            ("Luckiest man alive,", "Leo Hart", False, "P2"),
            ("Finally! Took him long enough.", "Danny Cole", False, "P1"),
        ],
        "posts": [("P1", "Mara Quinn", "Instagram"), ("P2", "Leo Hart", "Instagram")],
        "people": ["Mara Quinn", "Leo Hart", "Danny Cole"],
    },
    {
        "name": "council-vote-no-post",
        "text": (
            "The Millbrook City Council voted 5-2 on Tuesday night to approve a new parking garage "
            "downtown, ending months of debate.\n\n"
            "“This is the right decision for the long term,” said council member Teresa Alvarez, "
            "who sponsored the measure. Council member Greg Pollard, who voted against it, called "
            "the $14 million price tag “absurd for a town our size.”\n\n"
            "Construction is expected to start in the spring."
        ),
        "quotes": [
            ("This is the right decision for the long term,", "Teresa Alvarez", False, None),
            ("absurd for a town our size.", "Greg Pollard", True, None),
        ],
        "posts": [],
        "people": ["Teresa Alvarez", "Greg Pollard"],
    },
    {
        "name": "bank-shareholder-letter-two-paragraph-quote",
        "text": (
            "Harbor Bank chief executive Nadia Frost warned of a slowdown in commercial real "
            "estate in her annual letter to shareholders, released Monday.\n\n"
            "“We are not immune to what is happening in office markets. Vacancies are rising in "
            "almost every city where we lend.\n\n"
            "“But we saw this coming, and we prepared for it,” Frost wrote.\n\n"
            "In the letter, she described the bank’s loan book as “conservative by design.” Shares "
            "rose 2% in morning trading."
        ),
        "quotes": [
            (
                "We are not immune to what is happening in office markets. Vacancies are rising in almost every city where we lend.",
                "Nadia Frost",
                False,
                "P1",
            ),
            ("But we saw this coming, and we prepared for it,", "Nadia Frost", False, "P1"),
            ("conservative by design.", "Nadia Frost", True, "P1"),
        ],
        "posts": [("P1", "Nadia Frost", None)],
        "people": ["Nadia Frost"],
    },
    {
        "name": "album-and-single-titles-no-quotes",
        "text": (
            "Country singer Wade Tillman will release his fifth album, “Gravel Roads,” in March. "
            "The lead single, “Leave the Porch Light On,” has already reached No. 1 on the country "
            "radio charts.\n\n"
            "Tillman, 41, will open a 30-city tour in Nashville in April, with singer Callie "
            "Brooks as the opening act."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Wade Tillman", "Callie Brooks"],
    },
    {
        "name": "senator-meet-the-press-description-speaker",
        "text": (
            "Sen. Patricia Holloway said Sunday that she would not support the spending bill in "
            "its current form.\n\n"
            "“I cannot vote for something that adds this much to the deficit,” the Ohio Republican "
            "said during an appearance on “Meet the Press.” “Leadership knows where I stand.”\n\n"
            "Holloway’s opposition leaves the bill at least two votes short of passage. A "
            "spokesman for Senate Majority Leader Tom Reyes said negotiations would continue "
            "through the week."
        ),
        "quotes": [
            (
                "I cannot vote for something that adds this much to the deficit,",
                "Patricia Holloway",
                False,
                "P1",
            ),
            ("Leadership knows where I stand.", "Patricia Holloway", False, "P1"),
        ],
        "posts": [("P1", "Patricia Holloway", "Meet the Press")],
        "people": ["Patricia Holloway", "Tom Reyes"],
    },
    {
        "name": "sentencing-judge-and-defendant-in-court",
        "text": (
            "A former youth soccer coach was sentenced Friday to 12 years in prison for stealing "
            "more than $2 million from a nonprofit league he ran in suburban Atlanta.\n\n"
            "“You betrayed the families who trusted you,” U.S. District Judge Harold Brennan told "
            "Curtis Mabry before announcing the sentence. Mabry, 52, apologized in court. “I am "
            "ashamed of what I did,” he said.\n\n"
            "Mabry’s attorney, Rachel Dunn, had asked for a sentence of six years."
        ),
        "quotes": [
            ("You betrayed the families who trusted you,", "Harold Brennan", False, None),
            ("I am ashamed of what I did,", "Curtis Mabry", False, None),
        ],
        "posts": [],
        "people": ["Harold Brennan", "Curtis Mabry", "Rachel Dunn"],
    },
    {
        "name": "tiktok-octopus-biologist-nickname",
        "text": (
            "A marine biologist’s TikTok video of an octopus escaping from a sealed jar has been "
            "viewed more than 20 million times.\n\n"
            "“She figured out the lid in under a minute,” Dr. Emily Vasquez says in the clip, "
            "filmed at the Monterey research station where she works. “Honestly, she is smarter "
            "than some of my interns.”\n\n"
            "Vasquez said the octopus, nicknamed “Houdini” by the lab staff, was returned to the "
            "ocean last week."
        ),
        "quotes": [
            ("She figured out the lid in under a minute,", "Emily Vasquez", False, "P1"),
            ("Honestly, she is smarter than some of my interns.", "Emily Vasquez", False, "P1"),
        ],
        "posts": [("P1", "Emily Vasquez", "TikTok")],
        "people": ["Emily Vasquez"],
    },
    {
        "name": "linkedin-layoff-post-and-email-to-staff",
        "text": (
            "Dozens of employees at software maker Cloudline learned on Wednesday that they had "
            "lost their jobs, days after the company raised $80 million.\n\n"
            "“I found out when my laptop stopped working,” product designer Jasmine Pruitt wrote "
            "in a LinkedIn post that has been shared thousands of times. In the post, she "
            "described the company’s all-hands meeting the week before as “pure theater.”\n\n"
            "Cloudline co-founder Victor Hale said in an email to staff that the cuts were "
            "“painful but necessary.” The company did not respond to questions about how many "
            "people were affected."
        ),
        "quotes": [
            ("I found out when my laptop stopped working,", "Jasmine Pruitt", False, "P1"),
            ("pure theater.", "Jasmine Pruitt", True, "P1"),
            ("painful but necessary.", "Victor Hale", True, "P2"),
        ],
        "posts": [("P1", "Jasmine Pruitt", "LinkedIn"), ("P2", "Victor Hale", None)],
        "people": ["Jasmine Pruitt", "Victor Hale"],
    },
    {
        "name": "marathon-winners-told-reporters",
        "text": (
            "Kenyan runner Daniel Kiprotich won the Chicago Marathon on Sunday in 2 hours, 4 "
            "minutes and 11 seconds, the fastest time on the course in five years.\n\n"
            "“The wind was hard in the last 10 kilometers, but my legs were good,” Kiprotich told "
            "reporters after the race. He said he would take a month off before choosing a spring "
            "marathon.\n\n"
            "In the women’s race, Ethiopia’s Almaz Tadesse pulled away in the final mile. “I was "
            "waiting, waiting, and then I went,” she said through an interpreter."
        ),
        "quotes": [
            (
                "The wind was hard in the last 10 kilometers, but my legs were good,",
                "Daniel Kiprotich",
                False,
                None,
            ),
            ("I was waiting, waiting, and then I went,", "Almaz Tadesse", False, None),
        ],
        "posts": [],
        "people": ["Daniel Kiprotich", "Almaz Tadesse"],
    },
    {
        "name": "reddit-ama-astronaut-split-sentence",
        "text": (
            "Retired NASA astronaut Gregory Lane answered questions from the public in an “Ask Me "
            "Anything” session on Reddit on Thursday.\n\n"
            "Asked what he missed most about space, Lane wrote: “The view, obviously. But also the "
            "quiet. Nothing on Earth is that quiet.”\n\n"
            "One user asked whether he would go back. “In a heartbeat,” he replied, “if my knees "
            "would let me.”"
        ),
        "quotes": [
            (
                "The view, obviously. But also the quiet. Nothing on Earth is that quiet.",
                "Gregory Lane",
                False,
                "P1",
            ),
            ("In a heartbeat,", "Gregory Lane", False, "P1"),
            ("if my knees would let me.", "Gregory Lane", False, "P1"),
        ],
        "posts": [("P1", "Gregory Lane", "Reddit")],
        "people": ["Gregory Lane"],
    },
    {
        "name": "hospital-press-release-and-lawmaker-facebook",
        "text": (
            "St. Anne’s Medical Center will close its maternity ward at the end of the year, the "
            "hospital said in a press release on Tuesday, citing a shortage of nurses.\n\n"
            "“This was not a decision we made lightly,” according to the release. Expectant "
            "mothers will be referred to Riverside General, about 25 miles away.\n\n"
            "State Rep. Monica Fields, whose district includes the hospital, called the closure “a "
            "disaster for rural families” in a post on Facebook."
        ),
        "quotes": [
            ("This was not a decision we made lightly,", None, False, "P1"),
            ("a disaster for rural families", "Monica Fields", True, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Monica Fields", "Facebook")],
        "people": ["Monica Fields"],
    },
    {
        "name": "podcast-complaint-and-coach-reply-on-x",
        "text": (
            "Former Lakers guard Terrence Boyd did not hold back about his old coach on the latest "
            "episode of his podcast, “Off the Glass.”\n\n"
            "“He never trusted young players. Never,” Boyd said. “I spent two years on the bench "
            "for no reason.”\n\n"
            "The coach, Phil Navarro, now a television analyst, responded Wednesday in a post on "
            "X. “I wish Terrence well,” he wrote. “The film doesn’t lie.”"
        ),
        "quotes": [
            ("He never trusted young players. Never,", "Terrence Boyd", False, "P1"),
            ("I spent two years on the bench for no reason.", "Terrence Boyd", False, "P1"),
            ("I wish Terrence well,", "Phil Navarro", False, "P2"),
            ("The film doesn’t lie.", "Phil Navarro", False, "P2"),
        ],
        "posts": [("P1", "Terrence Boyd", "Off the Glass"), ("P2", "Phil Navarro", "X")],
        "people": ["Terrence Boyd", "Phil Navarro"],
    },
    {
        "name": "governor-rally-and-challenger",
        "text": (
            "Gov. Linda Marsh kicked off her re-election campaign Saturday with a rally in Des "
            "Moines, promising to cut property taxes for a second time.\n\n"
            "“We did it once, and we will do it again,” Marsh told a crowd of about 2,000 "
            "supporters. “Iowa families deserve to keep more of what they earn.”\n\n"
            "Her Democratic challenger, state Sen. Aaron Whitfield, dismissed the pledge as "
            "“recycled promises.”"
        ),
        "quotes": [
            ("We did it once, and we will do it again,", "Linda Marsh", False, None),
            ("Iowa families deserve to keep more of what they earn.", "Linda Marsh", False, None),
            ("recycled promises.", "Aaron Whitfield", True, None),
        ],
        "posts": [],
        "people": ["Linda Marsh", "Aaron Whitfield"],
    },
    {
        "name": "open-letter-and-signer-in-guardian",
        "text": (
            "More than 300 artificial intelligence researchers signed an open letter published "
            "Tuesday calling on governments to require safety testing of advanced AI systems "
            "before they are released.\n\n"
            "“The risks are no longer hypothetical,” the letter says.\n\n"
            "Among the signers is Yusuf Adeyemi, a computer scientist at the University of "
            "Toronto. “We are not asking anyone to stop building,” Adeyemi said in remarks "
            "published by The Guardian. “We are asking them to check their work.”"
        ),
        "quotes": [
            ("The risks are no longer hypothetical,", None, False, "P1"),
            ("We are not asking anyone to stop building,", "Yusuf Adeyemi", False, "P2"),
            ("We are asking them to check their work.", "Yusuf Adeyemi", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Yusuf Adeyemi", "The Guardian")],
        "people": ["Yusuf Adeyemi"],
    },
    {
        "name": "unnamed-representative-tells-people-and-costar-instagram",
        "text": (
            "Actor Colin Ashby has checked into a treatment facility, a representative for the "
            "actor told People on Friday.\n\n"
            "“Colin is taking time to focus on his health and is grateful for the support of his "
            "family,” the representative said. Ashby, 38, was due to begin filming the third "
            "season of the Netflix drama “Harbor Lights” next month.\n\n"
            "His co-star Meg Sorensen shared a photo of the two of them on Instagram with a short "
            "message: “Sending love.”"
        ),
        "quotes": [
            (
                "Colin is taking time to focus on his health and is grateful for the support of his family,",
                None,
                False,
                "P1",
            ),
            ("Sending love.", "Meg Sorensen", False, "P2"),
        ],
        "posts": [("P1", None, "People"), ("P2", "Meg Sorensen", "Instagram")],
        "people": ["Colin Ashby", "Meg Sorensen"],
    },
    {
        "name": "school-start-time-facebook-comments",
        "text": (
            "The Lakewood school board’s decision to start classes 40 minutes later next fall has "
            "divided parents.\n\n"
            "Board president Susan Ng explained the change in a post on Facebook on Monday night, "
            "citing research on teenage sleep. “Our students are exhausted, and the science is "
            "clear,” she wrote.\n\n"
            "The post drew more than 600 comments. “Great, now I have to leave work early to pick "
            "up my kids,” one parent wrote. Another commenter, Marcus Webb, thanked the board “for "
            "finally listening.”"
        ),
        "quotes": [
            ("Our students are exhausted, and the science is clear,", "Susan Ng", False, "P1"),
            ("Great, now I have to leave work early to pick up my kids,", None, False, "P1"),
            ("for finally listening.", "Marcus Webb", True, "P1"),
        ],
        "posts": [("P1", "Susan Ng", "Facebook")],
        "people": ["Susan Ng", "Marcus Webb"],
    },
    {
        "name": "forecast-cut-term-in-marks-no-quotes",
        "text": (
            "Shares of sneaker maker Stride fell 9% on Thursday after the company cut its sales "
            "forecast for the year, blaming weak demand in China and a warehouse fire in Ohio.\n\n"
            "Analysts also pointed to the company’s heavy reliance on so-called “buy now, pay "
            "later” plans, which accounted for nearly a fifth of its online sales last year. Chief "
            "financial officer Rhonda Mills is expected to leave the company in June."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Rhonda Mills"],
    },
    {
        "name": "youtube-apology-and-hospital-statement",
        "text": (
            "YouTube star Jake Renner apologized in a 12-minute video posted to his YouTube "
            "channel on Tuesday after fans accused him of faking a charity stream.\n\n"
            "“I messed up, and I am not going to make excuses,” Renner said in the video, which "
            "had been viewed 4 million times by Wednesday. In the video, he promised that all the "
            "money raised would reach the children’s hospital “within the week.”\n\n"
            "The hospital said in a statement that it had not yet received any funds."
        ),
        "quotes": [
            ("I messed up, and I am not going to make excuses,", "Jake Renner", False, "P1"),
            ("within the week.", "Jake Renner", True, "P1"),
        ],
        "posts": [("P1", "Jake Renner", "YouTube"), ("P2", None, None)],
        "people": ["Jake Renner"],
    },
    {
        "name": "threads-chef-closing-critic-reply-nickname",
        "text": (
            "Chef Marco Bellini, known to regulars as “the Pasta King,” announced on Threads that "
            "he is closing his North Beach restaurant after 22 years.\n\n"
            "“Rent went up 60%. I cannot make the numbers work,” Bellini wrote Sunday. “Thank you, "
            "San Francisco.”\n\n"
            "Food critic Hannah Greer replied to the post: “The end of an era. I will miss the "
            "gnocchi.”"
        ),
        "quotes": [
            ("Rent went up 60%. I cannot make the numbers work,", "Marco Bellini", False, "P1"),
            ("Thank you, San Francisco.", "Marco Bellini", False, "P1"),
            ("The end of an era. I will miss the gnocchi.", "Hannah Greer", False, "P1"),
        ],
        "posts": [("P1", "Marco Bellini", "Threads")],
        "people": ["Marco Bellini", "Hannah Greer"],
    },
    {
        "name": "ruling-fragment-and-attorney-general-statement",
        "text": (
            "A federal judge in Texas on Monday blocked a state law that would have required age "
            "verification for social media users, saying it likely violated the First Amendment.\n\n"
            "In a 34-page ruling, U.S. District Judge Carmen Ibarra wrote that the law was “far "
            "broader than necessary” and would chill the speech of adults as well as minors.\n\n"
            "Texas Attorney General Bill Dawson said in a statement that his office would appeal. "
            "“This law protects children, and we will defend it,” Dawson said."
        ),
        "quotes": [
            ("far broader than necessary", "Carmen Ibarra", True, "P1"),
            ("This law protects children, and we will defend it,", "Bill Dawson", False, "P2"),
        ],
        "posts": [("P1", "Carmen Ibarra", None), ("P2", "Bill Dawson", None)],
        "people": ["Carmen Ibarra", "Bill Dawson"],
    },
]
