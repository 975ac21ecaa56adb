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
from clausecheck._clauses import Condition, Core, Element, Marker, Reading, read_clauses
from clausecheck._references import References, disapplied_keys, label_keys, references
from clausecheck._sentences import Span, inline_list, split_sentences
from clausecheck.model import Block, BlockKind, Clause, Document, Modality, Provision, Region, Role

OPERATIVE_REGIONS = frozenset({Region.OPERATIVE, Region.SCHEDULE})

_LIST_LABEL = re.compile(r"^\(?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})[.)]\s*$")


class ToElements(Transformer):
    """provision.lark's tree, rule by rule, into the elements _clauses.py assembles."""

    def start(self, children: list) -> list[Element]:
        return children[0]

    def provision(self, children: list) -> list[Element]:
        return children

    def core(self, children: list) -> Core:
        subject = children[0] if len(children) == 2 else None
        form, words = children[-1]
        return Core(subject, form, words)

    def subject(self, children: list) -> Token:
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

    def nothing(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "nothing", tuple(children)

    def part_of(self, children: list) -> tuple[str, tuple[Token, ...]]:
        return "part_of", tuple(children)


_TO_ELEMENTS = ToElements()


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
    hits = [
        list(scanner.scan(b.text))
        if _region(b, document.clauses[b.index] if document.is_structured else None)
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

    def relevant(block: Block, prefix: str) -> bool:
        return (
            bool(hits[block.index])
            or bool(
                context.refers and context.quick is not None and context.quick.search(block.text)
            )
            or bool(prefix and _tokens.is_candidate(prefix, anchors))
        )

    for block, clause, _text, pieces in _passages(document, relevant):
        region = _region(block, clause)
        role: Role | None = None
        for evaluated, lead_length, span in pieces:
            named = (
                any(s < span.end and e > span.start for s, e, _k in hits[block.index])
                if not lead_length and evaluated == block.text[span.start : span.end]
                else _tokens.is_candidate(evaluated, anchors)
            )
            if not named and not (context.refers and context.names_human_rights(evaluated, clause)):
                continue  # "a report on the steps taken under clause 3" still counts
            for reading in read_sentence(evaluated, context.parties, role):
                role = reading.role if reading.role is not Role.OTHER else role
                provision = _provision(
                    document, context, block, clause, region, evaluated, lead_length, span, reading
                )
                if found and _points_back(provision, found[-1]):
                    provision = replace(provision, concepts=provision.concepts | {"human_rights"})
                found.append(provision)
                for label in reading.disapplies:
                    for key in disapplied_keys(label):
                        disapplied.setdefault(key, provision)
    if disapplied:
        found = [_apply_disapplication(p, disapplied) for p in found]
    return tuple(found)


def _passages(
    document: Document, relevant: Callable[[Block, str], bool] | None = None
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
        region = _region(block, clause)
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
        if relevant is not None and not _LEAD_END.search(text) and not relevant(block, prefix):
            continue
        pieces: list[tuple[str, int, Span]] = []
        sentences = split_sentences(text, start)
        for n, sentence in enumerate(sentences):
            words = text[sentence.start : sentence.end]
            if n == len(sentences) - 1 and _is_lead_in(words):
                leads.append(_Lead(f"{prefix} {words}".strip(), depth, block.index, block.kind))
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


def _region(block: Block, clause: Clause | None) -> Region:
    """The block's region; a numbered clause of a paragraph's length is operative even
    where the structure stage has placed it after the signatures (an annex that follows
    them, a PDF whose signature page came early)."""
    if clause is None:
        return Region.OPERATIVE
    if clause.region is Region.SIGNATURE and clause.own_label and len(block.text) > 150:
        return Region.OPERATIVE
    return clause.region


def _piece(prefix: str, words: str, span: Span) -> tuple[str, int, Span]:
    if not prefix:
        return words, 0, span
    return f"{prefix} {words}", len(prefix) + 1, span


_LEAD_END = re.compile(r"(?::|:\s*[-–—]|\w\s*[—–]|\w-|\w\s+-)\s*$")


def _is_lead_in(words: str) -> bool:
    """A sentence that introduces a list: "The Supplier shall:", "shall not—", "of-"."""
    return _LEAD_END.search(words) is not None


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
_ANAPHORA = re.compile(
    r"\b(?:such|those|these|the\s+said|the\s+same)\s+(?:[\w-]+\s+){0,2}?(?:records|"
    r"information|documents|documentation|data|reports?|books|assessments?|measures|"
    r"obligations|requirements|undertakings|commitments|polic(?:y|ies)|plans?|procedures?|"
    r"processes|standards|provisions|breach(?:es)?|failures?|impacts?|matters|notices?|"
    r"notifications?|incidents?|events?)\b"
    r"|\b(?:its|their)\s+(?:[\w-]+\s+)?(?:assessments?|due\s+diligence|impact\s+assessments?)\b",
    re.I,
)


def _points_back(provision: Provision, previous: Provision) -> bool:
    """Whether a provision refers back to the human-rights matter of the one before it
    (in the same or the preceding block)."""
    return (
        "human_rights" in previous.concepts
        and "human_rights" not in provision.concepts
        and 0 <= provision.location.block - previous.location.block <= 1
        and _ANAPHORA.search(provision.action) is not None
    )


def _apply_disapplication(provision: Provision, disapplied: dict[str, Provision]) -> Provision:
    """A provision under a disapplied label does not count: it is read as negated."""
    if provision.modality is Modality.NEGATED:
        return provision
    for key in label_keys(provision.location.label):
        source = disapplied.get(key)
        if source is not None and source.location.block != provision.location.block:
            where = source.location.label or f"block {source.location.block}"
            return replace(
                provision,
                modality=Modality.NEGATED,
                qualifiers=(*provision.qualifiers, f"disapplied by {where}"),
            )
    return provision
