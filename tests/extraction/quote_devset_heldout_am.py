"""The thirty-third self-made dev set, held out (AM): its first run is an unseen estimate.

Written with set AL, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is an interview with it; a statement, memo, letter, email,
court filing, lawsuit, judge's opinion or essay with no named outlet is a post
with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a
post with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it, a post "of his own" or a second
post is a new one; a later fragment is linked to a post only when the text ties
it to that post; organisations and unnamed people speak as None, and a
company's release, statement, email or lawsuit has no author even when it
quotes a named executive, whose quotes link to it; titles of works, nicknames
and scare quotes in marks are not quotes; speakers and authors are the fullest
form of the name used in the text; partial is True for a fragment quoted inside
narration.

Decisions the conventions did not cover:
- A podcast episode with a named show has the show as platform; the host's
  words in that interview belong to the interview post too.
- A late-night show appearance is an interview with that show (platform: the
  show's name), and the host's question on it belongs to that post.
- A critic's review in a named publication is a post with the critic as author
  and the publication as platform.
- A reply to an X post, and questions and answers in a Reddit "ask me
  anything" thread (the thread starter's own answers included), are comments
  on that post.
- A memo "obtained by" a named newspaper is a post with no platform (the
  newspaper did not interview its author).
- "X said in a statement" makes the named person X the author of the
  statement; a statement from a company or label has author None.
- A video on TikTok or YouTube is a post on that platform; a second video
  is a new post.
- A school board meeting is not a post (like a hearing or town hall).
- A sentence split by its attribution ("The math," she said, "does not ...")
  is two quotes, both not partial.
- A quote paragraph left open (no closing mark) ends at the paragraph end;
  the next paragraph that reopens the marks is a new quote by the same
  speaker and post; an unattributed quote paragraph right after a speaker's
  quote is that speaker's, with the same post.
- Titles and honorifics (Dr., Judge, Mayor) are not part of canonical names.
- A phrase like "ask me anything" in marks names a format and is not a quote.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AM: list[dict] = [
    {
        "name": "retailer-earnings-release-and-call",
        "text": (
            "Northwind Outfitters said in a news release on Tuesday that sales rose 9% in its "
            "fiscal third quarter, helped by strong demand for winter jackets.\n\n"
            "“We delivered record revenue in a tough market,” Chief Executive Dana Whitfield "
            "said in the release.\n\n"
            "On a call with analysts, Whitfield sounded more cautious about the holidays. "
            "“Consumers are stretched, and we are planning for that,” she said.\n\n"
            "Priya Nandakumar, an analyst at Jefferies, called the company’s forecast "
            "“conservative but credible.” Shares rose 4% in afternoon trading."
        ),
        "quotes": [
            ("We delivered record revenue in a tough market,", "Dana Whitfield", False, "P1"),
            (
                "Consumers are stretched, and we are planning for that,",
                "Dana Whitfield",
                False,
                None,
            ),
            ("conservative but credible.", "Priya Nandakumar", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Dana Whitfield", "Priya Nandakumar"],
    },
    {
        "name": "nurses-strike-vote-rally-hospital-statement",
        "text": (
            "Nurses at St. Brigid Medical Center voted overwhelmingly on Tuesday to authorize "
            "a strike, the latest sign of tension over staffing at the city’s largest hospital.\n\n"
            "“We are not asking for the moon. We are asking for enough hands on a night shift,” "
            "said Teresa Okafor, a cardiac nurse and president of the local, at a rally outside "
            "the hospital on Wednesday.\n\n"
            "The hospital said in a statement that it was “disappointed” by the vote and that "
            "patient care “will not be interrupted.”\n\n"
            "Okafor, 47, said the union had offered to return to the bargaining table. "
            "“If they want to talk, we are ready tonight,” she said."
        ),
        "quotes": [
            (
                "We are not asking for the moon. We are asking for enough hands on a night shift,",
                "Teresa Okafor",
                False,
                None,
            ),
            ("disappointed", None, True, "P1"),
            ("will not be interrupted.", None, True, "P1"),
            ("If they want to talk, we are ready tonight,", "Teresa Okafor", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Teresa Okafor"],
    },
    {
        "name": "actress-engagement-instagram-comments",
        "text": (
            "Actress Marisol Grant is engaged to chef Tobias Reyes, she announced on Instagram "
            "on Sunday, sharing a photo of a sapphire ring.\n\n"
            "“He asked on the same beach where we met. I said yes before he finished,” Grant, "
            "34, wrote in the caption.\n\n"
            "Her “Harbor Lights” co-star Nina Petrakis commented, “Crying at my desk!!” Reyes "
            "replied under the post: “Best decision I ever made.”"
        ),
        "quotes": [
            (
                "He asked on the same beach where we met. I said yes before he finished,",
                "Marisol Grant",
                False,
                "P1",
            ),
            ("Crying at my desk!!", "Nina Petrakis", False, "P1"),
            ("Best decision I ever made.", "Tobias Reyes", False, "P1"),
        ],
        "posts": [("P1", "Marisol Grant", "Instagram")],
        "people": ["Marisol Grant", "Tobias Reyes", "Nina Petrakis"],
    },
    {
        "name": "robotics-founder-x-post-and-summit",
        "text": (
            "Quanta Robotics founder Eli Brandt wrote on X on Monday that the company would "
            "release the source code of its navigation software. “Closed robotics is a dead "
            "end,” Brandt wrote.\n\n"
            "Kavya Menon, chief executive of rival Stratum AI, replied to the post: “Welcome "
            "to the party.”\n\n"
            "Speaking at Web Summit in Lisbon on Tuesday, Brandt said the decision had been "
            "“a long time coming.” “Our engineers pushed for this for two years,” he said."
        ),
        "quotes": [
            ("Closed robotics is a dead end,", "Eli Brandt", False, "P1"),
            ("Welcome to the party.", "Kavya Menon", False, "P1"),
            ("a long time coming.", "Eli Brandt", True, None),
            ("Our engineers pushed for this for two years,", "Eli Brandt", False, None),
        ],
        "posts": [("P1", "Eli Brandt", "X")],
        "people": ["Eli Brandt", "Kavya Menon"],
    },
    {
        "name": "sleep-study-lead-author-and-outside-expert",
        "text": (
            "Adults who kept a regular bedtime had a 20% lower risk of heart attack over a "
            "decade than those who did not, according to a study of 61,000 people published "
            "Wednesday in the journal Circulation.\n\n"
            "“The effect was larger than we expected,” said Dr. Harriet Lin, an epidemiologist "
            "at the University of Michigan and the study’s lead author. “We saw it in every "
            "age group.”\n\n"
            "Dr. Samuel Adeyemi, a cardiologist at Emory University who was not involved in "
            "the research, called the findings “encouraging but preliminary,” noting that the "
            "study could not prove cause and effect.\n\n"
            "The research was funded by the National Institutes of Health."
        ),
        "quotes": [
            ("The effect was larger than we expected,", "Harriet Lin", False, None),
            ("We saw it in every age group.", "Harriet Lin", False, None),
            ("encouraging but preliminary,", "Samuel Adeyemi", True, None),
        ],
        "posts": [],
        "people": ["Harriet Lin", "Samuel Adeyemi"],
    },
    {
        "name": "comedian-podcast-interview",
        "text": (
            "Comedian Derek Osei said he nearly quit stand-up after critics panned his first "
            "Netflix special, in an interview on the podcast “Off the Clock” released "
            "Wednesday.\n\n"
            "“I read every review. Every single one. That was the mistake,” Osei told host "
            "Jenny Marsh.\n\n"
            "“The next year I wrote the best hour of my life out of pure spite.”\n\n"
            "Marsh asked whether spite was a sustainable way to work. “It is not,” he said, "
            "laughing. “But it is a great start.”"
        ),
        "quotes": [
            (
                "I read every review. Every single one. That was the mistake,",
                "Derek Osei",
                False,
                "P1",
            ),
            (
                "The next year I wrote the best hour of my life out of pure spite.",
                "Derek Osei",
                False,
                "P1",
            ),
            ("It is not,", "Derek Osei", False, "P1"),
            ("But it is a great start.", "Derek Osei", False, "P1"),
        ],
        "posts": [("P1", "Derek Osei", "Off the Clock")],
        "people": ["Derek Osei", "Jenny Marsh"],
    },
    {
        "name": "ebike-trade-secrets-lawsuit-hearing",
        "text": (
            "Lumen Bikes, the Portland e-bike maker, asked a federal judge on Monday to bar its "
            "former chief technology officer, Raj Patel, from working for a rival, in a lawsuit "
            "it filed last month.\n\n"
            "Patel “walked out the door with the crown jewels,” the lawsuit says, accusing him "
            "of downloading 40,000 design files in the week before he resigned.\n\n"
            "At a hearing in Portland, U.S. District Judge Harold Mbeki said he was not yet "
            "persuaded. “Show me a file he actually used,” Mbeki told Lumen’s lawyers.\n\n"
            "Margaret Chu, a lawyer for Patel, said in a statement after the hearing: "
            "“Mr. Patel built much of what Lumen sells today. He took nothing that was not his.”"
        ),
        "quotes": [
            ("walked out the door with the crown jewels,", None, True, "P1"),
            ("Show me a file he actually used,", "Harold Mbeki", False, None),
            (
                "Mr. Patel built much of what Lumen sells today. He took nothing that was not his.",
                "Margaret Chu",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Margaret Chu", None)],
        "people": ["Raj Patel", "Harold Mbeki", "Margaret Chu"],
    },
    {
        "name": "cannes-drama-news-conference-and-review",
        "text": (
            "“The Salt Orchard,” a Norwegian drama about three generations of apple farmers, "
            "drew a 10-minute standing ovation at the Cannes Film Festival on Saturday.\n\n"
            "“I wanted to make a film about my grandmother’s hands,” director Ingrid Halvorsen "
            "said at a news conference on Sunday. “Everything else came from that.”\n\n"
            "Its star, Mateo Villanueva, said Halvorsen had sent him to work on a farm for a "
            "month before filming began. “I came back with blisters and an accent,” the "
            "29-year-old said.\n\n"
            "In his review for Variety, critic Owen Blake called the film “quietly devastating.”"
        ),
        "quotes": [
            (
                "I wanted to make a film about my grandmother’s hands,",
                "Ingrid Halvorsen",
                False,
                None,
            ),
            ("Everything else came from that.", "Ingrid Halvorsen", False, None),
            ("I came back with blisters and an accent,", "Mateo Villanueva", False, None),
            ("quietly devastating.", "Owen Blake", True, "P1"),
        ],
        "posts": [("P1", "Owen Blake", "Variety")],
        "people": ["Ingrid Halvorsen", "Mateo Villanueva", "Owen Blake"],
    },
    {
        "name": "school-closures-letter-and-board-meeting",
        "text": (
            "Superintendent Carla Benedetti told parents in a letter on Monday that the "
            "Westbrook school district would close two elementary schools next fall. “No "
            "decision I have made in this job has been harder,” Benedetti wrote.\n\n"
            "At a school board meeting on Tuesday night, dozens of parents lined up to speak. "
            "“You are closing the only school my kids can walk to,” said Jamal Whitcomb, a "
            "father of three.\n\n"
            "Benedetti said the district had lost 1,400 students in five years. “The math,” she "
            "said, “does not change because we wish it would.”"
        ),
        "quotes": [
            (
                "No decision I have made in this job has been harder,",
                "Carla Benedetti",
                False,
                "P1",
            ),
            ("You are closing the only school my kids can walk to,", "Jamal Whitcomb", False, None),
            ("The math,", "Carla Benedetti", False, None),
            ("does not change because we wish it would.", "Carla Benedetti", False, None),
        ],
        "posts": [("P1", "Carla Benedetti", None)],
        "people": ["Carla Benedetti", "Jamal Whitcomb"],
    },
    {
        "name": "creator-tiktok-rash-brand-statement",
        "text": (
            "Beauty creator Sasha Lindqvist, who has 3 million followers on TikTok, said in a "
            "video posted Thursday that a vitamin C serum from the skincare brand Glowra had "
            "left her with a rash. “I’m not trying to cancel anyone. I just want them to fix "
            "it,” she said in the video.\n\n"
            "Glowra said in a statement that it was “looking into” the complaint and that the "
            "serum had passed independent safety testing.\n\n"
            "In a second video on Friday, Lindqvist said the company had contacted her. "
            "“They called me. That’s a start,” she said."
        ),
        "quotes": [
            (
                "I’m not trying to cancel anyone. I just want them to fix it,",
                "Sasha Lindqvist",
                False,
                "P1",
            ),
            ("looking into", None, True, "P2"),
            ("They called me. That’s a start,", "Sasha Lindqvist", False, "P3"),
        ],
        "posts": [
            ("P1", "Sasha Lindqvist", "TikTok"),
            ("P2", None, None),
            ("P3", "Sasha Lindqvist", "TikTok"),
        ],
        "people": ["Sasha Lindqvist"],
    },
    {
        "name": "coach-resigns-reporters-and-instagram",
        "text": (
            "Marcus Delaney resigned as head coach of the Tulsa Roughnecks on Monday, two days "
            "after a 14-game losing streak ended the team’s playoff hopes.\n\n"
            "“I did not get it done. That is on me and nobody else,” the 42-year-old coach told "
            "reporters at the team’s practice facility.\n\n"
            "Hours later, Delaney posted a photo of his players on Instagram. “Forever grateful "
            "for these guys,” he wrote. Guard Tyrese Mobley commented, “Love you coach.”\n\n"
            "General manager Paula Strand said in a statement that the team would begin its "
            "search for a replacement immediately."
        ),
        "quotes": [
            (
                "I did not get it done. That is on me and nobody else,",
                "Marcus Delaney",
                False,
                None,
            ),
            ("Forever grateful for these guys,", "Marcus Delaney", False, "P1"),
            ("Love you coach.", "Tyrese Mobley", False, "P1"),
        ],
        "posts": [("P1", "Marcus Delaney", "Instagram"), ("P2", "Paula Strand", None)],
        "people": ["Marcus Delaney", "Tyrese Mobley", "Paula Strand"],
    },
    {
        "name": "chipmaker-earnings-release-reuters-call",
        "text": (
            "Veridian Semiconductor reported an 18% rise in quarterly revenue on Wednesday but "
            "forecast sales below Wall Street estimates, sending its shares down 6% after "
            "hours.\n\n"
            "“Demand for our data-center chips remains strong,” Chief Financial Officer Laura "
            "Kessler said in the earnings release.\n\n"
            "Ben Thorsen, an analyst at Bernstein, told Reuters the outlook was “a little light "
            "for a stock priced for perfection.”\n\n"
            "On a call with analysts, Chief Executive Hiroshi Tanabe said the company’s newest "
            "processor was “sold out through next summer.”"
        ),
        "quotes": [
            ("Demand for our data-center chips remains strong,", "Laura Kessler", False, "P1"),
            ("a little light for a stock priced for perfection.", "Ben Thorsen", True, "P2"),
            ("sold out through next summer.", "Hiroshi Tanabe", True, None),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Ben Thorsen", "Reuters")],
        "people": ["Laura Kessler", "Ben Thorsen", "Hiroshi Tanabe"],
    },
    {
        "name": "indie-developer-reddit-ama",
        "text": (
            "Noor Haddad, the developer behind the surprise hit game “Lanternfall,” answered "
            "fans’ questions on Reddit on Saturday in an “ask me anything” thread that drew "
            "more than 9,000 comments.\n\n"
            "“We are four people in a rented office above a bakery,” Haddad wrote at the top "
            "of the thread. “Please be patient with patches.”\n\n"
            "One user asked, “Any chance of a Switch version?” Haddad replied: “Next spring, "
            "if the port goes well.”\n\n"
            "Fellow developer Tomasz Wilk chimed in: “Her save system is better than ours and "
            "I’m furious about it.”"
        ),
        "quotes": [
            ("We are four people in a rented office above a bakery,", "Noor Haddad", False, "P1"),
            ("Please be patient with patches.", "Noor Haddad", False, "P1"),
            ("Any chance of a Switch version?", None, False, "P1"),
            ("Next spring, if the port goes well.", "Noor Haddad", False, "P1"),
            (
                "Her save system is better than ours and I’m furious about it.",
                "Tomasz Wilk",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Noor Haddad", "Reddit")],
        "people": ["Noor Haddad", "Tomasz Wilk"],
    },
    {
        "name": "mars-sample-briefing-bluesky-science",
        "text": (
            "NASA’s Perseverance rover has collected a rock sample with fine layers that could "
            "preserve signs of ancient microbial life, mission scientists said on Wednesday.\n\n"
            "“This is the most interesting rock we have ever picked up on Mars,” said Amara "
            "Nwosu, a planetary scientist at the Jet Propulsion Laboratory, at a NASA "
            "briefing.\n\n"
            "Nwosu later shared a close-up of the sample on Bluesky. “Look at those layers,” "
            "she wrote.\n\n"
            "Not everyone is convinced. Felix Brandauer, a geologist at the University of Bern, "
            "told Science that similar textures “can form without any biology at all.”"
        ),
        "quotes": [
            (
                "This is the most interesting rock we have ever picked up on Mars,",
                "Amara Nwosu",
                False,
                None,
            ),
            ("Look at those layers,", "Amara Nwosu", False, "P1"),
            ("can form without any biology at all.", "Felix Brandauer", True, "P2"),
        ],
        "posts": [("P1", "Amara Nwosu", "Bluesky"), ("P2", "Felix Brandauer", "Science")],
        "people": ["Amara Nwosu", "Felix Brandauer"],
    },
    {
        "name": "singer-album-delay-threads-label-statement",
        "text": (
            "Singer Jolene Marchetti said on Threads on Tuesday that her fourth album, "
            "“Paper Moons,” would be pushed back from June to the fall.\n\n"
            "“I’d rather be late than hand you a half-finished record,” she wrote. “You "
            "deserve better, and so do these songs.”\n\n"
            "Her label, Brightside Records, said in a statement that it “fully supports” the "
            "decision. Marchetti told Rolling Stone in March that the album was “nearly done.”"
        ),
        "quotes": [
            (
                "I’d rather be late than hand you a half-finished record,",
                "Jolene Marchetti",
                False,
                "P1",
            ),
            ("You deserve better, and so do these songs.", "Jolene Marchetti", False, "P1"),
            ("fully supports", None, True, "P2"),
            ("nearly done.", "Jolene Marchetti", True, "P3"),
        ],
        "posts": [
            ("P1", "Jolene Marchetti", "Threads"),
            ("P2", None, None),
            ("P3", "Jolene Marchetti", "Rolling Stone"),
        ],
        "people": ["Jolene Marchetti"],
    },
    {
        "name": "warehouse-contract-ratified-memo",
        "text": (
            "Warehouse workers at Parcelway’s three Ohio distribution centers voted 1,212 to "
            "388 on Sunday to ratify their first union contract.\n\n"
            "“This is what happens when people stop asking permission,” said Dolores Huang, "
            "president of the Warehouse Workers United local, at a news conference in "
            "Columbus. “We did it together, shift by shift.\n\n"
            "“Nobody handed us this.”\n\n"
            "In a memo to employees obtained by The Columbus Dispatch, Parcelway’s vice "
            "president of operations, Greg Sorensen, said the company was “pleased to move "
            "forward.”\n\n"
            "Forklift driver Andre Fields, 31, said the raise would let him quit his second "
            "job. “I get my weekends back,” he said."
        ),
        "quotes": [
            (
                "This is what happens when people stop asking permission,",
                "Dolores Huang",
                False,
                None,
            ),
            ("We did it together, shift by shift.", "Dolores Huang", False, None),
            ("Nobody handed us this.", "Dolores Huang", False, None),
            ("pleased to move forward.", "Greg Sorensen", True, "P1"),
            ("I get my weekends back,", "Andre Fields", False, None),
        ],
        "posts": [("P1", "Greg Sorensen", None)],
        "people": ["Dolores Huang", "Greg Sorensen", "Andre Fields"],
    },
    {
        "name": "youtuber-sponsorship-apology-substack",
        "text": (
            "Kellan Brooks, whose gadget reviews draw millions of views, apologized in a "
            "YouTube video on Friday after viewers discovered he had not disclosed a paid "
            "sponsorship from an earbud maker.\n\n"
            "“I messed up, and I’m not going to pretend I didn’t,” Brooks said in the video. "
            "“Every sponsored review from now on will say so in the first ten seconds.”\n\n"
            "Tech writer Imogen Sato, who first reported the deal, wrote on Substack that the "
            "apology was “a good start, eight months late.”\n\n"
            "The earbud maker, Sonance, did not respond to requests for comment."
        ),
        "quotes": [
            ("I messed up, and I’m not going to pretend I didn’t,", "Kellan Brooks", False, "P1"),
            (
                "Every sponsored review from now on will say so in the first ten seconds.",
                "Kellan Brooks",
                False,
                "P1",
            ),
            ("a good start, eight months late.", "Imogen Sato", True, "P2"),
        ],
        "posts": [("P1", "Kellan Brooks", "YouTube"), ("P2", "Imogen Sato", "Substack")],
        "people": ["Kellan Brooks", "Imogen Sato"],
    },
    {
        "name": "software-layoffs-email-linkedin",
        "text": (
            "Software company Brightlane cut about 300 jobs, or 12% of its workforce, on "
            "Wednesday, according to an email the company sent to employees. “We grew too "
            "fast, and the fault for that is ours,” the email said.\n\n"
            "Chief Executive Ramona Fitch later wrote on LinkedIn that she would personally "
            "help laid-off workers find new jobs. “If you are hiring engineers, designers or "
            "recruiters, my inbox is open,” she wrote.\n\n"
            "Victor Osterberg, a product designer who lost his job, commented under the post: "
            "“Grateful for four great years. Onward.”"
        ),
        "quotes": [
            ("We grew too fast, and the fault for that is ours,", None, False, "P1"),
            (
                "If you are hiring engineers, designers or recruiters, my inbox is open,",
                "Ramona Fitch",
                False,
                "P2",
            ),
            ("Grateful for four great years. Onward.", "Victor Osterberg", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Ramona Fitch", "LinkedIn")],
        "people": ["Ramona Fitch", "Victor Osterberg"],
    },
    {
        "name": "salmonella-outbreak-briefing-facebook",
        "text": (
            "Health officials in Marion County are investigating a salmonella outbreak linked "
            "to a popular taqueria that has sickened at least 27 people, eight of whom were "
            "hospitalized.\n\n"
            "“We believe the source has been contained, but we expect the case count to rise "
            "before it falls,” Dr. Anil Kapoor, the county’s health director, said at a "
            "briefing on Thursday.\n\n"
            "Kapoor said inspectors had found the strain in samples from the restaurant’s "
            "walk-in cooler. “The people who are sick are the priority right now,” he said.\n\n"
            "The restaurant’s owner, Lucia Carrasco, wrote on Facebook that she had closed "
            "voluntarily. “We have fed this neighborhood for 19 years. We will make this "
            "right,” she wrote."
        ),
        "quotes": [
            (
                "We believe the source has been contained, but we expect the case count to rise "
                "before it falls,",
                "Anil Kapoor",
                False,
                None,
            ),
            ("The people who are sick are the priority right now,", "Anil Kapoor", False, None),
            (
                "We have fed this neighborhood for 19 years. We will make this right,",
                "Lucia Carrasco",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Lucia Carrasco", "Facebook")],
        "people": ["Anil Kapoor", "Lucia Carrasco"],
    },
    {
        "name": "actor-late-night-stunt-and-costar-instagram",
        "text": (
            'Actor Desmond Achterberg said on "Night Owls" on Tuesday that he broke his wrist '
            'filming a motorcycle stunt for his new thriller, "Iron Tide," and finished the '
            "scene anyway.\n\n"
            '"I heard it snap and I just kept going, because the camera was still rolling," '
            'Achterberg told host Kelly Ramos. "Was it worth it?" Ramos asked. "Ask me when '
            'the movie comes out," he said.\n\n'
            "His co-star Bianca Holt posted a clip from the set on Instagram on Wednesday. "
            '"He finished the take. Absolute maniac," she wrote.'
        ),
        "quotes": [
            (
                "I heard it snap and I just kept going, because the camera was still rolling,",
                "Desmond Achterberg",
                False,
                "P1",
            ),
            ("Was it worth it?", "Kelly Ramos", False, "P1"),
            ("Ask me when the movie comes out,", "Desmond Achterberg", False, "P1"),
            ("He finished the take. Absolute maniac,", "Bianca Holt", False, "P2"),
        ],
        "posts": [("P1", "Desmond Achterberg", "Night Owls"), ("P2", "Bianca Holt", "Instagram")],
        "people": ["Desmond Achterberg", "Kelly Ramos", "Bianca Holt"],
    },
]
