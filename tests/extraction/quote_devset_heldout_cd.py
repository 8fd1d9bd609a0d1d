"""The seventy-sixth self-made dev set, held out (CD): its first run is an unseen estimate.

Written with set CE, without reading the extraction rules, and committed before
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
inside narration. A post reported without any quoted words is still listed in
posts. Titles such as Dr., Judge, Ms. are not part of a canonical name.

Decisions the conventions did not cover:
- A post that is deleted and then reposted in a new version is two posts; a
  fragment of the deleted post belongs to the deleted one.
- A reply to a reply (the author answering a comment under her own post) belongs
  to the original post, like the comment it answers.
- A study published in a named journal is a post with author None and the
  journal as platform; its words speak as None.
- A show named with its network's possessive (NPR's Morning Edition, the BBC's
  Newsday programme, the Citizen TV show JKL) takes the show's name alone.
- A court filing by a named attorney is the attorney's post, and "the filing
  said" speaks as the attorney; a judge's majority opinion and a justice's
  dissent are each a post by that judge with no platform.
- "X said in a statement" where X is a named person (not a company) is X's
  post with no platform; a letter signed by a named festival director is hers.
- A memo "obtained by" a newspaper has no platform: the newspaper did not
  publish it as an interview.
- A report by a consumer group is a post with author None and no platform.
- A video a company posts on YouTube, a brand's Instagram post and a ministry's
  post on X have author None; a comment under them by a named person belongs to
  that post with the commenter as speaker.
- Continued speech right after a quote from a post or interview ("he added",
  "she said" in the same paragraph, "Asked how, she said") belongs to the same
  post.
- A quote that runs over two paragraphs is listed as one quote per paragraph,
  each with the words inside the marks of that paragraph.
- Words given whole after "with the caption" or "with the words" are not
  partial.
- A Reddit thread's title in marks is a title, not a quote; an unnamed user's
  words in that thread belong to the thread (author None).
- A brand named after a person (Clara Whitfield) and an organisation named like
  a saint (St. Brendan's Hospital) are not people.
- The poll a named member posts in a Facebook group is that member's Facebook
  post; an unnamed member's comment under it belongs to it and speaks as None.
- A fragment said "afterward" by a named neighbour with no post is not linked.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CD: list[dict] = [
    {
        "name": "senator-deleted-x-post-budget-reposted",
        "text": (
            "State Senator Aurelio Bautista deleted a post on X on Thursday that had called Governor Helen Marchetti’s budget “a shell game with school money.” An hour later he posted a new version. “I used the wrong word. The budget is not a game, but it still shortchanges our schools,” it read.\n\n"
            "Marchetti’s office answered with a statement of its own. “The governor welcomes the senator’s correction and stands by every dollar in this plan,” it said.\n\n"
            "Bautista’s chief of staff, Priya Venkataraman, defended her boss in an interview with the Sacramento Bee on Friday. “He was angry, and he owned it within the hour,” she said. “That is more than most people in this building do.”\n\n"
            "The episode comes as the two sides near a deadline. The budget committee meets on Monday, when Bautista is expected to question the state finance director about a $400 million gap in school funding that his office says the plan leaves open."
        ),
        "quotes": [
            ("a shell game with school money.", "Aurelio Bautista", True, "P1"),
            (
                "I used the wrong word. The budget is not a game, but it still shortchanges our schools,",
                "Aurelio Bautista",
                False,
                "P2",
            ),
            (
                "The governor welcomes the senator’s correction and stands by every dollar in this plan,",
                None,
                False,
                "P3",
            ),
            ("He was angry, and he owned it within the hour,", "Priya Venkataraman", False, "P4"),
            (
                "That is more than most people in this building do.",
                "Priya Venkataraman",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Aurelio Bautista", "X"),
            ("P2", "Aurelio Bautista", "X"),
            ("P3", None, None),
            ("P4", "Priya Venkataraman", "Sacramento Bee"),
        ],
        "people": ["Aurelio Bautista", "Helen Marchetti", "Priya Venkataraman"],
    },
    {
        "name": "judge-blocks-age-check-law-radio-facebook",
        "text": (
            "A federal judge in Atlanta on Wednesday blocked a Georgia law requiring age checks on social media apps. In a 42-page opinion, Judge Obiageli Nwosu wrote that the law “sweeps in far more speech than it could ever protect.”\n\n"
            "The lawsuit, filed in June by the trade group NetChoice, had argued that the law would force adults “to hand over their papers just to read the news.”\n\n"
            "The state’s attorney general, Bradley Kincaid, said at a news conference that he would appeal. “This fight is about children, and we will not walk away from it,” he said.\n\n"
            "The ruling dismayed the parent group Safe Screens Georgia, whose founder, Leticia Ferreira, wrote on Facebook that she was “disappointed but not surprised.” “We will keep pushing for a version that survives the courts,” she added in the same post.\n\n"
            "Kincaid repeated his pledge on the radio show Georgia Today that evening: “We will be at the appeals court by Friday.”"
        ),
        "quotes": [
            ("sweeps in far more speech than it could ever protect.", "Obiageli Nwosu", True, "P1"),
            ("to hand over their papers just to read the news.", None, True, "P2"),
            (
                "This fight is about children, and we will not walk away from it,",
                "Bradley Kincaid",
                False,
                None,
            ),
            ("disappointed but not surprised.", "Leticia Ferreira", True, "P3"),
            (
                "We will keep pushing for a version that survives the courts,",
                "Leticia Ferreira",
                False,
                "P3",
            ),
            ("We will be at the appeals court by Friday.", "Bradley Kincaid", False, "P4"),
        ],
        "posts": [
            ("P1", "Obiageli Nwosu", None),
            ("P2", None, None),
            ("P3", "Leticia Ferreira", "Facebook"),
            ("P4", "Bradley Kincaid", "Georgia Today"),
        ],
        "people": ["Obiageli Nwosu", "Bradley Kincaid", "Leticia Ferreira"],
    },
    {
        "name": "striker-retires-instagram-story-club-tiktok-radio",
        "text": (
            "The 38-year-old striker Kwame Asante-Boateng announced his retirement on Saturday in an Instagram story. “Twenty years, six clubs, one ball. Thank you for all of it,” the caption read.\n\n"
            "His club, Harrowgate Athletic, said in a statement that he had been “the heartbeat of this dressing room.” The statement added: “The door to this club will always be open to him.”\n\n"
            "His former teammate Rafael Quintanilha, now at Benfica, posted a TikTok video of the pair’s goal celebrations set to the song “Hall of Fame.” “Nobody finished like him,” Quintanilha said in the clip.\n\n"
            "Asante-Boateng, nicknamed “the Professor” by fans for his habit of lecturing referees, told BBC Radio 5 Live on Sunday that he hopes to coach. “I want to give back to the academy that made me,” he said. “Maybe in a year, maybe two.”"
        ),
        "quotes": [
            (
                "Twenty years, six clubs, one ball. Thank you for all of it,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("the heartbeat of this dressing room.", None, True, "P2"),
            ("The door to this club will always be open to him.", None, False, "P2"),
            ("Nobody finished like him,", "Rafael Quintanilha", False, "P3"),
            (
                "I want to give back to the academy that made me,",
                "Kwame Asante-Boateng",
                False,
                "P4",
            ),
            ("Maybe in a year, maybe two.", "Kwame Asante-Boateng", False, "P4"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "Instagram"),
            ("P2", None, None),
            ("P3", "Rafael Quintanilha", "TikTok"),
            ("P4", "Kwame Asante-Boateng", "BBC Radio 5 Live"),
        ],
        "people": ["Kwame Asante-Boateng", "Rafael Quintanilha"],
    },
    {
        "name": "teen-sleep-study-journal-npr-substack-comment",
        "text": (
            "Teenagers who slept fewer than seven hours a night were twice as likely to report anxiety, according to a study published on Monday in the journal Pediatrics. The study said the link “held across every income group we examined.”\n\n"
            "Its senior author, Dr. Mei-Ling Tsao of the University of Michigan, told NPR’s Morning Edition that schools share the blame. “Starting class at 7:30 is asking children to learn while they are biologically asleep,” she said.\n\n"
            "Not everyone was convinced. Dr. Oren Halberstam, a psychiatrist who writes a Substack newsletter called “Mind the Gap,” argued in a post that the study “cannot tell us which way the arrow points.” A reader commented under the post: “My son’s anxiety came first, then the insomnia.”\n\n"
            "The American Academy of Sleep Medicine said on X that it “strongly supports” later start times for middle and high schools, a position it has held since 2014."
        ),
        "quotes": [
            ("held across every income group we examined.", None, True, "P1"),
            (
                "Starting class at 7:30 is asking children to learn while they are biologically asleep,",
                "Mei-Ling Tsao",
                False,
                "P2",
            ),
            ("cannot tell us which way the arrow points.", "Oren Halberstam", True, "P3"),
            ("My son’s anxiety came first, then the insomnia.", None, False, "P3"),
            ("strongly supports", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "Pediatrics"),
            ("P2", "Mei-Ling Tsao", "Morning Edition"),
            ("P3", "Oren Halberstam", "Substack"),
            ("P4", None, "X"),
        ],
        "people": ["Mei-Ling Tsao", "Oren Halberstam"],
    },
    {
        "name": "grocery-app-earnings-linkedin-comment-analyst-note",
        "text": (
            "Shares of the grocery delivery company Basketly fell 14 percent on Thursday after it cut its forecast for the year. In its earnings release, the company said demand had “softened meaningfully in suburban markets.”\n\n"
            "Chief executive Anneliese Vogt struck a calmer tone on the earnings call. “One soft quarter does not change the road we are on,” she said.\n\n"
            "Vogt later posted on LinkedIn. “We are cutting our marketing budget, not our people,” she wrote. Under the post, a former employee, Jomo Mwangi, commented: “Tell that to the Denver warehouse.”\n\n"
            "In a note to clients, Morgan Stanley analyst Fiona Gallagher-Reyes called the guidance “a reset, not a collapse,” and kept her buy rating on the stock. “The unit economics are still improving,” she wrote.\n\n"
            "Basketly did not respond to a request for comment on the Denver warehouse, which closed in August."
        ),
        "quotes": [
            ("softened meaningfully in suburban markets.", None, True, "P1"),
            ("One soft quarter does not change the road we are on,", "Anneliese Vogt", False, None),
            ("We are cutting our marketing budget, not our people,", "Anneliese Vogt", False, "P2"),
            ("Tell that to the Denver warehouse.", "Jomo Mwangi", False, "P2"),
            ("a reset, not a collapse,", "Fiona Gallagher-Reyes", True, "P3"),
            ("The unit economics are still improving,", "Fiona Gallagher-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Anneliese Vogt", "LinkedIn"),
            ("P3", "Fiona Gallagher-Reyes", None),
        ],
        "people": ["Anneliese Vogt", "Jomo Mwangi", "Fiona Gallagher-Reyes"],
    },
    {
        "name": "singer-pulls-song-threads-label-reply-rolling-stone",
        "text": (
            "The singer Yuki Hamasaki-Ortiz said on Threads on Friday that she had pulled her song “Paper Lanterns” from streaming services after a dispute with her former label. “I wrote every word of that song. I should decide where it lives,” she posted.\n\n"
            "The label, Crescent Row Records, replied under her post: “We have honored every term of our agreement.” Hamasaki-Ortiz answered the label’s reply within minutes. “Then show me the royalty statements,” she wrote.\n\n"
            "In an interview with Rolling Stone published the same day, she said the fight was bigger than her. “Young artists sign these deals at nineteen, the way I did,” she said. “Nobody reads page forty.”\n\n"
            "Her producer, Dele Okonkwo, posted a photo from the studio on Instagram with the caption “New home, same songs.” He did not say which label the singer had signed with, and neither did she."
        ),
        "quotes": [
            (
                "I wrote every word of that song. I should decide where it lives,",
                "Yuki Hamasaki-Ortiz",
                False,
                "P1",
            ),
            ("We have honored every term of our agreement.", None, False, "P1"),
            ("Then show me the royalty statements,", "Yuki Hamasaki-Ortiz", False, "P1"),
            (
                "Young artists sign these deals at nineteen, the way I did,",
                "Yuki Hamasaki-Ortiz",
                False,
                "P2",
            ),
            ("Nobody reads page forty.", "Yuki Hamasaki-Ortiz", False, "P2"),
            ("New home, same songs.", "Dele Okonkwo", False, "P3"),
        ],
        "posts": [
            ("P1", "Yuki Hamasaki-Ortiz", "Threads"),
            ("P2", "Yuki Hamasaki-Ortiz", "Rolling Stone"),
            ("P3", "Dele Okonkwo", "Instagram"),
        ],
        "people": ["Yuki Hamasaki-Ortiz", "Dele Okonkwo"],
    },
    {
        "name": "mayor-reddit-thread-councillor-bluesky-town-hall",
        "text": (
            "Mayor Thandiwe Dlamini-Price of Port Ellery answered questions from residents in a Reddit thread on Wednesday, her first since taking office. Asked about bus cuts, she wrote: “No route will be cut without a public hearing first. That is a promise.”\n\n"
            "One user replied beneath her answer: “You said the same thing about the library hours.” The mayor did not respond to that comment.\n\n"
            "Councillor Ignatius Fernando, her most frequent critic, posted a screenshot of the exchange on Bluesky. “Promises are cheap on Reddit,” he wrote. “Put it in the budget.”\n\n"
            "At a town hall that evening, Dlamini-Price said the library hours would be restored in January. “I heard you,” she told the crowd. A neighbour of the library, Rosa Villanueva, said afterward that she would “believe it when the doors open.”"
        ),
        "quotes": [
            (
                "No route will be cut without a public hearing first. That is a promise.",
                "Thandiwe Dlamini-Price",
                False,
                "P1",
            ),
            ("You said the same thing about the library hours.", None, False, "P1"),
            ("Promises are cheap on Reddit,", "Ignatius Fernando", False, "P2"),
            ("Put it in the budget.", "Ignatius Fernando", False, "P2"),
            ("I heard you,", "Thandiwe Dlamini-Price", False, None),
            ("believe it when the doors open.", "Rosa Villanueva", True, None),
        ],
        "posts": [
            ("P1", "Thandiwe Dlamini-Price", "Reddit"),
            ("P2", "Ignatius Fernando", "Bluesky"),
        ],
        "people": ["Thandiwe Dlamini-Price", "Ignatius Fernando", "Rosa Villanueva"],
    },
    {
        "name": "cyclist-family-statement-filing-youtube-comment",
        "text": (
            "The family of Marcus Oyelaran, the 19-year-old cyclist killed by a delivery van in March, said in a statement on Tuesday that they were “relieved but not at peace” after the driver was charged with vehicular manslaughter.\n\n"
            "“Marcus should be starting his second year of college,” the statement said. “Nothing in a courtroom changes that.”\n\n"
            "The driver’s attorney, Gwendolyn Achterberg, argued in a court filing that her client had been working a 14-hour shift when the crash happened. “The company set the schedule that made this crash likely,” the filing said.\n\n"
            "The van’s operator, Swiftline Logistics, posted a video on YouTube on Wednesday announcing new limits on shift length but did not mention the crash. Oyelaran’s cousin, Bisi Oyelaran, wrote in a comment under the video: “Four months too late.”"
        ),
        "quotes": [
            ("relieved but not at peace", None, True, "P1"),
            ("Marcus should be starting his second year of college,", None, False, "P1"),
            ("Nothing in a courtroom changes that.", None, False, "P1"),
            (
                "The company set the schedule that made this crash likely,",
                "Gwendolyn Achterberg",
                False,
                "P2",
            ),
            ("Four months too late.", "Bisi Oyelaran", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwendolyn Achterberg", None),
            ("P3", None, "YouTube"),
        ],
        "people": ["Marcus Oyelaran", "Gwendolyn Achterberg", "Bisi Oyelaran"],
    },
    {
        "name": "nurses-strike-union-facebook-hse-release-tiktok",
        "text": (
            "Nurses at St. Brendan’s Hospital in Cork voted on Monday to strike next month, their union said in a post on its Facebook page. “Short staffing is not a temporary problem here. It is the business model,” the post said.\n\n"
            "The Health Service Executive said in a press release that talks would resume on Thursday. The release quoted its chief operations officer, Declan Ó Súilleabháin, as saying that “patient safety will not be traded away.”\n\n"
            "A nurse on the hospital’s cardiac ward, Aoife Brannigan, filmed a TikTok after her night shift. “Twelve patients, one of me,” she said in the video, which has been viewed 800,000 times. “Do the maths.”\n\n"
            "Speaking to reporters outside the hospital, the health minister, Siobhán Keane, urged both sides to keep talking. “A strike helps no one, least of all patients,” she said."
        ),
        "quotes": [
            (
                "Short staffing is not a temporary problem here. It is the business model,",
                None,
                False,
                "P1",
            ),
            ("patient safety will not be traded away.", "Declan Ó Súilleabháin", True, "P2"),
            ("Twelve patients, one of me,", "Aoife Brannigan", False, "P3"),
            ("Do the maths.", "Aoife Brannigan", False, "P3"),
            ("A strike helps no one, least of all patients,", "Siobhán Keane", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Aoife Brannigan", "TikTok"),
        ],
        "people": ["Declan Ó Súilleabháin", "Aoife Brannigan", "Siobhán Keane"],
    },
    {
        "name": "budgeting-app-fee-medium-essay-podcast-reddit",
        "text": (
            "Ravindra Kulkarni, co-founder of the budgeting app Pennywise, explained in an essay on Medium on Sunday why the company would start charging for its basic tier. “Free was never free. Someone was always paying, and it was usually our investors,” he wrote.\n\n"
            "Customers received an email from the company the same morning announcing a $4 monthly fee. It promised that existing savings goals would “stay exactly where they are.”\n\n"
            "On the podcast Acquired, the investor Beatriz Santamaría, whose firm led Pennywise’s last funding round, backed the move. “Every fintech hits this wall eventually,” she said. “The good ones climb it.”\n\n"
            "Not all users agreed. In a Reddit thread titled “Pennywise is dead to me,” one user wrote that the fee was “a bait and switch.” Kulkarni replied in the thread: “Fair criticism. We should have warned you months ago.”"
        ),
        "quotes": [
            (
                "Free was never free. Someone was always paying, and it was usually our investors,",
                "Ravindra Kulkarni",
                False,
                "P1",
            ),
            ("stay exactly where they are.", None, True, "P2"),
            ("Every fintech hits this wall eventually,", "Beatriz Santamaría", False, "P3"),
            ("The good ones climb it.", "Beatriz Santamaría", False, "P3"),
            ("a bait and switch.", None, True, "P4"),
            (
                "Fair criticism. We should have warned you months ago.",
                "Ravindra Kulkarni",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Ravindra Kulkarni", "Medium"),
            ("P2", None, None),
            ("P3", "Beatriz Santamaría", "Acquired"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Ravindra Kulkarni", "Beatriz Santamaría"],
    },
    {
        "name": "tennis-withdrawal-x-quote-post-el-pais-straight-marks",
        "text": (
            'Tennis player Ilse van der Berg withdrew from the Madrid Open on Tuesday, citing a wrist injury. "My body is telling me to stop, and this time I am listening," she wrote on X.\n\n'
            'Her coach, Sebastián Arrieta, quote-posted her message with words of his own: "The bravest decision of her career." He declined further comment.\n\n'
            'The tournament director, Luisa Carrasco, told the newspaper El País that organizers were disappointed. "Ilse is one of the players people buy tickets to see," she said.\n\n'
            'At her news conference on Monday, van der Berg had said the wrist was "fine, mostly." Asked then about Madrid, she said: "I will play if I can hold a racket."\n\n'
            "Her rival, Naomi Kagawa, posted a photo of the two of them on Instagram with a heart emoji."
        ),
        "quotes": [
            (
                "My body is telling me to stop, and this time I am listening,",
                "Ilse van der Berg",
                False,
                "P1",
            ),
            ("The bravest decision of her career.", "Sebastián Arrieta", False, "P2"),
            (
                "Ilse is one of the players people buy tickets to see,",
                "Luisa Carrasco",
                False,
                "P3",
            ),
            ("fine, mostly.", "Ilse van der Berg", True, None),
            ("I will play if I can hold a racket.", "Ilse van der Berg", False, None),
        ],
        "posts": [
            ("P1", "Ilse van der Berg", "X"),
            ("P2", "Sebastián Arrieta", "X"),
            ("P3", "Luisa Carrasco", "El País"),
            ("P4", "Naomi Kagawa", "Instagram"),
        ],
        "people": ["Ilse van der Berg", "Sebastián Arrieta", "Luisa Carrasco", "Naomi Kagawa"],
    },
    {
        "name": "director-film-withdrawn-instagram-letter-variety",
        "text": (
            "The director Farhad Mirzaei said on Instagram on Thursday that his film “The Quiet Border” had been withdrawn from the Lisbon festival at the request of its sponsors. “They told me the film was ‘too political for a gala night.’ Every film is political,” he wrote.\n\n"
            "The festival’s artistic director, Inês Valadares, disputed that in a letter to the festival’s members. “No sponsor has ever chosen our programme, and none chose it this year,” the letter said. It added that the film had been moved, not cancelled.\n\n"
            "Mirzaei’s lead actress, Golshifteh Amini, shared his post on her own Instagram story with the words “Stand with Farhad.”\n\n"
            "Speaking to Variety, Valadares said the screening would take place on Sunday in a smaller hall. “The audience will see it,” she said. “That was always the plan.”"
        ),
        "quotes": [
            (
                "They told me the film was ‘too political for a gala night.’ Every film is political,",
                "Farhad Mirzaei",
                False,
                "P1",
            ),
            (
                "No sponsor has ever chosen our programme, and none chose it this year,",
                "Inês Valadares",
                False,
                "P2",
            ),
            ("Stand with Farhad.", "Golshifteh Amini", False, "P3"),
            ("The audience will see it,", "Inês Valadares", False, "P4"),
            ("That was always the plan.", "Inês Valadares", False, "P4"),
        ],
        "posts": [
            ("P1", "Farhad Mirzaei", "Instagram"),
            ("P2", "Inês Valadares", None),
            ("P3", "Golshifteh Amini", "Instagram"),
            ("P4", "Inês Valadares", "Variety"),
        ],
        "people": ["Farhad Mirzaei", "Inês Valadares", "Golshifteh Amini"],
    },
    {
        "name": "minister-visa-memo-youtube-video-cbc-radio",
        "text": (
            "A memo from Canada’s immigration minister, Harjit Sandhu-Malik, to department staff, obtained by the Globe and Mail, orders a review of student visa caps. The memo, dated Oct. 3, said the current system was “failing colleges and students alike.”\n\n"
            "“We will return with a cleaner, fairer model by spring,” the memo said.\n\n"
            "The opposition leader, Geneviève Tremblay-Okafor, responded in a YouTube video on Friday. “A memo is not a policy,” she said. “Students need answers now.”\n\n"
            "Sandhu-Malik told the CBC Radio show The House on Saturday that the review would not lead to higher caps. “Nobody should read this as an increase,” he said.\n\n"
            "A college president in Halifax, who asked not to be named because talks with the department are continuing, said the memo was “the first sign of life in two years.”"
        ),
        "quotes": [
            ("failing colleges and students alike.", "Harjit Sandhu-Malik", True, "P1"),
            (
                "We will return with a cleaner, fairer model by spring,",
                "Harjit Sandhu-Malik",
                False,
                "P1",
            ),
            ("A memo is not a policy,", "Geneviève Tremblay-Okafor", False, "P2"),
            ("Students need answers now.", "Geneviève Tremblay-Okafor", False, "P2"),
            ("Nobody should read this as an increase,", "Harjit Sandhu-Malik", False, "P3"),
            ("the first sign of life in two years.", None, True, None),
        ],
        "posts": [
            ("P1", "Harjit Sandhu-Malik", None),
            ("P2", "Geneviève Tremblay-Okafor", "YouTube"),
            ("P3", "Harjit Sandhu-Malik", "The House"),
        ],
        "people": ["Harjit Sandhu-Malik", "Geneviève Tremblay-Okafor"],
    },
    {
        "name": "sunscreen-recall-brand-instagram-report-podcast",
        "text": (
            "The cosmetics brand Clara Whitfield recalled two of its sunscreens on Friday after tests found lower protection than advertised. “We are sorry, and we are refunding every bottle,” the brand said in an Instagram post.\n\n"
            "The recall followed a report by the consumer group Which?, which found that one lotion offered “roughly half” the stated SPF. The report said the brand had been told of the results in May.\n\n"
            "Naledi Whitfield-Moyo, granddaughter of the brand’s late founder and a member of its board, said on the podcast Business Unusual that she was “furious, mostly at ourselves.” “My grandmother would have pulled these off the shelves in a day,” she said on the episode.\n\n"
            "Chief executive Tobias Engström said in a statement that all testing would move to an outside lab. “Trust is the only thing we sell,” he said."
        ),
        "quotes": [
            ("We are sorry, and we are refunding every bottle,", None, False, "P1"),
            ("roughly half", None, True, "P2"),
            ("furious, mostly at ourselves.", "Naledi Whitfield-Moyo", True, "P3"),
            (
                "My grandmother would have pulled these off the shelves in a day,",
                "Naledi Whitfield-Moyo",
                False,
                "P3",
            ),
            ("Trust is the only thing we sell,", "Tobias Engström", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", None, None),
            ("P3", "Naledi Whitfield-Moyo", "Business Unusual"),
            ("P4", "Tobias Engström", None),
        ],
        "people": ["Naledi Whitfield-Moyo", "Tobias Engström"],
    },
    {
        "name": "gas-hookup-ruling-dissent-dispatch-linkedin-op-ed",
        "text": (
            "The Ohio Supreme Court ruled 5-2 on Thursday that cities may ban natural-gas hookups in new buildings. Writing for the majority, Justice Rebecca Saltonstall said the state constitution gives cities “broad power over what is built inside their limits.”\n\n"
            "In a dissent, Justice Emeka Adebayo-Hart warned that the decision would “invite a patchwork of 900 energy codes.”\n\n"
            "The lawyer who argued for the city of Columbus, Lorenzo Ruiz-Tagle, told the Columbus Dispatch that the ruling was a relief. “Cities can finally plan for the next fifty years,” he said.\n\n"
            "The Ohio Home Builders Association criticised the decision in a post on LinkedIn. “Every mandate ends up in the price of a house,” the association wrote.\n\n"
            "In an op-ed in the Cleveland Plain Dealer, state Senator Wyatt Holloway vowed to overturn it. “If the court won’t draw the line, the legislature will,” he wrote."
        ),
        "quotes": [
            (
                "broad power over what is built inside their limits.",
                "Rebecca Saltonstall",
                True,
                "P1",
            ),
            ("invite a patchwork of 900 energy codes.", "Emeka Adebayo-Hart", True, "P2"),
            (
                "Cities can finally plan for the next fifty years,",
                "Lorenzo Ruiz-Tagle",
                False,
                "P3",
            ),
            ("Every mandate ends up in the price of a house,", None, False, "P4"),
            (
                "If the court won’t draw the line, the legislature will,",
                "Wyatt Holloway",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Rebecca Saltonstall", None),
            ("P2", "Emeka Adebayo-Hart", None),
            ("P3", "Lorenzo Ruiz-Tagle", "Columbus Dispatch"),
            ("P4", None, "LinkedIn"),
            ("P5", "Wyatt Holloway", "Cleveland Plain Dealer"),
        ],
        "people": [
            "Rebecca Saltonstall",
            "Emeka Adebayo-Hart",
            "Lorenzo Ruiz-Tagle",
            "Wyatt Holloway",
        ],
    },
    {
        "name": "cholera-emergency-who-statement-bbc-two-paragraph-x-reply",
        "text": (
            "The World Health Organization declared on Tuesday that a cholera outbreak in three coastal districts of Mozambique was a regional emergency. In a statement, the agency said cases had “tripled in under a fortnight.”\n\n"
            "Its regional director, Dr. Matshidiso Ndlovu, spoke at length to the BBC’s Newsday programme. “The water systems were already fragile before the cyclone,” she said. “Now, in some towns, there is simply no clean water at all.\n\n"
            "“We can stop this, but only if the vaccines arrive in weeks, not months.”\n\n"
            "Mozambique’s health ministry said on X that 40,000 doses had landed in Pemba. A local doctor, Armando Chissano-Langa, replied under the post with a photo of an empty clinic fridge and the words “Landed where?” The ministry did not reply, and by Wednesday evening it had deleted the post without explanation."
        ),
        "quotes": [
            ("tripled in under a fortnight.", None, True, "P1"),
            (
                "The water systems were already fragile before the cyclone,",
                "Matshidiso Ndlovu",
                False,
                "P2",
            ),
            (
                "Now, in some towns, there is simply no clean water at all.",
                "Matshidiso Ndlovu",
                False,
                "P2",
            ),
            (
                "We can stop this, but only if the vaccines arrive in weeks, not months.",
                "Matshidiso Ndlovu",
                False,
                "P2",
            ),
            ("Landed where?", "Armando Chissano-Langa", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Matshidiso Ndlovu", "Newsday"),
            ("P3", None, "X"),
        ],
        "people": ["Matshidiso Ndlovu", "Armando Chissano-Langa"],
    },
    {
        "name": "manager-sacked-threads-talksport-facebook-group-poll",
        "text": (
            "Crestwood United sacked manager Duncan McAllister on Monday after a run of seven straight defeats. The club announced the decision in a two-line statement that thanked him “for his service.”\n\n"
            "McAllister, known to supporters as “Big Dunc,” posted on Threads that evening. “I gave this club everything I had. It wasn’t enough, and I understand that,” he wrote. “Thank you to every fan who sang my name,” he added.\n\n"
            "On talkSPORT the next morning, the club’s former captain, Chidi Eze-Lawson, said the board had panicked. “You don’t fix a season by firing the man in October,” he said.\n\n"
            "In the supporters’ Facebook group Crestwood Till I Die, member Gareth Pryce posted a poll asking who should replace him. “Anyone who plays us out from the back,” one member commented. By Tuesday night the poll had more than 3,000 votes."
        ),
        "quotes": [
            ("for his service.", None, True, "P1"),
            (
                "I gave this club everything I had. It wasn’t enough, and I understand that,",
                "Duncan McAllister",
                False,
                "P2",
            ),
            ("Thank you to every fan who sang my name,", "Duncan McAllister", False, "P2"),
            (
                "You don’t fix a season by firing the man in October,",
                "Chidi Eze-Lawson",
                False,
                "P3",
            ),
            ("Anyone who plays us out from the back,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Duncan McAllister", "Threads"),
            ("P3", "Chidi Eze-Lawson", "talkSPORT"),
            ("P4", "Gareth Pryce", "Facebook"),
        ],
        "people": ["Duncan McAllister", "Chidi Eze-Lawson", "Gareth Pryce"],
    },
    {
        "name": "novelist-manuscript-chatbot-bluesky-reply-guardian-email",
        "text": (
            "The novelist Anh Thu Lê said on Bluesky on Wednesday that she had found pages of her unpublished manuscript reproduced in an AI chatbot’s answers. “Someone fed it a draft that only my editor had ever seen,” she posted.\n\n"
            "Her publisher, Harbor & Finch, said in a statement that it was investigating “a possible breach of our systems.”\n\n"
            "The author of “The Lantern Keepers” quickly drew support from other writers. Kazuo Brandt-Ikeda replied under her post: “This happened to me last year. Call a lawyer first.” Lê replied to him: “Already did.”\n\n"
            "The chatbot’s developer, Lumina Labs, told The Guardian it “takes these claims seriously” and would review its training data. Its spokesperson, Paloma Idowu, added in an email that the company had found no trace of the manuscript “in any dataset we licensed.”"
        ),
        "quotes": [
            (
                "Someone fed it a draft that only my editor had ever seen,",
                "Anh Thu Lê",
                False,
                "P1",
            ),
            ("a possible breach of our systems.", None, True, "P2"),
            (
                "This happened to me last year. Call a lawyer first.",
                "Kazuo Brandt-Ikeda",
                False,
                "P1",
            ),
            ("Already did.", "Anh Thu Lê", False, "P1"),
            ("takes these claims seriously", None, True, "P3"),
            ("in any dataset we licensed.", "Paloma Idowu", True, "P4"),
        ],
        "posts": [
            ("P1", "Anh Thu Lê", "Bluesky"),
            ("P2", None, None),
            ("P3", None, "The Guardian"),
            ("P4", "Paloma Idowu", None),
        ],
        "people": ["Anh Thu Lê", "Kazuo Brandt-Ikeda", "Paloma Idowu"],
    },
    {
        "name": "nairobi-race-tv-interview-rally-release-instagram",
        "text": (
            "Candidate Wanjiru Kamau-Otieno told the Citizen TV show JKL on Sunday that she would “end the water cartels within a year.” Asked how, she said: “By publishing every contract the county signs.”\n\n"
            "Her rival, the incumbent governor Samuel Kiprotich, dismissed the pledge at a rally in Kibera on Monday. “She has promised the rain, too,” he told the crowd.\n\n"
            "His campaign followed up with a press release accusing her of copying his manifesto. “Nairobi has heard these ideas before, from us,” it said.\n\n"
            "Kamau-Otieno answered by posting a photo of a dry tap in Mathare on Instagram with the caption “Ten years of ideas. Zero water.” Her running mate, Hassan Abdirahman, shared a video of the same tap on TikTok, where it had been viewed more than 200,000 times by Tuesday night, days before the vote."
        ),
        "quotes": [
            ("end the water cartels within a year.", "Wanjiru Kamau-Otieno", True, "P1"),
            ("By publishing every contract the county signs.", "Wanjiru Kamau-Otieno", False, "P1"),
            ("She has promised the rain, too,", "Samuel Kiprotich", False, None),
            ("Nairobi has heard these ideas before, from us,", None, False, "P2"),
            ("Ten years of ideas. Zero water.", "Wanjiru Kamau-Otieno", False, "P3"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Otieno", "JKL"),
            ("P2", None, "press release"),
            ("P3", "Wanjiru Kamau-Otieno", "Instagram"),
            ("P4", "Hassan Abdirahman", "TikTok"),
        ],
        "people": ["Wanjiru Kamau-Otieno", "Samuel Kiprotich", "Hassan Abdirahman"],
    },
    {
        "name": "shipyard-strike-union-letter-ft-interview-youtube",
        "text": (
            "Workers at the Kowalczyk Marine shipyard in Gdańsk went on strike on Wednesday. In a letter to management, their union said wages had “fallen behind inflation for four straight years.”\n\n"
            "The company, named after a founder who died in 1998, said in a statement that its 9 percent offer was fair. “We cannot pay money we do not have,” the statement said.\n\n"
            "Chief executive Małgorzata Wiśniewska went further in an interview with the Financial Times. “This strike puts three export contracts at risk,” she said. “Our customers will not wait.”\n\n"
            "A welder, Paweł Zieliński, posted a YouTube video from the picket line mocking the company’s “final” offer. “Nine percent of nothing is still nothing,” he said in the video, which was shared widely among shipyard workers in Szczecin and Gdynia."
        ),
        "quotes": [
            ("fallen behind inflation for four straight years.", None, True, "P1"),
            ("We cannot pay money we do not have,", None, False, "P2"),
            (
                "This strike puts three export contracts at risk,",
                "Małgorzata Wiśniewska",
                False,
                "P3",
            ),
            ("Our customers will not wait.", "Małgorzata Wiśniewska", False, "P3"),
            ("Nine percent of nothing is still nothing,", "Paweł Zieliński", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Małgorzata Wiśniewska", "Financial Times"),
            ("P4", "Paweł Zieliński", "YouTube"),
        ],
        "people": ["Małgorzata Wiśniewska", "Paweł Zieliński"],
    },
]
