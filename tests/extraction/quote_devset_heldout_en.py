"""The one-hundred-and-thirty-eighth self-made dev set, held out (EN): its first run is an unseen estimate.

Written with set EO, without reading the extraction rules, and committed before
any rule was run on it. Topic area: local politics, elections, campaigns and
public services. Same format and conventions as the earlier self-made sets (not
a public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks), and "told" a named
newspaper is such an interview; a statement, memo, letter, email, court filing,
lawsuit, judge's opinion or essay with no named outlet is a post with no
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
inside narration. Each case is (text, quotes, posts, people); a quote row is
(words inside the marks, speaker, partial, post id or None), in text order; a
post row is (id, author, platform); people lists every named person in order of
first mention, including people who never speak or post.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a Facebook post announcing hearings, a
  letter to the council, a company or union statement only paraphrased) is
  still listed in posts.
- A quote that runs over two paragraphs is written in the usual style (no
  closing mark at the end of the first paragraph, a new opening mark on the
  next): the first paragraph's quote is the words from its opening mark to the
  end of that paragraph, the second is a quote of its own, both with the same
  speaker and post.
- A concession "statement released by her campaign" is the candidate's own
  post (author the candidate, no platform), because the text says she conceded
  in it.
- A campaign's finance filing is a filing by an organisation: author None and
  platform None, and words quoted from it speak as None (partial when quoted
  inside narration).
- "Said by email" to the story by an unnamed spokesperson of a state office is a
  post (an email) with author None, platform None, and its words speak as None.
- A city authority's boil-water notice and a housing authority's email to its
  tenants are posts with author None and no platform.
- A tenants' union's post on X has author None and its words speak as None.
- A reply under a named official's Facebook post by another named person (the
  county clerk under the senator's post) belongs to that post; the earlier
  fragment of the senator ("untested gadgets") is not tied to any post.
- A second TikTok video by the same candidate is a new post, and a comment
  under "that video" belongs to the second video.
- A radio show named with its host ("Morning Drive with Al Benning") takes the
  whole show name as platform; the host is a named person who never speaks.
  Her later answer to the host's question is tied to the same interview.
- An Instagram story is an Instagram post; resharing it "on his own Instagram
  story" with new words is a new Instagram post by the resharer.
- A named official's reply in a Reddit thread started by an anonymous user
  belongs to that thread (author None), with the official as speaker.
- Unnamed neighbours' replies under a Nextdoor post belong to it and speak as
  None; two quote pieces around "one neighbour replied" are two quotes.
- A mayor's video "posted to the city's Facebook page" is the mayor's Facebook
  post (the mayor speaks in it), not the city's.
- A congressman's weekly email newsletter is his post with no platform.
- A county comptroller's audit report "by" the comptroller, in which she
  "wrote", is her post with no platform (not an organisation's report).
- A memo "obtained by" a named newspaper is the writer's post with no platform;
  the newspaper that obtained it is not the platform.
- A mayor's letter to residents is his post; "the letter said" speaks as the
  mayor, and his fragment "slick and misleading" in the letter is partial and
  belongs to it.
- A union statement that quotes its president ("It quoted ... as saying") has
  author None; the president's fragment belongs to it with the president as
  speaker. A chief executive's email to all staff is the executive's post.
- A television programme (Bay Week) and a podcast (The Statehouse Hour) are
  platforms as written; "told The Pickett Herald" keeps "The".
- A debate, a concession speech at a union hall, words said outside the county
  building to supporters, a council meeting, a board meeting, a public hearing,
  shouts at a hearing, "speaking after the hearing" and the story's own "said in
  an interview" are not posts.
- A fragment said at a budget unveiling ("he called ...") and a promise quoted
  at a debate are partial with no post.
- A nickname inside a name (Raymond “Ray-Ray” Castellano) is not a quote and is
  not part of the canonical name; the backers' slogan for a ballot measure
  (“Move Westport Forward.”), a review's name (“efficiency review”) and a
  nickname (“Mr. W,”) are not quotes.
- A photo posted "with the caption ..." is a post whose caption is a whole
  quote (not partial).
- Titles (Mayor, Governor, State Senator, Representative, Councilman, Judge,
  Chief Deputy, Council President) are not part of a canonical name; names with
  particles keep them as written (Peter Van der Linden).
- People never named (a spokesperson, a neighbour, an anonymous Reddit user) are
  not listed in people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EN: list[dict] = [
    {
        "name": "facebook-mayoral-launch-news-conference-comment",
        "text": (
            "Deborah Halvorsen, a two-term city councillor in Millbrook, announced her "
            "campaign for mayor on Facebook on Sunday. “Our buses are late, our libraries "
            "close at five, and City Hall has stopped listening,” she wrote.\n\n"
            "The incumbent, Mayor Franklin Oduya, answered at a news conference the next "
            "morning. “I welcome the competition. I do not welcome the fiction,” he said, "
            "adding that bus punctuality had improved “every single quarter” since 2022.\n\n"
            "Halvorsen’s campaign manager, Priya Ramaswamy, told the Millbrook Ledger that "
            "the campaign had raised $84,000 in its first 48 hours. “People are hungry for a "
            "change,” Ramaswamy said.\n\n"
            "Under Halvorsen’s Facebook post, a retired bus driver, Walter Kincaid, left a "
            "comment: “I drove the 14 route for 30 years. She is right about the buses.” "
            "Oduya’s campaign has not yet said whether he will accept a debate."
        ),
        "quotes": [
            (
                (
                    "Our buses are late, our libraries close at five, and City Hall has "
                    "stopped listening,"
                ),
                "Deborah Halvorsen",
                False,
                "P1",
            ),
            (
                "I welcome the competition. I do not welcome the fiction,",
                "Franklin Oduya",
                False,
                None,
            ),
            ("every single quarter", "Franklin Oduya", True, None),
            ("People are hungry for a change,", "Priya Ramaswamy", False, "P2"),
            (
                "I drove the 14 route for 30 years. She is right about the buses.",
                "Walter Kincaid",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Deborah Halvorsen", "Facebook"),
            ("P2", "Priya Ramaswamy", "Millbrook Ledger"),
        ],
        "people": ["Deborah Halvorsen", "Franklin Oduya", "Priya Ramaswamy", "Walter Kincaid"],
    },
    {
        "name": "county-elections-release-clerk-x-comment-under-senator-post",
        "text": (
            "The Harlan County elections office said in a press release on Wednesday that "
            "early voting turnout had reached 31 percent, the highest for a midterm in the "
            "county’s records. “Voters should expect short lines at every site through "
            "Saturday,” the release said.\n\n"
            "The county clerk, Lorraine Baptiste-Wu, was less cheerful on X. “Record turnout, "
            "same budget as 2014. My staff are running on coffee and goodwill,” she posted.\n\n"
            "State Senator Carl Mendenhall, who has called the county’s new ballot scanners "
            "“untested gadgets,” wrote on Facebook that he would seek an audit after the "
            "vote. Baptiste-Wu replied under his post: “Audit away. The machines were tested "
            "in public, twice.”\n\n"
            "“The equipment meets every state and federal certification standard,” a "
            "spokesperson for the secretary of state’s office said by email. Early voting in "
            "the county ends on Saturday evening."
        ),
        "quotes": [
            ("Voters should expect short lines at every site through Saturday,", None, False, "P1"),
            (
                (
                    "Record turnout, same budget as 2014. My staff are running on "
                    "coffee and goodwill,"
                ),
                "Lorraine Baptiste-Wu",
                False,
                "P2",
            ),
            ("untested gadgets,", "Carl Mendenhall", True, None),
            (
                "Audit away. The machines were tested in public, twice.",
                "Lorraine Baptiste-Wu",
                False,
                "P3",
            ),
            (
                ("The equipment meets every state and federal certification standard,"),
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lorraine Baptiste-Wu", "X"),
            ("P3", "Carl Mendenhall", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Lorraine Baptiste-Wu", "Carl Mendenhall"],
    },
    {
        "name": "school-board-tiktok-nickname-radio-interview-second-video",
        "text": (
            "Jalen Whitcombe, a 24-year-old teacher running for the Eastvale school board, "
            "has built his campaign on TikTok, where a video about leaking classroom roofs "
            "has been viewed more than 200,000 times. “If the roof leaks on the kids, it "
            "leaks on the board,” he says in the video.\n\n"
            "Supporters call him “Mr. W,” a nickname from his classroom. His opponent, board "
            "vice-chair Margaret Lindqvist-Doyle, said in an interview with Eastvale Public "
            "Radio that the district had already approved $3 million for repairs. “The money "
            "is there. Videos do not fix roofs, contractors do,” she said.\n\n"
            "Whitcombe answered in a second video on Thursday. “Then show us the "
            "contractors,” the 24-year-old said, holding up a bucket.\n\n"
            "Under that video, a parent, Rosa Delgado-Paz, commented: “Our daughter’s art "
            "room has had a bucket under the ceiling since October.” The district’s "
            "facilities director, Tom Aguirre, did not respond to a request for comment."
        ),
        "quotes": [
            (
                "If the roof leaks on the kids, it leaks on the board,",
                "Jalen Whitcombe",
                False,
                "P1",
            ),
            (
                "The money is there. Videos do not fix roofs, contractors do,",
                "Margaret Lindqvist-Doyle",
                False,
                "P2",
            ),
            ("Then show us the contractors,", "Jalen Whitcombe", False, "P3"),
            (
                ("Our daughter’s art room has had a bucket under the ceiling since October."),
                "Rosa Delgado-Paz",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Jalen Whitcombe", "TikTok"),
            ("P2", "Margaret Lindqvist-Doyle", "Eastvale Public Radio"),
            ("P3", "Jalen Whitcombe", "TikTok"),
        ],
        "people": [
            "Jalen Whitcombe",
            "Margaret Lindqvist-Doyle",
            "Rosa Delgado-Paz",
            "Tom Aguirre",
        ],
    },
    {
        "name": "library-cuts-open-letter-council-meeting-courier-essay",
        "text": (
            "More than 600 residents of Fenwick signed an open letter on Monday urging the "
            "city council to reverse cuts that would close two branch libraries. “A library "
            "is not a line item. It is the only warm room some of our neighbours have,” the "
            "letter said.\n\n"
            "The cuts come from the council’s “efficiency review” of city services last year. "
            "Council finance chair Oliver Brandt-Nakamura defended them at Tuesday’s council "
            "meeting. “We are not closing libraries. We are consolidating services,” he said.\n\n"
            "The head librarian at the Eastside branch, Agnieszka Wróbel, answered him in an "
            "essay for the Fenwick Courier on Wednesday. “Consolidation means a 40-minute bus "
            "ride for a seven-year-old with a library card,” she wrote. “Ask the "
            "seven-year-old how efficient that feels.”\n\n"
            "Brandt-Nakamura said later in a statement that he would meet with library staff "
            "next week, and that no branch would close before the summer."
        ),
        "quotes": [
            (
                (
                    "A library is not a line item. It is the only warm room some of our "
                    "neighbours have,"
                ),
                None,
                False,
                "P1",
            ),
            (
                "We are not closing libraries. We are consolidating services,",
                "Oliver Brandt-Nakamura",
                False,
                None,
            ),
            (
                (
                    "Consolidation means a 40-minute bus ride for a seven-year-old with "
                    "a library card,"
                ),
                "Agnieszka Wróbel",
                False,
                "P2",
            ),
            ("Ask the seven-year-old how efficient that feels.", "Agnieszka Wróbel", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Agnieszka Wróbel", "Fenwick Courier"),
            ("P3", "Oliver Brandt-Nakamura", None),
        ],
        "people": ["Oliver Brandt-Nakamura", "Agnieszka Wróbel"],
    },
    {
        "name": "campaign-finance-filing-podcast-instagram-caption-company-statement",
        "text": (
            "A campaign finance filing submitted on Friday shows that state assembly "
            "candidate Reginald Osei-Bonsu received $120,000 from a political action "
            "committee linked to a parking contractor, Citywide Parking Solutions. In the "
            "filing, his campaign described the money as “independent expenditure "
            "coordination,” a term that election lawyers said does not exist.\n\n"
            "Osei-Bonsu discussed the donation on the podcast The Statehouse Hour on Sunday. "
            "“I have never met anyone from that company. I do not know who they are,” he "
            "said.\n\n"
            "His primary rival, Hannah Kessler-Moore, posted a photo of the filing on "
            "Instagram with the caption “Never met them. Took their money.”\n\n"
            "Citywide Parking Solutions said in a statement that it “supports candidates who "
            "share our vision for mobility” and had broken no rules. The state ethics board’s "
            "director, Samuel Achterberg, told reporters that the board would review the "
            "filing."
        ),
        "quotes": [
            ("independent expenditure coordination,", None, True, "P1"),
            (
                ("I have never met anyone from that company. I do not know who they are,"),
                "Reginald Osei-Bonsu",
                False,
                "P2",
            ),
            ("Never met them. Took their money.", "Hannah Kessler-Moore", False, "P3"),
            ("supports candidates who share our vision for mobility", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Reginald Osei-Bonsu", "The Statehouse Hour"),
            ("P3", "Hannah Kessler-Moore", "Instagram"),
            ("P4", None, None),
        ],
        "people": ["Reginald Osei-Bonsu", "Hannah Kessler-Moore", "Samuel Achterberg"],
    },
    {
        "name": "boil-water-notice-mayor-youtube-gazette-briefing",
        "text": (
            "The Cedar Falls Water Authority issued a boil-water notice for 14,000 households "
            "on Thursday after a main broke under Route 9. “Residents should boil tap water "
            "for at least one minute before drinking or cooking,” the authority said in the "
            "notice.\n\n"
            "Mayor Annette Vasquez-Holloway posted a video on YouTube from the repair site "
            "that evening. “Crews will work through the night. I will be here with them,” she "
            "said in the video, her boots in a foot of mud.\n\n"
            "Councillor Desmond Park was unimpressed. “A video is not a plan,” Park told the "
            "Cedar Falls Gazette. “We have known about this main since 2019.”\n\n"
            "The authority’s chief engineer, Ruth Ambler, said at a briefing on Friday that "
            "the pipe had been laid 71 years ago. “It did exactly what 71-year-old pipes do,” "
            "the engineer said."
        ),
        "quotes": [
            (
                (
                    "Residents should boil tap water for at least one minute before "
                    "drinking or cooking,"
                ),
                None,
                False,
                "P1",
            ),
            (
                "Crews will work through the night. I will be here with them,",
                "Annette Vasquez-Holloway",
                False,
                "P2",
            ),
            ("A video is not a plan,", "Desmond Park", False, "P3"),
            ("We have known about this main since 2019.", "Desmond Park", False, "P3"),
            ("It did exactly what 71-year-old pipes do,", "Ruth Ambler", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Annette Vasquez-Holloway", "YouTube"),
            ("P3", "Desmond Park", "Cedar Falls Gazette"),
        ],
        "people": ["Annette Vasquez-Holloway", "Desmond Park", "Ruth Ambler"],
    },
    {
        "name": "recount-concession-statement-two-paragraphs-facebook-fragment",
        "text": (
            "The recount in the race for Ward 6 of the Brackenridge city council ended on "
            "Tuesday with Luis Ferreira ahead of Councilwoman Joan Abernathy by 11 votes, "
            "down from 19 on election night.\n\n"
            "Abernathy conceded in a statement released by her campaign that evening. “The "
            "count was careful and fair, and I thank the election workers who did it. Luis "
            "will be a good councillor if he listens to the people of this ward.\n\n"
            "“I will be watching, and so will they.”\n\n"
            "Ferreira, a 38-year-old paramedic, spoke to supporters outside the county "
            "building. “Eleven votes. Tell me again that your vote does not count,” he said.\n\n"
            "He later thanked Abernathy on Facebook, writing that she had been “a gracious "
            "opponent and a tireless public servant.” The city clerk, Harriet Osgood, said "
            "the result would be certified on Friday."
        ),
        "quotes": [
            (
                (
                    "The count was careful and fair, and I thank the election workers "
                    "who did it. Luis will be a good councillor if he listens to the "
                    "people of this ward."
                ),
                "Joan Abernathy",
                False,
                "P1",
            ),
            ("I will be watching, and so will they.", "Joan Abernathy", False, "P1"),
            (
                "Eleven votes. Tell me again that your vote does not count,",
                "Luis Ferreira",
                False,
                None,
            ),
            ("a gracious opponent and a tireless public servant.", "Luis Ferreira", True, "P2"),
        ],
        "posts": [
            ("P1", "Joan Abernathy", None),
            ("P2", "Luis Ferreira", "Facebook"),
        ],
        "people": ["Luis Ferreira", "Joan Abernathy", "Harriet Osgood"],
    },
    {
        "name": "transit-measure-slogan-alliance-release-reddit-reply",
        "text": (
            "Voters in Westport will decide in November on Measure K, a half-cent sales tax "
            "for buses and bike lanes that its backers have branded “Move Westport Forward.”\n\n"
            "The measure’s chief opponent, the Westport Taxpayers Alliance, said in a press "
            "release on Monday that the tax would cost the average family $310 a year. “This "
            "is a blank cheque with a bus painted on it,” the release said.\n\n"
            "Transit director Kwame Asante-Lyle rejected the figure in an interview with the "
            "Westport Tribune. “The alliance counted every purchase twice. The real number is "
            "closer to $140,” he said.\n\n"
            "On Reddit, an anonymous user who said they had lived in Westport without a car "
            "for a decade started a thread on Thursday asking how the measure would change "
            "bus service. Asante-Lyle joined the thread and answered questions for two hours. "
            "“Yes, the 22 is late. Measure K is how we fix the 22,” he wrote in one reply."
        ),
        "quotes": [
            ("This is a blank cheque with a bus painted on it,", None, False, "P1"),
            (
                ("The alliance counted every purchase twice. The real number is closer to $140,"),
                "Kwame Asante-Lyle",
                False,
                "P2",
            ),
            (
                "Yes, the 22 is late. Measure K is how we fix the 22,",
                "Kwame Asante-Lyle",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kwame Asante-Lyle", "Westport Tribune"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Kwame Asante-Lyle"],
    },
    {
        "name": "sheriff-debate-not-post-linkedin-comment-by-rival",
        "text": (
            "The two candidates for Tillman County sheriff met for their only debate on "
            "Wednesday night at the county fairgrounds. Chief Deputy Marcus Villanueva, 52, "
            "promised to put “a deputy in every school by next fall.” His opponent, retired "
            "state trooper Ellen Brightwater, said the department could not fill the "
            "positions it already had. “You cannot staff a promise,” she said.\n\n"
            "On Thursday Brightwater wrote a long post on LinkedIn about recruitment. "
            "“Forty-one vacancies. Nine applicants last year. Those are the department’s own "
            "numbers,” the former trooper wrote.\n\n"
            "Villanueva responded in a comment under her post. “Nine applicants under the "
            "current sheriff. That is exactly why I am running,” he wrote.\n\n"
            "The retiring sheriff, Gus Pemberton, who has endorsed Villanueva, wrote on "
            "Facebook on Friday that the debate had been “civil, which is more than I can say "
            "for my own races.” Early voting begins on Oct. 21."
        ),
        "quotes": [
            ("a deputy in every school by next fall.", "Marcus Villanueva", True, None),
            ("You cannot staff a promise,", "Ellen Brightwater", False, None),
            (
                (
                    "Forty-one vacancies. Nine applicants last year. Those are the "
                    "department’s own numbers,"
                ),
                "Ellen Brightwater",
                False,
                "P1",
            ),
            (
                ("Nine applicants under the current sheriff. That is exactly why I am running,"),
                "Marcus Villanueva",
                False,
                "P1",
            ),
            ("civil, which is more than I can say for my own races.", "Gus Pemberton", True, "P2"),
        ],
        "posts": [
            ("P1", "Ellen Brightwater", "LinkedIn"),
            ("P2", "Gus Pemberton", "Facebook"),
        ],
        "people": ["Marcus Villanueva", "Ellen Brightwater", "Gus Pemberton"],
    },
    {
        "name": "housing-authority-email-tenants-union-x-tv-interview-letter",
        "text": (
            "Tenants at the Riverside Gardens public housing complex in Dunmore received an "
            "email from the Dunmore Housing Authority on Monday saying that heating would not "
            "be restored until Friday. “We understand this is a hardship and apologise for "
            "the inconvenience,” the email said.\n\n"
            "The Riverside Tenants Union posted a photo of a thermometer reading 9 degrees on "
            "X. “Apologies do not heat apartments,” the union wrote.\n\n"
            "City Councillor Naomi Achebe-Ford, whose district includes the complex, told "
            "WDNR News that she had asked the authority for daily updates. “Families with "
            "newborns are sleeping in their coats,” Achebe-Ford said. “That is not an "
            "inconvenience.”\n\n"
            "The authority’s executive director, Harold Fenske, wrote in a letter to the "
            "council on Tuesday that a replacement boiler part had been ordered from a "
            "supplier in Ohio. The letter did not say when it would arrive."
        ),
        "quotes": [
            (
                ("We understand this is a hardship and apologise for the inconvenience,"),
                None,
                False,
                "P1",
            ),
            ("Apologies do not heat apartments,", None, False, "P2"),
            (
                "Families with newborns are sleeping in their coats,",
                "Naomi Achebe-Ford",
                False,
                "P3",
            ),
            ("That is not an inconvenience.", "Naomi Achebe-Ford", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "X"),
            ("P3", "Naomi Achebe-Ford", "WDNR News"),
            ("P4", "Harold Fenske", None),
        ],
        "people": ["Naomi Achebe-Ford", "Harold Fenske"],
    },
    {
        "name": "governor-endorsement-instagram-story-reshare-radio-show",
        "text": (
            "Governor Patricia Lamontagne endorsed Samir Haddad-Klein for mayor of Port "
            "Ellery on Saturday in an Instagram story. “Samir knows every pothole in this "
            "city by name. Vote for him,” she wrote over a photo of the two at a diner.\n\n"
            "Haddad-Klein reshared the story on his own Instagram story. “Humbled. Also, the "
            "potholes know me too,” he added.\n\n"
            "His rival, former police chief Donna Ruiz, said on the local radio show Morning "
            "Drive with Al Benning that the governor should stay out of city races. “Port "
            "Ellery does not need instructions from the capital,” Ruiz said.\n\n"
            "The host, Al Benning, then asked whether she would turn down an endorsement from "
            "the governor if one were offered. “Nobody has offered,” she said, laughing. The "
            "election is on Nov. 4, and early voting opens two weeks before."
        ),
        "quotes": [
            (
                "Samir knows every pothole in this city by name. Vote for him,",
                "Patricia Lamontagne",
                False,
                "P1",
            ),
            ("Humbled. Also, the potholes know me too,", "Samir Haddad-Klein", False, "P2"),
            ("Port Ellery does not need instructions from the capital,", "Donna Ruiz", False, "P3"),
            ("Nobody has offered,", "Donna Ruiz", False, "P3"),
        ],
        "posts": [
            ("P1", "Patricia Lamontagne", "Instagram"),
            ("P2", "Samir Haddad-Klein", "Instagram"),
            ("P3", "Donna Ruiz", "Morning Drive with Al Benning"),
        ],
        "people": ["Patricia Lamontagne", "Samir Haddad-Klein", "Donna Ruiz", "Al Benning"],
    },
    {
        "name": "mail-delays-town-hall-congressman-newsletter-postal-statement",
        "text": (
            "Residents of the hill towns north of Granby packed a town hall on Monday to "
            "complain about mail delays that have left pension cheques and prescriptions "
            "weeks late. “My insulin came 12 days after it shipped,” said Beatrice Holm, 78, "
            "a retired nurse from Alder Creek.\n\n"
            "Representative Thomas Kowalczyk, who hosted the event, promised to press the "
            "Postal Service for answers. “I will be in the postmaster general’s office next "
            "week, and I will bring your letters,” the congressman said.\n\n"
            "In his weekly email newsletter on Wednesday, Kowalczyk wrote that the regional "
            "distribution centre had lost a third of its staff since spring. “This is a "
            "staffing crisis dressed up as a modernisation plan,” he wrote.\n\n"
            "The Postal Service said in a statement that it was “hiring aggressively” in the "
            "region and that delivery times would improve by December."
        ),
        "quotes": [
            ("My insulin came 12 days after it shipped,", "Beatrice Holm", False, None),
            (
                (
                    "I will be in the postmaster general’s office next week, and I will "
                    "bring your letters,"
                ),
                "Thomas Kowalczyk",
                False,
                None,
            ),
            (
                "This is a staffing crisis dressed up as a modernisation plan,",
                "Thomas Kowalczyk",
                False,
                "P1",
            ),
            ("hiring aggressively", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Thomas Kowalczyk", None),
            ("P2", None, None),
        ],
        "people": ["Beatrice Holm", "Thomas Kowalczyk"],
    },
    {
        "name": "polling-place-lawsuit-board-meeting-judge-ruling-bluesky",
        "text": (
            "A coalition of civil rights groups sued the Ardmore County Board of Elections on "
            "Tuesday over its decision to close four of its seven polling places in the "
            "county’s rural east. The closures would force some voters to drive 45 minutes to "
            "cast a ballot, the lawsuit said, calling the plan “a poll tax paid in gasoline.”\n\n"
            "The board’s chairman, Leonard Tisdale, said at a meeting on Wednesday that the "
            "board had followed state law. “We have fewer poll workers than ever, and we "
            "cannot open a site without them,” Tisdale said.\n\n"
            "On Friday, Judge Imelda Sørensen ordered the sites to stay open through the "
            "November election. “The board has offered a reason but not a remedy,” the judge "
            "wrote in her ruling.\n\n"
            "One of the plaintiffs’ lawyers, Keisha Moran, said in a post on Bluesky that the "
            "ruling was “a win for every voter without a second car.”"
        ),
        "quotes": [
            ("a poll tax paid in gasoline.", None, True, "P1"),
            (
                ("We have fewer poll workers than ever, and we cannot open a site without them,"),
                "Leonard Tisdale",
                False,
                None,
            ),
            ("The board has offered a reason but not a remedy,", "Imelda Sørensen", False, "P2"),
            ("a win for every voter without a second car.", "Keisha Moran", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Imelda Sørensen", None),
            ("P3", "Keisha Moran", "Bluesky"),
        ],
        "people": ["Leonard Tisdale", "Imelda Sørensen", "Keisha Moran"],
    },
    {
        "name": "councilman-resigns-letter-editor-threads-lawyer-statement",
        "text": (
            "Councilman Bartholomew Greaves of Lindenhurst resigned on Thursday, three weeks "
            "after a local news site reported that he had billed the city for 40,000 miles of "
            "travel in a single year. In a resignation letter to the city clerk, Greaves "
            "wrote that he had “made mistakes in record-keeping, not in honesty.”\n\n"
            "The news site, the Lindenhurst Dispatch, published the letter in full. Its "
            "editor, Farah Iqbal, wrote on Threads that the resignation did not end the "
            "story. “We still have 600 pages of receipts to go through,” she wrote.\n\n"
            "Deputy Mayor Celeste Mbeki-Rowan told reporters that a special election would be "
            "held in March. “The residents of District 3 deserve a full-time voice, and they "
            "will get one,” she said.\n\n"
            "Greaves, 67, did not return calls. His lawyer, Victor Santangelo, said in a "
            "statement that his client “looks forward to clearing his name.”"
        ),
        "quotes": [
            ("made mistakes in record-keeping, not in honesty.", "Bartholomew Greaves", True, "P1"),
            ("We still have 600 pages of receipts to go through,", "Farah Iqbal", False, "P2"),
            (
                ("The residents of District 3 deserve a full-time voice, and they will get one,"),
                "Celeste Mbeki-Rowan",
                False,
                None,
            ),
            ("looks forward to clearing his name.", "Victor Santangelo", True, "P3"),
        ],
        "posts": [
            ("P1", "Bartholomew Greaves", None),
            ("P2", "Farah Iqbal", "Threads"),
            ("P3", "Victor Santangelo", None),
        ],
        "people": [
            "Bartholomew Greaves",
            "Farah Iqbal",
            "Celeste Mbeki-Rowan",
            "Victor Santangelo",
        ],
    },
    {
        "name": "snow-plows-nextdoor-replies-observer-interview-mayor-video",
        "text": (
            "Three days after the heaviest snowfall in a decade, dozens of side streets in "
            "Oakhurst were still unplowed on Monday, and residents were taking their "
            "complaints to Nextdoor. “We have been snowed in since Friday. My mother missed "
            "dialysis,” Gerald Nnamdi wrote in a post that drew more than 300 replies.\n\n"
            "“Same on Birch Lane,” one neighbour replied. “Not a single plow.”\n\n"
            "The city’s public works director, Ingrid Solberg, said in an interview with the "
            "Oakhurst Observer that 11 of the city’s 26 plows were out of service. “We are "
            "fixing trucks as fast as we are driving them,” she said.\n\n"
            "Mayor Clifton Rhodes apologised in a video posted to the city’s Facebook page. "
            "“You deserved better, and I am sorry,” the mayor said. He did not say when the "
            "streets would be cleared, and Solberg declined to give a date."
        ),
        "quotes": [
            (
                "We have been snowed in since Friday. My mother missed dialysis,",
                "Gerald Nnamdi",
                False,
                "P1",
            ),
            ("Same on Birch Lane,", None, False, "P1"),
            ("Not a single plow.", None, False, "P1"),
            ("We are fixing trucks as fast as we are driving them,", "Ingrid Solberg", False, "P2"),
            ("You deserved better, and I am sorry,", "Clifton Rhodes", False, "P3"),
        ],
        "posts": [
            ("P1", "Gerald Nnamdi", "Nextdoor"),
            ("P2", "Ingrid Solberg", "Oakhurst Observer"),
            ("P3", "Clifton Rhodes", "Facebook"),
        ],
        "people": ["Gerald Nnamdi", "Ingrid Solberg", "Clifton Rhodes"],
    },
    {
        "name": "primary-concession-speech-x-thanks-facebook-write-in-herald",
        "text": (
            "State Representative Yolanda Brisbane lost the Republican primary for the 14th "
            "Congressional District on Tuesday to Dale Humphries, a 33-year-old real estate "
            "developer backed by the party’s county chairman, Ron Spivey.\n\n"
            "In her concession speech at a union hall in Pickett, Brisbane urged supporters "
            "to back Humphries in November. “We argue in May and we unite in November. That "
            "is how this works,” she said.\n\n"
            "Humphries thanked her on X an hour later. “Yolanda ran a clean race and made me "
            "a better candidate,” the developer wrote.\n\n"
            "Not everyone was ready to unite. Brisbane’s former campaign treasurer, Lydia "
            "Marchetti, wrote on Facebook that she would write in Brisbane’s name in the "
            "fall. “I vote for people, not parties,” Marchetti wrote. Spivey told The Pickett "
            "Herald that such talk would fade. “By Labor Day, nobody will remember this "
            "primary,” he said."
        ),
        "quotes": [
            (
                "We argue in May and we unite in November. That is how this works,",
                "Yolanda Brisbane",
                False,
                None,
            ),
            (
                "Yolanda ran a clean race and made me a better candidate,",
                "Dale Humphries",
                False,
                "P1",
            ),
            ("I vote for people, not parties,", "Lydia Marchetti", False, "P2"),
            ("By Labor Day, nobody will remember this primary,", "Ron Spivey", False, "P3"),
        ],
        "posts": [
            ("P1", "Dale Humphries", "X"),
            ("P2", "Lydia Marchetti", "Facebook"),
            ("P3", "Ron Spivey", "The Pickett Herald"),
        ],
        "people": ["Yolanda Brisbane", "Dale Humphries", "Ron Spivey", "Lydia Marchetti"],
    },
    {
        "name": "ambulance-audit-report-contractor-release-op-ed-own-interview",
        "text": (
            "Ambulances in Greer County took an average of 19 minutes to reach rural "
            "emergencies last year, nearly twice the state target, according to an audit "
            "released on Wednesday by the county comptroller, Fiona Castellanos. “Every "
            "minute over the target is a minute someone’s heart is not getting oxygen,” "
            "Castellanos wrote in the report.\n\n"
            "The private contractor that runs the service, MedLine Response, said in a press "
            "release that the audit used “outdated and incomplete data.”\n\n"
            "County Commissioner Abdul Rahman-Kessler, who chairs the health committee, wrote "
            "an op-ed in the Greer Valley News calling for the contract to be put out to bid. "
            "“We pay for a Cadillac and receive a bicycle,” he wrote.\n\n"
            "A paramedic who has worked for the contractor for nine years, Shauna Pettigrew, "
            "said the crews were not the problem. “We have four trucks for 900 square miles,” "
            "she said in an interview."
        ),
        "quotes": [
            (
                ("Every minute over the target is a minute someone’s heart is not getting oxygen,"),
                "Fiona Castellanos",
                False,
                "P1",
            ),
            ("outdated and incomplete data.", None, True, "P2"),
            ("We pay for a Cadillac and receive a bicycle,", "Abdul Rahman-Kessler", False, "P3"),
            ("We have four trucks for 900 square miles,", "Shauna Pettigrew", False, None),
        ],
        "posts": [
            ("P1", "Fiona Castellanos", None),
            ("P2", None, "press release"),
            ("P3", "Abdul Rahman-Kessler", "Greer Valley News"),
        ],
        "people": ["Fiona Castellanos", "Abdul Rahman-Kessler", "Shauna Pettigrew"],
    },
    {
        "name": "boring-budget-nickname-reporters-leaked-memo-facebook-comment",
        "text": (
            "Mayor Raymond “Ray-Ray” Castellano of Belmont Heights unveiled a $412 million "
            "budget on Tuesday that he called “the most boring budget in city history.” He "
            "meant it as a compliment.\n\n"
            "“No new taxes, no new debt, no surprises,” Castellano told reporters at City "
            "Hall. “Boring is good.”\n\n"
            "The city’s auditor, Miriam Oyelaran-Tate, was not so sure. In a memo to council "
            "members that was obtained by the Belmont Beacon, she warned that the budget "
            "counted on revenue from a parking garage that has not yet been built. “The "
            "garage is a hole in the ground, and so is this line of the budget,” she wrote.\n\n"
            "Council President Hugh Danforth wrote on Facebook that hearings would begin next "
            "month. The council’s youngest member, 29-year-old Tamsin Okafor, commented under "
            "his post: “Can we start with the garage?”"
        ),
        "quotes": [
            ("the most boring budget in city history.", "Raymond Castellano", True, None),
            ("No new taxes, no new debt, no surprises,", "Raymond Castellano", False, None),
            ("Boring is good.", "Raymond Castellano", False, None),
            (
                ("The garage is a hole in the ground, and so is this line of the budget,"),
                "Miriam Oyelaran-Tate",
                False,
                "P1",
            ),
            ("Can we start with the garage?", "Tamsin Okafor", False, "P2"),
        ],
        "posts": [
            ("P1", "Miriam Oyelaran-Tate", None),
            ("P2", "Hugh Danforth", "Facebook"),
        ],
        "people": ["Raymond Castellano", "Miriam Oyelaran-Tate", "Hugh Danforth", "Tamsin Okafor"],
    },
    {
        "name": "bus-strike-union-statement-quoting-president-ceo-staff-email-tv",
        "text": (
            "Bus drivers in Kettering Bay voted on Sunday to strike from Wednesday if no deal "
            "is reached on pay, the Amalgamated Transit Workers Local 412 said in a "
            "statement. “Our members drive through floods, fires and a pandemic. They will "
            "not drive for less than they are worth,” the statement said. It quoted the "
            "local’s president, Winston Achieng, as saying that the vote was “a last resort, "
            "not a first move.”\n\n"
            "The chief executive of Kettering Bay Transit, Madeleine Ferrante, sent an email "
            "to all staff on Monday. “Our offer of 4 percent a year for three years remains "
            "on the table,” she wrote. “I hope to see every one of you on your routes on "
            "Wednesday.”\n\n"
            "Councillor Benedikt Orlov, who sits on the transit board, said on the television "
            "programme Bay Week that both sides were “playing chicken with 80,000 riders.”"
        ),
        "quotes": [
            (
                (
                    "Our members drive through floods, fires and a pandemic. They will "
                    "not drive for less than they are worth,"
                ),
                None,
                False,
                "P1",
            ),
            ("a last resort, not a first move.", "Winston Achieng", True, "P1"),
            (
                ("Our offer of 4 percent a year for three years remains on the table,"),
                "Madeleine Ferrante",
                False,
                "P2",
            ),
            (
                "I hope to see every one of you on your routes on Wednesday.",
                "Madeleine Ferrante",
                False,
                "P2",
            ),
            ("playing chicken with 80,000 riders.", "Benedikt Orlov", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Madeleine Ferrante", None),
            ("P3", "Benedikt Orlov", "Bay Week"),
        ],
        "people": ["Winston Achieng", "Madeleine Ferrante", "Benedikt Orlov"],
    },
    {
        "name": "police-merger-youtube-mayor-letter-hearing-heckle",
        "text": (
            "Ahead of next month’s referendum on merging the police departments of Ashby and "
            "North Ashby, Ashby councillor Grace Oyelowo-Burke posted a YouTube video arguing "
            "for the merger. “One department, one radio channel, one set of rules. That is "
            "how you get a faster response,” she says in the video.\n\n"
            "North Ashby’s mayor, Peter Van der Linden, called the video “slick and "
            "misleading” in a letter to residents mailed on Friday. “Our officers know our "
            "streets. A merged force will not,” the letter said.\n\n"
            "At a public hearing on Saturday, Van der Linden was heckled by a merger "
            "supporter, Emeka Okonjo, who shouted that the mayor was “protecting his own "
            "job.” Oyelowo-Burke, speaking after the hearing, said she had no quarrel with "
            "the mayor. “Peter loves his town. So do I. We disagree about the road, not the "
            "destination,” the 44-year-old said."
        ),
        "quotes": [
            (
                (
                    "One department, one radio channel, one set of rules. That is how "
                    "you get a faster response,"
                ),
                "Grace Oyelowo-Burke",
                False,
                "P1",
            ),
            ("slick and misleading", "Peter Van der Linden", True, "P2"),
            (
                "Our officers know our streets. A merged force will not,",
                "Peter Van der Linden",
                False,
                "P2",
            ),
            ("protecting his own job.", "Emeka Okonjo", True, None),
            (
                ("Peter loves his town. So do I. We disagree about the road, not the destination,"),
                "Grace Oyelowo-Burke",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Grace Oyelowo-Burke", "YouTube"),
            ("P2", "Peter Van der Linden", None),
        ],
        "people": ["Grace Oyelowo-Burke", "Peter Van der Linden", "Emeka Okonjo"],
    },
]
