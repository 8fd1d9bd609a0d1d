"""The one-hundred-and-thirty-second self-made dev set, held out (EH): its first run is an unseen estimate.

Written with set EI, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper or magazine is such an interview; a statement, memo, letter,
email, court filing, lawsuit, judge's opinion or essay with no named outlet is a
post with no platform, and an essay or op-ed on a named platform or in a named
newspaper or magazine has that platform; a press release or news/earnings
release is a post with platform "press release"; a news conference, briefing,
earnings call, rally, speech, hearing, court hearing, town hall or "told
reporters" is not a post; a comment under a post belongs to it, a post "of his
own" is a new one; a later fragment or quote is linked to a post only when the
text ties it to that post; organisations and unnamed people speak as None, and
a company's release, statement or lawsuit has author None even when it quotes a
named executive; titles, nicknames and scare quotes in marks are not quotes;
speakers are the fullest form of the name used in the text; partial marks a
fragment quoted inside narration. Topic area: arts, media, film, music,
publishing and celebrity.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; quotes
  are listed in the order they appear in the text (a comment reported at the
  end of a text comes last even when its post is an earlier one).
- people lists, in order of first mention, exactly the named people who speak
  a quote or author a post. Named people who only appear (the late poet Agnes
  Wrenfield, the podcast hosts Priya Venkataraman and Tasha Greene, the talk
  show host Miles Carver) are not listed.
- A post reported without any quoted words (a promoter's statement only
  described, a publisher's press release only mentioned) is still listed.
- A quote interrupted by its attribution (“I am fine,” the 24-year-old wrote
  on X, “just very, very tired ...”) is two quotes, each whole (not partial),
  same speaker and post.
- Film, show, book and album titles in marks (“Iron Meridian”, “Salt and
  Static”, “Crosscurrents”), fans' nicknames (“Sparrow”, “the Duchess of
  Dayton”), a stage name (“J.O. Kingfisher”) and so-called terms (a so-called
  “prank”, a so-called “recoupment clause”) are not quotes.
- A word or phrase taken from a statement and quoted in narration (the
  broadcaster's “creative refresh”, a director's “saddened”, a label's
  “baseless”) is a partial quote from that statement, not a scare quote. The
  same words repeated later inside someone else's full quote are part of that
  quote only.
- A single-marked phrase inside a quote (‘paused for review.’) is part of the
  quote's text, not a quote of its own.
- A company or union statement, including one given by an unnamed spokeswoman
  ("a spokeswoman said in a statement"), is a post with author None and its
  words speak as None; an unnamed spokesman who "told reporters" speaks as None
  with no post. The estate's lawsuit has author None; a rapper's own lawsuit is
  his post with no platform, and its fragment speaks as him.
- A director's statement "released by his lawyer" is the director's post with
  no platform; a museum director's letter to staff and a chief executive's memo
  to employees are their own posts with no platform; a former chairman's letter
  to a company, quoted from a copy seen by the paper, is his post.
- A distributor's press release quoting a director ("was quoted in a press
  release from his distributor") has author None; the speaker is the director.
  So is a network's press release quoting its president.
- An analyst's note to clients is the analyst's post with no platform; an
  earnings call is not a post.
- "told People" is an interview with platform People. A leading "The" is kept
  where the text writes it as part of the name ("The Atlantic", "The Hollywood
  Reporter", "The Halden Courier"); "told the Dayton Daily Ledger" and "in the
  Riverside Sentinel" give Dayton Daily Ledger and Riverside Sentinel.
- Shows and podcasts take their name as written: The Long Table, Good Morning
  Lakeshore, Front Row (on "the BBC radio program Front Row"), Off the Record
  with Tasha Greene, The Late Hour with Miles Carver. Words said on the show,
  including an answer after the host's question, belong to that post.
- A memoir excerpted in a named magazine ("In her memoir, excerpted in
  Harper's Bazaar") is the author's post with that magazine as platform, and a
  fragment of it is partial.
- A critic's review "in the Riverside Sentinel" is the critic's post with that
  newspaper as platform ("he wrote" ties the later fragment to it).
- A second YouTube video is a new YouTube post; an Instagram story is an
  Instagram post; a photo "with the caption" is a post whose caption is a whole
  quote; a TikTok clip's caption likewise.
- A curtain speech to an audience is a speech, not a post, even though it was
  filmed and a clip of it was later posted on TikTok: the speech's words, which
  run over two paragraphs (one quote per paragraph), have no post; only the
  words written with the clip belong to the TikTok post.
- An acceptance speech's fragment (she thanked her mother, “who read every
  draft ...”) is partial with no post; an interview "In an interview" with no
  named outlet is the story's own and not a post.
- An unnamed fan's comment under a Facebook post belongs to it and speaks as
  None; a comment under a LinkedIn post, a TikTok video or an Instagram post
  belongs to that post.
- A publisher (Quillhouse Press) posting on Bluesky is a post with author None.
- Two people sharing a surname (Jolene and Carla Marchetti, Aurelia and Denise
  Banks, Agnes and Owen Wrenfield) are always given their full names, except
  "Wrenfield's grandson", which refers to the poet already named.
- A platform named inside a quote ("a Zoom link") is not a post; a character's
  name (Pip) is not a person.
- Diacritics and hyphenated surnames are part of the canonical name (Sorin
  Vlădescu, Annika Bjørnstad, Rafael Quintana-Holt); titles such as Judge are
  not.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EH: list[dict] = [
    {
        "name": "instagram-franchise-exit-director-comment-studio-statement",
        "text": (
            "The actor Rafael Quintana-Holt said on Instagram on Sunday that he would not "
            "return for a fourth film in the “Iron Meridian” series, ending months of "
            "speculation. “Eleven years in one pair of boots is enough for anyone,” the "
            "52-year-old wrote beside a photo of his costume. “I leave grateful, and a little "
            "sore.”\n\n"
            "Under the post, the franchise’s longtime director, Annika Bjørnstad, left a "
            "short comment: “The boots will miss you more than I will. Almost.”\n\n"
            "The studio behind the films, Halcyon Pictures, said in a statement that it "
            "respected his decision and that the next installment would go ahead “with a new "
            "story and new faces.”\n\n"
            "Quintana-Holt was more guarded at a news conference in Lisbon on Tuesday, where "
            "he was promoting an unrelated drama. Asked whether money had been a factor, he "
            "shrugged. “Money is always a factor,” he said. “It was not the factor.”"
        ),
        "quotes": [
            (
                "Eleven years in one pair of boots is enough for anyone,",
                "Rafael Quintana-Holt",
                False,
                "P1",
            ),
            ("I leave grateful, and a little sore.", "Rafael Quintana-Holt", False, "P1"),
            ("The boots will miss you more than I will. Almost.", "Annika Bjørnstad", False, "P1"),
            ("with a new story and new faces.", None, True, "P2"),
            ("Money is always a factor,", "Rafael Quintana-Holt", False, None),
            ("It was not the factor.", "Rafael Quintana-Holt", False, None),
        ],
        "posts": [
            ("P1", "Rafael Quintana-Holt", "Instagram"),
            ("P2", None, None),
        ],
        "people": ["Rafael Quintana-Holt", "Annika Bjørnstad"],
    },
    {
        "name": "rolling-stone-band-reunion-nickname-label-release",
        "text": (
            "Delphine Okafor-Reyes, the lead singer of the Manchester band Glass Orchard, "
            "told Rolling Stone that the group’s long hiatus had nearly become permanent. "
            "“There was a year when none of us spoke, not even on birthdays,” she said in the "
            "interview, published on Thursday. The band’s drummer, Callum Reith, who is known "
            "to fans as “Sparrow,” was the one who broke the silence, she added, by mailing "
            "each member a cassette of old rehearsal tapes.\n\n"
            "Reith confirmed the story on X a few hours later. “Cheapest reunion tour pitch "
            "in history. Forty pence in postage,” he posted.\n\n"
            "The band’s label, Lantern Row Records, announced in a press release that a new "
            "album, “Salt and Static,” would be released in May, followed by a 30-date tour. "
            "The release quoted Okafor-Reyes as saying that the record was “the sound of four "
            "people relearning each other.”\n\n"
            "Tickets go on sale on Friday."
        ),
        "quotes": [
            (
                "There was a year when none of us spoke, not even on birthdays,",
                "Delphine Okafor-Reyes",
                False,
                "P1",
            ),
            (
                "Cheapest reunion tour pitch in history. Forty pence in postage,",
                "Callum Reith",
                False,
                "P2",
            ),
            (
                "the sound of four people relearning each other.",
                "Delphine Okafor-Reyes",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Delphine Okafor-Reyes", "Rolling Stone"),
            ("P2", "Callum Reith", "X"),
            ("P3", None, "press release"),
        ],
        "people": ["Delphine Okafor-Reyes", "Callum Reith"],
    },
    {
        "name": "substack-essay-withdrawn-novel-open-letter-book-fair",
        "text": (
            "The novelist Bernadette Ashworth-Lyle has withdrawn her forthcoming book from "
            "its publisher, Corvid & Finch, after a dispute over an edited chapter, she wrote "
            "in an essay on Substack on Wednesday.\n\n"
            "“I was asked to soften a character until she was no longer a person but a "
            "lesson,” Ashworth-Lyle wrote. “I would rather publish nothing than publish "
            "that.”\n\n"
            "Corvid & Finch said in a statement that it had “never requested changes to the "
            "substance of any chapter” and that it wished the author well.\n\n"
            "More than 200 writers signed an open letter on Friday supporting her. “Editing "
            "is a conversation, not a condition,” the letter said.\n\n"
            "At the Harrowgate Book Fair on Saturday, her former editor, Giles Penhaligon, "
            "told the audience he regretted how the episode had ended. “We both wanted the "
            "same book,” he said. “We just could not agree on which one it was.”"
        ),
        "quotes": [
            (
                "I was asked to soften a character until she was no longer a person but a lesson,",
                "Bernadette Ashworth-Lyle",
                False,
                "P1",
            ),
            (
                "I would rather publish nothing than publish that.",
                "Bernadette Ashworth-Lyle",
                False,
                "P1",
            ),
            ("never requested changes to the substance of any chapter", None, True, "P2"),
            ("Editing is a conversation, not a condition,", None, False, "P3"),
            ("We both wanted the same book,", "Giles Penhaligon", False, None),
            ("We just could not agree on which one it was.", "Giles Penhaligon", False, None),
        ],
        "posts": [
            ("P1", "Bernadette Ashworth-Lyle", "Substack"),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Bernadette Ashworth-Lyle", "Giles Penhaligon"],
    },
    {
        "name": "youtube-presenter-dismissed-broadcaster-statement-podcast",
        "text": (
            "The television presenter Marcus Oyelaran-Finch said in a video posted to YouTube "
            "on Monday that he had been dismissed from the evening quiz show “Brainstorm "
            "Alley” after 14 years. “Nobody called me. I found out from a spreadsheet,” he "
            "said in the seven-minute video, which had been viewed more than two million "
            "times by Tuesday.\n\n"
            "The broadcaster, Channel Nine North, said in a statement that the decision "
            "reflected a “creative refresh” and thanked him for his service. It did not say "
            "who would replace him.\n\n"
            "On Wednesday Oyelaran-Finch appeared on the podcast The Long Table, hosted by "
            "the comedian Priya Venkataraman. “A creative refresh is what you call it when "
            "you cannot say the real reason,” the 58-year-old told her. Venkataraman asked "
            "what the real reason was. “Ask the spreadsheet,” he said."
        ),
        "quotes": [
            (
                "Nobody called me. I found out from a spreadsheet,",
                "Marcus Oyelaran-Finch",
                False,
                "P1",
            ),
            ("creative refresh", None, True, "P2"),
            (
                "A creative refresh is what you call it when you cannot say the real reason,",
                "Marcus Oyelaran-Finch",
                False,
                "P3",
            ),
            ("Ask the spreadsheet,", "Marcus Oyelaran-Finch", False, "P3"),
        ],
        "posts": [
            ("P1", "Marcus Oyelaran-Finch", "YouTube"),
            ("P2", None, None),
            ("P3", "Marcus Oyelaran-Finch", "The Long Table"),
        ],
        "people": ["Marcus Oyelaran-Finch"],
    },
    {
        "name": "tiktok-engagement-sister-comment-people-red-carpet",
        "text": (
            "Jolene Marchetti, the reality television star, announced her engagement in a "
            "TikTok video on Saturday, holding up a ring to the camera. “He asked in a "
            "parking lot, which is exactly where I would have wanted it,” she said in the "
            "clip.\n\n"
            "Her younger sister, Carla Marchetti, commented beneath the video within minutes: "
            "“I knew for three weeks and told NO ONE. Nominate me for something.”\n\n"
            "The fiancé, the chef Desmond Achterberg, told People that he had planned a "
            "dinner at his restaurant but lost his nerve. “The parking lot was an accident. A "
            "good one,” he said.\n\n"
            "Speaking to reporters on the red carpet at a charity gala in Miami on Monday, "
            "Jolene Marchetti said no date had been set. “Not this year,” she said. “My "
            "sister needs time to recover from keeping a secret.”"
        ),
        "quotes": [
            (
                "He asked in a parking lot, which is exactly where I would have wanted it,",
                "Jolene Marchetti",
                False,
                "P1",
            ),
            (
                "I knew for three weeks and told NO ONE. Nominate me for something.",
                "Carla Marchetti",
                False,
                "P1",
            ),
            ("The parking lot was an accident. A good one,", "Desmond Achterberg", False, "P2"),
            ("Not this year,", "Jolene Marchetti", False, None),
            (
                "My sister needs time to recover from keeping a secret.",
                "Jolene Marchetti",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Jolene Marchetti", "TikTok"),
            ("P2", "Desmond Achterberg", "People"),
        ],
        "people": ["Jolene Marchetti", "Carla Marchetti", "Desmond Achterberg"],
    },
    {
        "name": "museum-letter-sculptor-caption-union-oped",
        "text": (
            "The director of the Kestrel Museum of Modern Art, Helena Vasquez-Thorne, told "
            "staff in a letter on Monday that the museum would cancel a planned retrospective "
            "of the sculptor Ilya Brandauer. “We cannot in good conscience open a show whose "
            "central works we can no longer insure,” she wrote.\n\n"
            "Brandauer, 81, responded on Instagram with a photograph of an empty plinth. "
            "“Forty years of work, and the problem is paperwork,” he wrote in the caption.\n\n"
            "The union representing the museum’s guards and technicians said in a statement "
            "that its members had learned of the cancellation from the news. “Once again, the "
            "people who hang the art are the last to know,” the statement said.\n\n"
            "In an op-ed in The Halden Courier on Thursday, the critic Moira Fennimore called "
            "the decision “a failure of nerve dressed up as prudence.” She added: “Museums "
            "insure things every day. They decided this one was not worth the trouble.”"
        ),
        "quotes": [
            (
                "We cannot in good conscience open a show whose central works we can no "
                "longer insure,",
                "Helena Vasquez-Thorne",
                False,
                "P1",
            ),
            ("Forty years of work, and the problem is paperwork,", "Ilya Brandauer", False, "P2"),
            ("Once again, the people who hang the art are the last to know,", None, False, "P3"),
            ("a failure of nerve dressed up as prudence.", "Moira Fennimore", True, "P4"),
            (
                "Museums insure things every day. They decided this one was not worth the trouble.",
                "Moira Fennimore",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Helena Vasquez-Thorne", None),
            ("P2", "Ilya Brandauer", "Instagram"),
            ("P3", None, None),
            ("P4", "Moira Fennimore", "The Halden Courier"),
        ],
        "people": ["Helena Vasquez-Thorne", "Ilya Brandauer", "Moira Fennimore"],
    },
    {
        "name": "festival-jury-news-conference-distributor-release-variety",
        "text": (
            "The Romanian director Sorin Vlădescu’s “The Quiet Hours” won the top prize at "
            "the Cap Ferrat Film Festival on Saturday, and the jury president, the actress "
            "Odile Marchand-Bey, explained the choice at a news conference afterward. “It is "
            "the only film this year that trusted its audience,” she said.\n\n"
            "Vlădescu, who did not attend, was quoted in a press release from his "
            "distributor, Farrow Films: “I made this film with nine people and a borrowed "
            "car. Tonight it feels like ninety.”\n\n"
            "The film’s lead, Teodora Ionescu, posted on X: “Someone wake me up. Actually, "
            "don’t.”\n\n"
            "Vlădescu later told Variety that he had skipped the ceremony because his "
            "daughter was sick. “Prizes wait. Fevers do not,” the 44-year-old said. He added "
            "that he would return to the festival next year “as a spectator, with a very "
            "large coffee.”"
        ),
        "quotes": [
            (
                "It is the only film this year that trusted its audience,",
                "Odile Marchand-Bey",
                False,
                None,
            ),
            (
                "I made this film with nine people and a borrowed car. Tonight it feels "
                "like ninety.",
                "Sorin Vlădescu",
                False,
                "P1",
            ),
            ("Someone wake me up. Actually, don’t.", "Teodora Ionescu", False, "P2"),
            ("Prizes wait. Fevers do not,", "Sorin Vlădescu", False, "P3"),
            ("as a spectator, with a very large coffee.", "Sorin Vlădescu", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Teodora Ionescu", "X"),
            ("P3", "Sorin Vlădescu", "Variety"),
        ],
        "people": ["Sorin Vlădescu", "Odile Marchand-Bey", "Teodora Ionescu"],
    },
    {
        "name": "medium-letter-pianist-streaming-two-paragraph-quote",
        "text": (
            "The jazz pianist Theo Abernathy-Cole published a long letter on Medium on "
            "Tuesday explaining why he had pulled his catalog from the streaming service "
            "Riffle.\n\n"
            "“I have nothing against streaming. I have something against being paid less per "
            "song than the cost of the electricity to play it,” he wrote.\n\n"
            "“If the math changes, the music comes back. Until then, it lives on the records "
            "in my basement and on the stage.\n\n"
            "“Come to a show. That is where I have always been.”\n\n"
            "Riffle said in a statement that its rates were “among the most generous in the "
            "industry” and that it hoped to welcome him back.\n\n"
            "In an interview, Abernathy-Cole, 67, said several younger musicians had called "
            "to ask whether they should do the same. “I tell them to do the math first,” he "
            "said. “Then do what they can afford.”"
        ),
        "quotes": [
            (
                "I have nothing against streaming. I have something against being paid "
                "less per song than the cost of the electricity to play it,",
                "Theo Abernathy-Cole",
                False,
                "P1",
            ),
            (
                "If the math changes, the music comes back. Until then, it lives on the "
                "records in my basement and on the stage.",
                "Theo Abernathy-Cole",
                False,
                "P1",
            ),
            (
                "Come to a show. That is where I have always been.",
                "Theo Abernathy-Cole",
                False,
                "P1",
            ),
            ("among the most generous in the industry", None, True, "P2"),
            ("I tell them to do the math first,", "Theo Abernathy-Cole", False, None),
            ("Then do what they can afford.", "Theo Abernathy-Cole", False, None),
        ],
        "posts": [
            ("P1", "Theo Abernathy-Cole", "Medium"),
            ("P2", None, None),
        ],
        "people": ["Theo Abernathy-Cole"],
    },
    {
        "name": "influencer-feud-youtube-instagram-story-sponsor-statement",
        "text": (
            "The lifestyle influencer Kiki Dumont and the fitness personality Brandon Szabo "
            "have been feuding for a week over a so-called “prank” in which Szabo filled her "
            "car with packing peanuts. In a YouTube video posted on Sunday, Dumont said the "
            "stunt had damaged her engine. “It is not content if someone has to pay a "
            "mechanic for it,” she said.\n\n"
            "Szabo answered on his Instagram story the next morning. “Apologized privately. "
            "Offered to pay. Was blocked. Moving on,” he wrote.\n\n"
            "The sportswear brand Vantora, which sponsored Szabo, said on Tuesday that it had "
            "ended the partnership. “Our athletes are expected to treat people with respect, "
            "online and off,” a spokeswoman said in a statement.\n\n"
            "Dumont, 29, said in a second YouTube video on Wednesday that she had not asked "
            "anyone to drop him. “I wanted my car back,” she said. “Not his sponsors.”"
        ),
        "quotes": [
            (
                "It is not content if someone has to pay a mechanic for it,",
                "Kiki Dumont",
                False,
                "P1",
            ),
            (
                "Apologized privately. Offered to pay. Was blocked. Moving on,",
                "Brandon Szabo",
                False,
                "P2",
            ),
            (
                "Our athletes are expected to treat people with respect, online and off,",
                None,
                False,
                "P3",
            ),
            ("I wanted my car back,", "Kiki Dumont", False, "P4"),
            ("Not his sponsors.", "Kiki Dumont", False, "P4"),
        ],
        "posts": [
            ("P1", "Kiki Dumont", "YouTube"),
            ("P2", "Brandon Szabo", "Instagram"),
            ("P3", None, None),
            ("P4", "Kiki Dumont", "YouTube"),
        ],
        "people": ["Kiki Dumont", "Brandon Szabo"],
    },
    {
        "name": "poet-estate-lawsuit-ceo-memo-atlantic-court-hearing",
        "text": (
            "The estate of the late poet Agnes Wrenfield sued the publisher Maplestone Books "
            "on Monday, accusing it of printing an unauthorized collection of her early "
            "poems. The lawsuit, filed in federal court in Boston, said the book contained "
            "“dozens of drafts she never intended anyone to read.”\n\n"
            "Maplestone’s chief executive, Rupert Hallworth, defended the collection in a "
            "memo to employees that was later shared with reporters. “These poems belong to "
            "literary history, not to a filing cabinet,” he wrote.\n\n"
            "Wrenfield’s grandson, Owen Wrenfield, who manages the estate, told The Atlantic "
            "that his grandmother had burned two notebooks late in her life. “She was very "
            "clear about what she wanted kept,” he said. “The rest she wanted gone.”\n\n"
            "At a brief court hearing on Wednesday, Judge Celeste Amadi declined to halt "
            "sales of the book while the case proceeds. “The plaintiffs may well prevail, but "
            "not today,” she said."
        ),
        "quotes": [
            ("dozens of drafts she never intended anyone to read.", None, True, "P1"),
            (
                "These poems belong to literary history, not to a filing cabinet,",
                "Rupert Hallworth",
                False,
                "P2",
            ),
            ("She was very clear about what she wanted kept,", "Owen Wrenfield", False, "P3"),
            ("The rest she wanted gone.", "Owen Wrenfield", False, "P3"),
            ("The plaintiffs may well prevail, but not today,", "Celeste Amadi", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Rupert Hallworth", None),
            ("P3", "Owen Wrenfield", "The Atlantic"),
        ],
        "people": ["Rupert Hallworth", "Owen Wrenfield", "Celeste Amadi"],
    },
    {
        "name": "folk-festival-facebook-fan-comment-threads-council-meeting",
        "text": (
            "Organizers of the Brackwater Folk Festival canceled this year’s event on "
            "Thursday, three weeks before it was due to open, citing flooding at the site. "
            "“We have fought the river for a month, and the river has won,” the festival’s "
            "founder, Rosalind Achebe-Murray, wrote on Facebook.\n\n"
            "One of the hundreds of comments under her post came from a fan who said she had "
            "bought tickets every year since 2009: “Heartbroken, but you did the right thing. "
            "See you next year.”\n\n"
            "The headliner, the singer-songwriter Niall Corrigan, said on Threads that he "
            "would play a free show in the town anyway. “Bring boots. I will bring the "
            "guitar,” he posted.\n\n"
            "At a council meeting on Friday, the deputy mayor, Hamid Rostami, promised help "
            "with the site. “This festival is part of who we are,” Rostami said. “We will not "
            "let one wet spring end it.”"
        ),
        "quotes": [
            (
                "We have fought the river for a month, and the river has won,",
                "Rosalind Achebe-Murray",
                False,
                "P1",
            ),
            ("Heartbroken, but you did the right thing. See you next year.", None, False, "P1"),
            ("Bring boots. I will bring the guitar,", "Niall Corrigan", False, "P2"),
            ("This festival is part of who we are,", "Hamid Rostami", False, None),
            ("We will not let one wet spring end it.", "Hamid Rostami", False, None),
        ],
        "posts": [
            ("P1", "Rosalind Achebe-Murray", "Facebook"),
            ("P2", "Niall Corrigan", "Threads"),
        ],
        "people": ["Rosalind Achebe-Murray", "Niall Corrigan", "Hamid Rostami"],
    },
    {
        "name": "vogue-essay-actress-director-lawyer-statement-deadline",
        "text": (
            "In an essay for Vogue published on Wednesday, the actress Simone "
            "Castellanos-Reed described the filming of the 2019 thriller “Blackwater Drive” "
            "as “the loneliest six months of my working life.” She wrote that she had been "
            "left off the invitation list for the wrap party and learned of it from a crew "
            "member. “I am not writing this for an apology. I am writing it so the next actor "
            "knows she is not imagining things,” Castellanos-Reed wrote.\n\n"
            "The film’s director, Lucas Farnsworth, said in a statement released by his "
            "lawyer that he was “saddened” by the essay and that he remembered the production "
            "differently.\n\n"
            "Castellanos-Reed, 38, did not respond to that statement. But her co-star, Jamal "
            "Whitford, told Deadline on Thursday that he had seen enough on set to believe "
            "her. “I was there. She is not imagining things,” he said."
        ),
        "quotes": [
            ("the loneliest six months of my working life.", "Simone Castellanos-Reed", True, "P1"),
            (
                "I am not writing this for an apology. I am writing it so the next "
                "actor knows she is not imagining things,",
                "Simone Castellanos-Reed",
                False,
                "P1",
            ),
            ("saddened", "Lucas Farnsworth", True, "P2"),
            ("I was there. She is not imagining things,", "Jamal Whitford", False, "P3"),
        ],
        "posts": [
            ("P1", "Simone Castellanos-Reed", "Vogue"),
            ("P2", "Lucas Farnsworth", None),
            ("P3", "Jamal Whitford", "Deadline"),
        ],
        "people": ["Simone Castellanos-Reed", "Lucas Farnsworth", "Jamal Whitford"],
    },
    {
        "name": "radio-host-leaves-network-release-instagram-morning-show",
        "text": (
            "Public radio host Ingrid Solberg-Maas will leave the afternoon program "
            "“Crosscurrents” after 22 years, the Lakeshore Public Media network announced in "
            "a press release on Monday.\n\n"
            "“Ingrid taught a generation of listeners how to listen,” the release quoted the "
            "network’s president, Victor Anand, as saying.\n\n"
            "Solberg-Maas, 64, wrote on Instagram that the decision was hers. “No scandal, no "
            "fight, just a very tired voice,” she wrote. “Time to let it rest.”\n\n"
            "Appearing on the morning show Good Morning Lakeshore on Tuesday, she was asked "
            "what she would miss most about the job she has held since her late thirties. "
            "“The mail,” she said. “People wrote to us like we were family.”\n\n"
            "Her producer of 15 years, Tobias Lindgren, left a comment under her Instagram "
            "post: “Best boss I ever had. Don’t tell the next one.”"
        ),
        "quotes": [
            ("Ingrid taught a generation of listeners how to listen,", "Victor Anand", False, "P1"),
            ("No scandal, no fight, just a very tired voice,", "Ingrid Solberg-Maas", False, "P2"),
            ("Time to let it rest.", "Ingrid Solberg-Maas", False, "P2"),
            ("The mail,", "Ingrid Solberg-Maas", False, "P3"),
            ("People wrote to us like we were family.", "Ingrid Solberg-Maas", False, "P3"),
            ("Best boss I ever had. Don’t tell the next one.", "Tobias Lindgren", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Ingrid Solberg-Maas", "Instagram"),
            ("P3", "Ingrid Solberg-Maas", "Good Morning Lakeshore"),
        ],
        "people": ["Ingrid Solberg-Maas", "Victor Anand", "Tobias Lindgren"],
    },
    {
        "name": "pop-singer-postpones-tour-nickname-split-quote-reply",
        "text": (
            "The pop singer Aurelia Banks, whom fans call “the Duchess of Dayton,” postponed "
            "the European leg of her tour on Friday, citing exhaustion. “I am fine,” the "
            "24-year-old wrote on X, “just very, very tired, and I owe you a better show than "
            "the one I can give right now.”\n\n"
            "Her promoter, Stagelight Live, said in a statement that all tickets would be "
            "honored at rescheduled dates. It gave no timeline for the new dates.\n\n"
            "Her mother and manager, Denise Banks, told the Dayton Daily Ledger that the "
            "decision had been made by the singer alone. “I would have let her cancel a month "
            "ago,” Denise Banks said. “She wanted to keep going for the fans.”\n\n"
            "Under Aurelia Banks’s post, the rapper Kofi Mensah-Ward wrote: “Rest up, "
            "Duchess. The stage will still be there.”"
        ),
        "quotes": [
            ("I am fine,", "Aurelia Banks", False, "P1"),
            (
                "just very, very tired, and I owe you a better show than the one I can "
                "give right now.",
                "Aurelia Banks",
                False,
                "P1",
            ),
            ("I would have let her cancel a month ago,", "Denise Banks", False, "P3"),
            ("She wanted to keep going for the fans.", "Denise Banks", False, "P3"),
            ("Rest up, Duchess. The stage will still be there.", "Kofi Mensah-Ward", False, "P1"),
        ],
        "posts": [
            ("P1", "Aurelia Banks", "X"),
            ("P2", None, None),
            ("P3", "Denise Banks", "Dayton Daily Ledger"),
        ],
        "people": ["Aurelia Banks", "Denise Banks", "Kofi Mensah-Ward"],
    },
    {
        "name": "book-prize-acceptance-speech-publisher-bluesky-radio-show",
        "text": (
            "The debut novelist Farida Haddad-Lowe won the Alder Prize for Fiction on Tuesday "
            "night for “The Glasshouse Year,” a novel about three sisters running a failing "
            "plant nursery. Accepting the award in London, she thanked her mother, “who read "
            "every draft and lied about all of them.”\n\n"
            "The chair of the judges, the historian Peter Okonjo, said in a speech at the "
            "ceremony that the panel had been unanimous. “We argued about everything else. "
            "Not this,” he said.\n\n"
            "Her publisher, Quillhouse Press, posted on Bluesky minutes after the "
            "announcement: “We are not crying. You are crying.”\n\n"
            "Speaking on the BBC radio program Front Row on Wednesday, Haddad-Lowe, 46, said "
            "she had written most of the book on night shifts as a hospital cleaner. “The "
            "mops taught me patience,” she said. “The night taught me sentences.”"
        ),
        "quotes": [
            ("who read every draft and lied about all of them.", "Farida Haddad-Lowe", True, None),
            ("We argued about everything else. Not this,", "Peter Okonjo", False, None),
            ("We are not crying. You are crying.", None, False, "P1"),
            ("The mops taught me patience,", "Farida Haddad-Lowe", False, "P2"),
            ("The night taught me sentences.", "Farida Haddad-Lowe", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Bluesky"),
            ("P2", "Farida Haddad-Lowe", "Front Row"),
        ],
        "people": ["Farida Haddad-Lowe", "Peter Okonjo"],
    },
    {
        "name": "box-office-earnings-call-analyst-note-caption-hollywood-reporter",
        "text": (
            "Paragon Studios’ animated film “Pip and the Lantern Sea” took in $142 million "
            "worldwide in its opening weekend, well above forecasts. On an earnings call on "
            "Tuesday, the studio’s chief executive, Mireille Santangelo, called the result “a "
            "reminder that families still go to the movies.”\n\n"
            "In a note to clients, the media analyst Graham Tewksbury of Halberd Securities "
            "was more cautious. “One hit is not a recovery. Paragon needs three more like "
            "this before we change our view,” he wrote.\n\n"
            "The film’s voice star, the comedian Dev Ramaswamy, posted a photo on Instagram "
            "of a packed theater in his hometown with the caption: “Sold out in Fresno. My "
            "grandmother is insufferable now.”\n\n"
            "Santangelo, 57, told The Hollywood Reporter afterward that a sequel was already "
            "in development. “We were not going to wait for the numbers,” she said. “We "
            "believed in Pip.”"
        ),
        "quotes": [
            ("a reminder that families still go to the movies.", "Mireille Santangelo", True, None),
            (
                "One hit is not a recovery. Paragon needs three more like this before "
                "we change our view,",
                "Graham Tewksbury",
                False,
                "P1",
            ),
            (
                "Sold out in Fresno. My grandmother is insufferable now.",
                "Dev Ramaswamy",
                False,
                "P2",
            ),
            ("We were not going to wait for the numbers,", "Mireille Santangelo", False, "P3"),
            ("We believed in Pip.", "Mireille Santangelo", False, "P3"),
        ],
        "posts": [
            ("P1", "Graham Tewksbury", None),
            ("P2", "Dev Ramaswamy", "Instagram"),
            ("P3", "Mireille Santangelo", "The Hollywood Reporter"),
        ],
        "people": ["Mireille Santangelo", "Graham Tewksbury", "Dev Ramaswamy"],
    },
    {
        "name": "musical-closing-curtain-speech-two-paragraphs-tiktok-critic",
        "text": (
            "The musical “Lighthouse Road” will close on Sunday after a 14-month run, its "
            "producers said in a statement on Monday, blaming rising costs and falling "
            "attendance. “We are proud of every performance and grateful to every person who "
            "bought a ticket,” the statement said.\n\n"
            "The show’s star, Beatrix Oduya, addressed the audience after Saturday’s "
            "performance, in a curtain speech that was filmed by several people in the "
            "theater.\n\n"
            "“I have played this woman eight times a week for more than a year. I know her "
            "better than I know some of my cousins.\n\n"
            "“So tonight I am going to ask you for one thing: tell someone about her.”\n\n"
            "Oduya, who is 33, later posted a clip of the speech on TikTok. “Couldn’t get "
            "through it without crying. Didn’t try,” she wrote.\n\n"
            "The critic Leonard Ashby-Vance, who had panned the show when it opened, wrote in "
            "the Riverside Sentinel on Tuesday that he had been wrong about it. Its closing, "
            "he wrote, was “a loss I did not see coming.”"
        ),
        "quotes": [
            (
                "We are proud of every performance and grateful to every person who "
                "bought a ticket,",
                None,
                False,
                "P1",
            ),
            (
                "I have played this woman eight times a week for more than a year. I "
                "know her better than I know some of my cousins.",
                "Beatrix Oduya",
                False,
                None,
            ),
            (
                "So tonight I am going to ask you for one thing: tell someone about her.",
                "Beatrix Oduya",
                False,
                None,
            ),
            ("Couldn’t get through it without crying. Didn’t try,", "Beatrix Oduya", False, "P2"),
            ("a loss I did not see coming.", "Leonard Ashby-Vance", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Beatrix Oduya", "TikTok"),
            ("P3", "Leonard Ashby-Vance", "Riverside Sentinel"),
        ],
        "people": ["Beatrix Oduya", "Leonard Ashby-Vance"],
    },
    {
        "name": "rapper-royalties-lawsuit-label-statement-podcast-stage-name",
        "text": (
            "The rapper Jaylen Okoro, who performs as “J.O. Kingfisher,” sued his former "
            "label, Blackvault Records, on Thursday, claiming it had withheld more than $3 "
            "million in royalties. In the lawsuit, filed in Los Angeles Superior Court, Okoro "
            "said the label had used a so-called “recoupment clause” to keep his earnings “in "
            "a drawer I was never given the key to.”\n\n"
            "Blackvault said in a statement that the claims were “baseless” and that it would "
            "“defend itself vigorously.”\n\n"
            "Okoro, 31, went further on the podcast Off the Record with Tasha Greene, "
            "released the same day. “I was 19 and I signed what they put in front of me,” he "
            "said. “I am 31 now, and I read everything.”\n\n"
            "Greene asked whether he would ever sign with a major label again. He laughed. "
            "“Ask me when I am 40,” he said."
        ),
        "quotes": [
            ("in a drawer I was never given the key to.", "Jaylen Okoro", True, "P1"),
            ("baseless", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            ("I was 19 and I signed what they put in front of me,", "Jaylen Okoro", False, "P3"),
            ("I am 31 now, and I read everything.", "Jaylen Okoro", False, "P3"),
            ("Ask me when I am 40,", "Jaylen Okoro", False, "P3"),
        ],
        "posts": [
            ("P1", "Jaylen Okoro", None),
            ("P2", None, None),
            ("P3", "Jaylen Okoro", "Off the Record with Tasha Greene"),
        ],
        "people": ["Jaylen Okoro"],
    },
    {
        "name": "memoir-excerpt-bazaar-ex-husband-instagram-late-night-show",
        "text": (
            "In her memoir, excerpted in Harper’s Bazaar on Tuesday, the actress and singer "
            "Noor Kapadia-Stone writes that her first marriage ended “not with a fight but "
            "with a calendar invite.” The book, “Second Verse,” is out next month.\n\n"
            "Her former husband, the music producer Elliot Graves, responded on Instagram "
            "that evening. “For the record, it was a very nice calendar invite,” he wrote. “I "
            "wish her well, sincerely.”\n\n"
            "Her publisher, Linden & Hale, said in a press release that the memoir had "
            "already gone back to print twice on preorders alone.\n\n"
            "Kapadia-Stone, 49, laughed about the exchange on The Late Hour with Miles Carver "
            "on Wednesday night. “He is right,” she told Carver. “It had a Zoom link and "
            "everything.” Asked whether the two still spoke, she said: “We do now. Apparently "
            "I had to write a book first.”"
        ),
        "quotes": [
            ("not with a fight but with a calendar invite.", "Noor Kapadia-Stone", True, "P1"),
            ("For the record, it was a very nice calendar invite,", "Elliot Graves", False, "P2"),
            ("I wish her well, sincerely.", "Elliot Graves", False, "P2"),
            ("He is right,", "Noor Kapadia-Stone", False, "P4"),
            ("It had a Zoom link and everything.", "Noor Kapadia-Stone", False, "P4"),
            (
                "We do now. Apparently I had to write a book first.",
                "Noor Kapadia-Stone",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Noor Kapadia-Stone", "Harper’s Bazaar"),
            ("P2", "Elliot Graves", "Instagram"),
            ("P3", None, "press release"),
            ("P4", "Noor Kapadia-Stone", "The Late Hour with Miles Carver"),
        ],
        "people": ["Noor Kapadia-Stone", "Elliot Graves"],
    },
    {
        "name": "documentary-pulled-linkedin-producer-comment-spokesman-letter",
        "text": (
            "The documentary filmmaker Yusuf Adeyinka-Brandt said on LinkedIn on Monday that "
            "the streaming service Cinevault had removed his film about a collapsed Ohio bank "
            "from its platform, two days after its premiere. “We were told the film had been "
            "‘paused for review.’ Nobody has said what is being reviewed,” he wrote.\n\n"
            "Among those who commented under the post was the producer Hanna Lindqvist-Oberg, "
            "who worked on his previous film. “This is the third time this year I have heard "
            "of this. It is never a coincidence,” she wrote.\n\n"
            "A Cinevault spokesman told reporters on Tuesday that the review was routine. "
            "“Every title can be paused if legal concerns arise,” he said.\n\n"
            "The bank’s former chairman, Conrad Vellacott, who features prominently in the "
            "film, wrote to Cinevault last month demanding that it be withdrawn, according to "
            "a copy of the letter seen by this newspaper. In it, he called the documentary “a "
            "cartoon with a budget.”"
        ),
        "quotes": [
            (
                "We were told the film had been ‘paused for review.’ Nobody has said "
                "what is being reviewed,",
                "Yusuf Adeyinka-Brandt",
                False,
                "P1",
            ),
            (
                "This is the third time this year I have heard of this. It is never a coincidence,",
                "Hanna Lindqvist-Oberg",
                False,
                "P1",
            ),
            ("Every title can be paused if legal concerns arise,", None, False, None),
            ("a cartoon with a budget.", "Conrad Vellacott", True, "P2"),
        ],
        "posts": [
            ("P1", "Yusuf Adeyinka-Brandt", "LinkedIn"),
            ("P2", "Conrad Vellacott", None),
        ],
        "people": ["Yusuf Adeyinka-Brandt", "Hanna Lindqvist-Oberg", "Conrad Vellacott"],
    },
]
