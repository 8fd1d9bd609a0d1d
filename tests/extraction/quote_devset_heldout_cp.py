"""The eighty-eighth self-made dev set, held out (CP): its first run is an unseen estimate.

Written with set CQ, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a
  judge's ruling reported in the first sentence ("has allowed thousands of
  passengers to pursue claims") is the same post as her 34-page opinion.
- A post reported without any quoted words (a gallery's or a ski resort's
  statement, a letter from nine members of Congress, a study whose lead author
  is quoted only elsewhere) is still listed in posts.
- people lists every named person, in order of first mention, whether or not
  they speak or post (a podcast host, a chief executive a letter is addressed
  to, a scientist whose reply is only described).
- A nickname in marks between a given name and a surname (Ifeoma "Ify" Chukwu,
  Dawit "Shaleqa" Alemu) is neither a quote nor part of the canonical name,
  which is Ifeoma Chukwu and Dawit Alemu.
- A bridge's nickname ("the Old Lady"), an exhibition title ("Salt and Ash"), a
  cookbook title and a podcast title ("Off the Bar") in marks are not quotes;
  "ask me anything" in marks names the format of a Reddit thread and is not a
  quote; "so-called" marks a scare quote ("hurricane parties").
- A podcast is a post whose platform is its name without marks, whether the
  text puts the name in marks ("Off the Bar") or not (Flight Deck Talk).
- An outlet's platform drops a lowercase "the" before it ("told the Daily
  Nation" is Daily Nation, "the Neue Zürcher Zeitung" is Neue Zürcher Zeitung,
  "told the broadcaster NRK" is NRK) and keeps a capitalised The that belongs
  to the name (The Guardian). "Speaking to Reuters" is an interview with
  Reuters.
- A study in a named journal led by a named scientist is the lead author's post
  with the journal as platform (Nature Food, Geophysical Research Letters); "In
  the paper, Mai wrote that ..." ties a fragment to it.
- A YouTube livestream, a YouTube video, a Facebook Live broadcast and a TikTok
  video are posts of the person speaking in them; "she said", "he says in the
  clip" and "he said, holding up an invoice" right after such a post belong to
  it.
- "Said on Instagram" and "wrote in her story" are one Instagram post;
  reposting that story "with a message of her own" is a new Instagram post by
  the reposter, and the words after the colon are whole, not partial. A photo
  posted "with the caption" or "with the words" gives a whole quote.
- A comment under a LinkedIn post, a TikTok video, a school district's Facebook
  post or a Substack essay, a reply under an X or Bluesky post and a reply
  beneath an answer in a Reddit thread belong to that post; so does the post
  author's own answer to a reply ("wrote back that ...", "answered that ..."),
  whose fragment is partial.
- A named planner's "ask me anything" thread on Reddit is his Reddit post; a
  thread started by an unnamed user has author None, and its words and an
  unnamed reply under it speak as None.
- A member's post in a named Facebook group is that member's Facebook post.
- A company blog post with no named platform has author None and no platform;
  the posts on X of a county emergency office, an airport operator and a UN
  agency, a school district's Facebook post and a students' union's Bluesky
  post have author None and their words speak as None.
- A union's or a ferry operator's press release and a company's earnings
  release have author None; words the release gives to its president, managing
  director or chief executive ("said in the release", "the release quoted ...
  as saying") have that person as speaker.
- A superintendent's email to families and a teacher's email to parents are
  their senders' posts with no platform. A quote that runs over two paragraphs
  after "She wrote:" is one quote per paragraph, both tied to the email; the
  first paragraph has no closing mark, so its quote runs to the end of that
  paragraph.
- A letter from an association or from nine members of Congress has author
  None; a named councillor's letter to a minister is her post with no
  platform, and the fragment it is reported with is partial.
- A court filing by an airline or a tractor maker has author None; a lawsuit by
  14 unnamed farmers has author None and its words ("holding our own tractors
  hostage", with no punctuation inside the marks) speak as None. A judge ruling
  "from the bench at a hearing" makes no post; her written opinion is her post.
- A fragment said to reporters ("acknowledged "painful delays"") is partial with
  no post. "Told the crowd" at a rally, "told shareholders" at an annual
  meeting, "told analysts" on an earnings call and a forum are not posts.
- A fragment whose sentence runs on after the closing mark ("the timing "could
  not be worse," with university entrance exams weeks away") is partial.
- A statement's later fragment is tied to it by "In the statement, she called
  ..."; sharing an op-ed on LinkedIn "adding that ..." is a new LinkedIn post by
  the sharer, and the fragment is partial.
- A quote split by its attribution ("We cannot bring them back," he said, "but
  ...") is two quotes with the same speaker and post, neither partial.
- A word in single marks inside a quote (‘April’, ‘three’) is part of the
  quote's text and not a quote of its own.
- A description speaker ("The chef", "the engineer", "Aroha Te Whare's
  husband") is the named person it describes; a relative named in apposition
  ("Her son, Ernesto Villarreal") speaks under that name.
- Two people sharing a surname (Aroha and Rangi Te Whare, Lupe and Ernesto
  Villarreal) are told apart by the description or pronoun, never by the bare
  surname; Te Whare is a two-word surname.
- Titles and offices before a name (Professor, Superintendent, Mayor, Deputy
  Minister, Captain, Judge, Dr.) and job descriptions (travel blogger, jeepney
  driver) are not part of the canonical name; "du" in Pieter du Plessis is.
- Names keep the order and form written: Nguyen Thi Mai (later "Mai"), Tran
  Quoc Bao, Yoon Seo-yeon, Park Min-jae, and the double surname Marcela Fuentes
  Aravena.
- A storm (Hurricane Delphine) is not a person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CP: list[dict] = [
    {
        "name": "linkedin-night-train-cuts-union-statement-chef",
        "text": (
            "Nordlys Tog will stop its overnight train between Oslo and Trondheim in January,"
            " its chief executive, Ingrid Halvorsen, wrote on LinkedIn on "
            "Wednesday. “Fewer than forty passengers a night cannot pay for a train of eleven "
            "carriages,” she wrote.\n\n"
            "Beneath her post, a former board member, Sigurd Aasland, commented: “The numbers "
            "were never given a fair chance. Nobody marketed this train.”\n\n"
            "The Norwegian Locomotive Drivers’ Union said in a statement that the decision would "
            "cost 60 jobs, calling it “a quiet retreat from the climate promises of 2019.”\n\n"
            "At a news conference, Halvorsen defended the decision. “We kept it alive for three winters longer than the spreadsheets said we "
            "should,” she told reporters. Asked whether the route could return, she said: “Never "
            "say never.”\n\n"
            "Emil Strand, who cooked in the dining car for a decade and wrote a cookbook about it, "
            "“Stew at Sixty Miles an Hour,” posted a photo of its galley on Instagram with the "
            "caption “End of an era. Bring a thermos.” The chef told NRK that he had been "
            "offered work on the day trains. “Sandwiches instead of reindeer stew. I will "
            "survive,” he said."
        ),
        "quotes": [
            (
                "Fewer than forty passengers a night cannot pay for a train of eleven carriages,",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            (
                "The numbers were never given a fair chance. Nobody marketed this train.",
                "Sigurd Aasland",
                False,
                "P1",
            ),
            ("a quiet retreat from the climate promises of 2019.", None, True, "P2"),
            (
                "We kept it alive for three winters longer than the spreadsheets said we should,",
                "Ingrid Halvorsen",
                False,
                None,
            ),
            ("Never say never.", "Ingrid Halvorsen", False, None),
            ("End of an era. Bring a thermos.", "Emil Strand", False, "P3"),
            ("Sandwiches instead of reindeer stew. I will survive,", "Emil Strand", False, "P4"),
        ],
        "posts": [
            ("P1", "Ingrid Halvorsen", "LinkedIn"),
            ("P2", None, None),
            ("P3", "Emil Strand", "Instagram"),
            ("P4", "Emil Strand", "NRK"),
        ],
        "people": ["Ingrid Halvorsen", "Sigurd Aasland", "Emil Strand"],
    },
    {
        "name": "school-district-facebook-blizzard-parents-email-two-paragraphs",
        "text": (
            "The Red Lake Falls school district will teach remotely on Thursday and "
            "Friday as a blizzard moves across northwestern Minnesota, the district announced on "
            "Facebook. “Buses will not run, and buildings will be closed to students and "
            "staff,” the post said.\n\n"
            "Dozens of parents commented beneath it. “Two remote days is fine, but please don’t "
            "make it five again like last winter,” wrote Halima Yusuf, a mother of three. Another "
            "commenter, Brent Thorsby, said his farm had no reliable internet. “My kids will be "
            "doing homework from the truck in the co-op parking lot,” he wrote.\n\n"
            "In an email to families, Superintendent Dolores Ibarra-Kent promised hot-spot devices "
            "to households without internet. She wrote:\n\n"
            "“No child should fall behind because of where they live. If your family needs a "
            "device, call the front office before noon on Wednesday.\n\n"
            "“Teachers will post assignments by 9 a.m. each day, and attendance will be taken "
            "online.”\n\n"
            "Forecasters expect up to 18 inches of snow. "
            "“This is a dangerous storm for travel,” Aaron Feldkamp, a meteorologist in Grand "
            "Forks, said in an interview. “If you do not have to drive, don’t.”"
        ),
        "quotes": [
            (
                "Buses will not run, and buildings will be closed to students and staff,",
                None,
                False,
                "P1",
            ),
            (
                "Two remote days is fine, but please don’t make it five again like last winter,",
                "Halima Yusuf",
                False,
                "P1",
            ),
            (
                "My kids will be doing homework from the truck in the co-op parking lot,",
                "Brent Thorsby",
                False,
                "P1",
            ),
            (
                "No child should fall behind because of where they live. If your family needs a "
                "device, call the front office before noon on Wednesday.",
                "Dolores Ibarra-Kent",
                False,
                "P2",
            ),
            (
                "Teachers will post assignments by 9 a.m. each day, and attendance will be taken "
                "online.",
                "Dolores Ibarra-Kent",
                False,
                "P2",
            ),
            ("This is a dangerous storm for travel,", "Aaron Feldkamp", False, None),
            ("If you do not have to drive, don’t.", "Aaron Feldkamp", False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Dolores Ibarra-Kent", None),
        ],
        "people": ["Halima Yusuf", "Brent Thorsby", "Dolores Ibarra-Kent", "Aaron Feldkamp"],
    },
    {
        "name": "tiktok-maize-drought-agronomist-comment-ministry-release",
        "text": (
            "A video of withered maize stalks posted on TikTok by Wanjiru Kamau, a farmer in "
            "Kenya’s Nakuru County, has been viewed more than two million times since Sunday. “This "
            "is the third planting I have lost since March. There is nothing left to sell,” she "
            "says in the clip, standing in a field of cracked soil.\n\n"
            "Among thousands of comments under the video was one from Dr. Peter Otieno, an "
            "agronomist at Egerton University. “Drought-tolerant seed exists. The problem is that "
            "farmers cannot afford it,” he wrote.\n\n"
            "The Ministry of Agriculture announced a seed subsidy in a press release on Friday. "
            "“Every registered smallholder will receive certified seed for the short rains at half "
            "price,” the release said.\n\n"
            "Speaking to reporters in Nairobi, the principal secretary for agriculture, Joseph "
            "Mwangi Kiprono, acknowledged “painful delays” in last year’s programme but promised "
            "that this one would be different.\n\n"
            "Kamau was unconvinced. She told the Daily Nation that half price was still too much "
            "for families who had lost two harvests in a row. “Half of nothing is still nothing,” "
            "she said."
        ),
        "quotes": [
            (
                "This is the third planting I have lost since March. There is nothing left to sell,",
                "Wanjiru Kamau",
                False,
                "P1",
            ),
            (
                "Drought-tolerant seed exists. The problem is that farmers cannot afford it,",
                "Peter Otieno",
                False,
                "P1",
            ),
            (
                "Every registered smallholder will receive certified seed for the short rains at "
                "half price,",
                None,
                False,
                "P2",
            ),
            ("painful delays", "Joseph Mwangi Kiprono", True, None),
            ("Half of nothing is still nothing,", "Wanjiru Kamau", False, "P3"),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Wanjiru Kamau", "Daily Nation"),
        ],
        "people": ["Wanjiru Kamau", "Peter Otieno", "Joseph Mwangi Kiprono"],
    },
    {
        "name": "airline-cancellations-filing-judge-opinion-plaintiff-x",
        "text": (
            "A federal judge in Miami has allowed thousands of passengers to pursue claims "
            "together against Coral Wing Airlines over a wave of cancellations last summer.\n\n"
            "In a 34-page opinion issued on Wednesday, Judge Beatriz Olmedo-Reyes rejected the "
            "carrier’s argument that the disruption was caused by weather. “The airline’s own "
            "maintenance logs tell a different story,” she wrote. In a court filing in March, the "
            "airline had blamed “extraordinary atmospheric conditions beyond any carrier’s "
            "control.”\n\n"
            "The lead plaintiff, Darnell Whitfield, a schoolteacher who was stranded in Atlanta for "
            "three days, celebrated on X. “Three days sleeping on an airport floor, and today a "
            "judge said we were right,” he posted.\n\n"
            "His lawyer, Sunita Raghavan, told reporters outside the courthouse that the ruling was "
            "“a green light for every stranded passenger.” She added: “They can settle now or "
            "explain their logs to a jury.”\n\n"
            "Coral Wing said in a statement that it would appeal. “We remain confident in our "
            "position and in our safety record,” the statement said."
        ),
        "quotes": [
            (
                "The airline’s own maintenance logs tell a different story,",
                "Beatriz Olmedo-Reyes",
                False,
                "P1",
            ),
            (
                "extraordinary atmospheric conditions beyond any carrier’s control.",
                None,
                True,
                "P2",
            ),
            (
                "Three days sleeping on an airport floor, and today a judge said we were right,",
                "Darnell Whitfield",
                False,
                "P3",
            ),
            ("a green light for every stranded passenger.", "Sunita Raghavan", True, None),
            (
                "They can settle now or explain their logs to a jury.",
                "Sunita Raghavan",
                False,
                None,
            ),
            ("We remain confident in our position and in our safety record,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Beatriz Olmedo-Reyes", None),
            ("P2", None, None),
            ("P3", "Darnell Whitfield", "X"),
            ("P4", None, None),
        ],
        "people": ["Beatriz Olmedo-Reyes", "Darnell Whitfield", "Sunita Raghavan"],
    },
    {
        "name": "reddit-ama-lagos-bus-line-assembly-threads-town-hall",
        "text": (
            "Lagos’s new bus rapid transit line to Ikorodu will open in phases from April, the "
            "project’s chief planner, Adebayo Ogunleye, said in an “ask me anything” thread on "
            "Reddit on Sunday.\n\n"
            "“The first twelve stations are finished. The last four are waiting on a bridge that "
            "is not ours to build,” Ogunleye wrote in the thread, answering a question about "
            "delays.\n\n"
            "One user, who did not give a name, replied beneath his answer: “I have heard ‘April’ "
            "every year since 2021.” Ogunleye wrote back that the skepticism was “fair, and "
            "earned.”\n\n"
            "Folasade Adeyemi-Bello, a member of the state assembly whose district the line "
            "crosses, was more upbeat on Threads. “My constituents spend four hours a day in "
            "traffic. This line gives them two of those hours back,” she wrote.\n\n"
            "At a town hall in Ikorodu on Monday, the state commissioner for transport, Chinedu "
            "Okafor, promised that fares would be capped at 500 naira. “Nobody will be priced out "
            "of this bus,” he said, to loud applause."
        ),
        "quotes": [
            (
                "The first twelve stations are finished. The last four are waiting on a bridge "
                "that is not ours to build,",
                "Adebayo Ogunleye",
                False,
                "P1",
            ),
            ("I have heard ‘April’ every year since 2021.", None, False, "P1"),
            ("fair, and earned.", "Adebayo Ogunleye", True, "P1"),
            (
                "My constituents spend four hours a day in traffic. This line gives them two of "
                "those hours back,",
                "Folasade Adeyemi-Bello",
                False,
                "P2",
            ),
            ("Nobody will be priced out of this bus,", "Chinedu Okafor", False, None),
        ],
        "posts": [
            ("P1", "Adebayo Ogunleye", "Reddit"),
            ("P2", "Folasade Adeyemi-Bello", "Threads"),
        ],
        "people": ["Adebayo Ogunleye", "Folasade Adeyemi-Bello", "Chinedu Okafor"],
    },
    {
        "name": "rice-methane-study-nature-food-substack-comment-forum",
        "text": (
            "Draining rice paddies twice during the growing season cut methane emissions by nearly "
            "half without lowering yields, according to a study of 1,200 farms in the Mekong Delta "
            "published on Wednesday in the journal Nature Food.\n\n"
            "The study was led by Nguyen Thi Mai, a soil scientist at Can Tho University. In the "
            "paper, Mai wrote that the savings depended on “reliable access to pumps and canals.” "
            "She told New Scientist that farmers needed little persuading once they saw their "
            "neighbours’ harvests. “Nobody believes a chart. Everybody believes the paddy next "
            "door,” she said.\n\n"
            "The Bangkok-based commodities analyst Somchai Rattanakorn was less convinced. In his "
            "Substack newsletter, he called the findings “real but oversold,” arguing that fuel for "
            "the pumps would eat into thin margins. Mai replied in the comments beneath his essay: "
            "“Fuel costs were measured on every farm. They are in table three.”\n\n"
            "Vietnam’s agriculture ministry has pledged to fund pumps for 50,000 households. Deputy "
            "Minister Tran Quoc Bao, speaking at a forum in Hanoi, described the technique as “our "
            "best climate tool that costs almost nothing.”"
        ),
        "quotes": [
            ("reliable access to pumps and canals.", "Nguyen Thi Mai", True, "P1"),
            (
                "Nobody believes a chart. Everybody believes the paddy next door,",
                "Nguyen Thi Mai",
                False,
                "P2",
            ),
            ("real but oversold,", "Somchai Rattanakorn", True, "P3"),
            (
                "Fuel costs were measured on every farm. They are in table three.",
                "Nguyen Thi Mai",
                False,
                "P3",
            ),
            ("our best climate tool that costs almost nothing.", "Tran Quoc Bao", True, None),
        ],
        "posts": [
            ("P1", "Nguyen Thi Mai", "Nature Food"),
            ("P2", "Nguyen Thi Mai", "New Scientist"),
            ("P3", "Somchai Rattanakorn", "Substack"),
        ],
        "people": ["Nguyen Thi Mai", "Somchai Rattanakorn", "Tran Quoc Bao"],
    },
    {
        "name": "striker-dropped-instagram-story-teammate-nickname-podcast",
        "text": (
            "Chiamaka Nwosu, the Arsenal striker left out of Nigeria’s squad for the Women’s "
            "Africa Cup of Nations, said on Instagram on Saturday that she had learned of her "
            "omission “from a group chat, not a phone call.”\n\n"
            "“Eleven years I have worn this shirt. I deserved a conversation,” she wrote in her "
            "story, which was shared more than 50,000 times within hours.\n\n"
            "At a news conference in Abuja on Sunday, the head coach, Emeka Obiora, said the "
            "decision was about form, not personality. “Nobody is bigger than the team, and the "
            "door is not closed,” he said. He declined to say whether he had spoken to Nwosu "
            "before the squad was announced.\n\n"
            "Her former teammate Ifeoma “Ify” Chukwu reposted the story with a message of her own: "
            "“Legends deserve better than a group chat.”\n\n"
            "Nwosu, 29, went further on the podcast “Off the Bar,” telling its host, Lydia Mensah, "
            "that no one from the federation had called her since. “I’m not retiring. They will "
            "have to pick me or explain why,” she said."
        ),
        "quotes": [
            ("from a group chat, not a phone call.", "Chiamaka Nwosu", True, "P1"),
            (
                "Eleven years I have worn this shirt. I deserved a conversation,",
                "Chiamaka Nwosu",
                False,
                "P1",
            ),
            (
                "Nobody is bigger than the team, and the door is not closed,",
                "Emeka Obiora",
                False,
                None,
            ),
            ("Legends deserve better than a group chat.", "Ifeoma Chukwu", False, "P2"),
            (
                "I’m not retiring. They will have to pick me or explain why,",
                "Chiamaka Nwosu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Chiamaka Nwosu", "Instagram"),
            ("P2", "Ifeoma Chukwu", "Instagram"),
            ("P3", "Chiamaka Nwosu", "Off the Bar"),
        ],
        "people": ["Chiamaka Nwosu", "Emeka Obiora", "Ifeoma Chukwu", "Lydia Mensah"],
    },
    {
        "name": "payments-outage-blog-post-ceo-x-reply-medium-essay-reuters",
        "text": (
            "Payments company Tallypay restored service on Tuesday after a nine-hour outage that "
            "left thousands of small merchants across India and Southeast Asia unable to take card "
            "payments.\n\n"
            "In a blog post, the company blamed a faulty configuration change. “A single update "
            "was pushed to every region at once, which our own rules forbid,” the post said.\n\n"
            "Its chief executive, Arjun Mehta-Rao, apologised on X. “We failed the people who "
            "trust us with their livelihoods. I am sorry,” he wrote. A bakery owner in Pune, "
            "Meenakshi Iyer, replied that she had turned away “forty customers before lunch.”\n\n"
            "A former Tallypay engineer, Lukas Brandt, wrote an essay on Medium arguing that the "
            "company had cut its reliability team by half last year. “Outages like this are not "
            "bad luck. They are a budget decision,” he wrote.\n\n"
            "Tallypay declined to comment on the essay. Speaking to Reuters, Priya Sundaram, a "
            "payments analyst at Meridian Equities in Mumbai, said merchants would be slow to "
            "forget. “Trust in payments is lost in an afternoon and rebuilt over years,” she said."
        ),
        "quotes": [
            (
                "A single update was pushed to every region at once, which our own rules forbid,",
                None,
                False,
                "P1",
            ),
            (
                "We failed the people who trust us with their livelihoods. I am sorry,",
                "Arjun Mehta-Rao",
                False,
                "P2",
            ),
            ("forty customers before lunch.", "Meenakshi Iyer", True, "P2"),
            (
                "Outages like this are not bad luck. They are a budget decision,",
                "Lukas Brandt",
                False,
                "P3",
            ),
            (
                "Trust in payments is lost in an afternoon and rebuilt over years,",
                "Priya Sundaram",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Arjun Mehta-Rao", "X"),
            ("P3", "Lukas Brandt", "Medium"),
            ("P4", "Priya Sundaram", "Reuters"),
        ],
        "people": ["Arjun Mehta-Rao", "Meenakshi Iyer", "Lukas Brandt", "Priya Sundaram"],
    },
    {
        "name": "island-ferry-facebook-group-release-radio-councillor-letter",
        "text": (
            "Islanders on Barra say they have been cut off for the third time this month after "
            "Hebridean Sea Links cancelled sailings from Oban because of an engine fault on its "
            "only available vessel.\n\n"
            "Ruairidh MacNeil, who runs a shop in Castlebay, wrote in the Barra Noticeboard group "
            "on Facebook that his shelves were emptying. “No milk, no bread, no fresh fruit since "
            "Thursday. We are not a holiday destination, we are a community,” he posted. Under his "
            "post, Morag Campbell, a retired nurse, added: “My hospital appointment in Glasgow has "
            "now been cancelled twice.”\n\n"
            "The operator said in a press release that a replacement vessel would be chartered "
            "from Norway. “We recognise the disruption this is causing and apologise "
            "unreservedly,” the release quoted its managing director, Graham Sutherland, as "
            "saying.\n\n"
            "Scotland’s transport minister, Aisha Rahman, told BBC Radio Scotland that new ferries "
            "were on their way. “I know people are tired of promises. These ships are being built, "
            "and they will arrive,” she said.\n\n"
            "In a letter to the minister, the local councillor, Eilidh Morrison, called the "
            "service “a lifeline snapped in two.”"
        ),
        "quotes": [
            (
                "No milk, no bread, no fresh fruit since Thursday. We are not a holiday "
                "destination, we are a community,",
                "Ruairidh MacNeil",
                False,
                "P1",
            ),
            (
                "My hospital appointment in Glasgow has now been cancelled twice.",
                "Morag Campbell",
                False,
                "P1",
            ),
            (
                "We recognise the disruption this is causing and apologise unreservedly,",
                "Graham Sutherland",
                False,
                "P2",
            ),
            (
                "I know people are tired of promises. These ships are being built, and they will "
                "arrive,",
                "Aisha Rahman",
                False,
                "P3",
            ),
            ("a lifeline snapped in two.", "Eilidh Morrison", True, "P4"),
        ],
        "posts": [
            ("P1", "Ruairidh MacNeil", "Facebook"),
            ("P2", None, "press release"),
            ("P3", "Aisha Rahman", "BBC Radio Scotland"),
            ("P4", "Eilidh Morrison", None),
        ],
        "people": [
            "Ruairidh MacNeil",
            "Morag Campbell",
            "Graham Sutherland",
            "Aisha Rahman",
            "Eilidh Morrison",
        ],
    },
    {
        "name": "tuition-rise-guardian-op-ed-union-bluesky-rally-linkedin-share",
        "text": (
            "The University of Northbridge will raise annual fees for international students by "
            "18 percent from September, its vice-chancellor, Professor Kwabena Asante-Darko, "
            "confirmed on Monday.\n\n"
            "In an op-ed in The Guardian, Asante-Darko argued that the increase was the only "
            "alternative to closing departments. “I would rather ask more of those who can pay "
            "than close the doors of our chemistry labs,” he wrote.\n\n"
            "The students’ union condemned the decision on Bluesky, calling it “a tax on "
            "ambition.” Beneath the post, Nur Aisyah Hamzah, a postgraduate student from Malaysia, "
            "replied: “I already work two jobs to afford this place. There is no third job.”\n\n"
            "About 300 students rallied outside the administration building on Tuesday. “They call "
            "us partners when they want our fees and customers when we complain,” the union’s "
            "president, Tobias Lindgren, told the crowd.\n\n"
            "The university’s chief financial officer, Rosalind Achterberg, shared the op-ed on "
            "LinkedIn, adding that the whole sector was “running on fumes.”"
        ),
        "quotes": [
            (
                "I would rather ask more of those who can pay than close the doors of our "
                "chemistry labs,",
                "Kwabena Asante-Darko",
                False,
                "P1",
            ),
            ("a tax on ambition.", None, True, "P2"),
            (
                "I already work two jobs to afford this place. There is no third job.",
                "Nur Aisyah Hamzah",
                False,
                "P2",
            ),
            (
                "They call us partners when they want our fees and customers when we complain,",
                "Tobias Lindgren",
                False,
                None,
            ),
            ("running on fumes.", "Rosalind Achterberg", True, "P3"),
        ],
        "posts": [
            ("P1", "Kwabena Asante-Darko", "The Guardian"),
            ("P2", None, "Bluesky"),
            ("P3", "Rosalind Achterberg", "LinkedIn"),
        ],
        "people": [
            "Kwabena Asante-Darko",
            "Nur Aisyah Hamzah",
            "Tobias Lindgren",
            "Rosalind Achterberg",
        ],
    },
    {
        "name": "hurricane-youtube-livestream-county-x-scare-quote-briefing",
        "text": (
            "Hurricane Delphine strengthened to a Category 3 storm overnight and is expected to "
            "make landfall near Port Lavaca, Texas, on Thursday.\n\n"
            "Marisela Quintanilla, a Corpus Christi television meteorologist, urged viewers to "
            "leave during a YouTube livestream watched by 400,000 people. “Do not let the word ‘three’ fool you. The surge is what kills people, and "
            "this surge will be large,” she said.\n\n"
            "Calhoun County’s emergency management office posted an evacuation order for low-lying "
            "areas on X. “If you stay, responders may not be able to reach you,” the "
            "post warned. Officials also cautioned against so-called “hurricane parties,” a "
            "tradition in some coastal towns.\n\n"
            "At a briefing in Austin, the state’s emergency management chief, Nina Castellanos, "
            "said 1,500 National Guard members had been deployed. “We are ready, but we need "
            "people to do their part,” she said.\n\n"
            "Lupe Villarreal, 71, who has ridden out five hurricanes in the same house, said she "
            "was staying. “My husband built this house. It has never failed us,” she said. Her "
            "son, Ernesto Villarreal, said he would drive down to fetch her "
            "anyway. “She is stubborn, and I love her for it,” he said."
        ),
        "quotes": [
            (
                "Do not let the word ‘three’ fool you. The surge is what kills people, and this "
                "surge will be large,",
                "Marisela Quintanilla",
                False,
                "P1",
            ),
            ("If you stay, responders may not be able to reach you,", None, False, "P2"),
            ("We are ready, but we need people to do their part,", "Nina Castellanos", False, None),
            (
                "My husband built this house. It has never failed us,",
                "Lupe Villarreal",
                False,
                None,
            ),
            ("She is stubborn, and I love her for it,", "Ernesto Villarreal", False, None),
        ],
        "posts": [
            ("P1", "Marisela Quintanilla", "YouTube"),
            ("P2", None, "X"),
        ],
        "people": [
            "Marisela Quintanilla",
            "Nina Castellanos",
            "Lupe Villarreal",
            "Ernesto Villarreal",
        ],
    },
    {
        "name": "dairy-payout-instagram-caption-comment-letter-husband-radio",
        "text": (
            "Dairy farmers in Waikato face another lean season after the cooperative Kahurangi "
            "Milk cut its forecast payout to $7.10 per kilogram of milk solids, down from $8.40 "
            "last year.\n\n"
            "Aroha Te Whare, who milks 380 cows near Morrinsville with her husband, Rangi Te "
            "Whare, posted a photo of her herd on Instagram with the words “Here we go "
            "again.” In a comment beneath her post, a neighbouring farmer, Hemi Walker, wrote: "
            "“We’re dropping to once-a-day milking in March. Can’t justify the power bill.”\n\n"
            "The Waikato Dairy Farmers’ Association sent a letter to the cooperative’s board "
            "asking it to publish its cost assumptions. “Farmers are being asked to take a price "
            "on faith,” the letter said.\n\n"
            "At the cooperative’s annual meeting in Hamilton, its chairman, Sione Tuilagi, blamed "
            "weak demand from China and Southeast Asia. “We do not set the world price. We take "
            "it,” he told shareholders.\n\n"
            "Aroha Te Whare’s husband was blunter in an interview with Radio New Zealand. “If it "
            "stays under seven dollars, we sell the herd,” he said."
        ),
        "quotes": [
            ("Here we go again.", "Aroha Te Whare", False, "P1"),
            (
                "We’re dropping to once-a-day milking in March. Can’t justify the power bill.",
                "Hemi Walker",
                False,
                "P1",
            ),
            ("Farmers are being asked to take a price on faith,", None, False, "P2"),
            ("We do not set the world price. We take it,", "Sione Tuilagi", False, None),
            ("If it stays under seven dollars, we sell the herd,", "Rangi Te Whare", False, "P3"),
        ],
        "posts": [
            ("P1", "Aroha Te Whare", "Instagram"),
            ("P2", None, None),
            ("P3", "Rangi Te Whare", "Radio New Zealand"),
        ],
        "people": ["Aroha Te Whare", "Rangi Te Whare", "Hemi Walker", "Sione Tuilagi"],
    },
    {
        "name": "teachers-strike-release-minister-tiktok-teacher-email-parent",
        "text": (
            "Public school teachers in Santiago will strike for 48 hours next week over unpaid "
            "bonuses, the national teachers’ union announced in a press release on Monday. “We "
            "have waited fourteen months for money the law already says is ours,” the union’s "
            "president, Marcela Fuentes Aravena, said in the release.\n\n"
            "Chile’s education minister, Tomás Irarrázaval, responded with a TikTok video filmed "
            "in an empty classroom. “The payments are signed and will arrive in March. A strike "
            "now only costs children two days,” he says in the clip.\n\n"
            "Camila Huenchullán, a history teacher in Puente Alto, sent an email to the parents of "
            "her students explaining why she would join the strike. “I am not walking out on your "
            "children. I am walking out for them,” she wrote.\n\n"
            "Some parents were unmoved. Rodrigo Sepúlveda, whose daughter is in her final year of "
            "secondary school, told El Mercurio that the timing “could not be worse,” with "
            "university entrance exams weeks away. “She will lose two days she cannot get back,” "
            "he said."
        ),
        "quotes": [
            (
                "We have waited fourteen months for money the law already says is ours,",
                "Marcela Fuentes Aravena",
                False,
                "P1",
            ),
            (
                "The payments are signed and will arrive in March. A strike now only costs "
                "children two days,",
                "Tomás Irarrázaval",
                False,
                "P2",
            ),
            (
                "I am not walking out on your children. I am walking out for them,",
                "Camila Huenchullán",
                False,
                "P3",
            ),
            ("could not be worse,", "Rodrigo Sepúlveda", True, "P4"),
            ("She will lose two days she cannot get back,", "Rodrigo Sepúlveda", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tomás Irarrázaval", "TikTok"),
            ("P3", "Camila Huenchullán", None),
            ("P4", "Rodrigo Sepúlveda", "El Mercurio"),
        ],
        "people": [
            "Marcela Fuentes Aravena",
            "Tomás Irarrázaval",
            "Camila Huenchullán",
            "Rodrigo Sepúlveda",
        ],
    },
    {
        "name": "retrospective-title-curator-threads-artnet-critic-substack",
        "text": (
            "“Salt and Ash,” the first major retrospective of the Korean painter Yoon Seo-yeon, "
            "opens at the Holloway Gallery in London on Friday, bringing together 90 works made "
            "over four decades.\n\n"
            "The show’s curator, Imogen Achebe-Holt, wrote on Threads that it had taken six years "
            "to assemble. “Half of these canvases have never left Busan. Some were rolled up in a "
            "farmhouse attic,” she wrote.\n\n"
            "Yoon, 78, told Artnet News that she had nearly refused to take part. “I did not want "
            "to be a discovery. I have been here the whole time,” she said. Her son and studio "
            "manager, Park Min-jae, said his mother still painted every morning. “She thinks the "
            "retrospective is a distraction from the next canvas,” he said.\n\n"
            "Not everyone is persuaded. The critic Dmitri Volkov wrote in his Substack newsletter "
            "that the hang was “crowded to the point of exhaustion,” though he praised the late "
            "ink works as “the best thing in London this year.”\n\n"
            "The gallery said in a statement on Wednesday that it would extend its opening hours "
            "after advance tickets sold out within a day."
        ),
        "quotes": [
            (
                "Half of these canvases have never left Busan. Some were rolled up in a "
                "farmhouse attic,",
                "Imogen Achebe-Holt",
                False,
                "P1",
            ),
            (
                "I did not want to be a discovery. I have been here the whole time,",
                "Yoon Seo-yeon",
                False,
                "P2",
            ),
            (
                "She thinks the retrospective is a distraction from the next canvas,",
                "Park Min-jae",
                False,
                None,
            ),
            ("crowded to the point of exhaustion,", "Dmitri Volkov", True, "P3"),
            ("the best thing in London this year.", "Dmitri Volkov", True, "P3"),
        ],
        "posts": [
            ("P1", "Imogen Achebe-Holt", "Threads"),
            ("P2", "Yoon Seo-yeon", "Artnet News"),
            ("P3", "Dmitri Volkov", "Substack"),
            ("P4", None, None),
        ],
        "people": ["Yoon Seo-yeon", "Imogen Achebe-Holt", "Park Min-jae", "Dmitri Volkov"],
    },
    {
        "name": "tractor-repair-lawsuit-hearing-filing-farmer-youtube-letter",
        "text": (
            "A judge in Des Moines on Wednesday refused to dismiss a lawsuit brought by 14 Iowa "
            "farmers against the tractor maker Harlan Machinery over access to repair software.\n\n"
            "The lawsuit, filed in March, accuses the company of “holding our own tractors "
            "hostage” by locking diagnostic tools behind dealer-only passwords.\n\n"
            "Ruling from the bench at a hearing, Judge Harriet Oyelaran-Moss said the farmers had "
            "made a plausible case. “A farmer who owns a machine should not need permission to fix "
            "it,” she said.\n\n"
            "In a court filing last month, Harlan argued that unrestricted access would let owners "
            "disable emissions controls. “This is not about repair. It is about tampering,” the "
            "filing said.\n\n"
            "One of the plaintiffs, Dale Kowalczyk, who farms 1,100 acres near Ames, posted a "
            "video on YouTube from his machine shed after the ruling. “Sixty-one days my combine "
            "sat waiting for a technician last fall. Sixty-one,” he said, holding up an invoice.\n\n"
            "Nine members of Congress sent a letter to Harlan’s chief executive, Bernard Tillman, "
            "last week urging the company to settle."
        ),
        "quotes": [
            ("holding our own tractors hostage", None, True, "P1"),
            (
                "A farmer who owns a machine should not need permission to fix it,",
                "Harriet Oyelaran-Moss",
                False,
                None,
            ),
            ("This is not about repair. It is about tampering,", None, False, "P2"),
            (
                "Sixty-one days my combine sat waiting for a technician last fall. Sixty-one,",
                "Dale Kowalczyk",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Dale Kowalczyk", "YouTube"),
            ("P4", None, None),
        ],
        "people": ["Harriet Oyelaran-Moss", "Dale Kowalczyk", "Bernard Tillman"],
    },
    {
        "name": "runway-closure-airport-x-reply-pilots-podcast-earnings-call",
        "text": (
            "OR Tambo International Airport will close its main runway for resurfacing for six "
            "weeks from May, cutting the number of flights it can handle each hour by a third, the "
            "airport’s operator announced on X on Monday. “We know this is inconvenient. The "
            "alternative is a runway that fails at the worst possible moment,” the post said.\n\n"
            "Travel blogger Zanele Mokoena replied under the post with a screenshot of a cancelled "
            "booking. “Already happening. My Cape Town flight on the 14th is gone,” she wrote.\n\n"
            "Captain Pieter du Plessis, who heads the Airline Pilots’ Association of South Africa, "
            "said on the aviation podcast Flight Deck Talk that the work was overdue. “Pilots have "
            "been writing up that surface for two years,” he said.\n\n"
            "On an earnings call, the chief executive of the budget carrier SkyVeld, Thandiwe "
            "Ndlovu, said the airline would shift some departures to Lanseria. “We will fly fewer "
            "planes, but fuller ones,” she told analysts.\n\n"
            "Another blogger, Ravi Pillay, advised on Threads that passengers should “book the "
            "first flight of the morning or brace for delays.”"
        ),
        "quotes": [
            (
                "We know this is inconvenient. The alternative is a runway that fails at the "
                "worst possible moment,",
                None,
                False,
                "P1",
            ),
            (
                "Already happening. My Cape Town flight on the 14th is gone,",
                "Zanele Mokoena",
                False,
                "P1",
            ),
            (
                "Pilots have been writing up that surface for two years,",
                "Pieter du Plessis",
                False,
                "P2",
            ),
            ("We will fly fewer planes, but fuller ones,", "Thandiwe Ndlovu", False, None),
            (
                "book the first flight of the morning or brace for delays.",
                "Ravi Pillay",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Pieter du Plessis", "Flight Deck Talk"),
            ("P3", "Ravi Pillay", "Threads"),
        ],
        "people": ["Zanele Mokoena", "Pieter du Plessis", "Thandiwe Ndlovu", "Ravi Pillay"],
    },
    {
        "name": "scooter-exit-earnings-release-cnbc-reddit-thread-deputy-mayor",
        "text": (
            "The e-scooter operator Zoomly said on Thursday that it would pull its fleet out of 14 "
            "European cities by the end of the year, after reporting a quarterly loss of €38 "
            "million.\n\n"
            "“We are concentrating on the cities where riders use us every day, not once a "
            "summer,” the chief executive, Farid Haddad, said in the company’s earnings release.\n\n"
            "Haddad told CNBC later that day that the company had grown too quickly during the "
            "pandemic. “We planted flags everywhere. Now we are pulling most of them up,” he "
            "said.\n\n"
            "On Reddit, a user who said they worked as a Zoomly mechanic in Lyon started a thread "
            "about the closures. “Nobody told us until the press did,” the user wrote. Another "
            "user replied under the thread: “Same in Porto. Found out from a news alert.”\n\n"
            "Lyon’s deputy mayor for transport, Élodie Marchand, said in a statement that the city "
            "would reopen its tender for shared scooters. In the statement, she called Zoomly’s "
            "exit “regrettable but not a surprise.”"
        ),
        "quotes": [
            (
                "We are concentrating on the cities where riders use us every day, not once a "
                "summer,",
                "Farid Haddad",
                False,
                "P1",
            ),
            (
                "We planted flags everywhere. Now we are pulling most of them up,",
                "Farid Haddad",
                False,
                "P2",
            ),
            ("Nobody told us until the press did,", None, False, "P3"),
            ("Same in Porto. Found out from a news alert.", None, False, "P3"),
            ("regrettable but not a surprise.", "Élodie Marchand", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farid Haddad", "CNBC"),
            ("P3", None, "Reddit"),
            ("P4", "Élodie Marchand", None),
        ],
        "people": ["Farid Haddad", "Élodie Marchand"],
    },
    {
        "name": "locusts-facebook-live-agency-x-al-jazeera-nickname",
        "text": (
            "Swarms of desert locusts have destroyed an estimated 40,000 hectares of sorghum and "
            "teff in Ethiopia’s Afar and Amhara regions since late August, according to regional "
            "officials.\n\n"
            "Tesfaye Gebremedhin, the head of crop protection at the Amhara regional bureau of "
            "agriculture, spoke during a Facebook Live broadcast from a field near Kobo. “A swarm "
            "this size eats in one day what 35,000 people eat,” he said, as insects swirled behind "
            "him.\n\n"
            "The Food and Agriculture Organization said on X that spraying aircraft had been sent "
            "from Nairobi. “Control operations must scale up within days, not weeks,” the agency "
            "wrote.\n\n"
            "Farmers say help arrived too late. Almaz Bekele, who farms two hectares outside Kobo, "
            "told Al Jazeera that she had tried banging pots to drive the swarm away. “We made "
            "noise all morning. By noon there was nothing green left,” she said.\n\n"
            "Her neighbour, Dawit “Shaleqa” Alemu, a former soldier, has organised young men to "
            "dig trenches and burn tyres at dusk. “The government sends planes. We send shovels,” "
            "he said."
        ),
        "quotes": [
            (
                "A swarm this size eats in one day what 35,000 people eat,",
                "Tesfaye Gebremedhin",
                False,
                "P1",
            ),
            ("Control operations must scale up within days, not weeks,", None, False, "P2"),
            (
                "We made noise all morning. By noon there was nothing green left,",
                "Almaz Bekele",
                False,
                "P3",
            ),
            ("The government sends planes. We send shovels,", "Dawit Alemu", False, None),
        ],
        "posts": [
            ("P1", "Tesfaye Gebremedhin", "Facebook"),
            ("P2", None, "X"),
            ("P3", "Almaz Bekele", "Al Jazeera"),
        ],
        "people": ["Tesfaye Gebremedhin", "Almaz Bekele", "Dawit Alemu"],
    },
    {
        "name": "glacier-study-journal-bluesky-answer-nzz-split-quote",
        "text": (
            "Switzerland’s glaciers lost 4 percent of their remaining ice in 2024, the "
            "second-largest annual loss on record, according to a study published on Tuesday in "
            "Geophysical Research Letters.\n\n"
            "The study’s lead author, Dr. Matthias Hürlimann of ETH Zurich, shared the findings on "
            "Bluesky. “We used to talk about glaciers retreating. Now some of them are simply "
            "falling apart,” he posted. Replying to his post, the climate scientist Oluwaseun "
            "Adebanjo asked whether Saharan dust had played a role. Hürlimann answered that the "
            "dust had darkened the ice and sped up melting “by perhaps a fifth.”\n\n"
            "In an interview with the Neue Zürcher Zeitung, Hürlimann said small glaciers below "
            "3,000 metres were beyond saving. “We cannot bring them back,” he said, “but we can "
            "still decide how many of the big ones our grandchildren will see.”\n\n"
            "The ski resort of Gletschbach said in a statement that it would again cover part of "
            "its glacier with white fleece this summer to reflect sunlight."
        ),
        "quotes": [
            (
                "We used to talk about glaciers retreating. Now some of them are simply falling "
                "apart,",
                "Matthias Hürlimann",
                False,
                "P2",
            ),
            ("by perhaps a fifth.", "Matthias Hürlimann", True, "P2"),
            ("We cannot bring them back,", "Matthias Hürlimann", False, "P3"),
            (
                "but we can still decide how many of the big ones our grandchildren will see.",
                "Matthias Hürlimann",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Matthias Hürlimann", "Geophysical Research Letters"),
            ("P2", "Matthias Hürlimann", "Bluesky"),
            ("P3", "Matthias Hürlimann", "Neue Zürcher Zeitung"),
            ("P4", None, None),
        ],
        "people": ["Matthias Hürlimann", "Oluwaseun Adebanjo"],
    },
    {
        "name": "bridge-closure-nickname-report-mayor-instagram-engineer-linkedin",
        "text": (
            "Cebu City closed the Mabolo River Bridge, known to residents as “the Old Lady,” to all "
            "vehicles on Monday after an inspection found cracks in two of its supporting piers, "
            "forcing an estimated 60,000 daily commuters onto detours.\n\n"
            "An engineering report commissioned by the city described the damage as “progressive "
            "and not repairable in place.”\n\n"
            "Mayor Lorna Dimaculangan posted a video on Instagram from beside the barricades. “I "
            "would rather be blamed for traffic than for a collapse,” she said in the video.\n\n"
            "The structural engineer who led the inspection, Renato Bautista, explained the "
            "decision on LinkedIn. “Cracks of this width, in this location, leave no margin. "
            "Closing it was the only responsible call,” the engineer wrote. A former city "
            "engineer, Corazon Villanueva-Tan, commented beneath his post that she had flagged the "
            "same piers “in 2016, and again in 2019.”\n\n"
            "Jeepney driver Arnel Sumagaysay told reporters that his 40-minute route now took two "
            "hours. “I lose three trips a day. That is my rice money,” he said."
        ),
        "quotes": [
            ("progressive and not repairable in place.", None, True, "P1"),
            (
                "I would rather be blamed for traffic than for a collapse,",
                "Lorna Dimaculangan",
                False,
                "P2",
            ),
            (
                "Cracks of this width, in this location, leave no margin. Closing it was the only "
                "responsible call,",
                "Renato Bautista",
                False,
                "P3",
            ),
            ("in 2016, and again in 2019.", "Corazon Villanueva-Tan", True, "P3"),
            ("I lose three trips a day. That is my rice money,", "Arnel Sumagaysay", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lorna Dimaculangan", "Instagram"),
            ("P3", "Renato Bautista", "LinkedIn"),
        ],
        "people": [
            "Lorna Dimaculangan",
            "Renato Bautista",
            "Corazon Villanueva-Tan",
            "Arnel Sumagaysay",
        ],
    },
]
