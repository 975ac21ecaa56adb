"""Find the contracting parties: each party's name and every defined name it goes by.

Reads the parties clause of the front matter in the common drafting styles: party
paragraphs after "BETWEEN:" or "PARTIES" (UK: "(1) ... ; and (2) ..."), one "by and
between X, a Delaware corporation ("Company"), and Y ("Customer")" sentence (US), and an
opening sentence that names the parties before "hereby enter into". Names given to a
party later in the preamble ("T-Mobile Netherlands B.V. ("T-Mobile")") are added as
aliases. The side each party is on is ``_roles``'s job; see
docs/design/clause-splitting.md, section 5. Does not find definitions in general.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausecheck._definitions import designations_in
from clausecheck._party_sentences import (
    INTRO,
    Found,
    entity_name,
    has_form,
    is_generic,
    is_party_term,
    name_key,
    parties_in_sentence,
)
from clausecheck._regions import is_furniture
from clausecheck._roles import resolve_role
from clausecheck.model import Block, Clause, Party, Region

_PARTIES_INTRO = re.compile(
    r"(?:.*\b)?(?:between|among|amongst|parties|the\s+parties\s+are)\s*:?$", re.IGNORECASE
)
_SIGNATORIES = re.compile(r"\bparties\s+signatory\b|\bsignator(?:y|ies)\s+hereto\b", re.I)
_ON_BEHALF = re.compile(
    r"\bfor\s+and\s+\.?on\s+behalf\s+of\s*:?\s*(?:the\s+)?(.*?)(?=\s+by\s*:|for\s+and\s+on|$)",
    re.IGNORECASE,
)
_PARTIES_HEADING = re.compile(r"(?:the\s+)?parties(?:\s+to\s+this\s+agreement)?\W*", re.I)
_ONLY_AND = re.compile(
    r"\W*(?:and|&)\W*|\W*of\s+the\s+(?:one|other|first|second)\s+part\W*", re.IGNORECASE
)


def find_parties(
    path: str, blocks: Sequence[Block], clauses: Sequence[Clause]
) -> tuple[tuple[Party, ...], tuple[str, ...]]:
    """The parties of the contract, and a warning for each whose role cannot be told."""
    zone = _front_zone(blocks, clauses)
    numbered = _numbered_parties(zone, clauses)
    sentence = _sentence_parties(zone, clauses)
    # A parties sentence wins over party paragraphs only when it names as many parties
    # and more convincingly; a title page "BETWEEN / X / and / Y" then a sentence about
    # one of them keeps the paragraphs (and takes the sentence's alias, below).
    better = _score(sentence) > _score(numbered) and len(sentence) >= len(numbered)
    found = sentence if better else numbered
    if not found or any(_SIGNATORIES.search(b.text) for b in zone):
        found = _signatory_parties(blocks, clauses) or found
    if found:
        _add_later_aliases(found, zone)
    parties: list[Party] = []
    warnings: list[str] = []
    for item in found:
        terms = tuple(dict.fromkeys(t for t in item.terms if is_party_term(t)))
        role, problem = resolve_role(item.name, terms)
        if problem:
            warnings.append(f"{path}: {problem}")
        parties.append(Party(name=item.name, terms=terms, role=role, block=item.block))
    return tuple(parties), tuple(warnings)


def _front_zone(blocks: Sequence[Block], clauses: Sequence[Clause]) -> list[Block]:
    """The front matter, or when the document has none the first blocks of it."""
    zone = []
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region in {Region.FURNITURE, Region.NOTES}:
            continue
        if clause.region is not Region.FRONT or len(zone) >= 250:
            break
        zone.append(block)
    if len(zone) < 60:
        seen = {b.index for b in zone}
        zone += [b for b in blocks[:150] if b.index not in seen and not is_furniture(b)][
            : 60 - len(zone)
        ]
        zone.sort(key=lambda b: b.index)
    return zone


def _numbered_parties(zone: list[Block], clauses: Sequence[Clause]) -> list[Found]:
    """UK style: "BETWEEN:" then one paragraph per party, "(1) ... ; and (2) ..."."""
    for at, block in enumerate(zone):
        if len(block.text) > 200 or not _PARTIES_INTRO.match(block.text):
            continue
        found: list[Found] = []
        for item in zone[at + 1 :]:
            text = item.text
            if _ONLY_AND.fullmatch(text) or _PARTIES_HEADING.fullmatch(text):
                continue
            designations = designations_in(text)
            if designations and designations[0][0].is_collective and text.startswith("("):
                break
            start = clauses[item.index].body_start
            if not designations and not has_form(text[start:]):
                break
            intro = INTRO.search(text, start)
            if intro and (not designations or intro.start() < designations[0][1]):
                break  # a sentence about the parties, not a party's paragraph
            parties = parties_in_sentence(text, start, item.index)
            if not parties:
                break
            found.extend(parties)
        if found:
            return found
    return []


def _sentence_parties(zone: Sequence[Block], clauses: Sequence[Clause]) -> list[Found]:
    """US style: one sentence names the parties ("by and between X ... and Y ...").

    Every "between" (and "entered into by") in the zone is tried, and in the front
    matter also a block that opens with the parties' names; the reading that names the
    most parties with a legal form and a defined term wins.
    """
    best: list[Found] = []
    best_score = (0, 0, 0)
    for block in zone:
        text = block.text
        starts = [m.end() for m in INTRO.finditer(text)]
        clause = clauses[block.index]
        named = [b for d, b, _ in designations_in(text) if not is_generic(d.aliases)]
        if len(named) >= 2 and has_form(text[clause.body_start : named[0]]):
            starts.append(clause.body_start)  # "ACME INC. ("Acme") and ... hereby enter"
        for start in starts:
            found = parties_in_sentence(text, start, block.index)
            score = _score(found)
            if (score[2] or score[1] >= 2) and score > best_score:
                best, best_score = found, score
        if best_score[0] >= 2:
            break
    return best


def _signatory_parties(blocks: Sequence[Block], clauses: Sequence[Clause]) -> list[Found]:
    """The parties named in the execution blocks ("For and on behalf of ACME LTD"), for
    agreements "between the Parties signatory hereto" that name them nowhere else."""
    found: list[Found] = []
    seen: set[str] = set()
    waiting = False  # "For and on behalf of" alone: the name is in the next block
    for block, clause in zip(blocks, clauses, strict=True):
        signing = clause.region is Region.SIGNATURE
        text = block.text.strip()
        names: list[str | None] = []
        if waiting and text.strip("_-. "):
            names.append(entity_name(text))
            waiting = False
        for match in _ON_BEHALF.finditer(text):
            rest = match.group(1).strip("_-. :")
            if not rest:
                waiting = signing
                continue
            name = entity_name(rest)
            if signing or (name and has_form(name)):
                names.append(name)
        for name in names:
            if name and name_key(name) not in seen:
                seen.add(name_key(name))
                found.append(Found(name, [], block.index))
    return found


def _score(found: list[Found]) -> tuple[int, int, int]:
    """How convincing a reading of the parties clause is: parties with a legal form and
    a defined name, parties with a defined name, parties with a legal form."""
    formed = [f for f in found if f.name and has_form(f.name)]
    termed = [f for f in found if f.name and f.terms]
    return (sum(1 for f in formed if f.terms), len(termed), len(formed))


def _add_later_aliases(found: list[Found], zone: Sequence[Block]) -> None:
    """Names given to a party after the parties clause: "T-Mobile Netherlands B.V.
    ("T-Mobile")", or a party's name quoted in a definition of its alias."""
    keys = [(name_key(f.name), f) for f in found if f.name and len(name_key(f.name)) >= 4]
    if not keys:
        return
    for block in zone:
        for designation, begin, _ in designations_in(block.text):
            if designation.is_collective:
                continue
            before = name_key(block.text[max(0, begin - 160) : begin])
            for key, party in keys:
                if before.endswith(key) or before.endswith(key + " " + "ltd"):
                    party.terms.extend(n for n in designation.names if is_party_term(n))
