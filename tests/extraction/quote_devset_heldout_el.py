"""The one-hundred-and-thirty-sixth self-made dev set, held out (EL): its first run is an unseen estimate.

Written with set EM, without reading the extraction rules, and committed before
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
inside narration. Topic area: online creators, technology platforms, gaming and
internet culture.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a second post on X, a second newsletter,
  a report, a YouTube video only mentioned, a co-founder's statement, a chief
  executive's post on X) is still listed in posts.
- A nickname or stage name in marks inside a name (Caleb "Kettle" Duarte) is
  not part of the canonical name and not a quote; a VTuber's character name in
  marks and a self-given moniker ("the Coin Whisperer") are nicknames too.
- A YouTube video, TikTok video, Facebook video, YouTube livestream and a short
  video posted on X are posts on that platform by the person in them; a
  post on a game's Steam page has platform Steam, a Kickstarter update has
  platform Kickstarter, a Substack newsletter has platform Substack.
- A trade newsletter (Passionfruit), a gaming site (Frame Perfect), a weekly
  (Styria Today), a radio show (Endgame Hour) and a podcast (Low Ping Club,
  Indie Hours, Bit Rot Radio, an episode of Late Lobby) are named outlets:
  talking to them is an interview post with that name as platform. The story's
  own "said in an interview" (no outlet) is not a post.
- A named spokeswoman's statement is her post (author the spokeswoman, no
  platform) and its words are hers; a lawyer's statement is the lawyer's post.
- A group of parents' lawsuit, an open letter signed by hundreds, a company
  blog post, a charity's statement, a publisher's email to customers, a chess
  site's statement and its report, a regulator's complaint and a lawyers'
  letter on behalf of a company all have author None and no platform.
- A regulator's complaint that quotes what an influencer said in his videos
  ("called the coin ... in videos", "urged viewers to ...") links those
  fragments to the complaint, with the influencer as speaker.
- A single word from a statement ("called the timing "cynical" in a
  statement") is a partial quote of that statement, not a scare quote;
  "glitchless" naming a category and "comfort fic" naming a genre are scare
  quotes. The thread title, the book-like story title and the heading of a
  privacy page in marks are titles, not quotes.
- The same-sentence follow-up "In the statement, he called the pause ..." ties
  the fragment to the statement; "Albrecht said in the interview" and "she told
  the weekly" tie quotes to the Styria Today interview.
- A comment under an Instagram photo, a LinkedIn post, a Medium essay, a Steam
  announcement, a Kickstarter update or a YouTube video belongs to that post;
  a comment reported only in narration with a fragment ("would "look
  seriously" at") is partial and belongs to the post commented on. Unnamed
  players and backers who comment speak as None.
- A reply "under that second post" belongs to the second post, not the first.
- A post by a union on X and by a fan site's official Tumblr account has
  author None.
- Words given whole after "with the words" or "with the caption" are not
  partial; a quote interrupted by its attribution ("They had a chance to
  lead," the counselor said, "and they picked a dashboard.") is two quotes,
  neither partial.
- A quote that runs over two paragraphs right after a report of an essay on
  Medium, or of an interview with a radio show, belongs to that post, one quote
  per paragraph.
- A scare quote in single marks inside a quote ('final') is part of the quote's
  text and not a quote of its own.
- Posting a lawyers' letter on X is a new X post by the poster (his words
  "alongside it" belong to that X post); the letter's own words belong to the
  letter, reported earlier, with speaker None.
- Testimony told to a parliamentary committee at a hearing and remarks at a
  developer conference are not posts; "said at a meeting" is not a post.
- Titles such as Senator are not part of a canonical name; name order as
  written is kept (Mei Takahashi, Jae-won Seo, Aiko Mori, Kenji Arakawa,
  Haruto Ishikawa); hyphenated surnames are part of the canonical name.
- A person named only inside a quote ("Tobias", "Mei", "Marcus") is already in
  people; unnamed relatives ("my wife", "my nephew") are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_EL: list[dict] = [
    {
        "name": "youtube-crafter-hiatus-comment-newsletter",
        "text": (
            "Danielle Okafor, the craft creator whose channel Thread Count has 3.2 "
            "million subscribers, told viewers in a YouTube video on Sunday that "
            "she would stop posting for at least six months. “I have filmed every "
            "single week since 2016, and my hands and my head need a break,” the "
            "34-year-old said in the video.\n\n"
            "The announcement drew thousands of comments. “Take all the time you "
            "need. The channel will be here,” wrote Priya Raman, a fellow creator, "
            "under the video.\n\n"
            "Okafor, whom fans call “the Sock Queen,” said the break had nothing to "
            "do with a dispute over sponsorship rates that surfaced last month. "
            "“That story was never about me,” she told the trade newsletter "
            "Passionfruit on Monday. “I just got tired.”\n\n"
            "Her manager, Felix Brandt, said in a statement that the team would "
            "keep the channel’s online shop running. In the statement, he called "
            "the pause “overdue.”"
        ),
        "quotes": [
            (
                "I have filmed every single week since 2016, and my hands and my head "
                "need a break,",
                "Danielle Okafor",
                False,
                "P1",
            ),
            ("Take all the time you need. The channel will be here,", "Priya Raman", False, "P1"),
            ("That story was never about me,", "Danielle Okafor", False, "P2"),
            ("I just got tired.", "Danielle Okafor", False, "P2"),
            ("overdue.", "Felix Brandt", True, "P3"),
        ],
        "posts": [
            ("P1", "Danielle Okafor", "YouTube"),
            ("P2", "Danielle Okafor", "Passionfruit"),
            ("P3", "Felix Brandt", None),
        ],
        "people": ["Danielle Okafor", "Priya Raman", "Felix Brandt"],
    },
    {
        "name": "studio-layoffs-statement-ceo-email-union-x",
        "text": (
            "Harrowgate Games, the Montreal studio behind the fantasy series "
            "Emberfall, said on Wednesday that it would cut 140 jobs, about a fifth "
            "of its staff. “These decisions were not made lightly,” the company "
            "said in a statement that quoted its chief executive, Lucien Marchetti, "
            "as saying the studio had “overreached” on two unannounced projects.\n\n"
            "In an email to employees seen by this newspaper, Marchetti was "
            "blunter. “I approved too many bets at once, and you are paying for it. "
            "I am sorry,” he wrote.\n\n"
            "The Game Workers Alliance of Quebec, a union that has been organizing "
            "at the studio, responded on X. “Apologies don’t pay rent. Harrowgate "
            "owes its workers a real severance plan,” the union posted.\n\n"
            "At a news conference in Montreal later that day, Marchetti said the "
            "next Emberfall game remained on schedule. “Nobody on that team is "
            "affected,” he said, adding that the game would ship in 2026."
        ),
        "quotes": [
            ("These decisions were not made lightly,", None, False, "P1"),
            ("overreached", "Lucien Marchetti", True, "P1"),
            (
                "I approved too many bets at once, and you are paying for it. I am sorry,",
                "Lucien Marchetti",
                False,
                "P2",
            ),
            (
                "Apologies don’t pay rent. Harrowgate owes its workers a real severance plan,",
                None,
                False,
                "P3",
            ),
            ("Nobody on that team is affected,", "Lucien Marchetti", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Lucien Marchetti", None),
            ("P3", None, "X"),
        ],
        "people": ["Lucien Marchetti"],
    },
    {
        "name": "streamer-suspension-x-second-post-reply-podcast",
        "text": (
            "The streaming platform Glimmer suspended one of its biggest streamers, "
            "Caleb “Kettle” Duarte, on Friday, hours after a broadcast in which he "
            "appeared to read out a rival’s home address.\n\n"
            "Duarte, 27, denied doing so in a post on X. “I read a street name off "
            "a map in a game. That’s it. No one was doxxed,” he wrote. In a second "
            "post an hour later he said he had appealed.\n\n"
            "The rival streamer, Ines Vallcorba, replied under that second post: "
            "“You knew exactly what you were doing.”\n\n"
            "Glimmer did not name Duarte but said in a statement that it “takes the "
            "safety of creators extremely seriously” and that suspensions were "
            "reviewed within 14 days.\n\n"
            "Speaking on the podcast Low Ping Club on Sunday, Vallcorba said she "
            "had moved out of her apartment. “I don’t feel safe there anymore,” she "
            "said. “Maybe that’s an overreaction. I don’t care.”"
        ),
        "quotes": [
            (
                "I read a street name off a map in a game. That’s it. No one was doxxed,",
                "Caleb Duarte",
                False,
                "P1",
            ),
            ("You knew exactly what you were doing.", "Ines Vallcorba", False, "P2"),
            ("takes the safety of creators extremely seriously", None, True, "P3"),
            ("I don’t feel safe there anymore,", "Ines Vallcorba", False, "P4"),
            ("Maybe that’s an overreaction. I don’t care.", "Ines Vallcorba", False, "P4"),
        ],
        "posts": [
            ("P1", "Caleb Duarte", "X"),
            ("P2", "Caleb Duarte", "X"),
            ("P3", None, None),
            ("P4", "Ines Vallcorba", "Low Ping Club"),
        ],
        "people": ["Caleb Duarte", "Ines Vallcorba"],
    },
    {
        "name": "esports-roster-release-tiktok-news-conference-caption",
        "text": (
            "The esports organization Vantage Nine said in a news release on "
            "Thursday that it had dropped its entire League of Legends roster after "
            "a last-place finish in the spring split. The release quoted its "
            "general manager, Oskar Hult, as saying the team needed “a clean "
            "slate.”\n\n"
            "The team’s former coach, Mei Takahashi, was less diplomatic. “We found "
            "out from a group chat,” the 41-year-old said in a TikTok video posted "
            "that night. “Nobody from management called a single player.”\n\n"
            "Hult addressed the criticism at a news conference in Berlin on Friday. "
            "“Mei is right that we handled the communication badly,” he said. “The "
            "decision itself stands.”\n\n"
            "One of the released players, Jae-won Seo, posted a photo of his empty "
            "gaming chair on Instagram with the caption “Five years. Thank you, "
            "Vantage.” Takahashi commented under it: “Proudest of this one.”"
        ),
        "quotes": [
            ("a clean slate.", "Oskar Hult", True, "P1"),
            ("We found out from a group chat,", "Mei Takahashi", False, "P2"),
            ("Nobody from management called a single player.", "Mei Takahashi", False, "P2"),
            ("Mei is right that we handled the communication badly,", "Oskar Hult", False, None),
            ("The decision itself stands.", "Oskar Hult", False, None),
            ("Five years. Thank you, Vantage.", "Jae-won Seo", False, "P3"),
            ("Proudest of this one.", "Mei Takahashi", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Mei Takahashi", "TikTok"),
            ("P3", "Jae-won Seo", "Instagram"),
        ],
        "people": ["Oskar Hult", "Mei Takahashi", "Jae-won Seo"],
    },
    {
        "name": "photo-app-parents-lawsuit-spokeswoman-senator-letter",
        "text": (
            "A group of parents sued the photo-sharing app Snapwell in federal "
            "court in San Jose on Monday, accusing it of collecting location data "
            "from children under 13 without consent. “Snapwell built a tracking "
            "tool and marketed it as a scrapbook,” the lawsuit says.\n\n"
            "A Snapwell spokeswoman, Renata Kowalczyk, said in a statement that the "
            "company “disputes these claims and will defend itself vigorously.”\n\n"
            "Senator Alan Whitcombe of Oregon wrote to the company’s chief "
            "executive, Brandon Oyelaran, the same day, demanding answers by Feb. "
            "1. “Parents deserve to know who has seen their children’s movements,” "
            "Whitcombe wrote in the letter.\n\n"
            "Oyelaran, a former engineer at a search company who founded the app in "
            "his dorm room, has rarely spoken publicly. In a 2022 interview with "
            "Wired, he described Snapwell as “a diary, not a feed.” The app’s "
            "privacy page still carries the heading “Your Moments, Only Yours.”"
        ),
        "quotes": [
            ("Snapwell built a tracking tool and marketed it as a scrapbook,", None, False, "P1"),
            (
                "disputes these claims and will defend itself vigorously.",
                "Renata Kowalczyk",
                True,
                "P2",
            ),
            (
                "Parents deserve to know who has seen their children’s movements,",
                "Alan Whitcombe",
                False,
                "P3",
            ),
            ("a diary, not a feed.", "Brandon Oyelaran", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Renata Kowalczyk", None),
            ("P3", "Alan Whitcombe", None),
            ("P4", "Brandon Oyelaran", "Wired"),
        ],
        "people": ["Renata Kowalczyk", "Alan Whitcombe", "Brandon Oyelaran"],
    },
    {
        "name": "speedrun-record-reddit-thread-anon-reply-bluesky",
        "text": (
            "A speedrunner from Leeds, Tobias Wren, says he has finished the 1997 "
            "platformer Moss Tower in under 19 minutes, beating a record that stood "
            "for six years. Wren posted the run on Reddit on Saturday in a thread "
            "titled “Sub-19 finally, after 4,000 attempts.”\n\n"
            "“I nearly quit at attempt 3,000. My wife told me to keep going,” he "
            "wrote in the thread. An unnamed user replied beneath it: “Frame 41 on "
            "the lift looks spliced to me.”\n\n"
            "The run is listed in the “glitchless” category, which bans the "
            "wall-clipping tricks that dominate other routes. The previous record "
            "holder, Anneliese Vogt, wrote on Bluesky that she had checked the "
            "footage frame by frame. “It’s clean. Tobias earned this,” she posted.\n\n"
            "Wren told the gaming site Frame Perfect on Monday that he had sent the "
            "raw recording to the leaderboard moderators. “Anyone who wants the "
            "file can have it,” he said."
        ),
        "quotes": [
            (
                "I nearly quit at attempt 3,000. My wife told me to keep going,",
                "Tobias Wren",
                False,
                "P1",
            ),
            ("Frame 41 on the lift looks spliced to me.", None, False, "P1"),
            ("It’s clean. Tobias earned this,", "Anneliese Vogt", False, "P2"),
            ("Anyone who wants the file can have it,", "Tobias Wren", False, "P3"),
        ],
        "posts": [
            ("P1", "Tobias Wren", "Reddit"),
            ("P2", "Anneliese Vogt", "Bluesky"),
            ("P3", "Tobias Wren", "Frame Perfect"),
        ],
        "people": ["Tobias Wren", "Anneliese Vogt"],
    },
    {
        "name": "influencer-apology-instagram-story-reshare-newspaper",
        "text": (
            "The lifestyle influencer Sasha Moreau-Lindgren apologized on Tuesday "
            "for promoting a skin-care brand that regulators in France had warned "
            "about. In an Instagram story, the 29-year-old told her 4 million "
            "followers that she had not researched the company. “I took the money "
            "and I didn’t ask questions. That was wrong,” she said.\n\n"
            "The brand, Lumière Vive, said in a press release that its products "
            "were “fully compliant with EU rules.”\n\n"
            "Another creator, Jordan Abiola, reshared Moreau-Lindgren’s story on "
            "his own Instagram story with the words “This is what accountability "
            "looks like.” Not everyone agreed. The consumer advocate Helga Strøm, "
            "who first flagged the brand, told the newspaper Le Quotidien Numérique "
            "that the apology came “three months too late.”\n\n"
            "Moreau-Lindgren said she would donate the fee, roughly €40,000, to a "
            "dermatology charity. She did not name it."
        ),
        "quotes": [
            (
                "I took the money and I didn’t ask questions. That was wrong,",
                "Sasha Moreau-Lindgren",
                False,
                "P1",
            ),
            ("fully compliant with EU rules.", None, True, "P2"),
            ("This is what accountability looks like.", "Jordan Abiola", False, "P3"),
            ("three months too late.", "Helga Strøm", True, "P4"),
        ],
        "posts": [
            ("P1", "Sasha Moreau-Lindgren", "Instagram"),
            ("P2", None, "press release"),
            ("P3", "Jordan Abiola", "Instagram"),
            ("P4", "Helga Strøm", "Le Quotidien Numérique"),
        ],
        "people": ["Sasha Moreau-Lindgren", "Jordan Abiola", "Helga Strøm"],
    },
    {
        "name": "open-source-maintainer-medium-essay-two-paragraphs",
        "text": (
            "The lone maintainer of Quillpad, an open-source note-taking library "
            "used by thousands of apps, says he is stepping back after eleven "
            "years. Rafael Ibáñez made the announcement in an essay on Medium on "
            "Wednesday.\n\n"
            "“For most of a decade I have answered bug reports at midnight, for "
            "free, from companies worth billions. I do not regret it, but I cannot "
            "do it anymore.\n\n"
            "“If your business depends on Quillpad, now is the moment to fund it or "
            "fork it,” he wrote.\n\n"
            "Within hours, a developer at the payments firm Coinloft, Yusuf Demir, "
            "replied in a comment under the essay that his employer would “look "
            "seriously” at sponsoring the project.\n\n"
            "Ibáñez said in a YouTube livestream later that night that two "
            "companies had already reached out. “That’s two more than in eleven "
            "years,” he said, laughing."
        ),
        "quotes": [
            (
                "For most of a decade I have answered bug reports at midnight, for "
                "free, from companies worth billions. I do not regret it, but I cannot "
                "do it anymore.",
                "Rafael Ibáñez",
                False,
                "P1",
            ),
            (
                "If your business depends on Quillpad, now is the moment to fund it or fork it,",
                "Rafael Ibáñez",
                False,
                "P1",
            ),
            ("look seriously", "Yusuf Demir", True, "P1"),
            ("That’s two more than in eleven years,", "Rafael Ibáñez", False, "P2"),
        ],
        "posts": [
            ("P1", "Rafael Ibáñez", "Medium"),
            ("P2", "Rafael Ibáñez", "YouTube"),
        ],
        "people": ["Rafael Ibáñez", "Yusuf Demir"],
    },
    {
        "name": "vtuber-agency-contract-youtube-video-x-thanks",
        "text": (
            "The virtual YouTuber agency Hololite said on Monday that it had ended "
            "its contract with one of its most popular performers, who streams as "
            "the fox-eared character “Kitsune Mika.” The agency’s statement cited "
            "“repeated breaches of confidentiality” but gave no details.\n\n"
            "The performer behind the character, identified in public records as "
            "Aiko Mori, responded in a video on YouTube the next day. “I was told I "
            "could not talk about my own health with my own audience,” she said. "
            "“If that is a breach, then yes, I breached it.”\n\n"
            "Hololite’s chief operating officer, Kenji Arakawa, told the Nikkei "
            "Tech Review that the company “respected her contributions” and would "
            "not comment further.\n\n"
            "Fans organized a hashtag, #BringBackMika, that trended in Japan for "
            "two days. Mori thanked them in a post on X: “I saw every message. "
            "Every single one.”"
        ),
        "quotes": [
            ("repeated breaches of confidentiality", None, True, "P1"),
            (
                "I was told I could not talk about my own health with my own audience,",
                "Aiko Mori",
                False,
                "P2",
            ),
            ("If that is a breach, then yes, I breached it.", "Aiko Mori", False, "P2"),
            ("respected her contributions", "Kenji Arakawa", True, "P3"),
            ("I saw every message. Every single one.", "Aiko Mori", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Aiko Mori", "YouTube"),
            ("P3", "Kenji Arakawa", "Nikkei Tech Review"),
            ("P4", "Aiko Mori", "X"),
        ],
        "people": ["Aiko Mori", "Kenji Arakawa"],
    },
    {
        "name": "meme-artist-comes-forward-interview-tumblr",
        "text": (
            "For years, nobody knew who drew the “sad toaster,” the cartoon "
            "appliance that shows up under every bad headline. This week the artist "
            "came forward. Corinne Albrecht, a 52-year-old illustrator from Graz, "
            "told the Austrian weekly Styria Today that she sketched it on a napkin "
            "in 2009 and posted it to a now-defunct forum.\n\n"
            "“I thought it was a joke for nine people. Then my nephew showed me it "
            "on a T-shirt in Lisbon,” Albrecht said in the interview.\n\n"
            "She has no plans to sue anyone. “It belongs to the internet now, which "
            "is a strange thing to say about a toaster,” she told the weekly.\n\n"
            "The meme archivist Dev Kapoor, who runs the account MemeLineage on "
            "Tumblr, posted that he had matched her original file to the earliest "
            "known upload. “The metadata checks out,” he wrote. “This is the real "
            "origin.”"
        ),
        "quotes": [
            (
                "I thought it was a joke for nine people. Then my nephew showed me it "
                "on a T-shirt in Lisbon,",
                "Corinne Albrecht",
                False,
                "P1",
            ),
            (
                "It belongs to the internet now, which is a strange thing to say about a toaster,",
                "Corinne Albrecht",
                False,
                "P1",
            ),
            ("The metadata checks out,", "Dev Kapoor", False, "P2"),
            ("This is the real origin.", "Dev Kapoor", False, "P2"),
        ],
        "posts": [
            ("P1", "Corinne Albrecht", "Styria Today"),
            ("P2", "Dev Kapoor", "Tumblr"),
        ],
        "people": ["Corinne Albrecht", "Dev Kapoor"],
    },
    {
        "name": "video-app-hearing-company-blog-charity-linkedin",
        "text": (
            "Executives from the short-video app Fizz faced sharp questions at a "
            "parliamentary committee hearing in London on Wednesday over how the "
            "platform handles self-harm content. “We remove the overwhelming "
            "majority of it before anyone reports it,” Fizz’s head of trust and "
            "safety, Miriam Achterberg, told the committee.\n\n"
            "The committee’s chair, Gareth Pennington, was unconvinced. "
            "“Overwhelming majority is not a number,” he said.\n\n"
            "Hours before the hearing, Fizz published a blog post announcing new "
            "limits on teen accounts. “Starting next month, users under 16 will not "
            "see recommended videos after 10 p.m.,” the post said.\n\n"
            "The charity Safe Scroll, which gave evidence later in the day, called "
            "the timing “cynical” in a statement. Its founder, Olu Bankole, went "
            "further on LinkedIn. “Fizz writes blog posts when MPs are watching and "
            "ships features when they are not,” he wrote."
        ),
        "quotes": [
            (
                "We remove the overwhelming majority of it before anyone reports it,",
                "Miriam Achterberg",
                False,
                None,
            ),
            ("Overwhelming majority is not a number,", "Gareth Pennington", False, None),
            (
                "Starting next month, users under 16 will not see recommended videos "
                "after 10 p.m.,",
                None,
                False,
                "P1",
            ),
            ("cynical", None, True, "P2"),
            (
                "Fizz writes blog posts when MPs are watching and ships features when "
                "they are not,",
                "Olu Bankole",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Olu Bankole", "LinkedIn"),
        ],
        "people": ["Miriam Achterberg", "Gareth Pennington", "Olu Bankole"],
    },
    {
        "name": "farming-game-review-bomb-steam-announcement-email",
        "text": (
            "Players flooded the indie farming game Hearthvale with negative "
            "reviews on Steam this weekend after its developer, Brightmoss Studio, "
            "added an always-online requirement in a patch. More than 9,000 reviews "
            "posted since Friday are negative.\n\n"
            "The studio’s founder, Linnea Sköld, posted an announcement on the "
            "game’s Steam page on Sunday. “We got this wrong. The next patch "
            "removes the requirement entirely,” she wrote. A player replied in the "
            "comments under the announcement: “Good. Now fix the save bug too.”\n\n"
            "Sköld, 38, built the first version of Hearthvale alone in her parents’ "
            "garage in Umeå. In an interview with the podcast Indie Hours, recorded "
            "before the patch, she had called the game “a quiet place for people "
            "who are tired.”\n\n"
            "The game’s publisher, Paperlantern, said in an email to customers that "
            "affected players could request refunds until the end of the month. "
            "“We’re listening,” the email said."
        ),
        "quotes": [
            (
                "We got this wrong. The next patch removes the requirement entirely,",
                "Linnea Sköld",
                False,
                "P1",
            ),
            ("Good. Now fix the save bug too.", None, False, "P1"),
            ("a quiet place for people who are tired.", "Linnea Sköld", True, "P2"),
            ("We’re listening,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Linnea Sköld", "Steam"),
            ("P2", "Linnea Sköld", "Indie Hours"),
            ("P3", None, None),
        ],
        "people": ["Linnea Sköld"],
    },
    {
        "name": "podcaster-feud-episode-substack-threads-reply",
        "text": (
            "A feud between two of the biggest tech podcasters spilled into the "
            "open this week. On Monday’s episode of his show, Late Lobby, Marcus "
            "Fairweather accused his former co-host, Tamsin Achebe, of “taking the "
            "audience and the ad deals” when she left last year.\n\n"
            "Achebe answered in her Substack newsletter on Wednesday. “I left "
            "because I was tired of being interrupted on my own microphone,” she "
            "wrote. “The ad deals followed me because the advertisers asked to.”\n\n"
            "Fairweather, 45, doubled down in a post on Threads: “Receipts or it "
            "didn’t happen.” Their former producer, Nils Hargreave, replied under "
            "it, “Marcus, please don’t make me post the receipts.”\n\n"
            "The spat has been good for business. Achebe’s show, Signal Boost, "
            "climbed to No. 3 on the Apple Podcasts technology chart on Thursday, "
            "she noted in a second newsletter."
        ),
        "quotes": [
            ("taking the audience and the ad deals", "Marcus Fairweather", True, "P1"),
            (
                "I left because I was tired of being interrupted on my own microphone,",
                "Tamsin Achebe",
                False,
                "P2",
            ),
            (
                "The ad deals followed me because the advertisers asked to.",
                "Tamsin Achebe",
                False,
                "P2",
            ),
            ("Receipts or it didn’t happen.", "Marcus Fairweather", False, "P3"),
            ("Marcus, please don’t make me post the receipts.", "Nils Hargreave", False, "P3"),
        ],
        "posts": [
            ("P1", "Marcus Fairweather", "Late Lobby"),
            ("P2", "Tamsin Achebe", "Substack"),
            ("P3", "Marcus Fairweather", "Threads"),
            ("P4", "Tamsin Achebe", "Substack"),
        ],
        "people": ["Marcus Fairweather", "Tamsin Achebe", "Nils Hargreave"],
    },
    {
        "name": "ai-art-prize-instagram-caption-comment-op-ed",
        "text": (
            "An image made with an AI generator won first prize in the digital "
            "category of the Valdora State Fair art contest, and the human artists "
            "who lost are not happy. The winner, Everett Lysander, shared the blue "
            "ribbon on Instagram on Saturday with the caption “Told you the robots "
            "could paint.”\n\n"
            "“He typed a sentence and called it art,” wrote Paloma Reyes-Whitfield, "
            "a painter who placed second, in a comment under that post.\n\n"
            "The fair’s organizers said in a statement that the rules “did not "
            "prohibit any particular software” and would be reviewed before next "
            "year.\n\n"
            "Lysander, 61, a retired insurance adjuster, defended the entry in an "
            "op-ed in the Valdora Sentinel on Tuesday. “I spent eighty hours on "
            "prompts and edits,” he wrote. “If that isn’t work, I don’t know what "
            "is.”\n\n"
            "Reyes-Whitfield said at a meeting of the local arts council that she "
            "would appeal."
        ),
        "quotes": [
            ("Told you the robots could paint.", "Everett Lysander", False, "P1"),
            ("He typed a sentence and called it art,", "Paloma Reyes-Whitfield", False, "P1"),
            ("did not prohibit any particular software", None, True, "P2"),
            ("I spent eighty hours on prompts and edits,", "Everett Lysander", False, "P3"),
            ("If that isn’t work, I don’t know what is.", "Everett Lysander", False, "P3"),
        ],
        "posts": [
            ("P1", "Everett Lysander", "Instagram"),
            ("P2", None, None),
            ("P3", "Everett Lysander", "Valdora Sentinel"),
        ],
        "people": ["Everett Lysander", "Paloma Reyes-Whitfield"],
    },
    {
        "name": "kids-platform-open-letter-release-conference-facebook-video",
        "text": (
            "More than 600 parents and teachers signed an open letter on Tuesday "
            "urging the children’s gaming platform Blockhaven to switch off private "
            "chat for users under 13. “No eight-year-old needs to receive direct "
            "messages from adult strangers,” the letter reads.\n\n"
            "Blockhaven responded the next morning with a press release announcing "
            "“new parental dashboards” but no change to chat. It did not say when "
            "the dashboards would launch.\n\n"
            "Its chief executive, Harriet Vance-Osei, told reporters at the "
            "company’s developer conference in Austin that chat was central to how "
            "children play together. “Turning it off punishes millions of kids for "
            "the actions of a few,” she said.\n\n"
            "One of the letter’s organizers, the school counselor Dominic Ferraro, "
            "said in a video on Facebook that he was disappointed. “They had a "
            "chance to lead,” the counselor said, “and they picked a dashboard.”"
        ),
        "quotes": [
            (
                "No eight-year-old needs to receive direct messages from adult strangers,",
                None,
                False,
                "P1",
            ),
            ("new parental dashboards", None, True, "P2"),
            (
                "Turning it off punishes millions of kids for the actions of a few,",
                "Harriet Vance-Osei",
                False,
                None,
            ),
            ("They had a chance to lead,", "Dominic Ferraro", False, "P3"),
            ("and they picked a dashboard.", "Dominic Ferraro", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Dominic Ferraro", "Facebook"),
        ],
        "people": ["Harriet Vance-Osei", "Dominic Ferraro"],
    },
    {
        "name": "crypto-influencer-regulator-complaint-lawyer-x-video",
        "text": (
            "Securities regulators have accused the crypto influencer Bradley "
            "Stokes-Amari of promoting a token he was secretly paid to hype. In a "
            "complaint filed on Thursday, the Commodities and Markets Authority "
            "said Stokes-Amari received $2.1 million in tokens and called the coin "
            "“the safest bet of the decade” in videos for his 800,000 subscribers.\n\n"
            "The complaint says he sold his holdings within 48 hours of a video in "
            "which he urged viewers to “buy before the normies wake up.”\n\n"
            "His lawyer, Francesca Lindholm, said in a statement that her client "
            "“has always disclosed his positions” and would fight the charges in "
            "court.\n\n"
            "Stokes-Amari, who calls himself “the Coin Whisperer,” posted a short "
            "video on X on Friday. “I’ve never rugged anyone. Never,” he said, "
            "looking into the camera. “Watch the full story next week.”"
        ),
        "quotes": [
            ("the safest bet of the decade", "Bradley Stokes-Amari", True, "P1"),
            ("buy before the normies wake up.", "Bradley Stokes-Amari", True, "P1"),
            ("has always disclosed his positions", "Francesca Lindholm", True, "P2"),
            ("I’ve never rugged anyone. Never,", "Bradley Stokes-Amari", False, "P3"),
            ("Watch the full story next week.", "Bradley Stokes-Amari", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Francesca Lindholm", None),
            ("P3", "Bradley Stokes-Amari", "X"),
        ],
        "people": ["Bradley Stokes-Amari", "Francesca Lindholm"],
    },
    {
        "name": "phone-reviewer-legal-letter-x-linkedin-comment",
        "text": (
            "A technology reviewer with 5 million subscribers says the phone maker "
            "Orbis has threatened legal action over his YouTube video of its "
            "unreleased Orbis 9 handset. The video has been viewed more than 2 "
            "million times. In a letter dated Monday, Orbis’s lawyers demanded “the "
            "immediate removal of all footage of the prototype.”\n\n"
            "Kwame Asante-Boateng posted the letter on X on Wednesday, with his "
            "home address blacked out. “I paid for it, I filmed it, and I’m not "
            "taking it down,” the 31-year-old wrote alongside it. He said he had "
            "bought the prototype legally from a reseller in Shenzhen.\n\n"
            "Orbis declined to comment. But its former design chief, Sofia "
            "Lindqvist-Baptiste, wrote on LinkedIn that leaks of this kind “hurt "
            "the engineers more than the company.” A commenter under her post, the "
            "Osaka-based reviewer Haruto Ishikawa, disagreed: “Engineers aren’t the "
            "ones sending lawyers.”"
        ),
        "quotes": [
            ("the immediate removal of all footage of the prototype.", None, True, "P2"),
            (
                "I paid for it, I filmed it, and I’m not taking it down,",
                "Kwame Asante-Boateng",
                False,
                "P3",
            ),
            ("hurt the engineers more than the company.", "Sofia Lindqvist-Baptiste", True, "P4"),
            ("Engineers aren’t the ones sending lawyers.", "Haruto Ishikawa", False, "P4"),
        ],
        "posts": [
            ("P1", "Kwame Asante-Boateng", "YouTube"),
            ("P2", None, None),
            ("P3", "Kwame Asante-Boateng", "X"),
            ("P4", "Sofia Lindqvist-Baptiste", "LinkedIn"),
        ],
        "people": ["Kwame Asante-Boateng", "Sofia Lindqvist-Baptiste", "Haruto Ishikawa"],
    },
    {
        "name": "chess-streamer-ban-report-youtube-radio-two-paragraphs",
        "text": (
            "The online chess site Rookline said in a statement on Monday that it "
            "had closed the account of the streamer and grandmaster Viktor Halloran "
            "after its fair-play team found “statistically impossible” accuracy in "
            "14 of his games. The site published a 22-page report but did not say "
            "how Halloran might have cheated.\n\n"
            "Halloran, 24, denied the allegation in a YouTube video that night. “I "
            "have never used an engine in a rated game, not once, not ever,” he "
            "said.\n\n"
            "The veteran grandmaster Ruth Abernathy-Cole, who coached Halloran as a "
            "teenager, told the radio show Endgame Hour that she believed him.\n\n"
            "“I watched that boy calculate twelve moves deep when he was eleven. He "
            "doesn’t need help.\n\n"
            "“But I’ve been wrong before about people I loved,” she said.\n\n"
            "Rookline’s chief executive, Anders Bjelke, wrote on X that the "
            "evidence would be shared with the game’s international federation."
        ),
        "quotes": [
            ("statistically impossible", None, True, "P1"),
            (
                "I have never used an engine in a rated game, not once, not ever,",
                "Viktor Halloran",
                False,
                "P3",
            ),
            (
                "I watched that boy calculate twelve moves deep when he was eleven. He "
                "doesn’t need help.",
                "Ruth Abernathy-Cole",
                False,
                "P4",
            ),
            (
                "But I’ve been wrong before about people I loved,",
                "Ruth Abernathy-Cole",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Viktor Halloran", "YouTube"),
            ("P4", "Ruth Abernathy-Cole", "Endgame Hour"),
            ("P5", "Anders Bjelke", "X"),
        ],
        "people": ["Viktor Halloran", "Ruth Abernathy-Cole", "Anders Bjelke"],
    },
    {
        "name": "fan-fiction-archive-outage-tumblr-interview-bluesky",
        "text": (
            "The volunteer-run fan fiction site ArchiveNest was offline for most of "
            "Thursday after what it described as a denial-of-service attack. The "
            "site’s official account on Tumblr posted an update that evening: "
            "“We’re back up. No user data was accessed.”\n\n"
            "ArchiveNest hosts more than nine million stories, from sprawling "
            "fantasy epics and the fandom’s beloved “comfort fic” to a 400,000-word "
            "saga titled “The Lighthouse Keeper’s Daughters.”\n\n"
            "Beatrix Nakamura-Hale, one of the site’s volunteer engineers, said in "
            "an interview that the attack had peaked at 300 gigabits per second. "
            "“For a site funded by five-dollar donations, that’s enormous,” she "
            "said.\n\n"
            "On Bluesky, she thanked the volunteers who had stayed up through the "
            "night. “You are all ridiculous and I love you,” she posted. A longtime "
            "writer on the site, Oren Castellanos, replied: “Donating again. Worth "
            "every cent.”"
        ),
        "quotes": [
            ("We’re back up. No user data was accessed.", None, False, "P1"),
            (
                "For a site funded by five-dollar donations, that’s enormous,",
                "Beatrix Nakamura-Hale",
                False,
                None,
            ),
            ("You are all ridiculous and I love you,", "Beatrix Nakamura-Hale", False, "P2"),
            ("Donating again. Worth every cent.", "Oren Castellanos", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Tumblr"),
            ("P2", "Beatrix Nakamura-Hale", "Bluesky"),
        ],
        "people": ["Beatrix Nakamura-Hale", "Oren Castellanos"],
    },
    {
        "name": "retro-handheld-kickstarter-update-backer-comment-podcast",
        "text": (
            "The makers of the Pocket 86, a handheld that plays cartridges from "
            "1980s home computers, have pushed back deliveries to backers for a "
            "third time. In an update on Kickstarter on Tuesday, the project’s "
            "creator, Isidore Quennell, blamed a shortage of a display part. “I "
            "know how this sounds. I’d be furious too,” he wrote. “Every unit will "
            "ship, or every backer will be refunded.”\n\n"
            "Backers were not consoled. “Third ‘final’ date this year,” one wrote "
            "in the comments under the update.\n\n"
            "Quennell, a former toy designer, raised $3.4 million from 19,000 "
            "backers in 2023. He told the retro gaming podcast Bit Rot Radio last "
            "spring that the hardest part would be “the boring stuff, like boxes.”\n\n"
            "His co-founder, Mireille Dufresne-Ahn, said in a statement on "
            "Wednesday that the company had secured a new supplier in Taiwan and "
            "expected to ship in June."
        ),
        "quotes": [
            ("I know how this sounds. I’d be furious too,", "Isidore Quennell", False, "P1"),
            (
                "Every unit will ship, or every backer will be refunded.",
                "Isidore Quennell",
                False,
                "P1",
            ),
            ("Third ‘final’ date this year,", None, False, "P1"),
            ("the boring stuff, like boxes.", "Isidore Quennell", True, "P2"),
        ],
        "posts": [
            ("P1", "Isidore Quennell", "Kickstarter"),
            ("P2", "Isidore Quennell", "Bit Rot Radio"),
            ("P3", "Mireille Dufresne-Ahn", None),
        ],
        "people": ["Isidore Quennell", "Mireille Dufresne-Ahn"],
    },
]
