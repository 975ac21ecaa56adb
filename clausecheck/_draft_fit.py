"""Fit model wording to a checked contract and attach it to the report's findings.

A suggestion speaks the contract's language: its own defined names for the parties
("the Contractor", "Telvora"), its numbering style ("13.4", "Clause 12.3",
"Article 5(2)", "Section 4.02") and the next free clause number, placed after the last
operative clause and before the schedules. Weak and missing findings get the rule's
model clause; a flagged guardrail gets the safeguard wording for the clause that holds
the restriction. This module decides no status and changes nothing but ``suggestion``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from clausecheck._draft_layout import Numbering, to_text
from clausecheck.errors import UsageError
from clausecheck.model import Document, Finding, Region, Report, Role, Status

# Names used when a contract's parties cannot be told apart (catalogue, "Contract kinds").
GENERIC_NAMES = {
    "procurement": ("the Supplier", "the Authority"),
    "service": ("the Provider", "the Authority"),
    "licence": ("the Licensee", "the Licensing Authority"),
    "support": ("the Borrower", "the Lender"),
}
# What the company supplies or operates, as contracts of each kind name it; the first
# defined term found is used (procurement adds "the Services" when both are defined).
SUBJECT_TERMS = {
    "procurement": (
        "Deliverables",
        "Goods",
        "Products",
        "System",
        "Platform",
        "Solution",
        "Software",
        "Equipment",
    ),
    "service": ("Services", "Service", "Platform", "System", "Solution"),
    "licence": ("Network", "Licensed Services", "Licensed Activities", "Services"),
    "support": ("Project", "Business", "Investment"),
}
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_ARTICLE = re.compile(r"^Article\s+(\d+)\b")
_SECTION = re.compile(r"^(?:ARTICLE\s+([IVXLC]+)\b|Section\s+(\d+)\.\d{2}\b)", re.IGNORECASE)
_CLAUSE = re.compile(r"^Clause\s+(\d+)\b", re.IGNORECASE)
_DECIMAL = re.compile(r"^(\d+)(?:\.|\b)")


@dataclass(frozen=True, slots=True, kw_only=True)
class ContractStyle:
    """How a contract names its parties and numbers its clauses."""

    company: str
    state: str
    numbering: str  # "decimal", "clause", "article" or "section"
    subject_matter: str | None  # "the Platform and the Services"; None: the kind's default
    next_number: int  # the number of the new clause
    last_number: int | None  # the last operative top-level clause, if any


def suggest(report: Report, document: Document) -> Report:
    """The report with a suggestion in every weak, missing or flagged finding.

    Raises:
        DraftError: a template failed to render.
    """
    from clausecheck.drafting import RULES

    wanted = (Status.WEAK, Status.MISSING, Status.FLAGGED)
    if not any(f.status in wanted and f.rule in RULES for f in report.findings):
        return report
    style = contract_style(document, str(report.kind))
    findings = tuple(
        replace(f, suggestion=suggestion_for(f, style, str(report.kind)))
        if f.status in wanted and f.rule in RULES
        else f
        for f in report.findings
    )
    return replace(report, findings=findings)


def contract_style(document: Document, kind: str) -> ContractStyle:
    """The party names and numbering a suggestion for this contract should use."""
    generic_company, generic_state = GENERIC_NAMES.get(kind, ("the Company", "the Authority"))
    body = "\n".join(
        block.text
        for block, clause in zip(document.blocks, document.clauses, strict=False)
        if clause.region in (Region.OPERATIVE, Region.SCHEDULE)
    )
    whole = "\n".join(block.text for block in document.blocks)
    company = _name_as_used(document.terms_for(Role.COMPANY), body, whole) or generic_company
    state = _name_as_used(document.terms_for(Role.STATE), body, whole) or generic_state
    numbering, numbers = _numbering(document)
    last = max(numbers, default=None)
    return ContractStyle(
        company=company,
        state=state,
        numbering=numbering,
        subject_matter=_subject_matter(document, kind),
        next_number=(last or 0) + 1,
        last_number=last,
    )


def suggestion_for(finding: Finding, style: ContractStyle, kind: str) -> str:
    """Plain text: where the wording goes, then the wording as a new numbered clause."""
    cited = _cite(finding.evidence[0].location.label, style) if finding.evidence else None
    target = cited if finding.status is Status.FLAGGED else None
    new = _heading_citation(style.numbering, style.next_number)
    after = (
        f" after {_heading_citation(style.numbering, style.last_number)}"
        if style.last_number
        else ""
    )
    if finding.status is Status.FLAGGED:
        where = f"the clause that holds the term ({cited})" if cited else "the term"
        lead = f"Add this safeguard for {where} as a new {new}{after}:"
    elif finding.status is Status.WEAK and cited:
        lead = f"Strengthen {cited} to match this wording, or add it as a new {new}{after}:"
    else:
        lead = f"Add this wording as a new {new}{after}:"
    wording = _wording(kind, style, finding.rule, target)
    return f"{lead}\n\n{wording}"


@lru_cache(maxsize=512)
def _wording(kind: str, style: ContractStyle, rule: str, target: str | None) -> str:
    from clausecheck.drafting import compose

    options: dict[str, object] = {
        "numbering": style.numbering,
        "clause_number": style.next_number,
        "subject_matter": style.subject_matter,
        "target_clause": target,
    }
    try:
        paragraphs, layout = compose(
            kind, company=style.company, state=style.state, rules=[rule], **options
        )
    except UsageError:  # a defined name the drafter cannot use as written: go generic
        company, state = GENERIC_NAMES.get(kind, ("the Company", "the Authority"))
        options["subject_matter"] = None
        paragraphs, layout = compose(kind, company=company, state=state, rules=[rule], **options)
    return to_text(paragraphs, layout).rstrip("\n")


def _subject_matter(document: Document, kind: str) -> str | None:
    """What the contract calls the thing supplied or operated, from its definitions."""
    defined = {d.term.strip() for d in document.definitions}
    found = [t for t in SUBJECT_TERMS.get(kind, ()) if t in defined]
    if kind == "licence" and {"Network", "Licensed Services"} <= defined:
        return None  # the default wording already names both
    if kind == "procurement" and "Services" in defined:
        return " and ".join(f"the {t}" for t in [*found[:1], "Services"])
    return f"the {found[0]}" if found else None


def _name_as_used(terms: tuple[str, ...], body: str, whole: str) -> str | None:
    """The first defined name, with "the" when the contract mostly writes it so.

    Usage is counted in the operative text ("the Supplier shall" against "Supplier
    shall"), or in the whole contract when the operative text never uses the name.
    """
    if not terms:
        return None
    term = terms[0].strip()
    if term.lower().startswith("the "):
        return "the " + term[4:]
    for text in (body, whole):
        bare = len(re.findall(rf"(?<![\w\"“']){re.escape(term)}(?!\w)", text))
        with_article = len(re.findall(rf"\bthe\s+{re.escape(term)}(?!\w)", text, re.IGNORECASE))
        if bare:
            return f"the {term}" if with_article * 2 >= bare else term
    return term


def _numbering(document: Document) -> tuple[str, list[int]]:
    """The contract's numbering style and the top-level numbers of its clauses.

    The style is read from the labels as written: any "ARTICLE IV" or "Section 4.02"
    makes it ``section``, any "Article 5" ``article``, any "Clause 12" ``clause``;
    otherwise plain "13.4" is ``decimal``. Only the body of the agreement counts
    (operative clauses and the definitions clause), not the parties or schedules.
    """
    found: dict[str, list[int]] = {"section": [], "article": [], "clause": [], "decimal": []}
    for clause in document.clauses:
        label = (clause.own_label or clause.label or "").strip()
        if clause.region not in (Region.OPERATIVE, Region.DEFINITIONS) or not label:
            continue
        if match := _SECTION.match(label):
            found["section"].append(
                _roman_value(match.group(1)) if match.group(1) else int(match.group(2))
            )
        elif match := _ARTICLE.match(label):
            found["article"].append(int(match.group(1)))
        elif match := _CLAUSE.match(label):
            found["clause"].append(int(match.group(1)))
        elif match := _DECIMAL.match(label):
            found["decimal"].append(int(match.group(1)))
    style = next((name for name, numbers in found.items() if numbers), "decimal")
    return style, found[style] + (found["decimal"] if style == "clause" else [])


def _roman_value(numeral: str) -> int:
    values = [_ROMAN[ch] for ch in numeral.lower()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _heading_citation(style: str, number: int | None) -> str:
    """How the contract cites a top-level clause: "clause 27", "Article XXVII" ..."""
    if style == "section":
        return Numbering(style="section", first=number or 1).part.removeprefix("this ")
    word = {"decimal": "clause", "clause": "Clause", "article": "Article"}[style]
    return f"{word} {number}"


def _cite(label: str | None, style: ContractStyle) -> str | None:
    """A clause label as the contract would cite it: "12.3" → "clause 12.3"."""
    if not label:
        return None
    if label[0].isdigit():
        return f"{'Clause' if style.numbering == 'clause' else 'clause'} {label}"
    return label
