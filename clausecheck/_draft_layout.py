"""Lay out rendered model wording: paragraphs, numbering, cross-references, text and Markdown.

The clause templates mark where each paragraph starts (``{{ para("OV3") }}``,
``{{ item() }}`` ...) and where a cross-reference goes (``{{ ref("OV4", "this
Agreement") }}``). The marks are control characters that no party name can contain
(``drafting.py`` refuses such names), so nothing a user types can start a paragraph or
forge a reference. This module turns the rendered string into numbered paragraphs in
one numbering style, drops definitions nobody uses, resolves references, and writes
plain text or Markdown. It renders no template and knows nothing of rules or reports;
Word output is ``_draft_docx.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache

from clausecheck._markdown_escape import escape_markdown
from clausecheck._numerals import letter, roman
from clausecheck.errors import DraftError

MARK, END, REF = "\x1e", "\x1f", "\x1d"
_REFERENCE = re.compile(f"{REF}([^{END}{REF}]*){END}([^{REF}]*){REF}")
# Python's str.split() counts the mark characters as white space: never use it here.
_SPACES = re.compile(r"[ \t\r\n\f\v]+")


class Kind(StrEnum):
    """What a paragraph is, which decides its numbering level."""

    TITLE = "title"  # "SCHEDULE 9 – HUMAN RIGHTS": unnumbered
    HEADING = "heading"  # "3. HUMAN RIGHTS DUE DILIGENCE": level 1
    PARA = "para"  # "3.2": level 2
    ITEM = "item"  # "(a)": level 3
    SUBITEM = "subitem"  # "(i)": level 4
    ENTRY = "entry"  # one definition, unnumbered, under its lead-in
    TEXT = "text"  # an unnumbered paragraph at level 2


_LEVEL = {
    Kind.TITLE: 0,
    Kind.HEADING: 1,
    Kind.PARA: 2,
    Kind.TEXT: 2,
    Kind.ITEM: 3,
    Kind.ENTRY: 3,
    Kind.SUBITEM: 4,
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Paragraph:
    """One paragraph of drafted wording, numbered and with references resolved."""

    kind: Kind
    text: str
    label: str | None = None  # as the reader sees it: "3.2", "(a)", "Article 28"
    anchor: str | None = None  # a rule id or a name a reference can point to
    numbers: tuple[int, ...] = ()  # (heading, para, item, subitem) counters, for Word

    @property
    def level(self) -> int:
        return _LEVEL[self.kind]


# ---------------------------------------------------------------------------
# Template globals: the marks templates write
# ---------------------------------------------------------------------------


def _mark(kind: Kind, anchor: str | None = None) -> str:
    return f"{MARK}{kind}|{anchor or ''}{END}"


def template_globals() -> dict[str, object]:
    """The functions templates call to start paragraphs and write cross-references."""

    def ref(anchor: str, fallback: str) -> str:
        return f"{REF}{anchor}{END}{fallback}{REF}"

    return {
        "title": lambda: _mark(Kind.TITLE),
        "heading": lambda anchor=None: _mark(Kind.HEADING, anchor),
        "para": lambda anchor=None: _mark(Kind.PARA, anchor),
        "item": lambda anchor=None: _mark(Kind.ITEM, anchor),
        "subitem": lambda anchor=None: _mark(Kind.SUBITEM, anchor),
        "entry": lambda term: _mark(Kind.ENTRY, term) + f'"{term}"',
        "text": lambda: _mark(Kind.TEXT),
        "ref": ref,
    }


# ---------------------------------------------------------------------------
# Numbering styles
# ---------------------------------------------------------------------------

STYLES = ("decimal", "clause", "article", "section")


# The number a drafter fills in when the new clause's number is not known ("[●].2").
BLANK = "[●]"


@dataclass(frozen=True, slots=True, kw_only=True)
class Numbering:
    """How paragraphs are numbered and cited.

    ``schedule``: 1. / 1.1 / (a) / (i), cited "paragraph 1.1".
    ``decimal``: 27. / 27.1, cited "clause 27.1". ``clause``: Clause 27 / 27.1, cited
    "Clause 27.1". ``article``: Article 28 / (1), cited "Article 28(1)". ``section``:
    ARTICLE XXVIII / Section 28.01, cited "Section 28.01". A heading numbered 0 is one
    whose number is not known yet: it is written ``[●]``, as drafters mark a blank.
    """

    style: str = "schedule"
    first: int = 1  # the number of the first heading; 0: left blank

    @property
    def part(self) -> str:
        """How the drafted text names itself: "this Schedule", "this Clause 27" ..."""
        head = self._head(self.first)
        return {
            "schedule": "this Schedule",
            "decimal": f"this Clause {head}",
            "clause": f"this Clause {head}",
            "article": f"this Article {head}",
            "section": f"this Article {head}",
        }[self.style]

    def _head(self, number: int) -> str:
        if number == 0:
            return BLANK
        return roman(number).upper() if self.style == "section" else str(number)

    def label(self, kind: Kind, numbers: tuple[int, ...]) -> str | None:
        """The label printed before a paragraph."""
        if kind is Kind.HEADING:
            head = self._head(numbers[0])
            return {
                "schedule": f"{head}.",
                "decimal": f"{head}.",
                "clause": f"Clause {head}",
                "article": f"Article {head}",
                "section": f"ARTICLE {head}",
            }[self.style]
        if kind is Kind.PARA:
            head, para = numbers[:2]
            if self.style == "article":
                return f"({para})"
            if self.style == "section":
                return f"Section {head or BLANK}.{para:02d}"
            return f"{head or BLANK}.{para}"
        if kind is Kind.ITEM:
            return f"({letter(numbers[2])})"
        if kind is Kind.SUBITEM:
            return f"({roman(numbers[3])})"
        return None

    def citation(self, numbers: tuple[int, ...]) -> str:
        """How another paragraph cites this one: "paragraph 3.2(a)", "Article 28(2)"."""
        head, para, item, sub = (*numbers, 0, 0, 0, 0)[:4]
        tail = (f"({letter(item)})" if item else "") + (f"({roman(sub)})" if sub else "")
        if self.style == "article":
            return f"Article {head or BLANK}" + (f"({para})" if para else "") + tail
        if self.style == "section":
            core = f"Section {head or BLANK}.{para:02d}" if para else f"Article {self._head(head)}"
            return core + tail
        word = {"schedule": "paragraph", "decimal": "clause", "clause": "Clause"}[self.style]
        return f"{word} {head or BLANK}" + (f".{para}" if para else "") + tail


# ---------------------------------------------------------------------------
# Rendered string → paragraphs
# ---------------------------------------------------------------------------


def lay_out(rendered: str, numbering: Numbering, *, source: str) -> tuple[Paragraph, ...]:
    """Split rendered wording into numbered paragraphs with references resolved.

    Definitions (``entry``) whose term no other paragraph uses are dropped, and a
    definitions lead-in left with no entry goes with them.

    Raises:
        DraftError: the template wrote text outside a paragraph, or a reference points
            at an anchor twice defined.
    """
    raw = _split(rendered, source)
    raw = _drop_unused_definitions(raw)
    return _resolve(_number(raw, numbering), numbering, source)


def _split(rendered: str, source: str) -> list[Paragraph]:
    head, *chunks = rendered.split(MARK)
    if head.strip():
        raise DraftError(
            f"text outside any paragraph: {head.strip()[:60]!r}",
            path=source,
            hint="start every paragraph with para(), item() ... in the template",
        )
    paragraphs = []
    for chunk in chunks:
        header, _, body = chunk.partition(END)
        kind, _, anchor = header.partition("|")
        text = _SPACES.sub(" ", body).strip()
        paragraphs.append(Paragraph(kind=Kind(kind), text=text, anchor=anchor or None))
    return paragraphs


def _drop_unused_definitions(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Keep the definitions of the terms the operative text uses, and those they use."""
    entries = {p.anchor: p.text for p in paragraphs if p.kind is Kind.ENTRY and p.anchor}
    if not entries:
        return paragraphs
    uses = _term_pattern(tuple(entries))
    body = " ".join(_REFERENCE.sub(r"\2", p.text) for p in paragraphs if p.kind is not Kind.ENTRY)
    used: set[str] = set()
    pending = [body]
    while pending:
        for term in set(uses.findall(pending.pop())) - used:
            used.add(term)
            pending.append(entries[term].split(" means ", 1)[-1])
    kept = [p for p in paragraphs if p.kind is not Kind.ENTRY or p.anchor in used]
    # A lead-in ("In this Schedule:") followed by no entry has nothing left to introduce.
    return [
        p
        for i, p in enumerate(kept)
        if not (
            p.anchor == "definitions" and (i + 1 == len(kept) or kept[i + 1].kind is not Kind.ENTRY)
        )
    ]


def defined_terms(paragraphs: tuple[Paragraph, ...]) -> tuple[str, ...]:
    """The terms that the definition entries among ``paragraphs`` define, in order."""
    return tuple(p.anchor for p in paragraphs if p.kind is Kind.ENTRY and p.anchor)


def uses(text: str, terms: tuple[str, ...]) -> set[str]:
    """The defined terms that ``text`` uses ("Impacts" uses "Impact")."""
    return set(_term_pattern(terms).findall(text)) if terms else set()


@lru_cache(maxsize=64)
def _term_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for every defined term, longest first, plural allowed ("Impacts")."""
    ordered = sorted(terms, key=len, reverse=True)
    return re.compile(r"(?<!\w)(" + "|".join(map(re.escape, ordered)) + r")s?(?!\w)")


def _number(paragraphs: list[Paragraph], numbering: Numbering) -> list[Paragraph]:
    counters = [numbering.first - 1, 0, 0, 0]
    out = []
    for p in paragraphs:
        depth = {Kind.HEADING: 0, Kind.PARA: 1, Kind.ITEM: 2, Kind.SUBITEM: 3}.get(p.kind)
        if depth is not None:
            counters[depth] += 1
            counters[depth + 1 :] = [0] * (3 - depth)
        numbers = tuple(counters[: (depth if depth is not None else -1) + 1])
        out.append(replace(p, numbers=numbers, label=numbering.label(p.kind, numbers)))
    return out


def _resolve(
    paragraphs: list[Paragraph], numbering: Numbering, source: str
) -> tuple[Paragraph, ...]:
    anchors: dict[str, tuple[int, ...]] = {}
    for p in paragraphs:
        if p.anchor and p.kind is not Kind.ENTRY:
            if p.anchor in anchors:
                raise DraftError(f"the anchor {p.anchor!r} is used twice", path=source)
            anchors[p.anchor] = p.numbers

    def cite(match: re.Match[str]) -> str:
        numbers = anchors.get(match.group(1))
        return numbering.citation(numbers) if numbers else match.group(2)

    return tuple(
        replace(p, text=_REFERENCE.sub(cite, p.text)) if REF in p.text else p for p in paragraphs
    )


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------


def to_text(paragraphs: tuple[Paragraph, ...], numbering: Numbering) -> str:
    """Plain text a lawyer can paste: one paragraph per line, blank lines between.

    Headings are in capitals, as plain-text contracts write them; items are indented.
    Names are written as given: plain text needs no escaping.
    """
    lines = []
    for p in paragraphs:
        if p.kind is Kind.TITLE:
            lines.append(p.text.upper())
        elif p.kind is Kind.HEADING:
            text = p.text.upper() if numbering.style != "article" else p.text
            joiner = " " if p.label and p.label.endswith(".") else " – "
            lines.append(f"{p.label}{joiner}{text}")
        else:
            indent = " " * 4 * max(p.level - 2, 0)
            lines.append(f"{indent}{p.label} {p.text}" if p.label else f"{indent}{p.text}")
    return "\n\n".join(lines) + "\n"


def to_markdown(paragraphs: tuple[Paragraph, ...], numbering: Numbering) -> str:
    """Markdown: the title and headings as headings, every other paragraph as one line.

    The text of each paragraph is escaped, so that a party name such as ``*Acme* [Ltd]``
    or ``A & B <C>`` shows literally instead of turning into emphasis, a link or HTML.
    The templates' own wording has no Markdown syntax, so the escaping only ever changes
    characters that came from a name.
    """
    lines = []
    for p in paragraphs:
        text = escape_markdown(p.text)
        if p.kind is Kind.TITLE:
            lines.append(f"## {text}")
        elif p.kind is Kind.HEADING:
            joiner = " " if p.label and p.label.endswith(".") else " – "
            lines.append(f"### {p.label}{joiner}{text}")
        else:
            lines.append(f"{p.label} {text}" if p.label else text)
    return "\n\n".join(lines) + "\n"
