"""Tell which kind of State contract a document is, when the user does not say.

Three signals, weighed: the title ("Loan Facility Agreement", "Spectrum Licence",
"Services Contract for the Operation of ..."), what the parties call each other (a
"Borrower" and a "Lender"; a "Licensee" and a "Regulator" — the company licensed by the
State, not a ministry licensing software), and the subject matter of the opening clauses
(services delivered "to the public" or "on its behalf" make a service contract;
"the supply of" goods makes a procurement). The catalogue's tie-break: a service contract
when the company operates the system or serves the public for the State, procurement
when the State buys what it will operate itself.

Knows nothing of rules; it returns a Kind.
"""

from __future__ import annotations

import re
from collections import Counter

from clausecheck.model import BlockKind, Document, Kind, Region, Role

OPENING_BLOCKS = 60

# (kind, weight, pattern) over the title.
_TITLE = [
    (
        Kind.SUPPORT,
        4,
        r"\b(?:loan|credit|facility|guarantee|grant|investment|subscription|"
        r"shareholders?|financing|funding|export[- ]credit|equity)\b",
    ),
    (
        Kind.PROCUREMENT,
        4,
        r"\b(?:supply|purchase|procurement|framework|acquisition|"
        r"software\s+licen[cs]e|goods|equipment)\b",
    ),
    # A framework contract or agreement is a procurement vehicle, whatever it buys.
    (Kind.PROCUREMENT, 4, r"\bframework\s+(?:contract|agreement)\b"),
    (
        Kind.LICENCE,
        4,
        r"\b(?:spectrum|operator\s+licen[cs]e|telecommunications?\s+licen[cs]e|"
        r"licen[cs]e\s+(?:for|to)\s+(?:the\s+)?(?:provision|operation|use)\s+of|"
        r"(?:network|service|services|provider|broadband|mobile|internet|"
        r"satellite|radio|unified|individual|class)\s+licen[cs]e)\b",
    ),
    (Kind.LICENCE, 2, r"\blicen[cs]e\b"),
    # A concession to build or run a network is the State licensing a company to operate
    # (catalogue: "telecom/spectrum/ISP licence, concession"), whatever else it serves.
    (
        Kind.LICENCE,
        5,
        r"\bconcession\b.*\b(?:network|backbone|spectrum|telecom\w*|broadband|fib(?:re|er)|"
        r"mobile|cable|towers?|frequenc\w+|satellite|internet)\b|"
        r"\b(?:network|backbone|spectrum|telecom\w*|broadband|fib(?:re|er)|mobile|cable|"
        r"frequenc\w+|satellite|internet)\b.*\bconcession\b",
    ),
    # Cloud and software services a public body subscribes to for its own use are bought,
    # not delegated: the State runs its work on them (catalogue, "Choosing the kind").
    (
        Kind.PROCUREMENT,
        4,
        r"\b(?:cloud|SaaS|software[- ]as[- ]a[- ]service|hosting|IT\s+services|ICT\s+services|"
        r"platform\s+subscription|software\s+subscription)\b",
    ),
    (
        Kind.SERVICE,
        3,
        r"\b(?:services?|operation|outsourc\w+|public[- ]private|PPP|"
        r"concession|managed|delivery)\b",
    ),
]

# (kind, weight, pattern) over the defined names of the company and of the State.
_COMPANY = [
    # An exporter is the company an export-credit agency supports (catalogue: "export-credit").
    (
        Kind.SUPPORT,
        5,
        r"^(?:borrower|grantee|recipient|investee|beneficiary|obligor|issuer|exporter)s?$",
    ),
    (Kind.LICENCE, 5, r"^licen[cs]ee$"),
    (Kind.LICENCE, 1, r"^(?:operator|concessionaire)$"),
    (Kind.SERVICE, 2, r"^(?:service\s+provider|provider|operator|concessionaire|partner)$"),
    (Kind.PROCUREMENT, 3, r"^(?:supplier|vendor|seller|licensor)$"),
]
_STATE = [
    (
        Kind.SUPPORT,
        5,
        r"\b(?:lender|bank|fund|investor|guarantor|grantor|donor|insurer|"
        r"agency\s+for\s+development|finance\s+corporation)s?$",
    ),
    (
        Kind.LICENCE,
        4,
        r"\b(?:regulator|regulatory\s+authority|commission|licensing\s+authority|"
        r"licensor)$",
    ),
    (Kind.PROCUREMENT, 3, r"^(?:buyer|purchaser|customer|licensee|client)$"),
    # The public buyer of the EU procurement directives.
    (Kind.PROCUREMENT, 2, r"^contracting\s+(?:authority|entity)$"),
]

# (kind, weight, pattern) over the opening clauses (front matter, recitals, scope).
_TEXT = [
    (
        Kind.SERVICE,
        2,
        r"\bon\s+(?:its|their)\s+behalf\b|\bto\s+the\s+public\b|"
        r"\bmembers\s+of\s+the\s+public\b|\bservice\s+users\b|"
        r"\bpublic\s+services?\b|\bcitizens\b",
    ),
    (
        Kind.PROCUREMENT,
        2,
        r"\bsupply\s+of\b|\bpurchase\s+of\b|\bdeliverables\b|"
        r"\bthe\s+goods\b|\bacceptance\s+tests?\b|\bauthori[sz]ed\s+users\b|"
        r"\bfor\s+(?:its|their)\s+own\s+(?:use|operations|staff|internal)\b|\binternal\s+use\b|"
        r"\bcloud\s+services\b|\bsoftware[- ]as[- ]a[- ]service\b|\bfor\s+use\s+by\b|"
        r"\bhardware\b|\bsoftware\s+licen[cs]es?\b|\blicen[cs]es\s+for\b",
    ),
    (
        Kind.LICENCE,
        2,
        r"\bspectrum\b|\bthe\s+licen[cs]e\s+(?:area|fee|term)\b|"
        r"\blicen[cs]ed\s+(?:services|area|frequencies|network)\b|"
        r"\bsubscribers\b|\bnumbering\b",
    ),
    (
        Kind.SUPPORT,
        2,
        r"\bdisburse\w*|\bdrawdowns?\b|\brepay\w*|\bthe\s+facility\b|"
        r"\bgrant\s+funds\b|\bsubscription\s+(?:price|shares)\b|\binterest\s+rate\b|"
        r"\bexport[- ](?:credit|finance)\b|\bbuyer\s+credit\b|\bcredit\s+guarantee\b",
    ),
]


def detect_kind(document: Document) -> Kind:
    """The most likely kind of a structured document (procurement when nothing tells)."""
    return max(kind_scores(document).items(), key=lambda kv: (kv[1], _PREFERENCE[kv[0]]))[0]


# Ties go to the catalogue's default reading: a State buying technology is procurement.
_PREFERENCE = {Kind.PROCUREMENT: 4, Kind.SERVICE: 3, Kind.LICENCE: 2, Kind.SUPPORT: 1}


def kind_scores(document: Document) -> Counter[Kind]:
    """The evidence for each kind, weighed (for the accuracy benchmark and tests)."""
    scores: Counter[Kind] = Counter({k: 0 for k in Kind})
    title = _title(document)
    for kind, weight, pattern in _TITLE:
        if re.search(pattern, title, re.IGNORECASE):
            scores[kind] += weight
    for party in document.parties:
        table = (
            _COMPANY if party.role is Role.COMPANY else _STATE if party.role is Role.STATE else []
        )
        for term in party.terms:
            for kind, weight, pattern in table:
                if re.search(pattern, term.strip(), re.IGNORECASE):
                    scores[kind] += weight
    opening = _opening(document)
    for kind, weight, pattern in _TEXT:
        hits = len(re.findall(pattern, opening, re.IGNORECASE))
        scores[kind] += weight * min(hits, 3)
    return scores


def _title(document: Document) -> str:
    if document.title:
        return document.title
    for block in document.blocks[:5]:
        if block.text.strip():
            return block.text
    return ""


def _opening(document: Document) -> str:
    texts = []
    for block in document.blocks[:OPENING_BLOCKS]:
        clause = document.clauses[block.index] if document.is_structured else None
        if clause is not None and clause.region in (Region.SIGNATURE, Region.FURNITURE):
            continue
        if block.kind in (BlockKind.HEADER, BlockKind.FOOTER):
            continue
        texts.append(block.text)
    return "\n".join(texts)
