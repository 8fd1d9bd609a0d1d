"""The one-hundred-and-forty-second self-made dev set, held out (ER): its first run is an unseen estimate.

Written with set ES, without reading the extraction rules, and committed before
any rule was run on it. Topic area: celebrities, entertainment, film, television
and music.

Same format and conventions as the earlier self-made sets (not a public corpus):
an interview with a named outlet or show is a post (platform: the outlet or show
as written, without quotation marks), and "told" a named newspaper is such an
interview; a statement, memo, letter, email, court filing, lawsuit, judge's
opinion or essay with no named outlet is a post with no platform, and an essay
or op-ed on a named platform or in a named newspaper has that platform; a press
release or news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even when
it quotes a named executive; titles, nicknames and scare quotes in marks are not
quotes; speakers are the fullest form of the name used in the text; partial
marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without quoted words (a promoter's press release, a fans' petition, a
  spokeswoman's email) is still listed.
- A couple's joint statement to a named magazine is an interview with that
  magazine (platform Glimmer Weekly) with author None, and its words speak as
  None, like a family's statement.
- An email to a named newspaper ("said in an email to the Dunmore Star") is an
  interview with that paper: the sender's post with platform Dunmore Star; a
  fragment introduced by "he wrote" right after it belongs to it.
- A letter a showrunner publishes on her own website is her post with no
  platform; a letter sent "through his lawyers" is the client's post with no
  platform and its words speak as the client.
- An open letter posted on Facebook by a named person is that person's Facebook
  post; an open letter signed by hundreds of musicians has author None.
- A statement by an agency, league, production company or studio, and a
  statement by an unnamed representative of a named star, have author None and
  no platform, and their fragments speak as None.
- A late-night show whose name contains its host (Late Hour With Fen Castillo)
  is the platform as written, and the host counts as a named person; a guest's
  words there belong to that appearance.
- "She promised the hosts ..." directly after a breakfast-show interview ties
  the fragment to that interview.
- A fan app named in the text (Bubblet) is a platform; a magazine excerpt from a
  memoir is the author's post on that magazine; a newsletter on a named platform
  (Inkstand) has that platform; a company blog has no platform.
- A Reddit thread's title in marks ("Give Wade a break") is a title, not a
  quote; an unnamed user's reply under an unnamed user's thread speaks as None
  in that post (author None, platform Reddit).
- An Instagram caption quoted with "the caption read" or "with the caption" is a
  whole quote by the poster; an Instagram story with "the words" is an Instagram
  post.
- A curtain-call speech, a convention panel, a festival acceptance speech,
  remarks in a stadium tunnel, testimony at a legislative hearing and answers to
  a photographer or a doorstepping reporter are not posts.
- A quote that runs over two paragraphs (the first paragraph ending without a
  closing mark) is one quote per paragraph, with the same speaker and post.
- A stage nickname ("the Duchess"), a tabloid nickname ("Moonfall"), a fans'
  nickname for a song ("the kitchen song") and film, show, album, musical and
  book titles in marks are not quotes; a single-marked scare quote inside a
  quote stays part of that quote.
- A fragment from an unnamed manager reported with "said" and no source is not
  tied to any post.
- A dead person named in the text (the late pianist Ezra Quill) and a host named
  only in passing are listed in people; groups, bands, agencies and outlets are
  not.
- Korean names keep their written order (Kang Min-seo, Yoon Tae-gyu); hyphenated
  surnames are part of the canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_ER: list[dict] = [
    {
        "name": "instagram-acting-break-costar-comment-premiere",
        "text": (
            "Actress Leonie Farrant announced on Instagram on Sunday that she would step away "
            "from film work for a year after finishing “The Glass Orchard,” the period drama she "
            "shot in Valmora last spring. “I have said yes to everything for a decade, and I need "
            "to learn to say no,” she wrote beneath a photo of her dog.\n\n"
            "Her co-star in the film, "
            "Idris Calloway, left a comment under the post: “Take all the time you need. We will "
            "be here.”\n\n"
            "Farrant, 34, spoke to reporters two days later at the premiere of a "
            "friend’s documentary in Harlow City. Asked whether the break was about her health, "
            "she shook her head. “It is about my sanity, which is different,” she said, "
            "laughing.\n\n"
            "Her agency, Brightline Talent, said in a statement that she would honour "
            "existing commitments, including a voice role in an animated series. The statement "
            "called the decision “entirely hers.”\n\n"
            "Calloway later told the Evening Ledger that he "
            "had been expecting the news. “She has been running on fumes since the last press "
            "tour,” he said."
        ),
        "quotes": [
            (
                "I have said yes to everything for a decade, and I need to learn to say no,",
                "Leonie Farrant",
                False,
                "P1",
            ),
            ("Take all the time you need. We will be here.", "Idris Calloway", False, "P1"),
            ("It is about my sanity, which is different,", "Leonie Farrant", False, None),
            ("entirely hers.", None, True, "P2"),
            (
                "She has been running on fumes since the last press tour,",
                "Idris Calloway",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Leonie Farrant", "Instagram"),
            ("P2", None, None),
            ("P3", "Idris Calloway", "Evening Ledger"),
        ],
        "people": ["Leonie Farrant", "Idris Calloway"],
    },
    {
        "name": "label-release-x-countdown-podcast-split-quote",
        "text": (
            "The singer-songwriter Maribel Ostrander will release her fourth album, “Saltwater "
            "Hymns,” in October, her label, Corvid Records, said in a press release on Thursday. "
            "The release quoted Ostrander as saying the record was “the most honest thing I have "
            "made.”\n\n"
            "Ostrander herself was more playful on X. “Ten songs, one breakup, zero "
            "regrets,” she posted, adding a countdown clock.\n\n"
            "In an interview on the podcast "
            "Backstage Pass, she told the host, Devika Raghunathan, that the album had nearly "
            "been shelved. “There was a week,” she said, “when I thought none of it was good "
            "enough to put out.”\n\n"
            "She credited her producer, Jonah Whitcombe, with talking her "
            "out of it. Whitcombe, reached by phone, played down his role. “I just told her to "
            "sleep on it,” he said. “She did the rest.”\n\n"
            "Fans have already nicknamed the lead "
            "single “the kitchen song,” after a video of her writing it at her stove went around "
            "online."
        ),
        "quotes": [
            ("the most honest thing I have made.", "Maribel Ostrander", True, "P1"),
            ("Ten songs, one breakup, zero regrets,", "Maribel Ostrander", False, "P2"),
            ("There was a week,", "Maribel Ostrander", False, "P3"),
            (
                "when I thought none of it was good enough to put out.",
                "Maribel Ostrander",
                False,
                "P3",
            ),
            ("I just told her to sleep on it,", "Jonah Whitcombe", False, None),
            ("She did the rest.", "Jonah Whitcombe", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Maribel Ostrander", "X"),
            ("P3", "Maribel Ostrander", "Backstage Pass"),
        ],
        "people": ["Maribel Ostrander", "Devika Raghunathan", "Jonah Whitcombe"],
    },
    {
        "name": "series-cancelled-website-letter-convention-two-paragraphs",
        "text": (
            "The streaming service Lumenflix has cancelled the fantasy series “Iron Meridian” "
            "after three seasons, the company confirmed in a statement on Friday, calling the "
            "show “a proud chapter” for the service.\n\n"
            "The showrunner, Priya Castellano-Webb, "
            "responded with a letter to fans that she published on her website. “We had a fourth "
            "season plotted down to the last scene,” she wrote. “I am sorry you will not get to "
            "see it.”\n\n"
            "The series’ lead, Tobias Renfrew, posted on his Instagram story a photo of "
            "the cast on the final day of shooting, with the words “Best years of my working "
            "life.”\n\n"
            "At a fan convention in Port Ellery on Saturday, Castellano-Webb told a "
            "packed hall that she had not given up on the story. “I have had shows come back from "
            "the dead before,” she said. “I will knock on every door in this town.\n\n"
            "“If the fans "
            "make enough noise, somebody will listen.”"
        ),
        "quotes": [
            ("a proud chapter", None, True, "P1"),
            (
                "We had a fourth season plotted down to the last scene,",
                "Priya Castellano-Webb",
                False,
                "P2",
            ),
            ("I am sorry you will not get to see it.", "Priya Castellano-Webb", False, "P2"),
            ("Best years of my working life.", "Tobias Renfrew", False, "P3"),
            (
                "I have had shows come back from the dead before,",
                "Priya Castellano-Webb",
                False,
                None,
            ),
            ("I will knock on every door in this town.", "Priya Castellano-Webb", False, None),
            (
                "If the fans make enough noise, somebody will listen.",
                "Priya Castellano-Webb",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Priya Castellano-Webb", None),
            ("P3", "Tobias Renfrew", "Instagram"),
        ],
        "people": ["Priya Castellano-Webb", "Tobias Renfrew"],
    },
    {
        "name": "festival-prize-jury-courier-critic-magazine",
        "text": (
            "The Brennick Film Festival handed its top prize on Saturday night to “Low Tide at "
            "Carrow,” a quiet drama about two sisters running a failing ferry business. Accepting "
            "the award, the director, Annika Solberg-Reyes, thanked her cast in three languages. "
            "“We made this film with almost no money and a great deal of stubbornness,” she said "
            "from the stage.\n\n"
            "The jury president, the veteran actor Hollis Mbaye, told the "
            "Brennick Courier that the vote had been unanimous. “Nobody in the room wanted to "
            "argue,” the 71-year-old said. “That almost never happens.”\n\n"
            "Not everyone was "
            "convinced. Writing in the film magazine Frameline, the critic Odette Vasquez-Hart "
            "called the film “beautifully shot and almost entirely inert,” and argued that the "
            "jury had rewarded good manners over ambition.\n\n"
            "Solberg-Reyes shrugged off the review "
            "when reporters asked about it at a party after the ceremony. “Odette has hated "
            "everything I have done since film school,” she said. “I would worry if she liked "
            "it.”"
        ),
        "quotes": [
            (
                "We made this film with almost no money and a great deal of stubbornness,",
                "Annika Solberg-Reyes",
                False,
                None,
            ),
            ("Nobody in the room wanted to argue,", "Hollis Mbaye", False, "P1"),
            ("That almost never happens.", "Hollis Mbaye", False, "P1"),
            ("beautifully shot and almost entirely inert,", "Odette Vasquez-Hart", True, "P2"),
            (
                "Odette has hated everything I have done since film school,",
                "Annika Solberg-Reyes",
                False,
                None,
            ),
            ("I would worry if she liked it.", "Annika Solberg-Reyes", False, None),
        ],
        "posts": [
            ("P1", "Hollis Mbaye", "Brennick Courier"),
            ("P2", "Odette Vasquez-Hart", "Frameline"),
        ],
        "people": ["Annika Solberg-Reyes", "Hollis Mbaye", "Odette Vasquez-Hart"],
    },
    {
        "name": "couple-split-magazine-statement-tiktok-comment",
        "text": (
            "The actor Rafe Donnelly and the pop singer Cassia Moon have separated after six "
            "years of marriage, the couple said in a joint statement to the magazine Glimmer "
            "Weekly on Wednesday. “We remain a family and best friends, and we ask for privacy "
            "for our children,” the statement said.\n\n"
            "The next morning Moon posted a short TikTok "
            "video of herself driving with the windows down. “New chapter, same playlist,” she "
            "said in the clip, which was viewed more than four million times by the evening.\n\n"
            "Her "
            "longtime friend and backup dancer, Zara Okonkwo-Lind, wrote in a comment under the "
            "video: “Proud of you, always.”\n\n"
            "Donnelly was photographed later that day leaving a "
            "restaurant in Westhaven. Asked by a photographer whether he was doing well, he "
            "answered, “I am fine, thank you, have a good night.”\n\n"
            "A representative for Donnelly "
            "declined to comment further. The couple, once nicknamed “Moonfall” by the tabloids, "
            "married in 2019 after meeting on the set of a music video."
        ),
        "quotes": [
            (
                "We remain a family and best friends, and we ask for privacy for our children,",
                None,
                False,
                "P1",
            ),
            ("New chapter, same playlist,", "Cassia Moon", False, "P2"),
            ("Proud of you, always.", "Zara Okonkwo-Lind", False, "P2"),
            ("I am fine, thank you, have a good night.", "Rafe Donnelly", False, None),
        ],
        "posts": [
            ("P1", None, "Glimmer Weekly"),
            ("P2", "Cassia Moon", "TikTok"),
        ],
        "people": ["Rafe Donnelly", "Cassia Moon", "Zara Okonkwo-Lind"],
    },
    {
        "name": "festival-lineup-dispute-x-petition-email-to-paper",
        "text": (
            "The Greywater Music Festival announced its summer lineup in a press release on "
            "Monday, promising “the biggest weekend in our history.” Within hours, the rapper "
            "Kwame Ellsworth-Baptiste, who had been listed as a headliner, disputed it on X. "
            "“Nobody signed anything. Check with my team before you sell tickets with my name on "
            "them,” he wrote.\n\n"
            "A petition from fans asking for refunds gathered 20,000 signatures "
            "by Tuesday night.\n\n"
            "At a news conference in Dunmore on Wednesday, the festival’s "
            "director, Beatrix Holloway, said the booking had been agreed in writing with "
            "Ellsworth-Baptiste’s former manager. “We acted in good faith,” she said. “If there "
            "was a breakdown, it happened on their side.”\n\n"
            "The former manager, Lionel Stroud, "
            "said in an email to the Dunmore Star that he had left the rapper’s company in April "
            "and had no authority to sign anything after that. His successor, he wrote, was “the "
            "only person who could say yes.”\n\n"
            "Ellsworth-Baptiste, 29, has not commented since."
        ),
        "quotes": [
            ("the biggest weekend in our history.", None, True, "P1"),
            (
                (
                    "Nobody signed anything. Check with my team before you sell tickets with my name on "
                    "them,"
                ),
                "Kwame Ellsworth-Baptiste",
                False,
                "P2",
            ),
            ("We acted in good faith,", "Beatrix Holloway", False, None),
            (
                "If there was a breakdown, it happened on their side.",
                "Beatrix Holloway",
                False,
                None,
            ),
            ("the only person who could say yes.", "Lionel Stroud", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Kwame Ellsworth-Baptiste", "X"),
            ("P3", None, None),
            ("P4", "Lionel Stroud", "Dunmore Star"),
        ],
        "people": ["Kwame Ellsworth-Baptiste", "Beatrix Holloway", "Lionel Stroud"],
    },
    {
        "name": "baking-show-exit-youtube-late-night-host",
        "text": (
            "Delphine Akerlund, the fan favourite on the baking competition “Rise and Shine,” was "
            "eliminated on Sunday’s episode after her croissants collapsed in the final bake. In "
            "a YouTube video posted the next day, she told viewers she was “heartbroken but "
            "weirdly relieved.”\n\n"
            "“Twelve weeks of four-in-the-morning alarms will do that to "
            "you,” she said in the video. “I am going to sleep until Christmas.”\n\n"
            "The show’s "
            "host, Marcus Oyelaran, defended the judges on Tuesday during an appearance on Late "
            "Hour With Fen Castillo. “The croissants were raw in the middle. There is no "
            "conspiracy,” he said, to laughter from the studio audience.\n\n"
            "Castillo, who had baked "
            "along with the show as a joke, asked whether he had tasted them himself. “I did,” "
            "the host said, “and I am still recovering.”\n\n"
            "The production company, Tallow House "
            "Media, said in a statement that it was “proud of every baker” and that viewers would "
            "see Akerlund again in a holiday special."
        ),
        "quotes": [
            ("heartbroken but weirdly relieved.", "Delphine Akerlund", True, "P1"),
            (
                "Twelve weeks of four-in-the-morning alarms will do that to you,",
                "Delphine Akerlund",
                False,
                "P1",
            ),
            ("I am going to sleep until Christmas.", "Delphine Akerlund", False, "P1"),
            (
                "The croissants were raw in the middle. There is no conspiracy,",
                "Marcus Oyelaran",
                False,
                "P2",
            ),
            ("I did,", "Marcus Oyelaran", False, "P2"),
            ("and I am still recovering.", "Marcus Oyelaran", False, "P2"),
            ("proud of every baker", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Delphine Akerlund", "YouTube"),
            ("P2", "Marcus Oyelaran", "Late Hour With Fen Castillo"),
            ("P3", None, None),
        ],
        "people": ["Delphine Akerlund", "Marcus Oyelaran", "Fen Castillo"],
    },
    {
        "name": "biopic-casting-release-facebook-letter-instagram",
        "text": (
            "Harbinger Pictures confirmed in a press release on Thursday that Noel Ashgrove will "
            "play the late jazz pianist Ezra Quill in a biopic due in 2026. The release quoted "
            "the studio’s chairwoman, Sunniva Brandt, as saying Ashgrove had “the hands and the "
            "heart” for the part.\n\n"
            "Quill’s daughter, Loretta Quill-Amari, objected in an open "
            "letter posted on Facebook. “My father spent his life being told men like him could "
            "not play the clubs downtown. Now they will not even let a man like him play my "
            "father,” she wrote.\n\n"
            "Ashgrove answered on Instagram with a long caption under a "
            "photo of a piano. “I hear Loretta, and I will spend every day of this shoot trying "
            "to earn her trust,” he wrote.\n\n"
            "Speaking to reporters outside the studio’s lot in "
            "Calverton on Friday, the director, Imre Volkov, said the casting was final. “We "
            "auditioned two hundred people,” he said. “Noel was the one who made us forget we "
            "were watching an actor.”"
        ),
        "quotes": [
            ("the hands and the heart", "Sunniva Brandt", True, "P1"),
            (
                (
                    "My father spent his life being told men like him could not play the clubs downtown. "
                    "Now they will not even let a man like him play my father,"
                ),
                "Loretta Quill-Amari",
                False,
                "P2",
            ),
            (
                "I hear Loretta, and I will spend every day of this shoot trying to earn her trust,",
                "Noel Ashgrove",
                False,
                "P3",
            ),
            ("We auditioned two hundred people,", "Imre Volkov", False, None),
            (
                "Noel was the one who made us forget we were watching an actor.",
                "Imre Volkov",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Loretta Quill-Amari", "Facebook"),
            ("P3", "Noel Ashgrove", "Instagram"),
        ],
        "people": [
            "Noel Ashgrove",
            "Ezra Quill",
            "Sunniva Brandt",
            "Loretta Quill-Amari",
            "Imre Volkov",
        ],
    },
    {
        "name": "idol-vocal-injury-agency-fan-app-chart-magazine",
        "text": (
            "Starbloom Entertainment said in a statement on Monday that Kang Min-seo, the lead "
            "vocalist of the five-member group Velvet Comet, would sit out the group’s autumn "
            "tour to recover from a vocal cord injury. The agency said doctors had advised "
            "“complete vocal rest for at least six weeks.”\n\n"
            "Kang wrote to fans on the fan app "
            "Bubblet the same evening. “I am so sorry to the fans who bought tickets to see all "
            "five of us. I will come back stronger,” she wrote.\n\n"
            "Her bandmate Yoon Tae-gyu, the "
            "group’s leader, told the music magazine Chart Pulse that the remaining members had "
            "rearranged every song. “We split her lines four ways, and it still feels like "
            "something is missing,” he said.\n\n"
            "At a press event in Seoryn on Wednesday to open the "
            "tour, Yoon was asked how Kang was doing. “She is texting us more than ever,” he "
            "said. “Mostly to tell us we are singing her parts wrong.”"
        ),
        "quotes": [
            ("complete vocal rest for at least six weeks.", None, True, "P1"),
            (
                (
                    "I am so sorry to the fans who bought tickets to see all five of us. I will come back "
                    "stronger,"
                ),
                "Kang Min-seo",
                False,
                "P2",
            ),
            (
                "We split her lines four ways, and it still feels like something is missing,",
                "Yoon Tae-gyu",
                False,
                "P3",
            ),
            ("She is texting us more than ever,", "Yoon Tae-gyu", False, None),
            ("Mostly to tell us we are singing her parts wrong.", "Yoon Tae-gyu", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kang Min-seo", "Bubblet"),
            ("P3", "Yoon Tae-gyu", "Chart Pulse"),
        ],
        "people": ["Kang Min-seo", "Yoon Tae-gyu"],
    },
    {
        "name": "anchor-leaves-memo-threads-reply-doorstep",
        "text": (
            "The morning anchor Genevieve Tallis is leaving the network KBX after 14 years, the "
            "network’s news president, Orrin Castellanos, told staff in a memo on Tuesday. "
            "“Genevieve built this show from nothing into the most watched hour in the market,” "
            "he wrote. “She will be impossible to replace, and we will not try to copy "
            "her.”\n\n"
            "Tallis announced the move on Threads an hour later. “Fourteen years, three "
            "thousand sunrises, and one very patient husband,” she posted.\n\n"
            "Her former co-anchor, "
            "Benedikt Sørlie, who left KBX in 2021, replied under the post: “The best partner I "
            "ever had at 5 a.m. Go get them.”\n\n"
            "Tallis did not say where she was going. Two people "
            "familiar with the talks said she had been approached by a rival station in the same "
            "market, which has been losing viewers in the mornings. Asked about that by a "
            "reporter outside her home on Wednesday, she smiled. “You will know when I know,” she "
            "said."
        ),
        "quotes": [
            (
                "Genevieve built this show from nothing into the most watched hour in the market,",
                "Orrin Castellanos",
                False,
                "P1",
            ),
            (
                "She will be impossible to replace, and we will not try to copy her.",
                "Orrin Castellanos",
                False,
                "P1",
            ),
            (
                "Fourteen years, three thousand sunrises, and one very patient husband,",
                "Genevieve Tallis",
                False,
                "P2",
            ),
            ("The best partner I ever had at 5 a.m. Go get them.", "Benedikt Sørlie", False, "P2"),
            ("You will know when I know,", "Genevieve Tallis", False, None),
        ],
        "posts": [
            ("P1", "Orrin Castellanos", None),
            ("P2", "Genevieve Tallis", "Threads"),
        ],
        "people": ["Genevieve Tallis", "Orrin Castellanos", "Benedikt Sørlie"],
    },
    {
        "name": "songwriter-lawsuit-courthouse-steps-instagram-caption",
        "text": (
            "The songwriter Delia Marchetti-Oduya has sued the pop star Quinn Halvorsen, claiming "
            "that his summer hit “Paper Moons” copies the chorus of a song she wrote in 2017. The "
            "lawsuit, filed on Monday in federal court in Larkspur, calls the similarity “too "
            "precise to be a coincidence.”\n\n"
            "Halvorsen’s lawyer, Gideon Ashby, told reporters on "
            "the courthouse steps that the claim was baseless. “Four notes in a row is not a "
            "copyright,” Ashby said. “If it were, every song on the radio would be in "
            "court.”\n\n"
            "The singer himself posted on Instagram on Tuesday a video of him playing "
            "the chorus on an acoustic guitar. “Wrote this in my bedroom in Fenwick. Would never "
            "take someone else’s song,” the caption read.\n\n"
            "Marchetti-Oduya told the music site "
            "Soundbarrow that she had sent Halvorsen’s label a demo of her song two years before "
            "the hit came out. “I have the email. I have the date. I just want my name on it,” "
            "she said."
        ),
        "quotes": [
            ("too precise to be a coincidence.", "Delia Marchetti-Oduya", True, "P1"),
            ("Four notes in a row is not a copyright,", "Gideon Ashby", False, None),
            ("If it were, every song on the radio would be in court.", "Gideon Ashby", False, None),
            (
                "Wrote this in my bedroom in Fenwick. Would never take someone else’s song,",
                "Quinn Halvorsen",
                False,
                "P2",
            ),
            (
                "I have the email. I have the date. I just want my name on it,",
                "Delia Marchetti-Oduya",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Delia Marchetti-Oduya", None),
            ("P2", "Quinn Halvorsen", "Instagram"),
            ("P3", "Delia Marchetti-Oduya", "Soundbarrow"),
        ],
        "people": ["Delia Marchetti-Oduya", "Quinn Halvorsen", "Gideon Ashby"],
    },
    {
        "name": "awards-host-release-breakfast-show-bluesky-reply",
        "text": (
            "The Meridian Screen Academy named the comedian Tamsin Achterberg as host of next "
            "year’s Meridian Awards in a press release on Wednesday, saying she would bring "
            "“fearless energy” to the ceremony.\n\n"
            "Achterberg appeared on the breakfast show Wake "
            "Up Westport the next morning. “I have been rehearsing my acceptance speech since I "
            "was eight, so hosting is a bit of a demotion,” she said. She promised the hosts that "
            "the ceremony would run “under three hours, or I walk.”\n\n"
            "The last host, Felix "
            "Oduya-Branning, whose 2023 ceremony ran almost four and a half hours, offered advice "
            "on Bluesky. “Wear comfortable shoes and do not trust the teleprompter,” he "
            "posted.\n\n"
            "Achterberg replied under his post: “Noted. Also, bring snacks?”\n\n"
            "The "
            "academy’s president, Cordelia Mwangi, told reporters at a luncheon that the choice "
            "had been easy. “Tamsin makes people laugh at themselves,” she said, “and this "
            "industry badly needs that.”"
        ),
        "quotes": [
            ("fearless energy", None, True, "P1"),
            (
                (
                    "I have been rehearsing my acceptance speech since I was eight, so hosting is a bit "
                    "of a demotion,"
                ),
                "Tamsin Achterberg",
                False,
                "P2",
            ),
            ("under three hours, or I walk.", "Tamsin Achterberg", True, "P2"),
            (
                "Wear comfortable shoes and do not trust the teleprompter,",
                "Felix Oduya-Branning",
                False,
                "P3",
            ),
            ("Noted. Also, bring snacks?", "Tamsin Achterberg", False, "P3"),
            ("Tamsin makes people laugh at themselves,", "Cordelia Mwangi", False, None),
            ("and this industry badly needs that.", "Cordelia Mwangi", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Tamsin Achterberg", "Wake Up Westport"),
            ("P3", "Felix Oduya-Branning", "Bluesky"),
        ],
        "people": ["Tamsin Achterberg", "Felix Oduya-Branning", "Cordelia Mwangi"],
    },
    {
        "name": "stunt-injury-statements-union-x-herald-two-paragraphs",
        "text": (
            "Filming on the action sequel “Redline Protocol” was halted on Thursday after a stunt "
            "performer was injured in a car sequence near Ostrava Bay, the production company, "
            "Kestrel Forge Studios, said in a statement. The performer was in “stable condition,” "
            "the statement said.\n\n"
            "A representative for the film’s star, Damon Achebe-Farrow, said "
            "in a separate statement that the actor was “shaken and praying for his "
            "colleague.”\n\n"
            "The stunt performers’ union, the Guild of Screen Stunt Artists, wrote "
            "on X that it had warned the production twice about the sequence. “Speed over safety "
            "is a choice, and somebody made it,” the post said.\n\n"
            "The film’s stunt coordinator, "
            "Rosalind Teague, told the Ostrava Bay Herald that every warning had been acted on. "
            "“We slowed the cars, we moved the cameras, we added a second safety crew.\n\n"
            "“What "
            "happened was a mechanical failure, and we will find out why,” she said."
        ),
        "quotes": [
            ("stable condition,", None, True, "P1"),
            ("shaken and praying for his colleague.", None, True, "P2"),
            ("Speed over safety is a choice, and somebody made it,", None, False, "P3"),
            (
                "We slowed the cars, we moved the cameras, we added a second safety crew.",
                "Rosalind Teague",
                False,
                "P4",
            ),
            (
                "What happened was a mechanical failure, and we will find out why,",
                "Rosalind Teague",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", None, "X"),
            ("P4", "Rosalind Teague", "Ostrava Bay Herald"),
        ],
        "people": ["Damon Achebe-Farrow", "Rosalind Teague"],
    },
    {
        "name": "farewell-concert-release-stage-caption-fan-group",
        "text": (
            "Odessa Lamontaigne, the 78-year-old singer known to fans as “the Duchess,” will play "
            "her last concert in her hometown of Bellhaven in December, the promoter Lighthouse "
            "Live said in a press release on Friday. Tickets sold out in 11 minutes.\n\n"
            "Lamontaigne "
            "broke the news herself a night earlier, from the stage of the Corwin Theatre in "
            "Albridge. “Sixty years is long enough to ask people to pay to hear me,” she told the "
            "crowd. “After December, I will sing for free, in my kitchen.”\n\n"
            "Her daughter, Simone "
            "Lamontaigne-Reyes, posted a childhood photo of the two of them on Instagram with the "
            "caption “My first concert was in her arms.”\n\n"
            "In a Facebook group for longtime fans, "
            "a member named Horace Ebbington wrote that he had seen her 43 times. “I will be at "
            "number 44, front row, crying,” he wrote.\n\n"
            "Lamontaigne’s manager said she was “in "
            "excellent voice and excellent spirits” and had no plans to retire from recording."
        ),
        "quotes": [
            (
                "Sixty years is long enough to ask people to pay to hear me,",
                "Odessa Lamontaigne",
                False,
                None,
            ),
            (
                "After December, I will sing for free, in my kitchen.",
                "Odessa Lamontaigne",
                False,
                None,
            ),
            ("My first concert was in her arms.", "Simone Lamontaigne-Reyes", False, "P2"),
            ("I will be at number 44, front row, crying,", "Horace Ebbington", False, "P3"),
            ("in excellent voice and excellent spirits", None, True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Simone Lamontaigne-Reyes", "Instagram"),
            ("P3", "Horace Ebbington", "Facebook"),
        ],
        "people": ["Odessa Lamontaigne", "Simone Lamontaigne-Reyes", "Horace Ebbington"],
    },
    {
        "name": "documentary-essay-lawyers-letter-email-podcast",
        "text": (
            "The documentary “Bright Lights, Cold Cash,” about the collapse of the talent agency "
            "Mirabel Artists, arrives on the streaming service Orchard+ on Friday. Its director, "
            "Fenella Okafor-Blake, wrote an essay in the Calder Times on Sunday defending her "
            "decision to keep filming the agency’s founder after he withdrew his consent. “When "
            "powerful men go quiet, the camera has to keep rolling,” she wrote.\n\n"
            "The founder, "
            "Victor Szalai, sent a letter through his lawyers to Orchard+ demanding that the film "
            "be withdrawn. The letter described it as “a hit piece dressed up as journalism.”\n\n"
            "A "
            "spokeswoman for Orchard+, Hana Bergqvist, said in an email that the service stood by "
            "the film and would release it as planned.\n\n"
            "On the podcast Reel Talk, the critic "
            "Augustin Mbatha called it the most uncomfortable watch of the year. “It is not fair "
            "to Szalai,” he said. “But then, he was not fair to anyone either.”"
        ),
        "quotes": [
            (
                "When powerful men go quiet, the camera has to keep rolling,",
                "Fenella Okafor-Blake",
                False,
                "P1",
            ),
            ("a hit piece dressed up as journalism.", "Victor Szalai", True, "P2"),
            ("It is not fair to Szalai,", "Augustin Mbatha", False, "P4"),
            ("But then, he was not fair to anyone either.", "Augustin Mbatha", False, "P4"),
        ],
        "posts": [
            ("P1", "Fenella Okafor-Blake", "Calder Times"),
            ("P2", "Victor Szalai", None),
            ("P3", "Hana Bergqvist", None),
            ("P4", "Augustin Mbatha", "Reel Talk"),
        ],
        "people": ["Fenella Okafor-Blake", "Victor Szalai", "Hana Bergqvist", "Augustin Mbatha"],
    },
    {
        "name": "memoir-excerpt-magazine-talk-show-mother-statement",
        "text": (
            "The former child star Juniper Kowalczyk-Hale says she was paid less than the family "
            "dog on the sitcom that made her famous. The claim is in her memoir, “Laugh Track,” "
            "which her publisher, Ashworth & Lowe, announced in a press release on Tuesday.\n\n"
            "In "
            "an excerpt published by the magazine Vantage, she describes the set as “a factory "
            "that happened to make jokes.”\n\n"
            "Kowalczyk-Hale, 26, went further in an interview on "
            "the talk show Sunday Sofa, hosted by Rhea Dunmore. “I was eleven, working sixty-hour "
            "weeks, and nobody thought that was strange,” the 26-year-old said. “I did.”\n\n"
            "Her "
            "mother and former manager, Bettina Hale, said in a statement released by her lawyer "
            "that the book was “full of things that never happened.” She added: “I protected my "
            "daughter every single day.”\n\n"
            "The sitcom’s creator, Walter Ngata, declined to comment "
            "when reached by phone on Wednesday."
        ),
        "quotes": [
            ("a factory that happened to make jokes.", "Juniper Kowalczyk-Hale", True, "P2"),
            (
                "I was eleven, working sixty-hour weeks, and nobody thought that was strange,",
                "Juniper Kowalczyk-Hale",
                False,
                "P3",
            ),
            ("I did.", "Juniper Kowalczyk-Hale", False, "P3"),
            ("full of things that never happened.", "Bettina Hale", True, "P4"),
            ("I protected my daughter every single day.", "Bettina Hale", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Juniper Kowalczyk-Hale", "Vantage"),
            ("P3", "Juniper Kowalczyk-Hale", "Sunday Sofa"),
            ("P4", "Bettina Hale", None),
        ],
        "people": ["Juniper Kowalczyk-Hale", "Rhea Dunmore", "Bettina Hale", "Walter Ngata"],
    },
    {
        "name": "anthem-flub-tunnel-x-league-reddit-thread",
        "text": (
            "The country singer Wade Castellane forgot the words to the national anthem before "
            "Sunday’s championship game in Millbrook, stopping twice and finally finishing to "
            "loud applause. Afterwards he stopped briefly in the tunnel to talk to reporters. “My "
            "brain just went white,” the singer said. “I have sung that song a thousand "
            "times.”\n\n"
            "By the evening he had turned it into a joke on X. “Anyone know the second "
            "verse? Asking for a friend,” he posted.\n\n"
            "The league said in a statement that it had "
            "“nothing but gratitude” for Castellane and would invite him back.\n\n"
            "A Reddit thread "
            "about the moment, titled “Give Wade a break,” collected more than 9,000 comments. "
            "One user wrote under it: “The crowd singing it for him was the best thing I have "
            "seen all year.”\n\n"
            "His wife, the actress Marguerite Solano, posted a photo of him "
            "asleep on the couch on Instagram. “Recovering from the trauma,” she wrote."
        ),
        "quotes": [
            ("My brain just went white,", "Wade Castellane", False, None),
            ("I have sung that song a thousand times.", "Wade Castellane", False, None),
            ("Anyone know the second verse? Asking for a friend,", "Wade Castellane", False, "P1"),
            ("nothing but gratitude", None, True, "P2"),
            (
                "The crowd singing it for him was the best thing I have seen all year.",
                None,
                False,
                "P3",
            ),
            ("Recovering from the trauma,", "Marguerite Solano", False, "P4"),
        ],
        "posts": [
            ("P1", "Wade Castellane", "X"),
            ("P2", None, None),
            ("P3", None, "Reddit"),
            ("P4", "Marguerite Solano", "Instagram"),
        ],
        "people": ["Wade Castellane", "Marguerite Solano"],
    },
    {
        "name": "musical-closing-statement-instagram-note-curtain-speech",
        "text": (
            "The musical “Harbour Lights” closed on Sunday after a two-year run at the Alderney "
            "Playhouse. Its lead producer, Clement Ravensworth, had announced the closing in a "
            "statement last month, blaming rising costs and “a very hard winter at the box "
            "office.”\n\n"
            "The show’s star, Ines Valderrama, wrote a long note to the company on "
            "Instagram before the last performance. “You carried me on the nights I could not "
            "carry myself,” she wrote. “I will be looking for you in every audience for the rest "
            "of my life.”\n\n"
            "Her understudy, Calla Nwosu, who went on more than sixty times, "
            "commented under the note with a single line: “Thank you for sharing the stage.”\n\n"
            "At "
            "the final curtain call on Sunday night, Valderrama stepped forward and raised a hand "
            "for quiet. “Theatre does not die when a show closes. It just goes looking for "
            "another stage.\n\n"
            "“Go and find it,” she told the audience, and the band played the "
            "overture one more time."
        ),
        "quotes": [
            ("a very hard winter at the box office.", "Clement Ravensworth", True, "P1"),
            (
                "You carried me on the nights I could not carry myself,",
                "Ines Valderrama",
                False,
                "P2",
            ),
            (
                "I will be looking for you in every audience for the rest of my life.",
                "Ines Valderrama",
                False,
                "P2",
            ),
            ("Thank you for sharing the stage.", "Calla Nwosu", False, "P2"),
            (
                "Theatre does not die when a show closes. It just goes looking for another stage.",
                "Ines Valderrama",
                False,
                None,
            ),
            ("Go and find it,", "Ines Valderrama", False, None),
        ],
        "posts": [
            ("P1", "Clement Ravensworth", None),
            ("P2", "Ines Valderrama", "Instagram"),
        ],
        "people": ["Clement Ravensworth", "Ines Valderrama", "Calla Nwosu"],
    },
    {
        "name": "director-recut-trade-paper-scare-quote-instagram-comment",
        "text": (
            "The director Lucan Abernathy-Sato says the studio behind his horror film “The Hollow "
            "Choir” cut 22 minutes from it without telling him. “They called it ‘tightening.’ I "
            "call it vandalism,” he told the trade paper Screen Ledger on Tuesday.\n\n"
            "The studio, "
            "Palisade Pictures, said in a statement that the final cut had been “agreed with all "
            "parties” and had tested well with audiences in three cities.\n\n"
            "Abernathy-Sato then "
            "posted on Instagram a photo of a film reel in a bin. Among hundreds of comments "
            "under it was one from the film’s lead actress, Sabine Okoro. “I saw the real one. It "
            "was a masterpiece,” she wrote.\n\n"
            "At a screening of his earlier work in Kilbride on "
            "Thursday night, the director was asked whether he would ever release his own "
            "version. He paused for a long moment. “One day, when the lawyers are tired,” he "
            "said.\n\n"
            "Palisade declined to comment further on the dispute."
        ),
        "quotes": [
            (
                "They called it ‘tightening.’ I call it vandalism,",
                "Lucan Abernathy-Sato",
                False,
                "P1",
            ),
            ("agreed with all parties", None, True, "P2"),
            ("I saw the real one. It was a masterpiece,", "Sabine Okoro", False, "P3"),
            ("One day, when the lawyers are tired,", "Lucan Abernathy-Sato", False, None),
        ],
        "posts": [
            ("P1", "Lucan Abernathy-Sato", "Screen Ledger"),
            ("P2", None, None),
            ("P3", "Lucan Abernathy-Sato", "Instagram"),
        ],
        "people": ["Lucan Abernathy-Sato", "Sabine Okoro"],
    },
    {
        "name": "streaming-royalties-open-letter-hearing-blog-newsletter",
        "text": (
            "More than 400 musicians signed an open letter on Monday calling on the streaming "
            "company Tunewell to raise what it pays artists per stream. The letter said the "
            "current rate was “a rounding error dressed up as a business model.”\n\n"
            "One of its "
            "organisers, the cellist Anouk Delacroix-Mensah, repeated the demand on Wednesday at "
            "a hearing of the Caldera state legislature’s arts committee. “My most popular piece "
            "has been streamed two million times. It paid for one month of rent,” she told "
            "lawmakers.\n\n"
            "Tunewell responded in a post on its company blog, saying that it had "
            "paid out more than ever last year and that artists were “better off than at any time "
            "in the history of recorded music.”\n\n"
            "The company’s founder, Elliot Prawirodirjo, went "
            "further in his newsletter on the platform Inkstand. “Nobody forced anyone to put "
            "their music on our service,” he wrote.\n\n"
            "Delacroix-Mensah laughed when reporters read "
            "her the line. “Nobody forces you to breathe, either,” she said."
        ),
        "quotes": [
            ("a rounding error dressed up as a business model.", None, True, "P1"),
            (
                (
                    "My most popular piece has been streamed two million times. It paid for one month of "
                    "rent,"
                ),
                "Anouk Delacroix-Mensah",
                False,
                None,
            ),
            ("better off than at any time in the history of recorded music.", None, True, "P2"),
            (
                "Nobody forced anyone to put their music on our service,",
                "Elliot Prawirodirjo",
                False,
                "P3",
            ),
            ("Nobody forces you to breathe, either,", "Anouk Delacroix-Mensah", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Elliot Prawirodirjo", "Inkstand"),
        ],
        "people": ["Anouk Delacroix-Mensah", "Elliot Prawirodirjo"],
    },
]
