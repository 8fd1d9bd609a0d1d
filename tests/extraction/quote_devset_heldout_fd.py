"""The one-hundred-and-fifty-fourth self-made dev set, held out (FD): its first run is an
unseen estimate.

Written with set FE, without reading the extraction rules, and committed before
any rule was run on it. Topic area: politics and elections: campaigns,
parliaments, parties, polls and candidates. Same format and conventions as the
earlier self-made sets (not a public corpus): an interview with a named outlet
or show is a post (platform: the outlet or show as written, without quotation
marks), and "told" a named newspaper is such an interview; a statement, memo,
letter, email, court filing, lawsuit, judge's opinion or essay with no named
outlet is a post with no platform, and an essay or op-ed on a named platform or
in a named newspaper has that platform; a press release or news/earnings release
is a post with platform "press release"; a news conference, briefing, earnings
call, rally, speech, hearing, court hearing, town hall or "told reporters" is not
a post; a comment under a post belongs to it, a post "of his own" is a new one; a
later fragment or quote is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; people
  lists every person named in the text, quoted or not, in order of first mention.
- A person named by first name only ("who gave only her first name, Thandi") is
  a person, and that first name is the canonical name.
- Titles such as Mayor, Governor, Senator, Finance Minister, Speaker and Leader
  of the House are not part of a canonical name; "the minister", "the senator",
  "the candidate" and "the 58-year-old" resolve to the person already named.
- A quote split by its attribution (“...,” she said, “...”) is two quotes,
  neither partial, with the same speaker and post; a second quoted sentence that
  directly continues an attributed quote ("... she wrote. “It is a filter.”")
  belongs to the same speaker and post.
- "She added:" in the same paragraph as a quote from an interview ties the added
  quote to that interview; so does a quote with "she said" that directly follows,
  in the same paragraph, a fragment from an interview ("told the regional
  broadcaster Nordkanal ... “a warning, not a divorce.” “...,” she said").
- A named politician's statement ("said in a statement ..., the statement
  said") is that politician's post, and its words speak as the politician; a
  party's statement has author None and its words speak as None.
- A party's post on X has author None and its words speak as None.
- A televised debate and a speech during a parliamentary debate are not posts.
- A "video posted to Instagram" is an Instagram post; a "second video of his
  own" after a TikTok video is a new TikTok post by the same author.
- A letter that is then posted on Facebook with a short message is two posts:
  the letter (no platform) and the Facebook post (whose message is the quote).
- A local radio station (Radio Valle) and a named radio show (Capitol Line) are
  platforms as written.
- A quote that follows "Asked by <host>" in the story of a show interview belongs
  to that interview; a quote standing alone without a verb of saying is not
  partial. A fragment after "told <host>" belongs to the host's show.
- A reply by the original poster inside her own thread ("Carvalho responded")
  belongs to her original post.
- A poll or survey reported only by its findings is not a post (the polling
  firm's press release, when one is mentioned, is).
- A post since deleted is still a post; a single word quoted from it (“greedy.”)
  is a partial quote from that post, not a scare quote.
- "Wrote to him ... warning that ..." with no quoted words is a letter: a post
  with no platform by the writer.
- A candidate's email to campaign staff is the candidate's post with no platform.
- A so-called label in marks (“stability budget”) is a scare quote, not a quote;
  a book title in marks (“The Long Table”) is not a quote.
- A quote that runs over two paragraphs right after "set out her case on the
  podcast Brussels Unfiltered" is two quotes (one per paragraph) belonging to
  that podcast; a paragraph that opens with a mark and does not close it ends its
  quote at the end of the paragraph.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FD: list[dict] = [
    {
        "name": "x-mayoral-launch-incumbent-reply-newspaper",
        "text": (
            "Amara Okonkwo-Reyes, a two-term city councillor, announced on X on Sunday that "
            "she would run for mayor of Port Halden in the November election. “This city "
            "deserves a mayor who answers the phone,” she wrote.\n\n"
            "The incumbent, Mayor Gideon Farrow, replied beneath her post within the hour. "
            "“Welcome to the race. Bring a plan, not a slogan,” he wrote.\n\n"
            "Okonkwo-Reyes, 41, later told the Port Halden Ledger that she had already raised "
            "more than $200,000 in pledges. “We are not starting from zero,” the 41-year-old "
            "said.\n\n"
            "Farrow’s campaign manager, Luis Ibarra, declined to comment."
        ),
        "quotes": [
            (
                "This city deserves a mayor who answers the phone,",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("Welcome to the race. Bring a plan, not a slogan,", "Gideon Farrow", False, "P1"),
            ("We are not starting from zero,", "Amara Okonkwo-Reyes", False, "P2"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reyes", "X"),
            ("P2", "Amara Okonkwo-Reyes", "Port Halden Ledger"),
        ],
        "people": ["Amara Okonkwo-Reyes", "Gideon Farrow", "Luis Ibarra"],
    },
    {
        "name": "confidence-vote-news-conference-opposition-statement",
        "text": (
            "Finance Minister Henrika Vaalgren survived a confidence vote on her so-called "
            "“stability budget” in parliament on Thursday by 88 votes to 81, after two members "
            "of the Centre Alliance abstained.\n\n"
            "“The budget stands,” Vaalgren told a news conference afterwards, “and so does "
            "this government.”\n\n"
            "The opposition leader, Teodor Lindahl, said in a statement that the margin showed "
            "the coalition was “running on borrowed time.” “They won a vote tonight. They have "
            "not won the argument,” the statement said.\n\n"
            "One of the abstaining members, Kaisa Mäkelä, said she had acted on principle and "
            "would not leave the alliance. The 33-year-old former teacher told the regional "
            "broadcaster Nordkanal that evening that her abstention was “a warning, not a "
            "divorce.” “I still want this government to succeed. I want it to succeed with a "
            "budget that reaches the north,” she said.\n\n"
            "The budget now goes to a final reading on December 12, when a simple majority "
            "will be enough."
        ),
        "quotes": [
            ("The budget stands,", "Henrika Vaalgren", False, None),
            ("and so does this government.", "Henrika Vaalgren", False, None),
            ("running on borrowed time.", "Teodor Lindahl", True, "P1"),
            (
                "They won a vote tonight. They have not won the argument,",
                "Teodor Lindahl",
                False,
                "P1",
            ),
            ("a warning, not a divorce.", "Kaisa Mäkelä", True, "P2"),
            (
                "I still want this government to succeed. I want it to succeed with a budget "
                "that reaches the north,",
                "Kaisa Mäkelä",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Teodor Lindahl", None),
            ("P2", "Kaisa Mäkelä", "Nordkanal"),
        ],
        "people": ["Henrika Vaalgren", "Teodor Lindahl", "Kaisa Mäkelä"],
    },
    {
        "name": "poll-press-release-pollster-podcast-told-reporters",
        "text": (
            "Support for the Green Future party has fallen to 9 percent, its lowest in four "
            "years, according to a survey published on Wednesday by the polling firm Meridian "
            "Insight.\n\n"
            "“Voters under 30 have drifted away fastest,” the firm said in a press release.\n\n"
            "Meridian’s research director, Priya Raghunathan, said on the podcast The Ballot "
            "Box that the drop was “real, but not yet a collapse.” She added: “Parties have come "
            "back from worse with a year to go.”\n\n"
            "The party’s co-leader, Jonas Wehrli, dismissed the figures. “Polls don’t vote,” "
            "he told reporters outside party headquarters in Bern."
        ),
        "quotes": [
            ("Voters under 30 have drifted away fastest,", None, False, "P1"),
            ("real, but not yet a collapse.", "Priya Raghunathan", True, "P2"),
            (
                "Parties have come back from worse with a year to go.",
                "Priya Raghunathan",
                False,
                "P2",
            ),
            ("Polls don’t vote,", "Jonas Wehrli", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Raghunathan", "The Ballot Box"),
        ],
        "people": ["Priya Raghunathan", "Jonas Wehrli"],
    },
    {
        "name": "instagram-withdrawal-party-statement-anonymous-official",
        "text": (
            "Dariusz Kowalczyk, the Civic Forum candidate for the Lower Vistula district, "
            "withdrew from the race on Friday, citing his health. In a video posted to "
            "Instagram, the 58-year-old said: “I have given this campaign everything I had. My "
            "doctors say that is now too much.”\n\n"
            "The party said in a statement that it would name a replacement within ten days. "
            "“Dariusz has served this party with honour,” the statement said.\n\n"
            "A senior party official, who spoke on condition of anonymity because the "
            "selection was not yet public, said the front-runner was the regional councillor "
            "Zofia Wrona. “It is hers to lose,” the official said."
        ),
        "quotes": [
            (
                "I have given this campaign everything I had. My doctors say that is now too much.",
                "Dariusz Kowalczyk",
                False,
                "P1",
            ),
            ("Dariusz has served this party with honour,", None, False, "P2"),
            ("It is hers to lose,", None, False, None),
        ],
        "posts": [
            ("P1", "Dariusz Kowalczyk", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Dariusz Kowalczyk", "Zofia Wrona"],
    },
    {
        "name": "tiktok-candidate-nickname-assemblyman-comment",
        "text": (
            "Nineteen-year-old Kwame Asante-Boateng, who is running for a seat on the Accra "
            "Metropolitan Assembly, has become known online as “the TikTok candidate.” His "
            "latest video, in which he rides a trotro through his ward and lists broken "
            "streetlights, has been viewed more than two million times.\n\n"
            "“If I can count them, the assembly can fix them,” he says in the clip.\n\n"
            "Under the video, the sitting assemblyman, Emmanuel Quaye, left a comment: “Come to "
            "my office on Monday and we will count them together.” Asante-Boateng accepted in "
            "a second video of his own: “Monday it is. I’m bringing a notebook.”"
        ),
        "quotes": [
            (
                "If I can count them, the assembly can fix them,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            (
                "Come to my office on Monday and we will count them together.",
                "Emmanuel Quaye",
                False,
                "P1",
            ),
            ("Monday it is. I’m bringing a notebook.", "Kwame Asante-Boateng", False, "P2"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "TikTok"),
            ("P2", "Kwame Asante-Boateng", "TikTok"),
        ],
        "people": ["Kwame Asante-Boateng", "Emmanuel Quaye"],
    },
    {
        "name": "runoff-recount-letter-facebook-local-radio",
        "text": (
            "The losing candidate in the Castel Rocca mayoral runoff, Lucia Benedetti, has "
            "asked for a recount after finishing 214 votes behind the winner, Stefano "
            "Marchetti.\n\n"
            "In a letter to the regional electoral commission, Benedetti wrote that several "
            "polling stations had reported “totals that do not add up.” She posted the letter "
            "on Facebook on Saturday with a short message: “Every vote counted, and counted "
            "once. That is all we ask.”\n\n"
            "Marchetti says he is not worried. “The count was observed by both campaigns,” he "
            "said on Radio Valle, a local station. “I welcome any check they want.”"
        ),
        "quotes": [
            ("totals that do not add up.", "Lucia Benedetti", True, "P1"),
            (
                "Every vote counted, and counted once. That is all we ask.",
                "Lucia Benedetti",
                False,
                "P2",
            ),
            ("The count was observed by both campaigns,", "Stefano Marchetti", False, "P3"),
            ("I welcome any check they want.", "Stefano Marchetti", False, "P3"),
        ],
        "posts": [
            ("P1", "Lucia Benedetti", None),
            ("P2", "Lucia Benedetti", "Facebook"),
            ("P3", "Stefano Marchetti", "Radio Valle"),
        ],
        "people": ["Lucia Benedetti", "Stefano Marchetti"],
    },
    {
        "name": "governor-debate-not-post-youtube-follow-up",
        "text": (
            "The three candidates for governor of Nueva Esperanza clashed over water rights "
            "on Tuesday night in their only televised debate, broadcast by Canal 9.\n\n"
            "“You have had eight years to build one reservoir,” Ramón Esquivel, the "
            "challenger, told the incumbent, Governor Beatriz Salcedo. Salcedo shot back that "
            "Esquivel’s plan was “a map with no money on it.”\n\n"
            "The third candidate, Itzel Cuautle of the Indigenous Renewal Party, uploaded a "
            "12-minute video to YouTube the next morning answering the questions she said the "
            "moderators had skipped. “Nobody on that stage asked who actually lives next to "
            "the rivers,” she says in the video."
        ),
        "quotes": [
            ("You have had eight years to build one reservoir,", "Ramón Esquivel", False, None),
            ("a map with no money on it.", "Beatriz Salcedo", True, None),
            (
                "Nobody on that stage asked who actually lives next to the rivers,",
                "Itzel Cuautle",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Itzel Cuautle", "YouTube"),
        ],
        "people": ["Ramón Esquivel", "Beatriz Salcedo", "Itzel Cuautle"],
    },
    {
        "name": "substack-former-pm-essay-bluesky-response",
        "text": (
            "Former prime minister Aleksander Brandt has broken two years of near-silence with "
            "a long essay on Substack arguing that his party has lost touch with rural "
            "voters.\n\n"
            "“We talk about the countryside the way tourists do,” Brandt writes. “We admire "
            "the view and leave before the bill arrives.”\n\n"
            "The essay drew an immediate response from the party’s current leader, Signe "
            "Holmgaard, who posted on Bluesky that she had “read it twice, and agreed with "
            "half.” The other half, she wrote, “is the reason we lost in 2019.”\n\n"
            "Brandt, 67, has ruled out a return to frontline politics."
        ),
        "quotes": [
            (
                "We talk about the countryside the way tourists do,",
                "Aleksander Brandt",
                False,
                "P1",
            ),
            (
                "We admire the view and leave before the bill arrives.",
                "Aleksander Brandt",
                False,
                "P1",
            ),
            ("read it twice, and agreed with half.", "Signe Holmgaard", True, "P2"),
            ("is the reason we lost in 2019.", "Signe Holmgaard", True, "P2"),
        ],
        "posts": [
            ("P1", "Aleksander Brandt", "Substack"),
            ("P2", "Signe Holmgaard", "Bluesky"),
        ],
        "people": ["Aleksander Brandt", "Signe Holmgaard"],
    },
    {
        "name": "linkedin-campaign-manager-exit-staff-email-comment",
        "text": (
            "The campaign manager for the Senate hopeful Rachel Abernathy-Cho resigned on "
            "Monday, three weeks before the primary. Devika Sharma announced her departure on "
            "LinkedIn, writing that she was leaving “to spend more time with my family, and "
            "less with my inbox.”\n\n"
            "In an email to campaign staff obtained by this newspaper, Abernathy-Cho thanked "
            "Sharma and named her deputy, Marcus Oyelaran, as the new manager. “Nothing about "
            "our plan changes on Tuesday morning,” the candidate wrote.\n\n"
            "Under Sharma’s LinkedIn post, Oyelaran commented: “Taught me everything I know. "
            "Big shoes.”"
        ),
        "quotes": [
            (
                "to spend more time with my family, and less with my inbox.",
                "Devika Sharma",
                True,
                "P1",
            ),
            (
                "Nothing about our plan changes on Tuesday morning,",
                "Rachel Abernathy-Cho",
                False,
                "P2",
            ),
            ("Taught me everything I know. Big shoes.", "Marcus Oyelaran", False, "P1"),
        ],
        "posts": [
            ("P1", "Devika Sharma", "LinkedIn"),
            ("P2", "Rachel Abernathy-Cho", None),
        ],
        "people": ["Rachel Abernathy-Cho", "Devika Sharma", "Marcus Oyelaran"],
    },
    {
        "name": "reddit-by-election-candidate-thread-unnamed-reply",
        "text": (
            "Hamid Rahimi, the Liberal Democrat candidate in the Ashworth by-election, spent "
            "two hours on Thursday answering questions in a thread he started on Reddit.\n\n"
            "Asked about housing, he wrote: “I rent. My rent went up 22 percent last year. I "
            "don’t need a briefing on this.” One user replied under his answer: “Finally, a "
            "candidate who has seen a letting agent’s fee sheet.”\n\n"
            "His Conservative opponent, Penelope Hartley-Wynn, said she did not plan to follow "
            "him online. “I’d rather knock on doors,” she told reporters in Ashworth on "
            "Friday."
        ),
        "quotes": [
            (
                "I rent. My rent went up 22 percent last year. I don’t need a briefing on this.",
                "Hamid Rahimi",
                False,
                "P1",
            ),
            (
                "Finally, a candidate who has seen a letting agent’s fee sheet.",
                None,
                False,
                "P1",
            ),
            ("I’d rather knock on doors,", "Penelope Hartley-Wynn", False, None),
        ],
        "posts": [
            ("P1", "Hamid Rahimi", "Reddit"),
        ],
        "people": ["Hamid Rahimi", "Penelope Hartley-Wynn"],
    },
    {
        "name": "voter-id-minister-tv-programme-opposition-op-ed",
        "text": (
            "Interior Minister Yusuf Demirci defended the new voter-ID rules on Sunday, "
            "telling the programme Politics Tonight that the measure would “restore "
            "confidence, not remove voters.”\n\n"
            "“Every democracy in Europe asks people who they are before they vote,” the "
            "minister said on the programme. “We are simply catching up.”\n\n"
            "Writing in the Daily Meridian on Monday, the opposition MP Elif Karaca argued "
            "that as many as 400,000 elderly voters lacked valid photo ID. “A rule that shuts "
            "out my grandmother is not a security measure,” she wrote. “It is a filter.”"
        ),
        "quotes": [
            ("restore confidence, not remove voters.", "Yusuf Demirci", True, "P1"),
            (
                "Every democracy in Europe asks people who they are before they vote,",
                "Yusuf Demirci",
                False,
                "P1",
            ),
            ("We are simply catching up.", "Yusuf Demirci", False, "P1"),
            (
                "A rule that shuts out my grandmother is not a security measure,",
                "Elif Karaca",
                False,
                "P2",
            ),
            ("It is a filter.", "Elif Karaca", False, "P2"),
        ],
        "posts": [
            ("P1", "Yusuf Demirci", "Politics Tonight"),
            ("P2", "Elif Karaca", "Daily Meridian"),
        ],
        "people": ["Yusuf Demirci", "Elif Karaca"],
    },
    {
        "name": "turnout-commission-release-briefing-voter-first-name",
        "text": (
            "Turnout in Sunday’s regional elections reached 61.4 percent, the highest since "
            "1998, the National Electoral Commission said in a press release on Monday.\n\n"
            "The commission’s spokesperson, Nomvula Dlamini, told a briefing in Pretoria that "
            "queues at some stations in Gauteng had lasted more than four hours. “We "
            "underestimated how many people would come,” Dlamini said. “That is a good "
            "problem, but it is still a problem.”\n\n"
            "A voter in Soweto, who gave only her first name, Thandi, said she had waited "
            "since 5 a.m. “I was not going home without my ink,” she said.\n\n"
            "The opposition leader, Sipho Mthembu, used the figures to press for more polling "
            "stations in the townships. “When people queue for four hours to vote, the failure "
            "is not theirs,” he wrote on Facebook on Monday evening. “It is ours, and it is "
            "the commission’s.”"
        ),
        "quotes": [
            (
                "We underestimated how many people would come,",
                "Nomvula Dlamini",
                False,
                None,
            ),
            (
                "That is a good problem, but it is still a problem.",
                "Nomvula Dlamini",
                False,
                None,
            ),
            ("I was not going home without my ink,", "Thandi", False, None),
            (
                "When people queue for four hours to vote, the failure is not theirs,",
                "Sipho Mthembu",
                False,
                "P2",
            ),
            ("It is ours, and it is the commission’s.", "Sipho Mthembu", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Sipho Mthembu", "Facebook"),
        ],
        "people": ["Nomvula Dlamini", "Thandi", "Sipho Mthembu"],
    },
    {
        "name": "coalition-talks-collapse-party-x-leader-threads",
        "text": (
            "Coalition talks in the Free State of Lindenau collapsed on Wednesday evening "
            "after six weeks of negotiations between the Social Democrats and the Farmers’ "
            "List.\n\n"
            "“The Farmers’ List has chosen opposition over responsibility,” the Social "
            "Democrats posted on X shortly after 9 p.m.\n\n"
            "The Farmers’ List leader, Matthias Oberholzer, answered on Threads an hour later. "
            "“We were offered two ministries and zero say over the budget,” he wrote. “No "
            "thank you.” He later described the Social Democrats’ final offer as “a job title "
            "with no job.”\n\n"
            "State premier Annegret Voss has until March 3 to form a government or call new "
            "elections."
        ),
        "quotes": [
            (
                "The Farmers’ List has chosen opposition over responsibility,",
                None,
                False,
                "P1",
            ),
            (
                "We were offered two ministries and zero say over the budget,",
                "Matthias Oberholzer",
                False,
                "P2",
            ),
            ("No thank you.", "Matthias Oberholzer", False, "P2"),
            ("a job title with no job.", "Matthias Oberholzer", True, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Matthias Oberholzer", "Threads"),
        ],
        "people": ["Matthias Oberholzer", "Annegret Voss"],
    },
    {
        "name": "senator-retires-radio-show-memoir-title",
        "text": (
            "Senator Nkechi Adebayo-Lawson, whose memoir “The Long Table” came out this "
            "month, said on Monday that she would not seek a fourth term.\n\n"
            "She made the announcement on the radio show Capitol Line, hosted by Farah "
            "Qureshi. “Eighteen years is long enough for anyone to hold a seat that belongs to "
            "the people,” Adebayo-Lawson said on the show.\n\n"
            "Asked by Qureshi whether she would endorse a successor, the senator laughed. "
            "“Ask me after Labor Day.”\n\n"
            "Two state legislators, Curtis Whitlock and Mei-Ling Tsao, have already formed "
            "exploratory committees."
        ),
        "quotes": [
            (
                "Eighteen years is long enough for anyone to hold a seat that belongs to the "
                "people,",
                "Nkechi Adebayo-Lawson",
                False,
                "P1",
            ),
            ("Ask me after Labor Day.", "Nkechi Adebayo-Lawson", False, "P1"),
        ],
        "posts": [
            ("P1", "Nkechi Adebayo-Lawson", "Capitol Line"),
        ],
        "people": ["Nkechi Adebayo-Lawson", "Farah Qureshi", "Curtis Whitlock", "Mei-Ling Tsao"],
    },
    {
        "name": "rally-speech-not-post-instagram-caption-spokesman",
        "text": (
            "Presidential candidate Tomasz Wiśniewski drew about 15,000 people to a rally in "
            "Gdańsk on Saturday, his largest crowd of the campaign.\n\n"
            "“They told us this coast was lost,” he said from the stage. “Look around you.”\n\n"
            "His running mate, Aleksandra Nowicka, posted a photo of the crowd to Instagram "
            "with the caption “Gdańsk, we heard you.” The incumbent’s spokesman, Piotr "
            "Zieliński, called the rally “a concert with a candidate attached.”\n\n"
            "Wiśniewski, 49, trails President Marek Sobczak by four points in the latest "
            "average of polls, with the first round due on May 18. Sobczak did not campaign on "
            "Saturday; his office said he was hosting a summit in Warsaw."
        ),
        "quotes": [
            ("They told us this coast was lost,", "Tomasz Wiśniewski", False, None),
            ("Look around you.", "Tomasz Wiśniewski", False, None),
            ("Gdańsk, we heard you.", "Aleksandra Nowicka", False, "P1"),
            ("a concert with a candidate attached.", "Piotr Zieliński", True, None),
        ],
        "posts": [
            ("P1", "Aleksandra Nowicka", "Instagram"),
        ],
        "people": [
            "Tomasz Wiśniewski",
            "Aleksandra Nowicka",
            "Piotr Zieliński",
            "Marek Sobczak",
        ],
    },
    {
        "name": "speaker-refuses-suspension-told-newspaper-debate-fragment",
        "text": (
            "The Speaker of Parliament, Tan Wei Ming, has rejected calls to suspend the "
            "opposition member Rajesh Pillai for comments made during Tuesday’s debate on the "
            "cost of living.\n\n"
            "During the debate, Pillai accused the government of “governing by spreadsheet,” "
            "prompting shouts from the government benches.\n\n"
            "“Robust language is not a breach of the standing orders,” Tan told the Straits "
            "Chronicle on Wednesday. “If it were, half this house would be suspended.”\n\n"
            "Leader of the House Noraini Hashim said she respected the Speaker’s ruling but "
            "“would have drawn the line differently.”"
        ),
        "quotes": [
            ("governing by spreadsheet,", "Rajesh Pillai", True, None),
            (
                "Robust language is not a breach of the standing orders,",
                "Tan Wei Ming",
                False,
                "P1",
            ),
            ("If it were, half this house would be suspended.", "Tan Wei Ming", False, "P1"),
            ("would have drawn the line differently.", "Noraini Hashim", True, None),
        ],
        "posts": [
            ("P1", "Tan Wei Ming", "Straits Chronicle"),
        ],
        "people": ["Tan Wei Ming", "Rajesh Pillai", "Noraini Hashim"],
    },
    {
        "name": "seat-poll-analyst-bluesky-director-reply",
        "text": (
            "A new poll from the Ipswich Research Institute shows the Labour candidate, "
            "Oluwaseun Bakare, leading the incumbent, Graham Pettifer, by seven points in the "
            "marginal seat of Harbourside.\n\n"
            "The election analyst Ines Carvalho urged caution on Bluesky. “Seat polls with 500 "
            "respondents have a margin of error you could drive a bus through,” she posted.\n\n"
            "The institute’s director, Conor Fitzgerald, replied under her post that the "
            "sample was “small but properly weighted.” Carvalho responded: “Fair. Still "
            "wouldn’t bet the house.”\n\n"
            "Pettifer’s office said he would not comment on polls."
        ),
        "quotes": [
            (
                "Seat polls with 500 respondents have a margin of error you could drive a bus "
                "through,",
                "Ines Carvalho",
                False,
                "P1",
            ),
            ("small but properly weighted.", "Conor Fitzgerald", True, "P1"),
            ("Fair. Still wouldn’t bet the house.", "Ines Carvalho", False, "P1"),
        ],
        "posts": [
            ("P1", "Ines Carvalho", "Bluesky"),
        ],
        "people": ["Oluwaseun Bakare", "Graham Pettifer", "Ines Carvalho", "Conor Fitzgerald"],
    },
    {
        "name": "late-night-show-independent-nickname-fragment",
        "text": (
            "Yara Haddad, the 36-year-old independent running for Ohio’s open Senate seat, "
            "appeared on the late-night show The Evening Hour on Thursday and spent much of the "
            "interview laughing at her own campaign ads.\n\n"
            "“My consultant wanted me in a hard hat. I have never worn a hard hat,” Haddad told "
            "the host, Dale Brennan. “So we cut that one.”\n\n"
            "Her Republican rival, Brent Caldwell, has taken to calling her “Hollywood Haddad” "
            "in his speeches, a nickname she told Brennan she found “honestly flattering, given "
            "the budget we have.”"
        ),
        "quotes": [
            (
                "My consultant wanted me in a hard hat. I have never worn a hard hat,",
                "Yara Haddad",
                False,
                "P1",
            ),
            ("So we cut that one.", "Yara Haddad", False, "P1"),
            ("honestly flattering, given the budget we have.", "Yara Haddad", True, "P1"),
        ],
        "posts": [
            ("P1", "Yara Haddad", "The Evening Hour"),
        ],
        "people": ["Yara Haddad", "Dale Brennan", "Brent Caldwell"],
    },
    {
        "name": "euro-nomination-podcast-two-paragraph-quote-facebook",
        "text": (
            "Chiara Lombardi-Ndiaye, who is seeking the Progressive Union’s nomination for the "
            "European Parliament, set out her case on Tuesday on the podcast Brussels "
            "Unfiltered.\n\n"
            "“I was born in Dakar, raised in Turin and I pay my taxes in Lyon. I am the single "
            "market.\n\n"
            "“When people tell me Europe is far away, I tell them it is in their phone bill, "
            "their train ticket and their pension.”\n\n"
            "Her rival for the nomination, Henri Lefèvre-Dumas, posted on Facebook that he "
            "welcomed “a real contest.” A party spokesperson said the ballot of members would "
            "close on April 30."
        ),
        "quotes": [
            (
                "I was born in Dakar, raised in Turin and I pay my taxes in Lyon. I am the "
                "single market.",
                "Chiara Lombardi-Ndiaye",
                False,
                "P1",
            ),
            (
                "When people tell me Europe is far away, I tell them it is in their phone bill, "
                "their train ticket and their pension.",
                "Chiara Lombardi-Ndiaye",
                False,
                "P1",
            ),
            ("a real contest.", "Henri Lefèvre-Dumas", True, "P2"),
        ],
        "posts": [
            ("P1", "Chiara Lombardi-Ndiaye", "Brussels Unfiltered"),
            ("P2", "Henri Lefèvre-Dumas", "Facebook"),
        ],
        "people": ["Chiara Lombardi-Ndiaye", "Henri Lefèvre-Dumas"],
    },
    {
        "name": "mp-deleted-x-post-apology-whip-letter-release",
        "text": (
            "Conservative MP Oliver Pemberton-Shaw apologised on Monday for a post on X, since "
            "deleted, in which he called striking nurses “greedy.”\n\n"
            "“I was wrong, and I have said so to the nurses I know personally,” he wrote in a "
            "second post on X. “The word was cruel and I withdraw it.”\n\n"
            "The party’s chief whip, Harriet Okafor, wrote to him on Monday afternoon warning "
            "that a repeat would cost him the whip. The Royal College of Nursing issued a "
            "press release welcoming the apology.\n\n"
            "His wife, Clara Pemberton-Shaw, a councillor in Bromley, did not respond to a "
            "request for comment. Pemberton-Shaw, 52, has represented the seat since 2015."
        ),
        "quotes": [
            ("greedy.", "Oliver Pemberton-Shaw", True, "P1"),
            (
                "I was wrong, and I have said so to the nurses I know personally,",
                "Oliver Pemberton-Shaw",
                False,
                "P2",
            ),
            ("The word was cruel and I withdraw it.", "Oliver Pemberton-Shaw", False, "P2"),
        ],
        "posts": [
            ("P1", "Oliver Pemberton-Shaw", "X"),
            ("P2", "Oliver Pemberton-Shaw", "X"),
            ("P3", "Harriet Okafor", None),
            ("P4", None, "press release"),
        ],
        "people": ["Oliver Pemberton-Shaw", "Harriet Okafor", "Clara Pemberton-Shaw"],
    },
]
