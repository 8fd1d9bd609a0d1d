"""A self-made held-out set for dates, durations, sets and times: written after the last rule change.

Twenty-five short news paragraphs, each with a dateline and every temporal
expression in it annotated (recall is measured on all of them). A row of
``timexes`` is (surface, occurrence, type, value): the surface text exactly
as it appears, its occurrence among equal strings in the text (0-based, as
``str.find`` counts them), the TIMEX3 type, and the TIMEX3 value, or None when
the text does not determine it.

Conventions (TimeML TIMEX3): the span is the minimal natural expression,
keeping "last", "next", "this", "ago", "later", "early", "late", "mid-" and a
leading "the", but not a leading preposition ("on", "in", "for", "at",
"since", "by"). A bare weekday or month resolves against the dateline by tense:
the latest one before it when the verb is past, the next one when it is
future. "last week" and "this week" are ISO weeks (YYYY-Www), "the weekend"
is YYYY-Www-WE, seasons are YYYY-SP/SU/FA/WI, parts of a day are TMO/TAF/TEV/
TNI, quarters YYYY-Qn, decades their three digits ("the 1990s" -> 199). A
modifier such as "early", "late" or "mid-" sets TIMEX3's mod, which this set
leaves out: the value is the month or year it modifies. "a year ago" has the
month granularity of the seed's gold (dateline month, one year back).
"the following day" and "two days later" count from the last date mentioned;
a relative expression inside a quote counts from the date of the post it
comes from. "now" is PRESENT_REF, "recently" PAST_REF. Durations are P.../
PT... ("18 years" P18Y, "a decade" P10Y, "three hours" PT3H; the adjective
"30-year" is P30Y), sets carry the period ("every day" and "daily" P1D,
"weekly" and "every week" P1W, "every Wednesday" XXXX-WXX-3). Holidays are
the date they fall on that year. Ages and counts ("twice") are not timexes.

Committed before any rule was run on it. Gold rows must never be edited to
make a rule pass.
"""

from __future__ import annotations

DATES_HELDOUT: list[dict] = [
    {
        "name": "council-transit-plan",
        "dateline": "2021-09-29",
        "text": (
            "The city council approved the new transit plan on Tuesday after three hours of "
            "debate. Construction will begin next month and is expected to take 18 months. Buses "
            "on the route will run every 20 minutes once it opens."
        ),
        "timexes": [
            ("Tuesday", 0, "DATE", "2021-09-28"),
            ("three hours", 0, "DURATION", "PT3H"),
            ("next month", 0, "DATE", "2021-10"),
            ("18 months", 0, "DURATION", "P18M"),
            ("every 20 minutes", 0, "SET", "PT20M"),
        ],
    },
    {
        "name": "utility-forecast-dividend",
        "dateline": "2022-03-14",
        "text": (
            "Shares of Northwind Energy fell 8% on Friday after the company said profits for the "
            "first quarter would miss expectations. The utility last cut its dividend in March "
            "2013 and has raised it every year since 2015."
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2022-03-11"),
            ("the first quarter", 0, "DATE", "2022-Q1"),
            ("March 2013", 0, "DATE", "2013-03"),
            ("every year", 0, "SET", "P1Y"),
            ("2015", 0, "DATE", "2015"),
        ],
    },
    {
        "name": "singer-post-yesterday",
        "dateline": "2021-09-22",
        "text": (
            "Singer Ava Ross shared a photo from her hospital bed on Instagram on Sept. 14. "
            "“Yesterday I finished my last round of chemo,” she wrote. Ross, who was diagnosed "
            "with breast cancer in February, said she hopes to return to the stage next year."
        ),
        "timexes": [
            ("Sept. 14", 0, "DATE", "2021-09-14"),
            ("Yesterday", 0, "DATE", "2021-09-13"),
            ("February", 0, "DATE", "2021-02"),
            ("next year", 0, "DATE", "2022"),
        ],
    },
    {
        "name": "ballot-count-weekend",
        "dateline": "2020-11-05",
        "text": (
            "Election workers in Maricopa County counted ballots until 2 a.m. Wednesday and "
            "expect to finish by the weekend, a county spokeswoman said. Turnout was the highest "
            "since the 1990s. A recount, if one is requested, would take two weeks."
        ),
        "timexes": [
            ("2 a.m. Wednesday", 0, "TIME", "2020-11-04T02:00"),
            ("the weekend", 0, "DATE", "2020-W45-WE"),
            ("the 1990s", 0, "DATE", "199"),
            ("two weeks", 0, "DURATION", "P2W"),
        ],
    },
    {
        "name": "marathoner-skips-boston",
        "dateline": "2019-06-18",
        "text": (
            "Joy Kemboi, a two-time winner of the Boston Marathon, will skip the race next April "
            "to focus on the Olympics. Kemboi, who has trained in the highland town of Iten for "
            "18 years, runs about 120 miles every week."
        ),
        "timexes": [
            ("next April", 0, "DATE", "2020-04"),
            ("18 years", 0, "DURATION", "P18Y"),
            ("every week", 0, "SET", "P1W"),
        ],
    },
    {
        "name": "alderman-trial-date",
        "dateline": "2023-01-10",
        "text": (
            "A Cook County judge on Monday set an April 3 trial date for the former alderman, who "
            "was indicted in 2021 on bribery charges. Jury selection is expected to take a week, "
            "and the trial could last two months, prosecutors said."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2023-01-09"),
            ("April 3", 0, "DATE", "2023-04-03"),
            ("2021", 0, "DATE", "2021"),
            ("a week", 0, "DURATION", "P1W"),
            ("two months", 0, "DURATION", "P2M"),
        ],
    },
    {
        "name": "library-reopens",
        "dateline": "2021-07-08",
        "text": (
            "The Riverside Public Library will reopen its main branch on Saturday after two years "
            "of renovation. The branch closed in March 2019 and was originally expected to reopen "
            "last fall. Story time for children will return every Wednesday."
        ),
        "timexes": [
            ("Saturday", 0, "DATE", "2021-07-10"),
            ("two years", 0, "DURATION", "P2Y"),
            ("March 2019", 0, "DATE", "2019-03"),
            ("last fall", 0, "DATE", "2020-FA"),
            ("every Wednesday", 0, "SET", "XXXX-WXX-3"),
        ],
    },
    {
        "name": "ride-hailing-layoffs",
        "dateline": "2022-05-20",
        "text": (
            "Ridewell said Thursday that it would lay off 12% of its staff, its second round of "
            "cuts this year. The company, founded in 2014, lost $220 million in the first "
            "quarter. Chief executive Omar Haddad said he expects Ridewell to turn a profit next "
            "year. Its shares fell 6% on Thursday."
        ),
        "timexes": [
            ("Thursday", 0, "DATE", "2022-05-19"),
            ("this year", 0, "DATE", "2022"),
            ("2014", 0, "DATE", "2014"),
            ("the first quarter", 0, "DATE", "2022-Q1"),
            ("next year", 0, "DATE", "2023"),
            ("Thursday", 1, "DATE", "2022-05-19"),
        ],
    },
    {
        "name": "hospital-admissions-christmas",
        "dateline": "2021-12-03",
        "text": (
            "Hospital admissions for COVID-19 in Michigan have risen for five weeks. The state "
            "reported 4,300 patients in hospitals on Thursday, up from 2,900 in early November. "
            "Health officials urged residents to get booster shots before Christmas."
        ),
        "timexes": [
            ("five weeks", 0, "DURATION", "P5W"),
            ("Thursday", 0, "DATE", "2021-12-02"),
            ("early November", 0, "DATE", "2021-11"),
            ("Christmas", 0, "DATE", "2021-12-25"),
        ],
    },
    {
        "name": "festival-sold-out-following-day",
        "dateline": "2021-09-29",
        "text": (
            "The Lakeshore Folk Festival announced its lineup on Sept. 20, and tickets sold out "
            "the following day. Organizers said Monday that the festival, first held in 1998, "
            "will return next summer with a second stage."
        ),
        "timexes": [
            ("Sept. 20", 0, "DATE", "2021-09-20"),
            ("the following day", 0, "DATE", "2021-09-21"),
            ("Monday", 0, "DATE", "2021-09-27"),
            ("1998", 0, "DATE", "1998"),
            ("next summer", 0, "DATE", "2022-SU"),
        ],
    },
    {
        "name": "merger-vote-time",
        "dateline": "2021-09-22",
        "text": (
            "Shareholders of Caldera Mining will vote on the merger at 3 p.m. Tuesday, the "
            "company said. The deal, announced in early August, values Caldera at $4.1 billion. "
            "Caldera’s board has met weekly since the offer was made."
        ),
        "timexes": [
            ("3 p.m. Tuesday", 0, "TIME", "2021-09-28T15:00"),
            ("early August", 0, "DATE", "2021-08"),
            ("weekly", 0, "SET", "P1W"),
        ],
    },
    {
        "name": "skater-withdraws-two-days-later",
        "dateline": "2022-02-16",
        "text": (
            "Figure skater Lena Morozova fell on both jumps in her short program on Feb. 8. Two "
            "days later, she withdrew from the competition, citing a back injury. Morozova said "
            "she hoped to be healthy for the world championships in March."
        ),
        "timexes": [
            ("Feb. 8", 0, "DATE", "2022-02-08"),
            ("Two days later", 0, "DATE", "2022-02-10"),
            ("March", 0, "DATE", "2022-03"),
        ],
    },
    {
        "name": "takeout-wine-emergency-order",
        "dateline": "2020-04-02",
        "text": (
            "Restaurants in Franklin County can now sell beer and wine with takeout orders under "
            "an emergency order the governor signed Wednesday. The rule will stay in effect for "
            "90 days. Several owners said they had recently laid off most of their staff."
        ),
        "timexes": [
            ("now", 0, "DATE", "PRESENT_REF"),
            ("Wednesday", 0, "DATE", "2020-04-01"),
            ("90 days", 0, "DURATION", "P90D"),
            ("recently", 0, "DATE", "PAST_REF"),
        ],
    },
    {
        "name": "relief-bill-last-week-this-week",
        "dateline": "2021-03-10",
        "text": (
            "The Senate passed the relief bill last week, and the House is expected to vote on it "
            "this week. The president has said he will sign it before March 14, when extra "
            "unemployment benefits run out. Lawmakers have fought over the package for two "
            "months."
        ),
        "timexes": [
            ("last week", 0, "DATE", "2021-W09"),
            ("this week", 0, "DATE", "2021-W10"),
            ("March 14", 0, "DATE", "2021-03-14"),
            ("two months", 0, "DURATION", "P2M"),
        ],
    },
    {
        "name": "coach-sentenced-a-year-ago",
        "dateline": "2018-10-15",
        "text": (
            "A former high school football coach was sentenced Friday to 12 years in prison for "
            "abusing two of his players. The coach, who led the team for 18 years, was arrested a "
            "year ago after a parent went to the police."
        ),
        "timexes": [
            ("Friday", 0, "DATE", "2018-10-12"),
            ("12 years", 0, "DURATION", "P12Y"),
            ("18 years", 0, "DURATION", "P18Y"),
            ("a year ago", 0, "DATE", "2017-10"),
        ],
    },
    {
        "name": "satellite-internet-mid-2020",
        "dateline": "2023-06-07",
        "text": (
            "Orbital Labs, which began selling satellite internet service in mid-2020, now has "
            "1.4 million subscribers. The company plans to launch 300 more satellites in 2024. "
            "Over the past decade, the cost of putting a satellite in orbit has fallen by more "
            "than 80%."
        ),
        "timexes": [
            ("mid-2020", 0, "DATE", "2020"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("2024", 0, "DATE", "2024"),
            ("the past decade", 0, "DURATION", "P10Y"),
        ],
    },
    {
        "name": "walking-study-daily",
        "dateline": "2021-09-29",
        "text": (
            "Doctors recommend at least 30 minutes of moderate exercise every day. A study "
            "published Tuesday followed 20,000 adults for a decade and found that those who "
            "walked daily had a 30% lower risk of heart disease."
        ),
        "timexes": [
            ("30 minutes", 0, "DURATION", "PT30M"),
            ("every day", 0, "SET", "P1D"),
            ("Tuesday", 0, "DATE", "2021-09-28"),
            ("a decade", 0, "DURATION", "P10Y"),
            ("daily", 0, "SET", "P1D"),
        ],
    },
    {
        "name": "holiday-sales-earlier-this-month",
        "dateline": "2022-11-30",
        "text": (
            "Online sales on Monday reached a record $11.3 billion, according to one analytics "
            "firm. Retailers started discounting earlier this month, and many plan a second round "
            "of sales next month, analysts said. Consumer spending rose 1.3% in October."
        ),
        "timexes": [
            ("Monday", 0, "DATE", "2022-11-28"),
            ("earlier this month", 0, "DATE", "2022-11"),
            ("next month", 0, "DATE", "2022-12"),
            ("October", 0, "DATE", "2022-10"),
        ],
    },
    {
        "name": "chiefs-sunday-kickoff",
        "dateline": "2021-09-24",
        "text": (
            "The Chiefs will host the Chargers at 1 p.m. Sunday. Quarterback Drew Mallory missed "
            "practice on Wednesday and Thursday with a sore ankle but is expected to play, coach "
            "Sam Pruett said."
        ),
        "timexes": [
            ("1 p.m. Sunday", 0, "TIME", "2021-09-26T13:00"),
            ("Wednesday", 0, "DATE", "2021-09-22"),
            ("Thursday", 0, "DATE", "2021-09-23"),
        ],
    },
    {
        "name": "lake-level-this-summer",
        "dateline": "2020-08-12",
        "text": (
            "The water level in Lake Harriet has dropped two feet this summer, its lowest since "
            "the 1990s, after a dry June and July. The city will ban lawn watering starting "
            "Monday."
        ),
        "timexes": [
            ("this summer", 0, "DATE", "2020-SU"),
            ("the 1990s", 0, "DATE", "199"),
            ("June", 0, "DATE", "2020-06"),
            ("July", 0, "DATE", "2020-07"),
            ("Monday", 0, "DATE", "2020-08-17"),
        ],
    },
    {
        "name": "shutdown-december-new-years",
        "dateline": "2019-01-23",
        "text": (
            "The partial government shutdown, which began on Dec. 22, is now the longest in U.S. "
            "history. Federal workers missed their first paycheck on Friday. Lawmakers left "
            "Washington in December without a deal and did not return until after New Year’s Day."
        ),
        "timexes": [
            ("Dec. 22", 0, "DATE", "2018-12-22"),
            ("now", 0, "DATE", "PRESENT_REF"),
            ("Friday", 0, "DATE", "2019-01-18"),
            ("December", 0, "DATE", "2018-12"),
            ("New Year’s Day", 0, "DATE", "2019-01-01"),
        ],
    },
    {
        "name": "band-reunion-tuesday-night",
        "dateline": "2024-02-08",
        "text": (
            "The band played its first concert in three years on Tuesday night, at a sold-out "
            "club in Brooklyn. The group will release a new album in April and tour Europe in the "
            "fall."
        ),
        "timexes": [
            ("three years", 0, "DURATION", "P3Y"),
            ("Tuesday night", 0, "TIME", "2024-02-06TNI"),
            ("April", 0, "DATE", "2024-04"),
            ("the fall", 0, "DATE", "2024-FA"),
        ],
    },
    {
        "name": "former-mayor-post-tomorrow",
        "dateline": "2021-04-15",
        "text": (
            "In a post on X on April 9, the former mayor wrote: “Tomorrow I will tell my side of "
            "the story.” He has not spoken publicly since. His lawyer said Wednesday that he "
            "would hold a news conference on Monday."
        ),
        "timexes": [
            ("April 9", 0, "DATE", "2021-04-09"),
            ("Tomorrow", 0, "DATE", "2021-04-10"),
            ("Wednesday", 0, "DATE", "2021-04-14"),
            ("Monday", 0, "DATE", "2021-04-19"),
        ],
    },
    {
        "name": "mortgage-rates-this-week",
        "dateline": "2022-09-08",
        "text": (
            "The average rate on a 30-year mortgage rose to 5.9% this week, up from 2.9% a year "
            "ago, Freddie Mac said. The agency publishes its survey of lenders weekly."
        ),
        "timexes": [
            ("30-year", 0, "DURATION", "P30Y"),
            ("this week", 0, "DATE", "2022-W36"),
            ("a year ago", 0, "DATE", "2021-09"),
            ("weekly", 0, "SET", "P1W"),
        ],
    },
    {
        "name": "measles-following-day-thanksgiving",
        "dateline": "2021-10-04",
        "text": (
            "A case of measles was confirmed at an elementary school in Clark County on Sept. 30, "
            "and two more were reported the following day. Health officials said children who "
            "were exposed should stay home for 21 days. Clinics will offer free vaccinations "
            "every Saturday until Thanksgiving."
        ),
        "timexes": [
            ("Sept. 30", 0, "DATE", "2021-09-30"),
            ("the following day", 0, "DATE", "2021-10-01"),
            ("21 days", 0, "DURATION", "P21D"),
            ("every Saturday", 0, "SET", "XXXX-WXX-6"),
            ("Thanksgiving", 0, "DATE", "2021-11-25"),
        ],
    },
]
