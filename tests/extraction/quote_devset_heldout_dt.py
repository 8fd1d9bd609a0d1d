"""The one-hundred-and-eighteenth self-made dev set, held out (DT): its first run is an unseen estimate.

Written with set DU, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post, not the
  order in which the posts were made (an interview "last month" reported after
  this week's statement comes after it).
- people lists every named person in the text in order of first mention, also
  those who never speak (a fired coach, an interim coach); companies, clubs,
  venues, streets and boats named after people (Hartley & Bloom, Kessler's
  Fresh Market, Franklin High School, Sullivan Park, the yacht Dylan's Dream)
  are not people. Walter Kessler is a person; the bare "Kessler's" is his
  company.
- Job titles written before a name (Mayor, Councillor, Police Chief, Judge,
  Dr., Assistant coach) are not part of the canonical name; a nickname in marks
  inside a name (Margaret "Peggy" Lindholm) is left out of it, and the nickname
  itself is not a quote.
- Platform names: a descriptor around the outlet's name is dropped ("Opera Now
  magazine" -> Opera Now, "the journal Injury Prevention" -> Injury Prevention,
  "the podcast Farm Gate Weekly" -> Farm Gate Weekly, "his weekly Substack
  newsletter" -> Substack); a lowercase "the" before a newspaper is dropped
  (the Tamsin Courier -> Tamsin Courier, the Halifax Ledger -> Halifax Ledger)
  and a capitalised "The" that is part of the name is kept (The Athletic, The
  Guardian, The Irish Times, The Japan Times). A show on a named broadcaster
  takes the show's name (SVT's program Sportspegeln -> Sportspegeln, Radio New
  Zealand's Morning Report -> Morning Report); a radio station named as such
  keeps its name (BBC Radio Wales, BBC Cymru Wales).
- A show title in quotation marks (the CBC radio program "As It Happens.") is
  the platform of the interview and not a quote; an opera title in marks
  ("Tosca") is not a quote.
- A letter to the editor in a named newspaper is the writer's post with that
  newspaper as platform, like an op-ed; an email to a named newspaper ("said in
  an email to the Halifax Ledger ... he wrote") is the sender's post with that
  newspaper as platform, like "told".
- An email from a conductor to his singers' parents is the conductor's post
  with no platform; the two-paragraph quote right after "he wrote:" belongs to
  it, one quote per paragraph.
- A memo "obtained by" a newspaper is the memo writer's post with no platform
  (the newspaper did not publish it as an interview). A city auditor's audit
  ("Mensah-Bonsu wrote in the audit's summary") is the auditor's post with no
  platform.
- A report by a public office or agency (the Office of the Child and Youth
  Advocate, the Environment Agency) and a study by a consumer group are posts
  with author None and no platform; "the report said" and "it concluded" speak
  as None. A journal study whose authors are not named is a post with author
  None and the journal as platform; "the study's authors wrote" speaks as None.
  The named lead author's radio interview is his own post.
- A statement "posted to its website" or "on its website" has no platform.
- A state's lawsuit has author None (the state is an organisation) even when
  the attorney general then announces it on X; the attorney general's X post is
  hers. Words a lawsuit attributes to an unnamed coach ("told a 16-year-old to
  'toughen up or go home'") are a partial quote with speaker None belonging to
  the lawsuit.
- A statement by a company or parish that is quoted after "said" or "it said"
  speaks as None; a comment under the parish's Facebook post belongs to that
  post with the commenter as speaker.
- Sharing a report on LinkedIn "with a short note:" and posting "with the
  comment:" followed by a whole sentence give a whole quote, not partial; a
  reply reported in narration ("replied under her post that the courts were
  ...") is partial and belongs to the post replied to.
- A video posted to TikTok whose speaker "says in it" a sentence is that
  speaker's TikTok post, and the sentence belongs to it; an unnamed commenter
  under a TikTok video speaks as None and belongs to it.
- A fragment "what she called" after the sentence about her interview, in a
  paragraph that does not mention the interview, is partial with no post.
- A quote split by its attribution ("A promenade is lovely," he said, "but
  you cannot ...") is two quotes, neither partial, both with the same speaker
  and post.
- A budget address to the council and a speech in the legislature are speeches,
  not posts; a question asked at a council meeting is not a post. An unnamed
  minister speaks as None.
- The so-called "ghost students" in narration is a scare quote and not a quote,
  even next to a partial quote from a press release.
- A nested single-quoted word inside a partial quote (the word 'fine.') is part
  of that quote's text.
- A family's statement and a navy's statement have author None; an open letter
  from a sailing club signed by its members has author None and is listed even
  without quoted words.
- The Instagram story of a team captain is the captain's Instagram post; a
  union's photo "captioned" with words gives a whole quote speaking as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DT: list[dict] = [
    {
        "name": "cycle-lane-x-post-traders-statement-news-conference",
        "text": (
            "A protected cycle lane on Harcourt Road will be finished by June, the city’s transport "
            "chief, Aoife Brennan, wrote on X on Wednesday, after months of complaints about the "
            "half-built route. “The concrete is poured, the signals are ordered, and nobody is "
            "pausing this again,” she posted.\n\n"
            "The Harcourt Road Traders’ Association was not persuaded. In a statement, the group "
            "said the works had cost its members “a third of their Christmas trade” and demanded "
            "compensation.\n\n"
            "Under Brennan’s post, a cyclist named Kwame Asante-Boateng, who commutes on the route, "
            "wrote: “I’ll believe it when I can ride it without a detour through the bus depot.”\n\n"
            "Mayor Lorenzo Ferraro backed his transport chief at a news conference on Thursday. “We "
            "made a promise to the people who cycle in this city, and we are keeping it,” he said. "
            "Asked about the traders, Ferraro said the council would meet them “as soon as next "
            "week.”\n\n"
            "The lane, which runs past Victoria Station and the Sullivan Park playground, is part of "
            "a 14-kilometre network the council approved in 2022."
        ),
        "quotes": [
            (
                "The concrete is poured, the signals are ordered, and nobody is pausing this again,",
                "Aoife Brennan",
                False,
                "P1",
            ),
            ("a third of their Christmas trade", None, True, "P2"),
            (
                "I’ll believe it when I can ride it without a detour through the bus depot.",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            (
                "We made a promise to the people who cycle in this city, and we are keeping it,",
                "Lorenzo Ferraro",
                False,
                None,
            ),
            ("as soon as next week.", "Lorenzo Ferraro", True, None),
        ],
        "posts": [
            ("P1", "Aoife Brennan", "X"),
            ("P2", None, None),
        ],
        "people": ["Aoife Brennan", "Kwame Asante-Boateng", "Lorenzo Ferraro"],
    },
    {
        "name": "bus-fare-release-union-facebook-radio-letter",
        "text": (
            "Bus fares in the Tamsin Valley region will rise by 40 cents in April, the Valley "
            "Transit Authority announced in a press release on Monday. “Fuel, wages and insurance "
            "have all risen faster than fares for five straight years,” the release quoted the "
            "authority’s chair, Deborah Okonkwo, as saying.\n\n"
            "The drivers’ union, ATU Local 1182, answered on Facebook within the hour. “Riders "
            "should not pay for a decade of bad planning,” the union wrote.\n\n"
            "Okonkwo defended the increase on Tuesday on the morning radio show Valley Talk. "
            "“Nobody on our board enjoys this,” she said. “But the alternative was cutting the 7 "
            "and the 12 routes, and those carry nurses to the night shift.”\n\n"
            "The increase drew a sharp letter in the Tamsin Courier from a retired teacher, Harold "
            "Fenwick, who rides the 12 to a dialysis clinic three times a week. “Forty cents is "
            "not much to a board member. It is a loaf of bread to me,” he wrote.\n\n"
            "The authority will hold a public hearing on the increase on March 3."
        ),
        "quotes": [
            (
                "Fuel, wages and insurance have all risen faster than fares for five straight "
                "years,",
                "Deborah Okonkwo",
                False,
                "P1",
            ),
            ("Riders should not pay for a decade of bad planning,", None, False, "P2"),
            ("Nobody on our board enjoys this,", "Deborah Okonkwo", False, "P3"),
            (
                "But the alternative was cutting the 7 and the 12 routes, and those carry nurses "
                "to the night shift.",
                "Deborah Okonkwo",
                False,
                "P3",
            ),
            (
                "Forty cents is not much to a board member. It is a loaf of bread to me,",
                "Harold Fenwick",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Deborah Okonkwo", "Valley Talk"),
            ("P4", "Harold Fenwick", "Tamsin Courier"),
        ],
        "people": ["Deborah Okonkwo", "Harold Fenwick"],
    },
    {
        "name": "painted-lanes-journal-study-radio-title-tiktok-comment",
        "text": (
            "Painted bike lanes do little to protect cyclists at intersections, according to a "
            "study published Thursday in the journal Injury Prevention. “Paint gives riders a "
            "confidence that the street has not earned,” the study’s authors wrote.\n\n"
            "The lead author, Park Min-jun, an engineer at the University of Halton, put it more "
            "bluntly on the CBC radio program “As It Happens.” “If a bus can roll over it, it is "
            "not infrastructure. It is decoration,” he said.\n\n"
            "The findings spread quickly after the cycling advocate Renata Kowalczyk summarized "
            "them in a TikTok video filmed at the corner of Laurier Avenue and Bank Street. One "
            "commenter under the video wrote: “This is my corner. I got doored there in May.”\n\n"
            "City officials were more cautious. “One study is one study,” a spokesperson for the "
            "public works department told reporters, adding that the city had already budgeted "
            "for concrete curbs on “the worst dozen corners.”\n\n"
            "Kowalczyk said she would keep filming until the curbs were built."
        ),
        "quotes": [
            ("Paint gives riders a confidence that the street has not earned,", None, False, "P1"),
            (
                "If a bus can roll over it, it is not infrastructure. It is decoration,",
                "Park Min-jun",
                False,
                "P2",
            ),
            ("This is my corner. I got doored there in May.", None, False, "P3"),
            ("One study is one study,", None, False, None),
            ("the worst dozen corners.", None, True, None),
        ],
        "posts": [
            ("P1", None, "Injury Prevention"),
            ("P2", "Park Min-jun", "As It Happens"),
            ("P3", "Renata Kowalczyk", "TikTok"),
        ],
        "people": ["Park Min-jun", "Renata Kowalczyk"],
    },
    {
        "name": "soprano-withdraws-instagram-company-statement-magazine-understudy",
        "text": (
            "The soprano Oluwaseun Adebayo-Hart withdrew on Friday from the Lyric Theatre’s new "
            "production of “Tosca,” two days before opening night, citing a vocal cord "
            "haemorrhage.\n\n"
            "“My doctors have told me to be silent for three weeks, and for once I am going to "
            "listen,” she wrote on Instagram, beside a photograph of a throat spray and a pot of "
            "tea.\n\n"
            "The company said in a statement that her understudy, Ines Carvalho, a 29-year-old "
            "from Porto, would sing the role. “Ines has covered this part with distinction all "
            "season,” the statement said.\n\n"
            "The director, Maximilian Roth, had told Opera Now magazine last month that the "
            "production was built around Adebayo-Hart’s voice. “She does things in the second act "
            "that I have never heard anyone attempt,” he said then.\n\n"
            "Carvalho posted a short video from the rehearsal room on TikTok on Saturday. "
            "“Terrified. Grateful. Warming up,” she wrote.\n\n"
            "Tickets will not be refunded, the company said, though patrons may exchange them for "
            "a later performance."
        ),
        "quotes": [
            (
                "My doctors have told me to be silent for three weeks, and for once I am going "
                "to listen,",
                "Oluwaseun Adebayo-Hart",
                False,
                "P1",
            ),
            ("Ines has covered this part with distinction all season,", None, False, "P2"),
            (
                "She does things in the second act that I have never heard anyone attempt,",
                "Maximilian Roth",
                False,
                "P3",
            ),
            ("Terrified. Grateful. Warming up,", "Ines Carvalho", False, "P4"),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Hart", "Instagram"),
            ("P2", None, None),
            ("P3", "Maximilian Roth", "Opera Now"),
            ("P4", "Ines Carvalho", "TikTok"),
        ],
        "people": ["Oluwaseun Adebayo-Hart", "Ines Carvalho", "Maximilian Roth"],
    },
    {
        "name": "choir-loses-hall-parish-facebook-comment-op-ed-two-paragraphs",
        "text": (
            "For 38 years, the Eastfield Community Choir has rehearsed on Tuesday nights in the hall "
            "of St. Bartholomew’s Church. That ends in September, when the parish sells the "
            "building to a developer.\n\n"
            "The parish announced the sale in a Facebook post last week. “This was the hardest "
            "decision our council has made in a generation,” it said. Beneath it, a longtime alto, "
            "Margaret “Peggy” Lindholm, commented: “We sang at your funerals and your weddings. "
            "Where do we go now?”\n\n"
            "The choir’s director, Tendai Moyo, made the case for the choir in an op-ed for the "
            "Eastfield Gazette on Sunday.\n\n"
            "“A choir is not a hobby club. For many of our singers, it is the only room in the "
            "week where they are needed.\n\n"
            "“Give us a school gym. Give us a fire station. We will bring our own chairs,” he "
            "wrote.\n\n"
            "At a council meeting on Monday, Councillor Priya Raman said the city was looking at "
            "two empty libraries. “Nothing is settled, but I would like them singing by October,” "
            "she said."
        ),
        "quotes": [
            (
                "This was the hardest decision our council has made in a generation,",
                None,
                False,
                "P1",
            ),
            (
                "We sang at your funerals and your weddings. Where do we go now?",
                "Margaret Lindholm",
                False,
                "P1",
            ),
            (
                "A choir is not a hobby club. For many of our singers, it is the only room in the "
                "week where they are needed.",
                "Tendai Moyo",
                False,
                "P2",
            ),
            (
                "Give us a school gym. Give us a fire station. We will bring our own chairs,",
                "Tendai Moyo",
                False,
                "P2",
            ),
            (
                "Nothing is settled, but I would like them singing by October,",
                "Priya Raman",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Tendai Moyo", "Eastfield Gazette"),
        ],
        "people": ["Margaret Lindholm", "Tendai Moyo", "Priya Raman"],
    },
    {
        "name": "family-court-ruling-agency-statement-radio-mother-told-reporters",
        "text": (
            "A family court judge has ordered the state’s child protection agency to pay the legal "
            "costs of a mother whose two children were removed from her home on the strength of a "
            "misread drug test.\n\n"
            "In a 22-page ruling released on Wednesday, Judge Harriet Mbeki-Lawson wrote that "
            "caseworkers had “treated a laboratory error as a confession” and had ignored the three "
            "clean tests that followed. “The agency did not investigate this family. It prosecuted "
            "it,” the judge wrote.\n\n"
            "The Department of Children and Families said in a statement that it was “reviewing "
            "the decision carefully” and that the caseworkers involved had been retrained.\n\n"
            "The mother’s lawyer, Yusuf Demir, told the public radio show Court Watch on Thursday "
            "that the children, now 6 and 9, had spent 14 months in foster care. “You cannot give a "
            "child back fourteen months,” he said.\n\n"
            "Outside the courthouse, the mother, who asked not to be named to protect her "
            "children, told reporters only that she was “tired, and grateful.”"
        ),
        "quotes": [
            ("treated a laboratory error as a confession", "Harriet Mbeki-Lawson", True, "P1"),
            (
                "The agency did not investigate this family. It prosecuted it,",
                "Harriet Mbeki-Lawson",
                False,
                "P1",
            ),
            ("reviewing the decision carefully", None, True, "P2"),
            ("You cannot give a child back fourteen months,", "Yusuf Demir", False, "P3"),
            ("tired, and grateful.", None, True, None),
        ],
        "posts": [
            ("P1", "Harriet Mbeki-Lawson", None),
            ("P2", None, None),
            ("P3", "Yusuf Demir", "Court Watch"),
        ],
        "people": ["Harriet Mbeki-Lawson", "Yusuf Demir"],
    },
    {
        "name": "advocate-report-linkedin-reply-email-to-paper-legislature",
        "text": (
            "Children placed in emergency foster care in the province waited an average of 41 days "
            "for a court to review their case last year, nearly double the legal limit, according "
            "to a report released Tuesday by the Office of the Child and Youth Advocate.\n\n"
            "“Every one of those days is a day a child spends not knowing where they will sleep "
            "next month,” the report said.\n\n"
            "The advocate, Siobhan Gallagher, shared the report on LinkedIn with a short note: "
            "“These are not delays. They are childhoods.” A family lawyer, Emeka Nwosu, replied "
            "under her post that the courts were “drowning, not dawdling.”\n\n"
            "The province’s attorney general, Raymond Tremblay, said in an email to the Halifax "
            "Ledger that six new family court judges would be appointed by summer. “We accept the "
            "findings and we are acting on them,” he wrote.\n\n"
            "Speaking in the legislature on Wednesday, the opposition critic Farida Haidari called "
            "the figures “a scandal with a spreadsheet attached.”"
        ),
        "quotes": [
            (
                "Every one of those days is a day a child spends not knowing where they will "
                "sleep next month,",
                None,
                False,
                "P1",
            ),
            ("These are not delays. They are childhoods.", "Siobhan Gallagher", False, "P2"),
            ("drowning, not dawdling.", "Emeka Nwosu", True, "P2"),
            ("We accept the findings and we are acting on them,", "Raymond Tremblay", False, "P3"),
            ("a scandal with a spreadsheet attached.", "Farida Haidari", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Siobhan Gallagher", "LinkedIn"),
            ("P3", "Raymond Tremblay", "Halifax Ledger"),
        ],
        "people": ["Siobhan Gallagher", "Emeka Nwosu", "Raymond Tremblay", "Farida Haidari"],
    },
    {
        "name": "hockey-coach-fired-release-instagram-story-athletic-nickname",
        "text": (
            "The Kelowna Rapids fired head coach Dale Marchetti on Sunday after the team won three "
            "of its first 17 games, the club announced in a press release.\n\n"
            "“Dale gave this organization five honest years, and we thank him for that,” general "
            "manager Jarkko Lehtinen said in the release.\n\n"
            "Within hours, the team’s captain, Tyler Beaulieu, posted a photo of himself with "
            "Marchetti, known to players as “the Professor,” on his Instagram story. “Taught me "
            "more than hockey. Thank you, coach,” the captain wrote.\n\n"
            "Lehtinen was blunter in an interview with The Athletic on Monday. “We were not losing "
            "because of effort. We were losing because of structure, and structure is on the "
            "coach,” he said.\n\n"
            "After practice, Beaulieu told reporters the dressing room was “stunned, honestly,” and "
            "that the players had asked to keep Marchetti’s line combinations.\n\n"
            "Assistant coach Mirela Popescu will run the bench on an interim basis. She becomes the "
            "first woman to coach a game in the league’s 62-year history."
        ),
        "quotes": [
            (
                "Dale gave this organization five honest years, and we thank him for that,",
                "Jarkko Lehtinen",
                False,
                "P1",
            ),
            ("Taught me more than hockey. Thank you, coach,", "Tyler Beaulieu", False, "P2"),
            (
                "We were not losing because of effort. We were losing because of structure, and "
                "structure is on the coach,",
                "Jarkko Lehtinen",
                False,
                "P3",
            ),
            ("stunned, honestly,", "Tyler Beaulieu", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tyler Beaulieu", "Instagram"),
            ("P3", "Jarkko Lehtinen", "The Athletic"),
        ],
        "people": ["Dale Marchetti", "Jarkko Lehtinen", "Tyler Beaulieu", "Mirela Popescu"],
    },
    {
        "name": "curling-skip-retires-x-rival-reply-federation-broadcaster",
        "text": (
            "Kerstin Åberg, who skipped Sweden’s women’s curling team to two world titles, "
            "announced her retirement on X on Tuesday at the age of 36. “Twenty-two seasons, one "
            "bad knee and no regrets. Time to sweep my own kitchen,” she wrote.\n\n"
            "Her longtime Scottish rival, Fiona McAlister, replied under the post within minutes: "
            "“The ice will be quieter and the rest of us will win more. Go well, Kerstin.”\n\n"
            "The Swedish Curling Association said in a statement that Åberg had “changed what "
            "people thought a skip could be.”\n\n"
            "In an interview with the broadcaster SVT’s program Sportspegeln, Åberg said she had "
            "made up her mind in March, after losing a semifinal on the last stone. “I threw it "
            "exactly where I wanted, and it still wasn’t enough. I thought, that is a sign,” she "
            "said.\n\n"
            "She will stay on as a coach at the Karlstad Curling Club, where she learned the game "
            "as a nine-year-old throwing what she called “granite kettles” down the ice."
        ),
        "quotes": [
            (
                "Twenty-two seasons, one bad knee and no regrets. Time to sweep my own kitchen,",
                "Kerstin Åberg",
                False,
                "P1",
            ),
            (
                "The ice will be quieter and the rest of us will win more. Go well, Kerstin.",
                "Fiona McAlister",
                False,
                "P1",
            ),
            ("changed what people thought a skip could be.", None, True, "P2"),
            (
                "I threw it exactly where I wanted, and it still wasn’t enough. I thought, that "
                "is a sign,",
                "Kerstin Åberg",
                False,
                "P3",
            ),
            ("granite kettles", "Kerstin Åberg", True, None),
        ],
        "posts": [
            ("P1", "Kerstin Åberg", "X"),
            ("P2", None, None),
            ("P3", "Kerstin Åberg", "Sportspegeln"),
        ],
        "people": ["Kerstin Åberg", "Fiona McAlister"],
    },
    {
        "name": "junior-hockey-hazing-lawsuit-website-statement-parent-facebook",
        "text": (
            "Three former players have sued the Thunder Bay North Stars, a junior hockey team, "
            "alleging that veterans subjected rookies to hazing for years while coaches looked "
            "away.\n\n"
            "The lawsuit, filed Monday in Ontario Superior Court, says the team’s culture treated "
            "abuse as “a rite of passage” and that one coach told a 16-year-old to “toughen up or "
            "go home.”\n\n"
            "The team said in a statement posted to its website that it “takes these allegations "
            "seriously” and had hired an outside investigator.\n\n"
            "Sheldon Okafor, whose son played two seasons for the club, wrote on Facebook that he "
            "had warned the team in 2021. “I sent the email. I have the email. Nobody ever called "
            "me back,” he wrote. Dozens of parents commented under his post; one wrote, “Same thing "
            "happened to my boy in Sudbury.”\n\n"
            "The league’s commissioner, Gilles Arsenault, told reporters at a news conference that "
            "he had not yet read the complaint. “If any of this is true, people will be gone,” he "
            "said."
        ),
        "quotes": [
            ("a rite of passage", None, True, "P1"),
            ("toughen up or go home.", None, True, "P1"),
            ("takes these allegations seriously", None, True, "P2"),
            (
                "I sent the email. I have the email. Nobody ever called me back,",
                "Sheldon Okafor",
                False,
                "P3",
            ),
            ("Same thing happened to my boy in Sudbury.", None, False, "P3"),
            ("If any of this is true, people will be gone,", "Gilles Arsenault", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Sheldon Okafor", "Facebook"),
        ],
        "people": ["Sheldon Okafor", "Gilles Arsenault"],
    },
    {
        "name": "city-budget-address-finance-memo-substack-union-caption",
        "text": (
            "Mayor Celeste Whitfield unveiled a $2.1 billion budget on Tuesday that would freeze "
            "property taxes for a third year while cutting library hours on Sundays.\n\n"
            "“We are asking every department to do a little less so that no family has to pay a "
            "little more,” Whitfield said in her budget address to the council.\n\n"
            "A memo from the city’s finance director, Arjun Venkataraman, obtained by the Ledger, "
            "paints a less comfortable picture. “Without new revenue, the structural gap reaches "
            "$46 million by 2027,” he wrote in it.\n\n"
            "Council member Beatriz Solano, who chairs the budget committee, criticized the plan in "
            "her weekly Substack newsletter. “A freeze that closes libraries is not a freeze. It is "
            "a cut with better branding,” she wrote.\n\n"
            "The librarians’ union, AFSCME Local 88, posted on Instagram a photo of an empty "
            "reading room captioned “Sundays, soon.”\n\n"
            "Whitfield will take questions at a town hall at Franklin High School on Thursday. The "
            "council must pass a budget by June 30."
        ),
        "quotes": [
            (
                "We are asking every department to do a little less so that no family has to pay "
                "a little more,",
                "Celeste Whitfield",
                False,
                None,
            ),
            (
                "Without new revenue, the structural gap reaches $46 million by 2027,",
                "Arjun Venkataraman",
                False,
                "P1",
            ),
            (
                "A freeze that closes libraries is not a freeze. It is a cut with better branding,",
                "Beatriz Solano",
                False,
                "P2",
            ),
            ("Sundays, soon.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Arjun Venkataraman", None),
            ("P2", "Beatriz Solano", "Substack"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Celeste Whitfield", "Arjun Venkataraman", "Beatriz Solano"],
    },
    {
        "name": "police-overtime-audit-tv-program-city-release-x-comment",
        "text": (
            "The city auditor, Dr. Kofi Mensah-Bonsu, found that the police department overspent "
            "its overtime budget by $18.4 million last year, according to an audit published on "
            "Friday.\n\n"
            "“Overtime has become a second payroll, and nobody is managing it as one,” "
            "Mensah-Bonsu wrote in the audit’s summary.\n\n"
            "Police Chief Theresa Kowalski told the local television program Inside City Hall that "
            "most of the overtime came from unfilled positions. “I have 140 vacancies. Those shifts "
            "do not cover themselves,” she said.\n\n"
            "The city issued a press release on Saturday announcing a hiring freeze on civilian "
            "staff, but it did not mention overtime.\n\n"
            "Jamal Whitaker, an organizer with the group Budget for Neighborhoods, posted the "
            "audit’s key table on X with the comment: “Read page 14 and then tell me we can’t "
            "afford the rec centers.”\n\n"
            "At Monday’s council meeting, council member Lucía Ortega asked whether the department "
            "had “a plan, or just a hope.” Kowalski, who was present, said a plan would be ready "
            "within 60 days."
        ),
        "quotes": [
            (
                "Overtime has become a second payroll, and nobody is managing it as one,",
                "Kofi Mensah-Bonsu",
                False,
                "P1",
            ),
            (
                "I have 140 vacancies. Those shifts do not cover themselves,",
                "Theresa Kowalski",
                False,
                "P2",
            ),
            (
                "Read page 14 and then tell me we can’t afford the rec centers.",
                "Jamal Whitaker",
                False,
                "P4",
            ),
            ("a plan, or just a hope.", "Lucía Ortega", True, None),
        ],
        "posts": [
            ("P1", "Kofi Mensah-Bonsu", None),
            ("P2", "Theresa Kowalski", "Inside City Hall"),
            ("P3", None, "press release"),
            ("P4", "Jamal Whitaker", "X"),
        ],
        "people": ["Kofi Mensah-Bonsu", "Theresa Kowalski", "Jamal Whitaker", "Lucía Ortega"],
    },
    {
        "name": "food-prices-study-earnings-call-tiktok-video-minister-op-ed",
        "text": (
            "Shoppers paid 11 percent more for a basket of 30 staple foods in March than a year "
            "earlier, according to a study released Wednesday by the consumer group Fair Table. "
            "“Prices took the escalator up and have refused to take the stairs down,” the study "
            "said.\n\n"
            "The findings came a day after Hartley & Bloom, the country’s second-largest grocer, "
            "reported a 23 percent jump in annual profit in its earnings release. On a call with "
            "analysts, its chief executive, Sinead Fitzgerald-Rowe, said margins had “only "
            "returned to where they were in 2019.”\n\n"
            "A video posted to TikTok by Chiamaka Eze, a nurse in Leeds, has been viewed more than "
            "two million times. “Same trolley, same shop, nineteen pounds more,” she says in it, "
            "holding up two receipts.\n\n"
            "The food minister, Gareth Llewellyn, wrote in an op-ed for The Guardian on Thursday "
            "that the government would ask the competition regulator to examine supermarket "
            "pricing. “If there is a problem, we will find it, and we will fix it,” he wrote.\n\n"
            "Fair Table called the move “overdue but welcome.”"
        ),
        "quotes": [
            (
                "Prices took the escalator up and have refused to take the stairs down,",
                None,
                False,
                "P1",
            ),
            (
                "only returned to where they were in 2019.",
                "Sinead Fitzgerald-Rowe",
                True,
                None,
            ),
            ("Same trolley, same shop, nineteen pounds more,", "Chiamaka Eze", False, "P3"),
            (
                "If there is a problem, we will find it, and we will fix it,",
                "Gareth Llewellyn",
                False,
                "P4",
            ),
            ("overdue but welcome.", None, True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Chiamaka Eze", "TikTok"),
            ("P4", "Gareth Llewellyn", "The Guardian"),
        ],
        "people": ["Sinead Fitzgerald-Rowe", "Chiamaka Eze", "Gareth Llewellyn"],
    },
    {
        "name": "egg-prices-state-lawsuit-ag-x-grocer-statement-podcast",
        "text": (
            "The state sued the supermarket chain Kessler’s Fresh Market on Monday, accusing it of "
            "raising egg prices by as much as 300 percent during a bird flu outbreak while its own "
            "costs rose far less.\n\n"
            "“Kessler’s used a crisis as a pricing strategy,” the lawsuit says.\n\n"
            "The attorney general, Rosalind Achebe, announced the suit on X. “Families were "
            "choosing between eggs and gas. Kessler’s was choosing between records,” the attorney "
            "general posted.\n\n"
            "In a statement, Kessler’s said its prices “reflected real and extraordinary costs” "
            "and that it would “defend itself vigorously.” The statement quoted its president, "
            "Walter Kessler, as saying: “We have never gouged a customer in 71 years.”\n\n"
            "Not everyone in the egg business agreed with Achebe. Rangi Parata, who runs a "
            "40,000-hen farm upstate, told the podcast Farm Gate Weekly that wholesale prices had "
            "genuinely tripled. “Retailers are not the villain in every story,” he said.\n\n"
            "A first hearing in the case is set for May 12."
        ),
        "quotes": [
            ("Kessler’s used a crisis as a pricing strategy,", None, False, "P1"),
            (
                "Families were choosing between eggs and gas. Kessler’s was choosing between "
                "records,",
                "Rosalind Achebe",
                False,
                "P2",
            ),
            ("reflected real and extraordinary costs", None, True, "P3"),
            ("defend itself vigorously.", None, True, "P3"),
            ("We have never gouged a customer in 71 years.", "Walter Kessler", False, "P3"),
            ("Retailers are not the villain in every story,", "Rangi Parata", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rosalind Achebe", "X"),
            ("P3", None, None),
            ("P4", "Rangi Parata", "Farm Gate Weekly"),
        ],
        "people": ["Rosalind Achebe", "Walter Kessler", "Rangi Parata"],
    },
    {
        "name": "language-schools-linkedin-comment-release-open-letter-irish-times",
        "text": (
            "At least nine English language schools in Dublin have closed since January, and the "
            "owners of several more say new visa rules will finish them by summer.\n\n"
            "“We taught 400 students last year. We have 60 enrolled for September,” Niamh "
            "O’Sullivan, who runs the Liffey Language Academy, wrote on LinkedIn on Sunday. Under "
            "her post, a former student from São Paulo, Thiago Nascimento, commented: “This school "
            "is the reason I have a career in Ireland.”\n\n"
            "The Department of Justice said in a press release that the rules targeted colleges "
            "operating as “visa factories, not schools,” which enrolled so-called “ghost students” "
            "who never attended class.\n\n"
            "More than 300 students signed an open letter to the justice minister last week. “We "
            "came to learn, we paid to learn, and now we are treated as suspects,” the letter "
            "said.\n\n"
            "Dermot Keane, who chairs the industry group English Schools Ireland, told The Irish "
            "Times that the department had “used a sledgehammer where a scalpel would do.” He said "
            "members would meet officials on Friday."
        ),
        "quotes": [
            (
                "We taught 400 students last year. We have 60 enrolled for September,",
                "Niamh O’Sullivan",
                False,
                "P1",
            ),
            (
                "This school is the reason I have a career in Ireland.",
                "Thiago Nascimento",
                False,
                "P1",
            ),
            ("visa factories, not schools,", None, True, "P2"),
            (
                "We came to learn, we paid to learn, and now we are treated as suspects,",
                None,
                False,
                "P3",
            ),
            ("used a sledgehammer where a scalpel would do.", "Dermot Keane", True, "P4"),
        ],
        "posts": [
            ("P1", "Niamh O’Sullivan", "LinkedIn"),
            ("P2", None, "press release"),
            ("P3", None, None),
            ("P4", "Dermot Keane", "The Irish Times"),
        ],
        "people": ["Niamh O’Sullivan", "Thiago Nascimento", "Dermot Keane"],
    },
    {
        "name": "conversation-school-collapse-website-statement-reddit-union-release",
        "text": (
            "Hundreds of foreign teachers at Sakura Talk, one of Japan’s largest English "
            "conversation school chains, have not been paid since February, and the company’s 180 "
            "branches closed without notice on Monday.\n\n"
            "In a statement on its website, the company said it had filed for bankruptcy "
            "protection and apologized for “the distress caused to our students, teachers and "
            "their families.”\n\n"
            "Brianna Kowal, a Canadian teacher in Osaka, started a thread on Reddit on Monday "
            "morning. “I found out from a student who showed up for her 9 a.m. lesson and found "
            "the door chained,” she wrote. One reply, from a teacher in Nagoya who did not give a "
            "name, read: “Same here. They owe me two months.”\n\n"
            "The General Union, which represents many of the teachers, said in a press release that "
            "it would sue the company’s directors personally.\n\n"
            "Sakura Talk’s founder, Hiroshi Tanabe, told The Japan Times that he had “tried "
            "everything” to keep the schools open. “I failed them, and I will spend the rest of my "
            "life regretting it,” he said."
        ),
        "quotes": [
            ("the distress caused to our students, teachers and their families.", None, True, "P1"),
            (
                "I found out from a student who showed up for her 9 a.m. lesson and found the "
                "door chained,",
                "Brianna Kowal",
                False,
                "P2",
            ),
            ("Same here. They owe me two months.", None, False, "P2"),
            ("tried everything", "Hiroshi Tanabe", True, "P4"),
            (
                "I failed them, and I will spend the rest of my life regretting it,",
                "Hiroshi Tanabe",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Brianna Kowal", "Reddit"),
            ("P3", None, "press release"),
            ("P4", "Hiroshi Tanabe", "The Japan Times"),
        ],
        "people": ["Brianna Kowal", "Hiroshi Tanabe"],
    },
    {
        "name": "solo-sailor-rescued-navy-instagram-family-nested-radio",
        "text": (
            "A solo sailor trying to become the first Welsh woman to race nonstop around the world "
            "was rescued 900 miles off the coast of Chile on Thursday after her mast broke in a "
            "storm.\n\n"
            "The Chilean Navy said in a statement that Carys Pritchard-Jones, 31, had been lifted "
            "aboard a container ship “in extremely difficult conditions, with swells above eight "
            "metres.”\n\n"
            "Before her satellite link cut out, Pritchard-Jones posted a short message on "
            "Instagram: “Mast down. Boat floating. Me fine. Don’t panic, Mam.”\n\n"
            "Her family said in a statement that they had “never been so glad to hear the word "
            "‘fine.’”\n\n"
            "Her shore manager, Lars Henningsen, told BBC Radio Wales that the yacht, Dylan’s "
            "Dream, would almost certainly have to be abandoned. “It breaks your heart, but a boat "
            "is a boat. Carys is the only thing that matters,” he said.\n\n"
            "Speaking at a news conference in Cardiff, the race director, Amélie Fournier, said "
            "the race would go on. “The ocean does not care about our schedule,” she said."
        ),
        "quotes": [
            (
                "in extremely difficult conditions, with swells above eight metres.",
                None,
                True,
                "P1",
            ),
            (
                "Mast down. Boat floating. Me fine. Don’t panic, Mam.",
                "Carys Pritchard-Jones",
                False,
                "P2",
            ),
            ("never been so glad to hear the word ‘fine.’", None, True, "P3"),
            (
                "It breaks your heart, but a boat is a boat. Carys is the only thing that matters,",
                "Lars Henningsen",
                False,
                "P4",
            ),
            ("The ocean does not care about our schedule,", "Amélie Fournier", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Carys Pritchard-Jones", "Instagram"),
            ("P3", None, None),
            ("P4", "Lars Henningsen", "BBC Radio Wales"),
        ],
        "people": ["Carys Pritchard-Jones", "Lars Henningsen", "Amélie Fournier"],
    },
    {
        "name": "cliff-erosion-facebook-neighbour-agency-report-mp-x-beach",
        "text": (
            "Two more clifftop homes in the village of Wrenham Cove will be demolished this month "
            "after winter storms took another six metres of land, the district council said on "
            "Monday.\n\n"
            "One of the owners, Pauline Ashdown, 74, wrote in a Facebook post that she had lived "
            "in the house for 51 years. “I watched the sea from my kitchen window every morning. "
            "Now the sea is watching me,” she wrote. Her neighbour, Ravi Chandrasekhar, commented "
            "beneath it: “We will get you through this, Pauline. Tea is on at ours.”\n\n"
            "A report by the Environment Agency last year predicted that up to 30 homes in the "
            "village could be lost by 2050. “Defending this frontage is not economically viable,” "
            "it concluded.\n\n"
            "The local MP, Harriet Coombes, posted on X that she had asked ministers for “a proper "
            "compensation scheme, not sympathy.”\n\n"
            "Standing on the beach below the cliff, the council’s leader, Malcolm Reid, told "
            "reporters that the council could not hold back the sea. “What we can do is make sure "
            "nobody is left without a roof,” he said."
        ),
        "quotes": [
            (
                "I watched the sea from my kitchen window every morning. Now the sea is watching "
                "me,",
                "Pauline Ashdown",
                False,
                "P1",
            ),
            (
                "We will get you through this, Pauline. Tea is on at ours.",
                "Ravi Chandrasekhar",
                False,
                "P1",
            ),
            ("Defending this frontage is not economically viable,", None, False, "P2"),
            ("a proper compensation scheme, not sympathy.", "Harriet Coombes", True, "P3"),
            (
                "What we can do is make sure nobody is left without a roof,",
                "Malcolm Reid",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Pauline Ashdown", "Facebook"),
            ("P2", None, None),
            ("P3", "Harriet Coombes", "X"),
        ],
        "people": ["Pauline Ashdown", "Ravi Chandrasekhar", "Harriet Coombes", "Malcolm Reid"],
    },
    {
        "name": "sailing-club-waterfront-release-split-quote-medium-open-letter",
        "text": (
            "The Marlow Harbour Sailing Club, which has taught children to sail from the same "
            "slipway since 1952, will have to leave by next year under a plan to turn the "
            "waterfront into apartments and a hotel.\n\n"
            "The developer, Ashby Quayside Ltd., said in a press release that the project would "
            "bring “a new public promenade” and 300 jobs.\n\n"
            "The club’s commodore, Hemi Walker, was unimpressed when he spoke to Radio New "
            "Zealand’s Morning Report on Tuesday. “A promenade is lovely,” he said, “but you "
            "cannot learn to sail on a promenade.”\n\n"
            "Ngaio Tipene, a club instructor who started sailing there at eight, wrote an essay on "
            "Medium about the children she teaches. “Some of these kids have never been trusted "
            "with anything. Give them a tiller and they grow a foot,” she wrote.\n\n"
            "The club has also sent an open letter to the council, signed by more than 1,200 "
            "members and former members. The council’s planning chair, Graham Oduya, said at a "
            "public meeting on Wednesday that “nothing is final until the hearing.”"
        ),
        "quotes": [
            ("a new public promenade", None, True, "P1"),
            ("A promenade is lovely,", "Hemi Walker", False, "P2"),
            ("but you cannot learn to sail on a promenade.", "Hemi Walker", False, "P2"),
            (
                "Some of these kids have never been trusted with anything. Give them a tiller "
                "and they grow a foot,",
                "Ngaio Tipene",
                False,
                "P3",
            ),
            ("nothing is final until the hearing.", "Graham Oduya", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hemi Walker", "Morning Report"),
            ("P3", "Ngaio Tipene", "Medium"),
            ("P4", None, None),
        ],
        "people": ["Hemi Walker", "Ngaio Tipene", "Graham Oduya"],
    },
    {
        "name": "youth-choir-wins-email-two-paragraphs-instagram-bbc-reception",
        "text": (
            "The Ubuntu Voices Youth Choir from Soweto won the Choir of the World title at the "
            "Llangollen International Musical Eisteddfod on Saturday, beating 41 choirs from 28 "
            "countries.\n\n"
            "Its conductor, Sipho Dlamini, heard the result in the car park. In an email to the "
            "singers’ parents that evening, he wrote:\n\n"
            "“Most of these children had never been on a plane until last Tuesday. Tonight they "
            "stood in front of four thousand strangers and made them cry.\n\n"
            "“Please tell them tomorrow that they earned this. I will be telling them for the "
            "rest of my life.”\n\n"
            "The composer of the choir’s closing piece, Eleri Vaughan, shared a video of the "
            "performance on Instagram. “They sang it better than I wrote it,” she posted.\n\n"
            "The choir’s patron, the retired archbishop Themba Nkosi, told BBC Cymru Wales that the "
            "win was “a message to every township that beauty lives there too.”\n\n"
            "At a reception in Johannesburg on Monday, the arts minister promised the choir a "
            "grant for next year’s tour. “You have sung for this country; now the country must "
            "pay the fare,” she said."
        ),
        "quotes": [
            (
                "Most of these children had never been on a plane until last Tuesday. Tonight "
                "they stood in front of four thousand strangers and made them cry.",
                "Sipho Dlamini",
                False,
                "P1",
            ),
            (
                "Please tell them tomorrow that they earned this. I will be telling them for the "
                "rest of my life.",
                "Sipho Dlamini",
                False,
                "P1",
            ),
            ("They sang it better than I wrote it,", "Eleri Vaughan", False, "P2"),
            (
                "a message to every township that beauty lives there too.",
                "Themba Nkosi",
                True,
                "P3",
            ),
            (
                "You have sung for this country; now the country must pay the fare,",
                None,
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Sipho Dlamini", None),
            ("P2", "Eleri Vaughan", "Instagram"),
            ("P3", "Themba Nkosi", "BBC Cymru Wales"),
        ],
        "people": ["Sipho Dlamini", "Eleri Vaughan", "Themba Nkosi"],
    },
]
