"""Fit model wording to a checked contract and attach it to the report's findings.

A suggestion speaks the contract's language: its own defined names for the parties
("the Contractor", "Telvora"), its numbering style ("13.4", "Clause 12.3",
"Article 5(2)", "Section 4.02") and the next free clause number, placed after the last
operative clause and before the schedules.

Suggestions adopted together must fit together, so every suggestion of one report is a
part of ONE new clause: "24. Human Rights", whose first paragraph (24.1) holds the
definitions all of them use, then one paragraph or more per rule (24.2, 24.3 ...) in
catalogue order. Each finding's suggestion says where its part goes and carries only its
own paragraphs and the defined terms it relies on; the heading and the definitions come
once, with the first part. The Word redline inserts the same clause (``fitted_clause``).
Weak and missing findings get the rule's model wording; a flagged guardrail gets the
safeguard wording for the clause that holds the restriction.

Suggestions never fail or slow a check: a clause number the contract cannot have (above
``MAX_CLAUSE``) is left blank as "[●]", a name the templates cannot take falls back to a
generic one, and a drafting failure becomes a warning of the report naming the file.
This module decides no status and changes nothing but ``suggestion`` (and ``warnings``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from clausecheck._draft_layout import Kind, Numbering, Paragraph, defined_terms, to_text, uses
from clausecheck._draft_options import MAX_CLAUSE, NOT_CHECKED, RULES, one_line
from clausecheck._numerals import roman_value
from clausecheck.errors import ClausecheckError, UsageError
from clausecheck.model import Document, Finding, Region, Report, Role, Status

# Names used when a contract's parties cannot be told apart (catalogue, "Contract kinds").
GENERIC_NAMES = {
    "procurement": ("the Supplier", "the Authority"),
    "service": ("the Provider", "the Authority"),
    "licence": ("the Licensee", "the Licensing Authority"),
    "support": ("the Company", "the Agency"),
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
# Defined terms that show State support is a loan, which OV6 may then also accelerate.
LOAN_TERMS = frozenset({"Facility", "Facilities", "Loan", "Loans", "Borrower", "Lender"})
_WANTED = (Status.WEAK, Status.MISSING, Status.FLAGGED)
# Six digits at most: a longer "number" is a reference, a sum or a misreading, and
# int() of a very long digit string is slow or refused.
_ARTICLE = re.compile(r"^Article\s+(\d{1,6})\b")
_SECTION = re.compile(r"^(?:ARTICLE\s+([IVXLC]+)\b|Section\s+(\d{1,6})\.\d{2}\b)", re.IGNORECASE)
_CLAUSE = re.compile(r"^Clause\s+(\d{1,6})\b", re.IGNORECASE)
_DECIMAL = re.compile(r"^(\d{1,6})(?:\.|\b)")


@dataclass(frozen=True, slots=True, kw_only=True)
class ContractStyle:
    """How a contract names its parties and numbers its clauses."""

    company: str
    state: str
    numbering: str  # "decimal", "clause", "article" or "section"
    subject_matter: str | None  # "the Platform and the Services"; None: the kind's default
    next_number: int  # the number of the new clause; 0 when it cannot be known ("[●]")
    last_number: int | None  # the last operative top-level clause, if any
    loan: bool = False  # support given as a loan (a defined "Facility", "Loan" ...)


@dataclass(frozen=True, slots=True, kw_only=True)
class NewClause:
    """The one new clause holding the wording of every suggestion of a report."""

    numbering: Numbering
    opening: tuple[Paragraph, ...]  # the heading and the definitions paragraph
    parts: tuple[tuple[str, tuple[Paragraph, ...]], ...]  # (rule, its paragraphs)

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """The whole clause, as the suggestions adopted together make it."""
        return self.opening + tuple(p for _, part in self.parts for p in part)


def suggest(report: Report, document: Document) -> Report:
    """The report with a suggestion in every weak, missing or flagged finding.

    Never raises: when no wording can be drafted, the report says so in a warning that
    names the contract, and its findings carry no suggestion.
    """
    kind = str(report.kind)
    chosen = [f for f in report.findings if _is_suggested(f, kind)]
    if not chosen:
        return report
    try:
        style = contract_style(document, kind)
        clause = new_clause(kind, style, [f.rule for f in chosen], _targets(chosen, style))
    except ClausecheckError as err:
        warning = f"{document.path}: no wording suggested: {err}"
        return replace(report, warnings=(*report.warnings, warning))
    texts = {f.rule: suggestion_for(f, clause, style) for f in chosen}
    findings = tuple(
        replace(f, suggestion=texts[f.rule]) if f.rule in texts else f for f in report.findings
    )
    return replace(report, findings=findings)


def fitted_clause(
    report: Report, document: Document, rules: Iterable[str]
) -> tuple[tuple[Paragraph, ...], ContractStyle]:
    """The new clause for ``rules`` exactly as the suggestions of ``report`` word it.

    For the Word redline, which inserts the weak and missing rules' wording in one go.

    Raises:
        UsageError: a rule is unknown or not checked for the report's kind.
        DraftError: a template failed to render.
    """
    kind = str(report.kind)
    style = contract_style(document, kind)
    wanted = set(rules)
    findings = [f for f in report.findings if f.rule in wanted]
    return new_clause(kind, style, list(wanted), _targets(findings, style)).paragraphs, style


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
    defined = {d.term.strip() for d in document.definitions}
    return ContractStyle(
        company=company,
        state=state,
        numbering=numbering,
        subject_matter=_subject_matter(document, kind),
        next_number=(last or 0) + 1 if (last or 0) < MAX_CLAUSE else 0,
        last_number=last,
        loan=kind == "support" and bool(LOAN_TERMS & defined),
    )


def new_clause(
    kind: str, style: ContractStyle, rules: Iterable[str], targets: Mapping[str, str]
) -> NewClause:
    """Draft one new clause for ``rules`` in the contract's style and split it by rule.

    A party name the templates refuse (too long, a character a Word file cannot hold)
    is replaced by the kind's generic name rather than failing the check.

    Raises:
        UsageError: a rule is unknown or not checked for the kind.
        DraftError: a template failed to render.
    """
    from clausecheck.drafting import compose

    chosen = [r for r in RULES if r in set(rules)]
    options: dict[str, object] = {
        "numbering": style.numbering,
        "clause_number": style.next_number,
        "subject_matter": style.subject_matter,
        "loan": style.loan,
    }
    try:
        paragraphs, numbering = compose(
            kind, company=style.company, state=style.state, rules=chosen, targets=targets, **options
        )
    except UsageError:  # a defined name the drafter cannot use as written: go generic
        company, state = GENERIC_NAMES.get(kind, ("the Company", "the Authority"))
        options["subject_matter"] = None
        paragraphs, numbering = compose(
            kind, company=company, state=state, rules=chosen, targets=targets, **options
        )
    opening: list[Paragraph] = []
    parts: dict[str, list[Paragraph]] = {}
    current: list[Paragraph] = opening
    for paragraph in paragraphs:
        if paragraph.kind is Kind.PARA and paragraph.anchor in chosen:
            current = parts.setdefault(paragraph.anchor, [])
        current.append(paragraph)
    return NewClause(
        numbering=numbering,
        opening=tuple(opening),
        parts=tuple((rule, tuple(part)) for rule, part in parts.items()),
    )


def suggestion_for(finding: Finding, clause: NewClause, style: ContractStyle) -> str:
    """Plain text: where the wording goes, then the wording of the finding's own part.

    The first part of the clause also carries the clause heading and the definitions;
    every other part names the defined terms it uses and where they are.
    """
    rules = [rule for rule, _ in clause.parts]
    own = dict(clause.parts)[finding.rule]
    host = rules[0]
    cited = _cite(finding.evidence[0].location.label, style) if finding.evidence else None
    new = _heading_citation(style.numbering, style.next_number)
    after = (
        f" after {_heading_citation(style.numbering, style.last_number)}"
        if style.last_number
        else ""
    )
    if finding.status is Status.FLAGGED:
        where = f"the clause that holds the term ({cited})" if cited else "the term"
        action = f"Add this safeguard for {where}"
    elif finding.status is Status.WEAK and cited:
        action = f"Strengthen {cited} to match this wording, or add it"
    else:
        action = "Add this wording"
    if len(rules) == 1:
        lead = f"{action} as a new {new}{after}:"
        return f"{lead}\n\n{_text(clause.opening + own, clause.numbering)}"
    span = _span(own, clause.numbering)
    if finding.rule == host:
        others = [rule for rule in rules if rule != host]
        rest = [p for rule, part in clause.parts if rule != host for p in part]
        definitions = _definitions_citation(clause)
        opens = f"{new[0].upper()}{new[1:]} opens with " + (
            f"the definitions in {definitions}, which the wording suggested for "
            f"{_join(others)} also uses; that wording follows as {_span(rest, clause.numbering)}"
            if definitions
            else f"this wording; the wording suggested for {_join(others)} follows as "
            f"{_span(rest, clause.numbering)}"
        )
        lead = f"{action} as {span} of a new {new}{after}. {opens}:"
        return f"{lead}\n\n{_text(clause.opening + own, clause.numbering)}"
    lead = f"{action} as {span} of the new {new}{after}, which opens with the suggestion for {host}"
    terms = _terms_used(own, clause)
    definitions = _definitions_citation(clause)
    if terms and definitions:
        lead += f"; the terms it uses ({_join(terms)}) are defined in {definitions}"
    return f"{lead}:\n\n{_text(own, clause.numbering)}"


def _is_suggested(finding: Finding, kind: str) -> bool:
    return (
        finding.status in _WANTED
        and finding.rule in RULES
        and finding.rule not in NOT_CHECKED.get(kind, ())
    )


def _targets(findings: Iterable[Finding], style: ContractStyle) -> dict[str, str]:
    """The clause each flagged guardrail's safeguard attaches to: "clause 3.1".

    A label the templates cannot take as written is left out: the safeguard then
    speaks of Government Requests in general instead of failing.
    """
    targets = {}
    for finding in findings:
        if finding.status is not Status.FLAGGED or not finding.evidence:
            continue
        cited = _cite(finding.evidence[0].location.label, style)
        try:
            if cited:
                targets[finding.rule] = one_line(cited, "target clause")
        except UsageError:
            continue
    return targets


def _text(paragraphs: tuple[Paragraph, ...], numbering: Numbering) -> str:
    return to_text(paragraphs, numbering).rstrip("\n")


def _span(paragraphs: Iterable[Paragraph], numbering: Numbering) -> str:
    """Where numbered paragraphs are: "clause 24.3", "clauses 24.3 to 24.5"."""
    cited = [numbering.citation(p.numbers) for p in paragraphs if p.kind is Kind.PARA]
    if len(cited) <= 1:
        return cited[0] if cited else numbering.part.removeprefix("this ")
    word, first = cited[0].split(" ", 1)
    last = cited[-1].split(" ", 1)[1]
    joiner = " and " if len(cited) == 2 else " to "
    return f"{word}s {first}{joiner}{last}"


def _definitions_citation(clause: NewClause) -> str | None:
    """Where the shared definitions are ("clause 24.1"), if the clause has any."""
    for paragraph in clause.opening:
        if paragraph.anchor == "definitions" and paragraph.kind is Kind.PARA:
            return clause.numbering.citation(paragraph.numbers)
    return None


def _terms_used(part: tuple[Paragraph, ...], clause: NewClause) -> list[str]:
    """The defined terms of the clause that a part's own wording uses, in their order."""
    terms = defined_terms(clause.opening)
    found = uses(" ".join(p.text for p in part), terms)
    return [t for t in terms if t in found]


def _join(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


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
            number = roman_value(match.group(1)) if match.group(1) else int(match.group(2))
            if number:
                found["section"].append(number)
        elif match := _ARTICLE.match(label):
            found["article"].append(int(match.group(1)))
        elif match := _CLAUSE.match(label):
            found["clause"].append(int(match.group(1)))
        elif match := _DECIMAL.match(label):
            found["decimal"].append(int(match.group(1)))
    style = next((name for name, numbers in found.items() if numbers), "decimal")
    return style, found[style] + (found["decimal"] if style == "clause" else [])


def _heading_citation(style: str, number: int) -> str:
    """How the contract cites a top-level clause: "clause 27", "Article XXVII" ...

    Number 0 is a clause whose number is left blank: "clause [●]".
    """
    part = Numbering(style=style, first=number).part.removeprefix("this ")
    return part.replace("Clause", "clause", 1) if style == "decimal" else part


def _cite(label: str | None, style: ContractStyle) -> str | None:
    """A clause label as the contract would cite it: "12.3" → "clause 12.3"."""
    if not label:
        return None
    if label[0].isdigit():
        return f"{'Clause' if style.numbering == 'clause' else 'clause'} {label}"
    return label
