"""The eighty-third self-made dev set, held out (CK): its first run is an unseen estimate.

Written with set CJ, without reading the extraction rules, and committed before
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
inside narration. A post reported without any quoted words is still listed in
posts. Titles such as Dr., Judge, Ms. are not part of a canonical name.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first names each post: a lawsuit
  named before the judge's ruling on it takes the earlier id.
- A post reported without quoted words (a studio's statement only mentioned) is
  still listed in posts.
- A study published in a named journal (Pediatrics) is a post with author None
  and the journal as platform; its words speak as None even when its lead
  author is named afterwards.
- A letter to parents or families written by a named official (a
  superintendent, a food services director) is that official's post with no
  platform, and words the text gives to "the letter" speak as its writer.
- A report by a government office (a state auditor), a planning department's
  memo, an agency's warning letter (the FDA), a lawsuit by a group of school
  districts and a publisher's email to its players are posts with author None
  and no platform.
- An unnamed member's post in a Facebook group is a Facebook post with author
  None; a named member's post in the group is that member's Facebook post.
- A union's or agency's post on its Facebook page or on X has author None; a
  listener writing on a radio station's Facebook page is that listener's own
  Facebook post.
- A YouTube livestream or video by a named person is that person's YouTube
  post; a viewer's comment under it belongs to it with speaker None.
- A reply under a reply (the weather office answering a storm chaser's reply)
  belongs to the original post, as does the reply itself.
- A post that is deleted and then reposted in revised form is two posts by the
  same author; a quote-post "with a comment of her own" is a new post by the
  quoter; a "follow-up post" is a new post by the same author; sharing a clip
  on X "calling" it something is a new X post, listed even though it was later
  deleted.
- Posting someone else's letter on Nextdoor "with a question of his own" is a
  new Nextdoor post by the poster; replies under it belong to it.
- A tech newsletter (Platformer), a critic's review for a magazine (Rolling
  Stone) and a morning show (Good Morning America) are named outlets: the
  platform is the name as written. A host speaking on her own named radio
  program (Nine to Noon) is her post with the program as platform.
- An unnamed Reddit user's thread that is only described has author None; an
  unnamed reply under it belongs to it with speaker None.
- A fragment of a reply reported in narration ("wrote that two reviews ... were
  'still zero reviews'") is partial and belongs to the post replied under.
- A quote running over two paragraphs (no closing mark at the end of the first)
  is listed as one row per paragraph, the first running to the end of its
  paragraph; both rows belong to the same post.
- Titles of films, shows, songs, essays and videos ("Salt and Iron", "Let It
  Go", "We Outsourced Our Voice.", "They Killed My Favorite Game."), the format
  name "ask me anything" and a fandom's name ("Lanternkeepers") are not quotes.
  A nickname in marks inside a name (Marcus "Gridlock" Oyelowo) is dropped
  from the canonical name.
- A nested phrase in single marks inside a quote (‘full coverage’, ‘pay at any
  pharmacy,’) is part of the quote's text and is not a quote of its own.
- A first name or short name used inside a quote (Oluwaseun, Ilse, Mere) refers
  to a person already listed and adds nobody to people; a person who is only
  mentioned (Walter Ngata, who died) is still listed in people. Father and son
  sharing a surname: the bare surname refers to the one already named.
- Council member, County Executive, Superintendent and City Manager are titles,
  not part of a canonical name.
- "Said at a board meeting", "said at Monday's council meeting", "told
  reporters" and "reached by phone" are not posts.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CK: list[dict] = [
    {
        "name": "facebook-mayor-snow-budget-comment-union",
        "text": (
            "Mayor Harriet Olufemi of Grantham Falls defended the city’s snow-removal "
            "budget in a Facebook post on Sunday, a day after a storm left side streets "
            "unplowed for 40 hours. “Our crews worked double shifts, and I will not "
            "apologize for them,” she wrote.\n\n"
            "Council member Piotr Wasilewski answered in a comment under the post. "
            "“Nobody is blaming the crews. We are blaming a plan that promised ‘full "
            "coverage’ with half the drivers we needed,” he wrote.\n\n"
            "The union that represents the drivers, Teamsters Local 412, said in a "
            "statement that its members had warned the city in October. “We told them "
            "the fleet was short by 14 trucks,” the statement said. “They chose to "
            "wait.”\n\n"
            "Olufemi told the Grantham Courier on Monday that the council would review "
            "the contracts. “If the numbers were wrong, we fix them,” the mayor said.\n\n"
            "Wasilewski, 52, called the promise “a start.”"
        ),
        "quotes": [
            (
                "Our crews worked double shifts, and I will not apologize for them,",
                "Harriet Olufemi",
                False,
                "P1",
            ),
            (
                "Nobody is blaming the crews. We are blaming a plan that promised "
                "‘full coverage’ with half the drivers we needed,",
                "Piotr Wasilewski",
                False,
                "P1",
            ),
            ("We told them the fleet was short by 14 trucks,", None, False, "P2"),
            ("They chose to wait.", None, False, "P2"),
            ("If the numbers were wrong, we fix them,", "Harriet Olufemi", False, "P3"),
            ("a start.", "Piotr Wasilewski", True, None),
        ],
        "posts": [
            ("P1", "Harriet Olufemi", "Facebook"),
            ("P2", None, None),
            ("P3", "Harriet Olufemi", "Grantham Courier"),
        ],
        "people": ["Harriet Olufemi", "Piotr Wasilewski"],
    },
    {
        "name": "x-ceo-deleted-reposted-quote-post-newsletter",
        "text": (
            "The chief executive of the Austin software company Fernhill Labs deleted a "
            "post on X on Wednesday after it drew hundreds of angry replies, then "
            "posted a revised version an hour later.\n\n"
            "The first post, by Callum Ashby-Nwosu, had described the layoff of 60 "
            "employees as “a healthy pruning.” The replacement read: “I chose my words "
            "badly. These were colleagues, and they deserved better from me.”\n\n"
            "A former engineer, Yui Tanabe, quoted the new post with a comment of her "
            "own. “An hour ago we were branches,” she wrote.\n\n"
            "In a press release on Thursday, the company said severance would be "
            "extended to 16 weeks. “We heard our people,” the release quoted "
            "Ashby-Nwosu as saying.\n\n"
            "Tanabe told the tech newsletter Platformer that nobody from the company "
            "had called her about the change. “I found out from a press release, like "
            "everyone else,” she said."
        ),
        "quotes": [
            ("a healthy pruning.", "Callum Ashby-Nwosu", True, "P1"),
            (
                "I chose my words badly. These were colleagues, and they deserved better from me.",
                "Callum Ashby-Nwosu",
                False,
                "P2",
            ),
            ("An hour ago we were branches,", "Yui Tanabe", False, "P3"),
            ("We heard our people,", "Callum Ashby-Nwosu", False, "P4"),
            ("I found out from a press release, like everyone else,", "Yui Tanabe", False, "P5"),
        ],
        "posts": [
            ("P1", "Callum Ashby-Nwosu", "X"),
            ("P2", "Callum Ashby-Nwosu", "X"),
            ("P3", "Yui Tanabe", "X"),
            ("P4", None, "press release"),
            ("P5", "Yui Tanabe", "Platformer"),
        ],
        "people": ["Callum Ashby-Nwosu", "Yui Tanabe"],
    },
    {
        "name": "journal-study-measles-tiktok-doctor-board-meeting",
        "text": (
            "A study published Thursday in the journal Pediatrics found that measles "
            "vaccination rates among kindergartners in Delmont County fell to 86 "
            "percent last year. “The decline was concentrated in a handful of schools,” "
            "the study said.\n\n"
            "Its lead author, Dr. Rafael Quintero-Baptiste, explained the findings in a "
            "TikTok video that has been viewed 1.2 million times. “Eighty-six sounds "
            "high. It is not high enough to stop an outbreak,” he said in the video.\n\n"
            "One commenter under the video, a parent from Delmont, wrote that she had "
            "“never been shown the numbers.” Another asked whether the study counted "
            "religious exemptions.\n\n"
            "The county health director, Siobhan Mbeki, said at a board meeting on "
            "Tuesday that clinics would add Saturday hours. “We are going to the "
            "families instead of waiting for them to come to us,” she said. “Starting "
            "with the schools the study named.”"
        ),
        "quotes": [
            ("The decline was concentrated in a handful of schools,", None, False, "P1"),
            (
                "Eighty-six sounds high. It is not high enough to stop an outbreak,",
                "Rafael Quintero-Baptiste",
                False,
                "P2",
            ),
            ("never been shown the numbers.", None, True, "P2"),
            (
                "We are going to the families instead of waiting for them to come to us,",
                "Siobhan Mbeki",
                False,
                None,
            ),
            ("Starting with the schools the study named.", "Siobhan Mbeki", False, None),
        ],
        "posts": [
            ("P1", None, "Pediatrics"),
            ("P2", "Rafael Quintero-Baptiste", "TikTok"),
        ],
        "people": ["Rafael Quintero-Baptiste", "Siobhan Mbeki"],
    },
    {
        "name": "instagram-story-actor-exit-podcast-x-reply",
        "text": (
            "The actor Thandiwe Mokoena-Hart confirmed on her Instagram story on Friday "
            "that she had left the cast of the thriller “Salt and Iron,” two weeks "
            "before filming was due to start in Cape Town. “Creative differences is the "
            "polite phrase, so let’s use it,” she wrote over a photo of a script.\n\n"
            "The film’s director, Anders Vikström, addressed the exit on the podcast "
            "The Reel Deal. “She is a singular talent, and I wish the timing had been "
            "different,” he said. “We were not far apart.”\n\n"
            "Mokoena-Hart, 34, answered him on X with a post of her own: “Not far apart "
            "is one way to put it.”\n\n"
            "The studio, Paloma Pictures, said in a statement that the role would be "
            "recast within a month. The statement did not mention Vikström’s comments."
        ),
        "quotes": [
            (
                "Creative differences is the polite phrase, so let’s use it,",
                "Thandiwe Mokoena-Hart",
                False,
                "P1",
            ),
            (
                "She is a singular talent, and I wish the timing had been different,",
                "Anders Vikström",
                False,
                "P2",
            ),
            ("We were not far apart.", "Anders Vikström", False, "P2"),
            ("Not far apart is one way to put it.", "Thandiwe Mokoena-Hart", False, "P3"),
        ],
        "posts": [
            ("P1", "Thandiwe Mokoena-Hart", "Instagram"),
            ("P2", "Anders Vikström", "The Reel Deal"),
            ("P3", "Thandiwe Mokoena-Hart", "X"),
            ("P4", None, None),
        ],
        "people": ["Thandiwe Mokoena-Hart", "Anders Vikström"],
    },
    {
        "name": "school-phone-ban-letter-facebook-group-student-paper",
        "text": (
            "The superintendent of the Riverside Unified School District, Dr. Kwame "
            "Asante-Boateng, announced a ban on phones in classrooms in a letter sent "
            "to parents on Monday. “Phones will go into locked pouches at the first "
            "bell and come out at the last,” the letter said.\n\n"
            "Reaction in the Riverside Parents Network, a Facebook group with 9,000 "
            "members, was mixed. “What happens if there is a lockdown and I cannot "
            "reach my son?” one mother wrote in the group.\n\n"
            "A school board member, Lucía Fernández-Ortiz, posted in the group that the "
            "district had consulted the police. “Teachers will have radios and a direct "
            "line to every parent,” she wrote. “That part is not optional.”\n\n"
            "Asante-Boateng told the student newspaper, The Riverside Clarion, that he "
            "expected grumbling. “By spring, I think they will wonder why we waited,” "
            "he said."
        ),
        "quotes": [
            (
                "Phones will go into locked pouches at the first bell and come out at the last,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("What happens if there is a lockdown and I cannot reach my son?", None, False, "P2"),
            (
                "Teachers will have radios and a direct line to every parent,",
                "Lucía Fernández-Ortiz",
                False,
                "P3",
            ),
            ("That part is not optional.", "Lucía Fernández-Ortiz", False, "P3"),
            (
                "By spring, I think they will wonder why we waited,",
                "Kwame Asante-Boateng",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", None),
            ("P2", None, "Facebook"),
            ("P3", "Lucía Fernández-Ortiz", "Facebook"),
            ("P4", "Kwame Asante-Boateng", "The Riverside Clarion"),
        ],
        "people": ["Kwame Asante-Boateng", "Lucía Fernández-Ortiz"],
    },
    {
        "name": "weather-service-x-tornado-youtube-live-reply-to-reply",
        "text": (
            "The National Weather Service office in Norman, Okla., warned on X early "
            "Tuesday that a line of storms could produce tornadoes across three "
            'counties. "Have a plan now. Do not wait for the sirens," the office '
            "posted.\n\n"
            "By late afternoon, the television meteorologist Dana Whitcombe had gone "
            "live on YouTube from the KOCN studio, where she tracked the storms for "
            'more than two hours. "This is the cell I am worried about," she told '
            'viewers, pointing at a hook on the radar. "If you live in Bixley, get to '
            'your shelter."\n\n'
            "A storm chaser, Mateo Villanueva, replied under the weather service's post "
            'with a photograph of a wall cloud. "Rotating hard west of Bixley," he '
            'wrote. The office responded under his reply: "Thank you. Relaying this to '
            'our warning desk."\n\n'
            "A tornado touched down in a field two miles from Bixley at 6:40 p.m. No "
            "injuries were reported."
        ),
        "quotes": [
            ("Have a plan now. Do not wait for the sirens,", None, False, "P1"),
            ("This is the cell I am worried about,", "Dana Whitcombe", False, "P2"),
            ("If you live in Bixley, get to your shelter.", "Dana Whitcombe", False, "P2"),
            ("Rotating hard west of Bixley,", "Mateo Villanueva", False, "P1"),
            ("Thank you. Relaying this to our warning desk.", None, False, "P1"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Dana Whitcombe", "YouTube"),
        ],
        "people": ["Dana Whitcombe", "Mateo Villanueva"],
    },
    {
        "name": "planning-memo-reddit-thread-council-bluesky",
        "text": (
            "A memo from the Oakridge planning department, sent to council members on "
            "Thursday, recommended allowing four-story apartment buildings along Elm "
            "Avenue. “The corridor has the transit and the sewer capacity; it lacks "
            "only the permission,” the memo said.\n\n"
            "Within hours the memo was being discussed on the r/Oakridge forum on "
            "Reddit, where a user who said she had lived on Elm for 30 years started a "
            "thread asking whether anyone on the street had been consulted. The thread "
            "drew 800 comments. “Good. My kids can’t afford to live here,” one reply "
            "read.\n\n"
            "The city’s planning director, Bartholomew Achterberg, said the memo had "
            "been an early draft. “Nothing has been decided, and nothing will be "
            "without hearings,” he said at Monday’s council meeting.\n\n"
            "Council member Grace Oyelaran-Smith wrote on Bluesky that she would "
            "support the plan. “Four stories is not Manhattan,” she posted. “It is what "
            "Elm looked like in 1920.”"
        ),
        "quotes": [
            (
                "The corridor has the transit and the sewer capacity; it lacks only "
                "the permission,",
                None,
                False,
                "P1",
            ),
            ("Good. My kids can’t afford to live here,", None, False, "P2"),
            (
                "Nothing has been decided, and nothing will be without hearings,",
                "Bartholomew Achterberg",
                False,
                None,
            ),
            ("Four stories is not Manhattan,", "Grace Oyelaran-Smith", False, "P3"),
            ("It is what Elm looked like in 1920.", "Grace Oyelaran-Smith", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Reddit"),
            ("P3", "Grace Oyelaran-Smith", "Bluesky"),
        ],
        "people": ["Bartholomew Achterberg", "Grace Oyelaran-Smith"],
    },
    {
        "name": "app-outage-statement-substack-essay-threads-reply",
        "text": (
            "Payments on the budgeting app Ledgerly failed for about nine hours on "
            "Saturday, the company said in a statement, blaming “a configuration change "
            "that should never have reached production.” Thousands of customers were "
            "charged late fees on rent and utility bills, and the company has promised "
            "to reimburse every one of them.\n\n"
            "A former Ledgerly engineer, Oluwaseun Adebayo-Price, published an essay on "
            "Substack on Sunday arguing that the outage was predictable. “We warned "
            "leadership in March that one engineer could take down the whole system "
            "with a single typo,” he wrote. “No one was surprised but the customers.”\n\n"
            "Ledgerly’s co-founder, Ingrid Solbakken, answered on Threads. “Oluwaseun "
            "was a great colleague, and he is wrong about this,” she wrote. “The change "
            "went through two reviews.”\n\n"
            "In a reply under her post, Adebayo-Price wrote that two reviews of the "
            "wrong thing were “still zero reviews.”"
        ),
        "quotes": [
            ("a configuration change that should never have reached production.", None, True, "P1"),
            (
                "We warned leadership in March that one engineer could take down "
                "the whole system with a single typo,",
                "Oluwaseun Adebayo-Price",
                False,
                "P2",
            ),
            ("No one was surprised but the customers.", "Oluwaseun Adebayo-Price", False, "P2"),
            (
                "Oluwaseun was a great colleague, and he is wrong about this,",
                "Ingrid Solbakken",
                False,
                "P3",
            ),
            ("The change went through two reviews.", "Ingrid Solbakken", False, "P3"),
            ("still zero reviews.", "Oluwaseun Adebayo-Price", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oluwaseun Adebayo-Price", "Substack"),
            ("P3", "Ingrid Solbakken", "Threads"),
        ],
        "people": ["Oluwaseun Adebayo-Price", "Ingrid Solbakken"],
    },
    {
        "name": "maternity-ward-release-union-facebook-radio-show",
        "text": (
            "St. Brigid’s Medical Center in Lowell Park will close its maternity ward "
            "on March 1, the hospital announced in a news release on Wednesday. “We "
            "cannot staff the unit safely with the births we now see,” the release "
            "said.\n\n"
            "The Lowell Park Nurses Association said on its Facebook page that it had "
            "learned of the closure from reporters. “Forty nurses found out from the "
            "evening news,” the union wrote.\n\n"
            "The hospital’s president, Dr. Marguerite Delacroix-Huang, defended the "
            "decision on the WLPR radio show Morning Rounds. “The nearest alternative "
            "is 22 minutes away, and it is a better unit than ours,” she said. She "
            "insisted on the show that the decision was “not about money.”\n\n"
            "One listener, Jerome Whitaker, wrote on the station’s Facebook page "
            "afterward that his daughter had been born at St. Brigid’s during a "
            "snowstorm. “Twenty-two minutes is a long time in February,” he wrote."
        ),
        "quotes": [
            ("We cannot staff the unit safely with the births we now see,", None, False, "P1"),
            ("Forty nurses found out from the evening news,", None, False, "P2"),
            (
                "The nearest alternative is 22 minutes away, and it is a better unit than ours,",
                "Marguerite Delacroix-Huang",
                False,
                "P3",
            ),
            ("not about money.", "Marguerite Delacroix-Huang", True, "P3"),
            ("Twenty-two minutes is a long time in February,", "Jerome Whitaker", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Marguerite Delacroix-Huang", "Morning Rounds"),
            ("P4", "Jerome Whitaker", "Facebook"),
        ],
        "people": ["Marguerite Delacroix-Huang", "Jerome Whitaker"],
    },
    {
        "name": "series-canceled-statement-instagram-caption-variety",
        "text": (
            "The streaming service Lumen+ has canceled the fantasy series “The Ninth "
            "Lantern” after two seasons, the company confirmed in a statement on "
            "Monday, saying it was “proud of the story this team told.”\n\n"
            "The show’s creator, Rosalind Achebe-Marsh, posted a photo of the cast on "
            "Instagram with the caption “We had more to say. Thank you for listening to "
            "what we did say.” She added in a comment under the photo: “No, there is no "
            "secret third season. I asked.”\n\n"
            "Fans, who call themselves the “Lanternkeepers,” have flooded the service’s "
            "accounts with pleas to save the show. The series’ lead actor, Keanu "
            "Hollings-Park, joined in on X. “Make some noise, then go outside,” he "
            "wrote.\n\n"
            "Achebe-Marsh told Variety that she had learned of the decision in a phone "
            "call. “It took four minutes,” she said. “The show took six years.”"
        ),
        "quotes": [
            ("proud of the story this team told.", None, True, "P1"),
            (
                "We had more to say. Thank you for listening to what we did say.",
                "Rosalind Achebe-Marsh",
                False,
                "P2",
            ),
            ("No, there is no secret third season. I asked.", "Rosalind Achebe-Marsh", False, "P2"),
            ("Make some noise, then go outside,", "Keanu Hollings-Park", False, "P3"),
            ("It took four minutes,", "Rosalind Achebe-Marsh", False, "P4"),
            ("The show took six years.", "Rosalind Achebe-Marsh", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rosalind Achebe-Marsh", "Instagram"),
            ("P3", "Keanu Hollings-Park", "X"),
            ("P4", "Rosalind Achebe-Marsh", "Variety"),
        ],
        "people": ["Rosalind Achebe-Marsh", "Keanu Hollings-Park"],
    },
    {
        "name": "snow-day-superintendent-tiktok-song-title-union",
        "text": (
            "Schools in the Hollister Valley district will stay closed on Thursday for "
            "a third straight snow day, Superintendent Emeka Drummond announced in a "
            "TikTok video filmed in his driveway. “I have shoveled this twice today. "
            "The buses are not getting through,” he said, standing knee-deep in snow.\n\n"
            "The video, set to the song “Let It Go,” had more than 400,000 views by "
            "evening, and students flooded the comments. “Best superintendent in the "
            "state,” one wrote.\n\n"
            "Not everyone was amused. The Hollister Valley Education Association said "
            "in a statement that teachers would be expected to make up the days in "
            "June. “Snow days are not free days,” the statement said.\n\n"
            "Drummond, 47, told the Valley Sentinel that the district would ask the "
            "state for a waiver. “If they say no, we will add the days,” he said. “I "
            "would rather lose a week in June than a child on an icy road.”"
        ),
        "quotes": [
            (
                "I have shoveled this twice today. The buses are not getting through,",
                "Emeka Drummond",
                False,
                "P1",
            ),
            ("Best superintendent in the state,", None, False, "P1"),
            ("Snow days are not free days,", None, False, "P2"),
            ("If they say no, we will add the days,", "Emeka Drummond", False, "P3"),
            (
                "I would rather lose a week in June than a child on an icy road.",
                "Emeka Drummond",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Emeka Drummond", "TikTok"),
            ("P2", None, None),
            ("P3", "Emeka Drummond", "Valley Sentinel"),
        ],
        "people": ["Emeka Drummond"],
    },
    {
        "name": "city-chatbot-reporters-release-medium-essay-linkedin",
        "text": (
            "The city of Port Alder will end its pilot of an AI chatbot that answered "
            "residents’ questions after it told a caller that parking tickets could be "
            "paid with gift cards, City Manager Yusuf Al-Rashidi said on Tuesday.\n\n"
            "“It told a woman to ‘pay at any pharmacy,’ and it said so with total "
            "confidence,” Al-Rashidi told reporters. “That is the worst kind of wrong "
            "for a city.”\n\n"
            "The vendor, Brightwell Systems, said in a press release that the error "
            "came from an outdated document the city had uploaded. The release quoted "
            "its chief executive, Saoirse Kavanagh, as saying the company “stands "
            "behind the technology.”\n\n"
            "Council member Noor Hadid, who had opposed the pilot, wrote an essay on "
            "Medium titled “We Outsourced Our Voice.” “A city that cannot answer its "
            "own phone has a staffing problem, not a software problem,” she wrote.\n\n"
            "Kavanagh responded in a LinkedIn post, calling the essay “unfair to the "
            "people who built this.”"
        ),
        "quotes": [
            (
                "It told a woman to ‘pay at any pharmacy,’ and it said so with total confidence,",
                "Yusuf Al-Rashidi",
                False,
                None,
            ),
            ("That is the worst kind of wrong for a city.", "Yusuf Al-Rashidi", False, None),
            ("stands behind the technology.", "Saoirse Kavanagh", True, "P1"),
            (
                "A city that cannot answer its own phone has a staffing problem, "
                "not a software problem,",
                "Noor Hadid",
                False,
                "P2",
            ),
            ("unfair to the people who built this.", "Saoirse Kavanagh", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Noor Hadid", "Medium"),
            ("P3", "Saoirse Kavanagh", "LinkedIn"),
        ],
        "people": ["Yusuf Al-Rashidi", "Saoirse Kavanagh", "Noor Hadid"],
    },
    {
        "name": "vaping-lawsuit-ruling-statement-op-ed-facebook",
        "text": (
            "A lawsuit brought by 14 California school districts against the "
            "e-cigarette maker Vaporline can go forward, a federal judge in Sacramento "
            "ruled on Friday. The lawsuit, filed last spring, accuses the company of "
            "marketing “candy in a battery” to teenagers.\n\n"
            "In her ruling, Judge Amara Nwachukwu-Lee wrote that the districts had "
            "shown “a plausible link between the company’s advertising and the cost of "
            "policing school bathrooms.”\n\n"
            "Vaporline said in a statement that it would appeal. “Our products are for "
            "adults, and we market them to adults,” the statement said.\n\n"
            "Among those cheering the decision was Harold Fitzgibbon, a high school "
            "principal in Elk Grove, who wrote an op-ed in The Sacramento Bee last year "
            "about installing vape detectors. “I did not become a principal to patrol "
            "restrooms,” he wrote then. On Friday he posted on Facebook: “Round one to "
            "the kids.”"
        ),
        "quotes": [
            ("candy in a battery", None, True, "P1"),
            (
                "a plausible link between the company’s advertising and the cost of "
                "policing school bathrooms.",
                "Amara Nwachukwu-Lee",
                True,
                "P2",
            ),
            ("Our products are for adults, and we market them to adults,", None, False, "P3"),
            ("I did not become a principal to patrol restrooms,", "Harold Fitzgibbon", False, "P4"),
            ("Round one to the kids.", "Harold Fitzgibbon", False, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Amara Nwachukwu-Lee", None),
            ("P3", None, None),
            ("P4", "Harold Fitzgibbon", "The Sacramento Bee"),
            ("P5", "Harold Fitzgibbon", "Facebook"),
        ],
        "people": ["Amara Nwachukwu-Lee", "Harold Fitzgibbon"],
    },
    {
        "name": "festival-walkouts-instagram-review-podcast-bluesky",
        "text": (
            "The premiere of Jun-ho Baek’s new film, “Quiet Harbor,” at the Toronto "
            "International Film Festival on Saturday ended with a standing ovation, but "
            "only after about 40 people walked out during a graphic scene.\n\n"
            "Baek, 51, addressed the walkouts in an Instagram post on Sunday. “If you "
            "left, I understand. If you stayed, I hope you understand,” he wrote under "
            "a photo of the empty seats.\n\n"
            "The critic Beatriz Salgado-Mena was less forgiving in her review for "
            "Rolling Stone, calling the scene “eleven minutes of cruelty in search of a "
            "point.”\n\n"
            "On the podcast The Big Picture, the film’s lead actor, Ilse Brandauer, "
            "said the scene was the reason she took the role. “It is supposed to be "
            "hard to watch. That is the whole film,” she said.\n\n"
            "Salgado-Mena later wrote on Bluesky that she had “no quarrel with Ilse” "
            "and “every quarrel with the edit.”"
        ),
        "quotes": [
            (
                "If you left, I understand. If you stayed, I hope you understand,",
                "Jun-ho Baek",
                False,
                "P1",
            ),
            ("eleven minutes of cruelty in search of a point.", "Beatriz Salgado-Mena", True, "P2"),
            (
                "It is supposed to be hard to watch. That is the whole film,",
                "Ilse Brandauer",
                False,
                "P3",
            ),
            ("no quarrel with Ilse", "Beatriz Salgado-Mena", True, "P4"),
            ("every quarrel with the edit.", "Beatriz Salgado-Mena", True, "P4"),
        ],
        "posts": [
            ("P1", "Jun-ho Baek", "Instagram"),
            ("P2", "Beatriz Salgado-Mena", "Rolling Stone"),
            ("P3", "Ilse Brandauer", "The Big Picture"),
            ("P4", "Beatriz Salgado-Mena", "Bluesky"),
        ],
        "people": ["Jun-ho Baek", "Beatriz Salgado-Mena", "Ilse Brandauer"],
    },
    {
        "name": "boil-notice-facebook-firm-report-radio-two-paragraphs",
        "text": (
            "Residents of East Calloway were told to boil their tap water on Wednesday "
            "after a 60-year-old main broke under Route 9, the Calloway Water Authority "
            "said in a post on its Facebook page. “Bring water to a rolling boil for "
            "one minute before drinking,” the authority wrote.\n\n"
            "The break came three months after a report by the engineering firm "
            "Whitfield Barrow, commissioned by the county, ranked the main among its "
            "highest risks. The report said the pipe had “a high likelihood of failure "
            "within two years.”\n\n"
            "County Executive Rosa Delgado-Pham took questions on the local radio show "
            "Calloway Tonight. “We had the report, and we had a plan to replace that "
            "main in the spring,” she said. “The pipe did not wait.\n\n"
            "“I take responsibility for the timeline, and I will ask the council for "
            "emergency money on Monday.”\n\n"
            "A neighbor on Route 9, who asked not to be named, said the street had "
            "flooded for hours. “Nobody came until midnight,” she said."
        ),
        "quotes": [
            ("Bring water to a rolling boil for one minute before drinking,", None, False, "P1"),
            ("a high likelihood of failure within two years.", None, True, "P2"),
            (
                "We had the report, and we had a plan to replace that main in the spring,",
                "Rosa Delgado-Pham",
                False,
                "P3",
            ),
            ("The pipe did not wait.", "Rosa Delgado-Pham", False, "P3"),
            (
                "I take responsibility for the timeline, and I will ask the council "
                "for emergency money on Monday.",
                "Rosa Delgado-Pham",
                False,
                "P3",
            ),
            ("Nobody came until midnight,", None, False, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", None, None),
            ("P3", "Rosa Delgado-Pham", "Calloway Tonight"),
        ],
        "people": ["Rosa Delgado-Pham"],
    },
    {
        "name": "game-shutdown-email-reddit-ama-youtuber-nickname",
        "text": (
            "Players of the online game Skyforge Tactics received an email from its "
            "publisher, Halvorsen Interactive, on Monday announcing that the game’s "
            'servers would shut down in 90 days. "We know this is not the news you '
            'wanted," the email said.\n\n'
            'The game’s lead designer, Priya Raghunathan, hosted an "ask me anything" '
            'thread on Reddit that night. "I found out on Friday. I have been arguing '
            'for a better ending since," she wrote in one answer. Asked by a user about '
            'refunds, she replied that it was "above my pay grade, but I am asking."\n\n'
            'The YouTuber Marcus "Gridlock" Oyelowo, who has 2.3 million subscribers, '
            'posted a video titled "They Killed My Favorite Game." "Fifty dollars for a '
            'game with an expiration date," he said in the video. Under it, one viewer '
            'wrote: "Make it work offline and I will buy it again."\n\n'
            "Halvorsen Interactive, named for its late founder, did not respond to "
            "requests for comment."
        ),
        "quotes": [
            ("We know this is not the news you wanted,", None, False, "P1"),
            (
                "I found out on Friday. I have been arguing for a better ending since,",
                "Priya Raghunathan",
                False,
                "P2",
            ),
            ("above my pay grade, but I am asking.", "Priya Raghunathan", True, "P2"),
            ("Fifty dollars for a game with an expiration date,", "Marcus Oyelowo", False, "P3"),
            ("Make it work offline and I will buy it again.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Raghunathan", "Reddit"),
            ("P3", "Marcus Oyelowo", "YouTube"),
        ],
        "people": ["Priya Raghunathan", "Marcus Oyelowo"],
    },
    {
        "name": "heat-wave-agency-x-farmer-threads-follow-up-gma",
        "text": (
            "Temperatures in Fresno reached 112 degrees on Sunday, the hottest day of a "
            "heat wave now in its ninth day, and the California Department of Public "
            "Health urged residents in a post on X to check on older neighbors. “Heat "
            "kills quietly,” the agency wrote.\n\n"
            "Gurpreet Sandhu, who grows almonds near Kerman, wrote on Threads that his "
            "crews now start their shifts at 3 a.m. “We pick by headlamp now. It is the "
            "only safe way,” he wrote. A farmworker organizer, Teresa Alcántara, "
            "replied beneath his post: “Thank you for doing what the law should "
            "require.”\n\n"
            "In a follow-up post, Sandhu said two of his workers had been treated for "
            "heat exhaustion last summer. “Never again,” he wrote.\n\n"
            "On Good Morning America on Monday, the meteorologist Samuel Okafor said "
            "relief was at least a week away. “The ridge over the West is not budging,” "
            "he said."
        ),
        "quotes": [
            ("Heat kills quietly,", None, False, "P1"),
            ("We pick by headlamp now. It is the only safe way,", "Gurpreet Sandhu", False, "P2"),
            ("Thank you for doing what the law should require.", "Teresa Alcántara", False, "P2"),
            ("Never again,", "Gurpreet Sandhu", False, "P3"),
            ("The ridge over the West is not budging,", "Samuel Okafor", False, "P4"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", "Gurpreet Sandhu", "Threads"),
            ("P3", "Gurpreet Sandhu", "Threads"),
            ("P4", "Samuel Okafor", "Good Morning America"),
        ],
        "people": ["Gurpreet Sandhu", "Teresa Alcántara", "Samuel Okafor"],
    },
    {
        "name": "lunch-waste-audit-report-letter-nextdoor-phone",
        "text": (
            "The report, released Thursday by the Ohio Auditor of State, found that the "
            "Maple Heights City School District had thrown away $310,000 worth of "
            'uneaten lunches over two years. "Meals were ordered by enrollment, not by '
            'attendance," it said.\n\n'
            "The district's food services director, Agnieszka Kowalczyk, wrote in a "
            'letter to families that the ordering had already changed. "We were '
            'wasteful, and we have stopped," the letter said.\n\n'
            "A parent, Desmond Arkwright-Bello, posted the letter on Nextdoor with a "
            'question of his own: "Where was this letter two years ago?" More than 200 '
            'neighbors replied. "My daughter says the pizza is still cold," one wrote.\n\n'
            'Kowalczyk, reached by phone, said the cold pizza was "a separate problem, '
            'and a fair one." The district has hired a consultant to review its '
            "kitchens, and auditors will return to count trays again in the spring."
        ),
        "quotes": [
            ("Meals were ordered by enrollment, not by attendance,", None, False, "P1"),
            ("We were wasteful, and we have stopped,", "Agnieszka Kowalczyk", False, "P2"),
            ("Where was this letter two years ago?", "Desmond Arkwright-Bello", False, "P3"),
            ("My daughter says the pizza is still cold,", None, False, "P3"),
            ("a separate problem, and a fair one.", "Agnieszka Kowalczyk", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Agnieszka Kowalczyk", None),
            ("P3", "Desmond Arkwright-Bello", "Nextdoor"),
        ],
        "people": ["Agnieszka Kowalczyk", "Desmond Arkwright-Bello"],
    },
    {
        "name": "children-tv-host-family-statement-instagram-clip-radio",
        "text": (
            "The family of Walter Ngata, the longtime host of the New Zealand "
            "children’s program “Rainbow Road,” said in a statement on Tuesday that he "
            "had died at 81. “He spent his life talking to children as if they were the "
            "smartest people in the room,” the family said.\n\n"
            "His former co-host, Mereana Tūhoe, posted a clip on Instagram of the two "
            "of them singing “The Kumara Song” in 1987. “Every child in this country "
            "knew the words. So did every parent, whether they liked it or not,” she "
            "wrote.\n\n"
            "The broadcaster Aroha Fenwick-Tait, who grew up watching the show, "
            "remembered him on her Radio New Zealand program, Nine to Noon. “He never "
            "once talked down to us,” she said. “Not once in 30 years.”\n\n"
            "Ngata’s son, Hemi Ngata, replied under Tūhoe’s post with a single line: "
            "“He loved you, Mere.”"
        ),
        "quotes": [
            (
                "He spent his life talking to children as if they were the smartest "
                "people in the room,",
                None,
                False,
                "P1",
            ),
            (
                "Every child in this country knew the words. So did every parent, "
                "whether they liked it or not,",
                "Mereana Tūhoe",
                False,
                "P2",
            ),
            ("He never once talked down to us,", "Aroha Fenwick-Tait", False, "P3"),
            ("Not once in 30 years.", "Aroha Fenwick-Tait", False, "P3"),
            ("He loved you, Mere.", "Hemi Ngata", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Mereana Tūhoe", "Instagram"),
            ("P3", "Aroha Fenwick-Tait", "Nine to Noon"),
        ],
        "people": ["Walter Ngata", "Mereana Tūhoe", "Aroha Fenwick-Tait", "Hemi Ngata"],
    },
    {
        "name": "fda-warning-letter-smart-ring-youtube-podcast-deleted",
        "text": (
            "The Food and Drug Administration sent a warning letter on Monday to "
            "PulseWave, the maker of a smart ring that claims to detect irregular "
            "heartbeats, saying the company had marketed the feature “without the "
            "clearance required by law.”\n\n"
            "PulseWave’s chief executive, Tomasz Zieliński, responded in a YouTube "
            "video the next day. “We will pause the feature in the United States while "
            "we work with the agency. Everywhere else, nothing changes,” he said.\n\n"
            "A cardiologist at the Cleveland Clinic, Dr. Folasade Ogunleye, said on the "
            "podcast The Heart of It that patients had arrived at her clinic in a panic "
            "because of the ring. “Half of them had nothing wrong, and the other half "
            "needed a real test anyway,” she said.\n\n"
            "Zieliński shared a clip of the episode on X, calling her criticism “fair.” "
            "An hour later he deleted the post, and PulseWave declined to say why."
        ),
        "quotes": [
            ("without the clearance required by law.", None, True, "P1"),
            (
                "We will pause the feature in the United States while we work with "
                "the agency. Everywhere else, nothing changes,",
                "Tomasz Zieliński",
                False,
                "P2",
            ),
            (
                "Half of them had nothing wrong, and the other half needed a real test anyway,",
                "Folasade Ogunleye",
                False,
                "P3",
            ),
            ("fair.", "Tomasz Zieliński", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tomasz Zieliński", "YouTube"),
            ("P3", "Folasade Ogunleye", "The Heart of It"),
            ("P4", "Tomasz Zieliński", "X"),
        ],
        "people": ["Tomasz Zieliński", "Folasade Ogunleye"],
    },
]
