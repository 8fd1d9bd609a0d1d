"""The eighty-sixth self-made dev set, held out (CN): its first run is an unseen estimate.

Written with set CO, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with
no platform, and an essay or op-ed on a named platform or in a named newspaper
has that platform; a press release or news/earnings release is a post with
platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it, a post "of his own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (the county budget office's statement,
  FEMA's statement, the Montpelier Police Department's Facebook post,
  Brightlane's news release, the Storm's statement) is still listed in posts.
- A nickname in marks between a first name and a surname (Alexis “Lexi”
  Brannigan-Soto) is not a quote and not part of the canonical name; a stage
  name in marks (“Miss Demeanor”) and a baker's nickname (“Mama Lu.”) are not
  quotes and not people.
- A fragment in the opening sentence that the sentence ties to a post (“calling
  ... in a Facebook post”, “said on Instagram ... that ...”, “said on a podcast
  ... that ...”) is partial and belongs to that post, even when the post's
  platform or author is named only later.
- The author's own reply beneath a commenter's comment on her Facebook post
  belongs to her post; a fragment of it reported in narration is partial.
- A statement issued by a named official (Attorney General Kristin
  Mayfield-Oduya "said in a statement") is that official's post with no
  platform; a statement by a city division, an authority, a health system, an
  industry group, a company or a team has author None.
- A named official who "said in a news release" (Queens District Attorney
  Naveen Bhattacharya) is the author of that press release; a release the
  museum or the observatory issues has author None, and a named person it
  quotes is the speaker. Words given whole after "quoted ... as saying," are
  not partial; a fragment after "quoted ... as calling the find" is partial.
- The state's court filing has author None and its fragment speaks as None; a
  judge's written opinion is the judge's post with no platform.
- When a second person appears in the same interview ("who appeared beside him
  on the program, added"), her words belong to that interview post, whose
  author stays the person the text reports being interviewed.
- A study in a named journal is a post with the journal as platform
  (Environmental Health Perspectives); when it is credited to "the authors, led
  by" a named researcher, its author is that lead author and its words speak as
  her.
- A show or podcast named in marks (“Public Health On Call.”, “Bird’s Eye
  View”, NPR’s “Science Friday.”, “CBS Mornings”, “The Unit Economics Show,”,
  “Detroit Today” on WDET) is a title, not a quote; the platform is the show's
  name without marks, punctuation, network or station (Science Friday, Detroit
  Today).
- A lowercase "the" before a newspaper's name (told the Fresno Bee, an op-ed in
  the Burlington Free Press, told the Bangor Daily News) is not part of the
  platform.
- An essay title (“A Building Is Not a Plan.”), an exhibition title (“Sky
  Knowledge,”) and a book title (“Gender Queer”) in marks are not quotes; a
  so-called “cost recovery” push is a scare quote, but “true cost” that the
  city "said in a statement" the fees reflect is a partial quote of that
  statement.
- A teacher's "video posted on Friday", in a story about her TikTok videos, is
  a TikTok post; an unnamed former student's comment under it speaks as None
  and belongs to it; a title and surname inside a quote (Ms. Ferreira) name no
  new person.
- A superintendent's email to parents, a chief executive's memo or email to
  staff and a lawyer's email after a hearing are each their writer's post with
  no platform.
- A school board meeting, a town hall, a City Council hearing, a postgame news
  conference, a briefing, remarks outside a courthouse or on a picket line, and
  a defendant's apology in court are not posts; a fragment told to investors on
  an earnings call is partial with no post; an unnamed spokesperson and an
  unnamed neighbor speak as None.
- A caption given whole after "with the caption" is not partial; a teammate's
  reply under the photo belongs to that Instagram post.
- A fragment from an earlier podcast appearance ("Speaking on the podcast ...
  last week") is partial and belongs to that podcast post.
- A Reddit thread started by a named curator is her Reddit post; her answers in
  it and an unnamed user's reply under her answer belong to it.
- A scare quote in single marks inside a quote (‘administrative surcharge.’) is
  part of the quote's text; an investor's quote that echoes the founder's
  fragment in single marks (‘weeks, not months’) is one whole quote, and the
  fragment's first occurrence is the narration's.
- Spouses with different surnames (Grace Nakamura-Oyelaran and Femi Oyelaran)
  each keep their own fullest name; the bare surname is never used for either.
- The story's own "said in an interview" is not a post; in an AP-datelined wire
  story, "told The Associated Press" is the story's own interview and not a
  post, and "the retired nurse" resolves to the person just named.
- A police department's Facebook post has author None and platform Facebook;
  FEMA's statement has author None and no platform.
- A letter read aloud in court by a prosecutor is the letter writer's post with
  no platform; "the Rev.", "Pastor", "Justice", "U.S. District Judge", "Gov.",
  "Dr.", "Commissioner", "Superintendent", "Councilor", "Council member",
  "Council President", "Mayor", "Attorney General", "District Attorney" and
  "State Senator" are titles, not part of a name.
- A named member's post in a Facebook group is that member's Facebook post, and
  a named commenter's words among its comments belong to it.
- A granddaughter's TikTok ("said in the video") is her post; the baker's TV
  appearance with her granddaughter translating is the baker's post; "the
  baker" and the bare surname Marroquín ("Marroquín, 74") resolve to Lucía
  Marroquín, whose surname it is exactly, not to Valeria Marroquín-Ochoa.
- A coalition's lawsuit has author None; a lawsuit filed by one named former
  employee is his post with no platform and its words speak as him.
- A quote split by its attribution (“Next winter,” Oyelowo answered, “every
  unit ...”) is two quotes, both whole (not partial), with the same speaker and
  post.
- A union's announcement on X has author None and its words speak as None; a
  named surgeon's reply under a nurse's Bluesky post belongs to that post.
- An unnamed commenter under a YouTube video speaks as None and belongs to it;
  the director's answer to him belongs to her video; a fragment introduced by
  "In the same letter" is partial and belongs to the letter.
- A mayor's "second post" on Facebook is a new post and a reply "Under that
  second post" belongs to it; the bare surname Haddad, used before the
  developer Nabil Haddad is named, refers to the mayor, Farida Haddad.
- A quote that runs on into a new paragraph after a radio-show interview is one
  quote per paragraph, with the same speaker and post.
- people lists every person named in the text in order of first mention,
  including those who are never quoted (Priya Castellanos, Ana Lucía
  Ferrer-Valdés, Naveen Bhattacharya, Hiroshi Calloway-Dunn and Omar Szabo only
  appear); businesses, agencies, unions, teams, shows and the comet are not
  people.
- Name order and accents as written are kept (Ji-woo Park-Lindqvist, Tomasz
  Wiśniewski, Ana Lucía Ferrer-Valdés); hyphenated surnames are part of the
  canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CN: list[dict] = [
    {
        "name": "facebook-road-bond-nickname-comment-reply-news-conference",
        "text": (
            "Washoe County Commissioner Alexis “Lexi” Brannigan-Soto defended a proposed $48 "
            "million road bond in a Facebook post on Sunday, calling the county’s rural roads “a "
            "slow-motion emergency.”\n\n"
            "“Every winter we patch the same potholes and every spring they come back deeper,” "
            "she wrote. “This bond ends that cycle.”\n\n"
            "In the comments, a Sun Valley resident, Gerald Okonkwo, asked who would pay. “My "
            "property tax went up 9 percent last year. Where did that money go?” he wrote. "
            "Brannigan-Soto replied beneath his comment that the bond would be repaid from the "
            "existing fuel tax, “not one new cent from homeowners.”\n\n"
            "At a news conference on Monday, the commission’s chair, Raymond Tsosie, sounded "
            "less certain. “I want to see the numbers before I put my name on it,” he told "
            "reporters, adding that two of the five commissioners had not yet been briefed.\n\n"
            "The county’s budget office said in a statement that an independent review of the "
            "bond would be published by Friday, ahead of a vote scheduled for Dec. 12."
        ),
        "quotes": [
            ("a slow-motion emergency.", "Alexis Brannigan-Soto", True, "P1"),
            (
                "Every winter we patch the same potholes and every spring they come back deeper,",
                "Alexis Brannigan-Soto",
                False,
                "P1",
            ),
            ("This bond ends that cycle.", "Alexis Brannigan-Soto", False, "P1"),
            (
                "My property tax went up 9 percent last year. Where did that money go?",
                "Gerald Okonkwo",
                False,
                "P1",
            ),
            ("not one new cent from homeowners.", "Alexis Brannigan-Soto", True, "P1"),
            (
                "I want to see the numbers before I put my name on it,",
                "Raymond Tsosie",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Alexis Brannigan-Soto", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Alexis Brannigan-Soto", "Gerald Okonkwo", "Raymond Tsosie"],
    },
    {
        "name": "restaurant-inspection-instagram-chef-statement-tv-spouse",
        "text": (
            "Rommel Dizon-Alcaraz, the chef who owns the Filipino restaurant Kusina Lola in "
            "Jersey City, said on Instagram on Wednesday that a failed health inspection was the "
            "result of “a clerical error” by the city, not a dirty kitchen.\n\n"
            "“We have passed every inspection for six years. One inspector checks the wrong box "
            "and our name is on the front page,” the chef wrote beneath a photo of his walk-in "
            "refrigerator.\n\n"
            "The city’s Division of Health said in a statement that the restaurant had been "
            "cited for storing raw pork above cooked rice. “The violation was observed and "
            "photographed,” the statement said.\n\n"
            "Dizon-Alcaraz repeated his account in an interview with News 12 New Jersey that "
            "evening. “Come and look at my kitchen yourself,” he said. His wife and business "
            "partner, Hyun-joo Dizon, who appeared beside him on the program, added, “We would "
            "rather be reinspected than argue.”\n\n"
            "A reinspection is scheduled for Monday. Until then the restaurant, which seats 40, "
            "remains closed, and its staff of nine are being paid from the owners’ savings."
        ),
        "quotes": [
            ("a clerical error", "Rommel Dizon-Alcaraz", True, "P1"),
            (
                (
                    "We have passed every inspection for six years. One inspector checks the wrong "
                    "box and our name is on the front page,"
                ),
                "Rommel Dizon-Alcaraz",
                False,
                "P1",
            ),
            ("The violation was observed and photographed,", None, False, "P2"),
            ("Come and look at my kitchen yourself,", "Rommel Dizon-Alcaraz", False, "P3"),
            ("We would rather be reinspected than argue.", "Hyun-joo Dizon", False, "P3"),
        ],
        "posts": [
            ("P1", "Rommel Dizon-Alcaraz", "Instagram"),
            ("P2", None, None),
            ("P3", "Rommel Dizon-Alcaraz", "News 12 New Jersey"),
        ],
        "people": ["Rommel Dizon-Alcaraz", "Hyun-joo Dizon"],
    },
    {
        "name": "judge-opinion-state-filing-stage-name-courthouse-steps-ag-statement",
        "text": (
            "A federal judge in Phoenix on Thursday blocked Arizona from enforcing a new law "
            "that bars drag performances in public parks, writing that the statute was "
            "“breathtakingly vague.”\n\n"
            "“A law that cannot tell a performer what is forbidden forbids everything,” U.S. "
            "District Judge Maribel Quintanilla-Reyes wrote in a 34-page opinion.\n\n"
            "The state had argued in a court filing last month that the law targeted only "
            "“sexually explicit conduct” and that the plaintiffs, a Tucson theater company, "
            "faced no real threat of prosecution.\n\n"
            "Outside the courthouse, the company’s artistic director, Desmond Achterberg, who "
            "performs as “Miss Demeanor,” wept as he spoke to reporters. “We are going to do the "
            "show on Saturday, in the park, in sequins,” he said.\n\n"
            "Attorney General Kristin Mayfield-Oduya said in a statement that her office would "
            "appeal to the Ninth Circuit. “The people of Arizona passed this law through their "
            "legislature, and we will defend it,” she said.\n\n"
            "The law, signed in April, would have made a first offense a misdemeanor punishable "
            "by up to six months in jail."
        ),
        "quotes": [
            ("breathtakingly vague.", "Maribel Quintanilla-Reyes", True, "P1"),
            (
                "A law that cannot tell a performer what is forbidden forbids everything,",
                "Maribel Quintanilla-Reyes",
                False,
                "P1",
            ),
            ("sexually explicit conduct", None, True, "P2"),
            (
                "We are going to do the show on Saturday, in the park, in sequins,",
                "Desmond Achterberg",
                False,
                None,
            ),
            (
                (
                    "The people of Arizona passed this law through their legislature, and we will "
                    "defend it,"
                ),
                "Kristin Mayfield-Oduya",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Maribel Quintanilla-Reyes", None),
            ("P2", None, None),
            ("P3", "Kristin Mayfield-Oduya", None),
        ],
        "people": ["Maribel Quintanilla-Reyes", "Desmond Achterberg", "Kristin Mayfield-Oduya"],
    },
    {
        "name": "journal-study-podcast-title-industry-statement-x-reply",
        "text": (
            "Children who live within a mile of a gas station are about 20 percent more likely "
            "to be diagnosed with asthma, according to a study published on Tuesday in the "
            "journal Environmental Health Perspectives.\n\n"
            "The authors, led by the epidemiologist Dr. Anjali Venkataraman of the University of "
            "Minnesota, wrote that the association “persisted after adjusting for income, "
            "smoking in the home and traffic density.”\n\n"
            "Venkataraman discussed the findings on the podcast “Public Health On Call.” “I "
            "would not tell a family to move because of this paper,” she said. “I would tell a "
            "city to think harder about where it permits the next station.”\n\n"
            "The American Petroleum Institute said in a statement that the study “relies on "
            "proximity, not measured exposure.”\n\n"
            "On X, the environmental health researcher Kwame Asante-Boateng, who was not "
            "involved in the work, called the paper “careful and overdue.” Venkataraman replied "
            "to his post: “Careful, yes. Overdue, definitely.”\n\n"
            "The study followed 48,000 children in seven states from birth to age 10."
        ),
        "quotes": [
            (
                "persisted after adjusting for income, smoking in the home and traffic density.",
                "Anjali Venkataraman",
                True,
                "P1",
            ),
            (
                "I would not tell a family to move because of this paper,",
                "Anjali Venkataraman",
                False,
                "P2",
            ),
            (
                "I would tell a city to think harder about where it permits the next station.",
                "Anjali Venkataraman",
                False,
                "P2",
            ),
            ("relies on proximity, not measured exposure.", None, True, "P3"),
            ("careful and overdue.", "Kwame Asante-Boateng", True, "P4"),
            ("Careful, yes. Overdue, definitely.", "Anjali Venkataraman", False, "P4"),
        ],
        "posts": [
            ("P1", "Anjali Venkataraman", "Environmental Health Perspectives"),
            ("P2", "Anjali Venkataraman", "Public Health On Call"),
            ("P3", None, None),
            ("P4", "Kwame Asante-Boateng", "X"),
        ],
        "people": ["Anjali Venkataraman", "Kwame Asante-Boateng"],
    },
    {
        "name": "tiktok-teacher-student-comment-superintendent-email-board-meeting",
        "text": (
            "A middle school science teacher in Fresno whose TikTok videos about classroom "
            "supply costs have been viewed more than four million times has been asked by the "
            "district to take them down.\n\n"
            "“I spent $1,340 of my own money on this room last year, and I’m not allowed to say "
            "so?” Nadia Ferreira-Batista asked in a video posted on Friday. Under it, a user "
            "identifying himself as a former student wrote, “Ms. Ferreira taught me to love "
            "chemistry with a box of baking soda.”\n\n"
            "Superintendent Lowell Kingsbury told parents in an email on Sunday that the "
            "district “supports every teacher’s right to speak as a private citizen” but that "
            "the videos had been filmed during class time.\n\n"
            "Ferreira-Batista’s union representative, Efraín Coronado, said at a school board "
            "meeting on Monday that the request amounted to retaliation. “She is being punished "
            "for doing arithmetic in public,” he said.\n\n"
            "The teacher said she would keep posting. “Just not from my desk,” she told the "
            "Fresno Bee."
        ),
        "quotes": [
            (
                (
                    "I spent $1,340 of my own money on this room last year, and I’m not allowed to "
                    "say so?"
                ),
                "Nadia Ferreira-Batista",
                False,
                "P1",
            ),
            (
                "Ms. Ferreira taught me to love chemistry with a box of baking soda.",
                None,
                False,
                "P1",
            ),
            (
                "supports every teacher’s right to speak as a private citizen",
                "Lowell Kingsbury",
                True,
                "P2",
            ),
            (
                "She is being punished for doing arithmetic in public,",
                "Efraín Coronado",
                False,
                None,
            ),
            ("Just not from my desk,", "Nadia Ferreira-Batista", False, "P3"),
        ],
        "posts": [
            ("P1", "Nadia Ferreira-Batista", "TikTok"),
            ("P2", "Lowell Kingsbury", None),
            ("P3", "Nadia Ferreira-Batista", "Fresno Bee"),
        ],
        "people": ["Nadia Ferreira-Batista", "Lowell Kingsbury", "Efraín Coronado"],
    },
    {
        "name": "substack-essay-title-op-ed-newspaper-town-hall-exchange",
        "text": (
            "A fight over whether Burlington should buy the shuttered Maple Street armory has "
            "spilled out of City Hall and onto the internet.\n\n"
            "Councilor Thandiwe Mokoena-Hart laid out her case on Substack on Monday in an essay "
            "titled “A Building Is Not a Plan.” “We would be spending $6 million to own a roof "
            "we cannot afford to heat,” she wrote.\n\n"
            "Mayor Julian Abernathy answered two days later with an op-ed in the Burlington Free "
            "Press. The armory, he wrote, is “the last large public building downtown that we "
            "can still shape.”\n\n"
            "The two met at a crowded town hall on Thursday night, where Mokoena-Hart said, “I "
            "love this building. I just love the budget more.” The mayor drew laughter when he "
            "replied, “Then let’s fall in love with a financing plan together.”\n\n"
            "A spokesperson for the mayor, Priya Castellanos, said afterward that the council "
            "would vote on the purchase on Dec. 9. The armory, built in 1904, has been empty "
            "since the National Guard moved to a new base in Colchester in 2016."
        ),
        "quotes": [
            (
                "We would be spending $6 million to own a roof we cannot afford to heat,",
                "Thandiwe Mokoena-Hart",
                False,
                "P1",
            ),
            (
                "the last large public building downtown that we can still shape.",
                "Julian Abernathy",
                True,
                "P2",
            ),
            (
                "I love this building. I just love the budget more.",
                "Thandiwe Mokoena-Hart",
                False,
                None,
            ),
            (
                "Then let’s fall in love with a financing plan together.",
                "Julian Abernathy",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Thandiwe Mokoena-Hart", "Substack"),
            ("P2", "Julian Abernathy", "Burlington Free Press"),
        ],
        "people": ["Thandiwe Mokoena-Hart", "Julian Abernathy", "Priya Castellanos"],
    },
    {
        "name": "layoffs-earnings-call-ceo-memo-linkedin-recruiter-comment-release",
        "text": (
            "The Austin software company Brightlane cut 340 jobs, about 18 percent of its staff, "
            "on Wednesday, weeks after its chief executive, Oluwaseun Pereira, told investors on "
            "an earnings call that growth had “never been stronger.”\n\n"
            "In a memo to staff, Pereira wrote that the company had “hired ahead of demand” and "
            "that the cuts were “my decision and my responsibility.”\n\n"
            "One of those laid off, the data engineer Marguerite Delacroix-Ng, posted on "
            "LinkedIn that she learned of the cuts when her laptop locked mid-meeting. “Eleven "
            "years, and the goodbye was a grey login screen,” she wrote. Under her post, a "
            "recruiter at a rival firm, Sanjay Raghunathan, commented, “Marguerite, check your "
            "inbox. We are hiring, and we would be lucky to have you.”\n\n"
            "Brightlane said in a news release that departing employees would receive 16 weeks "
            "of pay and a year of health coverage.\n\n"
            "Asked about the laptop lockouts, a company spokesperson, who declined to be named, "
            "said the step was “standard for security.”"
        ),
        "quotes": [
            ("never been stronger.", "Oluwaseun Pereira", True, None),
            ("hired ahead of demand", "Oluwaseun Pereira", True, "P1"),
            ("my decision and my responsibility.", "Oluwaseun Pereira", True, "P1"),
            (
                "Eleven years, and the goodbye was a grey login screen,",
                "Marguerite Delacroix-Ng",
                False,
                "P2",
            ),
            (
                "Marguerite, check your inbox. We are hiring, and we would be lucky to have you.",
                "Sanjay Raghunathan",
                False,
                "P2",
            ),
            ("standard for security.", None, True, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Pereira", None),
            ("P2", "Marguerite Delacroix-Ng", "LinkedIn"),
            ("P3", None, "press release"),
        ],
        "people": ["Oluwaseun Pereira", "Marguerite Delacroix-Ng", "Sanjay Raghunathan"],
    },
    {
        "name": "team-statement-instagram-caption-teammate-reply-presser-earlier-podcast",
        "text": (
            "The Seattle Storm forward Ifeoma Balogun-Wright will miss the rest of the WNBA "
            "season after tearing a ligament in her left knee, the team said in a statement on "
            "Saturday.\n\n"
            "Balogun-Wright broke the news herself an hour earlier on Instagram, posting a photo "
            "of her crutches with the caption “Not the ending I wrote. Back next May.” Her "
            "teammate Aiyana Redcloud replied under the photo: “We got you. Every single game.”\n\n"
            "Her coach, Lindsay Haraldsen, fought back tears at her postgame news conference. "
            "“She is the heartbeat of this locker room,” Haraldsen said. “We will play for her.”\n\n"
            "The injury has reignited complaints about the league’s compressed schedule. "
            "Speaking on the podcast “Bird’s Eye View” last week, before she was hurt, "
            "Balogun-Wright had warned that players were “running on fumes” after four games in "
            "six days.\n\n"
            "The league did not respond to a request for comment. Balogun-Wright, 27, was "
            "averaging 16.4 points and 8.1 rebounds, both career highs, and was widely expected "
            "to make her second All-Star team."
        ),
        "quotes": [
            ("Not the ending I wrote. Back next May.", "Ifeoma Balogun-Wright", False, "P2"),
            ("We got you. Every single game.", "Aiyana Redcloud", False, "P2"),
            ("She is the heartbeat of this locker room,", "Lindsay Haraldsen", False, None),
            ("We will play for her.", "Lindsay Haraldsen", False, None),
            ("running on fumes", "Ifeoma Balogun-Wright", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ifeoma Balogun-Wright", "Instagram"),
            ("P3", "Ifeoma Balogun-Wright", "Bird’s Eye View"),
        ],
        "people": ["Ifeoma Balogun-Wright", "Aiyana Redcloud", "Lindsay Haraldsen"],
    },
    {
        "name": "reddit-curator-thread-user-reply-exhibition-title-museum-release",
        "text": (
            "The curator behind the Field Museum’s new exhibition on Indigenous astronomy "
            "answered questions from the public for three hours on Reddit on Tuesday, a day "
            "before the show, “Sky Knowledge,” opens in Chicago.\n\n"
            "“The hardest part was deciding what not to include. We had 900 objects and room for "
            "140,” wrote the curator, Dr. Tessa Whitehorse, who started the thread on the "
            "r/AskHistorians forum.\n\n"
            "One user asked why the exhibition showed a replica rather than the original Pawnee "
            "star chart. “Because the original belongs to the Pawnee Nation, and they decided it "
            "stays home,” Whitehorse replied. Another user wrote under her answer, “This is the "
            "right call and more museums should make it.”\n\n"
            "The museum said in a news release that the exhibition had been developed over four "
            "years with advisers from 11 tribal nations. It quoted the museum’s president, "
            "Harold Eckersley-Mbeki, as saying, “This is an exhibition made with communities, "
            "not about them.”\n\n"
            "Tickets are included with general admission, and the exhibition runs through next "
            "September before traveling to Denver and Tulsa."
        ),
        "quotes": [
            (
                (
                    "The hardest part was deciding what not to include. We had 900 objects and room "
                    "for 140,"
                ),
                "Tessa Whitehorse",
                False,
                "P1",
            ),
            (
                (
                    "Because the original belongs to the Pawnee Nation, and they decided it stays "
                    "home,"
                ),
                "Tessa Whitehorse",
                False,
                "P1",
            ),
            ("This is the right call and more museums should make it.", None, False, "P1"),
            (
                "This is an exhibition made with communities, not about them.",
                "Harold Eckersley-Mbeki",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tessa Whitehorse", "Reddit"),
            ("P2", None, "press release"),
        ],
        "people": ["Tessa Whitehorse", "Harold Eckersley-Mbeki"],
    },
    {
        "name": "threads-market-vendor-husband-reply-scare-quote-city-statement",
        "text": (
            "Vendors at the Saturday farmers market in Asheville say a new city fee structure, "
            "part of a so-called “cost recovery” push at City Hall, will force some of them out "
            "by spring.\n\n"
            "Grace Nakamura-Oyelaran, who sells mushrooms grown in a converted tobacco barn, "
            "posted on Threads that her annual permit had risen from $150 to $1,100. “I grow "
            "oyster mushrooms, not oil,” she wrote. “Somebody at City Hall needs to come see the "
            "margins.”\n\n"
            "Her husband, Femi Oyelaran, who farms alongside her, replied under the post: “And "
            "that’s before the ‘administrative surcharge.’”\n\n"
            "The city said in a statement that the new fees reflect the “true cost” of closing "
            "streets, paying police overtime and hauling away trash on market days.\n\n"
            "Council member Dmitri Valchev said in an interview that he would ask for a "
            "six-month delay. “Nobody voted to price out mushroom farmers,” Valchev said. The "
            "council meets again on Jan. 14, and about 60 vendors have signed a petition asking "
            "it to reconsider."
        ),
        "quotes": [
            ("I grow oyster mushrooms, not oil,", "Grace Nakamura-Oyelaran", False, "P1"),
            (
                "Somebody at City Hall needs to come see the margins.",
                "Grace Nakamura-Oyelaran",
                False,
                "P1",
            ),
            ("And that’s before the ‘administrative surcharge.’", "Femi Oyelaran", False, "P1"),
            ("true cost", None, True, "P2"),
            ("Nobody voted to price out mushroom farmers,", "Dmitri Valchev", False, None),
        ],
        "posts": [
            ("P1", "Grace Nakamura-Oyelaran", "Threads"),
            ("P2", None, None),
        ],
        "people": ["Grace Nakamura-Oyelaran", "Femi Oyelaran", "Dmitri Valchev"],
    },
    {
        "name": "ap-flood-governor-x-own-interview-fema-statement-police-facebook",
        "text": (
            "MONTPELIER, Vt. (AP) — Gov. Eleanor Whitcombe declared a state of emergency on "
            "Wednesday after two days of rain sent the Winooski River over its banks, flooding "
            "downtown Montpelier for the second time in three years.\n\n"
            "“Vermonters, stay off the roads tonight. No errand is worth your life,” Whitcombe "
            "wrote on X shortly after midnight.\n\n"
            "Downtown, Bernadette Okafor-Lyle watched brown water lap at the steps of her "
            "apartment building. “In 2023 I said I’d never see this again. I was wrong,” the "
            "retired nurse told The Associated Press.\n\n"
            "FEMA said in a statement that a team would arrive Thursday. The state’s emergency "
            "management director, Tomasz Wiśniewski, told reporters at a briefing that at least "
            "40 people had been rescued by boat overnight. “The swift-water teams have not "
            "slept,” he said.\n\n"
            "In a Facebook post, the Montpelier Police Department asked residents to report "
            "missing neighbors rather than attempt rescues themselves. No deaths had been "
            "reported by Wednesday evening, but officials said several roads had washed out "
            "entirely."
        ),
        "quotes": [
            (
                "Vermonters, stay off the roads tonight. No errand is worth your life,",
                "Eleanor Whitcombe",
                False,
                "P1",
            ),
            (
                "In 2023 I said I’d never see this again. I was wrong,",
                "Bernadette Okafor-Lyle",
                False,
                None,
            ),
            ("The swift-water teams have not slept,", "Tomasz Wiśniewski", False, None),
        ],
        "posts": [
            ("P1", "Eleanor Whitcombe", "X"),
            ("P2", None, None),
            ("P3", None, "Facebook"),
        ],
        "people": ["Eleanor Whitcombe", "Bernadette Okafor-Lyle", "Tomasz Wiśniewski"],
    },
    {
        "name": "sentencing-pastor-letter-read-in-court-da-release-lawyer-email",
        "text": (
            "A former bookkeeper who stole $2.3 million from a Queens Catholic parish was "
            "sentenced on Monday to six years in prison.\n\n"
            "Before Justice Ana Lucía Ferrer-Valdés imposed the sentence, a prosecutor read "
            "aloud a letter from the parish’s pastor, the Rev. Kieran Mulcahy. “She sat in our "
            "pews while she emptied our food pantry,” he wrote. “I forgive her. The law should "
            "not.”\n\n"
            "The bookkeeper, Colette Ambrose-Hakimi, 61, apologized in court. “I have no "
            "excuse,” she said, her voice breaking. “I only have shame.”\n\n"
            "Queens District Attorney Naveen Bhattacharya said in a news release that the theft "
            "had forced the parish to close its after-school program for a year.\n\n"
            "Ambrose-Hakimi’s lawyer, Moshe Feldblum, said in an email after the hearing that "
            "his client had already repaid $400,000 and “will spend the rest of her life "
            "repaying the rest.”\n\n"
            "Prosecutors said the thefts, spread over nine years, paid for a lake house in the "
            "Poconos and two cars."
        ),
        "quotes": [
            (
                "She sat in our pews while she emptied our food pantry,",
                "Kieran Mulcahy",
                False,
                "P1",
            ),
            ("I forgive her. The law should not.", "Kieran Mulcahy", False, "P1"),
            ("I have no excuse,", "Colette Ambrose-Hakimi", False, None),
            ("I only have shame.", "Colette Ambrose-Hakimi", False, None),
            ("will spend the rest of her life repaying the rest.", "Moshe Feldblum", True, "P3"),
        ],
        "posts": [
            ("P1", "Kieran Mulcahy", None),
            ("P2", "Naveen Bhattacharya", "press release"),
            ("P3", "Moshe Feldblum", None),
        ],
        "people": [
            "Ana Lucía Ferrer-Valdés",
            "Kieran Mulcahy",
            "Colette Ambrose-Hakimi",
            "Naveen Bhattacharya",
            "Moshe Feldblum",
        ],
    },
    {
        "name": "comet-observatory-release-medium-science-friday-daughter-facebook",
        "text": (
            "An amateur astronomer in rural New Mexico has spotted what appears to be a "
            "previously unknown comet, Lowell Observatory confirmed in a news release on "
            "Thursday.\n\n"
            "Rafael Etsitty, a retired schoolteacher who photographs the night sky from his "
            "backyard near Gallup, described the moment in a post on Medium. “At 3:12 a.m. a "
            "smudge moved that should not have moved,” he wrote. “I checked it six times before "
            "I let myself believe it.”\n\n"
            "The observatory’s release quoted the astronomer Dr. Lena Vogelsang as calling the "
            "find “a textbook example of why amateurs still matter.”\n\n"
            "Vogelsang was more expansive on NPR’s “Science Friday.” “Professional surveys are "
            "scanning millions of objects a night, and they still miss things,” she said. "
            "“Rafael just didn’t miss it.”\n\n"
            "Etsitty’s daughter, Marisa Etsitty-Cruz, wrote on Facebook that her father had "
            "“earned every sleepless night.” The comet, which should be visible through "
            "binoculars in February, will carry his name."
        ),
        "quotes": [
            (
                "At 3:12 a.m. a smudge moved that should not have moved,",
                "Rafael Etsitty",
                False,
                "P2",
            ),
            (
                "I checked it six times before I let myself believe it.",
                "Rafael Etsitty",
                False,
                "P2",
            ),
            ("a textbook example of why amateurs still matter.", "Lena Vogelsang", True, "P1"),
            (
                (
                    "Professional surveys are scanning millions of objects a night, and they still "
                    "miss things,"
                ),
                "Lena Vogelsang",
                False,
                "P3",
            ),
            ("Rafael just didn’t miss it.", "Lena Vogelsang", False, "P3"),
            ("earned every sleepless night.", "Marisa Etsitty-Cruz", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rafael Etsitty", "Medium"),
            ("P3", "Lena Vogelsang", "Science Friday"),
            ("P4", "Marisa Etsitty-Cruz", "Facebook"),
        ],
        "people": ["Rafael Etsitty", "Lena Vogelsang", "Marisa Etsitty-Cruz"],
    },
    {
        "name": "clinic-closure-facebook-group-pastor-comment-health-system-statement-newspaper",
        "text": (
            "Residents of Millinocket, Maine, are organizing to save the town’s only walk-in "
            "clinic, which Northern Light Health plans to close on Jan. 31.\n\n"
            "In the Millinocket Community Forum group on Facebook, Darlene Thibodeau, a retired "
            "paper mill worker, posted that the nearest alternative was 70 miles away. “My "
            "husband had a heart attack in 2019. Seventy miles would have killed him,” she "
            "wrote. More than 400 people commented, among them Pastor Elijah Mwangi-Soucy, who "
            "wrote, “Our church basement is available for whatever this town needs.”\n\n"
            "Northern Light Health said in a statement that the clinic had lost money for nine "
            "straight years and that its patients would be offered telehealth visits and help "
            "with transportation.\n\n"
            "State Senator Abdirahman Farah-Pelletier told the Bangor Daily News that he would "
            "ask the health system to delay the closure by at least a year. “Telehealth is not a "
            "defibrillator,” he said.\n\n"
            "A public meeting is planned for next Tuesday at the town hall, and organizers have "
            "chartered a bus to take residents to the health system’s board meeting in Brewer."
        ),
        "quotes": [
            (
                "My husband had a heart attack in 2019. Seventy miles would have killed him,",
                "Darlene Thibodeau",
                False,
                "P1",
            ),
            (
                "Our church basement is available for whatever this town needs.",
                "Elijah Mwangi-Soucy",
                False,
                "P1",
            ),
            ("Telehealth is not a defibrillator,", "Abdirahman Farah-Pelletier", False, "P3"),
        ],
        "posts": [
            ("P1", "Darlene Thibodeau", "Facebook"),
            ("P2", None, None),
            ("P3", "Abdirahman Farah-Pelletier", "Bangor Daily News"),
        ],
        "people": ["Darlene Thibodeau", "Elijah Mwangi-Soucy", "Abdirahman Farah-Pelletier"],
    },
    {
        "name": "bakery-nickname-granddaughter-tiktok-comment-cbs-mornings-neighbor",
        "text": (
            "For 31 years, Lucía Marroquín has baked conchas before dawn in a tiny shop on San "
            "Antonio’s South Side, where regulars know her only as “Mama Lu.” Last week, her "
            "granddaughter posted a 40-second TikTok of her kneading dough, and the line now "
            "wraps around the block.\n\n"
            "“My abuela has never taken a sick day. Go buy her bread,” Valeria Marroquín-Ochoa "
            "said in the video, which has been viewed 12 million times. One commenter wrote, "
            "“Drove two hours from Laredo. Worth it.”\n\n"
            "Marroquín, 74, appeared on “CBS Mornings” on Monday, with her granddaughter "
            "translating. “I don’t understand the internet,” the baker said. “But I understand a "
            "line.”\n\n"
            "Not everyone is thrilled. A neighbor, who asked not to be named because he knows "
            "the family, said the crowds had made parking on his street “impossible.”\n\n"
            "The shop, Panadería La Esperanza, will now open at 5 a.m. instead of 6, the "
            "granddaughter said, and has hired two cousins to help at the register."
        ),
        "quotes": [
            (
                "My abuela has never taken a sick day. Go buy her bread,",
                "Valeria Marroquín-Ochoa",
                False,
                "P1",
            ),
            ("Drove two hours from Laredo. Worth it.", None, False, "P1"),
            ("I don’t understand the internet,", "Lucía Marroquín", False, "P2"),
            ("But I understand a line.", "Lucía Marroquín", False, "P2"),
            ("impossible.", None, True, None),
        ],
        "posts": [
            ("P1", "Valeria Marroquín-Ochoa", "TikTok"),
            ("P2", "Lucía Marroquín", "CBS Mornings"),
        ],
        "people": ["Lucía Marroquín", "Valeria Marroquín-Ochoa"],
    },
    {
        "name": "tenant-coalition-lawsuit-authority-statement-instagram-hearing-split-quote",
        "text": (
            "A coalition of tenant groups sued the Baltimore Housing Authority on Tuesday, "
            "accusing it of leaving more than 600 public housing units with broken heat through "
            "last winter.\n\n"
            "The lawsuit, filed in Baltimore City Circuit Court, says families were told to use "
            "their ovens for warmth and describes conditions at one tower as “dangerous and "
            "degrading.”\n\n"
            "The authority said in a statement that it had replaced 212 boilers since March and "
            "“will respond to the allegations in court.”\n\n"
            "Keisha Tillman-Avraham, an organizer with the Westport Tenants Union who lives in "
            "one of the buildings, posted a video on Instagram from her kitchen, where a space "
            "heater sat beside the stove. “This is how I’ve kept my kids warm for two winters,” "
            "she said in the video.\n\n"
            "At a City Council hearing on Wednesday, Council President Hiroshi Calloway-Dunn "
            "pressed the authority’s director, Franklin Oyelowo, on the timeline for repairs. "
            "“Next winter,” Oyelowo answered, “every unit will have working heat. I’ll stake my "
            "job on it.”"
        ),
        "quotes": [
            ("dangerous and degrading.", None, True, "P1"),
            ("will respond to the allegations in court.", None, True, "P2"),
            (
                "This is how I’ve kept my kids warm for two winters,",
                "Keisha Tillman-Avraham",
                False,
                "P3",
            ),
            ("Next winter,", "Franklin Oyelowo", False, None),
            (
                "every unit will have working heat. I’ll stake my job on it.",
                "Franklin Oyelowo",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Keisha Tillman-Avraham", "Instagram"),
        ],
        "people": ["Keisha Tillman-Avraham", "Hiroshi Calloway-Dunn", "Franklin Oyelowo"],
    },
    {
        "name": "nurses-strike-union-x-ceo-email-bluesky-surgeon-reply",
        "text": (
            "About 1,900 nurses at Providence St. Vincent Medical Center in Portland walked off "
            "the job on Thursday morning after contract talks collapsed overnight.\n\n"
            "The Oregon Nurses Association announced the strike on X at 6:58 a.m. “We did not "
            "want this. Management chose it,” the union posted.\n\n"
            "In an email to staff the night before, the hospital’s chief executive, Dr. Benedikt "
            "Lindgren, wrote that replacement nurses had been hired and that patient care would "
            "“continue without interruption.”\n\n"
            "On the picket line, an intensive care nurse, Yolanda Castañeda-Brooks, said she had "
            "worked 14 straight hours on Tuesday because two colleagues had called in sick. "
            "Later, she posted on Bluesky: “Without interruption? Come cover my unit for one "
            "shift.” A surgeon at the hospital, Dr. Obinna Eze, replied under her post, "
            "“Standing with you. We can’t operate without you.”\n\n"
            "The hospital said no surgeries had been canceled. Talks are scheduled to resume "
            "Monday with a federal mediator."
        ),
        "quotes": [
            ("We did not want this. Management chose it,", None, False, "P1"),
            ("continue without interruption.", "Benedikt Lindgren", True, "P2"),
            (
                "Without interruption? Come cover my unit for one shift.",
                "Yolanda Castañeda-Brooks",
                False,
                "P3",
            ),
            ("Standing with you. We can’t operate without you.", "Obinna Eze", False, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Benedikt Lindgren", None),
            ("P3", "Yolanda Castañeda-Brooks", "Bluesky"),
        ],
        "people": ["Benedikt Lindgren", "Yolanda Castañeda-Brooks", "Obinna Eze"],
    },
    {
        "name": "librarian-youtube-book-title-father-comment-board-chair-letter",
        "text": (
            "The director of the public library in Rapid City, South Dakota, posted a 12-minute "
            "video on YouTube on Sunday defending her decision to keep the graphic novel “Gender "
            "Queer” on the shelves of the adult section.\n\n"
            "“A library that only holds books no one objects to is a library with no books,” "
            "Siobhan Okereke-Walsh said in the video. “Parents decide for their own children. "
            "They do not decide for yours.”\n\n"
            "Beneath the video, a commenter who said he was a local father wrote, “I don’t want "
            "it gone, I want it behind the desk.” Okereke-Walsh answered him directly: “That’s a "
            "fair ask, and I’ll bring it to the board.”\n\n"
            "The chair of the library board, Dale Sorensen, wrote in a letter to the city "
            "council that the board would take up the book’s placement at its February meeting. "
            "In the same letter, he described the director’s video as “unhelpful.”\n\n"
            "The memoir has been challenged in at least 30 states, according to the American "
            "Library Association."
        ),
        "quotes": [
            (
                "A library that only holds books no one objects to is a library with no books,",
                "Siobhan Okereke-Walsh",
                False,
                "P1",
            ),
            (
                "Parents decide for their own children. They do not decide for yours.",
                "Siobhan Okereke-Walsh",
                False,
                "P1",
            ),
            ("I don’t want it gone, I want it behind the desk.", None, False, "P1"),
            (
                "That’s a fair ask, and I’ll bring it to the board.",
                "Siobhan Okereke-Walsh",
                False,
                "P1",
            ),
            ("unhelpful.", "Dale Sorensen", True, "P2"),
        ],
        "posts": [
            ("P1", "Siobhan Okereke-Walsh", "YouTube"),
            ("P2", "Dale Sorensen", None),
        ],
        "people": ["Siobhan Okereke-Walsh", "Dale Sorensen"],
    },
    {
        "name": "startup-podcast-title-investor-substack-echo-wage-lawsuit-statement",
        "text": (
            "The founder of the Brooklyn meal-kit startup Pantryful said on a podcast this week "
            "that the company was “weeks, not months” from profitability, days before a former "
            "employee sued it for unpaid wages.\n\n"
            "“We have cut our delivery cost per box in half since January,” Ji-woo "
            "Park-Lindqvist said on “The Unit Economics Show,” a podcast about startups. “The "
            "hard part is behind us.”\n\n"
            "An early investor, Marcus Adeyinka, was less sanguine in a Substack post on "
            "Wednesday. “I have heard ‘weeks, not months’ before, from founders I still love,” "
            "he wrote.\n\n"
            "The lawsuit, filed Thursday in federal court in Brooklyn by a former warehouse "
            "supervisor, Luis Betancourt-Ramírez, says he and 40 other workers were not paid for "
            "overtime in 2023 and that managers “routinely clocked workers out while they were "
            "still packing boxes.”\n\n"
            "Pantryful said in a statement that it “disputes these claims and pays every worker "
            "what they are owed.” The company has raised $38 million and employs about 260 "
            "people."
        ),
        "quotes": [
            ("weeks, not months", "Ji-woo Park-Lindqvist", True, "P1"),
            (
                "We have cut our delivery cost per box in half since January,",
                "Ji-woo Park-Lindqvist",
                False,
                "P1",
            ),
            ("The hard part is behind us.", "Ji-woo Park-Lindqvist", False, "P1"),
            (
                "I have heard ‘weeks, not months’ before, from founders I still love,",
                "Marcus Adeyinka",
                False,
                "P2",
            ),
            (
                "routinely clocked workers out while they were still packing boxes.",
                "Luis Betancourt-Ramírez",
                True,
                "P3",
            ),
            ("disputes these claims and pays every worker what they are owed.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Ji-woo Park-Lindqvist", "The Unit Economics Show"),
            ("P2", "Marcus Adeyinka", "Substack"),
            ("P3", "Luis Betancourt-Ramírez", None),
            ("P4", None, None),
        ],
        "people": ["Ji-woo Park-Lindqvist", "Marcus Adeyinka", "Luis Betancourt-Ramírez"],
    },
    {
        "name": "mayor-two-facebook-posts-same-surname-reply-radio-show-two-paragraphs",
        "text": (
            "The mayor of Dearborn Heights, Farida Haddad, said on Facebook on Friday that she "
            "would veto a zoning change allowing a 200-unit apartment complex on the site of a "
            "former bowling alley.\n\n"
            "“Our residents asked for homes they can afford, not luxury rentals with a dog spa,” "
            "Haddad wrote. In a second post an hour later, she added, “To be clear: I am for "
            "housing. I am against this housing.”\n\n"
            "Under that second post, the developer, Nabil Haddad — no relation — wrote, “Forty "
            "of the units are affordable. Read the plan, Mayor.”\n\n"
            "Council member Rochelle Vanterpool-Kim, who sponsored the change, defended it the "
            "next morning on the radio show “Detroit Today” on WDET.\n\n"
            "“We have a waiting list of 3,000 families for subsidized housing in this city,” she "
            "said.\n\n"
            "“If the mayor has a better site, she has had four years to show it to us.”\n\n"
            "The change passed 5 to 2 last week. The council needs five votes to override a "
            "veto, and one of the five, Council member Omar Szabo, said on Saturday that he was "
            "undecided."
        ),
        "quotes": [
            (
                (
                    "Our residents asked for homes they can afford, not luxury rentals with a dog "
                    "spa,"
                ),
                "Farida Haddad",
                False,
                "P1",
            ),
            (
                "To be clear: I am for housing. I am against this housing.",
                "Farida Haddad",
                False,
                "P2",
            ),
            (
                "Forty of the units are affordable. Read the plan, Mayor.",
                "Nabil Haddad",
                False,
                "P2",
            ),
            (
                "We have a waiting list of 3,000 families for subsidized housing in this city,",
                "Rochelle Vanterpool-Kim",
                False,
                "P3",
            ),
            (
                "If the mayor has a better site, she has had four years to show it to us.",
                "Rochelle Vanterpool-Kim",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Farida Haddad", "Facebook"),
            ("P2", "Farida Haddad", "Facebook"),
            ("P3", "Rochelle Vanterpool-Kim", "Detroit Today"),
        ],
        "people": ["Farida Haddad", "Nabil Haddad", "Rochelle Vanterpool-Kim", "Omar Szabo"],
    },
]
