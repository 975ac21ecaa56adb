"""Find each block's own label and heading.

``read_head`` looks at one block: the label written at its start (or Word's automatic
label), where the clause text begins, and whether the block is a heading or opens with a
short title. Composing the full label a reader cites is ``_citations``'s job; this module
knows nothing of regions, definitions or parties.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from clausecheck._shapes import LETTER, ROMAN, Label, parse_label
from clausecheck.model import Block, BlockKind

# A candidate label at the start of a block; Lark decides whether it really is one.
_ENCLOSED = r"\((?:\d{1,3}|[a-z]{1,5}|[A-Z]{1,4})\)"
_CANDIDATE = re.compile(
    rf"""(?P<label>
        (?i:article|section|clause|(?:(?:standard|general|special|licen[cs]e)\s)?condition
            |paragraph)
            \s*(?:\d{{1,4}}(?:\.\d{{1,4}})*\.?|[IVXL]{{1,7}}(?:\.\d{{1,4}})*\b)
            (?:\s?{_ENCLOSED})*
      | §\s*\d{{1,4}}(?:\.\d{{1,4}})*(?:{_ENCLOSED})*
      | (?i:schedule|annex|appendix|exhibit|attachment|part)
            \s+(?:\d{{1,4}}|[IVXL]{{1,7}}|[A-Z]{{1,2}})\b
      | \d{{1,4}}(?:\.\d{{1,4}})*\.?(?:{_ENCLOSED})*
      | (?:{_ENCLOSED})+
      | (?:\d{{1,2}}|[a-z]{{1,5}}|[A-Z]{{1,4}})\)
      | [A-Z]{{1,4}}\.\d{{1,3}}(?:\.\d{{1,3}})*\.?(?:{_ENCLOSED})*
      | (?:[A-Z]|[IVX]{{2,5}}|[ivx]{{1,5}}|[a-z])\.
    )(?=\s|$|:\s)
    (?P<separator>\s*[-–—:.|]+\s*|\s+)?  # what separates the label from the text""",
    re.VERBOSE,
)
_INLINE_TITLE = re.compile(r"([A-Z][^.;:\n]{0,58}+)\.\s+(?=[A-Z\"“(])")  # up to the first stop
_SMALL_WORDS_WORDS = """a an and as at by for from in into of on or per the to with within without
    under upon over than that this its their between against after before during"""
_SMALL_WORDS = frozenset(_SMALL_WORDS_WORDS.split())
_LETTER_NUMBER = re.compile(r"[A-Z]{1,4}\.\d")
KEYWORD_KINDS = frozenset(
    {"article", "section", "clause", "condition", "paragraph", "schedule", "part"}
)


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
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "(\"“'‘"):
        return False
    if not text[0].isalpha() and not any(c.isalpha() for c in text):
        return False
    words = text.split()
    if len(words) > 14 or (text[-1] == "." and len(words) > 6):
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
    styled = block.kind is _HEADING_KIND
    if block.label:
        label = parse_label(block.label)
        title, heading = _title_of(text, label)
        if styled and title is None and text:  # a Heading style in sentence case
            title = _clean_title(text)
        return Head(label, block.label, 0, title, heading or styled)
    if not _could_start_with_label(text):  # most blocks
        return _unlabelled(block, text)
    match = _CANDIDATE.match(text)
    if match is not None:
        written = match.group("label")
        label = parse_label(written)
        # "Schedule 2: Services" is a heading when styled or in capitals; in a plain line
        # it is more often an entry of a list of schedules.
        rest_at = match.end("label")
        colon = text[rest_at : rest_at + 1] == ":" and not (styled or text.isupper())
        if label is not None and not colon and _is_label_here(label, written, text, styled):
            separator = match.group("separator")
            body_start = match.end()
            rest = text[body_start:]
            title, heading = _title_of(rest, label)
            if title is None and rest and (styled or _is_keyword_title(label, separator, rest)):
                # "Schedule 1 – Human rights": a heading in sentence case, styled as a
                # heading by Word or Markdown, or after a keyword label and a dash.
                title, heading = _clean_title(rest), True
            if styled or (label.kind != "enclosed" and text.isupper()):
                heading = heading or bool(title) or body_start >= len(text)
            return Head(label, written, body_start, title, heading)
    return _unlabelled(block, text)


_PLAIN = Head()


def _unlabelled(block: Block, text: str) -> Head:
    heading = (
        block.kind is _HEADING_KIND
        or is_caps_heading(text)
        or (block.style == "md:strong" and len(text) <= 100 and text[-1:] not in ".;,")
    )
    return (
        Head(None, None, 0, _clean_title(text) if heading else None, heading) if heading else _PLAIN
    )


# First words of a label; "standard", "general", "special", "licence" open conditions:
# "Standard Condition 9", "General Condition 4", "Special Condition 2".
_KEYWORDS_WORDS = """article section clause condition paragraph schedule annex appendix exhibit
    attachment part standard general special licence license"""
_KEYWORDS = frozenset(_KEYWORDS_WORDS.split())


def _could_start_with_label(text: str) -> bool:
    """A cheap look at the first word, so most paragraphs skip the label expression."""
    first = text[:1]
    if first.isdigit() or first in "(§":
        return True
    space = text.find(" ", 0, 12)
    word = text[:space] if space > 0 else text[:12]
    if word[-1:] in (")", ".") or word.lower() in _KEYWORDS:
        return True
    return "." in word and _LETTER_NUMBER.match(text) is not None  # "A.1", "II.4"


def _is_label_here(label: Label, written: str, text: str, styled: bool = False) -> bool:
    """Whether a label-shaped span really labels the block, not a word of a sentence
    (``styled``: the block is a heading by its style)."""
    rest = text[len(written) :].lstrip()
    if label.kind in KEYWORD_KINDS:
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
        # "1 Interpretation" is a heading; "30 days after ..." is a sentence; a heading
        # style says "9 Information requests" is numbered.
        return len(label.number[0]) <= 3 and (is_titleish(rest) or (styled and rest[:1].isupper()))
    if label.kind == "lettered":
        return bool(rest) and (rest[0].isupper() or label.style in {LETTER, ROMAN})
    return True


def _is_keyword_title(label: Label, separator: str | None, rest: str) -> bool:
    """ "Clause 12 – Data protection": a short title after a keyword label and a dash or
    colon, in sentence case; not "Section 4.02 - The Borrower shall ..."."""
    return (
        label.kind in KEYWORD_KINDS
        and separator is not None
        and any(mark in separator for mark in "-–—:")
        and rest[0].isupper()
        and rest[-1] not in ".;:,"
        and len(rest.split()) <= 8
        and not _DUTY.search(rest)
    )


_DUTY = re.compile(r"\b(?:shall|must|will|may|is|are)\b")


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
    if inline and len(inline.group(1).split()) <= 6:
        title = inline.group(1)
        # After a keyword ("Standard Condition 1 — Licence holder details. The ...") a
        # title may be in sentence case; after a bare number it must look like a title.
        keyword = label is not None and label.kind in KEYWORD_KINDS
        if is_titleish(title) or (keyword and not _DUTY.search(title)):
            return _clean_title(title), False
    return None, False
