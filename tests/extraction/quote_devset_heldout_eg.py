"""The one-hundred-and-thirty-first self-made dev set, held out (EG): its first run is an unseen estimate.

Written with set EF, without reading the extraction rules, and committed before
any rule was run on it. Topic area: science, space, medical research and
technology companies. Same format and conventions as the earlier self-made sets
(not a public corpus): an interview with a named outlet or show is a post
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
- Post ids follow the order in which the text first reports each post; quotes
  are listed in the order they appear in the text.
- people lists every named person in the text, also those who are only
  mentioned and never quoted (Ilse Marchetti, the lawyer Marcus Ellery-Boateng).
- A post reported without any quoted words (Auroral Quantum's press release, the
  Workplace Safety Authority's letter to Tallis Robotics) is still listed.
- A research paper or study published in a journal (the Northern Journal of
  Medicine, Human Origins, a paper "posted online") and a journal's retraction
  are the news itself, not posts; a named scientist's commentary in a journal
  is an essay with the journal as platform ("Northern Journal of Medicine").
- A chief executive's email to staff "seen by" a news site is the executive's
  post with no platform; the news site that saw it is not the platform.
- An internal hospital report "obtained by" a newspaper is a post with author
  None and no platform; a parents' open letter is a post with author None and
  its words speak as None.
- A release's one-word fragment ("precautionary.") attributed to the release is
  partial with speaker None; the executive quoted "in the release" or "in the
  statement" is the speaker while the post's author stays None.
- A class-action complaint filed by patients has author None and its words
  speak as None, although a plaintiff is named later.
- An unnamed spokesman who "said" something, with no statement or outlet
  mentioned, is not a post: the fragment has speaker None and post None.
- A company's blog post with no named platform has author None and platform
  None; a researcher's own blog named in the text ("his blog, Open Ports") has
  that name as platform.
- A video "for the agency's YouTube channel" recorded by the scientist is her
  YouTube post; a viral clip posted to YouTube by a named driver is his.
- A show named with its broadcaster (Radio Norland's The Hour, BNX's Market
  Open, NRT's Evening Report) takes the show's name; "the magazine Lab
  Frontier" has platform Lab Frontier; a podcast named as written (Planetary
  Hours, Deep Time Radio) is the platform.
- A fragment in narration right after the text says she appeared on a show
  ("She said the test was ...") belongs to that appearance and is partial.
- A pseudonymous PubPeer user ("Hypsibius", a pseudonym in marks, not a quote)
  is an unnamed person: the comment is a PubPeer post with author None.
- A researcher's statement "released through her lawyer" is her own post with
  no platform.
- A reply posted "beneath the thread" or "replied under his post", and a reply
  reported right after a Threads post ("The retired astronaut ... replied:"),
  belong to the post replied to; a fragment of such a reply in narration is
  partial.
- Quoting someone's X post "with a comment of his own" is a new X post by the
  quoter; sharing a Facebook post "with a note of his own" is a new Facebook
  post by the sharer.
- A company's X post "with the words ..." and a union's Facebook post have
  author None; the words given whole are not partial.
- A fund manager's words that "the firm had become a “science project with a
  ticker.”" told to a named newspaper are a partial quote of that interview,
  not a scare quote; so-called “zombie” cells and “hallucinations” are scare
  quotes.
- A quote split by "he said" ("I am not finished," he said, "and neither ...")
  is two quotes, neither partial, both linked to the interview.
- A quote that runs over two paragraphs after "In an interview with the Okaruso
  Observer, Kavari described the night" is one quote per paragraph, both tied
  to that interview.
- A sister's comment under a TikTok video and a colleague's comment
  under a LinkedIn post, by unnamed people, belong to the post with speaker
  None; an unnamed user's comment under an unnamed user's Reddit thread belongs
  to that thread (author None, platform Reddit); the thread's title in marks is
  not a quote.
- An Instagram story is an Instagram post; a photo shared "with the caption"
  is a post whose caption is a whole quote.
- A letter by a senator is her post with no platform; Senator, Gov., Prof. and
  Dr. are titles, not part of a canonical name.
- Names of spacecraft, stations, products and chatbots (Tortoise, Buttercup,
  Halcyon-2, ClearMark, Juniper) are not people; a nickname in marks inside a
  quote is part of the quote's text, and a scare quote in single marks inside a
  quote (‘quantum advantage’, ‘I don’t know’) is part of that quote.
- Name order as written is kept (Jun-seo Park); particles and hyphenated
  surnames are part of the canonical name (Pieter van Rensburg).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EG: list[dict] = [
    {
        "name": "launch-failure-statement-x-comment-news-conference",
        "text": (
            "Orbital Larch, a satellite launch company based in the northern town of "
            "Vallsjö, lost its second rocket in four months on Thursday when the vehicle "
            "broke apart 90 seconds after liftoff. In a statement, the company said its "
            "payload, a weather satellite for the Nordic Meteorological Alliance, had "
            "been destroyed. “We are working with the authorities to recover debris and "
            "understand the cause,” the statement said.\n\n"
            "Its chief executive, Annika Vesterberg, was blunter on X. “Two failures in a "
            "row is not acceptable. We will not fly again until we know exactly why,” she "
            "wrote. Under her post, the alliance’s program director, Rafael "
            "Quintero-Mäkinen, added: “We still believe in this team.”\n\n"
            "At a news conference on Friday, Vesterberg said engineers had narrowed the "
            "problem to a valve in the second stage. “It is a part we make ourselves, "
            "which is both bad news and good news,” the 47-year-old said. She declined to "
            "say when the next launch would be, and the company’s insurers have not "
            "commented on the loss."
        ),
        "quotes": [
            (
                "We are working with the authorities to recover debris and understand the cause,",
                None,
                False,
                "P1",
            ),
            (
                "Two failures in a row is not acceptable. We will not fly again until we know "
                "exactly why,",
                "Annika Vesterberg",
                False,
                "P2",
            ),
            ("We still believe in this team.", "Rafael Quintero-Mäkinen", False, "P2"),
            (
                "It is a part we make ourselves, which is both bad news and good news,",
                "Annika Vesterberg",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Annika Vesterberg", "X"),
        ],
        "people": ["Annika Vesterberg", "Rafael Quintero-Mäkinen"],
    },
    {
        "name": "journal-study-commentary-newspaper-statement-earnings-call",
        "text": (
            "A drug first developed for gout appears to slow a rare inherited kidney "
            "disease, according to a study published on Wednesday in the Northern Journal "
            "of Medicine. The pill clears so-called “zombie” cells from the kidney’s "
            "filters, and in the trial, led by Dr. Oluwaseun Bakare of the Halvorsen "
            "Institute in Tromvik, it delayed dialysis by an average of 14 months.\n\n"
            "Bakare told The Morning Ledger that the result was not a cure. “What we have "
            "is time, and for these families time matters enormously,” she said.\n\n"
            "In an accompanying commentary in the Northern Journal of Medicine, Dr. "
            "Pieter van Rensburg, a nephrologist in Port Elara, called the findings "
            "“solid but narrow” and wrote that “a trial in children has to come next.”\n\n"
            "The manufacturer, Castellan Pharma, said in a statement that it would apply "
            "for approval next year. “We are encouraged by the data and will share it "
            "with regulators promptly,” the statement said. Its chief executive, Ilse "
            "Marchetti, told analysts on an earnings call that sales could begin the year "
            "after."
        ),
        "quotes": [
            (
                "What we have is time, and for these families time matters enormously,",
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            ("solid but narrow", "Pieter van Rensburg", True, "P2"),
            ("a trial in children has to come next.", "Pieter van Rensburg", True, "P2"),
            (
                "We are encouraged by the data and will share it with regulators promptly,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", "The Morning Ledger"),
            ("P2", "Pieter van Rensburg", "Northern Journal of Medicine"),
            ("P3", None, None),
        ],
        "people": ["Oluwaseun Bakare", "Pieter van Rensburg", "Ilse Marchetti"],
    },
    {
        "name": "chipmaker-staff-email-linkedin-comment-told-reporters",
        "text": (
            "The chief executive of Quillfeather, a maker of chips for hearing aids, told "
            "employees on Monday that the company would cut about 300 jobs, or one in "
            "six. “I made the decision to hire ahead of demand, and the demand did not "
            "come,” Dev Raghunathan wrote in an email to staff that was seen by the news "
            "site Circuitry.\n\n"
            "The email, which ran to four paragraphs, asked managers to tell affected "
            "workers by Wednesday. “Please do this in person, not over chat,” he wrote.\n\n"
            "One of those laid off, the firmware engineer Corinne Abernathy-Sousa, posted "
            "on LinkedIn that she had learned the news from a calendar invitation. “So "
            "much for in person,” she wrote. A former colleague commented beneath her "
            "post: “Anyone hiring embedded folks, she is the best I have worked with.”\n\n"
            "Raghunathan, 52, told reporters outside the company’s headquarters in Marlow "
            "Springs that he would take no bonus this year. “It is the least I can do,” "
            "he said. The company’s shares rose 3 percent."
        ),
        "quotes": [
            (
                "I made the decision to hire ahead of demand, and the demand did not come,",
                "Dev Raghunathan",
                False,
                "P1",
            ),
            ("Please do this in person, not over chat,", "Dev Raghunathan", False, "P1"),
            ("So much for in person,", "Corinne Abernathy-Sousa", False, "P2"),
            (
                "Anyone hiring embedded folks, she is the best I have worked with.",
                None,
                False,
                "P2",
            ),
            ("It is the least I can do,", "Dev Raghunathan", False, None),
        ],
        "posts": [
            ("P1", "Dev Raghunathan", None),
            ("P2", "Corinne Abernathy-Sousa", "LinkedIn"),
        ],
        "people": ["Dev Raghunathan", "Corinne Abernathy-Sousa"],
    },
    {
        "name": "mars-lander-nickname-agency-x-youtube-video-podcast",
        "text": (
            "The lander that engineers affectionately call “Tortoise” has gone silent on "
            "the surface of Mars after 1,100 days, the Pan-Andean Space Agency said on "
            "Sunday. The agency posted on X that a dust storm had buried its solar "
            "panels. “We will keep listening every morning for as long as there is a "
            "chance,” the post said.\n\n"
            "The mission’s principal investigator, Prof. Lucía Arrieta-Bühler, recorded a "
            "short video for the agency’s YouTube channel the same day. Speaking from the "
            "control room in Santa Irene, she said: “Tortoise was designed to last ninety "
            "days. Everything after that was a gift.”\n\n"
            "Asked on the podcast Planetary Hours whether the lander could still wake up, "
            "the 58-year-old was cautious. “It happened once before, after the storm two "
            "winters ago, so I will not say never,” she said. “But the batteries are old, "
            "and the cold is brutal.”\n\n"
            "The lander, which cost about $310 million, found the first clear evidence of "
            "ancient lake beds in the crater where it landed."
        ),
        "quotes": [
            (
                "We will keep listening every morning for as long as there is a chance,",
                None,
                False,
                "P1",
            ),
            (
                "Tortoise was designed to last ninety days. Everything after that was a gift.",
                "Lucía Arrieta-Bühler",
                False,
                "P2",
            ),
            (
                "It happened once before, after the storm two winters ago, so I will not say "
                "never,",
                "Lucía Arrieta-Bühler",
                False,
                "P3",
            ),
            (
                "But the batteries are old, and the cold is brutal.",
                "Lucía Arrieta-Bühler",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Lucía Arrieta-Bühler", "YouTube"),
            ("P3", "Lucía Arrieta-Bühler", "Planetary Hours"),
        ],
        "people": ["Lucía Arrieta-Bühler"],
    },
    {
        "name": "gene-therapy-pause-internal-report-release-letter-substack",
        "text": (
            "A trial of a gene therapy for muscular dystrophy at St. Brendan’s Children’s "
            "Hospital in Kilcarra was paused last week after two participants developed "
            "liver inflammation, according to an internal report by the hospital that was "
            "obtained by The Coastal Times.\n\n"
            "“Both children have recovered, and no further doses will be given until the "
            "safety board has met,” the report said.\n\n"
            "The trial’s sponsor, Verdane Therapeutics, said in a press release that the "
            "pause was “precautionary.” Its head of research, Dr. Tobias Okonkwo-Lind, "
            "was quoted in the release as saying: “Patient safety comes before every "
            "timeline.”\n\n"
            "Parents of children in the trial sent an open letter to the hospital’s board "
            "on Thursday. “We were told about the pause by other parents, not by the "
            "doctors,” the letter said.\n\n"
            "Dr. Saoirse Fennelly, a geneticist who is not involved in the trial, wrote "
            "in an essay on Substack that the setback was not surprising. “Gene therapy "
            "has always moved two steps forward and one step back,” Fennelly wrote. “This "
            "is the step back.”"
        ),
        "quotes": [
            (
                "Both children have recovered, and no further doses will be given until the "
                "safety board has met,",
                None,
                False,
                "P1",
            ),
            ("precautionary.", None, True, "P2"),
            ("Patient safety comes before every timeline.", "Tobias Okonkwo-Lind", False, "P2"),
            (
                "We were told about the pause by other parents, not by the doctors,",
                None,
                False,
                "P3",
            ),
            (
                "Gene therapy has always moved two steps forward and one step back,",
                "Saoirse Fennelly",
                False,
                "P4",
            ),
            ("This is the step back.", "Saoirse Fennelly", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", None, None),
            ("P4", "Saoirse Fennelly", "Substack"),
        ],
        "people": ["Tobias Okonkwo-Lind", "Saoirse Fennelly"],
    },
    {
        "name": "chatbot-blog-scare-quote-radio-show-bluesky-reply",
        "text": (
            "Brightwater Labs, the start-up behind the chatbot Juniper, said in a blog "
            "post on Tuesday that it had cut the rate of so-called “hallucinations,” or "
            "invented answers, by half. “Juniper now says ‘I don’t know’ far more often, "
            "and we think that is progress,” the company wrote.\n\n"
            "Its co-founder, Mireille Okafor-Dussault, made the same point more sharply "
            "on Radio Norland’s The Hour. “A model that bluffs is worse than no model at "
            "all,” she told the host. “We would rather lose a user than mislead one.”\n\n"
            "Not everyone was convinced. Gavin Thorsby, a computer scientist at the "
            "University of Elmbridge who studies language models, posted on Bluesky that "
            "the company had not published its test set. “Half of what, measured how?” he "
            "asked. Okafor-Dussault replied under his post that the data would be "
            "released “within the month.”\n\n"
            "The company was valued at about $4 billion after a funding round in March "
            "led by the investment firm Kestrel Ridge, and it employs about 200 people."
        ),
        "quotes": [
            (
                "Juniper now says ‘I don’t know’ far more often, and we think that is progress,",
                None,
                False,
                "P1",
            ),
            (
                "A model that bluffs is worse than no model at all,",
                "Mireille Okafor-Dussault",
                False,
                "P2",
            ),
            (
                "We would rather lose a user than mislead one.",
                "Mireille Okafor-Dussault",
                False,
                "P2",
            ),
            ("Half of what, measured how?", "Gavin Thorsby", False, "P3"),
            ("within the month.", "Mireille Okafor-Dussault", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mireille Okafor-Dussault", "The Hour"),
            ("P3", "Gavin Thorsby", "Bluesky"),
        ],
        "people": ["Mireille Okafor-Dussault", "Gavin Thorsby"],
    },
    {
        "name": "amateur-comet-instagram-caption-comment-two-paragraph-interview",
        "text": (
            "An amateur astronomer in the desert town of Okaruso has found a comet that "
            "may be visible to the naked eye next spring, the International Comet Bureau "
            "confirmed on Friday. The object, already nicknamed “the Kalahari Lantern” "
            "online, was spotted by Tjiuee Kavari, a 34-year-old schoolteacher, with a "
            "telescope he built from a kit.\n\n"
            "Kavari shared his first blurry image on Instagram with the caption “Not a "
            "smudge on the lens after all.” The post drew thousands of comments, among "
            "them one from the bureau’s director, Dr. Halvard Stenmark: “Congratulations, "
            "and welcome to a very small club.”\n\n"
            "In an interview with the Okaruso Observer, Kavari described the night of the "
            "discovery.\n\n"
            "“I almost went to bed. It was cold and the wind was shaking the tube,” he "
            "said.\n\n"
            "“Then I checked the same patch of sky an hour later, and the smudge had "
            "moved. That is when my hands started shaking too.”\n\n"
            "Stenmark said at a meeting of the bureau on Saturday that the comet would be "
            "brightest in April."
        ),
        "quotes": [
            ("Not a smudge on the lens after all.", "Tjiuee Kavari", False, "P1"),
            ("Congratulations, and welcome to a very small club.", "Halvard Stenmark", False, "P1"),
            (
                "I almost went to bed. It was cold and the wind was shaking the tube,",
                "Tjiuee Kavari",
                False,
                "P2",
            ),
            (
                "Then I checked the same patch of sky an hour later, and the smudge had moved. "
                "That is when my hands started shaking too.",
                "Tjiuee Kavari",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tjiuee Kavari", "Instagram"),
            ("P2", "Tjiuee Kavari", "Okaruso Observer"),
        ],
        "people": ["Tjiuee Kavari", "Halvard Stenmark"],
    },
    {
        "name": "insulin-pump-recall-statement-lawsuit-newspaper-hearing",
        "text": (
            "Hollin Medical, the maker of an implantable insulin pump, recalled about "
            "18,000 devices on Monday after reports that a software fault could deliver a "
            "double dose. In a statement, the company said it had received 41 reports of "
            "the fault and none of a death. “Patients should not remove their pumps on "
            "their own but should call their clinic,” Hollin’s chief medical officer, Dr. "
            "Rukmini Aiyar, said in the statement.\n\n"
            "A class-action lawsuit filed the same day in federal court accuses the "
            "company of knowing about the fault for months. “Hollin chose a quiet "
            "software patch over a public warning,” the complaint says.\n\n"
            "One of the plaintiffs, Desmond Farrow-Kealoha, a retired pilot from Granite "
            "Falls, described waking up confused and drenched in sweat. “My wife thought "
            "I was having a stroke,” he told the Lakeshore Tribune. He has used the pump "
            "for six years.\n\n"
            "Aiyar declined to discuss the lawsuit at a hearing of a state health "
            "committee on Wednesday, saying only that the fix was “already on most "
            "devices.”"
        ),
        "quotes": [
            (
                "Patients should not remove their pumps on their own but should call their clinic,",
                "Rukmini Aiyar",
                False,
                "P1",
            ),
            ("Hollin chose a quiet software patch over a public warning,", None, False, "P2"),
            ("My wife thought I was having a stroke,", "Desmond Farrow-Kealoha", False, "P3"),
            ("already on most devices.", "Rukmini Aiyar", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Desmond Farrow-Kealoha", "Lakeshore Tribune"),
        ],
        "people": ["Rukmini Aiyar", "Desmond Farrow-Kealoha"],
    },
    {
        "name": "private-astronauts-instagram-story-tiktok-comment-news-conference",
        "text": (
            "Four private astronauts returned to Earth on Saturday after nine days aboard "
            "the commercial station Halcyon-2, splashing down in the ocean west of Port "
            "Benedict. The mission’s commander, a former air force pilot named Ekaterina "
            "Solberg-Ito, posted an Instagram story from the recovery ship within the "
            "hour. “Gravity is rude,” she wrote over a photo of herself being helped to a "
            "chair.\n\n"
            "The youngest of the crew, the 23-year-old biology student Mateus "
            "Carvalho-Rhee, had filmed the descent for TikTok. “That is the sound of "
            "1,600 degrees outside the window,” he says in the video, which had been "
            "viewed 12 million times by Sunday. Beneath it, his younger sister commented: "
            "“Mom is still crying.”\n\n"
            "At a news conference on Sunday, the station’s operator, Larkspur Orbital, "
            "said each passenger had paid about $55 million. Its president, Winston "
            "Adebayo-Marsh, called the trip “the start of a habit, not a stunt.” "
            "Solberg-Ito, 49, said she would fly again. “Ask me after I can walk "
            "straight,” she joked."
        ),
        "quotes": [
            ("Gravity is rude,", "Ekaterina Solberg-Ito", False, "P1"),
            (
                "That is the sound of 1,600 degrees outside the window,",
                "Mateus Carvalho-Rhee",
                False,
                "P2",
            ),
            ("Mom is still crying.", None, False, "P2"),
            ("the start of a habit, not a stunt.", "Winston Adebayo-Marsh", True, None),
            ("Ask me after I can walk straight,", "Ekaterina Solberg-Ito", False, None),
        ],
        "posts": [
            ("P1", "Ekaterina Solberg-Ito", "Instagram"),
            ("P2", "Mateus Carvalho-Rhee", "TikTok"),
        ],
        "people": ["Ekaterina Solberg-Ito", "Mateus Carvalho-Rhee", "Winston Adebayo-Marsh"],
    },
    {
        "name": "cooling-maker-earnings-release-call-analyst-note-linkedin",
        "text": (
            "Shares of Parallax Systems, a maker of cooling equipment for data centres, "
            "fell 14 percent on Thursday after the company cut its forecast for the year. "
            "In its earnings release, Parallax said orders from two large cloud customers "
            "had been “delayed, not cancelled.”\n\n"
            "On a call with analysts, the chief executive, Harriet Lundqvist-Obi, tried "
            "to calm investors. “Nothing about the long-term demand picture has changed,” "
            "she said. “We are simply seeing customers digest what they bought last "
            "year.”\n\n"
            "Her reassurance did not persuade everyone. In a note to clients, Samir "
            "Haddadin, an analyst at Corbel Securities, cut his price target by a third. "
            "“Delayed orders have a way of becoming cancelled ones,” Haddadin wrote, "
            "adding that he expected “at least two more quarters of pain.”\n\n"
            "The company’s founder, Otto Brennecke, who left the board last year, weighed "
            "in on LinkedIn on Friday. “I have seen this cycle four times,” he wrote. "
            "“Buy the dip or don’t, but don’t panic.” The shares recovered a little of "
            "their loss by the close."
        ),
        "quotes": [
            ("delayed, not cancelled.", None, True, "P1"),
            (
                "Nothing about the long-term demand picture has changed,",
                "Harriet Lundqvist-Obi",
                False,
                None,
            ),
            (
                "We are simply seeing customers digest what they bought last year.",
                "Harriet Lundqvist-Obi",
                False,
                None,
            ),
            (
                "Delayed orders have a way of becoming cancelled ones,",
                "Samir Haddadin",
                False,
                "P2",
            ),
            ("at least two more quarters of pain.", "Samir Haddadin", True, "P2"),
            ("I have seen this cycle four times,", "Otto Brennecke", False, "P3"),
            ("Buy the dip or don’t, but don’t panic.", "Otto Brennecke", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Samir Haddadin", None),
            ("P3", "Otto Brennecke", "LinkedIn"),
        ],
        "people": ["Harriet Lundqvist-Obi", "Samir Haddadin", "Otto Brennecke"],
    },
    {
        "name": "image-manipulation-inquiry-lawyer-statement-pubpeer-pseudonym",
        "text": (
            "The University of Carrow has placed a prominent stem-cell researcher on "
            "leave after an inquiry found that images in three of her papers had been "
            "manipulated. In a statement on Monday, the university said the inquiry had "
            "found “a pattern of falsification” but had not determined who was "
            "responsible.\n\n"
            "The researcher, Prof. Annelise Dufresne-Kaur, denies wrongdoing. “I did not "
            "alter a single image, and I will prove it,” she said in a statement released "
            "through her lawyer, Marcus Ellery-Boateng.\n\n"
            "The problems were first raised two years ago by a pseudonymous image sleuth "
            "who posts on the site PubPeer as “Hypsibius.” In one comment there, the "
            "sleuth wrote: “The same cells appear in panels B and F, rotated ninety "
            "degrees.”\n\n"
            "The journal Cell Frontiers retracted one of the papers on Wednesday. "
            "Dufresne-Kaur’s co-author Jun-seo Park told the magazine Lab Frontier that "
            "he had asked for the retraction himself. “It was the only honest thing left "
            "to do,” he said."
        ),
        "quotes": [
            ("a pattern of falsification", None, True, "P1"),
            (
                "I did not alter a single image, and I will prove it,",
                "Annelise Dufresne-Kaur",
                False,
                "P2",
            ),
            ("The same cells appear in panels B and F, rotated ninety degrees.", None, False, "P3"),
            ("It was the only honest thing left to do,", "Jun-seo Park", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Annelise Dufresne-Kaur", None),
            ("P3", None, "PubPeer"),
            ("P4", "Jun-seo Park", "Lab Frontier"),
        ],
        "people": ["Annelise Dufresne-Kaur", "Marcus Ellery-Boateng", "Jun-seo Park"],
    },
    {
        "name": "octopus-biotech-tv-show-x-words-reply-newspaper-fragment",
        "text": (
            "Renata Vashchenko spent twelve years studying how octopuses edit their own "
            "RNA before she founded Octavia Bio, a start-up that wants to use the trick "
            "to treat chronic pain. On Tuesday the company said the first patient had "
            "been dosed in its trial.\n\n"
            "“This is a molecule nobody thought could be made into a medicine,” "
            "Vashchenko, 44, said on BNX’s Market Open. “We are about to find out if they "
            "were right.”\n\n"
            "The company marked the milestone on X with a cartoon octopus and the words "
            "“Patient one. Arm one.” Among the replies, the biologist Kwame "
            "Asante-Richter, who trained Vashchenko as a postdoc, wrote: “Proudest "
            "teacher on the internet today.”\n\n"
            "Investors have been less patient. The company’s shares have fallen by two "
            "thirds since its listing, and one fund manager, Brigid O’Halloran of "
            "Tidewater Capital, told the Financial Ledger that the firm had become a "
            "“science project with a ticker.” Vashchenko said at the company’s annual "
            "meeting that she welcomed the scepticism."
        ),
        "quotes": [
            (
                "This is a molecule nobody thought could be made into a medicine,",
                "Renata Vashchenko",
                False,
                "P1",
            ),
            ("We are about to find out if they were right.", "Renata Vashchenko", False, "P1"),
            ("Patient one. Arm one.", None, False, "P2"),
            ("Proudest teacher on the internet today.", "Kwame Asante-Richter", False, "P2"),
            ("science project with a ticker.", "Brigid O’Halloran", True, "P3"),
        ],
        "posts": [
            ("P1", "Renata Vashchenko", "Market Open"),
            ("P2", None, "X"),
            ("P3", "Brigid O’Halloran", "Financial Ledger"),
        ],
        "people": ["Renata Vashchenko", "Kwame Asante-Richter", "Brigid O’Halloran"],
    },
    {
        "name": "quantum-advantage-release-x-thread-reply-medium-essay-title",
        "text": (
            "Auroral Quantum said on Wednesday that its newest processor had solved in "
            "four minutes a chemistry problem that would take a supercomputer ten "
            "thousand years. The claim, made in a press release and in a paper posted "
            "online, was quickly disputed.\n\n"
            "“Claims of ‘quantum advantage’ have a short half-life,” wrote Dr. Ilya "
            "Sorensen-Mbeki, a physicist at the Technical University of Nordhavn, in a "
            "thread on X. “Give the classical people a month.”\n\n"
            "Auroral’s chief technology officer, Beatriz Nakashima, replied beneath the "
            "thread that the company had already shared its data with two outside groups. "
            "“We welcome the attempt,” she wrote.\n\n"
            "The chief executive of a rival firm, Conrad Wexley of Lattice Forge, went "
            "further in an essay on Medium titled “The Benchmark Game.” Such "
            "announcements, he argued, were “marketing dressed as physics.”\n\n"
            "Nakashima, 39, told reporters at a conference in Caldera Bay on Thursday "
            "that she expected challenges. “That is how science works,” she said."
        ),
        "quotes": [
            (
                "Claims of ‘quantum advantage’ have a short half-life,",
                "Ilya Sorensen-Mbeki",
                False,
                "P2",
            ),
            ("Give the classical people a month.", "Ilya Sorensen-Mbeki", False, "P2"),
            ("We welcome the attempt,", "Beatriz Nakashima", False, "P2"),
            ("marketing dressed as physics.", "Conrad Wexley", True, "P3"),
            ("That is how science works,", "Beatriz Nakashima", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ilya Sorensen-Mbeki", "X"),
            ("P3", "Conrad Wexley", "Medium"),
        ],
        "people": ["Ilya Sorensen-Mbeki", "Beatriz Nakashima", "Conrad Wexley"],
    },
    {
        "name": "measles-outbreak-spokesman-facebook-share-radio-interview",
        "text": (
            "Health officials in the province of Valmora confirmed on Sunday that a "
            "measles outbreak in two mountain villages had grown to 63 cases, most of "
            "them in unvaccinated children. A spokesman for the provincial health "
            "ministry said the outbreak was “not yet under control” and that mobile "
            "clinics would arrive on Tuesday.\n\n"
            "Dr. Esperanza Ojukwu-Reyes, the only physician in the village of San Telmo, "
            "had been warning about low vaccination rates for a year. “I have written to "
            "everyone who would read my letters,” she wrote in a Facebook post on "
            "Saturday. “Now I am writing to you, the parents.”\n\n"
            "A local councillor, Aurelio Benedetti, shared her post on Facebook with a "
            "note of his own: “Listen to our doctor. She has earned it.”\n\n"
            "Speaking to Radio Valmora on Monday, the ministry’s chief epidemiologist, "
            "Dr. Farida Lindahl, said the virus had probably arrived with a family "
            "returning from abroad. “Measles finds the gaps,” Lindahl said. “Our job is "
            "to close them.”"
        ),
        "quotes": [
            ("not yet under control", None, True, None),
            (
                "I have written to everyone who would read my letters,",
                "Esperanza Ojukwu-Reyes",
                False,
                "P1",
            ),
            ("Now I am writing to you, the parents.", "Esperanza Ojukwu-Reyes", False, "P1"),
            ("Listen to our doctor. She has earned it.", "Aurelio Benedetti", False, "P2"),
            ("Measles finds the gaps,", "Farida Lindahl", False, "P3"),
            ("Our job is to close them.", "Farida Lindahl", False, "P3"),
        ],
        "posts": [
            ("P1", "Esperanza Ojukwu-Reyes", "Facebook"),
            ("P2", "Aurelio Benedetti", "Facebook"),
            ("P3", "Farida Lindahl", "Radio Valmora"),
        ],
        "people": ["Esperanza Ojukwu-Reyes", "Aurelio Benedetti", "Farida Lindahl"],
    },
    {
        "name": "chip-plant-delay-newspaper-interview-senator-letter-union-facebook",
        "text": (
            "Sable Semiconductor will delay the opening of its $9 billion chip plant "
            "outside Harrowgate by at least a year, its chief executive said in an "
            "interview with The Harrowgate Courier published on Thursday. “We are not "
            "going to open a factory with no customers in it,” said Yusuf Carrington-Ahn, "
            "who has led the company for four years. “That would be the expensive kind of "
            "optimism.”\n\n"
            "Senator Helena Marquardt wrote to the company on Friday asking it to honour "
            "the hiring promises it made in exchange for public grants. “The region kept "
            "its side of the bargain,” she wrote in the letter.\n\n"
            "The union representing construction workers at the site posted on Facebook "
            "that 1,200 of its members would be laid off. “These families were told this "
            "was a twenty-year job,” the union wrote.\n\n"
            "Gov. Patrice Oduya told reporters on Saturday that the state would review "
            "the grants. Asked whether she felt misled, Oduya paused. “I feel like I need "
            "to read the contract again,” she said."
        ),
        "quotes": [
            (
                "We are not going to open a factory with no customers in it,",
                "Yusuf Carrington-Ahn",
                False,
                "P1",
            ),
            ("That would be the expensive kind of optimism.", "Yusuf Carrington-Ahn", False, "P1"),
            ("The region kept its side of the bargain,", "Helena Marquardt", False, "P2"),
            ("These families were told this was a twenty-year job,", None, False, "P3"),
            ("I feel like I need to read the contract again,", "Patrice Oduya", False, None),
        ],
        "posts": [
            ("P1", "Yusuf Carrington-Ahn", "The Harrowgate Courier"),
            ("P2", "Helena Marquardt", None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Yusuf Carrington-Ahn", "Helena Marquardt", "Patrice Oduya"],
    },
    {
        "name": "ancient-dna-council-statement-chair-podcast",
        "text": (
            "Scientists have sequenced the genomes of 40 people buried on the island of "
            "Kessary more than 3,000 years ago, showing that the island was settled in "
            "two waves rather than one. The study, published on Thursday in the journal "
            "Human Origins, was led by the geneticist Tove Aaltonen-Ruiz of the Lindqvist "
            "Institute.\n\n"
            "The Kessary Islands Heritage Council, which agreed to the research after two "
            "years of talks, said in a statement that it was “proud to have been a "
            "partner rather than a subject.” The council’s chair, Maile "
            "Kahananui-Tregarthen, added in the same statement: “Our ancestors have been "
            "waiting a long time to be asked.”\n\n"
            "Aaltonen-Ruiz told the podcast Deep Time Radio that the second wave had come "
            "from the south, probably by canoe. “We were surprised,” the 45-year-old "
            "said. “Everyone, including us, expected a single founding population.”\n\n"
            "She added that the remains had been returned to the council in June and "
            "reburied in a ceremony on the island’s northern cape, which members of the "
            "research team attended."
        ),
        "quotes": [
            ("proud to have been a partner rather than a subject.", None, True, "P1"),
            (
                "Our ancestors have been waiting a long time to be asked.",
                "Maile Kahananui-Tregarthen",
                False,
                "P1",
            ),
            ("We were surprised,", "Tove Aaltonen-Ruiz", False, "P2"),
            (
                "Everyone, including us, expected a single founding population.",
                "Tove Aaltonen-Ruiz",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tove Aaltonen-Ruiz", "Deep Time Radio"),
        ],
        "people": ["Tove Aaltonen-Ruiz", "Maile Kahananui-Tregarthen"],
    },
    {
        "name": "warehouse-robot-youtube-x-quote-post-regulator-letter-trade-fair",
        "text": (
            "A video of a warehouse robot made by Tallis Robotics knocking over a shelf "
            "of paint cans has been watched more than eight million times since it was "
            "posted to YouTube on Monday by a forklift driver in Haverdam, Jelle "
            "Vandermeer. “I had one job: film the new robot. It had one job too,” he says "
            "in the clip.\n\n"
            "Tallis’s chief executive, Aiko Brandt-Moreno, responded on X the next day. "
            "“We have watched it more times than anyone,” she wrote. “A sensor was "
            "miscalibrated after a software update, and that is on us.”\n\n"
            "Vandermeer quoted her post with a comment of his own: “Respect. Now please "
            "send someone to help me clean.”\n\n"
            "The national Workplace Safety Authority said in a letter to the company that "
            "it would examine whether the robots were safe to operate near people. "
            "Speaking at a trade fair on Thursday, Brandt-Moreno, 38, said the update had "
            "been rolled back at all 140 sites. “Nobody was hurt, and we intend to keep "
            "it that way,” she said."
        ),
        "quotes": [
            (
                "I had one job: film the new robot. It had one job too,",
                "Jelle Vandermeer",
                False,
                "P1",
            ),
            ("We have watched it more times than anyone,", "Aiko Brandt-Moreno", False, "P2"),
            (
                "A sensor was miscalibrated after a software update, and that is on us.",
                "Aiko Brandt-Moreno",
                False,
                "P2",
            ),
            ("Respect. Now please send someone to help me clean.", "Jelle Vandermeer", False, "P3"),
            (
                "Nobody was hurt, and we intend to keep it that way,",
                "Aiko Brandt-Moreno",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Jelle Vandermeer", "YouTube"),
            ("P2", "Aiko Brandt-Moreno", "X"),
            ("P3", "Jelle Vandermeer", "X"),
            ("P4", None, None),
        ],
        "people": ["Jelle Vandermeer", "Aiko Brandt-Moreno"],
    },
    {
        "name": "alzheimers-blood-test-tv-show-fragment-op-ed-patient-group",
        "text": (
            "A blood test that can flag the early signs of Alzheimer’s disease won "
            "approval from the Federal Health Products Agency on Tuesday, making it the "
            "first such test available to family doctors in the country. The test, called "
            "ClearMark, measures a protein that builds up in the brain years before "
            "symptoms appear.\n\n"
            "Its inventor, the neurologist Dr. Sunniva Eberhardt-Osei, appeared on NRT’s "
            "Evening Report that night. She said the test was “a door, not a diagnosis.” "
            "“A positive result means you need a specialist, not that you need to panic,” "
            "she added.\n\n"
            "Not every doctor is pleased. In an op-ed in the Daily Meridian, the general "
            "practitioner Dr. Cormac Haverty warned that waiting lists for specialists "
            "were already two years long. “We are about to hand thousands of worried "
            "people a result and then tell them to wait,” he wrote.\n\n"
            "The patient group Memory Forward welcomed the approval on Instagram. "
            "“Knowing early is a right,” the group posted, alongside a photo of its "
            "founder’s late mother."
        ),
        "quotes": [
            ("a door, not a diagnosis.", "Sunniva Eberhardt-Osei", True, "P1"),
            (
                "A positive result means you need a specialist, not that you need to panic,",
                "Sunniva Eberhardt-Osei",
                False,
                "P1",
            ),
            (
                "We are about to hand thousands of worried people a result and then tell them "
                "to wait,",
                "Cormac Haverty",
                False,
                "P2",
            ),
            ("Knowing early is a right,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Sunniva Eberhardt-Osei", "Evening Report"),
            ("P2", "Cormac Haverty", "Daily Meridian"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Sunniva Eberhardt-Osei", "Cormac Haverty"],
    },
    {
        "name": "lunar-lander-shareholder-letter-threads-reply-split-quote",
        "text": (
            "“We touched the Moon, just not the way we wanted to,” the founder of Selene "
            "Works, Gideon Achterberg, wrote in a letter to shareholders on Monday, three "
            "days after the company’s Pathfinder lander tipped onto its side in a crater "
            "near the lunar south pole.\n\n"
            "The lander, which engineers had nicknamed “Buttercup,” kept sending data for "
            "31 hours. In the letter, Achterberg said the mission had met “most of its "
            "objectives” and that a second lander would launch next year.\n\n"
            "One of the mission’s flight controllers, Nkechi Abernethy, posted a photo of "
            "the team’s last telemetry screen on Threads. “We stayed until the battery "
            "ran out. Every one of us,” she wrote. The retired astronaut Dmitri "
            "Halloran-Vey replied: “That is what a real mission team looks like.”\n\n"
            "Achterberg, 61, told the Bayport Chronicle on Wednesday that he would put "
            "another $200 million of his own money into the company. “I am not finished,” "
            "he said, “and neither is Buttercup’s little sister.”"
        ),
        "quotes": [
            (
                "We touched the Moon, just not the way we wanted to,",
                "Gideon Achterberg",
                False,
                "P1",
            ),
            ("most of its objectives", "Gideon Achterberg", True, "P1"),
            (
                "We stayed until the battery ran out. Every one of us,",
                "Nkechi Abernethy",
                False,
                "P2",
            ),
            ("That is what a real mission team looks like.", "Dmitri Halloran-Vey", False, "P2"),
            ("I am not finished,", "Gideon Achterberg", False, "P3"),
            ("and neither is Buttercup’s little sister.", "Gideon Achterberg", False, "P3"),
        ],
        "posts": [
            ("P1", "Gideon Achterberg", None),
            ("P2", "Nkechi Abernethy", "Threads"),
            ("P3", "Gideon Achterberg", "Bayport Chronicle"),
        ],
        "people": ["Gideon Achterberg", "Nkechi Abernethy", "Dmitri Halloran-Vey"],
    },
    {
        "name": "fitness-tracker-breach-customer-email-named-blog-reddit-youtube",
        "text": (
            "The fitness-tracking company Pulsewise said on Friday that hackers had "
            "stolen the names, email addresses and heart-rate histories of about 2.3 "
            "million users. “We are deeply sorry and are contacting every affected "
            "customer,” the company said in an email to users.\n\n"
            "The breach was first spotted by the independent security researcher Oskar "
            "Delacroix-Yeo, who wrote on his blog, Open Ports, that the data had been "
            "offered for sale on a criminal forum for $40,000. “Heart-rate data sounds "
            "harmless until you realise it can reveal a pregnancy or an illness,” he "
            "wrote.\n\n"
            "On Reddit, a thread titled “Pulsewise just emailed me” drew more than 5,000 "
            "comments. “Changed my password, but you can’t change your heartbeat,” one "
            "user wrote under it.\n\n"
            "Pulsewise’s founder, Neha Castellanos, apologised in a two-minute video on "
            "YouTube. “I built this company to help people trust their bodies,” the "
            "36-year-old said. “Today we broke that trust.” She did not say how the "
            "hackers had got in, and the company’s shares were halted."
        ),
        "quotes": [
            ("We are deeply sorry and are contacting every affected customer,", None, False, "P1"),
            (
                "Heart-rate data sounds harmless until you realise it can reveal a pregnancy or "
                "an illness,",
                "Oskar Delacroix-Yeo",
                False,
                "P2",
            ),
            ("Changed my password, but you can’t change your heartbeat,", None, False, "P3"),
            (
                "I built this company to help people trust their bodies,",
                "Neha Castellanos",
                False,
                "P4",
            ),
            ("Today we broke that trust.", "Neha Castellanos", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oskar Delacroix-Yeo", "Open Ports"),
            ("P3", None, "Reddit"),
            ("P4", "Neha Castellanos", "YouTube"),
        ],
        "people": ["Oskar Delacroix-Yeo", "Neha Castellanos"],
    },
]
