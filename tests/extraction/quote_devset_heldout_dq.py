"""The one-hundred-and-fifteenth self-made dev set, held out (DQ): its first run is an unseen estimate.

Written with set DP, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; people
  lists every named person in the order of first mention, including named
  people who never speak (an MP who only receives a letter, an agent who only
  speaks at a lunch without quoted words).
- A post reported without any quoted words (an interview in which a press
  secretary declined to comment, a scientific advice paper, an Instagram
  livestream only described) is still listed in posts.
- A chief executive's email to customers that the text says "she wrote" is the
  executive's post with no platform (not the company's).
- A quote interrupted by its attribution (“...,” she wrote, “...”) is two
  quotes, neither partial, both with the same speaker and post.
- A company posting on X, a police force posting on Facebook and a charity or
  association posting on X are posts with author None; "posted again" is a new
  post.
- An unnamed commenter under a LinkedIn post ("a current engineer who did not
  give her name") and an unnamed woman replying in a Facebook group speak as
  None and belong to the post they answer.
- A line from a live stand-up set, a minister's words to the chamber, a
  Speaker's ruling read aloud in the chamber and a committee hearing are not
  posts.
- A review in a named newspaper is like an essay there: a post by the critic
  with the newspaper as platform.
- A nickname in marks inside a name (Alasdair “The Professor” McBride, Arthur
  “Spud” Kettering) is neither a quote nor part of the canonical name.
- A lowercase "the" before an outlet is not part of the platform (the Yorkshire
  Post -> Yorkshire Post, the Asahi Shimbun -> Asahi Shimbun); a capitalised
  "The" that belongs to the title is kept (The Scotsman). "BBC Radio Scotland’s
  Good Morning Scotland" takes the show's name, Good Morning Scotland; the ITV
  chat show Lorraine is platform Lorraine and no person.
- Military ranks (Staff Sgt.) and titles (Professor, Dr., The Speaker) are not
  part of a canonical name.
- A person's own retirement statement "released through his agent" is that
  person's post, and "the statement said" speaks as that person.
- A single word quoted from a post in narration (described colleagues as
  “sleepwalkers” in a Facebook post) is a partial quote from that post, not a
  scare quote; the same word in single marks inside a later quote is part of
  that quote's text.
- Product, shade and show titles in marks (“Midnight Confession”, “Second
  Shift”) are not quotes.
- A study published in a named journal is a post by its named lead author with
  the journal as platform.
- A YouTube livestream and an Instagram livestream are posts on those
  platforms by the person streaming.
- A petition on Change.org started by a named person is that person's post on
  Change.org, and "the petition reads" speaks as that person.
- A personal letter written home during a war is the writer's post with no
  platform; a letter from a ministry read out at a party by someone else is a
  post with author None, its words speak as None, and the reader is not the
  speaker.
- "Asked by a reporter from the Exmouth Journal" is an interview with that
  named newspaper.
- The stewards' written ruling and an investigation branch's report are posts
  with author None and no platform; the stewards' hearing is not a post.
- Horses (Uncle Desmond, Rathmore Lad), boats (Jenny Rose), companies and
  services named like people (Delaney Broadband, Margot & Lyle, Marlow) are not
  people; a company co-founder sharing a company's name (Lyle Fenwick) is.
- A statement a party issues through an unnamed spokeswoman has author None
  and speaks as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DQ: list[dict] = [
    {
        "name": "broadband-outage-ceo-email-facebook-bakery",
        "text": (
            "Customers of Delaney Broadband across the West Midlands lost internet service for "
            "up to nine hours on Saturday, an outage the company blamed in a statement on Sunday "
            "on “a faulty configuration pushed during routine maintenance.”\n\n"
            "The chief executive, Priya Raghunathan, apologised in an email to customers. “You pay "
            "us to stay connected,” she wrote, “and on Saturday we failed you. Every affected "
            "account will receive a week’s credit.”\n\n"
            "Not everyone was mollified. Gareth Pryce, who runs a bakery in Walsall, posted on "
            "Facebook that he had lost a whole day of card payments. “A week’s credit is about £6. "
            "I lost £900,” he wrote.\n\n"
            "Asked at a news conference on Monday whether engineers had tested the change before "
            "it went live, Raghunathan said they had, “but not on enough of the network.” The "
            "regulator, Ofcom, said it was “seeking information” from the company and would "
            "decide within a month whether to open a formal investigation."
        ),
        "quotes": [
            ("a faulty configuration pushed during routine maintenance.", None, True, "P1"),
            ("You pay us to stay connected,", "Priya Raghunathan", False, "P2"),
            (
                "and on Saturday we failed you. Every affected account will receive a week’s "
                "credit.",
                "Priya Raghunathan",
                False,
                "P2",
            ),
            ("A week’s credit is about £6. I lost £900,", "Gareth Pryce", False, "P3"),
            ("but not on enough of the network.", "Priya Raghunathan", True, None),
            ("seeking information", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Raghunathan", None),
            ("P3", "Gareth Pryce", "Facebook"),
        ],
        "people": ["Priya Raghunathan", "Gareth Pryce"],
    },
    {
        "name": "mobile-outage-company-x-posts-linkedin-comment",
        "text": (
            "For most of Thursday morning, subscribers to the mobile network Kestrel could make "
            "emergency calls but little else. The outage, which began shortly after 6 a.m., also "
            "knocked out card terminals in hundreds of shops.\n\n"
            "“We know how disruptive this is and our teams are working flat out,” Kestrel posted "
            "on X at 9:40 a.m. Three hours later it posted again to say service was “largely "
            "restored.”\n\n"
            "On LinkedIn, a former Kestrel network architect, Oluwaseun Bamidele, wrote that the "
            "company had cut its operations staff by a third since 2022. “When you hollow out the "
            "night shift, you should not be surprised when nobody catches the fault at 6 a.m.,” "
            "he wrote. Under his post, a current engineer who did not give her name commented: "
            "“Can confirm. We were four people on call.”\n\n"
            "Kestrel’s technology director, Hamish Calder, told Sky News that staffing had played "
            "no part. “This was a software fault, full stop,” he said."
        ),
        "quotes": [
            (
                "We know how disruptive this is and our teams are working flat out,",
                None,
                False,
                "P1",
            ),
            ("largely restored.", None, True, "P2"),
            (
                "When you hollow out the night shift, you should not be surprised when nobody "
                "catches the fault at 6 a.m.,",
                "Oluwaseun Bamidele",
                False,
                "P3",
            ),
            ("Can confirm. We were four people on call.", None, False, "P3"),
            ("This was a software fault, full stop,", "Hamish Calder", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "X"),
            ("P3", "Oluwaseun Bamidele", "LinkedIn"),
            ("P4", "Hamish Calder", "Sky News"),
        ],
        "people": ["Oluwaseun Bamidele", "Hamish Calder"],
    },
    {
        "name": "comedian-ferry-joke-instagram-apology-club-statement-podcast",
        "text": (
            "The comedian Noor Haddad has apologised for a joke about a deadly ferry accident that "
            "she told at the Laughing Gull club in Brighton last week.\n\n"
            "During the set, she called the ferry’s captain “the only man in Britain who can sink "
            "in a puddle,” a line that was filmed by an audience member and widely shared.\n\n"
            "In a video on Instagram on Tuesday, Haddad said she had not known the accident had "
            "killed two people. “That is not an excuse. I should have checked, and I’m sorry,” "
            "she said.\n\n"
            "The club said in a statement that it had removed the clip from its own channels. "
            "“Comedy can go anywhere, but it has to know where it’s going,” the statement said.\n\n"
            "Haddad’s friend and fellow comic Ben Akerele defended her on the podcast Off Mic. "
            "“She misjudged one line. She’s not a monster,” he said, adding that she had "
            "cancelled the rest of her tour dates this month and would donate the fees to the "
            "families."
        ),
        "quotes": [
            (
                "the only man in Britain who can sink in a puddle,",
                "Noor Haddad",
                True,
                None,
            ),
            (
                "That is not an excuse. I should have checked, and I’m sorry,",
                "Noor Haddad",
                False,
                "P1",
            ),
            (
                "Comedy can go anywhere, but it has to know where it’s going,",
                None,
                False,
                "P2",
            ),
            ("She misjudged one line. She’s not a monster,", "Ben Akerele", False, "P3"),
        ],
        "posts": [
            ("P1", "Noor Haddad", "Instagram"),
            ("P2", None, None),
            ("P3", "Ben Akerele", "Off Mic"),
        ],
        "people": ["Noor Haddad", "Ben Akerele"],
    },
    {
        "name": "fringe-retired-teacher-nickname-review-tiktok-caption",
        "text": (
            "Edinburgh’s festival fringe has a new favourite: a 71-year-old retired maths teacher "
            "from Dundee, Alasdair “The Professor” McBride, whose hour of stand-up about long "
            "division has sold out every night.\n\n"
            "In a review in The Scotsman, the critic Ife Okonjo called the show “the most unlikely "
            "triumph of the festival” and gave it five stars.\n\n"
            "McBride began performing only after his granddaughter, Kirsty McBride, filmed him "
            "telling jokes at a family wedding and put the clip on TikTok. “Grandad is funnier "
            "than every comedian I’ve paid to see,” she wrote under the video. It has been viewed "
            "four million times.\n\n"
            "Speaking to reporters outside the venue on Friday, McBride said fame had come “about "
            "fifty years too late to be any use.” He added: “I’ll take it, though. The pension "
            "doesn’t stretch to Edinburgh rents.”\n\n"
            "The fringe society said in a news release that ticket sales were up 8 percent on last "
            "year."
        ),
        "quotes": [
            ("the most unlikely triumph of the festival", "Ife Okonjo", True, "P1"),
            (
                "Grandad is funnier than every comedian I’ve paid to see,",
                "Kirsty McBride",
                False,
                "P2",
            ),
            ("about fifty years too late to be any use.", "Alasdair McBride", True, None),
            (
                "I’ll take it, though. The pension doesn’t stretch to Edinburgh rents.",
                "Alasdair McBride",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ife Okonjo", "The Scotsman"),
            ("P2", "Kirsty McBride", "TikTok"),
            ("P3", None, "press release"),
        ],
        "people": ["Alasdair McBride", "Ife Okonjo", "Kirsty McBride"],
    },
    {
        "name": "navy-veteran-hearing-aid-oped-charity-letter-to-mp",
        "text": (
            "A Royal Navy veteran who served in the Falklands has been told he must wait 14 "
            "months for a hearing-aid fitting, and his daughter has taken the case public.\n\n"
            "In an op-ed for the Yorkshire Post, Leanne Whitfield wrote that her father, Colin "
            "Whitfield, 68, had “given his hearing to the guns of HMS Corran and now cannot hear "
            "his grandchildren.”\n\n"
            "The Veterans’ Health Alliance, a charity, said in a statement that waits of that "
            "length were “common and shameful.”\n\n"
            "At a committee hearing on Wednesday, the veterans minister, Sunita Mahal, said the "
            "backlog would be halved by spring. “No one who served should be waiting more than a "
            "year, and I accept that some are,” she told MPs.\n\n"
            "The veteran himself sounded less angry than tired. “I’ve stopped asking,” he wrote "
            "in a letter to his MP, Daniel Osei, which Osei later read aloud in the Commons. “I "
            "just turn the television up and pretend I caught the joke.”"
        ),
        "quotes": [
            (
                "given his hearing to the guns of HMS Corran and now cannot hear his "
                "grandchildren.",
                "Leanne Whitfield",
                True,
                "P1",
            ),
            ("common and shameful.", None, True, "P2"),
            (
                "No one who served should be waiting more than a year, and I accept that some are,",
                "Sunita Mahal",
                False,
                None,
            ),
            ("I’ve stopped asking,", "Colin Whitfield", False, "P3"),
            (
                "I just turn the television up and pretend I caught the joke.",
                "Colin Whitfield",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Leanne Whitfield", "Yorkshire Post"),
            ("P2", None, None),
            ("P3", "Colin Whitfield", None),
        ],
        "people": ["Leanne Whitfield", "Colin Whitfield", "Sunita Mahal", "Daniel Osei"],
    },
    {
        "name": "burn-pit-lawsuit-facebook-group-medic-reply-npr",
        "text": (
            "A group of Army veterans exposed to burn pits in Iraq sued the Department of "
            "Veterans Affairs on Monday, saying the agency had wrongly denied thousands of "
            "disability claims.\n\n"
            "The lawsuit, filed in federal court in Denver by the advocacy group Lasting Watch, "
            "says the department “ignored its own scientists.”\n\n"
            "One of the plaintiffs, former Staff Sgt. Reynaldo Cruz-Ybarra, first described his "
            "illness in a Facebook group for veterans of his brigade two years ago. “I can’t "
            "climb the stairs to my own kid’s bedroom without stopping,” he wrote. Dozens "
            "replied; one, from a woman who said she had served as a medic alongside him, read "
            "simply: “Same. We all breathe like old men now.”\n\n"
            "In an interview with NPR, the department’s press secretary, Lauren Whitcombe, said "
            "the agency could not comment on pending litigation. But at a news conference in "
            "Washington on Tuesday, the secretary said the denials were being reviewed “case by "
            "case.”"
        ),
        "quotes": [
            ("ignored its own scientists.", None, True, "P1"),
            (
                "I can’t climb the stairs to my own kid’s bedroom without stopping,",
                "Reynaldo Cruz-Ybarra",
                False,
                "P2",
            ),
            ("Same. We all breathe like old men now.", None, False, "P2"),
            ("case by case.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Reynaldo Cruz-Ybarra", "Facebook"),
            ("P3", "Lauren Whitcombe", "NPR"),
        ],
        "people": ["Reynaldo Cruz-Ybarra", "Lauren Whitcombe"],
    },
    {
        "name": "racing-disqualification-stewards-ruling-trainer-x-racing-tv",
        "text": (
            "Uncle Desmond, a 33-1 outsider, won the Kilbrack Plate on Wednesday, but the "
            "stewards later disqualified him for interference in the final furlong and handed "
            "the race to Rathmore Lad.\n\n"
            "In their written ruling, the stewards said the winning jockey, Ciarán Mac Giolla, "
            "had “made no effort to correct his mount’s line.” Mac Giolla was banned for six "
            "days.\n\n"
            "The horse’s trainer, Philippa Dunne-Okafor, called the decision “an absolute "
            "robbery” in a post on X. “Watch the replay. Rathmore Lad was going nowhere,” she "
            "wrote.\n\n"
            "The jockey was more measured when he spoke to Racing TV after the hearing. “I’ll "
            "respect it. I don’t agree with it, but I’ll respect it,” he said.\n\n"
            "Rathmore Lad’s owner, the Limerick builder Seamus Tierney, told reporters that he "
            "felt for the losing connections. “Nobody wants to win a race in a room,” he said, "
            "before heading to the bar with his family."
        ),
        "quotes": [
            ("made no effort to correct his mount’s line.", None, True, "P1"),
            ("an absolute robbery", "Philippa Dunne-Okafor", True, "P2"),
            (
                "Watch the replay. Rathmore Lad was going nowhere,",
                "Philippa Dunne-Okafor",
                False,
                "P2",
            ),
            (
                "I’ll respect it. I don’t agree with it, but I’ll respect it,",
                "Ciarán Mac Giolla",
                False,
                "P3",
            ),
            ("Nobody wants to win a race in a room,", "Seamus Tierney", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Philippa Dunne-Okafor", "X"),
            ("P3", "Ciarán Mac Giolla", "Racing TV"),
        ],
        "people": ["Ciarán Mac Giolla", "Philippa Dunne-Okafor", "Seamus Tierney"],
    },
    {
        "name": "jockey-retirement-statement-asahi-two-paragraphs-caption",
        "text": (
            "The jockey Sato Haruki, who won more than 2,400 races in Japan and Hong Kong, "
            "announced his retirement on Sunday in a statement released through his agent.\n\n"
            "“I have been riding since I was sixteen. My body is telling me something my heart "
            "does not want to hear,” the statement said.\n\n"
            "Sato was more expansive in an interview with the Asahi Shimbun published the same "
            "day.\n\n"
            "“The horses were never the hard part. The hard part was the weighing room, making 52 "
            "kilograms every morning for thirty years.\n\n"
            "“I want to eat breakfast now. That is my whole plan,” he told the paper.\n\n"
            "Among the tributes was one from the trainer Fiona Kellerman, for whom Sato won the "
            "Hong Kong Cup in 2019. She posted a photo of the two of them on Instagram with the "
            "caption “The best hands I ever saw on a horse.”\n\n"
            "His agent, Teo Wei Ming, said at a farewell lunch that offers of work in television "
            "had already arrived."
        ),
        "quotes": [
            (
                "I have been riding since I was sixteen. My body is telling me something my heart "
                "does not want to hear,",
                "Sato Haruki",
                False,
                "P1",
            ),
            (
                "The horses were never the hard part. The hard part was the weighing room, making "
                "52 kilograms every morning for thirty years.",
                "Sato Haruki",
                False,
                "P2",
            ),
            ("I want to eat breakfast now. That is my whole plan,", "Sato Haruki", False, "P2"),
            ("The best hands I ever saw on a horse.", "Fiona Kellerman", False, "P3"),
        ],
        "posts": [
            ("P1", "Sato Haruki", None),
            ("P2", "Sato Haruki", "Asahi Shimbun"),
            ("P3", "Fiona Kellerman", "Instagram"),
        ],
        "people": ["Sato Haruki", "Fiona Kellerman", "Teo Wei Ming"],
    },
    {
        "name": "holyrood-tourist-tax-chamber-press-release-x-radio-show",
        "text": (
            "A bill letting councils set their own tourist taxes passed its first vote in the "
            "Scottish Parliament on Thursday by 68 votes to 54.\n\n"
            "Opening the debate, the local government minister, Aileen Drummond-Shaw, told the "
            "chamber that councils “know their own streets better than Edinburgh ever will.”\n\n"
            "The Scottish Conservatives said in a press release that the levy would “price "
            "families out of the Highlands.” Their tourism spokesman, Murdo Kinnaird, went "
            "further on X. “Another tax, another street of empty B&Bs,” he posted.\n\n"
            "The owner of a guest house in Oban, Lorna Baptiste, was unconvinced by both sides. "
            "Speaking on BBC Radio Scotland’s Good Morning Scotland, she said: “Nobody in that "
            "chamber has changed a bed in their life. Ask us what we need before you decide "
            "what we can afford.”\n\n"
            "The bill now goes to the local government committee, where opposition members are "
            "expected to table amendments in the new year."
        ),
        "quotes": [
            (
                "know their own streets better than Edinburgh ever will.",
                "Aileen Drummond-Shaw",
                True,
                None,
            ),
            ("price families out of the Highlands.", None, True, "P1"),
            ("Another tax, another street of empty B&Bs,", "Murdo Kinnaird", False, "P2"),
            (
                "Nobody in that chamber has changed a bed in their life. Ask us what we need "
                "before you decide what we can afford.",
                "Lorna Baptiste",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Murdo Kinnaird", "X"),
            ("P3", "Lorna Baptiste", "Good Morning Scotland"),
        ],
        "people": ["Aileen Drummond-Shaw", "Murdo Kinnaird", "Lorna Baptiste"],
    },
    {
        "name": "quebec-assembly-sleepwalkers-facebook-ruling-radio-canada-letter",
        "text": (
            "Members of Quebec’s National Assembly voted on Wednesday to strip a backbencher, "
            "Étienne Lavoie-Tremblay, of his committee seats after he described colleagues as "
            "“sleepwalkers” in a Facebook post.\n\n"
            "In the post, published late on Sunday, Lavoie-Tremblay wrote that the assembly had "
            "“slept through the housing crisis and woken up only for its own pay rise.”\n\n"
            "The Speaker, Marie-Claude Dubé, said in a ruling read aloud in the chamber that "
            "members were free to criticise policy “but not to insult the people sitting beside "
            "them.”\n\n"
            "Lavoie-Tremblay was unrepentant in an interview with Radio-Canada. “When I said "
            "‘sleepwalkers,’ I was being polite,” he said.\n\n"
            "More than 200 tenants’ groups have since signed an open letter supporting him. “He "
            "said out loud what every renter in Montreal already knows,” the letter said. His "
            "party leader has not commented."
        ),
        "quotes": [
            ("sleepwalkers", "Étienne Lavoie-Tremblay", True, "P1"),
            (
                "slept through the housing crisis and woken up only for its own pay rise.",
                "Étienne Lavoie-Tremblay",
                True,
                "P1",
            ),
            (
                "but not to insult the people sitting beside them.",
                "Marie-Claude Dubé",
                True,
                None,
            ),
            (
                "When I said ‘sleepwalkers,’ I was being polite,",
                "Étienne Lavoie-Tremblay",
                False,
                "P2",
            ),
            (
                "He said out loud what every renter in Montreal already knows,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Étienne Lavoie-Tremblay", "Facebook"),
            ("P2", "Étienne Lavoie-Tremblay", "Radio-Canada"),
            ("P3", None, None),
        ],
        "people": ["Étienne Lavoie-Tremblay", "Marie-Claude Dubé"],
    },
    {
        "name": "foundation-recall-press-release-tiktok-cofounder-comment-study",
        "text": (
            "The cosmetics company Margot & Lyle recalled two of its best-selling foundations on "
            "Friday after Australia’s medicines regulator found traces of benzene in several "
            "batches.\n\n"
            "“Customer safety comes before everything, and we are acting out of an abundance of "
            "caution,” Margot & Lyle said in a press release.\n\n"
            "The recall followed a TikTok video by the beauty creator Zainab Oyelaran, who has 1.2 "
            "million followers and had sent three of the foundations to a private laboratory. "
            "“I paid for the tests myself because nobody else was going to,” she said in the "
            "video. In the comments, the brand’s co-founder, Lyle Fenwick, thanked her: “You did "
            "our job for us. That won’t happen again.”\n\n"
            "A study published last year in the Journal of Cosmetic Science found benzene in "
            "about one in ten aerosol beauty products it tested. Its lead author, Professor "
            "Hannah Voss, told ABC Radio on Saturday that regulators had been “far too slow” to "
            "act on it."
        ),
        "quotes": [
            (
                "Customer safety comes before everything, and we are acting out of an abundance "
                "of caution,",
                None,
                False,
                "P1",
            ),
            (
                "I paid for the tests myself because nobody else was going to,",
                "Zainab Oyelaran",
                False,
                "P2",
            ),
            ("You did our job for us. That won’t happen again.", "Lyle Fenwick", False, "P2"),
            ("far too slow", "Hannah Voss", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Zainab Oyelaran", "TikTok"),
            ("P3", "Hannah Voss", "Journal of Cosmetic Science"),
            ("P4", "Hannah Voss", "ABC Radio"),
        ],
        "people": ["Zainab Oyelaran", "Lyle Fenwick", "Hannah Voss"],
    },
    {
        "name": "lipstick-shade-pulled-instagram-association-vogue-youtube-live",
        "text": (
            "When the Seoul skincare brand Dalbit launched a lipstick shade named “Midnight "
            "Confession” last month, it sold out in four hours. On Tuesday, the brand pulled it "
            "from shelves after customers reported rashes around their lips.\n\n"
            "The founder, Han Ji-woo, apologised in a post on Instagram. “We moved too fast, and "
            "some of you paid for it with your skin,” she wrote. “Full refunds, no receipt "
            "needed.”\n\n"
            "The Korea Cosmetic Association said in a statement that the shade’s red pigment was "
            "approved for lipsticks and that the problem was “most likely a contaminated "
            "batch.”\n\n"
            "In an interview with Vogue Korea last year, Han had summed up her approach to new "
            "products as “launch, listen, fix.” A dermatologist in Busan, Dr. Kang Min-seo, said "
            "during a YouTube livestream on Wednesday that the approach did not suit anything "
            "applied to the mouth. “Listening after the rash is too late,” she told her "
            "viewers."
        ),
        "quotes": [
            (
                "We moved too fast, and some of you paid for it with your skin,",
                "Han Ji-woo",
                False,
                "P1",
            ),
            ("Full refunds, no receipt needed.", "Han Ji-woo", False, "P1"),
            ("most likely a contaminated batch.", None, True, "P2"),
            ("launch, listen, fix.", "Han Ji-woo", True, "P3"),
            ("Listening after the rash is too late,", "Kang Min-seo", False, "P4"),
        ],
        "posts": [
            ("P1", "Han Ji-woo", "Instagram"),
            ("P2", None, None),
            ("P3", "Han Ji-woo", "Vogue Korea"),
            ("P4", "Kang Min-seo", "YouTube"),
        ],
        "people": ["Han Ji-woo", "Kang Min-seo"],
    },
    {
        "name": "mill-archive-warehouse-council-statement-petition-essay",
        "text": (
            "An archive holding 140 years of records from the Lancashire cotton mills will move "
            "out of Burnley Central Library and into a storage warehouse next spring, the county "
            "council confirmed on Monday.\n\n"
            "In a statement, the council said the documents would be “safer, drier and better "
            "catalogued” in their new home.\n\n"
            "Campaigners are not convinced. A petition on Change.org started by the retired "
            "archivist Winifred Ashworth-Bell has collected more than 11,000 signatures. “You "
            "cannot browse a warehouse,” the petition reads. “Family historians come here "
            "because they can touch the ledgers.”\n\n"
            "The novelist Tariq Qureshi, whose grandfather worked as a weaver in the town, wrote "
            "an essay for the Lancashire Telegraph describing the reading room as “the only place "
            "where I ever heard my grandfather’s name said aloud by a stranger.”\n\n"
            "At a public meeting on Thursday, a council officer said digital copies of the most "
            "requested ledgers would be online by 2026."
        ),
        "quotes": [
            ("safer, drier and better catalogued", None, True, "P1"),
            ("You cannot browse a warehouse,", "Winifred Ashworth-Bell", False, "P2"),
            (
                "Family historians come here because they can touch the ledgers.",
                "Winifred Ashworth-Bell",
                False,
                "P2",
            ),
            (
                "the only place where I ever heard my grandfather’s name said aloud by a stranger.",
                "Tariq Qureshi",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Winifred Ashworth-Bell", "Change.org"),
            ("P3", "Tariq Qureshi", "Lancashire Telegraph"),
        ],
        "people": ["Winifred Ashworth-Bell", "Tariq Qureshi"],
    },
    {
        "name": "nurse-war-letters-archive-bluesky-bbc-wales",
        "text": (
            "A cardboard box of letters found in a Cardiff attic has given Glamorgan Archives the "
            "fullest record yet of a Welsh nurse’s war in Burma.\n\n"
            "The nurse, Megan Prosser, wrote home almost every week between 1943 and 1945. In one "
            "letter, dated March 1944, she told her sister Eluned: “The rain here is not like our "
            "rain. It comes sideways and it never stops, and still the boys joke.”\n\n"
            "The archivist who catalogued the box, Rhodri Gwynfor, shared a photo of that letter "
            "on Bluesky. “Eighty years on, her handwriting is steadier than mine,” he wrote.\n\n"
            "The letters were found by Prosser’s great-nephew, Owain Prosser-Ward, while he was "
            "clearing his late mother’s house. He told BBC Wales he had nearly thrown the box "
            "away. “It was under a pile of old Radio Times,” he said.\n\n"
            "The archives said in a statement that the whole collection would be digitised and "
            "put online next year, with a small exhibition planned for Remembrance Sunday."
        ),
        "quotes": [
            (
                "The rain here is not like our rain. It comes sideways and it never stops, and "
                "still the boys joke.",
                "Megan Prosser",
                False,
                "P1",
            ),
            (
                "Eighty years on, her handwriting is steadier than mine,",
                "Rhodri Gwynfor",
                False,
                "P2",
            ),
            ("It was under a pile of old Radio Times,", "Owain Prosser-Ward", False, "P3"),
        ],
        "posts": [
            ("P1", "Megan Prosser", None),
            ("P2", "Rhodri Gwynfor", "Bluesky"),
            ("P3", "Owain Prosser-Ward", "BBC Wales"),
            ("P4", None, None),
        ],
        "people": ["Megan Prosser", "Eluned", "Rhodri Gwynfor", "Owain Prosser-Ward"],
    },
    {
        "name": "mackerel-quota-association-statement-x-aftenposten-conference",
        "text": (
            "Norwegian and Scottish fishermen are at odds again over mackerel, after Norway set "
            "itself a quota on Monday that Scotland’s industry says the stock cannot bear.\n\n"
            "The Scottish Pelagic Association said in a statement that the decision was "
            "“reckless and entirely unilateral.” Its chief executive, Callum Geddes, added on X "
            "that Norway was “fishing today with tomorrow’s money.”\n\n"
            "Norway’s fisheries minister, Ingrid Solheim-Berg, told the newspaper Aftenposten that "
            "the quota followed the scientific advice. “We are not taking a single fish more than "
            "the science allows,” she said.\n\n"
            "That advice, published in September by the International Council for the "
            "Exploration of the Sea, recommended a 22 percent cut in the total catch. One of its "
            "authors, Dr. Ana Beatriz Rocha, said at a conference in Lisbon that no country was "
            "following it. “Everyone reads the advice, and everyone decides it applies to "
            "somebody else,” she said."
        ),
        "quotes": [
            ("reckless and entirely unilateral.", None, True, "P1"),
            ("fishing today with tomorrow’s money.", "Callum Geddes", True, "P2"),
            (
                "We are not taking a single fish more than the science allows,",
                "Ingrid Solheim-Berg",
                False,
                "P3",
            ),
            (
                "Everyone reads the advice, and everyone decides it applies to somebody else,",
                "Ana Beatriz Rocha",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Callum Geddes", "X"),
            ("P3", "Ingrid Solheim-Berg", "Aftenposten"),
            ("P4", None, None),
        ],
        "people": ["Callum Geddes", "Ingrid Solheim-Berg", "Ana Beatriz Rocha"],
    },
    {
        "name": "trawler-capsize-maib-report-widow-facebook-crewman-comment",
        "text": (
            "Investigators have found that the Cornish trawler Jenny Rose capsized last winter "
            "because her crew had been hauling nets heavier than she was built to lift.\n\n"
            "In a report published on Wednesday, the Marine Accident Investigation Branch said "
            "the vessel had been “operating well outside her stability limits for months.”\n\n"
            "The skipper, Peter Tregarthen, 54, drowned in the accident. His two crewmen were "
            "pulled from the water by the Newlyn lifeboat.\n\n"
            "His widow, Sally Tregarthen, said in a Facebook post that she did not blame him. "
            "“Pete fished the way every man in this harbour fishes, because the boat has to "
            "pay,” she wrote. Beneath the post, one of the rescued crewmen, Jakub Nowicki, "
            "commented: “He got us both out before he went back for the radio. Never forget "
            "that.”\n\n"
            "The Cornish Fish Producers’ Organisation said it would study the report. Its "
            "chairman told reporters on the quay that the industry needed “cheaper ways to refit "
            "old boats, not more reports.”"
        ),
        "quotes": [
            ("operating well outside her stability limits for months.", None, True, "P1"),
            (
                "Pete fished the way every man in this harbour fishes, because the boat has to "
                "pay,",
                "Sally Tregarthen",
                False,
                "P2",
            ),
            (
                "He got us both out before he went back for the radio. Never forget that.",
                "Jakub Nowicki",
                False,
                "P2",
            ),
            ("cheaper ways to refit old boats, not more reports.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sally Tregarthen", "Facebook"),
        ],
        "people": ["Peter Tregarthen", "Sally Tregarthen", "Jakub Nowicki"],
    },
    {
        "name": "shetland-cables-cut-release-msp-letter-two-paragraphs-police",
        "text": (
            "Shetland lost almost all internet and mobile data on Sunday after both subsea cables "
            "linking the islands to the Scottish mainland were damaged within hours of each "
            "other.\n\n"
            "The operator, Hjaltland Fibre, said in a press release that repairs would take “at "
            "least ten days, weather permitting.”\n\n"
            "The islands’ MSP, Beatrice Halcrow, wrote an open letter to the UK government asking "
            "why Shetland had no satellite backup.\n\n"
            "“Two cables is not resilience. It is a coin toss with two coins.\n\n"
            "“Our hospital, our ferries and our fish market all run on that link,” she wrote.\n\n"
            "In Lerwick, the harbour master, Magnus Isbister, told reporters that skippers were "
            "settling their catches in cash for the first time in decades. “It feels like 1985 "
            "down here,” he said.\n\n"
            "Police Scotland said in a post on Facebook that officers were “keeping an open mind” "
            "about the cause and had spoken to the crews of two vessels seen near the cables on "
            "Saturday night."
        ),
        "quotes": [
            ("at least ten days, weather permitting.", None, True, "P1"),
            (
                "Two cables is not resilience. It is a coin toss with two coins.",
                "Beatrice Halcrow",
                False,
                "P2",
            ),
            (
                "Our hospital, our ferries and our fish market all run on that link,",
                "Beatrice Halcrow",
                False,
                "P2",
            ),
            ("It feels like 1985 down here,", "Magnus Isbister", False, None),
            ("keeping an open mind", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Beatrice Halcrow", None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Beatrice Halcrow", "Magnus Isbister"],
    },
    {
        "name": "sitcom-cancelled-statement-substack-star-comment-lorraine",
        "text": (
            "The streaming service Marlow has cancelled the sitcom “Second Shift” after two "
            "seasons, despite a campaign by fans and a Bafta nomination for best scripted comedy "
            "this spring.\n\n"
            "“We are proud of the show and grateful to everyone who made it,” Marlow said in a "
            "statement.\n\n"
            "The show’s creator, Adaeze Nwachukwu, was blunter in an essay on Substack. She wrote "
            "that the service had “buried the second season on a Tuesday in August and then "
            "blamed us for the ratings.” Under the essay, the show’s star, Tom Ashdown, left a "
            "comment: “Every word of this is true, and I’d say it louder if my agent would let "
            "me.”\n\n"
            "Appearing on the ITV chat show Lorraine on Friday, Ashdown said the cast had learned "
            "of the cancellation from a news alert. “My mum texted me before anyone from Marlow "
            "did,” he said. He added that the writers had already finished scripts for a third "
            "season and hoped another service would pick them up."
        ),
        "quotes": [
            ("We are proud of the show and grateful to everyone who made it,", None, False, "P1"),
            (
                "buried the second season on a Tuesday in August and then blamed us for the "
                "ratings.",
                "Adaeze Nwachukwu",
                True,
                "P2",
            ),
            (
                "Every word of this is true, and I’d say it louder if my agent would let me.",
                "Tom Ashdown",
                False,
                "P2",
            ),
            ("My mum texted me before anyone from Marlow did,", "Tom Ashdown", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Adaeze Nwachukwu", "Substack"),
            ("P3", "Tom Ashdown", "Lorraine"),
        ],
        "people": ["Adaeze Nwachukwu", "Tom Ashdown"],
    },
    {
        "name": "dday-veteran-100th-tiktok-caption-mod-letter-local-paper",
        "text": (
            "Arthur “Spud” Kettering, believed to be the last surviving member of his D-Day "
            "landing craft crew, turned 100 on Saturday at a care home in Exmouth.\n\n"
            "His grandson, Josh Kettering, posted a video of the party on TikTok in which the old "
            "soldier, wearing his beret, sings along to a wartime song. “Happy 100th to the "
            "toughest man I know,” the caption reads. The clip had three million views by "
            "Sunday.\n\n"
            "At the party, the home’s manager, Grace Oduya, read out a letter from the Ministry of "
            "Defence thanking him for “a lifetime of quiet courage.”\n\n"
            "Asked by a reporter from the Exmouth Journal what the secret to a long life was, "
            "Arthur Kettering did not hesitate. “Don’t volunteer for anything, and never trust a "
            "sergeant who smiles,” he said.\n\n"
            "The Royal British Legion said in a post on X that it was “honoured to know him” and "
            "thanked the staff of the home for organising the celebration."
        ),
        "quotes": [
            ("Happy 100th to the toughest man I know,", "Josh Kettering", False, "P1"),
            ("a lifetime of quiet courage.", None, True, "P2"),
            (
                "Don’t volunteer for anything, and never trust a sergeant who smiles,",
                "Arthur Kettering",
                False,
                "P3",
            ),
            ("honoured to know him", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Josh Kettering", "TikTok"),
            ("P2", None, None),
            ("P3", "Arthur Kettering", "Exmouth Journal"),
            ("P4", None, "X"),
        ],
        "people": ["Arthur Kettering", "Josh Kettering", "Grace Oduya"],
    },
    {
        "name": "landtag-instagram-livestream-second-post-sz-party-statement",
        "text": (
            "A member of the Bavarian state parliament has apologised for livestreaming a "
            "committee meeting on Instagram without telling the other members, some of whom were "
            "discussing confidential police matters.\n\n"
            "Lukas Brandstätter, a 29-year-old Green deputy, said in a second Instagram post on "
            "Thursday that he had “got the rules badly wrong.” “Transparency matters to me, but "
            "so does trust, and I broke it,” he wrote.\n\n"
            "The committee’s chairwoman, Renate Hofbauer-Demir, told the Süddeutsche Zeitung that "
            "she had asked the parliament’s president to consider sanctions. “This was not a "
            "prank. Officers’ names were read out,” she said.\n\n"
            "A spokeswoman for the Greens said in a statement that the party had spoken to "
            "Brandstätter and that the matter was “closed as far as we are concerned.”\n\n"
            "One police union official, who asked not to be named, was less forgiving. “He should "
            "be thinking about those officers, not his follower count,” the official said."
        ),
        "quotes": [
            ("got the rules badly wrong.", "Lukas Brandstätter", True, "P2"),
            (
                "Transparency matters to me, but so does trust, and I broke it,",
                "Lukas Brandstätter",
                False,
                "P2",
            ),
            (
                "This was not a prank. Officers’ names were read out,",
                "Renate Hofbauer-Demir",
                False,
                "P3",
            ),
            ("closed as far as we are concerned.", None, True, "P4"),
            (
                "He should be thinking about those officers, not his follower count,",
                None,
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lukas Brandstätter", "Instagram"),
            ("P2", "Lukas Brandstätter", "Instagram"),
            ("P3", "Renate Hofbauer-Demir", "Süddeutsche Zeitung"),
            ("P4", None, None),
        ],
        "people": ["Lukas Brandstätter", "Renate Hofbauer-Demir"],
    },
]
