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
from functools import lru_cache

from clausecheck._definitions import designations_in
from clausecheck._roles import (
    PRONOUNS,
    has_company_form,
    has_public_form,
    is_third_party_term,
    term_role,
)
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
# The last word of a defined name that names a thing, not a party: the Act a regulator
# acts under, the licence it grants, the contract a buyer signed, the station licensed.
_THING_WORDS = """act acts law laws regulation regulations code rules agreement agreements contract
    contracts licence license licences licenses policy deed date schedule annex appendix
    exhibit project programme program products goods works premises site sites territory
    frequencies spectrum shares plan fee fees price loan facility grant station conditions
    terms order specification specifications charter statute decree"""
THING_HEADS = frozenset(_THING_WORDS.split())
_SUFFIX = (
    r"(?:inc|ltd|llc|l\.\s?l\.\s?c|corp|co|n\.\s?a|s\.a\.c|s\.\s?a|plc|lp|l\.\s?p|llp|gmbh|ag|b\.\s?v"
    r"|bv|sa|pte|pty|limited|incorporated|s\.p\.a|ab|a/s|(?-i:AS|As)|a\.s|nv|n\.v|se|(?-i:KG)|oy|k\.k|ltda"
    r"|sdn\.?\s*bhd|bhd)\b\.?"
)
_ENDS_WITH_SUFFIX = re.compile(rf"\b{_SUFFIX}$", re.IGNORECASE)
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
# A grant names its grantee after "to": ", grants to Skylink plc", "issues to ...".
_GRANT_BOUNDARY = re.compile(
    r"[,\s]+(?:hereby\s+)?(?:grants?|issues?|awards?|confers?)\s+(?:[^.;()]{0,60}\s)?to\s+"
    r"(?=(?:the\s+)?[A-Z0-9])"
)
# "... contract with ORIENT TRADING LLC (the "Buyer")": a third party named in passing.
_WITH_BOUNDARY = re.compile(
    rf"\bwith\s+(?=(?:the\s+)?(?:[A-Z0-9][\w&'’.-]*,?\s+){{1,6}}(?i:{_SUFFIX})(?:,|\s|$))"
)
# A company named in quotes after its legal form, as civil-law contracts write it: the
# limited liability company "Infoserv Solutions", Joint Stock Company «Telecom».
_FORM_THEN_QUOTED = re.compile(
    r"(?i:(?:the\s+)?(?:(?:private|public|closed|open)\s+)?(?:limited\s+liability|joint[-\s]stock"
    r"|limited|stock)?\s*(?:company|partnership|corporation|society))\s+[\"“«]"
)
# A party the sentence names by its role only: "the above-named Supplier" (the name is on
# the cover page), "the undersigned Licensee".
_PLACEHOLDER = re.compile(
    r"\s*(?:the\s+)?(?:above[-\s]?named|below[-\s]?named|undersigned|aforementioned"
    r"|aforesaid)\s+(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
)
# What stands for a name left blank in a form: "a [corporation organized in] ____".
_BLANK = re.compile(r"\s*(?:[●•▪*-]\s*)?(?:an?\s+\[|\[|_{3,}|\.{4,})")
_ALSO_KNOWN = re.compile(
    r"\b(?:doing\s+business\s+as|d/b/a|a/k/a|a\.k\.a\.|also\s+known\s+as|trading\s+as)\s+"
    r"([A-Z0-9][\w.&'’-]*(?:[ ,]+[A-Z0-9][\w.&'’-]*){0,5})",
)
# "made ... by" opens a parties sentence only when an instrument is made: "This agreement
# is concluded by ...", "This Policy is issued by ...", not "the regulation adopted by".
_INTRO = re.compile(
    r"\b(?:by\s+and\s+)?(?:between|among|amongst)\b\s*:?|\b(?P<verb>made|entered\s+into"
    r"|executed|concluded|issued|granted)\b[^.\"“]{0,60}?\bby\s+(?!and\b)",
    re.IGNORECASE,
)
# What must come before the verb (checked apart: a look-behind cannot vary in width).
_MADE_AFTER = re.compile(
    r"(?:,|\b(?:is|are|was|were|been|be|hereby|agreement|contract|deed|licen[cs]e|memorandum"
    r"|policy)(?:\s*\([^()]{0,40}\))?,?)\s+$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1024)
def intros(text: str, start: int = 0) -> tuple[re.Match[str], ...]:
    """Where a parties sentence names its parties: after "between", "among", "is made
    by", "is entered into by", "is issued by", ", made by"."""
    found: list[re.Match[str]] = []
    low = text.lower()
    if "betw" not in low and "among" not in low and "by" not in low:
        return ()
    for match in _INTRO.finditer(text, start):
        verb = match.start("verb")
        if verb < 0 or _MADE_AFTER.search(text, max(start, verb - 60), verb):
            found.append(match)
    return tuple(found)


# A full stop ends a sentence before a capital; before a parenthesis or a quotation mark
# only after a common word: "by this reference. ("Supplier")", not "Calif. (Hereinafter".
_SENTENCE_END = re.compile(r"\.\s+(?=[A-Z(\"“])")
_ABBREVIATED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]?|[A-Z]{1,4}|[A-Za-z]")
_ABBREVIATIONS_WORDS = """inc ltd corp co no n.a s.a l.l.c l.p b.v n.v mr ms mrs dr st p.o u.s plc
    llc a.k.a a/k/a d/b/a ave blvd hwy s.e a.s"""
_ABBREVIATIONS = frozenset(_ABBREVIATIONS_WORDS.split())


@dataclass(slots=True)
class Found:
    name: str | None
    terms: list[str] = field(default_factory=list)
    block: int | None = None
    described: str = ""  # the words around the name: "a statutory body established by ..."


def parties_in_sentence(
    text: str, start: int, index: int | None = None, stop: int | None = None
) -> list[Found]:
    """The parties named in a parties sentence or paragraph, from ``start`` on (and
    before ``stop``, when given).

    Each designation closes a stretch of text; the stretch holds the description of the
    party before it and, after a boundary ("and", ";", "(2)"), the next party's name.
    """
    found: list[Found] = []
    cursor = start
    end = _sentence_end(text, start)
    if stop is not None:
        end = min(end, stop)
    for designation, begin, finish in _party_designations(text, start):
        if begin > end:
            break
        if designation.is_collective and is_generic(designation.aliases):
            break
        named = [n for n in designation.names if n.lower() not in NOT_PARTY]
        if not named and not designation.is_collective:
            cursor = finish  # ("Effective Date"): not about a party
            continue
        names = [n for n in named if is_party_term(n)]
        segment = text[cursor:begin]
        new = _new_entities(segment, first=not found, index=index)
        if found and not new:
            if not _DESCRIPTION.match(segment):
                break  # the sentence has moved on from naming the parties
            blank = _blank_party(segment, names, index)
            if blank is not None:  # "; and a [corporation] ... ("you")": a party left blank
                found.append(blank)
                cursor = finish
                continue
            names = [n for n in names if not _names_described_thing(n, segment, found[-1])]
        if not names and not designation.is_collective:
            cursor = finish  # (the "Act") in "acting under the ... Act 2019"
            continue
        found.extend(new)
        if designation.is_collective:  # (collectively "WYZZ"): a name for those just named
            for party in new or found[-1:]:
                party.terms.extend(a for a in designation.aliases if is_party_term(a))
        elif found:
            found[-1].terms.extend(names)
            if not new:  # "Acme ("Acme"), a statutory body ... ("Regulator")"
                found[-1].described += segment
        else:
            found.append(Found(None, names, index))
        cursor = finish
        end = max(end, _sentence_end(text, finish))
        if stop is not None:
            end = min(end, stop)
    if found:
        tail = text[cursor:end]
        found.extend(
            p
            for p in _new_entities(tail, first=False, index=index)
            if has_form(p.name or "") or (p.name is None and p.terms)
        )
    else:
        names = _split_entities(text[start:end])
        found = [Found(n, [], index) for n in names if has_form(n)]
    return found


def _blank_party(segment: str, names: list[str], index: int | None) -> Found | None:
    """A party whose name a form leaves blank, after a strong boundary: "; and ● a
    [corporation organized in] the state of ____ ("you" or the "Franchisee")"."""
    boundary = _STRONG_BOUNDARY.search(segment)
    if boundary is None or not names or not _BLANK.match(segment, boundary.end()):
        return None
    return Found(None, list(names), index)


def _names_described_thing(alias: str, segment: str, party: Found) -> bool:
    """Whether a designation after a party's description names something in that
    description rather than the party: "acting under the Electronic Communications Act
    2019 (the "Act")". A role word ("Licensee", "Fund") or a pronoun always names a party;
    an alias that echoes the last words of the description and not the party's name
    names what those words describe, when they write it as a proper name (capitalised):
    "as custodian (in such capacity, the "Custodian")" names the party in a capacity."""
    if term_role(alias) is not None or is_third_party_term(alias) or alias.lower() in PRONOUNS:
        return False
    head = alias.split()[-1]
    tail = [w.strip(",.;:()") for w in segment.split()[-8:]]
    own = name_key(party.name or "").split()
    echoed = any(w.lower() == head.lower() and w[:1].isupper() for w in tail)
    return echoed and head.lower() not in own


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
            intros_ = intros(piece)
            piece = piece[intros_[-1].end() :] if intros_ else piece
        placeholder = _PLACEHOLDER.match(piece)
        if placeholder is not None and number > 0:  # "and the above-named Supplier"
            entities.append(Found(None, [placeholder.group("role")], index))
            continue
        if number == 0 or _starts_name(piece) or number == last:
            agent = _ACTING_FOR.search(piece)  # "Jane Doe, director of Acme Ltd"
            name = entity_name(agent.group(1) if agent else _strip_lead(piece))
            entity = Found(name, [], index, piece)
            entity.terms.extend(m.group(1).rstrip(" ,.") for m in _ALSO_KNOWN.finditer(piece))
            entities.append(entity)
    return entities


def _split_pieces(segment: str, *, first: bool = True) -> list[tuple[str, str]]:
    """Cut a stretch at party boundaries; pieces that start no party rejoin the previous.

    A plain "and" separates two parties only before a company's name ("Acme Inc. and Beta
    LLC"), or before the last name of a stretch that follows another party; it is part
    of "THE DEPARTMENT OF CHILDREN AND FAMILY SERVICES".
    """
    boundaries = [_STRONG_BOUNDARY, _WEAK_BOUNDARY]
    if "," in segment:
        boundaries.append(_COMMA_BOUNDARY)
    if "with" in segment:
        boundaries.append(_WITH_BOUNDARY)
    if any(verb in segment for verb in ("grant", "issue", "award", "confer")):
        boundaries.append(_GRANT_BOUNDARY)
    cuts = sorted({m.span() for pattern in boundaries for m in pattern.finditer(segment)})
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
    """Whether a piece of a parties sentence begins with a name ("the CITY OF ...", the
    limited liability company "Infoserv", "the above-named Supplier")."""
    text = piece.lstrip()
    if _FORM_THEN_QUOTED.match(text) or _PLACEHOLDER.match(text):
        return True
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
        word = (text[max(0, match.start() - 30) : match.start()].split()[-1:] or [""])[0]
        word = word.lstrip("(,")
        if text[match.end()] in '("“' and not word.islower():
            continue  # "Erchonia Corporation. ("Erchonia")", "Calif. (Hereinafter ..."
        word = word[-10:]
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
    if name.endswith(".") and not _ENDS_WITH_SUFFIX.search(name):
        name = name[:-1].rstrip()
    if not name or len(name) > 120 or not (name[0].isalnum() or name[0] in '"“['):
        return None
    return name


def has_form(text: str) -> bool:
    return has_company_form(text) or has_public_form(text)


def is_generic(aliases: Sequence[str]) -> bool:
    return all(a.lower() in NOT_PARTY for a in aliases)


def is_party_term(term: str) -> bool:
    """Whether a defined name can name a party: not "Party", "Agreement", a date, or a
    thing ("the Act", "the Supply Contract", "the Landing Station")."""
    if not term or len(term) > 80 or term.lower() in NOT_PARTY:
        return False
    words = term.lower().split()
    return words[-1] not in THING_HEADS or term_role(term) is not None
