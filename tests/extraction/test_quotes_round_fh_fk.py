"""Near misses for the rules fixed on held-out sets FH-FK (arts, faith and charities, markets,
weather): each case is written for this file, not copied from a set, and failed before its fix."""

from __future__ import annotations

import pytest

from stories.extraction import extract

from .quotes_helpers import assert_extracts


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a description in apposition to the name before it is no unnamed newcomer
            "The soup run is led by Marta Lindqvist, a 52-year-old dentist from Malmö.\n\n"
            "Lindqvist said she would keep going. “Nobody here is a number,” the dentist said.",
            [("Nobody here is a number,", "Marta Lindqvist", None)],
            [],
            ["Marta Lindqvist"],
        ),
        (
            # "who posted …" with no comma before "who": the name the description hangs on, whose
            # post "read one" quotes
            "The cleaning was organised by Nguyen Van Long, a 61-year-old engineer who posted a "
            "rota on Facebook every Sunday. “Bring gloves and bags,” read one.",
            [("Bring gloves and bags,", "Nguyen Van Long", "P1")],
            [("Nguyen Van Long", "Facebook")],
            ["Nguyen Van Long"],
        ),
        (
            # "who shared it on his own Instagram story": what was shared and where, then the post
            "The post was picked up by the cricketer Jonty Mabaso, who shared it on his own "
            "Instagram story with the words “Somebody sign this kid.”",
            [("Somebody sign this kid.", "Jonty Mabaso", "P1")],
            [("Jonty Mabaso", "Instagram")],
            ["Jonty Mabaso"],
        ),
        (
            # "who had posted …" after someone else named: the relative clause's subject posted
            "Standing with the mayor, Tom Reyes, was the imam of the town’s mosque, Ahmed Yusuf, "
            "who had posted an invitation on Threads.",
            [],
            [("Ahmed Yusuf", "Threads")],
            ["Tom Reyes", "Ahmed Yusuf"],
        ),
        (
            # a sentence that opens with a clause of its own: its main clause's subject posts
            "When Rosa Delgado did not come back from the market, her friend Helen Moreau sent a "
            "message to the building’s WhatsApp group. “Rosa has no phone with her,” she wrote.",
            [("Rosa has no phone with her,", "Helen Moreau", "P1")],
            [("Helen Moreau", "WhatsApp")],
            ["Rosa Delgado", "Helen Moreau"],
        ),
        (
            # a young age, then the name in apposition: "the teenager" is that one
            "Ann Lee raised the alarm. The dog was found by a 15-year-old, Omar Haddad, by the "
            "river.\n\n“It was shaking,” the teenager told BBC Radio Leeds.",
            [("It was shaking,", "Omar Haddad", "P1")],
            [("Omar Haddad", "BBC Radio Leeds")],
            ["Ann Lee", "Omar Haddad"],
        ),
        (
            # "the parish’s priest, the Rev Name": named after "the", so "the priest" is him
            "The parish’s priest, the Rev Colm Whelan, said the hall would stay open. “Nobody will "
            "be turned away,” the priest said.",
            [("Nobody will be turned away,", "Colm Whelan", None)],
            [],
            ["Colm Whelan"],
        ),
        (
            # a church named after saints is no person
            "The food bank at the church of St Anne and St Joachim opened on Monday. Its "
            "organiser, Bridget Okafor, said: “We ran out by noon.”",
            [("We ran out by noon.", "Bridget Okafor", None)],
            [],
            ["Bridget Okafor"],
        ),
    ],
)
def test_faith_and_charities_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a family name first, then a given name of two romanised syllables
            "Park Min-seo, who runs a shelter in Daegu, posted a video on Instagram. “Every bed "
            "is taken,” she says in the video.",
            [("Every bed is taken,", "Park Min-seo", "P1")],
            [("Park Min-seo", "Instagram")],
            ["Park Min-seo"],
        ),
        (
            # a coastguard station is no person; "HM" before a body's name still attributes its
            # post
            "The yacht drifted towards the rocks for an hour. “Our crew launched at once,” HM "
            "Coastguard Shetland said in a Facebook post on Sunday.",
            [("Our crew launched at once,", None, "P1")],
            [(None, "Facebook")],
            [],
        ),
        (
            # a Gaelic particle inside a station's name
            "“I have never seen a sea like it,” the skipper, Calum MacLeod, told Radio nan "
            "Gàidheal.",
            [("I have never seen a sea like it,", "Calum MacLeod", "P1")],
            [("Calum MacLeod", "Radio nan Gàidheal")],
            ["Calum MacLeod"],
        ),
        (
            # sharing a body's post, with an interview reported in between: on that post's platform
            "“All four walkers are safe,” the mountain rescue team said in a post on Facebook.\n\n"
            "One of them, Ewan Baird, told BBC Scotland he had been lucky.\n\n"
            "His wife, Morag Baird, shared the team’s post with a message of her own: “Thank you "
            "for bringing him home.”",
            [
                ("All four walkers are safe,", None, "P1"),
                ("Thank you for bringing him home.", "Morag Baird", "P3"),
            ],
            [(None, "Facebook"), ("Ewan Baird", "BBC Scotland"), ("Morag Baird", "Facebook")],
            ["Ewan Baird", "Morag Baird"],
        ),
    ],
)
def test_weather_and_rescues_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a country's public station: its letter and number, after the country's name
            "Speaking to Sweden’s P1 radio on Monday, Ingrid Solheim said the role was new to her. "
            "“I learn fast,” she said.",
            [("I learn fast,", "Ingrid Solheim", "P1")],
            [("Ingrid Solheim", "P1")],
            ["Ingrid Solheim"],
        ),
        (
            # a documentary festival is no documentary
            "The Porto documentary festival DocNorte lost its jury president when Marta Vidal "
            "resigned, saying on LinkedIn that the rules had changed. “I cannot judge this,” she "
            "wrote.",
            [("I cannot judge this,", "Marta Vidal", "P1")],
            [("Marta Vidal", "LinkedIn")],
            ["Marta Vidal"],
        ),
        (
            # a statement "quoted its chief executive, Name, as adding that …"
            "The label said in a statement, which quoted its chief executive, Hanne Wold, as "
            "adding that the decision “was not an easy one.”",
            [("was not an easy one.", "Hanne Wold", "P1")],
            [(None, None)],
            ["Hanne Wold"],
        ),
        (
            # "according to" a source "who quoted him as saying": the one quoted speaks
            "Leon Brandt repeated the offer at a rehearsal, according to two players who were "
            "there, who quoted him as saying that the budget “is simply gone.”",
            [("is simply gone.", "Leon Brandt", None)],
            [],
            ["Leon Brandt"],
        ),
    ],
)
def test_arts_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # a paragraph of quotes after one that ends with what she did on a podcast
            "Amelie Roux, who wants the party’s nomination, set out her case on Monday on the "
            "podcast Strasbourg Hour.\n\n“I grew up on a border. I am the union.\n\n“Europe is in "
            "your phone bill.”",
            [
                ("I grew up on a border. I am the union.", "Amelie Roux", "P1"),
                ("Europe is in your phone bill.", "Amelie Roux", "P1"),
            ],
            [("Amelie Roux", "Strasbourg Hour")],
            ["Amelie Roux"],
        ),
        (
            # an age, an adjective and a noun: one description of the one named just before
            "Finance Minister Henrika Salo survived the vote.\n\nAino Virtanen said she had acted "
            "on principle. The 41-year-old former nurse told the broadcaster Pohjola Radio that "
            "her vote was “a warning.”",
            [("a warning.", "Aino Virtanen", "P1")],
            [("Aino Virtanen", "Pohjola Radio")],
            ["Henrika Salo", "Aino Virtanen"],
        ),
        (
            # "the physicist and former regulator Name": a person with two roles
            "In an op-ed in Die Zeit, the chemist and former regulator Ulrike Brandt-Sommer argued "
            "that the closure was “a costly gesture.”",
            [("a costly gesture.", "Ulrike Brandt-Sommer", "P1")],
            [("Ulrike Brandt-Sommer", "Die Zeit")],
            ["Ulrike Brandt-Sommer"],
        ),
        (
            # a union's initials and name after its noun: no person
            "The rail workers’ union IG Schiene responded on X that the strike would go ahead. "
            "“The trains stop on Monday,” the union posted.",
            [("The trains stop on Monday,", None, "P1")],
            [(None, "X")],
            [],
        ),
    ],
)
def test_politics_and_science_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # an airline named in its own language
            "Aerolíneas Boreales said in a statement that the bag had been found. “We apologise "
            "for the delay,” the statement said.",
            [("We apologise for the delay,", None, "P1")],
            [(None, None)],
            [],
        ),
        (
            # comments under the video, after a company's statement reported since: the video's
            "In a TikTok video posted on Sunday, Maya Ferreira showed her broken pram. “It was new,”"
            " she said in the clip.\n\nThe airline said in a statement that it would pay for "
            "repairs.\n\nAmong hundreds of comments under the video was one from the campaigner "
            "Jon Ellery: “Every airline says sorry.”",
            [
                ("It was new,", "Maya Ferreira", "P1"),
                ("Every airline says sorry.", "Jon Ellery", "P1"),
            ],
            [("Maya Ferreira", "TikTok"), (None, None)],
            ["Maya Ferreira", "Jon Ellery"],
        ),
    ],
)
def test_consumer_and_company_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            # "the 29-year-old" is the one named with that age, not the last one named
            "A YouTube video posted by the climber Tomas Reyes had been viewed a million times.\n\n"
            "“Never again,” Reyes, 31, says in the video.\n\nIt drew criticism from a guide, Helga "
            "Brandt, who commented under it that the climb was “reckless.” The 31-year-old replied "
            "beneath her comment: “Fair enough.”",
            [
                ("Never again,", "Tomas Reyes", "P1"),
                ("reckless.", "Helga Brandt", "P1"),
                ("Fair enough.", "Tomas Reyes", "P1"),
            ],
            [("Tomas Reyes", "YouTube")],
            ["Tomas Reyes", "Helga Brandt"],
        ),
        (
            # a description with a long relative clause is still its sentence's subject
            "The glaciologist Anna Berg posted a photo on Instagram.\n\nThe 38-year-old, who works "
            "at the University of Tromsø with her longtime collaborator Kári Jónsson, said the "
            "retreat had surprised her. “It did the opposite,” she said on the podcast Ice Hour.",
            [("It did the opposite,", "Anna Berg", "P2")],
            [("Anna Berg", "Instagram"), ("Anna Berg", "Ice Hour")],
            ["Anna Berg", "Kári Jónsson"],
        ),
        (
            # "she was blunt.": how she spoke, then her words
            "Ann Lee runs the lab. Asked whether the glacier could be saved, Mia Holt was blunt. "
            "“Not this one.”",
            [("Not this one.", "Mia Holt", None)],
            [],
            ["Ann Lee", "Mia Holt"],
        ),
    ],
)
def test_description_and_manner_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


@pytest.mark.parametrize(
    ("text", "quotes", "people"),
    [
        (
            "Leader of the House Siti Rahmah said she respected the ruling but “would have "
            "drawn the line differently.”",
            [("would have drawn the line differently.", "Siti Rahmah")],
            ["Siti Rahmah"],
        ),
        (
            "Speaker of the Assembly Kwabena Owusu said: “The vote stands.”",
            [("The vote stands.", "Kwabena Owusu")],
            ["Kwabena Owusu"],
        ),
    ],
)
def test_an_office_that_ends_with_a_chamber_before_the_name(text, quotes, people):
    result = extract(text, None)
    assert [(q.text, q.speaker) for q in result.quotes] == quotes
    assert [p.name for p in result.people] == people


@pytest.mark.parametrize(
    "text",
    [
        "Sunniva Haugen, 47, known in Tromsø as “the lady of the long boats,” posted a video "
        "from her workshop on Instagram.",
        "Kofi Mensah, known to his neighbours as “the night gardener,” said nothing.",
    ],
)
def test_a_nickname_known_somewhere_is_no_quote(text):
    assert extract(text, None).quotes == ()


def test_a_description_in_apposition_after_a_name_and_age_before_a_colon():
    result = extract(
        "Aiko Mori, 29, a nurse from Osaka, says at the start of the film: “I would do it again.”",
        None,
    )
    assert [(q.text, q.speaker) for q in result.quotes] == [("I would do it again.", "Aiko Mori")]


# Near misses a review of this round wrote against its first version: each was right before the
# round, went wrong with a first version of one of its rules, and is right again.
@pytest.mark.parametrize(
    ("text", "quotes", "posts", "people"),
    [
        (
            "Australia’s Travis Head hit a century on Friday. “I just tried to stay calm,” Head told reporters.",
            [("I just tried to stay calm,", "Travis Head", None)],
            [],
            ["Travis Head"],
        ),
        (
            "The singer Murray Head, 78, said the tour would be his last. “My voice is not what it was,” he said.",
            [("My voice is not what it was,", "Murray Head", None)],
            [],
            ["Murray Head"],
        ),
        (
            "Ottilie Head, a 34-year-old nurse, wrote on Facebook that the ward was full.",
            [],
            [("Ottilie Head", "Facebook")],
            ["Ottilie Head"],
        ),
        (
            "During the festival, Kenji Sato played two sold-out shows. “It was the best crowd of my life,” he said.",
            [("It was the best crowd of my life,", "Kenji Sato", None)],
            [],
            ["Kenji Sato"],
        ),
        (
            "After the festival, Marta Vidal wrote on Instagram that she was exhausted.",
            [],
            [("Marta Vidal", "Instagram")],
            ["Marta Vidal"],
        ),
        (
            "After leaving the start-up, Priya Nair founded a charity. “I wanted to give back,” she said.",
            [("I wanted to give back,", "Priya Nair", None)],
            [],
            ["Priya Nair"],
        ),
        (
            "Ewa Nowak, a wine-maker based in Tokaj, said the harvest was the worst in decades.",
            [],
            [],
            ["Ewa Nowak"],
        ),
        (
            "Lukas Brenner, a script-writer based in Vienna, told ORF that the strike would continue.",
            [],
            [("Lukas Brenner", "ORF")],
            ["Lukas Brenner"],
        ),
        (
            "The Scottish Green party MSP Ffion Rees wrote on X that the vote was a disgrace.",
            [],
            [("Ffion Rees", "X")],
            ["Ffion Rees"],
        ),
        (
            "The Labour party MP Niamh Doyle said the bill would fail. “It is dead,” Doyle said.",
            [("It is dead,", "Niamh Doyle", None)],
            [],
            ["Niamh Doyle"],
        ),
        (
            "The Fianna Fáil party TD Caoimhe Walsh told RTÉ that she would vote against it.",
            [],
            [("Caoimhe Walsh", "RTÉ")],
            ["Caoimhe Walsh"],
        ),
        (
            "The novelist Ambrose St John wrote to The Times. “The library must stay,” St John wrote.",
            [("The library must stay,", "Ambrose St John", None)],
            [],
            ["Ambrose St John"],
        ),
        (
            "Tennis player Marie St Pierre, 22, won in straight sets. “I felt free,” St Pierre said.",
            [("I felt free,", "Marie St Pierre", None)],
            [],
            ["Marie St Pierre"],
        ),
        (
            "Kim Kardashian’s son Saint West, 9, posted his first video on YouTube.",
            [],
            [("Saint West", "YouTube")],
            ["Kim Kardashian", "Saint West"],
        ),
        (
            "Kofi Mensah praised Kwame Boateng, who wrote the song in 1998. “It is still a masterpiece,” he said.",
            [("It is still a masterpiece,", "Kofi Mensah", None)],
            [],
            ["Kofi Mensah", "Kwame Boateng"],
        ),
        (
            "The minister, Tomás Ruiz, thanked Pablo Ortega, who published the study last year. “The data changed my mind,” he told El País.",
            [("The data changed my mind,", "Tomás Ruiz", "P1")],
            [("Tomás Ruiz", "El País")],
            ["Tomás Ruiz", "Pablo Ortega"],
        ),
        (
            "Lars Eriksen criticised Sven Olsen, who wrote the report. “He ignored the evidence,” he told NRK.",
            [("He ignored the evidence,", "Lars Eriksen", "P1")],
            [("Lars Eriksen", "NRK")],
            ["Lars Eriksen", "Sven Olsen"],
        ),
        (
            "The band’s singer, the Guardian reported, has quit. Its drummer, Ana Lima, said the tour would go on. “We wish her well,” the singer said.",
            [("We wish her well,", None, None)],
            [],
            ["Ana Lima"],
        ),
        (
            "Ana Lima’s lawyer, Ben Ota, said she would appeal. The judge was scathing. “This is a waste of the court’s time.”",
            [("This is a waste of the court’s time.", None, None)],
            [],
            ["Ana Lima", "Ben Ota"],
        ),
        (
            "Tom Reyes’s lawyer said he would appeal. The prosecutor was blunt. “He will lose.”",
            [("He will lose.", None, None)],
            [],
            ["Tom Reyes"],
        ),
        (
            "Speaking to Germany’s SPD leadership, Olaf Scholz said he would not resign.",
            [],
            [],
            ["Olaf Scholz"],
        ),
        (
            "Speaking to Britain’s CBI conference, Rachel Reeves said growth was the priority.",
            [],
            [],
            ["Rachel Reeves"],
        ),
        (
            "Speaking to G7 leaders on Monday, Ana Lima said the plan was ready. “We have a deal,” she said.",
            [("We have a deal,", "Ana Lima", None)],
            [],
            ["Ana Lima"],
        ),
        (
            "Mateo Villanueva, 29, finished third. The winner, Ingrid Halvorsen, who turned 29 on Sunday, spoke to NRK after the race. “Best present ever,” the 29-year-old said.",
            [("Best present ever,", "Ingrid Halvorsen", "P1")],
            [("Ingrid Halvorsen", "NRK")],
            ["Mateo Villanueva", "Ingrid Halvorsen"],
        ),
    ],
)
def test_this_rounds_review_near_misses(text, quotes, posts, people):
    assert_extracts(text, quotes, posts, people)


def test_an_adverb_of_time_before_the_verb_keeps_the_subject():
    """ "Brennan, 58, now runs a shelter with …, Chiamaka Eze. She talked …": Brennan goes on."""
    result = extract(
        "Sister Niamh Walsh left her convent after 31 years.\n\nWalsh, 58, now runs a shelter in "
        "Cork with a former nurse, Adaeze Obi. She talked about it on the podcast Soul Searching. "
        "“It is the most religious thing I have done,” she told the host.",
        None,
    )
    assert [(q.speaker, q.post) for q in result.quotes] == [("Niamh Walsh", "P1")]
    assert [(p.author, p.platform) for p in result.posts] == [("Niamh Walsh", "Soul Searching")]


def test_a_document_dated_in_apposition_is_one_post():
    result = extract(
        "In her annual letter to investors, published on Friday, the fund manager Elena Rossi "
        "said her fund had found “almost nothing worth buying” this year.",
        None,
    )
    assert [(p.author, p.platform) for p in result.posts] == [("Elena Rossi", None)]
    assert [(q.speaker, q.post) for q in result.quotes] == [("Elena Rossi", "P1")]


def test_a_body_described_as_a_group_posts_as_no_one():
    result = extract(
        "The clean-up was organised by Tidy Streets, a volunteer group who posted a rota on "
        "Facebook. “Bring gloves,” read one.",
        None,
    )
    assert [(q.speaker, q.post) for q in result.quotes] == [(None, None)]
    assert [(p.author, p.platform) for p in result.posts] == [(None, "Facebook")]


# Near misses a second review of this round wrote against its narrowed rules.
@pytest.mark.parametrize(
    ("text", "quotes", "posts"),
    [
        (
            "Coach Diego Ruiz benched Tomás Ortega and Mateo Silva then walked off. “I had no "
            "choice,” he said.",
            [("I had no choice,", "Diego Ruiz", None)],
            [],
        ),
        (
            "Ahmed Hassan thanked his lawyer, Omar Farouk, then left the court. “Justice was done,” "
            "he said.",
            [("Justice was done,", "Ahmed Hassan", None)],
            [],
        ),
        (
            "The fire service posted an update on Instagram. Mayor Ana Ruiz posted a warning on "
            "Facebook. Her deputy, Tomás Ortega, shared the mayor’s post an hour later.",
            [],
            [(None, "Instagram"), ("Ana Ruiz", "Facebook"), ("Tomás Ortega", "Facebook")],
        ),
        (
            "Kofi Boateng, a one-man band who plays at weddings, posted a clip on TikTok. “Book "
            "me,” he wrote.",
            [("Book me,", "Kofi Boateng", "P1")],
            [("Kofi Boateng", "TikTok")],
        ),
        (
            "Coach Ahmet Yilmaz picked Emre Kaya, 19, for the final. “I am ready,” the 19-year-old "
            "told reporters.",
            [("I am ready,", "Emre Kaya", None)],
            [],
        ),
    ],
)
def test_this_rounds_second_review_near_misses(text, quotes, posts):
    assert_extracts(text, quotes, posts)
