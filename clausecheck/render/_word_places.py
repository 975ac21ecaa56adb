"""Where in a contract a missing rule's comment, a new clause or a cross-reference belongs.

A drafter adds a term next to the clause that already deals with its subject: an audit
right beside the audit clause (OV1), a human-rights termination ground in the termination
clause (OV6), flow-down in the subcontracting clause (DD6). ``PLACES`` lists, per rule,
the heading words of such clauses, best first; a heading on human rights or ethics is
the fallback for every rule, because that is where a reviewer looks for these terms.
Works on the structured Document only (blocks, clauses, regions); knows nothing of Word.
"""

from __future__ import annotations

import re

from clausecheck.model import BlockKind, Document, Region

# Heading words (lower case, matched as word starts) per rule, best first.
PLACES: dict[str, tuple[str, ...]] = {
    "DD1": ("human rights", "ethic", "compliance with law", "standards", "conduct"),
    "DD2": ("human rights", "due diligence", "impact", "responsible"),
    "DD3": ("human rights", "due diligence", "impact assessment", "review"),
    "DD4": ("stakeholder", "consultation", "engagement", "human rights"),
    "DD5": ("governance", "human rights", "personnel", "staff", "training"),
    "DD6": ("subcontract", "supply chain", "sub-contract", "suppliers", "assignment"),
    "DD7": ("end use", "end-use", "use of the", "misuse", "export", "human rights"),
    "DD8": ("accuracy", "testing", "algorithm", "specification", "quality", "data"),
    "OV1": ("audit", "inspection", "records", "access to information"),
    "OV2": ("monitor", "independent", "audit", "review"),
    "OV3": ("notif", "incident", "reporting", "human rights"),
    "OV4": ("remed", "corrective", "rectification", "human rights"),
    "OV5": ("grievance", "complaint", "remed", "dispute"),
    "OV6": ("termination", "suspension", "default", "remedies"),
    "TR1": ("reporting", "reports", "information", "human rights"),
    "TR2": ("lawful request", "government request", "public security", "law enforcement"),
    "TR3": ("transparency", "algorithm", "documentation", "explainab"),
    "TR4": ("transparency", "publication", "disclosure", "human rights"),
    "GR1": ("lawful request", "public security", "suspension", "emergency"),
    "GR2": ("lawful request", "data access", "data protection", "security"),
    "GR3": ("lawful request", "confidential", "government request"),
}
FALLBACK: tuple[str, ...] = ("human rights", "ethic", "responsible business")
_WORKING_REGIONS = (Region.OPERATIVE, Region.SCHEDULE)


def headings(document: Document, body_count: int) -> list[int]:
    """Body blocks that are headings of working clauses (operative or schedule)."""
    found = []
    for index in range(min(body_count, len(document.blocks))):
        block = document.blocks[index]
        clause = document.clauses[index] if document.is_structured else None
        is_heading = (clause.is_heading if clause else False) or block.kind is BlockKind.HEADING
        region = clause.region if clause else Region.OPERATIVE
        if is_heading and region in _WORKING_REGIONS:
            found.append(index)
    return found


def heading_for(rule: str, document: Document, body_count: int) -> int | None:
    """The heading block where a missing rule's clause would fit, or None (the end).

    >>> from clausecheck.model import Block
    >>> doc = Document(path="a.docx", format="docx", sha256="", blocks=(
    ...     Block(index=0, text="Audit and Records", kind=BlockKind.HEADING),
    ...     Block(index=1, text="Termination", kind=BlockKind.HEADING)))
    >>> heading_for("OV6", doc, 2), heading_for("DD2", doc, 2)
    (1, None)
    """
    candidates = [(i, _words(document.blocks[i].text)) for i in headings(document, body_count)]
    for wanted in (*PLACES.get(rule, ()), *FALLBACK):
        pattern = re.compile(rf"\b{re.escape(wanted)}")
        for index, words in candidates:
            if pattern.search(words):
                return index
    return None


def clause_start(document: Document, block: int) -> int:
    """The numbered clause a sub-clause belongs to: "18.1" for evidence in "18.1(a)".

    The nearest block at or above whose label is the evidence label without its
    lettered or roman sub-parts; the block itself when it has none.
    """
    if not document.is_structured:
        return block
    label = document.clauses[block].label or ""
    base = re.sub(r"(\([^)]*\))+$", "", label)
    if not base or base == label:
        return block
    for index in range(block, -1, -1):
        if document.clauses[index].label == base:
            return index
    return block


def clause_end(document: Document, block: int, body_count: int) -> int:
    """The last block of the clause that starts at ``block``: its sub-clauses included.

    A sub-clause is a following block whose label extends this one's ("14.2(a)" after
    "14.2") or, without labels, a list item at a deeper level.
    """
    if not document.is_structured:
        return block
    own = document.clauses[block]
    last = block
    for index in range(block + 1, min(body_count, len(document.blocks))):
        clause = document.clauses[index]
        if clause.is_heading or clause.region is not own.region:
            break
        deeper_label = bool(
            own.label
            and clause.label
            and clause.label != own.label
            and clause.label.startswith(own.label)
        )
        deeper_level = clause.depth > own.depth and not clause.label
        if not (deeper_label or deeper_level):
            break
        last = index
    return last


def new_clause_after(document: Document, body_count: int) -> int | None:
    """The body block after which a new clause goes: the end of the operative clauses,
    before signatures and schedules; None when nothing in the body is operative."""
    if not document.is_structured:
        return body_count - 1 if body_count else None
    operative = [
        i
        for i in range(min(body_count, len(document.blocks)))
        if document.clauses[i].region is Region.OPERATIVE
    ]
    return operative[-1] if operative else None


def last_heading_before(document: Document, block: int, body_count: int) -> int | None:
    """The nearest working heading at or above ``block``."""
    above = [i for i in headings(document, body_count) if i <= block]
    return above[-1] if above else None


def _words(text: str) -> str:
    return " ".join(text.lower().split())
