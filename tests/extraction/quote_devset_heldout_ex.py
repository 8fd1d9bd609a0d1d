"""The one-hundred-and-forty-eighth self-made dev set, held out (EX): its first run is an unseen estimate.

Written with set EY, without reading the extraction rules, and committed before
any rule was run on it. Topic area: health, medicine, schools and universities.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a
news conference, briefing, earnings call, rally, speech, hearing, court
hearing, town hall or "told reporters" is not a post; a comment under a post
belongs to it, a post "of his own" is a new one; a later fragment or quote is
linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and a company's release, statement or lawsuit has
author None even when it quotes a named executive; titles, nicknames and scare
quotes in marks are not quotes; speakers are the fullest form of the name used
in the text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a TikTok video only described, a
  letter Pinecrest mailed to patients, an interview with the Carrow Evening
  Post, a pediatric society's letter to members) is still listed in posts.
- A named chief executive who "said in a statement" (Ansel Whitcombe) is the
  author of that statement; it is his post with no platform, not a company
  statement with author None. A statement by an organisation (Harrow Ventures,
  Pinecrest Regional Health, a regional health authority, Wrenfield General
  Hospital) has author None, and "the statement said" speaks as None.
- A comment under an Instagram or LinkedIn post belongs to that post, with the
  commenter as speaker; a reply by the researcher under a critic's Bluesky post
  belongs to the critic's post, with the researcher as speaker.
- A label a person gives a thing ("which he called “phone jail”") is a
  nickname, not a quote; the TikTok video it came from is still a post.
- A scare quote in single marks inside a quote (‘rich tapestry’, ‘may have been
  accessed,’) is part of the quote's text and is not a quote of its own; words
  of a letter nested that way inside a patient's quote do not link her quote to
  the letter.
- A leading "The" in an outlet or show name is kept as written (The Ashcombe
  Clarion, The Atlantic Review, The Takeaway Hour).
- A quote that runs over two paragraphs right after an interview attribution
  (The Ashcombe Clarion, Business Today) belongs to that interview; the first
  paragraph's quote has no closing mark and ends at the paragraph end.
- A sentence quote broken by a mid-sentence attribution ("..., said X, “and
  ...”") is two quotes, neither of them partial.
- A university news release and a union press release that quote a named
  person ("said in the release") are press releases with author None; the
  quote's speaker is the named person.
- An anonymous user's Reddit thread has author None; an unnamed user's reply
  under it belongs to it and speaks as None.
- "A second post" on X, "a second video" after a TikTok video, "posted again"
  after a Facebook post and "a second essay" after a Substack essay are new
  posts by the same author on the same platform. A video answering a
  minister's remarks in parliament is not a reply under a post.
- A vice-chancellor who "wrote to staff" and a provost's memo to faculty are
  their own posts with no platform; a dean's email to faculty likewise.
- A surgeon's own lawsuit is his post with no platform, and a fragment quoted
  from it speaks as the surgeon even though the filing writes of him in the
  third person.
- A lawyer's fragment said to reporters (“frozen out”) is a partial quote of
  the lawyer, not a scare quote.
- Remarks "in parliament", to the crowd at a concert, at a bill-signing
  ceremony, in a farewell speech to graduates, at a council meeting, "said in an
  interview" (the story's own) and "told reporters" are not posts.
- An unnamed student who spoke to a named campus paper gives an interview post
  with author None and that paper as platform; the words speak as None.
- An open letter signed by hundreds of alumni is a post with author None and
  platform None; its words speak as None.
- A photo posted "with the caption" and a reshared photo "with the words" give
  whole quotes (not partial); an Instagram story with new words is an Instagram
  post by the sharer.
- Titles of songs, plays, TV series, memoirs and reports in marks (“Paper
  Lanterns”, “The Crucible”, “Kitchen Rescue”, “The Long Corridor”, "Fair
  Chances"), nicknames (“Mrs. M”, “the Lantern Girl”) and scare quotes
  (“flexible staffing”) are not quotes.
- Titles such as Dr., Professor, Sir, Governor and Superintendent are not part
  of a canonical name; hyphenated surnames are.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EX: list[dict] = [
    {
        "name": "nurses-strike-instagram-comment-courier",
        "text": (
            "Nurses at St. Columba’s Hospital in Halvering walked off the job on Wednesday "
            "morning, the first strike at the 600-bed hospital in three decades.\n\n"
            "“We did not want this, but we are not going to keep working 14-hour shifts with "
            "half the staff we need,” Renata Obuya, the president of the Halvering Nurses "
            "Association, wrote on Instagram as the picket lines formed. Under her post, a "
            "retired surgeon, Malcolm Ferriday, commented: “Forty years in that building. You "
            "have my full support.”\n\n"
            "The hospital’s chief executive, Dr. Ansel Whitcombe, said in a statement that "
            "contingency staff had been brought in and that “no patient will go without care.”\n\n"
            "Outside the main entrance, strikers sang “Bread and Roses” and held signs "
            "criticizing the hospital’s “flexible staffing” plan.\n\n"
            "Obuya, 52, told the Halvering Courier that talks could resume as early as Friday. "
            "“The door is open. It has always been open,” she said."
        ),
        "quotes": [
            (
                "We did not want this, but we are not going to keep working 14-hour shifts with "
                "half the staff we need,",
                "Renata Obuya",
                False,
                "P1",
            ),
            (
                "Forty years in that building. You have my full support.",
                "Malcolm Ferriday",
                False,
                "P1",
            ),
            ("no patient will go without care.", "Ansel Whitcombe", True, "P2"),
            ("The door is open. It has always been open,", "Renata Obuya", False, "P3"),
        ],
        "posts": [
            ("P1", "Renata Obuya", "Instagram"),
            ("P2", "Ansel Whitcombe", None),
            ("P3", "Renata Obuya", "Halvering Courier"),
        ],
        "people": ["Renata Obuya", "Malcolm Ferriday", "Ansel Whitcombe"],
    },
    {
        "name": "school-phone-ban-facebook-group-tiktok-oped",
        "text": (
            "The Marlow Unified School District will ban mobile phones in all of its middle and "
            "high schools from September, Superintendent Gloria Vantongeren announced at a news "
            "conference on Thursday.\n\n"
            "“Our teachers have been fighting this battle alone for too long,” Vantongeren said. "
            "“Starting this fall, the phones go in a pouch at the door and stay there until the "
            "last bell.”\n\n"
            "The reaction in the district’s parents’ Facebook group was swift. Dana Krell, a "
            "mother of two at Eastbrook Middle School, posted that the rule was “a solution in "
            "search of a problem” and asked how families would reach their children in an "
            "emergency.\n\n"
            "A senior at Marlow High, Jayden Osei-Bonsu, 17, posted a TikTok video mocking the "
            "new pouches, which he called “phone jail.” It had been viewed more than 200,000 "
            "times by Friday.\n\n"
            "Not every teacher is convinced either. In an op-ed for the Marlow Ledger, the "
            "chemistry teacher Priya Raghunathan wrote: “A ban is easy to announce and hard to "
            "enforce, and it will be teachers, not administrators, doing the enforcing.”"
        ),
        "quotes": [
            (
                "Our teachers have been fighting this battle alone for too long,",
                "Gloria Vantongeren",
                False,
                None,
            ),
            (
                "Starting this fall, the phones go in a pouch at the door and stay there until "
                "the last bell.",
                "Gloria Vantongeren",
                False,
                None,
            ),
            ("a solution in search of a problem", "Dana Krell", True, "P1"),
            (
                "A ban is easy to announce and hard to enforce, and it will be teachers, not "
                "administrators, doing the enforcing.",
                "Priya Raghunathan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dana Krell", "Facebook"),
            ("P2", "Jayden Osei-Bonsu", "TikTok"),
            ("P3", "Priya Raghunathan", "Marlow Ledger"),
        ],
        "people": [
            "Gloria Vantongeren",
            "Dana Krell",
            "Jayden Osei-Bonsu",
            "Priya Raghunathan",
        ],
    },
    {
        "name": "drug-recall-release-agency-x-second-post",
        "text": (
            "Corvane Pharmaceuticals is recalling about 90,000 bottles of its blood-pressure "
            "drug Halorex after tests found traces of a possible carcinogen in three batches, "
            "the company said in a press release on Monday.\n\n"
            "“Patient safety comes before everything else we do,” Corvane’s chief medical "
            "officer, Dr. Lionel Fairbrother, said in the release. “Patients should not stop "
            "taking their medication without speaking to their doctor first.”\n\n"
            "The National Medicines Agency said it had been told of the problem two weeks "
            "earlier. A spokeswoman for the agency, Hildur Magnúsdóttir, told reporters that the "
            "risk to any single patient was “very low.”\n\n"
            "That was little comfort to Bernadette Quayle, a 68-year-old retired teacher in "
            "Dunmore who has taken Halorex for nine years. “Two weeks. They knew for two weeks "
            "and said nothing,” she wrote on X. In a second post an hour later, she added: "
            "“Just called my pharmacy. They hadn’t heard a thing.”"
        ),
        "quotes": [
            (
                "Patient safety comes before everything else we do,",
                "Lionel Fairbrother",
                False,
                "P1",
            ),
            (
                "Patients should not stop taking their medication without speaking to their "
                "doctor first.",
                "Lionel Fairbrother",
                False,
                "P1",
            ),
            ("very low.", "Hildur Magnúsdóttir", True, None),
            (
                "Two weeks. They knew for two weeks and said nothing,",
                "Bernadette Quayle",
                False,
                "P2",
            ),
            (
                "Just called my pharmacy. They hadn’t heard a thing.",
                "Bernadette Quayle",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Bernadette Quayle", "X"),
            ("P3", "Bernadette Quayle", "X"),
        ],
        "people": ["Lionel Fairbrother", "Hildur Magnúsdóttir", "Bernadette Quayle"],
    },
    {
        "name": "university-president-letter-clarion-two-paragraphs",
        "text": (
            "The president of Ashcombe University, Dr. Celestine Marr-Hadley, will step down at "
            "the end of the academic year, she said in a letter to students and staff on "
            "Tuesday.\n\n"
            "“Leading this university has been the privilege of my working life,” she wrote. "
            "“But a university needs a president who can look ahead for ten years, and I can no "
            "longer promise that.”\n\n"
            "Marr-Hadley, 64, has faced months of criticism over the closure of the "
            "university’s music department. An open letter signed by more than 400 alumni in "
            "March called the closure “an act of cultural vandalism.”\n\n"
            "In an interview with the student newspaper, The Ashcombe Clarion, she said she did "
            "not regret the decision. “I would make it again. The department was losing money "
            "every year, and no one had a plan to change that.\n\n"
            "“What I regret is how we told people. We owed them more than an email on a Friday "
            "afternoon.”\n\n"
            "Her memoir, “The Long Corridor,” is due out in the autumn."
        ),
        "quotes": [
            (
                "Leading this university has been the privilege of my working life,",
                "Celestine Marr-Hadley",
                False,
                "P1",
            ),
            (
                "But a university needs a president who can look ahead for ten years, and I can "
                "no longer promise that.",
                "Celestine Marr-Hadley",
                False,
                "P1",
            ),
            ("an act of cultural vandalism.", None, True, "P2"),
            (
                "I would make it again. The department was losing money every year, and no one "
                "had a plan to change that.",
                "Celestine Marr-Hadley",
                False,
                "P3",
            ),
            (
                "What I regret is how we told people. We owed them more than an email on a "
                "Friday afternoon.",
                "Celestine Marr-Hadley",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Celestine Marr-Hadley", None),
            ("P2", None, None),
            ("P3", "Celestine Marr-Hadley", "The Ashcombe Clarion"),
        ],
        "people": ["Celestine Marr-Hadley"],
    },
    {
        "name": "measles-briefing-instagram-caption-podcast",
        "text": (
            "Health officials in Brannock County confirmed 14 new cases of measles on Friday, "
            "bringing the outbreak to 61 cases since January, most of them in unvaccinated "
            "children.\n\n"
            "“This is a disease we know how to prevent, and we are watching it spread anyway,” "
            "the county’s chief health officer, Dr. Tobias Ekwueme, said at a briefing. He urged "
            "parents to check their children’s records, saying the shots were “free, safe and "
            "available this weekend.”\n\n"
            "A pediatrician in the county seat, Dr. Wren Castellanos, has become an unlikely "
            "online voice for the campaign. On Instagram, where she has 80,000 followers, she "
            "posted a photo of her own vaccination card with the caption “Got mine in 1986. "
            "Still works.”\n\n"
            "On Wednesday’s episode of the podcast Small Patients, the 45-year-old said she "
            "spends part of most days answering messages from worried parents. “Most of them "
            "aren’t against vaccines,” Castellanos said. “They’re just scared, and nobody has "
            "taken the time to talk to them.”"
        ),
        "quotes": [
            (
                "This is a disease we know how to prevent, and we are watching it spread anyway,",
                "Tobias Ekwueme",
                False,
                None,
            ),
            ("free, safe and available this weekend.", "Tobias Ekwueme", True, None),
            ("Got mine in 1986. Still works.", "Wren Castellanos", False, "P1"),
            ("Most of them aren’t against vaccines,", "Wren Castellanos", False, "P2"),
            (
                "They’re just scared, and nobody has taken the time to talk to them.",
                "Wren Castellanos",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Wren Castellanos", "Instagram"),
            ("P2", "Wren Castellanos", "Small Patients"),
        ],
        "people": ["Tobias Ekwueme", "Wren Castellanos"],
    },
    {
        "name": "medical-school-exam-reddit-dean-email-straight-quotes",
        "text": (
            "Kellbridge Medical School has opened an inquiry into claims that answers to its "
            "entrance exam were sold online before the test in May.\n\n"
            "The claims first surfaced in a Reddit thread started by an anonymous user who said "
            "they had been offered the answers for $1,500. \"This isn't a rumor, I have the "
            'messages," the user wrote. Another user replied under the thread: "Same offer '
            'here. Same price."\n\n'
            "In an email to faculty on Monday, the school's dean, Dr. Margit Sandoval-Reyes, "
            'said the inquiry would be led by an outside law firm. "If the exam was '
            'compromised, we will say so publicly and we will act," she wrote.\n\n'
            'The school published a report last year, titled "Fair Chances," on widening '
            "access to medicine. Patrick Oyelaran, a member of the student council, said at a "
            'council meeting on Tuesday that exam security had been "an afterthought."'
        ),
        "quotes": [
            ("This isn't a rumor, I have the messages,", None, False, "P1"),
            ("Same offer here. Same price.", None, False, "P1"),
            (
                "If the exam was compromised, we will say so publicly and we will act,",
                "Margit Sandoval-Reyes",
                False,
                "P2",
            ),
            ("an afterthought.", "Patrick Oyelaran", True, None),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Margit Sandoval-Reyes", None),
        ],
        "people": ["Margit Sandoval-Reyes", "Patrick Oyelaran"],
    },
    {
        "name": "telehealth-layoffs-linkedin-comment-tv-show",
        "text": (
            "The telehealth startup Clinilink laid off 120 employees, about a third of its "
            "staff, on Wednesday, two years after raising $200 million from investors.\n\n"
            "Its co-founder and chief executive, Arjun Mehrotra, announced the cuts in a "
            "LinkedIn post. “I told our investors we could grow into this valuation. I was "
            "wrong, and 120 good people are paying for it,” he wrote.\n\n"
            "One of them, the former product designer Lucía Ferraro-Benz, commented under the "
            "post: “Appreciate the honesty. Would have appreciated a heads-up more.”\n\n"
            "Mehrotra defended the company’s future on the business show Closing Bell Live on "
            "Thursday. “Telehealth isn’t going away,” the 38-year-old said. “What’s going away "
            "is the idea that you can build it without a path to profit.”\n\n"
            "Clinilink’s largest investor, Harrow Ventures, said in a statement that it "
            "“remains fully committed” to the company."
        ),
        "quotes": [
            (
                "I told our investors we could grow into this valuation. I was wrong, and 120 "
                "good people are paying for it,",
                "Arjun Mehrotra",
                False,
                "P1",
            ),
            (
                "Appreciate the honesty. Would have appreciated a heads-up more.",
                "Lucía Ferraro-Benz",
                False,
                "P1",
            ),
            ("Telehealth isn’t going away,", "Arjun Mehrotra", False, "P2"),
            (
                "What’s going away is the idea that you can build it without a path to profit.",
                "Arjun Mehrotra",
                False,
                "P2",
            ),
            ("remains fully committed", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Arjun Mehrotra", "LinkedIn"),
            ("P2", "Arjun Mehrotra", "Closing Bell Live"),
            ("P3", None, None),
        ],
        "people": ["Arjun Mehrotra", "Lucía Ferraro-Benz"],
    },
    {
        "name": "teacher-retires-nickname-play-speech-essay",
        "text": (
            "When Harriet Mbeki-Lowe retired last week after 38 years at Fennick Valley High "
            "School, the graduating seniors gave her a standing ovation that lasted nearly four "
            "minutes.\n\n"
            "Mbeki-Lowe, known to generations of students as “Mrs. M,” taught English and ran "
            "the school’s drama club, whose production of “The Crucible” reached the state "
            "finals in 2019.\n\n"
            "“You were never my audience. You were my reason,” she told the graduates in her "
            "farewell speech on Saturday.\n\n"
            "One former student, the novelist Casimir Draganov, wrote about her in an essay for "
            "The Atlantic Review published on Sunday. “She was the first adult who read my "
            "writing as if it mattered,” he wrote. “Everything since has been an attempt to "
            "earn that.”\n\n"
            "Asked what she would do next, the 66-year-old said she planned to “read everything "
            "I pretended to have read.”"
        ),
        "quotes": [
            (
                "You were never my audience. You were my reason,",
                "Harriet Mbeki-Lowe",
                False,
                None,
            ),
            (
                "She was the first adult who read my writing as if it mattered,",
                "Casimir Draganov",
                False,
                "P1",
            ),
            (
                "Everything since has been an attempt to earn that.",
                "Casimir Draganov",
                False,
                "P1",
            ),
            ("read everything I pretended to have read.", "Harriet Mbeki-Lowe", True, None),
        ],
        "posts": [
            ("P1", "Casimir Draganov", "The Atlantic Review"),
        ],
        "people": ["Harriet Mbeki-Lowe", "Casimir Draganov"],
    },
    {
        "name": "social-media-study-release-bluesky-reply-radio",
        "text": (
            "Students who spent more than four hours a day on social media were twice as likely "
            "to report symptoms of depression, according to a study of 11,000 undergraduates "
            "published on Tuesday by researchers at Calloway State University.\n\n"
            "“We can’t say social media causes depression, but we can say the two travel "
            "together,” the lead researcher, Dr. Oona Vasquez-Tan, said in a university news "
            "release.\n\n"
            "The study drew a sharp response from Felix Aurbach, a psychologist at the "
            "University of Lenholm, who wrote on Bluesky that the findings were “correlation "
            "dressed up as a crisis.” Vasquez-Tan replied under his post: “Read the limitations "
            "section, Felix. We said exactly that.”\n\n"
            "She expanded on the point on Thursday on the public radio program The Takeaway "
            "Hour. “Nobody in my team is calling for a ban,” she said. “We’re calling for "
            "better data.”"
        ),
        "quotes": [
            (
                "We can’t say social media causes depression, but we can say the two travel "
                "together,",
                "Oona Vasquez-Tan",
                False,
                "P1",
            ),
            ("correlation dressed up as a crisis.", "Felix Aurbach", True, "P2"),
            (
                "Read the limitations section, Felix. We said exactly that.",
                "Oona Vasquez-Tan",
                False,
                "P2",
            ),
            ("Nobody in my team is calling for a ban,", "Oona Vasquez-Tan", False, "P3"),
            ("We’re calling for better data.", "Oona Vasquez-Tan", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Felix Aurbach", "Bluesky"),
            ("P3", "Oona Vasquez-Tan", "The Takeaway Hour"),
        ],
        "people": ["Oona Vasquez-Tan", "Felix Aurbach"],
    },
    {
        "name": "hospital-data-breach-statement-hearing-tv-station",
        "text": (
            "Pinecrest Regional Health said on Friday that hackers had stolen the records of "
            "about 310,000 patients, including names, birth dates and some diagnoses.\n\n"
            "In a statement, the health system said it had “no evidence that the data has been "
            "misused” and would offer affected patients two years of credit monitoring.\n\n"
            "At a hearing of the state Senate health committee on Monday, Pinecrest’s chief "
            "information officer, Rodney Achterberg, said the attackers had entered through a "
            "vendor’s account. “We patched that hole within hours of finding it,” he told "
            "senators. “The problem is that they had been inside for weeks.”\n\n"
            "Janelle Okonkwo-Price, a patient whose cancer treatment records were among those "
            "taken, told the television station KVRT that she learned of the breach from a "
            "letter Pinecrest mailed to patients last week. “It said my information ‘may have "
            "been accessed,’” she said. “That’s not how you tell someone their chemotherapy "
            "history is on the internet.”"
        ),
        "quotes": [
            ("no evidence that the data has been misused", None, True, "P1"),
            (
                "We patched that hole within hours of finding it,",
                "Rodney Achterberg",
                False,
                None,
            ),
            (
                "The problem is that they had been inside for weeks.",
                "Rodney Achterberg",
                False,
                None,
            ),
            (
                "It said my information ‘may have been accessed,’",
                "Janelle Okonkwo-Price",
                False,
                "P3",
            ),
            (
                "That’s not how you tell someone their chemotherapy history is on the internet.",
                "Janelle Okonkwo-Price",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Janelle Okonkwo-Price", "KVRT"),
        ],
        "people": ["Rodney Achterberg", "Janelle Okonkwo-Price"],
    },
    {
        "name": "school-closure-vote-split-quote-facebook",
        "text": (
            "The Oakhurst school board voted 5–2 on Tuesday night to close Linden Street "
            "Elementary, a 94-year-old school with 180 pupils, at the end of the year.\n\n"
            "“I have sat in that gym for my own children’s concerts,” said Teresa "
            "Villanueva-Holt, one of the two members who voted against the closure, “and I am "
            "not going to pretend this is only about numbers.”\n\n"
            "The board’s chair, Graham Oduya, said at the meeting that the district was "
            "spending $1.2 million a year to keep a building designed for 500 pupils open for "
            "fewer than 200. “We cannot heat empty classrooms and call it a plan,” he said.\n\n"
            "Villanueva-Holt wrote on Facebook after the vote that she had “lost the vote but "
            "not the argument.” A group of parents calling itself Save Linden Street has booked "
            "the school’s gym for a rally on Saturday.\n\n"
            "Oduya told reporters afterward that he understood the anger. “This is a "
            "neighborhood school. Of course people are upset.”"
        ),
        "quotes": [
            (
                "I have sat in that gym for my own children’s concerts,",
                "Teresa Villanueva-Holt",
                False,
                None,
            ),
            (
                "and I am not going to pretend this is only about numbers.",
                "Teresa Villanueva-Holt",
                False,
                None,
            ),
            (
                "We cannot heat empty classrooms and call it a plan,",
                "Graham Oduya",
                False,
                None,
            ),
            ("lost the vote but not the argument.", "Teresa Villanueva-Holt", True, "P1"),
            (
                "This is a neighborhood school. Of course people are upset.",
                "Graham Oduya",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Teresa Villanueva-Holt", "Facebook"),
        ],
        "people": ["Teresa Villanueva-Holt", "Graham Oduya"],
    },
    {
        "name": "er-nurse-tiktok-minister-parliament-second-video",
        "text": (
            "A video posted on TikTok by an emergency nurse in Carrow, Siobhán Delacroix-Boyle, "
            "showing patients lying on trolleys in a hospital corridor has been watched more "
            "than three million times since Sunday.\n\n"
            "“This is a Tuesday night. Not a disaster, not a pandemic. A normal Tuesday,” she "
            "says in the video, filmed at the end of a 13-hour shift.\n\n"
            "Asked about the video in parliament on Wednesday, the health minister, Eamon "
            "Threlkeld, said that hospitals were under “unprecedented but temporary” pressure. "
            "“We are opening 400 new beds this winter,” the minister said.\n\n"
            "Delacroix-Boyle answered him in a second video the same evening. “Four hundred "
            "beds and no nurses to staff them is four hundred empty beds,” she said.\n\n"
            "The 29-year-old told the Carrow Evening Post that her managers had asked her to "
            "take both videos down. She has not."
        ),
        "quotes": [
            (
                "This is a Tuesday night. Not a disaster, not a pandemic. A normal Tuesday,",
                "Siobhán Delacroix-Boyle",
                False,
                "P1",
            ),
            ("unprecedented but temporary", "Eamon Threlkeld", True, None),
            ("We are opening 400 new beds this winter,", "Eamon Threlkeld", False, None),
            (
                "Four hundred beds and no nurses to staff them is four hundred empty beds,",
                "Siobhán Delacroix-Boyle",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Siobhán Delacroix-Boyle", "TikTok"),
            ("P2", "Siobhán Delacroix-Boyle", "TikTok"),
            ("P3", "Siobhán Delacroix-Boyle", "Carrow Evening Post"),
        ],
        "people": ["Siobhán Delacroix-Boyle", "Eamon Threlkeld"],
    },
    {
        "name": "lecturers-strike-union-release-vc-letter-instagram",
        "text": (
            "Lecturers at eleven universities in the north of England will strike for ten days "
            "in November, the University and College Lecturers’ Union said on Monday in a press "
            "release.\n\n"
            "“Our members have taken a real-terms pay cut of 20 percent in a decade. Enough is "
            "enough,” the union’s general secretary, Bronwen Talley-Achebe, said in the "
            "release.\n\n"
            "At Hestonbury University, the vice-chancellor, Professor Sir Rupert Ingledew, wrote "
            "to staff that the union’s demands were “simply unaffordable” and that the "
            "university would “do everything possible to protect students’ learning.”\n\n"
            "Students are divided. Amira Haddad-Ross, a third-year law student at Hestonbury, "
            "posted on Instagram that she supported the lecturers “one hundred percent, even if "
            "it wrecks my dissertation.” Under her post, a classmate, Oliver Penhallow, wrote: "
            "“Easy to say when you’re not paying £9,250 for it.”"
        ),
        "quotes": [
            (
                "Our members have taken a real-terms pay cut of 20 percent in a decade. Enough "
                "is enough,",
                "Bronwen Talley-Achebe",
                False,
                "P1",
            ),
            ("simply unaffordable", "Rupert Ingledew", True, "P2"),
            (
                "do everything possible to protect students’ learning.",
                "Rupert Ingledew",
                True,
                "P2",
            ),
            (
                "one hundred percent, even if it wrecks my dissertation.",
                "Amira Haddad-Ross",
                True,
                "P3",
            ),
            (
                "Easy to say when you’re not paying £9,250 for it.",
                "Oliver Penhallow",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rupert Ingledew", None),
            ("P3", "Amira Haddad-Ross", "Instagram"),
        ],
        "people": [
            "Bronwen Talley-Achebe",
            "Rupert Ingledew",
            "Amira Haddad-Ross",
            "Oliver Penhallow",
        ],
    },
    {
        "name": "alzheimers-drug-approval-tv-two-paragraphs-news-conference",
        "text": (
            "Regulators on Thursday approved Velmora, a once-a-month injection for early-stage "
            "Alzheimer’s disease made by the Danish drugmaker Skovgaard Bio, the first such drug "
            "to be cleared in the country.\n\n"
            "Skovgaard’s chief executive, Ingrid Halvorsen-Weiss, said on the program Business "
            "Today on Thursday evening that the price, about $26,000 a year, reflected a decade "
            "of research. “We failed three times before this worked.\n\n"
            "“Every one of those failures is in that price, and I won’t apologise for it.”\n\n"
            "Patient groups were less impressed. Dr. Kwabena Asante-Morrow, the medical director "
            "of the charity Memory First, said at a news conference in London that the drug "
            "slowed decline by “months, not years” and that families should be told so "
            "plainly.\n\n"
            "“Hope is not a side effect we should be selling,” he said."
        ),
        "quotes": [
            (
                "We failed three times before this worked.",
                "Ingrid Halvorsen-Weiss",
                False,
                "P1",
            ),
            (
                "Every one of those failures is in that price, and I won’t apologise for it.",
                "Ingrid Halvorsen-Weiss",
                False,
                "P1",
            ),
            ("months, not years", "Kwabena Asante-Morrow", True, None),
            (
                "Hope is not a side effect we should be selling,",
                "Kwabena Asante-Morrow",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ingrid Halvorsen-Weiss", "Business Today"),
        ],
        "people": ["Ingrid Halvorsen-Weiss", "Kwabena Asante-Morrow"],
    },
    {
        "name": "school-lunch-x-photo-chef-instagram-story-tribune",
        "text": (
            "The celebrity chef Dominic Arceneaux has offered to redesign the school lunch menu "
            "for the entire Bellhaven school district after a photo of a pupil’s tray went viral "
            "last week.\n\n"
            "The photo, posted on X by a parent, Corinne Weatherby, showed a grey square of "
            "pizza, a cup of canned corn and a carton of chocolate milk. “This is what $4.10 "
            "buys my son,” she wrote.\n\n"
            "Arceneaux, whose Food Network series “Kitchen Rescue” ran for eight seasons, shared "
            "the photo on his Instagram story with the words “Give me one month and a budget. "
            "I’ll fix this.”\n\n"
            "The district’s food services director, Lorraine Baptiste-Kuhn, told the Bellhaven "
            "Tribune on Monday that she welcomed the offer but that federal rules limited what "
            "any chef could do. “He’s welcome in our kitchens,” she said. “He should bring a "
            "calculator.”"
        ),
        "quotes": [
            ("This is what $4.10 buys my son,", "Corinne Weatherby", False, "P1"),
            (
                "Give me one month and a budget. I’ll fix this.",
                "Dominic Arceneaux",
                False,
                "P2",
            ),
            ("He’s welcome in our kitchens,", "Lorraine Baptiste-Kuhn", False, "P3"),
            ("He should bring a calculator.", "Lorraine Baptiste-Kuhn", False, "P3"),
        ],
        "posts": [
            ("P1", "Corinne Weatherby", "X"),
            ("P2", "Dominic Arceneaux", "Instagram"),
            ("P3", "Lorraine Baptiste-Kuhn", "Bellhaven Tribune"),
        ],
        "people": ["Dominic Arceneaux", "Corinne Weatherby", "Lorraine Baptiste-Kuhn"],
    },
    {
        "name": "surgeon-whistleblower-lawsuit-statement-lawyer",
        "text": (
            "A cardiac surgeon who was suspended by Wrenfield General Hospital after raising "
            "concerns about a colleague’s death rates has sued the hospital for $4 million.\n\n"
            "In the lawsuit, filed on Wednesday in Harlan County court, Dr. Mateus Carvalho-Lind "
            "says he was “punished for doing exactly what the law told him to do.”\n\n"
            "The hospital said in a statement that the suspension was “unrelated to any "
            "concerns Dr. Carvalho-Lind may have raised” and that it would defend itself "
            "“vigorously.”\n\n"
            "Carvalho-Lind’s lawyer, Yvette Sørensen, told reporters outside the courthouse "
            "that her client had been “frozen out” of the operating theatre for months before "
            "the suspension. “He went through every proper channel,” she said. “The channels "
            "led straight back to the people he was complaining about.”\n\n"
            "The surgeon, 51, declined to comment."
        ),
        "quotes": [
            (
                "punished for doing exactly what the law told him to do.",
                "Mateus Carvalho-Lind",
                True,
                "P1",
            ),
            (
                "unrelated to any concerns Dr. Carvalho-Lind may have raised",
                None,
                True,
                "P2",
            ),
            ("vigorously.", None, True, "P2"),
            ("frozen out", "Yvette Sørensen", True, None),
            ("He went through every proper channel,", "Yvette Sørensen", False, None),
            (
                "The channels led straight back to the people he was complaining about.",
                "Yvette Sørensen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Mateus Carvalho-Lind", None),
            ("P2", None, None),
        ],
        "people": ["Mateus Carvalho-Lind", "Yvette Sørensen"],
    },
    {
        "name": "singer-benefit-concert-song-nickname-instagram-release",
        "text": (
            "The singer Talia Brightwater raised $2.3 million for the Marigold Children’s "
            "Hospital in Dunsford on Saturday with a benefit concert that ended, as her concerts "
            "always do, with “Paper Lanterns.”\n\n"
            "Brightwater, known to fans as “the Lantern Girl,” was treated at the hospital for "
            "leukemia as a 9-year-old. She told the crowd that the nurses on the fourth floor "
            "had “kept me alive and kept me laughing.”\n\n"
            "The next morning she posted a photo from the ward on Instagram. “Same beds. Same "
            "view. Way more pink,” she wrote.\n\n"
            "The hospital announced the total in a press release on Monday. “Talia has given "
            "back more than we ever gave her,” said the hospital’s president, Dr. Ewan "
            "Castellane-Mori, in the release, adding that the money would fund a lounge for "
            "teenagers on long stays."
        ),
        "quotes": [
            ("kept me alive and kept me laughing.", "Talia Brightwater", True, None),
            ("Same beds. Same view. Way more pink,", "Talia Brightwater", False, "P1"),
            (
                "Talia has given back more than we ever gave her,",
                "Ewan Castellane-Mori",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Talia Brightwater", "Instagram"),
            ("P2", None, "press release"),
        ],
        "people": ["Talia Brightwater", "Ewan Castellane-Mori"],
    },
    {
        "name": "vaccine-exemption-law-signing-substack-second-essay",
        "text": (
            "Governor Harlan Beaumont signed a law on Friday ending religious exemptions from "
            "school vaccination requirements in the state, starting with the 2026–27 school "
            "year.\n\n"
            "“No parent’s beliefs should put another parent’s child in the hospital,” Beaumont "
            "said at the signing ceremony, flanked by pediatricians in white coats.\n\n"
            "The law has split the state’s doctors. Dr. Nadia Kovalenko-Hart, a family "
            "physician in Torrance Falls, wrote in a Substack essay that the law would “push the "
            "most hesitant families out of the public schools and out of our offices.” She "
            "wrote a second essay on Sunday after, she said, receiving hundreds of angry "
            "messages: “I am not anti-vaccine. I have given 20,000 shots. I am "
            "anti-losing-patients.”\n\n"
            "The State Pediatric Society, which backed the law, said in a letter to members "
            "that the exemption rate had tripled since 2015."
        ),
        "quotes": [
            (
                "No parent’s beliefs should put another parent’s child in the hospital,",
                "Harlan Beaumont",
                False,
                None,
            ),
            (
                "push the most hesitant families out of the public schools and out of our offices.",
                "Nadia Kovalenko-Hart",
                True,
                "P1",
            ),
            (
                "I am not anti-vaccine. I have given 20,000 shots. I am anti-losing-patients.",
                "Nadia Kovalenko-Hart",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Nadia Kovalenko-Hart", "Substack"),
            ("P2", "Nadia Kovalenko-Hart", "Substack"),
            ("P3", None, None),
        ],
        "people": ["Harlan Beaumont", "Nadia Kovalenko-Hart"],
    },
    {
        "name": "chatbot-essays-x-thread-memo-campus-paper",
        "text": (
            "A philosophy professor at Greyfield College says she failed nearly a third of her "
            "introductory class this semester after finding that their final essays had been "
            "written by chatbots.\n\n"
            "“Forty-one essays. Thirty-eight of them used the phrase ‘rich tapestry.’ I am not "
            "making this up,” Dr. Evangeline Moritz wrote in a thread on X that has been shared "
            "more than 50,000 times.\n\n"
            "Moritz, who has taught at Greyfield since 2004, said in an interview that she had "
            "warned the class twice. “I told them I would rather read a bad essay of theirs "
            "than a good essay from a machine,” she said.\n\n"
            "In a memo to faculty on Thursday, Greyfield’s provost, Desmond Achterhof, said the "
            "college would review the grades and that “no student should be penalised on "
            "suspicion alone.”\n\n"
            "One of the students, speaking to the campus paper, the Greyfield Gazette, on "
            "condition of anonymity, said: “Half of us used it for grammar. Now we all look "
            "like cheats.”"
        ),
        "quotes": [
            (
                "Forty-one essays. Thirty-eight of them used the phrase ‘rich tapestry.’ I am "
                "not making this up,",
                "Evangeline Moritz",
                False,
                "P1",
            ),
            (
                "I told them I would rather read a bad essay of theirs than a good essay from a "
                "machine,",
                "Evangeline Moritz",
                False,
                None,
            ),
            (
                "no student should be penalised on suspicion alone.",
                "Desmond Achterhof",
                True,
                "P2",
            ),
            (
                "Half of us used it for grammar. Now we all look like cheats.",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Evangeline Moritz", "X"),
            ("P2", "Desmond Achterhof", None),
            ("P3", None, "Greyfield Gazette"),
        ],
        "people": ["Evangeline Moritz", "Desmond Achterhof"],
    },
    {
        "name": "rural-doctor-retires-facebook-authority-statement",
        "text": (
            "For 31 years, Dr. Abernathy Quist was the only doctor in Millbrook Crossing, a "
            "farming town of 2,400 people two hours from the nearest hospital. On Friday, she "
            "saw her last patient.\n\n"
            "“I delivered babies in this town whose babies I later delivered,” Quist, 70, wrote "
            "in a farewell post on Facebook on Saturday. “I have set broken arms at kitchen "
            "tables. I would not trade a day of it.”\n\n"
            "The clinic will close until a replacement is found. The regional health authority "
            "said in a statement that it had advertised the post four times since 2022 without "
            "a single applicant. “Rural practice is a hard sell,” the statement said.\n\n"
            "Townspeople have not given up. Ruth Andersen-Oyelowo, who runs the general store, "
            "said the town had raised $60,000 to refurbish the doctor’s house for whoever comes "
            "next. “We can’t offer city money,” Andersen-Oyelowo said. “We can offer a town "
            "that will love you.”\n\n"
            "Quist posted again on Sunday, thanking the town for a surprise party. “You all "
            "knew about it. Nobody told me. That is Millbrook Crossing in a nutshell.”"
        ),
        "quotes": [
            (
                "I delivered babies in this town whose babies I later delivered,",
                "Abernathy Quist",
                False,
                "P1",
            ),
            (
                "I have set broken arms at kitchen tables. I would not trade a day of it.",
                "Abernathy Quist",
                False,
                "P1",
            ),
            ("Rural practice is a hard sell,", None, False, "P2"),
            ("We can’t offer city money,", "Ruth Andersen-Oyelowo", False, None),
            ("We can offer a town that will love you.", "Ruth Andersen-Oyelowo", False, None),
            (
                "You all knew about it. Nobody told me. That is Millbrook Crossing in a nutshell.",
                "Abernathy Quist",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Abernathy Quist", "Facebook"),
            ("P2", None, None),
            ("P3", "Abernathy Quist", "Facebook"),
        ],
        "people": ["Abernathy Quist", "Ruth Andersen-Oyelowo"],
    },
]
