"""The one-hundred-and-forty-sixth self-made dev set, held out (EV): its first run is an unseen estimate.

Written with set EW, without reading the extraction rules, and committed before
any rule was run on it. Topic area: courts, crime, policing and local government.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a
news conference, briefing, earnings call, rally, speech, hearing, court hearing,
town hall or "told reporters" is not a post; a comment under a post belongs to
it, a post "of his own" is a new one; a later fragment or quote is linked to a
post only when the text ties it to that post; organisations and unnamed people
speak as None, and a company's release, statement or lawsuit has author None
even when it quotes a named executive; titles, nicknames and scare quotes in
marks are not quotes; speakers are the fullest form of the name used in the
text; partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; people
  are listed in the order they are first named.
- A post reported without any quoted words (a district attorney's office press
  release only mentioned, the Justice Department's statement that it would
  appeal) is still listed in posts.
- A post's author answering in the comments under her own Facebook post ("replied
  that she agreed: ...") belongs to that post; words given whole after the colon
  are not partial.
- A word a group used about something, reported in narration without naming a
  post ("the police union called 'reckless'"), is a partial quote with speaker
  None and no post, not a scare quote.
- A victim's statement read aloud to the court at a sentencing hearing is said
  at a court hearing and is not a post; a witness's testimony at trial and what
  a coroner's jury hears at an inquest are not posts either.
- A judge's sentencing opinion and an arbitrator's written decision are the
  writer's post with no platform; a ruling delivered from the bench at a hearing
  is not a post.
- A named newspaper written with a leading "the" ("told the Ridgeway Ledger")
  has the platform without the article (Ridgeway Ledger).
- A police union's statement has author None and its own words speak as None;
  words the statement attributes to the union's named president ("said in the
  statement that") speak as the president and belong to that statement.
- "Posted again" without naming a platform is a new post on the platform of the
  author's earlier post (X).
- A radio or TV station's program takes the program's name as platform (The
  Valley Hour, not WQLV; Hollis Tonight, not WBRT); a program's name in marks is
  not a quote.
- A fragment in the same paragraph right after a quote from an interview, with
  no new setting ("He called the criticism ..."), belongs to that interview.
- A second Instagram photo posted with a caption is a new Instagram post; a
  second email the next morning is a new post; a "second post" on Bluesky is a
  new Bluesky post, and a reply to it belongs to it.
- A fragment of a judge's written opinion continued inside a narration sentence
  ("The city, he wrote, 'may regulate ...'") is partial.
- A named official's "said in a statement" (a city attorney) is that official's
  post with no platform; a county press release quoting the county executive
  has author None and the quote's speaker is the executive.
- A motion written by a defendant's unnamed lawyers ("the defense wrote in the
  motion") has author None and its words speak as None; a newspaper named only
  as the subject of the motion's count is not a post.
- The two halves of a quote broken by its attribution ("Everyone on this list,"
  the governor said, "has spent ...") are two quotes, neither partial.
- A video's own caption written by the person who posted it ("wrote under the
  40-second clip") belongs to that video's post; a comment by another person
  under it belongs to it too.
- A documentary, song, album track, report and book title in marks is not a
  quote; a nickname inside a name (Dontae "D-Vault" Simmons) is not a quote and
  not part of the canonical name.
- A victim's family statement has author None, like any family's statement.
- An unnamed user's Reddit thread has platform Reddit even when the text names
  the subreddit; a Nextdoor post and a YouTube video are posts on those
  platforms; a Substack newsletter edition is a Substack post.
- An audit report by a state comptroller's office is a post with author None
  and no platform; its words speak as None.
- An officer identified only by a court pseudonym (Officer B) is not a named
  person.
- "Said at a community meeting", "said by phone" and "said after the hearing"
  are not posts.
- Straight double quotation marks are read exactly as curly ones.
- Name order as written is kept for Korean names (Park Soo-jin).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EV: list[dict] = [
    {
        "name": "council-overtime-cap-facebook-comment-mayor-presser",
        "text": (
            "The Millbrook City Council voted 5-2 on Tuesday night to cap police overtime at "
            "$3.1 million next year, a cut of nearly a third that the police union called "
            "“reckless.”\n\n"
            "Councilwoman Denise Okafor-Reyes, who wrote the measure, defended it on Facebook "
            "hours after the vote. “Overtime has doubled in four years while response times got "
            "worse. Something in that system is broken,” she wrote.\n\n"
            "A retired sergeant, Walt Kubiak, commented under her post that he had worked "
            "“sixteen-hour shifts for a decade because nobody would hire.” Okafor-Reyes replied "
            "that she agreed: “Then let’s hire.”\n\n"
            "Mayor Gene Albrecht, who had opposed the cap, said at a news conference on "
            "Wednesday that he would not veto it. “The council has spoken, and I will make it "
            "work,” the 63-year-old said. The cap takes effect on July 1."
        ),
        "quotes": [
            ("reckless.", None, True, None),
            (
                "Overtime has doubled in four years while response times got worse. Something "
                "in that system is broken,",
                "Denise Okafor-Reyes",
                False,
                "P1",
            ),
            (
                "sixteen-hour shifts for a decade because nobody would hire.",
                "Walt Kubiak",
                True,
                "P1",
            ),
            ("Then let’s hire.", "Denise Okafor-Reyes", False, "P1"),
            ("The council has spoken, and I will make it work,", "Gene Albrecht", False, None),
        ],
        "posts": [
            ("P1", "Denise Okafor-Reyes", "Facebook"),
        ],
        "people": ["Denise Okafor-Reyes", "Walt Kubiak", "Gene Albrecht"],
    },
    {
        "name": "payroll-theft-sentencing-opinion-victim-statement-ledger",
        "text": (
            "A former payroll manager who stole $2.4 million from the Cobb Valley school "
            "district was sentenced on Friday to seven years in federal prison.\n\n"
            "In a 14-page sentencing opinion, Judge Harriet Mallory-Osei wrote that Raymond "
            "Feeney, 52, had “treated the district’s accounts as a personal line of credit” for "
            "nearly a decade. “The harm here is not abstract,” she wrote. “It is measured in "
            "teachers who were not hired.”\n\n"
            "At the hearing, the district’s superintendent, Carla Voss, read a statement to the "
            "court. “Every dollar he took was a dollar a child did not get,” she said.\n\n"
            "Feeney’s lawyer, Anton Reyes, told the Ridgeway Ledger that his client would not "
            "appeal. “He accepts the sentence, and he is ashamed,” Reyes said."
        ),
        "quotes": [
            (
                "treated the district’s accounts as a personal line of credit",
                "Harriet Mallory-Osei",
                True,
                "P1",
            ),
            ("The harm here is not abstract,", "Harriet Mallory-Osei", False, "P1"),
            ("It is measured in teachers who were not hired.", "Harriet Mallory-Osei", False, "P1"),
            ("Every dollar he took was a dollar a child did not get,", "Carla Voss", False, None),
            ("He accepts the sentence, and he is ashamed,", "Anton Reyes", False, "P2"),
        ],
        "posts": [
            ("P1", "Harriet Mallory-Osei", None),
            ("P2", "Anton Reyes", "Ridgeway Ledger"),
        ],
        "people": ["Harriet Mallory-Osei", "Raymond Feeney", "Carla Voss", "Anton Reyes"],
    },
    {
        "name": "body-camera-rollout-x-union-statement-blue-flu",
        "text": (
            "Police Chief Tamsin Okonkwo of Harlow announced on X on Thursday that all 212 of "
            "the city’s patrol officers would wear body cameras by July. “If we ask the public "
            "to trust us, we have to let them see us,” she posted.\n\n"
            "The Harlow Police Benevolent Association answered within the hour with a statement "
            "calling the rollout “rushed and unfunded.” The union’s president, Dale Prentiss, "
            "said in the statement that officers had “not seen a single page of the policy.”\n\n"
            "The announcement came two weeks after dozens of officers called in sick in what "
            "residents dubbed the “blue flu,” a protest over stalled contract talks.\n\n"
            "Okonkwo posted again on Friday. “The policy is online. Every page of it,” she "
            "wrote, with a link to the city’s website."
        ),
        "quotes": [
            (
                "If we ask the public to trust us, we have to let them see us,",
                "Tamsin Okonkwo",
                False,
                "P1",
            ),
            ("rushed and unfunded.", None, True, "P2"),
            ("not seen a single page of the policy.", "Dale Prentiss", True, "P2"),
            ("The policy is online. Every page of it,", "Tamsin Okonkwo", False, "P3"),
        ],
        "posts": [
            ("P1", "Tamsin Okonkwo", "X"),
            ("P2", None, None),
            ("P3", "Tamsin Okonkwo", "X"),
        ],
        "people": ["Tamsin Okonkwo", "Dale Prentiss"],
    },
    {
        "name": "arson-trial-testimony-podcast-book-title",
        "text": (
            "Jurors in the trial of Lucas Brennan, accused of killing his business partner in a "
            "2019 warehouse fire, heard on Monday from the fire investigator who first examined "
            "the scene.\n\n"
            "“The burn pattern told me someone poured an accelerant along that wall,” Inspector "
            "Miriam Castellanos testified. Under cross-examination, she conceded that the sample "
            "had sat in an unsealed bag for two days.\n\n"
            "The case drew national attention after the journalist Priya Venkataraman devoted "
            "six episodes of her podcast, Ash and Alibi, to it. On the latest episode, she said "
            "the defense had “a real chain-of-custody problem.” “If I were on that jury, that bag "
            "would keep me up at night,” she told listeners.\n\n"
            "Venkataraman’s 2022 book on arson cases, “The Slow Match,” is due out in paperback "
            "next month.\n\n"
            "Brennan, 47, has pleaded not guilty. The trial is expected to last three weeks."
        ),
        "quotes": [
            (
                "The burn pattern told me someone poured an accelerant along that wall,",
                "Miriam Castellanos",
                False,
                None,
            ),
            ("a real chain-of-custody problem.", "Priya Venkataraman", True, "P1"),
            (
                "If I were on that jury, that bag would keep me up at night,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", "Ash and Alibi"),
        ],
        "people": ["Lucas Brennan", "Miriam Castellanos", "Priya Venkataraman"],
    },
    {
        "name": "mayor-resigns-letter-two-paragraphs-towing-inquiry",
        "text": (
            "Mayor Leonard Achterberg of Fenwick resigned on Wednesday, three weeks after state "
            "investigators searched City Hall as part of an inquiry into no-bid towing "
            "contracts.\n\n"
            "In a letter to the City Council, the 58-year-old wrote that he had done nothing "
            "wrong but could no longer lead. “I have spent 11 years in this office and I will not "
            "spend the 12th defending myself at the expense of the city’s business.\n\n"
            "“Fenwick deserves a mayor whose name is in the news for the right reasons. For now, "
            "that cannot be me.”\n\n"
            "The letter did not mention the towing contracts, which went to a company owned by "
            "his brother-in-law, Gary Pruett. It described the investigation only as “a "
            "distraction.”\n\n"
            "Deputy Mayor Renata Szabo, who becomes acting mayor, told reporters that she had not "
            "seen the letter before it was released. “I learned about it the same way you did,” "
            "she said."
        ),
        "quotes": [
            (
                "I have spent 11 years in this office and I will not spend the 12th defending "
                "myself at the expense of the city’s business.",
                "Leonard Achterberg",
                False,
                "P1",
            ),
            (
                "Fenwick deserves a mayor whose name is in the news for the right reasons. For "
                "now, that cannot be me.",
                "Leonard Achterberg",
                False,
                "P1",
            ),
            ("a distraction.", "Leonard Achterberg", True, "P1"),
            ("I learned about it the same way you did,", "Renata Szabo", False, None),
        ],
        "posts": [
            ("P1", "Leonard Achterberg", None),
        ],
        "people": ["Leonard Achterberg", "Gary Pruett", "Renata Szabo"],
    },
    {
        "name": "tiktok-arrest-video-caption-lawmaker-comment-police-release",
        "text": (
            "A video of a Dunmore police officer pinning a 16-year-old to the hood of a cruiser "
            "has been viewed more than four million times since it was posted to TikTok on "
            "Saturday by the teenager’s cousin, Jalen Whitfield.\n\n"
            "“He was walking home from practice. That’s it. That’s the crime,” Whitfield wrote "
            "under the 40-second clip.\n\n"
            "Among the thousands of comments under the video was one from a state "
            "representative, Corinne Delacroix-Hale: “I have called the chief. We will get "
            "answers.”\n\n"
            "The Dunmore Police Department said in a news release on Sunday that the officer had "
            "been placed on administrative leave and that the teenager had matched the "
            "description of a robbery suspect. “The department takes every use-of-force "
            "complaint seriously,” the release said.\n\n"
            "The teenager, whose family asked that he not be named, was released without "
            "charges."
        ),
        "quotes": [
            (
                "He was walking home from practice. That’s it. That’s the crime,",
                "Jalen Whitfield",
                False,
                "P1",
            ),
            (
                "I have called the chief. We will get answers.",
                "Corinne Delacroix-Hale",
                False,
                "P1",
            ),
            (
                "The department takes every use-of-force complaint seriously,",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Jalen Whitfield", "TikTok"),
            ("P2", None, "press release"),
        ],
        "people": ["Jalen Whitfield", "Corinne Delacroix-Hale"],
    },
    {
        "name": "music-hall-license-op-ed-hearing-song-title",
        "text": (
            "The Ashby Zoning Board of Appeals will decide next month whether the Lantern Room, a "
            "300-seat music hall on Grove Street, can keep its late-night license after "
            "neighbors filed 41 noise complaints in a year.\n\n"
            "The hall’s owner, Felix Amadi-Storm, made his case in an op-ed in the Ashby Courier "
            "on Sunday. “We are not the reason this street is loud. We are the reason it is "
            "alive,” he wrote.\n\n"
            "At a packed hearing on Thursday, a neighbor, Beatrice Hollander, played a recording "
            "of a band performing its hit “Midnight on Grove” at what she said was 1:40 a.m. "
            "“This is what my children fall asleep to,” the retired teacher told the board.\n\n"
            "Amadi-Storm said after the hearing that the band had been “an exception, not the "
            "rule.” The board meets again on Nov. 14."
        ),
        "quotes": [
            (
                "We are not the reason this street is loud. We are the reason it is alive,",
                "Felix Amadi-Storm",
                False,
                "P1",
            ),
            ("This is what my children fall asleep to,", "Beatrice Hollander", False, None),
            ("an exception, not the rule.", "Felix Amadi-Storm", True, None),
        ],
        "posts": [
            ("P1", "Felix Amadi-Storm", "Ashby Courier"),
        ],
        "people": ["Felix Amadi-Storm", "Beatrice Hollander"],
    },
    {
        "name": "sheriff-radio-interview-iron-mike-challenger-instagram-captions",
        "text": (
            "Sheriff Michael Dorsey of Calloway County, known to supporters as “Iron Mike,” "
            "defended his jail’s record on Tuesday in an interview on WQLV’s morning program, "
            "The Valley Hour.\n\n"
            "“Four deaths in three years is four too many, and every one of them has been "
            "investigated by an outside agency,” Dorsey said. He called the criticism from his "
            "challenger “campaign noise.”\n\n"
            "That challenger, former deputy Alisha Grantham, responded on Instagram with a photo "
            "of the jail’s front gate. “Outside agency? The same agency his office pays,” she "
            "wrote in the caption.\n\n"
            "On Wednesday she posted a second photo, of a memorial outside the jail, with the "
            "caption “Ask their families about noise.”\n\n"
            "The election is Nov. 5."
        ),
        "quotes": [
            (
                "Four deaths in three years is four too many, and every one of them has been "
                "investigated by an outside agency,",
                "Michael Dorsey",
                False,
                "P1",
            ),
            ("campaign noise.", "Michael Dorsey", True, "P1"),
            (
                "Outside agency? The same agency his office pays,",
                "Alisha Grantham",
                False,
                "P2",
            ),
            ("Ask their families about noise.", "Alisha Grantham", False, "P3"),
        ],
        "posts": [
            ("P1", "Michael Dorsey", "The Valley Hour"),
            ("P2", "Alisha Grantham", "Instagram"),
            ("P3", "Alisha Grantham", "Instagram"),
        ],
        "people": ["Michael Dorsey", "Alisha Grantham"],
    },
    {
        "name": "rv-parking-ban-appeals-opinion-phone-city-attorney-statement",
        "text": (
            "A state appeals court on Monday struck down Port Ellery’s ban on overnight parking "
            "of recreational vehicles, ruling that the city had aimed it at people living in "
            "their vehicles.\n\n"
            "Writing for a unanimous three-judge panel, Judge Samuel Otieno-Park said the "
            "ordinance “punishes the condition of being poor rather than any conduct.” The city, "
            "he wrote, “may regulate parking; it may not regulate poverty.”\n\n"
            "The ban, passed in 2022, led to 340 citations, most of them along Harbor Road, where "
            "dozens of people lived in RVs. One of them, Elena Marchetti, 71, said by phone that "
            "she cried when her lawyer called. “I have lived in that van for six years. Today it "
            "finally feels like a home,” she said.\n\n"
            "City Attorney Bruce Halvorsen said in a statement that the city was “reviewing its "
            "options, including an appeal to the state Supreme Court.”"
        ),
        "quotes": [
            (
                "punishes the condition of being poor rather than any conduct.",
                "Samuel Otieno-Park",
                True,
                "P1",
            ),
            (
                "may regulate parking; it may not regulate poverty.",
                "Samuel Otieno-Park",
                True,
                "P1",
            ),
            (
                "I have lived in that van for six years. Today it finally feels like a home,",
                "Elena Marchetti",
                False,
                None,
            ),
            (
                "reviewing its options, including an appeal to the state Supreme Court.",
                "Bruce Halvorsen",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Samuel Otieno-Park", None),
            ("P2", "Bruce Halvorsen", None),
        ],
        "people": ["Samuel Otieno-Park", "Elena Marchetti", "Bruce Halvorsen"],
    },
    {
        "name": "prosecutor-quits-linkedin-comment-documentary-da-release",
        "text": (
            "Naomi Ferreira-Lund, a senior prosecutor in the Essex Ridge County district "
            "attorney’s office for 14 years, announced her resignation on LinkedIn on Monday, "
            "saying she could no longer “defend charging decisions I would not have made.”\n\n"
            "“I joined this office to protect victims. Lately I have spent more time protecting "
            "the office,” she wrote.\n\n"
            "A former colleague, the defense lawyer Omar Haddad, commented under the post: “One "
            "of the fairest people I ever faced in a courtroom.”\n\n"
            "Ferreira-Lund led the 2019 prosecution featured in the documentary “Eleven Days in "
            "Marlow,” which won an award at a film festival last year.\n\n"
            "District Attorney Keith Brannigan’s office issued a press release thanking her for "
            "her service. It did not address her criticism."
        ),
        "quotes": [
            (
                "defend charging decisions I would not have made.",
                "Naomi Ferreira-Lund",
                True,
                "P1",
            ),
            (
                "I joined this office to protect victims. Lately I have spent more time "
                "protecting the office,",
                "Naomi Ferreira-Lund",
                False,
                "P1",
            ),
            ("One of the fairest people I ever faced in a courtroom.", "Omar Haddad", False, "P1"),
        ],
        "posts": [
            ("P1", "Naomi Ferreira-Lund", "LinkedIn"),
            ("P2", None, "press release"),
        ],
        "people": ["Naomi Ferreira-Lund", "Omar Haddad", "Keith Brannigan"],
    },
    {
        "name": "boiler-manslaughter-venue-motion-da-split-quote",
        "text": (
            "Lawyers for Dmitri Volkonsky, the landlord charged with manslaughter over a boiler "
            "explosion that killed two tenants in Wescott, asked a judge on Thursday to move his "
            "trial out of the county.\n\n"
            "“Mr. Volkonsky cannot receive a fair trial in a county where his face has been on "
            "the front page for 200 days,” the defense wrote in the motion, which cited 61 "
            "articles in the Wescott Herald alone.\n\n"
            "At a news conference, District Attorney Yolanda Pierce-Whitmore called the request "
            "“a stall tactic.” “The people of Wescott,” she said, “are perfectly capable of "
            "judging evidence.”\n\n"
            "Volkonsky, 66, is free on $500,000 bail. His trial is set for April."
        ),
        "quotes": [
            (
                "Mr. Volkonsky cannot receive a fair trial in a county where his face has been on "
                "the front page for 200 days,",
                None,
                False,
                "P1",
            ),
            ("a stall tactic.", "Yolanda Pierce-Whitmore", True, None),
            ("The people of Wescott,", "Yolanda Pierce-Whitmore", False, None),
            ("are perfectly capable of judging evidence.", "Yolanda Pierce-Whitmore", False, None),
        ],
        "posts": [
            ("P1", None, None),
        ],
        "people": ["Dmitri Volkonsky", "Yolanda Pierce-Whitmore"],
    },
    {
        "name": "plate-camera-contract-bluesky-vendor-reply-second-post",
        "text": (
            "Councilmember Rafael Quintero-Sousa of Bellhaven used Bluesky on Sunday to question "
            "a $1.8 million contract for 90 license-plate cameras. “Who decided this, and why did "
            "nobody on the council see the data-sharing terms?” he posted.\n\n"
            "The vendor’s chief executive, Linnea Sørby of Sentrix Systems, replied under the "
            "post that the terms had been “public since March.”\n\n"
            "Quintero-Sousa wrote a second post an hour later, sharing a screenshot of the "
            "contract’s 38th page. “Public, on page 38, in eight-point type,” he wrote. A local "
            "reporter, Dana Whitcombe, replied to it: “Filed a records request for the rest.”\n\n"
            "The council is expected to vote on the contract on Tuesday."
        ),
        "quotes": [
            (
                "Who decided this, and why did nobody on the council see the data-sharing terms?",
                "Rafael Quintero-Sousa",
                False,
                "P1",
            ),
            ("public since March.", "Linnea Sørby", True, "P1"),
            ("Public, on page 38, in eight-point type,", "Rafael Quintero-Sousa", False, "P2"),
            ("Filed a records request for the rest.", "Dana Whitcombe", False, "P2"),
        ],
        "posts": [
            ("P1", "Rafael Quintero-Sousa", "Bluesky"),
            ("P2", "Rafael Quintero-Sousa", "Bluesky"),
        ],
        "people": ["Rafael Quintero-Sousa", "Linnea Sørby", "Dana Whitcombe"],
    },
    {
        "name": "jail-closure-county-release-report-title-medium-essay",
        "text": (
            "Garrow County will close its oldest jail by 2027, County Executive Harold "
            "Mbeki-Strand announced on Wednesday, accepting the main recommendation of a "
            "commission report titled “Beyond the Bars.”\n\n"
            "“We can keep spending $40 million a year to maintain a building that fails every "
            "inspection, or we can build something that works,” Mbeki-Strand said in a county "
            "press release.\n\n"
            "The commission’s chair, Ruth Oyelaran, said the plan was “a start, not a finish.” In "
            "an essay published on Medium last month, she had argued that the county jailed too "
            "many people awaiting trial. “Closing a building is easy. Emptying it responsibly is "
            "the hard part,” she wrote.\n\n"
            "The union representing corrections officers has not commented."
        ),
        "quotes": [
            (
                "We can keep spending $40 million a year to maintain a building that fails every "
                "inspection, or we can build something that works,",
                "Harold Mbeki-Strand",
                False,
                "P1",
            ),
            ("a start, not a finish.", "Ruth Oyelaran", True, None),
            (
                "Closing a building is easy. Emptying it responsibly is the hard part,",
                "Ruth Oyelaran",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ruth Oyelaran", "Medium"),
        ],
        "people": ["Harold Mbeki-Strand", "Ruth Oyelaran"],
    },
    {
        "name": "exoneree-tv-interview-two-paragraphs-victim-family-statement",
        "text": (
            "Terrence Oduya walked out of the Hollis State Correctional Facility on Friday after "
            "23 years in prison for a murder that DNA evidence now shows he did not commit.\n\n"
            "In an interview on Sunday with WBRT’s “Hollis Tonight,” the 49-year-old said he did "
            "not feel angry yet. “I keep waiting for it. Maybe it comes later. Right now I just "
            "want to eat something that wasn’t made on a tray.\n\n"
            "“And I want to see the ocean. I haven’t seen it since I was 26.”\n\n"
            "The family of the victim, Kenneth Albright, said in a statement that they were "
            "“shattered all over again” and asked that the real killer be found.\n\n"
            "District Attorney Sandra Keogh told reporters that her office would reopen the "
            "investigation. “We got it wrong, and we owe two families the truth,” she said."
        ),
        "quotes": [
            (
                "I keep waiting for it. Maybe it comes later. Right now I just want to eat "
                "something that wasn’t made on a tray.",
                "Terrence Oduya",
                False,
                "P1",
            ),
            (
                "And I want to see the ocean. I haven’t seen it since I was 26.",
                "Terrence Oduya",
                False,
                "P1",
            ),
            ("shattered all over again", None, True, "P2"),
            ("We got it wrong, and we owe two families the truth,", "Sandra Keogh", False, None),
        ],
        "posts": [
            ("P1", "Terrence Oduya", "Hollis Tonight"),
            ("P2", None, None),
        ],
        "people": ["Terrence Oduya", "Kenneth Albright", "Sandra Keogh"],
    },
    {
        "name": "sergeant-reinstated-arbitrator-decision-commissioner-email",
        "text": (
            "An arbitrator has ordered the Riverton Police Department to reinstate Sgt. Cole "
            "Haverty, who was fired last year after a video showed him kicking a handcuffed "
            "man.\n\n"
            "In her 31-page decision, the arbitrator, Frances Delgado-Wynn, found that the "
            "department had “failed to follow its own disciplinary matrix.” She reduced the "
            "firing to a 60-day suspension.\n\n"
            "Police Commissioner Amara Nwosu told officers in an email on Tuesday that she "
            "disagreed “in the strongest possible terms.” “This decision does not change what we "
            "saw on that video, and it does not change what I expect of every one of you,” the "
            "commissioner wrote.\n\n"
            "Haverty’s lawyer, Phil Santangelo, told Channel 9 Eyewitness News that the sergeant "
            "was “relieved and ready to work.”"
        ),
        "quotes": [
            (
                "failed to follow its own disciplinary matrix.",
                "Frances Delgado-Wynn",
                True,
                "P1",
            ),
            ("in the strongest possible terms.", "Amara Nwosu", True, "P2"),
            (
                "This decision does not change what we saw on that video, and it does not change "
                "what I expect of every one of you,",
                "Amara Nwosu",
                False,
                "P2",
            ),
            ("relieved and ready to work.", "Phil Santangelo", True, "P3"),
        ],
        "posts": [
            ("P1", "Frances Delgado-Wynn", None),
            ("P2", "Amara Nwosu", None),
            ("P3", "Phil Santangelo", "Channel 9 Eyewitness News"),
        ],
        "people": ["Cole Haverty", "Frances Delgado-Wynn", "Amara Nwosu", "Phil Santangelo"],
    },
    {
        "name": "garage-burglaries-reddit-thread-detective-meeting-nextdoor",
        "text": (
            "A string of garage break-ins in the Eastfield neighborhood of Corliss has residents "
            "trading tips online, and the police say the chatter has helped.\n\n"
            "A thread on the city’s subreddit on Reddit, started on Oct. 2 by a user who said "
            "their garage had been emptied of $6,000 in tools, now has more than 900 comments. "
            "“They knew exactly which houses had the old keypad openers,” the user wrote.\n\n"
            "Detective Lorraine Bissett said at a community meeting on Thursday that two tips "
            "from the thread had led to a suspect. “Keep posting what you see. Just don’t go "
            "knocking on doors yourselves,” she said.\n\n"
            "Councilmember Hugo Laramie-Fitch urged calm in a post on Nextdoor, writing that the "
            "neighborhood was “still one of the safest in the city.”"
        ),
        "quotes": [
            ("They knew exactly which houses had the old keypad openers,", None, False, "P1"),
            (
                "Keep posting what you see. Just don’t go knocking on doors yourselves,",
                "Lorraine Bissett",
                False,
                None,
            ),
            ("still one of the safest in the city.", "Hugo Laramie-Fitch", True, "P2"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Hugo Laramie-Fitch", "Nextdoor"),
        ],
        "people": ["Lorraine Bissett", "Hugo Laramie-Fitch"],
    },
    {
        "name": "governor-pardons-speech-rapper-instagram-nickname-track",
        "text": (
            "Gov. Patricia Lindholm-Achebe pardoned 14 people on Friday, including the rapper "
            "Dontae “D-Vault” Simmons, who served 30 months for a robbery he committed in 2011, "
            "at 18.\n\n"
            "“Everyone on this list,” the governor said in a speech at the state Capitol, “has "
            "spent more years repairing their lives than they spent breaking the law.”\n\n"
            "Simmons, whose 2020 album included the track “Parole Board Blues,” reacted on "
            "Instagram with a photo of the signed pardon. “Thirteen years of ‘ex-felon’ in every "
            "headline. Today that word comes off,” he wrote.\n\n"
            "His manager, Keisha Odom, told the music site Backbeat that he learned of the pardon "
            "from his mother. “She called him screaming,” Odom said."
        ),
        "quotes": [
            ("Everyone on this list,", "Patricia Lindholm-Achebe", False, None),
            (
                "has spent more years repairing their lives than they spent breaking the law.",
                "Patricia Lindholm-Achebe",
                False,
                None,
            ),
            (
                "Thirteen years of ‘ex-felon’ in every headline. Today that word comes off,",
                "Dontae Simmons",
                False,
                "P1",
            ),
            ("She called him screaming,", "Keisha Odom", False, "P2"),
        ],
        "posts": [
            ("P1", "Dontae Simmons", "Instagram"),
            ("P2", "Keisha Odom", "Backbeat"),
        ],
        "people": ["Patricia Lindholm-Achebe", "Dontae Simmons", "Keisha Odom"],
    },
    {
        "name": "inquest-lawful-killing-lawyer-x-youtube-straight-quotes",
        "text": (
            "A coroner's jury in Kessington ruled on Wednesday that the fatal police shooting of "
            "Amir Haddadi, 24, in a supermarket car park last March was lawful.\n\n"
            "Haddadi's family wept as the verdict was read. Their lawyer, Imogen Trask, wrote on "
            'X minutes later: "Lawful is not the same as right. We will be asking the Crown '
            'Prosecution Service to look again."\n\n'
            "The officer who fired, identified in court only as Officer B, told the inquest he "
            "believed Haddadi had been reaching for a gun. The object in his hand was a phone.\n\n"
            "The community organiser Sefton Blake, who has filmed weekly updates on the case for "
            "his YouTube channel, said in a video posted that evening that the verdict would "
            '"not end anything." He added: "It starts the next part."'
        ),
        "quotes": [
            (
                "Lawful is not the same as right. We will be asking the Crown Prosecution Service "
                "to look again.",
                "Imogen Trask",
                False,
                "P1",
            ),
            ("not end anything.", "Sefton Blake", True, "P2"),
            ("It starts the next part.", "Sefton Blake", False, "P2"),
        ],
        "posts": [
            ("P1", "Imogen Trask", "X"),
            ("P2", "Sefton Blake", "YouTube"),
        ],
        "people": ["Amir Haddadi", "Imogen Trask", "Sefton Blake"],
    },
    {
        "name": "parking-fine-audit-treasurer-two-emails-substack",
        "text": (
            "An audit released on Monday by the state comptroller’s office found that the Pell "
            "Harbor town treasurer’s office could not account for $412,000 in parking-fine "
            "revenue collected between 2019 and 2023.\n\n"
            "The report said cash had been “counted by one employee, recorded by the same "
            "employee and deposited, when it was deposited, by that employee.” It did not name "
            "the employee.\n\n"
            "Town Treasurer Gloria Vance-Ibarra, 61, wrote in an email to the Select Board that "
            "evening that she was “as alarmed as anyone.” In a second email the next morning she "
            "said she would step aside while the state police investigated. “The town should not "
            "have to wonder whether the person fixing this is part of the problem,” she wrote.\n\n"
            "Select Board member Curtis Yamamoto-Reed, who writes a weekly Substack newsletter "
            "about town affairs, wrote in this week’s edition that the findings were “the worst I "
            "have seen in 20 years of local government.”"
        ),
        "quotes": [
            (
                "counted by one employee, recorded by the same employee and deposited, when it "
                "was deposited, by that employee.",
                None,
                True,
                "P1",
            ),
            ("as alarmed as anyone.", "Gloria Vance-Ibarra", True, "P2"),
            (
                "The town should not have to wonder whether the person fixing this is part of "
                "the problem,",
                "Gloria Vance-Ibarra",
                False,
                "P3",
            ),
            (
                "the worst I have seen in 20 years of local government.",
                "Curtis Yamamoto-Reed",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gloria Vance-Ibarra", None),
            ("P3", "Gloria Vance-Ibarra", None),
            ("P4", "Curtis Yamamoto-Reed", "Substack"),
        ],
        "people": ["Gloria Vance-Ibarra", "Curtis Yamamoto-Reed"],
    },
    {
        "name": "detainer-policy-bench-ruling-threads-reply-doj-statement",
        "text": (
            "A federal judge in Carver City on Tuesday refused to block the city’s policy of "
            "declining to hold people in its jail for immigration agents without a warrant.\n\n"
            "Ruling from the bench after a two-hour hearing, Judge Park Soo-jin said the federal "
            "government had not shown it was “likely to succeed on the merits.” “A request is not "
            "a command,” she told the lawyers, “and a detainer is a request.”\n\n"
            "City Solicitor Matteo Brandolini celebrated on Threads: “Round one to the "
            "Constitution.” Among the replies was one from a former federal prosecutor, Wendell "
            "Ashworth-Cole, who cautioned that the ruling was “preliminary, and preliminary "
            "rulings get reversed.”\n\n"
            "The Justice Department said in a statement that it would appeal.\n\n"
            "The case, United States v. Carver City, is expected to reach the appeals court by "
            "summer."
        ),
        "quotes": [
            ("likely to succeed on the merits.", "Park Soo-jin", True, None),
            ("A request is not a command,", "Park Soo-jin", False, None),
            ("and a detainer is a request.", "Park Soo-jin", False, None),
            ("Round one to the Constitution.", "Matteo Brandolini", False, "P1"),
            (
                "preliminary, and preliminary rulings get reversed.",
                "Wendell Ashworth-Cole",
                True,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Matteo Brandolini", "Threads"),
            ("P2", None, None),
        ],
        "people": ["Park Soo-jin", "Matteo Brandolini", "Wendell Ashworth-Cole"],
    },
]
