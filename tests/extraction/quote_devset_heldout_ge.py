"""The one-hundred-and-eighty-first self-made dev set, held out (GE): its first run is an unseen estimate.

Written with set GD, without reading the extraction rules, and committed before
any rule was run on it. Topic area: culture and entertainment: music, film,
television, books, celebrities.

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
  reported without any quoted words (a Facebook post only described, a press
  release only mentioned, a Medium essay only described, an interview with RÚV
  reported in indirect speech) is still listed in posts.
- People lists the named people who speak or author a post, in order of first
  mention; a person named inside someone else's quote (Priya, Jomo, Takeda-san)
  adds nothing.
- A comment under an Instagram post, a reply under a TikTok video and a reply
  under a Threads post belong to that post, whoever writes them.
- A spokeswoman quoted in a promoter's statement, a publisher quoted in a
  publisher's press release, a marketing director quoted in a sponsor's release
  and a head of entertainment quoted in a broadcaster's release speak under
  their own names; the statement or release has author None.
- A statement or release quoted with no named person (“the release said”, “the
  statement said”, “the festival wrote”, a studio's statement wishing her “every
  success”) speaks as None; a fragment called something in a company's statement
  is partial and belongs to it.
- An op-ed published in The Guardian has platform The Guardian; “The” is kept
  when the text capitalises it as part of the name (The Guardian, The Hollywood
  Reporter, The Irish Times) and dropped when it is lower case (the Asahi
  Shimbun: Asahi Shimbun).
- A later short form of an outlet (“told the Reporter”, “told the newspaper”)
  refers to the same interview as the full name, and quotes tied to it belong to
  that post; “she added” right after them does too.
- After a post on X, “she had returned to the platform” is a second X post by
  the same author; the fragment reported from it is partial.
- A spokesman's email to reporters (“In an email, a Lumen spokesman ... he
  wrote”) is the spokesman's post with no platform, and a fragment in the
  sentence that names the email belongs to it.
- A programme named with its broadcaster takes the programme's name alone: the
  BBC's Front Row programme is Front Row, NPR's All Things Considered is All
  Things Considered; “the Icelandic broadcaster RÚV” is RÚV; the NBC talk show
  “Tonight at Ten” is Tonight at Ten, and the show's title in marks is not a
  quote.
- A podcast episode first reported before its guest is named (“the producer said
  on the episode of Liner Notes”, name given in the next sentence) is the
  guest's post with platform Liner Notes, and the quote speaks as the guest's
  full name.
- A quote in one paragraph closed with “she wrote”, followed by paragraphs that
  open with a mark and carry no attribution, is continued by them: each
  following paragraph is its own quote with the same speaker and post; an
  unclosed paragraph's quote runs to the paragraph's end.
- A quote running over two paragraphs right after “in an interview with NPR's
  All Things Considered” belongs to that interview.
- A split quote gives two quotes; the part after the attribution (“and then they
  called it a social experiment.”) is not partial.
- A handwritten letter posted on Instagram and an Instagram story are Instagram
  posts; a photograph posted with a one-word caption (“Reduced,”) is a post
  whose caption is a whole quote, not partial.
- A letter to a school board is its author's post with no platform; sharing it
  later on Threads with added words is a new Threads post, and replies under
  “her post on Threads” belong to that second post.
- A resignation letter to a board is its author's post with no platform; a memo
  to staff by a channel's director of programming is his post with no platform.
- A complaint filed by a named plaintiff's unnamed lawyers (“Ashworth-Kemp's
  lawyers wrote”) has author None and its words speak as None; a lawyer's words
  to the judge at a hearing are not a post.
- A fragment a board president repeats at a public hearing of what parents
  objected to (“mature content”) is his partial quote with no post.
- A named producer's statement released through his lawyer is the producer's
  post with no platform.
- An excerpt from a forthcoming memoir published by Vanity Fair is the author's
  post with platform Vanity Fair, and “Garza Villarreal writes” ties the quote
  to it; the memoir itself is not listed separately.
- An orchestra's announcement on its Facebook page and a festival's post on X
  have author None.
- A statement “on its website” by a studio is a post with author None and no
  platform.
- An acceptance speech, remarks on a red carpet to reporters, a prize ceremony
  (“told the audience”), a fan event, a news conference at a festival and a
  lawyer's remark with no outlet (“said her client was ...”) are not posts.
- Titles in marks (songs, films, a telenovela, a TV series, a reality show,
  books, a Substack essay, a Medium essay, a festival programme) are not quotes;
  a nickname (“Rafa”) and a stage name (“DJ Scallop”) in marks are not quotes,
  nor is the scare quote “original”.
- Siblings sharing a surname (Aïssatou and Moussa Diallo) are each named in full
  when they speak; the canonical names are the full forms used later in the
  text.
- Name order as written is kept for Korean and Japanese names (Kang Min-jae,
  Choi Hyun-woo, Takeda Haruka, Mori Kenji); Spanish double surnames (Rojas
  Echeverri, Garza Villarreal), Irish names (Ní Dhomhnaill, Ní Bhriain), the
  Dutch particle (van Leeuwen) and hyphenated surnames are part of the canonical
  name; the honorific in “Takeda-san” inside a quote is part of the quote.
- Descriptions used as attribution (“the 29-year-old”, “the 45-year-old rapper”,
  “the 38-year-old actor”, “the producer”) resolve to the person described; an
  age inside a quote (“a 22-year-old with a camera”) is only part of the quote.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_GE: list[dict] = [
    {
        "name": "instagram-tour-cancellation-promoter-statement-comment",
        "text": (
            "The Nigerian singer Adaeze Okonkwo-Bello has cancelled the remaining 14 dates "
            "of her North American tour, citing exhaustion, she told fans in an Instagram "
            "post on Sunday night.\n\n"
            "“I have been running on empty since August, and I kept telling myself the "
            "stage would fix it,” the 29-year-old wrote beneath a black-and-white "
            "photograph of an empty arena. “It didn’t. I need to go home.”\n\n"
            "The tour’s promoter, Livewire Presents, said in a statement that all tickets "
            "would be refunded within 30 days. “Adaeze’s health comes first, and we support "
            "her decision completely,” a spokeswoman, Carla Mendonça, said in the "
            "statement.\n\n"
            "Among thousands of comments under the post was one from the Ghanaian rapper "
            "Kwabena Asante-Darko, who toured with her last year: “Rest, sister. The songs "
            "will wait.”\n\n"
            "Okonkwo-Bello, whose 2022 single “Lagos Don’t Sleep” topped streaming charts "
            "in six countries, had played only nine of the planned 23 shows."
        ),
        "quotes": [
            (
                (
                    "I have been running on empty since August, and I kept telling myself the "
                    "stage would fix it,"
                ),
                "Adaeze Okonkwo-Bello",
                False,
                "P1",
            ),
            ("It didn’t. I need to go home.", "Adaeze Okonkwo-Bello", False, "P1"),
            (
                "Adaeze’s health comes first, and we support her decision completely,",
                "Carla Mendonça",
                False,
                "P2",
            ),
            ("Rest, sister. The songs will wait.", "Kwabena Asante-Darko", False, "P1"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Bello", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Adaeze Okonkwo-Bello", "Carla Mendonça", "Kwabena Asante-Darko"],
    },
    {
        "name": "guardian-op-ed-director-festival-news-conference",
        "text": (
            "The Iranian director Shirin Farahani, whose film “The Orchard Keeper” was "
            "withdrawn from the Karlovy Vary festival last week, accused its sales agent of "
            "bowing to political pressure in an op-ed published in The Guardian on "
            "Thursday.\n\n"
            "“A film is not a diplomatic cable, to be recalled when it embarrasses "
            "someone,” Farahani wrote. “Once it has been seen, it belongs to the people who "
            "saw it.”\n\n"
            "The sales agent, Meridian Screen International, called the withdrawal a "
            "“commercial decision” in a brief statement and declined to comment further.\n\n"
            "At a news conference in Prague on Friday, the festival’s artistic director, "
            "Tomáš Hrubý, said he had learned of the withdrawal from the newspaper. “Nobody "
            "asked us. We would have screened it gladly,” he told reporters.\n\n"
            "Farahani, 47, said she was in talks with two other festivals."
        ),
        "quotes": [
            (
                "A film is not a diplomatic cable, to be recalled when it embarrasses someone,",
                "Shirin Farahani",
                False,
                "P1",
            ),
            (
                "Once it has been seen, it belongs to the people who saw it.",
                "Shirin Farahani",
                False,
                "P1",
            ),
            ("commercial decision", None, True, "P2"),
            ("Nobody asked us. We would have screened it gladly,", "Tomáš Hrubý", False, None),
        ],
        "posts": [
            ("P1", "Shirin Farahani", "The Guardian"),
            ("P2", None, None),
        ],
        "people": ["Shirin Farahani", "Tomáš Hrubý"],
    },
    {
        "name": "x-showrunner-cancellation-returned-to-platform-email",
        "text": (
            "Hours after the streaming service Lumen cancelled the fantasy drama “Salt and "
            "Iron” after two seasons, its creator, Priya Raghunathan, took to X to thank "
            "the cast and crew.\n\n"
            "“Two seasons, 180 people, one very wet summer in Northern Ireland. I would do "
            "every day of it again,” she posted late on Wednesday.\n\n"
            "By Thursday morning she had returned to the platform in a sharper mood, "
            "writing that the show had been “killed by a spreadsheet” and urging fans to "
            "stop sending abuse to Lumen’s staff.\n\n"
            "In an email, a Lumen spokesman, Gareth Pryce-Owen, said the decision had been "
            "“difficult” and was based on viewing figures. “We are enormously proud of what "
            "Priya and her team made,” he wrote.\n\n"
            "The show’s lead actor, Oluwaseun Adebayo, told the BBC’s Front Row programme "
            "that the cast had learned the news from a group chat. “It was not how anyone "
            "wants to find out,” he said."
        ),
        "quotes": [
            (
                (
                    "Two seasons, 180 people, one very wet summer in Northern Ireland. I would do "
                    "every day of it again,"
                ),
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("killed by a spreadsheet", "Priya Raghunathan", True, "P2"),
            ("difficult", "Gareth Pryce-Owen", True, "P3"),
            (
                "We are enormously proud of what Priya and her team made,",
                "Gareth Pryce-Owen",
                False,
                "P3",
            ),
            ("It was not how anyone wants to find out,", "Oluwaseun Adebayo", False, "P4"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "X"),
            ("P2", "Priya Raghunathan", "X"),
            ("P3", "Gareth Pryce-Owen", None),
            ("P4", "Oluwaseun Adebayo", "Front Row"),
        ],
        "people": ["Priya Raghunathan", "Gareth Pryce-Owen", "Oluwaseun Adebayo"],
    },
    {
        "name": "substack-novelist-two-paragraph-quote-prize-ceremony",
        "text": (
            "The Korean-American novelist Grace Yoon-Hee Park said she would donate her "
            "£50,000 prize money to a library fund, a week after her novel “The Weight of "
            "Rivers” won the Halden Prize for Fiction.\n\n"
            "In a Substack essay titled “What the Money Is For,” published on Monday, Park "
            "described growing up in a Queens apartment with no books except a dictionary "
            "and a hymnal. “The public library on Parsons Boulevard was the first room I "
            "ever entered that seemed to expect me,” she wrote.\n\n"
            "“Every book I have written began at one of its tables. If the prize means "
            "anything, it should mean that another child finds that table still there.\n\n"
            "“I am not being generous. I am paying back a loan.”\n\n"
            "Her publisher, Harrow & Finch, announced in a press release that it would "
            "match the donation. The release quoted its publisher, Declan Murtagh, as "
            "saying: “Grace has reminded all of us where readers come from.”\n\n"
            "At the prize ceremony in Edinburgh last week, Park had told the audience "
            "simply: “Thank you for reading slowly.”"
        ),
        "quotes": [
            (
                (
                    "The public library on Parsons Boulevard was the first room I ever entered "
                    "that seemed to expect me,"
                ),
                "Grace Yoon-Hee Park",
                False,
                "P1",
            ),
            (
                (
                    "Every book I have written began at one of its tables. If the prize means "
                    "anything, it should mean that another child finds that table still there."
                ),
                "Grace Yoon-Hee Park",
                False,
                "P1",
            ),
            (
                "I am not being generous. I am paying back a loan.",
                "Grace Yoon-Hee Park",
                False,
                "P1",
            ),
            (
                "Grace has reminded all of us where readers come from.",
                "Declan Murtagh",
                False,
                "P2",
            ),
            ("Thank you for reading slowly.", "Grace Yoon-Hee Park", False, None),
        ],
        "posts": [
            ("P1", "Grace Yoon-Hee Park", "Substack"),
            ("P2", None, "press release"),
        ],
        "people": ["Grace Yoon-Hee Park", "Declan Murtagh"],
    },
    {
        "name": "tiktok-actor-engagement-reply-talk-show-nickname",
        "text": (
            "The Brazilian actor Rafael Monteiro, known to fans as “Rafa” since his years "
            "on the telenovela “Coração de Vidro,” announced his engagement to the "
            "Filipino-Canadian chef Liza Dimaculangan in a TikTok video on Saturday.\n\n"
            "In the 40-second clip, Monteiro is seen failing three times to open a ring box "
            "on a windy beach. “She said yes before I got it open, which tells you "
            "everything about her,” he says to the camera.\n\n"
            "Dimaculangan replied under the video a few hours later: “For the record, I "
            "said yes to the man, not the box.”\n\n"
            "Appearing on the NBC talk show “Tonight at Ten” on Monday, Monteiro said the "
            "couple planned a small wedding in Salvador. “My mother has already invited 300 "
            "people, so small is relative,” he said."
        ),
        "quotes": [
            (
                "She said yes before I got it open, which tells you everything about her,",
                "Rafael Monteiro",
                False,
                "P1",
            ),
            (
                "For the record, I said yes to the man, not the box.",
                "Liza Dimaculangan",
                False,
                "P1",
            ),
            (
                "My mother has already invited 300 people, so small is relative,",
                "Rafael Monteiro",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Rafael Monteiro", "TikTok"),
            ("P2", "Rafael Monteiro", "Tonight at Ten"),
        ],
        "people": ["Rafael Monteiro", "Liza Dimaculangan"],
    },
    {
        "name": "kpop-agency-release-handwritten-letter-airport",
        "text": (
            "Kang Min-jae, the youngest member of the K-pop group Northstar, will leave the "
            "band at the end of the year to complete his military service and pursue solo "
            "work, his agency, Bluewave Entertainment, said in a press release on Tuesday.\n\n"
            "“After long conversations, we have decided to respect Min-jae’s wishes,” the "
            "release said, adding that the remaining four members would continue as a "
            "quartet.\n\n"
            "Kang, 24, posted a handwritten letter to fans on Instagram the same evening. "
            "“I was 16 when I walked into the practice room for the first time,” he wrote. "
            "“Everything I know about music, I learned from the four people beside me.”\n\n"
            "Greeted by several hundred fans at Incheon International Airport on Wednesday, "
            "the group’s leader, Choi Hyun-woo, told reporters the band was “sad but not "
            "broken.”"
        ),
        "quotes": [
            (
                "After long conversations, we have decided to respect Min-jae’s wishes,",
                None,
                False,
                "P1",
            ),
            (
                "I was 16 when I walked into the practice room for the first time,",
                "Kang Min-jae",
                False,
                "P2",
            ),
            (
                "Everything I know about music, I learned from the four people beside me.",
                "Kang Min-jae",
                False,
                "P2",
            ),
            ("sad but not broken.", "Choi Hyun-woo", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kang Min-jae", "Instagram"),
        ],
        "people": ["Kang Min-jae", "Choi Hyun-woo"],
    },
    {
        "name": "court-complaint-actor-digital-replica-youtube-hearing",
        "text": (
            "The British actor Tobias Ashworth-Kemp has sued Crescent Pictures, claiming "
            "that the studio used a digital replica of his face in the sequel “Nightfall "
            "Protocol 2” without his consent.\n\n"
            "In a complaint filed on Monday in Los Angeles Superior Court, Ashworth-Kemp’s "
            "lawyers wrote that the studio had “effectively cast him in a film he never "
            "agreed to make.” The filing seeks at least $12 million in damages.\n\n"
            "The actor explained his reasons in an 11-minute YouTube video posted the same "
            "day. “I don’t object to the technology. I object to waking up and finding out "
            "I had worked for a year I don’t remember,” he said.\n\n"
            "At a hearing on Wednesday, a lawyer for Crescent, Miriam Oyelaran-Stone, told "
            "the judge that Ashworth-Kemp’s 2019 contract allowed the studio to “reuse "
            "likeness material” in sequels. “He signed it, and he was paid for it,” she "
            "said.\n\n"
            "The judge set a further hearing for March."
        ),
        "quotes": [
            ("effectively cast him in a film he never agreed to make.", None, True, "P1"),
            (
                (
                    "I don’t object to the technology. I object to waking up and finding out I "
                    "had worked for a year I don’t remember,"
                ),
                "Tobias Ashworth-Kemp",
                False,
                "P2",
            ),
            ("reuse likeness material", "Miriam Oyelaran-Stone", True, None),
            ("He signed it, and he was paid for it,", "Miriam Oyelaran-Stone", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tobias Ashworth-Kemp", "YouTube"),
        ],
        "people": ["Tobias Ashworth-Kemp", "Miriam Oyelaran-Stone"],
    },
    {
        "name": "linkedin-presenter-exit-staff-memo-comment",
        "text": (
            "Fatima Zahra Benali, who has presented the evening news on the French-language "
            "channel TV5 Horizon for 17 years, announced her departure on LinkedIn on "
            "Friday.\n\n"
            "“Seventeen years, some 4,000 bulletins and exactly one on-air sneeze that the "
            "internet will never let me forget,” Benali wrote. “It is time to hand over the "
            "chair.”\n\n"
            "In a memo to staff seen by this newspaper, the channel’s director of "
            "programming, Laurent Vasseur, called her “the steadiest voice in French "
            "broadcasting” and said a successor would be named in January.\n\n"
            "Under Benali’s post, her former co-presenter Youssef El Amrani commented: “The "
            "sneeze was the best thing that ever happened to ratings.”"
        ),
        "quotes": [
            (
                (
                    "Seventeen years, some 4,000 bulletins and exactly one on-air sneeze that the "
                    "internet will never let me forget,"
                ),
                "Fatima Zahra Benali",
                False,
                "P1",
            ),
            ("It is time to hand over the chair.", "Fatima Zahra Benali", False, "P1"),
            ("the steadiest voice in French broadcasting", "Laurent Vasseur", True, "P2"),
            (
                "The sneeze was the best thing that ever happened to ratings.",
                "Youssef El Amrani",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Fatima Zahra Benali", "LinkedIn"),
            ("P2", "Laurent Vasseur", None),
        ],
        "people": ["Fatima Zahra Benali", "Laurent Vasseur", "Youssef El Amrani"],
    },
    {
        "name": "podcast-producer-named-later-bluesky-lawyer",
        "text": (
            "A podcast episode released on Tuesday has reopened a long-running dispute over "
            "who wrote the 1998 dance hit “Midnight in Mombasa.”\n\n"
            "“I wrote that hook on a napkin in a hotel bar in Nairobi, and I still have the "
            "napkin,” the producer said on the episode of Liner Notes, a music history "
            "podcast. The producer, Jomo Mwangi-Otieno, was credited only as an engineer on "
            "the original record.\n\n"
            "The song’s credited writer, the Dutch DJ Pieter van Leeuwen, responded on "
            "Bluesky the next morning. “Jomo was in the room. So were six other people. A "
            "napkin is not a songwriting credit,” he posted.\n\n"
            "Mwangi-Otieno’s lawyer, Achieng Odhiambo, said her client was “weighing his "
            "options.”"
        ),
        "quotes": [
            (
                (
                    "I wrote that hook on a napkin in a hotel bar in Nairobi, and I still have "
                    "the napkin,"
                ),
                "Jomo Mwangi-Otieno",
                False,
                "P1",
            ),
            (
                (
                    "Jomo was in the room. So were six other people. A napkin is not a "
                    "songwriting credit,"
                ),
                "Pieter van Leeuwen",
                False,
                "P2",
            ),
            ("weighing his options.", "Achieng Odhiambo", True, None),
        ],
        "posts": [
            ("P1", "Jomo Mwangi-Otieno", "Liner Notes"),
            ("P2", "Pieter van Leeuwen", "Bluesky"),
        ],
        "people": ["Jomo Mwangi-Otieno", "Pieter van Leeuwen", "Achieng Odhiambo"],
    },
    {
        "name": "hollywood-reporter-short-form-box-office-scare-quote",
        "text": (
            "The animated musical “Paper Lanterns” took $48 million in its first weekend in "
            "North America, well above industry forecasts, according to the tracking firm "
            "Comscore.\n\n"
            "The film’s director, Mei-Lin Chao, told The Hollywood Reporter that the studio "
            "had twice tried to cut the film’s longest song. “They said children would get "
            "bored. Children did not get bored,” she said.\n\n"
            "Chao, who spent six years on the project, told the Reporter she had kept a "
            "folder of every note asking for the song to be shortened. “I might frame "
            "them,” she added.\n\n"
            "The result was being read in Hollywood as proof that “original” animation "
            "could still fill cinemas. Box-office analysts said the film’s audience was 61 "
            "percent female.\n\n"
            "Its distributor, Greenlight Animation, said in a press release that the film "
            "would open in 40 further markets in December."
        ),
        "quotes": [
            (
                "They said children would get bored. Children did not get bored,",
                "Mei-Lin Chao",
                False,
                "P1",
            ),
            ("I might frame them,", "Mei-Lin Chao", False, "P1"),
        ],
        "posts": [
            ("P1", "Mei-Lin Chao", "The Hollywood Reporter"),
            ("P2", None, "press release"),
        ],
        "people": ["Mei-Lin Chao"],
    },
    {
        "name": "facebook-apology-described-instagram-caption-red-carpet",
        "text": (
            "The Bollywood actor Arjun Malhotra-Sen has apologised for comments about his "
            "co-star’s weight that were captured in a backstage video and circulated widely "
            "at the weekend.\n\n"
            "In a long Facebook post on Monday, Malhotra-Sen said he had been trying to be "
            "funny and had failed, and that he had apologised privately to the actress, "
            "Nandini Iyer, before going public.\n\n"
            "Iyer did not comment directly, but on Tuesday she posted a photograph on "
            "Instagram of herself laughing on set with the caption “Onwards, with people "
            "who lift you.”\n\n"
            "Asked about the episode on the red carpet at the Mumbai premiere of their film "
            "“Monsoon Letters” on Wednesday, the 38-year-old actor told reporters: “I got "
            "it wrong. I have said so, and I will keep saying so.”"
        ),
        "quotes": [
            ("Onwards, with people who lift you.", "Nandini Iyer", False, "P2"),
            (
                "I got it wrong. I have said so, and I will keep saying so.",
                "Arjun Malhotra-Sen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Arjun Malhotra-Sen", "Facebook"),
            ("P2", "Nandini Iyer", "Instagram"),
        ],
        "people": ["Arjun Malhotra-Sen", "Nandini Iyer"],
    },
    {
        "name": "letter-to-school-board-threads-reply-hearing",
        "text": (
            "The Chilean-born author Valentina Rojas Echeverri has written to a Texas "
            "school board urging it to reverse the removal of her young-adult novel "
            "“Everything the Sea Returns” from middle-school libraries.\n\n"
            "“My book is about a girl who loses her father to the sea and learns to swim "
            "anyway,” Rojas Echeverri wrote in the letter, dated Nov. 3. “I do not "
            "understand which part of that is dangerous.”\n\n"
            "She later shared the letter on Threads, adding: “If you are a librarian in "
            "Bexar County, thank you. You fought for this.”\n\n"
            "The board’s president, Dale Whitcombe, said at a public hearing on Tuesday "
            "that several parents had objected to “mature content” in two chapters. “We are "
            "not banning anything. We are deciding what is age-appropriate,” he said.\n\n"
            "Her post on Threads drew replies from other writers. One of them, the Irish "
            "novelist Siobhán Ní Bhriain, wrote: “I read it to my 12-year-old. She asked "
            "for the sequel.”"
        ),
        "quotes": [
            (
                (
                    "My book is about a girl who loses her father to the sea and learns to swim "
                    "anyway,"
                ),
                "Valentina Rojas Echeverri",
                False,
                "P1",
            ),
            (
                "I do not understand which part of that is dangerous.",
                "Valentina Rojas Echeverri",
                False,
                "P1",
            ),
            (
                "If you are a librarian in Bexar County, thank you. You fought for this.",
                "Valentina Rojas Echeverri",
                False,
                "P2",
            ),
            ("mature content", "Dale Whitcombe", True, None),
            (
                "We are not banning anything. We are deciding what is age-appropriate,",
                "Dale Whitcombe",
                False,
                None,
            ),
            (
                "I read it to my 12-year-old. She asked for the sequel.",
                "Siobhán Ní Bhriain",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Valentina Rojas Echeverri", None),
            ("P2", "Valentina Rojas Echeverri", "Threads"),
        ],
        "people": ["Valentina Rojas Echeverri", "Dale Whitcombe", "Siobhán Ní Bhriain"],
    },
    {
        "name": "reality-show-contestant-gmb-split-quote-channel-statement",
        "text": (
            "A contestant who walked out of the reality series “Island of Strangers” has "
            "accused its producers of denying participants sleep to provoke arguments.\n\n"
            "“They would play music at three in the morning and then film us fighting at "
            "breakfast,” Chloe Abernathy-Nwosu, 26, said on Good Morning Britain on Monday, "
            "“and then they called it a social experiment.”\n\n"
            "The broadcaster, Channel 8, said in a statement that the welfare of "
            "participants was its “absolute priority” and that a psychologist had been on "
            "site throughout filming. “All contributors were able to rest at any time,” the "
            "statement said.\n\n"
            "Abernathy-Nwosu said she had spoken to two other former contestants who "
            "described similar treatment. One of them, Reuben Castellanos, backed her "
            "account in an Instagram story on Tuesday, writing that the nights were “worse "
            "than she is saying.”\n\n"
            "The show’s production company, Tidewater Studios, declined to comment."
        ),
        "quotes": [
            (
                (
                    "They would play music at three in the morning and then film us fighting at "
                    "breakfast,"
                ),
                "Chloe Abernathy-Nwosu",
                False,
                "P1",
            ),
            ("and then they called it a social experiment.", "Chloe Abernathy-Nwosu", False, "P1"),
            ("absolute priority", None, True, "P2"),
            ("All contributors were able to rest at any time,", None, False, "P2"),
            ("worse than she is saying.", "Reuben Castellanos", True, "P3"),
        ],
        "posts": [
            ("P1", "Chloe Abernathy-Nwosu", "Good Morning Britain"),
            ("P2", None, None),
            ("P3", "Reuben Castellanos", "Instagram"),
        ],
        "people": ["Chloe Abernathy-Nwosu", "Reuben Castellanos"],
    },
    {
        "name": "conductor-resignation-letter-npr-two-paragraphs-facebook-page",
        "text": (
            "The Finnish conductor Aino Kettunen has resigned as music director of the "
            "Cascade Symphony Orchestra after the board voted to cut the orchestra’s season "
            "from 30 concerts to 18.\n\n"
            "In a resignation letter to the board, Kettunen said she could not “preside "
            "over a slow dismantling” of an ensemble she had led for nine years.\n\n"
            "She expanded on the decision in an interview with NPR’s All Things Considered "
            "on Thursday. “An orchestra is not a building you can close a wing of. If you "
            "take away a third of the concerts, you lose the players who make the other "
            "two-thirds possible.\n\n"
            "“The good ones will go to Minneapolis or Toronto, and they will not come "
            "back,” she said.\n\n"
            "The orchestra announced her departure on its Facebook page, thanking her for "
            "“nine extraordinary seasons” without mentioning the cuts. The board’s chair, "
            "Harold Okafor, told reporters after a concert on Friday that the budget “left "
            "no painless options.”"
        ),
        "quotes": [
            ("preside over a slow dismantling", "Aino Kettunen", True, "P1"),
            (
                (
                    "An orchestra is not a building you can close a wing of. If you take away a "
                    "third of the concerts, you lose the players who make the other two-thirds "
                    "possible."
                ),
                "Aino Kettunen",
                False,
                "P2",
            ),
            (
                "The good ones will go to Minneapolis or Toronto, and they will not come back,",
                "Aino Kettunen",
                False,
                "P2",
            ),
            ("nine extraordinary seasons", None, True, "P3"),
            ("left no painless options.", "Harold Okafor", True, None),
        ],
        "posts": [
            ("P1", "Aino Kettunen", None),
            ("P2", "Aino Kettunen", "All Things Considered"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Aino Kettunen", "Harold Okafor"],
    },
    {
        "name": "youtube-apology-sponsor-release-medium-essay-x",
        "text": (
            "The Australian YouTuber Lachlan Petrakis, whose channel has 9 million "
            "subscribers, posted a 20-minute apology video on Sunday after former employees "
            "accused him of withholding wages.\n\n"
            "“I was a 22-year-old with a camera and no idea how to run a business, and "
            "people who trusted me paid for that,” Petrakis said in the video. He said all "
            "outstanding wages had now been paid.\n\n"
            "Hours later, the energy-drink maker Voltura said in a press release that it "
            "had ended its sponsorship deal with him. “Our partners must share our values,” "
            "said the company’s marketing director, Sunita Rajapaksa, in the release.\n\n"
            "One of the former employees, the video editor Maya Goldfarb, had described the "
            "working conditions last month in a Medium essay titled “Unpaid in Paradise.” "
            "She responded to the apology on X: “Paid after 14 months and a lawyer’s "
            "letter. That is not an apology, it is a receipt.”"
        ),
        "quotes": [
            (
                (
                    "I was a 22-year-old with a camera and no idea how to run a business, and "
                    "people who trusted me paid for that,"
                ),
                "Lachlan Petrakis",
                False,
                "P1",
            ),
            ("Our partners must share our values,", "Sunita Rajapaksa", False, "P2"),
            (
                (
                    "Paid after 14 months and a lawyer’s letter. That is not an apology, it is a "
                    "receipt."
                ),
                "Maya Goldfarb",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Lachlan Petrakis", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Maya Goldfarb", "Medium"),
            ("P4", "Maya Goldfarb", "X"),
        ],
        "people": ["Lachlan Petrakis", "Sunita Rajapaksa", "Maya Goldfarb"],
    },
    {
        "name": "festival-winners-siblings-speech-told-le-monde",
        "text": (
            "The Senegalese siblings Aïssatou and Moussa Diallo won the top prize at the "
            "Ouagadougou Pan-African Film Festival on Saturday for “The Last Ferry to "
            "Ziguinchor,” their first feature.\n\n"
            "Accepting the award, Aïssatou Diallo dedicated it to the ferry’s crew, who "
            "appear in the film as themselves. “They gave us their faces and their evenings "
            "for two years,” she said in her speech.\n\n"
            "Her brother, who edited the film, told Le Monde afterwards that the pair had "
            "nearly abandoned it in 2021 when their financing collapsed. “We had a film "
            "with no ending and a bank account with no money,” Moussa Diallo told the "
            "newspaper. “The ending turned out to be the crew again.”\n\n"
            "The jury president, the Ethiopian director Haile Gebremedhin, told a news "
            "conference that the decision had been unanimous. “It was the only film we kept "
            "arguing about after we left the cinema,” he said."
        ),
        "quotes": [
            (
                "They gave us their faces and their evenings for two years,",
                "Aïssatou Diallo",
                False,
                None,
            ),
            (
                "We had a film with no ending and a bank account with no money,",
                "Moussa Diallo",
                False,
                "P1",
            ),
            ("The ending turned out to be the crew again.", "Moussa Diallo", False, "P1"),
            (
                "It was the only film we kept arguing about after we left the cinema,",
                "Haile Gebremedhin",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Moussa Diallo", "Le Monde"),
        ],
        "people": ["Aïssatou Diallo", "Moussa Diallo", "Haile Gebremedhin"],
    },
    {
        "name": "eurovision-entry-broadcaster-release-irish-times-stage-name",
        "text": (
            "The Irish broadcaster RTÉ has chosen the folk-pop singer Ciara Ní Dhomhnaill "
            "to represent the country at next year’s Eurovision Song Contest in Basel with "
            "her song “Salt on the Window.”\n\n"
            "In a press release on Wednesday, RTÉ quoted its head of entertainment, Brendan "
            "Fahy, as saying: “Ciara writes songs that sound like they were always there. "
            "Europe is about to find that out.”\n\n"
            "Ní Dhomhnaill, 31, who sings in both Irish and English, told The Irish Times "
            "that she had entered the national selection “mostly as a dare” from her "
            "sister. “I never thought anyone would actually pick me,” she said. “Now I have "
            "to learn how to dance.”\n\n"
            "The runner-up, Dara Mulcahy, a Cork rapper who performs as “DJ Scallop,” "
            "congratulated her on Instagram. “Go win the thing. Bring me back a chocolate,” "
            "he wrote."
        ),
        "quotes": [
            (
                (
                    "Ciara writes songs that sound like they were always there. Europe is about "
                    "to find that out."
                ),
                "Brendan Fahy",
                False,
                "P1",
            ),
            ("mostly as a dare", "Ciara Ní Dhomhnaill", True, "P2"),
            ("I never thought anyone would actually pick me,", "Ciara Ní Dhomhnaill", False, "P2"),
            ("Now I have to learn how to dance.", "Ciara Ní Dhomhnaill", False, "P2"),
            ("Go win the thing. Bring me back a chocolate,", "Dara Mulcahy", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ciara Ní Dhomhnaill", "The Irish Times"),
            ("P3", "Dara Mulcahy", "Instagram"),
        ],
        "people": ["Ciara Ní Dhomhnaill", "Brendan Fahy", "Dara Mulcahy"],
    },
    {
        "name": "memoir-excerpt-vanity-fair-producer-statement-caption",
        "text": (
            "The Mexican actress and singer Lucía Garza Villarreal says she was pressured "
            "to keep working through a pregnancy on the set of the 2009 thriller “Red "
            "Harvest Road,” according to an excerpt from her forthcoming memoir published "
            "by Vanity Fair on Tuesday.\n\n"
            "The excerpt describes a 14-hour shoot in the desert outside Durango. “I was "
            "told that if I fainted, I should try to faint between takes,” Garza Villarreal "
            "writes.\n\n"
            "The film’s producer, Stanley Horowitz, said in a statement released through "
            "his lawyer that he had “no recollection” of such a remark and that the actress "
            "had been offered a reduced schedule.\n\n"
            "Garza Villarreal, 52, answered on Instagram on Wednesday with a photograph of "
            "a call sheet from the shoot, its 5 a.m. start time circled in red. “Reduced,” "
            "she wrote in the caption."
        ),
        "quotes": [
            (
                "I was told that if I fainted, I should try to faint between takes,",
                "Lucía Garza Villarreal",
                False,
                "P1",
            ),
            ("no recollection", "Stanley Horowitz", True, "P2"),
            ("Reduced,", "Lucía Garza Villarreal", False, "P3"),
        ],
        "posts": [
            ("P1", "Lucía Garza Villarreal", "Vanity Fair"),
            ("P2", "Stanley Horowitz", None),
            ("P3", "Lucía Garza Villarreal", "Instagram"),
        ],
        "people": ["Lucía Garza Villarreal", "Stanley Horowitz"],
    },
    {
        "name": "festival-x-account-headliner-cnn-split-quote-ruv",
        "text": (
            "The organisers of the Reykjavík music festival Norðurljós said on X on Monday "
            "that the American rapper Marcus Whitfield had withdrawn as a headliner three "
            "weeks before the event. “We are as disappointed as you are,” the festival "
            "wrote, promising refunds to anyone who asked.\n\n"
            "Whitfield, who records as Deacon, gave his reasons in an interview with CNN "
            "that evening. “My son was born six weeks early. There is no stage in the world "
            "I need to be on right now,” the 45-year-old rapper said.\n\n"
            "“I’ll be back in Iceland,” he added, “and I’ll play twice as long.”\n\n"
            "The festival’s director, Guðrún Sigurðardóttir, told the Icelandic broadcaster "
            "RÚV that a replacement would be announced within days. Tickets for the "
            "festival, which includes a late-night programme billed as “The Longest Night,” "
            "sold out in March."
        ),
        "quotes": [
            ("We are as disappointed as you are,", None, False, "P1"),
            (
                (
                    "My son was born six weeks early. There is no stage in the world I need to be "
                    "on right now,"
                ),
                "Marcus Whitfield",
                False,
                "P2",
            ),
            ("I’ll be back in Iceland,", "Marcus Whitfield", False, "P2"),
            ("and I’ll play twice as long.", "Marcus Whitfield", False, "P2"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Marcus Whitfield", "CNN"),
            ("P3", "Guðrún Sigurðardóttir", "RÚV"),
        ],
        "people": ["Marcus Whitfield", "Guðrún Sigurðardóttir"],
    },
    {
        "name": "anime-director-asahi-interview-studio-website-fan-event",
        "text": (
            "The Japanese animation director Takeda Haruka has said she will not make "
            "another feature for Studio Kiriko, the company behind her 2021 hit “The Fox "
            "Who Borrowed the Moon,” after a dispute over the length of her next project.\n\n"
            "“They wanted 90 minutes. The story needs 140. I would rather make it somewhere "
            "else than make it badly,” Takeda said in an interview with the Asahi Shimbun "
            "published on Sunday.\n\n"
            "Studio Kiriko said in a statement on its website that it respected the "
            "director’s decision and wished her “every success.” It did not address the "
            "dispute over running time.\n\n"
            "The voice actor Mori Kenji, who played the fox, wrote on X that he would "
            "“follow Takeda-san anywhere.” Speaking at a fan event in Osaka on Monday, "
            "Takeda said only: “The fox will be fine.”"
        ),
        "quotes": [
            (
                (
                    "They wanted 90 minutes. The story needs 140. I would rather make it "
                    "somewhere else than make it badly,"
                ),
                "Takeda Haruka",
                False,
                "P1",
            ),
            ("every success.", None, True, "P2"),
            ("follow Takeda-san anywhere.", "Mori Kenji", True, "P3"),
            ("The fox will be fine.", "Takeda Haruka", False, None),
        ],
        "posts": [
            ("P1", "Takeda Haruka", "Asahi Shimbun"),
            ("P2", None, None),
            ("P3", "Mori Kenji", "X"),
        ],
        "people": ["Takeda Haruka", "Mori Kenji"],
    },
]
