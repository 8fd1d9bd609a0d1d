"""The one-hundred-and-seventy-eighth self-made dev set, held out (GB): its first run is an unseen estimate.

Written with set GC, without reading the extraction rules, and committed before
any rule was run on it. Topic area: health and hospitals: doctors, nurses,
patients, public health, drug prices.

Same format and conventions as the earlier self-made
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
- Post ids follow the order in which the text first reports each post; people
  are listed in the order of their first mention, and every named person in
  these texts speaks or writes something (no person is named only as a
  subject).
- A post reported without any quoted words (a YouTube video that was removed,
  a company's emailed reply, a flag raised on the forum PubPeer) is still
  listed in posts; PubPeer is the platform of the flag.
- A drugmaker's press release quoting its chief executive is a press release
  with author None; the quote's speaker is the executive.
- A TikTok video whose words are reported with "he said in the video" or "she
  says" is a TikTok post; "returned to the platform" with a new clip is a new
  TikTok post, and words "in the caption" are whole, not partial.
- A description instead of a name ("the 34-year-old nurse", "the minister")
  resolves to the person it describes.
- A quote that follows an attributed quote in the same paragraph with no new
  attribution has the same speaker and the same source.
- A statement by a union or a company that quotes a named director or chief
  executive ("the statement quoted its Scottish director ... as saying",
  "said its chief executive, ..., in the statement") has author None; the
  quote's speaker is the named person.
- A statement issued by a named person ("Its president, Dr. Howard Feinstein,
  said in a statement") is that person's post with no platform.
- An unnamed nurse's reply beneath a chief executive's Facebook post belongs
  to that post with speaker None.
- An outlet named in full and then by a short form (Oregon Public
  Broadcasting / OPB, the Chicago Tribune / the Tribune, Radio New Zealand /
  RNZ) is one interview; its platform is the full name as written.
- A descriptor before an outlet's name is not part of the platform: "the CBS
  affiliate WDJT" is WDJT, "the radio station Radio Mirchi" is Radio Mirchi,
  "the journal Science" is Science.
- A TV appearance reported as "defended the fees on the CBS affiliate WDJT"
  is an interview post on WDJT; "spoke to KPBS" followed by "she said in the
  interview" is a KPBS post.
- A podcast named in marks (“Scrubbing In,”) is the platform, written without
  the marks, and the name is not a quote.
- An op-ed "in The Boston Globe" or "for the Pittsburgh Post-Gazette" has the
  newspaper as written as its platform ("The Boston Globe" keeps its "The").
- A company's statement "of its own" in response to an op-ed is a new post
  with author None; its fragments speak as None.
- A post's own author answering in a comment or reply under it (a patient
  answering followers, a surgeon replying in the thread of his X post) belongs
  to that post; a fragment of that reply reported in narration is partial.
- A memo to staff "obtained by" a newspaper is its writer's post with no
  platform, not an interview with the newspaper.
- A "follow-up post" or "follow-up essay" with no platform named is a new post
  on the platform of the author's earlier one (X, Medium).
- An essay's author named only in the next paragraph ("wrote Lucía
  Fernández-Ibarra") is that essay's author.
- A Substack essay's title in marks (“The Shift That Never Ends,”), a YouTube
  video's title (“What Your Doctor Won’t Tell You,”), the name followers call
  themselves (“Scan Fam.”) and a nickname (“the Truth Doctor,”) are not quotes.
- A term in marks introduced by "what the hospital calls" (“facility fees”)
  is a scare quote, not a quote.
- A single-marked phrase inside a reply (‘run dry’) is part of that quote.
- A company's reply "said in an email" to the newspaper is a post with author
  None and no platform.
- A journal's retraction notice is a post with author None and no platform (the
  journal speaks as an organisation; it is not an outlet carrying someone's
  words); its fragment speaks as None.
- A lawsuit filed by a nurses' union on a nurse's behalf has author None and
  its words speak as None, even where they describe her; the nurse's Instagram
  story, with its caption given whole ("with the caption"), is her Instagram
  post.
- An open letter signed by 340 paramedics and a family's statement released
  through a hospital are posts with author None and no platform.
- A letter one named father writes to every member of Parliament is his post
  with no platform.
- A hearing exchange ("told the chief executive ... at the hearing",
  "replied that"), a town hall, a rally, a news conference, a meeting of a
  medical society, a graduation ceremony address, a speech on the Senate
  floor or on the floor of a state assembly, and "told reporters at
  Parliament" are not posts; a senator who "quoted the essay" in a floor speech
  speaks her own words with no post.
- Titles such as Dr., Senator, State Representative and "the health
  minister" are not part of a canonical name; name order as written is kept
  for Bao Ngoc Tran and Jung Ha-eun; an apostrophe in a surname (O’Sullivan) is
  kept as written.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_GB: list[dict] = [
    {
        "name": "insulin-cap-release-tiktok-nurse-return",
        "text": (
            "The drugmaker Halvorsen Pharma said on Wednesday that it would cap the price of "
            "its long-acting insulin at $35 a month for uninsured patients, weeks after a "
            "Minneapolis nurse’s videos about the drug’s cost went viral.\n\n"
            "“No one should have to ration a medicine that keeps them alive,” the company’s "
            "chief executive, Anneliese Brandt, said in a press release announcing the change.\n\n"
            "The nurse, Kwame Osei-Bonsu, had posted a video on TikTok in January showing the "
            "pharmacy receipt of a patient who paid $412 for a single month’s supply. “I watched "
            "a 19-year-old split her doses in half to make them last until payday,” he said in the "
            "video, which has been viewed more than six million times.\n\n"
            "On Wednesday he returned to the platform with a new clip. “This is a start, not a "
            "finish. Now do it for people with insurance,” the 34-year-old nurse wrote in the "
            "caption.\n\n"
            "Asked by reporters outside the company’s offices in New Jersey whether other drugs "
            "would follow, Brandt said the company was “reviewing the whole portfolio.”"
        ),
        "quotes": [
            (
                "No one should have to ration a medicine that keeps them alive,",
                "Anneliese Brandt",
                False,
                "P1",
            ),
            (
                "I watched a 19-year-old split her doses in half to make them last until payday,",
                "Kwame Osei-Bonsu",
                False,
                "P2",
            ),
            (
                "This is a start, not a finish. Now do it for people with insurance,",
                "Kwame Osei-Bonsu",
                False,
                "P3",
            ),
            ("reviewing the whole portfolio.", "Anneliese Brandt", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kwame Osei-Bonsu", "TikTok"),
            ("P3", "Kwame Osei-Bonsu", "TikTok"),
        ],
        "people": ["Anneliese Brandt", "Kwame Osei-Bonsu"],
    },
    {
        "name": "glasgow-nurses-strike-rally-union-statement-facebook-reply",
        "text": (
            "Nurses at St. Columba’s Hospital in Glasgow walked off the job on Monday morning, "
            "the first strike at the hospital in its 130-year history.\n\n"
            "“We are not leaving our patients,” Fiona MacLeod, a ward sister of 22 years, told a "
            "rally outside the main entrance. “We are leaving a system that has already left "
            "them. Every one of us would rather be inside.”\n\n"
            "The Royal College of Nursing said in a statement that talks had collapsed over "
            "staffing ratios. “The health board has had eleven months to put a serious offer on "
            "the table,” the statement quoted its Scottish director, Dr. Aileen Drummond, as "
            "saying.\n\n"
            "The health board’s chief executive, Rajesh Venkataraman, wrote on Facebook on Sunday "
            "evening that the board had made “the best offer in the country” and asked staff to "
            "reconsider. In a reply beneath his post, one nurse wrote: “Then come and work a "
            "night shift with us.”\n\n"
            "Patients due for planned surgery this week have been told that their operations "
            "will be rescheduled."
        ),
        "quotes": [
            ("We are not leaving our patients,", "Fiona MacLeod", False, None),
            (
                "We are leaving a system that has already left them. Every one of us would rather "
                "be inside.",
                "Fiona MacLeod",
                False,
                None,
            ),
            (
                "The health board has had eleven months to put a serious offer on the table,",
                "Aileen Drummond",
                False,
                "P1",
            ),
            ("the best offer in the country", "Rajesh Venkataraman", True, "P2"),
            ("Then come and work a night shift with us.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rajesh Venkataraman", "Facebook"),
        ],
        "people": ["Fiona MacLeod", "Aileen Drummond", "Rajesh Venkataraman"],
    },
    {
        "name": "measles-outbreak-news-conference-youtube-pastor-opb",
        "text": (
            "Health officials in Clark County, Wash., confirmed 14 new cases of measles on "
            "Thursday, bringing the outbreak to 61, most of them in unvaccinated children under "
            "10.\n\n"
            "“This is the most preventable tragedy I have seen in my career,” Dr. Esperanza "
            "Villanueva, the county’s health officer, said at a news conference. “Two doses. That "
            "is all it takes.”\n\n"
            "In a YouTube video posted on Tuesday, Villanueva answered a claim, widely shared "
            "among parents, that the vaccine causes autism. “That study was retracted, and its "
            "author lost his medical license,” she said. “I understand the fear. I do not share "
            "it.”\n\n"
            "A local pastor, Daniel Okonjo-Reyes, whose congregation includes several of the "
            "affected families, said in an interview with Oregon Public Broadcasting that he had "
            "urged members to talk to their doctors. “Faith and medicine are not enemies, and "
            "never have been,” he told OPB."
        ),
        "quotes": [
            (
                "This is the most preventable tragedy I have seen in my career,",
                "Esperanza Villanueva",
                False,
                None,
            ),
            ("Two doses. That is all it takes.", "Esperanza Villanueva", False, None),
            (
                "That study was retracted, and its author lost his medical license,",
                "Esperanza Villanueva",
                False,
                "P1",
            ),
            ("I understand the fear. I do not share it.", "Esperanza Villanueva", False, "P1"),
            (
                "Faith and medicine are not enemies, and never have been,",
                "Daniel Okonjo-Reyes",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Esperanza Villanueva", "YouTube"),
            ("P2", "Daniel Okonjo-Reyes", "Oregon Public Broadcasting"),
        ],
        "people": ["Esperanza Villanueva", "Daniel Okonjo-Reyes"],
    },
    {
        "name": "drug-negotiation-hearing-globe-oped-company-statement",
        "text": (
            "Senator Margaret Ellison-Hart’s bill to let Medicare negotiate the prices of 50 more "
            "drugs cleared a committee vote on Tuesday, a week after a hearing at which "
            "pharmaceutical executives were questioned for more than four hours.\n\n"
            "“You charge Americans nine times what you charge Germans for the same pill,” "
            "Ellison-Hart told the chief executive of Corvane Therapeutics, Luc Marchetti, at the "
            "hearing. Marchetti replied that the company’s prices “reflect the cost of the "
            "ninety-nine drugs that fail.”\n\n"
            "In an op-ed published in The Boston Globe on Sunday, Ellison-Hart wrote that the "
            "industry’s favorite argument had “expired along with its patents.” “Innovation is "
            "not a hostage,” she wrote, “and patients are not the ransom.”\n\n"
            "Corvane answered with a statement of its own the next day, calling the bill “price "
            "controls by another name” and warning that it would “chill investment in rare "
            "diseases.”"
        ),
        "quotes": [
            (
                "You charge Americans nine times what you charge Germans for the same pill,",
                "Margaret Ellison-Hart",
                False,
                None,
            ),
            ("reflect the cost of the ninety-nine drugs that fail.", "Luc Marchetti", True, None),
            ("expired along with its patents.", "Margaret Ellison-Hart", True, "P1"),
            ("Innovation is not a hostage,", "Margaret Ellison-Hart", False, "P1"),
            ("and patients are not the ransom.", "Margaret Ellison-Hart", False, "P1"),
            ("price controls by another name", None, True, "P2"),
            ("chill investment in rare diseases.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Margaret Ellison-Hart", "The Boston Globe"),
            ("P2", None, None),
        ],
        "people": ["Margaret Ellison-Hart", "Luc Marchetti"],
    },
    {
        "name": "linkedin-er-doctor-burnout-comment-substack-title",
        "text": (
            "A LinkedIn post by an emergency physician in Toronto describing a 26-hour shift has "
            "set off a debate among doctors about burnout and the limits on residents’ working "
            "hours.\n\n"
            "“I signed my last note at 4:12 a.m. and realized I could not picture the face of the "
            "patient I had just sent home,” wrote the author, Dr. Priya Raghunathan, who trained "
            "at McMaster University. “That should frighten every one of us.”\n\n"
            "Among more than 2,000 comments, one from a retired surgeon, Henrik Bjørnstad, drew "
            "particular attention. “In my day we called this dedication. We were wrong,” he "
            "wrote.\n\n"
            "Raghunathan expanded on her argument on Friday in a Substack essay titled “The Shift "
            "That Never Ends,” in which she proposed capping consecutive hours at 16. Hospitals, "
            "she wrote, had learned to run on “the quiet heroism of exhausted people.”"
        ),
        "quotes": [
            (
                "I signed my last note at 4:12 a.m. and realized I could not picture the face of "
                "the patient I had just sent home,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("That should frighten every one of us.", "Priya Raghunathan", False, "P1"),
            (
                "In my day we called this dedication. We were wrong,",
                "Henrik Bjørnstad",
                False,
                "P1",
            ),
            ("the quiet heroism of exhausted people.", "Priya Raghunathan", True, "P2"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
            ("P2", "Priya Raghunathan", "Substack"),
        ],
        "people": ["Priya Raghunathan", "Henrik Bjørnstad"],
    },
    {
        "name": "hospital-ransomware-email-memo-tribune-patient",
        "text": (
            "Meridian Health System emailed about 480,000 patients on Monday to warn them that "
            "their names, birth dates and diagnoses may have been stolen in a ransomware attack "
            "last month.\n\n"
            "“We deeply regret that this happened and are taking every step to protect you,” the "
            "email said.\n\n"
            "In a memo to staff obtained by the Chicago Tribune, the system’s chief information "
            "officer, Oluwaseun Adebayo, wrote that its backup systems had been “several months "
            "out of date” when the attack began.\n\n"
            "Graciela Montoya, 67, a patient at one of Meridian’s clinics in Joliet, said she "
            "learned of the breach from a neighbor before the email reached her. “They knew for "
            "three weeks and told us nothing,” she told the Tribune.\n\n"
            "“We will make this right,” a spokeswoman for Meridian, Kelsey Brandvold, told "
            "reporters on Tuesday, adding that the system would offer patients two years of free "
            "credit monitoring."
        ),
        "quotes": [
            (
                "We deeply regret that this happened and are taking every step to protect you,",
                None,
                False,
                "P1",
            ),
            ("several months out of date", "Oluwaseun Adebayo", True, "P2"),
            ("They knew for three weeks and told us nothing,", "Graciela Montoya", False, "P3"),
            ("We will make this right,", "Kelsey Brandvold", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oluwaseun Adebayo", None),
            ("P3", "Graciela Montoya", "Chicago Tribune"),
        ],
        "people": ["Oluwaseun Adebayo", "Graciela Montoya", "Kelsey Brandvold"],
    },
    {
        "name": "instagram-cancer-vaccine-patient-mpr-oncologist-comment",
        "text": (
            "Amaru Quispe was 31 when he was told that his colon cancer had spread to his liver. "
            "Two years later, he has no detectable disease, and he has documented every step on "
            "Instagram for followers who call themselves the “Scan Fam.”\n\n"
            "“Scan day. Clear again. I still cry in the parking lot every single time,” he wrote "
            "on Sunday beside a photo of himself outside the Mayo Clinic in Rochester, Minn.\n\n"
            "Quispe is one of 42 patients in an early trial of a personalized cancer vaccine. His "
            "oncologist, Dr. Mei-Ling Tsao, cautioned in an interview with Minnesota Public Radio "
            "that the results were preliminary. “Amaru’s story is real, and it is wonderful, but "
            "it is one story,” she said. “We need the whole data set before anyone calls this a "
            "cure.”\n\n"
            "Under his post, hundreds of people asked how they could enroll. Quispe answered them "
            "in a comment: “Ask your own oncologist first. Please don’t DM me your scans.”"
        ),
        "quotes": [
            (
                "Scan day. Clear again. I still cry in the parking lot every single time,",
                "Amaru Quispe",
                False,
                "P1",
            ),
            (
                "Amaru’s story is real, and it is wonderful, but it is one story,",
                "Mei-Ling Tsao",
                False,
                "P2",
            ),
            (
                "We need the whole data set before anyone calls this a cure.",
                "Mei-Ling Tsao",
                False,
                "P2",
            ),
            (
                "Ask your own oncologist first. Please don’t DM me your scans.",
                "Amaru Quispe",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Amaru Quispe", "Instagram"),
            ("P2", "Mei-Ling Tsao", "Minnesota Public Radio"),
        ],
        "people": ["Amaru Quispe", "Mei-Ling Tsao"],
    },
    {
        "name": "amoxicillin-shortage-tiktok-pharmacist-fda-release-houston",
        "text": (
            "Pharmacists across the country are rationing a common children’s antibiotic, liquid "
            "amoxicillin, as a shortage that began in the autumn stretches into its fifth "
            "month.\n\n"
            "In a TikTok video that has been shared more than 300,000 times, Bao Ngoc Tran, a "
            "pharmacist in Houston, holds a hand up to an empty shelf. “This is where the pink "
            "medicine lives. It has been empty since October,” she says.\n\n"
            "The Food and Drug Administration said in a news release on Wednesday that two "
            "manufacturers had increased production. “We expect supply to improve substantially "
            "over the coming weeks,” the release said.\n\n"
            "Tran was not convinced. “They told us the same thing in December,” she said in an "
            "interview with Houston Public Media on Thursday.\n\n"
            "Dr. Samuel Achterberg, a pediatrician in Austin, has begun prescribing chewable "
            "tablets to children as young as four. Asked at a meeting of the Texas Pediatric "
            "Society whether that was safe, he said it was “not ideal, but far better than "
            "nothing.”"
        ),
        "quotes": [
            (
                "This is where the pink medicine lives. It has been empty since October,",
                "Bao Ngoc Tran",
                False,
                "P1",
            ),
            (
                "We expect supply to improve substantially over the coming weeks,",
                None,
                False,
                "P2",
            ),
            ("They told us the same thing in December,", "Bao Ngoc Tran", False, "P3"),
            ("not ideal, but far better than nothing.", "Samuel Achterberg", True, None),
        ],
        "posts": [
            ("P1", "Bao Ngoc Tran", "TikTok"),
            ("P2", None, "press release"),
            ("P3", "Bao Ngoc Tran", "Houston Public Media"),
        ],
        "people": ["Bao Ngoc Tran", "Samuel Achterberg"],
    },
    {
        "name": "robotic-surgery-podcast-x-post-reply-thread",
        "text": (
            "A surgeon who has performed more than 3,000 robotic operations said this week that "
            "the technology was being oversold to patients by hospitals eager to recoup what "
            "they paid for it.\n\n"
            "“The robot is a very expensive pair of hands. It is not a better surgeon,” Dr. Farid "
            "Haddad said on the podcast “Scrubbing In,” which is produced by the Cleveland "
            "Clinic.\n\n"
            "He repeated the point on X, where he has 80,000 followers. “Ask your surgeon how "
            "many of these they have done, and what their complication rate is,” he posted on "
            "Tuesday.\n\n"
            "The manufacturer, Intrepid Surgical, did not respond to requests for comment. But a "
            "robotic-surgery fellow in Seoul, Dr. Jung Ha-eun, replied to his post: “With "
            "respect, my patients go home two days sooner. That matters.”\n\n"
            "Haddad wrote back that he did not dispute the shorter stays, only the way they were "
            "“marketed as magic.”"
        ),
        "quotes": [
            (
                "The robot is a very expensive pair of hands. It is not a better surgeon,",
                "Farid Haddad",
                False,
                "P1",
            ),
            (
                "Ask your surgeon how many of these they have done, and what their complication "
                "rate is,",
                "Farid Haddad",
                False,
                "P2",
            ),
            (
                "With respect, my patients go home two days sooner. That matters.",
                "Jung Ha-eun",
                False,
                "P2",
            ),
            ("marketed as magic.", "Farid Haddad", True, "P2"),
        ],
        "posts": [
            ("P1", "Farid Haddad", "Scrubbing In"),
            ("P2", "Farid Haddad", "X"),
        ],
        "people": ["Farid Haddad", "Jung Ha-eun"],
    },
    {
        "name": "ambulance-waits-abc-radio-two-paragraphs-open-letter",
        "text": (
            "Patients in Victoria waited an average of 19 minutes for an ambulance in the last "
            "quarter, the worst figure since records began, according to data released on "
            "Friday.\n\n"
            "The state’s health minister, Sophia Karamanlis, defended the government’s record in "
            "an interview on ABC Radio Melbourne on Friday morning.\n\n"
            "“Demand has gone up by a third in four years, and no system on earth absorbs that "
            "overnight,” she said. “I am not going to pretend these numbers are acceptable.\n\n"
            "“What I will say is that every dollar we promised is now being spent,” the minister "
            "added.\n\n"
            "In an open letter to Karamanlis published on Thursday, 340 paramedics said crews "
            "were spending entire shifts waiting outside emergency departments to hand over "
            "patients. “We trained to save lives, not to sit in car parks,” the letter said. The "
            "paramedics’ union secretary, Connor Whitlock, said at a news conference that the "
            "letter was “a cry for help, not a political stunt.”"
        ),
        "quotes": [
            (
                "Demand has gone up by a third in four years, and no system on earth absorbs that "
                "overnight,",
                "Sophia Karamanlis",
                False,
                "P1",
            ),
            (
                "I am not going to pretend these numbers are acceptable.",
                "Sophia Karamanlis",
                False,
                "P1",
            ),
            (
                "What I will say is that every dollar we promised is now being spent,",
                "Sophia Karamanlis",
                False,
                "P1",
            ),
            ("We trained to save lives, not to sit in car parks,", None, False, "P2"),
            ("a cry for help, not a political stunt.", "Connor Whitlock", True, None),
        ],
        "posts": [
            ("P1", "Sophia Karamanlis", "ABC Radio Melbourne"),
            ("P2", None, None),
        ],
        "people": ["Sophia Karamanlis", "Connor Whitlock"],
    },
    {
        "name": "youtube-removed-video-title-guardian-cardiologist-nickname",
        "text": (
            "YouTube has removed a video by the wellness influencer Jaxon Reile that claimed a "
            "widely used blood-pressure drug causes cancer, after a complaint from a group of "
            "cardiologists.\n\n"
            "The video, which Reile had titled “What Your Doctor Won’t Tell You,” had been "
            "viewed 1.2 million times.\n\n"
            "“Misinformation about medicines kills people quietly, one skipped pill at a time,” "
            "Dr. Adaeze Nwankwo, a cardiologist at King’s College Hospital in London who "
            "organized the complaint, told The Guardian.\n\n"
            "Reile, who has no medical training, posted a response on Instagram on Wednesday "
            "night, calling the removal “censorship, plain and simple” and promising to put the "
            "video on his own website. His fans, who call him “the Truth Doctor,” then flooded "
            "Nwankwo’s inbox with messages.\n\n"
            "Nwankwo said she had received more than 400 abusive messages in two days. “I would "
            "do it again tomorrow,” she wrote on Bluesky."
        ),
        "quotes": [
            (
                "Misinformation about medicines kills people quietly, one skipped pill at a time,",
                "Adaeze Nwankwo",
                False,
                "P2",
            ),
            ("censorship, plain and simple", "Jaxon Reile", True, "P3"),
            ("I would do it again tomorrow,", "Adaeze Nwankwo", False, "P4"),
        ],
        "posts": [
            ("P1", "Jaxon Reile", "YouTube"),
            ("P2", "Adaeze Nwankwo", "The Guardian"),
            ("P3", "Jaxon Reile", "Instagram"),
            ("P4", "Adaeze Nwankwo", "Bluesky"),
        ],
        "people": ["Jaxon Reile", "Adaeze Nwankwo"],
    },
    {
        "name": "rural-er-closure-town-hall-owner-statement-facebook-group",
        "text": (
            "The only hospital in Pike County, Ky., will close its emergency department on June "
            "30, its owner announced, leaving some residents a 55-minute drive from the nearest "
            "emergency room.\n\n"
            "More than 300 people packed the high school gym for a town hall meeting on Tuesday "
            "night. “My husband had a heart attack in that parking lot, and they saved him. Where "
            "do we go now?” asked Loretta Fairchild, 71.\n\n"
            "The hospital’s owner, Appalachian Regional Partners, said in a statement that the "
            "department had lost $6 million last year. “This was the hardest decision we have "
            "ever made,” said its chief executive, Warren Tolliver, in the statement.\n\n"
            "In a post in the Facebook group Save Our ER, which has grown to 9,000 members in a "
            "week, a local nurse practitioner, Jamal Whitfield, wrote that the closure would "
            "“turn strokes into funerals.”\n\n"
            "The governor’s office said it would meet the owners next week."
        ),
        "quotes": [
            (
                "My husband had a heart attack in that parking lot, and they saved him. Where do "
                "we go now?",
                "Loretta Fairchild",
                False,
                None,
            ),
            ("This was the hardest decision we have ever made,", "Warren Tolliver", False, "P1"),
            ("turn strokes into funerals.", "Jamal Whitfield", True, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jamal Whitfield", "Facebook"),
        ],
        "people": ["Loretta Fairchild", "Warren Tolliver", "Jamal Whitfield"],
    },
    {
        "name": "cholera-vaccine-geneva-threads-reply-maker-email",
        "text": (
            "The World Health Organization warned on Monday that cholera cases had risen sharply "
            "in 14 countries this year, and that the global stockpile of oral vaccine had run dry "
            "for the third time since 2022.\n\n"
            "“We are rationing a vaccine that costs less than two dollars a dose,” Dr. Ines "
            "Albuquerque, the agency’s cholera lead, told a news conference in Geneva. “That "
            "should embarrass all of us.”\n\n"
            "Albuquerque later wrote on Threads that a single manufacturer in South Korea now "
            "made nearly all of the world’s supply. “One factory. For a billion people at risk,” "
            "she posted.\n\n"
            "Farhana Chowdhury, a public-health researcher in Dhaka, replied beneath the post with "
            "a photograph of a crowded treatment center. “This is what ‘run dry’ looks like,” she "
            "wrote.\n\n"
            "The manufacturer, Hanul Biologics, said in an email that it planned to double "
            "production by 2026."
        ),
        "quotes": [
            (
                "We are rationing a vaccine that costs less than two dollars a dose,",
                "Ines Albuquerque",
                False,
                None,
            ),
            ("That should embarrass all of us.", "Ines Albuquerque", False, None),
            ("One factory. For a billion people at risk,", "Ines Albuquerque", False, "P1"),
            ("This is what ‘run dry’ looks like,", "Farhana Chowdhury", False, "P1"),
        ],
        "posts": [
            ("P1", "Ines Albuquerque", "Threads"),
            ("P2", None, None),
        ],
        "people": ["Ines Albuquerque", "Farhana Chowdhury"],
    },
    {
        "name": "nurse-practitioner-prescribing-court-filing-statement-post-gazette",
        "text": (
            "The Pennsylvania Medical Society has asked a state court to block a new rule that "
            "lets nurse practitioners prescribe controlled substances without a physician’s "
            "sign-off.\n\n"
            "In its filing on Monday, the society argued that the rule would “put patients at "
            "the mercy of gaps in training.” Its president, Dr. Howard Feinstein, said in a "
            "statement: “This is about safety, not turf.”\n\n"
            "Nurse practitioners see it differently. “We have been prescribing safely in 27 other "
            "states for years,” said Anjali Deshpande-Moore, a nurse practitioner in Erie who "
            "runs a clinic for patients recovering from addiction. “My patients cannot wait three "
            "days for a doctor to co-sign a buprenorphine prescription.”\n\n"
            "Deshpande-Moore made the same case last month in an op-ed for the Pittsburgh "
            "Post-Gazette, in which she called the physician sign-off “a permission slip that "
            "nobody reads.”\n\n"
            "A hearing is scheduled for May 14."
        ),
        "quotes": [
            ("put patients at the mercy of gaps in training.", None, True, "P1"),
            ("This is about safety, not turf.", "Howard Feinstein", False, "P2"),
            (
                "We have been prescribing safely in 27 other states for years,",
                "Anjali Deshpande-Moore",
                False,
                None,
            ),
            (
                "My patients cannot wait three days for a doctor to co-sign a buprenorphine "
                "prescription.",
                "Anjali Deshpande-Moore",
                False,
                None,
            ),
            ("a permission slip that nobody reads.", "Anjali Deshpande-Moore", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Howard Feinstein", None),
            ("P3", "Anjali Deshpande-Moore", "Pittsburgh Post-Gazette"),
        ],
        "people": ["Howard Feinstein", "Anjali Deshpande-Moore"],
    },
    {
        "name": "facility-fees-tv-ceo-x-patient-follow-up-assembly",
        "text": (
            "Patients at Lakeshore Medical Center in Milwaukee have been charged up to $2,400 for "
            "what the hospital calls “facility fees” on routine check-ups, according to an "
            "analysis of billing records.\n\n"
            "The hospital’s president, Naveen Sundaram, defended the charges on the CBS affiliate "
            "WDJT on Wednesday night. “Those fees keep the lights on in the clinics where people "
            "get that care,” he said. “Without them, those clinics close.”\n\n"
            "One patient, Brigid O’Sullivan, a 44-year-old teacher, posted her $1,870 bill for a "
            "20-minute appointment on X. “I was in the room for twenty minutes. I never saw a "
            "facility,” she wrote. The post was shared more than 40,000 times.\n\n"
            "Two days later, O’Sullivan said in a follow-up post that the hospital had called to "
            "offer her a discount. “I don’t want a discount. I want an explanation,” the teacher "
            "wrote.\n\n"
            "State Representative Ezinne Okafor said on the floor of the Wisconsin Assembly that "
            "she would introduce a bill banning such fees for primary care. “Patients should know "
            "what a visit costs before they walk in,” she said."
        ),
        "quotes": [
            (
                "Those fees keep the lights on in the clinics where people get that care,",
                "Naveen Sundaram",
                False,
                "P1",
            ),
            ("Without them, those clinics close.", "Naveen Sundaram", False, "P1"),
            (
                "I was in the room for twenty minutes. I never saw a facility,",
                "Brigid O’Sullivan",
                False,
                "P2",
            ),
            (
                "I don’t want a discount. I want an explanation,",
                "Brigid O’Sullivan",
                False,
                "P3",
            ),
            (
                "Patients should know what a visit costs before they walk in,",
                "Ezinne Okafor",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Naveen Sundaram", "WDJT"),
            ("P2", "Brigid O’Sullivan", "X"),
            ("P3", "Brigid O’Sullivan", "X"),
        ],
        "people": ["Naveen Sundaram", "Brigid O’Sullivan", "Ezinne Okafor"],
    },
    {
        "name": "ahmedabad-heatstroke-the-hindu-radio-mirchi-commissioner-x",
        "text": (
            "Hospitals in Ahmedabad admitted more than 600 people with heatstroke in the past "
            "week as temperatures passed 46 degrees Celsius, city health officials said on "
            "Saturday.\n\n"
            "“Most of the people we are seeing are outdoor workers who cannot afford to stop,” "
            "Dr. Kavita Joshi, who leads the emergency department at the city’s civil hospital, "
            "told The Hindu. “Heat does not make headlines the way floods do, but it kills more "
            "people.”\n\n"
            "The city’s heat action plan, first drawn up in 2013, calls for cooling centers, "
            "drinking water at bus stops and shorter working hours in the afternoon.\n\n"
            "A construction worker, Ramesh Parmar, 38, fainted on a building site last week. “The "
            "contractor gave us one hour off and then cut our pay for it,” he said in an "
            "interview with the radio station Radio Mirchi.\n\n"
            "The municipal commissioner, Nilesh Trivedi, told reporters that 180 cooling centers "
            "were open. On X, he urged residents to stay indoors between noon and 4 p.m., "
            "writing: “Your work can wait. Your life cannot.”"
        ),
        "quotes": [
            (
                "Most of the people we are seeing are outdoor workers who cannot afford to stop,",
                "Kavita Joshi",
                False,
                "P1",
            ),
            (
                "Heat does not make headlines the way floods do, but it kills more people.",
                "Kavita Joshi",
                False,
                "P1",
            ),
            (
                "The contractor gave us one hour off and then cut our pay for it,",
                "Ramesh Parmar",
                False,
                "P2",
            ),
            ("Your work can wait. Your life cannot.", "Nilesh Trivedi", False, "P3"),
        ],
        "posts": [
            ("P1", "Kavita Joshi", "The Hindu"),
            ("P2", "Ramesh Parmar", "Radio Mirchi"),
            ("P3", "Nilesh Trivedi", "X"),
        ],
        "people": ["Kavita Joshi", "Ramesh Parmar", "Nilesh Trivedi"],
    },
    {
        "name": "medical-student-debt-medium-essay-dean-senate-floor",
        "text": (
            "A new doctor’s essay about her $410,000 in student debt has become one of the most "
            "widely read posts on Medium this month, and two senators pushing for tuition-free "
            "medical school have cited it.\n\n"
            "“I will be 46 before I own anything but a stethoscope,” wrote Lucía "
            "Fernández-Ibarra, who graduated from a private medical school in Chicago in May. “I "
            "chose primary care anyway. Most of my classmates did not.”\n\n"
            "At her graduation ceremony, the school’s dean, Dr. Reginald Ashworth, told graduates "
            "that their debt was “a burden your profession will help you carry.” "
            "Fernández-Ibarra wrote in a follow-up essay that the line had drawn “audible groans "
            "from the back rows.”\n\n"
            "Senator Tamsin Achebe-Holt quoted the essay in a speech on the Senate floor on "
            "Thursday. “A country that makes its doctors choose between the specialty they love "
            "and the mortgage they need should not be surprised by a shortage of family "
            "physicians,” she said."
        ),
        "quotes": [
            (
                "I will be 46 before I own anything but a stethoscope,",
                "Lucía Fernández-Ibarra",
                False,
                "P1",
            ),
            (
                "I chose primary care anyway. Most of my classmates did not.",
                "Lucía Fernández-Ibarra",
                False,
                "P1",
            ),
            ("a burden your profession will help you carry.", "Reginald Ashworth", True, None),
            ("audible groans from the back rows.", "Lucía Fernández-Ibarra", True, "P2"),
            (
                "A country that makes its doctors choose between the specialty they love and the "
                "mortgage they need should not be surprised by a shortage of family physicians,",
                "Tamsin Achebe-Holt",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lucía Fernández-Ibarra", "Medium"),
            ("P2", "Lucía Fernández-Ibarra", "Medium"),
        ],
        "people": ["Lucía Fernández-Ibarra", "Reginald Ashworth", "Tamsin Achebe-Holt"],
    },
    {
        "name": "alzheimers-study-retraction-pubpeer-bluesky-science",
        "text": (
            "A leading journal has retracted a 2019 study that reported that a common arthritis "
            "drug could slow the progression of Alzheimer’s disease, after an investigation found "
            "that images in the paper had been altered.\n\n"
            "The journal, The Lancet Neurology, said in a retraction notice that it had “lost "
            "confidence in the integrity of the data.” The study’s senior author did not respond "
            "to requests for comment.\n\n"
            "The images were first flagged on the forum PubPeer by Dr. Elisabeth Moreau-Zhang, a "
            "microbiologist who has spent a decade finding doctored images in published research. "
            "“I found three duplicated panels in a single figure. It took me about ten minutes,” "
            "she wrote on Bluesky on Tuesday.\n\n"
            "Patients who joined a follow-up trial because of the study are owed an apology, she "
            "said in an interview with the journal Science. “People gave their time and their "
            "hope to this,” she told Science."
        ),
        "quotes": [
            ("lost confidence in the integrity of the data.", None, True, "P1"),
            (
                "I found three duplicated panels in a single figure. It took me about ten minutes,",
                "Elisabeth Moreau-Zhang",
                False,
                "P3",
            ),
            (
                "People gave their time and their hope to this,",
                "Elisabeth Moreau-Zhang",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Elisabeth Moreau-Zhang", "PubPeer"),
            ("P3", "Elisabeth Moreau-Zhang", "Bluesky"),
            ("P4", "Elisabeth Moreau-Zhang", "Science"),
        ],
        "people": ["Elisabeth Moreau-Zhang"],
    },
    {
        "name": "fired-nurse-union-lawsuit-instagram-story-kpbs",
        "text": (
            "The California Nurses Association filed a lawsuit on Monday on behalf of a nurse who "
            "was fired after posting a video from inside an overcrowded emergency department, "
            "accusing Bayview General Hospital in San Diego of breaking the state’s whistleblower "
            "law.\n\n"
            "The nurse, Kiana Makoa, 29, posted an Instagram story in March showing patients on "
            "stretchers lining a hallway, with the caption “Hallway bed 14. Waiting nine hours. "
            "Still smiling for me.” She was fired nine days later for violating patient privacy, "
            "the lawsuit says.\n\n"
            "“No patient’s face or name appeared in the video,” the lawsuit states. “She was "
            "fired for showing the public what the hospital did not want it to see.”\n\n"
            "Bayview said in a statement that it “respects the right of employees to raise "
            "concerns through appropriate channels” and would contest the suit.\n\n"
            "Makoa, who now works at a clinic in Chula Vista, spoke to KPBS on Tuesday. “I would "
            "post it again. I just would not be so naive about what happens next,” she said in "
            "the interview."
        ),
        "quotes": [
            (
                "Hallway bed 14. Waiting nine hours. Still smiling for me.",
                "Kiana Makoa",
                False,
                "P2",
            ),
            ("No patient’s face or name appeared in the video,", None, False, "P1"),
            (
                "She was fired for showing the public what the hospital did not want it to see.",
                None,
                False,
                "P1",
            ),
            (
                "respects the right of employees to raise concerns through appropriate channels",
                None,
                True,
                "P3",
            ),
            (
                "I would post it again. I just would not be so naive about what happens next,",
                "Kiana Makoa",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kiana Makoa", "Instagram"),
            ("P3", None, None),
            ("P4", "Kiana Makoa", "KPBS"),
        ],
        "people": ["Kiana Makoa"],
    },
    {
        "name": "heart-transplant-family-statement-rnz-father-letter",
        "text": (
            "The family of a 16-year-old boy who died in Auckland while waiting for a heart "
            "transplant has called on New Zealand to adopt an opt-out system of organ "
            "donation.\n\n"
            "“Our son did not have to die. There were hearts, and the rules kept them from him,” "
            "the family said in a statement released through Starship Children’s Hospital.\n\n"
            "The boy’s father, Tane Rangihuna, later spoke to Radio New Zealand. “I am not angry "
            "at the doctors. They fought for him harder than anyone,” he told RNZ. “I am angry "
            "that a tick box on a driver’s licence decides who lives.”\n\n"
            "The health minister, Ana Tuilagi-Brown, told reporters at Parliament that she was "
            "open to a review but warned that opt-out systems had “not been a silver bullet” "
            "overseas.\n\n"
            "Rangihuna has since written to every member of Parliament. In the letter, he asks "
            "them to imagine “the phone call we got at 3 a.m.”"
        ),
        "quotes": [
            (
                "Our son did not have to die. There were hearts, and the rules kept them from him,",
                None,
                False,
                "P1",
            ),
            (
                "I am not angry at the doctors. They fought for him harder than anyone,",
                "Tane Rangihuna",
                False,
                "P2",
            ),
            (
                "I am angry that a tick box on a driver’s licence decides who lives.",
                "Tane Rangihuna",
                False,
                "P2",
            ),
            ("not been a silver bullet", "Ana Tuilagi-Brown", True, None),
            ("the phone call we got at 3 a.m.", "Tane Rangihuna", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Tane Rangihuna", "Radio New Zealand"),
            ("P3", "Tane Rangihuna", None),
        ],
        "people": ["Tane Rangihuna", "Ana Tuilagi-Brown"],
    },
]
