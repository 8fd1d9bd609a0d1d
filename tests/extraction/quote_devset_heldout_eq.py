"""The one-hundred-and-forty-first self-made dev set, held out (EQ): its first run is an unseen estimate.

Written with set EP, without reading the extraction rules, and committed before
any rule was run on it. Topic area: courts, crime, policing and civil rights.
Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; quotes
  are listed in the order they appear in the text.
- A post reported without any quoted words (a department's news release, a
  class-action complaint only paraphrased) is still listed in posts.
- A newspaper named with a lowercase "the" ("told the Harlow Ledger") takes the
  name without the article (Harlow Ledger).
- A civil rights group's or a tenants union's statement or lawsuit, a family's
  statement, a church's statement, a police union's statement and a police
  department's statement accompanying footage all have author None, and their
  words speak as None.
- A police union's reply under a chief's X post belongs to that post and its
  words speak as None.
- A named district attorney's statement ("the county's district attorney, Helen
  Okafor, said in a statement"; "Holloway wrote" in a written statement) is
  that person's post; a named commissioner's "written response" is likewise his
  post with no platform.
- An attorney general's words "in a news release" and a U.S. attorney's words
  "in the release" of a U.S. Attorney's Office are press releases with author
  None, and the quotes' speaker is the named official.
- A quote split by its attribution ("The numbers," ... "are not a statistical
  accident.") is two whole quotes, neither partial; the same holds for a split
  interview quote ("Journalists are not protesters," ... "and I expect ...").
- A photo posted on Instagram by an organisation "with the caption “Home.”"
  is that organisation's Instagram post (author None) and the one-word caption
  is a whole quote (not partial), speaking as None.
- A judge who writes "for the majority" or "for the unanimous panel", and a
  judge named as writing a three-judge panel's opinion, is the author of that
  ruling (no platform); a dissent is a separate post by the dissenting justice.
  Fragments of either reported in narration are partial.
- A nickname inside a name (Sen. Luis “Lucho” Ortega) is not a quote and not
  part of the canonical name (Luis Ortega); a place's nickname in marks (“Cop
  Town.”) is not a quote, nor is a so-called term (“pretext stops”).
- An email sent "to the Sandoval Star" is an interview with that newspaper:
  platform Sandoval Star.
- A video a named official posts to Facebook, a Facebook Live video and an
  Instagram story are Facebook/Instagram posts by that person; a Twitch
  livestream in which a named organiser speaks is his Twitch post; a TikTok
  video is the mayor's TikTok post and a comment under it belongs to it.
- A YouTube video in which a man speaks "with his lawyer" is his YouTube post;
  the lawyer's words "in the video" belong to the same post with the lawyer as
  speaker. Body-camera footage released by police is not a post.
- A letter written by an incarcerated woman and read into the record at a
  Senate hearing is her post with no platform; a senator's words "told
  reporters" after the hearing and a warden's testimony at it are not posts.
- A victim impact statement read aloud in court by an unnamed victim is said at
  a court hearing: not a post, speaker None. A defendant's apology and a
  judge's words in court are likewise not posts.
- A vigil and a community meeting are not posts.
- A report posted on an oversight board's website is a post with author None
  and no platform.
- A detective's words in a named Netflix documentary (The Quiet Road) are an
  interview with that show: platform The Quiet Road. A sheriff's appearance on
  the call-in show Mercer Mornings is a post with platform Mercer Mornings.
- A podcast named as written (Second Look, Borderlines) is the platform; a quote
  that runs over two paragraphs right after "spoke at length on the podcast" is
  one quote per paragraph, both linked to that podcast.
- A private text message quoted by a newspaper is a post by its sender with no
  platform; the newspaper that published it is not a post. A resignation letter
  is its writer's post, and "the letter said" speaks as its writer.
- A reply under an X post by a named person mentioned in that post belongs to
  the post; a later interview "speaking to Tamsin Public Media" is a new post.
- A scare quote or quoted word in single marks inside a quote (‘temporary,’,
  ‘please’, ‘It’s waiting.’) is part of the quote's text and not a quote of its
  own.
- A person named only inside a quote (Raymond Cole in the sponsor's post, Mr.
  Hollister in Dorje's podcast quote) is listed in people at that point; a
  person named only by title and surname is listed by surname (Hollister); a
  caller identified only by her first name (Tasha) is a named person.
- Descriptions ("the 41-year-old", "the 58-year-old", "the chief", "the mayor",
  "the governor", "the retired judge") resolve to the person already named;
  titles (Judge, Justice, Sen., Sgt., Dr., Rev., Mr.) are not part of a name.
- Two people sharing a surname (Delphine and Simone Arceneaux, Elijah and
  Wanjiru Mwangi, Luis Armando and Ana Sofía Beltrán, Annie Lou and Wade
  Prewitt): the bare surname refers to the one already named when it is used.
- A company (Vitalis Correctional Health), a government office, a court and an
  advocacy group are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EQ: list[dict] = [
    {
        "name": "judge-opinion-curfew-sheriff-news-conference-ledger",
        "text": (
            "A federal judge in Harlow County on Thursday blocked the sheriff’s office from "
            "enforcing a curfew on unhoused residents, finding that the policy likely "
            "violated the Eighth Amendment.\n\n"
            "“The county may not punish people for the condition of having nowhere to "
            "sleep,” U.S. District Judge Evelyn Marchetti wrote in a 34-page opinion.\n\n"
            "Sheriff Dale Brunner called the ruling “a gift to lawlessness” at a news "
            "conference an hour later. “We will appeal, and we expect to win,” he said.\n\n"
            "The Harlow Tenants Union, which brought the lawsuit with two residents, said "
            "in a statement that the decision “restores a basic measure of dignity.” One of "
            "the plaintiffs, Rosalind Obi, 58, told the Harlow Ledger that she had been "
            "cited four times in a month. “I was sleeping in my car because the shelter was "
            "full,” she said. “That is not a crime.”"
        ),
        "quotes": [
            (
                ("The county may not punish people for the condition of having nowhere to sleep,"),
                "Evelyn Marchetti",
                False,
                "P1",
            ),
            ("a gift to lawlessness", "Dale Brunner", True, None),
            ("We will appeal, and we expect to win,", "Dale Brunner", False, None),
            ("restores a basic measure of dignity.", None, True, "P2"),
            ("I was sleeping in my car because the shelter was full,", "Rosalind Obi", False, "P3"),
            ("That is not a crime.", "Rosalind Obi", False, "P3"),
        ],
        "posts": [
            ("P1", "Evelyn Marchetti", None),
            ("P2", None, None),
            ("P3", "Rosalind Obi", "Harlow Ledger"),
        ],
        "people": ["Evelyn Marchetti", "Dale Brunner", "Rosalind Obi"],
    },
    {
        "name": "police-chief-x-post-union-reply-tv-interview-facebook-video",
        "text": (
            "The police chief of Carver City, Antoinette Reyes-Malloy, announced on X on "
            "Monday that officers would no longer make so-called “pretext stops” for "
            "expired registration alone. “Stops like these rarely find anything and too "
            "often end badly,” she wrote.\n\n"
            "The city’s police union, the Carver City Fraternal Lodge, replied under her "
            "post within minutes. “Our members were not consulted,” the union wrote.\n\n"
            "Its president, Sgt. Wendell Hargrove, went further in an interview with "
            "WKTR-TV. “This is policy made for headlines, not for patrol,” Hargrove said. "
            "He added that he would ask the City Council to overturn the order.\n\n"
            "Reyes-Malloy, 47, did not back down. In a video she posted to Facebook on "
            "Tuesday, the chief said: “I have been on patrol for twenty years. I know what "
            "a stop costs.”\n\n"
            "Councilmember Priya Venkataraman said she supported the chief and would oppose "
            "any attempt to reverse the change."
        ),
        "quotes": [
            (
                "Stops like these rarely find anything and too often end badly,",
                "Antoinette Reyes-Malloy",
                False,
                "P1",
            ),
            ("Our members were not consulted,", None, False, "P1"),
            ("This is policy made for headlines, not for patrol,", "Wendell Hargrove", False, "P2"),
            (
                "I have been on patrol for twenty years. I know what a stop costs.",
                "Antoinette Reyes-Malloy",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Antoinette Reyes-Malloy", "X"),
            ("P2", "Wendell Hargrove", "WKTR-TV"),
            ("P3", "Antoinette Reyes-Malloy", "Facebook"),
        ],
        "people": ["Antoinette Reyes-Malloy", "Wendell Hargrove", "Priya Venkataraman"],
    },
    {
        "name": "exoneration-da-statement-instagram-caption-podcast-two-paragraphs",
        "text": (
            "After 26 years in prison, Marcus Delacroix-Boyd walked out of the Tennant "
            "State Correctional Facility on Friday, two days after prosecutors in Aldine "
            "County asked a judge to vacate his murder conviction.\n\n"
            "“The evidence that convicted Mr. Delacroix-Boyd does not survive scrutiny,” "
            "the county’s district attorney, Helen Okafor, said in a statement. “We owe him "
            "more than an apology, but an apology is where we start.”\n\n"
            "The Midwest Innocence Collective, which took up the case in 2016, posted a "
            "photo on Instagram of Delacroix-Boyd hugging his mother, Loretta Boyd, with "
            "the caption “Home.”\n\n"
            "Delacroix-Boyd, now 51, spoke at length on the podcast Second Look a day "
            "later.\n\n"
            "“I used to count the bricks in my cell wall. I knew every one of them.\n\n"
            "“Now I want to count something else: the days I get to spend with my mom,” he "
            "said.\n\n"
            "His former trial lawyer, Gerald Pike, declined to comment."
        ),
        "quotes": [
            (
                ("The evidence that convicted Mr. Delacroix-Boyd does not survive scrutiny,"),
                "Helen Okafor",
                False,
                "P1",
            ),
            (
                "We owe him more than an apology, but an apology is where we start.",
                "Helen Okafor",
                False,
                "P1",
            ),
            ("Home.", None, False, "P2"),
            (
                "I used to count the bricks in my cell wall. I knew every one of them.",
                "Marcus Delacroix-Boyd",
                False,
                "P3",
            ),
            (
                ("Now I want to count something else: the days I get to spend with my mom,"),
                "Marcus Delacroix-Boyd",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Helen Okafor", None),
            ("P2", None, "Instagram"),
            ("P3", "Marcus Delacroix-Boyd", "Second Look"),
        ],
        "people": ["Marcus Delacroix-Boyd", "Helen Okafor", "Loretta Boyd", "Gerald Pike"],
    },
    {
        "name": "facial-recognition-lawsuit-courier-mayor-tiktok-comment",
        "text": (
            "A coalition of civil rights groups sued the city of Port Ellery on Wednesday, "
            "accusing its police of using facial recognition software to arrest protesters "
            "without warrants.\n\n"
            "The lawsuit, filed in state court by the Coastal Liberties Project and two "
            "other groups, says the software “misidentified at least six people, all of "
            "them Black.” One of them, a 23-year-old nursing student named Dontae "
            "Whitfield, spent two nights in jail before charges were dropped.\n\n"
            "“They had my face and somebody else’s name,” Whitfield told the Port Ellery "
            "Courier. “Nobody checked.”\n\n"
            "Mayor Colleen Fairbanks defended the department in a TikTok video on Thursday. "
            "“The software is a lead, never a verdict,” the mayor said in the clip. “Every "
            "arrest is reviewed by a human being.”\n\n"
            "Under the video, the project’s legal director, Samuel Achterberg, commented: "
            "“Then explain Dontae.”\n\n"
            "The department’s spokesman, Lt. Ray Coombs, said it did not comment on pending "
            "litigation."
        ),
        "quotes": [
            ("misidentified at least six people, all of them Black.", None, True, "P1"),
            ("They had my face and somebody else’s name,", "Dontae Whitfield", False, "P2"),
            ("Nobody checked.", "Dontae Whitfield", False, "P2"),
            ("The software is a lead, never a verdict,", "Colleen Fairbanks", False, "P3"),
            ("Every arrest is reviewed by a human being.", "Colleen Fairbanks", False, "P3"),
            ("Then explain Dontae.", "Samuel Achterberg", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dontae Whitfield", "Port Ellery Courier"),
            ("P3", "Colleen Fairbanks", "TikTok"),
        ],
        "people": ["Dontae Whitfield", "Colleen Fairbanks", "Samuel Achterberg", "Ray Coombs"],
    },
    {
        "name": "deputy-manslaughter-verdict-reporters-family-statement-email",
        "text": (
            "A jury in Sandoval County convicted former deputy Travis Kimbrough of "
            "manslaughter on Tuesday in the 2022 death of Elijah Mwangi, a 19-year-old who "
            "was shot during a traffic stop.\n\n"
            "Judge Roberta Castellanos read the verdict in a packed courtroom. Kimbrough, "
            "34, showed no reaction.\n\n"
            "Outside the courthouse, the prosecutor, Nathaniel Graves, told reporters that "
            "the case had never been about one bad night. “It was about what a badge is "
            "allowed to do,” he said.\n\n"
            "The Mwangi family said in a statement that they were “grateful, but not "
            "healed.” Elijah’s older sister, Wanjiru Mwangi, wrote on Instagram: “My "
            "brother should be turning twenty-two this spring. Nothing today changes that.”\n\n"
            "Kimbrough’s lawyer, Frances DuBois, said in an email to the Sandoval Star that "
            "her client would appeal. “The jury was asked to judge a split second with "
            "years of hindsight,” she wrote. Sentencing is set for June."
        ),
        "quotes": [
            ("It was about what a badge is allowed to do,", "Nathaniel Graves", False, None),
            ("grateful, but not healed.", None, True, "P1"),
            (
                (
                    "My brother should be turning twenty-two this spring. Nothing today "
                    "changes that."
                ),
                "Wanjiru Mwangi",
                False,
                "P2",
            ),
            (
                "The jury was asked to judge a split second with years of hindsight,",
                "Frances DuBois",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Wanjiru Mwangi", "Instagram"),
            ("P3", "Frances DuBois", "Sandoval Star"),
        ],
        "people": [
            "Travis Kimbrough",
            "Elijah Mwangi",
            "Roberta Castellanos",
            "Nathaniel Graves",
            "Wanjiru Mwangi",
            "Frances DuBois",
        ],
    },
    {
        "name": "bail-ruling-majority-dissent-senator-nickname-x-op-ed",
        "text": (
            "The Veradale Supreme Court on Friday upheld the state’s near-elimination of "
            "cash bail, ruling 5-2 in a case brought by a group of county sheriffs.\n\n"
            "Writing for the majority, Justice Imogen Castillo-Reyes said the law “honors "
            "the presumption of innocence rather than pricing it.” In a sharp dissent, "
            "Justice Harold Blevins warned that judges had been left “with fewer tools and "
            "more risk.”\n\n"
            "The law’s chief sponsor, state Sen. Luis “Lucho” Ortega, posted on X minutes "
            "after the ruling: “Freedom shouldn’t depend on your bank balance. Today the "
            "court agreed.”\n\n"
            "Not everyone was celebrating. Sheriff Annette Kowalczyk of Brine County, a "
            "lead plaintiff, said at a rally that evening that the ruling would “empty the "
            "jails and fill the streets.”\n\n"
            "In an op-ed in the Veradale Tribune on Sunday, the public defender Kwame "
            "Asante-Holt called those warnings overblown. “The sky did not fall in the two "
            "years the law has been in effect,” he wrote. “It will not fall now.”"
        ),
        "quotes": [
            (
                "honors the presumption of innocence rather than pricing it.",
                "Imogen Castillo-Reyes",
                True,
                "P1",
            ),
            ("with fewer tools and more risk.", "Harold Blevins", True, "P2"),
            (
                "Freedom shouldn’t depend on your bank balance. Today the court agreed.",
                "Luis Ortega",
                False,
                "P3",
            ),
            ("empty the jails and fill the streets.", "Annette Kowalczyk", True, None),
            (
                "The sky did not fall in the two years the law has been in effect,",
                "Kwame Asante-Holt",
                False,
                "P4",
            ),
            ("It will not fall now.", "Kwame Asante-Holt", False, "P4"),
        ],
        "posts": [
            ("P1", "Imogen Castillo-Reyes", None),
            ("P2", "Harold Blevins", None),
            ("P3", "Luis Ortega", "X"),
            ("P4", "Kwame Asante-Holt", "Veradale Tribune"),
        ],
        "people": [
            "Imogen Castillo-Reyes",
            "Harold Blevins",
            "Luis Ortega",
            "Annette Kowalczyk",
            "Kwame Asante-Holt",
        ],
    },
    {
        "name": "bodycam-footage-department-statement-youtube-lawyer-meeting",
        "text": (
            "The Granite Falls Police Department released body-camera footage on Monday "
            "showing an officer kneeling on the back of a handcuffed man for nearly four "
            "minutes outside a convenience store in March.\n\n"
            "In a statement accompanying the footage, the department said the officer, whom "
            "it did not name, had been placed on leave and that his conduct “does not "
            "reflect our training.”\n\n"
            "The man, Abdirahman Yusuf, 29, spoke about the arrest in a YouTube video with "
            "his lawyer, Celeste Mbatha, on Tuesday. “I kept telling him I couldn’t "
            "breathe,” Yusuf said. “He told me to stop talking.”\n\n"
            "Mbatha said the footage had been withheld for seven months. “Transparency on a "
            "seven-month delay is not transparency,” she said in the video.\n\n"
            "Police Chief Orlando Fenwick, asked at a community meeting on Wednesday why "
            "the release took so long, said state investigators had requested the delay. "
            "“That was their call, not mine,” the chief said."
        ),
        "quotes": [
            ("does not reflect our training.", None, True, "P1"),
            ("I kept telling him I couldn’t breathe,", "Abdirahman Yusuf", False, "P2"),
            ("He told me to stop talking.", "Abdirahman Yusuf", False, "P2"),
            (
                "Transparency on a seven-month delay is not transparency,",
                "Celeste Mbatha",
                False,
                "P2",
            ),
            ("That was their call, not mine,", "Orlando Fenwick", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Abdirahman Yusuf", "YouTube"),
        ],
        "people": ["Abdirahman Yusuf", "Celeste Mbatha", "Orlando Fenwick"],
    },
    {
        "name": "prison-letter-senate-hearing-warden-medium-essay-release",
        "text": (
            "Conditions inside the Riverbend women’s prison drew new scrutiny this week "
            "after an incarcerated woman’s handwritten letter was read aloud at a state "
            "Senate hearing.\n\n"
            "“We have had no hot water since August. The guards call it ‘temporary,’” wrote "
            "the woman, Delphine Arceneaux, 44, in the letter, which she addressed to state "
            "Sen. Margaret Oyelaran.\n\n"
            "Oyelaran, who chairs the corrections committee, read it into the record on "
            "Wednesday and said afterward that she would visit the prison. “I want to see "
            "the showers myself,” she told reporters.\n\n"
            "The prison’s warden, Curtis Lamb, testified at the same hearing that repairs "
            "were “weeks, not months” away.\n\n"
            "Arceneaux’s daughter, Simone Arceneaux, published an essay on Medium on "
            "Thursday about her monthly visits. “My mother is serving her sentence. She is "
            "not supposed to be serving a second one in the cold,” she wrote.\n\n"
            "The state Department of Corrections said in a news release that a contractor "
            "had been hired."
        ),
        "quotes": [
            (
                "We have had no hot water since August. The guards call it ‘temporary,’",
                "Delphine Arceneaux",
                False,
                "P1",
            ),
            ("I want to see the showers myself,", "Margaret Oyelaran", False, None),
            ("weeks, not months", "Curtis Lamb", True, None),
            (
                (
                    "My mother is serving her sentence. She is not supposed to be serving a "
                    "second one in the cold,"
                ),
                "Simone Arceneaux",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Delphine Arceneaux", None),
            ("P2", "Simone Arceneaux", "Medium"),
            ("P3", None, "press release"),
        ],
        "people": ["Delphine Arceneaux", "Margaret Oyelaran", "Curtis Lamb", "Simone Arceneaux"],
    },
    {
        "name": "mosque-arson-hate-crime-release-imam-facebook-comment-vigil",
        "text": (
            "Federal prosecutors on Thursday charged a 31-year-old man with a hate crime in "
            "the firebombing of a mosque in Linwood Heights last month.\n\n"
            "The man, Corey Alan Sutter, was arrested at his home in nearby Dunmore, the "
            "U.S. Attorney’s Office said in a press release. “Attacks on houses of worship "
            "strike at the freedoms every American shares,” U.S. Attorney Gabriela "
            "Montoya-Fisk said in the release.\n\n"
            "The mosque’s imam, Yusuf Haddad, wrote on Facebook that his congregation felt "
            "“relief, and a kind of tiredness.” Dozens of neighbors commented under his "
            "post. One of them, Barbara Lindgren, who lives across the street, wrote: “We "
            "are with you, today and every day.”\n\n"
            "Sutter’s public defender, Ian Calloway, said in court on Friday that his "
            "client would plead not guilty.\n\n"
            "At a vigil that evening, Haddad told the crowd: “The building burned. The "
            "community did not.”"
        ),
        "quotes": [
            (
                ("Attacks on houses of worship strike at the freedoms every American shares,"),
                "Gabriela Montoya-Fisk",
                False,
                "P1",
            ),
            ("relief, and a kind of tiredness.", "Yusuf Haddad", True, "P2"),
            ("We are with you, today and every day.", "Barbara Lindgren", False, "P2"),
            ("The building burned. The community did not.", "Yusuf Haddad", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Yusuf Haddad", "Facebook"),
        ],
        "people": [
            "Corey Alan Sutter",
            "Gabriela Montoya-Fisk",
            "Yusuf Haddad",
            "Barbara Lindgren",
            "Ian Calloway",
        ],
    },
    {
        "name": "oversight-board-report-instagram-radio-interview-written-response",
        "text": (
            "An independent review of the Millbrook Police Department found that officers "
            "used force against people in mental health crises at twice the rate of other "
            "encounters, the city’s Civilian Oversight Board said on Tuesday.\n\n"
            "The 88-page report, posted on the board’s website, called the department’s "
            "crisis training “largely a box-checking exercise.” The board’s chair, Dr. "
            "Farah Siddiqui, put it more bluntly on Instagram: “Our officers are being sent "
            "into crises with a script and no tools.”\n\n"
            "Among the cases the report reviewed was that of Jerome Whitlock, who was tased "
            "in his mother’s kitchen in 2023. The 41-year-old, who has schizophrenia, "
            "described the encounter in an interview with Millbrook Public Radio. “I was "
            "scared, and they were scared, and nobody was there to slow it down,” he said.\n\n"
            "Police Commissioner Anders Nygaard said in a written response that the "
            "department would “review every recommendation in good faith.”"
        ),
        "quotes": [
            ("largely a box-checking exercise.", None, True, "P1"),
            (
                "Our officers are being sent into crises with a script and no tools.",
                "Farah Siddiqui",
                False,
                "P2",
            ),
            (
                ("I was scared, and they were scared, and nobody was there to slow it down,"),
                "Jerome Whitlock",
                False,
                "P3",
            ),
            ("review every recommendation in good faith.", "Anders Nygaard", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Farah Siddiqui", "Instagram"),
            ("P3", "Jerome Whitlock", "Millbrook Public Radio"),
            ("P4", "Anders Nygaard", None),
        ],
        "people": ["Farah Siddiqui", "Jerome Whitlock", "Anders Nygaard"],
    },
    {
        "name": "redistricting-panel-opinion-governor-news-conference-threads-reply",
        "text": (
            "A three-judge federal panel on Monday struck down the congressional map drawn "
            "by the Oakhaven legislature, ruling that it diluted the votes of the state’s "
            "Latino residents.\n\n"
            "The panel ordered lawmakers to draw a new map by Sept. 1. In the opinion, "
            "Judge Samuel Ferreira-Kahn wrote that the map “splits communities with "
            "surgical precision.”\n\n"
            "Gov. Bradley Whitcomb said at a news conference in the capitol that the state "
            "would seek an emergency stay from the Supreme Court. “Judges do not get to "
            "draw maps because they dislike the results,” Whitcomb said.\n\n"
            "The plaintiffs, led by the voting rights group Voces Unidas, celebrated "
            "online. “Our neighborhoods were carved up on purpose, and today a court said "
            "so,” the group wrote on Threads.\n\n"
            "Its executive director, Marisela Quintanar, replied under that post, thanking "
            "the volunteers who knocked on doors to find the plaintiffs. “This win belongs "
            "to them,” she added."
        ),
        "quotes": [
            ("splits communities with surgical precision.", "Samuel Ferreira-Kahn", True, "P1"),
            (
                "Judges do not get to draw maps because they dislike the results,",
                "Bradley Whitcomb",
                False,
                None,
            ),
            (
                ("Our neighborhoods were carved up on purpose, and today a court said so,"),
                None,
                False,
                "P2",
            ),
            ("This win belongs to them,", "Marisela Quintanar", False, "P2"),
        ],
        "posts": [
            ("P1", "Samuel Ferreira-Kahn", None),
            ("P2", None, "Threads"),
        ],
        "people": ["Samuel Ferreira-Kahn", "Bradley Whitcomb", "Marisela Quintanar"],
    },
    {
        "name": "cold-case-arrest-briefing-documentary-linkedin-brother-tv",
        "text": (
            "Investigators in Calder County have arrested a 67-year-old retired mechanic in "
            "the 1989 killing of a high school student, Annie Lou Prewitt, closing one of "
            "the region’s best-known cold cases.\n\n"
            "The suspect, Harlan Moss, was identified through genetic genealogy, Sheriff "
            "Terrence Oduya announced at a briefing on Wednesday. “Annie Lou’s family "
            "waited thirty-five years for this phone call,” Oduya said.\n\n"
            "The detective who reopened the file in 2019, Jolene Kasprzak, had described "
            "the case as “the one that follows you home” in the 2021 Netflix documentary "
            "The Quiet Road. On Wednesday she posted on LinkedIn: “Persistence is not "
            "glamorous. It is just showing up again.”\n\n"
            "Prewitt’s younger brother, Wade Prewitt, told WCAL News that his mother died "
            "in 2015 still hoping for an arrest. “She kept Annie’s room the way it was,” he "
            "said. “I’m going to go sit in it tonight.”\n\n"
            "Moss is being held without bail. His attorney could not be reached."
        ),
        "quotes": [
            (
                "Annie Lou’s family waited thirty-five years for this phone call,",
                "Terrence Oduya",
                False,
                None,
            ),
            ("the one that follows you home", "Jolene Kasprzak", True, "P1"),
            (
                "Persistence is not glamorous. It is just showing up again.",
                "Jolene Kasprzak",
                False,
                "P2",
            ),
            ("She kept Annie’s room the way it was,", "Wade Prewitt", False, "P3"),
            ("I’m going to go sit in it tonight.", "Wade Prewitt", False, "P3"),
        ],
        "posts": [
            ("P1", "Jolene Kasprzak", "The Quiet Road"),
            ("P2", "Jolene Kasprzak", "LinkedIn"),
            ("P3", "Wade Prewitt", "WCAL News"),
        ],
        "people": [
            "Annie Lou Prewitt",
            "Harlan Moss",
            "Terrence Oduya",
            "Jolene Kasprzak",
            "Wade Prewitt",
        ],
    },
    {
        "name": "traffic-stop-data-ag-release-split-quote-substack-comment",
        "text": (
            "Black drivers in Ashford were stopped by police at nearly three times their "
            "share of the population last year, according to data published on Monday by "
            "the state attorney general’s office.\n\n"
            "“The numbers,” Attorney General Rosemary Tallis said in a news release, “are "
            "not a statistical accident.” She said her office would audit the department’s "
            "stop practices.\n\n"
            "Ashford’s police chief, Brendan Okonkwo-Hale, pushed back in a post on "
            "Substack the next day. The data, he wrote, did not account for “where calls "
            "for service come from.” He invited residents to ride along with officers.\n\n"
            "One reader, the retired judge Cornelius Tate, left a comment under the post: "
            "“I sat on the bench for thirty years. Calls for service do not explain who "
            "gets searched.”\n\n"
            "Evangeline Moore, who leads the Ashford Civil Rights League, called the "
            "chief’s response “an invitation to look away.”"
        ),
        "quotes": [
            ("The numbers,", "Rosemary Tallis", False, "P1"),
            ("are not a statistical accident.", "Rosemary Tallis", False, "P1"),
            ("where calls for service come from.", "Brendan Okonkwo-Hale", True, "P2"),
            (
                (
                    "I sat on the bench for thirty years. Calls for service do not explain "
                    "who gets searched."
                ),
                "Cornelius Tate",
                False,
                "P2",
            ),
            ("an invitation to look away.", "Evangeline Moore", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Brendan Okonkwo-Hale", "Substack"),
        ],
        "people": ["Rosemary Tallis", "Brendan Okonkwo-Hale", "Cornelius Tate", "Evangeline Moore"],
    },
    {
        "name": "pastor-sentencing-victim-statement-in-court-church-statement-letter",
        "text": (
            "A former youth pastor was sentenced on Thursday to 18 years in prison for "
            "abusing three boys at a church camp in Pell Lake between 2011 and 2016.\n\n"
            "Before Judge Miriam Oduro-Banks handed down the sentence, one of the men, now "
            "24, read a victim impact statement in court. “You told us God was watching,” "
            "he said, addressing the defendant, Kyle Brandt Hollis. “He was. So were we.”\n\n"
            "Hollis, 52, apologized briefly. “I have no excuse to offer,” he said.\n\n"
            "The church, Pell Lake Community Fellowship, said in a statement that it had "
            "“failed the children in its care” and had hired an outside firm to review its "
            "practices. Its current pastor, the Rev. Thaddeus Grant, wrote in a letter to "
            "members that he had met with each of the victims’ families. “Their courage has "
            "shamed our silence,” he wrote.\n\n"
            "The judge called Hollis’s conduct “a sustained betrayal.”"
        ),
        "quotes": [
            ("You told us God was watching,", None, False, None),
            ("He was. So were we.", None, False, None),
            ("I have no excuse to offer,", "Kyle Brandt Hollis", False, None),
            ("failed the children in its care", None, True, "P1"),
            ("Their courage has shamed our silence,", "Thaddeus Grant", False, "P2"),
            ("a sustained betrayal.", "Miriam Oduro-Banks", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Thaddeus Grant", None),
        ],
        "people": ["Miriam Oduro-Banks", "Kyle Brandt Hollis", "Thaddeus Grant"],
    },
    {
        "name": "compensation-veto-letter-x-reply-exoneree-public-media",
        "text": (
            "Gov. Patricia Lindqvist-Amos vetoed a bill on Friday that would have raised "
            "compensation for the wrongly convicted in Tamsin from $20,000 to $50,000 for "
            "each year spent in prison.\n\n"
            "In her veto letter to the legislature, the governor said she supported the "
            "goal but not the price. “A promise the state cannot fund is no kindness to "
            "anyone,” she wrote.\n\n"
            "The bill’s sponsor, Rep. Desmond Achebe-Ward, answered on X within the hour. "
            "“Tell that to Raymond Cole, who got $20,000 a year for 19 years of his life,” "
            "he posted.\n\n"
            "Cole, who was exonerated in 2020, replied under Achebe-Ward’s post: “I’d trade "
            "the money back for one Christmas at home.” Later, speaking to Tamsin Public "
            "Media, the 58-year-old said he had not yet decided whether to sue the state. "
            "“My lawyers say I should. My heart says I’m tired,” he said.\n\n"
            "Legislative leaders said they would attempt an override in January."
        ),
        "quotes": [
            (
                "A promise the state cannot fund is no kindness to anyone,",
                "Patricia Lindqvist-Amos",
                False,
                "P1",
            ),
            (
                ("Tell that to Raymond Cole, who got $20,000 a year for 19 years of his life,"),
                "Desmond Achebe-Ward",
                False,
                "P2",
            ),
            ("I’d trade the money back for one Christmas at home.", "Raymond Cole", False, "P2"),
            ("My lawyers say I should. My heart says I’m tired,", "Raymond Cole", False, "P3"),
        ],
        "posts": [
            ("P1", "Patricia Lindqvist-Amos", None),
            ("P2", "Desmond Achebe-Ward", "X"),
            ("P3", "Raymond Cole", "Tamsin Public Media"),
        ],
        "people": ["Patricia Lindqvist-Amos", "Desmond Achebe-Ward", "Raymond Cole"],
    },
    {
        "name": "protest-arrests-photographer-instagram-story-nickname-dispatch",
        "text": (
            "Police in Daleport arrested 43 people, including a freelance photographer, "
            "during a protest on Saturday against a planned police training center known to "
            "opponents as “Cop Town.”\n\n"
            "The photographer, Inès Marchand, said she had shown her press credentials "
            "twice before being handcuffed. “I was doing my job, and they made my job a "
            "crime,” Marchand said in an Instagram story on Sunday.\n\n"
            "The Reporters’ Defense Fund said in a statement that it was “alarmed” by the "
            "arrest and called for the charges to be dropped.\n\n"
            "A police spokesman, Sgt. Benedict Ramos, told reporters that officers had "
            "issued “multiple, clear dispersal orders” before the arrests. “Anyone who "
            "stayed was given every chance to leave,” he said.\n\n"
            "The city’s mayor, Josephine Wakefield, said in an interview with the Daleport "
            "Dispatch that she had asked the police chief, Garrett Lyle, for a full "
            "account. “Journalists are not protesters,” she said, “and I expect our "
            "officers to know the difference.”"
        ),
        "quotes": [
            ("I was doing my job, and they made my job a crime,", "Inès Marchand", False, "P1"),
            ("alarmed", None, True, "P2"),
            ("multiple, clear dispersal orders", "Benedict Ramos", True, None),
            ("Anyone who stayed was given every chance to leave,", "Benedict Ramos", False, None),
            ("Journalists are not protesters,", "Josephine Wakefield", False, "P3"),
            (
                "and I expect our officers to know the difference.",
                "Josephine Wakefield",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Inès Marchand", "Instagram"),
            ("P2", None, None),
            ("P3", "Josephine Wakefield", "Daleport Dispatch"),
        ],
        "people": ["Inès Marchand", "Benedict Ramos", "Josephine Wakefield", "Garrett Lyle"],
    },
    {
        "name": "detention-release-appeals-ruling-bluesky-podcast-nested-quote",
        "text": (
            "A federal appeals court on Tuesday ordered the release of Tenzin Dorje, a "
            "Tibetan-born chef who had been held in immigration detention in Corbin for 14 "
            "months without a bond hearing.\n\n"
            "“Liberty is the norm, and detention without a hearing must be the rare "
            "exception,” Judge Harriet Vandermeer wrote for the unanimous panel.\n\n"
            "Dorje’s lawyer, Akosua Mensah-Reid, shared the ruling on Bluesky. “Fourteen "
            "months. He missed the birth of his daughter,” she wrote.\n\n"
            "Speaking on the podcast Borderlines on Thursday, Dorje, 36, said he planned to "
            "go back to work at the restaurant in Ames Crossing where he had cooked for a "
            "decade. “My boss, Mr. Hollister, kept my apron on the hook,” he said. “Every "
            "day he told my wife, ‘It’s waiting.’”\n\n"
            "The Department of Homeland Security did not respond to a request for comment."
        ),
        "quotes": [
            (
                (
                    "Liberty is the norm, and detention without a hearing must be the rare "
                    "exception,"
                ),
                "Harriet Vandermeer",
                False,
                "P1",
            ),
            (
                "Fourteen months. He missed the birth of his daughter,",
                "Akosua Mensah-Reid",
                False,
                "P2",
            ),
            ("My boss, Mr. Hollister, kept my apron on the hook,", "Tenzin Dorje", False, "P3"),
            ("Every day he told my wife, ‘It’s waiting.’", "Tenzin Dorje", False, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Vandermeer", None),
            ("P2", "Akosua Mensah-Reid", "Bluesky"),
            ("P3", "Tenzin Dorje", "Borderlines"),
        ],
        "people": ["Tenzin Dorje", "Harriet Vandermeer", "Akosua Mensah-Reid", "Hollister"],
    },
    {
        "name": "grand-jury-no-indictment-da-statement-two-paragraphs-facebook-live-twitch",
        "text": (
            "A grand jury in Westbury County declined on Monday to indict the two officers "
            "who shot and killed Luis Armando Beltrán, 17, during a foot chase in January.\n\n"
            "District Attorney Craig Holloway announced the decision in a written "
            "statement. “I know this outcome will be painful for Luis’s family and for many "
            "in our community.\n\n"
            "“The grand jury heard from 31 witnesses over six weeks. Its decision was "
            "independent, and I respect it,” Holloway wrote.\n\n"
            "Beltrán’s mother, Ana Sofía Beltrán, responded in a Facebook Live video from "
            "her front porch that night. “They say it was legal,” she said, holding her "
            "son’s photo. “Legal is not the same as right.”\n\n"
            "The community organizer Jamal Whitaker called the decision “the system "
            "protecting itself” during a livestream of a march to the courthouse on Twitch "
            "on Tuesday. About 300 people joined the march, which ended peacefully."
        ),
        "quotes": [
            (
                (
                    "I know this outcome will be painful for Luis’s family and for many in "
                    "our community."
                ),
                "Craig Holloway",
                False,
                "P1",
            ),
            (
                (
                    "The grand jury heard from 31 witnesses over six weeks. Its decision "
                    "was independent, and I respect it,"
                ),
                "Craig Holloway",
                False,
                "P1",
            ),
            ("They say it was legal,", "Ana Sofía Beltrán", False, "P2"),
            ("Legal is not the same as right.", "Ana Sofía Beltrán", False, "P2"),
            ("the system protecting itself", "Jamal Whitaker", True, "P3"),
        ],
        "posts": [
            ("P1", "Craig Holloway", None),
            ("P2", "Ana Sofía Beltrán", "Facebook"),
            ("P3", "Jamal Whitaker", "Twitch"),
        ],
        "people": ["Luis Armando Beltrán", "Craig Holloway", "Ana Sofía Beltrán", "Jamal Whitaker"],
    },
    {
        "name": "jail-deaths-class-action-sentinel-contractor-release-call-in-show",
        "text": (
            "Families of five people who died in the Mercer County Jail since 2021 filed a "
            "federal class-action lawsuit on Wednesday, alleging that the jail’s medical "
            "contractor, Vitalis Correctional Health, routinely ignored requests for care.\n\n"
            "The complaint says one of the men, Dwayne Pettaway, 39, submitted 11 written "
            "requests over nine days before he died of a ruptured appendix. His sister, "
            "Keisha Pettaway-Lane, is a lead plaintiff. “He wrote ‘please’ on every one of "
            "them,” she told the Mercer Sentinel.\n\n"
            "Vitalis said in a press release that it “strongly disputes” the allegations "
            "and that its staff “work under extraordinarily difficult conditions.”\n\n"
            "Sheriff Elaine Drummond, who oversees the jail, appeared on the call-in show "
            "Mercer Mornings on Thursday. “If the contractor failed those men, I want to "
            "know it before the lawyers do,” Drummond said. A caller who gave only her "
            "first name, Tasha, asked why the contract had been renewed last year. The "
            "sheriff did not answer directly."
        ),
        "quotes": [
            ("He wrote ‘please’ on every one of them,", "Keisha Pettaway-Lane", False, "P2"),
            ("strongly disputes", None, True, "P3"),
            ("work under extraordinarily difficult conditions.", None, True, "P3"),
            (
                ("If the contractor failed those men, I want to know it before the lawyers do,"),
                "Elaine Drummond",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keisha Pettaway-Lane", "Mercer Sentinel"),
            ("P3", None, "press release"),
            ("P4", "Elaine Drummond", "Mercer Mornings"),
        ],
        "people": ["Dwayne Pettaway", "Keisha Pettaway-Lane", "Elaine Drummond", "Tasha"],
    },
    {
        "name": "chief-resigns-text-message-resignation-letter-medium-union-statement",
        "text": (
            "The police chief of Harbor Point, Raymond Sikorski, resigned on Friday, three "
            "days after the Harbor Point Herald published text messages in which he mocked "
            "a Black councilwoman.\n\n"
            "In one of the messages, sent to a deputy chief in 2022, Sikorski referred to "
            "Councilwoman Adaeze Nwosu as “the problem on the third floor.”\n\n"
            "In a resignation letter to the city manager, Philip Garraway, the 61-year-old "
            "called the messages “private, crude and wrong.” “I have let down the officers "
            "who serve this city,” the letter said.\n\n"
            "Nwosu answered in an essay published on Medium on Saturday. “I did not need a "
            "text message to know how some people in that building see me,” she wrote. "
            "“What I needed was for someone to say it out loud. Now they have.”\n\n"
            "Garraway told reporters he would name an interim chief next week. The Harbor "
            "Point Police Officers Association said in a statement that the department was "
            "“bigger than any one man.”"
        ),
        "quotes": [
            ("the problem on the third floor.", "Raymond Sikorski", True, "P1"),
            ("private, crude and wrong.", "Raymond Sikorski", True, "P2"),
            ("I have let down the officers who serve this city,", "Raymond Sikorski", False, "P2"),
            (
                ("I did not need a text message to know how some people in that building see me,"),
                "Adaeze Nwosu",
                False,
                "P3",
            ),
            (
                "What I needed was for someone to say it out loud. Now they have.",
                "Adaeze Nwosu",
                False,
                "P3",
            ),
            ("bigger than any one man.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Raymond Sikorski", None),
            ("P2", "Raymond Sikorski", None),
            ("P3", "Adaeze Nwosu", "Medium"),
            ("P4", None, None),
        ],
        "people": ["Raymond Sikorski", "Adaeze Nwosu", "Philip Garraway"],
    },
]
