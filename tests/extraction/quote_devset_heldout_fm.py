"""The one-hundred-and-sixty-third self-made dev set, held out (FM): its first run is an unseen estimate.

Written with set FL, without reading the extraction rules, and committed before
any rule was run on it. Topic area: health and medicine: hospitals, doctors and
nurses, drug approvals, public health, patients.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, and a post
  reported without any quoted words (a health department's Facebook post, the
  College of Paramedics' statement) is still listed in posts.
- A drugmaker's press release that quotes its chief executive or chief medical
  officer ("the release quoted ... as saying") has author None; the quote's speaker
  is the named executive.
- An organisation's email to a named newspaper ("in an email to The Washington
  Post", "to The Seattle Times") is treated like "told" that newspaper: a post with
  author None and the newspaper as platform; its words speak as None.
- A podcast named in marks (“The Daily Dose”) and a radio show named in marks
  (“Central Valley Today”) are titles, not quotes; the post's platform is the show's
  name without marks. BBC Radio 4's Today programme has platform Today and CBC's The
  Current has platform The Current (the show, as with NBC's "Today").
- A clip of a podcast interview that the show posts to YouTube is a separate YouTube
  post with author None; the interview's own words stay with the podcast post, and
  an unnamed viewer's comment under the clip belongs to the clip and speaks as None.
- A union's statement and a federal agency's safety alert are posts with author None
  and no platform.
- A TikTok video that "stitched her video with one of his own" is a new TikTok post
  by the stitcher; a reply "in the comments under his video" belongs to that new
  post.
- An email to staff quoted over two paragraphs (the first paragraph has no closing
  mark) gives one quote per paragraph, both whole, both from the email.
- A lawsuit filed by three states has author None. A court filing in which a
  company's general counsel is the one "writing that ..." is the counsel's post with
  no platform; it is not the company's statement.
- An internal memo "obtained by" a named newspaper is its writer's post with no
  platform (the newspaper only obtained it); a statement on a hospital's own website
  is a post with author None and no platform.
- A name someone posts under (“Chemo Cowgirl”), an account name (“Ask Nurse Jay”), a
  nickname strikers gave a tent ("the Warming Station."), a label printed on a bill
  ("facility fee.") and a Reddit thread's title ("Is this even legal?") are not
  quotes; neither is a word put in marks to talk about the word itself (the word
  "low").
- A Reddit thread started by a named patient is her Reddit post; unnamed users'
  replies in it belong to it and speak as None. Her later words "said in an
  interview" are the story's own interview, not a post.
- Words written "beneath a photo" on Instagram are a whole caption, not partial.
- Two guests in one radio interview: both guests' words belong to the one post,
  whose author is the guest first reported speaking in it.
- Siblings sharing a surname (Kenji and Mei Tanaka), both already named: a bare
  "Tanaka said" followed by "His sister ..." is Kenji Tanaka.
- A video a hospital posts on YouTube in which its surgeon speaks is a post with
  author None and platform YouTube, and the quote's speaker is the surgeon; "the
  hospital announced" with no medium named is not a post.
- A senator's characterisation at a hearing and an unnamed paramedic who "said:" are
  not posts; the paramedic speaks as None. "Reached at home" is not a post.
- A video posted "there" right after an account "on Instagram" is an Instagram post.
- A fragment told to a radio programme ("told ... that the figures were “...”") is
  partial and belongs to that interview, as does the whole quote right after it.
- People only mentioned (a patient, a governor, a patient advocate) are listed in
  people; Gov., Senator and Dr. are not part of a name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FM: list[dict] = [
    {
        "name": "fda-approval-release-x-post-earnings-call",
        "text": (
            "The Food and Drug Administration on Thursday approved Velorant, a once-weekly "
            "injection for adults with moderate to severe psoriasis, the drugmaker Halvern "
            "Therapeutics said in a press release. “Today marks a turning point for patients "
            "who have run out of options,” the release quoted Halvern’s chief executive, Priya "
            "Ramaswamy, as saying.\n\n"
            "Dr. Owen Faulkner, a dermatologist at Mount Sinai who ran one of the trial sites, "
            "was less effusive on X. “Good drug. Price will decide whether anyone gets it,” he "
            "posted.\n\n"
            "The company has not disclosed a list price. Asked about cost on an earnings call, "
            "Ramaswamy said the company would “price responsibly.”"
        ),
        "quotes": [
            (
                "Today marks a turning point for patients who have run out of options,",
                "Priya Ramaswamy",
                False,
                "P1",
            ),
            ("Good drug. Price will decide whether anyone gets it,", "Owen Faulkner", False, "P2"),
            ("price responsibly.", "Priya Ramaswamy", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Owen Faulkner", "X"),
        ],
        "people": ["Priya Ramaswamy", "Owen Faulkner"],
    },
    {
        "name": "nurses-strike-union-statement-tiktok-nickname",
        "text": (
            "Nurses at St. Brendan's Regional Medical Center in Duluth walked off the job at 7 "
            "a.m. on Monday after talks over staffing ratios collapsed. The Minnesota Nurses "
            'Association said in a statement that management had offered "nothing but a pizza '
            'party and a thank-you card."\n\n'
            "The hospital's president, Gail Thorsby, told reporters outside the emergency "
            'entrance that patient care would continue with replacement staff. "Every bed '
            "that was open yesterday is open today,\" she said. She described the union's "
            'demands as "unworkable in the current labor market."\n\n'
            "One striking nurse, Deshawn Maddox, posted a video to TikTok from the picket line "
            'showing colleagues in winter coats. "Twelve patients a shift is not '
            "'flexibility,' it's a hazard,\" he said in the clip. By evening it had been "
            "viewed more than 400,000 times, and strikers were crowding into a heated coffee "
            'tent they had nicknamed "the Warming Station."'
        ),
        "quotes": [
            ("nothing but a pizza party and a thank-you card.", None, True, "P1"),
            ("Every bed that was open yesterday is open today,", "Gail Thorsby", False, None),
            ("unworkable in the current labor market.", "Gail Thorsby", True, None),
            (
                "Twelve patients a shift is not 'flexibility,' it's a hazard,",
                "Deshawn Maddox",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Deshawn Maddox", "TikTok"),
        ],
        "people": ["Gail Thorsby", "Deshawn Maddox"],
    },
    {
        "name": "measles-outbreak-news-conference-instagram-caption",
        "text": (
            "The Clark County health department confirmed 14 new measles cases on Wednesday, "
            "bringing the outbreak to 61, most of them in unvaccinated children under five.\n\n"
            "“We are not through the worst of this,” the county’s health officer, Dr. Rosalind "
            "Achebe, said at a news conference. “If your child has not had both doses, today "
            "is the day.”\n\n"
            "A local pediatrician, Marcus Liang, urged parents on Instagram to stop waiting "
            "for the school’s reminder letter. “I have had three families in my office this "
            "week who thought one shot was enough. It is not,” he wrote beneath a photo of an "
            "empty vaccine fridge.\n\n"
            "The department said in a Facebook post later that day that walk-in clinics would "
            "stay open through the weekend."
        ),
        "quotes": [
            ("We are not through the worst of this,", "Rosalind Achebe", False, None),
            (
                "If your child has not had both doses, today is the day.",
                "Rosalind Achebe",
                False,
                None,
            ),
            (
                "I have had three families in my office this week who thought one shot was "
                "enough. It is not,",
                "Marcus Liang",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Marcus Liang", "Instagram"),
            ("P2", None, "Facebook"),
        ],
        "people": ["Rosalind Achebe", "Marcus Liang"],
    },
    {
        "name": "surgeon-general-podcast-energy-drinks-youtube-comment",
        "text": (
            "The surgeon general, Dr. Elaine Whitcombe, said on the podcast “The Daily Dose” "
            "that she would push for warning labels on energy drinks sold to teenagers. “We "
            "put labels on cigarettes because the evidence demanded it. The evidence is "
            "getting there,” she said.\n\n"
            "The American Beverage Association called the idea “regulation by press release” "
            "in an email to The Washington Post.\n\n"
            "A clip of the interview that the show posted to YouTube drew thousands of "
            "comments. One viewer, who identified himself as a high school football coach, "
            "wrote under it: “Half my team drinks two of these before practice.”"
        ),
        "quotes": [
            (
                "We put labels on cigarettes because the evidence demanded it. The evidence is "
                "getting there,",
                "Elaine Whitcombe",
                False,
                "P1",
            ),
            ("regulation by press release", None, True, "P2"),
            ("Half my team drinks two of these before practice.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Elaine Whitcombe", "The Daily Dose"),
            ("P2", None, "The Washington Post"),
            ("P3", None, "YouTube"),
        ],
        "people": ["Elaine Whitcombe"],
    },
    {
        "name": "adhd-drug-shortage-open-letter-reddit-thread",
        "text": (
            "A shortage of the ADHD drug methylphenidate has left pharmacies across Ohio "
            "turning patients away, and 212 pharmacists sent an open letter to the Drug "
            'Enforcement Administration on Friday asking it to raise production quotas. "We '
            'are rationing a medication that children need to get through a school day," the '
            "letter said.\n\n"
            "Kevin Abernathy, a pharmacist in Dayton who helped organize the letter, started a "
            "thread on Reddit's r/pharmacy forum asking colleagues how many prescriptions they "
            'could not fill. "Mine is 40 this month and it\'s the 12th," he wrote. One reply, '
            'from a user who said she worked at a chain store in Toledo, read: "We stopped '
            'counting."\n\n'
            'A DEA spokeswoman, Lorna Fitch, said the agency was "reviewing the letter" and '
            "declined to comment further."
        ),
        "quotes": [
            (
                "We are rationing a medication that children need to get through a school day,",
                None,
                False,
                "P1",
            ),
            ("Mine is 40 this month and it's the 12th,", "Kevin Abernathy", False, "P2"),
            ("We stopped counting.", None, False, "P2"),
            ("reviewing the letter", "Lorna Fitch", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kevin Abernathy", "Reddit"),
        ],
        "people": ["Kevin Abernathy", "Lorna Fitch"],
    },
    {
        "name": "icu-nurse-linkedin-resignation-ceo-email-two-paragraphs",
        "text": (
            "After 19 years in the intensive care unit at Hartwell General Hospital, Bethany "
            "Okonkwo-Reyes announced her resignation in a LinkedIn post on Sunday that has "
            "since been shared more than 8,000 times. “I am not leaving nursing. I am leaving "
            "a system that stopped listening,” she wrote. Under the post, a former colleague, "
            "Dr. Samuel Iwu, commented: “She trained half the ICU. Including me.”\n\n"
            "Hartwell’s chief executive, Mark Delacroix, wrote in an email to staff on Monday "
            "that the hospital would review its overtime rules:\n\n"
            "“I read Bethany’s post twice. She is owed an answer, and so are all of you.\n\n"
            "“Starting this month, no nurse will be scheduled for more than three 12-hour "
            "shifts in a row. That is a floor, not a ceiling.”\n\n"
            "A hospital spokesman said Delacroix would not comment beyond the email."
        ),
        "quotes": [
            (
                "I am not leaving nursing. I am leaving a system that stopped listening,",
                "Bethany Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("She trained half the ICU. Including me.", "Samuel Iwu", False, "P1"),
            (
                "I read Bethany’s post twice. She is owed an answer, and so are all of you.",
                "Mark Delacroix",
                False,
                "P2",
            ),
            (
                "Starting this month, no nurse will be scheduled for more than three 12-hour "
                "shifts in a row. That is a floor, not a ceiling.",
                "Mark Delacroix",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Bethany Okonkwo-Reyes", "LinkedIn"),
            ("P2", "Mark Delacroix", None),
        ],
        "people": ["Bethany Okonkwo-Reyes", "Samuel Iwu", "Mark Delacroix"],
    },
    {
        "name": "insulin-pricing-states-lawsuit-counsel-filing",
        "text": (
            "Three states sued the insulin maker Corvel Pharma in federal court in Newark on "
            "Tuesday, accusing it of inflating list prices to pay larger rebates to pharmacy "
            "benefit managers. The lawsuit says the company “built a pricing machine that runs "
            "on the blood sugar of the uninsured.”\n\n"
            "New Jersey’s attorney general, Rafael Montoya, told reporters at a news "
            "conference in Trenton that the states were seeking refunds for patients. “People "
            "paid for this with their rent money,” he said.\n\n"
            "Corvel said in a statement that the suit was “without merit” and that its $35 "
            "monthly cap on out-of-pocket costs already covered most patients. The company’s "
            "general counsel, Helena Park, made the same argument in a court filing last year "
            "in a separate case, writing that list prices “do not reflect what any patient "
            "actually pays.”"
        ),
        "quotes": [
            (
                "built a pricing machine that runs on the blood sugar of the uninsured.",
                None,
                True,
                "P1",
            ),
            ("People paid for this with their rent money,", "Rafael Montoya", False, None),
            ("without merit", None, True, "P2"),
            ("do not reflect what any patient actually pays.", "Helena Park", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Helena Park", None),
        ],
        "people": ["Rafael Montoya", "Helena Park"],
    },
    {
        "name": "chemo-bell-instagram-story-oncologist-reshare",
        "text": (
            "Jolene Marsh was 34 when she learned that the lump in her breast was stage 3 "
            "cancer. Since then she has documented her treatment on Instagram as “Chemo "
            "Cowgirl,” a nickname her nurses gave her.\n\n"
            "On Tuesday, after her last round of chemotherapy at the Huntsman Cancer Institute "
            "in Salt Lake City, she rang the bell in the infusion center and posted the video "
            "to her Instagram story. “Done. DONE. Somebody bring me a cheeseburger,” she wrote "
            "over the clip.\n\n"
            "Her oncologist, Dr. Arjun Mehta, reshared it on his own Instagram story with the "
            "words “This is why we do the job.”\n\n"
            "Marsh told KSL-TV that she would start radiation next month. “The bell is not the "
            "end,” she said. “But it is a really good sound.”"
        ),
        "quotes": [
            ("Done. DONE. Somebody bring me a cheeseburger,", "Jolene Marsh", False, "P1"),
            ("This is why we do the job.", "Arjun Mehta", False, "P2"),
            ("The bell is not the end,", "Jolene Marsh", False, "P3"),
            ("But it is a really good sound.", "Jolene Marsh", False, "P3"),
        ],
        "posts": [
            ("P1", "Jolene Marsh", "Instagram"),
            ("P2", "Arjun Mehta", "Instagram"),
            ("P3", "Jolene Marsh", "KSL-TV"),
        ],
        "people": ["Jolene Marsh", "Arjun Mehta"],
    },
    {
        "name": "bird-flu-who-statement-bluesky-senate-hearing",
        "text": (
            "The World Health Organization said on Friday that the risk to the general public "
            "from the H5N1 bird flu virus remained low, despite a third human case in Cambodia "
            'this month. "There is no evidence of sustained human-to-human transmission," '
            "the agency said in a statement.\n\n"
            "Tobias Brandt, a virologist at the University of Hamburg, posted on Bluesky that "
            'the word "low" was doing a lot of work in that sentence. "Low risk today. We '
            'have no idea about next month, because nobody is testing," he wrote.\n\n'
            "At a Senate hearing in Washington the same day, the director of the Centers for "
            "Disease Control and Prevention, Dr. Naomi Castellanos, said surveillance of dairy "
            'herds had expanded to 19 states. "We are testing more milk than ever before," '
            "Castellanos told senators. Senator Bill Harrow, a Republican from Kansas, called "
            'the program "a solution in search of a problem."'
        ),
        "quotes": [
            ("There is no evidence of sustained human-to-human transmission,", None, False, "P1"),
            (
                "Low risk today. We have no idea about next month, because nobody is testing,",
                "Tobias Brandt",
                False,
                "P2",
            ),
            ("We are testing more milk than ever before,", "Naomi Castellanos", False, None),
            ("a solution in search of a problem.", "Bill Harrow", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tobias Brandt", "Bluesky"),
        ],
        "people": ["Tobias Brandt", "Naomi Castellanos", "Bill Harrow"],
    },
    {
        "name": "rural-hospital-closure-release-facebook-group-mayor",
        "text": (
            "Millbrook Community Hospital, the only hospital within 60 miles for about 30,000 "
            "people in eastern Oregon, will close its inpatient unit on June 30, its owner, "
            "Cascadia Health Partners, said in a press release on Thursday. The release cited "
            "“unsustainable losses” and said an urgent care clinic would remain open.\n\n"
            "The news spread first in a Facebook group for Millbrook residents, where Carol "
            "Ann Whitley, a retired labor and delivery nurse, posted: “Where are women "
            "supposed to give birth now? In the back of a pickup on Route 26?” Her post drew "
            "more than 600 comments within an hour.\n\n"
            "The town’s mayor, Dwayne Hollis, addressed a packed high school gymnasium that "
            "evening. “They made their decision in Portland. We will live with it here,” he "
            "told the crowd. He said the city council would ask Gov. Laura Benning to "
            "intervene."
        ),
        "quotes": [
            ("unsustainable losses", None, True, "P1"),
            (
                "Where are women supposed to give birth now? In the back of a pickup on Route 26?",
                "Carol Ann Whitley",
                False,
                "P2",
            ),
            (
                "They made their decision in Portland. We will live with it here,",
                "Dwayne Hollis",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Carol Ann Whitley", "Facebook"),
        ],
        "people": ["Carol Ann Whitley", "Dwayne Hollis", "Laura Benning"],
    },
    {
        "name": "compounded-semaglutide-fda-alert-tiktok-stitch",
        "text": (
            "The Food and Drug Administration warned on Wednesday that compounded versions of "
            "semaglutide sold online had been linked to at least 30 hospitalizations for "
            "dosing errors. In a safety alert, the agency said some patients had injected "
            "“five to 20 times” the intended dose.\n\n"
            "Dr. Felicia Onwuachi, an obesity specialist in Houston with 1.2 million followers "
            "on TikTok, posted a video that afternoon holding up two syringes. “This one is "
            "units. This one is milliliters. If nobody explained the difference to you, that "
            "is not your fault,” she said in the video.\n\n"
            "A wellness influencer, Brayden Kessler, who sells a compounded version through "
            "his website, stitched her video with one of his own. “Big Pharma is scared,” he "
            "said. Onwuachi replied in the comments under his video: “I’m scared for your "
            "customers.”"
        ),
        "quotes": [
            ("five to 20 times", None, True, "P1"),
            (
                "This one is units. This one is milliliters. If nobody explained the difference "
                "to you, that is not your fault,",
                "Felicia Onwuachi",
                False,
                "P2",
            ),
            ("Big Pharma is scared,", "Brayden Kessler", False, "P3"),
            ("I’m scared for your customers.", "Felicia Onwuachi", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Felicia Onwuachi", "TikTok"),
            ("P3", "Brayden Kessler", "TikTok"),
        ],
        "people": ["Felicia Onwuachi", "Brayden Kessler"],
    },
    {
        "name": "medical-school-commencement-substack-essay-title",
        "text": (
            "Dr. Harold Benveniste, who retired last year as dean of the Lakeshore School of "
            "Medicine, used his commencement address on Saturday to tell graduates that the "
            "profession had “confused throughput with care.”\n\n"
            "“You will be measured by how many patients you see in an hour,” he said. “Do not "
            "let that become the way you measure yourselves.”\n\n"
            "The speech expanded on an essay he published on Substack in March under the title "
            "“The Fifteen-Minute Physician,” in which he wrote that primary care doctors were "
            "“the last generalists in a world of specialists, and we are treating them like a "
            "billing code.”\n\n"
            "Several graduates said afterward that the speech had landed. “He said out loud "
            "what all of us were thinking during rotations,” said Amara Lindgren, who starts a "
            "family medicine residency in Milwaukee in July."
        ),
        "quotes": [
            ("confused throughput with care.", "Harold Benveniste", True, None),
            (
                "You will be measured by how many patients you see in an hour,",
                "Harold Benveniste",
                False,
                None,
            ),
            (
                "Do not let that become the way you measure yourselves.",
                "Harold Benveniste",
                False,
                None,
            ),
            (
                "the last generalists in a world of specialists, and we are treating them like a "
                "billing code.",
                "Harold Benveniste",
                True,
                "P1",
            ),
            (
                "He said out loud what all of us were thinking during rotations,",
                "Amara Lindgren",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harold Benveniste", "Substack"),
        ],
        "people": ["Harold Benveniste", "Amara Lindgren"],
    },
    {
        "name": "ambulance-waits-radio-today-programme-x-paramedic",
        "text": (
            "Patients in England waited an average of 47 minutes for an ambulance after a "
            "suspected heart attack or stroke in January, more than twice the 18-minute "
            "target, according to NHS figures published on Thursday.\n\n"
            "The health secretary, Imogen Clarke-Whitfield, told BBC Radio 4’s Today programme "
            "that the figures were “not acceptable and not a surprise.” “We inherited a "
            "service that was running on fumes,” she said.\n\n"
            "Her Conservative shadow, Graham Pryce, was unimpressed. “She has been in the job "
            "18 months. At some point the fumes are hers,” he posted on X.\n\n"
            "The College of Paramedics said in a statement that crews were spending whole "
            "shifts queuing outside emergency departments. One paramedic in Leeds, who asked "
            "not to be named, said: “I did one job in twelve hours. One.”"
        ),
        "quotes": [
            ("not acceptable and not a surprise.", "Imogen Clarke-Whitfield", True, "P1"),
            (
                "We inherited a service that was running on fumes,",
                "Imogen Clarke-Whitfield",
                False,
                "P1",
            ),
            (
                "She has been in the job 18 months. At some point the fumes are hers,",
                "Graham Pryce",
                False,
                "P2",
            ),
            ("I did one job in twelve hours. One.", None, False, None),
        ],
        "posts": [
            ("P1", "Imogen Clarke-Whitfield", "Today"),
            ("P2", "Graham Pryce", "X"),
            ("P3", None, None),
        ],
        "people": ["Imogen Clarke-Whitfield", "Graham Pryce"],
    },
    {
        "name": "alzheimers-trial-pause-release-analyst-note-patient",
        "text": (
            "Shares of Brightwater Bio fell 38 percent on Monday after the company said in a "
            "news release that it had paused a late-stage trial of its Alzheimer's drug, "
            'BW-117, after two patients developed brain swelling. "Patient safety comes '
            "before every other consideration,\" the release quoted Brightwater's chief "
            "medical officer, Dr. Ingrid Solberg, as saying.\n\n"
            "In a note to clients, Jefferies analyst Matthew Oduya wrote that the pause was "
            '"likely fatal to the program in its current form" and cut his price target to '
            "$9 from $41.\n\n"
            "Patients in the trial were told by phone over the weekend. Reached at home in "
            "Asheville, N.C., one participant, Ronald Veit, 71, said he had been on the drug "
            "for 14 months. \"My wife thinks I've been sharper. Maybe that's hope talking,\" "
            "he said."
        ),
        "quotes": [
            (
                "Patient safety comes before every other consideration,",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("likely fatal to the program in its current form", "Matthew Oduya", True, "P2"),
            (
                "My wife thinks I've been sharper. Maybe that's hope talking,",
                "Ronald Veit",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Matthew Oduya", None),
        ],
        "people": ["Ingrid Solberg", "Matthew Oduya", "Ronald Veit"],
    },
    {
        "name": "nurse-practitioner-bill-op-ed-testimony-linkedin",
        "text": (
            "A bill that would let nurse practitioners in Pennsylvania practice without a "
            "supervising physician cleared the state Senate health committee on Tuesday, 9 to "
            "4.\n\n"
            "The Pennsylvania Medical Society has fought the measure for a decade. Its "
            "president, Dr. Leonard Tsai, wrote in an op-ed in The Philadelphia Inquirer last "
            "month that the bill would create “a two-tier system in which rural patients get "
            "the tier with less training.”\n\n"
            "Testifying before the committee, Kiara Johnson-Bell, a nurse practitioner who "
            "runs a clinic in Clearfield County, said the nearest physician willing to sign "
            "her collaborative agreement was 90 miles away. “I pay him $12,000 a year to be a "
            "signature,” she said. “My patients do not pay for that signature. They pay for "
            "me.”\n\n"
            "In a LinkedIn post after the vote, Tsai said the society would “keep making the "
            "case on the House side.”"
        ),
        "quotes": [
            (
                "a two-tier system in which rural patients get the tier with less training.",
                "Leonard Tsai",
                True,
                "P1",
            ),
            ("I pay him $12,000 a year to be a signature,", "Kiara Johnson-Bell", False, None),
            (
                "My patients do not pay for that signature. They pay for me.",
                "Kiara Johnson-Bell",
                False,
                None,
            ),
            ("keep making the case on the House side.", "Leonard Tsai", True, "P2"),
        ],
        "posts": [
            ("P1", "Leonard Tsai", "The Philadelphia Inquirer"),
            ("P2", "Leonard Tsai", "LinkedIn"),
        ],
        "people": ["Leonard Tsai", "Kiara Johnson-Bell"],
    },
    {
        "name": "hospital-ransomware-memo-website-statement-threads",
        "text": (
            "A ransomware attack forced Lakeview Medical Center in Racine, Wis., to divert "
            "ambulances for a third day on Thursday, and staff have gone back to paper charts. "
            "In an internal memo obtained by the Milwaukee Journal Sentinel, the hospital’s "
            "chief information officer, Dev Raghunathan, told employees not to connect "
            "personal devices to the network “under any circumstances, including to charge a "
            "phone.”\n\n"
            "The hospital has said little in public. A two-sentence statement on its website "
            "said it was “working around the clock with law enforcement and outside experts.”\n\n"
            "Patients have filled the silence on Threads. “Chemo postponed. Nobody can see my "
            "labs. Nobody can tell me when,” wrote Patricia Gómez, who is being treated for "
            "lymphoma at the hospital. Her post has been reshared more than 3,000 times."
        ),
        "quotes": [
            (
                "under any circumstances, including to charge a phone.",
                "Dev Raghunathan",
                True,
                "P1",
            ),
            (
                "working around the clock with law enforcement and outside experts.",
                None,
                True,
                "P2",
            ),
            (
                "Chemo postponed. Nobody can see my labs. Nobody can tell me when,",
                "Patricia Gómez",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dev Raghunathan", None),
            ("P2", None, None),
            ("P3", "Patricia Gómez", "Threads"),
        ],
        "people": ["Dev Raghunathan", "Patricia Gómez"],
    },
    {
        "name": "flu-shot-siblings-radio-show-facebook-caption",
        "text": (
            "Kenji Tanaka, a pharmacist, and his sister, Dr. Mei Tanaka, an emergency "
            "physician, have spent the fall running free flu shot clinics in church parking "
            "lots across Fresno, Calif. They have given more than 4,000 shots since September.\n\n"
            "“People will not come to us, so we go to them,” Tanaka said on Monday on Valley "
            "Public Radio’s morning show, “Central Valley Today.” His sister, who joined the "
            "interview from the hospital, said the emergency department had seen a jump in flu "
            "admissions among farmworkers. “Most of them have never been offered a shot by "
            "anyone,” she said.\n\n"
            "The county’s public health director, Lydia Abrams, posted a photo from Sunday’s "
            "clinic on Facebook with the caption “This is what public health looks like.”"
        ),
        "quotes": [
            ("People will not come to us, so we go to them,", "Kenji Tanaka", False, "P1"),
            ("Most of them have never been offered a shot by anyone,", "Mei Tanaka", False, "P1"),
            ("This is what public health looks like.", "Lydia Abrams", False, "P2"),
        ],
        "posts": [
            ("P1", "Kenji Tanaka", "Central Valley Today"),
            ("P2", "Lydia Abrams", "Facebook"),
        ],
        "people": ["Kenji Tanaka", "Mei Tanaka", "Lydia Abrams"],
    },
    {
        "name": "pig-kidney-transplant-family-statement-hospital-video",
        "text": (
            "A 58-year-old man from Baltimore has become the first living patient to receive a "
            "kidney from a genetically edited pig at the University of Maryland Medical "
            "Center, the hospital announced on Friday.\n\n"
            "The patient, Terrence Boyd, had been on dialysis for seven years. His family said "
            "in a statement that he was “walking the halls and asking for crab cakes.”\n\n"
            "The lead surgeon, Dr. Anil Varghese, described the operation in a video the "
            "hospital posted on YouTube. “The kidney pinked up within minutes. That is the "
            "moment you hold your breath for,” he said in the video. At a news conference "
            "later, he cautioned that no pig kidney had yet lasted more than about two months "
            "in a living patient. “We are measuring success in weeks, not years, for now,” "
            "Varghese said."
        ),
        "quotes": [
            ("walking the halls and asking for crab cakes.", None, True, "P1"),
            (
                "The kidney pinked up within minutes. That is the moment you hold your breath for,",
                "Anil Varghese",
                False,
                "P2",
            ),
            (
                "We are measuring success in weeks, not years, for now,",
                "Anil Varghese",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "YouTube"),
        ],
        "people": ["Terrence Boyd", "Anil Varghese"],
    },
    {
        "name": "facility-fee-bill-reddit-thread-newspaper-email",
        "text": (
            "When Aisha Rahman's son broke his arm on a trampoline in August, the emergency "
            "room visit at Northgate Children's Hospital cost $340 after insurance. Three "
            'months later, a second bill arrived for $4,870, labeled "facility fee."\n\n'
            'Rahman posted both bills on Reddit, in a thread titled "Is this even legal?" '
            'Within a day it had more than 2,000 comments. "Call the billing office and ask '
            'for an itemized statement, every time," one user wrote. Another, who said he '
            'worked in hospital billing, replied: "Facility fees are legal. Hiding them until '
            'after the visit is the problem."\n\n'
            'Northgate said in an email to The Seattle Times that the fee had been "disclosed '
            "in accordance with state law.\" After the newspaper's inquiry, the hospital's "
            "patient advocate, Dolores Whitmore, called Rahman and reduced the bill to zero, "
            "Rahman said.\n\n"
            '"I should not have had to go viral to get a straight answer," she said in an '
            "interview."
        ),
        "quotes": [
            (
                "Call the billing office and ask for an itemized statement, every time,",
                None,
                False,
                "P1",
            ),
            (
                "Facility fees are legal. Hiding them until after the visit is the problem.",
                None,
                False,
                "P1",
            ),
            ("disclosed in accordance with state law.", None, True, "P2"),
            (
                "I should not have had to go viral to get a straight answer,",
                "Aisha Rahman",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Aisha Rahman", "Reddit"),
            ("P2", None, "The Seattle Times"),
        ],
        "people": ["Aisha Rahman", "Dolores Whitmore"],
    },
    {
        "name": "mpox-second-dose-minister-instagram-nurse-cbc",
        "text": (
            "Canada will offer a second dose of the mpox vaccine to anyone who received a "
            "first shot in 2022, Health Minister Sylvie Gagnon-Tremblay said on Wednesday, "
            "after a cluster of 23 cases in Montreal.\n\n"
            "“Immunity from a single dose fades. The science is clear on that,” the minister "
            "told reporters on Parliament Hill. She said 400,000 doses were already in "
            "provincial warehouses.\n\n"
            "The announcement followed weeks of pressure from community groups. Jamal Okafor, "
            "a Toronto nurse who runs the sexual health account “Ask Nurse Jay” on Instagram, "
            "had posted a video there last week pleading with Ottawa to act. “We did this "
            "once. We know how. What are we waiting for?” he said in the video.\n\n"
            "Speaking on CBC’s The Current on Thursday, Okafor said he was relieved but wanted "
            "walk-in clinics. “Booking systems are where good public health goes to die,” he "
            "said."
        ),
        "quotes": [
            (
                "Immunity from a single dose fades. The science is clear on that,",
                "Sylvie Gagnon-Tremblay",
                False,
                None,
            ),
            (
                "We did this once. We know how. What are we waiting for?",
                "Jamal Okafor",
                False,
                "P1",
            ),
            (
                "Booking systems are where good public health goes to die,",
                "Jamal Okafor",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Jamal Okafor", "Instagram"),
            ("P2", "Jamal Okafor", "The Current"),
        ],
        "people": ["Sylvie Gagnon-Tremblay", "Jamal Okafor"],
    },
]
