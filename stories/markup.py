"""Story body to HTML: paragraphs split on blank lines, checked spans wrapped in ``<mark>``.

Every piece of the body is escaped; only the tags built here are trusted.
Spans are given as plain values (offsets into the body), so this module
knows nothing about which entries are public: the caller decides what to
mark. Overlapping spans never break the HTML: a span inside another is
nested, a span that straddles another's edge is left unmarked. It must
not read the database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True)
class Mark:
    """One stretch of the body to highlight: ``body[start:end]``."""

    start: int
    end: int
    anchor: str  # id of the entry in "How we checked this" (without '#')
    kind: str  # css modifier: quote, date, age…
    label: str  # accessible description: "Verified quote"
    status: str = "verified"


@dataclass
class _Node:
    mark: Mark
    start: int
    end: int
    children: list[_Node] = field(default_factory=list)


def paragraphs(body: str) -> list[tuple[int, int]]:
    """(start, end) of every non-empty paragraph; paragraphs are separated by blank lines."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for brk in _PARAGRAPH_BREAK.finditer(body):
        spans.append((pos, brk.start()))
        pos = brk.end()
    spans.append((pos, len(body)))
    result = []
    for start, end in spans:
        # Trim surrounding whitespace but keep offsets into the original body.
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start < end:
            result.append((start, end))
    return result


def _tree(marks: list[Mark], lo: int, hi: int) -> list[_Node]:
    """Nest the marks that fall (after clipping to [lo, hi)) inside each other; drop straddlers."""
    clipped = sorted(
        ((max(m.start, lo), min(m.end, hi), m) for m in marks if m.start < hi and m.end > lo),
        key=lambda item: (item[0], -item[1]),
    )
    roots: list[_Node] = []
    stack: list[_Node] = []
    for start, end, mark in clipped:
        if start >= end:
            continue
        while stack and stack[-1].end <= start:
            stack.pop()
        if stack and end > stack[-1].end:
            continue  # starts inside the open mark but ends after it: would break the nesting
        if stack and (start, end) == (stack[-1].start, stack[-1].end):
            continue  # the same stretch twice: one mark is enough
        node = _Node(mark, start, end)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots


def _render(body: str, nodes: list[_Node], lo: int, hi: int) -> str:
    out: list[str] = []
    pos = lo
    for node in nodes:
        out.append(escape(body[pos : node.start]))
        inner = _render(body, node.children, node.start, node.end)
        out.append(
            format_html(
                '<mark class="check check--{} check--{}" title="{}">{}</mark>'
                '<a class="check-ref" href="#{}" aria-label="{}: how we checked it">{}</a>',
                node.mark.kind,
                node.mark.status,
                node.mark.label,
                mark_safe(inner),  # noqa: S308 - built here from escaped pieces only
                node.mark.anchor,
                node.mark.label,
                "✓" if node.mark.status == "verified" else "?",
            )
        )
        pos = node.end
    out.append(escape(body[pos:hi]))
    return "".join(out)


def render_body(body: str, marks: list[Mark]) -> list[SafeString]:
    """The body as a list of paragraph HTML strings, with ``marks`` highlighted."""
    valid = [m for m in marks if 0 <= m.start < m.end <= len(body)]
    result = []
    for lo, hi in paragraphs(body):
        result.append(mark_safe(_render(body, _tree(valid, lo, hi), lo, hi)))  # noqa: S308
    return result


def first_paragraph(body: str, *, limit: int = 300) -> str:
    """Plain text of the first paragraph, shortened on a word boundary: a summary for lists and feeds."""
    spans = paragraphs(body)
    if not spans:
        return ""
    text = " ".join(body[spans[0][0] : spans[0][1]].split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"
