"""The fifty-first self-made dev set, held out (BE): its first run is an unseen estimate.

Written with set BD, without reading the extraction rules, and committed before
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
- Honorifics, ranks and job titles (Dr., Professor, Sheriff's Sgt., U.S.
  District Judge, Provost) are not part of a canonical name.
- Quote text keeps the punctuation that stands inside the marks (a closing
  comma or full stop).
- A study published in a named journal is a post with the journal as platform
  and author None (a team of authors), and its quoted words speak as None. The
  university's news release about it is a separate press-release post, and the
  lead author's words "in a news release" have the lead author as speaker.
- An answer given to the reporter "by email" is the story's own reporting, like
  "said in an interview": not a post (unlike an email to staff).
- An email to staff "seen by" a named newspaper keeps platform None (seeing a
  document is not an interview).
- A podcast episode with a named show is a post by the guest, with the show as
  platform; the host's words on the same episode belong to that post.
- A radio or TV interview takes the show as platform when a show is named
  (BBC Radio 4's "Inside Health" -> Inside Health; CBC Radio's "As It Happens"
  -> As It Happens) and the station otherwise (Cadena SER, WISC-TV); a student
  newspaper or a foreign daily is an outlet like any other (The Carrow Clarion,
  Público).
- A newsletter sent through Substack is a Substack post by its writer; a
  quote from it that runs over two paragraphs is one quote per paragraph,
  and a later fragment "in the same newsletter" belongs to it.
- An Instagram story with "the words ..." and an Instagram photo with a
  one-word caption are Instagram posts, and the words given whole are not
  partial.
- An open letter signed by many people, some of them named, has author None and
  its words speak as None; the named signatories are listed in people.
- A reply under a Threads post belongs to that post, whether it comes from the
  post's author or from an organisation (which speaks as None).
- The author's own reply to a commenter under her TikTok video belongs to the
  video; a TikTok filmed by someone else "of his own" is a new post.
- A person posting "on Facebook himself" after a rescue team's Facebook post is
  a new post, not a comment under the team's post; his daughter's comment
  "under his post" belongs to his post.
- A statement by a named person ("board chair ... said in a statement",
  "tournament director ... said in a statement") is that person's post with no
  platform; a statement by a club, hospital, board, agency or company has
  author None, and a manager quoted in a statement "released by the club" is
  the speaker of his words.
- A video on an organisation's YouTube channel is a YouTube post with author
  None; the curator speaking in it is the speaker of his words.
- A notice on a company's own website is a statement (author None, no
  platform); the company's Facebook post is a Facebook post with author None.
- A report "released by the university" has author None and no platform, and
  the university's statement is a separate post.
- Posts that are described but not quoted are still listed (a lawsuit, a
  statement, a forum post on PubPeer with platform PubPeer).
- A Reddit thread by an unnamed user is a post with author None and platform
  Reddit.
- Sharing an essay on X with one's own words is a new X post by the sharer.
- A sentence split by its attribution ("...," the letter said, "and not ...")
  gives two quotes, both partial False.
- Words said at a prize ceremony, a training camp, outside a restaurant,
  outside a hospital or at a news conference have post None.
- Animals' names (a panda) are not people, and an unnamed relative ("her
  husband", "her late mother") is not listed.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BE: list[dict] = [
    {
        "name": "maternity-closure-email-to-staff",
        "text": (
            "Harrowgate General Hospital will close its maternity unit overnight from March, "
            "its chief executive told staff in an email on Tuesday, blaming a shortage of "
            "midwives.\n\n"
            "“This is not a decision any of us wanted to make,” Dr. Fiona Achterberg wrote in "
            "the email, which was seen by The Northern Echo. “But I will not run a ward I "
            "cannot staff safely.”\n\n"
            "The Royal College of Midwives said in a statement that women in labour would have "
            "to travel up to 40 miles at night. “Families in this valley deserve better than a "
            "dark ward and a long drive,” the statement said.\n\n"
            "At a packed meeting in the hospital canteen on Wednesday, Tendai Moyo, a midwife "
            "on the night team, said she had learned of the closure from her phone. “We read "
            "about our own jobs in our inboxes,” the 34-year-old said."
        ),
        "quotes": [
            ("This is not a decision any of us wanted to make,", "Fiona Achterberg", False, "P1"),
            ("But I will not run a ward I cannot staff safely.", "Fiona Achterberg", False, "P1"),
            (
                "Families in this valley deserve better than a dark ward and a long drive,",
                None,
                False,
                "P2",
            ),
            ("We read about our own jobs in our inboxes,", "Tendai Moyo", False, None),
        ],
        "posts": [("P1", "Fiona Achterberg", None), ("P2", None, None)],
        "people": ["Fiona Achterberg", "Tendai Moyo"],
    },
    {
        "name": "gout-drug-study-release-and-radio",
        "text": (
            "An inexpensive gout drug slowed the loss of kidney function in people with type 2 "
            "diabetes, according to a study by researchers at the University of Leeds published "
            "Wednesday in The Lancet. The paper says the drug “merits a larger and longer "
            "trial.”\n\n"
            "“We did not expect an 80-year-old medicine to do this,” the study’s lead author, "
            "Dr. Kwabena Asante, said in a news release from the university. “It is cheap, it "
            "is everywhere, and it may matter.”\n\n"
            "The release said the trial followed 2,400 patients in 11 countries for three "
            "years.\n\n"
            "Asante sounded more cautious on BBC Radio 4’s “Inside Health” on Thursday. "
            "“Nobody should ask their GP for allopurinol tomorrow,” he told the programme. "
            "Later in the same interview, he called the findings “a strong signal, not a "
            "prescription.”\n\n"
            "Ingrid Solberg, a nephrologist at the Karolinska Institute who was not involved in "
            "the work, said by email that the effect was “modest but real.”"
        ),
        "quotes": [
            ("merits a larger and longer trial.", None, True, "P1"),
            (
                "We did not expect an 80-year-old medicine to do this,",
                "Kwabena Asante",
                False,
                "P2",
            ),
            ("It is cheap, it is everywhere, and it may matter.", "Kwabena Asante", False, "P2"),
            (
                "Nobody should ask their GP for allopurinol tomorrow,",
                "Kwabena Asante",
                False,
                "P3",
            ),
            ("a strong signal, not a prescription.", "Kwabena Asante", True, "P3"),
            ("modest but real.", "Ingrid Solberg", True, None),
        ],
        "posts": [
            ("P1", None, "The Lancet"),
            ("P2", None, "press release"),
            ("P3", "Kwabena Asante", "Inside Health"),
        ],
        "people": ["Kwabena Asante", "Ingrid Solberg"],
    },
    {
        "name": "striker-signing-club-statement-and-comments",
        "text": (
            "Westbury Rovers completed the signing of Brazilian striker Thiago Nascimento from "
            "Sporting Almara on Friday for a club-record fee of £38 million.\n\n"
            "“Thiago is the kind of forward this club has been chasing for a decade,” manager "
            "Alan Grieve said in a statement released by the club. The statement added that the "
            "24-year-old had signed a five-year contract.\n\n"
            "Nascimento posted a photo of himself in the blue shirt on Instagram hours later. "
            "“New home, same hunger,” he wrote. Among the comments under the post was one from "
            "Westbury captain Lewis Okafor: “Welcome, brother. Now go score.”\n\n"
            "His agent, Renata Villaça, told Sky Sports News that talks had almost collapsed "
            "twice. “There were nights I thought we had lost it,” she said.\n\n"
            "Sporting Almara said goodbye on X with a short video. “Obrigado, Thiago. You will "
            "always be one of us,” the club wrote."
        ),
        "quotes": [
            (
                "Thiago is the kind of forward this club has been chasing for a decade,",
                "Alan Grieve",
                False,
                "P1",
            ),
            ("New home, same hunger,", "Thiago Nascimento", False, "P2"),
            ("Welcome, brother. Now go score.", "Lewis Okafor", False, "P2"),
            ("There were nights I thought we had lost it,", "Renata Villaça", False, "P3"),
            ("Obrigado, Thiago. You will always be one of us,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Thiago Nascimento", "Instagram"),
            ("P3", "Renata Villaça", "Sky Sports News"),
            ("P4", None, "X"),
        ],
        "people": ["Thiago Nascimento", "Alan Grieve", "Lewis Okafor", "Renata Villaça"],
    },
    {
        "name": "bakery-tiktok-replies-and-daily",
        "text": (
            "A TikTok video posted by the owner of a tiny Lisbon bakery, filmed at 4 a.m. as "
            "she worked, has been viewed more than 11 million times, and the queue now starts "
            "before she unlocks the door.\n\n"
            "In the clip, Beatriz Quaresma, 52, folds pastry dough while explaining why she "
            "refuses to open a second shop. “If I am not here, it is not my bakery,” she says in "
            "the video. “It is just a bakery.”\n\n"
            "Thousands replied. “Protect this woman at all costs,” one user wrote under the "
            "video. Another commented simply: “Booking my flight.”\n\n"
            "Food creator Marcus Lindqvist posted a TikTok of his own from the queue, filming "
            "the crowd stretching around the block. “Worth every minute,” he said in the video, "
            "holding up a box of six.\n\n"
            "Quaresma told the Portuguese daily Público that she had hired two students to "
            "help. “My hands are tired, but my heart is full,” she said."
        ),
        "quotes": [
            ("If I am not here, it is not my bakery,", "Beatriz Quaresma", False, "P1"),
            ("It is just a bakery.", "Beatriz Quaresma", False, "P1"),
            ("Protect this woman at all costs,", None, False, "P1"),
            ("Booking my flight.", None, False, "P1"),
            ("Worth every minute,", "Marcus Lindqvist", False, "P2"),
            ("My hands are tired, but my heart is full,", "Beatriz Quaresma", False, "P3"),
        ],
        "posts": [
            ("P1", "Beatriz Quaresma", "TikTok"),
            ("P2", "Marcus Lindqvist", "TikTok"),
            ("P3", "Beatriz Quaresma", "Público"),
        ],
        "people": ["Beatriz Quaresma", "Marcus Lindqvist"],
    },
    {
        "name": "hardware-chain-linkedin-farewell",
        "text": (
            "A post on LinkedIn announcing the closure of a 60-year-old family hardware chain "
            "has drawn more than 40,000 reactions since it went up on Sunday.\n\n"
            "“My grandfather opened our first store with a loan from his brother and a shelf of "
            "paint,” wrote Daniel Oyelaran-Price, the third-generation owner of Price & Sons "
            "Hardware. “On Saturday I will lock the last door.”\n\n"
            "In the post, the 47-year-old blamed rising rents and online competition, calling "
            "the chain “too small to win and too stubborn to sell.”\n\n"
            "Under the post, former employee Grace Nwachukwu wrote: “Best boss I ever had. "
            "Thank you for every Christmas bonus you couldn’t afford.”\n\n"
            "Oyelaran-Price returned to the platform on Tuesday in a second post, saying he had "
            "been overwhelmed by job offers for his 38 staff. “Keep them coming,” he wrote. "
            "“These people can fix anything.”\n\n"
            "At the flagship store in Leicester on Wednesday, he was more subdued. “It’s a "
            "strange thing, grieving a shop,” he said."
        ),
        "quotes": [
            (
                "My grandfather opened our first store with a loan from his brother and a "
                "shelf of paint,",
                "Daniel Oyelaran-Price",
                False,
                "P1",
            ),
            ("On Saturday I will lock the last door.", "Daniel Oyelaran-Price", False, "P1"),
            (
                "too small to win and too stubborn to sell.",
                "Daniel Oyelaran-Price",
                True,
                "P1",
            ),
            (
                "Best boss I ever had. Thank you for every Christmas bonus you couldn’t afford.",
                "Grace Nwachukwu",
                False,
                "P1",
            ),
            ("Keep them coming,", "Daniel Oyelaran-Price", False, "P2"),
            ("These people can fix anything.", "Daniel Oyelaran-Price", False, "P2"),
            ("It’s a strange thing, grieving a shop,", "Daniel Oyelaran-Price", False, None),
        ],
        "posts": [
            ("P1", "Daniel Oyelaran-Price", "LinkedIn"),
            ("P2", "Daniel Oyelaran-Price", "LinkedIn"),
        ],
        "people": ["Daniel Oyelaran-Price", "Grace Nwachukwu"],
    },
    {
        "name": "novelist-threads-bookshop-reply",
        "text": (
            "Novelist Hana Kobayashi-Reyes has accused an independent bookshop of cancelling her "
            "launch event over her politics.\n\n"
            "“Three days’ notice, no reason given, 200 tickets sold,” Kobayashi-Reyes wrote on "
            "Threads on Monday. “I guess opinions cost extra now.”\n\n"
            "The shop, Lantern Books in Bristol, replied under her post that the event had been "
            "moved, not cancelled, because of a burst pipe. “We’d love to host you on the 14th "
            "instead,” the shop wrote.\n\n"
            "Kobayashi-Reyes, whose second novel, “The Orchard Keeper’s Daughter,” came out last "
            "week, was unconvinced. “A pipe with excellent timing,” she wrote in a reply beneath "
            "the shop’s.\n\n"
            "Her publisher, Halyard Press, said in a statement that it was “working with the "
            "shop to find a new date.” Lantern’s owner, Tom Abernethy, did not respond to a "
            "request for comment."
        ),
        "quotes": [
            (
                "Three days’ notice, no reason given, 200 tickets sold,",
                "Hana Kobayashi-Reyes",
                False,
                "P1",
            ),
            ("I guess opinions cost extra now.", "Hana Kobayashi-Reyes", False, "P1"),
            ("We’d love to host you on the 14th instead,", None, False, "P1"),
            ("A pipe with excellent timing,", "Hana Kobayashi-Reyes", False, "P1"),
            ("working with the shop to find a new date.", None, True, "P2"),
        ],
        "posts": [("P1", "Hana Kobayashi-Reyes", "Threads"), ("P2", None, None)],
        "people": ["Hana Kobayashi-Reyes", "Tom Abernethy"],
    },
    {
        "name": "chef-substack-newsletter-two-paragraphs",
        "text": (
            "The chef Olumide Bankole-Hart will close Ember, his 40-seat restaurant in Glasgow, "
            "at the end of the month, he told readers of his Substack newsletter on "
            "Thursday.\n\n"
            "“I have cooked through a pandemic, a flood and two landlords. What I cannot cook "
            "through is a 30 percent rise in the price of everything that goes into a pan.\n\n"
            "“So this is goodbye, at least for now,” he wrote.\n\n"
            "In the same newsletter, he thanked his staff by name and said the restaurant’s "
            "final service would be “a party, not a funeral.”\n\n"
            "Outside the restaurant on Friday, the 39-year-old was asked whether he would open "
            "again. “Ask me in a year,” he said, laughing. His partner, Siobhan Kerrigan, who "
            "runs front of house, said bookings for the last week had sold out in an hour."
        ),
        "quotes": [
            (
                "I have cooked through a pandemic, a flood and two landlords. What I cannot cook "
                "through is a 30 percent rise in the price of everything that goes into a pan.",
                "Olumide Bankole-Hart",
                False,
                "P1",
            ),
            ("So this is goodbye, at least for now,", "Olumide Bankole-Hart", False, "P1"),
            ("a party, not a funeral.", "Olumide Bankole-Hart", True, "P1"),
            ("Ask me in a year,", "Olumide Bankole-Hart", False, None),
        ],
        "posts": [("P1", "Olumide Bankole-Hart", "Substack")],
        "people": ["Olumide Bankole-Hart", "Siobhan Kerrigan"],
    },
    {
        "name": "surgeon-magazine-essay-and-husband-on-x",
        "text": (
            "A surgeon at St. Columba’s Hospital in Boston has described operating on four hours "
            "of sleep in an essay for The Atlantic that has spread quickly among doctors "
            "online.\n\n"
            "“By the third case of the night, I was not a surgeon anymore,” wrote Dr. Rahel "
            "Tesfaye, a transplant surgeon. “I was a pair of hands that happened to be attached "
            "to me.”\n\n"
            "In the essay, Tesfaye, 44, called the hospital’s overnight staffing “a bet placed "
            "with other people’s lives” and urged residents to report unsafe shifts.\n\n"
            "The hospital said in a statement on Monday that it was “reviewing the concerns "
            "raised” and that patient safety was its first priority.\n\n"
            "Tesfaye’s husband, the anesthesiologist Jonah Weiss, shared the essay on X. “Proud "
            "doesn’t cover it,” he wrote. Asked on Tuesday whether she feared being disciplined, "
            "Tesfaye told reporters outside the hospital: “I feared staying quiet more.”"
        ),
        "quotes": [
            (
                "By the third case of the night, I was not a surgeon anymore,",
                "Rahel Tesfaye",
                False,
                "P1",
            ),
            (
                "I was a pair of hands that happened to be attached to me.",
                "Rahel Tesfaye",
                False,
                "P1",
            ),
            ("a bet placed with other people’s lives", "Rahel Tesfaye", True, "P1"),
            ("reviewing the concerns raised", None, True, "P2"),
            ("Proud doesn’t cover it,", "Jonah Weiss", False, "P3"),
            ("I feared staying quiet more.", "Rahel Tesfaye", False, None),
        ],
        "posts": [
            ("P1", "Rahel Tesfaye", "The Atlantic"),
            ("P2", None, None),
            ("P3", "Jonah Weiss", "X"),
        ],
        "people": ["Rahel Tesfaye", "Jonah Weiss"],
    },
    {
        "name": "marathoner-podcast-guest-and-host",
        "text": (
            "Kenyan marathoner Faith Chepkoech says a stress fracture in her left foot will keep "
            "her out of the London Marathon, ending her hopes of defending her title.\n\n"
            "The 29-year-old broke the news on the latest episode of “The Long Run,” a running "
            "podcast hosted by the former Olympian Gareth Pryce. “I heard it crack at kilometre "
            "30 of a training run and I still finished the session,” she told Pryce. “That was "
            "stupid. Please nobody copy me.”\n\n"
            "Pryce asked whether she had considered racing through it. “You’d have been the "
            "first to tell me not to,” she replied, and the host laughed: “Guilty.”\n\n"
            "Chepkoech had hinted at the injury a week earlier with an Instagram story showing "
            "her foot in a boot, captioned “Patience.”\n\n"
            "Her physiotherapist, Johan Vermeulen, said at a training camp in Iten on Wednesday "
            "that she should race again by summer. “The bone is healing faster than the "
            "athlete’s patience,” he said."
        ),
        "quotes": [
            (
                "I heard it crack at kilometre 30 of a training run and I still finished the "
                "session,",
                "Faith Chepkoech",
                False,
                "P1",
            ),
            ("That was stupid. Please nobody copy me.", "Faith Chepkoech", False, "P1"),
            ("You’d have been the first to tell me not to,", "Faith Chepkoech", False, "P1"),
            ("Guilty.", "Gareth Pryce", False, "P1"),
            ("Patience.", "Faith Chepkoech", False, "P2"),
            (
                "The bone is healing faster than the athlete’s patience,",
                "Johan Vermeulen",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Faith Chepkoech", "The Long Run"),
            ("P2", "Faith Chepkoech", "Instagram"),
        ],
        "people": ["Faith Chepkoech", "Gareth Pryce", "Johan Vermeulen"],
    },
    {
        "name": "theatre-open-letter-touring-grants",
        "text": (
            "More than 300 theatre workers, including the playwrights Amara Okonjo-Bell and "
            "Declan Furlong and the director Sunita Varma, have signed an open letter urging the "
            "National Arts Board to reverse cuts to touring grants.\n\n"
            "“Touring is how a child in a market town sees her first play,” the letter says. "
            "“Cut it, and you cut the next generation of audiences before they have bought a "
            "ticket.”\n\n"
            "The letter calls the cuts “a slow closing of the regional stage” and asks for a "
            "meeting with the board’s chair, Patrick Mullane.\n\n"
            "The board said in a statement that its own budget had been reduced by 14% and that "
            "“difficult choices were unavoidable.”\n\n"
            "Varma, whose touring production of “Mother Courage” visited 22 towns last year, "
            "told BBC Radio Ulster’s “Evening Extra” that the letter was only a start. “We are "
            "polite people,” she said. “We will not stay polite for long.”"
        ),
        "quotes": [
            ("Touring is how a child in a market town sees her first play,", None, False, "P1"),
            (
                "Cut it, and you cut the next generation of audiences before they have bought a "
                "ticket.",
                None,
                False,
                "P1",
            ),
            ("a slow closing of the regional stage", None, True, "P1"),
            ("difficult choices were unavoidable.", None, True, "P2"),
            ("We are polite people,", "Sunita Varma", False, "P3"),
            ("We will not stay polite for long.", "Sunita Varma", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Sunita Varma", "Evening Extra"),
        ],
        "people": ["Amara Okonjo-Bell", "Declan Furlong", "Sunita Varma", "Patrick Mullane"],
    },
    {
        "name": "wolf-cull-judge-order",
        "text": (
            "A federal judge on Friday temporarily blocked a state plan to kill up to 60 wolves "
            "near the edge of a national park, siding with a coalition of conservation "
            "groups.\n\n"
            "In a 19-page order, U.S. District Judge Marisol Etxeberria wrote that the state had "
            "“not seriously considered” the effect on packs that spend most of the year inside "
            "the park. “Once a pack is gone, no later ruling can bring it back,” the judge "
            "wrote.\n\n"
            "The coalition’s lawsuit, filed in March, argued that the state had ignored its own "
            "biologists. “This order buys the wolves a season,” said Kerry-Ann Duval, a lawyer "
            "for the group Northern Rockies Wild, at a news conference in Bozeman.\n\n"
            "The state Department of Fish and Wildlife said in a statement that it would "
            "appeal.\n\n"
            "Rancher Wes Holloway, who testified at an earlier hearing that wolves had killed 14 "
            "of his calves, was blunt. “The judge doesn’t lose a calf,” he told reporters."
        ),
        "quotes": [
            ("not seriously considered", "Marisol Etxeberria", True, "P1"),
            (
                "Once a pack is gone, no later ruling can bring it back,",
                "Marisol Etxeberria",
                False,
                "P1",
            ),
            ("This order buys the wolves a season,", "Kerry-Ann Duval", False, None),
            ("The judge doesn’t lose a calf,", "Wes Holloway", False, None),
        ],
        "posts": [
            ("P1", "Marisol Etxeberria", None),
            ("P2", None, None),
            ("P3", None, None),
        ],
        "people": ["Marisol Etxeberria", "Kerry-Ann Duval", "Wes Holloway"],
    },
    {
        "name": "zoo-panda-cub-news-conference",
        "text": (
            "The two giant pandas that arrived at the Calder Valley Zoo in May have produced the "
            "zoo’s first cub, officials said at a news conference on Monday.\n\n"
            "“We have been quietly losing our minds since Saturday night,” said Dr. Ana Lucía "
            "Ferreyra, the zoo’s head veterinarian. “Mother and baby are both doing "
            "beautifully.”\n\n"
            "The cub, which weighs about 150 grams, will not be named for 100 days under a "
            "tradition agreed with its Chinese breeding centre. Keepers have already nicknamed "
            "it “Peanut.”\n\n"
            "The zoo’s director, Raymond Osei, said visitors would not see the cub until the new "
            "year. “Mei Lan is a first-time mother, and first-time mothers get privacy,” he told "
            "reporters, adding that the panda house would have “shorter hours, not no hours.”"
        ),
        "quotes": [
            (
                "We have been quietly losing our minds since Saturday night,",
                "Ana Lucía Ferreyra",
                False,
                None,
            ),
            ("Mother and baby are both doing beautifully.", "Ana Lucía Ferreyra", False, None),
            (
                "Mei Lan is a first-time mother, and first-time mothers get privacy,",
                "Raymond Osei",
                False,
                None,
            ),
            ("shorter hours, not no hours.", "Raymond Osei", True, None),
        ],
        "posts": [],
        "people": ["Ana Lucía Ferreyra", "Raymond Osei"],
    },
    {
        "name": "hospital-ransomware-release-and-facebook-thread",
        "text": (
            "Riverside Regional Medical Center said Tuesday that a ransomware attack had forced "
            "it to divert ambulances to other hospitals for a third day.\n\n"
            "“Our clinicians are caring for every patient in our building, on paper if they "
            "have to,” chief executive Marcus Delacroix-Webb said in a news release. The release "
            "said there was no evidence that patient records had been taken.\n\n"
            "Patients told a different story on Facebook. Loretta Simms, whose husband is "
            "waiting for chemotherapy, wrote in a post that the couple had been sent home twice. "
            "“Nobody can tell us when his next treatment is,” she wrote.\n\n"
            "Dozens commented beneath it. “Same for my mom. Two days, no answers,” wrote one. A "
            "nurse at the hospital, Kiran Bhattacharya, replied in the same thread: “We are "
            "doing everything we can with pens and whiteboards. I’m so sorry.”\n\n"
            "The FBI said in a statement that it was aware of the incident. At a briefing on "
            "Wednesday, Delacroix-Webb apologised. “I would be angry too,” he said."
        ),
        "quotes": [
            (
                "Our clinicians are caring for every patient in our building, on paper if they "
                "have to,",
                "Marcus Delacroix-Webb",
                False,
                "P1",
            ),
            ("Nobody can tell us when his next treatment is,", "Loretta Simms", False, "P2"),
            ("Same for my mom. Two days, no answers,", None, False, "P2"),
            (
                "We are doing everything we can with pens and whiteboards. I’m so sorry.",
                "Kiran Bhattacharya",
                False,
                "P2",
            ),
            ("I would be angry too,", "Marcus Delacroix-Webb", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Loretta Simms", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Marcus Delacroix-Webb", "Loretta Simms", "Kiran Bhattacharya"],
    },
    {
        "name": "university-president-resignation-letter",
        "text": (
            "The president of Carrow University, Dr. Helena Marsh-Oduya, resigned on Thursday, "
            "two weeks after the faculty senate voted no confidence in her handling of a $40 "
            "million budget shortfall.\n\n"
            "In a letter to the board of trustees, Marsh-Oduya, 61, wrote that she had “become "
            "the story rather than the steward.” “The university deserves a leader who can "
            "spend every hour on its future,” the letter said, “and not on defending its "
            "past.”\n\n"
            "Board chair Victor Alvarenga said in a statement that the board had accepted the "
            "resignation “with gratitude and regret.”\n\n"
            "Professor Nkechi Umeh, who chairs the faculty senate, told the student newspaper, "
            "The Carrow Clarion, that she took no pleasure in the outcome. “This was never "
            "personal,” Umeh said. “It was arithmetic.”\n\n"
            "Provost Samuel Ferro will serve as interim president."
        ),
        "quotes": [
            ("become the story rather than the steward.", "Helena Marsh-Oduya", True, "P1"),
            (
                "The university deserves a leader who can spend every hour on its future,",
                "Helena Marsh-Oduya",
                False,
                "P1",
            ),
            ("and not on defending its past.", "Helena Marsh-Oduya", False, "P1"),
            ("with gratitude and regret.", "Victor Alvarenga", True, "P2"),
            ("This was never personal,", "Nkechi Umeh", False, "P3"),
            ("It was arithmetic.", "Nkechi Umeh", False, "P3"),
        ],
        "posts": [
            ("P1", "Helena Marsh-Oduya", None),
            ("P2", "Victor Alvarenga", None),
            ("P3", "Nkechi Umeh", "The Carrow Clarion"),
        ],
        "people": ["Helena Marsh-Oduya", "Victor Alvarenga", "Nkechi Umeh", "Samuel Ferro"],
    },
    {
        "name": "tennis-withdrawal-straight-quotes",
        "text": (
            "Top seed Elif Demirci withdrew from the Rhine Valley Open on Tuesday with a torn "
            "abdominal muscle, less than two weeks before Wimbledon.\n\n"
            '"I felt it on the second serve at 4-all and I knew," the 23-year-old told '
            'reporters at the tournament. "I am not going to risk the whole summer for one '
            'match."\n\n'
            "Demirci later posted an Instagram story of an MRI scan with the words "
            '"See you on grass. Hopefully."\n\n'
            "Tournament director Klaus Reinhardt said in a statement that the event was "
            '"devastated for Elif and for our fans." Her coach, Pablo Iturbe, told the Spanish '
            'radio station Cadena SER that the tear was "small but in the worst place."\n\n'
            "Demirci's replacement in the draw, the lucky loser Mia Hartikainen, posted on X: "
            '"Not how I wanted to get in, but I\'ll take it. Get well soon Elif."'
        ),
        "quotes": [
            (
                "I felt it on the second serve at 4-all and I knew,",
                "Elif Demirci",
                False,
                None,
            ),
            (
                "I am not going to risk the whole summer for one match.",
                "Elif Demirci",
                False,
                None,
            ),
            ("See you on grass. Hopefully.", "Elif Demirci", False, "P1"),
            ("devastated for Elif and for our fans.", "Klaus Reinhardt", True, "P2"),
            ("small but in the worst place.", "Pablo Iturbe", True, "P3"),
            (
                "Not how I wanted to get in, but I'll take it. Get well soon Elif.",
                "Mia Hartikainen",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Elif Demirci", "Instagram"),
            ("P2", "Klaus Reinhardt", None),
            ("P3", "Pablo Iturbe", "Cadena SER"),
            ("P4", "Mia Hartikainen", "X"),
        ],
        "people": ["Elif Demirci", "Klaus Reinhardt", "Pablo Iturbe", "Mia Hartikainen"],
    },
    {
        "name": "museum-youtube-attribution-and-medium-rebuttal",
        "text": (
            "A small portrait that hung for decades in a corridor of the Ashcombe Museum of Art "
            "has been attributed to the 17th-century Dutch painter Geertruyd Halsema, the museum "
            "announced in a video on its YouTube channel on Wednesday.\n\n"
            "“We walked past her every day for thirty years,” the museum’s curator of European "
            "painting, Dr. Oren Castellanos, says in the video. “She was waiting for someone to "
            "look.”\n\n"
            "Castellanos told CBC Radio’s “As It Happens” that infrared scans had revealed "
            "Halsema’s monogram under a later layer of varnish. “When the monogram appeared on "
            "the screen, the whole room went silent,” he said.\n\n"
            "Not everyone is convinced. In an essay on Medium, the art historian Wilhelmina de "
            "Groot argued that the monogram could have been added by a dealer. “A signature is a "
            "claim, not a proof,” she wrote, calling the museum’s announcement “premature to the "
            "point of marketing.”\n\n"
            "The painting, titled “Girl with a Lute,” goes on display in the main gallery next "
            "month."
        ),
        "quotes": [
            ("We walked past her every day for thirty years,", "Oren Castellanos", False, "P1"),
            ("She was waiting for someone to look.", "Oren Castellanos", False, "P1"),
            (
                "When the monogram appeared on the screen, the whole room went silent,",
                "Oren Castellanos",
                False,
                "P2",
            ),
            ("A signature is a claim, not a proof,", "Wilhelmina de Groot", False, "P3"),
            ("premature to the point of marketing.", "Wilhelmina de Groot", True, "P3"),
        ],
        "posts": [
            ("P1", None, "YouTube"),
            ("P2", "Oren Castellanos", "As It Happens"),
            ("P3", "Wilhelmina de Groot", "Medium"),
        ],
        "people": ["Geertruyd Halsema", "Oren Castellanos", "Wilhelmina de Groot"],
    },
    {
        "name": "lost-hiker-facebook-and-daughter-comment",
        "text": (
            "A 68-year-old hiker who spent two nights lost in the Sierra Nevada was found alive "
            "on Sunday, the Sierra Crest Search and Rescue team said in a post on Facebook.\n\n"
            "“Our subject was cold, hungry and in remarkably good spirits,” the team wrote, "
            "thanking the 40 volunteers who took part in the search.\n\n"
            "The hiker, Bernard Kowalczyk of Sacramento, posted on Facebook himself two days "
            "later from his hospital bed. “I made every mistake in the book except the last "
            "one: I stayed put,” he wrote.\n\n"
            "His daughter, Agnieszka Kowalczyk-Lund, commented under his post: “You are "
            "grounded, Dad. Forever.”\n\n"
            "Sheriff’s Sgt. Denise Yamamoto told reporters that Kowalczyk had done the right "
            "thing by staying near a creek. “Hikers who stay put get found,” she said. “Hikers "
            "who wander make our job very hard.”"
        ),
        "quotes": [
            ("Our subject was cold, hungry and in remarkably good spirits,", None, False, "P1"),
            (
                "I made every mistake in the book except the last one: I stayed put,",
                "Bernard Kowalczyk",
                False,
                "P2",
            ),
            ("You are grounded, Dad. Forever.", "Agnieszka Kowalczyk-Lund", False, "P2"),
            ("Hikers who stay put get found,", "Denise Yamamoto", False, None),
            ("Hikers who wander make our job very hard.", "Denise Yamamoto", False, None),
        ],
        "posts": [("P1", None, "Facebook"), ("P2", "Bernard Kowalczyk", "Facebook")],
        "people": ["Bernard Kowalczyk", "Agnieszka Kowalczyk-Lund", "Denise Yamamoto"],
    },
    {
        "name": "fiction-prize-speech-instagram-weekend-edition",
        "text": (
            "The Nigerian novelist Chidera Anyanwu won the Harwell Prize for Fiction on Tuesday "
            "night for “The House on Abeokuta Road,” a family saga she wrote over eleven "
            "years.\n\n"
            "Accepting the £50,000 award at a ceremony in London, Anyanwu, 38, dedicated it to "
            "her late mother. “She read every draft and hated the first four,” she told the "
            "audience. “She was right every time.”\n\n"
            "In his speech at the ceremony, the chair of the judges, the critic Malcolm Thwaite, "
            "called the book “a cathedral built out of kitchen conversations.”\n\n"
            "On Wednesday, Anyanwu posted a photo of the trophy on Instagram beside a plate of "
            "jollof rice. “Priorities,” she wrote.\n\n"
            "In an interview on NPR’s “Weekend Edition,” she said she had nearly abandoned the "
            "novel in 2019. “I put it in a drawer for a year,” Anyanwu told host Daniel "
            "Ferreira. “The drawer gave it back to me.”"
        ),
        "quotes": [
            ("She read every draft and hated the first four,", "Chidera Anyanwu", False, None),
            ("She was right every time.", "Chidera Anyanwu", False, None),
            ("a cathedral built out of kitchen conversations.", "Malcolm Thwaite", True, None),
            ("Priorities,", "Chidera Anyanwu", False, "P1"),
            ("I put it in a drawer for a year,", "Chidera Anyanwu", False, "P2"),
            ("The drawer gave it back to me.", "Chidera Anyanwu", False, "P2"),
        ],
        "posts": [
            ("P1", "Chidera Anyanwu", "Instagram"),
            ("P2", "Chidera Anyanwu", "Weekend Edition"),
        ],
        "people": ["Chidera Anyanwu", "Malcolm Thwaite", "Daniel Ferreira"],
    },
    {
        "name": "lab-misconduct-report-lawsuit-straight-quotes",
        "text": (
            "An investigation by Halvorsen University has found that a prominent cancer "
            "biologist manipulated images in at least nine published papers, according to a "
            "report released by the university on Monday.\n\n"
            "The 112-page report says Professor Arjun Venkataraman's lab showed "
            '"a pattern of image duplication that cannot be explained by error." The university '
            "said in a statement that it had begun the process of dismissing him.\n\n"
            "Venkataraman, 57, has denied wrongdoing. In a lawsuit he filed against the "
            'university last month, he calls the inquiry "a predetermined verdict dressed up as '
            'a process." His lawyer, Miriam Castellano, told The Chronicle of Higher Education '
            'that her client would "clear his name in a courtroom, not a committee room."\n\n'
            "Elisabeth Brandvold, the microbiologist who first flagged the images in a post on "
            'the PubPeer forum in 2021, said on Monday that she felt "relief, and a kind of '
            'tiredness." "It should not take four years," she said.'
        ),
        "quotes": [
            (
                "a pattern of image duplication that cannot be explained by error.",
                None,
                True,
                "P1",
            ),
            (
                "a predetermined verdict dressed up as a process.",
                "Arjun Venkataraman",
                True,
                "P3",
            ),
            (
                "clear his name in a courtroom, not a committee room.",
                "Miriam Castellano",
                True,
                "P4",
            ),
            ("relief, and a kind of tiredness.", "Elisabeth Brandvold", True, None),
            ("It should not take four years,", "Elisabeth Brandvold", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Arjun Venkataraman", None),
            ("P4", "Miriam Castellano", "The Chronicle of Higher Education"),
            ("P5", "Elisabeth Brandvold", "PubPeer"),
        ],
        "people": ["Arjun Venkataraman", "Miriam Castellano", "Elisabeth Brandvold"],
    },
    {
        "name": "dog-food-recall-reddit-tiktok-tv",
        "text": (
            "A family-owned pet food maker in Wisconsin has recalled three batches of its "
            "grain-free dog kibble after veterinarians linked it to vitamin D poisoning in at "
            "least 14 dogs.\n\n"
            "Badger Valley Pet Foods announced the recall in a notice on its website on "
            "Thursday. “We are heartbroken, and we are sorry,” the notice said, urging owners to "
            "check the lot numbers printed on each bag.\n\n"
            "The problem first surfaced in a Reddit thread last week, in which an owner "
            "described a terrier that had stopped eating. “Three vets, two thousand dollars, "
            "and it was the food the whole time,” the user wrote. Dozens of replies followed "
            "from owners reporting similar symptoms.\n\n"
            "Dr. Priya Raghunathan, a veterinarian in Madison, posted a TikTok video explaining "
            "the symptoms that has been watched 2.3 million times. “Excessive thirst, vomiting, "
            "weakness. If your dog has those and eats this brand, call your vet today,” she says "
            "in the video. Replying to a commenter who asked about cats, she wrote: “Only the "
            "dog formula is recalled.”\n\n"
            "In a Facebook post on Friday, the company added: “Every bag will be refunded, "
            "opened or not.” Its founder, Gunnar Lindahl, told WISC-TV that a vitamin premix had "
            "come from a new supplier. “I’ve been making dog food for 31 years,” the 66-year-old "
            "said. “I’ve never felt worse about a bag of it.”"
        ),
        "quotes": [
            ("We are heartbroken, and we are sorry,", None, False, "P1"),
            (
                "Three vets, two thousand dollars, and it was the food the whole time,",
                None,
                False,
                "P2",
            ),
            (
                "Excessive thirst, vomiting, weakness. If your dog has those and eats this "
                "brand, call your vet today,",
                "Priya Raghunathan",
                False,
                "P3",
            ),
            ("Only the dog formula is recalled.", "Priya Raghunathan", False, "P3"),
            ("Every bag will be refunded, opened or not.", None, False, "P4"),
            ("I’ve been making dog food for 31 years,", "Gunnar Lindahl", False, "P5"),
            ("I’ve never felt worse about a bag of it.", "Gunnar Lindahl", False, "P5"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "Reddit"),
            ("P3", "Priya Raghunathan", "TikTok"),
            ("P4", None, "Facebook"),
            ("P5", "Gunnar Lindahl", "WISC-TV"),
        ],
        "people": ["Priya Raghunathan", "Gunnar Lindahl"],
    },
]
