"""The sixty-fifth self-made dev set, held out (BS): its first run is an unseen estimate.

Written with set BR, without reading the extraction rules, and committed before
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
- An email to staff written and signed by a named founder or director is that
  person's post (platform None); an email to customers sent by a company has
  author None, like its statements.
- An email "shared with" a named outlet, or a memo "seen by" one, keeps
  platform None: handing over a document is not an interview.
- A comment by an unnamed commenter under a post ("another commenter", "one
  commenter who said she volunteers ...") speaks as None and belongs to that
  post; a commenter who gives his name in the text speaks under that name.
- A post's author replying beneath his own post ("answered beneath the post",
  "wrote under her post") is a quote linked to the post replied under, not a
  new post; a reply "to his post" by someone else belongs to that post.
- Findings that "researchers said" with no document named are not a post; a
  university's news release quoting its lead researcher is a press release with
  author None, and the quote's speaker is the researcher.
- A statement by a band's "remaining members" (a group) has author None and its
  words speak as None; an open letter signed by hundreds of farmers is likewise
  the group's (author None), and the fragments "the letter says" speak as None.
- A judge first called "a federal judge" and named later in the story is the
  speaker of the ruling's fragment under the later, full name; a judge's
  opinion or order is the judge's post (author the judge, platform None).
- A fragment with which a named person's lawsuit "calls" something is that
  person's words, linked to the lawsuit.
- Song titles and the titles of TV, radio and podcast shows in quotation
  marks are not quotes; nicknames inside a quote ("Big Bertha", "Femi") stay
  part of the quote and name no person.
- A late-night or morning show, a podcast and a radio show are posts with the
  show as platform; when the outlet and its show are both named (Colorado
  Public Radio's "Colorado Matters"), the platform is the show. A host named
  in the story is a person but speaks no quote.
- A remark "told" the show's host right after the show is named is linked to
  that show; an answer introduced by "Asked whether ..." right after an
  interview with a named outlet is linked to that interview.
- An utterance introduced by "before adding," on an earnings call is a full
  utterance (partial False) and, like the call, not a post.
- A remark given with no place ("later said", "said her husband", "said in an
  interview" with no outlet) has post None.
- An analyst's note to clients and a company officer's internal memo are posts
  by their named authors with platform None; "the memo said" keeps the memo's
  author as speaker.
- The hospital's "statement of its own" after the family's statement is a new
  post; both have author None. "the family said" and "it said" right after
  the statement is named are tied to that statement.
- A writer first called "The director" and named only in the attribution of
  the email's quote is the email's author under that name.
- A Substack "follow-up post" that does not name the platform again is a new
  post on Substack.
- A Reddit AMA is the answering scientist's Reddit post; his answers ("he
  replied") and a named colleague's reply in the same thread belong to it. A
  thread by an unnamed Reddit user is a Reddit post with author None.
- A "series of TikTok videos" from which a line is quoted "in one" is one
  TikTok post, and a comment "under the video" belongs to it.
- "told the magazine Outside" has platform "Outside"; "told WPLG-TV in Miami"
  has platform "WPLG-TV"; "In an interview with Fortune" has platform
  "Fortune".
- A quote that runs over two paragraphs is one quote per paragraph, both with
  the same speaker and post; the first paragraph has no closing mark.
- A state agency's annual report with no named author is a post with author
  None and platform None; a ranchers' group's lawsuit has author None.
- People lists hold every person named in the text, including the dead, hosts
  and people who do not speak; unnamed relatives ("her father") are left out.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BS: list[dict] = [
    {
        "name": "startup-layoffs-linkedin-staff-email-commenters",
        "text": (
            "Priyanka Raghunathan, the co-founder of the Austin-based delivery software startup "
            "Routewise, announced on LinkedIn on Tuesday that the company would cut 140 jobs, "
            "about a third of its staff.\n\n"
            "“I made decisions that assumed growth would keep coming. It didn’t, and the people "
            "who built this company are paying for my optimism,” she wrote.\n\n"
            "In an email to employees sent an hour earlier, Raghunathan said severance would "
            "include four months of pay and that staff could keep their laptops. “Please take "
            "the time you need today,” the email said. “Nobody is expected to log on.”\n\n"
            "Under the LinkedIn post, Marcus Oyelaran, a former engineering lead at the company, "
            "wrote: “Hardest-working team I have ever been part of. Hire them.” Another "
            "commenter, who did not give a full name, called the post “a masterclass in saying "
            "sorry without saying why.”"
        ),
        "quotes": [
            (
                "I made decisions that assumed growth would keep coming. It didn’t, and the people "
                "who built this company are paying for my optimism,",
                "Priyanka Raghunathan",
                False,
                "P1",
            ),
            ("Please take the time you need today,", "Priyanka Raghunathan", False, "P2"),
            ("Nobody is expected to log on.", "Priyanka Raghunathan", False, "P2"),
            (
                "Hardest-working team I have ever been part of. Hire them.",
                "Marcus Oyelaran",
                False,
                "P1",
            ),
            ("a masterclass in saying sorry without saying why.", None, True, "P1"),
        ],
        "posts": [
            ("P1", "Priyanka Raghunathan", "LinkedIn"),
            ("P2", "Priyanka Raghunathan", None),
        ],
        "people": ["Priyanka Raghunathan", "Marcus Oyelaran"],
    },
    {
        "name": "school-start-study-university-release-reuters",
        "text": (
            "Teenagers whose schools start after 8:30 a.m. sleep on average 43 minutes more per "
            "night than those who start earlier, researchers at Halvorsen University said "
            "Wednesday.\n\n"
            "“The effect was larger than anything we have seen from apps, lectures or parental "
            "rules,” Dr. Annika Sørensen, the lead researcher and a professor of epidemiology at "
            "the university, said in a news release issued by the school.\n\n"
            "Sørensen told Reuters that the findings held across income groups. “Rich kids and "
            "poor kids both got the extra sleep,” she said. “That almost never happens with a "
            "public health measure.”\n\n"
            "Dr. Tomasz Wierzbicki, a sleep researcher who was not involved in the work, said in "
            "an interview that the sample was large but limited to three states. “I would want "
            "to see rural districts before anyone rewrites a bell schedule,” he said."
        ),
        "quotes": [
            (
                "The effect was larger than anything we have seen from apps, lectures or parental "
                "rules,",
                "Annika Sørensen",
                False,
                "P1",
            ),
            ("Rich kids and poor kids both got the extra sleep,", "Annika Sørensen", False, "P2"),
            (
                "That almost never happens with a public health measure.",
                "Annika Sørensen",
                False,
                "P2",
            ),
            (
                "I would want to see rural districts before anyone rewrites a bell schedule,",
                "Tomasz Wierzbicki",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Annika Sørensen", "Reuters"),
        ],
        "people": ["Annika Sørensen", "Tomasz Wierzbicki"],
    },
    {
        "name": "band-breakup-late-night-instagram-story-members-statement",
        "text": (
            "Lior Ben-Haim, the frontman of the indie band Saltwater Choir, said on “Tonight at "
            "Eleven” on Wednesday that the band’s breakup had been “mostly about money and a "
            "little about a van.”\n\n"
            "“We loved each other. We just couldn’t split a check,” the 34-year-old told host Ray "
            "Castellanos, to laughter from the studio audience.\n\n"
            "Hours before the taping, bassist Renée Okafor-Lindqvist posted an Instagram story "
            "showing the band’s old tour van with the words “Rest in peace, Big Bertha.”\n\n"
            "The band’s remaining members said in a statement on Thursday that a farewell show "
            "in November would go ahead. “We owe the fans one last night, and we intend to pay "
            "that debt,” the statement said."
        ),
        "quotes": [
            ("mostly about money and a little about a van.", "Lior Ben-Haim", True, "P1"),
            (
                "We loved each other. We just couldn’t split a check,",
                "Lior Ben-Haim",
                False,
                "P1",
            ),
            ("Rest in peace, Big Bertha.", "Renée Okafor-Lindqvist", False, "P2"),
            (
                "We owe the fans one last night, and we intend to pay that debt,",
                None,
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Lior Ben-Haim", "Tonight at Eleven"),
            ("P2", "Renée Okafor-Lindqvist", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Lior Ben-Haim", "Ray Castellanos", "Renée Okafor-Lindqvist"],
    },
    {
        "name": "otter-reddit-thread-replies-aquarium-magazine",
        "text": (
            "A Reddit user who posted a video of a sea otter floating in the marina at Port "
            "Alder, Oregon, on Sunday asked whether anyone else had seen it. “Three days in a "
            "row now, same slip, same otter,” the user wrote.\n\n"
            "Dozens of replies followed. “Please don’t feed it, they lose their fear of boats,” "
            "wrote one commenter who said she volunteers at a wildlife rescue. Another, a local "
            "fisherman who gave his name as Dale Haugland, replied: “Saw it Friday. It stole a "
            "crab right off my deck.”\n\n"
            "The Cascadia Coast Aquarium said in a statement on Tuesday that its staff had "
            "confirmed the sighting. Sea otters have been largely absent from the Oregon coast "
            "for more than a century. “We are monitoring the animal from a respectful distance "
            "and ask the public to do the same,” the aquarium said.\n\n"
            "“Genuinely, this is the kind of thing you wait a whole career to see,” Mei-Ling "
            "Castañeda, a marine mammal biologist at the aquarium, told the magazine Outside."
        ),
        "quotes": [
            ("Three days in a row now, same slip, same otter,", None, False, "P1"),
            ("Please don’t feed it, they lose their fear of boats,", None, False, "P1"),
            ("Saw it Friday. It stole a crab right off my deck.", "Dale Haugland", False, "P1"),
            (
                "We are monitoring the animal from a respectful distance and ask the public to do "
                "the same,",
                None,
                False,
                "P2",
            ),
            (
                "Genuinely, this is the kind of thing you wait a whole career to see,",
                "Mei-Ling Castañeda",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
            ("P3", "Mei-Ling Castañeda", "Outside"),
        ],
        "people": ["Dale Haugland", "Mei-Ling Castañeda"],
    },
    {
        "name": "dairy-open-letter-news-conference-substack-cheesemaker",
        "text": (
            "More than 300 dairy farmers in Wisconsin signed an open letter on Monday urging the "
            "state to delay new rules on manure storage, warning that smaller farms would "
            "“simply close rather than comply.”\n\n"
            "The rules, the letter says, were written “for operations a hundred times our "
            "size.”\n\n"
            "“We are not against clean water. We drink it too,” Gretchen Aldous, who milks 90 "
            "cows near Sparta and helped gather the signatures, said at a news conference "
            "outside the Capitol in Madison.\n\n"
            "State agriculture secretary Hollis Brandvold told reporters later that the "
            "timetable would not change. “Two years of notice is plenty,” he said.\n\n"
            "Anouk Verhaegen, a cheesemaker who buys milk from a dozen of the signers, weighed "
            "in on her Substack newsletter. “If the small farms go, the cheese goes with them, "
            "and no regulation will bring either back,” she wrote."
        ),
        "quotes": [
            ("simply close rather than comply.", None, True, "P1"),
            ("for operations a hundred times our size.", None, True, "P1"),
            (
                "We are not against clean water. We drink it too,",
                "Gretchen Aldous",
                False,
                None,
            ),
            ("Two years of notice is plenty,", "Hollis Brandvold", False, None),
            (
                "If the small farms go, the cheese goes with them, and no regulation will bring "
                "either back,",
                "Anouk Verhaegen",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anouk Verhaegen", "Substack"),
        ],
        "people": ["Gretchen Aldous", "Hollis Brandvold", "Anouk Verhaegen"],
    },
    {
        "name": "airline-outage-customer-email-morning-show-threads-reply",
        "text": (
            "Northwind Air sent an email to customers on Friday apologizing for a computer "
            "outage that grounded 600 flights over two days. “We let you down at the worst "
            "possible time, and we are sorry,” the email said, adding that affected travelers "
            "would receive a $200 travel credit.\n\n"
            "Chief executive Farid Al-Mansouri went further on “CBS Mornings” on Saturday. “A "
            "credit is not an apology. Refunds are coming, full ones, to anyone who asks,” he "
            "said.\n\n"
            "Not everyone was persuaded. Kezia Brathwaite, a nurse who spent 31 hours in the "
            "Denver airport with her two children, posted on Threads that the email had arrived "
            "“while I was still sleeping on the floor of Concourse B.” Her post was shared "
            "thousands of times.\n\n"
            "Al-Mansouri later answered her directly. “Kezia, I’m sorry. My team will call you "
            "today,” he wrote under her post."
        ),
        "quotes": [
            (
                "We let you down at the worst possible time, and we are sorry,",
                None,
                False,
                "P1",
            ),
            (
                "A credit is not an apology. Refunds are coming, full ones, to anyone who asks,",
                "Farid Al-Mansouri",
                False,
                "P2",
            ),
            (
                "while I was still sleeping on the floor of Concourse B.",
                "Kezia Brathwaite",
                True,
                "P3",
            ),
            (
                "Kezia, I’m sorry. My team will call you today,",
                "Farid Al-Mansouri",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Farid Al-Mansouri", "CBS Mornings"),
            ("P3", "Kezia Brathwaite", "Threads"),
        ],
        "people": ["Farid Al-Mansouri", "Kezia Brathwaite"],
    },
    {
        "name": "songwriter-lawsuit-dismissed-judge-opinion-bluesky",
        "text": (
            "A federal judge in Nashville on Thursday dismissed a copyright lawsuit filed by "
            "songwriter Tamsin Achterberg against pop star Jaylen Okoro, ruling that the two "
            "songs at issue shared “a common chord progression and nothing more.”\n\n"
            "Achterberg’s suit, filed last year, claimed that Okoro’s hit “Paper Crowns” copied "
            "the melody of her 2016 song “Low Tide,” calling the resemblance “too close to be "
            "chance.”\n\n"
            "“Copyright does not protect the building blocks of music,” U.S. District Judge "
            "Harriet Mbeki-Sloan wrote in her 22-page opinion.\n\n"
            "Achterberg responded on Bluesky within the hour. “I lost. I’m not done,” she "
            "posted, adding that she would appeal.\n\n"
            "Okoro’s lawyer, Benedikt Rausch, said in a statement that his client was “grateful "
            "and relieved.”"
        ),
        "quotes": [
            (
                "a common chord progression and nothing more.",
                "Harriet Mbeki-Sloan",
                True,
                "P2",
            ),
            ("too close to be chance.", "Tamsin Achterberg", True, "P1"),
            (
                "Copyright does not protect the building blocks of music,",
                "Harriet Mbeki-Sloan",
                False,
                "P2",
            ),
            ("I lost. I’m not done,", "Tamsin Achterberg", False, "P3"),
            ("grateful and relieved.", "Benedikt Rausch", True, "P4"),
        ],
        "posts": [
            ("P1", "Tamsin Achterberg", None),
            ("P2", "Harriet Mbeki-Sloan", None),
            ("P3", "Tamsin Achterberg", "Bluesky"),
            ("P4", "Benedikt Rausch", None),
        ],
        "people": ["Tamsin Achterberg", "Jaylen Okoro", "Harriet Mbeki-Sloan", "Benedikt Rausch"],
    },
    {
        "name": "snack-maker-earnings-release-call-analyst-note-cnbc",
        "text": (
            "Shares of Crumbly Foods fell 9% on Tuesday after the snack maker cut its sales "
            "forecast for the year, blaming the high price of cocoa.\n\n"
            "“Cocoa at these levels changes the math on every bar we make,” chief executive "
            "Ingrid Solvang said in the company’s earnings release.\n\n"
            "On a call with analysts, Solvang said the company would shrink some bars rather than "
            "raise prices again. “Consumers notice a price. They notice a smaller bar less,” she "
            "said, before adding, “I know how that sounds.”\n\n"
            "Rahul Venkataraman, an analyst at Brightwater Securities, wrote in a note to clients "
            "that the strategy was “a bet that shoppers won’t read the label.”\n\n"
            "Later in the day, Solvang told CNBC the smaller bars would be “modest and clearly "
            "labeled.”"
        ),
        "quotes": [
            (
                "Cocoa at these levels changes the math on every bar we make,",
                "Ingrid Solvang",
                False,
                "P1",
            ),
            (
                "Consumers notice a price. They notice a smaller bar less,",
                "Ingrid Solvang",
                False,
                None,
            ),
            ("I know how that sounds.", "Ingrid Solvang", False, None),
            ("a bet that shoppers won’t read the label.", "Rahul Venkataraman", True, "P2"),
            ("modest and clearly labeled.", "Ingrid Solvang", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Rahul Venkataraman", None),
            ("P3", "Ingrid Solvang", "CNBC"),
        ],
        "people": ["Ingrid Solvang", "Rahul Venkataraman"],
    },
    {
        "name": "heart-surgeon-death-family-hospital-statements-x-tribute",
        "text": (
            "Dr. Olufemi Adeyemi-Hart, a pediatric heart surgeon who performed more than 4,000 "
            "operations at St. Brigid’s Children’s Hospital in Cleveland, died on Saturday at "
            "71. His family said in a statement that he died at home after a short illness.\n\n"
            "“He used to say that the smallest hearts deserved the steadiest hands,” the family "
            "said. “He gave them his, for forty years.”\n\n"
            "The hospital said in a statement of its own that a surgical wing would be renamed "
            "in his honor. “Dr. Adeyemi-Hart was the heart of this place,” it said.\n\n"
            "Among the tributes online was one from Dr. Camila Restrepo-Vance, who trained under "
            "him in the 1990s. “Everything I know about courage in an operating room, I learned "
            "from Femi,” she wrote on X."
        ),
        "quotes": [
            (
                "He used to say that the smallest hearts deserved the steadiest hands,",
                None,
                False,
                "P1",
            ),
            ("He gave them his, for forty years.", None, False, "P1"),
            ("Dr. Adeyemi-Hart was the heart of this place,", None, False, "P2"),
            (
                "Everything I know about courage in an operating room, I learned from Femi,",
                "Camila Restrepo-Vance",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Camila Restrepo-Vance", "X"),
        ],
        "people": ["Olufemi Adeyemi-Hart", "Camila Restrepo-Vance"],
    },
    {
        "name": "app-outage-threads-own-reply-second-post-wired",
        "text": (
            "The photo-sharing app Lumen was down for nearly nine hours on Wednesday, and its "
            "founder spent much of that time apologizing on Threads.\n\n"
            "“We broke it. We’re fixing it. No data was lost,” wrote Sebastián Iturbe, 29, in a "
            "post around midday.\n\n"
            "A user replied asking whether her photo archive was safe. “Yes, every photo. I "
            "checked yours myself, Marisol,” Iturbe answered beneath the post. The user, "
            "Marisol Quintanilla, later said she had been half joking but was “weirdly "
            "reassured.”\n\n"
            "In a second post that evening, the founder blamed a faulty database update. “One "
            "line of code. Nine hours. I will be thinking about that ratio for a while,” he "
            "wrote.\n\n"
            "Iturbe told Wired on Thursday that the company would publish a full account of the "
            "outage. “People deserve the boring details,” he said."
        ),
        "quotes": [
            ("We broke it. We’re fixing it. No data was lost,", "Sebastián Iturbe", False, "P1"),
            (
                "Yes, every photo. I checked yours myself, Marisol,",
                "Sebastián Iturbe",
                False,
                "P1",
            ),
            ("weirdly reassured.", "Marisol Quintanilla", True, None),
            (
                "One line of code. Nine hours. I will be thinking about that ratio for a while,",
                "Sebastián Iturbe",
                False,
                "P2",
            ),
            ("People deserve the boring details,", "Sebastián Iturbe", False, "P3"),
        ],
        "posts": [
            ("P1", "Sebastián Iturbe", "Threads"),
            ("P2", "Sebastián Iturbe", "Threads"),
            ("P3", "Sebastián Iturbe", "Wired"),
        ],
        "people": ["Sebastián Iturbe", "Marisol Quintanilla"],
    },
    {
        "name": "bus-fare-vote-hearing-bluesky-reply-straight-quotes",
        "text": (
            "The Riverside Metro board voted 7-2 on Thursday to raise the base bus fare to "
            "$2.75, the first increase in eight years.\n\n"
            '"Without it, we cut service, and cutting service is the real fare hike," board '
            "chair Lucinda Ferreira-Gomes said before the vote.\n\n"
            "Councilmember Dmitri Sokolov, who sits on the board and voted no, said at the "
            'hearing that the agency had "not looked hard enough" at its own overtime costs. He '
            "made the same point on Bluesky afterward: \"Riders are paying for management's "
            'scheduling problems. Period."\n\n'
            'Transit advocate Yusra Haddad replied to his post within minutes: "Then show up '
            'with a budget, not a slogan."'
        ),
        "quotes": [
            (
                "Without it, we cut service, and cutting service is the real fare hike,",
                "Lucinda Ferreira-Gomes",
                False,
                None,
            ),
            ("not looked hard enough", "Dmitri Sokolov", True, None),
            (
                "Riders are paying for management's scheduling problems. Period.",
                "Dmitri Sokolov",
                False,
                "P1",
            ),
            ("Then show up with a budget, not a slogan.", "Yusra Haddad", False, "P1"),
        ],
        "posts": [("P1", "Dmitri Sokolov", "Bluesky")],
        "people": ["Lucinda Ferreira-Gomes", "Dmitri Sokolov", "Yusra Haddad"],
    },
    {
        "name": "museum-retrospective-director-email-artist-instagram-ap",
        "text": (
            "The director of the Halden Museum of Contemporary Art told staff in an email on "
            "Monday that a retrospective of the painter Aiyana Redcloud would be postponed "
            "indefinitely, weeks after the artist criticized the museum’s board.\n\n"
            "“This was not an easy decision, and it was not made because of anything Ms. "
            "Redcloud said,” Gideon Falkenrath wrote in the email, which was shared with The "
            "Associated Press.\n\n"
            "Redcloud, 62, was not convinced. On Instagram she posted a photo of an empty "
            "gallery wall. “Fourteen paintings were supposed to hang here. Ask them why they "
            "don’t,” she wrote in the caption.\n\n"
            "In an interview with The Associated Press on Tuesday, she called the postponement "
            "“a cancellation wearing a nicer coat.” Asked whether she would show the work "
            "elsewhere, she said, “Already have offers. Three of them.”"
        ),
        "quotes": [
            (
                "This was not an easy decision, and it was not made because of anything Ms. "
                "Redcloud said,",
                "Gideon Falkenrath",
                False,
                "P1",
            ),
            (
                "Fourteen paintings were supposed to hang here. Ask them why they don’t,",
                "Aiyana Redcloud",
                False,
                "P2",
            ),
            ("a cancellation wearing a nicer coat.", "Aiyana Redcloud", True, "P3"),
            ("Already have offers. Three of them.", "Aiyana Redcloud", False, "P3"),
        ],
        "posts": [
            ("P1", "Gideon Falkenrath", None),
            ("P2", "Aiyana Redcloud", "Instagram"),
            ("P3", "Aiyana Redcloud", "The Associated Press"),
        ],
        "people": ["Aiyana Redcloud", "Gideon Falkenrath"],
    },
    {
        "name": "wolf-report-ranchers-lawsuit-public-radio-show",
        "text": (
            "Colorado’s gray wolf population grew to 41 animals last year, according to an "
            "annual report released Friday by the state’s parks and wildlife agency. The report "
            "says livestock losses were “lower than projected but concentrated in two "
            "counties.”\n\n"
            "A ranchers’ group, the Western Slope Cattle Association, sued the agency the same "
            "day, arguing in its lawsuit that compensation payments were “slow, partial and "
            "buried in paperwork.”\n\n"
            "Wade Tillotson, whose family lost 11 calves last spring, said the money was not the "
            "point. “I don’t want a check. I want to sleep through the night,” the rancher "
            "said.\n\n"
            "Gov. Adaeze Whitcombe defended the program on Colorado Public Radio’s “Colorado "
            "Matters” on Monday. “The wolves were voted in by the people of this state, and I "
            "take that seriously,” she said. “But I take the ranchers seriously, too.”"
        ),
        "quotes": [
            ("lower than projected but concentrated in two counties.", None, True, "P1"),
            ("slow, partial and buried in paperwork.", None, True, "P2"),
            (
                "I don’t want a check. I want to sleep through the night,",
                "Wade Tillotson",
                False,
                None,
            ),
            (
                "The wolves were voted in by the people of this state, and I take that seriously,",
                "Adaeze Whitcombe",
                False,
                "P3",
            ),
            ("But I take the ranchers seriously, too.", "Adaeze Whitcombe", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", None, None),
            ("P3", "Adaeze Whitcombe", "Colorado Matters"),
        ],
        "people": ["Wade Tillotson", "Adaeze Whitcombe"],
    },
    {
        "name": "astronomer-reddit-ama-replies-university-release",
        "text": (
            "Astronomer Keoni Kahananui, whose team discovered an unusually cold brown dwarf "
            "last month, answered questions from the public in a Reddit AMA on Wednesday.\n\n"
            "Asked what the object would feel like up close, Kahananui wrote: “Colder than a "
            "kitchen freezer. You would want a very good coat.”\n\n"
            "One user asked whether the discovery had been an accident. “Half luck, half "
            "stubbornness,” he replied. “We almost threw that data out.”\n\n"
            "A fellow astronomer, Ewa Lindqvist-Mróz, joined the thread to congratulate him. "
            "“Proud to have lost the bet about this one,” she wrote.\n\n"
            "Pacific Rim University announced the discovery in a news release in February, "
            "describing the object as “a fossil from the galaxy’s early days.”"
        ),
        "quotes": [
            (
                "Colder than a kitchen freezer. You would want a very good coat.",
                "Keoni Kahananui",
                False,
                "P1",
            ),
            ("Half luck, half stubbornness,", "Keoni Kahananui", False, "P1"),
            ("We almost threw that data out.", "Keoni Kahananui", False, "P1"),
            ("Proud to have lost the bet about this one,", "Ewa Lindqvist-Mróz", False, "P1"),
            ("a fossil from the galaxy’s early days.", None, True, "P2"),
        ],
        "posts": [
            ("P1", "Keoni Kahananui", "Reddit"),
            ("P2", None, "press release"),
        ],
        "people": ["Keoni Kahananui", "Ewa Lindqvist-Mróz"],
    },
    {
        "name": "critic-substack-chef-instagram-story-podcast-group-statement",
        "text": (
            "The food writer Oona Fitzgerald-Baptiste gave the new Lisbon-style restaurant Casa "
            "Ondina one star out of four in her Substack newsletter on Sunday, calling its "
            "signature grilled octopus “rubber with a view.”\n\n"
            "The restaurant’s chef, Duarte Mesquita, answered in an Instagram story that night: "
            "“One star from someone who sent back bread. We’ll survive.”\n\n"
            "Fitzgerald-Baptiste conceded the point in a follow-up post the next morning. “I did "
            "send back the bread. It was stale,” she wrote.\n\n"
            "On the podcast “Dinner Rush” on Wednesday, Mesquita said he regretted the story. “I "
            "was tired and I was hurt. That is not an excuse,” he told host Bea Akinola. He said "
            "the octopus had since been taken off the menu.\n\n"
            "Tagus Hospitality, the group that owns Casa Ondina, said in a statement that it "
            "“welcomes all criticism, including the unkind kind.”"
        ),
        "quotes": [
            ("rubber with a view.", "Oona Fitzgerald-Baptiste", True, "P1"),
            (
                "One star from someone who sent back bread. We’ll survive.",
                "Duarte Mesquita",
                False,
                "P2",
            ),
            ("I did send back the bread. It was stale,", "Oona Fitzgerald-Baptiste", False, "P3"),
            ("I was tired and I was hurt. That is not an excuse,", "Duarte Mesquita", False, "P4"),
            ("welcomes all criticism, including the unkind kind.", None, True, "P5"),
        ],
        "posts": [
            ("P1", "Oona Fitzgerald-Baptiste", "Substack"),
            ("P2", "Duarte Mesquita", "Instagram"),
            ("P3", "Oona Fitzgerald-Baptiste", "Substack"),
            ("P4", "Duarte Mesquita", "Dinner Rush"),
            ("P5", None, None),
        ],
        "people": ["Oona Fitzgerald-Baptiste", "Duarte Mesquita", "Bea Akinola"],
    },
    {
        "name": "cruise-outbreak-tiktok-comment-line-statement-local-tv",
        "text": (
            "More than 200 passengers aboard the cruise ship Aurora Meridian fell ill with a "
            "stomach virus during a 10-day Caribbean voyage, health officials said Monday.\n\n"
            "Passenger Thandiwe Mokoena, 27, documented the outbreak in a series of TikTok videos "
            "that have been viewed more than 3 million times. “Day six. Half the dining room is "
            "empty and the other half is wearing masks,” she says in one. A commenter under the "
            "video who said she was a ship’s nurse wrote, “Wash your hands like it’s your job. "
            "Sanitizer doesn’t kill this one.”\n\n"
            "“We paid for a honeymoon and got a quarantine,” said her husband, Sipho Mokoena.\n\n"
            "Meridian Cruise Lines said in a statement that the ship had been “deep-cleaned from "
            "bow to stern” before its next departure.\n\n"
            "Another passenger, retired teacher Howard Pennington, told WPLG-TV in Miami that the "
            "crew had been “heroic.” “They were cleaning cabins at 3 in the morning,” he said."
        ),
        "quotes": [
            (
                "Day six. Half the dining room is empty and the other half is wearing masks,",
                "Thandiwe Mokoena",
                False,
                "P1",
            ),
            (
                "Wash your hands like it’s your job. Sanitizer doesn’t kill this one.",
                None,
                False,
                "P1",
            ),
            ("We paid for a honeymoon and got a quarantine,", "Sipho Mokoena", False, None),
            ("deep-cleaned from bow to stern", None, True, "P2"),
            ("heroic.", "Howard Pennington", True, "P3"),
            ("They were cleaning cabins at 3 in the morning,", "Howard Pennington", False, "P3"),
        ],
        "posts": [
            ("P1", "Thandiwe Mokoena", "TikTok"),
            ("P2", None, None),
            ("P3", "Howard Pennington", "WPLG-TV"),
        ],
        "people": ["Thandiwe Mokoena", "Sipho Mokoena", "Howard Pennington"],
    },
    {
        "name": "blueberry-shortage-market-no-posts",
        "text": (
            "At the Saturday farmers market in Bellhaven, Maine, the wild blueberries ran out by "
            "9 a.m., a sign, growers say, that a cold spring has cut this year’s crop roughly "
            "in half.\n\n"
            "“I had people lined up before I had the tent up,” said Abigail Thibodeau, whose "
            "family has raked blueberries in Washington County since 1911. “I’ve never turned "
            "away this many.”\n\n"
            "Her neighbor at the next stall, Nguyen Van Long, who sells honey, said the bees had "
            "struggled too. The spring, he said, was “cold enough to be cruel and warm enough "
            "to fool them.”\n\n"
            "State horticulturist Rosalind Achebe-Kerr said in an interview that prices would "
            "likely stay high through August. “Expect to pay for scarcity,” she said."
        ),
        "quotes": [
            (
                "I had people lined up before I had the tent up,",
                "Abigail Thibodeau",
                False,
                None,
            ),
            ("I’ve never turned away this many.", "Abigail Thibodeau", False, None),
            (
                "cold enough to be cruel and warm enough to fool them.",
                "Nguyen Van Long",
                True,
                None,
            ),
            ("Expect to pay for scarcity,", "Rosalind Achebe-Kerr", False, None),
        ],
        "posts": [],
        "people": ["Abigail Thibodeau", "Nguyen Van Long", "Rosalind Achebe-Kerr"],
    },
    {
        "name": "chip-designer-layoff-linkedin-memo-comment-fortune",
        "text": (
            "An engineer’s LinkedIn post about being laid off by email at 4 a.m. has drawn more "
            "than 50,000 reactions. “My badge stopped working before my alarm went off,” wrote "
            "the engineer, Chidi Nwankwo-Berg, who spent seven years at the chip designer "
            "Siltrace.\n\n"
            "Under the post, a former Siltrace manager, Ilse Brandt, commented: “I was on the "
            "other side of this in 2019. It is no easier there.”\n\n"
            "Siltrace’s chief people officer, Marguerite Dubois-Lanier, wrote in an internal "
            "memo on Wednesday that the timing had been “a failure of basic decency,” according "
            "to a copy seen by Bloomberg News. The memo said future notices would be delivered "
            "“during working hours, by a human being.”\n\n"
            "In an interview with Fortune, Siltrace chief executive Rajan Mehrotra said the "
            "cuts were necessary but “handled badly, and that is on me.”"
        ),
        "quotes": [
            (
                "My badge stopped working before my alarm went off,",
                "Chidi Nwankwo-Berg",
                False,
                "P1",
            ),
            (
                "I was on the other side of this in 2019. It is no easier there.",
                "Ilse Brandt",
                False,
                "P1",
            ),
            ("a failure of basic decency,", "Marguerite Dubois-Lanier", True, "P2"),
            ("during working hours, by a human being.", "Marguerite Dubois-Lanier", True, "P2"),
            ("handled badly, and that is on me.", "Rajan Mehrotra", True, "P3"),
        ],
        "posts": [
            ("P1", "Chidi Nwankwo-Berg", "LinkedIn"),
            ("P2", "Marguerite Dubois-Lanier", None),
            ("P3", "Rajan Mehrotra", "Fortune"),
        ],
        "people": [
            "Chidi Nwankwo-Berg",
            "Ilse Brandt",
            "Marguerite Dubois-Lanier",
            "Rajan Mehrotra",
        ],
    },
    {
        "name": "jazz-club-closing-statement-morning-show-two-paragraphs",
        "text": (
            "The Blue Heron, a jazz club that has operated in the same basement in Chicago’s "
            "South Loop since 1962, will close at the end of the month, the club said in a "
            "statement on Monday.\n\n"
            "“Sixty-two years of music in one room is a gift. Rent in one room is a bill, and "
            "the bill won,” the statement said.\n\n"
            "Owner Delphine Marchetti-Owusu, 68, who inherited the club from her father, spoke "
            "about the decision on “Good Morning America” on Tuesday.\n\n"
            "“I grew up under that stage. I did my homework between sets.\n\n"
            "“I would give anything to keep the doors open, but anything is not what the "
            "landlord is asking for. He’s asking for double,” she said.\n\n"
            "Saxophonist Kwame Ashby-Reyes, who played his first paid gig at the club at 17, "
            "posted a photo from that night on Instagram. “They paid me $40 and a plate of "
            "wings. Best money I ever made,” he wrote."
        ),
        "quotes": [
            (
                "Sixty-two years of music in one room is a gift. Rent in one room is a bill, and "
                "the bill won,",
                None,
                False,
                "P1",
            ),
            (
                "I grew up under that stage. I did my homework between sets.",
                "Delphine Marchetti-Owusu",
                False,
                "P2",
            ),
            (
                "I would give anything to keep the doors open, but anything is not what the "
                "landlord is asking for. He’s asking for double,",
                "Delphine Marchetti-Owusu",
                False,
                "P2",
            ),
            (
                "They paid me $40 and a plate of wings. Best money I ever made,",
                "Kwame Ashby-Reyes",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Delphine Marchetti-Owusu", "Good Morning America"),
            ("P3", "Kwame Ashby-Reyes", "Instagram"),
        ],
        "people": ["Delphine Marchetti-Owusu", "Kwame Ashby-Reyes"],
    },
    {
        "name": "river-discharge-lawsuit-judge-order-release-bluesky-reply",
        "text": (
            "The environmental group River Keepers Alliance sued Kestrel Chemical in March, "
            "accusing the company of “treating a public river as a private drain.” On Friday, a "
            "state judge sided with the group for now, ordering the company to stop discharging "
            "wastewater into the Tannery River while the case proceeds.\n\n"
            "In her order, Judge Naomi Eskildsen wrote that the company’s own monitoring data "
            "showed “a pattern, not an accident.”\n\n"
            "Kestrel said in a news release that it would appeal and that its discharges had "
            "“always met the limits in our permit.”\n\n"
            "Hydrologist Farhan Siddiqui of Lakemont University, whose water samples were cited "
            "in the suit, posted on Bluesky after the ruling: “The river doesn’t read permits. "
            "It reads chemistry.”\n\n"
            "Josefina Alcántara, the alliance’s executive director, replied to his post with "
            "thanks. “You did the tedious part so we could do the loud part,” she wrote.\n\n"
            "Outside the courthouse, Alcántara was less restrained. “Today the river won one,” "
            "she told reporters."
        ),
        "quotes": [
            ("treating a public river as a private drain.", None, True, "P1"),
            ("a pattern, not an accident.", "Naomi Eskildsen", True, "P2"),
            ("always met the limits in our permit.", None, True, "P3"),
            (
                "The river doesn’t read permits. It reads chemistry.",
                "Farhan Siddiqui",
                False,
                "P4",
            ),
            (
                "You did the tedious part so we could do the loud part,",
                "Josefina Alcántara",
                False,
                "P4",
            ),
            ("Today the river won one,", "Josefina Alcántara", False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Naomi Eskildsen", None),
            ("P3", None, "press release"),
            ("P4", "Farhan Siddiqui", "Bluesky"),
        ],
        "people": ["Naomi Eskildsen", "Farhan Siddiqui", "Josefina Alcántara"],
    },
]
