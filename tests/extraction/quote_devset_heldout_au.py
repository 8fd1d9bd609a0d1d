"""The forty-first self-made dev set, held out (AU): its first run is an unseen estimate.

Written with set AT, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it (the commenter speaks), a post "of his own" or a
second post is a new one; a later fragment or quote is linked to a post only
when the text ties it to that post; organisations and unnamed people speak as
None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive, whose quotes link to it; titles, nicknames and
scare quotes in marks are not quotes; speakers and authors are the fullest form
of the name used in the text; partial is True for a fragment quoted inside
narration.

Decisions the conventions did not cover:
- A podcast episode with a named show has the show as platform ("Final Draft").
- An interview on NPR's "Fresh Air" has the show, Fresh Air, as platform.
- A critic's review in a named magazine is treated like an essay: a post by the
  critic with the magazine as platform (The Atlantic).
- A statement a representative gave to a named outlet ("a representative for
  Voss told People") is an interview with that outlet: author None (unnamed
  representative), platform People.
- A divorce filing by a named person is a post by that person, platform None;
  the filing's words are hers.
- A lawsuit filed by an unnamed group of passengers has author None.
- A company blog post on its own website is a post with author None and
  platform None.
- "Said in an interview" with no named outlet (the reporting paper's own
  interview) is not a post.
- Words said from a concert stage to the crowd are like a speech: not a post.
- A reply to a post on X or Threads is a comment under that post.
- An unnamed user's question in a Reddit AMA belongs to the AMA post, speaker None.
- An Instagram story caption is a quote of the story's author, in that post.
- A follow-on quote is tied to an interview post when the text says "told the
  station", "told the paper" or "told the channel".
- The second half of a sentence interrupted by "he said" is not partial.
- A company's separate X post with no quoted words is still listed as a post.
- The words of a member of the public shouting at a town hall are a quote with
  speaker None and no post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AU: list[dict] = [
    {
        "name": "pop-singer-tiktok-then-stage",
        "text": (
            "Pop singer Mara Quinlan addressed rumors about her health in a TikTok video on "
            "Sunday, days after she cut short a show in Phoenix.\n\n"
            "“I’m tired, I’m not sick,” the 27-year-old said in the clip, which had been viewed "
            "more than four million times by Monday. “There’s a difference, and I wish people "
            "would respect it.”\n\n"
            "On Tuesday night, Quinlan returned to the stage in Denver. “You guys kept me going "
            "this week,” she told the crowd before opening with “Paper Lanterns,” her first "
            "No. 1 single."
        ),
        "quotes": [
            ("I’m tired, I’m not sick,", "Mara Quinlan", False, "P1"),
            (
                "There’s a difference, and I wish people would respect it.",
                "Mara Quinlan",
                False,
                "P1",
            ),
            ("You guys kept me going this week,", "Mara Quinlan", False, None),
        ],
        "posts": [("P1", "Mara Quinlan", "TikTok")],
        "people": ["Mara Quinlan"],
    },
    {
        "name": "nfl-coach-reporters-quarterback-x-reply",
        "text": (
            "Jacksonville coach Derek Amsel did not hide his frustration after the Jaguars’ "
            "31-10 loss to Houston on Sunday.\n\n"
            "“We got outcoached, we got outplayed, and that starts with me,” Amsel told "
            "reporters. The 49-year-old coach said he would review “every single snap” before "
            "naming a starting quarterback for next week.\n\n"
            "Quarterback Tyrell Mabry, who was benched in the third quarter, posted on X hours "
            "later: “Not the end of my story.” Wide receiver Jonah Kettering replied, “We ride "
            "with you 7.”"
        ),
        "quotes": [
            (
                "We got outcoached, we got outplayed, and that starts with me,",
                "Derek Amsel",
                False,
                None,
            ),
            ("every single snap", "Derek Amsel", True, None),
            ("Not the end of my story.", "Tyrell Mabry", False, "P1"),
            ("We ride with you 7.", "Jonah Kettering", False, "P1"),
        ],
        "posts": [("P1", "Tyrell Mabry", "X")],
        "people": ["Derek Amsel", "Tyrell Mabry", "Jonah Kettering"],
    },
    {
        "name": "chipmaker-earnings-release-and-call",
        "text": (
            "Shares of Velora Semiconductor jumped 14% in after-hours trading on Wednesday after "
            "the chipmaker reported quarterly revenue of $4.2 billion, well above Wall Street’s "
            "forecasts.\n\n"
            "“Demand for our data center products is running ahead of anything we planned for,” "
            "Chief Executive Priya Natarajan said in the earnings release.\n\n"
            "On a call with analysts, Natarajan was more cautious. “We are not going to pretend "
            "this is a straight line,” she said. “There will be quarters that disappoint.”\n\n"
            "Stacy Brennan, an analyst at Bernstein, called the results “a clean beat” but said "
            "supply constraints could cap growth next year."
        ),
        "quotes": [
            (
                "Demand for our data center products is running ahead of anything we planned for,",
                "Priya Natarajan",
                False,
                "P1",
            ),
            (
                "We are not going to pretend this is a straight line,",
                "Priya Natarajan",
                False,
                None,
            ),
            ("There will be quarters that disappoint.", "Priya Natarajan", False, None),
            ("a clean beat", "Stacy Brennan", True, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Priya Natarajan", "Stacy Brennan"],
    },
    {
        "name": "teen-sleep-study-newspaper-and-outside-expert",
        "text": (
            "Teenagers who keep their phones out of the bedroom sleep about 40 minutes longer on "
            "school nights, according to a study published Monday in the journal Pediatrics.\n\n"
            "“Forty minutes sounds small until you add it up over a school year,” the study’s "
            "lead author, Dr. Samuel Okafor of the University of Michigan, told The Washington "
            "Post. “That’s weeks of sleep.”\n\n"
            "Okafor’s team tracked 2,300 students in four states. Families in the study agreed "
            "to a “phone parking” rule, in which devices were charged in the kitchen "
            "overnight.\n\n"
            "Dr. Lena Hartmann, a sleep researcher at Stanford who was not involved in the "
            "study, said the findings matched what she saw in her clinic. “Parents ask me for a "
            "magic fix,” she said. “This is about as close as it gets.”"
        ),
        "quotes": [
            (
                "Forty minutes sounds small until you add it up over a school year,",
                "Samuel Okafor",
                False,
                "P1",
            ),
            ("That’s weeks of sleep.", "Samuel Okafor", False, "P1"),
            ("Parents ask me for a magic fix,", "Lena Hartmann", False, None),
            ("This is about as close as it gets.", "Lena Hartmann", False, None),
        ],
        "posts": [("P1", "Samuel Okafor", "The Washington Post")],
        "people": ["Samuel Okafor", "Lena Hartmann"],
    },
    {
        "name": "youtuber-apology-comments-and-instagram-follow-up",
        "text": (
            "Lifestyle YouTuber Brooke Callister posted a 22-minute apology video on YouTube on "
            "Friday after followers accused her of promoting a skin care brand she had never "
            "used.\n\n"
            "“I messed up, and I’m not going to make excuses,” Callister said in the video. She "
            "said she would donate her fee from the sponsorship to a children’s hospital.\n\n"
            "Fellow creator Dane Whitlock wrote in the comments, “Respect for owning it.” Not "
            "everyone was convinced. One viewer wrote, “Sorry you got caught, you mean.”\n\n"
            "Callister, who has 3.1 million subscribers, called the episode “the wake-up call I "
            "needed” in a follow-up post on Instagram on Saturday."
        ),
        "quotes": [
            (
                "I messed up, and I’m not going to make excuses,",
                "Brooke Callister",
                False,
                "P1",
            ),
            ("Respect for owning it.", "Dane Whitlock", False, "P1"),
            ("Sorry you got caught, you mean.", None, False, "P1"),
            ("the wake-up call I needed", "Brooke Callister", True, "P2"),
        ],
        "posts": [
            ("P1", "Brooke Callister", "YouTube"),
            ("P2", "Brooke Callister", "Instagram"),
        ],
        "people": ["Brooke Callister", "Dane Whitlock"],
    },
    {
        "name": "airline-fee-lawsuit-and-company-statement",
        "text": (
            "A group of passengers sued Skyward Airlines in federal court in Denver on Thursday, "
            "accusing the carrier of hiding mandatory seat fees until the final step of online "
            "booking.\n\n"
            "The lawsuit describes the practice as “a bait-and-switch dressed up as a "
            "convenience” and seeks class-action status on behalf of millions of customers.\n\n"
            "Skyward said in a statement that the claims were without merit. “Our fares are "
            "displayed clearly and in full compliance with federal rules,” the statement quoted "
            "spokeswoman Carmen Ruiz as saying.\n\n"
            "Consumer advocate Neil Patterson, who testified before Congress on airline fees "
            "last year, said the case could push other carriers to change their websites."
        ),
        "quotes": [
            ("a bait-and-switch dressed up as a convenience", None, True, "P1"),
            (
                "Our fares are displayed clearly and in full compliance with federal rules,",
                "Carmen Ruiz",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", None, None)],
        "people": ["Carmen Ruiz", "Neil Patterson"],
    },
    {
        "name": "director-podcast-and-star-instagram-story",
        "text": (
            "Director Owen Marchetti says he nearly walked away from “The Long Field” three "
            "weeks into filming.\n\n"
            "“The studio wanted a different ending, and I didn’t have the strength to fight for "
            "mine,” Marchetti said on a recent episode of “Final Draft,” the podcast hosted by "
            "Ana Lowell. “Then Jess called me at two in the morning and told me not to quit.”\n\n"
            "The Jess in question is Jessamine Cole, the film’s star, who shared a clip of the "
            "interview on her Instagram story with the caption “He’s not exaggerating.”"
        ),
        "quotes": [
            (
                "The studio wanted a different ending, and I didn’t have the strength to fight "
                "for mine,",
                "Owen Marchetti",
                False,
                "P1",
            ),
            (
                "Then Jess called me at two in the morning and told me not to quit.",
                "Owen Marchetti",
                False,
                "P1",
            ),
            ("He’s not exaggerating.", "Jessamine Cole", False, "P2"),
        ],
        "posts": [("P1", "Owen Marchetti", "Final Draft"), ("P2", "Jessamine Cole", "Instagram")],
        "people": ["Owen Marchetti", "Ana Lowell", "Jessamine Cole"],
    },
    {
        "name": "senate-hearing-then-senator-x-post",
        "text": (
            "Senator Marjorie Tillman pressed the head of the video platform Loopr on Tuesday "
            "over how quickly the company removes videos that promote eating disorders.\n\n"
            "“Your own researchers told you this was happening in 2022,” Tillman, a Republican "
            "from Kansas, said at the hearing. “What did you do about it?”\n\n"
            "Loopr’s chief executive, Adrian Cho, said the company had hired 1,200 moderators "
            "since then. “We are not where we want to be,” he said, “but we are far from where "
            "we were.”\n\n"
            "After the hearing, the senator posted a clip of the exchange on X. “Parents deserve "
            "better answers than that,” she wrote."
        ),
        "quotes": [
            (
                "Your own researchers told you this was happening in 2022,",
                "Marjorie Tillman",
                False,
                None,
            ),
            ("What did you do about it?", "Marjorie Tillman", False, None),
            ("We are not where we want to be,", "Adrian Cho", False, None),
            ("but we are far from where we were.", "Adrian Cho", False, None),
            ("Parents deserve better answers than that,", "Marjorie Tillman", False, "P1"),
        ],
        "posts": [("P1", "Marjorie Tillman", "X")],
        "people": ["Marjorie Tillman", "Adrian Cho"],
    },
    {
        "name": "formula-recall-release-and-local-tv",
        "text": (
            "Harvest Meadow Foods is recalling about 180,000 cans of powdered infant formula "
            "sold at Walmart and Target stores because of possible bacterial contamination, the "
            "company said in a news release on Friday.\n\n"
            "“The safety of the babies who rely on our products is our only priority,” Thomas "
            "Wexler, the company’s president, said in the release. No illnesses have been "
            "reported.\n\n"
            "Melissa Grant, a mother of twins in Plano, Texas, told WFAA that she found two of "
            "the recalled cans in her pantry. “I just stood there shaking,” Grant told the "
            "station. “You trust that what you’re giving them is safe.”"
        ),
        "quotes": [
            (
                "The safety of the babies who rely on our products is our only priority,",
                "Thomas Wexler",
                False,
                "P1",
            ),
            ("I just stood there shaking,", "Melissa Grant", False, "P2"),
            ("You trust that what you’re giving them is safe.", "Melissa Grant", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Melissa Grant", "WFAA")],
        "people": ["Thomas Wexler", "Melissa Grant"],
    },
    {
        "name": "marathon-winner-continued-quote-and-instagram",
        "text": (
            "Kenyan runner Faith Chelimo won the Chicago Marathon on Sunday in 2 hours 15 "
            "minutes 40 seconds, the second-fastest time ever by a woman.\n\n"
            "“At 35 kilometers, my legs were gone. I was only running with my head.\n\n"
            "“When I saw the clock at the finish, I could not believe it,” Chelimo said after "
            "the race.\n\n"
            "The 29-year-old later thanked her training partners in an Instagram post, calling "
            "them “the reason I am still running.” American Sarah Delaney finished third."
        ),
        "quotes": [
            (
                "At 35 kilometers, my legs were gone. I was only running with my head.",
                "Faith Chelimo",
                False,
                None,
            ),
            (
                "When I saw the clock at the finish, I could not believe it,",
                "Faith Chelimo",
                False,
                None,
            ),
            ("the reason I am still running.", "Faith Chelimo", True, "P1"),
        ],
        "posts": [("P1", "Faith Chelimo", "Instagram")],
        "people": ["Faith Chelimo", "Sarah Delaney"],
    },
    {
        "name": "game-director-reddit-ama-straight-quotes",
        "text": (
            'The creative director of the hit survival game "Ashfall," Marcus Lindqvist, '
            "answered questions from players in an Ask Me Anything session on Reddit on "
            "Wednesday.\n\n"
            'Asked whether the game would come to consoles, Lindqvist wrote: "Yes. Not this '
            'year, but yes." One user asked, "Is co-op dead or not?" "It\'s the thing I think '
            'about most," he replied. "We want it to be right, not rushed."\n\n'
            "His studio, Northlight Games, said in a separate post on X that a patch fixing "
            "save-file crashes would arrive next week."
        ),
        "quotes": [
            ("Yes. Not this year, but yes.", "Marcus Lindqvist", False, "P1"),
            ("Is co-op dead or not?", None, False, "P1"),
            ("It's the thing I think about most,", "Marcus Lindqvist", False, "P1"),
            ("We want it to be right, not rushed.", "Marcus Lindqvist", False, "P1"),
        ],
        "posts": [("P1", "Marcus Lindqvist", "Reddit"), ("P2", None, "X")],
        "people": ["Marcus Lindqvist"],
    },
    {
        "name": "er-doctor-substack-hospital-statement",
        "text": (
            "An emergency physician in Portland, Oregon, has drawn national attention with a "
            "Substack essay describing 14-hour shifts in which patients waited in hallways for "
            "days.\n\n"
            "“We are practicing medicine in a hallway, and we are pretending that is normal,” "
            "Dr. Rachel Imboden wrote in the essay, which has been shared more than 200,000 "
            "times. In the essay, she described her hospital’s emergency department as “a "
            "waiting room with monitors.”\n\n"
            "Providence Valley Medical Center said in a statement that it was “actively working "
            "to reduce boarding times” and had opened 24 new inpatient beds.\n\n"
            "Imboden said in an interview on Monday that she had not been contacted by hospital "
            "leadership. “Nobody has called me,” she said. “I’d welcome that call.”"
        ),
        "quotes": [
            (
                "We are practicing medicine in a hallway, and we are pretending that is normal,",
                "Rachel Imboden",
                False,
                "P1",
            ),
            ("a waiting room with monitors.", "Rachel Imboden", True, "P1"),
            ("actively working to reduce boarding times", None, True, "P2"),
            ("Nobody has called me,", "Rachel Imboden", False, None),
            ("I’d welcome that call.", "Rachel Imboden", False, None),
        ],
        "posts": [("P1", "Rachel Imboden", "Substack"), ("P2", None, None)],
        "people": ["Rachel Imboden"],
    },
    {
        "name": "actress-divorce-filing-rep-told-people",
        "text": (
            "Actress Daniela Voss has filed for divorce from her husband of six years, music "
            "producer Kieran Stahl, citing irreconcilable differences, according to court "
            "documents filed Monday in Los Angeles.\n\n"
            "In the filing, Voss asks for joint custody of the couple’s two children and says "
            "the two have been living apart “since early this year.”\n\n"
            "“Daniela and Kieran remain committed to raising their children together with love "
            "and respect,” a representative for Voss told People. “They ask for privacy at this "
            "time.”\n\n"
            "Stahl, 41, has not commented publicly. Voss, who stars in the Netflix drama "
            "“Saltwater,” was last seen with him at the Emmys in September."
        ),
        "quotes": [
            ("since early this year.", "Daniela Voss", True, "P1"),
            (
                "Daniela and Kieran remain committed to raising their children together with "
                "love and respect,",
                None,
                False,
                "P2",
            ),
            ("They ask for privacy at this time.", None, False, "P2"),
        ],
        "posts": [("P1", "Daniela Voss", None), ("P2", None, "People")],
        "people": ["Daniela Voss", "Kieran Stahl"],
    },
    {
        "name": "nba-guard-threads-teammate-reply-coach",
        "text": (
            "Phoenix Suns guard Malik Odom announced on Threads on Monday that he would miss "
            "the rest of the season after tearing a ligament in his left knee.\n\n"
            "“Gonna hurt for a while but I’ll be back better,” wrote Odom, 26. Teammate Caleb "
            "Forsythe replied under the post: “Nothing but love, bro.”\n\n"
            "Suns coach Renata Alvarez said before Tuesday’s game that Odom had been “our "
            "heartbeat all season.”\n\n"
            "“You don’t replace a guy like that,” Alvarez told reporters. “You just try to "
            "survive.”"
        ),
        "quotes": [
            ("Gonna hurt for a while but I’ll be back better,", "Malik Odom", False, "P1"),
            ("Nothing but love, bro.", "Caleb Forsythe", False, "P1"),
            ("our heartbeat all season.", "Renata Alvarez", True, None),
            ("You don’t replace a guy like that,", "Renata Alvarez", False, None),
            ("You just try to survive.", "Renata Alvarez", False, None),
        ],
        "posts": [("P1", "Malik Odom", "Threads")],
        "people": ["Malik Odom", "Caleb Forsythe", "Renata Alvarez"],
    },
    {
        "name": "museum-layoffs-email-and-union-rally",
        "text": (
            "The Hollings Museum of Art will lay off 42 employees, about a fifth of its staff, "
            "its director told employees in an email on Wednesday.\n\n"
            "“These decisions are painful, and they are mine,” wrote the director, Evelyn "
            "Marsh. In the email, she called the cuts “necessary to keep our doors open” and "
            "blamed a drop in attendance and donations.\n\n"
            "At a rally outside the museum on Thursday, union steward Jamal Pettiford said the "
            "staff had learned of the layoffs from news reports. “We found out from our "
            "phones,” he said. “That tells you everything.”"
        ),
        "quotes": [
            ("These decisions are painful, and they are mine,", "Evelyn Marsh", False, "P1"),
            ("necessary to keep our doors open", "Evelyn Marsh", True, "P1"),
            ("We found out from our phones,", "Jamal Pettiford", False, None),
            ("That tells you everything.", "Jamal Pettiford", False, None),
        ],
        "posts": [("P1", "Evelyn Marsh", None)],
        "people": ["Evelyn Marsh", "Jamal Pettiford"],
    },
    {
        "name": "chef-closing-instagram-and-tribune-straight-quotes",
        "text": (
            "Chef Antoine Beaulieu will close Maison Beaulieu, his Michelin-starred restaurant "
            "in Chicago's West Loop, after 11 years, he announced on Instagram on Tuesday.\n\n"
            '"Rent went up 60 percent. The math stopped working," Beaulieu wrote. In the post, '
            'he thanked his staff, whom he called "the real stars of this kitchen."\n\n'
            "In an interview with the Chicago Tribune, Beaulieu, 52, said he was not retiring. "
            '"I\'ll cook somewhere," he told the paper. "Maybe a place with twelve seats and no '
            'tasting menu."\n\n'
            "The restaurant's final service is Dec. 31."
        ),
        "quotes": [
            ("Rent went up 60 percent. The math stopped working,", "Antoine Beaulieu", False, "P1"),
            ("the real stars of this kitchen.", "Antoine Beaulieu", True, "P1"),
            ("I'll cook somewhere,", "Antoine Beaulieu", False, "P2"),
            (
                "Maybe a place with twelve seats and no tasting menu.",
                "Antoine Beaulieu",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Antoine Beaulieu", "Instagram"),
            ("P2", "Antoine Beaulieu", "Chicago Tribune"),
        ],
        "people": ["Antoine Beaulieu"],
    },
    {
        "name": "ai-startup-layoffs-linkedin-blog-bluesky",
        "text": (
            "Tessellate AI, a San Francisco startup that makes coding assistants, laid off a "
            "third of its staff on Monday, co-founder Nadia Petrosyan said in a LinkedIn "
            "post.\n\n"
            "“This is the hardest post I have ever written,” Petrosyan wrote. “Every person "
            "affected built something real here.”\n\n"
            "In a blog post on the company’s website, Tessellate said it would refocus on “a "
            "smaller number of enterprise customers.”\n\n"
            "Former engineer Luis Carvalho, who was among those let go, wrote on Bluesky that he "
            "had learned of the cuts when his laptop was locked. “Thirty seconds of Slack and "
            "done,” he wrote."
        ),
        "quotes": [
            ("This is the hardest post I have ever written,", "Nadia Petrosyan", False, "P1"),
            ("Every person affected built something real here.", "Nadia Petrosyan", False, "P1"),
            ("a smaller number of enterprise customers.", None, True, "P2"),
            ("Thirty seconds of Slack and done,", "Luis Carvalho", False, "P3"),
        ],
        "posts": [
            ("P1", "Nadia Petrosyan", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Luis Carvalho", "Bluesky"),
        ],
        "people": ["Nadia Petrosyan", "Luis Carvalho"],
    },
    {
        "name": "flood-town-hall-resident-facebook-weather-service-x",
        "text": (
            "Residents of Millbrook packed a town hall meeting on Tuesday night to demand "
            "answers about why flood warnings reached their phones nearly two hours after water "
            "began pouring into homes.\n\n"
            "“My basement was already full when my phone buzzed,” said Gloria Fenwick, 67, who "
            "has lived on River Street for four decades. Another resident shouted, “Who was "
            "asleep at the switch?”\n\n"
            "Mayor Todd Ridley said the town relied on alerts from the National Weather Service. "
            "“We pushed the alert the minute we got it,” he said.\n\n"
            "Fenwick later posted photos of her flooded basement on Facebook. “Forty years and "
            "never this,” she wrote. The weather service said on X on Wednesday that it was "
            "reviewing “the timing and reach” of its warnings for the county."
        ),
        "quotes": [
            ("My basement was already full when my phone buzzed,", "Gloria Fenwick", False, None),
            ("Who was asleep at the switch?", None, False, None),
            ("We pushed the alert the minute we got it,", "Todd Ridley", False, None),
            ("Forty years and never this,", "Gloria Fenwick", False, "P1"),
            ("the timing and reach", None, True, "P2"),
        ],
        "posts": [("P1", "Gloria Fenwick", "Facebook"), ("P2", None, "X")],
        "people": ["Gloria Fenwick", "Todd Ridley"],
    },
    {
        "name": "novelist-fresh-air-and-atlantic-review",
        "text": (
            "Novelist Harriet Oyelaran spent a decade writing “The Salt Orchard,” her first book "
            "in 12 years, which was longlisted for the Booker Prize on Tuesday.\n\n"
            "“I wrote it for my mother,” Oyelaran said in an interview on NPR’s “Fresh Air.” "
            "“She never got to read it, and I think that’s why it took so long to finish.”\n\n"
            "The book follows three generations of a family in Lagos. Critic Miles Berenson, "
            "writing in The Atlantic, called it “a quiet masterpiece that refuses to hurry.”"
        ),
        "quotes": [
            ("I wrote it for my mother,", "Harriet Oyelaran", False, "P1"),
            (
                "She never got to read it, and I think that’s why it took so long to finish.",
                "Harriet Oyelaran",
                False,
                "P1",
            ),
            ("a quiet masterpiece that refuses to hurry.", "Miles Berenson", True, "P2"),
        ],
        "posts": [
            ("P1", "Harriet Oyelaran", "Fresh Air"),
            ("P2", "Miles Berenson", "The Atlantic"),
        ],
        "people": ["Harriet Oyelaran", "Miles Berenson"],
    },
    {
        "name": "soccer-transfer-club-statement-and-sky-sports",
        "text": (
            "Midfielder Rúben Tavares has completed his move from Benfica to Aston Villa for a "
            "reported fee of £48 million, the Premier League club announced on Thursday.\n\n"
            "“Rúben is exactly the kind of player we have been looking for,” Villa manager "
            "Graham Holt said in a statement released by the club. “He is hungry, and he is "
            "only 22.”\n\n"
            "Tavares told Sky Sports that joining Villa was “a dream since I was a boy.” Asked "
            "about his nickname, “The Metronome,” given to him by Portuguese fans, he laughed. "
            "“I think I just pass the ball a lot,” he told the channel."
        ),
        "quotes": [
            (
                "Rúben is exactly the kind of player we have been looking for,",
                "Graham Holt",
                False,
                "P1",
            ),
            ("He is hungry, and he is only 22.", "Graham Holt", False, "P1"),
            ("a dream since I was a boy.", "Rúben Tavares", True, "P2"),
            ("I think I just pass the ball a lot,", "Rúben Tavares", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Rúben Tavares", "Sky Sports")],
        "people": ["Rúben Tavares", "Graham Holt"],
    },
]
