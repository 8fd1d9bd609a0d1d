"""The one-hundred-and-fifty-sixth self-made dev set, held out (FF): its first run is an
unseen estimate.

Written with set FG, without reading the extraction rules, and committed before
any rule was run on it. Topic area: crime, police and the courts: trials,
investigations, victims and lawyers. Same format and conventions as the earlier
self-made sets (not a public corpus): an interview with a named outlet or show is
a post (platform: the outlet or show as written, without quotation marks), and
"told" a named newspaper is such an interview; a statement, memo, letter, email,
court filing, lawsuit, judge's opinion or essay with no named outlet is a post
with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post
with platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it, a post "of his own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  only described (a mayor's post on X with no quoted words) is still listed.
- people lists every person named in the text, in order of first mention,
  whether or not they are quoted (defendants, victims, lawyers who declined to
  comment, a wounded guard); unnamed people and organisations are not listed. A
  first name or "Ms. Montoya" inside a quote refers to a person already named
  and adds no one.
- Ranks and offices (Detective Inspector, Sgt., Brigadier, Sheriff, Police
  Chief, District Attorney, Deputy District Attorney, Justice, Judge, Detective
  Senior Sergeant) are titles and not part of a canonical name.
- A quote split by its attribution (“...,” Qureshi said, “and today ...”) is two
  quotes, neither of them partial.
- A quote that runs over two paragraphs: the first paragraph has no closing
  mark, and its quote runs from the opening mark to the end of the paragraph.
- Testimony at trial, words said in court (an apology before sentencing), an
  oral ruling from the bench, and words said "at her arraignment" or "outside
  the High Court" are not posts; a fragment of a bench ruling is partial with
  post None.
- A written majority opinion and a written dissent of an appeals court are two
  posts, each by the justice who wrote it, with no platform.
- A letter to the judge filed in a case is its writer's post with no platform;
  a school principal's letter to parents is the principal's post with no
  platform.
- A filing by unnamed "lawyers for" someone has author None and its words speak
  as None; a statement by a family or by a U.S. Attorney's Office has author
  None.
- A sheriff's office's Facebook post, and a police department's comment under a
  TikTok video, speak as None; the comment belongs to the video.
- A district attorney's office's press release quoting its named district
  attorney ("said in the release") has author None, and the quote's speaker is
  the district attorney.
- An Instagram Live broadcast is an Instagram post, and a viewer's comment under
  the broadcast belongs to it. A YouTube video has platform YouTube, not the
  channel's name. Reposting a message on Threads "with a note of his own" is a
  new Threads post.
- An email to a named newspaper is a post whose platform is that newspaper.
- Platform names are kept as written, without a lowercase leading "the" (the
  Scotsman -> Scotsman, the Times-Picayune -> Times-Picayune) but with a
  capitalised one (The Commercial Appeal). A show named with its network's or
  station's possessive takes the show's name (CBS's 60 Minutes -> 60 Minutes,
  Talk Radio 702's Breakfast Show -> Breakfast Show); a station named without a
  show is the platform (WKYT, Texas Public Radio, BBC Radio Scotland, Radio New
  Zealand); a podcast takes its name (Justice Delayed, Undisclosed Hours).
- "Spoke to" a named outlet is an interview with it; a juror who spoke to a
  newspaper anonymously makes a post with author None and speaks as None.
- The story's own present-tense "Says X: ..." is not a post; "says in the
  video" ties a quote to that video.
- A nickname (“Teatime Burglar.”), a scare quote (“investigations”) and a book
  title (“The Long Count,”) in marks are not quotes.
- A quote given whole after a colon ("told reporters ...: “We will show ...”")
  is not partial.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FF: list[dict] = [
    {
        "name": "murder-verdict-reporters-lawyer-statement-instagram-caption",
        "text": (
            "A jury in Fresno County found Darnell Whitaker guilty on Thursday of second-degree "
            "murder in the 2022 shooting of his neighbour, Rosalind Achterberg, after three days "
            "of deliberations.\n\n"
            "“This verdict will not bring Rosalind back, but it tells her story truthfully,” "
            "Deputy District Attorney Priya Venkataraman told reporters outside the courthouse."
            "\n\n"
            "Whitaker’s lawyer, Gideon Falk, said in a statement that his client would appeal. "
            "“The jury never heard the full account of what happened that night,” he wrote. "
            "“We are confident an appeals court will.”\n\n"
            "Achterberg’s daughter, Mirela Achterberg, posted a photo of her mother on Instagram "
            "with the caption “Justice for Mom. Finally.”"
        ),
        "quotes": [
            (
                "This verdict will not bring Rosalind back, but it tells her story truthfully,",
                "Priya Venkataraman",
                False,
                None,
            ),
            (
                "The jury never heard the full account of what happened that night,",
                "Gideon Falk",
                False,
                "P1",
            ),
            ("We are confident an appeals court will.", "Gideon Falk", False, "P1"),
            ("Justice for Mom. Finally.", "Mirela Achterberg", False, "P2"),
        ],
        "posts": [
            ("P1", "Gideon Falk", None),
            ("P2", "Mirela Achterberg", "Instagram"),
        ],
        "people": [
            "Darnell Whitaker",
            "Rosalind Achterberg",
            "Priya Venkataraman",
            "Gideon Falk",
            "Mirela Achterberg",
        ],
    },
    {
        "name": "sheriff-facebook-burglary-arrest-neighbour-tv-station",
        "text": (
            "The Harlan County Sheriff’s Office said on Facebook on Sunday that deputies had "
            "arrested a 31-year-old man in connection with a string of burglaries along Route 9. "
            "“Thanks to tips from residents, this investigation moved quickly,” the post read."
            "\n\n"
            "The man, identified in court records as Colby Reinholt, is being held on $50,000 "
            "bail. He has not yet entered a plea.\n\n"
            "A neighbour who asked not to be named said the arrest came as a relief. “We’ve been "
            "locking our doors in the middle of the day for a month,” she said.\n\n"
            "Sheriff Abigail Tennant later told WKYT that more arrests were possible. “We don’t "
            "believe he acted alone,” Tennant said."
        ),
        "quotes": [
            (
                "Thanks to tips from residents, this investigation moved quickly,",
                None,
                False,
                "P1",
            ),
            (
                "We’ve been locking our doors in the middle of the day for a month,",
                None,
                False,
                None,
            ),
            ("We don’t believe he acted alone,", "Abigail Tennant", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Abigail Tennant", "WKYT"),
        ],
        "people": ["Colby Reinholt", "Abigail Tennant"],
    },
    {
        "name": "teatime-burglar-news-conference-split-quote-victim-newspaper",
        "text": (
            "Police in Leeds have charged a 58-year-old man with a series of thefts from elderly "
            "residents that the local press had attributed to the so-called “Teatime Burglar.”"
            "\n\n"
            "Detective Inspector Hamid Qureshi told a news conference on Wednesday that the man, "
            "Roland Pettigrew, had been arrested at his home in Headingley. “We have been "
            "building this case for eight months,” Qureshi said, “and today is the first step "
            "toward answers for the families.”\n\n"
            "Pettigrew’s solicitor, Aoife Brennan, declined to comment.\n\n"
            "One victim, 84-year-old Winifred Oduya, told the Yorkshire Evening Post that she "
            "still slept with a chair against her bedroom door. “He took my late husband’s "
            "watch, and he took my sense of safety with it,” she said."
        ),
        "quotes": [
            ("We have been building this case for eight months,", "Hamid Qureshi", False, None),
            (
                "and today is the first step toward answers for the families.",
                "Hamid Qureshi",
                False,
                None,
            ),
            (
                "He took my late husband’s watch, and he took my sense of safety with it,",
                "Winifred Oduya",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Winifred Oduya", "Yorkshire Evening Post")],
        "people": ["Hamid Qureshi", "Roland Pettigrew", "Aoife Brennan", "Winifred Oduya"],
    },
    {
        "name": "fraud-trial-x-post-former-crown-reply-bench-ruling",
        "text": (
            "Defence lawyer Marguerite Oyelaran-Shaw criticised prosecutors on X on Monday after "
            "a judge in Toronto excluded key evidence in the fraud trial of her client, the "
            "developer Anders Kjellberg. “Two years of headlines, and the Crown’s case rests on "
            "a spreadsheet nobody can authenticate,” she posted.\n\n"
            "Under her post, a former Crown attorney, Rajinder Bains, wrote: “Excluding one "
            "exhibit is not an acquittal. Let the trial finish.”\n\n"
            "The Ontario Crown’s office did not respond to a request for comment. Justice "
            "Eleanor Whitcombe, who is hearing the case without a jury, described the "
            "spreadsheet in her ruling from the bench as “unreliable in its present form.”\n\n"
            "The trial resumes on Thursday."
        ),
        "quotes": [
            (
                "Two years of headlines, and the Crown’s case rests on a spreadsheet nobody can "
                "authenticate,",
                "Marguerite Oyelaran-Shaw",
                False,
                "P1",
            ),
            (
                "Excluding one exhibit is not an acquittal. Let the trial finish.",
                "Rajinder Bains",
                False,
                "P1",
            ),
            ("unreliable in its present form.", "Eleanor Whitcombe", True, None),
        ],
        "posts": [("P1", "Marguerite Oyelaran-Shaw", "X")],
        "people": [
            "Marguerite Oyelaran-Shaw",
            "Anders Kjellberg",
            "Rajinder Bains",
            "Eleanor Whitcombe",
        ],
    },
    {
        "name": "stalking-victim-tiktok-police-comment-newspaper",
        "text": (
            "A 19-year-old student in Phoenix says police ignored her reports of stalking for "
            "months, and her TikTok video about it has been viewed more than two million times."
            "\n\n"
            "“I filed four reports. Four. Nobody called me back,” Kaylee Montoya says in the "
            "video, posted on Friday.\n\n"
            "The Phoenix Police Department responded in a comment under the video. “We take "
            "every report seriously and have reached out to Ms. Montoya directly,” the "
            "department wrote.\n\n"
            "On Monday, Montoya told the Arizona Republic that a detective had finally contacted "
            "her. “It shouldn’t take going viral,” the student said. A man named in her police "
            "reports, Trent Haliburton, has been charged with aggravated harassment."
        ),
        "quotes": [
            ("I filed four reports. Four. Nobody called me back,", "Kaylee Montoya", False, "P1"),
            (
                "We take every report seriously and have reached out to Ms. Montoya directly,",
                None,
                False,
                "P1",
            ),
            ("It shouldn’t take going viral,", "Kaylee Montoya", False, "P2"),
        ],
        "posts": [
            ("P1", "Kaylee Montoya", "TikTok"),
            ("P2", "Kaylee Montoya", "Arizona Republic"),
        ],
        "people": ["Kaylee Montoya", "Trent Haliburton"],
    },
    {
        "name": "da-release-crime-lab-review-lawyer-fragment-podcast",
        "text": (
            "The Suffolk County District Attorney’s Office announced in a press release on "
            "Tuesday that it would reopen 37 convictions that relied on testimony from a former "
            "crime lab analyst, Curtis Vandermolen.\n\n"
            "“Every one of these cases deserves a second look by fresh eyes,” District Attorney "
            "Yolanda Baptiste-Reyes said in the release.\n\n"
            "Vandermolen, who resigned in 2019, has denied wrongdoing. His lawyer, Stavros "
            "Kalogeropoulos, called the review “a political exercise dressed up as reform.”\n\n"
            "Baptiste-Reyes defended the decision on the podcast Justice Delayed. “If we got it "
            "wrong, we have a duty to say so,” she said. “That is the whole job.”"
        ),
        "quotes": [
            (
                "Every one of these cases deserves a second look by fresh eyes,",
                "Yolanda Baptiste-Reyes",
                False,
                "P1",
            ),
            (
                "a political exercise dressed up as reform.",
                "Stavros Kalogeropoulos",
                True,
                None,
            ),
            (
                "If we got it wrong, we have a duty to say so,",
                "Yolanda Baptiste-Reyes",
                False,
                "P2",
            ),
            ("That is the whole job.", "Yolanda Baptiste-Reyes", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Yolanda Baptiste-Reyes", "Justice Delayed"),
        ],
        "people": ["Curtis Vandermolen", "Yolanda Baptiste-Reyes", "Stavros Kalogeropoulos"],
    },
    {
        "name": "alderman-bribery-sentencing-wife-letter-us-attorney-statement",
        "text": (
            "A federal judge in Chicago sentenced former alderman Walter Nowicki to nine years in "
            "prison on Friday for taking bribes from developers.\n\n"
            "Before the sentence was handed down, Judge Folasade Adebayo-Martins told Nowicki "
            "that he had “sold the trust of an entire ward.” Nowicki, 67, apologised in court. "
            "“I am ashamed, and I have no one to blame but myself,” the former alderman said."
            "\n\n"
            "In a letter to the judge filed last week, Nowicki’s wife, Dorota Nowicki, asked for "
            "leniency. “He has spent forty years helping neighbours nobody else would help,” she "
            "wrote.\n\n"
            "Prosecutors had asked for 12 years. The U.S. Attorney’s Office said in a statement "
            "after the hearing that the sentence “sends a clear message.”"
        ),
        "quotes": [
            ("sold the trust of an entire ward.", "Folasade Adebayo-Martins", True, None),
            (
                "I am ashamed, and I have no one to blame but myself,",
                "Walter Nowicki",
                False,
                None,
            ),
            (
                "He has spent forty years helping neighbours nobody else would help,",
                "Dorota Nowicki",
                False,
                "P1",
            ),
            ("sends a clear message.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Dorota Nowicki", None),
            ("P2", None, None),
        ],
        "people": ["Walter Nowicki", "Folasade Adebayo-Martins", "Dorota Nowicki"],
    },
    {
        "name": "missing-nurse-youtuber-video-family-statement-scare-quote",
        "text": (
            "The family of Sunniva Haugland, a 24-year-old nurse missing since March, has asked a "
            "popular true-crime YouTuber to stop speculating about her disappearance.\n\n"
            "In a video posted on Saturday, the YouTuber, Brock Dempsey, who runs the channel "
            "Cold Case Corner, told his 1.4 million subscribers that he had “uncovered things "
            "the detectives missed.” “The police are not telling you everything,” he said in the "
            "video. Dempsey’s previous “investigations” have drawn complaints from two other "
            "families.\n\n"
            "The family said in a statement on Monday that the video had led strangers to "
            "harass Haugland’s former boyfriend. “Sunniva is a person, not content,” the "
            "statement said. “Please let the investigators do their work.”\n\n"
            "Police in Bergen County said the investigation remained active and that no one had "
            "been named a suspect."
        ),
        "quotes": [
            ("uncovered things the detectives missed.", "Brock Dempsey", True, "P1"),
            ("The police are not telling you everything,", "Brock Dempsey", False, "P1"),
            ("Sunniva is a person, not content,", None, False, "P2"),
            ("Please let the investigators do their work.", None, False, "P2"),
        ],
        "posts": [
            ("P1", "Brock Dempsey", "YouTube"),
            ("P2", None, None),
        ],
        "people": ["Sunniva Haugland", "Brock Dempsey"],
    },
    {
        "name": "hit-and-run-trial-brother-testimony-two-paragraphs",
        "text": (
            "On the third day of the trial of Emeka Nwachukwu, who is accused of running over a "
            "cyclist, Tunde Bakare, in Atlanta and driving away, the victim’s brother took the "
            "stand.\n\n"
            "Oluwaseun Bakare, 36, described arriving at the hospital. “They told me he was in "
            "surgery, and that I should call the rest of the family.\n\n"
            "“I called my mother first. I still hear the sound she made,” he testified.\n\n"
            "Nwachukwu’s lawyer, Cassandra Lemaire, asked him only two questions on "
            "cross-examination. Outside court, she told reporters that the defence would call "
            "its first witness on Monday: “We will show the jury that the car was not his.”"
        ),
        "quotes": [
            (
                "They told me he was in surgery, and that I should call the rest of the family.",
                "Oluwaseun Bakare",
                False,
                None,
            ),
            (
                "I called my mother first. I still hear the sound she made,",
                "Oluwaseun Bakare",
                False,
                None,
            ),
            (
                "We will show the jury that the car was not his.",
                "Cassandra Lemaire",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Emeka Nwachukwu", "Tunde Bakare", "Oluwaseun Bakare", "Cassandra Lemaire"],
    },
    {
        "name": "public-defender-reddit-thread-reply-linkedin-fragment",
        "text": (
            "A public defender in Baltimore who has represented more than 2,000 clients answered "
            "questions on Reddit this week about the city’s backlog of criminal cases.\n\n"
            "“Most of my clients wait in jail longer for trial than they would serve if "
            "convicted,” Imani Okonkwo-Barnes wrote in the thread, which she started on "
            "Tuesday. One user replied beneath it: “This is the part nobody outside the system "
            "understands.”\n\n"
            "Okonkwo-Barnes said the state needed to hire at least 150 more public defenders. "
            "Her former supervisor, Lucien Deschamps, made a similar argument in a LinkedIn post "
            "last month, calling the backlog “a constitutional emergency in slow motion.”\n\n"
            "The Maryland Office of the Public Defender did not respond to questions."
        ),
        "quotes": [
            (
                "Most of my clients wait in jail longer for trial than they would serve if "
                "convicted,",
                "Imani Okonkwo-Barnes",
                False,
                "P1",
            ),
            ("This is the part nobody outside the system understands.", None, False, "P1"),
            ("a constitutional emergency in slow motion.", "Lucien Deschamps", True, "P2"),
        ],
        "posts": [
            ("P1", "Imani Okonkwo-Barnes", "Reddit"),
            ("P2", "Lucien Deschamps", "LinkedIn"),
        ],
        "people": ["Imani Okonkwo-Barnes", "Lucien Deschamps"],
    },
    {
        "name": "reporter-subpoena-filing-bluesky-editor-threads-repost",
        "text": (
            "Lawyers for the journalist Kasia Wróblewska asked a federal court on Wednesday to "
            "dismiss the subpoena seeking her notes on a police corruption investigation in "
            "Newark.\n\n"
            "“A reporter’s notebook is not an evidence locker,” the lawyers wrote in the filing."
            "\n\n"
            "Wróblewska posted on Bluesky that she would go to jail before naming her sources. "
            "“I made a promise to the people who trusted me, and I intend to keep it,” she "
            "wrote. Her editor at the Newark Ledger, Bashir Rahmani, reposted her message on "
            "Threads with a note of his own: “We stand behind Kasia completely.”\n\n"
            "A spokesman for the U.S. Attorney’s Office in New Jersey, Patrick Donnelly, "
            "declined to comment on the filing."
        ),
        "quotes": [
            ("A reporter’s notebook is not an evidence locker,", None, False, "P1"),
            (
                "I made a promise to the people who trusted me, and I intend to keep it,",
                "Kasia Wróblewska",
                False,
                "P2",
            ),
            ("We stand behind Kasia completely.", "Bashir Rahmani", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kasia Wróblewska", "Bluesky"),
            ("P3", "Bashir Rahmani", "Threads"),
        ],
        "people": ["Kasia Wróblewska", "Bashir Rahmani", "Patrick Donnelly"],
    },
    {
        "name": "cold-case-dna-press-conference-sister-substack",
        "text": (
            "Investigators in Sacramento say DNA from a discarded coffee cup has led them to a "
            "suspect in the 1994 killing of a college student, Lorraine Fujimoto.\n\n"
            "At a press conference on Thursday, Sgt. Marcus Delgado-Whitfield said the suspect, "
            "61-year-old Howard Gaskin, had been arrested at his home in Reno. “For thirty "
            "years, her family has waited for this phone call,” the sergeant said.\n\n"
            "Fujimoto’s younger sister, Naomi Fujimoto-Lang, wrote on her Substack that evening "
            "that she felt “numb more than relieved.” “I have imagined this day so many times "
            "that it doesn’t feel real,” she wrote.\n\n"
            "Gaskin is due in court on Monday. It was not clear whether he had a lawyer."
        ),
        "quotes": [
            (
                "For thirty years, her family has waited for this phone call,",
                "Marcus Delgado-Whitfield",
                False,
                None,
            ),
            ("numb more than relieved.", "Naomi Fujimoto-Lang", True, "P1"),
            (
                "I have imagined this day so many times that it doesn’t feel real,",
                "Naomi Fujimoto-Lang",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Naomi Fujimoto-Lang", "Substack")],
        "people": [
            "Lorraine Fujimoto",
            "Marcus Delgado-Whitfield",
            "Howard Gaskin",
            "Naomi Fujimoto-Lang",
        ],
    },
    {
        "name": "police-shooting-mother-60-minutes-chief-email-newspaper",
        "text": (
            "The mother of a 16-year-old killed by a police officer’s stray bullet in Memphis "
            "went on national television on Sunday to demand that the officer be charged.\n\n"
            "“My son was sitting on his own front porch,” Latoya Pemberton told CBS’s 60 "
            "Minutes. “He did everything right.”\n\n"
            "The boy, DeShawn Pemberton, was struck during a chase in April. The officer, whose "
            "name has not been released, has been placed on administrative leave.\n\n"
            "In an email to The Commercial Appeal, Police Chief Gregorio Santamaría said the "
            "department was cooperating with the state investigation. “We owe this family the "
            "truth, whatever it turns out to be,” the chief wrote."
        ),
        "quotes": [
            ("My son was sitting on his own front porch,", "Latoya Pemberton", False, "P1"),
            ("He did everything right.", "Latoya Pemberton", False, "P1"),
            (
                "We owe this family the truth, whatever it turns out to be,",
                "Gregorio Santamaría",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Latoya Pemberton", "60 Minutes"),
            ("P2", "Gregorio Santamaría", "The Commercial Appeal"),
        ],
        "people": ["Latoya Pemberton", "DeShawn Pemberton", "Gregorio Santamaría"],
    },
    {
        "name": "appeals-court-majority-dissent-exoneree-radio",
        "text": (
            "A state appeals court in Texas on Tuesday overturned the 2017 conviction of Ruben "
            "Castellanos-Ortiz, ruling that his trial lawyer had failed to call an alibi "
            "witness.\n\n"
            "“The right to counsel means little if counsel does not show up in any meaningful "
            "sense,” Justice Miriam Halvorsen wrote for the majority.\n\n"
            "In a dissent, Justice Carlton Beaumont wrote that the majority had “substituted "
            "hindsight for the judgment of the trial court.”\n\n"
            "Castellanos-Ortiz, now 42, spoke to Texas Public Radio from the Ellis Unit prison. "
            "“I kept every letter I wrote to that lawyer,” he said. “None of them were "
            "answered.” Prosecutors have 30 days to decide whether to retry him."
        ),
        "quotes": [
            (
                "The right to counsel means little if counsel does not show up in any "
                "meaningful sense,",
                "Miriam Halvorsen",
                False,
                "P1",
            ),
            (
                "substituted hindsight for the judgment of the trial court.",
                "Carlton Beaumont",
                True,
                "P2",
            ),
            ("I kept every letter I wrote to that lawyer,", "Ruben Castellanos-Ortiz", False, "P3"),
            ("None of them were answered.", "Ruben Castellanos-Ortiz", False, "P3"),
        ],
        "posts": [
            ("P1", "Miriam Halvorsen", None),
            ("P2", "Carlton Beaumont", None),
            ("P3", "Ruben Castellanos-Ortiz", "Texas Public Radio"),
        ],
        "people": ["Ruben Castellanos-Ortiz", "Miriam Halvorsen", "Carlton Beaumont"],
    },
    {
        "name": "influencer-fraud-instagram-live-comment-attorney-general-threads",
        "text": (
            "The fitness influencer Sienna Marchetti, who has 3 million followers, was arrested "
            "in Miami on Wednesday on charges that she sold fake weight-loss injections through "
            "her online store.\n\n"
            "Hours before her arrest, Marchetti went live on Instagram to deny the allegations. "
            "“Everything I sell is tested, and I have the paperwork to prove it,” she told "
            "viewers. One follower commented under the broadcast: “Then show us the paperwork.”"
            "\n\n"
            "Her lawyer, Benedikt Auerbach, said at her arraignment that she would plead not "
            "guilty. Florida’s attorney general, Renata Szabo, wrote on Threads that the case "
            "was “about protecting people who trusted the wrong product.”"
        ),
        "quotes": [
            (
                "Everything I sell is tested, and I have the paperwork to prove it,",
                "Sienna Marchetti",
                False,
                "P1",
            ),
            ("Then show us the paperwork.", None, False, "P1"),
            (
                "about protecting people who trusted the wrong product.",
                "Renata Szabo",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Sienna Marchetti", "Instagram"),
            ("P2", "Renata Szabo", "Threads"),
        ],
        "people": ["Sienna Marchetti", "Benedikt Auerbach", "Renata Szabo"],
    },
    {
        "name": "former-minister-bribery-bail-hearing-prosecutor-statement-facebook",
        "text": (
            "Prosecutors in Bucharest have charged a former justice minister, Sorin Dumitrescu, "
            "with accepting 1.2 million euros in bribes to soften a prison-procurement law.\n\n"
            "The 44-year-old denied the charges as he left a bail hearing on Monday. “I have "
            "never taken a single leu from anyone,” the former minister told reporters. “This "
            "case is about politics.”\n\n"
            "The anti-corruption prosecutor leading the investigation, Ileana Mărgineanu, said "
            "in a statement that the evidence included recorded conversations. “The recordings "
            "speak for themselves,” she said.\n\n"
            "Dumitrescu’s successor at the ministry, Cristian Moldovan, wrote on Facebook that "
            "he had “full confidence in the independence of prosecutors.”"
        ),
        "quotes": [
            ("I have never taken a single leu from anyone,", "Sorin Dumitrescu", False, None),
            ("This case is about politics.", "Sorin Dumitrescu", False, None),
            ("The recordings speak for themselves,", "Ileana Mărgineanu", False, "P1"),
            (
                "full confidence in the independence of prosecutors.",
                "Cristian Moldovan",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Ileana Mărgineanu", None),
            ("P2", "Cristian Moldovan", "Facebook"),
        ],
        "people": ["Sorin Dumitrescu", "Ileana Mărgineanu", "Cristian Moldovan"],
    },
    {
        "name": "not-proven-verdict-advocate-anonymous-juror-bouncer-radio",
        "text": (
            "A jury in Edinburgh returned a verdict of not proven on Friday in the trial of "
            "Callum Strachan, a 29-year-old accused of assaulting a bouncer outside a nightclub "
            "on Lothian Road.\n\n"
            "Strachan wept as the verdict was read. His advocate, Fiona MacLeod-Imrie, said "
            "outside the High Court that her client “simply wants to go home.”\n\n"
            "One juror, who spoke to the Scotsman on condition of anonymity, said the CCTV "
            "footage had been decisive. “We watched it eleven times. You could not see who "
            "threw the first punch,” the juror said.\n\n"
            "The bouncer, Piotr Zieliński, told BBC Radio Scotland that he was disappointed. "
            "“I still have the scar,” he said. “Somebody did this to me.”"
        ),
        "quotes": [
            ("simply wants to go home.", "Fiona MacLeod-Imrie", True, None),
            (
                "We watched it eleven times. You could not see who threw the first punch,",
                None,
                False,
                "P1",
            ),
            ("I still have the scar,", "Piotr Zieliński", False, "P2"),
            ("Somebody did this to me.", "Piotr Zieliński", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Scotsman"),
            ("P2", "Piotr Zieliński", "BBC Radio Scotland"),
        ],
        "people": ["Callum Strachan", "Fiona MacLeod-Imrie", "Piotr Zieliński"],
    },
    {
        "name": "exoneree-podcast-op-ed-fragment-book-title-da-release",
        "text": (
            "Twenty-three years after he was convicted of a robbery he did not commit, Terrence "
            "Abernathy walked out of a Louisiana prison in May. This week he told his story on "
            "the podcast Undisclosed Hours.\n\n"
            "“The first thing I did was stand in the rain,” Abernathy said on the episode. “I "
            "had not felt rain in two decades.”\n\n"
            "The Innocence Project attorney who worked on his case, Henrietta Solberg, wrote an "
            "op-ed in the Times-Picayune calling his conviction “a failure at every level.” "
            "Abernathy is writing a memoir, “The Long Count,” due out next year.\n\n"
            "The parish district attorney’s office said in a press release that it “regrets the "
            "harm done to Mr. Abernathy.”"
        ),
        "quotes": [
            ("The first thing I did was stand in the rain,", "Terrence Abernathy", False, "P1"),
            ("I had not felt rain in two decades.", "Terrence Abernathy", False, "P1"),
            ("a failure at every level.", "Henrietta Solberg", True, "P2"),
            ("regrets the harm done to Mr. Abernathy.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Terrence Abernathy", "Undisclosed Hours"),
            ("P2", "Henrietta Solberg", "Times-Picayune"),
            ("P3", None, "press release"),
        ],
        "people": ["Terrence Abernathy", "Henrietta Solberg"],
    },
    {
        "name": "cash-heist-says-before-radio-show-mayor-x-described",
        "text": (
            "Five months after a cash-in-transit heist on the N1 highway near Johannesburg, "
            "detectives say they have identified most of the gang.\n\n"
            "Says Brigadier Lwazi Mthembu, who leads the investigation: “We know who they are. "
            "Now we are finding where they are.”\n\n"
            "Mthembu appeared on Talk Radio 702’s Breakfast Show on Tuesday, where he appealed "
            "for information. “Somebody is hiding these men, and that somebody knows it,” the "
            "brigadier said.\n\n"
            "Johannesburg’s mayor, Thandiwe Khumalo, wrote on X that the city would add a reward "
            "of 500,000 rand. The security guard wounded in the heist, Sipho Ndlovu, is still in "
            "hospital."
        ),
        "quotes": [
            (
                "We know who they are. Now we are finding where they are.",
                "Lwazi Mthembu",
                False,
                None,
            ),
            (
                "Somebody is hiding these men, and that somebody knows it,",
                "Lwazi Mthembu",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Lwazi Mthembu", "Breakfast Show"),
            ("P2", "Thandiwe Khumalo", "X"),
        ],
        "people": ["Lwazi Mthembu", "Thandiwe Khumalo", "Sipho Ndlovu"],
    },
    {
        "name": "teacher-charged-principal-letter-facebook-group-reply-radio",
        "text": (
            "A music teacher at a private school in Auckland has been charged with indecent "
            "assault, police confirmed on Thursday.\n\n"
            "The school’s principal, Hemi Rangitāne-Walker, sent a letter to parents that "
            "afternoon. “Our first concern is for the wellbeing of our students,” he wrote, "
            "adding that the teacher had been stood down in March. Court documents name the "
            "teacher as Graham Ashdown, 53.\n\n"
            "In a Facebook group for parents, Leilani Fonoti asked why families had not been "
            "told sooner. “We found out from the news,” she wrote. Another parent replied: "
            "“Same. Not good enough.”\n\n"
            "Detective Senior Sergeant Ngaire Tawhiri told Radio New Zealand that police were "
            "speaking to other former students. “If anyone has information, please come "
            "forward,” she said."
        ),
        "quotes": [
            (
                "Our first concern is for the wellbeing of our students,",
                "Hemi Rangitāne-Walker",
                False,
                "P1",
            ),
            ("We found out from the news,", "Leilani Fonoti", False, "P2"),
            ("Same. Not good enough.", None, False, "P2"),
            ("If anyone has information, please come forward,", "Ngaire Tawhiri", False, "P3"),
        ],
        "posts": [
            ("P1", "Hemi Rangitāne-Walker", None),
            ("P2", "Leilani Fonoti", "Facebook"),
            ("P3", "Ngaire Tawhiri", "Radio New Zealand"),
        ],
        "people": [
            "Hemi Rangitāne-Walker",
            "Graham Ashdown",
            "Leilani Fonoti",
            "Ngaire Tawhiri",
        ],
    },
]
