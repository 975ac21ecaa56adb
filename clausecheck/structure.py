"""Find a contract's skeleton: one Clause per block (label, heading, region), the
definitions, the parties and the title.

The shapes (labels, definition heads, designations) are parsed by ``grammars/document.lark``
through ``_shapes``; ``_outline`` reads each block's label and heading, ``_citations``
composes the full labels and headings, ``_regions`` tells
front matter from operative terms, ``_definitions`` and ``_parties`` collect the defined
terms and the parties. Works on blocks only: it never reopens the file and knows nothing
of provisions, rules or reports.
"""

from __future__ import annotations

import dataclasses
import re

from clausecheck._citations import Outline, restarting_schedules
from clausecheck._definitions import find_definitions
from clausecheck._outline import Head, is_titleish, read_head
from clausecheck._parties import find_parties
from clausecheck._regions import RegionTracker, is_furniture, is_note
from clausecheck._slots import maker
from clausecheck.model import Block, BlockKind, Clause, Document, Part, Region
from clausecheck.read.text import is_page_furniture

__all__ = ["OPERATIVE_REGIONS", "structure"]

# Regions whose words can satisfy a rule (catalogue, reading rule 1): the operative
# clauses, and schedules, which an agreement incorporates.
OPERATIVE_REGIONS = frozenset({Region.OPERATIVE, Region.SCHEDULE})

_TABLE_CELL = BlockKind.TABLE_CELL
_LIST_ITEM = BlockKind.LIST_ITEM
_HEADING = BlockKind.HEADING
_BODY = Part.BODY
_PLAIN_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.HEADING})
_TITLE_WORDS = re.compile(
    r"\b(?:agreement|contract|licen[cs]e|deed|terms|memorandum|concession|framework|facility"
    r"|charter|protocol|order|clauses?|conditions|addendum|amendment)\b",
    re.IGNORECASE,
)


def structure(doc: Document) -> Document:
    """Add clauses, definitions, parties and the title to a read Document.

    Returns a new Document with exactly one Clause per block (same index); the input is
    not changed. Warnings about parties whose role cannot be told are appended to the
    document's warnings.

    >>> from clausecheck.model import Block, BlockKind, Document
    >>> doc = Document(path="a.txt", format="txt", sha256="", blocks=(
    ...     Block(index=0, text="13. HUMAN RIGHTS", kind=BlockKind.PARAGRAPH),
    ...     Block(index=1, text="13.4 The Supplier shall:", kind=BlockKind.PARAGRAPH),
    ...     Block(index=2, text="(a) respect human rights.", kind=BlockKind.PARAGRAPH)))
    >>> structure(doc).clauses[2].label
    '13.4(a)'
    """
    heads = [read_head(block) for block in doc.blocks]
    clauses = split_clauses(doc.blocks, heads)
    definitions = find_definitions(doc.blocks, clauses)
    parties, party_warnings = find_parties(doc.path, doc.blocks, clauses)
    return dataclasses.replace(
        doc,
        title=find_title(doc.blocks, clauses),
        clauses=clauses,
        definitions=definitions,
        parties=parties,
        warnings=doc.warnings + party_warnings,
    )


# Thousands of clauses: made without the frozen dataclass's slow __init__ (see _slots).
new_clause = maker(
    Clause,
    ("block", "label", "own_label", "heading", "depth", "region", "body_start", "is_heading"),
)


def split_clauses(blocks: tuple[Block, ...], heads: list[Head]) -> tuple[Clause, ...]:
    """One Clause per block: full label, own label, heading, depth and region."""
    outline = Outline(restarting=restarting_schedules([h.label for h in heads]))
    regions = RegionTracker()
    step, in_definitions = regions.step, regions.definitions
    open_label, heading_now = outline.open, outline.heading
    clauses: list[Clause] = []
    append = clauses.append
    bare_heading = False  # the last body block was a label with no title: "SCHEDULE 4"
    heading: str | None = None  # the nearest heading, asked of the outline when it changes
    for block, head in zip(blocks, heads, strict=True):
        kind = block.kind
        if block.part is _BODY and block.style is None and kind in _PLAIN_KINDS:
            aside = None  # the usual block: only a page number on its own could be furniture
            if len(block.text) < 160 and is_page_furniture(block.text):
                aside = Region.FURNITURE
        else:
            aside = (
                Region.NOTES
                if is_note(block)
                else Region.FURNITURE
                if is_furniture(block)
                else None
            )
        if aside is not None:
            append(new_clause(block.index, None, None, None, 0, aside, 0, False))
            continue
        region, started = step(block, head)
        if started:
            outline.reset()
        table_cell = kind is _TABLE_CELL and not block.label
        if head.label is not None and not table_cell:
            label = open_label(head.label, head.title, head.is_heading)
            depth = outline.depth()
            bare_heading = head.is_heading and head.title is None
            heading = heading_now()
        else:
            # A table cell in capitals ("PRICE") heads its column, not the text after it.
            if head.is_heading and head.title and not table_cell:
                levels = outline.levels
                if bare_heading and levels and levels[-1].title is None:
                    levels[-1].title = head.title
                    label = outline.cite()
                else:
                    label = outline.set_floating(head.title, closes=kind is _HEADING)
                heading = heading_now()
            else:
                label = outline.cite()
                if started:
                    heading = heading_now()
            bare_heading = False
            depth = outline.depth() + (kind is _LIST_ITEM)
        if region in OPERATIVE_REGIONS and in_definitions(head, depth, block.text):
            region = Region.DEFINITIONS
        append(
            new_clause(
                block.index,
                label,
                None if table_cell else head.written,
                heading,
                depth,
                region,
                head.body_start,
                head.is_heading,
            )
        )
    if not regions.seen_parties:
        _lead_in_to_terms(blocks, clauses)
    return _operative_fallback(tuple(clauses))


_LEAD_IN_END = ("-", "–", "—", ":")


def _lead_in_to_terms(blocks: tuple[Block, ...], clauses: list[Clause]) -> None:
    """A clause bank's terms begin with the sentence that leads into its first point:
    "By submission of its offer, the Offeror represents that it -" then "(a) ...". That
    sentence is a term, not front matter."""
    previous: int | None = None
    for at, clause in enumerate(clauses):
        if clause.region in {Region.FURNITURE, Region.NOTES}:
            continue
        if clause.region is not Region.FRONT:
            if (
                previous is not None
                and clause.own_label is not None
                and clause.own_label.startswith("(")
                and blocks[previous].text.rstrip().endswith(_LEAD_IN_END)
            ):
                clauses[previous] = dataclasses.replace(clauses[previous], region=clause.region)
            return
        previous = at


def _operative_fallback(clauses: tuple[Clause, ...]) -> tuple[Clause, ...]:
    """A text with no words of agreement and no numbered clause (a clause bank, a
    model-clause file) is all terms: its front matter is only its first block."""
    if any(c.region not in {Region.FRONT, Region.FURNITURE, Region.NOTES} for c in clauses):
        return clauses
    return tuple(
        dataclasses.replace(c, region=Region.OPERATIVE)
        if c.region is Region.FRONT and c.block > 0
        else c
        for c in clauses
    )


def find_title(blocks: tuple[Block, ...], clauses: tuple[Clause, ...]) -> str | None:
    """The document title: a Title-styled or first heading, preferring one that names
    the instrument ("... AGREEMENT", "Licence")."""
    for block in blocks[:20]:
        if block.style and block.style.lower() == "title":  # Word's Title style says it
            return block.text.strip()
    candidates: list[str] = []
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region in {Region.FURNITURE, Region.NOTES}:
            continue
        if clause.region is not Region.FRONT or len(candidates) >= 8:
            break
        text = block.text.strip()
        if (
            clause.is_heading
            or (block.kind is BlockKind.HEADING)
            or (len(text) <= 120 and text.isupper())
        ):
            candidates.append(text)
    for text in candidates:
        if _TITLE_WORDS.search(text):
            return text
    if candidates:
        return candidates[0]
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region not in {Region.FURNITURE, Region.NOTES}:
            text = block.text.strip()
            # "52.222-50 Combating Trafficking in Persons." titles a model clause.
            titled = not text.endswith(".") or is_titleish(text[:-1].split(" ", 1)[-1])
            return text if len(text) <= 120 and titled else None
    return None
