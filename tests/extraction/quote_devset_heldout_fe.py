"""The one-hundred-and-fifty-fifth self-made dev set, held out (FE): its first run is an
unseen estimate.

Written with set FD, without reading the extraction rules, and committed before
any rule was run on it. Topic area: science, technology and the environment:
researchers, tech companies, climate and energy. Same format and conventions as
the earlier self-made sets (not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show as written, without
quotation marks), and "told" a named newspaper is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay
with no named outlet is a post with no platform, and an essay or op-ed on a
named platform or in a named newspaper has that platform; a press release or
news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post
  ("has told 2.3 million customers" reports the company's email before the
  email is named).
- A post reported without any quoted words is still listed in posts:
  Qureshi "told The Guardian", Lindgren's first video, Mehta-Rao "said on
  CNBC's Squawk Box", the Standing Elk Nation's lawsuit, El Amrani "said on the
  television programme Maroc Matin".
- A quote split by its attribution (“X,” she said, “Y.”) is two quotes, neither
  partial, each keeping the punctuation inside its marks; so is a quote split
  mid-sentence around "says Dr. ...".
- A company statement that quotes its chief engineer ("the statement quoted
  ... as saying") has author None and the quote's speaker is the engineer; the
  same for a press release quoting an operations director.
- A photo posted "with the caption ..." is an Instagram post whose caption is a
  whole quote (not partial).
- A quote introduced by "Asked by the show's host" is tied to that show's
  podcast interview.
- Titles in marks are not quotes: a Reddit thread titled “Is battery recycling
  a scam?”, a Substack essay titled “The Benchmark Trap,”, an “Ask Me Anything”
  thread. A project's nickname (“the Sun King”) and a scare quote (“moonshot”)
  are not quotes.
- An unnamed user's Reddit thread has author None; a fragment introduced by
  "In the thread, its author ... called" is partial, speaks as None and belongs
  to the thread.
- A Reddit "Ask Me Anything" thread started by a named scientist is her Reddit
  post; her answer to a user's question in it ("One user asked ... she
  replied") and an unnamed user's comment "under the thread" belong to it, the
  comment with speaker None.
- A TikTok or YouTube quote introduced by "says in the clip" or "says in the
  new video" (present tense) belongs to that video; a comment left beneath it
  belongs to it.
- A YouTuber's correction video is a new YouTube post, separate from the
  earlier video it corrects (which is listed first, without quotes).
- A chief executive's email to staff is his post with no platform; a company's
  email to customers has author None, platform None, and its words speak as
  None.
- A reply under a "second post" on Bluesky belongs to that second post; a
  lecture "uploaded to YouTube" is a YouTube post and "says near the end of the
  video" ties the quote to it.
- A post in a named village's Facebook group by a named member is that
  member's Facebook post.
- An open letter signed by hundreds of residents is a post with author None and
  platform None; its words speak as None. An unnamed resident speaking about
  the letter is not quoting it (speaker None, no post).
- A radio show (The Morning Exchange), "the ABC's Landline program" (Landline),
  "CNBC's Squawk Box" (Squawk Box), "the television programme Maroc Matin"
  (Maroc Matin) and a named podcast (Qubit by Qubit) take the show's name as
  platform.
- A company's earnings release is a press release with author None; quotes on
  the earnings call have no post; an analyst's note to clients is the analyst's
  post with no platform.
- A multi-paragraph quote right after "In an interview with The Japan Times"
  belongs to that interview; it is one quote per paragraph, the first running
  from its opening mark to the end of its paragraph (it has no closing mark).
- A deleted post on X is still a post; its fragment is partial.
- An unnamed spokesperson for a government department speaks as None and,
  with no statement named, gives no post.
- A minister's office's statement has author None and its words speak as None.
- "Said in a video call with reporters" is like a news conference: not a post.
  A keynote speech ("told the audience") is not a post.
- Sharing an observatory's press release on Instagram "with a note of her own"
  is a new Instagram post by the sharer; the release's own fragment speaks as
  None.
- A judge's written ruling is the judge's post with no platform; a lawsuit
  brought by a tribal nation has author None and no platform.
- "Wrote the 52-year-old" right after an op-ed in a named newspaper ties the
  quote to the op-ed; a union's post on X has author None and speaks as None.
- A post on Mastodon has platform Mastodon.
- A study published in a journal (The Lancet Planetary Health) is not a post;
  sharing it on LinkedIn is, and "wrote there" ties the fragment to it.
- A scare quote in single marks inside a quote (‘within five years.’) is part
  of the quote's text and is not a quote of its own.
- Titles such as Dr., Judge and Senator are not part of a canonical name; name
  order as written is kept for Chinese names (Chen Meiling, bare "Chen");
  hyphenated surnames and curly apostrophes (Niamh O’Sullivan) are part of the
  name.
- People are listed in order of first mention, including people named but never
  quoted; organisations, animals and places are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FE: list[dict] = [
    {
        "name": "x-satellite-launch-failure-statement-news-conference",
        "text": (
            "Orbiteer, a satellite start-up based in Toulouse, lost its first weather satellite "
            "on Thursday when the upper stage of its rocket failed four minutes after lift-off.\n\n"
            "“Space is hard, and today it was harder than we hoped,” the company’s chief "
            "executive, Amélie Fournier-Diallo, wrote on X an hour later. “Nobody was hurt, and "
            "we will fly again.”\n\n"
            "In a statement, Orbiteer said the satellite had been insured. “The data from the "
            "flight will tell us exactly what went wrong,” the statement quoted its chief "
            "engineer, Rajesh Venkataraman, as saying.\n\n"
            "At a news conference on Friday, Fournier-Diallo declined to give a date for the next "
            "attempt. “When it is ready, and not a day before,” she told reporters. The French "
            "space agency’s director, Luc Brassard, attended but did not speak."
        ),
        "quotes": [
            (
                "Space is hard, and today it was harder than we hoped,",
                "Amélie Fournier-Diallo",
                False,
                "P1",
            ),
            ("Nobody was hurt, and we will fly again.", "Amélie Fournier-Diallo", False, "P1"),
            (
                "The data from the flight will tell us exactly what went wrong,",
                "Rajesh Venkataraman",
                False,
                "P2",
            ),
            ("When it is ready, and not a day before,", "Amélie Fournier-Diallo", False, None),
        ],
        "posts": [
            ("P1", "Amélie Fournier-Diallo", "X"),
            ("P2", None, None),
        ],
        "people": ["Amélie Fournier-Diallo", "Rajesh Venkataraman", "Luc Brassard"],
    },
    {
        "name": "instagram-caption-glaciologist-podcast-host",
        "text": (
            "The glaciologist Sigrún Hallgrímsdóttir has measured the Skálafell glacier every "
            "August for twelve years. This summer she posted a photo of its bare, grey snout on "
            "Instagram with the caption “Forty metres gone since last year.”\n\n"
            "The 38-year-old, who works at the University of Iceland with her longtime "
            "collaborator Pétur Ólafsson, said the retreat had surprised even her. “I expected it "
            "to slow down once the thin ice was gone. It did the opposite,” she said on the "
            "podcast The Cryosphere Hour.\n\n"
            "Asked by the show’s host whether the glacier could be saved, she was blunt. “Not "
            "this one. What we can still decide is how many others go with it.”"
        ),
        "quotes": [
            ("Forty metres gone since last year.", "Sigrún Hallgrímsdóttir", False, "P1"),
            (
                "I expected it to slow down once the thin ice was gone. It did the opposite,",
                "Sigrún Hallgrímsdóttir",
                False,
                "P2",
            ),
            (
                "Not this one. What we can still decide is how many others go with it.",
                "Sigrún Hallgrímsdóttir",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Sigrún Hallgrímsdóttir", "Instagram"),
            ("P2", "Sigrún Hallgrímsdóttir", "The Cryosphere Hour"),
        ],
        "people": ["Sigrún Hallgrímsdóttir", "Pétur Ólafsson"],
    },
    {
        "name": "tiktok-battery-recycling-comment-unnamed-reddit-thread",
        "text": (
            "A TikTok video in which the chemical engineer Kwame Asante-Boateng pulls apart a "
            "dead e-bike battery has been viewed more than four million times since Sunday.\n\n"
            "“Ninety-five percent of what is in here can go back into a new battery,” "
            "Asante-Boateng says in the clip, holding up a handful of black powder. “We just are "
            "not collecting it.”\n\n"
            "One of the top comments under the video came from Lena Hoffmann, a recycling "
            "manager in Leipzig: “We get maybe one in ten of these back. People keep them in "
            "drawers.”\n\n"
            "On Reddit, a thread titled “Is battery recycling a scam?” drew hundreds of replies. "
            "In the thread, its author, who did not give a name, called industry claims "
            "“greenwashing with extra steps.”"
        ),
        "quotes": [
            (
                "Ninety-five percent of what is in here can go back into a new battery,",
                "Kwame Asante-Boateng",
                False,
                "P1",
            ),
            ("We just are not collecting it.", "Kwame Asante-Boateng", False, "P1"),
            (
                "We get maybe one in ten of these back. People keep them in drawers.",
                "Lena Hoffmann",
                False,
                "P1",
            ),
            ("greenwashing with extra steps.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "TikTok"),
            ("P2", None, "Reddit"),
        ],
        "people": ["Kwame Asante-Boateng", "Lena Hoffmann"],
    },
    {
        "name": "minister-hearing-solar-farm-nickname-press-release",
        "text": (
            "The energy minister, Thandiwe Mokoena, defended the approval of a 2-gigawatt solar "
            "farm in the Northern Cape at a parliamentary hearing on Wednesday. “This project "
            "will power a million homes without burning a single lump of coal,” the minister "
            "said.\n\n"
            "Opposition lawmakers have nicknamed the scheme “the Sun King” after its developer, "
            "the billionaire Pieter van der Merwe, who was not at the hearing.\n\n"
            "His company, Kalahari Helios, said in a press release that construction would begin "
            "in May. “We are ready to build, and we are ready to hire locally,” the release "
            "quoted its operations director, Zanele Dube, as saying.\n\n"
            "Mokoena was asked whether the grid could absorb so much new power. “Not yet,” she "
            "said. “That is why the transmission budget doubles next year.”"
        ),
        "quotes": [
            (
                "This project will power a million homes without burning a single lump of coal,",
                "Thandiwe Mokoena",
                False,
                None,
            ),
            (
                "We are ready to build, and we are ready to hire locally,",
                "Zanele Dube",
                False,
                "P1",
            ),
            ("Not yet,", "Thandiwe Mokoena", False, None),
            (
                "That is why the transmission budget doubles next year.",
                "Thandiwe Mokoena",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
        ],
        "people": ["Thandiwe Mokoena", "Pieter van der Merwe", "Zanele Dube"],
    },
    {
        "name": "linkedin-ai-startup-layoffs-comment-staff-email-guardian",
        "text": (
            "Farhan Qureshi, the chief executive of the AI start-up Lattice Minds, announced on "
            "LinkedIn on Monday that the company would cut a third of its 300 staff. “I made "
            "bets that did not pay off, and good people are paying for them,” he wrote.\n\n"
            "A former engineer, Yuki Tanabe, commented under the post: “Grateful for four great "
            "years. Hire these people, they are brilliant.”\n\n"
            "In an email to staff on Monday evening, Qureshi said severance would run for six "
            "months. “Nobody leaves with less than half a year of pay,” he wrote.\n\n"
            "He told The Guardian that the company’s main product, a coding assistant, was still "
            "growing. The cuts, he said, fell mostly on a research team working on long-range "
            "“moonshot” projects."
        ),
        "quotes": [
            (
                "I made bets that did not pay off, and good people are paying for them,",
                "Farhan Qureshi",
                False,
                "P1",
            ),
            (
                "Grateful for four great years. Hire these people, they are brilliant.",
                "Yuki Tanabe",
                False,
                "P1",
            ),
            ("Nobody leaves with less than half a year of pay,", "Farhan Qureshi", False, "P2"),
        ],
        "posts": [
            ("P1", "Farhan Qureshi", "LinkedIn"),
            ("P2", "Farhan Qureshi", None),
            ("P3", "Farhan Qureshi", "The Guardian"),
        ],
        "people": ["Farhan Qureshi", "Yuki Tanabe"],
    },
    {
        "name": "bluesky-ocean-heat-second-post-reply-youtube-lecture",
        "text": (
            "The climate modeller Ana Lúcia Ferreira set off a debate on Bluesky this week when "
            "she posted that the past year’s record ocean heat was “not a fluke, and not the new "
            "normal either.”\n\n"
            "In a second post she added: “The new normal implies it stops here. It does not stop "
            "here.” The oceanographer Malik Haddad replied under that post, “Agree, but the "
            "models underestimated this year by a lot.”\n\n"
            "Ferreira expanded on the argument in a 40-minute lecture she uploaded to YouTube on "
            "Thursday. “Every tenth of a degree we avoid is worth fighting for,” she says near "
            "the end of the video."
        ),
        "quotes": [
            (
                "not a fluke, and not the new normal either.",
                "Ana Lúcia Ferreira",
                True,
                "P1",
            ),
            (
                "The new normal implies it stops here. It does not stop here.",
                "Ana Lúcia Ferreira",
                False,
                "P2",
            ),
            (
                "Agree, but the models underestimated this year by a lot.",
                "Malik Haddad",
                False,
                "P2",
            ),
            (
                "Every tenth of a degree we avoid is worth fighting for,",
                "Ana Lúcia Ferreira",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Ana Lúcia Ferreira", "Bluesky"),
            ("P2", "Ana Lúcia Ferreira", "Bluesky"),
            ("P3", "Ana Lúcia Ferreira", "YouTube"),
        ],
        "people": ["Ana Lúcia Ferreira", "Malik Haddad"],
    },
    {
        "name": "facebook-group-wind-turbines-open-letter-unnamed-resident",
        "text": (
            "Plans for 14 wind turbines on the hills above Glenarvon have split the village. In "
            "a post in the Glenarvon Community Facebook group, the retired teacher Moira "
            "Callaghan wrote that the turbines would “loom over every garden in the valley.”\n\n"
            "Her neighbour, the sheep farmer Eoghan Brennan, who has agreed to lease land for "
            "four of the turbines, has not commented publicly.\n\n"
            "An open letter supporting the project, signed by more than 300 residents, was sent "
            "to the county council on Friday. “We would rather see turbines than see our "
            "children move away for work,” the letter said.\n\n"
            "“Half of them have never walked up there,” one resident, who asked not to be named, "
            "said of the letter’s signatories."
        ),
        "quotes": [
            ("loom over every garden in the valley.", "Moira Callaghan", True, "P1"),
            (
                "We would rather see turbines than see our children move away for work,",
                None,
                False,
                "P2",
            ),
            ("Half of them have never walked up there,", None, False, None),
        ],
        "posts": [
            ("P1", "Moira Callaghan", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Moira Callaghan", "Eoghan Brennan"],
    },
    {
        "name": "substack-essay-benchmarks-radio-show-lab-statement",
        "text": (
            "In an essay on Substack titled “The Benchmark Trap,” the machine-learning "
            "researcher Oluwaseun Bankole-Reyes argued that AI labs are training their models to "
            "pass tests rather than to be useful. “We have built a generation of systems that "
            "are superb at exams and mediocre at jobs,” she wrote.\n\n"
            "Bankole-Reyes, who left the research lab Cortexa last year, repeated the point on "
            "the radio show The Morning Exchange on Wednesday. “If a benchmark becomes the goal, "
            "it stops telling you anything,” she said.\n\n"
            "Cortexa said in a statement that its models were evaluated “on far more than public "
            "leaderboards.” Its chief scientist, Dmitri Volkov, did not respond to a request for "
            "comment."
        ),
        "quotes": [
            (
                "We have built a generation of systems that are superb at exams and mediocre at "
                "jobs,",
                "Oluwaseun Bankole-Reyes",
                False,
                "P1",
            ),
            (
                "If a benchmark becomes the goal, it stops telling you anything,",
                "Oluwaseun Bankole-Reyes",
                False,
                "P2",
            ),
            ("on far more than public leaderboards.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Oluwaseun Bankole-Reyes", "Substack"),
            ("P2", "Oluwaseun Bankole-Reyes", "The Morning Exchange"),
            ("P3", None, None),
        ],
        "people": ["Oluwaseun Bankole-Reyes", "Dmitri Volkov"],
    },
    {
        "name": "earnings-release-call-threads-ev-maker-analyst-note",
        "text": (
            "Voltaro, the electric-car maker, reported its first quarterly profit on Tuesday. In "
            "its earnings release, the company said deliveries had risen 40 percent “despite a "
            "brutal price war.”\n\n"
            "On the earnings call that followed, the chief executive, Chen Meiling, said the "
            "company would not cut prices again this year. “We have reached the floor,” Chen "
            "said. “Below it, nobody makes money.”\n\n"
            "Later she posted on Threads: “Profitable. Finally. Thank you to every one of our "
            "9,000 people.”\n\n"
            "In a note to clients, the analyst Gustavo Iriarte of Banco Meridional called the "
            "results “better than feared, not as good as hoped.”"
        ),
        "quotes": [
            ("despite a brutal price war.", None, True, "P1"),
            ("We have reached the floor,", "Chen Meiling", False, None),
            ("Below it, nobody makes money.", "Chen Meiling", False, None),
            (
                "Profitable. Finally. Thank you to every one of our 9,000 people.",
                "Chen Meiling",
                False,
                "P2",
            ),
            ("better than feared, not as good as hoped.", "Gustavo Iriarte", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Chen Meiling", "Threads"),
            ("P3", "Gustavo Iriarte", None),
        ],
        "people": ["Chen Meiling", "Gustavo Iriarte"],
    },
    {
        "name": "japan-times-interview-coral-two-paragraph-quote",
        "text": (
            "The marine biologist Hina Takahashi has spent two decades counting coral larvae off "
            "Okinawa. In an interview with The Japan Times, she described the bleaching of 2024 "
            "as the worst she had seen.\n\n"
            "“We went out in September and the reef was white from one end to the other. I have "
            "never heard a dive team so quiet on the boat back.\n\n"
            "“Some of it will recover. But recovery takes ten years, and the next heatwave will "
            "not wait ten years.”\n\n"
            "Takahashi’s team is now growing heat-tolerant corals in tanks, a project funded by "
            "the philanthropist Rodrigo Salazar."
        ),
        "quotes": [
            (
                "We went out in September and the reef was white from one end to the other. I "
                "have never heard a dive team so quiet on the boat back.",
                "Hina Takahashi",
                False,
                "P1",
            ),
            (
                "Some of it will recover. But recovery takes ten years, and the next heatwave "
                "will not wait ten years.",
                "Hina Takahashi",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Hina Takahashi", "The Japan Times"),
        ],
        "people": ["Hina Takahashi", "Rodrigo Salazar"],
    },
    {
        "name": "deleted-x-post-chip-export-rules-spokesperson-senator-hearing",
        "text": (
            "Ravi Subramanian, the founder of the chipmaker Quillon Semiconductor, deleted a "
            "post on X on Saturday in which he had called new export rules “a gift to our "
            "competitors.” The post had been up for about three hours.\n\n"
            "A spokesperson for the Commerce Department said the rules were “narrowly targeted "
            "and long overdue.”\n\n"
            "Senator Margaret Okafor, who chairs the trade subcommittee, said at a hearing on "
            "Monday that she had seen the post before it vanished. “He is entitled to his "
            "opinion. He is not entitled to his own set of facts,” the senator said."
        ),
        "quotes": [
            ("a gift to our competitors.", "Ravi Subramanian", True, "P1"),
            ("narrowly targeted and long overdue.", None, True, None),
            (
                "He is entitled to his opinion. He is not entitled to his own set of facts,",
                "Margaret Okafor",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ravi Subramanian", "X"),
        ],
        "people": ["Ravi Subramanian", "Margaret Okafor"],
    },
    {
        "name": "youtube-fusion-correction-video-physicist-comment",
        "text": (
            "Last month the science YouTuber Tobias Lindgren, whose channel has 3 million "
            "subscribers, told viewers in a video that a working fusion power plant was five "
            "years away. On Friday he posted a correction.\n\n"
            "“I said ‘within five years.’ That was wrong, and I should have checked,” Lindgren "
            "says in the new video.\n\n"
            "Beneath it, the plasma physicist Priya Raghunathan, whose research was cited in the "
            "original, left a comment: “Thank you for this. Most people never correct "
            "anything.”\n\n"
            "Lindgren’s sponsor, the energy start-up Brightcore Fusion, declined to comment."
        ),
        "quotes": [
            (
                "I said ‘within five years.’ That was wrong, and I should have checked,",
                "Tobias Lindgren",
                False,
                "P2",
            ),
            (
                "Thank you for this. Most people never correct anything.",
                "Priya Raghunathan",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Tobias Lindgren", "YouTube"),
            ("P2", "Tobias Lindgren", "YouTube"),
        ],
        "people": ["Tobias Lindgren", "Priya Raghunathan"],
    },
    {
        "name": "landline-drought-minister-farmer-x-reply-office-statement",
        "text": (
            "Australia’s water minister, Jarrah Williams, said on Sunday that the government "
            "would buy back more irrigation licences in the Murray–Darling Basin as the drought "
            "deepened.\n\n"
            "“We cannot irrigate our way out of a river that has no water in it,” Williams told "
            "the ABC’s Landline program.\n\n"
            "The rice grower Sophie Nguyen-Baxter, whose family has farmed near Deniliquin since "
            "1952, answered on X within the hour: “Buy our water and you buy our town. Come and "
            "see it first.”\n\n"
            "The minister’s office said in a statement that he would visit the region “in the "
            "coming weeks.”"
        ),
        "quotes": [
            (
                "We cannot irrigate our way out of a river that has no water in it,",
                "Jarrah Williams",
                False,
                "P1",
            ),
            (
                "Buy our water and you buy our town. Come and see it first.",
                "Sophie Nguyen-Baxter",
                False,
                "P2",
            ),
            ("in the coming weeks.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Jarrah Williams", "Landline"),
            ("P2", "Sophie Nguyen-Baxter", "X"),
            ("P3", None, None),
        ],
        "people": ["Jarrah Williams", "Sophie Nguyen-Baxter"],
    },
    {
        "name": "amateur-comet-video-call-press-release-instagram-note",
        "text": (
            "An amateur astronomer in Chile has become the first person in more than a decade to "
            "discover a comet visible to the naked eye. Joaquín Huenchumilla, a 71-year-old "
            "retired bus driver, spotted it from his backyard in Vicuña on the night of March "
            "3.\n\n"
            "“I thought it was a smudge on the lens,” he said in a video call with reporters on "
            "Tuesday. “Then the smudge moved.”\n\n"
            "The Atacama Southern Observatory confirmed the find in a press release, which called "
            "the comet “a gift for the southern sky.” Its director general, Ingrid Sørensen, "
            "shared the release on Instagram with a note of her own: “Backyard astronomy is alive "
            "and well.”\n\n"
            "The comet will carry the name of the 71-year-old, who said he planned to invite his "
            "grandchildren to watch it."
        ),
        "quotes": [
            ("I thought it was a smudge on the lens,", "Joaquín Huenchumilla", False, None),
            ("Then the smudge moved.", "Joaquín Huenchumilla", False, None),
            ("a gift for the southern sky.", None, True, "P1"),
            ("Backyard astronomy is alive and well.", "Ingrid Sørensen", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Sørensen", "Instagram"),
        ],
        "people": ["Joaquín Huenchumilla", "Ingrid Sørensen"],
    },
    {
        "name": "pipeline-ruling-judge-tribal-lawsuit-facebook-company-statement",
        "text": (
            "A federal judge on Thursday halted construction of the Red Willow oil pipeline "
            "across the Lakota River, ruling that regulators had skipped a required study of the "
            "risk to drinking water.\n\n"
            "“An agency may not approve first and ask questions later,” Judge Rosalind "
            "Achterberg wrote in her 38-page ruling.\n\n"
            "The lawsuit was brought last year by the Standing Elk Nation, whose chairwoman, "
            "Marlene Whitehorse, celebrated on Facebook. “Our water is not a rounding error,” "
            "she wrote.\n\n"
            "The pipeline’s builder, Prairie Crest Midstream, said it would appeal. In a "
            "statement, the company said the ruling “ignores years of careful review.”"
        ),
        "quotes": [
            (
                "An agency may not approve first and ask questions later,",
                "Rosalind Achterberg",
                False,
                "P1",
            ),
            ("Our water is not a rounding error,", "Marlene Whitehorse", False, "P3"),
            ("ignores years of careful review.", None, True, "P4"),
        ],
        "posts": [
            ("P1", "Rosalind Achterberg", None),
            ("P2", None, None),
            ("P3", "Marlene Whitehorse", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Rosalind Achterberg", "Marlene Whitehorse"],
    },
    {
        "name": "quantum-podcast-keynote-rival-x-answer",
        "text": (
            "Two of the biggest names in quantum computing traded barbs this week over when the "
            "machines will be useful.\n\n"
            "Speaking on the podcast Qubit by Qubit, Aleksandra Nowak, the chief scientist of the "
            "start-up Entangle, said commercially useful quantum computers were “at least fifteen "
            "years off, and I am being generous.”\n\n"
            "Hugo Deschamps, whose company Photonique claims to be five years from that goal, "
            "disagreed in a keynote speech in Geneva on Wednesday. “People who say fifteen years "
            "said fifteen years fifteen years ago,” he told the audience.\n\n"
            "Nowak answered on X: “He is right about that. We were wrong then too.”"
        ),
        "quotes": [
            (
                "at least fifteen years off, and I am being generous.",
                "Aleksandra Nowak",
                True,
                "P1",
            ),
            (
                "People who say fifteen years said fifteen years fifteen years ago,",
                "Hugo Deschamps",
                False,
                None,
            ),
            ("He is right about that. We were wrong then too.", "Aleksandra Nowak", False, "P2"),
        ],
        "posts": [
            ("P1", "Aleksandra Nowak", "Qubit by Qubit"),
            ("P2", "Aleksandra Nowak", "X"),
        ],
        "people": ["Aleksandra Nowak", "Hugo Deschamps"],
    },
    {
        "name": "reddit-ama-volcanologist-answer-unnamed-user-comment",
        "text": (
            "The volcanologist Teuila Faleolo answered questions for three hours on Reddit on "
            "Thursday, in an “Ask Me Anything” thread she started after the eruption of Mount "
            "Taruvai.\n\n"
            "One user asked whether nearby villages should have been evacuated sooner. "
            "“Probably, yes. The signals were there a week earlier, and we argued about them for "
            "too long,” she replied.\n\n"
            "Another user, who said they lived 20 kilometres from the crater, wrote under the "
            "thread: “Thank you for being honest. Nobody else has been.”\n\n"
            "Government officials, including the disaster management director Sione Tupou, have "
            "said the evacuation order came as soon as the data allowed."
        ),
        "quotes": [
            (
                "Probably, yes. The signals were there a week earlier, and we argued about them "
                "for too long,",
                "Teuila Faleolo",
                False,
                "P1",
            ),
            ("Thank you for being honest. Nobody else has been.", None, False, "P1"),
        ],
        "posts": [
            ("P1", "Teuila Faleolo", "Reddit"),
        ],
        "people": ["Teuila Faleolo", "Sione Tupou"],
    },
    {
        "name": "op-ed-nuclear-closure-former-regulator-union-x",
        "text": (
            "In an op-ed in the Süddeutsche Zeitung on Saturday, the physicist and former "
            "regulator Katharina Brandt-Yilmaz argued that closing Germany’s last nuclear plants "
            "had been “a costly act of symbolism.”\n\n"
            "“We switched off clean power and switched on coal, and then we called it progress,” "
            "wrote the 52-year-old, who led the country’s reactor-safety commission until "
            "2019.\n\n"
            "The energy workers’ union IG Strom responded on X that the debate was over. “The "
            "plants are closed. Let us talk about the jobs that replaced them,” the union "
            "posted.\n\n"
            "Her former deputy at the commission, Emre Aydın, has said he agrees with her."
        ),
        "quotes": [
            ("a costly act of symbolism.", "Katharina Brandt-Yilmaz", True, "P1"),
            (
                "We switched off clean power and switched on coal, and then we called it progress,",
                "Katharina Brandt-Yilmaz",
                False,
                "P1",
            ),
            (
                "The plants are closed. Let us talk about the jobs that replaced them,",
                None,
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Katharina Brandt-Yilmaz", "Süddeutsche Zeitung"),
            ("P2", None, "X"),
        ],
        "people": ["Katharina Brandt-Yilmaz", "Emre Aydın"],
    },
    {
        "name": "fitness-tracker-breach-customer-email-mastodon-squawk-box",
        "text": (
            "The fitness-tracker maker Pulsewave has told 2.3 million customers that their "
            "heart-rate and location data may have been exposed in a breach discovered last "
            "week.\n\n"
            "“We are deeply sorry. You trusted us with some of the most personal data there "
            "is,” the company said in an email to customers on Monday.\n\n"
            "The flaw was first reported by the independent security researcher Niamh "
            "O’Sullivan, who wrote on Mastodon that the data had been sitting on an unprotected "
            "server “for anyone with a browser.”\n\n"
            "Pulsewave’s chief executive, Arjun Mehta-Rao, said on CNBC’s Squawk Box on Tuesday "
            "that the server had been closed within an hour of her report. Ireland’s data "
            "protection commissioner, Siobhán Kearney, told a news conference that her office "
            "had opened an inquiry. “Speed of response matters, but so does why the door was "
            "open,” she said."
        ),
        "quotes": [
            (
                "We are deeply sorry. You trusted us with some of the most personal data there is,",
                None,
                False,
                "P1",
            ),
            ("for anyone with a browser.", "Niamh O’Sullivan", True, "P2"),
            (
                "Speed of response matters, but so does why the door was open,",
                "Siobhán Kearney",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Niamh O’Sullivan", "Mastodon"),
            ("P3", "Arjun Mehta-Rao", "Squawk Box"),
        ],
        "people": ["Niamh O’Sullivan", "Arjun Mehta-Rao", "Siobhán Kearney"],
    },
    {
        "name": "heat-deaths-split-quote-says-tv-programme-linkedin",
        "text": (
            "“Heat is the quiet killer,” says Dr. Fatima Zahra Benali, an epidemiologist at the "
            "University of Rabat, “because its victims die alone, indoors, and nobody counts "
            "them.”\n\n"
            "Her study, published on Wednesday in The Lancet Planetary Health, estimates that "
            "the 2023 heatwave killed 2,100 people in Morocco, four times the official figure.\n\n"
            "Morocco’s health minister, Youssef El Amrani, said on the television programme "
            "Maroc Matin that the ministry would review its methods. Benali, who shared the "
            "study on LinkedIn, wrote there that she hoped the numbers would “change how cities "
            "plan for summer.”"
        ),
        "quotes": [
            ("Heat is the quiet killer,", "Fatima Zahra Benali", False, None),
            (
                "because its victims die alone, indoors, and nobody counts them.",
                "Fatima Zahra Benali",
                False,
                None,
            ),
            ("change how cities plan for summer.", "Fatima Zahra Benali", True, "P2"),
        ],
        "posts": [
            ("P1", "Youssef El Amrani", "Maroc Matin"),
            ("P2", "Fatima Zahra Benali", "LinkedIn"),
        ],
        "people": ["Fatima Zahra Benali", "Youssef El Amrani"],
    },
]
