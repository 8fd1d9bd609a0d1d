"""The forty-seventh self-made dev set, held out (BA): its first run is an unseen estimate.

Written with set AZ, without reading the extraction rules, and committed before
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
- Honorifics and titles (Dr., Sen.) are not part of a canonical name, and a
  nickname in marks inside a name (Kevin "KevTech" Lam) is left out of the
  canonical name and is not a quote.
- A podcast episode with a named show has the show as platform; when both an
  outlet and its show are named (NPR's "Weekend Edition"), the platform is the
  show.
- An Instagram story, an Instagram Live and a photo caption on Instagram are
  Instagram posts; a caption or a short comment given whole ("with the caption
  ...", "the words ...") is not partial.
- A YouTube video on the speaker's channel is a YouTube post; a TikTok video is
  a TikTok post, and a comment under the video belongs to it.
- A thread by an unnamed Reddit user is a post with author None and platform
  Reddit; a Reddit AMA is a Reddit post by the person answering, and a reply
  under it belongs to it.
- An analyst's note to clients is a post with no platform (like a memo).
- A university news release is a press release with author None.
- A lawsuit filed by a named person is that person's post (no platform), and
  the words the lawsuit says are attributed to that person.
- Sharing someone else's essay on X with one's own comment is a new X post by
  the sharer, not a comment under the essay.
- A memo "obtained by" a named outlet keeps platform None (obtaining a document
  is not an interview).
- A quote said "in the interview" or "on the show" after an interview is linked
  to that interview; a quote given when "reached by phone" is not a post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BA: list[dict] = [
    {
        "name": "pop-singer-tiktok-apology-and-stage",
        "text": (
            "Pop singer Marisol Vance apologized to fans on TikTok on Wednesday after canceling "
            "two shows in Denver because of a vocal cord injury. “I hate letting you down more "
            "than anything,” the 27-year-old said in the video. “My doctors told me to rest, and "
            "for once I’m listening.”\n\n"
            "Vance returned to the stage in Salt Lake City on Saturday. “Thank you for waiting "
            "for me,” she told the sold-out crowd before opening with “Glass Houses,” the lead "
            "single from her latest album.\n\n"
            "Her mother, Teresa Vance, commented under the TikTok video: “So proud of you for "
            "putting your health first.”"
        ),
        "quotes": [
            ("I hate letting you down more than anything,", "Marisol Vance", False, "P1"),
            (
                "My doctors told me to rest, and for once I’m listening.",
                "Marisol Vance",
                False,
                "P1",
            ),
            ("Thank you for waiting for me,", "Marisol Vance", False, None),
            ("So proud of you for putting your health first.", "Teresa Vance", False, "P1"),
        ],
        "posts": [("P1", "Marisol Vance", "TikTok")],
        "people": ["Marisol Vance", "Teresa Vance"],
    },
    {
        "name": "coach-news-conference-receiver-x",
        "text": (
            "Lions head coach Ray Dunleavy did not hide his frustration after Sunday’s 27-24 "
            "overtime loss to Green Bay. “We had them, and we let them off the hook,” the "
            "51-year-old coach said at his postgame news conference. “That’s on me.”\n\n"
            "Wide receiver Jamal Okafor, who dropped a pass in the end zone late in the fourth "
            "quarter, took responsibility on X a few hours later. “Put this one on my back. I’ll "
            "be better,” he wrote.\n\n"
            "Dunleavy said Monday that Okafor had nothing to apologize for. “He’s the reason we "
            "were in the game,” Dunleavy said."
        ),
        "quotes": [
            ("We had them, and we let them off the hook,", "Ray Dunleavy", False, None),
            ("That’s on me.", "Ray Dunleavy", False, None),
            ("Put this one on my back. I’ll be better,", "Jamal Okafor", False, "P1"),
            ("He’s the reason we were in the game,", "Ray Dunleavy", False, None),
        ],
        "posts": [("P1", "Jamal Okafor", "X")],
        "people": ["Ray Dunleavy", "Jamal Okafor"],
    },
    {
        "name": "robotics-earnings-release-call-analyst-note",
        "text": (
            "Shares of Brightline Robotics jumped 14% in after-hours trading on Tuesday after the"
            " warehouse-automation company reported its first profitable quarter.\n\n"
            "“This is the quarter we have been building toward for six years,” chief executive "
            "Priya Raman said in the earnings release. Revenue rose 38% to $412 million.\n\n"
            "On a call with analysts, Raman was more cautious. “I don’t want anyone to think "
            "we’ve solved everything,” she said. “Margins are still thinner than we want them to "
            "be.”\n\n"
            "Greg Holloway, an analyst at Piper Sandler, called the results “a genuine inflection"
            " point” in a note to clients."
        ),
        "quotes": [
            (
                "This is the quarter we have been building toward for six years,",
                "Priya Raman",
                False,
                "P1",
            ),
            ("I don’t want anyone to think we’ve solved everything,", "Priya Raman", False, None),
            ("Margins are still thinner than we want them to be.", "Priya Raman", False, None),
            ("a genuine inflection point", "Greg Holloway", True, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Greg Holloway", None)],
        "people": ["Priya Raman", "Greg Holloway"],
    },
    {
        "name": "influencer-drops-skincare-brand",
        "text": (
            "Lifestyle influencer Bree Castellano, who has 3.1 million followers on Instagram, "
            "ended her partnership with the skincare brand Luma Glow on Monday, days after "
            "customers complained of rashes from its new vitamin C serum.\n\n"
            "“I can’t in good conscience keep promoting something my own followers say is hurting"
            " them,” Castellano wrote in an Instagram story. “Refunds are your right. Ask for "
            "them.”\n\n"
            "Luma Glow said in a statement that the serum met “every safety standard in the "
            "industry” and that it was reviewing the complaints. The company’s founder, Dana "
            "Whitfield, wrote on LinkedIn that she was “heartbroken” by the reports."
        ),
        "quotes": [
            (
                "I can’t in good conscience keep promoting something my own followers say is hurting them,",
                "Bree Castellano",
                False,
                "P1",
            ),
            ("Refunds are your right. Ask for them.", "Bree Castellano", False, "P1"),
            ("every safety standard in the industry", None, True, "P2"),
            ("heartbroken", "Dana Whitfield", True, "P3"),
        ],
        "posts": [
            ("P1", "Bree Castellano", "Instagram"),
            ("P2", None, None),
            ("P3", "Dana Whitfield", "LinkedIn"),
        ],
        "people": ["Bree Castellano", "Dana Whitfield"],
    },
    {
        "name": "director-podcast-star-variety",
        "text": (
            "Director Tomas Reyes says he nearly walked away from “The Long Winter” twice during "
            "production.\n\n"
            "“There was a week in Iceland where I genuinely thought the movie was dead,” Reyes "
            "said on the “Frame by Frame” podcast this week. “We lost two days to a storm and a "
            "camera truck slid off the road.”\n\n"
            "The film’s star, Nadia Okonkwo, told Variety the shoot was the hardest of her "
            "career. “I’ve never been that cold for that long,” she said. “But you can see it on "
            "screen. Nothing about it is fake.”\n\n"
            "“The Long Winter” opens in theaters on Dec. 12."
        ),
        "quotes": [
            (
                "There was a week in Iceland where I genuinely thought the movie was dead,",
                "Tomas Reyes",
                False,
                "P1",
            ),
            (
                "We lost two days to a storm and a camera truck slid off the road.",
                "Tomas Reyes",
                False,
                "P1",
            ),
            ("I’ve never been that cold for that long,", "Nadia Okonkwo", False, "P2"),
            (
                "But you can see it on screen. Nothing about it is fake.",
                "Nadia Okonkwo",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Tomas Reyes", "Frame by Frame"), ("P2", "Nadia Okonkwo", "Variety")],
        "people": ["Tomas Reyes", "Nadia Okonkwo"],
    },
    {
        "name": "coral-study-university-release",
        "text": (
            "A team of marine biologists has found that some coral species off the coast of "
            "Florida survived last summer’s record ocean heat far better than expected.\n\n"
            "“We went in expecting a graveyard,” said Dr. Lena Marsh, a researcher at the "
            "University of Miami and the study’s lead author. “What we found were pockets of "
            "coral that simply refused to bleach.”\n\n"
            "The findings, published Wednesday in the journal Nature Climate Change, suggest that"
            " some reefs may carry “a kind of genetic insurance,” Marsh said in a university news"
            " release.\n\n"
            "Other scientists urged caution. “One good result doesn’t rescue a reef system,” said"
            " Carlos Benitez, a coral ecologist at the Smithsonian who was not involved in the "
            "research."
        ),
        "quotes": [
            ("We went in expecting a graveyard,", "Lena Marsh", False, None),
            (
                "What we found were pockets of coral that simply refused to bleach.",
                "Lena Marsh",
                False,
                None,
            ),
            ("a kind of genetic insurance,", "Lena Marsh", True, "P1"),
            ("One good result doesn’t rescue a reef system,", "Carlos Benitez", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Lena Marsh", "Carlos Benitez"],
    },
    {
        "name": "diner-closing-facebook-comments",
        "text": (
            "After 41 years, Rosie's Diner on Route 9 in Hyde Park will serve its last plate of "
            "pancakes on Sunday.\n\n"
            "Owner Frank DeLuca, 74, announced the closing in a Facebook post on Tuesday night. "
            '"My knees are done, my kids have their own lives, and it\'s time," he wrote. "Thank '
            'you for every single cup of coffee."\n\n'
            'The post drew more than 6,000 comments by Wednesday afternoon. "I had my first date '
            'here in 1987 and my wedding breakfast in 1990," wrote Cheryl Banks of Poughkeepsie. '
            'Another customer wrote simply, "End of an era."\n\n'
            'Reached by phone, DeLuca said he had no plans to sell the name. "My mother built '
            'this place. Nobody else gets to put her name on a sign," he said.'
        ),
        "quotes": [
            (
                "My knees are done, my kids have their own lives, and it's time,",
                "Frank DeLuca",
                False,
                "P1",
            ),
            ("Thank you for every single cup of coffee.", "Frank DeLuca", False, "P1"),
            (
                "I had my first date here in 1987 and my wedding breakfast in 1990,",
                "Cheryl Banks",
                False,
                "P1",
            ),
            ("End of an era.", None, False, "P1"),
            (
                "My mother built this place. Nobody else gets to put her name on a sign,",
                "Frank DeLuca",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Frank DeLuca", "Facebook")],
        "people": ["Frank DeLuca", "Cheryl Banks"],
    },
    {
        "name": "airline-outage-statement-tiktok-senator",
        "text": (
            "Thousands of travelers were stranded at Chicago’s O’Hare International Airport on "
            "Friday after a software outage grounded all flights by Northway Airlines for nearly "
            "six hours.\n\n"
            "“We are deeply sorry for the disruption to our customers’ plans,” the airline said "
            "in a statement, adding that the problem had been “fully resolved” by early evening.\n\n"
            "Passenger Keisha Morgan, who was trying to reach her sister’s wedding in Atlanta, "
            "posted a video on TikTok from Gate B14 that has been viewed 2 million times. “Six "
            "hours, no food vouchers, no updates,” she said in the clip. “Northway, I’m begging "
            "you.”\n\n"
            "Sen. Paul Greer, a Democrat from Illinois, wrote on X that the outage was "
            "“unacceptable” and called for a hearing."
        ),
        "quotes": [
            ("We are deeply sorry for the disruption to our customers’ plans,", None, False, "P1"),
            ("fully resolved", None, True, "P1"),
            ("Six hours, no food vouchers, no updates,", "Keisha Morgan", False, "P2"),
            ("Northway, I’m begging you.", "Keisha Morgan", False, "P2"),
            ("unacceptable", "Paul Greer", True, "P3"),
        ],
        "posts": [("P1", None, None), ("P2", "Keisha Morgan", "TikTok"), ("P3", "Paul Greer", "X")],
        "people": ["Keisha Morgan", "Paul Greer"],
    },
    {
        "name": "traded-guard-espn-interview-over-paragraphs",
        "text": (
            "Guard Darius Whitlock said he never asked to be traded from Portland.\n\n"
            "“People made up a story and it just took on a life of its own,” Whitlock told ESPN "
            "in an interview that aired Tuesday. “I love that city. I wanted to finish my career "
            "there.\n\n"
            "“But this is a business, and I understand that now. I’m not bitter.”\n\n"
            "The 29-year-old, who was dealt to Orlando last month in a three-team deal, is "
            "averaging 24.1 points a game for the Magic. Orlando coach Steve Harlan said after "
            "practice on Wednesday that Whitlock had “changed the whole feel of our locker room.”"
        ),
        "quotes": [
            (
                "People made up a story and it just took on a life of its own,",
                "Darius Whitlock",
                False,
                "P1",
            ),
            (
                "I love that city. I wanted to finish my career there.",
                "Darius Whitlock",
                False,
                "P1",
            ),
            (
                "But this is a business, and I understand that now. I’m not bitter.",
                "Darius Whitlock",
                False,
                "P1",
            ),
            ("changed the whole feel of our locker room.", "Steve Harlan", True, None),
        ],
        "posts": [("P1", "Darius Whitlock", "ESPN")],
        "people": ["Darius Whitlock", "Steve Harlan"],
    },
    {
        "name": "tech-reviewer-youtube-apology-reddit",
        "text": (
            "Tech reviewer Kevin “KevTech” Lam apologized on Thursday for failing to disclose "
            "that a phone maker had paid for a glowing review he posted last month.\n\n"
            "“I messed up, and there is no version of this where I didn’t,” Lam, 33, said in a "
            "12-minute video posted to his YouTube channel, which has 4.8 million subscribers. "
            "“Every sponsored video from now on will say so in the first ten seconds.”\n\n"
            "Many viewers were unconvinced. A Reddit user who said they had followed Lam since "
            "2016 wrote in a thread about the video that the apology felt “rehearsed and about a "
            "year too late.”\n\n"
            "The phone maker, Zentro, did not respond to a request for comment."
        ),
        "quotes": [
            (
                "I messed up, and there is no version of this where I didn’t,",
                "Kevin Lam",
                False,
                "P1",
            ),
            (
                "Every sponsored video from now on will say so in the first ten seconds.",
                "Kevin Lam",
                False,
                "P1",
            ),
            ("rehearsed and about a year too late.", None, True, "P2"),
        ],
        "posts": [("P1", "Kevin Lam", "YouTube"), ("P2", None, "Reddit")],
        "people": ["Kevin Lam"],
    },
    {
        "name": "senator-hearing-and-washington-post-op-ed",
        "text": (
            "Sen. Margaret Ellison grilled executives from three social media companies on "
            "Tuesday over what she called their failure to protect teenagers.\n\n"
            "“You have known for years what your products do to kids, and you have chosen growth "
            "every single time,” Ellison, a Republican from Ohio, said at the Senate Commerce "
            "Committee hearing.\n\n"
            "Snapline’s chief executive, Aaron Pike, defended the company’s record. “We have "
            "built more safety tools than anyone in this industry,” he said.\n\n"
            "Ellison laid out her proposal for age verification in an op-ed in The Washington "
            "Post last week, writing that parents were “fighting a trillion-dollar industry with "
            "a kitchen timer.”"
        ),
        "quotes": [
            (
                "You have known for years what your products do to kids, and you have chosen growth every single time,",
                "Margaret Ellison",
                False,
                None,
            ),
            (
                "We have built more safety tools than anyone in this industry,",
                "Aaron Pike",
                False,
                None,
            ),
            (
                "fighting a trillion-dollar industry with a kitchen timer.",
                "Margaret Ellison",
                True,
                "P1",
            ),
        ],
        "posts": [("P1", "Margaret Ellison", "The Washington Post")],
        "people": ["Margaret Ellison", "Aaron Pike"],
    },
    {
        "name": "chef-memoir-radio-interview",
        "text": (
            "Chef Amara Osei spent a decade cooking in other people’s kitchens before she opened "
            "her own. Her new memoir, “Salt and Smoke,” is about the years in between.\n\n"
            "“I wrote it for the line cooks,” Osei said in an interview with NPR’s “Weekend "
            "Edition.” “The people who are burning their arms at midnight and wondering if it "
            "will ever be their turn.”\n\n"
            "Osei’s restaurant, Ember, earned its first Michelin star in 2022. She said in the "
            "interview that the star changed less than people imagine. “The rent is still the "
            "rent,” she said."
        ),
        "quotes": [
            ("I wrote it for the line cooks,", "Amara Osei", False, "P1"),
            (
                "The people who are burning their arms at midnight and wondering if it will ever be their turn.",
                "Amara Osei",
                False,
                "P1",
            ),
            ("The rent is still the rent,", "Amara Osei", False, "P1"),
        ],
        "posts": [("P1", "Amara Osei", "Weekend Edition")],
        "people": ["Amara Osei"],
    },
    {
        "name": "rapper-sues-label-instagram-live",
        "text": (
            "Rapper Devon Carter sued his former record label, Apex Sound, in federal court in "
            "Los Angeles on Monday, accusing it of withholding more than $3 million in royalties.\n\n"
            "The lawsuit says the label “treated Mr. Carter’s catalog as its own personal bank "
            "account” for nearly a decade. Apex Sound said in a statement that the claims were "
            "“without merit” and that it would “defend itself vigorously.”\n\n"
            "Carter addressed the suit on Instagram Live on Monday night. “I’m not doing this for"
            " me. I’m doing this for every kid who signed something at 19 without a lawyer,” he "
            "told viewers."
        ),
        "quotes": [
            (
                "treated Mr. Carter’s catalog as its own personal bank account",
                "Devon Carter",
                True,
                "P1",
            ),
            ("without merit", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            (
                "I’m not doing this for me. I’m doing this for every kid who signed something at 19 without a lawyer,",
                "Devon Carter",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Devon Carter", None),
            ("P2", None, None),
            ("P3", "Devon Carter", "Instagram"),
        ],
        "people": ["Devon Carter"],
    },
    {
        "name": "marathon-winner-reporters-and-instagram-caption",
        "text": (
            "Faith Chebet of Kenya won the women’s race at the Chicago Marathon on Sunday in 2 "
            "hours 17 minutes 52 seconds, the second-fastest time ever run on the course.\n\n"
            "“At 35 kilometers my legs were screaming at me,” Chebet, 31, told reporters at the "
            "finish line. “I told them to be quiet.”\n\n"
            "Later that night she posted a photo on Instagram of herself asleep on a hotel bed "
            "still wearing her medal, with the caption “Worth it.”\n\n"
            "Her training partner, Ruth Wanjiru, who finished fourth, commented with three heart "
            "emojis and the words “My champion.”"
        ),
        "quotes": [
            ("At 35 kilometers my legs were screaming at me,", "Faith Chebet", False, None),
            ("I told them to be quiet.", "Faith Chebet", False, None),
            ("Worth it.", "Faith Chebet", False, "P1"),
            ("My champion.", "Ruth Wanjiru", False, "P1"),
        ],
        "posts": [("P1", "Faith Chebet", "Instagram")],
        "people": ["Faith Chebet", "Ruth Wanjiru"],
    },
    {
        "name": "showrunner-substack-essay-star-shares-on-x",
        "text": (
            "The showrunner of the canceled sci-fi drama “Outer Reach” says the network never "
            "gave the series a chance.\n\n"
            "In an essay on Substack published Friday, Jill Navarro wrote that executives at "
            "Halcyon TV had cut the show’s marketing budget “to roughly the cost of a single "
            "billboard” before its second season premiered. “We were set up to fail and then "
            "blamed for failing,” she wrote.\n\n"
            "Halcyon TV said in a statement that it was “proud of the show” and thanked its fans.\n\n"
            "The series’ lead actor, Marcus Bell, shared the essay on X with a one-word comment: "
            "“Yep.”"
        ),
        "quotes": [
            ("to roughly the cost of a single billboard", "Jill Navarro", True, "P1"),
            ("We were set up to fail and then blamed for failing,", "Jill Navarro", False, "P1"),
            ("proud of the show", None, True, "P2"),
            ("Yep.", "Marcus Bell", False, "P3"),
        ],
        "posts": [
            ("P1", "Jill Navarro", "Substack"),
            ("P2", None, None),
            ("P3", "Marcus Bell", "X"),
        ],
        "people": ["Jill Navarro", "Marcus Bell"],
    },
    {
        "name": "delivery-startup-layoff-memo-linkedin",
        "text": (
            "The chief executive of the food-delivery startup Dashly told employees in an "
            "internal memo on Tuesday that the company would lay off 18% of its staff, or about "
            "240 people.\n\n"
            "“I made the decision to grow faster than our business could support, and I own "
            "that,” Rahul Mehta wrote in the memo, which was obtained by The Verge. “This is the "
            "hardest message I have ever had to send.”\n\n"
            "Several of the laid-off employees posted about the news on LinkedIn. “Nine hours ago"
            " I was planning next quarter’s roadmap,” wrote Sofia Lindqvist, a product manager. "
            "“Now I’m updating my résumé. If you’re hiring, I’m here.”\n\n"
            "Mehta declined to comment beyond the memo."
        ),
        "quotes": [
            (
                "I made the decision to grow faster than our business could support, and I own that,",
                "Rahul Mehta",
                False,
                "P1",
            ),
            ("This is the hardest message I have ever had to send.", "Rahul Mehta", False, "P1"),
            (
                "Nine hours ago I was planning next quarter’s roadmap,",
                "Sofia Lindqvist",
                False,
                "P2",
            ),
            (
                "Now I’m updating my résumé. If you’re hiring, I’m here.",
                "Sofia Lindqvist",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Rahul Mehta", None), ("P2", "Sofia Lindqvist", "LinkedIn")],
        "people": ["Rahul Mehta", "Sofia Lindqvist"],
    },
    {
        "name": "actress-threads-denial-talk-show",
        "text": (
            "Actress Gemma Holt set the record straight on Wednesday about rumors that she had "
            "been fired from the final season of the hospital drama “Night Shift.”\n\n"
            "“Nobody fired me. I asked to leave so I could be home with my son,” Holt wrote on "
            "Threads. “Please stop sending my co-stars hate.”\n\n"
            "The 44-year-old made the same point in an appearance on “Afternoon Live” last month,"
            " telling the host she had “nothing but love” for the cast. “Those people are my "
            "family,” she said on the show."
        ),
        "quotes": [
            (
                "Nobody fired me. I asked to leave so I could be home with my son,",
                "Gemma Holt",
                False,
                "P1",
            ),
            ("Please stop sending my co-stars hate.", "Gemma Holt", False, "P1"),
            ("nothing but love", "Gemma Holt", True, "P2"),
            ("Those people are my family,", "Gemma Holt", False, "P2"),
        ],
        "posts": [("P1", "Gemma Holt", "Threads"), ("P2", "Gemma Holt", "Afternoon Live")],
        "people": ["Gemma Holt"],
    },
    {
        "name": "astronaut-briefing-and-x-post",
        "text": (
            "Astronaut Carla Dominguez returned to Earth on Tuesday after 186 days aboard the "
            "International Space Station, splashing down off the coast of Florida shortly before "
            "4 a.m.\n\n"
            '"The first thing I noticed was how heavy my arms felt," Dominguez said at a briefing'
            ' at Johnson Space Center in Houston on Thursday. "The second was the smell of rain."\n\n'
            "She had posted a final photo of the Earth from the station's cupola on X the day "
            'before undocking, writing, "See you soon, blue marble."\n\n'
            "Mission manager Neil Ostrowski said the crew had completed more than 200 "
            'experiments. "By any measure this was a remarkable flight," he said.'
        ),
        "quotes": [
            (
                "The first thing I noticed was how heavy my arms felt,",
                "Carla Dominguez",
                False,
                None,
            ),
            ("The second was the smell of rain.", "Carla Dominguez", False, None),
            ("See you soon, blue marble.", "Carla Dominguez", False, "P1"),
            ("By any measure this was a remarkable flight,", "Neil Ostrowski", False, None),
        ],
        "posts": [("P1", "Carla Dominguez", "X")],
        "people": ["Carla Dominguez", "Neil Ostrowski"],
    },
    {
        "name": "game-studio-delay-release-and-reddit-ama",
        "text": (
            "The studio behind the hit survival game “Ashfall” announced on Monday that it would "
            "delay the game’s long-promised console version until next year.\n\n"
            "“We would rather be late than broken,” Ironpine Games said in a news release. The "
            "studio’s creative director, Owen Mercer, said in the release that the team had "
            "“underestimated how much work the PlayStation version needed.”\n\n"
            "Mercer answered fan questions in a Reddit AMA later that day. Asked whether the PC "
            "version would keep getting updates, he wrote: “Absolutely. Nothing about this "
            "changes our PC roadmap.”\n\n"
            "One user replied, “Respect for being honest instead of shipping a mess.”"
        ),
        "quotes": [
            ("We would rather be late than broken,", None, False, "P1"),
            (
                "underestimated how much work the PlayStation version needed.",
                "Owen Mercer",
                True,
                "P1",
            ),
            ("Absolutely. Nothing about this changes our PC roadmap.", "Owen Mercer", False, "P2"),
            ("Respect for being honest instead of shipping a mess.", None, False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Owen Mercer", "Reddit")],
        "people": ["Owen Mercer"],
    },
    {
        "name": "manager-under-pressure-captain-instagram",
        "text": (
            "Rovers manager Ian Mackay insisted on Saturday that he still had the support of the "
            "dressing room after a fifth straight league defeat.\n\n"
            "“The players are with me,” the 48-year-old said after the 2-0 loss at home to "
            "Millbrook. “I’ve seen it in training every day. If I didn’t believe that, I wouldn’t"
            " be standing here.”\n\n"
            "Captain Liam Foley backed his manager in a post on Instagram on Sunday. “We’re the "
            "ones on the pitch,” Foley wrote. “Blame us, not the gaffer.”\n\n"
            "Not everyone agreed. “The results speak for themselves,” said Tom Briggs, chairman "
            "of the Rovers Supporters’ Trust, who called for Mackay to go."
        ),
        "quotes": [
            ("The players are with me,", "Ian Mackay", False, None),
            (
                "I’ve seen it in training every day. If I didn’t believe that, I wouldn’t be standing here.",
                "Ian Mackay",
                False,
                None,
            ),
            ("We’re the ones on the pitch,", "Liam Foley", False, "P1"),
            ("Blame us, not the gaffer.", "Liam Foley", False, "P1"),
            ("The results speak for themselves,", "Tom Briggs", False, None),
        ],
        "posts": [("P1", "Liam Foley", "Instagram")],
        "people": ["Ian Mackay", "Liam Foley", "Tom Briggs"],
    },
]
