"""The one-hundred-and-sixteenth self-made dev set, held out (DR): its first run is an unseen estimate.

Written with set DS, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words is still listed in posts.
- people lists every person named in the narration, whether or not they speak
  (a victim, a defendant, a person only mentioned); animals (the dog Gerald),
  companies that look like people's names (Harlow & Pryce, Westbrook Holdings,
  Sterling & Gray Realty, Whitaker & Lowe Apothecary, Harlan & Rook,
  Barrett-Lyle Aerospace) and places (Marlow Springs) are not people.
- A nickname in marks inside a name (Cornelius “Sweet Pea” Abernathy) is not a
  quote and not part of the canonical name (Cornelius Abernathy).
- A song title in single marks inside a quote (‘The Water Is Wide’) is part of
  the quote's text; a song, album or book title in double marks in narration
  (“Coal Dust Lullaby”, “Salt and Iron”) is not a quote.
- A TikTok video, an Instagram reel and a YouTube video are posts on that
  platform, and words said in them ("she says in the clip", "he said in the
  video") belong to them.
- A lawsuit filed by a named person (a mother suing over her son's arrest, a
  singer suing a brewer) is that person's post with no platform.
- A regulator's order, an FDA warning letter, an inspector general's report, a
  stewards' written decision and the Minor Planet Center's electronic circular,
  with no named author, are posts with author None and platform None.
- A coroner's written conclusions or report to prevent future deaths is the
  coroner's post with no platform, as a judge's written ruling is; evidence
  given at an inquest is said at a hearing and is not a post.
- A study published in a named journal is its named lead author's post with the
  journal as platform; what he then says at a conference is not a post.
- A Google review is a post with platform Google; a post on a Substack
  newsletter has platform Substack.
- The outlet is taken without its descriptor: "Sky & Telescope magazine" is
  Sky & Telescope, "the NPR program Fresh Air" is Fresh Air, "the SiriusXM show
  Door Bumper Clear" is Door Bumper Clear, "the medical podcast Rounds at Noon"
  is Rounds at Noon; a station named by call letters (WXMI-TV) is kept as
  written.
- Words heard over team radio, said at a sponsor event, a housing forum, a
  county commission meeting or a city council meeting, or said by phone, are
  not posts.
- A director who "wrote on the shelter's Facebook page" is the author of that
  Facebook post; a later Facebook post said to be the shelter's has author
  None. An animal charity's Instagram post has author None and its words speak
  as None.
- A lawyer's emailed statement about a client is the lawyer's post.
- A person's statement ("the festival's director ... said in a statement") is
  that person's post with no platform.
- A Reddit user who wrote "on a Reddit thread" without being said to start it
  is unnamed; the thread has author None and the user's words and an unnamed
  reply's fragment belong to it with speaker None.
- A quoted sentence interrupted by its attribution (“It works,” she said, “but
  ...”) gives two quotes, neither partial.
- A letter mentioned only inside someone's quoted words ("Sindre wrote to me")
  is not a post.
- An interview given years earlier (a 2011 interview with Fresh Air) is still
  that interview's post; a quote over two paragraphs from it is one quote per
  paragraph.
- A commenter identified only by a description ("a retired nurse", "one of her
  followers") is unnamed and speaks as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DR: list[dict] = [
    {
        "name": "pharmacy-chain-closures-statement-tiktok-comment",
        "text": (
            "The pharmacy chain Harlow & Pryce said in a statement on Wednesday that it would "
            "stop filling prescriptions at 23 of its stores in rural Ohio after struggling to "
            "hire pharmacists. “We did not make this decision lightly,” the statement said, "
            "adding that patients’ records would be transferred to nearby branches.\n\n"
            "A pharmacist at one of the closing stores, Adaeze Okonkwo, posted a video on "
            "TikTok the same evening. “Some of my patients drive forty minutes to get here. "
            "Now it will be ninety,” she said in the video. Under it, a commenter who "
            "identified herself only as a retired nurse wrote: “This is how pharmacy deserts "
            "are made.”\n\n"
            "Speaking to reporters outside the statehouse on Thursday, State Senator Gareth "
            "Holloway called the closures “a slow-motion emergency” and said he would ask the "
            "chain’s executives to testify before a committee. The company’s chief executive, "
            "Miriam Pryce, did not respond to a request for comment, and a spokesman said only "
            "that the decision was final."
        ),
        "quotes": [
            ("We did not make this decision lightly,", None, False, "P1"),
            (
                "Some of my patients drive forty minutes to get here. Now it will be ninety,",
                "Adaeze Okonkwo",
                False,
                "P2",
            ),
            ("This is how pharmacy deserts are made.", None, False, "P2"),
            ("a slow-motion emergency", "Gareth Holloway", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Adaeze Okonkwo", "TikTok"),
        ],
        "people": ["Adaeze Okonkwo", "Gareth Holloway", "Miriam Pryce"],
    },
    {
        "name": "amoxicillin-shortage-letter-radio-study",
        "text": (
            "Pediatricians across three states have written to the Food and Drug "
            "Administration urging it to act on a shortage of liquid amoxicillin, the "
            "antibiotic most often prescribed to young children. “Parents are being sent from "
            "pharmacy to pharmacy with a feverish child in the back seat,” said the letter, "
            "which more than 400 doctors signed.\n\n"
            "The agency said in an emailed statement that it was “working closely with "
            "manufacturers” and expected supplies to improve by spring.\n\n"
            "Dr. Rukhsana Chaudhry, a pediatrician in Des Moines who helped organize the "
            "letter, told Iowa Public Radio that she had begun crushing tablets into "
            "applesauce. “It works,” she said, “but it is not what anyone would choose.”\n\n"
            "A study published in JAMA Pediatrics last month found that 38 percent of "
            "pharmacies surveyed had no liquid amoxicillin in stock on a given day. Its lead "
            "author, Benedikt Vogl, said at a conference in Chicago that the figure was "
            "probably an underestimate. “We only counted the pharmacies that answered the "
            "phone,” he said."
        ),
        "quotes": [
            (
                "Parents are being sent from pharmacy to pharmacy with a feverish child in the "
                "back seat,",
                None,
                False,
                "P1",
            ),
            ("working closely with manufacturers", None, True, "P2"),
            ("It works,", "Rukhsana Chaudhry", False, "P3"),
            ("but it is not what anyone would choose.", "Rukhsana Chaudhry", False, "P3"),
            (
                "We only counted the pharmacies that answered the phone,",
                "Benedikt Vogl",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Rukhsana Chaudhry", "Iowa Public Radio"),
            ("P4", "Benedikt Vogl", "JAMA Pediatrics"),
        ],
        "people": ["Rukhsana Chaudhry", "Benedikt Vogl"],
    },
    {
        "name": "jazz-club-closing-instagram-two-paragraphs-nickname",
        "text": (
            "After 41 years, the Blue Lantern, the basement jazz club on 18th Street, will "
            "close at the end of June, its owner, Ruth Okafor-Lindgren, announced on "
            "Instagram on Sunday.\n\n"
            "“This room gave me everything. It gave me my husband, my friends and more bad "
            "coffee than any one person should drink.\n\n"
            "“But the rent has tripled, and the music cannot pay it,” she wrote.\n\n"
            "The saxophonist Cornelius “Sweet Pea” Abernathy, who has led the club’s Monday "
            "jam session since 1989, told The Kansas City Star that he had found out from the "
            "post. “Nobody called me. I read it on my phone like everybody else,” the "
            "saxophonist said.\n\n"
            "The club’s landlord, Westbrook Holdings, said in a statement that it had offered "
            "Okafor-Lindgren a five-year lease at a reduced rate. She disputed that in a "
            "comment under her own post, writing that the offer “was never on paper.”\n\n"
            "Regulars have planned a farewell concert for June 28, with Abernathy’s quartet "
            "closing the night."
        ),
        "quotes": [
            (
                "This room gave me everything. It gave me my husband, my friends and more bad "
                "coffee than any one person should drink.",
                "Ruth Okafor-Lindgren",
                False,
                "P1",
            ),
            (
                "But the rent has tripled, and the music cannot pay it,",
                "Ruth Okafor-Lindgren",
                False,
                "P1",
            ),
            (
                "Nobody called me. I read it on my phone like everybody else,",
                "Cornelius Abernathy",
                False,
                "P2",
            ),
            ("was never on paper.", "Ruth Okafor-Lindgren", True, "P1"),
        ],
        "posts": [
            ("P1", "Ruth Okafor-Lindgren", "Instagram"),
            ("P2", "Cornelius Abernathy", "The Kansas City Star"),
            ("P3", None, None),
        ],
        "people": ["Ruth Okafor-Lindgren", "Cornelius Abernathy"],
    },
    {
        "name": "folk-festival-sponsor-bluesky-reply-podcast",
        "text": (
            "The singer Siobhán Ní Dhomhnaill pulled out of the Cold Spring Folk Festival on "
            "Friday, two days after organizers announced that a fossil-fuel company would "
            "sponsor its main stage.\n\n"
            "“I have sung ‘The Water Is Wide’ at that festival for twelve summers. I won’t "
            "sing it under an oil company’s banner,” she wrote on Bluesky.\n\n"
            "The festival’s director, Amos Whitfield, answered in a reply beneath her post "
            "that the sponsorship money “keeps tickets under forty dollars.” Later he said in "
            "a statement that the festival would review its sponsorship policy before next "
            "summer.\n\n"
            "Ní Dhomhnaill’s bandmate, the fiddler Kwame Asante-Boateng, went further on the "
            "folk podcast Porch Light. “If they want the songs, they can have the songs "
            "without the logo,” he said on the episode released Saturday. He added that the "
            "band would play a free show in a nearby park on the festival’s opening night.\n\n"
            "Her 2019 album “Low Tide, High Water” was nominated for a Grammy."
        ),
        "quotes": [
            (
                "I have sung ‘The Water Is Wide’ at that festival for twelve summers. I won’t "
                "sing it under an oil company’s banner,",
                "Siobhán Ní Dhomhnaill",
                False,
                "P1",
            ),
            ("keeps tickets under forty dollars.", "Amos Whitfield", True, "P1"),
            (
                "If they want the songs, they can have the songs without the logo,",
                "Kwame Asante-Boateng",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Siobhán Ní Dhomhnaill", "Bluesky"),
            ("P2", "Amos Whitfield", None),
            ("P3", "Kwame Asante-Boateng", "Porch Light"),
        ],
        "people": ["Siobhán Ní Dhomhnaill", "Amos Whitfield", "Kwame Asante-Boateng"],
    },
    {
        "name": "custody-death-inquest-family-statement-coroner-report",
        "text": (
            "An inquest jury in Sheffield found on Thursday that failures by South Yorkshire "
            "Police contributed to the death of Callum Draycott, a 19-year-old who died in a "
            "cell at Ecclesfield station in 2022.\n\n"
            "During the hearing, a custody sergeant, Priya Raghunathan, told the inquest that "
            "checks on Mr Draycott had been “rushed and incomplete.” She said: “I should have "
            "gone into that cell myself, and I didn’t.”\n\n"
            "In a statement read outside the court, his family said the verdict was “the "
            "truth we have waited two years to hear.” “Callum was not a number on a custody "
            "sheet,” the statement said.\n\n"
            "The coroner, Eleanor Whitcombe, has sent a report to the Home Office to prevent "
            "future deaths, in which she wrote that the force’s custody training was “not fit "
            "for purpose.”\n\n"
            "South Yorkshire Police said in a statement that it accepted the findings. "
            "Assistant Chief Constable Dev Malhotra told BBC Radio Sheffield that every "
            "custody officer had been retrained. “We got this wrong,” he said."
        ),
        "quotes": [
            ("rushed and incomplete.", "Priya Raghunathan", True, None),
            (
                "I should have gone into that cell myself, and I didn’t.",
                "Priya Raghunathan",
                False,
                None,
            ),
            ("the truth we have waited two years to hear.", None, True, "P1"),
            ("Callum was not a number on a custody sheet,", None, False, "P1"),
            ("not fit for purpose.", "Eleanor Whitcombe", True, "P2"),
            ("We got this wrong,", "Dev Malhotra", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Eleanor Whitcombe", None),
            ("P3", None, None),
            ("P4", "Dev Malhotra", "BBC Radio Sheffield"),
        ],
        "people": ["Callum Draycott", "Priya Raghunathan", "Eleanor Whitcombe", "Dev Malhotra"],
    },
    {
        "name": "police-chief-facebook-traffic-stop-lawsuit-council",
        "text": (
            "The police chief of Marlow Springs, Colorado, defended his officers on Facebook "
            "on Monday after a video of a traffic stop that ended with a teenager pinned to "
            "the pavement spread online.\n\n"
            "“Our officers followed their training. The full body camera footage will show "
            "that,” Chief Raymond Oyelaran wrote on his official page. He did not say when "
            "the footage would be released.\n\n"
            "The teenager’s mother, Lucía Benavides, said in a lawsuit filed on Wednesday in "
            "federal court that her 16-year-old son had been “thrown down like a sack of "
            "feed” over a broken taillight. Her lawyer, Jonah Feldstein, told The Denver Post "
            "that the department had refused three requests for the footage.\n\n"
            "At a city council meeting that evening, Mayor Catherine Dunleavy said she had "
            "asked the chief to publish the video within a week. “Trust is built with "
            "daylight,” she said.\n\n"
            "In a second Facebook post on Friday, Oyelaran said the department would release "
            "the footage on Monday."
        ),
        "quotes": [
            (
                "Our officers followed their training. The full body camera footage will show "
                "that,",
                "Raymond Oyelaran",
                False,
                "P1",
            ),
            ("thrown down like a sack of feed", "Lucía Benavides", True, "P2"),
            ("Trust is built with daylight,", "Catherine Dunleavy", False, None),
        ],
        "posts": [
            ("P1", "Raymond Oyelaran", "Facebook"),
            ("P2", "Lucía Benavides", None),
            ("P3", "Jonah Feldstein", "The Denver Post"),
            ("P4", "Raymond Oyelaran", "Facebook"),
        ],
        "people": ["Raymond Oyelaran", "Lucía Benavides", "Jonah Feldstein", "Catherine Dunleavy"],
    },
    {
        "name": "grand-prix-pit-stop-radio-x-release",
        "text": (
            "The Castellane Racing driver Nikolai Brandt accused his own team of sabotaging "
            "his race after a pit stop that lasted 14 seconds cost him a podium at the "
            "Hungarian Grand Prix on Sunday.\n\n"
            "“Fourteen seconds. I could have changed the tyre myself,” Brandt was heard "
            "saying over team radio.\n\n"
            "Hours later he was more pointed on X. “Some people in this team decided long ago "
            "who they want to win races,” he posted, without naming his teammate, Oluwaseun "
            "Adebayo.\n\n"
            "Castellane’s team principal, Henrietta Vos, told Sky Sports F1 that the delay "
            "had been caused by a cross-threaded wheel nut. “There is no conspiracy. There is "
            "a wheel nut,” she said.\n\n"
            "The team later issued a press release apologizing to Brandt. “We let Nikolai "
            "down today and we will review every step of that stop,” the release quoted Vos "
            "as saying.\n\n"
            "Adebayo, who finished second, told reporters in the paddock that he had "
            "“nothing to say about that tweet.”"
        ),
        "quotes": [
            (
                "Fourteen seconds. I could have changed the tyre myself,",
                "Nikolai Brandt",
                False,
                None,
            ),
            (
                "Some people in this team decided long ago who they want to win races,",
                "Nikolai Brandt",
                False,
                "P1",
            ),
            ("There is no conspiracy. There is a wheel nut,", "Henrietta Vos", False, "P2"),
            (
                "We let Nikolai down today and we will review every step of that stop,",
                "Henrietta Vos",
                False,
                "P3",
            ),
            ("nothing to say about that tweet.", "Oluwaseun Adebayo", True, None),
        ],
        "posts": [
            ("P1", "Nikolai Brandt", "X"),
            ("P2", "Henrietta Vos", "Sky Sports F1"),
            ("P3", None, "press release"),
        ],
        "people": ["Nikolai Brandt", "Oluwaseun Adebayo", "Henrietta Vos"],
    },
    {
        "name": "stock-car-wreck-fine-instagram-caption-radio-show",
        "text": (
            "The rookie driver Dakota Fairweather was fined $25,000 and docked 30 points on "
            "Wednesday for deliberately wrecking a rival on the final lap at Martinsville.\n\n"
            "The stewards’ written decision said Fairweather had “used his car as a weapon” "
            "and that his own radio messages showed intent.\n\n"
            "Fairweather, 21, posted a photo of his crumpled car on Instagram with the "
            "caption “Worth it. Ask him why.” The driver he wrecked, Esteban Quiñones-Roth, "
            "answered in a comment beneath the photo: “Ask the replay.”\n\n"
            "On Thursday, Fairweather’s team owner, Gloria Haddad, appeared on the SiriusXM "
            "show Door Bumper Clear. “Dakota is a racer, and racers make mistakes at 21 that "
            "they don’t make at 30,” the team owner said. “He will apologize, and he will "
            "mean it.”\n\n"
            "Quiñones-Roth said at a sponsor event in Charlotte that he was willing to move "
            "on. “I just want to race him clean,” he said."
        ),
        "quotes": [
            ("used his car as a weapon", None, True, "P1"),
            ("Worth it. Ask him why.", "Dakota Fairweather", False, "P2"),
            ("Ask the replay.", "Esteban Quiñones-Roth", False, "P2"),
            (
                "Dakota is a racer, and racers make mistakes at 21 that they don’t make at 30,",
                "Gloria Haddad",
                False,
                "P3",
            ),
            ("He will apologize, and he will mean it.", "Gloria Haddad", False, "P3"),
            ("I just want to race him clean,", "Esteban Quiñones-Roth", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dakota Fairweather", "Instagram"),
            ("P3", "Gloria Haddad", "Door Bumper Clear"),
        ],
        "people": ["Dakota Fairweather", "Esteban Quiñones-Roth", "Gloria Haddad"],
    },
    {
        "name": "school-board-book-removal-facebook-atlantic-essay",
        "text": (
            "The Pinecrest school board voted 4-3 on Tuesday night to remove the novel “Salt "
            "and Iron” from the ninth-grade reading list, after a meeting that ran past "
            "midnight.\n\n"
            "“This is about age-appropriate material, not censorship,” the board president, "
            "Harold Kimathi, said before the vote. A father who spoke during public comment "
            "called the book “a lesson plan in despair.”\n\n"
            "One of the three dissenting members, Beatriz Almeida-Stone, wrote on Facebook "
            "the next morning that she had read the novel twice. “Nothing in it is more "
            "disturbing than the news our kids read every day,” she wrote.\n\n"
            "The district’s teachers’ union said in a letter to families that it would help "
            "students who wanted to read the book outside class.\n\n"
            "The novel’s author, Farida Haqqani, responded in an essay for The Atlantic. “I "
            "wrote this book for the fourteen-year-old I was, who thought she was the only "
            "one,” she wrote. “Pinecrest has decided she doesn’t exist.”"
        ),
        "quotes": [
            (
                "This is about age-appropriate material, not censorship,",
                "Harold Kimathi",
                False,
                None,
            ),
            ("a lesson plan in despair.", None, True, None),
            (
                "Nothing in it is more disturbing than the news our kids read every day,",
                "Beatriz Almeida-Stone",
                False,
                "P1",
            ),
            (
                "I wrote this book for the fourteen-year-old I was, who thought she was the only "
                "one,",
                "Farida Haqqani",
                False,
                "P3",
            ),
            ("Pinecrest has decided she doesn’t exist.", "Farida Haqqani", False, "P3"),
        ],
        "posts": [
            ("P1", "Beatriz Almeida-Stone", "Facebook"),
            ("P2", None, None),
            ("P3", "Farida Haqqani", "The Atlantic"),
        ],
        "people": ["Harold Kimathi", "Beatriz Almeida-Stone", "Farida Haqqani"],
    },
    {
        "name": "superintendent-resigns-email-tv-reddit-letter",
        "text": (
            "The superintendent of the Lakeshore Township schools, Dr. Anjali Venkataraman, "
            "told staff in an email on Monday that she would resign in June, weeks after the "
            "school board voted not to renew her contract.\n\n"
            "“I leave with my head up and my heart in every one of our buildings,” she "
            "wrote.\n\n"
            "The board’s vice chair, Walter Przybylski, who cast the deciding vote, told "
            "WXMI-TV that the district needed “a fresh start on finances.” He declined to "
            "elaborate.\n\n"
            "On a Reddit thread about the resignation, a user who said she taught at "
            "Lakeshore Middle School wrote: “She was the first superintendent who ever "
            "learned my name.” Another replied that the board had “chased off the only adult "
            "in the room.”\n\n"
            "Tomasz Wierzbicki, a board member who voted to keep Venkataraman, sent a letter "
            "to the board’s attorney asking whether the vote had broken the state’s open "
            "meetings law. The board’s president, Linda Castellanos, told reporters after "
            "Thursday’s meeting that the vote was legal. “We followed every rule,” she said."
        ),
        "quotes": [
            (
                "I leave with my head up and my heart in every one of our buildings,",
                "Anjali Venkataraman",
                False,
                "P1",
            ),
            ("a fresh start on finances.", "Walter Przybylski", True, "P2"),
            ("She was the first superintendent who ever learned my name.", None, False, "P3"),
            ("chased off the only adult in the room.", None, True, "P3"),
            ("We followed every rule,", "Linda Castellanos", False, None),
        ],
        "posts": [
            ("P1", "Anjali Venkataraman", None),
            ("P2", "Walter Przybylski", "WXMI-TV"),
            ("P3", None, "Reddit"),
            ("P4", "Tomasz Wierzbicki", None),
        ],
        "people": [
            "Anjali Venkataraman",
            "Walter Przybylski",
            "Tomasz Wierzbicki",
            "Linda Castellanos",
        ],
    },
    {
        "name": "realtor-license-suspended-order-google-review-linkedin",
        "text": (
            "Arizona’s real estate regulator suspended the license of a Scottsdale agent, "
            "Brandon Ashworth-Keane, for 90 days on Friday, finding that he had hidden a "
            "cracked foundation from the buyers of a $1.2 million house.\n\n"
            "In its order, the Arizona Department of Real Estate said Ashworth-Keane had "
            "shown “a reckless indifference to his duties.”\n\n"
            "The buyers, Rajesh and Meera Pillai, first complained last spring in a Google "
            "review of his brokerage, Sterling & Gray Realty. “He told us the crack was "
            "cosmetic. Our engineer told us it was a $90,000 repair,” Meera Pillai wrote.\n\n"
            "Ashworth-Keane responded on LinkedIn on Saturday. “I disagree with the finding, "
            "and I will appeal,” he wrote. “I have sold 400 homes in this valley without a "
            "single complaint.”\n\n"
            "The brokerage’s owner, Denise Gray, told The Arizona Republic that the agent had "
            "been placed on leave. Reached by phone, Rajesh Pillai said the couple were still "
            "living with his parents. “We bought a house we can’t live in,” he said."
        ),
        "quotes": [
            ("a reckless indifference to his duties.", None, True, "P1"),
            (
                "He told us the crack was cosmetic. Our engineer told us it was a $90,000 repair,",
                "Meera Pillai",
                False,
                "P2",
            ),
            (
                "I disagree with the finding, and I will appeal,",
                "Brandon Ashworth-Keane",
                False,
                "P3",
            ),
            (
                "I have sold 400 homes in this valley without a single complaint.",
                "Brandon Ashworth-Keane",
                False,
                "P3",
            ),
            ("We bought a house we can’t live in,", "Rajesh Pillai", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Meera Pillai", "Google"),
            ("P3", "Brandon Ashworth-Keane", "LinkedIn"),
            ("P4", "Denise Gray", "The Arizona Republic"),
        ],
        "people": ["Brandon Ashworth-Keane", "Rajesh Pillai", "Meera Pillai", "Denise Gray"],
    },
    {
        "name": "commission-settlement-release-medium-reel-forum",
        "text": (
            "Real estate agents in the Twin Cities are bracing for smaller paychecks after a "
            "national settlement that ends the practice of sellers paying buyers’ agents by "
            "default.\n\n"
            "Minnesota Realtors, the state’s trade group, said in a press release on Tuesday "
            "that agents would “adapt, as we always have.”\n\n"
            "Not everyone is so calm. Kofi Mensah-Darko, who has sold homes in St. Paul for "
            "17 years, wrote in an essay on Medium that half the agents he knows will leave "
            "the business within two years. “We are about to learn how many of us were "
            "really needed,” he wrote.\n\n"
            "Jessamyn Torres, a broker in Minneapolis, posted an Instagram reel walking "
            "viewers through the new buyer contracts. “Read page three. Then read it again,” "
            "she says in the clip. One of her followers commented: “Why is this the first "
            "time anyone explained this to me?”\n\n"
            "Asked about the change at a housing forum on Wednesday, the state’s commerce "
            "commissioner, Yusuf Abdirahman, said buyers should “ask every question twice.”"
        ),
        "quotes": [
            ("adapt, as we always have.", None, True, "P1"),
            (
                "We are about to learn how many of us were really needed,",
                "Kofi Mensah-Darko",
                False,
                "P2",
            ),
            ("Read page three. Then read it again,", "Jessamyn Torres", False, "P3"),
            ("Why is this the first time anyone explained this to me?", None, False, "P3"),
            ("ask every question twice.", "Yusuf Abdirahman", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kofi Mensah-Darko", "Medium"),
            ("P3", "Jessamyn Torres", "Instagram"),
        ],
        "people": ["Kofi Mensah-Darko", "Jessamyn Torres", "Yusuf Abdirahman"],
    },
    {
        "name": "amateur-comet-release-magazine-x-reply-circular",
        "text": (
            "An amateur astronomer in rural New South Wales has discovered a comet that may "
            "become visible to the naked eye in October, the Siding Spring Observatory said "
            "in a news release on Thursday.\n\n"
            "Terrence McAllister-Nguyen, a retired electrician, spotted the faint smudge on "
            "images from a telescope in his backyard. “I thought it was a smear on the "
            "lens,” he told Sky & Telescope magazine. “Then it moved.”\n\n"
            "Online, the comet has already been nicknamed “the Emerald Ghost” for its green "
            "tint.\n\n"
            "Dr. Hyun-woo Bae, an astronomer at the observatory, cautioned on X that comets "
            "are notoriously unpredictable. “Brightness forecasts for new comets are educated "
            "guesses at best,” she posted. “Keep your expectations modest and your binoculars "
            "close.”\n\n"
            "In a reply, McAllister-Nguyen wrote that he would be “out there every clear "
            "night regardless.”\n\n"
            "The Minor Planet Center confirmed the discovery in an electronic circular on "
            "Wednesday, giving the comet the designation C/2025 K3."
        ),
        "quotes": [
            ("I thought it was a smear on the lens,", "Terrence McAllister-Nguyen", False, "P2"),
            ("Then it moved.", "Terrence McAllister-Nguyen", False, "P2"),
            (
                "Brightness forecasts for new comets are educated guesses at best,",
                "Hyun-woo Bae",
                False,
                "P3",
            ),
            (
                "Keep your expectations modest and your binoculars close.",
                "Hyun-woo Bae",
                False,
                "P3",
            ),
            ("out there every clear night regardless.", "Terrence McAllister-Nguyen", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Terrence McAllister-Nguyen", "Sky & Telescope"),
            ("P3", "Hyun-woo Bae", "X"),
            ("P4", None, None),
        ],
        "people": ["Terrence McAllister-Nguyen", "Hyun-woo Bae"],
    },
    {
        "name": "lunar-flyby-delay-news-conference-report-op-ed-caption",
        "text": (
            "NASA will delay the launch of its Selene II crewed lunar flyby by at least eight "
            "months, the agency’s administrator said at a news conference on Tuesday, citing "
            "problems with the spacecraft’s heat shield.\n\n"
            "“We will not fly until we understand what we are seeing,” Administrator Julian "
            "Ortega-Whitfield said. “The crew deserves that, and so do their families.”\n\n"
            "A report released the same day by NASA’s inspector general found that the "
            "agency had known about the problem for two years and called its testing "
            "“inadequate and poorly documented.”\n\n"
            "Senator Margaret Oduya, who chairs the Senate’s space subcommittee, argued in an "
            "op-ed in The Houston Chronicle that the delay was overdue. “Better a late "
            "mission than a memorial,” she wrote.\n\n"
            "One of the four astronauts assigned to the flight, Reid Kowalczyk, posted a "
            "photo of the crew in training on Instagram with the caption “Patience is part of "
            "the job.” The spacecraft’s builder, Barrett-Lyle Aerospace, said in a statement "
            "that it was working with NASA on a fix."
        ),
        "quotes": [
            (
                "We will not fly until we understand what we are seeing,",
                "Julian Ortega-Whitfield",
                False,
                None,
            ),
            (
                "The crew deserves that, and so do their families.",
                "Julian Ortega-Whitfield",
                False,
                None,
            ),
            ("inadequate and poorly documented.", None, True, "P1"),
            ("Better a late mission than a memorial,", "Margaret Oduya", False, "P2"),
            ("Patience is part of the job.", "Reid Kowalczyk", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Margaret Oduya", "The Houston Chronicle"),
            ("P3", "Reid Kowalczyk", "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Julian Ortega-Whitfield", "Margaret Oduya", "Reid Kowalczyk"],
    },
    {
        "name": "shelter-full-facebook-tiktok-dog-named-gerald",
        "text": (
            "The Bexley County animal shelter stopped accepting surrendered dogs on Monday "
            "after its kennels reached 180 percent of capacity.\n\n"
            "“We have dogs sleeping in offices and in the hallway outside the vet’s room,” "
            "the director, Marguerite Obi-Fontaine, wrote on the shelter’s Facebook page. "
            "“We cannot take one more without someone getting hurt.”\n\n"
            "A volunteer, Caleb Yoon, posted a TikTok video of a gray pit bull named Gerald "
            "who has lived at the shelter for 412 days. “Gerald has watched 300 dogs go home. "
            "Be the reason he finally does,” he says in the video, which has been viewed more "
            "than two million times.\n\n"
            "By Wednesday the shelter said in another Facebook post that Gerald had been "
            "adopted by a retired couple from a neighboring county.\n\n"
            "At a county commission meeting on Thursday, Commissioner Lorraine Batts said the "
            "county would pay for 40 new kennels. “This is a crisis we saw coming,” she said. "
            "The county later said in a press release that construction would begin in the "
            "spring."
        ),
        "quotes": [
            (
                "We have dogs sleeping in offices and in the hallway outside the vet’s room,",
                "Marguerite Obi-Fontaine",
                False,
                "P1",
            ),
            (
                "We cannot take one more without someone getting hurt.",
                "Marguerite Obi-Fontaine",
                False,
                "P1",
            ),
            (
                "Gerald has watched 300 dogs go home. Be the reason he finally does,",
                "Caleb Yoon",
                False,
                "P2",
            ),
            ("This is a crisis we saw coming,", "Lorraine Batts", False, None),
        ],
        "posts": [
            ("P1", "Marguerite Obi-Fontaine", "Facebook"),
            ("P2", "Caleb Yoon", "TikTok"),
            ("P3", None, "Facebook"),
            ("P4", None, "press release"),
        ],
        "people": ["Marguerite Obi-Fontaine", "Caleb Yoon", "Lorraine Batts"],
    },
    {
        "name": "cat-hoarding-police-statement-humane-society-instagram",
        "text": (
            "Officers removed 63 cats from a two-bedroom house in Fairhaven on Saturday, and "
            "the woman who lived there has been charged with animal cruelty, the Fairhaven "
            "Police Department said in a statement.\n\n"
            "The cats were taken to the Harbor Humane Society, which posted photos of the "
            "animals on Instagram on Sunday. “Most of them are frightened, underweight and "
            "full of fleas, but they are alive,” the society wrote. “Please don’t call asking "
            "to adopt yet.”\n\n"
            "A neighbor, Oksana Hrytsenko, told The Standard-Times that she had complained "
            "about the smell for more than a year. “Every summer I called, and every summer "
            "nobody came,” she said.\n\n"
            "The woman, 71-year-old Beverly Sutcliffe, appeared in court on Monday and did "
            "not enter a plea. Her lawyer, Ibrahim Al-Khatib, said in an emailed statement "
            "that his client was “a lonely person who loved too many animals, not a "
            "criminal.” Outside the courthouse, he told reporters he would ask for the charge "
            "to be reduced.\n\n"
            "The society’s director, Padraig Mulcahy, said most of the cats would be ready "
            "for adoption by the end of the month."
        ),
        "quotes": [
            (
                "Most of them are frightened, underweight and full of fleas, but they are alive,",
                None,
                False,
                "P2",
            ),
            ("Please don’t call asking to adopt yet.", None, False, "P2"),
            (
                "Every summer I called, and every summer nobody came,",
                "Oksana Hrytsenko",
                False,
                "P3",
            ),
            (
                "a lonely person who loved too many animals, not a criminal.",
                "Ibrahim Al-Khatib",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Instagram"),
            ("P3", "Oksana Hrytsenko", "The Standard-Times"),
            ("P4", "Ibrahim Al-Khatib", None),
        ],
        "people": ["Oksana Hrytsenko", "Beverly Sutcliffe", "Ibrahim Al-Khatib", "Padraig Mulcahy"],
    },
    {
        "name": "compounding-pharmacy-warning-letter-youtube-podcast",
        "text": (
            "Federal regulators have warned a Texas compounding pharmacy, Whitaker & Lowe "
            "Apothecary, to stop selling its own version of a popular weight-loss drug, "
            "according to a warning letter made public on Tuesday.\n\n"
            "The Food and Drug Administration wrote in the letter that samples of the "
            "pharmacy’s semaglutide contained “significantly more active ingredient than "
            "labeled.”\n\n"
            "The pharmacy’s owner, Hamid Rostami, said in a video posted to YouTube that the "
            "agency had tested an old batch. “Every vial we ship today is tested twice, by "
            "two different labs,” he said. “I would give it to my own mother.”\n\n"
            "The drug’s Danish maker said in a press release that patients should use only "
            "approved products.\n\n"
            "Dr. Chiamaka Eze, an endocrinologist in Houston, said on the medical podcast "
            "Rounds at Noon that she had seen two patients hospitalized with severe vomiting "
            "after using compounded versions. “They had no idea what dose they were taking, "
            "and neither did I,” she said.\n\n"
            "At a news conference on Wednesday, the Texas pharmacy board said it had opened "
            "its own inquiry."
        ),
        "quotes": [
            ("significantly more active ingredient than labeled.", None, True, "P1"),
            (
                "Every vial we ship today is tested twice, by two different labs,",
                "Hamid Rostami",
                False,
                "P2",
            ),
            ("I would give it to my own mother.", "Hamid Rostami", False, "P2"),
            (
                "They had no idea what dose they were taking, and neither did I,",
                "Chiamaka Eze",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hamid Rostami", "YouTube"),
            ("P3", None, "press release"),
            ("P4", "Chiamaka Eze", "Rounds at Noon"),
        ],
        "people": ["Hamid Rostami", "Chiamaka Eze"],
    },
    {
        "name": "jazz-pianist-dies-tributes-old-radio-interview",
        "text": (
            "Aurelio Santamaría, the Cuban-born pianist whose Latin jazz trios filled clubs "
            "from Havana to Harlem, has died at 88, his family said in a statement on Friday. "
            "“He played until his hands would not let him, and then he hummed,” the "
            "statement said.\n\n"
            "Tributes poured in online. The trumpeter Keisha Broadnax wrote on Instagram that "
            "Santamaría had hired her “when nobody else would let a nineteen-year-old girl on "
            "the bandstand.” The bassist Haruki Ōtsuka posted on X: “Maestro. Thank you for "
            "every wrong note you forgave.”\n\n"
            "In a 2011 interview with the NPR program Fresh Air, Santamaría described his "
            "first years in New York.\n\n"
            "“I was washing dishes at night and playing for tips on Sundays. Nobody knew my "
            "name.\n\n"
            "“Then one night the right man walked in, and by morning everybody knew it,” he "
            "said.\n\n"
            "His record label, Blue Ceiba Records, said in a press release that it would "
            "reissue his 1974 album “Malecón at Midnight” in the spring."
        ),
        "quotes": [
            ("He played until his hands would not let him, and then he hummed,", None, False, "P1"),
            (
                "when nobody else would let a nineteen-year-old girl on the bandstand.",
                "Keisha Broadnax",
                True,
                "P2",
            ),
            ("Maestro. Thank you for every wrong note you forgave.", "Haruki Ōtsuka", False, "P3"),
            (
                "I was washing dishes at night and playing for tips on Sundays. Nobody knew my "
                "name.",
                "Aurelio Santamaría",
                False,
                "P4",
            ),
            (
                "Then one night the right man walked in, and by morning everybody knew it,",
                "Aurelio Santamaría",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keisha Broadnax", "Instagram"),
            ("P3", "Haruki Ōtsuka", "X"),
            ("P4", "Aurelio Santamaría", "Fresh Air"),
            ("P5", None, "press release"),
        ],
        "people": ["Aurelio Santamaría", "Keisha Broadnax", "Haruki Ōtsuka"],
    },
    {
        "name": "folk-singer-sues-brewer-substack-guardian",
        "text": (
            "The Appalachian folk singer Della Mae Honeycutt has sued the brewer Harlan & "
            "Rook, accusing it of using her best-known song in a television advertisement "
            "without permission.\n\n"
            "The lawsuit, filed on Monday in federal court in Nashville, says the ad’s jingle "
            "copies the melody of her 1998 song “Coal Dust Lullaby” note for note. Harlan & "
            "Rook said in a statement that the tune was “a traditional melody that belongs to "
            "everyone.”\n\n"
            "Honeycutt answered that claim in a post on her Substack newsletter. “My "
            "grandmother didn’t write that melody, and neither did anybody else’s "
            "grandmother. I did, at a kitchen table in 1997,” she wrote.\n\n"
            "A musicologist at Vanderbilt University, Obinna Nwachukwu, told The Guardian "
            "that the two tunes shared “an unusual seven-note phrase” but that folk songs "
            "often borrowed from one another. “Courts are bad at folk music,” he said. “Folk "
            "music is built on borrowing.”\n\n"
            "The brewer’s so-called “heritage” campaign has run in 14 states since January."
        ),
        "quotes": [
            ("a traditional melody that belongs to everyone.", None, True, "P2"),
            (
                "My grandmother didn’t write that melody, and neither did anybody else’s "
                "grandmother. I did, at a kitchen table in 1997,",
                "Della Mae Honeycutt",
                False,
                "P3",
            ),
            ("an unusual seven-note phrase", "Obinna Nwachukwu", True, "P4"),
            ("Courts are bad at folk music,", "Obinna Nwachukwu", False, "P4"),
            ("Folk music is built on borrowing.", "Obinna Nwachukwu", False, "P4"),
        ],
        "posts": [
            ("P1", "Della Mae Honeycutt", None),
            ("P2", None, None),
            ("P3", "Della Mae Honeycutt", "Substack"),
            ("P4", "Obinna Nwachukwu", "The Guardian"),
        ],
        "people": ["Della Mae Honeycutt", "Obinna Nwachukwu"],
    },
    {
        "name": "rally-marshal-inquest-conclusions-widow-facebook",
        "text": (
            "A coroner in Powys has ruled that a volunteer marshal killed during the Cambrian "
            "Rally last October died by accident, but criticised the organisers for placing "
            "him on the outside of a fast bend.\n\n"
            "Gwyn Pritchard-Evans, 58, was struck when a car driven by the Norwegian driver "
            "Sindre Haugland left the road at about 90mph. Giving evidence at the inquest in "
            "Welshpool, Haugland said: “I saw him too late. I will see him every day for the "
            "rest of my life.”\n\n"
            "In her written conclusions, the coroner, Alys Bevan, said the marshal’s position "
            "had been “plainly unsafe.”\n\n"
            "The marshal’s widow, Carys Pritchard-Evans, wrote on Facebook after the hearing "
            "that she did not blame the driver. “Sindre wrote to me the week Gwyn died. That "
            "letter meant more than any apology from the organisers,” she wrote.\n\n"
            "Motorsport UK said in a press release that it would review marshal positions at "
            "all stage rallies. The rally’s clerk of the course, Meirion Lloyd, told BBC "
            "Radio Cymru that the organisers accepted the coroner’s findings in full."
        ),
        "quotes": [
            (
                "I saw him too late. I will see him every day for the rest of my life.",
                "Sindre Haugland",
                False,
                None,
            ),
            ("plainly unsafe.", "Alys Bevan", True, "P1"),
            (
                "Sindre wrote to me the week Gwyn died. That letter meant more than any apology "
                "from the organisers,",
                "Carys Pritchard-Evans",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Alys Bevan", None),
            ("P2", "Carys Pritchard-Evans", "Facebook"),
            ("P3", None, "press release"),
            ("P4", "Meirion Lloyd", "BBC Radio Cymru"),
        ],
        "people": [
            "Gwyn Pritchard-Evans",
            "Sindre Haugland",
            "Alys Bevan",
            "Carys Pritchard-Evans",
            "Meirion Lloyd",
        ],
    },
]
