"""The one-hundred-and-seventy-sixth self-made dev set, held out (FZ): its first run is an unseen estimate.

Written with set GA, without reading the extraction rules, and committed before
any rule was run on it. Topic area: courts and justice: trials, lawsuits,
verdicts, police and prisons.

Same format and conventions as the earlier self-made sets (not a public
corpus): an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks), and "told" a named
newspaper is such an interview; a statement, memo, letter, email, court
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a statement only described, a lawsuit only
  mentioned as the thing being settled, a judge's letter described in an essay,
  a statement on a police force's X account) is still listed in posts.
- people lists the persons who speak a quote or author a post, in the order in
  which the text first names them; people who are only named (a defendant, a
  spokesman whose words are only paraphrased, an attorney general who "told
  reporters" without quoted words) are not listed.
- Returning "to the platform" later to say something new is a new post on that
  platform by the same author; a follow-up video "on his channel" is a new
  YouTube post.
- A lawsuit filed by a named individual is that person's post with no platform
  ("the complaint says" speaks as the plaintiff); a class action brought by
  unnamed drivers has author None. A motion filed by a named lawyer on behalf
  of a client is the lawyer's post.
- A judge's written order or opinion is the judge's post; a court's ruling
  reported in the opening sentence is the same post as the named justice's
  majority opinion (or judgment), and a dissent is the dissenting justice's own
  post. Words a judge says at a sentencing or hearing are not a post.
- Testimony to a jury, a lawyer's words to jurors or to the judge, words "told
  the court" and a minister's words to MPs in the Commons are not posts.
- A victim's letter read aloud at a sentencing hearing by a prosecutor is the
  letter-writer's post (author None when the writer is unnamed), not the
  prosecutor's and not the hearing's.
- A TikTok video by an unnamed juror has author None and its words speak as
  None. A union's or police association's post on X has author None.
- An outlet named in full and then in short form ("The Baltimore Sun" then "the
  Sun", "Folha de S.Paulo" then "Folha") takes the full name as platform; a
  second piece or a second interview is a new post.
- A show named with its station keeps only the show's name (WYPR's Midday ->
  Midday, CBS's 60 Minutes -> 60 Minutes, BBC Radio 4's Today programme ->
  Today, KUNM's Let's Talk New Mexico -> Let’s Talk New Mexico, with the
  apostrophe as written); "Citizen TV's evening news" names no show, so the
  platform is Citizen TV. "Told Reuters" is an interview with platform Reuters.
- A second person's words "told the program" after an interview with that
  program are that person's own interview, a new post with the same platform.
- A quote in the paragraph after an interview, with "he told the programme",
  belongs to that interview; "He added:" right after a fragment from an
  interview belongs to the same interview.
- A memoir is its author's post with no platform; a fragment of it reported
  before the author is named belongs to it.
- A memo's quote that runs over two paragraphs is one quote per paragraph, all
  linked to the memo; a council member's quote over two paragraphs at a
  hearing has post None.
- A photo caption given whole is not partial; a video's title in marks
  ("Twenty-Three Hours"), song titles ("Paper Lanterns", "Harbour Lights"), a
  book title ("Keys on a Long Chain"), a nickname ("Riverside Strangler") and
  scare quotes ("crypto winter", a jailhouse "confession") are not quotes; the
  single-marked 'reached' inside a quote is part of that quote.
- A split quote ("Most people plead ...," he added, "not because ...") is two
  quotes, neither partial.
- A speaker identified only by description after being named ("the 52-year-old",
  "the minister", "the pharmacist's essay") resolves to the named person.
- The bare surname "Montenegro", "Whitfield" and "Okafor-Reid" refer to the
  person named first with it (the plaintiff, the defendant, the exonerated
  man), not to the relative named later or earlier.
- Titles such as Judge, Justice, Sheriff, Sergeant, Chief, the Rev. and council
  member are not part of a canonical name; Brazilian and Kenyan names keep all
  their parts as written (Thiago Albuquerque Lins, Lydia Wanjiru Kamau).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FZ: list[dict] = [
    {
        "name": "x-public-defender-acquittal-returned-to-platform",
        "text": (
            "A Cook County jury on Thursday acquitted Darnell Whitfield, 34, of armed "
            "robbery after a nine-day trial in which his lawyers argued that a detective "
            "had steered the only eyewitness toward their client.\n\n"
            "“Twelve strangers listened carefully and saw what we saw from the first "
            "day,” his public defender, Priya Raghunathan, wrote on X shortly after the "
            "verdict was read. “Darnell has spent two years in a cell for something he "
            "did not do.”\n\n"
            "The Cook County State’s Attorney’s Office said in a statement that it "
            "respected the jury’s decision. “We will review the handling of the "
            "identification procedure in this case,” the statement said.\n\n"
            "Whitfield’s mother, Loretta Whitfield, spoke to reporters on the courthouse "
            "steps. “I am going to cook him a real dinner tonight,” she said, her voice "
            "breaking.\n\n"
            "Raghunathan later returned to the platform to thank the jurors, calling "
            "their work “the quiet backbone of the whole system.”"
        ),
        "quotes": [
            (
                ("Twelve strangers listened carefully and saw what we saw from the first day,"),
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "Darnell has spent two years in a cell for something he did not do.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                ("We will review the handling of the identification procedure in this case,"),
                None,
                False,
                "P2",
            ),
            (
                "I am going to cook him a real dinner tonight,",
                "Loretta Whitfield",
                False,
                None,
            ),
            (
                "the quiet backbone of the whole system.",
                "Priya Raghunathan",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "X"),
            ("P2", None, None),
            ("P3", "Priya Raghunathan", "X"),
        ],
        "people": ["Priya Raghunathan", "Loretta Whitfield"],
    },
    {
        "name": "wrongful-conviction-lawsuit-instagram-caption-comment",
        "text": (
            "Rafael Montenegro, who spent 19 years in a New York prison for a murder that "
            "another man later confessed to, sued the city and four retired detectives in "
            "federal court in Brooklyn on Wednesday.\n\n"
            "The lawsuit accuses the detectives of feeding a 15-year-old witness details "
            "of the crime and then hiding notes that pointed to a different suspect. “The "
            "defendants built a case out of nothing and buried everything that "
            "contradicted it,” the complaint says.\n\n"
            "Montenegro, now 47, posted a photo of the courthouse on Instagram with the "
            "caption “Nineteen years, one filing at a time.” His daughter, Yesenia "
            "Montenegro, commented beneath it: “Papi, we are with you every step.”\n\n"
            "A spokesman for the city’s Law Department, Gideon Abernathy, said the city "
            "would review the complaint. He declined to comment further.\n\n"
            "Montenegro’s lawyer, Ifeoma Okonkwo-Barnes, told The New York Times that the "
            "suit sought damages but also answers. “He wants to know who decided his life "
            "was an acceptable loss,” she said."
        ),
        "quotes": [
            (
                (
                    "The defendants built a case out of nothing and buried everything "
                    "that contradicted it,"
                ),
                "Rafael Montenegro",
                False,
                "P1",
            ),
            (
                "Nineteen years, one filing at a time.",
                "Rafael Montenegro",
                False,
                "P2",
            ),
            (
                "Papi, we are with you every step.",
                "Yesenia Montenegro",
                False,
                "P2",
            ),
            (
                "He wants to know who decided his life was an acceptable loss,",
                "Ifeoma Okonkwo-Barnes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rafael Montenegro", None),
            ("P2", "Rafael Montenegro", "Instagram"),
            ("P3", "Ifeoma Okonkwo-Barnes", "The New York Times"),
        ],
        "people": ["Rafael Montenegro", "Yesenia Montenegro", "Ifeoma Okonkwo-Barnes"],
    },
    {
        "name": "tiktok-juror-dismissed-judge-order-hearing",
        "text": (
            "A juror in the fraud trial of the founder of Halvorsen Capital, a "
            "cryptocurrency lender that collapsed during the so-called “crypto winter” of "
            "2022, was dismissed on Monday after she posted a TikTok video about the "
            "case, a breach of the judge’s instructions that nearly forced a mistrial.\n\n"
            "In the video, which has since been deleted, the juror, who has not been "
            "publicly identified, told viewers that deliberations were “going to be a "
            "whole saga.” Defense lawyers learned of it from a reporter.\n\n"
            "Judge Marguerite Oyelaran-Fitch wrote in a two-page order that the video, "
            "though brief, “reflects a juror who has already begun to treat the case as "
            "content.” She replaced the juror with an alternate.\n\n"
            "At a hearing on Monday afternoon, the lender’s founder, Stig Halvorsen, sat "
            "motionless as the defense asked for a mistrial. “This jury has been "
            "poisoned,” his lawyer, Bartholomew Achterberg, told the judge. The request "
            "was denied.\n\n"
            "Outside the courthouse, Achterberg told reporters that he would raise the "
            "issue on appeal if his client was convicted."
        ),
        "quotes": [
            (
                "going to be a whole saga.",
                None,
                True,
                "P1",
            ),
            (
                "reflects a juror who has already begun to treat the case as content.",
                "Marguerite Oyelaran-Fitch",
                True,
                "P2",
            ),
            (
                "This jury has been poisoned,",
                "Bartholomew Achterberg",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "TikTok"),
            ("P2", "Marguerite Oyelaran-Fitch", None),
        ],
        "people": ["Marguerite Oyelaran-Fitch", "Bartholomew Achterberg"],
    },
    {
        "name": "op-ed-baltimore-sun-pursuit-policy-union-release-radio",
        "text": (
            "Baltimore’s police commissioner, Abimbola Hartwell-Reyes, defended the "
            "department’s new pursuit policy in an op-ed in The Baltimore Sun on Sunday, "
            "a week after a chase through the Remington neighborhood ended in a crash "
            "that killed a 71-year-old pedestrian.\n\n"
            "“A policy that lets officers chase anyone, anywhere, for anything is not a "
            "policy. It is a gamble with other people’s lives,” she wrote. The new rules "
            "allow pursuits only for suspected violent felonies.\n\n"
            "The city’s police union, the Fraternal Order of Police Lodge 3, called the "
            "policy “a gift to car thieves” in a press release on Monday. Its president, "
            "Conrad Mieszkowski, was quoted in the release as saying, “Criminals read the "
            "news too.”\n\n"
            "In a second piece for the Sun, published on Wednesday, Hartwell-Reyes "
            "answered the union directly, writing that officers “are not being told to "
            "stand down, they are being told to think.”\n\n"
            "The pedestrian’s son, Winston Alleyne, told WYPR’s Midday program that he "
            "did not care about the politics. “My father was walking home from church,” "
            "he said."
        ),
        "quotes": [
            (
                (
                    "A policy that lets officers chase anyone, anywhere, for anything is "
                    "not a policy. It is a gamble with other people’s lives,"
                ),
                "Abimbola Hartwell-Reyes",
                False,
                "P1",
            ),
            (
                "a gift to car thieves",
                None,
                True,
                "P2",
            ),
            (
                "Criminals read the news too.",
                "Conrad Mieszkowski",
                False,
                "P2",
            ),
            (
                "are not being told to stand down, they are being told to think.",
                "Abimbola Hartwell-Reyes",
                True,
                "P3",
            ),
            (
                "My father was walking home from church,",
                "Winston Alleyne",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Abimbola Hartwell-Reyes", "The Baltimore Sun"),
            ("P2", None, "press release"),
            ("P3", "Abimbola Hartwell-Reyes", "The Baltimore Sun"),
            ("P4", "Winston Alleyne", "Midday"),
        ],
        "people": ["Abimbola Hartwell-Reyes", "Conrad Mieszkowski", "Winston Alleyne"],
    },
    {
        "name": "youtube-solitary-confinement-video-title-warden",
        "text": (
            "Inmates at the Ravenmoor Correctional Facility in Ohio will no longer be "
            "held in solitary confinement for more than 15 consecutive days under rules "
            "that take effect next month, two months after a former prisoner’s YouTube "
            "video about the unit drew more than four million views.\n\n"
            "The video, titled “Twenty-Three Hours,” was posted by Kwame Osei-Bonsu, who "
            "spent 14 months in the unit before his release last year. “Nobody in there "
            "is asking for comfort. They are asking to stay sane,” he says in it.\n\n"
            "The Ohio Department of Rehabilitation and Correction said in a statement "
            "that the change followed “a months-long review” and was not a response to "
            "any single video.\n\n"
            "Osei-Bonsu posted a follow-up on his channel on Friday evening. “This is a "
            "start, not a finish,” he said in it, urging viewers to keep writing to state "
            "lawmakers.\n\n"
            "The facility’s warden, Delphine Marchetti, told reporters on a tour of the "
            "unit that staff had been retrained. “We want people to leave here better "
            "than they came in,” she said."
        ),
        "quotes": [
            (
                "Nobody in there is asking for comfort. They are asking to stay sane,",
                "Kwame Osei-Bonsu",
                False,
                "P1",
            ),
            (
                "a months-long review",
                None,
                True,
                "P2",
            ),
            (
                "This is a start, not a finish,",
                "Kwame Osei-Bonsu",
                False,
                "P3",
            ),
            (
                "We want people to leave here better than they came in,",
                "Delphine Marchetti",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Kwame Osei-Bonsu", "YouTube"),
            ("P2", None, None),
            ("P3", "Kwame Osei-Bonsu", "YouTube"),
        ],
        "people": ["Kwame Osei-Bonsu", "Delphine Marchetti"],
    },
    {
        "name": "linkedin-apology-fake-citations-opinion-bar-statement",
        "text": (
            "A federal judge in Denver fined two lawyers $15,000 on Tuesday for filing a "
            "brief that cited six court decisions that do not exist, the latest in a "
            "string of cases in which attorneys have relied on artificial-intelligence "
            "tools without checking their output.\n\n"
            "“The duty to read the cases one cites is not new, and it is not optional,” "
            "U.S. District Judge Haruto Kinoshita wrote in his opinion. The lawyers, he "
            "added, had compounded the error by defending the citations for weeks after "
            "opposing counsel flagged them.\n\n"
            "One of the two, Evangeline Sørensen, apologized on LinkedIn on Wednesday. “I "
            "trusted a tool I did not understand, and I put my client at risk,” she "
            "wrote. “I am sorry, to him and to the court.”\n\n"
            "The post drew hundreds of comments. “Thank you for owning this. Most people "
            "would have deleted their profile,” wrote Marcus Obi-Lindgren, a legal-ethics "
            "professor at the University of Colorado.\n\n"
            "The Colorado Bar Association said in a statement that it would offer free "
            "training on the tools this spring. “Technology changes. Our obligations do "
            "not,” its president, Lucía Ferreira-Dunn, said in the statement."
        ),
        "quotes": [
            (
                ("The duty to read the cases one cites is not new, and it is not optional,"),
                "Haruto Kinoshita",
                False,
                "P1",
            ),
            (
                "I trusted a tool I did not understand, and I put my client at risk,",
                "Evangeline Sørensen",
                False,
                "P2",
            ),
            (
                "I am sorry, to him and to the court.",
                "Evangeline Sørensen",
                False,
                "P2",
            ),
            (
                ("Thank you for owning this. Most people would have deleted their profile,"),
                "Marcus Obi-Lindgren",
                False,
                "P2",
            ),
            (
                "Technology changes. Our obligations do not,",
                "Lucía Ferreira-Dunn",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Haruto Kinoshita", None),
            ("P2", "Evangeline Sørensen", "LinkedIn"),
            ("P3", None, None),
        ],
        "people": [
            "Haruto Kinoshita",
            "Evangeline Sørensen",
            "Marcus Obi-Lindgren",
            "Lucía Ferreira-Dunn",
        ],
    },
    {
        "name": "substack-plea-bargain-essay-podcast-news-conference",
        "text": (
            "A former Manhattan prosecutor who now writes about criminal justice has "
            "argued that plea bargaining has quietly replaced the jury trial, in an essay "
            "that has circulated widely among defense lawyers since it was published on "
            "Substack last week.\n\n"
            "“We still teach law students about juries as if they were the main event,” "
            "wrote Tamsin Achebe-Hollis, who spent 11 years in the district attorney’s "
            "office. “They are a rounding error. Ninety-eight percent of convictions in "
            "this state never see one.”\n\n"
            "Achebe-Hollis expanded on the argument on Monday on the podcast Strict "
            "Scrutiny, where she said prosecutors routinely stack charges to make a trial "
            "“a risk no sane defendant would take.”\n\n"
            "Asked about the essay at a news conference on Tuesday, the Manhattan "
            "district attorney, Jerome Castellanos-Whyte, said he had read it. “She is "
            "not wrong that the system leans on pleas. She is wrong about why,” he said.\n\n"
            "“Most people plead because the evidence is strong,” he added, “not because "
            "anyone stacked anything.”"
        ),
        "quotes": [
            (
                ("We still teach law students about juries as if they were the main event,"),
                "Tamsin Achebe-Hollis",
                False,
                "P1",
            ),
            (
                (
                    "They are a rounding error. Ninety-eight percent of convictions in "
                    "this state never see one."
                ),
                "Tamsin Achebe-Hollis",
                False,
                "P1",
            ),
            (
                "a risk no sane defendant would take.",
                "Tamsin Achebe-Hollis",
                True,
                "P2",
            ),
            (
                ("She is not wrong that the system leans on pleas. She is wrong about why,"),
                "Jerome Castellanos-Whyte",
                False,
                None,
            ),
            (
                "Most people plead because the evidence is strong,",
                "Jerome Castellanos-Whyte",
                False,
                None,
            ),
            (
                "not because anyone stacked anything.",
                "Jerome Castellanos-Whyte",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Tamsin Achebe-Hollis", "Substack"),
            ("P2", "Tamsin Achebe-Hollis", "Strict Scrutiny"),
        ],
        "people": ["Tamsin Achebe-Hollis", "Jerome Castellanos-Whyte"],
    },
    {
        "name": "facebook-sheriff-jail-death-family-statement-guardian",
        "text": (
            "The sheriff of Harlan Ridge County, Georgia, said on Facebook on Saturday "
            "that an inmate found unresponsive in his cell early that morning had died at "
            "a hospital, the third death at the county jail this year.\n\n"
            "“Our thoughts are with his family. The GBI has been asked to investigate, as "
            "we do in every in-custody death,” Sheriff Beauregard Tillman wrote. He did "
            "not name the man.\n\n"
            "The man’s family identified him on Sunday as Oluwaseun Adebayo-Price, 29, "
            "who had been held for six weeks on a probation violation. “Seun was supposed "
            "to be home by Christmas,” the family said in a statement. “Instead, we are "
            "planning his funeral.”\n\n"
            "Their lawyer, Natasha Vorontsova, told The Guardian that jail records showed "
            "his cell had been checked every 30 minutes through the night. “Either those "
            "checks happened and nobody noticed a dying man, or they did not happen,” she "
            "said.\n\n"
            "Tillman did not respond to questions left in the comments under his Facebook "
            "post."
        ),
        "quotes": [
            (
                (
                    "Our thoughts are with his family. The GBI has been asked to "
                    "investigate, as we do in every in-custody death,"
                ),
                "Beauregard Tillman",
                False,
                "P1",
            ),
            (
                "Seun was supposed to be home by Christmas,",
                None,
                False,
                "P2",
            ),
            (
                "Instead, we are planning his funeral.",
                None,
                False,
                "P2",
            ),
            (
                (
                    "Either those checks happened and nobody noticed a dying man, or they "
                    "did not happen,"
                ),
                "Natasha Vorontsova",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Beauregard Tillman", "Facebook"),
            ("P2", None, None),
            ("P3", "Natasha Vorontsova", "The Guardian"),
        ],
        "people": ["Beauregard Tillman", "Natasha Vorontsova"],
    },
    {
        "name": "bluesky-thread-michigan-sentencing-ruling-dissent-reply",
        "text": (
            "The Michigan Supreme Court ruled 4-3 on Thursday that mandatory life "
            "sentences without parole are unconstitutional for defendants who were 19 or "
            "20 at the time of their crimes, extending a protection that previously "
            "applied only to juveniles.\n\n"
            "Writing for the majority, Justice Amara Nwachukwu said the science of brain "
            "development “does not recognize the legal fiction of an 18th birthday.” In "
            "dissent, Justice Ferdinand Holloway warned that the court had “drawn a new "
            "line with no better claim to accuracy than the old one.”\n\n"
            "The decision could affect about 300 prisoners. Yuki Tanabe-Morrison, a law "
            "professor at Wayne State University who has represented several of them, "
            "called it “the most important sentencing ruling in this state in a "
            "generation” in a thread on Bluesky.\n\n"
            "“People who were sentenced to die in prison will now get a hearing. Not a "
            "release. A hearing,” she wrote in the thread. Under it, a former corrections "
            "officer, Desmond Kariuki, replied: “I worked with some of these men for "
            "twenty years. Some of them deserve that hearing more than anyone I know.”\n\n"
            "The state’s attorney general, Rosalind Ebersole, told reporters that her "
            "office would review each case individually."
        ),
        "quotes": [
            (
                "does not recognize the legal fiction of an 18th birthday.",
                "Amara Nwachukwu",
                True,
                "P1",
            ),
            (
                "drawn a new line with no better claim to accuracy than the old one.",
                "Ferdinand Holloway",
                True,
                "P2",
            ),
            (
                "the most important sentencing ruling in this state in a generation",
                "Yuki Tanabe-Morrison",
                True,
                "P3",
            ),
            (
                (
                    "People who were sentenced to die in prison will now get a hearing. "
                    "Not a release. A hearing,"
                ),
                "Yuki Tanabe-Morrison",
                False,
                "P3",
            ),
            (
                (
                    "I worked with some of these men for twenty years. Some of them "
                    "deserve that hearing more than anyone I know."
                ),
                "Desmond Kariuki",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu", None),
            ("P2", "Ferdinand Holloway", None),
            ("P3", "Yuki Tanabe-Morrison", "Bluesky"),
        ],
        "people": [
            "Amara Nwachukwu",
            "Ferdinand Holloway",
            "Yuki Tanabe-Morrison",
            "Desmond Kariuki",
        ],
    },
    {
        "name": "tv-interview-exoneration-nickname-scare-quote-sister",
        "text": (
            "For 26 years, prosecutors referred to Lamar Okafor-Reid as the “Riverside "
            "Strangler.” On Monday, a judge in Riverside County, California, vacated his "
            "conviction after DNA from the crime scene was matched to another man, who "
            "died in 2011.\n\n"
            "The original case rested largely on a jailhouse “confession” that the "
            "informant who reported it recanted in 2019. Okafor-Reid, 58, walked out of "
            "the courthouse holding a paper bag with everything he owned.\n\n"
            "In an interview with CBS’s 60 Minutes, recorded the day after his release, "
            "he said he had stopped counting the days in his first decade. “Counting "
            "makes it longer. So I counted books instead. I read about 3,000 of them,” he "
            "said.\n\n"
            "The Riverside County District Attorney’s Office said in a brief statement "
            "that it would not retry the case.\n\n"
            "His sister, Adaeze Okafor, who visited him every month, said she had kept "
            "his room as it was. “His records are still on the shelf, in the order he "
            "left them,” she told the program."
        ),
        "quotes": [
            (
                (
                    "Counting makes it longer. So I counted books instead. I read about "
                    "3,000 of them,"
                ),
                "Lamar Okafor-Reid",
                False,
                "P1",
            ),
            (
                "His records are still on the shelf, in the order he left them,",
                "Adaeze Okafor",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lamar Okafor-Reid", "60 Minutes"),
            ("P2", None, None),
            ("P3", "Adaeze Okafor", "60 Minutes"),
        ],
        "people": ["Lamar Okafor-Reid", "Adaeze Okafor"],
    },
    {
        "name": "press-release-bodycam-council-hearing-two-paragraphs-instagram",
        "text": (
            "The Minneapolis Police Department released body-camera footage on Wednesday "
            "of an officer shooting a 17-year-old in the leg during a traffic stop in the "
            "city’s Phillips neighborhood, six days after the teenager’s family demanded "
            "it at a vigil outside City Hall.\n\n"
            "In a press release accompanying the footage, the department said the "
            "officer, whom it did not name, had fired once after the teenager “reached "
            "toward the center console.” Chief Henrik Vasquez-Lund was quoted in the "
            "release as saying, “Releasing this video is the right thing to do, even "
            "while the investigation continues.”\n\n"
            "At a City Council hearing on Thursday, council member Fadumo Warsame said "
            "the footage raised more questions than it answered. “I watched it nine "
            "times,” she said. “I still cannot see what he was reaching for.\n\n"
            "“Until someone can show me, I am not going to accept the word ‘reached’ as "
            "an explanation for anything.”\n\n"
            "The teenager’s aunt, Ikram Jama, wrote on Instagram that he was recovering "
            "and “wants to go back to school before his friends forget him.”"
        ),
        "quotes": [
            (
                "reached toward the center console.",
                None,
                True,
                "P1",
            ),
            (
                (
                    "Releasing this video is the right thing to do, even while the "
                    "investigation continues."
                ),
                "Henrik Vasquez-Lund",
                False,
                "P1",
            ),
            (
                "I watched it nine times,",
                "Fadumo Warsame",
                False,
                None,
            ),
            (
                "I still cannot see what he was reaching for.",
                "Fadumo Warsame",
                False,
                None,
            ),
            (
                (
                    "Until someone can show me, I am not going to accept the word "
                    "‘reached’ as an explanation for anything."
                ),
                "Fadumo Warsame",
                False,
                None,
            ),
            (
                "wants to go back to school before his friends forget him.",
                "Ikram Jama",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ikram Jama", "Instagram"),
        ],
        "people": ["Henrik Vasquez-Lund", "Fadumo Warsame", "Ikram Jama"],
    },
    {
        "name": "memo-prison-staffing-two-paragraphs-email-radio",
        "text": (
            "Staffing shortages at New Mexico’s largest prison have grown so severe that "
            "officers are routinely working 16-hour shifts, according to an internal memo "
            "written by the state’s corrections secretary, Alejandro Quispe-Mamani, and "
            "obtained by the Albuquerque Journal.\n\n"
            "“We are asking exhausted people to do a dangerous job, and then asking them "
            "to come back eight hours later and do it again,” Quispe-Mamani wrote in the "
            "memo, dated Jan. 9. “Something in this building is going to break, and I "
            "would rather it be the schedule than a person.\n\n"
            "“I am therefore proposing that we close two housing units and move roughly "
            "200 inmates to other facilities.”\n\n"
            "A sergeant at the prison, Wendell Runningwater, said in an email to "
            "colleagues that the memo described “what we have been saying for three "
            "years.” The email was shared with the Journal by a union official.\n\n"
            "Quispe-Mamani confirmed the memo’s authenticity in an interview on KUNM’s "
            "Let’s Talk New Mexico. “I would rather people read it than guess at it,” he "
            "said on the program."
        ),
        "quotes": [
            (
                (
                    "We are asking exhausted people to do a dangerous job, and then "
                    "asking them to come back eight hours later and do it again,"
                ),
                "Alejandro Quispe-Mamani",
                False,
                "P1",
            ),
            (
                (
                    "Something in this building is going to break, and I would rather it "
                    "be the schedule than a person."
                ),
                "Alejandro Quispe-Mamani",
                False,
                "P1",
            ),
            (
                (
                    "I am therefore proposing that we close two housing units and move "
                    "roughly 200 inmates to other facilities."
                ),
                "Alejandro Quispe-Mamani",
                False,
                "P1",
            ),
            (
                "what we have been saying for three years.",
                "Wendell Runningwater",
                True,
                "P2",
            ),
            (
                "I would rather people read it than guess at it,",
                "Alejandro Quispe-Mamani",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Alejandro Quispe-Mamani", None),
            ("P2", "Wendell Runningwater", None),
            ("P3", "Alejandro Quispe-Mamani", "Let’s Talk New Mexico"),
        ],
        "people": ["Alejandro Quispe-Mamani", "Wendell Runningwater"],
    },
    {
        "name": "threads-copyright-trial-testimony-song-titles-label",
        "text": (
            "The singer Zanele Mokoena testified in federal court in Los Angeles on "
            "Tuesday that she wrote the chorus of her 2019 hit “Paper Lanterns” in a "
            "hotel bathroom in Johannesburg, years before a British songwriter says he "
            "played her a demo.\n\n"
            "“I have the voice memo. It is timestamped. I was humming into my phone at "
            "two in the morning,” Mokoena told the jury. The songwriter, Callum "
            "Fitzgerald-Ashby, claims in his lawsuit, filed in 2022, that the melody was "
            "lifted from his song “Harbour Lights.”\n\n"
            "Fitzgerald-Ashby’s lawyer, Rivka Abramowitz, told jurors during "
            "cross-examination that the voice memo “proves only that a phone was on.”\n\n"
            "After court, Mokoena posted a photo of her old phone on Threads. “Kept it "
            "for six years. Glad I did,” she wrote. Her record label, Kalahari Sound, "
            "said in a statement that it “stands fully behind” her."
        ),
        "quotes": [
            (
                (
                    "I have the voice memo. It is timestamped. I was humming into my "
                    "phone at two in the morning,"
                ),
                "Zanele Mokoena",
                False,
                None,
            ),
            (
                "proves only that a phone was on.",
                "Rivka Abramowitz",
                True,
                None,
            ),
            (
                "Kept it for six years. Glad I did,",
                "Zanele Mokoena",
                False,
                "P2",
            ),
            (
                "stands fully behind",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Callum Fitzgerald-Ashby", None),
            ("P2", "Zanele Mokoena", "Threads"),
            ("P3", None, None),
        ],
        "people": ["Zanele Mokoena", "Callum Fitzgerald-Ashby", "Rivka Abramowitz"],
    },
    {
        "name": "x-deleted-post-sergeant-association-same-platform-smh",
        "text": (
            "A New South Wales police sergeant has been stood down after he wrote on X "
            "that protesters outside Sydney’s Downing Centre courts “deserved every bit "
            "of the capsicum spray” used on them during a demonstration last month.\n\n"
            "The post by Sergeant Craig Dunleavy, which was deleted within hours, was "
            "captured by several users before it disappeared. NSW Police said in a "
            "statement on Friday that the comments were “inconsistent with the values of "
            "the force” and that an internal investigation was under way.\n\n"
            "The Police Association of New South Wales came to Dunleavy’s defence on the "
            "same platform. “Officers are human. They are entitled to due process before "
            "they are hung out to dry,” the association posted.\n\n"
            "Asked about the case at a press conference, the state’s police minister, "
            "Tanvir Chowdhury, said he would not comment on an individual officer. “What "
            "I will say is that every officer carries the whole force’s reputation on "
            "their sleeve,” the minister said.\n\n"
            "One of the protesters, Mele Taufa, told The Sydney Morning Herald that she "
            "still had trouble seeing out of her left eye. “He can delete the post. I "
            "cannot delete what happened,” she said."
        ),
        "quotes": [
            (
                "deserved every bit of the capsicum spray",
                "Craig Dunleavy",
                True,
                "P1",
            ),
            (
                "inconsistent with the values of the force",
                None,
                True,
                "P2",
            ),
            (
                (
                    "Officers are human. They are entitled to due process before they are "
                    "hung out to dry,"
                ),
                None,
                False,
                "P3",
            ),
            (
                (
                    "What I will say is that every officer carries the whole force’s "
                    "reputation on their sleeve,"
                ),
                "Tanvir Chowdhury",
                False,
                None,
            ),
            (
                "He can delete the post. I cannot delete what happened,",
                "Mele Taufa",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Craig Dunleavy", "X"),
            ("P2", None, None),
            ("P3", None, "X"),
            ("P4", "Mele Taufa", "The Sydney Morning Herald"),
        ],
        "people": ["Craig Dunleavy", "Tanvir Chowdhury", "Mele Taufa"],
    },
    {
        "name": "medium-juror-essay-new-trial-motion-judge-letter-email",
        "text": (
            "Nearly a year after she voted to convict a Tacoma man of second-degree "
            "murder, one of the jurors in the case has written publicly about her doubts, "
            "in an essay on Medium that the man’s lawyer now cites in a motion for a new "
            "trial.\n\n"
            "“I was the last holdout, and I folded on the third day because I was tired "
            "and because I wanted to go home to my kids,” wrote Soraya Haddad-Lindstrom, "
            "a 41-year-old pharmacist. “That is not a reason to take someone’s freedom.”\n\n"
            "The motion, filed on Monday by the lawyer, Inês Carvalho, on behalf of "
            "Teodoro Baptiste, argues that the jury was pressured by the judge’s "
            "instruction to keep deliberating late into a Friday. Baptiste is serving 22 "
            "years.\n\n"
            "The pharmacist’s essay also describes a handwritten letter the trial judge, "
            "Margaret Ekwueme, sent to the jurors after the verdict, thanking them for "
            "their service.\n\n"
            "The Pierce County prosecutor, Douglas Fairweather-Oduya, said in an email "
            "that jurors’ second thoughts “are not evidence of anything except that jury "
            "service is hard.”"
        ),
        "quotes": [
            (
                (
                    "I was the last holdout, and I folded on the third day because I was "
                    "tired and because I wanted to go home to my kids,"
                ),
                "Soraya Haddad-Lindstrom",
                False,
                "P1",
            ),
            (
                "That is not a reason to take someone’s freedom.",
                "Soraya Haddad-Lindstrom",
                False,
                "P1",
            ),
            (
                "are not evidence of anything except that jury service is hard.",
                "Douglas Fairweather-Oduya",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Soraya Haddad-Lindstrom", "Medium"),
            ("P2", "Inês Carvalho", None),
            ("P3", "Margaret Ekwueme", None),
            ("P4", "Douglas Fairweather-Oduya", None),
        ],
        "people": [
            "Soraya Haddad-Lindstrom",
            "Inês Carvalho",
            "Margaret Ekwueme",
            "Douglas Fairweather-Oduya",
        ],
    },
    {
        "name": "sentencing-hearing-victim-letter-read-aloud-statement",
        "text": (
            "A former youth hockey coach in Winnipeg was sentenced on Friday to nine "
            "years in prison for sexually abusing four players in the 2000s, after a "
            "hearing at which three of the men spoke and a fourth was heard through a "
            "letter.\n\n"
            "“You taught us how to skate and then you taught us to be ashamed,” one of "
            "the men, Jean-Baptiste Ouellette, now 33, told the court, facing the former "
            "coach, Gordon Pylypchuk, across the room.\n\n"
            "The fourth man, who lives overseas and asked not to be identified, wrote in "
            "the letter, read aloud by the Crown prosecutor, Anjali Deshpande-Ross: “I "
            "have spent twenty years pretending it was nothing. Today I am done "
            "pretending.”\n\n"
            "Pylypchuk, 67, apologized briefly before the sentence was read. Justice "
            "Colette Barnabé said his apology had come “decades too late to count for "
            "much.”\n\n"
            "Hockey Manitoba said in a statement that it had overhauled its screening of "
            "volunteers since the abuse came to light."
        ),
        "quotes": [
            (
                "You taught us how to skate and then you taught us to be ashamed,",
                "Jean-Baptiste Ouellette",
                False,
                None,
            ),
            (
                (
                    "I have spent twenty years pretending it was nothing. Today I am done "
                    "pretending."
                ),
                None,
                False,
                "P1",
            ),
            (
                "decades too late to count for much.",
                "Colette Barnabé",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
        ],
        "people": ["Jean-Baptiste Ouellette", "Colette Barnabé"],
    },
    {
        "name": "class-action-settlement-press-release-reuters-tiktok",
        "text": (
            "The ride-hailing company Veloxa agreed on Monday to pay $48 million to "
            "settle a class-action lawsuit brought by drivers in Illinois who said they "
            "had been misclassified as independent contractors.\n\n"
            "In a press release, Veloxa said the settlement “resolves legacy claims” and "
            "did not amount to an admission of wrongdoing. “We are glad to put this "
            "behind us and focus on the drivers who use our platform today,” the "
            "company’s chief executive, Oskar Lindahl-Mensah, said in the release.\n\n"
            "The drivers’ lead lawyer, Farah Siddiqui, told Reuters that the average "
            "payment would be about $3,100. “It is not life-changing money, but it is "
            "money they earned,” she said.\n\n"
            "One of the named plaintiffs, Jorge Villanueva, posted a TikTok video from "
            "the front seat of his car after the announcement. “Four years. We won,” the "
            "52-year-old said in the video, before adding, in Spanish, that he was going "
            "to take his mother to dinner."
        ),
        "quotes": [
            (
                "resolves legacy claims",
                None,
                True,
                "P2",
            ),
            (
                (
                    "We are glad to put this behind us and focus on the drivers who use "
                    "our platform today,"
                ),
                "Oskar Lindahl-Mensah",
                False,
                "P2",
            ),
            (
                "It is not life-changing money, but it is money they earned,",
                "Farah Siddiqui",
                False,
                "P3",
            ),
            (
                "Four years. We won,",
                "Jorge Villanueva",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Farah Siddiqui", "Reuters"),
            ("P4", "Jorge Villanueva", "TikTok"),
        ],
        "people": ["Oskar Lindahl-Mensah", "Farah Siddiqui", "Jorge Villanueva"],
    },
    {
        "name": "prison-chaplain-memoir-radio-today-commons-x-reply",
        "text": (
            "A chaplain who spent 20 years at HMP Wandsworth has accused the government "
            "of running Britain’s prisons “on hope and agency staff,” in a memoir "
            "published this week.\n\n"
            "The book, “Keys on a Long Chain,” by the Rev. Kofi Mensah-Barnes, describes "
            "cells without working windows, weeks-long lockdowns and a suicide on his "
            "last day at the prison. Speaking on BBC Radio 4’s Today programme on "
            "Wednesday, he said he had written it “because nobody listens to chaplains "
            "until someone has died.”\n\n"
            "“I buried men who should have been released. I am not exaggerating for the "
            "sake of a book,” he told the programme.\n\n"
            "The Prison Service said in a statement that it had recruited 1,400 "
            "additional officers in the past year. The justice secretary, Eleanor "
            "Whitcombe, told MPs in the Commons that she had “not yet read” the memoir.\n\n"
            "A former Wandsworth governor, Rajinder Sandhu, wrote on X that every word in "
            "the book “rings true to me.” Mensah-Barnes replied beneath his post: “Coming "
            "from you, that means a great deal.”"
        ),
        "quotes": [
            (
                "on hope and agency staff,",
                "Kofi Mensah-Barnes",
                True,
                "P1",
            ),
            (
                "because nobody listens to chaplains until someone has died.",
                "Kofi Mensah-Barnes",
                True,
                "P2",
            ),
            (
                (
                    "I buried men who should have been released. I am not exaggerating "
                    "for the sake of a book,"
                ),
                "Kofi Mensah-Barnes",
                False,
                "P2",
            ),
            (
                "not yet read",
                "Eleanor Whitcombe",
                True,
                None,
            ),
            (
                "rings true to me.",
                "Rajinder Sandhu",
                True,
                "P4",
            ),
            (
                "Coming from you, that means a great deal.",
                "Kofi Mensah-Barnes",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kofi Mensah-Barnes", None),
            ("P2", "Kofi Mensah-Barnes", "Today"),
            ("P3", None, None),
            ("P4", "Rajinder Sandhu", "X"),
        ],
        "people": ["Kofi Mensah-Barnes", "Eleanor Whitcombe", "Rajinder Sandhu"],
    },
    {
        "name": "brazil-supreme-court-journalist-folha-instagram-dated",
        "text": (
            "Brazil’s Supreme Federal Court on Thursday ordered the release of Thiago "
            "Albuquerque Lins, a journalist held for 40 days on charges of spreading "
            "false information about a state governor, in a 7-4 decision that "
            "press-freedom groups called a landmark.\n\n"
            "Justice Helena Prado Vasconcelos wrote in the majority opinion that pretrial "
            "detention for a journalist’s reporting “cannot become a punishment imposed "
            "before any trial.”\n\n"
            "Lins, 36, told the newspaper Folha de S.Paulo hours after his release that "
            "he had spent most of his detention reading the constitution. “I know it "
            "better than the people who arrested me,” he said. In a second interview with "
            "Folha the next day, he said he planned to return to his reporting “on "
            "Monday, if my editor lets me.”\n\n"
            "The governor of Mato Grosso, Ricardo Teixeira Bastos, wrote on Instagram on "
            "Oct. 3, the day of the arrest, that “freedom of the press is not freedom to "
            "lie.” He had not commented on the ruling by Friday evening."
        ),
        "quotes": [
            (
                "cannot become a punishment imposed before any trial.",
                "Helena Prado Vasconcelos",
                True,
                "P1",
            ),
            (
                "I know it better than the people who arrested me,",
                "Thiago Albuquerque Lins",
                False,
                "P2",
            ),
            (
                "on Monday, if my editor lets me.",
                "Thiago Albuquerque Lins",
                True,
                "P3",
            ),
            (
                "freedom of the press is not freedom to lie.",
                "Ricardo Teixeira Bastos",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Helena Prado Vasconcelos", None),
            ("P2", "Thiago Albuquerque Lins", "Folha de S.Paulo"),
            ("P3", "Thiago Albuquerque Lins", "Folha de S.Paulo"),
            ("P4", "Ricardo Teixeira Bastos", "Instagram"),
        ],
        "people": [
            "Thiago Albuquerque Lins",
            "Helena Prado Vasconcelos",
            "Ricardo Teixeira Bastos",
        ],
    },
    {
        "name": "kenya-high-court-protest-damages-citizen-tv-police-x",
        "text": (
            "The High Court in Nairobi on Tuesday ordered the Kenyan government to pay 12 "
            "million shillings to the family of Brian Otieno Wekesa, a 24-year-old who "
            "was shot dead by police during protests over a finance bill in June 2024.\n\n"
            "Justice Lydia Wanjiru Kamau found that the officer who fired “acted without "
            "any lawful justification” and that commanders had failed to preserve radio "
            "logs from the day. The officer, who was not named in the judgment, has not "
            "been charged.\n\n"
            "Outside the court, Wekesa’s mother, Rose Nafula, held up a framed photograph "
            "of her son. “The money does not bring Brian back. But now it is written down "
            "that he did nothing wrong,” she told reporters.\n\n"
            "The National Police Service said in a statement on its X account that it "
            "would study the judgment before deciding whether to appeal.\n\n"
            "The family’s lawyer, Hassan Abdi Farah, said on Citizen TV’s evening news "
            "that the ruling should be “a warning to every commander who thinks radio "
            "logs can go missing.” He added: “We will be back in this court for the next "
            "family, and the one after that.”"
        ),
        "quotes": [
            (
                "acted without any lawful justification",
                "Lydia Wanjiru Kamau",
                True,
                "P1",
            ),
            (
                (
                    "The money does not bring Brian back. But now it is written down that "
                    "he did nothing wrong,"
                ),
                "Rose Nafula",
                False,
                None,
            ),
            (
                "a warning to every commander who thinks radio logs can go missing.",
                "Hassan Abdi Farah",
                True,
                "P3",
            ),
            (
                ("We will be back in this court for the next family, and the one after that."),
                "Hassan Abdi Farah",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lydia Wanjiru Kamau", None),
            ("P2", None, "X"),
            ("P3", "Hassan Abdi Farah", "Citizen TV"),
        ],
        "people": ["Lydia Wanjiru Kamau", "Rose Nafula", "Hassan Abdi Farah"],
    },
]
