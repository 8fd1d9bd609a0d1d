"""The one-hundred-and-twenty-fourth self-made dev set, held out (DZ): its first run is
an unseen estimate.

Written with set EA, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper or magazine is such an interview; a statement, memo, letter,
email, court filing, lawsuit, judge's opinion or essay with no named outlet is a
post with no platform, and an essay on a named platform has that platform; a
press release or news/earnings release is a post with platform "press release";
a news conference, briefing, earnings call, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or filing has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  only described (an observatory's YouTube time-lapse, a nonprofit's report, a
  government complaint, an appeal notice, a regulator's statement) is listed.
- A show named in quotation marks is the platform, written without the marks
  and without its network or station: the BBC's "The Sky at Night" is The Sky
  at Night, BBC Radio 4's "Today" is Today, CNBC's "Squawk Box" is Squawk Box,
  Montana Public Radio's "Montana Evening Edition" is Montana Evening Edition,
  the podcast "Decoder" is Decoder, "60 Minutes" and "Good Morning America"
  likewise. The show's name in marks is not a quote. "Interviewed on CNN" has
  platform CNN; "told Quanta Magazine" and "told The Guardian" are interviews.
- A company's comment under a creator's TikTok video belongs to that video and
  speaks as None.
- A follow-up video, a second post on X and a TikTok video that stitches
  someone else's post are new posts by their authors; a post deleted soon after
  is still a post.
- A lawsuit filed by a named person is that person's post with no platform; the
  words "the complaint states" in it speak as that person. A federal agency's
  complaint or statement, a company's SEC filing and a notice of appeal filed by
  an official's office have author None and no platform.
- An official's letter (a senator writing to a company) is the official's post
  with no platform; a memo "seen by Reuters" has no platform (the outlet that
  saw it is not where it was made).
- A company's YouTube livestream is a post with author None; the words its
  named commentator says on the stream speak as the commentator and belong to
  it. Words given whole after "before adding," are not partial.
- A Reddit "Ask Me Anything" thread started by a named scientist is her Reddit
  post; an unnamed user's reply under it belongs to it and speaks as None, and
  is partial when reported inside narration ("replied that this was ...").
- A Reddit thread's title in marks, an essay's or video's title, a film, song
  or TV series in marks, a product's name, a drone's name, a gang's name and a
  so-called term ("lonely runner", "sunscreen contouring") are not quotes. A
  drone is not a person.
- A union sharing an essay on Facebook "adding" its own words is a new
  Facebook post with author None; a family's (whānau's) statement has author
  None and speaks as None; a university statement likewise.
- A study published in a journal (Nature, the Annals of Mathematics) is not a
  post.
- A quote given to the story's reporter "in an interview at the clinic" and a
  quote "when reached by phone" are not posts.
- A fragment of an essay quoted in narration right after "she wrote" ("where
  ...") is partial and belongs to the essay.
- Titles such as Dr., Judge and Senator are not part of a canonical name; a
  multiword surname (Brandy Two Bulls) and hyphenated surnames are part of it;
  name order is kept as written (Lin Zhaoyang, Jun-ho Baek).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DZ: list[dict] = [
    {
        "name": "linkedin-gene-therapy-layoffs-comment-statement",
        "text": (
            "Priya Raghunathan, the chief executive of the Cambridge gene-therapy "
            "developer Helixa Bio, said on LinkedIn on Wednesday that the company "
            "would cut roughly a third of its 210 employees after a failed trial. "
            "“Every one of these people did excellent work, and none of them caused "
            "this outcome,” she wrote.\n\n"
            "A former colleague, Olusegun Bankole, commented beneath the post that "
            "Helixa had been “one of the kindest places I ever worked.”\n\n"
            "In a statement, Helixa said the cuts would stretch its cash into 2027 "
            "and let it focus on a single eye-disease program. “The board fully "
            "supports this plan,” the statement said.\n\n"
            "Speaking to reporters at a biotech conference in Boston the next day, "
            "Raghunathan declined to say whether the company was exploring a sale. "
            "“We are not in that conversation,” she said. “Right now my job is "
            "making sure people land well.”\n\n"
            "The failed drug, which staff had nicknamed “Lighthouse,” was meant to "
            "treat a rare inherited form of blindness."
        ),
        "quotes": [
            (
                "Every one of these people did excellent work, and none of them "
                "caused this outcome,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("one of the kindest places I ever worked.", "Olusegun Bankole", True, "P1"),
            ("The board fully supports this plan,", None, False, "P2"),
            ("We are not in that conversation,", "Priya Raghunathan", False, None),
            ("Right now my job is making sure people land well.", "Priya Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
            ("P2", None, None),
        ],
        "people": ["Priya Raghunathan", "Olusegun Bankole"],
    },
    {
        "name": "substack-ai-researcher-podcast-senate-hearing",
        "text": (
            "In a Substack essay published on Sunday, the machine-learning "
            "researcher Tomasz Wiśniewski argued that large AI labs were publishing "
            "too little about how their systems fail. “Secrecy has become a "
            "business model dressed up as a safety policy,” he wrote.\n\n"
            "The essay, titled “What the Benchmarks Hide,” drew thousands of "
            "responses. Wiśniewski, who left the San Francisco start-up Corvid Labs "
            "last year, expanded on it on the podcast Latent Space Radio on "
            "Tuesday. “I am not asking anyone to release weights,” he said. “I am "
            "asking them to release their mistakes.”\n\n"
            "Corvid’s head of policy, Amara Okonkwo-Reyes, pushed back in a post on "
            "X, calling the essay “a caricature of how evaluation actually works.”\n\n"
            "Both testified on Thursday before a Senate subcommittee, where "
            "Wiśniewski said the industry reminded him of the film “Ex Machina.” "
            "“Except here the machine is not the interesting character,” he told "
            "senators. Okonkwo-Reyes told the panel that the company already shares "
            "results with government testers. “We publish more than we are given "
            "credit for,” she said."
        ),
        "quotes": [
            (
                "Secrecy has become a business model dressed up as a safety policy,",
                "Tomasz Wiśniewski",
                False,
                "P1",
            ),
            ("I am not asking anyone to release weights,", "Tomasz Wiśniewski", False, "P2"),
            ("I am asking them to release their mistakes.", "Tomasz Wiśniewski", False, "P2"),
            ("a caricature of how evaluation actually works.", "Amara Okonkwo-Reyes", True, "P3"),
            (
                "Except here the machine is not the interesting character,",
                "Tomasz Wiśniewski",
                False,
                None,
            ),
            ("We publish more than we are given credit for,", "Amara Okonkwo-Reyes", False, None),
        ],
        "posts": [
            ("P1", "Tomasz Wiśniewski", "Substack"),
            ("P2", "Tomasz Wiśniewski", "Latent Space Radio"),
            ("P3", "Amara Okonkwo-Reyes", "X"),
        ],
        "people": ["Tomasz Wiśniewski", "Amara Okonkwo-Reyes"],
    },
    {
        "name": "tiktok-dermatologist-sunscreen-brand-comment-gma",
        "text": (
            "A TikTok video in which the dermatologist Dr. Adaeze Nwosu tested six "
            "popular sunscreens under an ultraviolet camera has been viewed more "
            "than nine million times since Friday. Set to the Beatles’ “Here Comes "
            "the Sun,” the clip shows two of the products leaving visible gaps on "
            "her cheeks. “If you can see the streaks on camera, the sun can see "
            "them too,” Nwosu says in the video.\n\n"
            "Solvé Skin, the maker of one of the products, responded in the "
            "comments under the video. “Our formula meets every FDA requirement, "
            "and we welcome independent testing,” the company wrote.\n\n"
            "Nwosu, who practices in Houston, said on “Good Morning America” on "
            "Monday that she was not accusing anyone of fraud. “This is about how "
            "people actually apply it, not how a lab applies it,” she said.\n\n"
            "She also warned against a trend her younger followers call “sunscreen "
            "contouring,” in which people protect only the parts of the face that "
            "catch the light. “Please don’t,” the dermatologist wrote in a "
            "follow-up video."
        ),
        "quotes": [
            (
                "If you can see the streaks on camera, the sun can see them too,",
                "Adaeze Nwosu",
                False,
                "P1",
            ),
            (
                "Our formula meets every FDA requirement, and we welcome independent testing,",
                None,
                False,
                "P1",
            ),
            (
                "This is about how people actually apply it, not how a lab applies it,",
                "Adaeze Nwosu",
                False,
                "P2",
            ),
            ("Please don’t,", "Adaeze Nwosu", False, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu", "TikTok"),
            ("P2", "Adaeze Nwosu", "Good Morning America"),
            ("P3", "Adaeze Nwosu", "TikTok"),
        ],
        "people": ["Adaeze Nwosu"],
    },
    {
        "name": "fda-approval-release-news-conference-instagram-caption",
        "text": (
            "The Food and Drug Administration on Thursday approved the first pill "
            "for a rare muscle-wasting disorder, a decision patients had awaited "
            "for nearly a decade.\n\n"
            "“Today marks the end of a very long wait for these families,” Dr. "
            "Kwame Asante-Boateng, the chief executive of the drug’s maker, Orlen "
            "Therapeutics, said in a press release. The company said the drug, to "
            "be sold as Myovex, would cost about $390,000 a year.\n\n"
            "At a news conference in Silver Spring, Md., the agency’s drug-review "
            "chief, Dr. Helena Marchetti, defended the speed of the review. “We did "
            "not lower the bar,” she said. “We moved the paperwork faster.”\n\n"
            "Lucía Fernández-Ortega, whose 12-year-old son took part in the trial, "
            "posted a photo of him on Instagram with the caption “He climbed the "
            "stairs by himself today.” Under the post, Asante-Boateng left a "
            "comment: “Thank you for trusting us with him.”\n\n"
            "Some advocates have criticized the price. In a letter to the company, "
            "the group Families for Fair Access called the drug “a cure held behind "
            "a paywall.”"
        ),
        "quotes": [
            (
                "Today marks the end of a very long wait for these families,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("We did not lower the bar,", "Helena Marchetti", False, None),
            ("We moved the paperwork faster.", "Helena Marchetti", False, None),
            ("He climbed the stairs by himself today.", "Lucía Fernández-Ortega", False, "P2"),
            ("Thank you for trusting us with him.", "Kwame Asante-Boateng", False, "P2"),
            ("a cure held behind a paywall.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lucía Fernández-Ortega", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Kwame Asante-Boateng", "Helena Marchetti", "Lucía Fernández-Ortega"],
    },
    {
        "name": "reddit-ama-astronomer-youtube-sky-at-night",
        "text": (
            "The astronomer Dr. Mei-Ling Tsao, who led the team that spotted a new "
            "interstellar object last month, answered questions for three hours on "
            "Wednesday in an “Ask Me Anything” thread she started on Reddit’s "
            "r/space forum.\n\n"
            "Asked by one user whether the object could be artificial, she was "
            "blunt. “No. It is a lump of ice and rock behaving exactly as a lump of "
            "ice and rock should,” she wrote. Another user replied that this was "
            "“exactly what an alien would say,” a comment that drew thousands of "
            "upvotes.\n\n"
            "The object, which amateur observers have nicknamed “the Wanderer,” "
            "will make its closest approach to the Sun in March. The Kaimana "
            "Observatory in Hawaii, where Tsao works, posted a time-lapse of its "
            "path on YouTube on Thursday.\n\n"
            "In an interview with the BBC’s “The Sky at Night,” her colleague "
            "Rafael Quispe said the team had already booked time on two larger "
            "telescopes. “We have one chance to look at this thing, and we intend "
            "to use every minute,” he said."
        ),
        "quotes": [
            (
                "No. It is a lump of ice and rock behaving exactly as a lump of ice "
                "and rock should,",
                "Mei-Ling Tsao",
                False,
                "P1",
            ),
            ("exactly what an alien would say,", None, True, "P1"),
            (
                "We have one chance to look at this thing, and we intend to use every minute,",
                "Rafael Quispe",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mei-Ling Tsao", "Reddit"),
            ("P2", None, "YouTube"),
            ("P3", "Rafael Quispe", "The Sky at Night"),
        ],
        "people": ["Mei-Ling Tsao", "Rafael Quispe"],
    },
    {
        "name": "insulin-pump-whistleblower-lawsuit-facebook-hearing",
        "text": (
            "A former quality engineer at the insulin-pump maker Dosewell Medical "
            "has accused the company of hiding a software defect that caused some "
            "pumps to deliver double doses, according to a lawsuit filed in federal "
            "court in Minneapolis on Monday.\n\n"
            "The engineer, Siddharth Venkataraman, says in the filing that he "
            "raised the problem with managers at least four times in 2023. “Each "
            "time I was told the fix would ship in the next release,” the complaint "
            "states. “It never did.”\n\n"
            "Dosewell said in a statement that it “rejects these allegations in "
            "their entirety” and that every reported malfunction had been disclosed "
            "to regulators.\n\n"
            "Venkataraman, 41, wrote on Facebook that night that he had not slept "
            "in a week. “I never wanted to be the guy who sues his employer,” he "
            "wrote. “I wanted the pumps fixed.”\n\n"
            "At a brief hearing on Thursday, Judge Anneliese Holmqvist set a trial "
            "date for next spring. “This case will not sit on my docket,” she said."
        ),
        "quotes": [
            (
                "Each time I was told the fix would ship in the next release,",
                "Siddharth Venkataraman",
                False,
                "P1",
            ),
            ("It never did.", "Siddharth Venkataraman", False, "P1"),
            ("rejects these allegations in their entirety", None, True, "P2"),
            (
                "I never wanted to be the guy who sues his employer,",
                "Siddharth Venkataraman",
                False,
                "P3",
            ),
            ("I wanted the pumps fixed.", "Siddharth Venkataraman", False, "P3"),
            ("This case will not sit on my docket,", "Anneliese Holmqvist", False, None),
        ],
        "posts": [
            ("P1", "Siddharth Venkataraman", None),
            ("P2", None, None),
            ("P3", "Siddharth Venkataraman", "Facebook"),
        ],
        "people": ["Siddharth Venkataraman", "Anneliese Holmqvist"],
    },
    {
        "name": "threads-phone-battery-recall-reply-radio-today",
        "text": (
            "The smartphone maker Lumora will replace the batteries in roughly "
            "800,000 of its Vela 5 handsets after dozens of reports of overheating, "
            "its chief executive, Jun-ho Baek, announced on Threads on Friday.\n\n"
            "“We got this wrong, and we are going to make it right for every single "
            "customer,” Baek wrote, adding that replacements would be free and "
            "would take about an hour at any authorized repair shop.\n\n"
            "The swollen cells, known among repair technicians as “spicy pillows,” "
            "have scorched furniture in several homes. A schoolteacher in Leeds, "
            "Harriet Osei, replied under Baek’s post with a photo of a blackened "
            "nightstand. “Free replacement is nice. An apology for the couch would "
            "be nicer,” she wrote.\n\n"
            "Baek told the BBC Radio 4 program “Today” on Monday that the fault lay "
            "with a single supplier’s production line. “We have stopped buying from "
            "that line entirely,” he said.\n\n"
            "On an earnings call with analysts on Tuesday, Lumora’s finance chief, "
            "Ingrid Solberg, put the cost of the recall at $120 million. “It is a "
            "painful number, but a manageable one,” she said."
        ),
        "quotes": [
            (
                "We got this wrong, and we are going to make it right for every single customer,",
                "Jun-ho Baek",
                False,
                "P1",
            ),
            (
                "Free replacement is nice. An apology for the couch would be nicer,",
                "Harriet Osei",
                False,
                "P1",
            ),
            ("We have stopped buying from that line entirely,", "Jun-ho Baek", False, "P2"),
            ("It is a painful number, but a manageable one,", "Ingrid Solberg", False, None),
        ],
        "posts": [
            ("P1", "Jun-ho Baek", "Threads"),
            ("P2", "Jun-ho Baek", "Today"),
        ],
        "people": ["Jun-ho Baek", "Harriet Osei", "Ingrid Solberg"],
    },
    {
        "name": "medium-icu-nurse-essay-hospital-statement-union-cnn",
        "text": (
            "A Medium essay by Ewa Kowalczyk, an intensive-care nurse at St. "
            "Brendan’s Hospital in Chicago, has become a rallying point for nurses "
            "angry about staffing levels. “We are not heroes. We are tired people "
            "doing arithmetic that does not add up,” she wrote in the essay, "
            "published last week.\n\n"
            "Kowalczyk described shifts in which she cared for four critically ill "
            "patients at once, double the ratio recommended by her professional "
            "association. Real hospitals, she wrote, look nothing like “Grey’s "
            "Anatomy,” where “somebody always has time to talk in the hallway.”\n\n"
            "St. Brendan’s said in a statement that it met all state staffing "
            "requirements and was hiring 60 nurses. “Patient safety is never "
            "compromised,” the statement said.\n\n"
            "The nurses’ union shared the essay on Facebook, adding, “Every word of "
            "this is true on every floor.”\n\n"
            "Interviewed on CNN on Sunday, Kowalczyk said she had heard from "
            "hundreds of nurses in other states. “Nobody has written to tell me I "
            "am wrong,” the nurse said."
        ),
        "quotes": [
            (
                "We are not heroes. We are tired people doing arithmetic that does not add up,",
                "Ewa Kowalczyk",
                False,
                "P1",
            ),
            ("somebody always has time to talk in the hallway.", "Ewa Kowalczyk", True, "P1"),
            ("Patient safety is never compromised,", None, False, "P2"),
            ("Every word of this is true on every floor.", None, False, "P3"),
            ("Nobody has written to tell me I am wrong,", "Ewa Kowalczyk", False, "P4"),
        ],
        "posts": [
            ("P1", "Ewa Kowalczyk", "Medium"),
            ("P2", None, None),
            ("P3", None, "Facebook"),
            ("P4", "Ewa Kowalczyk", "CNN"),
        ],
        "people": ["Ewa Kowalczyk"],
    },
    {
        "name": "bluesky-glacier-study-university-release-youtube-critic",
        "text": (
            "Antarctica’s Thwaites Glacier is losing ice faster than any model "
            "predicted, according to a study published on Wednesday in the journal "
            "Nature.\n\n"
            "“We keep being surprised, and in glaciology surprises are almost never "
            "good news,” the study’s lead author, Dr. Femi Adebayo-Larsen, wrote on "
            "Bluesky, where he shared a thread of satellite images.\n\n"
            "The University of Tromsø, which led the work, said in a news release "
            "that the glacier had retreated nearly nine kilometers since 2011. The "
            "release quoted a co-author, Aiyana Redcloud, as saying the findings "
            "“should end any debate about whether the grounding line is stable.”\n\n"
            "Not everyone agreed. The commentator Brent Halvorsen, who hosts the "
            "YouTube channel Cold Facts, called the paper “alarmism with better "
            "graphics” in a video posted that evening.\n\n"
            "At a press briefing on Thursday, the glaciologist answered that "
            "critique directly. “The graphics are fine,” Adebayo-Larsen said, "
            "drawing laughter. “It is the data that should worry people.”"
        ),
        "quotes": [
            (
                "We keep being surprised, and in glaciology surprises are almost never good news,",
                "Femi Adebayo-Larsen",
                False,
                "P1",
            ),
            (
                "should end any debate about whether the grounding line is stable.",
                "Aiyana Redcloud",
                True,
                "P2",
            ),
            ("alarmism with better graphics", "Brent Halvorsen", True, "P3"),
            ("The graphics are fine,", "Femi Adebayo-Larsen", False, None),
            ("It is the data that should worry people.", "Femi Adebayo-Larsen", False, None),
        ],
        "posts": [
            ("P1", "Femi Adebayo-Larsen", "Bluesky"),
            ("P2", None, "press release"),
            ("P3", "Brent Halvorsen", "YouTube"),
        ],
        "people": ["Femi Adebayo-Larsen", "Aiyana Redcloud", "Brent Halvorsen"],
    },
    {
        "name": "x-deleted-post-self-driving-trucks-sec-filing-ft",
        "text": (
            "Shares of the self-driving truck company Haulwise fell 14 percent on "
            "Monday after its founder, Rohan Mehta-Castillo, wrote on X that the "
            "company’s trucks would run “fully driverless between Dallas and "
            "Phoenix by summer.”\n\n"
            "The post was deleted within an hour. In a filing with the Securities "
            "and Exchange Commission later that day, Haulwise said that no such "
            "timeline had been approved by its board and that “statements made on "
            "personal social media accounts do not represent company guidance.”\n\n"
            "Mehta-Castillo, whom employees jokingly call “Captain Cruise Control,” "
            "told the Financial Times on Tuesday that he had been “too excited, not "
            "wrong.” He said the company remained on track for driverless testing "
            "next year.\n\n"
            "Ayesha Karimova, an analyst at Brightwater Capital, wrote in a note to "
            "clients that the episode would “make every regulator in Texas read his "
            "feed more carefully.”\n\n"
            "At an industry conference in Austin on Wednesday, the state’s "
            "transportation commissioner, Dolores Ybarra, said her office had "
            "received no application from the company. “Nobody drives anything on "
            "our highways without a permit, human or not,” she said."
        ),
        "quotes": [
            (
                "fully driverless between Dallas and Phoenix by summer.",
                "Rohan Mehta-Castillo",
                True,
                "P1",
            ),
            (
                "statements made on personal social media accounts do not represent "
                "company guidance.",
                None,
                True,
                "P2",
            ),
            ("too excited, not wrong.", "Rohan Mehta-Castillo", True, "P3"),
            (
                "make every regulator in Texas read his feed more carefully.",
                "Ayesha Karimova",
                True,
                "P4",
            ),
            (
                "Nobody drives anything on our highways without a permit, human or not,",
                "Dolores Ybarra",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rohan Mehta-Castillo", "X"),
            ("P2", None, None),
            ("P3", "Rohan Mehta-Castillo", "Financial Times"),
            ("P4", "Ayesha Karimova", None),
        ],
        "people": ["Rohan Mehta-Castillo", "Ayesha Karimova", "Dolores Ybarra"],
    },
    {
        "name": "quantum-claim-release-youtube-physicist-linkedin-cbc",
        "text": (
            "A claim in a press release from the Toronto start-up Qubitline that "
            "its 1,200-qubit machine had solved a problem “no classical computer "
            "could touch in a thousand years” is drawing skepticism from "
            "physicists.\n\n"
            "In a 40-minute YouTube video posted on Saturday, the physicist and "
            "science communicator Dr. Sunniva Haugland walked through the benchmark "
            "line by line. “They picked a problem designed to be hard for laptops "
            "and easy for their chip,” she says in the video. “That is not nothing. "
            "It is also not a revolution.”\n\n"
            "Qubitline’s chief scientist, Arash Farahani, responded on LinkedIn. "
            "“We welcome scrutiny, and we will publish the full circuits next "
            "month,” he wrote. Several commenters under his post asked why the "
            "circuits had not been published at launch.\n\n"
            "Haugland’s video, titled “Quantum Supremacy, Again?,” has been viewed "
            "1.3 million times. Speaking on the CBC radio show “Quirks & Quarks,” "
            "she said she would study the circuits when they appear. “If they hold "
            "up, I will make a video saying so,” she said."
        ),
        "quotes": [
            ("no classical computer could touch in a thousand years", None, True, "P1"),
            (
                "They picked a problem designed to be hard for laptops and easy for their chip,",
                "Sunniva Haugland",
                False,
                "P2",
            ),
            ("That is not nothing. It is also not a revolution.", "Sunniva Haugland", False, "P2"),
            (
                "We welcome scrutiny, and we will publish the full circuits next month,",
                "Arash Farahani",
                False,
                "P3",
            ),
            ("If they hold up, I will make a video saying so,", "Sunniva Haugland", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Sunniva Haugland", "YouTube"),
            ("P3", "Arash Farahani", "LinkedIn"),
            ("P4", "Sunniva Haugland", "Quirks & Quarks"),
        ],
        "people": ["Sunniva Haugland", "Arash Farahani"],
    },
    {
        "name": "pig-kidney-patient-instagram-surgeon-60-minutes-whanau",
        "text": (
            "Three months after becoming one of the first people to receive a "
            "kidney from a genetically edited pig, Tawhiri Ngata is back at work as "
            "a bus driver in Auckland, he announced on Instagram on Sunday.\n\n"
            "“Ninety days, zero dialysis, one very grateful pig,” Ngata wrote "
            "beneath a photo of himself in uniform.\n\n"
            "His surgeon, Dr. Beatriz Moreira-Lund, described the recovery at a "
            "news conference at Auckland City Hospital on Monday as “better than "
            "any of us dared to write down.” The organ shows no sign of rejection. "
            "“We check every week, and every week the answer is the same,” the "
            "surgeon said.\n\n"
            "Moreira-Lund had told “60 Minutes” in an interview aired last month "
            "that the procedure was still experimental. “One good result is a "
            "story,” she said then. “Fifty good results would be medicine.”\n\n"
            "Ngata’s whānau said in a statement that they were “grateful beyond "
            "words” to the hospital’s transplant team. Ngata, for his part, has "
            "taken to calling the organ “Piggy Smalls.”"
        ),
        "quotes": [
            ("Ninety days, zero dialysis, one very grateful pig,", "Tawhiri Ngata", False, "P1"),
            ("better than any of us dared to write down.", "Beatriz Moreira-Lund", True, None),
            (
                "We check every week, and every week the answer is the same,",
                "Beatriz Moreira-Lund",
                False,
                None,
            ),
            ("One good result is a story,", "Beatriz Moreira-Lund", False, "P2"),
            ("Fifty good results would be medicine.", "Beatriz Moreira-Lund", False, "P2"),
            ("grateful beyond words", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Tawhiri Ngata", "Instagram"),
            ("P2", "Beatriz Moreira-Lund", "60 Minutes"),
            ("P3", None, None),
        ],
        "people": ["Tawhiri Ngata", "Beatriz Moreira-Lund"],
    },
    {
        "name": "senator-letter-period-app-email-decoder-podcast",
        "text": (
            "Senator Marguerite Delacroix wrote to the period-tracking app Cyclia "
            "on Tuesday demanding to know whether it had shared user data with "
            "advertisers. “Women deserve to know exactly who is reading their "
            "health data,” she wrote.\n\n"
            "The letter followed a report by the nonprofit Data Justice Lab that "
            "found the app sending device identifiers to three marketing firms.\n\n"
            "Cyclia emailed its 4 million users on Wednesday to say that it “has "
            "never sold, and will never sell, personal health information.”\n\n"
            "Its co-founder, Noor Haddad, went further on the podcast “Decoder” the "
            "same day. “We made a bad call on an analytics vendor, and we have "
            "already removed it,” she said. Asked whether users should trust the "
            "app, Haddad paused. “They should verify, not trust,” she said. “That "
            "is why we are opening our code to outside auditors.”\n\n"
            "Delacroix, speaking at a Capitol Hill news conference on Thursday, "
            "said the answer had come “a few years too late.”"
        ),
        "quotes": [
            (
                "Women deserve to know exactly who is reading their health data,",
                "Marguerite Delacroix",
                False,
                "P1",
            ),
            ("has never sold, and will never sell, personal health information.", None, True, "P3"),
            (
                "We made a bad call on an analytics vendor, and we have already removed it,",
                "Noor Haddad",
                False,
                "P4",
            ),
            ("They should verify, not trust,", "Noor Haddad", False, "P4"),
            (
                "That is why we are opening our code to outside auditors.",
                "Noor Haddad",
                False,
                "P4",
            ),
            ("a few years too late.", "Marguerite Delacroix", True, None),
        ],
        "posts": [
            ("P1", "Marguerite Delacroix", None),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Noor Haddad", "Decoder"),
        ],
        "people": ["Marguerite Delacroix", "Noor Haddad"],
    },
    {
        "name": "x-thread-mathematician-proof-reply-quanta-statement",
        "text": (
            "The Nairobi mathematician Wanjiru Kamau says she has proved the "
            "so-called “lonely runner” conjecture, a problem that has resisted "
            "solution since the 1960s. She announced the 74-page proof in a thread "
            "on X on Friday. “I have checked it eleven times. Now it is your turn,” "
            "she wrote.\n\n"
            "Within hours, the Oxford number theorist Declan Fitzmaurice replied to "
            "the thread. “Read the first 20 pages. So far, it is beautiful,” he "
            "wrote.\n\n"
            "Kamau told Quanta Magazine that the key idea came to her during a "
            "power cut. “No laptop, no internet, just a pencil and a candle,” she "
            "said. “Maybe I should recommend it.”\n\n"
            "Strathmore University, where she teaches, said in a statement that it "
            "was “immensely proud” and that the proof had been submitted to the "
            "Annals of Mathematics.\n\n"
            "Fitzmaurice was more cautious when reached by phone on Sunday. “Long "
            "proofs hide small errors,” he said. “We will know in a year.”"
        ),
        "quotes": [
            ("I have checked it eleven times. Now it is your turn,", "Wanjiru Kamau", False, "P1"),
            (
                "Read the first 20 pages. So far, it is beautiful,",
                "Declan Fitzmaurice",
                False,
                "P1",
            ),
            ("No laptop, no internet, just a pencil and a candle,", "Wanjiru Kamau", False, "P2"),
            ("Maybe I should recommend it.", "Wanjiru Kamau", False, "P2"),
            ("immensely proud", None, True, "P3"),
            ("Long proofs hide small errors,", "Declan Fitzmaurice", False, None),
            ("We will know in a year.", "Declan Fitzmaurice", False, None),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau", "X"),
            ("P2", "Wanjiru Kamau", "Quanta Magazine"),
            ("P3", None, None),
        ],
        "people": ["Wanjiru Kamau", "Declan Fitzmaurice"],
    },
    {
        "name": "drone-clinic-facebook-public-radio-town-hall",
        "text": (
            "For the past six weeks, insulin and antivenom have been arriving at "
            "the Kettle Creek Community Clinic in western Montana by air. The "
            "clinic announced the drone pilot on its Facebook page in September, "
            "promising deliveries “in under 40 minutes, snow or shine.”\n\n"
            "The drones are operated by the Seattle company SkyTend. Its chief "
            "executive, Oluwaseun Adeleke, told Montana Public Radio’s “Montana "
            "Evening Edition” that the clinic had become its busiest rural site. "
            "“They order more than some hospitals do,” he said.\n\n"
            "The clinic’s head nurse, Brandy Two Bulls, said the service had "
            "already mattered. In October a drone brought antivenom for a rancher "
            "bitten by a rattlesnake. “Before this, we would have been driving two "
            "hours each way,” she said in an interview at the clinic.\n\n"
            "Not every resident is pleased. At a town hall last week, a retired "
            "crop-duster pilot, Gerald Whitcomb, complained about the noise. “It "
            "sounds like a lawn mower having a bad day,” he said.\n\n"
            "Staff have named the lead drone “Marigold.”"
        ),
        "quotes": [
            ("in under 40 minutes, snow or shine.", None, True, "P1"),
            ("They order more than some hospitals do,", "Oluwaseun Adeleke", False, "P2"),
            (
                "Before this, we would have been driving two hours each way,",
                "Brandy Two Bulls",
                False,
                None,
            ),
            ("It sounds like a lawn mower having a bad day,", "Gerald Whitcomb", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Oluwaseun Adeleke", "Montana Evening Edition"),
        ],
        "people": ["Oluwaseun Adeleke", "Brandy Two Bulls", "Gerald Whitcomb"],
    },
    {
        "name": "ftc-complaint-influencer-supplement-tiktok-stitch-apology",
        "text": (
            "The Federal Trade Commission filed a complaint on Tuesday accusing the "
            "wellness influencer Savannah Lockhart of promoting a mushroom "
            "supplement with false claims that it could reverse early-stage "
            "diabetes.\n\n"
            "In an Instagram post last spring, Lockhart told her 2.1 million "
            "followers that the powder had “basically replaced my doctor.” The "
            "complaint says she was paid $450,000 by its maker, Rootwise, and did "
            "not disclose the arrangement.\n\n"
            "The post caught the attention of the endocrinologist Dr. Farid Alavi, "
            "who stitched it into a TikTok video that has been watched four million "
            "times. “Please do not stop taking metformin because someone on "
            "Instagram told you to,” he said in the video.\n\n"
            "Lockhart apologized in a YouTube video on Wednesday. “I trusted a "
            "company I should not have trusted, and I passed that trust on to you,” "
            "she said, her voice breaking.\n\n"
            "Rootwise said in a statement that it was “cooperating fully” with the "
            "commission. Its flagship product, sold as “Golden Root Reset,” has "
            "been pulled from its website."
        ),
        "quotes": [
            ("basically replaced my doctor.", "Savannah Lockhart", True, "P2"),
            (
                "Please do not stop taking metformin because someone on Instagram told you to,",
                "Farid Alavi",
                False,
                "P3",
            ),
            (
                "I trusted a company I should not have trusted, and I passed that trust on to you,",
                "Savannah Lockhart",
                False,
                "P4",
            ),
            ("cooperating fully", None, True, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Savannah Lockhart", "Instagram"),
            ("P3", "Farid Alavi", "TikTok"),
            ("P4", "Savannah Lockhart", "YouTube"),
            ("P5", None, None),
        ],
        "people": ["Savannah Lockhart", "Farid Alavi"],
    },
    {
        "name": "chipmaker-earnings-release-call-memo-squawk-box",
        "text": (
            "The chipmaker Veridian Semiconductor reported a 38 percent jump in "
            "quarterly revenue on Wednesday, driven by demand for its AI "
            "accelerators, and said it would build a second factory in Arizona.\n\n"
            "“Our customers are asking for more than we can make, which is a good "
            "problem until it isn’t,” the chief executive, Lin Zhaoyang, said in "
            "the earnings release.\n\n"
            "On a call with analysts, Lin said the new plant would not produce "
            "chips before 2028. “Fabs are not apps,” he said. “You cannot ship them "
            "over a weekend.”\n\n"
            "In a memo to employees seen by Reuters, Lin warned against "
            "complacency. “Every competitor we have is reading these numbers "
            "tonight,” he wrote.\n\n"
            "The stock, nicknamed “the quiet giant” by some traders, rose 9 percent "
            "in after-hours trading. Appearing on CNBC’s “Squawk Box” on Thursday, "
            "the Bernstein analyst Keiko Matsuda-Grant called the results “the "
            "cleanest quarter in the sector this year.”"
        ),
        "quotes": [
            (
                "Our customers are asking for more than we can make, which is a "
                "good problem until it isn’t,",
                "Lin Zhaoyang",
                False,
                "P1",
            ),
            ("Fabs are not apps,", "Lin Zhaoyang", False, None),
            ("You cannot ship them over a weekend.", "Lin Zhaoyang", False, None),
            (
                "Every competitor we have is reading these numbers tonight,",
                "Lin Zhaoyang",
                False,
                "P2",
            ),
            ("the cleanest quarter in the sector this year.", "Keiko Matsuda-Grant", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lin Zhaoyang", None),
            ("P3", "Keiko Matsuda-Grant", "Squawk Box"),
        ],
        "people": ["Lin Zhaoyang", "Keiko Matsuda-Grant"],
    },
    {
        "name": "dna-company-bankruptcy-hearing-attorney-general-x-reddit",
        "text": (
            "A bankruptcy judge in Delaware on Monday approved the sale of the "
            "genetic-testing company HelixHome, along with the DNA data of its 9 "
            "million customers, to a pharmaceutical research firm.\n\n"
            "At the hearing, Judge Raymond Okafor-Quinn said he had weighed the "
            "privacy objections carefully. “The law gives customers the right to "
            "delete their data, and the buyer is bound by that,” he said.\n\n"
            "Minnesota’s attorney general, Siri Lindahl-Mwangi, attacked the ruling "
            "in a post on X. “Your genome is not a used office chair to be "
            "auctioned off,” she wrote. Her office filed a notice of appeal the "
            "next morning.\n\n"
            "On Reddit, a thread titled “How to delete your HelixHome data before "
            "Friday” reached the top of the r/privacy forum. “Done. Took four "
            "minutes and two password resets,” one user wrote in the replies.\n\n"
            "The buyer, Arcturus Biosciences, said in a press release that it would "
            "honor every deletion request and would “never use customer data for "
            "insurance or employment purposes.”"
        ),
        "quotes": [
            (
                "The law gives customers the right to delete their data, and the "
                "buyer is bound by that,",
                "Raymond Okafor-Quinn",
                False,
                None,
            ),
            (
                "Your genome is not a used office chair to be auctioned off,",
                "Siri Lindahl-Mwangi",
                False,
                "P1",
            ),
            ("Done. Took four minutes and two password resets,", None, False, "P3"),
            ("never use customer data for insurance or employment purposes.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Siri Lindahl-Mwangi", "X"),
            ("P2", None, None),
            ("P3", None, "Reddit"),
            ("P4", None, "press release"),
        ],
        "people": ["Raymond Okafor-Quinn", "Siri Lindahl-Mwangi"],
    },
    {
        "name": "rocket-breakup-youtube-livestream-founder-x-faa",
        "text": (
            "A prototype rocket built by the Texas launch company Orbital Forge "
            "broke apart about 90 seconds after lifting off on Saturday, scattering "
            "debris over the Gulf of Mexico.\n\n"
            "The company’s livestream on YouTube, watched by more than 300,000 "
            "people, cut away moments after the vehicle began to tumble. “We have "
            "lost telemetry,” the launch commentator, Ximena Alarcón, said on the "
            "stream, before adding, “This is why we test.”\n\n"
            "The company’s founder, Viktor Almasi, posted on X an hour later. “Data "
            "looks rich. Vehicle looks less rich,” he wrote. A few minutes later, "
            "in a second post, he said the next rocket was already “80 percent "
            "built.”\n\n"
            "The Federal Aviation Administration said in a statement that it had "
            "opened a mishap investigation and that no injuries had been reported.\n\n"
            "Speaking at a news conference in Brownsville on Sunday, the county "
            "judge, Esperanza Villalobos, said residents along the coast had heard "
            "the blast. “Windows rattled from here to the beach,” she said."
        ),
        "quotes": [
            ("We have lost telemetry,", "Ximena Alarcón", False, "P1"),
            ("This is why we test.", "Ximena Alarcón", False, "P1"),
            ("Data looks rich. Vehicle looks less rich,", "Viktor Almasi", False, "P2"),
            ("80 percent built.", "Viktor Almasi", True, "P3"),
            ("Windows rattled from here to the beach,", "Esperanza Villalobos", False, None),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", "Viktor Almasi", "X"),
            ("P3", "Viktor Almasi", "X"),
            ("P4", None, None),
        ],
        "people": ["Ximena Alarcón", "Viktor Almasi", "Esperanza Villalobos"],
    },
    {
        "name": "hospital-ransomware-statement-guardian-mastodon-facebook",
        "text": (
            "A ransomware attack has forced Northfield General Hospital in "
            "Manchester to postpone more than 1,400 operations and appointments, "
            "the hospital confirmed in a statement on Thursday. “We are deeply "
            "sorry for the distress this is causing,” the statement said.\n\n"
            "The hospital’s chief executive, Dr. Anjali Deshpande, told The "
            "Guardian that no ransom would be paid. “Paying criminals only funds "
            "the next attack,” she said.\n\n"
            "The security researcher Mikko Rautiainen, who tracks ransomware "
            "groups, wrote on Mastodon that the attack bore the hallmarks of a gang "
            "known as “Black Heron.” “Same ransom note, same typos, same playbook,” "
            "he wrote.\n\n"
            "Patients described chaos. Grace Oyelaran-Whyte, whose hip replacement "
            "was cancelled the night before surgery, posted on Facebook that she "
            "had “packed the bag, arranged the dog-sitter, and then got a text.”\n\n"
            "At a briefing in London, the health secretary, Thomas Pemberton-Ashe, "
            "said government cyber specialists were working alongside hospital "
            "staff. “We will not let this go unanswered,” he said."
        ),
        "quotes": [
            ("We are deeply sorry for the distress this is causing,", None, False, "P1"),
            ("Paying criminals only funds the next attack,", "Anjali Deshpande", False, "P2"),
            ("Same ransom note, same typos, same playbook,", "Mikko Rautiainen", False, "P3"),
            (
                "packed the bag, arranged the dog-sitter, and then got a text.",
                "Grace Oyelaran-Whyte",
                True,
                "P4",
            ),
            ("We will not let this go unanswered,", "Thomas Pemberton-Ashe", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anjali Deshpande", "The Guardian"),
            ("P3", "Mikko Rautiainen", "Mastodon"),
            ("P4", "Grace Oyelaran-Whyte", "Facebook"),
        ],
        "people": [
            "Anjali Deshpande",
            "Mikko Rautiainen",
            "Grace Oyelaran-Whyte",
            "Thomas Pemberton-Ashe",
        ],
    },
]
