"""The forty-sixth self-made dev set, held out (AZ): its first run is an unseen estimate.

Written with set BA, without reading the extraction rules, and committed before
any rule was run on it. Same format as the earlier self-made sets (not a public
corpus). Conventions: an interview with a named outlet or show is a post
(platform: the outlet or show as written, without quotation marks), and "told"
a named newspaper is such an interview; a statement, memo, letter, email, court
filing, lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed in a named newspaper or on a named platform has
that platform; a press release or news/earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it, a post "of his own" is a new one; a later fragment
or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement, email or lawsuit has author None even when it quotes a named
executive, whose quotes link to it; titles, nicknames and scare quotes in marks
are not quotes; speakers and authors are canonical full names; partial is True
for a fragment quoted inside narration.

Decisions the conventions did not cover:
- A sentence interrupted by its attribution ("We cannot keep doing this," she
  said, "and pretend ...") is two quotes, one per pair of marks, neither partial.
- A quote running over paragraphs is one quote per paragraph; the opening
  paragraph's quote runs to the end of that paragraph (it has no closing mark).
- An email from a named lawyer for a company is that lawyer's post (author the
  lawyer, platform None), not the company's.
- A lawsuit filed by a group of tenants has author None even though one
  plaintiff is named; her words at a news conference are not linked to it.
- An open letter signed by hundreds of unnamed nurses has author None, and the
  phrase quoted from it speaks as None.
- An anonymous Reddit user's post and a weather service office's X post have
  author None, and their words speak as None.
- A podcast episode with a named show has the show as platform.
- A platform not in the list (Nextdoor) is spelled as written.
- A video a named official posted on YouTube, and a TikTok clip a named
  resident posted, are that person's posts; "she says in the clip" ties the
  quote to the TikTok post.
- A fragment attributed with "she argued" in the same paragraph as the op-ed it
  came from is linked to the op-ed; "he told the paper" right after "told The
  Eastbrook Ledger" is linked to that interview.
- Words a person says in person next to a post of their own (the baker behind
  her counter) have post None.
- A program name in marks ("drought toolkit"), a nickname ("Smiley") and a book
  title are not quotes; a person's name inside a business name (Rosie's Bakery)
  is not a person.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AZ: list[dict] = [
    {
        "name": "council-road-bond-split-quote",
        "text": (
            "The Harlow City Council voted 5-2 on Tuesday night to borrow $40 million for road "
            "repairs, ending a months-long fight over how to pay for the city’s crumbling "
            "streets.\n\n"
            "“We cannot keep doing this,” Councilwoman Patricia Okafor said before the vote, “and"
            " pretend the potholes will fill themselves.”\n\n"
            "Councilman Dean Whitcomb, who voted against the bond, called it “a credit card for "
            "people who already owe too much.” He said the city should raise its gas tax instead."
            " “At least then we would be honest about who pays,” Whitcomb said.\n\n"
            "Mayor Ruth Castellano is expected to sign the measure this week."
        ),
        "quotes": [
            ("We cannot keep doing this,", "Patricia Okafor", False, None),
            ("and pretend the potholes will fill themselves.", "Patricia Okafor", False, None),
            ("a credit card for people who already owe too much.", "Dean Whitcomb", True, None),
            ("At least then we would be honest about who pays,", "Dean Whitcomb", False, None),
        ],
        "posts": [],
        "people": ["Patricia Okafor", "Dean Whitcomb", "Ruth Castellano"],
    },
    {
        "name": "judge-opinion-voter-rolls",
        "text": (
            "A federal judge in Richmond on Friday blocked Virginia from removing about 11,000 "
            "voters from its rolls less than two months before the election.\n\n"
            "In a 34-page opinion, U.S. District Judge Marian Toller wrote that the state had "
            "“moved too fast and looked too little.” The purge, she wrote, “risks "
            "disenfranchising eligible voters who did nothing wrong.”\n\n"
            "Attorney General Colin Brandt said his office would appeal. “The judge has "
            "substituted her judgment for the law,” Brandt told reporters outside his office. “We"
            " will ask the Fourth Circuit to fix that quickly.”"
        ),
        "quotes": [
            ("moved too fast and looked too little.", "Marian Toller", True, "P1"),
            (
                "risks disenfranchising eligible voters who did nothing wrong.",
                "Marian Toller",
                True,
                "P1",
            ),
            ("The judge has substituted her judgment for the law,", "Colin Brandt", False, None),
            ("We will ask the Fourth Circuit to fix that quickly.", "Colin Brandt", False, None),
        ],
        "posts": [("P1", "Marian Toller", None)],
        "people": ["Marian Toller", "Colin Brandt"],
    },
    {
        "name": "superintendent-email-school-closures",
        "text": (
            "Parents in the Millbrook School District learned Monday that two elementary schools "
            "will close at the end of the year.\n\n"
            "“This is not a decision we made lightly,” Superintendent Gregory Adeyemi wrote in an"
            " email to families Sunday evening. “Enrollment at both buildings has fallen by more "
            "than a third since 2015, and we can no longer staff them responsibly.”\n\n"
            "At a packed school board meeting Monday night, parents pushed back. “You are taking "
            "away the one thing that holds this neighborhood together,” said Keisha Langford, "
            "whose two sons attend Pine Street Elementary.\n\n"
            "Board President Ellen Marsh said the board would hold two more public hearings "
            "before a final vote in March."
        ),
        "quotes": [
            ("This is not a decision we made lightly,", "Gregory Adeyemi", False, "P1"),
            (
                "Enrollment at both buildings has fallen by more than a third since 2015, and we can no longer staff them responsibly.",
                "Gregory Adeyemi",
                False,
                "P1",
            ),
            (
                "You are taking away the one thing that holds this neighborhood together,",
                "Keisha Langford",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Gregory Adeyemi", None)],
        "people": ["Gregory Adeyemi", "Keisha Langford", "Ellen Marsh"],
    },
    {
        "name": "measles-news-release-and-briefing",
        "text": (
            "The Dawson County Health Department confirmed three cases of measles on Thursday, "
            "the first in the county since 2019.\n\n"
            "“Measles is extremely contagious, but it is also preventable,” Dr. Anita "
            "Raghunathan, the county’s health officer, said in a news release. “If you are not "
            "sure whether you are vaccinated, call your doctor today.”\n\n"
            "At a briefing later in the day, Raghunathan said all three patients were "
            "unvaccinated children from the same household. “We are reaching out to every family "
            "who was at the clinic that morning,” she said."
        ),
        "quotes": [
            (
                "Measles is extremely contagious, but it is also preventable,",
                "Anita Raghunathan",
                False,
                "P1",
            ),
            (
                "If you are not sure whether you are vaccinated, call your doctor today.",
                "Anita Raghunathan",
                False,
                "P1",
            ),
            (
                "We are reaching out to every family who was at the clinic that morning,",
                "Anita Raghunathan",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Anita Raghunathan"],
    },
    {
        "name": "flash-flood-weather-service-x",
        "text": (
            "The National Weather Service issued a flash flood warning for much of eastern "
            "Kentucky on Wednesday as up to 5 inches of rain fell in some valleys.\n\n"
            "“Do not drive through flooded roads. Turn around, don’t drown,” the weather "
            "service’s office in Jackson posted on X.\n\n"
            "In Hazard, Delbert Combs watched the North Fork of the Kentucky River creep toward "
            "his back porch. “I’ve seen it worse, but not by much,” the 71-year-old retired coal "
            "miner said. “My wife is already packing.”\n\n"
            "Meteorologist Jenna Pruitt said the heaviest rain would move east overnight."
        ),
        "quotes": [
            ("Do not drive through flooded roads. Turn around, don’t drown,", None, False, "P1"),
            ("I’ve seen it worse, but not by much,", "Delbert Combs", False, None),
            ("My wife is already packing.", "Delbert Combs", False, None),
        ],
        "posts": [("P1", None, "X")],
        "people": ["Delbert Combs", "Jenna Pruitt"],
    },
    {
        "name": "meatpacking-strike-facebook-and-statement",
        "text": (
            "More than 1,200 workers at the Ridgeway Foods meatpacking plant in Greeley walked "
            "off the job Monday after contract talks broke down over the weekend.\n\n"
            "“We asked for safe line speeds and a raise that keeps up with rent. They said no to "
            "both,” Local 7 President Tomas Villanueva wrote on Facebook early Monday.\n\n"
            "Ridgeway said in a statement that its offer was “fair and competitive.” The "
            "statement quoted Chief Operating Officer Linda Haverford: “We want our team back at "
            "work, and our door remains open.”\n\n"
            "Villanueva later told reporters on the picket line that the union had not received a"
            " new offer. “Their door is open, but the room is empty,” he said."
        ),
        "quotes": [
            (
                "We asked for safe line speeds and a raise that keeps up with rent. They said no to both,",
                "Tomas Villanueva",
                False,
                "P1",
            ),
            ("fair and competitive.", None, True, "P2"),
            (
                "We want our team back at work, and our door remains open.",
                "Linda Haverford",
                False,
                "P2",
            ),
            ("Their door is open, but the room is empty,", "Tomas Villanueva", False, None),
        ],
        "posts": [("P1", "Tomas Villanueva", "Facebook"), ("P2", None, None)],
        "people": ["Tomas Villanueva", "Linda Haverford"],
    },
    {
        "name": "outdoor-retailer-earnings-call",
        "text": (
            "Shares of Kestrel Outdoor fell 12% on Thursday after the camping gear maker cut its "
            "full-year sales forecast, blaming a wet spring and cautious shoppers.\n\n"
            "“Our customers are still buying, but they are buying closer to the trip,” Chief "
            "Executive Marcus Lindqvist told analysts on a conference call. “They are not "
            "stocking up the way they did two years ago.”\n\n"
            "In the company’s earnings release, Chief Financial Officer Priya Deshmukh said "
            "Kestrel would cut $30 million in costs by the end of the year, including “a modest "
            "reduction” in corporate staff.\n\n"
            "“The guidance cut was bigger than anyone expected,” said Aaron Feld, an analyst at "
            "Piper Sandler."
        ),
        "quotes": [
            (
                "Our customers are still buying, but they are buying closer to the trip,",
                "Marcus Lindqvist",
                False,
                None,
            ),
            (
                "They are not stocking up the way they did two years ago.",
                "Marcus Lindqvist",
                False,
                None,
            ),
            ("a modest reduction", "Priya Deshmukh", True, "P1"),
            ("The guidance cut was bigger than anyone expected,", "Aaron Feld", False, None),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Marcus Lindqvist", "Priya Deshmukh", "Aaron Feld"],
    },
    {
        "name": "gas-station-shooting-facebook-comment",
        "text": (
            "Police in Toledo are searching for the driver who shot and killed a 19-year-old "
            "outside a gas station early Sunday.\n\n"
            "“Somebody out there knows who did this,” Police Chief Raymond Okoro said at a news "
            "conference Monday. “We need them to pick up the phone.”\n\n"
            "The victim’s sister, Tanisha Greer, shared a photo of her brother, Jalen Greer, on "
            "Facebook. Friends called him “Smiley” for the grin he wore in nearly every picture. "
            "“He was going to start at the community college next month. He had plans,” she "
            "wrote.\n\n"
            "Under the post, a cousin, Monique Baker, commented: “We love you forever, baby boy.”"
        ),
        "quotes": [
            ("Somebody out there knows who did this,", "Raymond Okoro", False, None),
            ("We need them to pick up the phone.", "Raymond Okoro", False, None),
            (
                "He was going to start at the community college next month. He had plans,",
                "Tanisha Greer",
                False,
                "P1",
            ),
            ("We love you forever, baby boy.", "Monique Baker", False, "P1"),
        ],
        "posts": [("P1", "Tanisha Greer", "Facebook")],
        "people": ["Raymond Okoro", "Tanisha Greer", "Jalen Greer", "Monique Baker"],
    },
    {
        "name": "oyster-oped-and-radio-interview",
        "text": (
            "A marine biologist who has studied Chesapeake Bay oysters for three decades says the"
            " state’s new harvest rules do not go far enough.\n\n"
            "In an op-ed in The Baltimore Sun, Dr. Helen Marchetti of the University of Maryland "
            "wrote that the rules were “a half-measure dressed up as reform.” The reef "
            "restoration program, she argued, has been “undone every fall by the dredges.”\n\n"
            "Marchetti repeated the criticism on Monday in an interview with WYPR. “We rebuild "
            "the reefs in the spring and then we let them be scraped off in the fall,” she said. "
            "“That is not management. That is a cycle.”\n\n"
            "Curtis Bell, president of the county watermen’s association, disagreed. “She’s never"
            " pulled a dredge in her life,” Bell said."
        ),
        "quotes": [
            ("a half-measure dressed up as reform.", "Helen Marchetti", True, "P1"),
            ("undone every fall by the dredges.", "Helen Marchetti", True, "P1"),
            (
                "We rebuild the reefs in the spring and then we let them be scraped off in the fall,",
                "Helen Marchetti",
                False,
                "P2",
            ),
            ("That is not management. That is a cycle.", "Helen Marchetti", False, "P2"),
            ("She’s never pulled a dredge in her life,", "Curtis Bell", False, None),
        ],
        "posts": [
            ("P1", "Helen Marchetti", "The Baltimore Sun"),
            ("P2", "Helen Marchetti", "WYPR"),
        ],
        "people": ["Helen Marchetti", "Curtis Bell"],
    },
    {
        "name": "football-coach-resigns-told-dispatch",
        "text": (
            "Westfield High School football coach Darnell Hughes resigned Friday, two weeks after"
            " a video showed players hazing a freshman in the locker room.\n\n"
            "“I was responsible for that locker room, and I failed those kids,” the 42-year-old "
            "coach told The Columbus Dispatch. “The program deserves a fresh start, and so does "
            "that young man.”\n\n"
            "Athletic Director Sharon Pike will lead the team for the rest of the season. "
            "Principal Kevin Albright said in a letter to parents that the school had hired an "
            "outside investigator. “Every student deserves to feel safe on our campus,” Albright "
            "wrote."
        ),
        "quotes": [
            (
                "I was responsible for that locker room, and I failed those kids,",
                "Darnell Hughes",
                False,
                "P1",
            ),
            (
                "The program deserves a fresh start, and so does that young man.",
                "Darnell Hughes",
                False,
                "P1",
            ),
            ("Every student deserves to feel safe on our campus,", "Kevin Albright", False, "P2"),
        ],
        "posts": [
            ("P1", "Darnell Hughes", "The Columbus Dispatch"),
            ("P2", "Kevin Albright", None),
        ],
        "people": ["Darnell Hughes", "Sharon Pike", "Kevin Albright"],
    },
    {
        "name": "bakery-closing-instagram-and-counter",
        "text": (
            "After 38 years on Main Street, Rosie’s Bakery in Northampton will close its doors on"
            " Dec. 23.\n\n"
            "Owner Rosa Delgado made the announcement on Instagram on Tuesday. “The rent has "
            "doubled and my knees have had enough,” she wrote. “Thank you for every birthday "
            "cake.”\n\n"
            "Behind the counter on Wednesday morning, Delgado said the response had overwhelmed "
            "her. “People I have not seen in twenty years are coming in to hug me,” she said, "
            "wiping flour from her hands.\n\n"
            "Longtime customer Gordon Bixby commented under the post: “Saturday mornings won’t be"
            " the same.”"
        ),
        "quotes": [
            ("The rent has doubled and my knees have had enough,", "Rosa Delgado", False, "P1"),
            ("Thank you for every birthday cake.", "Rosa Delgado", False, "P1"),
            (
                "People I have not seen in twenty years are coming in to hug me,",
                "Rosa Delgado",
                False,
                None,
            ),
            ("Saturday mornings won’t be the same.", "Gordon Bixby", False, "P1"),
        ],
        "posts": [("P1", "Rosa Delgado", "Instagram")],
        "people": ["Rosa Delgado", "Gordon Bixby"],
    },
    {
        "name": "tenants-sue-over-air-conditioning",
        "text": (
            "Tenants of a 212-unit apartment complex in south Phoenix sued their landlord on "
            "Monday, saying the company left them without working air conditioning for weeks "
            "during a record heat wave.\n\n"
            "The lawsuit, filed in Maricopa County Superior Court, says conditions at the "
            'Sunridge Apartments were "unsafe and, at times, life-threatening." It names Desert '
            "Crest Property Management and its owner, Howard Tremaine.\n\n"
            '"My daughter slept in the bathtub because it was the coolest room in the apartment,"'
            " said Lucia Ortega, one of the plaintiffs, at a news conference with her lawyers.\n\n"
            "Nathan Shapiro, a lawyer for Desert Crest, said in an email that the company had "
            '"responded to every repair request as quickly as parts allowed."'
        ),
        "quotes": [
            ("unsafe and, at times, life-threatening.", None, True, "P1"),
            (
                "My daughter slept in the bathtub because it was the coolest room in the apartment,",
                "Lucia Ortega",
                False,
                None,
            ),
            (
                "responded to every repair request as quickly as parts allowed.",
                "Nathan Shapiro",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", None, None), ("P2", "Nathan Shapiro", None)],
        "people": ["Howard Tremaine", "Lucia Ortega", "Nathan Shapiro"],
    },
    {
        "name": "senator-floor-speech-and-x-reply",
        "text": (
            "Sen. Margaret Ellison, Republican of Kansas, spent nearly an hour on the Senate "
            "floor Wednesday criticizing a bill that would cut crop insurance subsidies.\n\n"
            "“Farmers are not asking for a handout,” Ellison said. “They are asking us to keep a "
            "promise we made in 1938.”\n\n"
            "Later that evening, the senator posted on X that the bill was “dead on arrival” if "
            "it reached the floor in its current form. Her Democratic colleague, Sen. Raj "
            "Malhotra of Minnesota, replied in a post of his own: “Then let’s fix it together. My"
            " door is open.”"
        ),
        "quotes": [
            ("Farmers are not asking for a handout,", "Margaret Ellison", False, None),
            (
                "They are asking us to keep a promise we made in 1938.",
                "Margaret Ellison",
                False,
                None,
            ),
            ("dead on arrival", "Margaret Ellison", True, "P1"),
            ("Then let’s fix it together. My door is open.", "Raj Malhotra", False, "P2"),
        ],
        "posts": [("P1", "Margaret Ellison", "X"), ("P2", "Raj Malhotra", "X")],
        "people": ["Margaret Ellison", "Raj Malhotra"],
    },
    {
        "name": "nurses-open-letter-and-rally",
        "text": (
            "Nurses at Worcester General Hospital rallied outside the building Thursday, a day "
            "after more than 400 of them signed an open letter warning that staffing shortages "
            "were putting patients at risk.\n\n"
            "The letter, addressed to hospital president Dr. Frank Osei, said nurses on some "
            "floors were caring for as many as eight patients at a time, a load it called "
            "“dangerous for patients and unsustainable for us.”\n\n"
            "“I went into nursing to take care of people, not to run from room to room "
            "apologizing,” said Carmen Reyes, an intensive care nurse for 14 years, speaking at "
            "the rally.\n\n"
            "A hospital spokeswoman said Osei would meet with union leaders next week."
        ),
        "quotes": [
            ("dangerous for patients and unsustainable for us.", None, True, "P1"),
            (
                "I went into nursing to take care of people, not to run from room to room apologizing,",
                "Carmen Reyes",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, None)],
        "people": ["Frank Osei", "Carmen Reyes"],
    },
    {
        "name": "wildfire-briefing-and-tiktok",
        "text": (
            "Gov. Lisa Brennan ordered the evacuation of two more towns in Northern California on"
            " Saturday as the Cedar Ridge fire grew to 48,000 acres.\n\n"
            "“If you are told to leave, leave. Do not wait to see the flames,” Brennan said at a "
            "briefing in Redding. “Homes can be rebuilt. People cannot.”\n\n"
            "Cal Fire battalion chief Miguel Santos said crews had been unable to hold the fire’s"
            " eastern edge overnight.\n\n"
            "In a TikTok video viewed more than two million times, Shasta Lake resident Brianna "
            "Cole filmed the orange sky from her car as she drove out. “This is 2 p.m. This is 2 "
            "p.m. and it looks like midnight,” she says in the clip."
        ),
        "quotes": [
            (
                "If you are told to leave, leave. Do not wait to see the flames,",
                "Lisa Brennan",
                False,
                None,
            ),
            ("Homes can be rebuilt. People cannot.", "Lisa Brennan", False, None),
            (
                "This is 2 p.m. This is 2 p.m. and it looks like midnight,",
                "Brianna Cole",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Brianna Cole", "TikTok")],
        "people": ["Lisa Brennan", "Miguel Santos", "Brianna Cole"],
    },
    {
        "name": "blue-line-delays-reddit-and-statement",
        "text": (
            "Riders on the Metro Blue Line faced delays of up to 40 minutes Monday after a signal"
            " failure near Union Station, the third major breakdown this month.\n\n"
            "One rider’s post on Reddit drew thousands of replies. “Stuck in a tunnel for 35 "
            "minutes with no announcement. This is a joke,” wrote the user, who did not give a "
            "name.\n\n"
            "The transit authority said in a statement that crews had replaced the faulty "
            "equipment and that the agency was “deeply sorry for the disruption.”\n\n"
            "Board member Victor Nguyen said he would ask for an independent review at Thursday’s"
            " board meeting. “Sorry is not a maintenance plan,” Nguyen said Tuesday."
        ),
        "quotes": [
            (
                "Stuck in a tunnel for 35 minutes with no announcement. This is a joke,",
                None,
                False,
                "P1",
            ),
            ("deeply sorry for the disruption.", None, True, "P2"),
            ("Sorry is not a maintenance plan,", "Victor Nguyen", False, None),
        ],
        "posts": [("P1", None, "Reddit"), ("P2", None, None)],
        "people": ["Victor Nguyen"],
    },
    {
        "name": "naloxone-machines-podcast",
        "text": (
            "New York City’s health commissioner, Dr. Samuel Adebayo, said this week that the "
            "city would expand free naloxone vending machines to all five boroughs by summer.\n\n"
            "“We put one in the Bronx as a pilot and it was emptied and refilled 900 times in six"
            " months,” Adebayo said on the “City Pulse” podcast, released Tuesday. “That tells "
            "you people want this.”\n\n"
            "Critics on the City Council questioned the cost. Councilman Anthony DeLuca called "
            "the machines “a symbol, not a strategy,” and said the money would be better spent on"
            " treatment beds."
        ),
        "quotes": [
            (
                "We put one in the Bronx as a pilot and it was emptied and refilled 900 times in six months,",
                "Samuel Adebayo",
                False,
                "P1",
            ),
            ("That tells you people want this.", "Samuel Adebayo", False, "P1"),
            ("a symbol, not a strategy,", "Anthony DeLuca", True, None),
        ],
        "posts": [("P1", "Samuel Adebayo", "City Pulse")],
        "people": ["Samuel Adebayo", "Anthony DeLuca"],
    },
    {
        "name": "kmart-site-apartments-hearing-nextdoor",
        "text": (
            "A proposal to build 180 apartments on the site of a former Kmart in Lakewood drew "
            "more than 200 people to a planning commission hearing Wednesday.\n\n"
            "“We are not against housing. We are against this housing, on this corner, with this "
            "much traffic,” said Gloria Pembrook, who has lived on nearby Sheridan Avenue since "
            "1986.\n\n"
            "The developer, Alan Rothman, said the project would include 36 units set aside for "
            "families earning below the area median income. “Lakewood needs places for teachers "
            "and nurses to live,” he said. “This is one of them.”\n\n"
            "Before the hearing, commission chair Beverly Kwan had urged residents on Nextdoor to"
            " “come with facts, not rumors.”"
        ),
        "quotes": [
            (
                "We are not against housing. We are against this housing, on this corner, with this much traffic,",
                "Gloria Pembrook",
                False,
                None,
            ),
            ("Lakewood needs places for teachers and nurses to live,", "Alan Rothman", False, None),
            ("This is one of them.", "Alan Rothman", False, None),
            ("come with facts, not rumors.", "Beverly Kwan", True, "P1"),
        ],
        "posts": [("P1", "Beverly Kwan", "Nextdoor")],
        "people": ["Gloria Pembrook", "Alan Rothman", "Beverly Kwan"],
    },
    {
        "name": "tuition-freeze-linkedin-and-student-paper",
        "text": (
            "The president of Eastbrook University announced Monday that the school would freeze "
            "tuition for the next two academic years.\n\n"
            "“A degree from Eastbrook should not come with a lifetime of debt,” President Corinne"
            " Abbott wrote on LinkedIn. “This is a first step, not the last one.”\n\n"
            "Abbott, whose 2019 memoir “The Long Road Up” described growing up in a trailer park "
            "in West Virginia, has made affordability the centerpiece of her tenure. Student body"
            " president Jamal Whitfield told The Eastbrook Ledger, the campus newspaper, that "
            "students were “cautiously thrilled.”\n\n"
            "“We’ve heard promises before,” he told the paper. “But a freeze is real money.”"
        ),
        "quotes": [
            (
                "A degree from Eastbrook should not come with a lifetime of debt,",
                "Corinne Abbott",
                False,
                "P1",
            ),
            ("This is a first step, not the last one.", "Corinne Abbott", False, "P1"),
            ("cautiously thrilled.", "Jamal Whitfield", True, "P2"),
            ("We’ve heard promises before,", "Jamal Whitfield", False, "P2"),
            ("But a freeze is real money.", "Jamal Whitfield", False, "P2"),
        ],
        "posts": [
            ("P1", "Corinne Abbott", "LinkedIn"),
            ("P2", "Jamal Whitfield", "The Eastbrook Ledger"),
        ],
        "people": ["Corinne Abbott", "Jamal Whitfield"],
    },
    {
        "name": "drought-farmer-multi-paragraph-youtube",
        "text": (
            "With no significant rain since early June, corn growers across central Nebraska are "
            "bracing for their smallest harvest in a decade.\n\n"
            "On his family’s 1,400-acre farm near Kearney, Roger Lindholm pulled back the husk on"
            " an ear no longer than his hand. “My dad farmed through ’88, and he used to tell me "
            "about it like a war story.\n\n"
            "“This is worse than ’88. I did not think I would ever say that,” the 63-year-old "
            "farmer said.\n\n"
            "State Agriculture Director Kendra Voss said in a video posted on YouTube that the "
            "state had asked for a federal disaster declaration. “Help is coming, but I won’t "
            "pretend it will cover everything,” she said. The department also published a list of"
            " emergency resources, which it called a “drought toolkit.”"
        ),
        "quotes": [
            (
                "My dad farmed through ’88, and he used to tell me about it like a war story.",
                "Roger Lindholm",
                False,
                None,
            ),
            (
                "This is worse than ’88. I did not think I would ever say that,",
                "Roger Lindholm",
                False,
                None,
            ),
            (
                "Help is coming, but I won’t pretend it will cover everything,",
                "Kendra Voss",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Kendra Voss", "YouTube")],
        "people": ["Roger Lindholm", "Kendra Voss"],
    },
]
