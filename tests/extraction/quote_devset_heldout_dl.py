"""The one-hundred-and-tenth self-made dev set, held out (DL): its first run is an unseen estimate.

Written with set DM, without reading the extraction rules, and committed before
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
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words (a statement or press release only
  mentioned) is still listed in posts.
- people lists every named person in the text, whether or not they speak
  (Councillor Nathan Delacroix, the lawyer Bill Marchetti); companies named
  after a family (Kowalczyk & Sons, Whitaker Farms, Larchmont Audio, Murphy &
  Daughters Hardware, Ellison Brothers, Grayson Holdings), places that look
  like names (Douglas, Marion, Hamilton, Port Nelson) and the shipping paper
  Lloyd’s List are not people.
- A pastoral letter read at Masses is the bishop's post with no platform; a
  priest's homily, like a sermon, is a speech and not a post.
- A podcast host's own remarks on an episode of her show are her post with the
  show as platform (Cold Ledger); an interview given to a named podcast or
  radio show takes the show's name (Stumped, Offload, Midday Signal, and
  CBC Radio’s The Current as The Current).
- A letter to a named local newspaper (the Douglas Ledger) is a post with that
  newspaper as platform, like an op-ed; the same councillor's earlier words
  "at the meeting" are not a post.
- An independent disciplinary panel's written decision, a state accident
  investigators' report and an agency's notice on its website are posts with
  author None and no platform; a fragment after "the panel ruled that" belongs
  to the written decision.
- A TikTok video's spoken words ("she says in the video", "she says in the
  clip") are the video's quote, not partial; an unnamed commenter under it
  speaks as None in that post.
- An individual plaintiff's lawsuit (a mother suing for her daughter) is that
  plaintiff's post with no platform, and its words speak as her.
- A lawyer's statement for an unnamed client is the lawyer's post with no
  platform.
- A general manager's memo to staff is the manager's post with no platform,
  like a chief executive's email to staff.
- A nickname in marks inside a name (Tony “Tiny” Marsh) is not a quote and not
  part of the canonical name (Tony Marsh); a nickname in marks after a name
  (“the Fridge”, “the Morning Mayor”) and a colleagues' nickname for someone
  are not quotes either.
- The title of an essay or of a Nextdoor thread in marks (“The Last
  Evensong”, “Thank you, Jo”) is a title and not a quote; the words of a shop
  sign in marks (“Fresh Daily”) are not a quote.
- An anonymous Yelp review is a post with author None and platform Yelp; an
  unnamed reply in a Nextdoor thread belongs to the thread's post.
- A petition started by parents and an open letter signed by business owners
  are posts with author None and no platform; their words speak as None.
- An unnamed spokesperson's interview with "the Church Times" is a post with
  author None and platform Church Times (the lowercase article dropped).
- A customer who gives "only her first name, Doris" speaks as Doris; a named
  customer speaking to the story's own reporter is not a post.
- A quote that runs over two paragraphs inside an email or essay is one quote
  per paragraph, both belonging to that post.
- Titles and offices are not part of a canonical name: Bishop, the Rev., the
  Very Rev., Imam, Mayor, Councillor, Dr. (Thomas Okonkwo, Catherine Oduya,
  Yusuf Haddad, Anjali Menon).
- A landlord company's letter to a tenant family is a post with author None and
  no platform; what a founder "told a crowd outside the store" is a speech at a
  rally and not a post.
- Korean and Māori names keep the order as written (Hye-jin Park, Hemi Te
  Awa); particles such as "van" are part of the canonical name (Pieter van
  Rensburg).

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DL: list[dict] = [
    {
        "name": "port-strike-union-x-release-customer-email",
        "text": (
            "Dockworkers at the Port of Ashby walked off the job on Wednesday, halting cargo "
            "operations at the third-busiest container terminal on the coast.\n\n"
            "The Coastal Stevedores Union said in a post on X that talks had collapsed after "
            "the port operator refused to discuss automation. “Robots don’t pay rent in this "
            "town. Our members do,” the union wrote.\n\n"
            "Ashby Terminals, which runs the port, said in a press release that it had offered "
            "a 9 percent raise over three years. “We remain at the table, and we hope the union "
            "returns to it,” the release quoted the chief executive, Pieter van Rensburg, as "
            "saying.\n\n"
            "The harbour master, Aoife Brennan, told reporters on the quay that 14 ships were "
            "waiting at anchor. “Every day of this costs the region money,” she said.\n\n"
            "The container carrier Halvorsen Line emailed its customers on Thursday that cargo "
            "bound for Ashby would be diverted to two smaller ports, warning of “delays of up "
            "to ten days.”"
        ),
        "quotes": [
            ("Robots don’t pay rent in this town. Our members do,", None, False, "P1"),
            (
                "We remain at the table, and we hope the union returns to it,",
                "Pieter van Rensburg",
                False,
                "P2",
            ),
            ("Every day of this costs the region money,", "Aoife Brennan", False, None),
            ("delays of up to ten days.", None, True, "P3"),
        ],
        "posts": [
            ("P1", None, "X"),
            ("P2", None, "press release"),
            ("P3", None, None),
        ],
        "people": ["Pieter van Rensburg", "Aoife Brennan"],
    },
    {
        "name": "soprano-instagram-withdrawal-cover-tribune",
        "text": (
            "The soprano Ewa Zielińska withdrew on Thursday from the Lyric Opera’s new "
            "production of “Tosca,” three days before opening night, citing a vocal cord "
            "hemorrhage.\n\n"
            "“My doctors have told me to stop singing completely for six weeks, and I have to "
            "listen to them,” Zielińska wrote on Instagram, beside a photograph of her marked-up "
            "score. “I am heartbroken.”\n\n"
            "The company said in a statement that her cover, the Ghanaian soprano Abena Owusu, "
            "would sing all five performances. “Abena knows this role in her bones,” the "
            "statement said.\n\n"
            "Owusu, 27, whom colleagues have nicknamed “the understudy’s understudy,” told the "
            "Chicago Tribune that she had learned the news by text message at midnight. “I read "
            "it twice and then went back to sleep, because what else can you do?” she said.\n\n"
            "The company’s music director, Stefano Ricci, told reporters during a rehearsal "
            "break that the orchestra would follow the new Tosca’s lead. “She will set the pace, "
            "and we will follow,” he said."
        ),
        "quotes": [
            (
                "My doctors have told me to stop singing completely for six weeks, and I have to "
                "listen to them,",
                "Ewa Zielińska",
                False,
                "P1",
            ),
            ("I am heartbroken.", "Ewa Zielińska", False, "P1"),
            ("Abena knows this role in her bones,", None, False, "P2"),
            (
                "I read it twice and then went back to sleep, because what else can you do?",
                "Abena Owusu",
                False,
                "P3",
            ),
            ("She will set the pace, and we will follow,", "Stefano Ricci", False, None),
        ],
        "posts": [
            ("P1", "Ewa Zielińska", "Instagram"),
            ("P2", None, None),
            ("P3", "Abena Owusu", "Chicago Tribune"),
        ],
        "people": ["Ewa Zielińska", "Abena Owusu", "Stefano Ricci"],
    },
    {
        "name": "diocese-pastoral-letter-homily-facebook",
        "text": (
            "Bishop Thomas Okonkwo of the Diocese of Marion announced in a pastoral letter read "
            "at Masses on Sunday that seven parishes would be merged into three by next "
            "Easter.\n\n"
            "“I know that for many of you this is the church where you were baptized and "
            "married,” the bishop wrote. “I do not ask you to stop grieving. I ask you not to "
            "leave.”\n\n"
            "At St. Bridget’s, one of the churches to be closed, the Rev. Liam Doherty told his "
            "congregation in his homily that he would “fight this with every prayer I have.”\n\n"
            "A parishioner, Rosa Villanueva, wrote on Facebook that she had attended St. "
            "Bridget’s for 61 years. “They are selling our memories to pay their lawyers,” she "
            "wrote. Her post was shared more than 2,000 times.\n\n"
            "The diocese said in a statement on Monday that the mergers had nothing to do with "
            "abuse settlements and reflected “a simple shortage of priests.” Of the 58 priests "
            "in active ministry in the diocese, 19 are over 70."
        ),
        "quotes": [
            (
                "I know that for many of you this is the church where you were baptized and "
                "married,",
                "Thomas Okonkwo",
                False,
                "P1",
            ),
            (
                "I do not ask you to stop grieving. I ask you not to leave.",
                "Thomas Okonkwo",
                False,
                "P1",
            ),
            ("fight this with every prayer I have.", "Liam Doherty", True, None),
            ("They are selling our memories to pay their lawyers,", "Rosa Villanueva", False, "P2"),
            ("a simple shortage of priests.", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Thomas Okonkwo", None),
            ("P2", "Rosa Villanueva", "Facebook"),
            ("P3", None, None),
        ],
        "people": ["Thomas Okonkwo", "Liam Doherty", "Rosa Villanueva"],
    },
    {
        "name": "cricket-captain-podcast-x-reply-coach",
        "text": (
            "Sri Lanka’s Test captain, Kasun Wijeratne, said on the cricket podcast Stumped that "
            "he had considered resigning after the team’s innings defeat in Galle last month.\n\n"
            "“I sat in the dressing room and wrote the message to the board on my phone. I just "
            "never pressed send,” Wijeratne told the show’s hosts.\n\n"
            "The remarks drew a response on X from the former fast bowler Chaminda Fonseka, who "
            "wrote: “A captain who thinks about quitting has already half quit.” Wijeratne’s "
            "teammate Ravindra Silva hit back beneath the post. “Easy to say from the commentary "
            "box, machan,” he replied.\n\n"
            "Sri Lanka Cricket said in a statement that the captain retained the board’s “full "
            "confidence.”\n\n"
            "At a news conference in Colombo on Friday, the head coach, Graham Whitfield, "
            "brushed off the episode and said the squad for the tour of England would be named "
            "next week. “Kasun is our leader. End of story,” the coach said."
        ),
        "quotes": [
            (
                "I sat in the dressing room and wrote the message to the board on my phone. I "
                "just never pressed send,",
                "Kasun Wijeratne",
                False,
                "P1",
            ),
            (
                "A captain who thinks about quitting has already half quit.",
                "Chaminda Fonseka",
                False,
                "P2",
            ),
            ("Easy to say from the commentary box, machan,", "Ravindra Silva", False, "P2"),
            ("full confidence.", None, True, "P3"),
            ("Kasun is our leader. End of story,", "Graham Whitfield", False, None),
        ],
        "posts": [
            ("P1", "Kasun Wijeratne", "Stumped"),
            ("P2", "Chaminda Fonseka", "X"),
            ("P3", None, None),
        ],
        "people": ["Kasun Wijeratne", "Chaminda Fonseka", "Ravindra Silva", "Graham Whitfield"],
    },
    {
        "name": "rugby-prop-ban-panel-ruling-instagram-comment",
        "text": (
            "Kingsbridge Rovers prop Sione Taufa, known to supporters as “the Fridge,” was "
            "banned for six weeks on Tuesday for a high tackle in last month’s derby against "
            "Dunmore.\n\n"
            "An independent disciplinary panel ruled that the contact with the head had been "
            "“reckless rather than deliberate.” In its written decision, the panel added: “The "
            "player showed genuine remorse and has an exemplary record.”\n\n"
            "Taufa posted an apology on Instagram hours later. “I would never set out to hurt "
            "anyone on a rugby field. I’ve messaged Callum and his family,” he wrote. The "
            "injured fly-half, Callum Reid, replied in the comments with a single line: “All "
            "good, big man. See you in the return fixture.”\n\n"
            "Reid, who was knocked unconscious, is expected to miss the rest of the season.\n\n"
            "The Rovers’ director of rugby, Marguerite Fontaine, told a news conference that the "
            "club would not appeal. “Six weeks is fair,” she said. “We move on.”"
        ),
        "quotes": [
            ("reckless rather than deliberate.", None, True, "P1"),
            (
                "The player showed genuine remorse and has an exemplary record.",
                None,
                False,
                "P1",
            ),
            (
                "I would never set out to hurt anyone on a rugby field. I’ve messaged Callum and "
                "his family,",
                "Sione Taufa",
                False,
                "P2",
            ),
            ("All good, big man. See you in the return fixture.", "Callum Reid", False, "P2"),
            ("Six weeks is fair,", "Marguerite Fontaine", False, None),
            ("We move on.", "Marguerite Fontaine", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Sione Taufa", "Instagram"),
        ],
        "people": ["Sione Taufa", "Callum Reid", "Marguerite Fontaine"],
    },
    {
        "name": "town-council-library-mayor-facebook-letter",
        "text": (
            "The town council in Douglas voted 4-1 on Monday night to close the public library "
            "two days a week, a decision Mayor Gail Pettibone defended on Facebook the next "
            "morning.\n\n"
            "“Nobody on this council wanted to do this. We are choosing between library hours "
            "and plowing the roads,” Pettibone wrote. Under her post, a resident, Marcus "
            "Oyelaran, commented: “Then cut the council’s travel budget first.”\n\n"
            "The lone dissenting councillor, Edith Sandoval, said at the meeting that the vote "
            "was “penny-wise and pound-foolish.” She returned to the point in a letter to the "
            "Douglas Ledger on Wednesday. “A town that closes its library is telling its "
            "children what it thinks of them,” she wrote.\n\n"
            "The library’s director, who asked not to be named because she was not authorized "
            "to speak publicly, said staff had been told to expect layoffs. “We found out from "
            "the paper,” she said."
        ),
        "quotes": [
            (
                "Nobody on this council wanted to do this. We are choosing between library hours "
                "and plowing the roads,",
                "Gail Pettibone",
                False,
                "P1",
            ),
            ("Then cut the council’s travel budget first.", "Marcus Oyelaran", False, "P1"),
            ("penny-wise and pound-foolish.", "Edith Sandoval", True, None),
            (
                "A town that closes its library is telling its children what it thinks of them,",
                "Edith Sandoval",
                False,
                "P2",
            ),
            ("We found out from the paper,", None, False, None),
        ],
        "posts": [
            ("P1", "Gail Pettibone", "Facebook"),
            ("P2", "Edith Sandoval", "Douglas Ledger"),
        ],
        "people": ["Gail Pettibone", "Marcus Oyelaran", "Edith Sandoval"],
    },
    {
        "name": "dumpling-recall-release-tiktok-notice-sentinel",
        "text": (
            "Harlan & Price Foods recalled 40,000 pounds of frozen chicken dumplings on Friday "
            "after customers found pieces of hard plastic in them, the company said in a news "
            "release.\n\n"
            "“Out of an abundance of caution, we are asking customers not to eat these products "
            "and to return them for a full refund,” the release said.\n\n"
            "The recall followed a TikTok video by a Milwaukee mother, Priya Raghunathan, who "
            "filmed herself pulling a blue shard from her son’s dinner. “He bit down on this. "
            "He’s six,” she says in the video, which has been viewed three million times. One "
            "commenter under the video wrote: “Same thing happened to us in March. Nobody called "
            "back.”\n\n"
            "The Food Safety and Inspection Service said in a notice on its website that no "
            "injuries had been confirmed.\n\n"
            "A former quality manager at the company, Derek Lindgren, told the Milwaukee Journal "
            "Sentinel that he had warned about a worn conveyor belt in 2022. “I put it in "
            "writing twice,” he said."
        ),
        "quotes": [
            (
                "Out of an abundance of caution, we are asking customers not to eat these "
                "products and to return them for a full refund,",
                None,
                False,
                "P1",
            ),
            ("He bit down on this. He’s six,", "Priya Raghunathan", False, "P2"),
            ("Same thing happened to us in March. Nobody called back.", None, False, "P2"),
            ("I put it in writing twice,", "Derek Lindgren", False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Priya Raghunathan", "TikTok"),
            ("P3", None, None),
            ("P4", "Derek Lindgren", "Milwaukee Journal Sentinel"),
        ],
        "people": ["Priya Raghunathan", "Derek Lindgren"],
    },
    {
        "name": "podcast-hosts-split-episode-substack-radio-linkedin",
        "text": (
            "The hosts of the true-crime podcast Cold Ledger have parted ways after four years, "
            "and each has given a different account.\n\n"
            "On Monday’s episode, the remaining host, Tamsin Achterberg, told listeners that her "
            "co-host Jules Okafor had left “to pursue other projects.” She added: “I wish him "
            "well, and that is all I am going to say about it.”\n\n"
            "Okafor told a different story in a Substack essay on Wednesday. “I did not leave. I "
            "was locked out of the account we built together and then told I had ‘chosen to step "
            "back,’” he wrote.\n\n"
            "He went further in an interview on the public radio show Midday Signal. “I found "
            "out my name was off the feed from a fan,” he said.\n\n"
            "The podcast’s network, Larchmont Audio, said in a statement that it did not comment "
            "on contract matters. Its founder, Bernadette Larchmont, wrote on LinkedIn that the "
            "network “stands by every host it has ever had.”"
        ),
        "quotes": [
            ("to pursue other projects.", "Tamsin Achterberg", True, "P1"),
            (
                "I wish him well, and that is all I am going to say about it.",
                "Tamsin Achterberg",
                False,
                "P1",
            ),
            (
                "I did not leave. I was locked out of the account we built together and then "
                "told I had ‘chosen to step back,’",
                "Jules Okafor",
                False,
                "P2",
            ),
            ("I found out my name was off the feed from a fan,", "Jules Okafor", False, "P3"),
            ("stands by every host it has ever had.", "Bernadette Larchmont", True, "P5"),
        ],
        "posts": [
            ("P1", "Tamsin Achterberg", "Cold Ledger"),
            ("P2", "Jules Okafor", "Substack"),
            ("P3", "Jules Okafor", "Midday Signal"),
            ("P4", None, None),
            ("P5", "Bernadette Larchmont", "LinkedIn"),
        ],
        "people": ["Tamsin Achterberg", "Jules Okafor", "Bernadette Larchmont"],
    },
    {
        "name": "family-bakery-closing-free-press-facebook-release",
        "text": (
            "For 92 years, Kowalczyk & Sons has baked rye bread on the same corner in "
            "Hamtramck. On Saturday, it will bake its last loaf.\n\n"
            "Stanley Kowalczyk, 74, the founder’s grandson, told the Detroit Free Press that "
            "none of his children wanted to take over. “They have good jobs, and I told them to "
            "keep them. This work breaks your back,” he said.\n\n"
            "His daughter, Anna Kowalczyk-Reyes, a nurse, wrote in a Facebook post that the "
            "decision had been her father’s alone. “Dad gave this place everything. He gets to "
            "choose when it ends,” she wrote.\n\n"
            "Regulars have lined up around the block all week. “I’ve been buying the seeded rye "
            "since the Carter administration,” said one customer, Helen Dubrowski, 81, holding "
            "two loaves.\n\n"
            "The building has been sold to Ellison Brothers, a developer that plans apartments "
            "on the site. In a press release, the firm promised to keep the bakery’s "
            "hand-painted “Fresh Daily” sign on the facade."
        ),
        "quotes": [
            (
                "They have good jobs, and I told them to keep them. This work breaks your back,",
                "Stanley Kowalczyk",
                False,
                "P1",
            ),
            (
                "Dad gave this place everything. He gets to choose when it ends,",
                "Anna Kowalczyk-Reyes",
                False,
                "P2",
            ),
            (
                "I’ve been buying the seeded rye since the Carter administration,",
                "Helen Dubrowski",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Stanley Kowalczyk", "Detroit Free Press"),
            ("P2", "Anna Kowalczyk-Reyes", "Facebook"),
            ("P3", None, "press release"),
        ],
        "people": ["Stanley Kowalczyk", "Anna Kowalczyk-Reyes", "Helen Dubrowski"],
    },
    {
        "name": "bulk-carrier-grounding-report-lloyds-list-lawyer",
        "text": (
            "A bulk carrier that ran aground outside the port of Esbjerg in February was being "
            "steered by an officer who had slept four hours in two days, Danish accident "
            "investigators concluded in a report published on Thursday.\n\n"
            "“Fatigue was the decisive factor,” the report said. “The bridge watch system was "
            "operating as designed; the person operating it was not.”\n\n"
            "The ship’s owner, Brandt & Voss Shipping, said in a press release that it had "
            "already tightened its rest-hour rules. Its fleet director, Mette Kjærgaard, told "
            "Lloyd’s List that crews on two of its vessels had been “chronically "
            "short-handed.” “We got this wrong, and the report is right to say so,” she said.\n\n"
            "The officer, a Filipino national whom the report does not name, has not worked "
            "since the grounding. His lawyer, Emmanuel Bautista, said in a statement that his "
            "client had been “set up to fail” by a company that treated rest as optional."
        ),
        "quotes": [
            ("Fatigue was the decisive factor,", None, False, "P1"),
            (
                "The bridge watch system was operating as designed; the person operating it was "
                "not.",
                None,
                False,
                "P1",
            ),
            ("chronically short-handed.", "Mette Kjærgaard", True, "P3"),
            (
                "We got this wrong, and the report is right to say so,",
                "Mette Kjærgaard",
                False,
                "P3",
            ),
            ("set up to fail", "Emmanuel Bautista", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, "press release"),
            ("P3", "Mette Kjærgaard", "Lloyd’s List"),
            ("P4", "Emmanuel Bautista", None),
        ],
        "people": ["Mette Kjærgaard", "Emmanuel Bautista"],
    },
    {
        "name": "conductor-email-two-paragraphs-caption-talk",
        "text": (
            "The music director of the Carlisle Philharmonic, Dmitri Volkonsky, told the "
            "orchestra’s musicians in an email on Sunday that he would step down at the end of "
            "the season.\n\n"
            "“I have loved every rehearsal, even the bad ones, and there were bad ones.\n\n"
            "“But an orchestra needs a leader who will still be here in ten years, and I will "
            "be 81,” he wrote.\n\n"
            "The orchestra said in a press release that a search committee would be formed. The "
            "principal cellist, Hye-jin Park, posted on Instagram a photograph of Volkonsky’s "
            "first rehearsal in 1998 with the caption “Twenty-six years of Brahms.”\n\n"
            "At a pre-concert talk that evening, Volkonsky said little about the decision. "
            "“Tonight we play Mahler, not my retirement,” he told the audience.\n\n"
            "A longtime subscriber who gave only her first name, Doris, called the news “the end "
            "of an era.”"
        ),
        "quotes": [
            (
                "I have loved every rehearsal, even the bad ones, and there were bad ones.",
                "Dmitri Volkonsky",
                False,
                "P1",
            ),
            (
                "But an orchestra needs a leader who will still be here in ten years, and I will "
                "be 81,",
                "Dmitri Volkonsky",
                False,
                "P1",
            ),
            ("Twenty-six years of Brahms.", "Hye-jin Park", False, "P3"),
            ("Tonight we play Mahler, not my retirement,", "Dmitri Volkonsky", False, None),
            ("the end of an era.", "Doris", True, None),
        ],
        "posts": [
            ("P1", "Dmitri Volkonsky", None),
            ("P2", None, "press release"),
            ("P3", "Hye-jin Park", "Instagram"),
        ],
        "people": ["Dmitri Volkonsky", "Hye-jin Park", "Doris"],
    },
    {
        "name": "mosque-shelter-radio-interview-rabbi-x",
        "text": (
            "The board of the Al-Noor Islamic Centre in Hamilton voted on Sunday to open its "
            "prayer hall to people left homeless by last week’s floods, making it the first "
            "place of worship in the city to do so.\n\n"
            "Imam Yusuf Haddad explained the decision on CBC Radio’s The Current on Monday. “A "
            "mosque that is locked while people sleep in their cars is not doing its job,” he "
            "said. “The Prophet, peace be upon him, did not keep a waiting list.”\n\n"
            "The centre said in a statement that 40 cots had been donated by Beth Jacob "
            "Synagogue, whose rabbi, Miriam Adler-Stein, wrote on X: “Our neighbours asked. "
            "There was only one answer.”\n\n"
            "Councillor Nathan Delacroix told reporters outside City Hall that the city would "
            "cover the centre’s costs. Some neighbours were less pleased. “Nobody asked us,” "
            "said a man who lives across the street and declined to give his name."
        ),
        "quotes": [
            (
                "A mosque that is locked while people sleep in their cars is not doing its job,",
                "Yusuf Haddad",
                False,
                "P1",
            ),
            (
                "The Prophet, peace be upon him, did not keep a waiting list.",
                "Yusuf Haddad",
                False,
                "P1",
            ),
            (
                "Our neighbours asked. There was only one answer.",
                "Miriam Adler-Stein",
                False,
                "P3",
            ),
            ("Nobody asked us,", None, False, None),
        ],
        "posts": [
            ("P1", "Yusuf Haddad", "The Current"),
            ("P2", None, None),
            ("P3", "Miriam Adler-Stein", "X"),
        ],
        "people": ["Yusuf Haddad", "Miriam Adler-Stein", "Nathan Delacroix"],
    },
    {
        "name": "umpire-essay-two-paragraphs-instagram-board",
        "text": (
            "The umpire at the centre of last weekend’s disputed run-out in the County "
            "Championship has broken his silence. Writing in The Cricketer, Devendra Rao said "
            "he had made the right call and would make it again.\n\n"
            "“The ball was dead in my judgment. Players do not get to decide when a ball is dead "
            "because a replay makes them feel otherwise.\n\n"
            "“I have umpired 300 first-class matches, and I have never been spoken to the way I "
            "was on Saturday,” he wrote.\n\n"
            "The batter who was given out, Worcestershire’s Oliver Tremlett, apologized on "
            "Instagram for his reaction but not for his view. “I should have walked off quietly. "
            "I still think I was in,” he wrote.\n\n"
            "The England and Wales Cricket Board said in a statement that it had opened an "
            "investigation into the “conduct of several players.” Tremlett’s captain, Farhan "
            "Qureshi, told a news conference that the umpire was “a good man who had a bad "
            "day.”"
        ),
        "quotes": [
            (
                "The ball was dead in my judgment. Players do not get to decide when a ball is "
                "dead because a replay makes them feel otherwise.",
                "Devendra Rao",
                False,
                "P1",
            ),
            (
                "I have umpired 300 first-class matches, and I have never been spoken to the way "
                "I was on Saturday,",
                "Devendra Rao",
                False,
                "P1",
            ),
            (
                "I should have walked off quietly. I still think I was in,",
                "Oliver Tremlett",
                False,
                "P2",
            ),
            ("conduct of several players.", None, True, "P3"),
            ("a good man who had a bad day.", "Farhan Qureshi", True, None),
        ],
        "posts": [
            ("P1", "Devendra Rao", "The Cricketer"),
            ("P2", "Oliver Tremlett", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Devendra Rao", "Oliver Tremlett", "Farhan Qureshi"],
    },
    {
        "name": "town-clerk-resignation-letter-statement-nextdoor",
        "text": (
            "Josephine Whitcombe, who has served as town clerk of West Harmony for 23 years, "
            "resigned on Tuesday in a two-page letter to the select board that accused two of "
            "its members of “a campaign of harassment.”\n\n"
            "“I have recorded the minutes of 600 meetings. I never expected to need a lawyer to "
            "record my own,” she wrote.\n\n"
            "The board chair, Roger Ostrowski, said in a statement that he had “the greatest "
            "respect” for Whitcombe and that the town would hire an outside investigator. At "
            "Thursday’s meeting, one of the members she named, Kyle Pendergast, denied the "
            "accusation. “I asked questions. That is the job,” he said.\n\n"
            "On Nextdoor, a resident, Lupe Fonoti, started a thread titled “Thank you, Jo,” "
            "which drew more than 400 replies within a day. “She is the only person in that "
            "building who ever called me back,” one reply said."
        ),
        "quotes": [
            ("a campaign of harassment.", "Josephine Whitcombe", True, "P1"),
            (
                "I have recorded the minutes of 600 meetings. I never expected to need a lawyer "
                "to record my own,",
                "Josephine Whitcombe",
                False,
                "P1",
            ),
            ("the greatest respect", "Roger Ostrowski", True, "P2"),
            ("I asked questions. That is the job,", "Kyle Pendergast", False, None),
            (
                "She is the only person in that building who ever called me back,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Josephine Whitcombe", None),
            ("P2", "Roger Ostrowski", None),
            ("P3", "Lupe Fonoti", "Nextdoor"),
        ],
        "people": ["Josephine Whitcombe", "Roger Ostrowski", "Kyle Pendergast", "Lupe Fonoti"],
    },
    {
        "name": "cantaloupe-outbreak-lawsuit-statement-owner-facebook",
        "text": (
            "A Georgia family has sued Whitaker Farms, the cantaloupe grower linked to a "
            "salmonella outbreak that has sickened 112 people in nine states, saying their "
            "4-year-old daughter spent eleven days in hospital.\n\n"
            "The lawsuit, filed on Monday in federal court in Atlanta by the girl’s mother, "
            "Keisha Washington, says the company “ignored positive tests for months.”\n\n"
            "Whitaker Farms said in a statement that it had “cooperated fully” with regulators. "
            "The company’s owner, Clay Whitaker, was blunter in a Facebook post on Tuesday. “We "
            "have farmed this land for four generations and never had a sick customer until "
            "this summer,” he wrote. “We did not hide anything.”\n\n"
            "At a news conference, the state’s public health commissioner, Dr. Anjali Menon, "
            "said the outbreak strain had been found in 14 samples from the farm’s packing "
            "shed. “The genetic match is exact,” she said.\n\n"
            "The family’s lawyer, Bill Marchetti, said the girl was recovering at home."
        ),
        "quotes": [
            ("ignored positive tests for months.", "Keisha Washington", True, "P1"),
            ("cooperated fully", None, True, "P2"),
            (
                "We have farmed this land for four generations and never had a sick customer "
                "until this summer,",
                "Clay Whitaker",
                False,
                "P3",
            ),
            ("We did not hide anything.", "Clay Whitaker", False, "P3"),
            ("The genetic match is exact,", "Anjali Menon", False, None),
        ],
        "posts": [
            ("P1", "Keisha Washington", None),
            ("P2", None, None),
            ("P3", "Clay Whitaker", "Facebook"),
        ],
        "people": ["Keisha Washington", "Clay Whitaker", "Anjali Menon", "Bill Marchetti"],
    },
    {
        "name": "radio-host-suspended-memo-caller-instagram-nickname",
        "text": (
            "The talk station WKRV suspended its morning host, Rick Santangelo, on Wednesday "
            "after he mocked a caller’s accent on air.\n\n"
            "“That was not a joke, whatever he said afterwards about ‘just having fun.’ That was "
            "a grown man bullying a grandmother,” the station’s general manager, Denise "
            "Arbuckle, wrote in a memo to staff.\n\n"
            "The caller, Mariam Haile, an Eritrean immigrant who has lived in Akron for 30 "
            "years, told the Akron Beacon Journal that she had listened to the show for a "
            "decade. “I called to talk about potholes. I did not call to be laughed at,” she "
            "said.\n\n"
            "Santangelo apologized on Instagram on Thursday. “I crossed a line I have criticized "
            "other people for crossing,” he wrote. His former co-host, Tony “Tiny” Marsh, "
            "commented under the post: “Took you long enough.”\n\n"
            "The host’s on-air nickname, “the Morning Mayor,” has been removed from the "
            "station’s website."
        ),
        "quotes": [
            (
                "That was not a joke, whatever he said afterwards about ‘just having fun.’ That "
                "was a grown man bullying a grandmother,",
                "Denise Arbuckle",
                False,
                "P1",
            ),
            (
                "I called to talk about potholes. I did not call to be laughed at,",
                "Mariam Haile",
                False,
                "P2",
            ),
            (
                "I crossed a line I have criticized other people for crossing,",
                "Rick Santangelo",
                False,
                "P3",
            ),
            ("Took you long enough.", "Tony Marsh", False, "P3"),
        ],
        "posts": [
            ("P1", "Denise Arbuckle", None),
            ("P2", "Mariam Haile", "Akron Beacon Journal"),
            ("P3", "Rick Santangelo", "Instagram"),
        ],
        "people": ["Rick Santangelo", "Denise Arbuckle", "Mariam Haile", "Tony Marsh"],
    },
    {
        "name": "hardware-store-rent-op-ed-linkedin-yelp-rally",
        "text": (
            "Murphy & Daughters Hardware, the Main Street store that Eileen Murphy opened in "
            "1979 with her three girls stocking the shelves, has survived a big-box rival, a "
            "fire and a pandemic. Now it faces its own landlord.\n\n"
            "The building’s owner, Grayson Holdings, told the family in a letter last month that "
            "the rent would double in January. In an op-ed in the Valley Courier on Sunday, the "
            "eldest daughter, Maureen Murphy, wrote that the increase would close the store "
            "within a year. “We are not asking for charity. We are asking for a lease a hardware "
            "store can survive,” she wrote.\n\n"
            "Grayson Holdings did not respond to requests for comment. Its managing partner, "
            "Victor Grayson, wrote on LinkedIn last year that small retailers must “adapt or "
            "make room.”\n\n"
            "Customers have rallied. A five-star review posted on Yelp this week reads: “They "
            "sold me one screw for a nickel and showed me how to use it.”\n\n"
            "Eileen Murphy, now 84, told a crowd outside the store on Saturday that she was "
            "“not done yet.”"
        ),
        "quotes": [
            (
                "We are not asking for charity. We are asking for a lease a hardware store can "
                "survive,",
                "Maureen Murphy",
                False,
                "P2",
            ),
            ("adapt or make room.", "Victor Grayson", True, "P3"),
            (
                "They sold me one screw for a nickel and showed me how to use it.",
                None,
                False,
                "P4",
            ),
            ("not done yet.", "Eileen Murphy", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Maureen Murphy", "Valley Courier"),
            ("P3", "Victor Grayson", "LinkedIn"),
            ("P4", None, "Yelp"),
        ],
        "people": ["Eileen Murphy", "Maureen Murphy", "Victor Grayson"],
    },
    {
        "name": "cruise-ship-limit-debate-rnz-staff-email-open-letter",
        "text": (
            "Cruise ships will be barred from berthing at Port Nelson on weekends from next "
            "summer after the city council voted 9-4 on Thursday to limit passenger "
            "numbers.\n\n"
            "Councillor Hemi Te Awa, who proposed the limit, said during the debate that "
            "residents had been “sharing their own streets with 6,000 strangers every "
            "Saturday.”\n\n"
            "The port’s chief executive, Fiona McAllister, told Radio New Zealand that the vote "
            "would cost local businesses $30 million a year. “Council has chosen a quieter town "
            "over a working one,” she said.\n\n"
            "In an email to staff seen by this newspaper, the chief executive of Southern Cross "
            "Cruises, Arturo Benedetti, said the line would move two of its ships to Australian "
            "routes. “We go where we are welcome,” he wrote.\n\n"
            "An open letter signed by 212 business owners urged the council to reconsider "
            "before the rules take effect. “Many of us will not see another summer,” it said."
        ),
        "quotes": [
            (
                "sharing their own streets with 6,000 strangers every Saturday.",
                "Hemi Te Awa",
                True,
                None,
            ),
            (
                "Council has chosen a quieter town over a working one,",
                "Fiona McAllister",
                False,
                "P1",
            ),
            ("We go where we are welcome,", "Arturo Benedetti", False, "P2"),
            ("Many of us will not see another summer,", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Fiona McAllister", "Radio New Zealand"),
            ("P2", "Arturo Benedetti", None),
            ("P3", None, None),
        ],
        "people": ["Hemi Te Awa", "Fiona McAllister", "Arturo Benedetti"],
    },
    {
        "name": "cathedral-organist-substack-dean-petition",
        "text": (
            "Tobias Engström, director of music at St. Aldhelm’s Cathedral for 14 years, says "
            "he was dismissed last week after refusing to cut the choir’s weekday services.\n\n"
            "In an essay on Substack titled “The Last Evensong,” he wrote: “A cathedral without "
            "daily sung worship is a museum with a gift shop. I would not be the man who turned "
            "off the music.”\n\n"
            "The dean, the Very Rev. Catherine Oduya, said in a statement that the decision had "
            "been “painful but necessary” and that the choir would continue to sing on "
            "Sundays.\n\n"
            "A spokesperson for the cathedral told the Church Times that Engström had been "
            "offered a different role and had turned it down.\n\n"
            "Parents of the choristers have started a petition, which had gathered 3,800 "
            "signatures by Monday. “Our children were learning something 900 years old,” it "
            "reads. One mother, Sunita Raman, said outside the cathedral that her daughter had "
            "cried for two days."
        ),
        "quotes": [
            (
                "A cathedral without daily sung worship is a museum with a gift shop. I would not "
                "be the man who turned off the music.",
                "Tobias Engström",
                False,
                "P1",
            ),
            ("painful but necessary", "Catherine Oduya", True, "P2"),
            ("Our children were learning something 900 years old,", None, False, "P4"),
        ],
        "posts": [
            ("P1", "Tobias Engström", "Substack"),
            ("P2", "Catherine Oduya", None),
            ("P3", None, "Church Times"),
            ("P4", None, None),
        ],
        "people": ["Tobias Engström", "Catherine Oduya", "Sunita Raman"],
    },
    {
        "name": "sevens-captain-tiktok-retirement-podcast-airport",
        "text": (
            "Mele Fifita, the captain of Canada’s women’s sevens team, announced her retirement "
            "in a TikTok video on Sunday, filmed in an empty stadium in Vancouver.\n\n"
            "“Eleven years, two Olympics, one very tired body. Thank you, rugby,” she says in "
            "the clip. Her teammate Chloé Bergeron commented beneath it: “You carried us. "
            "Literally, sometimes.”\n\n"
            "Rugby Canada said in a statement that Fifita had been “the heartbeat of the "
            "programme.”\n\n"
            "The head coach, Jack Hennessy, told the rugby podcast Offload that he had tried to "
            "talk her out of it. “I asked her for one more year. She laughed at me,” the coach "
            "said.\n\n"
            "Fifita, 31, who was born in Nuku’alofa and moved to Canada as a teenager, told "
            "reporters at the airport on Monday that she would train as a physiotherapist. "
            "“Somebody has to fix all the knees I broke,” she joked."
        ),
        "quotes": [
            (
                "Eleven years, two Olympics, one very tired body. Thank you, rugby,",
                "Mele Fifita",
                False,
                "P1",
            ),
            ("You carried us. Literally, sometimes.", "Chloé Bergeron", False, "P1"),
            ("the heartbeat of the programme.", None, True, "P2"),
            ("I asked her for one more year. She laughed at me,", "Jack Hennessy", False, "P3"),
            ("Somebody has to fix all the knees I broke,", "Mele Fifita", False, None),
        ],
        "posts": [
            ("P1", "Mele Fifita", "TikTok"),
            ("P2", None, None),
            ("P3", "Jack Hennessy", "Offload"),
        ],
        "people": ["Mele Fifita", "Chloé Bergeron", "Jack Hennessy"],
    },
]
