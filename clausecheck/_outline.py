"""Find each block's own label and heading, and compose the full label a reader cites.

``read_head`` looks at one block: the label written at its start (or Word's automatic
label), where the clause text begins, and whether the block is a heading or opens with a
short title. ``Outline`` keeps the open levels of the numbering ("13" > "13.4" > "(a)")
and turns them into citations: "13.4(a)", "Article 5(2)(b)", "Section 4.02(c)",
"Schedule 4, paragraph 7". Knows nothing of regions, definitions or parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from clausecheck._shapes import (
    LETTER,
    ROMAN,
    UPPER_LETTER,
    UPPER_ROMAN,
    Label,
    Sub,
    parse_label,
)
from clausecheck.model import Block, BlockKind

# A candidate label at the start of a block; Lark decides whether it really is one.
_ENCLOSED = r"\((?:\d{1,3}|[a-z]{1,5}|[A-Z]{1,4})\)"
_CANDIDATE = re.compile(
    rf"""(?:
        (?i:article|section|clause|paragraph)\s*(?:\d{{1,4}}(?:\.\d{{1,4}})*\.?|[IVXL]{{1,7}}\b)
            (?:\s?{_ENCLOSED})*
      | §\s*\d{{1,4}}(?:\.\d{{1,4}})*(?:{_ENCLOSED})*
      | (?i:schedule|annex|appendix|exhibit|attachment|part)
            \s+(?:\d{{1,4}}|[IVXL]{{1,7}}|[A-Z]{{1,2}})\b
      | \d{{1,4}}(?:\.\d{{1,4}})*\.?(?:{_ENCLOSED})*
      | (?:{_ENCLOSED})+
      | (?:\d{{1,2}}|[a-z]{{1,5}}|[A-Z]{{1,4}})\)
      | (?:[A-Z]|[ivx]{{1,5}}|[a-z])\.
    )(?=\s|$)""",
    re.VERBOSE,
)
_SEPARATOR = re.compile(r"\s*[-–—:.|]+\s*|\s+")
_INLINE_TITLE = re.compile(r"([A-Z][^.;:\n]{0,58}?)\.\s+(?=[A-Z\"“(])")
_SMALL_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "of",
        "on",
        "or",
        "per",
        "the",
        "to",
        "with",
        "within",
        "without",
        "under",
        "upon",
        "over",
        "than",
        "that",
        "this",
        "its",
        "their",
        "between",
        "against",
        "after",
        "before",
        "during",
    ]
)
_KEYWORD_CASE = {"§": "Section"}


class Head(NamedTuple):
    """What the start of one block says: its label, title and where the clause text begins."""

    label: Label | None = None
    written: str | None = None  # the label as written or numbered: "(a)", "13.4"
    body_start: int = 0
    title: str | None = None  # the heading text, without the label
    is_heading: bool = False


def is_titleish(text: str) -> bool:
    """A short title in capitals or title case: "HUMAN RIGHTS", "Data Protection".

    >>> is_titleish("Records, Audit Access and Open Book"), is_titleish("The Supplier shall pay")
    (True, False)
    """
    if not text or len(text) > 100 or text[-1] in ",;:":
        return False
    words = text.split()
    if len(words) > 14 or (text[-1] == "." and len(words) > 6):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "(\"“'‘"):
        return False
    if text.isupper():
        return True
    for word in words:
        core = word.strip("()[]\"“”'‘’,.;:-–—&/")
        if core and core[0].isalpha() and core[0].islower() and core.lower() not in _SMALL_WORDS:
            return False
    return True


def is_caps_heading(text: str) -> bool:
    """A short line in capitals: "RECITALS", "SCHEDULE 4", "IN WITNESS WHEREOF"."""
    return (
        len(text) <= 100
        and not text[0].islower()
        and text.isupper()
        and text[-1] not in ",;"
        and sum(c.isalpha() for c in text) >= 3
    )


_HEADING_KIND = BlockKind.HEADING


def read_head(block: Block) -> Head:
    """Read the label, title and heading status at the start of one block."""
    text = block.text
    if block.label:
        label = parse_label(block.label)
        title, heading = _title_of(text, label)
        return Head(label, block.label, 0, title, heading or block.kind is _HEADING_KIND)
    match = _CANDIDATE.match(text) if _could_start_with_label(text) else None
    if match is not None:
        written = match.group()
        label = parse_label(written)
        if label is not None and _is_label_here(label, written, text):
            rest_at = match.end()
            separator = _SEPARATOR.match(text, rest_at)
            body_start = separator.end() if separator else rest_at
            title, heading = _title_of(text[body_start:], label)
            if block.kind is _HEADING_KIND or (label.kind != "enclosed" and text.isupper()):
                heading = heading or bool(title) or body_start >= len(text)
            return Head(label, written, body_start, title, heading)
    heading = (
        block.kind is _HEADING_KIND
        or is_caps_heading(text)
        or (block.style == "md:strong" and len(text) <= 100 and text[-1:] not in ".;,")
    )
    return Head(None, None, 0, _clean_title(text) if heading else None, heading)


_KEYWORDS = frozenset(
    [
        "article",
        "section",
        "clause",
        "paragraph",
        "schedule",
        "annex",
        "appendix",
        "exhibit",
        "attachment",
        "part",
    ]
)


def _could_start_with_label(text: str) -> bool:
    """A cheap look at the first word, so most paragraphs skip the label expression."""
    first = text[:1]
    if first.isdigit() or first in "(§":
        return True
    space = text.find(" ", 0, 12)
    word = text[:space] if space > 0 else text[:12]
    return word.endswith((")", ".")) or word.lower() in _KEYWORDS


def _is_label_here(label: Label, written: str, text: str) -> bool:
    """Whether a label-shaped span really labels the block, not a word of a sentence."""
    rest = text[len(written) :].lstrip()
    if label.kind in {"article", "section", "clause", "paragraph", "schedule", "part"}:
        if not rest or rest[0] in "-–—:.|":
            return True
        if rest[0] == "(":  # "Schedule 4 (Human Rights) forms part" is a sentence
            close = rest.find(")")
            after = rest[close + 1 :].lstrip() if close > 0 else ""
            return not after or not after[0].islower()
        if label.kind in {"schedule", "part"}:
            return is_titleish(rest) or text.isupper()
        return rest[0].isupper() or rest[0] in "\"“'‘"
    if (
        label.kind == "number"
        and len(label.number) == 1
        and not written.endswith(".")
        and not label.subs
    ):
        # "1 Interpretation" is a heading; "30 days after ..." is a sentence.
        return len(label.number[0]) <= 3 and is_titleish(rest)
    if label.kind == "lettered":
        return bool(rest) and (rest[0].isupper() or label.style in {LETTER, ROMAN})
    return True


def _clean_title(text: str) -> str:
    title = text.strip().rstrip(".:").strip()
    if title.startswith("(") and title.endswith(")"):
        title = title[1:-1].strip()
    return title


def _title_of(rest: str, label: Label | None) -> tuple[str | None, bool]:
    """The title after a label, and whether the whole block is a heading."""
    if not rest:
        return None, label is not None and label.kind != "enclosed"
    if label is not None and label.kind != "enclosed" and is_titleish(rest):
        return _clean_title(rest), True
    inline = _INLINE_TITLE.match(rest)
    if inline and is_titleish(inline.group(1)) and len(inline.group(1).split()) <= 6:
        return _clean_title(inline.group(1)), False
    return None, False


# ---------------------------------------------------------------------------
# Composing full labels
# ---------------------------------------------------------------------------

_PREVIOUS_LETTER = {"i": "h", "v": "u", "x": "w", "I": "H", "V": "U", "X": "W"}


@dataclass(slots=True)
class Level:
    """One open level of the numbering."""

    key: tuple[str, ...]
    value: str  # the last number or letter seen at this level
    cite: str  # the citation of the block that opened it: "Schedule 4, Part B"
    prefix: str  # what levels under it build on
    title: str | None = None
    dotted: int = 0  # for dotted numbers, how many parts: "13.4" is 2
    heading: bool = False  # opened by a heading ("13. HUMAN RIGHTS"), not a clause


@dataclass(slots=True)
class Outline:
    """The open levels while walking a document top to bottom.

    ``restarting`` holds the citations of schedules whose Parts restart paragraph
    numbering; paragraphs there are cited with their Part.
    """

    restarting: frozenset[str] = frozenset()
    levels: list[Level] = field(default_factory=list)
    floating: str | None = None  # an unnumbered heading
    floating_depth: int = 0
    schedule: str | None = None  # what paragraphs of the current schedule (or Part) cite

    def reset(self) -> None:
        """Close every level (a new region begins)."""
        self.levels.clear()
        self.floating = None
        self.schedule = None

    def cite(self) -> str | None:
        """The full label of a block with no label of its own: its parent's."""
        return (self.levels[-1].prefix or None) if self.levels else None

    def depth(self) -> int:
        """How deep the last opened level is (0 for a top-level clause)."""
        return len(self.levels) - 1 if self.levels else 0

    def open(self, label: Label, title: str | None, heading: bool = False) -> str:
        """Open the levels of a block's own label; returns its full label."""
        kind = label.kind
        if kind == "number" or kind == "clause":
            self._open_number(label.number, "number")
        elif kind == "schedule":
            self.reset()
            name = f"{_keyword(label)} {label.number[0]}"
            self.schedule = name
            self.levels.append(Level(("schedule",), label.number[0], name, name))
        elif kind == "part":
            self._close(("schedule",), keep=True)
            schedule = self.levels[0].prefix if self.levels and self.schedule else ""
            name = f"Part {label.number[0]}"
            cite = f"{schedule}, {name}" if schedule else name
            prefix = cite if schedule in self.restarting else schedule
            if schedule:
                self.schedule = prefix
            self.levels.append(Level(("part",), label.number[0], cite, prefix))
        elif kind == "paragraph":
            self._open_number(label.number, "paragraph")
        elif kind == "article":
            name = f"Article {label.number[0]}"
            self._replace(("article",), label.number[0], name, name)
        elif kind == "section":
            name = f"Section {'.'.join(label.number)}"
            self._replace(("section",), ".".join(label.number), name, name)
        elif kind == "lettered":
            style = self._resolve(label.style or UPPER_LETTER, label.number[0], ("lettered",))
            parent = self.levels[-1].prefix if self.levels else ""
            cite = f"{parent} {label.number[0]}" if parent else label.number[0]
            self._replace(("lettered", style), label.number[0], cite, cite)
        for sub in label.subs:
            self._open_sub(sub)
        if self.levels:
            if title:
                self.levels[-1].title = title
            self.levels[-1].heading = heading
        return self.levels[-1].cite if self.levels else label.render()

    def _open_number(self, number: tuple[str, ...], unit: str) -> None:
        """A dotted number closes every number level as deep or deeper than itself."""
        depth = len(number)
        levels = self.levels
        for at, level in enumerate(levels):
            if level.dotted >= depth:
                del levels[at:]
                if len(levels) < self.floating_depth:
                    self.floating = None
                break
        joined = ".".join(number)
        if self.schedule:
            cite = f"{self.schedule}, paragraph {joined}"
        else:
            cite = joined if unit == "number" else f"Paragraph {joined}"
        levels.append(Level((unit, str(depth)), number[-1], cite, cite, None, depth))

    def _open_sub(self, sub: Sub) -> None:
        form = "enclosed" if sub.enclosed else "half"
        style = self._resolve(sub.style, sub.value, ("sub", form))
        key = ("sub", style, form)
        self._close(key)
        parent = self.levels[-1].prefix if self.levels else ""
        cite = f"{parent}({sub.value})"
        self.levels.append(Level(key, sub.value, cite, cite))

    def _resolve(self, style: str, value: str, kind: tuple[str, ...]) -> str:
        """Roman "(i)" is the letter i when the previous sibling is "(h)"."""
        if value not in _PREVIOUS_LETTER or style not in (ROMAN, UPPER_ROMAN):
            return style
        letter = LETTER if style == ROMAN else UPPER_LETTER
        key = (kind[0], letter, *kind[1:])
        for level in self.levels:
            if level.key == key and level.value == _PREVIOUS_LETTER[value]:
                return letter
        return style

    def _replace(self, key: tuple[str, ...], value: str, cite: str, prefix: str) -> None:
        self._close(key)
        self.levels.append(Level(key, value, cite, prefix))

    def _close(self, key: tuple[str, ...], keep: bool = False) -> None:
        """Close the open level with this key and all under it (``keep``: only those
        under it)."""
        levels = self.levels
        for at, level in enumerate(levels):
            if level.key == key:
                del levels[at + 1 if keep else at :]
                if len(levels) < self.floating_depth:
                    self.floating = None
                return

    def set_floating(self, title: str) -> None:
        """An unnumbered heading: it heads what follows until its level closes.

        It sits under the open levels that are headings themselves ("13. HUMAN RIGHTS",
        "SCHEDULE 4"), and beside the clauses: "PAYMENT" between clauses 2 and 3 heads
        clause 3, it is not a part of clause 2.
        """
        depth = 0
        for level in self.levels:
            if not level.heading:
                break
            depth += 1
        self.floating = title
        self.floating_depth = depth

    def heading(self) -> str | None:
        """The nearest heading above: the deepest title, or an unnumbered heading."""
        levels = self.levels
        floating = self.floating
        for at in range(len(levels) - 1, -1, -1):
            if floating is not None and at < self.floating_depth:
                return floating
            title = levels[at].title
            if title:
                return title
        return floating


def _keyword(label: Label) -> str:
    word = label.keyword or ""
    return _KEYWORD_CASE.get(word, word[:1].upper() + word[1:].lower())


def restarting_schedules(labels: list[Label | None]) -> frozenset[str]:
    """Schedules in which a Part starts its paragraphs again at 1 (cite the Part then)."""
    restarting: set[str] = set()
    schedule: str | None = None
    seen_in_part = False
    parts = 0
    for label in labels:
        if label is None:
            continue
        if label.kind == "schedule":
            schedule = f"{_keyword(label)} {label.number[0]}"
            parts = 0
        elif label.kind == "part" and schedule:
            parts += 1
            seen_in_part = False
        elif label.kind in {"number", "paragraph"} and schedule and parts > 1 and not seen_in_part:
            seen_in_part = True
            if label.number == ("1",):
                restarting.add(schedule)
        elif label.kind in {"article", "section", "clause"}:
            schedule = None
    return frozenset(restarting)
