"""The ninety-eighth self-made dev set, held out (CZ): its first run is an unseen estimate.

Written with set DA, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with
no platform, and an essay or op-ed on a named platform or in a named newspaper
has that platform; a press release or news/earnings release is a post with
platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it, a post "of his own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (a statement, a press release, a
  journal paper, a lawyer's email, a reshared story) is still listed in posts.
- The people list holds every named person in order of first mention, whether
  or not they speak; a company named after its founder (Halvorsen Home),
  organisations and unnamed people (the coach who is her father, the mayor) are
  not people.
- A nickname in marks inside a name (Amadou “Le Mur” Sissoko) or given by fans
  (“the Metronome”) is not a quote, and the canonical name leaves it out
  (Amadou Sissoko).
- A scare quote in narration (the tournament's “fan-friendly” night sessions)
  is not a quote even though it may echo someone's word.
- A book title (“Harmattan Letters,”), an exhibition title (“Faces of the
  Delta,”) and a Reddit thread's title (“Kestrel bricked my furnace”) are not
  quotes; a show name in marks (CNBC's “Squawk Box”) is not a quote and is the
  interview's platform, written without the marks.
- An interview with a named programme takes the programme's name: the BBC's
  Inside Science programme is Inside Science, CBC's The Current is The Current,
  the podcasts The Teardown, The Frame, Sound Side and Double Century are those
  names; an on-court interview with Eurosport has platform Eurosport; "told"
  National Geographic, Der Spiegel or Fox Business is an interview with that
  outlet.
- A study or paper in a named journal by researchers with no named author
  (Nature Ecology & Evolution, The Astrophysical Journal Letters) is a post
  with author None and the journal as platform; the lead author's own later
  interview is a separate post. A consumer group's report is a post with author
  None and no platform, and "the report's author ... said in an interview" is
  not a post.
- A memo "obtained by Reuters" and a hospital's internal report "obtained by
  the Houston Chronicle" are posts with no platform; the outlet that obtained
  them is not their platform. A chief executive's memo to employees is his
  post; a museum director's email to staff is his post.
- A lawsuit filed by a named individual is that individual's post with no
  platform, and its words speak as the plaintiff (partial when a fragment); a
  filing by unnamed lawyers has author None and its words speak as None.
- A judge's written ruling is the judge's post; her words to the defendant at a
  sentencing are not a post. A defendant's letter to the court is his post; his
  apology in court is not.
- A company's or club's statement, release or blog post (Lumora on Medium,
  Kestrel's email to customers, the club's statement quoting its medical
  director, the cricket board's release quoting its chairman) has author None;
  a named person it quotes is the speaker. A minister's statement in his own
  name is the minister's post; a spokeswoman's statement for a trade group, a
  union's Facebook post and unnamed parents' Facebook post have author None.
- "Said in an interview at the shop", "speaking to reporters outside the
  plant", "said at the finish line", "said at the players' entrance", "said by
  phone", "on a call with analysts", a town hall, a briefing and a news
  conference are not posts; a department's or university's "said" or
  "announced" with no release named is not a post.
- A creator's words in a TikTok or YouTube video ("says in the clip", "said in
  her latest one") are whole quotes of that video's post; a comment under "her
  latest video" belongs to the video already quoted; an unnamed commenter
  speaks as None.
- The author's own answer to a reply under her Threads post belongs to that
  post; a reply to another player's Threads post belongs to that post, and a
  single word sent "with a single line" is a whole quote.
- A reply from a ministry's account under a historian's X thread belongs to
  that thread and speaks as None; the historian's thread is her X post.
- Two artists sharing a story "on their own Instagram accounts" make one new
  Instagram post each, in the order they are named; the line one adds is hers.
- A relative named only by a first name (her son, Farid) speaks as that first
  name, the fullest form used in the text.
- Two people sharing a surname (Nadia and Karim Haddad): "Haddad's latest
  video" is Nadia's, whose videos were named; "her husband" is Karim Haddad.
- Senator and Sir are titles and not part of a canonical name, like Judge and
  Dr.; Spanish double surnames (Joaquín Ibarra Soto, Lucía Mamani Quispe) and
  particles (Sebastian Van der Linde) are kept whole; Mei-Ling Zhao and Sokha
  Chhim keep the order as written.
- A quote whose marks close after the sentence's full stop keeps the stop; a
  fragment whose marks close before it has none.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CZ: list[dict] = [
    {
        "name": "court-filing-judge-ruling-x-reply-immigration-detainees",
        "text": (
            "A federal judge in El Paso on Thursday blocked the deportation of 37 Venezuelan "
            "asylum seekers who had been held for months at a detention center near the "
            "border.\n\n"
            "In a court filing last week, lawyers for the detainees argued that the men had "
            "been denied access to counsel. “Our clients were moved three times in six weeks, "
            "each time farther from their attorneys,” the filing said.\n\n"
            "Judge Rosalinda Okafor-Vance wrote in her ruling that the government had offered "
            "“no credible explanation” for the transfers.\n\n"
            "The detainees’ lead lawyer, Farhad Mansouri, celebrated on X. “Today the court "
            "said what we have said since March: due process is not optional,” he posted. A "
            "spokesman for Immigration and Customs Enforcement, Darnell Pruitt, told "
            "reporters at a news conference that the agency was reviewing the decision. “We "
            "follow the law as the courts interpret it,” Pruitt said.\n\n"
            "Under Mansouri’s post, the immigration scholar Keiko Tanabe wrote: “A careful "
            "ruling, and one the appeals court will find hard to undo.”"
        ),
        "quotes": [
            (
                "Our clients were moved three times in six weeks, each time farther from "
                "their attorneys,",
                None,
                False,
                "P1",
            ),
            ("no credible explanation", "Rosalinda Okafor-Vance", True, "P2"),
            (
                "Today the court said what we have said since March: due process is not optional,",
                "Farhad Mansouri",
                False,
                "P3",
            ),
            ("We follow the law as the courts interpret it,", "Darnell Pruitt", False, None),
            (
                "A careful ruling, and one the appeals court will find hard to undo.",
                "Keiko Tanabe",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rosalinda Okafor-Vance", None),
            ("P3", "Farhad Mansouri", "X"),
        ],
        "people": ["Rosalinda Okafor-Vance", "Farhad Mansouri", "Darnell Pruitt", "Keiko Tanabe"],
    },
    {
        "name": "journal-study-bees-radio-bluesky-substack-trade-group",
        "text": (
            "A study published Wednesday in the journal Nature Ecology & Evolution by "
            "researchers at the University of Leeds found that bumblebees exposed to a common "
            "fungicide forgot the location of flowers twice as fast as unexposed bees.\n\n"
            "“We did not expect a fungicide to touch memory at all,” the study’s senior "
            "author, Priyanka Venkataraman, told the BBC’s Inside Science programme.\n\n"
            "Her co-author, the Chilean entomologist Joaquín Ibarra Soto, was blunter in a "
            "post on Bluesky: “Farmers have been told these sprays are bee-safe. They are "
            "not.”\n\n"
            "Not everyone was convinced. Writing on his Substack, the agricultural economist "
            "Lars Mikkelsen called the conclusions “a leap from a greenhouse to a continent.” "
            "He added that field trials were needed before any ban.\n\n"
            "A spokeswoman for CropGuard, the trade group representing pesticide makers, said "
            "in a statement that the products were “rigorously tested and approved.”"
        ),
        "quotes": [
            (
                "We did not expect a fungicide to touch memory at all,",
                "Priyanka Venkataraman",
                False,
                "P2",
            ),
            (
                "Farmers have been told these sprays are bee-safe. They are not.",
                "Joaquín Ibarra Soto",
                False,
                "P3",
            ),
            ("a leap from a greenhouse to a continent.", "Lars Mikkelsen", True, "P4"),
            ("rigorously tested and approved.", None, True, "P5"),
        ],
        "posts": [
            ("P1", None, "Nature Ecology & Evolution"),
            ("P2", "Priyanka Venkataraman", "Inside Science"),
            ("P3", "Joaquín Ibarra Soto", "Bluesky"),
            ("P4", "Lars Mikkelsen", "Substack"),
            ("P5", None, None),
        ],
        "people": ["Priyanka Venkataraman", "Joaquín Ibarra Soto", "Lars Mikkelsen"],
    },
    {
        "name": "earnings-release-call-analyst-note-linkedin-comment-retailer",
        "text": (
            "Shares of Halvorsen Home, the Minneapolis-based furniture retailer, fell 9 "
            "percent on Thursday after the company cut its full-year forecast.\n\n"
            "In its earnings release, the company blamed “softer traffic in suburban stores” "
            "and higher shipping costs. “We are disappointed but not discouraged,” the "
            "release quoted the chief executive, Annika Halvorsen, as saying.\n\n"
            "On a call with analysts, Halvorsen said the chain would close eight stores. “We "
            "opened too many locations too close together,” she said.\n\n"
            "Rahul Deshpande, an analyst at Piper Lane, wrote in a note to clients that the "
            "cuts were “overdue but sensible.”\n\n"
            "Later, Halvorsen posted on LinkedIn to thank employees. “Hard quarters show you "
            "who your people are, and ours showed up,” she wrote. Below the post, a store "
            "manager in Duluth, Brianna Whitefeather, commented: “We’ll make it back. Always "
            "do.”"
        ),
        "quotes": [
            ("softer traffic in suburban stores", None, True, "P1"),
            ("We are disappointed but not discouraged,", "Annika Halvorsen", False, "P1"),
            ("We opened too many locations too close together,", "Annika Halvorsen", False, None),
            ("overdue but sensible.", "Rahul Deshpande", True, "P2"),
            (
                "Hard quarters show you who your people are, and ours showed up,",
                "Annika Halvorsen",
                False,
                "P3",
            ),
            ("We’ll make it back. Always do.", "Brianna Whitefeather", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rahul Deshpande", None),
            ("P3", "Annika Halvorsen", "LinkedIn"),
        ],
        "people": ["Annika Halvorsen", "Rahul Deshpande", "Brianna Whitefeather"],
    },
    {
        "name": "goalkeeper-nickname-instagram-teammate-reply-club-statement",
        "text": (
            "Amadou “Le Mur” Sissoko, the Lyon goalkeeper, said on Instagram on Sunday that "
            "he would miss the rest of the season with a torn Achilles tendon.\n\n"
            "“The body said stop. The heart says I will be back stronger,” he wrote beneath a "
            "photo from his hospital bed.\n\n"
            "His teammate Lucas Ferreira-Domingues replied under the post: “Brother, we play "
            "the next ones for you.”\n\n"
            "At a news conference on Monday, the coach, Wilhelm Brandstätter, said the club "
            "would not rush to sign a replacement. “Our second keeper has waited two years "
            "for this chance,” the coach said.\n\n"
            "The club said in a statement that surgery had gone well. It quoted its medical "
            "director, Dr. Soraya Benali, as saying the recovery would take “between seven "
            "and nine months.” Sissoko, 31, joined Lyon from Metz in 2019 and has kept 58 "
            "clean sheets in the league, a club record."
        ),
        "quotes": [
            (
                "The body said stop. The heart says I will be back stronger,",
                "Amadou Sissoko",
                False,
                "P1",
            ),
            ("Brother, we play the next ones for you.", "Lucas Ferreira-Domingues", False, "P1"),
            (
                "Our second keeper has waited two years for this chance,",
                "Wilhelm Brandstätter",
                False,
                None,
            ),
            ("between seven and nine months.", "Soraya Benali", True, "P2"),
        ],
        "posts": [
            ("P1", "Amadou Sissoko", "Instagram"),
            ("P2", None, None),
        ],
        "people": [
            "Amadou Sissoko",
            "Lucas Ferreira-Domingues",
            "Wilhelm Brandstätter",
            "Soraya Benali",
        ],
    },
    {
        "name": "novelist-lawsuit-ai-company-medium-op-ed-book-title",
        "text": (
            "The novelist Chidinma Okonkwo-Reyes sued the artificial intelligence company "
            "Lumora on Monday, accusing it of training its chatbot on her books without "
            "permission.\n\n"
            "The lawsuit, filed in federal court in San Francisco, says Lumora copied “every "
            "word of all six novels.” Her lawyer, Benjamin Adler-Strauss, told The New York "
            "Times that the case was about consent. “Nobody asked her, and nobody paid her,” "
            "he said.\n\n"
            "Lumora said in a blog post on Medium that its models learned from “publicly "
            "available text” and that it would fight the suit.\n\n"
            "Okonkwo-Reyes, whose debut, “Harmattan Letters,” won the Orange Prize, wrote an "
            "op-ed in The Guardian last year warning about the technology. “They will call it "
            "innovation. I call it taking,” she wrote then.\n\n"
            "Reached by phone on Tuesday, she said only: “I want my work back.”"
        ),
        "quotes": [
            ("every word of all six novels.", "Chidinma Okonkwo-Reyes", True, "P1"),
            ("Nobody asked her, and nobody paid her,", "Benjamin Adler-Strauss", False, "P2"),
            ("publicly available text", None, True, "P3"),
            (
                "They will call it innovation. I call it taking,",
                "Chidinma Okonkwo-Reyes",
                False,
                "P4",
            ),
            ("I want my work back.", "Chidinma Okonkwo-Reyes", False, None),
        ],
        "posts": [
            ("P1", "Chidinma Okonkwo-Reyes", None),
            ("P2", "Benjamin Adler-Strauss", "The New York Times"),
            ("P3", None, "Medium"),
            ("P4", "Chidinma Okonkwo-Reyes", "The Guardian"),
        ],
        "people": ["Chidinma Okonkwo-Reyes", "Benjamin Adler-Strauss"],
    },
    {
        "name": "refugee-bakery-tiktok-city-release-facebook-caption-son",
        "text": (
            "When a bakery owned by the Afghan refugee Zarghuna Haidari opened in Boise’s "
            "North End last month, the line stretched around the block.\n\n"
            "Haidari, who arrived in Idaho in 2022, said she had learned to bake from her "
            "mother in Herat. “Every loaf I make is a letter to her,” she said in an "
            "interview at the shop.\n\n"
            "A video of the opening posted on TikTok by the food blogger Mateo Villanueva "
            "drew 2 million views. “Best bolani I have had outside Kabul, and I have been to "
            "Kabul,” Villanueva said in the clip.\n\n"
            "The mayor’s office issued a news release praising “the newest small-business "
            "owners in our city.” In a Facebook group for North End residents, a neighbor, "
            "Gretchen Aldous, posted a photo of the queue with the caption “Worth every "
            "minute of the wait.”\n\n"
            "Her son, Farid, 14, works the register after school. “My mother does not sit "
            "down,” he said."
        ),
        "quotes": [
            ("Every loaf I make is a letter to her,", "Zarghuna Haidari", False, None),
            (
                "Best bolani I have had outside Kabul, and I have been to Kabul,",
                "Mateo Villanueva",
                False,
                "P1",
            ),
            ("the newest small-business owners in our city.", None, True, "P2"),
            ("Worth every minute of the wait.", "Gretchen Aldous", False, "P3"),
            ("My mother does not sit down,", "Farid", False, None),
        ],
        "posts": [
            ("P1", "Mateo Villanueva", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Gretchen Aldous", "Facebook"),
        ],
        "people": ["Zarghuna Haidari", "Mateo Villanueva", "Gretchen Aldous", "Farid"],
    },
    {
        "name": "thermostat-outage-email-youtube-reddit-thread-title-podcast",
        "text": (
            "The smart-thermostat maker Kestrel pushed a software update last weekend that "
            "left thousands of homes without heat, the company acknowledged Tuesday.\n\n"
            "In an email to customers, Kestrel apologized for “a failure we should have "
            "caught in testing.” Its chief technology officer, Oluwaseun Bakare, went further "
            "in a YouTube video. “We broke something people rely on in January. That is "
            "unacceptable,” he said.\n\n"
            "On Reddit, a thread titled “Kestrel bricked my furnace” drew more than 4,000 "
            "comments. “Woke up to 48 degrees inside with a newborn,” the user who started "
            "the thread wrote. One reply read: “Same here in Fargo. Switched to manual and "
            "never going back.”\n\n"
            "The tech reviewer Ingrid Solberg, whose channel has 3 million subscribers, said "
            "on her podcast, The Teardown, that the bug was “the kind of thing a single "
            "staged rollout would have stopped.”"
        ),
        "quotes": [
            ("a failure we should have caught in testing.", None, True, "P1"),
            (
                "We broke something people rely on in January. That is unacceptable,",
                "Oluwaseun Bakare",
                False,
                "P2",
            ),
            ("Woke up to 48 degrees inside with a newborn,", None, False, "P3"),
            ("Same here in Fargo. Switched to manual and never going back.", None, False, "P3"),
            (
                "the kind of thing a single staged rollout would have stopped.",
                "Ingrid Solberg",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oluwaseun Bakare", "YouTube"),
            ("P3", None, "Reddit"),
            ("P4", "Ingrid Solberg", "The Teardown"),
        ],
        "people": ["Oluwaseun Bakare", "Ingrid Solberg"],
    },
    {
        "name": "exoplanet-water-release-news-conference-journal-x-words-reply",
        "text": (
            "Astronomers using the James Webb Space Telescope have detected water vapor in "
            "the atmosphere of a rocky planet orbiting a red dwarf 48 light-years away, the "
            "European Southern Observatory announced in a press release on Thursday.\n\n"
            "“This is the first time we have seen water on a world this small,” said the "
            "team’s leader, Mei-Ling Zhao of the Max Planck Institute for Astronomy, at a "
            "news conference in Munich.\n\n"
            "The finding was published in The Astrophysical Journal Letters. In the paper, "
            "the authors cautioned that the signal could come from the star itself.\n\n"
            "A co-author, Kwabena Asante-Mensah, posted a chart of the spectrum on X with the "
            "words “Look at that dip at 1.4 microns.” Replying to him, the planetary "
            "scientist Rafael Quintanilla wrote: “Gorgeous data. Now rule out starspots.”\n\n"
            "Zhao told Der Spiegel that she had waited eleven years for the observation. “I "
            "cried a little, then I checked the code again,” she said."
        ),
        "quotes": [
            (
                "This is the first time we have seen water on a world this small,",
                "Mei-Ling Zhao",
                False,
                None,
            ),
            ("Look at that dip at 1.4 microns.", "Kwabena Asante-Mensah", False, "P3"),
            ("Gorgeous data. Now rule out starspots.", "Rafael Quintanilla", False, "P3"),
            ("I cried a little, then I checked the code again,", "Mei-Ling Zhao", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "The Astrophysical Journal Letters"),
            ("P3", "Kwabena Asante-Mensah", "X"),
            ("P4", "Mei-Ling Zhao", "Der Spiegel"),
        ],
        "people": ["Mei-Ling Zhao", "Kwabena Asante-Mensah", "Rafael Quintanilla"],
    },
    {
        "name": "tennis-semifinal-eurosport-threads-rival-reply-scare-quote",
        "text": (
            "Valentina Kuznetsova-Ruiz reached her first Grand Slam final on Thursday, "
            "beating the top seed in three sets at Melbourne Park, then took aim at the "
            "tournament’s “fan-friendly” night sessions.\n\n"
            "“I finished at 2 a.m. two rounds ago and nobody asked me if that was fair,” she "
            "told Eurosport in an on-court interview.\n\n"
            "Her opponent in Saturday’s final, the Japanese player Haruka Moriyama, posted on "
            "Threads shortly after: “See you Saturday. Bring your best, I will bring mine.”\n\n"
            "Kuznetsova-Ruiz’s coach, who is also her father, said at the players’ entrance "
            "that she had “never hit the ball cleaner.” Tournament director Callum Fitzgerald "
            "defended the schedule at a briefing. “Broadcasters and fans want the big matches "
            "in prime time,” he said.\n\n"
            "Later that night, Kuznetsova-Ruiz replied to Moriyama’s post with a single line: "
            "“Deal.” The two have met four times, with Moriyama winning three."
        ),
        "quotes": [
            (
                "I finished at 2 a.m. two rounds ago and nobody asked me if that was fair,",
                "Valentina Kuznetsova-Ruiz",
                False,
                "P1",
            ),
            (
                "See you Saturday. Bring your best, I will bring mine.",
                "Haruka Moriyama",
                False,
                "P2",
            ),
            ("never hit the ball cleaner.", None, True, None),
            (
                "Broadcasters and fans want the big matches in prime time,",
                "Callum Fitzgerald",
                False,
                None,
            ),
            ("Deal.", "Valentina Kuznetsova-Ruiz", False, "P2"),
        ],
        "posts": [
            ("P1", "Valentina Kuznetsova-Ruiz", "Eurosport"),
            ("P2", "Haruka Moriyama", "Threads"),
        ],
        "people": ["Valentina Kuznetsova-Ruiz", "Haruka Moriyama", "Callum Fitzgerald"],
    },
    {
        "name": "nurse-visas-open-letter-senator-x-op-ed-town-hall",
        "text": (
            "More than 200 hospital executives signed an open letter on Monday urging "
            "Congress to expand visas for foreign-trained nurses, warning that rural "
            "emergency rooms were “weeks, not years, from closing.”\n\n"
            "Senator Margaret Thornbury, a Republican from Kansas, responded on X. “I hear "
            "them. But the answer starts with training Kansans, not importing workers,” she "
            "posted.\n\n"
            "In an op-ed published in The Kansas City Star, a nurse from the Philippines, "
            "Maricel Dimaculangan, described waiting four years for a green card. “I have "
            "worked every holiday since 2019 in a country that still calls me temporary,” she "
            "wrote.\n\n"
            "The American Nurses Association said in a statement that it supported “ethical "
            "international recruitment” but that wages must rise too.\n\n"
            "At a town hall in Dodge City on Wednesday, Thornbury was pressed by a hospital "
            "administrator, Eduardo Villalobos. “Our ER closes at night now. Come see it,” he "
            "told her."
        ),
        "quotes": [
            ("weeks, not years, from closing.", None, True, "P1"),
            (
                "I hear them. But the answer starts with training Kansans, not importing workers,",
                "Margaret Thornbury",
                False,
                "P2",
            ),
            (
                "I have worked every holiday since 2019 in a country that still calls me "
                "temporary,",
                "Maricel Dimaculangan",
                False,
                "P3",
            ),
            ("ethical international recruitment", None, True, "P4"),
            ("Our ER closes at night now. Come see it,", "Eduardo Villalobos", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Margaret Thornbury", "X"),
            ("P3", "Maricel Dimaculangan", "The Kansas City Star"),
            ("P4", None, None),
        ],
        "people": ["Margaret Thornbury", "Maricel Dimaculangan", "Eduardo Villalobos"],
    },
    {
        "name": "shrinkflation-tiktok-comment-statement-squawk-box-report",
        "text": (
            "A TikTok video showing a family-size bag of Crunchley tortilla chips that had "
            "quietly shrunk from 16 ounces to 13 has been viewed more than 5 million times "
            "since it was posted on Friday.\n\n"
            "“Same price, same bag, three fewer ounces. They thought we wouldn’t notice,” the "
            "creator, a Phoenix teacher named Yesenia Calderón, says in the clip. In the "
            "comments, one user wrote: “Checked my pantry. Mine is 13 too.”\n\n"
            "Crunchley’s parent company, Hartwell Snacks, said in a statement that ingredient "
            "costs had risen 30 percent. Its chief executive, Graham Oyelaran-Pike, told "
            "CNBC’s “Squawk Box” on Monday that the company had “no choice but to resize.”\n\n"
            "A report last month by the consumer group Fair Shelf found that 1 in 8 snack "
            "products had shrunk since 2021. “Shrinkflation is a price rise wearing a "
            "disguise,” the report’s author, Devika Raghunathan, said in an interview."
        ),
        "quotes": [
            (
                "Same price, same bag, three fewer ounces. They thought we wouldn’t notice,",
                "Yesenia Calderón",
                False,
                "P1",
            ),
            ("Checked my pantry. Mine is 13 too.", None, False, "P1"),
            ("no choice but to resize.", "Graham Oyelaran-Pike", True, "P3"),
            (
                "Shrinkflation is a price rise wearing a disguise,",
                "Devika Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Yesenia Calderón", "TikTok"),
            ("P2", None, None),
            ("P3", "Graham Oyelaran-Pike", "Squawk Box"),
            ("P4", None, None),
        ],
        "people": ["Yesenia Calderón", "Graham Oyelaran-Pike", "Devika Raghunathan"],
    },
    {
        "name": "painter-withdraws-instagram-story-staff-email-podcast-reshares",
        "text": (
            "The Nigerian-born painter Adaeze Nwachukwu-Hart withdrew her work from the "
            "Kessler Museum’s spring exhibition on Tuesday, days after the museum accepted a "
            "donation from an arms manufacturer.\n\n"
            "“I cannot hang my grandmother’s face on a wall paid for by missiles,” she wrote "
            "in an Instagram story.\n\n"
            "The museum’s director, Sebastian Van der Linde, said in an email to staff that "
            "the donation had been “vetted and approved by the board.” He later told the arts "
            "podcast The Frame: “We are listening. Nothing is final.”\n\n"
            "Two other artists in the show, Tariq El-Amin and Sunniva Haugland, shared "
            "Nwachukwu-Hart’s story on their own Instagram accounts. Haugland added a line of "
            "her own: “Standing with Adaeze.”\n\n"
            "The exhibition, “Faces of the Delta,” opens May 3 with 41 works instead of 47. "
            "The museum said the donor had given $4 million over five years."
        ),
        "quotes": [
            (
                "I cannot hang my grandmother’s face on a wall paid for by missiles,",
                "Adaeze Nwachukwu-Hart",
                False,
                "P1",
            ),
            ("vetted and approved by the board.", "Sebastian Van der Linde", True, "P2"),
            ("We are listening. Nothing is final.", "Sebastian Van der Linde", False, "P3"),
            ("Standing with Adaeze.", "Sunniva Haugland", False, "P5"),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu-Hart", "Instagram"),
            ("P2", "Sebastian Van der Linde", None),
            ("P3", "Sebastian Van der Linde", "The Frame"),
            ("P4", "Tariq El-Amin", "Instagram"),
            ("P5", "Sunniva Haugland", "Instagram"),
        ],
        "people": [
            "Adaeze Nwachukwu-Hart",
            "Sebastian Van der Linde",
            "Tariq El-Amin",
            "Sunniva Haugland",
        ],
    },
    {
        "name": "school-phone-ban-principal-facebook-group-reply-letter",
        "text": (
            "A middle school in Lowell, Massachusetts, has banned phones from the first bell "
            "to the last, and the principal says the hallways already sound different.\n\n"
            "“Kids are talking to each other again. That sounds small. It isn’t,” the "
            "principal, Thandiwe Mokoena, said on Monday.\n\n"
            "Not every parent agrees. In a post in the Lowell Parents Network group on "
            "Facebook, Dmitri Volkov wrote that his daughter had no way to reach him during a "
            "lockdown drill. “If something happens, I want her to be able to call me. "
            "Period,” he wrote.\n\n"
            "Another parent, Sokha Chhim, replied beneath his post that the school office "
            "“has a phone, and it works.”\n\n"
            "The district’s superintendent, Patricia Gallagher-Moore, backed the policy in a "
            "letter to families, calling it “the single best thing we have done for learning "
            "in a decade.” The ban will be reviewed in June, she wrote, after teachers report "
            "on grades and attendance."
        ),
        "quotes": [
            (
                "Kids are talking to each other again. That sounds small. It isn’t,",
                "Thandiwe Mokoena",
                False,
                None,
            ),
            (
                "If something happens, I want her to be able to call me. Period,",
                "Dmitri Volkov",
                False,
                "P1",
            ),
            ("has a phone, and it works.", "Sokha Chhim", True, "P1"),
            (
                "the single best thing we have done for learning in a decade.",
                "Patricia Gallagher-Moore",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Dmitri Volkov", "Facebook"),
            ("P2", "Patricia Gallagher-Moore", None),
        ],
        "people": ["Thandiwe Mokoena", "Dmitri Volkov", "Sokha Chhim", "Patricia Gallagher-Moore"],
    },
    {
        "name": "marathon-record-caption-nickname-federation-x-youtube",
        "text": (
            "Kenya’s Faith Chepkoech broke the women’s world record at the Berlin Marathon on "
            "Sunday, finishing in 2 hours 9 minutes 41 seconds.\n\n"
            "“I told my legs at 35 kilometers: today you do not get to complain,” she said at "
            "the finish line, still wrapped in a flag.\n\n"
            "Her training partner, Brigid Kiprono, whom fans call “the Metronome,” paced her "
            "for the first 30 kilometers. On Instagram, she posted a photo of the two "
            "embracing with the caption “Told you. TOLD YOU.”\n\n"
            "World Athletics said in a statement that the record was subject to the usual "
            "ratification. The federation’s president, Sir Nigel Ashcombe-Ward, posted on X "
            "that it was “a day for the history books.”\n\n"
            "The former record holder, Ethiopia’s Tigist Alemayehu, congratulated her in a "
            "YouTube video. “Records are made to be broken. I just hoped it would take "
            "longer,” Alemayehu said, laughing."
        ),
        "quotes": [
            (
                "I told my legs at 35 kilometers: today you do not get to complain,",
                "Faith Chepkoech",
                False,
                None,
            ),
            ("Told you. TOLD YOU.", "Brigid Kiprono", False, "P1"),
            ("a day for the history books.", "Nigel Ashcombe-Ward", True, "P3"),
            (
                "Records are made to be broken. I just hoped it would take longer,",
                "Tigist Alemayehu",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Brigid Kiprono", "Instagram"),
            ("P2", None, None),
            ("P3", "Nigel Ashcombe-Ward", "X"),
            ("P4", "Tigist Alemayehu", "YouTube"),
        ],
        "people": ["Faith Chepkoech", "Brigid Kiprono", "Nigel Ashcombe-Ward", "Tigist Alemayehu"],
    },
    {
        "name": "measles-internal-report-threads-reply-and-answer-briefing",
        "text": (
            "A hospital system in Houston has recorded a sharp rise in measles cases among "
            "children under five, according to an internal report obtained by the Houston "
            "Chronicle.\n\n"
            "The report, prepared by Memorial Crestview Health, describes the outbreak as "
            "“the largest we have recorded since 1992.”\n\n"
            "Dr. Anjali Raman-Whitlock, an infectious disease specialist at the hospital, "
            "said in a Threads post that she had treated six infants in one week. “None of "
            "them were old enough to be vaccinated. They caught it from people who chose not "
            "to be,” she wrote.\n\n"
            "A parent who opposes vaccine mandates, Cody Brannigan, replied to her post: “My "
            "kids, my choice.” Raman-Whitlock answered him directly: “Your choice put a "
            "four-month-old on oxygen.”\n\n"
            "At a briefing on Thursday, the state health commissioner, Dr. Emmanuel "
            "Osei-Bonsu, urged parents to check their children’s records. “The vaccine is "
            "free at every county clinic,” he said."
        ),
        "quotes": [
            ("the largest we have recorded since 1992.", None, True, "P1"),
            (
                "None of them were old enough to be vaccinated. They caught it from people "
                "who chose not to be,",
                "Anjali Raman-Whitlock",
                False,
                "P2",
            ),
            ("My kids, my choice.", "Cody Brannigan", False, "P2"),
            ("Your choice put a four-month-old on oxygen.", "Anjali Raman-Whitlock", False, "P2"),
            ("The vaccine is free at every county clinic,", "Emmanuel Osei-Bonsu", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anjali Raman-Whitlock", "Threads"),
        ],
        "people": ["Anjali Raman-Whitlock", "Cody Brannigan", "Emmanuel Osei-Bonsu"],
    },
    {
        "name": "warehouse-union-vote-memo-facebook-medium-fox-business",
        "text": (
            "Workers at a Brightmart distribution center outside Columbus, Ohio, voted 612 to "
            "487 on Friday to join the Teamsters, the first union win at the discount "
            "retailer’s U.S. warehouses.\n\n"
            "“We didn’t do this to hurt the company. We did it so nobody else faints on the "
            "floor in August,” said Lakshmi Narayanan, a forklift operator who helped "
            "organize the vote, speaking to reporters outside the plant.\n\n"
            "In a memo to employees obtained by Reuters, Brightmart’s chief executive, Conrad "
            "Whitaker, wrote that the company “respects the process” and would bargain in "
            "good faith.\n\n"
            "The Teamsters posted on Facebook: “Columbus showed the way. Who’s next?”\n\n"
            "The labor historian Yaw Boateng, writing on Medium, argued that the vote was “a "
            "crack, not yet a dam break.” Whitaker, for his part, told Fox Business on Sunday "
            "that he still believed unions were “a third party the company does not need.”"
        ),
        "quotes": [
            (
                "We didn’t do this to hurt the company. We did it so nobody else faints on "
                "the floor in August,",
                "Lakshmi Narayanan",
                False,
                None,
            ),
            ("respects the process", "Conrad Whitaker", True, "P1"),
            ("Columbus showed the way. Who’s next?", None, False, "P2"),
            ("a crack, not yet a dam break.", "Yaw Boateng", True, "P3"),
            ("a third party the company does not need.", "Conrad Whitaker", True, "P4"),
        ],
        "posts": [
            ("P1", "Conrad Whitaker", None),
            ("P2", None, "Facebook"),
            ("P3", "Yaw Boateng", "Medium"),
            ("P4", "Conrad Whitaker", "Fox Business"),
        ],
        "people": ["Lakshmi Narayanan", "Conrad Whitaker", "Yaw Boateng"],
    },
    {
        "name": "spousal-sponsorship-tiktok-husband-cbc-minister-statement-comment",
        "text": (
            "Canada’s immigration department said on Wednesday that it would clear a backlog "
            "of 80,000 spousal sponsorship applications by the end of the year, after months "
            "of complaints from separated families.\n\n"
            "Among them is Nadia Haddad, a pharmacist in Mississauga whose husband, Karim "
            "Haddad, has been waiting in Beirut for 22 months. Her TikTok videos about the "
            "wait have drawn a large following. “Day 667. Still no interview date. Still "
            "married to a PDF,” she said in her latest one.\n\n"
            "Her husband told CBC’s The Current that he had stopped unpacking his suitcase. "
            "“Every month I think, this is the month. Then it isn’t,” he said.\n\n"
            "The immigration minister, Harjit Dhaliwal, said in a statement that the "
            "department had hired 300 processing officers. In a comment under Haddad’s latest "
            "video, a woman in Calgary, Ewa Kowalczyk, wrote: “Day 540 here. Holding your "
            "hand from Alberta.”"
        ),
        "quotes": [
            (
                "Day 667. Still no interview date. Still married to a PDF,",
                "Nadia Haddad",
                False,
                "P1",
            ),
            ("Every month I think, this is the month. Then it isn’t,", "Karim Haddad", False, "P2"),
            ("Day 540 here. Holding your hand from Alberta.", "Ewa Kowalczyk", False, "P1"),
        ],
        "posts": [
            ("P1", "Nadia Haddad", "TikTok"),
            ("P2", "Karim Haddad", "The Current"),
            ("P3", "Harjit Dhaliwal", None),
        ],
        "people": ["Nadia Haddad", "Karim Haddad", "Harjit Dhaliwal", "Ewa Kowalczyk"],
    },
    {
        "name": "coach-embezzlement-sentencing-letter-podcast-email-facebook",
        "text": (
            "A former youth soccer coach in Tacoma was sentenced on Friday to 14 years in "
            "prison for stealing more than $2 million from a nonprofit league he ran for a "
            "decade.\n\n"
            "“You didn’t steal from an organization. You stole from children who wanted to "
            "play,” Judge Beatriz Castellanos-Wong told Raymond Dunleavy before pronouncing "
            "the sentence.\n\n"
            "Dunleavy, 58, apologized in court. “I have no excuse, and I am not offering "
            "one,” he told the judge. In a letter to the court filed last month, he had "
            "written that gambling “took everything, and then I took more.”\n\n"
            "The league’s treasurer, Olu Adebanjo, who first noticed the missing money, "
            "described the moment on the local podcast Sound Side. “I ran the numbers four "
            "times because I didn’t want it to be true,” he said.\n\n"
            "Dunleavy’s lawyer, Marcus Feldstein, said in an email that his client would not "
            "appeal. The parents of one former player posted on Facebook that the sentence "
            "was “not enough, but it is something.”"
        ),
        "quotes": [
            (
                "You didn’t steal from an organization. You stole from children who wanted to "
                "play,",
                "Beatriz Castellanos-Wong",
                False,
                None,
            ),
            ("I have no excuse, and I am not offering one,", "Raymond Dunleavy", False, None),
            ("took everything, and then I took more.", "Raymond Dunleavy", True, "P1"),
            (
                "I ran the numbers four times because I didn’t want it to be true,",
                "Olu Adebanjo",
                False,
                "P2",
            ),
            ("not enough, but it is something.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Raymond Dunleavy", None),
            ("P2", "Olu Adebanjo", "Sound Side"),
            ("P3", "Marcus Feldstein", None),
            ("P4", None, "Facebook"),
        ],
        "people": [
            "Beatriz Castellanos-Wong",
            "Raymond Dunleavy",
            "Olu Adebanjo",
            "Marcus Feldstein",
        ],
    },
    {
        "name": "wari-tomb-national-geographic-instagram-x-thread-ministry-reply",
        "text": (
            "Archaeologists in southern Peru have uncovered a 1,400-year-old tomb containing "
            "the remains of a woman buried with weaving tools and gold ear spools, the "
            "Pontifical Catholic University of Peru announced Tuesday.\n\n"
            "The excavation’s director, Lucía Mamani Quispe, told National Geographic that "
            "the burial upended assumptions about who held power in the Wari empire. “We keep "
            "finding women at the top, and we keep being surprised. Maybe we should stop "
            "being surprised,” she said.\n\n"
            "Her colleague Tobias Gruenewald, a bioarchaeologist at the University of "
            "Tübingen, shared photos of the ear spools on Instagram. “Twenty years in this "
            "field and my hands were shaking,” he wrote.\n\n"
            "In a thread on X, the Andean historian Carmen Huarachi called the find “a "
            "correction, not a curiosity.” A reply from the account of Peru’s Ministry of "
            "Culture read: “Proud of the team. The objects will stay in Ayacucho.”"
        ),
        "quotes": [
            (
                "We keep finding women at the top, and we keep being surprised. Maybe we "
                "should stop being surprised,",
                "Lucía Mamani Quispe",
                False,
                "P1",
            ),
            (
                "Twenty years in this field and my hands were shaking,",
                "Tobias Gruenewald",
                False,
                "P2",
            ),
            ("a correction, not a curiosity.", "Carmen Huarachi", True, "P3"),
            ("Proud of the team. The objects will stay in Ayacucho.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Lucía Mamani Quispe", "National Geographic"),
            ("P2", "Tobias Gruenewald", "Instagram"),
            ("P3", "Carmen Huarachi", "X"),
        ],
        "people": ["Lucía Mamani Quispe", "Tobias Gruenewald", "Carmen Huarachi"],
    },
    {
        "name": "cricket-captain-press-release-instagram-comment-mother-podcast",
        "text": (
            "Pakistan’s cricket board named Ayesha Siddiqui-Malik as captain of the women’s "
            "national team on Monday, making the 24-year-old batter the youngest to hold the "
            "job.\n\n"
            "In a press release, the board quoted its chairman, Tariq Qureshi, as calling her "
            "“the future, arriving early.”\n\n"
            "Siddiqui-Malik announced the news to her followers on Instagram with a picture "
            "of her first cap. “For every girl who was told cricket was not for her,” she "
            "wrote.\n\n"
            "The former captain, Bismah Rauf-Khan, wrote beneath the post: “The armband is "
            "heavy. You are ready.” Siddiqui-Malik’s mother, Rukhsana Siddiqui, said by phone "
            "from Lahore that the family had been “crying since breakfast.”\n\n"
            "On the Double Century podcast, the commentator Oliver Pembridge-Singh said he "
            "worried about the workload. “She is the best batter in the side and now she has "
            "to think for ten other people too,” he said."
        ),
        "quotes": [
            ("the future, arriving early.", "Tariq Qureshi", True, "P1"),
            (
                "For every girl who was told cricket was not for her,",
                "Ayesha Siddiqui-Malik",
                False,
                "P2",
            ),
            ("The armband is heavy. You are ready.", "Bismah Rauf-Khan", False, "P2"),
            ("crying since breakfast.", "Rukhsana Siddiqui", True, None),
            (
                "She is the best batter in the side and now she has to think for ten other "
                "people too,",
                "Oliver Pembridge-Singh",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ayesha Siddiqui-Malik", "Instagram"),
            ("P3", "Oliver Pembridge-Singh", "Double Century"),
        ],
        "people": [
            "Ayesha Siddiqui-Malik",
            "Tariq Qureshi",
            "Bismah Rauf-Khan",
            "Rukhsana Siddiqui",
            "Oliver Pembridge-Singh",
        ],
    },
]
