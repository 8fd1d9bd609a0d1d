"""An eighteenth self-made dev set, held out (X): its first run is an unseen estimate.

Written with set Y, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set W (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, court filing, judge's opinion or essay with no named outlet is a post
with no platform; a press release is a post with platform "press release"; a
news conference, briefing, rally, speech, court hearing or "told reporters" is
not a post; a comment under a post belongs to it, a post "of his own" is a new
one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None; titles, nicknames and
scare quotes in marks are not quotes. Quote text is the words inside the marks
exactly as printed (closing punctuation included); a quote running over several
paragraphs is one quote per paragraph, same speaker and post; fragments woven
into the reporter's sentence are partial. Speakers are canonical names, the
fullest form used in the text ("the senator", "she" resolved). Gold rows must
never be edited to make a rule pass.

New cases decided here: a press release issued by organisations has no author
(None) even when it quotes a named executive, whose quotes are linked to it; an
op-ed or essay in a named outlet or on a named platform (Substack, Medium) has
that outlet or platform; an interview that is only mentioned, with no quote from
it, is still a post; a middle initial used in the text is part of the canonical
name; single marks nested inside a quote are part of its text, not a quote.
"""

from __future__ import annotations

HELDOUT_SET_X: list[dict] = [
    {
        "name": "senator-town-hall-then-x-post",
        "text": (
            "Sen. Margaret Olin told voters at a town hall in Ashcombe on Saturday that she "
            "would oppose the highway bill “in any form that guts transit money.”\n\n"
            "Later that evening, the Pennsylvania Democrat doubled down on X. “I said it in "
            "Ashcombe and I’ll say it in Washington: no deal that leaves bus riders behind,” "
            "Olin wrote.\n\n"
            "A spokesman for the Senate majority leader declined to comment."
        ),
        "quotes": [
            ("in any form that guts transit money.", "Margaret Olin", True, None),
            (
                (
                    "I said it in Ashcombe and I’ll say it in Washington: no deal that leaves bus "
                    "riders behind,"
                ),
                "Margaret Olin",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Margaret Olin", "X")],
        "people": ["Margaret Olin"],
    },
    {
        "name": "robotics-ceo-layoff-memo",
        "text": (
            "Brightwell Robotics will cut about 140 jobs, or roughly a fifth of its workforce, "
            "chief executive Priya Natarajan told employees in a memo on Tuesday.\n\n"
            "“This is the hardest decision I have made since we started the company,” Natarajan "
            "wrote. “It is also the right one.”\n\n"
            "The memo said affected employees would receive 16 weeks of severance. Brightwell’s "
            "largest investor, Harlow Ventures, declined to comment."
        ),
        "quotes": [
            (
                "This is the hardest decision I have made since we started the company,",
                "Priya Natarajan",
                False,
                "P1",
            ),
            ("It is also the right one.", "Priya Natarajan", False, "P1"),
        ],
        "posts": [("P1", "Priya Natarajan", None)],
        "people": ["Priya Natarajan"],
    },
    {
        "name": "striker-comeback-told-reporters",
        "text": (
            "Dario Mendes scored twice in the second half as Kingsport United came from behind "
            "to beat Ashford City 3-2 on Sunday.\n\n"
            "“At halftime nobody panicked,” Mendes told reporters. “The manager just told us to "
            "keep the ball and be patient.”\n\n"
            "United manager Colin Reeve called it “the kind of win that changes a season.”"
        ),
        "quotes": [
            ("At halftime nobody panicked,", "Dario Mendes", False, None),
            (
                "The manager just told us to keep the ball and be patient.",
                "Dario Mendes",
                False,
                None,
            ),
            ("the kind of win that changes a season.", "Colin Reeve", True, None),
        ],
        "posts": [],
        "people": ["Dario Mendes", "Colin Reeve"],
    },
    {
        "name": "actor-exits-film-instagram-comment",
        "text": (
            "Actor Simone Achebe confirmed on Instagram on Wednesday that she had left the cast "
            "of the upcoming thriller “Night Ferry” because of scheduling conflicts.\n\n"
            "“I love this script and this crew, and it breaks my heart,” Achebe wrote in a "
            "caption alongside a photo from the set.\n\n"
            "Director Paul Strand replied in the comments: “Always welcome back, Simone.” The "
            "film’s producer, Lena Okafor, posted a heart emoji."
        ),
        "quotes": [
            (
                "I love this script and this crew, and it breaks my heart,",
                "Simone Achebe",
                False,
                "P1",
            ),
            ("Always welcome back, Simone.", "Paul Strand", False, "P1"),
        ],
        "posts": [("P1", "Simone Achebe", "Instagram")],
        "people": ["Simone Achebe", "Paul Strand", "Lena Okafor"],
    },
    {
        "name": "judge-blocks-age-verification-law",
        "text": (
            "A federal judge in Boise has blocked a state law that would have required social "
            "media companies to verify the ages of all their users.\n\n"
            "The law “sweeps far more broadly than any interest the state has identified,” U.S. "
            "District Judge Amy R. Castellano wrote in a 42-page opinion issued Friday.\n\n"
            "Attorney General Doug Harlan said his office would appeal. “We are confident the "
            "law will ultimately be upheld,” Harlan told reporters outside the Capitol."
        ),
        "quotes": [
            (
                "sweeps far more broadly than any interest the state has identified,",
                "Amy R. Castellano",
                True,
                "P1",
            ),
            ("We are confident the law will ultimately be upheld,", "Doug Harlan", False, None),
        ],
        "posts": [("P1", "Amy R. Castellano", None)],
        "people": ["Amy R. Castellano", "Doug Harlan"],
    },
    {
        "name": "council-closes-branch-library",
        "text": (
            "The Fairhaven City Council voted 5-2 on Monday night to close the Elm Street branch "
            "library at the end of the year.\n\n"
            "Councilwoman Rosa Delgado, who voted against the plan, said residents had been "
            "“treated like an afterthought.”\n\n"
            "“Kids walk to that library after school because it is the only safe place they "
            "have,” she said. “Where do they go now?”\n\n"
            "Council President Tom Brannigan said the city could not afford to keep the building "
            "open. “The roof alone would cost us $1.2 million,” he said."
        ),
        "quotes": [
            ("treated like an afterthought.", "Rosa Delgado", True, None),
            (
                (
                    "Kids walk to that library after school because it is the only safe place they "
                    "have,"
                ),
                "Rosa Delgado",
                False,
                None,
            ),
            ("Where do they go now?", "Rosa Delgado", False, None),
            ("The roof alone would cost us $1.2 million,", "Tom Brannigan", False, None),
        ],
        "posts": [],
        "people": ["Rosa Delgado", "Tom Brannigan"],
    },
    {
        "name": "climate-scientist-substack-institute-statement",
        "text": (
            "Climate scientist Henrik Aalto, who resigned from the Nordic Weather Institute last "
            "month, wrote in a Substack essay on Thursday that he had been pressured to soften a "
            "report on Arctic ice loss.\n\n"
            "“I was asked, more than once, to remove the word ‘irreversible,’” Aalto wrote. “I "
            "refused.”\n\n"
            "The institute said in a statement that it “rejects any suggestion” that its "
            "scientists had been censored."
        ),
        "quotes": [
            (
                "I was asked, more than once, to remove the word ‘irreversible,’",
                "Henrik Aalto",
                False,
                "P1",
            ),
            ("I refused.", "Henrik Aalto", False, "P1"),
            ("rejects any suggestion", None, True, "P2"),
        ],
        "posts": [("P1", "Henrik Aalto", "Substack"), ("P2", None, None)],
        "people": ["Henrik Aalto"],
    },
    {
        "name": "tiktok-creator-skincare-ads",
        "text": (
            "A TikTok creator with 3 million followers says a skincare company used her face in "
            "its ads without permission.\n\n"
            "“I never signed anything with them. Not once,” Kayla Brooks said in a TikTok video "
            "posted Sunday that has been viewed more than 4 million times.\n\n"
            "The company, Lumen Skin, said in a statement that the ads had been produced by an "
            "outside agency and had been taken down. “We are reaching out to Ms. Brooks "
            "directly,” the statement said."
        ),
        "quotes": [
            ("I never signed anything with them. Not once,", "Kayla Brooks", False, "P1"),
            ("We are reaching out to Ms. Brooks directly,", None, False, "P2"),
        ],
        "posts": [("P1", "Kayla Brooks", "TikTok"), ("P2", None, None)],
        "people": ["Kayla Brooks"],
    },
    {
        "name": "governor-budget-tv-multi-paragraph",
        "text": (
            "Gov. Nathan Pryce said Sunday that he would sign the state budget even though it "
            "leaves out his signature child care program.\n\n"
            "“I’m not going to hold up paychecks for 90,000 state workers over one line in the "
            "budget. That would be irresponsible.\n\n"
            "“We will be back in January, and we will get child care done,” Pryce said in an "
            "interview on “Face the State,” the weekly public affairs program on WDLN.\n\n"
            "Republican leaders in the legislature welcomed the decision."
        ),
        "quotes": [
            (
                (
                    "I’m not going to hold up paychecks for 90,000 state workers over one line in "
                    "the budget. That would be irresponsible."
                ),
                "Nathan Pryce",
                False,
                "P1",
            ),
            (
                "We will be back in January, and we will get child care done,",
                "Nathan Pryce",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Nathan Pryce", "Face the State")],
        "people": ["Nathan Pryce"],
    },
    {
        "name": "band-single-youtube-video",
        "text": (
            "The indie band Glass Orchard released “Kerosene Summer,” its first single in four "
            "years, on Friday. Singer Marisol Vega also posted a video on YouTube explaining the "
            "long silence.\n\n"
            "“We almost broke up twice,” Vega says in the video. “This song is basically us "
            "deciding not to.”\n\n"
            "The band will tour North America in the fall."
        ),
        "quotes": [
            ("We almost broke up twice,", "Marisol Vega", False, "P1"),
            ("This song is basically us deciding not to.", "Marisol Vega", False, "P1"),
        ],
        "posts": [("P1", "Marisol Vega", "YouTube")],
        "people": ["Marisol Vega"],
    },
    {
        "name": "trucking-merger-press-release",
        "text": (
            "Halvorsen Freight agreed to buy rival trucking company Delmont Logistics for $2.3 "
            "billion, the companies said in a joint press release on Monday.\n\n"
            "“Together we will be able to offer customers coast-to-coast coverage for the first "
            "time,” Halvorsen chief executive Glen Mattis said in the release.\n\n"
            "Some analysts were skeptical. “They are paying a lot for a company whose margins "
            "have shrunk three years in a row,” said Nora Benitez of Carver Securities."
        ),
        "quotes": [
            (
                (
                    "Together we will be able to offer customers coast-to-coast coverage for the "
                    "first time,"
                ),
                "Glen Mattis",
                False,
                "P1",
            ),
            (
                (
                    "They are paying a lot for a company whose margins have shrunk three years in "
                    "a row,"
                ),
                "Nora Benitez",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Glen Mattis", "Nora Benitez"],
    },
    {
        "name": "aviation-chief-senate-testimony",
        "text": (
            "The head of the Federal Aviation Safety Board, Lorraine Whitfield, told a Senate "
            "committee on Wednesday that the agency was short more than 1,000 air traffic "
            "controllers.\n\n"
            "“We are asking people to do an extraordinarily difficult job with too few hands,” "
            "Whitfield testified.\n\n"
            "Sen. Ray Caldera, a Republican from Arizona, pressed her on why the shortage had "
            "not been disclosed sooner. “Your agency knew this two years ago,” he said. “Why are "
            "we hearing about it now?”"
        ),
        "quotes": [
            (
                "We are asking people to do an extraordinarily difficult job with too few hands,",
                "Lorraine Whitfield",
                False,
                None,
            ),
            ("Your agency knew this two years ago,", "Ray Caldera", False, None),
            ("Why are we hearing about it now?", "Ray Caldera", False, None),
        ],
        "posts": [],
        "people": ["Lorraine Whitfield", "Ray Caldera"],
    },
    {
        "name": "missing-boy-found-sheriff",
        "text": (
            "A missing 9-year-old boy was found safe Tuesday morning in a barn about two miles "
            "from his home, Tillery County Sheriff Wade Tillman said.\n\n"
            "“He is cold and hungry but otherwise fine,” Tillman told reporters at the search "
            "headquarters. He thanked the more than 200 volunteers who had joined the search. "
            "“This county showed up,” he said.\n\n"
            "The boy’s name has not been released."
        ),
        "quotes": [
            ("He is cold and hungry but otherwise fine,", "Wade Tillman", False, None),
            ("This county showed up,", "Wade Tillman", False, None),
        ],
        "posts": [],
        "people": ["Wade Tillman"],
    },
    {
        "name": "op-ed-gas-tax-holiday",
        "text": (
            "Former Treasury official Benjamin Osei argued in an op-ed in The Millbrook Ledger "
            "on Sunday that the state should scrap its gas tax holiday.\n\n"
            "“Temporary tax cuts feel good and do very little,” the economist wrote. In the "
            "piece, he called the holiday “a gift to oil companies dressed up as relief.”\n\n"
            "Gov. Alicia Romero’s office did not respond to a request for comment."
        ),
        "quotes": [
            ("Temporary tax cuts feel good and do very little,", "Benjamin Osei", False, "P1"),
            ("a gift to oil companies dressed up as relief.", "Benjamin Osei", True, "P1"),
        ],
        "posts": [("P1", "Benjamin Osei", "The Millbrook Ledger")],
        "people": ["Benjamin Osei", "Alicia Romero"],
    },
    {
        "name": "warehouse-workers-lawsuit",
        "text": (
            "Three former employees of the meal-kit company Crateful have sued the company, "
            "claiming it misclassified hundreds of warehouse workers as contractors to avoid "
            "paying overtime.\n\n"
            "The company “built its business on unpaid hours,” the workers’ lawyers wrote in the "
            "complaint, filed Thursday in Cook County Circuit Court.\n\n"
            "Crateful said in an emailed statement that the lawsuit was “without merit” and that "
            "it would “defend itself vigorously.” One of the plaintiffs, Andre Lyle, said he "
            "often worked 60 hours a week. “I got paid for 40,” he said."
        ),
        "quotes": [
            ("built its business on unpaid hours,", None, True, "P1"),
            ("without merit", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            ("I got paid for 40,", "Andre Lyle", False, None),
        ],
        "posts": [("P1", None, None), ("P2", None, None)],
        "people": ["Andre Lyle"],
    },
    {
        "name": "chef-closes-restaurant-threads",
        "text": (
            "Chef Tomasz Bielecki announced on Threads that Juniper, his Michelin-starred "
            "restaurant in Harrow Bay, will close at the end of the month after 11 years.\n\n"
            "“Rent went up 70 percent. There was no version of the numbers that worked,” "
            "Bielecki wrote on Wednesday.\n\n"
            "Evelyn Marsh, 74, a longtime regular, said she had eaten there on every anniversary "
            "since it opened. “It’s like losing a friend,” she said."
        ),
        "quotes": [
            (
                "Rent went up 70 percent. There was no version of the numbers that worked,",
                "Tomasz Bielecki",
                False,
                "P1",
            ),
            ("It’s like losing a friend,", "Evelyn Marsh", False, None),
        ],
        "posts": [("P1", "Tomasz Bielecki", "Threads")],
        "people": ["Tomasz Bielecki", "Evelyn Marsh"],
    },
    {
        "name": "flood-emergency-briefing-straight-quotes",
        "text": (
            "Mayor Dennis Okoro declared a state of emergency in Riverton on Thursday after the "
            "Pell River rose nearly four feet overnight.\n\n"
            '"We have water in homes that have never flooded before," Okoro said at a '
            'briefing. "Please, if you are told to leave, leave."\n\n'
            "Emergency management director Janet Kowalski said about 300 people had spent the "
            "night in shelters."
        ),
        "quotes": [
            ("We have water in homes that have never flooded before,", "Dennis Okoro", False, None),
            ("Please, if you are told to leave, leave.", "Dennis Okoro", False, None),
        ],
        "posts": [],
        "people": ["Dennis Okoro", "Janet Kowalski"],
    },
    {
        "name": "tennis-player-podcast-and-newspaper-interview",
        "text": (
            "Tennis player Ines Carvalho says she nearly quit the sport after a wrist injury in "
            "2022.\n\n"
            "“There were mornings I couldn’t hold a toothbrush,” Carvalho said on the “Second "
            "Serve” podcast, released Tuesday.\n\n"
            "She told the Lisbon Courier in an interview last year that she had considered going "
            "back to university. On the podcast, she said she was glad she hadn’t. “I’d be a "
            "very bored accountant right now,” she said, laughing."
        ),
        "quotes": [
            ("There were mornings I couldn’t hold a toothbrush,", "Ines Carvalho", False, "P1"),
            ("I’d be a very bored accountant right now,", "Ines Carvalho", False, "P1"),
        ],
        "posts": [
            ("P1", "Ines Carvalho", "Second Serve"),
            ("P2", "Ines Carvalho", "Lisbon Courier"),
        ],
        "people": ["Ines Carvalho"],
    },
    {
        "name": "energy-minister-radio-and-alliance-statement",
        "text": (
            "Energy Minister Farah Qureshi said on Tuesday that the government would not extend "
            "subsidies for home heating oil beyond March.\n\n"
            "“We cannot keep writing blank cheques,” Qureshi said in an interview with the radio "
            "station Metro Talk FM.\n\n"
            "The opposition’s energy spokesman, Gareth Pugh, said the decision would leave rural "
            "households “out in the cold, literally.” In a statement, the Rural Families "
            "Alliance said: “Ministers have no idea what a winter without heat looks like.”"
        ),
        "quotes": [
            ("We cannot keep writing blank cheques,", "Farah Qureshi", False, "P1"),
            ("out in the cold, literally.", "Gareth Pugh", True, None),
            ("Ministers have no idea what a winter without heat looks like.", None, False, "P2"),
        ],
        "posts": [("P1", "Farah Qureshi", "Metro Talk FM"), ("P2", None, None)],
        "people": ["Farah Qureshi", "Gareth Pugh"],
    },
    {
        "name": "novelist-medium-essay-and-reading",
        "text": (
            "Novelist Claire Dunmore, whose debut “The Salt Houses” spent 30 weeks on bestseller "
            "lists, wrote on Medium this week that she had nearly abandoned her second book.\n\n"
            "“For a year I wrote nothing I didn’t delete the next morning,” Dunmore wrote. The "
            "new novel, “A Country of Small Rooms,” comes out in May.\n\n"
            "At a reading in Larkspur Falls on Thursday, she was more upbeat. “Turns out the "
            "trick was to stop trying to write the first book again,” she told the audience."
        ),
        "quotes": [
            (
                "For a year I wrote nothing I didn’t delete the next morning,",
                "Claire Dunmore",
                False,
                "P1",
            ),
            (
                "Turns out the trick was to stop trying to write the first book again,",
                "Claire Dunmore",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Claire Dunmore", "Medium")],
        "people": ["Claire Dunmore"],
    },
]
