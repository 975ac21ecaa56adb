"""Render Reports as Markdown, for review comments in a repository of contract drafts.

One section per document: a verdict line, a status table of every rule, then the rules
that need attention with their evidence as quotes and the suggested wording in fenced
blocks, folded in ``<details>`` (GitHub and GitLab render it). Contract text is data:
every character Markdown or HTML would read as markup is escaped, and fences are longer
than any run of backticks inside them. Decides nothing about a status and never reopens
the contract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clausecheck._markdown_escape import escape_markdown as escape
from clausecheck.model import Finding, Report, Status
from clausecheck.render._describe import (
    STATUS_TITLES,
    by_status,
    counts,
    document_name,
    needs_attention,
    parties,
    where,
)

STATUS_MARKS: dict[Status, str] = {
    Status.MET: "✅ met",
    Status.CLEAR: "✅ clear",
    Status.WEAK: "⚠️ weak",
    Status.MISSING: "❌ missing",
    Status.FLAGGED: "🚩 flagged",
}

_BACKTICKS = re.compile(r"`+")


def render_markdown(reports: Sequence[Report]) -> str:
    """One Markdown document for one report or several (a summary table first).

    >>> render_markdown([]).startswith("# clausecheck")
    True
    """
    if len(reports) == 1:
        return _document(reports[0], level=1)
    lines = ["# clausecheck report", ""]
    lines += _summary(reports)
    for report in reports:
        lines += ["", _document(report, level=2).rstrip("\n")]
    return "\n".join(lines) + "\n"


def fenced(text: str, info: str = "text") -> str:
    """A fenced code block that no backtick run inside ``text`` can close early."""
    longest = max((len(run) for run in _BACKTICKS.findall(text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text.rstrip()}\n{fence}"


def _summary(reports: Sequence[Report]) -> list[str]:
    lines = [
        "| Document | Kind | Verdict | Flagged | Missing | Weak | Met/clear |",
        "|---|---|---|---|---|---|---|",
    ]
    for report in reports:
        tally = counts(report)
        lines.append(
            f"| {escape(document_name(report))} | {report.kind} | **{report.verdict}** "
            f"| {tally[Status.FLAGGED]} | {tally[Status.MISSING]} | {tally[Status.WEAK]} "
            f"| {tally[Status.MET] + tally[Status.CLEAR]} |"
        )
    return lines


def _document(report: Report, *, level: int) -> str:
    hashes = "#" * level
    detected = "detected" if report.kind_detected else "given"
    lines = [
        f"{hashes} clausecheck: {escape(document_name(report))} — {str(report.verdict).upper()}",
        "",
        f"**Verdict: {report.verdict}** · kind: {report.kind} ({detected}) · "
        f"company: {escape(parties(report.company))} · State: {escape(parties(report.state))}",
        "",
        "| Rule | Name | Level | Status | Where |",
        "|---|---|---|---|---|",
    ]
    for finding in report.findings:
        place = escape(where(finding.evidence[0].location)) if finding.evidence else "—"
        lines.append(
            f"| {finding.rule} | {finding.name} | {finding.level} "
            f"| {STATUS_MARKS[finding.status]} | {place} |"
        )
    for status, members in by_status(report.findings):
        if status in (Status.MET, Status.CLEAR):
            continue
        lines += ["", f"{hashes}# {STATUS_TITLES[status]} ({len(members)})"]
        for finding in members:
            lines += ["", *_finding(finding, heading=f"{hashes}##")]
    if not any(needs_attention(f) for f in report.findings):
        lines += ["", "Every applicable rule is met and every guardrail is clear."]
    for warning in report.warnings:
        lines += ["", f"> **Note:** {escape(warning)}"]
    return "\n".join(lines) + "\n"


def _finding(finding: Finding, *, heading: str) -> list[str]:
    lines = [
        f"{heading} {finding.rule} {finding.name} ({finding.level}, {finding.severity})",
        "",
        escape(finding.reason),
    ]
    for evidence in finding.evidence:
        lines += ["", f"> {escape(evidence.text)}", ">", f"> — {escape(where(evidence.location))}"]
    if finding.suggestion:  # folded: model clauses run to hundreds of words
        words = len(finding.suggestion.split())
        lines += [
            "",
            f"<details><summary>Suggested wording ({words} words)</summary>",
            "",
            fenced(finding.suggestion),
            "",
            "</details>",
        ]
    return lines
