"""A twenty-fourth self-made dev set, held out (AD): its first run is an unseen estimate.

Written with set AE, without reading the extraction rules, and committed before
any rule was run on it. Same format and conventions as set W (self-made, not a
public corpus): an interview with a named outlet or show is a post (platform:
the outlet or show as written, without quotation marks); a statement, memo,
letter, court filing, judge's opinion or essay with no named outlet is a post
with no platform; a press release is a post with platform "press release"; a
news conference, briefing, rally, speech, court hearing or "told reporters" is
not a post; a comment under a post belongs to it, a post "of his own" is a new
one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None; titles, nicknames and
scare quotes in marks are not quotes. Decisions already made: an earnings call
with analysts is not a post (like a news conference); a news or earnings release
is a press release; a company's release or statement ("the company said in a
statement", "in its statement") has author None even when it quotes a named
executive, whose quotes link to it. Cases W's conventions do not cover were
decided thus: a post by an unnamed person (an anonymous Reddit user) is a post
with author None and its platform; a lawsuit's allegations are quoted with
speaker None and linked to the filing, whose author is None when no lawyer or
single plaintiff is named as its author; a town council meeting and a vigil are
not posts. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AD: list[dict] = [
    {
        "name": "senator-x-post-then-reporters",
        "text": (
            "Sen. Margaret Oyelaran said Tuesday that she would vote against the highway bill, "
            "breaking with her party’s leadership on a measure it had hoped to pass before the "
            "August recess.\n\n"
            "“I can’t support a bill that leaves rural bridges crumbling for another decade,” "
            "the Ohio Republican wrote on X.\n\n"
            "Later, speaking to reporters outside the Senate chamber, Oyelaran said she had told "
            "Majority Leader Dean Whitcombe of her decision a week earlier. “He was not "
            "surprised,” she said. “Nobody should be,” the senator added."
        ),
        "quotes": [
            (
                "I can’t support a bill that leaves rural bridges crumbling for another decade,",
                "Margaret Oyelaran",
                False,
                "P1",
            ),
            ("He was not surprised,", "Margaret Oyelaran", False, None),
            ("Nobody should be,", "Margaret Oyelaran", False, None),
        ],
        "posts": [("P1", "Margaret Oyelaran", "X")],
        "people": ["Margaret Oyelaran", "Dean Whitcombe"],
    },
    {
        "name": "earnings-release-and-analyst-call",
        "text": (
            "Harlow Foods said on Thursday that quarterly profit fell 18% as shoppers traded "
            "down to cheaper store brands, sending its shares down 7% in early trading.\n\n"
            "“We underestimated how quickly consumers would move,” Chief Executive Priya Raman "
            "said in the company’s earnings release. “We are adjusting prices across 40% of our "
            "portfolio.”\n\n"
            "On a call with analysts, Raman said the company expected volumes to recover by "
            "spring. Chief Financial Officer Tom Ellery told analysts the company would cut about "
            "600 jobs, most of them in its frozen-foods division. “These are hard decisions, and "
            "we did not make them lightly,” he said."
        ),
        "quotes": [
            ("We underestimated how quickly consumers would move,", "Priya Raman", False, "P1"),
            ("We are adjusting prices across 40% of our portfolio.", "Priya Raman", False, "P1"),
            (
                "These are hard decisions, and we did not make them lightly,",
                "Tom Ellery",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Priya Raman", "Tom Ellery"],
    },
    {
        "name": "sprinter-retires-instagram-then-tiktok",
        "text": (
            "Three-time world champion sprinter Keisha Dumont announced on Instagram on Sunday "
            "that she would retire at the end of the season.\n\n"
            "“Seventeen years, two knees and one heart that never stopped racing,” the "
            "34-year-old wrote beneath a photo of her first pair of spikes. “It’s time.”\n\n"
            "Her longtime rival, Jamaica’s Tanya Morrell, commented: “The track won’t be the "
            "same without you.”\n\n"
            "Hours later Dumont posted a video on TikTok thanking her fans. “You carried me when "
            "my legs couldn’t,” she said in the clip."
        ),
        "quotes": [
            (
                "Seventeen years, two knees and one heart that never stopped racing,",
                "Keisha Dumont",
                False,
                "P1",
            ),
            ("It’s time.", "Keisha Dumont", False, "P1"),
            ("The track won’t be the same without you.", "Tanya Morrell", False, "P1"),
            ("You carried me when my legs couldn’t,", "Keisha Dumont", False, "P2"),
        ],
        "posts": [("P1", "Keisha Dumont", "Instagram"), ("P2", "Keisha Dumont", "TikTok")],
        "people": ["Keisha Dumont", "Tanya Morrell"],
    },
    {
        "name": "songwriter-magazine-interview-titles",
        "text": (
            "Singer-songwriter Lucas Ferrante says his new single, “Paper Lanterns,” was written "
            "in a single night after his father’s funeral.\n\n"
            "“I didn’t want to polish it,” Ferrante told Rolling Stone in an interview published "
            "Wednesday. “Every time I tried to fix a line, it got less true.”\n\n"
            "The song is the first release from his fourth album, “Quiet Harbor,” due in "
            "October. Ferrante, 29, will open a 30-city tour in Nashville on Nov. 2."
        ),
        "quotes": [
            ("I didn’t want to polish it,", "Lucas Ferrante", False, "P1"),
            (
                "Every time I tried to fix a line, it got less true.",
                "Lucas Ferrante",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Lucas Ferrante", "Rolling Stone")],
        "people": ["Lucas Ferrante"],
    },
    {
        "name": "judge-opinion-library-books",
        "text": (
            "A federal judge on Friday blocked a Texas county from enforcing a ban on library "
            "books about gender identity, ruling that the policy likely violated the First "
            "Amendment.\n\n"
            "“A library is not a government mouthpiece, and its shelves are not a loyalty test,” "
            "U.S. District Judge Helen Castellano wrote in a 34-page opinion. In the opinion, she "
            "called the county’s justification “thin to the point of transparency.”\n\n"
            "County Attorney Ray Buckner said the county would appeal. “We respectfully disagree "
            "with the court,” he told reporters outside the courthouse."
        ),
        "quotes": [
            (
                "A library is not a government mouthpiece, and its shelves are not a loyalty test,",
                "Helen Castellano",
                False,
                "P1",
            ),
            ("thin to the point of transparency.", "Helen Castellano", True, "P1"),
            ("We respectfully disagree with the court,", "Ray Buckner", False, None),
        ],
        "posts": [("P1", "Helen Castellano", None)],
        "people": ["Helen Castellano", "Ray Buckner"],
    },
    {
        "name": "exoplanet-news-conference",
        "text": (
            "Astronomers at the Kellerman Observatory in Chile said Monday they had detected "
            "water vapor in the atmosphere of a planet orbiting a star 120 light-years away.\n\n"
            "“This is the smallest world where we’ve seen this signal clearly,” lead author Dr. "
            "Amara Nwosu said at a news conference. The findings were published in the journal "
            "Astrophysical Letters.\n\n"
            "The observatory said the planet was “almost certainly too hot for life as we know "
            "it,” but that the method could be used on cooler worlds. Nwosu’s colleague, Jonas "
            "Petrakis, was more cautious. “One detection is a beginning, not a conclusion,” he "
            "said."
        ),
        "quotes": [
            (
                "This is the smallest world where we’ve seen this signal clearly,",
                "Amara Nwosu",
                False,
                None,
            ),
            ("almost certainly too hot for life as we know it,", None, True, None),
            ("One detection is a beginning, not a conclusion,", "Jonas Petrakis", False, None),
        ],
        "posts": [],
        "people": ["Amara Nwosu", "Jonas Petrakis"],
    },
    {
        "name": "measles-news-release-nurse-facebook",
        "text": (
            "The Marlow County Health Department confirmed three cases of measles on Wednesday, "
            "the first in the county since 2019.\n\n"
            "“Anyone who is not vaccinated should talk to their doctor now, not after an "
            "exposure,” the department said in a news release. Officials said all three patients "
            "were children under 10.\n\n"
            "Beth Sandoval, a school nurse in Marlow, urged parents in a Facebook post to check "
            "their children’s records. “Please don’t wait for the letter from school,” she "
            "wrote. “It’s free, it’s fast, and it works.”"
        ),
        "quotes": [
            (
                "Anyone who is not vaccinated should talk to their doctor now, not after an "
                "exposure,",
                None,
                False,
                "P1",
            ),
            ("Please don’t wait for the letter from school,", "Beth Sandoval", False, "P2"),
            ("It’s free, it’s fast, and it works.", "Beth Sandoval", False, "P2"),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Beth Sandoval", "Facebook")],
        "people": ["Beth Sandoval"],
    },
    {
        "name": "council-closes-pool",
        "text": (
            "The Brinley Town Council voted 4-1 on Monday night to close the Elm Street pool for "
            "the summer, citing a $220,000 repair bill.\n\n"
            "“I grew up in that pool. My kids learned to swim there,” said Councilwoman Dana "
            "Pruitt, the lone vote against closing it. “We are choosing to fail them.”\n\n"
            "Council President Greg Haldane said the town had no choice. “We can’t open a pool "
            "with a cracked basin,” he said at the meeting. “The state won’t let us, and it "
            "shouldn’t.”\n\n"
            "About 60 residents attended. One, a grandmother of three, told the council that the "
            "closure was “a shame for every family that can’t afford a membership somewhere "
            "else.”"
        ),
        "quotes": [
            ("I grew up in that pool. My kids learned to swim there,", "Dana Pruitt", False, None),
            ("We are choosing to fail them.", "Dana Pruitt", False, None),
            ("We can’t open a pool with a cracked basin,", "Greg Haldane", False, None),
            ("The state won’t let us, and it shouldn’t.", "Greg Haldane", False, None),
            (
                "a shame for every family that can’t afford a membership somewhere else.",
                None,
                True,
                None,
            ),
        ],
        "posts": [],
        "people": ["Dana Pruitt", "Greg Haldane"],
    },
    {
        "name": "layoffs-linkedin-reddit-statement",
        "text": (
            "Software maker Quillfield laid off about 300 employees on Tuesday, roughly a fifth "
            "of its staff.\n\n"
            "“This is the hardest message I have ever written,” Chief Executive Nadia Corwin said "
            "in a LinkedIn post. “Every one of these people made Quillfield better.”\n\n"
            "One engineer who said she had been laid off described the process on Reddit, "
            "writing that her access to company systems was cut “before the all-hands meeting "
            "even started.” She did not give her name.\n\n"
            "In a statement, Quillfield said affected employees would receive 16 weeks of "
            "severance."
        ),
        "quotes": [
            ("This is the hardest message I have ever written,", "Nadia Corwin", False, "P1"),
            ("Every one of these people made Quillfield better.", "Nadia Corwin", False, "P1"),
            ("before the all-hands meeting even started.", None, True, "P2"),
        ],
        "posts": [("P1", "Nadia Corwin", "LinkedIn"), ("P2", None, "Reddit"), ("P3", None, None)],
        "people": ["Nadia Corwin"],
    },
    {
        "name": "clerk-shooting-arrest-vigil",
        "text": (
            "Police in Carrow Falls arrested a 19-year-old man on Saturday in connection with "
            "the shooting death of Luis Quintero, a 23-year-old convenience store clerk, "
            "authorities said.\n\n"
            "The suspect, Tyler Brandt, was being held without bail. His attorney, Monica Feld, "
            "said outside the courthouse after a brief hearing that her client “intends to plead "
            "not guilty and looks forward to his day in court.”\n\n"
            "At a candlelight vigil outside the store on Sunday, Quintero’s mother, Rosa "
            "Quintero, thanked the community. “Luis loved this neighborhood,” she said. “He "
            "would have wanted you all here.”"
        ),
        "quotes": [
            (
                "intends to plead not guilty and looks forward to his day in court.",
                "Monica Feld",
                True,
                None,
            ),
            ("Luis loved this neighborhood,", "Rosa Quintero", False, None),
            ("He would have wanted you all here.", "Rosa Quintero", False, None),
        ],
        "posts": [],
        "people": ["Luis Quintero", "Tyler Brandt", "Monica Feld", "Rosa Quintero"],
    },
    {
        "name": "rail-delays-statement-radio",
        "text": (
            "Commuters on the Northline rail service face another week of delays after the "
            "operator said Thursday that repairs to the Ashby tunnel would take longer than "
            "expected.\n\n"
            "“We know this is deeply frustrating, and we are sorry,” Northline said in a "
            "statement, adding that replacement buses would keep running until at least March "
            "14.\n\n"
            "Derek Sowande, general secretary of the Rail Workers’ Union, told BBC Radio Kent "
            "that the problems had been “years in the making.” “They cut the maintenance teams "
            "in half,” he told the station. “Now the bill has arrived.”\n\n"
            "Passenger Claire Nightingale, who commutes from Ashby to London, said her journey "
            "now took nearly two hours each way. “I’ve stopped planning anything on weekday "
            "evenings,” she said."
        ),
        "quotes": [
            ("We know this is deeply frustrating, and we are sorry,", None, False, "P1"),
            ("years in the making.", "Derek Sowande", True, "P2"),
            ("They cut the maintenance teams in half,", "Derek Sowande", False, "P2"),
            ("Now the bill has arrived.", "Derek Sowande", False, "P2"),
            (
                "I’ve stopped planning anything on weekday evenings,",
                "Claire Nightingale",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Derek Sowande", "BBC Radio Kent")],
        "people": ["Derek Sowande", "Claire Nightingale"],
    },
    {
        "name": "school-data-breach-news-conference",
        "text": (
            "The superintendent of the Pell Valley school district apologized Friday after a "
            "data breach exposed the home addresses of about 4,000 students.\n\n"
            "“We failed to protect information that families trusted us with,” Superintendent "
            "Arthur Linwood said at a news conference. “That is on me.”\n\n"
            "Linwood said the district had hired an outside firm to investigate. Board member "
            "Sheila Ortiz-Grant called the breach “inexcusable” and asked for a full public "
            "report by the end of the month."
        ),
        "quotes": [
            (
                "We failed to protect information that families trusted us with,",
                "Arthur Linwood",
                False,
                None,
            ),
            ("That is on me.", "Arthur Linwood", False, None),
            ("inexcusable", "Sheila Ortiz-Grant", True, None),
        ],
        "posts": [],
        "people": ["Arthur Linwood", "Sheila Ortiz-Grant"],
    },
    {
        "name": "former-governor-podcast-rival-bluesky",
        "text": (
            "Former Gov. Raymond Achebe-Loring said he was “seriously considering” a run for the "
            "Senate, in an appearance on the political podcast “Pod Over Potomac” released "
            "Tuesday.\n\n"
            "“I didn’t leave public life because I was tired of it. I left because my mother was "
            "sick.\n\n"
            "“She’s better now. And I’m not done,” Achebe-Loring said on the show.\n\n"
            "His likely opponent, Rep. Sandra Kwon, responded on Bluesky. “Welcome back, "
            "Governor. Voters remember your record, even if you’d rather they didn’t,” she "
            "posted."
        ),
        "quotes": [
            ("seriously considering", "Raymond Achebe-Loring", True, "P1"),
            (
                "I didn’t leave public life because I was tired of it. I left because my mother "
                "was sick.",
                "Raymond Achebe-Loring",
                False,
                "P1",
            ),
            ("She’s better now. And I’m not done,", "Raymond Achebe-Loring", False, "P1"),
            (
                "Welcome back, Governor. Voters remember your record, even if you’d rather they "
                "didn’t,",
                "Sandra Kwon",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Raymond Achebe-Loring", "Pod Over Potomac"),
            ("P2", "Sandra Kwon", "Bluesky"),
        ],
        "people": ["Raymond Achebe-Loring", "Sandra Kwon"],
    },
    {
        "name": "museum-returns-bronze-statement-threads",
        "text": (
            "The Halvorsen Museum of Art will return a 16th-century bronze to Nigeria after a "
            "two-year review of its provenance, the museum said on Wednesday.\n\n"
            "“This object left its home under circumstances that no museum today would accept,” "
            "director Ingrid Solberg said in a statement released by the museum.\n\n"
            "The Lagos-born sculptor Femi Adeyemi-Cole, whose book “Taken Things” helped draw "
            "attention to the piece, celebrated the decision on Threads. “Ten years of letters, "
            "and finally an answer,” he wrote."
        ),
        "quotes": [
            (
                "This object left its home under circumstances that no museum today would accept,",
                "Ingrid Solberg",
                False,
                "P1",
            ),
            ("Ten years of letters, and finally an answer,", "Femi Adeyemi-Cole", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Femi Adeyemi-Cole", "Threads")],
        "people": ["Ingrid Solberg", "Femi Adeyemi-Cole"],
    },
    {
        "name": "drivers-lawsuit-misclassification",
        "text": (
            "Three former drivers have sued the delivery company Swiftcrate, claiming it "
            "misclassified them as independent contractors to avoid paying overtime.\n\n"
            "The company “exercised near-total control over when, where and how the drivers "
            "worked,” the lawsuit, filed Monday in Cook County Circuit Court, alleges.\n\n"
            "“They told us we were our own bosses,” said one of the plaintiffs, Marcus Delahaye, "
            "41. “My own boss never let me take a lunch break.”\n\n"
            "A Swiftcrate spokeswoman, Jenna Liu, said the company did not comment on pending "
            "litigation."
        ),
        "quotes": [
            (
                "exercised near-total control over when, where and how the drivers worked,",
                None,
                True,
                "P1",
            ),
            ("They told us we were our own bosses,", "Marcus Delahaye", False, None),
            ("My own boss never let me take a lunch break.", "Marcus Delahaye", False, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Marcus Delahaye", "Jenna Liu"],
    },
    {
        "name": "rookie-goalie-straight-quotes",
        "text": (
            "Rookie goaltender Oskar Lindqvist stopped 41 shots as the Harbor City Wolves beat "
            "the Duluth Pines 3-1 on Saturday night.\n\n"
            '"He was the best player on the ice by a mile," Wolves coach Bernie Castillo said. '
            '"We didn\'t deserve to win that game. He did."\n\n'
            "The 21-year-old, playing in just his sixth NHL game, shrugged off the praise. "
            '"The guys blocked a lot of shots," Lindqvist said. "I just tried to see the puck."'
        ),
        "quotes": [
            ("He was the best player on the ice by a mile,", "Bernie Castillo", False, None),
            ("We didn't deserve to win that game. He did.", "Bernie Castillo", False, None),
            ("The guys blocked a lot of shots,", "Oskar Lindqvist", False, None),
            ("I just tried to see the puck.", "Oskar Lindqvist", False, None),
        ],
        "posts": [],
        "people": ["Oskar Lindqvist", "Bernie Castillo"],
    },
    {
        "name": "actress-late-show-producer-youtube",
        "text": (
            "Actress Delphine Marchetti said she turned down the lead role in the blockbuster "
            "“Iron Meridian” because of a clause that would have barred her from discussing her "
            "salary.\n\n"
            "“I’m not going to sign something that says I can’t talk about what I’m paid,” "
            "Marchetti said Tuesday on “The Late Edition.” “That’s not a contract. That’s a "
            "gag.”\n\n"
            "The film’s producer, Victor Ames, disputed her account in a video posted to his "
            "YouTube channel the next day, saying the clause was “standard in this business and "
            "she knew it.”"
        ),
        "quotes": [
            (
                "I’m not going to sign something that says I can’t talk about what I’m paid,",
                "Delphine Marchetti",
                False,
                "P1",
            ),
            ("That’s not a contract. That’s a gag.", "Delphine Marchetti", False, "P1"),
            ("standard in this business and she knew it.", "Victor Ames", True, "P2"),
        ],
        "posts": [
            ("P1", "Delphine Marchetti", "The Late Edition"),
            ("P2", "Victor Ames", "YouTube"),
        ],
        "people": ["Delphine Marchetti", "Victor Ames"],
    },
    {
        "name": "diner-fire-facebook-comment",
        "text": (
            "A fire early Thursday gutted a popular diner in downtown Fenwick, though no one was "
            "hurt, fire officials said.\n\n"
            "Fire Chief Lorraine Beck told reporters the blaze appeared to have started in the "
            "kitchen. “The crew got everyone out in under two minutes,” she said.\n\n"
            "The diner’s owner, Nick Papadakis, posted on Facebook that he planned to rebuild. "
            "“Forty-one years on that corner. We’re not done,” he wrote. Hundreds of people "
            "responded, among them state Rep. Anita Brooks, who commented: “Fenwick has your "
            "back, Nick.”"
        ),
        "quotes": [
            ("The crew got everyone out in under two minutes,", "Lorraine Beck", False, None),
            ("Forty-one years on that corner. We’re not done,", "Nick Papadakis", False, "P1"),
            ("Fenwick has your back, Nick.", "Anita Brooks", False, "P1"),
        ],
        "posts": [("P1", "Nick Papadakis", "Facebook")],
        "people": ["Lorraine Beck", "Nick Papadakis", "Anita Brooks"],
    },
    {
        "name": "airline-merger-news-conference",
        "text": (
            "Shares of Brightwater Airlines jumped 14% on Monday after the carrier agreed to buy "
            "regional rival Coastal Skyways for $1.2 billion.\n\n"
            "“Together we’ll be able to fly routes that neither of us could make pay on our "
            "own,” Brightwater Chief Executive Howard Pryce said at a news conference in "
            "Tampa.\n\n"
            "The Association of Flight Crews, which represents Coastal’s cabin staff, said it "
            "would “fight any attempt to use this deal as an excuse for cuts.” Renata Sousa, an "
            "analyst at Bellcourt Securities, said regulators were likely to approve the deal "
            "“with modest conditions.”"
        ),
        "quotes": [
            (
                "Together we’ll be able to fly routes that neither of us could make pay on our "
                "own,",
                "Howard Pryce",
                False,
                None,
            ),
            ("fight any attempt to use this deal as an excuse for cuts.", None, True, None),
            ("with modest conditions.", "Renata Sousa", True, None),
        ],
        "posts": [],
        "people": ["Howard Pryce", "Renata Sousa"],
    },
    {
        "name": "cardiologist-substack-hospital-statement",
        "text": (
            "A Boston cardiologist who helped design a widely used blood-pressure guideline has "
            "called for it to be rewritten, arguing that it pushes too many older patients onto "
            "medication.\n\n"
            "“We set the thresholds for 50-year-olds and then applied them to 85-year-olds "
            "without asking whether that made sense,” Dr. Walter Osei wrote in an essay on "
            "Substack. “It didn’t.”\n\n"
            "Osei’s essay drew a sharp response from the American Society of Hypertension "
            "Medicine, which said the guideline “remains the best available evidence.”\n\n"
            "His hospital, St. Brendan’s Medical Center, said in a statement that Osei was "
            "writing in a personal capacity."
        ),
        "quotes": [
            (
                "We set the thresholds for 50-year-olds and then applied them to 85-year-olds "
                "without asking whether that made sense,",
                "Walter Osei",
                False,
                "P1",
            ),
            ("It didn’t.", "Walter Osei", False, "P1"),
            ("remains the best available evidence.", None, True, None),
        ],
        "posts": [("P1", "Walter Osei", "Substack"), ("P2", None, None)],
        "people": ["Walter Osei"],
    },
]
