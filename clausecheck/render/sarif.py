"""Render Reports as SARIF 2.1.0, for code-scanning tools and CI dashboards.

One run for all documents. ``tool.driver.rules`` describes every rule of the catalogue
(descriptions, help in text and Markdown, a link to ``docs/rules/<ID>.md``, a default
level). Each finding that needs attention (weak, missing, flagged) is a result whose
level follows ``Finding.severity``; met and clear rules are not results, because SARIF
consumers such as code scanning show every result as an alert.

Where a result points:
- a text or Markdown source: a physical location with a line/column region (1-based,
  end column exclusive, counted in Unicode code points) and the evidence as its snippet;
- a .docx: the file as artifact, no region (a Word file has no lines, and SARIF §3.30.2
  wants a region to start at a line or an offset), and a logical location naming the
  clause ("12.3", kind ``member``, qualified by its heading); the evidence is the
  location's message.
``partialFingerprints`` hash the rule and the clause text, so a finding keeps its
identity while the draft is renumbered or edited elsewhere. What the reader warned about
a document (tracked changes read as accepted, a text decoded as Windows-1252) is a
warning-level ``toolExecutionNotification`` of the run's one invocation, located at that
document: it qualifies every result for the file without being an alert itself. Decides
nothing about a status and never reopens the contract.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any
from urllib.parse import quote

from clausecheck.model import Evidence, Finding, Kind, Level, Report, Severity
from clausecheck.render._describe import clause_name, needs_attention, shorten, where

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT = "clauseTextHash/v1"
HELP_URI = "docs/rules/{id}.md"  # the rule's page in the repository (rules.py writes it)
FAMILY_TAGS = {
    "DD": "due-diligence",
    "OV": "state-oversight",
    "TR": "transparency",
    "GR": "guardrail",
}

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.NONE: "none"}


def render_sarif(reports: Sequence[Report]) -> str:
    """One SARIF log (JSON text) with one run over every report.

    >>> import json; json.loads(render_sarif([]))["version"]
    '2.1.0'
    """
    descriptors = rule_descriptors()
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    artifacts = [_artifact(report) for report in reports]
    results = [
        _result(finding, report, number, index)
        for number, report in enumerate(reports)
        for finding in report.findings
        if needs_attention(finding)
    ]
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver(descriptors)},
                "artifacts": artifacts,
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(reports)],
                "results": results,
                "properties": {
                    "documents": [
                        {
                            "uri": artifacts[n]["location"]["uri"],
                            "kind": str(report.kind),
                            "kindDetected": report.kind_detected,
                            "verdict": str(report.verdict),
                        }
                        for n, report in enumerate(reports)
                    ]
                },
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def artifact_uri(path: str) -> str:
    """A URI reference for a report's path: relative paths stay relative (as code
    scanning wants them, from the repository root), absolute ones become ``file:`` URIs.

    >>> artifact_uri("drafts/My Draft.docx"), artifact_uri("/srv/a.txt")
    ('drafts/My%20Draft.docx', 'file:///srv/a.txt')
    """
    windows = PureWindowsPath(path)
    if windows.drive:
        return "file:///" + quote(windows.as_posix(), safe="/:")
    posix = PurePosixPath(path.replace("\\", "/"))
    if posix.is_absolute():
        return "file://" + quote(str(posix))
    return quote(str(posix))


def fingerprint(rule: str, evidence: Evidence | None) -> str:
    """A hash of the rule and the normalised clause text (or of the rule alone when the
    rule is missing: the whole document is its place)."""
    text = "" if evidence is None else " ".join(evidence.text.lower().split())
    return hashlib.sha256(f"{rule}\x00{text}".encode()).hexdigest()[:32]


def rule_descriptors() -> list[dict[str, Any]]:
    """One SARIF ``reportingDescriptor`` per catalogue rule, from the rule records."""
    from clausecheck.rules import load_rules

    descriptors = []
    for rule in load_rules():
        levels = {rule.level(kind) for kind in Kind} - {None}
        applies = ", ".join(
            f"{kind} {'required' if rule.level(kind) is Level.REQUIRED else 'recommended'}"
            for kind in Kind
            if rule.level(kind) in (Level.REQUIRED, Level.RECOMMENDED)
        )
        scope = "a guardrail for every kind" if Level.GUARDRAIL in levels else applies
        ungp = ", ".join(rule.ungp)
        page = HELP_URI.format(id=rule.id)
        descriptors.append(
            {
                "id": rule.id,
                "name": rule.name,
                "shortDescription": {"text": rule.title},
                "fullDescription": {
                    "text": f"{rule.title} (UNGP {ungp}; {scope}). {rule.suggestion}"
                },
                "help": {
                    "text": f"{rule.message}\n\nWhat to do: {rule.suggestion}\n\n"
                    f"Why it matters: {rule.why}\n\nKnown limits: {rule.limits}",
                    "markdown": f"{rule.message}\n\n**What to do.** {rule.suggestion}\n\n"
                    f"**Why it matters.** {rule.why}\n\n**Known limits.** {rule.limits}\n\n"
                    f"See [{rule.id} {rule.name}]({page}).",
                },
                "helpUri": page,
                "defaultConfiguration": {
                    "level": "error" if levels & {Level.REQUIRED, Level.GUARDRAIL} else "warning"
                },
                "properties": {
                    "tags": ["human-rights", FAMILY_TAGS[rule.id[:2]], f"ungp-{rule.ungp[0]}"],
                },
            }
        )
    return descriptors


def _driver(descriptors: list[dict[str, Any]]) -> dict[str, Any]:
    from clausecheck import __version__

    return {
        "name": "clausecheck",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": descriptors,
    }


def _invocation(reports: Sequence[Report]) -> dict[str, Any]:
    """The run's invocation, with the reader's warnings about each document."""
    notifications = [
        {
            "level": "warning",
            "message": {"text": warning},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {
                            "uri": artifact_uri(report.document.path),
                            "index": number,
                        }
                    }
                }
            ],
        }
        for number, report in enumerate(reports)
        for warning in dict.fromkeys(report.warnings)  # once each, in order
    ]
    return {"executionSuccessful": True, "toolExecutionNotifications": notifications}


def _artifact(report: Report) -> dict[str, Any]:
    mime = {
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "md": "text/markdown",
        "txt": "text/plain",
    }.get(report.document.format, "application/octet-stream")
    return {
        "location": {"uri": artifact_uri(report.document.path)},
        "mimeType": mime,
        "hashes": {"sha-256": report.document.sha256},
    }


def _result(
    finding: Finding, report: Report, artifact: int, index: dict[str, int]
) -> dict[str, Any]:
    first = finding.evidence[0] if finding.evidence else None
    message = f"{finding.rule} {finding.name} is {finding.status}: {finding.reason}"
    if first is not None:
        message += f" (at {where(first.location)})"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "kind": "fail",
        "level": _LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [_location(report, artifact, e) for e in finding.evidence]
        or [_whole_document(report, artifact)],
        "partialFingerprints": {FINGERPRINT: fingerprint(finding.rule, first)},
        "properties": {"status": str(finding.status), "level": str(finding.level)},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if finding.suggestion:
        result["properties"]["suggestion"] = finding.suggestion
    return result


def _location(report: Report, artifact: int, evidence: Evidence) -> dict[str, Any]:
    place = evidence.location
    physical: dict[str, Any] = {
        "artifactLocation": {"uri": artifact_uri(report.document.path), "index": artifact}
    }
    location: dict[str, Any] = {"physicalLocation": physical}
    if place.line is not None and place.column is not None:
        region: dict[str, Any] = {"startLine": place.line, "startColumn": place.column}
        if place.end_line is not None and place.end_column is not None:
            region |= {"endLine": place.end_line, "endColumn": place.end_column}
        region["snippet"] = {"text": evidence.text}
        physical["region"] = region
    else:
        location["message"] = {"text": f"{where(place)}: “{shorten(evidence.text, 300)}”"}
    logical = _logical(place.label, place.heading)
    if logical:
        location["logicalLocations"] = logical
    return location


def _logical(label: str | None, heading: str | None) -> list[dict[str, Any]]:
    """The clause as a logical location of kind ``member``, qualified by its heading."""
    if not label:
        return []
    cited = clause_name(label) or label
    qualified = f"{_clean(heading)} / {cited}" if heading else cited
    return [{"name": label, "fullyQualifiedName": qualified, "kind": "member"}]


def _whole_document(report: Report, artifact: int) -> dict[str, Any]:
    return {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(report.document.path), "index": artifact}
        },
        "message": {"text": "nowhere in the document"},
    }


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()
