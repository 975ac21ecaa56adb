"""Grade a contract: Provisions x Rules -> one Finding per applicable rule -> Report.

One engine applies every rule record of the rulebook (docs/design/modality.md lists the
matcher kinds): which concepts make up a rule's substance, which party must be bound,
how strongly, and which scopes are only a hook. The strongest provision decides
(reading rule 2); a negation makes a rule missing only when nothing positive exists.

Knows nothing of file formats or output: it takes a structured Document and returns a
Report. Suggestions are added afterwards (pipeline.check, via draft.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from clausecheck._kind import detect_kind
from clausecheck._references import concepts_in
from clausecheck._sides import has_public_party, is_stateless
from clausecheck.errors import UsageError
from clausecheck.model import (
    Document,
    DocumentInfo,
    Evidence,
    Finding,
    Kind,
    Level,
    Modality,
    Provision,
    Report,
    Role,
    Status,
)
from clausecheck.provisions import extract
from clausecheck.rules import Group, Rule, anchors, find_rule, load_rules

MAX_EVIDENCE = 10
_RANK = {Status.MET: 2, Status.WEAK: 1, Status.MISSING: 0}
SAFEGUARD_WORDS = {
    "legal_basis": "a legal basis",
    "necessity": "necessity and proportionality",
    "judicial": "independent or judicial authorisation",
    "oversight": "oversight",
    "aggregate": "a carve-out for aggregate figures",
}


def check_document(
    document: Document,
    kind: str | Kind | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
) -> Report:
    """Grade every applicable rule of the catalogue for one structured document.

    Args:
        document: a Document after ``structure`` (parties, clauses, definitions).
        kind: "procurement", "service", "licence" or "support"; None detects it from
            the title, the parties and the subject matter (``Report.kind_detected``).
        select: only these rules (ids or names); default every applicable rule.
        ignore: rules (ids or names) to leave out.

    Raises:
        UsageError: an unknown kind or rule.
    """
    chosen = _chosen(select, ignore)
    if kind is None:
        kind_value, detected = detect_kind(document), True
    else:
        kind_value, detected = _kind(kind), False
    provisions = extract(document, anchors())
    findings = []
    for rule in chosen:
        level = rule.level(kind_value)
        if level is not None:
            findings.append(grade(rule, level, provisions, document))
    return Report(
        document=DocumentInfo(path=document.path, format=document.format, sha256=document.sha256),
        kind=kind_value,
        kind_detected=detected,
        company=document.terms_for(Role.COMPANY),
        state=document.terms_for(Role.STATE),
        findings=tuple(findings),
        warnings=document.warnings,
    )


def _kind(kind: str | Kind) -> Kind:
    try:
        return Kind(kind)
    except ValueError:
        known = ", ".join(k.value for k in Kind)
        raise UsageError(f"unknown contract kind {kind!r}", hint=f"use one of {known}") from None


def _chosen(select: Iterable[str] | None, ignore: Iterable[str]) -> list[Rule]:
    rules = load_rules()
    left_out = {find_rule(key).id for key in ignore}
    wanted = {r.id for r in rules} if select is None else {find_rule(k).id for k in select}
    return [r for r in rules if r.id in wanted and r.id not in left_out]


# ---------------------------------------------------------------------------
# One rule
# ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Candidate:
    status: Status
    reason: str
    provision: Provision


def grade(rule: Rule, level: Level, provisions: Sequence[Provision], document: Document) -> Finding:
    """The finding of one rule over a document's provisions."""
    if rule.bound == "guardrail":
        return _guardrail(rule, level, provisions, document)
    names = _Names.of(document, is_stateless(document))
    candidates = [c for p in provisions if (c := _assess(rule, p, names)) is not None]
    if not candidates:
        return _finding(rule, level, Status.MISSING, rule.message, ())
    best = max(_RANK[c.status] for c in candidates)
    winners = [c for c in candidates if _RANK[c.status] == best]
    first = winners[0]
    reason = first.reason
    if first.status is Status.MISSING:
        reason = f"the only provision negates it: {reason}"
    return _finding(rule, level, first.status, reason, _evidence(document, winners))


@dataclass(frozen=True, slots=True)
class _Names:
    """How the contract names its parties, for reasons a lawyer can read."""

    company: str
    state: str
    stateless: bool = False  # a contract between companies: the auditing side plays the State
    public: bool = True  # a party is, or is named like, a public body ("@public" in groups)

    @classmethod
    def of(cls, document: Document, stateless: bool = False) -> _Names:
        company = document.terms_for(Role.COMPANY)
        state = document.terms_for(Role.STATE)
        return cls(
            _named(company[0]) if company else "the company",
            _named(state[0]) if state else "the State",
            stateless,
            has_public_party(document),
        )


# A defined term that is a role ("the Supplier") takes the article; a name ("Acme") not.
_ROLE_NOUN = re.compile(
    r"(?:[A-Z][a-z]+\s+)*(?:[A-Z][a-z]*(?:or|er|ee|ant|ent|ary|ity|ry|y|"
    r"ion|ire|ate|cy|ist|al|ner|ff)|Company|Customer|Government|Ministry|"
    r"Bank|Fund|Council|Board|State|Parties|Party|Principal|Client|"
    r"Distributor|Franchisee|Franchisor|Reseller|Manufacturer|Agent)"
)


def _named(term: str) -> str:
    return f"the {term}" if _ROLE_NOUN.fullmatch(term) else term


def _who(p: Provision, fallback: str) -> str:
    """The bound party as the clause names it: "the Supplier", "IAC", else the fallback."""
    subject = p.subject.strip()
    if not subject or subject.lower() in ("it", "they", "its", "their") or subject.startswith("("):
        return fallback
    if subject[:4] in ("The ", "THE ", "the "):
        return "the " + subject[4:]
    return _named(subject)


def _assess(rule: Rule, p: Provision, names: _Names) -> _Candidate | None:
    """What one provision says about one rule, or None when it says nothing."""
    # "@public": the contract has a public party. Some wording is due process only when the
    # side told of a demand is the State buyer ("notify the Agency of any subpoena ... so
    # that it may seek a protective order"); between companies the same words are the
    # confidentiality clause's compelled-disclosure notice.
    concepts = p.concepts | _PUBLIC if names.public else p.concepts
    group = _first(rule.concepts, concepts)
    deeming = _first(rule.deeming, concepts)
    scope = None
    if group is None and deeming is None:
        scope = next((w for w in rule.weak_scope if w.when.matches(concepts)), None)
        if scope is None:
            return None
    if p.modality is Modality.NEGATED or (p.prohibitive and rule.prohibition == "negates"):
        return _Candidate(Status.MISSING, _negation(p), p)
    if (
        deeming is not None
        and p.agent is not Role.COMPANY
        and (
            p.modality in (Modality.OBLIGATION, Modality.STATEMENT, Modality.RIGHT)
            or _POSSESSIVE.search(p.subject)
        )
    ):
        # ("... entitle the Supplier to end the subcontract if ...": the company's own
        # right against its business partner is no right of the State.)
        # "the Contractor's failure ... may result in termination": the failure, not the
        # Contractor, is what the clause speaks of.
        return _Candidate(
            Status.MET, "the contract makes such a breach a ground for termination", p
        )
    verdict = {"company": _company, "state": _state, "either": _either}[rule.bound](rule, p, names)
    if verdict is None:
        return None
    status, reason = verdict
    if scope is not None:
        reason = scope.reason if status is Status.MET else f"{reason}; {scope.reason}"
        status = Status.WEAK
    return _Candidate(status, reason, p)


_POSSESSIVE = re.compile(r"['’]s?$")
_PUBLIC = frozenset({"@public"})


def _first(groups: Sequence[Group], concepts: frozenset[str]) -> Group | None:
    return next((g for g in groups if g.matches(concepts)), None)


def _negation(p: Provision) -> str:
    disapplied = [q for q in p.qualifiers if q.startswith("disapplied by")]
    if disapplied:
        return disapplied[0]
    return f"\u201c{p.modal}\u201d" if p.modal else "a negated provision"


def _weakness(p: Provision, names: _Names) -> str:
    """Why a company duty with this modality is only weak."""
    qualifier = next((q for q in p.qualifiers if not q.startswith("disapplied")), None)
    if p.modality is Modality.BEST_EFFORTS:
        words = p.modal if qualifier is None else qualifier
        return f"best-efforts modality (\u201c{words}\u201d)"
    if p.modality is Modality.RECOMMENDATION:
        return f"a recommendation, not an obligation (\u201c{p.modal}\u201d)"
    if p.modality is Modality.PERMISSION:
        if qualifier is not None:
            return f"left to {names.company}'s discretion (\u201c{qualifier}\u201d)"
        return f"a permission, not an obligation (\u201c{p.modal}\u201d)"
    if p.modality is Modality.RIGHT:
        return f"a permission, not an obligation (\u201c{p.modal}\u201d)"
    return f"a statement, not an undertaking: no mandatory wording (\u201c{p.modal}\u201d)"


def _company(rule: Rule, p: Provision, names: _Names) -> tuple[Status, str] | None:
    """A duty of the company (bound = "company")."""
    if p.role in (Role.COMPANY, Role.BOTH):
        if p.modality is Modality.OBLIGATION:
            who = _who(p, names.company) if p.role is Role.COMPANY else "each party"
            verb = "are" if re.search(r"[^s]s$", who) and not who.endswith("'s") else "is"
            return Status.MET, f"{who} {verb} bound with mandatory force (\u201c{p.modal}\u201d)"
        return Status.WEAK, _weakness(p, names)
    if p.role is Role.STATE:
        if rule.wrong_party and p.modality in (Modality.OBLIGATION, Modality.BEST_EFFORTS):
            return Status.WEAK, (
                f"{names.state}, not {names.company}, carries the duty (reading rule 6)"
            )
        return None
    if p.modality in (Modality.OBLIGATION, Modality.BEST_EFFORTS, Modality.RECOMMENDATION):
        return Status.WEAK, "no party is named as bound by the provision"
    return None


def _state(rule: Rule, p: Provision, names: _Names) -> tuple[Status, str] | None:
    """A right of the State (bound = "state"): OV1 audit, OV6 termination."""
    if p.role in (Role.STATE, Role.BOTH):
        if p.modality is Modality.RIGHT or (
            p.modality is Modality.OBLIGATION and re.search(r"\b(?:have|be)$", p.modal, re.I)
        ):
            who = names.state if p.role is Role.STATE else "either party"
            return Status.MET, f"{who} holds the right (\u201c{p.modal}\u201d)"
        if p.modality is Modality.PERMISSION:
            return Status.WEAK, _CONSENTED.format(state=names.state, company=names.company)
        return None
    if (
        p.role is Role.COMPANY
        and p.modality is Modality.OBLIGATION
        and {"state_request", "audit"} <= p.concepts
    ):
        # "If requested by the Agency, the Operator shall produce any record showing how it
        # has complied ...": a duty to open its records whenever the State asks is the
        # State's right to inspect.
        return Status.MET, (
            f"{names.company} is obliged to open its records when {names.state} asks"
            f" (\u201c{p.modal}\u201d)"
        )
    if p.role is Role.COMPANY and p.agent in (Role.STATE, Role.BOTH):
        if p.modality is Modality.OBLIGATION:
            return Status.MET, (
                f"{names.company} is obliged to let {names.state} act (\u201c{p.modal}\u201d)"
            )
        return Status.WEAK, (
            f"a right of {names.state} written as {names.company}'s permission (reading rule 5)"
        )
    if p.role is Role.OTHER and (
        p.modality is Modality.RIGHT
        or (
            p.modality is Modality.OBLIGATION
            and p.modal.lower().endswith("be")
            and _SUBMITS.match(p.action)
        )
    ):
        # "This Agreement may be terminated ...", "records shall be open to inspection":
        # a right whose holder the clause leaves implicit.
        return Status.MET, f"a right in passive form (\u201c{p.modal}\u201d)"
    if (
        names.stateless
        and p.role is Role.COMPANY
        and (p.modality in (Modality.PERMISSION, Modality.RIGHT) or p.agent is Role.COMPANY)
    ):
        # Between companies, the party that audits or terminates plays the State's part.
        return Status.MET, f"one party holds the right against the other (\u201c{p.modal}\u201d)"
    return None


_CONSENTED = (
    "a right of {state} that {company} may refuse: it depends on its consent (reading rule 5)"
)


# "records shall be open to / subject to / available for inspection", "shall be audited":
# a passive duty to submit, which gives the other side the right.
_SUBMITS = re.compile(
    r"(?:\S+\s+){0,3}?(?:open|subject|available|accessible|made available|audit(?:ed|able)"
    r"|inspect(?:ed|able)|examined|reviewed|verified|terminat(?:ed|able)|suspended|revoked"
    r"|cancell?ed|rescinded)\b",
    re.I,
)


def _either(rule: Rule, p: Provision, names: _Names) -> tuple[Status, str] | None:
    """A mechanism either side may set up (bound = "either"): OV2."""
    if p.role is Role.STATE and p.modality in (Modality.RIGHT, Modality.OBLIGATION):
        return Status.MET, f"{names.state} may set it up (\u201c{p.modal}\u201d)"
    if p.role is Role.STATE and p.modality is Modality.PERMISSION:
        return Status.WEAK, _CONSENTED.format(state=names.state, company=names.company)
    if p.role is Role.OTHER and p.modality is Modality.OBLIGATION:
        return Status.MET, f"mandatory (\u201c{p.modal}\u201d)"
    return _company(rule, p, names)


# ---------------------------------------------------------------------------
# Guardrails
# ---------------------------------------------------------------------------


def _guardrail(
    rule: Rule, level: Level, provisions: Sequence[Provision], document: Document
) -> Finding:
    private = not has_public_party(document)
    terms = [p for p in provisions if _is_term(rule, p, private)]
    if not terms:
        return _finding(rule, level, Status.CLEAR, "no such term", ())
    unsafe, safe = [], []
    found: set[str] = set()
    for p in terms:
        present = _safeguards(rule, document, p.location.block)
        (safe if present else unsafe).append(p)
        found.update(present)
    if unsafe:
        missing = ", ".join(SAFEGUARD_WORDS.get(g.anchor, g.anchor) for g in rule.safeguards)
        reason = f"no safeguard in the same clause: none of {missing}"
        return _finding(
            rule,
            level,
            Status.FLAGGED,
            reason,
            _evidence(document, [_Candidate(Status.FLAGGED, "", p) for p in unsafe]),
        )
    words = ", ".join(SAFEGUARD_WORDS.get(g, g) for g in sorted(found))
    return _finding(
        rule,
        level,
        Status.CLEAR,
        f"the term carries its safeguards ({words})",
        _evidence(document, [_Candidate(Status.CLEAR, "", p) for p in safe]),
    )


def _is_term(rule: Rule, p: Provision, private: bool = False) -> bool:
    if _first(rule.concepts, p.concepts) is None:
        return False
    if private and not p.concepts & _GOVERNMENT:
        return False  # between private parties, only a public authority the clause names
    if p.modality is Modality.NEGATED:
        return False
    if p.prohibitive and rule.prohibition == "negates":
        return False
    # The company may, but need not: no duty is imposed on it.
    return not (
        p.role in (Role.COMPANY, Role.BOTH)
        and p.modality in (Modality.PERMISSION, Modality.RIGHT, Modality.RECOMMENDATION)
    )


_GOVERNMENT = frozenset({"public_authority", "gov_request"})


def _safeguards(rule: Rule, document: Document, block: int) -> set[str]:
    """The safeguard groups present in the passage around a block."""
    text = _passage(document, block)
    present = _concepts_present(text)
    return {g.anchor for g in rule.safeguards if g.matches(present)}


@lru_cache(maxsize=1024)
def _concepts_present(text: str) -> frozenset[str]:
    # Read as the tokenizer reads it, longest phrase first: "without a warrant or court
    # order" names a safeguard only to take it away, and "may report the number of
    # requests" allows the aggregate figures that "the number of requests" alone would
    # forbid.
    return concepts_in(text)


def _passage(document: Document, block: int) -> str:
    """A block with its list: the lead-in it belongs to and its sibling items."""
    blocks = document.blocks
    if not document.is_structured:
        return blocks[block].text
    depth = document.clauses[block].depth
    first = block
    parent = block - 1
    while parent >= 0 and document.clauses[parent].depth >= depth and depth > 0:
        parent -= 1
    if depth > 0 and parent >= 0 and blocks[parent].text.rstrip().endswith(":"):
        first = parent
        depth = document.clauses[parent].depth
    last = block
    while last + 1 < len(blocks) and document.clauses[last + 1].depth > depth:
        last += 1
    return "\n".join(blocks[i].text for i in range(first, last + 1))


# ---------------------------------------------------------------------------
# Findings and evidence
# ---------------------------------------------------------------------------


def _finding(
    rule: Rule, level: Level, status: Status, reason: str, evidence: tuple[Evidence, ...]
) -> Finding:
    return Finding(
        rule=rule.id, name=rule.name, level=level, status=status, reason=reason, evidence=evidence
    )


def _evidence(document: Document, candidates: Sequence[_Candidate]) -> tuple[Evidence, ...]:
    seen: set[tuple[int, int, int]] = set()
    out: list[Evidence] = []
    for c in candidates:
        loc = c.provision.location
        key = (loc.block, loc.start, loc.end)
        if key in seen:
            continue
        seen.add(key)
        text = document.blocks[loc.block].text[loc.start : loc.end]
        out.append(Evidence(text=text, location=loc))
        if len(out) == MAX_EVIDENCE:
            break
    return tuple(out)


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "\u2026"
