"""The highlighted article: every span marked once, nesting and overlaps kept valid, all text escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from stories.admin.workspace import EntryRow, highlight_body
from stories.models import Claim, Quote

BODY = "She said “A year ago we met <here>,” on Sept. 28, 2021."


def row(model, n: int, text: str, start: int | None = None, status: str = "unchecked") -> EntryRow:
    start = BODY.index(text) if start is None else start
    entry = model(pk=n, text=text, start=start, end=start + len(text), status=status)
    if model is Claim:
        entry.kind = "date"
    kind = model._meta.model_name
    return EntryRow(
        entry=entry, key=f"{kind}-{n}", number=str(n), kind_label=kind.title(), type=kind
    )


class _Checker(HTMLParser):
    """Collects the text and checks that tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.stack.append(tag)
        self.ids += [v for k, v in attrs if k == "id"]

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack}"
        self.stack.pop()

    def handle_data(self, data):
        if self.stack[-1:] != ["a"]:  # the footnote numbers are not story text
            self.text.append(data)


def parse(html: str) -> _Checker:
    checker = _Checker()
    checker.feed(html)
    assert checker.stack == []
    return checker


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [row(Quote, 1, "A year ago we met <here>,")],
        # A date inside a quote nests.
        [row(Quote, 1, "A year ago we met <here>,"), row(Claim, 2, "A year ago")],
        # Spans that overlap without nesting are split but stay valid HTML.
        [row(Quote, 1, "A year ago we met"), row(Claim, 2, "met <here>,” on Sept. 28")],
        # Two entries on the same words.
        [row(Claim, 1, "Sept. 28"), row(Quote, 2, "Sept. 28")],
    ],
    ids=["none", "one", "nested", "overlap", "same-span"],
)
def test_highlight_keeps_the_text_and_marks_each_entry_once(rows):
    html = highlight_body(BODY, rows)
    parsed = parse(html)
    assert "".join(parsed.text) == BODY
    assert sorted(parsed.ids) == sorted(f"hl-{r.key}" for r in rows)
    for r in rows:
        assert html.count(f'href="#entry-{r.key}"') == 1


def test_highlight_escapes_story_text():
    html = highlight_body(BODY, [row(Quote, 1, "A year ago we met <here>,")])
    assert "<here>" not in html and "&lt;here&gt;" in html


def test_marks_carry_the_status_colour_class():
    html = highlight_body(BODY, [row(Claim, 7, "Sept. 28", status="incorrect")])
    assert re.search(r'<mark class="hl st-incorrect kind-claim kind-date" id="hl-claim-7"', html)


def test_a_span_that_no_longer_matches_the_body_is_left_out():
    stale = row(Claim, 3, "Sept. 28")
    stale.entry.text = "Sept. 29"
    assert "<mark" not in highlight_body(BODY, [stale])
