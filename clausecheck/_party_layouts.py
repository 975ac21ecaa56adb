"""Read parties laid out other than as a parties clause: particulars, tables and grants.

Four layouts, each read from the front of the contract (``ZoneBlock``s that ``_parties``
prepares): particulars written as fields ("Customer: Ministry of Finance", "Issued by:
the Norland Spectrum Agency (the "Agency")"), statements of Special Conditions ("The
Purchaser is: the Ministry of Water ..."), a table of parties (one row per party, with
its name and the name it is referred to as), and a grant, the way licences and policies
name their parties ("The Commission hereby grants to Meridian Ltd (the "Licensee")",
"This Policy is issued by the Agency (the "Agency") to Halcyon Ltd (the "Exporter")").
Does not choose among readings nor decide sides: that is ``_parties`` and ``_roles``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from clausecheck._definitions import designations_in
from clausecheck._party_sentences import (
    Found,
    entity_name,
    has_form,
    is_party_term,
    parties_in_sentence,
)
from clausecheck._roles import is_third_party_term, term_role
from clausecheck._shapes import unquote
from clausecheck.model import Block, BlockKind, Clause, Region


@dataclass(frozen=True, slots=True)
class ZoneBlock:
    """A block of the front of a contract, as the party readers see it: a paragraph
    broken by page furniture or a stray blank line is joined again."""

    index: int
    text: str
    start: int  # where the text starts after the block's own label
    lines: tuple[int, ...] = ()  # offsets in ``text`` where a source line starts


# "Customer: ...", "Issued by: ...", "Name of the Supplier: ...": a field of particulars,
# its key at the start of a line.
_FIELD = re.compile(r"(?P<key>[A-Z][\w'’]*(?:[ -][\w'’]+){0,4}?)\s*:\s+(?=\S)")
_NEUTRAL_KEYS = frozenset(
    {
        "issued by",
        "granted by",
        "issued to",
        "granted to",
        "awarded to",
        "party",
        "company",
        "between",
        "and",
        "first party",
        "second party",
        "licensed entity",
        "entity",
    }
)
_NAME_WORDS = re.compile(
    r"^(?:(?:item|box|field|part|row)\s+\w{1,3}\s+|\d{1,2}[.)]?\s+)?(?:name\s+of\s+(?:the\s+)?)?"
    r"|(?:'s|’s)?\s+name$",
    re.IGNORECASE,
)
_PARTY_NUMBER = re.compile(r"party\s+(?:\d|[a-d]|one|two|three)\b", re.IGNORECASE)


def field_parties(zone: Sequence[ZoneBlock]) -> list[Found]:
    """Parties given as fields of particulars or of a cover page.

    A field names a party when its key is a party's role ("Licensee", "Contracting
    Authority", "Name of the Supplier") or a neutral key ("Issued by", "Party 1",
    "Company Name") and its value starts with the name of a company or a public body.
    The role in the key becomes a defined name of the party, with any name the value
    designates: "Licensee: Northwave Ltd (the "Licensee")".
    """
    found: list[Found] = []
    for block in zone:
        text = block.text
        if ":" not in text:
            continue
        starts = sorted({block.start, *(at for at in block.lines if at > block.start)})
        fields = [f for f in (_FIELD.match(text, at) for at in starts) if f is not None]
        for at, field in enumerate(fields):
            role = _field_role(field.group("key"))
            if role is None:
                continue
            end = fields[at + 1].start() if at + 1 < len(fields) else len(text)
            party = _party_of_value(text[field.end() : end], role, block.index)
            if party is not None:
                found.append(party)
    return _distinct(found)


def _field_role(key: str) -> str | None:
    """The defined name a field's key gives its party: "" for a neutral key, None when
    the key is not about a party."""
    key = " ".join(key.split())
    bare = _NAME_WORDS.sub("", key).strip()
    lowered = bare.lower()
    if lowered in _NEUTRAL_KEYS or _PARTY_NUMBER.fullmatch(lowered) or not bare:
        return ""
    if len(bare.split()) <= 3 and (term_role(bare) is not None or is_third_party_term(bare)):
        return bare
    return None


def _party_of_value(value: str, role: str, index: int) -> Found | None:
    name = entity_name(value)
    if not name or not (has_form(name) or term_role(name) is not None):
        return None
    terms = [n for d, _, _ in designations_in(value) for n in d.names if is_party_term(n)]
    if role and not terms:  # "Licensee: Skylink plc"; a designation in the value prevails
        terms.append(role)
    return Found(name, terms, index)


# "The Purchaser is: the Ministry of ...": Special Conditions naming the parties that the
# General Conditions define by their roles.
_STATEMENT = re.compile(  # "T(?<!\wT)he" is "\bThe", written so the search can skip ahead
    r"T(?<!\wT)he\s+(?P<role>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+(?:is|shall\s+be)\s*:?\s+"
)
_NAMED = re.compile(r"(?:the\s+|The\s+|THE\s+)?[A-Z0-9]")


def statement_parties(zone: Sequence[ZoneBlock]) -> list[Found]:
    """Parties named by statements of the form "The Supplier is: Aquasense S.A."."""
    found: list[Found] = []
    for block in zone:
        if " is" not in block.text and " shall be" not in block.text:
            continue
        for match in _STATEMENT.finditer(block.text, block.start):
            role = match.group("role")
            if term_role(role) is None and not is_third_party_term(role):
                continue
            value = block.text[match.end() :]
            if not _NAMED.match(value):
                continue  # "The Agency is not authorized ...": a statement about a party
            party = _party_of_value(value, role, block.index)
            if party is not None and has_form(party.name or ""):
                found.append(party)
    return _distinct(found)


# A grant: "grants ... to", "issues ... to", and the passive "is issued by X ... to Y".
_GRANT = re.compile(
    r"\b(?:hereby\s+)?(?:grants?|issues?|awards?|confers?)\b|\b(?:is|are)\s+(?:hereby\s+)?"
    r"(?:granted|issued|awarded)\s+by\s+",
)
_GRANT_VERBS = ("grant", "issue", "award", "confer")
_TO = re.compile(r"\bto\s+(?=the\s+[a-z]|(?:the\s+)?[A-Z0-9])")
_GRANTOR_LEAD = re.compile(r"[\s,;:]*(?:the|The|THE)\s+|[\s,;:]+")
_HEREBY = re.compile(r"\s+hereby\s*$|\s*$", re.IGNORECASE)
_ROLE_ONLY = re.compile(r"[Tt]he\s+(?P<role>[A-Za-z]+(?:\s+[A-Z][a-z]+)?)\b(?!\s*\()")


def grant_parties(zone: Sequence[ZoneBlock]) -> list[Found]:
    """The grantor and the grantee of the first grant in the zone that names both."""
    for block in zone:
        text = block.text
        if not any(verb in text for verb in _GRANT_VERBS):
            continue
        for grant in _GRANT.finditer(text, block.start):
            found = _grant(text, block.start, grant, block.index)
            if len(found) >= 2:
                return found
    return []


def _grant(text: str, start: int, grant: re.Match[str], index: int) -> list[Found]:
    passive = grant.group().rstrip().endswith("by")
    to = _TO.search(text, grant.end(), grant.end() + 200)
    if to is None:
        return []
    sentence = text.rfind(". ", start, grant.start())
    subject_start = start if sentence < 0 else sentence + 2
    grantor_start = grant.end() if passive else subject_start
    grantor_stop = to.start() if passive else grant.start()
    role = _HEREBY.sub("", text[grantor_start:grantor_stop])
    lead = _GRANTOR_LEAD.match(role)
    role = role[lead.end() :] if lead else role
    if term_role(role) is not None and len(role.split()) <= 3:
        grantors = [Found(None, [role], index)]  # "The Commission hereby grants to ..."
    else:
        grantors = parties_in_sentence(text, grantor_start, index, stop=grantor_stop)[:1]
    if not grantors:
        return []
    grantees = parties_in_sentence(text, to.end(), index)
    if not grantees:  # "issues this licence to the licensee": named in the particulars
        role = _ROLE_ONLY.match(text, to.end())
        if role is not None and term_role(role.group("role")) is not None:
            grantees = [Found(None, [role.group("role")], index)]
    if not grantees or not grantees[0].terms:
        return []
    return grantors + grantees


def table_parties(blocks: Sequence[Block], clauses: Sequence[Clause]) -> list[Found]:
    """Parties in a table of the front matter: one row per party, a cell with its name
    and a cell with the name it is referred to as ("Contractor", the "Directorate")."""
    rows: dict[tuple[int, int], list[Block]] = defaultdict(list)
    for block, clause in zip(blocks, clauses, strict=True):
        if clause.region is not Region.FRONT:
            if clause.region in {Region.FURNITURE, Region.NOTES}:
                continue
            break  # the front matter is over (it never comes back)
        if block.kind is BlockKind.TABLE_CELL and block.cell is not None:
            rows[block.cell[:2]].append(block)
    found: list[Found] = []
    for cells in rows.values():
        roles = [r for r in map(_role_cell, (c.text for c in cells)) if r]
        names = [
            (name, cell.index)
            for cell in cells
            if not _role_cell(cell.text)
            and (name := entity_name(cell.text))
            and (has_form(name) or term_role(name) is not None)
        ]
        if len(names) != 1:
            continue
        cell = next(c for c in cells if c.index == names[0][1])
        designated = [n for d, _, _ in designations_in(cell.text) for n in d.names]
        # A row keyed by a word that is no party term ("Insurer", "Insured") still
        # names a party where its name cell designates it: (the "Agency").
        if roles or any(is_party_term(term) for term in designated):
            found.append(Found(names[0][0], _merged(designated, roles), names[0][1]))
    return found


_QUOTED_CELL = re.compile(r"\(?\s*(?:the\s+)?[\"“‘'](?P<term>[^\"”’']{1,60})[\"”’']\s*\)?", re.I)


def _role_cell(text: str) -> str | None:
    """The defined name in a cell that holds only one: the "Directorate", Contractor."""
    quoted = _QUOTED_CELL.fullmatch(text.strip())
    if quoted:
        term = unquote(quoted.group("term"))
        return term if is_party_term(term) else None
    words = text.split()
    if 0 < len(words) <= 3 and (term_role(text) is not None or is_third_party_term(text)):
        return " ".join(words).removeprefix("The ").removeprefix("the ")
    return None


def _merged(terms: list[str], more: list[str]) -> list[str]:
    """Defined names in order, without repeating one in another case."""
    merged = list(terms)
    seen = {t.lower() for t in terms}
    for term in more:
        if term.lower() not in seen:
            seen.add(term.lower())
            merged.append(term)
    return merged


def _distinct(found: list[Found]) -> list[Found]:
    """One party per name: particulars may repeat a party (cover page and header)."""
    seen: dict[str, Found] = {}
    for party in found:
        key = (party.name or "").lower()
        if key in seen:
            seen[key].terms[:] = _merged(seen[key].terms, party.terms)
        else:
            seen[key] = party
    return list(seen.values())
