"""The one-hundred-and-seventy-fourth self-made dev set, held out (FX): its first run is an unseen estimate.

Written with set FY, without reading the extraction rules, and committed before
any rule was run on it. Topic area: science and research: universities, studies,
space, medicine research.

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
- Post ids follow the order in which the text first reports each post; a post
  reported without quoted words (a ministry statement, an email, a TikTok video
  named only by its title) is still listed and takes its id where first reported.
- people lists every person named in the text, including people who neither
  speak nor author a post (a department head who declined to comment); a first
  name used inside a quote ("Harold is a friend") is not a new person.
- Quote text is everything between the marks, including the comma or full stop
  inside the closing mark. A split quote with the attribution in the middle is
  two quotes. A quote running over two paragraphs is one quote per paragraph;
  the first paragraph's quote runs to the end of that paragraph (no closing mark).
- A reply "under her post" on X, a reply "in the thread" on Bluesky and a
  comment beneath a LinkedIn post belong to that post; a Bluesky thread is one
  post.
- A quoted X post whose author is named only in the next sentence ("Its author,
  the Leeds cardiologist ...") is that person's X post.
- An op-ed in The Guardian has platform The Guardian and "the Guardian piece"
  is the same post; an op-ed in The New York Times has platform The New York
  Times and "the Times piece" is the same post. "Told the Toronto Star" has
  platform Toronto Star (the lower-case article dropped); "The Star reported"
  and "which the Globe has seen" are not posts.
- Shows take the show's name: the BBC podcast Body Matters -> Body Matters, the
  BBC World Service programme Newsday -> Newsday, TVNZ's Breakfast programme ->
  Breakfast, the BBC's Newsnight programme -> Newsnight, the podcast Deep Time
  Weekly -> Deep Time Weekly; "the Korean broadcaster KBS" -> KBS; Sveriges
  Radio, Radio New Zealand, CNN, The Times, The Boston Globe and the Romanian
  daily Adevărul -> as written. A letter to The Lancet by one named author is
  her post with platform The Lancet.
- An open letter signed by 300 astronomers has author None; "the letter said"
  speaks as None. A Threads "second post" is a new post.
- A named caregiver's TikTok video is her post; an unnamed commenter under it
  speaks as None and belongs to it. A follow-up TikTok video is a new post.
- A university's or a health service's statement has author None and its words
  speak as None; a company's emailed statement quoting a named spokeswoman has
  author None and the spokeswoman is the speaker. A vice-chancellor who "said in
  a statement" herself is the author of that statement (no platform).
- Titles in marks are not quotes: a Substack essay's title, a YouTube
  explainer's title, a TikTok video's title, a documentary series' title.
  Nicknames in marks ("the Thermos", "the teacher's comet", "the giants' hill")
  and scare terms ("build and shelve", "crashes") are not quotes.
- An email described first (no words quoted) and then "told The Boston Globe":
  the quote belongs to the Globe interview, not to the email.
- A YouTube livestream is a YouTube post and "he told viewers" ties a quote to
  it; "told reporters outside his school", "told a packed auditorium", "told the
  audience" at a society meeting, "at a seminar", a Senate or congressional
  hearing and "told reporters at Parliament" are not posts.
- A photo posted "with the caption", a post "with the words", a clip posted
  "with the comment" and words given after "adding:" or after a colon are whole
  quotes (not partial). Sharing a video on X "adding" words is a new X post by
  the sharer.
- "Called the result ... when reached by phone" is a partial quote with no post;
  the story's own "said in an interview" is not a post.
- A memo by a named investigator is her post with no platform; "which was seen
  by Le Monde" does not make Le Monde a post. A named parent's post in a
  Facebook group is her Facebook post. The last post on a laboratory's X account
  has author None and its fragment speaks as None.
- A court filing and "the lawsuit" in the next paragraph are one post, a
  company's lawsuit with author None; "in the same post" ties a quote to the
  LinkedIn post already reported.
- Fragments after "described ... in an essay on Medium" and "Schools, she wrote,"
  belong to that essay and are partial.
- A Facebook Live broadcast by a named researcher is his Facebook post. "Later
  returned to the platform" is a new X post by the same author.
- A union's Instagram post has author None and speaks as None; a provost's
  email to faculty and a spokesperson's email to colleagues "shared with
  reporters" are the writer's posts with no platform.
- "She added" right after a Threads post ties the fragment to that post; "she
  told the newspaper" ties a quote to the newspaper interview just named.
- A Reddit thread opened by a named researcher is her post with platform
  Reddit; an unnamed user's reply speaks as None and belongs to it, and her
  answer reported in narration is a partial quote of the same post.
- Titles Dr., Prof., Professor, Dame and Senator are not part of a canonical
  name; compound given names (Fatima Zahra Benali), Korean names written given
  name first (Hyun-woo Bae, Jun-seo Park), Chinese name order (Chen Xiaoling)
  and the Māori surname Te Rangi (Aroha Te Rangi) are kept as written.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FX: list[dict] = [
    {
        "name": "x-post-mars-sample-delay-news-conference-split-reply",
        "text": (
            "The mission to bring rock cores back from Mars will slip by at least three years, "
            "the head of planetary science at the European Space Agency, Dr. Amara "
            "Okonkwo-Baptiste, announced on X on Thursday. “The science case has not changed. "
            "The budget has,” she wrote.\n\n"
            "At a news conference in Darmstadt later that day, Okonkwo-Baptiste said the agency "
            "would ask member states for another 400 million euros. “We can do this cheaply,” "
            "she said, “or we can do it once.”\n\n"
            "Lukas Brandtner, a geochemist at the University of Innsbruck who has waited a decade "
            "for the samples, replied under her post with a single line: “Some of us will be "
            "retired by then.”\n\n"
            "Engineers at the agency have nicknamed the return capsule “the Thermos,” after its "
            "insulated double shell, and a model of it has become a fixture of school visits to "
            "the Darmstadt control centre."
        ),
        "quotes": [
            (
                "The science case has not changed. The budget has,",
                "Amara Okonkwo-Baptiste",
                False,
                "P1",
            ),
            ("We can do this cheaply,", "Amara Okonkwo-Baptiste", False, None),
            ("or we can do it once.", "Amara Okonkwo-Baptiste", False, None),
            ("Some of us will be retired by then.", "Lukas Brandtner", False, "P1"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Baptiste", "X"),
        ],
        "people": ["Amara Okonkwo-Baptiste", "Lukas Brandtner"],
    },
    {
        "name": "x-post-author-named-later-coffee-study-guardian-op-ed-linkedin",
        "text": (
            "A study of nearly 200,000 adults in Denmark found no link between moderate coffee "
            "drinking and an irregular heartbeat, researchers at Aarhus University reported on "
            "Monday.\n\n"
            "The lead author, Mette Kjærgaard, said the finding should reassure patients who had "
            "been told to give up coffee. “We looked hard for a signal and did not find one,” she "
            "said in an interview.\n\n"
            "“Another cohort study asking people what they remember drinking. Wake me up when "
            "someone runs a trial,” read a post on X that was shared thousands of times within "
            "hours. Its author, the Leeds cardiologist Sanjay Raghunathan, expanded on the "
            "argument in an op-ed in The Guardian on Tuesday. “Memory is a poor measuring cup,” "
            "he wrote.\n\n"
            "Raghunathan went on in the Guardian piece to call observational diet research “a "
            "hall of mirrors” and urged funders to pay for randomised trials instead.\n\n"
            "Kjærgaard answered him on LinkedIn the next day. “A 20-year trial of coffee is not "
            "going to happen. We work with the data people actually give us,” she wrote."
        ),
        "quotes": [
            ("We looked hard for a signal and did not find one,", "Mette Kjærgaard", False, None),
            (
                "Another cohort study asking people what they remember drinking. Wake me up when "
                "someone runs a trial,",
                "Sanjay Raghunathan",
                False,
                "P1",
            ),
            ("Memory is a poor measuring cup,", "Sanjay Raghunathan", False, "P2"),
            ("a hall of mirrors", "Sanjay Raghunathan", True, "P2"),
            (
                "A 20-year trial of coffee is not going to happen. We work with the data people "
                "actually give us,",
                "Mette Kjærgaard",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sanjay Raghunathan", "X"),
            ("P2", "Sanjay Raghunathan", "The Guardian"),
            ("P3", "Mette Kjærgaard", "LinkedIn"),
        ],
        "people": ["Mette Kjærgaard", "Sanjay Raghunathan"],
    },
    {
        "name": "open-letter-observatory-hearing-threads-second-post",
        "text": (
            "More than 300 astronomers signed an open letter on Friday urging the National "
            "Science Foundation not to close the Kitt Ridge Radio Observatory in New Mexico, "
            "which the foundation has proposed shutting to save $14 million a year.\n\n"
            "“Closing the dish would end the longest continuous record of pulsar timing in the "
            "Northern Hemisphere,” the letter said.\n\n"
            "At a congressional hearing on Tuesday, the foundation’s deputy director, Carlos "
            "Ibarra-Funes, told lawmakers that no decision was final. “Nothing has been switched "
            "off, and nothing will be without a public comment period,” he said.\n\n"
            "One of the letter’s organisers, Dr. Keiko Yamashiro of the University of Arizona, "
            "posted on Threads after the hearing that she was “cautiously relieved.” She added in "
            "a second post: “Cautious because we have heard this before.”"
        ),
        "quotes": [
            (
                "Closing the dish would end the longest continuous record of pulsar timing in the "
                "Northern Hemisphere,",
                None,
                False,
                "P1",
            ),
            (
                "Nothing has been switched off, and nothing will be without a public comment "
                "period,",
                "Carlos Ibarra-Funes",
                False,
                None,
            ),
            ("cautiously relieved.", "Keiko Yamashiro", True, "P2"),
            ("Cautious because we have heard this before.", "Keiko Yamashiro", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Keiko Yamashiro", "Threads"),
            ("P3", "Keiko Yamashiro", "Threads"),
        ],
        "people": ["Carlos Ibarra-Funes", "Keiko Yamashiro"],
    },
    {
        "name": "press-release-dementia-drug-podcast-tiktok-comment",
        "text": (
            "A drug that clears amyloid from the brain slowed memory decline by about a quarter "
            "in a trial of 1,800 patients, its maker, the Swiss company Helvara Therapeutics, said "
            "in a press release on Wednesday.\n\n"
            "“For families, a quarter is months of recognising each other,” the release quoted "
            "Helvara’s chief medical officer, Dr. Ingrid Solheim, as saying.\n\n"
            "Dr. Babajide Oyelaran, a neurologist at King’s College London who was not involved "
            "in the trial, was more guarded on the BBC podcast Body Matters. “A quarter of a small "
            "effect is still a small effect,” he said. “And these drugs cause brain swelling in "
            "some patients.”\n\n"
            "The debate spilled onto TikTok after a caregiver in Seville, Rosa Delgado-Marín, "
            "posted a video about her mother’s diagnosis in which she called the drug “our only "
            "hope right now.” Under the video, one commenter wrote: “Hope is not a treatment "
            "plan.”"
        ),
        "quotes": [
            (
                "For families, a quarter is months of recognising each other,",
                "Ingrid Solheim",
                False,
                "P1",
            ),
            (
                "A quarter of a small effect is still a small effect,",
                "Babajide Oyelaran",
                False,
                "P2",
            ),
            (
                "And these drugs cause brain swelling in some patients.",
                "Babajide Oyelaran",
                False,
                "P2",
            ),
            ("our only hope right now.", "Rosa Delgado-Marín", True, "P3"),
            ("Hope is not a treatment plan.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Babajide Oyelaran", "Body Matters"),
            ("P3", "Rosa Delgado-Marín", "TikTok"),
        ],
        "people": ["Ingrid Solheim", "Babajide Oyelaran", "Rosa Delgado-Marín"],
    },
    {
        "name": "university-statement-substack-title-email-told-globe",
        "text": (
            "Kessington University said in a statement on Monday that an investigation had found "
            "“serious and repeated” manipulation of images in the laboratory of a prominent cell "
            "biologist, Prof. Henrik Vaszary, and that it had asked three journals to retract his "
            "papers.\n\n"
            "Vaszary, 61, denied wrongdoing in a long essay on Substack titled “What the "
            "Committee Did Not Ask,” published on Tuesday. “I have made errors in bookkeeping. I "
            "have never invented a result,” he wrote.\n\n"
            "The concerns were first raised by a former postdoctoral researcher in the lab, Priya "
            "Venkataraman, who said she had described the problem in an email to the head of "
            "department in 2019. “I attached the original images and asked him to compare them,” "
            "Venkataraman told The Boston Globe. The email, which the Globe has seen, was never "
            "answered, she said.\n\n"
            "The head of department at the time, Dr. Olumide Fashola, declined to comment "
            "through a university spokeswoman."
        ),
        "quotes": [
            ("serious and repeated", None, True, "P1"),
            (
                "I have made errors in bookkeeping. I have never invented a result,",
                "Henrik Vaszary",
                False,
                "P2",
            ),
            (
                "I attached the original images and asked him to compare them,",
                "Priya Venkataraman",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Henrik Vaszary", "Substack"),
            ("P3", "Priya Venkataraman", None),
            ("P4", "Priya Venkataraman", "The Boston Globe"),
        ],
        "people": ["Henrik Vaszary", "Priya Venkataraman", "Olumide Fashola"],
    },
    {
        "name": "youtube-livestream-comet-nickname-kbs-interview-told-reporters",
        "text": (
            "An amateur astronomer in Chile has discovered a comet that may be visible to the "
            "naked eye next spring, the International Astronomical Union confirmed on Friday.\n\n"
            "Sebastián Quiroga-Tapia, a 34-year-old schoolteacher from La Serena, spotted the "
            "faint smudge in images from his backyard telescope and announced the find in a "
            "YouTube livestream. “I thought it was a smear on the mirror,” he told viewers. "
            "“Then it moved.”\n\n"
            "The comet carries a catalogue number but is already known on astronomy forums as "
            "“the teacher’s comet.”\n\n"
            "Dr. Hyun-woo Bae, who studies comets at Seoul National University, cautioned in an "
            "interview with the Korean broadcaster KBS that brightness forecasts were notoriously "
            "unreliable. “Comets are like cats. They do what they want,” Bae said.\n\n"
            "“My students are the ones who kept asking me what I was looking at,” the "
            "schoolteacher told reporters outside his school on Monday."
        ),
        "quotes": [
            ("I thought it was a smear on the mirror,", "Sebastián Quiroga-Tapia", False, "P1"),
            ("Then it moved.", "Sebastián Quiroga-Tapia", False, "P1"),
            ("Comets are like cats. They do what they want,", "Hyun-woo Bae", False, "P2"),
            (
                "My students are the ones who kept asking me what I was looking at,",
                "Sebastián Quiroga-Tapia",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Sebastián Quiroga-Tapia", "YouTube"),
            ("P2", "Hyun-woo Bae", "KBS"),
        ],
        "people": ["Sebastián Quiroga-Tapia", "Hyun-woo Bae"],
    },
    {
        "name": "instagram-caption-soil-antibiotic-radio-show-reached-by-phone",
        "text": (
            "Researchers at the University of Nairobi have identified a soil bacterium that makes "
            "a compound able to kill drug-resistant tuberculosis in laboratory dishes, according "
            "to a paper published on Thursday in the journal Nature Microbiology.\n\n"
            "The team’s leader, Wanjiru Kamau-Ochieng, posted a photo of the petri dishes on "
            "Instagram with the caption: “Four years of digging in my grandmother’s garden.”\n\n"
            "In an interview on the BBC World Service programme Newsday on Friday, she said the "
            "compound was years from use in patients. “We have a molecule, not a medicine,” "
            "Kamau-Ochieng said. “The distance between those two words is usually a decade and a "
            "billion dollars.”\n\n"
            "Tobias Hartmann-Ree, a microbiologist at the Charité hospital in Berlin, called the "
            "result “genuinely exciting” when reached by phone, but noted that many promising "
            "soil compounds had proved toxic to human cells."
        ),
        "quotes": [
            (
                "Four years of digging in my grandmother’s garden.",
                "Wanjiru Kamau-Ochieng",
                False,
                "P1",
            ),
            ("We have a molecule, not a medicine,", "Wanjiru Kamau-Ochieng", False, "P2"),
            (
                "The distance between those two words is usually a decade and a billion dollars.",
                "Wanjiru Kamau-Ochieng",
                False,
                "P2",
            ),
            ("genuinely exciting", "Tobias Hartmann-Ree", True, None),
        ],
        "posts": [
            ("P1", "Wanjiru Kamau-Ochieng", "Instagram"),
            ("P2", "Wanjiru Kamau-Ochieng", "Newsday"),
        ],
        "people": ["Wanjiru Kamau-Ochieng", "Tobias Hartmann-Ree"],
    },
    {
        "name": "memo-gene-therapy-pause-facebook-group-lab-x-account",
        "text": (
            "A hospital in Lyon has paused a gene therapy trial for a rare muscle disease after a "
            "child developed liver damage, according to an internal memo sent to staff on Monday "
            "by the trial’s principal investigator, Dr. Élodie Marchetti.\n\n"
            "“Out of caution, no further participants will be dosed until the safety board has "
            "reviewed every case,” Marchetti wrote in the memo, which was seen by Le Monde.\n\n"
            "Parents learned of the pause in a private Facebook group for families affected by "
            "the disease. Nadia Haddad, whose eight-year-old son received the therapy last year, "
            "wrote in the group: “He climbs stairs now. I am terrified and grateful at the same "
            "time.”\n\n"
            "The hospital’s spokesman, Julien Armand, told reporters on Tuesday that the child "
            "was recovering. “The liver values are improving every day,” he said.\n\n"
            "The last post on the laboratory’s X account, from early January, described the trial "
            "as “on track.”"
        ),
        "quotes": [
            (
                "Out of caution, no further participants will be dosed until the safety board has "
                "reviewed every case,",
                "Élodie Marchetti",
                False,
                "P1",
            ),
            (
                "He climbs stairs now. I am terrified and grateful at the same time.",
                "Nadia Haddad",
                False,
                "P2",
            ),
            ("The liver values are improving every day,", "Julien Armand", False, None),
            ("on track.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Élodie Marchetti", None),
            ("P2", "Nadia Haddad", "Facebook"),
            ("P3", None, "X"),
        ],
        "people": ["Élodie Marchetti", "Nadia Haddad", "Julien Armand"],
    },
    {
        "name": "bluesky-thread-sea-ice-reply-in-thread-cnn-interview",
        "text": (
            "Antarctic sea ice has failed to recover from its 2023 low for a third straight year, "
            "according to a study by the British Antarctic Survey published on Wednesday.\n\n"
            "“We are no longer looking at a bad year. We are looking at a new regime,” the "
            "study’s lead author, Dr. Fatima Zahra Benali, wrote in a thread on Bluesky that "
            "accompanied the paper.\n\n"
            "Not all of her colleagues agree. Magnus Thorvaldsen, an oceanographer at the "
            "University of Bergen, replied in the thread that three years was “too short to call "
            "a regime shift,” and suggested the ocean might release its heat within a decade.\n\n"
            "Benali defended her wording the next day in an interview with CNN. “I chose the word "
            "carefully,” she said. “Regime does not mean permanent. It means the rules have "
            "changed.”"
        ),
        "quotes": [
            (
                "We are no longer looking at a bad year. We are looking at a new regime,",
                "Fatima Zahra Benali",
                False,
                "P1",
            ),
            ("too short to call a regime shift,", "Magnus Thorvaldsen", True, "P1"),
            ("I chose the word carefully,", "Fatima Zahra Benali", False, "P2"),
            (
                "Regime does not mean permanent. It means the rules have changed.",
                "Fatima Zahra Benali",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Fatima Zahra Benali", "Bluesky"),
            ("P2", "Fatima Zahra Benali", "CNN"),
        ],
        "people": ["Fatima Zahra Benali", "Magnus Thorvaldsen"],
    },
    {
        "name": "told-the-times-nobel-chemist-two-paragraph-quote-statement",
        "text": (
            "The Nobel Prize-winning chemist Aziz Rahmanov will leave the University of "
            "Manchester next year to lead a new research institute in Tashkent, ending three "
            "decades in Britain.\n\n"
            "In an interview with The Times, Rahmanov, 68, said the decision had been years in "
            "the making. “My mother asked me, every summer, when I would come home and build "
            "something there. She died before I gave her an answer.\n\n"
            "“This is the answer, late as it is,” he said.\n\n"
            "The university’s vice-chancellor, Dame Eleanor Whitcombe, said in a statement that "
            "the institution was “immensely proud” of his work and would keep a laboratory open "
            "in his name.\n\n"
            "Uzbekistan’s minister of higher education, Bekzod Yusupov, welcomed the move at a "
            "news conference in Tashkent. “He is bringing home more than a Nobel Prize,” the "
            "minister said."
        ),
        "quotes": [
            (
                "My mother asked me, every summer, when I would come home and build something "
                "there. She died before I gave her an answer.",
                "Aziz Rahmanov",
                False,
                "P1",
            ),
            ("This is the answer, late as it is,", "Aziz Rahmanov", False, "P1"),
            ("immensely proud", "Eleanor Whitcombe", True, "P2"),
            ("He is bringing home more than a Nobel Prize,", "Bekzod Yusupov", False, None),
        ],
        "posts": [
            ("P1", "Aziz Rahmanov", "The Times"),
            ("P2", "Eleanor Whitcombe", None),
        ],
        "people": ["Aziz Rahmanov", "Eleanor Whitcombe", "Bekzod Yusupov"],
    },
    {
        "name": "court-filing-lunar-lander-linkedin-comment-press-release",
        "text": (
            "A private space company that lost a lunar lander in March has sued its engine "
            "supplier, saying a faulty valve caused the crash, according to a court filing made "
            "public on Monday.\n\n"
            "The lawsuit, brought by the Houston company Tessaract Lunar in federal court in "
            "Texas, says the supplier, Marlowe Propulsion, knew of “recurring valve anomalies” "
            "months before launch.\n\n"
            "Tessaract’s chief executive, Olivia Nakamura-Price, wrote on LinkedIn that the suit "
            "was “not about blame but about flying again.” In the same post she thanked the 140 "
            "employees who built the lander: “You did everything right. The hardware did not.”\n\n"
            "Marlowe Propulsion said in a press release that it would “vigorously defend” itself. "
            "Its founder, Dmitri Volkonsky, went further in a comment beneath Nakamura-Price’s "
            "post: “Your own telemetry shows the valve performed to spec. Read it again.”"
        ),
        "quotes": [
            ("recurring valve anomalies", None, True, "P1"),
            ("not about blame but about flying again.", "Olivia Nakamura-Price", True, "P2"),
            (
                "You did everything right. The hardware did not.",
                "Olivia Nakamura-Price",
                False,
                "P2",
            ),
            ("vigorously defend", None, True, "P3"),
            (
                "Your own telemetry shows the valve performed to spec. Read it again.",
                "Dmitri Volkonsky",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Olivia Nakamura-Price", "LinkedIn"),
            ("P3", None, "press release"),
        ],
        "people": ["Olivia Nakamura-Price", "Dmitri Volkonsky"],
    },
    {
        "name": "medium-essay-phone-sleep-trial-tv-show-minister-radio",
        "text": (
            "Teenagers who left their phones in another room at night slept about 40 minutes "
            "longer within a month, according to a randomised trial of 2,300 pupils in New "
            "Zealand led by the University of Otago.\n\n"
            "The trial’s principal investigator, Aroha Te Rangi, described the result in an essay "
            "on Medium on Sunday as “the cheapest sleep intervention we have ever tested.” "
            "Schools, she wrote, had been “asking for permission to be strict,” and the data now "
            "gave it to them.\n\n"
            "Speaking on TVNZ’s Breakfast programme on Monday, Te Rangi said parents should lead "
            "by example. “If your phone sleeps in the kitchen, theirs will too,” she said.\n\n"
            "The education minister, Hamish Cole-Whitaker, told reporters at Parliament that the "
            "ministry would “look closely” at its guidance for schools.\n\n"
            "One Wellington pupil who took part, 15-year-old Mere Harawira, was less "
            "enthusiastic. “The first week was the worst week of my life,” she told Radio New "
            "Zealand."
        ),
        "quotes": [
            ("the cheapest sleep intervention we have ever tested.", "Aroha Te Rangi", True, "P1"),
            ("asking for permission to be strict,", "Aroha Te Rangi", True, "P1"),
            (
                "If your phone sleeps in the kitchen, theirs will too,",
                "Aroha Te Rangi",
                False,
                "P2",
            ),
            ("look closely", "Hamish Cole-Whitaker", True, None),
            ("The first week was the worst week of my life,", "Mere Harawira", False, "P3"),
        ],
        "posts": [
            ("P1", "Aroha Te Rangi", "Medium"),
            ("P2", "Aroha Te Rangi", "Breakfast"),
            ("P3", "Mere Harawira", "Radio New Zealand"),
        ],
        "people": ["Aroha Te Rangi", "Hamish Cole-Whitaker", "Mere Harawira"],
    },
    {
        "name": "news-release-exoplanet-youtube-title-x-share-society-meeting",
        "text": (
            "Astronomers using the James Webb Space Telescope have found signs of water vapour in "
            "the atmosphere of a rocky planet 41 light-years away, the Space Telescope Science "
            "Institute said in a news release on Tuesday.\n\n"
            "“This is the first time we have seen anything like an atmosphere around a planet "
            "this small,” the release quoted the team leader, Dr. Camila Ferreira-Nunes of the "
            "University of São Paulo, as saying.\n\n"
            "Hours later the science YouTuber Daniyar Seitkali, whose channel has three million "
            "subscribers, posted an explainer titled “Is This the Second Earth?” He answered his "
            "own question in the first minute. “No. Almost certainly not. But it is a very "
            "interesting wet rock,” he said in the video.\n\n"
            "Ferreira-Nunes seemed to agree. She shared the video on X, adding: “Best summary I "
            "have seen, including ours.”\n\n"
            "At a meeting of the American Astronomical Society in Phoenix, Prof. Rajesh Iyengar "
            "of Caltech warned that the signal could come from the star itself. “Starspots can "
            "fake a lot,” he told the audience."
        ),
        "quotes": [
            (
                "This is the first time we have seen anything like an atmosphere around a planet "
                "this small,",
                "Camila Ferreira-Nunes",
                False,
                "P1",
            ),
            (
                "No. Almost certainly not. But it is a very interesting wet rock,",
                "Daniyar Seitkali",
                False,
                "P2",
            ),
            ("Best summary I have seen, including ours.", "Camila Ferreira-Nunes", False, "P3"),
            ("Starspots can fake a lot,", "Rajesh Iyengar", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Daniyar Seitkali", "YouTube"),
            ("P3", "Camila Ferreira-Nunes", "X"),
        ],
        "people": ["Camila Ferreira-Nunes", "Daniyar Seitkali", "Rajesh Iyengar"],
    },
    {
        "name": "ministry-statement-malaria-facebook-live-x-returned-to-platform",
        "text": (
            "Ghana will begin giving a new malaria vaccine to children in 12 more districts next "
            "month, the health ministry said in a statement on Thursday, after a study found that "
            "the shot cut severe cases by more than half.\n\n"
            "Dr. Kwabena Asante-Mensah, who led the study at the Kintampo Health Research Centre, "
            "discussed the results in a Facebook Live broadcast on Wednesday evening. “Mothers "
            "were telling us about it before our data did,” he said. “They noticed the clinics "
            "were quieter.”\n\n"
            "Abena Owusu, a 29-year-old mother of two from Techiman, said in an interview that "
            "her younger son had never been admitted to hospital, unlike his brother. “With the "
            "first one, I knew the ward by heart,” she said.\n\n"
            "The World Health Organization’s malaria director, Dr. Ignacio Ferrer-Ayala, wrote on "
            "X that the Ghanaian data were “exactly what we hoped to see,” and later returned to "
            "the platform to urge donors to pay for more doses: “The vaccine works. The question "
            "now is money.”"
        ),
        "quotes": [
            (
                "Mothers were telling us about it before our data did,",
                "Kwabena Asante-Mensah",
                False,
                "P2",
            ),
            ("They noticed the clinics were quieter.", "Kwabena Asante-Mensah", False, "P2"),
            ("With the first one, I knew the ward by heart,", "Abena Owusu", False, None),
            ("exactly what we hoped to see,", "Ignacio Ferrer-Ayala", True, "P3"),
            (
                "The vaccine works. The question now is money.",
                "Ignacio Ferrer-Ayala",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kwabena Asante-Mensah", "Facebook"),
            ("P3", "Ignacio Ferrer-Ayala", "X"),
            ("P4", "Ignacio Ferrer-Ayala", "X"),
        ],
        "people": ["Kwabena Asante-Mensah", "Abena Owusu", "Ignacio Ferrer-Ayala"],
    },
    {
        "name": "union-instagram-postdoc-strike-provost-email-told-star-rally",
        "text": (
            "Postdoctoral researchers at the University of Toronto walked off the job on Monday "
            "after talks on pay broke down, halting work in dozens of laboratories.\n\n"
            "Their union, the Research Workers’ Alliance, posted a photo of an empty laboratory "
            "bench on Instagram with the words: “No lab runs on prestige alone.”\n\n"
            "In an email to faculty on Sunday evening, the university’s provost, Meera "
            "Chaudhuri-Walsh, said the institution had offered a 9 per cent raise over three "
            "years. “We have put a fair offer on the table, and it remains there,” she wrote.\n\n"
            "Jun-seo Park, a 31-year-old structural biologist on the picket line, said the offer "
            "did not keep pace with rents. “I love my work. I cannot afford my apartment,” Park "
            "told the Toronto Star. The Star reported that a one-bedroom flat near the campus now "
            "rents for about 2,600 Canadian dollars a month.\n\n"
            "At a rally outside Convocation Hall on Tuesday, the union’s president, Lindiwe "
            "Dlamini, told the crowd that the strike would go on “as long as it takes.”"
        ),
        "quotes": [
            ("No lab runs on prestige alone.", None, False, "P1"),
            (
                "We have put a fair offer on the table, and it remains there,",
                "Meera Chaudhuri-Walsh",
                False,
                "P2",
            ),
            ("I love my work. I cannot afford my apartment,", "Jun-seo Park", False, "P3"),
            ("as long as it takes.", "Lindiwe Dlamini", True, None),
        ],
        "posts": [
            ("P1", None, "Instagram"),
            ("P2", "Meera Chaudhuri-Walsh", None),
            ("P3", "Jun-seo Park", "Toronto Star"),
        ],
        "people": ["Meera Chaudhuri-Walsh", "Jun-seo Park", "Lindiwe Dlamini"],
    },
    {
        "name": "nyt-op-ed-times-short-form-senate-hearing-x-clip",
        "text": (
            "A former director of NASA’s Goddard Space Flight Center has warned that proposed "
            "cuts to the agency’s science budget would leave two nearly finished spacecraft in "
            "storage, a policy critics have taken to calling “build and shelve.”\n\n"
            "In an op-ed published in The New York Times on Sunday, the former director, Dr. "
            "Harold Abernathy-Quinn, wrote that the cuts would be “the most expensive savings in "
            "the history of the agency.”\n\n"
            "“We would be paying to build telescopes and then paying again to keep them in a "
            "warehouse,” Abernathy-Quinn wrote in the Times piece. “No other country would do "
            "this to itself.”\n\n"
            "At a Senate hearing on Wednesday, NASA’s acting administrator, Yolanda "
            "Reyes-Whitfield, said the agency would “make the best of the budget Congress gives "
            "us.” Asked about the op-ed, she said: “Harold is a friend, and he is not wrong about "
            "the cost of storage.”\n\n"
            "Senator Tamsin Okafor, a Democrat from Maryland, posted a clip of the exchange on X "
            "with the comment “Even NASA agrees.”"
        ),
        "quotes": [
            (
                "the most expensive savings in the history of the agency.",
                "Harold Abernathy-Quinn",
                True,
                "P1",
            ),
            (
                "We would be paying to build telescopes and then paying again to keep them in a "
                "warehouse,",
                "Harold Abernathy-Quinn",
                False,
                "P1",
            ),
            ("No other country would do this to itself.", "Harold Abernathy-Quinn", False, "P1"),
            (
                "make the best of the budget Congress gives us.",
                "Yolanda Reyes-Whitfield",
                True,
                None,
            ),
            (
                "Harold is a friend, and he is not wrong about the cost of storage.",
                "Yolanda Reyes-Whitfield",
                False,
                None,
            ),
            ("Even NASA agrees.", "Tamsin Okafor", False, "P2"),
        ],
        "posts": [
            ("P1", "Harold Abernathy-Quinn", "The New York Times"),
            ("P2", "Tamsin Okafor", "X"),
        ],
        "people": ["Harold Abernathy-Quinn", "Yolanda Reyes-Whitfield", "Tamsin Okafor"],
    },
    {
        "name": "threads-ancient-dna-series-title-podcast-nickname-told-adevarul",
        "text": (
            "Ancient DNA from 42 skeletons buried near the Black Sea shows that the region’s "
            "first farmers married into local hunter-gatherer families within two generations, a "
            "team from the Max Planck Institute for Evolutionary Anthropology reported on "
            "Wednesday in the journal Science.\n\n"
            "“Within two generations, you cannot tell the farmers and the foragers apart in the "
            "genomes,” the study’s first author, Ioana Constantinescu, wrote on Threads on "
            "Wednesday. She added that the picture of farmers simply replacing foragers was "
            "“mostly a museum diorama.”\n\n"
            "That picture owes much to the 2003 documentary series “Stone and Seed.” Its "
            "presenter, the evolutionary biologist Tariq Hussaini, said on the podcast Deep Time "
            "Weekly that the series “was made with the evidence we had at the time” and welcomed "
            "the new work.\n\n"
            "Constantinescu, 38, grew up near Constanța, where, she told the Romanian daily "
            "Adevărul, neighbours still call an old burial mound “the giants’ hill.” “I wanted to "
            "know who the giants were,” she told the newspaper."
        ),
        "quotes": [
            (
                "Within two generations, you cannot tell the farmers and the foragers apart in "
                "the genomes,",
                "Ioana Constantinescu",
                False,
                "P1",
            ),
            ("mostly a museum diorama.", "Ioana Constantinescu", True, "P1"),
            ("was made with the evidence we had at the time", "Tariq Hussaini", True, "P2"),
            ("I wanted to know who the giants were,", "Ioana Constantinescu", False, "P3"),
        ],
        "posts": [
            ("P1", "Ioana Constantinescu", "Threads"),
            ("P2", "Tariq Hussaini", "Deep Time Weekly"),
            ("P3", "Ioana Constantinescu", "Adevărul"),
        ],
        "people": ["Ioana Constantinescu", "Tariq Hussaini"],
    },
    {
        "name": "nhs-statement-cancer-test-newsnight-lancet-letter-spokeswoman",
        "text": (
            "A blood test designed to detect more than 50 kinds of cancer missed most "
            "early-stage tumours in a trial of 140,000 people in England, the National Health "
            "Service said in a statement on Thursday. The results were “disappointing but "
            "important,” the statement said.\n\n"
            "Professor Abimbola Sowande-Hart, who chaired the trial’s steering committee, said on "
            "the BBC’s Newsnight programme that the test had done better with later-stage "
            "cancers. “It finds the tumours we already find,” she said. “That is not what we "
            "built it for.”\n\n"
            "In a letter to The Lancet published the same day, Dr. Chen Xiaoling, an oncologist "
            "at University College London, argued that the trial had followed patients for too "
            "short a time. The test, she wrote, “deserves a longer look before we bury it.”\n\n"
            "“We remain confident in the technology,” said Hannah Lindqvist-Obi, a spokeswoman "
            "for the test’s maker, the California company Veritome, in an emailed statement."
        ),
        "quotes": [
            ("disappointing but important,", None, True, "P1"),
            ("It finds the tumours we already find,", "Abimbola Sowande-Hart", False, "P2"),
            ("That is not what we built it for.", "Abimbola Sowande-Hart", False, "P2"),
            ("deserves a longer look before we bury it.", "Chen Xiaoling", True, "P3"),
            ("We remain confident in the technology,", "Hannah Lindqvist-Obi", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Abimbola Sowande-Hart", "Newsnight"),
            ("P3", "Chen Xiaoling", "The Lancet"),
            ("P4", None, None),
        ],
        "people": ["Abimbola Sowande-Hart", "Chen Xiaoling", "Hannah Lindqvist-Obi"],
    },
    {
        "name": "tiktok-title-cern-bump-auditorium-email-to-colleagues",
        "text": (
            "A collaboration of 1,400 physicists at CERN said on Tuesday that a hint of a new "
            "particle seen in its data last year had faded away once more collisions were "
            "analysed.\n\n"
            "“Nature has politely declined our invitation,” the collaboration’s spokesperson, Dr. "
            "Yusuf Demirci, told a packed auditorium in Geneva. “That is also a result.”\n\n"
            "The hint had been popularised by the physicist and TikTok creator Leilani "
            "Kahananui, whose video “The Particle That Might Break Physics” was watched more than "
            "8 million times. On Tuesday she posted a follow-up. “I got excited, you got excited, "
            "and the data said calm down,” she said in the new video.\n\n"
            "Demirci later wrote in an email to colleagues, which was shared with reporters, that "
            "he had received “more hate mail about a bump than about anything else in my "
            "career.”"
        ),
        "quotes": [
            ("Nature has politely declined our invitation,", "Yusuf Demirci", False, None),
            ("That is also a result.", "Yusuf Demirci", False, None),
            (
                "I got excited, you got excited, and the data said calm down,",
                "Leilani Kahananui",
                False,
                "P2",
            ),
            (
                "more hate mail about a bump than about anything else in my career.",
                "Yusuf Demirci",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Leilani Kahananui", "TikTok"),
            ("P2", "Leilani Kahananui", "TikTok"),
            ("P3", "Yusuf Demirci", None),
        ],
        "people": ["Yusuf Demirci", "Leilani Kahananui"],
    },
    {
        "name": "reddit-thread-long-covid-user-reply-sveriges-radio-seminar",
        "text": (
            "People with long Covid who took part in a supervised exercise programme were no "
            "worse off after six months than those who rested, and no more likely to suffer the "
            "relapses patients call “crashes,” according to a trial of 600 patients run by "
            "Karolinska Institutet in Stockholm.\n\n"
            "The trial’s leader, Dr. Sofia Lindahl-Haddad, took questions from the public on "
            "Saturday in a Reddit thread she opened in the r/science forum. “We did not push "
            "anyone past their limits. That was the whole point of the design,” she wrote.\n\n"
            "One user, who said they had been ill since 2020, replied: “Supervised is doing a lot "
            "of work in that sentence.” Lindahl-Haddad answered that the user was “completely "
            "right” and that unsupervised exercise was a different question.\n\n"
            "Marcus Oyelowo-Brandt, who chairs the patient charity LongCovid Sweden, told "
            "Sveriges Radio that the trial had left out the sickest patients. “The people who are "
            "bedbound were never in this study,” he said.\n\n"
            "Lindahl-Haddad acknowledged the point at a seminar on Monday. “He is right that we "
            "cannot generalise to the bedbound,” she said."
        ),
        "quotes": [
            (
                "We did not push anyone past their limits. That was the whole point of the design,",
                "Sofia Lindahl-Haddad",
                False,
                "P1",
            ),
            ("Supervised is doing a lot of work in that sentence.", None, False, "P1"),
            ("completely right", "Sofia Lindahl-Haddad", True, "P1"),
            (
                "The people who are bedbound were never in this study,",
                "Marcus Oyelowo-Brandt",
                False,
                "P2",
            ),
            (
                "He is right that we cannot generalise to the bedbound,",
                "Sofia Lindahl-Haddad",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Sofia Lindahl-Haddad", "Reddit"),
            ("P2", "Marcus Oyelowo-Brandt", "Sveriges Radio"),
        ],
        "people": ["Sofia Lindahl-Haddad", "Marcus Oyelowo-Brandt"],
    },
]
