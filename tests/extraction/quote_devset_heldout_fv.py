"""The one-hundred-and-seventy-second self-made dev set, held out (FV): its first run is an unseen estimate.

Written with set FW, without reading the extraction rules, and committed before
any rule was run on it. Topic area: travel and tourism: airlines, airports,
hotels, holidays, cruise ships, border queues. Same format and conventions as
the earlier self-made sets (not a public corpus): an interview with a named
outlet or show is a post (platform: the outlet or show as written, without
quotation marks), and "told" a named newspaper is such an interview; a
statement, memo, letter, email, court filing, lawsuit, judge's opinion or essay
with no named outlet is a post with no platform, and an essay or op-ed on a
named platform or in a named newspaper has that platform; a press release or
news/earnings release is a post with platform "press release"; a news
conference, briefing, earnings call, rally, speech, hearing, court hearing, town
hall or "told reporters" is not a post; a comment under a post belongs to it, a
post "of his own" is a new one; a later fragment or quote is linked to a post
only when the text ties it to that post; organisations and unnamed people speak
as None, and a company's release, statement or lawsuit has author None even
when it quotes a named executive; titles, nicknames and scare quotes in marks
are not quotes; speakers are the fullest form of the name used in the text;
partial marks a fragment quoted inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post, and a
  post reported without any quoted words (a statement only described, an
  organisation's Threads post "of its own" only summarised) is still listed.
- A comment by a company's own employee under the chief executive's LinkedIn
  post belongs to that post and speaks as the employee.
- A TikTok video "posted by" a named lorry driver is his TikTok post, and what
  he "says in the clip" belongs to it; an unnamed ministry spokesperson's
  fragment speaks as None and is not a post.
- A sister's comment below a Facebook post, reported as a fragment after
  "that the crew", is partial and belongs to the post.
- The title of a Reddit thread in marks is a title, not a quote; the thread of
  an unnamed user is a Reddit post with author None; a named hotel manager's
  reply under it and an unnamed user's reply under his reply belong to it. A
  scare quote in single marks inside the user's quote is part of the quote.
- A split quote ("We are asking," she went on, "to be ...") is two quotes, both
  whole (not partial), with no post when it was spoken at a rally.
- A memo to staff "seen by Reuters" is the writer's post with no platform;
  Reuters only reported it.
- A photo "on Instagram" with "the caption" is a post whose caption is a whole
  quote, emoji included; a YouTube video's title in marks is a title, not a
  quote; a comment by the influencer on the ranger's Facebook post belongs to
  the ranger's post.
- A lawsuit filed by a named individual is her post with no platform and its
  quoted words speak as her; her lawyer's words to CBC News are his post.
- In an essay on Substack, a following paragraph of quoted words with "Ferrer
  writes" belongs to the essay; her reply beneath the mayor's X post belongs to
  the mayor's post; a fragment given at a news conference is not a post.
- A podcast episode of a named show (Cleared for Takeoff) and CNBC's Squawk Box
  Europe take the show's name; the host named in passing is a person.
- Posts in a Bluesky thread: the first post is one post, a "second post" is a
  new one, and a reply to the second post belongs to it.
- A mayor's letter "published on the city's website" is his post with no
  platform; an unnamed neighbour speaks as None and is not a post.
- A person's own named weekly newsletter (The Front Desk) takes the
  newsletter's name as platform; an alderman's words to the council are a
  speech, not a post.
- ABC Radio National's Breakfast program has platform Breakfast.
- A quote in the same paragraph right after "told RTÉ's Morning Ireland that
  ..." with "she said" belongs to that interview; a minister's words "in an
  interview" with no outlet are not a post.
- A building's nickname in marks (“the Wedding Cake”), a memoir's title and a
  "so-called" scare quote are not quotes; "said at a preview for journalists"
  is not a post; a split quote in an Instagram post is two whole quotes of it.
- An op-ed in a named newspaper quoted over two paragraphs: the first
  paragraph, which has no closing mark, is one quote up to the end of the
  paragraph, and both belong to the op-ed; a pilots' association's post on X
  has author None.
- A company email to customers is a post with author None; the company's
  customer-service account replying under a customer's X post belongs to that
  post and speaks as None; a first name inside a quote adds nobody new.
- Japanese names keep the order as written (Hayashi Michiko, Ueda Haruto); an
  unnamed Canadian tourist speaks as None.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FV: list[dict] = [
    {
        "name": "linkedin-airline-ceo-apology-captain-comment",
        "text": (
            "The chief executive of the Norwegian regional carrier Fjordfly, Ingrid "
            "Solheim-Bakke, apologised on LinkedIn on Sunday after a week in which the airline "
            "cancelled more than 300 flights. “We sold seats we could not fly, and our "
            "passengers paid for it,” she wrote.\n\n"
            "One of the comments under her post came from a captain at the airline, Rune "
            "Aasgaard: “Thank you for finally saying this out loud. The crews have been saying "
            "it since spring.”\n\n"
            "In a press release on Monday, Fjordfly said it would refund every cancelled ticket "
            "within 14 days and offer vouchers worth 1,500 kroner. “Our priority now is to win "
            "back trust,” the release said.\n\n"
            "Norway’s transport minister, Jon-Erik Haugland, told reporters in Oslo that the "
            "government would “look closely” at the airline’s staffing. “Nobody should be "
            "stranded in Tromsø in November because of a spreadsheet,” he said."
        ),
        "quotes": [
            (
                "We sold seats we could not fly, and our passengers paid for it,",
                "Ingrid Solheim-Bakke",
                False,
                "P1",
            ),
            (
                "Thank you for finally saying this out loud. The crews have been saying it "
                "since spring.",
                "Rune Aasgaard",
                False,
                "P1",
            ),
            ("Our priority now is to win back trust,", None, False, "P2"),
            ("look closely", "Jon-Erik Haugland", True, None),
            (
                "Nobody should be stranded in Tromsø in November because of a spreadsheet,",
                "Jon-Erik Haugland",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Ingrid Solheim-Bakke", "LinkedIn"),
            ("P2", None, "press release"),
        ],
        "people": ["Ingrid Solheim-Bakke", "Rune Aasgaard", "Jon-Erik Haugland"],
    },
    {
        "name": "dover-border-queue-x-post-tiktok-driver",
        "text": (
            "DOVER, England - Holidaymakers waited up to six hours to cross the Channel on "
            "Saturday as French border checks at the Port of Dover fell behind on the first "
            "weekend of the school holidays.\n\n"
            '"We left Leeds at 3 a.m. and we\'ve moved about a mile since breakfast," said '
            "Priya Raman, 41, who was travelling to Brittany with her two children and her "
            "mother.\n\n"
            "The port's chief executive, Callum Hendry, said on X that only half of the French "
            'passport booths were staffed. "This is entirely avoidable. We need every booth '
            "open by 7 a.m. tomorrow,\" he posted. A spokesperson for France's interior ministry "
            'said the delays were "regrettable" but blamed a computer outage.\n\n'
            "A TikTok video posted by a lorry driver, Marek Zieliński, showing families "
            "picnicking on the hard shoulder of the A20 had been viewed more than two million "
            'times by the evening. "Welcome to summer in Kent," he says in the clip.'
        ),
        "quotes": [
            (
                "We left Leeds at 3 a.m. and we've moved about a mile since breakfast,",
                "Priya Raman",
                False,
                None,
            ),
            (
                "This is entirely avoidable. We need every booth open by 7 a.m. tomorrow,",
                "Callum Hendry",
                False,
                "P1",
            ),
            ("regrettable", None, True, None),
            ("Welcome to summer in Kent,", "Marek Zieliński", False, "P2"),
        ],
        "posts": [
            ("P1", "Callum Hendry", "X"),
            ("P2", "Marek Zieliński", "TikTok"),
        ],
        "people": ["Priya Raman", "Callum Hendry", "Marek Zieliński"],
    },
    {
        "name": "cruise-norovirus-statement-facebook-comment-herald",
        "text": (
            "More than 200 passengers and crew aboard the cruise ship Aurora Meridian fell ill "
            "with norovirus during a 12-night Caribbean voyage, the ship’s operator, Solace "
            "Cruises, said in a statement on Thursday.\n\n"
            "“The health and safety of our guests and crew is our highest priority, and the "
            "ship will undergo an enhanced cleaning at Port Everglades,” the statement said.\n\n"
            "Passengers described a different picture. Denise Okafor, a retired teacher from "
            "Atlanta, posted photos on Facebook of a closed buffet and a corridor lined with bin "
            "bags. “Day six of being confined to our cabin. Nobody has told us anything,” she "
            "wrote. Her sister, Grace Okafor-Mensah, who was travelling with her, said in a "
            "comment below the post that the crew “were doing their best with nothing.”\n\n"
            "Another passenger, Hamish Doyle, told The Miami Herald that meals had been left "
            "outside cabin doors for hours. “By the time you opened the door it was cold, and "
            "sometimes it wasn’t there at all,” Doyle said."
        ),
        "quotes": [
            (
                "The health and safety of our guests and crew is our highest priority, and the "
                "ship will undergo an enhanced cleaning at Port Everglades,",
                None,
                False,
                "P1",
            ),
            (
                "Day six of being confined to our cabin. Nobody has told us anything,",
                "Denise Okafor",
                False,
                "P2",
            ),
            ("were doing their best with nothing.", "Grace Okafor-Mensah", True, "P2"),
            (
                "By the time you opened the door it was cold, and sometimes it wasn’t there "
                "at all,",
                "Hamish Doyle",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Denise Okafor", "Facebook"),
            ("P3", "Hamish Doyle", "The Miami Herald"),
        ],
        "people": ["Denise Okafor", "Grace Okafor-Mensah", "Hamish Doyle"],
    },
    {
        "name": "reddit-sea-view-thread-manager-reply-publico",
        "text": (
            "A thread on Reddit’s r/travel titled “Booked a sea-view room, got a view of a car "
            "park” drew more than 9,000 upvotes this week after a guest at the Hotel Miramar "
            "Cascais posted photos of her room.\n\n"
            "“I paid €340 a night for this. The ‘sea view’ is a sliver of blue between two "
            "air-conditioning units,” the user, who did not give her name, wrote.\n\n"
            "The hotel’s general manager, Rui Carvalho Mendes, replied under the thread the "
            "next day. “You are right, and I am sorry. We have moved you to a suite and "
            "refunded the difference,” he wrote. One reply under his comment read simply: "
            "“This is how you handle it.”\n\n"
            "Carvalho Mendes later told the Portuguese newspaper Público that the hotel had "
            "stopped selling the rooms as sea-view. “It was a mistake in the listing, not a "
            "trick,” he said."
        ),
        "quotes": [
            (
                "I paid €340 a night for this. The ‘sea view’ is a sliver of blue between two "
                "air-conditioning units,",
                None,
                False,
                "P1",
            ),
            (
                "You are right, and I am sorry. We have moved you to a suite and refunded the "
                "difference,",
                "Rui Carvalho Mendes",
                False,
                "P1",
            ),
            ("This is how you handle it.", None, False, "P1"),
            ("It was a mistake in the listing, not a trick,", "Rui Carvalho Mendes", False, "P2"),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", "Rui Carvalho Mendes", "Público"),
        ],
        "people": ["Rui Carvalho Mendes"],
    },
    {
        "name": "frankfurt-baggage-strike-rally-split-quote-memo",
        "text": (
            "Baggage handlers at Frankfurt Airport will walk out for 48 hours from Thursday, "
            "the Verdi union said, in a dispute over pay that has already forced Lufthansa to "
            "cancel about 1,100 flights this month.\n\n"
            "“We are not asking for luxury,” Anja Kowalczyk, who leads the union’s aviation "
            "section, told a rally outside Terminal 1 on Monday. “We are asking,” she went on, "
            "“to be able to pay rent in the city where we work.”\n\n"
            "Lufthansa’s head of hub operations, Dr. Matthias Brenner, called the strike "
            "“disproportionate” in an internal memo to staff seen by Reuters. “Our customers "
            "are once again being taken hostage in a dispute that is not theirs,” he wrote.\n\n"
            "Passengers were advised to check their flight status before leaving for the "
            "airport. Selin Arslan, 29, whose flight to Izmir was cancelled, said she had "
            "already rebooked twice. “Third time lucky, maybe,” she said."
        ),
        "quotes": [
            ("We are not asking for luxury,", "Anja Kowalczyk", False, None),
            ("We are asking,", "Anja Kowalczyk", False, None),
            ("to be able to pay rent in the city where we work.", "Anja Kowalczyk", False, None),
            ("disproportionate", "Matthias Brenner", True, "P1"),
            (
                "Our customers are once again being taken hostage in a dispute that is not theirs,",
                "Matthias Brenner",
                False,
                "P1",
            ),
            ("Third time lucky, maybe,", "Selin Arslan", False, None),
        ],
        "posts": [
            ("P1", "Matthias Brenner", None),
        ],
        "people": ["Anja Kowalczyk", "Matthias Brenner", "Selin Arslan"],
    },
    {
        "name": "glacier-influencer-instagram-caption-youtube-ranger",
        "text": (
            "The travel influencer Kai Nakamura-Reyes, who has 1.8 million followers, has "
            "apologised after filming a video on a closed section of a glacier trail in "
            "Iceland’s Vatnajökull National Park.\n\n"
            "Nakamura-Reyes first posted a photo on Instagram of himself standing beside a "
            "crevasse with the caption “worth every risk 🧊”. After park rangers criticised the "
            "post, he deleted it and uploaded a YouTube video on Wednesday titled “I Got It "
            "Wrong”. “I ignored a sign that was there to keep people alive, and I showed "
            "millions of you how to do the same,” he says in the video.\n\n"
            "The park’s chief ranger, Guðrún Sigurðardóttir, said on Facebook that two visitors "
            "had been rescued from the same area this year. “A photo is not worth a life. "
            "Please stay on the marked paths,” she wrote.\n\n"
            "In a comment on the ranger’s post, Nakamura-Reyes wrote: “Completely fair. I’ll be "
            "donating to the rescue teams.”"
        ),
        "quotes": [
            ("worth every risk 🧊", "Kai Nakamura-Reyes", False, "P1"),
            (
                "I ignored a sign that was there to keep people alive, and I showed millions of "
                "you how to do the same,",
                "Kai Nakamura-Reyes",
                False,
                "P2",
            ),
            (
                "A photo is not worth a life. Please stay on the marked paths,",
                "Guðrún Sigurðardóttir",
                False,
                "P3",
            ),
            (
                "Completely fair. I’ll be donating to the rescue teams.",
                "Kai Nakamura-Reyes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Kai Nakamura-Reyes", "Instagram"),
            ("P2", "Kai Nakamura-Reyes", "YouTube"),
            ("P3", "Guðrún Sigurðardóttir", "Facebook"),
        ],
        "people": ["Kai Nakamura-Reyes", "Guðrún Sigurðardóttir"],
    },
    {
        "name": "wheelchair-lawsuit-airline-statement-cbc-lawyer",
        "text": (
            "A wheelchair user whose power chair was destroyed on a flight from Toronto to "
            "Lisbon is suing the airline for 95,000 Canadian dollars, according to a lawsuit "
            "filed in Ontario Superior Court on Friday.\n\n"
            "The plaintiff, Marguerite Beaulieu-Tran, 52, says in the filing that she was left "
            "“effectively immobile for eleven days” and that the carrier, AeroAtlântica, "
            "“treated a medical device as if it were a suitcase.”\n\n"
            "AeroAtlântica said in a statement that it “deeply regrets” the damage and had "
            "offered compensation under the Montreal Convention. “We have been in contact with "
            "Ms. Beaulieu-Tran since the day of the incident and remain committed to a fair "
            "resolution,” the statement said.\n\n"
            "Her lawyer, Devinder Sandhu, told CBC News that the offer covered less than a "
            "third of the chair’s cost. “The convention was written for luggage. My client’s "
            "chair is her legs,” he said."
        ),
        "quotes": [
            (
                "effectively immobile for eleven days",
                "Marguerite Beaulieu-Tran",
                True,
                "P1",
            ),
            (
                "treated a medical device as if it were a suitcase.",
                "Marguerite Beaulieu-Tran",
                True,
                "P1",
            ),
            ("deeply regrets", None, True, "P2"),
            (
                "We have been in contact with Ms. Beaulieu-Tran since the day of the incident "
                "and remain committed to a fair resolution,",
                None,
                False,
                "P2",
            ),
            (
                "The convention was written for luggage. My client’s chair is her legs,",
                "Devinder Sandhu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Marguerite Beaulieu-Tran", None),
            ("P2", None, None),
            ("P3", "Devinder Sandhu", "CBC News"),
        ],
        "people": ["Marguerite Beaulieu-Tran", "Devinder Sandhu"],
    },
    {
        "name": "mallorca-substack-essay-mayor-x-reply",
        "text": (
            "The Spanish travel writer Lucía Ferrer Alcaraz argued in an essay on Substack this "
            "week that Mallorca had “sold its last quiet cove to the highest bidder.” The "
            "piece, which has been shared tens of thousands of times, describes queues of "
            "rental cars at dawn outside beaches that were empty a decade ago.\n\n"
            "“I grew up here. I do not recognise the island in August, and I am not sure I "
            "want to,” Ferrer writes.\n\n"
            "Palma’s mayor, Andreu Vidal Roig, responded on X on Tuesday. “Tourism pays for our "
            "schools and hospitals. The answer is to manage it better, not to wish it away,” he "
            "posted.\n\n"
            "Ferrer replied beneath the mayor’s post: “Nobody is wishing it away. We are asking "
            "you to count.” Vidal did not respond. At a news conference on Wednesday, he said "
            "the city would cap cruise ship arrivals at two a day from next year, calling the "
            "limit “a beginning, not an end.”"
        ),
        "quotes": [
            (
                "sold its last quiet cove to the highest bidder.",
                "Lucía Ferrer Alcaraz",
                True,
                "P1",
            ),
            (
                "I grew up here. I do not recognise the island in August, and I am not sure I "
                "want to,",
                "Lucía Ferrer Alcaraz",
                False,
                "P1",
            ),
            (
                "Tourism pays for our schools and hospitals. The answer is to manage it better, "
                "not to wish it away,",
                "Andreu Vidal Roig",
                False,
                "P2",
            ),
            (
                "Nobody is wishing it away. We are asking you to count.",
                "Lucía Ferrer Alcaraz",
                False,
                "P2",
            ),
            ("a beginning, not an end.", "Andreu Vidal Roig", True, None),
        ],
        "posts": [
            ("P1", "Lucía Ferrer Alcaraz", "Substack"),
            ("P2", "Andreu Vidal Roig", "X"),
        ],
        "people": ["Lucía Ferrer Alcaraz", "Andreu Vidal Roig"],
    },
    {
        "name": "budget-airline-podcast-cabin-bags-squawk-box",
        "text": (
            "Budget airline SkyLark’s chief executive, Declan Moriarty, said on an episode of "
            "the aviation podcast Cleared for Takeoff released on Monday that the carrier would "
            "start charging for cabin bags on all routes from October.\n\n"
            "“People say they hate paying for bags. Then they book the cheapest fare every "
            "single time,” Moriarty told the show’s host, Amara Nwosu. “We’re just being honest "
            "about what flying costs.”\n\n"
            "Consumer groups reacted angrily. “This is a fee on the very idea of travelling,” "
            "said Henrietta Vos of the Dutch consumer association Consumentenbond.\n\n"
            "Asked about the backlash on CNBC’s Squawk Box Europe the next day, Moriarty was "
            "unrepentant. He said the policy was “here to stay” and that rivals would “copy it "
            "within a year, you watch.”"
        ),
        "quotes": [
            (
                "People say they hate paying for bags. Then they book the cheapest fare every "
                "single time,",
                "Declan Moriarty",
                False,
                "P1",
            ),
            ("We’re just being honest about what flying costs.", "Declan Moriarty", False, "P1"),
            ("This is a fee on the very idea of travelling,", "Henrietta Vos", False, None),
            ("here to stay", "Declan Moriarty", True, "P2"),
            ("copy it within a year, you watch.", "Declan Moriarty", True, "P2"),
        ],
        "posts": [
            ("P1", "Declan Moriarty", "Cleared for Takeoff"),
            ("P2", "Declan Moriarty", "Squawk Box Europe"),
        ],
        "people": ["Declan Moriarty", "Amara Nwosu", "Henrietta Vos"],
    },
    {
        "name": "schengen-visa-bluesky-thread-second-post-reply",
        "text": (
            "Applicants for Schengen visas in Lagos say they are being forced to pay agents up "
            "to 200,000 naira for appointment slots that are meant to be free.\n\n"
            "Chidinma Eze, a software engineer who is trying to attend her brother’s wedding in "
            "Lyon, described the process in a thread on Bluesky. “Every slot released at "
            "midnight is gone by 12:01. Then the same slots appear on WhatsApp for a fee,” she "
            "wrote. In a second post she added: “I have a job, a salary and a return ticket. I "
            "just cannot get in the door.”\n\n"
            "Replying to the second post, a London-based immigration lawyer, Oluwaseun "
            "Adebayo-Hart, wrote that the system was “designed for bots, not for people.”\n\n"
            "The visa processing company, GlobeVisa Services, said in a statement that it "
            "“does not charge for appointments and has never authorised any third party to do "
            "so.” It said it had reported several agents to the police."
        ),
        "quotes": [
            (
                "Every slot released at midnight is gone by 12:01. Then the same slots appear on "
                "WhatsApp for a fee,",
                "Chidinma Eze",
                False,
                "P1",
            ),
            (
                "I have a job, a salary and a return ticket. I just cannot get in the door.",
                "Chidinma Eze",
                False,
                "P2",
            ),
            ("designed for bots, not for people.", "Oluwaseun Adebayo-Hart", True, "P2"),
            (
                "does not charge for appointments and has never authorised any third party to "
                "do so.",
                None,
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Chidinma Eze", "Bluesky"),
            ("P2", "Chidinma Eze", "Bluesky"),
            ("P3", None, None),
        ],
        "people": ["Chidinma Eze", "Oluwaseun Adebayo-Hart"],
    },
    {
        "name": "hotel-group-earnings-release-call-analyst-note",
        "text": (
            "Shares in the hotel group Meridia Hospitality rose 7 percent on Thursday after it "
            "reported record summer occupancy across its 480 hotels in Europe and the Middle "
            "East.\n\n"
            "Revenue per available room rose 11 percent in the third quarter, the company said "
            'in its earnings release. "Leisure demand remained exceptionally resilient, and '
            'business travel continued its recovery," chief executive Sophie Lindqvist-Amari '
            "said in the release.\n\n"
            "On a call with analysts, Lindqvist-Amari warned that growth would slow. \"We don't "
            'expect to repeat an 11 percent quarter any time soon," she said. "Nor should '
            'anyone."\n\n'
            "Rahul Menon, an analyst at Berenberg, wrote in a note to clients that the guidance "
            'was "refreshingly sober" and raised his price target to 62 euros.'
        ),
        "quotes": [
            (
                "Leisure demand remained exceptionally resilient, and business travel continued "
                "its recovery,",
                "Sophie Lindqvist-Amari",
                False,
                "P1",
            ),
            (
                "We don't expect to repeat an 11 percent quarter any time soon,",
                "Sophie Lindqvist-Amari",
                False,
                None,
            ),
            ("Nor should anyone.", "Sophie Lindqvist-Amari", False, None),
            ("refreshingly sober", "Rahul Menon", True, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rahul Menon", None),
        ],
        "people": ["Sophie Lindqvist-Amari", "Rahul Menon"],
    },
    {
        "name": "dubrovnik-mayor-letter-cruise-lines-residents",
        "text": (
            "The mayor of Dubrovnik, Ivo Marinović, has written to the chief executives of "
            "eight cruise lines asking them to spread their arrivals across the week, after "
            "more than 14,000 passengers came ashore on a single Saturday in September.\n\n"
            "“Our old town has one main street and it was built for a few thousand people,” "
            "Marinović wrote in the letter, which was published on the city’s website. “I am "
            "asking you, as partners, to help us keep it a city and not a queue.”\n\n"
            "The Cruise Lines International Association said in a press release that its "
            "members had already agreed to a daily cap in 2019 and that it would “continue to "
            "work constructively” with the city.\n\n"
            "Not every resident was convinced. “They say partners. Partners don’t block your "
            "front door every summer,” said Jelena Kovač, who runs a souvenir shop on the "
            "Stradun. Her neighbour, a retired fisherman, was blunter: “Let them anchor "
            "somewhere else.”"
        ),
        "quotes": [
            (
                "Our old town has one main street and it was built for a few thousand people,",
                "Ivo Marinović",
                False,
                "P1",
            ),
            (
                "I am asking you, as partners, to help us keep it a city and not a queue.",
                "Ivo Marinović",
                False,
                "P1",
            ),
            ("continue to work constructively", None, True, "P2"),
            (
                "They say partners. Partners don’t block your front door every summer,",
                "Jelena Kovač",
                False,
                None,
            ),
            ("Let them anchor somewhere else.", None, False, None),
        ],
        "posts": [
            ("P1", "Ivo Marinović", None),
            ("P2", None, "press release"),
        ],
        "people": ["Ivo Marinović", "Jelena Kovač"],
    },
    {
        "name": "amsterdam-tourist-tax-council-newsletter-hostel",
        "text": (
            "Amsterdam’s city council voted on Wednesday to raise the tourist tax to 14.5 "
            "percent of a hotel room’s price, the highest in Europe.\n\n"
            "Opening the debate, the alderman for economic affairs, Femke de Wit-Bouzidi, said "
            "the city “cannot keep asking residents to pay for visitors’ mess.” She told the "
            "council: “Every euro from this tax goes back into the streets they walk on.”\n\n"
            "The hoteliers’ association KHN said in a statement that the increase would push "
            "weekend guests to Rotterdam and Utrecht. Its regional chair, Pieter van der "
            "Linden, was more pointed in his weekly newsletter, The Front Desk. “Amsterdam has "
            "decided it would rather have fewer guests than better ones,” he wrote.\n\n"
            "Some travellers shrugged. “It’s still cheaper than London,” said Aiden Walsh, a "
            "26-year-old from Cork, checking in at a hostel near Centraal station."
        ),
        "quotes": [
            (
                "cannot keep asking residents to pay for visitors’ mess.",
                "Femke de Wit-Bouzidi",
                True,
                None,
            ),
            (
                "Every euro from this tax goes back into the streets they walk on.",
                "Femke de Wit-Bouzidi",
                False,
                None,
            ),
            (
                "Amsterdam has decided it would rather have fewer guests than better ones,",
                "Pieter van der Linden",
                False,
                "P2",
            ),
            ("It’s still cheaper than London,", "Aiden Walsh", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Pieter van der Linden", "The Front Desk"),
        ],
        "people": ["Femke de Wit-Bouzidi", "Pieter van der Linden", "Aiden Walsh"],
    },
    {
        "name": "passport-backlog-threads-reply-radio-national",
        "text": (
            "Summer passport delays in Australia have left thousands of families scrambling, "
            "and two of them took their frustration to Threads this week.\n\n"
            "Mele Tupou, a nurse from Brisbane, posted a photo of her daughter’s application "
            "receipt, dated eleven weeks earlier. “We fly to Nuku’alofa for my grandmother’s "
            "90th in nine days. Nine,” she wrote. A Sydney mother, Hannah Lockwood, replied "
            "that she was in the same position: “Honeymoon in Bali on Saturday and no passport. "
            "At least we’re not alone.”\n\n"
            "The Australian Passport Office said in a post of its own on Threads that urgent "
            "applications could be prioritised for a fee of 107 dollars.\n\n"
            "Foreign Minister Penelope Harcourt told ABC Radio National’s Breakfast program "
            "that staff numbers had been doubled. “We will clear this backlog by the end of "
            "January,” she said, adding that the government had “underestimated the "
            "post-pandemic surge.”"
        ),
        "quotes": [
            (
                "We fly to Nuku’alofa for my grandmother’s 90th in nine days. Nine,",
                "Mele Tupou",
                False,
                "P1",
            ),
            (
                "Honeymoon in Bali on Saturday and no passport. At least we’re not alone.",
                "Hannah Lockwood",
                False,
                "P1",
            ),
            (
                "We will clear this backlog by the end of January,",
                "Penelope Harcourt",
                False,
                "P3",
            ),
            ("underestimated the post-pandemic surge.", "Penelope Harcourt", True, "P3"),
        ],
        "posts": [
            ("P1", "Mele Tupou", "Threads"),
            ("P2", None, "Threads"),
            ("P3", "Penelope Harcourt", "Breakfast"),
        ],
        "people": ["Mele Tupou", "Hannah Lockwood", "Penelope Harcourt"],
    },
    {
        "name": "flight-attendant-tiktok-carry-on-statement-comments",
        "text": (
            "A flight attendant for the Gulf carrier Al Safa Airways has been suspended after a "
            "TikTok video in which she mocked passengers' carry-on bags went viral.\n\n"
            "In the 40-second clip, posted on Sunday, Nadia Haddad, 27, holds up an overstuffed "
            "backpack in an empty cabin and says: \"If it doesn't fit, it doesn't fly. And "
            "honey, it doesn't fit.\" The video drew more than 4 million views before it was "
            "deleted.\n\n"
            '"Our crew are expected to treat every guest with respect, on board and online," '
            'Al Safa said in a statement on Monday, adding that the employee had been "stood '
            'down pending an investigation."\n\n'
            "Haddad's supporters had flooded the comments. \"She's saying what every crew "
            'member thinks," one commenter wrote under the video. In a second TikTok on '
            "Tuesday, Haddad said she had meant it as a joke. \"I'm sorry if anyone felt "
            'targeted. It was never about one person," she said.'
        ),
        "quotes": [
            (
                "If it doesn't fit, it doesn't fly. And honey, it doesn't fit.",
                "Nadia Haddad",
                False,
                "P1",
            ),
            (
                "Our crew are expected to treat every guest with respect, on board and online,",
                None,
                False,
                "P2",
            ),
            ("stood down pending an investigation.", None, True, "P2"),
            ("She's saying what every crew member thinks,", None, False, "P1"),
            (
                "I'm sorry if anyone felt targeted. It was never about one person,",
                "Nadia Haddad",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Nadia Haddad", "TikTok"),
            ("P2", None, None),
            ("P3", "Nadia Haddad", "TikTok"),
        ],
        "people": ["Nadia Haddad"],
    },
    {
        "name": "dublin-airport-cap-morning-ireland-minister-linkedin",
        "text": (
            "Dublin Airport handled a record 3.4 million passengers in July, but its chief "
            "executive warned on Tuesday that a planning cap could soon force airlines to turn "
            "away travellers.\n\n"
            "Siobhán Ní Dhomhnaill told RTÉ’s Morning Ireland that the airport was “at the "
            "ceiling.” “If the cap stays, somebody’s holiday gets cancelled next summer,” she "
            "said.\n\n"
            "In an interview, the junior transport minister, Conor Fitzpatrick, said the cap "
            "was a matter for the planning authorities. “I’m not going to second-guess an "
            "independent process,” he said. He added that he flew out of Dublin himself “more "
            "than I’d like.”\n\n"
            "The airline Emerald Atlantic said in a statement that it had already moved two "
            "transatlantic routes to Shannon. Its chief commercial officer, Beatriz Montalvo, "
            "posted on LinkedIn that the airline “would rather grow in Dublin, but we can’t grow "
            "into a wall.”"
        ),
        "quotes": [
            ("at the ceiling.", "Siobhán Ní Dhomhnaill", True, "P1"),
            (
                "If the cap stays, somebody’s holiday gets cancelled next summer,",
                "Siobhán Ní Dhomhnaill",
                False,
                "P1",
            ),
            (
                "I’m not going to second-guess an independent process,",
                "Conor Fitzpatrick",
                False,
                None,
            ),
            ("more than I’d like.", "Conor Fitzpatrick", True, None),
            (
                "would rather grow in Dublin, but we can’t grow into a wall.",
                "Beatriz Montalvo",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Siobhán Ní Dhomhnaill", "Morning Ireland"),
            ("P2", None, None),
            ("P3", "Beatriz Montalvo", "LinkedIn"),
        ],
        "people": ["Siobhán Ní Dhomhnaill", "Conor Fitzpatrick", "Beatriz Montalvo"],
    },
    {
        "name": "como-grand-hotel-nickname-memoir-instagram-split",
        "text": (
            "The hotel that locals call “the Wedding Cake” — the 1912 Grand Hotel Belvedere on "
            "Lake Como — will reopen in April after a four-year restoration, its new owners "
            "said on Friday.\n\n"
            "The project was led by the architect Chiara Benedetti-Holm, whose memoir of the "
            "work, “Plaster and Patience,” is out next month. “Every ceiling had a secret, and "
            "most of them were water,” Benedetti-Holm said at a preview for journalists.\n\n"
            "The hotel’s general manager, Lars Øvergaard, posted a video tour of the restored "
            "ballroom on Instagram. “She’s back,” he wrote, “and she has never looked "
            "better.”\n\n"
            "Not everyone is thrilled. Marco Galli, who has run a small guesthouse in the "
            "village for 30 years, said the so-called “luxury corridor” along the lake was "
            "pricing out ordinary visitors. “My guests used to come for a week. Now they come "
            "for a selfie,” the 63-year-old said."
        ),
        "quotes": [
            (
                "Every ceiling had a secret, and most of them were water,",
                "Chiara Benedetti-Holm",
                False,
                None,
            ),
            ("She’s back,", "Lars Øvergaard", False, "P1"),
            ("and she has never looked better.", "Lars Øvergaard", False, "P1"),
            (
                "My guests used to come for a week. Now they come for a selfie,",
                "Marco Galli",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lars Øvergaard", "Instagram"),
        ],
        "people": ["Chiara Benedetti-Holm", "Lars Øvergaard", "Marco Galli"],
    },
    {
        "name": "pilot-fatigue-op-ed-two-paragraphs-union-x",
        "text": (
            "A senior captain at Southern Cross Airways, Tomasz Wiśniewski, has accused the "
            "airline of pushing pilots to their legal fatigue limits, in an opinion piece "
            "published on Sunday in The Sydney Morning Herald.\n\n"
            "“I have flown for this airline for 23 years. I have never been more tired, and I "
            "have never seen my colleagues more tired.\n\n"
            "“Fatigue does not announce itself. It arrives quietly at 3 a.m. over the Indian "
            "Ocean, and it does not care how experienced you are,” he wrote.\n\n"
            "The airline’s chief operating officer, Natalie Brooks-Oduya, rejected the claims "
            "on Monday. “Every roster we publish complies with the rules set by the Civil "
            "Aviation Safety Authority, and many go further,” she told reporters at Sydney "
            "Airport.\n\n"
            "The Australian and International Pilots Association backed Wiśniewski in a post "
            "on X, saying his piece described “exactly what our members are reporting.”"
        ),
        "quotes": [
            (
                "I have flown for this airline for 23 years. I have never been more tired, and I "
                "have never seen my colleagues more tired.",
                "Tomasz Wiśniewski",
                False,
                "P1",
            ),
            (
                "Fatigue does not announce itself. It arrives quietly at 3 a.m. over the Indian "
                "Ocean, and it does not care how experienced you are,",
                "Tomasz Wiśniewski",
                False,
                "P1",
            ),
            (
                "Every roster we publish complies with the rules set by the Civil Aviation "
                "Safety Authority, and many go further,",
                "Natalie Brooks-Oduya",
                False,
                None,
            ),
            ("exactly what our members are reporting.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Tomasz Wiśniewski", "The Sydney Morning Herald"),
            ("P2", None, "X"),
        ],
        "people": ["Tomasz Wiśniewski", "Natalie Brooks-Oduya"],
    },
    {
        "name": "package-holiday-email-x-reply-founder-youtube",
        "text": (
            "Customers of the holiday company SunTrail Holidays received an email on Thursday "
            "telling them that package trips booked for the October half-term had been "
            "cancelled because a partner airline had gone into administration.\n\n"
            '"We know how disappointing this news is, and we are truly sorry," the email '
            'said. "Every customer will receive a full refund within 14 days."\n\n'
            "Gareth Pryce, a father of three from Swansea, posted a screenshot of the email on "
            'X. "Four days before we fly. Kids have been counting down since Easter," he '
            "wrote. SunTrail's customer service account replied to him: \"We're so sorry, "
            'Gareth. Please DM us your booking reference."\n\n'
            "The company's founder, Anjali Kapoor, said in a video on YouTube that she had "
            '"never faced a harder week" in 20 years of running the business. "We did not '
            'cause this, but it is our name on your booking, and we will fix it," she said.'
        ),
        "quotes": [
            (
                "We know how disappointing this news is, and we are truly sorry,",
                None,
                False,
                "P1",
            ),
            ("Every customer will receive a full refund within 14 days.", None, False, "P1"),
            (
                "Four days before we fly. Kids have been counting down since Easter,",
                "Gareth Pryce",
                False,
                "P2",
            ),
            (
                "We're so sorry, Gareth. Please DM us your booking reference.",
                None,
                False,
                "P2",
            ),
            ("never faced a harder week", "Anjali Kapoor", True, "P3"),
            (
                "We did not cause this, but it is our name on your booking, and we will fix it,",
                "Anjali Kapoor",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gareth Pryce", "X"),
            ("P3", "Anjali Kapoor", "YouTube"),
        ],
        "people": ["Gareth Pryce", "Anjali Kapoor"],
    },
    {
        "name": "japan-visitor-tax-speech-kyoto-facebook-comment",
        "text": (
            "Japan will raise its departure tax and introduce online pre-screening for visitors "
            "from visa-exempt countries from 2028, Tourism Minister Hayashi Michiko said in a "
            "speech in Osaka on Tuesday.\n\n"
            "“We welcome the world, but we also have to protect the places the world comes to "
            "see,” Hayashi told an audience of travel industry executives.\n\n"
            "In Kyoto, where residents have complained for years about crowds in the Gion "
            "district, the reaction was mixed. Ueda Haruto, who runs a 12-bed guesthouse near "
            "Kiyomizu-dera, wrote on Facebook that the measures were “too little, and ten years "
            "too late.” Under his post, a regular guest from Melbourne, Zoe Papadopoulos, "
            "commented: “We’ll still come. Just tell us the rules.”\n\n"
            "A Canadian tourist queueing for a bus outside Kyoto Station said she understood "
            "the frustration. “Honestly, if I lived here, I’d want a tax on me too,” she said, "
            "laughing."
        ),
        "quotes": [
            (
                "We welcome the world, but we also have to protect the places the world comes "
                "to see,",
                "Hayashi Michiko",
                False,
                None,
            ),
            ("too little, and ten years too late.", "Ueda Haruto", True, "P1"),
            ("We’ll still come. Just tell us the rules.", "Zoe Papadopoulos", False, "P1"),
            ("Honestly, if I lived here, I’d want a tax on me too,", None, False, None),
        ],
        "posts": [
            ("P1", "Ueda Haruto", "Facebook"),
        ],
        "people": ["Hayashi Michiko", "Ueda Haruto", "Zoe Papadopoulos"],
    },
]
