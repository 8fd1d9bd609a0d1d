"""Held-out dates set 3: news paragraphs with hand-made TIMEX3 gold.

Written fresh for the project and committed before any rule was run on it, so
it measures how the date extractor does on text it was never tuned to. Gold
rows must never be edited to make a rule pass: if a rule disagrees with a row,
the rule is what changes (or the miss is recorded), never the row.

Each case is a dict with ``name``, ``dateline`` (YYYY-MM-DD), ``text`` and
``timexes``: tuples of (surface text exactly as in the text, 0-based occurrence
among equal surface strings in that text, TIMEX3 type, TIMEX3 value or None).

Conventions, as in the extraction contract and the seed's gold:

- A weekday in a past-tense report is the latest such day on or before the
  dateline; in a future or scheduled sentence, the next such day. A month or a
  holiday without a year: past, the latest before the dateline; future, the next.
- "a year ago" has month precision; "two years ago" and "two years later" have
  year precision. "the 1980s" is "198". Seasons are YYYY-SP/SU/FA/WI, a quarter
  is YYYY-Qn, a weekend YYYY-Www-WE.
- "early", "mid-", "the end of" stay in the span; the value is the plain period.
- A clock time joined to a day is one TIME span; a bare clock time takes the
  day last named in its sentence, else the dateline.
- Rates ("$180 a year", "twice a day", "38,000 riders a day") are not
  annotated; "every day", "daily", "weekly", "each year", "every Saturday",
  "every 15 minutes" are SET.
- Spans keep "last", "next", "this", "ago", "later", a leading "the", and drop
  leading prepositions. Ages are not dates.
- Relative dates inside a quote resolve against the day the words were said;
  every quote here that holds one gives the same value read from the day it
  was said as from the dateline.
"""

DATES_HELDOUT_3: list[dict] = [
    {
        "name": "courts_embezzlement_sentence",
        "dateline": "2025-03-14",
        "text": (
            "A federal judge on Thursday sentenced a former county treasurer to 42 months in "
            "prison for embezzling more than $1.3 million over nine years. Prosecutors said the "
            "thefts began in 2014 and ended only when auditors flagged irregular transfers last "
            "spring. The defendant, 58, must report to prison by May 1 and pay full restitution. "
            "His lawyer said an appeal would be filed within 30 days."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2025-03-13"),
            ("42 months", 0, "DURATION", "P42M"),
            ("nine years", 0, "DURATION", "P9Y"),
            ("2014", 0, "DATE", "2014"),
            ("last spring", 0, "DATE", "2024-SP"),
            ("May 1", 0, "DATE", "2025-05-01"),
            ("30 days", 0, "DURATION", "P30D"),
        ],
    },
    {
        "name": "politics_redistricting_vote",
        "dateline": "2026-02-10",
        "text": (
            "The state Senate will vote Thursday on a bill to create an independent "
            "redistricting commission, the majority leader said Tuesday. The measure cleared the "
            "rules committee last week after a hearing that lasted six hours. If it passes, the "
            'commission would draw its first maps after the 2030 census. "We have debated this '
            'since January, and now it is time to decide," Majority Leader Carol Whitfield said. '
            "Thursday's vote is expected to fall largely along party lines."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2026-02-12"),
            ("Tuesday", 0, "DATE", "2026-02-10"),
            ("last week", 0, "DATE", "2026-W06"),
            ("six hours", 0, "DURATION", "PT6H"),
            ("2030", 0, "DATE", "2030"),
            ("January", 0, "DATE", "2026-01"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("Thursday", 1, "DATE", "2026-02-12"),
        ],
    },
    {
        "name": "business_forecast_cut",
        "dateline": "2025-10-23",
        "text": (
            "Shares of Halvorsen Foods fell 8% Thursday after the company cut its sales forecast "
            "for a second time since March. Revenue rose 3% in the third quarter to $2.1 billion, "
            "short of analysts' estimates. Chief executive Mara Quint said higher cocoa prices "
            "would weigh on margins until mid-2026. The company will meet with investors later "
            "this month and report its next results on Feb. 12."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2025-10-23"),
            ("March", 0, "DATE", "2025-03"),
            ("the third quarter", 0, "DATE", "2025-Q3"),
            ("mid-2026", 0, "DATE", "2026"),
            ("later this month", 0, "DATE", "2025-10"),
            ("Feb. 12", 0, "DATE", "2026-02-12"),
        ],
    },
    {
        "name": "sports_football_winless_run",
        "dateline": "2024-08-19",
        "text": (
            "Riverside United ended a 14-game winless run with a 2-1 victory over Port Haven on "
            "Sunday, its first league win since April. Defender Tomas Eke, who signed a "
            "three-year contract on Friday, scored the winner with a late header. The club plays "
            "again Saturday at home and travels to Leeds for a cup tie on Aug. 28. "
            '"Last year we would have lost this game, but now we believe," coach Ana Silva said.'
        ),
        "timexes": [
            ("Sunday", 0, "DATE", "2024-08-18"),
            ("April", 0, "DATE", "2024-04"),
            ("three-year", 0, "DURATION", "P3Y"),
            ("Friday", 0, "DATE", "2024-08-16"),
            ("Saturday", 0, "DATE", "2024-08-24"),
            ("Aug. 28", 0, "DATE", "2024-08-28"),
            ("Last year", 0, "DATE", "2023"),
            ("now", 0, "DATE", "PRESENT_REF"),
        ],
    },
    {
        "name": "weather_snowstorm_warning",
        "dateline": "2025-01-06",
        "text": (
            "A storm moving in from the Pacific will bring up to 10 inches of snow to the valley "
            "beginning at 4 p.m. Tuesday, forecasters said Monday. The National Weather Service "
            'issued a storm warning that runs through 6 a.m. Thursday. "We expect the worst of '
            'it tomorrow, so if you can stay home, stay home," meteorologist Dan Okafor said. '
            "City crews will work 12-hour shifts, and schools in three districts have already "
            "canceled classes for Tuesday and Wednesday. The valley last saw a storm of that size "
            "in February 2021."
        ),
        "timexes": [
            ("4 p.m. Tuesday", 0, "TIME", "2025-01-07T16:00"),
            ("Monday", 0, "DATE", "2025-01-06"),
            ("6 a.m. Thursday", 0, "TIME", "2025-01-09T06:00"),
            ("tomorrow", 0, "DATE", "2025-01-07"),
            ("12-hour", 0, "DURATION", "PT12H"),
            ("Tuesday", 1, "DATE", "2025-01-07"),
            ("Wednesday", 0, "DATE", "2025-01-08"),
            ("February 2021", 0, "DATE", "2021-02"),
        ],
    },
    {
        "name": "health_measles_cases",
        "dateline": "2026-07-02",
        "text": (
            "County health officials confirmed three more measles cases on Wednesday, bringing "
            "the total to 27 since the first case was reported May 18. All of the new patients "
            "are children who had not been vaccinated. A free vaccination clinic will open at "
            "the fairgrounds every Saturday through the end of August, and the county will "
            "publish case counts weekly. The county's last outbreak, in 2019, sickened 11 people "
            "over six weeks."
        ),
        "timexes": [
            ("Wednesday", 0, "DATE", "2026-07-01"),
            ("May 18", 0, "DATE", "2026-05-18"),
            ("every Saturday", 0, "SET", "XXXX-WXX-6"),
            ("the end of August", 0, "DATE", "2026-08"),
            ("weekly", 0, "SET", "P1W"),
            ("2019", 0, "DATE", "2019"),
            ("six weeks", 0, "DURATION", "P6W"),
        ],
    },
    {
        "name": "local_government_budget",
        "dateline": "2024-06-12",
        "text": (
            "The City Council approved a $412 million budget on Tuesday after a four-hour "
            "debate. The spending plan, which takes effect July 1, raises property taxes for the "
            "first time since 2017 and adds 40 police officers over two years. Council member "
            "Rosa Delgado, who voted against it, said the increase would cost the average "
            "homeowner about $180 a year. The council holds its next regular meeting June 25."
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2024-06-11"),
            ("four-hour", 0, "DURATION", "PT4H"),
            ("July 1", 0, "DATE", "2024-07-01"),
            ("2017", 0, "DATE", "2017"),
            ("two years", 0, "DURATION", "P2Y"),
            ("June 25", 0, "DATE", "2024-06-25"),
        ],
    },
    {
        "name": "entertainment_film_festival",
        "dateline": "2025-09-05",
        "text": (
            'The Lakeshore Film Festival opens Thursday with the world premiere of "Salt Road," '
            "a drama shot in Morocco over 11 weeks in 2024. The festival, which began in 1994, "
            "runs through Sept. 21 and will screen 140 films. Director Lena Park said Friday that "
            "the film took six years to finance. Tickets for the closing gala go on sale at "
            "10 a.m. Monday."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2025-09-11"),
            ("11 weeks", 0, "DURATION", "P11W"),
            ("2024", 0, "DATE", "2024"),
            ("1994", 0, "DATE", "1994"),
            ("Sept. 21", 0, "DATE", "2025-09-21"),
            ("Friday", 0, "DATE", "2025-09-05"),
            ("six years", 0, "DURATION", "P6Y"),
            ("10 a.m. Monday", 0, "TIME", "2025-09-08T10:00"),
        ],
    },
    {
        "name": "science_probe_flyby",
        "dateline": "2026-04-20",
        "text": (
            "The Aurora probe, launched in 2023, will fly past Venus on Wednesday to pick up "
            "speed for the rest of its journey to Jupiter. Engineers fired its thrusters for "
            "14 minutes on Saturday to fine-tune the approach, the European Space Agency said. "
            "Images from the flyby should reach Earth within 48 hours, and the spacecraft is "
            "scheduled to enter orbit around Jupiter in December 2031."
        ),
        "timexes": [
            ("2023", 0, "DATE", "2023"),
            ("Wednesday", 0, "DATE", "2026-04-22"),
            ("14 minutes", 0, "DURATION", "PT14M"),
            ("Saturday", 0, "DATE", "2026-04-18"),
            ("48 hours", 0, "DURATION", "PT48H"),
            ("December 2031", 0, "DATE", "2031-12"),
        ],
    },
    {
        "name": "transport_commuter_timetable",
        "dateline": "2025-11-25",
        "text": (
            "Commuter trains between Midvale and downtown will run every 15 minutes starting "
            "Dec. 14, when the transit authority's new timetable takes effect. The line carried "
            "about 38,000 riders a day last year, well below the levels it saw before service was "
            "cut in March 2020. Trains will not run on Thanksgiving, and two stations will close "
            'for repairs from Friday to Sunday, the authority said Tuesday. "The changes we are '
            'announcing today will make the line more reliable," said general manager Irene '
            "Vasquez."
        ),
        "timexes": [
            ("every 15 minutes", 0, "SET", "PT15M"),
            ("Dec. 14", 0, "DATE", "2025-12-14"),
            ("last year", 0, "DATE", "2024"),
            ("March 2020", 0, "DATE", "2020-03"),
            ("Thanksgiving", 0, "DATE", "2025-11-27"),
            ("Friday", 0, "DATE", "2025-11-28"),
            ("Sunday", 0, "DATE", "2025-11-30"),
            ("Tuesday", 0, "DATE", "2025-11-25"),
            ("today", 0, "DATE", "2025-11-25"),
        ],
    },
    {
        "name": "education_flooded_gym",
        "dateline": "2024-08-29",
        "text": (
            "Students in the Fairview school district return to class Tuesday after a burst pipe "
            "flooded the high school's gym in July. Superintendent Carla Mendes said the district "
            "has spent $1.4 million on repairs this summer, and that work on the gym will take "
            "three weeks. The school board also voted this week to lengthen the school day by "
            "20 minutes starting in January, the first change to the schedule since the 1990s."
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2024-09-03"),
            ("July", 0, "DATE", "2024-07"),
            ("this summer", 0, "DATE", "2024-SU"),
            ("three weeks", 0, "DURATION", "P3W"),
            ("this week", 0, "DATE", "2024-W35"),
            ("20 minutes", 0, "DURATION", "PT20M"),
            ("January", 0, "DATE", "2025-01"),
            ("the 1990s", 0, "DATE", "199"),
        ],
    },
    {
        "name": "crime_pharmacy_robberies",
        "dateline": "2026-01-16",
        "text": (
            "Police on Thursday arrested a 31-year-old man suspected in a string of pharmacy "
            "robberies that began on Christmas Eve, when a store on Main Street was held up, and "
            "continued the following day with a second robbery across town. Detectives linked "
            "him to five robberies over three weeks. He was being held Friday on $250,000 bail "
            "and is due in court Feb. 3. Court records show he served four years in prison for "
            "burglary after a 2015 conviction."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2026-01-15"),
            ("Christmas Eve", 0, "DATE", "2025-12-24"),
            ("the following day", 0, "DATE", "2025-12-25"),
            ("three weeks", 0, "DURATION", "P3W"),
            ("Friday", 0, "DATE", "2026-01-16"),
            ("Feb. 3", 0, "DATE", "2026-02-03"),
            ("four years", 0, "DURATION", "P4Y"),
            ("2015", 0, "DATE", "2015"),
        ],
    },
    {
        "name": "weather_heat_record",
        "dateline": "2025-07-14",
        "text": (
            "Temperatures reached 104 degrees at the airport on Sunday, tying a record set in "
            "1954, and forecasters said the heat would last until Thursday. The city has opened "
            "eight cooling centers and will keep them open every day until the heat breaks. "
            "A ninth center, at the downtown library, opens at 2 p.m. Officials urged residents "
            "to check on elderly neighbors twice a day. Last summer, "
            "the county recorded 19 heat-related deaths."
        ),
        "timexes": [
            ("Sunday", 0, "DATE", "2025-07-13"),
            ("1954", 0, "DATE", "1954"),
            ("Thursday", 0, "DATE", "2025-07-17"),
            ("every day", 0, "SET", "P1D"),
            ("2 p.m.", 0, "TIME", "2025-07-14T14:00"),
            ("Last summer", 0, "DATE", "2024-SU"),
        ],
    },
    {
        "name": "courts_conviction_overturned",
        "dateline": "2026-05-29",
        "text": (
            "A state appeals court on Friday overturned the 2019 murder conviction of Dwayne "
            "Hollis, who has spent seven years in prison. The three-judge panel, which heard "
            "arguments in November 2024, found that prosecutors had withheld a key witness "
            "statement. Prosecutors have 30 days to decide whether to retry him. Hollis's lawyer "
            "said a hearing on his release would be held next month and that she hoped he would "
            "be home before the Fourth of July."
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2026-05-29"),
            ("2019", 0, "DATE", "2019"),
            ("seven years", 0, "DURATION", "P7Y"),
            ("November 2024", 0, "DATE", "2024-11"),
            ("30 days", 0, "DURATION", "P30D"),
            ("next month", 0, "DATE", "2026-06"),
            ("the Fourth of July", 0, "DATE", "2026-07-04"),
        ],
    },
    {
        "name": "politics_governor_fundraising",
        "dateline": "2026-10-08",
        "text": (
            "Gov. Helen Marsh has raised $3.2 million since July, her campaign said Wednesday, "
            "giving her a wide cash advantage with 26 days left until Election Day. Her "
            "challenger, state Sen. Omar Reyes, reported raising $1.9 million. The two will meet "
            "in their only televised debate at 7 p.m. Oct. 20. Marsh, who was first elected in "
            "2018, is seeking a third four-year term."
        ),
        "timexes": [
            ("July", 0, "DATE", "2026-07"),
            ("Wednesday", 0, "DATE", "2026-10-07"),
            ("26 days", 0, "DURATION", "P26D"),
            ("Election Day", 0, "DATE", "2026-11-03"),
            ("7 p.m. Oct. 20", 0, "TIME", "2026-10-20T19:00"),
            ("2018", 0, "DATE", "2018"),
            ("four-year", 0, "DURATION", "P4Y"),
        ],
    },
    {
        "name": "business_grocery_merger",
        "dateline": "2025-02-03",
        "text": (
            "Two regional grocery chains, Brightway and Northfield Markets, agreed Monday to "
            "merge in a deal valued at $4.6 billion. Talks began last fall, according to a person "
            "familiar with the negotiations. The companies expect the deal to close by early "
            "2026, pending approval from regulators, who have blocked two similar mergers since "
            "2022. Northfield's chief executive, Sam Odu, will serve as chair of the combined "
            "company for two years."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2025-02-03"),
            ("last fall", 0, "DATE", "2024-FA"),
            ("early 2026", 0, "DATE", "2026"),
            ("2022", 0, "DATE", "2022"),
            ("two years", 0, "DURATION", "P2Y"),
        ],
    },
    {
        "name": "sports_city_marathon",
        "dateline": "2024-04-16",
        "text": (
            "Kenya's Ruth Wanjiru won the city marathon on Monday, finishing two minutes ahead of "
            "the defending champion in the fastest time on the course since 2011. Wanjiru, 29, "
            "spent four months preparing for the race at altitude in Iten. She will try to "
            "qualify for the Olympic team in June, and race organizers said they would announce "
            "next year's date in the fall."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2024-04-15"),
            ("two minutes", 0, "DURATION", "PT2M"),
            ("2011", 0, "DATE", "2011"),
            ("four months", 0, "DURATION", "P4M"),
            ("June", 0, "DATE", "2024-06"),
            ("next year", 0, "DATE", "2025"),
            ("the fall", 0, "DATE", "2024-FA"),
        ],
    },
    {
        "name": "health_maternity_ward_closing",
        "dateline": "2026-03-03",
        "text": (
            "St. Brendan's Hospital will close its maternity ward on April 30, ending 88 years of "
            "births at the site. The hospital delivered 410 babies last year, down from about "
            "1,100 in 2010. Its board first discussed the closure a year ago and made the decision "
            'in February, hospital president Nora Klein said Tuesday. "We did not take this '
            'lightly, and we understand it is hard news to hear now," Klein said.'
        ),
        "timexes": [
            ("April 30", 0, "DATE", "2026-04-30"),
            ("88 years", 0, "DURATION", "P88Y"),
            ("last year", 0, "DATE", "2025"),
            ("2010", 0, "DATE", "2010"),
            ("a year ago", 0, "DATE", "2025-03"),
            ("February", 0, "DATE", "2026-02"),
            ("Tuesday", 0, "DATE", "2026-03-03"),
            ("now", 0, "DATE", "PRESENT_REF"),
        ],
    },
    {
        "name": "local_government_tower_vote_postponed",
        "dateline": "2025-05-21",
        "text": (
            "The Planning Commission on Tuesday postponed a vote on the proposed Elm Street "
            "apartment tower for the third time. Developer Kristof Aalders, who bought the site "
            "two years ago, said the delays had cost his company $600,000 since January. The "
            "commission will take up the proposal again on June 17, and a final decision from the "
            "City Council is not expected before the fall."
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2025-05-20"),
            ("two years ago", 0, "DATE", "2023"),
            ("January", 0, "DATE", "2025-01"),
            ("June 17", 0, "DATE", "2025-06-17"),
            ("the fall", 0, "DATE", "2025-FA"),
        ],
    },
    {
        "name": "entertainment_album_release",
        "dateline": "2024-11-08",
        "text": (
            "Singer Mae Corrigan released her first album in five years on Friday, a 12-song "
            'record she wrote mostly during a two-month stay in Lisbon in 2022. "I needed to '
            'disappear and just write," she told a radio host last month. Corrigan will begin a '
            "30-city tour in Dublin on Feb. 7 and plays Madison Square Garden in April."
        ),
        "timexes": [
            ("five years", 0, "DURATION", "P5Y"),
            ("Friday", 0, "DATE", "2024-11-08"),
            ("two-month", 0, "DURATION", "P2M"),
            ("2022", 0, "DATE", "2022"),
            ("last month", 0, "DATE", "2024-10"),
            ("Feb. 7", 0, "DATE", "2025-02-07"),
            ("April", 0, "DATE", "2025-04"),
        ],
    },
    {
        "name": "science_sea_ice_minimum",
        "dateline": "2026-09-15",
        "text": (
            "Arctic sea ice reached its fourth-lowest extent on record this month, researchers at "
            "the National Snow and Ice Data Center said Tuesday. The ice hit its minimum on "
            "Sept. 9, and the 12 lowest extents have all come in the past 20 years. The center "
            "publishes its satellite measurements daily and will release a full analysis in "
            "October."
        ),
        "timexes": [
            ("this month", 0, "DATE", "2026-09"),
            ("Tuesday", 0, "DATE", "2026-09-15"),
            ("Sept. 9", 0, "DATE", "2026-09-09"),
            ("the past 20 years", 0, "DURATION", "P20Y"),
            ("daily", 0, "SET", "P1D"),
            ("October", 0, "DATE", "2026-10"),
        ],
    },
    {
        "name": "transport_holiday_air_travel",
        "dateline": "2025-12-22",
        "text": (
            "More than 2.4 million travelers are expected to pass through Harbor City "
            "International Airport between Friday and Jan. 4, up 6% from the same stretch last "
            "year. The busiest day will be Sunday, when about 180,000 passengers are expected and "
            "security lines open at 3:30 a.m. "
            "Airport officials urged travelers to arrive two hours before domestic flights. A new "
            "security checkpoint opened in October and has cut average waits to 14 minutes."
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2025-12-26"),
            ("Jan. 4", 0, "DATE", "2026-01-04"),
            ("last year", 0, "DATE", "2024"),
            ("Sunday", 0, "DATE", "2025-12-28"),
            ("3:30 a.m.", 0, "TIME", "2025-12-28T03:30"),
            ("two hours", 0, "DURATION", "PT2H"),
            ("October", 0, "DATE", "2025-10"),
            ("14 minutes", 0, "DURATION", "PT14M"),
        ],
    },
    {
        "name": "crime_pastor_trial",
        "dateline": "2024-02-27",
        "text": (
            "Jury selection begins Monday in the trial of a former youth pastor accused of "
            "stealing $700,000 from his church between 2016 and 2021. Judge Alma Ruiz on Tuesday "
            "denied a defense request to delay the case until summer, noting that it had already "
            "been postponed twice since the indictment in September 2022. The trial is expected "
            'to last three weeks. "We\'ll be ready next week," defense lawyer Paul Griffin said '
            "after the hearing."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2024-03-04"),
            ("2016", 0, "DATE", "2016"),
            ("2021", 0, "DATE", "2021"),
            ("Tuesday", 0, "DATE", "2024-02-27"),
            ("summer", 0, "DATE", "2024-SU"),
            ("September 2022", 0, "DATE", "2022-09"),
            ("three weeks", 0, "DURATION", "P3W"),
            ("next week", 0, "DATE", "2024-W10"),
        ],
    },
    {
        "name": "politics_fisheries_treaty",
        "dateline": "2026-06-05",
        "text": (
            "Fisheries ministers from 12 Pacific nations will meet in Suva on June 22 to finalize "
            "a tuna treaty that has been under negotiation for nine years. A draft circulated "
            "last week would cap catches at 2019 levels. Officials said Friday that they hoped to "
            "sign the treaty by the end of the year and that its limits would take effect two "
            "years later."
        ),
        "timexes": [
            ("June 22", 0, "DATE", "2026-06-22"),
            ("nine years", 0, "DURATION", "P9Y"),
            ("last week", 0, "DATE", "2026-W22"),
            ("2019", 0, "DATE", "2019"),
            ("Friday", 0, "DATE", "2026-06-05"),
            ("the end of the year", 0, "DATE", "2026"),
            ("two years later", 0, "DATE", "2028"),
        ],
    },
    {
        "name": "sports_basketball_trade",
        "dateline": "2025-06-30",
        "text": (
            "The Harbor City Gulls traded veteran guard Marcus Bell to Denver on Sunday, ending "
            "his 11-year run with the team. Bell, 33, was an All-Star in 2019 and 2021. The Gulls "
            'enter free agency at 6 p.m. Tuesday with roughly $40 million to spend. "This is a '
            "business, and we have to think about the next five years, not the next five "
            'months," general manager Tara Quist said.'
        ),
        "timexes": [
            ("Sunday", 0, "DATE", "2025-06-29"),
            ("11-year", 0, "DURATION", "P11Y"),
            ("2019", 0, "DATE", "2019"),
            ("2021", 0, "DATE", "2021"),
            ("6 p.m. Tuesday", 0, "TIME", "2025-07-01T18:00"),
            ("the next five years", 0, "DURATION", "P5Y"),
            ("the next five months", 0, "DURATION", "P5M"),
        ],
    },
    {
        "name": "weather_river_crest",
        "dateline": "2024-10-01",
        "text": (
            "The Cedar River crested at 24.6 feet at 3 a.m. Monday, its highest level since the "
            'flood of 2008. More than 600 homes were evacuated over the weekend. "The water came '
            'up faster yesterday than anyone predicted," Mayor Lin Okoro said Tuesday. Officials '
            "said it could take 10 days for the water to recede and that residents should not "
            "return before Friday."
        ),
        "timexes": [
            ("3 a.m. Monday", 0, "TIME", "2024-09-30T03:00"),
            ("2008", 0, "DATE", "2008"),
            ("the weekend", 0, "DATE", "2024-W39-WE"),
            ("yesterday", 0, "DATE", "2024-09-30"),
            ("Tuesday", 0, "DATE", "2024-10-01"),
            ("10 days", 0, "DURATION", "P10D"),
            ("Friday", 0, "DATE", "2024-10-04"),
        ],
    },
    {
        "name": "education_tuition_freeze",
        "dateline": "2026-12-01",
        "text": (
            "Northgate University will freeze tuition next fall, its board of trustees announced "
            "Monday. Tuition has risen 4% each year since 2020. The freeze was proposed by Ana "
            "Ferraz, who recently became the university's president. The university also plans "
            "to add 200 beds of student housing by the fall of 2028. Applications for admission "
            "close Dec. 15."
        ),
        "timexes": [
            ("next fall", 0, "DATE", "2027-FA"),
            ("Monday", 0, "DATE", "2026-11-30"),
            ("each year", 0, "SET", "P1Y"),
            ("2020", 0, "DATE", "2020"),
            ("recently", 0, "DATE", "PAST_REF"),
            ("the fall of 2028", 0, "DATE", "2028-FA"),
            ("Dec. 15", 0, "DATE", "2026-12-15"),
        ],
    },
    {
        "name": "entertainment_broadway_closing",
        "dateline": "2025-04-11",
        "text": (
            'The Broadway revival of "The Glass Orchard" will play its final performance '
            "May 18, closing after 14 months, its producers said Thursday. The production "
            "recouped its $9 million investment in January, but ticket sales have fallen since "
            "its star, Dana Roe, left the cast in mid-March. A national tour will launch in "
            "Chicago next year."
        ),
        "timexes": [
            ("May 18", 0, "DATE", "2025-05-18"),
            ("14 months", 0, "DURATION", "P14M"),
            ("Thursday", 0, "DATE", "2025-04-10"),
            ("January", 0, "DATE", "2025-01"),
            ("mid-March", 0, "DATE", "2025-03"),
            ("next year", 0, "DATE", "2026"),
        ],
    },
    {
        "name": "courts_tenants_heat_order",
        "dateline": "2024-12-18",
        "text": (
            "A judge on Wednesday ordered the landlord of Parkview Towers to restore heat to its "
            "212 apartments within 48 hours, after tenants said they had gone without it since "
            "Thanksgiving. Tenants filed suit earlier this month. City inspectors have issued 37 "
            "violations at the complex this year and will visit it every day until the repairs "
            "are made. A hearing on the tenants' request for rent reductions is scheduled for "
            "9:30 a.m. Jan. 8."
        ),
        "timexes": [
            ("Wednesday", 0, "DATE", "2024-12-18"),
            ("48 hours", 0, "DURATION", "PT48H"),
            ("Thanksgiving", 0, "DATE", "2024-11-28"),
            ("earlier this month", 0, "DATE", "2024-12"),
            ("this year", 0, "DATE", "2024"),
            ("every day", 0, "SET", "P1D"),
            ("9:30 a.m. Jan. 8", 0, "TIME", "2025-01-08T09:30"),
        ],
    },
    {
        "name": "business_steel_strike_ends",
        "dateline": "2026-08-14",
        "text": (
            "Workers at the Fenwick Steel plant voted Thursday to end a strike that began on "
            "Memorial Day, approving a five-year contract that raises wages by 18%. The 2,300 "
            "workers return to their jobs Monday. The walkout, the longest at the plant since the "
            "1980s, cost the company an estimated $40 million a week, analysts said. Union "
            "president Gil Baptiste said members had gone without a raise for six years."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2026-08-13"),
            ("Memorial Day", 0, "DATE", "2026-05-25"),
            ("five-year", 0, "DURATION", "P5Y"),
            ("Monday", 0, "DATE", "2026-08-17"),
            ("the 1980s", 0, "DATE", "198"),
            ("six years", 0, "DURATION", "P6Y"),
        ],
    },
]
