"""The sixty-sixth self-made dev set, held out (BT): its first run is an unseen estimate.

Written with set BU, without reading the extraction rules, and committed before
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
- A reply on X to someone's post is treated like a comment under that post: a
  quote of its own (speaker: the replier) linked to the post replied to.
- Sharing someone's Instagram post to one's own account with one's own words is
  a new Instagram post by the sharer.
- A reply by an author in the comments under her own Substack essay belongs to
  the essay.
- A quote "said in the release" by a named official keeps that official as its
  speaker; only the release's author is None. A statement or news release
  issued by an office or organisation speaks as None when no person is named.
- A majority opinion and a dissent are two posts with no platform, each
  authored by the judge who wrote it.
- A cease-and-desist letter sent by an unnamed lawyer is a post with author
  None and no platform.
- A radio station named by its call letters ("WBEN radio") has the call
  letters as platform; a TV station written as "WKOW-TV" keeps that form.
- A Nextdoor post by an unnamed resident is a post with author None; a reply
  under it belongs to it.
- A "statement" by a named candidate (not an organisation) is that person's
  post with no platform.
- A post or statement that is reported without any quoted words is still
  listed in posts.
- A quote "she told the paper" / "said on the show" after a named interview is
  linked to that interview; a bare "she said" in a later paragraph about a
  meeting, a briefing or the courthouse steps is not.
- A fragment from a lawsuit filed by a named person is attributed to that
  person, as in earlier sets.
- A nickname in marks inside a name (Rafael "Rafi" Quintero, Dennis "Bud"
  Carrow) is left out of the canonical name and is not a quote; a scare quote
  after "so-called" is not a quote.
- A person introduced by relation with full name ("his daughter, Ananya
  Pillai") is named by that full name.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BT: list[dict] = [
    {
        "name": "state-senator-x-post-and-reply",
        "text": (
            "State Sen. Priya Raghunathan said on X on Tuesday that she would vote against the "
            "transportation budget. “This plan taxes commuters and calls it reform,” she wrote.\n\n"
            "Her Republican colleague, Sen. Dale Hornsby, replied within the hour: “Reform is "
            "exactly what it is. Read page 40.”\n\n"
            "Raghunathan later told reporters at the Capitol that the bill was “a gift to toll "
            "operators.” Hornsby did not respond to a request for comment."
        ),
        "quotes": [
            ("This plan taxes commuters and calls it reform,", "Priya Raghunathan", False, "P1"),
            ("Reform is exactly what it is. Read page 40.", "Dale Hornsby", False, "P1"),
            ("a gift to toll operators.", "Priya Raghunathan", True, None),
        ],
        "posts": [("P1", "Priya Raghunathan", "X")],
        "people": ["Priya Raghunathan", "Dale Hornsby"],
    },
    {
        "name": "actress-engagement-instagram-comments-and-own-post",
        "text": (
            "Actress Noor Al-Sayegh announced her engagement to chef Tomás Ibarra on Instagram on "
            "Sunday, sharing a photo from a beach in Oaxaca. “Said yes before he finished the "
            "question,” the “Desert Lines” star wrote.\n\n"
            "Her co-star Bethany Cole commented, “I KNEW IT,” and one fan added, “Invite us "
            "all.”\n\n"
            "Ibarra posted a photo of his own on Monday. “Best decision she ever made,” he wrote, "
            "“and the best one I ever will.”"
        ),
        "quotes": [
            ("Said yes before he finished the question,", "Noor Al-Sayegh", False, "P1"),
            ("I KNEW IT,", "Bethany Cole", False, "P1"),
            ("Invite us all.", None, False, "P1"),
            ("Best decision she ever made,", "Tomás Ibarra", False, "P2"),
            ("and the best one I ever will.", "Tomás Ibarra", False, "P2"),
        ],
        "posts": [("P1", "Noor Al-Sayegh", "Instagram"), ("P2", "Tomás Ibarra", "Instagram")],
        "people": ["Noor Al-Sayegh", "Tomás Ibarra", "Bethany Cole"],
    },
    {
        "name": "teacher-tiktok-district-statement-tv",
        "text": (
            "A middle school teacher in Fresno who posted a TikTok video about her classroom’s "
            "broken air conditioning has been placed on paid leave, the district confirmed "
            "Wednesday.\n\n"
            "“It was 94 degrees in here at 10 a.m.,” Keisha Boateng said in the video, which has "
            "been viewed more than two million times. “My kids cannot learn like this.”\n\n"
            "The Fresno Unified School District said in a statement that the leave “is not related "
            "to the content of the video” and that repairs had been scheduled.\n\n"
            "Boateng’s union representative, Arturo Meléndez, told KSEE 24 that the timing was "
            "hard to believe. “They found a reason on the same day,” he told the station."
        ),
        "quotes": [
            ("It was 94 degrees in here at 10 a.m.,", "Keisha Boateng", False, "P1"),
            ("My kids cannot learn like this.", "Keisha Boateng", False, "P1"),
            ("is not related to the content of the video", None, True, "P2"),
            ("They found a reason on the same day,", "Arturo Meléndez", False, "P3"),
        ],
        "posts": [
            ("P1", "Keisha Boateng", "TikTok"),
            ("P2", None, None),
            ("P3", "Arturo Meléndez", "KSEE 24"),
        ],
        "people": ["Keisha Boateng", "Arturo Meléndez"],
    },
    {
        "name": "hurricane-parish-facebook-and-governor",
        "text": (
            "The St. Aurelie Parish Office of Emergency Preparedness ordered residents of three "
            "barrier islands to evacuate by noon Thursday as Hurricane Delphine strengthened in "
            "the Gulf.\n\n"
            "“If you stay, we cannot reach you once the bridge closes,” the office wrote on "
            "Facebook. “Leave now.”\n\n"
            "Gov. Raymond Thibodeaux told a news conference in Baton Rouge that the state had "
            "staged 400 National Guard members along the coast. “This is not a storm to ride "
            "out,” he said.\n\n"
            "One longtime island resident said she was staying put. “My house has been through "
            "six of these,” she said."
        ),
        "quotes": [
            ("If you stay, we cannot reach you once the bridge closes,", None, False, "P1"),
            ("Leave now.", None, False, "P1"),
            ("This is not a storm to ride out,", "Raymond Thibodeaux", False, None),
            ("My house has been through six of these,", None, False, None),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Raymond Thibodeaux"],
    },
    {
        "name": "singer-royalties-lawsuit-label-statement",
        "text": (
            "R&B singer Dashawn Prior sued his former record label, Halcyon Sound, on Monday, "
            "accusing it of withholding $3.2 million in royalties.\n\n"
            "“Halcyon built its catalog on my voice and then stopped paying for it,” the lawsuit "
            "says. It describes the label’s accounting as “a shell game.”\n\n"
            "Halcyon Sound said in a statement that the claims were “baseless” and that it would "
            "“defend itself vigorously.” Its chief executive, Miriam Adler, told Billboard that "
            "Prior had been paid “every cent the contract required.”\n\n"
            "Prior’s lawyer, Femi Adebayo, said outside the courthouse that his client “just "
            "wants what he earned.”"
        ),
        "quotes": [
            (
                "Halcyon built its catalog on my voice and then stopped paying for it,",
                "Dashawn Prior",
                False,
                "P1",
            ),
            ("a shell game.", "Dashawn Prior", True, "P1"),
            ("baseless", None, True, "P2"),
            ("defend itself vigorously.", None, True, "P2"),
            ("every cent the contract required.", "Miriam Adler", True, "P3"),
            ("just wants what he earned.", "Femi Adebayo", True, None),
        ],
        "posts": [
            ("P1", "Dashawn Prior", None),
            ("P2", None, None),
            ("P3", "Miriam Adler", "Billboard"),
        ],
        "people": ["Dashawn Prior", "Miriam Adler", "Femi Adebayo"],
    },
    {
        "name": "council-op-ed-and-company-letter",
        "text": (
            "In an op-ed published Sunday in The Plain Dealer, Cleveland council member Vivian "
            "Osei-Bonsu argued that the city should end its contract with a private towing "
            "company.\n\n"
            "“Residents are paying twice: once in taxes and again at the impound lot,” "
            "Osei-Bonsu wrote.\n\n"
            "The company, Lakeshore Recovery, responded with a letter to the council on Tuesday. "
            "“Our fees are set by city ordinance, not by us,” the letter said, adding that the "
            "company had “never been cited for overcharging.”\n\n"
            "Council President Gregory Halloran said at Monday’s meeting that he would schedule "
            "a hearing on the contract."
        ),
        "quotes": [
            (
                "Residents are paying twice: once in taxes and again at the impound lot,",
                "Vivian Osei-Bonsu",
                False,
                "P1",
            ),
            ("Our fees are set by city ordinance, not by us,", None, False, "P2"),
            ("never been cited for overcharging.", None, True, "P2"),
        ],
        "posts": [("P1", "Vivian Osei-Bonsu", "The Plain Dealer"), ("P2", None, None)],
        "people": ["Vivian Osei-Bonsu", "Gregory Halloran"],
    },
    {
        "name": "midfielder-youtube-apology-league-release",
        "text": (
            "Two days after being sent off for shoving a referee, Harbor City FC midfielder "
            "Mateus Carvalho apologized in a video posted to his YouTube channel.\n\n"
            "“I lost control, and there is no excuse for that,” the 26-year-old said in the video. “The "
            "referee did his job.”\n\n"
            "The Cascadia Premier League announced a four-game suspension in a news release "
            "Thursday, calling the incident “unacceptable conduct toward a match official.”\n\n"
            "Harbor City coach Ingrid Solberg told reporters she had spoken with Carvalho. “He "
            "knows he let the group down,” she said."
        ),
        "quotes": [
            ("I lost control, and there is no excuse for that,", "Mateus Carvalho", False, "P1"),
            ("The referee did his job.", "Mateus Carvalho", False, "P1"),
            ("unacceptable conduct toward a match official.", None, True, "P2"),
            ("He knows he let the group down,", "Ingrid Solberg", False, None),
        ],
        "posts": [("P1", "Mateus Carvalho", "YouTube"), ("P2", None, "press release")],
        "people": ["Mateus Carvalho", "Ingrid Solberg"],
    },
    {
        "name": "comedian-podcast-same-interview-network-statement",
        "text": (
            "Comedian Rafael “Rafi” Quintero said on an episode of the podcast “Late Checkout” "
            "released Wednesday that he had been fired from the sitcom “Hallway Nine” by text "
            "message.\n\n"
            "“Nine seasons, and they ended it with a text,” Quintero told host Simone Achebe. "
            "“Not even a phone call.”\n\n"
            "In the same interview, he said he had no hard feelings toward the cast: “They were "
            "my family for a decade.”\n\n"
            "The network, Brightline, said in a statement that Quintero’s contract had simply not "
            "been renewed."
        ),
        "quotes": [
            ("Nine seasons, and they ended it with a text,", "Rafael Quintero", False, "P1"),
            ("Not even a phone call.", "Rafael Quintero", False, "P1"),
            ("They were my family for a decade.", "Rafael Quintero", False, "P1"),
        ],
        "posts": [("P1", "Rafael Quintero", "Late Checkout"), ("P2", None, None)],
        "people": ["Rafael Quintero", "Simone Achebe"],
    },
    {
        "name": "voter-id-ruling-opinion-dissent-governor-x",
        "text": (
            "A state appeals court on Friday blocked a law that would have required voters in "
            "Maricopa County to show two forms of identification at the polls.\n\n"
            "“The Legislature may regulate elections. It may not ration them,” Judge Anita "
            "Deshpande wrote for the 2-1 majority. In a dissent, Judge Carl Brennan wrote that "
            "the court had “substituted its policy preferences for those of the people’s "
            "representatives.”\n\n"
            "Gov. Lorraine Whitfield said on X that the state would appeal. “This fight is not "
            "over,” she posted.\n\n"
            "The ruling was welcomed by the Arizona Voter Access Coalition, whose director, Benny "
            "Tsosie, said the decision “protects rural and tribal voters.”"
        ),
        "quotes": [
            (
                "The Legislature may regulate elections. It may not ration them,",
                "Anita Deshpande",
                False,
                "P1",
            ),
            (
                "substituted its policy preferences for those of the people’s representatives.",
                "Carl Brennan",
                True,
                "P2",
            ),
            ("This fight is not over,", "Lorraine Whitfield", False, "P3"),
            ("protects rural and tribal voters.", "Benny Tsosie", True, None),
        ],
        "posts": [
            ("P1", "Anita Deshpande", None),
            ("P2", "Carl Brennan", None),
            ("P3", "Lorraine Whitfield", "X"),
        ],
        "people": ["Anita Deshpande", "Carl Brennan", "Lorraine Whitfield", "Benny Tsosie"],
    },
    {
        "name": "university-hiring-freeze-memo-student-paper",
        "text": (
            "The president of Harwick University told faculty in a memo on Monday that the school "
            "would freeze hiring for the next academic year, citing a $40 million shortfall.\n\n"
            "“None of us wanted to write this message, and none of us wanted to read it,” "
            "President Olusegun Bakare wrote. The memo, first reported by the student newspaper, "
            "said cuts to graduate stipends were “off the table.”\n\n"
            "Faculty senate chair Margit Lindqvist told The Harwick Ledger that professors "
            "learned of the freeze “the same way students did — from a leaked email.”\n\n"
            "“We were not consulted once,” she told the paper."
        ),
        "quotes": [
            (
                "None of us wanted to write this message, and none of us wanted to read it,",
                "Olusegun Bakare",
                False,
                "P1",
            ),
            ("off the table.", "Olusegun Bakare", True, "P1"),
            (
                "the same way students did — from a leaked email.",
                "Margit Lindqvist",
                True,
                "P2",
            ),
            ("We were not consulted once,", "Margit Lindqvist", False, "P2"),
        ],
        "posts": [
            ("P1", "Olusegun Bakare", None),
            ("P2", "Margit Lindqvist", "The Harwick Ledger"),
        ],
        "people": ["Olusegun Bakare", "Margit Lindqvist"],
    },
    {
        "name": "wildfire-actor-instagram-wife-shares-briefing",
        "text": (
            "Actor Jonah Whitlock said on Instagram on Tuesday that his family’s home in Topanga "
            "had burned in the Red Canyon fire. “Everyone is safe. That is all that matters "
            "tonight,” he wrote beneath a photo of the charred hillside.\n\n"
            "His wife, the singer Aylin Demir, shared the post to her own account. “Thank you to "
            "every firefighter on that ridge,” she wrote.\n\n"
            "At an evening briefing, Los Angeles County Fire Chief Harold Mbeki said the fire was "
            "15% contained. “We are not out of this yet,” he said."
        ),
        "quotes": [
            ("Everyone is safe. That is all that matters tonight,", "Jonah Whitlock", False, "P1"),
            ("Thank you to every firefighter on that ridge,", "Aylin Demir", False, "P2"),
            ("We are not out of this yet,", "Harold Mbeki", False, None),
        ],
        "posts": [("P1", "Jonah Whitlock", "Instagram"), ("P2", "Aylin Demir", "Instagram")],
        "people": ["Jonah Whitlock", "Aylin Demir", "Harold Mbeki"],
    },
    {
        "name": "fired-coach-tv-show-and-athletic-release",
        "text": (
            "Fired basketball coach Terrence Oyelaran said in an interview with ESPN’s “Outside "
            "the Lines” that aired Sunday that he had been “blindsided” by his dismissal from "
            "Midvale State University.\n\n"
            "“I found out from a reporter’s phone call,” Oyelaran said on the show. “I had a "
            "recruit in my living room at that moment.”\n\n"
            "Athletic director Colleen Marsh said in a news release that the program “needs a "
            "new direction,” and she thanked Oyelaran for “eleven years of service.”\n\n"
            "Asked about the coach’s account at a news conference Monday, Marsh said: “We "
            "followed every step of our process.”"
        ),
        "quotes": [
            ("blindsided", "Terrence Oyelaran", True, "P1"),
            ("I found out from a reporter’s phone call,", "Terrence Oyelaran", False, "P1"),
            (
                "I had a recruit in my living room at that moment.",
                "Terrence Oyelaran",
                False,
                "P1",
            ),
            ("needs a new direction,", "Colleen Marsh", True, "P2"),
            ("eleven years of service.", "Colleen Marsh", True, "P2"),
            ("We followed every step of our process.", "Colleen Marsh", False, None),
        ],
        "posts": [
            ("P1", "Terrence Oyelaran", "Outside the Lines"),
            ("P2", None, "press release"),
        ],
        "people": ["Terrence Oyelaran", "Colleen Marsh"],
    },
    {
        "name": "snowstorm-mayor-radio-nextdoor-reply",
        "text": (
            "After a storm dropped 40 inches of snow on parts of Erie County, Lackawanna Mayor "
            "Teodor Kowalczyk defended the city’s plowing on WBEN radio Wednesday morning. “We "
            "had every truck we own on the road by 2 a.m.,” he said on the air.\n\n"
            "Not everyone agreed. “Our street has not seen a plow in three days,” a resident of "
            "Ridge Road wrote on Nextdoor, in a post that drew more than 300 replies. One of them, "
            "from neighbor Gloria Funes, read: “Same on Electric Avenue. We shoveled it "
            "ourselves.”\n\n"
            "Kowalczyk said later at City Hall that crews would reach every side street by "
            "Friday."
        ),
        "quotes": [
            ("We had every truck we own on the road by 2 a.m.,", "Teodor Kowalczyk", False, "P1"),
            ("Our street has not seen a plow in three days,", None, False, "P2"),
            ("Same on Electric Avenue. We shoveled it ourselves.", "Gloria Funes", False, "P2"),
        ],
        "posts": [("P1", "Teodor Kowalczyk", "WBEN"), ("P2", None, "Nextdoor")],
        "people": ["Teodor Kowalczyk", "Gloria Funes"],
    },
    {
        "name": "governor-tuition-release-rival-threads",
        "text": (
            "Gov. Adaeze Nwankwo’s office announced in a press release Tuesday that the state "
            "would cover tuition at community colleges for residents earning under $80,000. “No "
            "one should be priced out of a second chance,” Nwankwo said in the release.\n\n"
            "Her likely Republican challenger, businessman Curtis Vandermeer, mocked the plan on "
            "Threads. “Free for you, paid for by your neighbors,” he posted.\n\n"
            "In a second post, Vandermeer called the program “an election-year bribe.”"
        ),
        "quotes": [
            ("No one should be priced out of a second chance,", "Adaeze Nwankwo", False, "P1"),
            ("Free for you, paid for by your neighbors,", "Curtis Vandermeer", False, "P2"),
            ("an election-year bribe.", "Curtis Vandermeer", True, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Curtis Vandermeer", "Threads"),
            ("P3", "Curtis Vandermeer", "Threads"),
        ],
        "people": ["Adaeze Nwankwo", "Curtis Vandermeer"],
    },
    {
        "name": "murder-verdict-courthouse-no-posts",
        "text": (
            "A Jefferson County jury on Thursday convicted Lucas Brandvold, 34, of second-degree "
            "murder in the 2023 shooting of a convenience store clerk, Rajesh Pillai.\n\n"
            "“Justice doesn’t bring him back, but today it showed up,” his daughter, Ananya "
            "Pillai, told reporters outside the courthouse.\n\n"
            "Defense attorney Moira Gallagher said her client would appeal. “The jury never heard "
            "the full story,” she said.\n\n"
            "Prosecutor Yusuf Demirci called the verdict “the right one” during brief remarks on "
            "the courthouse steps."
        ),
        "quotes": [
            (
                "Justice doesn’t bring him back, but today it showed up,",
                "Ananya Pillai",
                False,
                None,
            ),
            ("The jury never heard the full story,", "Moira Gallagher", False, None),
            ("the right one", "Yusuf Demirci", True, None),
        ],
        "posts": [],
        "people": [
            "Lucas Brandvold",
            "Rajesh Pillai",
            "Ananya Pillai",
            "Moira Gallagher",
            "Yusuf Demirci",
        ],
    },
    {
        "name": "influencer-brand-feud-five-posts",
        "text": (
            "The feud between beauty influencer Kiara Santos and makeup brand Lumière Cosmetics "
            "escalated this week, playing out across at least four platforms.\n\n"
            "It began Monday, when Santos posted a YouTube video accusing the brand of copying her "
            "palette. “Same shades, same names, same packaging. Just no credit,” she said in the "
            "video.\n\n"
            "Lumière responded on X: “Our palette was in development 18 months before hers.”\n\n"
            "Santos fired back on TikTok on Tuesday, holding up dated sketches. “Eighteen months? "
            "Here’s two years,” she said in the clip.\n\n"
            "Lumière founder Hélène Marchetti then posted a long statement on Instagram, writing "
            "that she was “heartbroken to see our team attacked.” Under the post, fellow "
            "influencer Dev Chaudhary commented: “Show the receipts or sit down.”\n\n"
            "On Wednesday, a lawyer for Santos sent the company a cease-and-desist letter "
            "demanding that it “remove all infringing products from sale within 14 days.”"
        ),
        "quotes": [
            (
                "Same shades, same names, same packaging. Just no credit,",
                "Kiara Santos",
                False,
                "P1",
            ),
            ("Our palette was in development 18 months before hers.", None, False, "P2"),
            ("Eighteen months? Here’s two years,", "Kiara Santos", False, "P3"),
            ("heartbroken to see our team attacked.", "Hélène Marchetti", True, "P4"),
            ("Show the receipts or sit down.", "Dev Chaudhary", False, "P4"),
            ("remove all infringing products from sale within 14 days.", None, True, "P5"),
        ],
        "posts": [
            ("P1", "Kiara Santos", "YouTube"),
            ("P2", None, "X"),
            ("P3", "Kiara Santos", "TikTok"),
            ("P4", "Hélène Marchetti", "Instagram"),
            ("P5", None, None),
        ],
        "people": ["Kiara Santos", "Hélène Marchetti", "Dev Chaudhary"],
    },
    {
        "name": "school-closures-board-meeting-two-paragraph-quote",
        "text": (
            "Parents packed a Westbrook school board meeting Tuesday night to protest a plan to "
            "close two elementary schools.\n\n"
            "“You are asking 7-year-olds to ride a bus for 50 minutes each way. I want every one "
            "of you to try it first.\n\n"
            "“Then vote,” Farah Haddad, a mother of three, told the board.\n\n"
            "Superintendent Glenn Asante defended the plan. “We have 1,100 empty seats across the "
            "district, and we are paying to heat every one of them,” he said.\n\n"
            "Haddad had organized the turnout through a Facebook group, where she wrote last week "
            "that parents should “bring your kids and bring your questions.”"
        ),
        "quotes": [
            (
                "You are asking 7-year-olds to ride a bus for 50 minutes each way. I want every "
                "one of you to try it first.",
                "Farah Haddad",
                False,
                None,
            ),
            ("Then vote,", "Farah Haddad", False, None),
            (
                "We have 1,100 empty seats across the district, and we are paying to heat every "
                "one of them,",
                "Glenn Asante",
                False,
                None,
            ),
            ("bring your kids and bring your questions.", "Farah Haddad", True, "P1"),
        ],
        "posts": [("P1", "Farah Haddad", "Facebook")],
        "people": ["Farah Haddad", "Glenn Asante"],
    },
    {
        "name": "pop-singer-magazine-producer-bluesky",
        "text": (
            "In a cover interview with Rolling Stone published Tuesday, pop singer Yuna Takahashi "
            "said she had written her new album “in a closet in my mom’s apartment.”\n\n"
            "“I didn’t want a studio. I wanted walls close enough to touch,” the 23-year-old "
            "told the magazine.\n\n"
            "Her former producer, Marcus Lindgren, pushed back on Bluesky. “Half those songs were "
            "cut in my studio in Stockholm. Love her, but facts,” he wrote.\n\n"
            "Takahashi did not respond directly. In a TikTok video posted Wednesday, she simply "
            "played the album’s closing song, “Closet Light,” on a ukulele."
        ),
        "quotes": [
            ("in a closet in my mom’s apartment.", "Yuna Takahashi", True, "P1"),
            (
                "I didn’t want a studio. I wanted walls close enough to touch,",
                "Yuna Takahashi",
                False,
                "P1",
            ),
            (
                "Half those songs were cut in my studio in Stockholm. Love her, but facts,",
                "Marcus Lindgren",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Yuna Takahashi", "Rolling Stone"),
            ("P2", "Marcus Lindgren", "Bluesky"),
            ("P3", "Yuna Takahashi", "TikTok"),
        ],
        "people": ["Yuna Takahashi", "Marcus Lindgren"],
    },
    {
        "name": "county-recount-statement-tv-straight-quotes",
        "text": (
            "The race for Dane County executive is headed to a recount after Tuesday's results "
            "left Patricia Lindholm ahead of Omar Farouk by 212 votes.\n\n"
            'Farouk requested the recount in a statement Thursday. "Every voter deserves to know '
            'their ballot was counted correctly," he said in the statement. "This is not about '
            'me."\n\n'
            'Lindholm told WKOW-TV she was confident the margin would hold. "Recounts rarely move '
            'more than a few dozen votes," she said in the interview.\n\n'
            "County Clerk Sharon Kuehl told reporters the recount would begin Monday and take "
            "about a week."
        ),
        "quotes": [
            (
                "Every voter deserves to know their ballot was counted correctly,",
                "Omar Farouk",
                False,
                "P1",
            ),
            ("This is not about me.", "Omar Farouk", False, "P1"),
            ("Recounts rarely move more than a few dozen votes,", "Patricia Lindholm", False, "P2"),
        ],
        "posts": [("P1", "Omar Farouk", None), ("P2", "Patricia Lindholm", "WKOW-TV")],
        "people": ["Patricia Lindholm", "Omar Farouk", "Sharon Kuehl"],
    },
    {
        "name": "flood-engineer-substack-mayor-paper-author-reply",
        "text": (
            "Three months after floodwaters swamped downtown Marlow, former city engineer Ingrid "
            "Pétursdóttir published an essay on Substack arguing that the city ignored warnings "
            "about its levee for a decade.\n\n"
            "“I warned them in 2016. I warned them again in 2019. Nobody listened past the first "
            "page,” she wrote. She called the city’s so-called “resilience plan” little more than "
            "new signage.\n\n"
            "Mayor Dennis “Bud” Carrow called the essay “revisionist” in an interview with The "
            "Marlow Courier. “Ingrid had every chance to raise this at council, and she never "
            "did,” Carrow told the paper.\n\n"
            "Pétursdóttir replied in the comments under her essay: “I raised it in writing. Twice. "
            "It’s all attached above.”"
        ),
        "quotes": [
            (
                "I warned them in 2016. I warned them again in 2019. Nobody listened past the "
                "first page,",
                "Ingrid Pétursdóttir",
                False,
                "P1",
            ),
            ("revisionist", "Dennis Carrow", True, "P2"),
            (
                "Ingrid had every chance to raise this at council, and she never did,",
                "Dennis Carrow",
                False,
                "P2",
            ),
            (
                "I raised it in writing. Twice. It’s all attached above.",
                "Ingrid Pétursdóttir",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Ingrid Pétursdóttir", "Substack"),
            ("P2", "Dennis Carrow", "The Marlow Courier"),
        ],
        "people": ["Ingrid Pétursdóttir", "Dennis Carrow"],
    },
]
