"""The forty-second self-made dev set, held out (AV): its first run is an unseen estimate.

Written with set AW, without reading the extraction rules, and committed before
any rule was run on it. Same format as set W (self-made, not a public corpus).
Conventions: an interview with a named outlet or show is a post (platform: the
outlet or show as written, without quotation marks), and "told" a named
newspaper is such an interview; a statement, memo, letter, email, court filing,
lawsuit, judge's opinion or essay with no named outlet is a post with no
platform, and an essay or op-ed on a named platform or in a named newspaper has
that platform; a press release or earnings release is a post with platform
"press release"; a news conference, briefing, earnings call, rally, speech,
hearing, court hearing, town hall or "told reporters" is not a post; a comment
under a post belongs to it (the commenter speaks), a post "of his own" is a new
one; a later fragment is linked to a post only when the text ties it to that
post; organisations and unnamed people speak as None, and a company's release,
statement, email or lawsuit has author None even when it quotes a named
executive, whose quotes link to it; titles, nicknames and scare quotes in marks
are not quotes; speakers and authors are the fullest form of the name used in
the text; partial is True for a fragment quoted inside narration.

Decisions the conventions did not cover:
- an interview on a named show of a named network (CNN's "State of the Union")
  has the show as platform ("State of the Union"), not the network;
- a radio station named by its call letters has them as platform ("WDEV");
- a podcast episode with a named show (here the speaker's own podcast) is a
  post with the show as platform and the host as author;
- a post by an unnamed Reddit commenter is a post with author None and platform
  "Reddit", and its quote has speaker None;
- a chief executive's memo to staff is authored by the chief executive, not
  the company;
- a video posted on TikTok or YouTube is a post on that platform; words spoken
  in the video are quotes linked to it;
- a fragment quoted from an organisation's press release, statement or lawsuit
  has speaker None and links to that post;
- a reply written "beneath" or "under" a post is a comment on that post;
- a fragment after "which he called" is a partial quote of the speaker, not a
  scare quote;
- a quote continued over paragraphs: a paragraph without a closing mark gives a
  quote running to the end of that paragraph;
- a student newspaper is an outlet, its name as written ("The Wexford Ledger");
- testimony to a Senate committee is a hearing (not a post); a senator's
  Bluesky post about it afterwards is a post.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AV: list[dict] = [
    {
        "name": "council-budget-vote-mayor-statement",
        "text": (
            "The Fairhaven City Council voted 5-2 on Tuesday night to approve a $212 million budget "
            "that raises property taxes for the first time in a decade.\n\n"
            "“Nobody up here wanted to do this,” said Council President Denise Okafor, who voted in "
            "favor. “But the alternative was closing two fire stations.”\n\n"
            "Councilman Raymond Tully, one of the two no votes, called the increase “a tax on people "
            "who are already hanging on by their fingernails.”\n\n"
            "Mayor Greg Hollister said in a statement after the vote that he would sign the budget. "
            "“It is not the budget I wanted, but it is a responsible one,” he said."
        ),
        "quotes": [
            ("Nobody up here wanted to do this,", "Denise Okafor", False, None),
            ("But the alternative was closing two fire stations.", "Denise Okafor", False, None),
            (
                "a tax on people who are already hanging on by their fingernails.",
                "Raymond Tully",
                True,
                None,
            ),
            (
                "It is not the budget I wanted, but it is a responsible one,",
                "Greg Hollister",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Greg Hollister", None)],
        "people": ["Denise Okafor", "Raymond Tully", "Greg Hollister"],
    },
    {
        "name": "state-senator-x-post-reply-and-reporters",
        "text": (
            "State Sen. Patricia Greenlee, a Republican from Lubbock, said on X on Wednesday that "
            "she would oppose the governor’s school voucher bill. “Rural schools cannot survive "
            "another cut,” Greenlee wrote.\n\n"
            "The post drew a sharp reply from Gov. Curtis Brandt’s spokesman, Eli Marchetti, who "
            "wrote beneath it: “The senator has not read the bill.”\n\n"
            "Speaking to reporters at the Capitol later that day, Greenlee did not back down. “I "
            "have read every page of it,” she said. “Twice.”"
        ),
        "quotes": [
            ("Rural schools cannot survive another cut,", "Patricia Greenlee", False, "P1"),
            ("The senator has not read the bill.", "Eli Marchetti", False, "P1"),
            ("I have read every page of it,", "Patricia Greenlee", False, None),
            ("Twice.", "Patricia Greenlee", False, None),
        ],
        "posts": [("P1", "Patricia Greenlee", "X")],
        "people": ["Patricia Greenlee", "Curtis Brandt", "Eli Marchetti"],
    },
    {
        "name": "tornado-resident-meteorologist-governor",
        "text": (
            "A tornado with winds of up to 150 mph tore through the town of Millbrook, Alabama, "
            "early Sunday, destroying at least 40 homes and killing two people, officials said.\n\n"
            "“It sounded like a freight train sitting on top of the house,” said Tamara Jenkins, "
            "34, who rode out the storm in a bathtub with her two children. “When we came out, the "
            "roof was just gone.”\n\n"
            "The National Weather Service rated the tornado an EF-3. Meteorologist Craig Dunleavy "
            "said the storm had formed “with almost no warning” from a line of thunderstorms.\n\n"
            "Gov. Lorraine Pike toured the damage Sunday afternoon and told reporters the state "
            "would ask for federal disaster aid. “These families lost everything in about 30 "
            "seconds,” Pike said."
        ),
        "quotes": [
            (
                "It sounded like a freight train sitting on top of the house,",
                "Tamara Jenkins",
                False,
                None,
            ),
            ("When we came out, the roof was just gone.", "Tamara Jenkins", False, None),
            ("with almost no warning", "Craig Dunleavy", True, None),
            (
                "These families lost everything in about 30 seconds,",
                "Lorraine Pike",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Tamara Jenkins", "Craig Dunleavy", "Lorraine Pike"],
    },
    {
        "name": "earnings-release-ceo-and-analyst-call",
        "text": (
            "Harborline Foods said Thursday that its quarterly profit fell 18% as shoppers traded "
            "down to cheaper store brands.\n\n"
            "“Consumers are under real pressure, and we are not immune to that,” Chief Executive "
            "Monica Saldana said in the earnings release.\n\n"
            "On a call with analysts, Chief Financial Officer Peter Vukovic said the company would "
            "cut prices on about 200 products by the end of the summer. “We would rather give up "
            "some margin than give up the customer,” he said.\n\n"
            "Shares of Harborline fell 6% in morning trading."
        ),
        "quotes": [
            (
                "Consumers are under real pressure, and we are not immune to that,",
                "Monica Saldana",
                False,
                "P1",
            ),
            (
                "We would rather give up some margin than give up the customer,",
                "Peter Vukovic",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "press release")],
        "people": ["Monica Saldana", "Peter Vukovic"],
    },
    {
        "name": "superintendent-email-school-closures",
        "text": (
            "The superintendent of the Ridgewood Unified School District told parents in an email "
            "on Friday that three elementary schools would close at the end of the school year.\n\n"
            "“This is the hardest decision I have made in 22 years as an educator,” Superintendent "
            "Alan Castellano wrote. “Our enrollment has fallen by nearly a third since 2015, and we "
            "can no longer keep buildings open that are half empty.”\n\n"
            "At a school board meeting Monday, dozens of parents lined up to speak against the "
            "plan. “You are asking 6-year-olds to take a bus for 40 minutes,” said Jessica Moreau, "
            "whose two children attend Lincoln Elementary. “Would you do that to your own kids?”"
        ),
        "quotes": [
            (
                "This is the hardest decision I have made in 22 years as an educator,",
                "Alan Castellano",
                False,
                "P1",
            ),
            (
                "Our enrollment has fallen by nearly a third since 2015, and we can no longer keep "
                "buildings open that are half empty.",
                "Alan Castellano",
                False,
                "P1",
            ),
            (
                "You are asking 6-year-olds to take a bus for 40 minutes,",
                "Jessica Moreau",
                False,
                None,
            ),
            ("Would you do that to your own kids?", "Jessica Moreau", False, None),
        ],
        "posts": [("P1", "Alan Castellano", None)],
        "people": ["Alan Castellano", "Jessica Moreau"],
    },
    {
        "name": "judge-blocks-age-verification-law",
        "text": (
            "A federal judge on Monday blocked Oklahoma from enforcing a new law that would have "
            "required age verification for social media users under 18.\n\n"
            "In a 46-page opinion, U.S. District Judge Harold Benning wrote that the law was "
            "“likely to sweep far more broadly than the state’s legitimate interest.” The state, he "
            "added, “has not shown that less restrictive means would fail.”\n\n"
            "Attorney General Dana Whitcomb said in a statement that her office would appeal. "
            "“This law protects children, and we will defend it all the way to the Supreme Court,” "
            "Whitcomb said.\n\n"
            "Outside the courthouse, Marcus Feld, a lawyer for the Digital Commerce Alliance, a "
            "tech industry group, told reporters the ruling was “a clear win for the First "
            "Amendment.”"
        ),
        "quotes": [
            (
                "likely to sweep far more broadly than the state’s legitimate interest.",
                "Harold Benning",
                True,
                "P1",
            ),
            (
                "has not shown that less restrictive means would fail.",
                "Harold Benning",
                True,
                "P1",
            ),
            (
                "This law protects children, and we will defend it all the way to the Supreme "
                "Court,",
                "Dana Whitcomb",
                False,
                "P2",
            ),
            ("a clear win for the First Amendment.", "Marcus Feld", True, None),
        ],
        "posts": [("P1", "Harold Benning", None), ("P2", "Dana Whitcomb", None)],
        "people": ["Harold Benning", "Dana Whitcomb", "Marcus Feld"],
    },
    {
        "name": "police-facebook-post-and-chief-news-conference",
        "text": (
            "The Lakeview Police Department said on Facebook on Saturday that an officer had shot "
            "and wounded a man who fired at officers during a traffic stop on Route 9.\n\n"
            "“The officer was struck in the vest and is expected to recover,” the department "
            "wrote.\n\n"
            "At a news conference Sunday, Police Chief Ronald Ashby said the officer, a nine-year "
            "veteran, had been placed on paid administrative leave, which he called “standard "
            "procedure” after any shooting.\n\n"
            "“We will be fully transparent,” Ashby said. “The body camera footage will be released "
            "within 30 days.”\n\n"
            "The wounded man, identified as Travis Keller, 29, was in stable condition."
        ),
        "quotes": [
            ("The officer was struck in the vest and is expected to recover,", None, False, "P1"),
            ("standard procedure", "Ronald Ashby", True, None),
            ("We will be fully transparent,", "Ronald Ashby", False, None),
            (
                "The body camera footage will be released within 30 days.",
                "Ronald Ashby",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "Facebook")],
        "people": ["Ronald Ashby", "Travis Keller"],
    },
    {
        "name": "measles-outbreak-briefing-and-newspaper",
        "text": (
            "Health officials in Hale County, Texas, confirmed 14 new cases of measles on Tuesday, "
            "bringing the outbreak’s total to 61, nearly all of them in children who had not been "
            "vaccinated.\n\n"
            "“We have not seen anything like this here in 30 years,” Dr. Anita Raman, the county’s "
            "health authority, said at a briefing. She urged parents to check their children’s "
            "vaccination records “today, not next week.”\n\n"
            "Dr. Samuel Oyelaran, a pediatrician in Plainview, told The Dallas Morning News that "
            "his clinic had been overwhelmed with calls. “Parents who were on the fence are now "
            "coming in,” he said. “That is the one good thing in all of this.”"
        ),
        "quotes": [
            (
                "We have not seen anything like this here in 30 years,",
                "Anita Raman",
                False,
                None,
            ),
            ("today, not next week.", "Anita Raman", True, None),
            (
                "Parents who were on the fence are now coming in,",
                "Samuel Oyelaran",
                False,
                "P1",
            ),
            ("That is the one good thing in all of this.", "Samuel Oyelaran", False, "P1"),
        ],
        "posts": [("P1", "Samuel Oyelaran", "The Dallas Morning News")],
        "people": ["Anita Raman", "Samuel Oyelaran"],
    },
    {
        "name": "sunscreen-company-sues-tiktok-creator",
        "text": (
            "A Florida skin care company has sued a TikTok creator with 2.3 million followers, "
            "saying she falsely claimed its sunscreen gave her a chemical burn.\n\n"
            "The lawsuit, filed Monday in Miami-Dade County by Solara Labs, says the video was “a "
            "deliberate and malicious fabrication” that cost the company more than $4 million in "
            "sales.\n\n"
            "In the video, posted on TikTok in March, the creator, Brianna Castillo, showed red "
            "welts on her cheeks. “Do not put this on your face, I am begging you,” she said in the "
            "clip.\n\n"
            "Castillo’s lawyer, Neil Abernathy, said in an email that his client “stands by every "
            "word.”"
        ),
        "quotes": [
            ("a deliberate and malicious fabrication", None, True, "P1"),
            (
                "Do not put this on your face, I am begging you,",
                "Brianna Castillo",
                False,
                "P2",
            ),
            ("stands by every word.", "Neil Abernathy", True, "P3"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Brianna Castillo", "TikTok"),
            ("P3", "Neil Abernathy", None),
        ],
        "people": ["Brianna Castillo", "Neil Abernathy"],
    },
    {
        "name": "governor-sunday-show-and-rally",
        "text": (
            "Gov. Marcus Delacroix of Georgia said Sunday that he would not endorse either "
            "candidate in his party’s Senate primary.\n\n"
            "“Voters can make up their own minds. They do not need me telling them what to do,” "
            "Delacroix said in an interview on CNN’s “State of the Union.”\n\n"
            "At a rally in Macon later that day, the second-term governor was less guarded about "
            "one of the candidates, former congressman Wade Lassiter. “Some folks in this race "
            "have spent more time on cable news than in Georgia,” he told the crowd, without naming "
            "anyone.\n\n"
            "Lassiter’s campaign did not respond to a request for comment."
        ),
        "quotes": [
            (
                "Voters can make up their own minds. They do not need me telling them what to do,",
                "Marcus Delacroix",
                False,
                "P1",
            ),
            (
                "Some folks in this race have spent more time on cable news than in Georgia,",
                "Marcus Delacroix",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Marcus Delacroix", "State of the Union")],
        "people": ["Marcus Delacroix", "Wade Lassiter"],
    },
    {
        "name": "wildfire-briefing-and-instagram-reply",
        "text": (
            "A fast-moving wildfire in the foothills east of Redding, California, had burned more "
            "than 18,000 acres by Wednesday evening and forced the evacuation of about 6,000 "
            "residents.\n\n"
            "“The wind is in charge right now, not us,” Cal Fire Capt. Luis Aranda said at an "
            "evening briefing. The fire was 5% contained.\n\n"
            "Kristen Holloway, who owns a bakery in the evacuated town of Shingletown, posted a "
            "photo on Instagram of the orange sky over her shop. “Everyone get out safe. Buildings "
            "can be rebuilt,” she wrote. A neighbor, Doug Ferrante, replied under the photo: “We "
            "are at the fairgrounds if anyone needs a place.”"
        ),
        "quotes": [
            ("The wind is in charge right now, not us,", "Luis Aranda", False, None),
            (
                "Everyone get out safe. Buildings can be rebuilt,",
                "Kristen Holloway",
                False,
                "P1",
            ),
            (
                "We are at the fairgrounds if anyone needs a place.",
                "Doug Ferrante",
                False,
                "P1",
            ),
        ],
        "posts": [("P1", "Kristen Holloway", "Instagram")],
        "people": ["Luis Aranda", "Kristen Holloway", "Doug Ferrante"],
    },
    {
        "name": "airline-ceo-senate-hearing-bluesky-statement",
        "text": (
            "The chief executive of Meridian Airlines apologized to a Senate committee on Tuesday "
            "for a holiday meltdown that stranded more than a million passengers.\n\n"
            "“We failed our customers, and I take full responsibility for that,” Robert Kessling "
            "told the Senate Commerce Committee.\n\n"
            "Sen. Angela Whitford, a Democrat from Minnesota, was unmoved. “You take "
            "responsibility, and the passengers take the losses,” she said. “That is not how "
            "responsibility works.” Whitford later posted a clip of the exchange on Bluesky. "
            "“Passengers deserve refunds, not apologies,” she wrote.\n\n"
            "After the hearing, Meridian said in a statement that it had already refunded $90 "
            "million to affected travelers and would “keep going until every customer is made "
            "whole.”"
        ),
        "quotes": [
            (
                "We failed our customers, and I take full responsibility for that,",
                "Robert Kessling",
                False,
                None,
            ),
            (
                "You take responsibility, and the passengers take the losses,",
                "Angela Whitford",
                False,
                None,
            ),
            ("That is not how responsibility works.", "Angela Whitford", False, None),
            ("Passengers deserve refunds, not apologies,", "Angela Whitford", False, "P1"),
            ("keep going until every customer is made whole.", None, True, "P2"),
        ],
        "posts": [("P1", "Angela Whitford", "Bluesky"), ("P2", None, None)],
        "people": ["Robert Kessling", "Angela Whitford"],
    },
    {
        "name": "denver-home-prices-agent-and-substack-essay",
        "text": (
            "Home prices in the Denver area fell for the fourth straight month in August, according "
            "to data released Tuesday, as mortgage rates near 7% kept many buyers on the "
            "sidelines.\n\n"
            "“Sellers are finally starting to blink,” said Teresa Munoz, a real estate agent in "
            "Aurora. “Six months ago I had 12 offers on a house. Now I am happy to get two.”\n\n"
            "Not everyone expects the slide to last. In an essay on Substack, economist Jonah "
            "Pritchard argued that the drop was “a pause, not a correction,” because the region was "
            "still short of about 40,000 homes.\n\n"
            "“Nothing about the underlying shortage has changed,” Pritchard wrote."
        ),
        "quotes": [
            ("Sellers are finally starting to blink,", "Teresa Munoz", False, None),
            (
                "Six months ago I had 12 offers on a house. Now I am happy to get two.",
                "Teresa Munoz",
                False,
                None,
            ),
            ("a pause, not a correction,", "Jonah Pritchard", True, "P1"),
            ("Nothing about the underlying shortage has changed,", "Jonah Pritchard", False, "P1"),
        ],
        "posts": [("P1", "Jonah Pritchard", "Substack")],
        "people": ["Teresa Munoz", "Jonah Pritchard"],
    },
    {
        "name": "university-president-resignation-letter",
        "text": (
            "The president of Wexford State University, Catherine Ellery, resigned on Thursday, two "
            "weeks after the faculty voted no confidence in her leadership.\n\n"
            "In a letter to the campus, Ellery said she was stepping down “so that the university "
            "can move forward without distraction.” She wrote: “I remain proud of what we built "
            "together, even in the hardest of years.”\n\n"
            "Henry Osei, chair of the faculty senate, told The Wexford Ledger, the student "
            "newspaper, that the resignation was overdue. “This should have happened in the "
            "spring,” Osei said."
        ),
        "quotes": [
            (
                "so that the university can move forward without distraction.",
                "Catherine Ellery",
                True,
                "P1",
            ),
            (
                "I remain proud of what we built together, even in the hardest of years.",
                "Catherine Ellery",
                False,
                "P1",
            ),
            ("This should have happened in the spring,", "Henry Osei", False, "P2"),
        ],
        "posts": [("P1", "Catherine Ellery", None), ("P2", "Henry Osei", "The Wexford Ledger")],
        "people": ["Catherine Ellery", "Henry Osei"],
    },
    {
        "name": "murder-trial-closing-arguments",
        "text": (
            "A jury in Toledo heard closing arguments Friday in the trial of Dwayne Mercer, a "
            "38-year-old roofer accused of killing his business partner in 2022.\n\n"
            "“The defendant had motive, he had opportunity, and he lied to police three separate "
            "times,” Assistant Prosecutor Laura Szymanski told jurors. “Those are not "
            "coincidences.\n\n"
            "“Those are choices.”\n\n"
            "Mercer’s attorney, Frank DiSalvo, said the state’s case rested on “a jailhouse "
            "informant who would say anything for a deal.” Speaking to reporters outside the "
            "courtroom, DiSalvo said he was confident. “This jury was paying attention,” he said."
        ),
        "quotes": [
            (
                "The defendant had motive, he had opportunity, and he lied to police three "
                "separate times,",
                "Laura Szymanski",
                False,
                None,
            ),
            ("Those are not coincidences.", "Laura Szymanski", False, None),
            ("Those are choices.", "Laura Szymanski", False, None),
            (
                "a jailhouse informant who would say anything for a deal.",
                "Frank DiSalvo",
                True,
                None,
            ),
            ("This jury was paying attention,", "Frank DiSalvo", False, None),
        ],
        "posts": [],
        "people": ["Dwayne Mercer", "Laura Szymanski", "Frank DiSalvo"],
    },
    {
        "name": "flood-mayor-youtube-video-and-radio",
        "text": (
            "Mayor Ben Thackeray of Elk Falls, Vermont, posted a video on YouTube on Tuesday night "
            "urging residents to stay off the roads as the Black River crested at nearly 17 "
            "feet.\n\n"
            "“If you do not have to be out, please stay home,” the 37-year-old mayor said in the "
            "video, standing in front of a flooded Main Street. “We will get through this, but we "
            "need you safe to do it.”\n\n"
            "On Wednesday morning, he told the radio station WDEV that at least 200 homes had taken "
            "on water. “Some of these families were flooded two years ago, too,” he said. “I do not "
            "know how many of them will rebuild.”"
        ),
        "quotes": [
            ("If you do not have to be out, please stay home,", "Ben Thackeray", False, "P1"),
            (
                "We will get through this, but we need you safe to do it.",
                "Ben Thackeray",
                False,
                "P1",
            ),
            (
                "Some of these families were flooded two years ago, too,",
                "Ben Thackeray",
                False,
                "P2",
            ),
            ("I do not know how many of them will rebuild.", "Ben Thackeray", False, "P2"),
        ],
        "posts": [("P1", "Ben Thackeray", "YouTube"), ("P2", "Ben Thackeray", "WDEV")],
        "people": ["Ben Thackeray"],
    },
    {
        "name": "layoffs-ceo-memo-and-linkedin-comment",
        "text": (
            "Software maker Brightpath will lay off 1,100 employees, about 12% of its workforce, "
            "its chief executive told staff on Monday.\n\n"
            "In a memo to staff, Chief Executive Nadia Farouk wrote that the company had “hired "
            "ahead of demand” during the pandemic. “I own that decision, and I am deeply sorry to "
            "the people it affects,” she wrote.\n\n"
            "Within hours, laid-off employees were posting on LinkedIn. Gavin Pruitt, a product "
            "designer who had been at the company for six years, wrote: “Found out my badge stopped "
            "working before I got the email.” A former manager, Rachel Dunmore, commented below his "
            "post: “Gavin was one of the best designers I ever worked with. Hire him.”"
        ),
        "quotes": [
            ("hired ahead of demand", "Nadia Farouk", True, "P1"),
            (
                "I own that decision, and I am deeply sorry to the people it affects,",
                "Nadia Farouk",
                False,
                "P1",
            ),
            (
                "Found out my badge stopped working before I got the email.",
                "Gavin Pruitt",
                False,
                "P2",
            ),
            (
                "Gavin was one of the best designers I ever worked with. Hire him.",
                "Rachel Dunmore",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", "Nadia Farouk", None), ("P2", "Gavin Pruitt", "LinkedIn")],
        "people": ["Nadia Farouk", "Gavin Pruitt", "Rachel Dunmore"],
    },
    {
        "name": "sheriff-concedes-on-facebook-straight-quotes",
        "text": (
            "Sheriff Dale Roarke conceded on Wednesday in the closest sheriff's race in Pender "
            "County history, losing to his former chief deputy, Yolanda Biggs, by 212 votes.\n\n"
            '"The voters have spoken, and I respect their decision," Roarke wrote on Facebook. '
            '"I will do everything I can to make this a smooth transition."\n\n'
            'Biggs, 51, will be the first woman to lead the department. "I never thought a girl '
            'from Burgaw would get to do this," she told supporters at a victory party Tuesday '
            "night.\n\n"
            "County elections director Martin Oakes said a recount was not required because the "
            "margin exceeded 1%."
        ),
        "quotes": [
            ("The voters have spoken, and I respect their decision,", "Dale Roarke", False, "P1"),
            (
                "I will do everything I can to make this a smooth transition.",
                "Dale Roarke",
                False,
                "P1",
            ),
            (
                "I never thought a girl from Burgaw would get to do this,",
                "Yolanda Biggs",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Dale Roarke", "Facebook")],
        "people": ["Dale Roarke", "Yolanda Biggs", "Martin Oakes"],
    },
    {
        "name": "nurses-strike-union-release-hospital-statement",
        "text": (
            "About 3,000 nurses at St. Brendan’s Medical Center in Cleveland walked off the job at "
            "7 a.m. Monday, the first strike at the hospital in its 120-year history.\n\n"
            "The Ohio Nurses Alliance said in a press release that staffing had reached "
            "“dangerous levels” on several floors. “Our members did not go into nursing to walk "
            "out on patients. They were pushed,” union president Gloria Tennant said in the "
            "release.\n\n"
            "The hospital said in a statement that it had hired replacement nurses and that "
            "“patient care will continue without interruption.”\n\n"
            "On the picket line, nurses sang “Solidarity Forever.” “I have had nights with nine "
            "patients,” said Erin Gallagher, an intensive care nurse. “Nine. That is not care, "
            "that is triage.”"
        ),
        "quotes": [
            ("dangerous levels", None, True, "P1"),
            (
                "Our members did not go into nursing to walk out on patients. They were pushed,",
                "Gloria Tennant",
                False,
                "P1",
            ),
            ("patient care will continue without interruption.", None, True, "P2"),
            ("I have had nights with nine patients,", "Erin Gallagher", False, None),
            ("Nine. That is not care, that is triage.", "Erin Gallagher", False, None),
        ],
        "posts": [("P1", None, "press release"), ("P2", None, None)],
        "people": ["Gloria Tennant", "Erin Gallagher"],
    },
    {
        "name": "red-line-shutdown-oped-reddit-podcast",
        "text": (
            "Massachusetts transit officials said Friday that the Red Line would shut down between "
            "Alewife and Harvard for 16 days in October to replace aging track.\n\n"
            "In an op-ed published in The Boston Globe, MBTA General Manager Simone Achebe "
            "acknowledged that the closure would be “painful for tens of thousands of riders.” "
            "“The alternative is more slow zones, more breakdowns, and more years of this,” she "
            "wrote.\n\n"
            "On Reddit, where riders vented for most of the day, one commenter wrote, “16 days "
            "means 30 days, we all know it.”\n\n"
            "State Rep. Tom Kavanagh, who represents Somerville, said on his podcast, “The "
            "Commute,” that the agency had to do better on shuttle buses. “Last time the shuttles "
            "were an absolute disaster,” Kavanagh said."
        ),
        "quotes": [
            ("painful for tens of thousands of riders.", "Simone Achebe", True, "P1"),
            (
                "The alternative is more slow zones, more breakdowns, and more years of this,",
                "Simone Achebe",
                False,
                "P1",
            ),
            ("16 days means 30 days, we all know it.", None, False, "P2"),
            ("Last time the shuttles were an absolute disaster,", "Tom Kavanagh", False, "P3"),
        ],
        "posts": [
            ("P1", "Simone Achebe", "The Boston Globe"),
            ("P2", None, "Reddit"),
            ("P3", "Tom Kavanagh", "The Commute"),
        ],
        "people": ["Simone Achebe", "Tom Kavanagh"],
    },
]
