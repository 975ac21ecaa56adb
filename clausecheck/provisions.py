"""Find the normative sentences of a contract and read each one: who, how strongly, what.

Reads only blocks in the operative regions (clauses and schedules; reading rule 1),
splits them into sentences, joins list items to their lead-in, skips every sentence the
concept pre-filter rules out, and parses the rest with provision.lark. Defined terms
stand for their definitions and a cross-reference to a clause headed "Human Rights"
names human rights; a provision disapplied elsewhere is read as negated.

Knows nothing of rules, statuses or reports: that is match.py.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from lark import Token, Transformer

from clausecheck import _tokens
from clausecheck._clauses import (
    Condition,
    Core,
    Element,
    Marker,
    Reading,
    read_clauses,
    shared_concepts,
)
from clausecheck._references import (
    References,
    disapplied_keys,
    label_keys,
    named_keys,
    part_names,
    reference_keys,
    references,
)
from clausecheck._sentences import Span, inline_list, split_sentences
from clausecheck.model import Block, BlockKind, Clause, Document, Modality, Provision, Region, Role

OPERATIVE_REGIONS = frozenset({Region.OPERATIVE, Region.SCHEDULE})

_LIST_LABEL = re.compile(r"^\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})[.)]\s*$")


class ToElements(Transformer):
    """provision.lark's tree, rule by rule, into the elements _clauses.py assembles."""

    def start(self, children: list) -> list[Element]:
        return children[0]

    def provision(self, children: list) -> list[Element]:
        if any(_survives(child) for child in children):
            # "The obligations of the Supplier under this Clause shall survive termination":
            # the noun names duties written elsewhere; a survival clause allocates none.
            return [_as_statement(child) for child in children]
        return children

    def core(self, children: list) -> Core:
        if isinstance(children[-1], Token) and children[-1].type == "DUTIES_INCLUDE":
            # "The Contractor's obligations under this Contract include ..."
            return Core(children[0], "obligation", (children[-1],))
        if isinstance(children[0], Token) and children[0].type == "DELIVERED_BY":
            # "Human rights report - prepared by the Supplier every six months": a schedule
            # line allocating a deliverable binds the party it names.
            return Core(children[1], "obligation", (children[0],))
        if isinstance(children[0], Token) and children[0].type == "OWED":
            # "It is the duty of the Licence Holder to ...": the owner follows the duty.
            return Core(children[1], "obligation", (children[0],))
        subject = children[0] if len(children) == 2 else None
        form, words = children[-1]
        return Core(subject, form, words)

    def subject(self, children: list) -> Token:
        return children[0]

    def owner(self, children: list) -> Token:
        return children[0]

    def condition(self, children: list) -> Condition:
        return Condition(tuple(children))

    def proviso(self, children: list) -> Marker:
        return Marker("proviso", children[0])

    def qualifier(self, children: list) -> Marker:
        return Marker("qualifier", children[0])

    # One method per modal form: the node name is the form.
    def obligation(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "obligation", tuple(children)

    def prohibition(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "prohibition", tuple(children)

    def negated(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "negated", tuple(children)

    def right(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "right", tuple(children)

    def recommendation(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "recommendation", tuple(children)

    def best_efforts(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "best_efforts", tuple(children)

    def disapplication(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "disapplication", tuple(children)

    def statement(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "statement", tuple(children)

    def past(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "statement", tuple(children)

    def nothing(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "nothing", tuple(children)

    def part_of(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "part_of", tuple(children)


_TO_ELEMENTS = ToElements()


def _survives(element: Element) -> bool:
    return isinstance(element, Core) and any(w.type == "SURVIVES" for w in element.words)


def _as_statement(element: Element) -> Element:
    if isinstance(element, Core) and element.words and element.words[0].type == "OWED":
        return Core(element.subject, "statement", element.words)
    return element


def read_sentence(
    text: str, parties: _tokens.PartyNames, context: Role | None = None
) -> list[Reading]:
    """Read one sentence into its clauses.

    >>> names = _tokens.party_names(("Supplier",), ("Authority",))
    >>> [r.modality.value for r in read_sentence(
    ...     "The Supplier shall use reasonable efforts to respect human rights.", names)]
    ['best-efforts']
    """
    tokens = _tokens.tokenize(text, parties)
    if not tokens:
        return []
    short = _tokens.shorten(tokens, text)
    template = _template(tuple(t.type for t in short))
    elements = [_instantiate(element, short) for element in template]
    return read_clauses(text, elements, tokens, context)


@lru_cache(maxsize=4096)
def _template(types: tuple[str, ...]) -> tuple[Element, ...]:
    """The elements of a token-type sequence, parsed once: the shape of a sentence
    depends only on its token types, and contracts repeat their shapes."""
    dummies = [Token(kind, str(i), start_pos=i, end_pos=i) for i, kind in enumerate(types)]
    return tuple(_TO_ELEMENTS.transform(_tokens.parse(dummies)))


def _instantiate(element: Element, tokens: list[Token]) -> Element:
    def real(token: Token) -> Token:
        return tokens[int(token.value)]

    if isinstance(element, Token):
        return real(element)
    if isinstance(element, Core):
        subject = real(element.subject) if element.subject is not None else None
        return Core(subject, element.form, tuple(real(w) for w in element.words))
    if isinstance(element, Condition):
        return Condition(tuple(real(t) for t in element.tokens))
    return Marker(element.kind, real(element.token))


# ---------------------------------------------------------------------------
# Walking the document
# ---------------------------------------------------------------------------


@dataclass
class _Lead:
    """An open lead-in ("The Supplier shall:") and where it stands."""

    text: str
    depth: int
    block: int
    kind: BlockKind


def extract(document: Document, anchors: frozenset[str] | None = None) -> tuple[Provision, ...]:
    """Every provision of the operative parts of a contract, in document order.

    A provision is one clause of a sentence (or of a list item read with its lead-in).
    Only sentences that name an anchor concept (or disapply something) are parsed.

    Args:
        document: a structured Document.
        anchors: the concepts that can make a sentence matter (the rulebook's anchors,
            ``rules.anchors()``); None reads every sentence that names any concept.
    """
    # One scan of every block for the anchor concepts: it tells which blocks (and which
    # sentences) can matter, and which blocks name human rights (for cross-references).
    scanner = _tokens.prefilter(anchors)
    bodyless = _bodyless(document)
    hits = [
        list(scanner.scan(b.text))
        if _region(b, document.clauses[b.index] if document.is_structured else None, bodyless)
        in OPERATIVE_REGIONS
        else []
        for b in document.blocks
    ]
    names_rights = None
    if anchors is None or "human_rights" in anchors:
        names_rights = [
            any(
                "human_rights" in _tokens.concepts_of(Token(kind, b.text[s:e]))
                for s, e, kind in found_in
            )
            for b, found_in in zip(document.blocks, hits, strict=True)
        ]
    context = references(document, names_rights)
    found: list[Provision] = []
    disapplied: dict[str, Provision] = {}

    def pointing_back(block: Block, text: str) -> bool:
        # "review the results of such identification periodically": a block that names
        # no concept of its own but points back at the block before it, which did.
        return block.index > 0 and bool(hits[block.index - 1]) and bool(_ANAPHORA.search(text))

    def relevant(block: Block, prefix: str) -> bool:
        return (
            bool(hits[block.index])
            or bool(
                context.refers and context.quick is not None and context.quick.search(block.text)
            )
            or bool(prefix and _tokens.is_candidate(prefix, anchors))
            or pointing_back(block, block.text)
        )

    for block, clause, _text, pieces in _passages(document, relevant, bodyless):
        region = _region(block, clause, bodyless)
        role: Role | None = None
        for evaluated, lead_length, span in pieces:
            named = (
                any(s < span.end and e > span.start for s, e, _k in hits[block.index])
                if not lead_length and evaluated == block.text[span.start : span.end]
                else _tokens.is_candidate(evaluated, anchors)
            )
            if (
                not named
                and not (context.refers and context.names_human_rights(evaluated, clause))
                and not pointing_back(block, evaluated)
            ):
                continue  # "a report on the steps taken under clause 3" still counts
            sentence_start = len(found)
            before = frozenset().union(
                *(p.concepts for p in found[-4:] if found and p.text == found[-1].text)
            )
            readings = read_sentence(evaluated, context.parties, role)
            for reading in readings:
                role = reading.role if reading.role is not Role.OTHER else role
                provision = _provision(
                    document, context, block, clause, region, evaluated, lead_length, span, reading
                )
                if found:
                    inherited = _points_back(
                        provision, found[-1], evaluated[reading.start : reading.end], before
                    )
                    if not inherited <= provision.concepts:
                        provision = replace(provision, concepts=provision.concepts | inherited)
                if (
                    len(found) > sentence_start
                    and "human_rights" in provision.concepts
                    and "human_rights" not in found[-1].concepts
                    and _APPOSITIVE.search(evaluated, max(0, reading.start - 12), reading.start + 8)
                ):
                    # "appoint an independent Monitoring Consultant, who shall monitor
                    # compliance with the Human Rights Standards": the relative clause says
                    # what the thing before it is for, even through a defined term.
                    found[-1] = replace(found[-1], concepts=found[-1].concepts | {"human_rights"})
                found.append(provision)
                for label in reading.disapplies:
                    for key in disapplied_keys(label):
                        disapplied.setdefault(key, provision)
            if len(found) - sentence_start == len(readings) > 1 and any(r.joined for r in readings):
                # What a defined term or a cross-reference added ("to verify compliance
                # with this Article 9") is shared like the clause's own words.
                mine = found[sentence_start:]
                shared = shared_concepts(readings, [p.concepts for p in mine], evaluated)
                found[sentence_start:] = [
                    p if c == p.concepts else replace(p, concepts=c)
                    for p, c in zip(mine, shared, strict=True)
                ]
    _disapplications_in_definitions(document, context, bodyless, disapplied)
    found = _unselected(document, found)
    if disapplied:
        parts = part_names(document)
        found = [_apply_disapplication(p, disapplied, parts) for p in found]
    return tuple(_whole_instrument_audits(found))


# "to verify compliance with the conditions of this Licence": an inspection of every
# condition reaches the human-rights conditions too, when the instrument has them (a
# company duty that names human rights). Without them it stays an audit with no
# human-rights scope (weak, catalogue OV1).
_WHOLE_INSTRUMENT = re.compile(
    r"\b(?:compl(?:y|ies|iance)|conform(?:s|ity)?|observance|performance)\s+(?:with|of|to)\s+"
    r"(?:all\s+|each\s+of\s+|any\s+of\s+)?(?:the\s+)?(?:terms\s+and\s+)?conditions\s+of\s+(?:this|the)"
    r"\s+(?:Licen[cs]e|Concession|Permit|Authori[sz]ation)\b|\b(?:this|the)\s+Licen[cs]e\s+conditions\b",
    re.IGNORECASE,
)


def _whole_instrument_audits(found: list[Provision]) -> list[Provision]:
    """Audits of "the conditions of this Licence" name human rights when a condition does."""
    if not any(
        "audit" in p.concepts and "human_rights" not in p.concepts for p in found
    ) or not any(
        "human_rights" in p.concepts
        and p.role is Role.COMPANY
        and p.modality is Modality.OBLIGATION
        for p in found
    ):
        return found
    return [
        replace(p, concepts=p.concepts | {"human_rights"})
        if "audit" in p.concepts
        and "human_rights" not in p.concepts
        and _WHOLE_INSTRUMENT.search(p.text)
        else p
        for p in found
    ]


# A clause printed with an editor's note that takes it out: "[Optional clause 24A - Human
# rights due diligence: NOT SELECTED for this Agreement.]", "[Not used]", "[Intentionally
# left blank]", "[Deleted]", "[Not applicable]". Model contracts with optional clauses
# keep the text of a clause the parties did not choose; it does not bind them, so it
# cannot satisfy a rule (reading rule 1). The note must be in square brackets, as
# editors print it, and say so in its last words.
_UNSELECTED = re.compile(
    r"\[\s*(?:[^\[\]]{0,200}?[:\u2013\u2014-]\s*)?(?:not\s+selected|not\s+used|not\s+applicable"
    r"|(?:intentionally\s+)?(?:left\s+)?blank|deleted|omitted|does\s+not\s+apply"
    r"|not\s+(?:chosen|elected|adopted|incorporated))"
    r"(?:\s+(?:for|in|under|to)\s+(?:this|the)\s+[A-Z]?\w+)?\s*[.!]?\s*\]",
    re.IGNORECASE,
)


def _unselected(document: Document, found: list[Provision]) -> list[Provision]:
    """Provisions of a clause whose editor's note says it is not selected, read as negated.

    The note reaches the rest of its own block and every later block of the same clause
    (the same label, or a label under it).
    """
    noted: dict[str, int] = {}  # the key of a noted clause's label -> the note's block
    blocks: set[int] = set()
    for block in document.blocks:
        if "[" not in block.text or not _UNSELECTED.search(block.text):
            continue
        blocks.add(block.index)
        clause = document.clauses[block.index] if document.is_structured else None
        if clause is not None and clause.label:
            noted.setdefault(label_keys(clause.label)[0], block.index)
    if not blocks:
        return found

    def under_note(location_block: int, label: str | None) -> bool:
        # The noted label itself, or one under it ("24A.1", "24A(b)"): its keys.
        return location_block in blocks or any(
            location_block > noted.get(key, location_block) for key in label_keys(label)
        )

    return [
        replace(
            p,
            modality=Modality.NEGATED,
            qualifiers=(*p.qualifiers, "a clause not selected for this contract"),
        )
        if p.modality is not Modality.NEGATED and under_note(p.location.block, p.location.label)
        else p
        for p in found
    ]


def _disapplications_in_definitions(
    document: Document, context: References, bodyless: bool, disapplied: dict[str, Provision]
) -> None:
    """What an interpretation article takes out ("Section 1.02. Section 7.03 of the
    General Conditions shall not apply to this Agreement"). Its definitions oblige no one
    and are not read as provisions, but a disapplication among them still operates
    (reading rule 1)."""
    if not document.is_structured:
        return
    scanner = _tokens.prefilter(frozenset(), disapplying=True)
    for block in document.blocks:
        clause = document.clauses[block.index]
        if _region(block, clause, bodyless) is not Region.DEFINITIONS:
            continue
        if not scanner.search(block.text):
            continue
        for sentence in split_sentences(block.text, clause.body_start):
            words = block.text[sentence.start : sentence.end]
            for reading in read_sentence(words, context.parties, None):
                if not reading.disapplies:
                    continue
                region = Region.DEFINITIONS
                source = _provision(
                    document, context, block, clause, region, words, 0, sentence, reading
                )
                for label in reading.disapplies:
                    for key in disapplied_keys(label):
                        disapplied.setdefault(key, source)


def _passages(
    document: Document, relevant: Callable[[Block, str], bool] | None = None, bodyless: bool = False
) -> Iterator[tuple[Block, Clause | None, str, list[tuple[str, int, Span]]]]:
    """Each operative block with the pieces to read: (evaluated text, lead length, span).

    A block in which ``relevant`` finds nothing (and whose list lead-in finds nothing)
    is not split into sentences at all: most of a long contract is skipped here.
    """
    structured = document.is_structured
    leads: list[_Lead] = []
    pending: tuple[Block, Clause | None, list[tuple[str, int, Span]]] | None = None
    for block in document.blocks:
        clause = document.clauses[block.index] if structured else None
        region = _region(block, clause, bodyless)
        heading = (
            block.kind is BlockKind.HEADING
            or (clause is not None and clause.is_heading)
            or block.text.lstrip().startswith("#")
        )  # a Markdown heading in plain text
        if region not in OPERATIVE_REGIONS or heading:
            leads.clear()
            if pending:
                yield pending[0], pending[1], pending[0].text, pending[2]
                pending = None
            continue
        depth = clause.depth if clause else 0
        start = clause.body_start if clause else 0
        text = block.text
        if pending and (
            (leads and _is_continuation(block, clause, text, start))
            or _row_continues(pending[0], block)
        ):
            # "..., in each case within 10 days": the words after a list belong to its
            # last item; "| You must review the assessment. | Every six months. |": the
            # cells of a table row read as one provision.
            last_block, last_clause, last_pieces = pending
            evaluated, lead_length, span = last_pieces[-1]
            joined = f"{evaluated} {text[start:].strip()}"
            last_pieces[-1] = (joined, lead_length, span)
            yield last_block, last_clause, last_block.text, last_pieces
            pending = None
            continue
        if pending:
            yield pending[0], pending[1], pending[0].text, pending[2]
            pending = None
        while leads and not _is_item(block, clause, depth, leads[-1]):
            leads.pop()
        prefix = " ".join(lead.text for lead in leads)
        if relevant is not None and not _is_lead_in(text) and not relevant(block, prefix):
            continue
        pieces: list[tuple[str, int, Span]] = []
        sentences = split_sentences(text, start)
        for n, sentence in enumerate(sentences):
            words = text[sentence.start : sentence.end]
            if n == len(sentences) - 1 and _is_lead_in(words):
                if _AGREEMENT_FORMULA.match(words):
                    # "IT IS AGREED as follows:" introduces the whole operative part,
                    # not a list: its clauses bind whoever they name themselves.
                    continue
                # "... shall review and update it: (b) whenever there is a material change.
                # A material change includes: (i) ...": a nested lead-in that is a sentence
                # of its own, with no modal word, describes; it does not go on the duty.
                own = words if _is_own_sentence(words) else f"{prefix} {words}".strip()
                leads.append(_Lead(own, depth, block.index, block.kind))
                continue
            listed = inline_list(text, sentence)
            if listed is None:
                pieces.append(_piece(prefix, words, sentence))
                continue
            lead = text[listed.lead_in.start : listed.lead_in.end].strip()
            for item in listed.items:
                pieces.append(_piece(f"{prefix} {lead}".strip(), text[item.start : item.end], item))
        if not pieces:
            continue
        if (leads and leads[-1].block != block.index) or block.cell is not None:
            pending = (block, clause, pieces)  # a list item or a table cell: its
            #                                    continuation may follow
        else:
            yield block, clause, text, pieces
    if pending:
        yield pending[0], pending[1], pending[0].text, pending[2]


_MODAL_WORD = re.compile(r"\b(?:shall|must|agrees?|undertakes?)\b", re.I)
_ANY_MODAL = re.compile(r"\b(?:shall|must|will|may|should|agrees?|undertakes?|is\s+to)\b", re.I)


def _row_continues(before: Block, block: Block) -> bool:
    """A later cell of the same table row that adds no duty of its own ("At least every
    six months")."""
    return (
        before.cell is not None
        and block.cell is not None
        and before.cell[:2] == block.cell[:2]
        and before.cell[2] < block.cell[2]
        and _MODAL_WORD.search(block.text) is None
    )


def _region(block: Block, clause: Clause | None, bodyless: bool = False) -> Region:
    """The block's region; a numbered clause of a paragraph's length is operative even
    where the structure stage has placed it after the signatures (an annex that follows
    them, a PDF whose signature page came early). In a document the structure stage
    found no operative part in at all (``bodyless``), its numbered clauses ("14.2 The
    beneficiary must ...") are the body, whatever region they were given: recitals are
    not numbered "14.2"."""
    if clause is None:
        return Region.OPERATIVE
    if clause.region is Region.SIGNATURE and clause.own_label and len(block.text) > 150:
        return Region.OPERATIVE
    if (
        bodyless
        and clause.region is Region.RECITALS
        and clause.own_label
        and _NUMBERED.match(clause.own_label)
    ):
        return Region.OPERATIVE
    return clause.region


_NUMBERED = re.compile(r"^(?:\d+(?:\.\d+)+\.?|(?:Article|Section|Clause)\s+\d+)", re.I)


def _bodyless(document: Document) -> bool:
    """Whether the structure stage found no operative clause (schedules aside) in the
    whole document."""
    return document.is_structured and not any(
        c.region is Region.OPERATIVE for c in document.clauses
    )


def _piece(prefix: str, words: str, span: Span) -> tuple[str, int, Span]:
    if not prefix:
        return words, 0, span
    # "The Partner Company is obliged: (1) to consult ...": the item completes the
    # lead-in's words, so the colon between them does not split "is obliged to".
    prefix = prefix.rstrip().removesuffix(":").rstrip()
    return f"{prefix} {words}", len(prefix) + 1, span


_LEAD_END = re.compile(r"(?::|:\s*[-–—]|\w\s*[—–]|\w-|\w\s+-)\s*$")


# The words that open the operative part: "IT IS AGREED as follows:", "NOW, THEREFORE, the
# Parties agree as follows:", "HAVE AGREED AS FOLLOWS:". A party agreeing ("The Supplier
# agrees as follows:") is a lead-in and is not matched.
_AGREEMENT_FORMULA = re.compile(
    r"^\s*(?:now,?\s+(?:therefore|it\s+is\s+hereby\s+agreed),?\s+)?"
    r"(?:in\s+consideration\s+of\s+[^:]{0,200}?,\s*)?(?:"
    r"it\s+is\s+(?:hereby\s+)?(?:mutually\s+)?agreed|"
    r"(?:the\s+)?parties\s+(?:hereto\s+)?(?:hereby\s+)?(?:mutually\s+)?(?:agree|have\s+agreed)|"
    r"(?:they\s+)?(?:have\s+)?agreed)"
    r"(?:\s+\w+){0,6}?\s+as\s+follows\s*:\s*$",
    re.IGNORECASE,
)


def _is_own_sentence(words: str) -> bool:
    """A lead-in that starts a new sentence and has no modal word of its own."""
    body = _LIST_HEAD.sub("", words.lstrip())
    return bool(body) and body[0].isupper() and _ANY_MODAL.search(body) is None


_LIST_HEAD = re.compile(r"^(?:\(?[a-z]{1,2}\)|\(?[ivxlc]{1,6}\)|\(?\d{1,2}[.)]|[-•*])\s*")


def _is_lead_in(words: str) -> bool:
    """A sentence that introduces a list: "The Supplier shall:", "shall not—", "of-"."""
    # Only the end of the text can match: searching the whole of a long paragraph for
    # "\s*$" tries every position.
    return _LEAD_END.search(words, max(0, len(words.rstrip()) - 24)) is not None


def _is_item(block: Block, clause: Clause | None, depth: int, lead: _Lead) -> bool:
    """Whether a block is an item of the list an open lead-in introduces."""
    if block.kind is BlockKind.LIST_ITEM and lead.kind is not BlockKind.LIST_ITEM:
        return True
    if clause is not None:
        return depth > lead.depth
    return bool(_LIST_LABEL.match(block.text.split(" ", 1)[0]))


def _is_continuation(block: Block, clause: Clause | None, text: str, start: int) -> bool:
    """An unlabelled paragraph after a list that goes on with its last item."""
    if block.kind is BlockKind.LIST_ITEM or (clause is not None and clause.own_label):
        return False
    body = text[start:].lstrip()
    return (
        bool(body)
        and (body[0].islower() or body[0] in ",;")
        and not _LIST_LABEL.match(body.split(" ", 1)[0])
    )


def _provision(
    document: Document,
    context: References,
    block: Block,
    clause: Clause | None,
    region: Region,
    evaluated: str,
    lead_length: int,
    span: Span,
    reading: Reading,
) -> Provision:
    if lead_length:
        start, end = span.start, span.end  # a list item: point at the item
    else:
        start = span.start + reading.start
        end = span.start + reading.end
    concepts = set(reading.concepts)
    part = evaluated[reading.start : reading.end]
    if (
        "human_rights" not in concepts
        and context.refers
        and context.names_human_rights(part, clause)
    ):
        concepts.add("human_rights")
    return Provision(
        text=evaluated,
        location=document.locate(block.index, start, end),
        region=region,
        subject=reading.subject,
        role=reading.role,
        modality=reading.modality,
        action=reading.action,
        conditions=reading.conditions,
        qualifiers=reading.qualifiers,
        concepts=frozenset(concepts),
        modal=reading.modal,
        prohibitive=reading.prohibitive,
        agent=reading.agent,
        mentions=reading.mentions,
    )


# "may inspect those records", "a breach of such obligations": the demonstrative carries
# the subject matter of the sentence before into this one.
_APPOSITIVE = re.compile(r",\s*(?:who|which)\b", re.IGNORECASE)
_ANAPHORA = re.compile(
    r"\b(?:such|those|these|the\s+said|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:records|"
    r"information|documents|documentation|data|reports?|books|assessments?|measures|"
    r"obligations|requirements|undertakings|commitments|polic(?:y|ies)|plans?|procedures?|"
    r"processes|standards|provisions|breach(?:es)?|failures?|impacts?|matters|notices?|"
    r"notifications?|incidents?|events?|identification|results|findings|analys[ie]s|"
    r"reviews?|evaluations?|requests?|orders?|demands?)\b"
    r"|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:assessments?|due\s+diligence|impact\s+assessments?)\b",
    re.I,
)


# "review the results of such identification", "if it receives such a request": what
# the demonstrative points at decides which subject matter comes with it.
_ASSESSMENT_WORDS = re.compile(
    r"\b(?:assessments?|identification|results|findings|analys[ie]s|reviews?|evaluations?|"
    r"due\s+diligence)\b",
    re.I,
)
_DEMONSTRATIVE = re.compile(r"(?:such|those|these|the\s+said|the\s+same)\b", re.I)
_REQUEST_WORDS = re.compile(r"\b(?:requests?|orders?|demands?|instructions?|directions?)\b", re.I)


def _points_back(
    provision: Provision, previous: Provision, clause: str, sentence: frozenset[str]
) -> frozenset[str]:
    """The subject matter a provision takes from the one before it (in the same or the
    preceding block) by pointing back at it ("such records", "such a request").
    ``sentence`` holds the concepts of every clause of the sentence ``previous`` ends."""
    if not 0 <= provision.location.block - previous.location.block <= 1:
        return frozenset()
    inherited: set[str] = set()
    # "If you receive such a request, you may tell the resident": a request pointed
    # back at anywhere in the clause, its condition included.
    request = _ANAPHORA.search(clause)
    if request is not None and _REQUEST_WORDS.search(request.group(0)):
        inherited |= sentence & {"gov_request", "state_request"}
    m = _ANAPHORA.search(provision.action)
    if m is None:
        return frozenset(inherited)
    if "human_rights" in previous.concepts:
        inherited.add("human_rights")
        if _ASSESSMENT_WORDS.search(m.group(0)) and _DEMONSTRATIVE.match(m.group(0)):
            inherited |= previous.concepts & {"impact", "due_diligence", "impact_assessment"}
    return frozenset(inherited)


_INLINE_ITEM = re.compile(r"(?<![\w)])(\([a-z]{1,2}\)|\([ivx]{1,4}\))\s")
# The label a provision writes for itself at its start, where quoted from another
# instrument or where the structure stage gave it none: "General Condition 12.1:",
# "General Conditions, Clause 31.1:", "Framework Terms, clause 16.1:", "Schedule 7,
# paragraph 4:". A name before the label needs the colon or dash after it, so that an
# ordinary sentence ("In those Regions, clause 5 applies") is never taken for a label.
_OWN_NUMBER = r"(?:\d+(?:\.\d+)*|[A-Z]\b|[IVXLC]+\b)(?:\([a-z0-9]+\))*"
_OWN_LABEL = re.compile(
    r"^\s*(?:(?P<name>[A-Z][\w'’&-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’&-]*){0,5})\s*,\s*)?"
    r"(?:(?i:general|special|standard|particular)\s+)?"
    r"(?P<unit>(?i:clause|condition|section|article|paragraph|schedule|annex|appendix))"
    rf"\s+(?P<number>{_OWN_NUMBER})"
    rf"(?:\s*,\s*(?P<unit2>(?i:paragraph|clause|section|item))\s+(?P<number2>{_OWN_NUMBER}))?"
    r"(?P<end>\s*[:.\u2013\u2014-])?"
)


def _own_keys(text: str, label: str | None) -> list[str]:
    """The keys of the label a provision writes for itself (see ``_OWN_LABEL``)."""
    own = _OWN_LABEL.match(text)
    if own is None or not (own["end"] or (label is None and not own["name"])):
        return []
    if own["number2"]:
        # "Schedule 7, paragraph 4": cited as "paragraph 4 of Schedule 7".
        return label_keys(f"{own['unit']} {own['number']}, {own['unit2']} {own['number2']}")
    # Deleting Clause 31 deletes 31.1 too: the written label reaches its ancestors.
    keys = reference_keys(own["unit"], own["number"])
    if own["name"]:
        keys += [f"{key}@{own['name'].lower()}" for key in keys]
    return keys


# "Clause 40.2:", "Order Form, Special Term 1:", "Statement of Work, Special Terms:": a
# label names a unit of a contract or carries a number; "For the avoidance of doubt:"
# does neither.
_WRITTEN_LABEL = re.compile(
    r"^\s*([A-Z][^:;!?]{0,58}?(?:\d[\w().]*|(?i:terms?|conditions?|clauses?|sections?|"
    r"articles?|paragraphs?|schedules?|annex(?:es)?|items?)))\s*:"
)


def _written_label(text: str) -> str | None:
    """The label a paragraph writes before a colon ("Clause 40.2:", "Order Form, Special
    Term 1:"), so that a finding names where the disapplication stands."""
    m = _WRITTEN_LABEL.match(text)
    return m.group(1) if m is not None and not _ANY_MODAL.search(m.group(1)) else None


def _apply_disapplication(
    provision: Provision, disapplied: dict[str, Provision], parts: dict[str, frozenset[str]]
) -> Provision:
    """A provision under a disapplied label does not count: it is read as negated."""
    if provision.modality is Modality.NEGATED:
        return provision
    location = provision.location
    keys = [*label_keys(location.label), *named_keys(location.label, location.heading, parts)]
    # "General Condition 12.1: Vendor shall ..." where the structure stage gave the
    # paragraph no label, or "General Conditions, Clause 31.1: ..." quoted under a label
    # of this document: the label the provision writes for itself.
    keys += _own_keys(provision.text, location.label)
    # "Notwithstanding Section 8.1(k)" where (k) is an item written inline in 8.1.
    if location.label and any(f"{location.label.lower()}(" in key for key in disapplied):
        keys += [
            f"{key}{item}"
            for key in label_keys(location.label)
            for item in _INLINE_ITEM.findall(provision.text)
        ]
    for key in keys:
        source = disapplied.get(key)
        if source is not None and source.location.block != provision.location.block:
            where = (
                _written_label(source.text)
                or source.location.label
                or f"block {source.location.block}"
            )
            return replace(
                provision,
                modality=Modality.NEGATED,
                qualifiers=(*provision.qualifiers, f"disapplied by {where}"),
            )
    return provision
