"""Reports built in code for the renderer tests: shaped like real checks, with known content.

Reports are immutable, so the fixtures are session-scoped (and usable with Hypothesis).

The wording is the project's own; nothing here is copied from the corpus.
"""

from __future__ import annotations

import pytest

from clausecheck.model import (
    DocumentInfo,
    Evidence,
    Finding,
    Kind,
    Level,
    Location,
    Report,
    Status,
)

NAMES = {
    "DD1": "respect-commitment",
    "DD2": "due-diligence",
    "DD3": "ongoing-assessment",
    "DD4": "stakeholder-engagement",
    "DD5": "governance",
    "DD6": "supply-chain",
    "DD7": "end-use",
    "DD8": "data-accuracy",
    "OV1": "audit-rights",
    "OV2": "independent-monitoring",
    "OV3": "incident-notification",
    "OV4": "remediation",
    "OV5": "grievance-remedy",
    "OV6": "termination",
    "TR1": "human-rights-reporting",
    "TR2": "government-requests",
    "TR3": "algorithmic-transparency",
    "TR4": "due-diligence-disclosure",
    "GR1": "unqualified-restriction",
    "GR2": "unqualified-data-access",
    "GR3": "request-gag",
}


def finding(
    rule: str,
    status: Status,
    reason: str,
    *evidence: Evidence,
    level: Level | None = None,
    suggestion: str | None = None,
) -> Finding:
    """A Finding with the catalogue's name for ``rule``."""
    if level is None:
        level = Level.GUARDRAIL if rule.startswith("GR") else Level.REQUIRED
    return Finding(
        rule=rule,
        name=NAMES[rule],
        level=level,
        status=status,
        reason=reason,
        evidence=tuple(evidence),
        suggestion=suggestion,
    )


def docx_evidence(
    text: str, block: int, label: str | None, heading: str | None, part: str = "body"
) -> Evidence:
    return Evidence(
        text=text,
        location=Location(
            block=block, label=label, heading=heading, part=part, start=0, end=len(text)
        ),
    )


def text_evidence(
    text: str, block: int, label: str, heading: str, line: int, column: int = 1
) -> Evidence:
    return Evidence(
        text=text,
        location=Location(
            block=block,
            label=label,
            heading=heading,
            part="body",
            start=0,
            end=len(text),
            line=line,
            column=column,
            end_line=line,
            end_column=column + len(text),
        ),
    )


def procurement_docx_report() -> Report:
    """A failing Word draft: weak due diligence, missing assessment, a flagged shutdown."""
    return Report(
        document=DocumentInfo(
            path="drafts/procurement-draft.docx", format="docx", sha256="3f" * 32
        ),
        kind=Kind.PROCUREMENT,
        kind_detected=True,
        company=("Supplier",),
        state=("Authority",),
        findings=(
            finding(
                "DD1",
                Status.MET,
                "The Supplier undertakes to respect human rights.",
                docx_evidence(
                    "The Supplier shall respect internationally recognised "
                    "human rights in performing this Contract.",
                    41,
                    "14.1",
                    "Human Rights",
                ),
            ),
            finding(
                "DD2",
                Status.WEAK,
                "Due diligence is only a best-efforts duty.",
                docx_evidence(
                    "The Supplier shall use reasonable endeavours to carry out "
                    "human rights due diligence.",
                    42,
                    "14.2",
                    "Human Rights",
                ),
                suggestion="The Supplier shall carry out human rights due diligence to "
                "identify, prevent, mitigate and account for adverse impacts.",
            ),
            finding(
                "DD3",
                Status.MISSING,
                "No clause makes the assessment ongoing or periodic.",
                suggestion="The Supplier shall review its human rights impact assessment "
                "at least once a year and on any material change.",
            ),
            finding(
                "OV1",
                Status.WEAK,
                "The audit right reaches financial records only.",
                docx_evidence(
                    "The Authority may audit the Supplier's financial records.", 55, "18.1", "Audit"
                ),
                suggestion="The Authority may audit the Supplier's compliance with its "
                "human rights obligations under this Contract.",
            ),
            finding(
                "OV6",
                Status.MET,
                "The Authority may terminate for human rights breaches.",
                docx_evidence(
                    "The Authority may terminate this Contract if the Supplier "
                    "commits a serious human rights breach.",
                    70,
                    "22.3(b)",
                    "Termination",
                ),
            ),
            finding(
                "TR3",
                Status.MISSING,
                "Nothing explains how the system works.",
                level=Level.RECOMMENDED,
            ),
            finding(
                "GR1",
                Status.FLAGGED,
                "A shutdown on instruction lacks any safeguard.",
                docx_evidence(
                    "The Supplier shall suspend the Service immediately on the "
                    "Authority's instruction.",
                    80,
                    "25.2",
                    "Lawful Requests",
                ),
            ),
            finding("GR2", Status.CLEAR, "No unrestricted access to user data."),
        ),
    )


def service_text_report() -> Report:
    """A text contract that passes review except one recommended rule."""
    return Report(
        document=DocumentInfo(
            path="contracts/health-app-services.txt", format="txt", sha256="a1" * 32
        ),
        kind=Kind.SERVICE,
        kind_detected=False,
        company=("Provider", "Service Provider"),
        state=("Ministry",),
        findings=(
            finding(
                "DD1",
                Status.MET,
                "The Provider commits to respect human rights.",
                text_evidence(
                    "The Provider shall respect human rights.",
                    12,
                    "3.1",
                    "Standards",
                    line=48,
                    column=5,
                ),
            ),
            finding(
                "DD5",
                Status.WEAK,
                "Training is offered, not required.",
                text_evidence(
                    "The Provider may train its staff on human rights.",
                    20,
                    "3.4",
                    "Standards",
                    line=61,
                    column=5,
                ),
                level=Level.RECOMMENDED,
                suggestion="The Provider shall train its staff on human rights.",
            ),
            finding("GR3", Status.CLEAR, "No gag on government requests."),
        ),
    )


def hostile_report() -> Report:
    """Contract text full of markup, formulas and fences, which must stay plain text."""
    nasty = (
        "<script>alert('x')</script> *bold* | pipe `tick` [link](http://x) "
        '=HYPERLINK("http://x") & {{ 7*7 }}'
    )
    return Report(
        document=DocumentInfo(
            path="<img src=x onerror=alert(1)>.md", format="md", sha256="00" * 32
        ),
        kind=Kind.LICENCE,
        kind_detected=True,
        company=("Licensee",),
        state=("Regulator",),
        findings=(
            finding(
                "DD2",
                Status.WEAK,
                "=SUM(A1:A9) reason <i>",
                text_evidence(nasty, 3, "4", "Duties", line=9),
                suggestion="```\nThe Licensee shall {{ duty }}.\n````",
            ),
        ),
    )


@pytest.fixture(scope="session")
def docx_report() -> Report:
    return procurement_docx_report()


@pytest.fixture(scope="session")
def text_report() -> Report:
    return service_text_report()


@pytest.fixture(scope="session")
def nasty_report() -> Report:
    return hostile_report()
