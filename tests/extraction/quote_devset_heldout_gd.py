"""The one-hundred-and-eightieth self-made dev set, held out (GD): its first run is an unseen estimate.

Written with set GE, without reading the extraction rules, and committed before
any rule was run on it. Topic area: technology and the internet: apps, AI, data
breaches, start-ups, online creators.

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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a company statement, a press release or a
  Facebook photo only described) is still listed in posts.
- people lists the named speakers and post authors only.
- A split quote ("...," she wrote, "...") is two quotes, neither partial, with
  the same speaker and post.
- Fragments in narration right after an interview quote, in the same paragraph
  and with no new setting ("She called the wind-down ..."), belong to that
  interview (the Decoder podcast).
- A comment under an Instagram, Substack or LinkedIn post belongs to that post,
  also when it is reported in narration ("responded in a comment beneath it",
  "commented on the post ... called her ...").
- A platform's emailed statement (TikTok), a label's statement, a company
  spokeswoman's email with the spokeswoman unnamed, and a central bank's
  letter are posts with author None and platform None; their words speak as
  None unless a named person is quoted in them.
- A second YouTube video and a return to X ("returned to the platform") are new
  posts by the same author.
- A memo "seen by Reuters", an email "obtained by TechCrunch" and a letter
  "reviewed by Folha de S.Paulo" have no platform: the outlet only reported them.
  A chief executive's email to staff is his post.
- An essay title (“The Badge Stops Working at Midnight”), a film title, a song
  title, a show title (CNBC's “Squawk Box”), a nickname (“the Serum Sultan”), a
  streaming handle (“JiwooPlays”), a model's name (“Meridian”) and a scare quote
  in narration (so-called “AI companions”) are not quotes.
- A scare quote in single marks inside a quote (‘transition conversation’,
  ‘no customer data was accessed’) is part of the quote's text.
- A Substack essay quoted over two paragraphs is one quote per paragraph.
- "Said in a phone call", "said at a screening", "said outside the courthouse"
  and "told the crowd" at a rally are not posts; a state Senate hearing and a
  Senate committee are hearings.
- A family's lawsuit has author None and its words speak as None.
- A one-word fragment from a post (“heartbroken”) is a partial quote of that post.
- "Told BBC Radio 4" has platform BBC Radio 4; "told the ABC" has platform ABC;
  RTÉ Radio 1's Morning Ireland has platform Morning Ireland; KERA's Think has
  platform Think; CBS Mornings, Nikkei Asia, The Verge, Decoder likewise.
- The Financial Times and, later, "the interview with the FT" are one post with
  platform Financial Times (the outlet's full name as first written).
- A regulator's press release that quotes its deputy commissioner has author
  None; the quoted fragment's speaker is the deputy commissioner.
- An indictment is a court filing with author None (prosecutors). Words the
  indictment says the defendant spoke in a YouTube livestream belong to that
  livestream, a YouTube post by the defendant, listed after the indictment
  because it is reported after it.
- An open letter signed by 300 researchers has author None.
- A Medium essay whose author is named only in the next paragraph is that
  author's post, and its opening quoted with "the essay begins" is spoken by
  that author.
- A Facebook photo posted "with the caption ..." is a whole quote, not partial.
- Name order as written: Zhou Meilin (Chinese), Ji-woo Park (Korean-Canadian,
  given name first), Dewi Kartika Sari (Indonesian, "Sari" as the short form);
  Irish names keep their accents and particles (Cathal Ó Briain, Siobhán
  Gallagher).
- Titles such as Dr., Judge and Senator are not part of a canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_GD: list[dict] = [
    {
        "name": "instagram-meal-app-shutdown-comment-podcast",
        "text": (
            "Amara Okonkwo-Reyes, who built the meal-planning app Pantrypal into a service with "
            "two million users, said on Instagram on Sunday that the app would shut down at the "
            "end of June. “We ran out of runway, plain and simple, and I would rather close it "
            "properly than sell your data to keep the lights on,” the 34-year-old founder wrote "
            "beneath a photo of her team.\n\n"
            "The post drew thousands of comments, many from users asking for a way to save their "
            "work. One of them, from the food writer Callum Baird, read: “Best app I ever paid "
            "for. Please let us keep our recipes.”\n\n"
            "Okonkwo-Reyes answered the question a day later on the technology podcast Decoder. "
            "“Everyone will be able to download everything they have saved, every recipe and "
            "every shopping list,” she said. She called the wind-down “the least bad option” and "
            "said her investors had been “more gracious than I deserved.”\n\n"
            "Pantrypal’s remaining staff of nine will receive four months’ pay, the company said "
            "in a statement on Monday."
        ),
        "quotes": [
            (
                "We ran out of runway, plain and simple, and I would rather close it properly "
                "than sell your data to keep the lights on,",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "Best app I ever paid for. Please let us keep our recipes.",
                "Callum Baird",
                False,
                "P1",
            ),
            (
                "Everyone will be able to download everything they have saved, every recipe and "
                "every shopping list,",
                "Amara Okonkwo-Reyes",
                False,
                "P2",
            ),
            ("the least bad option", "Amara Okonkwo-Reyes", True, "P2"),
            ("more gracious than I deserved.", "Amara Okonkwo-Reyes", True, "P2"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reyes", "Instagram"),
            ("P2", "Amara Okonkwo-Reyes", "Decoder"),
            ("P3", None, None),
        ],
        "people": ["Amara Okonkwo-Reyes", "Callum Baird"],
    },
    {
        "name": "hospital-ransomware-statement-senate-hearing-x",
        "text": (
            "A ransomware gang stole the records of about 1.4 million patients from Meridian "
            "Health’s appointment system in March, the hospital group disclosed on Wednesday, "
            "weeks after patients first reported scam calls.\n\n"
            "“We deeply regret that patient information was exposed, and we are contacting every "
            "affected person directly,” Meridian said in a statement, which quoted its chief "
            "information officer, Rajesh Venkataraman, as adding that the company had “found no "
            "evidence that medical records were altered.”\n\n"
            "At a state Senate hearing on Thursday, Venkataraman was pressed on why the "
            "disclosure had taken seven weeks. “We had to know what was taken before we could "
            "tell people what to do about it,” he said.\n\n"
            "Senator Lorraine Whitcombe, who chairs the health committee, was unmoved. “Seven "
            "weeks is a lifetime when someone is draining your bank account,” she told him.\n\n"
            "Whitcombe later posted a clip of the exchange on X with the words: “Patients "
            "deserve better than a press release.”"
        ),
        "quotes": [
            (
                "We deeply regret that patient information was exposed, and we are contacting "
                "every affected person directly,",
                None,
                False,
                "P1",
            ),
            (
                "found no evidence that medical records were altered.",
                "Rajesh Venkataraman",
                True,
                "P1",
            ),
            (
                "We had to know what was taken before we could tell people what to do about it,",
                "Rajesh Venkataraman",
                False,
                None,
            ),
            (
                "Seven weeks is a lifetime when someone is draining your bank account,",
                "Lorraine Whitcombe",
                False,
                None,
            ),
            ("Patients deserve better than a press release.", "Lorraine Whitcombe", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lorraine Whitcombe", "X"),
        ],
        "people": ["Rajesh Venkataraman", "Lorraine Whitcombe"],
    },
    {
        "name": "tiktok-ban-creator-youtube-videos-manager-verge",
        "text": (
            "The skincare creator Yusuf Demirci, known to his 3.2 million followers as “the "
            "Serum Sultan,” said his TikTok account had been permanently banned on Friday "
            "without warning.\n\n"
            "In a video posted to YouTube the same evening, Demirci, 27, said the platform had "
            "given him no reason. “I have spent four years building this, and one email took it "
            "away in a minute,” he said. “If I broke a rule, tell me which one.”\n\n"
            "TikTok said in an emailed statement that the account had been removed for "
            "“repeated violations of our community guidelines” relating to undisclosed paid "
            "promotions.\n\n"
            "Demirci disputed that on Saturday in a second YouTube video, scrolling through a "
            "folder of contracts on screen. “Every single brand deal is labelled. Every one,” "
            "he said.\n\n"
            "His manager, Sofía Valderrama, told The Verge that the team had filed an appeal. "
            "“We expect this to be reversed within the week,” she said."
        ),
        "quotes": [
            (
                "I have spent four years building this, and one email took it away in a minute,",
                "Yusuf Demirci",
                False,
                "P1",
            ),
            ("If I broke a rule, tell me which one.", "Yusuf Demirci", False, "P1"),
            ("repeated violations of our community guidelines", None, True, "P2"),
            ("Every single brand deal is labelled. Every one,", "Yusuf Demirci", False, "P3"),
            (
                "We expect this to be reversed within the week,",
                "Sofía Valderrama",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Yusuf Demirci", "YouTube"),
            ("P2", None, None),
            ("P3", "Yusuf Demirci", "YouTube"),
            ("P4", "Sofía Valderrama", "The Verge"),
        ],
        "people": ["Yusuf Demirci", "Sofía Valderrama"],
    },
    {
        "name": "nairobi-speech-ai-funding-linkedin-memo-interview",
        "text": (
            "The Nairobi start-up Kipaji AI, which builds speech-recognition software for "
            "Swahili, Kikuyu and a dozen other East African languages, has raised $28 million in "
            "a funding round led by a London venture firm, the company said in a press release "
            "on Tuesday.\n\n"
            "Its chief executive, Wanjiru Kamau, announced the round on LinkedIn, writing that "
            "the money would “double the team and triple the languages.” In the same post she "
            "thanked the company’s first 40 employees, “who worked for equity and faith.”\n\n"
            "In a memo to staff seen by Reuters, Kamau said no one would be asked to relocate. "
            "“We are an African company, and we are going to stay one,” she wrote.\n\n"
            "The lead investor, Oliver Pemberton-Hart, said in an interview that he had backed "
            "the company after watching a demonstration in a Mombasa market. “It understood a "
            "fishmonger haggling in Sheng faster than I could,” he said."
        ),
        "quotes": [
            ("double the team and triple the languages.", "Wanjiru Kamau", True, "P2"),
            ("who worked for equity and faith.", "Wanjiru Kamau", True, "P2"),
            (
                "We are an African company, and we are going to stay one,",
                "Wanjiru Kamau",
                False,
                "P3",
            ),
            (
                "It understood a fishmonger haggling in Sheng faster than I could,",
                "Oliver Pemberton-Hart",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wanjiru Kamau", "LinkedIn"),
            ("P3", "Wanjiru Kamau", None),
        ],
        "people": ["Wanjiru Kamau", "Oliver Pemberton-Hart"],
    },
    {
        "name": "substack-layoff-essay-two-paragraphs-executive-comment",
        "text": (
            "Priya Raghunathan spent eleven years as an engineer at the search company "
            "Brightline before she was laid off in January along with 1,200 colleagues. Last "
            "week she published an essay on Substack, “The Badge Stops Working at Midnight,” "
            "about the morning her laptop locked.\n\n"
            "“Nobody called. There was no meeting. There was a calendar invite for a ‘transition "
            "conversation’ that had already been cancelled by the time I opened it,” she "
            "wrote.\n\n"
            "“What stays with me is not the job. It is how little ceremony there was in ending "
            "it.”\n\n"
            "The essay has been shared more than 60,000 times. Brightline’s head of people, "
            "Marcus Oyelaran, responded in a comment beneath it, saying the company had “got the "
            "tone badly wrong” and would review how it handled the cuts.\n\n"
            "Raghunathan said in a phone call on Monday that she had not expected a reply. “I "
            "wrote it for the people who were let go with me, not for him,” she said."
        ),
        "quotes": [
            (
                "Nobody called. There was no meeting. There was a calendar invite for a "
                "‘transition conversation’ that had already been cancelled by the time I opened "
                "it,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "What stays with me is not the job. It is how little ceremony there was in "
                "ending it.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("got the tone badly wrong", "Marcus Oyelaran", True, "P1"),
            (
                "I wrote it for the people who were let go with me, not for him,",
                "Priya Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "Substack"),
        ],
        "people": ["Priya Raghunathan", "Marcus Oyelaran"],
    },
    {
        "name": "companion-chatbot-lawsuit-news-conference-founder-x",
        "text": (
            "The family of a 16-year-old in Ohio has sued the maker of the chatbot Kindred, one "
            "of a fast-growing crop of so-called “AI companions,” accusing the company of "
            "designing the app to keep lonely teenagers talking for hours.\n\n"
            "The lawsuit, filed on Thursday in federal court in Columbus, says the app "
            "“rewarded isolation and punished goodbyes” and sent the boy, identified only by his "
            "initials, messages urging him not to log off.\n\n"
            "The family’s lawyer, Deborah Fitzsimmons-Ng, said at a news conference outside the "
            "courthouse that the company had ignored its own safety researchers. “They knew, "
            "they wrote it down, and they shipped it anyway,” she said.\n\n"
            "Kindred’s founder, Tobias Engström, said in a post on X that he was “heartbroken” "
            "by the family’s loss but denied the claims. “We have never built anything to make a "
            "child feel trapped, and we will show that in court,” he wrote.\n\n"
            "The company later said in a statement that it would introduce age verification by "
            "the autumn."
        ),
        "quotes": [
            ("rewarded isolation and punished goodbyes", None, True, "P1"),
            (
                "They knew, they wrote it down, and they shipped it anyway,",
                "Deborah Fitzsimmons-Ng",
                False,
                None,
            ),
            ("heartbroken", "Tobias Engström", True, "P2"),
            (
                "We have never built anything to make a child feel trapped, and we will show "
                "that in court,",
                "Tobias Engström",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tobias Engström", "X"),
            ("P3", None, None),
        ],
        "people": ["Deborah Fitzsimmons-Ng", "Tobias Engström"],
    },
    {
        "name": "railway-youtuber-documentary-radio-crowdfunding-screening",
        "text": (
            "Haruto Nishimura, whose YouTube channel about abandoned railway lines has 4.8 "
            "million subscribers, will release his first feature-length documentary, “The Last "
            "Train to Nowhere,” in cinemas next month.\n\n"
            "“I never thought a kid filming rusty tracks on a phone would end up on a cinema "
            "screen,” Nishimura told BBC Radio 4 on Wednesday. “Honestly, neither did my "
            "mother.”\n\n"
            "The film was paid for in part by his viewers, who gave £410,000 through a "
            "crowdfunding page. In a YouTube video last year, Nishimura promised that the money "
            "would be spent “on the film and nothing but the film.”\n\n"
            "His longtime editor, Leila Haddad-Moreau, said the hardest part had been cutting "
            "900 hours of footage down to 94 minutes. “We lost some of our favourite trains,” "
            "she said at a screening in Manchester on Saturday, to laughter."
        ),
        "quotes": [
            (
                "I never thought a kid filming rusty tracks on a phone would end up on a cinema "
                "screen,",
                "Haruto Nishimura",
                False,
                "P1",
            ),
            ("Honestly, neither did my mother.", "Haruto Nishimura", False, "P1"),
            ("on the film and nothing but the film.", "Haruto Nishimura", True, "P2"),
            ("We lost some of our favourite trains,", "Leila Haddad-Moreau", False, None),
        ],
        "posts": [
            ("P1", "Haruto Nishimura", "BBC Radio 4"),
            ("P2", "Haruto Nishimura", "YouTube"),
        ],
        "people": ["Haruto Nishimura", "Leila Haddad-Moreau"],
    },
    {
        "name": "digital-bank-outage-ceo-x-central-bank-letter",
        "text": (
            "Customers of the Brazilian digital bank Nuvora were unable to make payments or see "
            "their balances for nine hours on Monday after a database upgrade failed, the bank "
            "said.\n\n"
            "Its co-founder and chief executive, Thiago Albuquerque, apologised on X shortly "
            "after midnight. “No excuses. We broke something you rely on every day, and we will "
            "pay every late fee it caused,” he posted.\n\n"
            "Brazil’s central bank sent Nuvora a letter on Tuesday demanding a full account of "
            "the failure within ten days, according to a copy reviewed by Folha de S.Paulo. The "
            "letter describes the outage as “unacceptable for an institution of systemic "
            "relevance.”\n\n"
            "Albuquerque returned to the platform on Wednesday to say that every customer who "
            "had been charged a fee would be refunded by Friday. “Refunds are already going out. "
            "Check your app,” he wrote.\n\n"
            "Renata Coutinho, a 41-year-old bakery owner in São Paulo, said she had lost a day "
            "of card sales. “I had a queue of customers and a machine that said no to all of "
            "them,” she told reporters outside the bank’s offices."
        ),
        "quotes": [
            (
                "No excuses. We broke something you rely on every day, and we will pay every "
                "late fee it caused,",
                "Thiago Albuquerque",
                False,
                "P1",
            ),
            ("unacceptable for an institution of systemic relevance.", None, True, "P2"),
            ("Refunds are already going out. Check your app,", "Thiago Albuquerque", False, "P3"),
            (
                "I had a queue of customers and a machine that said no to all of them,",
                "Renata Coutinho",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Thiago Albuquerque", "X"),
            ("P2", None, None),
            ("P3", "Thiago Albuquerque", "X"),
        ],
        "people": ["Thiago Albuquerque", "Renata Coutinho"],
    },
    {
        "name": "ai-cloned-singer-instagram-label-statement-spotify-email",
        "text": (
            "The Nigerian singer Adaeze Nwachukwu said on Thursday that a song circulating on "
            "streaming services under her name had been generated by artificial intelligence "
            "without her knowledge.\n\n"
            "“That is not my voice, that is not my song, and I have not seen a single naira from "
            "it,” Nwachukwu wrote on Instagram, beside a screenshot of the track, “Lagos After "
            "Rain,” which had been streamed more than 700,000 times.\n\n"
            "Her label, Eko Sound, said in a statement that it had asked the platforms to remove "
            "the track and was “exploring every legal avenue.” The statement quoted the label’s "
            "managing director, Femi Adebayo-Lawal, as saying: “If this can happen to Adaeze, it "
            "can happen to any artist with a phone and a dream.”\n\n"
            "Spotify removed the song on Friday. A spokeswoman for the company said in an email "
            "that it “does not tolerate impersonation” and was reviewing how the track had been "
            "uploaded.\n\n"
            "Nwachukwu thanked her fans in an Instagram story that evening. “You found it before "
            "I did. Thank you,” she wrote."
        ),
        "quotes": [
            (
                "That is not my voice, that is not my song, and I have not seen a single naira "
                "from it,",
                "Adaeze Nwachukwu",
                False,
                "P1",
            ),
            ("exploring every legal avenue.", None, True, "P2"),
            (
                "If this can happen to Adaeze, it can happen to any artist with a phone and a "
                "dream.",
                "Femi Adebayo-Lawal",
                False,
                "P2",
            ),
            ("does not tolerate impersonation", None, True, "P3"),
            ("You found it before I did. Thank you,", "Adaeze Nwachukwu", False, "P4"),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu", "Instagram"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Adaeze Nwachukwu", "Instagram"),
        ],
        "people": ["Adaeze Nwachukwu", "Femi Adebayo-Lawal"],
    },
    {
        "name": "under-16-social-media-ban-minister-op-ed-senate-committee",
        "text": (
            "Australia’s communications minister, Eleanor Tran, defended the country’s ban on "
            "social media for under-16s in an op-ed in The Sydney Morning Herald on Saturday, a "
            "week before the platforms must show that they are enforcing it.\n\n"
            "“Parents have told us, again and again, that they cannot fight a trillion-dollar "
            "industry alone,” Tran wrote. “They should not have to.”\n\n"
            "Her piece answered critics including Dr. Kwame Asante-Boateng, a youth "
            "psychologist at Monash University, who told the ABC last month that the ban would "
            "“push kids into darker corners of the internet.”\n\n"
            "Representatives of Meta, TikTok and Snap appeared before a Senate committee in "
            "Canberra on Monday. Mia Castellanos, Meta’s regional policy director, told senators "
            "that age-estimation technology was “not yet reliable enough to be the only "
            "safeguard.”\n\n"
            "Asked about the testimony in Melbourne on Tuesday, the minister said the companies "
            "had had a year to prepare. “They are very good at knowing exactly how old you are "
            "when they want to sell you something,” she told reporters."
        ),
        "quotes": [
            (
                "Parents have told us, again and again, that they cannot fight a trillion-dollar "
                "industry alone,",
                "Eleanor Tran",
                False,
                "P1",
            ),
            ("They should not have to.", "Eleanor Tran", False, "P1"),
            (
                "push kids into darker corners of the internet.",
                "Kwame Asante-Boateng",
                True,
                "P2",
            ),
            (
                "not yet reliable enough to be the only safeguard.",
                "Mia Castellanos",
                True,
                None,
            ),
            (
                "They are very good at knowing exactly how old you are when they want to sell "
                "you something,",
                "Eleanor Tran",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Eleanor Tran", "The Sydney Morning Herald"),
            ("P2", "Kwame Asante-Boateng", "ABC"),
        ],
        "people": ["Eleanor Tran", "Kwame Asante-Boateng", "Mia Castellanos"],
    },
    {
        "name": "delivery-riders-facebook-group-press-release-rally-tiktok",
        "text": (
            "Delivery riders for the food app Rapidé in Madrid logged off en masse on Friday "
            "evening in protest at a new pay formula that they say has cut their earnings by a "
            "fifth.\n\n"
            "The stoppage was organised in a Facebook group with 14,000 members. “If we all "
            "switch off at seven, they will notice by half past,” one of its administrators, "
            "Khalid Benali, wrote in the group on Wednesday.\n\n"
            "Rapidé said in a press release that average hourly earnings had “increased for the "
            "majority of riders” since the change. Its director for Spain, Inês Carvalho, told a "
            "news conference that the company was open to talks. “Our door is open, and it has "
            "always been open,” Carvalho said.\n\n"
            "Several hundred riders rallied outside the company’s offices that night. “We are "
            "not robots. We are people with rent to pay,” Nadia Ferreira, a rider for six years, "
            "told the crowd.\n\n"
            "Benali was not convinced either. In a video posted to TikTok after the news "
            "conference, he held up a week of payslips to the camera. “Open door, closed "
            "wallet,” he said."
        ),
        "quotes": [
            (
                "If we all switch off at seven, they will notice by half past,",
                "Khalid Benali",
                False,
                "P1",
            ),
            ("increased for the majority of riders", None, True, "P2"),
            ("Our door is open, and it has always been open,", "Inês Carvalho", False, None),
            ("We are not robots. We are people with rent to pay,", "Nadia Ferreira", False, None),
            ("Open door, closed wallet,", "Khalid Benali", False, "P3"),
        ],
        "posts": [
            ("P1", "Khalid Benali", "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Khalid Benali", "TikTok"),
        ],
        "people": ["Khalid Benali", "Inês Carvalho", "Nadia Ferreira"],
    },
    {
        "name": "password-manager-breach-email-researcher-bluesky-ft",
        "text": (
            "The password manager Lockbox said on Tuesday that hackers had copied encrypted "
            "customer vaults from a backup server in November, reversing its earlier assurance "
            "that no customer data had been taken.\n\n"
            "“If your master password is long and unique, your vault remains safe. If it is "
            "not, change it today, and then change the passwords stored inside it,” the company "
            "told its six million users in an email.\n\n"
            "The security researcher Dmitri Volkonsky, who first reported signs of the breach "
            "in December, was scathing. “Three months of ‘no customer data was accessed’ and now "
            "this,” he posted on Bluesky. “Companies never learn that the cover-up is worse.”\n\n"
            "Lockbox’s chief executive, Sunita Mehra-Lindholm, told the Financial Times that the "
            "company had been “too slow and too confident,” and that an outside firm had been "
            "hired to review its systems. “We owe our customers the whole truth this time,” she "
            "added in the interview with the FT."
        ),
        "quotes": [
            (
                "If your master password is long and unique, your vault remains safe. If it is "
                "not, change it today, and then change the passwords stored inside it,",
                None,
                False,
                "P1",
            ),
            (
                "Three months of ‘no customer data was accessed’ and now this,",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
            (
                "Companies never learn that the cover-up is worse.",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
            ("too slow and too confident,", "Sunita Mehra-Lindholm", True, "P3"),
            (
                "We owe our customers the whole truth this time,",
                "Sunita Mehra-Lindholm",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dmitri Volkonsky", "Bluesky"),
            ("P3", "Sunita Mehra-Lindholm", "Financial Times"),
        ],
        "people": ["Dmitri Volkonsky", "Sunita Mehra-Lindholm"],
    },
    {
        "name": "image-generator-copyright-ruling-threads-squawk-box",
        "text": (
            "A federal judge in San Francisco on Monday allowed a group of illustrators to "
            "proceed with their copyright lawsuit against the image generator Palette AI, "
            "rejecting the company’s argument that training on public images was fair use as a "
            "matter of law.\n\n"
            "In a 38-page ruling, Judge Harriet Oduya wrote that the illustrators had plausibly "
            "shown that the tool could reproduce their work “nearly line for line” when prompted "
            "with their names.\n\n"
            "One of the plaintiffs, the Filipino-American illustrator Carmela Dizon, celebrated "
            "on Threads. “Two years ago people laughed at us. Today a judge read our evidence,” "
            "she wrote.\n\n"
            "Palette AI’s general counsel, Jonah Whitfield, called the ruling “an early "
            "procedural step” on CNBC’s “Squawk Box” on Tuesday and said the company expected "
            "to win. “Nobody is entitled to own a style,” he said."
        ),
        "quotes": [
            ("nearly line for line", "Harriet Oduya", True, "P1"),
            (
                "Two years ago people laughed at us. Today a judge read our evidence,",
                "Carmela Dizon",
                False,
                "P2",
            ),
            ("an early procedural step", "Jonah Whitfield", True, "P3"),
            ("Nobody is entitled to own a style,", "Jonah Whitfield", False, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Oduya", None),
            ("P2", "Carmela Dizon", "Threads"),
            ("P3", "Jonah Whitfield", "Squawk Box"),
        ],
        "people": ["Harriet Oduya", "Carmela Dizon", "Jonah Whitfield"],
    },
    {
        "name": "streamer-harassment-medium-essay-author-later-x-reply",
        "text": (
            "An essay on Medium describing two years of coordinated harassment against women "
            "who stream video games has been read more than a million times since it was "
            "published on Sunday.\n\n"
            "“Every time I went live, I was doing two jobs: entertaining the people who came to "
            "watch and quietly deleting the ones who came to hurt me,” the essay begins.\n\n"
            "Its author, the Korean-Canadian streamer Ji-woo Park, who broadcasts to 900,000 "
            "followers on Twitch as “JiwooPlays,” said she wrote it after a viewer posted her "
            "home address in a chat.\n\n"
            "Twitch said in a statement that it had banned the accounts involved and was "
            "“investing heavily in safety tools.” Park was unimpressed. On X, she wrote that she "
            "had heard the same promise “every year since 2019.”\n\n"
            "A fellow streamer, Oluwaseun Adewale, replied under her post: “Same story, every "
            "year. Nothing changes until the sponsors leave.”"
        ),
        "quotes": [
            (
                "Every time I went live, I was doing two jobs: entertaining the people who came "
                "to watch and quietly deleting the ones who came to hurt me,",
                "Ji-woo Park",
                False,
                "P1",
            ),
            ("investing heavily in safety tools.", None, True, "P2"),
            ("every year since 2019.", "Ji-woo Park", True, "P3"),
            (
                "Same story, every year. Nothing changes until the sponsors leave.",
                "Oluwaseun Adewale",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ji-woo Park", "Medium"),
            ("P2", None, None),
            ("P3", "Ji-woo Park", "X"),
        ],
        "people": ["Ji-woo Park", "Oluwaseun Adewale"],
    },
    {
        "name": "scooter-startup-layoffs-ceo-email-engineer-linkedin",
        "text": (
            "The electric scooter start-up Voltaro will cut 230 jobs, about a third of its "
            "workforce, its chief executive told employees in an email on Thursday.\n\n"
            "“This is the hardest message I have had to write,” wrote the chief executive, "
            "Henrik Aaltonen, in the email, which was obtained by TechCrunch. “The people "
            "leaving did nothing wrong. I made bets that did not pay off.”\n\n"
            "Among those laid off was Chiamaka Eze, a battery engineer who joined the company "
            "eight months ago after moving from Lagos. She posted on LinkedIn that her work visa "
            "was tied to the job. “I have 60 days to find a new sponsor or leave the country,” "
            "she wrote. “If your team needs someone who knows cells, I am here.”\n\n"
            "Hundreds of engineers commented on the post, among them Voltaro’s former head of "
            "hardware, Matteo Lombardi, who called her “the best engineer I hired in ten "
            "years.”\n\n"
            "A Voltaro spokesman declined to comment beyond the email."
        ),
        "quotes": [
            ("This is the hardest message I have had to write,", "Henrik Aaltonen", False, "P1"),
            (
                "The people leaving did nothing wrong. I made bets that did not pay off.",
                "Henrik Aaltonen",
                False,
                "P1",
            ),
            (
                "I have 60 days to find a new sponsor or leave the country,",
                "Chiamaka Eze",
                False,
                "P2",
            ),
            (
                "If your team needs someone who knows cells, I am here.",
                "Chiamaka Eze",
                False,
                "P2",
            ),
            ("the best engineer I hired in ten years.", "Matteo Lombardi", True, "P2"),
        ],
        "posts": [
            ("P1", "Henrik Aaltonen", None),
            ("P2", "Chiamaka Eze", "LinkedIn"),
        ],
        "people": ["Henrik Aaltonen", "Chiamaka Eze", "Matteo Lombardi"],
    },
    {
        "name": "shopping-app-gdpr-fine-press-release-morning-ireland-x",
        "text": (
            "Ireland’s Data Protection Commission fined the shopping app Dragonmart €310 million "
            "on Wednesday for sending European users’ data to servers in China without adequate "
            "safeguards.\n\n"
            "The commission said in a press release that the company had “failed, over several "
            "years, to take its obligations seriously.” It quoted the deputy commissioner, "
            "Siobhán Gallagher, as saying that the fine “should send a clear signal to every app "
            "that sells into Europe.”\n\n"
            "Dragonmart’s head of European operations, Zhou Meilin, said the company would "
            "appeal. “We have spent more than a billion euro on European data centres. That "
            "investment is not mentioned once in this decision,” Zhou said in an interview with "
            "RTÉ Radio 1’s Morning Ireland.\n\n"
            "The privacy campaigner Cathal Ó Briain, whose complaint started the inquiry in "
            "2021, posted on X that it had taken “four years, three appeals and one very patient "
            "lawyer.”"
        ),
        "quotes": [
            ("failed, over several years, to take its obligations seriously.", None, True, "P1"),
            (
                "should send a clear signal to every app that sells into Europe.",
                "Siobhán Gallagher",
                True,
                "P1",
            ),
            (
                "We have spent more than a billion euro on European data centres. That "
                "investment is not mentioned once in this decision,",
                "Zhou Meilin",
                False,
                "P2",
            ),
            (
                "four years, three appeals and one very patient lawyer.",
                "Cathal Ó Briain",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Zhou Meilin", "Morning Ireland"),
            ("P3", "Cathal Ó Briain", "X"),
        ],
        "people": ["Siobhán Gallagher", "Zhou Meilin", "Cathal Ó Briain"],
    },
    {
        "name": "crypto-influencer-indictment-livestream-instagram-wsj",
        "text": (
            "Federal prosecutors in New York charged the finance influencer Brandon "
            "Castellano-Reid with fraud on Tuesday, accusing him of promoting a cryptocurrency "
            "token to his two million followers while secretly selling his own holdings.\n\n"
            "According to the indictment, Castellano-Reid told viewers of a YouTube livestream "
            "in March 2024 that he was “never selling, not one coin,” hours after moving tokens "
            "worth $4.1 million to an exchange.\n\n"
            "His lawyer, Valentina Ruiz-Okafor, said outside the courthouse that her client "
            "“looks forward to clearing his name.”\n\n"
            "Castellano-Reid posted a short video on Instagram on Tuesday night. “I have never "
            "lied to the people who trust me, and I am not going anywhere,” he said in it.\n\n"
            "One follower, a retired teacher named Gloria Mbeki, told The Wall Street Journal "
            "that she had lost $38,000. “He said it was for the community. I was the "
            "community,” she said."
        ),
        "quotes": [
            ("never selling, not one coin,", "Brandon Castellano-Reid", True, "P2"),
            ("looks forward to clearing his name.", "Valentina Ruiz-Okafor", True, None),
            (
                "I have never lied to the people who trust me, and I am not going anywhere,",
                "Brandon Castellano-Reid",
                False,
                "P3",
            ),
            (
                "He said it was for the community. I was the community,",
                "Gloria Mbeki",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Brandon Castellano-Reid", "YouTube"),
            ("P3", "Brandon Castellano-Reid", "Instagram"),
            ("P4", "Gloria Mbeki", "The Wall Street Journal"),
        ],
        "people": ["Brandon Castellano-Reid", "Valentina Ruiz-Okafor", "Gloria Mbeki"],
    },
    {
        "name": "ai-model-open-letter-threads-cbs-mornings",
        "text": (
            "More than 300 artificial intelligence researchers signed an open letter on Monday "
            "calling on the start-up Cortexa to delay the release of its new model, which it "
            "calls “Meridian,” until outside experts have been able to test it.\n\n"
            "The letter warns that the model’s coding abilities “could be turned against "
            "critical infrastructure within weeks of release.”\n\n"
            "Cortexa’s co-founder, Aditi Balasubramanian, answered on Threads a few hours later. "
            "“We have tested this model more than any model we have ever built,” she wrote. “We "
            "welcome more testers. We will not delay for a letter.”\n\n"
            "One of the letter’s organisers, the Oxford computer scientist Emeka Chukwuma, said "
            "on CBS Mornings on Tuesday that the signatories were not against the company. “We "
            "are asking for six weeks, not six years,” he said."
        ),
        "quotes": [
            (
                "could be turned against critical infrastructure within weeks of release.",
                None,
                True,
                "P1",
            ),
            (
                "We have tested this model more than any model we have ever built,",
                "Aditi Balasubramanian",
                False,
                "P2",
            ),
            (
                "We welcome more testers. We will not delay for a letter.",
                "Aditi Balasubramanian",
                False,
                "P2",
            ),
            ("We are asking for six weeks, not six years,", "Emeka Chukwuma", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aditi Balasubramanian", "Threads"),
            ("P3", "Emeka Chukwuma", "CBS Mornings"),
        ],
        "people": ["Aditi Balasubramanian", "Emeka Chukwuma"],
    },
    {
        "name": "ride-hailing-founder-nikkei-facebook-photo-medium-essay",
        "text": (
            "Before it became a $2 billion company, the Indonesian ride-hailing app Ojekku was "
            "three students and a borrowed motorbike, its co-founder Dewi Kartika Sari told "
            "Nikkei Asia this week.\n\n"
            "“We used to take turns being the driver and the customer, just to test the app,” "
            "the 36-year-old said. “My mother thought we were running a taxi company for each "
            "other.”\n\n"
            "The company is preparing to list its shares in Jakarta next year. In a Facebook "
            "post last month, Sari shared a photograph of the original motorbike, which now "
            "stands in the lobby of the company’s headquarters.\n\n"
            "Her fellow co-founder, Bayu Pratama, who left Ojekku in 2022, has been less "
            "sentimental. In a 2023 essay on Medium, he described the company’s early culture as "
            "“heroic and completely unsustainable.”\n\n"
            "Asked about the essay during a visit to Singapore, Sari smiled. “Bayu always had "
            "the best lines,” she told reporters."
        ),
        "quotes": [
            (
                "We used to take turns being the driver and the customer, just to test the app,",
                "Dewi Kartika Sari",
                False,
                "P1",
            ),
            (
                "My mother thought we were running a taxi company for each other.",
                "Dewi Kartika Sari",
                False,
                "P1",
            ),
            ("heroic and completely unsustainable.", "Bayu Pratama", True, "P3"),
            ("Bayu always had the best lines,", "Dewi Kartika Sari", False, None),
        ],
        "posts": [
            ("P1", "Dewi Kartika Sari", "Nikkei Asia"),
            ("P2", "Dewi Kartika Sari", "Facebook"),
            ("P3", "Bayu Pratama", "Medium"),
        ],
        "people": ["Dewi Kartika Sari", "Bayu Pratama"],
    },
    {
        "name": "school-alert-app-hack-facebook-caption-statement-radio",
        "text": (
            "A hacker broke into the school messaging app SchoolPing and sent a fake emergency "
            "alert to about 40,000 parents in the Cedar Hollow school district in Texas on "
            "Monday morning, telling them that every school was being evacuated.\n\n"
            "“For about 20 minutes, I honestly thought something had happened to my son,” said "
            "Rosa Delgado-Whitman, a 39-year-old nurse whose phone buzzed during a night shift. "
            "She later posted a screenshot of the alert on Facebook with the caption: “Check "
            "with your school before you panic. This was fake.”\n\n"
            "The app’s developer, Bridgewell Software, said in a statement that the intruder had "
            "used a stolen employee password. “We are sorry for the fear this caused families,” "
            "the statement quoted its chief executive, Naveen Subramaniam, as saying.\n\n"
            "The district’s superintendent, Dr. Lamar Jefferson-Boyd, told reporters that the "
            "app would be switched off until an outside audit was complete. “Until someone "
            "independent tells me it is safe, we are going back to phone calls,” he said.\n\n"
            "Speaking on KERA’s Think the next day, the superintendent said the district had "
            "received “more than 3,000 calls in an hour.”"
        ),
        "quotes": [
            (
                "For about 20 minutes, I honestly thought something had happened to my son,",
                "Rosa Delgado-Whitman",
                False,
                None,
            ),
            (
                "Check with your school before you panic. This was fake.",
                "Rosa Delgado-Whitman",
                False,
                "P1",
            ),
            (
                "We are sorry for the fear this caused families,",
                "Naveen Subramaniam",
                False,
                "P2",
            ),
            (
                "Until someone independent tells me it is safe, we are going back to phone calls,",
                "Lamar Jefferson-Boyd",
                False,
                None,
            ),
            ("more than 3,000 calls in an hour.", "Lamar Jefferson-Boyd", True, "P3"),
        ],
        "posts": [
            ("P1", "Rosa Delgado-Whitman", "Facebook"),
            ("P2", None, None),
            ("P3", "Lamar Jefferson-Boyd", "Think"),
        ],
        "people": ["Rosa Delgado-Whitman", "Naveen Subramaniam", "Lamar Jefferson-Boyd"],
    },
]
