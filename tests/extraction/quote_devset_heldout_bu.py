"""The sixty-seventh self-made dev set, held out (BU): its first run is an unseen estimate.

Written with set BT, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a Facebook post only described, a
  press release only mentioned) is still listed in posts.
- An Instagram story is an Instagram post; resharing someone's story "on his
  own Instagram story" with new words is a new Instagram post by the resharer.
  Words given whole after "with the words" are not partial.
- NBC's "Today" show has platform Today (the show as written); CBS Mornings,
  The Late Show, Marketplace and a podcast episode of a named show likewise
  take the show's name.
- A university news release that quotes its researcher ("the release quoted
  ... as saying") is a press release with author None, and the quote's speaker
  is the researcher.
- A reply under a Bluesky, Threads or X post, and a comment under a LinkedIn
  post or TikTok video, belongs to that post; a fragment of a reply reported in
  narration ("replied that the result was ...") is partial and belongs to the
  post replied to.
- A reply under a "second post" belongs to that second post.
- An unnamed Reddit user's thread has author None; a Reddit thread started by a
  named person is that person's Reddit post; an unnamed user's reply under it
  belongs to it with speaker None.
- A post by a named member in a Facebook group is that member's Facebook post.
- An email a company sends its customers and an open letter signed by hundreds
  of people are posts with author None and platform None; a chief executive's
  email to staff is the executive's post.
- A group's lawsuit (a coalition of farmworker groups) has author None; a
  judge's written ruling is the judge's post with no platform.
- A family's statement has author None and its words speak as None.
- "Reached by phone", "told the audience" at a conference, "said at a meeting",
  "said at the zoo" and the story's own "said in an interview" are not posts.
- An earnings release is a press release with author None; an analyst's note
  to clients is the analyst's post with no platform.
- An internal report by a hospital is a post with author None and no platform.
- A scare quote in single marks inside a quote (‘compliance’) is part of the
  quote's text and is not a quote of its own; a platform named inside a quote
  ("not with Instagram") is not a post.
- A book title in marks (“The Salt Orchard”) is not a quote; an animal's name
  (the gorilla Imani) is not a person.
- Sharing someone's announcement on Instagram "with a note of his own" is a
  new Instagram post by the sharer; a photo posted "with the caption ..." is a
  post whose caption is a whole quote (not partial).
- A union's post on X has author None and its words speak as None.
- Two people sharing a surname (Diego and Marisol Echeverría, Kim and Thi Lan
  Nguyen): the bare surname refers to the one already named when it is used.
- A quote that runs over two paragraphs right after "defended the policy on the
  public radio show Marketplace" belongs to that interview.
- Titles such as Judge, Dr. and Ms. are not part of a canonical name.
- Name order as written is kept for East Asian and Vietnamese names (Li Wenjun,
  Thi Lan Nguyen); hyphenated surnames are part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BU: list[dict] = [
    {
        "name": "threads-coffee-chain-closures-rival-reply",
        "text": (
            "Marisol Echeverría, the founder of the Portland coffee chain Ritual Grounds, "
            "announced on Threads on Tuesday that the company would close 11 of its 40 cafes "
            "by March. “We grew faster than our people could keep up with, and that is on me,” "
            "she wrote.\n\n"
            "Among the replies was one from Tomás Lindqvist, who runs the rival roaster "
            "Northbound. “Respect for saying it plainly. Plenty of us made the same mistake,” "
            "he wrote under her post.\n\n"
            "Echeverría told Bloomberg News later that day that the remaining stores were "
            "profitable. “The core of this business is healthy,” she said.\n\n"
            "Her husband and co-founder, Diego Echeverría, shared her announcement on Instagram "
            "with a note of his own: “Proud of her for owning it.”"
        ),
        "quotes": [
            (
                "We grew faster than our people could keep up with, and that is on me,",
                "Marisol Echeverría",
                False,
                "P1",
            ),
            (
                "Respect for saying it plainly. Plenty of us made the same mistake,",
                "Tomás Lindqvist",
                False,
                "P1",
            ),
            ("The core of this business is healthy,", "Marisol Echeverría", False, "P2"),
            ("Proud of her for owning it.", "Diego Echeverría", False, "P3"),
        ],
        "posts": [
            ("P1", "Marisol Echeverría", "Threads"),
            ("P2", "Marisol Echeverría", "Bloomberg News"),
            ("P3", "Diego Echeverría", "Instagram"),
        ],
        "people": ["Marisol Echeverría", "Tomás Lindqvist", "Diego Echeverría"],
    },
    {
        "name": "university-release-bluesky-reply-briefing",
        "text": (
            "A vaccine against a common tick-borne virus protected nine in ten volunteers in an "
            "early trial, the University of Wexford said in a news release on Monday.\n\n"
            "“These are small numbers, but the signal is strong,” the release quoted the study’s "
            "lead author, Dr. Ngozi Adeyemi-Clarke, as saying.\n\n"
            "Adeyemi-Clarke went further on Bluesky. “If this holds up in the phase 2 trial, we "
            "could have a shot in clinics within five years,” she posted. A fellow virologist, "
            "Henrik Saarinen, replied that the result was “promising but premature.”\n\n"
            "At a briefing for reporters on Tuesday, she conceded that the trial had excluded "
            "people over 65. “That is the group we most need to study next,” she said."
        ),
        "quotes": [
            (
                "These are small numbers, but the signal is strong,",
                "Ngozi Adeyemi-Clarke",
                False,
                "P1",
            ),
            (
                "If this holds up in the phase 2 trial, we could have a shot in clinics within "
                "five years,",
                "Ngozi Adeyemi-Clarke",
                False,
                "P2",
            ),
            ("promising but premature.", "Henrik Saarinen", True, "P2"),
            ("That is the group we most need to study next,", "Ngozi Adeyemi-Clarke", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ngozi Adeyemi-Clarke", "Bluesky"),
        ],
        "people": ["Ngozi Adeyemi-Clarke", "Henrik Saarinen"],
    },
    {
        "name": "layoff-email-linkedin-manager-comment",
        "text": (
            "Helix Robotics, the warehouse-automation start-up, laid off 140 employees on "
            "Wednesday, about a quarter of its staff.\n\n"
            "In an email to staff, the chief executive, Arjun Mehta-Rao, said the company had "
            "“overestimated demand from mid-sized retailers.” “I am sorry. Every one of you "
            "deserved better planning from me,” he wrote.\n\n"
            "One of those let go, the software engineer Daniela Ferreira, described the day in a "
            "LinkedIn post. “Got the email at 8:02, lost access at 8:15,” she wrote. “Thirteen "
            "minutes to say goodbye to four years.”\n\n"
            "Her former manager, Kwame Osei, commented under the post: “Daniela is the best "
            "engineer I have worked with. Hire her.”"
        ),
        "quotes": [
            ("overestimated demand from mid-sized retailers.", "Arjun Mehta-Rao", True, "P1"),
            (
                "I am sorry. Every one of you deserved better planning from me,",
                "Arjun Mehta-Rao",
                False,
                "P1",
            ),
            ("Got the email at 8:02, lost access at 8:15,", "Daniela Ferreira", False, "P2"),
            ("Thirteen minutes to say goodbye to four years.", "Daniela Ferreira", False, "P2"),
            (
                "Daniela is the best engineer I have worked with. Hire her.",
                "Kwame Osei",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Arjun Mehta-Rao", None),
            ("P2", "Daniela Ferreira", "LinkedIn"),
        ],
        "people": ["Arjun Mehta-Rao", "Daniela Ferreira", "Kwame Osei"],
    },
    {
        "name": "reddit-stalled-train-operator-statement",
        "text": (
            "A post on Reddit’s r/CommuterRail forum drew more than 4,000 comments this week "
            "after a rider described being stuck for three hours on a stalled Lakeshore Line "
            "train without air conditioning. “No announcements, no water, nothing. People were "
            "fainting,” the user wrote.\n\n"
            "The rail operator, Metrolink North, said in a statement that a power fault had "
            "disabled the train. “We fell short of the standard our passengers expect,” the "
            "statement said, adding that all riders would be refunded.\n\n"
            "A transit board member, Yusuf Karimi, told reporters on Friday that he would demand "
            "an inquiry. “Three hours is not a delay. It is a failure of basic care,” he said.\n\n"
            "Karimi later posted a photo of the stalled train on Bluesky with the caption "
            "“Never again.”"
        ),
        "quotes": [
            ("No announcements, no water, nothing. People were fainting,", None, False, "P1"),
            ("We fell short of the standard our passengers expect,", None, False, "P2"),
            (
                "Three hours is not a delay. It is a failure of basic care,",
                "Yusuf Karimi",
                False,
                None,
            ),
            ("Never again.", "Yusuf Karimi", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Yusuf Karimi", "Bluesky"),
        ],
        "people": ["Yusuf Karimi"],
    },
    {
        "name": "late-show-pianist-instagram-stories",
        "text": (
            "The jazz pianist Keiko Hanamura said on “The Late Show” on Tuesday night that she "
            "had nearly quit music after a hand injury in 2022.\n\n"
            "“I could not play a scale for eight months,” Hanamura, 34, told the host. “I taught "
            "myself to compose in my head instead.”\n\n"
            "The next morning she shared a clip of the appearance in an Instagram story, with "
            "the words “Still shaking.” Her bandmate, the bassist Oluwaseun Bakare, reposted it "
            "on his own Instagram story: “Proudest I’ve ever been of anyone.”"
        ),
        "quotes": [
            ("I could not play a scale for eight months,", "Keiko Hanamura", False, "P1"),
            ("I taught myself to compose in my head instead.", "Keiko Hanamura", False, "P1"),
            ("Still shaking.", "Keiko Hanamura", False, "P2"),
            ("Proudest I’ve ever been of anyone.", "Oluwaseun Bakare", False, "P3"),
        ],
        "posts": [
            ("P1", "Keiko Hanamura", "The Late Show"),
            ("P2", "Keiko Hanamura", "Instagram"),
            ("P3", "Oluwaseun Bakare", "Instagram"),
        ],
        "people": ["Keiko Hanamura", "Oluwaseun Bakare"],
    },
    {
        "name": "chef-substack-essay-investors-eater",
        "text": (
            "The chef Rafael Ondoy, whose Filipino tasting menu earned a Michelin star last "
            "year, said in an essay on Substack that he would close his San Francisco "
            "restaurant, Lakbay, at the end of the month.\n\n"
            "“Fine dining asks cooks to give everything and pays them almost nothing,” he "
            "wrote. “I could not keep asking that of my team.”\n\n"
            "The restaurant’s investors, the Calder Hospitality Group, said in a statement that "
            "they “respect Rafael’s decision” and would not reopen the space under another "
            "chef.\n\n"
            "Ondoy told Eater that he planned to cook at pop-ups. “No reservations, no tasting "
            "menu, just rice and whatever is in season,” he said."
        ),
        "quotes": [
            (
                "Fine dining asks cooks to give everything and pays them almost nothing,",
                "Rafael Ondoy",
                False,
                "P1",
            ),
            ("I could not keep asking that of my team.", "Rafael Ondoy", False, "P1"),
            ("respect Rafael’s decision", None, True, "P2"),
            (
                "No reservations, no tasting menu, just rice and whatever is in season,",
                "Rafael Ondoy",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rafael Ondoy", "Substack"),
            ("P2", None, None),
            ("P3", "Rafael Ondoy", "Eater"),
        ],
        "people": ["Rafael Ondoy"],
    },
    {
        "name": "pesticide-ruling-coalition-lawsuit-grower",
        "text": (
            "A federal judge in Fresno on Thursday blocked the use of the pesticide chlorvane on "
            "almond orchards near schools, siding with a coalition of farmworker groups.\n\n"
            "In a 38-page ruling, Judge Miriam Castellanos wrote that the Environmental "
            "Protection Agency had “ignored its own scientists.” “The record shows drift at "
            "distances the label does not account for,” she wrote.\n\n"
            "The coalition’s lawsuit, filed in March, had called the approval “a gamble with "
            "children’s lungs.”\n\n"
            "Reached by phone, the almond grower Dale Pruitt said the ruling would cost him his "
            "harvest. “Nobody asked the people who actually farm here,” he said."
        ),
        "quotes": [
            ("ignored its own scientists.", "Miriam Castellanos", True, "P1"),
            (
                "The record shows drift at distances the label does not account for,",
                "Miriam Castellanos",
                False,
                "P1",
            ),
            ("a gamble with children’s lungs.", None, True, "P2"),
            ("Nobody asked the people who actually farm here,", "Dale Pruitt", False, None),
        ],
        "posts": [
            ("P1", "Miriam Castellanos", None),
            ("P2", None, None),
        ],
        "people": ["Miriam Castellanos", "Dale Pruitt"],
    },
    {
        "name": "musicians-open-letter-cbs-mornings",
        "text": (
            "More than 300 orchestral musicians signed an open letter on Monday urging the "
            "Halvorsen Foundation to restore funding it cut from youth music programs. “A child "
            "who never holds a violin will never miss it, and that is exactly the tragedy,” the "
            "letter said.\n\n"
            "One of its organisers, the cellist Amara Nwosu-Lindgren, appeared on “CBS Mornings” "
            "on Tuesday. “We are not asking for charity. We are asking them to keep a promise,” "
            "she said.\n\n"
            "The foundation said in a statement that its board would “review the matter in good "
            "faith.” Its president, Gerald Whitcombe, declined to comment."
        ),
        "quotes": [
            (
                "A child who never holds a violin will never miss it, and that is exactly the "
                "tragedy,",
                None,
                False,
                "P1",
            ),
            (
                "We are not asking for charity. We are asking them to keep a promise,",
                "Amara Nwosu-Lindgren",
                False,
                "P2",
            ),
            ("review the matter in good faith.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Amara Nwosu-Lindgren", "CBS Mornings"),
            ("P3", None, None),
        ],
        "people": ["Amara Nwosu-Lindgren", "Gerald Whitcombe"],
    },
    {
        "name": "zoo-gorilla-birth-instagram-keeper",
        "text": (
            "The Brenton Zoo announced the birth of a western lowland gorilla on Instagram on "
            "Sunday. “Mom and baby are bonding beautifully,” the zoo wrote.\n\n"
            "The head primate keeper, Sione Tuilagi, said the mother, Imani, had rejected her "
            "first infant in 2021. “This time she picked the baby up within seconds,” Tuilagi "
            "said at the zoo on Monday. “We all cried.”\n\n"
            "In a reply under the zoo’s post, the primatologist Dr. Leonie Faber, who studied "
            "the troop for a decade, wrote: “Imani has come so far. Wonderful news.”"
        ),
        "quotes": [
            ("Mom and baby are bonding beautifully,", None, False, "P1"),
            ("This time she picked the baby up within seconds,", "Sione Tuilagi", False, None),
            ("We all cried.", "Sione Tuilagi", False, None),
            ("Imani has come so far. Wonderful news.", "Leonie Faber", False, "P1"),
        ],
        "posts": [("P1", None, "Instagram")],
        "people": ["Sione Tuilagi", "Leonie Faber"],
    },
    {
        "name": "chipmaker-earnings-release-call-analyst-note",
        "text": (
            "Vantora Semiconductor said in its quarterly earnings release on Wednesday that "
            "revenue rose 22%, driven by demand for chips used in data centers. “We are "
            "supply-constrained, not demand-constrained,” the chief executive, Li Wenjun, said "
            "in the release.\n\n"
            "On a call with analysts, Li said the company would open a second plant in Arizona "
            "in 2027. “We have the customers lined up already,” she said.\n\n"
            "In a note to clients, the Barclays analyst Priya Venkataraman called the results "
            "“a clean beat” but warned that margins could narrow. “The Arizona ramp will be "
            "expensive,” she wrote."
        ),
        "quotes": [
            ("We are supply-constrained, not demand-constrained,", "Li Wenjun", False, "P1"),
            ("We have the customers lined up already,", "Li Wenjun", False, None),
            ("a clean beat", "Priya Venkataraman", True, "P2"),
            ("The Arizona ramp will be expensive,", "Priya Venkataraman", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Venkataraman", None),
        ],
        "people": ["Li Wenjun", "Priya Venkataraman"],
    },
    {
        "name": "novelist-podcast-critic-x-apology",
        "text": (
            "The novelist Ifeoma Chukwu-Barnes said on the podcast “Between the Lines” that her "
            "new book, “The Salt Orchard,” began as a letter to her late grandmother.\n\n"
            "“I kept writing to her after she died, and at some point the letters became a "
            "novel,” Chukwu-Barnes said on the episode, released Thursday.\n\n"
            "The critic Martin Aske, who had dismissed the book as overwritten, posted on X "
            "that he had “misread it entirely.” “I owe Ms. Chukwu-Barnes an apology,” he added "
            "in a second post.\n\n"
            "She replied under that post: “Accepted. Read it again in a year.”"
        ),
        "quotes": [
            (
                "I kept writing to her after she died, and at some point the letters became a "
                "novel,",
                "Ifeoma Chukwu-Barnes",
                False,
                "P1",
            ),
            ("misread it entirely.", "Martin Aske", True, "P2"),
            ("I owe Ms. Chukwu-Barnes an apology,", "Martin Aske", False, "P3"),
            ("Accepted. Read it again in a year.", "Ifeoma Chukwu-Barnes", False, "P3"),
        ],
        "posts": [
            ("P1", "Ifeoma Chukwu-Barnes", "Between the Lines"),
            ("P2", "Martin Aske", "X"),
            ("P3", "Martin Aske", "X"),
        ],
        "people": ["Ifeoma Chukwu-Barnes", "Martin Aske"],
    },
    {
        "name": "airline-route-customer-email-ap-facebook-group",
        "text": (
            "Skyreach Airlines will stop selling seats on its Lisbon–Boston route in January, "
            "the carrier told customers in an email on Tuesday. “We know many of you have relied "
            "on this route, and we are sorry to let you down,” the email said.\n\n"
            "The airline’s chief executive, Björn Ekdahl, told The Associated Press that fuel "
            "costs had made the route unprofitable. “Every flight lost money last summer, even "
            "full ones,” Ekdahl said in the interview.\n\n"
            "Passengers vented on Facebook, in a group for travelers between the two cities. "
            "“Booked for my daughter’s wedding in February. Now what?” wrote one member, "
            "Conceição Matos."
        ),
        "quotes": [
            (
                "We know many of you have relied on this route, and we are sorry to let you down,",
                None,
                False,
                "P1",
            ),
            ("Every flight lost money last summer, even full ones,", "Björn Ekdahl", False, "P2"),
            (
                "Booked for my daughter’s wedding in February. Now what?",
                "Conceição Matos",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Björn Ekdahl", "The Associated Press"),
            ("P3", "Conceição Matos", "Facebook"),
        ],
        "people": ["Björn Ekdahl", "Conceição Matos"],
    },
    {
        "name": "dairy-farmer-tiktok-straight-quotes-radio",
        "text": (
            "A Wisconsin dairy farmer who posts videos of her cows on TikTok has become an "
            "unlikely voice in the fight over milk prices.\n\n"
            '"We got paid less for milk this spring than it cost us to make it," Hannah '
            "Vogelsang, 29, said in a video that has been viewed 3 million times. "
            '"Something has to give."\n\n'
            "In the comments, a fellow farmer from Iowa, Ruben Delacroix, wrote: "
            '"Same here. Sold 40 head last month just to keep the lights on."\n\n'
            "Vogelsang told Wisconsin Public Radio on Friday that she had not expected the "
            'attention. "I just wanted my cousins in the city to understand," she said.'
        ),
        "quotes": [
            (
                "We got paid less for milk this spring than it cost us to make it,",
                "Hannah Vogelsang",
                False,
                "P1",
            ),
            ("Something has to give.", "Hannah Vogelsang", False, "P1"),
            (
                "Same here. Sold 40 head last month just to keep the lights on.",
                "Ruben Delacroix",
                False,
                "P1",
            ),
            (
                "I just wanted my cousins in the city to understand,",
                "Hannah Vogelsang",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Hannah Vogelsang", "TikTok"),
            ("P2", "Hannah Vogelsang", "Wisconsin Public Radio"),
        ],
        "people": ["Hannah Vogelsang", "Ruben Delacroix"],
    },
    {
        "name": "hospital-report-family-statement",
        "text": (
            "An internal report by St. Agnes Medical Center found that staff missed three "
            "warning signs before the death of a 52-year-old patient, Gareth Pryce-Williams, in "
            "its emergency department in June.\n\n"
            "The report, released Wednesday, said nurses had been “stretched beyond any safe "
            "ratio.” It recommended hiring 40 more nurses.\n\n"
            "The Pryce-Williams family said in a statement that the findings confirmed what "
            "they had feared. “Gareth waited six hours for help that was twenty feet away,” the "
            "statement said. “No family should read a report like this.”\n\n"
            "A hospital spokeswoman told reporters that hiring had already begun. The nurses’ "
            "union said on X that the report “says what we have said for two years.”"
        ),
        "quotes": [
            ("stretched beyond any safe ratio.", None, True, "P1"),
            ("Gareth waited six hours for help that was twenty feet away,", None, False, "P2"),
            ("No family should read a report like this.", None, False, "P2"),
            ("says what we have said for two years.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", None, "X"),
        ],
        "people": ["Gareth Pryce-Williams"],
    },
    {
        "name": "scooter-founder-today-show-x-reply-conference",
        "text": (
            "Nadia Al-Rashid, the founder of the electric-scooter company Glide, said on NBC’s "
            "“Today” show on Monday that the company would leave six European cities after new "
            "parking rules.\n\n"
            "“The rules are written for cars, and scooters are paying the price,” Al-Rashid "
            "said.\n\n"
            "Hours later, she posted on X: “Paris and Madrid, we are staying.” Dmitri Volkov, "
            "the chief executive of the rival Zipp, replied under her post: “Welcome to stay. We "
            "are not going anywhere either.”\n\n"
            "At a transport conference in Berlin on Wednesday, Al-Rashid was blunter. “Some of "
            "these cities want the headlines of being green without the inconvenience,” she told "
            "the audience."
        ),
        "quotes": [
            (
                "The rules are written for cars, and scooters are paying the price,",
                "Nadia Al-Rashid",
                False,
                "P1",
            ),
            ("Paris and Madrid, we are staying.", "Nadia Al-Rashid", False, "P2"),
            (
                "Welcome to stay. We are not going anywhere either.",
                "Dmitri Volkov",
                False,
                "P2",
            ),
            (
                "Some of these cities want the headlines of being green without the inconvenience,",
                "Nadia Al-Rashid",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Nadia Al-Rashid", "Today"),
            ("P2", "Nadia Al-Rashid", "X"),
        ],
        "people": ["Nadia Al-Rashid", "Dmitri Volkov"],
    },
    {
        "name": "painter-museum-release-artforum-dealer",
        "text": (
            "The painter Tavita Faleolo, whose large canvases of Pacific Islander family life "
            "have drawn record crowds, will be the first living artist given a solo show at the "
            "Harwick Museum of Art, the museum said in a press release on Thursday.\n\n"
            "“Tavita’s work asks who gets to be painted, and answers generously,” the museum’s "
            "director, Claudine Moreau, said in the release.\n\n"
            "Faleolo told Artforum in an interview published the same day that she still paints "
            "in her garage. “The museum is big. My garage is where the work happens,” she said. "
            "In the same interview she called the honour “a bit terrifying.”\n\n"
            "Her longtime dealer, Sanjay Krishnamurthy, wrote on Instagram that he had “known "
            "since 2009.”"
        ),
        "quotes": [
            (
                "Tavita’s work asks who gets to be painted, and answers generously,",
                "Claudine Moreau",
                False,
                "P1",
            ),
            (
                "The museum is big. My garage is where the work happens,",
                "Tavita Faleolo",
                False,
                "P2",
            ),
            ("a bit terrifying.", "Tavita Faleolo", True, "P2"),
            ("known since 2009.", "Sanjay Krishnamurthy", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tavita Faleolo", "Artforum"),
            ("P3", "Sanjay Krishnamurthy", "Instagram"),
        ],
        "people": ["Tavita Faleolo", "Claudine Moreau", "Sanjay Krishnamurthy"],
    },
    {
        "name": "dead-fish-river-five-posts",
        "text": (
            "Thousands of dead fish washed up along the River Aln on Sunday, and the blame "
            "moved quickly online.\n\n"
            "The environmental campaigner Freya Lindholm posted a video on Instagram from the "
            "riverbank. “This is what ‘compliance’ looks like,” she said in the video.\n\n"
            "Harlow Chemicals, which operates a plant upstream, said in a statement that its "
            "discharge had been “within permitted limits” all week.\n\n"
            "The Environment Agency sent the company a letter on Monday demanding its discharge "
            "records within 48 hours. “Failure to comply will be treated as an offence,” the "
            "letter said.\n\n"
            "The local council leader, Priyanka Deshmukh-Hale, wrote on Facebook that she had "
            "asked for the river to be tested daily. A resident, Callum Fraser, told BBC Radio "
            "Newcastle he had seen foam on the water for weeks. “Nobody listened until the fish "
            "died,” Fraser said."
        ),
        "quotes": [
            ("This is what ‘compliance’ looks like,", "Freya Lindholm", False, "P1"),
            ("within permitted limits", None, True, "P2"),
            ("Failure to comply will be treated as an offence,", None, False, "P3"),
            ("Nobody listened until the fish died,", "Callum Fraser", False, "P5"),
        ],
        "posts": [
            ("P1", "Freya Lindholm", "Instagram"),
            ("P2", None, None),
            ("P3", None, None),
            ("P4", "Priyanka Deshmukh-Hale", "Facebook"),
            ("P5", "Callum Fraser", "BBC Radio Newcastle"),
        ],
        "people": ["Freya Lindholm", "Priyanka Deshmukh-Hale", "Callum Fraser"],
    },
    {
        "name": "birding-club-statement-reddit-thread-reply",
        "text": (
            "The Marsh Hollow Birding Club said in a statement on Saturday that it would stop "
            "publishing the locations of rare owl sightings after photographers crowded a "
            "nesting site. “Our members love these birds too much to keep pointing crowds at "
            "them,” the club said.\n\n"
            "The decision followed a Reddit thread, started by the wildlife photographer Emeka "
            "Obi, that showed dozens of tripods near a snowy owl. “This is not birding. This is "
            "a siege,” Obi wrote.\n\n"
            "Under the thread, another user replied, “Guilty. I was there, and I’m ashamed.”\n\n"
            "The club’s president, Ruth Abernathy, said at a meeting on Sunday that sightings "
            "would be shared privately with researchers. “We will share with scientists, not "
            "with Instagram,” she said."
        ),
        "quotes": [
            (
                "Our members love these birds too much to keep pointing crowds at them,",
                None,
                False,
                "P1",
            ),
            ("This is not birding. This is a siege,", "Emeka Obi", False, "P2"),
            ("Guilty. I was there, and I’m ashamed.", None, False, "P2"),
            ("We will share with scientists, not with Instagram,", "Ruth Abernathy", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Emeka Obi", "Reddit"),
        ],
        "people": ["Emeka Obi", "Ruth Abernathy"],
    },
    {
        "name": "office-mandate-linkedin-marketplace-straight-quotes",
        "text": (
            "Osagie Ehanire, the chief operating officer of the payroll firm Ledgerly, said on "
            "LinkedIn on Monday that the company would require staff in the office four days a "
            "week from February.\n\n"
            '"We tried every hybrid model on the market. None of them gave us the mentoring our '
            'junior staff need," he wrote.\n\n'
            'The post drew more than 2,000 comments. "Mentoring happens on Zoom too, if managers '
            'bother," one commenter, Signe Aaltonen, wrote.\n\n'
            'Ehanire defended the policy on the public radio show "Marketplace" on Tuesday.\n\n'
            '"I understand people are angry. I would be too if my commute had doubled.\n\n'
            '"But we have to build a company that lasts," he said.'
        ),
        "quotes": [
            (
                "We tried every hybrid model on the market. None of them gave us the mentoring "
                "our junior staff need,",
                "Osagie Ehanire",
                False,
                "P1",
            ),
            (
                "Mentoring happens on Zoom too, if managers bother,",
                "Signe Aaltonen",
                False,
                "P1",
            ),
            (
                "I understand people are angry. I would be too if my commute had doubled.",
                "Osagie Ehanire",
                False,
                "P2",
            ),
            ("But we have to build a company that lasts,", "Osagie Ehanire", False, "P2"),
        ],
        "posts": [
            ("P1", "Osagie Ehanire", "LinkedIn"),
            ("P2", "Osagie Ehanire", "Marketplace"),
        ],
        "people": ["Osagie Ehanire", "Signe Aaltonen"],
    },
    {
        "name": "baker-lawsuit-delivery-app-statement",
        "text": (
            "A Houston baker has sued the delivery app Munchly, saying it listed her shop "
            "without permission and sold stale cakes under her name.\n\n"
            "In the lawsuit, filed Monday in Harris County, Thi Lan Nguyen said customers had "
            "blamed her bakery for orders she never made. The suit says Munchly “hijacked a "
            "family business’s reputation for profit.”\n\n"
            "Munchly said in an emailed statement that it “takes these concerns seriously” and "
            "had removed the listing.\n\n"
            "Nguyen, 61, said in an interview that she learned of the listing when customers "
            "came in to complain. “A woman told me my tres leches tasted like cardboard. I had "
            "never sold her anything,” she said.\n\n"
            "Her daughter, Kim Nguyen, posted about the case on Instagram: "
            "“Mom built this shop one cake at a time. Nobody gets to steal that.”"
        ),
        "quotes": [
            ("hijacked a family business’s reputation for profit.", "Thi Lan Nguyen", True, "P1"),
            ("takes these concerns seriously", None, True, "P2"),
            (
                "A woman told me my tres leches tasted like cardboard. I had never sold her "
                "anything,",
                "Thi Lan Nguyen",
                False,
                None,
            ),
            (
                "Mom built this shop one cake at a time. Nobody gets to steal that.",
                "Kim Nguyen",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Thi Lan Nguyen", None),
            ("P2", None, None),
            ("P3", "Kim Nguyen", "Instagram"),
        ],
        "people": ["Thi Lan Nguyen", "Kim Nguyen"],
    },
]
