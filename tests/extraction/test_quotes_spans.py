"""Quotation spans: marks, nesting, quotes over paragraphs, and what is not a quote."""

from __future__ import annotations

import pytest

from stories.extraction import extract
from stories.extraction.marks import layout


def _quotes(text: str) -> list[str]:
    return [q.text for q in extract(text, None).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Love u,” Gabrielle Union wrote.", ["Love u,"]),
        ('"We won," Smith said.', ["We won,"]),
        ("‘We won,’ Smith said.", ["We won,"]),
        ("'We won,' Smith said.", ["We won,"]),
        # A trailing comma inside the marks is part of the quote.
        ("“To the son we almost had,” she wrote.", ["To the son we almost had,"]),
        # Apostrophes are not quotation marks.
        ("“I didn’t want to,” she said. Smith's dog didn't bark.", ["I didn’t want to,"]),
        ("He grew up in the '90s on rock 'n' roll and the kids' songs.", []),
        # Mixed straight and curly marks around one quote.
        ('“We won," Smith said.', ["We won,"]),
        # Several quotes in one sentence, and a quote in the middle of an attribution.
        (
            "“It has nothing to do,” she continued. “No one to feed.”",
            ["It has nothing to do,", "No one to feed."],
        ),
    ],
)
def test_quote_marks_give_the_words_inside(text, expected):
    assert _quotes(text) == expected


def test_nested_quote_belongs_to_the_outer_quote():
    text = "“When people ask me, I always say, ‘I’m okay, today.’” Teigen said."
    assert _quotes(text) == ["When people ask me, I always say, ‘I’m okay, today.’"]


def test_quote_left_open_at_paragraph_end_is_one_quote_per_paragraph():
    text = (
        "“I spent two years in bed,” Reyes said. “My wife kept me going.\n\n"
        "“Every morning she put my shoes by the bed.”"
    )
    assert _quotes(text) == [
        "I spent two years in bed,",
        "My wife kept me going.",
        "Every morning she put my shoes by the bed.",
    ]
    quotes = extract(text, None).quotes
    assert {q.speaker for q in quotes} == {"Reyes"}


def test_unbalanced_opening_mark_that_no_paragraph_reopens_is_dropped():
    assert _quotes("She said “this never closes.\n\nThe next paragraph is plain.") == []


def test_offsets_index_the_whole_text():
    text = " date 2021-09-29 Body. “Hello there,” she said."
    quote = extract(text, None).quotes[0]
    assert text[quote.start : quote.end] == "Hello there,"


@pytest.mark.parametrize(
    "text",
    [
        "Legend sang his hit song “All of Me” at the show.",
        "She starred in the film “La La Land” last year.",
        "Her new album, “Paper Houses,” is out Friday.",
        "The lead single “Glass Heart” topped the charts.",
        "Dwayne “The Rock” Johnson visited the set.",
        "Grant, known to fans as “Liv,” waved.",
        "Critics dismissed the so-called “experts” on the panel.",
        "The “friendship” ended in a lawsuit.",
        "“Lemonade” was released in 2016.",
        # A show's name after "on" is a title even when the sentence's full stop sits inside.
        "Speaker Ann Cole said Sunday on NBC’s “Meet the Press.”",
        "The senator repeated the claim on “Face the Nation.”",
        # A verb of naming right before the marks: a nickname.
        "He lives on a narrow road that neighbors call “the Chute.”",
        "Fans call him “the Pasta King.”",
        "The press dubbed the storm “Snowmageddon.”",
    ],
)
def test_titles_nicknames_and_scare_quotes_are_not_quotes(text):
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            "Earlier, she confessed that her body is a “daily reminder” of the loss.",
            "daily reminder",
        ),
        (
            "The author described the experience as “diabolically sad,” she said.",
            "diabolically sad,",
        ),
        ("Smith called the ruling “a disgrace” on Monday.", "a disgrace"),
    ],
)
def test_fragments_in_narration_are_partial_quotes(text, fragment):
    quotes = extract(text, None).quotes
    assert [(q.text, q.partial) for q in quotes] == [(fragment, True)]


def test_layout_sentences_do_not_cut_inside_a_quote():
    text = "“It has nothing to do. No one to feed.” Teigen’s post was met with words."
    sentences = [text[a:b] for a, b in layout(text).sentences]
    assert sentences == [
        "“It has nothing to do. No one to feed.”",
        "Teigen’s post was met with words.",
    ]


def test_no_with_a_full_stop_ends_a_sentence_unless_a_number_follows():
    text = "The council voted no. Item No. 5 passed."
    sentences = [text[a:b] for a, b in layout(text).sentences]
    assert sentences == ["The council voted no.", "Item No. 5 passed."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He posted on X. Gov. Ann Lee replied.", ["He posted on X.", "Gov. Ann Lee replied."]),
        ("Former President George W. Bush spoke.", ["Former President George W. Bush spoke."]),
        ("Author J. K. Rowling wrote it.", ["Author J. K. Rowling wrote it."]),
    ],
)
def test_a_letter_after_a_preposition_ends_a_sentence_an_initial_does_not(text, expected):
    assert [text[a:b] for a, b in layout(text).sentences] == expected
