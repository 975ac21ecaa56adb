# ruff: noqa: E501 - a contract kept in its own lines
"""A lead-in ending in a colon lends its subject and modal words to each numbered item."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.pipeline import check

AGREEMENT = """DEVELOPMENT PARTNERSHIP AGREEMENT

Between the Federal Office for Digital Cooperation of the Republic of Orsova (hereinafter "the Office"),

and Terralink GmbH, registered in Brenz (hereinafter "the Partner Company").

Article 6 - Human rights

(4) In the course of the Project the Partner Company {modal}:

1. to consult smallholder farmers and the organisations that represent them before launching the application in each district;

2. to establish a grievance mechanism through which people affected by the Project can raise complaints about its human rights impacts.
"""


@pytest.mark.parametrize(
    ("modal", "expected"),
    [
        ("is obliged", "met"),
        ("is required", "met"),
        ("undertakes", "met"),
        ("is encouraged", "weak"),
    ],
)
def test_items_complete_the_lead_in_across_its_colon(
    tmp_path: Path, modal: str, expected: str
) -> None:
    path = tmp_path / "agreement.txt"
    path.write_text(AGREEMENT.format(modal=modal), encoding="utf-8")
    report = check(path, "support")
    assert report.finding("DD4").status.value == expected
    assert report.finding("OV5").status.value == expected


FORMULA_THEN_CLAUSE = """LICENCE AGREEMENT

This Licence is made between the Telecommunications Regulator of Eastland (the "Regulator")
and Northwave Networks Limited (the "Operator").

{formula}

Article 12(2) The Operator shall inform the Regulator without delay of any violation of human rights connected with its network.
"""


@pytest.mark.parametrize(
    "formula",
    [
        "IT IS AGREED as follows:",
        "NOW, THEREFORE, in consideration of the mutual covenants contained herein, the parties agree as follows:",
        "In consideration of the premises, the Parties hereto agree as follows:",
    ],
)
def test_the_agreement_formula_lends_nothing_to_the_clauses_after_it(
    tmp_path: Path, formula: str
) -> None:
    path = tmp_path / "licence.txt"
    path.write_text(FORMULA_THEN_CLAUSE.format(formula=formula), encoding="utf-8")
    finding = check(path, "licence").finding("OV3")
    assert finding.status.value == "met"
    assert finding.evidence[0].text.startswith("The Operator shall inform")


def test_a_disapplication_is_named_by_its_written_label_never_by_a_phrase(tmp_path: Path) -> None:
    text = (
        "1. The Provider shall notify the Agency within 48 hours of any misuse of the Service "
        "that harms human rights.\n\n"
        "For the avoidance of doubt: Clause 1 does not apply to the Provider."
    )
    path = tmp_path / "contract.txt"
    path.write_text(
        'SERVICES AGREEMENT\n\nThis Agreement is made between Vigil Systems Limited (the "Provider")'
        ' and the National Roads Agency (the "Agency").\n\n' + text + "\n",
        encoding="utf-8",
    )
    finding = check(path, "service").finding("OV3")
    assert finding.status.value == "missing"
    assert "avoidance" not in finding.reason
