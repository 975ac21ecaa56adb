"""Split the text of a block into sentences, and an inline list into its items.

Works on character offsets only, so every sentence and item keeps its place in the
block. Knows nothing of modal words, parties or rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words that end with a full stop without ending the sentence. Lower case, with the stop.
_ABBREVIATED = """
    e.g. i.e. etc. viz. cf. al. no. nos. ltd. inc. co. corp. plc. llc. llp. pty. bhd.
    s.a. n.v. b.v. s.r.l. s.p.a. a.g. u.s. u.k. e.u. u.n. u.s.a. u.s.c. c.f.r. art.
    arts. cl. cll. para. paras. sch. sched. sec. secs. ss. s. p. pp. mr. mrs. ms. dr.
    prof. st. v. vs. approx. ref. reg. regs. dept. govt. incl. max. min. dir. ch. chap.
    pt. vol. fig. op. cit. ibid. id. jan. feb. mar. apr. jun. jul. aug. sep. sept. oct.
    nov. dec.
"""
ABBREVIATIONS = frozenset(_ABBREVIATED.split())

# A full stop (or ? !), closing quotes or brackets, space, then what can start a sentence.
_BOUNDARY = re.compile(r"[.!?][\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"^(?:[A-Za-z]\.){2,}$")

# An inline list label: "(a)", "(ii)", "(3)", preceded by a space, a colon or a dash
# (or at the start of the text). The expression starts with its "(", so the regex engine
# jumps from one bracket to the next; what comes before is checked in Python.
_INLINE_LABEL = re.compile(r"\((?P<l>[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)\s+")
_BEFORE_LABEL = frozenset(":;—–-")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_TRAILING_JOIN = re.compile(r"(?:[;,]\s*(?:and|or|and/or)?|\s+(?:and|or))\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range of character offsets in a block's text."""

    start: int
    end: int


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """The sentences of ``text[start:end]``, as spans trimmed of surrounding space.

    >>> [text[s.start:s.end] for text in ["It is. No. 5 is not, e.g. here. Yes."]
    ...  for s in split_sentences(text)]
    ['It is.', 'No. 5 is not, e.g. here.', 'Yes.']
    """
    stop = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, stop):
        if _is_abbreviation(text, begin, m.start()):
            continue
        _add(text, begin, m.start() + 1, spans)
        begin = m.end()
    _add(text, begin, stop, spans)
    return spans


def _is_abbreviation(text: str, begin: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` belongs to the word before it."""
    if text[stop] != ".":
        return False
    # The run of non-space characters that ends with the stop, found from the stop
    # backwards (searching "\S+$" from ``begin`` would walk the whole sentence).
    first = stop
    while first > begin and not text[first - 1].isspace():
        first -= 1
    word = text[first : stop + 1].lstrip('("“‘[').lower()
    return word in ABBREVIATIONS or (bool(_INITIAL.match(word)) and len(word) <= 4)


def _add(text: str, begin: int, end: int, spans: list[Span]) -> None:
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end > begin:
        spans.append(Span(begin, end))


@dataclass(frozen=True, slots=True)
class InlineList:
    """A sentence written as a lead-in and "(a) ...; (b) ...; and (c) ..." items."""

    lead_in: Span
    items: tuple[Span, ...]


def inline_list(text: str, sentence: Span) -> InlineList | None:
    """The inline list in a sentence, if it has one of at least two consecutive items.

    Labels must follow each other ("(a)" then "(b)", "(i)" then "(ii)", "(1)" then "(2)")
    and each item must have a few words: "paragraphs (a) and (b) of clause 4" is a
    reference, not a list. Words after the last item stay with the last item.
    """
    labels = inline_labels(text, sentence.start, sentence.end)
    if len(labels) < 2:
        return None
    run = _consecutive(labels)
    if len(run) < 2:
        return None
    items = []
    for i, m in enumerate(run):
        end = run[i + 1].start() if i + 1 < len(run) else sentence.end
        piece = text[m.end() : end]
        trimmed = _TRAILING_JOIN.sub("", piece) if i + 1 < len(run) else piece
        item = Span(m.end(), m.end() + len(trimmed.rstrip()))
        if len(text[item.start : item.end].split()) < 2:
            return None
        items.append(item)
    lead = Span(sentence.start, run[0].start())
    if not text[lead.start : lead.end].strip():
        return None
    return InlineList(lead, tuple(items))


def inline_labels(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The inline list labels in ``text[start:end]``: "(a) " after a space, a colon, a
    semicolon or a dash, or at the very start of the text."""
    return [
        m
        for m in _INLINE_LABEL.finditer(text, start, end)
        if m.start() == 0 or text[m.start() - 1] in _BEFORE_LABEL or text[m.start() - 1].isspace()
    ]


def _consecutive(labels: list[re.Match[str]]) -> list[re.Match[str]]:
    """The first run of labels that count up from (a), (i) or (1)."""
    for i, first in enumerate(labels):
        series = _series(first.group("l"))
        if series is None:
            continue
        run = [first]
        for m in labels[i + 1 :]:
            if m.group("l") == _nth(series, len(run)):
                run.append(m)
        if len(run) >= 2:
            return run
    return []


def _series(label: str) -> str | None:
    return {"a": "alpha", "i": "roman", "1": "number"}.get(label)


def _nth(series: str, n: int) -> str:
    if series == "alpha":
        return chr(ord("a") + n) if n < 26 else ""
    if series == "roman":
        return _ROMAN[n] if n < len(_ROMAN) else ""
    return str(n + 1)
