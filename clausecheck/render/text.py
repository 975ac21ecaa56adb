"""Render Reports as plain text that reads like a linter's output.

One line per finding, "path:place: RULE status — reason (“quote”)", grouped by status
(what to fix first), then a summary line with the counts and the verdict. The place is
the clause label as a reader cites it, with the source line for text files. Decides
nothing about a status and never reopens the contract.
"""

from __future__ import annotations

from collections.abc import Sequence

from clausecheck.model import Finding, Level, Report
from clausecheck.render._describe import STATUS_ORDER, STATUS_TITLES, by_status, counts, shorten

QUOTE_LIMIT = 90
_LEVEL_WORDS = {
    Level.REQUIRED: "required",
    Level.RECOMMENDED: "recommended",
    Level.GUARDRAIL: "guardrail",
}


def render_text(reports: Sequence[Report]) -> str:
    """The text report of one or more documents.

    >>> render_text(()) == "no documents checked\\n"
    True
    """
    if not reports:
        return "no documents checked\n"
    return "\n\n".join(_document(report) for report in reports) + "\n"


def _document(report: Report) -> str:
    path = report.document.path
    detected = " (detected)" if report.kind_detected else ""
    company = ", ".join(report.company) or "—"
    state = ", ".join(report.state) or "—"
    lines = [f"{path}: {report.kind.value}{detected} contract; company: {company}; State: {state}"]
    lines.extend(f"{path}: warning: {w}" for w in report.warnings)
    for status, findings in by_status(report.findings):
        lines.append("")
        lines.append(f"{STATUS_TITLES[status]} ({len(findings)})")
        lines.extend(_finding(path, finding) for finding in findings)
    lines.append("")
    lines.append(_summary(report))
    return "\n".join(lines)


def _finding(path: str, finding: Finding) -> str:
    head = f"{finding.rule} {finding.status.value} ({_LEVEL_WORDS[finding.level]})"
    if not finding.evidence:
        return f"  {path}: {head} — {finding.reason}"
    first = finding.evidence[0]
    place = _place(first.location.label, first.location.line, first.location.block)
    more = len(finding.evidence) - 1
    extra = f" (+{more} more)" if more else ""
    quote = shorten(first.text, QUOTE_LIMIT)
    return f"  {path}:{place}: {head} — {finding.reason} (\u201c{quote}\u201d){extra}"


def _place(label: str | None, line: int | None, block: int) -> str:
    where = label or f"paragraph {block + 1}"
    return f"{where} (line {line})" if line is not None else where


def _summary(report: Report) -> str:
    tally = counts(report)
    parts = [f"{tally[s]} {s.value}" for s in STATUS_ORDER if tally[s]]
    errors = sum(1 for f in report.findings if f.severity.value == "error")
    warnings = sum(1 for f in report.findings if f.severity.value == "warning")
    return (
        f"{len(report.findings)} rules: {', '.join(parts)} — {errors} error(s), "
        f"{warnings} warning(s); verdict: {report.verdict.value}"
    )


__all__ = ["render_text"]
