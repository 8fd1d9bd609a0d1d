"""The ninetieth self-made dev set, held out (CR): its first run is an unseen estimate.

Written with set CS, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told" a
named newspaper is such an interview; a statement, memo, letter, email, court
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
  reported without any quoted words (the class-action lawsuit against Basketly)
  is still listed in posts.
- people lists every named person in the story, speaking or not (the shooting
  victim Marcus Okonkwo-Bell, the landlord Stavros Konstantinidis), in order of
  first mention; a woman who gave her name only as Rosalind is listed and speaks
  as Rosalind.
- A quote split by its attribution (“He lost the dressing room in October,” he
  said, “and everyone ...”) is two quotes, neither partial, even when the second
  piece begins in lower case; a fragment with the attribution inside it (The
  closure, she wrote, was “a plumbing story ...”) is partial.
- Quote text keeps the comma or full stop inside the closing mark; a nested
  quotation in single marks (‘That is not even my face,’) is part of the outer
  quote.
- A police chief's or city manager's own written statement is that official's
  post with no platform, and “the statement said” speaks as the official; a
  football club's statement “on its website” has author None and platform None,
  and its words speak as None.
- A company statement naming its spokeswoman (“a spokeswoman, Carina Holmqvist,
  said in the statement”) has author None; her words speak as her and belong to
  it; a one-word fragment of that statement (“disappointed”) is a partial quote
  speaking as None.
- A family's wrongful-death lawsuit has author None and platform None; a
  fragment of the complaint speaks as None.
- A union's letter “signed by the union's president” is the president's post
  with no platform, and its fragment speaks as him.
- An organisation's social post (a restaurant group's Instagram post, a think
  tank's X post, the United Farm Workers' Threads post, an activist group's
  TikTok clip) has author None and its words speak as None; a founder's words
  quoted in the group's caption speak as the founder and belong to the group's
  post; a named person's comment under the group's post (the union's former
  president) belongs to it.
- A speech at a town hall later posted as a TikTok clip by someone else belongs
  to no post; only the comment under the clip belongs to the clip.
- Unnamed commenters, viewers and Reddit users speak as None; an anonymous
  user's Reddit thread and “one user” on Reddit's investing forums are Reddit
  posts with author None, and a reply under the thread belongs to it; a Reddit
  thread started by a named worker is her Reddit post.
- A study in a named journal is a post with the journal as platform (The Lancet,
  Science); when the text names who led it, the lead researcher is its author
  and what “it found” speaks as her; a study by unnamed researchers has author
  None and speaks as None.
- An email to the reporter (“defended the texts in an email”) is the sender's
  post with no platform; an email a company sends its users has author None; a
  chief executive's email to staff is hers.
- A union's press release, a district attorney's or attorney general's office
  press release and an industry group's press release have author None; the
  attorney general's words quoted in his office's release speak as him.
- A Substack newsletter (Second Helpings, a councilor's newsletter) has platform
  Substack, not the newsletter's name; a post on a company blog has author None
  and platform None; a Medium essay has platform Medium.
- A show named in marks (CNBC's “Squawk Box”, NPR's “All Things Considered”) is
  the platform without marks or network, and the title is not a quote; podcasts
  (Courtside, Football Daily, The Long Run) take their own names; a video
  interview with the BBC has platform BBC; “speaking afterward to KQED ... she
  told the station” is one KQED interview.
- One Univision interview with a wife and her husband is one post, authored by
  the one first reported speaking (Yolanda Ixcoy); the husband's words “in the
  same interview” belong to it and speak as him.
- A critic's review in The Guardian is his post with platform The Guardian;
  op-eds in the Albuquerque Journal and the New York Daily News take those
  papers; a judge's written ruling is her post with no platform; an analyst's
  note to clients is his post with no platform; an earnings release is a press
  release with author None.
- Sharing a review on Facebook “adding:” new words is a new Facebook post by the
  sharer; a statement “posted on Instagram” is an Instagram post; an Instagram
  story “with the words”, a photo with “the caption” and a reply of “a single
  word” are whole quotes, not partial.
- A reply or comment “under”, “beneath” or “replied to him/her” right after a
  post belongs to that post (Instagram video, TikTok, LinkedIn, Threads, X,
  Bluesky, YouTube video, Facebook post); a comment fragment in narration (“in
  writing, twice, in 2022.”) is partial and belongs to the post commented on;
  the mayor's answer “on X” to a union letter is a new X post, not a reply under
  the letter.
- Not posts: a news conference (and a quote “said then” about it), a briefing, a
  call with analysts, a town hall, public comment at a council meeting, “told
  reporters outside the courthouse”, the story's own “phone interview” and
  “interview at his apartment”, and a governor's remark to students at a bill
  signing (a partial with no post).
- Words a source reports from an unnamed third person in the story's own
  interview (the supervisor's “one of the union people.”) are partial, speak as
  None and belong to no post.
- A nickname (“the Professor”), an exhibition title (“Salt and Sugar”) and a
  scare quote after “so-called” (“family meal”) are not quotes; a two-word
  fragment of an Instagram post (“business decision”) is a partial quote.
- Titles are not part of names (Sgt., Gov., Police Chief, Police Commissioner,
  Attorney General, Councilor, Councilmember, state Senator, Judge, Dr.);
  particles are kept as written (Pieter van der Westhuizen); Vietnamese name
  order is kept (Thuy Anh Pham).
- Relatives with different or shared surnames (Marcus Okonkwo-Bell and his
  mother Adaeze Okonkwo; Desmond and Ruth Achebe-Lowell; Yolanda and Efraín
  Ixcoy) each speak under their own full name; “her husband” and “the chef”,
  “the mayor” resolve to the person already named.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_CR: list[dict] = [
    {
        "name": "instagram-rent-strike-statement-kqed",
        "text": (
            "Tenants at the Larkspur Court apartments in Oakland began a rent strike on Monday "
            "after their landlord, Bayline Residential, proposed a 14 percent increase. The "
            "strike’s organiser, Yesenia Castañeda-Ruiz, announced it in an Instagram video "
            "filmed in the building’s courtyard. “We are not asking for charity,” she said in "
            "the video. “We are asking for a rent we can survive.”\n\n"
            "A neighbour, Farid Haddad, commented beneath it: “Forty-one units signed on in "
            "two days. Landlords should be paying attention.”\n\n"
            "Bayline Residential said in a statement that the increase reflected “years of "
            "deferred maintenance and rising insurance costs.” The company added that it was "
            "“open to meeting with residents who pay their rent.”\n\n"
            "At a news conference outside City Hall on Tuesday, Councilmember Oluwaseun Bakare "
            "said the city attorney was reviewing the notices. “If the paperwork is defective, "
            "the increase is void,” he said. Castañeda-Ruiz, speaking afterward to KQED, was "
            "blunter. “We will stay in our homes and keep our money in escrow until they talk "
            "to us,” she told the station."
        ),
        "quotes": [
            ("We are not asking for charity,", "Yesenia Castañeda-Ruiz", False, "P1"),
            ("We are asking for a rent we can survive.", "Yesenia Castañeda-Ruiz", False, "P1"),
            (
                "Forty-one units signed on in two days. Landlords should be paying attention.",
                "Farid Haddad",
                False,
                "P1",
            ),
            ("years of deferred maintenance and rising insurance costs.", None, True, "P2"),
            ("open to meeting with residents who pay their rent.", None, True, "P2"),
            (
                "If the paperwork is defective, the increase is void,",
                "Oluwaseun Bakare",
                False,
                None,
            ),
            (
                "We will stay in our homes and keep our money in escrow until they talk to us,",
                "Yesenia Castañeda-Ruiz",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Yesenia Castañeda-Ruiz", "Instagram"),
            ("P2", None, None),
            ("P3", "Yesenia Castañeda-Ruiz", "KQED"),
        ],
        "people": ["Yesenia Castañeda-Ruiz", "Farid Haddad", "Oluwaseun Bakare"],
    },
    {
        "name": "nurses-strike-release-email-tiktok-governor-x",
        "text": (
            "More than 2,300 nurses at St. Brendan’s Medical Center in Minneapolis walked off "
            "the job at 7 a.m. on Thursday, the first strike at the hospital in 28 years.\n\n"
            "The Minnesota Nurses Alliance said in a press release that staffing on some wards "
            "had fallen to “one nurse for every eight patients, and sometimes worse.”\n\n"
            "The hospital’s chief executive, Gretchen Vandermolen, wrote in an email to staff "
            "that replacement nurses had been hired for five days. “Our doors are open and our "
            "patients are safe,” she wrote. “I want every one of you back, and I want it soon.”\n\n"
            "An intensive-care nurse, Priya Raghunathan, posted a TikTok from the picket line "
            "that had been viewed 1.4 million times by Friday. “I have cried in the supply "
            "closet more times than I can count,” she says in the clip. Under the video, a "
            "user who described herself as a retired nurse wrote: “Same closet, 1994. Hold the "
            "line.”\n\n"
            "On X, Gov. Tobias Lindgren urged both sides to return to mediation, writing that "
            "“patients cannot be the leverage.”"
        ),
        "quotes": [
            ("one nurse for every eight patients, and sometimes worse.", None, True, "P1"),
            ("Our doors are open and our patients are safe,", "Gretchen Vandermolen", False, "P2"),
            (
                "I want every one of you back, and I want it soon.",
                "Gretchen Vandermolen",
                False,
                "P2",
            ),
            (
                "I have cried in the supply closet more times than I can count,",
                "Priya Raghunathan",
                False,
                "P3",
            ),
            ("Same closet, 1994. Hold the line.", None, False, "P3"),
            ("patients cannot be the leverage.", "Tobias Lindgren", True, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Gretchen Vandermolen", None),
            ("P3", "Priya Raghunathan", "TikTok"),
            ("P4", "Tobias Lindgren", "X"),
        ],
        "people": ["Gretchen Vandermolen", "Priya Raghunathan", "Tobias Lindgren"],
    },
    {
        "name": "police-shooting-lawsuit-chief-statement-podcast-mother",
        "text": (
            "The family of Marcus Okonkwo-Bell, a 19-year-old who was shot by a Dayton police "
            "officer in March, filed a wrongful-death lawsuit in federal court on Wednesday. "
            "The complaint says the officer fired “within four seconds of leaving his cruiser” "
            "and never gave a warning.\n\n"
            "Police Chief Renata Szabó defended the department in a written statement. “Our "
            "officers make split-second decisions that no lawsuit can fully capture,” the "
            "statement said. “We will let the facts come out in court.”\n\n"
            "The family’s lawyer, Ibrahim Al-Khatib, said on the podcast Courtside that the "
            "body-camera footage would be decisive. “Watch the video once and you will know "
            "everything you need to know,” he said.\n\n"
            "Okonkwo-Bell’s mother, Adaeze Okonkwo, posted on Facebook late on Wednesday "
            "night, beside a photograph of her son in his graduation gown. “My son was a boy "
            "who loved his sister and his bicycle,” she wrote. “He was not a threat to anyone.”\n\n"
            "The officer, who has not been named, remains on paid administrative leave."
        ),
        "quotes": [
            ("within four seconds of leaving his cruiser", None, True, "P1"),
            (
                "Our officers make split-second decisions that no lawsuit can fully capture,",
                "Renata Szabó",
                False,
                "P2",
            ),
            ("We will let the facts come out in court.", "Renata Szabó", False, "P2"),
            (
                "Watch the video once and you will know everything you need to know,",
                "Ibrahim Al-Khatib",
                False,
                "P3",
            ),
            (
                "My son was a boy who loved his sister and his bicycle,",
                "Adaeze Okonkwo",
                False,
                "P4",
            ),
            ("He was not a threat to anyone.", "Adaeze Okonkwo", False, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Renata Szabó", None),
            ("P3", "Ibrahim Al-Khatib", "Courtside"),
            ("P4", "Adaeze Okonkwo", "Facebook"),
        ],
        "people": ["Marcus Okonkwo-Bell", "Renata Szabó", "Ibrahim Al-Khatib", "Adaeze Okonkwo"],
    },
    {
        "name": "taqueria-reopens-instagram-caption-reddit-substack-chef",
        "text": (
            "The Korean-Mexican restaurant Gochu Taqueria in Austin reopened on Saturday, nine "
            "days after city health inspectors shut it over a refrigeration failure.\n\n"
            "Its chef and owner, Hyun-woo Castillo, announced the reopening on Instagram with "
            "a photo of a new walk-in cooler and the caption “Cold again. Come hungry.”\n\n"
            "The closure had set off a long thread on Reddit’s r/Austin, started by an "
            "anonymous user who wrote that the kitchen had “always felt a little sketchy.” A "
            "reply under the thread pushed back: “I have eaten there fifty times and never had "
            "a problem. Relax.”\n\n"
            "The food writer Siobhan Adebayo-Kerr, who has reviewed the restaurant twice, "
            "weighed in on her Substack, Second Helpings. The closure, she wrote, was “a "
            "plumbing story, not a hygiene story,” adding that the city’s inspection reports "
            "were public for anyone who bothered to read them.\n\n"
            "Castillo said the cooler had cost $38,000. “That was our whole rainy-day fund. "
            "Now it is raining,” the chef said in a phone interview."
        ),
        "quotes": [
            ("Cold again. Come hungry.", "Hyun-woo Castillo", False, "P1"),
            ("always felt a little sketchy.", None, True, "P2"),
            (
                "I have eaten there fifty times and never had a problem. Relax.",
                None,
                False,
                "P2",
            ),
            ("a plumbing story, not a hygiene story,", "Siobhan Adebayo-Kerr", True, "P3"),
            (
                "That was our whole rainy-day fund. Now it is raining,",
                "Hyun-woo Castillo",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Hyun-woo Castillo", "Instagram"),
            ("P2", None, "Reddit"),
            ("P3", "Siobhan Adebayo-Kerr", "Substack"),
        ],
        "people": ["Hyun-woo Castillo", "Siobhan Adebayo-Kerr"],
    },
    {
        "name": "grocery-app-breach-email-bluesky-linkedin-verge",
        "text": (
            "The grocery-delivery app Basketly said on Monday that a breach had exposed the "
            "home addresses and order histories of about 3.1 million customers.\n\n"
            "In an email sent to affected users, the company said it had “no evidence that "
            "payment card numbers were taken.”\n\n"
            "The security researcher who first spotted the leaked database, Anneliese "
            "Brandt-Okafor, described on Bluesky how she had found it. “It was sitting on an "
            "open server with no password. Not hacked, just left out,” she wrote.\n\n"
            "Basketly’s co-founder, Rohan Venkataraman, apologised in a LinkedIn post. “We "
            "failed the people who trust us with their front doors,” he wrote. A former "
            "employee, Lucía Paredes, commented under the post that she had raised the issue "
            "“in writing, twice, in 2022.”\n\n"
            "Venkataraman did not respond to her comment. In an interview with The Verge, he "
            "said the server had been “a test environment that should have been deleted.” A "
            "lawsuit seeking class-action status was filed in federal court in San Francisco "
            "on Tuesday on behalf of two customers in Oakland."
        ),
        "quotes": [
            ("no evidence that payment card numbers were taken.", None, True, "P1"),
            (
                "It was sitting on an open server with no password. Not hacked, just left out,",
                "Anneliese Brandt-Okafor",
                False,
                "P2",
            ),
            (
                "We failed the people who trust us with their front doors,",
                "Rohan Venkataraman",
                False,
                "P3",
            ),
            ("in writing, twice, in 2022.", "Lucía Paredes", True, "P3"),
            ("a test environment that should have been deleted.", "Rohan Venkataraman", True, "P4"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Anneliese Brandt-Okafor", "Bluesky"),
            ("P3", "Rohan Venkataraman", "LinkedIn"),
            ("P4", "Rohan Venkataraman", "The Verge"),
            ("P5", None, None),
        ],
        "people": ["Anneliese Brandt-Okafor", "Rohan Venkataraman", "Lucía Paredes"],
    },
    {
        "name": "football-manager-sacked-statement-nickname-podcast",
        "text": (
            "Sheffield Rovers sacked their manager, Dariusz Wróblewski, on Sunday after a run "
            "of seven league defeats, the club said in a statement on its website.\n\n"
            "“The board thanks Dariusz for his commitment, but results have fallen well short "
            "of the standard this club expects,” the statement read.\n\n"
            "The club captain, Kofi Mensah-Arthur, posted a photo of the two of them on his "
            "Instagram story with the words “Thank you for everything, gaffer.”\n\n"
            "Wróblewski, known to supporters as “the Professor,” had spoken at a news "
            "conference only on Friday. “I am not a man who runs away from a fight,” he said "
            "then.\n\n"
            "The former Rovers striker Callum Fitzgerald-Nwosu, now a pundit, was less "
            "sentimental on the BBC podcast Football Daily. “He lost the dressing room in "
            "October,” he said, “and everyone in football knew it except the board.”\n\n"
            "The club said an interim manager would be named before Wednesday’s home match "
            "against Barnsley, with the academy coach widely expected to take charge."
        ),
        "quotes": [
            (
                "The board thanks Dariusz for his commitment, but results have fallen well "
                "short of the standard this club expects,",
                None,
                False,
                "P1",
            ),
            ("Thank you for everything, gaffer.", "Kofi Mensah-Arthur", False, "P2"),
            ("I am not a man who runs away from a fight,", "Dariusz Wróblewski", False, None),
            ("He lost the dressing room in October,", "Callum Fitzgerald-Nwosu", False, "P3"),
            (
                "and everyone in football knew it except the board.",
                "Callum Fitzgerald-Nwosu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Kofi Mensah-Arthur", "Instagram"),
            ("P3", "Callum Fitzgerald-Nwosu", "Football Daily"),
        ],
        "people": ["Dariusz Wróblewski", "Kofi Mensah-Arthur", "Callum Fitzgerald-Nwosu"],
    },
    {
        "name": "landlord-jailed-ruling-da-release-oped-x",
        "text": (
            "A Brooklyn landlord who left tenants without heat for three winters was sentenced "
            "on Thursday to 60 days in jail, a rare criminal penalty in a housing case.\n\n"
            "In her written ruling, Judge Marguerite Oyelaran-Fisk called the conduct of the "
            "landlord, Stavros Konstantinidis, “a deliberate campaign to freeze families out "
            "of rent-stabilized homes.”\n\n"
            "The Brooklyn district attorney’s office said in a press release that the sentence "
            "sent “a message to every landlord who treats the heat as optional.”\n\n"
            "Konstantinidis’s lawyer, Helena Marchetti, told reporters outside the courthouse "
            "that her client would appeal. “Sixty days for a boiler is not justice, it is "
            "theater,” she said.\n\n"
            "One of the tenants, Wei-Lin Chao, had described those winters in a New York Daily "
            "News op-ed last year. “We slept in our coats. My daughter did her homework in "
            "gloves,” she wrote. On Thursday she posted a single line on X: “Warm tonight, "
            "finally, in more ways than one.”"
        ),
        "quotes": [
            (
                "a deliberate campaign to freeze families out of rent-stabilized homes.",
                "Marguerite Oyelaran-Fisk",
                True,
                "P1",
            ),
            ("a message to every landlord who treats the heat as optional.", None, True, "P2"),
            (
                "Sixty days for a boiler is not justice, it is theater,",
                "Helena Marchetti",
                False,
                None,
            ),
            (
                "We slept in our coats. My daughter did her homework in gloves,",
                "Wei-Lin Chao",
                False,
                "P3",
            ),
            ("Warm tonight, finally, in more ways than one.", "Wei-Lin Chao", False, "P4"),
        ],
        "posts": [
            ("P1", "Marguerite Oyelaran-Fisk", None),
            ("P2", None, "press release"),
            ("P3", "Wei-Lin Chao", "New York Daily News"),
            ("P4", "Wei-Lin Chao", "X"),
        ],
        "people": [
            "Marguerite Oyelaran-Fisk",
            "Stavros Konstantinidis",
            "Helena Marchetti",
            "Wei-Lin Chao",
        ],
    },
    {
        "name": "walnut-study-lancet-bbc-industry-release-threads-reply",
        "text": (
            "Eating a handful of walnuts a day did not lower blood pressure in adults over 60, "
            "according to a two-year study published on Wednesday in The Lancet.\n\n"
            "The study, led by the epidemiologist Dr. Farah Nazarbayeva of the University of "
            "Leeds, followed 4,200 volunteers in Britain and Spain. It found “no meaningful "
            "difference” between those who ate nuts and those who did not.\n\n"
            "“People want a single food to fix their hearts. It does not exist,” Nazarbayeva "
            "said in a video interview with the BBC.\n\n"
            "A California walnut industry group disputed the findings in a press release, "
            "calling the trial “too short to detect long-term benefits.”\n\n"
            "The cardiologist Mateus Carvalho-Lopes, who was not involved in the research, "
            "posted on Threads that the study was “well run and boringly convincing, which is "
            "the best kind.” A nutritionist, Keiko Ishida-Brown, replied to him: “Boring "
            "science is good science. Eat the walnuts anyway, they taste nice.”"
        ),
        "quotes": [
            ("no meaningful difference", "Farah Nazarbayeva", True, "P1"),
            (
                "People want a single food to fix their hearts. It does not exist,",
                "Farah Nazarbayeva",
                False,
                "P2",
            ),
            ("too short to detect long-term benefits.", None, True, "P3"),
            (
                "well run and boringly convincing, which is the best kind.",
                "Mateus Carvalho-Lopes",
                True,
                "P4",
            ),
            (
                "Boring science is good science. Eat the walnuts anyway, they taste nice.",
                "Keiko Ishida-Brown",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", "Farah Nazarbayeva", "The Lancet"),
            ("P2", "Farah Nazarbayeva", "BBC"),
            ("P3", None, "press release"),
            ("P4", "Mateus Carvalho-Lopes", "Threads"),
        ],
        "people": ["Farah Nazarbayeva", "Mateus Carvalho-Lopes", "Keiko Ishida-Brown"],
    },
    {
        "name": "warehouse-union-vote-youtube-statement-reddit-supervisor",
        "text": (
            "Workers at a Fulfillr warehouse outside Albany, Georgia, voted 612 to 488 to join "
            "the Retail, Warehouse and Department Store Union, the National Labor Relations "
            "Board announced on Friday.\n\n"
            "The lead organiser, Demetrius Achterberg, broadcast the count live on YouTube to "
            "about 9,000 viewers. “Nobody handed us this. We built it one break room at a "
            "time,” he told them as the final tally came in.\n\n"
            "Fulfillr said in a statement that it was “disappointed” and was weighing whether "
            "to file objections. “We continue to believe a direct relationship with our "
            "associates is best,” a spokeswoman, Carina Holmqvist, said in the statement.\n\n"
            "A picker at the site, Thuy Anh Pham, started a Reddit thread on Friday night. “My "
            "feet hurt and I have never been happier,” she wrote.\n\n"
            "In an interview, Pham said her supervisor had asked her last summer whether she "
            "was “one of the union people.” She said she had told him she was not, and that it "
            "was the last lie she intended to tell at work."
        ),
        "quotes": [
            (
                "Nobody handed us this. We built it one break room at a time,",
                "Demetrius Achterberg",
                False,
                "P1",
            ),
            ("disappointed", None, True, "P2"),
            (
                "We continue to believe a direct relationship with our associates is best,",
                "Carina Holmqvist",
                False,
                "P2",
            ),
            ("My feet hurt and I have never been happier,", "Thuy Anh Pham", False, "P3"),
            ("one of the union people.", None, True, None),
        ],
        "posts": [
            ("P1", "Demetrius Achterberg", "YouTube"),
            ("P2", None, None),
            ("P3", "Thuy Anh Pham", "Reddit"),
        ],
        "people": ["Demetrius Achterberg", "Carina Holmqvist", "Thuy Anh Pham"],
    },
    {
        "name": "painter-show-title-instagram-guardian-review-email-husband",
        "text": (
            "The Nigerian-British painter Temitope Asante-Brooks opened her first solo show in "
            "the United States, “Salt and Sugar,” at the Hammer Museum in Los Angeles on "
            "Saturday.\n\n"
            "The exhibition’s title comes from her grandmother’s market stall in Lagos, she "
            "explained in an Instagram post the night before. “She sold both from the same "
            "table and never once mixed them up,” Asante-Brooks wrote.\n\n"
            "Reviewing the show in The Guardian, the critic Jonas Feldkamp called the largest "
            "canvas “a riot of indigo that somehow stays quiet.” He was less kind about the "
            "wall texts, which he said “explain what the paintings already say.”\n\n"
            "The museum’s director, Ayesha Rahimi, defended the texts in an email. “We write "
            "for the visitor who has never set foot in a gallery,” she said.\n\n"
            "The artist’s husband, the composer Leandro Vitale, wrote the score that plays in "
            "the final room. He shared the review on Facebook, adding: “Indigo stays quiet. I "
            "stay loud.”"
        ),
        "quotes": [
            (
                "She sold both from the same table and never once mixed them up,",
                "Temitope Asante-Brooks",
                False,
                "P1",
            ),
            ("a riot of indigo that somehow stays quiet.", "Jonas Feldkamp", True, "P2"),
            ("explain what the paintings already say.", "Jonas Feldkamp", True, "P2"),
            (
                "We write for the visitor who has never set foot in a gallery,",
                "Ayesha Rahimi",
                False,
                "P3",
            ),
            ("Indigo stays quiet. I stay loud.", "Leandro Vitale", False, "P4"),
        ],
        "posts": [
            ("P1", "Temitope Asante-Brooks", "Instagram"),
            ("P2", "Jonas Feldkamp", "The Guardian"),
            ("P3", "Ayesha Rahimi", None),
            ("P4", "Leandro Vitale", "Facebook"),
        ],
        "people": ["Temitope Asante-Brooks", "Jonas Feldkamp", "Ayesha Rahimi", "Leandro Vitale"],
    },
    {
        "name": "police-union-letter-mayor-x-town-hall-tiktok-comment",
        "text": (
            "The Milwaukee Police Association sent a letter to Mayor Ingrid Solheim-Baptiste "
            "on Monday opposing her plan to send mental-health workers, rather than officers, "
            "to some 911 calls.\n\n"
            "The letter, signed by the union’s president, Sgt. Bartholomew Kowalczyk, warned "
            "that the change would put responders “in rooms with people nobody has assessed.”\n\n"
            "Solheim-Baptiste answered on X within the hour. “A person in crisis needs a "
            "counselor more often than a cruiser,” the mayor wrote. “The pilot goes ahead in "
            "April.”\n\n"
            "At a town hall on the North Side on Tuesday evening, the community organiser "
            "Jamal Whitaker-Eze said the program was overdue. “My cousin needed help in 2019 "
            "and got handcuffs,” he told the crowd.\n\n"
            "A clip of his remarks was posted on TikTok by a local activist group and drew "
            "more than 200,000 views. Under it, one commenter wrote: “This is the speech the "
            "whole city needed to hear.”"
        ),
        "quotes": [
            ("in rooms with people nobody has assessed.", "Bartholomew Kowalczyk", True, "P1"),
            (
                "A person in crisis needs a counselor more often than a cruiser,",
                "Ingrid Solheim-Baptiste",
                False,
                "P2",
            ),
            ("The pilot goes ahead in April.", "Ingrid Solheim-Baptiste", False, "P2"),
            ("My cousin needed help in 2019 and got handcuffs,", "Jamal Whitaker-Eze", False, None),
            ("This is the speech the whole city needed to hear.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Bartholomew Kowalczyk", None),
            ("P2", "Ingrid Solheim-Baptiste", "X"),
            ("P3", None, "TikTok"),
        ],
        "people": ["Ingrid Solheim-Baptiste", "Bartholomew Kowalczyk", "Jamal Whitaker-Eze"],
    },
    {
        "name": "bakery-earnings-release-call-analyst-note-squawk-box-reddit",
        "text": (
            "Crumb & Co., the bakery-café chain, said on Tuesday that quarterly profit fell 22 "
            "percent as the price of butter and eggs climbed. The company’s earnings release "
            "said same-store sales had been “resilient in a difficult consumer environment.”\n\n"
            "On a call with analysts, the chief executive, Anjali Deshpande-Moreau, said the "
            "chain would raise prices on its croissants for the second time this year. “Our "
            "customers have been patient with us, and we do not take that for granted,” she "
            "said.\n\n"
            "In a note to clients, the Jefferies analyst Benedikt Hollister wrote that the "
            "increases risked “pricing out the morning regulars who built the brand.”\n\n"
            "Deshpande-Moreau pushed back in an interview on CNBC’s “Squawk Box” the next "
            "morning. “A croissant at $4.75 is still an affordable luxury,” she said. “We are "
            "not a jewellery store.”\n\n"
            "The chain’s shares fell 6 percent. On Reddit’s investing forums, one user summed "
            "up the mood: “Great croissants, terrible margins.”"
        ),
        "quotes": [
            ("resilient in a difficult consumer environment.", None, True, "P1"),
            (
                "Our customers have been patient with us, and we do not take that for granted,",
                "Anjali Deshpande-Moreau",
                False,
                None,
            ),
            (
                "pricing out the morning regulars who built the brand.",
                "Benedikt Hollister",
                True,
                "P2",
            ),
            (
                "A croissant at $4.75 is still an affordable luxury,",
                "Anjali Deshpande-Moreau",
                False,
                "P3",
            ),
            ("We are not a jewellery store.", "Anjali Deshpande-Moreau", False, "P3"),
            ("Great croissants, terrible margins.", None, False, "P4"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Benedikt Hollister", None),
            ("P3", "Anjali Deshpande-Moreau", "Squawk Box"),
            ("P4", None, "Reddit"),
        ],
        "people": ["Anjali Deshpande-Moreau", "Benedikt Hollister"],
    },
    {
        "name": "encampment-sweep-manager-statement-instagram-register-medium",
        "text": (
            "Crews cleared a homeless encampment of about 80 tents along the Santa Ana River "
            "trail in Anaheim early on Wednesday, the largest sweep in the city this year.\n\n"
            "The city manager, Hideo Nakamura-Reyes, said in a statement that every resident "
            "of the camp had been offered a shelter bed. “No one was moved without an offer of "
            "somewhere to go,” the statement said.\n\n"
            "Outreach workers disputed that. One of them, Graciela Montenegro, posted on "
            "Instagram a photo of a woman sitting on a suitcase by the riverbank. “She was "
            "offered a bed 40 miles away, with no way to get there,” Montenegro wrote.\n\n"
            "The woman in the photo, who gave her name only as Rosalind, told the Orange "
            "County Register that she had lived by the river for three years. “This was my "
            "address,” she said.\n\n"
            "A homeowner nearby, Everett Stanislawski, had written a Medium essay last month "
            "calling the camp “a public-health emergency nobody wanted to own.” He said on "
            "Wednesday that he took no pleasure in the sweep."
        ),
        "quotes": [
            (
                "No one was moved without an offer of somewhere to go,",
                "Hideo Nakamura-Reyes",
                False,
                "P1",
            ),
            (
                "She was offered a bed 40 miles away, with no way to get there,",
                "Graciela Montenegro",
                False,
                "P2",
            ),
            ("This was my address,", "Rosalind", False, "P3"),
            ("a public-health emergency nobody wanted to own.", "Everett Stanislawski", True, "P4"),
        ],
        "posts": [
            ("P1", "Hideo Nakamura-Reyes", None),
            ("P2", "Graciela Montenegro", "Instagram"),
            ("P3", "Rosalind", "Orange County Register"),
            ("P4", "Everett Stanislawski", "Medium"),
        ],
        "people": [
            "Hideo Nakamura-Reyes",
            "Graciela Montenegro",
            "Rosalind",
            "Everett Stanislawski",
        ],
    },
    {
        "name": "school-meals-oped-facebook-cafeteria-comment-think-tank-x",
        "text": (
            "Every public-school student in New Mexico will get free breakfast and lunch from "
            "August under a bill signed on Friday by Gov. Lucinda Tsosie-Harjo.\n\n"
            "The bill’s sponsor, state Senator Khalid Benmoussa, had argued for it in an op-ed "
            "in the Albuquerque Journal in January. “A hungry child cannot learn long "
            "division,” he wrote. “Feeding her is not welfare. It is school.”\n\n"
            "Dolores Aragón-Whitfield, who has run the cafeteria at an elementary school in "
            "Las Cruces for 17 years, celebrated on Facebook. “No more lunch debt. No more "
            "cheese sandwiches for the kids who owe,” she posted. A parent, Bronwyn "
            "Castellanos, commented beneath: “Thank you for feeding my boys when I could not.”\n\n"
            "Critics have questioned the cost, about $42 million a year. The Rio Grande "
            "Foundation, a conservative think tank, said in a post on X that the program was "
            "“a subsidy for families who can already afford lunch.”\n\n"
            "The governor signed the bill in a school gym in Gallup, where she told students "
            "that “nobody should have to learn on an empty stomach.”"
        ),
        "quotes": [
            ("A hungry child cannot learn long division,", "Khalid Benmoussa", False, "P1"),
            ("Feeding her is not welfare. It is school.", "Khalid Benmoussa", False, "P1"),
            (
                "No more lunch debt. No more cheese sandwiches for the kids who owe,",
                "Dolores Aragón-Whitfield",
                False,
                "P2",
            ),
            ("Thank you for feeding my boys when I could not.", "Bronwyn Castellanos", False, "P2"),
            ("a subsidy for families who can already afford lunch.", None, True, "P3"),
            (
                "nobody should have to learn on an empty stomach.",
                "Lucinda Tsosie-Harjo",
                True,
                None,
            ),
        ],
        "posts": [
            ("P1", "Khalid Benmoussa", "Albuquerque Journal"),
            ("P2", "Dolores Aragón-Whitfield", "Facebook"),
            ("P3", None, "X"),
        ],
        "people": [
            "Lucinda Tsosie-Harjo",
            "Khalid Benmoussa",
            "Dolores Aragón-Whitfield",
            "Bronwyn Castellanos",
        ],
    },
    {
        "name": "rideshare-pay-blog-youtube-briefing-bluesky-reply",
        "text": (
            "Rideshare drivers in Seattle will earn at least $1.38 a minute under new rules "
            "that took effect on Monday, and one of the largest apps says it is already "
            "raising fares to cover the cost.\n\n"
            "Zoomly announced the change in a post on its company blog, warning riders to "
            "expect “noticeably higher prices during peak hours.”\n\n"
            "The driver Oksana Hryhorenko, who runs a YouTube channel with 180,000 "
            "subscribers, tested the new pay on her first shift. “Twelve trips, $214, and I "
            "was home before dark,” she said in a video posted on Monday night. One viewer "
            "commented: “Finally some math that works for drivers.”\n\n"
            "The city’s labor standards director, Tariq Mahmoud-Lindsay, said at a briefing "
            "that the agency would audit the companies’ records. “If the minute rate is not "
            "showing up in paychecks, we will find out,” he said.\n\n"
            "Zoomly’s chief executive, Cassius Obeng, wrote on Bluesky that the rules were "
            "“well meant and badly priced.” Hryhorenko replied beneath his post with a "
            "screenshot of her earnings and a single word: “Overpriced?”"
        ),
        "quotes": [
            ("noticeably higher prices during peak hours.", None, True, "P1"),
            ("Twelve trips, $214, and I was home before dark,", "Oksana Hryhorenko", False, "P2"),
            ("Finally some math that works for drivers.", None, False, "P2"),
            (
                "If the minute rate is not showing up in paychecks, we will find out,",
                "Tariq Mahmoud-Lindsay",
                False,
                None,
            ),
            ("well meant and badly priced.", "Cassius Obeng", True, "P3"),
            ("Overpriced?", "Oksana Hryhorenko", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Oksana Hryhorenko", "YouTube"),
            ("P3", "Cassius Obeng", "Bluesky"),
        ],
        "people": ["Oksana Hryhorenko", "Tariq Mahmoud-Lindsay", "Cassius Obeng"],
    },
    {
        "name": "wage-theft-settlement-ag-release-instagram-scare-quote",
        "text": (
            "A Chicago restaurant group must pay $1.2 million in back wages to 96 cooks and "
            "dishwashers, the Illinois attorney general’s office said on Thursday, settling "
            "claims that workers were routinely kept working off the clock.\n\n"
            "“Wage theft is theft, whether it happens at gunpoint or on a time sheet,” "
            "Attorney General Rafael Quiñones-Hart said in a press release.\n\n"
            "The group, which runs the five Little Saffron restaurants, called the settlement "
            "a “business decision” in an Instagram post and said it admitted no wrongdoing. "
            "Its founder, Nkechi Delacroix, was quoted in the caption: “We love our team and "
            "we are moving forward together.”\n\n"
            "A line cook who worked at the flagship restaurant for six years, Santiago Quispe, "
            "said the so-called “family meal” the owners liked to boast about was often the "
            "only break workers got in a ten-hour shift. “We ate standing up, then we went "
            "back to the line,” he said in an interview at his apartment in Pilsen.\n\n"
            "He said he would use his share of the settlement to visit his mother in Cusco for "
            "the first time in eleven years."
        ),
        "quotes": [
            (
                "Wage theft is theft, whether it happens at gunpoint or on a time sheet,",
                "Rafael Quiñones-Hart",
                False,
                "P1",
            ),
            ("business decision", None, True, "P2"),
            (
                "We love our team and we are moving forward together.",
                "Nkechi Delacroix",
                False,
                "P2",
            ),
            ("We ate standing up, then we went back to the line,", "Santiago Quispe", False, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", None, "Instagram"),
        ],
        "people": ["Rafael Quiñones-Hart", "Nkechi Delacroix", "Santiago Quispe"],
    },
    {
        "name": "marathon-ban-aiu-release-instagram-statement-podcast-x-reply",
        "text": (
            "The Kenyan marathon runner Wanjiru Kamau-Odhiambo was banned for four years on "
            "Tuesday after testing positive for the blood booster EPO, the Athletics Integrity "
            "Unit said in a press release.\n\n"
            "Kamau-Odhiambo, the 2022 Berlin Marathon champion, denied doping in a statement "
            "posted on Instagram. “I have never knowingly taken a banned substance, and I will "
            "prove it,” she wrote. “My name is all I have.”\n\n"
            "Her coach, Pieter van der Westhuizen, told the podcast The Long Run that he had "
            "been “blindsided.” “I spent six years with her and I never saw a needle,” he said.\n\n"
            "The American distance runner Shalane Okafor-Reyes, a longtime rival, posted on X "
            "that the sport needed “fewer shocked faces and more testing in the villages where "
            "we train.” A Kenyan coach, Evans Cheruiyot, replied to her: “Come and see the "
            "villages before you talk about them.”\n\n"
            "Kamau-Odhiambo has 21 days to appeal the ban to the Court of Arbitration for "
            "Sport."
        ),
        "quotes": [
            (
                "I have never knowingly taken a banned substance, and I will prove it,",
                "Wanjiru Kamau-Odhiambo",
                False,
                "P2",
            ),
            ("My name is all I have.", "Wanjiru Kamau-Odhiambo", False, "P2"),
            ("blindsided.", "Pieter van der Westhuizen", True, "P3"),
            (
                "I spent six years with her and I never saw a needle,",
                "Pieter van der Westhuizen",
                False,
                "P3",
            ),
            (
                "fewer shocked faces and more testing in the villages where we train.",
                "Shalane Okafor-Reyes",
                True,
                "P4",
            ),
            (
                "Come and see the villages before you talk about them.",
                "Evans Cheruiyot",
                False,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Wanjiru Kamau-Odhiambo", "Instagram"),
            ("P3", "Pieter van der Westhuizen", "The Long Run"),
            ("P4", "Shalane Okafor-Reyes", "X"),
        ],
        "people": [
            "Wanjiru Kamau-Odhiambo",
            "Pieter van der Westhuizen",
            "Shalane Okafor-Reyes",
            "Evans Cheruiyot",
        ],
    },
    {
        "name": "upzoning-vote-substack-public-comment-linkedin-facebook-group",
        "text": (
            "The Somerville City Council voted 8 to 3 on Thursday night to allow six-story "
            "apartment buildings along the Green Line, ending a two-year fight over density in "
            "one of the most expensive cities in Massachusetts.\n\n"
            "Councilor Mei-Ling Abernathy, who wrote the measure, had made her case in her "
            "Substack newsletter the week before. “Every apartment we refuse to build is a "
            "family we are telling to move to New Hampshire,” she wrote.\n\n"
            "Opponents packed the meeting. “You are selling the neighborhood to the highest "
            "bidder,” one resident, Giuseppe Lombardi, told councilors during public comment.\n\n"
            "The developer Obinna Hartmann-Eze, whose firm plans 300 units near Union Square, "
            "called the vote “the most pro-housing night in this city’s history” in a LinkedIn "
            "post. A former colleague, Saoirse Dunleavy, commented: “Now build them fast and "
            "build them well.”\n\n"
            "In a neighborhood Facebook group, a member named Patricia Ngata-Holloway posted "
            "that she would run against Abernathy next year. “She stopped listening to us a "
            "long time ago,” she wrote."
        ),
        "quotes": [
            (
                "Every apartment we refuse to build is a family we are telling to move to New "
                "Hampshire,",
                "Mei-Ling Abernathy",
                False,
                "P1",
            ),
            (
                "You are selling the neighborhood to the highest bidder,",
                "Giuseppe Lombardi",
                False,
                None,
            ),
            (
                "the most pro-housing night in this city’s history",
                "Obinna Hartmann-Eze",
                True,
                "P2",
            ),
            ("Now build them fast and build them well.", "Saoirse Dunleavy", False, "P2"),
            (
                "She stopped listening to us a long time ago,",
                "Patricia Ngata-Holloway",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Mei-Ling Abernathy", "Substack"),
            ("P2", "Obinna Hartmann-Eze", "LinkedIn"),
            ("P3", "Patricia Ngata-Holloway", "Facebook"),
        ],
        "people": [
            "Mei-Ling Abernathy",
            "Giuseppe Lombardi",
            "Obinna Hartmann-Eze",
            "Saoirse Dunleavy",
            "Patricia Ngata-Holloway",
        ],
    },
    {
        "name": "facial-recognition-news-conference-npr-show-instagram-science-study",
        "text": (
            "Detroit police will stop using facial recognition as the sole basis for arrests, "
            "Police Commissioner Ramón Estrada-Kapoor announced at a news conference on "
            "Monday, two months after a man was jailed for 30 hours over a theft he did not "
            "commit.\n\n"
            "“The software gives us a lead, not a suspect,” Estrada-Kapoor said. “We lost "
            "sight of that.”\n\n"
            "The man, Desmond Achebe-Lowell, described his arrest on NPR’s “All Things "
            "Considered.” “They showed me a blurry photo and asked if it was me. I said, ‘That "
            "is not even my face,’” he said.\n\n"
            "His wife, Ruth Achebe-Lowell, had posted a video of the arrest on Instagram that "
            "drew more than a million views. “They took him from our driveway in front of our "
            "girls,” she wrote under it.\n\n"
            "The change follows a study published in March in the journal Science by "
            "researchers at Georgia Tech, which found that commercial systems misidentified "
            "darker-skinned faces “at rates up to ten times higher” than lighter-skinned ones."
        ),
        "quotes": [
            ("The software gives us a lead, not a suspect,", "Ramón Estrada-Kapoor", False, None),
            ("We lost sight of that.", "Ramón Estrada-Kapoor", False, None),
            (
                "They showed me a blurry photo and asked if it was me. I said, ‘That is not "
                "even my face,’",
                "Desmond Achebe-Lowell",
                False,
                "P1",
            ),
            (
                "They took him from our driveway in front of our girls,",
                "Ruth Achebe-Lowell",
                False,
                "P2",
            ),
            ("at rates up to ten times higher", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Desmond Achebe-Lowell", "All Things Considered"),
            ("P2", "Ruth Achebe-Lowell", "Instagram"),
            ("P3", None, "Science"),
        ],
        "people": ["Ramón Estrada-Kapoor", "Desmond Achebe-Lowell", "Ruth Achebe-Lowell"],
    },
    {
        "name": "heat-rule-growers-release-univision-couple-ufw-threads",
        "text": (
            "California regulators on Thursday approved a rule requiring farms to give workers "
            "a 15-minute shade break every hour once temperatures pass 95 degrees.\n\n"
            "The Western Growers Council said in a press release that the rule would “cost "
            "growers millions during the tightest weeks of the harvest.”\n\n"
            "For Yolanda Ixcoy, who picks grapes near Fresno, the vote came too late. Her "
            "husband, Efraín Ixcoy, collapsed in a vineyard in August 2023 and spent nine days "
            "in hospital. “He was 41 and strong as a mule,” she told Univision. “The heat does "
            "not care how strong you are.”\n\n"
            "Her husband, who has not returned to the fields, spoke briefly in the same "
            "interview. “I still dream about the rows,” he said.\n\n"
            "The United Farm Workers posted on Threads that the rule was “written in the sweat "
            "of people who are not here to see it.” Under the post, the union’s former "
            "president, Arturo Villaseñor, wrote: “Now make sure somebody enforces it.”"
        ),
        "quotes": [
            (
                "cost growers millions during the tightest weeks of the harvest.",
                None,
                True,
                "P1",
            ),
            ("He was 41 and strong as a mule,", "Yolanda Ixcoy", False, "P2"),
            ("The heat does not care how strong you are.", "Yolanda Ixcoy", False, "P2"),
            ("I still dream about the rows,", "Efraín Ixcoy", False, "P2"),
            ("written in the sweat of people who are not here to see it.", None, True, "P3"),
            ("Now make sure somebody enforces it.", "Arturo Villaseñor", False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Yolanda Ixcoy", "Univision"),
            ("P3", None, "Threads"),
        ],
        "people": ["Yolanda Ixcoy", "Efraín Ixcoy", "Arturo Villaseñor"],
    },
]
