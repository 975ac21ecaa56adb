"""Tell whether a contracting party is the company or the State.

Two independent signals: the defined term the contract gives the party (the catalogue's
party list: Supplier, Licensee, Borrower ... are the company; Authority, Ministry,
Lender, Fund ... the State), and the entity's own name (a company form such as LIMITED,
INC., PLC, GMBH; or a public body: MINISTRY OF, ... AUTHORITY, REPUBLIC OF, CITY OF) or,
when the name is silent, how the contract describes it ("a statutory body").
A third signal settles parties beyond the two sides: defined names that only third
parties take (Guarantor, Escrow Agent, Trustee, Founders ...), and ``resolve_roles``
reads all the parties of a contract together, so that a buyer under an export contract
or a bank holding an escrow is not taken for the State or the company. Nothing here
finds parties in a document; ``_parties`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from clausecheck.model import Role

# The catalogue's party list ("Contract kinds"), plus common synonyms. The last word of
# a multi-word term decides ("Contracting Authority" -> authority). Customer, Client,
# Buyer and Purchaser are the State because in the contracts the catalogue covers the
# public body is the one buying; a company customer is caught by its own name.
_COMPANY_WORDS = """supplier contractor vendor provider licensee operator borrower concessionaire
    company consultant developer grantee recipient seller manufacturer reseller distributor
    bidder tenderer franchisee subcontractor integrator processor investee issuer
    beneficiary servicer exporter partner applicant awardee licenceholder licenseholder
    policyholder insured"""
_STATE_WORDS = """authority buyer customer client purchaser ministry agency licensor regulator
    lender bank fund government department commission council municipality city state
    republic employer grantor donor procurer principal office board directorate
    administration secretariat treasury police minister governor province crown"""
COMPANY_TERMS = frozenset(_COMPANY_WORDS.split())
STATE_TERMS = frozenset(_STATE_WORDS.split())
# Buying words name the State only by presumption (the public body is usually the one
# buying); another party that is a public body by its own name outranks them.
BUYING_TERMS = frozenset({"buyer", "customer", "client", "purchaser"})
# Parties that are on neither side of the State-business nexus, whatever their name: they
# guarantee, hold money or shares, or act for others (UNGP 4 concerns the State's support
# of the company; a guarantor or an escrow bank is neither).
_THIRD_WORDS = """guarantor guarantors surety sureties trustee trustees arranger arrangers
    founder founders shareholder shareholders auditor monitor"""
THIRD_TERMS = frozenset(_THIRD_WORDS.split())
# An agent is a third party only as a holder of money or security for others; a sales or
# marketing "Agent" is a party in its own right.
_THIRD_AGENTS = frozenset(
    {
        "escrow",
        "facility",
        "security",
        "collateral",
        "paying",
        "calculation",
        "account",
        "administrative",
        "disbursement",
        "fiscal",
        "settlement",
        "intercreditor",
    }
)
# Two-word terms whose first word decides the side: "Public Partner", "Private Party",
# "Contracting Entity", "Development Partner" (a donor).
_PUBLIC_MODIFIERS = frozenset(
    {
        "public",
        "government",
        "governmental",
        "state",
        "contracting",
        "procuring",
        "purchasing",
        "awarding",
        "granting",
        "development",
        "municipal",
        "federal",
    }
)
_GENERIC_HEADS = frozenset(
    {"partner", "party", "entity", "body", "organisation", "organization", "institution"}
)
# Plain-English contracts call the parties "we" and "you": the words say which party is
# speaking, not which side it is on.
PRONOUNS = frozenset({"we", "us", "our", "you", "your"})

# A legal form only a company has. Upper-case abbreviations that are also English words
# ("AS", "SA", "AG") count only in capitals.
_COMPANY_FORM = re.compile(
    r"\b(?:limited|ltd|inc|incorporated|corp|corporation|plc|llc|l\.\s?l\.\s?c|llp|l\.p|lp"
    r"|gmbh|s\.a|s\.a\.s|s\.p\.a|s\.r\.l|s\.r\.o|a\.s|b\.v|n\.v|pty|pte|bhd|sdn|k\.k|company"
    r"|co|ltda|partnership|holdings|oyj|n\.\s?a)\b\.?",
    re.IGNORECASE,
)
_COMPANY_FORM_CAPS = re.compile(
    r"\b(?:AG|AB|AS|ASA|A/S|ApS|SA|SE|NV|BV|KG|OY|Oy|SAS|SpA|SARL|JSC|PJSC|OJSC|CJSC|WLL|"
    r"SAOG|SAE|Tbk)\b(?=\s*(?:$|[,.;(]|\(publ\)))"
)
# Words only a public body has in its name. "Bank" and "Fund" alone are not enough
# (Bank of South Pacific Ltd is a company); a central, development or export-import
# bank, an export credit agency and a national fund are.
_STATE_FORM = re.compile(
    r"""\b(?:ministry|minister|department|government|republic|kingdom|commonwealth|federation
      |state\s+of|city\s+of|county|municipality|municipal|council|authority|agency|commission
      |bureau|regulator|regulatory|directorate|secretariat|police|treasury|province
      |prefecture|ombudsman|(?:central|development|reserve|export[-\s]import)\s+bank
      |export\s+credit|sovereign|state[-\s]owned|public\s+(?:body|service|health)
      |national\s+\w+\s+fund)\b""",
    re.IGNORECASE | re.VERBOSE,
)


# A name that ends in a company's legal form is a company's, whatever words come before
# ("... Insurance Agency, LLC"); a public word after the form is not ("... CORPORATION OF
# THE REPUBLIC OF CALDERA").
_ENDS_IN_FORM = re.compile(
    r"\b(?:limited|ltd|inc|incorporated|corp|plc|llc|l\.\s?l\.\s?c|llp|gmbh|s\.a|b\.v|n\.v"
    r"|pty|pte|bhd|ltda|ag|sa|nv|bv|ab|as|a/s|oyj|spa|s\.p\.a|sarl|sas)\.?\s*$",
    re.IGNORECASE,
)


# How a contract describes a public body that its name does not show: created by statute,
# or a part of government. (A company's description adds nothing its legal form does not.)
_PUBLIC_DESCRIPTION = re.compile(
    r"""\b(?:statutory\s+(?:body|corporation|authority|board|agency)
      |(?:body\s+corporate|entity|body|corporation|authority|agency|board)
        \s+(?:established|constituted|created)\s+(?:by|under|pursuant\s+to)
      |(?:government|governmental|state|public|federal|commonwealth|provincial|municipal)
        \s+(?:agency|entity|body|authority|institution|department)
      |an?\s+(?:agency|department|ministry|organ|instrumentality)\s+of\s+the\s+
        (?:government|state|republic|kingdom|federation|commonwealth|crown)
      |acting\s+through\s+(?:its|the)\s+(?:ministry|department|minister))\b""",
    re.IGNORECASE | re.VERBOSE,
)


def has_company_form(name: str) -> bool:
    """Whether a name carries a company's legal form (Ltd, Inc., GmbH, S.A. ...)."""
    return bool(_COMPANY_FORM.search(name) or _COMPANY_FORM_CAPS.search(name))


def has_public_form(name: str) -> bool:
    """Whether a name is a public body's (Ministry of ..., ... Authority, Republic of ...)."""
    return bool(_STATE_FORM.search(name))


def _words(term: str) -> list[str]:
    words = term.lower().replace("’", "'").split()
    if words:
        words[-1] = words[-1].removesuffix("'s")
    return words


def term_role(term: str) -> Role | None:
    """The side a defined term names, from the catalogue's party list.

    The last word decides ("Contracting Authority" -> authority), except that a public
    or private first word decides a generic one ("Public Partner", "Contracting Entity").

    >>> term_role("Contracting Authority"), term_role("Service Provider"), term_role("NICE")
    (<Role.STATE: 'state'>, <Role.COMPANY: 'company'>, None)
    """
    words = _words(term)
    if not words:
        return None
    head = words[-1]
    if len(words) > 1 and (head in _GENERIC_HEADS or head == "partner"):
        if words[0] in _PUBLIC_MODIFIERS:
            return Role.STATE
        if words[0] == "private":
            return Role.COMPANY
    if head in COMPANY_TERMS:
        return Role.COMPANY
    if head in STATE_TERMS:
        return Role.STATE
    return None


def is_third_party_term(term: str) -> bool:
    """Whether a defined term names a third party: "Guarantor", "Escrow Agent", "Founders".

    >>> is_third_party_term("Security Trustee"), is_third_party_term("Supplier")
    (True, False)
    """
    words = _words(term)
    if len(words) > 1 and words[-1] == "agent":
        return words[-2] in _THIRD_AGENTS
    return bool(words) and words[-1] in THIRD_TERMS


def name_role(name: str | None) -> Role | None:
    """The side an entity's own name puts it on, when only one form shows.

    >>> name_role("SENTINEL VISION SYSTEMS LTD"), name_role("THE MINISTRY OF HEALTH")
    (<Role.COMPANY: 'company'>, <Role.STATE: 'state'>)
    """
    if not name:
        return None
    company, public = has_company_form(name), has_public_form(name)
    if company and (not public or _ENDS_IN_FORM.search(name)):
        return Role.COMPANY  # "Goosehead Insurance Agency, LLC": its legal form comes last
    if public and not company:
        return Role.STATE
    return None


def resolve_role(name: str | None, terms: Sequence[str]) -> tuple[Role | None, str | None]:
    """One party's role on its own signals and, when it cannot be told, why.

    The entity's own form decides when it is unambiguous (a "Customer" that is an Inc. is
    a company; a "Bank ... Ltd" is a company). Otherwise the defined terms decide when
    they agree (a State-owned "... CORPORATION OF THE REPUBLIC" that the contract calls
    the "Lender" is the State). With no signal, or signals that disagree, the role is
    None and the reason is returned. ``resolve_roles`` reads a contract's parties
    together and settles more.
    """
    return resolve_roles([(name, terms)])[0]


@dataclass(frozen=True, slots=True)
class _Signals:
    by_name: Role | None
    by_terms: frozenset[Role]
    third: bool  # a defined name only a third party takes
    presumed: bool  # the State only by a buying word ("Customer"), not by its name

    @property
    def own(self) -> Role | None:
        """The role the party's own signals give, the name first."""
        if self.by_name is not None:
            return self.by_name
        return next(iter(self.by_terms)) if len(self.by_terms) == 1 else None


def _signals(name: str | None, terms: Sequence[str], described: str = "") -> _Signals:
    sided = [t for t in terms if not is_third_party_term(t)]
    by_terms = frozenset(r for r in map(term_role, sided) if r is not None)
    by_name = name_role(name)
    if by_name is None and described and _PUBLIC_DESCRIPTION.search(described):
        by_name = Role.STATE  # "EXPORT FINANCE SOUTHLAND, a corporate entity established by"
    presumed = (
        by_name is None
        and by_terms == {Role.STATE}
        and all(_words(t)[-1] in BUYING_TERMS for t in sided if term_role(t) is Role.STATE)
    )
    return _Signals(by_name, by_terms, len(sided) < len(terms), presumed)


def _firm(signals: _Signals) -> Role | None:
    """The role a party holds beyond doubt: name and defined names agree, or only one of
    them speaks (and it is not a buying word, nor a third party's name)."""
    if (signals.third and not signals.by_terms) or signals.presumed:
        return None
    if signals.by_name is not None:
        return signals.by_name if signals.by_terms <= {signals.by_name} else None
    return signals.own


def resolve_roles(
    parties: Sequence[tuple[str | None, Sequence[str]]],
    described: Sequence[str] = (),
) -> list[tuple[Role | None, str | None]]:
    """The role of each party of one contract, and for each that is left open (or read
    by elimination) a sentence saying why.

    First every party whose own signals agree holds its side. Then, reading the others
    against them: a guarantor, an escrow agent or founders (third-party names), and a
    party whose name and defined names point to opposite sides (an LLC called the
    "Buyer"), are third parties (``Role.OTHER``) when both sides are already held, else
    their name decides; a party that is the State only by a buying word ("Customer") is a
    third party beside a public body named as such; a party with no signal at all is a
    third party when both sides are held, and the company when it is the only other
    party of a contract whose other side is the State (a warning says so); otherwise its
    role is None and the warning says why.
    """
    descriptions = list(described) + [""] * (len(parties) - len(described))
    signals = [
        _signals(name, terms, description)
        for (name, terms), description in zip(parties, descriptions, strict=True)
    ]
    firm = [_firm(s) for s in signals]
    public_named = [s.by_name is Role.STATE for s in signals]
    open_parties = [i for i, role in enumerate(firm) if role is None]
    resolved: list[tuple[Role | None, str | None]] = []
    for at, ((name, terms), own) in enumerate(zip(parties, signals, strict=True)):
        if firm[at] is not None:
            resolved.append((firm[at], None))
            continue
        others = {role for i, role in enumerate(firm) if i != at and role is not None}
        both_held = {Role.COMPANY, Role.STATE} <= others
        if own.third or (own.by_name is not None and own.by_terms):
            resolved.append((Role.OTHER if both_held else own.by_name or own.own, None))
        elif own.presumed:
            beside_public = any(public_named[i] for i in range(len(parties)) if i != at)
            resolved.append((Role.OTHER if beside_public else Role.STATE, None))
        elif both_held:
            resolved.append((Role.OTHER, None))
        elif others == {Role.STATE} and len(open_parties) == 1 and not own.by_terms:
            state = firm.index(Role.STATE)
            resolved.append((Role.COMPANY, _inferred(name, terms, _described(*parties[state]))))
        else:
            resolved.append((None, _unresolved(name, terms, own)))
    for at, (role, _) in enumerate(resolved):
        if role is None and signals[at].third:
            resolved[at] = (None, _unresolved(*parties[at], signals[at]))
    return resolved


def _described(name: str | None, terms: Sequence[str]) -> str:
    label = name or "a party with no name given"
    quoted = ", ".join(f'"{t}"' for t in terms) or "no defined name"
    return f"{label} ({quoted})"


def _inferred(name: str | None, terms: Sequence[str], state: str) -> str:
    """The warning for a party read as the company because the other side is the State."""
    return (
        f"read {_described(name, terms)} as the company by elimination: its name shows no "
        "legal form and no defined name of it is in the catalogue's party list, but the "
        f"other party, {state}, is the State"
    )


def _unresolved(name: str | None, terms: Sequence[str], signals: _Signals) -> str:
    if name and has_company_form(name) and has_public_form(name):
        why = "its name has both a company form and a public-body word"
    else:
        why = (
            "its name shows neither a company form (Ltd, Inc. ...) nor a public body "
            "(Ministry, Authority ...)"
        )
    if len(signals.by_terms) > 1:
        why += ", and its defined names point to both sides"
    elif signals.third:
        why += ", and its defined name is one a third party takes"
    else:
        why += ", and no defined name of it is in the catalogue's party list"
    return f"cannot tell whether {_described(name, terms)} is the company or the State: {why}"
