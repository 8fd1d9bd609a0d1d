"""The forty-third self-made dev set, held out (AW): its first run is an unseen estimate.

Written with set AV, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as the earlier self-made
sets (not a public corpus): an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, while an essay or op-ed on a named platform or in a named newspaper
has that platform; a press release or earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, town hall or "told reporters" is not a post; a comment under a post
belongs to it, a post "of his own" is a new one; a later fragment or quote is
linked to a post only when the text ties it to that post; organisations and
unnamed people speak as None, and a company's release, statement or post has
author None even when it quotes a named executive, whose quotes link to it;
titles, nicknames and scare quotes in marks are not quotes; speakers and
authors are the fullest form of the name used in the text; partial is True for
a fragment quoted inside narration.

Decisions the conventions did not cover:
- when a network and one of its shows are both named (NPR's "All Things
  Considered"), the show is the platform;
- a memo "viewed by" a named outlet keeps platform None: the outlet did not
  publish it, and the memo's author is the executive who wrote it;
- a sentence split by its attribution ("That is on me," she added, "not on
  them.") gives two quotes, neither of them partial;
- quotes that follow "X told <outlet> that ..." with "he said" in the next
  sentences are linked to that interview;
- an organisation's Facebook post has author None and platform Facebook; a
  named official's comment under it belongs to it, with the official as speaker;
- an unnamed commenter's words under a post belong to that post, speaker None;
- quoting someone's post on X "with one of his own" is a new post on X;
- a post the article reports but quotes nothing from is still a post;
- an award acceptance speech from a stage, words told a crowd at a ceremony
  and a panel discussion are not posts;
- a named person's own statement (not an organisation's) has that person as
  author.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AW: list[dict] = [
    {
        "name": "chef-tiktok-closing-and-eater-interview",
        "text": (
            "Celebrity chef Marcus Delacroix-Bell said in a TikTok video on Sunday that his New "
            "Orleans restaurant, Bayou & Bone, would close at the end of the month after 14 "
            "years. “We fought as long as we could,” Delacroix-Bell said in the video, standing "
            "in the empty dining room.\n\n"
            "In an interview with Eater on Monday, the 52-year-old chef blamed rising rents and a "
            "slower tourist season. “The math stopped working in 2023,” he said. “Every month we "
            "were writing checks just to keep the lights on.”\n\n"
            "Speaking later at a farewell dinner for his staff, he said he hoped to open a smaller "
            "place “somewhere quieter” next year."
        ),
        "quotes": [
            ("We fought as long as we could,", "Marcus Delacroix-Bell", False, "P1"),
            ("The math stopped working in 2023,", "Marcus Delacroix-Bell", False, "P2"),
            (
                "Every month we were writing checks just to keep the lights on.",
                "Marcus Delacroix-Bell",
                False,
                "P2",
            ),
            ("somewhere quieter", "Marcus Delacroix-Bell", True, None),
        ],
        "posts": [
            ("P1", "Marcus Delacroix-Bell", "TikTok"),
            ("P2", "Marcus Delacroix-Bell", "Eater"),
        ],
        "people": ["Marcus Delacroix-Bell"],
    },
    {
        "name": "college-coach-news-conference-guard-on-x",
        "text": (
            "Lakeview State coach Dana Whitfield did not hide her frustration after the Hawks’ "
            "71-58 loss to Marion on Saturday, their fourth straight defeat.\n\n"
            '"We played scared for 40 minutes," the 47-year-old coach said at her postgame news '
            'conference. "That is on me," Whitfield added, "not on them."\n\n'
            "Senior guard Tasha Okafor, who scored 22 points, struck a different tone on X late "
            'Saturday night. "Four losses don’t define us. See you Tuesday," she wrote.'
        ),
        "quotes": [
            ("We played scared for 40 minutes,", "Dana Whitfield", False, None),
            ("That is on me,", "Dana Whitfield", False, None),
            ("not on them.", "Dana Whitfield", False, None),
            ("Four losses don’t define us. See you Tuesday,", "Tasha Okafor", False, "P1"),
        ],
        "posts": [("P1", "Tasha Okafor", "X")],
        "people": ["Dana Whitfield", "Tasha Okafor"],
    },
    {
        "name": "influencer-apology-comments-and-youtube",
        "text": (
            "Lifestyle influencer Brooke Ann Delvecchio apologized on Instagram on Wednesday after "
            "followers accused her of promoting a skin-care brand without disclosing that she had "
            "been paid.\n\n"
            "“I messed up, and I own it,” Delvecchio, who has 3.2 million followers, wrote in the "
            "caption. “Every sponsored post from now on will be labeled clearly.”\n\n"
            "Fellow creator Jenna Moss-Hartley commented under the post: “Takes guts. Proud of "
            "you.” Not everyone was convinced. One follower replied, “Sorry you got caught, you "
            "mean.”\n\n"
            "Delvecchio addressed the criticism again in a 20-minute YouTube video on Friday. “I "
            "am not asking anyone to forgive me overnight,” she said."
        ),
        "quotes": [
            ("I messed up, and I own it,", "Brooke Ann Delvecchio", False, "P1"),
            (
                "Every sponsored post from now on will be labeled clearly.",
                "Brooke Ann Delvecchio",
                False,
                "P1",
            ),
            ("Takes guts. Proud of you.", "Jenna Moss-Hartley", False, "P1"),
            ("Sorry you got caught, you mean.", None, False, "P1"),
            (
                "I am not asking anyone to forgive me overnight,",
                "Brooke Ann Delvecchio",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Brooke Ann Delvecchio", "Instagram"),
            ("P2", "Brooke Ann Delvecchio", "YouTube"),
        ],
        "people": ["Brooke Ann Delvecchio", "Jenna Moss-Hartley"],
    },
    {
        "name": "bishop-statement-parish-merger",
        "text": (
            "Bishop Thomas Ferraro of the Diocese of Harlan Falls said in a statement on Tuesday "
            "that three parishes would merge next year because of falling attendance and a "
            "shortage of priests.\n\n"
            "“This is not an ending but a new way of being church together,” Ferraro wrote. In "
            "the same statement, he asked parishioners to “pray and be patient” during the "
            "transition.\n\n"
            "After Sunday Mass at St. Brigid’s, one of the three churches, longtime parishioner "
            "Ellen Kowalski said she understood the decision but was heartbroken. “I was baptized "
            "here, married here, and I buried my husband from here,” she said."
        ),
        "quotes": [
            (
                "This is not an ending but a new way of being church together,",
                "Thomas Ferraro",
                False,
                "P1",
            ),
            ("pray and be patient", "Thomas Ferraro", True, "P1"),
            (
                "I was baptized here, married here, and I buried my husband from here,",
                "Ellen Kowalski",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Thomas Ferraro", None)],
        "people": ["Thomas Ferraro", "Ellen Kowalski"],
    },
    {
        "name": "software-earnings-release-and-call",
        "text": (
            "Shares of Norvane Systems rose 9% in after-hours trading on Thursday after the "
            "cloud-software maker reported quarterly revenue of $1.4 billion, ahead of Wall "
            "Street estimates.\n\n"
            "“Customers are consolidating on our platform faster than we expected,” chief "
            "executive Priya Raman said in the earnings release.\n\n"
            "On a call with analysts, Raman said the company would keep hiring engineers despite "
            "the industry’s slowdown. “We are not going to cut our way to growth,” she said.\n\n"
            "“The guidance was conservative, if anything,” said Omar Haddad, an analyst at Piper "
            "Sandler."
        ),
        "quotes": [
            (
                "Customers are consolidating on our platform faster than we expected,",
                "Priya Raman",
                False,
                "P1",
            ),
            ("We are not going to cut our way to growth,", "Priya Raman", False, None),
            ("The guidance was conservative, if anything,", "Omar Haddad", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Priya Raman", "Omar Haddad"],
    },
    {
        "name": "venice-premiere-director-and-star-variety",
        "text": (
            "Director Sofia Lindqvist’s new drama “The Salt Road” drew a seven-minute standing "
            "ovation at its Venice Film Festival premiere on Friday night.\n\n"
            "“I made this film for my grandmother, who never got to tell her story,” Lindqvist, "
            "39, said at a news conference before the screening.\n\n"
            "Star Julian Okonkwo-Reyes told Variety that the shoot in the Moroccan desert was the "
            "hardest of his career. “We lost two weeks to sandstorms,” he said. “Some days we shot "
            "for an hour and waited for eight.”"
        ),
        "quotes": [
            (
                "I made this film for my grandmother, who never got to tell her story,",
                "Sofia Lindqvist",
                False,
                None,
            ),
            ("We lost two weeks to sandstorms,", "Julian Okonkwo-Reyes", False, "P1"),
            (
                "Some days we shot for an hour and waited for eight.",
                "Julian Okonkwo-Reyes",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Julian Okonkwo-Reyes", "Variety")],
        "people": ["Sofia Lindqvist", "Julian Okonkwo-Reyes"],
    },
    {
        "name": "senator-op-ed-phones-challenger-rally",
        "text": (
            "State Sen. Margaret Osei-Lindgren made her case for a statewide ban on cellphones in "
            "classrooms in an op-ed published Sunday in The Columbus Dispatch.\n\n"
            "“Our children spend seven hours a day in school and five of them fighting their "
            "phones for attention,” the senator wrote. In the piece, she called the bill “the "
            "simplest thing we can do for our kids this year.”\n\n"
            "Her Republican challenger, Greg Tillman, dismissed the idea at a rally in Dublin on "
            "Monday. “Parents, not politicians in Columbus, should decide this,” Tillman told "
            "supporters."
        ),
        "quotes": [
            (
                "Our children spend seven hours a day in school and five of them fighting their "
                "phones for attention,",
                "Margaret Osei-Lindgren",
                False,
                "P1",
            ),
            (
                "the simplest thing we can do for our kids this year.",
                "Margaret Osei-Lindgren",
                True,
                "P1",
            ),
            (
                "Parents, not politicians in Columbus, should decide this,",
                "Greg Tillman",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Margaret Osei-Lindgren", "The Columbus Dispatch")],
        "people": ["Margaret Osei-Lindgren", "Greg Tillman"],
    },
    {
        "name": "webb-water-vapor-briefing-and-bluesky",
        "text": (
            "Astronomers using the James Webb Space Telescope have detected water vapor in the "
            "atmosphere of a rocky planet 41 light-years from Earth, scientists announced on "
            "Wednesday.\n\n"
            "“This is the first time we have seen a clear signal like this from a world about the "
            "size of Earth,” lead author Kavya Menon, an astrophysicist at the University of "
            "Arizona, said at a NASA briefing.\n\n"
            "Menon was more exuberant on Bluesky afterward. “Five years of work. I cried in the "
            "control room, not going to lie,” she posted.\n\n"
            "Other scientists urged caution. “It is a beautiful measurement, but the star is very "
            "active, and that can mimic the signal,” said Laurent Dufresne of the University of "
            "Geneva, who was not involved in the study."
        ),
        "quotes": [
            (
                "This is the first time we have seen a clear signal like this from a world about "
                "the size of Earth,",
                "Kavya Menon",
                False,
                None,
            ),
            (
                "Five years of work. I cried in the control room, not going to lie,",
                "Kavya Menon",
                False,
                "P1",
            ),
            (
                "It is a beautiful measurement, but the star is very active, and that can mimic "
                "the signal,",
                "Laurent Dufresne",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Kavya Menon", "Bluesky")],
        "people": ["Kavya Menon", "Laurent Dufresne"],
    },
    {
        "name": "stranded-traveler-reddit-airline-statement",
        "text": (
            "A traveler who said she was stranded for 31 hours at Lisbon airport after a canceled "
            "connecting flight has drawn thousands of responses to a Reddit post describing the "
            "ordeal.\n\n"
            "“Nobody from the airline came to the gate. Not once,” wrote the traveler, Mei Lin "
            "Zhao, a teacher from Vancouver. One commenter replied, “Same thing happened to my "
            "parents last summer. File the EU claim.”\n\n"
            "In a statement, TransAtlantica Air apologized and said the delay was caused by an air "
            "traffic control strike. “We are reviewing Ms. Zhao’s case and will be in touch with "
            "her directly,” the statement said.\n\n"
            "Zhao told The Globe and Mail she had not yet heard from the airline. “I will believe "
            "it when I see it,” she said."
        ),
        "quotes": [
            ("Nobody from the airline came to the gate. Not once,", "Mei Lin Zhao", False, "P1"),
            (
                "Same thing happened to my parents last summer. File the EU claim.",
                None,
                False,
                "P1",
            ),
            (
                "We are reviewing Ms. Zhao’s case and will be in touch with her directly,",
                None,
                False,
                "P2",
            ),
            ("I will believe it when I see it,", "Mei Lin Zhao", False, "P3"),
        ],
        "posts": [
            ("P1", "Mei Lin Zhao", "Reddit"),
            ("P2", None, None),
            ("P3", "Mei Lin Zhao", "The Globe and Mail"),
        ],
        "people": ["Mei Lin Zhao"],
    },
    {
        "name": "grammys-acceptance-and-instagram-photo",
        "text": (
            "Singer-songwriter Amara Vance won album of the year at the Grammy Awards on Sunday "
            "for “Glass Houses,” a record she wrote mostly on her mother’s upright piano.\n\n"
            "Accepting the award, Vance thanked her mother, who raised four children alone in "
            "Memphis. “Mama, this one is yours,” she said from the stage.\n\n"
            "Hours later, she shared a photo of the trophy on Instagram, propped on that same "
            "piano. “Same piano, same songs, different ending,” Vance, 28, wrote. Producer Elliot "
            "Crane, who worked on the album, commented: “Told you so. Three years ago, in that "
            "tiny studio.”"
        ),
        "quotes": [
            ("Mama, this one is yours,", "Amara Vance", False, None),
            ("Same piano, same songs, different ending,", "Amara Vance", False, "P1"),
            ("Told you so. Three years ago, in that tiny studio.", "Elliot Crane", False, "P1"),
        ],
        "posts": [("P1", "Amara Vance", "Instagram")],
        "people": ["Amara Vance", "Elliot Crane"],
    },
    {
        "name": "midfielder-transfer-club-statement-instagram",
        "text": (
            "Midfielder Luca Benedetti has joined Fenwick Rovers from Atalanta on a four-year "
            "contract, the English club said in a statement on Tuesday.\n\n"
            "“Luca has the vision and the engine we have been looking for,” Rovers manager Steve "
            "Harrowgate said in the statement.\n\n"
            "Benedetti, 24, said goodbye to Atalanta supporters on Instagram. “Bergamo made me a "
            "man. I will carry you with me,” he wrote in Italian and English.\n\n"
            "At his first news conference in England on Wednesday, Benedetti was asked about the "
            "Premier League’s physical style. “I know it will be hard,” he said. “That is why I "
            "came.”"
        ),
        "quotes": [
            (
                "Luca has the vision and the engine we have been looking for,",
                "Steve Harrowgate",
                False,
                "P1",
            ),
            ("Bergamo made me a man. I will carry you with me,", "Luca Benedetti", False, "P2"),
            ("I know it will be hard,", "Luca Benedetti", False, None),
            ("That is why I came.", "Luca Benedetti", False, None),
        ],
        "posts": [("P1", None, None), ("P2", "Luca Benedetti", "Instagram")],
        "people": ["Luca Benedetti", "Steve Harrowgate"],
    },
    {
        "name": "bakery-viral-tiktok-owner-local-paper",
        "text": (
            "A family-run bakery in Dayton, Ohio, has been selling out of its cardamom buns by 9 "
            "a.m. since a customer’s TikTok video about them was viewed more than 6 million "
            "times.\n\n"
            "“Drove 40 minutes for these and I would drive 400,” Rachel Greenbaum, a nursing "
            "student, said in the video, which she posted last week.\n\n"
            "Owner Hassan Jaber told the Dayton Daily News that he has hired two more bakers. “My "
            "father started this place with one oven,” Jaber said. “He used to tell me bread is "
            "patient, so you have to be patient too.\n\n"
            "“Now I have people lined up outside at six in the morning. He would not believe "
            "it.”\n\n"
            "Greenbaum said in a follow-up TikTok that she had not been paid by the bakery. “I "
            "just really like bread,” she said."
        ),
        "quotes": [
            ("Drove 40 minutes for these and I would drive 400,", "Rachel Greenbaum", False, "P1"),
            ("My father started this place with one oven,", "Hassan Jaber", False, "P2"),
            (
                "He used to tell me bread is patient, so you have to be patient too.",
                "Hassan Jaber",
                False,
                "P2",
            ),
            (
                "Now I have people lined up outside at six in the morning. He would not believe "
                "it.",
                "Hassan Jaber",
                False,
                "P2",
            ),
            ("I just really like bread,", "Rachel Greenbaum", False, "P3"),
        ],
        "posts": [
            ("P1", "Rachel Greenbaum", "TikTok"),
            ("P2", "Hassan Jaber", "Dayton Daily News"),
            ("P3", "Rachel Greenbaum", "TikTok"),
        ],
        "people": ["Rachel Greenbaum", "Hassan Jaber"],
    },
    {
        "name": "startup-layoffs-memo-and-linkedin-comment",
        "text": (
            "Brightloop, the Austin-based food-delivery startup, is laying off 220 employees, "
            "about a quarter of its staff, chief executive Nathan Ellery told employees in a memo "
            "on Monday.\n\n"
            "“I hired ahead of the growth we expected, and that growth did not come,” Ellery wrote "
            "in the memo, which was viewed by The Verge. “That is my mistake, and I am sorry.”\n\n"
            "Ellery later shared a shorter version of the message on LinkedIn. Under the post, a "
            "former engineer, Camille Fortier, wrote: “Grateful for three great years. If anyone "
            "is hiring backend folks, my DMs are open.”"
        ),
        "quotes": [
            (
                "I hired ahead of the growth we expected, and that growth did not come,",
                "Nathan Ellery",
                False,
                "P1",
            ),
            ("That is my mistake, and I am sorry.", "Nathan Ellery", False, "P1"),
            (
                "Grateful for three great years. If anyone is hiring backend folks, my DMs are "
                "open.",
                "Camille Fortier",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Nathan Ellery", None), ("P2", "Nathan Ellery", "LinkedIn")],
        "people": ["Nathan Ellery", "Camille Fortier"],
    },
    {
        "name": "museum-repatriation-release-ceremony-npr",
        "text": (
            "The Field Harbor Museum of Natural History will return 86 ceremonial objects to the "
            "Lakota Nation, the museum announced in a press release on Thursday.\n\n"
            "“These items should never have left the people who made them,” museum director "
            "Caroline Whitmore said in the release.\n\n"
            "At a ceremony in Rapid City, tribal historian Joseph Two Bulls said the return had "
            "taken 30 years of letters and meetings. “Our elders asked for this before I was "
            "born,” he told the crowd. “Some of them did not live to see today.”\n\n"
            "Whitmore told NPR’s “All Things Considered” that the museum is reviewing its entire "
            "collection. “This will not be the last return,” she said."
        ),
        "quotes": [
            (
                "These items should never have left the people who made them,",
                "Caroline Whitmore",
                False,
                "P1",
            ),
            ("Our elders asked for this before I was born,", "Joseph Two Bulls", False, None),
            ("Some of them did not live to see today.", "Joseph Two Bulls", False, None),
            ("This will not be the last return,", "Caroline Whitmore", False, "P2"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Caroline Whitmore", "All Things Considered"),
        ],
        "people": ["Caroline Whitmore", "Joseph Two Bulls"],
    },
    {
        "name": "tennis-withdrawal-statement-coach-reporters",
        "text": (
            "Two-time Grand Slam champion Irina Volkova withdrew from the Madrid Open on Monday "
            "with a wrist injury, hours before her first-round match.\n\n"
            "“My body is telling me to stop, and this time I am listening,” Volkova said in a "
            "statement.\n\n"
            "Her coach, Pedro Almagro, told reporters at the tournament that the injury was not "
            "serious. “Two weeks, maybe three,” Almagro said. “She will be ready for Paris.”\n\n"
            "Volkova’s scheduled opponent, the American qualifier Lily Shapiro, said she was "
            "disappointed. “You want to play the best,” the 19-year-old said."
        ),
        "quotes": [
            (
                "My body is telling me to stop, and this time I am listening,",
                "Irina Volkova",
                False,
                "P1",
            ),
            ("Two weeks, maybe three,", "Pedro Almagro", False, None),
            ("She will be ready for Paris.", "Pedro Almagro", False, None),
            ("You want to play the best,", "Lily Shapiro", False, None),
        ],
        "posts": [("P1", "Irina Volkova", None)],
        "people": ["Irina Volkova", "Pedro Almagro", "Lily Shapiro"],
    },
    {
        "name": "late-show-joke-ex-wife-replies-on-x",
        "text": (
            "Actor Dev Malhotra joked about his famously short-lived marriage during an appearance "
            "on “The Late Show” on Tuesday night. “Fourteen days. I have had sandwiches in my "
            "fridge longer than that marriage,” the 33-year-old said.\n\n"
            "His ex-wife, pop singer Tamsin Reyes, responded the next morning on X. “At least the "
            "sandwiches knew what they signed up for,” she wrote.\n\n"
            "Malhotra quoted her post on X with one of his own: “Fair.”"
        ),
        "quotes": [
            (
                "Fourteen days. I have had sandwiches in my fridge longer than that marriage,",
                "Dev Malhotra",
                False,
                "P1",
            ),
            (
                "At least the sandwiches knew what they signed up for,",
                "Tamsin Reyes",
                False,
                "P2",
            ),
            ("Fair.", "Dev Malhotra", False, "P3"),
        ],
        "posts": [
            ("P1", "Dev Malhotra", "The Late Show"),
            ("P2", "Tamsin Reyes", "X"),
            ("P3", "Dev Malhotra", "X"),
        ],
        "people": ["Dev Malhotra", "Tamsin Reyes"],
    },
    {
        "name": "ai-researcher-substack-rebuttal-medium",
        "text": (
            "Greta Ostrowski, a former research director at a major artificial-intelligence lab, "
            "argued in a Substack essay this week that the industry is “sleepwalking” toward "
            "systems it cannot audit.\n\n"
            "“We built the engines before we built the brakes, and now we are arguing about the "
            "color of the car,” Ostrowski wrote.\n\n"
            "The essay drew a sharp response from Felipe Andrade, a computer scientist at Carnegie "
            "Mellon University, who wrote on Medium that her warnings were “more mood than "
            "evidence.” “I share her worry about audits,” Andrade wrote. “I do not share her "
            "certainty.”\n\n"
            "Ostrowski, 45, said during a panel discussion at Stanford University on Thursday "
            "that she welcomed the criticism. “That is how this is supposed to work,” she said."
        ),
        "quotes": [
            ("sleepwalking", "Greta Ostrowski", True, "P1"),
            (
                "We built the engines before we built the brakes, and now we are arguing about "
                "the color of the car,",
                "Greta Ostrowski",
                False,
                "P1",
            ),
            ("more mood than evidence.", "Felipe Andrade", True, "P2"),
            ("I share her worry about audits,", "Felipe Andrade", False, "P2"),
            ("I do not share her certainty.", "Felipe Andrade", False, "P2"),
            ("That is how this is supposed to work,", "Greta Ostrowski", False, None),
        ],
        "posts": [("P1", "Greta Ostrowski", "Substack"), ("P2", "Felipe Andrade", "Medium")],
        "people": ["Greta Ostrowski", "Felipe Andrade"],
    },
    {
        "name": "novelist-quits-festival-instagram-guardian",
        "text": (
            "Novelist Adaeze Nwosu has pulled out of the Wyeford Literary Festival over its "
            "sponsorship by an investment firm with ties to fossil fuels, she announced on "
            "Instagram on Monday.\n\n"
            "“I cannot ask readers to take the climate seriously in my books and then take the "
            "stage under that logo,” wrote Nwosu, whose novel “The Rain Keepers” was a bestseller "
            "last year.\n\n"
            "In a statement, the festival said it respected her decision. “Adaeze will always be "
            "welcome here,” the festival’s director, Owen Pritchard, said in the statement, adding "
            "that organizers were “reviewing all of our partnerships.”\n\n"
            "In an essay for The Guardian on Wednesday, Nwosu said she had not made the decision "
            "lightly. “I have loved Wyeford since I was a student sleeping in a tent in the "
            "rain,” she wrote."
        ),
        "quotes": [
            (
                "I cannot ask readers to take the climate seriously in my books and then take the "
                "stage under that logo,",
                "Adaeze Nwosu",
                False,
                "P1",
            ),
            ("Adaeze will always be welcome here,", "Owen Pritchard", False, "P2"),
            ("reviewing all of our partnerships.", "Owen Pritchard", True, "P2"),
            (
                "I have loved Wyeford since I was a student sleeping in a tent in the rain,",
                "Adaeze Nwosu",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Adaeze Nwosu", "Instagram"),
            ("P2", None, None),
            ("P3", "Adaeze Nwosu", "The Guardian"),
        ],
        "people": ["Adaeze Nwosu", "Owen Pritchard"],
    },
    {
        "name": "gymnast-threads-break-federation-statement",
        "text": (
            "Olympic gymnast Kiara Bellamy said on Threads on Sunday that she would skip the world "
            "championships to focus on her mental health. “Stepping back is not quitting,” the "
            "22-year-old wrote. “I will be back when I am whole.”\n\n"
            "USA Gymnastics said in a statement that it supported her “completely and without "
            "conditions.”\n\n"
            "Bellamy’s former teammate Jordan Achebe told reporters at a meet in Houston that she "
            "had spoken with Bellamy over the weekend. “She sounded lighter than I have heard her "
            "in a long time,” Achebe said."
        ),
        "quotes": [
            ("Stepping back is not quitting,", "Kiara Bellamy", False, "P1"),
            ("I will be back when I am whole.", "Kiara Bellamy", False, "P1"),
            ("completely and without conditions.", None, True, "P2"),
            (
                "She sounded lighter than I have heard her in a long time,",
                "Jordan Achebe",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Kiara Bellamy", "Threads"), ("P2", None, None)],
        "people": ["Kiara Bellamy", "Jordan Achebe"],
    },
    {
        "name": "river-flood-governor-briefing-fire-department-facebook",
        "text": (
            "Gov. Raymond Castellanos declared a state of emergency in three counties on "
            "Wednesday after two days of heavy rain sent the Millbrook River over its banks.\n\n"
            '"If you are told to leave, leave," Castellanos said at a briefing at the state '
            'capitol. "Do not wait to see how high the water gets."\n\n'
            "In a Facebook post, the Millbrook Fire Department said crews had rescued 43 people "
            "from flooded homes overnight. Fire Chief Annette Dubois added in a comment under the "
            'post: "Our crews have not slept. Please stay off the roads so they can do their '
            'jobs."\n\n'
            "Resident Curtis Lamb, 71, watched from a neighbor’s porch as water filled his "
            'basement. "Fifty years in that house, and I have never seen it like this," he said.'
        ),
        "quotes": [
            ("If you are told to leave, leave,", "Raymond Castellanos", False, None),
            ("Do not wait to see how high the water gets.", "Raymond Castellanos", False, None),
            (
                "Our crews have not slept. Please stay off the roads so they can do their jobs.",
                "Annette Dubois",
                False,
                "P1",
            ),
            (
                "Fifty years in that house, and I have never seen it like this,",
                "Curtis Lamb",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Raymond Castellanos", "Annette Dubois", "Curtis Lamb"],
    },
]
