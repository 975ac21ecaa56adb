"""Render Reports as one self-contained HTML page for reviewers in a browser.

The layout is ``templates/reports/report.html.j2``: a verdict banner, the rules grouped by
status, each with its evidence highlighted, where it is, the reason and the suggested
wording. Several reports make one page with a summary table and a section per document.
Inline CSS only, no script, no external resource. Contract text is only ever a value
given to an autoescaping, sandboxed Jinja environment, never template source. Decides
nothing about a status and never reopens the contract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from jinja2 import FunctionLoader, StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment

from clausecheck._resources import resource_dir
from clausecheck.model import Report, Status
from clausecheck.render._describe import (
    STATUS_ORDER,
    STATUS_TITLES,
    by_status,
    counts,
    document_name,
    needs_attention,
    parties,
    where,
)

TEMPLATE = "report.html.j2"

VERDICT_WORDS = {
    "fail": "A required term is missing or a guardrail is flagged.",
    "review": "Some terms are weak or only recommended terms are missing.",
    "pass": "Every applicable rule is met and every guardrail is clear.",
}


def render_html(reports: Sequence[Report]) -> str:
    """One HTML page for one report or several.

    >>> "<!DOCTYPE html>" in render_html([])
    True
    """
    template = _environment().get_template(TEMPLATE)
    documents = [_view(report, number) for number, report in enumerate(reports, start=1)]
    return template.render(
        documents=documents,
        status_order=[str(s) for s in STATUS_ORDER],
        status_titles={str(s): t for s, t in STATUS_TITLES.items()},
    )


def anchor(text: str) -> str:
    """A fragment identifier made of safe characters.

    >>> anchor("Draft (v2).docx")
    'draft-v2-docx'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "document"


def _view(report: Report, number: int) -> dict[str, object]:
    """What the template shows of one report: plain values, already worded."""
    tally = counts(report)
    name = document_name(report)
    groups = []
    for status, members in by_status(report.findings):
        groups.append(
            {
                "status": str(status),
                "title": STATUS_TITLES[status],
                "open": status not in (Status.MET, Status.CLEAR),
                "findings": [
                    {
                        "rule": f.rule,
                        "name": f.name,
                        "level": str(f.level),
                        "severity": str(f.severity),
                        "status": str(f.status),
                        "reason": f.reason,
                        "suggestion": f.suggestion,
                        "evidence": [
                            {"text": e.text, "where": where(e.location)} for e in f.evidence
                        ],
                    }
                    for f in members
                ],
            }
        )
    return {
        "id": f"doc{number}-{anchor(name)}",
        "name": name,
        "path": report.document.path,
        "format": report.document.format,
        "sha256": report.document.sha256,
        "kind": str(report.kind),
        "kind_detected": report.kind_detected,
        "company": parties(report.company),
        "state": parties(report.state),
        "verdict": str(report.verdict),
        "verdict_words": VERDICT_WORDS[str(report.verdict)],
        "counts": {str(status): n for status, n in tally.items()},
        "attention": sum(1 for f in report.findings if needs_attention(f)),
        "groups": groups,
        "warnings": list(report.warnings),
    }


@cache
def _environment() -> ImmutableSandboxedEnvironment:
    """The report templates' environment: autoescape on, a missing variable is an error."""
    folder = resource_dir("templates") / "reports"

    def load(name: str) -> str | None:
        node = folder / name
        return node.read_text(encoding="utf-8") if node.is_file() else None

    return ImmutableSandboxedEnvironment(
        loader=FunctionLoader(load),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
