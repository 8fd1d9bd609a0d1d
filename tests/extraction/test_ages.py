"""Stated ages, their subjects, and the look-alikes that are not ages."""

import pytest

from stories.extraction.ages import find_ages


class FakeResolver:
    """A dict standing in for people.py: mention (lower case) -> canonical name."""

    def __init__(self, names: dict[str, str] | None = None) -> None:
        self.names = names or {}
        self.calls: list[tuple[str, int]] = []

    def resolve(self, mention: str, start: int) -> str | None:
        self.calls.append((mention, start))
        return self.names.get(mention.lower())


NAMES = {
    "smith": "John Smith",
    "teigen": "Chrissy Teigen",
    "the 35-year-old author": "Chrissy Teigen",
    "the 35-year-old": "Chrissy Teigen",
    "she": "Chrissy Teigen",
    "he": "John Smith",
    "the singer": "Adele Adkins",
    "the 33-year-old singer": "Adele Adkins",
}

CASES = [
    # text, age text, value, subject
    ("The 35-year-old author described it.", "35-year-old", 35, "Chrissy Teigen"),
    ("Photos of their three-year-old son Miles were shared.", "three-year-old", 3, "Miles"),
    ("Her 16-year-old daughter, Apple, was there.", "16-year-old", 16, "Apple"),
    ("Smith, 42, said the plan failed.", "42", 42, "John Smith"),
    ("Jane Doe, 42, said the plan failed.", "42", 42, "Jane Doe"),
    ("Maria Lopez, who turned 50 on Sept. 27, spoke.", "50", 50, "Maria Lopez"),
    ("Teigen, who turned 36 in November, spoke.", "36", 36, "Chrissy Teigen"),
    ("The boy, aged 7, was found safe.", "aged 7", 7, None),
    ("Tom Hanks, aged 65, starred.", "aged 65", 65, "Tom Hanks"),
    ("She married at 19 and moved away.", "at 19", 19, "Chrissy Teigen"),
    ("He left school at the age of 16.", "at the age of 16", 16, "John Smith"),
    ("Anna Kim died at age 88.", "at age 88", 88, "Anna Kim"),
    ("The 35-year-old said she was grateful.", "35-year-old", 35, "Chrissy Teigen"),
    ("The 35-year-old Teigen said so.", "35-year-old", 35, "Chrissy Teigen"),
    ("John Smith, a 42-year-old lawyer, said no.", "42-year-old", 42, "John Smith"),
    ("Ravi Patel, a 29-year-old nurse, said no.", "29-year-old", 29, "Ravi Patel"),
    ("A 12-year-old girl named Lila won.", "12-year-old", 12, None),
    ("Her 8-year-old twins were asleep.", "8-year-old", 8, None),
    ("The 33-year-old singer cancelled.", "33-year-old", 33, "Adele Adkins"),
    ("Bob Ray (54) was arrested.", "54", 54, "Bob Ray"),
    ("Smith is 42 years old.", "42 years old", 42, "John Smith"),
    ("Liu Yang, 31, and Chen Wei, 29, won.", "31", 31, "Liu Yang"),
    ("Liu Yang, 31, and Chen Wei, 29, won.", "29", 29, "Chen Wei"),
    ("a fifty-five-year-old man was hurt.", "fifty-five-year-old", 55, None),
    ("Her twenty-year-old son, Max, drove.", "twenty-year-old", 20, "Max"),
    ("The 101-year-old veteran, Ada Byron, spoke.", "101-year-old", 101, "Ada Byron"),
    ("Kate, 7, and her brother Sam, 9, played.", "7", 7, "Kate"),
    ("Kate, 7, and her brother Sam, 9, played.", "9", 9, "Sam"),
    ("He turned 40 last year.", "40", 40, "John Smith"),
    ("Teigen celebrated her 36th birthday.", "36th birthday", 36, "Chrissy Teigen"),
    ("Mr. Smith, 42, said.", "42", 42, "John Smith"),
    ("Former President Jimmy Carter, 96, said.", "96", 96, "Jimmy Carter"),
    ("Sen. Bernie Sanders, 79, spoke.", "79", 79, "Bernie Sanders"),
    ("Police said the suspect, 24, fled.", "24", 24, None),
    ("Police said the singer, 33, fled.", "33", 33, "Adele Adkins"),
    ("Smith, 42, of Boston, said.", "42", 42, "John Smith"),
    ("John Smith, 42 years old, said.", "42", 42, "John Smith"),
    ("A 6-year-old boy, Liam Smith, was found.", "6-year-old", 6, "Liam Smith"),
    ("She left home when she was 19.", "19", 19, "Chrissy Teigen"),
    ("When Smith was 12, he moved.", "12", 12, "John Smith"),
]


@pytest.mark.parametrize(("text", "age_text", "value", "subject"), CASES)
def test_age_value_and_subject(text, age_text, value, subject):
    ages = find_ages(text, FakeResolver(NAMES))
    match = [a for a in ages if a.text == age_text]
    assert match, f"{age_text!r} not found; found {[a.text for a in ages]}"
    age = match[0]
    assert text[age.start : age.end] == age.text
    assert (age.value, age.subject) == (value, subject)


NOT_AGES = [
    "They marked a 10-year anniversary.",
    "She worked a 24-hour shift.",
    "He broke a 3-year-old record.",
    "The 40 balloons rose.",
    "It was a 5-year-old company.",
    "They signed a 20-year lease.",
    "The 30-year-old law was repealed.",
    "He won 42, 38 and 12 votes.",
    "The room was at 19 degrees.",
    "Turnout stood at 45 percent.",
    "The meeting is at 10 on Monday.",
    "He turned 50 pages of the book.",
    "Prices rose by 42, officials said.",
    "In 2012, 42, a novel, was published.",
    "The score was at 19 points.",
    "She lives at 19 Elm Street.",
    "A 2-year-old tradition ended.",
    "Page 12, line 4, was wrong.",
    "The 35-year-olds were interviewed.",
    "Their 6-month-old baby slept.",
    "A 100-year-old tree fell.",
    "A 15-year-old painting sold.",
    "The March 2020 report said 40.",
    "He finished in 42 minutes.",
    "The score, 24, was low.",
    "It was close when he was 19 points behind.",
    "It was odd when she was 5 feet tall.",
    "On Jan. 5, 12 people died.",
    "Section 4, 12, and 19 apply.",
]


@pytest.mark.parametrize("text", NOT_AGES)
def test_look_alikes_are_not_ages(text):
    assert find_ages(text, FakeResolver(NAMES)) == []


def test_an_unknown_proper_name_is_kept_as_written():
    ages = find_ages("Zora Neale, 30, wrote.", FakeResolver())
    assert [(a.value, a.subject) for a in ages] == [(30, "Zora Neale")]


def test_an_unresolved_description_leaves_the_subject_unknown():
    ages = find_ages("The 35-year-old author described it.", FakeResolver())
    assert [(a.value, a.subject) for a in ages] == [(35, None)]


def test_the_description_is_what_the_resolver_is_asked():
    resolver = FakeResolver()
    text = "Later, the 35-year-old author described it."
    find_ages(text, resolver)
    assert ("the 35-year-old author", text.index("the 35")) in resolver.calls


@pytest.mark.parametrize(
    "text", ["", " ", "\x00\x01", "“unbalanced, 42,", "9" * 10_000, "a, 1, b, 2, " * 1000]
)
def test_bad_input_never_raises(text):
    for age in find_ages(text, FakeResolver()):
        assert text[age.start : age.end] == age.text
