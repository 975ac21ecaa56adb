"""Read the parties named in one parties sentence or party paragraph.

"by and between Acme Inc., a Delaware corporation ("Acme"), and Beta LLC ("Beta")": each
designation closes a stretch of text holding the description of the party before it
and, after a boundary ("and", ";", "(2)", a comma before another company's name), the
next party's name, which ends where its description begins. Used by ``_parties``, which
decides where the parties clause is; this module does not look at the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from clausecheck._definitions import designations_in
from clausecheck._roles import has_company_form, has_public_form
from clausecheck._shapes import Designation

# Terms that name the agreement, a date or several parties, never one party.
NOT_PARTY = frozenset(
    {
        "party",
        "parties",
        "agreement",
        "contract",
        "licence",
        "license",
        "deed",
        "effective date",
        "commencement date",
        "execution date",
        "signing date",
        "termination date",
        "this agreement",
        "parties hereto",
    }
)
_SUFFIX = (
    r"(?:inc|ltd|llc|l\.\s?l\.\s?c|corp|co|n\.\s?a|s\.\s?a|plc|lp|l\.\s?p|llp|gmbh|ag|b\.\s?v"
    r"|bv|sa|pte|pty|limited|incorporated|s\.p\.a|ab|a/s|as|a\.s|nv|n\.v|se|kg|oy|k\.k|ltda"
    r"|sdn\.?\s*bhd|bhd)\b\.?"
)
# A name of capitalised words that ends in a company form, commas and all.
_FORMAL_NAME = re.compile(
    rf"(?:[A-Z0-9][\w&'’.-]*,?\s+){{1,8}}?(?i:{_SUFFIX})(?:,?\s*(?i:{_SUFFIX}))*(?!\w)"
)
# Where an entity's name ends: a comma not before a company suffix, an address, a
# description ("a Delaware corporation"), or a clause of the sentence.
_NAME_END = re.compile(
    rf""",(?!\s*{_SUFFIX})|;|:|\s\((?![A-Za-z]{{1,12}}\))|\s\[
      |\s+an?\s+(?:[A-Z][\w.-]*\s+){{0,3}}(?:corporation|company|limited|partnership
        |entity|organi[sz]ation|association|banking|bank|registered|public|private
        |national|state|federal|non-?profit|firm|society|body)\b
      |\s+(?:whose|having|with\s+(?:its|offices|a\s+principal|an\s+office|registered)
        |located|organi[sz]ed\s|incorporated\s(?:in|under)|acting|duly|which|who|herein
        |hereinafter|hereafter|residing|registered\s+(?:in|under|at)|represented|director
        |on\s+the\s+(?:one|other)\s+hand|doing\s+business|d/b/a|a/k/a|a\.k\.a\.)\b""",
    re.IGNORECASE | re.VERBOSE,
)
_LEAD = re.compile(
    r"(?:\s|[,;:•●&-]|\band\b|\(\d{1,2}\)|\d{1,2}\.(?=\s)|\([a-z]\)"
    r"|\b(?:by\s+and\s+)?(?:between|among|amongst)\b|\bparties\s+to\s+this\s+agreement\b)*",
    re.IGNORECASE,
)
# Where one party ends and the next begins inside a parties sentence.
_STRONG_BOUNDARY = re.compile(r"[;,]\s*-?\s*and\s*-?\s+|;\s*|\s+-\s*and\s*-\s+|\s\(\d{1,2}\)\s+")
_ACTING_FOR = re.compile(
    r"^[^,]{2,40},\s+(?:director|officer|president|chief\s+\w+\s+officer|manager|agent"
    r"|partner|owner)\s+of\s+(.+)",
    re.IGNORECASE | re.DOTALL,
)
# "and its Reseller, Schoolpop, Inc.": the role before the name is not the name.
_ROLE_BEFORE_NAME = re.compile(r"^\s*(?:its|their)\s+(?:[A-Z][\w-]*\s*){1,3},\s+(?=[A-Z])")
# ", VERIZON ABS LLC, a Delaware ...": a comma before another company's name.
_COMMA_BOUNDARY = re.compile(rf",\s+(?=(?:[A-Z0-9][\w&'’.-]*\s+){{1,6}}(?i:{_SUFFIX})(?:,|\s|$))")
# After the first party, what may come between a party's designation and the next:
# its description, address and capacity, never the rest of the sentence.
_DESCRIPTION = re.compile(
    r"\s*(?:[,;(]|an?\s|the\s|its\s|as\s|having|with|whose|of\s|located|organi[sz]ed"
    r"|incorporated|acting|duly|registered|residing|each|both|on\s+the|in\s+its|and\s"
    r"|-|&|\(\d|$)",
    re.IGNORECASE,
)
# "i-on interactive, a Florida corporation": a name in lower case, with its description.
_DESCRIBED = re.compile(
    r",\s+an?\s+\w+(?:\s+\w+){0,3}\s+(?:corporation|company|limited|partnership|entity)",
    re.IGNORECASE,
)
_WEAK_BOUNDARY = re.compile(r"\s+(?:and|AND)\s+(?=(?:the\s+|THE\s+)?[A-Z0-9])")
_ALSO_KNOWN = re.compile(
    r"\b(?:doing\s+business\s+as|d/b/a|a/k/a|a\.k\.a\.|also\s+known\s+as|trading\s+as)\s+"
    r"([A-Z0-9][\w.&'’-]*(?:[ ,]+[A-Z0-9][\w.&'’-]*){0,5})",
)
INTRO = re.compile(
    r"\b(?:by\s+and\s+)?(?:between|among|amongst)\b\s*:?|\b(?:entered\s+into|made|executed"
    r"|concluded)\b[^.\"“]{0,60}?\bby\s+(?!and\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z])")
_ABBREVIATED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?|[A-Z]{1,4}|[A-Za-z]")
_ABBREVIATIONS = frozenset(
    {
        "inc",
        "ltd",
        "corp",
        "co",
        "no",
        "n.a",
        "s.a",
        "l.l.c",
        "l.p",
        "b.v",
        "n.v",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "p.o",
        "u.s",
        "plc",
        "llc",
        "a.k.a",
        "a/k/a",
        "d/b/a",
        "ave",
        "blvd",
        "hwy",
        "s.e",
        "a.s",
    }
)


@dataclass(slots=True)
class Found:
    name: str | None
    terms: list[str] = field(default_factory=list)
    block: int | None = None


def parties_in_sentence(text: str, start: int, index: int | None = None) -> list[Found]:
    """The parties named in a parties sentence or paragraph, from ``start`` on.

    Each designation closes a stretch of text; the stretch holds the description of the
    party before it and, after a boundary ("and", ";", "(2)"), the next party's name.
    """
    found: list[Found] = []
    cursor = start
    end = _sentence_end(text, start)
    for designation, begin, finish in _party_designations(text, start):
        if begin > end:
            break
        if designation.is_collective and is_generic(designation.aliases):
            break
        names = [n for n in designation.names if is_party_term(n)]
        if not names and not designation.is_collective:
            cursor = finish  # ("Effective Date"): not about a party
            continue
        segment = text[cursor:begin]
        new = _new_entities(segment, first=not found, index=index)
        if found and not new and not _DESCRIPTION.match(segment):
            break  # the sentence has moved on from naming the parties
        found.extend(new)
        if designation.is_collective:  # (collectively "WYZZ"): a name for those just named
            for party in new or found[-1:]:
                party.terms.extend(a for a in designation.aliases if is_party_term(a))
        elif found:
            found[-1].terms.extend(names)
        else:
            found.append(Found(None, names, index))
        cursor = finish
        end = max(end, _sentence_end(text, finish))
    if found:
        tail = text[cursor:end]
        found.extend(
            p for p in _new_entities(tail, first=False, index=index) if has_form(p.name or "")
        )
    else:
        names = _split_entities(text[start:end])
        found = [Found(n, [], index) for n in names if has_form(n)]
    return found


def _party_designations(text: str, start: int) -> Iterator[tuple[Designation, int, int]]:
    for designation, begin, finish in designations_in(text):
        if begin >= start:
            yield designation, begin, finish


def _new_entities(segment: str, *, first: bool, index: int | None) -> list[Found]:
    """The entities a stretch of a parties sentence introduces (usually none or one)."""
    pieces = _split_pieces(segment, first=first)
    last = len(pieces) - 1
    entities: list[Found] = []
    for number, (_, piece) in enumerate(pieces):
        if number == 0 and not first:
            continue  # the description of the party named before
        if number == 0:  # the text before the first name: "This Agreement is made by"
            intros = list(INTRO.finditer(piece))
            piece = piece[intros[-1].end() :] if intros else piece
        if number == 0 or _starts_name(piece) or number == last:
            agent = _ACTING_FOR.search(piece)  # "Jane Doe, director of Acme Ltd"
            name = entity_name(agent.group(1) if agent else _strip_lead(piece))
            entity = Found(name, [], index)
            entity.terms.extend(m.group(1).rstrip(" ,.") for m in _ALSO_KNOWN.finditer(piece))
            entities.append(entity)
    return entities


def _split_pieces(segment: str, *, first: bool = True) -> list[tuple[str, str]]:
    """Cut a stretch at party boundaries; pieces that start no party rejoin the previous.

    A plain "and" separates two parties only before a company's name ("Acme Inc. and Beta
    LLC"), or before the last name of a stretch that follows another party; it is part
    of "THE DEPARTMENT OF CHILDREN AND FAMILY SERVICES".
    """
    cuts = sorted(
        {(m.start(), m.end()) for m in _STRONG_BOUNDARY.finditer(segment)}
        | {(m.start(), m.end()) for m in _COMMA_BOUNDARY.finditer(segment)}
        | {(m.start(), m.end()) for m in _WEAK_BOUNDARY.finditer(segment)}
    )
    pieces: list[tuple[str, str]] = []
    position = 0
    boundary = ""
    for begin, finish in cuts:
        if begin < position:
            continue
        pieces.append((boundary, segment[position:begin]))
        boundary = segment[begin:finish]
        position = finish
    pieces.append((boundary, segment[position:]))
    merged: list[tuple[str, str]] = []
    last = len(pieces) - 1
    for number, (boundary, raw) in enumerate(pieces):
        piece = _ROLE_BEFORE_NAME.sub("", raw, count=1) if number else raw
        weak = boundary.strip().lower() == "and"
        company = has_company_form(piece)
        starts_name = _starts_name(piece)
        if merged and (
            not piece.strip()
            or not (
                starts_name or (number == last and not weak and _DESCRIBED.search(piece))
            )  # "and i-on interactive, a Florida corporation"
            or (weak and not company and (number != last or first))
        ):
            before_boundary, before = merged[-1]
            merged[-1] = (before_boundary, before + boundary + piece)
        else:
            merged.append((boundary, piece))
    return merged


def _starts_name(piece: str) -> bool:
    """Whether a piece of a parties sentence begins with a name ("the CITY OF ...")."""
    text = piece.lstrip()
    if text[:4].lower() == "the ":
        text = text[4:]
    return text[:1].isupper() or text[:1].isdigit()


def _split_entities(text: str) -> list[str]:
    """Names in a sentence with no designations: "between Acme Inc. and Beta LLC"."""
    names = []
    for _, piece in _split_pieces(text):
        name = entity_name(_strip_lead(piece))
        if name:
            names.append(name)
    return names


def name_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w&]+", " ", text.lower()).split())


def _strip_lead(text: str) -> str:
    lead = _LEAD.match(text)
    return text[lead.end() :] if lead else text


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that starts at ``start`` ends: a full stop that does not close
    an abbreviation ("Inc.", "N.A.", "R.C.S.", "Mr.")."""
    for match in _SENTENCE_END.finditer(text, start):
        word = (text[max(0, match.start() - 10) : match.start()].split()[-1:] or [""])[0]
        word = word.lstrip("(,")
        if word.lower() not in _ABBREVIATIONS and not _ABBREVIATED.fullmatch(word):
            return match.start()
    return len(text)


def entity_name(segment: str) -> str | None:
    """The entity's own name at the start of a stretch of the parties clause."""
    text = " ".join(segment.split())
    formal = _FORMAL_NAME.match(text)  # "MEDICAL MANAGER, MIDWEST, INC." keeps its commas
    cut = _NAME_END.search(text)
    name = formal.group() if formal else text[: cut.start()] if cut else text
    name = name.strip(' ,;:-–—"“”')
    if name.startswith("the "):  # "and the CITY OF SAN AURELIO": the article is not the name
        name = name[4:]
    if name.endswith(".") and not re.search(rf"\b{_SUFFIX}$", name, re.IGNORECASE):
        name = name[:-1].rstrip()
    if not name or len(name) > 120 or not (name[0].isalnum() or name[0] in '"“['):
        return None
    return name


def has_form(text: str) -> bool:
    return has_company_form(text) or has_public_form(text)


def is_generic(aliases: Sequence[str]) -> bool:
    return all(a.lower() in NOT_PARTY for a in aliases)


def is_party_term(term: str) -> bool:
    return bool(term) and term.lower() not in NOT_PARTY and len(term) <= 80
