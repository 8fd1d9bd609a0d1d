"""The one-hundred-and-ninth self-made dev set, held out (DK): its first run is an unseen estimate.

Written with set DJ, without reading the extraction rules, and committed before
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
  reported without any quoted words (a city's or district's statement, a
  plaintiffs' coalition statement, a returning officer's email) is still listed.
- people lists every named person in the text, speaker or not, once each, in
  order of first mention, under the canonical name.
- A campaign slogan or pledge name in marks (“Fairhaven Forward”, “Free
  Printing Fridays”) is not a quote; a nickname inside a name (Jordan “the
  Wall” Mensah-Pryce) is not a quote or part of the canonical name.
- A radio or TV show named in marks (NPR's “Fresh Air”) is a title, not a
  quote, and the interview's platform is the show without marks (Fresh Air);
  BBC Radio 4's Front Row and Farming Today, the radio show Science Friday, the
  podcast The Overlap and the Spanish radio network Cadena SER take the show's
  or outlet's name; WBUR, the Riverbend Ledger and student newspapers (The
  Northbridge Clarion, The Gryphon) are named outlets.
- A critic's review in a named newspaper is the critic's post with that
  newspaper as platform, separate from an interview a colleague gave the same
  paper; a fragment "in a 2019 review" belongs to that review.
- An unnamed Reddit user's thread has author None and platform Reddit; its
  words and an unnamed reply under it speak as None and belong to it.
- A study published in a named journal and "led by" a named researcher is that
  researcher's post with the journal as platform (Nature Ecology & Evolution);
  a fragment of what "the study described" speaks as the lead author.
- A reply "beneath his post" on Bluesky by the author of an earlier post in the
  story belongs to the post replied to, not to the replier's own post.
- A statement, letter or email by a named person (a prize director's
  statement, a candidate's letter to the clerk, a dean's email to applicants, a
  farmer's letter to a minister) is that person's post with no platform, and
  "the letter said/reads" speaks as the writer.
- A lawsuit filed by a named individual (a taco vendor) is that person's post
  and "his lawsuit said" speaks as him; the city's court filing has author None.
- A judge's written ruling, a majority opinion and a dissent are each their
  judge's post with no platform.
- An address to a legislature ("told the House of Commons"), a
  school board meeting, a faculty senate meeting, a campus town hall, a rally,
  a pre-match news conference and "told reporters" outside a courthouse are not
  posts; a fragment said there is partial with post None.
- A fragment from an earnings call ("had promised investors") is partial with
  post None.
- An analyst's note to clients is the analyst's post with no platform.
- A university's or observatory's press release that "quoted" its researcher
  has author None and platform press release; the quote's speaker is the
  researcher.
- A company's email to customers has author None and its words speak as None; a
  company reply "in the comments" reported without quoted words is neither a
  post nor a quote.
- A subscriber's Reddit post described only ("a subscriber who said she was a
  nurse") has author None and speaks as None.
- A TikTok or YouTube video is a post on that platform, words "said in the
  clip" or during the video belong to it, and a comment under it belongs to it;
  a TikTok "of her own" in answer is a new post; a YouTube livestream is a
  YouTube post.
- A named member's post in a Facebook group is that member's Facebook post; a
  comment under it belongs to it.
- Posting someone else's open letter on Instagram "with a message of her own"
  is a new Instagram post by the poster; the open letter signed by hundreds of
  artists has author None and its words speak as None.
- A photo shared on Instagram "with the caption" and a post shared to an
  Instagram story or a Bluesky reply "with the words" give a whole quote (not
  partial).
- A scare quote in single marks inside a quote (‘seamless’) is part of the
  quote's text.
- Two people sharing a surname (Jordan and Chidinma Mensah-Pryce, Hassan and
  Layla Al-Rashidi): the bare surname refers to the one named first.
- Spanish double surnames (Rigoberto Sandoval Huerta, Camila Rojas Hernández)
  and Hmong, Vietnamese and Irish names (Mai Xiong Vang, Nguyen Thi Hoa,
  Saoirse Ní Bhriain) are kept whole and in the order written; a first name
  alone ("Aaliyah's mother", "Adaeze ran", "help Piotr") refers to the person
  already named.
- Titles such as Judge, Dr., Prof., Gov., Councilman and Superintendent are
  not part of a canonical name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_DK: list[dict] = [
    {
        "name": "x-mayoral-concession-reply-news-conference",
        "text": (
            "Adaeze Okonkwo-Reyes conceded the Fairhaven mayoral race on Wednesday night, ending a "
            "campaign she had run under the slogan “Fairhaven Forward.” In a post on X shortly after "
            "midnight, she congratulated the winner, Councilman Piotr Wiśniewski. “The voters spoke "
            "clearly, and I will help Piotr govern for all of us,” she wrote.\n\n"
            "Wiśniewski answered within minutes. “Adaeze ran a campaign with real heart. Her door "
            "will always be open at City Hall,” he wrote under her post.\n\n"
            "At a news conference the next morning, the mayor-elect said his first priority would be "
            "the city’s clogged storm drains. “We are not going to wait for another hurricane season "
            "to fix them,” Wiśniewski told reporters.\n\n"
            "Turnout reached 61 percent, the county elections office said in a statement, calling it "
            "“the highest for a municipal race since 1988.” Okonkwo-Reyes, a former school principal, "
            "has not said whether she will run again."
        ),
        "quotes": [
            (
                "The voters spoke clearly, and I will help Piotr govern for all of us,",
                "Adaeze Okonkwo-Reyes",
                False,
                "P1",
            ),
            (
                "Adaeze ran a campaign with real heart. Her door will always be open at City Hall,",
                "Piotr Wiśniewski",
                False,
                "P1",
            ),
            (
                "We are not going to wait for another hurricane season to fix them,",
                "Piotr Wiśniewski",
                False,
                None,
            ),
            ("the highest for a municipal race since 1988.", None, True, "P2"),
        ],
        "posts": [("P1", "Adaeze Okonkwo-Reyes", "X"), ("P2", None, None)],
        "people": ["Adaeze Okonkwo-Reyes", "Piotr Wiśniewski"],
    },
    {
        "name": "instagram-omakase-closing-reddit-thread-critic-review",
        "text": (
            "The chef Kenji Matsuda will close Hoshi, his 24-seat omakase counter in Seattle’s Capitol "
            "Hill, at the end of the month after nine years, he announced on Instagram on Sunday. "
            "“Rent doubled, fish prices tripled, and I am tired,” the chef wrote beneath a photo of the "
            "empty counter. “Thank you for every single night.”\n\n"
            "The news spread quickly on Reddit, where an unnamed user started a thread mourning the "
            "restaurant. “I proposed to my wife at that counter,” the user wrote. Another replied: "
            "“Kenji’s uni toast ruined every other uni for me.”\n\n"
            "Matsuda’s longtime sous-chef, Lucía Ferreira, told The Seattle Times she hoped to open a "
            "place of her own next year. “He taught me that the rice is the whole meal,” she said. "
            "The paper’s restaurant critic, Daniel Oyelaran, had called Hoshi’s tasting menu “a quiet "
            "masterpiece” in a 2019 review. Reservations for the final two weeks sold out within an "
            "hour of the announcement."
        ),
        "quotes": [
            ("Rent doubled, fish prices tripled, and I am tired,", "Kenji Matsuda", False, "P1"),
            ("Thank you for every single night.", "Kenji Matsuda", False, "P1"),
            ("I proposed to my wife at that counter,", None, False, "P2"),
            ("Kenji’s uni toast ruined every other uni for me.", None, False, "P2"),
            ("He taught me that the rice is the whole meal,", "Lucía Ferreira", False, "P3"),
            ("a quiet masterpiece", "Daniel Oyelaran", True, "P4"),
        ],
        "posts": [
            ("P1", "Kenji Matsuda", "Instagram"),
            ("P2", None, "Reddit"),
            ("P3", "Lucía Ferreira", "The Seattle Times"),
            ("P4", "Daniel Oyelaran", "The Seattle Times"),
        ],
        "people": ["Kenji Matsuda", "Lucía Ferreira", "Daniel Oyelaran"],
    },
    {
        "name": "weather-service-statement-tiktok-hail-comment-briefing",
        "text": (
            "A line of severe thunderstorms knocked out power to more than 200,000 homes across central "
            "Oklahoma on Thursday, and forecasters warned that a second round could arrive by "
            "Saturday.\n\n"
            "“Treat Saturday like a tornado day even if the sky looks calm at breakfast,” the National "
            "Weather Service office in Norman said in a statement.\n\n"
            "The storm chaser and meteorologist Thandiwe Mokoena, who has 1.3 million followers on "
            "TikTok, posted a video from a hail-battered parking lot in Moore. “That is golf-ball hail, "
            "folks. Stay off the highway,” she said in the clip. One commenter, a retired lineman named "
            "Rusty Halvorsen, wrote under the video: “Give the crews a few days. They are working "
            "16-hour shifts.”\n\n"
            "Gov. Marisa Delgado-Whitfield said at a briefing in Oklahoma City that she had asked for "
            "federal disaster aid for 11 counties. “We have counties where every road sign is gone,” "
            "the governor said. Utility crews from Texas and Kansas were expected to arrive on Friday."
        ),
        "quotes": [
            (
                "Treat Saturday like a tornado day even if the sky looks calm at breakfast,",
                None,
                False,
                "P1",
            ),
            (
                "That is golf-ball hail, folks. Stay off the highway,",
                "Thandiwe Mokoena",
                False,
                "P2",
            ),
            (
                "Give the crews a few days. They are working 16-hour shifts.",
                "Rusty Halvorsen",
                False,
                "P2",
            ),
            (
                "We have counties where every road sign is gone,",
                "Marisa Delgado-Whitfield",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Thandiwe Mokoena", "TikTok")],
        "people": ["Thandiwe Mokoena", "Rusty Halvorsen", "Marisa Delgado-Whitfield"],
    },
    {
        "name": "university-hiring-freeze-email-union-statement-student-op-ed",
        "text": (
            "The University of Northbridge will freeze hiring in its arts and humanities faculties for "
            "two years, its president, Dr. Oluwaseun Bakare, told staff in an email on Monday. “No one "
            "will lose a job because of this decision, but we cannot keep spending money we do not "
            "have,” he wrote.\n\n"
            "The faculty union responded within hours with a statement calling the freeze “a "
            "slow-motion closure of the humanities.”\n\n"
            "Writing in the student newspaper, The Northbridge Clarion, the history major Saoirse Ní "
            "Bhriain argued that students had not been consulted. “We found out from a leaked "
            "spreadsheet, not from the people we pay tuition to,” she wrote in the op-ed.\n\n"
            "Prof. Mehmet Yıldırım, who chairs the philosophy department, said at a faculty senate "
            "meeting on Tuesday that two of his colleagues had already accepted offers elsewhere. "
            "“The freeze is already a layoff by attrition,” Yıldırım said. Bakare did not attend the "
            "meeting, and a spokesperson said he would hold open office hours next week."
        ),
        "quotes": [
            (
                "No one will lose a job because of this decision, but we cannot keep spending money we do not have,",
                "Oluwaseun Bakare",
                False,
                "P1",
            ),
            ("a slow-motion closure of the humanities.", None, True, "P2"),
            (
                "We found out from a leaked spreadsheet, not from the people we pay tuition to,",
                "Saoirse Ní Bhriain",
                False,
                "P3",
            ),
            ("The freeze is already a layoff by attrition,", "Mehmet Yıldırım", False, None),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", None),
            ("P2", None, None),
            ("P3", "Saoirse Ní Bhriain", "The Northbridge Clarion"),
        ],
        "people": ["Oluwaseun Bakare", "Saoirse Ní Bhriain", "Mehmet Yıldırım"],
    },
    {
        "name": "journal-study-bees-radio-interview-bluesky-reply",
        "text": (
            "Honeybee colonies in southern Spain lost nearly a third of their foragers during last "
            "summer’s heat waves, according to a study published on Wednesday in the journal Nature "
            "Ecology & Evolution.\n\n"
            "The study, led by the ecologist Inés Carvajal-Moreno of the University of Granada, "
            "described the losses as “a warning we can measure in grams of honey.”\n\n"
            "Carvajal-Moreno said in an interview with the Spanish radio network Cadena SER that "
            "beekeepers had begun moving hives to higher ground. “The bees are telling us where the "
            "climate is going before our thermometers do,” she said.\n\n"
            "On Bluesky, the entomologist Kwame Asante-Boateng called the paper careful and alarming "
            "and posted a chart of his own hive data from northern Ghana. “Same pattern here, two "
            "years earlier,” he wrote. Carvajal-Moreno replied beneath his post: “Let’s compare notes. "
            "Email me.”\n\n"
            "The researchers plan to fit 5,000 bees with tiny radio tags next summer to track how far "
            "they fly in extreme heat."
        ),
        "quotes": [
            ("a warning we can measure in grams of honey.", "Inés Carvajal-Moreno", True, "P1"),
            (
                "The bees are telling us where the climate is going before our thermometers do,",
                "Inés Carvajal-Moreno",
                False,
                "P2",
            ),
            ("Same pattern here, two years earlier,", "Kwame Asante-Boateng", False, "P3"),
            ("Let’s compare notes. Email me.", "Inés Carvajal-Moreno", False, "P3"),
        ],
        "posts": [
            ("P1", "Inés Carvajal-Moreno", "Nature Ecology & Evolution"),
            ("P2", "Inés Carvajal-Moreno", "Cadena SER"),
            ("P3", "Kwame Asante-Boateng", "Bluesky"),
        ],
        "people": ["Inés Carvajal-Moreno", "Kwame Asante-Boateng"],
    },
    {
        "name": "podcast-captain-retires-nickname-instagram-caption-comment",
        "text": (
            "Manchester Rovers captain Jordan “the Wall” Mensah-Pryce says he will retire at the end of "
            "the season, ending a 17-year career.\n\n"
            "“My knees have been asking me to stop for two years. This time I listened,” the "
            "35-year-old defender said on the podcast The Overlap, in an episode released on "
            "Monday.\n\n"
            "His manager, Ana Paula Cardoso, told reporters at Friday’s pre-match news conference that "
            "she had known for weeks. “He is the standard in that dressing room, and he will stay part "
            "of this club,” Cardoso said.\n\n"
            "His wife, Chidinma Mensah-Pryce, shared a photo of the couple on Instagram with the "
            "caption “Next chapter: school runs and Sunday lunches.” His former teammate Luka Petrović "
            "commented beneath it: “Legend. Nobody got past you, not once in training.”\n\n"
            "Mensah-Pryce has made 512 appearances for the club and won two league titles. Rovers "
            "host Leeds on Saturday, and the club said tickets for his final home match in May had "
            "sold out within an hour."
        ),
        "quotes": [
            (
                "My knees have been asking me to stop for two years. This time I listened,",
                "Jordan Mensah-Pryce",
                False,
                "P1",
            ),
            (
                "He is the standard in that dressing room, and he will stay part of this club,",
                "Ana Paula Cardoso",
                False,
                None,
            ),
            ("Next chapter: school runs and Sunday lunches.", "Chidinma Mensah-Pryce", False, "P2"),
            ("Legend. Nobody got past you, not once in training.", "Luka Petrović", False, "P2"),
        ],
        "posts": [
            ("P1", "Jordan Mensah-Pryce", "The Overlap"),
            ("P2", "Chidinma Mensah-Pryce", "Instagram"),
        ],
        "people": [
            "Jordan Mensah-Pryce",
            "Ana Paula Cardoso",
            "Chidinma Mensah-Pryce",
            "Luka Petrović",
        ],
    },
    {
        "name": "court-taco-cart-ruling-vendor-lawsuit-city-filing",
        "text": (
            "A Cook County judge on Friday blocked the city of Evanston from enforcing its ban on "
            "sidewalk food carts, siding with a taco vendor who had been ticketed three times in one "
            "week.\n\n"
            "In her written ruling, Judge Harriet Oduya-Lindgren said the ordinance was “vague to the "
            "point of being unenforceable” and noted that it never defined a cart.\n\n"
            "The vendor, Rigoberto Sandoval Huerta, sued the city in March. “I have sold tacos on this "
            "corner for 14 years without a single complaint,” his lawsuit said.\n\n"
            "In a court filing last month, the city argued that the carts blocked wheelchair access on "
            "narrow sidewalks. “Public sidewalks are not private kitchens,” the filing said.\n\n"
            "Outside the courthouse, Sandoval Huerta’s lawyer, Priya Venkataraman, said the ruling "
            "would matter to hundreds of street vendors in the county. “This is a win for every abuela "
            "selling tamales from a cooler,” she told reporters. The city said in a statement that it "
            "was reviewing the decision and had not decided whether to appeal."
        ),
        "quotes": [
            ("vague to the point of being unenforceable", "Harriet Oduya-Lindgren", True, "P1"),
            (
                "I have sold tacos on this corner for 14 years without a single complaint,",
                "Rigoberto Sandoval Huerta",
                False,
                "P2",
            ),
            ("Public sidewalks are not private kitchens,", None, False, "P3"),
            (
                "This is a win for every abuela selling tamales from a cooler,",
                "Priya Venkataraman",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Harriet Oduya-Lindgren", None),
            ("P2", "Rigoberto Sandoval Huerta", None),
            ("P3", None, None),
            ("P4", None, None),
        ],
        "people": ["Harriet Oduya-Lindgren", "Rigoberto Sandoval Huerta", "Priya Venkataraman"],
    },
    {
        "name": "press-release-layoffs-linkedin-comment-analyst-note-earnings-call",
        "text": (
            "The Austin software maker Brightlane will cut 340 jobs, about 12 percent of its staff, the "
            "company said in a press release on Tuesday. “These decisions are painful, and we made them "
            "so the company can stand on its own,” the release quoted the chief executive, Farida "
            "Haidari, as saying.\n\n"
            "Haidari wrote a longer post on LinkedIn that evening. “I will personally call every person "
            "affected this week,” she wrote. Among the hundreds of comments under the post was one from "
            "a laid-off engineer, Tobias Achterberg: “Got my call at 7 a.m. It was kind, but it was "
            "still a layoff.”\n\n"
            "In a note to clients, the Morgan Stanley analyst Seo-yeon Park wrote that the cuts would "
            "lift margins but “do nothing for a product line that is losing share.”\n\n"
            "Brightlane shares rose 4 percent on Wednesday. On an earnings call in February, Haidari "
            "had promised investors “no major restructuring this year.”"
        ),
        "quotes": [
            (
                "These decisions are painful, and we made them so the company can stand on its own,",
                "Farida Haidari",
                False,
                "P1",
            ),
            (
                "I will personally call every person affected this week,",
                "Farida Haidari",
                False,
                "P2",
            ),
            (
                "Got my call at 7 a.m. It was kind, but it was still a layoff.",
                "Tobias Achterberg",
                False,
                "P2",
            ),
            ("do nothing for a product line that is losing share.", "Seo-yeon Park", True, "P3"),
            ("no major restructuring this year.", "Farida Haidari", True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Farida Haidari", "LinkedIn"),
            ("P3", "Seo-yeon Park", None),
        ],
        "people": ["Farida Haidari", "Tobias Achterberg", "Seo-yeon Park"],
    },
    {
        "name": "substack-novelist-withdraws-prize-statement-medium-front-row",
        "text": (
            "The novelist Amara Nwachukwu-Hale has withdrawn her third book, “Harmattan Letters,” from a "
            "literary prize shortlist after the sponsor was linked to an oil company.\n\n"
            "In an essay on Substack on Thursday, she wrote that she could not accept money from “the "
            "people setting my grandmother’s village on fire.” Later in the essay she added: “A prize "
            "is a loud thing. So is refusing one.”\n\n"
            "The prize’s director, Gareth Llewellyn-Price, said in a statement that the sponsorship had "
            "been “fully disclosed from the beginning.”\n\n"
            "Not every writer agreed with her. The poet Yusuf Demirci responded in a post on Medium. "
            "“Withdrawing helps no one who actually lives in that village,” he wrote.\n\n"
            "Nwachukwu-Hale told BBC Radio 4’s Front Row on Friday that she had no regrets. “I would do it "
            "again tomorrow,” she said. The winner will be announced in London next month."
        ),
        "quotes": [
            (
                "the people setting my grandmother’s village on fire.",
                "Amara Nwachukwu-Hale",
                True,
                "P1",
            ),
            ("A prize is a loud thing. So is refusing one.", "Amara Nwachukwu-Hale", False, "P1"),
            ("fully disclosed from the beginning.", "Gareth Llewellyn-Price", True, "P2"),
            (
                "Withdrawing helps no one who actually lives in that village,",
                "Yusuf Demirci",
                False,
                "P3",
            ),
            ("I would do it again tomorrow,", "Amara Nwachukwu-Hale", False, "P4"),
        ],
        "posts": [
            ("P1", "Amara Nwachukwu-Hale", "Substack"),
            ("P2", "Gareth Llewellyn-Price", None),
            ("P3", "Yusuf Demirci", "Medium"),
            ("P4", "Amara Nwachukwu-Hale", "Front Row"),
        ],
        "people": ["Amara Nwachukwu-Hale", "Gareth Llewellyn-Price", "Yusuf Demirci"],
    },
    {
        "name": "recount-clerk-facebook-candidate-letter-threads-reply-rally",
        "text": (
            "Election officials in Dane County will recount ballots in the state Assembly’s 47th "
            "District after the two candidates finished 38 votes apart, the county clerk, Mai Xiong "
            "Vang, announced on Facebook on Monday. “Every ballot will be counted by hand, in public, "
            "and you are welcome to watch,” she wrote.\n\n"
            "The Republican candidate, Bradley Kowalczyk, who trails, requested the recount in a letter "
            "to the clerk. “The margin is too small to leave any doubt unexamined,” the letter said.\n\n"
            "His Democratic opponent, Rosa Elena Quispe, posted on Threads that she welcomed the count. "
            "“Recounts are how democracy checks its own homework,” she wrote. A user who identified "
            "herself only as a poll worker replied: “I’ll be there with my coffee and my "
            "patience.”\n\n"
            "At a rally in Madison on Saturday, Kowalczyk told supporters that he expected the result "
            "to flip, calling the first count “sloppy but honest.” The recount is expected to take "
            "about a week and will cost the county roughly $40,000."
        ),
        "quotes": [
            (
                "Every ballot will be counted by hand, in public, and you are welcome to watch,",
                "Mai Xiong Vang",
                False,
                "P1",
            ),
            (
                "The margin is too small to leave any doubt unexamined,",
                "Bradley Kowalczyk",
                False,
                "P2",
            ),
            (
                "Recounts are how democracy checks its own homework,",
                "Rosa Elena Quispe",
                False,
                "P3",
            ),
            ("I’ll be there with my coffee and my patience.", None, False, "P3"),
            ("sloppy but honest.", "Bradley Kowalczyk", True, None),
        ],
        "posts": [
            ("P1", "Mai Xiong Vang", "Facebook"),
            ("P2", "Bradley Kowalczyk", None),
            ("P3", "Rosa Elena Quispe", "Threads"),
        ],
        "people": ["Mai Xiong Vang", "Bradley Kowalczyk", "Rosa Elena Quispe"],
    },
    {
        "name": "food-festival-heat-threads-tribune-bluesky-reply-with-words",
        "text": (
            "Organizers canceled the final day of the Taste of Maplewood food festival on Sunday as the "
            "heat index in suburban Chicago climbed past 110 degrees.\n\n"
            "“We love our vendors, but we will not risk anyone collapsing over a grill,” the "
            "festival’s director, Beatriz Olumide-Santos, wrote on Threads.\n\n"
            "The decision left some vendors with thousands of dollars of food. Hassan Al-Rashidi, who "
            "runs a Lebanese grill stall, told the Chicago Tribune he had marinated 400 pounds of "
            "chicken for the weekend. “I will give it away at my restaurant tomorrow. Better than the "
            "dumpster,” he said.\n\n"
            "On Bluesky, the food writer Mele Tupou praised the move. “Heat kills more people than "
            "tornadoes do. Good call,” she posted. Al-Rashidi’s daughter, Layla Al-Rashidi, replied "
            "with a photo of the family’s refrigerated truck and the words “Come get your shawarma, "
            "Maplewood.”\n\n"
            "Festival organizers said ticket holders would receive refunds within two weeks and that "
            "next year’s event would move to early June."
        ),
        "quotes": [
            (
                "We love our vendors, but we will not risk anyone collapsing over a grill,",
                "Beatriz Olumide-Santos",
                False,
                "P1",
            ),
            (
                "I will give it away at my restaurant tomorrow. Better than the dumpster,",
                "Hassan Al-Rashidi",
                False,
                "P2",
            ),
            ("Heat kills more people than tornadoes do. Good call,", "Mele Tupou", False, "P3"),
            ("Come get your shawarma, Maplewood.", "Layla Al-Rashidi", False, "P3"),
        ],
        "posts": [
            ("P1", "Beatriz Olumide-Santos", "Threads"),
            ("P2", "Hassan Al-Rashidi", "Chicago Tribune"),
            ("P3", "Mele Tupou", "Bluesky"),
        ],
        "people": ["Beatriz Olumide-Santos", "Hassan Al-Rashidi", "Mele Tupou", "Layla Al-Rashidi"],
    },
    {
        "name": "drought-met-office-farming-today-letter-commons",
        "text": (
            "Farmers in East Anglia are facing their driest spring since records began in 1836, the Met "
            "Office said in a statement on Wednesday, warning of “significant pressure on water "
            "supplies” through the summer.\n\n"
            "Speaking to BBC Radio 4’s Farming Today, the potato grower Gwen Ashworth-Patel said she "
            "had stopped irrigating half her fields near Ely. “We are choosing which crops live, and it "
            "feels like triage,” she said.\n\n"
            "Her neighbour, the dairy farmer Colm Fitzgerald, has written to the environment secretary "
            "asking for an emergency licence to draw more water from the river. “My cows cannot wait "
            "for a consultation,” the letter reads.\n\n"
            "The environment secretary, Anjali Mehta-Rowe, told the House of Commons on Thursday that "
            "hosepipe bans were “likely but not inevitable” in parts of the region. Her department "
            "later confirmed that it had received Fitzgerald’s letter and would reply within ten "
            "working days. Reservoir levels in the region stood at 71 percent of capacity, against a "
            "seasonal average of 88 percent."
        ),
        "quotes": [
            ("significant pressure on water supplies", None, True, "P1"),
            (
                "We are choosing which crops live, and it feels like triage,",
                "Gwen Ashworth-Patel",
                False,
                "P2",
            ),
            ("My cows cannot wait for a consultation,", "Colm Fitzgerald", False, "P3"),
            ("likely but not inevitable", "Anjali Mehta-Rowe", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Gwen Ashworth-Patel", "Farming Today"),
            ("P3", "Colm Fitzgerald", None),
        ],
        "people": ["Gwen Ashworth-Patel", "Colm Fitzgerald", "Anjali Mehta-Rowe"],
    },
    {
        "name": "admissions-glitch-reddit-thread-dean-email-town-hall-wbur",
        "text": (
            "A coding error at Halvorsen State University showed 1,200 rejected applicants an "
            "acceptance banner on its admissions portal for about an hour on Thursday, the university "
            "confirmed on Friday.\n\n"
            "The high school senior Aaliyah Brooks-Okafor started a Reddit thread in "
            "r/ApplyingToCollege after seeing the banner. “I screamed, my mom cried, and then it said "
            "rejected an hour later,” she wrote. One anonymous reply summed up the mood: “This is a "
            "cruelty speedrun.”\n\n"
            "The dean of admissions, Dr. Rafael Domínguez-Ortega, apologized in an email to the "
            "affected applicants. “You deserved certainty from us, and we gave you whiplash instead,” "
            "he wrote.\n\n"
            "Asked at a campus town hall whether the university would honor the acceptances, the dean "
            "said that was “not on the table,” though he promised to waive fees for anyone who "
            "reapplied. Aaliyah’s mother, Denise Brooks, told WBUR that the family just wanted an "
            "explanation. “Tell us what broke,” she said."
        ),
        "quotes": [
            (
                "I screamed, my mom cried, and then it said rejected an hour later,",
                "Aaliyah Brooks-Okafor",
                False,
                "P1",
            ),
            ("This is a cruelty speedrun.", None, False, "P1"),
            (
                "You deserved certainty from us, and we gave you whiplash instead,",
                "Rafael Domínguez-Ortega",
                False,
                "P2",
            ),
            ("not on the table,", "Rafael Domínguez-Ortega", True, None),
            ("Tell us what broke,", "Denise Brooks", False, "P3"),
        ],
        "posts": [
            ("P1", "Aaliyah Brooks-Okafor", "Reddit"),
            ("P2", "Rafael Domínguez-Ortega", None),
            ("P3", "Denise Brooks", "WBUR"),
        ],
        "people": ["Aaliyah Brooks-Okafor", "Rafael Domínguez-Ortega", "Denise Brooks"],
    },
    {
        "name": "observatory-release-youtube-video-comment-science-friday",
        "text": (
            "Astronomers using the Atacama Large Millimeter Array have spotted water vapor around a "
            "young star 450 light-years away, the European Southern Observatory said in a press "
            "release on Tuesday. “It is like catching a solar system in the act of filling its "
            "oceans,” the release quoted the lead researcher, Dr. Camila Rojas Hernández, as "
            "saying.\n\n"
            "Rojas Hernández walked viewers through the data in a 20-minute YouTube video the next day. "
            "“This blue smudge is the most exciting thing I have ever seen,” she said, pointing at the "
            "screen. Among the comments under the video was one from the science communicator Dev "
            "Raghunathan: “Showing my students this tomorrow. The smudge deserves a name.”\n\n"
            "In an interview with the radio show Science Friday, the planetary scientist Olaf Brekke, "
            "who was not involved in the work, urged caution. “Water around stars is common. Water in "
            "the right place is the story,” he said. The team has requested more observing time for "
            "next year."
        ),
        "quotes": [
            (
                "It is like catching a solar system in the act of filling its oceans,",
                "Camila Rojas Hernández",
                False,
                "P1",
            ),
            (
                "This blue smudge is the most exciting thing I have ever seen,",
                "Camila Rojas Hernández",
                False,
                "P2",
            ),
            (
                "Showing my students this tomorrow. The smudge deserves a name.",
                "Dev Raghunathan",
                False,
                "P2",
            ),
            (
                "Water around stars is common. Water in the right place is the story,",
                "Olaf Brekke",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Camila Rojas Hernández", "YouTube"),
            ("P3", "Olaf Brekke", "Science Friday"),
        ],
        "people": ["Camila Rojas Hernández", "Dev Raghunathan", "Olaf Brekke"],
    },
    {
        "name": "marathon-heat-instagram-coach-x-news-conference-husband-story",
        "text": (
            "The runner Tigist Alemayehu collapsed two miles from the finish of the Lakeshore Marathon "
            "on Sunday as temperatures reached 31 degrees Celsius, and race organizers are facing "
            "questions over why the start was not moved earlier.\n\n"
            "“I remember the sponge station and then the ambulance ceiling,” Alemayehu wrote on "
            "Instagram on Monday from her hospital bed. “I am okay. Please hydrate.”\n\n"
            "Her coach, Eero Lindholm, was blunter on X. “The forecast was public for a week. Start the "
            "race at 6 a.m. or don’t start it,” he posted.\n\n"
            "The race director, Shauna McAllister, defended the schedule at a news conference on "
            "Monday. “We followed every guideline we had,” McAllister said, adding that the medical "
            "tent had treated 87 runners.\n\n"
            "Alemayehu’s husband, Dawit Tesfaye, shared her post on his own Instagram story with the "
            "words “Strongest person I know.” Doctors expect her to be discharged on Wednesday, and "
            "her agent said she still plans to race in Berlin in September."
        ),
        "quotes": [
            (
                "I remember the sponge station and then the ambulance ceiling,",
                "Tigist Alemayehu",
                False,
                "P1",
            ),
            ("I am okay. Please hydrate.", "Tigist Alemayehu", False, "P1"),
            (
                "The forecast was public for a week. Start the race at 6 a.m. or don’t start it,",
                "Eero Lindholm",
                False,
                "P2",
            ),
            ("We followed every guideline we had,", "Shauna McAllister", False, None),
            ("Strongest person I know.", "Dawit Tesfaye", False, "P3"),
        ],
        "posts": [
            ("P1", "Tigist Alemayehu", "Instagram"),
            ("P2", "Eero Lindholm", "X"),
            ("P3", "Dawit Tesfaye", "Instagram"),
        ],
        "people": ["Tigist Alemayehu", "Eero Lindholm", "Shauna McAllister", "Dawit Tesfaye"],
    },
    {
        "name": "appeals-court-voter-id-majority-dissent-op-ed-told-reporters",
        "text": (
            "A federal appeals court on Thursday upheld North Carolina’s new voter ID rules, reversing "
            "a lower court that had found them discriminatory.\n\n"
            "Writing for the majority, Judge Lorraine Castellanos-Whitby said the state had offered "
            "“ample, free and accessible” ways to obtain identification. In a dissent, Judge Samuel "
            "Okafor-Bright warned that the ruling “will fall hardest on voters who have never needed "
            "a passport.”\n\n"
            "The plaintiffs, a coalition of civil rights groups, said in a statement that they would "
            "ask the full court to rehear the case.\n\n"
            "The former state elections director Kimberly Nakashima-Ford argued in an op-ed in The News "
            "& Observer last month that the rules were workable. “Every county I visited had the free "
            "ID cards in stock,” she wrote.\n\n"
            "Her successor, Terrence Boateng, told reporters on Thursday that his office would mail "
            "reminders to 300,000 registered voters who lack a driver’s license. “Nobody should be "
            "surprised at the polls in November,” he said."
        ),
        "quotes": [
            ("ample, free and accessible", "Lorraine Castellanos-Whitby", True, "P1"),
            (
                "will fall hardest on voters who have never needed a passport.",
                "Samuel Okafor-Bright",
                True,
                "P2",
            ),
            (
                "Every county I visited had the free ID cards in stock,",
                "Kimberly Nakashima-Ford",
                False,
                "P4",
            ),
            (
                "Nobody should be surprised at the polls in November,",
                "Terrence Boateng",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Lorraine Castellanos-Whitby", None),
            ("P2", "Samuel Okafor-Bright", None),
            ("P3", None, None),
            ("P4", "Kimberly Nakashima-Ford", "The News & Observer"),
        ],
        "people": [
            "Lorraine Castellanos-Whitby",
            "Samuel Okafor-Bright",
            "Kimberly Nakashima-Ford",
            "Terrence Boateng",
        ],
    },
    {
        "name": "meal-kit-outage-customer-email-cto-x-tiktok-scare-quote-reddit",
        "text": (
            "The meal-kit app FreshCrate was down for nine hours on Wednesday, leaving thousands of "
            "subscribers unable to book delivery slots for the weekend.\n\n"
            "“We let you down, and we are crediting every affected account with a free box,” the "
            "company told customers in an email that evening.\n\n"
            "The chief technology officer, Arjun Subramaniam, explained the cause on X. “A routine "
            "database update locked a table it should never have touched. That is on my team,” he "
            "posted.\n\n"
            "The TikTok creator Bea Santiago, who reviews meal kits for 800,000 followers, posted a "
            "video of her empty fridge. “Day three of the ‘seamless’ experience,” she said in the clip, "
            "rolling her eyes. FreshCrate replied in the comments that her credit had been applied.\n\n"
            "On Reddit, a subscriber who said she was a nurse wrote that she had planned her whole week "
            "around the kit. “I don’t have time to grocery shop on a double shift,” she wrote. The "
            "company said service had been fully restored by Thursday morning."
        ),
        "quotes": [
            (
                "We let you down, and we are crediting every affected account with a free box,",
                None,
                False,
                "P1",
            ),
            (
                "A routine database update locked a table it should never have touched. That is on my team,",
                "Arjun Subramaniam",
                False,
                "P2",
            ),
            ("Day three of the ‘seamless’ experience,", "Bea Santiago", False, "P3"),
            ("I don’t have time to grocery shop on a double shift,", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Arjun Subramaniam", "X"),
            ("P3", "Bea Santiago", "TikTok"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Arjun Subramaniam", "Bea Santiago"],
    },
    {
        "name": "museum-open-letter-director-statement-instagram-fresh-air-title",
        "text": (
            "More than 300 artists have signed an open letter demanding that the Hallward Museum of "
            "Modern Art remove the name of a pharmaceutical family from its main wing. “A museum cannot "
            "heal a city with one hand and wear the name of its wound with the other,” the letter "
            "says.\n\n"
            "The museum’s director, Ingrid Solberg-Mwangi, said in a statement that the board would "
            "“listen carefully and decide carefully.”\n\n"
            "One of the letter’s organizers, the painter Nguyen Thi Hoa, posted it on Instagram with a "
            "message of her own. “I lost my brother in 2017. I will not hang my work under that name,” "
            "she wrote.\n\n"
            "In an interview on NPR’s “Fresh Air,” the sculptor Tobiah Greenbaum, who has two works in "
            "the wing, said he would not pull them. “Taking my work down won’t take the name down,” he "
            "said. He added that he would give his fee from the wing’s next show to an "
            "addiction charity.\n\n"
            "The museum’s board meets on Oct. 14, and a spokesperson said the letter would be on the "
            "agenda."
        ),
        "quotes": [
            (
                "A museum cannot heal a city with one hand and wear the name of its wound with the other,",
                None,
                False,
                "P1",
            ),
            ("listen carefully and decide carefully.", "Ingrid Solberg-Mwangi", True, "P2"),
            (
                "I lost my brother in 2017. I will not hang my work under that name,",
                "Nguyen Thi Hoa",
                False,
                "P3",
            ),
            ("Taking my work down won’t take the name down,", "Tobiah Greenbaum", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ingrid Solberg-Mwangi", None),
            ("P3", "Nguyen Thi Hoa", "Instagram"),
            ("P4", "Tobiah Greenbaum", "Fresh Air"),
        ],
        "people": ["Ingrid Solberg-Mwangi", "Nguyen Thi Hoa", "Tobiah Greenbaum"],
    },
    {
        "name": "school-lunch-facebook-group-comment-board-meeting-local-paper",
        "text": (
            "Parents in the Riverbend School District are pushing back against a new lunch menu that "
            "replaced fresh fruit with packaged fruit cups in all 14 of its elementary schools.\n\n"
            "In the Riverbend Parents Facebook group, Yolanda Achebe-Martin, a mother of two, posted "
            "photos of her son’s tray. “Syrup is not a fruit. Bring back the apples,” she wrote. Her "
            "post drew more than 600 comments, including one from a cafeteria worker, Fatuma Warsame: "
            "“We hate it too. Nobody asked us.”\n\n"
            "The district said in a statement that the change was driven by a 22 percent rise in "
            "produce costs. Superintendent Graham Whitaker-Osei addressed the menu at Tuesday’s school "
            "board meeting. “I hear the parents, and I have asked our food service director to find "
            "savings elsewhere,” he said.\n\n"
            "That director, Milan Horvat, told the Riverbend Ledger that fresh fruit could return by "
            "spring. “It depends on what the growers charge us in January,” Horvat said."
        ),
        "quotes": [
            ("Syrup is not a fruit. Bring back the apples,", "Yolanda Achebe-Martin", False, "P1"),
            ("We hate it too. Nobody asked us.", "Fatuma Warsame", False, "P1"),
            (
                "I hear the parents, and I have asked our food service director to find savings elsewhere,",
                "Graham Whitaker-Osei",
                False,
                None,
            ),
            ("It depends on what the growers charge us in January,", "Milan Horvat", False, "P3"),
        ],
        "posts": [
            ("P1", "Yolanda Achebe-Martin", "Facebook"),
            ("P2", None, None),
            ("P3", "Milan Horvat", "Riverbend Ledger"),
        ],
        "people": [
            "Yolanda Achebe-Martin",
            "Fatuma Warsame",
            "Graham Whitaker-Osei",
            "Milan Horvat",
        ],
    },
    {
        "name": "student-union-election-tiktok-rival-email-youtube-livestream-paper",
        "text": (
            "Voting opens on Monday in the student union elections at the University of Leeds, where "
            "the race for president has played out largely on TikTok.\n\n"
            "The frontrunner, the third-year engineering student Oisín Gallagher, has built his "
            "campaign around a pledge he calls “Free Printing Fridays.” In his most-viewed video, he "
            "promised: “If I win, no student pays for a single page in the library again.”\n\n"
            "His rival, the law student Zainab Chaudhry, answered with a TikTok of her own. “Printing "
            "is 2 percent of the budget. Rent is the real crisis,” she said.\n\n"
            "The union’s returning officer, Eleanor Fairbrother, wrote in an email to all candidates "
            "that campaign videos must not use university logos. Gallagher defended his videos in a "
            "YouTube livestream on Friday night, calling the rule “a bit of a stitch-up.”\n\n"
            "Chaudhry told the student newspaper, The Gryphon, that she had asked for a debate. “Let’s "
            "do it in a lecture theatre, not in the comments,” she said. Results will be announced on "
            "Thursday."
        ),
        "quotes": [
            (
                "If I win, no student pays for a single page in the library again.",
                "Oisín Gallagher",
                False,
                "P1",
            ),
            (
                "Printing is 2 percent of the budget. Rent is the real crisis,",
                "Zainab Chaudhry",
                False,
                "P2",
            ),
            ("a bit of a stitch-up.", "Oisín Gallagher", True, "P4"),
            (
                "Let’s do it in a lecture theatre, not in the comments,",
                "Zainab Chaudhry",
                False,
                "P5",
            ),
        ],
        "posts": [
            ("P1", "Oisín Gallagher", "TikTok"),
            ("P2", "Zainab Chaudhry", "TikTok"),
            ("P3", "Eleanor Fairbrother", None),
            ("P4", "Oisín Gallagher", "YouTube"),
            ("P5", "Zainab Chaudhry", "The Gryphon"),
        ],
        "people": ["Oisín Gallagher", "Zainab Chaudhry", "Eleanor Fairbrother"],
    },
]
