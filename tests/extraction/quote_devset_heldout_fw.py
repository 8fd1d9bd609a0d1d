"""The one-hundred-and-seventy-third self-made dev set, held out (FW): its first run is an unseen estimate.

Written with set FV, without reading the extraction rules, and committed before
any rule was run on it. Topic area: media and celebrity: newspapers,
broadcasters, influencers, royal and celebrity news. Same format and
conventions as the earlier self-made sets (not a public corpus): an interview
with a named outlet or show is a post (platform: the outlet or show as written,
without quotation marks), and "told" a named newspaper is such an interview; a
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
- Post ids follow the order in which the text first reports each post.
- A post reported without any quoted words (a first Instagram post only
  described, an inquiry "confirmed to the Herald Sun") is still listed in posts.
- A split quote (“A,” he wrote. “B.”) is two quotes, neither partial, with the
  same speaker and post.
- "A second Instagram post" is a new post; sharing a photo "on his own
  Instagram story, adding: ..." is a new Instagram post by the sharer.
- A photo posted "with the caption ..." is a post whose caption is a whole
  quote; a reply "with ... the words ..." is a whole quote, not partial.
- A palace's or broadcaster's statement given through an unnamed spokesperson
  has author None and its words speak as None.
- A podcast named as written (Royally Speaking) is the platform of an
  interview on it; RTÉ Radio 1, RTBF, Aftonbladet, Aftenposten, Der Spiegel,
  Le Monde and Variety likewise take their names as written.
- An interview given by an organisation to a named newspaper ("the
  foundation told Aftonbladet", "the regulator confirmed the inquiry to the
  Herald Sun") has author None and the newspaper as platform.
- A regulator's published ruling (the Advertising Standards Authority) is a
  post with author None and no platform.
- A claim filed at court by a named person is that person's post with no
  platform, and words quoted from the filing speak as that person.
- A judge named with the title "Mr Justice" is canonically his first name and
  surname; "Mr Justice", "Countess", "Maître", "Detective Inspector" and "Ms"
  are titles, not part of a name.
- Unnamed royals ("the King", "the Belgian king", "the country's crown
  princess") are not listed in people.
- A nickname in marks inside a name (Marcus "Mako" Lindgren) is not a quote
  and is not part of the canonical name.
- The title of an essay or article in marks (a Substack essay titled
  “What the Owners Wanted.”) is not a quote.
- A weekly "Substack newsletter" has platform Substack.
- A handwritten letter "shared on the fan platform Weverse" is a Weverse post.
- A video on a named YouTube channel has platform YouTube; the channel's name
  is not the platform.
- An unnamed fan account's post on X has author None and its words speak as
  None.
- A memo to staff signed by a named executive is that executive's post with no
  platform, and its words speak as him, even when the text first says "the
  network said ... in a memo"; "seen by The Globe and Mail" does not make the
  newspaper a platform or a post.
- A presenter's farewell said on air on her own named show ("she told
  viewers") is a post by her with the show as platform.
- An acceptance speech ("told the audience" at an awards ceremony), a rally and
  a police news conference are not posts; words "said by phone" are not a post.
- A critic's review and a columnist's column in a named newspaper are the
  writer's posts with the newspaper as platform; a reader's letter "in
  Wednesday's paper" has that newspaper as platform; an editor's note appended
  to a column by the unnamed readers' representative has author None and the
  newspaper as platform.
- A named person's statement on behalf of others (a newspaper's editor, a
  director's lawyer) is that person's post with no platform.
- A company's statement (Meta) and a publisher's press release have author
  None; the words of an executive quoted in the release speak as the
  executive and belong to the release.
- "He added" or "She said that ..." right after an interview in the same
  paragraph stays with that interview; "In the post, she said ..." ties a
  fragment to that post; a fragment in a later paragraph with no tie has no
  post.
- An unnamed member's reply in a Facebook group, under a named member's post,
  belongs to that post and speaks as None.
- A future television appearance reported without any words ("was due to
  appear on ... Lindmo") is not a post.
- Fake adverts made by unknown scammers are not posts, and platforms named in
  narration ("Meta, which owns Facebook and Instagram") are not posts.
- Soap operas, channels, bands, awards and festivals are not people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FW: list[dict] = [
    {
        "name": "bbc-presenter-off-air-second-instagram-apology",
        "text": (
            "The BBC said on Wednesday that it had taken the weekend presenter Callum Fairweather "
            "off air while it looked into a post he made on Instagram about a guest on his "
            "programme. In a statement, the broadcaster said it was “aware of the concerns "
            "raised” and would “not be commenting further while the process is ongoing.”\n\n"
            "Fairweather, 52, apologised in a second Instagram post on Thursday morning. “I let "
            "my frustration get the better of me, and I said something unkind about a woman who "
            "had come on the show in good faith,” he wrote. “That is not who I want to be.”\n\n"
            "The guest, the novelist Adaeze Okonkwo, said on X that she accepted the apology. "
            "“Apology received. Let’s both get back to work,” she posted."
        ),
        "quotes": [
            ("aware of the concerns raised", None, True, "P2"),
            ("not be commenting further while the process is ongoing.", None, True, "P2"),
            (
                "I let my frustration get the better of me, and I said something unkind about a "
                "woman who had come on the show in good faith,",
                "Callum Fairweather",
                False,
                "P3",
            ),
            ("That is not who I want to be.", "Callum Fairweather", False, "P3"),
            ("Apology received. Let’s both get back to work,", "Adaeze Okonkwo", False, "P4"),
        ],
        "posts": [
            ("P1", "Callum Fairweather", "Instagram"),
            ("P2", None, None),
            ("P3", "Callum Fairweather", "Instagram"),
            ("P4", "Adaeze Okonkwo", "X"),
        ],
        "people": ["Callum Fairweather", "Adaeze Okonkwo"],
    },
    {
        "name": "palace-denial-biographer-podcast-host-tiktok",
        "text": (
            "Buckingham Palace on Friday rejected claims in a new biography that the King had "
            "scrapped the annual staff Christmas party to save money. “The suggestion is simply "
            "untrue,” a palace spokesperson said in a statement. “The event will go ahead as it "
            "has for decades.”\n\n"
            "The book’s author, the royal biographer Philippa Ashcombe-Reid, stood by her "
            "reporting on the podcast Royally Speaking. “I had three sources, all of whom were in "
            "the room,” she told the show’s host, Dev Malhotra. “I don’t write things I can’t "
            "stand behind.”\n\n"
            "Malhotra later posted a clip of the exchange on TikTok, writing that the palace "
            "“protests a little too much.”\n\n"
            "A former royal press secretary, Gwendolyn Pryce, was less sure. Speaking to reporters "
            "at a book festival in Cheltenham, she called the claim “the sort of thing that sells "
            "a book and not much else.”"
        ),
        "quotes": [
            ("The suggestion is simply untrue,", None, False, "P1"),
            ("The event will go ahead as it has for decades.", None, False, "P1"),
            (
                "I had three sources, all of whom were in the room,",
                "Philippa Ashcombe-Reid",
                False,
                "P2",
            ),
            ("I don’t write things I can’t stand behind.", "Philippa Ashcombe-Reid", False, "P2"),
            ("protests a little too much.", "Dev Malhotra", True, "P3"),
            (
                "the sort of thing that sells a book and not much else.",
                "Gwendolyn Pryce",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Philippa Ashcombe-Reid", "Royally Speaking"),
            ("P3", "Dev Malhotra", "TikTok"),
        ],
        "people": ["Philippa Ashcombe-Reid", "Dev Malhotra", "Gwendolyn Pryce"],
    },
    {
        "name": "asa-ruling-influencer-tiktok-manager-comment-release",
        "text": (
            "The Advertising Standards Authority has ruled that the lifestyle influencer Jasmine "
            "Oduya-Hart broke advertising rules by failing to label paid promotions for a "
            "teeth-whitening kit as ads. In its ruling, published on Wednesday, the watchdog said "
            'the promotions were "obviously identifiable as marketing communications only to '
            'those who already knew of the commercial relationship."\n\n'
            "Oduya-Hart, who has 2.3 million followers, responded in a TikTok video that evening. "
            "\"I genuinely thought the hashtag was enough. It wasn't, and I've learned,\" she said "
            "in the clip. Her manager, Rafael Quintero, added in a comment beneath it: \"We've "
            'already re-labelled every post from the past year."\n\n'
            'The brand, GleamLab, said in a press release that it had "paused all creator '
            'partnerships pending a review."'
        ),
        "quotes": [
            (
                "obviously identifiable as marketing communications only to those who already "
                "knew of the commercial relationship.",
                None,
                True,
                "P1",
            ),
            (
                "I genuinely thought the hashtag was enough. It wasn't, and I've learned,",
                "Jasmine Oduya-Hart",
                False,
                "P2",
            ),
            (
                "We've already re-labelled every post from the past year.",
                "Rafael Quintero",
                False,
                "P2",
            ),
            ("paused all creator partnerships pending a review.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Jasmine Oduya-Hart", "TikTok"),
            ("P3", None, "press release"),
        ],
        "people": ["Jasmine Oduya-Hart", "Rafael Quintero"],
    },
    {
        "name": "editor-resigns-memo-substack-essay-spiegel",
        "text": (
            "Margarethe Vollmer, the editor of the Hamburger Tagesblatt for the past nine years, "
            "resigned on Monday, telling staff in a memo that she could no longer “defend "
            "decisions I was not part of.”\n\n"
            "The paper’s owner, the media group Nordhaven, said in a statement that it thanked "
            "Vollmer for her service and that a successor would be named “in the coming weeks.”\n\n"
            "Two days later, Vollmer set out her reasons at greater length in a Substack essay "
            "titled “What the Owners Wanted.” The group, she wrote, had asked her to drop an "
            "investigation into a property developer. “I said no twice. The third time, I was "
            "told it was not a request,” she wrote. “So I left.”\n\n"
            "Nordhaven’s chief executive, Jens-Peter Albrecht, told Der Spiegel that the account "
            "was “a distortion” and that no story had been spiked."
        ),
        "quotes": [
            ("defend decisions I was not part of.", "Margarethe Vollmer", True, "P1"),
            ("in the coming weeks.", None, True, "P2"),
            (
                "I said no twice. The third time, I was told it was not a request,",
                "Margarethe Vollmer",
                False,
                "P3",
            ),
            ("So I left.", "Margarethe Vollmer", False, "P3"),
            ("a distortion", "Jens-Peter Albrecht", True, "P4"),
        ],
        "posts": [
            ("P1", "Margarethe Vollmer", None),
            ("P2", None, None),
            ("P3", "Margarethe Vollmer", "Substack"),
            ("P4", "Jens-Peter Albrecht", "Der Spiegel"),
        ],
        "people": ["Margarethe Vollmer", "Jens-Peter Albrecht"],
    },
    {
        "name": "reality-star-engagement-caption-story-fan-account",
        "text": (
            "The reality television star Kiana Moreau-Bello announced her engagement to the "
            "Brazilian footballer Thiago Serrano on Sunday, posting a photo of the ring on "
            'Instagram with the caption "Said yes before he finished the question."\n\n'
            'Serrano shared the photo on his own Instagram story, adding: "Best decision I never '
            "had to think about.\" Among the thousands of comments under Moreau-Bello's post was "
            'one from her former castmate Priyanka Desai, who wrote: "Crying at my desk. '
            'Congratulations, you two!"\n\n'
            "Not everyone was charmed. A popular fan account on X pointed out that the couple had "
            'met only four months ago, calling the engagement "speed-run romance." '
            'Moreau-Bello, 29, addressed that in a later post on Threads: "Four months or four '
            'years, you know when you know."'
        ),
        "quotes": [
            ("Said yes before he finished the question.", "Kiana Moreau-Bello", False, "P1"),
            ("Best decision I never had to think about.", "Thiago Serrano", False, "P2"),
            ("Crying at my desk. Congratulations, you two!", "Priyanka Desai", False, "P1"),
            ("speed-run romance.", None, True, "P3"),
            (
                "Four months or four years, you know when you know.",
                "Kiana Moreau-Bello",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Kiana Moreau-Bello", "Instagram"),
            ("P2", "Thiago Serrano", "Instagram"),
            ("P3", None, "X"),
            ("P4", "Kiana Moreau-Bello", "Threads"),
        ],
        "people": ["Kiana Moreau-Bello", "Thiago Serrano", "Priyanka Desai"],
    },
    {
        "name": "broadcaster-job-cuts-committee-union-facebook-linkedin",
        "text": (
            "The director general of the Irish public broadcaster TG Éireann, Siobhán Ní Bhriain, "
            "told a parliamentary committee on Tuesday that the station would cut 180 jobs over "
            "three years. “Nobody takes this decision lightly, and nobody in this building is "
            "pleased about it,” she said.\n\n"
            "Asked by the committee chair, Declan Moriarty, whether presenters’ pay would be cut, "
            "she said every contract was “on the table.”\n\n"
            "The broadcasting union said on Facebook that the plan was “a managed decline dressed "
            "up as reform.” Later, Ní Bhriain defended the plan in a LinkedIn post. “Public "
            "service media has to earn its licence fee every single day,” she wrote. A former "
            "TG Éireann news anchor, Conor Gallagher-Byrne, commented beneath it: “Then start by "
            "paying for journalism, not consultants.”"
        ),
        "quotes": [
            (
                "Nobody takes this decision lightly, and nobody in this building is pleased "
                "about it,",
                "Siobhán Ní Bhriain",
                False,
                None,
            ),
            ("on the table.", "Siobhán Ní Bhriain", True, None),
            ("a managed decline dressed up as reform.", None, True, "P1"),
            (
                "Public service media has to earn its licence fee every single day,",
                "Siobhán Ní Bhriain",
                False,
                "P2",
            ),
            (
                "Then start by paying for journalism, not consultants.",
                "Conor Gallagher-Byrne",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Siobhán Ní Bhriain", "LinkedIn"),
        ],
        "people": ["Siobhán Ní Bhriain", "Declan Moriarty", "Conor Gallagher-Byrne"],
    },
    {
        "name": "youtuber-charity-stream-apology-reddit-thread-foundation",
        "text": (
            'The YouTuber Marcus "Mako" Lindgren, whose gaming channel has 8 million '
            "subscribers, posted a 14-minute apology video on YouTube on Saturday after viewers "
            'accused him of faking a charity stream. "Every cent that was pledged will reach the '
            'hospital, and I will publish the receipts," Lindgren said in the video.\n\n'
            "The accusation began in a Reddit thread on the r/LivestreamFail forum, where a user "
            "posted spreadsheets comparing the on-screen donation total with the charity's own "
            "figures. \"The numbers just don't match, and it's not close,\" the user wrote. "
            'Another replied beneath it: "Give him a week before grabbing the pitchforks."\n\n'
            "The charity, the Stockholm Children's Hospital Foundation, told Aftonbladet it had "
            'received "the first transfer" and was waiting on the rest. Its spokesperson, Elin '
            'Bergqvist, said by phone on Sunday: "We have no reason to think anything is '
            'wrong."'
        ),
        "quotes": [
            (
                "Every cent that was pledged will reach the hospital, and I will publish the "
                "receipts,",
                "Marcus Lindgren",
                False,
                "P1",
            ),
            ("The numbers just don't match, and it's not close,", None, False, "P2"),
            ("Give him a week before grabbing the pitchforks.", None, False, "P2"),
            ("the first transfer", None, True, "P3"),
            ("We have no reason to think anything is wrong.", "Elin Bergqvist", False, None),
        ],
        "posts": [
            ("P1", "Marcus Lindgren", "YouTube"),
            ("P2", None, "Reddit"),
            ("P3", None, "Aftonbladet"),
        ],
        "people": ["Marcus Lindgren", "Elin Bergqvist"],
    },
    {
        "name": "actor-sues-tabloid-drone-wedding-judgment",
        "text": (
            "The actor Oluwaseun Adebayo-Cole has sued the Daily Courier for misuse of private "
            "information over photographs of his wedding in the Cotswolds, according to a claim "
            "filed at the High Court in London. The filing says the pictures were taken by a drone "
            "“hired for no purpose other than to intrude.”\n\n"
            "The newspaper said in a statement that it would “vigorously defend” the claim and "
            "that the images had been offered to it by a third party.\n\n"
            "On Thursday, Mr Justice Patrick Halloran refused the paper’s application to strike "
            "out the case. In his written judgment, Halloran said the couple had “gone to "
            "considerable lengths to keep the day private, and it is at least arguable that they "
            "were entitled to.”\n\n"
            "Outside court, Adebayo-Cole’s solicitor, Harriet Lowe-Sinclair, told reporters: "
            "“This is about every family that wants one day to themselves.”"
        ),
        "quotes": [
            (
                "hired for no purpose other than to intrude.",
                "Oluwaseun Adebayo-Cole",
                True,
                "P1",
            ),
            ("vigorously defend", None, True, "P2"),
            (
                "gone to considerable lengths to keep the day private, and it is at least "
                "arguable that they were entitled to.",
                "Patrick Halloran",
                True,
                "P3",
            ),
            (
                "This is about every family that wants one day to themselves.",
                "Harriet Lowe-Sinclair",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Oluwaseun Adebayo-Cole", None),
            ("P2", None, None),
            ("P3", "Patrick Halloran", None),
        ],
        "people": ["Oluwaseun Adebayo-Cole", "Patrick Halloran", "Harriet Lowe-Sinclair"],
    },
    {
        "name": "kpop-singer-hiatus-release-weverse-letter-reply",
        "text": (
            "The K-pop singer Han Ji-woo, the lead vocalist of the group NOVAE, will take a break "
            "from performing to recover from an ankle injury, her agency, Starlit Entertainment, "
            "said in a press release on Monday. “The artist’s health is our first priority,” the "
            "release said.\n\n"
            "Han, 24, wrote to fans in a handwritten letter shared on the fan platform Weverse. "
            "“I’m sorry I can’t be on stage with the members for a while,” she wrote. “Please "
            "take care of them for me.”\n\n"
            "Her bandmate Park Seo-yeon replied under the letter with a string of heart emojis "
            "and the words “Come back soon, we’ll keep your spot warm.”\n\n"
            "The group’s tour will continue as a four-piece, the agency said."
        ),
        "quotes": [
            ("The artist’s health is our first priority,", None, False, "P1"),
            (
                "I’m sorry I can’t be on stage with the members for a while,",
                "Han Ji-woo",
                False,
                "P2",
            ),
            ("Please take care of them for me.", "Han Ji-woo", False, "P2"),
            ("Come back soon, we’ll keep your spot warm.", "Park Seo-yeon", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Han Ji-woo", "Weverse"),
        ],
        "people": ["Han Ji-woo", "Park Seo-yeon"],
    },
    {
        "name": "podcaster-spotify-deal-newsletter-variety-bluesky-critic",
        "text": (
            "The comedian and podcaster Benedikt Øverland has signed a multi-year deal with "
            "Spotify worth a reported $40 million, he told subscribers of his weekly Substack "
            'newsletter on Friday. "Nothing about the show changes except the size of the '
            'cheque," he wrote.\n\n'
            'In an interview with Variety, Øverland, 41, said the deal gave him "full editorial '
            'control" and that he had turned down a bigger offer from a rival. "Money was never '
            'the point. Ownership was," he said.\n\n'
            'The media critic Aisha Rahman-Lodhi was unconvinced. "Every podcaster says nothing '
            'changes. Something always changes," she posted on Bluesky.'
        ),
        "quotes": [
            (
                "Nothing about the show changes except the size of the cheque,",
                "Benedikt Øverland",
                False,
                "P1",
            ),
            ("full editorial control", "Benedikt Øverland", True, "P2"),
            ("Money was never the point. Ownership was,", "Benedikt Øverland", False, "P2"),
            (
                "Every podcaster says nothing changes. Something always changes,",
                "Aisha Rahman-Lodhi",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Benedikt Øverland", "Substack"),
            ("P2", "Benedikt Øverland", "Variety"),
            ("P3", "Aisha Rahman-Lodhi", "Bluesky"),
        ],
        "people": ["Benedikt Øverland", "Aisha Rahman-Lodhi"],
    },
    {
        "name": "royal-wedding-gown-designer-instagram-vogue-rtbf",
        "text": (
            "The Lebanese designer Rami Haddad-Nassar confirmed on Instagram on Saturday that he "
            "had made the wedding dress worn by Countess Léonie de Villiers at her marriage to a "
            "nephew of the Belgian king in Brussels. “Eleven months, four fittings, one secret,” "
            "he wrote beneath a sketch of the gown.\n\n"
            "Speaking to Vogue, Haddad-Nassar said the bride had asked for a dress that “would "
            "still look right in fifty years.” He added: “She knew exactly what she did not want, "
            "which is the rarest gift a designer can get.”\n\n"
            "The Belgian royal palace said in a brief statement that the couple were “deeply "
            "touched” by the messages they had received. The bride’s mother, Hélène de Villiers, "
            "told the broadcaster RTBF that the day had been “perfect, apart from the rain.”"
        ),
        "quotes": [
            ("Eleven months, four fittings, one secret,", "Rami Haddad-Nassar", False, "P1"),
            ("would still look right in fifty years.", "Rami Haddad-Nassar", True, "P2"),
            (
                "She knew exactly what she did not want, which is the rarest gift a designer "
                "can get.",
                "Rami Haddad-Nassar",
                False,
                "P2",
            ),
            ("deeply touched", None, True, "P3"),
            ("perfect, apart from the rain.", "Hélène de Villiers", True, "P4"),
        ],
        "posts": [
            ("P1", "Rami Haddad-Nassar", "Instagram"),
            ("P2", "Rami Haddad-Nassar", "Vogue"),
            ("P3", None, None),
            ("P4", "Hélène de Villiers", "RTBF"),
        ],
        "people": ["Rami Haddad-Nassar", "Léonie de Villiers", "Hélène de Villiers"],
    },
    {
        "name": "newspaper-strike-rally-guild-x-release-columnist-facebook",
        "text": (
            "Journalists at the Cleveland Ledger walked off the job on Thursday for the first "
            "time in the paper’s 140-year history, after contract talks with its owner, Meridian "
            "Local Media, broke down.\n\n"
            "“We are not asking for the moon. We are asking to be able to pay rent in the city we "
            "cover,” the metro reporter Danielle Okafor told a rally outside the paper’s offices.\n\n"
            "The Ledger Guild wrote on X that management had “walked away from the table, not "
            "us.” In a press release, Meridian said it had made “a fair and competitive offer” and "
            "quoted its chief operating officer, Gregory Whitcomb, as saying: “We remain ready to "
            "talk at any time.”\n\n"
            "The Ledger’s longtime sports columnist, Ray Castellanos, weighed in on Facebook: "
            "“Forty-one years here. Never thought I’d see the lights off in the newsroom.”"
        ),
        "quotes": [
            (
                "We are not asking for the moon. We are asking to be able to pay rent in the city "
                "we cover,",
                "Danielle Okafor",
                False,
                None,
            ),
            ("walked away from the table, not us.", None, True, "P1"),
            ("a fair and competitive offer", None, True, "P2"),
            ("We remain ready to talk at any time.", "Gregory Whitcomb", False, "P2"),
            (
                "Forty-one years here. Never thought I’d see the lights off in the newsroom.",
                "Ray Castellanos",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "press release"),
            ("P3", "Ray Castellanos", "Facebook"),
        ],
        "people": ["Danielle Okafor", "Gregory Whitcomb", "Ray Castellanos"],
    },
    {
        "name": "critic-one-star-review-chef-open-letter-instagram",
        "text": (
            "The restaurant critic of the Sydney Morning Herald, Fiona Kwan-Mitchell, gave the "
            "celebrity chef Matteo Bellucci's new Surry Hills restaurant one star out of five in "
            'a review published on Saturday, calling the $380 tasting menu "a monument to ego, '
            'plated."\n\n'
            'Bellucci, 47, hit back on Sunday with an open letter posted to Instagram. "I have '
            'fed presidents and I have fed my grandmother, and neither of them left hungry," he '
            'wrote. "Ms Kwan-Mitchell is entitled to her opinion. She is not entitled to my '
            "staff's dignity.\"\n\n"
            'Kwan-Mitchell responded briefly on X: "I reviewed the food. I stand by every '
            "word.\" The Herald's editor, Samuel Osei, said in a statement that the paper "
            '"backs its critics."'
        ),
        "quotes": [
            ("a monument to ego, plated.", "Fiona Kwan-Mitchell", True, "P1"),
            (
                "I have fed presidents and I have fed my grandmother, and neither of them left "
                "hungry,",
                "Matteo Bellucci",
                False,
                "P2",
            ),
            (
                "Ms Kwan-Mitchell is entitled to her opinion. She is not entitled to my staff's "
                "dignity.",
                "Matteo Bellucci",
                False,
                "P2",
            ),
            ("I reviewed the food. I stand by every word.", "Fiona Kwan-Mitchell", False, "P3"),
            ("backs its critics.", "Samuel Osei", True, "P4"),
        ],
        "posts": [
            ("P1", "Fiona Kwan-Mitchell", "Sydney Morning Herald"),
            ("P2", "Matteo Bellucci", "Instagram"),
            ("P3", "Fiona Kwan-Mitchell", "X"),
            ("P4", "Samuel Osei", None),
        ],
        "people": ["Fiona Kwan-Mitchell", "Matteo Bellucci", "Samuel Osei"],
    },
    {
        "name": "breakfast-host-exit-signed-memo-on-air-farewell-cohost",
        "text": (
            "After 16 years on the couch, the breakfast television host Genevieve Lacroix-Tan is "
            "leaving Good Morning Canada, the network said on Tuesday in a memo to staff that was "
            "seen by The Globe and Mail.\n\n"
            "“Genevieve has been the heart of our mornings, and we will miss her terribly,” the "
            "memo, signed by the network’s president of news, Arjun Mehta-Rowe, said.\n\n"
            "Lacroix-Tan said her goodbye on Good Morning Canada itself on Wednesday. “I’m not "
            "retiring, I’m just finally going to sleep past 4 a.m.,” she told viewers, fighting "
            "back tears.\n\n"
            "Her co-host of eight years, Bradley Okoro, posted a photo of the pair on Instagram. "
            "“Nobody will ever steal my coffee the way she did,” he wrote."
        ),
        "quotes": [
            (
                "Genevieve has been the heart of our mornings, and we will miss her terribly,",
                "Arjun Mehta-Rowe",
                False,
                "P1",
            ),
            (
                "I’m not retiring, I’m just finally going to sleep past 4 a.m.,",
                "Genevieve Lacroix-Tan",
                False,
                "P2",
            ),
            ("Nobody will ever steal my coffee the way she did,", "Bradley Okoro", False, "P3"),
        ],
        "posts": [
            ("P1", "Arjun Mehta-Rowe", None),
            ("P2", "Genevieve Lacroix-Tan", "Good Morning Canada"),
            ("P3", "Bradley Okoro", "Instagram"),
        ],
        "people": ["Genevieve Lacroix-Tan", "Arjun Mehta-Rowe", "Bradley Okoro"],
    },
    {
        "name": "fitness-influencer-fundraiser-inquiry-facebook-group",
        "text": (
            "Australia's charity regulator has opened an inquiry into a fundraiser run by the "
            "Melbourne fitness influencer Chloe Van der Berg, who raised more than A$600,000 for "
            "bushfire victims in 2020. The regulator confirmed the inquiry to the Herald Sun but "
            "declined to give details.\n\n"
            'Van der Berg, 33, said on Instagram that she welcomed the scrutiny. "Every dollar is '
            "accounted for and I'll hand over anything they ask for,\" she said in a video posted "
            "to her account.\n\n"
            "In a Facebook group for residents of Mallacoota, one of the towns hit hardest by the "
            'fires, a local business owner, Warren Tuckey, wrote that he had "never seen a cent '
            'of it." A second member of the group, who did not give her name, replied: "Same '
            'here. We applied twice."'
        ),
        "quotes": [
            (
                "Every dollar is accounted for and I'll hand over anything they ask for,",
                "Chloe Van der Berg",
                False,
                "P2",
            ),
            ("never seen a cent of it.", "Warren Tuckey", True, "P3"),
            ("Same here. We applied twice.", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "Herald Sun"),
            ("P2", "Chloe Van der Berg", "Instagram"),
            ("P3", "Warren Tuckey", "Facebook"),
        ],
        "people": ["Chloe Van der Berg", "Warren Tuckey"],
    },
    {
        "name": "bafta-speech-cut-threads-bbc-statement",
        "text": (
            "Accepting the Bafta for best documentary on Sunday night, the Syrian-born "
            "film-maker Yara Al-Khatib dedicated the award to the journalists killed while "
            "covering the war in her home country. “They are the reason any of us know anything "
            "at all,” she told the audience at the Royal Festival Hall.\n\n"
            "Part of her speech was cut from the BBC’s broadcast of the ceremony, which went out "
            "with a two-hour delay. Al-Khatib said on Threads on Monday that she was “not "
            "surprised, but disappointed,” and posted the full text of what she had said. “If you "
            "are going to edit a speech about censorship, at least do it well,” she added.\n\n"
            "A BBC spokesperson said in a statement that the edit was made “for timing reasons "
            "only” and that the corporation “regrets any impression to the contrary.”"
        ),
        "quotes": [
            (
                "They are the reason any of us know anything at all,",
                "Yara Al-Khatib",
                False,
                None,
            ),
            ("not surprised, but disappointed,", "Yara Al-Khatib", True, "P1"),
            (
                "If you are going to edit a speech about censorship, at least do it well,",
                "Yara Al-Khatib",
                False,
                "P1",
            ),
            ("for timing reasons only", None, True, "P2"),
            ("regrets any impression to the contrary.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Yara Al-Khatib", "Threads"),
            ("P2", None, None),
        ],
        "people": ["Yara Al-Khatib"],
    },
    {
        "name": "tv-critic-soap-column-note-substack-reader-letter-radio",
        "text": (
            "The Irish Times has apologised for a column by its television critic, Niamh "
            "Fitzgerald-Rowe, that described the country's most popular soap as \"entertainment "
            'for people who have given up." In a note appended to the online version of the '
            "column on Tuesday, the paper's readers' representative said the line had \"fallen "
            'short of our standards on tone."\n\n'
            'Fitzgerald-Rowe, 38, defended herself on Substack. "I have watched every episode '
            "for twelve years. If anyone has given up, it's the writers,\" she wrote.\n\n"
            "A letter in Wednesday's paper from a reader in Athlone, Breda Moynihan, said the "
            'column had "made my mother cry, and she is 91." The soap\'s lead actor, Dermot '
            'Keane, said he had not read it. "Life is too short for critics," he told RTÉ '
            "Radio 1."
        ),
        "quotes": [
            ("entertainment for people who have given up.", "Niamh Fitzgerald-Rowe", True, "P1"),
            ("fallen short of our standards on tone.", None, True, "P2"),
            (
                "I have watched every episode for twelve years. If anyone has given up, it's "
                "the writers,",
                "Niamh Fitzgerald-Rowe",
                False,
                "P3",
            ),
            ("made my mother cry, and she is 91.", "Breda Moynihan", True, "P4"),
            ("Life is too short for critics,", "Dermot Keane", False, "P5"),
        ],
        "posts": [
            ("P1", "Niamh Fitzgerald-Rowe", "The Irish Times"),
            ("P2", None, "The Irish Times"),
            ("P3", "Niamh Fitzgerald-Rowe", "Substack"),
            ("P4", "Breda Moynihan", "The Irish Times"),
            ("P5", "Dermot Keane", "RTÉ Radio 1"),
        ],
        "people": ["Niamh Fitzgerald-Rowe", "Breda Moynihan", "Dermot Keane"],
    },
    {
        "name": "royal-commentator-youtube-apology-court-release-aftenposten",
        "text": (
            "A Norwegian royal commentator with a large following on YouTube has apologised for "
            "repeating a false rumour that the country’s crown princess was unwell. Karl-Henrik "
            "Solberg, whose channel Kongehuset Daglig has 400,000 subscribers, said in a video on "
            "Thursday: “I got it wrong, I should have checked, and I am sorry.”\n\n"
            "The Royal Court had earlier issued a press release calling the claim “entirely "
            "without foundation” and asking the media to “show restraint.”\n\n"
            "The court’s communications chief, Ingrid Haugland, told the newspaper Aftenposten "
            "that the rumour had spread “faster than any correction could.” She said that the "
            "family had been “amused, more than anything.”\n\n"
            "Solberg, 61, was due to appear on the TV 2 talk show Lindmo on Saturday."
        ),
        "quotes": [
            (
                "I got it wrong, I should have checked, and I am sorry.",
                "Karl-Henrik Solberg",
                False,
                "P1",
            ),
            ("entirely without foundation", None, True, "P2"),
            ("show restraint.", None, True, "P2"),
            ("faster than any correction could.", "Ingrid Haugland", True, "P3"),
            ("amused, more than anything.", "Ingrid Haugland", True, "P3"),
        ],
        "posts": [
            ("P1", "Karl-Henrik Solberg", "YouTube"),
            ("P2", None, "press release"),
            ("P3", "Ingrid Haugland", "Aftenposten"),
        ],
        "people": ["Karl-Henrik Solberg", "Ingrid Haugland"],
    },
    {
        "name": "presenter-deepfake-ads-linkedin-meta-police-reply",
        "text": (
            "The consumer affairs presenter Deborah Nwosu-Clarke says she has found more than 200 "
            "fake online adverts using an AI-generated version of her face and voice to sell "
            'cryptocurrency. "It is my face, it is almost my voice, and it is absolutely not '
            'me," Nwosu-Clarke, 56, wrote on LinkedIn on Monday.\n\n'
            "In the post, she said one viewer had lost £40,000 after believing the presenter "
            'backed the scheme, calling it "the cruellest kind of theft." Meta, which owns '
            'Facebook and Instagram, said in a statement: "We remove these ads as soon as we '
            'identify them and are investing heavily in detection."\n\n'
            "At a news conference in Manchester on Tuesday, Detective Inspector Kwame Asante said "
            'the force had received "dozens" of complaints. "These criminals are using '
            'trusted faces because trusted faces work," he said.\n\n'
            "Under Nwosu-Clarke's post, the broadcaster Tom Hendry-Evans, who says he has been "
            'targeted too, wrote: "Same happened to me in March. The platforms move at a glacial '
            'pace."'
        ),
        "quotes": [
            (
                "It is my face, it is almost my voice, and it is absolutely not me,",
                "Deborah Nwosu-Clarke",
                False,
                "P1",
            ),
            ("the cruellest kind of theft.", "Deborah Nwosu-Clarke", True, "P1"),
            (
                "We remove these ads as soon as we identify them and are investing heavily in "
                "detection.",
                None,
                False,
                "P2",
            ),
            ("dozens", "Kwame Asante", True, None),
            (
                "These criminals are using trusted faces because trusted faces work,",
                "Kwame Asante",
                False,
                None,
            ),
            (
                "Same happened to me in March. The platforms move at a glacial pace.",
                "Tom Hendry-Evans",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Deborah Nwosu-Clarke", "LinkedIn"),
            ("P2", None, None),
        ],
        "people": ["Deborah Nwosu-Clarke", "Kwame Asante", "Tom Hendry-Evans"],
    },
    {
        "name": "festival-open-letter-le-monde-actress-instagram-lawyer",
        "text": (
            "More than 300 actors, directors and crew members have signed an open letter calling "
            "on the Festival de la Côte to drop a film by the director Lucien Marchetti, who is "
            "under investigation for harassment. “A festival that celebrates his work sends a "
            "message to every young actress on every set,” the letter says.\n\n"
            "The festival’s artistic director, Sophie Delacroix-N’Diaye, defended the selection in "
            "an interview with Le Monde published on Friday. “We programme films, not verdicts,” "
            "she said. “If the courts find against him, we will act.”\n\n"
            "Among the signatories was the actress Inès Benali, 27, who wrote on Instagram that "
            "she had signed “for the girl I was at 19.” Marchetti’s lawyer, Maître Bruno Falcone, "
            "said in a statement that his client “contests every allegation” and would “not be "
            "tried in the press.”"
        ),
        "quotes": [
            (
                "A festival that celebrates his work sends a message to every young actress on "
                "every set,",
                None,
                False,
                "P1",
            ),
            ("We programme films, not verdicts,", "Sophie Delacroix-N’Diaye", False, "P2"),
            (
                "If the courts find against him, we will act.",
                "Sophie Delacroix-N’Diaye",
                False,
                "P2",
            ),
            ("for the girl I was at 19.", "Inès Benali", True, "P3"),
            ("contests every allegation", "Bruno Falcone", True, "P4"),
            ("not be tried in the press.", "Bruno Falcone", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sophie Delacroix-N’Diaye", "Le Monde"),
            ("P3", "Inès Benali", "Instagram"),
            ("P4", "Bruno Falcone", None),
        ],
        "people": [
            "Lucien Marchetti",
            "Sophie Delacroix-N’Diaye",
            "Inès Benali",
            "Bruno Falcone",
        ],
    },
]
