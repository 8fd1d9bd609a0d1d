"""The one-hundred-and-twenty-sixth self-made dev set, held out (EB): its first run is an unseen estimate.

Written with set EC, without reading the extraction rules, and committed before
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
inside narration. Every text is about courts, crime, policing, prisons or the
law.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a department's news release, a city's or
  an agency's statement only described) is still listed in posts.
- people lists every named person in the text, speaking or not, in order of
  first mention, by canonical name. Titles such as Judge, Justice, Mrs Justice,
  Chief, Interim Chief, Detective Sgt., the Rev., Sheriff, Warden, Governor,
  Mayor, Council member and Assistant U.S. Attorney are not part of a name.
  Nicknames inside a quote (Mrs. V, Yoli, Seun) are part of the quote's text.
- A judge's written opinion, majority opinion, dissent, order or written
  judgment is that judge's post with no platform; a majority opinion and a
  dissent in the same case are two posts. A governor's clemency order and a
  report released by a named inspector general are likewise that official's
  post with no platform.
- A court filing by unnamed prosecutors, a parole board's decision letter and
  a family's wrongful-death lawsuit have author None and no platform.
- Words a lawsuit reports someone saying ("as he said “I can’t breathe”")
  speak as that person, are partial, and belong to the lawsuit.
- A police department's, sheriff's office's or corrections department's post
  on Facebook or X has author None and its words speak as None. A police news
  release that quotes a detective is a press release with author None, and
  the quote's speaker is the detective; a release in which a mayor accepts a
  resignation is also a press release with author None, and the mayor's words
  in it speak as the mayor.
- A statement from an office, agency, union, federation, civil-liberties group
  or unnamed spokesperson has author None and no platform; an email from a
  named spokeswoman is her post with no platform, and she speaks.
- A written statement by a named relative (a father) is that relative's post
  with no platform; a letter signed by eleven relatives of victims has author
  None (like an open letter) and its words speak as None; a family's statement
  read outside court is still a post with author None.
- A victim impact statement read aloud at a sentencing hearing, testimony and
  questions at trial, and a barrister's words to an inquest jury are said at a
  hearing: not posts. A memo shown to the jury is its writer's post; an old
  post on X shown to the jury is its author's X post.
- Words a client "said through his lawyer" (no statement or other document
  named), "said by phone", "said outside the courthouse" and the story's own
  "said in an interview" are not posts; words given through a lawyer speak as
  the client. A written statement a father released through the family's
  lawyer is the father's post.
- "The BBC’s Newsnight", "WNYC’s The Morning Ledger" and "WBEZ’s Reset" take
  the show's name as platform (Newsnight, The Morning Ledger, Reset); a local
  TV station told an interview (KARE 11, WBRZ) is the platform as written; a
  podcast takes the podcast's name (Second Look). A podcast host's question
  and the answer that follows belong to that interview.
- A quote after "told X ..." in the next sentence ("she said", "the
  38-year-old said") belongs to that interview; "In the same interview", "In
  the same piece", "The email also said", "in the clip" and "in it" tie a
  later quote to the post.
- A quote running over two paragraphs (opening marks on each, closing marks
  only at the end) is one quote per paragraph, each running to the end of its
  paragraph, with the same speaker and post.
- A post that itself quotes someone in single marks (a pastor quoting a
  detainee, ‘I only want ...’) is one quote by the post's author; the inner
  words are not a quote of their own.
- Nicknames in marks (“Seun the Giant”, “Smoke”, “Houdini”), a case's nickname
  (“Lakeshore Jane Doe”), labels after "so-called" (“knock and talk”, “model
  prisoner”, “warrior”) and an essay's title in marks are not quotes.
- Words spoken in a TikTok or YouTube video ("she said in the clip") are whole
  quotes of that video's post; a comment under the video belongs to it, and an
  unnamed commenter speaks as None; a union's or city councilwoman's reply
  under a post belongs to that post.
- Mother and daughter with different name orders (Zhao Xiuying, Mei-Ling Zhao)
  keep the order as written; the bare surname is not used for either.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EB: list[dict] = [
    {
        "name": "appeal-overturned-judge-opinion-instagram-caption-da-statement",
        "text": (
            "A state appeals court on Thursday overturned the 2019 murder conviction of Kwame "
            "Asante-Boateng, ruling that jurors should never have heard a jailhouse informant "
            "who was paid for his testimony.\n\n"
            "“The prosecution built its case on a witness it had every reason to doubt,” Judge "
            "Ingrid Halvorsen wrote in the three-judge panel’s opinion.\n\n"
            "Asante-Boateng, now 34, has spent six years at Greenhaven Correctional Facility. His "
            "mother, Abena Asante, posted a photo of him as a boy on Instagram with the caption "
            "“Coming home, my son.” Dozens of commenters congratulated her; one of them, his "
            "former basketball coach Rafael Quintero, wrote, “Never stopped believing in you, "
            "Kwame.”\n\n"
            "The Dutchess County district attorney’s office said in a statement that it was "
            "“reviewing the decision carefully” and had not decided whether to retry the case.\n\n"
            "At a news conference outside the courthouse, his lawyer, Miriam Oyelaran, called "
            "the ruling long overdue. “Six years is a debt no one can repay,” she said."
        ),
        "quotes": [
            (
                "The prosecution built its case on a witness it had every reason to doubt,",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            ("Coming home, my son.", "Abena Asante", False, "P2"),
            ("Never stopped believing in you, Kwame.", "Rafael Quintero", False, "P2"),
            ("reviewing the decision carefully", None, True, "P3"),
            ("Six years is a debt no one can repay,", "Miriam Oyelaran", False, None),
        ],
        "posts": [
            ("P1", "Ingrid Halvorsen", None),
            ("P2", "Abena Asante", "Instagram"),
            ("P3", None, None),
        ],
        "people": [
            "Kwame Asante-Boateng",
            "Ingrid Halvorsen",
            "Abena Asante",
            "Rafael Quintero",
            "Miriam Oyelaran",
        ],
    },
    {
        "name": "bodycam-release-chief-x-union-reply-sister-guardian",
        "text": (
            "The Riverside Police Department released body-camera footage on Friday of the "
            "March 3 shooting of Dariusz Wójcik, a 41-year-old roofer who was killed in his own "
            "driveway. In a news release, the department said the officer involved had been "
            "placed on administrative leave.\n\n"
            "Chief Lorraine Abernathy-Cole posted on X an hour later. “I have watched the video. "
            "Our community deserves answers, and it will get them,” she wrote. The officers’ "
            "union, the Riverside Police Benevolent Association, replied beneath her post: "
            "“Due process applies to officers too.”\n\n"
            "Wójcik’s sister, Agnieszka Wójcik, told The Guardian that the family had waited "
            "“seven weeks too long” to see the footage. “They asked us to trust them. We did, "
            "and we got silence,” the 38-year-old said.\n\n"
            "Asked at a briefing whether the officer would be charged, Abernathy-Cole said that "
            "the decision belonged to the state attorney. “It is not mine to make,” she said."
        ),
        "quotes": [
            (
                "I have watched the video. Our community deserves answers, and it will get them,",
                "Lorraine Abernathy-Cole",
                False,
                "P2",
            ),
            ("Due process applies to officers too.", None, False, "P2"),
            ("seven weeks too long", "Agnieszka Wójcik", True, "P3"),
            (
                "They asked us to trust them. We did, and we got silence,",
                "Agnieszka Wójcik",
                False,
                "P3",
            ),
            ("It is not mine to make,", "Lorraine Abernathy-Cole", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lorraine Abernathy-Cole", "X"),
            ("P3", "Agnieszka Wójcik", "The Guardian"),
        ],
        "people": ["Dariusz Wójcik", "Lorraine Abernathy-Cole", "Agnieszka Wójcik"],
    },
    {
        "name": "inquest-coroner-findings-barrister-family-statement-prison-service",
        "text": (
            "An inquest jury at Sheffield Coroner’s Court concluded on Wednesday that neglect "
            "contributed to the death of Oluwaseun Bakare, 27, who was found unresponsive in his "
            "cell at HMP Moorland in 2022. Bakare, known to friends as “Seun the Giant” because "
            "of his height, had told staff that night that he could not breathe.\n\n"
            "In written findings published after the conclusion, the senior coroner, Helen "
            "Marchetti, said the prison’s response had been “wholly inadequate.” She added: "
            "“Nobody who heard him ask for help took it seriously.”\n\n"
            "During the hearing, the family’s barrister, Sunil Ramaswamy, told the jury that "
            "Bakare had pressed his cell bell eleven times. “Eleven times he asked, and eleven "
            "times he waited,” Ramaswamy said.\n\n"
            "In a statement read outside court, the family said: “Seun should be alive. We will "
            "keep asking why he is not.”\n\n"
            "A Prison Service spokesperson said in a statement that lessons “have been and will "
            "be learned.”"
        ),
        "quotes": [
            ("wholly inadequate.", "Helen Marchetti", True, "P1"),
            (
                "Nobody who heard him ask for help took it seriously.",
                "Helen Marchetti",
                False,
                "P1",
            ),
            (
                "Eleven times he asked, and eleven times he waited,",
                "Sunil Ramaswamy",
                False,
                None,
            ),
            ("Seun should be alive. We will keep asking why he is not.", None, False, "P2"),
            ("have been and will be learned.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Helen Marchetti", None),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Oluwaseun Bakare", "Helen Marchetti", "Sunil Ramaswamy"],
    },
    {
        "name": "defense-attorney-medium-essay-title-linkedin-comment-prosecutor-radio",
        "text": (
            "Three weeks after a jury acquitted her client, Andile Khumalo, of arson, the Chicago "
            "defense attorney Yasmin Haddad-Reyes published an essay on Medium, “What $5,000 "
            "Bought My Client,” arguing that cash bail had nearly cost him his job and his case. "
            "“He sat in Cook County Jail for 211 days because he could not raise $5,000,” she "
            "wrote. “Innocent people plead guilty to get out. He refused, and he was lucky.”\n\n"
            "She shared the essay on LinkedIn with a short post of her own: “Bail is punishment "
            "before trial. Read this.” Under it, a retired judge, Cornelius Okafor, commented: "
            "“I set bail for 22 years. She is right, and I was wrong more often than I like to "
            "admit.”\n\n"
            "Cook County State’s Attorney Priya Venkataraman disagreed on WBEZ’s Reset, saying "
            "that bail decisions “protect witnesses as much as anyone.”"
        ),
        "quotes": [
            (
                "He sat in Cook County Jail for 211 days because he could not raise $5,000,",
                "Yasmin Haddad-Reyes",
                False,
                "P1",
            ),
            (
                "Innocent people plead guilty to get out. He refused, and he was lucky.",
                "Yasmin Haddad-Reyes",
                False,
                "P1",
            ),
            ("Bail is punishment before trial. Read this.", "Yasmin Haddad-Reyes", False, "P2"),
            (
                "I set bail for 22 years. She is right, and I was wrong more often than I like "
                "to admit.",
                "Cornelius Okafor",
                False,
                "P2",
            ),
            ("protect witnesses as much as anyone.", "Priya Venkataraman", True, "P3"),
        ],
        "posts": [
            ("P1", "Yasmin Haddad-Reyes", "Medium"),
            ("P2", "Yasmin Haddad-Reyes", "LinkedIn"),
            ("P3", "Priya Venkataraman", "Reset"),
        ],
        "people": [
            "Andile Khumalo",
            "Yasmin Haddad-Reyes",
            "Cornelius Okafor",
            "Priya Venkataraman",
        ],
    },
    {
        "name": "drunk-driving-sentencing-impact-statement-tiktok-comment-lawyer-email",
        "text": (
            "A Fresno judge on Monday sentenced Travis Kettleman, 29, to 18 years in prison for "
            "the drunk-driving crash that killed the school librarian Rosa Villanueva-Ortiz last "
            "summer.\n\n"
            "Reading her victim impact statement at the sentencing hearing, Villanueva-Ortiz’s "
            "daughter, Lucía Ortiz, faced him across the courtroom. “You took the person who "
            "taught this whole town to read,” she said.\n\n"
            "Judge Harold Ng called the crash “entirely preventable” before announcing the "
            "sentence.\n\n"
            "That evening Ortiz posted a TikTok video from the library steps. “Eighteen years. "
            "It will never be enough, but today she was heard,” she said in the clip. Among "
            "thousands of comments, one from a former student, Jamal Whitfield, read: “Mrs. V "
            "gave me my first library card.”\n\n"
            "Kettleman’s lawyer, Benedikt Sauer, said in an emailed statement that his client "
            "“accepts full responsibility” and would not appeal."
        ),
        "quotes": [
            (
                "You took the person who taught this whole town to read,",
                "Lucía Ortiz",
                False,
                None,
            ),
            ("entirely preventable", "Harold Ng", True, None),
            (
                "Eighteen years. It will never be enough, but today she was heard,",
                "Lucía Ortiz",
                False,
                "P1",
            ),
            ("Mrs. V gave me my first library card.", "Jamal Whitfield", False, "P1"),
            ("accepts full responsibility", "Benedikt Sauer", True, "P2"),
        ],
        "posts": [
            ("P1", "Lucía Ortiz", "TikTok"),
            ("P2", "Benedikt Sauer", None),
        ],
        "people": [
            "Travis Kettleman",
            "Rosa Villanueva-Ortiz",
            "Lucía Ortiz",
            "Harold Ng",
            "Jamal Whitfield",
            "Benedikt Sauer",
        ],
    },
    {
        "name": "dna-exoneration-prosecutor-filing-innocence-release-podcast",
        "text": (
            "Prosecutors in Baltimore conceded in a court filing on Tuesday that DNA testing had "
            "excluded Hyun-woo Park as the source of evidence in a 1998 rape, writing that his "
            "conviction “cannot stand.” A judge vacated it the same afternoon.\n\n"
            "The Mid-Atlantic Innocence Project, which took up Park’s case in 2017, announced the "
            "ruling in a press release. “Hyun-woo lost twenty-six years to a mistaken "
            "identification and a lab that cut corners,” the release quoted its legal director, "
            "Fatima Zahra Benali, as saying.\n\n"
            "Park spoke to the podcast Second Look a day later. “I learned to cook, to fix "
            "engines, to teach other men to read. I did not learn to stop being angry,” he "
            "said.\n\n"
            "The podcast’s host, Ellery Vance, asked him what he wanted first. “A driver’s "
            "license,” the 51-year-old answered, laughing."
        ),
        "quotes": [
            ("cannot stand.", None, True, "P1"),
            (
                "Hyun-woo lost twenty-six years to a mistaken identification and a lab that cut "
                "corners,",
                "Fatima Zahra Benali",
                False,
                "P2",
            ),
            (
                "I learned to cook, to fix engines, to teach other men to read. I did not learn "
                "to stop being angry,",
                "Hyun-woo Park",
                False,
                "P3",
            ),
            ("A driver’s license,", "Hyun-woo Park", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Hyun-woo Park", "Second Look"),
        ],
        "people": ["Hyun-woo Park", "Fatima Zahra Benali", "Ellery Vance"],
    },
    {
        "name": "knock-and-talk-majority-dissent-aclu-statement-globe-op-ed",
        "text": (
            "The Massachusetts Supreme Judicial Court ruled 4-3 on Friday that police may not "
            "use so-called “knock and talk” visits to search a home without a warrant when the "
            "occupant has not clearly agreed.\n\n"
            "“Silence at the door is not consent,” Justice Amara Nwosu wrote for the majority. "
            "In a dissent, Justice Patrick Doherty warned that the ruling would “tie the hands of "
            "officers” responding to overdoses.\n\n"
            "The American Civil Liberties Union of Massachusetts called the decision a landmark "
            "in a statement. “The front door means something again,” it said.\n\n"
            "In an op-ed in The Boston Globe on Sunday, the former Suffolk County prosecutor "
            "Gideon Abramowitz sided with Doherty. “Most of the knocks I reviewed ended with a "
            "grateful family, not an arrest,” he wrote. In the same piece, he urged lawmakers to "
            "write a narrower rule: “Give officers a clear line, and they will stay behind it.”"
        ),
        "quotes": [
            ("Silence at the door is not consent,", "Amara Nwosu", False, "P1"),
            ("tie the hands of officers", "Patrick Doherty", True, "P2"),
            ("The front door means something again,", None, False, "P3"),
            (
                "Most of the knocks I reviewed ended with a grateful family, not an arrest,",
                "Gideon Abramowitz",
                False,
                "P4",
            ),
            (
                "Give officers a clear line, and they will stay behind it.",
                "Gideon Abramowitz",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Amara Nwosu", None),
            ("P2", "Patrick Doherty", None),
            ("P3", None, None),
            ("P4", "Gideon Abramowitz", "The Boston Globe"),
        ],
        "people": ["Amara Nwosu", "Patrick Doherty", "Gideon Abramowitz"],
    },
    {
        "name": "missing-teen-sheriff-facebook-nickname-mother-kare11",
        "text": (
            "The Hennepin County Sheriff’s Office said on Facebook on Saturday that Mei-Ling "
            "Zhao, 15, who had been missing from Bloomington for nine days, had been found safe "
            "at a motel in Des Moines. “Thank you to everyone who shared her photo,” the post "
            "said.\n\n"
            "A 24-year-old man known online as “Smoke,” whom the office identified as Devonte "
            "Harlan, was arrested at the motel and charged with kidnapping. His public defender "
            "did not respond to requests for comment.\n\n"
            "Mei-Ling’s mother, Zhao Xiuying, told KARE 11 that she had not slept since her "
            "daughter vanished. “When the phone rang I could not hold it, my hands were shaking "
            "so much,” she said. In the same interview, she had a message for other parents: "
            "“Look at who your children talk to at night.”\n\n"
            "Sheriff Dawn Iverson-Blackfeather told reporters that the FBI had helped trace the "
            "man’s phone. “This is what cooperation looks like,” Iverson-Blackfeather said."
        ),
        "quotes": [
            ("Thank you to everyone who shared her photo,", None, False, "P1"),
            (
                "When the phone rang I could not hold it, my hands were shaking so much,",
                "Zhao Xiuying",
                False,
                "P2",
            ),
            ("Look at who your children talk to at night.", "Zhao Xiuying", False, "P2"),
            ("This is what cooperation looks like,", "Dawn Iverson-Blackfeather", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Zhao Xiuying", "KARE 11"),
        ],
        "people": [
            "Mei-Ling Zhao",
            "Devonte Harlan",
            "Zhao Xiuying",
            "Dawn Iverson-Blackfeather",
        ],
    },
    {
        "name": "hunger-strike-prisoner-letter-sister-reddit-anon-reply-spokeswoman-email",
        "text": (
            "Seventeen men held in the restrictive housing unit at Pelican Bay State Prison have "
            "refused meals since Oct. 2, according to relatives and advocates.\n\n"
            "One of them, Arturo Benítez-Salazar, described the unit in a handwritten letter to "
            "his sister. “The light never goes off. You stop knowing if it is Tuesday or "
            "Sunday,” he wrote. “We are not asking to be let out. We are asking to be let into "
            "the yard.”\n\n"
            "The sister, Graciela Benítez, posted the letter on Reddit, where her thread drew "
            "more than 4,000 replies. “My brother is not a saint, but this is not a sentence any "
            "judge handed down,” she wrote. One anonymous user who said he had worked as a guard "
            "replied: “She is right. I quit over it.”\n\n"
            "In an email, a spokeswoman for the California Department of Corrections and "
            "Rehabilitation, Kendra Morales, said the department was monitoring the men’s health "
            "and that the unit met “all applicable standards.”"
        ),
        "quotes": [
            (
                "The light never goes off. You stop knowing if it is Tuesday or Sunday,",
                "Arturo Benítez-Salazar",
                False,
                "P1",
            ),
            (
                "We are not asking to be let out. We are asking to be let into the yard.",
                "Arturo Benítez-Salazar",
                False,
                "P1",
            ),
            (
                "My brother is not a saint, but this is not a sentence any judge handed down,",
                "Graciela Benítez",
                False,
                "P2",
            ),
            ("She is right. I quit over it.", None, False, "P2"),
            ("all applicable standards.", "Kendra Morales", True, "P3"),
        ],
        "posts": [
            ("P1", "Arturo Benítez-Salazar", None),
            ("P2", "Graciela Benítez", "Reddit"),
            ("P3", "Kendra Morales", None),
        ],
        "people": ["Arturo Benítez-Salazar", "Graciela Benítez", "Kendra Morales"],
    },
    {
        "name": "crypto-fraud-trial-old-x-post-cross-examination-memo-reuters",
        "text": (
            "On the fourth day of his fraud trial in Manhattan, the crypto entrepreneur Lorenzo "
            "Bellandi-Ekström was confronted with his own words. Prosecutors showed jurors a 2021 "
            "post on X in which he had written, “Funds are safe. Withdraw anytime, no "
            "questions.”\n\n"
            "“Were they safe, Mr. Bellandi-Ekström?” asked Assistant U.S. Attorney Naomi "
            "Feldstein.\n\n"
            "“At the time I wrote that, yes,” he said. “By the spring, I no longer knew.”\n\n"
            "A former engineer at the company, Ravi Chandrasekhar, testified last week that he "
            "had warned executives in a memo that customer deposits were covering trading "
            "losses. The memo, shown to the jury, called the practice “a time bomb.”\n\n"
            "Outside court, Bellandi-Ekström’s lawyer, Claudette Moreau, told Reuters the day "
            "had gone well for the defense. “The jury saw a man who believed in what he built,” "
            "she said."
        ),
        "quotes": [
            (
                "Funds are safe. Withdraw anytime, no questions.",
                "Lorenzo Bellandi-Ekström",
                False,
                "P1",
            ),
            ("Were they safe, Mr. Bellandi-Ekström?", "Naomi Feldstein", False, None),
            ("At the time I wrote that, yes,", "Lorenzo Bellandi-Ekström", False, None),
            ("By the spring, I no longer knew.", "Lorenzo Bellandi-Ekström", False, None),
            ("a time bomb.", "Ravi Chandrasekhar", True, "P2"),
            (
                "The jury saw a man who believed in what he built,",
                "Claudette Moreau",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lorenzo Bellandi-Ekström", "X"),
            ("P2", "Ravi Chandrasekhar", None),
            ("P3", "Claudette Moreau", "Reuters"),
        ],
        "people": [
            "Lorenzo Bellandi-Ekström",
            "Naomi Feldstein",
            "Ravi Chandrasekhar",
            "Claudette Moreau",
        ],
    },
    {
        "name": "chokehold-lawsuit-lawyer-instagram-councilwoman-reply-mayor-radio",
        "text": (
            "The family of Tenzin Dorjee, a Tibetan-born cab driver who died after officers "
            "pinned him to the pavement outside a Queens bodega in May, sued New York City on "
            "Wednesday, accusing police of using a banned chokehold. The lawsuit, filed in "
            "federal court in Brooklyn, says officers kept their weight on him as he said “I "
            "can’t breathe” at least four times.\n\n"
            "“Tenzin was a father of three who stopped to buy milk,” the family’s lawyer, Oksana "
            "Hrytsenko, wrote on Instagram after filing the suit. “He deserved to get home.” Her "
            "post drew a reply from the city councilwoman Adaeze Nwankwo: “Justice for Tenzin. "
            "The Council will hold a hearing.”\n\n"
            "A spokesman for the city’s Law Department said in a statement that it would review "
            "the complaint.\n\n"
            "Mayor Erik Lindholm defended the officers on WNYC’s The Morning Ledger. “I am not "
            "going to convict anyone on a 40-second video,” Lindholm said."
        ),
        "quotes": [
            ("I can’t breathe", "Tenzin Dorjee", True, "P1"),
            (
                "Tenzin was a father of three who stopped to buy milk,",
                "Oksana Hrytsenko",
                False,
                "P2",
            ),
            ("He deserved to get home.", "Oksana Hrytsenko", False, "P2"),
            (
                "Justice for Tenzin. The Council will hold a hearing.",
                "Adaeze Nwankwo",
                False,
                "P2",
            ),
            (
                "I am not going to convict anyone on a 40-second video,",
                "Erik Lindholm",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oksana Hrytsenko", "Instagram"),
            ("P3", None, None),
            ("P4", "Erik Lindholm", "The Morning Ledger"),
        ],
        "people": ["Tenzin Dorjee", "Oksana Hrytsenko", "Adaeze Nwankwo", "Erik Lindholm"],
    },
    {
        "name": "parole-denied-board-letter-lawyer-phone-brother-youtube-comment",
        "text": (
            "The Texas Board of Pardons and Paroles denied parole on Thursday to Gerald "
            "Whitcombe, who has served 41 years for the 1983 killing of a Houston pharmacist, "
            "Nasser Al-Amin. In its decision letter, the board cited the “nature and seriousness "
            "of the offense.”\n\n"
            "Whitcombe has spent three decades as a so-called “model prisoner,” teaching GED "
            "classes. His lawyer, Sipho Ndlovu, said the 68-year-old was devastated. “He has done "
            "everything the system asked of him,” Ndlovu said by phone. “The system just keeps "
            "moving the line.”\n\n"
            "The pharmacist’s younger brother, Karim Al-Amin, who has opposed parole at every "
            "review, posted a video on YouTube after the decision. “My brother never got to grow "
            "old. I do not see why his killer should grow old outside,” he said in it. A "
            "commenter who said she had once worked at the pharmacy wrote beneath the video, "
            "“He gave me my first job. Thank you for fighting, Karim.”"
        ),
        "quotes": [
            ("nature and seriousness of the offense.", None, True, "P1"),
            ("He has done everything the system asked of him,", "Sipho Ndlovu", False, None),
            ("The system just keeps moving the line.", "Sipho Ndlovu", False, None),
            (
                "My brother never got to grow old. I do not see why his killer should grow old "
                "outside,",
                "Karim Al-Amin",
                False,
                "P2",
            ),
            ("He gave me my first job. Thank you for fighting, Karim.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Karim Al-Amin", "YouTube"),
        ],
        "people": ["Gerald Whitcombe", "Nasser Al-Amin", "Sipho Ndlovu", "Karim Al-Amin"],
    },
    {
        "name": "inspector-general-report-chief-presser-bluesky-reply-federation",
        "text": (
            "Minneapolis police officers used force against people in mental-health crises more "
            "than 300 times last year and filed incomplete reports in nearly half of those "
            "cases, according to a report released on Tuesday by the city’s inspector general, "
            "Folasade Ogunleye-Hart.\n\n"
            "“The department does not know what its officers are doing, and in many cases it "
            "does not want to know,” Ogunleye-Hart wrote.\n\n"
            "Interim Chief Marcus Thorvaldsen said at a news conference that he accepted all 14 "
            "of the report’s recommendations. “We will not argue with the numbers,” he said.\n\n"
            "On Bluesky, the civil rights lawyer Ji-woo Han, who represents several people named "
            "in the report, called it “the first honest accounting in a decade.” A retired "
            "sergeant, Walt Przybylski, replied under her post that the report “blames patrol "
            "officers for a training budget they never controlled.”\n\n"
            "The police federation said in a statement that officers had been “asked to be "
            "social workers without the tools.”"
        ),
        "quotes": [
            (
                "The department does not know what its officers are doing, and in many cases it "
                "does not want to know,",
                "Folasade Ogunleye-Hart",
                False,
                "P1",
            ),
            ("We will not argue with the numbers,", "Marcus Thorvaldsen", False, None),
            ("the first honest accounting in a decade.", "Ji-woo Han", True, "P2"),
            (
                "blames patrol officers for a training budget they never controlled.",
                "Walt Przybylski",
                True,
                "P2",
            ),
            ("asked to be social workers without the tools.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Folasade Ogunleye-Hart", None),
            ("P2", "Ji-woo Han", "Bluesky"),
            ("P3", None, None),
        ],
        "people": [
            "Folasade Ogunleye-Hart",
            "Marcus Thorvaldsen",
            "Ji-woo Han",
            "Walt Przybylski",
        ],
    },
    {
        "name": "extradition-blocked-written-judgment-newsnight-mother-x-home-office",
        "text": (
            "Two High Court judges in London on Friday blocked the extradition of Tariq "
            "Mahmoud-Sherwani, a 33-year-old software developer wanted in the United States on "
            "hacking charges, ruling that conditions in American maximum-security prisons posed "
            "a real risk to his life.\n\n"
            "Mrs Justice Eleanor Fairweather, giving the court’s written judgment, said the "
            "assurances offered by U.S. officials were “vague to the point of "
            "meaninglessness.”\n\n"
            "Mahmoud-Sherwani, who is autistic, told the BBC’s Newsnight that evening that he had "
            "spent four years “waiting to be put on a plane.” “I can finally sleep,” he said.\n\n"
            "His mother, Rukhsana Mahmoud, a retired teacher who led the campaign against his "
            "extradition, posted on X: “Four years. Thank you to every stranger who wrote to "
            "us.”\n\n"
            "A Home Office spokesperson said in a statement that the government was “considering "
            "the judgment” and could still appeal to the Supreme Court."
        ),
        "quotes": [
            ("vague to the point of meaninglessness.", "Eleanor Fairweather", True, "P1"),
            ("waiting to be put on a plane.", "Tariq Mahmoud-Sherwani", True, "P2"),
            ("I can finally sleep,", "Tariq Mahmoud-Sherwani", False, "P2"),
            (
                "Four years. Thank you to every stranger who wrote to us.",
                "Rukhsana Mahmoud",
                False,
                "P3",
            ),
            ("considering the judgment", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Eleanor Fairweather", None),
            ("P2", "Tariq Mahmoud-Sherwani", "Newsnight"),
            ("P3", "Rukhsana Mahmoud", "X"),
            ("P4", None, None),
        ],
        "people": ["Tariq Mahmoud-Sherwani", "Eleanor Fairweather", "Rukhsana Mahmoud"],
    },
    {
        "name": "officer-acquitted-father-statement-two-paragraphs-us-attorney-facebook",
        "text": (
            "A jury in Louisville on Tuesday acquitted the former officer Brett Hollister of "
            "manslaughter in the death of Emeka Chukwu, a 19-year-old college student shot "
            "during a traffic stop in 2023.\n\n"
            "Hollister, 45, wept as the verdict was read. His lawyer, Dominika Nowak-Reyes, said "
            "outside the courthouse that the jury had “looked at the evidence, not the "
            "headlines.”\n\n"
            "Chukwu’s father, Obinna Chukwu, released a written statement through the family’s "
            "lawyer:\n\n"
            "“We came to this courtroom every day for three weeks. We listened to them call our "
            "son a threat. We listened to them say that a boy reaching for his wallet was a man "
            "reaching for a gun.\n\n"
            "“Today twelve people agreed. We do not. Emeka was not a threat to anyone.”\n\n"
            "The U.S. attorney for the Western District of Kentucky, Theodora Pappas, posted on "
            "Facebook that she respected the verdict and that her office would “review whether "
            "federal civil rights charges are appropriate.”"
        ),
        "quotes": [
            ("looked at the evidence, not the headlines.", "Dominika Nowak-Reyes", True, None),
            (
                "We came to this courtroom every day for three weeks. We listened to them call "
                "our son a threat. We listened to them say that a boy reaching for his wallet "
                "was a man reaching for a gun.",
                "Obinna Chukwu",
                False,
                "P1",
            ),
            (
                "Today twelve people agreed. We do not. Emeka was not a threat to anyone.",
                "Obinna Chukwu",
                False,
                "P1",
            ),
            (
                "review whether federal civil rights charges are appropriate.",
                "Theodora Pappas",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Obinna Chukwu", None),
            ("P2", "Theodora Pappas", "Facebook"),
        ],
        "people": [
            "Brett Hollister",
            "Emeka Chukwu",
            "Dominika Nowak-Reyes",
            "Obinna Chukwu",
            "Theodora Pappas",
        ],
    },
    {
        "name": "cold-case-genealogy-police-release-linkedin-comment-instagram-story",
        "text": (
            "Police in Milwaukee have arrested a 71-year-old retired machinist, Dale Ostrowski, "
            "in the 1987 killing of Yolanda Marquez, a case long known locally as the "
            "“Lakeshore Jane Doe” murder because she went unidentified for a decade.\n\n"
            "Investigators matched DNA from the scene to Ostrowski through a genetic genealogy "
            "database, the Milwaukee Police Department said in a news release. “Cold cases are "
            "never closed here,” the release quoted Detective Sgt. Ayumi Kawashima as saying.\n\n"
            "The genealogist who built the family tree, Siobhan McAllister, wrote on LinkedIn "
            "that the work had taken 14 months. “Thousands of hours, one name,” she posted. "
            "Below it, a former FBI agent, Kofi Mensah-Darko, commented: “Remarkable work. This "
            "is the future of cold cases.”\n\n"
            "Marquez’s sister, Pilar Marquez-Santos, shared the news on her Instagram story with "
            "the words “Finally, Yoli.”"
        ),
        "quotes": [
            ("Cold cases are never closed here,", "Ayumi Kawashima", False, "P1"),
            ("Thousands of hours, one name,", "Siobhan McAllister", False, "P2"),
            (
                "Remarkable work. This is the future of cold cases.",
                "Kofi Mensah-Darko",
                False,
                "P2",
            ),
            ("Finally, Yoli.", "Pilar Marquez-Santos", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Siobhan McAllister", "LinkedIn"),
            ("P3", "Pilar Marquez-Santos", "Instagram"),
        ],
        "people": [
            "Dale Ostrowski",
            "Yolanda Marquez",
            "Ayumi Kawashima",
            "Siobhan McAllister",
            "Kofi Mensah-Darko",
            "Pilar Marquez-Santos",
        ],
    },
    {
        "name": "asylum-detention-habeas-order-ice-statement-pastor-threads-inner-quote",
        "text": (
            "A federal judge in Newark on Monday ordered immigration authorities to release "
            "Jean-Baptiste Mukendi, a Congolese asylum seeker who has been held at the Elizabeth "
            "Detention Center for 19 months without a bond hearing.\n\n"
            "“Prolonged detention without any individualized review offends the Due Process "
            "Clause,” U.S. District Judge Marisa Castellano wrote in her order.\n\n"
            "U.S. Immigration and Customs Enforcement said in a statement that it would comply "
            "with the order. It did not say whether it would appeal.\n\n"
            "The Rev. Augustin Kaboré, who visited Mukendi every week, posted on Threads after "
            "the ruling. “Last week he told me, ‘I only want to see my daughter walk to "
            "school.’ Now he will,” the pastor wrote.\n\n"
            "Mukendi’s lawyer, Hana Shapiro-Kim, said in an interview that the government had "
            "“run out of reasons” to hold him. “Nineteen months is a sentence, and he was never "
            "convicted of anything,” she said."
        ),
        "quotes": [
            (
                "Prolonged detention without any individualized review offends the Due Process "
                "Clause,",
                "Marisa Castellano",
                False,
                "P1",
            ),
            (
                "Last week he told me, ‘I only want to see my daughter walk to school.’ Now he "
                "will,",
                "Augustin Kaboré",
                False,
                "P3",
            ),
            ("run out of reasons", "Hana Shapiro-Kim", True, None),
            (
                "Nineteen months is a sentence, and he was never convicted of anything,",
                "Hana Shapiro-Kim",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Marisa Castellano", None),
            ("P2", None, None),
            ("P3", "Augustin Kaboré", "Threads"),
        ],
        "people": [
            "Jean-Baptiste Mukendi",
            "Marisa Castellano",
            "Augustin Kaboré",
            "Hana Shapiro-Kim",
        ],
    },
    {
        "name": "police-chief-resigns-staff-email-mayor-release-councilman-newspaper",
        "text": (
            "Tacoma’s police chief, Ignatius Mwangi-Hollis, resigned on Wednesday, two weeks "
            "after an audit found that the department had kept paying for so-called “warrior” "
            "training courses that the City Council banned in 2021.\n\n"
            "In an email to the department’s 350 officers, Mwangi-Hollis said he took "
            "responsibility for the lapse. “I signed off on those invoices. That is on me, not "
            "on any of you,” he wrote. The email also said the audit “should not define” the "
            "work of officers who had never taken the courses.\n\n"
            "Mayor Beatriz Santamaría accepted the resignation in a news release. “The chief did "
            "the honorable thing,” she said in the release, adding that a national search would "
            "begin at once.\n\n"
            "Council member Thaddeus Okoro, who pushed for the audit, was less generous. "
            "“Honorable would have been following the law in the first place,” he told The News "
            "Tribune."
        ),
        "quotes": [
            (
                "I signed off on those invoices. That is on me, not on any of you,",
                "Ignatius Mwangi-Hollis",
                False,
                "P1",
            ),
            ("should not define", "Ignatius Mwangi-Hollis", True, "P1"),
            ("The chief did the honorable thing,", "Beatriz Santamaría", False, "P2"),
            (
                "Honorable would have been following the law in the first place,",
                "Thaddeus Okoro",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ignatius Mwangi-Hollis", None),
            ("P2", None, "press release"),
            ("P3", "Thaddeus Okoro", "The News Tribune"),
        ],
        "people": ["Ignatius Mwangi-Hollis", "Beatriz Santamaría", "Thaddeus Okoro"],
    },
    {
        "name": "angola-escape-corrections-x-nickname-warden-briefing-girlfriend-wbrz",
        "text": (
            "Two inmates who escaped from the Louisiana State Penitentiary at Angola on Sunday "
            "were captured on Tuesday at a hunting camp 40 miles away, the state Department of "
            "Public Safety and Corrections announced on X. “Both men are back in custody. No one "
            "was hurt,” the department wrote.\n\n"
            "One of them, Curtis Broussard, 36, had been serving a life sentence for armed "
            "robbery and was known inside the prison as “Houdini” after an earlier escape "
            "attempt. The other, Viktor Lazarević, 29, was awaiting transfer to a federal "
            "prison.\n\n"
            "Warden Delphine Thibodeaux told reporters that a guard had left a maintenance gate "
            "unlocked. “That officer has been suspended, and there will be a full "
            "investigation,” Thibodeaux said.\n\n"
            "Broussard’s girlfriend, Shanice Fontenot, told WBRZ that he had called her from a "
            "borrowed phone on Monday night. “He said he just wanted to see his mama before she "
            "passed,” the 31-year-old said. “I told him to turn himself in.”"
        ),
        "quotes": [
            ("Both men are back in custody. No one was hurt,", None, False, "P1"),
            (
                "That officer has been suspended, and there will be a full investigation,",
                "Delphine Thibodeaux",
                False,
                None,
            ),
            (
                "He said he just wanted to see his mama before she passed,",
                "Shanice Fontenot",
                False,
                "P2",
            ),
            ("I told him to turn himself in.", "Shanice Fontenot", False, "P2"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Shanice Fontenot", "WBRZ"),
        ],
        "people": [
            "Curtis Broussard",
            "Viktor Lazarević",
            "Delphine Thibodeaux",
            "Shanice Fontenot",
        ],
    },
    {
        "name": "death-sentence-commuted-clemency-order-families-letter-da-oregonian-facebook",
        "text": (
            "Governor Nkechi Ibekwe-Larsen of Oregon on Friday commuted the death sentence of "
            "Raymond Tullis to life without parole, more than 20 years after he was convicted of "
            "killing two gas station clerks in Salem.\n\n"
            "“The state should not kill in the name of people who have asked it not to,” "
            "Ibekwe-Larsen wrote in her clemency order, citing a letter from the victims’ "
            "families.\n\n"
            "That letter, signed by eleven relatives of Hamid Rezaei and Joanne Pruitt, had "
            "asked her for mercy. “Another death will not return ours to us,” it said.\n\n"
            "The Marion County district attorney, Clayton Burke, told The Oregonian the decision "
            "was “an insult to the jury.” He went further on Facebook that night: “Twelve "
            "citizens heard the evidence. The governor did not.”\n\n"
            "Tullis, 58, said through his lawyer, Anjali Deshmukh, that he was “grateful beyond "
            "words.” Deshmukh told reporters she would now seek his transfer out of solitary "
            "confinement."
        ),
        "quotes": [
            (
                "The state should not kill in the name of people who have asked it not to,",
                "Nkechi Ibekwe-Larsen",
                False,
                "P1",
            ),
            ("Another death will not return ours to us,", None, False, "P2"),
            ("an insult to the jury.", "Clayton Burke", True, "P3"),
            (
                "Twelve citizens heard the evidence. The governor did not.",
                "Clayton Burke",
                False,
                "P4",
            ),
            ("grateful beyond words.", "Raymond Tullis", True, None),
        ],
        "posts": [
            ("P1", "Nkechi Ibekwe-Larsen", None),
            ("P2", None, None),
            ("P3", "Clayton Burke", "The Oregonian"),
            ("P4", "Clayton Burke", "Facebook"),
        ],
        "people": [
            "Nkechi Ibekwe-Larsen",
            "Raymond Tullis",
            "Hamid Rezaei",
            "Joanne Pruitt",
            "Clayton Burke",
            "Anjali Deshmukh",
        ],
    },
]
