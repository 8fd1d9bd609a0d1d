"""The one-hundred-and-sixty-first self-made dev set, held out (FK): its first run is an
unseen estimate.

Written with set FJ, without reading the extraction rules, and committed before
any rule was run on it. Topic area: weather, transport and emergencies: storms,
floods, rail and road disruption, rescues. Same format and conventions as the
earlier self-made sets (not a public corpus): an interview with a named outlet or
show is a post (platform: the outlet or show as written, without quotation marks),
and "told" a named newspaper is such an interview; a statement, memo, letter,
email, court filing, lawsuit, judge's opinion or essay with no named outlet is a
post with no platform, and an essay or op-ed on a named platform or in a named
newspaper has that platform; a press release or news/earnings release is a post
with platform "press release"; a news conference, briefing, earnings call, rally,
speech, hearing, court hearing, town hall or "told reporters" is not a post; a
comment under a post belongs to it, a post "of his own" is a new one; a later
fragment or quote is linked to a post only when the text ties it to that post;
organisations and unnamed people speak as None, and a company's release,
statement or lawsuit has author None even when it quotes a named executive;
titles, nicknames and scare quotes in marks are not quotes; speakers are the
fullest form of the name used in the text; partial marks a fragment quoted
inside narration.

Decisions the conventions did not cover:
- Post ids follow the order in which the text first reports each post; a post
  reported without any quoted words is still listed.
- people lists every named person in the order of first mention, including
  people named but never quoted (a podcast host, a commuter who "has not
  commented"); organisations, unnamed people and animals (the search dog
  Falko) are not listed.
- An outlet or show is written without a leading lowercase "the" ("told the
  Yorkshire Post" -> Yorkshire Post, "the broadcaster ORF" -> ORF, "the radio
  station DZRH" -> DZRH, "the NY1 programme Inside City Hall" -> Inside City
  Hall); a capitalised "The" that is part of the title is kept (The Press and
  Journal).
- A public agency's or service's post on X, Facebook or Instagram (a weather
  service, a coastguard station, a mountain rescue service, a bus company) has
  author None and its words speak as None, as for a union's post.
- An emergency alert sent to phones and a weather bureau's numbered bulletin
  are posts with author None and platform None.
- A newsletter on Substack has platform Substack, not the newsletter's name; a
  named podcast takes the podcast's name as platform.
- A Reddit thread's title in marks is the thread author's words: a whole quote
  (not partial) belonging to the thread, speaking as None when the author is
  unnamed.
- A vessel's name in marks (the “Morning Star II”) is not a quote, like a
  nickname; a scare quote naming an effect (the so-called “Filomena effect”)
  is not a quote.
- Sharing someone's post "with a message of her own" on Facebook, or sharing a
  chart on X "with the comment ...", is a new post by the sharer on that
  platform; words given whole after "with the comment" are not partial.
- A video's author replying beneath a comment under his own video: the reply
  belongs to the video.
- A fragment of a post reported in narration ("posted on his Instagram story
  that she was ...") is partial and belongs to that post.
- An email to staff "seen by" a newspaper is the executive's post with no
  platform: the newspaper that saw it is not its platform.
- A post later deleted and the longer post that replaced it are two posts by
  the same author on the same platform.
- The second half of a quote split by an attribution is not partial, even when
  it starts in lower case; both halves have the same speaker and post.
- A quote running over two paragraphs whose first paragraph has no closing mark:
  the first paragraph's quote runs to the end of that paragraph; both belong to
  the interview introduced just before ("described the findings on the radio
  programme ...:").
- Quotes that follow "told <outlet> that ..." in the same paragraph with "she
  said" or "he said", and an answer given after "Asked ..., she replied:" in
  that paragraph, belong to that interview.
- A press release "quoting its chief operating officer" is a press release with
  author None, and the quote's speaker is the officer.
- "says in the video" ties the quote to the video post just reported.
- A reply from a group under a post, reported without quoted words, is not a
  post of its own.

Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_FK: list[dict] = [
    {
        "name": "x-weather-service-red-warning-farmer-reply-minister-reporters",
        "text": (
            "The national weather service upgraded its warning for Storm Hollis to red on "
            "Thursday morning, the first red warning for wind in the region since 2014. "
            "“Danger to life from flying debris and falling trees is expected,” the service "
            "said in a post on X. “Do not travel unless absolutely necessary.”\n\n"
            "Among hundreds of replies was one from Siobhán Kearney, who farms sheep near "
            "the coast. “Two hundred ewes and nowhere to move them. Thanks for the notice, "
            "I suppose,” she wrote.\n\n"
            "The transport minister, Yasmin Haddad, told reporters at Westminster that rail "
            "operators had been asked to run reduced timetables on Friday. “Nobody should be "
            "on a platform tomorrow who does not need to be,” the minister said."
        ),
        "quotes": [
            (
                "Danger to life from flying debris and falling trees is expected,",
                None,
                False,
                "P1",
            ),
            ("Do not travel unless absolutely necessary.", None, False, "P1"),
            (
                "Two hundred ewes and nowhere to move them. Thanks for the notice, I suppose,",
                "Siobhán Kearney",
                False,
                "P1",
            ),
            (
                "Nobody should be on a platform tomorrow who does not need to be,",
                "Yasmin Haddad",
                False,
                None,
            ),
        ],
        "posts": [("P1", None, "X")],
        "people": ["Siobhán Kearney", "Yasmin Haddad"],
    },
    {
        "name": "flood-ford-rescue-instagram-caption-wife-told-newspaper",
        "text": (
            "Firefighters pulled a family of four from the roof of their car on the flooded "
            "A614 near Howden late on Sunday, after the driver tried to cross a ford swollen "
            "by two days of rain.\n\n"
            "Crew manager Aleksandra Wiśniewska, who led the rescue, posted a photo of the "
            "submerged car on Instagram with the caption “Six inches of moving water can "
            "knock you off your feet. Two feet will float a car. Turn around.”\n\n"
            "The driver, a 38-year-old man from Goole, was treated for mild hypothermia. His "
            "wife, Priya Raman, told the Yorkshire Post that the water had risen “faster than "
            "we could think.” “One moment the road was there, and the next it wasn’t,” she "
            "said. “I will never forget the sound of the door seals going.”\n\n"
            "Humberside Fire and Rescue said in a statement that it had attended 41 flooding "
            "incidents over the weekend."
        ),
        "quotes": [
            (
                "Six inches of moving water can knock you off your feet. Two feet will float "
                "a car. Turn around.",
                "Aleksandra Wiśniewska",
                False,
                "P1",
            ),
            ("faster than we could think.", "Priya Raman", True, "P2"),
            ("One moment the road was there, and the next it wasn’t,", "Priya Raman", False, "P2"),
            (
                "I will never forget the sound of the door seals going.",
                "Priya Raman",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Aleksandra Wiśniewska", "Instagram"),
            ("P2", "Priya Raman", "Yorkshire Post"),
            ("P3", None, None),
        ],
        "people": ["Aleksandra Wiśniewska", "Priya Raman"],
    },
    {
        "name": "linkedin-rail-boss-landslip-apology-campaigner-comment",
        "text": (
            "The chief executive of Meridian Rail, Kwabena Asante, apologised on LinkedIn on "
            "Wednesday for three days of cancellations on the coastal line after a landslip "
            "near Carrow Point buried 60 metres of track.\n\n"
            "“I have read every one of your messages, and you are right to be angry,” Asante "
            "wrote. “We should have had buses waiting at Carrow on Monday morning, and we did "
            "not.”\n\n"
            "In a comment beneath the post, the commuter campaigner Hélène Marchetti asked "
            "when the line would reopen. “A date, please, not another apology,” she wrote.\n\n"
            "Asante later told BBC Radio Devon that engineers hoped to restore a single track "
            "by the weekend. Meridian Rail said in a press release on Thursday that "
            "replacement buses would run every 20 minutes between Carrow and Eastmouth."
        ),
        "quotes": [
            (
                "I have read every one of your messages, and you are right to be angry,",
                "Kwabena Asante",
                False,
                "P1",
            ),
            (
                "We should have had buses waiting at Carrow on Monday morning, and we did not.",
                "Kwabena Asante",
                False,
                "P1",
            ),
            ("A date, please, not another apology,", "Hélène Marchetti", False, "P1"),
        ],
        "posts": [
            ("P1", "Kwabena Asante", "LinkedIn"),
            ("P2", "Kwabena Asante", "BBC Radio Devon"),
            ("P3", None, "press release"),
        ],
        "people": ["Kwabena Asante", "Hélène Marchetti"],
    },
    {
        "name": "tiktok-storm-chaser-tornado-interstate-meteorologist-comment",
        "text": (
            "A TikTok video posted by the storm chaser Mateo Villanueva, showing a tornado "
            "crossing Interstate 44 south of Wichita Falls, had been viewed more than nine "
            "million times by Saturday.\n\n"
            "“That is the closest I ever want to be to one of these,” Villanueva, 29, says in "
            "the video as the funnel passes about 400 metres ahead of his truck.\n\n"
            "The clip drew criticism from a retired meteorologist, Ingrid Halvorsen, who "
            "commented under it that chasing on a crowded interstate was “reckless theatre.” "
            "The 29-year-old replied beneath her comment: “Fair. I pulled over the moment I "
            "saw it, and I should have said so.”\n\n"
            "The National Weather Service office in Norman confirmed an EF2 tornado in a "
            "Facebook post, saying no one had been seriously hurt."
        ),
        "quotes": [
            (
                "That is the closest I ever want to be to one of these,",
                "Mateo Villanueva",
                False,
                "P1",
            ),
            ("reckless theatre.", "Ingrid Halvorsen", True, "P1"),
            (
                "Fair. I pulled over the moment I saw it, and I should have said so.",
                "Mateo Villanueva",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Mateo Villanueva", "TikTok"),
            ("P2", None, "Facebook"),
        ],
        "people": ["Mateo Villanueva", "Ingrid Halvorsen"],
    },
    {
        "name": "reddit-thread-snow-motorway-stranded-police-news-conference",
        "text": (
            "Hundreds of drivers spent Tuesday night in their cars on the M80 near "
            "Cumbernauld after heavy snow and jackknifed lorries closed both carriageways.\n\n"
            "A Reddit thread started by one stranded driver, titled “Stuck at junction 4 "
            "since 6pm, anyone know anything?”, had more than 3,000 replies by morning. “No "
            "gritters, no police, no information. We have a toddler in the back,” the driver "
            "wrote. One reply, from a user who said she was a nurse three cars ahead, offered "
            "blankets and formula.\n\n"
            "Chief Superintendent Fergus McAllister of Police Scotland told a news conference "
            "on Wednesday that officers had reached every vehicle by 2am. “I understand the "
            "frustration, and we will look at how long that took,” he said.\n\n"
            "Transport Scotland said in a statement that its own gritters had been trapped "
            "in the queues."
        ),
        "quotes": [
            ("Stuck at junction 4 since 6pm, anyone know anything?", None, False, "P1"),
            (
                "No gritters, no police, no information. We have a toddler in the back,",
                None,
                False,
                "P1",
            ),
            (
                "I understand the frustration, and we will look at how long that took,",
                "Fergus McAllister",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, "Reddit"),
            ("P2", None, None),
        ],
        "people": ["Fergus McAllister"],
    },
    {
        "name": "substack-forecaster-snow-bust-podcast-scare-quote",
        "text": (
            "The television meteorologist Joaquín Ferrer-Ibáñez has admitted that his "
            "forecast for last weekend’s snowfall in Madrid was wrong by almost 20 "
            "centimetres.\n\n"
            "“I told a city to expect a dusting, and it got a blizzard,” Ferrer-Ibáñez wrote "
            "in his Substack newsletter, Isobars, on Monday. “The models disagreed, and I "
            "picked the wrong one.”\n\n"
            "The so-called “Filomena effect”, a reference to the 2021 storm that paralysed "
            "the capital, has made forecasters wary of underplaying snow, he added.\n\n"
            "Speaking on Cold Front, the podcast hosted by Ana Lucía Duarte, he said the "
            "newsletter had drawn more than 4,000 replies. “Most of them were kind. Some of "
            "them were about my tie,” he said, laughing."
        ),
        "quotes": [
            (
                "I told a city to expect a dusting, and it got a blizzard,",
                "Joaquín Ferrer-Ibáñez",
                False,
                "P1",
            ),
            (
                "The models disagreed, and I picked the wrong one.",
                "Joaquín Ferrer-Ibáñez",
                False,
                "P1",
            ),
            (
                "Most of them were kind. Some of them were about my tie,",
                "Joaquín Ferrer-Ibáñez",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Joaquín Ferrer-Ibáñez", "Substack"),
            ("P2", "Joaquín Ferrer-Ibáñez", "Cold Front"),
        ],
        "people": ["Joaquín Ferrer-Ibáñez", "Ana Lucía Duarte"],
    },
    {
        "name": "coastguard-facebook-trawler-gale-skipper-radio-daughter-share",
        "text": (
            "Coastguard and lifeboat crews rescued 14 people from a fishing boat that lost "
            "power in a gale off the Isle of Lewis on Friday night.\n\n"
            "The boat, the “Morning Star II”, had been drifting towards rocks near Tiumpan "
            "Head for more than an hour. “Our crew launched within nine minutes of the call,” "
            "HM Coastguard Stornoway said in a Facebook post on Saturday, thanking the "
            "lifeboat volunteers.\n\n"
            "The skipper, Lachlan Morrison, 61, said the crew had tied themselves to the "
            "wheelhouse. “I have fished these waters for forty years and I have never seen a "
            "sea like it,” the 61-year-old told Radio nan Gàidheal.\n\n"
            "His daughter, Eilidh Morrison, shared the coastguard’s post with a message of her "
            "own: “You gave me my dad back. There are no words.”"
        ),
        "quotes": [
            ("Our crew launched within nine minutes of the call,", None, False, "P1"),
            (
                "I have fished these waters for forty years and I have never seen a sea like it,",
                "Lachlan Morrison",
                False,
                "P2",
            ),
            ("You gave me my dad back. There are no words.", "Eilidh Morrison", False, "P3"),
        ],
        "posts": [
            ("P1", None, "Facebook"),
            ("P2", "Lachlan Morrison", "Radio nan Gàidheal"),
            ("P3", "Eilidh Morrison", "Facebook"),
        ],
        "people": ["Lachlan Morrison", "Eilidh Morrison"],
    },
    {
        "name": "airport-snow-closure-press-release-unnamed-passengers-radio",
        "text": (
            "All flights at Tallinn Airport were suspended for nine hours on Monday after 40 "
            "centimetres of snow fell overnight and de-icing fluid ran short.\n\n"
            "“Safety is not something we negotiate with the weather,” the airport said in a "
            "press release, quoting its chief operating officer, Kristjan Tamm.\n\n"
            "Passengers were less forgiving. “We were told nothing for five hours, then told "
            "to go home,” said one woman waiting for a flight to Frankfurt. A man beside her, "
            "who did not give his name, called the handling “a shambles from start to "
            "finish.”\n\n"
            "The economy minister, Liisa Oja, said on the radio show Vikerhommik on Tuesday "
            "that she had asked the airport for a full report by the end of the week."
        ),
        "quotes": [
            (
                "Safety is not something we negotiate with the weather,",
                "Kristjan Tamm",
                False,
                "P1",
            ),
            (
                "We were told nothing for five hours, then told to go home,",
                None,
                False,
                None,
            ),
            ("a shambles from start to finish.", None, True, None),
        ],
        "posts": [
            ("P1", None, "press release"),
            ("P2", "Liisa Oja", "Vikerhommik"),
        ],
        "people": ["Kristjan Tamm", "Liisa Oja"],
    },
    {
        "name": "youtube-climber-snow-hole-rescue-leader-newspaper-partner-comment",
        "text": (
            "A climber who spent 19 hours in a snow hole on a Cairngorms ridge during a "
            "blizzard has posted a video of her rescue on YouTube, with a warning to "
            "others.\n\n"
            "Yuki Tanabe, 34, a software engineer from Edinburgh, says at the start of the "
            "14-minute film: “I did everything right except check the forecast one last "
            "time.” Later she adds: “That one thing nearly killed me.”\n\n"
            "The leader of Cairngorm Mountain Rescue Team, Willie Grant, was blunter. “She was "
            "lucky. The next people might not be,” he told The Press and Journal.\n\n"
            "In a comment under the video, Tanabe’s partner, Rohan Mehta, thanked the "
            "volunteers: “You walked through a storm for someone you had never met.”"
        ),
        "quotes": [
            (
                "I did everything right except check the forecast one last time.",
                "Yuki Tanabe",
                False,
                "P1",
            ),
            ("That one thing nearly killed me.", "Yuki Tanabe", False, "P1"),
            ("She was lucky. The next people might not be,", "Willie Grant", False, "P2"),
            (
                "You walked through a storm for someone you had never met.",
                "Rohan Mehta",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Yuki Tanabe", "YouTube"),
            ("P2", "Willie Grant", "The Press and Journal"),
        ],
        "people": ["Yuki Tanabe", "Willie Grant", "Rohan Mehta"],
    },
    {
        "name": "council-leader-flood-barrier-letter-opposition-council-meeting",
        "text": (
            "The leader of Eden Vale council, Councillor Margaret Oyelaran, wrote to 600 "
            "households on the Riverside estate on Tuesday, promising that flood barriers "
            "would be in place before winter.\n\n"
            "“I will not ask you to bail out your homes a third time,” she wrote in the "
            "letter. “The money is there, and the work starts in August.”\n\n"
            "At a council meeting the same evening, the opposition councillor Darius "
            "Farahani held up a copy and said: “We had this exact letter in 2019. Same "
            "paper, same signature, same river.”\n\n"
            "The Environment Agency, which is paying for most of the scheme, said it was "
            "still reviewing the barrier design."
        ),
        "quotes": [
            (
                "I will not ask you to bail out your homes a third time,",
                "Margaret Oyelaran",
                False,
                "P1",
            ),
            (
                "The money is there, and the work starts in August.",
                "Margaret Oyelaran",
                False,
                "P1",
            ),
            (
                "We had this exact letter in 2019. Same paper, same signature, same river.",
                "Darius Farahani",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Margaret Oyelaran", None)],
        "people": ["Margaret Oyelaran", "Darius Farahani"],
    },
    {
        "name": "derailment-culvert-investigator-radio-quote-over-two-paragraphs",
        "text": (
            "Investigators have blamed a collapsed drainage culvert for Tuesday’s derailment "
            "of a passenger train near Ardlaggan, in which 23 people were injured.\n\n"
            "Dr. Thandiwe Nkosi, who leads the inquiry for the Rail Accident Investigation "
            "Branch, described the findings on the radio programme Drivetime Scotland:\n\n"
            "“The culvert was built in 1874 and had been inspected in March. What nobody had "
            "modelled was three weeks of rain falling on ground that was already "
            "saturated.\n\n"
            "“We will be asking why the line was open that morning at all, given the "
            "warnings the operator had received.”\n\n"
            "The operator, Caledonia Rail, said it would respond to the interim report in "
            "full. A passenger, Oisín Fitzgerald, who broke his wrist, said he had felt the "
            "carriage “lift and then tip.”"
        ),
        "quotes": [
            (
                "The culvert was built in 1874 and had been inspected in March. What nobody had "
                "modelled was three weeks of rain falling on ground that was already saturated.",
                "Thandiwe Nkosi",
                False,
                "P1",
            ),
            (
                "We will be asking why the line was open that morning at all, given the "
                "warnings the operator had received.",
                "Thandiwe Nkosi",
                False,
                "P1",
            ),
            ("lift and then tip.", "Oisín Fitzgerald", True, None),
        ],
        "posts": [("P1", "Thandiwe Nkosi", "Drivetime Scotland")],
        "people": ["Thandiwe Nkosi", "Oisín Fitzgerald"],
    },
    {
        "name": "flash-flood-bus-driver-nickname-newspaper-threads-passenger",
        "text": (
            "A bus driver who carried eleven passengers, one by one, from his stranded bus to "
            "a footbridge during flash floods in Valencia on Wednesday has been nicknamed the "
            "“Angel of the Turia” on social media.\n\n"
            "The driver, Bogdan Petrescu, 52, who moved to Spain from Romania in 2004, said "
            "he had not stopped to think. “You do not decide these things. Your legs decide,” "
            "the 52-year-old told El País.\n\n"
            "A passenger, Carmen Beltrán, posted on Threads that she owed him her life. “He "
            "carried me on his back like I weighed nothing. I am 71,” she wrote. The bus "
            "company, EMT Valencia, said on X that Petrescu would receive a commendation."
        ),
        "quotes": [
            (
                "You do not decide these things. Your legs decide,",
                "Bogdan Petrescu",
                False,
                "P1",
            ),
            (
                "He carried me on his back like I weighed nothing. I am 71,",
                "Carmen Beltrán",
                False,
                "P2",
            ),
        ],
        "posts": [
            ("P1", "Bogdan Petrescu", "El País"),
            ("P2", "Carmen Beltrán", "Threads"),
            ("P3", None, "X"),
        ],
        "people": ["Bogdan Petrescu", "Carmen Beltrán"],
    },
    {
        "name": "flash-flood-phone-alert-sheriff-briefing-governor-facebook",
        "text": (
            "An emergency alert sent to every phone in Hale County at 4.12am on Sunday read: "
            "“Flash flood emergency. Move to higher ground now. Do not wait.”\n\n"
            "By dawn, State Route 17 was under two metres of water and the state "
            "transportation department had closed 40 roads. Sheriff Dolores Whitehorse said "
            "at a briefing that deputies had carried out 63 rescues from homes and vehicles. "
            "“People listened to that alert, and that is why I am not announcing deaths this "
            "morning,” she said.\n\n"
            "Governor Patrick Delaney-Moore posted on Facebook that he had asked for a federal "
            "disaster declaration. “Hale County, we are with you,” he wrote."
        ),
        "quotes": [
            (
                "Flash flood emergency. Move to higher ground now. Do not wait.",
                None,
                False,
                "P1",
            ),
            (
                "People listened to that alert, and that is why I am not announcing deaths this "
                "morning,",
                "Dolores Whitehorse",
                False,
                None,
            ),
            ("Hale County, we are with you,", "Patrick Delaney-Moore", False, "P2"),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Patrick Delaney-Moore", "Facebook"),
        ],
        "people": ["Dolores Whitehorse", "Patrick Delaney-Moore"],
    },
    {
        "name": "bluesky-hydrologist-river-record-mp-shares-on-x-gazette",
        "text": (
            "The River Wend at Lowbridge reached 5.91 metres on Thursday, its highest level "
            "since records began in 1930, according to Environment Agency gauges.\n\n"
            "The hydrologist Dr. Mei-Ling Chua, of the University of Ashford, posted a chart "
            "of the readings on Bluesky. “This is not a wiggle. This is a cliff,” she "
            "wrote.\n\n"
            "The local MP, Gareth Pryce-Jones, shared her chart on X with the comment “Read "
            "this before you tell me we over-reacted.” The Lowbridge Flood Group replied under "
            "his post that volunteers had filled 9,000 sandbags since Monday.\n\n"
            "Chua later told the Ashford Gazette that the rise had been “faster than any "
            "model we run.”"
        ),
        "quotes": [
            ("This is not a wiggle. This is a cliff,", "Mei-Ling Chua", False, "P1"),
            (
                "Read this before you tell me we over-reacted.",
                "Gareth Pryce-Jones",
                False,
                "P2",
            ),
            ("faster than any model we run.", "Mei-Ling Chua", True, "P3"),
        ],
        "posts": [
            ("P1", "Mei-Ling Chua", "Bluesky"),
            ("P2", "Gareth Pryce-Jones", "X"),
            ("P3", "Mei-Ling Chua", "Ashford Gazette"),
        ],
        "people": ["Mei-Ling Chua", "Gareth Pryce-Jones"],
    },
    {
        "name": "avalanche-search-dog-instagram-story-handler-broadcaster",
        "text": (
            "A skier buried by an avalanche above Sölden on Saturday was found alive after 40 "
            "minutes by a search dog named Falko, Austrian mountain rescuers said.\n\n"
            "The skier, a 27-year-old Dutch woman, was flown to hospital in Innsbruck with a "
            "broken leg. Her brother, Sem de Vries, posted on his Instagram story that she was "
            "“cold, furious and alive.”\n\n"
            "Falko’s handler, Johanna Unterberger, told the broadcaster ORF that the dog had "
            "found the spot within minutes. “He does not get tired, and he does not give up. "
            "That is the whole secret,” she said. The rescue service later posted a photo of "
            "Falko on Instagram with the caption “Good boy. Best boy.”"
        ),
        "quotes": [
            ("cold, furious and alive.", "Sem de Vries", True, "P1"),
            (
                "He does not get tired, and he does not give up. That is the whole secret,",
                "Johanna Unterberger",
                False,
                "P2",
            ),
            ("Good boy. Best boy.", None, False, "P3"),
        ],
        "posts": [
            ("P1", "Sem de Vries", "Instagram"),
            ("P2", "Johanna Unterberger", "ORF"),
            ("P3", None, "Instagram"),
        ],
        "people": ["Sem de Vries", "Johanna Unterberger"],
    },
    {
        "name": "storm-power-cuts-customer-email-ceo-staff-email-baker",
        "text": (
            "More than 180,000 homes in Brittany were still without electricity on Thursday, "
            "four days after Storm Odette brought gusts of 190 km/h to the coast.\n\n"
            "The grid operator, Réseau Armor, sent an email to affected customers promising "
            "“full restoration by the weekend for the large majority.” In an email to staff "
            "seen by Ouest-Matin, its chief executive, Yannick Le Gall, was more cautious. "
            "“Some villages will be dark into next week, and we must be honest with them "
            "about that,” he wrote.\n\n"
            "“I have a generator for the ovens but not for the fridges,” said Fatou Diallo, "
            "who runs a bakery in Plougastel and has thrown away three days of dough."
        ),
        "quotes": [
            ("full restoration by the weekend for the large majority.", None, True, "P1"),
            (
                "Some villages will be dark into next week, and we must be honest with them "
                "about that,",
                "Yannick Le Gall",
                False,
                "P2",
            ),
            (
                "I have a generator for the ovens but not for the fridges,",
                "Fatou Diallo",
                False,
                None,
            ),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Yannick Le Gall", None),
        ],
        "people": ["Yannick Le Gall", "Fatou Diallo"],
    },
    {
        "name": "monsoon-bridge-collapse-minister-tv-interview-deleted-x-post",
        "text": (
            "A section of a highway bridge over the Savitri river collapsed during monsoon "
            "floods on Tuesday night, sending two buses and several cars into the water. "
            "Rescue teams had recovered 14 bodies by Thursday.\n\n"
            "The state’s public works minister, Sanjay Kulkarni, said in an interview with "
            "NDTV that the bridge had passed an inspection in May. “The structure was sound. "
            "No bridge is built for a river carrying whole trees,” the minister said.\n\n"
            "An opposition legislator, Farida Shaikh, posted on X that the inspection report "
            "should be published “today, not after the funerals.” She later deleted the post "
            "and replaced it with a longer one calling for an independent inquiry.\n\n"
            "“We will hide nothing,” Kulkarni told reporters at the site on Thursday."
        ),
        "quotes": [
            (
                "The structure was sound. No bridge is built for a river carrying whole trees,",
                "Sanjay Kulkarni",
                False,
                "P1",
            ),
            ("today, not after the funerals.", "Farida Shaikh", True, "P2"),
            ("We will hide nothing,", "Sanjay Kulkarni", False, None),
        ],
        "posts": [
            ("P1", "Sanjay Kulkarni", "NDTV"),
            ("P2", "Farida Shaikh", "X"),
            ("P3", "Farida Shaikh", "X"),
        ],
        "people": ["Sanjay Kulkarni", "Farida Shaikh"],
    },
    {
        "name": "heat-buckled-rails-newspaper-op-ed-route-director-tv",
        "text": (
            "Speed limits were imposed across much of the rail network in southern England on "
            "Tuesday as track temperatures passed 50C, and services were cancelled after rails "
            "buckled near Basingstoke.\n\n"
            "In an op-ed for the Daily Ledger, the former rail engineer Oluwaseun Bakare "
            "argued that the network had been “designed for a climate that no longer "
            "exists.” “We paint rails white and hope. That is not a plan,” he wrote.\n\n"
            "Network Rail’s route director, Catriona Blackwood, told BBC Breakfast that the "
            "limits were a precaution. “A slow train is better than a train on its side,” she "
            "said. Asked whether passengers should travel at all, she replied: “Only if you "
            "have to.”"
        ),
        "quotes": [
            (
                "designed for a climate that no longer exists.",
                "Oluwaseun Bakare",
                True,
                "P1",
            ),
            ("We paint rails white and hope. That is not a plan,", "Oluwaseun Bakare", False, "P1"),
            (
                "A slow train is better than a train on its side,",
                "Catriona Blackwood",
                False,
                "P2",
            ),
            ("Only if you have to.", "Catriona Blackwood", False, "P2"),
        ],
        "posts": [
            ("P1", "Oluwaseun Bakare", "Daily Ledger"),
            ("P2", "Catriona Blackwood", "BBC Breakfast"),
        ],
        "people": ["Oluwaseun Bakare", "Catriona Blackwood"],
    },
    {
        "name": "typhoon-evacuation-bulletin-governor-radio-relief-instagram-video",
        "text": (
            "More than 200,000 people were evacuated from coastal towns in Albay province "
            "ahead of Typhoon Dalisay, which made landfall on Friday with sustained winds of "
            "215 km/h. The weather bureau, PAGASA, warned in its 5am bulletin of storm surges "
            "“up to three metres high.”\n\n"
            "“We would rather move people ten times for nothing than lose one life,” Governor "
            "Ricardo Buenaventura said on the radio station DZRH.\n\n"
            "Park Ji-yeon, who leads a Korean relief team in Legazpi, posted a video on "
            "Instagram from a school gymnasium packed with families. “The centres are full, "
            "but people are dry and fed,” she says in the video. “That is the job tonight.”\n\n"
            "Not everyone left. “The sea takes what it wants,” said a fisherman in Tabaco who "
            "refused to leave his boat until police arrived."
        ),
        "quotes": [
            ("up to three metres high.", None, True, "P1"),
            (
                "We would rather move people ten times for nothing than lose one life,",
                "Ricardo Buenaventura",
                False,
                "P2",
            ),
            ("The centres are full, but people are dry and fed,", "Park Ji-yeon", False, "P3"),
            ("That is the job tonight.", "Park Ji-yeon", False, "P3"),
            ("The sea takes what it wants,", None, False, None),
        ],
        "posts": [
            ("P1", None, None),
            ("P2", "Ricardo Buenaventura", "DZRH"),
            ("P3", "Park Ji-yeon", "Instagram"),
        ],
        "people": ["Ricardo Buenaventura", "Park Ji-yeon"],
    },
    {
        "name": "subway-flooding-governor-split-quote-transit-chief-tv-tiktok",
        "text": (
            "Water poured down the stairs of at least a dozen subway stations in Brooklyn and "
            "Queens on Friday morning as two months’ worth of rain fell in three hours, "
            "suspending service on four lines during the rush hour.\n\n"
            "“This is our new reality,” the governor, Elena Castellano, said at a news "
            "conference in Manhattan, “and the systems we built a century ago were not "
            "designed for it.”\n\n"
            "The transit chief, Marcus Oduya, told the NY1 programme Inside City Hall that the "
            "pumps at the worst-hit station had been working. “The pumps did their job. The "
            "problem is that the ‘job’ was defined in 1930,” he said.\n\n"
            "Video of a commuter wading through waist-deep water at Fourth Avenue, posted to "
            "TikTok by the Brooklyn student Aisha Rahman, was viewed 12 million times. The "
            "commuter, identified by friends as Dov Katz, an accountant, has not commented."
        ),
        "quotes": [
            ("This is our new reality,", "Elena Castellano", False, None),
            (
                "and the systems we built a century ago were not designed for it.",
                "Elena Castellano",
                False,
                None,
            ),
            (
                "The pumps did their job. The problem is that the ‘job’ was defined in 1930,",
                "Marcus Oduya",
                False,
                "P1",
            ),
        ],
        "posts": [
            ("P1", "Marcus Oduya", "Inside City Hall"),
            ("P2", "Aisha Rahman", "TikTok"),
        ],
        "people": ["Elena Castellano", "Marcus Oduya", "Aisha Rahman", "Dov Katz"],
    },
]
