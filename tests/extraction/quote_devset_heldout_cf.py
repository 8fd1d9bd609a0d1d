"""The seventy-eighth self-made dev set, held out (CF): its first run is an unseen estimate.

Written with set CG, without reading the extraction rules, and committed before
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
titles, nicknames and scare quotes in marks are not quotes (they are not
listed); speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration. A post reported without any quoted
words is still listed in posts. Titles such as Dr., Judge, Ms. are not part of
a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post that is deleted and a corrected or longer version posted later are two
  posts by the same author on the same platform; a fragment of the deleted post
  reported in narration belongs to the deleted one.
- A quote-post on X is a new post by the person quote-posting; sharing a post
  on Threads or X "with a note of his own" is likewise a new post.
- A leading "the" is not part of a platform name (told the Millbrook Courier:
  Millbrook Courier; told the Guardian: Guardian), and a network's possessive is
  dropped from a show (CNN's State of the Union: State of the Union; BBC Radio
  4's Today programme: Today; NPR's Morning Edition: Morning Edition). A
  descriptor before the name is dropped too (the podcast Second Serve, the
  magazine Runner's World, the RTÉ Radio 1 programme Late Shift). A radio
  station spoken to directly (BBC Radio Leeds) is the platform as written.
- "Spoke to" a named radio station is an interview, like "told".
- A study published in a named journal is a post with author None (no author is
  said to have written it) and the journal as platform; its lead author's
  separate interview is her own post.
- A memo "signed by" a named person is that person's post with no platform, and
  its words speak as that person. A form letter mailed by a county office to
  voters is a post with author None and no platform.
- An unnamed resident's or user's post in a Facebook group or on Reddit has
  author None; a named member's post in a Facebook group is that member's
  Facebook post; unnamed replies and comments under a post belong to it and
  speak as None.
- A reply to a reply (a founder answering a researcher's reply under his X
  thread) belongs to the original post.
- A person replying under another account's post (a researcher replying
  under a company's X post) speaks in the company's post.
- A quote that runs over two paragraphs (the first paragraph left open, the next
  reopening with a mark) is listed as two quotes, one per paragraph, with the
  same speaker and post.
- A photo posted "with the caption ..." is a post whose caption is a whole
  quote (not partial); words given whole after a colon introducing a post are
  not partial.
- Titles of songs, films, books, videos and Reddit threads in marks are not
  quotes; a nickname in marks inside a name (Desmond "Des" Achterberg, Danny
  "The Hammer" Kowalczyk) is not a quote and not part of the canonical name.
- A scare quote in single marks inside a quote (‘safe account.’, ‘hiding,’) is
  part of the quote's text; a nickname or title inside a quote (Mat, Mrs.
  Oduya) does not add a person.
- Organisations whose names look like people's names (Crane & Whitlow, Marlowe
  Fairweather, Ferris Abbott Music, Pemberton & Shaw, Gideon Marsh Books, Moreau
  Durand) are not people; their statements have author None.
- A union's, a sports federation's, a police force's or a health department's
  post on a platform has author None; a post only described is still listed.
- A fragment said "at the meeting" of a school board is not a post.
- Two people sharing a surname (Lars-Erik and Ingeborg Holmqvist, Margaret and
  Daniel Oduya): the bare surname refers to the one already named when it is
  used.
- Straight marks are used in two texts (the data breach and the marathon);
  quote text is the same as with curly marks.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CF: list[dict] = [
    {
        "name": "x-deleted-repost-crime-figures-quote-post",
        "text": (
            "Councillor Adaeze Okonkwo-Reyes, who is running for mayor of Harlow Bay, deleted a "
            "post on X on Sunday night after opponents said it misstated the city’s crime "
            "figures. The original post had claimed that burglaries were “up 40 percent since "
            "the last election.”\n\n"
            "An hour later she reposted a corrected version. “Burglaries are up 14 percent, not "
            "40. My mistake, and the point stands,” she wrote.\n\n"
            "The incumbent mayor, Piotr Wasilewski, quote-posted the correction. “Fourteen is "
            "still a number she got wrong first,” he wrote. “Voters deserve better "
            "arithmetic.”\n\n"
            "The Harlow Bay Police Department said in a statement that the 14 percent figure was "
            "accurate but covered only the first nine months of the year.\n\n"
            "Speaking to reporters outside a polling station on Monday, Okonkwo-Reyes said she "
            "had “nothing to hide.” “I corrected it within the hour. That is what accountability "
            "looks like,” she said."
        ),
        "quotes": [
            ("up 40 percent since the last election.", "Adaeze Okonkwo-Reyes", True, "P1"),
            (
                "Burglaries are up 14 percent, not 40. My mistake, and the point stands,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P2",
            ),
            ("Fourteen is still a number she got wrong first,", "Piotr Wasilewski", False, "P3"),
            ("Voters deserve better arithmetic.", "Piotr Wasilewski", False, "P3"),
            ("nothing to hide.", "Adaeze Okonkwo-Reyes", True, None),
            (
                "I corrected it within the hour. That is what accountability looks like,",
                "Adaeze Okonkwo-Reyes",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "X"),
            ("P2", "Adaeze Okonkwo-Reyes", "X"),
            ("P3", "Piotr Wasilewski", "X"),
            ("P4", None, None),
        ],
        "people": ["Adaeze Okonkwo-Reyes", "Piotr Wasilewski"],
    },
    {
        "name": "sheriff-facebook-hit-and-run-family-attorney",
        "text": (
            "The Millbrook County sheriff’s office announced on its Facebook page on Thursday "
            "that deputies had arrested a 24-year-old man in connection with the hit-and-run "
            "that killed a cyclist on Route 9 last month. “This arrest came from tips by members "
            "of the public, and we thank every one of them,” the post said.\n\n"
            "The cyclist, Hamid Rahimi, 51, was a schoolteacher and a father of three. His "
            "family said in a statement that they were “relieved but not at peace.” “Hamid rode "
            "that road every morning for twenty years. Nothing brings him back,” the statement "
            "said.\n\n"
            "The suspect’s attorney, Lorraine Bexley, told the Millbrook Courier that her client "
            "would plead not guilty. “He has cooperated fully and intends to clear his name,” "
            "she said.\n\n"
            "In a neighborhood Facebook group, one resident wrote that the stretch had needed a "
            "protected bike lane “for a decade at least.”"
        ),
        "quotes": [
            (
                "This arrest came from tips by members of the public, and we thank every one of them,",
                None,
                False,
                "P1",
            ),
            ("relieved but not at peace.", None, True, "P2"),
            (
                "Hamid rode that road every morning for twenty years. Nothing brings him back,",
                None,
                False,
                "P2",
            ),
            (
                "He has cooperated fully and intends to clear his name,",
                "Lorraine Bexley",
                False,
                "P3",
            ),
            ("for a decade at least.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, None),
            ("P3", "Lorraine Bexley", "Millbrook Courier"),
            ("P4", None, "Facebook"),
        ],
        "people": ["Hamid Rahimi", "Lorraine Bexley"],
    },
    {
        "name": "substack-novel-delayed-publisher-release-bluesky",
        "text": (
            "The novelist Ingrid Halvorsen said on Wednesday that she had pulled her next book, "
            "“A Harbour of Small Lights,” from its spring schedule. In an essay on Substack, she "
            "wrote that the manuscript “was no longer the book I set out to write.” “I would "
            "rather be late than be dishonest with readers,” she added.\n\n"
            "Her publisher, Crane & Whitlow, said in a press release that it “fully supported” "
            "the decision and would publish the novel in 2028.\n\n"
            "The critic Oluwaseun Bankole, who had praised an early proof, posted on Bluesky "
            "that the delay was “a small price for a better book.” A reader replied under his "
            "post: “Some of us have been waiting since 2022!”\n\n"
            "Halvorsen later told the Guardian that the ending had changed completely during "
            "revisions. “The daughter lives now. That changed everything else,” she said."
        ),
        "quotes": [
            ("was no longer the book I set out to write.", "Ingrid Halvorsen", True, "P1"),
            (
                "I would rather be late than be dishonest with readers,",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            ("fully supported", None, True, "P2"),
            ("a small price for a better book.", "Oluwaseun Bankole", True, "P3"),
            ("Some of us have been waiting since 2022!", None, False, "P3"),
            (
                "The daughter lives now. That changed everything else,",
                "Ingrid Halvorsen",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Ingrid Halvorsen", "Substack"),
            ("P2", None, "press release"),
            ("P3", "Oluwaseun Bankole", "Bluesky"),
            ("P4", "Ingrid Halvorsen", "Guardian"),
        ],
        "people": ["Ingrid Halvorsen", "Oluwaseun Bankole"],
    },
    {
        "name": "journal-study-walking-radio-tiktok-reply",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 30 percent lower risk of "
            "dementia over a decade, according to a study published on Monday in the journal "
            "Brain Health Reports. “The association held after adjustment for age, income and "
            "baseline fitness,” the study said.\n\n"
            "The lead author, Dr. Sunita Raghunathan of the University of Leeds, told BBC Radio "
            "4’s Today programme that the findings were observational. “We can’t say walking "
            "prevents dementia. We can say the walkers did better,” she said.\n\n"
            "Dr. Kwame Asante-Boateng, a geriatrician with 1.2 million followers on TikTok, "
            "posted a video about the study that evening. “Seven thousand steps is a walk to the "
            "shop and back, twice,” he said in the video. “You don’t need a gym.”\n\n"
            "In a comment under the video, one viewer asked whether gardening counted. "
            "Asante-Boateng answered: “Digging counts. Weeding counts. Sitting in the garden, "
            "sadly, does not.”"
        ),
        "quotes": [
            (
                "The association held after adjustment for age, income and baseline fitness,",
                None,
                False,
                "P1",
            ),
            (
                "We can’t say walking prevents dementia. We can say the walkers did better,",
                "Sunita Raghunathan",
                False,
                "P2",
            ),
            (
                "Seven thousand steps is a walk to the shop and back, twice,",
                "Kwame Asante-Boateng",
                False,
                "P3",
            ),
            ("You don’t need a gym.", "Kwame Asante-Boateng", False, "P3"),
            (
                "Digging counts. Weeding counts. Sitting in the garden, sadly, does not.",
                "Kwame Asante-Boateng",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Brain Health Reports"),
            ("P2", "Sunita Raghunathan", "Today"),
            ("P3", "Kwame Asante-Boateng", "TikTok"),
        ],
        "people": ["Sunita Raghunathan", "Kwame Asante-Boateng"],
    },
    {
        "name": "striker-instagram-story-abuse-club-statement-union",
        "text": (
            "The Rovers striker Mateus Albuquerque said he had been the target of racist abuse "
            "after Saturday’s 2-1 defeat at Castlegate, posting screenshots of the messages to "
            "his Instagram story. “Same messages, different week. I’m tired of screenshotting,” "
            "the 27-year-old wrote over the images.\n\n"
            "Castlegate Athletic said in a statement on Sunday that it had identified two "
            "supporters and banned them for life. “There is no place for this at our club or in "
            "our game,” the statement said.\n\n"
            "The Rovers manager, Eamon Keelty, told a news conference that he had spoken to "
            "Albuquerque on the team bus. “He’s stronger than I would be,” Keelty said. “But he "
            "shouldn’t have to be.”\n\n"
            "The players’ union posted on X that it would ask the league to meet social media "
            "companies. Albuquerque’s teammate Yusuf Demir shared the union’s post with a note "
            "of his own: “Stand with Mat. Always.”"
        ),
        "quotes": [
            (
                "Same messages, different week. I’m tired of screenshotting,",
                "Mateus Albuquerque",
                False,
                "P1",
            ),
            ("There is no place for this at our club or in our game,", None, False, "P2"),
            ("He’s stronger than I would be,", "Eamon Keelty", False, None),
            ("But he shouldn’t have to be.", "Eamon Keelty", False, None),
            ("Stand with Mat. Always.", "Yusuf Demir", False, "P4"),
        ],
        "posts": [
            ("P1", "Mateus Albuquerque", "Instagram"),
            ("P2", None, None),
            ("P3", None, "X"),
            ("P4", "Yusuf Demir", "X"),
        ],
        "people": ["Mateus Albuquerque", "Eamon Keelty", "Yusuf Demir"],
    },
    {
        "name": "linkedin-return-to-office-memo-reddit-podcast",
        "text": (
            "Annika Sjöberg, the chief executive of the cloud software company Brightwater Labs, "
            "announced on LinkedIn on Tuesday that staff would be required to work from the "
            "office four days a week. “We build better when we build in the same room,” she "
            "wrote.\n\n"
            "A memo sent to employees the same morning, signed by the head of human resources, "
            "Rafael Quintanilla, said exceptions would be “rare and reviewed quarterly.”\n\n"
            "On Reddit, a thread titled “Brightwater RTO megathread” drew more than 900 comments "
            "within a day. “Moved three hours away in 2021 with written approval. Guess that’s "
            "worth nothing now,” the user who started it wrote. Another replied: “Check your "
            "contract before you panic.”\n\n"
            "Sjöberg defended the policy on the technology podcast Decoder on Thursday. “Nobody "
            "is being asked to do anything they weren’t doing in 2019,” she said. Later in the "
            "episode, asked about the Reddit thread, she said she had “read every word of it.”"
        ),
        "quotes": [
            ("We build better when we build in the same room,", "Annika Sjöberg", False, "P1"),
            ("rare and reviewed quarterly.", "Rafael Quintanilla", True, "P2"),
            (
                (
                    "Moved three hours away in 2021 with written approval. Guess that’s worth nothing "
                    "now,"
                ),
                None,
                False,
                "P3",
            ),
            ("Check your contract before you panic.", None, False, "P3"),
            (
                "Nobody is being asked to do anything they weren’t doing in 2019,",
                "Annika Sjöberg",
                False,
                "P4",
            ),
            ("read every word of it.", "Annika Sjöberg", True, "P4"),
        ],
        "posts": [
            ("P1", "Annika Sjöberg", "LinkedIn"),
            ("P2", "Rafael Quintanilla", None),
            ("P3", None, "Reddit"),
            ("P4", "Annika Sjöberg", "Decoder"),
        ],
        "people": ["Annika Sjöberg", "Rafael Quintanilla"],
    },
    {
        "name": "runoff-rally-facebook-sunday-show-spokeswoman-x",
        "text": (
            "With five days left before the runoff, Senator Beatriz Camacho-Lund said on Sunday "
            "that her opponent was hiding from voters, noting that he had skipped three debates. "
            "“He wants your vote but not your questions,” she said at a rally in Tacoma.\n\n"
            "Her opponent, the former prosecutor Desmond “Des” Achterberg, answered in a post on "
            "his Facebook page. “I’ve done 41 town halls. Ask the people who came to them,” he "
            "wrote.\n\n"
            "On Monday, appearing on CNN’s State of the Union, Achterberg called his rival’s "
            "attacks “the sound of a campaign that’s behind.” He added: “When she says ‘hiding,’ "
            "she means a campaign she can’t find on cable news.”\n\n"
            "A spokeswoman for Camacho-Lund, Noor Haddad, replied on X within the hour. “Thirty "
            "seconds on cable would be a start,” she wrote."
        ),
        "quotes": [
            ("He wants your vote but not your questions,", "Beatriz Camacho-Lund", False, None),
            (
                "I’ve done 41 town halls. Ask the people who came to them,",
                "Desmond Achterberg",
                False,
                "P1",
            ),
            ("the sound of a campaign that’s behind.", "Desmond Achterberg", True, "P2"),
            (
                "When she says ‘hiding,’ she means a campaign she can’t find on cable news.",
                "Desmond Achterberg",
                False,
                "P2",
            ),
            ("Thirty seconds on cable would be a start,", "Noor Haddad", False, "P3"),
        ],
        "posts": [
            ("P1", "Desmond Achterberg", "Facebook"),
            ("P2", "Desmond Achterberg", "State of the Union"),
            ("P3", "Noor Haddad", "X"),
        ],
        "people": ["Beatriz Camacho-Lund", "Desmond Achterberg", "Noor Haddad"],
    },
    {
        "name": "ticket-fees-lawsuit-ruling-statement-threads-reply",
        "text": (
            "A federal judge in Denver on Friday allowed a class action against the ticket "
            "reseller Marlowe Fairweather to go forward. The lawsuit, filed last spring by a "
            "group of concertgoers, said the company’s checkout “buried fees until the final "
            "click.”\n\n"
            "In her ruling, Judge Keiko Nakamura-Hayes wrote that the plaintiffs had “plausibly "
            "alleged a pattern, not an accident.” “A reasonable buyer is not required to be a "
            "detective,” she added.\n\n"
            "Marlowe Fairweather said in a statement that it would appeal. “Our prices are "
            "disclosed clearly and in full,” the company said.\n\n"
            "One of the named plaintiffs, Tyrone Whitaker, a schoolteacher from Aurora, "
            "celebrated on Threads. “Two years of paperwork over a $38 fee. Worth it,” he wrote. "
            "Replying under his post, the consumer advocate Halima Osei wrote: “This is how it "
            "starts.”"
        ),
        "quotes": [
            ("buried fees until the final click.", None, True, "P1"),
            ("plausibly alleged a pattern, not an accident.", "Keiko Nakamura-Hayes", True, "P2"),
            (
                "A reasonable buyer is not required to be a detective,",
                "Keiko Nakamura-Hayes",
                False,
                "P2",
            ),
            ("Our prices are disclosed clearly and in full,", None, False, "P3"),
            ("Two years of paperwork over a $38 fee. Worth it,", "Tyrone Whitaker", False, "P4"),
            ("This is how it starts.", "Halima Osei", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keiko Nakamura-Hayes", None),
            ("P3", None, None),
            ("P4", "Tyrone Whitaker", "Threads"),
        ],
        "people": ["Keiko Nakamura-Hayes", "Tyrone Whitaker", "Halima Osei"],
    },
    {
        "name": "folk-song-copyright-tiktok-youtube-radio",
        "text": (
            "The folk singer Amara Oyelowo said on TikTok on Tuesday that her song “Paper Boats” "
            "had been pulled from streaming services after a copyright claim by a production "
            "company. “Eleven years ago I wrote this in my kitchen. Today a company I’ve never "
            "heard of says it’s theirs,” she said in the video.\n\n"
            "The company, Ferris Abbott Music, said in a statement that the claim had been "
            "“filed in error by an automated system.”\n\n"
            "The song’s producer, Caoimhe Brennan, posted a YouTube video showing the original "
            "session files, dated 2015. “Here are the stems, the dates and the coffee stains,” "
            "she said in the video.\n\n"
            "By Wednesday the track was back online, and Oyelowo posted a second TikTok. “Thank "
            "you for being loud,” she said. Interviewed that evening on the RTÉ Radio 1 "
            "programme Late Shift, she said she wanted rules “so the next artist doesn’t need "
            "two million views to get her song back.”"
        ),
        "quotes": [
            (
                (
                    "Eleven years ago I wrote this in my kitchen. Today a company I’ve never heard of "
                    "says it’s theirs,"
                ),
                "Amara Oyelowo",
                False,
                "P1",
            ),
            ("filed in error by an automated system.", None, True, "P2"),
            (
                "Here are the stems, the dates and the coffee stains,",
                "Caoimhe Brennan",
                False,
                "P3",
            ),
            ("Thank you for being loud,", "Amara Oyelowo", False, "P4"),
            (
                "so the next artist doesn’t need two million views to get her song back.",
                "Amara Oyelowo",
                True,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Amara Oyelowo", "TikTok"),
            ("P2", None, None),
            ("P3", "Caoimhe Brennan", "YouTube"),
            ("P4", "Amara Oyelowo", "TikTok"),
            ("P5", "Amara Oyelowo", "Late Shift"),
        ],
        "people": ["Amara Oyelowo", "Caoimhe Brennan"],
    },
    {
        "name": "nurses-strike-union-statement-hospital-release-facebook",
        "text": (
            "Nurses at Riverside General Hospital in Fresno will strike for three days starting "
            "Monday, their union, the California Nurses Alliance, announced on Friday. “Our "
            "members did not want this. Management left us no other choice,” the union said in a "
            "statement.\n\n"
            "The hospital said in a press release that it had offered raises of 14 percent over "
            "three years and would bring in replacement staff. “Patient care will continue "
            "without interruption,” the release quoted the chief nursing officer, Gwendolyn "
            "Afolabi, as saying.\n\n"
            "An intensive care nurse, Paolo Marchetti, wrote on Facebook that the offer ignored "
            "staffing. “I don’t need a raise as much as I need a second pair of hands at 3 "
            "a.m.,” he wrote. A colleague commented under the post: “Every single night.”\n\n"
            "The county health officer, Dr. Lien Tran, told reporters that ambulances might be "
            "diverted. “We are planning for the worst week and hoping for an ordinary one,” she "
            "said."
        ),
        "quotes": [
            (
                "Our members did not want this. Management left us no other choice,",
                None,
                False,
                "P1",
            ),
            ("Patient care will continue without interruption,", "Gwendolyn Afolabi", False, "P2"),
            (
                "I don’t need a raise as much as I need a second pair of hands at 3 a.m.,",
                "Paolo Marchetti",
                False,
                "P3",
            ),
            ("Every single night.", None, False, "P3"),
            (
                "We are planning for the worst week and hoping for an ordinary one,",
                "Lien Tran",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Paolo Marchetti", "Facebook"),
        ],
        "people": ["Gwendolyn Afolabi", "Paolo Marchetti", "Lien Tran"],
    },
    {
        "name": "tennis-retirement-caption-podcast-coach-comment",
        "text": (
            "The Croatian tennis player Ivana Radić-Šimunović announced her retirement on Sunday "
            "with an Instagram post, a photo of her first racket with the caption “Thank you, "
            "tennis. You gave me everything, including the blisters.”\n\n"
            "The 34-year-old, who reached the Wimbledon semifinals in 2019, explained the "
            "decision on the podcast Second Serve. “My knee made the decision before I did,” she "
            "said. “I just signed the papers.”\n\n"
            "Her longtime coach, Jarosław Pietrzak, commented under the Instagram post: "
            "“Proudest 17 years of my life.” The Croatian Tennis Federation posted on X that it "
            "would stage a farewell match for her in Zagreb in the spring. She retires with 14 "
            "singles titles and a career-high ranking of No. 6.\n\n"
            "Her former doubles partner, Mei-Ling Choi, wrote on her own Instagram story that "
            "Radić-Šimunović was “the best person I ever lost a tiebreak with.”"
        ),
        "quotes": [
            (
                "Thank you, tennis. You gave me everything, including the blisters.",
                "Ivana Radić-Šimunović",
                False,
                "P1",
            ),
            ("My knee made the decision before I did,", "Ivana Radić-Šimunović", False, "P2"),
            ("I just signed the papers.", "Ivana Radić-Šimunović", False, "P2"),
            ("Proudest 17 years of my life.", "Jarosław Pietrzak", False, "P1"),
            ("the best person I ever lost a tiebreak with.", "Mei-Ling Choi", True, "P4"),
        ],
        "posts": [
            ("P1", "Ivana Radić-Šimunović", "Instagram"),
            ("P2", "Ivana Radić-Šimunović", "Second Serve"),
            ("P3", None, "X"),
            ("P4", "Mei-Ling Choi", "Instagram"),
        ],
        "people": ["Ivana Radić-Šimunović", "Jarosław Pietrzak", "Mei-Ling Choi"],
    },
    {
        "name": "fitness-app-breach-x-medium-techcrunch-reddit",
        "text": (
            "The fitness app PulseTrack said on Wednesday that hackers had accessed the names, "
            "email addresses and workout histories of about 2.3 million users. In a post on its "
            'X account, the company said it had "no evidence that payment data was taken."\n\n'
            "The breach was first described a day earlier by the security researcher Olumide "
            'Fashola in a post on Medium. "The database sat open for at least six weeks, with no '
            'password, and I was not the first to find it," he wrote. "Six weeks. Say six '
            "weeks,\" Fashola replied under the company's post.\n\n"
            "PulseTrack's chief technology officer, Vikram Sethuraman, told TechCrunch that the "
            'company had hired an outside firm to review its systems. "We got this wrong, and '
            "we're going to show our work fixing it,\" he said.\n\n"
            'Users vented on Reddit. "Great, now everyone knows how slow my 5K is," one wrote in '
            "a thread that drew 2,000 upvotes."
        ),
        "quotes": [
            ("no evidence that payment data was taken.", None, True, "P1"),
            (
                (
                    "The database sat open for at least six weeks, with no password, and I was not the "
                    "first to find it,"
                ),
                "Olumide Fashola",
                False,
                "P2",
            ),
            ("Six weeks. Say six weeks,", "Olumide Fashola", False, "P1"),
            (
                "We got this wrong, and we're going to show our work fixing it,",
                "Vikram Sethuraman",
                False,
                "P3",
            ),
            ("Great, now everyone knows how slow my 5K is,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Olumide Fashola", "Medium"),
            ("P3", "Vikram Sethuraman", "TechCrunch"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Olumide Fashola", "Vikram Sethuraman"],
    },
    {
        "name": "mail-ballots-clerk-ledger-letter-bluesky",
        "text": (
            "The Dunmore County clerk, Rosalind Achebe-Park, said on Thursday that about 6,200 "
            "mail ballots had been set aside because their signatures did not match voter "
            "records. “Every one of these voters will get a letter and a chance to fix it,” she "
            "told the Dunmore Ledger.\n\n"
            "The letter, mailed on Friday, told voters they had “until 5 p.m. on November 18” to "
            "respond.\n\n"
            "The state Republican Party said in a news release that the number was “alarming and "
            "unprecedented.” A county supervisor, Eduardo Villaseñor, disputed that on Bluesky. "
            "“Unprecedented? We set aside 7,900 in 2022. Look it up,” he posted.\n\n"
            "Asked at a briefing on Saturday about the supervisor’s post, Achebe-Park smiled. "
            "“He’s right, and I’m glad someone checked,” she said. Officials expect to certify "
            "the results on November 25, a week later than usual."
        ),
        "quotes": [
            (
                "Every one of these voters will get a letter and a chance to fix it,",
                "Rosalind Achebe-Park",
                False,
                "P1",
            ),
            ("until 5 p.m. on November 18", None, True, "P2"),
            ("alarming and unprecedented.", None, True, "P3"),
            (
                "Unprecedented? We set aside 7,900 in 2022. Look it up,",
                "Eduardo Villaseñor",
                False,
                "P4",
            ),
            ("He’s right, and I’m glad someone checked,", "Rosalind Achebe-Park", False, None),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Park", "Dunmore Ledger"),
            ("P2", None, None),
            ("P3", None, "press release"),
            ("P4", "Eduardo Villaseñor", "Bluesky"),
        ],
        "people": ["Rosalind Achebe-Park", "Eduardo Villaseñor"],
    },
    {
        "name": "director-deleted-instagram-festival-threads-reply",
        "text": (
            "The director Shirin Mahdavi said she would skip the premiere of her film “The Long "
            "Quiet” at the Lisbon festival after organizers moved it to a smaller screen. She "
            "announced the decision in an Instagram post that she deleted within hours, writing "
            "that the festival had treated the film “like a footnote.”\n\n"
            "On Friday she posted a longer message on Instagram. “I was angry, and I wrote "
            "angry. But I stand by the decision,” she wrote.\n\n"
            "The festival said in a statement that the change was made for “technical reasons "
            "only” and that Mahdavi remained “a valued guest.”\n\n"
            "The film’s lead actor, Tobias Brandvold, shared her message on Threads with a note "
            "of his own. “Forty people made this film. It deserves the big room,” he wrote. In a "
            "reply under his post, the critic Esi Mensah-Bonsu wrote: “It deserves whichever "
            "room you can fill.”"
        ),
        "quotes": [
            ("like a footnote.", "Shirin Mahdavi", True, "P1"),
            (
                "I was angry, and I wrote angry. But I stand by the decision,",
                "Shirin Mahdavi",
                False,
                "P2",
            ),
            ("technical reasons only", None, True, "P3"),
            ("a valued guest.", None, True, "P3"),
            (
                "Forty people made this film. It deserves the big room,",
                "Tobias Brandvold",
                False,
                "P4",
            ),
            ("It deserves whichever room you can fill.", "Esi Mensah-Bonsu", False, "P4"),
        ],
        "posts": [
            ("P1", "Shirin Mahdavi", "Instagram"),
            ("P2", "Shirin Mahdavi", "Instagram"),
            ("P3", None, None),
            ("P4", "Tobias Brandvold", "Threads"),
        ],
        "people": ["Shirin Mahdavi", "Tobias Brandvold", "Esi Mensah-Bonsu"],
    },
    {
        "name": "measles-department-instagram-oped-facebook-group",
        "text": (
            "The Carver County health department confirmed 19 cases of measles on Monday and "
            "urged parents to check their children’s vaccination records. “Measles is not a rite "
            "of passage. It is a preventable disease,” the department wrote on Instagram.\n\n"
            "In an op-ed in the Carver Gazette, the pediatrician Dr. Abimbola Nwankwo-Stiles "
            "described treating a six-month-old girl who was too young to be vaccinated. “She "
            "caught it in a waiting room,” she wrote. “Her parents had done everything "
            "right.”\n\n"
            "In a local parents’ Facebook group, a member, Courtney Haugen, posted that she had "
            "taken her twins for their shots after reading the op-ed. “I was scared of the "
            "needle. Now I’m more scared of the disease,” she wrote. Dozens of members replied "
            "under her post. One reply read simply: “Thank you for saying this.”\n\n"
            "The source of the outbreak remains unknown, the department said at a news briefing "
            "on Tuesday."
        ),
        "quotes": [
            ("Measles is not a rite of passage. It is a preventable disease,", None, False, "P1"),
            ("She caught it in a waiting room,", "Abimbola Nwankwo-Stiles", False, "P2"),
            ("Her parents had done everything right.", "Abimbola Nwankwo-Stiles", False, "P2"),
            (
                "I was scared of the needle. Now I’m more scared of the disease,",
                "Courtney Haugen",
                False,
                "P3",
            ),
            ("Thank you for saying this.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Abimbola Nwankwo-Stiles", "Carver Gazette"),
            ("P3", "Courtney Haugen", "Facebook"),
        ],
        "people": ["Abimbola Nwankwo-Stiles", "Courtney Haugen"],
    },
    {
        "name": "marathon-record-magazine-two-paragraph-quote-youtube",
        "text": (
            "Two days after winning the Berlin Marathon in a course record, the Ethiopian runner "
            "Tigist Alemayehu told the magazine Runner's World that she had nearly withdrawn the "
            "night before the race.\n\n"
            '"I had a fever of 38 degrees, and my coach told me to sleep and decide in the '
            "morning. I woke up at four and felt nothing, so I ran.\n\n"
            '"By kilometre 30 I felt everything. I just did not tell my legs."\n\n'
            "The race organizers posted a slow-motion video of her finish on YouTube under the "
            'title "Two Hours, Seventeen Minutes of Grit." It passed a million views on '
            "Tuesday.\n\n"
            'Her coach, Gebremedhin Tesfaye, wrote on Facebook that he had been "more nervous '
            'than at any race in 20 years." Under his post, the former world champion Salome '
            'Wanjiru wrote: "The coach deserves a medal too." Alemayehu herself posted on '
            'Instagram a photo of her medal: "Berlin, see you next year."'
        ),
        "quotes": [
            (
                (
                    "I had a fever of 38 degrees, and my coach told me to sleep and decide in the "
                    "morning. I woke up at four and felt nothing, so I ran."
                ),
                "Tigist Alemayehu",
                False,
                "P1",
            ),
            (
                "By kilometre 30 I felt everything. I just did not tell my legs.",
                "Tigist Alemayehu",
                False,
                "P1",
            ),
            ("more nervous than at any race in 20 years.", "Gebremedhin Tesfaye", True, "P3"),
            ("The coach deserves a medal too.", "Salome Wanjiru", False, "P3"),
            ("Berlin, see you next year.", "Tigist Alemayehu", False, "P4"),
        ],
        "posts": [
            ("P1", "Tigist Alemayehu", "Runner's World"),
            ("P2", None, "YouTube"),
            ("P3", "Gebremedhin Tesfaye", "Facebook"),
            ("P4", "Tigist Alemayehu", "Instagram"),
        ],
        "people": ["Tigist Alemayehu", "Gebremedhin Tesfaye", "Salome Wanjiru"],
    },
    {
        "name": "bank-scam-police-x-radio-bank-statement-tiktok",
        "text": (
            "Police in Leeds warned on Wednesday of a phone scam in which callers pose as a "
            "bank’s fraud team, after a pensioner lost £42,000. “Your bank will never ask you to "
            "move money to a ‘safe account.’ Hang up and call the number on your card,” West "
            "Yorkshire Police wrote on X.\n\n"
            "The victim, Margaret Oduya, spoke to BBC Radio Leeds about the call. “He knew my "
            "account number and my late husband’s name. Why would I doubt him?” the 71-year-old "
            "said. On the same programme, she said she had felt “stupid for about a week, and "
            "then angry.”\n\n"
            "Her bank, Pemberton & Shaw, said in a statement that it had refunded her in full. "
            "“Mrs. Oduya did nothing wrong,” the statement said.\n\n"
            "Her grandson, Daniel Oduya, posted a video about the case on TikTok. “Call your "
            "grandparents tonight and tell them about this,” he said in the video, which has "
            "been viewed 800,000 times."
        ),
        "quotes": [
            (
                (
                    "Your bank will never ask you to move money to a ‘safe account.’ Hang up and call "
                    "the number on your card,"
                ),
                None,
                False,
                "P1",
            ),
            (
                "He knew my account number and my late husband’s name. Why would I doubt him?",
                "Margaret Oduya",
                False,
                "P2",
            ),
            ("stupid for about a week, and then angry.", "Margaret Oduya", True, "P2"),
            ("Mrs. Oduya did nothing wrong,", None, False, "P3"),
            (
                "Call your grandparents tonight and tell them about this,",
                "Daniel Oduya",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Margaret Oduya", "BBC Radio Leeds"),
            ("P3", None, None),
            ("P4", "Daniel Oduya", "TikTok"),
        ],
        "people": ["Margaret Oduya", "Daniel Oduya"],
    },
    {
        "name": "open-letter-ai-safety-x-thread-reply-to-reply-linkedin",
        "text": (
            "More than 300 researchers signed an open letter on Monday urging the chatbot maker "
            "Quillon AI to publish the safety tests behind its newest model. “Claims of safety "
            "that cannot be checked are marketing,” the letter said.\n\n"
            "Quillon’s founder, Arjun Mehta-Collins, responded in a thread on X. “We will "
            "publish the evaluations in full within 30 days. We should have done it at launch,” "
            "he wrote.\n\n"
            "One of the letter’s organizers, Dr. Yasmin El-Amrani of the University of Toronto, "
            "replied to his thread: “Thirty days is fine. Please include the failures.” "
            "Mehta-Collins answered her reply within minutes. “Especially the failures,” he "
            "wrote.\n\n"
            "In a LinkedIn post on Tuesday, the company’s head of policy, Søren Vestergaard, "
            "said the pledge applied to “all future models, not just this one.” He did not say "
            "whether outside auditors would see the results first."
        ),
        "quotes": [
            ("Claims of safety that cannot be checked are marketing,", None, False, "P1"),
            (
                (
                    "We will publish the evaluations in full within 30 days. We should have done it at "
                    "launch,"
                ),
                "Arjun Mehta-Collins",
                False,
                "P2",
            ),
            ("Thirty days is fine. Please include the failures.", "Yasmin El-Amrani", False, "P2"),
            ("Especially the failures,", "Arjun Mehta-Collins", False, "P2"),
            ("all future models, not just this one.", "Søren Vestergaard", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Arjun Mehta-Collins", "X"),
            ("P3", "Søren Vestergaard", "LinkedIn"),
        ],
        "people": ["Arjun Mehta-Collins", "Yasmin El-Amrani", "Søren Vestergaard"],
    },
    {
        "name": "school-board-book-removal-bluesky-npr-reddit",
        "text": (
            "A school board in Pell City voted 4-3 on Tuesday to remove the novel “Sundays at "
            "the Lighthouse” from its middle school libraries. The book’s author, Lucía "
            "Ferrández-Ortiz, responded on Bluesky. “I wrote it for the kid I was at 13. That "
            "kid would have needed it,” she posted.\n\n"
            "The board’s chair, Wendell Pruitt, said at the meeting that the book was “not "
            "written for 11-year-olds.”\n\n"
            "The publisher, Gideon Marsh Books, said in a statement that it would send 500 free "
            "copies to the town’s public library. “Readers should decide what they are ready "
            "for,” the statement said.\n\n"
            "Ferrández-Ortiz later told NPR’s Morning Edition that she did not blame the board "
            "members. “They’re scared of the wrong thing,” she said. A Pell City student, 14, "
            "wrote in a Reddit post that she had read the book “twice, in one weekend.”"
        ),
        "quotes": [
            (
                "I wrote it for the kid I was at 13. That kid would have needed it,",
                "Lucía Ferrández-Ortiz",
                False,
                "P1",
            ),
            ("not written for 11-year-olds.", "Wendell Pruitt", True, None),
            ("Readers should decide what they are ready for,", None, False, "P2"),
            ("They’re scared of the wrong thing,", "Lucía Ferrández-Ortiz", False, "P3"),
            ("twice, in one weekend.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Lucía Ferrández-Ortiz", "Bluesky"),
            ("P2", None, None),
            ("P3", "Lucía Ferrández-Ortiz", "Morning Edition"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Lucía Ferrández-Ortiz", "Wendell Pruitt"],
    },
    {
        "name": "cyclist-doping-release-youtube-team-mother-podcast",
        "text": (
            "The cyclist Lars-Erik Holmqvist was provisionally suspended on Thursday after a "
            "sample taken at the Tour of Flanders tested positive for a banned diuretic, the "
            "International Testing Agency said in a news release. “The rider has the right to "
            "request analysis of the B sample,” the release said.\n\n"
            "Holmqvist, 29, denied wrongdoing in a YouTube video posted that night. “I have "
            "never taken anything. I will prove it, and then I will race again,” he said, "
            "reading from a sheet of paper.\n\n"
            "His team, Moreau Durand, said in a statement that it had suspended his contract. "
            "“We apply the same rules to every rider, whatever his results,” the team said.\n\n"
            "His mother, Ingeborg Holmqvist, wrote on Facebook that her son was “the most "
            "careful person I know.” The former rider Danny “The Hammer” Kowalczyk said on his "
            "podcast, The Breakaway, that the case “smells like a contaminated supplement, not a "
            "plan.”"
        ),
        "quotes": [
            ("The rider has the right to request analysis of the B sample,", None, False, "P1"),
            (
                "I have never taken anything. I will prove it, and then I will race again,",
                "Lars-Erik Holmqvist",
                False,
                "P2",
            ),
            ("We apply the same rules to every rider, whatever his results,", None, False, "P3"),
            ("the most careful person I know.", "Ingeborg Holmqvist", True, "P4"),
            ("smells like a contaminated supplement, not a plan.", "Danny Kowalczyk", True, "P5"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lars-Erik Holmqvist", "YouTube"),
            ("P3", None, None),
            ("P4", "Ingeborg Holmqvist", "Facebook"),
            ("P5", "Danny Kowalczyk", "The Breakaway"),
        ],
        "people": ["Lars-Erik Holmqvist", "Ingeborg Holmqvist", "Danny Kowalczyk"],
    },
]
