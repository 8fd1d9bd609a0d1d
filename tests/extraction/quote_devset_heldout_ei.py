"""The one-hundred-and-thirty-third self-made dev set, held out (EI): its first run is an unseen estimate.

Written with set EH, without reading the extraction rules, and committed before
any rule was run on it. Topic area: sport (athletes, clubs, leagues, coaches and
sport's business). Same format and conventions as the earlier self-made sets
(not a public corpus): an interview with a named outlet or show is a post
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
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a website's statement, a sponsor's
  statement, organizers' or a team's press release, a mayor's Facebook post
  only described, a named promoter's or tournament director's statement) is
  still listed in posts.
- people lists every named person in the text, in order of first mention,
  whether or not they speak (an owner who "did not comment", a selector who
  "declined to comment", a health commissioner who speaks without marks); a
  racehorse (Silver Kestrel) is not a person.
- A statement a named individual gives "in a statement" (a tournament
  director, a boxing promoter named with his company) is that person's post
  with no platform, not the organisation's.
- A statement "posted on his website" by a golfer has no platform (the website
  is not named) and its author is the golfer.
- A video posted "to the league's Instagram account" in which the league's
  founder speaks is the league's post (author None, platform Instagram) and
  the founder is the speaker of its words.
- A teammate who joins a player's Instagram live and speaks in it belongs to
  that live post (author: the player who went live); his fragment is partial.
- A fragment introduced by "He added that he had" right after a quote from an
  interview belongs to that interview; an unattributed quote continuing in the
  same paragraph after "he said." belongs to the same post as the one before.
- A quote split by its attribution ("... ,” said X, “and ...") is two quotes.
  Quotes given before the interview is named, followed by "made the remarks in
  an interview with the Golf Weekly Podcast", belong to that interview
  (platform: Golf Weekly Podcast).
- "adding:" followed by a whole sentence, and an email that "added:" a whole
  sentence, give quotes that are not partial and belong to the same post.
- A photo posted "with the caption" followed by a whole sentence in marks (with
  or without a colon) is a whole quote (not partial).
- Descriptors before an outlet are not part of the platform: "the newspaper El
  Diario del Turia" is El Diario del Turia, "the German broadcaster
  Sportkanal" is Sportkanal, "the magazine Civic Ledger" is Civic Ledger, "the
  podcast Net Gains" is Net Gains, "the broadcaster Harbor One" is Harbor One,
  "the athlete-run site Open Huddle" is Open Huddle.
- A player's "letter to fans published ... by the athlete-run site Open
  Huddle" is an essay on a named platform: the player's post with platform
  Open Huddle; it runs over two paragraphs, the first holding a closed quote
  and a second quote left open at the paragraph's end.
- A stock-exchange filing about a club sale has author None and no platform.
- A supporters' trust that "said it remained" something, with no medium
  named, speaks as None and gives no post.
- An open letter published by more than 80 players has author None and no
  platform; its fragment speaks as None.
- A lawsuit filed by more than 140 former players is a group's lawsuit: author
  None, no platform, its fragment speaks as None.
- An unnamed player quoted "on condition of anonymity" speaks as None with no
  post; a text message only mentioned ("had texted") is not a post.
- A Reddit thread by an unnamed fan has author None, platform Reddit; its
  title in marks (“RIP the Old Barn”) is a title, not a quote; the unnamed
  top reply speaks as None and belongs to the thread.
- A campaign slogan in marks (“Lindenfeld Lights the Winter”), a stadium's
  nickname (“the Old Barn”), a player's nickname (“the Metronome”), a team-era
  label (“Big Three”), a documentary title (“Rovers Rising”) and a nickname
  inside a name (Dwayne “The Hammer” Kessler) are not quotes; the canonical name
  leaves the nickname out (Dwayne Kessler).
- A scare quote that echoes someone else's words in narration (the “group
  chat” claim) is not a quote; a nickname in single marks inside a quote
  (‘The Nail,’) is part of the quote's text.
- Words said "on the stage" at a weigh-in, "in the paddock", at a
  parliamentary hearing, at a trials' closing news conference or on the range
  "told reporters" are not posts.
- A chief executive's email to staff is her post with no platform.
- Two siblings sharing a surname (Mateo and Lucía Arrondo): the bare surname
  refers to the one named just before it; "the coach" and "the 41-year-old"
  resolve to the person just described.
- Titles such as Dr. and Mayor are not part of a canonical name; hyphenated
  surnames and particles (Van Wyck) are part of it.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EI: list[dict] = [
    {
        "name": "instagram-retirement-club-statement-chairman-comment",
        "text": (
            "Lena Varga, the Hungarian-born striker who scored 112 goals for Rivermouth City, "
            "announced her retirement on Instagram on Sunday. “Twelve seasons, two knees, one "
            "club. It is time,” the 34-year-old wrote beneath a photo of her boots hanging from "
            "a goalpost.\n\n"
            "Rivermouth City said in a statement that it would retire her No. 9 shirt. “Lena "
            "gave this club its identity,” the statement said, quoting the chairman, Owen "
            "Pritchard.\n\n"
            "Her longtime strike partner, Abby Moreno, commented under the post: “Who is going "
            "to yell at me now?”\n\n"
            "At a news conference on Monday, the manager, Graham Tulloch, called Varga "
            "“irreplaceable” and said the club had not yet identified a successor. “You don’t "
            "replace a player like that. You rebuild around her absence,” he said.\n\n"
            "Varga, who has not ruled out coaching, told The Athletic on Tuesday that she would "
            "take a year off first. “I want to be bored for a while,” she said."
        ),
        "quotes": [
            ("Twelve seasons, two knees, one club. It is time,", "Lena Varga", False, "P1"),
            ("Lena gave this club its identity,", "Owen Pritchard", False, "P2"),
            ("Who is going to yell at me now?", "Abby Moreno", False, "P1"),
            ("irreplaceable", "Graham Tulloch", True, None),
            (
                "You don’t replace a player like that. You rebuild around her absence,",
                "Graham Tulloch",
                False,
                None,
            ),
            ("I want to be bored for a while,", "Lena Varga", False, "P3"),
        ],
        "posts": [
            ("P1", "Lena Varga", "Instagram"),
            ("P2", None, None),
            ("P3", "Lena Varga", "The Athletic"),
        ],
        "people": ["Lena Varga", "Owen Pritchard", "Abby Moreno", "Graham Tulloch"],
    },
    {
        "name": "agent-x-denial-podcast-gm-told-reporters",
        "text": (
            "Priya Raman, the agent for the Halden Harriers guard Marcus Oyelaran, denied on X "
            "on Wednesday a report that her client had asked for a trade. “Marcus has not asked "
            "to go anywhere. Stop making things up,” she wrote.\n\n"
            "The report, from the website Courtside Daily, said the four-time All-Star had grown "
            "frustrated with the team’s so-called “Big Three” era, which has produced a 9-17 "
            "record so far this season.\n\n"
            "Oyelaran, whom fans call “the Metronome,” addressed the matter himself on the "
            "podcast Full Court Talk, in an episode released Thursday. “I love this city,” he "
            "said. “But I’m not going to pretend we’re fine at 9-17.”\n\n"
            "The team’s general manager, Dale Whitcombe, was blunter. “We are not trading "
            "Marcus,” he told reporters before practice on Thursday afternoon. “Write it "
            "down.”\n\n"
            "Courtside Daily said in a statement that it stood by its reporting and that it had "
            "contacted Raman before publishing. Oyelaran, 28, is under contract through 2027 and "
            "has a no-trade clause."
        ),
        "quotes": [
            (
                "Marcus has not asked to go anywhere. Stop making things up,",
                "Priya Raman",
                False,
                "P1",
            ),
            ("I love this city,", "Marcus Oyelaran", False, "P2"),
            ("But I’m not going to pretend we’re fine at 9-17.", "Marcus Oyelaran", False, "P2"),
            ("We are not trading Marcus,", "Dale Whitcombe", False, None),
            ("Write it down.", "Dale Whitcombe", False, None),
        ],
        "posts": [
            ("P1", "Priya Raman", "X"),
            ("P2", "Marcus Oyelaran", "Full Court Talk"),
            ("P3", None, None),
        ],
        "people": ["Priya Raman", "Marcus Oyelaran", "Dale Whitcombe"],
    },
    {
        "name": "cycling-doping-release-lawyer-letter-instagram-video",
        "text": (
            "The Continental Cycling League suspended the sprinter Joris Vandermeer for two "
            "years on Friday after a sample he gave in April tested positive for a banned "
            "diuretic, the league said in a press release. “The rules apply to every rider, "
            "without exception,” the release quoted the league’s commissioner, Ruth Abernathy, "
            "as saying.\n\n"
            "Vandermeer’s lawyer, Felix Ostrander, wrote in a letter to the league that the "
            "sample had been mishandled at a laboratory in Ghent. The letter called the testing "
            "process “a chain of custody in name only” and said the rider would appeal.\n\n"
            "Vandermeer posted a short video on Instagram on Friday evening. “I have never "
            "cheated and I never will,” the 27-year-old said in the video, looking into the "
            "camera. “I will prove it.”\n\n"
            "His team, Koltra-Vélo, said it had suspended his contract pending the appeal. "
            "Asked about the case at a race in Lyon, his teammate Sami Okonkwo said only: “We "
            "are all shocked.”"
        ),
        "quotes": [
            (
                "The rules apply to every rider, without exception,",
                "Ruth Abernathy",
                False,
                "P1",
            ),
            ("a chain of custody in name only", "Felix Ostrander", True, "P2"),
            ("I have never cheated and I never will,", "Joris Vandermeer", False, "P3"),
            ("I will prove it.", "Joris Vandermeer", False, "P3"),
            ("We are all shocked.", "Sami Okonkwo", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Felix Ostrander", None),
            ("P3", "Joris Vandermeer", "Instagram"),
        ],
        "people": ["Joris Vandermeer", "Ruth Abernathy", "Felix Ostrander", "Sami Okonkwo"],
    },
    {
        "name": "coach-fired-statement-gazette-tiktok-captain-comment",
        "text": (
            "Brookhaven Rovers fired their head coach, Ivan Petrenko, on Monday after a run of "
            "seven straight losses, the club announced in a statement. The statement thanked him "
            "for “three committed seasons” and said an interim coach would be named within "
            "days.\n\n"
            "Petrenko, 51, responded hours later in an interview with the Brookhaven Gazette. "
            "“I was told by text message. After three years, a text message,” he said. He added "
            "that he had “no regrets about the football we played.”\n\n"
            "The club’s captain, Tyrone Okafor, posted a TikTok video from the training ground "
            "in which he thanked the coach. “Gaffer, you made me a captain when nobody else "
            "would,” he said in the clip. Under the video, his teammate Luis Ferreira-Santos "
            "commented: “Legend. Nothing else to say.”\n\n"
            "The Rovers’ owner, the property developer Harriet Quayle, did not respond to a "
            "request for comment. Petrenko had featured heavily in the club’s documentary "
            "series, “Rovers Rising,” which was released last spring."
        ),
        "quotes": [
            ("three committed seasons", None, True, "P1"),
            (
                "I was told by text message. After three years, a text message,",
                "Ivan Petrenko",
                False,
                "P2",
            ),
            ("no regrets about the football we played.", "Ivan Petrenko", True, "P2"),
            (
                "Gaffer, you made me a captain when nobody else would,",
                "Tyrone Okafor",
                False,
                "P3",
            ),
            ("Legend. Nothing else to say.", "Luis Ferreira-Santos", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ivan Petrenko", "Brookhaven Gazette"),
            ("P3", "Tyrone Okafor", "TikTok"),
        ],
        "people": ["Ivan Petrenko", "Tyrone Okafor", "Luis Ferreira-Santos", "Harriet Quayle"],
    },
    {
        "name": "union-op-ed-two-paragraphs-news-conference-x-fragment",
        "text": (
            "Carmen Delacroix-Ruiz, the executive director of the National Hockey Players Guild, "
            "argued in an op-ed in The Ledger-Tribune on Sunday that the league’s proposed salary "
            "cap would hurt younger players most.\n\n"
            "“The cap is sold as a way to protect small-market teams. In practice, it protects "
            "owners from their own spending decisions.\n\n"
            "“The players who pay for it are not the stars. They are the 22-year-olds on their "
            "second contracts, who will be told there is simply no room.”\n\n"
            "The league’s deputy commissioner, Martin Haugland, rejected that argument at a news "
            "conference in Toronto on Monday. “Every number in our proposal was shared with the "
            "guild months ago,” he said. “Nobody is being surprised here.”\n\n"
            "Delacroix-Ruiz wrote on X after the news conference that the guild had received "
            "“a summary, not the numbers.”\n\n"
            "Talks are scheduled to resume next week in Montreal."
        ),
        "quotes": [
            (
                "The cap is sold as a way to protect small-market teams. In practice, it "
                "protects owners from their own spending decisions.",
                "Carmen Delacroix-Ruiz",
                False,
                "P1",
            ),
            (
                "The players who pay for it are not the stars. They are the 22-year-olds on "
                "their second contracts, who will be told there is simply no room.",
                "Carmen Delacroix-Ruiz",
                False,
                "P1",
            ),
            (
                "Every number in our proposal was shared with the guild months ago,",
                "Martin Haugland",
                False,
                None,
            ),
            ("Nobody is being surprised here.", "Martin Haugland", False, None),
            ("a summary, not the numbers.", "Carmen Delacroix-Ruiz", True, "P2"),
        ],
        "posts": [
            ("P1", "Carmen Delacroix-Ruiz", "The Ledger-Tribune"),
            ("P2", "Carmen Delacroix-Ruiz", "X"),
        ],
        "people": ["Carmen Delacroix-Ruiz", "Martin Haugland"],
    },
    {
        "name": "jockey-family-statement-facebook-radio-caption-comment",
        "text": (
            "The jockey Aoife Brennan will miss the rest of the season after breaking her "
            "collarbone in a fall at Carrowmore on Saturday, her family said in a statement. "
            "“Aoife is in good spirits and already asking when she can ride again,” the "
            "statement said.\n\n"
            "The fall came at the second-last hurdle, when her mount, Silver Kestrel, clipped "
            "the top of it. The horse was unhurt.\n\n"
            "Her trainer, Declan Moynihan, wrote on Facebook that night that he had “never seen "
            "a braver rider.” On Sunday he went further in an interview with RTÉ Radio 1. “She "
            "would have won that race. I’m sure of it,” the 58-year-old said.\n\n"
            "Brennan herself posted on Instagram from her hospital bed on Monday, with a photo of "
            "her sling and the caption “Small setback. Big comeback.” Among the comments under "
            "the photo was one from the champion jockey Ruairí Gallagher: “Heal fast, we need "
            "you back out there.”"
        ),
        "quotes": [
            (
                "Aoife is in good spirits and already asking when she can ride again,",
                None,
                False,
                "P1",
            ),
            ("never seen a braver rider.", "Declan Moynihan", True, "P2"),
            ("She would have won that race. I’m sure of it,", "Declan Moynihan", False, "P3"),
            ("Small setback. Big comeback.", "Aoife Brennan", False, "P4"),
            ("Heal fast, we need you back out there.", "Ruairí Gallagher", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Declan Moynihan", "Facebook"),
            ("P3", "Declan Moynihan", "RTÉ Radio 1"),
            ("P4", "Aoife Brennan", "Instagram"),
        ],
        "people": ["Aoife Brennan", "Declan Moynihan", "Ruairí Gallagher"],
    },
    {
        "name": "shoe-maker-earnings-release-call-analyst-note-cnbc",
        "text": (
            "Stridewell, the running-shoe maker based in Eugene, Oregon, reported a 14 percent "
            "fall in quarterly sales on Thursday and cut its forecast for the year, sending its "
            "shares down 9 percent in late trading. “Demand for our performance line remains "
            "strong, but wholesale partners are cautious,” the company’s chief executive, Naomi "
            "Fairbanks, said in the earnings release.\n\n"
            "On a call with analysts, Fairbanks said the company would cut its sponsorship "
            "budget for track athletes. “We are going to sponsor fewer athletes and support them "
            "better,” she said.\n\n"
            "That decision drew criticism from the Olympic 800-meter runner Kwame Asante-Boateng, "
            "who has worn Stridewell shoes since 2016. “Fewer athletes means fewer kids from "
            "towns like mine getting a chance,” he wrote on Instagram.\n\n"
            "In a note to clients, an analyst at Halvorsen Securities, Greta Lindholm, called "
            "the forecast cut “overdue” and kept her rating on the stock.\n\n"
            "Fairbanks defended the plan again on Friday in an interview with CNBC. “We’re not "
            "leaving track. We’re getting serious about it,” she said."
        ),
        "quotes": [
            (
                "Demand for our performance line remains strong, but wholesale partners are "
                "cautious,",
                "Naomi Fairbanks",
                False,
                "P1",
            ),
            (
                "We are going to sponsor fewer athletes and support them better,",
                "Naomi Fairbanks",
                False,
                None,
            ),
            (
                "Fewer athletes means fewer kids from towns like mine getting a chance,",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            ("overdue", "Greta Lindholm", True, "P3"),
            (
                "We’re not leaving track. We’re getting serious about it,",
                "Naomi Fairbanks",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kwame Asante-Boateng", "Instagram"),
            ("P3", "Greta Lindholm", None),
            ("P4", "Naomi Fairbanks", "CNBC"),
        ],
        "people": ["Naomi Fairbanks", "Kwame Asante-Boateng", "Greta Lindholm"],
    },
    {
        "name": "ballpark-naming-rights-hearing-threads-reddit-thread",
        "text": (
            "The city council of Port Sable voted 6-3 on Tuesday to let the Port Sable Mariners "
            "sell the naming rights to their 70-year-old ballpark, known to generations of fans "
            "as “the Old Barn.”\n\n"
            "The Mariners said in a press release that the deal, with the regional bank "
            "Tidewater Federal, was worth $48 million over 15 years. The release did not quote "
            "any team officials.\n\n"
            "At the hearing before the vote, the councilwoman Delphine Arceneaux argued against "
            "it. “You cannot buy seventy years of memories for $3 million a year,” she said.\n\n"
            "Mayor Gordon Ashby, who supported the deal, wrote on Threads afterward that the "
            "money would pay for “a new roof, new seats and new lights, without a cent from "
            "taxpayers.”\n\n"
            "On Reddit, in the Mariners’ fan community, a thread titled “RIP the Old Barn” drew "
            "hundreds of replies within an hour. “They’ll still be the Old Barn to me,” the top reply said. "
            "The new name will appear on the stadium from opening day next April."
        ),
        "quotes": [
            (
                "You cannot buy seventy years of memories for $3 million a year,",
                "Delphine Arceneaux",
                False,
                None,
            ),
            (
                "a new roof, new seats and new lights, without a cent from taxpayers.",
                "Gordon Ashby",
                True,
                "P2",
            ),
            ("They’ll still be the Old Barn to me,", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Gordon Ashby", "Threads"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Delphine Arceneaux", "Gordon Ashby"],
    },
    {
        "name": "tennis-walkover-instagram-story-press-room-broadcaster",
        "text": (
            "Yuki Tanabe-Morales withdrew from the Calloway Open on Wednesday, hours before her "
            "quarterfinal, citing a wrist injury. The 22-year-old shared the news in an "
            "Instagram story: “Heartbroken. My wrist said no today.”\n\n"
            "Her opponent, Katarina Drozdova, advanced on a walkover. Speaking at her news "
            "conference later, Drozdova said she had texted Tanabe-Morales. “Nobody wants to win "
            "like this. I told her to take care of herself,” Drozdova said.\n\n"
            "Tanabe-Morales’s coach, Benedikt Fahrner, told the German broadcaster Sportkanal "
            "that the injury was not new. “She has been playing through pain since Melbourne,” "
            "he said. “We should have stopped sooner. That is my responsibility.”\n\n"
            "The tournament director, Claire Montague, said in a statement that refunds would be "
            "offered to fans holding tickets for the evening session, which had been due to "
            "feature the match. Tanabe-Morales, ranked ninth in the world, had not dropped a set "
            "all week."
        ),
        "quotes": [
            ("Heartbroken. My wrist said no today.", "Yuki Tanabe-Morales", False, "P1"),
            (
                "Nobody wants to win like this. I told her to take care of herself,",
                "Katarina Drozdova",
                False,
                None,
            ),
            ("She has been playing through pain since Melbourne,", "Benedikt Fahrner", False, "P2"),
            (
                "We should have stopped sooner. That is my responsibility.",
                "Benedikt Fahrner",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Yuki Tanabe-Morales", "Instagram"),
            ("P2", "Benedikt Fahrner", "Sportkanal"),
            ("P3", "Claire Montague", None),
        ],
        "people": [
            "Yuki Tanabe-Morales",
            "Katarina Drozdova",
            "Benedikt Fahrner",
            "Claire Montague",
        ],
    },
    {
        "name": "caddie-split-quote-first-podcast-website-statement",
        "text": (
            "“I’ve carried his bag for eleven years,” said Rory Mackintosh, the caddie who split "
            "from the golfer Anders Holmqvist this week, “and I found out I was fired from a "
            "group chat.”\n\n"
            "Mackintosh made the remarks in an interview with the Golf Weekly Podcast on "
            "Thursday. Holmqvist, a three-time tour winner, gave his own account in a statement "
            "posted on his website. “Rory has been a great friend and that will not change. This "
            "was a professional decision, made in person,” the statement said.\n\n"
            "The golfer’s manager, Simone Achterberg, said the “group chat” claim was “simply "
            "untrue” and that Holmqvist had called Mackintosh the night before.\n\n"
            "On the range at the Ravenhill Classic on Friday, Holmqvist declined to elaborate. "
            "“I’ve said what I want to say,” the 31-year-old told reporters.\n\n"
            "Several players weighed in. The Australian Jack Pemberton wrote on X: “Caddies "
            "deserve better than this. Whatever happened, a phone call costs nothing.”"
        ),
        "quotes": [
            ("I’ve carried his bag for eleven years,", "Rory Mackintosh", False, "P1"),
            ("and I found out I was fired from a group chat.", "Rory Mackintosh", False, "P1"),
            (
                "Rory has been a great friend and that will not change. This was a professional "
                "decision, made in person,",
                "Anders Holmqvist",
                False,
                "P2",
            ),
            ("simply untrue", "Simone Achterberg", True, None),
            ("I’ve said what I want to say,", "Anders Holmqvist", False, None),
            (
                "Caddies deserve better than this. Whatever happened, a phone call costs nothing.",
                "Jack Pemberton",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rory Mackintosh", "Golf Weekly Podcast"),
            ("P2", "Anders Holmqvist", None),
            ("P3", "Jack Pemberton", "X"),
        ],
        "people": ["Rory Mackintosh", "Anders Holmqvist", "Simone Achterberg", "Jack Pemberton"],
    },
    {
        "name": "rugby-concussion-lawsuit-radio-union-statement-linkedin",
        "text": (
            "More than 140 former players sued the Northern Rugby Union in the High Court on "
            "Monday, accusing it of failing to protect them from repeated head injuries. The "
            "lawsuit says the union treated concussion as “a nuisance to be managed, not an "
            "injury to be treated.”\n\n"
            "One of the plaintiffs, the former Kestrel Bay flanker Hemi Whaanga, 44, described "
            "his memory loss in an interview with Radio Aotearoa Sport. “Some mornings I stand "
            "in the kitchen and can’t remember why,” he said. “I was 19 when they told me to "
            "shake it off.”\n\n"
            "The union said in a statement that player welfare “has always been our first "
            "priority” and that it would defend the case. Its chief medical officer, Dr. Fiona "
            "Carrick, told a parliamentary hearing last year that the union’s protocols were "
            "“among the strictest in world sport.”\n\n"
            "The plaintiffs’ lawyer, Jonah Petrakis, wrote on LinkedIn that the case was “about "
            "the next generation as much as this one.” A former teammate of Whaanga’s, Sione "
            "Latu, commented under the post: “Proud of these men for speaking up.”"
        ),
        "quotes": [
            ("a nuisance to be managed, not an injury to be treated.", None, True, "P1"),
            (
                "Some mornings I stand in the kitchen and can’t remember why,",
                "Hemi Whaanga",
                False,
                "P2",
            ),
            ("I was 19 when they told me to shake it off.", "Hemi Whaanga", False, "P2"),
            ("has always been our first priority", None, True, "P3"),
            ("among the strictest in world sport.", "Fiona Carrick", True, None),
            ("about the next generation as much as this one.", "Jonah Petrakis", True, "P4"),
            ("Proud of these men for speaking up.", "Sione Latu", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hemi Whaanga", "Radio Aotearoa Sport"),
            ("P3", None, None),
            ("P4", "Jonah Petrakis", "LinkedIn"),
        ],
        "people": ["Hemi Whaanga", "Fiona Carrick", "Jonah Petrakis", "Sione Latu"],
    },
    {
        "name": "swimming-siblings-shared-surname-newspaper-federation-release",
        "text": (
            "The swimming siblings Mateo and Lucía Arrondo will both compete at next month’s "
            "world championships after qualifying at the national trials in Valencia on "
            "Saturday.\n\n"
            "Lucía Arrondo, 19, won the 200-meter butterfly in a national record time. “I saw "
            "the clock and just started screaming,” she told the newspaper El Diario del Turia "
            "afterward.\n\n"
            "Her brother, 23, had to wait longer. Mateo Arrondo finished third in the 100-meter "
            "freestyle and was only confirmed for the relay squad after an appeal. Arrondo "
            "posted on Instagram that evening: “Third is enough when your sister is carrying the "
            "family name.”\n\n"
            "Their coach, Begoña Salinas, praised both at the trials’ closing news conference. "
            "“Two completely different swimmers. One is fire, the other is patience,” the coach "
            "said.\n\n"
            "The national federation said in a news release that the team of 31 swimmers was its "
            "largest since 2008. The release quoted its president, Ignacio Ferrer, as saying the "
            "squad was “young, hungry and deep.”"
        ),
        "quotes": [
            ("I saw the clock and just started screaming,", "Lucía Arrondo", False, "P1"),
            (
                "Third is enough when your sister is carrying the family name.",
                "Mateo Arrondo",
                False,
                "P2",
            ),
            (
                "Two completely different swimmers. One is fire, the other is patience,",
                "Begoña Salinas",
                False,
                None,
            ),
            ("young, hungry and deep.", "Ignacio Ferrer", True, "P3"),
        ],
        "posts": [
            ("P1", "Lucía Arrondo", "El Diario del Turia"),
            ("P2", "Mateo Arrondo", "Instagram"),
            ("P3", None, "press release"),
        ],
        "people": ["Mateo Arrondo", "Lucía Arrondo", "Begoña Salinas", "Ignacio Ferrer"],
    },
    {
        "name": "cricket-youtube-video-ceo-email-anonymous-player-caption",
        "text": (
            "Ravindra Kulkarni, who captained the Konkan Strikers to two domestic titles, said in "
            "a YouTube video on Saturday that he had been dropped from the squad without "
            "explanation. “Nineteen years with one team, and nobody picked up the phone,” the "
            "38-year-old said in the nine-minute video.\n\n"
            "The Strikers’ chief executive, Anjali Mehrotra, wrote in an email to staff on "
            "Sunday that the decision had been made by the selectors “on cricketing grounds "
            "alone.” The email, which was seen by this newspaper, added: “We will not be "
            "commenting on individual players in public.”\n\n"
            "One current player, who spoke on condition of anonymity because he was not "
            "authorized to comment, said the dressing room was divided. “Half of us grew up "
            "watching him,” the player said.\n\n"
            "Kulkarni’s former opening partner, Farhan Siddiqui, posted a photo of the two of "
            "them on Instagram with the caption “Class is permanent.”\n\n"
            "The chairman of selectors, Vikram Joshi, declined to comment on Sunday."
        ),
        "quotes": [
            (
                "Nineteen years with one team, and nobody picked up the phone,",
                "Ravindra Kulkarni",
                False,
                "P1",
            ),
            ("on cricketing grounds alone.", "Anjali Mehrotra", True, "P2"),
            (
                "We will not be commenting on individual players in public.",
                "Anjali Mehrotra",
                False,
                "P2",
            ),
            ("Half of us grew up watching him,", None, False, None),
            ("Class is permanent.", "Farhan Siddiqui", False, "P3"),
        ],
        "posts": [
            ("P1", "Ravindra Kulkarni", "YouTube"),
            ("P2", "Anjali Mehrotra", None),
            ("P3", "Farhan Siddiqui", "Instagram"),
        ],
        "people": ["Ravindra Kulkarni", "Anjali Mehrotra", "Farhan Siddiqui", "Vikram Joshi"],
    },
    {
        "name": "marathon-stopped-bluesky-replies-briefing-broadcaster",
        "text": (
            "The Harborview Marathon was stopped at the 30-kilometer mark on Sunday as "
            "temperatures passed 31 degrees Celsius, and thousands of runners were taken to the "
            "finish area by bus.\n\n"
            "“Nobody enjoys this call. But I would make it again tomorrow,” the race director, "
            "Wendell Ocampo, wrote on Bluesky a few hours later. Replies under his post were "
            "split. “Trained for nine months to ride a bus. Thanks,” wrote one runner, Patrice "
            "Dumont. Another, Hana Kovač, replied that it was “the right call, even if it "
            "hurts.”\n\n"
            "The city’s health commissioner, Dr. Lorraine Whitfield, said at an evening briefing "
            "that 46 runners had been treated for heat exhaustion and two remained in "
            "hospital.\n\n"
            "The Kenyan runner Daniel Kiprotich, who was leading when the race was stopped, said "
            "he was disappointed but understood. “My body was fine, but I saw people falling,” "
            "he told the broadcaster Harbor One after returning to his hotel.\n\n"
            "The organizers said in a press release that all entrants would be offered a free "
            "place in next year’s race."
        ),
        "quotes": [
            (
                "Nobody enjoys this call. But I would make it again tomorrow,",
                "Wendell Ocampo",
                False,
                "P1",
            ),
            ("Trained for nine months to ride a bus. Thanks,", "Patrice Dumont", False, "P1"),
            ("the right call, even if it hurts.", "Hana Kovač", True, "P1"),
            ("My body was fine, but I saw people falling,", "Daniel Kiprotich", False, "P2"),
        ],
        "posts": [
            ("P1", "Wendell Ocampo", "Bluesky"),
            ("P2", "Daniel Kiprotich", "Harbor One"),
            ("P3", None, "press release"),
        ],
        "people": [
            "Wendell Ocampo",
            "Patrice Dumont",
            "Hana Kovač",
            "Lorraine Whitfield",
            "Daniel Kiprotich",
        ],
    },
    {
        "name": "club-takeover-filing-business-review-trust-facebook-bbc",
        "text": (
            "A consortium led by the American investor Bradley Hollister has agreed to buy a "
            "majority stake in Ashcombe Athletic for about £210 million, according to a filing "
            "with the stock exchange on Wednesday. The filing described the club as “a strategic "
            "asset with untapped commercial potential.”\n\n"
            "Hollister, 56, who made his fortune in cold-storage warehouses, told the Sterling "
            "Business Review that he would not move the club from its 1908 ground. “I didn’t buy "
            "Ashcombe to turn it into something else,” he said. “I bought it because of what it "
            "already is.”\n\n"
            "The Ashcombe Supporters’ Trust said it remained “deeply sceptical.” In a post on "
            "Facebook, the trust’s chair, Maureen Tillotson, asked members to attend a meeting "
            "on Saturday. “Promises are cheap. We want them in writing,” she wrote.\n\n"
            "The club’s outgoing owner, Reginald Pike, told the BBC that he was “sad but "
            "relieved,” adding: “It was time for someone with deeper pockets.”"
        ),
        "quotes": [
            ("a strategic asset with untapped commercial potential.", None, True, "P1"),
            (
                "I didn’t buy Ashcombe to turn it into something else,",
                "Bradley Hollister",
                False,
                "P2",
            ),
            ("I bought it because of what it already is.", "Bradley Hollister", False, "P2"),
            ("deeply sceptical.", None, True, None),
            ("Promises are cheap. We want them in writing,", "Maureen Tillotson", False, "P3"),
            ("sad but relieved,", "Reginald Pike", True, "P4"),
            ("It was time for someone with deeper pockets.", "Reginald Pike", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Bradley Hollister", "Sterling Business Review"),
            ("P3", "Maureen Tillotson", "Facebook"),
            ("P4", "Reginald Pike", "BBC"),
        ],
        "people": ["Bradley Hollister", "Maureen Tillotson", "Reginald Pike"],
    },
    {
        "name": "volleyball-league-folds-league-instagram-open-letter-podcast",
        "text": (
            "The Pacific Volleyball League, a three-year-old professional women’s league, "
            "suspended operations on Thursday, leaving 96 players without contracts weeks "
            "before the season was due to begin.\n\n"
            "“This is not the ending any of us wanted,” the league’s founder, Tessa Marlowe-Hale, "
            "said in a video posted to the league’s Instagram account. “We ran out of "
            "runway.”\n\n"
            "Hours later, more than 80 players published an open letter asking the league to "
            "honor unpaid wages from last season. The letter said players had been “strung "
            "along by promises of investment that never came.”\n\n"
            "The league’s former commissioner, Rafael Quintero, who resigned in June, said on "
            "the podcast Net Gains that he had warned the board. “I told them in March that the "
            "numbers did not work,” he said.\n\n"
            "The setter Mele Fifita, a two-time league MVP, wrote on X: “Whatever happens next, "
            "we built something real. Don’t let anyone tell you otherwise.”"
        ),
        "quotes": [
            ("This is not the ending any of us wanted,", "Tessa Marlowe-Hale", False, "P1"),
            ("We ran out of runway.", "Tessa Marlowe-Hale", False, "P1"),
            ("strung along by promises of investment that never came.", None, True, "P2"),
            (
                "I told them in March that the numbers did not work,",
                "Rafael Quintero",
                False,
                "P3",
            ),
            (
                "Whatever happens next, we built something real. Don’t let anyone tell you "
                "otherwise.",
                "Mele Fifita",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", None, None),
            ("P3", "Rafael Quintero", "Net Gains"),
            ("P4", "Mele Fifita", "X"),
        ],
        "people": ["Tessa Marlowe-Hale", "Rafael Quintero", "Mele Fifita"],
    },
    {
        "name": "boxing-weigh-in-nickname-x-apology-promoter-statement",
        "text": (
            "Dwayne “The Hammer” Kessler missed weight by 1.4 pounds at Friday’s weigh-in in "
            "Reno, putting his title fight with Omar Benali in doubt a day before the bout.\n\n"
            "“I’m not fighting a guy who can’t respect the scale,” Benali, 29, said on the stage "
            "as the two were separated by security. His trainer, Luther Grayson, called the miss "
            "“disrespectful and probably deliberate.”\n\n"
            "Kessler apologized on X an hour later. “I let my team down today. I’ll be there "
            "tomorrow if he wants it,” he wrote.\n\n"
            "The promoter, Sal Ricciardi of Ironclad Promotions, said in a statement that "
            "evening that the fight would go ahead as a non-title bout and that Kessler would "
            "forfeit 20 percent of his purse to Benali.\n\n"
            "Benali confirmed that he had accepted the terms in an interview with FightLine TV. "
            "“Money talks. But after tomorrow he’ll be called ‘The Nail,’ not the hammer,” he "
            "said, laughing."
        ),
        "quotes": [
            (
                "I’m not fighting a guy who can’t respect the scale,",
                "Omar Benali",
                False,
                None,
            ),
            ("disrespectful and probably deliberate.", "Luther Grayson", True, None),
            (
                "I let my team down today. I’ll be there tomorrow if he wants it,",
                "Dwayne Kessler",
                False,
                "P1",
            ),
            (
                "Money talks. But after tomorrow he’ll be called ‘The Nail,’ not the hammer,",
                "Omar Benali",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dwayne Kessler", "X"),
            ("P2", "Sal Ricciardi", None),
            ("P3", "Omar Benali", "FightLine TV"),
        ],
        "people": ["Dwayne Kessler", "Omar Benali", "Luther Grayson", "Sal Ricciardi"],
    },
    {
        "name": "olympic-bid-medium-essay-magazine-mayor-facebook-comment",
        "text": (
            "Voters in Lindenfeld will decide in a referendum in May whether the city should bid "
            "for the 2036 Winter Games, the city’s bid committee said on Tuesday.\n\n"
            "The committee’s chair, the former biathlete Ingrid Solheim-Bakke, made the case in "
            "an essay on Medium. “We already have the mountains, the rail lines and the snow. "
            "What we lack is the nerve,” she wrote.\n\n"
            "Opponents are less convinced. The economist Pieter Van Wyck, who has studied the "
            "costs of past Games, told the magazine Civic Ledger that every recent host had "
            "overspent. “There is no Olympics on record that came in on budget. Not one,” he "
            "said.\n\n"
            "Mayor Renate Hollfelder, a longtime supporter, posted on Facebook that the city "
            "would publish a full cost study before the vote, “down to the last snow cannon.” A "
            "resident, Gisela Brandt, commented under her post: “Publish it before you spend "
            "more on posters.”\n\n"
            "The bid’s slogan, “Lindenfeld Lights the Winter,” has appeared on trams across the "
            "city since January."
        ),
        "quotes": [
            (
                "We already have the mountains, the rail lines and the snow. What we lack is the "
                "nerve,",
                "Ingrid Solheim-Bakke",
                False,
                "P1",
            ),
            (
                "There is no Olympics on record that came in on budget. Not one,",
                "Pieter Van Wyck",
                False,
                "P2",
            ),
            ("down to the last snow cannon.", "Renate Hollfelder", True, "P3"),
            ("Publish it before you spend more on posters.", "Gisela Brandt", False, "P3"),
        ],
        "posts": [
            ("P1", "Ingrid Solheim-Bakke", "Medium"),
            ("P2", "Pieter Van Wyck", "Civic Ledger"),
            ("P3", "Renate Hollfelder", "Facebook"),
        ],
        "people": ["Ingrid Solheim-Bakke", "Pieter Van Wyck", "Renate Hollfelder", "Gisela Brandt"],
    },
    {
        "name": "holdout-letter-two-paragraphs-owner-reporters-instagram-live",
        "text": (
            "Terrell Whitaker, the Cedar Falls Foxes’ star running back, will skip training camp "
            "while he seeks a new contract, he wrote in a letter to fans published on Wednesday "
            "by the athlete-run site Open Huddle.\n\n"
            "“I’ve given this team every carry they asked for, including the ones I played "
            "through with a broken hand,” Whitaker wrote. “All I’m asking for is to be paid like "
            "it.\n\n"
            "“I love Cedar Falls. This isn’t about leaving. It’s about being valued.”\n\n"
            "The Foxes’ owner, Harlan Vail, sounded unmoved when he spoke to reporters at the "
            "team’s facility. “We have a contract with Terrell. We expect him to honor it,” Vail "
            "said.\n\n"
            "That night, Whitaker went live on Instagram with his quarterback, Cody Brandvold, "
            "who told viewers he backed his teammate “a thousand percent.” The two talked for "
            "nearly an hour, and the stream drew more than 40,000 viewers."
        ),
        "quotes": [
            (
                "I’ve given this team every carry they asked for, including the ones I played "
                "through with a broken hand,",
                "Terrell Whitaker",
                False,
                "P1",
            ),
            ("All I’m asking for is to be paid like it.", "Terrell Whitaker", False, "P1"),
            (
                "I love Cedar Falls. This isn’t about leaving. It’s about being valued.",
                "Terrell Whitaker",
                False,
                "P1",
            ),
            (
                "We have a contract with Terrell. We expect him to honor it,",
                "Harlan Vail",
                False,
                None,
            ),
            ("a thousand percent.", "Cody Brandvold", True, "P2"),
        ],
        "posts": [
            ("P1", "Terrell Whitaker", "Open Huddle"),
            ("P2", "Terrell Whitaker", "Instagram"),
        ],
        "people": ["Terrell Whitaker", "Harlan Vail", "Cody Brandvold"],
    },
    {
        "name": "racing-driver-retires-release-instagram-paddock-magazine",
        "text": (
            "Veloce Racing confirmed on Monday that its veteran driver, Matthias Brandl, will "
            "retire at the end of the season, ending a 19-year career that included 14 grand "
            "prix wins.\n\n"
            "“Matthias has been the heartbeat of this garage,” the team principal, Giulia "
            "Ferrante, said in a press release announcing the decision.\n\n"
            "Brandl, the oldest driver on the grid, explained his reasons on Instagram. “My "
            "reflexes are still there. My patience for airports is not,” the 41-year-old wrote, "
            "alongside a photo of his first kart.\n\n"
            "His younger teammate, Oscar Lindahl-Reyes, said in the paddock at Suzuka that "
            "Brandl had taught him “how to lose properly, which is harder than winning.”\n\n"
            "The team’s title sponsor, the energy-drink maker Zest, said in a statement that it "
            "would fund a scholarship in Brandl’s name for young karters.\n\n"
            "In an interview with Grid Monthly published on Tuesday, Brandl said he had no plans "
            "to become a television commentator. “I have talked enough for twenty years,” he "
            "said. “Now I want to listen.”"
        ),
        "quotes": [
            ("Matthias has been the heartbeat of this garage,", "Giulia Ferrante", False, "P1"),
            (
                "My reflexes are still there. My patience for airports is not,",
                "Matthias Brandl",
                False,
                "P2",
            ),
            (
                "how to lose properly, which is harder than winning.",
                "Oscar Lindahl-Reyes",
                True,
                None,
            ),
            ("I have talked enough for twenty years,", "Matthias Brandl", False, "P4"),
            ("Now I want to listen.", "Matthias Brandl", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Matthias Brandl", "Instagram"),
            ("P3", None, None),
            ("P4", "Matthias Brandl", "Grid Monthly"),
        ],
        "people": ["Matthias Brandl", "Giulia Ferrante", "Oscar Lindahl-Reyes"],
    },
]
