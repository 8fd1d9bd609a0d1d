"""The seventy-second self-made dev set, held out (BZ): its first run is an unseen estimate.

Written with set CA, without reading the extraction rules, and committed before
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
posts. Titles such as Dr., Judge and Ms. are not part of a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post that is deleted and then reposted is two posts: the deleted one (even
  when none of its words are quoted) and the repost, which holds the quoted
  words ("reposted with one new line: ..." belongs to the repost).
- A quote running over two paragraphs (the first paragraph has no closing
  mark, the next opens with a new mark) is listed as two rows, one per
  paragraph, with the same speaker and post; neither is partial.
- A later quote or fragment in the same paragraph as an interview, podcast or
  email, introduced by "He added", "He said", "Asked whether ..., she said" or
  "The email went on", continues that post and is linked to it. "Near the end
  of the episode" ties a fragment to the podcast episode.
- A reply to a comment under a post, and a reply to a reply, belong to the
  original post; an unnamed replier speaks as None.
- A reply posted on another platform ("a second Bluesky post" answering a
  Threads post) is a new post by the replier on that platform.
- A study in a named journal is a post with author None (its authors are not
  named as a group) and platform the journal; "the authors wrote" speaks as
  None.
- A company blog post with no named platform, an email a company sends its
  customers, a regulator's letter, an agency's recall notice and a group's
  lawsuit are posts with author None and platform None; a chief executive's
  email to staff, a chief executive's letter to shareholders ("the letter
  said") and a lawyer's letter are the writer's posts with no platform, and
  their words speak as the writer.
- An attorney general's office's press release has author None and its words
  speak as None.
- A company's or brewery's own Facebook page post, a union's post on X, a
  Reddit thread by an unnamed user and an organisation's LinkedIn post have
  author None; comments under an unnamed user's Reddit thread speak as None.
- A Reddit thread's or YouTube video's title in marks is a title, not a quote;
  so are show, film, song and product names in marks ("Sunrise Live",
  "Deadline Weather", "Leaving on a Jet Plane", "Harbour Coat") and a
  nickname ("the Seed Whisperer").
- A podcast named in marks (“Zero to Exit”) is a post whose platform is the
  name without marks; a BBC Radio 4 programme takes the programme's name (You
  and Yours, The Media Show); the tech podcast Decoder takes Decoder.
- An Instagram story is an Instagram post; a photo posted "with the caption
  ..." is a post whose caption is a whole quote (not partial); a follow-up
  YouTube video is a new YouTube post; a YouTube livestream is a YouTube post.
- A YouTuber's review ("she said in her review", after "whose YouTube
  channel") is a YouTube post.
- A quote split around its attribution ("Systems," he said ..., "do not
  answer the phone.") is two rows with the same speaker and post.
- A mayor's words "at a council meeting" and a founder's words that "told the
  audience" at a launch event are not posts.
- A scare quote in single marks inside a quote (‘premium’, ‘the news does not
  stop’) is part of the quote's text and is not a quote of its own.
- An organisation named after a person (Halvorsen Bank, Ferreira Beverages) is
  not a person; a family ("the Kowalczyk family") is not a named person.
- Name order as written is kept for East Asian and Vietnamese names (Chen
  Haoyu, Bao Tran, Hye-jin Kwon).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BZ: list[dict] = [
    {
        "name": "x-sneaker-recall-deleted-repost-tiktok",
        "text": (
            "Kwabena Asante-Owusu, chief executive of the Accra-founded sneaker label Fola "
            "Stride, apologised on X on Wednesday after customers reported soles peeling "
            "away within weeks. “We let you down, and we will replace every pair,” he "
            "wrote.\n\n"
            "The post was deleted an hour later and reposted with one new line: “Refunds "
            "too, no receipt needed.”\n\n"
            "A press release from the company on Thursday put the recall at 48,000 pairs. "
            "“Quality control at a single supplier failed, and we did not catch it,” the "
            "release said.\n\n"
            "The complaints began with a customer in Lisbon, Inês Carvalho, whose TikTok "
            "video of her split trainers, filmed on a rainy street, has been viewed two "
            "million times. “Ninety euros for six weeks of walking,” she says in the clip, "
            "holding up a sole.\n\n"
            "Under the video, another buyer commented, “Mine lasted four, and I only wore "
            "them on Sundays.”"
        ),
        "quotes": [
            (
                "We let you down, and we will replace every pair,",
                "Kwabena Asante-Owusu",
                False,
                "P1",
            ),
            ("Refunds too, no receipt needed.", "Kwabena Asante-Owusu", False, "P2"),
            (
                "Quality control at a single supplier failed, and we did not catch it,",
                None,
                False,
                "P3",
            ),
            ("Ninety euros for six weeks of walking,", "Inês Carvalho", False, "P4"),
            ("Mine lasted four, and I only wore them on Sundays.", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Kwabena Asante-Owusu", "X"),
            ("P2", "Kwabena Asante-Owusu", "X"),
            ("P3", None, "press release"),
            ("P4", "Inês Carvalho", "TikTok"),
        ],
        "people": ["Kwabena Asante-Owusu", "Inês Carvalho"],
    },
    {
        "name": "newspaper-strike-guild-memo-substack",
        "text": (
            "Journalists at the Harbour Ledger walked off the job on Friday, the first "
            "strike at the 120-year-old paper since 1987. The Ledger Guild said in a "
            "statement that talks had collapsed over pay. “Our members have gone four years "
            "without a raise,” the statement said.\n\n"
            "The paper’s editor, Rosalind Oyelaran-Pike, wrote in a memo to staff that the "
            "paper would publish using wire copy. “We respect the right to strike, but ‘the "
            "news does not stop’ is more than a slogan here,” she wrote.\n\n"
            "The columnist Declan Mbeki-Ross, who joined the walkout, explained his "
            "decision in an essay on Substack. “I have written about other people’s picket "
            "lines for twenty years,” he wrote. “It felt cowardly to cross my own.”\n\n"
            "Mbeki-Ross, whose columns inspired the 2019 film “Deadline Weather,” said "
            "outside the building that he expected a long strike. “Bring a coat,” he told "
            "reporters."
        ),
        "quotes": [
            ("Our members have gone four years without a raise,", None, False, "P1"),
            (
                "We respect the right to strike, but ‘the news does not stop’ is more than a slogan here,",
                "Rosalind Oyelaran-Pike",
                False,
                "P2",
            ),
            (
                "I have written about other people’s picket lines for twenty years,",
                "Declan Mbeki-Ross",
                False,
                "P3",
            ),
            ("It felt cowardly to cross my own.", "Declan Mbeki-Ross", False, "P3"),
            ("Bring a coat,", "Declan Mbeki-Ross", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rosalind Oyelaran-Pike", None),
            ("P3", "Declan Mbeki-Ross", "Substack"),
        ],
        "people": ["Rosalind Oyelaran-Pike", "Declan Mbeki-Ross"],
    },
    {
        "name": "linkedin-shutdown-comment-reply-podcast",
        "text": (
            "Priyanka Venkataraman shut down her grocery-delivery start-up, Basketly, on "
            "Monday, two years after raising $14 million. The company had 210 employees at "
            "its peak. She broke the news in a LinkedIn post. “We ran out of runway before "
            "we ran out of ideas,” she wrote.\n\n"
            "One of her investors, Oluwaseun Fadahunsi of Lagoon Ventures, commented under "
            "the post: “No regrets backing this team. Build again and call me first.” A "
            "former Basketly driver replied to his comment, “Pay the last invoices first.”\n\n"
            "Venkataraman addressed the unpaid invoices on the podcast “Zero to Exit” on "
            "Wednesday. “Every contractor will be paid in full by the end of the month,” "
            "she said. “That was never in question.”\n\n"
            "Near the end of the episode, she said she was not ready to start another "
            "company and that her next project would be “a long nap.”"
        ),
        "quotes": [
            (
                "We ran out of runway before we ran out of ideas,",
                "Priyanka Venkataraman",
                False,
                "P1",
            ),
            (
                "No regrets backing this team. Build again and call me first.",
                "Oluwaseun Fadahunsi",
                False,
                "P1",
            ),
            ("Pay the last invoices first.", None, False, "P1"),
            (
                "Every contractor will be paid in full by the end of the month,",
                "Priyanka Venkataraman",
                False,
                "P2",
            ),
            ("That was never in question.", "Priyanka Venkataraman", False, "P2"),
            ("a long nap.", "Priyanka Venkataraman", True, "P2"),
        ],
        "posts": [
            ("P1", "Priyanka Venkataraman", "LinkedIn"),
            ("P2", "Priyanka Venkataraman", "Zero to Exit"),
        ],
        "people": ["Priyanka Venkataraman", "Oluwaseun Fadahunsi"],
    },
    {
        "name": "facebook-group-airline-refunds-radio-letter",
        "text": (
            "Passengers stranded by SkyMeridian’s cancelled Lisbon flights have organised "
            "in a Facebook group that now has 9,000 members. Its founder, Hélène "
            "Brossard-Quint, posted a template complaint letter there on Sunday. “Copy it, "
            "sign it, send it. They cannot ignore nine thousand letters,” she wrote.\n\n"
            "SkyMeridian said in a statement that refunds were being processed “as quickly "
            "as our systems allow.”\n\n"
            "That did not satisfy Mthunzi Dlamini, a member of the group who has waited 11 "
            "weeks for €640. “Systems,” he said on the BBC Radio 4 programme You and Yours, "
            "“do not answer the phone.”\n\n"
            "The Civil Aviation Authority wrote to the airline on Tuesday. The letter, seen "
            "by reporters, said the delays were “not acceptable under any reading of the "
            "rules” and gave SkyMeridian 14 days to reply. A spokesman for the airline said "
            "it would respond in full."
        ),
        "quotes": [
            (
                "Copy it, sign it, send it. They cannot ignore nine thousand letters,",
                "Hélène Brossard-Quint",
                False,
                "P1",
            ),
            ("as quickly as our systems allow.", None, True, "P2"),
            ("Systems,", "Mthunzi Dlamini", False, "P3"),
            ("do not answer the phone.", "Mthunzi Dlamini", False, "P3"),
            ("not acceptable under any reading of the rules", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Hélène Brossard-Quint", "Facebook"),
            ("P2", None, None),
            ("P3", "Mthunzi Dlamini", "You and Yours"),
            ("P4", None, None),
        ],
        "people": ["Hélène Brossard-Quint", "Mthunzi Dlamini"],
    },
    {
        "name": "bank-earnings-release-analyst-note-reddit",
        "text": (
            "Halvorsen Bank reported a 22 percent drop in quarterly profit on Thursday. In "
            'its earnings release, the bank blamed "one-off costs tied to the branch '
            'closures."\n\n'
            "On the earnings call, the chief executive, Astrid Halvorsen-Lie, said the "
            'worst was over. "We have taken the pain in one quarter rather than spreading '
            'it over four," she said.\n\n'
            "Not everyone agreed. Rafael Quintero-Sanz, an analyst at Bexley Partners, "
            "wrote in a note to clients that the closures would cost the bank deposits. "
            '"Customers who lose a branch often lose the habit of the bank," he wrote.\n\n'
            'On Reddit, a thread titled "Halvorsen just closed my branch" drew 3,000 '
            'comments. "Forty years with them and I got a leaflet," one commenter wrote.\n\n'
            "Halvorsen-Lie, the founder’s granddaughter, told the Financial Times on Friday "
            'that no more closures were planned. "This was the last round," she said.'
        ),
        "quotes": [
            ("one-off costs tied to the branch closures.", None, True, "P1"),
            (
                "We have taken the pain in one quarter rather than spreading it over four,",
                "Astrid Halvorsen-Lie",
                False,
                None,
            ),
            (
                "Customers who lose a branch often lose the habit of the bank,",
                "Rafael Quintero-Sanz",
                False,
                "P2",
            ),
            ("Forty years with them and I got a leaflet,", None, False, "P3"),
            ("This was the last round,", "Astrid Halvorsen-Lie", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rafael Quintero-Sanz", None),
            ("P3", None, "Reddit"),
            ("P4", "Astrid Halvorsen-Lie", "Financial Times"),
        ],
        "people": ["Astrid Halvorsen-Lie", "Rafael Quintero-Sanz"],
    },
    {
        "name": "bluesky-outage-reply-youtube-medium",
        "text": (
            "The note-taking app Quillby was down for nine hours on Tuesday, locking "
            "millions of users out of their files. The company posted on Bluesky shortly "
            "after noon: “We know. We are on it. Your notes are safe.”\n\n"
            "Its co-founder, Takeshi Morimoto, was less reassuring in a reply beneath that "
            "post to a user who asked about backups. “Honestly, backups are exactly what we "
            "are checking right now,” he wrote.\n\n"
            "By evening the tech YouTuber Sunniva Aaberg had posted a video titled “Why I "
            "Left Quillby Tonight.” “Nine hours is not an outage, it is a breakup,” she "
            "says in it.\n\n"
            "In a post on Medium the next morning, Morimoto blamed a failed database "
            "migration. “We tested it on a copy. The copy was not big enough,” he wrote. In "
            "the same post he promised credits to paying customers, calling the outage “the "
            "worst day in our company’s history.”"
        ),
        "quotes": [
            ("We know. We are on it. Your notes are safe.", None, False, "P1"),
            (
                "Honestly, backups are exactly what we are checking right now,",
                "Takeshi Morimoto",
                False,
                "P1",
            ),
            ("Nine hours is not an outage, it is a breakup,", "Sunniva Aaberg", False, "P2"),
            (
                "We tested it on a copy. The copy was not big enough,",
                "Takeshi Morimoto",
                False,
                "P3",
            ),
            ("the worst day in our company’s history.", "Takeshi Morimoto", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Bluesky"),
            ("P2", "Sunniva Aaberg", "YouTube"),
            ("P3", "Takeshi Morimoto", "Medium"),
        ],
        "people": ["Takeshi Morimoto", "Sunniva Aaberg"],
    },
    {
        "name": "instagram-story-dairy-supermarket-x-reply",
        "text": (
            "The cheese maker Wren Dairy pulled its products from Calloway’s supermarkets "
            "this week after the two sides failed to agree on prices, ending a supply deal "
            "that began in 2009. Wren’s owner, Siobhán Gallagher-Nunes, explained the "
            "decision in an Instagram story on Monday. “They wanted us to sell below what "
            "it costs to feed the cows,” she said in the video.\n\n"
            "Calloway’s said in a statement that it had offered “a fair and sustainable "
            "price.”\n\n"
            "The dispute spread on X when the food writer Adebayo Ogunleye posted a photo "
            "of empty shelves. “This is what squeezing farmers looks like,” he wrote. "
            "Calloway’s chief executive, Martin Thorsby, replied under the post: “Empty for "
            "a week, restocked for a decade. We’ll find other farms.”\n\n"
            "Gallagher-Nunes told the Irish Times on Wednesday that she had no regrets. “I "
            "would rather sell to fewer people honestly,” she said."
        ),
        "quotes": [
            (
                "They wanted us to sell below what it costs to feed the cows,",
                "Siobhán Gallagher-Nunes",
                False,
                "P1",
            ),
            ("a fair and sustainable price.", None, True, "P2"),
            ("This is what squeezing farmers looks like,", "Adebayo Ogunleye", False, "P3"),
            (
                "Empty for a week, restocked for a decade. We’ll find other farms.",
                "Martin Thorsby",
                False,
                "P3",
            ),
            (
                "I would rather sell to fewer people honestly,",
                "Siobhán Gallagher-Nunes",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Siobhán Gallagher-Nunes", "Instagram"),
            ("P2", None, None),
            ("P3", "Adebayo Ogunleye", "X"),
            ("P4", "Siobhán Gallagher-Nunes", "Irish Times"),
        ],
        "people": ["Siobhán Gallagher-Nunes", "Adebayo Ogunleye", "Martin Thorsby"],
    },
    {
        "name": "breakfast-host-caption-song-title-podcast",
        "text": (
            "The breakfast host Camille Okonkwo-Reyes is leaving “Sunrise Live” after "
            "eleven years. Her final broadcast is scheduled for March 28. She confirmed the "
            "news on Instagram on Friday, posting a photo of her studio chair with the "
            "caption “Keeping it warm for whoever’s next.”\n\n"
            "The network, Meridian Broadcasting, said in a statement that she had “defined "
            "morning television for a generation.”\n\n"
            "Her co-host, Jarrah Whitfield, played her favourite song, “Leaving on a Jet "
            "Plane,” at the end of Friday’s show and later posted a clip of the moment on "
            "TikTok. “Not crying. You’re crying,” he wrote. The clip has been viewed more "
            "than a million times.\n\n"
            "Okonkwo-Reyes said on the podcast Table for Two on Sunday that the decision "
            "had been entirely hers. “Nobody pushed me. I wanted my mornings back,” she "
            "said. “I have not slept past 4 a.m. since 2014.”"
        ),
        "quotes": [
            ("Keeping it warm for whoever’s next.", "Camille Okonkwo-Reyes", False, "P1"),
            ("defined morning television for a generation.", None, True, "P2"),
            ("Not crying. You’re crying,", "Jarrah Whitfield", False, "P3"),
            ("Nobody pushed me. I wanted my mornings back,", "Camille Okonkwo-Reyes", False, "P4"),
            ("I have not slept past 4 a.m. since 2014.", "Camille Okonkwo-Reyes", False, "P4"),
        ],
        "posts": [
            ("P1", "Camille Okonkwo-Reyes", "Instagram"),
            ("P2", None, None),
            ("P3", "Jarrah Whitfield", "TikTok"),
            ("P4", "Camille Okonkwo-Reyes", "Table for Two"),
        ],
        "people": ["Camille Okonkwo-Reyes", "Jarrah Whitfield"],
    },
    {
        "name": "fintech-layoff-email-linkedin-techcrunch",
        "text": (
            "The payments start-up Tallypay cut 140 jobs, a third of its staff, on "
            "Wednesday, eight months after raising $60 million. In an email to employees, "
            "its chief executive, Yusuf Demirci, said the company had “hired for a market "
            "that never arrived.” The email went on: “This is my failure, not yours.”\n\n"
            "Within hours, dozens of former employees had posted on LinkedIn. Among them "
            "was Aroha Tane-Mitchell, a product designer. “Found out my laptop was locked "
            "before I found out I was fired,” she wrote. A recruiter at a rival firm "
            "commented beneath her post, “Check your inbox. We are hiring designers.”\n\n"
            "Demirci told TechCrunch on Thursday that the lockouts were a security step "
            "taken by an outside vendor. “It was clumsy, and I am sorry for it,” he said. "
            "He added that Tallypay had enough cash “to last well into 2028.”"
        ),
        "quotes": [
            ("hired for a market that never arrived.", "Yusuf Demirci", True, "P1"),
            ("This is my failure, not yours.", "Yusuf Demirci", False, "P1"),
            (
                "Found out my laptop was locked before I found out I was fired,",
                "Aroha Tane-Mitchell",
                False,
                "P2",
            ),
            ("Check your inbox. We are hiring designers.", None, False, "P2"),
            ("It was clumsy, and I am sorry for it,", "Yusuf Demirci", False, "P3"),
            ("to last well into 2028.", "Yusuf Demirci", True, "P3"),
        ],
        "posts": [
            ("P1", "Yusuf Demirci", None),
            ("P2", "Aroha Tane-Mitchell", "LinkedIn"),
            ("P3", "Yusuf Demirci", "TechCrunch"),
        ],
        "people": ["Yusuf Demirci", "Aroha Tane-Mitchell"],
    },
    {
        "name": "thermostat-subscription-reddit-lawsuit-decoder",
        "text": (
            "Owners of Hearthly smart thermostats were told last week that features they "
            "had paid for would move behind a $4.99 monthly subscription. The devices cost "
            "about $180. The company announced the change in a blog post. “Continued "
            "development requires a sustainable model,” the post said.\n\n"
            "The backlash began on Reddit, where a user named Dario Ferrante-Bell started a "
            "thread headlined “My thermostat is holding my heating hostage.” “I bought a "
            "device, not a lease,” he wrote in it.\n\n"
            "On Monday, a group of owners filed a lawsuit in federal court in San Jose. The "
            "complaint calls the change “a bait-and-switch dressed up as innovation.”\n\n"
            "Hearthly’s chief product officer, Mei-Ling Zhao, defended the plan on the tech "
            "podcast Decoder. “Nobody loses heat. You lose the ‘premium’ graphs,” she said. "
            "Asked whether the company would reverse course, she said: “Not today.”"
        ),
        "quotes": [
            ("Continued development requires a sustainable model,", None, False, "P1"),
            ("I bought a device, not a lease,", "Dario Ferrante-Bell", False, "P2"),
            ("a bait-and-switch dressed up as innovation.", None, True, "P3"),
            ("Nobody loses heat. You lose the ‘premium’ graphs,", "Mei-Ling Zhao", False, "P4"),
            ("Not today.", "Mei-Ling Zhao", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dario Ferrante-Bell", "Reddit"),
            ("P3", None, None),
            ("P4", "Mei-Ling Zhao", "Decoder"),
        ],
        "people": ["Dario Ferrante-Bell", "Mei-Ling Zhao"],
    },
    {
        "name": "brewery-sale-family-statement-union-x",
        "text": (
            "The Kowalczyk family sold its 98-year-old brewery in Erie to the drinks "
            "company Ferreira Beverages on Tuesday. The buyer, based in Boston, owns nine "
            'other regional breweries. "It was time," the family said in a statement.\n\n'
            "Longtime customers flooded the brewery’s Facebook page after it posted a "
            'farewell photo of the original copper kettles. "Four generations. Thank you, '
            'Erie," the post read.\n\n'
            "The brewery workers’ union, Teamsters Local 397, said on X that it had "
            'received no guarantees about jobs. "Sold is not the same as safe," the union '
            "wrote.\n\n"
            "Ferreira Beverages’ chief executive, Duarte Ferreira, told the Erie Times-News "
            'that the plant would stay open for "at least five years" and that the '
            "brewery’s name would not change.\n\n"
            'Erie’s mayor, Gloria Vance-Okafor, was more cautious. "Five years goes fast," '
            'the mayor said at a council meeting on Wednesday. "I want it in writing."'
        ),
        "quotes": [
            ("It was time,", None, False, "P1"),
            ("Four generations. Thank you, Erie,", None, False, "P2"),
            ("Sold is not the same as safe,", None, False, "P3"),
            ("at least five years", "Duarte Ferreira", True, "P4"),
            ("Five years goes fast,", "Gloria Vance-Okafor", False, None),
            ("I want it in writing.", "Gloria Vance-Okafor", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Facebook"),
            ("P3", None, "X"),
            ("P4", "Duarte Ferreira", "Erie Times-News"),
        ],
        "people": ["Duarte Ferreira", "Gloria Vance-Okafor"],
    },
    {
        "name": "journal-study-skin-app-bluesky-threads-reply",
        "text": (
            "A study published on Thursday in the journal Nature Medicine found that "
            "Diagnova’s skin-cancer app missed one in five melanomas on darker skin. The "
            "researchers tested it on 4,200 images collected at clinics in Lagos, London "
            "and São Paulo. “Performance gaps of this size are clinically unacceptable,” "
            "the authors wrote.\n\n"
            "The lead author, Dr. Folasade Ibekwe, summarised the findings on Bluesky. “The "
            "app works beautifully — if you look like the people it was trained on,” she "
            "posted.\n\n"
            "Diagnova’s chief executive, Lukas Brenner-Wolff, responded on Threads hours "
            "later. “We welcome the scrutiny and have already retrained the model,” he "
            "wrote. “A new version ships next month.” The Munich company has sold the app "
            "to insurers in six countries.\n\n"
            "Ibekwe, who is not on Threads, answered him with a second Bluesky post: "
            "“Retrained on what data?” He did not reply, and Diagnova’s shares fell 9 "
            "percent on Friday."
        ),
        "quotes": [
            ("Performance gaps of this size are clinically unacceptable,", None, False, "P1"),
            (
                "The app works beautifully — if you look like the people it was trained on,",
                "Folasade Ibekwe",
                False,
                "P2",
            ),
            (
                "We welcome the scrutiny and have already retrained the model,",
                "Lukas Brenner-Wolff",
                False,
                "P3",
            ),
            ("A new version ships next month.", "Lukas Brenner-Wolff", False, "P3"),
            ("Retrained on what data?", "Folasade Ibekwe", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Nature Medicine"),
            ("P2", "Folasade Ibekwe", "Bluesky"),
            ("P3", "Lukas Brenner-Wolff", "Threads"),
            ("P4", "Folasade Ibekwe", "Bluesky"),
        ],
        "people": ["Folasade Ibekwe", "Lukas Brenner-Wolff"],
    },
    {
        "name": "crypto-exchange-filing-livestream-ruling-tiktok",
        "text": (
            "Creditors of the collapsed crypto exchange Veltrix will recover about 40 cents "
            "on the dollar, according to a court filing on Monday. The filing, submitted by "
            "the exchange’s administrators, called the shortfall “the product of years of "
            "commingled accounts.”\n\n"
            "Veltrix’s founder, Anatoly Grishin, disputed that in a YouTube livestream the "
            "same evening. “Not one customer dollar was ever touched without consent,” he "
            "said. “Not one.”\n\n"
            "Judge Patricia Onwuachi approved the repayment plan on Wednesday. In her "
            "written ruling, she described Grishin’s bookkeeping as “creative at best.”\n\n"
            "For customers like Bao Tran, a nurse in Houston who lost most of her savings, "
            "the numbers feel abstract. “Forty cents buys me nothing back,” she said in a "
            "TikTok video that has been shared 300,000 times. “I trusted an app because my "
            "brother did.” Many creditors have waited almost three years."
        ),
        "quotes": [
            ("the product of years of commingled accounts.", None, True, "P1"),
            (
                "Not one customer dollar was ever touched without consent,",
                "Anatoly Grishin",
                False,
                "P2",
            ),
            ("Not one.", "Anatoly Grishin", False, "P2"),
            ("creative at best.", "Patricia Onwuachi", True, "P3"),
            ("Forty cents buys me nothing back,", "Bao Tran", False, "P4"),
            ("I trusted an app because my brother did.", "Bao Tran", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anatoly Grishin", "YouTube"),
            ("P3", "Patricia Onwuachi", None),
            ("P4", "Bao Tran", "TikTok"),
        ],
        "people": ["Anatoly Grishin", "Patricia Onwuachi", "Bao Tran"],
    },
    {
        "name": "designer-copy-claim-deleted-statement-letter",
        "text": (
            "The independent designer Nkechi Amadi-Larsen has accused the fast-fashion "
            "retailer Zestra of copying her best-selling quilted jacket. She posted "
            "side-by-side photos on Instagram on Saturday. “Same stitching. Same buttons. "
            "Same name, even,” she wrote. Both versions are sold as the “Harbour Coat,” "
            "though Zestra charges €39 and she charges €310.\n\n"
            "Zestra posted a short statement on X on Sunday, then deleted it. An hour later "
            "it reposted a longer version: “We take intellectual property seriously and are "
            "reviewing the matter.”\n\n"
            "Her lawyer, Tobias Engström, sent the company a letter on Monday demanding "
            "that it pull the jacket. The letter said Zestra had “copied, not been "
            "inspired.”\n\n"
            "Amadi-Larsen told Vogue Business that she had sold 800 of the coats in three "
            "years. “That was my rent. That was my studio,” she said. Zestra did not "
            "respond to further questions."
        ),
        "quotes": [
            ("Same stitching. Same buttons. Same name, even,", "Nkechi Amadi-Larsen", False, "P1"),
            (
                "We take intellectual property seriously and are reviewing the matter.",
                None,
                False,
                "P3",
            ),
            ("copied, not been inspired.", "Tobias Engström", True, "P4"),
            ("That was my rent. That was my studio,", "Nkechi Amadi-Larsen", False, "P5"),
        ],
        "posts": [
            ("P1", "Nkechi Amadi-Larsen", "Instagram"),
            ("P2", None, "X"),
            ("P3", None, "X"),
            ("P4", "Tobias Engström", None),
            ("P5", "Nkechi Amadi-Larsen", "Vogue Business"),
        ],
        "people": ["Nkechi Amadi-Larsen", "Tobias Engström"],
    },
    {
        "name": "podcast-move-substack-x-reply-to-reply",
        "text": (
            "The podcast host Rory Fitzgerald-Adu announced on Substack on Tuesday that his "
            "show, Loose Change, was leaving Spotify for YouTube. “Audio alone does not pay "
            "the bills anymore,” he wrote. The show, which began in 2016, has about 1.2 "
            "million weekly listeners.\n\n"
            "His former co-host, Imogen Sato-Blake, reacted on X. “He said that about me "
            "too,” she posted, adding a laughing emoji. The post was viewed 500,000 times "
            "within a day.\n\n"
            "A listener replied to her, “Is this why the show got worse?” Sato-Blake "
            "answered that reply with one word: “Partly.”\n\n"
            "Spotify said in a statement that it wished the show well. On the BBC Radio 4 "
            "show The Media Show, Fitzgerald-Adu was asked about Sato-Blake’s post and "
            "called it “fair enough, honestly.” He said the two had not spoken since 2022 "
            "but that he would “happily buy her a coffee.”"
        ),
        "quotes": [
            ("Audio alone does not pay the bills anymore,", "Rory Fitzgerald-Adu", False, "P1"),
            ("He said that about me too,", "Imogen Sato-Blake", False, "P2"),
            ("Is this why the show got worse?", None, False, "P2"),
            ("Partly.", "Imogen Sato-Blake", False, "P2"),
            ("fair enough, honestly.", "Rory Fitzgerald-Adu", True, "P4"),
            ("happily buy her a coffee.", "Rory Fitzgerald-Adu", True, "P4"),
        ],
        "posts": [
            ("P1", "Rory Fitzgerald-Adu", "Substack"),
            ("P2", "Imogen Sato-Blake", "X"),
            ("P3", None, None),
            ("P4", "Rory Fitzgerald-Adu", "The Media Show"),
        ],
        "people": ["Rory Fitzgerald-Adu", "Imogen Sato-Blake"],
    },
    {
        "name": "scooter-recall-agency-notice-release-town-hall",
        "text": (
            "Zipwell is recalling 62,000 electric scooters after reports of batteries "
            "catching fire, the U.S. Consumer Product Safety Commission said on Thursday. "
            'The agency’s recall notice told owners to "stop charging the scooters '
            'immediately."\n\n'
            "In a press release, Zipwell quoted its chief executive, Benedikt Auerbach: "
            '"Safety is not negotiable, and every affected rider will get a new battery '
            'free of charge."\n\n'
            "One of the fires destroyed a garage in Tempe, Arizona, belonging to Lucía "
            "Montenegro-Paz. She posted photos of the damage on Instagram in August. "
            '"Plugged it in, went to bed, woke up to smoke," she wrote in the caption.\n\n'
            "At a town hall for employees on Friday, Auerbach said the battery supplier had "
            'been replaced. "We trusted a spec sheet. We will not make that mistake again," '
            'he said. When a worker asked about bonuses, he said they were "under review."'
        ),
        "quotes": [
            ("stop charging the scooters immediately.", None, True, "P1"),
            (
                "Safety is not negotiable, and every affected rider will get a new battery free of charge.",
                "Benedikt Auerbach",
                False,
                "P2",
            ),
            ("Plugged it in, went to bed, woke up to smoke,", "Lucía Montenegro-Paz", False, "P3"),
            (
                "We trusted a spec sheet. We will not make that mistake again,",
                "Benedikt Auerbach",
                False,
                None,
            ),
            ("under review.", "Benedikt Auerbach", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Lucía Montenegro-Paz", "Instagram"),
        ],
        "people": ["Benedikt Auerbach", "Lucía Montenegro-Paz"],
    },
    {
        "name": "demo-day-tiktok-nickname-x-thread-medium",
        "text": (
            "Three weeks after pitching at Foundry Hall’s demo day, the 24-year-old founder "
            "Zainab Al-Harthy says her start-up, Loopcart, has raised $3 million. Loopcart "
            "builds software that helps online shops handle returns. She shared the news in "
            "a TikTok video on Monday. “Six months ago I was packing boxes in my mum’s "
            "garage,” she said in the clip.\n\n"
            "The round was led by Gideon Marsh, the angel investor known in Silicon Valley "
            "as “the Seed Whisperer.” He explained the bet in a thread on X. “She answered "
            "every hard question before I asked it,” he wrote. “That almost never happens.”\n\n"
            "Not everyone was impressed. The venture blogger Hye-jin Kwon wrote on Medium "
            "that the valuation was “silly money for a returns widget.”\n\n"
            "The founder responded in a comment under her own TikTok video: “Silly money "
            "builds serious companies.”"
        ),
        "quotes": [
            (
                "Six months ago I was packing boxes in my mum’s garage,",
                "Zainab Al-Harthy",
                False,
                "P1",
            ),
            ("She answered every hard question before I asked it,", "Gideon Marsh", False, "P2"),
            ("That almost never happens.", "Gideon Marsh", False, "P2"),
            ("silly money for a returns widget.", "Hye-jin Kwon", True, "P3"),
            ("Silly money builds serious companies.", "Zainab Al-Harthy", False, "P1"),
        ],
        "posts": [
            ("P1", "Zainab Al-Harthy", "TikTok"),
            ("P2", "Gideon Marsh", "X"),
            ("P3", "Hye-jin Kwon", "Medium"),
        ],
        "people": ["Zainab Al-Harthy", "Gideon Marsh", "Hye-jin Kwon"],
    },
    {
        "name": "gym-cancellation-facebook-attorney-general-email",
        "text": (
            "Members of the FitForge gym chain, which has 140 locations across the Midwest, "
            "say cancelling a membership requires a certified letter and a visit in person. "
            "Olusegun Bakare, a retired teacher in Columbus, described his four-month "
            "attempt in a Facebook post. “I have cancelled a mortgage with less paperwork,” "
            "he wrote.\n\n"
            "Ohio’s attorney general, Renata Castellanos, announced an investigation on "
            "Wednesday. Her office’s press release said the chain’s policies appeared "
            "“designed to trap people in contracts they no longer want.”\n\n"
            "FitForge emailed members on Thursday promising an online cancellation form by "
            "June. “We have heard you,” the email said.\n\n"
            "Castellanos told the Columbus Dispatch that the form was not enough. “A "
            "promise in an email is not a refund,” she said. Bakare, for his part, said he "
            "would believe it “when the direct debit stops.”"
        ),
        "quotes": [
            ("I have cancelled a mortgage with less paperwork,", "Olusegun Bakare", False, "P1"),
            ("designed to trap people in contracts they no longer want.", None, True, "P2"),
            ("We have heard you,", None, False, "P3"),
            ("A promise in an email is not a refund,", "Renata Castellanos", False, "P4"),
            ("when the direct debit stops.", "Olusegun Bakare", True, None),
        ],
        "posts": [
            ("P1", "Olusegun Bakare", "Facebook"),
            ("P2", None, "press release"),
            ("P3", None, None),
            ("P4", "Renata Castellanos", "Columbus Dispatch"),
        ],
        "people": ["Olusegun Bakare", "Renata Castellanos"],
    },
    {
        "name": "meme-stock-youtube-reddit-shareholder-letter",
        "text": (
            "Shares of the struggling cinema chain Marquee Screens jumped 70 percent on "
            "Tuesday after a video by the YouTube investor Kofi Mensah-Boateng went viral. "
            "“This company is worth more dead than alive, and the market hasn’t noticed,” "
            "he said in the video. The company has lost money in each of the past five "
            "years.\n\n"
            "On Reddit’s WallStreetBets forum, a post titled “Marquee to the moon” gathered "
            "12,000 upvotes. Beneath it, one user warned, “Remember what happened last "
            "time.”\n\n"
            "Marquee’s chief executive, Ingrid Sørensen, wrote in a letter to shareholders "
            "on Wednesday that the company was not for sale. “We run cinemas, not a "
            "casino,” the letter said.\n\n"
            "Mensah-Boateng was unmoved. In a follow-up video that evening, he called the "
            "letter “exactly what a company says right before it gets bought” and told his "
            "800,000 subscribers to hold. The stock fell 18 percent on Thursday."
        ),
        "quotes": [
            (
                "This company is worth more dead than alive, and the market hasn’t noticed,",
                "Kofi Mensah-Boateng",
                False,
                "P1",
            ),
            ("Remember what happened last time.", None, False, "P2"),
            ("We run cinemas, not a casino,", "Ingrid Sørensen", False, "P3"),
            (
                "exactly what a company says right before it gets bought",
                "Kofi Mensah-Boateng",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kofi Mensah-Boateng", "YouTube"),
            ("P2", None, "Reddit"),
            ("P3", "Ingrid Sørensen", None),
            ("P4", "Kofi Mensah-Boateng", "YouTube"),
        ],
        "people": ["Kofi Mensah-Boateng", "Ingrid Sørensen"],
    },
    {
        "name": "foldable-launch-wsj-op-ed-youtube-two-paragraphs",
        "text": (
            "The phone maker Kestrel unveiled its first foldable handset at a launch event "
            "in Shenzhen on Tuesday. “We did not want to be first. We wanted to be right,” "
            "its founder, Chen Haoyu, told the audience.\n\n"
            "In an op-ed in the Wall Street Journal the same day, Chen argued that "
            "foldables had been held back by fragile hinges. “The hinge is the whole "
            "phone,” he wrote.\n\n"
            "The reviewer Marisa Delacroix-Obi, whose YouTube channel has four million "
            "subscribers, was unconvinced after a week with the device. “The hinge is "
            "great. The battery is not,” she said in her review. “By dinner on the first "
            "day I was at 12 percent.\n\n"
            "“For a $1,700 phone, that is a dealbreaker. Wait for the second generation.”\n\n"
            "Kestrel’s rival Novaline posted on LinkedIn the next day that its own foldable "
            "would ship in the spring."
        ),
        "quotes": [
            ("We did not want to be first. We wanted to be right,", "Chen Haoyu", False, None),
            ("The hinge is the whole phone,", "Chen Haoyu", False, "P1"),
            ("The hinge is great. The battery is not,", "Marisa Delacroix-Obi", False, "P2"),
            (
                "By dinner on the first day I was at 12 percent.",
                "Marisa Delacroix-Obi",
                False,
                "P2",
            ),
            (
                "For a $1,700 phone, that is a dealbreaker. Wait for the second generation.",
                "Marisa Delacroix-Obi",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Chen Haoyu", "Wall Street Journal"),
            ("P2", "Marisa Delacroix-Obi", "YouTube"),
            ("P3", None, "LinkedIn"),
        ],
        "people": ["Chen Haoyu", "Marisa Delacroix-Obi"],
    },
]
