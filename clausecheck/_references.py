"""What a contract's own names stand for: its defined terms and its clause labels.

Party names come from ``_sides.py``. A defined term ("the Human
Rights Requirements", "the Supplier Code") or a cross-reference ("a breach of clause
13", "the policy in paragraph (b)") stands for the human-rights content of what it names
— but only where the clause invokes it as a standard ("comply with", "a breach of",
"the obligations under"): "Subject to clause 13" invokes nothing. Knows nothing of
modality or rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from lark import Token

from clausecheck import _tokens
from clausecheck._sides import party_names_of
from clausecheck.model import Block, BlockKind, Clause, Document, Region

# Words by which a clause invokes a standard: "comply with", "a breach of", "the
# obligations under", "violates the policy in". Only after them does a defined term or a
# cross-reference stand for the human-rights content it names.
_VERBS = (
    r"(?i:compl\w*\s+with|in\s+accordance\s+with|observ\w*|adher\w*\s+to|"
    r"abid\w*\s+by|breach\w*\s+(?:of|by\s+\S+\s+of)|non-?compliance\s+with|"
    r"(?:breach(?:es|ed|ing)?|violat(?:es|ed|ing))(?=\s+(?:clause|section|article|paragraph|"
    r"condition|part|schedule|annex|appendix)s?\b)|"
    r"follow(?:s|ed|ing)?|meet(?:s|ing)?\s+the\s+(?:requirements|standards)\s+(?:of|in)|"
    r"violat\w*|contraven\w*|uphold\w*|respect\w*|obligations?\s+(?:under|in)|"
    r"requirements?\s+(?:of|in)|set\s+(?:out|forth)\s+in|referred\s+to\s+in|"
    r"described\s+in|provisions\s+of|substance\s+of|(?:taken|performed|carried\s+out|"
    r"undertaken|made|done|identified|adopted|established|imposed)\s+(?:under|pursuant\s+to)|"
    r"pursuant\s+to|required\s+by|laid\s+down\s+in|specified\s+in|"
    r"(?:equivalent|similar|corresponding|identical|comparable)\s+to\s+(?:those|that|the\s+\w+)"
    r"\s+(?:in|of|under)|"
    r"(?:steps|measures|actions?|duties|commitments?|undertakings?)\s+(?:under|in))\s+"
)
_GAP = r"(?:[\w'’]+,?\s+){0,3}?"
# "the requirements of paragraphs (c), (d) or (i) of this clause": up to eight words
# (a list of sub-paragraphs, say) between the verb and the self-reference.
_SELF_REFERENCE = re.compile(
    _VERBS + r"(?:[\w'’(),]+\s+){0,8}?"
    r"(?i:this\s+(?:clause|article|section|schedule|"
    r"paragraph|part|annex|appendix))\b"
)
_UNITS = (
    r"clauses?|sub-?clauses?|articles?|sections?|paragraphs?|sub-?paragraphs?|"
    r"schedules?|annex(?:es)?|appendix|appendices|parts?|conditions?"
)
_NUMBER = r"(?:\d+(?:\.\d+)*|[IVXLC]+(?:\.\d+)*\b|[A-Z]\b)?(?:\([a-zA-Z0-9]+\))*"
REFERENCE = re.compile(rf"\b({_UNITS})\s+({_NUMBER})", re.IGNORECASE)
_INVOKED_REFERENCE = re.compile(
    _VERBS + _GAP + r"(?i:(?:the|its|all|any|this)\s+)?" + REFERENCE.pattern, re.IGNORECASE
)
_DETERMINER = r"(?i:(?:the|its|all|any|this|such)\s+)?"


@dataclass(frozen=True, slots=True)
class References:
    """A document's names, resolved once."""

    parties: _tokens.PartyNames
    defined: re.Pattern[str] | None  # defined terms that stand for human rights
    human_rights_keys: frozenset[str]  # clause keys that name human rights
    title_names_human_rights: bool
    quick: re.Pattern[str] | None = None  # words any reference needs: "clause", a term
    # The whole document is one clause (a FAR clause lettered (a), (b), ...): "this
    # clause" anywhere in it means the document its title names.
    single_clause: bool = False

    def _sibling(self, clause: Clause, unit: str, number: str) -> bool:
        """ "the due diligence referred to in paragraph 2", said in paragraph (3) of the
        same article: the sibling paragraph (2)."""
        if (
            not unit.lower().startswith(("paragraph", "sub-paragraph", "subparagraph"))
            or not number.isdigit()
            or clause.label is None
        ):
            return False
        own = label_keys(clause.label)
        parent = own[1] if own[1:] else ""
        if not parent:
            return False
        return any(
            k in self.human_rights_keys for k in (f"{parent}({number})", f"{parent}.{number}")
        )

    @property
    def refers(self) -> bool:
        """Whether any defined term or clause of the document stands for human rights."""
        return bool(self.defined or self.human_rights_keys or self.title_names_human_rights)

    def names_human_rights(self, part: str, clause: Clause | None) -> bool:
        """Whether a clause's words invoke a defined term or a clause about human rights."""
        if self.quick is not None and not self.quick.search(part):
            return False
        if self.defined is not None and self.defined.search(part):
            return True
        if clause is not None and _SELF_REFERENCE.search(part):
            own = label_keys(clause.label)
            if (
                any(k in self.human_rights_keys for k in own)
                or (clause.heading is not None and _names_rights(clause.heading))
                or (self.title_names_human_rights and (not own[1:] or self.single_clause))
            ):
                return True
        for m in _INVOKED_REFERENCE.finditer(part):
            if any(k in self.human_rights_keys for k in reference_keys(m.group(1), m.group(2))):
                return True
            if clause is not None and self._sibling(clause, m.group(1), m.group(2)):
                return True
            unit = m.group(1)
            for item in listed(part, m.end()):  # "paragraphs (c), (d) or (i)"
                if any(
                    k in self.human_rights_keys
                    for k in reference_keys(item.group(1) or unit, item.group(2))
                ):
                    return True
        # "the work in 8.2", "a plan agreed under 8.5"
        return any(m.group(1).lower() in self.human_rights_keys for m in _BARE.finditer(part))


# Further items of a list of references: ", (d)", " or (i)", " to 9.4", " and clause 15".
_LIST_ITEM = re.compile(
    rf"\s*(?:,\s*(?:and|or|and/or)?|and/or|and|or|to|through|[-–])\s*"
    rf"(?:({_UNITS})\s+)?({_NUMBER})",
    re.IGNORECASE,
)


def listed(text: str, position: int) -> Iterator[re.Match[str]]:
    while (m := _LIST_ITEM.match(text, position)) is not None and m.group(2):
        yield m
        position = m.end()


# A bare clause number after a preposition ("in 8.2"); it counts only when it is the
# label of a clause about human rights, so "in 8.2 million" never does.
_BARE = re.compile(
    r"\b(?:in|under|of|with|by|at)\s+(\d+(?:\.\d+)+(?:\([a-z0-9]+\))*)"
    r"(?![\w%]|\.\d)",
    re.IGNORECASE,
)


def references(document: Document, names_rights: Sequence[bool] | None = None) -> References:
    """Resolve a structured document's party names, defined terms and clause keys.

    Args:
        document: a structured Document.
        names_rights: for each block, whether its text names human rights, when the
            caller has already scanned the blocks (provisions.extract does).
    """
    party_terms = {t for p in document.parties for t in p.terms}
    hr_keys = _human_rights_keys(document, names_rights)
    standing: list[str] = []
    for definition in document.definitions:
        term = definition.term.strip()
        if not term or term in party_terms or _names_rights(term):
            continue  # a name that already says what it is needs no expansion
        # Only the definition's own words: where several definitions share a paragraph
        # ('"Act" means the Telecommunications Act; "Fundamental Rights" means ...') the
        # next one is not part of this one.
        if _names_rights(definition.text) and _names_rights(
            _NEXT_DEFINITION.split(definition.text, maxsplit=1)[0]
        ):
            standing.append(term)
    defined = None
    quick = r"(?i:\b(?:" + _UNITS + r")\b|\b(?:in|under|of|with|by|at)\s+\d+\.\d)"
    if standing:
        ordered = "|".join(map(re.escape, sorted(standing, key=len, reverse=True)))
        pattern = _VERBS + _GAP + _DETERMINER + "(?:" + ordered + r")(?![\w-])"
        harms = [t for t in standing if _HARM_HEAD.search(t)]
        if harms:
            # "notify the Bank of any Serious Incident", where a Serious Incident is
            # defined as an adverse impact on human rights: a term naming a harm or a
            # standard carries its definition wherever an operative clause uses it.
            pattern += r"|\b(?:" + "|".join(map(re.escape, harms)) + r")(?![\w-])"
        defined = re.compile(pattern)
        quick += "|" + ordered
    title = document.title or " ".join(
        b.text
        for b in document.blocks[:6]
        if len(b.text) < 120
        and document.is_structured
        and document.clauses[b.index].region is Region.FRONT
    )
    tops = (
        [c.label for c in document.clauses if c.depth == 0 and c.label]
        if document.is_structured
        else []
    )
    single = bool(tops) and all(label.startswith("(") for label in tops)
    return References(
        party_names_of(document),
        defined,
        hr_keys,
        _names_rights(title),
        re.compile(quick),
        single,
    )


_NEXT_DEFINITION = re.compile(
    r"[;.,]?\s*(?:and\s+)?[\"“][^\"”]{1,80}[\"”]\s+(?:means|shall\s+mean|has\s+the\s+meaning|includes)\b"
)


# Defined terms whose head noun names a harm or a standard ("Serious Incident", "Human
# Rights Impact", "Responsible Business Standards"), as opposed to a thing or a service.
_HARM_HEAD = re.compile(
    r"\b(?:Incidents?|Impacts?|Events?|Breach(?:es)?|Violations?|Abuses?|"
    r"Harms?|Risks?|Standards?|Requirements?|Principles?|Obligations?|"
    r"Polic(?:y|ies)|Code|Safeguards?|Commitments?|Conditions?)$"
)


def _names_rights(text: str) -> bool:
    return _tokens.prefilter(frozenset({"human_rights"}), disapplying=False).search(text)


def concepts_in(text: str) -> frozenset[str]:
    """Every concept the lexicon finds in a text."""
    found: set[str] = set()
    lex = _tokens.lexicon()
    for first, last, kind in lex.master.scan(text):
        if kind in lex.concept_set:
            found |= _tokens.concepts_of(Token(kind, text[first:last]))
    return frozenset(found)


# ---------------------------------------------------------------------------
# Clause labels and the keys they are cited by
# ---------------------------------------------------------------------------


_TAIL = re.compile(r"^(.+?)\s*(?:\([^()]*\)|\.\d+|,\s*(?:paragraph|part)\s+\S+)$")
_UNIT_WORD = re.compile(r"^(?:clause|article|section|paragraph)\s+", re.IGNORECASE)


def label_keys(label: str | None) -> list[str]:
    """The keys a clause label can be cited by, most specific first.

    >>> label_keys("13.4(a)"), label_keys("(b)(1)"), label_keys("Schedule 4, paragraph 7")
    (['13.4(a)', '13.4', '13'], ['(b)(1)', '(b)'], ['schedule 4, paragraph 7', 'schedule 4'])
    """
    if not label:
        return []
    key = " ".join(label.lower().split())
    keys = [key]
    while (m := _TAIL.match(keys[-1])) is not None:
        keys.append(m.group(1))
    bare = [_UNIT_WORD.sub("", k) for k in keys if _UNIT_WORD.match(k)]
    return list(dict.fromkeys([*keys, *bare]))


def reference_keys(unit: str, number: str) -> list[str]:
    """The keys a written reference ("clause 13", "paragraph (b)") points at."""
    unit = unit.lower().rstrip("s")
    unit = {
        "annexe": "annex",
        "appendice": "appendix",
        "sub-clause": "clause",
        "subclause": "clause",
        "sub-paragraph": "paragraph",
        "subparagraph": "paragraph",
    }.get(unit, unit)
    number = number.lower()
    if not number:
        return []
    # "Article II.4(1)" is part of Article II.4: a reference reaches its ancestors' keys.
    numbers = [n for n in dict.fromkeys([number, *label_keys(number)[1:]]) if n]
    return list(dict.fromkeys(k for n in numbers for k in _unit_keys(unit, n)))


def _unit_keys(unit: str, number: str) -> list[str]:
    if unit in ("clause", "paragraph"):
        return [number, f"{unit} {number}"]
    if unit in ("article", "section", "condition", "part"):
        keys = [f"{unit} {number}", number]
        if _ROMAN.fullmatch(number):  # "Article V" holds sections 5.01, 5.02 ...
            keys.append(str(_roman(number)))
        return keys
    return [f"{unit} {number}"]


_ROMAN = re.compile(r"[ivxlc]+")


def _roman(numeral: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
    total = 0
    for a, b in zip(numeral, [*numeral[1:], ""], strict=False):
        total += -values[a] if b and values[b] > values[a] else values[a]
    return total


def _human_rights_keys(
    document: Document, names_rights: Sequence[bool] | None = None
) -> frozenset[str]:
    """Keys whose clause is headed with, or whose own text names, human rights."""
    if names_rights is None:
        names_rights = [_names_rights(b.text) for b in document.blocks]
    keys: set[str] = set()
    headings: dict[str, bool] = {}
    for block, clause in zip(document.blocks, document.clauses, strict=False):
        if _is_heading_block(block, clause):
            # "Article 9. Civil and Human Rights Safeguards" on a line of its own, its
            # paragraphs headed by their own run-in titles ("9.10 Compliance Audits."):
            # "this Article 9" still cites the article its heading names.
            # (Its own number, not the label the structure stage carried over from the
            # paragraph before it.)
            m = REFERENCE.match(block.text.strip())
            if m is not None and m.group(2) and _names_rights(block.text):
                keys.update(reference_keys(m.group(1), m.group(2)))
            continue
        if clause.heading is not None:
            has = headings.get(clause.heading)
            if has is None:
                has = headings[clause.heading] = _names_rights(clause.heading)
            if has:
                keys.update(label_keys(clause.label))
    labels: set[str] = set()
    for block, clause in zip(document.blocks, document.clauses, strict=False):
        if not clause.label:
            continue
        label = " ".join(clause.label.lower().split())
        labels.add(label)
        if label not in keys and not _is_heading_block(block, clause) and names_rights[block.index]:
            keys.add(label)
    # A clause a good part of whose sub-clauses name human rights is about them, even
    # where its heading was not recognised ("Condition 12 - Human Rights").
    total: dict[str, int] = {}
    named: dict[str, int] = {}
    for label in labels:
        for parent in label_keys(label)[1:]:
            total[parent] = total.get(parent, 0) + 1
            named[parent] = named.get(parent, 0) + (label in keys)
    keys.update(p for p, n in total.items() if named[p] >= 2 and 3 * named[p] >= n)
    # A heading that carries its own number ("Article II.4 - Fundamental rights",
    # "Condition 12 - Human Rights") can be cited by it, whatever labels the paragraphs
    # under it were given.
    under: dict[str, list[bool]] = {}
    for block, clause in zip(document.blocks, document.clauses, strict=False):
        if clause.heading and not _is_heading_block(block, clause):
            under.setdefault(clause.heading, []).append(names_rights[block.index])
    for heading, named_blocks in under.items():
        m = REFERENCE.match(heading.strip())
        if m is None or not m.group(2):
            continue
        if _names_rights(heading) or 2 * sum(named_blocks) > len(named_blocks):
            keys.update(reference_keys(m.group(1), m.group(2)))
    return frozenset(keys)


def _is_heading_block(block: Block, clause: Clause) -> bool:
    """A heading line on its own: its label may be the clause before it (the structure
    stage keeps the last label until the next numbered paragraph)."""
    text = block.text.strip()
    return (
        block.kind is BlockKind.HEADING
        or clause.is_heading
        or (clause.heading is not None and text == clause.heading.strip())
    )


def disapplied_keys(reference: str) -> list[str]:
    """The keys a disapplied reference ("Clause 14") covers; a reference into a named
    part ("paragraph 6@Responsible Investment Annex") keeps the name on its keys."""
    reference, _, name = reference.partition("@")
    if name:
        bare = disapplied_keys(reference)
        named = [f"{key}@{name.lower()}" for key in bare]
        # "Section 7.03 of the General Conditions" is Section 7.03 wherever it stands; a
        # paragraph number repeats in every schedule, so only the named one is meant.
        return (
            named if reference.lower().startswith(("paragraph", "sub-paragraph")) else named + bare
        )
    if (inner := _IN_PART.match(reference)) is not None:
        # "Schedule 2, paragraph 6": only that paragraph of that schedule, however the
        # structure stage worded the paragraph's unit.
        top, number = " ".join(inner.group(1).lower().split()), inner.group(2).lower()
        return [f"{top}, paragraph {number}", f"{top}, clause {number}", f"{top}, {number}"]
    m = REFERENCE.match(reference)
    if m is None or not m.group(2):
        return []
    unit = m.group(1).lower().rstrip("s")
    return _unit_keys(
        {"sub-clause": "clause", "subclause": "clause"}.get(unit, unit), m.group(2).lower()
    )


# The parts of a contract whose paragraphs are numbered afresh: "paragraph 6 of Schedule 2".
PART_UNITS = r"schedule|annex|annexure|appendix|exhibit|attachment"
_IN_PART = re.compile(
    rf"^((?:{PART_UNITS})\s+\w+)\s*,\s*"
    r"(?:paragraph|sub-?paragraph|clause|section|item)\s+(\S+)$",
    re.IGNORECASE,
)


def part_names(document: Document) -> dict[str, frozenset[str]]:
    """The names a part of the contract goes by, for references such as "paragraph 6 of
    the Responsible Investment Annex": each defined term whose definition is a reference
    ('"Responsible Investment Annex" means the annex set out in Schedule 4') names the
    part it refers to (by that part's keys)."""
    names: dict[str, set[str]] = {}
    for definition in document.definitions:
        m = REFERENCE.search(_NEXT_DEFINITION.split(definition.text, maxsplit=1)[0])
        if m is None or not m.group(2):
            continue
        for key in reference_keys(m.group(1), m.group(2)):
            names.setdefault(key, set()).add(definition.term.strip().lower())
    return {key: frozenset(value) for key, value in names.items()}


def named_keys(
    label: str | None, heading: str | None, parts: dict[str, frozenset[str]]
) -> list[str]:
    """The keys by which a named part's paragraph is cited ("paragraph 6@responsible
    investment annex" for paragraph 6 of Schedule 4, so defined or so headed)."""
    if not label or "," not in label:
        return []
    top, _, tail = label.rpartition(",")
    names = set(parts.get(" ".join(top.lower().split()), ()))
    if heading:
        names.add(" ".join(heading.lower().split()))
    tail_keys = disapplied_keys(tail.strip())
    return [f"{key}@{name}" for key in tail_keys for name in names]
