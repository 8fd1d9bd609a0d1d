"""The eighty-seventh self-made dev set, held out (CO): its first run is an unseen estimate.

Written with set CN, without reading the extraction rules, and committed before
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
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; people
  are listed in the order of their first mention.
- A post reported without any quoted words (Netflix's statement, a publisher's
  press release, an editor's Threads post only described, a lawsuit) is still
  listed in posts.
- A nickname in marks inside a name (Oluwaseun “Seun” Bakare, Imran “Jimmy”
  Latif, Dominique “Dom” Arceneaux) or set off by dashes after it (“Tempo”) is
  not a quote and not part of the canonical name; a rover's nickname (“Little
  Mole”) is not a quote either.
- Titles in marks are not quotes: a series (“Ashfall”), podcast (“Overlap
  Tonight”), radio programme (“Science in Action”, “Front Row”), painting
  (“Doorway, January”), album, novel, game (“Embervale”) and a Reddit thread's
  title (“X2 battery megathread”). A programme named in marks gives the
  platform without the marks or the comma inside them.
- A pundit's remark in a podcast episode of a named show is his post with the
  show's name as platform; a radio programme interview likewise takes the
  programme's name (Science in Action, Front Row), and "told the Japanese
  broadcaster NHK", "told the German magazine Der Spiegel", "speaking to Sky
  Sports F1" and "told The Bookseller" take the outlet's name as written
  (L’Équipe keeps its curly apostrophe).
- An interview "on the YouTube channel Machine Ethics Weekly" has platform
  Machine Ethics Weekly (the channel is the show); a streamer reacting "live on
  her YouTube channel" is her YouTube post; Twitch, named only for her follower
  count, is not a post.
- A study in a named journal is a post with the journal as platform and its
  named lead author ("led by", "the lead author") as author, even when the text
  gives no words from it. A university news release quoting the researcher is a
  separate press release with author None.
- "In the same interview" ties a later fragment to the interview just
  reported; a fragment introduced by "what she called", right after the text
  names her op-ed, belongs to that op-ed.
- A reply by one person under another's post belongs to the other's post, even
  when the replier is the subject of the story (Raghunathan under Engqvist's
  Bluesky post, Fernández-Ochoa under Endo's Instagram photo, Tavares under
  Volkov-Haddad's X thread).
- Reposting someone's thread "with a comment of her own" is a new X post by the
  reposter; a caption given "with the caption" (no colon) and words given
  "with a single line:" or "the words" are whole quotes, not partial.
- A chief executive's email to staff "seen by Reuters" is her post with no
  platform (Reuters only saw it); "told reporters on a call" and "on a call
  with analysts" are not posts.
- A sentence split by its attribution (“That lab,” she said, “is the future of
  this company.”) is two whole quotes, neither partial; a quote split by "she
  said." and a new sentence is two quotes as well.
- A person's lawsuit is that person's post with no platform, even when it is
  only mentioned ("a lawsuit brought by the country singer", "the defamation
  lawsuit she brought"); a website's court filing has author None and speaks
  as None.
- Testimony "from the witness stand", a lawyer's opening statement to jurors
  and remarks "on the courthouse steps" are court proceedings or spoken
  remarks, not posts; "opening statement" is not a statement post.
- A tournament's news release quoting its director is a press release with
  author None whose quoted words speak as the director.
- A named person's statement (a team principal "said in a statement") is that
  person's post with no platform; an organisation's statement or letter (a
  label, a cricket board, a union, a neighbourhood association, an open letter
  signed by 400 researchers) has author None and speaks as None.
- A brand's account (a club's official account, a phone maker on X) has author
  None and speaks as None; a club account's reply under a player's post
  belongs to the player's post.
- An unnamed user's Reddit thread has author None, and an unnamed user's words
  "in the thread" belong to it; a named engineer's “ask me anything” thread is
  his Reddit post, the phrase “ask me anything” is not a quote, and an unnamed
  user's reply in it belongs to it with speaker None. An unnamed fan's post on
  a game's subreddit is its own Reddit post with author None.
- "So-called “all-day”" is a scare quote, not a quote; a single attributed
  word (had been “blindsided”) after "said the squad had been" is a partial
  quote of that speaker, tied to the interview it is reported in.
- Words over team radio are spoken, not a post; "said at a reading", an
  acceptance speech, a city council meeting and a news conference in
  Darmstadt are not posts.
- "The European Space Agency said" and "the studio said it disputed that
  figure", with no statement or release named, are not posts.
- A pundit's weekly column in The Telegraph and a critic's review in The
  Observer are their authors' posts with the newspaper as platform.
- A diner "who gave her name only as Bea" is a person named Bea and the author
  of her TikTok post.
- A post by a named member of a Facebook group is that member's Facebook post;
  a mayor's Facebook post is hers, and a resident's comment under it belongs to
  it.
- Unnamed relatives (her grandmother, her father) are not people; a
  telescope's namesake (James Webb Space Telescope), a model (Kestrel-3), a
  phone (Lumio X2), a restaurant (Fumo) and a rover (Selene-2) are not people.
- Platforms named inside a quote (“the team WhatsApp”) are not posts.
- Two people sharing a surname (Saad Rehman Qureshi and Mahnoor Qureshi): the
  bare surname refers to the captain, already named when it is used.
- A description ("the singer", "the artist", "the chef", "the 21-year-old",
  "the world No. 6") resolves to the person already named.
- Titles and offices (Dr., Judge, Mayor, council member) are not part of a
  canonical name; name order as written is kept (Seo-yeon Park, Thanh Huong Le,
  Haruto Kobayashi), and an Icelandic patronymic (Sigurðardóttir) is used as
  the surname.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CO: list[dict] = [
    {
        "name": "instagram-actor-exit-variety-costar-comment",
        "text": (
            "The actor Oluwaseun “Seun” Bakare confirmed on Instagram on Sunday that he had left "
            "the cast of the Netflix fantasy series “Ashfall” after two seasons. “Leaving the "
            "Hollow Court was the hardest call I have made in this business,” he wrote beneath a "
            "photo from his final day on set.\n\n"
            "His co-star Ingrid Halvorsen commented under the post: “The set won’t be the same "
            "without you. Go get them.”\n\n"
            "In an interview with Variety published on Monday, Bakare said the decision came "
            "down to scheduling. “I was offered a lead in a film I had wanted to make since "
            "drama school, and the dates simply collided,” he told the magazine. In the same "
            "interview, he described the final weeks of shooting as “bittersweet and very, very "
            "cold.”\n\n"
            "Netflix said in a statement that the role would not be recast. The show’s creator, "
            "Marguerite Oyelaran-Fitch, told reporters at a premiere in London on Tuesday night "
            "that she had already written “a proper goodbye” for the character."
        ),
        "quotes": [
            (
                "Leaving the Hollow Court was the hardest call I have made in this business,",
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            (
                "The set won’t be the same without you. Go get them.",
                "Ingrid Halvorsen",
                False,
                "P1",
            ),
            (
                "I was offered a lead in a film I had wanted to make since drama school, and the "
                "dates simply collided,",
                "Oluwaseun Bakare",
                False,
                "P2",
            ),
            (
                "bittersweet and very, very cold.",
                "Oluwaseun Bakare",
                True,
                "P2",
            ),
            (
                "a proper goodbye",
                "Marguerite Oyelaran-Fitch",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", "Instagram"),
            ("P2", "Oluwaseun Bakare", "Variety"),
            ("P3", None, None),
        ],
        "people": ["Oluwaseun Bakare", "Ingrid Halvorsen", "Marguerite Oyelaran-Fitch"],
    },
    {
        "name": "x-striker-apology-club-reply-podcast-pundit",
        "text": (
            "Kenji Watanabe-Ruiz, the Riverside United striker who was sent off in Saturday’s "
            "derby, apologised to supporters on X on Sunday morning. “I let the lads down and I "
            "let myself down. No excuses,” he posted.\n\n"
            "The club’s official account replied within minutes: “Heads up, Kenji. We go again.”\n\n"
            "His manager was less forgiving. Speaking at a news conference on Monday, Aurelio "
            "Mancini said the red card had cost his side the match. “You cannot lose your head "
            "in the 20th minute of a derby,” Mancini said. “He knows that. Everyone in that "
            "dressing room knows that.”\n\n"
            "The former England defender Danny Okoro, a pundit on the “Overlap Tonight” podcast, "
            "called the tackle “reckless, not malicious” in an episode released on Tuesday, and "
            "said a three-match ban would be about right.\n\n"
            "Watanabe-Ruiz will miss Thursday’s cup tie against Eastfield, and the club has said "
            "it will not appeal the red card."
        ),
        "quotes": [
            (
                "I let the lads down and I let myself down. No excuses,",
                "Kenji Watanabe-Ruiz",
                False,
                "P1",
            ),
            (
                "Heads up, Kenji. We go again.",
                None,
                False,
                "P1",
            ),
            (
                "You cannot lose your head in the 20th minute of a derby,",
                "Aurelio Mancini",
                False,
                None,
            ),
            (
                "He knows that. Everyone in that dressing room knows that.",
                "Aurelio Mancini",
                False,
                None,
            ),
            (
                "reckless, not malicious",
                "Danny Okoro",
                True,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Kenji Watanabe-Ruiz", "X"),
            ("P2", "Danny Okoro", "Overlap Tonight"),
        ],
        "people": ["Kenji Watanabe-Ruiz", "Aurelio Mancini", "Danny Okoro"],
    },
    {
        "name": "journal-exoplanet-water-release-bluesky-reply-radio",
        "text": (
            "Astronomers have found the clearest sign yet of water vapour in the atmosphere of a "
            "rocky planet beyond the solar system, according to a study published on Wednesday "
            "in Nature Astronomy. The team, led by Priya Raghunathan of the University of Leeds, "
            "observed the planet TOI-5821 c during four transits with the James Webb Space "
            "Telescope.\n\n"
            "“We went looking for a flat line and found a fingerprint,” Raghunathan said in a "
            "university news release.\n\n"
            "Not everyone is convinced. Tobias Engqvist, an astrophysicist at Stockholm "
            "University who was not involved in the work, wrote on Bluesky that spots on the "
            "star could mimic the signal. “I’d want to see two more transits before anyone says "
            "the word ‘water’ on television,” he posted.\n\n"
            "Raghunathan answered him in a reply under his post: “Fair. We have asked for the "
            "time.”\n\n"
            "In an interview with the BBC World Service programme “Science in Action,” she "
            "described the finding as “a door opening, not a room explored.”"
        ),
        "quotes": [
            (
                "We went looking for a flat line and found a fingerprint,",
                "Priya Raghunathan",
                False,
                "P2",
            ),
            (
                "I’d want to see two more transits before anyone says the word ‘water’ on "
                "television,",
                "Tobias Engqvist",
                False,
                "P3",
            ),
            (
                "Fair. We have asked for the time.",
                "Priya Raghunathan",
                False,
                "P3",
            ),
            (
                "a door opening, not a room explored.",
                "Priya Raghunathan",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "Nature Astronomy"),
            ("P2", None, "press release"),
            ("P3", "Tobias Engqvist", "Bluesky"),
            ("P4", "Priya Raghunathan", "Science in Action"),
        ],
        "people": ["Priya Raghunathan", "Tobias Engqvist"],
    },
    {
        "name": "robotics-layoffs-release-ceo-email-linkedin-comment",
        "text": (
            "Halden Systems, the Oslo-based maker of warehouse robots, will cut about 300 jobs, "
            "or 12 percent of its workforce, the company said in a press release on Thursday.\n\n"
            "In an email to staff seen by Reuters, the chief executive, Sigrid Aune-Mortensen, "
            "wrote: “None of this reflects the quality of your work. It reflects my misjudgment "
            "of how quickly the market would recover.”\n\n"
            "Rahul Bhattacharya, a senior engineer who was among those let go, posted on "
            "LinkedIn that he had learned of the decision “from a calendar invite with no "
            "title.” A former colleague, Chiara Benedetti, commented under the post: “Whoever "
            "hires Rahul next is getting the best debugger I have ever worked with.”\n\n"
            "Aune-Mortensen told reporters on a call that afternoon that the company would keep "
            "its research lab in Trondheim open. “That lab,” she said, “is the future of this "
            "company.” She added that the cuts would fall mostly on sales and marketing, and "
            "that affected staff would be paid for six months."
        ),
        "quotes": [
            (
                "None of this reflects the quality of your work. It reflects my misjudgment of how "
                "quickly the market would recover.",
                "Sigrid Aune-Mortensen",
                False,
                "P2",
            ),
            (
                "from a calendar invite with no title.",
                "Rahul Bhattacharya",
                True,
                "P3",
            ),
            (
                "Whoever hires Rahul next is getting the best debugger I have ever worked with.",
                "Chiara Benedetti",
                False,
                "P3",
            ),
            (
                "That lab,",
                "Sigrid Aune-Mortensen",
                False,
                None,
            ),
            (
                "is the future of this company.",
                "Sigrid Aune-Mortensen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Sigrid Aune-Mortensen", None),
            ("P3", "Rahul Bhattacharya", "LinkedIn"),
        ],
        "people": ["Sigrid Aune-Mortensen", "Rahul Bhattacharya", "Chiara Benedetti"],
    },
    {
        "name": "royalties-ruling-label-statement-tiktok-fiddler",
        "text": (
            "A federal judge in Nashville on Friday refused to dismiss a lawsuit brought by the "
            "country singer Lorelei Mae Dutton against her former label, Bluewater Records, "
            "which she accuses of withholding $2.4 million in streaming royalties.\n\n"
            "In her written ruling, Judge Harriet Okonkwo-Bell said the label’s contract was "
            "“ambiguous at best” on how digital income should be split.\n\n"
            "Bluewater said in a statement that it remained “confident the facts will vindicate "
            "us.”\n\n"
            "Dutton, 34, celebrated in a TikTok video that evening. “Three years of paperwork "
            "and somebody finally read it,” the singer said, laughing, as she held up a printout "
            "of the ruling. Under the video, her longtime fiddle player, Anneliese Kraus, "
            "commented: “Told you, Lori.”\n\n"
            "Her lawyer, Marcus Feld, said on the courthouse steps that the case could reach "
            "trial by the spring. “We would rather settle, but we are not afraid of a jury,” he "
            "said."
        ),
        "quotes": [
            (
                "ambiguous at best",
                "Harriet Okonkwo-Bell",
                True,
                "P2",
            ),
            (
                "confident the facts will vindicate us.",
                None,
                True,
                "P3",
            ),
            (
                "Three years of paperwork and somebody finally read it,",
                "Lorelei Mae Dutton",
                False,
                "P4",
            ),
            (
                "Told you, Lori.",
                "Anneliese Kraus",
                False,
                "P4",
            ),
            (
                "We would rather settle, but we are not afraid of a jury,",
                "Marcus Feld",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lorelei Mae Dutton", None),
            ("P2", "Harriet Okonkwo-Bell", None),
            ("P3", None, None),
            ("P4", "Lorelei Mae Dutton", "TikTok"),
        ],
        "people": ["Lorelei Mae Dutton", "Harriet Okonkwo-Bell", "Anneliese Kraus", "Marcus Feld"],
    },
    {
        "name": "gallery-painting-guardian-oped-artist-instagram-facebook-group",
        "text": (
            "The Arden Gallery in Bristol has taken down a painting by the artist Tamsin "
            "Achterberg after complaints that it mocked the city’s homeless residents, the "
            "gallery’s director, Folasade Oduya, wrote in an op-ed for The Guardian on Saturday. "
            "“We got this wrong, and no amount of curatorial language would make it right,” she "
            "wrote.\n\n"
            "Achterberg responded on Instagram hours later. “A painting that makes people "
            "uncomfortable is doing its job,” the artist wrote, calling the removal “a failure "
            "of nerve.”\n\n"
            "The row spilled into a Facebook group for Bristol residents, where one member, "
            "Gareth Pritchard, posted that he had walked past the work twice “and never once "
            "thought it was about anyone but us.”\n\n"
            "The painting, titled “Doorway, January,” had hung in the gallery’s main hall since "
            "November. Achterberg’s partner, the poet Rui Carvalho, said at a reading on Sunday "
            "evening that she was “devastated but not surprised.”"
        ),
        "quotes": [
            (
                "We got this wrong, and no amount of curatorial language would make it right,",
                "Folasade Oduya",
                False,
                "P1",
            ),
            (
                "A painting that makes people uncomfortable is doing its job,",
                "Tamsin Achterberg",
                False,
                "P2",
            ),
            (
                "a failure of nerve.",
                "Tamsin Achterberg",
                True,
                "P2",
            ),
            (
                "and never once thought it was about anyone but us.",
                "Gareth Pritchard",
                True,
                "P3",
            ),
            (
                "devastated but not surprised.",
                "Rui Carvalho",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Folasade Oduya", "The Guardian"),
            ("P2", "Tamsin Achterberg", "Instagram"),
            ("P3", "Gareth Pritchard", "Facebook"),
        ],
        "people": ["Tamsin Achterberg", "Folasade Oduya", "Gareth Pritchard", "Rui Carvalho"],
    },
    {
        "name": "youtube-phone-battery-brand-x-reddit-thread-verge",
        "text": (
            "Ayodele Fashola, who reviews gadgets for 4.1 million subscribers on YouTube, said "
            "in a video on Tuesday that the so-called “all-day” battery of the new Lumio X2 "
            "phone lasted barely nine hours in his tests. “I love the screen. I do not love "
            "charging it at dinnertime,” Fashola said in the video, which has been viewed more "
            "than two million times.\n\n"
            "Lumio responded on X the next day. “We’ve seen Ayodele’s results and our engineers "
            "are on it. A software update is coming this month,” the company posted.\n\n"
            "On Reddit, a thread titled “X2 battery megathread” has collected hundreds of "
            "complaints. One user wrote in the thread that their phone had died “halfway through "
            "a football match.”\n\n"
            "Lumio’s head of product, Seo-yeon Park, told The Verge that the update would cut "
            "standby drain by about 20 percent. “We were too aggressive with the background "
            "sync,” she said."
        ),
        "quotes": [
            (
                "I love the screen. I do not love charging it at dinnertime,",
                "Ayodele Fashola",
                False,
                "P1",
            ),
            (
                "We’ve seen Ayodele’s results and our engineers are on it. A software update is "
                "coming this month,",
                None,
                False,
                "P2",
            ),
            (
                "halfway through a football match.",
                None,
                True,
                "P3",
            ),
            (
                "We were too aggressive with the background sync,",
                "Seo-yeon Park",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Ayodele Fashola", "YouTube"),
            ("P2", None, "X"),
            ("P3", None, "Reddit"),
            ("P4", "Seo-yeon Park", "The Verge"),
        ],
        "people": ["Ayodele Fashola", "Seo-yeon Park"],
    },
    {
        "name": "tennis-withdrawal-threads-coach-reply-lequipe",
        "text": (
            "Valentina Szabó-Reyes withdrew from the Madrid Open on Wednesday with a wrist "
            "injury, two days before her quarter-final. The world No. 6 broke the news on "
            "Threads: “My wrist said no this morning. I’m gutted, but I’d rather miss a week "
            "than a season.”\n\n"
            "Her coach, Emeka Nwosu, replied beneath the post: “Smartest decision you’ve made "
            "all year. Ice and patience.”\n\n"
            "The tournament’s director, Álvaro Cienfuegos, said in a news release that "
            "organisers wished her “a fast and full recovery.”\n\n"
            "Szabó-Reyes had played through pain in her third-round win on Monday, telling "
            "reporters afterwards that the wrist was “a little grumpy but fine.” In an interview "
            "with the French sports daily L’Équipe published on Thursday, she admitted that had "
            "been optimistic. “I lied to myself a bit,” she told the paper. “Athletes are very "
            "good at that.”"
        ),
        "quotes": [
            (
                "My wrist said no this morning. I’m gutted, but I’d rather miss a week than a "
                "season.",
                "Valentina Szabó-Reyes",
                False,
                "P1",
            ),
            (
                "Smartest decision you’ve made all year. Ice and patience.",
                "Emeka Nwosu",
                False,
                "P1",
            ),
            (
                "a fast and full recovery.",
                "Álvaro Cienfuegos",
                True,
                "P2",
            ),
            (
                "a little grumpy but fine.",
                "Valentina Szabó-Reyes",
                True,
                None,
            ),
            (
                "I lied to myself a bit,",
                "Valentina Szabó-Reyes",
                False,
                "P3",
            ),
            (
                "Athletes are very good at that.",
                "Valentina Szabó-Reyes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Valentina Szabó-Reyes", "Threads"),
            ("P2", None, "press release"),
            ("P3", "Valentina Szabó-Reyes", "L’Équipe"),
        ],
        "people": ["Valentina Szabó-Reyes", "Emeka Nwosu", "Álvaro Cienfuegos"],
    },
    {
        "name": "band-breakup-substack-drummer-story-radio",
        "text": (
            "Six months after the breakup of the indie band Paper Lanterns, its singer, Halldóra "
            "Sigurðardóttir, has given her side of the story in a long essay on Substack. “We "
            "didn’t fall apart because of money or drugs or any of the usual villains. We just "
            "stopped listening to each other,” she wrote in the essay, published on Friday.\n\n"
            "The band’s drummer, Kwame Asante-Boateng — known to fans as “Tempo” — answered on "
            "his Instagram story that evening. “Some of that is true. Some of it I remember very "
            "differently,” he wrote over a photo of the band’s old tour van.\n\n"
            "Asked on the BBC radio programme “Front Row” on Monday whether she would ever share "
            "a stage with Asante-Boateng again, Sigurðardóttir paused before answering. “Never "
            "say never,” the singer said. “But don’t hold your breath either.”\n\n"
            "The band’s final album, “Low Tide Hymns,” was shortlisted for the Mercury Prize in "
            "2022."
        ),
        "quotes": [
            (
                "We didn’t fall apart because of money or drugs or any of the usual villains. We "
                "just stopped listening to each other,",
                "Halldóra Sigurðardóttir",
                False,
                "P1",
            ),
            (
                "Some of that is true. Some of it I remember very differently,",
                "Kwame Asante-Boateng",
                False,
                "P2",
            ),
            (
                "Never say never,",
                "Halldóra Sigurðardóttir",
                False,
                "P3",
            ),
            (
                "But don’t hold your breath either.",
                "Halldóra Sigurðardóttir",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Halldóra Sigurðardóttir", "Substack"),
            ("P2", "Kwame Asante-Boateng", "Instagram"),
            ("P3", "Halldóra Sigurðardóttir", "Front Row"),
        ],
        "people": ["Halldóra Sigurðardóttir", "Kwame Asante-Boateng"],
    },
    {
        "name": "sauna-dementia-lancet-x-repost-irish-times-nhk",
        "text": (
            "A large study of nearly 90,000 adults in Japan has linked regular sauna use to a "
            "lower risk of dementia, researchers reported on Tuesday in The Lancet Healthy "
            "Longevity.\n\n"
            "The lead author, Dr. Haruto Kobayashi of Kyoto University, cautioned on X that the "
            "study could not prove cause and effect. “People who have time for saunas may also "
            "have time for everything else that keeps a brain healthy,” he posted.\n\n"
            "Aisling Brennan, a neurologist at Trinity College Dublin, reposted his thread with "
            "a comment of her own: “Rare to see an author this upfront about confounding. Read "
            "the whole thing.”\n\n"
            "In an opinion piece in The Irish Times last year, Brennan had warned against what "
            "she called “wellness by headline.”\n\n"
            "Kobayashi’s team now plans a randomised trial in three cities. “We will recruit in "
            "the spring, if the funding holds,” he told the Japanese broadcaster NHK."
        ),
        "quotes": [
            (
                "People who have time for saunas may also have time for everything else that keeps a "
                "brain healthy,",
                "Haruto Kobayashi",
                False,
                "P2",
            ),
            (
                "Rare to see an author this upfront about confounding. Read the whole thing.",
                "Aisling Brennan",
                False,
                "P3",
            ),
            (
                "wellness by headline.",
                "Aisling Brennan",
                True,
                "P4",
            ),
            (
                "We will recruit in the spring, if the funding holds,",
                "Haruto Kobayashi",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Haruto Kobayashi", "The Lancet Healthy Longevity"),
            ("P2", "Haruto Kobayashi", "X"),
            ("P3", "Aisling Brennan", "X"),
            ("P4", "Aisling Brennan", "The Irish Times"),
            ("P5", "Haruto Kobayashi", "NHK"),
        ],
        "people": ["Haruto Kobayashi", "Aisling Brennan"],
    },
    {
        "name": "bypass-road-mayor-facebook-resident-comment-association-letter",
        "text": (
            "Residents of the Eastgate neighbourhood in Dayton packed a city council meeting on "
            "Tuesday to oppose a plan to turn a disused rail line into a six-lane road.\n\n"
            "Mayor Rosalind Whitcombe, who backs the plan, defended it in a Facebook post before "
            "the meeting. “Doing nothing is also a choice, and it is the one that keeps 4,000 "
            "trucks a day on Elm Street,” she wrote.\n\n"
            "One of the first comments under her post came from Thanh Huong Le, a retired "
            "teacher who has lived on Elm Street for 30 years. “Then fix Elm Street. Don’t pave "
            "the only green space we have left,” she wrote.\n\n"
            "The Eastgate Neighbourhood Association sent a letter to all nine council members "
            "calling the plan “a highway dressed up as a bypass.”\n\n"
            "At the meeting, council member Idris Haddad said he would vote against it. “I was "
            "elected by these people, not by the trucks,” he said, to loud applause from the "
            "public gallery.\n\n"
            "A vote is expected in May."
        ),
        "quotes": [
            (
                "Doing nothing is also a choice, and it is the one that keeps 4,000 trucks a day on "
                "Elm Street,",
                "Rosalind Whitcombe",
                False,
                "P1",
            ),
            (
                "Then fix Elm Street. Don’t pave the only green space we have left,",
                "Thanh Huong Le",
                False,
                "P1",
            ),
            (
                "a highway dressed up as a bypass.",
                None,
                True,
                "P2",
            ),
            (
                "I was elected by these people, not by the trucks,",
                "Idris Haddad",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Rosalind Whitcombe", "Facebook"),
            ("P2", None, None),
        ],
        "people": ["Rosalind Whitcombe", "Thanh Huong Le", "Idris Haddad"],
    },
    {
        "name": "cricket-captain-quits-instagram-board-column-sky",
        "text": (
            "Pakistan’s Test captain, Saad Rehman Qureshi, has stepped down after a 3-0 series "
            "defeat in Australia, he announced on Instagram on Saturday. “I gave this job "
            "everything I had. It was not enough, and the team deserves a fresh voice,” he "
            "wrote.\n\n"
            "The Pakistan Cricket Board thanked him in a statement for “four years of leadership "
            "in difficult times.”\n\n"
            "His predecessor, Imran “Jimmy” Latif, was blunter in his weekly column in The "
            "Telegraph, arguing that the selectors had handed Qureshi “a team built for home "
            "pitches and then sent it to Perth.”\n\n"
            "Qureshi’s wife, the broadcaster Mahnoor Qureshi, commented beneath his Instagram "
            "post with a single line: “Proud of you, always.”\n\n"
            "Speaking to Sky Sports on Sunday, the all-rounder Fakhar Anwar said the squad had "
            "been “blindsided” by the news. “We found out on the team WhatsApp, same as "
            "everyone,” he said."
        ),
        "quotes": [
            (
                "I gave this job everything I had. It was not enough, and the team deserves a fresh "
                "voice,",
                "Saad Rehman Qureshi",
                False,
                "P1",
            ),
            (
                "four years of leadership in difficult times.",
                None,
                True,
                "P2",
            ),
            (
                "a team built for home pitches and then sent it to Perth.",
                "Imran Latif",
                True,
                "P3",
            ),
            (
                "Proud of you, always.",
                "Mahnoor Qureshi",
                False,
                "P1",
            ),
            (
                "blindsided",
                "Fakhar Anwar",
                True,
                "P4",
            ),
            (
                "We found out on the team WhatsApp, same as everyone,",
                "Fakhar Anwar",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Saad Rehman Qureshi", "Instagram"),
            ("P2", None, None),
            ("P3", "Imran Latif", "The Telegraph"),
            ("P4", "Fakhar Anwar", "Sky Sports"),
        ],
        "people": ["Saad Rehman Qureshi", "Imran Latif", "Mahnoor Qureshi", "Fakhar Anwar"],
    },
    {
        "name": "ai-open-letter-medium-reply-youtube-channel-comment",
        "text": (
            "More than 400 artificial intelligence researchers have signed an open letter urging "
            "the start-up Corvid Labs to publish the safety tests behind its new model, "
            "Kestrel-3. The letter, released on Monday, says the company’s safety claims “cannot "
            "be checked by anyone outside the building.”\n\n"
            "Corvid’s co-founder and chief executive, Anjali Deshpande-Ward, responded in a post "
            "on Medium the next day. “We will publish the evaluations, all of them, once the "
            "external audit is finished,” she wrote. “Not before, and not in pieces.”\n\n"
            "One of the letter’s organisers, Mateus Figueiredo, a professor at the University of "
            "São Paulo, said in an interview on the YouTube channel Machine Ethics Weekly that a "
            "promise was not a timeline. “Give us a date and we will hold you to it,” he said.\n\n"
            "Under the Medium post, a reader who identified himself as a former Corvid engineer, "
            "Lukas Brandt, left a short comment: “The audit exists. I sat in on it.”"
        ),
        "quotes": [
            (
                "cannot be checked by anyone outside the building.",
                None,
                True,
                "P1",
            ),
            (
                "We will publish the evaluations, all of them, once the external audit is finished,",
                "Anjali Deshpande-Ward",
                False,
                "P2",
            ),
            (
                "Not before, and not in pieces.",
                "Anjali Deshpande-Ward",
                False,
                "P2",
            ),
            (
                "Give us a date and we will hold you to it,",
                "Mateus Figueiredo",
                False,
                "P3",
            ),
            (
                "The audit exists. I sat in on it.",
                "Lukas Brandt",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anjali Deshpande-Ward", "Medium"),
            ("P3", "Mateus Figueiredo", "Machine Ethics Weekly"),
        ],
        "people": ["Anjali Deshpande-Ward", "Mateus Figueiredo", "Lukas Brandt"],
    },
    {
        "name": "defamation-trial-testimony-filing-opening-husband-x",
        "text": (
            "The reality television star Dominique “Dom” Arceneaux testified on Wednesday in the "
            "defamation lawsuit she brought against a celebrity gossip website, telling jurors "
            "that a false story about her marriage had cost her two brand deals.\n\n"
            "“I lost the skincare deal in a week. Nobody called to ask if it was true,” "
            "Arceneaux said from the witness stand, her voice breaking.\n\n"
            "The site, GlamWire, argued in a court filing last month that the article was "
            "“clearly labelled as rumour.” Its lawyer, Bernard Osei-Mensah, told jurors in his "
            "opening statement that his client had “simply repeated what half of Los Angeles was "
            "already saying.”\n\n"
            "After court, Arceneaux’s husband, the former NFL linebacker Terrence Boudreaux, "
            "posted on X: “Watching my wife tell the truth in a room full of strangers. Hardest "
            "thing she’s ever done.”\n\n"
            "Judge Miriam Castellano told jurors to expect closing arguments on Monday. The "
            "trial, in Los Angeles County Superior Court, is expected to end next week."
        ),
        "quotes": [
            (
                "I lost the skincare deal in a week. Nobody called to ask if it was true,",
                "Dominique Arceneaux",
                False,
                None,
            ),
            (
                "clearly labelled as rumour.",
                None,
                True,
                "P2",
            ),
            (
                "simply repeated what half of Los Angeles was already saying.",
                "Bernard Osei-Mensah",
                True,
                None,
            ),
            (
                "Watching my wife tell the truth in a room full of strangers. Hardest thing she’s "
                "ever done.",
                "Terrence Boudreaux",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Dominique Arceneaux", None),
            ("P2", None, None),
            ("P3", "Terrence Boudreaux", "X"),
        ],
        "people": [
            "Dominique Arceneaux",
            "Bernard Osei-Mensah",
            "Terrence Boudreaux",
            "Miriam Castellano",
        ],
    },
    {
        "name": "chef-lasagne-review-observer-instagram-threads-tiktok",
        "text": (
            "The chef Ottavio Brancaleone has hit back at a one-star review of his new Soho "
            "restaurant, Fumo, published on Sunday in The Observer. The critic, Imogen "
            "Lacey-Hart, wrote that the £38 lasagne was “a brick of good intentions.”\n\n"
            "The chef replied on Instagram with a photo of his kitchen team. “Fourteen people "
            "made that brick at six in the morning. Come back and meet them,” he wrote.\n\n"
            "Lacey-Hart did not respond, but her editor, Femi Adebayo-Lowe, posted on Threads "
            "that the paper stood by the review.\n\n"
            "Diners were divided. Under the chef’s post, the food writer Yuki Matsumoto "
            "commented: “Best lasagne in London. Also, £38 is a lot.”\n\n"
            "In a TikTok video that has been viewed 1.2 million times, a diner who gave her name "
            "only as Bea filmed herself eating the dish. “Honestly? It’s a great brick,” she "
            "said.\n\n"
            "Brancaleone said he had no plans to take the lasagne off the menu."
        ),
        "quotes": [
            (
                "a brick of good intentions.",
                "Imogen Lacey-Hart",
                True,
                "P1",
            ),
            (
                "Fourteen people made that brick at six in the morning. Come back and meet them,",
                "Ottavio Brancaleone",
                False,
                "P2",
            ),
            (
                "Best lasagne in London. Also, £38 is a lot.",
                "Yuki Matsumoto",
                False,
                "P2",
            ),
            (
                "Honestly? It’s a great brick,",
                "Bea",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Imogen Lacey-Hart", "The Observer"),
            ("P2", "Ottavio Brancaleone", "Instagram"),
            ("P3", "Femi Adebayo-Lowe", "Threads"),
            ("P4", "Bea", "TikTok"),
        ],
        "people": [
            "Ottavio Brancaleone",
            "Imogen Lacey-Hart",
            "Femi Adebayo-Lowe",
            "Yuki Matsumoto",
            "Bea",
        ],
    },
    {
        "name": "lunar-rover-contact-news-conference-reddit-ama-spiegel",
        "text": (
            "Engineers have regained contact with the Selene-2 lunar rover, nicknamed “Little "
            "Mole” by its team, after nine days of silence, the European Space Agency said on "
            "Friday.\n\n"
            "“We had started writing the obituary,” the mission’s flight director, Katarzyna "
            "Wiśniewska, told a news conference in Darmstadt. “Then at 3:14 in the morning, "
            "there it was.”\n\n"
            "The rover’s lead software engineer, Omar Farouk El-Sayed, hosted an “ask me "
            "anything” thread on Reddit that afternoon. Asked by one user what had gone wrong, "
            "he wrote that a heater had “failed in the most boring way possible.” Another user "
            "replied in the thread: “Boring failures are the best kind. You can fix them.”\n\n"
            "Wiśniewska later told the German magazine Der Spiegel that the team had been close "
            "to giving up. “I had a speech ready for the staff,” she said. “I am very happy to "
            "throw it away.”"
        ),
        "quotes": [
            (
                "We had started writing the obituary,",
                "Katarzyna Wiśniewska",
                False,
                None,
            ),
            (
                "Then at 3:14 in the morning, there it was.",
                "Katarzyna Wiśniewska",
                False,
                None,
            ),
            (
                "failed in the most boring way possible.",
                "Omar Farouk El-Sayed",
                True,
                "P1",
            ),
            (
                "Boring failures are the best kind. You can fix them.",
                None,
                False,
                "P1",
            ),
            (
                "I had a speech ready for the staff,",
                "Katarzyna Wiśniewska",
                False,
                "P2",
            ),
            (
                "I am very happy to throw it away.",
                "Katarzyna Wiśniewska",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Omar Farouk El-Sayed", "Reddit"),
            ("P2", "Katarzyna Wiśniewska", "Der Spiegel"),
        ],
        "people": ["Katarzyna Wiśniewska", "Omar Farouk El-Sayed"],
    },
    {
        "name": "hearing-aid-forecast-cut-call-analyst-note-cnbc-linkedin",
        "text": (
            "Shares of the Danish hearing-aid maker Lydvej fell 14 percent on Thursday after the "
            "company cut its sales forecast for the year in an earnings release, blaming weak "
            "demand in China.\n\n"
            "On a call with analysts, the chief financial officer, Mette Kjærgaard, said the "
            "slowdown had been “sharper than any of us modelled.” The chief executive, Jonas "
            "Vestergaard, struck a calmer note. “One bad quarter in one market is not a trend,” "
            "he said on the call.\n\n"
            "Priyanka Venkataraman, an analyst at Berenberg, wrote in a note to clients that the "
            "guidance cut was “overdue but still too shallow,” and lowered her price target.\n\n"
            "Vestergaard later told CNBC that he had bought 10,000 shares himself on Thursday "
            "afternoon. “I’m putting my own money where my mouth is,” he said.\n\n"
            "On LinkedIn, Kjærgaard wrote that the team would “earn back the trust” of "
            "investors, in a post that drew more than 300 comments by the evening."
        ),
        "quotes": [
            (
                "sharper than any of us modelled.",
                "Mette Kjærgaard",
                True,
                None,
            ),
            (
                "One bad quarter in one market is not a trend,",
                "Jonas Vestergaard",
                False,
                None,
            ),
            (
                "overdue but still too shallow,",
                "Priyanka Venkataraman",
                True,
                "P2",
            ),
            (
                "I’m putting my own money where my mouth is,",
                "Jonas Vestergaard",
                False,
                "P3",
            ),
            (
                "earn back the trust",
                "Mette Kjærgaard",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priyanka Venkataraman", None),
            ("P3", "Jonas Vestergaard", "CNBC"),
            ("P4", "Mette Kjærgaard", "LinkedIn"),
        ],
        "people": ["Mette Kjærgaard", "Jonas Vestergaard", "Priyanka Venkataraman"],
    },
    {
        "name": "f2-first-win-team-radio-statement-instagram-caption-sky",
        "text": (
            "Lucía Fernández-Ochoa became the first woman to win a Formula 2 feature race on "
            "Sunday, holding off two rivals over the final three laps at Silverstone.\n\n"
            "“Is that it? Did we actually do it?” she asked over team radio as she crossed the "
            "line.\n\n"
            "Her team principal at Arcadia Racing, Viktor Lindahl, said in a statement that the "
            "win was “years in the making and seconds in the taking.”\n\n"
            "The former Formula One driver Kazuki Endo posted a photo of the podium on Instagram "
            "with the caption “History. Get used to it.” Fernández-Ochoa replied under the photo "
            "with three trophy emoji and the words “Thank you, sensei.”\n\n"
            "Speaking to Sky Sports F1 after the podium ceremony, she said her father had taught "
            "her to drive in a supermarket car park. “He’s probably crying in the grandstand "
            "right now,” she said. “He cries at adverts, so this will destroy him,” the "
            "21-year-old added."
        ),
        "quotes": [
            (
                "Is that it? Did we actually do it?",
                "Lucía Fernández-Ochoa",
                False,
                None,
            ),
            (
                "years in the making and seconds in the taking.",
                "Viktor Lindahl",
                True,
                "P1",
            ),
            (
                "History. Get used to it.",
                "Kazuki Endo",
                False,
                "P2",
            ),
            (
                "Thank you, sensei.",
                "Lucía Fernández-Ochoa",
                False,
                "P2",
            ),
            (
                "He’s probably crying in the grandstand right now,",
                "Lucía Fernández-Ochoa",
                False,
                "P3",
            ),
            (
                "He cries at adverts, so this will destroy him,",
                "Lucía Fernández-Ochoa",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Viktor Lindahl", None),
            ("P2", "Kazuki Endo", "Instagram"),
            ("P3", "Lucía Fernández-Ochoa", "Sky Sports F1"),
        ],
        "people": ["Lucía Fernández-Ochoa", "Viktor Lindahl", "Kazuki Endo"],
    },
    {
        "name": "booker-speech-translator-bluesky-reply-release-bookseller",
        "text": (
            "The Nigerian novelist Chidinma Eze-Obi won the International Booker Prize on "
            "Tuesday for “The House on Water Street,” sharing the £50,000 award with her "
            "translator, Sébastien Morel, who rendered the novel from Igbo into English.\n\n"
            "In her acceptance speech in London, Eze-Obi thanked her grandmother, “who told me "
            "every story in this book before I could read.”\n\n"
            "Morel posted on Bluesky shortly after the ceremony. “Eleven drafts, two "
            "dictionaries held together with tape, one extraordinary writer,” he wrote. The "
            "Zimbabwean novelist Tendai Mukoni replied under his post: “Deserved. Now translate "
            "the next one faster.”\n\n"
            "Her publisher, Harbour Lane Books, said in a press release that it had ordered a "
            "reprint of 80,000 copies.\n\n"
            "The chair of the judges, Gwendolyn Ashcroft-Pryce, told The Bookseller that the "
            "panel’s decision had been “unanimous and quick.” “We argued about everything else, "
            "but not this,” she said."
        ),
        "quotes": [
            (
                "who told me every story in this book before I could read.",
                "Chidinma Eze-Obi",
                True,
                None,
            ),
            (
                "Eleven drafts, two dictionaries held together with tape, one extraordinary writer,",
                "Sébastien Morel",
                False,
                "P1",
            ),
            (
                "Deserved. Now translate the next one faster.",
                "Tendai Mukoni",
                False,
                "P1",
            ),
            (
                "unanimous and quick.",
                "Gwendolyn Ashcroft-Pryce",
                True,
                "P3",
            ),
            (
                "We argued about everything else, but not this,",
                "Gwendolyn Ashcroft-Pryce",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Sébastien Morel", "Bluesky"),
            ("P2", None, "press release"),
            ("P3", "Gwendolyn Ashcroft-Pryce", "The Bookseller"),
        ],
        "people": [
            "Chidinma Eze-Obi",
            "Sébastien Morel",
            "Tendai Mukoni",
            "Gwendolyn Ashcroft-Pryce",
        ],
    },
    {
        "name": "game-delay-x-thread-streamer-youtube-union-subreddit",
        "text": (
            "The Montreal studio Brightmoss has delayed its long-awaited role-playing game "
            "“Embervale” to next year, its creative director, Aleksandr Volkov-Haddad, announced "
            "on X on Wednesday. “I would rather you wait for a game we are proud of than play "
            "one we apologise for,” he wrote in a thread that opened with a photo of the team.\n\n"
            "The streamer Naledi Khumalo, who has 2.3 million followers on Twitch, reacted live "
            "on her YouTube channel. “Fine. FINE. But it had better have the fishing minigame,” "
            "she told viewers.\n\n"
            "In a reply to Volkov-Haddad’s thread, the studio’s former lead writer, Isabela "
            "Tavares, wrote that the delay was “the right call, made about a year too late.”\n\n"
            "A union representing quality-assurance testers at Brightmoss said in a statement "
            "that its members had worked “months of unpaid overtime” before the delay was "
            "announced. The studio said it disputed that figure.\n\n"
            "Fans on the game’s subreddit were mostly forgiving. One user wrote: “Take your "
            "time. We’ve waited six years, we can wait one more.”"
        ),
        "quotes": [
            (
                "I would rather you wait for a game we are proud of than play one we apologise for,",
                "Aleksandr Volkov-Haddad",
                False,
                "P1",
            ),
            (
                "Fine. FINE. But it had better have the fishing minigame,",
                "Naledi Khumalo",
                False,
                "P2",
            ),
            (
                "the right call, made about a year too late.",
                "Isabela Tavares",
                True,
                "P1",
            ),
            (
                "months of unpaid overtime",
                None,
                True,
                "P3",
            ),
            (
                "Take your time. We’ve waited six years, we can wait one more.",
                None,
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Aleksandr Volkov-Haddad", "X"),
            ("P2", "Naledi Khumalo", "YouTube"),
            ("P3", None, None),
            ("P4", None, "Reddit"),
        ],
        "people": ["Aleksandr Volkov-Haddad", "Naledi Khumalo", "Isabela Tavares"],
    },
]
