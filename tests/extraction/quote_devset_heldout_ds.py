"""The one-hundred-and-seventeenth self-made dev set, held out (DS): its first run is an unseen estimate.

Written with set DR, without reading the extraction rules, and committed before
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
  lists every named person in the text (speaking or not) in order of first
  mention.
- A post reported without any quoted words (a study only described, a memo to
  agencies only mentioned) is still listed in posts.
- A platform is written as the text writes it: a capitalised "The" that the
  text prints as part of the name is kept (The Guardian, The Chess Hour, The
  Millbrook Sentinel), a lower-case "the" before the name is not (the Hartford
  Courant -> Hartford Courant); "the BBC's Newsnight" -> Newsnight; "the trade
  publication Brewbound" -> Brewbound; "the Swiss broadcaster SRF" -> SRF.
- A report by a nonprofit, a study by unnamed university researchers, a
  jury's statement, a hospital's statement, a family's statement and a
  union's post have author None; a jury is an organisation.
- "X said in a statement" with X a named person (a museum director) is X's
  statement: author X, no platform.
- Words said on a Twitch livestream ("told viewers on his Twitch stream") are a
  post by the streamer with platform Twitch; a TikTok video is a TikTok post
  and a comment under it belongs to it.
- A newspaper's unsigned farewell editorial is a post with author None and the
  newspaper as platform, and its words speak as None ("it said").
- A reader's letter printed in a named newspaper is the letter writer's post
  with that newspaper as platform.
- An email to staff "obtained by" a newspaper is still the sender's email (no
  platform); the newspaper that obtained it is not a post.
- A fragment in the opening sentence about a judge's order ("calling the
  separations ...") belongs to that judge's ruling, reported in the next
  sentence, with the judge as speaker.
- A budget speech to parliament is a speech, not a post; a fragment of what the
  minister "promised parliament" is partial with post None.
- A sentence split by its attribution ("The drinks tax," he wrote, "is asked
  ...") is two quotes, neither partial, both with the same speaker and post.
- A quote that runs over two paragraphs (the first paragraph left open) is one
  quote per paragraph, each without marks, same speaker and post; the
  attribution may come after the second paragraph.
- A nickname inside a name (Lucas "Lux" Moreau) is not a quote and not part of
  the canonical name (Lucas Moreau); a handle given after "better known by his
  handle" is not a quote.
- Names of buildings ("the Lantern"), beers ("Grandpa's Porch") and scare
  quotes in narration ("engine moves") are not quotes; "Judge for yourselves"
  inside a quote is not a title.
- Companies, teams and places that look like names are not people: Abigail
  Thorne Spirits, Old Harlan Distilling Co., Sorensen & Baptiste, St. Agnes
  Medical Center, Marston Water, Ben Nevis, Fort William, Washington; a dog
  (Nala) is not a person.
- Titles such as Councilwoman, Senator, Mayor, Director, Finance Minister and
  Judge are not part of a canonical name; Korean names keep the order as
  written (Park Ji-hoon, Choi Seung-min given family-first, Hyun-woo Baek and
  Sun-hee Park given-first); Arabic and Filipino multi-part names keep every
  part (Fatima Zahra El Amrani, Maria Cristina Dela Cruz).
- A reply or comment "beneath it" under a post "of his own" belongs to that new
  post.
- "Said when reached by phone", "said at the heliport", "speaking to
  volunteers at the team's base" and a city spokeswoman's words are not posts.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DS: list[dict] = [
    {
        "name": "water-rates-release-facebook-comment-council-meeting",
        "text": (
            "The Calder Valley Water Authority will raise residential rates by 14 percent "
            "in July, the utility said in a press release on Wednesday, blaming the cost "
            "of replacing mains laid in the 1950s.\n\n"
            "“Every dollar of this increase goes into pipes, pumps and treatment,” the "
            "release said.\n\n"
            "Not everyone was persuaded. Denise Okafor, a retired schoolteacher in "
            "Hollins, wrote on Facebook that her bill had already doubled since 2019. "
            "“They want us to pay for forty years of neglect,” she posted. Under her post, "
            "Councilwoman Rosa Villanueva-Pike commented: “I hear you, Denise. Bring this "
            "to Monday’s meeting.”\n\n"
            "At that meeting, the authority’s general manager, Oluwaseun Bakare, defended "
            "the timing. “If we wait, the next break is on Main Street in January, and "
            "that costs three times as much,” he said. He did not say whether the utility "
            "would offer relief to low-income households, a step the council has urged "
            "since spring."
        ),
        "quotes": [
            (
                "Every dollar of this increase goes into pipes, pumps and treatment,",
                None,
                False,
                "P1",
            ),
            (
                "They want us to pay for forty years of neglect,",
                "Denise Okafor",
                False,
                "P2",
            ),
            (
                "I hear you, Denise. Bring this to Monday’s meeting.",
                "Rosa Villanueva-Pike",
                False,
                "P2",
            ),
            (
                "If we wait, the next break is on Main Street in January, and that costs three "
                "times as much,",
                "Oluwaseun Bakare",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Denise Okafor", "Facebook"),
        ],
        "people": ["Denise Okafor", "Rosa Villanueva-Pike", "Oluwaseun Bakare"],
    },
    {
        "name": "boil-water-utility-x-mayor-wbur-lawsuit",
        "text": (
            "Residents of Marston were told to boil their tap water for a fifth straight "
            "day on Friday after tests found E. coli in a storage tank on the city’s east "
            "side.\n\n"
            "“Do not drink unboiled tap water, and do not use it to make ice or baby "
            "formula,” Marston Water wrote on X, in a post that was shared more than 9,000 "
            "times.\n\n"
            "Mayor Priya Raghunathan told WBUR on Thursday that the tank had failed an "
            "inspection in 2022. “That should have been fixed two years ago. I want to "
            "know why it wasn’t,” she said in the interview.\n\n"
            "Later, she told reporters outside City Hall that the city would pay for "
            "bottled water in every school. “No child should be thirsty in class because "
            "of us,” she said.\n\n"
            "A group of restaurant owners filed a lawsuit against the utility the same "
            "day, accusing it of “gross negligence” and seeking damages for lost business. "
            "Marston Water said it would not comment on pending litigation."
        ),
        "quotes": [
            (
                "Do not drink unboiled tap water, and do not use it to make ice or baby formula,",
                None,
                False,
                "P1",
            ),
            (
                "That should have been fixed two years ago. I want to know why it wasn’t,",
                "Priya Raghunathan",
                False,
                "P2",
            ),
            (
                "No child should be thirsty in class because of us,",
                "Priya Raghunathan",
                False,
                None,
            ),
            (
                "gross negligence",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Priya Raghunathan", "WBUR"),
            ("P3", None, None),
        ],
        "people": ["Priya Raghunathan"],
    },
    {
        "name": "lead-pipes-nonprofit-report-op-ed-linkedin-comment",
        "text": (
            "More than a third of the service lines in Aldergrove still contain lead, "
            "according to a report released on Tuesday by the nonprofit Clean Taps "
            "Coalition, which surveyed utility records in 42 towns.\n\n"
            "“The problem is not hidden. It is simply underground, where nobody has to "
            "look at it,” the report said.\n\n"
            "The findings echoed an op-ed that Hyun-woo Baek, a civil engineer who grew up "
            "in the town, published in the Hartford Courant last month. Baek wrote that "
            "the state had treated lead pipes as “a problem for the next governor” for "
            "three decades.\n\n"
            "The town’s water superintendent, Gareth Llewellyn, disputed the figure when "
            "reached by phone. “Our own inventory shows 22 percent, and we are replacing "
            "about 400 lines a year,” he said.\n\n"
            "Baek responded on LinkedIn. “Twenty-two percent of a town of 60,000 is still "
            "thousands of kitchens,” he wrote. A former state health commissioner, "
            "Marguerite Olsen-Diaz, commented beneath his post: “He is right, and the math "
            "is not complicated.”"
        ),
        "quotes": [
            (
                "The problem is not hidden. It is simply underground, where nobody has to look "
                "at it,",
                None,
                False,
                "P1",
            ),
            (
                "a problem for the next governor",
                "Hyun-woo Baek",
                True,
                "P2",
            ),
            (
                "Our own inventory shows 22 percent, and we are replacing about 400 lines a year,",
                "Gareth Llewellyn",
                False,
                None,
            ),
            (
                "Twenty-two percent of a town of 60,000 is still thousands of kitchens,",
                "Hyun-woo Baek",
                False,
                "P3",
            ),
            (
                "He is right, and the math is not complicated.",
                "Marguerite Olsen-Diaz",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hyun-woo Baek", "Hartford Courant"),
            ("P3", "Hyun-woo Baek", "LinkedIn"),
        ],
        "people": ["Hyun-woo Baek", "Gareth Llewellyn", "Marguerite Olsen-Diaz"],
    },
    {
        "name": "museum-wing-instagram-caption-dezeen-essay-opening-speech",
        "text": (
            "The new wing of the Harbourside Art Museum, a glass box the staff have "
            "nicknamed “the Lantern,” opened to the public on Saturday after four years of "
            "construction and one very public quarrel.\n\n"
            "Its architect, Amara Nwosu-Lindgren, marked the day on Instagram with a "
            "photograph of the empty galleries at dawn and the caption “Light first, then "
            "everything else.”\n\n"
            "The critic Julian Marchetti was less enchanted. In an essay for Dezeen, he "
            "called the building “a handsome refrigerator” and argued that its west-facing "
            "glass would cook the paintings by August. “Museums are not showrooms,” he "
            "wrote. “Art needs shade as much as it needs light.”\n\n"
            "Nwosu-Lindgren answered him in her speech at the opening. “Julian has never "
            "been inside the building in summer. Neither have I. Let’s talk in September,” "
            "she said, to laughter.\n\n"
            "The museum’s director, Felipe Arroyo, said in a statement that the galleries "
            "had been fitted with motorised blinds and that the collection was “perfectly "
            "safe.”"
        ),
        "quotes": [
            (
                "Light first, then everything else.",
                "Amara Nwosu-Lindgren",
                False,
                "P1",
            ),
            (
                "a handsome refrigerator",
                "Julian Marchetti",
                True,
                "P2",
            ),
            (
                "Museums are not showrooms,",
                "Julian Marchetti",
                False,
                "P2",
            ),
            (
                "Art needs shade as much as it needs light.",
                "Julian Marchetti",
                False,
                "P2",
            ),
            (
                "Julian has never been inside the building in summer. Neither have I. Let’s talk "
                "in September,",
                "Amara Nwosu-Lindgren",
                False,
                None,
            ),
            (
                "perfectly safe.",
                "Felipe Arroyo",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Amara Nwosu-Lindgren", "Instagram"),
            ("P2", "Julian Marchetti", "Dezeen"),
            ("P3", "Felipe Arroyo", None),
        ],
        "people": ["Amara Nwosu-Lindgren", "Julian Marchetti", "Felipe Arroyo"],
    },
    {
        "name": "library-competition-jury-statement-interview-open-letter",
        "text": (
            "A Copenhagen studio led by Kenji Watanabe-Holm has won the competition to "
            "design a new central library in Rotterdam, beating 146 entries from 31 "
            "countries.\n\n"
            "The jury said in a statement that the winning scheme, a stack of timber "
            "reading rooms around a public stair, “treats the library as a street that "
            "happens to have books in it.”\n\n"
            "Watanabe-Holm told Architectural Record that the design began with a sketch "
            "on a train. “I drew a staircase and then asked myself what people would want "
            "to stop for on the way up,” he said. “Books were the obvious answer. Chairs "
            "were the second.”\n\n"
            "The proposal still faces opposition. An open letter signed by more than 800 "
            "residents of the Oude Westen district asks the city to keep the old branch "
            "library there open. “A new building is not a reason to abandon the "
            "neighbourhood,” the letter says.\n\n"
            "The city’s alderman for culture, Fatima Zahra El Amrani, told reporters on "
            "Thursday that both libraries could remain. “Nobody is closing anything yet,” "
            "she said."
        ),
        "quotes": [
            (
                "treats the library as a street that happens to have books in it.",
                None,
                True,
                "P1",
            ),
            (
                "I drew a staircase and then asked myself what people would want to stop for on "
                "the way up,",
                "Kenji Watanabe-Holm",
                False,
                "P2",
            ),
            (
                "Books were the obvious answer. Chairs were the second.",
                "Kenji Watanabe-Holm",
                False,
                "P2",
            ),
            (
                "A new building is not a reason to abandon the neighbourhood,",
                None,
                False,
                "P3",
            ),
            (
                "Nobody is closing anything yet,",
                "Fatima Zahra El Amrani",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kenji Watanabe-Holm", "Architectural Record"),
            ("P3", None, None),
        ],
        "people": ["Kenji Watanabe-Holm", "Fatima Zahra El Amrani"],
    },
    {
        "name": "backyard-cottages-ruling-design-podcast-nextdoor",
        "text": (
            "A judge in Clackamas County has ruled that Lake Oswego cannot bar homeowners "
            "from building small backyard cottages, handing a victory to a design firm "
            "whose first project the city had blocked.\n\n"
            "In a written opinion issued on Monday, Judge Adaeze Mbanefo found that the "
            "city’s height limit for the cottages was “arbitrary on its face” and had no "
            "basis in the state’s housing law.\n\n"
            "The firm, Sorensen & Baptiste, builds prefabricated cottages of about 400 "
            "square feet. Its co-founder, Ingrid Sorensen, said on the design podcast "
            "Small Rooms that the ruling would open “thousands of backyards” to families. "
            "“We are not building mansions. We are building places for grandmothers to "
            "live,” she said on the show.\n\n"
            "A neighbour who had opposed that first project, Walter Brennan-Kowalski, "
            "wrote on Nextdoor that he feared a wave of short-term rentals. “This was a "
            "quiet street. Now it’s a construction site,” he posted.\n\n"
            "A city spokeswoman, who was not authorised to speak publicly, said the city "
            "was “reviewing the decision.”"
        ),
        "quotes": [
            (
                "arbitrary on its face",
                "Adaeze Mbanefo",
                True,
                "P1",
            ),
            (
                "thousands of backyards",
                "Ingrid Sorensen",
                True,
                "P2",
            ),
            (
                "We are not building mansions. We are building places for grandmothers to live,",
                "Ingrid Sorensen",
                False,
                "P2",
            ),
            (
                "This was a quiet street. Now it’s a construction site,",
                "Walter Brennan-Kowalski",
                False,
                "P3",
            ),
            (
                "reviewing the decision.",
                None,
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Adaeze Mbanefo", None),
            ("P2", "Ingrid Sorensen", "Small Rooms"),
            ("P3", "Walter Brennan-Kowalski", "Nextdoor"),
        ],
        "people": ["Adaeze Mbanefo", "Ingrid Sorensen", "Walter Brennan-Kowalski"],
    },
    {
        "name": "asylum-families-ruling-dhs-statement-guardian-news-conference",
        "text": (
            "A federal judge in San Diego on Wednesday ordered the government to reunite "
            "37 asylum-seeking families who were separated at the border in March, calling "
            "the separations “cruel and, worse, pointless.”\n\n"
            "In her 28-page ruling, Judge Leticia Arredondo-Baez gave the Department of "
            "Homeland Security 30 days to comply. “The government has offered no reason, "
            "security or otherwise, for keeping a four-year-old from her mother,” she "
            "wrote.\n\n"
            "The department said in a statement that it was “reviewing the decision and "
            "considering all options,” including an appeal.\n\n"
            "Emeka Nwachukwu, a lawyer for several of the families, told The Guardian that "
            "some parents had not heard their children’s voices in weeks. “One father "
            "showed me a drawing his son made for him. It was all he had,” he said.\n\n"
            "At a news conference outside the courthouse, Nwachukwu’s co-counsel, Sun-hee "
            "Park, urged the government not to appeal. “Every day you spend in court is "
            "another day these children spend waiting,” she said."
        ),
        "quotes": [
            (
                "cruel and, worse, pointless.",
                "Leticia Arredondo-Baez",
                True,
                "P1",
            ),
            (
                "The government has offered no reason, security or otherwise, for keeping a "
                "four-year-old from her mother,",
                "Leticia Arredondo-Baez",
                False,
                "P1",
            ),
            (
                "reviewing the decision and considering all options,",
                None,
                True,
                "P2",
            ),
            (
                "One father showed me a drawing his son made for him. It was all he had,",
                "Emeka Nwachukwu",
                False,
                "P3",
            ),
            (
                "Every day you spend in court is another day these children spend waiting,",
                "Sun-hee Park",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Leticia Arredondo-Baez", None),
            ("P2", None, None),
            ("P3", "Emeka Nwachukwu", "The Guardian"),
        ],
        "people": ["Leticia Arredondo-Baez", "Emeka Nwachukwu", "Sun-hee Park"],
    },
    {
        "name": "nurse-green-card-tiktok-comment-hospital-statement-hearing",
        "text": (
            "For 19 months, Maria Cristina Dela Cruz has worked night shifts in the "
            "intensive care unit at St. Agnes Medical Center in Duluth while waiting for a "
            "green card that a federal backlog has left in limbo.\n\n"
            "Last week she posted a TikTok video from the hospital parking lot, still in "
            "her scrubs. “I have held the hands of dying patients in this country. I just "
            "want to know if I can stay,” she said in the video, which has been viewed 2.3 "
            "million times.\n\n"
            "One comment under the video came from a former patient’s daughter, Hannah "
            "Ostrowski-Ruiz: “She sang to my dad the night he died. Let her stay.”\n\n"
            "St. Agnes said in a statement that it employs 64 nurses on temporary visas "
            "and that it had “written to every member of our congressional delegation.”\n\n"
            "At a Senate hearing on Tuesday, Senator Douglas Whitcombe raised her case. "
            "“We are short of nurses, and we are making the nurses we have wait in line "
            "for years,” he said. Dela Cruz watched from the gallery."
        ),
        "quotes": [
            (
                "I have held the hands of dying patients in this country. I just want to know if "
                "I can stay,",
                "Maria Cristina Dela Cruz",
                False,
                "P1",
            ),
            (
                "She sang to my dad the night he died. Let her stay.",
                "Hannah Ostrowski-Ruiz",
                False,
                "P1",
            ),
            (
                "written to every member of our congressional delegation.",
                None,
                True,
                "P2",
            ),
            (
                "We are short of nurses, and we are making the nurses we have wait in line for "
                "years,",
                "Douglas Whitcombe",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Maria Cristina Dela Cruz", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Maria Cristina Dela Cruz", "Hannah Ostrowski-Ruiz", "Douglas Whitcombe"],
    },
    {
        "name": "chess-cheating-x-accusation-own-post-reply-fide-podcast",
        "text": (
            "The Norwegian grandmaster Eirik Haugland has accused a 16-year-old opponent "
            "of cheating at the Reykjavik Open, reviving the debate over so-called “engine "
            "moves” that has dogged elite chess for years.\n\n"
            "“I have played 3,000 serious games. I know what a human move looks like, and "
            "that was not one,” Haugland wrote on X after losing in 31 moves on Sunday.\n\n"
            "His opponent, Arjun Venkataraman of Chennai, answered in a post of his own. "
            "“I prepared that line for six weeks with my coach. Ask him,” he wrote. The "
            "coach, Dmitri Volkonsky, replied beneath it: “Every move is in our files. We "
            "will share them.”\n\n"
            "The International Chess Federation said in a statement that it had seen “no "
            "evidence whatsoever” of foul play and that its fair-play panel had reviewed "
            "the game.\n\n"
            "On the podcast The Chess Hour, Haugland later softened his tone. “Maybe I was "
            "angry. Maybe I was wrong,” he said, though he stopped short of an apology."
        ),
        "quotes": [
            (
                "I have played 3,000 serious games. I know what a human move looks like, and "
                "that was not one,",
                "Eirik Haugland",
                False,
                "P1",
            ),
            (
                "I prepared that line for six weeks with my coach. Ask him,",
                "Arjun Venkataraman",
                False,
                "P2",
            ),
            (
                "Every move is in our files. We will share them.",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
            (
                "no evidence whatsoever",
                None,
                True,
                "P3",
            ),
            (
                "Maybe I was angry. Maybe I was wrong,",
                "Eirik Haugland",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Eirik Haugland", "X"),
            ("P2", "Arjun Venkataraman", "X"),
            ("P3", None, None),
            ("P4", "Eirik Haugland", "The Chess Hour"),
        ],
        "people": ["Eirik Haugland", "Arjun Venkataraman", "Dmitri Volkonsky"],
    },
    {
        "name": "esports-midlaner-released-press-release-twitch-stream",
        "text": (
            "The League of Legends team Vanguard Seoul has released its star mid-laner, "
            "Park Ji-hoon, better known by his handle “Zephyr,” two weeks before the start "
            "of the spring season.\n\n"
            "In a press release on Friday, the team thanked him for “four seasons of "
            "extraordinary play” and said it had decided to “rebuild around a younger "
            "core.”\n\n"
            "Park, 24, told viewers on his Twitch stream that night that he had learned of "
            "the decision from a group chat. “Nobody called me. I found out with everyone "
            "else,” he said on the stream, which drew more than 180,000 viewers.\n\n"
            "Vanguard’s head coach, Choi Seung-min, told reporters after a scrimmage on "
            "Saturday that the decision was not personal. “Ji-hoon is the best player I "
            "have coached. This is about the next five years, not the last four,” Choi "
            "said.\n\n"
            "Park’s former teammate Lucas “Lux” Moreau posted on X: “Whoever takes him "
            "next is getting a champion.”"
        ),
        "quotes": [
            (
                "four seasons of extraordinary play",
                None,
                True,
                "P1",
            ),
            (
                "rebuild around a younger core.",
                None,
                True,
                "P1",
            ),
            (
                "Nobody called me. I found out with everyone else,",
                "Park Ji-hoon",
                False,
                "P2",
            ),
            (
                "Ji-hoon is the best player I have coached. This is about the next five years, "
                "not the last four,",
                "Choi Seung-min",
                False,
                None,
            ),
            (
                "Whoever takes him next is getting a champion.",
                "Lucas Moreau",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Park Ji-hoon", "Twitch"),
            ("P3", "Lucas Moreau", "X"),
        ],
        "people": ["Park Ji-hoon", "Choi Seung-min", "Lucas Moreau"],
    },
    {
        "name": "chess-prodigy-mother-instagram-newsnight-press-conference",
        "text": (
            "At 12, Amina Diallo-Forsyth became the youngest player ever to win the "
            "British Chess Championship on Sunday, beating three grandmasters along the "
            "way.\n\n"
            "Her mother, Mariama Diallo, posted a photograph on Instagram of her daughter "
            "asleep on a hotel sofa with the trophy. “Champion of Britain, still refuses "
            "to brush her teeth,” she wrote.\n\n"
            "Amina appeared on the BBC’s Newsnight on Monday evening, where the presenter "
            "asked whether she felt any pressure. “Not really. Chess is the only place "
            "where nobody tells me I’m too young,” she said.\n\n"
            "Her coach, the grandmaster Tobias Engström, was more cautious at a press "
            "conference in Leamington Spa. “She is extraordinary, but she is also a child, "
            "and we will protect that,” he said.\n\n"
            "The English Chess Federation announced in a press release that it would pay "
            "for her travel to the world youth championships in Brazil, calling her win “a "
            "moment for the whole country.”"
        ),
        "quotes": [
            (
                "Champion of Britain, still refuses to brush her teeth,",
                "Mariama Diallo",
                False,
                "P1",
            ),
            (
                "Not really. Chess is the only place where nobody tells me I’m too young,",
                "Amina Diallo-Forsyth",
                False,
                "P2",
            ),
            (
                "She is extraordinary, but she is also a child, and we will protect that,",
                "Tobias Engström",
                False,
                None,
            ),
            (
                "a moment for the whole country.",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mariama Diallo", "Instagram"),
            ("P2", "Amina Diallo-Forsyth", "Newsnight"),
            ("P3", None, "press release"),
        ],
        "people": ["Amina Diallo-Forsyth", "Mariama Diallo", "Tobias Engström"],
    },
    {
        "name": "budget-speech-ft-op-ed-imf-statement-analyst-note",
        "text": (
            "Finance Minister Oyelaran Adebayo-Cole presented a budget on Wednesday that "
            "cuts the deficit to 3.1 percent of gross domestic product, promising "
            "parliament that the country would “live within its means without starving its "
            "future.”\n\n"
            "In the speech, he announced a freeze on public-sector hiring and a new tax on "
            "sugary drinks. “We cannot borrow our way to prosperity, and we will not try,” "
            "he said.\n\n"
            "The leader of the opposition, Chidinma Eze, attacked the plan in an op-ed in "
            "the Financial Times the next morning. “This is a budget for bond markets, "
            "written by people who have never waited for a bus,” she wrote.\n\n"
            "The International Monetary Fund said in a statement that the measures were "
            "“broadly consistent” with the reforms it had recommended.\n\n"
            "In a note to clients, Renaud Fontaine, chief Africa economist at Banque "
            "Méridien, questioned the revenue forecasts. “The drinks tax,” he wrote, “is "
            "asked to raise more than the entire excise system did in 2022.”"
        ),
        "quotes": [
            (
                "live within its means without starving its future.",
                "Oyelaran Adebayo-Cole",
                True,
                None,
            ),
            (
                "We cannot borrow our way to prosperity, and we will not try,",
                "Oyelaran Adebayo-Cole",
                False,
                None,
            ),
            (
                "This is a budget for bond markets, written by people who have never waited for "
                "a bus,",
                "Chidinma Eze",
                False,
                "P1",
            ),
            (
                "broadly consistent",
                None,
                True,
                "P2",
            ),
            (
                "The drinks tax,",
                "Renaud Fontaine",
                False,
                "P3",
            ),
            (
                "is asked to raise more than the entire excise system did in 2022.",
                "Renaud Fontaine",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Chidinma Eze", "Financial Times"),
            ("P2", None, None),
            ("P3", "Renaud Fontaine", None),
        ],
        "people": ["Oyelaran Adebayo-Cole", "Chidinma Eze", "Renaud Fontaine"],
    },
    {
        "name": "shutdown-director-email-union-x-senator-bluesky-reply",
        "text": (
            "With Congress still deadlocked over the federal budget, the head of the "
            "National Park Service told employees in an email on Thursday to prepare for a "
            "shutdown at midnight on Friday.\n\n"
            "“I know many of you are worried about rent and groceries. I am worried with "
            "you,” Director Rebecca Thornquist wrote in the email, which was obtained by "
            "The Washington Post.\n\n"
            "The union that represents park rangers posted on X that its members were "
            "“tired of being used as bargaining chips.”\n\n"
            "Senator Malik Haddad, who chairs the appropriations subcommittee, told "
            "reporters on Capitol Hill that a deal was “close, but not close enough.” He "
            "later wrote on Bluesky: “Nobody should have to choose between a paycheck and "
            "a national park. I’m staying in Washington until this is done.”\n\n"
            "Under Haddad’s post, a ranger at Yellowstone, Dakota Runningwater, replied: "
            "“Tell that to my landlord.”\n\n"
            "The White House budget office sent a memo to agencies saying essential staff "
            "would keep working without pay."
        ),
        "quotes": [
            (
                "I know many of you are worried about rent and groceries. I am worried with you,",
                "Rebecca Thornquist",
                False,
                "P1",
            ),
            (
                "tired of being used as bargaining chips.",
                None,
                True,
                "P2",
            ),
            (
                "close, but not close enough.",
                "Malik Haddad",
                True,
                None,
            ),
            (
                "Nobody should have to choose between a paycheck and a national park. I’m "
                "staying in Washington until this is done.",
                "Malik Haddad",
                False,
                "P3",
            ),
            (
                "Tell that to my landlord.",
                "Dakota Runningwater",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rebecca Thornquist", None),
            ("P2", None, "X"),
            ("P3", "Malik Haddad", "Bluesky"),
            ("P4", None, None),
        ],
        "people": ["Rebecca Thornquist", "Malik Haddad", "Dakota Runningwater"],
    },
    {
        "name": "brewery-closing-instagram-comment-brewbound-member-email",
        "text": (
            "Hollow Oak Brewing, the Asheville brewery best known for a hazy pale ale "
            "called “Grandpa’s Porch,” will pour its last pints on Sunday after nine "
            "years.\n\n"
            "“We tried everything: a food truck, trivia nights, a second location. The "
            "numbers never came back after 2020,” the brewery said in a post on Instagram "
            "announcing the closure.\n\n"
            "Hundreds of customers commented under the post. One of them, Keisha "
            "Underwood, wrote: “Got engaged on your patio. Thank you for all of it.”\n\n"
            "The brewery’s co-owner, Sebastián Quintero, said in an interview with the "
            "trade publication Brewbound that rising prices for aluminum cans and hops had "
            "made the business unworkable. “A small brewery lives on margins of three or "
            "four percent. Take two points away and you’re done,” he said.\n\n"
            "In an email to members of its mug club, the brewery promised refunds for "
            "unused memberships and “one last, long night with every beer we ever made.”"
        ),
        "quotes": [
            (
                "We tried everything: a food truck, trivia nights, a second location. The "
                "numbers never came back after 2020,",
                None,
                False,
                "P1",
            ),
            (
                "Got engaged on your patio. Thank you for all of it.",
                "Keisha Underwood",
                False,
                "P1",
            ),
            (
                "A small brewery lives on margins of three or four percent. Take two points away "
                "and you’re done,",
                "Sebastián Quintero",
                False,
                "P2",
            ),
            (
                "one last, long night with every beer we ever made.",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Sebastián Quintero", "Brewbound"),
            ("P3", None, None),
        ],
        "people": ["Keisha Underwood", "Sebastián Quintero"],
    },
    {
        "name": "distillery-label-lawsuit-facebook-company-statement-weekly",
        "text": (
            "Abigail Thorne Spirits, a two-person distillery in Vermont named after its "
            "founder’s great-grandmother, has been sued by the bourbon maker Old Harlan "
            "Distilling Co. over the design of its labels.\n\n"
            "The lawsuit, filed in federal court in Louisville, says the labels are "
            "“designed to trade on a reputation built over 140 years.”\n\n"
            "The distillery’s founder, Nkechi Thorne-Abernathy, answered on Facebook with "
            "a photograph of the two bottles side by side. “One is brown and gold with a "
            "horse. Ours is green with a fern. Judge for yourselves,” she wrote.\n\n"
            "In a statement, Old Harlan said it “respects craft distillers” but had a duty "
            "to protect its brand, and quoted its chief executive, Bradley Voss, as "
            "saying: “This is not about size. It is about confusion in the liquor aisle.”\n\n"
            "Thorne-Abernathy told Seven Days, the Burlington weekly, that legal fees "
            "could close the business. “We made 3,000 bottles last year. Their legal "
            "budget is bigger than our entire company,” she said."
        ),
        "quotes": [
            (
                "designed to trade on a reputation built over 140 years.",
                None,
                True,
                "P1",
            ),
            (
                "One is brown and gold with a horse. Ours is green with a fern. Judge for "
                "yourselves,",
                "Nkechi Thorne-Abernathy",
                False,
                "P2",
            ),
            (
                "respects craft distillers",
                None,
                True,
                "P3",
            ),
            (
                "This is not about size. It is about confusion in the liquor aisle.",
                "Bradley Voss",
                False,
                "P3",
            ),
            (
                "We made 3,000 bottles last year. Their legal budget is bigger than our entire "
                "company,",
                "Nkechi Thorne-Abernathy",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nkechi Thorne-Abernathy", "Facebook"),
            ("P3", None, None),
            ("P4", "Nkechi Thorne-Abernathy", "Seven Days"),
        ],
        "people": ["Nkechi Thorne-Abernathy", "Bradley Voss"],
    },
    {
        "name": "newspaper-final-edition-publisher-memo-editorial-reporter-x",
        "text": (
            "The Millbrook Sentinel, which has covered the town’s school boards, floods "
            "and high-school football since 1887, will publish its final edition on "
            "Saturday.\n\n"
            "In a memo to the paper’s 14 remaining employees, the publisher, Harold "
            "Achterberg, blamed falling advertising revenue. “I ran out of ways to say "
            "‘next year will be better,’ so I will say thank you instead,” he wrote.\n\n"
            "The paper’s farewell editorial, posted on its website on Thursday, was "
            "addressed to readers. “For 137 years you let us into your kitchens. We hope "
            "we were good guests,” it said.\n\n"
            "Reporter Yesenia Castañeda-Ruiz, who spent 11 years covering the county "
            "courthouse, wrote on X that she was “not ready to stop asking questions.” Her "
            "former editor, Gordon Maclean, replied under her post: “You never will. "
            "That’s the job.”\n\n"
            "At a town council meeting on Tuesday night, Mayor Ruth Okonkwo called the "
            "closure “a loss we will feel in ways we can’t yet measure.”"
        ),
        "quotes": [
            (
                "I ran out of ways to say ‘next year will be better,’ so I will say thank you "
                "instead,",
                "Harold Achterberg",
                False,
                "P1",
            ),
            (
                "For 137 years you let us into your kitchens. We hope we were good guests,",
                None,
                False,
                "P2",
            ),
            (
                "not ready to stop asking questions.",
                "Yesenia Castañeda-Ruiz",
                True,
                "P3",
            ),
            (
                "You never will. That’s the job.",
                "Gordon Maclean",
                False,
                "P3",
            ),
            (
                "a loss we will feel in ways we can’t yet measure.",
                "Ruth Okonkwo",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harold Achterberg", None),
            ("P2", None, "The Millbrook Sentinel"),
            ("P3", "Yesenia Castañeda-Ruiz", "X"),
        ],
        "people": ["Harold Achterberg", "Yesenia Castañeda-Ruiz", "Gordon Maclean", "Ruth Okonkwo"],
    },
    {
        "name": "weekly-closes-editor-podcast-two-paragraphs-study-reader-letter",
        "text": (
            "The Ridgeway Courier, a 90-year-old weekly in rural Nebraska, printed its "
            "last issue on Wednesday, leaving Cass County without a local newspaper for "
            "the first time since the Depression.\n\n"
            "Its owner and editor, Lorraine Haskett, explained her decision on the "
            "journalism podcast Local Matters. “I am 71, and I have been doing this alone "
            "since my husband died. Nobody wanted to buy a paper that makes $8,000 a "
            "year.\n\n"
            "“People think the internet killed us. It didn’t. What killed us was that the "
            "grocery store and the car dealership closed, and they were our advertisers,” "
            "she said.\n\n"
            "A study by researchers at Northwestern University, published last month, "
            "counted more than 200 counties in the country with no local news source at "
            "all.\n\n"
            "One reader’s letter, from a retired farmer named Ole Brandvold, ran on the "
            "Courier’s final front page: “You printed my wedding, my kids’ births and my "
            "wife’s obituary. Who will do that now?”"
        ),
        "quotes": [
            (
                "I am 71, and I have been doing this alone since my husband died. Nobody wanted "
                "to buy a paper that makes $8,000 a year.",
                "Lorraine Haskett",
                False,
                "P1",
            ),
            (
                "People think the internet killed us. It didn’t. What killed us was that the "
                "grocery store and the car dealership closed, and they were our advertisers,",
                "Lorraine Haskett",
                False,
                "P1",
            ),
            (
                "You printed my wedding, my kids’ births and my wife’s obituary. Who will do "
                "that now?",
                "Ole Brandvold",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lorraine Haskett", "Local Matters"),
            ("P2", None, None),
            ("P3", "Ole Brandvold", "The Ridgeway Courier"),
        ],
        "people": ["Lorraine Haskett", "Ole Brandvold"],
    },
    {
        "name": "ben-nevis-rescue-team-facebook-walker-instagram-radio",
        "text": (
            "Rescuers carried an injured walker off Ben Nevis in darkness on Saturday "
            "after she slipped on ice near the summit plateau and broke her ankle.\n\n"
            "Lochaber Mountain Rescue Team said on Facebook that 14 volunteers had spent "
            "nine hours on the mountain. “Please, if you are heading up in winter, carry "
            "an ice axe and crampons and know how to use them,” the team wrote.\n\n"
            "The walker, Priyanka Chaudhary, 34, from Leeds, thanked them on Instagram "
            "from her hospital bed. “These people came out in the dark for a stranger, for "
            "nothing. I owe them everything,” she posted.\n\n"
            "The team leader, Fraser MacInnes, told BBC Radio Scotland that call-outs on "
            "Ben Nevis had risen by a third in five years. “A lot of people see a "
            "photograph online and think it’s a hill walk. In February it’s an Arctic "
            "expedition,” he said.\n\n"
            "Speaking to volunteers at the team’s base in Fort William on Sunday, MacInnes "
            "said the rescue had gone “as well as a rescue in those conditions can.”"
        ),
        "quotes": [
            (
                "Please, if you are heading up in winter, carry an ice axe and crampons and know "
                "how to use them,",
                None,
                False,
                "P1",
            ),
            (
                "These people came out in the dark for a stranger, for nothing. I owe them "
                "everything,",
                "Priyanka Chaudhary",
                False,
                "P2",
            ),
            (
                "A lot of people see a photograph online and think it’s a hill walk. In February "
                "it’s an Arctic expedition,",
                "Fraser MacInnes",
                False,
                "P3",
            ),
            (
                "as well as a rescue in those conditions can.",
                "Fraser MacInnes",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Priyanka Chaudhary", "Instagram"),
            ("P3", "Fraser MacInnes", "BBC Radio Scotland"),
        ],
        "people": ["Priyanka Chaudhary", "Fraser MacInnes"],
    },
    {
        "name": "zermatt-avalanche-company-statement-srf-family-heliport",
        "text": (
            "Two ski tourers were pulled alive from an avalanche above Zermatt on Tuesday "
            "after being buried for nearly 40 minutes, Swiss rescuers said.\n\n"
            "Air Zermatt, the helicopter company that flew the rescue, said in a statement "
            "that a dog handler had located the first victim within 12 minutes of landing. "
            "“Without the dog, this would have been a recovery, not a rescue,” the "
            "statement said.\n\n"
            "The pilot, Reto Imboden, told the Swiss broadcaster SRF that visibility had "
            "closed to almost nothing as he came in to land. “I could see the snow and the "
            "handler’s orange jacket, and that was it,” he said.\n\n"
            "The victims, a German couple in their fifties, were flown to hospital in "
            "Visp. Their family said in a statement that they were “overwhelmed with "
            "gratitude” and asked for privacy.\n\n"
            "At the heliport, the dog’s handler, Corinne Zurbriggen, said her Belgian "
            "shepherd, Nala, had found the man under a metre and a half of snow. “She did "
            "the hard part. I just dug,” Zurbriggen said."
        ),
        "quotes": [
            (
                "Without the dog, this would have been a recovery, not a rescue,",
                None,
                False,
                "P1",
            ),
            (
                "I could see the snow and the handler’s orange jacket, and that was it,",
                "Reto Imboden",
                False,
                "P2",
            ),
            (
                "overwhelmed with gratitude",
                None,
                True,
                "P3",
            ),
            (
                "She did the hard part. I just dug,",
                "Corinne Zurbriggen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Reto Imboden", "SRF"),
            ("P3", None, None),
        ],
        "people": ["Reto Imboden", "Corinne Zurbriggen"],
    },
    {
        "name": "longs-peak-climber-medium-essay-sheriff-release-sister-facebook",
        "text": (
            "A climber who spent two nights stranded on a ledge on Longs Peak has written "
            "about the ordeal in an essay on Medium, a week after a rescue that involved "
            "30 volunteers and a National Guard helicopter.\n\n"
            "“I made every mistake in the book. I started late, I ignored the clouds, and "
            "I told no one exactly where I was going.\n\n"
            "“The people who came for me did everything right,” wrote the climber, Tariq "
            "Al-Mansouri, 29, a software engineer from Boulder.\n\n"
            "The Larimer County Sheriff’s Office said in a news release that rescuers "
            "reached him at 2 a.m. on the third day. Its search coordinator, Janelle "
            "Whitfield, was quoted in the release as saying, “He kept his head, and that "
            "kept him alive.”\n\n"
            "His sister, Leila Al-Mansouri, had posted a plea on Facebook on the first "
            "night asking anyone near the park to look for his car. “He is an experienced "
            "climber, but he is alone,” she wrote.\n\n"
            "Rocky Mountain Rescue Group, which took part, added a post of its own on "
            "Facebook: “Tell someone your plan. Every time.”"
        ),
        "quotes": [
            (
                "I made every mistake in the book. I started late, I ignored the clouds, and I "
                "told no one exactly where I was going.",
                "Tariq Al-Mansouri",
                False,
                "P1",
            ),
            (
                "The people who came for me did everything right,",
                "Tariq Al-Mansouri",
                False,
                "P1",
            ),
            (
                "He kept his head, and that kept him alive.",
                "Janelle Whitfield",
                False,
                "P2",
            ),
            (
                "He is an experienced climber, but he is alone,",
                "Leila Al-Mansouri",
                False,
                "P3",
            ),
            (
                "Tell someone your plan. Every time.",
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Tariq Al-Mansouri", "Medium"),
            ("P2", None, "press release"),
            ("P3", "Leila Al-Mansouri", "Facebook"),
            ("P4", None, "Facebook"),
        ],
        "people": ["Tariq Al-Mansouri", "Janelle Whitfield", "Leila Al-Mansouri"],
    },
]
