"""The seventy-fourth self-made dev set, held out (CB): its first run is an unseen estimate.

Written with set CC, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- A post that is deleted and then reposted with changed words gives two posts
  (the deleted one and the repost), each by the same author on the same
  platform; a quote-post on X is a new post by the quoter.
- A statement issued by a politician's office (with no named spokesperson)
  has author None and no platform.
- A criminal complaint, a leaked departmental memo and a regulator's letter are
  posts with author None and no platform; a judge's written opinion is the
  judge's post, and words "the opinion said" speak as the judge.
- A memo to staff "obtained by" a named outlet is the executive's post with no
  platform: the outlet that obtained or "saw" a document is not its platform.
- A fan's TikTok clip of a performance is that fan's TikTok post; a video "of
  his own" that follows is a new post. A TikTok video filmed by an unnamed child
  has author None and the child's words speak as None.
- An Instagram story added after an Instagram post is a new Instagram post; a
  star's comment under her own later Instagram post belongs to that later post.
- A company's blog post on Medium and a union's or fire department's post on X
  or Facebook have author None and that platform.
- A comment left under a YouTube video belongs to the video's post.
- A sports federation's press release that quotes its named president has
  author None; the quote's speaker is the president.
- A study "published in the journal" X, quoted as "the study's authors wrote",
  is a post with author None and the journal as platform.
- A senator's own named podcast takes the podcast's name as platform; a clip of
  it shared on X "with the comment" is a new X post.
- Radio shows take the show's name: the BBC's Today is Today, WRDL's Morning
  Drive is Morning Drive, the ABC's 7.30 is 7.30.
- A quote that opens the paragraph right after "Interviewed on the ABC's 7.30
  ... said ..." belongs to that interview.
- An unnamed Reddit user's thread or post has author None; an unnamed reply
  under it belongs to it.
- A neighbour who gives only a first name (Denise) is a named person; her name
  is the first name alone and her words are not a post.
- A nickname in marks inside a name (Mateus “Foguete” Albuquerque) is not a
  quote and is not part of the canonical name.
- A film or song title in marks (“The Quiet Harbour”, “Paper Lanterns”) is not a
  quote; a scare quote in single marks inside a quote (‘in line’) is part of
  the quote's text.
- A one-word fragment quoted in narration (“hysterical.”) is a partial quote.
- Organisations with names that look like people's (Sterling Hale Properties,
  the Kowalczyk Family Bakery) are not people; the bakery's owner is.
- A host named in the text who is not quoted (Mireille Dufresne) is still
  listed in people; a name addressed inside a quote ("Anjali") is not a new
  mention.
- Particles and Irish names are kept as written (Bram de Vries, Siobhan Ní
  Bhriain); hyphenated surnames are part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CB: list[dict] = [
    {
        "name": "senator-x-deleted-reposted-quote-post-wapo",
        "text": (
            "Senator Margarethe Olsson-Byrne, a Democrat from Minnesota, posted on X on Wednesday that she would vote against the transit funding bill. “This bill spends billions and fixes nothing,” she wrote. Within an hour she deleted the post and reposted it with one change: “This bill spends billions and fixes almost nothing.”\n\n"
            "Representative Caleb Osei-Mensah quote-posted the new version. “Almost is doing a lot of work there, Senator,” he wrote.\n\n"
            "Olsson-Byrne told The Washington Post that the edit was about accuracy, not politics. “I owe people precision,” she said. “If one line of the bill works, I should say so.”\n\n"
            "Her office later issued a statement listing the provisions she supports in the bill, including new bus lanes in Duluth, but it did not say whether she would offer amendments before the final vote next week."
        ),
        "quotes": [
            (
                "This bill spends billions and fixes nothing,",
                "Margarethe Olsson-Byrne",
                False,
                "P1",
            ),
            (
                "This bill spends billions and fixes almost nothing.",
                "Margarethe Olsson-Byrne",
                False,
                "P2",
            ),
            ("Almost is doing a lot of work there, Senator,", "Caleb Osei-Mensah", False, "P3"),
            ("I owe people precision,", "Margarethe Olsson-Byrne", False, "P4"),
            (
                "If one line of the bill works, I should say so.",
                "Margarethe Olsson-Byrne",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Margarethe Olsson-Byrne", "X"),
            ("P2", "Margarethe Olsson-Byrne", "X"),
            ("P3", "Caleb Osei-Mensah", "X"),
            ("P4", "Margarethe Olsson-Byrne", "The Washington Post"),
            ("P5", None, None),
        ],
        "people": ["Margarethe Olsson-Byrne", "Caleb Osei-Mensah"],
    },
    {
        "name": "sheriff-facebook-complaint-family-attorney-linkedin",
        "text": (
            "The Harlow County Sheriff’s Office said on its Facebook page on Saturday that a 19-year-old man had been arrested in connection with a string of catalytic converter thefts in Brookvale. “Deputies recovered 14 converters and a battery-powered saw from a storage unit,” the post said.\n\n"
            "The suspect, Dmitri Valchenko, was charged with felony theft, according to a criminal complaint filed Monday. The complaint said he had “admitted to selling the parts to a scrap dealer in Ohio.”\n\n"
            "His family said in a statement that he had struggled since losing his job. “Dmitri is not a hardened criminal. He is a scared kid who made terrible choices,” the statement said.\n\n"
            "A neighbour who asked not to be named said the thefts had left residents uneasy. “Three cars on my street in one week,” she said.\n\n"
            "Valchenko’s attorney, Priya Raghunathan, posted on LinkedIn that her client “deserves the presumption of innocence like anyone else.”"
        ),
        "quotes": [
            (
                "Deputies recovered 14 converters and a battery-powered saw from a storage unit,",
                None,
                False,
                "P1",
            ),
            ("admitted to selling the parts to a scrap dealer in Ohio.", None, True, "P2"),
            (
                "Dmitri is not a hardened criminal. He is a scared kid who made terrible choices,",
                None,
                False,
                "P3",
            ),
            ("Three cars on my street in one week,", None, False, None),
            (
                "deserves the presumption of innocence like anyone else.",
                "Priya Raghunathan",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Priya Raghunathan", "LinkedIn"),
        ],
        "people": ["Dmitri Valchenko", "Priya Raghunathan"],
    },
    {
        "name": "singer-instagram-story-tiktok-clip-rolling-stone",
        "text": (
            "The singer Amara Delacroix-Hughes confirmed on her Instagram story on Thursday that her tour had been postponed. “My voice needs rest, and I need to listen to it this time,” she wrote over a photo of a hospital bracelet.\n\n"
            "The announcement came a week after she performed “Paper Lanterns” with a cracked voice in Atlanta, a clip that spread widely on TikTok. One fan who posted the clip, a user named Keanu Whitfield, later added a video of his own: “I was mean about that clip. Get well, Amara.”\n\n"
            "Her manager, Jonas Brekke, told Rolling Stone that the new dates would be announced in the spring. “Nobody is cancelling anything,” he said. “Every ticket will be honoured.”\n\n"
            "In the comments under a later Instagram post, a photo of her dog, Delacroix-Hughes answered a fan: “Thank you for waiting for me.”"
        ),
        "quotes": [
            (
                "My voice needs rest, and I need to listen to it this time,",
                "Amara Delacroix-Hughes",
                False,
                "P1",
            ),
            ("I was mean about that clip. Get well, Amara.", "Keanu Whitfield", False, "P3"),
            ("Nobody is cancelling anything,", "Jonas Brekke", False, "P4"),
            ("Every ticket will be honoured.", "Jonas Brekke", False, "P4"),
            ("Thank you for waiting for me.", "Amara Delacroix-Hughes", False, "P5"),
        ],
        "posts": [
            ("P1", "Amara Delacroix-Hughes", "Instagram"),
            ("P2", "Keanu Whitfield", "TikTok"),
            ("P3", "Keanu Whitfield", "TikTok"),
            ("P4", "Jonas Brekke", "Rolling Stone"),
            ("P5", "Amara Delacroix-Hughes", "Instagram"),
        ],
        "people": ["Amara Delacroix-Hughes", "Keanu Whitfield", "Jonas Brekke"],
    },
    {
        "name": "chip-startup-release-memo-substack-earnings-call",
        "text": (
            "Nexora, the San Jose chip startup, said in a press release on Tuesday that it would cut 230 jobs, about a fifth of its staff. The release quoted its chief executive, Haruto Fujimura, as saying the company was “refocusing on what customers actually buy.”\n\n"
            "In a memo to employees obtained by The Verge, Fujimura was blunter. “We hired for a market that did not arrive,” the memo said. “That mistake is mine.”\n\n"
            "A former engineer, Leticia Avendaño, wrote on Substack that the cuts had been expected for months. “Everyone knew when the Atlas project was shelved,” she wrote. “The only surprise is that it took this long.”\n\n"
            "On an earnings call on Wednesday, Fujimura told analysts that the company had “enough cash for three years” and would keep its design centre in Osaka open. Shares fell 6 percent in after-hours trading."
        ),
        "quotes": [
            ("refocusing on what customers actually buy.", "Haruto Fujimura", True, "P1"),
            ("We hired for a market that did not arrive,", "Haruto Fujimura", False, "P2"),
            ("That mistake is mine.", "Haruto Fujimura", False, "P2"),
            ("Everyone knew when the Atlas project was shelved,", "Leticia Avendaño", False, "P3"),
            ("The only surprise is that it took this long.", "Leticia Avendaño", False, "P3"),
            ("enough cash for three years", "Haruto Fujimura", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Haruto Fujimura", None),
            ("P3", "Leticia Avendaño", "Substack"),
        ],
        "people": ["Haruto Fujimura", "Leticia Avendaño"],
    },
    {
        "name": "striker-retires-instagram-caption-club-statement-podcast",
        "text": (
            "Kofi Asante-Darko, the 38-year-old striker, announced his retirement in an Instagram post on Sunday, sharing a photo of his first boots with the caption “Twenty years. Not one regret.”\n\n"
            "His club, Redfield Athletic, said in a statement that his No. 9 shirt would be retired, and it will hold a tribute before Saturday’s home match. “Kofi gave this club its best decade,” the statement said.\n\n"
            "The club’s captain, Søren Mikkelsen, commented under the post: “You made every one of us better, old man.”\n\n"
            "Speaking on the podcast The Far Post, the striker said he had considered quitting last season. “My knees were telling me one thing and my head another,” he said. “This summer the head finally listened.”\n\n"
            "His former coach, Inês Carvalho, told reporters after training on Monday that Asante-Darko was “the most professional player I ever managed.”"
        ),
        "quotes": [
            ("Twenty years. Not one regret.", "Kofi Asante-Darko", False, "P1"),
            ("Kofi gave this club its best decade,", None, False, "P2"),
            ("You made every one of us better, old man.", "Søren Mikkelsen", False, "P1"),
            (
                "My knees were telling me one thing and my head another,",
                "Kofi Asante-Darko",
                False,
                "P3",
            ),
            ("This summer the head finally listened.", "Kofi Asante-Darko", False, "P3"),
            ("the most professional player I ever managed.", "Inês Carvalho", True, None),
        ],
        "posts": [
            ("P1", "Kofi Asante-Darko", "Instagram"),
            ("P2", None, None),
            ("P3", "Kofi Asante-Darko", "The Far Post"),
        ],
        "people": ["Kofi Asante-Darko", "Søren Mikkelsen", "Inês Carvalho"],
    },
    {
        "name": "library-apartments-facebook-group-reddit-town-hall",
        "text": (
            "A plan to turn the old Millbrook library into apartments drew more than 400 comments in the Millbrook Neighbours Facebook group this week. The group’s moderator, Gwendolyn Achterberg, posted the council’s drawings on Monday. “Please keep it civil. These are our neighbours too,” she wrote.\n\n"
            "One member, Rashid Al-Mansouri, replied beneath her post that the building was “the last public room in this town.”\n\n"
            'A thread on Reddit started by an anonymous user asked whether the apartments would be affordable. "Affordable for whom? Nobody says," the post read. A reply underneath said, "Check page 40 of the plan. Twenty units, income-capped."\n\n'
            "Councillor Beatriz Nakashima said at a town hall on Thursday that the library’s collection would move to the new wing of the high school. “No book is going in a skip,” she said. The council will vote on the plan in January."
        ),
        "quotes": [
            (
                "Please keep it civil. These are our neighbours too,",
                "Gwendolyn Achterberg",
                False,
                "P1",
            ),
            ("the last public room in this town.", "Rashid Al-Mansouri", True, "P1"),
            ("Affordable for whom? Nobody says,", None, False, "P2"),
            ("Check page 40 of the plan. Twenty units, income-capped.", None, False, "P2"),
            ("No book is going in a skip,", "Beatriz Nakashima", False, None),
        ],
        "posts": [
            ("P1", "Gwendolyn Achterberg", "Facebook"),
            ("P2", None, "Reddit"),
        ],
        "people": ["Gwendolyn Achterberg", "Rashid Al-Mansouri", "Beatriz Nakashima"],
    },
    {
        "name": "governor-oped-youtube-challenger-meet-the-press-x-reply",
        "text": (
            "Governor Tobias Wainwright-Ede of Nevada made his case for a state water authority in an op-ed in the Las Vegas Review-Journal on Friday. “The river does not stop at the state line, and neither should our planning,” he wrote.\n\n"
            "His Republican challenger, Lorena Quispe, answered in a YouTube video filmed on the cracked shoreline of Lake Mead. “He wants a new bureaucracy. I want new pipes,” she said. “Only one of those carries water.”\n\n"
            "Appearing on Meet the Press on Sunday, Wainwright-Ede called the video “good theatre and bad engineering.”\n\n"
            "The Nevada Farm Bureau posted on X that it had not been consulted. “Farmers read about this plan in the paper like everyone else,” the post said. The governor’s spokesman, Arjun Mehta-Lowe, replied: “The bureau has had a seat at every hearing since May.”"
        ),
        "quotes": [
            (
                "The river does not stop at the state line, and neither should our planning,",
                "Tobias Wainwright-Ede",
                False,
                "P1",
            ),
            ("He wants a new bureaucracy. I want new pipes,", "Lorena Quispe", False, "P2"),
            ("Only one of those carries water.", "Lorena Quispe", False, "P2"),
            ("good theatre and bad engineering.", "Tobias Wainwright-Ede", True, "P3"),
            ("Farmers read about this plan in the paper like everyone else,", None, False, "P4"),
            (
                "The bureau has had a seat at every hearing since May.",
                "Arjun Mehta-Lowe",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Tobias Wainwright-Ede", "Las Vegas Review-Journal"),
            ("P2", "Lorena Quispe", "YouTube"),
            ("P3", "Tobias Wainwright-Ede", "Meet the Press"),
            ("P4", None, "X"),
        ],
        "people": ["Tobias Wainwright-Ede", "Lorena Quispe", "Arjun Mehta-Lowe"],
    },
    {
        "name": "crypto-bail-opinion-lawyer-x-investor-medium",
        "text": (
            "A federal judge in Brooklyn on Tuesday denied bail to Viktor Hallström, the crypto promoter accused of defrauding investors of $62 million. In a 14-page opinion, Judge Adaeze Okonkwo wrote that Hallström had “every means and every motive to leave the country.”\n\n"
            "“The defendant has three passports and a yacht,” the opinion said. “The court is not persuaded by his promise to stay.”\n\n"
            "His lawyer, Marcus Feldstein-Rao, said on X that he would appeal. “This is punishment before trial, plain and simple,” he posted.\n\n"
            "One investor, Yuki Tanabe-Morris, wrote an essay on Medium last month describing how she lost her retirement savings. She wrote that she had trusted “a man with a nice smile and a fake audit.”\n\n"
            "At a hearing in March, Hallström had told the court, “I have nothing to hide.”"
        ),
        "quotes": [
            ("every means and every motive to leave the country.", "Adaeze Okonkwo", True, "P1"),
            ("The defendant has three passports and a yacht,", "Adaeze Okonkwo", False, "P1"),
            ("The court is not persuaded by his promise to stay.", "Adaeze Okonkwo", False, "P1"),
            (
                "This is punishment before trial, plain and simple,",
                "Marcus Feldstein-Rao",
                False,
                "P2",
            ),
            ("a man with a nice smile and a fake audit.", "Yuki Tanabe-Morris", True, "P3"),
            ("I have nothing to hide.", "Viktor Hallström", False, None),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo", None),
            ("P2", "Marcus Feldstein-Rao", "X"),
            ("P3", "Yuki Tanabe-Morris", "Medium"),
        ],
        "people": [
            "Viktor Hallström",
            "Adaeze Okonkwo",
            "Marcus Feldstein-Rao",
            "Yuki Tanabe-Morris",
        ],
    },
    {
        "name": "actors-separate-statement-threads-repost-radio-show",
        "text": (
            "The actors Nadia Forsythe and Emeka Obi-Lawson have separated after six years of marriage, their representatives said in a joint statement on Monday. “They remain close friends and devoted parents,” the statement said.\n\n"
            "Forsythe, who stars in the upcoming thriller “The Quiet Harbour,” later posted on Threads. “Please be gentle with our kids. They did not sign up for any of this,” she wrote.\n\n"
            "Obi-Lawson reposted her message with three words of his own: “What she said.”\n\n"
            "The director Valentina Rossetti, a longtime friend of the couple, told the radio show The Green Room Hour in an interview recorded before the news broke that the pair were “the calmest couple in Hollywood.” The host, Mireille Dufresne, had asked about their work on the film. “I have never once seen them raise their voices on a set,” Rossetti said."
        ),
        "quotes": [
            ("They remain close friends and devoted parents,", None, False, "P1"),
            (
                "Please be gentle with our kids. They did not sign up for any of this,",
                "Nadia Forsythe",
                False,
                "P2",
            ),
            ("What she said.", "Emeka Obi-Lawson", False, "P3"),
            ("the calmest couple in Hollywood.", "Valentina Rossetti", True, "P4"),
            (
                "I have never once seen them raise their voices on a set,",
                "Valentina Rossetti",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nadia Forsythe", "Threads"),
            ("P3", "Emeka Obi-Lawson", "Threads"),
            ("P4", "Valentina Rossetti", "The Green Room Hour"),
        ],
        "people": ["Nadia Forsythe", "Emeka Obi-Lawson", "Valentina Rossetti", "Mireille Dufresne"],
    },
    {
        "name": "photo-app-leak-bluesky-medium-regulator-letter",
        "text": (
            "A security researcher, Oluwaseun Adebayo-Kim, said on Bluesky on Wednesday that the photo-editing app Glimmr had left 3 million users’ images on an unprotected server. “No password, no encryption, nothing. Anyone with the address could browse it,” he posted.\n\n"
            "Glimmr acknowledged the problem in a blog post on Medium hours later. “We closed access within 40 minutes of being notified,” the company wrote, adding that it had “no evidence of misuse.”\n\n"
            "In a second Bluesky post, Adebayo-Kim responded: “Forty minutes after I told you. The server was open for eleven months.”\n\n"
            "Ireland’s Data Protection Commission sent Glimmr a letter on Friday demanding a full account of the breach by the end of the month. The letter, seen by The Irish Times, said the commission was “gravely concerned” about the app’s handling of images of children."
        ),
        "quotes": [
            (
                "No password, no encryption, nothing. Anyone with the address could browse it,",
                "Oluwaseun Adebayo-Kim",
                False,
                "P1",
            ),
            ("We closed access within 40 minutes of being notified,", None, False, "P2"),
            ("no evidence of misuse.", None, True, "P2"),
            (
                "Forty minutes after I told you. The server was open for eleven months.",
                "Oluwaseun Adebayo-Kim",
                False,
                "P3",
            ),
            ("gravely concerned", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Kim", "Bluesky"),
            ("P2", None, "Medium"),
            ("P3", "Oluwaseun Adebayo-Kim", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Oluwaseun Adebayo-Kim"],
    },
    {
        "name": "tennis-withdrawal-youtube-federation-release-lequipe",
        "text": (
            "The tennis player Zofia Wiśniewska-Tran withdrew from the Madrid Open on Tuesday, citing a wrist injury. In a video on her YouTube channel, she said the decision had been “the hardest call of my career.” “I could play through it, but I might not play again for a year,” she added.\n\n"
            "The Polish Tennis Federation said in a press release that she would miss at least six weeks. The release quoted its president, Wojciech Nowak, as saying, “Zofia’s health comes before any ranking.”\n\n"
            "Her doubles partner, Chiara Bellandi, told L’Équipe that the pair had planned to play at Roland Garros together. “We will still play Wimbledon. She promised me,” Bellandi said.\n\n"
            "Under the video, the former world No. 1 Hana Kobayashi left a comment: “Rest properly this time. I did not, and I regret it.”"
        ),
        "quotes": [
            ("the hardest call of my career.", "Zofia Wiśniewska-Tran", True, "P1"),
            (
                "I could play through it, but I might not play again for a year,",
                "Zofia Wiśniewska-Tran",
                False,
                "P1",
            ),
            ("Zofia’s health comes before any ranking.", "Wojciech Nowak", False, "P2"),
            ("We will still play Wimbledon. She promised me,", "Chiara Bellandi", False, "P3"),
            ("Rest properly this time. I did not, and I regret it.", "Hana Kobayashi", False, "P1"),
        ],
        "posts": [
            ("P1", "Zofia Wiśniewska-Tran", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Chiara Bellandi", "L’Équipe"),
        ],
        "people": ["Zofia Wiśniewska-Tran", "Wojciech Nowak", "Chiara Bellandi", "Hana Kobayashi"],
    },
    {
        "name": "school-closure-letter-union-facebook-tiktok-courier",
        "text": (
            "The Eastfield school board voted 5 to 2 on Monday night to close Harmon Elementary at the end of the year. In a letter to families sent the next morning, Superintendent Delphine Mbeki-Rourke wrote that the decision was “about enrollment, not about the quality of Harmon’s teachers.”\n\n"
            "The Eastfield Education Association, the teachers’ union, posted on Facebook that it was “heartbroken and angry.” “Our members found out from a news alert,” the post said.\n\n"
            "A TikTok video filmed by a fifth-grader outside the school has been viewed 1.2 million times. “Where are we supposed to go?” the girl asks in the clip.\n\n"
            "Board member Harold Jensen, who voted no, said in an interview with the Eastfield Courier that the board had rushed the decision. “We had the numbers for two weeks. Two weeks,” he said. “Families deserved two months.”"
        ),
        "quotes": [
            (
                "about enrollment, not about the quality of Harmon’s teachers.",
                "Delphine Mbeki-Rourke",
                True,
                "P1",
            ),
            ("heartbroken and angry.", None, True, "P2"),
            ("Our members found out from a news alert,", None, False, "P2"),
            ("Where are we supposed to go?", None, False, "P3"),
            ("We had the numbers for two weeks. Two weeks,", "Harold Jensen", False, "P4"),
            ("Families deserved two months.", "Harold Jensen", False, "P4"),
        ],
        "posts": [
            ("P1", "Delphine Mbeki-Rourke", None),
            ("P2", None, "Facebook"),
            ("P3", None, "TikTok"),
            ("P4", "Harold Jensen", "Eastfield Courier"),
        ],
        "people": ["Delphine Mbeki-Rourke", "Harold Jensen"],
    },
    {
        "name": "shutdown-briefing-senator-podcast-union-x-speech",
        "text": (
            "The White House press secretary, Renata Villaseñor, told reporters on Thursday that the president would not sign a stopgap bill that cut food aid. Funding for most federal agencies runs out at midnight on Tuesday. “That is not a negotiation. That is a hostage note,” she said.\n\n"
            "Senator Douglas Fairweather of Kansas, appearing on his own podcast, The Prairie Ledger, called that description “hysterical.” “Nobody is cutting anything. We are slowing growth,” he said.\n\n"
            "The American Federation of Government Employees posted on X that 40,000 of its members would miss a paycheck. “Our members do not get to skip a week of rent,” the union wrote.\n\n"
            "Fairweather later shared a clip of the episode on X with the comment: “Listen for yourself.” In a speech in Topeka on Saturday, he said he was “open to talking, not to caving.”"
        ),
        "quotes": [
            (
                "That is not a negotiation. That is a hostage note,",
                "Renata Villaseñor",
                False,
                None,
            ),
            ("hysterical.", "Douglas Fairweather", True, "P1"),
            (
                "Nobody is cutting anything. We are slowing growth,",
                "Douglas Fairweather",
                False,
                "P1",
            ),
            ("Our members do not get to skip a week of rent,", None, False, "P2"),
            ("Listen for yourself.", "Douglas Fairweather", False, "P3"),
            ("open to talking, not to caving.", "Douglas Fairweather", True, None),
        ],
        "posts": [
            ("P1", "Douglas Fairweather", "The Prairie Ledger"),
            ("P2", None, "X"),
            ("P3", "Douglas Fairweather", "X"),
        ],
        "people": ["Renata Villaseñor", "Douglas Fairweather"],
    },
    {
        "name": "missing-hiker-rescue-facebook-mother-instagram-story",
        "text": (
            "A 27-year-old hiker missing for four days in the Cascades was found alive on Friday, the Skamish County Search and Rescue team said on its Facebook page. “Cold, hungry and very lucky,” the team wrote of Elif Demirci-Shaw, who had been hiking alone near Copper Ridge.\n\n"
            "Her mother, Ayla Demirci, had posted a plea on Instagram on Wednesday with a photo of her daughter. “She knows these mountains, but mountains do not care,” she wrote. After the news, she added an Instagram story: “She is safe. Thank you, thank you, thank you.”\n\n"
            "At a news conference, Sheriff Bram de Vries said that Demirci-Shaw had sheltered under a rock overhang and rationed two granola bars. “She did everything right after one thing went wrong,” he said.\n\n"
            "Demirci-Shaw posted from her hospital bed on Saturday. “Sorry for the scare,” she wrote on Instagram."
        ),
        "quotes": [
            ("Cold, hungry and very lucky,", None, False, "P1"),
            ("She knows these mountains, but mountains do not care,", "Ayla Demirci", False, "P2"),
            ("She is safe. Thank you, thank you, thank you.", "Ayla Demirci", False, "P3"),
            ("She did everything right after one thing went wrong,", "Bram de Vries", False, None),
            ("Sorry for the scare,", "Elif Demirci-Shaw", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Ayla Demirci", "Instagram"),
            ("P3", "Ayla Demirci", "Instagram"),
            ("P4", "Elif Demirci-Shaw", "Instagram"),
        ],
        "people": ["Elif Demirci-Shaw", "Ayla Demirci", "Bram de Vries"],
    },
    {
        "name": "chef-closure-instagram-landlord-statement-threads-eater",
        "text": (
            "The chef Ikenna Obafemi-Ross announced on Instagram on Monday that his Brooklyn restaurant, Ember & Salt, would close after a final service on New Year’s Eve. “Eight years, two stars, one landlord,” he wrote beneath a photo of the dining room.\n\n"
            "The critic Pauline Marchetti, an early champion of the restaurant, commented: “A real loss. The lamb neck alone deserved a monument.”\n\n"
            "The building’s owner, Sterling Hale Properties, said in a statement that it had offered a five-year lease. “The terms were fair and in line with the neighbourhood,” the company said.\n\n"
            "Obafemi-Ross disputed that on Threads. “A 60 percent increase is not ‘in line’ with anything,” he wrote. He told Eater that he hoped to reopen in Queens next year with a smaller menu. “Smaller room, same fire,” he said."
        ),
        "quotes": [
            ("Eight years, two stars, one landlord,", "Ikenna Obafemi-Ross", False, "P1"),
            (
                "A real loss. The lamb neck alone deserved a monument.",
                "Pauline Marchetti",
                False,
                "P1",
            ),
            ("The terms were fair and in line with the neighbourhood,", None, False, "P2"),
            (
                "A 60 percent increase is not ‘in line’ with anything,",
                "Ikenna Obafemi-Ross",
                False,
                "P3",
            ),
            ("Smaller room, same fire,", "Ikenna Obafemi-Ross", False, "P4"),
        ],
        "posts": [
            ("P1", "Ikenna Obafemi-Ross", "Instagram"),
            ("P2", None, None),
            ("P3", "Ikenna Obafemi-Ross", "Threads"),
            ("P4", "Ikenna Obafemi-Ross", "Eater"),
        ],
        "people": ["Ikenna Obafemi-Ross", "Pauline Marchetti"],
    },
    {
        "name": "phone-free-study-journal-radio-linkedin-comment",
        "text": (
            "A study published Tuesday in the journal Nature Human Behaviour found that teenagers in phone-free school programmes slept 40 minutes more a night. The researchers followed 2,100 pupils at 38 schools for a full year. “The effect was larger than we expected in every age group,” the study’s authors wrote.\n\n"
            "The lead author, Dr. Siobhan Ní Bhriain, went further on the BBC radio programme Today. “Schools do not need an app to fix an app problem,” she said.\n\n"
            "Rajesh Venkataraman, chief executive of the parental-control company SafeNest, disputed the findings in a LinkedIn post. “Bans treat the symptom. Teaching self-control treats the cause,” he wrote. A teacher, Maureen Callaghan, commented underneath that he “sells the symptom.”\n\n"
            "Ní Bhriain responded on X on Wednesday: “Happy to share our data with anyone, including SafeNest.”"
        ),
        "quotes": [
            ("The effect was larger than we expected in every age group,", None, False, "P1"),
            (
                "Schools do not need an app to fix an app problem,",
                "Siobhan Ní Bhriain",
                False,
                "P2",
            ),
            (
                "Bans treat the symptom. Teaching self-control treats the cause,",
                "Rajesh Venkataraman",
                False,
                "P3",
            ),
            ("sells the symptom.", "Maureen Callaghan", True, "P3"),
            (
                "Happy to share our data with anyone, including SafeNest.",
                "Siobhan Ní Bhriain",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Nature Human Behaviour"),
            ("P2", "Siobhan Ní Bhriain", "Today"),
            ("P3", "Rajesh Venkataraman", "LinkedIn"),
            ("P4", "Siobhan Ní Bhriain", "X"),
        ],
        "people": ["Siobhan Ní Bhriain", "Rajesh Venkataraman", "Maureen Callaghan"],
    },
    {
        "name": "winger-transfer-club-statement-agent-deleted-tiktok",
        "text": (
            "Mateus “Foguete” Albuquerque, the Benfica winger, will join Aston Villa for a reported €48 million. The 24-year-old scored 19 goals in all competitions last season. Aston Villa said in a statement on Wednesday that he was “a player who changes games in ten seconds.”\n\n"
            "His agent, Giorgos Papadakis, had posted on X on Monday that the deal was “done, signed, sealed.” He deleted the post within minutes, and both clubs declined to comment at the time.\n\n"
            "Albuquerque said goodbye to Benfica supporters in a TikTok video. “Lisbon made me a man. I will always be one of you,” he said in Portuguese, according to a translation. The video had three million views by Thursday.\n\n"
            "Benfica’s president, Henrique Salgado-Teles, told the newspaper A Bola that the club had “no choice but to accept.” “Nobody in Europe can refuse that money,” he said."
        ),
        "quotes": [
            ("a player who changes games in ten seconds.", None, True, "P1"),
            ("done, signed, sealed.", "Giorgos Papadakis", True, "P2"),
            (
                "Lisbon made me a man. I will always be one of you,",
                "Mateus Albuquerque",
                False,
                "P3",
            ),
            ("no choice but to accept.", "Henrique Salgado-Teles", True, "P4"),
            ("Nobody in Europe can refuse that money,", "Henrique Salgado-Teles", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Giorgos Papadakis", "X"),
            ("P3", "Mateus Albuquerque", "TikTok"),
            ("P4", "Henrique Salgado-Teles", "A Bola"),
        ],
        "people": ["Mateus Albuquerque", "Giorgos Papadakis", "Henrique Salgado-Teles"],
    },
    {
        "name": "bakery-fire-department-x-facebook-page-radio-show",
        "text": (
            'A fire gutted the Kowalczyk Family Bakery on Elm Street in Rochdale early Sunday. The Rochdale Fire Department said on X that no one was injured. "Crews found heavy smoke on arrival and had it under control in 50 minutes," the department posted.\n\n'
            'The owner, Halina Kowalczyk, wrote on the bakery’s Facebook page that the ovens her grandfather installed in 1961 were lost. "We will bake again. I do not know where yet, but we will," she wrote.\n\n'
            'A neighbour, who gave only her first name, Denise, said she woke to the smell. "I thought somebody burnt toast. Then I saw the flames," she said.\n\n'
            'Speaking on WRDL’s Morning Drive on Monday, Councilman Ty Okafor said the city would help the family find a temporary kitchen. "That bakery is Elm Street," he said. "We are not letting it leave."'
        ),
        "quotes": [
            (
                "Crews found heavy smoke on arrival and had it under control in 50 minutes,",
                None,
                False,
                "P1",
            ),
            (
                "We will bake again. I do not know where yet, but we will,",
                "Halina Kowalczyk",
                False,
                "P2",
            ),
            ("I thought somebody burnt toast. Then I saw the flames,", "Denise", False, None),
            ("That bakery is Elm Street,", "Ty Okafor", False, "P3"),
            ("We are not letting it leave.", "Ty Okafor", False, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Halina Kowalczyk", "Facebook"),
            ("P3", "Ty Okafor", "Morning Drive"),
        ],
        "people": ["Halina Kowalczyk", "Denise", "Ty Okafor"],
    },
    {
        "name": "minister-resigns-memo-letter-bluesky-abc-interview",
        "text": (
            "Australia’s immigration minister, Priya Santhanam-Wells, resigned on Thursday after a leaked memo showed her department had ignored warnings about visa processing delays. Fewer than half of skilled-worker applications were processed on time last year. The memo, dated February 12, said the backlog had become “unmanageable without emergency staffing.”\n\n"
            "In her resignation letter, Santhanam-Wells wrote that she took “full responsibility” for the department’s failures. She will remain in parliament as a backbencher.\n\n"
            "The opposition leader, Callum Fitzgibbon, posted on Bluesky within minutes. “A resignation is not an answer. Who read this memo, and when?” he wrote.\n\n"
            "Interviewed on the ABC’s 7.30 that evening, the prime minister’s chief of staff, Marguerite Oyelaran, said the government had acted as soon as it knew.\n\n"
            "“The minister did the honourable thing. Now we fix the system,” she said. “That work started this morning.”"
        ),
        "quotes": [
            ("unmanageable without emergency staffing.", None, True, "P1"),
            ("full responsibility", "Priya Santhanam-Wells", True, "P2"),
            (
                "A resignation is not an answer. Who read this memo, and when?",
                "Callum Fitzgibbon",
                False,
                "P3",
            ),
            (
                "The minister did the honourable thing. Now we fix the system,",
                "Marguerite Oyelaran",
                False,
                "P4",
            ),
            ("That work started this morning.", "Marguerite Oyelaran", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Santhanam-Wells", None),
            ("P3", "Callum Fitzgibbon", "Bluesky"),
            ("P4", "Marguerite Oyelaran", "7.30"),
        ],
        "people": ["Priya Santhanam-Wells", "Callum Fitzgibbon", "Marguerite Oyelaran"],
    },
    {
        "name": "youtuber-feud-company-x-response-video-reddit-substack",
        "text": (
            "The YouTuber Declan Moriarty-Hsu, whose gadget reviews reach 9 million subscribers, accused the phone maker Veloce of sending him a faulty review unit on purpose. “They wanted a bad review they could call a hit piece,” he said in a video posted Saturday.\n\n"
            "Veloce denied it on X. “Every review unit is pulled from the same production line customers buy from,” the company posted.\n\n"
            "The rival reviewer Anjali Thorsen posted a response video on her own YouTube channel, calling Moriarty-Hsu’s theory “content, not journalism.” Moriarty-Hsu commented under her video: “Content pays your rent too, Anjali.”\n\n"
            "On the r/gadgets forum on Reddit, one user wrote that both reviewers had “lost the plot.” Thorsen later wrote on Substack that she regretted the tone of her video. “I was right about the facts and wrong about the sneer,” she wrote."
        ),
        "quotes": [
            (
                "They wanted a bad review they could call a hit piece,",
                "Declan Moriarty-Hsu",
                False,
                "P1",
            ),
            (
                "Every review unit is pulled from the same production line customers buy from,",
                None,
                False,
                "P2",
            ),
            ("content, not journalism.", "Anjali Thorsen", True, "P3"),
            ("Content pays your rent too, Anjali.", "Declan Moriarty-Hsu", False, "P3"),
            ("lost the plot.", None, True, "P4"),
            (
                "I was right about the facts and wrong about the sneer,",
                "Anjali Thorsen",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Declan Moriarty-Hsu", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Anjali Thorsen", "YouTube"),
            ("P4", None, "Reddit"),
            ("P5", "Anjali Thorsen", "Substack"),
        ],
        "people": ["Declan Moriarty-Hsu", "Anjali Thorsen"],
    },
]
