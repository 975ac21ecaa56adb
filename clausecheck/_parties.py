"""Find the contracting parties: each party's name and every defined name it goes by.

Reads the parties clause of the front matter in the common drafting styles: party
paragraphs after "BETWEEN:" or "PARTIES" (UK: "(1) ... ; and (2) ..."), one "by and
between X, a Delaware corporation ("Company"), and Y ("Customer")" sentence (US), and an
opening sentence that names the parties before "hereby enter into"; and, through
``_party_layouts``, particulars and cover pages, Special Conditions, tables of parties and
grants. The most convincing reading wins. Names given to a party later in the preamble
("T-Mobile Netherlands B.V. ("T-Mobile")") are added as aliases; a party a sentence names
by its role only ("the above-named Supplier") takes its name from the cover page. The
side each party is on is ``_roles``'s job; see docs/design/clause-splitting.md, section
5. Does not find definitions in general.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausecheck._definitions import designations_in
from clausecheck._party_layouts import (
    ZoneBlock,
    field_parties,
    grant_parties,
    statement_parties,
    table_parties,
)
from clausecheck._party_sentences import (
    Found,
    entity_name,
    has_form,
    intros,
    is_generic,
    is_party_term,
    name_key,
    parties_in_sentence,
)
from clausecheck._regions import is_furniture
from clausecheck._roles import resolve_roles
from clausecheck.model import Block, Clause, Party, Region

_PARTIES_INTRO = re.compile(
    r"(?:.*\b)?(?:between|among|amongst|parties|the\s+parties\s+are"
    r"|(?:entered\s+into|made|concluded|executed|signed)\s+by)\s*:?$",
    re.IGNORECASE,
)
# A sentence after the party paragraphs: "The Province and the Contractor agree as follows."
_AGREEING = re.compile(
    r"\b(?:agree|agrees|hereby|witnesseth|whereas|hereinafter|referred\s+to)\b", re.IGNORECASE
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
    # Particulars stand at the head of the contract; a "Supplier:" field further on is a
    # notices clause.
    fields = field_parties(
        [z for at, z in enumerate(zone) if at < 15 or clauses[z.index].region is Region.FRONT]
    )
    table = table_parties(blocks, clauses)
    # Readings in order of precedence. A later one wins only when it names as many
    # parties and more convincingly: a title page "BETWEEN / X / and / Y" then a sentence
    # about one of them keeps the paragraphs (and takes the sentence's alias, below).
    readings = (
        _numbered_parties(zone),
        _sentence_parties(zone),
        grant_parties(zone),
        statement_parties(zone),
        fields,
        table if len(table) >= 2 else [],
    )
    found: list[Found] = []
    for reading in readings:
        if _score(reading) > _score(found) and len(reading) >= len(found):
            found = reading
    if not found or any("signator" in b.text.lower() and _SIGNATORIES.search(b.text) for b in zone):
        found = _signatory_parties(blocks, clauses) or found
    if found:
        _name_placeholders(found, fields + table)
        _add_later_aliases(found, zone)
    named = [(f.name, tuple(dict.fromkeys(t for t in f.terms if is_party_term(t)))) for f in found]
    parties: list[Party] = []
    warnings: list[str] = []
    roles = resolve_roles(named, [f.described for f in found])
    for (name, terms), item, (role, problem) in zip(named, found, roles, strict=True):
        if problem:
            warnings.append(f"{path}: {problem}")
        parties.append(Party(name=name, terms=terms, role=role, block=item.block))
    return tuple(parties), tuple(warnings)


def _front_zone(blocks: Sequence[Block], clauses: Sequence[Clause]) -> list[ZoneBlock]:
    """The front matter, or when the document has none the first blocks of it; a party's
    paragraph broken by page furniture or a blank line is joined again."""
    zone: list[ZoneBlock] = []
    picked = _front_blocks(blocks, clauses)
    joined: set[int] = set()
    for at, block in enumerate(picked):
        if block.index in joined:
            continue
        text = block.text
        lines = _line_starts(block)
        following = picked[at + 1] if at + 1 < len(picked) else None
        if following is not None and _continues(text, following.text):
            lines += tuple(len(text) + 1 + o for o in (0, *_line_starts(following)))
            text = f"{text} {following.text}"
            joined.add(following.index)
        # A parties clause opens its paragraph; a page of PDF text run into one block is
        # read no further than its first few thousand characters.
        text = text[:_READ_AT_MOST]
        zone.append(ZoneBlock(block.index, text, clauses[block.index].body_start, lines))
    return zone


def _line_starts(block: Block) -> tuple[int, ...]:
    """Where each source line after the first starts in a block's text."""
    starts = []
    line = block.line
    for offset, number, _ in block.source_lines:
        if number != line:
            starts.append(offset)
            line = number
    return tuple(starts)


_READ_AT_MOST = 4000
_ZONE_SIZE = 60_000  # characters of the first blocks added to a short front matter
_LEADS_ON = re.compile(r"[a-z]|(?:LIMITED|Limited|LTD|Ltd|INC|Inc|LLC|PLC|plc|GMBH|GmbH)\b")
_NUMBERED_PARTY = re.compile(r"\(?\d{1,2}[.)]\s")
_NOT_CONTINUED = re.compile(r"(?:and|or|between|among|by|dated|of|the)\b|&")


def _continues(text: str, following: str) -> bool:
    """Whether a paragraph of the front runs on into the next: it ends in mid-name
    ("(2) HALDEN ROAD SENSING SYSTEMS" + "LIMITED, a company ..."; "concluded between:
    EuroTel" + "Bratislava a.s., ...") and names no party by itself. A paragraph longer
    than the party readers read is a page of text, never a party's name."""
    if len(text) > _READ_AT_MOST or not (text[-1].isalnum() or text[-1] in "&_"):
        return False
    if _NOT_CONTINUED.match(following) or ("(" in text and designations_in(text)):
        return False
    leads_on = _LEADS_ON.match(following) is not None
    if leads_on and _NUMBERED_PARTY.match(text):
        return True
    opened = intros(text)
    if not opened:
        return False
    return leads_on or 0 < len(text[opened[-1].end() :].split()) <= 4


def _front_blocks(blocks: Sequence[Block], clauses: Sequence[Clause]) -> list[Block]:
    """The front matter's blocks, or the first 60 blocks (and some 60,000 characters)
    when it is shorter."""
    zone = []
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region in {Region.FURNITURE, Region.NOTES}:
            continue
        if clause.region is not Region.FRONT or len(zone) >= 250:
            break
        zone.append(block)
    if len(zone) < 60:
        seen = {b.index for b in zone}
        size = sum(len(b.text) for b in zone)
        for block in blocks[:150]:
            if len(zone) >= 60 or size > _ZONE_SIZE:
                break  # pages of PDF text run into blocks: the parties are at the top
            if block.index not in seen and not is_furniture(block):
                zone.append(block)
                size += len(block.text)
        zone.sort(key=lambda b: b.index)
    return zone


_PARTIES_CLAUSE_HEADING = re.compile(
    r"(?:(?:article|section|clause|chapter|part)\s+\w+\b|\d).*\bparties\W*(?<!:)$", re.I
)


def _numbered_parties(zone: list[ZoneBlock]) -> list[Found]:
    """UK style: "BETWEEN:" then one paragraph per party, "(1) ... ; and (2) ..."."""
    for at, block in enumerate(zone):
        if (
            len(block.text) > (400 if block.text.endswith(":") else 200)
            or not _PARTIES_INTRO.match(block.text)
            or _PARTIES_CLAUSE_HEADING.match(block.text)
        ):
            continue  # "Article 2 - Contributions of the Parties" heads a clause
        found: list[Found] = []
        for item in zone[at + 1 :]:
            text = item.text
            if _ONLY_AND.fullmatch(text) or _PARTIES_HEADING.fullmatch(text):
                continue
            designations = designations_in(text)
            if designations and designations[0][0].is_collective and text.startswith("("):
                break
            start = item.start
            if not designations and (not has_form(text[start:]) or _AGREEING.search(text)):
                break
            if designations and all(is_generic(d.aliases) for d, _, _ in designations):
                break  # "The Department and the IA are ... referred to as a "Party" ..."
            intro = next(iter(intros(text, start)), None)
            if intro and (not designations or intro.start() < designations[0][1]):
                break  # a sentence about the parties, not a party's paragraph
            parties = parties_in_sentence(text, start, item.index)
            if not parties:
                break
            found.extend(parties)
        if found:
            return found
    return []


_AND_NEXT = re.compile(r"(?:and|AND|&)\s+\S")


def _sentence_parties(zone: Sequence[ZoneBlock]) -> list[Found]:
    """US style: one sentence names the parties ("by and between X ... and Y ...").

    Every "between" (and "entered into by") in the zone is tried, and in the front
    matter also a block that opens with the parties' names; the reading that names the
    most parties with a legal form and a defined term wins.
    """
    best: list[Found] = []
    best_score = (0, 0, 0)
    for at, block in enumerate(zone):
        text = block.text
        starts = [m.end() for m in intros(text)]
        if starts:
            # "Between X (hereinafter "the Ministry")," and, as the next paragraph, "and Y
            # (hereinafter "the Partner Company")": one sentence over several paragraphs.
            for following in zone[at + 1 : at + 4]:
                if not _AND_NEXT.match(following.text):
                    break
                text = f"{text} {following.text}"
        named = [b for d, b, _ in designations_in(text) if not is_generic(d.aliases)]
        if len(named) >= 2 and has_form(text[block.start : named[0]]):
            starts.append(block.start)  # "ACME INC. ("Acme") and ... hereby enter"
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


def _name_placeholders(found: list[Found], fields: list[Found]) -> None:
    """Give a party named by its role only ("the above-named Supplier") the name the
    particulars give that role, or else the one named entity they give that no party has."""
    taken = {name_key(f.name) for f in found if f.name}
    spare = [f for f in fields if f.name and name_key(f.name) not in taken]
    for party in found:
        if party.name is not None or not spare:
            continue
        wanted = {t.lower() for t in party.terms}
        match = [f for f in spare if wanted & {t.lower() for t in f.terms}]
        if not match and len(spare) == 1 and not spare[0].terms:
            match = spare
        if match:
            party.name = match[0].name
            known = {t.lower() for t in party.terms}
            party.terms.extend(t for t in match[0].terms if t.lower() not in known)
            spare.remove(match[0])


def _add_later_aliases(found: list[Found], zone: Sequence[ZoneBlock]) -> None:
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
