"""The twenty-third self-made dev set, held out (AC); its first run is an unseen estimate.

Written with set AB, without reading the extraction rules, and committed before any rule
was run on it. Same format and conventions as sets O and W (self-made, not a public
corpus): an interview with a named outlet or show is a post (platform: the outlet or
show as written, without quotation marks); a statement, memo, letter, email, court
filing, judge's opinion or essay with no named outlet is a post with no platform; a
press release is a post with platform "press release"; a news conference, briefing,
rally, speech, court hearing, meeting or "told reporters" is not a post; a comment under
a post belongs to it, a post "of his own" is a new one; a later fragment is linked to a
post only when the text ties it to that post; organisations and unnamed people speak as
None; titles, nicknames and scare quotes in marks are not quotes; a quote that runs over
several paragraphs is one quote per paragraph. Two decisions were made before writing:
an earnings call with analysts is not a post (like a news conference); an organisation's
press release or statement has author None even when it quotes a named executive, whose
quotes link to it. Cases W does not spell out were decided thus: an email or letter
quoted in a court filing is its own post (author: its writer) and its quotes link to it,
not to the filing; a caption is a quote from the post it captions; a news release counts
as a press release. Gold rows must never be edited to make a rule pass.
"""

from __future__ import annotations

HELDOUT_SET_AC: list[dict] = [
    {
        "name": "mayor-op-ed-congresswoman-instagram-town-hall",
        "text": (
            "Port Alden Mayor Desmond Kearney called on Congress to restore funding for "
            "coastal flood barriers in an op-ed published Monday in USA Today. “Every "
            "dollar we spend on a seawall saves six in cleanup,” Kearney wrote. “This is "
            "not charity. It is arithmetic.”\n\n"
            "Rep. Lydia Brandt, whose district includes Port Alden, shared the piece on "
            "Instagram with the caption “Desmond is right.” At a town hall on Tuesday, she "
            "said the cuts were “penny-wise and flood-foolish.”"
        ),
        "quotes": [
            (
                "Every dollar we spend on a seawall saves six in cleanup,",
                "Desmond Kearney",
                False,
                "P1",
            ),
            ("This is not charity. It is arithmetic.", "Desmond Kearney", False, "P1"),
            ("Desmond is right.", "Lydia Brandt", False, "P2"),
            ("penny-wise and flood-foolish.", "Lydia Brandt", True, None),
        ],
        "posts": [("P1", "Desmond Kearney", "USA Today"), ("P2", "Lydia Brandt", "Instagram")],
        "people": ["Desmond Kearney", "Lydia Brandt"],
    },
    {
        "name": "airline-earnings-call-analyst",
        "text": (
            "Kestrel Airlines forecast a smaller-than-expected summer profit on Tuesday, "
            "blaming delays in aircraft deliveries.\n\n"
            "“We have 14 planes sitting in a factory that should be flying passengers,” "
            "Chief Executive Omar Haddad told analysts on the company’s quarterly earnings "
            "call. Chief Financial Officer Beth Ransome said the airline expected "
            "deliveries to “normalize by the fourth quarter, at the earliest.”\n\n"
            "“They’re guiding down and blaming someone else. Investors have heard that "
            "before,” said Keiko Tanabe, an airline analyst at Jefferies."
        ),
        "quotes": [
            (
                "We have 14 planes sitting in a factory that should be flying passengers,",
                "Omar Haddad",
                False,
                None,
            ),
            ("normalize by the fourth quarter, at the earliest.", "Beth Ransome", True, None),
            (
                "They’re guiding down and blaming someone else. Investors have heard that before,",
                "Keiko Tanabe",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Omar Haddad", "Beth Ransome", "Keiko Tanabe"],
    },
    {
        "name": "manager-sacked-club-statement-chairman-x-reply",
        "text": (
            "Harbourne United sacked manager Neil Fairclough on Monday after a run of seven "
            "defeats in eight games.\n\n"
            "“Neil has given everything to this club, and we thank him for it,” chairman "
            "Graham Pettit said in a statement released by the club. “But results have not "
            "been good enough.”\n\n"
            "Fairclough responded on X a few hours later. “Gutted. Proud of the lads. "
            "Onwards,” the 49-year-old wrote."
        ),
        "quotes": [
            (
                "Neil has given everything to this club, and we thank him for it,",
                "Graham Pettit",
                False,
                "P1",
            ),
            ("But results have not been good enough.", "Graham Pettit", False, "P1"),
            ("Gutted. Proud of the lads. Onwards,", "Neil Fairclough", False, "P2"),
        ],
        "posts": [("P1", None, None), ("P2", "Neil Fairclough", "X")],
        "people": ["Neil Fairclough", "Graham Pettit"],
    },
    {
        "name": "oscar-winner-rolling-stone-film-title",
        "text": (
            "Oscar winner Celeste Navarro says she turned down the lead in “The Long Quiet” "
            "three times before agreeing to make the film.\n\n"
            "“I kept saying I was too old for it, and the director kept saying that was the "
            "point,” Navarro told Rolling Stone in a cover interview published Wednesday.\n\n"
            "The film, which premieres at the Venice Film Festival next month, was directed "
            "by Tobias Lindqvist. The Oscar winner has described working with him as “like "
            "being in therapy with a very patient Swede.”"
        ),
        "quotes": [
            (
                "I kept saying I was too old for it, and the director kept saying that was the "
                "point,",
                "Celeste Navarro",
                False,
                "P1",
            ),
            ("like being in therapy with a very patient Swede.", "Celeste Navarro", True, None),
        ],
        "posts": [("P1", "Celeste Navarro", "Rolling Stone")],
        "people": ["Celeste Navarro", "Tobias Lindqvist"],
    },
    {
        "name": "bank-fraud-filing-email-lawyer-statement",
        "text": (
            "Prosecutors in the fraud case against former Tidewater Bank executive Glen "
            "Marchetti filed emails on Friday that they say show he knew the bank’s loan "
            "books had been falsified.\n\n"
            "“Just make the numbers work. I don’t want to know how,” Marchetti wrote in a "
            "2021 email to a deputy, according to the filing.\n\n"
            "Marchetti’s lawyer, Susan Pike, said in a written statement that the emails "
            "had been “stripped of context.” The trial is set to begin in June."
        ),
        "quotes": [
            (
                "Just make the numbers work. I don’t want to know how,",
                "Glen Marchetti",
                False,
                "P2",
            ),
            ("stripped of context.", "Susan Pike", True, "P3"),
        ],
        "posts": [("P1", None, None), ("P2", "Glen Marchetti", None), ("P3", "Susan Pike", None)],
        "people": ["Glen Marchetti", "Susan Pike"],
    },
    {
        "name": "amateur-astronomer-comet-observatory",
        "text": (
            "An amateur astronomer in New Zealand has discovered a comet that could be "
            "visible to the naked eye in October, astronomers said Thursday.\n\n"
            "Hemi Walker, a 58-year-old retired electrician from the town of Karewa, "
            "spotted the faint smudge in images from his backyard telescope. “I thought it "
            "was a smear on the lens,” he told reporters at the Mount Tarns Observatory. “I "
            "cleaned it twice.”\n\n"
            "The comet has been designated C/2025 K3 (Walker). “If it holds together as it "
            "approaches the Sun, it could be spectacular,” said Dr. Fiona Gallagher, an "
            "astronomer at Kowhai University."
        ),
        "quotes": [
            ("I thought it was a smear on the lens,", "Hemi Walker", False, None),
            ("I cleaned it twice.", "Hemi Walker", False, None),
            (
                "If it holds together as it approaches the Sun, it could be spectacular,",
                "Fiona Gallagher",
                False,
                None,
            ),
        ],
        "posts": [],
        "people": ["Hemi Walker", "Fiona Gallagher"],
    },
    {
        "name": "er-doctor-linkedin-hospital-statement",
        "text": (
            "An emergency physician’s LinkedIn post describing a 19-hour wait for a "
            "hospital bed in Halvering has been shared more than 40,000 times.\n\n"
            "“An 84-year-old woman spent the night on a stretcher in a hallway beside the "
            "ambulance bay. Her daughter held an umbrella over her face to block the "
            "lights,” Dr. Naveen Pillai wrote. “This is what we have normalized.”\n\n"
            "In a statement, Halvering General Hospital said it was “aware of the post” and "
            "was reviewing the case. State Health Commissioner Claire Beaumont told "
            "reporters she had not read it but would “look into it personally.”"
        ),
        "quotes": [
            (
                "An 84-year-old woman spent the night on a stretcher in a hallway beside the "
                "ambulance bay. Her daughter held an umbrella over her face to block the "
                "lights,",
                "Naveen Pillai",
                False,
                "P1",
            ),
            ("This is what we have normalized.", "Naveen Pillai", False, "P1"),
            ("aware of the post", None, True, "P2"),
            ("look into it personally.", "Claire Beaumont", True, None),
        ],
        "posts": [("P1", "Naveen Pillai", "LinkedIn"), ("P2", None, None)],
        "people": ["Naveen Pillai", "Claire Beaumont"],
    },
    {
        "name": "apartment-complex-planning-meeting",
        "text": (
            "Residents of Bexley Hollow packed a planning commission meeting Wednesday to "
            "oppose a proposed 300-unit apartment complex on the site of the old Fenwick "
            "mill.\n\n"
            "“We’re not against housing. We’re against four stories of it next to a "
            "two-lane road,” said Arthur Lum, who has lived on nearby Canal Street for 40 "
            "years.\n\n"
            "A representative of the developer, Crane Ridge Partners, told the commission "
            "that the company would add a turn lane and cut the building to three stories. "
            "“We have listened,” she said. A man at the back of the room shouted, “Not "
            "enough!”"
        ),
        "quotes": [
            (
                "We’re not against housing. We’re against four stories of it next to a two-lane "
                "road,",
                "Arthur Lum",
                False,
                None,
            ),
            ("We have listened,", None, False, None),
            ("Not enough!", None, False, None),
        ],
        "posts": [],
        "people": ["Arthur Lum"],
    },
    {
        "name": "open-source-maintainer-bluesky-two-posts-contributor-x",
        "text": (
            "The lead maintainer of Tessel, a widely used open-source database library, "
            "said Monday that she is stepping down after receiving threats over a change to "
            "the project’s license.\n\n"
            "“I have spent eleven years on this project, most of them unpaid. I am not "
            "going to spend the next one afraid,” Rina Kowalczyk wrote on Bluesky.\n\n"
            "In a second Bluesky post, she said the project would be handed to a "
            "foundation. Longtime contributor Marcus Bell wrote on X that the harassment "
            "was “the ugliest thing I’ve seen in twenty years of open source.”"
        ),
        "quotes": [
            (
                "I have spent eleven years on this project, most of them unpaid. I am not going "
                "to spend the next one afraid,",
                "Rina Kowalczyk",
                False,
                "P1",
            ),
            (
                "the ugliest thing I’ve seen in twenty years of open source.",
                "Marcus Bell",
                True,
                "P3",
            ),
        ],
        "posts": [
            ("P1", "Rina Kowalczyk", "Bluesky"),
            ("P2", "Rina Kowalczyk", "Bluesky"),
            ("P3", "Marcus Bell", "X"),
        ],
        "people": ["Rina Kowalczyk", "Marcus Bell"],
    },
    {
        "name": "museum-painting-news-release-curator-npr",
        "text": (
            "The Harlan Museum of Art announced Tuesday that “Woman with a Lantern,” a "
            "small oil painting that has sat in its storage rooms since 1952, is the work "
            "of the Flemish master Pieter Vandemeer and not, as long believed, one of his "
            "students.\n\n"
            "“It is the discovery of a career,” curator Elise Marchand said in a news "
            "release from the museum.\n\n"
            "In an interview with NPR, Marchand said the clue was a thumbprint. “He had a "
            "habit of pressing the wet paint with his thumb. We found it under the "
            "varnish,” she said."
        ),
        "quotes": [
            ("It is the discovery of a career,", "Elise Marchand", False, "P1"),
            (
                "He had a habit of pressing the wet paint with his thumb. We found it under the "
                "varnish,",
                "Elise Marchand",
                False,
                "P2",
            ),
        ],
        "posts": [("P1", None, "press release"), ("P2", "Elise Marchand", "NPR")],
        "people": ["Pieter Vandemeer", "Elise Marchand"],
    },
    {
        "name": "tornado-storm-chaser-tiktok-village-president",
        "text": (
            "A tornado tore through the village of Ellery Springs late Monday, destroying "
            "at least 30 homes and the roof of the elementary school. No deaths were "
            "reported.\n\n"
            "Storm chaser Brody Kettleman, whose TikTok video of the funnel cloud has been "
            "viewed more than 12 million times, can be heard shouting in the clip: “That is "
            "on the ground, that is on the ground, get inside now.”\n\n"
            "Village President Nora Lindgren said Tuesday morning that the damage was "
            "“worse than anything I’ve seen in 30 years here.” She told reporters the "
            "school would stay closed for the rest of the week. “We will rebuild. We always "
            "do,” she said."
        ),
        "quotes": [
            (
                "That is on the ground, that is on the ground, get inside now.",
                "Brody Kettleman",
                False,
                "P1",
            ),
            ("worse than anything I’ve seen in 30 years here.", "Nora Lindgren", True, None),
            ("We will rebuild. We always do,", "Nora Lindgren", False, None),
        ],
        "posts": [("P1", "Brody Kettleman", "TikTok")],
        "people": ["Brody Kettleman", "Nora Lindgren"],
    },
    {
        "name": "university-cuts-faculty-senate-protest",
        "text": (
            "The president of Calloway State University, Jerome Whitfield, told the faculty "
            "senate on Friday that the school would eliminate 14 degree programs, including "
            "philosophy, German and physics, to close a $22 million budget gap.\n\n"
            "“These are not judgments about the value of any discipline,” Whitfield said. "
            "“They are judgments about what we can afford.”\n\n"
            "At a protest on the campus quad Monday, philosophy professor Ingrid Solheim "
            "told about 300 students that the cuts amounted to “the slow closing of a "
            "university.”\n\n"
            "“You can’t call yourself a university without physics,” said Amir Khoury, a "
            "sophomore."
        ),
        "quotes": [
            (
                "These are not judgments about the value of any discipline,",
                "Jerome Whitfield",
                False,
                None,
            ),
            ("They are judgments about what we can afford.", "Jerome Whitfield", False, None),
            ("the slow closing of a university.", "Ingrid Solheim", True, None),
            ("You can’t call yourself a university without physics,", "Amir Khoury", False, None),
        ],
        "posts": [],
        "people": ["Jerome Whitfield", "Ingrid Solheim", "Amir Khoury"],
    },
    {
        "name": "sheriff-facebook-commissioner-comment-second-post",
        "text": (
            "Sheriff Dale Hutchins of Merritt County said in a Facebook post on Saturday "
            "that his office would no longer respond to calls about barking dogs. “My "
            "deputies are not noise-complaint officers,” he wrote.\n\n"
            "The post drew more than 2,000 comments. “So who do we call at 2 a.m.?” County "
            "Commissioner Beverly Tran asked in one of them.\n\n"
            "On Sunday, Hutchins posted again on Facebook, saying the county’s animal "
            "control office would take the calls. “Sorry for the confusion, folks,” the "
            "sheriff wrote."
        ),
        "quotes": [
            ("My deputies are not noise-complaint officers,", "Dale Hutchins", False, "P1"),
            ("So who do we call at 2 a.m.?", "Beverly Tran", False, "P1"),
            ("Sorry for the confusion, folks,", "Dale Hutchins", False, "P2"),
        ],
        "posts": [("P1", "Dale Hutchins", "Facebook"), ("P2", "Dale Hutchins", "Facebook")],
        "people": ["Dale Hutchins", "Beverly Tran"],
    },
    {
        "name": "drone-warrant-majority-and-dissent",
        "text": (
            "The state Supreme Court ruled 4-3 on Thursday that police in Corrigan needed a "
            "warrant to use a drone to photograph a man’s fenced backyard.\n\n"
            "“The fence told the world what the homeowner expected: privacy,” Justice "
            "Miriam Castell wrote for the majority.\n\n"
            "In a dissent, Justice Roland Ebbesen wrote that the majority had “invented a "
            "right to be invisible from the sky.” The man, Curtis Vane, was charged in 2022 "
            "with growing marijuana."
        ),
        "quotes": [
            (
                "The fence told the world what the homeowner expected: privacy,",
                "Miriam Castell",
                False,
                "P1",
            ),
            ("invented a right to be invisible from the sky.", "Roland Ebbesen", True, "P2"),
        ],
        "posts": [("P1", "Miriam Castell", None), ("P2", "Roland Ebbesen", None)],
        "people": ["Miriam Castell", "Roland Ebbesen", "Curtis Vane"],
    },
    {
        "name": "pop-singer-father-on-stage-song-and-tour-titles",
        "text": (
            "Pop singer Noor Halabi brought her father on stage during the final show of "
            "her tour in Granby Falls on Saturday to sing “Olive Trees,” the song she wrote "
            "about his childhood village.\n\n"
            "“He taught me every song I know. This one I taught him,” Halabi told the "
            "crowd.\n\n"
            "It was the 112th show of the “Lanterns” tour, which grossed more than $140 "
            "million. Her father, Samir Halabi, 70, waved and bowed but did not speak."
        ),
        "quotes": [
            ("He taught me every song I know. This one I taught him,", "Noor Halabi", False, None),
        ],
        "posts": [],
        "people": ["Noor Halabi", "Samir Halabi"],
    },
    {
        "name": "quarterback-podcast-contract-coach-practice",
        "text": (
            "Quarterback Jalen Pryor said on a podcast released Tuesday that he felt "
            "“disrespected” by the Bay City Mariners’ contract offer.\n\n"
            "“You want me to take less than a backup makes? Come on, man,” Pryor said on "
            "“The Huddle With Deshawn Tate.” “I’ve been the guy here for five years.”\n\n"
            "Mariners coach Earl Whitman, asked about the comments after practice "
            "Wednesday, said: “Jalen’s our quarterback. That’s all I’m going to say about "
            "it.”"
        ),
        "quotes": [
            ("disrespected", "Jalen Pryor", True, "P1"),
            (
                "You want me to take less than a backup makes? Come on, man,",
                "Jalen Pryor",
                False,
                "P1",
            ),
            ("I’ve been the guy here for five years.", "Jalen Pryor", False, "P1"),
            (
                "Jalen’s our quarterback. That’s all I’m going to say about it.",
                "Earl Whitman",
                False,
                None,
            ),
        ],
        "posts": [("P1", "Jalen Pryor", "The Huddle With Deshawn Tate")],
        "people": ["Jalen Pryor", "Deshawn Tate", "Earl Whitman"],
    },
    {
        "name": "skincare-founder-financial-times-interview",
        "text": (
            "Fernanda Okoye, the founder of skincare brand Lumen & Vale, said in an "
            "interview with the Financial Times that she sold the company to a private "
            "equity firm because she was “exhausted by the fundraising treadmill.”\n\n"
            "“Every six months I was raising money instead of making products,” Okoye told "
            "the newspaper. “I started this to make face cream, not pitch decks.”\n\n"
            "The buyer, Greystone Capital, did not disclose the price."
        ),
        "quotes": [
            ("exhausted by the fundraising treadmill.", "Fernanda Okoye", True, "P1"),
            (
                "Every six months I was raising money instead of making products,",
                "Fernanda Okoye",
                False,
                "P1",
            ),
            ("I started this to make face cream, not pitch decks.", "Fernanda Okoye", False, "P1"),
        ],
        "posts": [("P1", "Fernanda Okoye", "Financial Times")],
        "people": ["Fernanda Okoye"],
    },
    {
        "name": "farm-bill-sunday-show-and-statement-straight-quotes",
        "text": (
            "Senate Majority Leader Corinne Ashby said Sunday that she did not have the "
            "votes to pass the farm bill before the August recess.\n\n"
            '"We\'re close, but close doesn\'t count," Ashby said on "Meet the Press." "I\'m '
            'not going to put a bill on the floor to watch it fail."\n\n'
            "In a statement, the minority leader, Sen. Victor Saldana, accused Democrats of "
            '"wasting the summer." "Farmers can\'t wait until September," the senator added '
            "in the statement."
        ),
        "quotes": [
            ("We're close, but close doesn't count,", "Corinne Ashby", False, "P1"),
            (
                "I'm not going to put a bill on the floor to watch it fail.",
                "Corinne Ashby",
                False,
                "P1",
            ),
            ("wasting the summer.", "Victor Saldana", True, "P2"),
            ("Farmers can't wait until September,", "Victor Saldana", False, "P2"),
        ],
        "posts": [("P1", "Corinne Ashby", "Meet the Press"), ("P2", "Victor Saldana", None)],
        "people": ["Corinne Ashby", "Victor Saldana"],
    },
    {
        "name": "boil-water-advisory-news-conference-over-paragraphs",
        "text": (
            "Health officials in Tarrow County are urging residents to boil their tap water "
            "after E. coli bacteria were found in samples from the county’s main reservoir.\n\n"
            "“Until we tell you otherwise, boil it for one minute before you drink it, "
            "brush your teeth with it or give it to your pets.\n\n"
            "“We will tell you the minute it is safe,” county health director Dr. Yolanda "
            "Pierce said at a news conference Friday.\n\n"
            "The advisory affects about 48,000 people. At Halvorsen’s Market in Greeley "
            "Junction, shelves that normally hold bottled water were empty by noon. “I got "
            "the last two cases,” said Ed Mullins, 66. “My neighbor got none.”"
        ),
        "quotes": [
            (
                "Until we tell you otherwise, boil it for one minute before you drink it, brush "
                "your teeth with it or give it to your pets.",
                "Yolanda Pierce",
                False,
                None,
            ),
            ("We will tell you the minute it is safe,", "Yolanda Pierce", False, None),
            ("I got the last two cases,", "Ed Mullins", False, None),
            ("My neighbor got none.", "Ed Mullins", False, None),
        ],
        "posts": [],
        "people": ["Yolanda Pierce", "Ed Mullins"],
    },
    {
        "name": "poet-laureate-threads-and-medium-essay",
        "text": (
            "Poet laureate Graciela Montoya announced on Threads on Wednesday that she "
            "would donate her $50,000 prize to a literacy program in her hometown of San "
            "Ysidro Flats. “Someone taught me to read in a library basement. This is me "
            "paying rent,” she wrote.\n\n"
            "In a longer essay on Medium, the 45-year-old poet described learning English "
            "at age nine. “I loved the language before I understood it,” she wrote. “I "
            "still do.”"
        ),
        "quotes": [
            (
                "Someone taught me to read in a library basement. This is me paying rent,",
                "Graciela Montoya",
                False,
                "P1",
            ),
            ("I loved the language before I understood it,", "Graciela Montoya", False, "P2"),
            ("I still do.", "Graciela Montoya", False, "P2"),
        ],
        "posts": [("P1", "Graciela Montoya", "Threads"), ("P2", "Graciela Montoya", "Medium")],
        "people": ["Graciela Montoya"],
    },
]
