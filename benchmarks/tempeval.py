"""TempEval-3 reading and scoring for the extraction benchmark.

Reads TimeML ``.tml`` files in place (never copies them) and scores system
TIMEX3 expressions against gold the TempEval-3 way. Benchmark code only:
the product never imports it.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    dct: dt.date | None
    gold: tuple[Timex, ...]


def load_document(path: Path) -> Document:
    """The TEXT of one TimeML file, its creation date and its gold TIMEX3 spans."""
    root = ET.parse(path).getroot()  # noqa: S314 - local benchmark files, not untrusted input
    dct = None
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            match = re.match(r"(\d{4})-(\d{2})-(\d{2})", timex.get("value", ""))
            if match:
                dct = dt.date(*map(int, match.groups()))
            break
    body = root.find("TEXT")
    parts: list[str] = []
    gold: list[Timex] = []
    length = 0

    def walk(element: ET.Element) -> None:
        nonlocal length
        start = length
        if element.text:
            parts.append(element.text)
            length += len(element.text)
        for child in element:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if element.tag == "TIMEX3":
            text = "".join(parts)[start:length]
            gold.append(Timex(start, length, text, element.get("type", ""), element.get("value")))

    if body is not None:
        walk(body)
    gold.sort(key=lambda t: t.start)
    return Document(path.stem, "".join(parts), dct, tuple(gold))


def load_corpus(folder: Path) -> list[Document]:
    return [load_document(path) for path in sorted(folder.glob("*.tml"))]


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    relaxed: int = 0  # system expressions overlapping a gold one (one-to-one)
    strict: int = 0  # exact span matches
    value: int = 0  # relaxed matches whose value equals the gold value
    type: int = 0

    def add(self, other: Score) -> None:
        for name in ("system", "gold", "relaxed", "strict", "value", "type"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @staticmethod
    def _f1(hits: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hits / system if system else 0.0
        r = hits / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def relaxed_prf(self) -> tuple[float, float, float]:
        return self._f1(self.relaxed, self.system, self.gold)

    def strict_prf(self) -> tuple[float, float, float]:
        return self._f1(self.strict, self.system, self.gold)

    def value_f1(self) -> float:
        return self._f1(self.value, self.system, self.gold)[2]

    def type_f1(self) -> float:
        return self._f1(self.type, self.system, self.gold)[2]


def score_document(gold: tuple[Timex, ...], system: list[Timex]) -> tuple[Score, list]:
    """Align system to gold by span overlap (one-to-one, greedy by overlap) and count."""
    score = Score(system=len(system), gold=len(gold))
    used: set[int] = set()
    pairs = []
    for sys_timex in system:
        best, best_overlap = None, 0
        for index, gold_timex in enumerate(gold):
            if index in used:
                continue
            overlap = min(sys_timex.end, gold_timex.end) - max(sys_timex.start, gold_timex.start)
            if overlap > best_overlap:
                best, best_overlap = index, overlap
        if best is None:
            pairs.append((sys_timex, None))
            continue
        used.add(best)
        gold_timex = gold[best]
        pairs.append((sys_timex, gold_timex))
        score.relaxed += 1
        score.strict += sys_timex.start == gold_timex.start and sys_timex.end == gold_timex.end
        score.value += sys_timex.value is not None and sys_timex.value == gold_timex.value
        score.type += sys_timex.type == gold_timex.type
    pairs.extend((None, g) for i, g in enumerate(gold) if i not in used)
    return score, pairs
