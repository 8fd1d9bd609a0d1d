"""The fifty-third self-made dev set, held out (BG): its first run is an unseen estimate.

Written with set BF, without reading the extraction rules, and committed before
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
- Titles and ranks (Dr., Mayor, Commander, Judge, Sheriff, Council member, City
  Attorney) are not part of a canonical name, and a nickname in marks inside a
  name (Marcus "Volt" Adebayo-Chen) is left out of the canonical name and is
  not a quote.
- A post whose author is named only after the post is described ("A post on
  Nextdoor ... wrote Teodora Vasilescu") has that person as author.
- On Nextdoor, a reply in the thread is a comment under the opening post, also
  when an official "joined the thread"; an unnamed neighbor's reply speaks as
  None.
- A reply by an author under their own post belongs to that post; "a second
  post" or "a follow-up" on the same platform is a new post on that platform.
- A post described without any quote (an agency's statement, a creator's first
  TikTok video, a city attorney's statement, a promoter's news release) is
  still listed as a post.
- A document that "says" something (a memo, a ruling) speaks as its named
  author; a family's statement, an open letter signed by many people, a group's
  lawsuit and a company's email to customers speak as None, with author None.
- A family's statement is a group's post (author None, platform None), also
  when it is released through a sheriff's office.
- An open letter signed by many musicians is a post with author None and no
  platform; a signatory explaining her signature on Instagram makes a new post.
- A judge's written ruling is the judge's post with no platform; a fragment
  the ruling is said to say ("she wrote") belongs to it.
- An email from a company to its customers is the company's post (author None,
  platform None), and "the email said" ties a quote to it; a screenshot of the
  email shared on X with a one-word comment is a new X post by the sharer, and
  the word given whole is not partial.
- A wire-service interview ("told Reuters", "in an interview with The
  Associated Press") is a post with the wire service as platform.
- In a magazine profile, the subject's words ("told the magazine", "said in
  the profile") are the subject's post with the magazine as platform; another
  person who "told the magazine" for the same profile has a post of their own
  with the same platform.
- A late-night show appearance is the guest's post with the show's title as
  platform, and the guest's answer to the host's question is on the show; the
  host named in the show's title is a person named in the text.
- A radio show named with its station or network ("a show on KGCX", BBC Radio
  Scotland's "Good Morning Scotland") has the show as platform, and a podcast
  named in marks has the podcast as platform.
- A quote that follows, in the same paragraph, the sentence reporting an
  interview with a named outlet or show, with only "he said" or "she said", is
  linked to that interview; the same pattern after "told reporters" or a
  meeting is not a post.
- A scientific paper in a named journal is a post with the journal as platform
  and author None (the work of its authors together), even though its lead
  author is named later; her own interview is a separate post.
- A scare-quoted phrase or title nested inside a quote (‘Quick sync.’, ‘nasal
  spray’) stays inside the outer quote's text and is not a quote of its own;
  "Ask Me Anything" in marks is the name of a format, not a quote.
- A memo "seen by" a named newspaper keeps platform None.
- A company statement quoted by a named spokesman "in the statement" is the
  company's post (author None) with the spokesman as speaker.
- An Instagram post by a singer's management company is the company's post
  (author None); a video "of her own" after it is a new Instagram post by the
  singer, and the words on a sign she holds up in it, given whole, are her
  quote, not partial.
- A council member's op-ed in a named local newspaper has that newspaper as
  platform, and a phrase he "called" the scooters in it is a partial quote
  from it.
- A comment left under a video by someone who describes herself ("a medic at
  the festival") but is not named speaks as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BG: list[dict] = [
    {
        "name": "nextdoor-sinkhole-thread-council-member",
        "text": (
            "A post on Nextdoor about a sinkhole on Alder Street had drawn more than 400 replies "
            "by Friday, and by the end of the week it had reached City Hall.\n\n"
            "“The hole is now deep enough to lose a bike wheel in. I reported it in March,” "
            "wrote Teodora Vasilescu, who has lived on the block for 22 years.\n\n"
            "“Same thing on Birch. Nobody comes,” one neighbor replied under her post. Another, "
            "Marcus Olayinka, wrote that he had “given up calling 311.”\n\n"
            "Council member Priya Raghunathan joined the thread on Wednesday. “I walked the "
            "street this morning. Crews will be there Monday,” she wrote.\n\n"
            "At Thursday’s council meeting, Raghunathan was blunter. “We have a backlog of 1,900 "
            "work orders and six crews,” the first-term council member said. “That is the real "
            "story.”"
        ),
        "quotes": [
            (
                "The hole is now deep enough to lose a bike wheel in. I reported it in March,",
                "Teodora Vasilescu",
                False,
                "P1",
            ),
            ("Same thing on Birch. Nobody comes,", None, False, "P1"),
            ("given up calling 311.", "Marcus Olayinka", True, "P1"),
            (
                "I walked the street this morning. Crews will be there Monday,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "We have a backlog of 1,900 work orders and six crews,",
                "Priya Raghunathan",
                False,
                None,
            ),
            ("That is the real story.", "Priya Raghunathan", False, None),
        ],
        "posts": [("P1", "Teodora Vasilescu", "Nextdoor")],
        "people": ["Teodora Vasilescu", "Marcus Olayinka", "Priya Raghunathan"],
    },
    {
        "name": "hospital-release-measles-briefing-mother-facebook",
        "text": (
            "St. Brigid’s Children’s Hospital in Dayton said in a news release on Tuesday that it "
            "had treated four children for measles since Jan. 3, the first cases in the county in "
            "more than a decade.\n\n"
            "“All four patients are recovering, and none required intensive care,” Dr. Amara "
            "Okonkwo-Reyes, the hospital’s chief of infectious diseases, said in the release. "
            "“But every one of these cases was preventable.”\n\n"
            "The county’s health commissioner, Gareth Lindqvist, told reporters at a briefing that "
            "vaccination clinics would open on Saturday at three libraries. “If your child has "
            "missed a dose, this is the week,” he said.\n\n"
            "The mother of one of the patients, Shanice Pruitt, wrote on Facebook that she had "
            "delayed her son’s shots on the advice of “a friend who meant well.” “I was wrong, "
            "and I am saying it so someone else doesn’t have to learn it this way,” she wrote."
        ),
        "quotes": [
            (
                "All four patients are recovering, and none required intensive care,",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("But every one of these cases was preventable.", "Amara Okonkwo-Reyes", False, "P1"),
            ("If your child has missed a dose, this is the week,", "Gareth Lindqvist", False, None),
            ("a friend who meant well.", "Shanice Pruitt", True, "P2"),
            (
                "I was wrong, and I am saying it so someone else doesn’t have to learn it this way,",
                "Shanice Pruitt",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Shanice Pruitt", "Facebook")],
        "people": ["Amara Okonkwo-Reyes", "Gareth Lindqvist", "Shanice Pruitt"],
    },
    {
        "name": "festival-water-tiktok-comments-radio-founder",
        "text": (
            "A TikTok video showing a two-hour line for drinking water at the Saltmarsh Sound "
            "festival had been viewed 3.1 million times by Monday.\n\n"
            "“It’s 97 degrees and they have four taps for 30,000 people,” Jade Morrow, a "
            "24-year-old nurse from Galveston, says in the clip, which she posted on Saturday "
            "afternoon.\n\n"
            "Under the video, one commenter wrote: “Paid $340 for heatstroke.” Another, who "
            "identified herself as a medic at the festival, replied: “We treated 60 people for "
            "heat by 4 p.m. Drink water if you can find it.”\n\n"
            "The festival’s organizer, Blue Heron Live, said in a statement on Sunday that it had "
            "added 20 water stations overnight and would refund anyone treated on site. “We fell "
            "short of the standard our fans deserve,” the statement said.\n\n"
            "Its founder, Ravi Castellanos, went further on “Gulf Coast Mornings,” a radio show "
            "on KGCX, on Monday. “That’s on me. I signed off on the site plan,” he said."
        ),
        "quotes": [
            (
                "It’s 97 degrees and they have four taps for 30,000 people,",
                "Jade Morrow",
                False,
                "P1",
            ),
            ("Paid $340 for heatstroke.", None, False, "P1"),
            (
                "We treated 60 people for heat by 4 p.m. Drink water if you can find it.",
                None,
                False,
                "P1",
            ),
            ("We fell short of the standard our fans deserve,", None, False, "P2"),
            ("That’s on me. I signed off on the site plan,", "Ravi Castellanos", False, "P3"),
        ],
        "posts": [
            ("P1", "Jade Morrow", "TikTok"),
            ("P2", None, None),
            ("P3", "Ravi Castellanos", "Gulf Coast Mornings"),
        ],
        "people": ["Jade Morrow", "Ravi Castellanos"],
    },
    {
        "name": "orbiter-silence-bluesky-threads-news-conference",
        "text": (
            "The Lunar Cartography Orbiter stopped sending data on Sunday night, and for about "
            "nine hours the people who built it said very little in public.\n\n"
            "Then, shortly after 7 a.m., the mission’s deputy principal investigator posted on "
            "Bluesky. “We have a carrier signal. She’s alive. Telemetry next,” wrote Dr. Ingrid "
            "Solberg of the Northgate Institute of Technology.\n\n"
            "Hers was not the only post. Kwame Asante-Bello, a flight dynamics engineer on the "
            "team, wrote on Threads that the night had been “the longest of my career” and, in a "
            "second post an hour later, that the spacecraft had entered safe mode after “a single "
            "bit flip, as far as we can tell.”\n\n"
            "The European Orbital Agency said in a statement that science operations would resume "
            "within two weeks.\n\n"
            "At a news conference on Monday afternoon, the mission manager, Lucía Ferreira Campos, "
            "declined to speculate on the cause. “We will know when we know,” she said. “I would "
            "rather be late than wrong.”"
        ),
        "quotes": [
            (
                "We have a carrier signal. She’s alive. Telemetry next,",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("the longest of my career", "Kwame Asante-Bello", True, "P2"),
            ("a single bit flip, as far as we can tell.", "Kwame Asante-Bello", True, "P3"),
            ("We will know when we know,", "Lucía Ferreira Campos", False, None),
            ("I would rather be late than wrong.", "Lucía Ferreira Campos", False, None),
        ],
        "posts": [
            ("P1", "Ingrid Solberg", "Bluesky"),
            ("P2", "Kwame Asante-Bello", "Threads"),
            ("P3", "Kwame Asante-Bello", "Threads"),
            ("P4", None, None),
        ],
        "people": ["Ingrid Solberg", "Kwame Asante-Bello", "Lucía Ferreira Campos"],
    },
    {
        "name": "foldable-phone-reddit-ama-company-statement",
        "text": (
            "Hana Kobayashi, the lead industrial designer of the Juniper Fold phone, spent three "
            "hours answering questions on Reddit on Thursday in an “Ask Me Anything” session on "
            "the r/Android forum.\n\n"
            "Asked by one user why the phone’s hinge creased after a few months, Kobayashi was "
            "candid. “The crease is real. We underestimated how people fold phones in their back "
            "pockets,” she wrote.\n\n"
            "“So will you replace them for free?” another user asked in a reply.\n\n"
            "“I can’t promise that here, but I’ve sent this thread to the people who can,” she "
            "answered.\n\n"
            "Juniper’s parent company, Tessellate Devices, said in a statement late Thursday that "
            "owners with creased screens could get a free repair through the end of the year. "
            "“We’re grateful for the candor, and we want owners to be, too,” a spokesman, Oren "
            "Blatt, said in the statement."
        ),
        "quotes": [
            (
                "The crease is real. We underestimated how people fold phones in their back pockets,",
                "Hana Kobayashi",
                False,
                "P1",
            ),
            ("So will you replace them for free?", None, False, "P1"),
            (
                "I can’t promise that here, but I’ve sent this thread to the people who can,",
                "Hana Kobayashi",
                False,
                "P1",
            ),
            (
                "We’re grateful for the candor, and we want owners to be, too,",
                "Oren Blatt",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Hana Kobayashi", "Reddit"), ("P2", None, None)],
        "people": ["Hana Kobayashi", "Oren Blatt"],
    },
    {
        "name": "airline-email-customers-x-screenshot-reuters",
        "text": (
            "Skylark Air told customers in an email on Wednesday that it would end all flights to "
            "Madeira from Bristol and Cardiff at the end of October.\n\n"
            "“We know this will disappoint many of you, and we are sorry,” the email said. “Every "
            "affected customer will be offered a full refund or a seat on another route.”\n\n"
            "One passenger, Tomasz Wierzbicki, posted a screenshot of the email on X with a single "
            "word: “Brilliant.”\n\n"
            "The news landed badly on the island. “Thirty percent of our British visitors came on "
            "those flights,” Duarte Menezes, president of the Madeira Hoteliers Association, told "
            "Reuters. “We were not consulted. We read it like everyone else, in an email.”\n\n"
            "Skylark’s chief executive, Fiona Gallacher, said on an analyst call last month that "
            "the airline would “prune routes that do not pay their way.”"
        ),
        "quotes": [
            ("We know this will disappoint many of you, and we are sorry,", None, False, "P1"),
            (
                "Every affected customer will be offered a full refund or a seat on another route.",
                None,
                False,
                "P1",
            ),
            ("Brilliant.", "Tomasz Wierzbicki", False, "P2"),
            (
                "Thirty percent of our British visitors came on those flights,",
                "Duarte Menezes",
                False,
                "P3",
            ),
            (
                "We were not consulted. We read it like everyone else, in an email.",
                "Duarte Menezes",
                False,
                "P3",
            ),
            ("prune routes that do not pay their way.", "Fiona Gallacher", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tomasz Wierzbicki", "X"),
            ("P3", "Duarte Menezes", "Reuters"),
        ],
        "people": ["Tomasz Wierzbicki", "Duarte Menezes", "Fiona Gallacher"],
    },
    {
        "name": "judge-ruling-short-term-rentals-group-lawsuit",
        "text": (
            "A county judge on Tuesday struck down Port Alder’s ban on short-term rentals in "
            "residential neighborhoods, ruling that the city council had passed it without the "
            "public notice state law requires.\n\n"
            "“The council’s goals may well be legitimate. Its shortcuts are not,” Judge Miriam "
            "Achterberg wrote in a 14-page ruling. The ordinance, she wrote, was adopted “in a "
            "hurry and in the dark.”\n\n"
            "The lawsuit, filed in February by a group of 31 hosts, the Port Alder Home Sharing "
            "Alliance, argued that the ban would cost its members “their retirement income.”\n\n"
            "City Attorney Desmond Okafor said in a statement that the city would appeal. At a "
            "council meeting hours later, Mayor Rosalind Tran told residents, “We will pass it "
            "again, and this time we will do it by the book.”"
        ),
        "quotes": [
            (
                "The council’s goals may well be legitimate. Its shortcuts are not,",
                "Miriam Achterberg",
                False,
                "P1",
            ),
            ("in a hurry and in the dark.", "Miriam Achterberg", True, "P1"),
            ("their retirement income.", None, True, "P2"),
            (
                "We will pass it again, and this time we will do it by the book.",
                "Rosalind Tran",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Miriam Achterberg", None),
            ("P2", None, None),
            ("P3", "Desmond Okafor", None),
        ],
        "people": ["Miriam Achterberg", "Desmond Okafor", "Rosalind Tran"],
    },
    {
        "name": "songwriter-magazine-profile-producer",
        "text": (
            "In a long profile published by Rolling Stone on Tuesday, the singer-songwriter Nadia "
            "Farouk-Ellison talks about the year she stopped writing songs.\n\n"
            "“I would sit at the piano for six hours and get one line, and the line would be bad,” "
            "she told the magazine. “So I stopped sitting down.”\n\n"
            "The 33-year-old’s new album, “Harbor Lights,” comes out next month. Her producer, "
            "Lars Eriksen-Mbeki, told the magazine that the first song she brought him, “Paper "
            "Boats,” was “the best thing she’s ever written, and she almost threw it away.”\n\n"
            "Farouk-Ellison also addressed, for the first time, her split from her longtime label, "
            "Corvid Records. “They wanted a hit. I wanted to be able to sleep,” she said in the "
            "profile.\n\n"
            "Corvid did not respond to a request for comment."
        ),
        "quotes": [
            (
                "I would sit at the piano for six hours and get one line, and the line would be bad,",
                "Nadia Farouk-Ellison",
                False,
                "P1",
            ),
            ("So I stopped sitting down.", "Nadia Farouk-Ellison", False, "P1"),
            (
                "the best thing she’s ever written, and she almost threw it away.",
                "Lars Eriksen-Mbeki",
                True,
                "P2",
            ),
            (
                "They wanted a hit. I wanted to be able to sleep,",
                "Nadia Farouk-Ellison",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Nadia Farouk-Ellison", "Rolling Stone"),
            ("P2", "Lars Eriksen-Mbeki", "Rolling Stone"),
        ],
        "people": ["Nadia Farouk-Ellison", "Lars Eriksen-Mbeki"],
    },
    {
        "name": "astronaut-late-night-husband-instagram-school",
        "text": (
            "Commander Siobhan Achebe-Lowry, back on Earth for less than a month after 214 days "
            "on the space station, told late-night audiences on Wednesday that the hardest part "
            "of coming home was not the gravity.\n\n"
            "“It’s the smells. Up there, everything smells like warm electronics and nothing "
            "else,” she said on “Late Night with Tomás Ibarra.” “The first time I walked into a "
            "bakery I cried.”\n\n"
            "Ibarra, the show’s host, asked whether she would go back. “Tomorrow. Don’t tell my "
            "husband,” the 46-year-old said.\n\n"
            "Her husband, Declan Lowry, had his own answer on Instagram an hour after the episode "
            "aired: “She’s told me. Twice.”\n\n"
            "Earlier in the day, speaking to students at a school in Houston, Achebe-Lowry had "
            "been more serious. “Go and break things in a lab,” she told them. “That is how we "
            "learn.”"
        ),
        "quotes": [
            (
                "It’s the smells. Up there, everything smells like warm electronics and nothing else,",
                "Siobhan Achebe-Lowry",
                False,
                "P1",
            ),
            ("The first time I walked into a bakery I cried.", "Siobhan Achebe-Lowry", False, "P1"),
            ("Tomorrow. Don’t tell my husband,", "Siobhan Achebe-Lowry", False, "P1"),
            ("She’s told me. Twice.", "Declan Lowry", False, "P2"),
            ("Go and break things in a lab,", "Siobhan Achebe-Lowry", False, None),
            ("That is how we learn.", "Siobhan Achebe-Lowry", False, None),
        ],
        "posts": [
            ("P1", "Siobhan Achebe-Lowry", "Late Night with Tomás Ibarra"),
            ("P2", "Declan Lowry", "Instagram"),
        ],
        "people": ["Siobhan Achebe-Lowry", "Tomás Ibarra", "Declan Lowry"],
    },
    {
        "name": "thermostat-layoffs-memo-linkedin-comment-release",
        "text": (
            "Brightnest, the maker of the Halo smart thermostat, cut 240 jobs on Monday, about a "
            "fifth of its staff, according to a memo to employees from its chief executive, Arjun "
            "Mehta-Sorensen.\n\n"
            "“These are people who built the product you have on your wall,” Mehta-Sorensen wrote "
            "in the memo, which was seen by The Oregonian. “I made decisions that made this "
            "necessary.”\n\n"
            "Among those let go was Beatriz Nakamura-Silva, a firmware engineer who had been at "
            "the company for seven years. In a LinkedIn post that has been shared more than 2,000 "
            "times, she wrote that she learned the news “from a calendar invite titled ‘Quick "
            "sync.’”\n\n"
            "A former colleague, Emeka Duru, commented under the post: “Best engineer I ever "
            "worked with. Hire her before someone else does.”\n\n"
            "The company’s news release on Monday described the cuts as “a reset to focus on our "
            "core products.”"
        ),
        "quotes": [
            (
                "These are people who built the product you have on your wall,",
                "Arjun Mehta-Sorensen",
                False,
                "P1",
            ),
            ("I made decisions that made this necessary.", "Arjun Mehta-Sorensen", False, "P1"),
            (
                "from a calendar invite titled ‘Quick sync.’",
                "Beatriz Nakamura-Silva",
                True,
                "P2",
            ),
            (
                "Best engineer I ever worked with. Hire her before someone else does.",
                "Emeka Duru",
                False,
                "P2",
            ),
            ("a reset to focus on our core products.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Arjun Mehta-Sorensen", None),
            ("P2", "Beatriz Nakamura-Silva", "LinkedIn"),
            ("P3", None, "press release"),
        ],
        "people": ["Arjun Mehta-Sorensen", "Beatriz Nakamura-Silva", "Emeka Duru"],
    },
    {
        "name": "folk-festival-open-letter-sponsor-radio",
        "text": (
            "More than 80 musicians signed an open letter on Thursday urging the organizers of the "
            "Northern Lights Folk Festival to drop its new sponsor, the mining company Karrow "
            "Resources.\n\n"
            "“We cannot sing about rivers on a stage paid for by the people poisoning them,” the "
            "letter says. It asks the festival to return the sponsorship money “before a single "
            "ticket is scanned.”\n\n"
            "One of the signatories, the fiddler Orla Ní Fhaoláin, explained her decision on "
            "Instagram. “I have played this festival since I was 14. That is why I signed,” she "
            "wrote.\n\n"
            "The festival replied on X within hours, saying it was “listening carefully.” Its "
            "director, Callum Strachan, told BBC Radio Scotland’s “Good Morning Scotland” on "
            "Friday that the contract ran through 2026. “Breaking it would cost us the festival,” "
            "he said."
        ),
        "quotes": [
            (
                "We cannot sing about rivers on a stage paid for by the people poisoning them,",
                None,
                False,
                "P1",
            ),
            ("before a single ticket is scanned.", None, True, "P1"),
            (
                "I have played this festival since I was 14. That is why I signed,",
                "Orla Ní Fhaoláin",
                False,
                "P2",
            ),
            ("listening carefully.", None, True, "P3"),
            ("Breaking it would cost us the festival,", "Callum Strachan", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Orla Ní Fhaoláin", "Instagram"),
            ("P3", None, "X"),
            ("P4", "Callum Strachan", "Good Morning Scotland"),
        ],
        "people": ["Orla Ní Fhaoláin", "Callum Strachan"],
    },
    {
        "name": "hiker-found-family-statement-volunteer-facebook",
        "text": (
            "The family of a 67-year-old hiker who spent four nights lost in the Sawtooth "
            "backcountry said in a statement on Sunday that he was “tired, sunburned and very "
            "embarrassed” but otherwise well.\n\n"
            "“Dad wants everyone to know that he is sorry for the trouble and grateful beyond "
            "words,” said the statement, which was released through the Custer County sheriff’s "
            "office. “He also wants his hat back.”\n\n"
            "Henrik Abernathy-Vos was found on Saturday by a volunteer search team about six miles "
            "from the trail he had meant to take. One of the volunteers, Marisol Echeverría, wrote "
            "on Facebook that he had greeted them by asking “whether anyone had a sandwich.”\n\n"
            "Sheriff Wade Thorsby told reporters that the hiker had done “one thing right: he "
            "stayed put.”"
        ),
        "quotes": [
            ("tired, sunburned and very embarrassed", None, True, "P1"),
            (
                "Dad wants everyone to know that he is sorry for the trouble and grateful beyond words,",
                None,
                False,
                "P1",
            ),
            ("He also wants his hat back.", None, False, "P1"),
            ("whether anyone had a sandwich.", "Marisol Echeverría", True, "P2"),
            ("one thing right: he stayed put.", "Wade Thorsby", True, None),
        ],
        "posts": [("P1", None, None), ("P2", "Marisol Echeverría", "Facebook")],
        "people": ["Henrik Abernathy-Vos", "Marisol Echeverría", "Wade Thorsby"],
    },
    {
        "name": "pool-closures-memo-threads-bluesky-union-letter",
        "text": (
            "Riverton's city manager, Olusegun Hartley, proposed closing two of the city's four "
            "public pools this summer in a budget memo sent to the council on Monday.\n\n"
            '"We can keep every pool open, or we can keep every lifeguard paid. We cannot do '
            'both," the memo said.\n\n'
            "Council member Danielle Kowalczyk posted the memo on Threads an hour later. "
            '"Not happening," she wrote. In a second post, the first-term council member listed '
            'the pools by name and added: "Ask your kids which one they want to lose."\n\n'
            'Mayor Benedikt Osei-Larsen responded on Bluesky that the memo was "a starting '
            'point, not a decision."\n\n'
            "The lifeguards' union, the Riverton Aquatic Workers Union, sent a letter to council "
            'members on Tuesday calling the proposal "a false choice."\n\n'
            "At Tuesday night's meeting, Hartley said he understood the anger. \"I grew up at the "
            'Elm Street pool," he said. "I don\'t like this memo either."'
        ),
        "quotes": [
            (
                "We can keep every pool open, or we can keep every lifeguard paid. We cannot do both,",
                "Olusegun Hartley",
                False,
                "P1",
            ),
            ("Not happening,", "Danielle Kowalczyk", False, "P2"),
            ("Ask your kids which one they want to lose.", "Danielle Kowalczyk", False, "P3"),
            ("a starting point, not a decision.", "Benedikt Osei-Larsen", True, "P4"),
            ("a false choice.", None, True, "P5"),
            ("I grew up at the Elm Street pool,", "Olusegun Hartley", False, None),
            ("I don't like this memo either.", "Olusegun Hartley", False, None),
        ],
        "posts": [
            ("P1", "Olusegun Hartley", None),
            ("P2", "Danielle Kowalczyk", "Threads"),
            ("P3", "Danielle Kowalczyk", "Threads"),
            ("P4", "Benedikt Osei-Larsen", "Bluesky"),
            ("P5", None, None),
        ],
        "people": ["Olusegun Hartley", "Danielle Kowalczyk", "Benedikt Osei-Larsen"],
    },
    {
        "name": "nasal-vaccine-journal-paper-ap-interview-x-critic",
        "text": (
            "A nasal flu vaccine developed at a public university in Chile cut infections by 61% "
            "in a trial of 9,000 adults, according to a paper published Wednesday in The Lancet.\n\n"
            "The paper says the vaccine was “well tolerated across all age groups,” though it "
            "notes that the trial ran for only one season.\n\n"
            "“People hear ‘nasal spray’ and think it’s a toy. It isn’t,” the study’s lead author, "
            "Dr. Valentina Quispe Rojas, said in an interview with The Associated Press. “It is "
            "the closest thing we have to stopping the virus at the door.”\n\n"
            "Not everyone was persuaded. Dr. Samuel Adeyemi-Katz, an epidemiologist who was not "
            "involved in the study, wrote on X that one season was “far too short to call this a "
            "breakthrough.”\n\n"
            "Quispe Rojas said in the same interview that a second trial would begin in April."
        ),
        "quotes": [
            ("well tolerated across all age groups,", None, True, "P1"),
            (
                "People hear ‘nasal spray’ and think it’s a toy. It isn’t,",
                "Valentina Quispe Rojas",
                False,
                "P2",
            ),
            (
                "It is the closest thing we have to stopping the virus at the door.",
                "Valentina Quispe Rojas",
                False,
                "P2",
            ),
            ("far too short to call this a breakthrough.", "Samuel Adeyemi-Katz", True, "P3"),
        ],
        "posts": [
            ("P1", None, "The Lancet"),
            ("P2", "Valentina Quispe Rojas", "The Associated Press"),
            ("P3", "Samuel Adeyemi-Katz", "X"),
        ],
        "people": ["Valentina Quispe Rojas", "Samuel Adeyemi-Katz"],
    },
    {
        "name": "bus-route-town-hall-no-posts",
        "text": (
            "Residents packed the Eastgate Library auditorium on Thursday night to hear how the "
            "city plans to replace the No. 9 bus, which will stop running in June.\n\n"
            "\"I'm 81. I don't drive. The 9 is how I get to dialysis,\" said Wilhelmina Okoro, "
            "who spoke first. The room applauded.\n\n"
            "Transit director Faisal Haddad-Moreno promised an on-demand van service, which he "
            'called "a better 9, not a missing one." Several residents laughed at that.\n\n'
            "After the meeting, Haddad-Moreno told reporters that the vans would run from 5 a.m. "
            'to midnight. "If it doesn\'t work, we will hear about it, and we should," he said.\n\n'
            "Council member Greta Lindahl, who represents Eastgate, said in an interview on Friday "
            'that she would ask for a six-month trial before the route is cut. "Nobody should be '
            'the experiment," she said.'
        ),
        "quotes": [
            (
                "I'm 81. I don't drive. The 9 is how I get to dialysis,",
                "Wilhelmina Okoro",
                False,
                None,
            ),
            ("a better 9, not a missing one.", "Faisal Haddad-Moreno", True, None),
            (
                "If it doesn't work, we will hear about it, and we should,",
                "Faisal Haddad-Moreno",
                False,
                None,
            ),
            ("Nobody should be the experiment,", "Greta Lindahl", False, None),
        ],
        "posts": [],
        "people": ["Wilhelmina Okoro", "Faisal Haddad-Moreno", "Greta Lindahl"],
    },
    {
        "name": "earbuds-youtube-comments-statement-podcast",
        "text": (
            "A YouTube video by the tech reviewer Marcus “Volt” Adebayo-Chen showing a swollen "
            "battery in a pair of Auralink Pro earbuds has drawn more than 1,200 comments since it "
            "was posted on Friday.\n\n"
            "“This is a four-month-old product. This should not look like a grape,” Adebayo-Chen "
            "says in the video, holding the case up to the camera.\n\n"
            "Dozens of viewers posted photos of their own earbuds in the comments. “Mine did the "
            "same thing in my pocket on a train,” wrote one.\n\n"
            "Auralink said in a statement on Monday that it had received “fewer than 40 reports” "
            "worldwide and was investigating. “Customers who notice swelling should stop using "
            "the product and contact us for a replacement,” the statement said.\n\n"
            "On Tuesday, Adebayo-Chen returned to the subject on the tech podcast “Hard Reset,” "
            "saying the company had “finally called” him. “They were nice about it. I still want "
            "to know what happened,” he said on the show."
        ),
        "quotes": [
            (
                "This is a four-month-old product. This should not look like a grape,",
                "Marcus Adebayo-Chen",
                False,
                "P1",
            ),
            ("Mine did the same thing in my pocket on a train,", None, False, "P1"),
            ("fewer than 40 reports", None, True, "P2"),
            (
                "Customers who notice swelling should stop using the product and contact us for a "
                "replacement,",
                None,
                False,
                "P2",
            ),
            ("finally called", "Marcus Adebayo-Chen", True, "P3"),
            (
                "They were nice about it. I still want to know what happened,",
                "Marcus Adebayo-Chen",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marcus Adebayo-Chen", "YouTube"),
            ("P2", None, None),
            ("P3", "Marcus Adebayo-Chen", "Hard Reset"),
        ],
        "people": ["Marcus Adebayo-Chen"],
    },
    {
        "name": "alpine-village-bus-limit-newspaper-tiktok-follow-up",
        "text": (
            "The mayor of Hallbrunn, an Alpine village of 780 people that became famous on TikTok "
            "last year, announced on Wednesday that tour buses would be limited to 12 a day "
            "starting in May.\n\n"
            "“We love our visitors. But on some days last summer there were 4,000 of them, and our "
            "children could not walk to school.\n\n"
            "“Twelve buses is not a wall. It is a door with a lock,” Mayor Johanna Eberhardt-Kaya "
            "told the Süddeutsche Zeitung.\n\n"
            "The regional tourism office, Salzkammer Tourismus, welcomed the decision in a news "
            "release, calling it “a model for sustainable visitor management.”\n\n"
            "The rush began with a single TikTok video posted last June by Lena Vogt-Hansen, a "
            "travel creator from Hamburg. On Thursday she posted a follow-up. “I showed you a "
            "beautiful place. I did not show you the people who live there, and I should have,” "
            "she said in the video.\n\n"
            "“Respect for owning it,” one commenter wrote beneath it."
        ),
        "quotes": [
            (
                "We love our visitors. But on some days last summer there were 4,000 of them, and "
                "our children could not walk to school.",
                "Johanna Eberhardt-Kaya",
                False,
                "P1",
            ),
            (
                "Twelve buses is not a wall. It is a door with a lock,",
                "Johanna Eberhardt-Kaya",
                False,
                "P1",
            ),
            ("a model for sustainable visitor management.", None, True, "P2"),
            (
                "I showed you a beautiful place. I did not show you the people who live there, "
                "and I should have,",
                "Lena Vogt-Hansen",
                False,
                "P4",
            ),
            ("Respect for owning it,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Johanna Eberhardt-Kaya", "Süddeutsche Zeitung"),
            ("P2", None, "press release"),
            ("P3", "Lena Vogt-Hansen", "TikTok"),
            ("P4", "Lena Vogt-Hansen", "TikTok"),
        ],
        "people": ["Johanna Eberhardt-Kaya", "Lena Vogt-Hansen"],
    },
    {
        "name": "rocket-scrub-x-reply-substack-essay",
        "text": (
            "Orbitra Launch scrubbed the first flight of its Kestrel rocket for the third time on "
            "Saturday, 41 seconds before liftoff, after a sensor reported low pressure in a helium "
            "tank.\n\n"
            "“Vehicle is healthy. Sensor is probably lying. We will find out,” the company’s "
            "founder, Nikhil Varadarajan, posted on X minutes later.\n\n"
            "At the launch site on the Kenai Peninsula, the company’s chief engineer, Ayşe "
            "Demirtaş, told reporters that the team would not rush. “Three scrubs is annoying. One "
            "explosion is the end of the company,” the 38-year-old said.\n\n"
            "A former Orbitra propulsion engineer, Cole Whitfield, published an essay on Substack "
            "last month arguing that the company had “skipped the boring tests to hit investor "
            "dates.” Orbitra called the essay “inaccurate and unfair” in a statement at the "
            "time.\n\n"
            "Varadarajan did not address the essay on Saturday. In a reply under his own post, he "
            "wrote: “Next window Tuesday.”"
        ),
        "quotes": [
            (
                "Vehicle is healthy. Sensor is probably lying. We will find out,",
                "Nikhil Varadarajan",
                False,
                "P1",
            ),
            (
                "Three scrubs is annoying. One explosion is the end of the company,",
                "Ayşe Demirtaş",
                False,
                None,
            ),
            ("skipped the boring tests to hit investor dates.", "Cole Whitfield", True, "P2"),
            ("inaccurate and unfair", None, True, "P3"),
            ("Next window Tuesday.", "Nikhil Varadarajan", False, "P1"),
        ],
        "posts": [
            ("P1", "Nikhil Varadarajan", "X"),
            ("P2", "Cole Whitfield", "Substack"),
            ("P3", None, None),
        ],
        "people": ["Nikhil Varadarajan", "Ayşe Demirtaş", "Cole Whitfield"],
    },
    {
        "name": "singer-surgery-management-instagram-sign-podcast",
        "text": (
            "The singer Marisa Quintanilla-Oduya has canceled the remaining 22 dates of her North "
            "American tour to have surgery on her vocal cords, her management company said on "
            "Instagram on Monday.\n\n"
            "“Marisa has been singing through pain for months. Her doctors have told her to stop, "
            "and for once she is listening,” the post said. Within an hour, it had more than "
            "90,000 likes. “Take all the time you need,” one fan commented.\n\n"
            "Quintanilla-Oduya, 29, posted a short video of her own later that day. She does not "
            "speak in it; she holds up a handwritten sign that reads “See you soon. Promise.”\n\n"
            "Live Arc, the tour’s promoter, said in a news release that refunds would be issued "
            "automatically within 30 days.\n\n"
            "Dr. Tobias Renner-Kwan, a laryngologist who has not treated the singer, said on the "
            "podcast “Voice Matters” that recovery from such surgery usually takes “three months "
            "of near-total silence, which is harder than it sounds.”"
        ),
        "quotes": [
            (
                "Marisa has been singing through pain for months. Her doctors have told her to "
                "stop, and for once she is listening,",
                None,
                False,
                "P1",
            ),
            ("Take all the time you need,", None, False, "P1"),
            ("See you soon. Promise.", "Marisa Quintanilla-Oduya", False, "P2"),
            (
                "three months of near-total silence, which is harder than it sounds.",
                "Tobias Renner-Kwan",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Marisa Quintanilla-Oduya", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Tobias Renner-Kwan", "Voice Matters"),
        ],
        "people": ["Marisa Quintanilla-Oduya", "Tobias Renner-Kwan"],
    },
    {
        "name": "scooter-exit-linkedin-op-ed-bluesky-rider",
        "text": (
            "Scootly, the e-scooter company, ended its three-year contract with Harbor City on "
            "Friday, a decision its chief executive, Chiara Benedetti-Mwangi, announced in a "
            "LinkedIn post.\n\n"
            "“Harbor City taught us a lot about what riders want. It also taught us that we "
            "cannot make the numbers work there,” she wrote.\n\n"
            "The decision came two weeks after Council member Rashid Al-Amin called the scooters "
            "“sidewalk litter” in an op-ed in The Harbor City Ledger and proposed a fee of $1 a "
            "ride.\n\n"
            "Al-Amin celebrated on Bluesky. “Good riddance. The sidewalks belong to people,” he "
            "posted on Friday afternoon.\n\n"
            "Not everyone agreed. “I sold my car because of those scooters,” Noor Sabbagh, a "
            "34-year-old nurse, said as she returned one of the last ones near the ferry terminal "
            "on Friday. “Now what?”\n\n"
            "The city’s transportation department said in a statement that it would seek a new "
            "operator “as soon as practical.”"
        ),
        "quotes": [
            (
                "Harbor City taught us a lot about what riders want. It also taught us that we "
                "cannot make the numbers work there,",
                "Chiara Benedetti-Mwangi",
                False,
                "P1",
            ),
            ("sidewalk litter", "Rashid Al-Amin", True, "P2"),
            ("Good riddance. The sidewalks belong to people,", "Rashid Al-Amin", False, "P3"),
            ("I sold my car because of those scooters,", "Noor Sabbagh", False, None),
            ("Now what?", "Noor Sabbagh", False, None),
            ("as soon as practical.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Chiara Benedetti-Mwangi", "LinkedIn"),
            ("P2", "Rashid Al-Amin", "The Harbor City Ledger"),
            ("P3", "Rashid Al-Amin", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Chiara Benedetti-Mwangi", "Rashid Al-Amin", "Noor Sabbagh"],
    },
]
