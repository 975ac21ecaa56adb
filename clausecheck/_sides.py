"""The two sides of a contract as the checker sees them: which names are the company's,
which the State's.

The structure stage finds the parties and their defined names; this module makes them
usable for grading: it moves a role noun the structure stage listed under the wrong side,
adds the forms of "you" and "we", reads a contract between companies (the buying side
plays the State's part), and falls back on the catalogue's role nouns when a side defines
no name. ``_tokens.party_names`` compiles the result into the scanner that turns names
into COMPANY / STATE tokens.
"""

from __future__ import annotations

import re

from clausecheck import _tokens
from clausecheck.model import Document, Role

_WORDY = re.compile(r"[A-Za-z0-9]")

# Generic role nouns (catalogue, "The company is ... The State is ..."), used only when a
# contract defines no party on that side.
COMPANY_NOUNS = (
    "Supplier",
    "Contractor",
    "Vendor",
    "Provider",
    "Service Provider",
    "Licensee",
    "Operator",
    "Borrower",
    "Concessionaire",
    "Company",
    "Offeror",
    "Seller",
    "Consultant",
    "Processor",
    "Business Associate",
)
STATE_NOUNS = (
    "Authority",
    "Contracting Authority",
    "Buyer",
    "Customer",
    "Ministry",
    "Agency",
    "Licensor",
    "Regulator",
    "Lender",
    "Bank",
    "Fund",
    "Government",
    "Contracting Officer",
    "Public Organisation",
    "Public Organization",
    "Purchaser",
    "Client",
    "Employer",
    "Department",
    "Controller",
    "Covered Entity",
    "Bureau",
    "Commission",
    "Directorate",
    "Council",
    "Municipality",
    "City",
)


def party_names_of(document: Document) -> _tokens.PartyNames:
    """The party-name scanner of a document.

    A party whose side the structure stage could not tell goes to the side that has no
    party yet (in a two-sided contract the other party is the counterparty); a side
    still empty falls back to the catalogue's generic role nouns.
    """
    company, state = _sides(_names(document, Role.COMPANY), _names(document, Role.STATE))
    unknown = _names(document, None)
    if unknown and company and not state:
        state = unknown
    elif unknown and state and not company:
        company = unknown
    elif company and not state:
        company, state = _counterparty(document)
    elif unknown and company and state:
        # A third party whose side the structure stage could not tell: a role noun of
        # the bound side ("the Exporter") is the company's, a public body's the State's;
        # any other name (an end Buyer, a Guarantor) stays a third party.
        company = (*company, *(t for t in unknown if _BOUND_NOUN.fullmatch(t)))
        state = (*state, *(t for t in unknown if _PUBLIC_NOUN.fullmatch(t)))
    company = (*company, *_company_aliases(document, company, state))
    if not company:
        company = _nouns(COMPANY_NOUNS)
    if not state:
        state = _nouns(STATE_NOUNS)
    # A contract that calls one side "you" speaks for the other in the first person.
    if "you" in company and not {"we", "us"} & {*company, *state}:
        state = (*state, "we")
    elif "you" in state and not {"we", "us"} & {*company, *state}:
        company = (*company, "we")
    return _tokens.party_names(_pronoun_forms(company), _pronoun_forms(state))


# Defined terms the structure stage may attach to the wrong party: a role noun of the
# bound side listed under the State ("the Regulator ... the Licensee"), a public body
# listed under the company, or the name of an instrument ("the Act").
_BOUND_NOUN = re.compile(
    r"(?:Licensee|Supplier|Contractor|(?:Service\s+)?Provider|Vendor|"
    r"Operator|Concessionaire|Borrower|Grantee|Consultant|Seller|"
    r"Offeror|Recipient|Developer|Manufacturer|Business\s+Associate|Exporter|Investee|"
    r"Awardee|Integrator|Implementing\s+Partner|Partner\s+Company|Project\s+Company)s?"
)
_PUBLIC_NOUN = re.compile(
    r"(?:Contracting\s+)?(?:Authority|Ministry|Agency|Department|"
    r"Regulator|Commission|Council|Government|City|Municipality|"
    r"Contracting\s+Officer)"
)
_INSTRUMENT = re.compile(
    r"(?:the\s+)?(?:Act|Agreement|Contract|Licen[cs]e|Regulations?|Law|"
    r"Code|Schedule|Annex|Appendix|Deed|Treaty|Convention)",
    re.IGNORECASE,
)


# Capitalised role nouns by which drafters name the bound company when the parties
# clause gave it another name or none the structure stage could find ("The Exporter
# shall", "the Partner Company shall"). Nouns that are usually a third party in a State
# contract (a Manufacturer, a Guarantor, a Buyer) are not here.
ALIAS_NOUNS = (
    "Exporter",
    "Grantee",
    "Recipient",
    "Beneficiary",
    "Investee",
    "Investee Company",
    "Partner Company",
    "Implementing Partner",
    "Project Company",
    "Concessionaire",
    "Operator",
    "Network Operator",
    "Supplier",
    "Contractor",
    "Vendor",
    "Provider",
    "Service Provider",
    "Solution Provider",
    "Company",
    "Borrower",
    "Issuer",
    "Obligor",
    "Awardee",
    "Seller",
    "Consultant",
    "Developer",
    "Integrator",
)


def _company_aliases(
    document: Document, company: tuple[str, ...], state: tuple[str, ...]
) -> tuple[str, ...]:
    """Role nouns that can only be the company: with exactly one party on the company's
    side, a capitalised role noun that names no other party and that the contract does
    not define as someone else ("'Contractor' means the contractor engaged by the
    Borrower") is that party under another name."""
    if sum(p.role is Role.COMPANY for p in document.parties) != 1 or not company:
        return ()
    taken = {t for p in document.parties for t in p.terms} | set(company) | set(state)
    # "'Partner Company' means Kestrel Systems Ltd": a definition by the company's own
    # name is an alias; any other definition makes the noun someone (or something) else.
    own = [
        re.escape(p.name)
        for p in document.parties
        if p.role is Role.COMPANY and p.name and len(p.name) > 2
    ]
    names_company = re.compile("|".join(own), re.IGNORECASE) if own else None
    defined_elsewhere = {
        d.term.strip()
        for d in document.definitions
        if names_company is None or not names_company.search(d.text)
    }
    return tuple(
        noun
        for noun in ALIAS_NOUNS
        if noun not in taken and noun not in defined_elsewhere and noun.lower() not in taken
    )


def _sides(
    company: tuple[str, ...], state: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The two sides' names, with misplaced role nouns moved and instruments dropped."""
    bound = [t for t in company if not _PUBLIC_NOUN.fullmatch(t)]
    public = [t for t in state if not _BOUND_NOUN.fullmatch(t)]
    bound += [t for t in state if _BOUND_NOUN.fullmatch(t)]
    public += [t for t in company if _PUBLIC_NOUN.fullmatch(t)]
    return (
        tuple(t for t in dict.fromkeys(bound) if not _INSTRUMENT.fullmatch(t)),
        tuple(t for t in dict.fromkeys(public) if not _INSTRUMENT.fullmatch(t)),
    )


# Plain-English contracts define the parties as "you" and "we": their other forms
# ("You must", "your subcontractors", "tell us") name the same party.
_PRONOUN_FORMS = {
    "you": ("you", "You", "your", "Your"),
    "we": ("we", "We", "us", "Us", "our", "Our"),
    "us": ("we", "We", "us", "Us", "our", "Our"),
}


def _pronoun_forms(names: tuple[str, ...]) -> tuple[str, ...]:
    extra = [form for n in names for form in _PRONOUN_FORMS.get(n, ())]
    return tuple(dict.fromkeys((*names, *extra))) if extra else names


# In a contract between two companies (no State party at all), the side that buys,
# licenses in or commissions plays the State's part for the oversight rules: its audit
# right is the audit right a public buyer would hold.
SUPPLYING = re.compile(
    r"\b(?:supplier|contractor|vendor|provider|consultant|reseller|"
    r"distributor|developer|manufacturer|seller|licensor|host|operator|"
    r"concessionaire|borrower|servicer|processor)s?$",
    re.IGNORECASE,
)
BUYING = re.compile(
    r"\b(?:customer|client|buyer|purchaser|licensee|owner|employer|"
    r"principal|company|bank|lender|user|member)s?$",
    re.IGNORECASE,
)


def _counterparty(document: Document) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(company names, State names) when every party is a company."""
    supplying, buying, other = [], [], []
    for party in document.parties:
        names = [n for n in (*party.terms, party.name) if n and _WORDY.search(n)]
        if any(SUPPLYING.search(t) for t in party.terms):
            supplying.extend(names)
        elif any(BUYING.search(t) for t in party.terms):
            buying.extend(names)
        else:
            other.extend(names)
    if supplying and (buying or other):
        return tuple(dict.fromkeys(supplying)), tuple(dict.fromkeys(buying or other))
    return _names(document, Role.COMPANY), ()


def is_stateless(document: Document) -> bool:
    """Whether the contract is between companies only: two or more parties, and none
    that is, or can be read as, the State's side."""
    if len(document.parties) < 2 or any(p.role is Role.STATE for p in document.parties):
        return False
    if any(p.role is None for p in document.parties):
        return False  # the unknown party is read as the counterparty
    return not _counterparty(document)[1]


_PUBLIC = re.compile(
    r"\b(?:Republic|Kingdom|State|Government|Ministry|Minister|Department|"
    r"Authority|Agency|Council|Commission|Municipality|Municipal|City|County|"
    r"Federal|National|Public|Regulator|Regulatory|Office|Bureau|Secretary|"
    r"Contracting\s+Officer|Police|Army|Defen[cs]e|Treasury|Parliament|"
    r"Province|Provincial|Region|Regional|Crown|Commonwealth|Board)\b"
)


def has_public_party(document: Document) -> bool:
    """Whether a party is, or is named like, a public body: the side whose instructions,
    access to data and requests the guardrail rules are about."""
    for party in document.parties:
        if party.role is Role.STATE:
            return True
        if any(_PUBLIC.search(name) for name in (party.name or "", *party.terms)):
            return True
    return not document.parties  # nothing known: do not assume a private counterparty


def _nouns(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """The role nouns as written: "Supplier", "SUPPLIER", and in lower case "the supplier"
    (a single lower-case word needs its article: "lawful authority" is no party) or a
    two-word role bare ("business associate shall")."""
    lower = [n.lower() if " " in n else f"the {n.lower()}" for n in nouns]
    plural = [f"{n}s" for n in nouns if not n.endswith("y")]
    return nouns + tuple(plural) + tuple(lower) + tuple(n.upper() for n in nouns)


def _names(document: Document, role: Role | None) -> tuple[str, ...]:
    names: list[str] = []
    for party in document.parties:
        if party.role is role:
            names.extend(party.terms)
            if party.name:
                names.append(party.name)
    return tuple(dict.fromkeys(n for n in names if n and _WORDY.search(n)))
