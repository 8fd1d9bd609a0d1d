"""A twenty-fifth self-made dev set, held out (AE): its first run is an unseen estimate.

Written with set AD, without reading the extraction rules, and committed before
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
decided thus: an email is a post with no platform, like a letter; a majority
opinion and a dissent are separate posts, each by its judge; a reply beneath a
follow-up post belongs to that follow-up post; answers in a Reddit question
session are one post; a video by an unnamed person quoted at a hearing is a post
with author None; a quote that follows "told OUTLET" in the same paragraph with
a plain "said" is linked to that interview; eulogies, hearings and picket lines
are not posts. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AE: list[dict] = [
    {
        "name": "president-rally-challenger-reporters",
        "text": (
            "President Carla Dunmore told a rally in Des Moines on Saturday that her "
            "administration would “finish the job” on prescription drug prices.\n\n"
            "“They said we couldn’t cap insulin. We capped insulin,” Dunmore told the crowd of "
            "about 4,000. “They said we couldn’t negotiate with the drug companies. We are "
            "negotiating.”\n\n"
            "Her Republican challenger, Sen. Bradley Fenn, mocked the speech while talking to "
            "reporters in Cedar Rapids. “Same promises, higher prices,” he said."
        ),
        "quotes": [
            ("finish the job", "Carla Dunmore", True, None),
            ("They said we couldn’t cap insulin. We capped insulin,", "Carla Dunmore", False, None),
            (
                "They said we couldn’t negotiate with the drug companies. We are negotiating.",
                "Carla Dunmore",
                False,
                None,
            ),
            ("Same promises, higher prices,", "Bradley Fenn", False, None),
        ],
        "posts": [],
        "people": ["Carla Dunmore", "Bradley Fenn"],
    },
    {
        "name": "appeals-court-oral-argument",
        "text": (
            "A state appeals court on Wednesday heard arguments over whether Hollings County can "
            "hold its school board elections by district rather than at large.\n\n"
            "“Isn’t the whole point of the Voting Rights Act that you look at results, not "
            "intentions?” Justice Miriam Oduya asked the county’s lawyer, Paul Trent.\n\n"
            "Trent replied that the county had drawn the districts “with no racial data "
            "whatsoever.” The court is expected to rule by summer."
        ),
        "quotes": [
            (
                "Isn’t the whole point of the Voting Rights Act that you look at results, not "
                "intentions?",
                "Miriam Oduya",
                False,
                None,
            ),
            ("with no racial data whatsoever.", "Paul Trent", True, None),
        ],
        "posts": [],
        "people": ["Miriam Oduya", "Paul Trent"],
    },
    {
        "name": "founder-medium-essay-then-x",
        "text": (
            "The co-founder of the note-taking app Inkwell said he was leaving the company he "
            "started eight years ago, in an essay published on Medium on Monday.\n\n"
            "“I built Inkwell for people who think slowly and write carefully,” Omar Haddad "
            "wrote. “Somewhere along the way we started building it for investors.”\n\n"
            "Haddad, 38, later posted on X that he bore the company no ill will. “Nothing but "
            "love for the team. Read the essay before you read the headlines,” he wrote.\n\n"
            "Inkwell said in a statement that Haddad’s departure had been “planned for several "
            "months.”"
        ),
        "quotes": [
            (
                "I built Inkwell for people who think slowly and write carefully,",
                "Omar Haddad",
                False,
                "P1",
            ),
            (
                "Somewhere along the way we started building it for investors.",
                "Omar Haddad",
                False,
                "P1",
            ),
            (
                "Nothing but love for the team. Read the essay before you read the headlines,",
                "Omar Haddad",
                False,
                "P2",
            ),
            ("planned for several months.", None, True, "P3"),
        ],
        "posts": [("P1", "Omar Haddad", "Medium"), ("P2", "Omar Haddad", "X"), ("P3", None, None)],
        "people": ["Omar Haddad"],
    },
    {
        "name": "novelist-tv-interview-poet-email",
        "text": (
            "Novelist Greta Sunderland spoke publicly on Sunday for the first time about the "
            "plagiarism accusations that led her publisher to pull her best-selling novel, “The "
            "Salt Year,” from shelves last month.\n\n"
            "“I made a mistake with my notes. I copied passages into a file and later forgot "
            "they weren’t mine.\n\n"
            "“That’s not an excuse. It’s an explanation,” Sunderland said in an interview on "
            "“Sunday Profile.”\n\n"
            "The writer whose work she used, poet Daniel Achterberg, said in an email that he "
            "had accepted her apology but that “an apology doesn’t put the words back where they "
            "belong.”"
        ),
        "quotes": [
            (
                "I made a mistake with my notes. I copied passages into a file and later forgot "
                "they weren’t mine.",
                "Greta Sunderland",
                False,
                "P1",
            ),
            ("That’s not an excuse. It’s an explanation,", "Greta Sunderland", False, "P1"),
            (
                "an apology doesn’t put the words back where they belong.",
                "Daniel Achterberg",
                True,
                "P2",
            ),
        ],
        "posts": [("P1", "Greta Sunderland", "Sunday Profile"), ("P2", "Daniel Achterberg", None)],
        "people": ["Greta Sunderland", "Daniel Achterberg"],
    },
    {
        "name": "boxing-trainer-funeral",
        "text": (
            "Hundreds of mourners filled St. Agnes Church in Port Halden on Friday for the "
            "funeral of Eddie Marsh, the boxing trainer who coached two Olympic medalists from a "
            "gym above a hardware store.\n\n"
            "“Eddie never asked where you came from. He asked whether you’d be back tomorrow,” "
            "former middleweight champion Curtis Lyle said in his eulogy. “Most of us came back "
            "for thirty years.”\n\n"
            "Olympic bronze medalist Jade Okafor, who trained with Marsh from the age of 11, "
            "spoke to mourners outside after the service. “He taught me to keep my hands up in "
            "the ring and my head up outside it,” the 26-year-old said."
        ),
        "quotes": [
            (
                "Eddie never asked where you came from. He asked whether you’d be back tomorrow,",
                "Curtis Lyle",
                False,
                None,
            ),
            ("Most of us came back for thirty years.", "Curtis Lyle", False, None),
            (
                "He taught me to keep my hands up in the ring and my head up outside it,",
                "Jade Okafor",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Eddie Marsh", "Curtis Lyle", "Jade Okafor"],
    },
    {
        "name": "bank-return-to-office-memo",
        "text": (
            "Carrington Bank will require employees to work from the office five days a week "
            "starting in January, according to an internal memo seen by reporters.\n\n"
            "“Our best work happens when we are together,” Chief Operating Officer Lydia "
            "Ferreira wrote in the memo, which was sent to staff on Tuesday. “Starting Jan. 6, "
            "that is where we expect you to be.”\n\n"
            "Some employees vented on Blind, an anonymous workplace app. One wrote that the "
            "policy was “a layoff with extra steps.”\n\n"
            "A bank spokesman declined to comment beyond the memo."
        ),
        "quotes": [
            ("Our best work happens when we are together,", "Lydia Ferreira", False, "P1"),
            ("Starting Jan. 6, that is where we expect you to be.", "Lydia Ferreira", False, "P1"),
            ("a layoff with extra steps.", None, True, "P2"),
        ],
        "posts": [("P1", "Lydia Ferreira", None), ("P2", None, "Blind")],
        "people": ["Lydia Ferreira"],
    },
    {
        "name": "malaria-vaccine-release-newspaper",
        "text": (
            "The Global Vaccine Alliance said Thursday that a new malaria vaccine had cut severe "
            "cases among young children by nearly 70% in a trial in three countries.\n\n"
            "“These results give us a realistic path to ending childhood deaths from malaria "
            "within a generation,” the alliance said in a press release.\n\n"
            "Dr. Kofi Mensah-Baird, an epidemiologist who was not involved in the trial, told the "
            "Daily Meridian that the data were “genuinely encouraging” but cautioned that the "
            "vaccine required four doses. “Getting a child to a clinic four times is the hard "
            "part,” he told the newspaper."
        ),
        "quotes": [
            (
                "These results give us a realistic path to ending childhood deaths from malaria "
                "within a generation,",
                None,
                False,
                "P1",
            ),
            ("genuinely encouraging", "Kofi Mensah-Baird", True, "P2"),
            (
                "Getting a child to a clinic four times is the hard part,",
                "Kofi Mensah-Baird",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Kofi Mensah-Baird", "Daily Meridian")],
        "people": ["Kofi Mensah-Baird"],
    },
    {
        "name": "bridge-closure-straight-quotes",
        "text": (
            "Hadley County will close the Old Mill Road bridge for at least eight months "
            "starting next week so crews can replace its deck, the county engineer said "
            "Tuesday.\n\n"
            '"The bridge is safe today. It will not be safe in five years if we do nothing," '
            "engineer Walt Kaminski told the county commission.\n\n"
            "Business owners on the east side of the river worry the detour will cost them "
            'customers. "Eight months is a long time when you run a bakery," said Mei Lin Tran, '
            "who owns Sugar & Rye on Mill Street. \"People don't drive 20 minutes for a "
            'croissant."'
        ),
        "quotes": [
            (
                "The bridge is safe today. It will not be safe in five years if we do nothing,",
                "Walt Kaminski",
                False,
                None,
            ),
            ("Eight months is a long time when you run a bakery,", "Mei Lin Tran", False, None),
            ("People don't drive 20 minutes for a croissant.", "Mei Lin Tran", False, None),
        ],
        "posts": [],
        "people": ["Walt Kaminski", "Mei Lin Tran"],
    },
    {
        "name": "income-tax-op-ed-threads-reply",
        "text": (
            "State Sen. Howard Blakeley, who is running for governor, called for the state to "
            "abolish its income tax within ten years in an op-ed published Sunday in The "
            "Riverton Ledger.\n\n"
            "“Our neighbors have shown that a state can thrive without taxing work,” Blakeley "
            "wrote. “There is no reason we can’t do the same.”\n\n"
            "Blakeley’s rival for the nomination, Attorney General Francine Oyelowo, dismissed "
            "the plan on Threads as “a fantasy budget with no math attached.”"
        ),
        "quotes": [
            (
                "Our neighbors have shown that a state can thrive without taxing work,",
                "Howard Blakeley",
                False,
                "P1",
            ),
            ("There is no reason we can’t do the same.", "Howard Blakeley", False, "P1"),
            ("a fantasy budget with no math attached.", "Francine Oyelowo", True, "P2"),
        ],
        "posts": [
            ("P1", "Howard Blakeley", "The Riverton Ledger"),
            ("P2", "Francine Oyelowo", "Threads"),
        ],
        "people": ["Howard Blakeley", "Francine Oyelowo"],
    },
    {
        "name": "catalytic-converter-thefts",
        "text": (
            "Two men were charged Monday with stealing more than $300,000 worth of catalytic "
            "converters from car lots across Essex County, prosecutors said.\n\n"
            "Essex County Prosecutor Dana Whitford said at a news conference that the pair had "
            "hit 14 dealerships in six weeks. “This was not a crime of opportunity,” she said. "
            "“This was a business.”\n\n"
            "The men, Jared Coombs, 27, and Leon Fisk, 31, are being held at the county jail. "
            "Their lawyers could not be reached.\n\n"
            "Rick Alvarado, who manages a dealership in Millbrook, said thieves had hit his lot "
            "twice. “You come in Monday morning and half your inventory won’t start,” he said."
        ),
        "quotes": [
            ("This was not a crime of opportunity,", "Dana Whitford", False, None),
            ("This was a business.", "Dana Whitford", False, None),
            (
                "You come in Monday morning and half your inventory won’t start,",
                "Rick Alvarado",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Dana Whitford", "Jared Coombs", "Leon Fisk", "Rick Alvarado"],
    },
    {
        "name": "airline-ceo-hearing-tiktok-video",
        "text": (
            "The chief executive of SkyMeridian Airlines apologized to lawmakers on Wednesday "
            "for a holiday meltdown that stranded more than 200,000 passengers.\n\n"
            "“We let our customers down, and there is no version of events in which that is "
            "acceptable,” Glen Hartigan told the Senate Commerce Committee.\n\n"
            "Sen. Rosalind Achter read aloud from a passenger’s TikTok video that had been "
            "viewed more than 9 million times, in which a mother stuck in Denver for four days "
            "said, “I have two kids, one diaper and no answers.”\n\n"
            "“Mr. Hartigan, what would you tell her?” Achter asked."
        ),
        "quotes": [
            (
                "We let our customers down, and there is no version of events in which that is "
                "acceptable,",
                "Glen Hartigan",
                False,
                None,
            ),
            ("I have two kids, one diaper and no answers.", None, False, "P1"),
            ("Mr. Hartigan, what would you tell her?", "Rosalind Achter", False, None),
        ],
        "posts": [("P1", None, "TikTok")],
        "people": ["Glen Hartigan", "Rosalind Achter"],
    },
    {
        "name": "university-president-letter-student-paper",
        "text": (
            "The president of Westbrook University announced Monday that she would step down at "
            "the end of the academic year, following months of protests over tuition "
            "increases.\n\n"
            "“A university is bigger than any one person, and it is time for new leadership,” "
            "President Eleanor Vance wrote in a letter to students and faculty.\n\n"
            "Student body president Ahmed Raza told The Westbrook Herald, the campus newspaper, "
            "that the announcement was “overdue but welcome.” He added that students would keep "
            "pressing the board of trustees to freeze tuition."
        ),
        "quotes": [
            (
                "A university is bigger than any one person, and it is time for new leadership,",
                "Eleanor Vance",
                False,
                "P1",
            ),
            ("overdue but welcome.", "Ahmed Raza", True, "P2"),
        ],
        "posts": [("P1", "Eleanor Vance", None), ("P2", "Ahmed Raza", "The Westbrook Herald")],
        "people": ["Eleanor Vance", "Ahmed Raza"],
    },
    {
        "name": "band-breakup-youtube-instagram",
        "text": (
            "The indie rock band Velvet Static is breaking up after 12 years, singer Noor "
            "Castellanos announced in a YouTube video on Friday.\n\n"
            "“We’ve said everything we have to say together,” Castellanos said in the video, "
            "flanked by bandmates Pete Alden and Sam Okonkwo. “We want to stop while we still "
            "like each other.”\n\n"
            "The band will play a final show in Austin in December. Its 2016 album, “Broken Radio "
            "Weather,” was nominated for a Grammy.\n\n"
            "Alden later shared the video on Instagram with a note of his own. “Best 12 years of "
            "my life. Thank you for listening,” he wrote."
        ),
        "quotes": [
            ("We’ve said everything we have to say together,", "Noor Castellanos", False, "P1"),
            ("We want to stop while we still like each other.", "Noor Castellanos", False, "P1"),
            ("Best 12 years of my life. Thank you for listening,", "Pete Alden", False, "P2"),
        ],
        "posts": [("P1", "Noor Castellanos", "YouTube"), ("P2", "Pete Alden", "Instagram")],
        "people": ["Noor Castellanos", "Pete Alden", "Sam Okonkwo"],
    },
    {
        "name": "automaker-statement-and-analyst-call",
        "text": (
            "Tessaro Motors cut its full-year delivery forecast on Wednesday, blaming a shortage "
            "of battery cells from its main supplier.\n\n"
            "“Demand is not the problem. Supply is,” Chief Executive Anton Reyes said in the "
            "company’s statement. The company now expects to deliver 310,000 vehicles this year, "
            "down from 350,000.\n\n"
            "On a call with analysts later in the day, Reyes said a second battery plant in "
            "Georgia would begin production in the spring. “Once Savannah is running, this "
            "problem goes away,” he said.\n\n"
            "The supplier, Kestrel Cells, said it was “working around the clock” to restore "
            "output."
        ),
        "quotes": [
            ("Demand is not the problem. Supply is,", "Anton Reyes", False, "P1"),
            ("Once Savannah is running, this problem goes away,", "Anton Reyes", False, None),
            ("working around the clock", None, True, None),
        ],
        "posts": [("P1", None, None)],
        "people": ["Anton Reyes"],
    },
    {
        "name": "councilman-bluesky-apology-reply",
        "text": (
            "A city councilman in Granger Springs apologized Thursday for a post on Bluesky in "
            "which he called homeless residents “the people we keep tripping over.”\n\n"
            "“My words were cruel, and they were wrong,” Councilman Dwight Sorensen wrote in a "
            "follow-up post. “I’m sorry to the people I hurt.”\n\n"
            "The apology did little to satisfy Jasmine Oakes, director of the Granger Springs "
            "Housing Coalition, who replied beneath it: “Sorry isn’t a shelter bed.”"
        ),
        "quotes": [
            ("the people we keep tripping over.", "Dwight Sorensen", True, "P1"),
            ("My words were cruel, and they were wrong,", "Dwight Sorensen", False, "P2"),
            ("I’m sorry to the people I hurt.", "Dwight Sorensen", False, "P2"),
            ("Sorry isn’t a shelter bed.", "Jasmine Oakes", False, "P2"),
        ],
        "posts": [("P1", "Dwight Sorensen", "Bluesky"), ("P2", "Dwight Sorensen", "Bluesky")],
        "people": ["Dwight Sorensen", "Jasmine Oakes"],
    },
    {
        "name": "manager-sacked-club-statement-radio",
        "text": (
            "Premier League side Ashcombe Rovers sacked manager Luca Bertinelli on Monday after "
            "a run of seven defeats in eight matches.\n\n"
            '"The board would like to thank Luca for his commitment and wishes him well," the '
            "club said in a statement. Assistant coach Phil Garner will take charge for "
            "Saturday's match against Redfield.\n\n"
            "Captain Jordan Mbeki told Radio Ashcombe that the players shared the blame. "
            '"We\'re the ones on the pitch," the 31-year-old said. "It\'s on us as much as '
            'anyone."'
        ),
        "quotes": [
            (
                "The board would like to thank Luca for his commitment and wishes him well,",
                None,
                False,
                "P1",
            ),
            ("We're the ones on the pitch,", "Jordan Mbeki", False, "P2"),
            ("It's on us as much as anyone.", "Jordan Mbeki", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Jordan Mbeki", "Radio Ashcombe")],
        "people": ["Luca Bertinelli", "Phil Garner", "Jordan Mbeki"],
    },
    {
        "name": "location-data-majority-and-dissent",
        "text": (
            "The state Supreme Court ruled 5-2 on Thursday that police need a warrant to obtain "
            "a person’s location history from a cellphone carrier.\n\n"
            "“Our constitution does not permit the government to do with a subpoena what it "
            "could never do with a tail,” Chief Justice Roberta Klein wrote for the majority.\n\n"
            "In a dissent, Justice Samuel Hurd warned that the ruling would “hamstring "
            "investigators in the cases where time matters most.”\n\n"
            "On the courthouse steps, defense lawyer Nadine Brooks, who argued the case, said: "
            "“Today the court said your phone is not a government tracking device.”"
        ),
        "quotes": [
            (
                "Our constitution does not permit the government to do with a subpoena what it "
                "could never do with a tail,",
                "Roberta Klein",
                False,
                "P1",
            ),
            (
                "hamstring investigators in the cases where time matters most.",
                "Samuel Hurd",
                True,
                "P2",
            ),
            (
                "Today the court said your phone is not a government tracking device.",
                "Nadine Brooks",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Roberta Klein", None), ("P2", "Samuel Hurd", None)],
        "people": ["Roberta Klein", "Samuel Hurd", "Nadine Brooks"],
    },
    {
        "name": "library-late-hours-split-quote",
        "text": (
            "The Ashgrove Public Library will stay open until midnight on Fridays this summer, "
            "part of an experiment aimed at drawing in teenagers, library officials said.\n\n"
            "“Teenagers are awake at 11 p.m.,” said library director Harriet Osgood, “and we’d "
            "rather they were here than in a parking lot.”\n\n"
            "The late hours will include board-game nights and a film series that opens with "
            "“The Breakfast Club.” Sixteen-year-old Liam Porter, who volunteers at the library, "
            "said he had already signed up his friends. “It’s the only place in town that’s free "
            "and has Wi-Fi,” he said."
        ),
        "quotes": [
            ("Teenagers are awake at 11 p.m.,", "Harriet Osgood", False, None),
            (
                "and we’d rather they were here than in a parking lot.",
                "Harriet Osgood",
                False,
                None,
            ),
            (
                "It’s the only place in town that’s free and has Wi-Fi,",
                "Liam Porter",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Harriet Osgood", "Liam Porter"],
    },
    {
        "name": "budget-app-founder-reddit-session",
        "text": (
            "The founder of the budgeting app Pennywise answered questions from users for three "
            "hours on Reddit on Tuesday, a day after the company said it would begin charging "
            "for features that had been free.\n\n"
            "“I know a lot of you feel blindsided, and that’s fair,” Rachel Dunleavy wrote in "
            "the Reddit session. “We should have given you more notice.”\n\n"
            "Asked by one user whether the free version would eventually disappear, Dunleavy "
            "wrote: “Not while I’m running this company.”\n\n"
            "Pennywise has about 2 million users, according to the company."
        ),
        "quotes": [
            (
                "I know a lot of you feel blindsided, and that’s fair,",
                "Rachel Dunleavy",
                False,
                "P1",
            ),
            ("We should have given you more notice.", "Rachel Dunleavy", False, "P1"),
            ("Not while I’m running this company.", "Rachel Dunleavy", False, "P1"),
        ],
        "posts": [("P1", "Rachel Dunleavy", "Reddit")],
        "people": ["Rachel Dunleavy"],
    },
    {
        "name": "nurses-strike-release-email-picket",
        "text": (
            "About 1,200 nurses at Lakeshore General Hospital walked off the job Monday morning, "
            "the first strike at the hospital in three decades.\n\n"
            "“Nurses are not striking for themselves. We are striking because there are not "
            "enough of us to keep patients safe,” the Lakeshore Nurses Union said in a news "
            "release.\n\n"
            "Hospital President Gordon Whitley said in an email to staff that the hospital had "
            "offered raises of 14% over three years and that replacement nurses would keep all "
            "units open.\n\n"
            "On the picket line, intensive-care nurse Becky Halloran, 52, led chants through a "
            "megaphone. “Twelve patients, one nurse — do the math!” she shouted."
        ),
        "quotes": [
            (
                "Nurses are not striking for themselves. We are striking because there are not "
                "enough of us to keep patients safe,",
                None,
                False,
                "P1",
            ),
            ("Twelve patients, one nurse — do the math!", "Becky Halloran", False, None),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Gordon Whitley", None)],
        "people": ["Gordon Whitley", "Becky Halloran"],
    },
]
