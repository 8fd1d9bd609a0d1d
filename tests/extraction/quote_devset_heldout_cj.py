"""The eighty-second self-made dev set, held out (CJ): its first run is an unseen estimate.

Written with set CK, without reading the extraction rules, and committed before
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
words is still listed in posts. Titles such as Dr., Judge, Ms. and Detective
Inspector are not part of a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post that is deleted and then reposted with a changed line is two
  Instagram posts: the original caption belongs to the first, the new version
  to the second. A deleted X post quoted from a screenshot is still a post.
- A study published in a named journal is a post with author None and the
  journal as written as its platform; "the study said" speaks as None. Its
  lead author's words given with a bare "said" are not tied to the study.
- A quote-post on Bluesky is a new Bluesky post by the person quoting.
- A band's statement posted on the band's Instagram account is an Instagram
  post with author None; a later "the band's statement added" fragment belongs
  to it. "The statement called the quotas ..." ties the fragment to the
  statement just reported.
- A podcast episode is its host's post with the podcast's name as platform
  (Cold Porch, Field Notes), even when it is only described. An anonymous
  letter read aloud on it is a separate post (author None, no platform); the
  letter's words speak as None and belong to the letter.
- An artist's music video on YouTube is the artist's YouTube post; unnamed
  viewers' comments under it, whole or as a fragment in narration, belong to
  it and speak as None.
- A Substack newsletter with a name of its own (Frontier Ledger) has platform
  Substack. "Citizen TV's morning show, Day Break" has platform Day Break; a
  radio station interview (Cooperativa, BBC Radio 6 Music, El Larguero) takes
  the station or show as written.
- A judge's written ruling is the judge's post with no platform; a race jury's
  written decision is a post with author None and no platform; a lawsuit filed
  by a coalition of trade groups has author None.
- An internal memo "seen by the Financial Times" is a post with author None and
  no platform; being seen by a newspaper is not an interview with it.
- A founder answering a user's reply in his own Reddit thread (a reply to a
  reply) belongs to that thread; the unnamed user speaks as None.
- A named member's reply to a Facebook group post belongs to that post; the
  group post by a named person is hers even with no quoted words.
- A group claiming a cyberattack on Telegram, a sheriff's office on X, a police
  force's Facebook page and a professional college's post on X have author
  None; a family statement or federation statement has author None.
- "He added in a second post" is a new post by the same author.
- A company named after its founder (the fashion house Elena Marchetti) is an
  organisation, not a person; a company whose name looks like a surname
  (Halvorsen Freight) likewise.
- A quote running over two paragraphs (the first paragraph has no closing
  mark) is listed as one row per paragraph; the first row's text runs to the
  end of its paragraph. Both are tied to the interview introduced before them.
- An attribution in the middle of a sentence ("“We will not cut early,” she
  said, “to win applause from anyone.”") gives two whole (not partial) rows.
- Single-marked words inside a quote (‘dialogue costs nothing.’, ‘Receipts’)
  are part of the enclosing quote's text and not quotes of their own.
- Song and album titles (“Paper Lanterns”, “Receipts”, “Salt and Static”),
  nicknames and stage names (“Le Marteau”, “Lil Ferro”) and scare quotes
  (“situation”) are not quotes; a stage name adds no person.
- A neighbour's description quoted in narration with no post is partial,
  speaks as None and has no post.
- A first name inside a quote (Graham, Sam, Tobi, Callum) refers to the person
  already named and adds no person.
- Spanish double surnames (Raúl Quispe Mamani, Alejandro Ruiz Tapia, Esteban
  Quintero Gil) and multi-word surnames (Aroha Te Whata, Annelies De Smet,
  Youssef El Amrani) are kept whole; the short form in the text (Quintero, Te
  Whata) refers to the full name.
- A mother and daughter who share a surname (Kateryna and Olena Bondar): the
  text avoids the bare surname after both are named.
- A photo posted "with the caption ..." and a caption that "read: ..." are
  whole quotes, not partial.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CJ: list[dict] = [
    {
        "name": "x-minister-recall-reply-radio-statement",
        "text": (
            "Valentina Orrego, Chile’s foreign minister, said on X on Wednesday that her "
            "government would recall its ambassador to Lima for consultations after a dispute "
            "over fishing quotas. “We will not negotiate under pressure, and we will not be "
            "lectured about our own waters,” she wrote.\n\nHer Peruvian counterpart, Raúl "
            "Quispe Mamani, answered beneath the post within the hour. “The door remains "
            "open. As my president said, ‘dialogue costs nothing.’ It has always been open,” "
            "he wrote.\n\nOrrego repeated the point in an interview with the radio station "
            "Cooperativa on Thursday morning. “Consultations are not a rupture,” she said. "
            "“They are a pause to think.”\n\nA statement from Chile’s national federation of "
            "small-scale fishers welcomed the recall but warned that crews in the north were "
            "already losing income. The statement called the quotas “a slow strangling of the "
            "coast.”"
        ),
        "quotes": [
            (
                "We will not negotiate under pressure, and we will not be lectured about our own waters,",
                "Valentina Orrego",
                False,
                "P1",
            ),
            (
                "The door remains open. As my president said, ‘dialogue costs nothing.’ It has always been open,",
                "Raúl Quispe Mamani",
                False,
                "P1",
            ),
            ("Consultations are not a rupture,", "Valentina Orrego", False, "P2"),
            ("They are a pause to think.", "Valentina Orrego", False, "P2"),
            ("a slow strangling of the coast.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Valentina Orrego", "X"),
            ("P2", "Valentina Orrego", "Cooperativa"),
            ("P3", None, None),
        ],
        "people": ["Valentina Orrego", "Raúl Quispe Mamani"],
    },
    {
        "name": "earnings-release-linkedin-comment-call-analyst-note",
        "text": (
            "Halvorsen Freight, the Norwegian shipping company, reported a 34 percent drop in "
            "quarterly profit on Thursday. “Rates normalised faster than we expected,” the "
            "company said in its earnings release.\n\nIts chief executive, Ingrid Solbakken, "
            "struck a more upbeat tone on LinkedIn. “We have been here before. We cut costs "
            "early, and we will come out of this with the strongest fleet in the North Sea,” "
            "she wrote. A former employee commented under the post: “Cut costs early? Tell "
            "that to the crews in Bergen.”\n\nOn the earnings call, Solbakken said the company "
            "would not cut its dividend. “Shareholders have been patient with us, and we "
            "intend to reward that,” she said.\n\nRahul Venkataraman, an analyst at Pareto "
            "Securities, wrote in a note to clients that the company’s guidance for next year "
            "looked “optimistic at best,” and he cut his price target by a fifth."
        ),
        "quotes": [
            ("Rates normalised faster than we expected,", None, False, "P1"),
            (
                "We have been here before. We cut costs early, and we will come out of this with the strongest fleet in the North Sea,",
                "Ingrid Solbakken",
                False,
                "P2",
            ),
            ("Cut costs early? Tell that to the crews in Bergen.", None, False, "P2"),
            (
                "Shareholders have been patient with us, and we intend to reward that,",
                "Ingrid Solbakken",
                False,
                None,
            ),
            ("optimistic at best,", "Rahul Venkataraman", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solbakken", "LinkedIn"),
            ("P3", "Rahul Venkataraman", None),
        ],
        "people": ["Ingrid Solbakken", "Rahul Venkataraman"],
    },
    {
        "name": "police-facebook-pharmacy-robber-lawyer-statement",
        "text": (
            "Police in Ballarat are searching for a man they say robbed three pharmacies in a "
            "week. “If you recognise this man, do not approach him. Call us,” Victoria Police "
            "wrote on its Facebook page on Sunday, alongside grainy CCTV stills.\n\nOne of the "
            "pharmacists, Mehmet Aydın, said the man had been calm throughout. “He said "
            "please and thank you. That was the strangest part,” Aydın told The Courier, the "
            "local newspaper.\n\nHours later, police said a 41-year-old man had been arrested. "
            "His lawyer, Fiona McTavish, said in a statement that her client “will be "
            "pleading not guilty to all charges” and asked the public not to speculate.\n\nA "
            "neighbour of the suspect, who asked not to be named, described him as “a quiet, "
            "ordinary bloke.” Comments under the police post were less charitable. “Lock the "
            "doors and lose the key,” one read."
        ),
        "quotes": [
            ("If you recognise this man, do not approach him. Call us,", None, False, "P1"),
            (
                "He said please and thank you. That was the strangest part,",
                "Mehmet Aydın",
                False,
                "P2",
            ),
            ("will be pleading not guilty to all charges", "Fiona McTavish", True, "P3"),
            ("a quiet, ordinary bloke.", None, True, None),
            ("Lock the doors and lose the key,", None, False, "P1"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Mehmet Aydın", "The Courier"),
            ("P3", "Fiona McTavish", None),
        ],
        "people": ["Mehmet Aydın", "Fiona McTavish"],
    },
    {
        "name": "instagram-deleted-reposted-caption-tiktok-creator",
        "text": (
            "The singer Amara Okonkwo-Reyes deleted an Instagram post on Friday night in "
            "which she appeared to criticise her former label, then reposted it an hour later "
            "with one line changed.\n\nThe original caption read: “Six years, two albums and "
            "not one honest royalty statement.” The new version said: “Six years, two albums, "
            "and a lot of lessons. Moving on.”\n\nOkonkwo-Reyes, 29, whose single “Paper "
            "Lanterns” topped the British charts last spring, did not explain the edit. Her "
            "former label, Greenhill Records, said in a statement that it had “honoured every "
            "contract to the letter.”\n\nFans on TikTok were quick to compare the two captions. "
            "In a video viewed two million times, the creator Jun Takahashi called the "
            "reposted version “the most lawyered sentence in pop history.” Okonkwo-Reyes "
            "answered in the comments under the video: “No lawyers. Just sleep.”"
        ),
        "quotes": [
            (
                "Six years, two albums and not one honest royalty statement.",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "Six years, two albums, and a lot of lessons. Moving on.",
                "Amara Okonkwo-Reyes",
                False,
                "P2",
            ),
            ("honoured every contract to the letter.", None, True, "P3"),
            ("the most lawyered sentence in pop history.", "Jun Takahashi", True, "P4"),
            ("No lawyers. Just sleep.", "Amara Okonkwo-Reyes", False, "P4"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reyes", "Instagram"),
            ("P2", "Amara Okonkwo-Reyes", "Instagram"),
            ("P3", None, None),
            ("P4", "Jun Takahashi", "TikTok"),
        ],
        "people": ["Amara Okonkwo-Reyes", "Jun Takahashi"],
    },
    {
        "name": "journal-study-bees-substack-critic-podcast-reply",
        "text": (
            "A study published on Wednesday in the journal Nature Ecology & Evolution found "
            "that wild bumblebees in southern Europe are emerging nearly two weeks earlier "
            "than they did in the 1980s.\n\n“The timing mismatch between bees and the flowers "
            "they feed on is widening every decade,” the study said. Its lead author, Dr. "
            "Sofía Castellanos of the University of Granada, said the trend was “alarming but "
            "not yet irreversible.”\n\nNot everyone is convinced. Writing on his Substack, the "
            "entomologist Piotr Wiśniewski argued that the museum records the team relied on "
            "were patchy. “Old collections tell you where collectors went, not where bees "
            "were,” he wrote.\n\nCastellanos responded on the podcast Field Notes, hosted by "
            "Kwame Asante. “We corrected for collector effort. It is in the supplementary "
            "material, on page 14,” she said. “I would encourage him to read it.”"
        ),
        "quotes": [
            (
                "The timing mismatch between bees and the flowers they feed on is widening every decade,",
                None,
                False,
                "P1",
            ),
            ("alarming but not yet irreversible.", "Sofía Castellanos", True, None),
            (
                "Old collections tell you where collectors went, not where bees were,",
                "Piotr Wiśniewski",
                False,
                "P2",
            ),
            (
                "We corrected for collector effort. It is in the supplementary material, on page 14,",
                "Sofía Castellanos",
                False,
                "P3",
            ),
            ("I would encourage him to read it.", "Sofía Castellanos", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Nature Ecology & Evolution"),
            ("P2", "Piotr Wiśniewski", "Substack"),
            ("P3", "Sofía Castellanos", "Field Notes"),
        ],
        "people": ["Sofía Castellanos", "Piotr Wiśniewski", "Kwame Asante"],
    },
    {
        "name": "striker-retires-instagram-story-club-statement-x-reply",
        "text": (
            "Olivier Mbemba announced his retirement on Sunday night in an Instagram story "
            "set over footage of his first goal for Lille. “Twenty years. Thank you for every "
            "minute,” the 38-year-old striker wrote.\n\nLille said in a statement that Mbemba, "
            "nicknamed “Le Marteau” by supporters, had been “the heartbeat of this club for a "
            "generation” and that his number 9 shirt would be retired.\n\nHis former strike "
            "partner, Kenji Watanabe, posted a photo of the pair on X with the caption "
            "“Nobody made my job easier.” Mbemba replied to Watanabe’s post with a single "
            "line: “You made mine fun.”\n\nSpeaking to reporters outside the training ground on "
            "Monday, the Lille coach, Bruno Carvalho, said he had tried to change the "
            "striker’s mind. “I failed. He is more stubborn than me,” he said."
        ),
        "quotes": [
            ("Twenty years. Thank you for every minute,", "Olivier Mbemba", False, "P1"),
            ("the heartbeat of this club for a generation", None, True, "P2"),
            ("Nobody made my job easier.", "Kenji Watanabe", False, "P3"),
            ("You made mine fun.", "Olivier Mbemba", False, "P3"),
            ("I failed. He is more stubborn than me,", "Bruno Carvalho", False, None),
        ],
        "posts": [
            ("P1", "Olivier Mbemba", "Instagram"),
            ("P2", None, None),
            ("P3", "Kenji Watanabe", "X"),
        ],
        "people": ["Olivier Mbemba", "Kenji Watanabe", "Bruno Carvalho"],
    },
    {
        "name": "dockers-union-statement-bluesky-quote-post-newspaper",
        "text": (
            "Dock workers at the port of Antwerp will strike for 48 hours from Monday, the "
            "ACV-Transcom union said in a statement on Friday, after talks over automation "
            'broke down. "Machines do not pay taxes, and they do not raise children in this '
            'city," the statement said.\n\nA port authority spokesman, Luc Vermeersch, wrote on '
            'Bluesky that the strike would cost "tens of millions of euros a day" and urged '
            "the union to return to the table.\n\nHis post was quote-posted by Annelies De "
            'Smet, a Flemish lawmaker, who added: "Maybe start by answering their question '
            'about jobs." Vermeersch did not reply to her.\n\nIn an interview with the '
            "newspaper De Standaard, the union’s lead negotiator, Youssef El Amrani, said "
            'members had voted by 87 percent to walk out. "This was not my decision," he '
            'said. "It was theirs, and it was loud."'
        ),
        "quotes": [
            (
                "Machines do not pay taxes, and they do not raise children in this city,",
                None,
                False,
                "P1",
            ),
            ("tens of millions of euros a day", "Luc Vermeersch", True, "P2"),
            (
                "Maybe start by answering their question about jobs.",
                "Annelies De Smet",
                False,
                "P3",
            ),
            ("This was not my decision,", "Youssef El Amrani", False, "P4"),
            ("It was theirs, and it was loud.", "Youssef El Amrani", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Luc Vermeersch", "Bluesky"),
            ("P3", "Annelies De Smet", "Bluesky"),
            ("P4", "Youssef El Amrani", "De Standaard"),
        ],
        "people": ["Luc Vermeersch", "Annelies De Smet", "Youssef El Amrani"],
    },
    {
        "name": "airline-founder-reddit-thread-reply-linkedin-memo",
        "text": (
            "The founder of the budget airline SkyHop, Daniel Oyelaran, spent two hours "
            "answering questions on Reddit on Tuesday after the carrier cancelled more than "
            '300 flights over a holiday weekend.\n\n"We overbooked our own crews. That is not a '
            'weather problem, that is a planning problem, and it is mine," Oyelaran wrote in '
            "the thread he opened on the r/travel forum.\n\nOne user replied that she had been "
            'stranded in Porto for three days. "Your apology does not pay for my hotel," she '
            'wrote. Oyelaran answered her directly: "It will. Send the receipts to the '
            'address below and we will refund every night."\n\nHis co-founder, Ewa Kowalczyk, '
            'struck a different note on LinkedIn. "We grew too fast. Now we grow slower and '
            'better," she wrote.\n\nAn internal memo seen by the Financial Times, sent to '
            'pilots on Monday, warned that rosters would stay "extremely tight" through '
            "August. SkyHop declined to comment on it."
        ),
        "quotes": [
            (
                "We overbooked our own crews. That is not a weather problem, that is a planning problem, and it is mine,",
                "Daniel Oyelaran",
                False,
                "P1",
            ),
            ("Your apology does not pay for my hotel,", None, False, "P1"),
            (
                "It will. Send the receipts to the address below and we will refund every night.",
                "Daniel Oyelaran",
                False,
                "P1",
            ),
            ("We grew too fast. Now we grow slower and better,", "Ewa Kowalczyk", False, "P2"),
            ("extremely tight", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Daniel Oyelaran", "Reddit"),
            ("P2", "Ewa Kowalczyk", "LinkedIn"),
            ("P3", None, None),
        ],
        "people": ["Daniel Oyelaran", "Ewa Kowalczyk"],
    },
    {
        "name": "judge-blocks-age-law-lawsuit-x-second-post-youtube",
        "text": (
            "A federal judge in Texas on Thursday blocked a state law that would have "
            "required social media companies to verify the age of every user. In a 42-page "
            "ruling, Judge Marisa Delgado-Whitfield wrote that the law “burns down the house "
            "to roast the pig.”\n\nThe lawsuit, filed in March by a coalition of technology "
            "trade groups, had argued that the requirement “would end anonymous speech online "
            "for millions of Texans.”\n\nThe state’s attorney general, Warren Pruitt, said on X "
            "that he would appeal. “One activist judge does not get to decide what is safe "
            "for Texas children,” he wrote. He added in a second post: “See you at the Fifth "
            "Circuit.”\n\nThe YouTuber Priya Raman, whose channel on technology law has 1.2 "
            "million subscribers, posted a video breaking down the ruling within hours. “This "
            "is the judge saying, ‘show me the harm, not the headline,’ and the state never "
            "did,” she said in the video."
        ),
        "quotes": [
            ("burns down the house to roast the pig.", "Marisa Delgado-Whitfield", True, "P1"),
            ("would end anonymous speech online for millions of Texans.", None, True, "P2"),
            (
                "One activist judge does not get to decide what is safe for Texas children,",
                "Warren Pruitt",
                False,
                "P3",
            ),
            ("See you at the Fifth Circuit.", "Warren Pruitt", False, "P4"),
            (
                "This is the judge saying, ‘show me the harm, not the headline,’ and the state never did,",
                "Priya Raman",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Marisa Delgado-Whitfield", None),
            ("P2", None, None),
            ("P3", "Warren Pruitt", "X"),
            ("P4", "Warren Pruitt", "X"),
            ("P5", "Priya Raman", "YouTube"),
        ],
        "people": ["Marisa Delgado-Whitfield", "Warren Pruitt", "Priya Raman"],
    },
    {
        "name": "band-pulls-out-instagram-statement-threads-radio",
        "text": (
            "The British band Hollow Season pulled out of Glastonbury on Wednesday, two days "
            "before their headline set. In a statement posted on the band’s Instagram "
            "account, they said their drummer, Callum Reid, had been “advised by doctors to "
            "rest completely for at least six weeks.”\n\nReid himself wrote on Threads that "
            "evening: “I’m fine, honestly. Annoyed, bored, but fine.” He added that he was "
            "“gutted for everyone who bought a ticket.”\n\nThe festival’s co-organiser, Hannah "
            "Penrose, said on BBC Radio 6 Music that the slot would go to the Lagos singer "
            "Tobi Fashola. “We asked Tobi at nine in the morning and she said yes before I "
            "finished the sentence,” Penrose said.\n\nThe band’s statement added that they "
            "hoped to reschedule the autumn dates of their tour for their third album, “Salt "
            "and Static,” “as soon as Callum is back behind the kit.”"
        ),
        "quotes": [
            ("advised by doctors to rest completely for at least six weeks.", None, True, "P1"),
            ("I’m fine, honestly. Annoyed, bored, but fine.", "Callum Reid", False, "P2"),
            ("gutted for everyone who bought a ticket.", "Callum Reid", True, "P2"),
            (
                "We asked Tobi at nine in the morning and she said yes before I finished the sentence,",
                "Hannah Penrose",
                False,
                "P3",
            ),
            ("as soon as Callum is back behind the kit.", None, True, "P1"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Callum Reid", "Threads"),
            ("P3", "Hannah Penrose", "BBC Radio 6 Music"),
        ],
        "people": ["Callum Reid", "Hannah Penrose", "Tobi Fashola"],
    },
    {
        "name": "space-agency-release-instagram-caption-astronaut-comment",
        "text": (
            "The European Space Agency said in a press release on Monday that its Aster-2 "
            "probe had returned the first close-up images of the asteroid 2019 KX4, a rock "
            "about 800 metres across.\n\n“The surface is far rougher than our models "
            "predicted,” the release quoted the mission scientist Dr. Lars Henriksen as "
            "saying.\n\nHenriksen shared one of the images on Instagram with the caption "
            "“Hello, stranger.” The post drew more than 200,000 likes, including one from the "
            "Japanese astronaut Aiko Morimoto, who commented: “Jealous of this view, and I "
            "have seen a few.”\n\nAt a news conference in Darmstadt on Tuesday, Henriksen said "
            "the team would spend months on the data. “Every pebble on that thing is a clue "
            "to how the solar system was built,” he said. The agency’s director of science, "
            "Carole Dubois-Martin, called the images “a gift to the next generation of "
            "planetary scientists.”"
        ),
        "quotes": [
            (
                "The surface is far rougher than our models predicted,",
                "Lars Henriksen",
                False,
                "P1",
            ),
            ("Hello, stranger.", "Lars Henriksen", False, "P2"),
            ("Jealous of this view, and I have seen a few.", "Aiko Morimoto", False, "P2"),
            (
                "Every pebble on that thing is a clue to how the solar system was built,",
                "Lars Henriksen",
                False,
                None,
            ),
            (
                "a gift to the next generation of planetary scientists.",
                "Carole Dubois-Martin",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lars Henriksen", "Instagram"),
        ],
        "people": ["Lars Henriksen", "Aiko Morimoto", "Carole Dubois-Martin"],
    },
    {
        "name": "qualifier-upset-tv-interview-facebook-group-mother",
        "text": (
            "Kateryna Bondar, a 19-year-old Ukrainian qualifier, beat the world No. 3 in "
            "straight sets at Indian Wells on Tuesday and then told Tennis Channel she had "
            "nearly withdrawn before the tournament. “My wrist was bad, my visa was late, and "
            "I had no coach,” she said. “So I just played.”\n\nHer mother, Olena Bondar, posted "
            "in a Facebook group for Ukrainian families in California asking for someone to "
            "drive her to the venue. Within minutes, a member of the group, Mykola Hrytsenko, "
            "replied: “I am 20 minutes away. Tell me where you are.”\n\nThe teenager’s "
            "opponent, Ana Ferreira Lima, wrote on Instagram later that night that she had "
            "been “outplayed from the first point to the last.”\n\nThe Ukrainian Tennis "
            "Federation said in a statement that the teenager had been “playing for everyone "
            "at home.”"
        ),
        "quotes": [
            (
                "My wrist was bad, my visa was late, and I had no coach,",
                "Kateryna Bondar",
                False,
                "P1",
            ),
            ("So I just played.", "Kateryna Bondar", False, "P1"),
            ("I am 20 minutes away. Tell me where you are.", "Mykola Hrytsenko", False, "P2"),
            ("outplayed from the first point to the last.", "Ana Ferreira Lima", True, "P3"),
            ("playing for everyone at home.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Kateryna Bondar", "Tennis Channel"),
            ("P2", "Olena Bondar", "Facebook"),
            ("P3", "Ana Ferreira Lima", "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Kateryna Bondar", "Olena Bondar", "Mykola Hrytsenko", "Ana Ferreira Lima"],
    },
    {
        "name": "pm-tiktok-vape-ban-herald-op-ed-news-release",
        "text": (
            "New Zealand’s prime minister, Aroha Te Whata, announced a ban on single-use "
            'vapes in a TikTok video on Saturday, filmed in a school car park. "If you are 14 '
            'and watching this, I am not sorry," she said in the video, to laughter from '
            "students behind her.\n\nThe opposition leader, Graham Whitcombe, wrote in an op-ed "
            'in The New Zealand Herald that the ban would "hand the market to gangs '
            'overnight." He went on: "Prohibition has a long record, and it is not a good '
            'one."\n\nTe Whata told reporters in Wellington on Monday that she had read the '
            'piece. "Graham is welcome to explain that record to the parents of asthmatic '
            'kids," she said.\n\nThe Vaping Trade Association said in a news release that it '
            'was considering a legal challenge, calling the ban "rushed and unworkable."'
        ),
        "quotes": [
            ("If you are 14 and watching this, I am not sorry,", "Aroha Te Whata", False, "P1"),
            ("hand the market to gangs overnight.", "Graham Whitcombe", True, "P2"),
            (
                "Prohibition has a long record, and it is not a good one.",
                "Graham Whitcombe",
                False,
                "P2",
            ),
            (
                "Graham is welcome to explain that record to the parents of asthmatic kids,",
                "Aroha Te Whata",
                False,
                None,
            ),
            ("rushed and unworkable.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Aroha Te Whata", "TikTok"),
            ("P2", "Graham Whitcombe", "The New Zealand Herald"),
            ("P3", None, "press release"),
        ],
        "people": ["Aroha Te Whata", "Graham Whitcombe"],
    },
    {
        "name": "fashion-house-named-after-founder-sale-instagram-figaro",
        "text": (
            "Elena Marchetti, the Milan fashion house founded in 1962, said in a statement on "
            "Wednesday that it had agreed to be bought by the French luxury group Valcourt "
            "for 1.4 billion euros. “This partnership secures the future of Italian "
            "craftsmanship,” the statement said.\n\nThe house’s creative director, Giorgio "
            "Benedetti, posted a black-and-white photo of the founder’s old atelier on "
            "Instagram. “She would have asked one question: do we still make the clothes "
            "here?” he wrote. “The answer is yes.”\n\nValcourt’s chief executive, Héloïse "
            "Marchand, told Le Figaro that no workshops would close. “We are buying a way of "
            "working,” she said, “not a logo.” Shares in Valcourt rose 2 percent in "
            "Paris.\n\nOn LinkedIn, the retail analyst Chidi Nwosu called the price “generous, "
            "maybe too generous,” noting that the brand’s sales had fallen for three straight "
            "years."
        ),
        "quotes": [
            ("This partnership secures the future of Italian craftsmanship,", None, False, "P1"),
            (
                "She would have asked one question: do we still make the clothes here?",
                "Giorgio Benedetti",
                False,
                "P2",
            ),
            ("The answer is yes.", "Giorgio Benedetti", False, "P2"),
            ("We are buying a way of working,", "Héloïse Marchand", False, "P3"),
            ("not a logo.", "Héloïse Marchand", False, "P3"),
            ("generous, maybe too generous,", "Chidi Nwosu", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Giorgio Benedetti", "Instagram"),
            ("P3", "Héloïse Marchand", "Le Figaro"),
            ("P4", "Chidi Nwosu", "LinkedIn"),
        ],
        "people": ["Giorgio Benedetti", "Héloïse Marchand", "Chidi Nwosu"],
    },
    {
        "name": "sheriff-x-cold-case-podcast-anonymous-letter-sister",
        "text": (
            "The Marlow County Sheriff’s Office said on X on Friday that it had reopened the "
            "1998 disappearance of a teenager, Rosalind Achebe, after receiving new "
            "information. “We never closed this case in our hearts,” the office wrote.\n\nThe "
            "tip followed an episode of the podcast Cold Porch, in which the host, Dwayne "
            "Whitlock, read aloud a letter he said had been mailed to him anonymously. The "
            "letter named a spot near the old quarry and said: “She is not where you "
            "looked.”\n\nAchebe’s sister, Funmilayo Achebe, wrote on Instagram that the family "
            "had waited 26 years “for someone to pick up the phone.” In the same post she "
            "wrote: “I am trying not to hope too much.”\n\nWhitlock told The Marlow Gazette "
            "that he had handed the letter to detectives. “It is theirs now, not mine,” he "
            "said."
        ),
        "quotes": [
            ("We never closed this case in our hearts,", None, False, "P1"),
            ("She is not where you looked.", None, False, "P3"),
            ("for someone to pick up the phone.", "Funmilayo Achebe", True, "P4"),
            ("I am trying not to hope too much.", "Funmilayo Achebe", False, "P4"),
            ("It is theirs now, not mine,", "Dwayne Whitlock", False, "P5"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Dwayne Whitlock", "Cold Porch"),
            ("P3", None, None),
            ("P4", "Funmilayo Achebe", "Instagram"),
            ("P5", "Dwayne Whitlock", "The Marlow Gazette"),
        ],
        "people": ["Rosalind Achebe", "Dwayne Whitlock", "Funmilayo Achebe"],
    },
    {
        "name": "rapper-diss-track-x-manager-story-youtube-comment",
        "text": (
            "Darnell Okafor, the Atlanta rapper who performs as “Lil Ferro,” released a track "
            "on Friday titled “Receipts” that appears to accuse his former manager of "
            "stealing from him. On X, he wrote: “Everything in that song is true and I have "
            "the bank statements.”\n\nThe manager, Brenda Castillo-Hayes, responded on her "
            "Instagram story. “I have never taken a dollar that was not in the contract,” she "
            "wrote, adding that her lawyers were “already busy.”\n\nOn YouTube, where the video "
            "for the track passed four million views in a day, the top comment read: “Bro "
            "really called it ‘Receipts’ and then showed the receipts.” Another viewer wrote "
            "that the song was “a court case with a beat.”\n\nOkafor’s label, Southpaw Music "
            "Group, said it was aware of the “situation” and would not comment further. "
            "Castillo-Hayes managed him from 2017 until last year."
        ),
        "quotes": [
            (
                "Everything in that song is true and I have the bank statements.",
                "Darnell Okafor",
                False,
                "P1",
            ),
            (
                "I have never taken a dollar that was not in the contract,",
                "Brenda Castillo-Hayes",
                False,
                "P2",
            ),
            ("already busy.", "Brenda Castillo-Hayes", True, "P2"),
            ("Bro really called it ‘Receipts’ and then showed the receipts.", None, False, "P3"),
            ("a court case with a beat.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Darnell Okafor", "X"),
            ("P2", "Brenda Castillo-Hayes", "Instagram"),
            ("P3", "Darnell Okafor", "YouTube"),
        ],
        "people": ["Darnell Okafor", "Brenda Castillo-Hayes"],
    },
    {
        "name": "groundwater-report-medium-essay-tv-show-bluesky",
        "text": (
            "A report released on Tuesday by the Global Water Monitor, a research group in "
            "Geneva, found that 14 of the world’s 30 largest cities had drawn down their "
            'groundwater faster in the past five years than in the previous twenty. "The '
            'cities that feel safest are often the ones drinking their savings," the report '
            "said.\n\nOne of its authors, the hydrologist Aditi Deshpande, expanded on the "
            'findings in an essay on Medium. "We measure rainfall obsessively and aquifers '
            'almost never," she wrote. "That is like checking your salary and never your bank '
            'balance."\n\nMexico City’s water commissioner, Alejandro Ruiz Tapia, disputed the '
            'figures on the television show Tercer Grado. "Our wells are monitored every '
            'month, and the trend is stabilising," he said.\n\nDeshpande said on Bluesky that '
            'she would welcome the city’s raw data. "Send it. We will publish whatever it '
            'shows," she posted.'
        ),
        "quotes": [
            (
                "The cities that feel safest are often the ones drinking their savings,",
                None,
                False,
                "P1",
            ),
            (
                "We measure rainfall obsessively and aquifers almost never,",
                "Aditi Deshpande",
                False,
                "P2",
            ),
            (
                "That is like checking your salary and never your bank balance.",
                "Aditi Deshpande",
                False,
                "P2",
            ),
            (
                "Our wells are monitored every month, and the trend is stabilising,",
                "Alejandro Ruiz Tapia",
                False,
                "P3",
            ),
            ("Send it. We will publish whatever it shows,", "Aditi Deshpande", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aditi Deshpande", "Medium"),
            ("P3", "Alejandro Ruiz Tapia", "Tercer Grado"),
            ("P4", "Aditi Deshpande", "Bluesky"),
        ],
        "people": ["Aditi Deshpande", "Alejandro Ruiz Tapia"],
    },
    {
        "name": "cyclist-disqualified-deleted-x-post-radio-two-paragraphs",
        "text": (
            "The Colombian cyclist Esteban Quintero Gil was disqualified from the Tour de "
            "Suisse on Thursday for holding on to a team car on a climb. The race jury said "
            "in a written decision that he had gained “an unfair advantage over a distance of "
            "roughly 400 metres.”\n\nQuintero posted a furious message on X that night and "
            "deleted it within the hour. A screenshot shared widely online showed it had "
            "read: “Four hundred metres. They counted. Incredible.”\n\nThe next morning the "
            "31-year-old went on the Spanish radio show El Larguero. “I was wrong to write "
            "that, and I was wrong to hold the car,” he said. “But I have seen worse go "
            "unpunished in this race.\n\n“Ask anyone in the peloton.”\n\nHis team, "
            "Andes-Pacífico, said in a statement that it accepted the ruling and called the "
            "episode “a lapse, not a pattern.”"
        ),
        "quotes": [
            ("an unfair advantage over a distance of roughly 400 metres.", None, True, "P1"),
            ("Four hundred metres. They counted. Incredible.", "Esteban Quintero Gil", False, "P2"),
            (
                "I was wrong to write that, and I was wrong to hold the car,",
                "Esteban Quintero Gil",
                False,
                "P3",
            ),
            (
                "But I have seen worse go unpunished in this race.",
                "Esteban Quintero Gil",
                False,
                "P3",
            ),
            ("Ask anyone in the peloton.", "Esteban Quintero Gil", False, "P3"),
            ("a lapse, not a pattern.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Esteban Quintero Gil", "X"),
            ("P3", "Esteban Quintero Gil", "El Larguero"),
            ("P4", None, None),
        ],
        "people": ["Esteban Quintero Gil"],
    },
    {
        "name": "central-bank-speech-substack-linkedin-reply-tv-show",
        "text": (
            "Kenya’s central bank governor, Wanjiru Kamau, said in a speech in Nairobi on "
            "Thursday that interest rates would stay at 11 percent until inflation fell below "
            "6 percent. “We will not cut early,” she said, “to win applause from anyone.” The "
            "shilling was steady after the speech.\n\nThe economist Tendai Moyo, who writes the "
            "popular Substack newsletter Frontier Ledger, was unimpressed. “Holding rates "
            "this high while credit to small firms collapses is not discipline. It is "
            "neglect,” he wrote on Friday.\n\nKamau’s deputy, Samuel Otieno, replied to Moyo in "
            "a LinkedIn post of his own, arguing that small-business lending had fallen for "
            "reasons “that have nothing to do with the policy rate.”\n\nMoyo then appeared on "
            "Citizen TV’s morning show, Day Break. “I have great respect for Sam,” he said. "
            "“I just think he is wrong.”"
        ),
        "quotes": [
            ("We will not cut early,", "Wanjiru Kamau", False, None),
            ("to win applause from anyone.", "Wanjiru Kamau", False, None),
            (
                "Holding rates this high while credit to small firms collapses is not discipline. It is neglect,",
                "Tendai Moyo",
                False,
                "P1",
            ),
            ("that have nothing to do with the policy rate.", "Samuel Otieno", True, "P2"),
            ("I have great respect for Sam,", "Tendai Moyo", False, "P3"),
            ("I just think he is wrong.", "Tendai Moyo", False, "P3"),
        ],
        "posts": [
            ("P1", "Tendai Moyo", "Substack"),
            ("P2", "Samuel Otieno", "LinkedIn"),
            ("P3", "Tendai Moyo", "Day Break"),
        ],
        "people": ["Wanjiru Kamau", "Tendai Moyo", "Samuel Otieno"],
    },
    {
        "name": "hospital-ransomware-statement-telegram-threads-nurse-reply",
        "text": (
            "Ridgeway General Hospital in Leeds said in a statement on Monday that a "
            "ransomware attack had forced it to divert ambulances for a second day. “Patient "
            "safety is our only priority,” the statement said.\n\nA group calling itself "
            "BlackMoth claimed responsibility in a post on Telegram, writing that the "
            "hospital had “72 hours to be sensible.”\n\nLucy Ashworth, whose chemotherapy "
            "appointment was cancelled, wrote on Threads: “Nobody has called me. I found out "
            "from a sign in the car park.” Her post was shared more than 9,000 times. A nurse "
            "replied beneath it: “We are working on paper. We are so sorry.”\n\nThe Royal "
            "College of Nursing said in a post on X that staff had been “left to carry the "
            "risk.” Detective Inspector Omar Haddad of West Yorkshire Police told reporters "
            "that the investigation was at an early stage."
        ),
        "quotes": [
            ("Patient safety is our only priority,", None, False, "P1"),
            ("72 hours to be sensible.", None, True, "P2"),
            (
                "Nobody has called me. I found out from a sign in the car park.",
                "Lucy Ashworth",
                False,
                "P3",
            ),
            ("We are working on paper. We are so sorry.", None, False, "P3"),
            ("left to carry the risk.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Telegram"),
            ("P3", "Lucy Ashworth", "Threads"),
            ("P4", None, "X"),
        ],
        "people": ["Lucy Ashworth", "Omar Haddad"],
    },
]
