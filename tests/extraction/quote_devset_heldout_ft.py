"""The one-hundred-and-seventieth self-made dev set, held out (FT): its first run is an unseen estimate.

Written with set FU, without reading the extraction rules, and committed before
any rule was run on it. Topic area: work and labour: strikes, unions, layoffs,
pay disputes, workplaces.

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
- Post ids follow the order in which the text first reports each post.
- A split quote (“We did not choose this strike,” X told a rally. “The company
  chose it ...”; “People are scared,” Bakare said, “and that tells you
  something.”) is one quote per span, each whole (not partial), even when the
  second span begins in lower case.
- A quote that runs over two paragraphs, the first without a closing mark, is
  one quote per paragraph: the first is the words from the opening mark to the
  end of its paragraph, the second the words between the next paragraph's
  marks; both have the same speaker and post (a BBC Radio 5 Live interview,
  platform BBC Radio 5 Live).
- A single word taken from a company's statement (called the strike
  “unprotected”) is a partial quote from that statement, not a scare quote;
  a term a whole group uses (what they call “invisible overtime”) is a scare
  quote and not a quote.
- A union's post on X described with a fragment ("posted on X that its members
  would stay out “until ...”") is a post with author None; the fragment is
  partial and speaks as None.
- A TikTok video "posted by a warehouse worker" who is named only in the next
  paragraph is that worker's TikTok post; what he "says in the clip" belongs to
  it. "In another video posted after his speech" is a new TikTok post by the
  same creator; a single word said directly (“Generous,” she said) is whole.
- A company statement that names a spokeswoman ("a spokeswoman, Karen
  Whitfield, said in the statement") has author None; the quote's speaker is
  the spokeswoman and it belongs to the statement.
- A chief executive's letter to staff, a regional director's memo to store
  managers "obtained by The Seattle Times", and a chief executive's message on
  the company's intranet are that executive's posts with no platform (the
  newspaper that obtained a memo is not its platform).
- "Said on the picket line", "told a rally", "told the crowd", "told MPs" in
  the House of Commons, "said at a news conference" and "told reporters after
  the vote" are not posts.
- A YouTube livestream is a YouTube post by the person speaking in it; "said
  on CNBC" is an interview with platform CNBC.
- Words a manager told the writer's team, reported inside an essay ("wrote that
  a manager had told her team that “weekends are a privilege.”"), speak as None
  (the unnamed manager), are partial and belong to the essay.
- A reply to an X post by the essay's author ("Beaulieu replied to his post:")
  belongs to the post replied to; a regional director's reply under a Threads
  post belongs to that Threads post.
- A lawsuit brought by eleven workers has author None; a plaintiff "quoted in
  the complaint as saying" is the speaker of that fragment, which belongs to
  the lawsuit.
- A thread on Bluesky is one post; "In a second post" with no platform named,
  by the same author, is a new Bluesky post.
- An interview on a union's weekly podcast (Clocked On) is the speaker's post
  with the show's name as platform; an essay in a named newsletter is the
  writer's post with the newsletter's name as platform (The Workforce Ledger).
- A comment under a LinkedIn post by a named employee belongs to that post,
  also when the comment is given as a split quote.
- A guest's video on X by an unnamed guest has author None; the resort's
  official account replying under it speaks as None, and the reply belongs to
  the video.
- A union's press release quoting a housekeeper "as saying:" has author None;
  the words after the colon are whole and speak as the housekeeper.
- A judge's written ruling is the judge's post; particles stay in a canonical
  name (Marieke van den Berg), the title Judge does not.
- Korean names keep their written order (Kim Min-jun, Park Seo-yeon); the
  bare "Kim" refers to Kim Min-jun.
- Unnamed people (an industry minister, a guest from Toronto) are not in
  people; named people who are not quoted (Sofia Lindgren, Ahmed Yilmaz) are.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FT: list[dict] = [
    {
        "name": "linkedin-logistics-layoffs-ceo-post-comment",
        "text": (
            "Anneliese Vogt, the chief executive of the Hamburg logistics software firm "
            "Frachtwerk, said on LinkedIn on Wednesday that the company would cut 240 jobs, "
            "about a fifth of its staff. “This is the hardest decision I have made in "
            "twelve years of running this company,” she wrote.\n\n"
            "Under her post, a product designer who said she had been let go that morning, "
            "Priya Raghunathan, left a comment: “Twelve years for you, forty minutes of "
            "notice for us.”\n\n"
            "In a press release, Frachtwerk said the cuts would save €31 million a year and "
            "that affected employees would receive “at least six months of pay.”\n\n"
            "Vogt did not respond to a request for comment."
        ),
        "quotes": [
            (
                "This is the hardest decision I have made in twelve years of running this company,",
                "Anneliese Vogt",
                False,
                "P1",
            ),
            (
                "Twelve years for you, forty minutes of notice for us.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("at least six months of pay.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Anneliese Vogt", "LinkedIn"),
            ("P2", None, "press release"),
        ],
        "people": ["Anneliese Vogt", "Priya Raghunathan"],
    },
    {
        "name": "durban-port-strike-split-quote-union-x-statement",
        "text": (
            "Thousands of dockworkers walked off the job at the port of Durban on Monday, "
            "halting container traffic at one of Africa’s busiest terminals as a pay "
            "dispute with the state operator entered its third week.\n\n"
            "“We did not choose this strike,” Sipho Mthembu, the regional secretary of the "
            "United Transport Workers’ Union, told a rally outside the harbour gates. “The "
            "company chose it when it offered us 4 percent in a year when bread went up by "
            "12.”\n\n"
            "The union posted on X that its members would stay out “until there is a real "
            "offer on the table.”\n\n"
            "In a statement, the operator, Harbour Logistics SA, called the strike "
            "“unprotected” and said it was losing R250 million a day. Its chief executive, "
            "Lindiwe Khumalo, said at a briefing in Johannesburg that the offer was final. "
            "“We have gone as far as we can go,” she said."
        ),
        "quotes": [
            ("We did not choose this strike,", "Sipho Mthembu", False, None),
            (
                "The company chose it when it offered us 4 percent in a year when bread went "
                "up by 12.",
                "Sipho Mthembu",
                False,
                None,
            ),
            ("until there is a real offer on the table.", None, True, "P1"),
            ("unprotected", None, True, "P2"),
            ("We have gone as far as we can go,", "Lindiwe Khumalo", False, None),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, None),
        ],
        "people": ["Sipho Mthembu", "Lindiwe Khumalo"],
    },
    {
        "name": "tiktok-warehouse-heat-video-company-statement",
        "text": (
            "A video posted on TikTok by a warehouse worker in Fontana, California, showing "
            "a thermometer reading 97 degrees inside a parcel sorting center has been "
            "viewed more than four million times.\n\n"
            '"They gave us one fan for the whole aisle and told us to hydrate," the worker, '
            "Marcus Delgado, 29, says in the clip. \"I'm hydrating. I'm also about to pass "
            'out."\n\n'
            "In a statement, the company, ParcelPoint, said the building's cooling system "
            'had failed for "roughly three hours" and was repaired the same day. "The '
            'safety of our associates is our top priority," a spokeswoman, Karen Whitfield, '
            "said in the statement.\n\n"
            "Delgado said in an interview that he had been written up the next morning for "
            'taking an unscheduled break. "That\'s the part nobody sees," he said.'
        ),
        "quotes": [
            (
                "They gave us one fan for the whole aisle and told us to hydrate,",
                "Marcus Delgado",
                False,
                "P1",
            ),
            ("I'm hydrating. I'm also about to pass out.", "Marcus Delgado", False, "P1"),
            ("roughly three hours", None, True, "P2"),
            ("The safety of our associates is our top priority,", "Karen Whitfield", False, "P2"),
            ("That's the part nobody sees,", "Marcus Delgado", False, None),
        ],
        "posts": [
            ("P1", "Marcus Delgado", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Marcus Delgado", "Karen Whitfield"],
    },
    {
        "name": "auckland-nurses-strike-facebook-group-ceo-letter",
        "text": (
            "Nurses at three Auckland hospitals began a 24-hour strike on Thursday after "
            "talks over staffing levels broke down, the New Zealand Nurses Organisation "
            "said.\n\n"
            "In a private Facebook group for Auckland nurses, an emergency department "
            "nurse, Aroha Tipene, wrote that she had worked 14 shifts in a row without a "
            "full roster. “I love this job. I cannot keep doing it like this,” she posted. "
            "Dozens of colleagues replied with photos of their own half-empty rosters.\n\n"
            "The chief executive of the regional health board, Graham McIntyre, wrote to "
            "staff on Wednesday night urging them to “put patients first.” In the letter, "
            "he said the union’s demands would cost $80 million “that we simply do not "
            "have.”\n\n"
            "Tipene was unmoved. “Putting patients first is exactly why we are out here,” "
            "she said on the picket line outside Auckland City Hospital."
        ),
        "quotes": [
            ("I love this job. I cannot keep doing it like this,", "Aroha Tipene", False, "P1"),
            ("put patients first.", "Graham McIntyre", True, "P2"),
            ("that we simply do not have.", "Graham McIntyre", True, "P2"),
            ("Putting patients first is exactly why we are out here,", "Aroha Tipene", False, None),
        ],
        "posts": [
            ("P1", "Aroha Tipene", "Facebook"),
            ("P2", "Graham McIntyre", None),
        ],
        "people": ["Aroha Tipene", "Graham McIntyre"],
    },
    {
        "name": "reddit-supermarket-pay-freeze-guardian-interview",
        "text": (
            "A post on Reddit by an anonymous employee of the British supermarket chain "
            "Hallam’s, saying staff had been told their pay would be frozen for a second "
            "year, drew more than 9,000 comments over the weekend.\n\n"
            "“Record profits, record bonuses upstairs, and a letter telling us to ‘tighten "
            "our belts,’” the user wrote. One reply under the thread read: “Same at the "
            "Leeds depot. They read it out at the morning huddle.”\n\n"
            "Hallam’s chief people officer, Fiona Brennan-Walsh, told The Guardian on "
            "Sunday that the freeze applied to “a minority of salaried roles” and that "
            "hourly pay for shop-floor staff would rise in April. “Nobody on the shop floor "
            "is having their pay frozen,” she said.\n\n"
            "The shop workers’ union Usdaw said it had asked for an urgent meeting."
        ),
        "quotes": [
            (
                "Record profits, record bonuses upstairs, and a letter telling us to ‘tighten "
                "our belts,’",
                None,
                False,
                "P1",
            ),
            ("Same at the Leeds depot. They read it out at the morning huddle.", None, False, "P1"),
            ("a minority of salaried roles", "Fiona Brennan-Walsh", True, "P2"),
            (
                "Nobody on the shop floor is having their pay frozen,",
                "Fiona Brennan-Walsh",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Fiona Brennan-Walsh", "The Guardian"),
        ],
        "people": ["Fiona Brennan-Walsh"],
    },
    {
        "name": "youtube-livestream-autoworkers-rally-cnbc",
        "text": (
            "Jerome Okafor, the president of the Great Lakes Autoworkers Union, told "
            "members in a YouTube livestream on Friday night that strike deadlines at three "
            "assembly plants in Michigan and Ohio would not be extended. “If they want us "
            "back at the table, they know where the table is,” he said.\n\n"
            "The next morning, speaking to about 2,000 workers at a rally in Toledo, Okafor "
            "called the companies’ latest offer “an insult dressed up as a raise.” “Eleven "
            "percent over four years does not even cover what we lost to inflation,” he "
            "told the crowd.\n\n"
            "Meredith Caldwell, chief executive of Stellan Motors, said on CNBC that the "
            "offer was “the richest in our history.” Asked whether the company was prepared "
            "for a strike, she said: “We are prepared for anything. We would rather not "
            "have to be.”"
        ),
        "quotes": [
            (
                "If they want us back at the table, they know where the table is,",
                "Jerome Okafor",
                False,
                "P1",
            ),
            ("an insult dressed up as a raise.", "Jerome Okafor", True, None),
            (
                "Eleven percent over four years does not even cover what we lost to inflation,",
                "Jerome Okafor",
                False,
                None,
            ),
            ("the richest in our history.", "Meredith Caldwell", True, "P2"),
            (
                "We are prepared for anything. We would rather not have to be.",
                "Meredith Caldwell",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Jerome Okafor", "YouTube"),
            ("P2", "Meredith Caldwell", "CNBC"),
        ],
        "people": ["Jerome Okafor", "Meredith Caldwell"],
    },
    {
        "name": "substack-game-studio-crunch-essay-cofounder-x-reply",
        "text": (
            "A former senior producer at the Montreal video game studio Lumen Forge has "
            "accused its leadership of ignoring years of complaints about crunch, in a long "
            "essay published on her Substack on Monday.\n\n"
            "“We shipped three games in four years, and I watched people I loved break "
            "doing it,” wrote Camille Beaulieu, who left the studio in January. She "
            "described 80-hour weeks before each release as “normal, even expected,” and "
            "wrote that a manager had told her team that “weekends are a privilege.”\n\n"
            "Lumen Forge said in a statement that it “takes every concern seriously” and "
            "had hired an outside firm to review its working practices. Its co-founder, "
            "Rafael Ortiz-Mena, posted on X that he had read the essay twice. “Some of it "
            "is hard to read. Some of it I don’t recognise,” he wrote.\n\n"
            "Beaulieu replied to his post: “You don’t recognise it because you were never "
            "in the room.”"
        ),
        "quotes": [
            (
                "We shipped three games in four years, and I watched people I loved break "
                "doing it,",
                "Camille Beaulieu",
                False,
                "P1",
            ),
            ("normal, even expected,", "Camille Beaulieu", True, "P1"),
            ("weekends are a privilege.", None, True, "P1"),
            ("takes every concern seriously", None, True, "P2"),
            (
                "Some of it is hard to read. Some of it I don’t recognise,",
                "Rafael Ortiz-Mena",
                False,
                "P3",
            ),
            (
                "You don’t recognise it because you were never in the room.",
                "Camille Beaulieu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Camille Beaulieu", "Substack"),
            ("P2", None, None),
            ("P3", "Rafael Ortiz-Mena", "X"),
        ],
        "people": ["Camille Beaulieu", "Rafael Ortiz-Mena"],
    },
    {
        "name": "chicago-kitchen-workers-tip-lawsuit-hearing",
        "text": (
            "Eleven former kitchen workers have sued the Chicago restaurant group Ember & "
            "Vine, accusing it of skimming tips and failing to pay overtime for more than "
            "three years.\n\n"
            "The lawsuit, filed Tuesday in Cook County Circuit Court, says managers "
            "routinely edited time records “to erase hours that workers had already "
            "worked.” One plaintiff, a line cook named Juan Carlos Ibarra, is quoted in the "
            "complaint as saying that in six years he “never once saw a tip envelope.”\n\n"
            "The group’s owner, Nikos Papadakis, told the Chicago Tribune that the claims "
            "were “completely false” and that every employee had been paid “to the penny.”\n\n"
            "At a brief hearing on Wednesday, Judge Rosalind Achterberg set a schedule for "
            "discovery. “I expect both sides to move quickly,” she said."
        ),
        "quotes": [
            ("to erase hours that workers had already worked.", None, True, "P1"),
            ("never once saw a tip envelope.", "Juan Carlos Ibarra", True, "P1"),
            ("completely false", "Nikos Papadakis", True, "P2"),
            ("to the penny.", "Nikos Papadakis", True, "P2"),
            ("I expect both sides to move quickly,", "Rosalind Achterberg", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nikos Papadakis", "Chicago Tribune"),
        ],
        "people": ["Juan Carlos Ibarra", "Nikos Papadakis", "Rosalind Achterberg"],
    },
    {
        "name": "instagram-flight-attendants-payslip-release-podcast",
        "text": (
            "Flight attendants at the Brazilian carrier Aerovia held informational pickets "
            "at São Paulo’s Guarulhos airport on Saturday, the latest step in a two-year "
            "fight over pay for time spent boarding passengers.\n\n"
            "Beatriz Nascimento, a flight attendant with 17 years at the airline, posted a "
            "photo of her payslip on Instagram with the caption “Four hours at the airport. "
            "Paid for one.” The post was shared more than 60,000 times.\n\n"
            "In a press release on Sunday, Aerovia said its cabin crew were “among the best "
            "paid in Latin America.” “We remain at the negotiating table and hope to reach "
            "an agreement soon,” the release quoted its vice-president for people, Otávio "
            "Reis, as saying.\n\n"
            "The union’s president, Cláudia Ferraz, dismissed the release on the podcast "
            "Pista Livre. “They have been hoping to reach an agreement soon for two years,” "
            "she said. “Hope is not a pay rise.”"
        ),
        "quotes": [
            ("Four hours at the airport. Paid for one.", "Beatriz Nascimento", False, "P1"),
            ("among the best paid in Latin America.", None, True, "P2"),
            (
                "We remain at the negotiating table and hope to reach an agreement soon,",
                "Otávio Reis",
                False,
                "P2",
            ),
            (
                "They have been hoping to reach an agreement soon for two years,",
                "Cláudia Ferraz",
                False,
                "P3",
            ),
            ("Hope is not a pay rise.", "Cláudia Ferraz", False, "P3"),
        ],
        "posts": [
            ("P1", "Beatriz Nascimento", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Cláudia Ferraz", "Pista Livre"),
        ],
        "people": ["Beatriz Nascimento", "Otávio Reis", "Cláudia Ferraz"],
    },
    {
        "name": "bluesky-adjuncts-strike-student-reply-president-presser",
        "text": (
            "Adjunct faculty at Rutherford University in New Jersey walked out on Monday, "
            "cancelling about 1,400 classes in the first strike in the school’s 150-year "
            "history.\n\n"
            "“We teach half the courses here and earn a quarter of what full-time faculty "
            "earn,” Dr. Haruto Sasaki, an adjunct in the history department and a member of "
            "the union’s bargaining team, wrote in a thread on Bluesky. In a reply under "
            "the thread, a student, Grace Oyelaran, wrote: “My econ class has had three "
            "instructors this year. None of them had an office.”\n\n"
            "The university’s president, Elaine Marchetti, said at a news conference that "
            "the strike was “deeply disappointing” and that classes would continue online "
            "where possible. The 61-year-old, who took office in July, said the university "
            "had offered a 14 percent raise over three years. “That is a serious offer from "
            "a university with serious financial constraints,” she said.\n\n"
            "Sasaki was not persuaded. In a second post, he wrote that the raise would "
            "leave adjuncts “still below the poverty line in Newark.”"
        ),
        "quotes": [
            (
                "We teach half the courses here and earn a quarter of what full-time faculty earn,",
                "Haruto Sasaki",
                False,
                "P1",
            ),
            (
                "My econ class has had three instructors this year. None of them had an office.",
                "Grace Oyelaran",
                False,
                "P1",
            ),
            ("deeply disappointing", "Elaine Marchetti", True, None),
            (
                "That is a serious offer from a university with serious financial constraints,",
                "Elaine Marchetti",
                False,
                None,
            ),
            ("still below the poverty line in Newark.", "Haruto Sasaki", True, "P2"),
        ],
        "posts": [
            ("P1", "Haruto Sasaki", "Bluesky"),
            ("P2", "Haruto Sasaki", "Bluesky"),
        ],
        "people": ["Haruto Sasaki", "Grace Oyelaran", "Elaine Marchetti"],
    },
    {
        "name": "steelmaker-furnace-closure-earnings-call-analyst-note",
        "text": (
            "The Indian steelmaker Vardhan Steel said on Thursday it would shut its oldest "
            "blast furnace in Jamshedpur and cut about 1,800 jobs, as cheap imports squeeze "
            "its margins.\n\n"
            "The company announced the closure in its quarterly earnings release, which "
            'said the furnace had become "uneconomic at current prices." On a call with '
            "analysts, the managing director, Rajesh Iyer, said workers would be offered "
            'transfers to the company\'s newer plant in Odisha "wherever possible."\n\n'
            '"This is not a company in retreat," Iyer said on the call. "This is a company '
            'putting its money where the future is."\n\n'
            "In a note to clients, Ananya Kulkarni, a metals analyst at a Mumbai brokerage, "
            'wrote that the move was overdue. "The furnace has lost money in six of the '
            'last eight quarters," she wrote.\n\n'
            "Leaders of the Jamshedpur Steel Mazdoor Union said they would meet on Saturday "
            "to decide on a response."
        ),
        "quotes": [
            ("uneconomic at current prices.", None, True, "P1"),
            ("wherever possible.", "Rajesh Iyer", True, None),
            ("This is not a company in retreat,", "Rajesh Iyer", False, None),
            (
                "This is a company putting its money where the future is.",
                "Rajesh Iyer",
                False,
                None,
            ),
            (
                "The furnace has lost money in six of the last eight quarters,",
                "Ananya Kulkarni",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ananya Kulkarni", None),
        ],
        "people": ["Rajesh Iyer", "Ananya Kulkarni"],
    },
    {
        "name": "open-letter-border-contract-ceo-email-wired",
        "text": (
            "More than 600 employees of the Dublin-based software company Kestrel Systems "
            "have signed an open letter demanding that management drop a contract to supply "
            "surveillance software to a border agency.\n\n"
            "“We did not join this company to build tools that track people at borders,” "
            "the letter says. “We ask leadership to cancel the contract and to publish its "
            "ethics review.”\n\n"
            "The company’s chief executive, Declan Moriarty, responded in an email to all "
            "staff on Thursday evening, writing that the contract was “lawful, limited and "
            "reviewed at every step.” He added: “I respect the strength of feeling. I do "
            "not accept that we are doing anything wrong.”\n\n"
            "One of the letter’s organisers, a machine-learning engineer named Oluwaseun "
            "Bakare, told Wired that at least four signatories had since been called into "
            "meetings with their managers. “People are scared,” Bakare said, “and that "
            "tells you something.”"
        ),
        "quotes": [
            (
                "We did not join this company to build tools that track people at borders,",
                None,
                False,
                "P1",
            ),
            (
                "We ask leadership to cancel the contract and to publish its ethics review.",
                None,
                False,
                "P1",
            ),
            ("lawful, limited and reviewed at every step.", "Declan Moriarty", True, "P2"),
            (
                "I respect the strength of feeling. I do not accept that we are doing "
                "anything wrong.",
                "Declan Moriarty",
                False,
                "P2",
            ),
            ("People are scared,", "Oluwaseun Bakare", False, "P3"),
            ("and that tells you something.", "Oluwaseun Bakare", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Declan Moriarty", None),
            ("P3", "Oluwaseun Bakare", "Wired"),
        ],
        "people": ["Declan Moriarty", "Oluwaseun Bakare"],
    },
    {
        "name": "threads-barista-union-vote-director-reply-memo",
        "text": (
            "Baristas at four Seattle locations of the coffee chain Cedar & Smoke voted to "
            "join Workers United on Friday, the union said, making them the first of the "
            "chain's 30 stores to unionize.\n\n"
            '"We did it. 41 to 6," Hana Petrović, a shift supervisor who helped organize '
            'the vote, posted on Threads minutes after the count. "To everyone who signed a '
            'card when it felt risky: thank you."\n\n'
            "The company's regional director, Bryce Halvorsen, replied to her post with a "
            'short congratulation and a promise to "bargain in good faith." In a memo to '
            "store managers obtained by The Seattle Times, however, he wrote that the vote "
            'was "a setback, not a defeat."\n\n'
            'Petrović, 24, said the memo did not surprise her. "They were always going to '
            'say nice things in public," she said.'
        ),
        "quotes": [
            ("We did it. 41 to 6,", "Hana Petrović", False, "P1"),
            (
                "To everyone who signed a card when it felt risky: thank you.",
                "Hana Petrović",
                False,
                "P1",
            ),
            ("bargain in good faith.", "Bryce Halvorsen", True, "P1"),
            ("a setback, not a defeat.", "Bryce Halvorsen", True, "P2"),
            ("They were always going to say nice things in public,", "Hana Petrović", False, None),
        ],
        "posts": [
            ("P1", "Hana Petrović", "Threads"),
            ("P2", "Bryce Halvorsen", None),
        ],
        "people": ["Hana Petrović", "Bryce Halvorsen"],
    },
    {
        "name": "london-bus-drivers-strike-radio-two-paragraph-quote",
        "text": (
            "Bus drivers at three garages in west London will strike for five days from "
            "Monday after rejecting a pay offer from the operator Westway Buses, the union "
            "Unite said on Friday.\n\n"
            "Speaking on BBC Radio 5 Live on Saturday morning, the union’s lead organiser "
            "for the garages, Kwame Asante-Boateng, said drivers were being asked to do "
            "more for less. “Our members start at five in the morning and some of them "
            "finish after midnight. They have had one pay rise in three years, and it was "
            "swallowed by rent within a month.\n\n"
            "“Nobody wants to leave passengers standing at bus stops in the rain. But if "
            "the company will not move, the drivers will not drive.”\n\n"
            "Westway Buses said in a statement that its offer of 6.5 percent was “fair and "
            "affordable” and urged passengers to check before they travelled. London’s "
            "deputy mayor for transport, Sofia Lindgren, told reporters she would meet both "
            "sides on Sunday."
        ),
        "quotes": [
            (
                "Our members start at five in the morning and some of them finish after "
                "midnight. They have had one pay rise in three years, and it was swallowed by "
                "rent within a month.",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            (
                "Nobody wants to leave passengers standing at bus stops in the rain. But if "
                "the company will not move, the drivers will not drive.",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("fair and affordable", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "BBC Radio 5 Live"),
            ("P2", None, None),
        ],
        "people": ["Kwame Asante-Boateng", "Sofia Lindgren"],
    },
    {
        "name": "linkedin-bank-office-mandate-comments-podcast-newsletter",
        "text": (
            "The Australian bank Southern Cross Mutual will require its 14,000 office staff "
            "to work from its buildings five days a week from February, its chief "
            "executive, Alistair Brandt, announced on LinkedIn on Monday.\n\n"
            "“Culture is built in rooms, not on screens,” Brandt wrote. “I know not "
            "everyone will welcome this.”\n\n"
            "Many did not. Within hours his post had more than 3,000 comments. “I moved two "
            "hours out of Sydney during the pandemic with your written approval,” one "
            "employee, Mei-Ling Zhou, wrote in a comment. “What do you suggest I do now?”\n\n"
            "The Finance Sector Union’s national secretary, Tanvir Hossain, said the union "
            "would seek an urgent hearing before the Fair Work Commission. On the union’s "
            "weekly podcast, Clocked On, he said the mandate broke promises made to staff "
            "“in writing and in good faith.”\n\n"
            "Writing in her newsletter, The Workforce Ledger, the labour economist Siobhan "
            "Garvey argued that such mandates were often “layoffs by another name.” “If a "
            "fifth of your staff quit rather than commute, you never have to pay a "
            "redundancy,” she wrote."
        ),
        "quotes": [
            ("Culture is built in rooms, not on screens,", "Alistair Brandt", False, "P1"),
            ("I know not everyone will welcome this.", "Alistair Brandt", False, "P1"),
            (
                "I moved two hours out of Sydney during the pandemic with your written approval,",
                "Mei-Ling Zhou",
                False,
                "P1",
            ),
            ("What do you suggest I do now?", "Mei-Ling Zhou", False, "P1"),
            ("in writing and in good faith.", "Tanvir Hossain", True, "P2"),
            ("layoffs by another name.", "Siobhan Garvey", True, "P3"),
            (
                "If a fifth of your staff quit rather than commute, you never have to pay a "
                "redundancy,",
                "Siobhan Garvey",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Alistair Brandt", "LinkedIn"),
            ("P2", "Tanvir Hossain", "Clocked On"),
            ("P3", "Siobhan Garvey", "The Workforce Ledger"),
        ],
        "people": ["Alistair Brandt", "Mei-Ling Zhou", "Tanvir Hossain", "Siobhan Garvey"],
    },
    {
        "name": "french-appliance-plant-closure-mayor-facebook-town-hall",
        "text": (
            "The American appliance maker Whitford Industries will close its plant in "
            "Saint-Amand-les-Eaux in northern France by the end of the year, putting 312 "
            "people out of work, the company confirmed on Tuesday.\n\n"
            "The town’s mayor, Jean-Baptiste Lefèvre-Duval, wrote on Facebook that he had "
            "learned of the decision “from a journalist, not from the company.” “This "
            "factory has been here since 1962. It deserves better than a two-line email,” "
            "he wrote.\n\n"
            "At a packed town hall meeting that evening, a machine operator, Nadia Benali, "
            "who has worked at the plant for 26 years, stood to speak. “My father worked on "
            "this line. I thought my son would too,” the 52-year-old said. Several people "
            "in the room were in tears.\n\n"
            "Whitford said in a statement that the plant had been running at “less than 40 "
            "percent of capacity” and that it would offer severance “above the legal "
            "minimum.” France’s industry minister said he would ask the company to look for "
            "a buyer."
        ),
        "quotes": [
            ("from a journalist, not from the company.", "Jean-Baptiste Lefèvre-Duval", True, "P1"),
            (
                "This factory has been here since 1962. It deserves better than a two-line email,",
                "Jean-Baptiste Lefèvre-Duval",
                False,
                "P1",
            ),
            (
                "My father worked on this line. I thought my son would too,",
                "Nadia Benali",
                False,
                None,
            ),
            ("less than 40 percent of capacity", None, True, "P2"),
            ("above the legal minimum.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Jean-Baptiste Lefèvre-Duval", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Jean-Baptiste Lefèvre-Duval", "Nadia Benali"],
    },
    {
        "name": "dutch-delivery-riders-ruling-minister-x-appeal",
        "text": (
            "A Dutch court ruled on Wednesday that riders for the food delivery app "
            "Snelbezorgd are employees, not independent contractors, and are owed back pay "
            "and holiday allowance dating to 2019.\n\n"
            "In her written ruling, Judge Marieke van den Berg of the Amsterdam District "
            'Court said the company exercised "a degree of control that is incompatible '
            'with self-employment."\n\n'
            "The Netherlands' social affairs minister, Youssef El Amrani, welcomed the "
            'decision on X. "Whoever works like an employee should be protected like an '
            'employee. Today the court agreed," he wrote.\n\n'
            'Snelbezorgd said it would appeal. "This ruling ignores what riders themselves '
            'tell us: they value their freedom," the company said in a statement. Ahmed '
            "Yilmaz, a rider in Rotterdam who was among the plaintiffs, said the ruling "
            "meant he could finally take a sick day without losing a day's income."
        ),
        "quotes": [
            (
                "a degree of control that is incompatible with self-employment.",
                "Marieke van den Berg",
                True,
                "P1",
            ),
            (
                "Whoever works like an employee should be protected like an employee. Today "
                "the court agreed,",
                "Youssef El Amrani",
                False,
                "P2",
            ),
            (
                "This ruling ignores what riders themselves tell us: they value their freedom,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marieke van den Berg", None),
            ("P2", "Youssef El Amrani", "X"),
            ("P3", None, None),
        ],
        "people": ["Marieke van den Berg", "Youssef El Amrani", "Ahmed Yilmaz"],
    },
    {
        "name": "resident-doctors-strike-tiktok-commons-speech",
        "text": (
            "Resident doctors in England began a five-day walkout at 7 a.m. on Friday, the "
            "British Medical Association said, the 12th strike in a dispute over pay that "
            "began two years ago.\n\n"
            "Dr. Amara Okonkwo-Reid, a 31-year-old trainee in emergency medicine in "
            "Manchester, has become one of the strike's most visible faces through her "
            "TikTok videos explaining doctors' pay. \"I earn less per hour than the person "
            'who parks my car at the hospital," she says in one, which has been watched 2.3 '
            "million times.\n\n"
            "Speaking in the House of Commons on Thursday, the health secretary, Daniel "
            "Fairbrother, said the government's offer of 5.4 percent was \"generous by any "
            'standard" and accused the union of "moving the goalposts."\n\n'
            '"The door remains open," he told MPs. "But it is not a revolving door."\n\n'
            "In another video posted after his speech, Okonkwo-Reid held up a printout of "
            'her payslip. "Generous," she said, and let the word hang.'
        ),
        "quotes": [
            (
                "I earn less per hour than the person who parks my car at the hospital,",
                "Amara Okonkwo-Reid",
                False,
                "P1",
            ),
            ("generous by any standard", "Daniel Fairbrother", True, None),
            ("moving the goalposts.", "Daniel Fairbrother", True, None),
            ("The door remains open,", "Daniel Fairbrother", False, None),
            ("But it is not a revolving door.", "Daniel Fairbrother", False, None),
            ("Generous,", "Amara Okonkwo-Reid", False, "P2"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reid", "TikTok"),
            ("P2", "Amara Okonkwo-Reid", "TikTok"),
        ],
        "people": ["Amara Okonkwo-Reid", "Daniel Fairbrother"],
    },
    {
        "name": "korean-shipyard-strike-ends-intranet-message-minister",
        "text": (
            "Thousands of subcontracted welders at the Geoje shipyard of Hanbit Heavy "
            "Industries in South Korea ended a 51-day strike on Friday after accepting a "
            "4.5 percent pay increase, far short of the 30 percent they had sought.\n\n"
            "“We didn’t win what we came for, but we won the right to be seen,” Kim "
            "Min-jun, the leader of the subcontractors’ union, told reporters after the "
            "vote. Kim, 41, spent much of the strike inside a one-metre steel cage he had "
            "welded shut in the hold of an unfinished tanker.\n\n"
            "Hanbit’s chief executive, Park Seo-yeon, said in a message posted on the "
            "company’s intranet that the strike had cost “more than 800 billion won” in "
            "delays. “Now it is time to rebuild trust on the docks,” she wrote.\n\n"
            "The country’s labour minister, Lee Jae-hoon, had warned the strikers last week "
            "that the government would “not tolerate the illegal occupation of industrial "
            "sites.”"
        ),
        "quotes": [
            (
                "We didn’t win what we came for, but we won the right to be seen,",
                "Kim Min-jun",
                False,
                None,
            ),
            ("more than 800 billion won", "Park Seo-yeon", True, "P1"),
            ("Now it is time to rebuild trust on the docks,", "Park Seo-yeon", False, "P1"),
            (
                "not tolerate the illegal occupation of industrial sites.",
                "Lee Jae-hoon",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Park Seo-yeon", None),
        ],
        "people": ["Kim Min-jun", "Park Seo-yeon", "Lee Jae-hoon"],
    },
    {
        "name": "cancun-hotel-strike-union-release-guest-x-reply",
        "text": (
            "Housekeepers and kitchen staff at the Grand Solara resort in Cancún walked out "
            "on Saturday at the height of the winter season, demanding a minimum daily wage "
            "of 600 pesos and an end to what they call “invisible overtime.”\n\n"
            "“Our members clean 18 rooms a shift. The contract says 12,” the Sindicato de "
            "Trabajadores Hoteleros de Quintana Roo said in a press release. The release "
            "quoted a housekeeper, Guadalupe Canché, 47, as saying: “My back is gone. My "
            "knees are gone. I am not asking for a miracle, only for the hours I already "
            "work.”\n\n"
            "A guest from Toronto posted a video on X of unmade beds and overflowing bins "
            "in a corridor, writing: “Paid $4,000 for this. Solidarity with the staff "
            "though.” The resort’s official account replied under the video that it was "
            "“working to restore full service as soon as possible.”\n\n"
            "The resort’s general manager, Rodrigo Valenzuela, said in an interview with El "
            "Universal that the union’s figures were “exaggerated” and that no housekeeper "
            "was required to clean more than 14 rooms."
        ),
        "quotes": [
            ("Our members clean 18 rooms a shift. The contract says 12,", None, False, "P1"),
            (
                "My back is gone. My knees are gone. I am not asking for a miracle, only for "
                "the hours I already work.",
                "Guadalupe Canché",
                False,
                "P1",
            ),
            ("Paid $4,000 for this. Solidarity with the staff though.", None, False, "P2"),
            ("working to restore full service as soon as possible.", None, True, "P2"),
            ("exaggerated", "Rodrigo Valenzuela", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "X"),
            ("P3", "Rodrigo Valenzuela", "El Universal"),
        ],
        "people": ["Guadalupe Canché", "Rodrigo Valenzuela"],
    },
]
