"""Story body to HTML (stories.markup): paragraphs, escaping, and marks that never break the HTML."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from stories.markup import Mark, first_paragraph, paragraphs, render_body


def mark(start: int, end: int, name: str = "x", status: str = "verified") -> Mark:
    return Mark(
        start=start,
        end=end,
        anchor=f"check-{name}",
        kind="quote",
        label="Verified quote",
        status=status,
    )


class _Balance(HTMLParser):
    """Fails on a closing tag that does not close the innermost open element."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()


def well_formed(fragment: str) -> bool:
    parser = _Balance()
    parser.feed(fragment)
    parser.close()
    return not parser.stack


def marked(fragment: str) -> list[str]:
    """Plain text of each outermost <mark>, in order."""
    texts, depth, current = [], 0, []
    for token in re.split(r"(<mark\b[^>]*>|</mark>|<a\b[^>]*>.*?</a>)", fragment):
        if token.startswith("<mark"):
            depth += 1
        elif token == "</mark>":
            depth -= 1
            if depth == 0:
                texts.append(html.unescape("".join(current)))
                current = []
        elif depth and not token.startswith("<a"):
            current.append(token)
    return texts


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("One.", ["One."]),
        ("One.\n\nTwo.", ["One.", "Two."]),
        ("One.\n \t\nTwo.\n\n\n\nThree.", ["One.", "Two.", "Three."]),
        ("  One.\nstill one.\n\n", ["One.\nstill one."]),
        ("\n\n", []),
    ],
)
def test_paragraphs_split_on_blank_lines(body, expected):
    assert [body[a:b] for a, b in paragraphs(body)] == expected


BODY = "She said “we open on Sept. 28 at noon,” and left.\n\nA year ago it <was> closed & shut."


@pytest.mark.parametrize(
    ("marks", "expected"),
    [
        # One span.
        ([(10, 38)], ["we open on Sept. 28 at noon,"]),
        # A date inside a quote nests (only the outer text is listed here).
        ([(10, 38), (21, 29)], ["we open on Sept. 28 at noon,"]),
        # A span straddling another's end is skipped, the first one stays.
        ([(10, 38), (30, 45)], ["we open on Sept. 28 at noon,"]),
        # The same stretch twice: one mark.
        ([(21, 29), (21, 29)], ["Sept. 28"]),
        # Out of range and empty spans are ignored.
        ([(-1, 3), (5, 5), (500, 510), (21, 29)], ["Sept. 28"]),
        # A span across the paragraph break is clipped to each paragraph.
        ([(BODY.index("and left"), BODY.index("A year") + 7)], ["and left.", "A year "]),
    ],
)
def test_marks_never_break_the_html(marks, expected):
    rendered = render_body(BODY, [mark(a, b, str(i)) for i, (a, b) in enumerate(marks)])
    for fragment in rendered:
        assert well_formed(fragment), fragment
    assert [text for fragment in rendered for text in marked(fragment)] == expected


def test_nested_mark_sits_inside_the_outer_one():
    [first, _] = render_body(BODY, [mark(10, 38, "q"), mark(21, 29, "d")])
    assert re.search(r"<mark[^>]*>we open on <mark[^>]*>Sept\. 28</mark><a[^>]*#check-d", first)


def test_every_piece_of_text_is_escaped():
    [_, second] = render_body(BODY, [mark(BODY.index("<was>"), BODY.index("<was>") + 5)])
    assert "&lt;was&gt;" in second and "&amp; shut" in second
    assert "<was>" not in second


def test_attributes_are_escaped():
    evil = Mark(
        start=0,
        end=3,
        anchor='x" onmouseover="alert(1)',
        kind="quote",
        label="<b>",
        status="verified",
    )
    [fragment] = render_body("She said.", [evil])
    assert 'onmouseover="' not in fragment and "<b>" not in fragment


def test_unverified_marks_get_a_question_mark_not_a_tick():
    [fragment] = render_body("She said.", [mark(0, 3, status="in_progress")])
    assert "check--in_progress" in fragment and ">?</a>" in fragment and "✓" not in fragment


@pytest.mark.parametrize(
    ("body", "limit", "expected"),
    [
        ("Short first.\n\nSecond.", 300, "Short first."),
        ("Words  with\nspaces.", 300, "Words with spaces."),
        ("one two three four five", 12, "one two…"),
        ("", 300, ""),
    ],
)
def test_first_paragraph(body, limit, expected):
    assert first_paragraph(body, limit=limit) == expected
