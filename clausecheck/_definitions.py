"""Find the defined terms of a contract and what each means.

Four forms: a definition head at the start of a block or after "As used herein,"
(``"X" means``, ``“X” shall mean``, ``"X" has the meaning given in``, ``"X": ...``); an
unquoted ``X means`` in the definitions region; a two-column definitions table; and
inline designations in parentheses (``(the "Supplier")``, ``("BSP" or "Bank of South
Pacific Ltd")``). Shapes are parsed by ``_shapes``; this module finds the candidate spans
and builds ``Definition`` values. It does not decide which terms are parties.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from functools import lru_cache

from clausecheck._roles import is_third_party_term, term_role
from clausecheck._shapes import Designation, parse_designation, parse_term_head, unquote
from clausecheck._slots import maker
from clausecheck.model import Block, BlockKind, Clause, Definition, Region

_QUOTED = r"(?:\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|'[^'\n]{0,78}[\w.)]'(?!\w)|‘[^’\n]{0,78}[\w.)]’)"
_VERB = (
    r"(?:(?:shall\s+)?means?\b|(?:has|shall\s+have)\s+the\s+meanings?\b|(?:shall\s+)?includes?"
    r"\b|refers?\s+to\b|shall\s+refer\s+to\b|is\s+defined\s+as\b)"
)
# At the start of a block: quoted term(s), then a defining verb, a colon or a dash.
_HEAD_AT_START = re.compile(
    rf"(?:[-•*]\s+)?(?P<head>{_QUOTED}(?:\s*(?:,|or\b|and\b)\s*{_QUOTED})*\s*(?:{_VERB}|:|[-–—](?=\s)))",
    re.IGNORECASE,
)
_HEAD_FIRST = frozenset("-•*\"“'‘")  # what _HEAD_AT_START can start with
# Anywhere in a block, only the unmistakable verbs: 'As used herein, "Affiliate" means'.
# The first quotation mark must not follow a letter or a parenthesis; the check is made
# after the mark ('"(?<![\w(]")'), so that the search can jump from mark to mark.
_QUOTED_ALONE = (
    r"(?:\"(?<![\w(]\")[^\"\n]{1,80}\"|“(?<![\w(]“)[^”\n]{1,80}”"
    r"|'(?<![\w(]')[^'\n]{0,78}[\w.)]'(?!\w)|‘(?<![\w(]‘)[^’\n]{0,78}[\w.)]’)"
)
_HEAD_INSIDE = re.compile(
    rf"(?P<head>{_QUOTED_ALONE}(?:\s*(?:,|or\b)\s*{_QUOTED})*\s+(?:(?:shall\s+)?mean"
    rf"s?\b|(?:has|shall\s+have)\s+the\s+meanings?\b))",
    re.IGNORECASE,
)
# "Affiliate means ..." without quotes, at the start of a block among definitions.
_BARE_HEAD = re.compile(
    r"(?:[-•*]\s+)?(?P<term>[A-Z][\w’'&./-]*(?:\s+(?:[A-Z0-9][\w’'&./-]*|of|and|in|for|to|the)){0,6})"
    r"\s+(?:shall\s+)?means\b"
)
# A parenthesis with a quoted name in it; the name may hold parentheses of its own
# ("Acme (Holdings) Ltd").
_DESIGNATION = re.compile(
    r"\((?=[^()]{0,200}[\"“‘'])(?:\"\w[^\"\n]{0,79}\"|“\w[^”\n]{0,79}”|[^()\n\"“]){1,240}\)"
)
# The words of a designation written without parentheses.
_BARE_DESIGNATION = re.compile(
    r"(?P<words>\b(?:hereinafter|hereafter)\s+(?:(?:referred\s+to|designated|known)\s+as|called)"
    r"\s*,?\s*(?:the\s+)?[\"“][^\"”\n]{1,60}[\"”])",
    re.IGNORECASE,
)
_BODY_AFTER_VERB = re.compile(r"[\s:,–—-]*")
_ANTECEDENT_CUT = re.compile(r".*(?:[.;]\s|\bbetween\s|\bamong\s|\(\d+\)\s)", re.IGNORECASE)


@lru_cache(maxsize=2048)
def designations_in(text: str) -> tuple[tuple[Designation, int, int], ...]:
    """Every designation in a text, with its start and end offsets.

    Mostly parentheses; the same words without them (``, hereinafter referred to as
    "MMMW",``) are read as if they had them, and so is a party's role in parentheses
    without quotation marks, as drafters who mark defined terms in bold write it: "(the
    **Department**)".
    """
    found = _unquoted_designations(text) if "(the " in text or "(hereinafter " in text else []
    if not ('"' in text or "“" in text or "‘" in text or "('" in text or " '" in text):
        return tuple(found)
    for match in _DESIGNATION.finditer(text):
        designation = parse_designation(match.group())
        if designation is not None and designation.aliases:
            found.append((designation, match.start(), match.end()))
    if "here" in text and ("hereinafter" in (low := text.lower()) or "hereafter" in low):
        for match in _BARE_DESIGNATION.finditer(text):
            if any(begin <= match.start() < end for _, begin, end in found):
                continue
            designation = parse_designation(f"({match.group('words')})")
            if designation is not None and designation.aliases:
                found.append((designation, match.start(), match.end()))
    found.sort(key=lambda item: item[1])
    return tuple(found)


_UNQUOTED = re.compile(
    r"\((?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?(?:the|The)\s+"
    r"(?P<term>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\)"
)


def _unquoted_designations(text: str) -> list[tuple[Designation, int, int]]:
    """ "(the Department)": a party's role as its designation, when it is one of the
    catalogue's party words; any other capitalised words in parentheses are not."""
    return [
        (Designation((match.group("term"),), ("the",), 1), match.start(), match.end())
        for match in _UNQUOTED.finditer(text)
        if term_role(match.group("term")) is not None or is_third_party_term(match.group("term"))
    ]


# Thousands of definitions: made without the frozen dataclass's slow __init__ (see _slots).
new_definition = maker(Definition, ("term", "text", "block", "start", "end"))


_NO_DEFINITIONS = frozenset({Region.FURNITURE, Region.NOTES, Region.SIGNATURE})
_TABLE_CELL = BlockKind.TABLE_CELL


def find_definitions(blocks: Sequence[Block], clauses: Sequence[Clause]) -> tuple[Definition, ...]:
    """Every definition in the document, in document order."""
    found: list[Definition] = []
    tables: dict[int, list[Block]] = defaultdict(list)
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region in _NO_DEFINITIONS:
            continue
        if block.kind is _TABLE_CELL and block.cell is not None:
            tables[block.cell[0]].append(block)
            continue
        text = block.text
        # Most blocks hold no quotation mark, no parenthesis and no bare "X means".
        if (
            '"' in text
            or "“" in text
            or "'" in text
            or "‘" in text
            or (clause.region is Region.DEFINITIONS and " mean" in text)
        ) and (
            # and where a definition can be: a head at the start, a bare head among the
            # definitions, a defining verb, or a designation in parentheses
            text[clause.body_start : clause.body_start + 1] in _HEAD_FIRST
            or clause.region is Region.DEFINITIONS
            or "mean" in text
            or "(" in text
        ):
            found.extend(_block_definitions(block, clause))
    for cells in tables.values():
        found.extend(_table_definitions(cells, clauses))
    found.sort(key=lambda d: (d.block, d.start))
    return tuple(found)


def _block_definitions(block: Block, clause: Clause) -> Iterator[Definition]:
    text = block.text
    start = clause.body_start
    head_end = -1
    match = _HEAD_AT_START.match(text, start) if text[start : start + 1] in _HEAD_FIRST else None
    if match is not None:
        yield from _from_head(block, match.group("head"), match.start("head"), match.end())
        head_end = match.end()
    elif clause.region is Region.DEFINITIONS:
        bare = _BARE_HEAD.match(text, start)
        if bare is not None:
            body = _BODY_AFTER_VERB.match(text, bare.end()).end()
            term = unquote(bare.group("term"))
            yield Definition(
                term=term,
                text=text[body:],
                block=block.index,
                start=bare.start("term"),
                end=len(text),
            )
    if "mean" in text:
        for inside in _HEAD_INSIDE.finditer(text, max(head_end, start)):
            if inside.start() > head_end:
                yield from _from_head(block, inside.group("head"), inside.start(), inside.end())
    if "(" in text:
        for designation, begin, end in designations_in(text):
            antecedent = _antecedent(text[start:begin])
            for alias in designation.aliases:
                yield new_definition(alias, antecedent, block.index, begin, end)


def _from_head(block: Block, head: str, begin: int, end: int) -> Iterator[Definition]:
    parsed = parse_term_head(head)
    if parsed is None:
        return
    text = block.text
    body = _BODY_AFTER_VERB.match(text, end).end()
    meaning = text[body:]
    if parsed.verb.startswith(("has", "shall have")):  # keep "has the meaning given in ..."
        meaning = f"{parsed.verb}{text[end:]}"
    for term in parsed.terms:
        yield new_definition(term, meaning, block.index, begin, len(text))


def _antecedent(before: str) -> str:
    """The words a designation names: back to the start of the sentence or party."""
    tail = before[-200:]
    cut = _ANTECEDENT_CUT.match(tail)
    phrase = tail[cut.end() :] if cut else tail
    return phrase.strip(" ,;:") or before.strip()[-80:]


def _table_definitions(cells: list[Block], clauses: Sequence[Clause]) -> Iterator[Definition]:
    """A two-column table of term and meaning, in the definitions region or headed so."""
    rows: dict[int, dict[int, Block]] = defaultdict(dict)
    for cell in cells:
        assert cell.cell is not None
        rows[cell.cell[1]][cell.cell[2]] = cell
    if any(len(row) != 2 for row in rows.values()):
        return
    first = min(rows)
    header = " ".join(b.text.lower() for b in rows[first].values())
    headed = bool(re.search(r"\b(?:term|expression|definition|meaning|word)s?\b", header))
    among = clauses[cells[0].index].region is Region.DEFINITIONS
    if not (headed or among):
        return
    for number in sorted(rows):
        if headed and number == first:
            continue
        term_cell, meaning_cell = rows[number].get(0), rows[number].get(1)
        if term_cell is None or meaning_cell is None:
            continue
        term = unquote(term_cell.text)
        if not term or len(term.split()) > 8:
            continue
        meaning = re.sub(r"^(?:(?:shall\s+)?means?|:)\s*", "", meaning_cell.text, flags=re.I)
        yield Definition(
            term=term, text=meaning, block=meaning_cell.index, start=0, end=len(meaning_cell.text)
        )
