"""A nineteenth self-made dev set, held out (S): written after the last rule change, together with R; its first run is an unseen estimate.

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

HELDOUT_SET_S: list[dict] = [
    {
        "name": "substack-essay-novelist-leaves-publisher",
        "text": (
            "Novelist Priya Raman announced in an essay on her Substack that she is leaving her "
            "publisher after 15 years, accusing it of burying her latest book, “The Salt Year.”\n\n"
            "“I was told the book was a priority. Then I watched it disappear,” Raman wrote. Later "
            "in the essay, she called the decision to leave “the easiest hard thing I have ever "
            "done.”\n\n"
            "The publisher, Linden House, declined to comment."
        ),
        "quotes": [
            (
                "I was told the book was a priority. Then I watched it disappear,",
                "Priya Raman",
                False,
                "P1",
            ),
            ("the easiest hard thing I have ever done.", "Priya Raman", True, "P1"),
        ],
        "posts": [("P1", "Priya Raman", "Substack")],
        "people": ["Priya Raman"],
    },
    {
        "name": "mayor-leaves-hospital-wife-speaks",
        "text": (
            "Springfield Mayor Tom Keller was released from the hospital on Thursday, four days "
            "after suffering a mild heart attack at a city budget meeting.\n\n"
            "“I feel good. Better than good,” Keller told reporters outside the hospital, with his "
            "wife, Janet Keller, at his side. “The doctors say I need to slow down, and I am going "
            "to try.”\n\n"
            "“He is not going to try,” his wife said, laughing. “But I will make him.”"
        ),
        "quotes": [
            ("I feel good. Better than good,", "Tom Keller", False, None),
            (
                "The doctors say I need to slow down, and I am going to try.",
                "Tom Keller",
                False,
                None,
            ),
            ("He is not going to try,", "Janet Keller", False, None),
            ("But I will make him.", "Janet Keller", False, None),
        ],
        "posts": [],
        "people": ["Tom Keller", "Janet Keller"],
    },
    {
        "name": "minister-resignation-letter-and-opposition-x",
        "text": (
            "Britain’s housing minister, Oliver Pratt, resigned on Friday, hours after a newspaper "
            "reported that he had failed to declare rental income from three properties.\n\n"
            "“I have made mistakes, and I take full responsibility for them,” Pratt wrote in a "
            "letter to the prime minister. “I do not want to be a distraction.”\n\n"
            "Opposition leader Sarah Whitlock said on X that the resignation was “long overdue.”"
        ),
        "quotes": [
            (
                "I have made mistakes, and I take full responsibility for them,",
                "Oliver Pratt",
                False,
                "P1",
            ),
            ("I do not want to be a distraction.", "Oliver Pratt", False, "P1"),
            ("long overdue.", "Sarah Whitlock", True, "P2"),
        ],
        "posts": [("P1", "Oliver Pratt", None), ("P2", "Sarah Whitlock", "X")],
        "people": ["Oliver Pratt", "Sarah Whitlock"],
    },
    {
        "name": "traded-guard-instagram-farewell-teammate-comment",
        "text": (
            "Guard Malik Summers said goodbye to Milwaukee in an Instagram post on Thursday, a day "
            "after he was traded to the Phoenix Suns.\n\n"
            "“Milwaukee, you gave a kid from the South Side a chance,” Summers wrote alongside a "
            "photo of himself holding the championship trophy. “I will never forget it.”\n\n"
            "Teammate Andre Fowler responded in the comments with a string of heart emojis. “My "
            "brother forever,” he wrote."
        ),
        "quotes": [
            (
                "Milwaukee, you gave a kid from the South Side a chance,",
                "Malik Summers",
                False,
                "P1",
            ),
            ("I will never forget it.", "Malik Summers", False, "P1"),
            ("My brother forever,", "Andre Fowler", False, "P1"),
        ],
        "posts": [("P1", "Malik Summers", "Instagram")],
        "people": ["Malik Summers", "Andre Fowler"],
    },
    {
        "name": "drug-trial-researchers-said",
        "text": (
            "An experimental drug slowed the progression of a rare form of muscular dystrophy by "
            "about 30% in a late-stage trial, researchers said Wednesday.\n\n"
            "“For families who have had nothing, this is meaningful,” said Dr. Rebecca Oyelaran, a "
            "neurologist at Boston Children’s Hospital who led the study. She cautioned that the "
            "drug does not reverse damage already done.\n\n"
            "Dr. Paul Henning, who was not involved in the research, called the results "
            "“encouraging but modest.”"
        ),
        "quotes": [
            (
                "For families who have had nothing, this is meaningful,",
                "Rebecca Oyelaran",
                False,
                None,
            ),
            ("encouraging but modest.", "Paul Henning", True, None),
        ],
        "posts": [],
        "people": ["Rebecca Oyelaran", "Paul Henning"],
    },
    {
        "name": "sixty-minutes-robotics-founder-continued",
        "text": (
            "In an interview with “60 Minutes” that aired Sunday, Arcadia Robotics founder Mei Lin "
            "Zhou said her company’s warehouse robots would replace “the worst jobs, not the "
            "workers.”\n\n"
            "“Nobody grows up dreaming of lifting boxes for 10 hours a day,” Zhou said. Asked "
            "whether she worried about layoffs, she paused. “Of course I worry. Anyone who says "
            "they don’t is lying.”"
        ),
        "quotes": [
            ("the worst jobs, not the workers.", "Mei Lin Zhou", True, "P1"),
            (
                "Nobody grows up dreaming of lifting boxes for 10 hours a day,",
                "Mei Lin Zhou",
                False,
                "P1",
            ),
            (
                "Of course I worry. Anyone who says they don’t is lying.",
                "Mei Lin Zhou",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Mei Lin Zhou", "60 Minutes")],
        "people": ["Mei Lin Zhou"],
    },
    {
        "name": "festival-winner-film-titles-acceptance-speech",
        "text": (
            "The Spanish drama “Las Olas” won the top prize at the Venice Film Festival on "
            "Saturday, beating a crowded field that included Greta Holm’s “Winter Garden” and the "
            "documentary “No Return.”\n\n"
            "Director Luis Ferrer dedicated the award to his late mother. “She took me to my first "
            "film when I was four,” Ferrer said as he accepted the Golden Lion. “Everything I make "
            "is for her.”"
        ),
        "quotes": [
            ("She took me to my first film when I was four,", "Luis Ferrer", False, None),
            ("Everything I make is for her.", "Luis Ferrer", False, None),
        ],
        "posts": [],
        "people": ["Greta Holm", "Luis Ferrer"],
    },
    {
        "name": "defense-motion-attorney-wrote",
        "text": (
            "Lawyers for former Tessaro Energy executive Brian Coyle asked a federal judge on "
            "Monday to throw out fraud charges against him, arguing that prosecutors had withheld "
            "evidence.\n\n"
            "“The government hid documents that would have shown Mr. Coyle acted in good faith,” "
            "attorney Alicia Whitcomb wrote in the 48-page motion.\n\n"
            "A spokeswoman for the U.S. attorney’s office in Houston declined to comment. Coyle, "
            "58, has pleaded not guilty."
        ),
        "quotes": [
            (
                "The government hid documents that would have shown Mr. Coyle acted in good faith,",
                "Alicia Whitcomb",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Alicia Whitcomb", None)],
        "people": ["Brian Coyle", "Alicia Whitcomb"],
    },
    {
        "name": "heat-record-cooling-center-unnamed-volunteer",
        "text": (
            "Temperatures topped 110 degrees in Phoenix for the 20th straight day on Tuesday, "
            "breaking a record set in 1974.\n\n"
            "At a cooling center downtown, retiree Walter Simms said his apartment’s air "
            "conditioner had been broken for a week. “I sit here until they close, then I go home "
            "and lie in a cold bath,” Simms, 74, said.\n\n"
            "“We are seeing more people every day,” said a volunteer who asked not to be named "
            "because she was not authorized to speak for the city."
        ),
        "quotes": [
            (
                "I sit here until they close, then I go home and lie in a cold bath,",
                "Walter Simms",
                False,
                None,
            ),
            ("We are seeing more people every day,", None, False, None),
        ],
        "posts": [],
        "people": ["Walter Simms"],
    },
    {
        "name": "gymnast-pregnancy-caption-husband-comment",
        "text": (
            "Olympic gymnast Tara Lindqvist revealed on Instagram on Monday that she is pregnant "
            "with her first child.\n\n"
            "“Our biggest gold medal yet,” she captioned a photo of an ultrasound. Her husband, "
            "hockey player Nils Ekdahl, commented, “Can’t wait to meet you, little one.”\n\n"
            "Lindqvist, who won three medals at the Paris Games, retired from competition last "
            "year."
        ),
        "quotes": [
            ("Our biggest gold medal yet,", "Tara Lindqvist", False, "P1"),
            ("Can’t wait to meet you, little one.", "Nils Ekdahl", False, "P1"),
        ],
        "posts": [("P1", "Tara Lindqvist", "Instagram")],
        "people": ["Tara Lindqvist", "Nils Ekdahl"],
    },
    {
        "name": "strike-union-president-newspaper-company-statement",
        "text": (
            "Workers at three Midwest auto parts plants walked off the job on Monday after "
            "contract talks broke down over wages and health benefits.\n\n"
            "“Our members have gone four years without a real raise,” union president Dolores "
            "Grant told The Detroit News. “They are done waiting.”\n\n"
            "The company, Meridian Components, said in a statement that its offer was “fair and "
            "competitive” and that it hoped to return to the table soon."
        ),
        "quotes": [
            (
                "Our members have gone four years without a real raise,",
                "Dolores Grant",
                False,
                "P1",
            ),
            ("They are done waiting.", "Dolores Grant", False, "P1"),
            ("fair and competitive", None, True, "P2"),
        ],
        "posts": [("P1", "Dolores Grant", "The Detroit News"), ("P2", None, None)],
        "people": ["Dolores Grant"],
    },
    {
        "name": "streamer-break-youtube-handle-and-x-reply",
        "text": (
            "Kevin Alvarez, the gaming streamer who goes by “Kade” online, said in a YouTube video "
            "on Friday that he is taking an indefinite break from streaming.\n\n"
            "“I have not had a day off in three years,” Alvarez said in the video. “My body is "
            "telling me to stop, so I am listening.”\n\n"
            "Fellow streamer Rachel Tan wrote on X that she supported him: “Take all the time you "
            "need.”"
        ),
        "quotes": [
            ("I have not had a day off in three years,", "Kevin Alvarez", False, "P1"),
            ("My body is telling me to stop, so I am listening.", "Kevin Alvarez", False, "P1"),
            ("Take all the time you need.", "Rachel Tan", False, "P2"),
        ],
        "posts": [("P1", "Kevin Alvarez", "YouTube"), ("P2", "Rachel Tan", "X")],
        "people": ["Kevin Alvarez", "Rachel Tan"],
    },
    {
        "name": "concession-speech-and-victory-party",
        "text": (
            "Republican Dale Whitaker conceded the race for Arizona’s 6th Congressional District "
            "early Wednesday, ending a campaign that drew nearly $30 million in outside spending.\n\n"
            "“The voters have spoken, and I respect their decision,” Whitaker told supporters "
            "gathered in a hotel ballroom in Tucson. He said he had called Democrat Elena Marquez "
            "to congratulate her, and he later thanked his volunteers in a post on X.\n\n"
            "Marquez, a former schoolteacher, will be the first Latina to represent the district. "
            "“This win belongs to every family that has ever been told to wait its turn,” she said "
            "at her election-night party."
        ),
        "quotes": [
            ("The voters have spoken, and I respect their decision,", "Dale Whitaker", False, None),
            (
                "This win belongs to every family that has ever been told to wait its turn,",
                "Elena Marquez",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Dale Whitaker", "X")],
        "people": ["Dale Whitaker", "Elena Marquez"],
    },
    {
        "name": "volcanologist-tells-npr",
        "text": (
            "Volcanologist Ingrid Solberg told NPR on Tuesday that the eruption in southwest "
            "Iceland could continue for months.\n\n"
            "“There is no sign that the magma supply is slowing down,” Solberg said. “We are "
            "watching it very closely.”\n\n"
            "Residents of the nearby fishing town have been evacuated three times since November."
        ),
        "quotes": [
            (
                "There is no sign that the magma supply is slowing down,",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("We are watching it very closely.", "Ingrid Solberg", False, "P1"),
        ],
        "posts": [("P1", "Ingrid Solberg", "NPR")],
        "people": ["Ingrid Solberg"],
    },
    {
        "name": "named-publicist-statement-and-singer-caption",
        "text": (
            "Singer Alana Price has canceled the remaining dates of her European tour because of a "
            "vocal cord injury.\n\n"
            "“Alana is heartbroken to disappoint her fans, but her doctors have ordered complete "
            "vocal rest,” her publicist, Jordan Meyers, said in a statement on Tuesday. Ticket "
            "holders will receive full refunds.\n\n"
            "Price later posted a short video on Instagram thanking fans for their messages. “Back "
            "soon, I promise,” she wrote in the caption."
        ),
        "quotes": [
            (
                "Alana is heartbroken to disappoint her fans, but her doctors have ordered complete vocal rest,",
                "Jordan Meyers",
                False,
                "P1",
            ),
            ("Back soon, I promise,", "Alana Price", False, "P2"),
        ],
        "posts": [("P1", "Jordan Meyers", None), ("P2", "Alana Price", "Instagram")],
        "people": ["Alana Price", "Jordan Meyers"],
    },
    {
        "name": "grading-scale-term-in-marks-no-quotes",
        "text": (
            "The Brookfield school district will replace letter grades with a four-point “mastery” "
            "scale in its middle schools next fall, joining a growing number of districts that "
            "have moved to standards-based grading.\n\n"
            "The change follows a two-year pilot at two of the district’s schools, where failing "
            "grades fell by a third. Superintendent Karen Ostrowski is expected to present the "
            "plan to parents at a meeting next month."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Karen Ostrowski"],
    },
    {
        "name": "sheriff-facebook-live-multi-paragraph-and-mother-on-tv",
        "text": (
            "Sheriff Dwayne Harlan used a live video on Facebook on Wednesday night to ask for the "
            "public’s help in finding a 16-year-old girl who disappeared after leaving a friend’s "
            "house.\n\n"
            "“If you saw anything, if you heard anything, call us. It does not matter how small it "
            "seems.\n\n"
            "“Somebody out there knows where she is,” Harlan said.\n\n"
            "The girl’s mother, Tracy Bowen, pleaded with her daughter to come home in an "
            "interview with WSB-TV. “We are not mad, baby. We just want you back,” she said."
        ),
        "quotes": [
            (
                "If you saw anything, if you heard anything, call us. It does not matter how small it seems.",
                "Dwayne Harlan",
                False,
                "P1",
            ),
            ("Somebody out there knows where she is,", "Dwayne Harlan", False, "P1"),
            ("We are not mad, baby. We just want you back,", "Tracy Bowen", False, "P2"),
        ],
        "posts": [("P1", "Dwayne Harlan", "Facebook"), ("P2", "Tracy Bowen", "WSB-TV")],
        "people": ["Dwayne Harlan", "Tracy Bowen"],
    },
    {
        "name": "reality-contestant-podcast-ex-tiktok",
        "text": (
            "Former “Island Hearts” contestant Chloe Danner opened up about her breakup on this "
            "week’s episode of the “Unfiltered” podcast.\n\n"
            "“He broke up with me over a text. After two years,” Danner said.\n\n"
            "Her ex, Tyler Voss, addressed the episode in a TikTok on Thursday. “There are two "
            "sides to every story,” he said, adding that he wished her “nothing but the best.”"
        ),
        "quotes": [
            ("He broke up with me over a text. After two years,", "Chloe Danner", False, "P1"),
            ("There are two sides to every story,", "Tyler Voss", False, "P2"),
            ("nothing but the best.", "Tyler Voss", True, "P2"),
        ],
        "posts": [("P1", "Chloe Danner", "Unfiltered"), ("P2", "Tyler Voss", "TikTok")],
        "people": ["Chloe Danner", "Tyler Voss"],
    },
    {
        "name": "signal-failure-no-quotes",
        "text": (
            "Commuters on the Red Line faced delays of up to an hour on Monday morning after a "
            "signal failure near Central Station, transit officials said.\n\n"
            "The problem was fixed by 9:30 a.m., but trains ran behind schedule for the rest of "
            "the morning rush. It was the third major disruption on the line this month. Transit "
            "board chair Omar Haddad has called for an independent review of the signal system, "
            "which dates to the 1980s."
        ),
        "quotes": [],
        "posts": [],
        "people": ["Omar Haddad"],
    },
    {
        "name": "museum-repatriation-director-nyt-estate-statement",
        "text": (
            "The Harlow Museum of Art will return a 14th-century bronze statue to Cambodia after "
            "an investigation found that it had been looted in the 1970s.\n\n"
            "“Keeping it would have been indefensible,” museum director Simone Achebe told The New "
            "York Times. “It belongs to the people it was taken from.”\n\n"
            "The museum also removed a painting by Raúl Espinoza from its permanent collection "
            "last month, after questions about its provenance. The artist’s estate said in a "
            "statement that it was “cooperating fully.”"
        ),
        "quotes": [
            ("Keeping it would have been indefensible,", "Simone Achebe", False, "P1"),
            ("It belongs to the people it was taken from.", "Simone Achebe", False, "P1"),
            ("cooperating fully.", None, True, "P2"),
        ],
        "posts": [("P1", "Simone Achebe", "The New York Times"), ("P2", None, None)],
        "people": ["Simone Achebe", "Raúl Espinoza"],
    },
]
