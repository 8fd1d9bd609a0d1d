"""The seventy-first self-made dev set, held out (BY): its first run is an unseen estimate.

Written with set BX, without reading the extraction rules, and committed before
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
titles, nicknames and scare quotes in marks are not quotes (do not list them);
speakers are the fullest form of the name used in the text; partial marks a
fragment quoted inside narration. A post reported without any quoted words is
still listed in posts. Titles such as Dr., Judge, Ms. are not part of a
canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A word or phrase attributed to a speaker or document in narration ("called
  the decision “short-sighted”", "said the deputy had been “counselled”", "the
  memo called Sunday service a “low-utilization window.”") is a partial quote
  of that speaker or document, not a scare quote.
- A quote that continues in the next sentence with no verb of its own
  ("... she wrote. “We found money ...”") belongs to the same speaker and post.
- A letter, email or memo signed by a named official (a superintendent, a
  provost, a college president) is that person's post with no platform, and
  "the letter said" / "the memo ... asked" quotes speak as that person.
- A police chief's statement ("In a statement, Police Chief ... said") is the
  chief's post with no platform; a department's or city office's statement has
  author None.
- A lawsuit filed by a named individual is that individual's post with no
  platform; words "the complaint quotes him as saying" speak as him.
- A study in a named journal is a post with the journal as platform; when only
  "the paper's authors" are credited, author and speaker are None.
- A government agency's incident update and a police department's report with
  no named outlet are posts with author None and no platform.
- An agency's or county department's post on X, Instagram or Facebook has
  author None and its words speak as None; an unnamed user's reply under a
  named person's Reddit post belongs to that post with speaker None.
- A reply by the page owner under a comment on its own Facebook post belongs to
  that post.
- A quote-post on X is a new post by the quoting person; a reply by someone
  else to that quote-post belongs to it.
- A post deleted and reposted is two posts (the repost is new and by the same
  author); quotes given before the deletion belong to the original.
- A livestream on Instagram and a later Instagram story by the same person are
  two Instagram posts; a livestream on a YouTube channel is a YouTube post. A
  "longer thread" that follows an X post is a new X post.
- A TikTok or Instagram caption given whole ("the caption reads: ...", "with
  the caption ...") is a whole quote, not partial, by the poster.
- A post in a named Facebook group by a named member is that member's
  Facebook post; a district's Facebook page sharing a letter is a new Facebook
  post with author None, and comments under it belong to it.
- A Reddit thread title, song titles, book titles and nicknames ("the
  Hummingbird") in marks are not quotes. A nested single-quoted phrase
  (‘the Big One’) is part of the surrounding quote.
- A quote running over two paragraphs (no closing mark at the end of the first)
  is listed as one row per paragraph, both with the same speaker and post.
- A newsletter on Substack and an essay on Medium take the platform Substack or
  Medium; a radio show (Valley Mornings), TV show (Fairhaven Tonight, Good Day
  Sacramento), podcast (The Wild Margin, Open Bench), station (WWL-TV, Radio New
  Zealand) or student newspaper (The Calloway Chronicle) is the platform as
  written, with any leading "The" kept when it is part of the name.
- Said "outside the courthouse", "at a board meeting", "at a council work
  session" or to reporters is not a post; an unnamed volunteer's spoken answer
  speaks as None with no post.
- Organisations and places named like people (Pellman Logistics, Hollins
  Therapeutics, Kellerman County, Calloway University, St. Brendan's Hospital,
  Garfield Unified School District) and a disease named after a person
  (Parkinson's) are not people.
- Name order as written is kept (Jun-seo Park, Rangi Te Whare); hyphenated
  surnames are part of the canonical name; Gov., Commissioner, Councillor,
  Councilmember, Sheriff, Captain and Professor are titles, not names.

Gold rows must never be edited to make a rule pass.
"""

HELDOUT_SET_BY: list[dict] = [
    {
        "name": "facebook-pool-closures-councillor-comment-mayor-ledger",
        "text": (
            "The Harwick City Council voted 5-2 on Wednesday to close two of the town’s four "
            "public pools next summer, a decision Councillor Aisha Rahmani called “short-sighted” "
            "in a Facebook post that night.\n\n"
            "“Kids in the east end will now have to cross a "
            "highway to swim,” she wrote. “We found money for a parking garage in a week.”\n\n"
            "In "
            "the comments, a neighbour who had lifeguarded at the Elm Street pool for six summers "
            "wrote: “That pool taught half this street to swim, me included.”\n\n"
            "Mayor Dale "
            "Whitcombe defended the vote in an interview with the Harwick Ledger. “Nobody on this "
            "council wanted to close a pool,” he said. “The repair bill was $3.1 million, and we "
            "did not have it.”\n\n"
            "The city’s parks department said in a statement on Thursday that "
            "swim lessons would move to the two remaining sites and that bus passes would be "
            "offered to families who need them."
        ),
        "quotes": [
            ("short-sighted", "Aisha Rahmani", True, "P1"),
            (
                "Kids in the east end will now have to cross a highway to swim,",
                "Aisha Rahmani",
                False,
                "P1",
            ),
            ("We found money for a parking garage in a week.", "Aisha Rahmani", False, "P1"),
            ("That pool taught half this street to swim, me included.", None, False, "P1"),
            ("Nobody on this council wanted to close a pool,", "Dale Whitcombe", False, "P2"),
            (
                "The repair bill was $3.1 million, and we did not have it.",
                "Dale Whitcombe",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Aisha Rahmani", "Facebook"),
            ("P2", "Dale Whitcombe", "Harwick Ledger"),
            ("P3", None, None),
        ],
        "people": ["Aisha Rahmani", "Dale Whitcombe"],
    },
    {
        "name": "nurses-strike-release-tiktok-ceo-email",
        "text": (
            "Nurses at St. Brendan’s Hospital in Dunmore will strike for 48 hours starting "
            "Monday, their union, the Allied Nurses Federation, announced in a press release on "
            "Thursday. “Management has left us no choice,” the release said.\n\n"
            "The union’s local "
            "president, Rosalind Okafor-Hayes, posted a TikTok video from the hospital car park "
            "after a 12-hour shift. “I have not taken a lunch break since August,” she says in "
            "the video, which has been viewed more than 400,000 times. “This is not about money. "
            "It is about staffing.”\n\n"
            "A comment under the video from a retired nurse read simply: "
            "“Stand firm.”\n\n"
            "The hospital’s chief executive, Graham Pettifer, said in an email to "
            "staff that contingency plans were in place and that patient safety would “not be "
            "compromised.” He told reporters on Friday that talks could resume “any hour of any "
            "day.”"
        ),
        "quotes": [
            ("Management has left us no choice,", None, False, "P1"),
            ("I have not taken a lunch break since August,", "Rosalind Okafor-Hayes", False, "P2"),
            (
                "This is not about money. It is about staffing.",
                "Rosalind Okafor-Hayes",
                False,
                "P2",
            ),
            ("Stand firm.", None, False, "P2"),
            ("not be compromised.", "Graham Pettifer", True, "P3"),
            ("any hour of any day.", "Graham Pettifer", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rosalind Okafor-Hayes", "TikTok"),
            ("P3", "Graham Pettifer", None),
        ],
        "people": ["Rosalind Okafor-Hayes", "Graham Pettifer"],
    },
    {
        "name": "river-flood-county-x-meteorologist-youtube-bakery-caption",
        "text": (
            "As the Tamsin River crested at 31 feet on Saturday, the Kellerman County Office of "
            "Emergency Management posted on X: “If you are still in Zone A, leave now. Do not "
            "wait for a knock.”\n\n"
            "Priya Venkataraman, a meteorologist who runs a popular YouTube "
            "channel on Midwest storms, said in a livestream on the channel that night that the "
            "river would stay high through Tuesday. “The rain has stopped. The danger has not,” "
            "she told viewers.\n\n"
            "In Brockton Mills, Joaquín Arriaga posted a photo of his flooded "
            "bakery to Instagram with the caption “Forty-one years. Eleven hours.” The post was "
            "shared thousands of times, and the next morning he added a second post thanking the "
            "volunteers who had arrived with pumps and shovels.\n\n"
            "Gov. Helen Marsh-Tiller said at "
            "a news conference on Sunday that she would request federal disaster aid for four "
            "counties. “We will rebuild Brockton Mills, and we will rebuild it higher,” she said."
        ),
        "quotes": [
            ("If you are still in Zone A, leave now. Do not wait for a knock.", None, False, "P1"),
            ("The rain has stopped. The danger has not,", "Priya Venkataraman", False, "P2"),
            ("Forty-one years. Eleven hours.", "Joaquín Arriaga", False, "P3"),
            (
                "We will rebuild Brockton Mills, and we will rebuild it higher,",
                "Helen Marsh-Tiller",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Priya Venkataraman", "YouTube"),
            ("P3", "Joaquín Arriaga", "Instagram"),
            ("P4", "Joaquín Arriaga", "Instagram"),
        ],
        "people": ["Priya Venkataraman", "Joaquín Arriaga", "Helen Marsh-Tiller"],
    },
    {
        "name": "urban-fox-study-substack-podcast-bluesky",
        "text": (
            "Urban foxes in three British cities have developed shorter snouts than their rural "
            "cousins, according to a study published Thursday in the journal Nature Ecology & "
            "Evolution. “The shift is small but consistent across every city we sampled,” the "
            "paper’s authors wrote. The team measured more than 1,100 skulls collected over four "
            "decades.\n\n"
            "Kirsty Dunleavy, the study’s lead author, expanded on the findings in her "
            "newsletter on Substack. “Nobody bred these foxes for a short face,” she wrote. “The "
            "city did it for them.”\n\n"
            "Not everyone is convinced. On the podcast The Wild Margin, "
            "the evolutionary biologist Tobias Engström said the team had not ruled out diet. "
            "“Softer food changes skulls within a lifetime,” he said. “That is not evolution. "
            "That is lunch.”\n\n"
            "Dunleavy replied on Bluesky that a follow-up study using museum "
            "skulls collected in the 1950s was “already underway.”"
        ),
        "quotes": [
            ("The shift is small but consistent across every city we sampled,", None, False, "P1"),
            ("Nobody bred these foxes for a short face,", "Kirsty Dunleavy", False, "P2"),
            ("The city did it for them.", "Kirsty Dunleavy", False, "P2"),
            ("Softer food changes skulls within a lifetime,", "Tobias Engström", False, "P3"),
            ("That is not evolution. That is lunch.", "Tobias Engström", False, "P3"),
            ("already underway.", "Kirsty Dunleavy", True, "P4"),
        ],
        "posts": [
            ("P1", None, "Nature Ecology & Evolution"),
            ("P2", "Kirsty Dunleavy", "Substack"),
            ("P3", "Tobias Engström", "The Wild Margin"),
            ("P4", "Kirsty Dunleavy", "Bluesky"),
        ],
        "people": ["Kirsty Dunleavy", "Tobias Engström"],
    },
    {
        "name": "school-phone-ban-letter-district-facebook-reddit-thread",
        "text": (
            "The superintendent of the Ridgefield Valley School District, Marcus Obi-Adebayo, "
            "told parents in a letter on Monday that all nine of the district’s schools would ban "
            "phones during class starting in January.\n\n"
            '"Teachers are competing with a device '
            'designed by very clever people to win," the letter said. "We intend to even the '
            'odds."\n\n'
            "The district’s Facebook page shared the letter, and within hours it had "
            'drawn more than 900 comments. "Finally," wrote one parent. Another asked how her son '
            "would reach her in an emergency.\n\n"
            'On Reddit, a thread titled "Ridgefield phone ban, '
            'thoughts?" gathered reactions from students. "Half of us use our phones as '
            'calculators," one user wrote.\n\n'
            "School board president Leticia Carranza said at "
            "Tuesday’s board meeting that exceptions would be made for students with medical "
            'needs. "Nobody’s insulin pump is getting locked in a pouch," she said.'
        ),
        "quotes": [
            (
                "Teachers are competing with a device designed by very clever people to win,",
                "Marcus Obi-Adebayo",
                False,
                "P1",
            ),
            ("We intend to even the odds.", "Marcus Obi-Adebayo", False, "P1"),
            ("Finally,", None, False, "P2"),
            ("Half of us use our phones as calculators,", None, False, "P3"),
            (
                "Nobody’s insulin pump is getting locked in a pouch,",
                "Leticia Carranza",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Marcus Obi-Adebayo", None),
            ("P2", None, "Facebook"),
            ("P3", None, "Reddit"),
        ],
        "people": ["Marcus Obi-Adebayo", "Leticia Carranza"],
    },
    {
        "name": "bodycam-arrest-chief-statement-attorney-x-mother-courier",
        "text": (
            "The Eastbrook Police Department released body-camera footage on Friday of the arrest "
            "of Darnell Whitfield, 19, two days after his family accused officers of using "
            "excessive force. The two officers involved have been placed on paid administrative "
            "leave.\n\n"
            "In a statement, Police Chief Yvonne Castellanos said the footage showed "
            "officers “following their training.” “I have watched this video a dozen times,” the "
            "statement said. “I ask the public to watch all of it, not a clip.”\n\n"
            "The family’s "
            "attorney, Benjamin Achterberg, posted the same footage on X, slowed down. “Watch his "
            "hands at 0:42,” he wrote. “He is not resisting. He is trying to "
            "breathe.”\n\n"
            "Whitfield’s mother, Carla Whitfield, told the Eastbrook Courier that her "
            "son had been released after six hours without any charges. “They let him go like "
            "nothing happened,” she said."
        ),
        "quotes": [
            ("following their training.", "Yvonne Castellanos", True, "P1"),
            ("I have watched this video a dozen times,", "Yvonne Castellanos", False, "P1"),
            ("I ask the public to watch all of it, not a clip.", "Yvonne Castellanos", False, "P1"),
            ("Watch his hands at 0:42,", "Benjamin Achterberg", False, "P2"),
            ("He is not resisting. He is trying to breathe.", "Benjamin Achterberg", False, "P2"),
            ("They let him go like nothing happened,", "Carla Whitfield", False, "P3"),
        ],
        "posts": [
            ("P1", "Yvonne Castellanos", None),
            ("P2", "Benjamin Achterberg", "X"),
            ("P3", "Carla Whitfield", "Eastbrook Courier"),
        ],
        "people": [
            "Darnell Whitfield",
            "Yvonne Castellanos",
            "Benjamin Achterberg",
            "Carla Whitfield",
        ],
    },
    {
        "name": "warehouse-union-vote-linkedin-threads-deleted-repost",
        "text": (
            "Workers at a Pellman Logistics warehouse outside Reno voted 312 to 287 on Thursday "
            "to join the Teamsters, the first successful union vote at the company.\n\n"
            "Pellman’s "
            "vice president of operations, Stuart Kincaid, wrote on LinkedIn that the company was "
            "“disappointed but respectful of the process.” In the comments, a former site manager "
            "wrote: “Disappointed is the wrong word. Surprised, maybe.”\n\n"
            "The organizer who led "
            "the drive, Fatoumata Diallo, celebrated on Threads. “We did this on breaks, in "
            "parking lots, in group chats at 2 a.m.,” she posted. “Nobody handed it to "
            "us.”\n\n"
            "Diallo deleted the post an hour later, after coworkers pointed out that it "
            "named a colleague who had asked to stay anonymous, and reposted it with the name "
            "removed.\n\n"
            "In a press release, the company said it would “bargain in good faith” and "
            "had no plans to appeal the result."
        ),
        "quotes": [
            ("disappointed but respectful of the process.", "Stuart Kincaid", True, "P1"),
            ("Disappointed is the wrong word. Surprised, maybe.", None, False, "P1"),
            (
                "We did this on breaks, in parking lots, in group chats at 2 a.m.,",
                "Fatoumata Diallo",
                False,
                "P2",
            ),
            ("Nobody handed it to us.", "Fatoumata Diallo", False, "P2"),
            ("bargain in good faith", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Stuart Kincaid", "LinkedIn"),
            ("P2", "Fatoumata Diallo", "Threads"),
            ("P3", "Fatoumata Diallo", "Threads"),
            ("P4", None, "press release"),
        ],
        "people": ["Stuart Kincaid", "Fatoumata Diallo"],
    },
    {
        "name": "heat-wave-instagram-story-radio-doctor-utility-statement-x",
        "text": (
            "With temperatures in Maricopa Springs forecast to reach 117 degrees on Sunday, the "
            "county health department urged residents in an Instagram story to check on elderly "
            "neighbours. “Heat kills quietly,” the story read. “Knock twice.”\n\n"
            "Dr. Farhan "
            "Siddiqui, an emergency physician at Desert Regional, said on the radio show Valley "
            "Mornings that his department had treated 63 heat patients since Thursday. “We are "
            "seeing people in their twenties now, not just the elderly,” he said.\n\n"
            "The utility, "
            "Sun Basin Power, said in a statement that it would suspend shut-offs for unpaid "
            "bills until October. That drew a sharp response on X from Councilmember Renata "
            "Oyelaran-Brooks, who had pushed for the pause since May. “Glad they found their "
            "conscience, four months late,” she wrote.\n\n"
            "A volunteer at the downtown cooling "
            "centre, asked how the week had gone, said only: “Long.”"
        ),
        "quotes": [
            ("Heat kills quietly,", None, False, "P1"),
            ("Knock twice.", None, False, "P1"),
            (
                "We are seeing people in their twenties now, not just the elderly,",
                "Farhan Siddiqui",
                False,
                "P2",
            ),
            (
                "Glad they found their conscience, four months late,",
                "Renata Oyelaran-Brooks",
                False,
                "P4",
            ),
            ("Long.", None, False, None),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Farhan Siddiqui", "Valley Mornings"),
            ("P3", None, None),
            ("P4", "Renata Oyelaran-Brooks", "X"),
        ],
        "people": ["Farhan Siddiqui", "Renata Oyelaran-Brooks"],
    },
    {
        "name": "grad-strike-provost-memo-medium-essay-chronicle",
        "text": (
            "Graduate teaching assistants at Calloway University walked out of their classrooms "
            "on Monday, the first day of a strike over stipends that the university’s provost, "
            "Dr. Helena Voss, called “regrettable and avoidable” in a memo to faculty.\n\n"
            "The memo, "
            "sent Sunday night, asked professors to “cover essential instruction where possible.” "
            "It did not say how.\n\n"
            "In an essay on Medium, the union’s co-chair, Kwame "
            "Asante-Boateng, a fifth-year chemistry student, wrote that stipends had not risen in "
            "six years. “I teach 90 undergraduates a week and qualify for food stamps,” he wrote. "
            "“The university knows this. It has a spreadsheet.”\n\n"
            "Voss told The Calloway "
            "Chronicle, the student newspaper, that the university had offered a 4 percent raise "
            "in each of the next two years. “That is more than most of our staff received,” she "
            "said."
        ),
        "quotes": [
            ("regrettable and avoidable", "Helena Voss", True, "P1"),
            ("cover essential instruction where possible.", "Helena Voss", True, "P1"),
            (
                "I teach 90 undergraduates a week and qualify for food stamps,",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            (
                "The university knows this. It has a spreadsheet.",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            ("That is more than most of our staff received,", "Helena Voss", False, "P3"),
        ],
        "posts": [
            ("P1", "Helena Voss", None),
            ("P2", "Kwame Asante-Boateng", "Medium"),
            ("P3", "Helena Voss", "The Calloway Chronicle"),
        ],
        "people": ["Helena Voss", "Kwame Asante-Boateng"],
    },
    {
        "name": "tiktok-traffic-stop-song-sheriff-facebook-replies",
        "text": (
            "A video of a sheriff’s deputy in Lowndes Parish lecturing a teenage driver about his "
            "music has drawn more than two million views on TikTok since it was posted on "
            "Saturday by the driver’s sister, Imani Toussaint.\n\n"
            "“He pulled my brother over for a "
            "taillight and spent ten minutes on his playlist,” she wrote in the caption. The song "
            "playing when the deputy walked up, “Midnight on Bayou Road,” can be heard in the "
            "clip.\n\n"
            "The Lowndes Parish Sheriff’s Office said on its Facebook page on Monday that "
            "the deputy had been “counselled” and that the stop itself was lawful. A commenter "
            "under that post wrote: “Counselled for what, having bad taste?” The sheriff’s office "
            "replied: “Please keep comments respectful.”\n\n"
            "Sheriff Antoine Broussard told WWL-TV "
            "that he had not seen the video. “I do not watch TikTok,” he said."
        ),
        "quotes": [
            (
                "He pulled my brother over for a taillight and spent ten minutes on his playlist,",
                "Imani Toussaint",
                False,
                "P1",
            ),
            ("counselled", None, True, "P2"),
            ("Counselled for what, having bad taste?", None, False, "P2"),
            ("Please keep comments respectful.", None, False, "P2"),
            ("I do not watch TikTok,", "Antoine Broussard", False, "P3"),
        ],
        "posts": [
            ("P1", "Imani Toussaint", "TikTok"),
            ("P2", None, "Facebook"),
            ("P3", "Antoine Broussard", "WWL-TV"),
        ],
        "people": ["Imani Toussaint", "Antoine Broussard"],
    },
    {
        "name": "golf-course-rezoning-instagram-quote-post-reply-patch",
        "text": (
            "Mayor Sunita Raghunathan of Pinecrest announced on Instagram on Tuesday that the "
            "city would rezone a 40-acre former golf course for 1,200 homes. “Our teachers and "
            "nurses should be able to live in the city they serve,” she wrote in the "
            "caption.\n\n"
            "Councilmember Brent Hollister quote-posted a screenshot of her "
            "announcement on X. “Nobody asked the neighbours,” he wrote. “Again.”\n\n"
            "The developer, "
            "Ashford Grange Partners, said in a statement that a third of the homes would be "
            "priced for households earning below the area median. The site has sat empty since "
            "the course closed in 2019. Its spokesperson, Meredith Quon, told the Pinecrest Patch "
            "that construction could start “as early as next spring.” The council is expected to "
            "vote on the plan in March.\n\n"
            "Raghunathan replied to Hollister’s post within the hour: "
            "“The neighbours were asked at six public meetings. You attended two.”"
        ),
        "quotes": [
            (
                "Our teachers and nurses should be able to live in the city they serve,",
                "Sunita Raghunathan",
                False,
                "P1",
            ),
            ("Nobody asked the neighbours,", "Brent Hollister", False, "P2"),
            ("Again.", "Brent Hollister", False, "P2"),
            ("as early as next spring.", "Meredith Quon", True, "P4"),
            (
                "The neighbours were asked at six public meetings. You attended two.",
                "Sunita Raghunathan",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Sunita Raghunathan", "Instagram"),
            ("P2", "Brent Hollister", "X"),
            ("P3", None, None),
            ("P4", "Meredith Quon", "Pinecrest Patch"),
        ],
        "people": ["Sunita Raghunathan", "Brent Hollister", "Meredith Quon"],
    },
    {
        "name": "wildfire-update-singer-youtube-utility-filing",
        "text": (
            "The Cedar Hollow fire had burned 18,000 acres by Wednesday morning and was 12 "
            "percent contained, Cal Fire said in an incident update. “Erratic winds continue to "
            "push the fire toward the ridge communities,” the update said.\n\n"
            "Among the evacuees "
            "was the country singer Lorna Beckwith, who filmed herself leaving her ranch and "
            "posted the video to YouTube. “I grabbed the dogs, my mother’s quilt and my guitar,” "
            "she says in the video. “That is the whole list.” Her best-known song, “Kerosene "
            "Summer,” was trending again by the afternoon.\n\n"
            "The utility Northgate Electric "
            "disclosed in a court filing on Tuesday that one of its lines had malfunctioned near "
            "the fire’s origin about ten minutes before the first 911 call. The filing said the "
            "company was “cooperating fully with investigators.”\n\n"
            "Fire Captain Esteban Morales "
            "told reporters that evening that crews on the eastern flank were “holding the line, "
            "barely.”"
        ),
        "quotes": [
            (
                "Erratic winds continue to push the fire toward the ridge communities,",
                None,
                False,
                "P1",
            ),
            ("I grabbed the dogs, my mother’s quilt and my guitar,", "Lorna Beckwith", False, "P2"),
            ("That is the whole list.", "Lorna Beckwith", False, "P2"),
            ("cooperating fully with investigators.", None, True, "P3"),
            ("holding the line, barely.", "Esteban Morales", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lorna Beckwith", "YouTube"),
            ("P3", None, None),
        ],
        "people": ["Lorna Beckwith", "Esteban Morales"],
    },
    {
        "name": "comet-discovery-nasa-release-reddit-threads-rnz",
        "text": (
            "An amateur astronomer in New Zealand spotted a new comet last week, and it may "
            "become visible to the naked eye in April, NASA said in a news release on "
            "Monday.\n\n"
            "The discoverer, Rangi Te Whare, a retired surveyor from Gisborne, first "
            "reported the object in a Reddit post. “Is this a smudge on my lens or something "
            "real?” he asked. Within an hour a user replied: “That is not a smudge. Report it to "
            "the Minor Planet Center now.”\n\n"
            "Dr. Anneliese Brandt, an astronomer at the European "
            "Southern Observatory, urged caution on Threads. “Comets are cats,” she wrote. “They "
            "do what they want.”\n\n"
            "Te Whare said in an interview with Radio New Zealand that he "
            "hoped the comet would not carry his name. “Name it after my wife,” he said. “She put "
            "up with the telescope for thirty years.”"
        ),
        "quotes": [
            ("Is this a smudge on my lens or something real?", "Rangi Te Whare", False, "P2"),
            ("That is not a smudge. Report it to the Minor Planet Center now.", None, False, "P2"),
            ("Comets are cats,", "Anneliese Brandt", False, "P3"),
            ("They do what they want.", "Anneliese Brandt", False, "P3"),
            ("Name it after my wife,", "Rangi Te Whare", False, "P4"),
            ("She put up with the telescope for thirty years.", "Rangi Te Whare", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rangi Te Whare", "Reddit"),
            ("P3", "Anneliese Brandt", "Threads"),
            ("P4", "Rangi Te Whare", "Radio New Zealand"),
        ],
        "people": ["Rangi Te Whare", "Anneliese Brandt"],
    },
    {
        "name": "teacher-strike-vote-union-x-morning-show-tiktok-caption",
        "text": (
            "Teachers in the Garfield Unified School District voted on Friday to authorize a "
            'strike, with 94 percent in favour, their union said in a post on X. "Our members '
            'have spoken. The district should listen," the post read. A strike could begin as '
            "early as March 3.\n\n"
            "Union president Deborah Nakashima-Ortiz went further in an "
            'interview on the morning show Good Day Sacramento. "We have been bargaining for 14 '
            'months," she said. "At some point patience becomes permission."\n\n'
            "The district said "
            "in a statement that it had offered a 7 percent raise over three years, and it called "
            'the vote "premature."\n\n'
            "A second-grade teacher, Olusegun Bamidele, posted a TikTok "
            "video of the leaking ceiling in his classroom that has since been viewed 1.3 million "
            'times. He does not speak in the video; the caption reads: "Bucket number four."'
        ),
        "quotes": [
            ("Our members have spoken. The district should listen,", None, False, "P1"),
            ("We have been bargaining for 14 months,", "Deborah Nakashima-Ortiz", False, "P2"),
            ("At some point patience becomes permission.", "Deborah Nakashima-Ortiz", False, "P2"),
            ("premature.", None, True, "P3"),
            ("Bucket number four.", "Olusegun Bamidele", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Deborah Nakashima-Ortiz", "Good Day Sacramento"),
            ("P3", None, None),
            ("P4", "Olusegun Bamidele", "TikTok"),
        ],
        "people": ["Deborah Nakashima-Ortiz", "Olusegun Bamidele"],
    },
    {
        "name": "wrong-house-raid-lawsuit-judge-ruling-chief-op-ed",
        "text": (
            "A federal judge on Thursday allowed a lawsuit against the city of Marlow and three "
            "of its police officers to proceed, rejecting the city’s argument that the officers "
            "were protected by qualified immunity.\n\n"
            "The suit, filed by Teodoro Villanueva, a "
            "61-year-old landscaper, says officers broke his arm during a raid on the wrong "
            "address in 2023. “They never once asked my name,” the complaint quotes him as "
            "saying.\n\n"
            "In her ruling, Judge Miriam Abernathy wrote that “no reasonable officer” "
            "could have believed the raid was lawful once the mistake was clear. “The "
            "Constitution does not have an oops exception,” she wrote.\n\n"
            "Marlow’s police chief, "
            "Curtis Vandermeer, wrote in an op-ed in the Marlow Herald last month that the "
            "department had overhauled its warrant procedures since the raid. The city attorney’s "
            "office said in a statement that it would appeal.\n\n"
            "Villanueva’s lawyer, Simone "
            "Achebe, said outside the courthouse: “Today a judge read the facts.”"
        ),
        "quotes": [
            ("They never once asked my name,", "Teodoro Villanueva", False, "P1"),
            ("no reasonable officer", "Miriam Abernathy", True, "P2"),
            ("The Constitution does not have an oops exception,", "Miriam Abernathy", False, "P2"),
            ("Today a judge read the facts.", "Simone Achebe", False, None),
        ],
        "posts": [
            ("P1", "Teodoro Villanueva", None),
            ("P2", "Miriam Abernathy", None),
            ("P3", "Curtis Vandermeer", "Marlow Herald"),
            ("P4", None, None),
        ],
        "people": ["Teodoro Villanueva", "Miriam Abernathy", "Curtis Vandermeer", "Simone Achebe"],
    },
    {
        "name": "library-sunday-hours-memo-novelist-bluesky-librarian-reply",
        "text": (
            "Hartsfield’s city manager, Gwendolyn Ashby, proposed in a budget memo on Monday "
            "cutting Sunday hours at all five branch libraries, a change she estimated would save "
            "about $410,000 a year.\n\n"
            "The memo called Sunday service a “low-utilization window.” "
            "Library staff said the phrase had quickly become a joke at the circulation "
            "desk.\n\n"
            "The novelist Ikenna Nwosu, whose book “The Reading Room at Dusk” is set in a "
            "Hartsfield branch, posted on Bluesky that he had written most of it there on "
            "Sundays. “Low utilization,” he wrote. “I was utilizing it. So was the man asleep "
            "next to me, and he needed it more.”\n\n"
            "A librarian, Maribel Quintero, replied under "
            "his post: “He was, and we let him sleep.”\n\n"
            "Ashby said at Tuesday’s council work "
            "session that the proposal was “a starting point.”"
        ),
        "quotes": [
            ("low-utilization window.", "Gwendolyn Ashby", True, "P1"),
            ("Low utilization,", "Ikenna Nwosu", False, "P2"),
            (
                "I was utilizing it. So was the man asleep next to me, and he needed it more.",
                "Ikenna Nwosu",
                False,
                "P2",
            ),
            ("He was, and we let him sleep.", "Maribel Quintero", False, "P2"),
            ("a starting point.", "Gwendolyn Ashby", True, None),
        ],
        "posts": [
            ("P1", "Gwendolyn Ashby", None),
            ("P2", "Ikenna Nwosu", "Bluesky"),
        ],
        "people": ["Gwendolyn Ashby", "Ikenna Nwosu", "Maribel Quintero"],
    },
    {
        "name": "earthquake-seismologist-x-thread-instagram-live-story-red-cross",
        "text": (
            "A magnitude 6.1 earthquake shook the Ventura County coast shortly after 3 a.m. on "
            "Sunday, the U.S. Geological Survey said, toppling chimneys and cracking a stretch of "
            "Highway 101.\n\n"
            "Haruto Kinoshita, a seismologist at Caltech, posted on X minutes after "
            "the shaking stopped: “That was not ‘the Big One.’ Please stop asking.” He followed "
            "up with a longer thread on aftershocks. “Expect at least one magnitude 5 in the next "
            "week,” the thread warned.\n\n"
            "Ventura resident Daniela Fuentes was livestreaming on "
            "Instagram when the quake hit, and the clip spread quickly. “Is that, oh no, oh no,” "
            "she can be heard saying. In a later Instagram story she wrote: “Everyone’s okay. The "
            "fish tank is not.”\n\n"
            "The American Red Cross said in a Facebook post that it had "
            "opened an overnight shelter at Buena High School."
        ),
        "quotes": [
            ("That was not ‘the Big One.’ Please stop asking.", "Haruto Kinoshita", False, "P1"),
            ("Expect at least one magnitude 5 in the next week,", "Haruto Kinoshita", False, "P2"),
            ("Is that, oh no, oh no,", "Daniela Fuentes", False, "P3"),
            ("Everyone’s okay. The fish tank is not.", "Daniela Fuentes", False, "P4"),
        ],
        "posts": [
            ("P1", "Haruto Kinoshita", "X"),
            ("P2", "Haruto Kinoshita", "X"),
            ("P3", "Daniela Fuentes", "Instagram"),
            ("P4", "Daniela Fuentes", "Instagram"),
            ("P5", None, "Facebook"),
        ],
        "people": ["Haruto Kinoshita", "Daniela Fuentes"],
    },
    {
        "name": "parkinsons-trial-release-ceo-linkedin-podcast-neurologist",
        "text": (
            "Hollins Therapeutics said in a press release on Wednesday that its experimental drug "
            "for Parkinson’s disease slowed the loss of motor function by 31 percent in a "
            "late-stage trial. Its shares rose 40 percent.\n\n"
            "“We believe this is the first "
            "treatment to change the course of the disease, not just its symptoms,” the company’s "
            "chief executive, Amara Nwachukwu, said in the release.\n\n"
            "Nwachukwu struck a more "
            "personal note on LinkedIn, where she wrote that her father had lived with "
            "Parkinson’s for 15 years. “He would have been in this trial,” she wrote.\n\n"
            "On the "
            "science podcast Open Bench, the neurologist Sebastián Ortega-Lindahl called the "
            "results “genuinely encouraging” but noted that the trial ran for only 18 months. "
            "“Parkinson’s is a 20-year disease,” he said. “Eighteen months tells you the drug "
            "works for eighteen months.”"
        ),
        "quotes": [
            (
                "We believe this is the first treatment to change the course of the disease, not just its symptoms,",
                "Amara Nwachukwu",
                False,
                "P1",
            ),
            ("He would have been in this trial,", "Amara Nwachukwu", False, "P2"),
            ("genuinely encouraging", "Sebastián Ortega-Lindahl", True, "P3"),
            ("Parkinson’s is a 20-year disease,", "Sebastián Ortega-Lindahl", False, "P3"),
            (
                "Eighteen months tells you the drug works for eighteen months.",
                "Sebastián Ortega-Lindahl",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Amara Nwachukwu", "LinkedIn"),
            ("P3", "Sebastián Ortega-Lindahl", "Open Bench"),
        ],
        "people": ["Amara Nwachukwu", "Sebastián Ortega-Lindahl"],
    },
    {
        "name": "college-campus-closure-email-two-paragraphs-alumni-group-beacon",
        "text": (
            "The president of Brannock College, Dr. Ifeoma Eze-Lawson, announced in an email to "
            "students and staff on Thursday that the college would close its Lewiston campus "
            "after the spring semester. The college, founded in 1934, will move its remaining "
            "programmes to its main campus in Auburn.\n\n"
            "“I know what this campus has meant to "
            "generations of students,” she wrote. “Many of you met your closest friends there. "
            "Some of you met your spouses.\n\n"
            "“But we cannot keep two campuses open on the "
            "enrolment of one.”\n\n"
            "In the Brannock Alumni Facebook group, a Lewiston graduate, "
            "Thaddeus Moorcroft, posted a photo of the campus chapel and wrote: “Ninety years, "
            "closed by email.”\n\n"
            "Professor Ruth Adelstein told the student newspaper, The Brannock "
            "Beacon, that faculty had not been warned in advance. “I found out from my students,” "
            "she said."
        ),
        "quotes": [
            (
                "I know what this campus has meant to generations of students,",
                "Ifeoma Eze-Lawson",
                False,
                "P1",
            ),
            (
                "Many of you met your closest friends there. Some of you met your spouses.",
                "Ifeoma Eze-Lawson",
                False,
                "P1",
            ),
            (
                "But we cannot keep two campuses open on the enrolment of one.",
                "Ifeoma Eze-Lawson",
                False,
                "P1",
            ),
            ("Ninety years, closed by email.", "Thaddeus Moorcroft", False, "P2"),
            ("I found out from my students,", "Ruth Adelstein", False, "P3"),
        ],
        "posts": [
            ("P1", "Ifeoma Eze-Lawson", None),
            ("P2", "Thaddeus Moorcroft", "Facebook"),
            ("P3", "Ruth Adelstein", "The Brannock Beacon"),
        ],
        "people": ["Ifeoma Eze-Lawson", "Thaddeus Moorcroft", "Ruth Adelstein"],
    },
    {
        "name": "police-drone-nickname-report-tv-substack-comment",
        "text": (
            "The Fairhaven Police Department’s new drone program, which officers have nicknamed "
            "“the Hummingbird,” flew 212 missions in its first three months, according to a "
            "report the department released on Tuesday. The report said the drones had reached "
            "emergency scenes “an average of four minutes before patrol cars.”\n\n"
            "Commissioner "
            "Nadia Farouk defended the program on the local news show Fairhaven Tonight. “A drone "
            "cannot arrest anyone. It can tell an officer what they are walking into,” she "
            "said.\n\n"
            "Jun-seo Park, an organizer with the group Watch Fairhaven, wrote in a "
            "Substack post that the program amounted to “surveillance with a friendly name.” A "
            "neighbour who lives beside the launch pad had a simpler complaint, in a comment "
            "under the post: “It sounds like a leaf blower at 3 a.m.”\n\n"
            "Farouk told reporters on "
            "Wednesday that the department would publish its flight logs every month. “Sunlight "
            "is the point,” she said."
        ),
        "quotes": [
            ("an average of four minutes before patrol cars.", None, True, "P1"),
            (
                "A drone cannot arrest anyone. It can tell an officer what they are walking into,",
                "Nadia Farouk",
                False,
                "P2",
            ),
            ("surveillance with a friendly name.", "Jun-seo Park", True, "P3"),
            ("It sounds like a leaf blower at 3 a.m.", None, False, "P3"),
            ("Sunlight is the point,", "Nadia Farouk", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nadia Farouk", "Fairhaven Tonight"),
            ("P3", "Jun-seo Park", "Substack"),
        ],
        "people": ["Nadia Farouk", "Jun-seo Park"],
    },
]
