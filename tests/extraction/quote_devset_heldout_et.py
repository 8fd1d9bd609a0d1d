"""The one-hundred-and-forty-fourth self-made dev set, held out (ET): its first run is an unseen estimate.

Written with set EU, without reading the extraction rules, and committed before
any rule was run on it. Topic area: national politics, government, diplomacy and
international affairs.

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
  reported without quoted words (a post on X only described, a ministry
  statement or emailed statement only summarised, a letter only paraphrased, a
  chart posted "without comment") is still listed in posts.
- A government ministry, an embassy, a party, a lobby group, an election
  commission and an auditor's office speak as None; their statements, reports,
  memos and releases have author None. A joint statement by several leaders
  and an open letter signed by fourteen governors have author None as well.
- A ministry's "news release" is a press release; "The commission said ...
  'without delay.'" right after its press release is tied to that release.
- An unnamed official who "told the Basin Times" gives a newspaper interview:
  a post with author None and platform Basin Times; the words speak as None.
- A leaked cabinet memo "first reported by" a newspaper is a memo with author
  None and no platform; the newspaper is not its platform. A memo "written by a
  senior official" (unnamed) likewise has author None.
- An unnamed spokeswoman's email to journalists is a post with author None and
  no platform; her words speak as None.
- Remarks to the Security Council, an annual address to parliament, a
  parliamentary hearing or committee, a town hall, a rally, a victory speech in
  a square, a foreign policy forum and "speaking to reporters at the airport"
  are not posts.
- A radio program (Capitol Morning), an evening news program (Aranea Tonight),
  a current affairs show (Inside Government), a podcast (Front Line Talk), a
  public broadcaster (DRT Radio), a television channel (KTV24), a magazine
  (Polity Review) and a business daily (The Ledger, article kept) are platforms
  as written.
- A thread on X is one X post; an Instagram live broadcast is an Instagram
  post; a TikTok video is a TikTok post; a post on a WhatsApp channel has
  platform WhatsApp; a weekly Substack newsletter has platform Substack; a
  video on an embassy's YouTube channel in which the ambassador speaks is the
  ambassador's YouTube post.
- A resignation letter and a letter to the Security Council president are the
  writer's posts with no platform; a named person's court filing in her own
  lawsuit is her post with no platform.
- "Responded on Bluesky in a post of her own" is a new Bluesky post by the
  responder; a reply under a Bluesky, Facebook or Threads post belongs to it
  even when the post itself is not quoted.
- Words given whole after "with the words" are not partial.
- Both halves of a split sentence (“That,” he said, “is a fair point.”) and of
  a split quote in a letter are whole quotes, not partial.
- A nickname or nom de guerre in marks (“the Quiet Builder”, “the Auditor”,
  “Tideborn”) and a policy name in scare quotes after "so-called" (“managed
  capacity”) are not quotes; a fragment said at a rally (“convenient exit”) is
  a partial quote; a platform named inside a quote (TikTok) is not a post.
- A first name inside a quote ("Dariusz", "Jonas") does not add a person; the
  people list keeps the canonical names only.
- Titles and offices (Ambassador, Senator, Governor, Judge, Chancellor, the
  Speaker, Auditor-General, retired general) are not part of a canonical name;
  "the minister" and "the official" are description speakers resolved to the
  person named earlier, or to None when the person is unnamed.
- A person named but never quoted (Vera Lindqvist-Obi, Hanne Solberg-Achebe,
  Milos Radanovic) is still listed in people; a post-only author without a
  quote keeps that author.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_ET: list[dict] = [
    {
        "name": "foreign-minister-x-post-statement-newspaper-interview",
        "text": (
            "Foreign Minister Adaeze Okonkwo-Barre of Calvara said on Wednesday that her government "
            "would recall its ambassador from neighbouring Vestmark after a dispute over fishing "
            "rights in the Sorrel Strait. “Our patience is not a resource the other side can draw "
            "on forever,” she wrote on X.\n\n"
            "Vestmark’s foreign ministry answered within hours in a statement. “The waters in "
            "question have been ours since the 1952 treaty, and nothing posted online changes "
            "that,” it said.\n\n"
            "In an interview with the Calvara Herald, Okonkwo-Barre said the recall was “temporary "
            "but serious” and that talks could resume within weeks. “We are not closing the door,” "
            "she said. “We are asking them to knock properly.”\n\n"
            "Opposition leader Ruben Castellanos-Mier told reporters outside parliament that the "
            "minister had acted too quickly. “You do not win a negotiation by walking out of the "
            "room,” he said."
        ),
        "quotes": [
            (
                "Our patience is not a resource the other side can draw on forever,",
                "Adaeze Okonkwo-Barre",
                False,
                "P1",
            ),
            (
                "The waters in question have been ours since the 1952 treaty, and nothing posted "
                "online changes that,",
                None,
                False,
                "P2",
            ),
            ("temporary but serious", "Adaeze Okonkwo-Barre", True, "P3"),
            ("We are not closing the door,", "Adaeze Okonkwo-Barre", False, "P3"),
            ("We are asking them to knock properly.", "Adaeze Okonkwo-Barre", False, "P3"),
            (
                "You do not win a negotiation by walking out of the room,",
                "Ruben Castellanos-Mier",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Adaeze Okonkwo-Barre", "X"),
            ("P2", None, None),
            ("P3", "Adaeze Okonkwo-Barre", "Calvara Herald"),
        ],
        "people": ["Adaeze Okonkwo-Barre", "Ruben Castellanos-Mier"],
    },
    {
        "name": "budget-press-release-news-conference-union-facebook-op-ed",
        "text": (
            "The Treasury of Norland released its spring budget on Thursday, promising to cut the "
            "deficit to 2 percent of output by 2027. “This is a budget for stability, not "
            "spectacle,” the ministry said in a press release.\n\n"
            "At a news conference that afternoon, Finance Minister Pieter Vandenhoek defended the "
            "decision to freeze public-sector pay for a second year. “Nobody in this building "
            "enjoys asking nurses and teachers to wait,” he said. “But the alternative is a bill "
            "our children pay with interest.”\n\n"
            "The largest teachers’ union, the Norland Education Federation, posted on Facebook that "
            "the freeze amounted to “a pay cut by another name.”\n\n"
            "Vandenhoek’s predecessor, Ilse Marwick, who now sits on the opposition benches, wrote "
            "an op-ed in the Norland Courier calling the plan “arithmetic without a heart.” She "
            "said later in a post on X that she would vote against it when the finance bill "
            "reaches parliament next month."
        ),
        "quotes": [
            ("This is a budget for stability, not spectacle,", None, False, "P1"),
            (
                "Nobody in this building enjoys asking nurses and teachers to wait,",
                "Pieter Vandenhoek",
                False,
                None,
            ),
            (
                "But the alternative is a bill our children pay with interest.",
                "Pieter Vandenhoek",
                False,
                None,
            ),
            ("a pay cut by another name.", None, True, "P2"),
            ("arithmetic without a heart.", "Ilse Marwick", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Ilse Marwick", "Norland Courier"),
            ("P4", "Ilse Marwick", "X"),
        ],
        "people": ["Pieter Vandenhoek", "Ilse Marwick"],
    },
    {
        "name": "ambassador-letter-split-quote-radio-two-paragraphs-forum",
        "text": (
            "In a letter to the Senate foreign relations committee made public on Monday, "
            "Ambassador Helena Sorvino asked lawmakers to approve emergency funding for the embassy "
            "in Qarashan. “Our staff are working out of shipping containers,” she wrote, “and the "
            "generators fail every other night.”\n\n"
            "Senator Marcus Delacroix-Holt, who chairs the committee, said on the radio program "
            "Capitol Morning that he supported the request but wanted an audit first.\n\n"
            "“I have no doubt the conditions are hard. I also have no doubt that the last two "
            "embassy projects ran years late and millions over budget.\n\n"
            "“Before we write a cheque, I want to know who is holding the pen.”\n\n"
            "The State Department declined to comment. Speaking at a foreign policy forum in "
            "Lindport on Tuesday, Sorvino said she welcomed scrutiny of her mission’s accounts. "
            "“Audit us,” she said. “Just do it quickly.”"
        ),
        "quotes": [
            ("Our staff are working out of shipping containers,", "Helena Sorvino", False, "P1"),
            ("and the generators fail every other night.", "Helena Sorvino", False, "P1"),
            (
                "I have no doubt the conditions are hard. I also have no doubt that the last two "
                "embassy projects ran years late and millions over budget.",
                "Marcus Delacroix-Holt",
                False,
                "P2",
            ),
            (
                "Before we write a cheque, I want to know who is holding the pen.",
                "Marcus Delacroix-Holt",
                False,
                "P2",
            ),
            ("Audit us,", "Helena Sorvino", False, None),
            ("Just do it quickly.", "Helena Sorvino", False, None),
        ],
        "posts": [
            ("P1", "Helena Sorvino", None),
            ("P2", "Marcus Delacroix-Holt", "Capitol Morning"),
        ],
        "people": ["Helena Sorvino", "Marcus Delacroix-Holt"],
    },
    {
        "name": "prime-minister-nickname-magazine-tiktok-spokesman-briefing",
        "text": (
            "Prime Minister Tobias Ferrante, whom supporters have nicknamed “the Quiet Builder,” "
            "said in an interview with the weekly magazine Polity Review that he would not call an "
            "early election. “The voters gave us four years, and I intend to use all of them,” he "
            "said.\n\n"
            "Hours later, the leader of the Green Alliance, Saoirse Nakamura-Byrne, posted a video "
            "on TikTok mocking the nickname. “Quiet, yes. Builder, we are still waiting,” she said "
            "in the video.\n\n"
            "Ferrante’s spokesman, Alvaro Ketteridge, told reporters at the daily briefing that the "
            "prime minister had “better things to do than reply to TikTok.” Asked whether the "
            "government would bring forward its long-delayed housing bill, he said: “It will come "
            "when it is ready, and it will be ready soon.”\n\n"
            "Ferrante’s party trails the Greens by four points in most recent polls, and several "
            "of his own backbenchers have urged him to move faster on housing before the summer "
            "recess."
        ),
        "quotes": [
            (
                "The voters gave us four years, and I intend to use all of them,",
                "Tobias Ferrante",
                False,
                "P1",
            ),
            ("Quiet, yes. Builder, we are still waiting,", "Saoirse Nakamura-Byrne", False, "P2"),
            ("better things to do than reply to TikTok.", "Alvaro Ketteridge", True, None),
            (
                "It will come when it is ready, and it will be ready soon.",
                "Alvaro Ketteridge",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Tobias Ferrante", "Polity Review"),
            ("P2", "Saoirse Nakamura-Byrne", "TikTok"),
        ],
        "people": ["Tobias Ferrante", "Saoirse Nakamura-Byrne", "Alvaro Ketteridge"],
    },
    {
        "name": "summit-joint-statement-anonymous-diplomat-linkedin-comment",
        "text": (
            "Leaders of the five Tesselan Basin states ended a two-day summit in Port Amaro on "
            "Saturday with a joint statement pledging to share river data. “No country in the basin "
            "can manage the water alone,” the statement said.\n\n"
            "The host, President Luisa Otamendi, called the agreement “a beginning, not a "
            "settlement” at the closing news conference. A senior diplomat from one of the upstream "
            "states, who asked not to be named, was less upbeat. “We signed because refusing would "
            "have been worse,” the official told the Basin Times.\n\n"
            "Kwame Asante-Lindgren, the basin commission’s chief engineer, wrote on LinkedIn that "
            "the data pledge was long overdue. “We have been guessing at flows for thirty years,” "
            "he wrote. In a comment under his post, a former water minister of Dravia, Elena Rusu, "
            "added: “Guessing is generous. We were praying.”\n\n"
            "The next summit is due to be held in Dravia in two years."
        ),
        "quotes": [
            ("No country in the basin can manage the water alone,", None, False, "P1"),
            ("a beginning, not a settlement", "Luisa Otamendi", True, None),
            ("We signed because refusing would have been worse,", None, False, "P2"),
            (
                "We have been guessing at flows for thirty years,",
                "Kwame Asante-Lindgren",
                False,
                "P3",
            ),
            ("Guessing is generous. We were praying.", "Elena Rusu", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Basin Times"),
            ("P3", "Kwame Asante-Lindgren", "LinkedIn"),
        ],
        "people": ["Luisa Otamendi", "Kwame Asante-Lindgren", "Elena Rusu"],
    },
    {
        "name": "interior-minister-resignation-letter-memo-instagram-rally",
        "text": (
            "Interior Minister Dariusz Wolanski resigned on Sunday, two weeks after a leaked memo "
            "showed his office had ignored warnings about overcrowding under the so-called "
            "“managed capacity” policy for migrant detention centres. In his resignation letter, "
            "which the government published, he wrote: “I take responsibility for decisions made in "
            "my name, including those I did not see.”\n\n"
            "The memo, written last spring by a senior official, warned that conditions had become "
            "“untenable.”\n\n"
            "Prime Minister Greta Halvorsen-Dahl thanked Wolanski in a post on Instagram. “Dariusz "
            "served with decency in a hard job,” she wrote under a photo of the two of them.\n\n"
            "Not everyone agreed. The opposition’s home affairs spokeswoman, Noor Baptiste, said at "
            "a rally in Kessel that the resignation was a “convenient exit” and demanded a public "
            "inquiry. “A resignation is not an answer,” she told the crowd. “It is a way of "
            "avoiding the question.”"
        ),
        "quotes": [
            (
                "I take responsibility for decisions made in my name, including those I did not "
                "see.",
                "Dariusz Wolanski",
                False,
                "P1",
            ),
            ("untenable.", None, True, "P2"),
            ("Dariusz served with decency in a hard job,", "Greta Halvorsen-Dahl", False, "P3"),
            ("convenient exit", "Noor Baptiste", True, None),
            ("A resignation is not an answer,", "Noor Baptiste", False, None),
            ("It is a way of avoiding the question.", "Noor Baptiste", False, None),
        ],
        "posts": [
            ("P1", "Dariusz Wolanski", None),
            ("P2", None, None),
            ("P3", "Greta Halvorsen-Dahl", "Instagram"),
        ],
        "people": ["Dariusz Wolanski", "Greta Halvorsen-Dahl", "Noor Baptiste"],
    },
    {
        "name": "election-recount-release-tv-two-paragraphs-facebook-reply",
        "text": (
            "The National Election Commission of Aranea said in a press release on Tuesday that it "
            "would recount ballots in three districts after discrepancies were found in the tally "
            "sheets. The commission said the recount would begin “without delay.”\n\n"
            "Its chairwoman, Judge Miriam Oyelaran-Schmidt, appeared on the evening news program "
            "Aranea Tonight to explain the decision.\n\n"
            "“We found numbers that did not add up, and when numbers do not add up, we count again. "
            "That is not a scandal. That is the job.\n\n"
            "“Anyone who tells you otherwise is selling something.”\n\n"
            "The governing party’s general secretary, Florin Dumitrescu-Vale, wrote on Facebook "
            "that the recount was “a gift to those who lost.” His counterpart in the opposition, "
            "Ayesha Kariuki, replied under the post: “Counting votes is a gift to everyone.”\n\n"
            "Observers from the Regional Democracy Mission told reporters they had seen no evidence "
            "of fraud, but urged the commission to publish the tally sheets for all districts."
        ),
        "quotes": [
            ("without delay.", None, True, "P1"),
            (
                "We found numbers that did not add up, and when numbers do not add up, we count "
                "again. That is not a scandal. That is the job.",
                "Miriam Oyelaran-Schmidt",
                False,
                "P2",
            ),
            (
                "Anyone who tells you otherwise is selling something.",
                "Miriam Oyelaran-Schmidt",
                False,
                "P2",
            ),
            ("a gift to those who lost.", "Florin Dumitrescu-Vale", True, "P3"),
            ("Counting votes is a gift to everyone.", "Ayesha Kariuki", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Miriam Oyelaran-Schmidt", "Aranea Tonight"),
            ("P3", "Florin Dumitrescu-Vale", "Facebook"),
        ],
        "people": ["Miriam Oyelaran-Schmidt", "Florin Dumitrescu-Vale", "Ayesha Kariuki"],
    },
    {
        "name": "defence-recruitment-hearing-podcast-quoteless-statement-and-x",
        "text": (
            "Defence Minister Konstantin Arvidsson told a parliamentary hearing on Thursday that the "
            "army would miss its recruitment target for a third straight year. “We are competing "
            "with every employer in the country, and we are losing,” he said.\n\n"
            "He was pressed by Vera Lindqvist-Obi, a member of the defence committee, who asked why "
            "the ministry had cut its advertising budget. The minister answered that the cut had "
            "been “a mistake I own.”\n\n"
            "Retired general Harald Brenneke went further on the podcast Front Line Talk, which he "
            "co-hosts. “The problem is not posters,” he said on the latest episode. “It is pay, "
            "housing and a promise that nobody keeps.”\n\n"
            "The ministry later published a statement saying a new pay scale for junior soldiers "
            "would be announced in the autumn. It did not give figures.\n\n"
            "Lindqvist-Obi said on X that she would table a motion demanding them before "
            "parliament breaks for the summer."
        ),
        "quotes": [
            (
                "We are competing with every employer in the country, and we are losing,",
                "Konstantin Arvidsson",
                False,
                None,
            ),
            ("a mistake I own.", "Konstantin Arvidsson", True, None),
            ("The problem is not posters,", "Harald Brenneke", False, "P1"),
            (
                "It is pay, housing and a promise that nobody keeps.",
                "Harald Brenneke",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Harald Brenneke", "Front Line Talk"),
            ("P2", None, None),
            ("P3", "Vera Lindqvist-Obi", "X"),
        ],
        "people": ["Konstantin Arvidsson", "Vera Lindqvist-Obi", "Harald Brenneke"],
    },
    {
        "name": "un-envoy-security-council-telegram-nom-de-guerre-broadcaster",
        "text": (
            "The United Nations envoy for the Marrow Coast, Ibrahim Saleh-Moreau, told the Security "
            "Council on Monday that a ceasefire between government forces and the Coastal Front was "
            "“holding, just barely.” He urged members to fund a monitoring mission. “Every week "
            "without monitors is a week in which someone tests the line,” he said.\n\n"
            "The Coastal Front’s spokesman, Yusuf Adebayo-Kane, who goes by the nom de guerre "
            "“Tideborn,” posted on Telegram that the group would respect the truce “as long as the "
            "other side does.”\n\n"
            "The government was more cautious. Its foreign minister, Celeste Mbatha-Rowe, said in "
            "an interview with the broadcaster Continental News that she had “no illusions” about "
            "the Front. “We will hold our fire. We will also keep our eyes open,” she said.\n\n"
            "Later, in a letter to the president of the Security Council, she asked for the "
            "monitoring mission to begin before the rainy season, when roads in the south become "
            "impassable."
        ),
        "quotes": [
            ("holding, just barely.", "Ibrahim Saleh-Moreau", True, None),
            (
                "Every week without monitors is a week in which someone tests the line,",
                "Ibrahim Saleh-Moreau",
                False,
                None,
            ),
            ("as long as the other side does.", "Yusuf Adebayo-Kane", True, "P1"),
            ("no illusions", "Celeste Mbatha-Rowe", True, "P2"),
            (
                "We will hold our fire. We will also keep our eyes open,",
                "Celeste Mbatha-Rowe",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Yusuf Adebayo-Kane", "Telegram"),
            ("P2", "Celeste Mbatha-Rowe", "Continental News"),
            ("P3", "Celeste Mbatha-Rowe", None),
        ],
        "people": ["Ibrahim Saleh-Moreau", "Yusuf Adebayo-Kane", "Celeste Mbatha-Rowe"],
    },
    {
        "name": "governors-open-letter-newspaper-town-hall-split-quote",
        "text": (
            "Fourteen regional governors signed an open letter on Wednesday urging the government "
            "of Velmora to restore rural rail subsidies. “A country that cannot reach its own "
            "villages is not governing them,” the letter said.\n\n"
            "One of the signatories, Governor Beatrix Holloway-Nkemelu of the Northern Highlands, "
            "told the Velmora Post that she had never signed a joint letter before. “I am not a "
            "joiner. This time I had no choice,” she said.\n\n"
            "Transport Minister Gideon Farrukh-Bell, speaking at a town hall in Lessing on Thursday "
            "evening, said the subsidies had been “propping up empty trains.” A woman in the "
            "audience shouted back that the trains were empty because they never came on time. The "
            "minister laughed. “That,” he said, “is a fair point.”\n\n"
            "The next morning the ministry posted a chart on X showing passenger numbers on the "
            "affected lines, without comment. The governors have asked for a meeting with the "
            "minister before the budget is finalised."
        ),
        "quotes": [
            (
                "A country that cannot reach its own villages is not governing them,",
                None,
                False,
                "P1",
            ),
            (
                "I am not a joiner. This time I had no choice,",
                "Beatrix Holloway-Nkemelu",
                False,
                "P2",
            ),
            ("propping up empty trains.", "Gideon Farrukh-Bell", True, None),
            ("That,", "Gideon Farrukh-Bell", False, None),
            ("is a fair point.", "Gideon Farrukh-Bell", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatrix Holloway-Nkemelu", "Velmora Post"),
            ("P3", None, "X"),
        ],
        "people": ["Beatrix Holloway-Nkemelu", "Gideon Farrukh-Bell"],
    },
    {
        "name": "trade-talks-news-release-whatsapp-channel-business-daily",
        "text": (
            "Negotiators from Sunderhaven and the Republic of Oristan concluded a fourth round of "
            "trade talks in Cabrera on Friday without agreement on farm tariffs. Sunderhaven’s "
            "trade ministry said in a news release that “substantial progress” had been made on "
            "customs procedures.\n\n"
            "Oristan’s chief negotiator, Ana Beatriz Quintela, was blunter. “Progress on paperwork "
            "is still paperwork,” she told reporters as she left the venue. “Our farmers cannot eat "
            "customs forms.”\n\n"
            "Her Sunderhaven counterpart, Lionel Achterberg, wrote in a post on his WhatsApp "
            "channel that the two sides were “closer than the headlines suggest.” He later told the "
            "business daily The Ledger that a deal before the end of the year was “possible, not "
            "promised.”\n\n"
            "The farm lobby group Agri-Sunder said in a statement that any deal lowering beef "
            "tariffs would be “unacceptable to our members.” A fifth round of talks is planned for "
            "October in Oristan’s capital."
        ),
        "quotes": [
            ("substantial progress", None, True, "P1"),
            ("Progress on paperwork is still paperwork,", "Ana Beatriz Quintela", False, None),
            ("Our farmers cannot eat customs forms.", "Ana Beatriz Quintela", False, None),
            ("closer than the headlines suggest.", "Lionel Achterberg", True, "P2"),
            ("possible, not promised.", "Lionel Achterberg", True, "P3"),
            ("unacceptable to our members.", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Lionel Achterberg", "WhatsApp"),
            ("P3", "Lionel Achterberg", "The Ledger"),
            ("P4", None, None),
        ],
        "people": ["Ana Beatriz Quintela", "Lionel Achterberg"],
    },
    {
        "name": "president-address-cabinet-memo-speaker-bluesky-reply-briefing",
        "text": (
            "President Oskar Villanueva-Strand used his annual address to parliament on Tuesday to "
            "promise a referendum on electoral reform within eighteen months. “The people should "
            "choose how they choose,” he said, to applause from his own benches.\n\n"
            "But an internal cabinet memo, first reported by the Meridian Gazette, suggested the "
            "timetable was less firm. Ministers should avoid “committing to a date in public,” the "
            "memo advised.\n\n"
            "The Speaker of parliament, Hanne Solberg-Achebe, wrote on Bluesky that she would "
            "schedule a debate on the proposal next month. The opposition leader, Cyrus "
            "Odhiambo-Price, replied under her post: “Schedule the vote, not the debate.”\n\n"
            "Asked about the memo at a press briefing on Wednesday, the president’s chief of staff, "
            "Lucia Brandt, said it had been “an early draft overtaken by events.” She added: “The "
            "president meant every word.”"
        ),
        "quotes": [
            (
                "The people should choose how they choose,",
                "Oskar Villanueva-Strand",
                False,
                None,
            ),
            ("committing to a date in public,", None, True, "P1"),
            ("Schedule the vote, not the debate.", "Cyrus Odhiambo-Price", False, "P2"),
            ("an early draft overtaken by events.", "Lucia Brandt", True, None),
            ("The president meant every word.", "Lucia Brandt", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hanne Solberg-Achebe", "Bluesky"),
        ],
        "people": [
            "Oskar Villanueva-Strand",
            "Hanne Solberg-Achebe",
            "Cyrus Odhiambo-Price",
            "Lucia Brandt",
        ],
    },
    {
        "name": "sanctions-x-thread-embassy-statement-public-radio-airport",
        "text": (
            "Dalgaria imposed sanctions on Friday on eleven officials from the neighbouring "
            "Republic of Kestrel, accusing them of directing cyberattacks on its power grid. "
            "Foreign Minister Yevgenia Marchetti announced the measures in a thread on X. “These are "
            "not anonymous hackers. They have names, offices and bank accounts, and now they have "
            "consequences,” she wrote.\n\n"
            "Kestrel’s embassy in the Dalgarian capital rejected the accusation in a statement as "
            "“fiction dressed as evidence.”\n\n"
            "A cybersecurity researcher who helped trace the attacks, Tobiah Grunwald-Asare, told "
            "the public broadcaster DRT Radio that the evidence was strong. “We followed the money "
            "and the code, and they led to the same building,” he said.\n\n"
            "Marchetti said she expected retaliation. Speaking to reporters at the airport before "
            "flying to a ministerial meeting in Solvik, she said: “They will respond. We are ready "
            "for that.”"
        ),
        "quotes": [
            (
                "These are not anonymous hackers. They have names, offices and bank accounts, and "
                "now they have consequences,",
                "Yevgenia Marchetti",
                False,
                "P1",
            ),
            ("fiction dressed as evidence.", None, True, "P2"),
            (
                "We followed the money and the code, and they led to the same building,",
                "Tobiah Grunwald-Asare",
                False,
                "P3",
            ),
            ("They will respond. We are ready for that.", "Yevgenia Marchetti", False, None),
        ],
        "posts": [
            ("P1", "Yevgenia Marchetti", "X"),
            ("P2", None, None),
            ("P3", "Tobiah Grunwald-Asare", "DRT Radio"),
        ],
        "people": ["Yevgenia Marchetti", "Tobiah Grunwald-Asare"],
    },
    {
        "name": "coalition-collapse-party-statement-instagram-live-email",
        "text": (
            "The three-party coalition governing Lusmark collapsed on Monday night when the Liberal "
            "Union withdrew its five ministers over a dispute about pension reform. “We cannot stay "
            "in a government that breaks its own agreement,” the party said in a statement.\n\n"
            "Liberal Union leader Henrike Oduya-Falk explained the decision in an Instagram live "
            "broadcast later that night. She said she had spent “three sleepless weeks” trying to "
            "find a compromise. “In the end, I had to choose between my seat and my word,” she "
            "said.\n\n"
            "Chancellor Matthias Edelkraut, whose party leads the coalition, told reporters outside "
            "his office on Tuesday morning that he would seek to govern as a minority. “I will not "
            "hand the country to chaos because one partner lost its nerve,” he said.\n\n"
            "His spokeswoman later said in a brief email to journalists that talks with two smaller "
            "parties were “under way.” An early election would be the country’s third in five "
            "years."
        ),
        "quotes": [
            ("We cannot stay in a government that breaks its own agreement,", None, False, "P1"),
            ("three sleepless weeks", "Henrike Oduya-Falk", True, "P2"),
            (
                "In the end, I had to choose between my seat and my word,",
                "Henrike Oduya-Falk",
                False,
                "P2",
            ),
            (
                "I will not hand the country to chaos because one partner lost its nerve,",
                "Matthias Edelkraut",
                False,
                None,
            ),
            ("under way.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Henrike Oduya-Falk", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Henrike Oduya-Falk", "Matthias Edelkraut"],
    },
    {
        "name": "asylum-report-op-ed-town-hall-threads-with-the-words-reply",
        "text": (
            "The Ministry of Social Affairs of Carrowmere published its annual asylum report on "
            "Wednesday, showing that applications fell by a third last year. The report credited "
            "“faster processing and better cooperation with transit countries.”\n\n"
            "Not everyone saw it as good news. In an op-ed in the Carrowmere Times, the human rights "
            "lawyer Jonas Petrakis-Ume argued that the figures reflected people being turned away "
            "at the border. “A falling number is not a success if it measures how many doors we "
            "closed,” he wrote.\n\n"
            "Minister Adele Fairweather-Mensah rejected that reading at a town hall in Brayford on "
            "Thursday. “I have read the op-ed. I respect Jonas, but he is wrong on the facts,” she "
            "said.\n\n"
            "Later that evening she posted a link to the report on Threads with the words “Read it "
            "yourself.” Petrakis-Ume replied under the post: “I did. Read page 41.”"
        ),
        "quotes": [
            (
                "faster processing and better cooperation with transit countries.",
                None,
                True,
                "P1",
            ),
            (
                "A falling number is not a success if it measures how many doors we closed,",
                "Jonas Petrakis-Ume",
                False,
                "P2",
            ),
            (
                "I have read the op-ed. I respect Jonas, but he is wrong on the facts,",
                "Adele Fairweather-Mensah",
                False,
                None,
            ),
            ("Read it yourself.", "Adele Fairweather-Mensah", False, "P3"),
            ("I did. Read page 41.", "Jonas Petrakis-Ume", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jonas Petrakis-Ume", "Carrowmere Times"),
            ("P3", "Adele Fairweather-Mensah", "Threads"),
        ],
        "people": ["Jonas Petrakis-Ume", "Adele Fairweather-Mensah"],
    },
    {
        "name": "ambassador-expelled-ministry-statement-youtube-tv-channel",
        "text": (
            "The government of Ferrovia ordered the expulsion of the Kastellan ambassador, Rupert "
            "Okafor-Lindahl, on Thursday, giving him seventy-two hours to leave the country. “His "
            "activities are incompatible with his diplomatic status,” the Ferrovian foreign "
            "ministry said in a statement. It did not say what those activities were.\n\n"
            "Okafor-Lindahl, a career diplomat who has served in the capital, Ruvena, since 2021, "
            "said in a video posted on the embassy’s YouTube channel that he was “saddened but not "
            "surprised.” “I leave with great affection for the Ferrovian people,” he said.\n\n"
            "Kastella responded in kind. Its foreign minister, Ines Vandermolen, told the "
            "television channel KTV24 that the Ferrovian ambassador in Kastella would be sent home "
            "too. “Reciprocity is the oldest rule in diplomacy,” she said.\n\n"
            "Ferrovia’s ambassador, Milos Radanovic, left Kastella on Saturday without speaking to "
            "reporters. Both embassies will remain open under their deputy heads of mission."
        ),
        "quotes": [
            ("His activities are incompatible with his diplomatic status,", None, False, "P1"),
            ("saddened but not surprised.", "Rupert Okafor-Lindahl", True, "P2"),
            (
                "I leave with great affection for the Ferrovian people,",
                "Rupert Okafor-Lindahl",
                False,
                "P2",
            ),
            ("Reciprocity is the oldest rule in diplomacy,", "Ines Vandermolen", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rupert Okafor-Lindahl", "YouTube"),
            ("P3", "Ines Vandermolen", "KTV24"),
        ],
        "people": ["Rupert Okafor-Lindahl", "Ines Vandermolen", "Milos Radanovic"],
    },
    {
        "name": "campaign-launch-nickname-rally-release-bluesky-post-of-her-own",
        "text": (
            "Hundreds of supporters packed a sports hall in Merrow on Saturday to hear opposition "
            "leader Valentina Rossi-Abara, whom critics call “the Auditor” for her habit of quoting "
            "budget lines from memory, launch her party’s campaign for next spring’s general "
            "election.\n\n"
            "“They told you there was no money. There was money. It went to the wrong people,” she "
            "told the crowd.\n\n"
            "Her party’s press office later issued a news release listing five pledges, including "
            "free school meals, which it called “the first promise we will keep.”\n\n"
            "The governing party’s campaign manager, Bartholomew Inchcape, wrote on Bluesky that "
            "Rossi-Abara’s plans would cost “at least nine billion that nobody can find.” "
            "Rossi-Abara responded on Bluesky in a post of her own: “Page 12 of your own budget. "
            "You’re welcome.”\n\n"
            "Independent analysts at the Fiscal Watch Institute said they would publish costings of "
            "both parties’ plans next week."
        ),
        "quotes": [
            (
                "They told you there was no money. There was money. It went to the wrong people,",
                "Valentina Rossi-Abara",
                False,
                None,
            ),
            ("the first promise we will keep.", None, True, "P1"),
            ("at least nine billion that nobody can find.", "Bartholomew Inchcape", True, "P2"),
            (
                "Page 12 of your own budget. You’re welcome.",
                "Valentina Rossi-Abara",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Bartholomew Inchcape", "Bluesky"),
            ("P3", "Valentina Rossi-Abara", "Bluesky"),
        ],
        "people": ["Valentina Rossi-Abara", "Bartholomew Inchcape"],
    },
    {
        "name": "auditor-general-hearing-report-court-filing-lawyer-newspaper",
        "text": (
            "The Auditor-General of Pellucia, Dmitri Hallström-Okoye, told a parliamentary "
            "committee on Tuesday that the defence ministry could not account for 340 million in "
            "spending on armoured vehicles. “We asked for receipts. We received apologies,” he "
            "said.\n\n"
            "His office’s report, published the same morning, described the ministry’s bookkeeping "
            "as “chaotic at every level.”\n\n"
            "The ministry said in a statement that it was “cooperating fully” with the audit. A "
            "former procurement officer, Sigrun Tavares, who has sued the ministry for wrongful "
            "dismissal, said in her court filing that she had raised concerns in 2022 and was "
            "“moved to a desk with no computer” weeks later.\n\n"
            "Her lawyer, Hamid Osei-Lindqvist, told the Pellucia Daily that the audit vindicated "
            "her. “She was right, she said so in writing, and she was punished for it,” he said. "
            "“That should trouble everyone in this government.”"
        ),
        "quotes": [
            (
                "We asked for receipts. We received apologies,",
                "Dmitri Hallström-Okoye",
                False,
                None,
            ),
            ("chaotic at every level.", None, True, "P1"),
            ("cooperating fully", None, True, "P2"),
            ("moved to a desk with no computer", "Sigrun Tavares", True, "P3"),
            (
                "She was right, she said so in writing, and she was punished for it,",
                "Hamid Osei-Lindqvist",
                False,
                "P4",
            ),
            (
                "That should trouble everyone in this government.",
                "Hamid Osei-Lindqvist",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Sigrun Tavares", None),
            ("P4", "Hamid Osei-Lindqvist", "Pellucia Daily"),
        ],
        "people": ["Dmitri Hallström-Okoye", "Sigrun Tavares", "Hamid Osei-Lindqvist"],
    },
    {
        "name": "aid-cuts-news-conference-tiktok-current-affairs-show-email",
        "text": (
            "Halvania will cut its foreign aid budget by 18 percent next year, ending programmes in "
            "six countries, the government announced on Monday. Development Minister Fergus "
            "Adeyinka-Moss told a news conference that the cuts were “painful and necessary.” “We "
            "cannot borrow to be generous,” he said.\n\n"
            "Charities reacted angrily. The director of the aid group Open Hands, Priya "
            "Raghunathan-Cole, said in a TikTok video that the cuts would close clinics in rural "
            "Temesia. “These are not line items. They are mothers and newborns,” she said.\n\n"
            "The minister’s predecessor, Claudette Ambrose, who held the post for six years, was "
            "also critical. Speaking on the current affairs show Inside Government, she said the "
            "decision would be remembered “as a retreat from the world.”\n\n"
            "A ministry spokesman said in an emailed statement that funding for emergency relief "
            "would not be affected. Parliament is expected to vote on the budget before the end of "
            "the month."
        ),
        "quotes": [
            ("painful and necessary.", "Fergus Adeyinka-Moss", True, None),
            ("We cannot borrow to be generous,", "Fergus Adeyinka-Moss", False, None),
            (
                "These are not line items. They are mothers and newborns,",
                "Priya Raghunathan-Cole",
                False,
                "P1",
            ),
            ("as a retreat from the world.", "Claudette Ambrose", True, "P2"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan-Cole", "TikTok"),
            ("P2", "Claudette Ambrose", "Inside Government"),
            ("P3", None, None),
        ],
        "people": ["Fergus Adeyinka-Moss", "Priya Raghunathan-Cole", "Claudette Ambrose"],
    },
    {
        "name": "referendum-victory-speech-two-paragraphs-release-substack-facebook",
        "text": (
            "Voters in the autonomous region of Lower Vask approved a referendum on Sunday giving "
            "its assembly control over policing, with 61 percent in favour. The regional president, "
            "Aurelio Mendizabal-Kerr, addressed supporters in the main square of Tolvera that "
            "night.\n\n"
            "“Today we did not leave anyone. We did not break anything. We simply decided that the "
            "people who live here should decide how they are kept safe.\n\n"
            "“Tomorrow we start the work.”\n\n"
            "The national interior ministry said in a press release that it “respects the result” "
            "and would begin negotiations on a transfer of powers. The interior minister, Rosalind "
            "Achterhof, wrote in her weekly Substack newsletter that the transfer would take "
            "“years, not months.”\n\n"
            "A leading campaigner for the No side, Teodor Ilievski, conceded in a Facebook post. "
            "“We lost fairly. Now let’s make sure it works,” he wrote."
        ),
        "quotes": [
            (
                "Today we did not leave anyone. We did not break anything. We simply decided that "
                "the people who live here should decide how they are kept safe.",
                "Aurelio Mendizabal-Kerr",
                False,
                None,
            ),
            ("Tomorrow we start the work.", "Aurelio Mendizabal-Kerr", False, None),
            ("respects the result", None, True, "P1"),
            ("years, not months.", "Rosalind Achterhof", True, "P2"),
            ("We lost fairly. Now let’s make sure it works,", "Teodor Ilievski", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rosalind Achterhof", "Substack"),
            ("P3", "Teodor Ilievski", "Facebook"),
        ],
        "people": ["Aurelio Mendizabal-Kerr", "Rosalind Achterhof", "Teodor Ilievski"],
    },
]
