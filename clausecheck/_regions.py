"""Tell which region of a contract each block sits in: front matter, recitals, definitions,
operative clauses, schedules, signatures, page furniture or notes.

A small state machine walked top to bottom; see docs/design/clause-splitting.md. It
reads block text and the head ``_outline.read_head`` found, nothing else: it does not
compose labels or find parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clausecheck._outline import Head
from clausecheck.model import Block, BlockKind, Part, Region
from clausecheck.read.text import FURNITURE_STYLE, is_page_furniture

_RECITALS_HEADING = re.compile(
    r"(?:recitals?|whereas|background|preamble|introduction|premises)\W*$", re.IGNORECASE
)
_WHEREAS = re.compile(r"whereas\b", re.IGNORECASE)
# The words of agreement that open the operative part.
_AGREED = re.compile(
    r"""(?:now,?\s+(?:therefore|then|it\s+is|this)|it\s+is\s+(?:hereby\s+)?agreed
      |the\s+parties\s+(?:\w+\s+){0,2}agree|in\s+consideration\s+of\s+the
      |accordingly,?\s+the\s+parties)""",
    re.IGNORECASE | re.VERBOSE,
)
_AS_FOLLOWS = re.compile(r"\bagree[sd]?\b[^.]{0,40}\bas\s+follows\W*$", re.IGNORECASE)
# The execution blocks: attestation clauses and signature lines. Capitalised "SIGNED" and
# "EXECUTED" open a signature block on their own; lower-case "signed" must say by whom.
_SIGNATURE = re.compile(
    r"""(?:SIGNED|EXECUTED)\b|(?i:in\s+witness\s+(?:whereof|hereof|of\s+which)|as\s+witness
      |signed\s+(?:by|for|on\s+behalf|as|and\s+delivered|in\s+the\s+presence)
      |executed\s+(?:by|as|on\s+behalf)|for\s+and\s+on\s+behalf\s+of
      |this\s+(?:agreement|contract|deed|licence|license)\s+has\s+been\s+(?:entered\s+into
        |executed|signed|duly\s+executed)
      |signatures?\W*$|execution(?:\s+page|\s+block)?\W*$|signature\s+page|testimonium)""",
    re.VERBOSE,
)
_SIGNATURE_FIRST = frozenset("iasetfIASETF")  # the first letters of _SIGNATURE's words
_PRELIMINARY = frozenset({Region.FRONT, Region.RECITALS})
_DEFINITIONS_HEADING = re.compile(
    r"\b(?:definitions?|defined\s+terms|interpretation|glossary)\b", re.IGNORECASE
)
_CONTENTS = re.compile(r"(?:table\s+of\s+)?contents|index", re.IGNORECASE)
# A block that is itself a definition: "X" means ... (regions need no Lark for this).
DEFINITION_START = re.compile(
    r"""(?:[-•*]\s+)?["“'‘][^"”’\n]{1,80}["”’'](?:\s*(?:or|and|,)\s*["“'‘][^"”’\n]{1,80}["”’'])*
        \s*(?::|\s-\s|\s(?:shall\s+)?means?\b|\s(?:has|shall\s+have)\s+the\s+meaning
        |\s(?:shall\s+)?includes?\b|\srefers?\s+to\b)""",
    re.VERBOSE,
)
_DEFINITION_FIRST = frozenset("\"“'‘-•*")
_PARTIES_INTRO = re.compile(
    r"(?:.*\b)?(?:between|among|amongst|parties|by\s+and\s+between)\s*:?$", re.IGNORECASE
)
_PARTIES_SENTENCE = re.compile(
    r"\b(?:between|among)\b.{0,400}?\(\s*(?:the\s+|hereinafter\s+)?[\"“']", re.I | re.S
)
_COLLECTIVE = re.compile(r"\((?:each|together|collectively|individually|jointly)\b", re.IGNORECASE)

_TOP_KINDS = frozenset({"number", "article", "section", "clause", "condition"})
_LEAD_IN = re.compile(r"(?:[-–—:]|\bas\s+used\s+in\b.*)\s*$", re.IGNORECASE)


def _leads_in(text: str) -> bool:
    """A clause that introduces a list: it ends with a colon or a dash, or "as used in"."""
    return _LEAD_IN.search(text[-80:]) is not None


_FURNITURE_KINDS = frozenset({BlockKind.HEADER, BlockKind.FOOTER})
_FURNITURE_PARTS = frozenset({Part.HEADER, Part.FOOTER})
_NOTE_KINDS = frozenset({BlockKind.FOOTNOTE, BlockKind.ENDNOTE})
_NOTE_PARTS = frozenset({Part.FOOTNOTE, Part.ENDNOTE})


def is_furniture(block: Block) -> bool:
    """Headers, footers and page furniture: never contract terms. A table cell holding
    only a number is a number in the table, not a page number."""
    return (
        block.style == FURNITURE_STYLE
        or block.kind in _FURNITURE_KINDS
        or block.part in _FURNITURE_PARTS
        or (
            len(block.text) < 160
            and block.kind is not BlockKind.TABLE_CELL
            and is_page_furniture(block.text)
        )
    )


def is_note(block: Block) -> bool:
    """Footnotes and endnotes."""
    return block.kind in _NOTE_KINDS or block.part in _NOTE_PARTS


@dataclass(slots=True)
class RegionTracker:
    """Walks the blocks in order; ``step`` returns a block's region and whether a new
    region started with it (the numbering levels close then)."""

    state: Region = Region.FRONT
    in_parties: bool = False
    in_contents: bool = False
    seen_parties: bool = False  # a parties clause has been read in the front matter
    definitions_depth: int | None = None  # outline depth of an open definitions clause
    definitions_unnumbered: bool = False
    operative_next: bool = False

    def step(self, block: Block, head: Head) -> tuple[Region, bool]:
        """The region of one (non-furniture, non-note) block, and whether it starts one."""
        text = block.text
        before = state = self.state
        if self.operative_next:
            self.operative_next = False
            if state in _PRELIMINARY:
                state = self.state = Region.OPERATIVE
        if state in _PRELIMINARY:
            self._front(block, head)
            state = self.state
        if state is not Region.FRONT and text[:1] in _SIGNATURE_FIRST and _SIGNATURE.match(text):
            state = self.state = Region.SIGNATURE
        elif (
            head.label is not None
            and head.label.kind == "schedule"
            and head.is_heading
            and not self.in_contents
        ):
            state = self.state = Region.SCHEDULE
        if state is before:
            return state, False
        self.definitions_depth = None
        self.definitions_unnumbered = False
        return state, True

    def _front(self, block: Block, head: Head) -> None:
        text = block.text
        if head.is_heading and _CONTENTS.fullmatch(head.title or text):
            self.in_contents = True
            return
        if self.in_contents:
            if len(text) <= 150 and (head.is_heading or head.label or text[-1:].isdigit()):
                return
            self.in_contents = False
        if _PARTIES_INTRO.match(text) and len(text) <= 200:
            self.in_parties = self.seen_parties = True
            return
        if _COLLECTIVE.match(text):
            self.in_parties = False
            self.seen_parties = True
            return
        if not self.seen_parties and _PARTIES_SENTENCE.search(text):
            self.seen_parties = True
        if _RECITALS_HEADING.match(head.title or text) or _WHEREAS.match(text):
            self.state = Region.RECITALS
            self.in_parties = False
            return
        label = head.label
        if (
            label is not None
            and label.kind == "enclosed"
            and label.subs[0].style == "upper-letter"
            and label.subs[0].value == "A"
            and self.state is Region.FRONT
            and self.seen_parties  # "(A)" after the parties is a recital; else a point
        ):
            self.state = Region.RECITALS
            self.in_parties = False
            return
        if _AGREED.match(text):
            self.state = Region.OPERATIVE
            self.in_parties = False
            return
        if _AS_FOLLOWS.search(text[-80:]):
            self.operative_next = True
            return
        if (
            label is not None
            and not self.in_parties
            and (
                label.kind in {"article", "section", "clause", "condition", "number"}
                or (label.kind == "lettered" and head.is_heading)
                # a clause bank (a FAR clause, model clauses) has no parties clause and
                # starts its terms with "(a)"
                or (
                    label.kind == "enclosed"
                    and not self.seen_parties
                    and self.state is Region.FRONT
                )
            )
        ):
            self.state = Region.OPERATIVE

    def definitions(self, head: Head, depth: int, text: str) -> bool:
        """Whether a block of the operative part or a schedule sits among definitions.

        ``depth`` is the outline depth of the block's own label (when it has one). A
        definitions clause is a heading that says so ("1. DEFINITIONS"), or a clause whose
        short title says so and that leads into the definitions, as US model clauses do:
        "(a) Definitions. As used in this clause-"; it ends at the next label as high.
        """
        label = head.label
        if head.is_heading or (
            label is not None
            and (label.kind in _TOP_KINDS or self.definitions_depth is not None or head.title)
        ):
            closes = (self.definitions_unnumbered and head.is_heading) or (
                self.definitions_depth is not None
                and label is not None
                and depth <= self.definitions_depth
            )
            if closes:
                self.definitions_depth = None
                self.definitions_unnumbered = False
            title = head.title or ""
            if _DEFINITIONS_HEADING.search(title) and (head.is_heading or _leads_in(text)):
                if head.label is None:
                    self.definitions_unnumbered = True
                elif self.definitions_depth is None:  # not a clause inside a definitions one
                    self.definitions_depth = depth
                return True
        if self.definitions_depth is not None or self.definitions_unnumbered:
            return True
        first = text[head.body_start : head.body_start + 1]
        return (
            first in _DEFINITION_FIRST and DEFINITION_START.match(text, head.body_start) is not None
        )
