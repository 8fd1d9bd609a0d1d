"""The one-hundred-and-eighth self-made dev set, held out (DJ): its first run is an unseen estimate.

Written with set DK, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with
no platform, and an essay or op-ed on a named platform or in a named newspaper
has that platform; a press release or news/earnings release is a post with
platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it, a post "of his own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post.
- The people list holds every named person in the text, speaker or not (Declan
  Murphy, Samuel Lindgren, Dmitri Volkov and Hana Kobayashi, Oren Ben-David,
  Bogdan Petrescu, Anjali Venkataraman), in the order of first mention;
  organisations, fan groups and bands are not people.
- A post reported without any quoted words (a Bluesky summary, a youth group's
  Instagram video, which has author None, a regulator's statement only
  mentioned) is still listed in posts.
- A nickname in marks inside a name (Kofi “The Cannon” Boateng-Amponsah) is not
  a quote and is not part of the canonical name.
- Scare quotes and terms in marks in narration (“service improvements”,
  “wet-bulb”), a song title (“Marea Alta”) and the name of a Reddit format
  (“Ask Me Anything”) are not quotes.
- A study in a named journal whose words the lead author "wrote in the paper"
  is that author's post with the journal (JAMA Pediatrics) as platform;
  summarising it on Bluesky is a separate Bluesky post by her, listed though
  nothing from it is quoted.
- The story's own "said in an interview" is not a post, even when it repeats an
  earlier post's topic.
- A bishop's pastoral letter read at Masses is the bishop's post with no
  platform; a post in a parish's Facebook group by a named member is that
  member's Facebook post, and a named member's answer under it belongs to it.
- Bishop, Father, the Rev., Imam and Pandit are titles and not part of a name;
  Korean name order is kept (Park Sun-hee), and bare "Park" or "Dr. Park"
  refers to her.
- A club's statement has author None and its words speak as None; a fan group's
  X post has author None; a footballer's answer "in a post of his own on X" is
  a new X post by him.
- A family's lawsuit (filed by the parents) and a class action filed by two
  named users both have author None, and their quoted words speak as None; the
  named plaintiffs are still people.
- A judge's written opinion is the judge's post with no platform; a judge's
  words at a sentencing hearing ("called ... at the hearing") and a pastor's
  words to the court are not posts; a defendant's letter to the court is her
  post with no platform.
- A quote that follows "he said." in the same paragraph with no new attribution
  (“Now a jury will hear them.”) has the same speaker and post as the one
  before it.
- A description or title standing for a named person (the bishop, the imam, the
  chef, the pharmacist, the race director) speaks as that person, and "Her
  husband, Callum O’Rourke" or "Her son, Tunde Adebayo" names the speaker.
- A company's Medium blog post signed by a named executive is that executive's
  Medium post, and her words speak as her.
- A reply under an unnamed user's Reddit thread belongs to the thread and
  speaks as None; a named person's answers in her own Reddit "Ask Me Anything"
  thread are her Reddit post, and her later reply in it (“Technically yes.
  Please don’t,”) belongs to it.
- A company's customer service account replying under a person's X post speaks
  as None and belongs to that person's post.
- A pilots' union's statement, a county health department's Facebook post, a
  police statement and a company email to its customers have author None and
  their words speak as None.
- A quote introduced by "She wrote:" or "He added:" in the sentence right after
  a post is reported belongs to that post; a fragment after "adding that" in
  the same sentence as an interview belongs to the interview.
- Friday prayers (a sermon), a council debate, a news conference, a call with
  reporters and "told reporters" outside a courthouse or after Mass are not
  posts.
- Two people sharing a surname (Gordon and Maureen Pritchard, Tamsin and Callum
  O’Rourke, Valentina and Camila Arboleda-Ruiz, Shreya and Sulochana Kulkarni,
  Bogdan and Elena Petrescu): "Petrescu’s wife" refers to the one already
  named, and a first name alone (Shreya) refers to the one with that first
  name.
- A temple's YouTube livestream is a post with author None and platform
  YouTube; its head priest's words on the stream speak as him and belong to it.
- A comment left in another language and quoted in a relative's translation (“I
  saw you. I am proud.”) speaks as the commenter and belongs to the post it was
  left under.
- A radio station or show (BBC Radio Leicester, Science Friday), a podcast
  (Pews and Pulpits, Decoder Ring, The Long Run), a magazine (Rolling Stone), a
  newspaper (Le Devoir, Dayton Daily News) and a column or op-ed in a named
  newspaper take that name as platform; a performance on The Tonight Show and a
  hashtag are not posts.
- A state attorney general's press release has author None, and the attorney
  general's words in it speak as her.
- An Instagram story and an Instagram reel are Instagram posts; a TikTok posted
  "with the caption" has a whole (not partial) caption.
- An earnings release is a press release with author None; a chief executive's
  email to staff is his post; an analyst's note to clients is hers, with no
  platform.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DJ: list[dict] = [
    {
        "name": "hospital-nurse-instagram-statement-news-conference",
        "text": (
            "Adaeze Okonkwo-Reyes, a labour and delivery nurse at St. Brendan’s Hospital in "
            "Dayton, posted a video on Instagram on Sunday describing a night shift in which "
            "four nurses covered 31 beds. “Nobody should give birth in a hallway because we "
            "ran out of hands,” she said in the video.\n\n"
            "The clip drew thousands of comments. One, from a retired midwife named Ruth "
            "Abernathy, read: “I did this job for 38 years and it has never been this thin.”\n\n"
            "In a statement on Monday, the hospital said staffing “met every state "
            "requirement” on the night in question. Its chief nursing officer, Dr. Kwame "
            "Asante, told reporters at a news conference that afternoon that six travel "
            "nurses would start next week. “We hear our nurses, and help is on the way,” "
            "Asante said.\n\n"
            "Okonkwo-Reyes was unmoved. “Six is a start. Ask us again in a month,” she told "
            "the Dayton Daily News, adding that nurses on her floor had begun keeping their "
            "own log of every shift that fell below the ratio."
        ),
        "quotes": [
            (
                "Nobody should give birth in a hallway because we ran out of hands,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "I did this job for 38 years and it has never been this thin.",
                "Ruth Abernathy",
                False,
                "P1",
            ),
            ("met every state requirement", None, True, "P2"),
            ("We hear our nurses, and help is on the way,", "Kwame Asante", False, None),
            ("Six is a start. Ask us again in a month,", "Adaeze Okonkwo-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Reyes", "Instagram"),
            ("P2", None, None),
            ("P3", "Adaeze Okonkwo-Reyes", "Dayton Daily News"),
        ],
        "people": ["Adaeze Okonkwo-Reyes", "Ruth Abernathy", "Kwame Asante"],
    },
    {
        "name": "transit-fare-press-release-x-threads-scare-quotes",
        "text": (
            "The Metropolitan Transit Authority of Halvorsen County will raise bus fares from"
            " $2 to $2.75 on July 1, the agency announced in a press release on Wednesday. "
            "“This is the first increase in nine years, and every dollar goes to service,” "
            "the release quoted the authority’s general manager, Priya Raghunathan, as "
            "saying.\n\n"
            "Riders were not impressed. Mateo Fuentes-Ibarra, who commutes from Eastgate, "
            "posted on X that the so-called “service improvements” had so far meant longer "
            "waits. “My 14 bus came twice in an hour this morning,” he wrote.\n\n"
            "Council member Olufemi Bankole weighed in on Threads. “Raise fares when the "
            "buses show up, not before,” she posted. Raghunathan answered beneath her post: "
            "“Fair point, and we will publish on-time numbers every month.”\n\n"
            "The council is expected to review the increase at a hearing on May 12, where "
            "Bankole said she would ask for a six-month delay. The authority carried 41 "
            "million riders last year, still a fifth fewer than before the pandemic."
        ),
        "quotes": [
            (
                "This is the first increase in nine years, and every dollar goes to service,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            ("My 14 bus came twice in an hour this morning,", "Mateo Fuentes-Ibarra", False, "P2"),
            ("Raise fares when the buses show up, not before,", "Olufemi Bankole", False, "P3"),
            (
                "Fair point, and we will publish on-time numbers every month.",
                "Priya Raghunathan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Mateo Fuentes-Ibarra", "X"),
            ("P3", "Olufemi Bankole", "Threads"),
        ],
        "people": ["Priya Raghunathan", "Mateo Fuentes-Ibarra", "Olufemi Bankole"],
    },
    {
        "name": "diocese-parish-merger-letter-facebook-group-podcast",
        "text": (
            "The Roman Catholic Diocese of Greenport will merge 14 parishes into five by next"
            " Easter, Bishop Anselm Mwangi wrote in a pastoral letter read at Masses on "
            "Sunday. “A church is not a building, but we cannot pretend that our buildings "
            "are full,” the bishop wrote.\n\n"
            "At St. Casimir’s in the city’s north end, where Sunday attendance has fallen "
            "below 60, the reaction was raw. Halina Wiśniewska, who was baptised there in "
            "1951, wrote in the parish’s Facebook group that she felt “like a widow twice "
            "over.” Another member, Joseph Tran, answered under her post: “We will carry you "
            "to the new church if we have to.”\n\n"
            "A diocesan spokesman, Father Declan Murphy, told reporters after the 11 o’clock "
            "Mass that no church building would be put on the market before the mergers were "
            "complete. “Nothing will be sold this year,” he said.\n\n"
            "Mwangi defended the plan on the podcast Pews and Pulpits. “I would rather close "
            "a building than close a parish,” he said, adding that the decision was “the "
            "hardest of my ministry.”"
        ),
        "quotes": [
            (
                "A church is not a building, but we cannot pretend that our buildings are full,",
                "Anselm Mwangi",
                False,
                "P1",
            ),
            ("like a widow twice over.", "Halina Wiśniewska", True, "P2"),
            ("We will carry you to the new church if we have to.", "Joseph Tran", False, "P2"),
            ("Nothing will be sold this year,", "Declan Murphy", False, None),
            ("I would rather close a building than close a parish,", "Anselm Mwangi", False, "P3"),
            ("the hardest of my ministry.", "Anselm Mwangi", True, "P3"),
        ],
        "posts": [
            ("P1", "Anselm Mwangi", None),
            ("P2", "Halina Wiśniewska", "Facebook"),
            ("P3", "Anselm Mwangi", "Pews and Pulpits"),
        ],
        "people": ["Anselm Mwangi", "Halina Wiśniewska", "Joseph Tran", "Declan Murphy"],
    },
    {
        "name": "logistics-layoffs-ceo-email-linkedin-analyst-note",
        "text": (
            "Freightline Systems, the Memphis logistics software company, will cut 340 jobs, "
            "or about 12 percent of its workforce, its chief executive, Rafael Domínguez-"
            "Ortega, told employees in an email on Thursday. “I made hiring decisions for a "
            "world that did not arrive,” he wrote.\n\n"
            "The company’s quarterly earnings release, published an hour later, said revenue "
            "had fallen 8 percent and described the cuts as “a necessary reset.”\n\n"
            "Siobhan Kavanagh, a product designer who lost her job, posted on LinkedIn that "
            "she had learned of it from a locked laptop. “Seven years, and the goodbye was a "
            "password error,” she wrote. Dozens of former colleagues commented, among them "
            "Yusuf Demir: “Best designer I ever shipped with. Hire her.”\n\n"
            "In a note to clients, Lauren Whitfield, an analyst at Carver & Hale, called the "
            "cuts overdue. “The margins were never going to fix themselves,” she wrote. "
            "Freightline’s shares rose 6 percent by the close of trading."
        ),
        "quotes": [
            (
                "I made hiring decisions for a world that did not arrive,",
                "Rafael Domínguez-Ortega",
                False,
                "P1",
            ),
            ("a necessary reset.", None, True, "P2"),
            ("Seven years, and the goodbye was a password error,", "Siobhan Kavanagh", False, "P3"),
            ("Best designer I ever shipped with. Hire her.", "Yusuf Demir", False, "P3"),
            ("The margins were never going to fix themselves,", "Lauren Whitfield", False, "P4"),
        ],
        "posts": [
            ("P1", "Rafael Domínguez-Ortega", None),
            ("P2", None, "press release"),
            ("P3", "Siobhan Kavanagh", "LinkedIn"),
            ("P4", "Lauren Whitfield", None),
        ],
        "people": [
            "Rafael Domínguez-Ortega",
            "Siobhan Kavanagh",
            "Yusuf Demir",
            "Lauren Whitfield",
        ],
    },
    {
        "name": "sleep-study-journal-bluesky-tiktok",
        "text": (
            "Teenagers who put their phones in another room at night slept 41 minutes longer "
            "on average, according to a study of 2,300 students published on Wednesday in the"
            " journal JAMA Pediatrics. “The effect was larger than anything we have seen from"
            " melatonin,” the lead author, Dr. Park Sun-hee of the University of Minnesota, "
            "wrote in the paper.\n\n"
            "Park summarised the findings on Bluesky, where a sleep researcher at Stanford, "
            "Emeka Nwosu, replied: “Great design. I would love to see the one-year follow-"
            "up.”\n\n"
            "Not everyone was convinced. Jordan Blackfeather, a 17-year-old from Tulsa with "
            "800,000 followers on TikTok, told them in a video that the study ignored "
            "students who used their phones as alarms. “Some of us don’t own a clock, Dr. "
            "Park,” she said, laughing.\n\n"
            "Park said in an interview that she had watched the video twice. “She has a "
            "point, and we will count alarms next time,” she said."
        ),
        "quotes": [
            (
                "The effect was larger than anything we have seen from melatonin,",
                "Park Sun-hee",
                False,
                "P1",
            ),
            (
                "Great design. I would love to see the one-year follow-up.",
                "Emeka Nwosu",
                False,
                "P2",
            ),
            ("Some of us don’t own a clock, Dr. Park,", "Jordan Blackfeather", False, "P3"),
            ("She has a point, and we will count alarms next time,", "Park Sun-hee", False, None),
        ],
        "posts": [
            ("P1", "Park Sun-hee", "JAMA Pediatrics"),
            ("P2", "Park Sun-hee", "Bluesky"),
            ("P3", "Jordan Blackfeather", "TikTok"),
        ],
        "people": ["Park Sun-hee", "Emeka Nwosu", "Jordan Blackfeather"],
    },
    {
        "name": "striker-transfer-instagram-caption-club-statement-nickname",
        "text": (
            "Kofi “The Cannon” Boateng-Amponsah has left Ashford Rovers after six seasons, "
            "the club confirmed in a statement on Friday that thanked him for “112 goals and "
            "countless memories.”\n\n"
            "The striker, who joins Sporting Braga on a three-year deal, posted a photo of "
            "himself kissing the Rovers badge on Instagram with the caption “Ashford made me."
            " Forever a Rover.” His former teammate Liam Gallacher commented under the photo:"
            " “Stadium will not be the same, big man.”\n\n"
            "At a news conference before Saturday’s match against Dunmore, the Rovers "
            "manager, Inês Carvalho, said the sale had been necessary. “The offer was one we "
            "could not refuse, and Kofi deserved the move,” she said.\n\n"
            "Supporters were less gracious. The fan group Rovers Till I Die posted on X that "
            "the club had “sold its soul for a striker’s wages,” and Boateng-Amponsah later "
            "answered in a post of his own on X: “No soul was sold. I was the one who asked "
            "to go.”"
        ),
        "quotes": [
            ("112 goals and countless memories.", None, True, "P1"),
            ("Ashford made me. Forever a Rover.", "Kofi Boateng-Amponsah", False, "P2"),
            ("Stadium will not be the same, big man.", "Liam Gallacher", False, "P2"),
            (
                "The offer was one we could not refuse, and Kofi deserved the move,",
                "Inês Carvalho",
                False,
                None,
            ),
            ("sold its soul for a striker’s wages,", None, True, "P3"),
            (
                "No soul was sold. I was the one who asked to go.",
                "Kofi Boateng-Amponsah",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kofi Boateng-Amponsah", "Instagram"),
            ("P3", None, "X"),
            ("P4", "Kofi Boateng-Amponsah", "X"),
        ],
        "people": ["Kofi Boateng-Amponsah", "Liam Gallacher", "Inês Carvalho"],
    },
    {
        "name": "court-ride-hailing-crash-ruling-lawsuit-linkedin",
        "text": (
            "A federal judge in Sacramento on Tuesday refused to dismiss a wrongful-death "
            "lawsuit against the ride-hailing company Zipto, ruling that the family of a "
            "passenger killed in a 2022 crash could take the case to a jury.\n\n"
            "The lawsuit, filed by the parents of 24-year-old Anjali Venkataraman, alleges "
            "that Zipto kept the driver on its app after three complaints of reckless "
            "driving. The company “chose growth over a young woman’s life,” the complaint "
            "says.\n\n"
            "In her written opinion, Judge Carmen Villalobos-Stein wrote that the company’s "
            "own records “raise a genuine question of what Zipto knew and when.”\n\n"
            "Outside the courthouse, the family’s lawyer, Benedikt Hartmann, told reporters "
            "that the ruling was a relief. “Anjali’s parents have waited two years to be "
            "heard,” he said. “Now a jury will hear them.”\n\n"
            "Zipto said in a statement that it was “deeply saddened” by the death but would "
            "appeal. Its general counsel, Thandiwe Mokoena, wrote on LinkedIn that the ruling"
            " “stretches the law past recognition.”"
        ),
        "quotes": [
            ("chose growth over a young woman’s life,", None, True, "P1"),
            (
                "raise a genuine question of what Zipto knew and when.",
                "Carmen Villalobos-Stein",
                True,
                "P2",
            ),
            (
                "Anjali’s parents have waited two years to be heard,",
                "Benedikt Hartmann",
                False,
                None,
            ),
            ("Now a jury will hear them.", "Benedikt Hartmann", False, None),
            ("deeply saddened", None, True, "P3"),
            ("stretches the law past recognition.", "Thandiwe Mokoena", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Carmen Villalobos-Stein", None),
            ("P3", None, None),
            ("P4", "Thandiwe Mokoena", "LinkedIn"),
        ],
        "people": [
            "Anjali Venkataraman",
            "Carmen Villalobos-Stein",
            "Benedikt Hartmann",
            "Thandiwe Mokoena",
        ],
    },
    {
        "name": "phone-battery-youtube-reddit-medium-podcast",
        "text": (
            "A YouTube video by the gadget reviewer Arash Tehrani, showing a Lumen X3 phone "
            "swelling until its back panel popped off, has been viewed 4.2 million times "
            "since Saturday. “Do not charge this phone overnight until Lumen says something,”"
            " Tehrani warned in the video.\n\n"
            "A Reddit thread started by an anonymous user on the r/LumenPhones forum has "
            "since collected more than 900 reports of hot or swollen batteries. “Mine did the"
            " same thing on my nightstand. I have kids in this house,” one reply read.\n\n"
            "Lumen responded on Monday in a post on its Medium blog signed by its head of "
            "hardware, Ingrid Solberg. “We are testing every returned unit and will replace "
            "any affected battery for free,” she wrote.\n\n"
            "Tehrani told the podcast Decoder Ring that the offer was not enough. “Free "
            "replacement is nice. A recall is what safety looks like,” he said. The company "
            "sold about 1.8 million X3 phones last year."
        ),
        "quotes": [
            (
                "Do not charge this phone overnight until Lumen says something,",
                "Arash Tehrani",
                False,
                "P1",
            ),
            (
                "Mine did the same thing on my nightstand. I have kids in this house,",
                None,
                False,
                "P2",
            ),
            (
                "We are testing every returned unit and will replace any affected battery for free,",
                "Ingrid Solberg",
                False,
                "P3",
            ),
            (
                "Free replacement is nice. A recall is what safety looks like,",
                "Arash Tehrani",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Arash Tehrani", "YouTube"),
            ("P2", None, "Reddit"),
            ("P3", "Ingrid Solberg", "Medium"),
            ("P4", "Arash Tehrani", "Decoder Ring"),
        ],
        "people": ["Arash Tehrani", "Ingrid Solberg"],
    },
    {
        "name": "adhd-drug-shortage-substack-facebook-pharmacist",
        "text": (
            "Patients across northern Ohio are driving up to 90 miles to fill prescriptions "
            "for ADHD medication as a shortage enters its third month, pharmacists say.\n\n"
            "“I turn away six or seven people a day, and some of them are in tears,” said "
            "Nikhil Bhattacharya, who owns a pharmacy in Sandusky. The pharmacist said his "
            "wholesaler had not shipped the drug since January.\n\n"
            "Dr. Miriam Goldfarb, a pediatric psychiatrist in Toledo, argued in an essay on "
            "Substack that the federal limits on production were “a policy written for 2005 "
            "and enforced in 2025.” She wrote: “My patients are not the people this rule was "
            "meant to stop.”\n\n"
            "Tamsin O’Rourke, the mother of a 10-year-old with ADHD, described the hunt in a "
            "Facebook post that has been shared 12,000 times. “Eleven pharmacies, two "
            "counties, one very tired mom,” she wrote. Her husband, Callum O’Rourke, added in"
            " a comment beneath it: “She found it at the twelfth.”\n\n"
            "The Drug Enforcement Administration said in a statement that it was reviewing "
            "the quotas."
        ),
        "quotes": [
            (
                "I turn away six or seven people a day, and some of them are in tears,",
                "Nikhil Bhattacharya",
                False,
                None,
            ),
            ("a policy written for 2005 and enforced in 2025.", "Miriam Goldfarb", True, "P1"),
            (
                "My patients are not the people this rule was meant to stop.",
                "Miriam Goldfarb",
                False,
                "P1",
            ),
            (
                "Eleven pharmacies, two counties, one very tired mom,",
                "Tamsin O’Rourke",
                False,
                "P2",
            ),
            ("She found it at the twelfth.", "Callum O’Rourke", False, "P2"),
        ],
        "posts": [
            ("P1", "Miriam Goldfarb", "Substack"),
            ("P2", "Tamsin O’Rourke", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Nikhil Bhattacharya", "Miriam Goldfarb", "Tamsin O’Rourke", "Callum O’Rourke"],
    },
    {
        "name": "airline-cancellations-x-reply-cnbc-union",
        "text": (
            "Skyward Airlines cancelled more than 600 flights over the weekend after a "
            "software fault took down its crew-scheduling system, stranding passengers from "
            "Denver to Orlando.\n\n"
            "Among them was Fatoumata Diallo, a nurse trying to get home to Atlanta, who "
            "posted on X from Denver’s airport on Sunday: “Third cancellation. I have a shift"
            " at 7 a.m. and no way to get there.” Skyward’s customer service account replied "
            "under her post: “We’re so sorry, Fatoumata. Please DM us your confirmation "
            "code.”\n\n"
            "The airline’s chief executive, Gregory Castellanos, apologised in an interview "
            "with CNBC on Monday. “This was our failure, not the weather’s and not the air "
            "traffic controllers’,” he said. He added that refunds would be automatic.\n\n"
            "The pilots’ union was unimpressed. “Management was warned about this system a "
            "year ago,” the Skyward Pilots Association said in a statement, calling the "
            "meltdown “entirely preventable.”"
        ),
        "quotes": [
            (
                "Third cancellation. I have a shift at 7 a.m. and no way to get there.",
                "Fatoumata Diallo",
                False,
                "P1",
            ),
            ("We’re so sorry, Fatoumata. Please DM us your confirmation code.", None, False, "P1"),
            (
                "This was our failure, not the weather’s and not the air traffic controllers’,",
                "Gregory Castellanos",
                False,
                "P2",
            ),
            ("Management was warned about this system a year ago,", None, False, "P3"),
            ("entirely preventable.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Fatoumata Diallo", "X"),
            ("P2", "Gregory Castellanos", "CNBC"),
            ("P3", None, None),
        ],
        "people": ["Fatoumata Diallo", "Gregory Castellanos"],
    },
    {
        "name": "mosque-expansion-sermon-radio-facebook",
        "text": (
            "The Al-Noor Islamic Centre in Leicester won planning permission on Thursday to "
            "double the size of its prayer hall, ending a three-year dispute with neighbours "
            "over parking.\n\n"
            "Imam Yusuf Haddad told worshippers at Friday prayers that the decision was “a "
            "gift to the whole street, not only to us.” Speaking to reporters afterwards, he "
            "promised that the car park would be open to neighbours on weekdays. “We want to "
            "be the neighbour people are glad to have,” the imam said.\n\n"
            "The centre’s youth group celebrated on Instagram with a video of teenagers "
            "cheering outside the town hall. One neighbour who had opposed the plans, Gordon "
            "Pritchard, struck a softer tone in an interview with BBC Radio Leicester. “I "
            "lost, fair and square, and I wish them well,” he said. “My only ask is that they"
            " mind the bins.”\n\n"
            "His wife, Maureen Pritchard, was less forgiving. She wrote on Facebook that the "
            "council had “stopped listening years ago.”"
        ),
        "quotes": [
            ("a gift to the whole street, not only to us.", "Yusuf Haddad", True, None),
            ("We want to be the neighbour people are glad to have,", "Yusuf Haddad", False, None),
            ("I lost, fair and square, and I wish them well,", "Gordon Pritchard", False, "P2"),
            ("My only ask is that they mind the bins.", "Gordon Pritchard", False, "P2"),
            ("stopped listening years ago.", "Maureen Pritchard", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Gordon Pritchard", "BBC Radio Leicester"),
            ("P3", "Maureen Pritchard", "Facebook"),
        ],
        "people": ["Yusuf Haddad", "Gordon Pritchard", "Maureen Pritchard"],
    },
    {
        "name": "chef-closure-instagram-column-tiktok",
        "text": (
            "After 22 years, the Lagos-born chef Oluwaseun Adebayo will close Idana, her West"
            " African restaurant in Houston, on New Year’s Eve, she announced on Instagram on"
            " Tuesday. “Rent tripled. My love for this city did not,” the chef wrote beneath "
            "a photo of the dining room.\n\n"
            "Regulars flooded the comments. “You fed me through grad school and two "
            "breakups,” wrote one, Carlos Mendoza-Quiroga.\n\n"
            "The restaurant critic Helen Zhou wrote in a column for The Houston Chronicle on "
            "Wednesday that the closure was “a loss the city will feel at dinner for a "
            "decade.” Zhou ranked Idana’s goat pepper soup among the ten best dishes in Texas"
            " last year.\n\n"
            "Her son, Tunde Adebayo, who runs the kitchen, posted a TikTok of his mother "
            "cooking her last pot of jollof rice for the season. “She taught me everything "
            "except how to say goodbye,” he said in the video.\n\n"
            "The landlord, Pinecrest Holdings, declined to comment."
        ),
        "quotes": [
            ("Rent tripled. My love for this city did not,", "Oluwaseun Adebayo", False, "P1"),
            (
                "You fed me through grad school and two breakups,",
                "Carlos Mendoza-Quiroga",
                False,
                "P1",
            ),
            ("a loss the city will feel at dinner for a decade.", "Helen Zhou", True, "P2"),
            ("She taught me everything except how to say goodbye,", "Tunde Adebayo", False, "P3"),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo", "Instagram"),
            ("P2", "Helen Zhou", "The Houston Chronicle"),
            ("P3", "Tunde Adebayo", "TikTok"),
        ],
        "people": ["Oluwaseun Adebayo", "Carlos Mendoza-Quiroga", "Helen Zhou", "Tunde Adebayo"],
    },
    {
        "name": "shipwreck-release-reddit-ama-science-friday",
        "text": (
            "Divers off the coast of Sicily have found a Roman merchant ship still carrying "
            "more than 300 sealed amphorae, the Superintendence of the Sea announced in a "
            "press release on Monday. The release called the wreck “the best-preserved cargo "
            "of its century.”\n\n"
            "The dive’s leader, the marine archaeologist Giulia Santangelo, answered "
            "questions on Reddit in an “Ask Me Anything” thread on Tuesday. “Some of the "
            "seals still have the merchant’s thumbprint in the clay,” she wrote. One user "
            "asked whether the wine could still be drunk. “Technically yes. Please don’t,” "
            "Santangelo replied.\n\n"
            "Her colleague Dr. Mehmet Yıldırım, a specialist in ancient trade at the "
            "University of Ankara, told the radio show Science Friday that the find could "
            "redraw maps of the grain routes. “We thought this route ended at Carthage. This "
            "ship says otherwise,” he said.\n\n"
            "The amphorae will be raised over the summer and studied in Palermo."
        ),
        "quotes": [
            ("the best-preserved cargo of its century.", None, True, "P1"),
            (
                "Some of the seals still have the merchant’s thumbprint in the clay,",
                "Giulia Santangelo",
                False,
                "P2",
            ),
            ("Technically yes. Please don’t,", "Giulia Santangelo", False, "P2"),
            (
                "We thought this route ended at Carthage. This ship says otherwise,",
                "Mehmet Yıldırım",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Giulia Santangelo", "Reddit"),
            ("P3", "Mehmet Yıldırım", "Science Friday"),
        ],
        "people": ["Giulia Santangelo", "Mehmet Yıldırım"],
    },
    {
        "name": "church-treasurer-sentencing-letter-hearing-x",
        "text": (
            "A former treasurer of the Riverside Baptist Church in Macon was sentenced on "
            "Wednesday to four years in prison for stealing $1.3 million from the "
            "congregation over a decade.\n\n"
            "In a letter to the court filed last week, Deborah Ann Whitcombe, 61, asked for "
            "mercy. “I told myself every month that I would pay it back. I never did,” she "
            "wrote.\n\n"
            "At the sentencing hearing, the church’s pastor, the Rev. Marcus Ellison, said "
            "the theft had nearly closed its food pantry. “We forgive her. Forgiving is not "
            "the same as forgetting,” he told the court.\n\n"
            "Judge Ama Owusu-Bekoe called Whitcombe’s conduct “a betrayal dressed up as "
            "bookkeeping.” After the hearing, the prosecutor, Samuel Lindgren, told reporters"
            " the sentence was fair and that restitution would be sought from her pension.\n\n"
            "Macon’s mayor, Renée Thibodeaux, posted on X that the congregation had shown "
            "“more grace than most of us could manage.”"
        ),
        "quotes": [
            (
                "I told myself every month that I would pay it back. I never did,",
                "Deborah Ann Whitcombe",
                False,
                "P1",
            ),
            (
                "We forgive her. Forgiving is not the same as forgetting,",
                "Marcus Ellison",
                False,
                None,
            ),
            ("a betrayal dressed up as bookkeeping.", "Ama Owusu-Bekoe", True, None),
            ("more grace than most of us could manage.", "Renée Thibodeaux", True, "P2"),
        ],
        "posts": [
            ("P1", "Deborah Ann Whitcombe", None),
            ("P2", "Renée Thibodeaux", "X"),
        ],
        "people": [
            "Deborah Ann Whitcombe",
            "Marcus Ellison",
            "Ama Owusu-Bekoe",
            "Samuel Lindgren",
            "Renée Thibodeaux",
        ],
    },
    {
        "name": "measles-outbreak-facebook-op-ed-threads-reply",
        "text": (
            "Health officials in Yakima County confirmed four more measles cases on Friday, "
            "bringing the outbreak to 19, all in children who had not been vaccinated.\n\n"
            "The county health department urged parents on Facebook to check their children’s"
            " records. “Two doses of MMR are 97 percent effective. There is still time,” the "
            "department wrote.\n\n"
            "Dr. Esperanza Villanueva, a pediatrician in Sunnyside, wrote in an op-ed in The "
            "Seattle Times that she had not seen measles in 30 years of practice until March."
            " “I had to look up the rash in a textbook. That should frighten all of us,” she "
            "wrote.\n\n"
            "Rebecca Holmgren, a mother of three who had delayed her children’s shots, posted"
            " on Threads that she had changed her mind. “I was scared of the wrong thing,” "
            "she wrote. A reply from Anika Sorensen, another mother, called the post “the "
            "bravest thing I’ve read all year.”\n\n"
            "The department said at a briefing that free clinics would run through June."
        ),
        "quotes": [
            ("Two doses of MMR are 97 percent effective. There is still time,", None, False, "P1"),
            (
                "I had to look up the rash in a textbook. That should frighten all of us,",
                "Esperanza Villanueva",
                False,
                "P2",
            ),
            ("I was scared of the wrong thing,", "Rebecca Holmgren", False, "P3"),
            ("the bravest thing I’ve read all year.", "Anika Sorensen", True, "P3"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Esperanza Villanueva", "The Seattle Times"),
            ("P3", "Rebecca Holmgren", "Threads"),
        ],
        "people": ["Esperanza Villanueva", "Rebecca Holmgren", "Anika Sorensen"],
    },
    {
        "name": "singer-album-leak-instagram-story-rolling-stone",
        "text": (
            "The Colombian singer Valentina Arboleda-Ruiz says her new album was leaked "
            "online nine days before its release, and that she knows who did it.\n\n"
            "“Somebody I trusted sold my year for a few hundred dollars,” she wrote in an "
            "Instagram story on Sunday. She did not name the person.\n\n"
            "Her label, Solano Records, said in a statement that it had asked streaming "
            "services to remove the files and was “working with investigators in two "
            "countries.” The leaked tracks include “Marea Alta,” the single she performed on "
            "The Tonight Show last month.\n\n"
            "Her manager, Hiroshi Takeda, told Rolling Stone that the release date would not "
            "change. “Valentina doesn’t hide. The album comes out on the 14th,” he said.\n\n"
            "Fans rallied on TikTok, where the hashtag #JusticeForMarea drew more than 50 "
            "million views. Her sister and backup singer, Camila Arboleda-Ruiz, posted a "
            "TikTok of the two rehearsing with the caption “Still ours.”"
        ),
        "quotes": [
            (
                "Somebody I trusted sold my year for a few hundred dollars,",
                "Valentina Arboleda-Ruiz",
                False,
                "P1",
            ),
            ("working with investigators in two countries.", None, True, "P2"),
            (
                "Valentina doesn’t hide. The album comes out on the 14th,",
                "Hiroshi Takeda",
                False,
                "P3",
            ),
            ("Still ours.", "Camila Arboleda-Ruiz", False, "P4"),
        ],
        "posts": [
            ("P1", "Valentina Arboleda-Ruiz", "Instagram"),
            ("P2", None, None),
            ("P3", "Hiroshi Takeda", "Rolling Stone"),
            ("P4", "Camila Arboleda-Ruiz", "TikTok"),
        ],
        "people": ["Valentina Arboleda-Ruiz", "Hiroshi Takeda", "Camila Arboleda-Ruiz"],
    },
    {
        "name": "scooter-ban-open-letter-le-devoir-linkedin",
        "text": (
            "Laval’s city council voted 9 to 4 on Monday night to ban rental e-scooters from "
            "sidewalks starting in May.\n\n"
            "The vote followed an open letter signed by 230 residents with disabilities, "
            "which described sidewalks cluttered with scooters as “an obstacle course we did "
            "not choose.” One signatory, Marie-Ève Tremblay, who uses a wheelchair, told Le "
            "Devoir that she had fallen twice this winter. “Twice I waited on the ground for "
            "a stranger to help me up,” she said.\n\n"
            "The chief executive of the scooter company Zoomly, Arjun Mehta-Saxena, wrote on "
            "LinkedIn that the ban would “push riders back into cars.” He added: “We offered "
            "parking corrals. The council never called back.”\n\n"
            "Councillor Stéphane Boucher, who sponsored the ban, said during the debate that "
            "the company had been given two years to fix the problem. “Two years of promises "
            "is enough,” he said.\n\n"
            "Zoomly has about 2,400 scooters in the city and says a third of its trips end at"
            " a metro station."
        ),
        "quotes": [
            ("an obstacle course we did not choose.", None, True, "P1"),
            (
                "Twice I waited on the ground for a stranger to help me up,",
                "Marie-Ève Tremblay",
                False,
                "P2",
            ),
            ("push riders back into cars.", "Arjun Mehta-Saxena", True, "P3"),
            (
                "We offered parking corrals. The council never called back.",
                "Arjun Mehta-Saxena",
                False,
                "P3",
            ),
            ("Two years of promises is enough,", "Stéphane Boucher", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Marie-Ève Tremblay", "Le Devoir"),
            ("P3", "Arjun Mehta-Saxena", "LinkedIn"),
        ],
        "people": ["Marie-Ève Tremblay", "Arjun Mehta-Saxena", "Stéphane Boucher"],
    },
    {
        "name": "temple-procession-youtube-stream-police-instagram",
        "text": (
            "More than 40,000 people attended the Ganesh Chaturthi procession in Edison, New "
            "Jersey, on Saturday, organisers said, making it the largest in the temple’s "
            "28-year history.\n\n"
            "The Sri Venkateswara Temple streamed the procession live on YouTube, where its "
            "head priest, Pandit Raghavendra Iyer, addressed viewers before the idol left the"
            " temple. “Whoever you are and wherever you pray, you are welcome to walk with "
            "us,” he said on the stream.\n\n"
            "Edison police said in a statement that the day had passed “without a single "
            "serious incident,” though two people were treated for heat exhaustion.\n\n"
            "Shreya Kulkarni, a 19-year-old college student who danced with her troupe near "
            "the front, posted a reel on Instagram. “My grandmother watched from Pune on the "
            "livestream and cried,” she wrote in the caption. Her grandmother, Sulochana "
            "Kulkarni, left a comment under it in Marathi, which Shreya translated for a "
            "friend as: “I saw you. I am proud.”"
        ),
        "quotes": [
            (
                "Whoever you are and wherever you pray, you are welcome to walk with us,",
                "Raghavendra Iyer",
                False,
                "P1",
            ),
            ("without a single serious incident,", None, True, "P2"),
            (
                "My grandmother watched from Pune on the livestream and cried,",
                "Shreya Kulkarni",
                False,
                "P3",
            ),
            ("I saw you. I am proud.", "Sulochana Kulkarni", False, "P3"),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", None, None),
            ("P3", "Shreya Kulkarni", "Instagram"),
        ],
        "people": ["Raghavendra Iyer", "Shreya Kulkarni", "Sulochana Kulkarni"],
    },
    {
        "name": "fitness-app-breach-email-bluesky-ag-release-class-action",
        "text": (
            "The fitness app PulseTrack told its 3.1 million users in an email on Thursday "
            "that hackers had accessed names, email addresses and, for some, home addresses. "
            "“We are deeply sorry. Your payment details were not exposed,” the email said.\n\n"
            "The security researcher who first spotted the stolen data for sale, Aleksandra "
            "Nowak, wrote on Bluesky that the email left out the worst part. “It’s not just "
            "addresses. It’s running routes, which show where people live and when they are "
            "out,” she posted.\n\n"
            "New York’s attorney general, Letitia Mbeki-Harris, announced an investigation in"
            " a press release. “A map of when someone leaves home is a gift to a stalker,” "
            "she said in the release.\n\n"
            "A class action filed on Friday in federal court in Brooklyn by two users, Dmitri"
            " Volkov and Hana Kobayashi, accuses PulseTrack of storing the routes “without "
            "encryption of any kind.”\n\n"
            "PulseTrack’s chief technology officer, Oren Ben-David, said on a call with "
            "reporters that encryption was being added."
        ),
        "quotes": [
            ("We are deeply sorry. Your payment details were not exposed,", None, False, "P1"),
            (
                "It’s not just addresses. It’s running routes, which show where people live and when they are out,",
                "Aleksandra Nowak",
                False,
                "P2",
            ),
            (
                "A map of when someone leaves home is a gift to a stalker,",
                "Letitia Mbeki-Harris",
                False,
                "P3",
            ),
            ("without encryption of any kind.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aleksandra Nowak", "Bluesky"),
            ("P3", None, "press release"),
            ("P4", None, None),
        ],
        "people": [
            "Aleksandra Nowak",
            "Letitia Mbeki-Harris",
            "Dmitri Volkov",
            "Hana Kobayashi",
            "Oren Ben-David",
        ],
    },
    {
        "name": "marathon-heat-news-conference-facebook-podcast",
        "text": (
            "Organisers of the Twin Rivers Marathon have defended their decision to start "
            "Sunday’s race despite a heat warning, after 38 runners were taken to hospital "
            "and one, 52-year-old Bogdan Petrescu, remained in intensive care.\n\n"
            "“We followed every guideline and added nine water stations,” the race director, "
            "Chloe Marchetti, said at a news conference on Monday.\n\n"
            "Petrescu’s wife, Elena Petrescu, wrote on Facebook that her husband had trained "
            "for a year. “He is stubborn and strong, and he is going to wake up,” she wrote. "
            "A nurse who treated runners at the finish, Abebe Tesfaye, commented beneath her "
            "post: “Praying for him. The medical tent did everything it could.”\n\n"
            "Dr. Lindiwe Dube, a sports physician, said on the podcast The Long Run that "
            "organisers had relied on a “wet-bulb” reading from an airport 20 miles away. “By"
            " noon the course was far hotter than the number they quoted,” she said."
        ),
        "quotes": [
            (
                "We followed every guideline and added nine water stations,",
                "Chloe Marchetti",
                False,
                None,
            ),
            (
                "He is stubborn and strong, and he is going to wake up,",
                "Elena Petrescu",
                False,
                "P1",
            ),
            (
                "Praying for him. The medical tent did everything it could.",
                "Abebe Tesfaye",
                False,
                "P1",
            ),
            (
                "By noon the course was far hotter than the number they quoted,",
                "Lindiwe Dube",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Elena Petrescu", "Facebook"),
            ("P2", "Lindiwe Dube", "The Long Run"),
        ],
        "people": [
            "Bogdan Petrescu",
            "Chloe Marchetti",
            "Elena Petrescu",
            "Abebe Tesfaye",
            "Lindiwe Dube",
        ],
    },
]
