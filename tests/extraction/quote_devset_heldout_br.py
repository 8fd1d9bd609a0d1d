"""The sixty-fourth self-made dev set, held out (BR): its first run is an unseen estimate.

Written with set BS, without reading the extraction rules, and committed before
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
- Posts are numbered in the order the text first mentions them, even when the
  first mention comes before any quote from the post or its author is named
  only later (an op-ed, a memo, a TikTok video).
- A post that no quote comes from (a restaurant group's news release about an
  audit) is still listed.
- A reply on X or Threads "under her post" / "under the post" is a comment
  under that post; a clip shared "in a post of his own" is a new X post.
- "Posted again" the next morning, with no platform named, is a second post on
  the platform named before (X).
- An agency's or school district's post on Facebook or X has author None; the
  agency's "second post" is a new post, and "the agency posted" right after
  "the agency said on X" is the same first post.
- A letter or statement by a named person (a superintendent's letter to
  families, a team owner's letter to season-ticket holders, a statement by a
  band's named representative) is that person's post with no platform, even
  when the person writes for an organisation; a sports federation's statement
  has author None.
- A news release by a police department that quotes its chief: the post's
  author is None, the quote's speaker is the chief.
- A memo's author named only in the next sentence ("A memo from Riverton's city
  manager ... City Manager Folasade Akindele-Burke") is the memo's author and
  the speaker of the fragment it "says"; a memo "obtained by" a newspaper keeps
  platform None.
- A judge's written ruling is the judge's post (no platform); an old Instagram
  post shown to jurors at trial is the defendant's Instagram post.
- A lawsuit filed by an advocacy group for unnamed workers has author None, and
  words it says unnamed managers used speak as None; words a lawsuit filed by a
  named person "says" are that person's.
- A campaign is an organisation: a campaign's YouTube ad and a campaign's
  statement have author None, and the ad's unnamed narrator speaks as None.
- A station named by its call letters is the platform as written ("WPAL Radio",
  "WDUN-TV"); a named show on a station ("WDHC's "Morning Drive"") has the show
  as platform; a newspaper's platform keeps a capitalised "The" as written, and
  a curly apostrophe in an outlet's name is kept ("Bookseller’s Review").
- A quote "told Price" (the host named in the show's title) right after the
  show appearance, and a quote said "on the program", belong to that show.
- A quote given at a book festival, at a postgame news conference, at a
  committee hearing, to reporters afterwards, "said" with no place named, or
  "said in an interview" with no outlet is not a post.
- A sentence split by the attribution ("The judge," Farah said, "punished ...")
  gives two quotes, both not partial.
- A quote inside a quote, in single marks (‘under review,’), is part of the
  outer quote and not a quote of its own.
- A one-word comment given whole ("GOAT.") and a caption given whole
  ("Grateful. Always.") are quotes, not partial, not nicknames.
- The title of a Reddit thread and the title of a Substack essay in marks are
  titles, not quotes; the thread's unnamed author speaks as None.
- A relative named by first name only ("Her daughter, Celeste") has that first
  name as canonical name and is listed in people.
- Named storms and fires, towns (Esperanza), a fictional character (Aric) and a
  company named after people (Larchmont & Reyes) are not people; a host named
  in a show's title (Desmond Price) is.
- A quote over two paragraphs, with the attribution only after the second, is
  one quote per paragraph with the same speaker and post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BR: list[dict] = [
    {
        "name": "senator-x-post-reply-and-hallway",
        "text": (
            "Sen. Marisol Okonkwo-Reyes said Tuesday that she would vote against the "
            "administration’s border funding bill, announcing her decision in a post on X hours "
            "before a key procedural vote.\n\n"
            "“I cannot support a bill that spends $14 billion and fixes nothing,” the Nevada "
            "Democrat wrote. “Send us something serious.”\n\n"
            "Within minutes, Rep. Dariusz Kowalczyk, a Republican who helped draft the measure, "
            "replied under her post: “The senator voted for the same language in March.” He "
            "later shared a clip of her March floor speech in a post of his own, writing: “Same "
            "senator, same words, different vote.”\n\n"
            "Okonkwo-Reyes did not back down when reporters caught her outside the chamber. "
            "“What I voted for in March had oversight in it,” she said. “This one doesn’t.”\n\n"
            "The bill failed, 47-53."
        ),
        "quotes": [
            (
                "I cannot support a bill that spends $14 billion and fixes nothing,",
                "Marisol Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("Send us something serious.", "Marisol Okonkwo-Reyes", False, "P1"),
            ("The senator voted for the same language in March.", "Dariusz Kowalczyk", False, "P1"),
            ("Same senator, same words, different vote.", "Dariusz Kowalczyk", False, "P2"),
            (
                "What I voted for in March had oversight in it,",
                "Marisol Okonkwo-Reyes",
                False,
                None,
            ),
            ("This one doesn’t.", "Marisol Okonkwo-Reyes", False, None),
        ],
        "posts": [("P1", "Marisol Okonkwo-Reyes", "X"), ("P2", "Dariusz Kowalczyk", "X")],
        "people": ["Marisol Okonkwo-Reyes", "Dariusz Kowalczyk"],
    },
    {
        "name": "school-district-facebook-parent-comment-letter",
        "text": (
            "The Harlow County School District said on Facebook on Wednesday that classes at "
            "Pine Ridge Middle School would move online for the rest of the week after a burst "
            "pipe flooded the building’s east wing.\n\n"
            "“Student safety comes first, and the building is not safe right now,” the district "
            "wrote in the post.\n\n"
            "Hundreds of parents responded beneath it. “Third closure this year. When does the "
            "board fix the roof?” wrote Tamika Brandt, whose two sons attend the school.\n\n"
            "Superintendent Gregory Aldana said in a letter to families that repairs would cost "
            "“well over $200,000” and that the district had filed an insurance claim.\n\n"
            "At a board meeting that night, trustee Ines Villalobos called the building “a "
            "patchwork of emergency fixes” and asked colleagues to put a bond measure on the "
            "November ballot."
        ),
        "quotes": [
            (
                "Student safety comes first, and the building is not safe right now,",
                None,
                False,
                "P1",
            ),
            (
                "Third closure this year. When does the board fix the roof?",
                "Tamika Brandt",
                False,
                "P1",
            ),
            ("well over $200,000", "Gregory Aldana", True, "P2"),
            ("a patchwork of emergency fixes", "Ines Villalobos", True, None),
        ],
        "posts": [("P1", None, "Facebook"), ("P2", "Gregory Aldana", None)],
        "people": ["Tamika Brandt", "Gregory Aldana", "Ines Villalobos"],
    },
    {
        "name": "hurricane-agency-facebook-tiktok-radio-release",
        "text": (
            "Hurricane Delphine made landfall near Port Albright early Saturday as a Category 3 "
            "storm, knocking out power to more than 300,000 customers.\n\n"
            "The Gulf Coast Emergency Management Agency urged residents on Facebook to stay off "
            "flooded roads. “Turn around, don’t drown. Two feet of moving water can carry away "
            "an SUV,” the agency posted.\n\n"
            "Gov. Rosalind Achterberg said at a briefing in the state capital that the National "
            "Guard had carried out 140 rescues overnight. “We are not done,” she said. “People "
            "are still on rooftops.”\n\n"
            "In a TikTok video filmed from his porch, Port Albright resident Kenji Matsumura "
            "showed brown water lapping at the top step. “I’ve lived here 40 years and never "
            "seen it this high,” the retired shrimper said in the clip, which had more than two "
            "million views by Saturday afternoon.\n\n"
            "Mayor Obinna Eze told WPAL Radio that the city’s pumps were “running at full "
            "capacity and still losing.” Gulf Electric said in a news release that some "
            "customers could be without power “for up to 10 days.”"
        ),
        "quotes": [
            (
                "Turn around, don’t drown. Two feet of moving water can carry away an SUV,",
                None,
                False,
                "P1",
            ),
            ("We are not done,", "Rosalind Achterberg", False, None),
            ("People are still on rooftops.", "Rosalind Achterberg", False, None),
            (
                "I’ve lived here 40 years and never seen it this high,",
                "Kenji Matsumura",
                False,
                "P2",
            ),
            ("running at full capacity and still losing.", "Obinna Eze", True, "P3"),
            ("for up to 10 days.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Kenji Matsumura", "TikTok"),
            ("P3", "Obinna Eze", "WPAL Radio"),
            ("P4", None, "press release"),
        ],
        "people": ["Rosalind Achterberg", "Kenji Matsumura", "Obinna Eze"],
    },
    {
        "name": "coach-lawsuit-university-statement",
        "text": (
            "A former assistant basketball coach at Kestrel State University has sued the "
            "school, saying she was fired for reporting that players were being steered away "
            "from difficult classes.\n\n"
            "The lawsuit, filed Monday in federal court by Danielle Oyelaran-Fitch, says the "
            "athletic department treated academic advisers as “an obstacle to be managed” and "
            "that athletic director Craig Lundqvist ignored two written complaints. It seeks $3 "
            "million in damages.\n\n"
            "“Universities love to talk about the student in student-athlete,” Oyelaran-Fitch, "
            "36, said in an interview. “I took them at their word.”\n\n"
            "The university said in a statement that it “does not comment on pending "
            "litigation” but that her dismissal was “entirely unrelated to any report she "
            "made.”\n\n"
            "Lundqvist did not respond to a request for comment."
        ),
        "quotes": [
            ("an obstacle to be managed", "Danielle Oyelaran-Fitch", True, "P1"),
            (
                "Universities love to talk about the student in student-athlete,",
                "Danielle Oyelaran-Fitch",
                False,
                None,
            ),
            ("I took them at their word.", "Danielle Oyelaran-Fitch", False, None),
            ("does not comment on pending litigation", None, True, "P2"),
            ("entirely unrelated to any report she made.", None, True, "P2"),
        ],
        "posts": [("P1", "Danielle Oyelaran-Fitch", None), ("P2", None, None)],
        "people": ["Danielle Oyelaran-Fitch", "Craig Lundqvist"],
    },
    {
        "name": "goalkeeper-instagram-retirement-comments-podcast",
        "text": (
            "Goalkeeper Ana Lúcia Ferraz announced her retirement from international soccer on "
            "Sunday in an Instagram post showing her first national team jersey, folded on a "
            "locker-room bench.\n\n"
            "“Eighteen years, 141 caps, one dream that came true every time I pulled this on,” "
            "she wrote. “Obrigada por tudo.”\n\n"
            "Teammates filled the comments. “The best to ever guard our net,” wrote defender "
            "Mireille Tchouaméni. Captain Hollis Brandvold added simply: “GOAT.”\n\n"
            "The national federation said in a statement that Ferraz had “defined an era for "
            "the women’s game.”\n\n"
            "The 35-year-old had hinted at the decision last month on the “Full Ninety” "
            "podcast, telling host Rafe Delacroix that her knees were “negotiating with me "
            "every morning.”"
        ),
        "quotes": [
            (
                "Eighteen years, 141 caps, one dream that came true every time I pulled this on,",
                "Ana Lúcia Ferraz",
                False,
                "P1",
            ),
            ("Obrigada por tudo.", "Ana Lúcia Ferraz", False, "P1"),
            ("The best to ever guard our net,", "Mireille Tchouaméni", False, "P1"),
            ("GOAT.", "Hollis Brandvold", False, "P1"),
            ("defined an era for the women’s game.", None, True, "P2"),
            ("negotiating with me every morning.", "Ana Lúcia Ferraz", True, "P3"),
        ],
        "posts": [
            ("P1", "Ana Lúcia Ferraz", "Instagram"),
            ("P2", None, None),
            ("P3", "Ana Lúcia Ferraz", "Full Ninety"),
        ],
        "people": ["Ana Lúcia Ferraz", "Mireille Tchouaméni", "Hollis Brandvold", "Rafe Delacroix"],
    },
    {
        "name": "singer-tiktok-apology-two-paragraphs",
        "text": (
            "Pop singer Zaria Quinlan-Moss apologized on Thursday for remarks about her former "
            "bandmates, saying in a TikTok video that she had “let the bitterness talk.”\n\n"
            "“I said things on that podcast I don’t believe, and I said them about people who "
            "carried me for years.\n\n"
            "“I’m sorry, and I’ll say it to their faces too,” the 29-year-old said in the two-"
            "minute video.\n\n"
            "The remarks, made last week on the “Late Checkout” podcast, had described the "
            "group’s 2019 tour as “a prison with a setlist.”\n\n"
            "Priya Venkataraman, a representative for the band’s remaining members, said in a "
            "statement that they “appreciate the apology and wish Zaria well.”"
        ),
        "quotes": [
            ("let the bitterness talk.", "Zaria Quinlan-Moss", True, "P1"),
            (
                "I said things on that podcast I don’t believe, and I said them about people who carried me for years.",
                "Zaria Quinlan-Moss",
                False,
                "P1",
            ),
            ("I’m sorry, and I’ll say it to their faces too,", "Zaria Quinlan-Moss", False, "P1"),
            ("a prison with a setlist.", "Zaria Quinlan-Moss", True, "P2"),
            ("appreciate the apology and wish Zaria well.", "Priya Venkataraman", True, "P3"),
        ],
        "posts": [
            ("P1", "Zaria Quinlan-Moss", "TikTok"),
            ("P2", "Zaria Quinlan-Moss", "Late Checkout"),
            ("P3", "Priya Venkataraman", None),
        ],
        "people": ["Zaria Quinlan-Moss", "Priya Venkataraman"],
    },
    {
        "name": "break-ins-police-release-lawyer-mother",
        "text": (
            "Police in Carver Falls arrested a 22-year-old man on Friday in connection with a "
            "string of break-ins at downtown businesses, the department said in a news release.\n\n"
            "The release said officers recovered “several thousand dollars in stolen "
            "merchandise” from a rented storage unit. Chief Lorraine Mbeki-Hartley was quoted "
            "in it as saying: “This arrest is the result of patient, old-fashioned police "
            "work.”\n\n"
            "The suspect, Tyler Roanoke, was being held on $50,000 bail. His lawyer, Samuel "
            "Adeyemi-Clarke, told The Carver Falls Courier that his client “has never been in "
            "trouble before and intends to fight these charges.” His mother, Denise Roanoke, "
            "wrote on Facebook that he was “a good kid who made some bad friends.”\n\n"
            "Rosa Inchausti, whose bakery was broken into twice in May, said she was relieved. "
            "“I slept in the back room for a week with a baseball bat,” she said."
        ),
        "quotes": [
            ("several thousand dollars in stolen merchandise", None, True, "P1"),
            (
                "This arrest is the result of patient, old-fashioned police work.",
                "Lorraine Mbeki-Hartley",
                False,
                "P1",
            ),
            (
                "has never been in trouble before and intends to fight these charges.",
                "Samuel Adeyemi-Clarke",
                True,
                "P2",
            ),
            ("a good kid who made some bad friends.", "Denise Roanoke", True, "P3"),
            (
                "I slept in the back room for a week with a baseball bat,",
                "Rosa Inchausti",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Samuel Adeyemi-Clarke", "The Carver Falls Courier"),
            ("P3", "Denise Roanoke", "Facebook"),
        ],
        "people": [
            "Lorraine Mbeki-Hartley",
            "Tyler Roanoke",
            "Samuel Adeyemi-Clarke",
            "Denise Roanoke",
            "Rosa Inchausti",
        ],
    },
    {
        "name": "language-cuts-oped-email-campus-paper",
        "text": (
            "The president of Merrivale University defended the school’s decision to cut three "
            "language programs in an email to faculty on Tuesday, a day after a professor’s op-"
            "ed in The Boston Ledger called the cuts “an act of cultural vandalism.”\n\n"
            "“No one takes these decisions lightly,” President Halvard Sørensen wrote. “But we "
            "cannot keep subsidizing programs that enroll fewer than ten majors.”\n\n"
            "The op-ed’s author, Mariam Al-Khatib, who has taught Arabic at Merrivale for 19 "
            "years, wrote that the university had “quietly starved these departments and then "
            "blamed them for being hungry.”\n\n"
            "About 200 students held a sit-in outside the administration building on Wednesday. "
            "“We were told in September that our major was ‘under review,’ and then we read in "
            "a newspaper that it was gone,” Luca Benedetti, a junior studying Italian, told "
            "The Merrivale Spectator, the campus paper."
        ),
        "quotes": [
            ("an act of cultural vandalism.", "Mariam Al-Khatib", True, "P2"),
            ("No one takes these decisions lightly,", "Halvard Sørensen", False, "P1"),
            (
                "But we cannot keep subsidizing programs that enroll fewer than ten majors.",
                "Halvard Sørensen",
                False,
                "P1",
            ),
            (
                "quietly starved these departments and then blamed them for being hungry.",
                "Mariam Al-Khatib",
                True,
                "P2",
            ),
            (
                "We were told in September that our major was ‘under review,’ and then we read in a newspaper that it was gone,",
                "Luca Benedetti",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Halvard Sørensen", None),
            ("P2", "Mariam Al-Khatib", "The Boston Ledger"),
            ("P3", "Luca Benedetti", "The Merrivale Spectator"),
        ],
        "people": ["Halvard Sørensen", "Mariam Al-Khatib", "Luca Benedetti"],
    },
    {
        "name": "fantasy-series-ending-release-youtube-late-show",
        "text": (
            "The studio behind the fantasy series “Ashes of Vantor” confirmed on Monday that "
            "the show would end after its fourth season, a week after its lead actor hinted at "
            "the news on YouTube.\n\n"
            "“We are proud to bring the story to the ending its creators always intended,” "
            "Northgate Pictures said in a press release.\n\n"
            "In a video posted to his YouTube channel the previous Monday, Callum Fairweather-"
            "Ndiaye told fans he had just filmed “the last scene I’ll ever shoot as Aric.” Fans "
            "spent days dissecting the clip.\n\n"
            "His co-star Soo-ah Park posted an Instagram story on Monday showing the two of "
            "them on set. “Four years. What a ride,” she wrote over the photo.\n\n"
            "Fairweather-Ndiaye appeared that evening on “The Late Hour with Desmond Price,” "
            "where he said the cast had learned of the decision “about ten minutes before the "
            "internet did.”\n\n"
            "“Honestly, I cried in a parking lot,” he told Price."
        ),
        "quotes": [
            (
                "We are proud to bring the story to the ending its creators always intended,",
                None,
                False,
                "P1",
            ),
            ("the last scene I’ll ever shoot as Aric.", "Callum Fairweather-Ndiaye", True, "P2"),
            ("Four years. What a ride,", "Soo-ah Park", False, "P3"),
            ("about ten minutes before the internet did.", "Callum Fairweather-Ndiaye", True, "P4"),
            ("Honestly, I cried in a parking lot,", "Callum Fairweather-Ndiaye", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Callum Fairweather-Ndiaye", "YouTube"),
            ("P3", "Soo-ah Park", "Instagram"),
            ("P4", "Callum Fairweather-Ndiaye", "The Late Hour with Desmond Price"),
        ],
        "people": ["Callum Fairweather-Ndiaye", "Soo-ah Park", "Desmond Price"],
    },
    {
        "name": "road-money-memo-nextdoor-mayor",
        "text": (
            "A memo from Riverton’s city manager warning that the city could run out of money "
            "for road repairs by March has set off a fight on the City Council.\n\n"
            "The memo, sent to council members on Oct. 3 and obtained by The Riverton Gazette, "
            "says the paving fund faces “a structural gap we can no longer bridge with one-time "
            "money.” In it, City Manager Folasade Akindele-Burke recommends pausing 11 "
            "projects.\n\n"
            "Council member Tomás Echeverría-Lund answered in a post on Nextdoor, telling "
            "residents of his district that “the potholes on Alder Street are not a one-time "
            "problem either.”\n\n"
            "“I was elected to fix streets, not to manage decline,” he wrote.\n\n"
            "Mayor Bernadette Walsh-Okafor, asked about the memo at a news conference, said she "
            "had not decided whether to back the pause. “Nobody on this council wants to tell "
            "a neighborhood its road has to wait,” she said. “But somebody is going to have "
            "to.”"
        ),
        "quotes": [
            (
                "a structural gap we can no longer bridge with one-time money.",
                "Folasade Akindele-Burke",
                True,
                "P1",
            ),
            (
                "the potholes on Alder Street are not a one-time problem either.",
                "Tomás Echeverría-Lund",
                True,
                "P2",
            ),
            (
                "I was elected to fix streets, not to manage decline,",
                "Tomás Echeverría-Lund",
                False,
                "P2",
            ),
            (
                "Nobody on this council wants to tell a neighborhood its road has to wait,",
                "Bernadette Walsh-Okafor",
                False,
                None,
            ),
            ("But somebody is going to have to.", "Bernadette Walsh-Okafor", False, None),
        ],
        "posts": [
            ("P1", "Folasade Akindele-Burke", None),
            ("P2", "Tomás Echeverría-Lund", "Nextdoor"),
        ],
        "people": ["Folasade Akindele-Burke", "Tomás Echeverría-Lund", "Bernadette Walsh-Okafor"],
    },
    {
        "name": "hockey-coach-presser-player-x-posts-straight-quotes",
        "text": (
            "The Halifax Tidewater fell 4-1 to Montreal on Saturday, and coach Rasmus "
            "Vinterberg did not hide his anger at the officiating.\n\n"
            "\"That's the worst-called game I've seen in 20 years in this league,\" Vinterberg "
            'said at his postgame news conference. "And I\'ve seen some bad ones."\n\n'
            "Forward Kwame Asante-Boateng, who was ejected in the second period for his goal "
            "celebration, took to X after the game. \"Apparently you can't celebrate a goal "
            'anymore. Noted," he posted.\n\n'
            'He deleted the post overnight, and on Sunday morning posted again: "Emotions got '
            'the best of me. Respect to the officials."\n\n'
            "The league said in a statement Sunday that it would review the ejection and that "
            'Vinterberg\'s comments "will be addressed separately."'
        ),
        "quotes": [
            (
                "That's the worst-called game I've seen in 20 years in this league,",
                "Rasmus Vinterberg",
                False,
                None,
            ),
            ("And I've seen some bad ones.", "Rasmus Vinterberg", False, None),
            (
                "Apparently you can't celebrate a goal anymore. Noted,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            (
                "Emotions got the best of me. Respect to the officials.",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            ("will be addressed separately.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "X"),
            ("P2", "Kwame Asante-Boateng", "X"),
            ("P3", None, None),
        ],
        "people": ["Rasmus Vinterberg", "Kwame Asante-Boateng"],
    },
    {
        "name": "cabinet-resignation-letter-bluesky-tv-show",
        "text": (
            "Interior Secretary Harriet Mwangi-Dalton resigned on Thursday, writing in a letter "
            "to the president that she could no longer defend “decisions made without me and "
            "announced before I was told.”\n\n"
            "The letter, dated Wednesday, is two paragraphs long. “I leave with gratitude for "
            "the career staff of this department,” it says. “They deserved better than the last "
            "six months.”\n\n"
            "White House press secretary Jonah Whitcombe told reporters at the daily briefing "
            "that the president “thanks Secretary Mwangi-Dalton for her service” and would name "
            "a successor soon.\n\n"
            "Sen. Abigail Thorsby, who chairs the committee that oversees the department, wrote "
            "on Bluesky that the resignation was “long overdue and not nearly enough.” On "
            "Friday, Thorsby told CBN’s “Capitol Week” that she would call the secretary’s "
            "deputy to testify.\n\n"
            "“We will find out who was making these decisions,” she said on the program."
        ),
        "quotes": [
            (
                "decisions made without me and announced before I was told.",
                "Harriet Mwangi-Dalton",
                True,
                "P1",
            ),
            (
                "I leave with gratitude for the career staff of this department,",
                "Harriet Mwangi-Dalton",
                False,
                "P1",
            ),
            (
                "They deserved better than the last six months.",
                "Harriet Mwangi-Dalton",
                False,
                "P1",
            ),
            ("thanks Secretary Mwangi-Dalton for her service", "Jonah Whitcombe", True, None),
            ("long overdue and not nearly enough.", "Abigail Thorsby", True, "P2"),
            ("We will find out who was making these decisions,", "Abigail Thorsby", False, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Mwangi-Dalton", None),
            ("P2", "Abigail Thorsby", "Bluesky"),
            ("P3", "Abigail Thorsby", "Capitol Week"),
        ],
        "people": ["Harriet Mwangi-Dalton", "Jonah Whitcombe", "Abigail Thorsby"],
    },
    {
        "name": "wildfire-agency-x-posts-facebook-daughter-report",
        "text": (
            "Firefighters had contained 40% of the Cobalt Ridge fire by Tuesday evening, the "
            "state forestry agency said on X, but gusty winds expected overnight could push it "
            "toward the town of Esperanza.\n\n"
            "“Crews are holding the line on the east flank. Winds tonight will test that line,” "
            "the agency posted shortly after 6 p.m. In a second post an hour later, it added: "
            "“If you are in Zone 4 and told to leave, leave now.”\n\n"
            "Among those who left was Marguerite Oduya-Lindqvist, 71, who shared a photo on "
            "Facebook of her living room as she walked out of it. “Everything I couldn’t fit in "
            "the car is in this picture,” she wrote. Her daughter, Celeste, commented below: "
            "“Mom, the car doesn’t matter. You’re what matters.”\n\n"
            "A county after-action report on last year’s Pine Hollow fire had warned that "
            "Esperanza’s single access road was “a trap in any wind-driven event.”"
        ),
        "quotes": [
            (
                "Crews are holding the line on the east flank. Winds tonight will test that line,",
                None,
                False,
                "P1",
            ),
            ("If you are in Zone 4 and told to leave, leave now.", None, False, "P2"),
            (
                "Everything I couldn’t fit in the car is in this picture,",
                "Marguerite Oduya-Lindqvist",
                False,
                "P3",
            ),
            ("Mom, the car doesn’t matter. You’re what matters.", "Celeste", False, "P3"),
            ("a trap in any wind-driven event.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "X"),
            ("P3", "Marguerite Oduya-Lindqvist", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Marguerite Oduya-Lindqvist", "Celeste"],
    },
    {
        "name": "assemblyman-sentenced-ruling-instagram-evidence",
        "text": (
            "A federal judge in Sacramento on Wednesday sentenced former state Assemblyman "
            "Victor Almeida-Strand to 30 months in prison for steering $1.2 million in state "
            "grants to a nonprofit run by his brother-in-law.\n\n"
            "In a 14-page written ruling, U.S. District Judge Noriko Hashimoto-Bell said "
            "Almeida-Strand had treated the grant program “as a family checking account” and "
            "showed “no real remorse until the verdict was read.”\n\n"
            "At trial, prosecutors had shown jurors a 2021 Instagram post in which Almeida-"
            "Strand, pictured at the nonprofit’s ribbon-cutting, wrote: “Proud to deliver for "
            "my district!”\n\n"
            "Outside the courthouse, his attorney, Gwendolyn Farah, said her client would "
            "appeal. “The judge,” Farah said, “punished a man for a paperwork failure. We will "
            "be heard in the Ninth Circuit.”\n\n"
            "The U.S. attorney’s office said in a statement that the sentence “sends a clear "
            "message to every official who confuses public money with their own.”"
        ),
        "quotes": [
            ("as a family checking account", "Noriko Hashimoto-Bell", True, "P1"),
            ("no real remorse until the verdict was read.", "Noriko Hashimoto-Bell", True, "P1"),
            ("Proud to deliver for my district!", "Victor Almeida-Strand", False, "P2"),
            ("The judge,", "Gwendolyn Farah", False, None),
            (
                "punished a man for a paperwork failure. We will be heard in the Ninth Circuit.",
                "Gwendolyn Farah",
                False,
                None,
            ),
            (
                "sends a clear message to every official who confuses public money with their own.",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Noriko Hashimoto-Bell", None),
            ("P2", "Victor Almeida-Strand", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Victor Almeida-Strand", "Noriko Hashimoto-Bell", "Gwendolyn Farah"],
    },
    {
        "name": "novelist-substack-essay-publisher-statement",
        "text": (
            "Novelist Temperance Oyelowo-Grant said this week that she would pull her next "
            "novel, “The Salt Orchard,” from its publisher after learning that an AI voice had "
            "been used to record a sample of its audiobook.\n\n"
            "In an essay on Substack titled “Not in My Voice,” Oyelowo-Grant wrote that she had "
            "“found out the same way everyone else will: by listening.”\n\n"
            "“A book is not a dataset,” she wrote. “It is the one thing I make that is entirely "
            "mine.”\n\n"
            "Her publisher, Larchmont & Reyes, said in a statement that the recording was “a "
            "test file, never intended for release,” and that it regretted the confusion. Her "
            "agent, Sunniva Halvorsen, told Bookseller’s Review that talks with the publisher "
            "were “ongoing and cordial.”\n\n"
            "At the Bay Books Festival on Saturday, days before the essay appeared, Oyelowo-"
            "Grant had joked that she was “the last writer in America who still owns a fax "
            "machine.”"
        ),
        "quotes": [
            (
                "found out the same way everyone else will: by listening.",
                "Temperance Oyelowo-Grant",
                True,
                "P1",
            ),
            ("A book is not a dataset,", "Temperance Oyelowo-Grant", False, "P1"),
            (
                "It is the one thing I make that is entirely mine.",
                "Temperance Oyelowo-Grant",
                False,
                "P1",
            ),
            ("a test file, never intended for release,", None, True, "P2"),
            ("ongoing and cordial.", "Sunniva Halvorsen", True, "P3"),
            (
                "the last writer in America who still owns a fax machine.",
                "Temperance Oyelowo-Grant",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Temperance Oyelowo-Grant", "Substack"),
            ("P2", None, None),
            ("P3", "Sunniva Halvorsen", "Bookseller’s Review"),
        ],
        "people": ["Temperance Oyelowo-Grant", "Sunniva Halvorsen"],
    },
    {
        "name": "teacher-tiktok-ceiling-memo-tv-parent-comment",
        "text": (
            "A high school chemistry teacher in Dunmore Township says she was told to take down "
            "a TikTok video showing ceiling tiles falling into her classroom.\n\n"
            "The video, posted Sept. 9 by Keisha Underwood-Marsh, has been viewed 3.4 million "
            "times. “This is where 31 kids learn chemistry,” she says in it, panning to a "
            "bucket that catches water under a light fixture. “Welcome back to school.”\n\n"
            "A memo sent to staff two days later by Assistant Superintendent Paul Grzeszczak "
            "reminded teachers that posts showing “students or school facilities” need approval "
            "from the district’s communications office.\n\n"
            "Underwood-Marsh told WDUN-TV on Monday that she had “read it twice, and then "
            "bought a bucket for the other corner.”\n\n"
            "The president of the teachers union, Hector Villanueva, said the district was "
            "“trying to shoot the messenger.” One parent commented under the video: “My "
            "daughter sits under that light. Thank you for posting this.”"
        ),
        "quotes": [
            ("This is where 31 kids learn chemistry,", "Keisha Underwood-Marsh", False, "P1"),
            ("Welcome back to school.", "Keisha Underwood-Marsh", False, "P1"),
            ("students or school facilities", "Paul Grzeszczak", True, "P2"),
            (
                "read it twice, and then bought a bucket for the other corner.",
                "Keisha Underwood-Marsh",
                True,
                "P3",
            ),
            ("trying to shoot the messenger.", "Hector Villanueva", True, None),
            ("My daughter sits under that light. Thank you for posting this.", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Keisha Underwood-Marsh", "TikTok"),
            ("P2", "Paul Grzeszczak", None),
            ("P3", "Keisha Underwood-Marsh", "WDUN-TV"),
        ],
        "people": ["Keisha Underwood-Marsh", "Paul Grzeszczak", "Hector Villanueva"],
    },
    {
        "name": "trade-request-agent-instagram-owner-letter-reddit",
        "text": (
            "Point guard Theo Marchetti-Obi has asked the Columbus Comets to trade him, his "
            "agent, Renata Skoglund, told Courtside Daily on Tuesday.\n\n"
            "“Theo has given this franchise seven years. He wants to compete for a title while "
            "he still can,” Skoglund said.\n\n"
            "Marchetti-Obi, 30, posted a black square on Instagram hours later, captioned "
            "“Grateful. Always.” He turned off comments. Teammate Julien Okafor-Haas wrote on "
            "X: “Whatever happens, that’s my brother.”\n\n"
            "Team owner Bartholomew Kaine responded on Wednesday with a letter to season-ticket "
            "holders. “No player is bigger than this city,” the letter says. “We will only "
            "make a deal that makes us better.”\n\n"
            "On Reddit, a thread titled “Is this the end of the Theo era?” drew more than 8,000 "
            "comments. Its author wrote that fans had “seen this coming for two years.”\n\n"
            "Coach Imani Stroud declined to discuss the request after practice. “He’s here, "
            "he’s working, and that’s all I’m worried about,” she said."
        ),
        "quotes": [
            (
                "Theo has given this franchise seven years. He wants to compete for a title while he still can,",
                "Renata Skoglund",
                False,
                "P1",
            ),
            ("Grateful. Always.", "Theo Marchetti-Obi", False, "P2"),
            ("Whatever happens, that’s my brother.", "Julien Okafor-Haas", False, "P3"),
            ("No player is bigger than this city,", "Bartholomew Kaine", False, "P4"),
            ("We will only make a deal that makes us better.", "Bartholomew Kaine", False, "P4"),
            ("seen this coming for two years.", None, True, "P5"),
            (
                "He’s here, he’s working, and that’s all I’m worried about,",
                "Imani Stroud",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Renata Skoglund", "Courtside Daily"),
            ("P2", "Theo Marchetti-Obi", "Instagram"),
            ("P3", "Julien Okafor-Haas", "X"),
            ("P4", "Bartholomew Kaine", None),
            ("P5", None, "Reddit"),
        ],
        "people": [
            "Theo Marchetti-Obi",
            "Renata Skoglund",
            "Julien Okafor-Haas",
            "Bartholomew Kaine",
            "Imani Stroud",
        ],
    },
    {
        "name": "chef-tips-lawsuit-threads-wife-reply",
        "text": (
            "Twelve former line cooks have sued celebrity chef Ruairí Ó Ceallaigh, accusing his "
            "restaurant group of keeping tips that belonged to staff at three Manhattan "
            "locations.\n\n"
            "The complaint, filed by the Restaurant Workers Justice Project on the cooks’ "
            "behalf, says managers routinely told staff that tips were “the house’s money until "
            "the house says otherwise.”\n\n"
            "Ó Ceallaigh, who hosts the cooking competition “Fire & Salt,” denied the claims on "
            "Threads on Thursday. “I have never taken a cent from anyone who works in my "
            "kitchens, and I will prove it,” the chef wrote.\n\n"
            "His wife, the actress Leilani Kahananui, replied under the post with a single "
            "line: “Proud of you for standing up.”\n\n"
            "The restaurant group said in a news release on Friday that it had hired an outside "
            "firm to audit its payroll. An attorney for the cooks, Dmitri Volkonsky, told The "
            "New York Ledger that the chef’s post “changes nothing about what happened to these "
            "workers.”"
        ),
        "quotes": [
            ("the house’s money until the house says otherwise.", None, True, "P1"),
            (
                "I have never taken a cent from anyone who works in my kitchens, and I will prove it,",
                "Ruairí Ó Ceallaigh",
                False,
                "P2",
            ),
            ("Proud of you for standing up.", "Leilani Kahananui", False, "P2"),
            (
                "changes nothing about what happened to these workers.",
                "Dmitri Volkonsky",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ruairí Ó Ceallaigh", "Threads"),
            ("P3", None, "press release"),
            ("P4", "Dmitri Volkonsky", "The New York Ledger"),
        ],
        "people": ["Ruairí Ó Ceallaigh", "Leilani Kahananui", "Dmitri Volkonsky"],
    },
    {
        "name": "sheriff-race-youtube-ad-campaign-statement-radio-straight-quotes",
        "text": (
            "Two candidates for sheriff in Dade Hollow County traded accusations on Thursday "
            "over a campaign ad about crime.\n\n"
            "The ad, posted to YouTube by the campaign of challenger Marcus Oyelaran-Pike, "
            'claims that violent crime rose 40% under Sheriff Wendell Thibodeaux. "Four years '
            'of excuses. Four years of fear," a narrator says over footage of a burned-out car.\n\n'
            "Thibodeaux's campaign issued a statement calling the ad \"a lie from start to "
            'finish" and noting that county crime data show a 6% increase.\n\n'
            'Oyelaran-Pike stood by the figure in an appearance on WDHC\'s "Morning Drive" radio'
            ' show. "I\'ll put my numbers next to his any day," he said. "His own deputies gave '
            'them to me."\n\n'
            "The two will meet Tuesday in their only scheduled debate."
        ),
        "quotes": [
            ("Four years of excuses. Four years of fear,", None, False, "P1"),
            ("a lie from start to finish", None, True, "P2"),
            ("I'll put my numbers next to his any day,", "Marcus Oyelaran-Pike", False, "P3"),
            ("His own deputies gave them to me.", "Marcus Oyelaran-Pike", False, "P3"),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", None, None),
            ("P3", "Marcus Oyelaran-Pike", "Morning Drive"),
        ],
        "people": ["Marcus Oyelaran-Pike", "Wendell Thibodeaux"],
    },
    {
        "name": "college-president-senate-hearing-no-posts",
        "text": (
            "The president of Alder Bay College told a state Senate committee on Tuesday that "
            "the college could close within two years without emergency aid.\n\n"
            "“We have cut everything that can be cut. We have frozen salaries for three years "
            "and closed two residence halls.\n\n"
            "“What is left is the teaching, and I will not cut the teaching,” Dr. Olufemi "
            "Adeyinka-Ross told the Higher Education Committee.\n\n"
            "State Sen. Kristof Varga, the committee’s chairman, was skeptical. “Every college "
            "that comes in here says it is the last one standing,” he said during the hearing.\n\n"
            "Adeyinka-Ross, 58, said enrollment had fallen by a third since 2019. Asked "
            "afterward by reporters whether the college had found a buyer, she said: “No one is "
            "buying. That is the point.”"
        ),
        "quotes": [
            (
                "We have cut everything that can be cut. We have frozen salaries for three years and closed two residence halls.",
                "Olufemi Adeyinka-Ross",
                False,
                None,
            ),
            (
                "What is left is the teaching, and I will not cut the teaching,",
                "Olufemi Adeyinka-Ross",
                False,
                None,
            ),
            (
                "Every college that comes in here says it is the last one standing,",
                "Kristof Varga",
                False,
                None,
            ),
            ("No one is buying. That is the point.", "Olufemi Adeyinka-Ross", False, None),
        ],
        "posts": [],
        "people": ["Olufemi Adeyinka-Ross", "Kristof Varga"],
    },
]
