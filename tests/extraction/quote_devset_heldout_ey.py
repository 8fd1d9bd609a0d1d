"""The one-hundred-and-forty-ninth self-made dev set, held out (EY): its first run is an unseen estimate.

Written with set EX, without reading the extraction rules, and committed before
any rule was run on it. Topic area: culture, books, music, film, television and the media.

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
quotes; speakers are the fullest form of the name used in the text; partial marks
a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, even when
  that first report is a bare mention in the lede (a lawsuit "sued him", a
  lawsuit "allowed ... to proceed", "named in a report") and the post is quoted
  or described only later.
- A post reported without any quoted words (an agency's statement, a follow-up
  video, a lawsuit, a group's published report) is still listed in posts.
- A critic's review in a named newspaper is the critic's post with that newspaper
  as platform; a fragment of it given as "its critic's description" belongs to
  it, and the speaker is the critic, named only later.
- A letter to a named newspaper, published there, is the writer's post with that
  newspaper as platform; the critic's reply "printed beneath the letter" belongs
  to the letter, like a comment under a post.
- A nickname in marks inside a name (Lionel “Smoke” Abernathy-Cole, Dario
  “D-Vex” Santangelo) is not a quote and is not part of the canonical name.
- An acceptance speech at an awards ceremony ("told the audience") is a speech,
  not a post; a spokesman's "said" with no medium is not a post and speaks as None.
- Words a presenter speaks on his or her own named broadcast (Coastline
  Breakfast, the KRVN Evening Report) are a post by the presenter with the show
  as platform; a fragment of them in narration is partial and belongs to it.
- Outlets introduced with a descriptor take the name as written without it:
  "the BBC Radio 4 programme Front Row" is Front Row, "the magazine Vogue Korea"
  is Vogue Korea, "the music site Pitchfork Daily" is Pitchfork Daily, "the
  magazine Broadcast Quarterly" is Broadcast Quarterly, "an essay on Substack" is
  Substack, "the podcast The Writers’ Room Hour" is The Writers’ Room Hour.
- A handwritten letter posted on X is an X post; an unnamed fan's reply under it
  belongs to it and speaks as None.
- A Reddit AMA is its host's Reddit post; her answers in its thread and an
  unnamed user's comment in it belong to it.
- A YouTube video essay is the critic's YouTube post and the words he "says in
  the video" belong to it; a follow-up video is a second YouTube post; a
  studio's own post on X has author None and its words speak as None.
- A TikTok video's words reported as a fragment in the sentence that names the
  video ("a TikTok video in which he mocked readers who ...") are partial and
  belong to that video; a second video posted hours later is a new post.
- A person's own statement (a film director's, the chair of a prize's judges')
  is that person's post with no platform, unlike a company's statement.
- The argument "made in the company’s court filings" is a post with author None
  and its fragment speaks as None; the novelist's lawsuit is her own post.
- A term quoted after "what she called" is a partial quote of that speaker, not
  a scare quote; "a so-called “integrity review”" is a scare quote.
- A whole reply given "with a single word: “Noted.”" is not partial.
- A fragment in narration that contains first-person words ("called her
  “irreplaceable, and I don’t say that lightly.”") is still partial.
- An old remark reported with only a year ("In 2019 she described ...") is not
  linked to the interview reported earlier in the story.
- An editor's email to staff is the editor's post with no platform (as a chief
  executive's email to staff).
- A figure attributed "according to" a trade magazine is not a post; a first
  name inside a quoted fragment ("spoken with Callum") adds no person.
- A quote whose paragraph ends without a closing mark runs on into the next
  paragraph; each paragraph is one quote with the same speaker and post, and a
  running quote right after an interview is reported belongs to that interview.
- A group's published report (Clearwater Trust's) is a post with author None and
  no platform, like a hospital's internal report; its title in marks is not a
  quote, and "the report says" inside a quote is not a post.
- Korean names keep the order as written (Park Ji-hoon) and the bare surname
  (Park) refers to him.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EY: list[dict] = [
    {
        "name": "instagram-tour-cancelled-drummer-comment-rolling-stone",
        "text": (
            "The singer-songwriter Adaeze Okonkwo-Barr has cancelled the remaining 14 dates of "
            "her North American tour, citing exhaustion. “I have been running on empty since the "
            "spring, and my body finally sent the bill,” the 29-year-old wrote on Instagram on "
            "Sunday.\n\n"
            "Okonkwo-Barr, whose single “Paper Lanterns” spent six weeks at No. 1 last year, said "
            "ticket holders would be refunded automatically. Her drummer, Felix Marangoni, left a "
            "comment under the post: “Rest up. We’ll be here when you’re ready.”\n\n"
            "In an interview with Rolling Stone published on Wednesday, she said the decision had "
            "taken weeks. “I kept thinking one more show, one more show,” she said. “Then I "
            "couldn’t get out of bed in Denver.”\n\n"
            "Her label, Harrow Lane Records, said in a statement that it “fully supports” the "
            "singer and hopes to reschedule the dates next year."
        ),
        "quotes": [
            (
                "I have been running on empty since the spring, and my body finally sent the bill,",
                "Adaeze Okonkwo-Barr",
                False,
                "P1",
            ),
            ("Rest up. We’ll be here when you’re ready.", "Felix Marangoni", False, "P1"),
            ("I kept thinking one more show, one more show,", "Adaeze Okonkwo-Barr", False, "P2"),
            ("Then I couldn’t get out of bed in Denver.", "Adaeze Okonkwo-Barr", False, "P2"),
            ("fully supports", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Barr", "Instagram"),
            ("P2", "Adaeze Okonkwo-Barr", "Rolling Stone"),
            ("P3", None, None),
        ],
        "people": ["Adaeze Okonkwo-Barr", "Felix Marangoni"],
    },
    {
        "name": "festival-pulls-documentary-news-conference-open-letter-x",
        "text": (
            "The artistic director of the Calderwood International Film Festival defended the "
            "decision to pull the documentary “Salt and Ash” from this year’s lineup, telling a "
            "news conference on Thursday that the film’s producers had missed “every deadline we "
            "gave them.”\n\n"
            "“This was not censorship. It was scheduling,” said the director, Ines Valdarrama. "
            "“We would show the film tomorrow if the paperwork were in order.”\n\n"
            "More than 200 filmmakers signed an open letter on Friday calling the withdrawal “a "
            "quiet act of cowardice” and urging the festival to reverse course. Among the "
            "signatories was the documentary’s director, Rafael Ostrowski.\n\n"
            "Ostrowski, 52, wrote in a separate post on X that the festival’s explanation was "
            "“simply untrue.” “We delivered everything in June. I have the emails,” he wrote.\n\n"
            "The festival, which introduced a so-called “integrity review” for submitted films "
            "last year, opens on Sept. 12."
        ),
        "quotes": [
            ("every deadline we gave them.", "Ines Valdarrama", True, None),
            ("This was not censorship. It was scheduling,", "Ines Valdarrama", False, None),
            (
                "We would show the film tomorrow if the paperwork were in order.",
                "Ines Valdarrama",
                False,
                None,
            ),
            ("a quiet act of cowardice", None, True, "P1"),
            ("simply untrue.", "Rafael Ostrowski", True, "P2"),
            (
                "We delivered everything in June. I have the emails,",
                "Rafael Ostrowski",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rafael Ostrowski", "X"),
        ],
        "people": ["Ines Valdarrama", "Rafael Ostrowski"],
    },
    {
        "name": "substack-essay-answers-newspaper-review-books-editor",
        "text": (
            "The novelist Theodora Quist has hit back at a scathing review of her memoir, “A House "
            "With No Corners.” In an essay on Substack on Tuesday, Quist, 47, called the review "
            "“lazy, personal and wrong about the facts.”\n\n"
            "The review, by the critic Marcus Oyelaran, ran in The Sunday Ledger last weekend. "
            "“Quist mistakes confession for insight, and the reader pays for the difference,” he "
            "wrote.\n\n"
            "In her essay, Quist said the review had misstated the year her father died and "
            "invented a sister she does not have. “I can take being disliked. I cannot take being "
            "misdescribed,” she wrote.\n\n"
            "Oyelaran did not respond to a request for comment. The Sunday Ledger’s books editor, "
            "Priya Venkataraman, said on Wednesday that the paper would correct the date. “We got "
            "that wrong, and we’ll say so,” she said, adding that the paper “stands by the "
            "review’s judgment.”"
        ),
        "quotes": [
            ("lazy, personal and wrong about the facts.", "Theodora Quist", True, "P1"),
            (
                "Quist mistakes confession for insight, and the reader pays for the difference,",
                "Marcus Oyelaran",
                False,
                "P2",
            ),
            (
                "I can take being disliked. I cannot take being misdescribed,",
                "Theodora Quist",
                False,
                "P1",
            ),
            ("We got that wrong, and we’ll say so,", "Priya Venkataraman", False, None),
            ("stands by the review’s judgment.", "Priya Venkataraman", True, None),
        ],
        "posts": [
            ("P1", "Theodora Quist", "Substack"),
            ("P2", "Marcus Oyelaran", "The Sunday Ledger"),
        ],
        "people": ["Theodora Quist", "Marcus Oyelaran", "Priya Venkataraman"],
    },
    {
        "name": "network-release-showrunner-podcast-running-quote-facebook",
        "text": (
            "Meridian Television will not renew the fantasy drama “The Glass Kingdom” for a fourth "
            "season, the network said in a press release on Monday. “We are enormously proud of "
            "what this cast and crew built,” the release quoted Meridian’s head of drama, Colette "
            "Ambrose, as saying.\n\n"
            "The show’s creator, Jonah Whitfield-Reyes, was less diplomatic on Monday’s episode of "
            "the podcast The Writers’ Room Hour. “Nobody at Meridian called me,” he said. “I found "
            "out from my agent, who found out from a trade paper.\n\n"
            "“I don’t need a parade. I needed a phone call. That’s the bare minimum after eight "
            "years.”\n\n"
            "The series, adapted from the novels of Ingrid Solberg, drew about 3.1 million viewers "
            "a week at its peak. Solberg wrote on Facebook that she was “heartbroken but "
            "grateful.”"
        ),
        "quotes": [
            (
                "We are enormously proud of what this cast and crew built,",
                "Colette Ambrose",
                False,
                "P1",
            ),
            ("Nobody at Meridian called me,", "Jonah Whitfield-Reyes", False, "P2"),
            (
                "I found out from my agent, who found out from a trade paper.",
                "Jonah Whitfield-Reyes",
                False,
                "P2",
            ),
            (
                "I don’t need a parade. I needed a phone call. That’s the bare minimum after "
                "eight years.",
                "Jonah Whitfield-Reyes",
                False,
                "P2",
            ),
            ("heartbroken but grateful.", "Ingrid Solberg", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Jonah Whitfield-Reyes", "The Writers’ Room Hour"),
            ("P3", "Ingrid Solberg", "Facebook"),
        ],
        "people": ["Colette Ambrose", "Jonah Whitfield-Reyes", "Ingrid Solberg"],
    },
    {
        "name": "tiktok-novelist-booktok-comment-second-video-publisher",
        "text": (
            "The debut novelist Callum Featherstone apologised on Thursday after a TikTok video in "
            "which he mocked readers who “only buy books with pretty covers” drew thousands of "
            "angry replies.\n\n"
            "“Maybe don’t insult the people keeping your publisher afloat,” wrote Amara "
            "Delacroix-Bent, a BookTok creator with 1.2 million followers, in a comment under the "
            "video.\n\n"
            "Featherstone, 34, deleted the clip and posted a second video hours later. “That was a "
            "cheap joke, and it was aimed at the wrong people,” he said in it. “I judge books by "
            "their covers too. Everyone does.”\n\n"
            "His publisher, Lanternfish Press, said in a statement that it had “spoken with "
            "Callum” and considered the matter closed. Sales of his novel, “The Orchard Keepers,” "
            "rose 40 per cent over the weekend, according to the trade magazine The Bookseller’s "
            "Almanac."
        ),
        "quotes": [
            ("only buy books with pretty covers", "Callum Featherstone", True, "P1"),
            (
                "Maybe don’t insult the people keeping your publisher afloat,",
                "Amara Delacroix-Bent",
                False,
                "P1",
            ),
            (
                "That was a cheap joke, and it was aimed at the wrong people,",
                "Callum Featherstone",
                False,
                "P2",
            ),
            (
                "I judge books by their covers too. Everyone does.",
                "Callum Featherstone",
                False,
                "P2",
            ),
            ("spoken with Callum", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Callum Featherstone", "TikTok"),
            ("P2", "Callum Featherstone", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Callum Featherstone", "Amara Delacroix-Bent"],
    },
    {
        "name": "editor-resigns-email-to-staff-owner-told-newspaper-union",
        "text": (
            "The editor of The Harbourside Courier, Deborah Nakashima-Flint, resigned on Friday "
            "after 11 years in the job, telling staff in an email that the paper’s new owners had "
            "asked her to cut the newsroom by a third.\n\n"
            "“I was not willing to be the person who did that, so I am leaving so that someone "
            "else can decide,” she wrote. “Please look after each other.”\n\n"
            "The Courier was bought in March by Gullwing Media, a company controlled by the "
            "investor Oskar Brandt-Halloway. In a statement, Gullwing said it was “committed to "
            "local journalism” and thanked Nakashima-Flint for her service.\n\n"
            "Brandt-Halloway, 61, told The Financial Standard that the cuts were “about survival, "
            "not profit.” “Every paper we own loses money. This one loses the most,” he said.\n\n"
            "The paper’s union called the departure “a warning shot.”"
        ),
        "quotes": [
            (
                "I was not willing to be the person who did that, so I am leaving so that someone "
                "else can decide,",
                "Deborah Nakashima-Flint",
                False,
                "P1",
            ),
            ("Please look after each other.", "Deborah Nakashima-Flint", False, "P1"),
            ("committed to local journalism", None, True, "P2"),
            ("about survival, not profit.", "Oskar Brandt-Halloway", True, "P3"),
            (
                "Every paper we own loses money. This one loses the most,",
                "Oskar Brandt-Halloway",
                False,
                "P3",
            ),
            ("a warning shot.", None, True, None),
        ],
        "posts": [
            ("P1", "Deborah Nakashima-Flint", None),
            ("P2", None, None),
            ("P3", "Oskar Brandt-Halloway", "The Financial Standard"),
        ],
        "people": ["Deborah Nakashima-Flint", "Oskar Brandt-Halloway"],
    },
    {
        "name": "jazz-award-speech-nickname-instagram-caption-threads",
        "text": (
            "The saxophonist Lionel “Smoke” Abernathy-Cole received a lifetime achievement award "
            "at the Brennan Jazz Awards in Chicago on Saturday, and used his acceptance speech to "
            "criticise streaming services.\n\n"
            "“A million plays pays a musician less than one good night in a club used to,” "
            "Abernathy-Cole, 78, told the audience. “Somebody in this room should be embarrassed, "
            "and I don’t think it’s me.”\n\n"
            "The next morning, he posted a photo of the trophy on Instagram with the caption "
            "“Heavier than it looks.”\n\n"
            "A spokesman for the streaming company Tidewave, one of several the musician named, "
            "said it paid artists “fairly and transparently.” The singer Rosalind Achterberg, who "
            "presented the award, wrote on Threads that the speech was “the best four minutes of "
            "the night.”"
        ),
        "quotes": [
            (
                "A million plays pays a musician less than one good night in a club used to,",
                "Lionel Abernathy-Cole",
                False,
                None,
            ),
            (
                "Somebody in this room should be embarrassed, and I don’t think it’s me.",
                "Lionel Abernathy-Cole",
                False,
                None,
            ),
            ("Heavier than it looks.", "Lionel Abernathy-Cole", False, "P1"),
            ("fairly and transparently.", None, True, None),
            ("the best four minutes of the night.", "Rosalind Achterberg", True, "P2"),
        ],
        "posts": [
            ("P1", "Lionel Abernathy-Cole", "Instagram"),
            ("P2", "Rosalind Achterberg", "Threads"),
        ],
        "people": ["Lionel Abernathy-Cole", "Rosalind Achterberg"],
    },
    {
        "name": "actor-turns-down-franchise-front-row-director-statement",
        "text": (
            "The actor Saoirse Venn-Ludlow said in an interview on the BBC Radio 4 programme Front "
            "Row on Tuesday that she had turned down a role in the next instalment of the "
            "“Nightwarden” franchise because the script “treated its women as furniture.”\n\n"
            "“I read it twice to be sure,” the 38-year-old told the programme’s presenter, Ayo "
            "Brathwaite. “Every woman in it existed to explain something to a man.”\n\n"
            "The film’s director, Anselm Koury, responded in a statement that the script had been "
            "“substantially rewritten” since she read it and that the part had since been cast.\n\n"
            "Venn-Ludlow has been outspoken before. In 2019 she described awards season as “a very "
            "long, very expensive job interview.”"
        ),
        "quotes": [
            ("treated its women as furniture.", "Saoirse Venn-Ludlow", True, "P1"),
            ("I read it twice to be sure,", "Saoirse Venn-Ludlow", False, "P1"),
            (
                "Every woman in it existed to explain something to a man.",
                "Saoirse Venn-Ludlow",
                False,
                "P1",
            ),
            ("substantially rewritten", "Anselm Koury", True, "P2"),
            ("a very long, very expensive job interview.", "Saoirse Venn-Ludlow", True, None),
        ],
        "posts": [
            ("P1", "Saoirse Venn-Ludlow", "Front Row"),
            ("P2", "Anselm Koury", None),
        ],
        "people": ["Saoirse Venn-Ludlow", "Ayo Brathwaite", "Anselm Koury"],
    },
    {
        "name": "bluesky-critic-finale-writer-replies-second-post",
        "text": (
            "The finale of the police drama “Low Tide” drew 9.4 million viewers on Sunday, the "
            "largest audience for a British drama this year, and a sharp split among critics.\n\n"
            "“Ninety minutes of setup for a twist the audience guessed in episode two,” the "
            "television critic Hollis Brennan-Marsh posted on Bluesky shortly after it aired.\n\n"
            "The show’s writer, Delphine Osei, replied under the post: “The audience guessing it "
            "was the point. Watch it again.”\n\n"
            "Brennan-Marsh answered in a second post the next morning, saying he had rewatched the "
            "last episode. “Still think it’s a cheat. A beautifully shot cheat,” he wrote. Osei "
            "replied to that one with a single word: “Noted.”\n\n"
            "The broadcaster, Channel Ardent, said a second series was “under discussion.”"
        ),
        "quotes": [
            (
                "Ninety minutes of setup for a twist the audience guessed in episode two,",
                "Hollis Brennan-Marsh",
                False,
                "P1",
            ),
            (
                "The audience guessing it was the point. Watch it again.",
                "Delphine Osei",
                False,
                "P1",
            ),
            (
                "Still think it’s a cheat. A beautifully shot cheat,",
                "Hollis Brennan-Marsh",
                False,
                "P2",
            ),
            ("Noted.", "Delphine Osei", False, "P2"),
            ("under discussion.", None, True, None),
        ],
        "posts": [
            ("P1", "Hollis Brennan-Marsh", "Bluesky"),
            ("P2", "Hollis Brennan-Marsh", "Bluesky"),
        ],
        "people": ["Hollis Brennan-Marsh", "Delphine Osei"],
    },
    {
        "name": "audiobook-ai-lawsuit-ruling-hearing-literary-review",
        "text": (
            "A federal judge in Manhattan on Wednesday allowed a lawsuit by the novelist Beatrix "
            "Ondaatje-Moss against the audiobook company Vocalis to proceed, rejecting the "
            "argument, made in the company’s court filings, that its synthetic narration of her "
            "books was “transformative.”\n\n"
            "In her written ruling, Judge Harriet Kovalenko said the company had “copied the books "
            "whole and sold them back to the same readers.”\n\n"
            "Ondaatje-Moss, 56, sued Vocalis in February. Her complaint says the company released "
            "AI-narrated editions of four of her novels, including the bestseller “Winter "
            "Letters,” without a licence.\n\n"
            "At a hearing last month, Vocalis’s lawyer, Grant Pemberton, told the court that no "
            "human narrator had lost work. “Nobody was going to record these books,” he said.\n\n"
            "“I have spent 30 years on these books. I did not spend them so a machine could read "
            "them to my readers,” Ondaatje-Moss told The Literary Review of Boston after the "
            "ruling."
        ),
        "quotes": [
            ("transformative.", None, True, "P2"),
            (
                "copied the books whole and sold them back to the same readers.",
                "Harriet Kovalenko",
                True,
                "P3",
            ),
            ("Nobody was going to record these books,", "Grant Pemberton", False, None),
            (
                "I have spent 30 years on these books. I did not spend them so a machine could "
                "read them to my readers,",
                "Beatrix Ondaatje-Moss",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Beatrix Ondaatje-Moss", None),
            ("P2", None, None),
            ("P3", "Harriet Kovalenko", None),
            ("P4", "Beatrix Ondaatje-Moss", "The Literary Review of Boston"),
        ],
        "people": ["Beatrix Ondaatje-Moss", "Harriet Kovalenko", "Grant Pemberton"],
    },
    {
        "name": "boy-band-hiatus-letter-on-x-fan-reply-vogue-korea",
        "text": (
            "The members of the Seoul boy band Northlight will take an indefinite break after "
            "their current tour, the group’s agency, Halcyon Entertainment, said in a statement on "
            "Friday.\n\n"
            "The band’s leader, Park Ji-hoon, posted a handwritten letter on X hours later. “We are "
            "not ending. We are resting, so that we can come back as people and not just as a "
            "product,” he wrote.\n\n"
            "Fans flooded the replies. “Take all the time you need. We will still be here,” one "
            "wrote.\n\n"
            "Park, 27, had spoken about burnout in an interview with the magazine Vogue Korea in "
            "January, describing the band’s schedule as “sleeping in vans and waking up on "
            "stage.”\n\n"
            "Halcyon’s shares fell 6 per cent in Seoul trading after the announcement."
        ),
        "quotes": [
            (
                "We are not ending. We are resting, so that we can come back as people and not just "
                "as a product,",
                "Park Ji-hoon",
                False,
                "P2",
            ),
            ("Take all the time you need. We will still be here,", None, False, "P2"),
            ("sleeping in vans and waking up on stage.", "Park Ji-hoon", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Park Ji-hoon", "X"),
            ("P3", "Park Ji-hoon", "Vogue Korea"),
        ],
        "people": ["Park Ji-hoon"],
    },
    {
        "name": "playwright-letter-to-newspaper-critic-reply-beneath",
        "text": (
            "The playwright Gideon Asante-Rowe has written to The Midland Chronicle to object to "
            "its critic’s description of his new play, “Brick by Brick,” as “a lecture with a "
            "set.”\n\n"
            "In the letter, published on Saturday, Asante-Rowe, 44, said the review had ignored "
            "the audience. “Four hundred people stood at the end on the night your critic "
            "attended. A lecture does not get a standing ovation,” he wrote.\n\n"
            "The critic, Eleanor Pratt-Wynn, replied in a note printed beneath the letter. "
            "“Audiences stand for all sorts of things,” she wrote. “I am paid to sit.”\n\n"
            "The play, which transferred from a 90-seat studio in Leicester, runs at the Corbel "
            "Theatre until Nov. 2."
        ),
        "quotes": [
            ("a lecture with a set.", "Eleanor Pratt-Wynn", True, "P2"),
            (
                "Four hundred people stood at the end on the night your critic attended. A lecture "
                "does not get a standing ovation,",
                "Gideon Asante-Rowe",
                False,
                "P1",
            ),
            ("Audiences stand for all sorts of things,", "Eleanor Pratt-Wynn", False, "P1"),
            ("I am paid to sit.", "Eleanor Pratt-Wynn", False, "P1"),
        ],
        "posts": [
            ("P1", "Gideon Asante-Rowe", "The Midland Chronicle"),
            ("P2", "Eleanor Pratt-Wynn", "The Midland Chronicle"),
        ],
        "people": ["Gideon Asante-Rowe", "Eleanor Pratt-Wynn"],
    },
    {
        "name": "streamer-loses-subscribers-call-earnings-release-analyst-note",
        "text": (
            "Shares of the streaming service Vantage+ fell 11 per cent on Thursday after the "
            "company reported that it had lost 1.3 million subscribers in the second quarter, its "
            "first decline since launch.\n\n"
            "“We raised prices faster than we raised quality, and customers noticed,” the chief "
            "executive, Marguerite Oduya-Lind, said on a call with analysts. She said the company "
            "would spend more on what she called “event television.”\n\n"
            "The company’s earnings release blamed “an unusually weak slate” of new shows.\n\n"
            "In a note to clients, the media analyst Tobias Wren of Carrow Securities wrote that "
            "the problem ran deeper. “Vantage+ has no show people talk about at work. That is not "
            "a slate problem,” he wrote.\n\n"
            "Oduya-Lind, 50, took over the company in 2022 after a decade running its European "
            "business."
        ),
        "quotes": [
            (
                "We raised prices faster than we raised quality, and customers noticed,",
                "Marguerite Oduya-Lind",
                False,
                None,
            ),
            ("event television.", "Marguerite Oduya-Lind", True, None),
            ("an unusually weak slate", None, True, "P1"),
            (
                "Vantage+ has no show people talk about at work. That is not a slate problem,",
                "Tobias Wren",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tobias Wren", None),
        ],
        "people": ["Marguerite Oduya-Lind", "Tobias Wren"],
    },
    {
        "name": "composer-reddit-ama-answers-user-comment",
        "text": (
            "The film composer Anneliese Marchetti-Vogt, whose score for “The Long Quiet” won an "
            "Oscar in March, answered questions from readers on Reddit on Tuesday.\n\n"
            "Asked by one user whether she used artificial intelligence in her work, the "
            "45-year-old was blunt. “Never. If a machine wrote it, it isn’t a score, it’s "
            "wallpaper,” she wrote.\n\n"
            "Another user asked whether she had been nervous at the ceremony. “I was so nervous "
            "that I forgot to thank my mother, who has not forgiven me,” Marchetti-Vogt "
            "replied.\n\n"
            "The thread drew more than 8,000 comments. “Best AMA in years,” wrote one.\n\n"
            "Her next score, for the director Kenji Halvorsen’s thriller “Crossing Line,” is due "
            "next year."
        ),
        "quotes": [
            (
                "Never. If a machine wrote it, it isn’t a score, it’s wallpaper,",
                "Anneliese Marchetti-Vogt",
                False,
                "P1",
            ),
            (
                "I was so nervous that I forgot to thank my mother, who has not forgiven me,",
                "Anneliese Marchetti-Vogt",
                False,
                "P1",
            ),
            ("Best AMA in years,", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Anneliese Marchetti-Vogt", "Reddit"),
        ],
        "people": ["Anneliese Marchetti-Vogt", "Kenji Halvorsen"],
    },
    {
        "name": "breakfast-presenter-sacked-on-air-remark-linkedin-cohost",
        "text": (
            "The breakfast presenter Declan Mulvaney-Stokes has been dismissed by the radio "
            "station Coastline FM after remarks about a listener’s accent.\n\n"
            "On his show, Coastline Breakfast, on Monday, Mulvaney-Stokes told a caller from "
            "Glasgow that he would need “subtitles for that one.” The clip was shared more than "
            "200,000 times.\n\n"
            "In a statement on Wednesday, the station called the remarks “unacceptable and "
            "indefensible” and said it had ended his contract with immediate effect.\n\n"
            "Mulvaney-Stokes, 55, apologised on LinkedIn. “I made a lazy joke at the expense of "
            "someone who had rung in to talk about her late husband. I am ashamed of it,” he "
            "wrote.\n\n"
            "His former co-host, Bronagh Keel, commented under the post: “You were a good "
            "colleague for nine years. This was still wrong.”"
        ),
        "quotes": [
            ("subtitles for that one.", "Declan Mulvaney-Stokes", True, "P1"),
            ("unacceptable and indefensible", None, True, "P2"),
            (
                "I made a lazy joke at the expense of someone who had rung in to talk about her "
                "late husband. I am ashamed of it,",
                "Declan Mulvaney-Stokes",
                False,
                "P3",
            ),
            (
                "You were a good colleague for nine years. This was still wrong.",
                "Bronagh Keel",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Declan Mulvaney-Stokes", "Coastline Breakfast"),
            ("P2", None, None),
            ("P3", "Declan Mulvaney-Stokes", "LinkedIn"),
        ],
        "people": ["Declan Mulvaney-Stokes", "Bronagh Keel"],
    },
    {
        "name": "poet-laureate-address-op-ed-minister-school-visit",
        "text": (
            "Wilhelmina Achebe-Strand, named the country’s poet laureate last month, used her "
            "first public address on Monday to call for poetry to be taught in every primary "
            "school.\n\n"
            "“Children are born knowing rhythm. We spend ten years teaching it out of them,” the "
            "poet told an audience at the National Library in Aldmere.\n\n"
            "She went further in an op-ed in The Aldmere Post on Tuesday, arguing that the "
            "government’s reading targets had turned literature into “a box-ticking exercise.” “A "
            "child who can decode a sentence but has never been moved by one has not learnt to "
            "read,” she wrote.\n\n"
            "The education minister, Fergus Lamont-Hale, said on a school visit on Wednesday that "
            "he “would read her piece with interest,” but that the targets would stay.\n\n"
            "Achebe-Strand’s collection “Salt Hymns” won the Gorse Prize in 2021."
        ),
        "quotes": [
            (
                "Children are born knowing rhythm. We spend ten years teaching it out of them,",
                "Wilhelmina Achebe-Strand",
                False,
                None,
            ),
            ("a box-ticking exercise.", "Wilhelmina Achebe-Strand", True, "P1"),
            (
                "A child who can decode a sentence but has never been moved by one has not learnt "
                "to read,",
                "Wilhelmina Achebe-Strand",
                False,
                "P1",
            ),
            ("would read her piece with interest,", "Fergus Lamont-Hale", True, None),
        ],
        "posts": [
            ("P1", "Wilhelmina Achebe-Strand", "The Aldmere Post"),
        ],
        "people": ["Wilhelmina Achebe-Strand", "Fergus Lamont-Hale"],
    },
    {
        "name": "youtube-video-essay-studio-x-reply-straight-marks",
        "text": (
            "A YouTube video essay accusing the animation studio Brightwick of recycling scenes "
            "across three of its films has been viewed more than 4 million times since it was "
            "posted last week.\n\n"
            'In the 40-minute video, the critic Omari Lindgren-Hayes lays frames from "Moonbarrow" '
            'and "The Tin Sparrow" side by side. "Once you see it, you cannot unsee it," he says '
            'in the video. "They traced their own work and hoped no one would check."\n\n'
            'Brightwick responded on X on Saturday. "Reusing layouts is standard practice in '
            'animation and always has been," the studio wrote.\n\n'
            "Lindgren-Hayes, 31, posted a follow-up video on Monday with what he said were more "
            "examples. The veteran animator Ruth Okafor-Dane, who worked at Brightwick for 15 "
            'years, wrote on Bluesky that both sides had "a point, and a grudge."'
        ),
        "quotes": [
            ("Once you see it, you cannot unsee it,", "Omari Lindgren-Hayes", False, "P1"),
            (
                "They traced their own work and hoped no one would check.",
                "Omari Lindgren-Hayes",
                False,
                "P1",
            ),
            (
                "Reusing layouts is standard practice in animation and always has been,",
                None,
                False,
                "P2",
            ),
            ("a point, and a grudge.", "Ruth Okafor-Dane", True, "P4"),
        ],
        "posts": [
            ("P1", "Omari Lindgren-Hayes", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Omari Lindgren-Hayes", "YouTube"),
            ("P4", "Ruth Okafor-Dane", "Bluesky"),
        ],
        "people": ["Omari Lindgren-Hayes", "Ruth Okafor-Dane"],
    },
    {
        "name": "rapper-diss-track-instagram-story-reshare-label-lawsuit",
        "text": (
            "The rapper Dario “D-Vex” Santangelo has released a diss track aimed at his former "
            "label, Concrete Orchard Records, two weeks after the company sued him for breach of "
            "contract.\n\n"
            "The song, “Paid in Promises,” was streamed 3 million times on its first day. "
            "Santangelo, 26, announced it in an Instagram story on Friday: “They wanted an album. "
            "Here’s a song instead.”\n\n"
            "The label’s founder, Wendell Osagie-Park, shared the story on his own Instagram story "
            "with the words “See you in court.”\n\n"
            "Concrete Orchard’s lawsuit, filed in Atlanta, says Santangelo owes the label two "
            "albums and $1.4 million in advances. His lawyer, Carmen Ruiz-Aldana, told the music "
            "site Pitchfork Daily that the contract was “unenforceable and, frankly, predatory.”"
        ),
        "quotes": [
            ("They wanted an album. Here’s a song instead.", "Dario Santangelo", False, "P2"),
            ("See you in court.", "Wendell Osagie-Park", False, "P3"),
            ("unenforceable and, frankly, predatory.", "Carmen Ruiz-Aldana", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dario Santangelo", "Instagram"),
            ("P3", "Wendell Osagie-Park", "Instagram"),
            ("P4", "Carmen Ruiz-Aldana", "Pitchfork Daily"),
        ],
        "people": ["Dario Santangelo", "Wendell Osagie-Park", "Carmen Ruiz-Aldana"],
    },
    {
        "name": "anchor-signs-off-broadcast-magazine-interview-running-quote",
        "text": (
            "After 31 years at the anchor desk, Constance Abara-Whitlock signed off from the KRVN "
            "Evening Report for the last time on Friday.\n\n"
            "“I have told you about wars, elections, floods and at least four royal weddings. "
            "Thank you for trusting me with all of it,” she said at the end of the broadcast.\n\n"
            "In an interview with the magazine Broadcast Quarterly published the same day, the "
            "66-year-old said local news had changed beyond recognition. “When I started, we had "
            "40 people in this newsroom. Now we have 12, and they are doing the work of 40,” she "
            "said.\n\n"
            "“Nobody at home sees that. They just see a shorter show and wonder why.\n\n"
            "“I’m not bitter. I’m worried, and I think the two get confused.”\n\n"
            "The station’s general manager, Russell Tan, called her “irreplaceable, and I don’t "
            "say that lightly.”"
        ),
        "quotes": [
            (
                "I have told you about wars, elections, floods and at least four royal weddings. "
                "Thank you for trusting me with all of it,",
                "Constance Abara-Whitlock",
                False,
                "P1",
            ),
            (
                "When I started, we had 40 people in this newsroom. Now we have 12, and they are "
                "doing the work of 40,",
                "Constance Abara-Whitlock",
                False,
                "P2",
            ),
            (
                "Nobody at home sees that. They just see a shorter show and wonder why.",
                "Constance Abara-Whitlock",
                False,
                "P2",
            ),
            (
                "I’m not bitter. I’m worried, and I think the two get confused.",
                "Constance Abara-Whitlock",
                False,
                "P2",
            ),
            ("irreplaceable, and I don’t say that lightly.", "Russell Tan", True, None),
        ],
        "posts": [
            ("P1", "Constance Abara-Whitlock", "KRVN Evening Report"),
            ("P2", "Constance Abara-Whitlock", "Broadcast Quarterly"),
        ],
        "people": ["Constance Abara-Whitlock", "Russell Tan"],
    },
    {
        "name": "novelist-quits-prize-shortlist-facebook-report-judges-chair",
        "text": (
            "The novelist Emeka Thorvaldsen has withdrawn his book “The Lighthouse Ledger” from "
            "the Harland Prize shortlist after the prize’s main sponsor, the oil company Brenmoor "
            "Energy, was named in a report on coastal pollution.\n\n"
            "“I cannot accept money from a company that the report says poisoned the coast I "
            "wrote about,” Thorvaldsen, 39, wrote on Facebook on Monday. The report, “Tides of "
            "Neglect,” was published last month by the environmental group Clearwater Trust.\n\n"
            "The chair of the judges, Philippa Hollins, said in a statement that the panel "
            "“respects his decision entirely.” Speaking to reporters outside the prize’s London "
            "offices on Tuesday, she added: “Sponsorship is a matter for the trustees, not the "
            "judges.”\n\n"
            "Brenmoor said in a press release that it “strongly disputes” the report’s findings. "
            "The winner will be announced on Oct. 14, with five books still in contention."
        ),
        "quotes": [
            (
                "I cannot accept money from a company that the report says poisoned the coast I "
                "wrote about,",
                "Emeka Thorvaldsen",
                False,
                "P2",
            ),
            ("respects his decision entirely.", "Philippa Hollins", True, "P3"),
            (
                "Sponsorship is a matter for the trustees, not the judges.",
                "Philippa Hollins",
                False,
                None,
            ),
            ("strongly disputes", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Emeka Thorvaldsen", "Facebook"),
            ("P3", "Philippa Hollins", None),
            ("P4", None, "press release"),
        ],
        "people": ["Emeka Thorvaldsen", "Philippa Hollins"],
    },
]
