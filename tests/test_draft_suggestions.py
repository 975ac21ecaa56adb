"""Suggestions: model wording fitted to the contract in hand (names, numbering, place)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.drafting import RULES, add_suggestions
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
from clausecheck.pipeline import read

DECIMAL = """\
AGREEMENT FOR THE SUPPLY OF BODY-WORN CAMERAS

THIS AGREEMENT is made on 2 May 2025 BETWEEN:

(1) THE POLICE SERVICE OF NORTH PROVINCE (the "Authority"); and

(2) OPTIVISTA SYSTEMS LTD, whose registered office is at 4 Dock Road (the "Contractor").

IT IS AGREED as follows:

1. DEFINITIONS

1.1 In this Agreement, "Goods" means the cameras described in Schedule 1.

2. SUPPLY

2.1 The Contractor shall supply the Goods.

2.2 The Authority shall pay for the Goods within 30 days.

3. INSTRUCTIONS

3.1 The Contractor shall disable any camera feature on the Authority's instruction.

4. GENERAL

4.1 This Agreement is governed by the laws of North Province.

SCHEDULE 1 - GOODS

1. Body-worn cameras, 400 units.
"""

ARTICLES = """\
LICENCE FOR THE PROVISION OF PUBLIC MOBILE SERVICES

THIS LICENCE is made on 1 June 2025

BETWEEN:

(1) THE COMMUNICATIONS REGULATORY AUTHORITY, of 2 Signal Street, Capital City (the
"Regulator"); and

(2) TELVORA NETWORKS LIMITED, a company incorporated in Ruritania ("Telvora").

IT IS AGREED as follows:

Article 1 - Grant

(1) The Regulator grants Telvora the right to operate the Network.

(2) Telvora shall pay the licence fee each year.

Article 2 - Term

(1) This Licence lasts fifteen years.
"""


def _document(tmp_path: Path, text: str):
    path = tmp_path / "contract.txt"
    path.write_text(text, encoding="utf-8")
    return read(path)


def _finding(rule: str, status: Status, label: str | None = None) -> Finding:
    evidence = ()
    if label:
        location = Location(block=0, label=label, heading=None, part="body", start=0, end=1)
        evidence = (Evidence(text="…", location=location),)
    level = Level.GUARDRAIL if rule.startswith("GR") else Level.REQUIRED
    return Finding(
        rule=rule, name=rule.lower(), level=level, status=status, reason="…", evidence=evidence
    )


def _report(kind: Kind, *findings: Finding) -> Report:
    info = DocumentInfo(path="contract.txt", format="txt", sha256="0")
    return Report(
        document=info, kind=kind, kind_detected=False, company=(), state=(), findings=findings
    )


def test_missing_rule_gets_a_new_clause_after_the_last_one_with_the_contracts_names(
    tmp_path: Path,
) -> None:
    report = _report(Kind.PROCUREMENT, _finding("OV3", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("OV3").suggestion
    lead, wording = suggestion.split("\n\n", 1)
    assert lead == "Add this wording as a new clause 5 after clause 4:"
    assert wording.startswith("5. HUMAN RIGHTS\n\n5.1 In this Clause 5, the following words")
    assert "5.2 The Contractor shall notify the Authority in writing" in wording


def test_weak_rule_points_at_the_clause_to_strengthen(tmp_path: Path) -> None:
    report = _report(Kind.PROCUREMENT, _finding("DD2", Status.WEAK, label="2.1"))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("DD2").suggestion
    assert suggestion.startswith(
        "Strengthen clause 2.1 to match this wording, or add it as a new clause 5 after clause 4:"
    )
    assert "The Contractor shall carry out Human Rights Due Diligence" in suggestion


def test_flagged_guardrail_carries_safeguards_for_the_clause_that_holds_the_term(
    tmp_path: Path,
) -> None:
    report = _report(Kind.PROCUREMENT, _finding("GR1", Status.FLAGGED, label="3.1"))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("GR1").suggestion
    assert suggestion.startswith(
        "Add this safeguard for the clause that holds the term "
        "(clause 3.1) as a new clause 5 after clause 4:"
    )
    assert "including any instruction under clause 3.1," in suggestion
    assert "authorised in advance by a court or other independent and impartial body" in suggestion


def test_met_and_clear_findings_get_no_suggestion(tmp_path: Path) -> None:
    report = _report(
        Kind.PROCUREMENT,
        _finding("DD1", Status.MET),
        _finding("GR2", Status.CLEAR),
        _finding("OV1", Status.MISSING),
    )
    fitted = add_suggestions(report, _document(tmp_path, DECIMAL))
    assert fitted.finding("DD1").suggestion is None
    assert fitted.finding("GR2").suggestion is None
    assert fitted.finding("OV1").suggestion is not None
    assert [f.rule for f in fitted.findings] == ["DD1", "GR2", "OV1"]


def test_article_numbering_and_a_proper_name_are_followed(tmp_path: Path) -> None:
    report = _report(Kind.LICENCE, _finding("OV6", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, ARTICLES)).finding("OV6").suggestion
    assert suggestion.startswith("Add this wording as a new Article 3 after Article 2:")
    assert "Article 3 – Human Rights" in suggestion
    assert "(2) The Regulator may suspend, vary or revoke this Licence" in suggestion
    assert "(a) Telvora commits a serious breach" in suggestion


def test_contract_without_known_parties_gets_generic_names(tmp_path: Path) -> None:
    text = "SERVICES CONTRACT\n\n1. SERVICES\n\n1.1 The services are described in Annex A.\n"
    report = _report(Kind.SERVICE, _finding("TR1", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, text)).finding("TR1").suggestion
    assert "the Provider shall give the Authority a written human rights report" in suggestion
    assert suggestion.startswith("Add this wording as a new clause 2 after clause 1:")


@pytest.mark.parametrize("status", [Status.WEAK, Status.MISSING])
def test_every_suggestion_is_plain_text_without_template_marks(
    tmp_path: Path, status: Status
) -> None:
    rules = [r for r in RULES if not r.startswith("GR")]
    report = _report(Kind.SERVICE, *(_finding(r, status, label="2.1") for r in rules))
    fitted = add_suggestions(report, _document(tmp_path, DECIMAL))
    for finding in fitted.findings:
        assert finding.suggestion and "{{" not in finding.suggestion
        assert not any(ord(ch) < 32 and ch != "\n" for ch in finding.suggestion)


def test_suggestions_name_the_subject_matter_as_the_contract_defines_it(tmp_path: Path) -> None:
    report = _report(Kind.PROCUREMENT, _finding("DD7", Status.MISSING))
    suggestion = add_suggestions(report, _document(tmp_path, DECIMAL)).finding("DD7").suggestion
    assert "build into the Goods, by design and by default" in suggestion
    assert "Deliverables" not in suggestion
