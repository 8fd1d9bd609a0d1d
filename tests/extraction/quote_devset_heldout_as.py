"""The thirty-ninth self-made dev set, held out (AS): its first run is an unseen estimate.

Written with set AR, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, while an essay or op-ed on a named platform or in a named newspaper
has that platform; a press release or earnings release is a post with platform
"press release"; a news conference, briefing, earnings call with analysts,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it (the commenter speaks), a post "of
his own" or a second post is a new one; a later fragment or quote is linked to
a post only when the text ties it to that post; organisations and unnamed
people speak as None, and a company's release, statement or lawsuit has no
author even when it quotes a named executive, whose quotes link to it; titles,
nicknames and scare quotes in marks are not quotes; speakers and authors are
canonical full names; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- a podcast episode with a named show has the show as platform ("Song Exploder");
- a YouTube video is a post on YouTube by the person who made it; a TikTok
  clip likewise, and what its maker says in the clip is quoted from that post;
- an Instagram story is a post on Instagram;
- a reply to a post (on Bluesky) is a comment under that post; an unnamed
  user's comment under a TikTok video speaks as None and belongs to it;
- a restaurant review in a named newspaper is a post by the critic with the
  newspaper as platform, and fragments the text gives as the review's
  ("He described ... and wrote that ...") link to it;
- a broadcaster named with a descriptor ("the Austrian broadcaster ORF",
  "an interview with BBC Radio 4") has just its name as platform;
- a quote attributed to "the letter" of a named mayor is spoken by the mayor
  and belongs to the letter;
- "said in an email" by a named person (to the reporter) is a post by that
  person with no platform, and the next quote introduced by "he wrote" belongs
  to it; a company's "emailed statement" is a post with no author or platform;
- a fragment of a lawsuit with no named speaker speaks as None; an executive
  the lawsuit quotes speaks, linked to the lawsuit;
- a post that is only reported, with nothing quoted from it (a second post),
  is still listed; an account suspension on X is not a post;
- fragments tied by "In the same post", "In the essay", "in the post" or
  "also told the magazine ... He called it" link to that post; a quote closed
  by "he told the program" belongs to that broadcast interview;
- a one-word fragment in narration ("fair") is a partial quote of the person
  whose reported speech it is in.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AS: list[dict] = [
    {
        "name": "actress-engagement-instagram-premiere",
        "text": (
            "Actress Noelle Brandt announced her engagement to chef Marco Ferri on Instagram on Sunday, sharing a photo of a ring on a beach in Sardinia. “He asked, I cried, the waiter cried,” Brandt, 33, wrote in the caption.\n\n"
            "Ferri commented beneath the photo: “Best yes of my life.” Singer Tasha Odom, a close friend of the actress, added, “Called it in 2019!”\n\n"
            "At the premiere of her new film “Lanterns” in Los Angeles on Tuesday, Brandt told reporters the proposal was a complete surprise. “I thought we were going to dinner,” she said. “I was wearing flip-flops.”"
        ),
        "quotes": [
            ("He asked, I cried, the waiter cried,", "Noelle Brandt", False, "P1"),
            ("Best yes of my life.", "Marco Ferri", False, "P1"),
            ("Called it in 2019!", "Tasha Odom", False, "P1"),
            ("I thought we were going to dinner,", "Noelle Brandt", False, None),
            ("I was wearing flip-flops.", "Noelle Brandt", False, None),
        ],
        "posts": [
            ("P1", "Noelle Brandt", "Instagram"),
        ],
        "people": ["Noelle Brandt", "Marco Ferri", "Tasha Odom"],
    },
    {
        "name": "coach-postgame-losing-streak",
        "text": (
            "The Portland Pioneers lost their sixth straight game on Friday night, falling 112-98 to Sacramento.\n\n"
            "\"We didn't compete for 48 minutes, and that's on me,\" coach Darnell Hughes said at his postgame news conference. The 42-year-old coach, in his first season, said he would consider changes to the starting lineup.\n\n"
            'Guard Luis Ortega, who scored 27 points, was blunter. "Effort is free," he said. "Right now we\'re not paying it."\n\n'
            'Hughes said Ortega\'s frustration was "fair" and that the team would meet on Saturday.'
        ),
        "quotes": [
            ("We didn't compete for 48 minutes, and that's on me,", "Darnell Hughes", False, None),
            ("Effort is free,", "Luis Ortega", False, None),
            ("Right now we're not paying it.", "Luis Ortega", False, None),
            ("fair", "Darnell Hughes", True, None),
        ],
        "posts": [],
        "people": ["Darnell Hughes", "Luis Ortega"],
    },
    {
        "name": "home-health-startup-funding-release",
        "text": (
            "Kitewell, a Denver startup that makes software for home health nurses, said in a press release on Tuesday that it had raised $40 million in new funding.\n\n"
            "“Nurses spend a third of every visit typing,” said Priya Raman, the company’s co-founder and chief executive, in the release. “We want to give that time back to patients.”\n\n"
            "The round was led by Foundry Peak Ventures. Jonah Weiss, a partner at the firm who will join Kitewell’s board, told reporters on a call that the company had “the rare product nurses actually ask for.”"
        ),
        "quotes": [
            ("Nurses spend a third of every visit typing,", "Priya Raman", False, "P1"),
            ("We want to give that time back to patients.", "Priya Raman", False, "P1"),
            ("the rare product nurses actually ask for.", "Jonah Weiss", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Priya Raman", "Jonah Weiss"],
    },
    {
        "name": "coral-die-off-study-guardian-email",
        "text": (
            "Marine heat waves in 2023 and 2024 killed nearly half of the coral surveyed along the Florida Keys, according to a study published Wednesday in the journal Nature.\n\n"
            "“We went back to sites I have dived for twenty years and found nothing alive,” the study’s lead author, Dr. Renata Solis of the University of Miami, told The Guardian. “It was like walking through a cemetery.”\n\n"
            "Solis and her co-authors wrote that the reef could recover only if ocean temperatures stabilized.\n\n"
            "Tom Adeyemi, a coral ecologist at the Australian Institute of Marine Science who was not involved in the research, said in an email that the findings were “sobering but not surprising.” “Florida is a preview of what every reef faces this century,” he wrote."
        ),
        "quotes": [
            (
                "We went back to sites I have dived for twenty years and found nothing alive,",
                "Renata Solis",
                False,
                "P1",
            ),
            ("It was like walking through a cemetery.", "Renata Solis", False, "P1"),
            ("sobering but not surprising.", "Tom Adeyemi", True, "P2"),
            (
                "Florida is a preview of what every reef faces this century,",
                "Tom Adeyemi",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Renata Solis", "The Guardian"),
            ("P2", "Tom Adeyemi", None),
        ],
        "people": ["Renata Solis", "Tom Adeyemi"],
    },
    {
        "name": "stranded-flight-tiktok-airline-statement",
        "text": (
            "A video of passengers stuck for six hours on a grounded Skyline Air flight in Phoenix has been viewed more than 4 million times on TikTok.\n\n"
            "“No water, no air conditioning, and the pilot just kept saying fifteen more minutes,” Jasmine Cole, who posted the video on Saturday, said in the clip. Her post drew thousands of comments, including one from a user who wrote, “This happened to my mom on the same route last month.”\n\n"
            "In a statement on Monday, Skyline Air apologized and said it would refund every passenger. “What happened on Flight 2210 fell far short of our standards,” the airline said.\n\n"
            "Cole said Monday that the refund was “a start.”"
        ),
        "quotes": [
            (
                "No water, no air conditioning, and the pilot just kept saying fifteen more minutes,",
                "Jasmine Cole",
                False,
                "P1",
            ),
            ("This happened to my mom on the same route last month.", None, False, "P1"),
            ("What happened on Flight 2210 fell far short of our standards,", None, False, "P2"),
            ("a start.", "Jasmine Cole", True, None),
        ],
        "posts": [
            ("P1", "Jasmine Cole", "TikTok"),
            ("P2", None, None),
        ],
        "people": ["Jasmine Cole"],
    },
    {
        "name": "bakery-closing-instagram-line-outside",
        "text": (
            "After 22 years, the Oakland bakery Little Crumb will close at the end of the month, its owner, pastry chef Hyun-woo Park, announced on Instagram on Thursday.\n\n"
            "“Rent tripled. There is no villain here, just math,” Park wrote. In the same post, he thanked customers for “every early line in the rain” and said the bakery’s sesame croissant recipe would be published online.\n\n"
            "On Friday morning the line stretched around the block. “I’ve come here every Saturday since my daughter was born,” said Gloria Mendez, 71, who waited an hour. “She’s in college now.”\n\n"
            "Park, 54, told reporters outside that he had not decided what comes next. “Sleep, probably,” he said, laughing."
        ),
        "quotes": [
            ("Rent tripled. There is no villain here, just math,", "Hyun-woo Park", False, "P1"),
            ("every early line in the rain", "Hyun-woo Park", True, "P1"),
            (
                "I’ve come here every Saturday since my daughter was born,",
                "Gloria Mendez",
                False,
                None,
            ),
            ("She’s in college now.", "Gloria Mendez", False, None),
            ("Sleep, probably,", "Hyun-woo Park", False, None),
        ],
        "posts": [
            ("P1", "Hyun-woo Park", "Instagram"),
        ],
        "people": ["Hyun-woo Park", "Gloria Mendez"],
    },
    {
        "name": "songwriter-cabin-album-podcast",
        "text": (
            "Singer-songwriter Maya Okafor said her new album was written almost entirely in a rented cabin in Vermont during a snowstorm.\n\n"
            "“I had no internet and one working outlet, so it was me, a guitar and a lot of soup,” Okafor said on an episode of the podcast “Song Exploder” released Wednesday. The album’s lead single, “Paper Boats,” debuted at No. 12 on the Billboard Hot 100 last week.\n\n"
            "Okafor, 29, said on the podcast that the single was about her late grandmother. “She folded those boats for me every summer,” she said. “I still have one.”"
        ),
        "quotes": [
            (
                "I had no internet and one working outlet, so it was me, a guitar and a lot of soup,",
                "Maya Okafor",
                False,
                "P1",
            ),
            ("She folded those boats for me every summer,", "Maya Okafor", False, "P1"),
            ("I still have one.", "Maya Okafor", False, "P1"),
        ],
        "posts": [
            ("P1", "Maya Okafor", "Song Exploder"),
        ],
        "people": ["Maya Okafor"],
    },
    {
        "name": "leaf-blower-ban-council-mayor-statement",
        "text": (
            "The Riverton City Council voted 5-2 on Tuesday night to ban gas-powered leaf blowers starting in 2027, after a three-hour public hearing.\n\n"
            "Councilmember Denise Albright, who sponsored the ordinance, called the machines “a 1970s solution to a problem we no longer have.” Councilmember Greg Tolliver voted against it. “Small landscaping crews will pay for this, not the people in this room,” he said.\n\n"
            "A retired teacher who spoke during the public comment period said the noise “starts at 7 a.m. and does not stop.”\n\n"
            "Mayor Patrick Oyelaran said in a statement Wednesday that he would sign the ordinance. “This is a quality-of-life measure, and residents asked for it,” Oyelaran said."
        ),
        "quotes": [
            ("a 1970s solution to a problem we no longer have.", "Denise Albright", True, None),
            (
                "Small landscaping crews will pay for this, not the people in this room,",
                "Greg Tolliver",
                False,
                None,
            ),
            ("starts at 7 a.m. and does not stop.", None, True, None),
            (
                "This is a quality-of-life measure, and residents asked for it,",
                "Patrick Oyelaran",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Patrick Oyelaran", None),
        ],
        "people": ["Denise Albright", "Greg Tolliver", "Patrick Oyelaran"],
    },
    {
        "name": "skincare-brand-sues-influencer-youtube-reply",
        "text": (
            "The skincare company Lumara has sued beauty influencer Brianna Kesh, accusing her of making false claims about its best-selling serum in videos watched by millions.\n\n"
            "The lawsuit, filed Monday in federal court in Los Angeles, says Kesh’s videos caused “lasting and measurable damage” to the brand. It quotes Lumara’s chief marketing officer, Sandra Whitfield, as saying that “sales fell by 40 percent in a single month.”\n\n"
            "Kesh, 26, responded in a YouTube video on Tuesday. “I tested their product on camera and told you what happened to my skin. That is not defamation, that is a review,” she said.\n\n"
            "Her lawyer, Martin Greaves, told reporters the suit was “an attempt to scare every reviewer on the internet.”"
        ),
        "quotes": [
            ("lasting and measurable damage", None, True, "P1"),
            ("sales fell by 40 percent in a single month.", "Sandra Whitfield", True, "P1"),
            (
                "I tested their product on camera and told you what happened to my skin. That is not defamation, that is a review,",
                "Brianna Kesh",
                False,
                "P2",
            ),
            ("an attempt to scare every reviewer on the internet.", "Martin Greaves", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Brianna Kesh", "YouTube"),
        ],
        "people": ["Brianna Kesh", "Sandra Whitfield", "Martin Greaves"],
    },
    {
        "name": "tennis-fine-x-post-opponent",
        "text": (
            "Tennis player Aleksandr Petrov was fined $20,000 on Sunday for smashing two rackets during his third-round loss at the Miami Open.\n\n"
            'Petrov, 24, criticized the fine in a post on X hours later. "Players are fined for emotion while the schedule has us finishing matches at 2 a.m.," he wrote. "Fix that first."\n\n'
            'He also called the tournament\'s scheduling "a joke" in the post, which was later deleted.\n\n'
            'His opponent, Matteo Ricci, told reporters that he understood the frustration. "The conditions were brutal for both of us," the Italian said. "But you can\'t break rackets in front of kids."'
        ),
        "quotes": [
            (
                "Players are fined for emotion while the schedule has us finishing matches at 2 a.m.,",
                "Aleksandr Petrov",
                False,
                "P1",
            ),
            ("Fix that first.", "Aleksandr Petrov", False, "P1"),
            ("a joke", "Aleksandr Petrov", True, "P1"),
            ("The conditions were brutal for both of us,", "Matteo Ricci", False, None),
            ("But you can't break rackets in front of kids.", "Matteo Ricci", False, None),
        ],
        "posts": [
            ("P1", "Aleksandr Petrov", "X"),
        ],
        "people": ["Aleksandr Petrov", "Matteo Ricci"],
    },
    {
        "name": "chipmaker-earnings-release-and-call",
        "text": (
            "Shares of Verity Semiconductor rose 9% in after-hours trading on Thursday after the company reported quarterly revenue of $3.1 billion, well above analysts’ expectations.\n\n"
            "“Demand for our data-center chips has outrun every forecast we made this year,” chief executive Hannah Lindqvist said in the earnings release.\n\n"
            "On a call with analysts, Lindqvist said supply would remain tight into next year. “We are building as fast as the fabs allow,” she said. Chief financial officer Raj Malhotra told analysts the company expected margins to “stay in the mid-fifties.”\n\n"
            "Analyst Carla Benson of Ridgeway Securities said the quarter was “about as clean as it gets.”"
        ),
        "quotes": [
            (
                "Demand for our data-center chips has outrun every forecast we made this year,",
                "Hannah Lindqvist",
                False,
                "P1",
            ),
            ("We are building as fast as the fabs allow,", "Hannah Lindqvist", False, None),
            ("stay in the mid-fifties.", "Raj Malhotra", True, None),
            ("about as clean as it gets.", "Carla Benson", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Hannah Lindqvist", "Raj Malhotra", "Carla Benson"],
    },
    {
        "name": "villain-actor-vanity-fair-sobriety",
        "text": (
            "Actor Desmond Achebe, who plays the villain in this summer’s “Iron Harbor,” said he turned down the role twice before accepting it.\n\n"
            "“I didn’t want to play another man who shouts in a warehouse,” Achebe told Vanity Fair in an interview published Tuesday. “Then I read the third draft and he never raises his voice once.”\n\n"
            "The 47-year-old, known to fans as “the Gentleman” since his years on the British drama “Kingsbridge,” also told the magazine he had been sober for ten years. He called it “the best decision I ever made, and the hardest.”\n\n"
            "Director Lena Holt said at the film’s premiere that Achebe was “the only name on my list.”"
        ),
        "quotes": [
            (
                "I didn’t want to play another man who shouts in a warehouse,",
                "Desmond Achebe",
                False,
                "P1",
            ),
            (
                "Then I read the third draft and he never raises his voice once.",
                "Desmond Achebe",
                False,
                "P1",
            ),
            ("the best decision I ever made, and the hardest.", "Desmond Achebe", True, "P1"),
            ("the only name on my list.", "Lena Holt", True, None),
        ],
        "posts": [
            ("P1", "Desmond Achebe", "Vanity Fair"),
        ],
        "people": ["Desmond Achebe", "Lena Holt"],
    },
    {
        "name": "asteroid-moon-odds-briefing",
        "text": (
            "NASA scientists said Thursday that a small asteroid discovered last month has a 1 in 600 chance of striking the moon in 2032, up from 1 in 2,000 in earlier estimates.\n\n"
            "“This is not a threat to Earth. I want to be very clear about that,” said Kelly Barros, who leads the agency’s planetary defense office, at a news briefing. “But an impact on the moon would be a remarkable thing to watch.”\n\n"
            "Barros said telescopes would track the asteroid until it passes out of view in May. Astronomer Samuel Osei of the University of Arizona, who took part in the briefing, said the odds would probably “swing up and down a few times” before settling.\n\n"
            "“That’s how these calculations work,” Osei said. “Every new observation tightens the numbers.”"
        ),
        "quotes": [
            (
                "This is not a threat to Earth. I want to be very clear about that,",
                "Kelly Barros",
                False,
                None,
            ),
            (
                "But an impact on the moon would be a remarkable thing to watch.",
                "Kelly Barros",
                False,
                None,
            ),
            ("swing up and down a few times", "Samuel Osei", True, None),
            ("That’s how these calculations work,", "Samuel Osei", False, None),
            ("Every new observation tightens the numbers.", "Samuel Osei", False, None),
        ],
        "posts": [],
        "people": ["Kelly Barros", "Samuel Osei"],
    },
    {
        "name": "rail-strike-threads-radio-interview",
        "text": (
            "Train drivers at Northern, the rail operator serving the north of England, will strike for 48 hours next week after pay talks broke down on Monday, their union said.\n\n"
            "“We have been patient for eighteen months. Patience has not paid anyone’s mortgage,” union general secretary Fiona McBride wrote on Threads on Monday evening.\n\n"
            "Transport Secretary Alan Whitcombe said in an interview with BBC Radio 4 on Tuesday that the offer on the table was “fair and final.” “I would urge the drivers to look at it again,” he told the program.\n\n"
            "Commuters were running out of patience with both sides. “I’ll be working from my kitchen again, like it’s 2020,” said Ravi Chandran, who travels to Leeds daily from Harrogate."
        ),
        "quotes": [
            (
                "We have been patient for eighteen months. Patience has not paid anyone’s mortgage,",
                "Fiona McBride",
                False,
                "P1",
            ),
            ("fair and final.", "Alan Whitcombe", True, "P2"),
            ("I would urge the drivers to look at it again,", "Alan Whitcombe", False, "P2"),
            (
                "I’ll be working from my kitchen again, like it’s 2020,",
                "Ravi Chandran",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Fiona McBride", "Threads"),
            ("P2", "Alan Whitcombe", "BBC Radio 4"),
        ],
        "people": ["Fiona McBride", "Alan Whitcombe", "Ravi Chandran"],
    },
    {
        "name": "failed-delivery-startup-substack-investor-linkedin",
        "text": (
            "Three months after her food-delivery startup Platewise shut down, founder Chloe Nakamura has written a long essay on Substack about what went wrong.\n\n"
            "“We grew because we were cheap, and we were cheap because investors paid for it,” Nakamura wrote. “The day they stopped paying, we stopped growing.”\n\n"
            "In the essay, she called the company’s last funding round “the worst good news I ever got.”\n\n"
            "Evan Strauss, an early investor, responded in a post on LinkedIn. “Chloe is being too hard on herself. We pushed for speed, and we own that too,” he wrote."
        ),
        "quotes": [
            (
                "We grew because we were cheap, and we were cheap because investors paid for it,",
                "Chloe Nakamura",
                False,
                "P1",
            ),
            ("The day they stopped paying, we stopped growing.", "Chloe Nakamura", False, "P1"),
            ("the worst good news I ever got.", "Chloe Nakamura", True, "P1"),
            (
                "Chloe is being too hard on herself. We pushed for speed, and we own that too,",
                "Evan Strauss",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Chloe Nakamura", "Substack"),
            ("P2", "Evan Strauss", "LinkedIn"),
        ],
        "people": ["Chloe Nakamura", "Evan Strauss"],
    },
    {
        "name": "harsh-review-chef-instagram-story-eater",
        "text": (
            "Pete Sandoval’s review of the new Brooklyn restaurant Oriel in The New York Times on Wednesday was not kind. He described the $38 roast chicken as “dry in a way that feels intentional” and wrote that the dining room was “loud enough to end a marriage.”\n\n"
            "Oriel’s chef and owner, Daniela Brook, answered on her Instagram story that night. “One review doesn’t define a kitchen. Come eat and decide for yourself,” she wrote.\n\n"
            "“Honestly, he did us a favor,” Brook told Eater on Friday, saying reservations had sold out for the next two weeks."
        ),
        "quotes": [
            ("dry in a way that feels intentional", "Pete Sandoval", True, "P1"),
            ("loud enough to end a marriage.", "Pete Sandoval", True, "P1"),
            (
                "One review doesn’t define a kitchen. Come eat and decide for yourself,",
                "Daniela Brook",
                False,
                "P2",
            ),
            ("Honestly, he did us a favor,", "Daniela Brook", False, "P3"),
        ],
        "posts": [
            ("P1", "Pete Sandoval", "The New York Times"),
            ("P2", "Daniela Brook", "Instagram"),
            ("P3", "Daniela Brook", "Eater"),
        ],
        "people": ["Pete Sandoval", "Daniela Brook"],
    },
    {
        "name": "comedian-suspended-moves-to-bluesky",
        "text": (
            "Comedian Jake Moreno said Friday that he was leaving X for Bluesky after his account was suspended over a joke about a tech billionaire.\n\n"
            '"I made the same joke on stage 200 times and nobody suspended me," Moreno wrote in his first post on Bluesky. "See you all over here."\n\n'
            'Fellow comedian Ana Lucía Ferrer replied to the post: "Welcome. The water is warm and nobody is shouting."\n\n'
            'In a second post, Moreno said his stand-up special "Dad Jokes for Bad Folks" would still premiere on Netflix next month.'
        ),
        "quotes": [
            (
                "I made the same joke on stage 200 times and nobody suspended me,",
                "Jake Moreno",
                False,
                "P1",
            ),
            ("See you all over here.", "Jake Moreno", False, "P1"),
            ("Welcome. The water is warm and nobody is shouting.", "Ana Lucía Ferrer", False, "P1"),
        ],
        "posts": [
            ("P1", "Jake Moreno", "Bluesky"),
            ("P2", "Jake Moreno", "Bluesky"),
        ],
        "people": ["Jake Moreno", "Ana Lucía Ferrer"],
    },
    {
        "name": "chicago-marathon-winner-husband-facebook",
        "text": (
            "Kenyan runner Faith Chebet won the Chicago Marathon on Sunday in 2 hours 15 minutes 40 seconds, the second-fastest women’s time in the race’s history.\n\n"
            "“At 35 kilometers my legs were gone. I told myself, just get to the next water station, then the next one.\n\n"
            "“Then I saw the finish and I forgot about my legs,” Chebet, 27, told reporters after the race.\n\n"
            "Her husband and coach, Daniel Kiprono, wrote on Facebook that he had “never been prouder of anyone.” American Jenna Halvorsen finished third. “I ran my race. She ran a better one,” Halvorsen said."
        ),
        "quotes": [
            (
                "At 35 kilometers my legs were gone. I told myself, just get to the next water station, then the next one.",
                "Faith Chebet",
                False,
                None,
            ),
            ("Then I saw the finish and I forgot about my legs,", "Faith Chebet", False, None),
            ("never been prouder of anyone.", "Daniel Kiprono", True, "P1"),
            ("I ran my race. She ran a better one,", "Jenna Halvorsen", False, None),
        ],
        "posts": [
            ("P1", "Daniel Kiprono", "Facebook"),
        ],
        "people": ["Faith Chebet", "Daniel Kiprono", "Jenna Halvorsen"],
    },
    {
        "name": "alpine-village-entry-fee-mayor-letter",
        "text": (
            "The Austrian village of Hallbrunn, whose lakeside views went viral on social media last summer, will charge day visitors a €10 entry fee from May.\n\n"
            "In a letter to tour operators published on Wednesday, Mayor Johann Steiner wrote that the village of 800 people had received “more than 10,000 visitors on a single August day.” “We love to share our home, but we cannot share it with everyone at once,” the letter said.\n\n"
            "A shopkeeper on the main square, who asked not to be named, said tourists “photograph the church and buy nothing.”\n\n"
            "Travel influencer Mia Dalton, who is often credited with making the lake famous, said she felt partly responsible. “I showed people something beautiful,” she told the Austrian broadcaster ORF. “I didn’t think about what happens next.”"
        ),
        "quotes": [
            ("more than 10,000 visitors on a single August day.", "Johann Steiner", True, "P1"),
            (
                "We love to share our home, but we cannot share it with everyone at once,",
                "Johann Steiner",
                False,
                "P1",
            ),
            ("photograph the church and buy nothing.", None, True, None),
            ("I showed people something beautiful,", "Mia Dalton", False, "P2"),
            ("I didn’t think about what happens next.", "Mia Dalton", False, "P2"),
        ],
        "posts": [
            ("P1", "Johann Steiner", None),
            ("P2", "Mia Dalton", "ORF"),
        ],
        "people": ["Johann Steiner", "Mia Dalton"],
    },
    {
        "name": "open-source-maintainer-medium-verge",
        "text": (
            "The lead maintainer of Quillstack, an open-source database library used by thousands of companies, says she is stepping down after a cloud provider began selling a paid version of the project without contributing back.\n\n"
            "“I have spent six years of evenings on this code. They spent six weeks putting a price tag on it,” Irene Kowalczyk wrote in an essay on Medium on Monday.\n\n"
            "The company, Nimbus Cloud, said in an emailed statement that it “values the open-source community” and had “followed the license in every respect.”\n\n"
            "“I chose it. I just didn’t choose to be a free supplier,” Kowalczyk, 38, told The Verge on Tuesday."
        ),
        "quotes": [
            (
                "I have spent six years of evenings on this code. They spent six weeks putting a price tag on it,",
                "Irene Kowalczyk",
                False,
                "P1",
            ),
            ("values the open-source community", None, True, "P2"),
            ("followed the license in every respect.", None, True, "P2"),
            (
                "I chose it. I just didn’t choose to be a free supplier,",
                "Irene Kowalczyk",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Irene Kowalczyk", "Medium"),
            ("P2", None, None),
            ("P3", "Irene Kowalczyk", "The Verge"),
        ],
        "people": ["Irene Kowalczyk"],
    },
]
