"""People named in a story: canonical names, aliases, and the PeopleIndex.resolve contract."""

from __future__ import annotations

import pytest

from stories.extraction.people import PeopleIndex, find_people

from .seed_files import seed_text

STORY = (
    "One year later, Chrissy Teigen and John Legend continue to mourn their late son Jack. "
    "Shortly after sharing photos of their three-year-old son Miles, the Cravings cookbook author "
    "returned to the platform. Teigen thanked her fans while her husband watched. "
    "Model Ashley Graham commended the Lip Sync Battle co-host for her courage.\n\n"
    "Having given birth to two children, Luna and Miles, the model knew what to expect."
)


def _names(text: str) -> list[str]:
    return [p.name for p in find_people(text).people]


def test_people_are_everyone_named_with_the_fullest_form_of_the_name():
    assert set(_names(STORY)) == {
        "Chrissy Teigen",
        "John Legend",
        "Jack",
        "Miles",
        "Luna",
        "Ashley Graham",
    }


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Chrissy Teigen", "Teigen"),
        ("Chrissy Teigen", "the Cravings cookbook author"),
        ("Chrissy Teigen", "the Lip Sync Battle co-host"),
        ("Chrissy Teigen", "the model"),
        ("John Legend", "her husband"),
        ("Jack", "their late son"),
    ],
)
def test_aliases_list_the_ways_the_story_refers_to_a_person(name, alias):
    people = {p.name: p.aliases for p in find_people(STORY).people}
    assert alias in people[name]


@pytest.mark.parametrize(
    "text",
    [
        "She spoke on Good Morning America about the Lip Sync Battle finale.",
        "National Son’s Day falls on Sept. 28 this year.",
        "The White House and the New York Times declined to comment.",
        "He appeared on the Armchair Expert podcast on Monday.",
        "She told Rolling Stone about her tour.",
    ],
)
def test_shows_places_days_and_outlets_are_not_people(text):
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Model Ashley Graham commended her.", "Ashley Graham"),
        ("Tennis star Naomi Park won.", "Naomi Park"),
        ("Newlyweds Priya Shah and Ethan Cole wed.", "Priya Shah"),
        ("His wife, Karen O’Neill, spoke.", "Karen O’Neill"),
    ],
)
def test_role_words_before_a_name_are_not_part_of_it(text, name):
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # Words joined by a hyphen to a lower-case word describe; they are no name.
        ("Two-time Olympic champion Kara Lindqvist retired.", ["Kara Lindqvist"]),
        ("Oscar-winning director Ana Ruiz spoke.", ["Ana Ruiz"]),
        ("Jean-Luc Moreau spoke.", ["Jean-Luc Moreau"]),
        # A name an organization noun introduces is an organization, and so are its later mentions.
        ("Tech reviewer Marcus Vell accused phone maker Orbi. Orbi denied it.", ["Marcus Vell"]),
        ("Payments startup Lumen Pay raised money.", []),
        ("Carmaker Veltra will pause production.", []),
        ("The lender Arbor Trust cut rates.", []),
        # ... unless a given name says person.
        ("Regulator Anna Kim said the firm ignored warnings.", ["Anna Kim"]),
        # A name before a lower-case title and another name is the title's organization.
        ("Halcyon Air chief executive Robert Lindgren said so.", ["Robert Lindgren"]),
        ("Acme Foods sales director Jo Ng spoke.", ["Jo Ng"]),
    ],
)
def test_organizations_and_descriptions_before_a_name_are_not_people(text, people):
    assert _names(text) == people


@pytest.mark.parametrize(
    ("mention", "start_of", "expected"),
    [
        ("Teigen", "Teigen thanked", "Chrissy Teigen"),
        ("Teigen’s", "Teigen thanked", "Chrissy Teigen"),
        ("she", "Model Ashley", "Chrissy Teigen"),
        ("the Cravings cookbook author", "the Cravings", "Chrissy Teigen"),
        ("The 35-year-old author", "Having given", "Chrissy Teigen"),
        ("her husband", "her husband", "John Legend"),
        ("they", "Shortly after", "Chrissy Teigen and John Legend"),
        ("the Lip Sync Battle co-host", "the Lip Sync", "Chrissy Teigen"),
    ],
)
def test_resolve_names_pronouns_and_descriptions(mention, start_of, expected):
    index = find_people(STORY)
    assert index.resolve(mention, STORY.index(start_of)) == expected


def test_resolve_returns_none_when_no_one_fits():
    index = find_people("“Nobody came,” she said.")
    assert index.resolve("she", 20) is None
    assert index.resolve("the senator", 20) is None
    assert PeopleIndex().resolve("Teigen", 0) is None


def test_a_surname_two_people_share_goes_to_the_main_person():
    text = (
        "Former first lady Helen Ward wrote a memoir. Helen Ward writes that her late husband, "
        "Richard Ward, never raised his voice. Ward writes about him often."
    )
    index = find_people(text)
    assert index.resolve("Ward", text.index("Ward writes about")) == "Helen Ward"


def test_the_seed_age_subject_resolves_for_the_ages_module():
    # The ages module calls exactly this on the seed file.
    assert find_people(seed_text()).resolve("The 35-year-old author", 1942) == "Chrissy Teigen"
