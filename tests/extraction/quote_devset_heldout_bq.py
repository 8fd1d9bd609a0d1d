"""The sixty-third self-made dev set, held out (BQ): its first run is an unseen estimate.

Written with set BP, without reading the extraction rules, and committed before
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
- Honorifics and titles (Dr., Sen., Dean, Superintendent, U.S. District Judge)
  are not part of a canonical name; a description ("the 34-year-old designer",
  "the elder Yoon", "the 27-year-old") resolves to the person it describes.
- A person named only by a first name ("a parent who gave only her first name,
  Lucia") is named: the canonical name is that first name, and she is listed
  in people. A fictional character (Hedda) and the name of an award are not
  people.
- "Posted again" on a platform is a new post, like "a second post"; a second
  post with no platform named keeps the platform named before.
- A reply in a Nextdoor thread, a reply to a Bluesky thread and the author's
  answer under that reply all belong to the post that started the thread.
- A Reddit thread started by an unnamed user is a post with author None and
  platform Reddit; a reply in it from another unnamed user belongs to it. The
  thread's title in marks is a title, not a quote.
- An email from a company to its customers is a post with author None and
  platform None.
- The words shown over an Instagram story are an Instagram post of the story's
  author and are not partial; sharing that story to one's own account with
  added words is a new Instagram post by the sharer.
- A reply posted by a company's or restaurant's official account (under a post,
  in the comments, or as its own Instagram post) speaks as None; a group's
  Facebook post has author None.
- A caption given whole ("with the caption ...") is not partial.
- An open letter signed by hundreds of faculty members has author None, even
  when the text names the professor who organised it.
- "In a statement, the university's president, Dr. X, said" is the president's
  own statement (author: the president); a statement "released by the theater"
  that quotes its artistic director has author None, and a company's statement
  quoting its chief executive has author None. "He added:" right after a quote
  from a statement continues that statement.
- A state wildlife agency's statement has author None; a fragment it "warned"
  inside the sentence reporting the statement belongs to it.
- A quote nested in single marks inside another quote is part of the outer
  quote (kept, marks and all, in its text) and is not a quote of its own.
- A sentence split by its attribution ("The falcons were here first," X said
  in the release, "and this year ...") is two quotes, neither partial.
- A judge's ruling is the judge's post with platform None. A complaint in a
  lawsuit filed by a named person is that person's post, and its first-person
  words ("the complaint says") are attributed to her.
- A wire-service interview first named as "The Associated Press" keeps that
  platform when later called "the AP"; "in the same interview" ties a fragment
  to it.
- A late-night show is a post with the show's name as platform; what the guest
  "told the host" and what she said "later in the segment" belong to it.
- A magazine profile is an interview with the magazine (platform: the
  magazine's name); another person quoted in the same profile ("the profile
  also quotes her mother") is linked to that post with her own speaker.
- A podcast with a named show has the show as platform; for BBC Radio 4's
  "Front Row" the platform is the show. A statement "posted on Instagram" is
  an Instagram post. A named tech newsletter (Platformer) that a person "told"
  is an interview with that platform. A student newspaper that a person "told",
  or where an op-ed ran, is the platform.
- A report "released by researchers" at a university has author None; a
  federal safety board's report has author None; a union's letter to members
  "obtained by Reuters" has author None and platform None.
- A YouTube video is a post of the person in it; what she "says" in the video
  belongs to it.
- Words said from a stage, backstage to reporters, to a premiere audience, at
  a rally, a parliamentary hearing or a town hall, or with only "said" and no
  outlet, are not posts.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BQ: list[dict] = [
    {
        "name": "chat-startup-layoffs-linkedin-threads",
        "text": (
            "Kestrel Software, the Oslo-founded maker of workplace chat tools, cut 140 jobs on "
            "Tuesday, and several of the people let go said so publicly within hours.\n\n"
            "“After six years, today was my last day at Kestrel,” Priya Raghunathan, a senior "
            "product designer, wrote on LinkedIn. “If you are hiring for accessibility work, my "
            "inbox is open.”\n\n"
            "Under her post, former colleague Tomasz Wierzbicki replied: “You made the product "
            "usable for thousands of people. Someone will be lucky to get you.”\n\n"
            "The company’s chief executive, Ingrid Solheim, addressed the cuts on Threads that "
            "evening, calling them “the hardest call I have made as a founder” and promising four "
            "months of severance. A spokesman declined to comment further.\n\n"
            "By Wednesday, the 34-year-old designer had posted again on LinkedIn, saying she had "
            "received more than 300 messages from strangers. “I did not expect this. I am reading "
            "every one,” she wrote."
        ),
        "quotes": [
            (
                "After six years, today was my last day at Kestrel,",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "If you are hiring for accessibility work, my inbox is open.",
                "Priya Raghunathan",
                False,
                "P1",
            ),
            (
                "You made the product usable for thousands of people. Someone will be lucky to "
                "get you.",
                "Tomasz Wierzbicki",
                False,
                "P1",
            ),
            ("the hardest call I have made as a founder", "Ingrid Solheim", True, "P2"),
            ("I did not expect this. I am reading every one,", "Priya Raghunathan", False, "P3"),
        ],
        "posts": [
            ("P1", "Priya Raghunathan", "LinkedIn"),
            ("P2", "Ingrid Solheim", "Threads"),
            ("P3", "Priya Raghunathan", "LinkedIn"),
        ],
        "people": ["Priya Raghunathan", "Tomasz Wierzbicki", "Ingrid Solheim"],
    },
    {
        "name": "linguistics-closure-open-letter-rally",
        "text": (
            "More than 600 faculty members at Ashworth University signed an open letter on Monday "
            "urging the school to reverse its decision to close the linguistics department.\n\n"
            "“A university that cannot afford the study of language has forgotten what it is "
            "for,” the letter says. It asks the board of trustees to delay any vote until after "
            "the spring semester.\n\n"
            "The letter was organized by Folasade Adeyemi, a professor of phonetics, who told a "
            "rally on the campus quad that the closure was “an accounting decision dressed up as "
            "strategy.” She later told The Chronicle of Higher Education that she had not been "
            "consulted before the announcement. “I learned about it from a calendar invite,” she "
            "said.\n\n"
            "In a statement, the university’s president, Dr. Martin Ekwueme, said the school "
            "“must make hard choices to protect its core mission.” He added: “No tenured faculty "
            "member will lose their job as a result of this change.”"
        ),
        "quotes": [
            (
                "A university that cannot afford the study of language has forgotten what it is "
                "for,",
                None,
                False,
                "P1",
            ),
            ("an accounting decision dressed up as strategy.", "Folasade Adeyemi", True, None),
            ("I learned about it from a calendar invite,", "Folasade Adeyemi", False, "P2"),
            ("must make hard choices to protect its core mission.", "Martin Ekwueme", True, "P3"),
            (
                "No tenured faculty member will lose their job as a result of this change.",
                "Martin Ekwueme",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Folasade Adeyemi", "The Chronicle of Higher Education"),
            ("P3", "Martin Ekwueme", None),
        ],
        "people": ["Folasade Adeyemi", "Martin Ekwueme"],
    },
    {
        "name": "airline-outage-reddit-thread-customer-email",
        "text": (
            "Passengers stranded by a weekend computer outage at Meridian Air vented on Reddit, "
            "where a thread titled “Stuck in Denver for 31 hours” had drawn more than 4,000 "
            "comments by Monday.\n\n"
            "“They rebooked me three times and canceled all three,” wrote the user who started "
            "the thread. “Nobody at the gate knew anything.”\n\n"
            "One reply, from a user who said she was a flight attendant for the airline, read: "
            "“We were as blind as you were. Please be kind to the gate agents.”\n\n"
            "On Sunday night, Meridian sent an email to customers apologizing for the disruption "
            "and offering each affected traveler a $300 voucher. “We fell short of what you "
            "expect from us, and we are sorry,” the email said.\n\n"
            "Chief operating officer Rafael Quintero told reporters at Denver International "
            "Airport that a faulty software update had caused the outage. “It will not happen "
            "again on my watch,” he said."
        ),
        "quotes": [
            ("They rebooked me three times and canceled all three,", None, False, "P1"),
            ("Nobody at the gate knew anything.", None, False, "P1"),
            (
                "We were as blind as you were. Please be kind to the gate agents.",
                None,
                False,
                "P1",
            ),
            ("We fell short of what you expect from us, and we are sorry,", None, False, "P2"),
            ("It will not happen again on my watch,", "Rafael Quintero", False, None),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
        ],
        "people": ["Rafael Quintero"],
    },
    {
        "name": "chef-closes-restaurant-instagram-story",
        "text": (
            "Chef Aurelio Bustamante closed Brasa Lenta, his Michelin-starred restaurant in "
            "Chicago, on Saturday, announcing the news in an Instagram story that showed the "
            "empty dining room.\n\n"
            "“Twelve years. Thank you, Chicago,” read the words over the video.\n\n"
            "Within minutes, fellow chef Ji-woo Han shared the story to her own account, adding: "
            "“The best lamb I ever ate. Go rest, maestro.”\n\n"
            "The closing came a month after a profile in Bon Appétit described the 52-year-old "
            "as worn down by rising costs. “I am cooking for accountants now, not for guests,” "
            "Bustamante told the magazine at the time.\n\n"
            "His longtime sous-chef, Mei-Ling Cho, said in an interview that she hoped to open "
            "her own place in the space next year. “He handed me the keys and told me not to "
            "ruin the oven,” she said, laughing."
        ),
        "quotes": [
            ("Twelve years. Thank you, Chicago,", "Aurelio Bustamante", False, "P1"),
            ("The best lamb I ever ate. Go rest, maestro.", "Ji-woo Han", False, "P2"),
            (
                "I am cooking for accountants now, not for guests,",
                "Aurelio Bustamante",
                False,
                "P3",
            ),
            (
                "He handed me the keys and told me not to ruin the oven,",
                "Mei-Ling Cho",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Aurelio Bustamante", "Instagram"),
            ("P2", "Ji-woo Han", "Instagram"),
            ("P3", "Aurelio Bustamante", "Bon Appétit"),
        ],
        "people": ["Aurelio Bustamante", "Ji-woo Han", "Mei-Ling Cho"],
    },
    {
        "name": "grizzly-nextdoor-thread-agency-statement",
        "text": (
            "Residents of Larch Creek, Mont., have been tracking a young grizzly bear through a "
            "Nextdoor thread that had grown to more than 200 replies by Friday.\n\n"
            "“He was in my driveway at 6 a.m., calm as anything,” wrote Donna Pickering, a "
            "retired schoolteacher who started the thread on Thursday with a blurry photo. "
            "“Please lock your bins.”\n\n"
            "“Lock your bins AND your cars,” replied her neighbor Samuel Oyelaran. “He opened my "
            "truck door last summer.”\n\n"
            "State wildlife officials were less amused. Montana Fish, Wildlife and Parks said in "
            "a statement on Friday that the bear would be trapped and moved deeper into Glacier "
            "National Park if it kept returning, warning that “a fed bear is a dead bear.”\n\n"
            "Colleen Fairweather, a bear specialist with the agency, told the Flathead Beacon "
            "that the animal was about three years old. “He is not aggressive. He is just "
            "learning that people mean food,” she said."
        ),
        "quotes": [
            ("He was in my driveway at 6 a.m., calm as anything,", "Donna Pickering", False, "P1"),
            ("Please lock your bins.", "Donna Pickering", False, "P1"),
            ("Lock your bins AND your cars,", "Samuel Oyelaran", False, "P1"),
            ("He opened my truck door last summer.", "Samuel Oyelaran", False, "P1"),
            ("a fed bear is a dead bear.", None, True, "P2"),
            (
                "He is not aggressive. He is just learning that people mean food,",
                "Colleen Fairweather",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Donna Pickering", "Nextdoor"),
            ("P2", None, None),
            ("P3", "Colleen Fairweather", "Flathead Beacon"),
        ],
        "people": ["Donna Pickering", "Samuel Oyelaran", "Colleen Fairweather"],
    },
    {
        "name": "festival-winner-late-night-husband-bluesky",
        "text": (
            "Dutch director Anouk Verhoeven, whose drama “The Salt Year” won the Tiger Award at "
            "the International Film Festival Rotterdam last month, was a guest on “The Late Show” "
            "on Tuesday night.\n\n"
            "“I thanked my dentist and forgot my husband,” Verhoeven told the host, recalling her "
            "acceptance speech. “He has not let me forget it.”\n\n"
            "Her husband, the composer Joris Lindqvist, had already made light of the omission on "
            "Bluesky. “Eleven years of marriage, zero mentions. The dentist is thrilled,” he "
            "posted the night of the ceremony.\n\n"
            "Verhoeven said the film, shot in 19 days on a frozen island off the Frisian coast, "
            "would open in American theaters in May. Later in the segment, she called the shoot "
            "“the coldest month of my life.”"
        ),
        "quotes": [
            ("I thanked my dentist and forgot my husband,", "Anouk Verhoeven", False, "P1"),
            ("He has not let me forget it.", "Anouk Verhoeven", False, "P1"),
            (
                "Eleven years of marriage, zero mentions. The dentist is thrilled,",
                "Joris Lindqvist",
                False,
                "P2",
            ),
            ("the coldest month of my life.", "Anouk Verhoeven", True, "P1"),
        ],
        "posts": [
            ("P1", "Anouk Verhoeven", "The Late Show"),
            ("P2", "Joris Lindqvist", "Bluesky"),
        ],
        "people": ["Anouk Verhoeven", "Joris Lindqvist"],
    },
    {
        "name": "playwright-substack-theater-statement",
        "text": (
            "The playwright Oluwaseun Bakare said in a Substack essay published Sunday that he had "
            "pulled his new play from the Harrowgate Repertory Theatre after the company asked "
            "him to cut a scene about a police raid.\n\n"
            "“I was told the scene would ‘alienate our subscribers,’” Bakare wrote. “I would "
            "rather alienate them than lie to them.”\n\n"
            "Harrowgate’s artistic director, Fiona McAllister, disputed that account in a "
            "statement released by the theater on Monday. “We raised questions about running "
            "time, not content,” McAllister said in the statement. “We remain admirers of Seun’s "
            "work.”\n\n"
            "Bakare, 38, responded on Bluesky within the hour: “Running time. Sure.”"
        ),
        "quotes": [
            (
                "I was told the scene would ‘alienate our subscribers,’",
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            ("I would rather alienate them than lie to them.", "Oluwaseun Bakare", False, "P1"),
            (
                "We raised questions about running time, not content,",
                "Fiona McAllister",
                False,
                "P2",
            ),
            ("We remain admirers of Seun’s work.", "Fiona McAllister", False, "P2"),
            ("Running time. Sure.", "Oluwaseun Bakare", False, "P3"),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", "Substack"),
            ("P2", None, None),
            ("P3", "Oluwaseun Bakare", "Bluesky"),
        ],
        "people": ["Oluwaseun Bakare", "Fiona McAllister"],
    },
    {
        "name": "face-data-startup-judge-ruling-lawsuit",
        "text": (
            "A federal judge in San Francisco on Thursday barred Vantory, a facial-recognition "
            "startup, from selling images it collected through a popular dating app, finding that "
            "users had likely never agreed to the sale.\n\n"
            "“A checkbox on the 31st screen of a sign-up process is not consent,” U.S. District "
            "Judge Harriet Okonkwo wrote in a 22-page ruling.\n\n"
            "The lawsuit was filed in March by Daniela Ferreira-Stone, a Sacramento nurse who says "
            "she found her own photos in a Vantory sales presentation. “I never gave anyone "
            "permission to sell my face,” the complaint says.\n\n"
            "Vantory’s chief executive, Nikhil Barve, told reporters outside the courthouse that "
            "the company would appeal. “We think the judge misread the law,” he said.\n\n"
            "In a LinkedIn post on Friday, Barve called the ruling “a setback, not a verdict” and "
            "told employees their jobs were safe."
        ),
        "quotes": [
            (
                "A checkbox on the 31st screen of a sign-up process is not consent,",
                "Harriet Okonkwo",
                False,
                "P1",
            ),
            (
                "I never gave anyone permission to sell my face,",
                "Daniela Ferreira-Stone",
                False,
                "P2",
            ),
            ("We think the judge misread the law,", "Nikhil Barve", False, None),
            ("a setback, not a verdict", "Nikhil Barve", True, "P3"),
        ],
        "posts": [
            ("P1", "Harriet Okonkwo", None),
            ("P2", "Daniela Ferreira-Stone", None),
            ("P3", "Nikhil Barve", "LinkedIn"),
        ],
        "people": ["Harriet Okonkwo", "Daniela Ferreira-Stone", "Nikhil Barve"],
    },
    {
        "name": "lisbon-airport-wire-interview-hearing",
        "text": (
            "The head of Portugal’s airport authority said in an interview with The Associated "
            "Press on Wednesday that Lisbon’s long-delayed second airport would not open before "
            "2034.\n\n"
            "“We lost a decade to arguments about where to put it,” Beatriz Sarmento, who has led "
            "the authority since 2022, told the AP. “The arguments are over. Now we pour "
            "concrete.”\n\n"
            "In the same interview, she described the current terminal as “a bus station with a "
            "runway” and said construction contracts would be signed by December.\n\n"
            "At a parliamentary hearing later that day, opposition lawmaker Duarte Fonseca "
            "accused the government of hiding the project’s true cost. “Nobody in this room "
            "believes the 2034 date,” he said."
        ),
        "quotes": [
            (
                "We lost a decade to arguments about where to put it,",
                "Beatriz Sarmento",
                False,
                "P1",
            ),
            ("The arguments are over. Now we pour concrete.", "Beatriz Sarmento", False, "P1"),
            ("a bus station with a runway", "Beatriz Sarmento", True, "P1"),
            ("Nobody in this room believes the 2034 date,", "Duarte Fonseca", False, None),
        ],
        "posts": [("P1", "Beatriz Sarmento", "The Associated Press")],
        "people": ["Beatriz Sarmento", "Duarte Fonseca"],
    },
    {
        "name": "dumpling-review-threads-feud",
        "text": (
            "A one-star review of a new Toronto dumpling house has turned into a public argument "
            "between the critic and the chef.\n\n"
            "Writing on Threads on Saturday, food critic Hannah Lindgren-Okafor called the pork "
            "dumplings at Little Lotus “wet paper around sad meat” and said she had waited 50 "
            "minutes for a table.\n\n"
            "Chef Wen Zhao answered under her post: “Come back on a Tuesday. I will make them "
            "myself and you can tell me to my face.”\n\n"
            "Lindgren-Okafor declined. “Critics pay for their meals and do not accept "
            "invitations,” she wrote in a second post.\n\n"
            "The restaurant’s Instagram account, meanwhile, posted a close-up of a glistening "
            "dumpling with the caption “Wet paper, anyone?”\n\n"
            "Zhao said in an interview on Monday that weekend bookings had tripled since the "
            "review. “Bad press is still press,” he said."
        ),
        "quotes": [
            ("wet paper around sad meat", "Hannah Lindgren-Okafor", True, "P1"),
            (
                "Come back on a Tuesday. I will make them myself and you can tell me to my face.",
                "Wen Zhao",
                False,
                "P1",
            ),
            (
                "Critics pay for their meals and do not accept invitations,",
                "Hannah Lindgren-Okafor",
                False,
                "P2",
            ),
            ("Wet paper, anyone?", None, False, "P3"),
            ("Bad press is still press,", "Wen Zhao", False, None),
        ],
        "posts": [
            ("P1", "Hannah Lindgren-Okafor", "Threads"),
            ("P2", "Hannah Lindgren-Okafor", "Threads"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Hannah Lindgren-Okafor", "Wen Zhao"],
    },
    {
        "name": "college-sit-in-dean-email-straight-quotes",
        "text": (
            "The dean of students at Calloway College told students in an email on Wednesday that "
            "a sit-in at the administration building must end by Friday or those taking part "
            "would face suspension.\n\n"
            "\"Peaceful protest is part of this college's history, but so is the rule that "
            'offices must stay open," wrote the dean, Rosalind Thackeray.\n\n'
            "Within an hour, the Calloway Student Coalition, which organized the sit-in to press "
            "the college to divest from weapons makers, answered on Instagram. "
            '"We are not going anywhere," the group posted.\n\n'
            "Under the coalition's post, a parent who gave only her first name, Lucia, wrote: "
            '"Proud of you. Wear a coat."\n\n'
            "Sophomore Arjun Mehta-Pillai, 19, one of the organizers, told the student newspaper, "
            "The Calloway Courier, that about 80 students had slept in the building Tuesday "
            'night. "We brought sleeping bags and calculus homework," he said.'
        ),
        "quotes": [
            (
                "Peaceful protest is part of this college's history, but so is the rule that "
                "offices must stay open,",
                "Rosalind Thackeray",
                False,
                "P1",
            ),
            ("We are not going anywhere,", None, False, "P2"),
            ("Proud of you. Wear a coat.", "Lucia", False, "P2"),
            ("We brought sleeping bags and calculus homework,", "Arjun Mehta-Pillai", False, "P3"),
        ],
        "posts": [
            ("P1", "Rosalind Thackeray", None),
            ("P2", None, "Instagram"),
            ("P3", "Arjun Mehta-Pillai", "The Calloway Courier"),
        ],
        "people": ["Rosalind Thackeray", "Lucia", "Arjun Mehta-Pillai"],
    },
    {
        "name": "falcon-trail-closure-release-podcast",
        "text": (
            "Zion National Park will close the trail to Angels Landing until August to protect a "
            "pair of nesting peregrine falcons, the National Park Service said in a news release "
            "on Tuesday.\n\n"
            "“The falcons were here first,” Superintendent Gregory Tallbear said in the release, "
            "“and this year they picked the worst possible ledge.”\n\n"
            "The Desert Crag Alliance, a climbing advocacy group, backed the closure on Facebook. "
            "“Falcons need that ledge more than we do this summer,” the group wrote.\n\n"
            "Climbers were split. On the podcast “The Sharp End,” guide Marisol Etxeberria said "
            "the closure was overdue. “We have been loving that ledge to death,” she said on the "
            "episode, released Wednesday.\n\n"
            "Kyle Brandvold, who runs a canyoneering shop in nearby Springdale, said he had "
            "already refunded 40 bookings. “Nobody is against birds. We are against finding out "
            "on a Tuesday,” he said."
        ),
        "quotes": [
            ("The falcons were here first,", "Gregory Tallbear", False, "P1"),
            (
                "and this year they picked the worst possible ledge.",
                "Gregory Tallbear",
                False,
                "P1",
            ),
            ("Falcons need that ledge more than we do this summer,", None, False, "P2"),
            ("We have been loving that ledge to death,", "Marisol Etxeberria", False, "P3"),
            (
                "Nobody is against birds. We are against finding out on a Tuesday,",
                "Kyle Brandvold",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Facebook"),
            ("P3", "Marisol Etxeberria", "The Sharp End"),
        ],
        "people": ["Gregory Tallbear", "Marisol Etxeberria", "Kyle Brandvold"],
    },
    {
        "name": "camera-leak-statement-quoting-chief",
        "text": (
            "Lumora, the smart-home camera maker, said in a statement on Monday that a software "
            "bug had let some customers see live video from strangers’ homes for about 90 minutes "
            "over the weekend.\n\n"
            "“This should never have happened, and I take full responsibility,” chief executive "
            "Sofía Albarracín said in the statement, which put the number of affected accounts "
            "at about 1,700.\n\n"
            "One of those customers, Declan Murphy-Hale, posted a screenshot on X showing a "
            "stranger’s kitchen in his app. “I have been watching a man in Ohio make toast,” he "
            "wrote. The post was shared more than 30,000 times.\n\n"
            "Security researcher Tevita Fifita told Wired that the flaw looked like a caching "
            "error. “It is the kind of mistake a code review should catch,” he said.\n\n"
            "In a second statement on Tuesday, Lumora said it had hired an outside firm to audit "
            "its systems. “All affected accounts have been secured,” the company said."
        ),
        "quotes": [
            (
                "This should never have happened, and I take full responsibility,",
                "Sofía Albarracín",
                False,
                "P1",
            ),
            ("I have been watching a man in Ohio make toast,", "Declan Murphy-Hale", False, "P2"),
            ("It is the kind of mistake a code review should catch,", "Tevita Fifita", False, "P3"),
            ("All affected accounts have been secured,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Declan Murphy-Hale", "X"),
            ("P3", "Tevita Fifita", "Wired"),
            ("P4", None, None),
        ],
        "people": ["Sofía Albarracín", "Declan Murphy-Hale", "Tevita Fifita"],
    },
    {
        "name": "sundance-director-magazine-profile",
        "text": (
            "Before her first feature premiered at the Sundance Film Festival, the Korean American "
            "director Grace Yoon-Hartley sat for a long profile in The New Yorker, published "
            "Monday.\n\n"
            "She told the magazine that she wrote the script at the back of her family’s "
            "dry-cleaning shop in Queens. “Every page smells a little of steam and starch,” she "
            "said.\n\n"
            "The profile also quotes her mother, Kyung-ja Yoon, who plays herself in the film. "
            "“I told her, put me in it, but make me thinner,” the elder Yoon said.\n\n"
            "At the premiere in Park City on Friday, Yoon-Hartley told the audience that the film "
            "“belongs to every kid who did homework next to a pressing machine.” The film, "
            "“Starch,” was bought by a distributor the next morning."
        ),
        "quotes": [
            ("Every page smells a little of steam and starch,", "Grace Yoon-Hartley", False, "P1"),
            ("I told her, put me in it, but make me thinner,", "Kyung-ja Yoon", False, "P1"),
            (
                "belongs to every kid who did homework next to a pressing machine.",
                "Grace Yoon-Hartley",
                True,
                None,
            ),
        ],
        "posts": [("P1", "Grace Yoon-Hartley", "The New Yorker")],
        "people": ["Grace Yoon-Hartley", "Kyung-ja Yoon"],
    },
    {
        "name": "chef-award-stage-backstage-no-posts",
        "text": (
            "Chef Leilani Kahananui of Honolulu won the Golden Ladle for best chef in the West on "
            "Monday night, the first Native Hawaiian woman to take the prize.\n\n"
            '"My grandmother cooked for 40 people every Sunday on one burner," Kahananui said '
            'from the stage in Chicago. "This belongs to her."\n\n'
            "Backstage, the 44-year-old told reporters she had nearly closed her restaurant, Hale "
            'Aina, during the pandemic. "We were two weeks from handing back the keys," she '
            "said.\n\n"
            "Her business partner, Makoa Delacruz, said in an interview that the award would not "
            'change the menu. "She\'ll still be the one cleaning the fish at 5 a.m.," he said.'
        ),
        "quotes": [
            (
                "My grandmother cooked for 40 people every Sunday on one burner,",
                "Leilani Kahananui",
                False,
                None,
            ),
            ("This belongs to her.", "Leilani Kahananui", False, None),
            ("We were two weeks from handing back the keys,", "Leilani Kahananui", False, None),
            ("She'll still be the one cleaning the fish at 5 a.m.,", "Makoa Delacruz", False, None),
        ],
        "posts": [],
        "people": ["Leilani Kahananui", "Makoa Delacruz"],
    },
    {
        "name": "chatbot-refund-bluesky-release-linkedin",
        "text": (
            "A software engineer’s complaint that Parcelry’s new AI assistant made up a refund "
            "policy has turned into the delivery startup’s worst week of the year.\n\n"
            "“Your chatbot just promised me a full refund and a free year of Premium. Your support "
            "team says neither exists,” Jonah Feldmann-Oduya wrote on Bluesky on Thursday, "
            "attaching screenshots of the chat.\n\n"
            "Parcelry’s official account replied under his post: “We’re looking into this and "
            "will honor what our assistant told you.”\n\n"
            "That promise set off a wave of imitators. On Threads, marketing consultant Ayesha "
            "Qureshi shared screenshots of the assistant offering her a lifetime discount. "
            "“Asked it nicely. Got a lifetime deal,” she wrote.\n\n"
            "On Friday, Parcelry issued a press release saying the assistant had been switched "
            "off. “We moved too fast,” chief technology officer Bram de Vries said in the release. "
            "In a LinkedIn post the same day, de Vries went further, writing that he had "
            "“personally approved a launch that was not ready.”\n\n"
            "Feldmann-Oduya told the tech newsletter Platformer that the refund arrived on "
            "Saturday. “Honestly, I just wanted my $12 back,” he said."
        ),
        "quotes": [
            (
                "Your chatbot just promised me a full refund and a free year of Premium. Your "
                "support team says neither exists,",
                "Jonah Feldmann-Oduya",
                False,
                "P1",
            ),
            (
                "We’re looking into this and will honor what our assistant told you.",
                None,
                False,
                "P1",
            ),
            ("Asked it nicely. Got a lifetime deal,", "Ayesha Qureshi", False, "P2"),
            ("We moved too fast,", "Bram de Vries", False, "P3"),
            ("personally approved a launch that was not ready.", "Bram de Vries", True, "P4"),
            ("Honestly, I just wanted my $12 back,", "Jonah Feldmann-Oduya", False, "P5"),
        ],
        "posts": [
            ("P1", "Jonah Feldmann-Oduya", "Bluesky"),
            ("P2", "Ayesha Qureshi", "Threads"),
            ("P3", None, "press release"),
            ("P4", "Bram de Vries", "LinkedIn"),
            ("P5", "Jonah Feldmann-Oduya", "Platformer"),
        ],
        "people": ["Jonah Feldmann-Oduya", "Ayesha Qureshi", "Bram de Vries"],
    },
    {
        "name": "west-end-withdrawal-two-paragraph-instagram",
        "text": (
            "The actor Siobhan Kavanagh withdrew from the West End revival of “Hedda Gabler” on "
            "Wednesday, four days before opening night, citing a vocal cord injury.\n\n"
            "In a statement posted on Instagram, Kavanagh wrote that doctors had ordered six "
            "weeks of complete vocal rest.\n\n"
            "“I have wanted to play Hedda since I was 17. Walking away now is the hardest thing I "
            "have done as an actor.\n\n"
            "“But I would rather come back next year with a voice than go on next week without "
            "one,” she wrote.\n\n"
            "Her understudy, Amara Osei-Bonsu, will take over the role. Speaking on BBC Radio 4’s "
            "“Front Row” on Thursday, the 27-year-old said she had heard the news at a bus stop. "
            "“I screamed, and then I apologized to the man next to me,” she said.\n\n"
            "The production’s director, Lars Wennberg, told reporters at the theater that ticket "
            "holders could request refunds. “Amara is ready. She has been ready for weeks,” he "
            "said."
        ),
        "quotes": [
            (
                "I have wanted to play Hedda since I was 17. Walking away now is the hardest thing "
                "I have done as an actor.",
                "Siobhan Kavanagh",
                False,
                "P1",
            ),
            (
                "But I would rather come back next year with a voice than go on next week without "
                "one,",
                "Siobhan Kavanagh",
                False,
                "P1",
            ),
            (
                "I screamed, and then I apologized to the man next to me,",
                "Amara Osei-Bonsu",
                False,
                "P2",
            ),
            ("Amara is ready. She has been ready for weeks,", "Lars Wennberg", False, None),
        ],
        "posts": [
            ("P1", "Siobhan Kavanagh", "Instagram"),
            ("P2", "Amara Osei-Bonsu", "Front Row"),
        ],
        "people": ["Siobhan Kavanagh", "Amara Osei-Bonsu", "Lars Wennberg"],
    },
    {
        "name": "regional-jet-safety-report-facebook-reply",
        "text": (
            "A preliminary report by the National Transportation Safety Board said Thursday that "
            "a cockpit warning on a SkyHarbor Airlines regional jet had appeared on three earlier "
            "flights before the plane made an emergency landing in Omaha last month.\n\n"
            "“The crew on each of the earlier flights recorded the alert in the maintenance log,” "
            "the report says. “No corrective action was documented.”\n\n"
            "SkyHarbor’s chief executive, Douglas Amankwah, said on CNBC’s “Squawk Box” on Friday "
            "that the airline had grounded 12 similar aircraft for inspection. “I am not going to "
            "defend that maintenance record. I am going to fix it,” he said.\n\n"
            "Renata Kowalczyk, a passenger on the Omaha flight, wrote on Facebook that she had "
            "contacted the airline twice without a reply. “Still waiting on an answer, "
            "SkyHarbor,” she wrote. The airline responded in the comments: “Renata, we’re so "
            "sorry. Please check your messages.”\n\n"
            "The pilots’ union, in a letter to members obtained by Reuters, called the findings "
            "“deeply troubling” and urged pilots to report every alert."
        ),
        "quotes": [
            (
                "The crew on each of the earlier flights recorded the alert in the maintenance log,",
                None,
                False,
                "P1",
            ),
            ("No corrective action was documented.", None, False, "P1"),
            (
                "I am not going to defend that maintenance record. I am going to fix it,",
                "Douglas Amankwah",
                False,
                "P2",
            ),
            ("Still waiting on an answer, SkyHarbor,", "Renata Kowalczyk", False, "P3"),
            ("Renata, we’re so sorry. Please check your messages.", None, False, "P3"),
            ("deeply troubling", None, True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Douglas Amankwah", "Squawk Box"),
            ("P3", "Renata Kowalczyk", "Facebook"),
            ("P4", None, None),
        ],
        "people": ["Douglas Amankwah", "Renata Kowalczyk"],
    },
    {
        "name": "wolf-study-bluesky-thread-town-hall",
        "text": (
            "Wolves reintroduced to Colorado have killed far fewer cattle than ranchers feared, "
            "according to a report released Tuesday by researchers at Front Range State "
            "University.\n\n"
            "“The losses are real, but they are concentrated on a handful of ranches,” the "
            "report’s lead author, the ecologist Ruth Abernathy-Sato, wrote in a thread on "
            "Bluesky. “That is a problem we can actually solve.”\n\n"
            "Rancher Curtis Vandermeer was not convinced. Replying to the thread, he wrote: "
            "“Come spend calving season on my place and then tell me it’s a handful.” "
            "Abernathy-Sato answered under his reply: “I would like that. Name a week.”\n\n"
            "At a town hall in Walden on Wednesday, state Sen. Mary Beth Lundquist said the study "
            "would “not change a single vote” in the legislature. She repeated the point on X "
            "that evening: “Ranchers need compensation, not charts.”"
        ),
        "quotes": [
            (
                "The losses are real, but they are concentrated on a handful of ranches,",
                "Ruth Abernathy-Sato",
                False,
                "P2",
            ),
            ("That is a problem we can actually solve.", "Ruth Abernathy-Sato", False, "P2"),
            (
                "Come spend calving season on my place and then tell me it’s a handful.",
                "Curtis Vandermeer",
                False,
                "P2",
            ),
            ("I would like that. Name a week.", "Ruth Abernathy-Sato", False, "P2"),
            ("not change a single vote", "Mary Beth Lundquist", True, None),
            ("Ranchers need compensation, not charts.", "Mary Beth Lundquist", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ruth Abernathy-Sato", "Bluesky"),
            ("P3", "Mary Beth Lundquist", "X"),
        ],
        "people": ["Ruth Abernathy-Sato", "Curtis Vandermeer", "Mary Beth Lundquist"],
    },
    {
        "name": "ai-detector-youtube-op-ed-letter-cnn",
        "text": (
            "A dispute over AI-detection software at Ellison State University has spread from one "
            "student’s YouTube video to the university’s board of trustees.\n\n"
            "In the video, posted Sunday, junior Keisha Mbatha scrolls through the revision "
            "history of an essay the software had scored as 98 percent likely to be "
            "machine-written. “I wrote every word of this at 2 a.m. in the library, and I can "
            "prove it,” she says.\n\n"
            "The university’s provost, Dr. Henrik Solberg, defended the tool in an op-ed in The "
            "Ellison Herald on Tuesday, writing that no student had been disciplined on the "
            "software’s score alone. “A flag is the start of a conversation, not a verdict,” "
            "Solberg wrote.\n\n"
            "Mbatha’s professor, Ana Lucía Prieto, said on X that she had cleared the essay "
            "within a day. “The software was wrong. My student was not,” she posted.\n\n"
            "In a letter to the board, student body president Oren Katzenelson wrote that at "
            "least 30 students had been “accused by an algorithm” this semester.\n\n"
            "Mbatha, 20, told CNN on Wednesday that she had received more than 2,000 messages. "
            "“Half of them are from students with the same story,” she said."
        ),
        "quotes": [
            (
                "I wrote every word of this at 2 a.m. in the library, and I can prove it,",
                "Keisha Mbatha",
                False,
                "P1",
            ),
            (
                "A flag is the start of a conversation, not a verdict,",
                "Henrik Solberg",
                False,
                "P2",
            ),
            ("The software was wrong. My student was not,", "Ana Lucía Prieto", False, "P3"),
            ("accused by an algorithm", "Oren Katzenelson", True, "P4"),
            ("Half of them are from students with the same story,", "Keisha Mbatha", False, "P5"),
        ],
        "posts": [
            ("P1", "Keisha Mbatha", "YouTube"),
            ("P2", "Henrik Solberg", "The Ellison Herald"),
            ("P3", "Ana Lucía Prieto", "X"),
            ("P4", "Oren Katzenelson", None),
            ("P5", "Keisha Mbatha", "CNN"),
        ],
        "people": ["Keisha Mbatha", "Henrik Solberg", "Ana Lucía Prieto", "Oren Katzenelson"],
    },
]
