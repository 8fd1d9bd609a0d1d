"""The ninety-ninth self-made dev set, held out (DA): its first run is an unseen estimate.

Written with set CZ, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a label's press release, an interview on
  Morning Ireland, the FDA's statement, a wife's statement) is still listed in
  posts.
- People lists every named person in the text, whether or not they speak (a
  finance chief on an earnings call, a judge who only sets a date, a defendant,
  a cyclist who died, a podcast host, a grandmother in a photo); a fictional
  character (Dr. Amos Kettering) is not a person, and a nickname used inside a
  quote ("Seun") is no person of its own.
- A network's, club's, distributor's, tournament's or prosecutors' statement
  with no named outlet has author None and no platform, and words "the
  statement said" speak as None; an unnamed spokeswoman quoted "in the
  statement" speaks as None and belongs to it; a named director or chair quoted
  "in the statement" speaks under their name and belongs to it.
- An interview "published" by Variety or with Vanity Fair takes the magazine as
  platform; "In the same interview" ties a later fragment to it, and "told the
  magazine" keeps the following quote in it.
- A judge's written opinion or ruling is the judge's post with no platform;
  "ruled" in the first sentence first reports it. What a judge or counsel says
  at a hearing is not a post.
- A class-action suit filed by a group of drivers "led by" a named driver is a
  group's lawsuit: author None, its fragment speaks as None. A lawsuit filed by
  one named person (a reality star suing for defamation) is that person's post
  with no platform, and a fragment of its complaint speaks as her.
- A clip reported in the present tense ("she says in the clip", "the pharmacist
  says") is the TikTok video's quote; an unnamed commenter under the video
  speaks as None and belongs to it.
- A union's Facebook post has author None and its words speak as None; the
  regulator's and operator's press releases have author None even when they
  quote a named director.
- A study in a named journal is a post with author None and the journal as
  written as platform (The Lancet Healthy Longevity, Nature); fragments the
  study "itself calls" or that "the paper's authors wrote" speak as None.
- Quoting a Bluesky thread "with a post of his own" is a new Bluesky post by
  the quoter.
- The BBC's Inside Health programme has platform Inside Health, and BBC Radio
  4's Today programme has platform Today; an interview on a YouTube show (The
  Overlap Lads) takes the show's name; a podcast (Backstage Pass, The Pass)
  takes its name.
- "Told councillors at a meeting", "said at a symposium", "told the audience"
  at a festival, "told the court" and "testified" during a trial, "told
  reporters outside court" and "at a town hall" are not posts; a fragment right
  after a news conference's "told reporters" ("described ... as") belongs to no
  post.
- A Reddit thread's title in marks ("Sell him now") is a title, not a quote; a
  thread on a subreddit with no named starter has author None; an anonymous
  reply belongs to the thread with speaker None; a thread started by a named
  advocate on r/Tucson is his Reddit post.
- A chief executive's email to employees is her post with no platform, and her
  reply under a former employee's Threads post belongs to that Threads post; an
  analyst's note to clients is his post with no platform and its fragment is
  partial.
- A scare quote in single marks inside a quote ('just finished') is part of the
  quote's text; fans' names for themselves ("Staticats"), nicknames ("Gigi",
  "La Pantera") and critics' labels ("Speedway shuffle") in marks are not
  quotes; book and film titles ("The Tin Lantern", "Salt Wind", "Night Shift
  Mercy") and a Medium post's title ("What we got wrong.") are not quotes.
- A single word in marks said of a client by a named barrister ("devastated")
  is a partial quote of hers, not a scare quote.
- A name with a nickname in marks between given name and surname (Giselle
  "Gigi" Amankwah-Ortiz) has the canonical name without the nickname.
- Two people sharing a surname (Maelys and Sandrine Fournier): "Fournier's
  mother" refers to the one already named; a different surname form (Tomasz
  Wróblewski-Adeyemi, Hanne Wróblewski) is a different person. Particles stay
  in names (Pieter van der Walt, Marijke de Boer-Tahiri, Siobhán Mac Giolla,
  Bríd Ní Mhurchú, Youssef El Amrani).
- An airline's official account replying under a passenger's X post speaks as
  None and belongs to that post.
- A release quoting its director general "as saying that" and then a fragment:
  the fragment is partial, speaks as the director general and belongs to the
  release.
- A video an executive posted to YouTube, and a critic's video review on
  YouTube, are their own YouTube posts; a fragment the critic spoke "in that
  review" belongs to it; sharing the review on Instagram "writing" new words is
  a new Instagram post by the sharer, and its words are whole.
- "Told the Philippine Daily Inquirer", "told the Arizona Daily Star", "told
  Gazzetta dello Sport" and "told New Scientist" are interviews with those
  outlets as platform; a fragment told to the Arizona Daily Star is partial and
  belongs to it.
- An open letter signed by more than 200 nurses has author None and no
  platform, and its words speak as None.
- An Instagram photo's caption ("the caption said") is a whole quote by the
  person who posted it (a granddaughter), not by the grandmother shown.
- An email to The Hollywood Reporter is an interview with that outlet (platform
  The Hollywood Reporter), like "told" a named newspaper; a comment given after
  "writing only," beneath a post is whole and belongs to that post.
- An author's reply under her own Bluesky post belongs to that post; the
  unnamed critic she answers is not a person.
- A husband's reply beneath his wife's Threads post belongs to her post; her
  post is listed with her as author though she is not quoted.
- A Substack newsletter with its own name (The Second Course) has platform
  Substack; a Substack post "of his own" is a new Substack post; an op-ed in
  The Guardian has platform The Guardian and a fragment "adding that" belongs
  to it.
- A co-founder's posts on Medium and on LinkedIn are hers, and a lawyer's
  comment beneath the LinkedIn one belongs to it; a regulator's statement
  quoting its chair has author None with the chair as speaker.
- A description standing for a named person ("the chef wrote", "the porter
  said", "the pharmacist says") speaks as that person; titles such as Mayor,
  Judge and Dr. are not part of a name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DA: list[dict] = [
    {
        "name": "instagram-actor-exit-costar-comment-variety",
        "text": (
            "The actor Oluwaseun Bakare-Holt said on Instagram on Sunday that he was "
            "leaving the hospital drama “Night Shift Mercy” after six seasons. “Playing "
            "Dr. Amos Kettering changed my life, but it is time to hang up the scrubs,” "
            "he wrote beneath a photo of his character’s locker.\n\n"
            "His co-star Valentina Ruiz-Moreau left a comment under the post: “Six "
            "years of 5 a.m. call times and you never once complained. Go get ’em.”\n\n"
            "Bakare-Holt told Variety in an interview published Monday that the "
            "decision was his alone. “Nobody pushed me. I wanted to leave while I still "
            "loved it,” he said. In the same interview, he called the final table read "
            "“the hardest hour of my career.”\n\n"
            "The network, NBX, said in a statement that the role would not be recast. "
            "“Amos Kettering belongs to Seun,” the statement said, using the actor’s "
            "nickname.\n\n"
            "At a news conference in Los Angeles on Tuesday, the show’s creator, Priya "
            "Ramaswamy, said the writers had known for months. “We built the whole "
            "season around his goodbye,” she said."
        ),
        "quotes": [
            (
                "Playing Dr. Amos Kettering changed my life, but it is time to hang up the scrubs,",
                "Oluwaseun Bakare-Holt",
                False,
                "P1",
            ),
            (
                "Six years of 5 a.m. call times and you never once complained. Go get ’em.",
                "Valentina Ruiz-Moreau",
                False,
                "P1",
            ),
            (
                "Nobody pushed me. I wanted to leave while I still loved it,",
                "Oluwaseun Bakare-Holt",
                False,
                "P2",
            ),
            ("the hardest hour of my career.", "Oluwaseun Bakare-Holt", True, "P2"),
            ("Amos Kettering belongs to Seun,", None, False, "P3"),
            (
                "We built the whole season around his goodbye,",
                "Priya Ramaswamy",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare-Holt", "Instagram"),
            ("P2", "Oluwaseun Bakare-Holt", "Variety"),
            ("P3", None, None),
        ],
        "people": ["Oluwaseun Bakare-Holt", "Valentina Ruiz-Moreau", "Priya Ramaswamy"],
    },
    {
        "name": "court-ruling-rideshare-lawsuit-lawyer-x-hearing",
        "text": (
            "A federal judge in Chicago ruled on Thursday that drivers for the "
            "ride-hailing company Zipp may take it to court, rejecting the company’s "
            "argument that they had signed away their right to sue.\n\n"
            "“An arbitration clause buried on page 41 of a document no driver could "
            "negotiate is not a meeting of minds,” Judge Harriet Okonkwo-Byrne wrote in "
            "her 28-page opinion.\n\n"
            "The class-action suit, filed last year by a group of drivers led by Rafael "
            "Quispe, says Zipp docked their pay for trips that riders cancelled. It "
            "describes the deductions as “wage theft dressed up as an algorithm.”\n\n"
            "The drivers’ lawyer, Miriam Abergel, celebrated on X. “Today a court said "
            "what drivers have said for years: you can’t code your way out of labor "
            "law,” she posted.\n\n"
            "Zipp said in a statement that it would appeal. “We believe the agreement "
            "is clear and enforceable,” a spokeswoman said in the statement.\n\n"
            "At a hearing in March, Okonkwo-Byrne had pressed the company’s counsel, "
            "Desmond Achterberg, on the clause. “Your Honor, drivers accept these terms "
            "every day,” he told her."
        ),
        "quotes": [
            (
                "An arbitration clause buried on page 41 of a document no driver could "
                "negotiate is not a meeting of minds,",
                "Harriet Okonkwo-Byrne",
                False,
                "P1",
            ),
            ("wage theft dressed up as an algorithm.", None, True, "P2"),
            (
                "Today a court said what drivers have said for years: you can’t code "
                "your way out of labor law,",
                "Miriam Abergel",
                False,
                "P3",
            ),
            ("We believe the agreement is clear and enforceable,", None, False, "P4"),
            (
                "Your Honor, drivers accept these terms every day,",
                "Desmond Achterberg",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harriet Okonkwo-Byrne", None),
            ("P2", None, None),
            ("P3", "Miriam Abergel", "X"),
            ("P4", None, None),
        ],
        "people": [
            "Harriet Okonkwo-Byrne",
            "Rafael Quispe",
            "Miriam Abergel",
            "Desmond Achterberg",
        ],
    },
    {
        "name": "transit-fare-rise-release-tiktok-commenter-union-facebook",
        "text": (
            "Commuters in Halifax will pay 25 cents more per bus ride from July, the "
            "regional transit authority announced in a press release on Wednesday. “No "
            "one likes a fare increase, but the alternative was cutting routes,” the "
            "release quoted the authority’s general manager, Aurelio Bastos, as saying.\n\n"
            "The news spread quickly on TikTok, where a nursing student, Keisha "
            "Montgomery-Lyle, posted a video tallying what the change would cost her "
            "each semester. “That’s two textbooks. Two,” she says in the clip, which "
            "had been viewed more than 400,000 times by Thursday. One commenter under "
            "the video wrote, “Walk with me, Keisha, literally.”\n\n"
            "The bus drivers’ union, ATU Local 508, wrote on Facebook that the money "
            "should go to safety. “Put it into shields and staffing, not consultants,” "
            "the post read.\n\n"
            "Bastos told councillors at a meeting on Thursday night that the authority "
            "had heard the anger. “I rode the 7 this morning. People let me know,” he "
            "said."
        ),
        "quotes": [
            (
                "No one likes a fare increase, but the alternative was cutting routes,",
                "Aurelio Bastos",
                False,
                "P1",
            ),
            ("That’s two textbooks. Two,", "Keisha Montgomery-Lyle", False, "P2"),
            ("Walk with me, Keisha, literally.", None, False, "P2"),
            ("Put it into shields and staffing, not consultants,", None, False, "P3"),
            (
                "I rode the 7 this morning. People let me know,",
                "Aurelio Bastos",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Keisha Montgomery-Lyle", "TikTok"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Aurelio Bastos", "Keisha Montgomery-Lyle"],
    },
    {
        "name": "health-steps-dementia-journal-bluesky-quote-post-radio",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 30 percent lower risk "
            "of dementia over a decade, according to a study published on Monday in The "
            "Lancet Healthy Longevity.\n\n"
            "The study’s senior author, Dr. Sun-Hee Park of Seoul National University, "
            "cautioned against reading too much into the number. “Seven thousand is not "
            "a magic threshold; it is where our data happened to be densest,” she wrote "
            "on Bluesky in a thread about the paper.\n\n"
            "The study itself calls step counts “a modest but modifiable risk factor.”\n\n"
            "A neurologist who was not involved, Dr. Ferdinand Otieno, quoted her "
            "thread with a post of his own: “Good study. Bad headline waiting to "
            "happen.”\n\n"
            "Park added in an interview with the BBC’s Inside Health programme that the "
            "team had adjusted for income and education. “We did everything we could to "
            "strip out the obvious confounders,” she said.\n\n"
            "Her co-author, Javier Etxeberria, said at a symposium in Madrid that the "
            "next step was a trial. “Observation only gets you so far,” he said."
        ),
        "quotes": [
            (
                "Seven thousand is not a magic threshold; it is where our data happened "
                "to be densest,",
                "Sun-Hee Park",
                False,
                "P2",
            ),
            ("a modest but modifiable risk factor.", None, True, "P1"),
            (
                "Good study. Bad headline waiting to happen.",
                "Ferdinand Otieno",
                False,
                "P3",
            ),
            (
                "We did everything we could to strip out the obvious confounders,",
                "Sun-Hee Park",
                False,
                "P4",
            ),
            ("Observation only gets you so far,", "Javier Etxeberria", False, None),
        ],
        "posts": [
            ("P1", None, "The Lancet Healthy Longevity"),
            ("P2", "Sun-Hee Park", "Bluesky"),
            ("P3", "Ferdinand Otieno", "Bluesky"),
            ("P4", "Sun-Hee Park", "Inside Health"),
        ],
        "people": ["Sun-Hee Park", "Ferdinand Otieno", "Javier Etxeberria"],
    },
    {
        "name": "football-striker-youtube-show-club-statement-reddit-linkedin",
        "text": (
            "Manchester Rovers striker Kwabena Asante-Mensah has asked to leave the "
            "club, he said in an interview on the YouTube show The Overlap Lads "
            "released on Friday. “I gave this club four years and my knee. I want to "
            "play in a Champions League final before I’m thirty,” he said.\n\n"
            "The club responded within hours. “Kwabena is under contract until 2027 and "
            "no offer has been received,” Rovers said in a statement.\n\n"
            "At his weekly news conference, the manager, Jürgen Halvorsen, sounded "
            "weary. “I read about it on my phone like everyone else,” he told "
            "reporters. He described the player’s camp as “very busy lately.”\n\n"
            "On the Rovers subreddit, a thread titled “Sell him now” drew more than "
            "3,000 comments. One reply said simply, “Ungrateful after we waited 14 "
            "months for that knee.”\n\n"
            "Asante-Mensah’s agent, Lucía Ferreyra, posted on LinkedIn that talks with "
            "two clubs were “respectful and ongoing.”"
        ),
        "quotes": [
            (
                "I gave this club four years and my knee. I want to play in a Champions "
                "League final before I’m thirty,",
                "Kwabena Asante-Mensah",
                False,
                "P1",
            ),
            (
                "Kwabena is under contract until 2027 and no offer has been received,",
                None,
                False,
                "P2",
            ),
            (
                "I read about it on my phone like everyone else,",
                "Jürgen Halvorsen",
                False,
                None,
            ),
            ("very busy lately.", "Jürgen Halvorsen", True, None),
            ("Ungrateful after we waited 14 months for that knee.", None, False, "P3"),
            ("respectful and ongoing.", "Lucía Ferreyra", True, "P4"),
        ],
        "posts": [
            ("P1", "Kwabena Asante-Mensah", "The Overlap Lads"),
            ("P2", None, None),
            ("P3", None, "Reddit"),
            ("P4", "Lucía Ferreyra", "LinkedIn"),
        ],
        "people": ["Kwabena Asante-Mensah", "Jürgen Halvorsen", "Lucía Ferreyra"],
    },
    {
        "name": "tech-layoffs-ceo-email-earnings-release-analyst-threads-reply",
        "text": (
            "The software maker Brightloom will cut 1,200 jobs, about 9 percent of its "
            "workforce, its chief executive, Anjali Deshmukh-Reyes, told employees in "
            "an email on Tuesday. “I own these decisions, and I am sorry to the people "
            "who will bear them,” she wrote.\n\n"
            "The cuts came a day after the company’s earnings release reported its "
            "first quarterly loss in six years. The release described the quarter as “a "
            "period of deliberate reinvestment.”\n\n"
            "Analysts were unconvinced. In a note to clients, Bernhard Vogelsang of "
            "Halden Securities called the restructuring “overdue by at least a year” "
            "and cut his price target.\n\n"
            "A former Brightloom designer, Tavita Faleolo, wrote on Threads that she "
            "had learned of her layoff from a locked laptop. “No call. No email. Just a "
            "login screen that said no,” she posted. Deshmukh-Reyes replied under the "
            "post, “This should not have happened. I’m looking into it personally.”\n\n"
            "On the company’s earnings call, the finance chief, Olumide Castellanos, "
            "said the savings would reach $300 million a year."
        ),
        "quotes": [
            (
                "I own these decisions, and I am sorry to the people who will bear them,",
                "Anjali Deshmukh-Reyes",
                False,
                "P1",
            ),
            ("a period of deliberate reinvestment.", None, True, "P2"),
            ("overdue by at least a year", "Bernhard Vogelsang", True, "P3"),
            (
                "No call. No email. Just a login screen that said no,",
                "Tavita Faleolo",
                False,
                "P4",
            ),
            (
                "This should not have happened. I’m looking into it personally.",
                "Anjali Deshmukh-Reyes",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Anjali Deshmukh-Reyes", None),
            ("P2", None, "press release"),
            ("P3", "Bernhard Vogelsang", None),
            ("P4", "Tavita Faleolo", "Threads"),
        ],
        "people": [
            "Anjali Deshmukh-Reyes",
            "Bernhard Vogelsang",
            "Tavita Faleolo",
            "Olumide Castellanos",
        ],
    },
    {
        "name": "culture-novelist-substack-prize-withdrawal-guardian-op-ed",
        "text": (
            "The novelist Ines Marchetti-Oyelaran has withdrawn her book “The Tin "
            "Lantern” from consideration for the Aldgate Prize, she announced on "
            "Substack on Saturday, citing the prize’s new sponsor, an arms "
            "manufacturer. “I cannot ask readers to trust my sentences and then let "
            "them be sold under that logo,” she wrote.\n\n"
            "Hours later the poet Cheng Yuxiang, also shortlisted, followed her. In a "
            "Substack post of his own, he wrote that he was “with Ines, fully and "
            "without hesitation.”\n\n"
            "The prize’s chair of judges, Rosalind Achebe-Waters, defended the "
            "sponsorship in an op-ed in The Guardian. “Literature has always been paid "
            "for by someone. The question is what the money buys,” she wrote, adding "
            "that the sponsor had “no say whatsoever” in the judging.\n\n"
            "Speaking at the Hay Festival on Sunday, Marchetti-Oyelaran said the op-ed "
            "had missed the point. “It’s not about the judging. It’s about the "
            "photograph at the end,” she told the audience."
        ),
        "quotes": [
            (
                "I cannot ask readers to trust my sentences and then let them be sold "
                "under that logo,",
                "Ines Marchetti-Oyelaran",
                False,
                "P1",
            ),
            ("with Ines, fully and without hesitation.", "Cheng Yuxiang", True, "P2"),
            (
                "Literature has always been paid for by someone. The question is what "
                "the money buys,",
                "Rosalind Achebe-Waters",
                False,
                "P3",
            ),
            ("no say whatsoever", "Rosalind Achebe-Waters", True, "P3"),
            (
                "It’s not about the judging. It’s about the photograph at the end,",
                "Ines Marchetti-Oyelaran",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ines Marchetti-Oyelaran", "Substack"),
            ("P2", "Cheng Yuxiang", "Substack"),
            ("P3", "Rosalind Achebe-Waters", "The Guardian"),
        ],
        "people": ["Ines Marchetti-Oyelaran", "Cheng Yuxiang", "Rosalind Achebe-Waters"],
    },
    {
        "name": "pop-group-split-tiktok-bandmate-x-podcast-label-release",
        "text": (
            "The pop singer Mahalia Duvernay-Kwan confirmed on TikTok on Monday that "
            "her group, Velvet Static, had broken up, ending weeks of speculation. "
            "“We’re not fighting. We’re just finished,” she said in the video, filmed "
            "in her car.\n\n"
            "Her former bandmate Oskar Lindahl-Pereira was less diplomatic on X. “Funny "
            "how ‘just finished’ means I found out from a TikTok,” he posted, before "
            "deleting it.\n\n"
            "Duvernay-Kwan addressed his post on the podcast Backstage Pass, released "
            "Wednesday, saying she had texted him first and calling the band’s last "
            "tour “a slow goodbye.” “I love Oskar. I’m not going to argue with him on "
            "the internet,” she told the host, Ravi Subramaniam.\n\n"
            "The band’s label, Northlight Records, confirmed the split in a short press "
            "release and said a farewell single would come out in June.\n\n"
            "Fans, who call themselves the “Staticats,” have organized a streaming push "
            "for the group’s old albums."
        ),
        "quotes": [
            (
                "We’re not fighting. We’re just finished,",
                "Mahalia Duvernay-Kwan",
                False,
                "P1",
            ),
            (
                "Funny how ‘just finished’ means I found out from a TikTok,",
                "Oskar Lindahl-Pereira",
                False,
                "P2",
            ),
            ("a slow goodbye.", "Mahalia Duvernay-Kwan", True, "P3"),
            (
                "I love Oskar. I’m not going to argue with him on the internet,",
                "Mahalia Duvernay-Kwan",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mahalia Duvernay-Kwan", "TikTok"),
            ("P2", "Oskar Lindahl-Pereira", "X"),
            ("P3", "Mahalia Duvernay-Kwan", "Backstage Pass"),
            ("P4", None, "press release"),
        ],
        "people": ["Mahalia Duvernay-Kwan", "Oskar Lindahl-Pereira", "Ravi Subramaniam"],
    },
    {
        "name": "court-dangerous-driving-verdict-cps-statement-mother-facebook",
        "text": (
            "A jury in Cardiff on Friday convicted Dylan Pryce-Ahmed, 24, of causing "
            "death by dangerous driving after a crash that killed a cyclist, Maelys "
            "Fournier, on the A470 last spring.\n\n"
            "During the trial, a witness, Gethin Morgan, testified that the car had "
            "been “flying, properly flying” moments before the crash. “I heard it "
            "before I saw it,” he told the court.\n\n"
            "The Crown Prosecution Service said in a statement after the verdict that "
            "speed cameras had recorded the car at 74 miles per hour. “This was a "
            "choice, not an accident,” the statement said.\n\n"
            "Fournier’s mother, Sandrine Fournier, wrote on Facebook that the verdict "
            "brought “no joy, only a full stop.” Hundreds of people commented under her "
            "post; one, a fellow cyclist named Idris Kamara, wrote, “Riding for Maelys "
            "every Sunday. Always.”\n\n"
            "Pryce-Ahmed’s barrister, Nkechi Obiora, told reporters outside court that "
            "her client was “devastated” and would consider an appeal. He will be "
            "sentenced next month."
        ),
        "quotes": [
            ("flying, properly flying", "Gethin Morgan", True, None),
            ("I heard it before I saw it,", "Gethin Morgan", False, None),
            ("This was a choice, not an accident,", None, False, "P1"),
            ("no joy, only a full stop.", "Sandrine Fournier", True, "P2"),
            ("Riding for Maelys every Sunday. Always.", "Idris Kamara", False, "P2"),
            ("devastated", "Nkechi Obiora", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sandrine Fournier", "Facebook"),
        ],
        "people": [
            "Dylan Pryce-Ahmed",
            "Maelys Fournier",
            "Gethin Morgan",
            "Sandrine Fournier",
            "Idris Kamara",
            "Nkechi Obiora",
        ],
    },
    {
        "name": "airline-meltdown-comedian-x-airline-reply-regulator-release",
        "text": (
            "More than 40,000 passengers were stranded over the weekend after SkyCoral "
            "Airways cancelled 310 flights, blaming a failure in its crew-scheduling "
            "software.\n\n"
            "Among them was the comedian Farhan Siddiqui-Lowe, who posted on X from "
            "Manila airport on Saturday. “Day two at gate 14. I’ve started naming the "
            "pigeons,” he wrote. The airline’s official account replied underneath: "
            "“We’re so sorry, Farhan. Please DM us your booking reference.”\n\n"
            "On Sunday the Civil Aviation Authority of the Philippines said in a press "
            "release that it had opened an inquiry. Its director general, Rosario "
            "Dimaculangan, was quoted in the release as saying that SkyCoral “owes "
            "every passenger an explanation and a refund.”\n\n"
            "The airline’s chief operating officer, Henrik Bjørnstad, apologized in a "
            "video posted to YouTube. “We failed you, and the fix took far too long,” "
            "he said.\n\n"
            "Siddiqui-Lowe, home by Monday, told the Philippine Daily Inquirer that he "
            "had been offered a voucher. “A voucher for what, more pigeons?” he said."
        ),
        "quotes": [
            (
                "Day two at gate 14. I’ve started naming the pigeons,",
                "Farhan Siddiqui-Lowe",
                False,
                "P1",
            ),
            (
                "We’re so sorry, Farhan. Please DM us your booking reference.",
                None,
                False,
                "P1",
            ),
            (
                "owes every passenger an explanation and a refund.",
                "Rosario Dimaculangan",
                True,
                "P2",
            ),
            (
                "We failed you, and the fix took far too long,",
                "Henrik Bjørnstad",
                False,
                "P3",
            ),
            ("A voucher for what, more pigeons?", "Farhan Siddiqui-Lowe", False, "P4"),
        ],
        "posts": [
            ("P1", "Farhan Siddiqui-Lowe", "X"),
            ("P2", None, "press release"),
            ("P3", "Henrik Bjørnstad", "YouTube"),
            ("P4", "Farhan Siddiqui-Lowe", "Philippine Daily Inquirer"),
        ],
        "people": ["Farhan Siddiqui-Lowe", "Rosario Dimaculangan", "Henrik Bjørnstad"],
    },
    {
        "name": "hospital-trolley-waits-nurses-letter-instagram-caption-town-hall",
        "text": (
            "Emergency patients at St. Brendan’s Hospital in Galway waited an average "
            "of 19 hours for a bed in May, according to the hospital’s own figures.\n\n"
            "More than 200 of its nurses signed an open letter to the health minister "
            "calling conditions “unsafe for patients and unsustainable for staff.” “We "
            "are treating people on chairs in corridors,” the letter said.\n\n"
            "Aoife Brennan posted on Instagram a photo of the trolley where her "
            "grandmother, the retired teacher Bríd Ní Mhurchú, 78, had spent two "
            "nights. “This is my nan. She taught half of Salthill to read,” the caption "
            "said.\n\n"
            "At a town hall in Galway on Friday, the health minister, Declan "
            "Oyelowo-Burke, said the figures were “not acceptable in any way.” “I’m not "
            "here to defend them,” he said.\n\n"
            "The hospital’s chief executive, Marguerite Halloran, said in an interview "
            "with RTÉ’s Morning Ireland that 40 new beds would open in September, and "
            "that agency nurses were being hired to staff them."
        ),
        "quotes": [
            ("unsafe for patients and unsustainable for staff.", None, True, "P1"),
            ("We are treating people on chairs in corridors,", None, False, "P1"),
            (
                "This is my nan. She taught half of Salthill to read,",
                "Aoife Brennan",
                False,
                "P2",
            ),
            ("not acceptable in any way.", "Declan Oyelowo-Burke", True, None),
            ("I’m not here to defend them,", "Declan Oyelowo-Burke", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aoife Brennan", "Instagram"),
            ("P3", "Marguerite Halloran", "Morning Ireland"),
        ],
        "people": [
            "Aoife Brennan",
            "Bríd Ní Mhurchú",
            "Declan Oyelowo-Burke",
            "Marguerite Halloran",
        ],
    },
    {
        "name": "reality-star-defamation-suit-instagram-email-to-outlet-comment",
        "text": (
            "The reality television star Giselle “Gigi” Amankwah-Ortiz has sued a "
            "celebrity gossip website for defamation, accusing it of inventing a feud "
            "with a former castmate, according to a lawsuit filed on Monday in Los "
            "Angeles Superior Court.\n\n"
            "The complaint says the site, TeaDrop, published “a fiction built for "
            "clicks” and seeks $5 million in damages.\n\n"
            "Amankwah-Ortiz wrote on Instagram that she had tried to settle it quietly. "
            "“I asked them for one correction. They sent me a laugh emoji,” she posted.\n\n"
            "TeaDrop’s founder, Marcus Oyelaran-Fitch, said in an email to The "
            "Hollywood Reporter that the site stood by its reporting. “We had two "
            "sources and we still do,” he wrote.\n\n"
            "The former castmate, Yasmin Haddad, stayed out of it, writing only, “Love "
            "you G, not my fight,” in a comment beneath Amankwah-Ortiz’s post.\n\n"
            "At a brief hearing on Tuesday, Judge Roberto Santangelo set a trial date "
            "for next spring."
        ),
        "quotes": [
            ("a fiction built for clicks", "Giselle Amankwah-Ortiz", True, "P1"),
            (
                "I asked them for one correction. They sent me a laugh emoji,",
                "Giselle Amankwah-Ortiz",
                False,
                "P2",
            ),
            (
                "We had two sources and we still do,",
                "Marcus Oyelaran-Fitch",
                False,
                "P3",
            ),
            ("Love you G, not my fight,", "Yasmin Haddad", False, "P2"),
        ],
        "posts": [
            ("P1", "Giselle Amankwah-Ortiz", None),
            ("P2", "Giselle Amankwah-Ortiz", "Instagram"),
            ("P3", "Marcus Oyelaran-Fitch", "The Hollywood Reporter"),
        ],
        "people": [
            "Giselle Amankwah-Ortiz",
            "Marcus Oyelaran-Fitch",
            "Yasmin Haddad",
            "Roberto Santangelo",
        ],
    },
    {
        "name": "bike-lane-removal-mayor-facebook-reddit-thread-council-meeting",
        "text": (
            "Tucson will remove a protected bike lane on Speedway Boulevard barely a "
            "year after it opened, Mayor Rosa Velázquez-Tapia said in a Facebook post "
            "on Wednesday. “We listened, we measured, and this design did not work for "
            "the businesses on that stretch,” she wrote.\n\n"
            "Cycling advocates called the decision a betrayal. Tremaine Okafor, who "
            "leads the group Safe Streets Tucson, started a Reddit thread on r/Tucson "
            "collecting crash data from the year before the lane. “Zero cyclist deaths "
            "since it opened. Zero,” he wrote in the thread. An anonymous reply beneath "
            "it read, “The businesses were fine. Parking was the problem, not the "
            "lane.”\n\n"
            "At Tuesday’s council meeting, the owner of a taqueria on the corridor, "
            "Guadalupe Ibarra, said sales had fallen by a fifth. “My regulars can’t "
            "park, so they don’t come,” she said.\n\n"
            "Velázquez-Tapia told the Arizona Daily Star that the city would try a lane "
            "on a parallel street that was “smarter and safer for everyone.” Her "
            "critics have taken to calling the plan the “Speedway shuffle.”"
        ),
        "quotes": [
            (
                "We listened, we measured, and this design did not work for the "
                "businesses on that stretch,",
                "Rosa Velázquez-Tapia",
                False,
                "P1",
            ),
            (
                "Zero cyclist deaths since it opened. Zero,",
                "Tremaine Okafor",
                False,
                "P2",
            ),
            (
                "The businesses were fine. Parking was the problem, not the lane.",
                None,
                False,
                "P2",
            ),
            (
                "My regulars can’t park, so they don’t come,",
                "Guadalupe Ibarra",
                False,
                None,
            ),
            ("smarter and safer for everyone.", "Rosa Velázquez-Tapia", True, "P3"),
        ],
        "posts": [
            ("P1", "Rosa Velázquez-Tapia", "Facebook"),
            ("P2", "Tremaine Okafor", "Reddit"),
            ("P3", "Rosa Velázquez-Tapia", "Arizona Daily Star"),
        ],
        "people": ["Rosa Velázquez-Tapia", "Tremaine Okafor", "Guadalupe Ibarra"],
    },
    {
        "name": "comet-water-nature-paper-x-reply-esa-release-new-scientist",
        "text": (
            "A comet passing through the inner solar system is shedding water with "
            "almost the same chemical signature as Earth’s oceans, astronomers reported "
            "on Wednesday in the journal Nature.\n\n"
            "The finding “reopens the question of where Earth’s water came from,” the "
            "paper’s authors wrote.\n\n"
            "The lead author, Tupac Mamani of the University of Arizona, posted a chart "
            "from the paper on X. “Deuterium ratio within error of Earth’s oceans. I "
            "have checked it nine times,” he wrote. The planetary scientist Elif "
            "Karaosmanoğlu replied to his post: “Nine is a good number. Ten would be "
            "better. Congratulations.”\n\n"
            "The European Space Agency, whose Rosetta mission found very different "
            "water on another comet in 2014, said in a press release that the results "
            "were “complementary, not contradictory.”\n\n"
            "Mamani told New Scientist that the team would ask for time on the James "
            "Webb Space Telescope. “One comet is an anecdote. Five would be a pattern,” "
            "he said."
        ),
        "quotes": [
            (
                "reopens the question of where Earth’s water came from,",
                None,
                True,
                "P1",
            ),
            (
                "Deuterium ratio within error of Earth’s oceans. I have checked it nine times,",
                "Tupac Mamani",
                False,
                "P2",
            ),
            (
                "Nine is a good number. Ten would be better. Congratulations.",
                "Elif Karaosmanoğlu",
                False,
                "P2",
            ),
            ("complementary, not contradictory.", None, True, "P3"),
            (
                "One comet is an anecdote. Five would be a pattern,",
                "Tupac Mamani",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "Nature"),
            ("P2", "Tupac Mamani", "X"),
            ("P3", None, "press release"),
            ("P4", "Tupac Mamani", "New Scientist"),
        ],
        "people": ["Tupac Mamani", "Elif Karaosmanoğlu"],
    },
    {
        "name": "venice-boos-news-conference-vanity-fair-youtube-review-share",
        "text": (
            "The director Kaveh Farahani-Lund defended the ending of his new film, "
            "“Salt Wind,” at a news conference in Venice on Thursday after it drew boos "
            "at its premiere. “If everyone liked it, I would have made the wrong film,” "
            "he said.\n\n"
            "Its star, Adaeze Nwachukwu, was more circumspect. In an interview with "
            "Vanity Fair published the same day, she said she had “asked Kaveh about "
            "that ending every single day” of the shoot. “He never gave me a straight "
            "answer, which was the answer,” she told the magazine.\n\n"
            "The film’s distributor, Meridian Pictures, said in a statement that the "
            "boos were “part of Venice’s charm” and that the film would open in "
            "November as planned.\n\n"
            "The critic Thandiwe Mokoena, whose video review on YouTube has drawn "
            "800,000 views, called the ending in that review “a trapdoor that drops you "
            "into the rest of your week.” Farahani-Lund shared the review on Instagram, "
            "writing, “She gets it.”"
        ),
        "quotes": [
            (
                "If everyone liked it, I would have made the wrong film,",
                "Kaveh Farahani-Lund",
                False,
                None,
            ),
            (
                "asked Kaveh about that ending every single day",
                "Adaeze Nwachukwu",
                True,
                "P1",
            ),
            (
                "He never gave me a straight answer, which was the answer,",
                "Adaeze Nwachukwu",
                False,
                "P1",
            ),
            ("part of Venice’s charm", None, True, "P2"),
            (
                "a trapdoor that drops you into the rest of your week.",
                "Thandiwe Mokoena",
                True,
                "P3",
            ),
            ("She gets it.", "Kaveh Farahani-Lund", False, "P4"),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu", "Vanity Fair"),
            ("P2", None, None),
            ("P3", "Thandiwe Mokoena", "YouTube"),
            ("P4", "Kaveh Farahani-Lund", "Instagram"),
        ],
        "people": ["Kaveh Farahani-Lund", "Adaeze Nwachukwu", "Thandiwe Mokoena"],
    },
    {
        "name": "rail-strike-union-bluesky-operator-release-porter-today-programme",
        "text": (
            "Train drivers on the Southern Crescent network will strike for 48 hours "
            "from Monday after talks collapsed, their union’s general secretary, "
            "Siobhán Mac Giolla, announced on Bluesky late on Friday. “We gave them "
            "eleven meetings. They gave us a spreadsheet,” she wrote.\n\n"
            "The operator, Crescent Rail, said in a press release that the union had "
            "rejected “the best offer in the industry.” The release quoted its managing "
            "director, Pieter van der Walt, as saying, “We remain ready to talk at any "
            "hour.”\n\n"
            "Commuters braced for chaos. One of them, a hospital porter named Emeka "
            "Chukwuma-Hart, told BBC Radio 4’s Today programme that he would cycle 14 "
            "miles to work. “My patients don’t strike, so I don’t get to either,” the "
            "porter said.\n\n"
            "Mac Giolla answered a critic who had called the drivers greedy in a reply "
            "under her own post. “Greedy is a 30 percent dividend,” she wrote.\n\n"
            "The transport secretary, Hamid Rezaei, told reporters in Westminster that "
            "he would meet both sides on Saturday."
        ),
        "quotes": [
            (
                "We gave them eleven meetings. They gave us a spreadsheet,",
                "Siobhán Mac Giolla",
                False,
                "P1",
            ),
            ("the best offer in the industry.", None, True, "P2"),
            (
                "We remain ready to talk at any hour.",
                "Pieter van der Walt",
                False,
                "P2",
            ),
            (
                "My patients don’t strike, so I don’t get to either,",
                "Emeka Chukwuma-Hart",
                False,
                "P3",
            ),
            ("Greedy is a 30 percent dividend,", "Siobhán Mac Giolla", False, "P1"),
        ],
        "posts": [
            ("P1", "Siobhán Mac Giolla", "Bluesky"),
            ("P2", None, "press release"),
            ("P3", "Emeka Chukwuma-Hart", "Today"),
        ],
        "people": [
            "Siobhán Mac Giolla",
            "Pieter van der Walt",
            "Emeka Chukwuma-Hart",
            "Hamid Rezaei",
        ],
    },
    {
        "name": "eye-drop-recall-release-pharmacist-tiktok-husband-threads-reply",
        "text": (
            "A drugmaker recalled two brands of over-the-counter eye drops on Tuesday "
            "after federal inspectors found bacteria at its plant in New Jersey. The "
            "company, Clearview Pharma, said in a press release that it was acting “out "
            "of an abundance of caution” and that no infections had been confirmed.\n\n"
            "A pharmacist in Ohio, Nadia Khoury-Benson, explained the recall in a "
            "TikTok video that has been viewed 2 million times. “Check the lot number "
            "on the box, not the bottle. The bottle is too small to print it,” the "
            "pharmacist says.\n\n"
            "In Atlanta, Latoya Whitfield wrote on Threads that her son had developed "
            "an eye infection after using one of the brands. Her husband, Curtis "
            "Whitfield, added in a reply beneath it: “Doctor says it’s probably the "
            "drops. Probably isn’t good enough.”\n\n"
            "The Food and Drug Administration said in a statement that it was testing "
            "samples. A spokesman, Abdirahman Yusuf, told reporters that results were "
            "expected within two weeks. “We will publish them when we have them,” he "
            "said."
        ),
        "quotes": [
            ("out of an abundance of caution", None, True, "P1"),
            (
                "Check the lot number on the box, not the bottle. The bottle is too "
                "small to print it,",
                "Nadia Khoury-Benson",
                False,
                "P2",
            ),
            (
                "Doctor says it’s probably the drops. Probably isn’t good enough.",
                "Curtis Whitfield",
                False,
                "P3",
            ),
            (
                "We will publish them when we have them,",
                "Abdirahman Yusuf",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Nadia Khoury-Benson", "TikTok"),
            ("P3", "Latoya Whitfield", "Threads"),
            ("P4", None, None),
        ],
        "people": [
            "Nadia Khoury-Benson",
            "Latoya Whitfield",
            "Curtis Whitfield",
            "Abdirahman Yusuf",
        ],
    },
    {
        "name": "tennis-withdrawal-instagram-rival-comment-tournament-statement",
        "text": (
            "The two-time champion Chiara Bellandi-Osei withdrew from the Madrid Open "
            "on Sunday with a wrist injury, she said on Instagram, a day before her "
            "first-round match. “My wrist has been talking to me for weeks. Today it "
            "started shouting,” she wrote.\n\n"
            "Her longtime rival, Yulia Sorokina-Haas, was among thousands who commented "
            "under the post: “Come back soon, the tour is boring without you.”\n\n"
            "The tournament said in a statement that Bellandi-Osei would be replaced in "
            "the draw by a lucky loser. In the statement, its director, Íñigo "
            "Larrañaga, called the withdrawal “a blow, but the right call.”\n\n"
            "Bellandi-Osei, nicknamed “La Pantera” by Italian fans, has struggled with "
            "injuries since last year’s U.S. Open. Her coach, Mehmet Aydın, told "
            "Gazzetta dello Sport that surgery was not planned. “Rest, rehabilitation, "
            "and then we see,” he said.\n\n"
            "At her pre-tournament news conference on Friday, she had already hinted at "
            "trouble. “I’m managing something, but I’ll be fine,” she told reporters."
        ),
        "quotes": [
            (
                "My wrist has been talking to me for weeks. Today it started shouting,",
                "Chiara Bellandi-Osei",
                False,
                "P1",
            ),
            (
                "Come back soon, the tour is boring without you.",
                "Yulia Sorokina-Haas",
                False,
                "P1",
            ),
            ("a blow, but the right call.", "Íñigo Larrañaga", True, "P2"),
            ("Rest, rehabilitation, and then we see,", "Mehmet Aydın", False, "P3"),
            (
                "I’m managing something, but I’ll be fine,",
                "Chiara Bellandi-Osei",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Chiara Bellandi-Osei", "Instagram"),
            ("P2", None, None),
            ("P3", "Mehmet Aydın", "Gazzetta dello Sport"),
        ],
        "people": [
            "Chiara Bellandi-Osei",
            "Yulia Sorokina-Haas",
            "Íñigo Larrañaga",
            "Mehmet Aydın",
        ],
    },
    {
        "name": "period-app-fine-appeal-ruling-medium-regulator-linkedin-comment",
        "text": (
            "An appeals court in Amsterdam on Wednesday upheld a €14 million fine "
            "against the period-tracking app Lunara for sharing users’ data with "
            "advertisers without clear consent.\n\n"
            "In a written ruling, the presiding judge, Marijke de Boer-Tahiri, said "
            "that consent “cannot be hidden behind a toggle switched on by default.”\n\n"
            "Lunara’s co-founder, Oksana Melnychuk, responded in a post on Medium "
            "titled “What we got wrong.” “We moved fast and we were careless with the "
            "most personal data there is,” she wrote. She said the company would not "
            "appeal further.\n\n"
            "The Dutch Data Protection Authority welcomed the ruling in a statement. "
            "“This judgment protects millions of women,” its chair, Youssef El Amrani, "
            "said in the statement.\n\n"
            "Melnychuk also posted on LinkedIn, where a privacy lawyer, Benedikt Sauer, "
            "commented beneath her post: “Rare to see a founder own it this clearly. "
            "Respect.”"
        ),
        "quotes": [
            (
                "cannot be hidden behind a toggle switched on by default.",
                "Marijke de Boer-Tahiri",
                True,
                "P1",
            ),
            (
                "We moved fast and we were careless with the most personal data there is,",
                "Oksana Melnychuk",
                False,
                "P2",
            ),
            (
                "This judgment protects millions of women,",
                "Youssef El Amrani",
                False,
                "P3",
            ),
            (
                "Rare to see a founder own it this clearly. Respect.",
                "Benedikt Sauer",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Marijke de Boer-Tahiri", None),
            ("P2", "Oksana Melnychuk", "Medium"),
            ("P3", None, None),
            ("P4", "Oksana Melnychuk", "LinkedIn"),
        ],
        "people": [
            "Marijke de Boer-Tahiri",
            "Oksana Melnychuk",
            "Youssef El Amrani",
            "Benedikt Sauer",
        ],
    },
    {
        "name": "chef-closes-restaurant-instagram-comment-substack-critic-podcast",
        "text": (
            "The chef Tomasz Wróblewski-Adeyemi will close his Michelin-starred "
            "restaurant, Ember & Rye, in Copenhagen at the end of the year, he "
            "announced on Instagram on Monday. “Eleven years, two stars, one very tired "
            "back. Time to cook for my kids,” the chef wrote beneath a photo of the "
            "empty dining room.\n\n"
            "His former sous-chef, Noor Al-Sabah, who now runs her own kitchen in "
            "Dubai, commented under the post, “Everything I know about fire I learned "
            "on your line.”\n\n"
            "The food critic Ingrid Solberg wrote in her Substack newsletter, The "
            "Second Course, that the closure marked “the end of Nordic cooking’s loud "
            "decade.”\n\n"
            "Wróblewski-Adeyemi went into more detail on the podcast The Pass, hosted "
            "by the writer Kofi Boateng-Reyes. “People think the stars are the "
            "pressure. The stars are nothing. The rent is the pressure,” he said.\n\n"
            "His wife and business partner, Hanne Wróblewski, said in a separate "
            "statement that all 42 staff would receive six months’ pay."
        ),
        "quotes": [
            (
                "Eleven years, two stars, one very tired back. Time to cook for my kids,",
                "Tomasz Wróblewski-Adeyemi",
                False,
                "P1",
            ),
            (
                "Everything I know about fire I learned on your line.",
                "Noor Al-Sabah",
                False,
                "P1",
            ),
            ("the end of Nordic cooking’s loud decade.", "Ingrid Solberg", True, "P2"),
            (
                "People think the stars are the pressure. The stars are nothing. The "
                "rent is the pressure,",
                "Tomasz Wróblewski-Adeyemi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Tomasz Wróblewski-Adeyemi", "Instagram"),
            ("P2", "Ingrid Solberg", "Substack"),
            ("P3", "Tomasz Wróblewski-Adeyemi", "The Pass"),
            ("P4", "Hanne Wróblewski", None),
        ],
        "people": [
            "Tomasz Wróblewski-Adeyemi",
            "Noor Al-Sabah",
            "Ingrid Solberg",
            "Kofi Boateng-Reyes",
            "Hanne Wróblewski",
        ],
    },
]
