"""The one-hundred-and-sixty-fifth self-made dev set, held out (FO): its first run is an unseen estimate.

Written with set FN, without reading the extraction rules, and committed before
any rule was run on it. Topic area: entertainment and celebrity: music, film and
TV, influencers, feuds, award shows. Same format and conventions as the earlier
self-made sets (not a public corpus): an interview with a named outlet or show
is a post (platform: the outlet or show as written, without quotation marks),
and "told" a named newspaper is such an interview; a statement, memo, letter,
email, court filing, lawsuit, judge's opinion or essay with no named outlet is a
post with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post
with platform "press release"; a news conference, briefing, earnings call,
rally, speech, hearing, court hearing, town hall or "told reporters" is not a
post; a comment under a post belongs to it, a post "of his own" is a new one; a
later fragment or quote is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- A statement "released through his publicist" is the client's own post with
  no platform; the named publicist is a person in people but not the author.
- A nickname in marks between a first name and a surname (Jalen “JB Slim”
  Whitaker, Marco “Chef Marco” Benedetti, Kwame "K-Dot Prime" Asante) is not a
  quote and not part of the canonical name.
- An award-show acceptance speech ("told the crowd"), remarks "to reporters on
  the red carpet", "speaking to reporters" outside a studio lot or after a
  practice session, and "said at a council meeting" are not posts. An interview
  "with this newspaper" is the story's own interview and not a post.
- Titles of albums, films, TV shows, tours, songs and podcasts in marks are not
  quotes, nor is a hashtag in marks, nor "Ask Me Anything" (the name of a
  thread format). A trending hashtag is not a post.
- A TV show or podcast title in marks gives the platform without the marks
  (Frame by Frame, Late Night With Cass Moreno, Loose Change With Russ); a
  comedian's remarks on his own named podcast are his post on that show.
- A host's question during an interview on his own TV show belongs to that
  interview post, with the host as speaker.
- A comment under a YouTube video, a Facebook post or a Weverse post, and a
  reply under a TikTok video or under a "second post" on Threads, belong to
  that post or video.
- A TikTok duet "of her own" is a new TikTok post by the one who made it; a
  livestream on Twitch is a post with platform Twitch, and a fragment of what
  was said in it is partial.
- A named actor's answers in his own Reddit "Ask Me Anything" thread belong to
  his Reddit post; an unnamed user's words under it speak as None.
- A person's lawsuit (a singer's complaint against her label) is the
  plaintiff's post with no platform, and words quoted from it speak as the
  plaintiff; the label's answering statement has author None.
- A quote whose paragraph ends without a closing mark (running on into the next
  paragraph) has as its text everything from the opening mark to the end of the
  paragraph; the next paragraph's quote has the same speaker and post.
- A handwritten note shown in an Instagram story is that Instagram post, and the
  words the note "read" are the author's, not partial.
- An unnamed spokesman's words to a named newspaper (The Korea Herald) make a
  post with author None and the newspaper as platform; an unnamed
  representative's email to a named magazine (Us Weekly) is likewise an
  interview with that magazine, author None.
- Words in marks attributed to unnamed critics ("critics who called it ...")
  are a quote with speaker None, partial, and no post. Telling "a local news
  crew" with no outlet named is not a post.
- A named festival director's statement is his own post (author the director),
  unlike a company's statement; an agency's statement speaks as None.
- An estate's letter to producers "shared with The New York Times" is a post
  with author None and no platform: the newspaper it was shared with is not the
  letter's platform and the text quotes no interview with it.
- A tabloid's earlier report whose words are quoted in marks ("blazing row" in
  The Sun) is a post with author None and the paper as platform.
- Quoted words from an open letter by hundreds of writers speak as None even
  when a named signatory later shares it; her sharing it on Bluesky "with a
  message" is her own new Bluesky post.
- Single marks inside a quote (a calendar invite titled 'Quick Sync.') are part
  of the quote's text; a quote's text keeps the straight or curly apostrophes as
  written.
- People only mentioned (a publicist, a director thanked in a speech, a co-star
  asked about) and a dead singer the story is about are in people. A band, a
  label, a festival, an agency and a studio are not people.
- Two people sharing a surname (Elodie and Francesca Marchetti, Jasper and
  Graham Quill, Ollie and Mavis Penhaligon): the bare surname refers to the one
  already named when it is used; "Councilwoman" is a title, not part of a name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FO: list[dict] = [
    {
        "name": "instagram-split-publicist-statement-premiere",
        "text": (
            "Pop singer Kaia Montrose and actor Dev Lanier have ended their four-year "
            "relationship, Montrose announced on Instagram on Sunday. “We have chosen to walk "
            "different roads, with nothing but love for each other,” she wrote beneath a "
            "black-and-white photo of the couple.\n\n"
            "Lanier confirmed the split in a statement released through his publicist, Rhonda "
            "Feld. “I will always be in Kaia’s corner,” the statement said. “We ask for privacy "
            "as we figure out what comes next.”\n\n"
            "Asked about the breakup by reporters at the Los Angeles premiere of his film “Low "
            "Tide Hotel” on Monday night, Lanier smiled and said only: “I’m here to talk about "
            "the movie.”"
        ),
        "quotes": [
            (
                "We have chosen to walk different roads, with nothing but love for each other,",
                "Kaia Montrose",
                False,
                "P1",
            ),
            ("I will always be in Kaia’s corner,", "Dev Lanier", False, "P2"),
            ("We ask for privacy as we figure out what comes next.", "Dev Lanier", False, "P2"),
            ("I’m here to talk about the movie.", "Dev Lanier", False, None),
        ],
        "posts": [
            ("P1", "Kaia Montrose", "Instagram"),
            ("P2", "Dev Lanier", None),
        ],
        "people": ["Kaia Montrose", "Dev Lanier", "Rhonda Feld"],
    },
    {
        "name": "grammys-speech-x-jab-tiktok-reply",
        "text": (
            "Rapper Jalen “JB Slim” Whitaker used his acceptance speech at the Grammy Awards on "
            "Sunday to take aim at critics of his album “Paper Crowns.” “They said I was "
            "finished. Look where I’m standing,” he told the crowd at Crypto.com Arena after "
            "winning best rap album.\n\n"
            "Within the hour, fellow rapper Nia Castellanos posted on X: “Winning a trophy from "
            "people who never listened to the album isn’t the flex you think it is.” The post "
            "drew more than 200,000 likes.\n\n"
            "Whitaker answered in a TikTok video filmed in the back of a car, holding the "
            "gramophone up to the camera. “Say it to the trophy,” he said. Castellanos, in a "
            "reply under that video, wrote simply: “Congrats, I guess.”"
        ),
        "quotes": [
            ("They said I was finished. Look where I’m standing,", "Jalen Whitaker", False, None),
            (
                "Winning a trophy from people who never listened to the album isn’t the flex "
                "you think it is.",
                "Nia Castellanos",
                False,
                "P1",
            ),
            ("Say it to the trophy,", "Jalen Whitaker", False, "P2"),
            ("Congrats, I guess.", "Nia Castellanos", False, "P2"),
        ],
        "posts": [
            ("P1", "Nia Castellanos", "X"),
            ("P2", "Jalen Whitaker", "TikTok"),
        ],
        "people": ["Jalen Whitaker", "Nia Castellanos"],
    },
    {
        "name": "variety-director-studio-release-podcast",
        "text": (
            'Director Amara Okonkwo-Reyes says she nearly walked away from "The Quiet Season" '
            'after the studio asked her to cut 40 minutes. "I was told the film was too slow '
            'for a Friday night crowd," she told Variety in an interview published Wednesday. '
            '"I said the slowness was the point."\n\n'
            "Halvorsen Pictures, which is releasing the drama in November, said in a press "
            "release that the final cut runs 148 minutes and is \"the director's vision, "
            "uncompromised.\" The release quoted the studio's chief executive, Martin "
            'Halvorsen, as saying: "We backed Amara from day one."\n\n'
            'On the podcast "Frame by Frame" on Thursday, Okonkwo-Reyes was asked whether '
            'she had forgiven the studio. "Forgiven is a strong word. We are fine," she said, '
            "laughing."
        ),
        "quotes": [
            (
                "I was told the film was too slow for a Friday night crowd,",
                "Amara Okonkwo-Reyes",
                False,
                "P1",
            ),
            ("I said the slowness was the point.", "Amara Okonkwo-Reyes", False, "P1"),
            ("the director's vision, uncompromised.", None, True, "P2"),
            ("We backed Amara from day one.", "Martin Halvorsen", False, "P2"),
            ("Forgiven is a strong word. We are fine,", "Amara Okonkwo-Reyes", False, "P3"),
        ],
        "posts": [
            ("P1", "Amara Okonkwo-Reyes", "Variety"),
            ("P2", None, "press release"),
            ("P3", "Amara Okonkwo-Reyes", "Frame by Frame"),
        ],
        "people": ["Amara Okonkwo-Reyes", "Martin Halvorsen"],
    },
    {
        "name": "youtube-apology-sponsor-drops-comment",
        "text": (
            "The beauty influencer Tyson Arkwright, who has 9 million subscribers, posted a "
            "22-minute apology video on YouTube on Friday after old messages surfaced in which "
            "he mocked fans with disabilities. “There is no version of this where I come out "
            "looking okay, and I’m not trying to,” he said in the video, shot against the "
            "plain beige wall that has become a kind of “apology aesthetic” on the platform.\n\n"
            "The apology did not save his sponsorship. Lumiere Cosmetics said in a statement on "
            "Saturday that it had ended its partnership with Arkwright “effective immediately,” "
            "adding: “Our community deserves better.”\n\n"
            "Arkwright’s former collaborator, the makeup artist Bea Lindgren, wrote in a comment "
            "under the video: “Twenty-two minutes and not one name of the people you hurt.”"
        ),
        "quotes": [
            (
                "There is no version of this where I come out looking okay, and I’m not trying to,",
                "Tyson Arkwright",
                False,
                "P1",
            ),
            ("effective immediately,", None, True, "P2"),
            ("Our community deserves better.", None, False, "P2"),
            (
                "Twenty-two minutes and not one name of the people you hurt.",
                "Bea Lindgren",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Tyson Arkwright", "YouTube"),
            ("P2", None, None),
        ],
        "people": ["Tyson Arkwright", "Bea Lindgren"],
    },
    {
        "name": "substack-essay-band-split-two-paragraphs",
        "text": (
            "The guitarist Rowan Pike has confirmed that the indie band Glasshouse Orchard is "
            "breaking up after 12 years, in a long essay on Substack published Tuesday.\n\n"
            "“We stopped being a band somewhere around the third album,” Pike wrote. “We were "
            "four people who happened to share a tour bus and a lawyer.\n\n"
            "“I don’t blame anyone for that. I blame the calendar, and the money, and maybe a "
            "little bit myself.”\n\n"
            "The singer, Leah Moncrieff, told The Guardian she learned of the essay “the same "
            "way the fans did.” The band’s label, Drift Records, said in an email to fans that "
            "a farewell tour would be announced “in the coming weeks.”"
        ),
        "quotes": [
            (
                "We stopped being a band somewhere around the third album,",
                "Rowan Pike",
                False,
                "P1",
            ),
            (
                "We were four people who happened to share a tour bus and a lawyer.",
                "Rowan Pike",
                False,
                "P1",
            ),
            (
                "I don’t blame anyone for that. I blame the calendar, and the money, and maybe "
                "a little bit myself.",
                "Rowan Pike",
                False,
                "P1",
            ),
            ("the same way the fans did.", "Leah Moncrieff", True, "P2"),
            ("in the coming weeks.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Rowan Pike", "Substack"),
            ("P2", "Leah Moncrieff", "The Guardian"),
            ("P3", None, None),
        ],
        "people": ["Rowan Pike", "Leah Moncrieff"],
    },
    {
        "name": "reddit-ama-actor-costar-rumor",
        "text": (
            "The actor Soren Vale, star of the HBO fantasy series “Ashes of Carrow,” fielded "
            "questions from fans in an “Ask Me Anything” thread on Reddit on Thursday. Asked "
            "whether his character would survive the final season, he wrote: “I can neither "
            "confirm nor deny, but pack tissues.”\n\n"
            "One user asked about rumors of friction with his co-star Imogen Drake. “Imogen is "
            "the reason I still have a job. Next question,” Vale replied.\n\n"
            "Another user wrote under the thread that the show’s last season had been “rushed "
            "and joyless,” a complaint that collected more upvotes than any of Vale’s answers. "
            "HBO declined to comment."
        ),
        "quotes": [
            ("I can neither confirm nor deny, but pack tissues.", "Soren Vale", False, "P1"),
            ("Imogen is the reason I still have a job. Next question,", "Soren Vale", False, "P1"),
            ("rushed and joyless,", None, True, "P1"),
        ],
        "posts": [
            ("P1", "Soren Vale", "Reddit"),
        ],
        "people": ["Soren Vale", "Imogen Drake"],
    },
    {
        "name": "rolling-stone-jab-late-night-denial",
        "text": (
            "Country star Wade Hollister insisted on Tuesday that there is no feud between him "
            "and the singer-songwriter Lacey Dunmore, weeks after she called his latest single "
            "“a greeting card with a banjo” in an interview with Rolling Stone.\n\n"
            "“Lacey’s allowed her opinion. I’ve had worse reviews from my own mother,” "
            "Hollister said on “Late Night With Cass Moreno,” drawing laughs from the studio "
            "audience. When Moreno pressed him — “So you’re not mad?” — he shrugged. “Mad is a "
            "lot of energy.”\n\n"
            "Dunmore’s representative did not respond to a request for comment."
        ),
        "quotes": [
            ("a greeting card with a banjo", "Lacey Dunmore", True, "P1"),
            (
                "Lacey’s allowed her opinion. I’ve had worse reviews from my own mother,",
                "Wade Hollister",
                False,
                "P2",
            ),
            ("So you’re not mad?", "Cass Moreno", False, "P2"),
            ("Mad is a lot of energy.", "Wade Hollister", False, "P2"),
        ],
        "posts": [
            ("P1", "Lacey Dunmore", "Rolling Stone"),
            ("P2", "Wade Hollister", "Late Night With Cass Moreno"),
        ],
        "people": ["Wade Hollister", "Lacey Dunmore", "Cass Moreno"],
    },
    {
        "name": "oscars-red-carpet-threads-critic-speech",
        "text": (
            "Best-actress nominee Priya Castellano arrived at the Academy Awards on Sunday in a "
            'gown made from recycled fishing nets. "If I get to stand here, I might as well say '
            'something," she told reporters on the red carpet.\n\n'
            "The moment went viral, and not everyone was a fan. The fashion critic Gideon Marsh "
            'called the look "more sermon than dress" in a post on Threads, adding: "Save the '
            'oceans, sure, but hire a tailor."\n\n'
            "Castellano lost to Helene Fairbairn, who thanked her late mother and the film's "
            "director, Paulo Nakamura, in a speech that ran well past the orchestra's cue. "
            '"Mum, I did the thing," Fairbairn said, holding up the statuette.'
        ),
        "quotes": [
            (
                "If I get to stand here, I might as well say something,",
                "Priya Castellano",
                False,
                None,
            ),
            ("more sermon than dress", "Gideon Marsh", True, "P1"),
            ("Save the oceans, sure, but hire a tailor.", "Gideon Marsh", False, "P1"),
            ("Mum, I did the thing,", "Helene Fairbairn", False, None),
        ],
        "posts": [
            ("P1", "Gideon Marsh", "Threads"),
        ],
        "people": ["Priya Castellano", "Gideon Marsh", "Helene Fairbairn", "Paulo Nakamura"],
    },
    {
        "name": "royalties-lawsuit-label-statement-lawyer",
        "text": (
            "The R&B singer Monique Delacroix-Hart has sued her former label, Crestline Music "
            "Group, accusing it of withholding more than $3 million in streaming royalties, "
            "according to a complaint filed Monday in federal court in Manhattan.\n\n"
            "The lawsuit says Crestline treated her catalog “as a piggy bank” for a decade and "
            "describes the label’s accounting as “deliberately opaque.”\n\n"
            "Crestline called the suit “baseless” in a statement and said it would "
            "“vigorously defend” itself. Delacroix-Hart’s lawyer, Samuel Okafor, told The "
            "Hollywood Reporter that other artists had contacted his office. “She is the first "
            "to say it out loud. She will not be the last,” he said."
        ),
        "quotes": [
            ("as a piggy bank", "Monique Delacroix-Hart", True, "P1"),
            ("deliberately opaque.", "Monique Delacroix-Hart", True, "P1"),
            ("baseless", None, True, "P2"),
            ("vigorously defend", None, True, "P2"),
            (
                "She is the first to say it out loud. She will not be the last,",
                "Samuel Okafor",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Monique Delacroix-Hart", None),
            ("P2", None, None),
            ("P3", "Samuel Okafor", "The Hollywood Reporter"),
        ],
        "people": ["Monique Delacroix-Hart", "Samuel Okafor"],
    },
    {
        "name": "tiktok-recipe-feud-duet-twitch",
        "text": (
            "The feud between two of TikTok’s biggest food creators boiled over this week. "
            "Marco “Chef Marco” Benedetti posted a TikTok video on Monday accusing Hana Sato of "
            "copying his viral crispy-rice recipe. “Same bowl, same angle, same music. Come "
            "on,” he says in the clip.\n\n"
            "Sato responded with a duet of her own, setting his video beside footage she said "
            "was filmed in 2021. “Check the dates, babe,” she wrote in the caption.\n\n"
            "Benedetti addressed the evidence during a livestream on Twitch that evening, "
            "telling viewers he had “maybe jumped the gun.” By Wednesday both had deleted "
            "their videos."
        ),
        "quotes": [
            ("Same bowl, same angle, same music. Come on,", "Marco Benedetti", False, "P1"),
            ("Check the dates, babe,", "Hana Sato", False, "P2"),
            ("maybe jumped the gun.", "Marco Benedetti", True, "P3"),
        ],
        "posts": [
            ("P1", "Marco Benedetti", "TikTok"),
            ("P2", "Hana Sato", "TikTok"),
            ("P3", "Marco Benedetti", "Twitch"),
        ],
        "people": ["Marco Benedetti", "Hana Sato"],
    },
    {
        "name": "tour-cancelled-release-instagram-note-mother",
        "text": (
            "Live Nation Harbor announced in a press release on Thursday that the remaining 18 "
            "dates of the “Neon Bloom” tour by the singer Elodie Marchetti had been canceled "
            "“due to unforeseen circumstances.” Ticket holders will be refunded within 30 days, "
            "the release said.\n\n"
            "Hours later, Marchetti shared on her Instagram story a handwritten note on hotel "
            "stationery. “My body said stop, and for once I am listening,” it read. “I will "
            "come back to every city. Promise.”\n\n"
            "Her mother, Francesca Marchetti, told the Italian daily Corriere della Sera that "
            "the singer was resting at home in Turin and was “tired, not sick.”"
        ),
        "quotes": [
            ("due to unforeseen circumstances.", None, True, "P1"),
            (
                "My body said stop, and for once I am listening,",
                "Elodie Marchetti",
                False,
                "P2",
            ),
            ("I will come back to every city. Promise.", "Elodie Marchetti", False, "P2"),
            ("tired, not sick.", "Francesca Marchetti", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Elodie Marchetti", "Instagram"),
            ("P3", "Francesca Marchetti", "Corriere della Sera"),
        ],
        "people": ["Elodie Marchetti", "Francesca Marchetti"],
    },
    {
        "name": "writers-open-letter-bluesky-picket",
        "text": (
            "More than 400 television writers signed an open letter on Monday urging the "
            "studios to return to the bargaining table. “We are not asking for the moon. We "
            "are asking to be paid for the work we do,” the letter said.\n\n"
            "Among the signatories was the showrunner Delphine Achterberg, creator of the "
            "hospital drama “Night Shift Ward,” who shared the letter on Bluesky with a "
            "message: “Signed it, meant it, will picket for it.”\n\n"
            "Speaking to reporters outside the Paramount lot on Tuesday, Achterberg said the "
            "mood on the picket line was “furious but focused.” The Alliance of Motion Picture "
            "and Television Producers said in a statement that it “remains committed to a fair "
            "deal.”"
        ),
        "quotes": [
            (
                "We are not asking for the moon. We are asking to be paid for the work we do,",
                None,
                False,
                "P1",
            ),
            ("Signed it, meant it, will picket for it.", "Delphine Achterberg", False, "P2"),
            ("furious but focused.", "Delphine Achterberg", True, None),
            ("remains committed to a fair deal.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Delphine Achterberg", "Bluesky"),
            ("P3", None, None),
        ],
        "people": ["Delphine Achterberg"],
    },
    {
        "name": "facebook-father-child-star-creator-comment",
        "text": (
            "The father of former child actor Jasper Quill has accused the makers of the "
            '2000s sitcom "Pitter Patter" of overworking his son, in a lengthy Facebook post '
            'on Saturday. "Fourteen-hour days for a nine-year-old. Nobody on that set said '
            'no," Graham Quill wrote.\n\n'
            'Jasper Quill, now 31, distanced himself from the post. "My dad speaks for '
            'himself. I have made my peace with that show," he said in an interview with this '
            "newspaper on Sunday.\n\n"
            "The show's creator, Lorraine Whitby, wrote in a comment under the father's post "
            'that she was "heartbroken to read this" and had "never knowingly" broken child '
            "labor rules."
        ),
        "quotes": [
            (
                "Fourteen-hour days for a nine-year-old. Nobody on that set said no,",
                "Graham Quill",
                False,
                "P1",
            ),
            (
                "My dad speaks for himself. I have made my peace with that show,",
                "Jasper Quill",
                False,
                None,
            ),
            ("heartbroken to read this", "Lorraine Whitby", True, "P1"),
            ("never knowingly", "Lorraine Whitby", True, "P1"),
        ],
        "posts": [
            ("P1", "Graham Quill", "Facebook"),
        ],
        "people": ["Jasper Quill", "Graham Quill", "Lorraine Whitby"],
    },
    {
        "name": "podcast-insult-x-apology-agent-statement",
        "text": (
            "The comedian Russ Delgado apologized on Wednesday for remarks about the actress "
            "Tamsin Oyelaran on his podcast, “Loose Change With Russ,” in which he called her "
            "“a one-hit wonder with a great publicist.”\n\n"
            "“I went for a cheap laugh and hit a real person. That’s on me,” Delgado wrote on "
            "X. “Tamsin, I’m sorry.”\n\n"
            "Oyelaran, who won an Emmy last year, accepted the apology in a statement issued "
            "through her agent. “Apology accepted. The publicist says thanks too,” the "
            "statement read."
        ),
        "quotes": [
            ("a one-hit wonder with a great publicist.", "Russ Delgado", True, "P1"),
            (
                "I went for a cheap laugh and hit a real person. That’s on me,",
                "Russ Delgado",
                False,
                "P2",
            ),
            ("Tamsin, I’m sorry.", "Russ Delgado", False, "P2"),
            (
                "Apology accepted. The publicist says thanks too,",
                "Tamsin Oyelaran",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Russ Delgado", "Loose Change With Russ"),
            ("P2", "Russ Delgado", "X"),
            ("P3", "Tamsin Oyelaran", None),
        ],
        "people": ["Russ Delgado", "Tamsin Oyelaran"],
    },
    {
        "name": "kpop-hiatus-agency-weverse-herald",
        "text": (
            "The K-pop group Starlight Avenue will go on hiatus after its leader, Kang Min-seo, "
            "was hospitalized for exhaustion, the group’s agency, Polaris Entertainment, said "
            "in a statement on Friday. “The health of our artists comes before any schedule,” "
            "the agency said.\n\n"
            "Kang wrote to fans on the platform Weverse from her hospital bed. “I’m okay. Eat "
            "well and don’t cry for me,” she wrote. Fellow member Yoon Ji-ho added in a comment "
            "below: “We’ll keep the lights on for you, unnie.”\n\n"
            "The news sent the hashtag “#WaitForMinseo” trending worldwide on X. A spokesman "
            "for the agency told The Korea Herald the hiatus would last “at least two "
            "months.”"
        ),
        "quotes": [
            ("The health of our artists comes before any schedule,", None, False, "P1"),
            ("I’m okay. Eat well and don’t cry for me,", "Kang Min-seo", False, "P2"),
            ("We’ll keep the lights on for you, unnie.", "Yoon Ji-ho", False, "P2"),
            ("at least two months.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kang Min-seo", "Weverse"),
            ("P3", None, "The Korea Herald"),
        ],
        "people": ["Kang Min-seo", "Yoon Ji-ho"],
    },
    {
        "name": "studio-layoffs-memo-linkedin-comment",
        "text": (
            "Orbital Studios will cut about 300 jobs, or 12 percent of its workforce, its chief "
            'executive, Natalia Brandt-Oduya, told employees in a memo on Tuesday. "These '
            'decisions are painful, and they are mine," she wrote.\n\n'
            "One of those let go, the visual-effects supervisor Callum Reyes-Whitfield, posted "
            'on LinkedIn that he had learned of his layoff "from a calendar invite titled '
            "'Quick Sync.'\" His post drew hundreds of comments, including one from a former "
            'Orbital producer, Ines Albuquerque: "Same invite, same day, 2019. Some things '
            'never change."\n\n'
            "Brandt-Oduya told reporters at the CineEurope convention in Barcelona on Thursday "
            'that the studio remained "fundamentally healthy."'
        ),
        "quotes": [
            (
                "These decisions are painful, and they are mine,",
                "Natalia Brandt-Oduya",
                False,
                "P1",
            ),
            (
                "from a calendar invite titled 'Quick Sync.'",
                "Callum Reyes-Whitfield",
                True,
                "P2",
            ),
            (
                "Same invite, same day, 2019. Some things never change.",
                "Ines Albuquerque",
                False,
                "P2",
            ),
            ("fundamentally healthy.", "Natalia Brandt-Oduya", True, None),
        ],
        "posts": [
            ("P1", "Natalia Brandt-Oduya", None),
            ("P2", "Callum Reyes-Whitfield", "LinkedIn"),
        ],
        "people": ["Natalia Brandt-Oduya", "Callum Reyes-Whitfield", "Ines Albuquerque"],
    },
    {
        "name": "eurovision-entry-radio-defence-grandmother",
        "text": (
            "Britain’s Eurovision entrant, the singer Ollie Penhaligon, has defended his song "
            "“Cardboard Crown” against critics who called it “the least British thing Britain "
            "has ever sent.”\n\n"
            "“It’s a song about feeling like a fraud. Half the country knows that feeling,” "
            "Penhaligon told BBC Radio 1 on Monday.\n\n"
            "The BBC, which selects the entry, said in a statement that it was “incredibly "
            "proud” of Penhaligon. His grandmother, Mavis Penhaligon, 88, went viral after "
            "telling a local news crew outside her home in Truro that her grandson was “a good "
            "boy who sings too loud.”"
        ),
        "quotes": [
            ("the least British thing Britain has ever sent.", None, True, None),
            (
                "It’s a song about feeling like a fraud. Half the country knows that feeling,",
                "Ollie Penhaligon",
                False,
                "P1",
            ),
            ("incredibly proud", None, True, "P2"),
            ("a good boy who sings too loud.", "Mavis Penhaligon", True, None),
        ],
        "posts": [
            ("P1", "Ollie Penhaligon", "BBC Radio 1"),
            ("P2", None, None),
        ],
        "people": ["Ollie Penhaligon", "Mavis Penhaligon"],
    },
    {
        "name": "wedding-caption-tabloid-rep-email",
        "text": (
            "The actress Sabine Okoro-Lund and the tennis player Mateo Ferrandis are married, "
            "Okoro-Lund revealed on Saturday with a photo on Instagram of the two on a beach in "
            "Mallorca, posted with the caption “Mr. and Mrs., finally.”\n\n"
            "The British tabloid The Sun had reported last month that the wedding was off after "
            "a “blazing row” at a restaurant. A representative for Okoro-Lund said in an email "
            "to Us Weekly that the report had been “fiction from start to finish.”\n\n"
            "Ferrandis, speaking to reporters after a practice session in Madrid on Monday, "
            "would say only: “Best week of my life. That’s all you get.”"
        ),
        "quotes": [
            ("Mr. and Mrs., finally.", "Sabine Okoro-Lund", False, "P1"),
            ("blazing row", None, True, "P2"),
            ("fiction from start to finish.", None, True, "P3"),
            ("Best week of my life. That’s all you get.", "Mateo Ferrandis", False, None),
        ],
        "posts": [
            ("P1", "Sabine Okoro-Lund", "Instagram"),
            ("P2", None, "The Sun"),
            ("P3", None, "Us Weekly"),
        ],
        "people": ["Sabine Okoro-Lund", "Mateo Ferrandis"],
    },
    {
        "name": "festival-drops-rapper-council-substack",
        "text": (
            "The organizers of the Riverbend Music Festival have dropped the rapper Kwame "
            '"K-Dot Prime" Asante from this summer\'s lineup after city officials raised safety '
            "concerns about his last show, where 14 people were treated for crush injuries.\n\n"
            '"We cannot in good conscience put that stage back up," Councilwoman Teresa '
            "Villalobos said at a council meeting on Tuesday. Festival director Aaron Feingold "
            'said in a statement the decision was made "with a heavy heart."\n\n'
            'Asante hit back in a video on Instagram. "Fourteen people got hurt because '
            'security sold twice the tickets the field could hold. Ask them," he said. The '
            "music critic Jonah Sterling, writing in his Substack newsletter, called the move "
            '"scapegoating dressed up as safety."'
        ),
        "quotes": [
            (
                "We cannot in good conscience put that stage back up,",
                "Teresa Villalobos",
                False,
                None,
            ),
            ("with a heavy heart.", "Aaron Feingold", True, "P1"),
            (
                "Fourteen people got hurt because security sold twice the tickets the field "
                "could hold. Ask them,",
                "Kwame Asante",
                False,
                "P2",
            ),
            ("scapegoating dressed up as safety.", "Jonah Sterling", True, "P3"),
        ],
        "posts": [
            ("P1", "Aaron Feingold", None),
            ("P2", "Kwame Asante", "Instagram"),
            ("P3", "Jonah Sterling", "Substack"),
        ],
        "people": ["Kwame Asante", "Teresa Villalobos", "Aaron Feingold", "Jonah Sterling"],
    },
    {
        "name": "biopic-estate-letter-threads-second-post",
        "text": (
            "The estate of the late soul singer Ruby Calloway has objected to the casting of "
            "the British actress Nadia Fenwick-Amos in an upcoming biopic, in a letter to the "
            "producers that was shared with The New York Times. The estate wrote that it had "
            "“never been consulted” and that the script was “riddled with invention.”\n\n"
            "Fenwick-Amos responded on Threads on Thursday. “I have spent a year learning to "
            "sing her songs the way she did. I hope people give it a chance,” she wrote. In a "
            "second post an hour later, she added: “And to her family: my door is open.”\n\n"
            "The film’s director, Theo Marchbanks, replied under that second post with a "
            "single line: “Proud of you.” Calloway died in 1998; her nickname, “the Velvet "
            "Hurricane,” is also the film’s working title."
        ),
        "quotes": [
            ("never been consulted", None, True, "P1"),
            ("riddled with invention.", None, True, "P1"),
            (
                "I have spent a year learning to sing her songs the way she did. I hope people "
                "give it a chance,",
                "Nadia Fenwick-Amos",
                False,
                "P2",
            ),
            ("And to her family: my door is open.", "Nadia Fenwick-Amos", False, "P3"),
            ("Proud of you.", "Theo Marchbanks", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Nadia Fenwick-Amos", "Threads"),
            ("P3", "Nadia Fenwick-Amos", "Threads"),
        ],
        "people": ["Ruby Calloway", "Nadia Fenwick-Amos", "Theo Marchbanks"],
    },
]
