"""Insert the suggested wording into a Word body as tracked insertions (``w:ins``).

What goes where, as a drafter would put it:
- one **new clause** holding the model wording of every weak and missing rule that has a
  suggestion, drafted by ``draft.compose`` in the contract's own party names and
  numbering (the clause ``_draft_fit`` cites in each suggestion: "a new clause 24 after
  clause 23"), placed after the last operative clause, before the signatures and
  schedules. The model wording leans on definitions scoped to that clause ("In this
  Clause 24 ... 'Adverse Impact' means"), so it stays in one piece: split across the
  contract, its defined terms would be undefined where they are used;
- in each **weak** clause (after its sub-clauses) a short tracked cross-reference to the
  new sub-clause that strengthens it ("See also clause 24.3."), so the author sees the
  fix where the weakness is.
Paragraphs copy the properties of the contract's own heading, clause, list-item and
definition paragraphs, so Word numbers them the way it numbers the rest (a typed label is
written only where the contract types its labels). Paragraph marks and text are both
inserted by "clausecheck" with a date: rejecting every change restores the author's text,
and a reader that accepts insertions (as clausecheck's does) reads the new clause.
Flagged guardrails are left to comments: adding words cannot remove the flagged term.
"""

from __future__ import annotations

import copy
import re

from docx.document import Document as WordDocument
from docx.oxml import OxmlElement
from lxml import etree

from clausecheck.model import Document, Finding, Region, Report, Status
from clausecheck.read._docx_xml import W
from clausecheck.render._word_map import XML_SPACE, BodyBlock
from clausecheck.render._word_places import (
    clause_end,
    clause_start,
    last_heading_before,
    new_clause_after,
)

_ID = W + "id"
_PPR, _RPR, _SECT_PR, _PPR_CHANGE = (W + n for n in ("pPr", "rPr", "sectPr", "pPrChange"))
_TRACK_MARKS = tuple(W + n for n in ("ins", "del", "moveFrom", "moveTo", "rPrChange"))
_BODY, _NUM_PR = W + "body", W + "numPr"
_STEP = 567  # twips: one indentation step (1 cm), as Word's list levels use
_ITEM_LABEL = re.compile(r"^\(?[a-z]{1,2}\)$")
_NUMBERED = ("heading", "para", "item", "subitem")


def redline_document(
    word: WordDocument,
    blocks: list[BodyBlock],
    document: Document,
    report: Report,
    *,
    author: str,
    date: str,
) -> int:
    """Insert the report's suggested wording as tracked changes; returns how many
    paragraphs (and cross-references) were inserted."""
    findings = [
        f for f in report.findings if f.suggestion and f.status in (Status.WEAK, Status.MISSING)
    ]
    if not findings:
        return 0
    drafted, style = _drafted_clause(report, document, [f.rule for f in findings])
    ids = _Ids(word.element)
    inserted = _insert_clause(word, blocks, document, drafted, ids, author, date)
    labels = {p.anchor: p.label for p in drafted if p.anchor and p.label}
    for finding in findings:
        label = labels.get(finding.rule)
        end = _weak_clause_end(finding, blocks, document)
        if finding.status is Status.WEAK and label and end is not None:
            cited = f"{'Clause' if style.numbering == 'clause' else 'clause'} {label}"
            if not label[0].isdigit():
                cited = label
            reference = _ins(ids, author, date)
            reference.append(_run(f" See also {cited}."))
            blocks[end].paragraph.append(reference)
            inserted += 1
    return inserted


def _drafted_clause(report: Report, document: Document, rules: list[str]):
    """The paragraphs of one new clause for ``rules``, worded exactly as the suggestions."""
    from clausecheck._draft_fit import fitted_clause

    return fitted_clause(report, document, rules)


def _insert_clause(
    word: WordDocument,
    blocks: list[BodyBlock],
    document: Document,
    drafted,
    ids: _Ids,
    author: str,
    date: str,
) -> int:
    """The drafted clause after the last operative clause (or at the body's end)."""
    anchor = new_clause_after(document, len(blocks))
    sources = _sources(blocks, document, anchor)
    elements = []
    for paragraph in drafted:
        kind = str(paragraph.kind)
        source = sources.get(kind, sources.get("para"))
        # Contracts rarely define a fourth list level: a sub-item gets a typed "(i)" and
        # the item's indentation one step further in, not a number Word cannot show.
        own_numbers = kind != "subitem"
        text = paragraph.text
        if paragraph.label and kind in _NUMBERED:
            typed = not own_numbers or source is None or document.blocks[source].label is None
            text = f"{paragraph.label} {text}" if typed else text
        properties = _copied_properties(
            blocks[source].paragraph if source is not None else None, numbered=own_numbers
        )
        elements.append(_inserted_paragraph(text, properties, ids, author, date))
    if anchor is not None and blocks[anchor].paragraph is not None:
        previous = _top_level(blocks[anchor].paragraph)
        for element in elements:
            previous.addnext(element)
            previous = element
    else:
        body = word.element.body
        end = body.find(_SECT_PR)
        for element in elements:
            if end is not None:
                end.addprevious(element)
            else:
                body.append(element)
    return len(elements)


def _sources(blocks: list[BodyBlock], document: Document, anchor: int | None) -> dict[str, int]:
    """The contract's own paragraphs to copy formatting from, per drafted paragraph kind:
    the last operative heading, a clause under it, a lettered item, a definition."""
    sources: dict[str, int] = {}
    if anchor is None or not document.is_structured:
        return sources
    heading = last_heading_before(document, anchor, len(blocks))
    usable = [i for i in range(len(blocks)) if blocks[i].paragraph is not None]
    if heading is not None:
        sources["heading"] = sources["title"] = heading
        clause = next((i for i in usable if heading < i <= anchor), None)
        if clause is not None:
            sources["para"] = sources["text"] = clause
    for index in usable:
        clause = document.clauses[index]
        own = (clause.own_label or "").strip()
        if "item" not in sources and clause.region is Region.OPERATIVE and _ITEM_LABEL.match(own):
            sources["item"] = sources["subitem"] = index
        if (
            "entry" not in sources
            and clause.region is Region.DEFINITIONS
            and not clause.is_heading
            and document.blocks[index].label is None
        ):
            sources["entry"] = index
    return sources


def _weak_clause_end(finding: Finding, blocks: list[BodyBlock], document: Document) -> int | None:
    """The last block of the clause a weak finding's evidence is in (its sub-clauses
    included), when that is a traced operative or schedule paragraph of the body."""
    for evidence in finding.evidence:
        place = evidence.location
        if place.part not in ("body", "table") or not 0 <= place.block < len(blocks):
            continue
        if document.is_structured and document.clauses[place.block].region not in (
            Region.OPERATIVE,
            Region.SCHEDULE,
        ):
            continue
        start = clause_start(document, place.block)
        end = clause_end(document, start, len(blocks))
        if blocks[end].paragraph is not None:
            return end
    return None


def _inserted_paragraph(
    text: str, properties: etree._Element, ids: _Ids, author: str, date: str
) -> etree._Element:
    """A paragraph with these properties whose mark and text are tracked insertions."""
    paragraph = OxmlElement("w:p")
    marks = properties.find(_RPR)
    if marks is None:
        marks = OxmlElement("w:rPr")
        properties.append(marks)
    marks.insert(0, _ins(ids, author, date))
    paragraph.append(properties)
    insertion = _ins(ids, author, date)
    insertion.append(_run(text))
    paragraph.append(insertion)
    return paragraph


def _run(text: str) -> etree._Element:
    run = OxmlElement("w:r")
    words = OxmlElement("w:t")
    words.text = text
    words.set(XML_SPACE, "preserve")
    run.append(words)
    return run


def _copied_properties(source: etree._Element | None, *, numbered: bool = True) -> etree._Element:
    """The source paragraph's properties without section breaks or tracked-change marks;
    without its numbering (and indented one step further) when ``numbered`` is false."""
    found = source.find(_PPR) if source is not None else None
    properties = copy.deepcopy(found) if found is not None else OxmlElement("w:pPr")
    for child in list(properties):
        if child.tag in (_SECT_PR, _PPR_CHANGE) or (not numbered and child.tag == _NUM_PR):
            properties.remove(child)
    if not numbered:
        indent = properties.get_or_add_ind()  # python-docx keeps the schema's order
        left = indent.get(W + "left") or indent.get(W + "start") or "567"
        indent.set(W + "left", str(int(left) + _STEP if left.isdigit() else 1701))
        indent.set(W + "hanging", str(_STEP))
    marks = properties.find(_RPR)
    if marks is not None:
        for child in list(marks):
            if child.tag in _TRACK_MARKS:
                marks.remove(child)
    return properties


def _ins(ids: _Ids, author: str, date: str) -> etree._Element:
    attributes = {_ID: str(ids.next()), W + "author": author, W + "date": date}
    return OxmlElement("w:ins", attrs=attributes)


def _top_level(paragraph: etree._Element) -> etree._Element:
    """The child of the body that holds ``paragraph`` (itself, a table, a content control)."""
    node = paragraph
    while node.getparent() is not None and node.getparent().tag != _BODY:
        node = node.getparent()
    return node


class _Ids:
    """Fresh ``w:id`` values for tracked changes, above every id the body already uses."""

    def __init__(self, root: etree._Element) -> None:
        used = [int(v) for v in (e.get(_ID) for e in root.iter()) if v and v.isdigit()]
        self._next = max(used, default=0) + 1

    def next(self) -> int:
        value = self._next
        self._next += 1
        return value
