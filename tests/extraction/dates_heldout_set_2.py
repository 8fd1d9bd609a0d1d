"""Held-out dates set 2: fresh news paragraphs with hand-written TIMEX3 gold.

Written for the project as evaluation data and committed before any rule was
run on it. Gold rows must never be edited to make a rule pass; if a row is
wrong, fix it in its own commit that says why, independent of any rule change.

Each row: name, dateline (the publication date relative expressions resolve
against), text, and timexes as (surface, occurrence, type, value), where
occurrence is the 0-based index among all occurrences of that exact surface
string in the text (plain str.find counting).

Conventions:
- A weekday in a past-tense report is the latest such day on or before the
  dateline (so "said Friday" on a Friday dateline is the dateline day); a
  weekday in a future sentence is the next such day after the dateline.
- A month without a year: past tense gives the latest such month before the
  dateline, future tense the next one.
- "last week" / "this week" / "next week" are ISO weeks (YYYY-Www); "the
  weekend" is YYYY-Www-WE of the weekend meant.
- "a year ago", "two years ago", "a month later" keep month precision (YYYY-MM);
  "two years later" after a season keeps year precision.
- "the following day", "a day earlier", "a month later" resolve against the
  last date mentioned before them.
- Modifiers ("early", "late", "mid-", "the end of", "the middle of") stay in
  the surface span but do not change the value (no mod field here):
  "mid-March" -> 2020-03, "late last year" -> 2019, "the end of the week" ->
  the ISO week.
- Decades and centuries: "the 1990s" -> 199, "the late 19th century" -> 18.
- Seasons YYYY-SP/SU/FA/WI, quarters YYYY-Q1..Q4, halves YYYY-H1/H2.
- Parts of day: "Saturday night" -> YYYY-MM-DDTNI, "Friday morning" -> TMO;
  clock times are TIME values YYYY-MM-DDThh:mm on the day they belong to.
- "the past decade", "a decade" are DURATION P10Y; "30-day" (adjectival) is
  a DURATION.
- Sets: "every day", "daily", "a day" (as a rate) -> P1D; "weekly" -> P1W;
  "quarterly" -> P3M; "each year", "a year" (as a rate) -> P1Y; "every
  Saturday" -> XXXX-WXX-6; "weekends" -> XXXX-WXX-WE.
- "now" is PRESENT_REF, "recently" is PAST_REF.
- Ages ("61", "the 33-year-old") and scores are not temporal expressions.
"""

DATES_HELDOUT_2 = [
    {
        "name": "courts_voting_ordinance",
        "dateline": "2021-09-24",
        "text": (
            "A federal judge on Thursday blocked Harlan County from enforcing its new voting "
            "ordinance, ruling that commissioners had skipped the 30-day public notice required "
            "by state law. U.S. District Judge Alicia Moreno said she would revisit the order "
            "after a hearing set for 10 a.m. Oct. 5. The ordinance, approved last week, would "
            'have cut the number of early voting sites from 14 to six. "We will file our appeal '
            "tomorrow,\" County Attorney Mark Delgado said after Thursday's ruling. The county "
            "filed its notice of appeal Friday morning, a spokeswoman said."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2021-09-23"),
            ("30-day", 0, "DURATION", "P30D"),
            ("10 a.m. Oct. 5", 0, "TIME", "2021-10-05T10:00"),
            ("last week", 0, "DATE", "2021-W37"),
            ("tomorrow", 0, "DATE", "2021-09-24"),
            ("Thursday", 1, "DATE", "2021-09-23"),
            ("Friday morning", 0, "TIME", "2021-09-24TMO"),
        ],
    },
    {
        "name": "politics_redistricting_vote",
        "dateline": "2022-03-15",
        "text": (
            "The state Senate voted 21-17 on Tuesday to send the new congressional map to Gov. "
            "Laura Kessler, who has said she will sign it by the end of the week. Lawmakers have "
            "fought over the boundaries since January, when a court-appointed panel rejected the "
            "legislature's first draft. Senate Majority Leader Tom Reyes said the chamber would "
            'turn to the budget next month. "We have lost three weeks to this fight," Reyes '
            'said. "We will not lose April too."'
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2022-03-15"),
            ("the end of the week", 0, "DATE", "2022-W11"),
            ("January", 0, "DATE", "2022-01"),
            ("next month", 0, "DATE", "2022-04"),
            ("three weeks", 0, "DURATION", "P3W"),
            ("April", 0, "DATE", "2022-04"),
        ],
    },
    {
        "name": "business_freight_earnings",
        "dateline": "2023-10-26",
        "text": (
            "Harbor Freightways said Thursday that its third-quarter profit fell 12% as shipping "
            "volumes slumped and fuel costs climbed. The trucking company earned $214 million in "
            "the three months ended Sept. 30, compared with $243 million in the third quarter of "
            "2022. Chief executive Dana Whitcomb told analysts that demand had stabilized and that "
            "she expected a rebound in the first half of 2024. Shares fell 4% on the news."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2023-10-26"),
            ("third-quarter", 0, "DATE", "2023-Q3"),
            ("the three months", 0, "DURATION", "P3M"),
            ("Sept. 30", 0, "DATE", "2023-09-30"),
            ("the third quarter of 2022", 0, "DATE", "2022-Q3"),
            ("the first half of 2024", 0, "DATE", "2024-H1"),
        ],
    },
    {
        "name": "sports_training_camp",
        "dateline": "2020-07-06",
        "text": (
            "The Riverside Hawks will open training camp next Monday after the league pushed back "
            "its schedule because of the pandemic. Coach Ben Okafor, who has led the team for 11 "
            "years, said Sunday that his players had been working out on their own since "
            'mid-March. The season opener is now set for Aug. 14 against Portland. "We are ready '
            'now," Okafor said.'
        ),
        "timexes": [
            ("next Monday", 0, "DATE", "2020-07-13"),
            ("11 years", 0, "DURATION", "P11Y"),
            ("Sunday", 0, "DATE", "2020-07-05"),
            ("mid-March", 0, "DATE", "2020-03"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("Aug. 14", 0, "DATE", "2020-08-14"),
            ("now", 1, "DATE", "PRESENT_REF"),
        ],
    },
    {
        "name": "weather_winter_storm",
        "dateline": "2024-02-09",
        "text": (
            "A storm that could drop a foot of snow on parts of the Upper Midwest will arrive "
            "Saturday night, the National Weather Service said Friday. Forecasters warned that "
            "wind gusts could reach 45 mph through Sunday morning and that temperatures would stay "
            "below zero for three days once the snow ends. It would be the region's first major "
            "storm since early January. Minneapolis has recorded only 8 inches of snow since "
            "Dec. 1, far below normal."
        ),
        "timexes": [
            ("Saturday night", 0, "TIME", "2024-02-10TNI"),
            ("Friday", 0, "DATE", "2024-02-09"),
            ("Sunday morning", 0, "TIME", "2024-02-11TMO"),
            ("three days", 0, "DURATION", "P3D"),
            ("early January", 0, "DATE", "2024-01"),
            ("Dec. 1", 0, "DATE", "2023-12-01"),
        ],
    },
    {
        "name": "health_measles_outbreak",
        "dateline": "2019-11-13",
        "text": (
            "State health officials reported 14 new measles cases on Wednesday, bringing the "
            "total since the outbreak began in August to 212. Most of the new patients were "
            "children under 5 who had not been vaccinated, said Dr. Priya Natarajan, the state "
            "epidemiologist. The state sees a handful of measles cases each year, but this "
            "outbreak is the largest since 1994. The health department will hold free vaccination "
            'clinics every Saturday through the end of the year. "The next two weeks are '
            'critical," Natarajan said.'
        ),
        "timexes": [
            ("Wednesday", 0, "DATE", "2019-11-13"),
            ("August", 0, "DATE", "2019-08"),
            ("each year", 0, "SET", "P1Y"),
            ("1994", 0, "DATE", "1994"),
            ("every Saturday", 0, "SET", "XXXX-WXX-6"),
            ("the end of the year", 0, "DATE", "2019"),
            ("The next two weeks", 0, "DURATION", "P2W"),
        ],
    },
    {
        "name": "local_street_closure",
        "dateline": "2022-06-02",
        "text": (
            "The Millbrook City Council on Wednesday approved a plan to close Elm Street to cars on "
            "weekends this summer, a pilot that begins June 18 and runs through Labor Day. "
            "Downtown business owners pushed for the change after a similar trial in 2019 drew "
            "large crowds. Council member Jeff Arnaud, who voted against the plan, noted that the "
            "street had been closed for repairs for six months last year. The council will vote "
            "on the city's budget Tuesday and review the pilot in October."
        ),
        "timexes": [
            ("Wednesday", 0, "DATE", "2022-06-01"),
            ("weekends", 0, "SET", "XXXX-WXX-WE"),
            ("this summer", 0, "DATE", "2022-SU"),
            ("June 18", 0, "DATE", "2022-06-18"),
            ("Labor Day", 0, "DATE", "2022-09-05"),
            ("2019", 0, "DATE", "2019"),
            ("six months", 0, "DURATION", "P6M"),
            ("last year", 0, "DATE", "2021"),
            ("Tuesday", 0, "DATE", "2022-06-07"),
            ("October", 0, "DATE", "2022-10"),
        ],
    },
    {
        "name": "entertainment_tv_finale",
        "dateline": "2023-01-17",
        "text": (
            'The long-running drama "Harbor Lights" will end its run this spring, the network '
            "announced Tuesday. The final episode will air May 21. The show premiered in the fall "
            "of 2011 and became one of cable's most-watched series by 2015. Star Melissa Grant, "
            '54, said in a statement that filming wraps in March. "It has been the best job of '
            'my life," she said.'
        ),
        "timexes": [
            ("this spring", 0, "DATE", "2023-SP"),
            ("Tuesday", 0, "DATE", "2023-01-17"),
            ("May 21", 0, "DATE", "2023-05-21"),
            ("the fall of 2011", 0, "DATE", "2011-FA"),
            ("2015", 0, "DATE", "2015"),
            ("March", 0, "DATE", "2023-03"),
        ],
    },
    {
        "name": "science_mars_helicopter",
        "dateline": "2021-04-30",
        "text": (
            "NASA's Ingenuity helicopter completed its fourth flight on Friday, climbing to 16 "
            "feet and flying for 117 seconds, the agency said. Engineers had called off the "
            "attempt a day earlier when the craft failed to switch into flight mode. The team "
            "plans one more flight in the next two weeks before the Perseverance rover moves on. "
            "The two spacecraft landed on Mars in February."
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2021-04-30"),
            ("117 seconds", 0, "DURATION", "PT117S"),
            ("a day earlier", 0, "DATE", "2021-04-29"),
            ("the next two weeks", 0, "DURATION", "P2W"),
            ("February", 0, "DATE", "2021-02"),
        ],
    },
    {
        "name": "courts_bank_fraud_trial",
        "dateline": "2024-08-19",
        "text": (
            "Jury selection began Monday in the fraud trial of former Castlebrook Bank executive "
            "Howard Lin, who is accused of hiding $40 million in losses from regulators between "
            "2016 and 2019. Lin, 61, resigned from the bank in mid-2020. He was arrested on Feb. "
            "11, 2022, and released on bail the following day. Judge Renata Alvarez told "
            "prospective jurors that the trial could last six weeks and that court would sit "
            "daily. Opening statements are scheduled for Aug. 26."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2024-08-19"),
            ("2016", 0, "DATE", "2016"),
            ("2019", 0, "DATE", "2019"),
            ("mid-2020", 0, "DATE", "2020"),
            ("Feb. 11, 2022", 0, "DATE", "2022-02-11"),
            ("the following day", 0, "DATE", "2022-02-12"),
            ("six weeks", 0, "DURATION", "P6W"),
            ("daily", 0, "SET", "P1D"),
            ("Aug. 26", 0, "DATE", "2024-08-26"),
        ],
    },
    {
        "name": "politics_stopgap_bill",
        "dateline": "2020-12-10",
        "text": (
            "The House is expected to vote on a one-week stopgap bill before current funding runs "
            "out at 11:59 p.m. Friday, giving negotiators more time to finish a $1.4 trillion "
            "spending package. Aides to the speaker said Thursday that talks had made progress "
            "over the weekend but stalled again on Tuesday. Congress has relied on short-term "
            "spending measures for much of the past decade."
        ),
        "timexes": [
            ("one-week", 0, "DURATION", "P1W"),
            ("11:59 p.m. Friday", 0, "TIME", "2020-12-11T23:59"),
            ("Thursday", 0, "DATE", "2020-12-10"),
            ("the weekend", 0, "DATE", "2020-W49-WE"),
            ("Tuesday", 0, "DATE", "2020-12-08"),
            ("the past decade", 0, "DURATION", "P10Y"),
        ],
    },
    {
        "name": "business_grocery_expansion",
        "dateline": "2025-05-21",
        "text": (
            "Shares of Northwind Foods jumped 9% on Wednesday after the grocery chain said it "
            "would open 40 stores by the end of 2026. The company, which has not opened a new "
            "store since the spring of 2022, said first-quarter sales rose 6% from a year ago. "
            "Northwind pays a dividend quarterly and will report results for the second quarter "
            "in August."
        ),
        "timexes": [
            ("Wednesday", 0, "DATE", "2025-05-21"),
            ("the end of 2026", 0, "DATE", "2026"),
            ("the spring of 2022", 0, "DATE", "2022-SP"),
            ("first-quarter", 0, "DATE", "2025-Q1"),
            ("a year ago", 0, "DATE", "2024-05"),
            ("quarterly", 0, "SET", "P3M"),
            ("the second quarter", 0, "DATE", "2025-Q2"),
            ("August", 0, "DATE", "2025-08"),
        ],
    },
    {
        "name": "sports_soccer_playoff_spot",
        "dateline": "2022-10-03",
        "text": (
            "Maya Torres scored twice in 10 minutes as Seattle beat Denver 3-1 on Sunday to clinch "
            "a playoff spot for the first time since 2017. Torres, 24, has scored in each of her "
            "last four games. Seattle will host Chicago on Saturday in the regular-season finale, "
            'with kickoff set for 7 p.m. "Two years ago we finished in last place," coach Ana '
            "Ruiz said."
        ),
        "timexes": [
            ("10 minutes", 0, "DURATION", "PT10M"),
            ("Sunday", 0, "DATE", "2022-10-02"),
            ("2017", 0, "DATE", "2017"),
            ("Saturday", 0, "DATE", "2022-10-08"),
            ("7 p.m.", 0, "TIME", "2022-10-08T19:00"),
            ("Two years ago", 0, "DATE", "2020-10"),
        ],
    },
    {
        "name": "weather_phoenix_heat",
        "dateline": "2023-07-28",
        "text": (
            "Phoenix reached 114 degrees on Thursday, extending a streak of 110-degree days that "
            "began June 30. The previous record, set in 1974, lasted 18 days. Forecasters said "
            "relief could come by the middle of next week, when monsoon storms are expected. "
            "Hospitals in the county have treated hundreds of people for heat illness this month."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2023-07-27"),
            ("June 30", 0, "DATE", "2023-06-30"),
            ("1974", 0, "DATE", "1974"),
            ("18 days", 0, "DURATION", "P18D"),
            ("the middle of next week", 0, "DATE", "2023-W31"),
            ("this month", 0, "DATE", "2023-07"),
        ],
    },
    {
        "name": "health_walking_study",
        "dateline": "2019-02-26",
        "text": (
            "Adults who walked at least 7,000 steps a day had a 50% lower risk of dying over 11 "
            "years than those who walked less, according to a study published Tuesday in the "
            "journal JAMA Network Open. Researchers followed 2,100 people who enrolled in a heart "
            "study in the 1980s, when most were in their 40s. Lead author Amanda Paluch said the "
            "team now plans a trial in which volunteers will wear step counters every day for a "
            "year."
        ),
        "timexes": [
            ("a day", 0, "SET", "P1D"),
            ("11 years", 0, "DURATION", "P11Y"),
            ("Tuesday", 0, "DATE", "2019-02-26"),
            ("the 1980s", 0, "DATE", "198"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("every day", 0, "SET", "P1D"),
            ("a year", 0, "DURATION", "P1Y"),
        ],
    },
    {
        "name": "politics_ballot_count",
        "dateline": "2024-11-07",
        "text": (
            "Election officials in Maricopa County were still counting about 400,000 ballots on "
            "Thursday, and the county recorder said final results might not be known until Nov. "
            "15. Most of the remaining ballots were dropped off at polling places on Election Day, "
            "he said. Workers spent three hours on Wednesday sorting provisional ballots alone. In "
            "2020, the county took 10 days to finish its count. Counting will continue through "
            "the weekend."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2024-11-07"),
            ("Nov. 15", 0, "DATE", "2024-11-15"),
            ("Election Day", 0, "DATE", "2024-11-05"),
            ("three hours", 0, "DURATION", "PT3H"),
            ("Wednesday", 0, "DATE", "2024-11-06"),
            ("2020", 0, "DATE", "2020"),
            ("10 days", 0, "DURATION", "P10D"),
            ("the weekend", 0, "DATE", "2024-W45-WE"),
        ],
    },
    {
        "name": "local_diner_closing",
        "dateline": "2021-12-29",
        "text": (
            "The owners of the Lakeside Diner, a fixture on Route 9 since 1987, said Wednesday "
            "that the restaurant will close for good on New Year's Eve. Sales never recovered "
            "after the diner shut its dining room for 14 months during the pandemic, co-owner Gail "
            "Brennan said. The building has been sold to a developer who plans to break ground "
            "next spring. Regulars have been lining up this week to say goodbye."
        ),
        "timexes": [
            ("1987", 0, "DATE", "1987"),
            ("Wednesday", 0, "DATE", "2021-12-29"),
            ("New Year's Eve", 0, "DATE", "2021-12-31"),
            ("14 months", 0, "DURATION", "P14M"),
            ("next spring", 0, "DATE", "2022-SP"),
            ("this week", 0, "DATE", "2021-W52"),
        ],
    },
    {
        "name": "courts_supreme_court_speech",
        "dateline": "2025-03-04",
        "text": (
            "The Supreme Court on Tuesday agreed to hear a challenge to a Florida law that bars "
            "companies from requiring workers to attend meetings about political topics. The "
            "justices will hear arguments in the fall, with a decision likely by June 2026. A "
            "federal appeals court upheld the law in November, finding that it did not violate "
            "the First Amendment. The law took effect July 1, 2023."
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2025-03-04"),
            ("the fall", 0, "DATE", "2025-FA"),
            ("June 2026", 0, "DATE", "2026-06"),
            ("November", 0, "DATE", "2024-11"),
            ("July 1, 2023", 0, "DATE", "2023-07-01"),
        ],
    },
    {
        "name": "entertainment_tour_postponed",
        "dateline": "2022-08-12",
        "text": (
            "Pop singer Lila Vance said Friday that she will postpone the rest of her North "
            "American tour until early 2023 after doctors ordered her to rest her voice for two "
            "months. Vance, 29, had played 31 shows since the tour opened in Atlanta in June. The "
            "postponed dates, including three shows at Madison Square Garden next week, will be "
            'rescheduled, and tickets will remain valid. "I have been singing through pain for a '
            'month," she wrote on Instagram on Thursday.'
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2022-08-12"),
            ("early 2023", 0, "DATE", "2023"),
            ("two months", 0, "DURATION", "P2M"),
            ("June", 0, "DATE", "2022-06"),
            ("next week", 0, "DATE", "2022-W33"),
            ("a month", 0, "DURATION", "P1M"),
            ("Thursday", 0, "DATE", "2022-08-11"),
        ],
    },
    {
        "name": "science_betelgeuse_brightens",
        "dateline": "2020-01-23",
        "text": (
            "Astronomers said Thursday that Betelgeuse, a red giant star that dimmed dramatically "
            "late last year, has begun to brighten again. The star lost about two-thirds of its "
            "brightness between October and mid-January, prompting speculation that it was about "
            "to explode. Observations over the past 10 days show the trend has reversed, said "
            "Edward Guinan, an astronomer at Villanova University. He expects the star to return "
            "to its normal brightness by late February."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2020-01-23"),
            ("late last year", 0, "DATE", "2019"),
            ("October", 0, "DATE", "2019-10"),
            ("mid-January", 0, "DATE", "2020-01"),
            ("the past 10 days", 0, "DURATION", "P10D"),
            ("late February", 0, "DATE", "2020-02"),
        ],
    },
    {
        "name": "local_red_line_repairs",
        "dateline": "2023-04-11",
        "text": (
            "Red Line riders should expect 20-minute delays starting next Monday, when crews "
            "begin replacing a mile of track near Union Station, transit officials said Tuesday. "
            "The work will take three weeks. While it is under way, trains will run every 12 "
            "minutes instead of every six minutes. The line was last overhauled in 2008, and the "
            "agency recently raised fares by 25 cents."
        ),
        "timexes": [
            ("20-minute", 0, "DURATION", "PT20M"),
            ("next Monday", 0, "DATE", "2023-04-17"),
            ("Tuesday", 0, "DATE", "2023-04-11"),
            ("three weeks", 0, "DURATION", "P3W"),
            ("every 12 minutes", 0, "SET", "PT12M"),
            ("every six minutes", 0, "SET", "PT6M"),
            ("2008", 0, "DATE", "2008"),
            ("recently", 0, "DATE", "PAST_REF"),
        ],
    },
    {
        "name": "sports_goalkeeper_retires",
        "dateline": "2024-06-14",
        "text": (
            "Goalkeeper Sam Ortiz, who has played for Northgate United for 18 years, will retire "
            "this summer, the club announced Friday. Ortiz, 39, joined the academy in the summer "
            "of 2006 and made his first-team debut two years later. His final home game will be "
            'June 29. "Today is not a sad day for me," Ortiz said.'
        ),
        "timexes": [
            ("18 years", 0, "DURATION", "P18Y"),
            ("this summer", 0, "DATE", "2024-SU"),
            ("Friday", 0, "DATE", "2024-06-14"),
            ("the summer of 2006", 0, "DATE", "2006-SU"),
            ("two years later", 0, "DATE", "2008"),
            ("June 29", 0, "DATE", "2024-06-29"),
            ("Today", 0, "DATE", "2024-06-14"),
        ],
    },
    {
        "name": "business_auto_parts_strike",
        "dateline": "2019-08-05",
        "text": (
            "About 2,000 workers at the Dalton auto parts plant walked off the job early Monday "
            "after contract talks broke down over the weekend. The union's previous contract "
            "expired July 31. The two sides had been negotiating since the spring, and no new "
            "talks are scheduled, a union spokeswoman said. The last strike at the plant, in "
            "1998, lasted 54 days."
        ),
        "timexes": [
            ("early Monday", 0, "DATE", "2019-08-05"),
            ("the weekend", 0, "DATE", "2019-W31-WE"),
            ("July 31", 0, "DATE", "2019-07-31"),
            ("the spring", 0, "DATE", "2019-SP"),
            ("1998", 0, "DATE", "1998"),
            ("54 days", 0, "DURATION", "P54D"),
        ],
    },
    {
        "name": "politics_leadership_race",
        "dateline": "2025-01-08",
        "text": (
            "The governing party will choose a new leader on March 9, officials said Wednesday, "
            "after Prime Minister Elena Morrow announced her resignation on Monday. Her decision "
            "followed a revolt by senior cabinet ministers last week. Morrow, who has led the "
            "country since 2015, will stay on until a successor is chosen. Parliament, suspended "
            "until March 24, will not sit during the contest. Polls show the party trailing by 20 "
            "points, its worst position in a decade."
        ),
        "timexes": [
            ("March 9", 0, "DATE", "2025-03-09"),
            ("Wednesday", 0, "DATE", "2025-01-08"),
            ("Monday", 0, "DATE", "2025-01-06"),
            ("last week", 0, "DATE", "2025-W01"),
            ("2015", 0, "DATE", "2015"),
            ("March 24", 0, "DATE", "2025-03-24"),
            ("a decade", 0, "DURATION", "P10Y"),
        ],
    },
    {
        "name": "health_vaccine_site_closing",
        "dateline": "2021-06-16",
        "text": (
            "The county will close its last mass vaccination site, at the fairgrounds, on June "
            "30, health officials said Wednesday, as demand for shots has fallen sharply since "
            "April. The site gave as many as 6,000 doses a day at its peak in March but now "
            "averages fewer than 300. Walk-in shots became available at pharmacies earlier this "
            "month. Mobile clinics will visit schools and churches weekly through the summer."
        ),
        "timexes": [
            ("June 30", 0, "DATE", "2021-06-30"),
            ("Wednesday", 0, "DATE", "2021-06-16"),
            ("April", 0, "DATE", "2021-04"),
            ("a day", 0, "SET", "P1D"),
            ("March", 0, "DATE", "2021-03"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("earlier this month", 0, "DATE", "2021-06"),
            ("weekly", 0, "SET", "P1W"),
            ("the summer", 0, "DATE", "2021-SU"),
        ],
    },
    {
        "name": "courts_church_fire_arrest",
        "dateline": "2022-12-22",
        "text": (
            "A man accused of setting fire to a downtown church in March was arrested Wednesday "
            "night in Ohio, police said Thursday. Investigators had been searching for Darnell "
            "Hughes since he failed to appear at a court hearing in September. The 33-year-old is "
            "scheduled to appear before a judge in Columbus at noon Friday and is expected to be "
            "returned to the state after Christmas. The fire caused an estimated $2 million in "
            "damage and kept the congregation out of its building for seven months."
        ),
        "timexes": [
            ("March", 0, "DATE", "2022-03"),
            ("Wednesday night", 0, "TIME", "2022-12-21TNI"),
            ("Thursday", 0, "DATE", "2022-12-22"),
            ("September", 0, "DATE", "2022-09"),
            ("noon Friday", 0, "TIME", "2022-12-23T12:00"),
            ("Christmas", 0, "DATE", "2022-12-25"),
            ("seven months", 0, "DURATION", "P7M"),
        ],
    },
    {
        "name": "science_hottest_summer",
        "dateline": "2023-09-01",
        "text": (
            "Global temperatures last month were the highest of any month on record except July, "
            "European climate scientists said Friday. Summer 2023 was also the warmest since "
            "record-keeping began in 1940, roughly 1.5 degrees Celsius above the average for the "
            "late 19th century. The scientists expect this year to rank among the warmest ever "
            "and said El Niño conditions are likely to strengthen through the end of the year."
        ),
        "timexes": [
            ("last month", 0, "DATE", "2023-08"),
            ("July", 0, "DATE", "2023-07"),
            ("Friday", 0, "DATE", "2023-09-01"),
            ("Summer 2023", 0, "DATE", "2023-SU"),
            ("1940", 0, "DATE", "1940"),
            ("the late 19th century", 0, "DATE", "18"),
            ("this year", 0, "DATE", "2023"),
            ("the end of the year", 0, "DATE", "2023"),
        ],
    },
    {
        "name": "sports_big_ten_fans",
        "dateline": "2020-10-19",
        "text": (
            "The Big Ten will allow fans at football games starting Nov. 7, reversing a ban it "
            "announced last month, conference officials said Monday. Stadiums will be limited to "
            "20% of capacity. The conference postponed its football season in mid-August, then "
            "reversed course a month later. Ohio State opens at home against Nebraska at noon "
            "Saturday."
        ),
        "timexes": [
            ("Nov. 7", 0, "DATE", "2020-11-07"),
            ("last month", 0, "DATE", "2020-09"),
            ("Monday", 0, "DATE", "2020-10-19"),
            ("mid-August", 0, "DATE", "2020-08"),
            ("a month later", 0, "DATE", "2020-09"),
            ("noon Saturday", 0, "TIME", "2020-10-24T12:00"),
        ],
    },
    {
        "name": "local_school_start_time",
        "dateline": "2024-04-25",
        "text": (
            "The Eastfield school board voted 5-2 on Wednesday night to push back the start of "
            "high school classes by 50 minutes beginning in the fall. Superintendent Karen Liu "
            "said the district studied the change for two years after a state report in 2021 "
            "linked early start times to poor sleep among teenagers. Families will get new bus "
            "schedules by mid-July. The board meets again May 9."
        ),
        "timexes": [
            ("Wednesday night", 0, "TIME", "2024-04-24TNI"),
            ("50 minutes", 0, "DURATION", "PT50M"),
            ("the fall", 0, "DATE", "2024-FA"),
            ("two years", 0, "DURATION", "P2Y"),
            ("2021", 0, "DATE", "2021"),
            ("mid-July", 0, "DATE", "2024-07"),
            ("May 9", 0, "DATE", "2024-05-09"),
        ],
    },
    {
        "name": "business_software_layoffs",
        "dateline": "2025-09-30",
        "text": (
            "Software maker Brightline will cut 1,200 jobs, about 8% of its workforce, in its "
            "second round of layoffs this year, chief executive Omar Haddad told employees at 9 "
            "a.m. Tuesday. The company laid off 600 people in February. The cuts will be "
            "completed by the end of the fourth quarter and will save about $150 million a year, "
            "Brightline said in a filing. Haddad, who founded the company in a garage in the "
            '1990s, called the decision "painful but necessary."'
        ),
        "timexes": [
            ("this year", 0, "DATE", "2025"),
            ("9 a.m. Tuesday", 0, "TIME", "2025-09-30T09:00"),
            ("February", 0, "DATE", "2025-02"),
            ("the end of the fourth quarter", 0, "DATE", "2025-Q4"),
            ("a year", 0, "SET", "P1Y"),
            ("the 1990s", 0, "DATE", "199"),
        ],
    },
]
