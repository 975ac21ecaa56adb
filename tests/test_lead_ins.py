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
