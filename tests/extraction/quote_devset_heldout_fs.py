"""The one-hundred-and-sixty-ninth self-made dev set, held out (FS): its first run is an unseen estimate.

Written with set FR, without reading the extraction rules, and committed before
any rule was run on it. Topic area: local news and community life: neighbourhood
disputes, shops closing, festivals, obituaries, volunteers.

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
  reported without any quoted words (an organisers' statement on their website,
  an Instagram announcement only described) is still listed in posts.
- A nickname in marks inside a full name (Margaret “Peggy” Olowe, Bernard
  "Bunny" Achebe-Walsh) is not a quote and not part of the canonical name
  (Margaret Olowe, Bernard Achebe-Walsh); a name someone "calls herself" in
  marks (“chief needle”) is a nickname, not a quote.
- An event, song or session title in marks (“Lantern Night”, “Bridge Over the
  Calder”, "The Bunny Session") and a Reddit thread's title in marks ("RIP
  Spindle?") are not quotes. A scare-quoted word in narration ("pop-up") is not
  a quote.
- A bare first name or pet name inside a quote ("Thank you, Aga", "Then fund
  it, Stuart", "Thank you, Ollie") is not a mention of a new person.
- A quote split around its attribution ("...," she said. "...") is two quotes.
- A court filing lodged by a private person is that person's post with no
  platform; a fragment of it in narration is partial.
- Nextdoor and WhatsApp are platforms as written; a message in a residents'
  WhatsApp group is the writer's WhatsApp post, and screenshots of it "shared
  with" a newspaper are neither an interview with that newspaper nor a new post.
- A town council's press release has author None; a fragment of it in
  narration is partial with speaker None, and a councillor "quoted in the
  release as saying" speaks as himself in that release.
- An interview given years ago to a named newspaper ("in a 2009 interview with
  the Eastgate Courier") is a post with that newspaper as platform, like a
  current one.
- "Told mourners at a vigil", a eulogy read at a funeral, "told residents" at a
  public meeting, "told the hearing" (a licensing hearing), "said in a speech",
  "told the crowd" and "told reporters outside court / at the scene" are not
  posts. "Said in an interview at the store" (the story's own interview) is not
  a post.
- Words spoken in a video are quotes from that video: "says in the clip" of a
  TikTok video, "said to the camera" during a YouTube livestream (the livestream
  is the streamer's YouTube post), "said in it" of a TikTok video, "she said" in
  a YouTube video. "A second video posted to TikTok" is a new TikTok post.
- An unnamed council spokeswoman's interview with a named broadcaster is a post
  with author None, and her words speak as None. A spokesperson's words with no
  source named are speaker None, post None.
- A fragment in narration that continues the paragraph reporting an interview
  ("Speaking to the Dunmore Herald, ... He described ... as") belongs to that
  interview. A remark reported with no source ("said this year's fee was") has
  post None, while a fragment introduced by "In that newsletter" belongs to the
  newsletter reported earlier.
- A letter to the council from a residents' association's chair, who is named
  as writing it, is the chair's post with no platform. What unnamed residents
  "had complained" of is speaker None, post None.
- Replying "on Facebook" to someone's Instagram post is a new Facebook post by
  the replier, not a comment under the Instagram post.
- A Substack newsletter has platform Substack; a podcast takes the show's name
  (Small Town Big Table); a monthly email newsletter on no named platform is
  the writer's post with no platform.
- A petition started by a named resident is her post with no platform, and the
  words it "reads" are hers.
- An organisation's statement on its own website is a post with author None and
  no platform; a post on a lifeboat station's Facebook page ("the crew wrote")
  has author None and speaks as None.
- A letter to the editor of a named newspaper, like an op-ed in it, has that
  newspaper as platform, in the fullest form the text uses ("Kilmory
  Sentinel" for "the Sentinel"); a reply letter "on the same page a week later"
  is a new post by its writer in the same newspaper.
- An email from a council department signed by a named manager is that
  manager's post with no platform.
- An open letter from a named shopkeeper pinned to his shop door is his post
  with no platform; an MP who "wrote to" a chief executive wrote a letter, her
  post with no platform.
- A quote that runs over two paragraphs with no closing mark at the end of the
  first is one quote per paragraph: the first runs from its opening mark to the
  end of its paragraph, the second from its opening mark to its closing mark.
- A press release or a platform named inside a quote is not a post.
- Titles such as Mayor, Councillor and Mr are not part of a canonical name; a
  compound given name (Fatima Zahra Benali) is kept whole; name order is kept as
  written (Zhou Meiling, Minh Chau Tran, Hana Suzuki).
- Relatives sharing a surname (Ishaan Kapoor and his daughter Priya
  Kapoor-Hale, Margaret and Tunde Olowe, Ruth and Aaron Kessler): a bare surname
  ("Kapoor's grandson", "Olowe started") refers to the one already named.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FS: list[dict] = [
    {
        "name": "bakery-closing-facebook-regular-comments",
        "text": (
            "After 41 years on Hollis Street, Crumb & Co. will bake its last loaf on Saturday. "
            "The owner, Agnieszka Wróbel, announced the closure in a Facebook post on Sunday "
            "evening. “My hands are tired and the rent has doubled. It is time,” she wrote.\n\n"
            "More than 900 people commented under the post within a day. One of them, the "
            "retired postman Len Abbott, wrote: “You fed three generations of this street. "
            "Thank you, Aga.”\n\n"
            "Wróbel told the Hollis Gazette on Monday that she had turned down two offers to buy "
            "the name. “Crumb & Co. without me would just be a sign over a door,” she said.\n\n"
            "A neighbouring shopkeeper, who asked not to be named, called the rent increase "
            "“a slow eviction.”"
        ),
        "quotes": [
            (
                "My hands are tired and the rent has doubled. It is time,",
                "Agnieszka Wróbel",
                False,
                "P1",
            ),
            (
                "You fed three generations of this street. Thank you, Aga.",
                "Len Abbott",
                False,
                "P1",
            ),
            (
                "Crumb & Co. without me would just be a sign over a door,",
                "Agnieszka Wróbel",
                False,
                "P2",
            ),
            ("a slow eviction.", None, True, None),
        ],
        "posts": [
            ("P1", "Agnieszka Wróbel", "Facebook"),
            ("P2", "Agnieszka Wróbel", "Hollis Gazette"),
        ],
        "people": ["Agnieszka Wróbel", "Len Abbott"],
    },
    {
        "name": "hedge-dispute-court-filing-nextdoor",
        "text": (
            "A dispute over a 14-foot leylandii hedge on Orchard Close has reached the county "
            "court. In a filing lodged on Thursday, Geoffrey Pruitt accused his neighbour of "
            "“deliberately blocking all afternoon light” to his conservatory.\n\n"
            "The neighbour, Sunita Rao, a retired headteacher, responded in a post on Nextdoor. "
            "“I planted that hedge in 1998, two years before Mr Pruitt moved in. It was there "
            "when he bought the house,” she wrote.\n\n"
            "Pruitt’s solicitor, Dermot Flynn, told reporters outside the court on Friday that "
            "his client had “exhausted every polite option.” Rao said she had offered to trim "
            "the hedge to eight feet. “That offer still stands,” she told the Orchard Valley "
            "Echo."
        ),
        "quotes": [
            ("deliberately blocking all afternoon light", "Geoffrey Pruitt", True, "P1"),
            (
                "I planted that hedge in 1998, two years before Mr Pruitt moved in. It was there "
                "when he bought the house,",
                "Sunita Rao",
                False,
                "P2",
            ),
            ("exhausted every polite option.", "Dermot Flynn", True, None),
            ("That offer still stands,", "Sunita Rao", False, "P3"),
        ],
        "posts": [
            ("P1", "Geoffrey Pruitt", None),
            ("P2", "Sunita Rao", "Nextdoor"),
            ("P3", "Sunita Rao", "Orchard Valley Echo"),
        ],
        "people": ["Geoffrey Pruitt", "Sunita Rao", "Dermot Flynn"],
    },
    {
        "name": "lantern-parade-cancelled-council-release",
        "text": (
            "Organisers of the Brackenfield “Lantern Night” parade have called off this year’s "
            "event after the town council refused to pay for road closures.\n\n"
            "“After fourteen years, we cannot carry the insurance on our own,” the festival’s "
            "director, Imogen Tate, wrote on Instagram on Wednesday, beneath a photograph of "
            "last year’s paper dragon.\n\n"
            "The council said in a press release that it had offered a “reasonable "
            "contribution” of £2,000. Councillor Raj Mehta, who chairs the events committee, "
            "was quoted in the release as saying: “We want Lantern Night to continue, but not "
            "at any price.”\n\n"
            "At a packed meeting in the Corn Exchange on Thursday, Tate told residents the door "
            "was not closed. “Find me £9,000 by June and we will light the lanterns,” she said."
        ),
        "quotes": [
            (
                "After fourteen years, we cannot carry the insurance on our own,",
                "Imogen Tate",
                False,
                "P1",
            ),
            ("reasonable contribution", None, True, "P2"),
            (
                "We want Lantern Night to continue, but not at any price.",
                "Raj Mehta",
                False,
                "P2",
            ),
            (
                "Find me £9,000 by June and we will light the lanterns,",
                "Imogen Tate",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Imogen Tate", "Instagram"),
            ("P2", None, "press release"),
        ],
        "people": ["Imogen Tate", "Raj Mehta"],
    },
    {
        "name": "obituary-food-larder-founder-old-interview",
        "text": (
            "Margaret “Peggy” Olowe, who ran the Eastgate Community Larder for 22 years and fed "
            "thousands of families through two recessions, died on Sunday at her home in "
            "Eastgate. She was 84.\n\n"
            "Her family said in a statement that she died “peacefully, with the radio on and a "
            "cup of tea going cold.”\n\n"
            "The local MP, Catherine Ashdown, paid tribute on X. “Peggy never asked anyone why "
            "they were hungry. She just asked what they needed,” she wrote.\n\n"
            "Olowe started the larder in 2002 in the back room of St Barnabas church. In a 2009 "
            "interview with the Eastgate Courier, she explained why she refused to means-test "
            "visitors. “If you come through that door, you’ve already done the hard part,” she "
            "said then.\n\n"
            "Her son, Tunde Olowe, said the larder would stay open. “Mum would haunt us if we "
            "shut it for even a day,” he told mourners at a vigil on Monday night."
        ),
        "quotes": [
            (
                "peacefully, with the radio on and a cup of tea going cold.",
                None,
                True,
                "P1",
            ),
            (
                "Peggy never asked anyone why they were hungry. She just asked what they needed,",
                "Catherine Ashdown",
                False,
                "P2",
            ),
            (
                "If you come through that door, you’ve already done the hard part,",
                "Margaret Olowe",
                False,
                "P3",
            ),
            ("Mum would haunt us if we shut it for even a day,", "Tunde Olowe", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Catherine Ashdown", "X"),
            ("P3", "Margaret Olowe", "Eastgate Courier"),
        ],
        "people": ["Margaret Olowe", "Catherine Ashdown", "Tunde Olowe"],
    },
    {
        "name": "tiktok-river-trolleys-volunteers-radio",
        "text": (
            "A TikTok video of volunteers hauling 200 shopping trolleys out of the River Lune "
            "has been viewed more than three million times.\n\n"
            "The video was posted by Callum Reid, 19, who organises monthly clean-ups with his "
            "friends. “Every single one of these came from the same two car parks,” he says in "
            "the clip, as a trolley emerges dripping from the mud.\n\n"
            "The supermarket chain Hartwell’s said in a statement that it was “grateful to the "
            "volunteers” and would fit wheel locks to its trolleys by the summer.\n\n"
            "A spokeswoman for Lancaster City Council told BBC Radio Lancashire that the council "
            "had no budget for river clearance. “We rely on groups like Callum’s, and we know "
            "that is not fair on them,” she said.\n\n"
            "Reid was unimpressed. In a second video posted to TikTok on Friday, he said: "
            "“Wheel locks in summer. Cool. We’ll be back in the river on Sunday.”"
        ),
        "quotes": [
            (
                "Every single one of these came from the same two car parks,",
                "Callum Reid",
                False,
                "P1",
            ),
            ("grateful to the volunteers", None, True, "P2"),
            (
                "We rely on groups like Callum’s, and we know that is not fair on them,",
                None,
                False,
                "P3",
            ),
            (
                "Wheel locks in summer. Cool. We’ll be back in the river on Sunday.",
                "Callum Reid",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Callum Reid", "TikTok"),
            ("P2", None, None),
            ("P3", None, "BBC Radio Lancashire"),
            ("P4", "Callum Reid", "TikTok"),
        ],
        "people": ["Callum Reid"],
    },
    {
        "name": "record-shop-reddit-thread-owner-reply",
        "text": (
            "The last independent record shop in Dunmore, Spindle Records, will close at the "
            "end of the month, its owner confirmed on Tuesday.\n\n"
            'News of the closure first surfaced in a Reddit thread titled "RIP Spindle?" '
            "started by an anonymous user on the r/Dunmore forum, who wrote: "
            '"Sign in the window says closing down. Anyone know what happened?"\n\n'
            "The owner, Felix Amankwah, answered in the thread a few hours later. "
            '"Nothing dramatic. The lease is up, I\'m 67, and my knees have voted," he wrote.\n\n'
            "Speaking to the Dunmore Herald, Amankwah said online sales had kept the shop alive "
            'for a decade. "People say vinyl is back. Vinyl is back on the internet," he said. '
            "He described the landlord's plans for the site, a vape shop, as "
            '"the final insult."'
        ),
        "quotes": [
            (
                "Sign in the window says closing down. Anyone know what happened?",
                None,
                False,
                "P1",
            ),
            (
                "Nothing dramatic. The lease is up, I'm 67, and my knees have voted,",
                "Felix Amankwah",
                False,
                "P1",
            ),
            (
                "People say vinyl is back. Vinyl is back on the internet,",
                "Felix Amankwah",
                False,
                "P2",
            ),
            ("the final insult.", "Felix Amankwah", True, "P2"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Felix Amankwah", "Dunmore Herald"),
        ],
        "people": ["Felix Amankwah"],
    },
    {
        "name": "pub-beer-garden-licensing-row",
        "text": (
            "The Fox and Fiddle in Marlow Vale will have to close its beer garden at 9pm after a "
            "licensing hearing on Wednesday, ending a two-year row with neighbours over "
            "noise.\n\n"
            "Residents of Tanner’s Row had complained of “karaoke until midnight, four nights a "
            "week.” In a letter to the council in January, the chair of the Tanner’s Row "
            "Residents’ Association, Brendan Kilbride, wrote that people on the street had “not "
            "had an unbroken night’s sleep since Easter.”\n\n"
            "The pub’s landlady, Shelley Dunne, told the hearing that the karaoke had stopped in "
            "March. “We’ve bent over backwards. There hasn’t been a microphone out there since "
            "spring,” she said.\n\n"
            "After the ruling, Dunne posted a photo of the empty garden on Instagram with the "
            "caption “Last orders, 8.45pm. Blame Tanner’s Row.” Kilbride replied on Facebook "
            "that he was “sorry it came to this, but not sorry we spoke up.”"
        ),
        "quotes": [
            ("karaoke until midnight, four nights a week.", None, True, None),
            (
                "not had an unbroken night’s sleep since Easter.",
                "Brendan Kilbride",
                True,
                "P1",
            ),
            (
                "We’ve bent over backwards. There hasn’t been a microphone out there since spring,",
                "Shelley Dunne",
                False,
                None,
            ),
            ("Last orders, 8.45pm. Blame Tanner’s Row.", "Shelley Dunne", False, "P2"),
            (
                "sorry it came to this, but not sorry we spoke up.",
                "Brendan Kilbride",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Brendan Kilbride", None),
            ("P2", "Shelley Dunne", "Instagram"),
            ("P3", "Brendan Kilbride", "Facebook"),
        ],
        "people": ["Brendan Kilbride", "Shelley Dunne"],
    },
    {
        "name": "food-festival-podcast-substack-critic",
        "text": (
            "The Harbourside Food Festival returns to Porthcove this weekend with 140 stalls, "
            "its biggest line-up yet, after a year in which organisers feared it would not "
            "survive.\n\n"
            "Its founder, chef Rhiannon Pryce, told the podcast Small Town Big Table that the "
            "2023 festival had lost £38,000. “We nearly didn’t come back. I sold my van to cover "
            "the stallholders,” she said on the episode, released on Monday.\n\n"
            "A local food writer, Owain Griffiths, who had criticised the festival’s prices in "
            "his Substack newsletter last summer, said this year’s £5 entry fee was “a genuine "
            "climbdown.” In that newsletter he had called the £15 ticket “a tax on "
            "curiosity.”\n\n"
            "Pryce did not respond to Griffiths directly. But in a YouTube video announcing the "
            "programme, she said: “If you think it’s too dear, come and volunteer. Volunteers "
            "eat free.”"
        ),
        "quotes": [
            (
                "We nearly didn’t come back. I sold my van to cover the stallholders,",
                "Rhiannon Pryce",
                False,
                "P1",
            ),
            ("a genuine climbdown.", "Owain Griffiths", True, None),
            ("a tax on curiosity.", "Owain Griffiths", True, "P2"),
            (
                "If you think it’s too dear, come and volunteer. Volunteers eat free.",
                "Rhiannon Pryce",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rhiannon Pryce", "Small Town Big Table"),
            ("P2", "Owain Griffiths", "Substack"),
            ("P3", "Rhiannon Pryce", "YouTube"),
        ],
        "people": ["Rhiannon Pryce", "Owain Griffiths"],
    },
    {
        "name": "obituary-corner-shop-bluesky-thread-eulogy",
        "text": (
            "Ishaan Kapoor, whose corner shop on Wendover Road stayed open through floods, "
            "strikes and a pandemic, has died aged 79.\n\n"
            "Known to generations of schoolchildren as “Mr K,” Kapoor kept a jar of free pencils "
            "by the till for anyone sitting exams. His daughter, Priya Kapoor-Hale, announced "
            "his death in a thread on Bluesky on Tuesday. “Dad opened at 6am for 51 years and "
            "never once called it work,” she wrote.\n\n"
            "Hundreds replied. The novelist Jonah Feld, who grew up two streets away, wrote "
            "under the thread: “He let me read comics off the rack for free for an entire "
            "summer and pretended not to notice.”\n\n"
            "At the funeral on Friday, Kapoor’s grandson, Arjun Hale, read a eulogy. “He said "
            "the shop was ‘just a shop’. It was the centre of the world,” he said."
        ),
        "quotes": [
            (
                "Dad opened at 6am for 51 years and never once called it work,",
                "Priya Kapoor-Hale",
                False,
                "P1",
            ),
            (
                "He let me read comics off the rack for free for an entire summer and pretended "
                "not to notice.",
                "Jonah Feld",
                False,
                "P1",
            ),
            (
                "He said the shop was ‘just a shop’. It was the centre of the world,",
                "Arjun Hale",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Priya Kapoor-Hale", "Bluesky"),
        ],
        "people": ["Ishaan Kapoor", "Priya Kapoor-Hale", "Jonah Feld", "Arjun Hale"],
    },
    {
        "name": "community-garden-email-linkedin-comment",
        "text": (
            "A row over a community garden in Fenwick Park has split the volunteers who built "
            "it.\n\n"
            "The Fenwick Growers, a group of about 30 volunteers, were told in an email from the "
            "parks department last week that their raised beds would be removed to make way for "
            'a "pop-up" events space. The email, signed by parks manager Lorraine Beck, said the '
            'beds were "never intended to be permanent."\n\n'
            "The group's founder, Theo Marchetti, wrote on LinkedIn that he was "
            '"gutted but not surprised." Another volunteer, Hana Suzuki, disagreed publicly. '
            '"We signed a one-year licence. We knew this was coming," she wrote in a comment '
            "under his post.\n\n"
            "Beck told the Fenwick Observer on Thursday that the council would help move the "
            'plants. "Nobody is bulldozing tomatoes," she said.'
        ),
        "quotes": [
            ("never intended to be permanent.", "Lorraine Beck", True, "P1"),
            ("gutted but not surprised.", "Theo Marchetti", True, "P2"),
            (
                "We signed a one-year licence. We knew this was coming,",
                "Hana Suzuki",
                False,
                "P2",
            ),
            ("Nobody is bulldozing tomatoes,", "Lorraine Beck", False, "P3"),
        ],
        "posts": [
            ("P1", "Lorraine Beck", None),
            ("P2", "Theo Marchetti", "LinkedIn"),
            ("P3", "Lorraine Beck", "Fenwick Observer"),
        ],
        "people": ["Lorraine Beck", "Theo Marchetti", "Hana Suzuki"],
    },
    {
        "name": "verge-parking-whatsapp-threat-court",
        "text": (
            "Residents of the Millbrook estate have been told to stop parking on the grass "
            "verges after a dispute that began in a WhatsApp group ended with two neighbours in "
            "a magistrates’ court.\n\n"
            "According to screenshots shared with the Millbrook Mercury, Darren Oakes wrote in "
            "the estate’s WhatsApp group in August: “Next person who parks on my verge gets "
            "their tyres let down.” Two days later a neighbour’s tyres were found flat.\n\n"
            "Oakes, 52, was fined £400 on Tuesday for criminal damage. Outside court he told "
            "reporters that the verge was “basically my front garden” and that he regretted "
            "nothing.\n\n"
            "The neighbour, Kwame Asante, posted a short statement on Facebook after the "
            "hearing. “I’m glad it’s over. I just want to park my car and go to work,” he wrote."
        ),
        "quotes": [
            (
                "Next person who parks on my verge gets their tyres let down.",
                "Darren Oakes",
                False,
                "P1",
            ),
            ("basically my front garden", "Darren Oakes", True, None),
            (
                "I’m glad it’s over. I just want to park my car and go to work,",
                "Kwame Asante",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Darren Oakes", "WhatsApp"),
            ("P2", "Kwame Asante", "Facebook"),
        ],
        "people": ["Darren Oakes", "Kwame Asante"],
    },
    {
        "name": "bookshop-branch-closing-release-threads-reply",
        "text": (
            "Page & Quill, the bookshop chain, will close its branch on Castle Street in "
            "Haverford in April, the company said in a press release on Tuesday, ending 63 years "
            "of bookselling on the site.\n\n"
            "“This was a difficult decision, taken only after every alternative was explored,” "
            "the release quoted the chain’s managing director, Simone Achterberg, as saying.\n\n"
            "The shop’s manager for 19 years, Gwen Maddox, learned of the closure the same "
            "morning. “I found out from a press release like everyone else,” she told the "
            "Haverford Advertiser.\n\n"
            "The town’s mayor, Ollie Brannigan, posted on Threads that he would ask the company "
            "to reconsider. “Castle Street without a bookshop is not a high street. It’s a "
            "corridor,” he wrote. Maddox replied under his post: “Thank you, Ollie. Too late "
            "for us, I think.”"
        ),
        "quotes": [
            (
                "This was a difficult decision, taken only after every alternative was explored,",
                "Simone Achterberg",
                False,
                "P1",
            ),
            (
                "I found out from a press release like everyone else,",
                "Gwen Maddox",
                False,
                "P2",
            ),
            (
                "Castle Street without a bookshop is not a high street. It’s a corridor,",
                "Ollie Brannigan",
                False,
                "P3",
            ),
            ("Thank you, Ollie. Too late for us, I think.", "Gwen Maddox", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Gwen Maddox", "Haverford Advertiser"),
            ("P3", "Ollie Brannigan", "Threads"),
        ],
        "people": ["Simone Achterberg", "Gwen Maddox", "Ollie Brannigan"],
    },
    {
        "name": "music-festival-noise-petition-look-north",
        "text": (
            "Thousands of people are expected at Hebble Fest in Sowerby Bridge on Saturday, "
            "despite a petition by residents who say last year’s event kept them awake until "
            "2am.\n\n"
            "The petition, started by Rosalind Haigh, has gathered 1,200 signatures. “We are not "
            "against music. We are against bass at two in the morning,” it reads.\n\n"
            "The festival’s organisers said in a statement on their website that the stages "
            "would fall silent at 11pm this year. Its director, Marcus Lowe, went further in an "
            "interview with BBC Look North. “We got it wrong last year, and I’ve apologised to "
            "every house on Wharf Street personally,” he said.\n\n"
            "The headline act, the Halifax band Velvet Canal, is expected to close with its hit "
            "“Bridge Over the Calder.” One resident on Wharf Street, who did not want to be "
            "named, said she would be “at my sister’s in Leeds, with earplugs.”"
        ),
        "quotes": [
            (
                "We are not against music. We are against bass at two in the morning,",
                "Rosalind Haigh",
                False,
                "P1",
            ),
            (
                "We got it wrong last year, and I’ve apologised to every house on Wharf Street "
                "personally,",
                "Marcus Lowe",
                False,
                "P3",
            ),
            ("at my sister’s in Leeds, with earplugs.", None, True, None),
        ],
        "posts": [
            ("P1", "Rosalind Haigh", None),
            ("P2", None, None),
            ("P3", "Marcus Lowe", "BBC Look North"),
        ],
        "people": ["Rosalind Haigh", "Marcus Lowe"],
    },
    {
        "name": "lifeboat-volunteers-rescue-station-facebook",
        "text": (
            "Volunteers from the Skerrow lifeboat station rescued two teenagers cut off by the "
            "tide beneath Gull Point on Sunday evening, the station’s fourth call-out in a "
            "week.\n\n"
            "In a post on the station’s Facebook page, the crew wrote that the pair had been "
            "“minutes from real trouble” when the inshore boat reached them.\n\n"
            "The helm, Nia Trevithick, a 34-year-old primary school teacher, told ITV News West "
            "Country that the teenagers had done the right thing by calling 999. “They stayed "
            "put, they stayed together, and they rang us. That’s the whole lesson,” she said.\n\n"
            "The RNLI’s regional water safety lead, Gareth Vowles, said at a press conference on "
            "Monday that tide tables should be “as normal as sun cream” for anyone walking on "
            "the coast."
        ),
        "quotes": [
            ("minutes from real trouble", None, True, "P1"),
            (
                "They stayed put, they stayed together, and they rang us. That’s the whole lesson,",
                "Nia Trevithick",
                False,
                "P2",
            ),
            ("as normal as sun cream", "Gareth Vowles", True, None),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Nia Trevithick", "ITV News West Country"),
        ],
        "people": ["Nia Trevithick", "Gareth Vowles"],
    },
    {
        "name": "obituary-folk-festival-founder-op-ed-letter",
        "text": (
            'Bernard "Bunny" Achebe-Walsh, who founded the Kilmory Folk Festival in a farmer\'s '
            "field in 1974 and ran it for four decades, has died at 88.\n\n"
            "Achebe-Walsh wrote often about the festival's finances. In a 1996 op-ed in the "
            "Kilmory Sentinel, he argued that ticket prices should never rise faster than "
            "wages. \"A folk festival that working people can't afford is a contradiction in "
            'terms," he wrote.\n\n'
            "His longtime rival, the promoter Sheila Comyn, who ran the competing Glenarn Fair, "
            'wrote a letter to the Sentinel this week. "We fought over every fiddler in '
            'Scotland for thirty years. I will miss him terribly," her letter said.\n\n'
            "The festival's current director, Ewan Baird, announced on Instagram that this "
            'summer\'s opening concert would be renamed "The Bunny Session" in his honour.'
        ),
        "quotes": [
            (
                "A folk festival that working people can't afford is a contradiction in terms,",
                "Bernard Achebe-Walsh",
                False,
                "P1",
            ),
            (
                "We fought over every fiddler in Scotland for thirty years. I will miss him "
                "terribly,",
                "Sheila Comyn",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Bernard Achebe-Walsh", "Kilmory Sentinel"),
            ("P2", "Sheila Comyn", "Kilmory Sentinel"),
            ("P3", "Ewan Baird", "Instagram"),
        ],
        "people": ["Bernard Achebe-Walsh", "Sheila Comyn", "Ewan Baird"],
    },
    {
        "name": "oak-tree-protest-youtube-livestream",
        "text": (
            "Eleven residents chained themselves to a 200-year-old oak on Pennington Lane on "
            "Tuesday morning to stop contractors felling it for a new access road.\n\n"
            "The protest was streamed live on YouTube by one of them, Oriel Banfield, a "
            "71-year-old retired midwife. “I delivered half the babies on this lane. I am not "
            "letting them cut down the tree they climbed,” she said to the camera as police "
            "arrived.\n\n"
            "The developer, Lyndhurst Homes, said in a statement that the tree had been "
            "“assessed as structurally unsound” by an independent arborist. Its chief "
            "executive, Paul Sayer, told the BBC that the company had “followed every rule "
            "there is.”\n\n"
            "Councillor Fatima Zahra Benali, who represents the ward, told reporters at the "
            "scene that she had asked for a second survey. “If the tree is sound, the road "
            "moves. If it isn’t, we plant ten more,” she said.\n\n"
            "Banfield was unmoved. “Ten saplings are not an oak,” she told the crowd."
        ),
        "quotes": [
            (
                "I delivered half the babies on this lane. I am not letting them cut down the "
                "tree they climbed,",
                "Oriel Banfield",
                False,
                "P1",
            ),
            ("assessed as structurally unsound", None, True, "P2"),
            ("followed every rule there is.", "Paul Sayer", True, "P3"),
            (
                "If the tree is sound, the road moves. If it isn’t, we plant ten more,",
                "Fatima Zahra Benali",
                False,
                None,
            ),
            ("Ten saplings are not an oak,", "Oriel Banfield", False, None),
        ],
        "posts": [
            ("P1", "Oriel Banfield", "YouTube"),
            ("P2", None, None),
            ("P3", "Paul Sayer", "BBC"),
        ],
        "people": ["Oriel Banfield", "Paul Sayer", "Fatima Zahra Benali"],
    },
    {
        "name": "village-post-office-counter-open-letter",
        "text": (
            "The post office counter inside Greaves Pharmacy in Little Ashby will close on 30 "
            "May, leaving the village’s 2,400 residents with a seven-mile round trip to the "
            "nearest branch.\n\n"
            "The pharmacist, Deepak Nair, said he had no choice. In an open letter to customers, "
            "pinned to the shop door, he wrote:\n\n"
            "“The Post Office pays me less for a counter transaction today than it did in 2015. "
            "I have subsidised this counter from my own pocket for six years.\n\n"
            "“I cannot do it any longer, and I am sorry. You have been the best customers a "
            "chemist could ask for.”\n\n"
            "A Post Office spokesperson said the company was “actively seeking a new partner” "
            "in the village. The local MP, Harriet Venn, wrote to the Post Office’s chief "
            "executive on Monday, calling the closure “a body blow for older residents.”"
        ),
        "quotes": [
            (
                "The Post Office pays me less for a counter transaction today than it did in "
                "2015. I have subsidised this counter from my own pocket for six years.",
                "Deepak Nair",
                False,
                "P1",
            ),
            (
                "I cannot do it any longer, and I am sorry. You have been the best customers a "
                "chemist could ask for.",
                "Deepak Nair",
                False,
                "P1",
            ),
            ("actively seeking a new partner", None, True, None),
            ("a body blow for older residents.", "Harriet Venn", True, "P2"),
        ],
        "posts": [
            ("P1", "Deepak Nair", None),
            ("P2", "Harriet Venn", None),
        ],
        "people": ["Deepak Nair", "Harriet Venn"],
    },
    {
        "name": "lunar-new-year-festival-speech-tiktok-x-reply",
        "text": (
            "More than 15,000 people filled Bradwell Market Square on Saturday for the town’s "
            "first Lunar New Year festival, organised by a team of 60 volunteers from the "
            "Bradwell Chinese Community Association.\n\n"
            "The association’s chair, Zhou Meiling, said in a speech before the lion dance that "
            "the festival had taken three years to win council approval. “They asked us for a "
            "risk assessment for a paper dragon. We wrote one,” she said, to laughter.\n\n"
            "Among the stallholders was Minh Chau Tran, whose family runs the Pho Saigon "
            "restaurant on Mill Street. Tran posted a TikTok video from behind her stall as the "
            "queue stretched past the fountain. “Four hundred bowls and counting. Mum is "
            "crying,” she said in it.\n\n"
            "The council leader, Stuart Pemberton, wrote on X that the festival should become "
            "“a permanent fixture.” Zhou replied under his post: “Then fund it, Stuart.”"
        ),
        "quotes": [
            (
                "They asked us for a risk assessment for a paper dragon. We wrote one,",
                "Zhou Meiling",
                False,
                None,
            ),
            ("Four hundred bowls and counting. Mum is crying,", "Minh Chau Tran", False, "P1"),
            ("a permanent fixture.", "Stuart Pemberton", True, "P2"),
            ("Then fund it, Stuart.", "Zhou Meiling", False, "P2"),
        ],
        "posts": [
            ("P1", "Minh Chau Tran", "TikTok"),
            ("P2", "Stuart Pemberton", "X"),
        ],
        "people": ["Zhou Meiling", "Minh Chau Tran", "Stuart Pemberton"],
    },
    {
        "name": "repair-cafe-newsletter-letters-page-radio",
        "text": (
            "Every second Saturday, the back hall of Holy Trinity in Westmere turns into a repair "
            "café, where volunteers fix toasters, lamps and torn coats for free. Since it opened "
            "in 2019, it has saved an estimated 4.2 tonnes of goods from landfill.\n\n"
            "Its founder, Beatrix Lindahl, a retired electrical engineer, wrote in the café’s "
            "monthly email newsletter that the volunteers had fixed their 5,000th item in March: "
            "a 1970s Teasmade. “It made tea again. Its owner made us all a cup,” she wrote.\n\n"
            "Not everyone is a fan. A local electrical retailer, Clive Danvers, complained in a "
            "letter to the Westmere Journal that the café was taking “bread out of tradesmen’s "
            "mouths.” Lindahl responded on the same page a week later. “Mr Danvers is welcome "
            "to come and fix things with us. We have a spare soldering iron,” she wrote.\n\n"
            "Volunteer Agnes Moyo, 82, who darns jumpers at the café, calls herself its “chief "
            "needle.” She told BBC Radio Westmere: “At my age you want to be useful. Here I am "
            "useful every second Saturday.”"
        ),
        "quotes": [
            ("It made tea again. Its owner made us all a cup,", "Beatrix Lindahl", False, "P1"),
            ("bread out of tradesmen’s mouths.", "Clive Danvers", True, "P2"),
            (
                "Mr Danvers is welcome to come and fix things with us. We have a spare soldering "
                "iron,",
                "Beatrix Lindahl",
                False,
                "P3",
            ),
            (
                "At my age you want to be useful. Here I am useful every second Saturday.",
                "Agnes Moyo",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Beatrix Lindahl", None),
            ("P2", "Clive Danvers", "Westmere Journal"),
            ("P3", "Beatrix Lindahl", "Westmere Journal"),
            ("P4", "Agnes Moyo", "BBC Radio Westmere"),
        ],
        "people": ["Beatrix Lindahl", "Clive Danvers", "Agnes Moyo"],
    },
    {
        "name": "hardware-store-closing-split-quote-mayor",
        "text": (
            "Kessler's Hardware, a fixture of Elm Avenue in Ridgefield since 1952, will close "
            "its doors on Saturday. Owner Ruth Kessler, 74, the founder's granddaughter, said in "
            "an interview at the store that she could no longer compete with the big-box store "
            "that opened off Route 9 in 2019.\n\n"
            '"People come in here to ask me which screw they need, and then they buy it '
            "online,\" she said. \"I don't blame them. I just can't pay the electric bill with "
            'advice."\n\n'
            'Mayor Dan Okafor called the closure "the end of an era" in a Facebook post on '
            "Wednesday. The mayor also said the town would look at lowering business rates on "
            "Elm Avenue.\n\n"
            "Her son, Aaron Kessler, said he had no interest in taking over. "
            '"I love the place, but I\'m a nurse," he told the Ridgefield Press.'
        ),
        "quotes": [
            (
                "People come in here to ask me which screw they need, and then they buy it online,",
                "Ruth Kessler",
                False,
                None,
            ),
            (
                "I don't blame them. I just can't pay the electric bill with advice.",
                "Ruth Kessler",
                False,
                None,
            ),
            ("the end of an era", "Dan Okafor", True, "P1"),
            ("I love the place, but I'm a nurse,", "Aaron Kessler", False, "P2"),
        ],
        "posts": [
            ("P1", "Dan Okafor", "Facebook"),
            ("P2", "Aaron Kessler", "Ridgefield Press"),
        ],
        "people": ["Ruth Kessler", "Dan Okafor", "Aaron Kessler"],
    },
]
