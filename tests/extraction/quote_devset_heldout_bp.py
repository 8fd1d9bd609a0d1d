"""The sixty-second self-made dev set, held out (BP): its first run is an unseen estimate.

Written with set BQ, without reading the extraction rules, and committed before
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
- Titles and ranks (Council Member, Supervisor, Commissioner, Sgt., Mayor,
  Chief) are not part of a canonical name; descriptions ("the 31-year-old",
  "the 37-year-old") resolve to the person they describe.
- A reply on X beneath someone's post is a comment under that post: its own
  quote, speaker the replier, linked to the post replied to. A reply the
  creator of a TikTok video leaves under a comment on it belongs to the video.
  A comment by an unnamed user speaks as None and belongs to the post.
- "Answered in a second post" is a new post by the same author on the same
  platform, even when it answers a reply.
- A statement or email from an official's office ("the mayor's office", "her
  office said in an email") is the office's: author None, and the words it
  puts in quotation marks speak as None.
- A team's statement "posted on X" is a post with author None and platform X;
  an Instagram post by the organizers of a named group has author None.
- A fire department's Facebook post has author None and platform Facebook;
  its "second post" is a new Facebook post (the platform named before).
- A report, letter or study by an agency, utility, union chapter or other
  organisation is a post with author None and platform None; a short phrase
  such a document is said to use ("described ... as", "calls ...") is a
  partial quote of it, not a scare quote.
- A letter signed by a named owner is that owner's post, and what "the letter
  says" is attributed to him.
- A lawyer's statement ("his lawyer, X, said in a statement") is the lawyer's
  post with no platform; a lawsuit filed by a named person is that person's
  post, and the words "the complaint says" are attributed to that person.
- A union's news release is a press release with author None; the union
  president quoted "in the release" is the speaker, linked to the release.
- On a podcast with two hosts interviewing a guest, the post's author is the
  guest and the platform is the show; a host's own words tied to the episode
  ("later in the episode", "on the show") are linked to the same post with the
  host as speaker.
- A TV interview credited to a station's reporter ("told WTNH's Jenna
  Castillo") or an appearance on a station's newscast ("on KTVB's evening
  newscast") has the station as platform; "told the station", "told the paper",
  "told the Citizen", "told the host" and "in the interview" tie a quote to
  that interview.
- A radio show named with its station (Capital Public Radio's "Insight",
  WHRN's "Morning Line") has the show as platform.
- A lowercase "the" before an outlet is not part of the platform ("the Ottawa
  Citizen" -> "Ottawa Citizen").
- A quote that continues the same paragraph right after its attribution shares
  that attribution's speaker and post.
- A fragment attributed with the platform in the same sentence ("what she
  called on Bluesky ...") is linked to that post; the full quote that follows
  with "wrote" is linked to the same post.
- Sharing another person's post "with a message of his own" is a new post by
  the sharer on the same platform.
- A follow-up video "on his YouTube channel" is a new YouTube post; a short
  clip on Instagram after "returned to the platform" is a new Instagram post.
- A post that was later deleted is still a post; a post with no quote (a
  team's press release, a team's statement, a promoter's statement) is listed.
- A caption given whole ("with the caption ...") and a short comment given
  whole ("the words ...", "with a single line: ...") are not partial.
- A quote paragraph left open (no closing mark) is one quote up to the end of
  the paragraph, with the speaker and post of the paragraph that closes it.
- Words said by phone, outside a courthouse or store, to a crowd through a
  bullhorn, at a council, committee, board or commission meeting, at a ribbon
  cutting or at a county emergency operations center ("told reporters") are
  not posts; a company spokeswoman's words with no statement named are not a
  post. A person's words to the story after their post is described are not
  linked to that post.
- An unnamed landlord who speaks at a meeting speaks as None.
- Song titles ("Paper Lanterns", "Tin Roof") and show names in marks are not
  quotes; people named in the text but not quoted (interviewers, hosts, a
  mayor who stays silent) are listed in people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BP: list[dict] = [
    {
        "name": "council-x-reply-and-second-post",
        "text": (
            "Two members of the Redfield City Council traded barbs on X on Tuesday night after a 5-4 "
            "vote to delay the city’s new downtown parking meters for another year.\n\n"
            "“Another year of promises and no meters. Residents deserve better than this,” Council "
            "Member Priya Raghunathan posted minutes after the vote.\n\n"
            "Council Member Tomás Echeverría, who cast the deciding vote, replied beneath her post: "
            "“Residents deserve a plan that doesn’t punish small businesses.”\n\n"
            "Raghunathan answered in a second post, calling the delay “a gift to the downtown "
            "lobby.” Mayor Celeste Arnaud stayed out of the exchange, though her office said in an "
            "email that she “respects both council members and their passion.”\n\n"
            "At a committee meeting on Wednesday, Echeverría said he regretted the tone. “We should "
            "have had that argument in this room,” he said."
        ),
        "quotes": [
            (
                "Another year of promises and no meters. Residents deserve better than this,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "Residents deserve a plan that doesn’t punish small businesses.",
                "Tomás Echeverría",
                False,
                "P1",
            ),
            ("a gift to the downtown lobby.", "Priya Raghunathan", True, "P2"),
            ("respects both council members and their passion.", None, True, "P3"),
            ("We should have had that argument in this room,", "Tomás Echeverría", False, None),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "X"),
            ("P2", "Priya Raghunathan", "X"),
            ("P3", None, None),
        ],
        "people": ["Priya Raghunathan", "Tomás Echeverría", "Celeste Arnaud"],
    },
    {
        "name": "fire-department-facebook-burn-ban",
        "text": (
            "The Pine Hollow Fire Department warned residents on Facebook on Sunday that a countywide "
            "burn ban would stay in place through the end of August as drought tightened its grip on "
            "Alder County.\n\n"
            "“Conditions are the driest we have recorded in 40 years. One spark is all it takes,” the "
            "department wrote, alongside a photo of a scorched hillside off Route 9.\n\n"
            "Hundreds of residents commented under the post. “Thank you for everything you do. We’re "
            "keeping the grill in the garage this summer,” wrote Deb Kowalczyk, who keeps horses "
            "near the Millbrook reservoir.\n\n"
            "The department followed up Monday afternoon with a second post: “Red flag warning in "
            "effect until 8 p.m. Wednesday. No outdoor burning of any kind.”\n\n"
            "Fire Chief Marcus Obi told reporters at the county emergency operations center that "
            "crews had answered 23 brush fires since June. “Most of them were preventable, and every "
            "one of them was a close call,” Obi said.\n\n"
            "A report released Friday by the Alder County Water Authority put the Millbrook "
            "reservoir at 31% of capacity, a level it called “critically low for this time of year.”"
        ),
        "quotes": [
            (
                "Conditions are the driest we have recorded in 40 years. One spark is all it takes,",
                None,
                False,
                "P1",
            ),
            (
                "Thank you for everything you do. We’re keeping the grill in the garage this summer,",
                "Deb Kowalczyk",
                False,
                "P1",
            ),
            (
                "Red flag warning in effect until 8 p.m. Wednesday. No outdoor burning of any kind.",
                None,
                False,
                "P2",
            ),
            (
                "Most of them were preventable, and every one of them was a close call,",
                "Marcus Obi",
                False,
                None,
            ),
            ("critically low for this time of year.", None, True, "P3"),
        ],
        "posts": [("P1", None, "Facebook"), ("P2", None, "Facebook"), ("P3", None, None)],
        "people": ["Deb Kowalczyk", "Marcus Obi"],
    },
    {
        "name": "tiktok-nurse-rent-creator-reply",
        "text": (
            "A 26-year-old nurse’s TikTok video about the $2,400 studio apartment she rents in Boise "
            "has been viewed more than 3 million times since Thursday.\n\n"
            "“I work 60 hours a week and I still can’t afford a one-bedroom in the city I grew up "
            "in,” Kayla Brennan says in the video, panning across a kitchen that doubles as her "
            "bedroom.\n\n"
            "“Have you thought about moving to Nampa?” one commenter asked under the video. Brennan "
            "replied to the comment herself: “Moving where? My patients are here.”\n\n"
            "The video caught the attention of Boise City Council President Hamid Sadeghi, who said "
            "the city was years behind on building starter homes. “She is not wrong, and she is not "
            "alone,” Sadeghi told The Idaho Statesman on Monday."
        ),
        "quotes": [
            (
                "I work 60 hours a week and I still can’t afford a one-bedroom in the city I grew up in,",
                "Kayla Brennan",
                False,
                "P1",
            ),
            ("Have you thought about moving to Nampa?", None, False, "P1"),
            ("Moving where? My patients are here.", "Kayla Brennan", False, "P1"),
            ("She is not wrong, and she is not alone,", "Hamid Sadeghi", False, "P2"),
        ],
        "posts": [
            ("P1", "Kayla Brennan", "TikTok"),
            ("P2", "Hamid Sadeghi", "The Idaho Statesman"),
        ],
        "people": ["Kayla Brennan", "Hamid Sadeghi"],
    },
    {
        "name": "police-union-news-release",
        "text": (
            "The Lakeport Police Officers Association accused the city of “bargaining in bad faith” "
            "in a news release on Friday, a day after contract talks broke down for the second time "
            "this year.\n\n"
            "“Our members have gone three years without a raise while the city pays consultants $400 "
            "an hour,” the union’s president, Sgt. Danielle Okafor, said in the release. “That is not "
            "a negotiation. That is a stall.”\n\n"
            "Mayor Gregory Lindqvist’s office answered with a statement of its own, saying the city "
            "“remains at the table” and had offered raises totaling 9% over three years.\n\n"
            "Lindqvist was blunter when he was asked about the dispute at a ribbon-cutting on "
            "Saturday. “I’m not going to negotiate through press releases,” he told reporters."
        ),
        "quotes": [
            ("bargaining in bad faith", None, True, "P1"),
            (
                "Our members have gone three years without a raise while the city pays consultants $400 an hour,",
                "Danielle Okafor",
                False,
                "P1",
            ),
            ("That is not a negotiation. That is a stall.", "Danielle Okafor", False, "P1"),
            ("remains at the table", None, True, "P2"),
            (
                "I’m not going to negotiate through press releases,",
                "Gregory Lindqvist",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release"), ("P2", None, None)],
        "people": ["Danielle Okafor", "Gregory Lindqvist"],
    },
    {
        "name": "protester-lawsuit-lawyer-statement",
        "text": (
            "A man who was struck in the face by a rubber bullet during a protest outside Marlow City "
            "Hall last summer has sued the city and three of its police officers.\n\n"
            "In the lawsuit, filed Tuesday in federal court, Jamal Whitfield says he was standing on "
            "the sidewalk with his hands raised when an officer fired at him from about 15 feet away. "
            "The impact “shattered his left cheekbone” and left him with permanent vision loss, the "
            "complaint says.\n\n"
            "“Mr. Whitfield was not a threat to anyone,” his lawyer, Rebecca Lindholm-Sato, said in a "
            "statement. “The video shows exactly what happened, and we intend to show it to a "
            "jury.”\n\n"
            "A week after the protest, Whitfield posted a photo of his bandaged face on Instagram "
            "with the caption “This is what peaceful looks like to them.” A spokesman for the Marlow "
            "Police Department said the department does not comment on pending litigation.\n\n"
            "Whitfield, 34, spoke briefly outside the courthouse. “I went there to be heard,” he said."
        ),
        "quotes": [
            ("shattered his left cheekbone", "Jamal Whitfield", True, "P1"),
            ("Mr. Whitfield was not a threat to anyone,", "Rebecca Lindholm-Sato", False, "P2"),
            (
                "The video shows exactly what happened, and we intend to show it to a jury.",
                "Rebecca Lindholm-Sato",
                False,
                "P2",
            ),
            ("This is what peaceful looks like to them.", "Jamal Whitfield", False, "P3"),
            ("I went there to be heard,", "Jamal Whitfield", False, None),
        ],
        "posts": [
            ("P1", "Jamal Whitfield", None),
            ("P2", "Rebecca Lindholm-Sato", None),
            ("P3", "Jamal Whitfield", "Instagram"),
        ],
        "people": ["Jamal Whitfield", "Rebecca Lindholm-Sato"],
    },
    {
        "name": "supervisor-op-ed-and-x-reply",
        "text": (
            "In an op-ed published Sunday in The Sacramento Bee, Yolo County Supervisor Angela "
            "Ferreira-Buckley argued that the county’s zoning code was “written for a county that no "
            "longer exists.”\n\n"
            "“We require two parking spaces for every new apartment, even next to a train station. We "
            "are legislating scarcity and then acting surprised by the rent,” she wrote.\n\n"
            "The county’s own housing study, released in March, described the rental vacancy rate in "
            "Davis and Woodland as “functionally zero.”\n\n"
            "Her colleague on the board, Supervisor Dale Huntsman, pushed back at Tuesday’s meeting. "
            "“Nobody moved here to live next to a six-story building,” Huntsman said, drawing "
            "applause from part of the audience.\n\n"
            "Ferreira-Buckley responded on X that evening: “Plenty of people would move here if they "
            "could afford to.”"
        ),
        "quotes": [
            ("written for a county that no longer exists.", "Angela Ferreira-Buckley", True, "P1"),
            (
                "We require two parking spaces for every new apartment, even next to a train station. "
                "We are legislating scarcity and then acting surprised by the rent,",
                "Angela Ferreira-Buckley",
                False,
                "P1",
            ),
            ("functionally zero.", None, True, "P2"),
            (
                "Nobody moved here to live next to a six-story building,",
                "Dale Huntsman",
                False,
                None,
            ),
            (
                "Plenty of people would move here if they could afford to.",
                "Angela Ferreira-Buckley",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Angela Ferreira-Buckley", "The Sacramento Bee"),
            ("P2", None, None),
            ("P3", "Angela Ferreira-Buckley", "X"),
        ],
        "people": ["Angela Ferreira-Buckley", "Dale Huntsman"],
    },
    {
        "name": "closer-podcast-two-hosts",
        "text": (
            "Brooklyn Ironbacks closer Rafael Quintana said on the “Dugout Dads” podcast that he had "
            "pitched through a torn fingernail for most of September.\n\n"
            "“I didn’t tell anybody. Not the trainers, not my wife,” Quintana told the show’s hosts, "
            "Greg Mazur and Shaun Petit, in an episode released Wednesday. “If I say something, they "
            "take the ball away.”\n\n"
            "Mazur pressed him later in the episode: “You realize the front office is listening to "
            "this, right?”\n\n"
            "“He’s getting a phone call before this thing finishes uploading,” Petit joked on the "
            "show.\n\n"
            "The Ironbacks did not respond to a request for comment. Manager Lou Abernathy told "
            "reporters before Thursday’s game that he had learned about the injury “from the "
            "podcast, like everybody else.”"
        ),
        "quotes": [
            (
                "I didn’t tell anybody. Not the trainers, not my wife,",
                "Rafael Quintana",
                False,
                "P1",
            ),
            ("If I say something, they take the ball away.", "Rafael Quintana", False, "P1"),
            (
                "You realize the front office is listening to this, right?",
                "Greg Mazur",
                False,
                "P1",
            ),
            (
                "He’s getting a phone call before this thing finishes uploading,",
                "Shaun Petit",
                False,
                "P1",
            ),
            ("from the podcast, like everybody else.", "Lou Abernathy", True, None),
        ],
        "posts": [("P1", "Rafael Quintana", "Dugout Dads")],
        "people": ["Rafael Quintana", "Greg Mazur", "Shaun Petit", "Lou Abernathy"],
    },
    {
        "name": "singer-leaves-label-instagram-comments",
        "text": (
            "Pop singer Noor Haddad announced on Instagram on Monday that she was leaving Bright "
            "Harbor Records, the label that signed her at 23.\n\n"
            "“I gave them my twenties. I’m keeping my thirties,” the 31-year-old wrote beneath a "
            "black-and-white photo of herself in a recording booth.\n\n"
            "The post drew more than 400,000 likes in a day. Producer Jonah Weisskopf, who worked on "
            "her debut album, commented, “Proudest I’ve ever been of anyone.” Singer Mika Santos left "
            "a row of heart emojis and the words “free at last.”\n\n"
            "Bright Harbor said in a statement that it “wishes Noor nothing but the best” and would "
            "keep her catalog on streaming services.\n\n"
            "On Tuesday, Haddad returned to the platform with a short video from a studio in Los "
            "Angeles. “New music soon. On my terms,” she said in the clip."
        ),
        "quotes": [
            ("I gave them my twenties. I’m keeping my thirties,", "Noor Haddad", False, "P1"),
            ("Proudest I’ve ever been of anyone.", "Jonah Weisskopf", False, "P1"),
            ("free at last.", "Mika Santos", False, "P1"),
            ("wishes Noor nothing but the best", None, True, "P2"),
            ("New music soon. On my terms,", "Noor Haddad", False, "P3"),
        ],
        "posts": [
            ("P1", "Noor Haddad", "Instagram"),
            ("P2", None, None),
            ("P3", "Noor Haddad", "Instagram"),
        ],
        "people": ["Noor Haddad", "Jonah Weisskopf", "Mika Santos"],
    },
    {
        "name": "goalie-local-tv-interview",
        "text": (
            "Bridgeport Mariners goaltender Oskar Nyberg says he is not ready to retire, two days "
            "after the team declined to offer him a new contract.\n\n"
            "“I have two, maybe three good years left in these legs,” Nyberg told WTNH’s Jenna "
            "Castillo in an interview that aired Thursday night. “Somebody is going to get a "
            "bargain.”\n\n"
            "Asked whether the Mariners had treated him fairly, the 37-year-old paused. “Fair is a "
            "strong word. Let’s say I understand it,” he said in the interview.\n\n"
            "General manager Pat Duchesne said at a news conference on Friday that the decision was "
            "“purely about the cap” and had nothing to do with Nyberg’s play."
        ),
        "quotes": [
            ("I have two, maybe three good years left in these legs,", "Oskar Nyberg", False, "P1"),
            ("Somebody is going to get a bargain.", "Oskar Nyberg", False, "P1"),
            ("Fair is a strong word. Let’s say I understand it,", "Oskar Nyberg", False, "P1"),
            ("purely about the cap", "Pat Duchesne", True, None),
        ],
        "posts": [("P1", "Oskar Nyberg", "WTNH")],
        "people": ["Oskar Nyberg", "Jenna Castillo", "Pat Duchesne"],
    },
    {
        "name": "irrigation-district-radio-linkedin",
        "text": (
            "The general manager of the Oroville Creek Irrigation District said Tuesday that growers "
            "should expect no surface water deliveries this summer, the second year in a row.\n\n"
            "“We are going to zero. There is no gentler way to put it,” Luisa Marroquín said on "
            "Capital Public Radio’s “Insight.” “The snowpack simply isn’t there.”\n\n"
            "Marroquín later posted the district’s allocation chart on LinkedIn with a note to "
            "growers: “Plan for zero. Hope for more.”\n\n"
            "Almond grower Harjit Sandhu, who farms 600 acres near the creek, has already begun "
            "pulling out older trees. “My father planted some of those trees in 1979. I cut down 40 "
            "acres of them last week,” Sandhu said by phone.\n\n"
            "A state drought report released in April warned that groundwater in the basin had "
            "fallen to “historic lows” and urged counties to limit new wells."
        ),
        "quotes": [
            (
                "We are going to zero. There is no gentler way to put it,",
                "Luisa Marroquín",
                False,
                "P1",
            ),
            ("The snowpack simply isn’t there.", "Luisa Marroquín", False, "P1"),
            ("Plan for zero. Hope for more.", "Luisa Marroquín", False, "P2"),
            (
                "My father planted some of those trees in 1979. I cut down 40 acres of them last week,",
                "Harjit Sandhu",
                False,
                None,
            ),
            ("historic lows", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Luisa Marroquín", "Insight"),
            ("P2", "Luisa Marroquín", "LinkedIn"),
            ("P3", None, None),
        ],
        "people": ["Luisa Marroquín", "Harjit Sandhu"],
    },
    {
        "name": "producer-youtube-royalties-follow-up",
        "text": (
            "A YouTube video in which a music producer walks through what streaming services "
            "actually pay artists has drawn 2 million views in a week.\n\n"
            "In the 18-minute video, posted to his channel on May 3, Desmond Achterberg goes through "
            "his own royalty statements line by line. “This song was streamed 1.2 million times. I "
            "was paid $311,” he says, holding up a printout. “Somebody made money. It wasn’t me.”\n\n"
            "Tunewave, the streaming service singled out in the video, pushed back. A company "
            "spokeswoman said the figures reflected “a distributor’s cut, not ours.”\n\n"
            "Achterberg answered on X: “Then show us the contracts.” In a follow-up video on his "
            "YouTube channel on Friday, he said he had heard from “dozens and dozens” of producers "
            "with similar statements."
        ),
        "quotes": [
            (
                "This song was streamed 1.2 million times. I was paid $311,",
                "Desmond Achterberg",
                False,
                "P1",
            ),
            ("Somebody made money. It wasn’t me.", "Desmond Achterberg", False, "P1"),
            ("a distributor’s cut, not ours.", None, True, None),
            ("Then show us the contracts.", "Desmond Achterberg", False, "P2"),
            ("dozens and dozens", "Desmond Achterberg", True, "P3"),
        ],
        "posts": [
            ("P1", "Desmond Achterberg", "YouTube"),
            ("P2", "Desmond Achterberg", "X"),
            ("P3", "Desmond Achterberg", "YouTube"),
        ],
        "people": ["Desmond Achterberg"],
    },
    {
        "name": "city-manager-memo-straight-quotes",
        "text": (
            "The Fairhaven city manager warned department heads in a memo last week that the city "
            "faces a $14 million shortfall next year and should prepare for a hiring freeze.\n\n"
            '"Every department should assume flat funding at best, and some will see cuts," City '
            "Manager Olufemi Adeyinka wrote in the memo, which was obtained by the Fairhaven "
            "Ledger.\n\n"
            "Library Director Carmen Vidal wrote in an email to library staff on Monday that branch "
            'hours would not be cut "unless there is truly no other option."\n\n'
            'At a council work session on Tuesday, Adeyinka described the memo as "a cold shower, '
            'not a panic button."\n\n'
            "Council Member Bernard Oyelaran, who chairs the finance committee, said he welcomed the "
            'early warning. "I\'d rather hear it in April than in October," he said.'
        ),
        "quotes": [
            (
                "Every department should assume flat funding at best, and some will see cuts,",
                "Olufemi Adeyinka",
                False,
                "P1",
            ),
            ("unless there is truly no other option.", "Carmen Vidal", True, "P2"),
            ("a cold shower, not a panic button.", "Olufemi Adeyinka", True, None),
            ("I'd rather hear it in April than in October,", "Bernard Oyelaran", False, None),
        ],
        "posts": [("P1", "Olufemi Adeyinka", None), ("P2", "Carmen Vidal", None)],
        "people": ["Olufemi Adeyinka", "Carmen Vidal", "Bernard Oyelaran"],
    },
    {
        "name": "outfielder-x-benching-team-statement",
        "text": (
            "Portland Pioneers outfielder Tyrell Banks set off a stir on Sunday when he posted on X "
            "that he had been “benched for speaking up” after a clubhouse argument.\n\n"
            "“Three hits yesterday and I’m on the bench today. Y’all can do the math,” Banks "
            "wrote.\n\n"
            "Teammate Kenji Morimoto replied to the post with a single line: “We got your back, "
            "22.”\n\n"
            "Within the hour, the team said in a statement posted on X that Banks had been held out "
            "with “left hamstring tightness” and that the decision was “medical, not "
            "disciplinary.”\n\n"
            "Banks deleted his original post that night and wrote a new one: “Talked to skip. We "
            "good. Back in there Tuesday.”\n\n"
            "Manager Carla Reyes-Whitcomb smiled when asked about the episode before Monday’s game. "
            "“Tyrell is a passionate guy, and I’d rather have that than the opposite,” she said."
        ),
        "quotes": [
            ("benched for speaking up", "Tyrell Banks", True, "P1"),
            (
                "Three hits yesterday and I’m on the bench today. Y’all can do the math,",
                "Tyrell Banks",
                False,
                "P1",
            ),
            ("We got your back, 22.", "Kenji Morimoto", False, "P1"),
            ("left hamstring tightness", None, True, "P2"),
            ("medical, not disciplinary.", None, True, "P2"),
            ("Talked to skip. We good. Back in there Tuesday.", "Tyrell Banks", False, "P3"),
            (
                "Tyrell is a passionate guy, and I’d rather have that than the opposite,",
                "Carla Reyes-Whitcomb",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Tyrell Banks", "X"), ("P2", None, "X"), ("P3", "Tyrell Banks", "X")],
        "people": ["Tyrell Banks", "Kenji Morimoto", "Carla Reyes-Whitcomb"],
    },
    {
        "name": "bodycam-protest-five-posts",
        "text": (
            "Protesters marched in Greyson for a third straight night on Thursday after the city "
            "released body-camera footage showing officers pinning a 17-year-old to the pavement "
            "outside a convenience store.\n\n"
            "The Greyson Police Department said in a statement that the officers “followed their "
            "training” and that an internal review was underway.\n\n"
            "Police Chief Warren Castellano told The Greyson Gazette that he had watched the footage "
            "“more times than I can count.” “I understand why people are angry,” he told the "
            "paper.\n\n"
            "Organizers with Greyson Youth Forward posted on Instagram ahead of the march: "
            "“Peaceful. Loud. Every night until there are answers.” The group’s co-founder, Imani "
            "Delacroix-Ward, addressed the crowd through a bullhorn outside police headquarters. “We "
            "are not going away,” she said.\n\n"
            "The local chapter of the American Civil Liberties Union sent a letter to the City "
            "Council on Thursday demanding the release of all footage from the stop. The letter "
            "calls the department’s partial release “a selective edit.”\n\n"
            "Late Thursday, Mayor Ruth Szymanski wrote on Facebook that she had asked the state "
            "attorney general to review the case. “Our community deserves an independent look,” she "
            "wrote."
        ),
        "quotes": [
            ("followed their training", None, True, "P1"),
            ("more times than I can count.", "Warren Castellano", True, "P2"),
            ("I understand why people are angry,", "Warren Castellano", False, "P2"),
            ("Peaceful. Loud. Every night until there are answers.", None, False, "P3"),
            ("We are not going away,", "Imani Delacroix-Ward", False, None),
            ("a selective edit.", None, True, "P4"),
            ("Our community deserves an independent look,", "Ruth Szymanski", False, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Warren Castellano", "The Greyson Gazette"),
            ("P3", None, "Instagram"),
            ("P4", None, None),
            ("P5", "Ruth Szymanski", "Facebook"),
        ],
        "people": ["Warren Castellano", "Imani Delacroix-Ward", "Ruth Szymanski"],
    },
    {
        "name": "streaming-penny-release-rolling-stone-threads",
        "text": (
            "Soundloop said in a news release on Wednesday that it would begin paying artists at "
            "least one cent per stream, a change the streaming service called “the biggest overhaul "
            "of our payouts since launch.”\n\n"
            "“Artists told us the old model didn’t work for them. They were right,” Chief Executive "
            "Marisol Okeke said in the release.\n\n"
            "Not everyone was impressed. Singer-songwriter Theo Marchetti, whose 2019 single “Paper "
            "Lanterns” has more than 80 million streams on the service, told Rolling Stone that the "
            "change was “a rounding error dressed up as a revolution.”\n\n"
            "“A cent is better than a third of a cent. But let’s not throw a parade,” Marchetti said "
            "in the interview.\n\n"
            "By Thursday he sounded softer. “They want to talk. I’m listening,” he wrote on Threads."
        ),
        "quotes": [
            ("the biggest overhaul of our payouts since launch.", None, True, "P1"),
            (
                "Artists told us the old model didn’t work for them. They were right,",
                "Marisol Okeke",
                False,
                "P1",
            ),
            ("a rounding error dressed up as a revolution.", "Theo Marchetti", True, "P2"),
            (
                "A cent is better than a third of a cent. But let’s not throw a parade,",
                "Theo Marchetti",
                False,
                "P2",
            ),
            ("They want to talk. I’m listening,", "Theo Marchetti", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Theo Marchetti", "Rolling Stone"),
            ("P3", "Theo Marchetti", "Threads"),
        ],
        "people": ["Marisol Okeke", "Theo Marchetti"],
    },
    {
        "name": "rent-cap-county-board-no-posts",
        "text": (
            "More than 200 people filled the Briar County Board of Supervisors chambers on Tuesday "
            "night as the board weighed a cap on annual rent increases in unincorporated areas.\n\n"
            "“My rent went up 22% in one year. I’m 71 years old. Where am I supposed to go?” asked "
            "Lorraine Petrosyan, who has lived in the same Eastgate apartment for three decades.\n\n"
            "A man who said he owns four duplexes in the county warned that the cap would push small "
            "landlords out. “You’ll end up with nothing but the big companies,” he said. “Is that "
            "what anybody in this room wants?”\n\n"
            "Board Chair Abdi Warsame said the supervisors would vote next month. He called the "
            "testimony “the most important three hours this board has spent all year.”"
        ),
        "quotes": [
            (
                "My rent went up 22% in one year. I’m 71 years old. Where am I supposed to go?",
                "Lorraine Petrosyan",
                False,
                None,
            ),
            ("You’ll end up with nothing but the big companies,", None, False, None),
            ("Is that what anybody in this room wants?", None, False, None),
            (
                "the most important three hours this board has spent all year.",
                "Abdi Warsame",
                True,
                None,
            ),
        ],
        "posts": [],
        "people": ["Lorraine Petrosyan", "Abdi Warsame"],
    },
    {
        "name": "captain-retires-instagram-citizen-two-paragraphs",
        "text": (
            "Ottawa Comets captain Sofia Lindgren-Maki announced her retirement on Instagram on "
            "Monday, ending a 14-year professional career.\n\n"
            '"To every kid who ever waited by the glass for a stick: you were the reason," the '
            "35-year-old wrote.\n\n"
            'Her longtime linemate, Aiyana Redcloud, commented under the post: "Best captain I ever '
            'had. Best friend too."\n\n'
            "The Comets said in a statement that her No. 9 would be retired at the team's home "
            "opener in November.\n\n"
            "In an interview with the Ottawa Citizen, Lindgren-Maki said the decision followed a "
            "third concussion in two seasons.\n\n"
            "\"The doctors didn't tell me to stop. They didn't have to. I could feel it in how long "
            "it took to come back every time.\n\n"
            '"I want to be able to skate with my own kids one day," she told the Citizen.'
        ),
        "quotes": [
            (
                "To every kid who ever waited by the glass for a stick: you were the reason,",
                "Sofia Lindgren-Maki",
                False,
                "P1",
            ),
            ("Best captain I ever had. Best friend too.", "Aiyana Redcloud", False, "P1"),
            (
                "The doctors didn't tell me to stop. They didn't have to. I could feel it in how "
                "long it took to come back every time.",
                "Sofia Lindgren-Maki",
                False,
                "P3",
            ),
            (
                "I want to be able to skate with my own kids one day,",
                "Sofia Lindgren-Maki",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sofia Lindgren-Maki", "Instagram"),
            ("P2", None, None),
            ("P3", "Sofia Lindgren-Maki", "Ottawa Citizen"),
        ],
        "people": ["Sofia Lindgren-Maki", "Aiyana Redcloud"],
    },
    {
        "name": "watering-limits-letter-nextdoor-tv",
        "text": (
            "Letters from the Cedar Bluff Water Utility began arriving in mailboxes this week, "
            "telling customers that lawn watering will be limited to one day a week starting June "
            "1.\n\n"
            "The letter says the city’s main reservoir is “at its lowest level since the utility "
            "began keeping records in 1952” and warns of fines of up to $500 for repeat "
            "violators.\n\n"
            "A Nextdoor post urging neighbors to “let the lawns go gold this year” had drawn more "
            "than 900 replies by Thursday. Its author, Westridge resident Gloria Nakamura-Reyes, said "
            "she had not expected the response. “I thought maybe my street would read it,” she "
            "said.\n\n"
            "Utility director Sanjay Mehta-Lowe appeared on KTVB’s evening newscast on Wednesday to "
            "say enforcement would begin with warnings. “We’re not looking to write tickets. We’re "
            "looking to get through August with water in the taps,” he told the station.\n\n"
            "Outside a hardware store on Westridge Avenue, Ed Polanski was loading bags of mulch into "
            "his pickup. “Gold is a nice word for dead,” he said."
        ),
        "quotes": [
            (
                "at its lowest level since the utility began keeping records in 1952",
                None,
                True,
                "P1",
            ),
            ("let the lawns go gold this year", "Gloria Nakamura-Reyes", True, "P2"),
            ("I thought maybe my street would read it,", "Gloria Nakamura-Reyes", False, None),
            (
                "We’re not looking to write tickets. We’re looking to get through August with water in the taps,",
                "Sanjay Mehta-Lowe",
                False,
                "P3",
            ),
            ("Gold is a nice word for dead,", "Ed Polanski", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gloria Nakamura-Reyes", "Nextdoor"),
            ("P3", "Sanjay Mehta-Lowe", "KTVB"),
        ],
        "people": ["Gloria Nakamura-Reyes", "Sanjay Mehta-Lowe", "Ed Polanski"],
    },
    {
        "name": "ballpark-subsidy-five-posts",
        "text": (
            "The owner of the Tri-County Thunder says the minor league team will leave Harlan County "
            "unless the county helps pay for a $90 million ballpark.\n\n"
            "In a letter to season-ticket holders on Monday, owner Victor Amadi-Kruger wrote that "
            "the team’s 1962 stadium was “held together with duct tape and good memories.” “We want "
            "to stay. We need a partner to stay,” the letter says.\n\n"
            "County Commissioner Lena Fjeld posted on X that taxpayers “should not be building "
            "billionaires’ clubhouses.” Amadi-Kruger replied beneath her post: “I’m a millionaire, "
            "Commissioner. Barely.”\n\n"
            "Ramón Iturbe, an economist at Harlan State University who studies stadium subsidies, "
            "wrote in an essay on Substack that such deals “almost never pay for themselves.” He made "
            "the same case on WHRN’s “Morning Line” on Wednesday. “The jobs are seasonal and the "
            "parking lots sit empty 290 days a year,” Iturbe told the host, Kat Donnelly.\n\n"
            "The Thunder released renderings of the proposed ballpark in a press release on "
            "Thursday. Fjeld said at that evening’s commission meeting that she would oppose any deal "
            "paid for with property taxes."
        ),
        "quotes": [
            ("held together with duct tape and good memories.", "Victor Amadi-Kruger", True, "P1"),
            ("We want to stay. We need a partner to stay,", "Victor Amadi-Kruger", False, "P1"),
            ("should not be building billionaires’ clubhouses.", "Lena Fjeld", True, "P2"),
            ("I’m a millionaire, Commissioner. Barely.", "Victor Amadi-Kruger", False, "P2"),
            ("almost never pay for themselves.", "Ramón Iturbe", True, "P3"),
            (
                "The jobs are seasonal and the parking lots sit empty 290 days a year,",
                "Ramón Iturbe",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Victor Amadi-Kruger", None),
            ("P2", "Lena Fjeld", "X"),
            ("P3", "Ramón Iturbe", "Substack"),
            ("P4", "Ramón Iturbe", "Morning Line"),
            ("P5", None, "press release"),
        ],
        "people": ["Victor Amadi-Kruger", "Lena Fjeld", "Ramón Iturbe", "Kat Donnelly"],
    },
    {
        "name": "duo-cancels-tour-bluesky-straight-quotes",
        "text": (
            "Indie pop duo Glass Orchard canceled the last six dates of its North American tour on "
            "Friday, citing what singer Hana Takeda called on Bluesky \"a family emergency that can't "
            'wait."\n\n'
            '"We hate doing this to you. Refunds are automatic and we will be back," Takeda wrote. '
            'Her bandmate, Luca Ferraro, shared the post with a message of his own: "Please give her '
            'space."\n\n'
            "Tour promoter Meridian Live said in a statement that ticket holders would be refunded "
            "within 10 business days.\n\n"
            'Ferraro told Billboard in March that the band had been "running on fumes" since its '
            'single "Tin Roof" passed 100 million streams on Spotify.'
        ),
        "quotes": [
            ("a family emergency that can't wait.", "Hana Takeda", True, "P1"),
            (
                "We hate doing this to you. Refunds are automatic and we will be back,",
                "Hana Takeda",
                False,
                "P1",
            ),
            ("Please give her space.", "Luca Ferraro", False, "P2"),
            ("running on fumes", "Luca Ferraro", True, "P4"),
        ],
        "posts": [
            ("P1", "Hana Takeda", "Bluesky"),
            ("P2", "Luca Ferraro", "Bluesky"),
            ("P3", None, None),
            ("P4", "Luca Ferraro", "Billboard"),
        ],
        "people": ["Hana Takeda", "Luca Ferraro"],
    },
]
