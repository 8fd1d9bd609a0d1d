"""Who said it: attribution patterns, pronoun and description resolution, continued speech."""

from __future__ import annotations

import pytest

from stories.extraction import extract


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After the quote: name, then verb.
        ("“Love u,” Gabrielle Union wrote.", [("Love u,", "Gabrielle Union")]),
        # Titles, their abbreviations and initialisms before the name; an age after it.
        ("“We see it,” said Dr. Priya Raman.", [("We see it,", "Priya Raman")]),
        ("“It works,” said Sen. Ron Ames, a Democrat.", [("It works,", "Ron Ames")]),
        ("“It works,” Gov. Ann Lee said.", [("It works,", "Ann Lee")]),
        (
            "“He sold his vote,” Assistant U.S. Attorney Rachel Dunn told the jury.",
            [("He sold his vote,", "Rachel Dunn")],
        ),
        (
            "“I betrayed them,” Linda Carvajal, 58, told the judge.",
            [("I betrayed them,", "Linda Carvajal")],
        ),
        # A lower-case modifier before the role word after the verb; a party as a description.
        (
            "“This is right,” said council member Teresa Alvarez, who sponsored it.",
            [("This is right,", "Teresa Alvarez")],
        ),
        (
            "Sen. Patricia Holloway voted no. “I cannot vote for it,” the Ohio Republican said.",
            [("I cannot vote for it,", "Patricia Holloway")],
        ),
        # A party or a role capitalized at the start of a sentence is no part of the name.
        (
            "Republican Dale Whitaker conceded. “The voters have spoken,” Whitaker said.",
            [("The voters have spoken,", "Dale Whitaker")],
        ),
        (
            "Guard Malik Summers posted a farewell. “Thank you, Milwaukee,” he wrote.",
            [("Thank you, Milwaukee,", "Malik Summers")],
        ),
        # After the quote: verb, then name (inversion), with a role word before the name.
        ('"We didn\'t show up," said coach Mike Turner.', [("We didn't show up,", "Mike Turner")]),
        # Before the quote, with a comma or a colon.
        (
            "John Legend spoke last. Legend added, “It meant so much.”",
            [("It meant so much.", "John Legend")],
        ),
        (
            "Laura Kim quit on Monday. In a note, Kim wrote: “Leaving was hard.”",
            [("Leaving was hard.", "Laura Kim")],
        ),
        # In the middle: "“…,” she continued. “…”" — the second part has the same speaker.
        (
            "Chrissy Teigen posted again. “But man,” she continued. “It has nothing to do.”",
            [("But man,", "Chrissy Teigen"), ("It has nothing to do.", "Chrissy Teigen")],
        ),
        # A name set off by commas before its verb.
        (
            "Hill's former teammate, Jordan Price, replied: “Couldn't agree more.”",
            [("Couldn't agree more.", "Jordan Price")],
        ),
        # Titles and their qualifiers before a name are not part of it.
        (
            "“The statute cannot stand,” U.S. District Judge Karen Liu said from the bench.",
            [("The statute cannot stand,", "Karen Liu")],
        ),
        (
            "“We will appeal,” said State Attorney General Mark Dunn.",
            [("We will appeal,", "Mark Dunn")],
        ),
        # A lower-case modifier before a role word, a role as an acronym, "Speaker" as a title.
        (
            "“We needed a new voice,” team president Carla Mendes said in a statement.",
            [("We needed a new voice,", "Carla Mendes")],
        ),
        (
            "“The decision was mine alone,” CEO Maria Lopez wrote in an email to staff.",
            [("The decision was mine alone,", "Maria Lopez")],
        ),
        (
            "“We are not going to cave,” Speaker Ann Cole said on Sunday.",
            [("We are not going to cave,", "Ann Cole")],
        ),
        # A role the lexicon does not list, in lower case before the name.
        (
            "“This is about survival,” publisher Tom Vale wrote.",
            [("This is about survival,", "Tom Vale")],
        ),
        # … but not a function word ("then", "and") before it.
        ("Ann Lee spoke. “We won,” then Tom Vale said.", [("We won,", "Tom Vale")]),
        # "it said": an organisation's voice, not the last person quoted.
        (
            "“We won,” Ann Lee said. The team issued a statement. “We are proud,” it said.",
            [("We won,", "Ann Lee"), ("We are proud,", None)],
        ),
        # A fragment an organisation is reported as saying: its words, spoken by no person.
        (
            "The company said the results were “deeply disappointing.”",
            [("deeply disappointing.", None)],
        ),
        ("“I am retiring,” tennis great Lin Ross told ESPN.", [("I am retiring,", "Lin Ross")]),
        # A three-word title before a two-word name.
        (
            "“Demand remains strong,” Chief Financial Officer Amy Ross said on a call.",
            [("Demand remains strong,", "Amy Ross")],
        ),
        # A relation and its adjective after the verb: "said longtime friend Tom Ray".
        ("“He hid it well,” said longtime friend Tom Ray.", [("He hid it well,", "Tom Ray")]),
        # An unnamed role ("a Nordair spokeswoman") that a later sentence names.
        (
            "“We regret the delays,” a Nordair spokeswoman said in a statement. The spokeswoman, "
            "Lisa Berg, said crews were working overnight.",
            [("We regret the delays,", "Lisa Berg")],
        ),
        # … but not when the later sentence names someone in another role.
        (
            "“We regret the delays,” a Nordair spokeswoman said. The pilot, Tom Ek, disagreed.",
            [("We regret the delays,", None)],
        ),
        # "According to X, …"
        (
            "Senator Maria Alvarez spoke Tuesday. According to Alvarez, the bill “leaves millions behind.”",
            [("leaves millions behind.", "Maria Alvarez")],
        ),
    ],
)
def test_attribution_patterns(text, expected):
    assert _speakers(text) == expected


def test_each_quote_takes_its_own_attribution_over_continued_speech():
    text = (
        "Teigen’s post drew comments. “Love u,” Gabrielle Union wrote. "
        "“Your strength is admirable,” Ashley Greene added."
    )
    assert _speakers(text) == [
        ("Love u,", "Gabrielle Union"),
        ("Your strength is admirable,", "Ashley Greene"),
    ]


def test_second_quote_without_a_verb_continues_the_same_speaker():
    text = "“This is me,” Chrissy Teigen wrote. “Even though I’m no longer pregnant, I still have this bump.”"
    assert {s for _, s in _speakers(text)} == {"Chrissy Teigen"}


def test_a_person_named_between_two_quotes_stops_continued_speech():
    text = "“We won,” Smith said. Tom Jones disagreed with the coach. “We lost.”"
    assert _speakers(text)[1] == ("We lost.", None)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        # She / he pick the last person of that gender.
        (
            "Chrissy Teigen and John Legend spoke. Teigen thanked her fans. Legend thanked his. “We are grateful,” he said.",
            "We are grateful,",
            "John Legend",
        ),
        (
            "Manager Luis Ortega praised striker Ben Cole. Cole, 24, scored twice for his side. “I want to repay that,” he said.",
            "I want to repay that,",
            "Ben Cole",
        ),
        # A description resolves to the story's main person.
        (
            "Chrissy Teigen shared a photo. Teigen thanked her fans. “It’s really weird,” the model said.",
            "It’s really weird,",
            "Chrissy Teigen",
        ),
        (
            "Chrissy Teigen shared a photo. Teigen thanked her fans. “It’s really weird,” the 35-year-old author wrote.",
            "It’s really weird,",
            "Chrissy Teigen",
        ),
        # A role word names the person just introduced with it.
        (
            "Coach Mike Turner was angry. Goalie Sam Ortiz, 28, was blunter. “We were bad,” the goalie said.",
            "We were bad,",
            "Sam Ortiz",
        ),
        # A kin word in apposition to a name, with a role word before the name, names that person.
        (
            "Brooke Danvers and her husband, musician Elliot Crane, spoke. "
            "Her husband said it made him “a calmer person.”",
            "a calmer person.",
            "Elliot Crane",
        ),
        (
            "She thanked her husband, and Tom Lee said it was “fine.”",
            "fine.",
            "Tom Lee",
        ),
        # Someone introduced with "a", after a named speaker: a new, unnamed person.
        (
            "Retiree Walter Simms waited. “I sit here,” Simms said.\n\n“We see more people "
            "every day,” said a volunteer who asked not to be named.",
            "We see more people every day,",
            None,
        ),
        # "they" / "the couple" after two people named together.
        (
            "Priya Shah and Ethan Cole married in May. The couple said they are “taking it slow.”",
            "taking it slow.",
            "Priya Shah and Ethan Cole",
        ),
    ],
)
def test_pronouns_and_descriptions_resolve_to_the_person(text, quote, speaker):
    assert dict(_speakers(text))[quote] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "According to the charity, the stream raised “far less than advertised.”",
        "“Player safety is our top priority,” a league spokesperson said.",
        "“Still funnier than your special,” one user joked.",
        "“Enough is enough.”",
        "“Nobody came,” she said.",  # a pronoun with no one named before it
    ],
)
def test_unknown_speakers_stay_none(text):
    assert [s for _, s in _speakers(text)] == [None]


def test_fragment_takes_the_subject_of_its_reporting_verb():
    text = (
        "Chrissy Teigen posted. Although the bump was “frustrating,” the model said that she was "
        "“proud” of her body."
    )
    assert _speakers(text) == [("frustrating,", "Chrissy Teigen"), ("proud", "Chrissy Teigen")]


def test_fragment_after_an_appositive_takes_the_sentence_subject():
    assert _speakers("Laura Kim, 52, said the company had “lost its way” after the merger.") == [
        ("lost its way", "Laura Kim")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A show's title in marks in the sentence before is no quote of its own: the quote
        # after it continues the one who spoke there.
        (
            "In an interview with WBRT’s “Hollis Tonight,” Terrence Oduya said he did not feel "
            "angry yet. “I keep waiting for it.”",
            [("I keep waiting for it.", "Terrence Oduya")],
        ),
        # (a real quote in the sentence before still leaves it to continued speech)
        (
            "Ann Roe said the plan was “bold.” “We will see,” Tom Reyes said. “It is late.”",
            [("bold.", "Ann Roe"), ("We will see,", "Tom Reyes"), ("It is late.", "Tom Reyes")],
        ),
        # ", the president of the Halvering Nurses Association,": an organisation that is the
        # object of a preposition in the apposition, not a name in apposition that speaks
        (
            "“We did not want this,” Renata Obuya, the president of the Halvering Nurses "
            "Association, wrote on Instagram.",
            [("We did not want this,", "Renata Obuya")],
        ),
        (
            "“We are ready,” Tom Reyes, the head of the Lakeside Tenants Union, said.",
            [("We are ready,", "Tom Reyes")],
        ),
        # (a name in apposition to a description still speaks)
        (
            "“It works,” the lead author, Dr. Ingrid Solberg of the University of Bergen, told "
            "reporters.",
            [("It works,", "Ingrid Solberg")],
        ),
        ("“It works,” his spokesperson, Amy Fenn, said.", [("It works,", "Amy Fenn")]),
    ],
)
def test_titles_in_the_sentence_before_and_organisations_inside_an_apposition(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Santangelo, 26, announced it in an Instagram story on Friday:": an age in apposition
        # before the verb of a quote after a colon
        (
            "The rapper Dario Santangelo released a track. Santangelo, 26, announced it in an "
            "Instagram story on Friday: “They wanted an album.”",
            [("They wanted an album.", "Dario Santangelo")],
        ),
        (
            "Mara Quinn, 41, told the crowd: “We stay.”",
            [("We stay.", "Mara Quinn")],
        ),
        # A title in apposition after a noun ("The report, “Tides of Neglect,”") does not
        # continue the last speaker's words.
        (
            "“I cannot accept it,” Emeka Thorvaldsen wrote on Monday. The report, “Tides of "
            "Neglect,” was published last month.",
            [("I cannot accept it,", "Emeka Thorvaldsen")],
        ),
        # (a quote that continues after a comma still does: "“…,” she said, “…”")
        (
            "“We lost,” Ann Roe said, “and we will learn.”",
            [("We lost,", "Ann Roe"), ("and we will learn.", "Ann Roe")],
        ),
    ],
)
def test_ages_before_a_colon_and_titles_in_apposition(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Gov. Patricia Lindholm-Achebe … “…,” the governor said": the office one person in the
        # story holds, named with its title written short, after a quote and a paragraph break
        (
            "Gov. Patricia Lindholm-Achebe pardoned 14 people on Friday, including the rapper "
            "Dontae Simmons.\n\n“Everyone on this list,” the governor said in a speech.",
            [("Everyone on this list,", "Patricia Lindholm-Achebe")],
        ),
        (
            "Sen. Ann Lee spoke first. Later, Tom Reyes, a voter, shouted. “We disagree,” the "
            "senator said.",
            [("We disagree,", "Ann Lee")],
        ),
        (
            "Governor Patricia Okafor signed the bill, with the rapper Dontae Simmons beside "
            "her.\n\n“This is a good day,” the governor said.",
            [("This is a good day,", "Patricia Okafor")],
        ),
        # Fragments after "cautioned", "maintained", "questioned" …: verbs that report speech
        (
            "A former prosecutor, Wendell Ashworth-Cole, cautioned that the ruling was "
            "“preliminary.”",
            [("preliminary.", "Wendell Ashworth-Cole")],
        ),
        (
            "Tom Reyes clarified that the deal was “fair and legal.”",
            [("fair and legal.", "Tom Reyes")],
        ),
        # (not a noun: "the union’s demands were “simply unaffordable”" names no one speaking)
        (
            "The vice-chancellor, Rupert Ingledew, wrote to staff that the union’s demands were "
            "“simply unaffordable.”",
            [("simply unaffordable.", "Rupert Ingledew")],
        ),
    ],
)
def test_offices_with_short_titles_and_more_verbs_of_speech(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An object pronoun after someone's name ("wrote about her") stands for someone else:
        # it says nothing of the gender of the one named.
        (
            "One former student, the novelist Casimir Draganov, wrote about her in an essay. "
            "“She was the first adult who read my writing,” he wrote.",
            [("She was the first adult who read my writing,", "Casimir Draganov")],
        ),
        (
            "The coach, Ilario Benn, praised him after the match. “He was immense,” he said.",
            [("He was immense,", "Ilario Benn")],
        ),
        # (a possessive "her" still tells: "Casimir Draganov thanked her mother" is hers)
        (
            "Tom Reyes spoke first. Then Kiri Aldane thanked her mother. “She taught me,” she "
            "said.",
            [("She taught me,", "Kiri Aldane")],
        ),
    ],
)
def test_object_pronouns_tell_nothing_of_the_gender_of_the_one_named(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The network said in a press release. “We are proud,” the release quoted Meridian’s "
            "head of drama, Colette Ambrose, as saying.",
            [("We are proud,", "Colette Ambrose")],
        ),
        # A title in apposition after its noun, the sentence going on after it, is no quote.
        (
            'Callum Price wrote in his newsletter, "Dry Powder," on Thursday that it was "a game '
            'of chairs."',
            [("a game of chairs.", "Callum Price")],
        ),
        # (not after a verb of speech: "commented, “I KNEW IT,” and one fan added")
        (
            "Her co-star Bethany Cole commented, “I KNEW IT,” and one fan added, “Invite us all.”",
            [("I KNEW IT,", "Bethany Cole"), ("Invite us all.", None)],
        ),
    ],
)
def test_release_officers_and_titles_in_apposition(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Her coach at the University of Texas, Brennan Holloway, … the coach said": a role
        # with where it is held, then the name in apposition, names "the coach" later
        (
            "Her coach at the University of Texas, Brennan Holloway, said afterward that she had "
            "swum through an injury. “She never used it as an excuse,” the coach said.",
            [("She never used it as an excuse,", "Brennan Holloway")],
        ),
        (
            "The head of the Millbrook food bank, Ana Ruiz, said demand had doubled. “We are "
            "stretched,” the head said.",
            [("We are stretched,", "Ana Ruiz")],
        ),
    ],
)
def test_a_role_held_somewhere_then_a_name_names_the_role_later(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "he said it described “…”": the one who said what the report described
        (
            "Paul Kostakis spoke. Asked about the report, he said it described “a problem we "
            "inherited.”",
            [("a problem we inherited.", "Paul Kostakis")],
        ),
        # (the report itself, with no one saying so, speaks as no one)
        (
            "Ann Roe read the report. It described “a problem we inherited.”",
            [("a problem we inherited.", None)],
        ),
        # "…, the mayor, Greta Lindahl, promised “…”": a finite verb after a name set off by
        # commas, not a participle hanging on the clause before
        (
            "When Port Ellison agreed last spring to resettle 60 families, the mayor, Greta "
            "Lindahl, promised “no tents and no excuses.”",
            [("no tents and no excuses.", "Greta Lindahl")],
        ),
        (
            "After the vote on Monday, the union’s president, Tom Reyes, warned of “a long "
            "winter.”",
            [("a long winter.", "Tom Reyes")],
        ),
    ],
)
def test_said_it_described_and_a_name_set_off_before_its_verb(text, expected):
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Where someone named works, after the name, before a verb and a colon
        (
            "Its senior author, Oluwaseun Bakare of the University of Guelph, summed it up on "
            "Bluesky: “The bees don’t die.”",
            [("The bees don’t die.", "Oluwaseun Bakare")],
        ),
        (
            "Hydrologist Farhan Siddiqui of Lakemont University, whose water samples were cited "
            "in the suit, posted on Bluesky after the ruling: “The river doesn’t read permits.”",
            [("The river doesn’t read permits.", "Farhan Siddiqui")],
        ),
        # (an organisation's officer, unnamed, stays no one)
        (
            "The head of the Red Cross said on Monday: “We are ready.”",
            [("We are ready.", None)],
        ),
    ],
)
def test_where_someone_works_between_the_name_and_a_colon(text, expected):
    assert _speakers(text) == expected
