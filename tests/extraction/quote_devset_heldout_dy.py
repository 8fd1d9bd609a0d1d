"""The one-hundred-and-twenty-third self-made dev set, held out (DY): its first run is an unseen estimate.

Written with set DX, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper, broadcaster or radio station is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay
with no named outlet is a post with no platform, and an essay, column or op-ed
on a named platform or in a named newspaper has that platform; a press release
is a post with platform "press release"; a news conference, briefing, hearing,
testimony or "told reporters" is not a post; a comment or reply under a post
belongs to it, a post "of his own" is a new one; a later fragment or quote is
linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and an organisation's release, statement, letter
or lawsuit has author None; titles, nicknames, labels and scare quotes in marks
are not quotes; speakers are the fullest form of the name used in the text;
partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a team statement only mentioned, a
  YouTube video only described) is still listed.
- A nickname written inside a name (Andre “Tank” Mitchell, Nadia “The Hammer”
  Okafor) is not part of the canonical name and is not a quote; a nickname
  inside a quote stays part of the quote's text.
- Coach, Senator and Dr. before a name are titles, not part of the name; "the
  coach", "the captain" and "the Brazilian" resolve to the person already named.
- An Instagram story, an Instagram video and an Instagram Live are Instagram
  posts; a TikTok video is a TikTok post.
- A photo or post "with the caption ..." or "with the words ..." gives a whole
  quote (not partial).
- A show or programme named inside a broadcaster phrase (the BBC World
  Service's Newshour programme, Sky Sports' The F1 Show, the BBC's Tennis
  Weekly radio programme) takes the show's name as platform; a station named
  alone (BBC Radio Cumbria, BBC Scotland, Deutschlandfunk) is the platform.
- A podcast named in the text (Bench Talk, Ridge Line, Fit Money) is the
  platform of the guest's or host's words on it.
- A commentator's words on a named radio programme (Test Match Special) are
  that commentator's post on that programme.
- A league's, federation's or event's video, letter, release or statement has
  author None and its words speak as None; a company's reply under an
  athlete's post belongs to that post and speaks as None.
- A named athlete's lawsuit (a complaint filed for him) is his post with no
  platform, and its words quoted in narration speak as him.
- An anonymous Reddit user's thread has author None; a thread started by a
  named hiker is her Reddit post, and her answer inside that thread belongs to
  it.
- A Facebook post by a named supporter in a fan group is that supporter's
  Facebook post; a rescue team's Facebook post has author None.
- Words said over team radio during a race, at a congressional hearing, at a
  team briefing or after the morning skate are not posts.
- Titles of documentaries, essays, videos, songs and ad campaigns in marks
  (“Thin Air”, “The Last Ball”, “Lose Yourself”, “No Excuses”), words printed
  on a label (“Fragile – Mobility Equipment”) and scare quotes (the “death
  zone”) are not quotes.
- A band, club, company, league or rescue team named in the text (Destiny's
  Child, Nordic Sky, Cairngorm Mountain Rescue Team) is not a person; a person
  named only in passing (Tigist Alemu) is in people.
- Name order as written is kept (Hana Takahashi, Sakura Morimoto); Sherpa and
  hyphenated surnames are part of the canonical name (Pemba Dorje Sherpa,
  Osei-Bonsu).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DY: list[dict] = [
    {
        "name": "marathon-instagram-caption-x-coach-race-director",
        "text": (
            "Faith Chepngetich Rotich withdrew from Sunday’s Lisbon Marathon on Thursday, "
            "citing a hamstring strain she picked up in training. The 29-year-old broke the "
            "news on Instagram with a photo of an ice pack strapped to her thigh and the "
            "caption “Not this time, Lisbon. I will be back stronger.”\n\n"
            "Her coach, Joseph Kiprono, said the decision had been made jointly. “Running on "
            "it would have risked the whole season,” he wrote on X, adding that the injury was "
            "“a grade one, nothing more.”\n\n"
            "Race director Ana Paula Moreira told reporters at a news conference on Friday "
            "that the elite field remained strong. “We lose a favourite, but the race does not "
            "lose its heart,” Moreira said.\n\n"
            "Among the hundreds of comments under Rotich’s post was one from her training "
            "partner, Beatrice Wanjiru: “Rest, sister. The road will wait.”\n\n"
            "Rotich, who finished second in Lisbon two years ago behind the Ethiopian Tigist "
            "Alemu, has not said which autumn race she will target instead."
        ),
        "quotes": [
            (
                "Not this time, Lisbon. I will be back stronger.",
                "Faith Chepngetich Rotich",
                False,
                "P1",
            ),
            ("Running on it would have risked the whole season,", "Joseph Kiprono", False, "P2"),
            ("a grade one, nothing more.", "Joseph Kiprono", True, "P2"),
            (
                "We lose a favourite, but the race does not lose its heart,",
                "Ana Paula Moreira",
                False,
                None,
            ),
            ("Rest, sister. The road will wait.", "Beatrice Wanjiru", False, "P1"),
        ],
        "posts": [
            ("P1", "Faith Chepngetich Rotich", "Instagram"),
            ("P2", "Joseph Kiprono", "X"),
        ],
        "people": [
            "Faith Chepngetich Rotich",
            "Joseph Kiprono",
            "Ana Paula Moreira",
            "Beatrice Wanjiru",
            "Tigist Alemu",
        ],
    },
    {
        "name": "annapurna-retreat-youtube-reddit-documentary-title",
        "text": (
            "The Slovenian climber Luka Novak has defended his team’s decision to turn back 300 "
            "metres below the summit of Annapurna, after viewers of his YouTube channel accused "
            "him of losing his nerve.\n\n"
            "In a 14-minute video posted on Wednesday, Novak walked through the weather data "
            "the team had on summit day. “The wind forecast changed overnight, and a forecast "
            "is not a suggestion,” he said in the video.\n\n"
            "The criticism began on Reddit, where an anonymous user in the mountaineering "
            "forum called the retreat “the most expensive walk in the Himalaya.” The thread "
            "drew more than 2,000 replies.\n\n"
            "Novak’s expedition partner, Pemba Dorje Sherpa, came to his defence in a post on "
            "Facebook. “I have guided on this mountain nine times. We made the right call,” "
            "Pemba Dorje wrote.\n\n"
            "The climb was filmed for “Thin Air,” a documentary due out next spring. Its "
            "director, Clara Hoffmann, told the magazine Outside that the footage of the "
            "retreat would stay in. “Turning around is the story,” she said."
        ),
        "quotes": [
            (
                "The wind forecast changed overnight, and a forecast is not a suggestion,",
                "Luka Novak",
                False,
                "P1",
            ),
            ("the most expensive walk in the Himalaya.", None, True, "P2"),
            (
                "I have guided on this mountain nine times. We made the right call,",
                "Pemba Dorje Sherpa",
                False,
                "P3",
            ),
            ("Turning around is the story,", "Clara Hoffmann", False, "P4"),
        ],
        "posts": [
            ("P1", "Luka Novak", "YouTube"),
            ("P2", None, "Reddit"),
            ("P3", "Pemba Dorje Sherpa", "Facebook"),
            ("P4", "Clara Hoffmann", "Outside"),
        ],
        "people": ["Luka Novak", "Pemba Dorje Sherpa", "Clara Hoffmann"],
    },
    {
        "name": "point-guard-trade-request-podcast-linkedin-coach",
        "text": (
            "Dario Vukčević’s agent, Samuel Osei-Bonsu, confirmed on Monday that the point "
            "guard had asked the Sacramento franchise for a trade, two days after the player "
            "hinted at his frustration on a podcast.\n\n"
            "“I love this city, but I’m 31 and I want to play in May,” Vukčević said on the "
            "podcast Bench Talk, hosted by the former forward Marcus Whitfield. Whitfield "
            "pressed him on whether he had spoken to management. “Not yet. They’ll hear it the "
            "right way,” Vukčević replied.\n\n"
            "The team issued a brief statement on Monday evening saying it would “act in the "
            "best interests of the organization” and would not comment further.\n\n"
            "Osei-Bonsu posted on LinkedIn that the request was “professional, private and now "
            "public because someone leaked it.”\n\n"
            "Coach Renée Lachapelle was asked about the situation after practice on Tuesday. "
            "“Dario has been a pro every single day. That hasn’t changed,” the coach told "
            "reporters."
        ),
        "quotes": [
            (
                "I love this city, but I’m 31 and I want to play in May,",
                "Dario Vukčević",
                False,
                "P1",
            ),
            ("Not yet. They’ll hear it the right way,", "Dario Vukčević", False, "P1"),
            ("act in the best interests of the organization", None, True, "P2"),
            (
                "professional, private and now public because someone leaked it.",
                "Samuel Osei-Bonsu",
                True,
                "P3",
            ),
            (
                "Dario has been a pro every single day. That hasn’t changed,",
                "Renée Lachapelle",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Dario Vukčević", "Bench Talk"),
            ("P2", None, None),
            ("P3", "Samuel Osei-Bonsu", "LinkedIn"),
        ],
        "people": [
            "Dario Vukčević",
            "Samuel Osei-Bonsu",
            "Marcus Whitfield",
            "Renée Lachapelle",
        ],
    },
    {
        "name": "tennis-retirement-substack-essay-radio-programme",
        "text": (
            "Hana Takahashi, the two-time Grand Slam doubles champion, announced her "
            "retirement on Thursday in an essay on Substack titled “The Last Ball.”\n\n"
            "“For twenty years my body said yes before my mind asked the question. This year "
            "it finally said no,” she wrote.\n\n"
            "Her longtime partner, the Czech player Tereza Dvořáková, shared the essay on "
            "Instagram with a message of her own: “Best left hand I ever stood next to.”\n\n"
            "Tournament organisers in Tokyo said in a press release that Takahashi would be "
            "honoured before the final in October. Takahashi, 34, is expected to play one "
            "exhibition there.\n\n"
            "Speaking on the BBC’s Tennis Weekly radio programme, her former coach Ian "
            "McAllister called her “the most stubborn, and the most generous, player I ever "
            "worked with.”\n\n"
            "Takahashi told reporters at a farewell news conference in Osaka on Friday that "
            "she had no plans to coach. “I want to learn to be bad at something new,” she said, "
            "laughing."
        ),
        "quotes": [
            (
                "For twenty years my body said yes before my mind asked the question. This "
                "year it finally said no,",
                "Hana Takahashi",
                False,
                "P1",
            ),
            ("Best left hand I ever stood next to.", "Tereza Dvořáková", False, "P2"),
            (
                "the most stubborn, and the most generous, player I ever worked with.",
                "Ian McAllister",
                True,
                "P4",
            ),
            ("I want to learn to be bad at something new,", "Hana Takahashi", False, None),
        ],
        "posts": [
            ("P1", "Hana Takahashi", "Substack"),
            ("P2", "Tereza Dvořáková", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Ian McAllister", "Tennis Weekly"),
        ],
        "people": ["Hana Takahashi", "Tereza Dvořáková", "Ian McAllister"],
    },
    {
        "name": "cyclist-doping-lawsuit-lequipe-x-reply",
        "text": (
            "A former Tour de France stage winner, Mathieu Delacroix, has sued the sport’s "
            "anti-doping agency, claiming that a flawed test ended his career.\n\n"
            "In a complaint filed on Monday in a Lausanne court, Delacroix says the 2022 "
            "sample was “contaminated from the moment it left the team bus.” The agency said "
            "in a statement that it “stands by every step of the procedure.”\n\n"
            "Delacroix, 33, spoke at length to the French sports daily L’Équipe. “I lost four "
            "years, my team and my name. I want the name back,” he told the paper.\n\n"
            "His former teammate Joaquín Ferrer Salas posted on X that he had “never once "
            "doubted Mathieu.” Under that post, the retired sprinter Olu Bankole replied: "
            "“Same. Clean rider, clean guy.”\n\n"
            "A hearing on the agency’s motion to dismiss the case is set for March. Lawyers "
            "for both sides declined to comment on Tuesday."
        ),
        "quotes": [
            ("contaminated from the moment it left the team bus.", "Mathieu Delacroix", True, "P1"),
            ("stands by every step of the procedure.", None, True, "P2"),
            (
                "I lost four years, my team and my name. I want the name back,",
                "Mathieu Delacroix",
                False,
                "P3",
            ),
            ("never once doubted Mathieu.", "Joaquín Ferrer Salas", True, "P4"),
            ("Same. Clean rider, clean guy.", "Olu Bankole", False, "P4"),
        ],
        "posts": [
            ("P1", "Mathieu Delacroix", None),
            ("P2", None, None),
            ("P3", "Mathieu Delacroix", "L’Équipe"),
            ("P4", "Joaquín Ferrer Salas", "X"),
        ],
        "people": ["Mathieu Delacroix", "Joaquín Ferrer Salas", "Olu Bankole"],
    },
    {
        "name": "linebacker-achilles-nickname-instagram-facebook-song",
        "text": (
            "Linebacker Andre “Tank” Mitchell will miss the rest of the season after tearing "
            "his Achilles tendon in Sunday’s win over Denver, the team said in a statement on "
            "Monday.\n\n"
            "Mitchell, 27, posted a video to Instagram from his hospital bed on Monday night. "
            "“Surgery went well. Tank don’t quit, y’all know that,” he said in the clip, which "
            "had more than a million views by Tuesday morning.\n\n"
            "Head coach Bill Harrington was asked at his news conference whether the team "
            "would sign a replacement. “We have guys in that room who’ve been waiting for this "
            "chance,” Harrington said. “Now they get it.”\n\n"
            "Mitchell’s mother, Loretta Mitchell, wrote on Facebook that she was “flying out "
            "tonight to be with my baby.” On X, the quarterback Kaito Brennan-Ruiz posted a "
            "photo of the empty locker with the words “Holding it down for 54.”\n\n"
            "The stadium DJ played “Lose Yourself” as Mitchell was carted off the field."
        ),
        "quotes": [
            (
                "Surgery went well. Tank don’t quit, y’all know that,",
                "Andre Mitchell",
                False,
                "P2",
            ),
            (
                "We have guys in that room who’ve been waiting for this chance,",
                "Bill Harrington",
                False,
                None,
            ),
            ("Now they get it.", "Bill Harrington", False, None),
            ("flying out tonight to be with my baby.", "Loretta Mitchell", True, "P3"),
            ("Holding it down for 54.", "Kaito Brennan-Ruiz", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Andre Mitchell", "Instagram"),
            ("P3", "Loretta Mitchell", "Facebook"),
            ("P4", "Kaito Brennan-Ruiz", "X"),
        ],
        "people": [
            "Andre Mitchell",
            "Bill Harrington",
            "Loretta Mitchell",
            "Kaito Brennan-Ruiz",
        ],
    },
    {
        "name": "ultra-course-record-tiktok-comment-radio-reddit",
        "text": (
            "Priya Raghunathan, a 41-year-old paediatric nurse from Leicester, set a women’s "
            "course record at the 100-mile Lakeland Ridge ultra over the weekend, finishing in "
            "21 hours and 48 minutes.\n\n"
            "She documented the final miles in a TikTok video that has since been viewed 3 "
            "million times. “Mile 94. Can’t feel my feet. Still smiling,” she says to the "
            "camera as rain pours down.\n\n"
            "The previous record holder, Sofie Lindahl, congratulated her in a comment under "
            "the video: “Records are meant to fall. Glad it fell to you.”\n\n"
            "The race’s organisers announced the record in a press release on Sunday, calling "
            "the run “a once-in-a-generation performance on this course.”\n\n"
            "Raghunathan later told BBC Radio Cumbria that she had trained mostly around night "
            "shifts. “I’d finish at 7 a.m. and go straight up the fell,” she said.\n\n"
            "On the Reddit forum for ultrarunners, a user who said he had staffed the final "
            "aid station wrote that she “looked fresher than the volunteers.”"
        ),
        "quotes": [
            ("Mile 94. Can’t feel my feet. Still smiling,", "Priya Raghunathan", False, "P1"),
            ("Records are meant to fall. Glad it fell to you.", "Sofie Lindahl", False, "P1"),
            ("a once-in-a-generation performance on this course.", None, True, "P2"),
            ("I’d finish at 7 a.m. and go straight up the fell,", "Priya Raghunathan", False, "P3"),
            ("looked fresher than the volunteers.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Priya Raghunathan", "BBC Radio Cumbria"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Priya Raghunathan", "Sofie Lindahl"],
    },
    {
        "name": "football-captain-red-card-letter-fan-group-daily-record",
        "text": (
            "Kilbride Rovers captain Callum Baird has apologised to supporters in a letter "
            "after he was sent off in Saturday’s cup semi-final, a red card that left his side "
            "to lose 2-1 in extra time.\n\n"
            "“I let down every person who travelled to Hampden, and there is no excuse for "
            "it,” Baird wrote in the letter, which was published on Monday.\n\n"
            "Manager Siobhan O’Rourke was less forgiving. “Callum knows what he did. We’ll "
            "deal with it inside these walls,” she said at her weekly press conference. The "
            "Scottish FA confirmed in a statement that Baird would serve a two-match ban.\n\n"
            "Fans were split. In a post in the supporters’ Facebook group Rovers Till I Die, "
            "season-ticket holder Grant McLeish wrote that Baird had “earned the right to one "
            "bad day.”\n\n"
            "Striker Tomasz Wieczorek, who scored the only Rovers goal, told the Daily Record "
            "that the dressing room was behind its captain. “He’s carried us all season. One "
            "red card doesn’t change that,” Wieczorek said."
        ),
        "quotes": [
            (
                "I let down every person who travelled to Hampden, and there is no excuse for it,",
                "Callum Baird",
                False,
                "P1",
            ),
            (
                "Callum knows what he did. We’ll deal with it inside these walls,",
                "Siobhan O’Rourke",
                False,
                None,
            ),
            ("earned the right to one bad day.", "Grant McLeish", True, "P3"),
            (
                "He’s carried us all season. One red card doesn’t change that,",
                "Tomasz Wieczorek",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Callum Baird", None),
            ("P2", None, None),
            ("P3", "Grant McLeish", "Facebook"),
            ("P4", "Tomasz Wieczorek", "Daily Record"),
        ],
        "people": ["Callum Baird", "Siobhan O’Rourke", "Grant McLeish", "Tomasz Wieczorek"],
    },
    {
        "name": "swimmer-supplement-congressional-hearing-cnbc",
        "text": (
            "The Olympic swimmer Keoni Kahananui told a congressional hearing on Wednesday that "
            "athletes had been “left in the dark for months” about a contaminated supplement "
            "batch that led to his provisional suspension.\n\n"
            "“I checked every label. I did everything the program told me to do,” Kahananui, "
            "24, said in his testimony.\n\n"
            "Senator Margaret Olufemi-Hayes pressed officials from the sport’s national "
            "governing body on the delay. “Who knew, and when did they know it?” she asked. "
            "The governing body said in a statement after the hearing that it had "
            "“cooperated fully at every stage.”\n\n"
            "Kahananui’s teammate Rachel Stein-Okafor posted on Instagram during the "
            "testimony, sharing a clip with the caption “Proud of you for saying it out "
            "loud.”\n\n"
            "The supplement maker, Apex Nutrition Labs, announced a recall in a press release "
            "on Thursday. Its chief executive, Gregory Tan, told CNBC that the company was "
            "“devastated” by the findings."
        ),
        "quotes": [
            ("left in the dark for months", "Keoni Kahananui", True, None),
            (
                "I checked every label. I did everything the program told me to do,",
                "Keoni Kahananui",
                False,
                None,
            ),
            ("Who knew, and when did they know it?", "Margaret Olufemi-Hayes", False, None),
            ("cooperated fully at every stage.", None, True, "P1"),
            ("Proud of you for saying it out loud.", "Rachel Stein-Okafor", False, "P2"),
            ("devastated", "Gregory Tan", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rachel Stein-Okafor", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Gregory Tan", "CNBC"),
        ],
        "people": [
            "Keoni Kahananui",
            "Margaret Olufemi-Hayes",
            "Rachel Stein-Okafor",
            "Gregory Tan",
        ],
    },
    {
        "name": "yoga-instructor-youtube-title-medium-essay-threads",
        "text": (
            "The fitness instructor Aditi Venkataraman has taken down a YouTube video titled "
            "“Fix Your Back in 30 Days” after physiotherapists warned that the routine could "
            "injure beginners.\n\n"
            "In a Medium essay on Friday, the physiotherapist Dr. Jonas Eklund wrote that "
            "several of the poses were “fine for a dancer and risky for almost everyone "
            "else.”\n\n"
            "Venkataraman responded in an Instagram story the same evening. “I hear the "
            "criticism, and I should have added modifications. That’s on me,” she wrote.\n\n"
            "She told the Times of India on Saturday that a revised version, made with a "
            "physiotherapist, would be posted next month. “I’d rather be corrected than be "
            "popular,” she said.\n\n"
            "Others in the industry were sympathetic. A Threads post by the strength coach "
            "Lwazi Dlamini, who has 400,000 followers, called the episode “a good lesson for "
            "all of us who teach online.” Eklund, for his part, said he hoped the new version "
            "would be a model for other creators."
        ),
        "quotes": [
            (
                "fine for a dancer and risky for almost everyone else.",
                "Jonas Eklund",
                True,
                "P2",
            ),
            (
                "I hear the criticism, and I should have added modifications. That’s on me,",
                "Aditi Venkataraman",
                False,
                "P3",
            ),
            ("I’d rather be corrected than be popular,", "Aditi Venkataraman", False, "P4"),
            ("a good lesson for all of us who teach online.", "Lwazi Dlamini", True, "P5"),
        ],
        "posts": [
            ("P1", "Aditi Venkataraman", "YouTube"),
            ("P2", "Jonas Eklund", "Medium"),
            ("P3", "Aditi Venkataraman", "Instagram"),
            ("P4", "Aditi Venkataraman", "Times of India"),
            ("P5", "Lwazi Dlamini", "Threads"),
        ],
        "people": ["Aditi Venkataraman", "Jonas Eklund", "Lwazi Dlamini"],
    },
    {
        "name": "everest-permit-cap-newshour-podcast-death-zone",
        "text": (
            "Nepal’s tourism department said in a statement on Tuesday that it would cap "
            "Everest permits at 300 next spring, a first for the mountain.\n\n"
            "The decision was welcomed by Mingma Gyalzen Sherpa, who runs the Kathmandu "
            "outfitter High Camp Expeditions. “Crowding near the summit killed people. This is "
            "overdue,” he told the BBC World Service’s Newshour programme. Most deaths on the "
            "mountain happen above 8,000 metres, in the so-called “death zone.”\n\n"
            "Not everyone agreed. The Austrian guide Florian Wimmer said on his podcast, Ridge "
            "Line, that the cap would “price ordinary climbers off the mountain.”\n\n"
            "The department’s director general, Bishnu Prasad Adhikari, defended the plan at a "
            "news conference in Kathmandu. “We are not closing the mountain. We are managing "
            "it,” Adhikari said. “Those who say otherwise have not stood in a queue at 8,700 "
            "metres,” he added.\n\n"
            "On X, the mountaineer and filmmaker Ayşe Demir posted that the numbers “should "
            "have been halved, not trimmed.”"
        ),
        "quotes": [
            (
                "Crowding near the summit killed people. This is overdue,",
                "Mingma Gyalzen Sherpa",
                False,
                "P2",
            ),
            ("price ordinary climbers off the mountain.", "Florian Wimmer", True, "P3"),
            (
                "We are not closing the mountain. We are managing it,",
                "Bishnu Prasad Adhikari",
                False,
                None,
            ),
            (
                "Those who say otherwise have not stood in a queue at 8,700 metres,",
                "Bishnu Prasad Adhikari",
                False,
                None,
            ),
            ("should have been halved, not trimmed.", "Ayşe Demir", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mingma Gyalzen Sherpa", "Newshour"),
            ("P3", "Florian Wimmer", "Ridge Line"),
            ("P4", "Ayşe Demir", "X"),
        ],
        "people": [
            "Mingma Gyalzen Sherpa",
            "Florian Wimmer",
            "Bishnu Prasad Adhikari",
            "Ayşe Demir",
        ],
    },
    {
        "name": "boxer-misses-weight-tiktok-espn-instagram-live-song",
        "text": (
            "Nadia “The Hammer” Okafor missed weight by 1.2 pounds on Friday, putting her "
            "world title fight against the Mexican champion Valeria Quintanilla in doubt.\n\n"
            "Okafor, 30, blamed a “last-minute scale problem” in a TikTok video posted hours "
            "after the weigh-in. “I made weight at the hotel. Something is off with that "
            "scale,” she said in the video.\n\n"
            "Quintanilla’s promoter, Héctor Villaseñor, was unimpressed. “Rules are rules. "
            "Make the weight or pay the price,” he told ESPN Deportes. The sanctioning body "
            "said in a statement that the scale had been checked twice and was “accurate to "
            "the ounce.”\n\n"
            "Quintanilla herself went live on Instagram on Friday night. “I came here to "
            "fight. If she wants to fight, I’m ready,” the champion told viewers.\n\n"
            "If the bout goes ahead, Okafor plans to walk out to “Survivor” by Destiny’s "
            "Child, as she has for every fight since her professional debut in 2017."
        ),
        "quotes": [
            ("last-minute scale problem", "Nadia Okafor", True, "P1"),
            (
                "I made weight at the hotel. Something is off with that scale,",
                "Nadia Okafor",
                False,
                "P1",
            ),
            (
                "Rules are rules. Make the weight or pay the price,",
                "Héctor Villaseñor",
                False,
                "P2",
            ),
            ("accurate to the ounce.", None, True, "P3"),
            (
                "I came here to fight. If she wants to fight, I’m ready,",
                "Valeria Quintanilla",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Nadia Okafor", "TikTok"),
            ("P2", "Héctor Villaseñor", "ESPN Deportes"),
            ("P3", None, None),
            ("P4", "Valeria Quintanilla", "Instagram"),
        ],
        "people": ["Nadia Okafor", "Valeria Quintanilla", "Héctor Villaseñor"],
    },
    {
        "name": "hockey-suspension-youtube-video-threads-apology-reply",
        "text": (
            "The NHL suspended Winnipeg defenceman Mikael Jokinen for six games on Thursday "
            "for a hit to the head of Calgary forward Devon Ashcroft-Blake, following a hearing "
            "with the league’s department of player safety.\n\n"
            "In a video explanation posted to YouTube, the department said Jokinen had made "
            "“a deliberate choice to target the head.”\n\n"
            "Jokinen apologized on Threads. “I never want to see a guy stay down like that. "
            "I’m sorry, Devon,” he wrote. Ashcroft-Blake, who remains in concussion protocol, "
            "replied under the post a few hours later: “Appreciate it. See you out there "
            "soon.”\n\n"
            "Calgary’s head coach, Stéphane Gagnon-Roy, told reporters after the morning skate "
            "that six games was “not enough, not close.” He said the Flames would ask the "
            "league to review its standard for hits to the head.\n\n"
            "The players’ union said in a statement that it would discuss an appeal with "
            "Jokinen. Under the league’s rules, he will forfeit about $180,000 in salary."
        ),
        "quotes": [
            ("a deliberate choice to target the head.", None, True, "P1"),
            (
                "I never want to see a guy stay down like that. I’m sorry, Devon,",
                "Mikael Jokinen",
                False,
                "P2",
            ),
            ("Appreciate it. See you out there soon.", "Devon Ashcroft-Blake", False, "P2"),
            ("not enough, not close.", "Stéphane Gagnon-Roy", True, None),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", "Mikael Jokinen", "Threads"),
            ("P3", None, None),
        ],
        "people": ["Mikael Jokinen", "Devon Ashcroft-Blake", "Stéphane Gagnon-Roy"],
    },
    {
        "name": "surf-contest-water-quality-bluesky-reply-rpp-caption",
        "text": (
            "Organisers of the Punta Brava Pro cancelled the final day of the surfing contest "
            "on Sunday after water samples showed high levels of bacteria, the event said in "
            "a press release.\n\n"
            "The Peruvian surfer Lucía Mamani, who was leading the women’s draw, wrote on "
            "Bluesky that she was “gutted but grateful someone tested the water.” A marine "
            "biologist, Dr. Kwame Asante-Mensah, replied under her post: “Thank you for saying "
            "this. Athletes listening to the data matters.”\n\n"
            "The local mayor, Rodrigo Salazar Vega, told Radio Programas del Perú that the "
            "sewage outflow had been “a problem for a decade, not a week.”\n\n"
            "At a news conference on the beach, the World Surf League’s head of events, Brooke "
            "Tanaka-Harris, said the decision “was not close.” “We will not put surfers in that "
            "water,” she said.\n\n"
            "Mamani later posted a photo of the empty lineup on Instagram with the caption "
            "“Next year, Punta Brava.”"
        ),
        "quotes": [
            ("gutted but grateful someone tested the water.", "Lucía Mamani", True, "P2"),
            (
                "Thank you for saying this. Athletes listening to the data matters.",
                "Kwame Asante-Mensah",
                False,
                "P2",
            ),
            ("a problem for a decade, not a week.", "Rodrigo Salazar Vega", True, "P3"),
            ("was not close.", "Brooke Tanaka-Harris", True, None),
            ("We will not put surfers in that water,", "Brooke Tanaka-Harris", False, None),
            ("Next year, Punta Brava.", "Lucía Mamani", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lucía Mamani", "Bluesky"),
            ("P3", "Rodrigo Salazar Vega", "Radio Programas del Perú"),
            ("P4", "Lucía Mamani", "Instagram"),
        ],
        "people": [
            "Lucía Mamani",
            "Kwame Asante-Mensah",
            "Rodrigo Salazar Vega",
            "Brooke Tanaka-Harris",
        ],
    },
    {
        "name": "gym-chain-trainers-lawsuit-linkedin-comment-podcast",
        "text": (
            "A group of former personal trainers has sued the gym chain IronHouse Fitness, "
            "saying they were wrongly classified as contractors and denied overtime.\n\n"
            "The lawsuit, filed in federal court in Chicago on Tuesday, says trainers were "
            "routinely scheduled for 60-hour weeks and paid “as if the gym were doing them a "
            "favor.” IronHouse said in a statement that the claims were “without merit.”\n\n"
            "One of the plaintiffs, Tamika Rowland, described the job in a LinkedIn post last "
            "year that spread widely among fitness professionals. “I coached 40 clients a week "
            "and couldn’t afford my own membership,” she wrote. Under it, a former IronHouse "
            "regional manager, Derek Vossberg, commented: “I saw the schedules. She’s not "
            "exaggerating.”\n\n"
            "The chain’s founder, Curtis Lamb, was asked about the case on the podcast Fit "
            "Money on Wednesday. “Every trainer signed the same agreement with open eyes,” he "
            "said.\n\n"
            "IronHouse, known for its “No Excuses” advertising campaign, operates 85 gyms "
            "across the Midwest."
        ),
        "quotes": [
            ("as if the gym were doing them a favor.", None, True, "P1"),
            ("without merit.", None, True, "P2"),
            (
                "I coached 40 clients a week and couldn’t afford my own membership,",
                "Tamika Rowland",
                False,
                "P3",
            ),
            ("I saw the schedules. She’s not exaggerating.", "Derek Vossberg", False, "P3"),
            (
                "Every trainer signed the same agreement with open eyes,",
                "Curtis Lamb",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Tamika Rowland", "LinkedIn"),
            ("P4", "Curtis Lamb", "Fit Money"),
        ],
        "people": ["Tamika Rowland", "Derek Vossberg", "Curtis Lamb"],
    },
    {
        "name": "wheelchair-racer-broken-chair-x-airline-reply-radio",
        "text": (
            "The Paralympic wheelchair racer Sakura Morimoto says an airline broke her racing "
            "chair on a flight to Berlin, days before the world championships.\n\n"
            "Morimoto, 26, posted photos of the bent frame on X on Monday. “This chair is my "
            "legs. It cost more than my car. And now it’s in three pieces,” she wrote. The "
            "chair had travelled in a padded case marked “Fragile – Mobility Equipment.”\n\n"
            "The airline, Nordic Sky, replied under her post that it was “deeply sorry” and "
            "was “working urgently on a solution.”\n\n"
            "Her coach, Emeka Nwosu, told Deutschlandfunk that a loaner would not be the same. "
            "“It’s like asking a violinist to play someone else’s violin the night before a "
            "concert,” the coach said.\n\n"
            "The International Paralympic Committee said in a statement that it was in "
            "contact with the athlete.\n\n"
            "At a news conference on Wednesday, Morimoto said a local frame builder had "
            "offered to help. “People I’ve never met are fixing my chair for free. I’m a bit "
            "overwhelmed,” she said."
        ),
        "quotes": [
            (
                "This chair is my legs. It cost more than my car. And now it’s in three pieces,",
                "Sakura Morimoto",
                False,
                "P1",
            ),
            ("deeply sorry", None, True, "P1"),
            ("working urgently on a solution.", None, True, "P1"),
            (
                "It’s like asking a violinist to play someone else’s violin the night before a "
                "concert,",
                "Emeka Nwosu",
                False,
                "P2",
            ),
            (
                "People I’ve never met are fixing my chair for free. I’m a bit overwhelmed,",
                "Sakura Morimoto",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Sakura Morimoto", "X"),
            ("P2", "Emeka Nwosu", "Deutschlandfunk"),
            ("P3", None, None),
        ],
        "people": ["Sakura Morimoto", "Emeka Nwosu"],
    },
    {
        "name": "cairngorm-rescue-facebook-team-bbc-scotland-reddit-thread",
        "text": (
            "Two hikers were rescued from the Cairngorm plateau early on Saturday after "
            "spending a night in a snow hole, Cairngorm Mountain Rescue Team said in a Facebook "
            "post. “They did almost everything right, which is why they are alive,” the team "
            "wrote, praising the pair for carrying a bivvy bag and an emergency beacon.\n\n"
            "One of the hikers, Ewan Gallacher, 52, described the night to BBC Scotland. “We "
            "dug in, shared a chocolate bar and sang to stay awake,” he said. Gallacher "
            "reckoned they had sung “Loch Lomond” more than 20 times.\n\n"
            "His companion, the Polish-born nurse Agnieszka Zielińska, started a Reddit thread "
            "on Sunday, writing that the forecast had “badly underplayed the wind.” When a user "
            "asked why they had not turned back sooner, she answered: “Honestly? Pride. We "
            "were 20 minutes from the top.”\n\n"
            "The team leader, Hamish Rennie, told reporters at the Glenmore base that callouts "
            "had risen by a third this winter. “People see a sunny morning on Instagram and "
            "forget it’s the Arctic up there,” Rennie said."
        ),
        "quotes": [
            ("They did almost everything right, which is why they are alive,", None, False, "P1"),
            (
                "We dug in, shared a chocolate bar and sang to stay awake,",
                "Ewan Gallacher",
                False,
                "P2",
            ),
            ("badly underplayed the wind.", "Agnieszka Zielińska", True, "P3"),
            (
                "Honestly? Pride. We were 20 minutes from the top.",
                "Agnieszka Zielińska",
                False,
                "P3",
            ),
            (
                "People see a sunny morning on Instagram and forget it’s the Arctic up there,",
                "Hamish Rennie",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Ewan Gallacher", "BBC Scotland"),
            ("P3", "Agnieszka Zielińska", "Reddit"),
        ],
        "people": ["Ewan Gallacher", "Agnieszka Zielińska", "Hamish Rennie"],
    },
    {
        "name": "f1-pit-stop-team-radio-instagram-sky-show-nickname",
        "text": (
            "Formula One driver Rafael Montoya-Lins, known in the paddock as “Rafinha,” "
            "accused his team of costing him a podium at the Hungarian Grand Prix on Sunday "
            "after a pit stop that lasted 11 seconds.\n\n"
            "“What was that? Seriously, what was that?” Montoya-Lins said over team radio as "
            "he rejoined in seventh.\n\n"
            "The team principal, Henrik Aas, apologised at the post-race news conference. "
            "“The wheel gun failed. That is on us, not on the mechanics,” Aas said.\n\n"
            "Montoya-Lins, 23, was calmer by evening, writing on Instagram that the crew had "
            "“worked miracles all weekend” and that one bad stop “doesn’t define us.” The team "
            "said in a press release on Monday that the wheel gun had been returned to its "
            "supplier.\n\n"
            "The former world champion Elena Castellanos said on Sky Sports’ The F1 Show that "
            "the Brazilian “needs to keep the radio for racing.”"
        ),
        "quotes": [
            ("What was that? Seriously, what was that?", "Rafael Montoya-Lins", False, None),
            (
                "The wheel gun failed. That is on us, not on the mechanics,",
                "Henrik Aas",
                False,
                None,
            ),
            ("worked miracles all weekend", "Rafael Montoya-Lins", True, "P1"),
            ("doesn’t define us.", "Rafael Montoya-Lins", True, "P1"),
            ("needs to keep the radio for racing.", "Elena Castellanos", True, "P3"),
        ],
        "posts": [
            ("P1", "Rafael Montoya-Lins", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Elena Castellanos", "The F1 Show"),
        ],
        "people": ["Rafael Montoya-Lins", "Henrik Aas", "Elena Castellanos"],
    },
    {
        "name": "cricket-captain-guardian-column-tms-commentator-song",
        "text": (
            "The England women’s cricket captain, Charlotte Ainsworth, used a column in The "
            "Guardian on Saturday to call for equal match fees in domestic cricket. “We are "
            "asking for the same fee to play the same game on the same ground,” she wrote.\n\n"
            "The England and Wales Cricket Board said in a statement that it had “already "
            "closed much of the gap” and would publish new figures in the autumn.\n\n"
            "Ainsworth’s vice-captain, Zainab Qureshi, backed her on Instagram, posting a "
            "photo of the squad singing “Sweet Caroline” in the dressing room with the caption "
            "“Same game. Same ground. Same fee.”\n\n"
            "The former England bowler Rahul Deshpande disagreed during Saturday’s coverage on "
            "Test Match Special, saying the domestic women’s game was “not yet generating the "
            "money to pay for it.”\n\n"
            "Asked about the column at a pre-match news conference on Sunday, Ainsworth "
            "smiled. “I said what I said. Now let’s go and win a series,” the captain said."
        ),
        "quotes": [
            (
                "We are asking for the same fee to play the same game on the same ground,",
                "Charlotte Ainsworth",
                False,
                "P1",
            ),
            ("already closed much of the gap", None, True, "P2"),
            ("Same game. Same ground. Same fee.", "Zainab Qureshi", False, "P3"),
            ("not yet generating the money to pay for it.", "Rahul Deshpande", True, "P4"),
            (
                "I said what I said. Now let’s go and win a series,",
                "Charlotte Ainsworth",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Charlotte Ainsworth", "The Guardian"),
            ("P2", None, None),
            ("P3", "Zainab Qureshi", "Instagram"),
            ("P4", "Rahul Deshpande", "Test Match Special"),
        ],
        "people": ["Charlotte Ainsworth", "Zainab Qureshi", "Rahul Deshpande"],
    },
    {
        "name": "triathlete-deleted-caption-tiktok-federation-letter-el-pais",
        "text": (
            "The Spanish triathlete Iñaki Etxeberria, nicknamed “the Basque Bullet,” deleted "
            "an Instagram post on Tuesday in which he mocked a rival’s swim, after criticism "
            "from fans and from his own federation.\n\n"
            "The post, a clip of the Australian Jasmine Whitlock struggling in rough water, "
            "carried the caption “Swimming lessons available, DM me.”\n\n"
            "Whitlock responded on TikTok with a video of herself crossing the line in "
            "fourth, one place ahead of him. “Fourth place, no lessons needed,” she said.\n\n"
            "The Spanish Triathlon Federation wrote to Etxeberria that his conduct was "
            "“unworthy of the national team,” according to a copy of the letter seen by "
            "reporters.\n\n"
            "Etxeberria apologised in an interview with the newspaper El País on Wednesday. "
            "“It was a stupid joke, and I made it at the expense of someone I respect,” he told "
            "the paper.\n\n"
            "His coach, Marta Olaizola, said at a team briefing that he would “learn from this "
            "the hard way.”"
        ),
        "quotes": [
            ("Swimming lessons available, DM me.", "Iñaki Etxeberria", False, "P1"),
            ("Fourth place, no lessons needed,", "Jasmine Whitlock", False, "P2"),
            ("unworthy of the national team,", None, True, "P3"),
            (
                "It was a stupid joke, and I made it at the expense of someone I respect,",
                "Iñaki Etxeberria",
                False,
                "P4",
            ),
            ("learn from this the hard way.", "Marta Olaizola", True, None),
        ],
        "posts": [
            ("P1", "Iñaki Etxeberria", "Instagram"),
            ("P2", "Jasmine Whitlock", "TikTok"),
            ("P3", None, None),
            ("P4", "Iñaki Etxeberria", "El País"),
        ],
        "people": ["Iñaki Etxeberria", "Jasmine Whitlock", "Marta Olaizola"],
    },
]
