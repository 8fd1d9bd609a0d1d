"""The fifty-sixth self-made dev set, held out (BJ): its first run is an unseen estimate.

Written with set BK, without reading the extraction rules, and committed before
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
- A reply under a post on X is a comment under that post: its speaker is the
  person replying and its post is the post replied to. An apology or follow-up
  "in a second post" or "in a post of his own" is a new post, also when the
  first post was deleted; a follow-up TikTok video is a new TikTok post.
- Sharing a report on X with one's own words is a new X post by the sharer.
- A post by an organisation's own account (a transit agency on Facebook, a
  railroad on X, a club on Instagram) has author None, and its words speak as
  None; a reply left under it by a named person is that person's quote on that
  post.
- When a named executive is quoted "in the release", the release keeps author
  None and platform "press release", and the quote's speaker is the executive.
- A release, statement or letter with no quote in the text is still listed as a
  post.
- A statement by a named lawyer is the lawyer's post (platform None), and
  "the statement said" after it speaks as the lawyer.
- A letter to members written by a named union president is her post (platform
  None); a letter signed by many unnamed nurses has author None.
- A memo signed by a named official is that official's post and its words are
  hers, even when she is named only after the memo is described.
- A report by an unnamed inspector general has author None.
- A TV network interview has the network as written as platform ("NBC News",
  "ESPN"); an appearance on a named show of a network (CNBC's "Squawk Box",
  KQED's "Forum") has the show as platform, as with NPR's shows.
- A newspaper's platform keeps "The" only when it is capitalised as part of
  the name ("The Riverside Ledger"), and is the bare masthead otherwise
  ("Chicago Tribune").
- A magazine profile in which the subject "told the magazine" is an interview
  post with the magazine as platform, and a fragment said "in the profile" is
  linked to it.
- A quote said to a podcast's host ("he told Tillery") right after the episode
  is described is linked to that episode.
- A sentence interrupted by its attribution gives two quotes, neither partial.
- A phrase in single marks inside a quote stays part of that quote and is not a
  quote of its own.
- A commenter described only as "one user" speaks as None.
- A caption or the words of a post given whole ("with the caption ...", "with
  the words ...") are not partial; a comment given whole is not partial either.
- Testimony before a congressional panel, a board meeting and words said
  "outside the courthouse" or at a sentencing are not posts; an unnamed
  spokesperson who "said" something, with no statement named, gives no post.
- People named only as the subject of a story (a victim, a defendant, a
  secretary who gives no quote) are listed in people; a first name or nickname
  inside a quote ("Tad", "Dez") adds no person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BJ: list[dict] = [
    {
        "name": "transit-agency-facebook-rider-comment-union-letter",
        "text": (
            "The Lakeshore Regional Transit Authority will shut down the Blue Line between "
            "Harmon Street and the airport for nine weekends starting in June, the agency "
            "announced on Facebook on Tuesday.\n\n"
            "“We know this is a major inconvenience, and we are grateful for your patience while "
            "we replace track that is more than 40 years old,” the post said.\n\n"
            "Within hours it had drawn more than 600 comments. “Nine weekends? I work Saturdays "
            "at the airport. How am I supposed to get there?” wrote Danielle Okafor, a baggage "
            "handler.\n\n"
            "At a briefing on Wednesday, the authority’s general manager, Tomasz Wierzbicki, said "
            "shuttle buses would run every 10 minutes. “Nobody will be stranded,” he said.\n\n"
            "The union that represents Blue Line operators is less sure. In a letter to members, "
            "Amalia Reyes, president of Transit Workers Local 1190, called the shuttle plan "
            "“wishful thinking” and warned that drivers would be stretched thin all summer."
        ),
        "quotes": [
            (
                "We know this is a major inconvenience, and we are grateful for your patience "
                "while we replace track that is more than 40 years old,",
                None,
                False,
                "P1",
            ),
            (
                "Nine weekends? I work Saturdays at the airport. How am I supposed to get there?",
                "Danielle Okafor",
                False,
                "P1",
            ),
            ("Nobody will be stranded,", "Tomasz Wierzbicki", False, None),
            ("wishful thinking", "Amalia Reyes", True, "P2"),
        ],
        "posts": [("P1", None, "Facebook"), ("P2", "Amalia Reyes", None)],
        "people": ["Danielle Okafor", "Tomasz Wierzbicki", "Amalia Reyes"],
    },
    {
        "name": "senator-x-post-reply-second-post-politico",
        "text": (
            "Sen. Marguerite Ellison-Park, Republican of Montana, said on X on Thursday that she "
            "would block a vote on the Federal Aviation Administration’s funding bill until the "
            "agency explains a string of near-collisions at regional airports.\n\n"
            "“Not one more dollar until the FAA answers our questions. Rural travelers deserve "
            "the same safety as everyone else,” Ellison-Park wrote.\n\n"
            "Rep. Darnell Whitfield, an Ohio Democrat who co-wrote the bill, replied beneath her "
            "post: “Holding up safety money to demand safety answers makes no sense. Let’s "
            "talk.”\n\n"
            "The senator did not back down. In a second post an hour later, she wrote that she "
            "was “happy to talk, after the hearing.” Whitfield told Politico on Friday that the "
            "two offices had “traded phone numbers, which is a start.”"
        ),
        "quotes": [
            (
                "Not one more dollar until the FAA answers our questions. Rural travelers deserve "
                "the same safety as everyone else,",
                "Marguerite Ellison-Park",
                False,
                "P1",
            ),
            (
                "Holding up safety money to demand safety answers makes no sense. Let’s talk.",
                "Darnell Whitfield",
                False,
                "P1",
            ),
            ("happy to talk, after the hearing.", "Marguerite Ellison-Park", True, "P2"),
            ("traded phone numbers, which is a start.", "Darnell Whitfield", True, "P3"),
        ],
        "posts": [
            ("P1", "Marguerite Ellison-Park", "X"),
            ("P2", "Marguerite Ellison-Park", "X"),
            ("P3", "Darnell Whitfield", "Politico"),
        ],
        "people": ["Marguerite Ellison-Park", "Darnell Whitfield"],
    },
    {
        "name": "coach-fired-news-release-podcast-instagram-caption",
        "text": (
            "The Portland Pioneers fired head coach Rafael Sandoval on Monday after a 4-13 "
            "season, the team said in a news release.\n\n"
            "“Rafael gave everything to this organization, but we have fallen short of our "
            "standards for three straight years,” owner Beatrice Lindqvist said in the release.\n\n"
            "Sandoval addressed the firing two days later on “The Red Zone Hour,” a podcast "
            "hosted by the former linebacker Marcus Tillery. “I’m not bitter. I’m disappointed,” "
            "the 56-year-old said. Asked whether he had lost the locker room, he laughed. “Ask "
            "the guys,” he told Tillery.\n\n"
            "Quarterback Jalen Brooks-Whitaker weighed in on Instagram, posting a photo of "
            "himself with Sandoval and the caption “Coach for life.”"
        ),
        "quotes": [
            (
                "Rafael gave everything to this organization, but we have fallen short of our "
                "standards for three straight years,",
                "Beatrice Lindqvist",
                False,
                "P1",
            ),
            ("I’m not bitter. I’m disappointed,", "Rafael Sandoval", False, "P2"),
            ("Ask the guys,", "Rafael Sandoval", False, "P2"),
            ("Coach for life.", "Jalen Brooks-Whitaker", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rafael Sandoval", "The Red Zone Hour"),
            ("P3", "Jalen Brooks-Whitaker", "Instagram"),
        ],
        "people": [
            "Rafael Sandoval",
            "Beatrice Lindqvist",
            "Marcus Tillery",
            "Jalen Brooks-Whitaker",
        ],
    },
    {
        "name": "novelist-substack-essay-publisher-statement-agent",
        "text": (
            "The novelist Ngozi Adebayo-Clarke says her publisher has canceled her third book, "
            "“The Salt Orchard,” six weeks before it was due at the printer.\n\n"
            "In an essay on Substack on Sunday, Adebayo-Clarke wrote that she learned of the "
            "decision from a two-line email. “Eleven years with one house, and the end came in "
            "two sentences,” she wrote. “I am told this is how the business works now,” the "
            "essay continues.\n\n"
            "Harrow & Finch, the publisher, said in a statement that the decision was “based on "
            "the market, not on the manuscript,” and that the rights would revert to the "
            "author.\n\n"
            "Her agent, Miriam Feldstein, told Publishers Weekly that three other houses had "
            "already asked to read the novel. “This book is going to find a home, and quickly,” "
            "she said."
        ),
        "quotes": [
            (
                "Eleven years with one house, and the end came in two sentences,",
                "Ngozi Adebayo-Clarke",
                False,
                "P1",
            ),
            ("I am told this is how the business works now,", "Ngozi Adebayo-Clarke", False, "P1"),
            ("based on the market, not on the manuscript,", None, True, "P2"),
            ("This book is going to find a home, and quickly,", "Miriam Feldstein", False, "P3"),
        ],
        "posts": [
            ("P1", "Ngozi Adebayo-Clarke", "Substack"),
            ("P2", None, None),
            ("P3", "Miriam Feldstein", "Publishers Weekly"),
        ],
        "people": ["Ngozi Adebayo-Clarke", "Miriam Feldstein"],
    },
    {
        "name": "nurse-tiktok-denial-comments-follow-up-video",
        "text": (
            "A TikTok video in which a Phoenix nurse reads her insurance denial letter aloud has "
            "been viewed more than 4 million times since it was posted last week.\n\n"
            "In the video, Carmen Villalobos, 34, holds up the letter from Sunvale Health Plans "
            "refusing to cover a second round of chemotherapy. “They call it ‘not medically "
            "necessary.’ My oncologist calls it the only thing keeping me alive,” she says.\n\n"
            "Thousands of viewers commented. “Same letter, same words, two years ago. Appeal it "
            "and don’t stop,” one user wrote. Another commenter, Dr. Priya Raghunathan, who "
            "identified herself as an oncologist in Tucson, offered help: “Happy to write a "
            "letter for your appeal. DM me.”\n\n"
            "Sunvale said in a statement on Monday that it was “reviewing the case urgently.” On "
            "Thursday, Villalobos posted a follow-up video from her car. “They approved it. I am "
            "sitting in a parking lot crying,” she said.\n\n"
            "Arizona’s insurance director, Glen Harkavy, told reporters that his office had "
            "opened an inquiry anyway. “A denial letter should never read like a form letter,” "
            "he said."
        ),
        "quotes": [
            (
                "They call it ‘not medically necessary.’ My oncologist calls it the only thing "
                "keeping me alive,",
                "Carmen Villalobos",
                False,
                "P1",
            ),
            (
                "Same letter, same words, two years ago. Appeal it and don’t stop,",
                None,
                False,
                "P1",
            ),
            (
                "Happy to write a letter for your appeal. DM me.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("reviewing the case urgently.", None, True, "P2"),
            (
                "They approved it. I am sitting in a parking lot crying,",
                "Carmen Villalobos",
                False,
                "P3",
            ),
            ("A denial letter should never read like a form letter,", "Glen Harkavy", False, None),
        ],
        "posts": [
            ("P1", "Carmen Villalobos", "TikTok"),
            ("P2", None, None),
            ("P3", "Carmen Villalobos", "TikTok"),
        ],
        "people": ["Carmen Villalobos", "Priya Raghunathan", "Glen Harkavy"],
    },
    {
        "name": "bail-court-filing-lawyer-statement-judge-split",
        "text": (
            "Federal prosecutors asked a judge on Wednesday to keep Viktor Halloran, the former "
            "county treasurer accused of steering $14 million in public money to companies he "
            "secretly controlled, in jail until trial.\n\n"
            "In a court filing, prosecutors wrote that Halloran had “the means, the motive and "
            "the foreign contacts to disappear,” noting that he holds a second passport.\n\n"
            "His lawyer, Delphine Aucoin, said in a statement that the filing was “a work of "
            "fiction dressed up as a risk assessment.” “My client has lived in this county for "
            "61 years. He has surrendered both passports. He is not going anywhere,” she wrote.\n\n"
            "At a brief hearing on Thursday, U.S. District Judge Harold Nakamura set arguments "
            "for next week. “I will read everything both sides give me,” the judge said, “and I "
            "will not be rushed.”"
        ),
        "quotes": [
            ("the means, the motive and the foreign contacts to disappear,", None, True, "P1"),
            ("a work of fiction dressed up as a risk assessment.", "Delphine Aucoin", True, "P2"),
            (
                "My client has lived in this county for 61 years. He has surrendered both "
                "passports. He is not going anywhere,",
                "Delphine Aucoin",
                False,
                "P2",
            ),
            ("I will read everything both sides give me,", "Harold Nakamura", False, None),
            ("and I will not be rushed.", "Harold Nakamura", False, None),
        ],
        "posts": [("P1", None, None), ("P2", "Delphine Aucoin", None)],
        "people": ["Viktor Halloran", "Delphine Aucoin", "Harold Nakamura"],
    },
    {
        "name": "pitcher-retires-youtube-catcher-x-club-instagram",
        "text": (
            "Veteran left-hander Tadeo Quiñones announced his retirement on Saturday in a "
            "nine-minute YouTube video filmed in the bullpen where he made his major league "
            "debut 17 years ago.\n\n"
            "“My arm has been telling me for a while. This year I finally listened,” the "
            "38-year-old says in the video. Later in the video he thanks his late father, “who "
            "drove me to every tryout in a truck with no heat.”\n\n"
            "Cincinnati manager Doug Ferraro heard the news before the team’s game against "
            "Milwaukee. “He was the best teammate I ever managed. That’s not a cliché,” Ferraro "
            "told reporters afterward.\n\n"
            "Catcher Ryo Tanabe, who caught Quiñones for six seasons, posted on X: “Every sign I "
            "put down, he already knew. Enjoy it, Tad.” The club shared a highlight reel on "
            "Instagram with the words “Thank you, Tadeo.”"
        ),
        "quotes": [
            (
                "My arm has been telling me for a while. This year I finally listened,",
                "Tadeo Quiñones",
                False,
                "P1",
            ),
            ("who drove me to every tryout in a truck with no heat.", "Tadeo Quiñones", True, "P1"),
            (
                "He was the best teammate I ever managed. That’s not a cliché,",
                "Doug Ferraro",
                False,
                None,
            ),
            ("Every sign I put down, he already knew. Enjoy it, Tad.", "Ryo Tanabe", False, "P2"),
            ("Thank you, Tadeo.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Tadeo Quiñones", "YouTube"),
            ("P2", "Ryo Tanabe", "X"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Tadeo Quiñones", "Doug Ferraro", "Ryo Tanabe"],
    },
    {
        "name": "maternity-unit-nbc-interview-nurses-letter-town-hall",
        "text": (
            "The chief executive of Granite Peak Health, the largest hospital system in northern "
            "New Hampshire, defended its plan to close the maternity unit at its Berlin hospital "
            "in an interview with NBC News that aired Sunday.\n\n"
            "“We cannot safely staff a unit that delivers fewer than 150 babies a year. That is "
            "the reality,” Dr. Anand Subramaniam said. Pressed in the same interview on how far "
            "expectant mothers would now have to drive, he acknowledged it would be “over an "
            "hour for some families.”\n\n"
            "Nurses at the hospital have pushed back. A letter to Granite Peak’s board signed by "
            "212 nurses called the closure “a decision that will cost lives” and asked for a "
            "one-year delay. The system said in a news release on Monday that it would add two "
            "ambulances to the region.\n\n"
            "State Sen. Hélène Marchetti, whose district includes Berlin, said at a town hall "
            "Monday night that she would file a bill requiring a year’s notice before any "
            "maternity unit closes. “Families here deserve more than a news release,” she said."
        ),
        "quotes": [
            (
                "We cannot safely staff a unit that delivers fewer than 150 babies a year. That "
                "is the reality,",
                "Anand Subramaniam",
                False,
                "P1",
            ),
            ("over an hour for some families.", "Anand Subramaniam", True, "P1"),
            ("a decision that will cost lives", None, True, "P2"),
            ("Families here deserve more than a news release,", "Hélène Marchetti", False, None),
        ],
        "posts": [
            ("P1", "Anand Subramaniam", "NBC News"),
            ("P2", None, None),
            ("P3", None, "press release"),
        ],
        "people": ["Anand Subramaniam", "Hélène Marchetti"],
    },
    {
        "name": "transit-gm-newspaper-interview-straight-quotes-instagram",
        "text": (
            "Riverside Metro's new general manager, Oluwaseun Bankole, says fare evasion costs "
            "the system about $30 million a year, and he wants faregates that cannot be "
            "jumped.\n\n"
            '"People who pay are subsidizing people who don\'t, and they notice," Bankole told '
            'The Riverside Ledger in an interview published Sunday. "That erodes trust faster '
            'than any delay."\n\n'
            "The same day, rider advocate Kezia Montgomery-Hall posted a photo of a broken "
            'elevator at Fulton Street station on Instagram. "Fix the elevators before you '
            'build a fortress," she wrote.\n\n'
            "At Thursday's board meeting, Bankole called the gates \"one piece of a bigger "
            'plan." Board member Luis Echeverría was unconvinced. "I have yet to see the bigger '
            'plan," he said.'
        ),
        "quotes": [
            (
                "People who pay are subsidizing people who don't, and they notice,",
                "Oluwaseun Bankole",
                False,
                "P1",
            ),
            ("That erodes trust faster than any delay.", "Oluwaseun Bankole", False, "P1"),
            (
                "Fix the elevators before you build a fortress,",
                "Kezia Montgomery-Hall",
                False,
                "P2",
            ),
            ("one piece of a bigger plan.", "Oluwaseun Bankole", True, None),
            ("I have yet to see the bigger plan,", "Luis Echeverría", False, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Bankole", "The Riverside Ledger"),
            ("P2", "Kezia Montgomery-Hall", "Instagram"),
        ],
        "people": ["Oluwaseun Bankole", "Kezia Montgomery-Hall", "Luis Echeverría"],
    },
    {
        "name": "va-inspector-general-report-x-share-reply-release",
        "text": (
            "Veterans in four states waited an average of 71 days for a mental health "
            "appointment last year, more than double the Department of Veterans Affairs’ own "
            "target, according to a report released Tuesday by the department’s inspector "
            "general.\n\n"
            "“These delays were not isolated, and they were not new,” the report said. It "
            "recommended hiring at least 400 more clinicians.\n\n"
            "The department said in a statement that it “accepts all of the recommendations” and "
            "had already begun hiring.\n\n"
            "Rep. Yusuf Abdirahman of Minnesota, the top Democrat on the House Veterans’ Affairs "
            "Committee, shared the report on X. “Seventy-one days is not a wait time. It is a "
            "crisis,” he wrote. The committee’s Republican chairwoman, Rep. Carla Benedetto, "
            "replied under his post: “On this we agree. Hearing in two weeks.”\n\n"
            "Homefront Alliance, a veterans advocacy group, said in a news release that the "
            "findings were “what our members have been telling us for years.” Veterans Affairs "
            "Secretary Lionel Ashworth-Grant told reporters on Wednesday that he welcomed the "
            "scrutiny."
        ),
        "quotes": [
            ("These delays were not isolated, and they were not new,", None, False, "P1"),
            ("accepts all of the recommendations", None, True, "P2"),
            (
                "Seventy-one days is not a wait time. It is a crisis,",
                "Yusuf Abdirahman",
                False,
                "P3",
            ),
            ("On this we agree. Hearing in two weeks.", "Carla Benedetto", False, "P3"),
            ("what our members have been telling us for years.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Yusuf Abdirahman", "X"),
            ("P4", None, "press release"),
        ],
        "people": ["Yusuf Abdirahman", "Carla Benedetto", "Lionel Ashworth-Grant"],
    },
    {
        "name": "crime-novelist-magazine-profile-titles-nickname",
        "text": (
            "In a profile published this week in The Atlantic, the crime novelist Desmond "
            "“Dez” Achterberg says he nearly quit writing after his fourth book, “Cold Harbor "
            "Road,” sold fewer than 3,000 copies.\n\n"
            "“I had a box of them in my garage for years. My kids used it as a step stool,” "
            "Achterberg, 52, told the magazine.\n\n"
            "His ninth novel, “The Ferryman’s Ledger,” spent 19 weeks on the bestseller list "
            "last year and is being adapted for television.\n\n"
            "His longtime editor, Roisin Calloway, said in an interview that she had never "
            "doubted him. “Dez writes the book he wants to write, then he rewrites it four "
            "times. That’s the whole secret,” she said.\n\n"
            "In the profile, Achterberg is less charitable to himself, calling his early work "
            "“competent and forgettable.”"
        ),
        "quotes": [
            (
                "I had a box of them in my garage for years. My kids used it as a step stool,",
                "Desmond Achterberg",
                False,
                "P1",
            ),
            (
                "Dez writes the book he wants to write, then he rewrites it four times. That’s "
                "the whole secret,",
                "Roisin Calloway",
                False,
                None,
            ),
            ("competent and forgettable.", "Desmond Achterberg", True, "P1"),
        ],
        "posts": [("P1", "Desmond Achterberg", "The Atlantic")],
        "people": ["Desmond Achterberg", "Roisin Calloway"],
    },
    {
        "name": "insurer-earnings-release-squawk-box-analyst-linkedin-x",
        "text": (
            "Shares of Meridian Mutual Health fell 9% on Thursday after the insurer said in its "
            "quarterly earnings release that medical costs had risen faster than expected among "
            "its Medicare Advantage members.\n\n"
            "“Utilization remained elevated throughout the quarter, particularly in outpatient "
            "surgery,” chief executive Corinne Dufresne said in the release.\n\n"
            "On a call with analysts, Dufresne said the company would “reprice aggressively” "
            "next year. She repeated the point hours later on CNBC’s “Squawk Box.” “We are not "
            "going to chase membership at any price,” she said on the show.\n\n"
            "Benedikt Strauss, an analyst at Carver & Lowe, wrote in a note to clients that the "
            "guidance cut was “deeper than anyone modeled.”\n\n"
            "A former Meridian executive, Patrice Nwankwo, weighed in on LinkedIn: “The warning "
            "signs were in last year’s numbers. Anyone who says this came out of nowhere wasn’t "
            "reading them.”\n\n"
            "Sen. Everett Colburn of Iowa posted on X that insurers “cannot keep blaming seniors "
            "for using the care they were promised.”"
        ),
        "quotes": [
            (
                "Utilization remained elevated throughout the quarter, particularly in "
                "outpatient surgery,",
                "Corinne Dufresne",
                False,
                "P1",
            ),
            ("reprice aggressively", "Corinne Dufresne", True, None),
            ("We are not going to chase membership at any price,", "Corinne Dufresne", False, "P2"),
            ("deeper than anyone modeled.", "Benedikt Strauss", True, "P3"),
            (
                "The warning signs were in last year’s numbers. Anyone who says this came out of "
                "nowhere wasn’t reading them.",
                "Patrice Nwankwo",
                False,
                "P4",
            ),
            (
                "cannot keep blaming seniors for using the care they were promised.",
                "Everett Colburn",
                True,
                "P5",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Corinne Dufresne", "Squawk Box"),
            ("P3", "Benedikt Strauss", None),
            ("P4", "Patrice Nwankwo", "LinkedIn"),
            ("P5", "Everett Colburn", "X"),
        ],
        "people": ["Corinne Dufresne", "Benedikt Strauss", "Patrice Nwankwo", "Everett Colburn"],
    },
    {
        "name": "crossing-guard-arrest-lawyer-statement-tv-mother",
        "text": (
            "Police in Tacoma on Monday arrested a 27-year-old man in the hit-and-run death of "
            "Evelyn Marsh, a school crossing guard who was struck outside Garfield Elementary "
            "last month.\n\n"
            "“This arrest came from the community. People called, people sent video, people did "
            "not let this go,” Police Chief Armando Velázquez said at a news conference.\n\n"
            "The man, identified in court records as Trevor Lindahl, is being held on $500,000 "
            "bail. Marsh’s family has hired the attorney Simone Achebe-Wright, who said in a "
            "statement that Marsh “spent 22 years keeping other people’s children safe.” “Her "
            "family wants to see this through to the end,” the statement said.\n\n"
            "Lindahl’s mother, Karen Lindahl, told KING 5 that her son had been “in a dark "
            "place” for months. “I’m not making excuses. I just want people to know he is not a "
            "monster,” she said in the interview."
        ),
        "quotes": [
            (
                "This arrest came from the community. People called, people sent video, people "
                "did not let this go,",
                "Armando Velázquez",
                False,
                None,
            ),
            (
                "spent 22 years keeping other people’s children safe.",
                "Simone Achebe-Wright",
                True,
                "P1",
            ),
            (
                "Her family wants to see this through to the end,",
                "Simone Achebe-Wright",
                False,
                "P1",
            ),
            ("in a dark place", "Karen Lindahl", True, "P2"),
            (
                "I’m not making excuses. I just want people to know he is not a monster,",
                "Karen Lindahl",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Simone Achebe-Wright", None), ("P2", "Karen Lindahl", "KING 5")],
        "people": [
            "Evelyn Marsh",
            "Armando Velázquez",
            "Trevor Lindahl",
            "Simone Achebe-Wright",
            "Karen Lindahl",
        ],
    },
    {
        "name": "forward-suspension-instagram-two-paragraphs-comment-league",
        "text": (
            "Forward Imani Castellanos of the Seattle Tempest said on Instagram on Wednesday "
            "that she would appeal her four-game suspension for making contact with an "
            "official.\n\n"
            "“I have never disrespected a referee in nine years in this league, and I did not do "
            "it Sunday.\n\n"
            "“Watch the tape. Then tell me what I did,” Castellanos wrote.\n\n"
            "Teammate Sun-Hee Park left a comment under the post: “Watch the tape!!!”\n\n"
            "The league said in a statement that the suspension “was reviewed carefully and will "
            "stand,” and that any appeal would be heard by an independent arbitrator.\n\n"
            "Tempest coach Ricardo Almeida declined to criticize the league before practice on "
            "Thursday. “I’m going to let the process play out,” he said."
        ),
        "quotes": [
            (
                "I have never disrespected a referee in nine years in this league, and I did not "
                "do it Sunday.",
                "Imani Castellanos",
                False,
                "P1",
            ),
            ("Watch the tape. Then tell me what I did,", "Imani Castellanos", False, "P1"),
            ("Watch the tape!!!", "Sun-Hee Park", False, "P1"),
            ("was reviewed carefully and will stand,", None, True, "P2"),
            ("I’m going to let the process play out,", "Ricardo Almeida", False, None),
        ],
        "posts": [("P1", "Imani Castellanos", "Instagram"), ("P2", None, None)],
        "people": ["Imani Castellanos", "Sun-Hee Park", "Ricardo Almeida"],
    },
    {
        "name": "fda-memo-named-after-whistleblower-podcast-hearing-x",
        "text": (
            "A memo sent to Food and Drug Administration staff on Tuesday reminded employees "
            "that contacts with Congress “must be coordinated through the Office of "
            "Legislation.” The memo was signed by Rosalind Haverford, the agency’s deputy "
            "commissioner for operations.\n\n"
            "It went out one day before Gideon Osei, a former FDA drug reviewer, told a House "
            "oversight panel that he had been pressured to speed the approval of a weight-loss "
            "drug. “I was told the timeline was not up for discussion,” Osei testified.\n\n"
            "Osei first described the pressure in March on “Inside the Agency,” a podcast about "
            "federal workers. “Nobody said ‘approve it.’ They didn’t have to,” he said on the "
            "episode.\n\n"
            "Rep. Teresa Villanueva, who chairs the panel, wrote on X that the timing of the "
            "memo was “hard to read as anything but a warning.” An FDA spokesperson said the "
            "memo was “routine guidance” sent every year."
        ),
        "quotes": [
            (
                "must be coordinated through the Office of Legislation.",
                "Rosalind Haverford",
                True,
                "P1",
            ),
            ("I was told the timeline was not up for discussion,", "Gideon Osei", False, None),
            ("Nobody said ‘approve it.’ They didn’t have to,", "Gideon Osei", False, "P2"),
            ("hard to read as anything but a warning.", "Teresa Villanueva", True, "P3"),
            ("routine guidance", None, True, None),
        ],
        "posts": [
            ("P1", "Rosalind Haverford", None),
            ("P2", "Gideon Osei", "Inside the Agency"),
            ("P3", "Teresa Villanueva", "X"),
        ],
        "people": ["Rosalind Haverford", "Gideon Osei", "Teresa Villanueva"],
    },
    {
        "name": "commuter-rail-x-apology-replies-radio-show",
        "text": (
            "Bay Crest Commuter Rail apologized on X on Monday after a signal failure left "
            "thousands of evening commuters stuck on trains for up to three hours without air "
            "conditioning.\n\n"
            "“We let you down tonight. There is no excuse for the conditions on board, and we "
            "are sorry,” the railroad posted.\n\n"
            "The replies were brutal. “Sorry doesn’t open a window,” wrote Harlan Dutta-Mills, "
            "who said he was on a train that stalled outside Millbrae for two hours. County "
            "Supervisor Joanne Tsai-Whitmore replied that she would demand “a full accounting, "
            "in public, within 30 days.”\n\n"
            "The railroad’s chief executive, Franklin Obi, went on KQED’s “Forum” on Tuesday "
            "morning. “The signal system is older than most of our riders,” he said. In the same "
            "interview he promised refunds for every affected rider, calling them “the least we "
            "can do.”"
        ),
        "quotes": [
            (
                "We let you down tonight. There is no excuse for the conditions on board, and we "
                "are sorry,",
                None,
                False,
                "P1",
            ),
            ("Sorry doesn’t open a window,", "Harlan Dutta-Mills", False, "P1"),
            ("a full accounting, in public, within 30 days.", "Joanne Tsai-Whitmore", True, "P1"),
            ("The signal system is older than most of our riders,", "Franklin Obi", False, "P2"),
            ("the least we can do.", "Franklin Obi", True, "P2"),
        ],
        "posts": [("P1", None, "X"), ("P2", "Franklin Obi", "Forum")],
        "people": ["Harlan Dutta-Mills", "Joanne Tsai-Whitmore", "Franklin Obi"],
    },
    {
        "name": "poetry-imprint-press-release-threads-tribune-bluesky",
        "text": (
            "Larkspur House, one of the oldest independent publishers in Chicago, will close "
            "its poetry imprint and lay off 14 employees, the company announced in a press "
            "release on Friday.\n\n"
            "“This was the hardest decision in our 80-year history,” the release said, "
            "describing the imprint as “beloved but unsustainable.”\n\n"
            "The imprint’s editor for 23 years, Wendell Pruitt, posted on Threads that he had "
            "learned of the closure “the same morning as everyone else.”\n\n"
            "Poet Amara Okonjo, whose collection “Field Notes for a Drought” earned the imprint "
            "its only National Book Award nomination, told the Chicago Tribune she was "
            "heartbroken. “Wendell read every poem I sent him for ten years, including the bad "
            "ones,” she said.\n\n"
            "A former Larkspur publicist, Noor Haddad, wrote on Bluesky: “Poetry never paid the "
            "bills. It was never supposed to. That was the point.”"
        ),
        "quotes": [
            ("This was the hardest decision in our 80-year history,", None, False, "P1"),
            ("beloved but unsustainable.", None, True, "P1"),
            ("the same morning as everyone else.", "Wendell Pruitt", True, "P2"),
            (
                "Wendell read every poem I sent him for ten years, including the bad ones,",
                "Amara Okonjo",
                False,
                "P3",
            ),
            (
                "Poetry never paid the bills. It was never supposed to. That was the point.",
                "Noor Haddad",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wendell Pruitt", "Threads"),
            ("P3", "Amara Okonjo", "Chicago Tribune"),
            ("P4", "Noor Haddad", "Bluesky"),
        ],
        "people": ["Wendell Pruitt", "Amara Okonjo", "Noor Haddad"],
    },
    {
        "name": "er-bill-lawsuit-hospital-statement-instagram-straight-quotes",
        "text": (
            "A Denver woman who says she was billed $41,000 for an emergency room visit that her "
            "insurer had approved in advance sued the hospital and the insurer on Tuesday.\n\n"
            "In the lawsuit, filed in Denver District Court, Maribel Fonseca-Ortiz says she "
            '"did everything the system asks a patient to do" and was "punished for it '
            'anyway."\n\n'
            'St. Anselm Medical Center said in a statement that it "does not comment on pending '
            'litigation."\n\n'
            "Fonseca-Ortiz, 46, first described the bill in an Instagram post in January that "
            'has since been shared more than 80,000 times. "I have the approval letter. I have '
            'the bill. They cannot both be true," she wrote.\n\n'
            "Her lawyer, Tobias Reinholt, spoke briefly to reporters outside the courthouse. "
            '"This is not a billing error. This is a business model," he said.'
        ),
        "quotes": [
            (
                "did everything the system asks a patient to do",
                "Maribel Fonseca-Ortiz",
                True,
                "P1",
            ),
            ("punished for it anyway.", "Maribel Fonseca-Ortiz", True, "P1"),
            ("does not comment on pending litigation.", None, True, "P2"),
            (
                "I have the approval letter. I have the bill. They cannot both be true,",
                "Maribel Fonseca-Ortiz",
                False,
                "P3",
            ),
            (
                "This is not a billing error. This is a business model,",
                "Tobias Reinholt",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Maribel Fonseca-Ortiz", None),
            ("P2", None, None),
            ("P3", "Maribel Fonseca-Ortiz", "Instagram"),
        ],
        "people": ["Maribel Fonseca-Ortiz", "Tobias Reinholt"],
    },
    {
        "name": "goalkeeper-x-post-reply-deleted-apology-espn",
        "text": (
            "Carolina Foxes goalkeeper Mateo Ibarra-Lund started it on Saturday night with a post "
            "on X after his team’s 2-1 loss: “Two penalties in one half. Somebody check the "
            "referee’s bank account.”\n\n"
            "Within minutes, Nashville striker Obafemi Adeyemi replied beneath the post: “Or "
            "check your footwork, keeper.”\n\n"
            "Ibarra-Lund deleted the post on Sunday and apologized in a post of his own. “I was "
            "angry and I said something I should not have said about an official’s integrity,” "
            "the 29-year-old wrote. “That’s on me.”\n\n"
            "The referees’ association said in a statement that it had “noted the apology.”\n\n"
            "On Monday, Foxes coach Stellan Bergqvist told ESPN that the club would fine its "
            "goalkeeper anyway. “Mateo is a leader here, and leaders own their mistakes,” "
            "Bergqvist said."
        ),
        "quotes": [
            (
                "Two penalties in one half. Somebody check the referee’s bank account.",
                "Mateo Ibarra-Lund",
                False,
                "P1",
            ),
            ("Or check your footwork, keeper.", "Obafemi Adeyemi", False, "P1"),
            (
                "I was angry and I said something I should not have said about an official’s "
                "integrity,",
                "Mateo Ibarra-Lund",
                False,
                "P2",
            ),
            ("That’s on me.", "Mateo Ibarra-Lund", False, "P2"),
            ("noted the apology.", None, True, "P3"),
            (
                "Mateo is a leader here, and leaders own their mistakes,",
                "Stellan Bergqvist",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Mateo Ibarra-Lund", "X"),
            ("P2", "Mateo Ibarra-Lund", "X"),
            ("P3", None, None),
            ("P4", "Stellan Bergqvist", "ESPN"),
        ],
        "people": ["Mateo Ibarra-Lund", "Obafemi Adeyemi", "Stellan Bergqvist"],
    },
    {
        "name": "medicare-fraud-sentencing-no-posts",
        "text": (
            "A federal judge in Atlanta sentenced Darius Whitcombe to 12 years in prison on "
            "Wednesday for running a sham home health agency that billed Medicare for visits to "
            "patients who had already died.\n\n"
            "“You did not just steal from a program. You stole from people at the end of their "
            "lives,” U.S. District Judge Evangeline Roussos told Whitcombe at the hearing.\n\n"
            "Whitcombe, 49, apologized before the sentence was read. “I am ashamed, and I will be "
            "ashamed for the rest of my life,” he said, his voice breaking.\n\n"
            "Outside the courthouse, Assistant U.S. Attorney Priyanka Mehra told reporters that "
            "the case began with a tip from a “very persistent” hospice nurse. The nurse, "
            "Lorraine Odukoya, said in an interview that she had reported the agency three "
            "times. “The third time, somebody finally called me back,” she said."
        ),
        "quotes": [
            (
                "You did not just steal from a program. You stole from people at the end of "
                "their lives,",
                "Evangeline Roussos",
                False,
                None,
            ),
            (
                "I am ashamed, and I will be ashamed for the rest of my life,",
                "Darius Whitcombe",
                False,
                None,
            ),
            ("very persistent", "Priyanka Mehra", True, None),
            ("The third time, somebody finally called me back,", "Lorraine Odukoya", False, None),
        ],
        "posts": [],
        "people": [
            "Darius Whitcombe",
            "Evangeline Roussos",
            "Priyanka Mehra",
            "Lorraine Odukoya",
        ],
    },
]
