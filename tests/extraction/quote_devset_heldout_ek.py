"""The one-hundred-and-thirty-fifth self-made dev set, held out (EK): its first run is an unseen estimate.

Written with set EJ, without reading the extraction rules, and committed before
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
inside narration. Topic area: religion, schools, universities, students and
youth.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a union's Facebook post only described, a
  parents' council statement, a charity's press release) is still listed.
- A pastoral letter read at Masses, a minister's letter to parishioners, a
  dean's email to the student body and a principal's email to families are the
  writer's posts with no platform.
- A diocese's school office, a congregation's board, a university, a
  foundation, a parents' group and a mayor's office speak as None and their
  statements and letters have author None; an open letter by a newspaper's
  unnamed editors or signed by 200 clergy has author None.
- A graduate workers' union's post on X has author None; a students' union
  president's statement ("whose president ... said in a statement") is the
  president's own post with no platform.
- A fragment of a statement reported in narration ("the policy was “under
  review”", "the rule was “content-neutral”", "“needs-blind and
  school-blind.”") is a partial quote from that statement, not a scare quote.
- A sermon the imam "posted to YouTube" is his YouTube post; a speech video
  "posted to YouTube by her brother" is the brother's YouTube post, while the
  words spoken in it have the valedictorian as speaker.
- A podcast named in marks (“Faith and Reason”) is the platform of the
  interview, written without marks, and the title itself is not a quote; an
  essay title in marks (“The Arithmetic of Closing a School.”) is not a quote.
- "Told the newspaper Lübecker Abendblatt": platform Lübecker Abendblatt,
  without "the newspaper"; "the Lucero Tribune", "the Calloway Courier", "the
  Prairie Ledger", "the Dunmore Sentinel" and "the Ferncliff Gazette" drop the
  lower-case "the"; The Yorkshire Post, The Guardian, The Chronicle of Higher
  Education and The Methodist Herald keep their capitalised "The".
- A pupil who "told the paper" after the principal's interview with The
  Yorkshire Post gives her own interview: a new post by her with platform The
  Yorkshire Post. A quote running over two paragraphs after that interview is
  reported belongs to it, one quote per paragraph (the first without a closing
  mark).
- A chief executive "quoted in the release as calling" someone a phrase: the
  fragment is partial, speaker the executive, post the release (author None).
- A student group's lawsuit has author None; its named members are people who
  do not speak.
- A student who "posted a photo ... on X with the caption" gives a whole quote
  (not partial); a reply under it belongs to it.
- A Reddit thread by an anonymous user has author None and platform Reddit; a
  named winner's reply under it belongs to it with that winner as speaker.
  Words given whole "with the words" are not partial.
- An unnamed student who "told BBC News" gives an interview: a post with author
  None and platform BBC News, and her words speak as None.
- An unnamed district spokesman at a news conference speaks as None, no post.
- "He said in an interview" with no outlet is not a post.
- In "Oduya, he added, “deserves credit ...”" after a Substack essay, the
  fragment is partial and belongs to the essay; a scare quote in single marks
  inside a quote is part of the quote's text.
- A petition started on Change.org by a named student is her post with
  platform Change.org, and "the petition calls the closure “...”" is a partial
  quote by her; a letter to the editor of a named newspaper is the writer's post
  with that newspaper as platform.
- A comment under a Substack essay by the person the essay answers belongs to
  the essay.
- "Said at the meeting", "told the crowd" at a rally, "told reporters" and "said
  at the closing ceremony" are not posts.
- Nicknames in marks (“the Weather Girl,”, “the Professor,”) are not quotes.
- Titles such as Bishop, Imam, Rabbi, Pastor, Father, Mayor, Coach, Judge,
  Professor, Dr., the Rev. and the Venerable are not part of a canonical name;
  the monastic name Thich Minh Tam and the Chinese name Zhang Yuting keep their
  written order, and hyphenated surnames are part of the name.
- Two people sharing a surname (Priya and Lakshmi Venkataraman, Ines and
  Matthias Falkenrath, Gretchen and Eric Halvorsen): the bare surname refers to
  the one already named when it is used ("Venkataraman’s mother",
  "Falkenrath’s father"); "Priya" alone is Priya Venkataraman. Nikolai Petrov
  and Anastasia Petrova are distinct names.
- A second TikTok video is a new TikTok post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EK: list[dict] = [
    {
        "name": "bishop-pastoral-letter-facebook-comment-diocese-statement",
        "text": (
            "Bishop Aurelio Mendonça of the Diocese of San Lucero ordered every parish "
            "school to drop its cellphone ban in a pastoral letter read at Masses on "
            "Sunday. “Our children live in two worlds, and we must meet them in both,” he "
            "wrote.\n\n"
            "The letter drew a sharp response from Clara Wendt, the principal of St. "
            "Brendan Academy, who posted on Facebook that the order was “a solution in "
            "search of a problem.” Under her post, a parent, Joaquim Reis, commented: "
            "“Finally someone says it out loud.”\n\n"
            "Mendonça defended the letter in an interview with the Lucero Tribune on "
            "Monday. “I am not asking principals to give up discipline. I am asking them to "
            "teach it,” the 68-year-old bishop said.\n\n"
            "The diocese’s school office said in a statement that guidance for teachers "
            "would follow within a month. “No school will be left to sort this out alone,” "
            "the statement said."
        ),
        "quotes": [
            (
                "Our children live in two worlds, and we must meet them in both,",
                "Aurelio Mendonça",
                False,
                "P1",
            ),
            ("a solution in search of a problem.", "Clara Wendt", True, "P2"),
            ("Finally someone says it out loud.", "Joaquim Reis", False, "P2"),
            (
                ("I am not asking principals to give up discipline. I am asking them to teach it,"),
                "Aurelio Mendonça",
                False,
                "P3",
            ),
            ("No school will be left to sort this out alone,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Aurelio Mendonça", None),
            ("P2", "Clara Wendt", "Facebook"),
            ("P3", "Aurelio Mendonça", "Lucero Tribune"),
            ("P4", None, None),
        ],
        "people": ["Aurelio Mendonça", "Clara Wendt", "Joaquim Reis"],
    },
    {
        "name": "university-president-email-union-x-news-conference",
        "text": (
            "The president of Harrowgate University, Dr. Simone Achterberg, told staff in "
            "an email on Thursday that she would step down at the end of the academic year. "
            "“Eleven years is long enough for any one person to shape a place,” she wrote.\n\n"
            "Student leaders were less gracious. “She leaves behind a campus where rent "
            "eats half of a stipend,” said Omari Bellweather, the president of the Graduate "
            "Workers Union, which represents 3,200 teaching assistants. The union repeated "
            "the point on X: “Housing first, farewells later.”\n\n"
            "At a news conference on Friday, the board’s chair, Lionel Fairbrother, praised "
            "Achterberg’s record on research funding. “We doubled our grants under her "
            "watch,” he said, adding that a search committee would be named by May.\n\n"
            "Achterberg, 61, did not respond to a request for comment. In a LinkedIn post "
            "on Saturday, she thanked the faculty for “the best years of my working life.”"
        ),
        "quotes": [
            (
                "Eleven years is long enough for any one person to shape a place,",
                "Simone Achterberg",
                False,
                "P1",
            ),
            (
                "She leaves behind a campus where rent eats half of a stipend,",
                "Omari Bellweather",
                False,
                None,
            ),
            ("Housing first, farewells later.", None, False, "P2"),
            ("We doubled our grants under her watch,", "Lionel Fairbrother", False, None),
            ("the best years of my working life.", "Simone Achterberg", True, "P3"),
        ],
        "posts": [
            ("P1", "Simone Achterberg", None),
            ("P2", None, "X"),
            ("P3", "Simone Achterberg", "LinkedIn"),
        ],
        "people": ["Simone Achterberg", "Omari Bellweather", "Lionel Fairbrother"],
    },
    {
        "name": "student-tiktok-dress-code-teacher-comment-mother-interview",
        "text": (
            "A 16-year-old student at Ridgeline High School in Calloway, Ohio, has drawn "
            "more than two million views with a TikTok video criticizing the school’s new "
            "dress code. “They measured my skirt with a ruler in front of the whole class,” "
            "Priya Venkataraman says in the video.\n\n"
            "Beneath it, a former teacher at the school, Gordon Pruitt, left a comment: “I "
            "taught there for 20 years. This is not the Ridgeline I knew.”\n\n"
            "The district superintendent, Helen Marchetti, said in a statement on Wednesday "
            "that the policy was “under review” and that no student had been disciplined. "
            "The Calloway Education Association, the teachers’ union, posted on Facebook "
            "that its members had not been consulted.\n\n"
            "Venkataraman’s mother, Lakshmi Venkataraman, told the Calloway Courier that "
            "the family had received threats. “My daughter asked a fair question. She "
            "should not need a lawyer for that,” she said.\n\n"
            "Priya posted a second video on TikTok on Thursday. “I’m not going anywhere,” "
            "the teenager said in it."
        ),
        "quotes": [
            (
                "They measured my skirt with a ruler in front of the whole class,",
                "Priya Venkataraman",
                False,
                "P1",
            ),
            (
                "I taught there for 20 years. This is not the Ridgeline I knew.",
                "Gordon Pruitt",
                False,
                "P1",
            ),
            ("under review", "Helen Marchetti", True, "P2"),
            (
                "My daughter asked a fair question. She should not need a lawyer for that,",
                "Lakshmi Venkataraman",
                False,
                "P4",
            ),
            ("I’m not going anywhere,", "Priya Venkataraman", False, "P5"),
        ],
        "posts": [
            ("P1", "Priya Venkataraman", "TikTok"),
            ("P2", "Helen Marchetti", None),
            ("P3", None, "Facebook"),
            ("P4", "Lakshmi Venkataraman", "Calloway Courier"),
            ("P5", "Priya Venkataraman", "TikTok"),
        ],
        "people": [
            "Priya Venkataraman",
            "Gordon Pruitt",
            "Helen Marchetti",
            "Lakshmi Venkataraman",
        ],
    },
    {
        "name": "imam-youtube-sermon-councillor-x-secular-release-radio",
        "text": (
            "Imam Yusuf Al-Rashidi, who leads the Dar al-Huda mosque in Bramford, urged "
            "young Muslims to vote in next month’s local elections in a sermon he posted to "
            "YouTube on Friday. “Staying home is also a choice, and it is usually the wrong "
            "one,” he said in the sermon, which has been viewed 90,000 times.\n\n"
            "The mosque’s youth coordinator, Samira Haddad, 24, said turnout among her "
            "group had doubled since 2019. “They are not apathetic. They were never asked,” "
            "she said.\n\n"
            "Not everyone welcomed the message. A local councillor, Derek Ainsworth, wrote "
            "on X that religious leaders should “stay out of politics,” and the Bramford "
            "Secular Society issued a press release calling the sermon “campaigning from "
            "the pulpit.”\n\n"
            "Al-Rashidi answered his critics in an interview with BBC Radio Bramford on "
            "Monday. “I did not name a party or a candidate. I named a duty,” the imam "
            "said. “If that is politics, then so is every sermon on honesty.”"
        ),
        "quotes": [
            (
                "Staying home is also a choice, and it is usually the wrong one,",
                "Yusuf Al-Rashidi",
                False,
                "P1",
            ),
            ("They are not apathetic. They were never asked,", "Samira Haddad", False, None),
            ("stay out of politics,", "Derek Ainsworth", True, "P2"),
            ("campaigning from the pulpit.", None, True, "P3"),
            (
                "I did not name a party or a candidate. I named a duty,",
                "Yusuf Al-Rashidi",
                False,
                "P4",
            ),
            (
                "If that is politics, then so is every sermon on honesty.",
                "Yusuf Al-Rashidi",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Yusuf Al-Rashidi", "YouTube"),
            ("P2", "Derek Ainsworth", "X"),
            ("P3", None, "press release"),
            ("P4", "Yusuf Al-Rashidi", "BBC Radio Bramford"),
        ],
        "people": ["Yusuf Al-Rashidi", "Samira Haddad", "Derek Ainsworth"],
    },
    {
        "name": "school-board-meeting-substack-essay-title-comment",
        "text": (
            "A proposal to close two elementary schools in Westmere drew more than 300 "
            "people to a school board meeting on Tuesday night. “You are closing the only "
            "building in this neighborhood that still has its lights on after dark,” said "
            "Rosalind Achebe, a grandmother of three pupils at Fenwick Elementary.\n\n"
            "The board’s vice-chair, Martin Oyelaran, said at the meeting that enrollment "
            "had fallen by a quarter in a decade. “We are heating classrooms for children "
            "who moved away years ago,” he said.\n\n"
            "Two days later, a Fenwick teacher, Hannah Lutz, published an essay on Substack "
            "titled “The Arithmetic of Closing a School.” In it she argued that the savings "
            "had been overstated. “The district counted the heating bill and forgot the bus "
            "bill,” Lutz wrote.\n\n"
            "Oyelaran replied in a comment beneath her essay. “Fair point on buses. We will "
            "publish the full numbers,” he wrote.\n\n"
            "The Westmere Parents Council said in a statement on Friday that it would ask "
            "for an independent audit. The board votes on March 14."
        ),
        "quotes": [
            (
                (
                    "You are closing the only building in this neighborhood that still has its "
                    "lights on after dark,"
                ),
                "Rosalind Achebe",
                False,
                None,
            ),
            (
                "We are heating classrooms for children who moved away years ago,",
                "Martin Oyelaran",
                False,
                None,
            ),
            (
                "The district counted the heating bill and forgot the bus bill,",
                "Hannah Lutz",
                False,
                "P1",
            ),
            (
                "Fair point on buses. We will publish the full numbers,",
                "Martin Oyelaran",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Hannah Lutz", "Substack"),
            ("P2", None, None),
        ],
        "people": ["Rosalind Achebe", "Martin Oyelaran", "Hannah Lutz"],
    },
    {
        "name": "teen-climate-nickname-instagram-headmaster-newspaper-pastor-facebook",
        "text": (
            "Sixteen-year-old Ines Falkenrath, known to her 400,000 Instagram followers as "
            "“the Weather Girl,” announced on Instagram on Sunday that she would skip her "
            "final exams to sail to a climate summit in Lisbon. “School will still be there "
            "in June. The ice will not,” she wrote beneath a photo of the boat.\n\n"
            "Her headmaster at the Konradi Gymnasium in Lübeck, Reinhold Sturm, told the "
            "newspaper Lübecker Abendblatt that the school would not grant an exemption. "
            "“We admire her courage, but the rules apply to everyone,” Sturm said.\n\n"
            "Falkenrath’s father, Matthias Falkenrath, a Lutheran pastor, wrote on Facebook "
            "that the family supported her. “She has our blessing and, yes, our worry,” he "
            "posted.\n\n"
            "In a video on TikTok on Monday, the teenager said she had arranged to sit the "
            "exams in the autumn instead. “I’m not dropping out, I’m postponing,” she said."
        ),
        "quotes": [
            (
                "School will still be there in June. The ice will not,",
                "Ines Falkenrath",
                False,
                "P1",
            ),
            (
                "We admire her courage, but the rules apply to everyone,",
                "Reinhold Sturm",
                False,
                "P2",
            ),
            ("She has our blessing and, yes, our worry,", "Matthias Falkenrath", False, "P3"),
            ("I’m not dropping out, I’m postponing,", "Ines Falkenrath", False, "P4"),
        ],
        "posts": [
            ("P1", "Ines Falkenrath", "Instagram"),
            ("P2", "Reinhold Sturm", "Lübecker Abendblatt"),
            ("P3", "Matthias Falkenrath", "Facebook"),
            ("P4", "Ines Falkenrath", "TikTok"),
        ],
        "people": ["Ines Falkenrath", "Reinhold Sturm", "Matthias Falkenrath"],
    },
    {
        "name": "student-paper-open-letter-ap-dean-email-adviser",
        "text": (
            "The editors of The Carrow Ledger, the student newspaper at Carrow College, "
            "published an open letter on Wednesday accusing the administration of cutting "
            "their budget in retaliation for an investigation into campus housing. “We were "
            "told the money ran out. It ran out the week after our story ran,” the letter "
            "said.\n\n"
            "The paper’s editor-in-chief, Jonah Whitcombe, a junior, said the cut amounted "
            "to 40 percent of its funding. “We print on Tuesdays. Right now we can afford "
            "every other Tuesday,” he told the Associated Press.\n\n"
            "The dean of students, Patricia Obuya, denied any link in an email to the "
            "student body. “Every student organization saw a reduction this year,” she "
            "wrote. “The Ledger was not singled out.”\n\n"
            "The paper’s faculty adviser, the journalism professor Felix Anand, said in an "
            "interview that in 30 years he had “never seen a coincidence this well timed.” "
            "The college’s trustees meet next month."
        ),
        "quotes": [
            (
                "We were told the money ran out. It ran out the week after our story ran,",
                None,
                False,
                "P1",
            ),
            (
                "We print on Tuesdays. Right now we can afford every other Tuesday,",
                "Jonah Whitcombe",
                False,
                "P2",
            ),
            (
                "Every student organization saw a reduction this year,",
                "Patricia Obuya",
                False,
                "P3",
            ),
            ("The Ledger was not singled out.", "Patricia Obuya", False, "P3"),
            ("never seen a coincidence this well timed.", "Felix Anand", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jonah Whitcombe", "Associated Press"),
            ("P3", "Patricia Obuya", None),
        ],
        "people": ["Jonah Whitcombe", "Patricia Obuya", "Felix Anand"],
    },
    {
        "name": "rabbi-podcast-synagogue-statement-x-caption-reply",
        "text": (
            "Rabbi Naomi Feldblum, who leads Congregation Beth Shalom in Ashbury, said on "
            "the podcast “Faith and Reason” that her synagogue would open its doors to "
            "students locked out of the nearby university library by a strike. “A house of "
            "study that stays closed during exams is not much of a house of study,” she "
            "said on the episode, released Tuesday.\n\n"
            "The congregation’s board said in a statement that the rooms would be available "
            "from 8 a.m. to 10 p.m. on weekdays.\n\n"
            "A student, Kwame Asante-Boateng, 20, posted a photo of the crowded sanctuary "
            "on X with the caption “Best library in town, and they bring bagels.” Feldblum "
            "replied under his post: “Come back for the Shabbat dinner too.”\n\n"
            "The university’s provost, Gerald Henshaw, told reporters that he was grateful. "
            "“The community is doing what we should have done,” he said. The strike entered "
            "its third week on Monday."
        ),
        "quotes": [
            (
                (
                    "A house of study that stays closed during exams is not much of a house of "
                    "study,"
                ),
                "Naomi Feldblum",
                False,
                "P1",
            ),
            ("Best library in town, and they bring bagels.", "Kwame Asante-Boateng", False, "P3"),
            ("Come back for the Shabbat dinner too.", "Naomi Feldblum", False, "P3"),
            ("The community is doing what we should have done,", "Gerald Henshaw", False, None),
        ],
        "posts": [
            ("P1", "Naomi Feldblum", "Faith and Reason"),
            ("P2", None, None),
            ("P3", "Kwame Asante-Boateng", "X"),
        ],
        "people": ["Naomi Feldblum", "Kwame Asante-Boateng", "Gerald Henshaw"],
    },
    {
        "name": "principal-interview-two-paragraph-quote-pupil-trust-release",
        "text": (
            "Desmond Okafor spent 14 years turning around failing schools in Leeds before "
            "taking over Hollins Park Academy, which inspectors rated inadequate last "
            "spring. In an interview with The Yorkshire Post published on Saturday, the "
            "52-year-old principal described his first term.\n\n"
            "“The first thing I did was take the locks off the toilets. Children were being "
            "timed, and it humiliated them.\n\n"
            "“The second thing was to learn every name. There are 1,140 of them. I am at "
            "about 900.”\n\n"
            "One of those pupils, 15-year-old Aisha Begum, said the change was visible. "
            "“People actually want to come in now,” she told the paper.\n\n"
            "The academy trust that runs the school, Northern Lights Education, said in a "
            "press release that exam entries had risen by a fifth. Its chief executive, "
            "Rupert Gale, was quoted in the release as calling Okafor “the best appointment "
            "we have made.”"
        ),
        "quotes": [
            (
                (
                    "The first thing I did was take the locks off the toilets. Children were being "
                    "timed, and it humiliated them."
                ),
                "Desmond Okafor",
                False,
                "P1",
            ),
            (
                (
                    "The second thing was to learn every name. There are 1,140 of them. I am at "
                    "about 900."
                ),
                "Desmond Okafor",
                False,
                "P1",
            ),
            ("People actually want to come in now,", "Aisha Begum", False, "P2"),
            ("the best appointment we have made.", "Rupert Gale", True, "P3"),
        ],
        "posts": [
            ("P1", "Desmond Okafor", "The Yorkshire Post"),
            ("P2", "Aisha Begum", "The Yorkshire Post"),
            ("P3", None, "press release"),
        ],
        "people": ["Desmond Okafor", "Aisha Begum", "Rupert Gale"],
    },
    {
        "name": "student-coalition-lawsuit-instagram-university-statement-chronicle",
        "text": (
            "The Pemberton Free Speech Coalition, a student group, sued Pemberton State "
            "University on Monday, arguing that a new rule barring protests within 50 feet "
            "of academic buildings violates the First Amendment. “The university has drawn "
            "a circle around every place where students actually are,” the lawsuit says.\n\n"
            "One of the group’s members, Lucia Ferreira-Mills, a 19-year-old sophomore, "
            "said on Instagram that she had been warned twice for handing out leaflets. “I "
            "was standing still. I was holding paper,” she wrote.\n\n"
            "The university said in a statement that the rule was “content-neutral” and "
            "protected classes from disruption. Its general counsel, Harold Bancroft, told "
            "The Chronicle of Higher Education that the school expected to prevail. “Time, "
            "place and manner rules are as old as the amendment itself,” Bancroft said.\n\n"
            "Two other members named in the suit, Tobias Reinholt and Mei-Ling Zhou, did "
            "not comment. Judge Corinne Abara will hear arguments on April 2."
        ),
        "quotes": [
            (
                (
                    "The university has drawn a circle around every place where students actually "
                    "are,"
                ),
                None,
                False,
                "P1",
            ),
            ("I was standing still. I was holding paper,", "Lucia Ferreira-Mills", False, "P2"),
            ("content-neutral", None, True, "P3"),
            (
                "Time, place and manner rules are as old as the amendment itself,",
                "Harold Bancroft",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lucia Ferreira-Mills", "Instagram"),
            ("P3", None, None),
            ("P4", "Harold Bancroft", "The Chronicle of Higher Education"),
        ],
        "people": [
            "Lucia Ferreira-Mills",
            "Harold Bancroft",
            "Tobias Reinholt",
            "Mei-Ling Zhou",
            "Corinne Abara",
        ],
    },
    {
        "name": "church-sale-minister-letter-charity-release-instagram-radio",
        "text": (
            "St. Columba’s Church in Kilbride, a Presbyterian congregation that has shrunk "
            "to 40 members, will sell its Victorian building to a charity that plans to "
            "turn it into a youth centre, its minister, the Rev. Fiona MacAuley, announced "
            "in a letter to parishioners on Sunday. “A church is its people, not its roof,” "
            "she wrote.\n\n"
            "The charity, Open Door Youth Trust, said in a press release that it would "
            "spend £1.2 million on the conversion. Its founder, Callum Reid, who grew up "
            "two streets away, posted on Instagram: “I got my first detention in that hall. "
            "Now I get the keys.”\n\n"
            "Some members were unhappy. “My parents were married there, and I was baptised "
            "there,” said Morag Sinclair, 83. “I don’t want a climbing wall where the pews "
            "were.”\n\n"
            "MacAuley said in an interview on BBC Radio Scotland on Monday that the old "
            "pews would be kept in a small chapel at the back of the building."
        ),
        "quotes": [
            ("A church is its people, not its roof,", "Fiona MacAuley", False, "P1"),
            (
                "I got my first detention in that hall. Now I get the keys.",
                "Callum Reid",
                False,
                "P3",
            ),
            (
                "My parents were married there, and I was baptised there,",
                "Morag Sinclair",
                False,
                None,
            ),
            ("I don’t want a climbing wall where the pews were.", "Morag Sinclair", False, None),
        ],
        "posts": [
            ("P1", "Fiona MacAuley", None),
            ("P2", None, "press release"),
            ("P3", "Callum Reid", "Instagram"),
            ("P4", "Fiona MacAuley", "BBC Radio Scotland"),
        ],
        "people": ["Fiona MacAuley", "Callum Reid", "Morag Sinclair"],
    },
    {
        "name": "scholarship-reddit-thread-winner-reply-foundation-npr-x-words",
        "text": (
            "A Reddit thread started by an anonymous user on Tuesday asked whether the "
            "Halvorsen Scholarship, worth $40,000 a year, was rigged in favor of "
            "private-school applicants. “Every winner in five years came from the same four "
            "schools,” the user wrote.\n\n"
            "Under the thread, one of this year’s winners, Dante Morales, replied: “I went "
            "to a public school in Fresno and worked nights. Check before you post.”\n\n"
            "The Halvorsen Foundation said in a statement that selection was “needs-blind "
            "and school-blind.” Its executive director, Gretchen Halvorsen, a granddaughter "
            "of the founder, Eric Halvorsen, went further in an interview with NPR. “We "
            "read every essay without the school’s name on it,” she said. “That is not a "
            "slogan. That is the process.”\n\n"
            "Morales later posted a screenshot of his acceptance letter on X with the words "
            "“for the doubters.” By Thursday the thread had more than 6,000 comments."
        ),
        "quotes": [
            ("Every winner in five years came from the same four schools,", None, False, "P1"),
            (
                "I went to a public school in Fresno and worked nights. Check before you post.",
                "Dante Morales",
                False,
                "P1",
            ),
            ("needs-blind and school-blind.", None, True, "P2"),
            (
                "We read every essay without the school’s name on it,",
                "Gretchen Halvorsen",
                False,
                "P3",
            ),
            ("That is not a slogan. That is the process.", "Gretchen Halvorsen", False, "P3"),
            ("for the doubters.", "Dante Morales", False, "P4"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Gretchen Halvorsen", "NPR"),
            ("P4", "Dante Morales", "X"),
        ],
        "people": ["Dante Morales", "Gretchen Halvorsen", "Eric Halvorsen"],
    },
    {
        "name": "monk-facebook-video-parents-letter-newspaper-instagram-conference",
        "text": (
            "A Buddhist monk who teaches meditation in public schools in Cedar Prairie, "
            "Minnesota, has been asked to stop after a parents’ group complained that the "
            "sessions amounted to religious instruction. The Venerable Thich Minh Tam, 47, "
            "said in a Facebook video on Thursday that he was saddened. “I teach breathing. "
            "I do not teach Buddha,” the monk said.\n\n"
            "The group, Parents for Neutral Classrooms, wrote in a letter to the school "
            "district that the sessions included chanting. Its spokesperson, Lorraine "
            "Kessler, told the Prairie Ledger that she had no objection to meditation "
            "itself. “Call it what you like. If there is a bell and a bow, it is a ritual,” "
            "Kessler said.\n\n"
            "Several students defended the monk. An eighth-grader, Jamal Whitfield, posted "
            "on Instagram that the sessions were “the only quiet 10 minutes of my day.”\n\n"
            "At a news conference on Friday, a district spokesman said a review panel would "
            "decide by February. “We want to get this right, not fast,” he said."
        ),
        "quotes": [
            ("I teach breathing. I do not teach Buddha,", "Thich Minh Tam", False, "P1"),
            (
                "Call it what you like. If there is a bell and a bow, it is a ritual,",
                "Lorraine Kessler",
                False,
                "P3",
            ),
            ("the only quiet 10 minutes of my day.", "Jamal Whitfield", True, "P4"),
            ("We want to get this right, not fast,", None, False, None),
        ],
        "posts": [
            ("P1", "Thich Minh Tam", "Facebook"),
            ("P2", None, None),
            ("P3", "Lorraine Kessler", "Prairie Ledger"),
            ("P4", "Jamal Whitfield", "Instagram"),
        ],
        "people": ["Thich Minh Tam", "Lorraine Kessler", "Jamal Whitfield"],
    },
    {
        "name": "vice-chancellor-guardian-op-ed-union-statement-linkedin-student",
        "text": (
            "Professor Adaeze Nwosu, the vice-chancellor of the University of Castlemoor, "
            "wrote in an op-ed in The Guardian on Monday that British universities should "
            "cap the number of international students they admit. “We have built our "
            "finances on a promise we cannot keep to the students who pay for it,” she "
            "argued.\n\n"
            "The essay angered the university’s students’ union, whose president, Rhys "
            "Pritchard, said in a statement that Nwosu had “thrown 6,000 of her own "
            "students under the bus.” International students make up a third of "
            "Castlemoor’s enrolment.\n\n"
            "Nwosu, 58, replied on LinkedIn on Tuesday. “I did not call for fewer "
            "international students tomorrow. I called for honesty about what we can offer "
            "them,” she wrote.\n\n"
            "A Chinese doctoral student in engineering, Zhang Yuting, said she had read the "
            "op-ed twice. “The first time I was angry,” Zhang said. “The second time I "
            "thought she was right.”"
        ),
        "quotes": [
            (
                (
                    "We have built our finances on a promise we cannot keep to the students who pay "
                    "for it,"
                ),
                "Adaeze Nwosu",
                False,
                "P1",
            ),
            ("thrown 6,000 of her own students under the bus.", "Rhys Pritchard", True, "P2"),
            (
                (
                    "I did not call for fewer international students tomorrow. I called for honesty "
                    "about what we can offer them,"
                ),
                "Adaeze Nwosu",
                False,
                "P3",
            ),
            ("The first time I was angry,", "Zhang Yuting", False, None),
            ("The second time I thought she was right.", "Zhang Yuting", False, None),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu", "The Guardian"),
            ("P2", "Rhys Pritchard", None),
            ("P3", "Adaeze Nwosu", "LinkedIn"),
        ],
        "people": ["Adaeze Nwosu", "Rhys Pritchard", "Zhang Yuting"],
    },
    {
        "name": "coach-prayer-facebook-video-superintendent-reporters-x-reply",
        "text": (
            "A high school football coach in Marlow County, Texas, was placed on leave on "
            "Friday after leading players in prayer at midfield, in defiance of a district "
            "directive. Coach Wade Tillman, 41, posted a video of the prayer on Facebook "
            "the same night. “I will take a knee with these boys every Friday until they "
            "tell me to clear out my office,” he said in the video.\n\n"
            "The superintendent, Dr. Elaine Brubaker, told reporters on Saturday that the "
            "leave was not a punishment. “We are protecting the district from a lawsuit we "
            "would lose,” she said.\n\n"
            "The team’s quarterback, a senior named Caleb Ortega, wrote on X that the "
            "players had asked Tillman to pray with them. “Nobody made us. We asked him,” "
            "Ortega posted. Under Ortega’s post, the coach wrote: “Proud of you, son.”\n\n"
            "The Freedom From Religion Alliance, an advocacy group, said in a press release "
            "that it had filed a complaint with the Texas Education Agency."
        ),
        "quotes": [
            (
                (
                    "I will take a knee with these boys every Friday until they tell me to clear "
                    "out my office,"
                ),
                "Wade Tillman",
                False,
                "P1",
            ),
            (
                "We are protecting the district from a lawsuit we would lose,",
                "Elaine Brubaker",
                False,
                None,
            ),
            ("Nobody made us. We asked him,", "Caleb Ortega", False, "P2"),
            ("Proud of you, son.", "Wade Tillman", False, "P2"),
        ],
        "posts": [
            ("P1", "Wade Tillman", "Facebook"),
            ("P2", "Caleb Ortega", "X"),
            ("P3", None, "press release"),
        ],
        "people": ["Wade Tillman", "Elaine Brubaker", "Caleb Ortega"],
    },
    {
        "name": "valedictorian-speech-youtube-by-brother-principal-email-teacher-instagram",
        "text": (
            "The valedictorian of Brookhaven High School in Dunmore, Pennsylvania, was "
            "denied her diploma on stage on Saturday after departing from her approved "
            "speech to criticize cuts to the school’s art program. Video of the speech, "
            "posted to YouTube by her brother, Nikolai Petrov, has been watched 1.3 million "
            "times.\n\n"
            "“They told me to thank the administration. I would rather thank the art "
            "teacher they fired,” Anastasia Petrova, 18, says in the clip.\n\n"
            "The school’s principal, Bernard Quaid, said in an email to families that the "
            "diploma would be mailed. “Speeches are reviewed for a reason,” he wrote.\n\n"
            "The fired teacher, Olufemi Dada, wrote on Instagram that he had been in the "
            "audience. “I cried in row 12,” he posted.\n\n"
            "In an interview with the Dunmore Sentinel on Sunday, Petrova said she had no "
            "regrets. “If that costs me a piece of paper, fine,” she said."
        ),
        "quotes": [
            (
                (
                    "They told me to thank the administration. I would rather thank the art teacher "
                    "they fired,"
                ),
                "Anastasia Petrova",
                False,
                "P1",
            ),
            ("Speeches are reviewed for a reason,", "Bernard Quaid", False, "P2"),
            ("I cried in row 12,", "Olufemi Dada", False, "P3"),
            ("If that costs me a piece of paper, fine,", "Anastasia Petrova", False, "P4"),
        ],
        "posts": [
            ("P1", "Nikolai Petrov", "YouTube"),
            ("P2", "Bernard Quaid", None),
            ("P3", "Olufemi Dada", "Instagram"),
            ("P4", "Anastasia Petrova", "Dunmore Sentinel"),
        ],
        "people": ["Nikolai Petrov", "Anastasia Petrova", "Bernard Quaid", "Olufemi Dada"],
    },
    {
        "name": "interfaith-open-letter-rally-mayor-x-priest-reply-statement",
        "text": (
            "More than 200 clergy from the Riverton Interfaith Council signed an open "
            "letter on Wednesday urging the city to keep its after-school programs open "
            "through the summer. “A child with nowhere to go at 3 p.m. is a child we have "
            "all failed,” the letter said.\n\n"
            "At a rally outside City Hall on Thursday, Pastor Eunice Bamgbose of Grace "
            "Tabernacle told the crowd that her church had already taken in 60 children. "
            "“We are out of chairs,” she said. “We are not out of love.”\n\n"
            "Mayor Douglas Featherstone said on X that the budget was “not a wish list” and "
            "that the programs had been cut by the state, not the city. Father Tomasz "
            "Wiśniewski of St. Hedwig’s parish replied under the post: “Then let us go to "
            "the state capitol together, Mr. Mayor.”\n\n"
            "The mayor’s office said in a statement on Friday that he would meet the "
            "council’s leaders next week."
        ),
        "quotes": [
            (
                "A child with nowhere to go at 3 p.m. is a child we have all failed,",
                None,
                False,
                "P1",
            ),
            ("We are out of chairs,", "Eunice Bamgbose", False, None),
            ("We are not out of love.", "Eunice Bamgbose", False, None),
            ("not a wish list", "Douglas Featherstone", True, "P2"),
            (
                "Then let us go to the state capitol together, Mr. Mayor.",
                "Tomasz Wiśniewski",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Douglas Featherstone", "X"),
            ("P3", None, None),
        ],
        "people": ["Eunice Bamgbose", "Douglas Featherstone", "Tomasz Wiśniewski"],
    },
    {
        "name": "college-cheating-quote-first-unnamed-bbc-release-substack-added",
        "text": (
            "“We did not catch them. Their own group chat caught them,” the principal of "
            "Linwood Sixth Form College, Margaret Oduya, said on Tuesday, describing how 23 "
            "students were found to have shared answers to a chemistry paper.\n\n"
            "The students, she told a news conference, would resit the exam in June.\n\n"
            "A 17-year-old student at the college, who asked not to be named, told BBC News "
            "that the chat had begun as a joke. “Someone posted one answer, and then it "
            "snowballed,” she said.\n\n"
            "The exam board, Cambria Assessment, said in a press release that the breach "
            "was “isolated and contained.”\n\n"
            "Writing on Substack on Wednesday, the education commentator Julian Prescott "
            "argued that the case showed how little schools understand group chats. "
            "“Teachers imagine a dark web. It is a sticker-filled chat called ‘chem "
            "revision lol’,” he wrote. Oduya, he added, “deserves credit for not pretending "
            "otherwise.”"
        ),
        "quotes": [
            (
                "We did not catch them. Their own group chat caught them,",
                "Margaret Oduya",
                False,
                None,
            ),
            ("Someone posted one answer, and then it snowballed,", None, False, "P1"),
            ("isolated and contained.", None, True, "P2"),
            (
                (
                    "Teachers imagine a dark web. It is a sticker-filled chat called ‘chem revision "
                    "lol’,"
                ),
                "Julian Prescott",
                False,
                "P3",
            ),
            ("deserves credit for not pretending otherwise.", "Julian Prescott", True, "P3"),
        ],
        "posts": [
            ("P1", None, "BBC News"),
            ("P2", None, "press release"),
            ("P3", "Julian Prescott", "Substack"),
        ],
        "people": ["Margaret Oduya", "Julian Prescott"],
    },
    {
        "name": "seminary-closure-release-petition-letter-to-editor",
        "text": (
            "Westbrook Theological Seminary, which has trained Methodist ministers since "
            "1868, will close in 2026, its board announced in a press release on Monday. "
            "“This decision was made with grief and with open eyes,” the board’s chair, the "
            "Rev. Dr. Harold Quincey, said in the release.\n\n"
            "Many students learned the news from the release. “I found out from my phone in "
            "the middle of a Greek exam,” said Beatriz Salgado-Ruiz, a second-year student, "
            "who has since started a petition on Change.org that has gathered 4,000 "
            "signatures. The petition calls the closure “a betrayal of every student who "
            "moved here.”\n\n"
            "A former president of the seminary, Walter Dunleavy, 79, wrote in a letter to "
            "the editor of The Methodist Herald that the board had ignored two offers of a "
            "merger. “There were lifelines. Nobody picked up the phone,” he wrote.\n\n"
            "Quincey declined to respond to the letter. The seminary’s 140 students will be "
            "offered places at partner schools."
        ),
        "quotes": [
            (
                "This decision was made with grief and with open eyes,",
                "Harold Quincey",
                False,
                "P1",
            ),
            (
                "I found out from my phone in the middle of a Greek exam,",
                "Beatriz Salgado-Ruiz",
                False,
                None,
            ),
            ("a betrayal of every student who moved here.", "Beatriz Salgado-Ruiz", True, "P2"),
            ("There were lifelines. Nobody picked up the phone,", "Walter Dunleavy", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Beatriz Salgado-Ruiz", "Change.org"),
            ("P3", "Walter Dunleavy", "The Methodist Herald"),
        ],
        "people": ["Harold Quincey", "Beatriz Salgado-Ruiz", "Walter Dunleavy"],
    },
    {
        "name": "chess-prodigy-nickname-ceremony-coach-instagram-x-reply-gazette",
        "text": (
            "Twelve-year-old Arjun Mehra, whom classmates at Ferncliff Middle School call "
            "“the Professor,” became the youngest winner of the national scholastic chess "
            "championship on Sunday. “I was losing until move 40. Then I stopped being "
            "scared,” he said at the closing ceremony.\n\n"
            "His coach, Svetlana Orlova, a former women’s grandmaster, posted a photo of "
            "the trophy on Instagram. “Twelve years old and plays like he is 40,” she "
            "wrote.\n\n"
            "The runner-up, Noah Kessler-Grant, 14, was gracious. In a post on X, he "
            "congratulated Mehra and promised “a rematch in Denver next year.” Mehra "
            "replied beneath it: “Deal. Bring snacks.”\n\n"
            "Ferncliff’s principal, Dolores Vance, told the Ferncliff Gazette on Monday "
            "that the school would hold an assembly in his honor this week. “He is very "
            "modest, and he is about to be very embarrassed,” Vance said."
        ),
        "quotes": [
            (
                "I was losing until move 40. Then I stopped being scared,",
                "Arjun Mehra",
                False,
                None,
            ),
            ("Twelve years old and plays like he is 40,", "Svetlana Orlova", False, "P1"),
            ("a rematch in Denver next year.", "Noah Kessler-Grant", True, "P2"),
            ("Deal. Bring snacks.", "Arjun Mehra", False, "P2"),
            (
                "He is very modest, and he is about to be very embarrassed,",
                "Dolores Vance",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Svetlana Orlova", "Instagram"),
            ("P2", "Noah Kessler-Grant", "X"),
            ("P3", "Dolores Vance", "Ferncliff Gazette"),
        ],
        "people": ["Arjun Mehra", "Svetlana Orlova", "Noah Kessler-Grant", "Dolores Vance"],
    },
]
