"""The thirty-fourth self-made dev set, held out (AN): its first run is an unseen estimate.

Written with set AO, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is an interview with it; a statement, memo, letter, email,
court filing, lawsuit, judge's opinion or essay with no named outlet is a post
with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post
with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it (the commenter is the speaker), a
post "of his own" is a new one; a later fragment is linked to a post only when
the text ties it to that post; organisations and unnamed people speak as None,
and a company's release, statement or lawsuit has author None even when it
quotes a named executive, whose quotes link to it; titles, nicknames and scare
quotes in marks are not quotes; speakers and authors are the fullest form of the
name used in the text; partial is True for a fragment quoted inside narration.

Decisions the conventions did not cover:
- a podcast episode with a named show is a post with the show as platform (the
  show's title in quotation marks is a title, not a quote);
- a video "on TikTok" or "a YouTube video" is a post on that platform;
- "said in an interview" with no outlet named is the reporter's own interview
  and not a post;
- an email obtained by a newspaper is a post with no platform, authored by the
  person who wrote it; the newspaper that obtained it is not its platform;
- a bishop's pastoral letter read at Masses is a letter (a post with no
  platform, author the bishop); a homily is a speech, not a post;
- a statement by a family, a letter signed by unnamed doctors and a post on an
  organisation's Facebook page have author None; a Reddit post by an unnamed
  traveller is a post with author None and platform Reddit;
- a statement or release that the text reports but does not quote is still
  listed as a post;
- a sentence split by its attribution ("...,” she said, “and ...”) gives two
  quotes, both with partial False;
- a fragment from an anonymous official has speaker None and partial True;
- a quote in the sentence right after "told WSMV" or "said on the podcast"
  ("she said", "Raman said") is tied to that interview; a quote introduced by
  "In the same video" or "In the essay" is tied to that post;
- titles (Bishop, the Rev., Gov., Sen., Capt., Imam) are not part of the
  canonical name; a church named after a saint or a place adds no person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AN: list[dict] = [
    {
        "name": "ceasefire-talks-minister-and-envoy",
        "text": (
            "Diplomats meeting in Geneva failed on Friday to agree on a ceasefire along the "
            "disputed border between the two countries, after talks that ran late into Thursday "
            "night.\n\n"
            "“We are closer than we were a week ago, but closer is not enough,” Norway’s foreign "
            "minister, Ingrid Solberg, told reporters as she left the talks. “People are still "
            "dying while we argue about commas.”\n\n"
            "The United Nations envoy, Tomasz Wierzbicki, said in a statement that the talks "
            "would resume on Monday. “Both delegations have agreed to keep their teams in "
            "Geneva,” the statement said."
        ),
        "quotes": [
            (
                "We are closer than we were a week ago, but closer is not enough,",
                "Ingrid Solberg",
                False,
                None,
            ),
            ("People are still dying while we argue about commas.", "Ingrid Solberg", False, None),
            (
                "Both delegations have agreed to keep their teams in Geneva,",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Tomasz Wierzbicki", None)],
        "people": ["Ingrid Solberg", "Tomasz Wierzbicki"],
    },
    {
        "name": "glacier-loss-briefing-and-substack-essay",
        "text": (
            "Switzerland’s glaciers lost 4 percent of their remaining ice this year, the "
            "second-largest annual loss on record, according to a report released Tuesday by the "
            "Swiss Academy of Sciences.\n\n"
            "Glaciologist Annelise Brunner, who led the measurement network, called the figures "
            "“a funeral notice written in meltwater.” “We used to talk about the glaciers of "
            "2100,” Brunner said at a briefing in Bern. “Now we talk about the glaciers of 2050, "
            "and there may not be many left.”\n\n"
            "In an essay on Substack last month, Brunner’s former colleague Peter Aebischer "
            "argued that the country should stop treating the losses as news. “A record every "
            "summer is not a record any more,” he wrote. “It is the climate.”"
        ),
        "quotes": [
            ("a funeral notice written in meltwater.", "Annelise Brunner", True, None),
            ("We used to talk about the glaciers of 2100,", "Annelise Brunner", False, None),
            (
                "Now we talk about the glaciers of 2050, and there may not be many left.",
                "Annelise Brunner",
                False,
                None,
            ),
            ("A record every summer is not a record any more,", "Peter Aebischer", False, "P1"),
            ("It is the climate.", "Peter Aebischer", False, "P1"),
        ],
        "posts": [("P1", "Peter Aebischer", "Substack")],
        "people": ["Annelise Brunner", "Peter Aebischer"],
    },
    {
        "name": "rail-strike-union-x-and-authority-release",
        "text": (
            "Commuter trains across the region stopped running at 4 a.m. Monday after talks "
            "between the transit authority and the train drivers’ union collapsed overnight.\n\n"
            "“We did not want this strike, but management left us no choice,” union president "
            "Darnell Okafor wrote on X shortly after midnight.\n\n"
            "The Metro Regional Transit Authority said in a press release that it had offered a "
            "14 percent raise over four years. “The union walked away from a fair deal,” the "
            "authority’s chief executive, Susan Whitfield, said in the release.\n\n"
            "At Union Station, a nurse waiting for a shuttle bus said she had been traveling for "
            "two hours. “I just want to get to my patients,” she said."
        ),
        "quotes": [
            (
                "We did not want this strike, but management left us no choice,",
                "Darnell Okafor",
                False,
                "P1",
            ),
            ("The union walked away from a fair deal,", "Susan Whitfield", False, "P2"),
            ("I just want to get to my patients,", None, False, None),
        ],
        "posts": [("P1", "Darnell Okafor", "X"), ("P2", None, "press release")],
        "people": ["Darnell Okafor", "Susan Whitfield"],
    },
    {
        "name": "rural-maternity-ward-hearing-and-doctors-letter",
        "text": (
            "The only hospital in Clearwater County will stop delivering babies on Oct. 1, "
            "leaving expectant mothers a 70-mile drive to the nearest labor ward.\n\n"
            "At a state legislative hearing on Wednesday, the hospital’s chief executive, Raymond "
            "Tull, said the unit had lost $3.2 million last year. “We cannot staff a maternity "
            "ward with two nurses and a prayer,” Tull told lawmakers.\n\n"
            "State Sen. Patricia Gomez, a Democrat who represents the county, called the decision "
            "“a betrayal of every family out here.”\n\n"
            "Forty-one doctors signed a letter to the hospital’s board last week urging it to "
            "reconsider. “Closing the unit will cost lives, and the board knows it,” the letter "
            "said."
        ),
        "quotes": [
            (
                "We cannot staff a maternity ward with two nurses and a prayer,",
                "Raymond Tull",
                False,
                None,
            ),
            ("a betrayal of every family out here.", "Patricia Gomez", True, None),
            ("Closing the unit will cost lives, and the board knows it,", None, False, "P1"),
        ],
        "posts": [("P1", None, None)],
        "people": ["Raymond Tull", "Patricia Gomez"],
    },
    {
        "name": "tenant-tiktok-landlord-defamation-suit",
        "text": (
            "A Brooklyn tenant whose TikTok videos about her building’s broken heat drew more "
            "than 3 million views has been sued by her landlord for defamation.\n\n"
            "“I posted what I saw: icicles in my kitchen,” Keisha Monroe, 29, said in a video on "
            "TikTok last month. The landlord, Halsey Street Holdings, said in its lawsuit that "
            "the videos were “false and malicious.”\n\n"
            "Monroe’s lawyer, Adam Greenbaum, said the suit was meant to frighten other tenants. "
            "“This is a textbook attempt to silence someone,” he said in an interview. “It will "
            "fail.”"
        ),
        "quotes": [
            ("I posted what I saw: icicles in my kitchen,", "Keisha Monroe", False, "P1"),
            ("false and malicious.", None, True, "P2"),
            ("This is a textbook attempt to silence someone,", "Adam Greenbaum", False, None),
            ("It will fail.", "Adam Greenbaum", False, None),
        ],
        "posts": [("P1", "Keisha Monroe", "TikTok"), ("P2", None, None)],
        "people": ["Keisha Monroe", "Adam Greenbaum"],
    },
    {
        "name": "bishop-pastoral-letter-parish-mergers",
        "text": (
            "The Roman Catholic Diocese of Northport will close or merge 23 of its 98 parishes "
            "over the next three years, Bishop Thomas Kerrigan announced in a pastoral letter "
            "read at Masses on Sunday.\n\n"
            "“I know that for many of you this news is painful,” Kerrigan wrote. “These are the "
            "churches where you were baptized and married, and where you buried your parents.”\n\n"
            "At Holy Rosary on the city’s east side, which will merge with a parish two miles "
            "away, the Rev. Michael Dombrowski told his congregation during his homily that the "
            "building was not the church. “We are the church,” he said. “We will still be the "
            "church in September.”\n\n"
            "Parishioner Dorothy Sikora, 83, was less sure. “My grandfather laid these bricks,” "
            "she said after Mass."
        ),
        "quotes": [
            ("I know that for many of you this news is painful,", "Thomas Kerrigan", False, "P1"),
            (
                "These are the churches where you were baptized and married, and where you buried your parents.",
                "Thomas Kerrigan",
                False,
                "P1",
            ),
            ("We are the church,", "Michael Dombrowski", False, None),
            ("We will still be the church in September.", "Michael Dombrowski", False, None),
            ("My grandfather laid these bricks,", "Dorothy Sikora", False, None),
        ],
        "posts": [("P1", "Thomas Kerrigan", None)],
        "people": ["Thomas Kerrigan", "Michael Dombrowski", "Dorothy Sikora"],
    },
    {
        "name": "obituary-jazz-pianist-family-statement-npr",
        "text": (
            "Lorraine Battiste, the New Orleans pianist whose 1962 recording of “Blue Levee” "
            "became a standard, died Saturday at her home. She was 91.\n\n"
            "Her death was announced by her family in a statement. “She played until the last "
            "week of her life, and she made us promise to keep the piano tuned,” the statement "
            "said.\n\n"
            "In a 2009 interview with NPR, Battiste said she had never practiced scales. “I "
            "practiced songs. Scales never made anybody cry,” she said.\n\n"
            "“There was nobody like her, and there will not be again,” said trumpeter Calvin "
            "Rousseau, who toured with her in the 1970s. She is survived by two sons and five "
            "grandchildren."
        ),
        "quotes": [
            (
                "She played until the last week of her life, and she made us promise to keep the piano tuned,",
                None,
                False,
                "P1",
            ),
            ("I practiced songs. Scales never made anybody cry,", "Lorraine Battiste", False, "P2"),
            (
                "There was nobody like her, and there will not be again,",
                "Calvin Rousseau",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Lorraine Battiste", "NPR")],
        "people": ["Lorraine Battiste", "Calvin Rousseau"],
    },
    {
        "name": "eu-asylum-deal-prime-minister-x-and-news-conference",
        "text": (
            "European Union leaders agreed early Friday on a new system for sharing the cost of "
            "hosting asylum seekers, ending a summit in Brussels that ran more than 20 hours.\n\n"
            "Greek Prime Minister Nikos Andreadis hailed the deal on X as “a fair day for the "
            "front line.” Hours later, at a news conference, he was more cautious. “Agreements on "
            "paper are easy,” Andreadis said. “Let us see who pays in March.”\n\n"
            "Hungary’s foreign minister, Gabor Fekete, wrote on Facebook that his country would "
            "not take part. “Not one migrant will be relocated to Hungary,” he wrote."
        ),
        "quotes": [
            ("a fair day for the front line.", "Nikos Andreadis", True, "P1"),
            ("Agreements on paper are easy,", "Nikos Andreadis", False, None),
            ("Let us see who pays in March.", "Nikos Andreadis", False, None),
            ("Not one migrant will be relocated to Hungary,", "Gabor Fekete", False, "P2"),
        ],
        "posts": [("P1", "Nikos Andreadis", "X"), ("P2", "Gabor Fekete", "Facebook")],
        "people": ["Nikos Andreadis", "Gabor Fekete"],
    },
    {
        "name": "pipeline-spill-company-statement-coast-guard",
        "text": (
            "Coast Guard crews on Tuesday were trying to contain a spill of roughly 40,000 "
            "gallons of crude oil from a ruptured pipeline off the coast of Santa Barbara County.\n\n"
            "Pacifica Midstream, which operates the pipeline, said in a statement that it had "
            "shut down the line within minutes of detecting a pressure drop. “We are deeply sorry "
            "for the harm to the coastline and the communities that depend on it,” the company’s "
            "chief executive, Gregory Ames, said in the statement.\n\n"
            "Capt. Laura Benitez of the Coast Guard told reporters that the slick stretched about "
            "nine miles. “The next 48 hours are critical,” she said.\n\n"
            "Fisherman Rudy Castañeda, 57, stood on the harbor dock watching the booms go out. "
            "“That’s my whole season out there,” he said. “Gone.”"
        ),
        "quotes": [
            (
                "We are deeply sorry for the harm to the coastline and the communities that depend on it,",
                "Gregory Ames",
                False,
                "P1",
            ),
            ("The next 48 hours are critical,", "Laura Benitez", False, None),
            ("That’s my whole season out there,", "Rudy Castañeda", False, None),
            ("Gone.", "Rudy Castañeda", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Gregory Ames", "Laura Benitez", "Rudy Castañeda"],
    },
    {
        "name": "bridge-closure-mayor-instagram-comments-tv",
        "text": (
            "The Harlan Street Bridge, which carries about 30,000 vehicles a day over the "
            "Cumberland River, will close for at least 18 months starting in January, state "
            "transportation officials said Thursday.\n\n"
            "Mayor Denise Whitlock posted a photograph of the bridge on Instagram with a message "
            "to residents. “I know this will be hard. We will get through it together, one detour "
            "at a time,” she wrote.\n\n"
            "Not everyone was reassured. “Together in traffic,” one commenter replied. Another, "
            "restaurant owner Samir Haddad, wrote under the post: “Please think about the small "
            "businesses on the east bank.”\n\n"
            "Whitlock later told WSMV that the city would add bus service during the closure. “We "
            "have money set aside for this,” she said."
        ),
        "quotes": [
            (
                "I know this will be hard. We will get through it together, one detour at a time,",
                "Denise Whitlock",
                False,
                "P1",
            ),
            ("Together in traffic,", None, False, "P1"),
            (
                "Please think about the small businesses on the east bank.",
                "Samir Haddad",
                False,
                "P1",
            ),
            ("We have money set aside for this,", "Denise Whitlock", False, "P2"),
        ],
        "posts": [("P1", "Denise Whitlock", "Instagram"), ("P2", "Denise Whitlock", "WSMV")],
        "people": ["Denise Whitlock", "Samir Haddad"],
    },
    {
        "name": "insulin-price-cap-release-call-and-senator",
        "text": (
            "Halvorsen Pharma said Thursday that it would cap the monthly price of its insulin at "
            "$35 for all U.S. patients, including those without insurance, starting in July.\n\n"
            "The company announced the change in its quarterly earnings release. “No one should "
            "have to ration insulin,” chief executive Karin Lund said in the release.\n\n"
            "On a call with analysts later that morning, Lund said the cap would reduce revenue "
            "by about $400 million a year. “It is a cost we are prepared to bear,” she said.\n\n"
            "Sen. Marcus Bell, a Vermont independent who has pushed for price limits, wrote on X "
            "that the move was “long overdue” and urged other manufacturers to follow. “Your "
            "turn,” the senator wrote, tagging two competitors."
        ),
        "quotes": [
            ("No one should have to ration insulin,", "Karin Lund", False, "P1"),
            ("It is a cost we are prepared to bear,", "Karin Lund", False, None),
            ("long overdue", "Marcus Bell", True, "P2"),
            ("Your turn,", "Marcus Bell", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Marcus Bell", "X")],
        "people": ["Karin Lund", "Marcus Bell"],
    },
    {
        "name": "zoning-town-hall-and-trustee-medium-essay",
        "text": (
            "More than 400 residents packed a high school auditorium in Arlington Heights on "
            "Tuesday night for a town hall on a proposal to allow duplexes and small apartment "
            "buildings, what planners call “missing middle” housing, on lots now zoned for "
            "single-family homes.\n\n"
            "“My daughter is a teacher in this district and she cannot afford to live in it,” "
            "said Janet Rourke, a retired firefighter. “That is not the town I moved to.\n\n"
            "“If that takes a duplex next door to me, fine.”\n\n"
            "Others were opposed. Village trustee Howard Kline, who wrote an essay on Medium last "
            "week arguing against the plan, said the village’s sewers could not handle more "
            "people. In the essay, he called the proposal “density for density’s sake.”"
        ),
        "quotes": [
            (
                "My daughter is a teacher in this district and she cannot afford to live in it,",
                "Janet Rourke",
                False,
                None,
            ),
            ("That is not the town I moved to.", "Janet Rourke", False, None),
            ("If that takes a duplex next door to me, fine.", "Janet Rourke", False, None),
            ("density for density’s sake.", "Howard Kline", True, "P1"),
        ],
        "posts": [("P1", "Howard Kline", "Medium")],
        "people": ["Janet Rourke", "Howard Kline"],
    },
    {
        "name": "earthquake-rescue-bbc-and-survivor",
        "text": (
            "Rescue teams in eastern Turkey pulled a 7-year-old girl alive from the rubble of an "
            "apartment building on Sunday, four days after an earthquake of magnitude 7.1 struck "
            "the region.\n\n"
            "“Every hour now, the chances get smaller, but we have not stopped,” said Emre "
            "Yildiz, who leads a search team from the city of Izmir.\n\n"
            "The Turkish Red Crescent said in a statement that it had distributed 60,000 tents. "
            "The head of the United Nations humanitarian office, Claire Dubois, told the BBC that "
            "aid was still not reaching mountain villages. “Some of these communities have seen "
            "no one yet, no one at all,” she said.\n\n"
            "Fatma Kaya, 64, whose house collapsed, spoke through a translator outside a tent "
            "camp. “We have blankets,” she said. “We do not have our home.”"
        ),
        "quotes": [
            (
                "Every hour now, the chances get smaller, but we have not stopped,",
                "Emre Yildiz",
                False,
                None,
            ),
            (
                "Some of these communities have seen no one yet, no one at all,",
                "Claire Dubois",
                False,
                "P2",
            ),
            ("We have blankets,", "Fatma Kaya", False, None),
            ("We do not have our home.", "Fatma Kaya", False, None),
        ],
        "posts": [("P1", None, None), ("P2", "Claire Dubois", "BBC")],
        "people": ["Emre Yildiz", "Claire Dubois", "Fatma Kaya"],
    },
    {
        "name": "airline-meltdown-ceo-linkedin-reddit-briefing",
        "text": (
            "Skyward Airlines canceled more than 1,100 flights over the weekend after a failure "
            "in its crew scheduling software, stranding tens of thousands of travelers during the "
            "holiday rush.\n\n"
            "The airline’s chief executive, Patrick Moynihan, apologized in a post on LinkedIn on "
            "Sunday. “We let our customers down, and we let our crews down. That is on me,” the "
            "56-year-old executive wrote.\n\n"
            "Passengers were unimpressed. On Reddit, a traveler who said she had spent two nights "
            "in the Denver airport wrote that the apology was “two days and one hotel voucher too "
            "late.”\n\n"
            "Transportation Secretary Alan Brooks said at a briefing on Monday that his "
            "department would investigate. “Airlines are responsible for their systems,” Brooks "
            "said. “If they cannot run them, they will answer for it.”"
        ),
        "quotes": [
            (
                "We let our customers down, and we let our crews down. That is on me,",
                "Patrick Moynihan",
                False,
                "P1",
            ),
            ("two days and one hotel voucher too late.", None, True, "P2"),
            ("Airlines are responsible for their systems,", "Alan Brooks", False, None),
            ("If they cannot run them, they will answer for it.", "Alan Brooks", False, None),
        ],
        "posts": [("P1", "Patrick Moynihan", "LinkedIn"), ("P2", None, "Reddit")],
        "people": ["Patrick Moynihan", "Alan Brooks"],
    },
    {
        "name": "judge-blocks-copper-mine-permit-opinion",
        "text": (
            "A federal judge in Alaska on Wednesday blocked a permit for a copper mine near the "
            "headwaters of one of the state’s largest salmon rivers, ruling that regulators had "
            "ignored the risk to fish.\n\n"
            "In a 62-page opinion, U.S. District Judge Sharon Alvarado wrote that the Army Corps "
            "of Engineers had “looked away from the evidence it was given.” She added: “The law "
            "does not permit an agency to approve a project by declining to study its "
            "consequences.”\n\n"
            "“This is a huge day for the people of Bristol Bay,” said Evelyn Nanalook, president "
            "of a tribal council in the region.\n\n"
            "Northern Copper Partners said in a statement that it would appeal. “We remain "
            "confident the project can be built safely,” the statement said."
        ),
        "quotes": [
            ("looked away from the evidence it was given.", "Sharon Alvarado", True, "P1"),
            (
                "The law does not permit an agency to approve a project by declining to study its consequences.",
                "Sharon Alvarado",
                False,
                "P1",
            ),
            ("This is a huge day for the people of Bristol Bay,", "Evelyn Nanalook", False, None),
            ("We remain confident the project can be built safely,", None, False, "P2"),
        ],
        "posts": [("P1", "Sharon Alvarado", None), ("P2", None, None)],
        "people": ["Sharon Alvarado", "Evelyn Nanalook"],
    },
    {
        "name": "home-prices-economist-podcast-and-youtuber",
        "text": (
            "Home prices in Canada fell for a fifth straight month in October, the Canadian Real "
            "Estate Association said Wednesday, the longest slide since 2008.\n\n"
            "Economist Priya Raman, who has predicted for two years that prices would fall, said "
            "on the podcast “The Money Hour” that the decline had further to go. “We are maybe "
            "halfway there,” Raman said. “People who bought at the peak with variable rates are "
            "going to feel this next spring.”\n\n"
            "Not everyone agrees. Real estate agent Brandon Koh told his 800,000 subscribers in a "
            "YouTube video on Thursday that buyers were “wasting the best chance in a decade.” In "
            "the same video, he added: “Prices will not wait for you.”"
        ),
        "quotes": [
            ("We are maybe halfway there,", "Priya Raman", False, "P1"),
            (
                "People who bought at the peak with variable rates are going to feel this next spring.",
                "Priya Raman",
                False,
                "P1",
            ),
            ("wasting the best chance in a decade.", "Brandon Koh", True, "P2"),
            ("Prices will not wait for you.", "Brandon Koh", False, "P2"),
        ],
        "posts": [("P1", "Priya Raman", "The Money Hour"), ("P2", "Brandon Koh", "YouTube")],
        "people": ["Priya Raman", "Brandon Koh"],
    },
    {
        "name": "mosque-vandalism-facebook-post-pastor-comment",
        "text": (
            "Police in Dearborn Heights are investigating after vandals spray-painted slurs on "
            "the walls of a mosque early Saturday, the second such attack in the city this year.\n\n"
            "The Islamic Center of Dearborn Heights posted photographs of the damage on Facebook. "
            "“We will paint over this hate, and we will open our doors for Friday prayers as "
            "always,” the post said. Among hundreds of comments, the Rev. Karen Lindqvist of "
            "nearby Grace Lutheran Church wrote: “Our congregation will be there with brushes on "
            "Sunday.”\n\n"
            "Imam Yusuf Barakat, 45, said his community was shaken but not afraid. “This is our "
            "home,” he told reporters outside the mosque. “Nobody paints us out of it.”\n\n"
            "Police Chief Robert Diaz said at a news conference that investigators were reviewing "
            "security footage."
        ),
        "quotes": [
            (
                "We will paint over this hate, and we will open our doors for Friday prayers as always,",
                None,
                False,
                "P1",
            ),
            (
                "Our congregation will be there with brushes on Sunday.",
                "Karen Lindqvist",
                False,
                "P1",
            ),
            ("This is our home,", "Yusuf Barakat", False, None),
            ("Nobody paints us out of it.", "Yusuf Barakat", False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Karen Lindqvist", "Yusuf Barakat", "Robert Diaz"],
    },
    {
        "name": "obituary-former-governor-tributes",
        "text": (
            "Walter Hayes, who served two terms as governor of Rhode Island and later spent a "
            "decade running a homeless shelter in Providence, died Monday. He was 88.\n\n"
            "Gov. Lucia Ferreira ordered flags lowered to half-staff. “Walt never asked whether a "
            "problem was his job,” she wrote on X. Speaking to reporters at the State House "
            "later, Ferreira said Hayes had called her the night she was elected. “He told me to "
            "keep a list of the people I could not help,” she said, “and to read it every "
            "morning.”\n\n"
            "Hayes, known in the State House as “the Bulldog,” was famous for his blunt style. "
            "Asked in 1994 by The Providence Journal why he was leaving politics, he said: “I ran "
            "out of patience before I ran out of term.”\n\n"
            "He is survived by his wife of 61 years, three children and nine grandchildren."
        ),
        "quotes": [
            ("Walt never asked whether a problem was his job,", "Lucia Ferreira", False, "P1"),
            (
                "He told me to keep a list of the people I could not help,",
                "Lucia Ferreira",
                False,
                None,
            ),
            ("and to read it every morning.", "Lucia Ferreira", False, None),
            ("I ran out of patience before I ran out of term.", "Walter Hayes", False, "P2"),
        ],
        "posts": [("P1", "Lucia Ferreira", "X"), ("P2", "Walter Hayes", "The Providence Journal")],
        "people": ["Walter Hayes", "Lucia Ferreira"],
    },
    {
        "name": "climate-summit-speech-activist-bluesky",
        "text": (
            "Negotiators at the United Nations climate summit in Belém entered the final day on "
            "Friday still divided over how quickly countries should move away from coal, oil and "
            "gas.\n\n"
            "In a speech to the plenary, Tuvalu’s climate minister, Seluka Tafua, urged wealthy "
            "nations to stop “negotiating with the ocean.”\n\n"
            "“The ocean does not negotiate,” Tafua said. “It rises.”\n\n"
            "Outside the venue, the Ugandan activist Grace Nakato, 24, led a march of several "
            "thousand young people. She later wrote on Bluesky: “They have 12 hours left to stop "
            "embarrassing themselves.”\n\n"
            "A European Union negotiator, speaking on condition of anonymity, said a deal was "
            "“still possible but not likely tonight.”"
        ),
        "quotes": [
            ("negotiating with the ocean.", "Seluka Tafua", True, None),
            ("The ocean does not negotiate,", "Seluka Tafua", False, None),
            ("It rises.", "Seluka Tafua", False, None),
            (
                "They have 12 hours left to stop embarrassing themselves.",
                "Grace Nakato",
                False,
                "P1",
            ),
            ("still possible but not likely tonight.", None, True, None),
        ],
        "posts": [("P1", "Grace Nakato", "Bluesky")],
        "people": ["Seluka Tafua", "Grace Nakato"],
    },
    {
        "name": "high-speed-rail-cost-email-threads-straight-quotes",
        "text": (
            "The projected cost of the state's high-speed rail line has risen to $128 billion, "
            "nearly twice the estimate voters were given in 2008, according to an internal email "
            "obtained by The Sacramento Bee.\n\n"
            '"We need to be honest with the Legislature about these numbers before someone else '
            "is,\" the authority's chief engineer, Dmitri Volkov, wrote in the email, which was "
            "sent to board members on Aug. 3.\n\n"
            "Assemblyman Tony Reyes, a Republican from Fresno, posted a screenshot of the story "
            'on Threads. "Fifteen years, billions spent, and not one passenger," he wrote.\n\n'
            'The authority\'s spokeswoman, Ana Li, said the figure was a "worst-case scenario" and '
            "not an official estimate."
        ),
        "quotes": [
            (
                "We need to be honest with the Legislature about these numbers before someone else is,",
                "Dmitri Volkov",
                False,
                "P1",
            ),
            ("Fifteen years, billions spent, and not one passenger,", "Tony Reyes", False, "P2"),
            ("worst-case scenario", "Ana Li", True, None),
        ],
        "posts": [("P1", "Dmitri Volkov", None), ("P2", "Tony Reyes", "Threads")],
        "people": ["Dmitri Volkov", "Tony Reyes", "Ana Li"],
    },
]
