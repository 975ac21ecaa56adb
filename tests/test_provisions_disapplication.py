"""Disapplication in the words of other drafting traditions (reading rule 1).

A development-bank loan keeps its human-rights covenants in General Conditions and takes
one out in the Special Conditions: "Section 1.02 is deleted", "shall be deemed deleted",
"is waived", "replaces", "the Bank waives the application of". Each must stop the
covenant counting, and only that covenant; an ordinary duty to delete data must not
disapply anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.pipeline import check

LOAN = """LOAN AGREEMENT

THIS AGREEMENT is made on 3 March 2025 between the REPUBLIC DEVELOPMENT BANK (the "Bank")
and KESTREL NETWORKS LIMITED (the "Borrower").

IT IS AGREED as follows:

ARTICLE I - GENERAL CONDITIONS

Section 1.01. The Borrower shall repay the Loan in accordance with Schedule 2.

Section 1.02. The Borrower shall carry out human rights due diligence in respect of the
Project and shall respect human rights in carrying out the Project.

Section 1.03. The Borrower shall maintain a grievance mechanism accessible to persons
affected by the Project.

ARTICLE II - SPECIAL CONDITIONS

Section 2.01. {special}

Section 2.02. The Borrower shall keep proper books of account.

SIGNED by the parties.
"""


def _statuses(tmp_path: Path, special: str) -> dict[str, str]:
    path = tmp_path / "loan.txt"
    path.write_text(LOAN.format(special=special), encoding="utf-8")
    report = check(path, "support")
    return {rule: report.finding(rule).status.value for rule in ("DD1", "DD2", "OV5")}


@pytest.mark.parametrize(
    "special",
    [
        "Section 1.02 shall not apply to this Agreement.",
        "Section 1.02 is deleted.",
        "Section 1.02 of the General Conditions shall be deemed deleted.",
        "For the purposes of this Agreement, Section 1.02 is hereby deleted in its entirety.",
        "Section 1.02 is waived.",
        "The Bank waives the application of Section 1.02.",
        "This Section 2.01 replaces Section 1.02.",
        "Section 1.02 is replaced by the following: the Borrower shall keep records.",
        "The provisions of Section 1.02 are disapplied.",
        "The Borrower shall not be bound by Section 1.02.",
    ],
)
def test_a_covenant_taken_out_by_another_section_does_not_count(
    tmp_path: Path, special: str
) -> None:
    statuses = _statuses(tmp_path, special)
    assert statuses["DD1"] == "missing"
    assert statuses["DD2"] == "missing"
    assert statuses["OV5"] == "met"  # only the section named is taken out


@pytest.mark.parametrize(
    "special", ["Sections 1.02 and 1.03 shall not apply.", "Sections 1.02 and 1.03 are deleted."]
)
def test_every_section_of_a_list_is_taken_out(tmp_path: Path, special: str) -> None:
    assert set(_statuses(tmp_path, special).values()) == {"missing"}


@pytest.mark.parametrize(
    "special",
    [
        "The Borrower shall delete personal data at the end of the Project.",
        "Any defective equipment shall be replaced by the Borrower.",
        "Subject to Section 1.02, the Borrower shall insure the Project assets.",
    ],
)
def test_deleting_or_replacing_things_disapplies_nothing(tmp_path: Path, special: str) -> None:
    assert set(_statuses(tmp_path, special).values()) == {"met"}


INVESTMENT = """SUBSCRIPTION AGREEMENT

THIS AGREEMENT is made on 3 March 2025 between the NATIONAL INVESTMENT FUND (the "Fund")
and KESTREL NETWORKS LIMITED (the "Company").

IT IS AGREED as follows:

1. DEFINITIONS

1.1 "Responsible Investment Annex" means the annex set out in Schedule 4.

2. RESPONSIBLE INVESTMENT

2.1 The Company shall comply with the Responsible Investment Annex, save that paragraph 2
of the Responsible Investment Annex shall not apply to this Agreement.

3. DEFAULT

3.1 Each of the following is an Event of Default: (a) non-payment; (b) the Company breaches
Schedule 4.

3.2 {override}

SIGNED by the parties.

SCHEDULE 4 - RESPONSIBLE INVESTMENT ANNEX

1. The Company shall respect human rights in carrying out its business.

2. The Company shall have its compliance with its human rights obligations under this Annex
reviewed every two years by an independent third party acceptable to the Fund.
"""


def _investment(tmp_path: Path, override: str) -> dict[str, str]:
    path = tmp_path / "investment.txt"
    path.write_text(INVESTMENT.format(override=override), encoding="utf-8")
    report = check(path, "support")
    return {rule: report.finding(rule).status.value for rule in ("DD1", "OV2", "OV6")}


def test_a_paragraph_of_a_named_annex_is_taken_out_by_a_carve_out(tmp_path: Path) -> None:
    statuses = _investment(tmp_path, "The Company shall pay interest on late payments.")
    assert statuses["OV2"] == "missing"  # "save that paragraph 2 of the ... Annex shall not apply"
    assert statuses["DD1"] == "met"  # paragraph 1 of the annex still counts
    assert statuses["OV6"] == "met"  # a breach of the annex is an Event of Default


def test_a_negation_that_overrides_a_default_takes_the_default_out(tmp_path: Path) -> None:
    statuses = _investment(
        tmp_path,
        "Notwithstanding Section 3.1(b), no breach of the Responsible Investment Annex shall "
        "entitle the Fund to terminate this Agreement.",
    )
    assert statuses["OV6"] != "met"
