# ruff: noqa: E501 - provisions kept on one line each, to read as written
"""Disapplication across instruments and in further words (reading rule 1).

Framework terms and their call-off orders, master agreements and statements of work,
investment agreements and side letters, concessions and their amendments: the
provision sits in one instrument and is taken out by another, which cites it as
"paragraph 4 of Schedule 7" or "clause 16.1 of the Framework Terms" and takes it out in
its own words (revoked, repealed, suspended, struck out, ceases to have effect, does not
form part, shall not bind, waives the obligations under, releases from). Each must stop
exactly that provision counting; the near-misses below must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck import _tokens
from clausecheck._examples import bank_contract
from clausecheck.pipeline import check

# (rule, kind, company term, State term, the provision, the words that take it out)
TAKEN_OUT = [
    (
        "DD2",
        "support",
        "Borrower",
        "Bank",
        "Annex 3, paragraph 2: The Borrower shall carry out human rights due diligence on the Project.",
        "Clause 18.4: Paragraph 2 of Annex 3 shall not apply to the Borrower.",
    ),
    (
        "DD5",
        "service",
        "Supplier",
        "Authority",
        "Framework Conditions, clause 9.2: The Supplier shall ensure that all personnel are trained in human rights.",
        "Order Form, Special Term 1: Clause 9.2 of the Framework Conditions does not apply to this Order.",
    ),
    (
        "DD7",
        "service",
        "Provider",
        "Agency",
        "Schedule 5, paragraph 3: The Provider shall suspend any account used to surveil journalists or human rights defenders.",
        "Clause 31.1: Paragraph 3 of Schedule 5 does not form part of this Agreement.",
    ),
    (
        "DD8",
        "support",
        "Company",
        "Fund",
        "Subscription Agreement, clause 6.3: The Company shall test its credit scoring models for bias every six months.",
        "Waiver Letter, paragraph 1: The Fund waives clause 6.3 of the Subscription Agreement and will not enforce it.",
    ),
    (
        "OV2",
        "support",
        "Company",
        "Fund",
        "Subscription Agreement, clause 8.1: The Company shall obtain an independent assessment of its human rights management system every two years.",
        "Board resolution, item 3: Clause 8.1 of the Subscription Agreement is hereby revoked.",
    ),
    (
        "OV3",
        "licence",
        "Operator",
        "Regulator",
        "Article 12(2) The Operator shall inform the Regulator without delay of any violation of human rights connected with its network.",
        "Article 44 The provisions of Article 12(2) are suspended and shall not be applied.",
    ),
    (
        "OV5",
        "support",
        "Project Company",
        "Bank",
        "Section 4.07 The Project Company shall operate a grievance mechanism open to people affected by the Project.",
        "Section 4.12 The provisions of Section 4.07 shall not bind the Project Company.",
    ),
    (
        "TR1",
        "licence",
        "Concessionaire",
        "Ministry",
        "Article 19(1) The Concessionaire shall publish each year a report on how it respects human rights.",
        "Amendment No. 2, Article 1: Article 19(1) of the Concession Agreement is repealed.",
    ),
    (
        "TR3",
        "licence",
        "Concessionaire",
        "Ministry",
        "Article 21(2) The Concessionaire shall explain to users in plain language how its content ranking system works, its limits and its risks to them.",
        "Article 50 Article 21(2) shall not be applicable to the Concessionaire.",
    ),
    (
        "TR1",
        "service",
        "Supplier",
        "Authority",
        "14.1 The Supplier shall publish an annual report on how it addresses its human rights impacts.",
        "14.5 With effect from 1 January 2026, clause 14.1 ceases to have effect.",
    ),
    (
        "DD3",
        "licence",
        "Licensee",
        "Commission",
        "9.2 The Licensee shall review and update its human rights impact assessment every year.",
        "9.8 The Commission waives the Licensee's obligations under clause 9.2 for the remainder of the Term.",
    ),
    (
        "OV3",
        "service",
        "Provider",
        "Agency",
        "7.1 The Provider shall notify the Agency within 48 hours of any misuse of the Service that harms human rights.",
        "7.4 The Agency releases the Provider from its obligation under clause 7.1.",
    ),
    (
        "OV6",
        "procurement",
        "Contractor",
        "Ministry",
        "31.1 The Ministry may terminate this Agreement for any serious human rights breach by the Contractor.",
        "31.3 By Amendment No. 1, clause 31.1 is struck out and is of no further force or effect.",
    ),
    (
        "TR4",
        "service",
        "Provider",
        "Council",
        "Master Services Agreement, Section 11.4: Provider shall publish its human rights due diligence policy.",
        "Statement of Work, Special Terms: Section 11.4 of the Master Services Agreement shall not apply to this Statement of Work.",
    ),
]


def _finding(tmp_path: Path, rule: str, kind: str, company: str, state: str, text: str):
    entry = {"kind": kind, "company": company, "state": state, "text": text, "labelled": True}
    path = tmp_path / "contract.txt"
    path.write_text(bank_contract(entry), encoding="utf-8")
    return check(path, kind).finding(rule)


@pytest.mark.parametrize(("rule", "kind", "company", "state", "provision", "out"), TAKEN_OUT)
def test_a_provision_taken_out_by_another_instrument_no_longer_counts(
    tmp_path: Path, rule: str, kind: str, company: str, state: str, provision: str, out: str
) -> None:
    alone = _finding(tmp_path, rule, kind, company, state, provision)
    assert alone.status.value == "met", alone.reason  # the provision counts on its own
    taken_out = _finding(tmp_path, rule, kind, company, state, f"{provision}\n{out}")
    assert taken_out.status.value == "missing", taken_out.reason
    # The finding names where the disapplication stands, as written.
    where = out.split(":")[0] if ":" in out.split(" The ")[0] else out.split(" ")[0]
    assert where.split(",")[0] in taken_out.reason


NOT_TAKEN_OUT = [
    # Another paragraph of the same schedule is taken out, not this one.
    (
        "DD7",
        "Schedule 5, paragraph 3: The Provider shall suspend any account used to surveil journalists or human rights defenders.\n"
        "Clause 31.1: Paragraph 4 of Schedule 5 does not form part of this Agreement.",
    ),
    # A schedule that forms part of the contract is incorporated, not taken out.
    (
        "DD7",
        "Schedule 5, paragraph 3: The Provider shall suspend any account used to surveil journalists or human rights defenders.\n"
        "Clause 31.1: Schedule 5 forms part of this Agreement.",
    ),
    # An ordinary duty to delete or suspend things names no clause.
    (
        "DD7",
        "Clause 6.1: The Provider shall suspend any account used to surveil journalists or human rights defenders, "
        "and the account data is deleted and the access is suspended.",
    ),
    # The label before the colon is where the disapplication stands, not what it takes out.
    (
        "OV3",
        "Clause 12.2: The Provider shall inform the Agency without delay of any violation of human rights connected with the Service.\n"
        "Clause 40.1: Clause 9 shall not apply to the Provider.",
    ),
]


@pytest.mark.parametrize(("rule", "text"), NOT_TAKEN_OUT)
def test_near_misses_leave_the_provision_standing(tmp_path: Path, rule: str, text: str) -> None:
    finding = _finding(tmp_path, rule, "service", "Provider", "Agency", text)
    assert finding.status.value == "met", finding.reason


def test_the_agreement_formula_is_not_a_lead_in_for_the_clauses_after_it(
    tmp_path: Path,
) -> None:
    # "IT IS AGREED as follows:" opens the operative part; a clause numbered "Article 12(2)"
    # after it binds whoever it names, and is read as a duty, not as a statement.
    finding = _finding(
        tmp_path,
        "OV3",
        "licence",
        "Operator",
        "Regulator",
        "Article 12(2) The Operator shall inform the Regulator without delay of any violation "
        "of human rights connected with its network.",
    )
    assert finding.status.value == "met"
    assert finding.evidence[0].text.startswith("The Operator shall inform")


LOAN_WITH_INTERPRETATION = """LOAN AGREEMENT

This Agreement is made on 2 May 2025 between the NORTHERN DEVELOPMENT BANK (the "Bank")
and FERRIC DATA SERVICES LIMITED (the "Borrower").

ARTICLE I - DEFINITIONS AND INTERPRETATION

Section 1.01. "Project" means the digital land registry described in Schedule 1.

Section 1.02. {override}

ARTICLE II - THE LOAN

Section 2.01. The Bank shall lend the Borrower the amount set out in Schedule 2.

ARTICLE VII - COVENANTS

Section 7.03. The Borrower shall respect internationally recognised human rights in
carrying out the Project.
"""


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ("Section 7.03 shall not apply to this Agreement.", "missing"),
        ('"Business Day" means a day on which banks are open in the capital.', "met"),
    ],
)
def test_a_disapplication_in_the_interpretation_article_still_operates(
    tmp_path: Path, override: str, expected: str
) -> None:
    path = tmp_path / "loan.txt"
    path.write_text(LOAN_WITH_INTERPRETATION.format(override=override), encoding="utf-8")
    assert check(path, "support").finding("DD1").status.value == expected


@pytest.mark.parametrize(
    ("sentence", "deletes"),
    [
        ("Part C of this Agreement is deleted.", True),
        ("Clause 8.1 of the Subscription Agreement is hereby revoked.", True),
        ("SECTION 7.03 IS DELETED.", True),
        # A thing, not a clause: an instrument must be named as one.
        ("Records in Part C of the System shall be deleted after 30 days.", False),
        # Lower-case words are no label: "part of", "the articles".
        ("The articles concerned shall be removed from the store.", False),
    ],
)
def test_only_a_clause_written_as_a_label_is_deleted(sentence: str, deletes: bool) -> None:
    kinds = {kind for _, _, kind in _tokens.prefilter().scan(sentence)}
    assert ("DELETED" in kinds) is deletes
