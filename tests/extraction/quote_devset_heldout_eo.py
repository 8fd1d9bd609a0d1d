"""The one-hundred-and-thirty-ninth self-made dev set, held out (EO): its first run is an unseen estimate.

Written with set EN, without reading the extraction rules, and committed before
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
inside narration. Topic area of this set: health care, hospitals, medicine and
public health.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a news release or statement only
  mentioned) is still listed in posts.
- A company's or hospital's press release that quotes its chief executive or
  surgeon ("the release quoted ... as saying", "said in the release") has author
  None, and the quote's speaker is the named person; so does a university news
  release quoting its lead author.
- "Told WKRV News" and "in an interview with KPAD-TV" are interviews with
  those stations as platform.
- A chief executive's email to staff and a chief executive's letter to patients
  are the executive's posts with no platform; a company's letter to patients
  (Ridgeline Health Partners) has author None.
- A named person's own "said in a statement" (a care-home administrator) is
  that person's post with no platform, not the organisation's.
- A union's post on X, a union's statement, a hospital association's statement,
  a hospital's statement, a state health department's inspection report and a
  federal agency's warning letter all have author None, and their words speak
  as None.
- A donor family's statement released through an organ bank has author None
  and its words speak as None; the organ bank is not its author.
- "In an interview with the Dunmore Ledger", "told the Cedar Falls Courier",
  "told WKRV News", "told the technology site Circuitry", "in an interview with
  the radio station WQRS" and "told the Ashford Tribune" are interviews whose
  platform is the outlet's name without "the" or its description (Dunmore
  Ledger, Cedar Falls Courier, WKRV News, Circuitry, WQRS, Ashford Tribune).
- "Told People magazine" has platform People (the magazine's name).
- CNBC's “Squawk Box”, the podcast “The Pulse”, the public radio program
  Morning Signal and the public television program Valley Week take the show's
  name as platform; the show titles in marks are not quotes.
- A letter to the editor published in a named newspaper has that newspaper as
  platform and the letter writer as author.
- An essay on Medium or Substack has platform Medium or Substack; an op-ed in
  the Capital Courier has platform Capital Courier; an essay in a named
  newspaper reported only through a fragment ("the study had “cherry-picked its
  endpoints.”") is still that person's post, and the fragment is partial.
- A TikTok video is a TikTok post; words a nurse "says" in her TikTok video and
  a veterinarian "says" in a YouTube video belong to the video; a named
  viewer's comment beneath the video belongs to it.
- A TikTok video posted by a wife "in the caption" is the wife's post and the
  caption's words are hers; the students who made the video are not people.
- A photo posted on Instagram "with the caption" gives a whole quote (not
  partial); a named commenter's words under the photo belong to that post.
- A lawsuit (complaint) filed by a named patient is that patient's post with no
  platform, and the words the complaint "states" speak as that patient.
- A fragment of a reply reported in narration ("who thanked Iyer for “telling
  it the way it happened.”") is partial and belongs to the thread replied to.
- A comment under a LinkedIn post reported in narration ("commented that his
  hospital was “down to a two-day supply.”") is partial and belongs to that
  LinkedIn post.
- A question asked in a reply beneath a post ("“Around the clock starting
  when?” he asked") belongs to that post.
- "Said in an interview" without a named outlet, "reached by phone", "told
  reporters outside the hospital", "said at a news conference", "at a Senate
  hearing", "at a briefing", "at a town hall" and a bare "said on Monday" are
  not posts; "the FBI said", "Ferraro's office said" and "the sheriff told
  reporters" are not posts.
- A quote split by its attribution ("“Five families,” she wrote, “found out
  ...”") is two quotes, both whole (not partial), with the same post.
- A quote that opens in one paragraph and runs on into the next is one quote
  per paragraph; the paragraph that has no closing mark ends at its last word
  and full stop.
- A nickname in marks (“the Iceman,” and “Mr. Heartbeat”) and scare quotes in
  narration (“superfood” and “detox drip”) are not quotes; a scare quote in
  single marks inside a quote (‘realignment.’) is part of that quote's text.
- Two people sharing a surname (Felix and Ingrid Amundsen, Celeste and Armando
  Duarte, Marcus and Tamsin Ellery): the bare surname and "the surgeon" refer
  to the one already named when they are used.
- Titles such as Dr., Pastor, Senator, Governor, Mayor, Sheriff and County
  Commissioner are not part of a canonical name; hyphenated surnames
  (Lindqvist-Bauer) are part of it; an unnamed person described by role (a
  Reddit user, a nurse replying on Reddit) speaks as None and is not listed.
- Product and company names (Glucora, VitaRoot, Calmly, LifeBridge) are not
  people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EO: list[dict] = [
    {
        "name": "ceo-email-maternity-closure-union-x-ledger",
        "text": (
            "Ravindra Kulkarni, the chief executive of St. Brigid’s Regional Medical Center "
            "in Dunmore, told staff in an email on Wednesday that the hospital would close "
            "its maternity ward at the end of June. “Fewer than 300 babies were born here "
            "last year, and we cannot safely staff a unit at that volume,” he wrote.\n\n"
            "The nurses’ union, Dunmore Nurses United, answered on X within hours. “Closing "
            "a birthing unit is not a ‘realignment.’ It is an abandonment,” the union "
            "posted.\n\n"
            "Kulkarni defended the decision in an interview with the Dunmore Ledger. “I "
            "would rather send a mother 40 minutes down the road to a unit that does 2,000 "
            "births a year than keep a ward open on paper,” the 58-year-old said.\n\n"
            "At a town hall on Thursday, a labor and delivery nurse, Colleen Farrow, said "
            "the plan left rural families “on their own.” Kulkarni did not attend."
        ),
        "quotes": [
            (
                "Fewer than 300 babies were born here last year, and we cannot safely "
                "staff a unit at that volume,",
                "Ravindra Kulkarni",
                False,
                "P1",
            ),
            (
                "Closing a birthing unit is not a ‘realignment.’ It is an abandonment,",
                None,
                False,
                "P2",
            ),
            (
                "I would rather send a mother 40 minutes down the road to a unit that "
                "does 2,000 births a year than keep a ward open on paper,",
                "Ravindra Kulkarni",
                False,
                "P3",
            ),
            ("on their own.", "Colleen Farrow", True, None),
        ],
        "posts": [
            ("P1", "Ravindra Kulkarni", None),
            ("P2", None, "X"),
            ("P3", "Ravindra Kulkarni", "Dunmore Ledger"),
        ],
        "people": ["Ravindra Kulkarni", "Colleen Farrow"],
    },
    {
        "name": "measles-department-statement-mother-facebook-comment",
        "text": (
            "The Harlan County Health Department confirmed six measles cases among "
            "unvaccinated children on Friday and urged families to check their records. "
            "“Measles is one of the most contagious diseases we know of,” the department "
            "said in a statement.\n\n"
            "The county’s health commissioner, Dr. Adaeze Okonkwo, told WKRV News that the "
            "outbreak had begun at a church day camp. “Every one of these cases was "
            "preventable,” Okonkwo said. “Two doses of the vaccine are 97 percent "
            "effective.”\n\n"
            "One mother, Jolene Whitaker, wrote on Facebook that her son had been "
            "hospitalized for four days. “I was told the shots were dangerous. I believed "
            "it. I was wrong,” she posted. Under her post, a pediatric nurse, Marcus "
            "Delacroix, commented: “Thank you for having the courage to say this.”\n\n"
            "The camp’s director, Pastor Glenn Hobart, did not respond to requests for "
            "comment."
        ),
        "quotes": [
            ("Measles is one of the most contagious diseases we know of,", None, False, "P1"),
            ("Every one of these cases was preventable,", "Adaeze Okonkwo", False, "P2"),
            ("Two doses of the vaccine are 97 percent effective.", "Adaeze Okonkwo", False, "P2"),
            (
                "I was told the shots were dangerous. I believed it. I was wrong,",
                "Jolene Whitaker",
                False,
                "P3",
            ),
            ("Thank you for having the courage to say this.", "Marcus Delacroix", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Adaeze Okonkwo", "WKRV News"),
            ("P3", "Jolene Whitaker", "Facebook"),
        ],
        "people": ["Adaeze Okonkwo", "Jolene Whitaker", "Marcus Delacroix", "Glenn Hobart"],
    },
    {
        "name": "insulin-price-release-senator-x-squawk-box",
        "text": (
            "Halvorsen Therapeutics said in a press release on Monday that it would cut the "
            "list price of its insulin pen, Glucora, by 60 percent starting in January. "
            "“Patients should never have to ration a medicine that keeps them alive,” the "
            "release quoted chief executive Annika Thorsby as saying.\n\n"
            "Senator Wendell Pruitt, who has pressed drugmakers on insulin costs for years, "
            "was unimpressed. “A price cut announced the week before a hearing is not a "
            "change of heart,” he wrote on X.\n\n"
            "Thorsby rejected that reading on CNBC’s “Squawk Box” on Tuesday. “We made this "
            "decision in the spring,” she said. “The timing is a coincidence, and I "
            "understand why people doubt it.”\n\n"
            "On the company’s earnings call in October, the 52-year-old had told analysts "
            "that insulin was “a small part of our revenue.”"
        ),
        "quotes": [
            (
                "Patients should never have to ration a medicine that keeps them alive,",
                "Annika Thorsby",
                False,
                "P1",
            ),
            (
                "A price cut announced the week before a hearing is not a change of heart,",
                "Wendell Pruitt",
                False,
                "P2",
            ),
            ("We made this decision in the spring,", "Annika Thorsby", False, "P3"),
            (
                "The timing is a coincidence, and I understand why people doubt it.",
                "Annika Thorsby",
                False,
                "P3",
            ),
            ("a small part of our revenue.", "Annika Thorsby", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wendell Pruitt", "X"),
            ("P3", "Annika Thorsby", "Squawk Box"),
        ],
        "people": ["Annika Thorsby", "Wendell Pruitt"],
    },
    {
        "name": "er-nurse-tiktok-paramedic-comment-courier",
        "text": (
            "A video posted to TikTok by an emergency room nurse in Cedar Falls has been "
            "viewed more than four million times since Saturday. In it, Brianna Okafor, 29, "
            "films a hallway lined with patients on stretchers. “This is not a waiting room. "
            "This is a hallway, and these people have been here for eleven hours,” she "
            "says.\n\n"
            "Beneath the video, a user identifying herself as a paramedic, Tanya Reyes, "
            "wrote: “We can’t offload our patients either. Ambulances are stuck outside for "
            "hours.”\n\n"
            "Mercy Valley Hospital said in a statement that it was “aware of the video” and "
            "that patient privacy had been protected. The hospital’s chief nursing officer, "
            "Gerald Fenn, told reporters on Monday that Okafor had not been disciplined. "
            "“She is saying what a lot of us are thinking,” he said.\n\n"
            "Okafor later told the Cedar Falls Courier she had no regrets. “If it gets one "
            "more nurse hired, it was worth it.”"
        ),
        "quotes": [
            (
                "This is not a waiting room. This is a hallway, and these people have "
                "been here for eleven hours,",
                "Brianna Okafor",
                False,
                "P1",
            ),
            (
                "We can’t offload our patients either. Ambulances are stuck outside for hours.",
                "Tanya Reyes",
                False,
                "P1",
            ),
            ("aware of the video", None, True, "P2"),
            ("She is saying what a lot of us are thinking,", "Gerald Fenn", False, None),
            ("If it gets one more nurse hired, it was worth it.", "Brianna Okafor", False, "P3"),
        ],
        "posts": [
            ("P1", "Brianna Okafor", "TikTok"),
            ("P2", None, None),
            ("P3", "Brianna Okafor", "Cedar Falls Courier"),
        ],
        "people": ["Brianna Okafor", "Tanya Reyes", "Gerald Fenn"],
    },
    {
        "name": "supplement-study-release-podcast-essay-bluesky",
        "text": (
            "A large study of 48,000 adults has found no evidence that so-called “superfood” "
            "supplements lower the risk of heart disease, according to researchers at "
            "Lakemont University.\n\n"
            "“People are spending billions on powders that do nothing measurable for their "
            "hearts,” the lead author, Dr. Priya Venkataraman, said in a university news "
            "release on Thursday.\n\n"
            "Venkataraman expanded on the findings on the podcast “The Pulse” later that "
            "week. “I am not telling anyone to stop eating vegetables,” she said. “I am "
            "telling them a capsule is not a vegetable.”\n\n"
            "Not everyone was persuaded. Harold Brisbane, the founder of the supplement "
            "maker VitaRoot, wrote in an essay for the Wall Street Tribune that the study "
            "had “cherry-picked its endpoints.” The paper’s co-author, Dr. Samuel Oyelaran, "
            "replied on Bluesky: “We registered every endpoint before we saw a single "
            "result.”"
        ),
        "quotes": [
            (
                "People are spending billions on powders that do nothing measurable "
                "for their hearts,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            (
                "I am not telling anyone to stop eating vegetables,",
                "Priya Venkataraman",
                False,
                "P2",
            ),
            ("I am telling them a capsule is not a vegetable.", "Priya Venkataraman", False, "P2"),
            ("cherry-picked its endpoints.", "Harold Brisbane", True, "P3"),
            (
                "We registered every endpoint before we saw a single result.",
                "Samuel Oyelaran",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Venkataraman", "The Pulse"),
            ("P3", "Harold Brisbane", "Wall Street Tribune"),
            ("P4", "Samuel Oyelaran", "Bluesky"),
        ],
        "people": ["Priya Venkataraman", "Harold Brisbane", "Samuel Oyelaran"],
    },
    {
        "name": "hospital-merger-letter-radio-two-paragraphs-linkedin",
        "text": (
            "Northshore Health and Bellwether Medical announced on Monday that they would "
            "merge, creating the largest hospital system in the state. In a letter to "
            "patients, Northshore’s chief executive, Lorraine Castellano, promised that no "
            "hospital would close. “Every emergency department open today will be open five "
            "years from now,” she wrote.\n\n"
            "Consumer advocates were skeptical. Dev Raman, who directs the Patient Price "
            "Project, spoke about the deal on the public radio program Morning Signal on "
            "Tuesday.\n\n"
            "“Mergers like this have raised prices in almost every market where economists "
            "have looked,” he said. “The promises are always about access.\n\n"
            "“The bills come later, and they come to the patients.”\n\n"
            "Castellano said at a news conference that prices would be frozen for two years. "
            "Bellwether’s board chair, Eugene Marchetti, posted on LinkedIn that the merger "
            "was “a marriage of equals.”"
        ),
        "quotes": [
            (
                "Every emergency department open today will be open five years from now,",
                "Lorraine Castellano",
                False,
                "P1",
            ),
            (
                "Mergers like this have raised prices in almost every market where "
                "economists have looked,",
                "Dev Raman",
                False,
                "P2",
            ),
            ("The promises are always about access.", "Dev Raman", False, "P2"),
            ("The bills come later, and they come to the patients.", "Dev Raman", False, "P2"),
            ("a marriage of equals.", "Eugene Marchetti", True, "P3"),
        ],
        "posts": [
            ("P1", "Lorraine Castellano", None),
            ("P2", "Dev Raman", "Morning Signal"),
            ("P3", "Eugene Marchetti", "LinkedIn"),
        ],
        "people": ["Lorraine Castellano", "Dev Raman", "Eugene Marchetti"],
    },
    {
        "name": "transplant-surgeon-iceman-release-instagram-caption",
        "text": (
            "Dr. Felix Amundsen, the transplant surgeon his colleagues call “the Iceman,” "
            "performed his 1,000th kidney transplant at Harborview General on Friday, the "
            "hospital said in a press release.\n\n"
            "“I remember the first one better than the last hundred,” Amundsen, 63, said in "
            "the release. “It was a 19-year-old, and she still sends me a card every year.”\n\n"
            "That patient, now 47, is Rosalind Vega. She posted a photo of the two of them "
            "on Instagram with the caption “Twenty-eight years with this kidney. Thank you, "
            "Felix.”\n\n"
            "Amundsen’s daughter, Dr. Ingrid Amundsen, a nephrologist at the same hospital, "
            "commented under the photo: “He cried when he saw this. Don’t tell him I told "
            "you.”\n\n"
            "Asked by reporters whether he planned to retire, the surgeon laughed. “Not "
            "while my hands still work,” he said."
        ),
        "quotes": [
            (
                "I remember the first one better than the last hundred,",
                "Felix Amundsen",
                False,
                "P1",
            ),
            (
                "It was a 19-year-old, and she still sends me a card every year.",
                "Felix Amundsen",
                False,
                "P1",
            ),
            (
                "Twenty-eight years with this kidney. Thank you, Felix.",
                "Rosalind Vega",
                False,
                "P2",
            ),
            (
                "He cried when he saw this. Don’t tell him I told you.",
                "Ingrid Amundsen",
                False,
                "P2",
            ),
            ("Not while my hands still work,", "Felix Amundsen", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rosalind Vega", "Instagram"),
        ],
        "people": ["Felix Amundsen", "Rosalind Vega", "Ingrid Amundsen"],
    },
    {
        "name": "bird-flu-release-briefing-union-statement-youtube",
        "text": (
            "State health officials in Montrose confirmed on Thursday that a dairy worker "
            "had tested positive for H5N1 bird flu, the first human case in the state. The "
            "worker had mild symptoms and has recovered, the Montrose Department of Public "
            "Health said in a news release.\n\n"
            "The state epidemiologist, Dr. Howard Lindqvist-Bauer, sought to calm fears at a "
            "briefing. “The risk to the general public remains low,” he said. “The risk to "
            "people who work with sick animals does not.”\n\n"
            "The farmworkers’ union Campo Unido said in a statement that workers had asked "
            "for protective gear for months. “Goggles and gloves cost less than one hospital "
            "bed,” the union said.\n\n"
            "A large-animal veterinarian, Dr. Maribel Soto, posted a YouTube video walking "
            "dairy owners through testing. “If your herd’s milk drops suddenly, call us "
            "before you call anyone else,” she says in it."
        ),
        "quotes": [
            ("The risk to the general public remains low,", "Howard Lindqvist-Bauer", False, None),
            (
                "The risk to people who work with sick animals does not.",
                "Howard Lindqvist-Bauer",
                False,
                None,
            ),
            ("Goggles and gloves cost less than one hospital bed,", None, False, "P2"),
            (
                "If your herd’s milk drops suddenly, call us before you call anyone else,",
                "Maribel Soto",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, None),
            ("P3", "Maribel Soto", "YouTube"),
        ],
        "people": ["Howard Lindqvist-Bauer", "Maribel Soto"],
    },
    {
        "name": "teletherapy-founder-medium-essay-engineer-x-circuitry",
        "text": (
            "The founder of the teletherapy start-up Calmly, Jasper Whitcombe, apologized on "
            "Monday in an essay on Medium after reports that the company had shared users’ "
            "mood logs with advertisers. “We treated the most private thing people gave us "
            "as if it were a marketing asset,” he wrote. “That was indefensible.”\n\n"
            "A former data engineer at the company, Nadia Haddad, said on X that she had "
            "raised concerns in 2022. “I flagged this in writing. Twice,” she posted.\n\n"
            "Calmly later said in a statement that it had “paused all third-party data "
            "sharing” while an outside firm reviewed its practices. The company, which says "
            "it has 1.4 million users, did not say how many advertisers had received the "
            "data.\n\n"
            "Whitcombe, 34, told the technology site Circuitry that he had not seen her "
            "warnings at the time. “That is not an excuse. It is the problem,” he said."
        ),
        "quotes": [
            (
                "We treated the most private thing people gave us as if it were a marketing asset,",
                "Jasper Whitcombe",
                False,
                "P1",
            ),
            ("That was indefensible.", "Jasper Whitcombe", False, "P1"),
            ("I flagged this in writing. Twice,", "Nadia Haddad", False, "P2"),
            ("paused all third-party data sharing", None, True, "P3"),
            ("That is not an excuse. It is the problem,", "Jasper Whitcombe", False, "P4"),
        ],
        "posts": [
            ("P1", "Jasper Whitcombe", "Medium"),
            ("P2", "Nadia Haddad", "X"),
            ("P3", None, None),
            ("P4", "Jasper Whitcombe", "Circuitry"),
        ],
        "people": ["Jasper Whitcombe", "Nadia Haddad"],
    },
    {
        "name": "rural-clinic-closure-letter-editor-commissioner-facebook",
        "text": (
            "The only primary-care clinic in Tolliver County will close on May 31, its "
            "owner, Ridgeline Health Partners, said in a letter to patients last week.\n\n"
            "Dr. Ellen Marsh, who has practiced at the clinic for 22 years, wrote a letter "
            "to the editor of the Tolliver Gazette urging the county to step in. “I have "
            "delivered the children of children I delivered,” she wrote. “Do not let this "
            "town become a place where you drive an hour for a strep test.”\n\n"
            "County Commissioner Ray Dobbins responded on Facebook. “The county cannot run a "
            "clinic, but we can help find someone who will,” he wrote.\n\n"
            "Wilma Tate, 81, who sees Marsh for her diabetes, said in an interview that she "
            "did not own a car. “My grandson drives me when he can,” she said. “When he "
            "can’t, I guess I don’t go.”"
        ),
        "quotes": [
            ("I have delivered the children of children I delivered,", "Ellen Marsh", False, "P2"),
            (
                "Do not let this town become a place where you drive an hour for a strep test.",
                "Ellen Marsh",
                False,
                "P2",
            ),
            (
                "The county cannot run a clinic, but we can help find someone who will,",
                "Ray Dobbins",
                False,
                "P3",
            ),
            ("My grandson drives me when he can,", "Wilma Tate", False, None),
            ("When he can’t, I guess I don’t go.", "Wilma Tate", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ellen Marsh", "Tolliver Gazette"),
            ("P3", "Ray Dobbins", "Facebook"),
        ],
        "people": ["Ellen Marsh", "Ray Dobbins", "Wilma Tate"],
    },
    {
        "name": "care-home-inspection-report-daughter-instagram-split-quote",
        "text": (
            "State inspectors found that staff at the Willow Creek Care Center in Abernathy "
            "failed to isolate residents during a flu outbreak that killed five people in "
            "January, according to a report released on Tuesday by the state Department of "
            "Health.\n\n"
            "“The facility had the gowns. It had the tests,” the report said. “What it did "
            "not have was a plan.”\n\n"
            "Celeste Duarte, whose father, Armando Duarte, died in the outbreak, shared the "
            "report on Instagram along with a photo of him at his 90th birthday party. “Five "
            "families,” she wrote, “found out from a PDF what we should have been told in "
            "January.”\n\n"
            "Willow Creek’s administrator, Kent Odegaard, said in a statement that the "
            "center had hired an infection-control nurse and retrained every member of its "
            "staff. Reached by phone, Odegaard said only that he was “heartbroken for these "
            "families.”"
        ),
        "quotes": [
            ("The facility had the gowns. It had the tests,", None, False, "P1"),
            ("What it did not have was a plan.", None, False, "P1"),
            ("Five families,", "Celeste Duarte", False, "P2"),
            (
                "found out from a PDF what we should have been told in January.",
                "Celeste Duarte",
                False,
                "P2",
            ),
            ("heartbroken for these families.", "Kent Odegaard", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Celeste Duarte", "Instagram"),
            ("P3", "Kent Odegaard", None),
        ],
        "people": ["Celeste Duarte", "Armando Duarte", "Kent Odegaard"],
    },
    {
        "name": "childrens-hospital-ransomware-reddit-thread-reply",
        "text": (
            "Computer systems at Pinecrest Children’s Hospital in Halverson remained offline "
            "on Thursday, four days after a ransomware attack forced staff back to paper "
            "charts. The hospital said in a statement that no patient had been harmed and "
            "that “care continues safely.”\n\n"
            "Its chief information officer, Omar Bakshi, told reporters outside the hospital "
            "that restoring the systems could take weeks. “We are rebuilding rather than "
            "paying,” Bakshi said. “That decision is final.”\n\n"
            "Parents described delays. In a Reddit thread, an unnamed user wrote that her "
            "daughter’s chemotherapy had been pushed back two days. “Nobody could pull up "
            "her dosage,” the user wrote. A reply under the thread, from a user who said she "
            "was a nurse at the hospital, read: “We are doing everything by hand. Please be "
            "patient with us.”\n\n"
            "The FBI said it was investigating."
        ),
        "quotes": [
            ("care continues safely.", None, True, "P1"),
            ("We are rebuilding rather than paying,", "Omar Bakshi", False, None),
            ("That decision is final.", "Omar Bakshi", False, None),
            ("Nobody could pull up her dosage,", None, False, "P2"),
            ("We are doing everything by hand. Please be patient with us.", None, False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Reddit"),
        ],
        "people": ["Omar Bakshi"],
    },
    {
        "name": "detox-drip-influencer-fda-letter-youtube-people",
        "text": (
            "The wellness influencer Sienna Marlowe, who has 3.2 million followers, deleted "
            "an Instagram post on Wednesday in which she claimed that an intravenous “detox "
            "drip” had cured her migraines. “Three sessions and I haven’t had a headache "
            "since,” the post had said.\n\n"
            "The deletion came a day after the Food and Drug Administration sent a warning "
            "letter to the clinic that sells the drips, Luma IV Lounge, saying it had made "
            "“unsupported claims to treat disease.”\n\n"
            "Dr. Terrence Adebayo, an emergency physician who debunks health claims on "
            "YouTube, had posted a video about the drip last month. “It is salt water with "
            "vitamins in it. Your kidneys will thank you for the extra work,” he said in the "
            "video.\n\n"
            "Marlowe told People magazine that she had been paid by the clinic. “I should "
            "have said so,” she said."
        ),
        "quotes": [
            ("Three sessions and I haven’t had a headache since,", "Sienna Marlowe", False, "P1"),
            ("unsupported claims to treat disease.", None, True, "P2"),
            (
                "It is salt water with vitamins in it. Your kidneys will thank you for "
                "the extra work,",
                "Terrence Adebayo",
                False,
                "P3",
            ),
            ("I should have said so,", "Sienna Marlowe", False, "P4"),
        ],
        "posts": [
            ("P1", "Sienna Marlowe", "Instagram"),
            ("P2", None, None),
            ("P3", "Terrence Adebayo", "YouTube"),
            ("P4", "Sienna Marlowe", "People"),
        ],
        "people": ["Sienna Marlowe", "Terrence Adebayo"],
    },
    {
        "name": "heat-wave-er-doctor-tv-mayor-x-councilman-reply",
        "text": (
            "Emergency rooms in Port Adley treated more than 400 people for heat-related "
            "illness over the weekend as temperatures reached 109 degrees, the city’s health "
            "department said on Monday.\n\n"
            "“Most of the people we saw were over 70 and lived alone,” said Dr. Keiko "
            "Tanabe, who heads emergency medicine at Port Adley General, in an interview "
            "with KPAD-TV. “Check on your neighbors. I mean that literally.”\n\n"
            "Mayor Lucinda Ferraro posted on X that cooling centers would stay open around "
            "the clock through Friday. “No one in this city should die because they couldn’t "
            "afford to run an air conditioner,” she wrote.\n\n"
            "A city councilman, Bertrand Osei, replied beneath her post that the centers had "
            "closed at 8 p.m. on Saturday. “Around the clock starting when?” he asked.\n\n"
            "Ferraro’s office said the hours had been extended on Sunday."
        ),
        "quotes": [
            (
                "Most of the people we saw were over 70 and lived alone,",
                "Keiko Tanabe",
                False,
                "P1",
            ),
            ("Check on your neighbors. I mean that literally.", "Keiko Tanabe", False, "P1"),
            (
                "No one in this city should die because they couldn’t afford to run an "
                "air conditioner,",
                "Lucinda Ferraro",
                False,
                "P2",
            ),
            ("Around the clock starting when?", "Bertrand Osei", False, "P2"),
        ],
        "posts": [
            ("P1", "Keiko Tanabe", "KPAD-TV"),
            ("P2", "Lucinda Ferraro", "X"),
        ],
        "people": ["Keiko Tanabe", "Lucinda Ferraro", "Bertrand Osei"],
    },
    {
        "name": "wrong-knee-lawsuit-hospital-statement-lawyer-facebook",
        "text": (
            "A former patient has sued Eastbrook Orthopedic Hospital, alleging that a "
            "surgeon operated on the wrong knee. The lawsuit, filed by Gloria Pennington, "
            "66, in Marlow County Circuit Court, says she woke from anesthesia to find a "
            "bandage on her healthy left leg. “No one in the room stopped to check,” the "
            "complaint states.\n\n"
            "The hospital said in a statement that it had “reported the event to state "
            "regulators as required” and that the surgeon, Dr. Phillip Gardner, was no "
            "longer operating there.\n\n"
            "Pennington’s lawyer, Miriam Achebe, said at a news conference that the "
            "hospital’s checklist existed only “on a laminated card on the wall.” “A "
            "checklist nobody reads is a decoration,” Achebe said.\n\n"
            "Gardner’s attorney did not respond. Pennington wrote on Facebook that she could "
            "barely walk. “Now I need two new knees instead of one,” she posted."
        ),
        "quotes": [
            ("No one in the room stopped to check,", "Gloria Pennington", False, "P1"),
            ("reported the event to state regulators as required", None, True, "P2"),
            ("on a laminated card on the wall.", "Miriam Achebe", True, None),
            ("A checklist nobody reads is a decoration,", "Miriam Achebe", False, None),
            ("Now I need two new knees instead of one,", "Gloria Pennington", False, "P3"),
        ],
        "posts": [
            ("P1", "Gloria Pennington", None),
            ("P2", None, None),
            ("P3", "Gloria Pennington", "Facebook"),
        ],
        "people": ["Gloria Pennington", "Phillip Gardner", "Miriam Achebe"],
    },
    {
        "name": "amoxicillin-shortage-linkedin-comment-release-hearing",
        "text": (
            "A nationwide shortage of the children’s antibiotic amoxicillin has left "
            "pharmacies in Greenvale rationing liquid doses, according to pharmacists "
            "there.\n\n"
            "“I turned away three parents before lunch on Monday,” Lena Sorensen, who owns "
            "an independent pharmacy in the city, wrote in a LinkedIn post that has been "
            "shared thousands of times. “I have never done that in 25 years.” Under it, a "
            "hospital pharmacist, Arturo Beltrán, commented that his hospital was “down to a "
            "two-day supply.”\n\n"
            "The drug’s largest maker, Corvane Pharmaceuticals, said in a press release on "
            "Tuesday that it had added a third production shift and expected supplies to "
            "recover “by early spring.”\n\n"
            "At a Senate hearing on Wednesday, the head of the Food and Drug Administration, "
            "Dr. Rebecca Lyall, called the shortage “entirely foreseeable.” “We have warned "
            "about single-source manufacturing for a decade,” she said."
        ),
        "quotes": [
            ("I turned away three parents before lunch on Monday,", "Lena Sorensen", False, "P1"),
            ("I have never done that in 25 years.", "Lena Sorensen", False, "P1"),
            ("down to a two-day supply.", "Arturo Beltrán", True, "P1"),
            ("by early spring.", None, True, "P2"),
            ("entirely foreseeable.", "Rebecca Lyall", True, None),
            (
                "We have warned about single-source manufacturing for a decade,",
                "Rebecca Lyall",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lena Sorensen", "LinkedIn"),
            ("P2", None, "press release"),
        ],
        "people": ["Lena Sorensen", "Arturo Beltrán", "Rebecca Lyall"],
    },
    {
        "name": "icu-doctor-x-thread-aunt-reply-valley-week",
        "text": (
            "Dr. Naveen Iyer, an intensive-care physician in Colfax, posted a thread on X on "
            "Sunday describing the death of a young patient from an overdose of counterfeit "
            "pain pills. “He was 19. He thought he was taking something his friend’s mom had "
            "been prescribed,” the 41-year-old wrote.\n\n"
            "The thread drew more than 30,000 replies. One came from the patient’s aunt, "
            "Dolores Kimura, who thanked Iyer for “telling it the way it happened.”\n\n"
            "Iyer later appeared on the Colfax public television program Valley Week. “I "
            "wrote it at 3 a.m. because I couldn’t sleep,” the doctor said. “I did not "
            "expect anyone to read it.”\n\n"
            "Sheriff Dale Conroy told reporters that his deputies had seized 12,000 "
            "counterfeit pills this year. The county’s overdose task force said in a news "
            "release that naloxone would be stocked in every public high school by fall."
        ),
        "quotes": [
            (
                "He was 19. He thought he was taking something his friend’s mom had "
                "been prescribed,",
                "Naveen Iyer",
                False,
                "P1",
            ),
            ("telling it the way it happened.", "Dolores Kimura", True, "P1"),
            ("I wrote it at 3 a.m. because I couldn’t sleep,", "Naveen Iyer", False, "P2"),
            ("I did not expect anyone to read it.", "Naveen Iyer", False, "P2"),
        ],
        "posts": [
            ("P1", "Naveen Iyer", "X"),
            ("P2", "Naveen Iyer", "Valley Week"),
            ("P3", None, "press release"),
        ],
        "people": ["Naveen Iyer", "Dolores Kimura", "Dale Conroy"],
    },
    {
        "name": "medicaid-cuts-governor-op-ed-association-statement-wqrs",
        "text": (
            "Governor Harriet Vance defended her plan to trim the state’s Medicaid budget by "
            "$400 million in an op-ed published on Sunday in the Capital Courier. “A program "
            "that grows faster than the economy every year is a program that will eventually "
            "fail the people it serves,” she wrote.\n\n"
            "The state Hospital Association said in a statement that the cuts would force "
            "rural hospitals to close units. “Some of our members are one bad year away from "
            "shutting their doors,” the association said.\n\n"
            "“She is balancing the budget on the backs of the sickest people in the state,” "
            "said Tobias Mbeki, the chief executive of Riverside Safety-Net Hospital, in an "
            "interview with the radio station WQRS. The 60-year-old, who has run the "
            "hospital since 2011, said half its patients were on Medicaid.\n\n"
            "Vance’s spokesman, Colin Frayne, said the governor “welcomes a serious "
            "conversation about alternatives.”"
        ),
        "quotes": [
            (
                "A program that grows faster than the economy every year is a program "
                "that will eventually fail the people it serves,",
                "Harriet Vance",
                False,
                "P1",
            ),
            (
                "Some of our members are one bad year away from shutting their doors,",
                None,
                False,
                "P2",
            ),
            (
                "She is balancing the budget on the backs of the sickest people in the state,",
                "Tobias Mbeki",
                False,
                "P3",
            ),
            ("welcomes a serious conversation about alternatives.", "Colin Frayne", True, None),
        ],
        "posts": [
            ("P1", "Harriet Vance", "Capital Courier"),
            ("P2", None, None),
            ("P3", "Tobias Mbeki", "WQRS"),
        ],
        "people": ["Harriet Vance", "Tobias Mbeki", "Colin Frayne"],
    },
    {
        "name": "heart-transplant-substack-essay-wife-tiktok-donor-family",
        "text": (
            "Marcus Ellery spent 14 months on a waiting list for a new heart. Three weeks "
            "after his transplant at Saint Jude of the Valley Hospital, the 38-year-old "
            "schoolteacher wrote about the experience in an essay on Substack. “Someone’s "
            "worst night became my second chance, and I think about that every morning,” he "
            "wrote.\n\n"
            "Ellery’s students, who nicknamed him “Mr. Heartbeat” during his illness, made a "
            "video for him that his wife, Tamsin Ellery, posted on TikTok. “They practiced "
            "this for a week,” she wrote in the caption.\n\n"
            "The donor’s family released a statement through the regional organ bank, "
            "LifeBridge. “Our son loved to help people. He is still doing it,” the family "
            "said.\n\n"
            "LifeBridge’s medical director, Dr. Olusegun Bright, told reporters that donor "
            "registrations in the region had tripled since the essay was published."
        ),
        "quotes": [
            (
                "Someone’s worst night became my second chance, and I think about that "
                "every morning,",
                "Marcus Ellery",
                False,
                "P1",
            ),
            ("They practiced this for a week,", "Tamsin Ellery", False, "P2"),
            ("Our son loved to help people. He is still doing it,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Marcus Ellery", "Substack"),
            ("P2", "Tamsin Ellery", "TikTok"),
            ("P3", None, None),
        ],
        "people": ["Marcus Ellery", "Tamsin Ellery", "Olusegun Bright"],
    },
    {
        "name": "long-covid-clinic-release-tribune-youtube-split-quote",
        "text": (
            "A clinic for long Covid patients at Ashford University Medical Center will stop "
            "taking new referrals next month after its federal grant ran out, the medical "
            "center said in a news release on Friday.\n\n"
            "The clinic’s director, Dr. Hana Morikawa, told the Ashford Tribune that 600 "
            "people were on the waiting list. “These patients have already been dismissed by "
            "doctors for years,” she said. “Now we are dismissing them, too, and it is not "
            "because we want to.”\n\n"
            "Jordan Pike, who runs a patient advocacy group and was treated at the clinic, "
            "said in a YouTube video that the news had left members “devastated.” “For some "
            "of us,” Pike said in the video, “that clinic was the first place anyone "
            "believed us.”\n\n"
            "Morikawa said she would keep seeing her current patients without pay if she had "
            "to."
        ),
        "quotes": [
            (
                "These patients have already been dismissed by doctors for years,",
                "Hana Morikawa",
                False,
                "P2",
            ),
            (
                "Now we are dismissing them, too, and it is not because we want to.",
                "Hana Morikawa",
                False,
                "P2",
            ),
            ("devastated.", "Jordan Pike", True, "P3"),
            ("For some of us,", "Jordan Pike", False, "P3"),
            ("that clinic was the first place anyone believed us.", "Jordan Pike", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Hana Morikawa", "Ashford Tribune"),
            ("P3", "Jordan Pike", "YouTube"),
        ],
        "people": ["Hana Morikawa", "Jordan Pike"],
    },
]
