"""The ninety-sixth self-made dev set, held out (CX): its first run is an unseen estimate.

Written with set CY, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post (a judge's
  ruling reported in the first paragraph comes before the lawsuit quoted later);
  a post reported without quoted words (the promoter's press release) is still
  listed.
- people lists every named person in order of first mention, quoted or not (the
  board chair Helen Aguilar, the late Rolando Batungbakal); unnamed people (a
  former patient, a father in Kentucky, an anonymous Reddit user) and
  organisations are not listed, and a restaurant named for a person (La Cocina
  de Abuela Chela) names no person.
- A quote's text keeps the punctuation inside the marks; words in single marks
  inside a quote (‘qualified’) are part of it.
- A union's, race organisers', hospital's or federal agency's statement, and an
  organisation's Instagram or Facebook post (a festival, a landlord company),
  have author None and their words speak as None; "the release said" in a
  company's news release speaks as None.
- A named official's or lawyer's statement (the attorney general, the family's
  lawyer) is that person's post with no platform, and "the statement said"
  speaks as that person; a superintendent's email to parents and a co-founder's
  email to investors are likewise their posts, and a fragment "the email said"
  speaks as the superintendent.
- A comment or reply by an unnamed person under a TikTok, YouTube, X or Reddit
  post belongs to it with speaker None; a named person's comment under someone
  else's post (a producer, a husband, a neighbour, a wife) belongs to that post,
  and so does a study author's reply beneath a critic's Bluesky post.
- Reposting a Bluesky post "with a comment of her own" is a new Bluesky post by
  the reposter.
- A study published in a named journal is a post with author None and the
  journal as platform (The Lancet Public Health); "the authors wrote" speaks as
  None.
- A show or podcast named in marks (“Squawk Box”, “The Health Report”, “Front
  Row”, “Backstage Pass”) is the platform without marks and its title is not a
  quote; the network before it (CNBC's, BBC Radio 4's, NPR's) is not part of the
  platform, so NPR's Morning Edition is Morning Edition.
- An unnamed spokesperson's "email to The Verge" is an interview with The Verge
  (author None); "Speaking to the Arizona Daily Star" and "told the student
  newspaper, The Northfield Ledger" are interviews. An outlet's platform keeps a
  capitalised The that is part of its name (The Verge, The Boston Globe, The
  Northfield Ledger) and drops a lower-case the (Arizona Daily Star).
- A landing narrated on the company's YouTube livestream is a YouTube post with
  author None; the narrating engineer's words speak as her.
- A club's press release that quotes its sporting director "as calling him" a
  phrase: the fragment is partial, spoken by the director, in the release
  (author None).
- A quote or fragment that follows a post or interview in the same paragraph,
  with no other occasion between, belongs to it ("Adelstein said", "She
  described the operation as", an analyst's "he added" after his note); a quote
  tied back by "In the same video" belongs to that video even in a later
  paragraph.
- "Said by phone", a call with analysts, a school board meeting, a town hall, a
  school assembly, a House committee hearing ("told lawmakers"), "told reporters
  at a news conference" and "told reporters outside the courthouse" are not
  posts; a meeting only announced for later is not a post.
- A quote running over two paragraphs (an opening mark at each, a closing mark
  only at the end) is one quote per paragraph, same speaker and post, not
  partial, even when a fragment of the same post comes just before it.
- A fragment that completes the narrator's sentence after a colon ("should know
  the warning signs: “chest pressure, …”") is partial; whole words after
  "commented:", "replied beneath his post:" or "read:" are not.
- A fragment a judge's ruling quotes as a legal standard (“the least restrictive
  means”) is the judge's partial quote in her ruling.
- A nickname in marks inside a name (Nia “Lil Saint” Okafor) is not a quote and
  the canonical name leaves it out (Nia Okafor); nicknames (“O Maestro”, “the
  Lagos Nightingale”), a course title, a Reddit thread's title and a scare quote
  after "so-called" are not quotes; "Maestro" and "Ms. F" inside a quote name no
  new person.
- Portuguese and Spanish compound surnames are kept whole (Matheus Carvalho da
  Silva, Graciela Ramírez Ortega) and the bare compound refers to that person; a
  husband sharing only the second surname (Arturo Ortega) is a separate person.
  Particles stay in the name (Pieter van der Berg); Vietnamese and Korean names
  keep the order written (Thanh Huong Le, Seo-yeon Park, Jun-ho Baek).
- Superintendent, Judge, state Senator, Representative, Dr. and Ms. are titles,
  not part of a name; a description ("the chef", "the conductor") speaks as the
  person it describes, "the spokesperson" and "the user who started the thread"
  as None.
- A critic's essay on Medium, a venture capitalist's Substack newsletter and a
  founder's Substack essay take those platforms; a pediatric dentist's op-ed in
  The Boston Globe takes The Boston Globe.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CX: list[dict] = [
    {
        "name": "nurses-strike-union-statement-tiktok-comment",
        "text": (
            "Nurses at St. Brigid’s Medical Center in Worcester walked off the job on Thursday "
            "morning after contract talks collapsed overnight, the Massachusetts Nurses "
            "Association said in a statement. “Our members did not want this strike. "
            "Management left them no choice,” the statement said.\n\n"
            "An intensive-care nurse, Oluwaseun Bakare, posted a TikTok video from the picket "
            "line that had drawn more than 300,000 views by the afternoon. “I have held the "
            "hands of patients dying alone because we had one nurse for four beds,” she said "
            "in the video. “That is the whole story.”\n\n"
            "Under the video, a woman who identified herself as a former patient commented: "
            "“You were my nurse in 2021. Stand strong.”\n\n"
            "The hospital has hired replacement nurses for five days through a so-called "
            "“crisis staffing” agency. Its president, Gregory Thibodeaux, told reporters at a "
            "news conference that the union’s staffing demands were “simply not achievable” on "
            "the current budget. “We respect the nurses, and we will be back at the table "
            "Monday,” he said."
        ),
        "quotes": [
            (
                "Our members did not want this strike. Management left them no choice,",
                None,
                False,
                "P1",
            ),
            (
                "I have held the hands of patients dying alone because we had one nurse for "
                "four beds,",
                "Oluwaseun Bakare",
                False,
                "P2",
            ),
            ("That is the whole story.", "Oluwaseun Bakare", False, "P2"),
            ("You were my nurse in 2021. Stand strong.", None, False, "P2"),
            ("simply not achievable", "Gregory Thibodeaux", True, None),
            (
                "We respect the nurses, and we will be back at the table Monday,",
                "Gregory Thibodeaux",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oluwaseun Bakare", "TikTok"),
        ],
        "people": ["Oluwaseun Bakare", "Gregory Thibodeaux"],
    },
    {
        "name": "singer-instagram-surgery-producer-comment-rolling-stone",
        "text": (
            "The Afropop singer Ifeoluwa Adeyinka-Cole, whom fans call “the Lagos "
            "Nightingale,” has postponed the North American leg of her tour to have surgery on "
            "a vocal-cord polyp.\n\n"
            "“I tried to sing through it for three months and my voice kept telling me no,” "
            "she wrote on Instagram on Sunday, alongside a photo of herself in a hospital "
            "gown. “I will come back stronger, I promise.”\n\n"
            "Her longtime producer, Kofi Mensah-Boateng, replied in the comments: “Rest, sis. "
            "The songs will wait for you.”\n\n"
            "Her surgeon, Dr. Miriam Adelstein, told Rolling Stone that polyps were common "
            "among touring singers who perform while sick. “Most of my patients are back on "
            "stage within eight weeks,” Adelstein said. She described the operation as "
            "“routine, but not trivial.”\n\n"
            "Ticket holders will be offered refunds or seats at the rescheduled shows, the "
            "promoter, Live Nation, said in a press release. Eleven dates in the United States "
            "and Canada are affected, including two sold-out nights in Toronto."
        ),
        "quotes": [
            (
                "I tried to sing through it for three months and my voice kept telling me no,",
                "Ifeoluwa Adeyinka-Cole",
                False,
                "P1",
            ),
            ("I will come back stronger, I promise.", "Ifeoluwa Adeyinka-Cole", False, "P1"),
            ("Rest, sis. The songs will wait for you.", "Kofi Mensah-Boateng", False, "P1"),
            (
                "Most of my patients are back on stage within eight weeks,",
                "Miriam Adelstein",
                False,
                "P2",
            ),
            ("routine, but not trivial.", "Miriam Adelstein", True, "P2"),
        ],
        "posts": [
            ("P1", "Ifeoluwa Adeyinka-Cole", "Instagram"),
            ("P2", "Miriam Adelstein", "Rolling Stone"),
            ("P3", None, "press release"),
        ],
        "people": ["Ifeoluwa Adeyinka-Cole", "Kofi Mensah-Boateng", "Miriam Adelstein"],
    },
    {
        "name": "superintendent-email-facebook-group-board-meeting-threads",
        "text": (
            "The Cedar Falls school district will move to a four-day week next fall, "
            "Superintendent Yolanda Castellanos-Reyes told parents in an email on Friday. "
            "“This was not a decision we made lightly, and it was not made to save money,” she "
            "wrote. The district would “protect every minute of instructional time” by "
            "lengthening the remaining days, the email said.\n\n"
            "Parents reacted quickly. In the Cedar Falls Parents Network, a Facebook group "
            "with 6,000 members, a mother of three, Bethany Kowalczyk, wrote that she might "
            "have to quit her job. “Who watches my kids on Fridays? Nobody asked us,” her post "
            "read.\n\n"
            "At a school board meeting on Monday night, the board’s chair, Harold Nakamura, "
            "defended the plan. “Teachers have been leaving us for districts that already did "
            "this,” he said. “We cannot afford to be last.”\n\n"
            "A third-grade teacher, Ama Owusu, said on Threads that she had been “counting "
            "down to this for two years.”"
        ),
        "quotes": [
            (
                "This was not a decision we made lightly, and it was not made to save money,",
                "Yolanda Castellanos-Reyes",
                False,
                "P1",
            ),
            ("protect every minute of instructional time", "Yolanda Castellanos-Reyes", True, "P1"),
            ("Who watches my kids on Fridays? Nobody asked us,", "Bethany Kowalczyk", False, "P2"),
            (
                "Teachers have been leaving us for districts that already did this,",
                "Harold Nakamura",
                False,
                None,
            ),
            ("We cannot afford to be last.", "Harold Nakamura", False, None),
            ("counting down to this for two years.", "Ama Owusu", True, "P3"),
        ],
        "posts": [
            ("P1", "Yolanda Castellanos-Reyes", None),
            ("P2", "Bethany Kowalczyk", "Facebook"),
            ("P3", "Ama Owusu", "Threads"),
        ],
        "people": [
            "Yolanda Castellanos-Reyes",
            "Bethany Kowalczyk",
            "Harold Nakamura",
            "Ama Owusu",
        ],
    },
    {
        "name": "earnings-release-analyst-note-squawk-box-call",
        "text": (
            "Shares of Verdant Foods fell 14 percent on Wednesday after the maker of so-called "
            "“clean label” plant-based burgers cut its forecast for the year. In its earnings "
            "release, the company said sales had been “pressured by promotional activity "
            "across the category.”\n\n"
            "On a call with analysts, the chief executive, Priyanka Venkataraman, said the "
            "slowdown was temporary. “Trial is down, but repeat purchase is the best it has "
            "ever been,” she said.\n\n"
            "Not everyone was convinced. In a note to clients, Lukas Brandt, an analyst at "
            "Barclays, wrote that the company was “running out of levers.” “We see no catalyst "
            "before 2026,” he added, cutting his price target to $9.\n\n"
            "Venkataraman made her case again on Thursday morning on CNBC’s “Squawk Box.” “We "
            "have cash for three years without raising a dollar,” she told the show’s hosts. "
            "“Nobody is going anywhere.”\n\n"
            "The company, based in Boulder, Colo., has lost money in every quarter since it "
            "went public in 2019."
        ),
        "quotes": [
            ("pressured by promotional activity across the category.", None, True, "P1"),
            (
                "Trial is down, but repeat purchase is the best it has ever been,",
                "Priyanka Venkataraman",
                False,
                None,
            ),
            ("running out of levers.", "Lukas Brandt", True, "P2"),
            ("We see no catalyst before 2026,", "Lukas Brandt", False, "P2"),
            (
                "We have cash for three years without raising a dollar,",
                "Priyanka Venkataraman",
                False,
                "P3",
            ),
            ("Nobody is going anywhere.", "Priyanka Venkataraman", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lukas Brandt", None),
            ("P3", "Priyanka Venkataraman", "Squawk Box"),
        ],
        "people": ["Priyanka Venkataraman", "Lukas Brandt"],
    },
    {
        "name": "journal-study-podcast-bluesky-author-reply",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 47 percent lower risk of dying "
            "over the following decade than those who walked 2,000, according to a study of "
            "58,000 people published on Tuesday in The Lancet Public Health.\n\n"
            "“The benefit levels off sooner than the popular 10,000-step target suggests,” the "
            "authors wrote, cautioning that the data were observational.\n\n"
            "The study’s lead author, Dr. Seo-yeon Park of Yonsei University, said on the "
            "podcast “The Health Report” that the finding should encourage people who dislike "
            "exercise. “You do not need to become a runner. You need to get off the couch,” "
            "she said.\n\n"
            "On Bluesky, the epidemiologist Tadeusz Wróblewski called the paper “careful work” "
            "but warned that people who are already ill tend to walk less to begin with. Park "
            "replied beneath his post: “Agreed, which is why we excluded the first two years "
            "of deaths.”"
        ),
        "quotes": [
            (
                "The benefit levels off sooner than the popular 10,000-step target suggests,",
                None,
                False,
                "P1",
            ),
            (
                "You do not need to become a runner. You need to get off the couch,",
                "Seo-yeon Park",
                False,
                "P2",
            ),
            ("careful work", "Tadeusz Wróblewski", True, "P3"),
            (
                "Agreed, which is why we excluded the first two years of deaths.",
                "Seo-yeon Park",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "The Lancet Public Health"),
            ("P2", "Seo-yeon Park", "The Health Report"),
            ("P3", "Tadeusz Wróblewski", "Bluesky"),
        ],
        "people": ["Seo-yeon Park", "Tadeusz Wróblewski"],
    },
    {
        "name": "transfer-x-post-fan-reply-club-release-news-conference",
        "text": (
            "The Brazilian midfielder Matheus Carvalho da Silva, nicknamed “O Maestro” by "
            "supporters in Porto, completed a £38 million move to Harrowgate Athletic on "
            "Friday.\n\n"
            "“A new chapter. Thank you, Porto, for everything you gave a boy from Recife,” "
            "Carvalho da Silva posted on X, with a photo of himself holding his new shirt. One "
            "supporter replied under the post: “Come win us a trophy, Maestro.”\n\n"
            "In a press release, Harrowgate said the 24-year-old had passed a medical and "
            "signed a five-year contract. The club’s sporting director, Damian Vidal, was "
            "quoted in the release as calling him “the most complete midfielder in "
            "Portugal.”\n\n"
            "At a news conference later that afternoon, the manager, Ioannis Papadakis, said "
            "the club had chased the player for two seasons. “He sees passes other players do "
            "not see,” Papadakis said. “We were patient, and it paid off.”\n\n"
            "Harrowgate, 14th in the table, play at home against Brentford on Sunday."
        ),
        "quotes": [
            (
                "A new chapter. Thank you, Porto, for everything you gave a boy from Recife,",
                "Matheus Carvalho da Silva",
                False,
                "P1",
            ),
            ("Come win us a trophy, Maestro.", None, False, "P1"),
            ("the most complete midfielder in Portugal.", "Damian Vidal", True, "P2"),
            ("He sees passes other players do not see,", "Ioannis Papadakis", False, None),
            ("We were patient, and it paid off.", "Ioannis Papadakis", False, None),
        ],
        "posts": [
            ("P1", "Matheus Carvalho da Silva", "X"),
            ("P2", None, "press release"),
        ],
        "people": ["Matheus Carvalho da Silva", "Damian Vidal", "Ioannis Papadakis"],
    },
    {
        "name": "judge-ruling-trade-group-lawsuit-attorney-general-statement",
        "text": (
            "A federal judge in Seattle on Monday temporarily blocked a Washington law "
            "requiring app stores to verify the ages of their users, siding with the tech "
            "trade group Open Markets Coalition.\n\n"
            "In a 32-page ruling, Judge Marisa Kealoha wrote that the state had not shown the "
            "law was “the least restrictive means” of protecting children. “The Constitution "
            "does not carve out an exception for new technology,” she wrote.\n\n"
            "The coalition’s lawsuit had called the law “a surveillance mandate dressed up as "
            "child safety.”\n\n"
            "Washington’s attorney general, Rahul Bhattacharya, said in a statement that the "
            "state would appeal. “Protecting kids online is not optional,” the statement "
            "said.\n\n"
            "Outside the courthouse, the bill’s sponsor, state Senator Ingrid Solberg, told "
            "reporters she was “disappointed but not surprised.” “We wrote this law knowing it "
            "would end up here,” she said. The law had been due to take effect on Jan. 1."
        ),
        "quotes": [
            ("the least restrictive means", "Marisa Kealoha", True, "P1"),
            (
                "The Constitution does not carve out an exception for new technology,",
                "Marisa Kealoha",
                False,
                "P1",
            ),
            ("a surveillance mandate dressed up as child safety.", None, True, "P2"),
            ("Protecting kids online is not optional,", "Rahul Bhattacharya", False, "P3"),
            ("disappointed but not surprised.", "Ingrid Solberg", True, None),
            ("We wrote this law knowing it would end up here,", "Ingrid Solberg", False, None),
        ],
        "posts": [
            ("P1", "Marisa Kealoha", None),
            ("P2", None, None),
            ("P3", "Rahul Bhattacharya", None),
        ],
        "people": ["Marisa Kealoha", "Rahul Bhattacharya", "Ingrid Solberg"],
    },
    {
        "name": "substack-founder-reddit-thread-spokesperson-verge-linkedin",
        "text": (
            "The founder of the note-taking app Quillwork, Anneliese Vogt, said on Wednesday "
            "that the company would start charging for features that had been free for six "
            "years, a move that angered many of its two million users.\n\n"
            "“Free was never a business model. It was a loan against our future,” Vogt wrote "
            "in a Substack essay announcing the change.\n\n"
            "On Reddit, a thread titled “Quillwork just betrayed its users” collected more "
            "than 4,000 comments within a day. “I paid for the lifetime plan in 2019 and now "
            "lifetime means until they change their minds,” the user who started the thread "
            "wrote.\n\n"
            "A Quillwork spokesperson said in an email to The Verge that lifetime subscribers "
            "would keep every existing feature. “No one who paid us will lose anything they "
            "paid for,” the spokesperson wrote.\n\n"
            "Vogt’s co-founder, Emeka Nwachukwu, posted on LinkedIn that the team had “read "
            "every single comment.”"
        ),
        "quotes": [
            (
                "Free was never a business model. It was a loan against our future,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            (
                "I paid for the lifetime plan in 2019 and now lifetime means until they change "
                "their minds,",
                None,
                False,
                "P2",
            ),
            ("No one who paid us will lose anything they paid for,", None, False, "P3"),
            ("read every single comment.", "Emeka Nwachukwu", True, "P4"),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", "Substack"),
            ("P2", None, "Reddit"),
            ("P3", None, "The Verge"),
            ("P4", "Emeka Nwachukwu", "LinkedIn"),
        ],
        "people": ["Anneliese Vogt", "Emeka Nwachukwu"],
    },
    {
        "name": "pharmacist-youtube-shortage-comment-fda-statement-phone",
        "text": (
            "A shortage of the children’s antibiotic amoxicillin has left parents in rural "
            "Ohio driving for hours between pharmacies, and one pharmacist’s video about it "
            "has become an unlikely hit.\n\n"
            "“If your pharmacy is out, ask them to call the next town before you get in the "
            "car,” Deepa Raghunathan, who runs an independent pharmacy in Gallipolis, said in "
            "a YouTube video that has been viewed 1.2 million times. “We talk to each other. "
            "Let us do the driving.”\n\n"
            "Among the thousands of comments under the video, one from a father in Kentucky "
            "read: “This saved me a three-hour round trip tonight.”\n\n"
            "The Food and Drug Administration said in a statement that it expected supplies to "
            "recover “in the coming weeks” and that two manufacturers had increased "
            "production. In the same video, Raghunathan had urged parents not to stockpile: "
            "“Buy what the prescription says, not a spare.”\n\n"
            "Raghunathan, 52, said she was surprised by the attention. “I am a pharmacist, not "
            "an influencer,” she said by phone. “My daughter had to show me how to turn on the "
            "comments.”"
        ),
        "quotes": [
            (
                "If your pharmacy is out, ask them to call the next town before you get in the "
                "car,",
                "Deepa Raghunathan",
                False,
                "P1",
            ),
            ("We talk to each other. Let us do the driving.", "Deepa Raghunathan", False, "P1"),
            ("This saved me a three-hour round trip tonight.", None, False, "P1"),
            ("in the coming weeks", None, True, "P2"),
            ("Buy what the prescription says, not a spare.", "Deepa Raghunathan", False, "P1"),
            ("I am a pharmacist, not an influencer,", "Deepa Raghunathan", False, None),
            (
                "My daughter had to show me how to turn on the comments.",
                "Deepa Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Deepa Raghunathan", "YouTube"),
            ("P2", None, None),
        ],
        "people": ["Deepa Raghunathan"],
    },
    {
        "name": "conductor-letter-concertmaster-instagram-story-medium-critic",
        "text": (
            "The music director of the Halvorsen Symphony, Jun-ho Baek, will step down at the "
            "end of next season, he told the orchestra’s musicians in a letter on Tuesday.\n\n"
            "“Eleven years is long enough for any orchestra to hear one man’s Brahms,” the "
            "conductor wrote. He said he wanted to spend more time composing and with his "
            "young family.\n\n"
            "The orchestra’s concertmaster, Svetlana Morozova-Hill, posted a rehearsal photo "
            "on her Instagram story with the words “Not ready to say goodbye, maestro.”\n\n"
            "Not every reaction was warm. In an essay on Medium, the critic Oisín Gallagher, "
            "who has written about the orchestra for two decades, argued that Baek’s tenure "
            "had produced “polished, safe and forgettable” programs. “He gave us the museum "
            "when we needed the workshop,” Gallagher wrote.\n\n"
            "The board chair, Helen Aguilar, said a search committee would be named in January "
            "and that Baek would conduct the orchestra’s European tour in the spring, his last "
            "as music director."
        ),
        "quotes": [
            (
                "Eleven years is long enough for any orchestra to hear one man’s Brahms,",
                "Jun-ho Baek",
                False,
                "P1",
            ),
            ("Not ready to say goodbye, maestro.", "Svetlana Morozova-Hill", False, "P2"),
            ("polished, safe and forgettable", "Oisín Gallagher", True, "P3"),
            ("He gave us the museum when we needed the workshop,", "Oisín Gallagher", False, "P3"),
        ],
        "posts": [
            ("P1", "Jun-ho Baek", None),
            ("P2", "Svetlana Morozova-Hill", "Instagram"),
            ("P3", "Oisín Gallagher", "Medium"),
        ],
        "people": ["Jun-ho Baek", "Svetlana Morozova-Hill", "Oisín Gallagher", "Helen Aguilar"],
    },
    {
        "name": "university-president-linkedin-student-paper-bluesky-repost",
        "text": (
            "Northfield State University will eliminate 14 degree programs, including German, "
            "philosophy and music theory, its president, Dr. Kwabena Ofori, announced on "
            "LinkedIn on Monday.\n\n"
            "“Protecting our students means being honest about which programs they are "
            "choosing,” Ofori wrote. “Enrollment in these majors has fallen by 60 percent in a "
            "decade.”\n\n"
            "Several department chairs learned of the cuts from the post. One of them, the "
            "philosophy professor Miriam Haddad, told the student newspaper, The Northfield "
            "Ledger, that she felt “blindsided.” “Nobody from the provost’s office called me "
            "first,” she said.\n\n"
            "A colleague in the history department, Thanh Huong Le, wrote on Bluesky that the "
            "university was “closing the humanities one quiet Monday at a time.” Haddad "
            "reposted it with a comment of her own: “Worth reading twice.”\n\n"
            "Ofori is scheduled to answer questions from professors at a faculty senate "
            "meeting on Thursday."
        ),
        "quotes": [
            (
                "Protecting our students means being honest about which programs they are "
                "choosing,",
                "Kwabena Ofori",
                False,
                "P1",
            ),
            (
                "Enrollment in these majors has fallen by 60 percent in a decade.",
                "Kwabena Ofori",
                False,
                "P1",
            ),
            ("blindsided.", "Miriam Haddad", True, "P2"),
            ("Nobody from the provost’s office called me first,", "Miriam Haddad", False, "P2"),
            ("closing the humanities one quiet Monday at a time.", "Thanh Huong Le", True, "P3"),
            ("Worth reading twice.", "Miriam Haddad", False, "P4"),
        ],
        "posts": [
            ("P1", "Kwabena Ofori", "LinkedIn"),
            ("P2", "Miriam Haddad", "The Northfield Ledger"),
            ("P3", "Thanh Huong Le", "Bluesky"),
            ("P4", "Miriam Haddad", "Bluesky"),
        ],
        "people": ["Kwabena Ofori", "Miriam Haddad", "Thanh Huong Le"],
    },
    {
        "name": "chef-instagram-closing-husband-comment-daily-star-landlord-facebook",
        "text": (
            "After 19 years, the Oaxacan restaurant La Cocina de Abuela Chela in Tucson will "
            "serve its last mole on Dec. 31, its chef and owner, Graciela Ramírez Ortega, "
            "announced on Instagram.\n\n"
            "“Rent went from $4,000 to $11,000 a month. There is no recipe for that,” the chef "
            "wrote beneath a photo of her kitchen staff.\n\n"
            "Her husband, Arturo Ortega, who runs the front of the house, added a comment "
            "under the post: “Thirty-one more nights. Come see us.”\n\n"
            "Speaking to the Arizona Daily Star, Ramírez Ortega said the landlord had offered "
            "a three-year lease at the new rate. “I did the math ten times,” she said. “Every "
            "time, the answer was the same.”\n\n"
            "The building’s owner, Westline Properties, said in a Facebook post that it had "
            "“worked in good faith” with all of its tenants and that rents in the area had "
            "doubled since 2020. The restaurant’s regulars have started a petition asking the "
            "city to help it find a new home."
        ),
        "quotes": [
            (
                "Rent went from $4,000 to $11,000 a month. There is no recipe for that,",
                "Graciela Ramírez Ortega",
                False,
                "P1",
            ),
            ("Thirty-one more nights. Come see us.", "Arturo Ortega", False, "P1"),
            ("I did the math ten times,", "Graciela Ramírez Ortega", False, "P2"),
            ("Every time, the answer was the same.", "Graciela Ramírez Ortega", False, "P2"),
            ("worked in good faith", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Graciela Ramírez Ortega", "Instagram"),
            ("P2", "Graciela Ramírez Ortega", "Arizona Daily Star"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Graciela Ramírez Ortega", "Arturo Ortega"],
    },
    {
        "name": "museum-repatriation-release-minister-x-curator-front-row",
        "text": (
            "The Whitcombe Museum in Bristol will return 72 bronze objects to Nigeria, the "
            "museum said in a press release on Wednesday, ending four years of negotiation.\n\n"
            "“These objects were taken by force. Returning them is not generosity; it is "
            "overdue,” the museum’s director, Dr. Eleanor Achterberg, said in the release.\n\n"
            "Nigeria’s culture minister, Hannatu Garba, welcomed the decision on X. “A good "
            "day for Benin and a good day for honesty,” she posted.\n\n"
            "The museum’s curator of African art, Babajide Olatunji, spoke about the handover "
            "on BBC Radio 4’s “Front Row.” He said some of the objects had been on display for "
            "more than a century and that staff had grown “strangely attached” to them. “We "
            "were caretakers, never owners,” he said.\n\n"
            "The objects, most of them looted by British soldiers in 1897, will be packed over "
            "the winter. A date for the handover ceremony in Benin City has not yet been set."
        ),
        "quotes": [
            (
                "These objects were taken by force. Returning them is not generosity; it is "
                "overdue,",
                "Eleanor Achterberg",
                False,
                "P1",
            ),
            ("A good day for Benin and a good day for honesty,", "Hannatu Garba", False, "P2"),
            ("strangely attached", "Babajide Olatunji", True, "P3"),
            ("We were caretakers, never owners,", "Babajide Olatunji", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hannatu Garba", "X"),
            ("P3", "Babajide Olatunji", "Front Row"),
        ],
        "people": ["Eleanor Achterberg", "Hannatu Garba", "Babajide Olatunji"],
    },
    {
        "name": "fluoride-globe-op-ed-facebook-neighbor-comment-town-hall",
        "text": (
            "Residents of Milbrook, Mass., will vote in March on whether to stop adding "
            "fluoride to the town’s water.\n\n"
            "In an op-ed in The Boston Globe on Sunday, the pediatric dentist Dr. Farah "
            "Siddiqui urged them to keep it. “I see the cavities of children whose families "
            "cannot afford a dentist. Fluoride is the one treatment they get for free,” she "
            "wrote.\n\n"
            "The organizer of the petition that forced the vote, a chiropractor named Dale "
            "Prychodko, called the op-ed “fearmongering from the dental lobby” in a Facebook "
            "post. “Let families choose what goes in their bodies,” he wrote.\n\n"
            "Under Prychodko’s post, his neighbor Yuki Matsumoto commented: “My kids drink "
            "this water. I want the science, not slogans.”\n\n"
            "At a town hall on Tuesday, the town’s health director, Samuel Adjei, said the "
            "state health department supported fluoridation at current levels. “The evidence "
            "at these levels is reassuring,” Adjei said. About 200 residents attended, and the "
            "meeting ran past 10 p.m."
        ),
        "quotes": [
            (
                "I see the cavities of children whose families cannot afford a dentist. "
                "Fluoride is the one treatment they get for free,",
                "Farah Siddiqui",
                False,
                "P1",
            ),
            ("fearmongering from the dental lobby", "Dale Prychodko", True, "P2"),
            ("Let families choose what goes in their bodies,", "Dale Prychodko", False, "P2"),
            (
                "My kids drink this water. I want the science, not slogans.",
                "Yuki Matsumoto",
                False,
                "P2",
            ),
            ("The evidence at these levels is reassuring,", "Samuel Adjei", False, None),
        ],
        "posts": [
            ("P1", "Farah Siddiqui", "The Boston Globe"),
            ("P2", "Dale Prychodko", "Facebook"),
        ],
        "people": ["Farah Siddiqui", "Dale Prychodko", "Yuki Matsumoto", "Samuel Adjei"],
    },
    {
        "name": "lunar-lander-release-youtube-livestream-x-hearing",
        "text": (
            "The Houston company Meridian Lunar lost contact with its Selene lander about 90 "
            "seconds before its planned touchdown near the moon’s south pole on Thursday, it "
            "said in a news release. “We are analyzing the data, and we will share what we "
            "learn,” the release said.\n\n"
            "The company’s chief engineer, Aigerim Sadykova, had been narrating the descent on "
            "the company’s YouTube livestream. “We’ve lost signal. Stand by,” she said, as the "
            "control room fell silent.\n\n"
            "Hours later she posted on X: “Proud of this team no matter what the data "
            "says.”\n\n"
            "At a House science committee hearing the following week, Representative Tomasz "
            "Zieliński asked whether NASA’s $118 million contract with the company should be "
            "reviewed. “Taxpayers deserve to know what went wrong,” he said. Meridian’s chief "
            "executive, Obinna Eze, told lawmakers the lander had been “ninety seconds from "
            "history” and that a second mission was already being built."
        ),
        "quotes": [
            ("We are analyzing the data, and we will share what we learn,", None, False, "P1"),
            ("We’ve lost signal. Stand by,", "Aigerim Sadykova", False, "P2"),
            ("Proud of this team no matter what the data says.", "Aigerim Sadykova", False, "P3"),
            ("Taxpayers deserve to know what went wrong,", "Tomasz Zieliński", False, None),
            ("ninety seconds from history", "Obinna Eze", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "YouTube"),
            ("P3", "Aigerim Sadykova", "X"),
        ],
        "people": ["Aigerim Sadykova", "Tomasz Zieliński", "Obinna Eze"],
    },
    {
        "name": "festival-lineup-instagram-rapper-tiktok-founder-podcast",
        "text": (
            "The organizers of the Riverbend Music Festival in Austin apologized on Monday "
            "after their 2025 lineup, announced last week, included only three women among 41 "
            "acts.\n\n"
            "“We got this wrong, and we hear you,” the festival said in an Instagram post. "
            "“Next year will look different.”\n\n"
            "The Houston rapper Nia “Lil Saint” Okafor, who was left off the bill, responded "
            "in a TikTok video. “Three women. In Texas. In 2025,” she said, counting on her "
            "fingers. “Y’all had a whole year to find ‘qualified’ women.”\n\n"
            "The festival’s founder, Gustavo Benítez, addressed the criticism on the music "
            "podcast “Backstage Pass.” “Booking starts eighteen months out. That is not an "
            "excuse, it is an explanation,” Benítez said. He promised a lineup that would be "
            "“at least forty percent women” next year.\n\n"
            "Tickets for the three-day festival, which drew 60,000 people last spring, go on "
            "sale on Friday."
        ),
        "quotes": [
            ("We got this wrong, and we hear you,", None, False, "P1"),
            ("Next year will look different.", None, False, "P1"),
            ("Three women. In Texas. In 2025,", "Nia Okafor", False, "P2"),
            ("Y’all had a whole year to find ‘qualified’ women.", "Nia Okafor", False, "P2"),
            (
                "Booking starts eighteen months out. That is not an excuse, it is an explanation,",
                "Gustavo Benítez",
                False,
                "P3",
            ),
            ("at least forty percent women", "Gustavo Benítez", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Nia Okafor", "TikTok"),
            ("P3", "Gustavo Benítez", "Backstage Pass"),
        ],
        "people": ["Nia Okafor", "Gustavo Benítez"],
    },
    {
        "name": "meal-kit-founder-email-investor-substack-multiparagraph-reddit",
        "text": (
            "The meal-kit start-up Harvest Table will shut down at the end of the month after "
            "failing to raise new funding, its co-founder, Rashida Al-Mansouri, told investors "
            "in an email on Thursday. “We ran out of runway before we ran out of believers,” "
            "she wrote. “I am proud of what we built and sorry for how it ends.”\n\n"
            "One early backer, the venture capitalist Pieter van der Berg, called it “a good "
            "company in a terrible category” in his Substack newsletter on Friday, and went "
            "on:\n\n"
            "“Meal kits are a business of discounts and churn. Harvest Table ran the discounts "
            "better than anyone.\n\n"
            "“But nobody has ever cracked churn, and neither did they.”\n\n"
            "A former warehouse supervisor, Jamal Whitaker, started a Reddit thread about the "
            "closing that drew hundreds of replies. “Found out from a news alert, not from my "
            "boss,” he wrote. An anonymous user replied beneath it: “Same. Forty of us in "
            "Newark.”\n\n"
            "Al-Mansouri declined to comment further."
        ),
        "quotes": [
            (
                "We ran out of runway before we ran out of believers,",
                "Rashida Al-Mansouri",
                False,
                "P1",
            ),
            (
                "I am proud of what we built and sorry for how it ends.",
                "Rashida Al-Mansouri",
                False,
                "P1",
            ),
            ("a good company in a terrible category", "Pieter van der Berg", True, "P2"),
            (
                "Meal kits are a business of discounts and churn. Harvest Table ran the "
                "discounts better than anyone.",
                "Pieter van der Berg",
                False,
                "P2",
            ),
            (
                "But nobody has ever cracked churn, and neither did they.",
                "Pieter van der Berg",
                False,
                "P2",
            ),
            ("Found out from a news alert, not from my boss,", "Jamal Whitaker", False, "P3"),
            ("Same. Forty of us in Newark.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Rashida Al-Mansouri", None),
            ("P2", "Pieter van der Berg", "Substack"),
            ("P3", "Jamal Whitaker", "Reddit"),
        ],
        "people": ["Rashida Al-Mansouri", "Pieter van der Berg", "Jamal Whitaker"],
    },
    {
        "name": "malpractice-verdict-lawyer-statement-hospital-daughter-facebook",
        "text": (
            "A Cook County jury on Friday awarded $14.2 million to the family of Rolando "
            "Batungbakal, a 61-year-old retired bus driver who died of a heart attack hours "
            "after Lakeshore General Hospital sent him home in 2021.\n\n"
            "The family’s lawyer, Shira Goldfarb, said in a statement that the verdict “should "
            "be read in every emergency department in Illinois.” “Mr. Batungbakal did "
            "everything right. He went to the hospital. The hospital failed him,” the "
            "statement said.\n\n"
            "Lakeshore General said in a statement of its own that it would appeal. “Our "
            "physicians followed accepted standards of care,” it said.\n\n"
            "His daughter, Marites Batungbakal-Cruz, wrote on Facebook that her father had "
            "been “the loudest laugh in every room.” She told reporters outside the courthouse "
            "that the money was not the point. “I want one other family to be spared this,” "
            "she said.\n\n"
            "The trial lasted three weeks. Jurors deliberated for less than a day."
        ),
        "quotes": [
            (
                "should be read in every emergency department in Illinois.",
                "Shira Goldfarb",
                True,
                "P1",
            ),
            (
                "Mr. Batungbakal did everything right. He went to the hospital. The hospital "
                "failed him,",
                "Shira Goldfarb",
                False,
                "P1",
            ),
            ("Our physicians followed accepted standards of care,", None, False, "P2"),
            ("the loudest laugh in every room.", "Marites Batungbakal-Cruz", True, "P3"),
            ("I want one other family to be spared this,", "Marites Batungbakal-Cruz", False, None),
        ],
        "posts": [
            ("P1", "Shira Goldfarb", None),
            ("P2", None, None),
            ("P3", "Marites Batungbakal-Cruz", "Facebook"),
        ],
        "people": ["Rolando Batungbakal", "Shira Goldfarb", "Marites Batungbakal-Cruz"],
    },
    {
        "name": "teacher-of-year-morning-edition-student-tiktok-assembly",
        "text": (
            "Lucía Fernández-Arriaga, a chemistry teacher at Roosevelt High School in Fresno, "
            "Calif., was named National Teacher of the Year on Tuesday, an honor that "
            "recognized her elective “Soap, Salt and Stoichiometry,” in which students run a "
            "small soap business.\n\n"
            "“Kids will do the hardest math in the world if there is a customer waiting,” she "
            "said on NPR’s Morning Edition. “Chemistry is just cooking with consequences.”\n\n"
            "One of her former students, Dawit Haile, posted a TikTok video of himself at his "
            "first lab job. “Ms. F taught me this,” he said in the clip, holding up a beaker. "
            "“Now they pay me for it.”\n\n"
            "At an assembly at the school, the principal, Gloria Whitehorse, told students "
            "that their teacher was “proof that this building makes champions.” “She never "
            "once asked for a bigger budget,” Whitehorse added. “She asked for bigger "
            "ideas.”\n\n"
            "Fernández-Arriaga will spend the next year traveling the country as an ambassador "
            "for the profession."
        ),
        "quotes": [
            (
                "Kids will do the hardest math in the world if there is a customer waiting,",
                "Lucía Fernández-Arriaga",
                False,
                "P1",
            ),
            (
                "Chemistry is just cooking with consequences.",
                "Lucía Fernández-Arriaga",
                False,
                "P1",
            ),
            ("Ms. F taught me this,", "Dawit Haile", False, "P2"),
            ("Now they pay me for it.", "Dawit Haile", False, "P2"),
            ("proof that this building makes champions.", "Gloria Whitehorse", True, None),
            ("She never once asked for a bigger budget,", "Gloria Whitehorse", False, None),
            ("She asked for bigger ideas.", "Gloria Whitehorse", False, None),
        ],
        "posts": [
            ("P1", "Lucía Fernández-Arriaga", "Morning Edition"),
            ("P2", "Dawit Haile", "TikTok"),
        ],
        "people": ["Lucía Fernández-Arriaga", "Dawit Haile", "Gloria Whitehorse"],
    },
    {
        "name": "marathon-collapse-statement-instagram-wife-comment-medium",
        "text": (
            "A 34-year-old runner who collapsed a mile from the finish of the Twin Cities "
            "Marathon on Sunday is recovering after bystanders performed CPR, race organizers "
            "said in a statement. “The quick actions of spectators and our medical team saved "
            "a life today,” the statement said.\n\n"
            "The runner, Mikko Aaltonen, posted on Instagram from his hospital bed on Tuesday. "
            "“My heart stopped for four minutes. Two strangers started it again,” he wrote. “I "
            "would like to buy them dinner for the rest of their lives.”\n\n"
            "His wife, Sofia Aaltonen, commented beneath the post: “Never scare me like that "
            "again.”\n\n"
            "Dr. Hamid Rostami, a cardiologist at Hennepin Healthcare, wrote in an essay on "
            "Medium that such collapses are rare but not random. Marathoners, he wrote, should "
            "know the warning signs: “chest pressure, unusual breathlessness, a racing heart "
            "that will not settle.”\n\n"
            "One of the two bystanders, a nurse named Keala Kahananui, said she had just "
            "finished her own race. “Honestly, I only stopped because I was too tired to keep "
            "walking,” she said with a laugh."
        ),
        "quotes": [
            (
                "The quick actions of spectators and our medical team saved a life today,",
                None,
                False,
                "P1",
            ),
            (
                "My heart stopped for four minutes. Two strangers started it again,",
                "Mikko Aaltonen",
                False,
                "P2",
            ),
            (
                "I would like to buy them dinner for the rest of their lives.",
                "Mikko Aaltonen",
                False,
                "P2",
            ),
            ("Never scare me like that again.", "Sofia Aaltonen", False, "P2"),
            (
                "chest pressure, unusual breathlessness, a racing heart that will not settle.",
                "Hamid Rostami",
                True,
                "P3",
            ),
            (
                "Honestly, I only stopped because I was too tired to keep walking,",
                "Keala Kahananui",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mikko Aaltonen", "Instagram"),
            ("P3", "Hamid Rostami", "Medium"),
        ],
        "people": ["Mikko Aaltonen", "Sofia Aaltonen", "Hamid Rostami", "Keala Kahananui"],
    },
]
