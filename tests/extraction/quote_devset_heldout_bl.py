"""The fifty-eighth self-made dev set, held out (BL): its first run is an unseen estimate.

Written with set BM, without reading the extraction rules, and committed before
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
- Honorifics and titles (Gov., Sen., Sgt., Capt., Chief Patrol Agent, Judge,
  Chief Executive) are not part of a canonical name; a nickname in marks inside
  a name (Jalen "Jet" Achterberg) is left out of the name and is not a quote;
  a hyphenated surname is kept whole.
- A reply to an X post ("replied within minutes", "hundreds of users replied,
  among them ...") is treated like a comment: its quote is the replier's and
  belongs to the post replied to. A later "second post" by the replier is a new
  X post of his own, and sharing someone's post "with a comment of his own" is a
  new X post by the sharer.
- A sheriff's office's Facebook post, a weather service office's X post and an
  unnamed commissioner's X post have author None. A later post "on the office's
  page" keeps the platform named before (Facebook) and is listed even though it
  has no quote; so is an organisation's statement that is only paraphrased.
- A person who "spoke to" a named TV station (KWTX-TV) gave it an interview: a
  post with the station as platform. A coach's weekly call-in show on a radio
  station whose show is not named has the station (WKXO) as platform, and an
  answer given to "a caller to the show" belongs to that show.
- When a show and its station are both named ("Good Day Atlanta", "the Fox 5
  morning show"), the platform is the show; a podcast's name in marks is its
  platform and not a quote, and "asked on the podcast" ties the answer to it.
- An unnamed commenter under a TikTok video speaks as None and the comment
  belongs to the video; "in a second video" is a new TikTok post.
- An organisation that "said" something with no statement, release or other
  document named (a union) gives a quote with post None.
- Words said on camera in a YouTube video, including a voiceover added to it,
  belong to the video; a quote said "in the interview" after "told Alabama
  Public Radio" belongs to that radio interview.
- An Instagram Live is an Instagram post, and a comment left "during the
  broadcast" belongs to it; a one-word caption given whole ("Merci.") is not
  partial; an Instagram post promoting an essay is a new post, and a comment
  beneath it belongs to it.
- "It said" after a press release speaks for the organisation (None) and stays
  linked to the release, even when the release also quotes a named executive.
- A memo "obtained by" a named newspaper is its writer's post with platform
  None; the newspaper that obtained it is not a post. A mayor speaking at a
  City Council meeting gives no post.
- The words a lawsuit "says" are the filer's (partial when quoted inside
  narration); a named lawyer's statement and a named lawyer's letter ("wrote to
  the company") are the lawyer's posts, not the client's; a named executive's
  memo or email to staff, and a named athletic director's statement, are their
  own posts; a judge's written order is the judge's post.
- A letter signed by a group of lawmakers has author None.
- A magazine essay's title in marks is not a quote, and the platform is the
  magazine as written (Harper's Bazaar with its apostrophe); a past interview
  with a named trade outlet (Vogue Business) is a post of its own.
- A quote running over two paragraphs is one row per paragraph, both with the
  same speaker and post.
- A fragment in a lead sentence ("calling it ...") is linked to a post only
  when the same sentence names the post ("in a post on X"); otherwise it has
  post None.
- A person described before being named ("wrote the dermatologist, Ifeoma
  Drummond"; "The woman, Delfina Arroyo, 67") speaks under that name, and a
  description ("the 52-year-old executive", "the 34-year-old") speaks as the
  person it describes.
- An analyst call is not a post, even when it refers to a post ("Her post made
  us move faster" is not linked to the Threads post).
- A dog's name in marks ("Biscuit") is not a quote and a dog is not a person;
  the so-called "sanctuary" bill is a scare quote.
- Two texts use straight quotation marks; their quote texts are the words
  between the straight marks.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BL: list[dict] = [
    {
        "name": "governor-veto-x-reply-and-second-post",
        "text": (
            "Gov. Teresa Villalobos vetoed a bill on Tuesday that would have capped property "
            "tax increases at 3% a year, calling it “a gift to the largest landlords in the "
            "state” in a post on X.\n\n"
            "“I will sign real relief for homeowners the day it reaches my desk. This is not "
            "it,” Villalobos wrote in the same post.\n\n"
            "The bill’s sponsor, state Sen. Harlan Pruitt, replied within minutes. “The "
            "governor had six months to tell us what she wanted. She chose to lecture us on "
            "television instead,” the Republican from Pike County wrote.\n\n"
            "Pruitt later added a second post: “We will have the votes to override. Count on "
            "it.”\n\n"
            "At a news conference in the Capitol that afternoon, Villalobos said she had "
            "offered to meet Pruitt twice. “My door has been open since January,” she said.\n\n"
            "Lawmakers can override a veto with a two-thirds vote in both chambers."
        ),
        "quotes": [
            ("a gift to the largest landlords in the state", "Teresa Villalobos", True, "P1"),
            (
                "I will sign real relief for homeowners the day it reaches my desk. "
                "This is not it,",
                "Teresa Villalobos",
                False,
                "P1",
            ),
            (
                "The governor had six months to tell us what she wanted. She chose to "
                "lecture us on television instead,",
                "Harlan Pruitt",
                False,
                "P1",
            ),
            ("We will have the votes to override. Count on it.", "Harlan Pruitt", False, "P2"),
            ("My door has been open since January,", "Teresa Villalobos", False, None),
        ],
        "posts": [
            ("P1", "Teresa Villalobos", "X"),
            ("P2", "Harlan Pruitt", "X"),
        ],
        "people": ["Teresa Villalobos", "Harlan Pruitt"],
    },
    {
        "name": "sheriff-office-facebook-flood-rescues",
        "text": (
            "Deputies in Hollis County pulled 14 people from flooded vehicles overnight as "
            "creeks rose more than 9 feet in six hours, the sheriff’s office said.\n\n"
            "“If you see water over the road, TURN AROUND. Our deputies cannot be everywhere at "
            "once,” the Hollis County Sheriff’s Office wrote on Facebook early Sunday, "
            "alongside photos of a pickup submerged to its windows.\n\n"
            "One of those rescued spoke to KWTX-TV from a shelter in a middle school gym. “I "
            "heard the water before I saw it. Then it was at my knees,” she said. The woman, "
            "Delfina Arroyo, 67, said she spent nearly two hours on the roof of her sedan.\n\n"
            "Sgt. Bryce Lindqvist, who helped pull Arroyo from the car, told reporters the "
            "current was “stronger than anything I’ve seen in 19 years.”\n\n"
            "A later post on the office’s page said two people remained missing."
        ),
        "quotes": [
            (
                "If you see water over the road, TURN AROUND. Our deputies cannot be "
                "everywhere at once,",
                None,
                False,
                "P1",
            ),
            (
                "I heard the water before I saw it. Then it was at my knees,",
                "Delfina Arroyo",
                False,
                "P2",
            ),
            ("stronger than anything I’ve seen in 19 years.", "Bryce Lindqvist", True, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Delfina Arroyo", "KWTX-TV"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Delfina Arroyo", "Bryce Lindqvist"],
    },
    {
        "name": "icu-nurse-tiktok-comment-and-follow-up",
        "text": (
            "A TikTok video in which an intensive care nurse describes caring for five patients "
            "on ventilators at once has been viewed more than 3 million times since Friday.\n\n"
            "“Five. On ventilators. One of me,” Priya Raghunathan says in the 48-second clip, "
            "filmed in her car after a 13-hour shift at St. Brendan’s Medical Center in Toledo. "
            "“I’m not posting this for sympathy. I’m posting it because somebody’s mother is "
            "going to die on a night like this.”\n\n"
            "Among thousands of comments under the video, one from a user who said she was a "
            "retired nurse read: “Thirty years and it has never been this bad.”\n\n"
            "St. Brendan’s said in a statement that the unit had been staffed “within state "
            "guidelines” that night. The Ohio Nurses Alliance, which represents 900 nurses at "
            "the hospital, said Raghunathan had “said out loud what every one of our members "
            "already knows.”\n\n"
            "In a second video posted Sunday, Raghunathan said she had been called into a "
            "meeting with her manager. “I still have my job. For now,” she said."
        ),
        "quotes": [
            ("Five. On ventilators. One of me,", "Priya Raghunathan", False, "P1"),
            (
                "I’m not posting this for sympathy. I’m posting it because somebody’s "
                "mother is going to die on a night like this.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("Thirty years and it has never been this bad.", None, False, "P1"),
            ("within state guidelines", None, True, "P2"),
            ("said out loud what every one of our members already knows.", None, True, None),
            ("I still have my job. For now,", "Priya Raghunathan", False, "P3"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "TikTok"),
            ("P2", None, None),
            ("P3", "Priya Raghunathan", "TikTok"),
        ],
        "people": ["Priya Raghunathan"],
    },
    {
        "name": "quarterback-podcast-thumb-and-coach-presser",
        "text": (
            "St. Louis Archers quarterback Dante Okonkwo said he played the final six games of "
            "last season with a torn ligament in his left thumb, a disclosure he made on "
            "Tuesday’s episode of the “Fourth and Long” podcast.\n\n"
            "“I couldn’t grip the ball on cold days. I didn’t tell anybody outside the building "
            "because it’s nobody’s business,” Okonkwo told the show’s hosts, former linebackers "
            "Kyle Brandstetter and Tavita Faleolo.\n\n"
            "Asked on the podcast whether he regretted playing, he said, “Not for a second.”\n\n"
            "Coach Ron Hechler was less eager to discuss it at his news conference on "
            "Wednesday. “Dante was cleared by our doctors every week. That’s all I’m going to "
            "say,” Hechler said. The team said in a statement that the injury had been managed "
            "“in line with league protocols.”\n\n"
            "By Wednesday night, Okonkwo had posted on X: “Nobody hid anything. I chose to "
            "play. Archers fans, we good.”"
        ),
        "quotes": [
            (
                "I couldn’t grip the ball on cold days. I didn’t tell anybody outside "
                "the building because it’s nobody’s business,",
                "Dante Okonkwo",
                False,
                "P1",
            ),
            ("Not for a second.", "Dante Okonkwo", False, "P1"),
            (
                "Dante was cleared by our doctors every week. That’s all I’m going to say,",
                "Ron Hechler",
                False,
                None,
            ),
            ("in line with league protocols.", None, True, "P2"),
            (
                "Nobody hid anything. I chose to play. Archers fans, we good.",
                "Dante Okonkwo",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dante Okonkwo", "Fourth and Long"),
            ("P2", None, None),
            ("P3", "Dante Okonkwo", "X"),
        ],
        "people": ["Dante Okonkwo", "Kyle Brandstetter", "Tavita Faleolo", "Ron Hechler"],
    },
    {
        "name": "designer-instagram-live-exit-and-label-release",
        "text": (
            "Designer Amara Nwachukwu-Lind said during an Instagram Live on Thursday night that "
            "she was leaving Maison Verreaux, the Paris label she has led since 2019.\n\n"
            "“I gave this house everything I had, and it gave me back more. But the next "
            "chapter has to be mine,” she told roughly 40,000 viewers, her voice breaking.\n\n"
            "The model Sienna Marchetti, who opened Nwachukwu-Lind’s first show for the label, "
            "left a comment during the broadcast: “The end of an era. Proud of you forever.”\n\n"
            "Hours later, Maison Verreaux confirmed the departure in a press release. “Amara "
            "reinvented what this house could be,” the label’s chief executive, Olivier "
            "Saint-Amand, said in the release. A successor will be named “in the coming weeks,” "
            "it said.\n\n"
            "The next morning, Nwachukwu-Lind posted a black-and-white photo of her final "
            "fitting on Instagram with a one-word caption: “Merci.”"
        ),
        "quotes": [
            (
                "I gave this house everything I had, and it gave me back more. But the "
                "next chapter has to be mine,",
                "Amara Nwachukwu-Lind",
                False,
                "P1",
            ),
            ("The end of an era. Proud of you forever.", "Sienna Marchetti", False, "P1"),
            ("Amara reinvented what this house could be,", "Olivier Saint-Amand", False, "P2"),
            ("in the coming weeks,", None, True, "P2"),
            ("Merci.", "Amara Nwachukwu-Lind", False, "P3"),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu-Lind", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Amara Nwachukwu-Lind", "Instagram"),
        ],
        "people": ["Amara Nwachukwu-Lind", "Sienna Marchetti", "Olivier Saint-Amand"],
    },
    {
        "name": "border-sector-memo-obtained-by-newspaper",
        "text": (
            "The chief of the Border Patrol’s Yuma sector told agents last month to stop "
            "releasing migrant families at bus stations without first notifying city officials, "
            "according to an internal memo obtained by The Yuma Ledger.\n\n"
            "“Releases without coordination put families and our agents at risk and will not "
            "continue,” Chief Patrol Agent Ramona Castañeda-Whitfield wrote in the Sept. 12 "
            "memo. “Supervisors who cannot reach the city will hold releases until they do.”\n\n"
            "Yuma Mayor Gil Armendáriz, who had complained for months about unannounced "
            "drop-offs, said at a City Council meeting on Tuesday that he had not seen the "
            "memo. “If it’s real, it’s the first good news we’ve had all year,” he said.\n\n"
            "Border Families Network, an advocacy group, called the change “overdue by about "
            "two years” in a statement. U.S. Customs and Border Protection said in a statement "
            "that it does not comment on internal communications."
        ),
        "quotes": [
            (
                "Releases without coordination put families and our agents at risk and "
                "will not continue,",
                "Ramona Castañeda-Whitfield",
                False,
                "P1",
            ),
            (
                "Supervisors who cannot reach the city will hold releases until they do.",
                "Ramona Castañeda-Whitfield",
                False,
                "P1",
            ),
            (
                "If it’s real, it’s the first good news we’ve had all year,",
                "Gil Armendáriz",
                False,
                None,
            ),
            ("overdue by about two years", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Ramona Castañeda-Whitfield", None),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Ramona Castañeda-Whitfield", "Gil Armendáriz"],
    },
    {
        "name": "storm-chaser-youtube-waterspout-and-radio",
        "text": (
            "A storm chaser’s video of a waterspout coming ashore at Gulf Shores has become the "
            "most-watched clip of the hurricane season on YouTube.\n\n"
            "“We are way too close. Way too close. Back up, back up!” Colt Ferriby shouts as "
            "the funnel crosses the beach in the footage, posted Monday on his channel, Ferriby "
            "Weather, which has 1.2 million subscribers.\n\n"
            "In a voiceover added to the video, Ferriby says he regrets where he parked. "
            "“Nobody should copy what I did here,” he says.\n\n"
            "The National Weather Service office in Mobile had posted a warning on X minutes "
            "earlier: “Waterspouts possible along the coast through 3 p.m. Move indoors now.”\n\n"
            "Hannah Oyelaran-Pike, a meteorologist in that office, told Alabama Public Radio "
            "that waterspouts moving onshore are “rare but not unheard of.” “The bigger danger "
            "from this storm was always going to be the surge,” she said in the interview."
        ),
        "quotes": [
            ("We are way too close. Way too close. Back up, back up!", "Colt Ferriby", False, "P1"),
            ("Nobody should copy what I did here,", "Colt Ferriby", False, "P1"),
            (
                "Waterspouts possible along the coast through 3 p.m. Move indoors now.",
                None,
                False,
                "P2",
            ),
            ("rare but not unheard of.", "Hannah Oyelaran-Pike", True, "P3"),
            (
                "The bigger danger from this storm was always going to be the surge,",
                "Hannah Oyelaran-Pike",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Colt Ferriby", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Hannah Oyelaran-Pike", "Alabama Public Radio"),
        ],
        "people": ["Colt Ferriby", "Hannah Oyelaran-Pike"],
    },
    {
        "name": "nurse-whistleblower-lawsuit-lawyer-statement-memo",
        "text": (
            "A former charge nurse at Lakeview Regional Hospital has sued the hospital, saying "
            "she was fired days after reporting that a surgeon operated while impaired.\n\n"
            "The lawsuit, filed Monday in Cook County Circuit Court by Deborah "
            "Aguinaldo-Brandt, says the hospital “punished her for doing exactly what its own "
            "policies required.” It says the surgeon, who is not named, “smelled of alcohol and "
            "slurred his words” during a morning procedure in March.\n\n"
            "“Deborah did exactly what nurses are trained to do, and she lost her career for "
            "it,” her lawyer, Marcus Whitlow-Ansah, said in a statement.\n\n"
            "Lakeview Regional said it does not comment on pending litigation. In a memo to "
            "staff last spring, the hospital’s chief nursing officer, Gwen Halvorsen, wrote "
            "that “every concern raised in good faith will be protected.”"
        ),
        "quotes": [
            (
                "punished her for doing exactly what its own policies required.",
                "Deborah Aguinaldo-Brandt",
                True,
                "P1",
            ),
            ("smelled of alcohol and slurred his words", "Deborah Aguinaldo-Brandt", True, "P1"),
            (
                "Deborah did exactly what nurses are trained to do, and she lost her "
                "career for it,",
                "Marcus Whitlow-Ansah",
                False,
                "P2",
            ),
            ("every concern raised in good faith will be protected.", "Gwen Halvorsen", True, "P3"),
        ],
        "posts": [
            ("P1", "Deborah Aguinaldo-Brandt", None),
            ("P2", "Marcus Whitlow-Ansah", None),
            ("P3", "Gwen Halvorsen", None),
        ],
        "people": ["Deborah Aguinaldo-Brandt", "Marcus Whitlow-Ansah", "Gwen Halvorsen"],
    },
    {
        "name": "traded-guard-x-shared-with-comment",
        "text": (
            "Hours after being traded to Sacramento, guard Jalen “Jet” Achterberg posted a "
            "message to fans in Milwaukee on X. “Seven years. Two kids born in this city. I’ll "
            "never be able to say thank you enough,” he wrote Thursday.\n\n"
            "His former teammate Obinna Castellanos shared the post with a comment of his own: "
            "“Brother for life. They’ll never understand what you meant to that locker room.”\n\n"
            "Sacramento announced the deal in a news release, calling Achterberg “a proven "
            "winner who makes everyone around him better.”\n\n"
            "Milwaukee coach Steve Iwasaki, speaking after practice, called the trade “the "
            "hardest phone call I’ve ever made.”\n\n"
            "“Jalen is the reason half of these guys know how to be pros,” Iwasaki said."
        ),
        "quotes": [
            (
                "Seven years. Two kids born in this city. I’ll never be able to say "
                "thank you enough,",
                "Jalen Achterberg",
                False,
                "P1",
            ),
            (
                "Brother for life. They’ll never understand what you meant to that locker room.",
                "Obinna Castellanos",
                False,
                "P2",
            ),
            ("a proven winner who makes everyone around him better.", None, True, "P3"),
            ("the hardest phone call I’ve ever made.", "Steve Iwasaki", True, None),
            (
                "Jalen is the reason half of these guys know how to be pros,",
                "Steve Iwasaki",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Jalen Achterberg", "X"),
            ("P2", "Obinna Castellanos", "X"),
            ("P3", None, "press release"),
        ],
        "people": ["Jalen Achterberg", "Obinna Castellanos", "Steve Iwasaki"],
    },
    {
        "name": "house-speaker-morning-show-and-lawmakers-letter",
        "text": (
            "The speaker of the Georgia House, Lorraine Abernathy-Cole, said Monday on “Good "
            "Day Atlanta” that she would not bring the governor’s school voucher expansion to a "
            "floor vote this session.\n\n"
            "“The votes are not there, and I’m not going to waste the people’s time pretending "
            "they are,” Abernathy-Cole said on the Fox 5 morning show.\n\n"
            "Her comments came three days after 31 Republican lawmakers sent her a letter "
            "urging a vote. “Georgia families have waited long enough,” the letter said. “A "
            "vote is the least they are owed.”\n\n"
            "A spokesman for Gov. Wade Pennington said the governor was “disappointed but not "
            "surprised.” Pennington himself took to X on Monday evening, urging supporters to "
            "call their representatives: “Flood the phone lines. Make them hear you.”"
        ),
        "quotes": [
            (
                "The votes are not there, and I’m not going to waste the people’s time "
                "pretending they are,",
                "Lorraine Abernathy-Cole",
                False,
                "P1",
            ),
            ("Georgia families have waited long enough,", None, False, "P2"),
            ("A vote is the least they are owed.", None, False, "P2"),
            ("disappointed but not surprised.", None, True, None),
            ("Flood the phone lines. Make them hear you.", "Wade Pennington", False, "P3"),
        ],
        "posts": [
            ("P1", "Lorraine Abernathy-Cole", "Good Day Atlanta"),
            ("P2", None, None),
            ("P3", "Wade Pennington", "X"),
        ],
        "people": ["Lorraine Abernathy-Cole", "Wade Pennington"],
    },
    {
        "name": "beauty-founder-magazine-essay-and-instagram",
        "text": (
            "Makeup entrepreneur Yuki Brennan-Sato, whose brand Lumen Kind pulled its "
            "skin-lightening line in 2021, wrote in an essay for Harper’s Bazaar, titled “The "
            "Shade I Wouldn’t Sell,” that the decision nearly bankrupted the company.\n\n"
            "“We lost our biggest retailer in Asia within a week. I would make the same choice "
            "again tomorrow,” she wrote. The beauty industry, she added, still treats fair skin "
            "as “the default setting.”\n\n"
            "At the time, Brennan-Sato told Vogue Business that pulling the line was “the "
            "easiest hard decision I’ve ever made.”\n\n"
            "She shared the essay on Instagram on Tuesday with a photo of her late grandmother, "
            "writing, “For Obaachan, who told me my skin was never the problem.” The actress "
            "Leilani Okafor commented beneath it: “Crying at my desk.”"
        ),
        "quotes": [
            (
                "We lost our biggest retailer in Asia within a week. I would make the "
                "same choice again tomorrow,",
                "Yuki Brennan-Sato",
                False,
                "P1",
            ),
            ("the default setting.", "Yuki Brennan-Sato", True, "P1"),
            ("the easiest hard decision I’ve ever made.", "Yuki Brennan-Sato", True, "P2"),
            (
                "For Obaachan, who told me my skin was never the problem.",
                "Yuki Brennan-Sato",
                False,
                "P3",
            ),
            ("Crying at my desk.", "Leilani Okafor", False, "P3"),
        ],
        "posts": [
            ("P1", "Yuki Brennan-Sato", "Harper’s Bazaar"),
            ("P2", "Yuki Brennan-Sato", "Vogue Business"),
            ("P3", "Yuki Brennan-Sato", "Instagram"),
        ],
        "people": ["Yuki Brennan-Sato", "Leilani Okafor"],
    },
    {
        "name": "student-detention-judge-order-lawyer-statement",
        "text": (
            "A federal judge in Vermont on Friday ordered immigration authorities to release "
            "Tomás Echeverría-Lund, a 22-year-old engineering student detained for three weeks "
            "after a routine check-in.\n\n"
            "In a two-page order, U.S. District Judge Alice Ndiaye wrote that the government "
            "had offered “no individualized reason” for holding him.\n\n"
            "“Tomás is coming home tonight. That is all that matters to his mother right now,” "
            "his attorney, Farah Qureshi-Dunn, said in a statement. She said the family would "
            "pursue a damages claim.\n\n"
            "Immigration and Customs Enforcement said in a statement that it “respects the "
            "court’s decision” and would review its options.\n\n"
            "Outside the courthouse, his younger sister, Lucía Echeverría-Lund, told reporters: "
            "“We never stopped believing.”"
        ),
        "quotes": [
            ("no individualized reason", "Alice Ndiaye", True, "P1"),
            (
                "Tomás is coming home tonight. That is all that matters to his mother right now,",
                "Farah Qureshi-Dunn",
                False,
                "P2",
            ),
            ("respects the court’s decision", None, True, "P3"),
            ("We never stopped believing.", "Lucía Echeverría-Lund", False, None),
        ],
        "posts": [
            ("P1", "Alice Ndiaye", None),
            ("P2", "Farah Qureshi-Dunn", None),
            ("P3", None, None),
        ],
        "people": [
            "Tomás Echeverría-Lund",
            "Alice Ndiaye",
            "Farah Qureshi-Dunn",
            "Lucía Echeverría-Lund",
        ],
    },
    {
        "name": "tornado-rubble-rescue-straight-quotes",
        "text": (
            "Firefighters in Moore, Oklahoma, pulled a 78-year-old man from the rubble of his "
            "home on Sunday, nearly 20 hours after a tornado flattened his street.\n\n"
            '"I could hear them walking on top of me, so I kept banging on the pipe," Virgil '
            'Okamoto told The Oklahoman from his hospital bed on Monday. "Bang, bang, bang. All '
            'night."\n\n'
            'Fire Capt. Renata Soliz said a search dog named "Biscuit" found him. "That dog is '
            'the hero. We were about to move to the next block," she said at a briefing.\n\n'
            "Okamoto's daughter, Janelle Okamoto-Reyes, posted a photo of the dog on Facebook. "
            '"Biscuit, you have a home with us for life," she wrote.'
        ),
        "quotes": [
            (
                "I could hear them walking on top of me, so I kept banging on the pipe,",
                "Virgil Okamoto",
                False,
                "P1",
            ),
            ("Bang, bang, bang. All night.", "Virgil Okamoto", False, "P1"),
            (
                "That dog is the hero. We were about to move to the next block,",
                "Renata Soliz",
                False,
                None,
            ),
            ("Biscuit, you have a home with us for life,", "Janelle Okamoto-Reyes", False, "P2"),
        ],
        "posts": [
            ("P1", "Virgil Okamoto", "The Oklahoman"),
            ("P2", "Janelle Okamoto-Reyes", "Facebook"),
        ],
        "people": ["Virgil Okamoto", "Renata Soliz", "Janelle Okamoto-Reyes"],
    },
    {
        "name": "coach-radio-call-in-show-and-player-apology",
        "text": (
            "Auburn Hills State coach Derrick Malveaux said Tuesday that he would not suspend "
            "linebacker Isaiah Ferreira-Kane, who was cited for reckless driving over the "
            "weekend.\n\n"
            "“Isaiah made a bad decision, and he’s going to run until he can’t feel his legs. "
            "But he’s not missing a game for a traffic ticket,” Malveaux said on his weekly "
            "call-in show on WKXO.\n\n"
            "The university’s athletic director, Pamela Strand-Okoye, said in a statement that "
            "the department was “aware of the matter and handling it internally.”\n\n"
            "Ferreira-Kane apologized on Instagram on Sunday. “I let my family and my teammates "
            "down. It won’t happen again,” he wrote.\n\n"
            "Asked about the post by a caller to the show, Malveaux said: “He wrote it himself. "
            "I didn’t tell him to.”"
        ),
        "quotes": [
            (
                "Isaiah made a bad decision, and he’s going to run until he can’t feel "
                "his legs. But he’s not missing a game for a traffic ticket,",
                "Derrick Malveaux",
                False,
                "P1",
            ),
            ("aware of the matter and handling it internally.", "Pamela Strand-Okoye", True, "P2"),
            (
                "I let my family and my teammates down. It won’t happen again,",
                "Isaiah Ferreira-Kane",
                False,
                "P3",
            ),
            ("He wrote it himself. I didn’t tell him to.", "Derrick Malveaux", False, "P1"),
        ],
        "posts": [
            ("P1", "Derrick Malveaux", "WKXO"),
            ("P2", "Pamela Strand-Okoye", None),
            ("P3", "Isaiah Ferreira-Kane", "Instagram"),
        ],
        "people": ["Derrick Malveaux", "Isaiah Ferreira-Kane", "Pamela Strand-Okoye"],
    },
    {
        "name": "wildfire-governor-briefing-no-posts",
        "text": (
            "Gov. Celeste Marchbanks toured the burned-out neighborhoods of Paradise Springs on "
            "Saturday and promised that the state would pay for debris removal for every "
            "uninsured homeowner.\n\n"
            '"Nobody in this town is going to be handed a bill for the worst day of their '
            'life," Marchbanks said at a briefing at the county fairgrounds, standing beside '
            "Fire Chief Roberto Imbali.\n\n"
            "Imbali said the fire, which destroyed 412 homes, was 60% contained. Crews were "
            '"finally getting ahead of it," he said, though strong winds were forecast to '
            "return on Monday.\n\n"
            "One resident, who lost her home of 31 years, said she had not decided whether to "
            'rebuild. "Ask me in a year," she said.'
        ),
        "quotes": [
            (
                "Nobody in this town is going to be handed a bill for the worst day of their life,",
                "Celeste Marchbanks",
                False,
                None,
            ),
            ("finally getting ahead of it,", "Roberto Imbali", True, None),
            ("Ask me in a year,", None, False, None),
        ],
        "posts": [],
        "people": ["Celeste Marchbanks", "Roberto Imbali"],
    },
    {
        "name": "designer-copy-accusation-five-posts",
        "text": (
            "Independent designer Keziah Mbatha accused the fast-fashion retailer Shopvelle of "
            "copying her patchwork denim jacket in a post on X on Monday, sharing side-by-side "
            "photos of the two garments.\n\n"
            "“I sewed the first one in my kitchen in 2022. They’re selling it for $24,” Mbatha "
            "wrote.\n\n"
            "Hundreds of users replied, among them the stylist Ramón Echeverri: “This is theft "
            "with a barcode.”\n\n"
            "Mbatha followed up with a TikTok video on Tuesday showing her original sketches. "
            "“Receipts,” she says to the camera, holding up a dated notebook.\n\n"
            "Shopvelle said in a statement that the jacket was designed in-house and that it "
            "takes intellectual property “extremely seriously.” On Wednesday, it said in a "
            "press release that it had pulled the item from sale “out of respect for the "
            "ongoing conversation.”\n\n"
            "Mbatha’s lawyer, Henrietta Vos, wrote to the company the same day that her client "
            "expected compensation, not “a quiet disappearing act.”"
        ),
        "quotes": [
            (
                "I sewed the first one in my kitchen in 2022. They’re selling it for $24,",
                "Keziah Mbatha",
                False,
                "P1",
            ),
            ("This is theft with a barcode.", "Ramón Echeverri", False, "P1"),
            ("Receipts,", "Keziah Mbatha", False, "P2"),
            ("extremely seriously.", None, True, "P3"),
            ("out of respect for the ongoing conversation.", None, True, "P4"),
            ("a quiet disappearing act.", "Henrietta Vos", True, "P5"),
        ],
        "posts": [
            ("P1", "Keziah Mbatha", "X"),
            ("P2", "Keziah Mbatha", "TikTok"),
            ("P3", None, None),
            ("P4", None, "press release"),
            ("P5", "Henrietta Vos", None),
        ],
        "people": ["Keziah Mbatha", "Ramón Echeverri", "Henrietta Vos"],
    },
    {
        "name": "nurses-strike-radio-two-paragraph-quote",
        "text": (
            "More than 1,100 nurses walked off the job at Mercy Ridge Hospital in Duluth on "
            "Monday, the first strike at the hospital in its 90-year history.\n\n"
            "Bernadette Sørlie-Kwan, the president of the nurses’ union local, told Minnesota "
            "Public Radio that the union had offered to extend talks by a week. “They said no "
            "in under ten minutes.\n\n"
            "“So here we are, on a sidewalk in the cold, instead of at the bedside where we "
            "want to be,” she said.\n\n"
            "In an email to employees on Sunday night, Mercy Ridge’s chief executive, Douglas "
            "Featherstone, called the strike “deeply disappointing.” The hospital said in a "
            "statement that replacement nurses had been hired for five days and that patient "
            "care would continue “without interruption.”\n\n"
            "“We’re not leaving until somebody in that building listens,” said Efua "
            "Mensah-Larsen, an emergency room nurse on the picket line, as passing drivers "
            "honked."
        ),
        "quotes": [
            ("They said no in under ten minutes.", "Bernadette Sørlie-Kwan", False, "P1"),
            (
                "So here we are, on a sidewalk in the cold, instead of at the bedside "
                "where we want to be,",
                "Bernadette Sørlie-Kwan",
                False,
                "P1",
            ),
            ("deeply disappointing.", "Douglas Featherstone", True, "P2"),
            ("without interruption.", None, True, "P3"),
            (
                "We’re not leaving until somebody in that building listens,",
                "Efua Mensah-Larsen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Bernadette Sørlie-Kwan", "Minnesota Public Radio"),
            ("P2", "Douglas Featherstone", None),
            ("P3", None, None),
        ],
        "people": ["Bernadette Sørlie-Kwan", "Douglas Featherstone", "Efua Mensah-Larsen"],
    },
    {
        "name": "wnba-retirement-instagram-comment-newspaper",
        "text": (
            "Two-time WNBA champion Nia Oduya-Hart announced her retirement on Instagram on "
            "Wednesday with a video of her first basket as a 6-year-old.\n\n"
            "“Twelve seasons, four knees, one dream,” the 34-year-old wrote in the caption. "
            "“Thank you for letting me live it.”\n\n"
            "Her longtime point guard, Marisa Quintanilla, commented under the post: “Best "
            "teammate I ever had. Not close.”\n\n"
            "In an interview with The Seattle Times published the same day, Oduya-Hart said the "
            "decision came after a conversation with her son. “He asked me why I limp in the "
            "mornings. I didn’t have a good answer,” she said.\n\n"
            "The league’s commissioner called her “a standard-bearer for the game” in a post of "
            "his own on X."
        ),
        "quotes": [
            ("Twelve seasons, four knees, one dream,", "Nia Oduya-Hart", False, "P1"),
            ("Thank you for letting me live it.", "Nia Oduya-Hart", False, "P1"),
            ("Best teammate I ever had. Not close.", "Marisa Quintanilla", False, "P1"),
            (
                "He asked me why I limp in the mornings. I didn’t have a good answer,",
                "Nia Oduya-Hart",
                False,
                "P2",
            ),
            ("a standard-bearer for the game", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Nia Oduya-Hart", "Instagram"),
            ("P2", "Nia Oduya-Hart", "The Seattle Times"),
            ("P3", None, "X"),
        ],
        "people": ["Nia Oduya-Hart", "Marisa Quintanilla"],
    },
    {
        "name": "detainer-law-op-ed-sheriff-facebook-signing",
        "text": (
            "Colorado Gov. Adaeze Whitcombe signed the so-called “sanctuary” bill on Thursday, "
            "barring local jails from holding people for federal immigration agents without a "
            "judge’s warrant and calling it “a line between policing and deportation.”\n\n"
            "Curtis Vandermolen, the bill’s leading Republican opponent in the state House, "
            "made his case in an op-ed in The Denver Post last week. “This law will release "
            "people that federal agents are actively looking for,” he wrote. “Sheriffs will be "
            "left to explain why.”\n\n"
            "Within hours of the signing, the Weld County sheriff, Brandon Achebe-Stroud, "
            "announced on Facebook that his office would sue. The law “ties the hands of every "
            "deputy in this state,” he wrote. The Colorado Immigrant Rights Coalition said in a "
            "statement that the law was “long overdue.”\n\n"
            "At the signing ceremony, Whitcombe said: “Our sheriffs are free to go to court. "
            "That is how a democracy works.”"
        ),
        "quotes": [
            ("a line between policing and deportation.", "Adaeze Whitcombe", True, None),
            (
                "This law will release people that federal agents are actively looking for,",
                "Curtis Vandermolen",
                False,
                "P1",
            ),
            ("Sheriffs will be left to explain why.", "Curtis Vandermolen", False, "P1"),
            ("ties the hands of every deputy in this state,", "Brandon Achebe-Stroud", True, "P2"),
            ("long overdue.", None, True, "P3"),
            (
                "Our sheriffs are free to go to court. That is how a democracy works.",
                "Adaeze Whitcombe",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Curtis Vandermolen", "The Denver Post"),
            ("P2", "Brandon Achebe-Stroud", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Adaeze Whitcombe", "Curtis Vandermolen", "Brandon Achebe-Stroud"],
    },
    {
        "name": "mascara-recall-news-release-threads-analyst-call",
        "text": (
            "Velour Cosmetics is recalling 2.3 million tubes of its best-selling Lash Lift "
            "mascara after tests found bacteria in three production batches, the company said "
            "Friday in a news release.\n\n"
            "“Customer safety comes before everything else, including our sales this quarter,” "
            "Chief Executive Renée Castillo-Park said in the release.\n\n"
            "The recall followed a Threads post last week in which a dermatologist in Houston "
            "described treating four patients with eye infections, all of whom used the same "
            "mascara. “Four patients, one product, one week. That is not a coincidence,” wrote "
            "the dermatologist, Ifeoma Drummond.\n\n"
            "On a call with analysts on Friday, Castillo-Park said the recall would cost "
            "“between $40 million and $55 million.” Asked whether Drummond’s post had prompted "
            "the testing, the 52-year-old executive said, “We were already testing. Her post "
            "made us move faster.”"
        ),
        "quotes": [
            (
                "Customer safety comes before everything else, including our sales this quarter,",
                "Renée Castillo-Park",
                False,
                "P1",
            ),
            (
                "Four patients, one product, one week. That is not a coincidence,",
                "Ifeoma Drummond",
                False,
                "P2",
            ),
            ("between $40 million and $55 million.", "Renée Castillo-Park", True, None),
            (
                "We were already testing. Her post made us move faster.",
                "Renée Castillo-Park",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ifeoma Drummond", "Threads"),
        ],
        "people": ["Renée Castillo-Park", "Ifeoma Drummond"],
    },
]
