"""Direct quotations, their speakers, and the posts they came from.

Pure Python. Titles, scare quotes and nicknames in quotation marks are not
quotes. An unknown speaker stays None rather than guessed. The marks live in
``marks``, attribution patterns in ``speakers``, post reports in ``posts``;
this module decides which spans are quotes and ties the three together.

A quote belongs to the post its own attribution reports ("she wrote in the
caption"), or else to the latest post of its speaker it follows: in the same
or the next paragraphs, continued speech, comments under a post, words heard
in a video, words quoted first and then reported ("posted the message on
X"). Another post of the speaker, another speaker, or an in-person occasion
(a rally, a town hall, the locker room) ends the run.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass

from . import lexicon as lx
from . import posts as px
from . import speakers as sp
from .marks import Layout, Span, layout
from .people import PeopleIndex
from .scanning import OpeningScan, word_trie
from .types import DateClaim, Post, QuoteClaim

_SMALL_WORDS = lx.words("a an the of in on and to for at by with from or but is nor as vs")
# Words that, right before quotation marks, say the marks hold a title, a name or a term.
_TITLE_CUES = lx.words(
    """song single album track record ep film movie show series sitcom book novel memoir cookbook
    episode documentary podcast play musical hit titled entitled named dubbed nicknamed so-called
    hashtag campaign segment column article poem painting exhibition tour collection brand slogan
    sign banner headline app game sketch special title comedy drama thriller romance horror
    western sequel prequel biopic blockbuster cartoon opera ballet mixtape anthem ballad hymn
    novella anthology program programme"""
)
_TITLE_CUE_PAIRS = {
    ("known", "as"),
    # ("cut from the next season of “Sunset Harbor.”"; not "his final season “a blur.”")
    ("season", "of"),
    ("episode", "of"),
    ("the", "word"),
    ("the", "term"),
    ("the", "phrase"),
}
_CUE_LINKS = lx.words("of called named titled")
# Nouns that words in marks modify, as a name for a kind of thing ("an “ask me anything” thread").
_ATTRIBUTIVE_NOUNS = lx.words(
    """thread session event campaign policy rule program programme segment challenge trend
    movement format label tag badge style approach strategy era clause provision law bill plan
    initiative option feature button mode status list kit shirt jersey colours colors logo
    motto slogan look"""
)
_DETERMINER_ADJECTIVE = re.compile(r"\b(?:the|its|their|her|his|[\w]+[’']s)\s+[a-z][\w-]+\s+$")
# A verb of naming right before the marks: what follows is a name ("call “the Chute”").
_NAMING_VERBS = lx.words("call calls called calling dub dubs dubbed nickname nicknamed")


def _title_cue(head: str) -> bool:
    """True when the words just before a quotation mark announce a title or a term."""
    # (Its match ends in a comma and spaces, which a plain test rules out for most quotes.)
    if head.rstrip().endswith(",") and _PARTICIPLE_COMMA.search(head):
        return False  # "the officer, who has not been named, “acted …”": no naming here
    # (rsplit: the last three words without splitting the whole head)
    words = [w.strip(",;:()").lower() for w in head.rsplit(None, 3)[-3:]]
    words = [w for w in words if w]
    if not words:
        return False
    if words[-1] in _TITLE_CUES or tuple(words[-2:]) in _TITLE_CUE_PAIRS:
        return True
    if words[-1] == "as" and _KNOWN_SOMEWHERE_AS.search(head):
        return True  # "known in Kautokeino as “the woman with the blue brushes,”": a nickname
    return len(words) >= 2 and words[-1] in _CUE_LINKS and words[-2] in _TITLE_CUES


_KNOWN_SOMEWHERE_AS = re.compile(
    r"\bknown\s+(?:in|to|among|across|around|throughout)\s+[\w’' -]{1,40}?\s+as\s*$"
)
_PARTICIPLE_COMMA = re.compile(r"\b(?:been|be|was|were|is|are|not)\s+(?:named|called|dubbed),\s*$")
_MASKED = re.compile(r"\x00+")
# (a noun, then the comma of an apposition: "The report, “…,”")
_NOUN_AND_COMMA_BEFORE = re.compile(r"(?P<words>(?:[\w’'-]+\s+){0,4}[a-z]{3,}),\s*$")
_CLAUSE_OPENERS = lx.words("she he they we i you that which who it")
_WORK_NOUNS = lx.words(
    "report book novel memoir film documentary album song single track record play musical "
    "series show programme program podcast newsletter blog column study paper exhibition "
    "collection poem opera ballet painting sculpture game video campaign brand label project "
    "production"
)
_GOES_ON_AFTER_TITLE = re.compile(
    r"\s+(?:on|in|at|that|and|was|is|which|published|ran|by|for|from|last|this|has|had)\b"
)
_ENDS_SENTENCE = re.compile(r"[.!?…][’'”\"]*$")
_WORDS = re.compile(r"[^\W\d_][\w’'-]*")
# (What "the last word" means; _last_word finds the same without the engine.)
_LAST_WORD = re.compile(r"([\w’'-]+)\s*$")
_FIRST_WORD = re.compile(r"\s*([\w’'-]+)")
_AND_SPLIT = re.compile(r"\s+and\s+")


@dataclass
class _Record:
    span: Span
    text: str
    partial: bool
    attribution: sp.Attribution = sp.NONE
    speaker: int | tuple[int, ...] | None = None
    rule: str = "none"
    follows: int | None = None  # index of the quote this one continues
    post: int | None = None  # index into the post drafts
    comment_on: int | None = None  # "commented on Coleridge’s post": whose post it is under
    comment: bool = False  # placed under a post as a comment on it
    # read as a fragment by the rules (``partial``) yet claimed whole: the second half of a
    # split quote, a caption
    whole: bool = False


def _embedded(text: str, span: Span, paragraph_start: int) -> bool:
    """A fragment inside narration ("a “daily reminder” of"), not a quote that stands as speech."""
    i = span.open_at - 1
    while i >= paragraph_start and text[i].isspace():
        i -= 1
    if i < paragraph_start:
        return False
    return text[i].isalnum() or text[i] in "’'"


# The words between the halves of a split quote: an attribution that ends in a comma, with no
# sentence end and no "that" ("she said on Monday in a statement, ").
# (an abbreviation's full stop before a name ends no sentence: "said Dr. Ananya Krishnaswamy, a
# pulmonologist, “it is …”")
# (not an initial, which ends places too: "on Route A. The town, she said, “…”")
_TITLE_ABBREVIATIONS = "Dr Mr Mrs Ms Mx Prof Sen Rep Gov Gen Lt Col Sgt Capt Cpl Maj Adm Rev Fr Supt Det Insp Cmdr Atty"
_SPLIT_ATTRIBUTION = re.compile(
    r"(?:[^.!?;:“”\"\n]|(?:"
    + "|".join(rf"(?<=\b{a})" for a in _TITLE_ABBREVIATIONS.split())
    + r")\.(?=\s[A-Z])){1,100}?,\s*"
)


def _resumes(text: str, previous: Span | None, span: Span) -> bool:
    """Whether ``span`` resumes the quote ``previous``, split by its attribution."""
    if previous is None or previous.close_at is None or previous.paragraph != span.paragraph:
        return False
    if text[previous.end - 1 : previous.end] not in (",", "—", "–"):
        return False
    gap = _SPLIT_ATTRIBUTION.fullmatch(text, previous.close_at + 1, span.open_at)
    return (
        gap is not None
        and not px.THAT_WORD.search(text, previous.close_at + 1, span.open_at)
        # (an attribution between them, with its verb: not "“reckless,” and, worse, “illegal.”")
        and (
            sp.VERB_ANY.search(text, previous.close_at + 1, span.open_at) is not None
            or "according to" in text[previous.close_at + 1 : span.open_at]
        )
    )


_CAPTION_CUE = re.compile(
    r"\b(?:caption|captioned|(?:with|and)\s+the\s+(?:words|note|comment|message))\s*[:,]?\s*$"
)
_NAMING_CUE = re.compile(
    r"(?:so-called|dubbed|named|titled|entitled|nicknamed|called|known as|the (?:term|phrase|word))\s*$"
)
# "called the film", "calls the album": a verb of describing, then the work it describes.
_DESCRIBED_WORK = re.compile(
    r"\b(?:call(?:ed|s|ing)?|label(?:l?ed|s)?|deem(?:ed|s)?|judg(?:ed|es)|rat(?:ed|es))\s+"
    r"(?:the|this|that|his|her|their|its)\s+(?:new\s+|latest\s+)?[a-z]+\s*$"
)


def _index_of(drafts: list[px.PostDraft], draft: px.PostDraft) -> int:
    """Where ``draft`` stands in ``drafts``: by its number, which is its place (``list.index``
    would compare whole drafts field by field, once per draft before it)."""
    k = draft.number - 1
    if 0 <= k < len(drafts) and drafts[k] is draft:
        return k
    return next(i for i, d in enumerate(drafts) if d is draft)


def _title_like(inner: str) -> bool:
    """A short title-cased run with no sentence end: a title, kept out of the quotes below."""
    return (
        _title_case(inner) and not _ENDS_SENTENCE.search(inner.strip()) and len(inner.split()) <= 8
    )


def _noun_and_comma_before(text: str, open_at: int) -> bool:
    """A noun that names a work, and the comma of an apposition, right before the mark ("The
    report, “…”"; not "posted a single word, “SHAMEFUL,”", nor a verb: "commented, “I KNEW
    IT,”")."""
    comma = open_at
    while comma > 0 and text[comma - 1].isspace():
        comma -= 1
    if text[comma - 1 : comma] != ",":
        return False  # (no comma right before the mark: the cheap test first)
    found = _NOUN_AND_COMMA_BEFORE.search(text, max(0, open_at - 60), open_at)
    if found is None:
        return False
    words = found.group("words").lower().split()
    # (the noun may carry a clause: "the first song she brought him, “Paper Boats,”")
    return words[-1] in _WORK_NOUNS or any(
        word in _WORK_NOUNS and after in _CLAUSE_OPENERS
        for word, after in zip(words, words[1:], strict=False)
    )


def _title_in_apposition(text: str, r: _Record) -> bool:
    """ "wrote in his Substack newsletter, "Dry Powder," on Thursday that …": a title set off by
    commas after the noun it names, the sentence going on after it."""
    return (
        r.span.close_at is not None
        and not r.text.isupper()  # ("a single word, “SHAMEFUL,” on Monday": shouted, no title)
        and _GOES_ON_AFTER_TITLE.match(text, r.span.close_at + 1) is not None
        and _noun_and_comma_before(text, r.span.open_at)
        and _title_like(r.text)
    )


def _title_case(inner: str) -> bool:
    words = _WORDS.findall(inner)
    significant = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(significant) and len(words) <= 12 and all(w[0].isupper() for w in significant)


def _last_word(head: str) -> str | None:
    """The word ``_LAST_WORD.search(head)`` finds, read from the end of ``head`` instead of
    tried at every place of it: the run of word characters, apostrophes and hyphens that only
    spaces follow."""
    end = len(head.rstrip())
    start = end
    while start > 0 and (head[start - 1].isalnum() or head[start - 1] in "_’'-"):
        start -= 1
    return head[start:end] if start < end else None


def _is_trap(text: str, narration: str, span: Span, partial: bool, para_lo: int) -> bool:
    """Titles, nicknames and scare quotes: marks around words nobody is quoted as saying."""
    inner = text[span.start : span.end].strip()
    if not inner:
        return True
    head = narration[max(para_lo, span.open_at - 40) : span.open_at]
    if (
        _title_cue(head)
        and not (_DESCRIBED_WORK.search(head) and not _title_case(inner))
        # ("told Sky Sports after the game: “We let …”": a colon introduces words said)
        and not (head.rstrip().endswith(":") and not _title_case(inner))
        and not (
            inner[:1].islower()
            and len(inner.split()) >= 3
            and not _NAMING_CUE.search(head)
            and not _KNOWN_SOMEWHERE_AS.search(head)
        )
    ):
        # (not "called the film “quietly devastating.”": words about the film, not its title;
        # nor "said that the program “needs a new direction and new energy.”", a predicate)
        return True
    before_word = _last_word(head)
    after = text[(span.close_at or span.end) + 1 : (span.close_at or span.end) + 30]
    after_word = _FIRST_WORD.match(after)
    nickname = (
        before_word is not None
        and before_word[:1].isupper()
        and after_word is not None
        and after_word.group(1)[:1].isupper()
        and len(inner.split()) <= 3
        # (not words that end their sentence: "patch Marsh Road “within 72 hours.” Its director")
        and not _ENDS_SENTENCE.search(inner)
    )
    if nickname:
        return True
    if (
        before_word is not None
        and before_word[:1].isupper()
        and before_word.endswith(("’s", "'s"))
        and _title_case(inner)
    ):
        return True  # "played Joni Mitchell’s “Big Yellow Taxi.”": a work of someone's
    if (
        before_word is not None
        and (
            before_word.lower() in {"a", "an", "the", "its", "their", "her", "his"}
            # ("the club’s famous “claret and sky” kit": an adjective after the determiner)
            or _DETERMINER_ADJECTIVE.search(head) is not None
        )
        and after_word is not None
        and after_word.group(1).lower() in _ATTRIBUTIVE_NOUNS
    ):
        return True  # "in an “ask me anything” thread": a name for a kind of thread
    if (
        before_word is not None
        and before_word.lower() in _NAMING_VERBS
        and len(inner.split()) <= 4
        # (not "which the provost called “regrettable and avoidable”": words in lower case that
        # are no name)
        and (inner[:1].isupper() or inner.lower().startswith("the ") or not inner[:1].isalpha())
    ):
        return True  # "a narrow road that neighbors call “the Chute.”": a name, not words said
    if (
        _CALL_OBJECT.search(head)
        and len(inner.split()) <= 4
        and (inner.startswith("the ") and inner[4:5].isupper() or _title_case(inner))
    ):
        return True  # "Cyclists have taken to calling the stretch “the Gauntlet.”": its name
    if "what" in head and _WHAT_THEY_CALL.search(head) and len(inner.split()) <= 4:
        return True  # "trapped by what forecasters call a “heat dome”": a term, not words said
    if _NICKNAMED_OBJECT.search(head) and len(inner.split()) <= 4:
        return True  # "Fans have nicknamed the lead single “the kitchen song,”": a nickname
    if partial and _title_case(inner) and _ON_SHOW.search(head):
        return True  # "said Sunday on NBC’s “Meet the Press.”": a show's name, full stop or not
    return bool(partial and _title_case(inner) and not _ENDS_SENTENCE.search(inner))


# (a name in use, "locals call it", "have taken to calling the stretch", not a one-off
# description: "The coach called the defeat “Unacceptable.”")
_CALL_OBJECT = re.compile(
    r"\b(?:call|calls|calling|dub|dubs|dubbed|dubbing|nicknamed|nicknaming|renamed)\s+"
    r"(?:the|this|that|its|their|his|her|it|him|them)(?:\s+[a-z]+)?\s+$"
)
# (a term of a trade, with its article: not "what she called “granite kettles”", her own words,
# nor "what Mayor Tom Ortiz called a “reckless experiment”" or "what critics called a …")
_WHAT_THEY_CALL = re.compile(
    r"\bwhat\s+(?:[a-z]+\s+)?(?:forecasters|meteorologists|scientists|researchers|doctors|"
    r"economists|engineers|experts|locals|biologists|astronomers|geologists|analysts|insiders|"
    r"traders|physicists|climatologists|epidemiologists|"
    # ("in what the company later called a “service interruption”": a body's euphemism)
    r"the\s+(?:company|firm|agency|government|ministry|department|authorities|bank|airline|"
    r"operator|utility|club|league|police))\s+(?:now\s+|often\s+|later\s+)?"
    r"(?:call|calls|called|term|terms|termed|dub|dubs|dubbed)\s+an?\s+$"
)
_NICKNAMED_OBJECT = re.compile(
    r"\b(?:nicknamed|nicknaming|christened|christening)\s+(?:[\w’'-]+\s+){1,4}$"
)
_ON_SHOW = re.compile(
    # ("in an interview with NPR’s “Weekend Edition.”")
    rf"\b(?:on|during)\s+(?:{px.NETWORK_POSSESSIVE})?$|\bwith\s+{px.NETWORK_POSSESSIVE}$"
)


def find_quotes(
    text: str, people: PeopleIndex, dates: list[DateClaim]
) -> tuple[list[QuoteClaim], list[Post]]:
    """Every quotation in ``text`` and every post the text reports."""
    lay: Layout = getattr(people.resolver, "layout", None) or layout(text)
    narration = lay.narration
    records: list[_Record] = []
    previous: Span | None = None
    for span in lay.spans:
        para_lo, _ = lay.paragraphs[span.paragraph]
        # A quote that starts in lower case continues the narrator's sentence, and one set in
        # it ("a “daily reminder” of") is a fragment: so the rules read both.
        partial = _embedded(text, span, para_lo) or text[span.start : span.start + 1].islower()
        record = _Record(span, text[span.start : span.end], partial)
        # Yet what the claim calls partial is a fragment only: not the second half of a quote
        # split by its attribution ("“The math,” she said, “does not …”"), nor a post's own
        # words after its caption ("with the caption “Day one.”", "and the words “Told you
        # so!”"), whole whatever their case.
        record.whole = partial and (
            _resumes(text, previous, span)
            or _CAPTION_CUE.search(text, max(para_lo, span.open_at - 24), span.open_at) is not None
        )
        previous = span
        if _is_trap(text, narration, span, partial, para_lo):
            continue
        records.append(record)
    _attribute(text, lay, people, records)
    drafts = _assign_posts(text, lay, people, records, dates)
    _fullest_platforms(drafts, narration)

    def name(found: int | tuple[int, ...] | None) -> str | None:
        return people.name_of(found)

    claims = [
        QuoteClaim(
            text=r.text,
            start=r.span.start,
            end=r.span.end,
            speaker=name(r.speaker),
            partial=r.partial and not r.whole,
            post=f"P{drafts[r.post].number}" if r.post is not None else None,
        )
        for r in records
    ]
    posts = [
        Post(
            id=f"P{d.number}",
            author=name(d.author),
            platform=d.platform,
            date=d.date,
            text=text[d.report.sentence[0] : d.report.sentence[1]],
            what=d.what,
            start=d.report.sentence[0],
            end=d.report.sentence[1],
        )
        for d in drafts
    ]
    return claims, posts


def _fullest_platforms(drafts: list[px.PostDraft], narration: str) -> None:
    """A newspaper named by one word after its full name ("a letter to the Sentinel" after "an
    op-ed in the Kilmory Sentinel") takes the fullest form the story gives it, as a person does;
    not when two full names end in that word, nor for an outlet of its own ("Vogue" after "Teen
    Vogue", "the Times" after "the Financial Times"), nor without "the" before it."""
    full = {d.platform for d in drafts if d.platform and " " in d.platform}
    for d in drafts:
        if (
            not d.platform
            or " " in d.platform
            or d.platform.lower() in lx.PLATFORMS
            or px.known_outlet(d.platform)
            or f"the {d.platform}" not in narration[d.report.sentence[0] : d.report.sentence[1]]
        ):
            continue
        longer = {f for f in full if f.endswith(" " + d.platform)}
        if len(longer) == 1:
            d.platform = longer.pop()


# -- speakers -------------------------------------------------------------------------------


def _attribute(text: str, lay: Layout, people: PeopleIndex, records: list[_Record]) -> None:
    narration = lay.narration
    position = {span.open_at: k for k, span in enumerate(lay.spans)}
    for i, r in enumerate(records):
        span = r.span
        para_lo, para_hi = lay.paragraphs[span.paragraph]
        k = position[span.open_at]
        prev_close = _previous_end(lay, k)
        next_open = _next_open(lay, k, para_hi)
        if r.partial:
            r.attribution = sp.fragment(
                narration,
                lay.sentence_of(span.open_at),
                span.open_at,
                span.close_at or span.end,
                # (not a title: "nurses sang “Solidarity Forever.”")
                ends_sentence=r.text.rstrip().endswith((".", "!", "?")) and not _title_case(r.text),
            )
            # (a word alone in marks stays a scare quote: "residents were demanding “answers.”")
            if r.attribution.rule == "none" and " " in r.text.strip():
                r.attribution = sp.document_participle(
                    narration,
                    lay.sentence_of(span.open_at),
                    span.open_at,
                    span.close_at or span.end,
                )
            if r.attribution.rule == "none":
                r.rule = "scare"
                continue
        else:
            inner = r.text.rstrip("’'”\" ")
            closed = span.close_at is not None
            nxt = _next_char(text, (span.close_at or span.end) + 1, para_hi)
            may_follow = closed and (not inner.endswith(".") or (nxt is not None and nxt.islower()))
            if may_follow:
                sentence_end = lay.sentence_of(span.close_at)[1]
                if inner.endswith(("!", "?")):
                    # "“How many warnings does it take?” Okonkwo wrote on X.": the mark ends
                    # the question, not the sentence that reports it.
                    after_close = _first_visible(text, span.close_at + 1)
                    if after_close < para_hi:
                        sentence_end = max(sentence_end, lay.sentence_of(after_close)[1])
                r.attribution = sp.after(text, narration, span.close_at, next_open, sentence_end)
                a = r.attribution
                if (
                    a.rule == "after"
                    and inner.endswith(("!", "?"))
                    and narration[a.verb_start : next_open].rstrip().endswith(":")
                ):
                    # "… commented, “Crying at my desk!!” Reyes replied under the post: “…”":
                    # a new sentence that introduces the next quote, not this one's attribution.
                    r.attribution = sp.NONE
            if r.attribution.rule == "none":
                lower = max(para_lo, prev_close)
                if (
                    span.paragraph > 0
                    and span.open_at == _first_visible(text, para_lo)
                    and narration[max(0, para_lo - 200) : para_lo].rstrip().endswith(":")
                ):
                    # "In an email to families, the superintendent promised devices. She
                    # wrote:\n\n“No child …”": introduced at the end of the paragraph before
                    lower = max(lay.paragraphs[span.paragraph - 1][0], prev_close)
                r.attribution = sp.before(text, narration, span.open_at, lower)
        if r.attribution.rule in {"post-voice", "unnamed"}:
            r.rule = r.attribution.rule
            if r.attribution.subject:
                # ("“…,” the statement quoted spokeswoman Carmen Ruiz as saying")
                r.speaker = _resolve(people, r.attribution.subject, r.attribution.subject_start)
            continue
        if r.attribution.subject:
            r.speaker = _resolve(people, r.attribution.subject, r.attribution.subject_start)
            r.rule = r.attribution.rule
            led = (
                _LED_BY.match(narration, r.attribution.subject_start + len(r.attribution.subject))
                if r.speaker is None
                else None
            )
            if led:
                # "The authors, led by Dr. Ana Ruiz of Leeds, wrote that …": she speaks for them
                r.speaker = _resolve(people, led.group("name"), led.start("name"))
            if r.speaker is not None and _unnamed_antecedent(
                lay, people, r.attribution.subject, r.attribution.subject_start, r.attribution.verb
            ):
                r.speaker = None
            if r.speaker is None and _PRONOUN_SUBJECT.fullmatch(r.attribution.subject):
                _pronoun_named_next(lay, people, r)
            continue
        if not r.partial:
            _continue_speaker(text, lay, people, records, i)
            if r.rule == "none":
                _reported_just_before(text, lay, people, r)
    for r in records:
        if r.rule == "unnamed" and r.speaker is None:
            _named_later(lay, people, r)
    for resumed, r in zip(records, records[1:], strict=False):
        if (
            r.whole
            and resumed.attribution.rule == "after"
            and resumed.speaker is not None
            and r.attribution.verb_start == resumed.attribution.verb_start >= 0
            and r.speaker != resumed.speaker
        ):
            # "“…,” said the committee’s chair, Councillor Gwen Afolabi, before the vote, “and
            # …”": the second half of a quote split by its attribution is the first half's, named
            # in apposition (read as a fragment, it took the role before the name)
            r.speaker = resumed.speaker
    # A fragment with no reporting verb is a scare quote; a short title-cased "quote"
    # that nobody is said to have said is a title ("“Lemonade” topped the charts").
    before_filter = list(records)
    records[:] = [
        r
        for r in records
        if r.rule != "scare"
        and not (r.rule == "none" and _title_like(r.text))
        and not _title_in_apposition(text, r)
    ]
    # Indices of continued quotes were taken before the filter; point them at the kept list.
    kept = {id(r): k for k, r in enumerate(records)}
    for r in records:
        if r.follows is not None:
            r.follows = kept.get(id(before_filter[r.follows]))
    # "“I remember …\n\n“Nothing prepares you for that,” Jensen said.": a paragraph left open
    # by its closing mark is spoken by whoever the next paragraph's quote is attributed to.
    for i in range(len(records) - 2, -1, -1):
        r, nxt = records[i], records[i + 1]
        if (
            r.rule == "none"
            and not r.partial
            and r.span.close_at is None
            # (or the post the next paragraph's quote is said to be from: "…,” the post read")
            and (nxt.speaker is not None or nxt.rule == "post-voice")
            and nxt.span.paragraph == r.span.paragraph + 1
            and nxt.span.open_at == _first_visible(text, lay.paragraphs[nxt.span.paragraph][0])
        ):
            r.speaker, r.rule, r.follows = nxt.speaker, "ahead", i + 1


_LED_BY = re.compile(r",\s+led\s+by\s+" + px.LEAD_NAMED)


_UNNAMED_ROLE = re.compile(
    r"\b(?:an?)\s+(?:[\w’'-]+\s+){0,3}?(?P<noun>"
    + word_trie(lx.PERSON_NOUNS)
    + r")\s+(?:[\w’'-]+\s+)?$"
)


# "The woman, Delfina Arroyo, 67, said …": someone described, named in apposition.
_DESCRIBED_NAMED = re.compile(
    r"\b[Tt]he\s+(?:[\w’'-]+\s+){0,2}?[a-z]+,\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]+){0,3}),"
)


def _pronoun_named_next(lay: Layout, people: PeopleIndex, r: _Record) -> None:
    """ "One of those rescued spoke to KWTX-TV. “…,” she said. The woman, Delfina Arroyo, 67,
    said …": someone unnamed, named in the sentence right after the quote."""
    a = r.attribution
    if a.clause_end < 0:
        return
    lo = a.clause_end
    hi = lay.sentence_of(min(lo + 1, len(lay.narration) - 1))[1]
    named = _DESCRIBED_NAMED.match(lay.narration, _first_visible(lay.narration, lo + 1), hi)
    if named:
        found = people.resolve_index(named.group("name"), named.start("name"))
        if isinstance(found, int):
            r.speaker, r.rule = found, "named-later"


def _named_later(lay: Layout, people: PeopleIndex, r: _Record) -> None:
    """ "“…,” a SkyBridge spokesperson said. The spokesperson, Dana Park, later said …": the
    name the next sentences give the same role is the speaker's."""
    a = r.attribution
    if a.verb_start < 0 or a.clause_start < 0:
        return
    narration = lay.narration
    role = _UNNAMED_ROLE.search(narration, max(a.clause_start, a.verb_start - 60), a.verb_start)
    if not role:
        return
    para_hi = lay.paragraphs[r.span.paragraph][1]
    hi = min(para_hi, a.clause_end + 300)
    named = re.compile(
        rf"\b[Tt]he\s+(?:[\w’'-]+\s+)?{re.escape(role.group('noun'))},\s+"
        r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]+){0,3}),"
    ).search(narration, a.clause_end, hi)
    if not named:
        return
    found = people.resolve_index(named.group("name"), named.start("name"))
    if isinstance(found, int):
        r.speaker, r.rule = found, "named-later"


_PRONOUN_SUBJECT = re.compile(r"[Ss]he|[Hh]e")
_ANSWER_VERBS = lx.words("replied replies answered answers responded responds")


def _unnamed_antecedent(
    lay: Layout, people: PeopleIndex, subject: str, start: int, verb: str | None
) -> bool:
    """ "At Union Station, a nurse … said she had been traveling for hours. “…,” she said": a
    pronoun whose nearest antecedent, in its sentence or the one before, is someone unnamed.

    Not an answer to them ("One user asked whether he would go back. “…,” he replied")."""
    if not _PRONOUN_SUBJECT.fullmatch(subject) or (verb or "").lower() in _ANSWER_VERBS:
        return False
    sentence_lo = lay.sentence_of(start)[0]
    before_lo = lay.sentence_of(sentence_lo - 1)[0] if sentence_lo > 0 else sentence_lo
    # (the pronoun's own sentence first, then the one before)
    found = sp.INDEFINITE_OPENING.match(lay.narration, sentence_lo, start) or (
        sp.INDEFINITE_OPENING.match(lay.narration, before_lo, sentence_lo)
        if before_lo < sentence_lo
        else None
    )
    if found is None:
        return False
    if any(
        not m.in_quote and m.person >= 0 and m.kind in {"name", "alias"}
        for m in people.mentions_between(found.start(), found.end())
    ):
        # "…, the union’s co-chair, Kwame Asante-Boateng, a fifth-year chemistry student,
        # wrote": the indefinite describes the one just named
        return False
    noun = found.group("noun").lower()
    female = subject.lower() == "she"
    if (female and noun in lx.MALE_NOUNS) or (not female and noun in lx.FEMALE_NOUNS):
        return False
    return not any(
        not m.in_quote and m.person >= 0 and m.kind in {"name", "alias"}
        for m in people.mentions_between(found.end(), start)
    )


def _resolve(people: PeopleIndex, subject: str, start: int) -> int | tuple[int, ...] | None:
    parts = _AND_SPLIT.split(subject)
    if len(parts) == 2 and all(p[:1].isupper() for p in parts):
        found = [
            people.resolve_index(parts[0], start),
            people.resolve_index(parts[1], start + len(parts[0]) + 5),
        ]
        singles = [f for f in found if isinstance(f, int)]
        if len(singles) == 2:
            return tuple(singles)
    found = px.resolve_one(subject, start, people)
    if found is None and people.resolver is not None and subject[:1].isupper():
        office = _OF_THE_CHAMBER.match(people.resolver.text, start + len(subject))
        if office:
            # "Speaker of the House Nancy Pelosi said": the name after the office
            return px.resolve_one(office.group("name"), office.start("name"), people)
    return found


# ("Leader of the House Noraini Hashim": an office that ends with a chamber, then the name)
_OF_THE_CHAMBER = re.compile(
    rf"\s+of\s+the\s+(?:{'|'.join(sorted(lx.CHAMBERS))})\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
)


def _previous_end(lay: Layout, index: int) -> int:
    if index == 0:
        return 0
    prev = lay.spans[index - 1]
    return (prev.close_at + 1) if prev.close_at is not None else prev.end


def _next_open(lay: Layout, index: int, para_hi: int) -> int:
    if index + 1 < len(lay.spans):
        return min(para_hi, lay.spans[index + 1].open_at)
    return para_hi


def _next_char(text: str, pos: int, hi: int) -> str | None:
    while pos < hi and text[pos].isspace():
        pos += 1
    return text[pos] if pos < hi else None


def _continue_speaker(
    text: str, lay: Layout, people: PeopleIndex, records: list[_Record], i: int
) -> None:
    """Continued speech: the previous quote's speaker, unless someone else is named in between."""
    r = records[i]
    prev_index = next((j for j in range(i - 1, -1, -1) if not records[j].partial), None)
    if prev_index is None:
        return
    if _noun_and_comma_before(text, r.span.open_at) and _title_like(r.text):
        return  # ("The report, “Tides of Neglect,” was published": a title in apposition)
    prev = records[prev_index]
    if r.span.paragraph - prev.span.paragraph > 1:
        return
    para_lo = lay.paragraphs[r.span.paragraph][0]
    starts_paragraph = r.span.open_at == _first_visible(text, para_lo)
    if (
        prev.span.close_at is None
        and prev.span.paragraph == r.span.paragraph - 1
        and starts_paragraph
    ):
        r.speaker, r.rule, r.follows = prev.speaker, "paragraph", prev_index
        return
    if prev.span.paragraph != r.span.paragraph and not starts_paragraph:
        # "The 36-year-old … also told the magazine she had no plans to return. “…”": a quote
        # opening a sentence, in a paragraph about the previous speaker and no one else.
        speakers = set(prev.speaker) if isinstance(prev.speaker, tuple) else {prev.speaker}
        named = {
            m.person
            for m in people.mentions_between(para_lo, r.span.open_at)
            if not m.in_quote and m.person >= 0 and m.kind != "group"
        }
        opens_sentence = text[para_lo : r.span.open_at].rstrip()[-1:] in {".", "!", "?"}
        if prev.speaker is None or not named or named - speakers or not opens_sentence:
            return
    gap_lo = (prev.span.close_at or prev.span.end) + 1
    # Words inside the previous quote's own attribution ("with her husband at her bedside") name
    # no new speaker; only a person named after it does.
    if prev.attribution.rule == "after":
        gap_lo = max(gap_lo, prev.attribution.clause_end)
    others = {
        m.person
        for m in people.mentions_between(gap_lo, r.span.open_at)
        if not m.in_quote and m.person >= 0 and m.kind != "group"
    }
    speaker_set = set(prev.speaker) if isinstance(prev.speaker, tuple) else {prev.speaker}
    if others - speaker_set:
        return
    if prev.speaker is not None or prev.rule in {"post-voice", "unnamed"}:
        r.speaker, r.rule, r.follows = prev.speaker, "continued", prev_index


def _run_unattributed(records: list[_Record], n: int) -> bool:
    """Whether a quote run over paragraphs from record ``n`` ends with no attribution of its own
    (not "“…\n\n“…,” Reyes told reporters": the words of that occasion)."""
    k = n
    # (the run goes on while a paragraph's quote is left open; its last paragraph decides)
    while k + 1 < len(records) and records[k].span.close_at is None:
        k += 1
    return k > n and records[k].rule in {"none", "paragraph"}


def _ends_its_paragraph(text: str, lay: Layout, r: _Record) -> bool:
    """Whether no one is named in its paragraph after the quote ("“People here depend on it.”
    That is the view of pensioner Joan Fry" names its own speaker; "“…,” it began. “…”" does
    not)."""
    if r.span.close_at is None:
        return True  # (it runs on into the next paragraph)
    rest = lay.narration[r.span.close_at + 1 : lay.paragraphs[r.span.paragraph][1]]
    return not any(ch.isupper() for ch in rest)


# "Sam Ortiz, 28, was blunter. “…”", "Asked whether it could be saved, she was blunt. “…”": how
# someone spoke, then their words.
_WAS_BLUNT = re.compile(
    r"\b(?:was|were|is|are)\s+(?:even\s+|more\s+|far\s+|equally\s+)?(?:blunt|blunter|clear|clearer|"
    r"direct|emphatic|candid|frank|franker|defiant|unapologetic|philosophical|scathing|upbeat)"
    r"(?=[.!?])"
)
# "Name, a description who posted/wrote …": the name a relative clause that reports a post hangs on.
_NAME_WHO_POSTED = re.compile(
    r"(?<![\w’'-])(?P<subj>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,4})"
    r"(?:,\s+(?P<desc>(?:a|an|the)\s[^,\x00“”\"]{1,80}?))?,?\s+who\s+(?:\w+ly\s+|also\s+)?(?:had\s+|has\s+)?"
    r"(?:posted|shared|tweeted|published|uploaded)\b"
)


def _reported_just_before(text: str, lay: Layout, people: PeopleIndex, r: _Record) -> None:
    """ "Benavides, reached at home, said he hoped to go back. “I like my job.”": a quote that
    opens a sentence right after one reporting what a named person said is theirs."""
    para_lo = lay.paragraphs[r.span.paragraph][0]
    open_at = r.span.open_at
    end = open_at
    while end > para_lo and text[end - 1].isspace():
        end -= 1
    appearance = None
    if end <= para_lo and r.span.paragraph > 0 and _ends_its_paragraph(text, lay, r):
        # "… argued in an op-ed in The Ledger-Tribune on Sunday that …\n\n“The cap is sold as
        # …": a paragraph that opens with a quote, after one that ends by reporting a
        # document, gives the document's words
        end = lay.paragraphs[r.span.paragraph - 1][1]
        while end > 0 and text[end - 1].isspace():
            end -= 1
        lo_prev = lay.sentence_of(end - 1)[0]
        appearance = _APPEARANCE_WORD.search(lay.narration, lo_prev, end) or _ADDRESSED.search(
            lay.narration, lo_prev, end
        )
        if not (
            px.DOCUMENT_WORD.search(lay.narration, lo_prev, end)
            # ("… described the cull on the farm radio program Heartland Hour on Saturday.": an
            # interview or a show, reported at the paragraph's end)
            or appearance
        ):
            return
    if end <= para_lo and r.span.paragraph == 0:
        return
    if text[end - 1] not in ".!?":
        return
    narration = lay.narration
    # (the sentence's last few hundred characters: a sentence of a whole paragraph is not read
    # again for each quote after it)
    lo = max(lay.sentence_of(end - 1)[0], end - 400)
    if "\x00" in narration[lo:end] and not all(
        _title_like(text[run.start() : run.end()].strip("“”\"‘’' "))
        for run in _MASKED.finditer(narration, lo, end)
    ):
        # a sentence with a quote of its own: continued speech decides (not a show's title in
        # marks: "In an interview with WBRT’s “Hollis Tonight,” Oduya said he …. “…”")
        return
    verb = sp.VERB_ANY.search(narration, lo, end)
    blunt = None if verb is not None else _WAS_BLUNT.search(narration, lo, end)
    verb = verb or blunt
    if verb is None and appearance is not None:
        # ("Its chairwoman, Judge Miriam Oyelaran-Schmidt, appeared on the evening news program
        # Aranea Tonight to explain the decision.\n\n“…": the one who appeared speaks)
        verb = _APPEARED.search(narration, lo, appearance.end())
    found = sp.subject_of(narration, lo, verb) if verb is not None else None
    if blunt is not None and found is not None and found[0][:4].lower() == "the ":
        # ("The judge was scathing. “…”": someone described, whom the rules leave unnamed)
        return
    speaker = _resolve(people, found[0], found[1]) if found is not None else None
    if not isinstance(speaker, int):
        # (the plain word first: most sentences have no "who", and the pattern is dear)
        poster = (
            _NAME_WHO_POSTED.search(narration, lo, end) if "who " in narration[lo:end] else None
        )
        if poster is None or px.described_as_body(poster.group("desc")):
            return
        # ("The cleaning was organised by Nguyen Van Long, a 61-year-old engineer who posted a
        # rota on Facebook every Sunday. “…,” read one.": no one opens the sentence; the one
        # who posted (a person, not "a volunteer group who posted")
        verb = poster
        speaker = _resolve(people, poster.group("subj"), poster.start("subj"))
        if not isinstance(speaker, int):
            return
    # ("Smith said Jones had lied. “…”": someone else named after the verb leaves it open)
    named = {
        m.person
        for m in people.mentions_between(verb.end(), open_at)
        if not m.in_quote and m.person >= 0 and m.kind != "group"
    }
    if named - {speaker}:
        return
    r.speaker = speaker
    if end > para_lo:
        r.rule = "reported-before"
    # (across paragraphs the rule stays "none": the document's post, reported at the end of
    # the paragraph before, takes the quote as its own)


def _first_visible(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


# -- posts ----------------------------------------------------------------------------------


def _assign_posts(
    text: str, lay: Layout, people: PeopleIndex, records: list[_Record], dates: list[DateClaim]
) -> list[px.PostDraft]:
    narration = lay.narration
    scanned = px.REPORT_SCAN.matches(narration)
    reports = px.find_reports(lay, people, scanned)
    px.dates_for(reports, dates, lay)
    for report in reports:
        report.author, report.participants = px.author_of(report, lay, people)
    claimed: dict[int, px.Report] = {}
    starts = [d.start for d in dates]
    date_starts = starts if starts == sorted(starts) else None
    report_starts = [rep.start for rep in reports]
    for n, r in enumerate(records):
        a = r.attribution
        if r.partial or a.rule not in {"after", "before", "unnamed", "post-voice"}:
            continue
        what, platform, reported, again = px.quote_media(narration, (a.clause_start, a.clause_end))
        window = reports[
            bisect_left(report_starts, a.clause_start) : bisect_left(report_starts, a.clause_end)
        ]
        own = [rep for rep in window if rep.quote is None]
        if own:
            rep = own[0]
            rep.quote = n
            rep.what = what or rep.what
            rep.platform = platform or rep.platform
            if not rep.organisation and not rep.filed_by:
                # (the company’s release quoting its chief stays the company’s; a suit stays
                # its filer’s)
                rep.author = _single(r.speaker)
            rep.participants = _as_tuple(r.speaker)
            if rep.kind == "shared-on-date":
                rep.kind = "quote-media"
            claimed[n] = rep
        elif reported:
            rep = px.Report(
                a.clause_start,
                a.clause_end,
                lay.sentence_of(a.clause_start),
                "quote-media",
                platform,
                what,
                _single(r.speaker),
                _as_tuple(r.speaker),
            )
            rep.date = _date_in(dates, narration, a.clause_start, a.clause_end, date_starts)
            rep.quote = n
            rep.reply = again or (a.verb or "").lower() in _REPLY_VERBS
            claimed[n] = rep
    for r in records:
        a = r.attribution
        if a.clause_start >= 0:
            owner = (
                _COMMENT_ON.search(narration, a.clause_start, a.clause_end)
                if _COMMENT_ON_WORDS.search(narration, a.clause_start, a.clause_end)
                else None
            )
            if owner and owner.group("owner"):
                name = owner.group("owner")
                found = (
                    # ("a reply to the governor’s post": the one governor the story named)
                    people.role_holder(name[4:], owner.start("owner"))
                    if name.startswith("the ")
                    else people.resolve_index(name, owner.start("owner"))
                )
                r.comment_on = found if isinstance(found, int) else None
            elif owner:
                r.comment_on = people.possessor(
                    owner.group("pronoun"), owner.start("pronoun"), _single(r.speaker)
                )
    comment_triggers = [m.start() for m in px.scan(px.COMMENTS, narration, scanned)]
    timeline: list[tuple[int, int, str, object]] = []
    for rep in reports:
        if rep.quote is None:
            timeline.append((rep.start, 0, "report", rep))
    for pos in comment_triggers:
        timeline.append((pos, 1, "comments", pos))
    for n, r in enumerate(records):
        timeline.append((r.span.open_at, 2, "quote", n))
    timeline.sort(key=lambda item: (item[0], item[1]))
    drafts: list[px.PostDraft] = []
    occasions: dict[tuple[int, int], list[int]] = {}  # in-person occasions by sentence, as met
    for pos, _order, kind, payload in timeline:
        if kind == "report":
            taken = _take_report(payload, drafts, lay)  # type: ignore[arg-type]
            if (
                payload.signed  # type: ignore[union-attr]
                and taken.report is not payload
                and taken.author is None
            ):
                # "told employees in an internal memo … The memo, from its chief product officer,
                # Valentina Rossi-Okafor, …": the document named again with its signer, hers
                taken.author = payload.author  # type: ignore[union-attr]
                taken.report.organisation = False
        elif kind == "comments":
            # (comments go under a post people can answer, not under a statement reported
            # since: "The league responded in a statement. … X replied to the post:")
            # ("… The original clip was posted on Instagram by … / “…,” Okafor says in the
            # video. … Viewers flooded the comments": the post last quoted is the one discussed)
            # ("replied in the comments under the essay": an essay online has comments too,
            # when no post made to be answered was reported since)
            answerable = [d for d in drafts[-3:] if d.kind in _ANSWERABLE] or [
                d for d in drafts[-2:] if d.kind == "essay" and d.platform is not None
            ]
            target = (
                max(
                    answerable,
                    # (quotes join a post in reading order: its last is its latest)
                    key=lambda d: max(
                        d.report.start, records[d.quotes[-1]].span.open_at if d.quotes else -1
                    ),
                )
                if answerable
                else (drafts[-1] if drafts else None)
            )
            if target is not None:
                para = lay.paragraph_of(pos)
                target.comment_mode_until = max(target.comment_mode_until, lay.paragraphs[para][1])
        else:
            n = payload  # type: ignore[assignment]
            _place_quote(n, records, drafts, claimed, lay, occasions)  # type: ignore[arg-type]
    _same_sentence_posts(records, drafts, lay)
    _reported_after(records, drafts, lay)
    _paragraphs_after_a_post(records, drafts, lay)
    _fragments_share_their_sentences_post(records, drafts, lay)
    _comments_go_on_in_their_sentence(records, lay)
    for n, r in enumerate(records):
        if r.rule == "ahead" and r.post is None and r.follows is not None:
            r.post = records[r.follows].post
            if r.post is not None:
                drafts[r.post].quotes.append(n)
    draft_starts = [d.report.start for d in drafts]
    for named in _ITS_AUTHOR.finditer(lay.narration) if "author" in lay.narration else ():
        # "A post on Reddit … “…,” the post said. Its author turned out to be Margit Lindahl":
        # the post just reported, whose author the story names afterwards.
        i = bisect_left(draft_starts, named.start()) - 1
        if (
            i < 0
            # (the post just reported, with nothing but its words between: not "… a video on
            # YouTube. The book Silent Spring changed the debate. Its author, Rachel Carson,",
            # nor a statement: "The law was passed in 1998. Its author was Sen. Paul Wellstone")
            or named.start() - drafts[i].report.end > 800
            or any(
                part.strip() and "\x00" not in part
                for part in _SENTENCE_BREAK.split(
                    lay.narration[drafts[i].report.sentence[1] : named.start()]
                )
            )
            or drafts[i].kind == "statement"
            # (not "Its author, Kevin Hart’s manager,": someone else's)
            or lay.narration[named.end("name") : named.end("name") + 2] in ("’s", "'s")
        ):
            continue
        found = people.resolve_index(named.group("name"), named.start("name"))
        if drafts[i].author is None and isinstance(found, int):
            drafts[i].author = found
    record_starts = [r.span.open_at for r in records]
    for d in drafts:
        if d.author is not None and not d.report.organisation:
            for q in d.quotes:
                if (
                    records[q].speaker is None
                    and records[q].rule == "post-voice"
                    and not _A_COMMENT_SPEAKS.search(
                        narration,
                        max(0, records[q].attribution.verb_start - 20),
                        records[q].attribution.verb_start,
                    )
                ):
                    # "The envoy, Tomasz Wierzbicki, said in a statement … “…,” the statement
                    # said"; "“…,” the lawsuit says": the words of a named person's document.
                    # (and the quote that continues them: "“…,” the complaint says. “…”")
                    _speaks_with_continuation(records, q, d.author)
        if (
            d.platform is None
            and d.kind != "statement"
            # (a letter or a memo is no creator's video: "In one letter, the agency wrote")
            and not px.DOCUMENT_WORD.search(d.what or "")
        ):
            # The creator's role may be given a few sentences before the post is reported.
            before = text[max(0, d.report.sentence[1] - 2000) : d.report.sentence[1]]
            d.platform = (
                px.platform_from_role(before)
                or px.platform_named_before(text, d.what, d.report.start)
                or px.platform_of_video_before(
                    text, d.what or text[d.report.start : d.report.end], d.report.start
                )
                or _platform_posted_on_before(drafts, d, records)
                or px.default_platform(d.kind, d.what)
            )
        if d.author is None and d.quotes and not d.report.organisation:
            # (An organisation's release that quotes its chief stays the organisation's.)
            # (A comment left under the post says nothing of who wrote it.)
            d.author = next(
                (
                    _single(records[q].speaker)
                    for q in d.quotes
                    if records[q].speaker is not None and not records[q].comment
                ),
                None,
            )
        if (
            d.author is None
            and d.report.described
            and not d.report.organisation
            # (not someone granted anonymity: "A harbour pilot who asked not to be named told
            # the broadcaster NDR …")
            and not lx.ANONYMOUS_OPENING.match(lay.narration, *d.report.sentence)
        ):
            # "A city councilman … apologized for a post on Bluesky … “…,” Councilman Dwight
            # Sorensen wrote in a follow-up post": the one described is the next one named.
            para = lay.paragraph_of(d.report.start)
            named = next(
                (
                    r
                    for r in records[
                        bisect_left(record_starts, d.report.start + 1) : bisect_left(
                            record_starts, lay.paragraphs[min(para + 1, len(lay.paragraphs) - 1)][1]
                        )
                    ]
                    if r.speaker is not None and not r.comment
                ),
                None,
            )
            if (
                named is not None
                and named.span.paragraph - para <= 1
                and (
                    (named.attribution.verb or "").lower() in lx.WRITING_VERBS
                    # ("…, its chief executive said in an interview with The Harrowgate Courier.
                    # “…,” said Yusuf Carrington-Ahn": an interview's words are said)
                    or (
                        d.kind == "interview"
                        and named.attribution.rule in {"after", "before"}
                        and named.span.paragraph == para
                        # (not someone described otherwise: "said Tom Reyes, the town’s mayor")
                        and not _DESCRIBED_OTHERWISE.match(
                            lay.narration,
                            named.attribution.subject_start + len(named.attribution.subject or ""),
                        )
                    )
                )
            ):
                d.author = _single(named.speaker)
                if d.kind == "interview" and named.post is None:
                    k = records.index(named)
                    named.post = _index_of(drafts, d)
                    d.quotes.append(k)
                    d.quotes.sort()
        if d.author is not None and d.report.described:
            # "A federal judge … blocked the rule, writing that it “…”. “…,” U.S. District
            # Judge Helena Marsh wrote": the person described is the one named next.
            for q in d.quotes:
                if records[q].speaker is None and records[q].rule not in {"unnamed", "none"}:
                    records[q].speaker = d.author
        if d.platform is None and d.author is not None and d.what in {"review", "column"}:
            # "The restaurant critic of the Sydney Morning Herald, Fiona Kwan-Mitchell, gave …
            # in a review": a critic's or a columnist's piece runs in the paper they write for
            d.platform = px.paper_of_writer(
                narration, people, d.author, d.report.sentence[0], d.report.start, d.report.end
            )
        if (
            d.author is not None
            and not d.report.organisation
            and d.kind in _WRITTEN_KINDS
            # (a letter, a memo, an essay: not a lawsuit, a ruling or a report, whose words are
            # the document's)
            and _PERSONAL_DOCUMENT.search(d.what or "") is not None
        ):
            # "Team owner Bartholomew Kaine responded with a letter … “…,” the letter says": the
            # words of a document a person wrote are theirs
            for q in d.quotes:
                if records[q].speaker is None and records[q].rule == "post-voice":
                    records[q].speaker = d.author
    for named in (
        _POSTER_SCAN.matches(narration)[_POSTER_NAMED]
        if " who " in narration or "In the " in narration
        else ()
    ):
        # "A video of a flight attendant singing … on TikTok. The passenger who posted it,
        # Marisol Grant, said …"; "A YouTube video in which a music producer … In the 18-minute
        # video, posted to his channel, Desmond Achterberg goes through …": the post just
        # reported with no author, whose poster the story names afterwards (the words said
        # under it stay their own: this comes after they are given to a named author).
        i = bisect_left(draft_starts, named.start()) - 1
        key = "name" if named.group("name") else "shown"
        found = people.resolve_index(named.group(key), named.start(key))
        if (
            i >= 0
            and drafts[i].author is None
            and drafts[i].kind == "social"
            and not drafts[i].report.organisation
            # (the one a creator's video shows is its creator; footage or a clip that spread on
            # X, Instagram or Reddit may be anyone's)
            and (key == "name" or drafts[i].platform in {"YouTube", "TikTok"})
            and isinstance(found, int)
        ):
            drafts[i].author = found
            # (and the words the poster says in it, in that paragraph, after it: "In the
            # 40-second video, Ines Carvalho-Mendes points at the window. “…,” she says.")
            para = lay.paragraph_of(named.start())
            for n, r in enumerate(records):
                if (
                    r.post is None
                    and r.span.paragraph == para
                    and r.span.open_at > named.start()
                    and _single(r.speaker) == found
                ):
                    r.post = i
                    drafts[i].quotes.append(n)
    return drafts


# ("The regional president, Aurelio Mendizabal-Kerr, addressed supporters in the main square
# that night.\n\n“…": an address, its words in the paragraph after)
_ADDRESSED = re.compile(
    r"\b(?:addressed|addresses|spoke\s+to|speaks\s+to|told)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
    r"(?:[a-z]+\s+)?(?:supporters|crowds?|nation|audience|reporters|delegates|rally|conference|"
    r"students|graduates|parliament|assembly|congress|staff|employees|workers|fans|journalists|"
    r"mourners|protesters|marchers|congregation)\b"
)
_APPEARED = re.compile(
    r"\b(?P<verb>addressed|addresses|appeared|appears|went|goes|sat\s+down|spoke|speaks|joined|joins|was\s+interviewed|"
    # ("set out her case on the podcast Brussels Unfiltered.\n\n“…": what she did there)
    r"is\s+interviewed|set\s+out|laid\s+out|made\s+(?:her|his|their)\s+case|explained|discussed)\b"
)
_APPEARANCE_WORD = re.compile(
    r"\b(?:[Ii]n|[Oo]n|[Dd]uring|to)\s+(?:an?|the|her|his|their|[\w]+[’']s)\s+(?:[\w-]+\s+){0,3}?"
    # ("in a curtain speech that was filmed": the words of a speech, in the paragraph after)
    r"(?:interview|program|programme|show|podcast|episode|broadcast|post|video|speech)\b"
)
_DESCRIBED_OTHERWISE = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s")
_SOCIAL_PLATFORMS = frozenset(lx.PLATFORMS.values())


def _platform_posted_on_before(
    drafts: list[px.PostDraft], d: px.PostDraft, records: list[_Record]
) -> str | None:
    """ "On Sunday she posted an update": a post whose platform goes unsaid is on the platform
    its author last posted on in the story."""
    if d.kind not in _ANSWERABLE:
        return None
    author = d.author
    if author is None:
        author = next(
            (records[q].speaker for q in d.quotes if not records[q].comment),
            None,
        )
    if author is None:
        return None
    for other in reversed(drafts[max(0, d.number - 11) : d.number - 1]):
        if other.author == author and other.platform in _SOCIAL_PLATFORMS:
            return other.platform
    return None


def _fragments_share_their_sentences_post(
    records: list[_Record], drafts: list[px.PostDraft], lay: Layout
) -> None:
    """ "He described the chicken as “…” and wrote that the room was “…”": fragments of one
    sentence by one speaker come from the post either of them is tied to (the first fragment
    of theirs in the sentence that has one; one pass per sentence, so a sentence full of
    fragments stays linear)."""
    n = 0
    while n < len(records):
        hi = lay.sentence_of(records[n].span.open_at)[1]
        group = [n]
        while group[-1] + 1 < len(records) and records[group[-1] + 1].span.open_at < hi:
            group.append(group[-1] + 1)
        n = group[-1] + 1
        # each speaker's fragments tied to a post as the pass starts, in reading order, and the
        # first tied one met so far (tied before the pass or by it)
        later: dict[object, deque[int]] = {}
        for k in group:
            other = records[k]
            if other.partial and other.post is not None:
                later.setdefault(other.speaker, deque()).append(k)
        first_tied: dict[object, int] = {}
        for k in group:
            r = records[k]
            queue = later.get(r.speaker)
            while queue and queue[0] <= k:
                queue.popleft()
            if r.post is None and r.partial and r.speaker is not None:
                found = first_tied.get(r.speaker, queue[0] if queue else None)
                if found is not None:
                    r.post = records[found].post
                    drafts[r.post].quotes.append(k)
            if r.partial and r.post is not None:
                first_tied.setdefault(r.speaker, k)


def _speaks_with_continuation(records: list[_Record], n: int, speaker: int) -> None:
    """Quote ``n`` is the speaker's, and so is the unattributed quote that continues it."""
    records[n].speaker = speaker
    for later in records[n + 1 : n + 3]:
        if later.follows == n and later.speaker is None:
            later.speaker = speaker


def _sentences_apart(lay: Layout, a: int, b: int) -> int:
    starts = lay.sentence_starts
    return bisect_left(starts, b + 1) - bisect_left(starts, a + 1)


def _same_sentence_posts(records: list[_Record], drafts: list[px.PostDraft], lay: Layout) -> None:
    """A fragment whose own sentence reports a post by its speaker comes from that post:
    "described the record as “…” in a statement", "said in a statement that it was “…”"."""
    by_start = sorted(
        (start, i) for i, d in enumerate(drafts) for start in (d.report.start, *d.mentions)
    )
    starts = [start for start, _ in by_start]
    for n, r in enumerate(records):
        if r.post is not None or not r.partial or r.rule == "scare":
            continue
        sentence = lay.sentence_of(r.span.open_at)
        speaker = _single(r.speaker)
        for _start, i in by_start[
            bisect_left(starts, sentence[0]) : bisect_left(starts, sentence[1])
        ]:
            d = drafts[i]
            voiced = False
            if (
                d.author == speaker
                or (speaker is None and d.author is None)
                or (speaker is not None and speaker in d.participants)
                # ("In its earnings release, Halvorsen quoted its finance chief as saying …")
                or d.report.organisation
                or (speaker is None and d.report.filed_by)
                # ("In the complaint, its chief executive is quoted calling the code “…”": the
                # document in the sentence quotes them)
                or (r.attribution.verb == "saying" and d.kind == "statement")
                or (voiced := _voiced_by_post(r, d, lay, sentence))
            ):
                # (A guest or co-host named again with the post: "said on the same episode".)
                r.post = i
                d.quotes.append(n)
                if voiced:
                    r.speaker = d.author
                elif speaker is None and d.report.filed_by:
                    # "The lawsuit says the label treated Porter’s catalog “…”": the words of
                    # the suit are those of the person who filed it.
                    r.speaker = d.author
                break


# ("A Threads post by …", "Her Instagram post …": a post as the subject that opens its sentence)
_POST_OPENS_SENTENCE = re.compile(r"\s*(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+)?")


def _voiced_by_post(r: _Record, d: px.PostDraft, lay: Layout, sentence: tuple[int, int]) -> bool:
    """ "A Threads post by the coach Lwazi Dlamini called the episode “…”": a person's post that
    opens the sentence speaks the fragment with no speaker, as its author."""
    return (
        r.speaker is None
        and d.author is not None
        and not d.report.organisation
        and _POST_OPENS_SENTENCE.fullmatch(lay.narration, sentence[0], d.report.start) is not None
        # (the post's own verb of calling or saying, not "quoted an unnamed official calling
        # the plan “…”" or "showed Hale calling the bill “…”": someone else it shows)
        and _POST_CALLS.search(lay.narration, d.report.end, r.span.open_at) is not None
        and _POST_SHOWS.search(lay.narration, d.report.end, r.span.open_at) is None
    )


_POST_CALLS = re.compile(
    r"\b(?:called|calls|described|describes|said|says|urged|urges|warned|warns|praised|praises|"
    r"slammed|slams|mocked|mocks|dubbed|labell?ed|termed)\b"
)
_POST_SHOWS = re.compile(r"\b(?:quot\w*|show\w*|cit(?:ed|ing|es)|featur\w*|film\w*)\b")


_BACK_TO_WORDS = re.compile(
    r"(?:the|that|this|those|these)\s+(?:post|photo|picture|image|video|tweet|clip|message|note|"
    r"words|statement|letter|caption|remarks|comments?)s?\b"
)


def _reported_after(records: list[_Record], drafts: list[px.PostDraft], lay: Layout) -> None:
    """ "“…,” Ana Vega wrote. The activist posted the message on X": words quoted first, then
    reported as a post ("the message", "the note") by the same person in the next sentence."""
    by_start = sorted((d.report.start, i) for i, d in enumerate(drafts))
    starts = [start for start, _ in by_start]
    for n, r in enumerate(records):
        speaker = _single(r.speaker)
        if r.post is not None or r.partial or speaker is None:
            continue
        for start, i in by_start[bisect_left(starts, r.span.open_at + 1) :]:
            d = drafts[i]
            if (
                lay.paragraph_of(start) != r.span.paragraph
                or _sentences_apart(lay, r.span.open_at, start) > 1
            ):
                break
            # The words point back ("made the remarks in an interview with CNN"), or the next
            # sentence names the outlet they were given to ("Ray spoke to The Athletic").
            if d.author == speaker and (
                _BACK_TO_WORDS.search(lay.narration, d.report.sentence[0], d.report.end + 20)
                or (
                    d.kind == "interview"
                    and d.platform is not None
                    and not d.quotes
                    and not _IN_PERSON.search(lay.narration, *lay.sentence_of(r.span.open_at))
                )
            ):
                r.post = i
                d.quotes.append(n)
                break


_POST_THAT_SPEAKS = {"statement", "social", "essay"}
_QUOTE_TAIL = re.compile(r"[\s”’\"'.,]*")
_POINTS_BACK = re.compile(r"\s*(?:That|Those|This|These|Such|So)\b")


def _paragraphs_after_a_post(
    records: list[_Record], drafts: list[px.PostDraft], lay: Layout
) -> None:
    """ "Großkopf responded with a long statement on Instagram in which he maintained his
    innocence. ¶ “…” ¶ “…”": paragraphs that hold nothing but a quote no one is named for,
    right after a paragraph that ends by reporting someone's post, are that post's words (a quote
    run over several paragraphs goes on in it)."""
    last_in_para = {lay.paragraph_of(d.report.start): i for i, d in enumerate(drafts)}
    last: tuple[int, int | None, int] | None = None  # (paragraph, speaker, post) just placed
    for n, r in enumerate(records):
        if (
            r.attribution.rule != "none"
            or r.speaker is not None
            or r.post is not None
            or r.partial
            or not _whole_paragraph(r, lay)
        ):
            last = None
            continue
        para = r.span.paragraph
        if para + 1 < len(lay.paragraphs) and _POINTS_BACK.match(
            lay.text, lay.paragraphs[para + 1][0]
        ):
            # ("“Good riddance.” ¶ That was the reaction of one season-ticket holder, …": the
            # paragraph after says whose words they were)
            last = None
            continue
        if last is not None and last[0] == para - 1:
            r.speaker, r.post = last[1], last[2]
        else:
            # the last post reported in the paragraph before, when it is in its last sentence
            found = last_in_para.get(para - 1)
            if found is None or not (
                drafts[found].kind in _POST_THAT_SPEAKS
                and not drafts[found].quotes
                and (drafts[found].author is not None or drafts[found].report.organisation)
                and lay.sentence_of(drafts[found].report.start)[1]
                >= lay.paragraphs[para - 1][1] - 1
            ):
                last = None
                continue
            r.speaker, r.post = drafts[found].author, found
        drafts[r.post].quotes.append(n)
        last = (para, _single(r.speaker), r.post)


def _whole_paragraph(r: _Record, lay: Layout) -> bool:
    """The quote is all its paragraph holds (read from its ends only, so a long paragraph of
    many quotes costs nothing)."""
    lo, hi = lay.paragraphs[r.span.paragraph]
    if _first_visible(lay.text, lo) < r.span.open_at:
        return False
    tail = _QUOTE_TAIL.match(lay.text, r.span.end, hi)
    return tail is not None and tail.end() == hi


def _single(found: int | tuple[int, ...] | None) -> int | None:
    if isinstance(found, tuple):
        return found[0] if found else None
    return found


def _as_tuple(found: int | tuple[int, ...] | None) -> tuple[int, ...]:
    if found is None:
        return ()
    return found if isinstance(found, tuple) else (found,)


def _date_in(
    dates: list[DateClaim], narration: str, lo: int, hi: int, starts: list[int] | None = None
) -> str | None:
    """The first date in ``dates`` order that starts in [lo, hi) outside quotes and has a value.

    ``starts`` (the dates' starts, given only when they are in order) lets the
    search begin at ``lo`` instead of walking every date of the story.
    """
    first = bisect_left(starts, lo) if starts is not None else 0
    for d in dates[first:] if first else dates:
        if starts is not None and d.start >= hi:
            break
        if lo <= d.start < hi and narration[d.start : d.start + 1] != "\x00":
            value = px.date_value(d)
            if value:
                return value
    return None


def _compatible_dates(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


_MERGE_INTO = {
    "quote-media": {"social", "shared-on-date", "return", "quote-media", "essay", "statement"},
    "social": {"social", "shared-on-date", "return"},
    "shared-on-date": {"social", "shared-on-date", "return"},
    "essay": {"essay"},
    "statement": {"statement"},
    "interview": {"interview"},
    "return": set(),
}


# "shared the post on her own account": a post that points back to the last one, on its platform.
_ANAPHORIC_POST = re.compile(
    # ("Menon commented under her post": hers, named before)
    r"(?:the|that|this|her|his|their)\s+(?:(?P<first>first|original|earlier)\s+)?"
    r"(?:post|photo|picture|image|video|tweet|clip|message|story)\b"
)


_BODY_NOUNS = lx.ORG_NOUNS | lx.words("coastguard police council government agency")
_SOMEONES_POST = re.compile(
    r"(?P<owner>the\s+[\w-]+|[A-ZÀ-ÖØ-ÞĀ-ſ][\w-]*)[’']s\s+(?:post|photo|video|tweet|message|story)\b"
)
_SAME_POST = re.compile(
    r"\b(?:same|that)\s+(?:interview|conversation|appearance|episode|show|podcast|broadcast|"
    r"post|video|clip|statement|essay|profile|newsletter|letter|memo|column|op-ed|thread|review|"
    r"livestream|filing|email)\b"
    # "In the essay, the 38-year-old also called…": the post already reported, named again.
    r"|\b(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]ccording\s+to)\s+the\s+(?:interview|conversation|episode|"
    r"podcast|post|video|clip|statement|essay|letter|memo|email|op-ed|column|filing|ruling|"
    r"opinion|newsletter|release|piece|show|broadcast|program|programme)(?:\s*,|$)"
)


# ("In the complaint, the chief executive is quoted …": the suit reported before, named again)
_THE_DOCUMENT = re.compile(
    r"(?:(?:[Ii]n|[Aa]ccording\s+to)\s+)?(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s"
)
# "The lawsuit … says"; "the complaint says": names of one court document.
_LEGAL = lx.words("lawsuit complaint suit filing petition")
_DOCUMENT_NOUNS = px.DOCUMENT_NOUNS | lx.words("statement release suit")


def _same_document(a: str, b: str) -> bool:
    return a == b or (a in _LEGAL and b in _LEGAL)


def _document_reported_before(drafts: list[px.PostDraft], noun: str) -> px.PostDraft | None:
    """The statement or essay among the last five posts that is the document ``noun`` names."""
    for d in reversed(drafts[-5:]):
        if d.kind in {"statement", "essay"} and _same_document(_document_noun(d.what), noun):
            return d
    return None


def _document_noun(what: str | None) -> str:
    """The document a report names ("an open letter published Tuesday": letter)."""
    for word in re.findall(r"[a-z-]+", (what or "").lower()):
        if word.removesuffix("s") in _DOCUMENT_NOUNS:
            return word.removesuffix("s")
    return ""


_SHARED_THE_DOCUMENT = re.compile(
    r"(?:published|released|circulated|leaked)\s+(?:the|that|this)\s+[a-z-]+"
)
_THE_NOUN = re.compile(r"\s*The\s+(?P<noun>[a-z-]+)\b")


def _document_named_just_before(draft: px.PostDraft, lay: Layout, at: int) -> bool:
    """The sentence before the quote opens with the draft's document: "… writing in a letter
    to the president. \n\nThe letter, dated Wednesday, is two paragraphs long. “…,” it says."."""
    noun = _document_noun(draft.what)
    if not noun:
        return False
    starts = lay.sentence_starts
    i = bisect_left(starts, at + 1) - 2  # the sentence before the quote's
    if i < 0 or starts[i] <= draft.report.start:
        return False
    m = _THE_NOUN.match(lay.narration, starts[i])
    return m is not None and m.group("noun").removesuffix("s") == noun


_WRITTEN_KINDS = frozenset({"statement", "essay"})
_PERSONAL_DOCUMENT = re.compile(
    r"\b(?:letter|memo|memorandum|email|e-mail|note|message|essay|op-ed|column|newsletter)s?\b"
)
_NEW_PIECE = re.compile(
    r"\b(?:an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:newsletter|blog|essay|column|op-ed|memoir|book)\b"
)


def _different_documents(last: px.PostDraft, rep: px.Report, lay: Layout) -> bool:
    """ "… wrote in the complaint. Crateful said in an emailed statement": a document of another
    kind, introduced as a new one, is not the first reported again ("The lawsuit … says …. “…,”
    the complaint says" is the same)."""
    if (
        last.kind == rep.kind == "essay"
        and last.what
        and rep.what
        and last.report.sentence != rep.sentence
        and last.what.split()[-1].lower().removesuffix("s")
        != rep.what.split()[-1].lower().removesuffix("s")
        # (introduced as a new one, not named again: "In the book, she writes" after her memoir)
        and _NEW_PIECE.search(lay.narration, rep.start, rep.end) is not None
    ):
        return True  # "… in a post on its company blog. … went further in his newsletter"
    return (
        last.kind == rep.kind == "statement"
        and bool(last.what and rep.what)
        and last.what.lower().removesuffix("s") != rep.what.lower().removesuffix("s")  # type: ignore[union-attr]
        and (
            _INDEFINITE_ARTICLE.search(lay.narration, rep.start, rep.end) is not None
            # ("… said in a news release. … Tsiklauri wrote to the head of the mission asking
            # …": a letter someone writes is a new one)
            or px.WROTE_TO_OPENS.match(lay.narration, rep.start) is not None
        )
    )


def _another_statement(last: px.PostDraft, rep: px.Report, lay: Layout) -> bool:
    return (
        last.kind == rep.kind == "statement"
        and last.platform is None
        and rep.platform is None
        and rep.sentence != last.report.sentence
        and _A_STATEMENT.search(lay.narration, rep.start, rep.end) is not None
        and _A_STATEMENT.search(lay.narration, last.report.start, last.report.end) is not None
    )


_A_STATEMENT = re.compile(r"\b[Aa]n?\s+(?:[\w-]+\s+){0,2}?statement\b")
# (or a possessive: "Quillstone said in a statement … In her lawsuit, Raman had called …")
_INDEFINITE_ARTICLE = re.compile(r"\b(?:[Aa]n?|[Hh]er|[Hh]is|[Tt]heir)\s")

# "in the nine-minute video", "on the post": a post named again, perhaps with modifiers.
_POSTED = re.compile(r"\bposted\b")
_THE_POST_AGAIN = re.compile(
    # ("In her essay, Quist said …": her own, named again; not "in her second essay")
    r"\b(?:[Ii]n|[Oo]n|[Dd]uring)\s+(?:the|(?P<own>her|his|their))\s+"
    r"(?(own)(?!(?:second|third|new|latest|next|follow-up|later|separate|own|first)\b))"
    r"(?:[\w-]+\s+){0,2}?"
    r"(?P<noun>post|video|clip|tweet|livestream|interview|podcast|episode|essay|letter|statement|"
    r"profile|newsletter)\b"
    # (hers named again, alone: not "In her essay for The Atlantic a year earlier")
    r"(?(own)(?=\s*,))"
)


_SOCIAL_NOUNS = lx.words("post thread video clip livestream")


def _same_outlet(a: str, b: str) -> bool:
    """ "Ottawa Citizen" and "Citizen", "The New York Times" and "the Times": one outlet, the
    second time named by the last words of its name."""
    a, b = (name.lower().removeprefix("the ") for name in (a, b))
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _take_report(rep: px.Report, drafts: list[px.PostDraft], lay: Layout) -> px.PostDraft:
    """A report either adds to the post it keeps describing or starts a new post."""
    para = lay.paragraph_of(rep.start)
    if rep.what == "it" and drafts:
        # "In it, Brianna Okafor, 29, films …": the post just reported, and who is in it (its
        # author, when it had none named)
        last = drafts[-1]
        last.participants |= set(rep.participants)
        last.mentions.append(rep.start)
        if last.author is None and rep.author is not None and not last.report.organisation:
            last.author = rep.author
        return last
    same = _SAME_POST.search(lay.narration, rep.start, rep.end) if drafts else None
    if same:
        # "disagreed in the same interview": the post already reported, with one more speaker;
        # "On the podcast, …" after an interview reported in between: the podcast.
        noun = same.group().rstrip(" ,").split()[-1].lower()
        for d in reversed(drafts[-6:]):
            if (
                noun in (d.what or "").lower()
                # (the report's whole sentence: "has written a long essay on Substack … In the
                # essay, she …")
                or noun in lay.narration[d.report.sentence[0] : d.report.sentence[1]].lower()
            ):
                d.participants |= set(rep.participants)
                d.mentions.append(rep.start)
                return d
        for d in reversed(drafts):
            if noun in _SOCIAL_NOUNS and d.kind != "social":
                continue  # "answered her in the same thread": the thread, not a release between
            if d.kind == rep.kind or rep.kind == "quote-media":
                d.participants |= set(rep.participants)
                d.mentions.append(rep.start)
                return d
    update = _UPDATE_IN_THE_POST.match(lay.narration, rep.start, rep.end + 40) if drafts else None
    if update:
        # "Bendavid posted an update in the thread that evening": inside the thread (hers, or
        # the one whose author the story names only later), not a new post.
        for d in reversed(drafts[-5:]):
            if d.kind in _ANSWERABLE and (
                (rep.author is not None and d.author == rep.author)
                or (update.group("noun") == "thread" and "thread" in (d.what or ""))
            ):
                d.mentions.append(rep.start)
                return d
    # (a little past the report: the comma that tells "In her essay," alone)
    again = _THE_POST_AGAIN.search(lay.narration, rep.start, rep.end + 2) if drafts else None
    if again and rep.author is not None:
        # "said in the nine-minute video", "wrote in the post": the same author's post of that
        # kind reported just before, named again with "the".
        noun = again.group("noun").lower()
        for d in reversed(drafts[-3:]):
            if (
                # (or one who took part in it: "in a YouTube video with his lawyer, Celeste
                # Mbatha, … “…,” she said in the video")
                (d.author == rep.author or rep.author in d.participants)
                and (
                    noun in (d.what or "").lower()
                    # ("her Substack review … she wrote in the newsletter": one written piece)
                    or (noun in _WRITTEN_PIECES and (d.what or "").lower() in _WRITTEN_PIECES)
                    or noun in lay.narration[d.report.start : d.report.end].lower()
                    # ("posted on Facebook that … “…,” she wrote in the post": the verb's noun)
                    or (
                        noun == "post"
                        and d.kind == "social"
                        and _POSTED.search(lay.narration, *d.report.sentence)
                    )
                    or (noun in {"video", "clip"} and px.is_video(d.platform, d.what))
                )
            ):
                d.mentions.append(rep.start)
                return d
    if (
        drafts
        and rep.kind in {"statement", "essay"}
        and rep.platform is None
        and _SHARED_THE_DOCUMENT.match(lay.narration, rep.start, rep.end)
        # (not "shared the essay on X": a post of one's own, on a platform)
        and not px.PLATFORM_NAMED.search(lay.narration, rep.start, rep.sentence[1])
    ):
        # "The news site … published the letter in full": the letter reported before, not a new
        # piece.
        noun = _document_noun(rep.what)
        before = _document_reported_before(drafts, noun) if noun else None
        if before is not None:
            before.mentions.append(rep.start)
            return before
    if drafts and rep.kind == "statement" and _THE_DOCUMENT.match(lay.narration, rep.start):
        # "The letter calls Hollister “…”", "The memo said …": the document reported before.
        noun = _document_noun(rep.what)
        before = _document_reported_before(drafts, noun)
        if before is not None:
            before.mentions.append(rep.start)
            return before
        last = drafts[-1]
        if (
            noun
            and para - last.paragraph <= 1
            and re.search(rf"\b{re.escape(noun)}s?\b", lay.narration[slice(*last.report.sentence)])
        ):
            # "The council posted a notice on its website. … the notice read": the notice the
            # post reported, named again
            last.mentions.append(rep.start)
            return last
    if rep.kind in {"interview", "essay"} and rep.platform and not rep.reply:
        # "In an interview with the Ottawa Citizen, … “…,” she told the Citizen": the outlet
        # named again (by the last words of its name) is the same interview.
        for d in reversed(drafts[-10:]):
            if (
                d.kind == rep.kind
                and d.platform
                and _same_outlet(d.platform, rep.platform)
                and (rep.author is None or d.author is None or d.author == rep.author)
            ):
                d.participants |= set(rep.participants)
                d.mentions.append(rep.start)
                return d
    if drafts:
        last = drafts[-1]
        if (
            not last.quotes
            and rep.kind != "return"
            and not rep.reply  # ("In a second post, she wrote …": a post of its own)
            and last.kind in _MERGE_INTO.get(rep.kind, set())
            and (rep.author is None or last.author is None or rep.author == last.author)
            # (an organisation's post is not a person's: "Apex Combat League said on Instagram
            # … Yekaterina Sokolova posted a photo on Instagram")
            and not (
                last.report.organisation
                and rep.author is not None
                and rep.kind == "social"
                and not (rep.what and _ANAPHORIC_POST.match(rep.what))
            )
            and para - last.paragraph <= 1
            # (a post on another platform is another post: "flagged it in an Instagram post …
            # “…,” she wrote in a post on Threads")
            and not (
                last.platform
                and rep.platform
                and last.platform != rep.platform
                # (a station's show named after the station is the same interview)
                and not (last.kind == "interview" and rep.what in px.SHOW_KINDS)
            )
            and _compatible_dates(last.date, rep.date)
            and not _different_documents(last, rep, lay)
            # ("In a statement read outside court, the family said … A Prison Service
            # spokesperson said in a statement": a statement introduced again, in a sentence of
            # its own, is another one)
            and not _another_statement(last, rep, lay)
        ):
            last.what = last.what or rep.what
            last.platform = last.platform or rep.platform
            if rep.kind == "interview" and rep.what in px.SHOW_KINDS and rep.platform:
                # ("told the station WKRX … “…,” Asante said on the station’s “Drive Time”
                # show": the show, named in marks, not the station)
                last.platform = rep.platform
            if rep.date and (last.date is None or len(rep.date) > len(last.date)):
                last.date = rep.date
            if last.author is None and not last.report.organisation:
                # (an organisation's video stays its own when its curator speaks in it)
                last.author = rep.author
            last.participants |= set(rep.participants)
            return last
    platform = rep.platform
    refers_back = bool(rep.what and _ANAPHORIC_POST.match(rep.what)) or rep.reply
    if (rep.kind == "return" or refers_back) and platform is None and drafts:
        # "In a second video on Friday, Lindqvist said …": on the platform of her last post, not
        # of a company's statement reported in between.
        last = next(
            (
                d
                for d in reversed(drafts[-10:])
                # (a quote-post is on the platform of the post it quotes, whoever wrote it)
                if (rep.author is None or d.author == rep.author or rep.what == "quote-post")
                # (a post, not an interview given in between: "told TechCrunch … she had posted
                # again")
                and d.platform in _SOCIAL_PLATFORMS
            ),
            drafts[-1],
        )
        platform = last.platform or px.default_platform(last.kind, last.what)
        if rep.what == "repost" and rep.author is None:
            # "The story was deleted within an hour and reposted": by the author of the post
            rep.author = last.author
    owner = _SOMEONES_POST.match(rep.what) if platform is None and drafts and rep.what else None
    if owner is not None:
        # "His daughter shared the coastguard’s post with a message of her own": on the platform
        # of the last post by someone else, even with an interview reported in between (a body's
        # when "the <noun>’s", a person's when a name's)
        noun = (
            owner.group("owner").split()[-1].lower()
            if owner.group("owner").startswith("the")
            else None
        )
        # (a body's when its noun is one: "the coastguard’s", "the club’s"; a person's when a
        # name's or a person's noun: "Tom’s", "the mayor’s"; either when the noun says neither)
        body = (
            noun in _BODY_NOUNS
            if noun in _BODY_NOUNS or noun in lx.PERSON_NOUNS or noun is None
            else None
        )
        shared = next(
            (
                d
                for d in reversed(drafts[-10:])
                if d.author != rep.author
                and d.platform in _SOCIAL_PLATFORMS
                and (body is None or (d.author is None) == body)
            ),
            None,
        )
        if shared is not None:
            platform = shared.platform
    if (
        platform is None
        and rep.kind in {"quote-media", "social"}
        and drafts
        and drafts[-1].paragraph == para
        and drafts[-1].platform in _SOCIAL_PLATFORMS
    ):
        # "… posted a TikTok. … replied with a duet of his own. “…,” he sings in his video": a
        # post reported with no platform, right after one on a named platform, is on it too.
        platform = drafts[-1].platform
    draft = px.PostDraft(
        number=len(drafts) + 1,
        report=rep,
        author=rep.author,
        participants=set(rep.participants) | ({rep.author} if rep.author is not None else set()),
        platform=platform,
        date=rep.date,
        what=rep.what,
        kind="social" if rep.kind == "return" else rep.kind,
        paragraph=para,
    )
    # (around the report, not a whole endless sentence for each of its posts)
    qa_lo, qa_hi = max(rep.sentence[0], rep.start - 2000), min(rep.sentence[1], rep.end + 2000)
    if _QA_WORDS.search(lay.narration, qa_lo, qa_hi) and _QA_THREAD.search(
        lay.narration, qa_lo, qa_hi
    ):
        # "answered fans’ questions on Reddit in an “ask me anything” thread": the questions
        # and replies quoted after it are comments in the thread, until another post.
        draft.comment_mode_until = len(lay.narration)
    drafts.append(draft)
    return draft


_QA_THREAD = re.compile(
    r"\b(?:answered|answering|answers|took|taking|fielded|fielding)\s+(?:[\w’'-]+\s+){0,3}?questions\b"
    r"|\b(?:AMA|Ask Me Anything|ask me anything)\b"
)
# What every match of _QA_THREAD holds: a sentence without it is no thread of questions, which
# a scan for the plain words tells faster than the pattern.
_QA_WORDS = re.compile(r"questions|AMA|Ask Me Anything|ask me anything")


_PASSED_ON = re.compile(
    r"\b(?:shared|reshared|re-shared|reposted|re-posted|passed\s+on|quote-posted)\s+"
    r"(?:the|her|his|their|that)\s+(?:announcement|post|photo|picture|video|news|clip|message)\b"
)
_IN_IT = re.compile(r"\b(?:said|says|wrote|writes|added|adds|explained|explains)\s+in\s+it\b")
# Words that call what follows a reply to a post, not the poster's own words.
_A_REPLY = re.compile(
    r"\b(?:comment|comments|commented|reply|replies|replied|responded|answered)\b"
    r"|(?<![\w,] )(?:Under|Beneath|Below)\s"
)


def _place_quote(
    n: int,
    records: list[_Record],
    drafts: list[px.PostDraft],
    claimed: dict[int, px.Report],
    lay: Layout,
    occasions: dict[tuple[int, int], list[int]],
) -> None:
    r = records[n]
    speaker = _single(r.speaker)
    verb = (r.attribution.verb or "").lower()
    para = r.span.paragraph
    post: int | None = None
    a = r.attribution
    if (
        a.clause_start >= 0
        and n not in claimed
        and (
            _AUDIENCE_WORDS.search(lay.narration, a.clause_start, a.clause_end)
            and _TO_AUDIENCE.search(lay.narration, a.clause_start, a.clause_end)
            # ("Its spokesperson, Elin Berg, said by phone:": to the story's own reporter, not
            # in "a telephone interview with the BBC" just before)
            or _BY_PHONE.search(lay.narration, a.clause_start, a.clause_end)
            and not _INTERVIEW_BEFORE.search(lay.narration, lay.paragraphs[para][0], a.clause_start)
        )
    ):
        # "“…,” she told reporters": said to people in the room, not in a post or interview.
        return
    reply = (
        n in claimed
        and drafts
        and claimed[n].kind == "quote-media"
        and bool(claimed[n].what and _ANAPHORIC_POST.match(claimed[n].what))
        and speaker not in drafts[-1].participants
    )
    if reply:
        # "weighed in under the video: “…”": a comment on the post just reported, not a new post;
        # "commented on Coleridge’s post": on the latest post of hers. A comment, unless the
        # post has neither author nor words yet and nothing calls these words a reply ("a photo
        # on Nextdoor … “…,” Kowalczyk wrote under the photo": the one who posted it).
        post = len(drafts) - 1
        if drafts[post].kind not in _ANSWERABLE and drafts[post].platform not in _SOCIAL_PLATFORMS:
            # ("Among thousands of comments under the video was one from …": under the last post
            # people can answer, not a statement reported since off any platform)
            post = next(
                (
                    i
                    for i in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1)
                    if drafts[i].kind in _ANSWERABLE
                ),
                post,
            )
        r.comment = (
            drafts[post].author is not None
            or drafts[post].report.organisation
            or bool(drafts[post].quotes)
            or bool(_A_REPLY.search(lay.narration, *lay.sentence_of(r.span.open_at)))
        )
        if r.comment_on is not None:
            # (the latest post of theirs people can answer: not an interview given since)
            post = next(
                (
                    i
                    for i in range(len(drafts) - 1, -1, -1)
                    if drafts[i].author == r.comment_on and drafts[i].kind in _ANSWERABLE
                ),
                post,
            )
        anaphor = _ANAPHORIC_POST.match(claimed[n].what or "")
        if (
            anaphor
            and anaphor.group("first") == "original"
            and post > 0
            # (the last post passed the one before on: "shared the announcement on his own
            # Instagram story"; not a post of its own)
            and _PASSED_ON.search(
                lay.narration, drafts[post].report.sentence[0], drafts[post].report.sentence[1]
            )
            and drafts[post].author is not None
            and drafts[post - 1].author is not None
            and drafts[post - 1].author != drafts[post].author
            and drafts[post - 1].kind in _ANSWERABLE
            and drafts[post - 1].platform == drafts[post].platform
        ):
            # "Her husband shared the announcement on his own Instagram story … Her sister
            # commented under the original post": the post the last one passed on
            post -= 1
        elif anaphor and anaphor.group("first") and drafts[post].author is not None:
            # "replied under the first post": the earliest of the last few posts of the one who
            # posted last
            owner = drafts[post].author
            post = next(
                i
                for i in range(max(0, post - 10), post + 1)
                if i == post or drafts[i].author == owner
            )
    elif (
        n in claimed
        and (owned := _owners_post(r, speaker, drafts, claimed[n].platform)) is not None
    ):
        # "Under Kamau-Otieno’s Instagram post, stylist Bastien Lefèvre commented: “…”": her
        # post named again, with a comment under it.
        post, r.comment = owned, True
    elif (
        n in claimed
        and (above := _post_above(r, speaker, drafts, claimed[n].platform, lay)) is not None
    ):
        # "Under the LinkedIn post, Marcus Oyelaran, a former engineering lead, wrote: “…”": a
        # comment under the post just reported on that platform, not a post of his own.
        post, r.comment = above, True
    elif n in claimed:
        draft = _take_report(claimed[n], drafts, lay)
        post = draft.number - 1
    elif r.partial and speaker is not None:
        sentence = lay.sentence_of(r.span.open_at)
        for m in range(n - 1, max(-1, n - 30), -1):
            other = records[m]
            if other.span.open_at < sentence[0]:
                break
            if not other.partial and other.speaker == r.speaker and other.post is not None:
                post = other.post
                break
    if post is None and r.follows is not None and r.follows < n:
        post = records[r.follows].post
    if post is None and not r.partial and verb in lx.CONTINUING_VERBS and speaker is not None:
        for m in range(n - 1, max(-1, n - 30), -1):
            other = records[m]
            if para - other.span.paragraph > 2:
                break
            # "… said the campaign was “a disaster.” He added: “…”": a fragment of the same
            # paragraph counts as what the speaker is continuing.
            if other.speaker == r.speaker and (
                not other.partial or (other.span.paragraph == para and other.post is not None)
            ):
                post = other.post
                break
    if post is None and speaker is not None:
        # A post reported in the same sentence by the same person ("described it as “…” in a statement"):
        # not a comment under another post ("responded in a post of his own, writing …").
        sentence = lay.sentence_of(r.span.open_at)
        for i in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1):
            d = drafts[i]
            if sentence[0] <= d.report.start < sentence[1] and d.author == speaker:
                post = i
                break
    if (
        post is None
        and speaker is not None
        and a.clause_start >= 0
        and _IN_IT.search(lay.narration, a.clause_start, a.clause_end)
    ):
        # "Marchetti stood by her video. “…,” she said in it.": the latest post of the speaker's,
        # though someone else's came after it.
        post = next(
            (
                i
                for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1)
                if drafts[i].author == speaker
            ),
            None,
        )
    if post is None and r.rule == "reported-before" and speaker is not None and drafts:
        # "Okafor later told the Cedar Falls Courier she had no regrets. “…”": the words of the
        # post the sentence before reports, when it is the speaker's
        before = r.span.open_at
        while before > 0 and lay.narration[before - 1].isspace():
            before -= 1
        sentence = lay.sentence_of(max(0, before - 1))
        for i in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1):
            if drafts[i].author == speaker and drafts[i].report.sentence == sentence:
                post = i
                break
    if post is None and drafts:
        post = _commented_post(r, speaker, verb, drafts, lay)
        r.comment = post is not None
    if (
        post is None
        and speaker is not None
        and not r.partial
        and n > 0
        and records[n - 1].post is not None
        and records[n - 1].speaker != r.speaker
        and drafts[records[n - 1].post].author == speaker
        and (
            verb in _REPLY_VERBS
            or (
                a.verb_start >= 0
                and _BACK_AFTER_VERB.match(lay.narration, a.verb_start + len(verb))
            )
        )
    ):
        # "The operator replied under the clip: “…” / “…,” Benavente wrote back": the author
        # answering the comment just quoted, under her own post.
        post = records[n - 1].post
    if post is None and speaker is not None and verb in _ANSWER_VERBS and not r.partial:
        # (in a thread of questions the author answers, however long: an AMA; among the last
        # ten posts)
        post = next(
            (
                i
                for i in range(len(drafts) - 1, max(-1, len(drafts) - 11), -1)
                if drafts[i].author == speaker and drafts[i].comment_mode_until >= r.span.open_at
            ),
            None,
        )
    if post is None and speaker is not None and verb in _ANSWER_VERBS and not r.partial:
        # "One user asked whether he would go back. “In a heartbeat,” he replied": the author
        # answering in the thread of his own post (an AMA, a Q&A on a platform).
        post = _latest_by(drafts, speaker, para, kinds=_ANSWERABLE, window=2)
    if post is None and speaker is not None and verb in lx.WRITING_VERBS and drafts:
        # "A climber who spent two nights on a ledge has written about it in an essay on Medium.
        # … “…,” wrote the climber, Tariq Al-Mansouri": the post of someone described, not yet
        # named, reported in the paragraph before or this one, is the writer's.
        last = drafts[-1]
        if (
            last.author is None
            and last.report.described
            and not last.report.organisation
            and last.kind in {"social", "essay"}
            and not last.quotes
            and para - last.paragraph <= 2
        ):
            post = len(drafts) - 1
    if post is None and speaker is not None and verb in lx.WRITING_VERBS:
        post = _latest_by(
            drafts,
            speaker,
            para,
            kinds={"social", "essay", "statement", "shared-on-date", "quote-media"},
        )
        written = _latest_by(drafts, speaker, para, kinds={"interview"}, window=0)
        if (
            post is None
            and written is not None
            and _WRITTEN_TO_OUTLET.search(
                lay.narration, drafts[written].report.start, drafts[written].report.end
            )
        ):
            # "said in an email to The Fresno Bee that … “…,” she wrote": the written answer
            post = written
    if post is None and speaker is not None and a.clause_start >= 0:
        # "“…,” she said in the profile": the speaker's post of that kind among the last ten.
        back = _IN_THE_MEDIUM.search(lay.narration, a.clause_start, a.clause_end)
        if back:
            noun = back.group("noun")
            post = next(
                (
                    i
                    for i in range(len(drafts) - 1, max(-1, len(drafts) - 11), -1)
                    if (drafts[i].author == speaker or speaker in drafts[i].participants)
                    and (
                        noun in (drafts[i].what or "")
                        or (noun == "interview" and drafts[i].kind == "interview")
                    )
                ),
                None,
            )
    if post is None and speaker is not None and verb and verb not in lx.WRITING_VERBS:
        # A fragment in narration reports words rather than quoting a source: it belongs to an
        # interview only in the paragraph that reports it ("They said the album is “…”"), not
        # paragraphs later ("She called the speculation “wild”"); see also _same_sentence_posts.
        post = _latest_by(drafts, speaker, para, kinds={"interview"}, window=0 if r.partial else 2)
        if post is None:
            # A letter or a statement speaks in its own paragraph and the next; "Benedetti said"
            # two paragraphs after her letter is said aloud.
            post = _latest_by(
                drafts, speaker, para, kinds={"statement"}, window=0 if r.partial else 1
            )
    if post is None and speaker is not None and verb and verb not in lx.WRITING_VERBS:
        # People say things in videos: "“…,” he says" after a YouTube or TikTok post of theirs
        # (a fragment in the paragraph of the video only: "… in an Instagram live broadcast.
        # She said she had spent “three sleepless weeks” …").
        post = _latest_by(
            drafts,
            speaker,
            para,
            kinds=_ANSWERABLE,
            window=0 if r.partial else 1,
            video=True,
        )
    if (
        post is None
        and r.rule == "unnamed"
        and drafts
        and a.clause_start >= 0
        and _IT_SAID.match(lay.narration, a.clause_start)
        and (
            _sentences_apart(lay, drafts[-1].report.start, r.span.open_at) <= 1
            or _document_named_just_before(drafts[-1], lay, r.span.open_at)
        )
    ):
        # "Ibarra-Soto wrote a second post thanking donors. “…,” it said.": the post just
        # reported speaks, in its author's words.
        post = len(drafts) - 1
        if drafts[-1].author is not None and not drafts[-1].report.organisation:
            # (and the quote that continues them: "“…,” it says. “…”")
            _speaks_with_continuation(records, n, drafts[-1].author)
    if (
        post is None
        and (r.rule == "none" or (r.rule == "ahead" and _run_unattributed(records, n)))
        and speaker is not None
        and drafts
        and drafts[-1].author == speaker
        and drafts[-1].kind in {"essay", "statement", "interview", "social"}
    ):
        # "… argued in an op-ed in The Ledger-Tribune that …\n\n“The cap is sold as …": the
        # document reported at the end of the paragraph before, in its author's words (a quote
        # run over paragraphs counts from its first)
        run_para, k = para, n - 1
        while k >= 0 and records[k].rule in {"ahead", "none"} and records[k].follows == k + 1:
            run_para, k = records[k].span.paragraph, k - 1
        if run_para - drafts[-1].paragraph == 1:
            post = len(drafts) - 1
    if post is None and speaker is None and r.partial and drafts:
        # "Starbloom Entertainment said in a statement on Monday that … The agency said doctors
        # had advised “…”": the organisation, named again by its noun, goes on reporting its
        # statement of the same paragraph
        last = drafts[-1]
        sentence = lay.sentence_of(r.span.open_at)
        if (
            last.paragraph == para
            and last.kind == "statement"
            and last.author is None
            and _sentences_apart(lay, last.report.start, r.span.open_at) == 1
            and _ORGANISATION_AGAIN.match(lay.narration, sentence[0], r.span.open_at)
        ):
            post = len(drafts) - 1
    if post is None and r.rule == "post-voice" and drafts and a.clause_start >= 0:
        # "The band’s statement added that … “…”": the document of that kind reported before
        # (among the last ten), not whatever post was reported last
        named = _DOCUMENT_NAMED_AGAIN.match(lay.narration, a.clause_start)
        before = _document_reported_before(drafts, named.group("noun").lower()) if named else None
        if before is not None:
            post = _index_of(drafts, before)
    if post is None and r.rule == "post-voice" and drafts:
        # (a quote run over paragraphs counts from its first: "“…\n\n“…,” the post read")
        run_para, k = para, n - 1
        while k >= 0 and records[k].rule == "ahead" and records[k].follows == k + 1:
            run_para, k = records[k].span.paragraph, k - 1
        if run_para - drafts[-1].paragraph <= 1:
            post = len(drafts) - 1
    if (
        post is None
        and drafts
        and verb in lx.WRITING_VERBS
        and (speaker is None or r.rule == "after")
    ):
        # "… shared images on Facebook. “…,” the department wrote": a post whose author the
        # story never names as a person takes the quote written right after it.
        last = drafts[-1]
        if (
            last.author is None
            and (
                last.paragraph == para
                or (para - last.paragraph == 1 and (speaker is None or last.report.described))
                # "The two candidates traded insults on X. … “…,” Clay Whitford posted": a
                # platform named with no author, then someone who posted on it.
                # ("… came from a LinkedIn post.\n\n“…,” wrote Marisol Benítez": the post
                # described just before, written by the first one who writes after it.)
                or (
                    para - last.paragraph == 1
                    and (
                        verb in _POSTING_VERBS
                        or (r.rule == "after" and not last.report.organisation)
                    )
                    and last.kind == "social"
                    and not last.quotes
                )
            )
            # (no quote yet, or only fragments no one was named for: "A federal judge …,
            # writing that it “…”. “…,” Judge Helena Marsh wrote")
            and all(records[q].speaker is None for q in last.quotes)
            and last.kind != "interview"
        ):
            # (In the next paragraph only for a voice the story leaves unnamed: "“…,” the
            # department wrote" after "The police department said on Facebook".)
            post = len(drafts) - 1
    if (
        post is None
        and speaker is None
        and not r.partial
        and drafts
        and verb
        and verb not in lx.WRITING_VERBS
    ):
        # "his representative confirmed to Billboard … “…,” the representative said": an
        # interview whose author the story leaves unnamed takes the unnamed speaker after it.
        last = drafts[-1]
        if (
            last.kind == "interview"
            and last.author is None
            and (last.paragraph == para or (last.report.agent and para - last.paragraph == 1))
        ):
            post = len(drafts) - 1
    if (
        post is None
        and not r.partial
        and speaker is not None
        and verb
        and verb not in lx.WRITING_VERBS
        and n > 0
        and records[n - 1].post is not None
        and records[n - 1].post == len(drafts) - 1
        and drafts[-1].kind == "interview"
        and records[n - 1].span.paragraph == para
        and _sentences_apart(lay, records[n - 1].span.open_at, r.span.open_at) <= 1
    ):
        # "“…,” Bell said. Co-star Nina Shaw denied it: “…”": an exchange on the show just quoted.
        post = records[n - 1].post
    if post is None and r.rule == "unnamed" and drafts:
        # "In a statement, the family thanked … “…,” the family said": the statement of that paragraph.
        last = drafts[-1]
        if last.kind == "statement" and last.paragraph == para and last.author is None:
            post = len(drafts) - 1
    if post is None and not r.partial and verb.startswith("tweet") and a.clause_start >= 0:
        # "“…,” he tweeted": the verb itself reports a post on Twitter when no post of the
        # speaker's was reported before.
        rep = px.Report(
            a.clause_start,
            a.clause_end,
            lay.sentence_of(a.clause_start),
            "quote-media",
            "Twitter",
            "tweet",
            speaker,
            _as_tuple(r.speaker),
        )
        post = _take_report(rep, drafts, lay).number - 1
    if post is None and drafts and not r.partial:
        # "A friend can be heard yelling, “…”": a voice heard in the video just reported.
        sentence = lay.sentence_of(r.span.open_at)
        if _HEARD.search(lay.narration, max(sentence[0], r.span.open_at - 120), r.span.open_at):
            for i in range(len(drafts) - 1, max(-1, len(drafts) - 4), -1):
                d = drafts[i]
                if para - d.paragraph > 2:
                    break
                if px.is_video(d.platform, d.what):
                    post = i
                    break
    if (
        post is not None
        and n not in claimed
        and verb not in lx.WRITING_VERBS  # (what is written is not said in person)
        and _in_person_since(records, drafts[post], r, lay, occasions)
    ):
        post = None  # "Later, at a rally in Ohio, Blake struck a different tone. “…,” he said."
    r.post = post
    if post is not None:
        drafts[post].quotes.append(n)


# Occasions where people speak in person, not through a post: once the story moves to one, the
# speaker's quotes that follow come from it, not from the post reported before.
_IN_PERSON = re.compile(
    # (The look-ahead names the letters the first alternative starts with: the engine rules
    # most places out with it before trying the rest. It covers the first alternative only.)
    r"(?=[AaBbDdIiOotg])\b(?:[Aa]t|[Dd]uring|[Aa]fter|[Bb]efore|[Ii]n|[Oo]n)\s+"
    r"(?:a|an|the|his|her|their|its|this|that|[\w]+[’']s)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:rally|rallies|town hall|meeting|premiere|concert|ceremony|funeral|"
    r"memorial|vigil|hearing|trial|practice|locker room|speech|commencement|gala|festival|summit|"
    r"game|match|race|win|loss|victory|defeat|"
    r"convention|campaign stop|fundraiser|protest|march|parade|sermon|red carpet|book signing|"
    r"courtroom|Senate floor|House floor|sidelines|press gaggle|news conference|press conference|"
    r"briefing|earnings call|conference call|call with analysts|call with investors|conference|"
    r"lecture|panel|symposium|seminar|press event|launch event|fan meeting|screening)\b|\b[Ii]n\s+court\b|"
    r"\b(?:addressed|addressing|told|telling|greeted|thanked|thanking)\s+(?:the\s+)?(?:crowd|"
    r"fans|audience|supporters|reporters|mourners|graduates|students|delegates|lawmakers|jurors|"
    r"court|them)\b"
)


# Words one of which every match of _IN_PERSON holds: its occasions ("rall" for rally and
# rallies, "conference" and "call with" for the calls, "floor" for the chambers'), "court" and its
# audiences. A sentence without any holds no occasion, which a scan for these plain words tells
# several times faster than the pattern (which tries its long list of occasions after every
# "in the", "at a", "on her" …).
_IN_PERSON_WORDS = re.compile(
    word_trie(
        [
            *lx.words(
                """rall meeting premiere concert ceremony funeral memorial vigil hearing trial
                practice speech commencement gala festival summit game match race win loss victory
                defeat convention fundraiser protest march parade sermon court floor sidelines
                conference lecture panel symposium seminar briefing crowd fans audience
                supporters reporters mourners graduates
                students delegates lawmakers jurors them event screening"""
            ),
            "town hall",
            "locker room",
            "campaign stop",
            "red carpet",
            "book signing",
            "press gaggle",
            "earnings call",
            "call with",
        ]
    )
)
_RECALLED = re.compile(
    r"\b(?:recalled|recalls|remembered|remembers|recounted|described|describes)\b"
)


def _in_person_since(
    records: list[_Record],
    draft: px.PostDraft,
    r: _Record,
    lay: Layout,
    occasions: dict[tuple[int, int], list[int]],
) -> bool:
    """Whether the story moved to an in-person occasion (a rally, a premiere, the locker room)
    after the post's report and its last quote: in this quote's own sentence, or in the sentence
    opening its paragraph ("Later that day, at a rally in Ohio, Blake struck a different tone")
    unless that sentence recalls the occasion ("At the funeral, she recalled, …").
    ``occasions`` keeps each sentence's occasions once found."""
    anchor = draft.report.sentence[1]
    if draft.quotes:
        last = records[draft.quotes[-1]].span
        anchor = max(anchor, (last.close_at or last.end) + 1)
    own = lay.sentence_of(r.span.open_at)
    if anchor < own[1] and any(at >= anchor for at in _occasions_in(lay, own, occasions)):
        return True
    para_lo = lay.paragraphs[r.span.paragraph][0]
    before = _sentence_before(lay, own, para_lo)
    if (
        before is not None
        and anchor <= before[0]
        and any(
            _OCCASION_LEAD.fullmatch(lay.narration, before[0], at)
            for at in _occasions_in(lay, before, occasions)
        )
        # (a move on in time, "At a news conference later,"; not background, "After the match,
        # fans had chanted", nor the post's own account, "At the rally, he said, police had …")
        and _LATER.search(lay.narration, before[0], before[1])
        and not _HAD.search(lay.narration, before[0], _that_or_end(lay.narration, before))
        and not _RECALLED.search(lay.narration, before[0], before[1])
    ):
        # "At a news conference later, he was more cautious. “…,” Varghese said.": the sentence
        # before the quote's opens at an occasion after the post.
        return True
    opening = lay.sentence_of(_first_visible(lay.text, para_lo))
    return (
        opening != own
        and anchor <= opening[0]
        and bool(_occasions_in(lay, opening, occasions))
        and not _RECALLED.search(lay.narration, opening[0], opening[1])
    )


# What may come before an occasion that opens a sentence: nothing, or one leading phrase and
# its comma ("Later that day, at a rally"; not "He scored twice in the match").
_LATER = re.compile(r"\b(?:later|afterwards|afterward|then)\b")
# ("he cautioned that no kidney had lasted": a "had" in what is reported after "that" is no
# background)
_HAD = re.compile(r"\bhad\b")
_THAT = re.compile(r"\bthat\b")


def _that_or_end(narration: str, sentence: tuple[int, int]) -> int:
    found = _THAT.search(narration, *sentence)
    return found.start() if found else sentence[1]


_OCCASION_LEAD = re.compile(r"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2},\s+)?")


def _sentence_before(lay: Layout, own: tuple[int, int], para_lo: int) -> tuple[int, int] | None:
    """The sentence before ``own`` in its paragraph, or None when ``own`` opens it."""
    pos = own[0] - 1
    while pos > para_lo and lay.narration[pos].isspace():
        pos -= 1
    if pos <= para_lo:
        return None
    before = lay.sentence_of(pos)
    return before if before != own and before[0] >= para_lo else None


def _occasions_in(
    lay: Layout, sentence: tuple[int, int], occasions: dict[tuple[int, int], list[int]]
) -> list[int]:
    found = occasions.get(sentence)
    if found is None:
        found = (
            [m.start() for m in _IN_PERSON.finditer(lay.narration, *sentence)]
            if _IN_PERSON_WORDS.search(lay.narration, *sentence)
            else []
        )
        occasions[sentence] = found
    return found


_HEARD = re.compile(
    r"\b(?:(?:can|could)\s+be|is|was|are|were)\s+heard\b|"
    r"\bin\s+the\s+(?:video|clip|footage|recording|livestream|reel)\b"
)
_AUDIENCES = (
    r"reporters|journalists|crowd|supporters|audience|lawmakers|fans at|students|mourners|"
    r"protesters|workers"
)
_COMMENTED_POSTS = r"post|video|photo|tweet|clip|picture|reel|story|announcement"
_TO_AUDIENCE = re.compile(
    # ("Asked by reporters at Queen’s Park whether …, Fairweather said:": questions in the room)
    rf"\b(?:(?:told|telling|to)\s+(?:(?:the|a|her|his|their)\s+)?(?:{_AUDIENCES})|"
    # (not "Asked by reporters from the paper": an interview's own)
    r"(?:[Aa]sked|[Qq]uestioned|[Pp]ressed)\s+by\s+reporters\b(?!\s+(?:from|of|for)\b))"
)
# The audiences every match of _TO_AUDIENCE ends with, and the posts every match of _COMMENT_ON
# ends with: a clause without one has no match, which a scan for the plain words tells faster
# than the patterns, tried after every "to", "on" and "under".
_AUDIENCE_WORDS = re.compile(_AUDIENCES)
_INTERVIEW_BEFORE = re.compile(r"\binterview\b")
_BY_PHONE = re.compile(
    r"\b(?:said|says|added|adds|told\s+\w+)\s+(?:by|over\s+the)\s+(?:tele)?phone\b"
)
_COMMENT_ON_WORDS = re.compile(_COMMENTED_POSTS)
_UPDATE_IN_THE_POST = re.compile(
    r"[\w\s]*?\bupdates?\s+(?:in|on|to|under)\s+(?:the|that|her|his|their)\s+(?P<noun>thread|post)\b"
)
# "“…,” one comment read.": a commenter's words under the post, not its author's.
_A_COMMENT_SPEAKS = re.compile(r"\b(?:comment|reply|response)\s+$")
_ANSWERABLE = frozenset({"social", "quote-media", "shared-on-date"})
_ORGANISATION_AGAIN = re.compile(
    rf"\s*The\s+(?:[a-z]+\s+)?(?:{word_trie(lx.ORG_NOUNS | lx.words('commission council committee office government'))})\s+"
    r"(?:also\s+)?(?:said|says|added|adds|noted|notes|stated|states)\b"
)
_DOCUMENT_NAMED_AGAIN = re.compile(
    r"\s*(?:The|Its|Their|Her|His)\s+(?:[\w-]+[’']s?\s+)?(?:[a-z]+\s+)?"
    r"(?P<noun>statement|letter|memo|lawsuit|complaint|filing|report|release|email|ruling|opinion)\s"
)
_IN_THE_MEDIUM = re.compile(
    r"\b(?:in|on|during)\s+the\s+(?:same\s+)?(?P<noun>profile|interview|episode|podcast|essay|"
    r"newsletter|op-ed|column)\b"
)
_POSTER_NAMED = re.compile(
    r"\bwho\s+(?:posted|filmed|shared|uploaded)\s+(?:it|the\s+(?:video|clip|post|footage))"
    r"\s*,\s+(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
    # ("In the 18-minute video, posted to his channel on May 3, Desmond Achterberg goes through
    # …": the one the video shows doing something)
    r"|\bIn\s+the\s+(?:[\w-]+\s+){0,2}?video\s*,\s+(?:[^,\x00]{1,80},\s+)?"
    r"(?P<shown>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})\s+(?:[a-z]+s|[a-z]+ed)\b"
)
_POSTER_SCAN = OpeningScan([_POSTER_NAMED])  # (from its opening words: the same matches)
_ITS_AUTHOR = re.compile(
    # (The word boundary before "Its" or "The" is checked after its first letter, "I(?<!\wI)":
    # a pattern that opens with plain letters lets the engine skip ahead to an I or a T.)
    r"(?:I(?<!\wI)ts|T(?<!\wT)he\s+(?:post|thread|video|letter)[’']s)\s+(?:author|writer|creator|poster)"
    r"(?:\s+(?:turned\s+out\s+to\s+be|was|is)|,)\s+"
    # ("Its author was Dr. Mariana Coutinho", "Its author, the Leeds cardiologist Sanjay
    # Raghunathan,": a title, or a role with where they work, before the name)
    r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Rev|Sen|Rep|Gov)\.?\s+|the\s+(?:[A-Z][\w’'-]*\s+)?[a-z][\w’'-]*\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſ][\w’'-]*){0,3})"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_WRITTEN_PIECES = px.PIECE_NOUNS | lx.words("piece")
_WRITTEN_TO_OUTLET = re.compile(r"\b(?:email|e-mail|text message|message|letter|statement)\b")
_IT_SAID = re.compile(r"[\s,]*it\s+(?:said|says|read|reads)\b")
# ("Raghunathan replied beneath his comment that …": the author, under her own post)
_UNDER_A_COMMENT = re.compile(
    r"\b(?:beneath|under|below)\s+(?:his|her|their|the|a|that|one)\s+(?:[\w-]+\s+)?comment\b"
)
_ANSWERING_A_COMMENTER = re.compile(
    r"\b(?:[Rr]eplying|[Rr]esponding|[Aa]nswering)\s+(?:to\s+)?(?:an?|one|another)\s+"
    r"(?:[\w-]+\s+)?(?:commenter|viewer|follower|user|fan)\b"
)
_BACK_AFTER_VERB = re.compile(r"\s+back\b")
_POSTING_VERBS = lx.words("posted posts tweeted tweets")
_REPLY_VERBS = lx.words("commented comments replied replies responded responds")
_REPLY_IN_SENTENCE = re.compile(
    r"\b(?:replied|replies|responded|responds|commented)\b"
    # "In a comment beneath the post, …": the sentence opens with the comment.
    r"|^\s*(?:[Ii]n|[Uu]nder)\s+(?:a|one|another|his|her|their)\s+(?:[\w-]+\s+)?(?:comment|reply)\b"
)


_COMMENT_ON = re.compile(
    # ("commented under the designer’s post": the one the description names)
    r"\b(?:[Oo]n|[Uu]nder|[Bb]eneath|[Bb]elow|to)\s+(?:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|"
    r"the\s+[a-z][\w-]*)[’']s|"
    # ("commented under her post": hers, the woman named before)
    r"(?P<pronoun>her|his))\s+"
    rf"(?:[\w-]+\s+)?(?:{_COMMENTED_POSTS})\b"
)


def _owners_post(
    r: _Record, speaker: int | None, drafts: list[px.PostDraft], platform: str | None
) -> int | None:
    """The post of the one a comment is left under, on the platform its report names."""
    if r.comment_on is None or r.comment_on == speaker:
        return None
    theirs = [
        i
        for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1)
        if drafts[i].author == r.comment_on and drafts[i].kind in _ANSWERABLE
    ]
    on_platform = [i for i in theirs if platform is None or drafts[i].platform == platform]
    return (on_platform or [None])[0]


# "Under the LinkedIn post,", "Beneath that video,": the sentence opens under a post named again.
_UNDER_THE_POST = re.compile(
    r"\s*(?:Under|Beneath|Below)\s+(?:the|that)\s+(?:[\w-]+\s+)?"
    r"(?:post|video|photo|tweet|clip|picture|reel)\s*,"
)


# "replied under the company’s LinkedIn post:", "In a reply under the Reddit thread,": a post
# named again, with the words of someone who answers under it (not "under his own video", nor
# "under the first post", which says which of several).
_REPLIED_UNDER = re.compile(
    r"\b(?:replied|responded|commented|wrote\s+back|[Aa]n?\s+(?:[\w-]+\s+)?(?:reply|comment))\s+"
    r"(?:under|beneath|below)\s+(?:the|that)\s+(?:[a-z][\w-]*[’']s\s+)?(?:[A-Z][\w-]*\s+)?"
    r"(?:post|video|photo|tweet|clip|picture|reel|thread)\b"
)


def _post_above(
    r: _Record, speaker: int | None, drafts: list[px.PostDraft], platform: str | None, lay: Layout
) -> int | None:
    """The post a sentence opening "Under the … post," names again, when someone else writes."""
    if not drafts:
        return None
    a = r.attribution
    if not _UNDER_THE_POST.match(lay.narration, lay.sentence_of(r.span.open_at)[0]) and not (
        a.clause_start >= 0 and _REPLIED_UNDER.search(lay.narration, a.clause_start, a.clause_end)
    ):
        return None
    for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1):
        d = drafts[i]
        if d.kind in _ANSWERABLE and (platform is None or d.platform == platform):
            return i if d.author is None or d.author != speaker else None
    return None


def _comments_go_on_in_their_sentence(records: list[_Record], lay: Layout) -> None:
    """A fragment in the sentence of a comment, by its commenter and under the same post, is
    part of the comment (“…,” she wrote, adding that the change was made “for pacing”): it says
    nothing of who wrote the post."""
    sentence_end = -1
    commenters: set[tuple[int, object]] = set()  # (post, speaker) with a comment in the sentence
    for r in records:
        if r.span.open_at >= sentence_end:
            sentence_end = lay.sentence_of(r.span.open_at)[1]
            commenters = set()
        if r.post is None:
            continue
        key = (r.post, r.speaker)
        if r.comment:
            commenters.add(key)
        elif key in commenters:
            r.comment = True


def _commented_post(
    r: _Record, speaker: int | None, verb: str, drafts: list[px.PostDraft], lay: Layout
) -> int | None:
    """A comment under a post: in a run of comments the story opened, or with a reply verb."""
    para = r.span.paragraph
    if r.comment_on is not None and r.comment_on != speaker:
        # "commented on Coleridge’s post": under the latest post of that person.
        for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1):
            if drafts[i].author == r.comment_on and drafts[i].kind in _ANSWERABLE:
                return i
    last = drafts[-1]
    if last.comment_mode_until >= r.span.open_at and speaker not in last.participants:
        return len(drafts) - 1
    for i in range(len(drafts) - 2, max(-1, len(drafts) - 4), -1):
        # (comments opened in this paragraph under the post discussed, not the last reported)
        d = drafts[i]
        if (
            r.span.open_at <= d.comment_mode_until <= lay.paragraphs[para][1]
            and speaker not in d.participants
            # (not once a new post is reported in this paragraph: "… in a post of her own")
            and all(later.report.start < lay.paragraphs[para][0] for later in drafts[i + 1 :])
        ):
            return i
    a = r.attribution
    clause = lay.narration[a.clause_start : a.clause_end] if a.clause_start >= 0 else ""
    if r.partial:
        # "replied to the post, saying fares “reflect demand”"; not "declined to comment".
        if not _REPLY_IN_SENTENCE.search(clause):
            return None
        verb = "replied"
    in_comments = "comment" in clause or " reply" in clause
    if verb not in _REPLY_VERBS and not in_comments:
        return None
    if speaker is not None and (
        _ANSWERING_A_COMMENTER.search(clause) or _UNDER_A_COMMENT.search(clause)
    ):
        # "Replying to a commenter who asked about cats, she wrote: “…”": the author, in the
        # thread under her own post.
        for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1):
            if drafts[i].author == speaker and drafts[i].kind in _ANSWERABLE:
                return i
    for i in range(len(drafts) - 1, max(-1, len(drafts) - 6), -1):
        d = drafts[i]
        if para - d.paragraph > 2:
            break
        if d.kind in _ANSWERABLE and speaker not in d.participants:
            return i
    return None


def _latest_by(
    drafts: list[px.PostDraft],
    speaker: int,
    para: int,
    kinds: frozenset[str] | set[str],
    window: int = 2,
    video: bool = False,
) -> int | None:
    found: list[int] = []
    for i in range(len(drafts) - 1, max(-1, len(drafts) - 12), -1):
        d = drafts[i]
        if para - d.paragraph > window:
            break
        unnamed_panel = (
            (d.kind == "interview" or d.report.agent) and d.author is None and not d.participants
        )
        if d.kind in kinds and (d.author == speaker or speaker in d.participants or unnamed_panel):
            if video and not px.is_video(d.platform, d.what):
                continue
            found.append(i)
    # The latest reported, or named again later ("On the podcast, she said …" after an
    # interview reported in between).
    return max(
        found, key=lambda i: max([drafts[i].report.start, *drafts[i].mentions]), default=None
    )
