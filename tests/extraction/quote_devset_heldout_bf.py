"""The fifty-second self-made dev set, held out (BF): its first run is an unseen estimate.

Written with set BG, without reading the extraction rules, and committed before
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
- Honorifics, offices and titles before a name (Sen., Rep., Gov., Dr., the Rev.,
  Superintendent, Commissioner, Judge) are not part of the canonical name, and a
  nickname in marks inside a name (Raymond "Buck" Tillotson) is left out of the
  name and is not a quote.
- A quote-post on X is a new X post by the person quote-posting, not a comment
  under the post it quotes; sharing an essay on X "with a comment of his own" and
  sharing a screenshot of a LinkedIn exchange on X are likewise new X posts by
  the sharer.
- A reply left under a post (Facebook, Threads, Bluesky) is a comment under it:
  its post is the post replied to and its speaker the replier, even when the
  replier is the subject or the author of another post in the story (the
  actress replying under the show creator's Threads post).
- A "second post" on the same platform keeps that platform when the platform is
  only implied ("She posted again", "wrote a second post").
- A podcast appearance is one post with the guest as author and the show as
  platform; a host's question quoted from the episode is the host's quote linked
  to that post, and the guest's answers in the same reported exchange ("Vance
  answered", "she said on the show") stay with it.
- A cable show named with its network (CNN's "State of the Union") has the show
  as platform, as NPR's shows do; a TV station or channel named alone (WSB-TV,
  Bloomberg Television) is the platform.
- A lowercase "the" before a newspaper's name is not part of the platform
  ("told the Houston Chronicle" -> "Houston Chronicle", "the Star Tribune" ->
  "Star Tribune"); a capitalised "The" that is part of the name as written is
  kept ("The Washington Post", "The Columbus Dispatch").
- A quote that directly continues, in the same paragraph, a quote just tied to a
  post (the next sentence after "the 39-year-old said" in the Instagram Live, or
  after "told NPR's All Things Considered") keeps that post.
- A sentence split by its attribution ("...," she said, "and ...") gives two
  quotes, and neither is partial: the second half is the rest of a full
  utterance, not a fragment inside narration.
- A caption, the words posted with a clip, a one-word reply given whole
  ("a single word: ...") and a comment given whole are not partial.
- A statement, press release or earnings release that is reported but not
  quoted is still a post.
- A named executive quoted "in the statement" or "in the release" is the
  speaker of the quote, while the post's author stays None.
- A letter from a regulator (an agency, no signer named) is the agency's post:
  author None, platform None; a letter to families written by a named
  superintendent is his post (platform None), and "the letter said" ties the
  quote to it.
- A league's memo to athletic directors and a monitoring network's report are
  the organisation's posts (author None, platform None); the words they "say"
  are spoken by None.
- A judge's written opinion is the judge's post (platform None); what the same
  judge asked at an earlier hearing has post None.
- A lawsuit filed by a named person is that person's post, and "the complaint"
  after "the lawsuit" is the same post; a company's lawsuit has author None, and
  the words it says are spoken by None.
- A post in a private Facebook group by an unnamed parent is a Facebook post
  with author None; the question she "asked" right after "wrote" belongs to it.
- A description of an unnamed person ("one resident, a retired charter boat
  captain"; "a department spokeswoman") speaks as None.
- "What he called '...'" quotes the speaker's own words: a partial quote, not a
  scare quote; a show or film title in marks is not a quote.
- A spokesman asked about a post at a briefing speaks at the briefing: his words
  have post None.
- A person named but never quoted (the podcast's second host) is still listed in
  people.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_BF: list[dict] = [
    {
        "name": "senator-x-quote-post-nominee",
        "text": (
            "Sen. Marisol Etxeberria, a Nevada Democrat, said on X on Tuesday that she would "
            "block the nomination of Grant Whitcombe to lead the Bureau of Land Management. “He "
            "has never met a drilling lease he didn’t like,” she wrote.\n\n"
            "Whitcombe answered within the hour, quote-posting her message with one line of his "
            "own: “I look forward to meeting the senator and proving her wrong.”\n\n"
            "Rep. Calvin Osei, an Ohio Republican who sits on the House Natural Resources "
            "Committee, quote-posted the nominee in turn. “Proving her wrong starts with "
            "returning her calls,” Osei wrote.\n\n"
            "Asked about the exchange at the Capitol on Wednesday, Etxeberria told reporters she "
            "had asked Whitcombe for a meeting three times since March. “Not one reply,” she "
            "said."
        ),
        "quotes": [
            (
                "He has never met a drilling lease he didn’t like,",
                "Marisol Etxeberria",
                False,
                "P1",
            ),
            (
                "I look forward to meeting the senator and proving her wrong.",
                "Grant Whitcombe",
                False,
                "P2",
            ),
            ("Proving her wrong starts with returning her calls,", "Calvin Osei", False, "P3"),
            ("Not one reply,", "Marisol Etxeberria", False, None),
        ],
        "posts": [
            ("P1", "Marisol Etxeberria", "X"),
            ("P2", "Grant Whitcombe", "X"),
            ("P3", "Calvin Osei", "X"),
        ],
        "people": ["Marisol Etxeberria", "Grant Whitcombe", "Calvin Osei"],
    },
    {
        "name": "former-immigration-judge-lawsuit",
        "text": (
            "A former immigration judge sued the Justice Department on Monday, saying she was "
            "pushed off the bench for granting asylum too often.\n\n"
            "In the lawsuit, filed in federal court in Washington, Adaeze Nwachukwu says that "
            "after her grant rate rose above 40%, supervisors began treating her as “a problem to "
            "be managed.” She served in Houston for 11 years.\n\n"
            "“I was asked to decide cases faster and to decide them one way,” the complaint says. "
            "“I refused to do the second.”\n\n"
            "The department said in a statement that it does not comment on pending litigation.\n\n"
            "Nwachukwu, 61, told the Houston Chronicle that she had kept notes of every meeting. "
            "“I was a judge. I know what evidence looks like,” she said.\n\n"
            "Her lawyer, Tobias Lindqvist, told reporters outside the courthouse that the case "
            "was about more than one judge. “Every person in that courtroom deserves a judge who "
            "is not counting,” he said."
        ),
        "quotes": [
            ("a problem to be managed.", "Adaeze Nwachukwu", True, "P1"),
            (
                "I was asked to decide cases faster and to decide them one way,",
                "Adaeze Nwachukwu",
                False,
                "P1",
            ),
            ("I refused to do the second.", "Adaeze Nwachukwu", False, "P1"),
            ("I was a judge. I know what evidence looks like,", "Adaeze Nwachukwu", False, "P3"),
            (
                "Every person in that courtroom deserves a judge who is not counting,",
                "Tobias Lindqvist",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", "Adaeze Nwachukwu", None),
            ("P2", None, None),
            ("P3", "Adaeze Nwachukwu", "Houston Chronicle"),
        ],
        "people": ["Adaeze Nwachukwu", "Tobias Lindqvist"],
    },
    {
        "name": "shelter-pastor-facebook-comments",
        "text": (
            "The pastor of a church in McAllen, Texas, that has sheltered migrants for a decade "
            "announced on Facebook on Sunday that it would close its doors at the end of the "
            "month.\n\n"
            "“We have run out of money, and we have run out of volunteers who are not exhausted,” "
            "the Rev. Joaquín Ibarra-Soto wrote.\n\n"
            "More than 400 people commented under the post within a day. “You fed my brother when "
            "nobody else would,” wrote Yesenia Castañeda, who lives in nearby Pharr. Another "
            "commenter asked whether the city could step in.\n\n"
            "City Commissioner Derek Hollins replied under the post that the commission would "
            "take up the shelter’s future at its next meeting. “Nobody wants people sleeping at "
            "the bus station again,” he wrote.\n\n"
            "On Tuesday, Ibarra-Soto wrote a second post thanking donors. “Forty-one thousand "
            "dollars in two days. God is not finished with this place,” it said.\n\n"
            "Reached by phone, the pastor said he was grateful for the commissioner’s reply but "
            "wanted a commitment. “A meeting is not a lease,” he said."
        ),
        "quotes": [
            (
                "We have run out of money, and we have run out of volunteers who are not exhausted,",
                "Joaquín Ibarra-Soto",
                False,
                "P1",
            ),
            ("You fed my brother when nobody else would,", "Yesenia Castañeda", False, "P1"),
            (
                "Nobody wants people sleeping at the bus station again,",
                "Derek Hollins",
                False,
                "P1",
            ),
            (
                "Forty-one thousand dollars in two days. God is not finished with this place,",
                "Joaquín Ibarra-Soto",
                False,
                "P2",
            ),
            ("A meeting is not a lease,", "Joaquín Ibarra-Soto", False, None),
        ],
        "posts": [
            ("P1", "Joaquín Ibarra-Soto", "Facebook"),
            ("P2", "Joaquín Ibarra-Soto", "Facebook"),
        ],
        "people": ["Joaquín Ibarra-Soto", "Yesenia Castañeda", "Derek Hollins"],
    },
    {
        "name": "substack-essay-wildfire-costs",
        "text": (
            "Priyanka Deshmukh, who led the state’s Public Utilities Commission until January, "
            "argued in a Substack essay published Thursday that utilities should be barred from "
            "passing wildfire costs on to customers.\n\n"
            "“Ratepayers did not choose where the lines were built, and they did not skip the "
            "inspections,” Deshmukh wrote. In the same essay, she called the current arrangement "
            "“insurance paid for by the insured against the insurer.”\n\n"
            "Harlan Boyce, chief executive of Sierra Crest Power, shared the essay on X with a "
            "comment of his own: “Easy to write once you no longer have to keep the lights on.”\n\n"
            "At a legislative hearing the following Tuesday, state Sen. Lucia Ferreira-Grant read "
            "both posts aloud. “I think they are each half right,” she said, “and the customers "
            "are wholly stuck.”\n\n"
            "She later posted a clip of the exchange on X with the words “Fix it this session.”"
        ),
        "quotes": [
            (
                "Ratepayers did not choose where the lines were built, and they did not skip the inspections,",
                "Priyanka Deshmukh",
                False,
                "P1",
            ),
            (
                "insurance paid for by the insured against the insurer.",
                "Priyanka Deshmukh",
                True,
                "P1",
            ),
            (
                "Easy to write once you no longer have to keep the lights on.",
                "Harlan Boyce",
                False,
                "P2",
            ),
            ("I think they are each half right,", "Lucia Ferreira-Grant", False, None),
            ("and the customers are wholly stuck.", "Lucia Ferreira-Grant", False, None),
            ("Fix it this session.", "Lucia Ferreira-Grant", False, "P3"),
        ],
        "posts": [
            ("P1", "Priyanka Deshmukh", "Substack"),
            ("P2", "Harlan Boyce", "X"),
            ("P3", "Lucia Ferreira-Grant", "X"),
        ],
        "people": ["Priyanka Deshmukh", "Harlan Boyce", "Lucia Ferreira-Grant"],
    },
    {
        "name": "regulator-letter-bank-branch-freeze",
        "text": (
            "Federal regulators have ordered Harbor Mutual Bank to stop opening branches until it "
            "fixes weaknesses in its anti-money-laundering controls, according to a letter the "
            "bank made public on Friday.\n\n"
            "The letter, from the Office of the Comptroller of the Currency, says the bank’s "
            "monitoring system left “thousands of alerts unreviewed for more than a year” and "
            "gives it 90 days to submit a plan. “The board has not exercised adequate oversight "
            "of management,” the letter says.\n\n"
            "Harbor Mutual said in a statement that it had hired 200 compliance staff since the "
            "spring. “We take these findings seriously and have been working with our regulators "
            "for months,” chief executive Rosalind Achterberg said in the statement.\n\n"
            "Sen. Everett Mabry, a Republican on the Banking Committee, wrote on X that the order "
            "was overdue. “Regulators saw this coming two years ago,” he wrote.\n\n"
            "Shares fell 6%. “Ninety days is tight but doable,” said Kwame Asante-Boateng, a bank "
            "analyst at Brightwater Securities."
        ),
        "quotes": [
            ("thousands of alerts unreviewed for more than a year", None, True, "P1"),
            ("The board has not exercised adequate oversight of management,", None, False, "P1"),
            (
                "We take these findings seriously and have been working with our regulators for months,",
                "Rosalind Achterberg",
                False,
                "P2",
            ),
            ("Regulators saw this coming two years ago,", "Everett Mabry", False, "P3"),
            ("Ninety days is tight but doable,", "Kwame Asante-Boateng", False, None),
        ],
        "posts": [("P1", None, None), ("P2", None, None), ("P3", "Everett Mabry", "X")],
        "people": ["Rosalind Achterberg", "Everett Mabry", "Kwame Asante-Boateng"],
    },
    {
        "name": "director-instagram-live-recut",
        "text": (
            "The director of the summer thriller “Salt Harbor” says the studio cut 22 minutes "
            "from her film without telling her.\n\n"
            "Noor Al-Hashimi made the claim in an Instagram Live on Saturday night, speaking to "
            "about 30,000 viewers from her kitchen table. “I found out from a trailer, like "
            "everybody else,” the 39-year-old said. “That is not how you treat someone you hired "
            "to make a movie.”\n\n"
            "The film’s star, Benedikt Arnarsson, posted a photo of the two of them on set to "
            "Instagram the next morning with the caption “Director’s cut or nothing.”\n\n"
            "Under that post, his co-star Tamsin Okoye-Reid left a comment: “Standing with Noor. "
            "Always.”\n\n"
            "Meridian Pictures said in a statement that the released version “reflects the input "
            "of many creative partners” and that it was proud of the film."
        ),
        "quotes": [
            ("I found out from a trailer, like everybody else,", "Noor Al-Hashimi", False, "P1"),
            (
                "That is not how you treat someone you hired to make a movie.",
                "Noor Al-Hashimi",
                False,
                "P1",
            ),
            ("Director’s cut or nothing.", "Benedikt Arnarsson", False, "P2"),
            ("Standing with Noor. Always.", "Tamsin Okoye-Reid", False, "P2"),
            ("reflects the input of many creative partners", None, True, "P3"),
        ],
        "posts": [
            ("P1", "Noor Al-Hashimi", "Instagram"),
            ("P2", "Benedikt Arnarsson", "Instagram"),
            ("P3", None, None),
        ],
        "people": ["Noor Al-Hashimi", "Benedikt Arnarsson", "Tamsin Okoye-Reid"],
    },
    {
        "name": "hockey-coach-youtube-apology-straight",
        "text": (
            "A youth hockey coach in suburban Minneapolis who was suspended after a video showed "
            "him shoving a 12-year-old player posted an apology on his YouTube channel on "
            "Wednesday.\n\n"
            '"I grabbed a kid by the jersey and I pushed him, and there is no version of that '
            "where I'm the good guy,\" Brent Halvorsen said in the eight-minute video. He said he "
            "had started anger counseling.\n\n"
            'The Lakeview Youth Hockey Association wrote on its Facebook page that "the review '
            'will proceed as scheduled." Association president Ingrid Solberg went further. "An '
            'apology is not a hearing," she told the Star Tribune.\n\n'
            "At a packed board meeting on Thursday, the boy's mother, Dana Whitfield, said she "
            'had not watched the video. "He can talk to the camera all he wants," she said.'
        ),
        "quotes": [
            (
                "I grabbed a kid by the jersey and I pushed him, and there is no version of that where I'm the good guy,",
                "Brent Halvorsen",
                False,
                "P1",
            ),
            ("the review will proceed as scheduled.", None, True, "P2"),
            ("An apology is not a hearing,", "Ingrid Solberg", False, "P3"),
            ("He can talk to the camera all he wants,", "Dana Whitfield", False, None),
        ],
        "posts": [
            ("P1", "Brent Halvorsen", "YouTube"),
            ("P2", None, "Facebook"),
            ("P3", "Ingrid Solberg", "Star Tribune"),
        ],
        "people": ["Brent Halvorsen", "Ingrid Solberg", "Dana Whitfield"],
    },
    {
        "name": "governor-podcast-two-hosts",
        "text": (
            "Gov. Teodora Vance of Michigan said she had “no interest, zero” in running for "
            "president in 2028 during an appearance on the podcast “Split Ticket,” whose hosts, "
            "Marcus Bellweather and Jun Takahashi, are both former campaign aides.\n\n"
            "Bellweather pressed her twice on the episode. “You know nobody believes that, "
            "right?” he asked.\n\n"
            "“People can believe what they like,” Vance answered.\n\n"
            "When Takahashi pointed out that she had visited New Hampshire twice this year, the "
            "governor laughed. “My sister lives there,” she said on the show.\n\n"
            "Her office declined to comment further on Monday."
        ),
        "quotes": [
            ("no interest, zero", "Teodora Vance", True, "P1"),
            ("You know nobody believes that, right?", "Marcus Bellweather", False, "P1"),
            ("People can believe what they like,", "Teodora Vance", False, "P1"),
            ("My sister lives there,", "Teodora Vance", False, "P1"),
        ],
        "posts": [("P1", "Teodora Vance", "Split Ticket")],
        "people": ["Teodora Vance", "Marcus Bellweather", "Jun Takahashi"],
    },
    {
        "name": "asylum-office-public-radio",
        "text": (
            "The head of the federal asylum office in Chicago says the number of pending cases "
            "there has passed 90,000, the highest of any office in the country.\n\n"
            "“We are scheduling interviews for people who applied in 2019,” Renata Szymańska told "
            "NPR’s “All Things Considered” on Tuesday. “Behind every one of those numbers is "
            "someone who cannot plan a life.”\n\n"
            "Szymańska said her office had lost a fifth of its officers to retirement since 2022.\n\n"
            "The Department of Homeland Security announced in a news release later that day that "
            "it would move 60 officers to Chicago from other offices. Rep. Ana Lucía Benavides, "
            "whose district includes the city’s Little Village neighborhood, responded on X. "
            "“Sixty officers for 90,000 cases. Do the math,” she wrote.\n\n"
            "Asked about her post at a briefing on Wednesday, department spokesman Elliot "
            "Marchetti called the transfer “a first step, not a fix.”"
        ),
        "quotes": [
            (
                "We are scheduling interviews for people who applied in 2019,",
                "Renata Szymańska",
                False,
                "P1",
            ),
            (
                "Behind every one of those numbers is someone who cannot plan a life.",
                "Renata Szymańska",
                False,
                "P1",
            ),
            ("Sixty officers for 90,000 cases. Do the math,", "Ana Lucía Benavides", False, "P3"),
            ("a first step, not a fix.", "Elliot Marchetti", True, None),
        ],
        "posts": [
            ("P1", "Renata Szymańska", "All Things Considered"),
            ("P2", None, "press release"),
            ("P3", "Ana Lucía Benavides", "X"),
        ],
        "people": ["Renata Szymańska", "Ana Lucía Benavides", "Elliot Marchetti"],
    },
    {
        "name": "teachers-union-release-tiktok",
        "text": (
            "The union representing 4,100 teachers in Portland, Oregon, has voted to authorize a "
            "strike, it said in a press release on Wednesday night.\n\n"
            "“Our members did not take this vote lightly,” union president Carmen Delacroix-Webb "
            "said in the release. The release said 93% of members who voted had backed the "
            "authorization.\n\n"
            "Kindergarten teacher Mei-Ling Okonjo, whose TikTok videos about her classroom have "
            "300,000 followers, posted a video from an empty room that evening. “Thirty-one "
            "chairs. One of me,” she says in it.\n\n"
            "Superintendent Olufemi Adeyinka told reporters on Thursday that the district had "
            "offered a 4% raise. “We are at the table every day, and we will be there tomorrow,” "
            "he said.\n\n"
            "The union’s state affiliate, the Oregon Educators Alliance, wrote on Facebook that "
            "it stood behind the vote. “Portland educators have our full support,” the post said."
        ),
        "quotes": [
            ("Our members did not take this vote lightly,", "Carmen Delacroix-Webb", False, "P1"),
            ("Thirty-one chairs. One of me,", "Mei-Ling Okonjo", False, "P2"),
            (
                "We are at the table every day, and we will be there tomorrow,",
                "Olufemi Adeyinka",
                False,
                None,
            ),
            ("Portland educators have our full support,", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Mei-Ling Okonjo", "TikTok"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Carmen Delacroix-Webb", "Mei-Ling Okonjo", "Olufemi Adeyinka"],
    },
    {
        "name": "attorney-general-cable-interview-fallout",
        "text": (
            "Attorney General Lorenzo Baptiste defended his decision to drop the bribery case "
            "against a former congressman in an interview on CNN’s “State of the Union” on "
            "Sunday.\n\n"
            "“The evidence did not support the charge. That is the whole story,” Baptiste said on "
            "the program. Asked in the same interview whether the White House had weighed in, he "
            "said: “Not once. Not a call, not a note.”\n\n"
            "Hours later, Rep. Shauna McAllister, the top Democrat on the House Judiciary "
            "Committee, posted on X that she had asked the department for the case file. “If the "
            "evidence was so thin, show us,” she wrote.\n\n"
            "She posted again on Monday morning, after the department let her deadline pass: "
            "“Still waiting.”\n\n"
            "The former congressman, Dale Pruett, thanked Baptiste in a Facebook post. “Justice "
            "was done,” he wrote. A department spokeswoman told reporters on Monday that it would "
            "answer McAllister “through the appropriate channels.”\n\n"
            "Retired federal judge Miriam Castellanos-Ruiz wrote in an op-ed in The Washington "
            "Post on Tuesday that the dismissal was “unusual but not unprecedented.”"
        ),
        "quotes": [
            (
                "The evidence did not support the charge. That is the whole story,",
                "Lorenzo Baptiste",
                False,
                "P1",
            ),
            ("Not once. Not a call, not a note.", "Lorenzo Baptiste", False, "P1"),
            ("If the evidence was so thin, show us,", "Shauna McAllister", False, "P2"),
            ("Still waiting.", "Shauna McAllister", False, "P3"),
            ("Justice was done,", "Dale Pruett", False, "P4"),
            ("through the appropriate channels.", None, True, None),
            ("unusual but not unprecedented.", "Miriam Castellanos-Ruiz", True, "P5"),
        ],
        "posts": [
            ("P1", "Lorenzo Baptiste", "State of the Union"),
            ("P2", "Shauna McAllister", "X"),
            ("P3", "Shauna McAllister", "X"),
            ("P4", "Dale Pruett", "Facebook"),
            ("P5", "Miriam Castellanos-Ruiz", "The Washington Post"),
        ],
        "people": [
            "Lorenzo Baptiste",
            "Shauna McAllister",
            "Dale Pruett",
            "Miriam Castellanos-Ruiz",
        ],
    },
    {
        "name": "offshore-wind-town-hall",
        "text": (
            "Residents of Ocean Pines packed a town hall on Monday to question the developer of a "
            "60-turbine wind farm planned 15 miles off the Maryland coast.\n\n"
            "“You are asking us to stare at this for 30 years,” one resident, a retired charter "
            "boat captain, told the company’s representatives. “At least tell us what it will do "
            "to the fish.”\n\n"
            "Eastwind Renewables project director Sunil Varadarajan said the company had paid for "
            "two independent fisheries studies. “We will publish both, in full, whatever they "
            "say,” he said.\n\n"
            "In a statement after the meeting, the company said it had “heard the community’s "
            "concerns clearly.” Worcester County Commissioner Hattie Lambright, who opposes the "
            "project, was less charitable in a post on Nextdoor: “They heard us. They did not "
            "listen.”\n\n"
            "The state’s energy secretary, Delphine Arceneaux, wrote on X on Tuesday that the "
            "project would power 400,000 homes. “Maryland cannot meet its climate goals with "
            "wishes,” she wrote."
        ),
        "quotes": [
            ("You are asking us to stare at this for 30 years,", None, False, None),
            ("At least tell us what it will do to the fish.", None, False, None),
            ("We will publish both, in full, whatever they say,", "Sunil Varadarajan", False, None),
            ("heard the community’s concerns clearly.", None, True, "P1"),
            ("They heard us. They did not listen.", "Hattie Lambright", False, "P2"),
            (
                "Maryland cannot meet its climate goals with wishes,",
                "Delphine Arceneaux",
                False,
                "P3",
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Hattie Lambright", "Nextdoor"),
            ("P3", "Delphine Arceneaux", "X"),
        ],
        "people": ["Sunil Varadarajan", "Hattie Lambright", "Delphine Arceneaux"],
    },
    {
        "name": "bank-earnings-call-activist-investor",
        "text": (
            "Calder & Finch Bancorp reported a 40% drop in quarterly profit on Thursday, and its "
            "chief executive spent much of a call with analysts defending the bank’s commercial "
            "real estate loans.\n\n"
            "“We are not a bank with an office problem. We are a bank with a few office loans,” "
            "Yitzhak Abramowitz told analysts. The earnings release put the lender’s provisions "
            "for bad loans at $312 million, up from $88 million a year earlier.\n\n"
            "Activist investor Serena Moreau-Quist, whose fund owns 3% of the bank, posted on X "
            "while the call was still going. “A few office loans. $312 million. Pick one,” she "
            "wrote.\n\n"
            "In an interview with Bloomberg Television later in the day, Moreau-Quist said she "
            "would seek two board seats. “This board has been asleep for three years,” she said.\n\n"
            "Ji-yeon Park, an analyst at Halvard & Stone, wrote in a note to clients on Friday "
            "that the investor “has a point about the board, less of one about the loans.”"
        ),
        "quotes": [
            (
                "We are not a bank with an office problem. We are a bank with a few office loans,",
                "Yitzhak Abramowitz",
                False,
                None,
            ),
            ("A few office loans. $312 million. Pick one,", "Serena Moreau-Quist", False, "P2"),
            ("This board has been asleep for three years,", "Serena Moreau-Quist", False, "P3"),
            (
                "has a point about the board, less of one about the loans.",
                "Ji-yeon Park",
                True,
                "P4",
            ),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Serena Moreau-Quist", "X"),
            ("P3", "Serena Moreau-Quist", "Bloomberg Television"),
            ("P4", "Ji-yeon Park", None),
        ],
        "people": ["Yitzhak Abramowitz", "Serena Moreau-Quist", "Ji-yeon Park"],
    },
    {
        "name": "actress-leaving-magazine-threads",
        "text": (
            "Leilani Kahananui, who has played a homicide detective on “Harbor Division” for nine "
            "seasons, is leaving the show.\n\n"
            "“I walked onto that set at 26 and I’m walking off at 35. I gave it my twenties, and "
            "I don’t regret a single week of them.\n\n"
            "“But I want to find out who I am when I’m not holding a badge,” the actress told "
            "Vanity Fair in an interview published Wednesday.\n\n"
            "The show’s creator, Augustin Ferrer-Lyle, posted on Threads that the writers had "
            "known for a year. “We built her a proper goodbye. You’ll see,” he wrote. Kahananui "
            "replied under his post with a single word: “Crying.”\n\n"
            "The network, Castleview, said in a statement that the show would return for a 10th "
            "season in the fall."
        ),
        "quotes": [
            (
                "I walked onto that set at 26 and I’m walking off at 35. I gave it my twenties, and I don’t regret a single week of them.",
                "Leilani Kahananui",
                False,
                "P1",
            ),
            (
                "But I want to find out who I am when I’m not holding a badge,",
                "Leilani Kahananui",
                False,
                "P1",
            ),
            ("We built her a proper goodbye. You’ll see,", "Augustin Ferrer-Lyle", False, "P2"),
            ("Crying.", "Leilani Kahananui", False, "P2"),
        ],
        "posts": [
            ("P1", "Leilani Kahananui", "Vanity Fair"),
            ("P2", "Augustin Ferrer-Lyle", "Threads"),
            ("P3", None, None),
        ],
        "people": ["Leilani Kahananui", "Augustin Ferrer-Lyle"],
    },
    {
        "name": "transfer-rule-memo-parents-group",
        "text": (
            "The Georgia High School Athletic League has told member schools that athletes who "
            "transfer after Oct. 1 will sit out the rest of the season, according to a memo sent "
            "to athletic directors on Friday.\n\n"
            "The memo says the rule is meant to end “the free-agent culture that has crept into "
            "high school sports.” It takes effect in January.\n\n"
            "Terrence Okafor-Hale, the football coach at Northside Prep, whose team added four "
            "transfers last summer, called the rule “a solution in search of a problem” in an "
            "interview with WSB-TV. “Families move. Jobs change. Kids should not pay for that,” "
            "he said.\n\n"
            "In a private Facebook group for Northside parents, one mother wrote that her son had "
            "transferred after his father was deployed. “Is that free agency too?” she asked. "
            "The post had more than 200 reactions by Sunday."
        ),
        "quotes": [
            ("the free-agent culture that has crept into high school sports.", None, True, "P1"),
            ("a solution in search of a problem", "Terrence Okafor-Hale", True, "P2"),
            (
                "Families move. Jobs change. Kids should not pay for that,",
                "Terrence Okafor-Hale",
                False,
                "P2",
            ),
            ("Is that free agency too?", None, False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Terrence Okafor-Hale", "WSB-TV"),
            ("P3", None, "Facebook"),
        ],
        "people": ["Terrence Okafor-Hale"],
    },
    {
        "name": "senate-launch-rally-no-posts",
        "text": (
            "Former Gov. Raymond “Buck” Tillotson opened his Senate campaign on Saturday at a "
            "rally in Billings, Montana, promising to fight what he called “the Washington water "
            "grab.”\n\n"
            "“They want to tell a rancher in Yellowstone County how much water he can pull from "
            "his own creek,” Tillotson told about 800 supporters.\n\n"
            "The crowd cheered as the 67-year-old went on: “I have beaten these people before, "
            "and I will beat them again.”\n\n"
            "His Democratic opponent, state Auditor Gwen Hallorann, said at a campaign stop in "
            "Missoula that Tillotson had signed the same water rules as governor. “He signed "
            "them. It is on the record,” she told reporters."
        ),
        "quotes": [
            ("the Washington water grab.", "Raymond Tillotson", True, None),
            (
                "They want to tell a rancher in Yellowstone County how much water he can pull from his own creek,",
                "Raymond Tillotson",
                False,
                None,
            ),
            (
                "I have beaten these people before, and I will beat them again.",
                "Raymond Tillotson",
                False,
                None,
            ),
            ("He signed them. It is on the record,", "Gwen Hallorann", False, None),
        ],
        "posts": [],
        "people": ["Raymond Tillotson", "Gwen Hallorann"],
    },
    {
        "name": "judge-opinion-border-law-x",
        "text": (
            "A federal judge in Arizona on Wednesday blocked a state law that would have let "
            "local police arrest people suspected of crossing the border illegally.\n\n"
            "In a 48-page opinion, U.S. District Judge Harriet Nakamura-Bell wrote that "
            "immigration enforcement “is the business of the national government, and has been "
            "since the founding.” The law, she wrote, “cannot be squared with a century of "
            "precedent.”\n\n"
            "Gov. Wendell Strickland said on X that the state would appeal. “One judge does not "
            "get to decide whether Arizona defends itself,” he posted.\n\n"
            "Frontera Legal Defense, an immigrant legal aid group, called the ruling “a relief "
            "for every family in this state” in a statement.\n\n"
            "At a hearing last month, Nakamura-Bell had pressed the state’s lawyer on how "
            "officers would tell citizens from noncitizens. “By looking at them?” she asked."
        ),
        "quotes": [
            (
                "is the business of the national government, and has been since the founding.",
                "Harriet Nakamura-Bell",
                True,
                "P1",
            ),
            ("cannot be squared with a century of precedent.", "Harriet Nakamura-Bell", True, "P1"),
            (
                "One judge does not get to decide whether Arizona defends itself,",
                "Wendell Strickland",
                False,
                "P2",
            ),
            ("a relief for every family in this state", None, True, "P3"),
            ("By looking at them?", "Harriet Nakamura-Bell", False, None),
        ],
        "posts": [
            ("P1", "Harriet Nakamura-Bell", None),
            ("P2", "Wendell Strickland", "X"),
            ("P3", None, None),
        ],
        "people": ["Harriet Nakamura-Bell", "Wendell Strickland"],
    },
    {
        "name": "sea-level-report-bluesky-tiktok",
        "text": (
            "Global sea levels rose faster last year than in any year on record, the World "
            "Oceanic Monitoring Network said in a report released Monday.\n\n"
            "The report says the rate of rise has doubled since the 1990s. “The question is no "
            "longer whether coastal cities will need to adapt, but how quickly,” it says.\n\n"
            "Dr. Abena Owusu-Ansah, one of its lead authors, wrote on Bluesky that she had spent "
            "the weekend re-checking the numbers. “I wanted to be wrong,” she wrote. “I wasn’t.”\n\n"
            "The post was shared more than 40,000 times. Among those who replied was the Florida "
            "climate organizer Mateo Quintanilla-Reyes. “Send this to every city council in "
            "Miami-Dade,” he wrote under it.\n\n"
            "In a TikTok video that drew 2 million views, the oceanographer Lars Einarsson "
            "explained the findings with a bathtub and a ruler. “This is your kitchen floor in "
            "2080,” he says in the clip."
        ),
        "quotes": [
            (
                "The question is no longer whether coastal cities will need to adapt, but how quickly,",
                None,
                False,
                "P1",
            ),
            ("I wanted to be wrong,", "Abena Owusu-Ansah", False, "P2"),
            ("I wasn’t.", "Abena Owusu-Ansah", False, "P2"),
            (
                "Send this to every city council in Miami-Dade,",
                "Mateo Quintanilla-Reyes",
                False,
                "P2",
            ),
            ("This is your kitchen floor in 2080,", "Lars Einarsson", False, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Abena Owusu-Ansah", "Bluesky"),
            ("P3", "Lars Einarsson", "TikTok"),
        ],
        "people": ["Abena Owusu-Ansah", "Mateo Quintanilla-Reyes", "Lars Einarsson"],
    },
    {
        "name": "fintech-lawsuit-linkedin-straight",
        "text": (
            "Payflow, a San Francisco payments startup, sued its co-founder Dmitri Volkonsky on "
            "Tuesday, accusing him of taking customer lists to a rival.\n\n"
            'The lawsuit, filed in San Francisco Superior Court, says Volkonsky downloaded "more '
            'than 11,000 merchant records" in the week before he resigned in March.\n\n'
            'Volkonsky, 44, answered on LinkedIn that evening. "I built that list. I did not '
            'steal it," he wrote.\n\n'
            "Payflow chief executive Amara Nwosu-Lindgren, who started the company with him in "
            '2017, commented under the post: "Please do better."\n\n'
            "Hyun-woo Bae, the founder of the rival, Tillpoint, shared a screenshot of the "
            'exchange on X. "We hire people, not spreadsheets," he wrote.\n\n'
            "Reached by phone, Volkonsky's lawyer, Felipe Arrieta, said his client had returned a"
            ' company laptop "with everything on it."'
        ),
        "quotes": [
            ("more than 11,000 merchant records", None, True, "P1"),
            ("I built that list. I did not steal it,", "Dmitri Volkonsky", False, "P2"),
            ("Please do better.", "Amara Nwosu-Lindgren", False, "P2"),
            ("We hire people, not spreadsheets,", "Hyun-woo Bae", False, "P3"),
            ("with everything on it.", "Felipe Arrieta", True, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Dmitri Volkonsky", "LinkedIn"),
            ("P3", "Hyun-woo Bae", "X"),
        ],
        "people": ["Dmitri Volkonsky", "Amara Nwosu-Lindgren", "Hyun-woo Bae", "Felipe Arrieta"],
    },
    {
        "name": "band-cuts-walkout-instagram-letter",
        "text": (
            "Students at Jefferson-Ridge High School in Columbus, Ohio, walked out of class on "
            "Friday to protest the district’s plan to cut its music program.\n\n"
            "Aaliyah Brooks-Tanaka, a senior trumpet player who helped organize the walkout, "
            "announced it on Instagram the night before. “If they cut band, they cut the reason "
            "half of us show up,” she wrote.\n\n"
            "Superintendent Gregory Halloway-Finch wrote in a letter to families on Thursday that "
            "the district faced a $19 million shortfall. “No program is being cut lightly, and "
            "none is being cut without a vote,” the letter said.\n\n"
            "The school’s band director, Oksana Petrenko, shared photos of the walkout on "
            "Facebook. “Proudest I have ever been of a group of kids,” she wrote. One parent "
            "commented: “This is what music teaches.”\n\n"
            "Brooks-Tanaka told The Columbus Dispatch that about 600 students took part. “We were "
            "loud, and we were back in class by 10,” she said.\n\n"
            "At a school board meeting on Monday night, board member Patrice Odum said she would "
            "vote against the cuts. “I played clarinet in that band room,” she said."
        ),
        "quotes": [
            (
                "If they cut band, they cut the reason half of us show up,",
                "Aaliyah Brooks-Tanaka",
                False,
                "P1",
            ),
            (
                "No program is being cut lightly, and none is being cut without a vote,",
                "Gregory Halloway-Finch",
                False,
                "P2",
            ),
            ("Proudest I have ever been of a group of kids,", "Oksana Petrenko", False, "P3"),
            ("This is what music teaches.", None, False, "P3"),
            (
                "We were loud, and we were back in class by 10,",
                "Aaliyah Brooks-Tanaka",
                False,
                "P4",
            ),
            ("I played clarinet in that band room,", "Patrice Odum", False, None),
        ],
        "posts": [
            ("P1", "Aaliyah Brooks-Tanaka", "Instagram"),
            ("P2", "Gregory Halloway-Finch", None),
            ("P3", "Oksana Petrenko", "Facebook"),
            ("P4", "Aaliyah Brooks-Tanaka", "The Columbus Dispatch"),
        ],
        "people": [
            "Aaliyah Brooks-Tanaka",
            "Gregory Halloway-Finch",
            "Oksana Petrenko",
            "Patrice Odum",
        ],
    },
]
