"""Tell whether a contracting party is the company or the State.

Two independent signals: the defined term the contract gives the party (the catalogue's
party list: Supplier, Licensee, Borrower ... are the company; Authority, Ministry,
Lender, Fund ... the State), and the entity's own name (a company form such as LIMITED,
INC., PLC, GMBH; or a public body: MINISTRY OF, ... AUTHORITY, REPUBLIC OF, CITY OF).
Nothing here finds parties in a document; ``_parties`` does that.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausecheck.model import Role

# The catalogue's party list ("Contract kinds"), plus common synonyms. The last word of
# a multi-word term decides ("Contracting Authority" -> authority). Customer, Client,
# Buyer and Purchaser are the State because in the contracts the catalogue covers the
# public body is the one buying; a company customer is caught by its own name.
_COMPANY_WORDS = """supplier contractor vendor provider licensee operator borrower concessionaire
    company consultant developer grantee recipient seller manufacturer reseller distributor
    bidder tenderer franchisee subcontractor integrator processor investee issuer
    beneficiary servicer"""
_STATE_WORDS = """authority buyer customer client purchaser ministry agency licensor regulator
    lender bank fund government department commission council municipality city state
    republic employer grantor donor procurer principal office board directorate
    administration secretariat treasury police"""
COMPANY_TERMS = frozenset(_COMPANY_WORDS.split())
STATE_TERMS = frozenset(_STATE_WORDS.split())

# A legal form only a company has. Upper-case abbreviations that are also English words
# ("AS", "SA", "AG") count only in capitals.
_COMPANY_FORM = re.compile(
    r"\b(?:limited|ltd|inc|incorporated|corp|corporation|plc|llc|l\.\s?l\.\s?c|llp|l\.p|lp"
    r"|gmbh|s\.a|s\.a\.s|s\.p\.a|s\.r\.l|s\.r\.o|a\.s|b\.v|n\.v|pty|pte|bhd|sdn|k\.k|company"
    r"|co|ltda|partnership|holdings|oyj|n\.\s?a)\b\.?",
    re.IGNORECASE,
)
_COMPANY_FORM_CAPS = re.compile(
    r"\b(?:AG|AB|AS|A/S|SA|SE|NV|BV|KG|OY|SAS|SpA|SARL)\b(?=\s*(?:$|[,.;(]|\(publ\)))"
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


def has_company_form(name: str) -> bool:
    """Whether a name carries a company's legal form (Ltd, Inc., GmbH, S.A. ...)."""
    return bool(_COMPANY_FORM.search(name) or _COMPANY_FORM_CAPS.search(name))


def has_public_form(name: str) -> bool:
    """Whether a name is a public body's (Ministry of ..., ... Authority, Republic of ...)."""
    return bool(_STATE_FORM.search(name))


def term_role(term: str) -> Role | None:
    """The side a defined term names, from the catalogue's party list.

    >>> term_role("Contracting Authority"), term_role("Service Provider"), term_role("NICE")
    (<Role.STATE: 'state'>, <Role.COMPANY: 'company'>, None)
    """
    words = term.lower().replace("’", "'").split()
    if not words:
        return None
    head = words[-1].removesuffix("'s")
    if head in COMPANY_TERMS:
        return Role.COMPANY
    if head in STATE_TERMS:
        return Role.STATE
    return None


def name_role(name: str | None) -> Role | None:
    """The side an entity's own name puts it on, when only one form shows.

    >>> name_role("SENTINEL VISION SYSTEMS LTD"), name_role("THE MINISTRY OF HEALTH")
    (<Role.COMPANY: 'company'>, <Role.STATE: 'state'>)
    """
    if not name:
        return None
    company, public = has_company_form(name), has_public_form(name)
    if company and not public:
        return Role.COMPANY
    if public and not company:
        return Role.STATE
    return None


def resolve_role(name: str | None, terms: Sequence[str]) -> tuple[Role | None, str | None]:
    """A party's role and, when it cannot be told, a sentence saying why.

    The entity's own form decides when it is unambiguous (a "Customer" that is an Inc. is
    a company; a "Bank ... Ltd" is a company). Otherwise the defined terms decide when
    they agree (a State-owned "... CORPORATION OF THE REPUBLIC" that the contract calls
    the "Lender" is the State). Nothing is guessed: with no signal, or signals that
    disagree, the role is None and the reason is returned.
    """
    by_name = name_role(name)
    if by_name is not None:
        return by_name, None
    by_terms = {r for r in (term_role(t) for t in terms) if r is not None}
    if len(by_terms) == 1:
        return by_terms.pop(), None
    label = name or "a party with no name given"
    quoted = ", ".join(f'"{t}"' for t in terms) or "no defined name"
    if name and has_company_form(name):
        why = "its name has both a company form and a public-body word"
    else:
        why = (
            "its name shows neither a company form (Ltd, Inc. ...) nor a public body "
            "(Ministry, Authority ...)"
        )
    if by_terms:
        why += ", and its defined names point to both sides"
    else:
        why += ", and no defined name of it is in the catalogue's party list"
    return None, f"cannot tell whether {label} ({quoted}) is the company or the State: {why}"
