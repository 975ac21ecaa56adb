# ruff: noqa: E501 - a table of provisions, each kept on one line to read as written
"""Paraphrases, fifth round: precision first, then recall by meaning.

Written by checker-5 before the rules changed, for categories of wording the lead's
blind sets showed graded wrong (categories only, never their text). Precision: a duty to
comply with interception law is not transparency about requests; an independent
verification with a report to the buyer is OV2, not the State's own audit; an optional
clause printed with "[... NOT SELECTED ...]" or "[Intentionally left blank]" does not
bind. Recall: a parenthetical between the modal and its verb ("is obliged, at its own
expense, to"); access to "any record, site or information" to verify respect for
rights; a periodic independent review of how requests are handled; unlawful
interference with privacy; a reporting schedule written as a line ("- prepared by the
Supplier every six months"); notice of judicial orders and disclosure of requests;
subcontracts that must oblige the subcontractor; assemblies and unlawful tracking;
validation for each country and under-represented groups; the State choosing what to
block or reading any message; a promise never to publish statistics, or not to reveal
that orders exist; and the weak forms (subscribing to the UNGPs if it sees fit,
information only when the State asks, a customer helpdesk).

The near-misses (the same words about tariffs, products or ordinary orders) are the
precision half. Each entry becomes a small contract and goes through the whole pipeline.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from _meaning import meaning_tests

from clausecheck._examples import bank_contract
from clausecheck.match import check_document
from clausecheck.pipeline import read

# (rule, expected status, kind, company term, State term, text)
CASES = [
    (
        "TR2",
        "missing",
        "licence",
        "Licensee",
        "Authority",
        "The Licensee shall comply with the Interception of Communications Act and with every warrant issued under it.",
    ),
    (
        "OV2",
        "met",
        "procurement",
        "Supplier",
        "Purchaser",
        "The Supplier shall ensure a verification of its compliance with this Annex on human rights by an independent expert organisation once a year and shall deliver the resulting report to the Purchaser.",
    ),
    (
        "OV1",
        "missing",
        "procurement",
        "Supplier",
        "Purchaser",
        "The Supplier shall ensure a verification of its compliance with this Annex on human rights by an independent expert organisation once a year and shall deliver the resulting report to the Purchaser.",
    ),
    (
        "DD2",
        "missing",
        "procurement",
        "Supplier",
        "Purchaser",
        "[Optional clause 12B - Human rights due diligence: NOT SELECTED for this Agreement.] The Supplier shall carry out human rights due diligence to identify, prevent and mitigate adverse impacts on human rights.",
    ),
    (
        "OV4",
        "met",
        "service",
        "Contractor",
        "Ministry",
        "The Contractor is obliged, at its own expense, to eliminate the consequences of violations of the rights of persons caused by the System.",
    ),
    (
        "OV4",
        "met",
        "service",
        "Contractor",
        "Ministry",
        "The Contractor undertakes, within 30 days of a finding, to remedy any adverse human rights impact that it has caused.",
    ),
    (
        "OV1",
        "met",
        "licence",
        "Licensee",
        "Commission",
        "The Commission is entitled to access any record, site or information of the Licensee in order to verify the Licensee's respect for users' rights to privacy and freedom of expression.",
    ),
    (
        "OV1",
        "met",
        "service",
        "Operator",
        "Department",
        "On the Department's request, the Operator shall produce within ten days any log, record or document concerning the human rights impacts of the Service.",
    ),
    (
        "OV2",
        "met",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee shall submit every two years to verification by an independent civil-society monitor of its handling of content-removal requests and data-access requests.",
    ),
    (
        "OV4",
        "met",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee shall take prompt corrective action to cease and remedy any unlawful interference with the privacy of subscribers.",
    ),
    (
        "TR1",
        "met",
        "procurement",
        "Supplier",
        "Contracting Authority",
        "Schedule 8 (Reporting), item 4: Human rights performance report - prepared by the Supplier every six months, covering salient risks and the actions taken, and delivered to the Contracting Authority.",
    ),
    (
        "TR2",
        "met",
        "licence",
        "Operator",
        "Regulator",
        "The Operator is obliged to inform the affected subscriber of every judicial or administrative order to block content, as soon as secrecy under the applicable law no longer applies.",
    ),
    (
        "TR2",
        "met",
        "licence",
        "Operator",
        "Regulator",
        "The Operator agrees to disclose annually, in aggregate form, the requests it has received from any government agency to access user data.",
    ),
    (
        "TR2",
        "weak",
        "licence",
        "Operator",
        "Regulator",
        "Where practicable, the Operator shall publish the number of network shutdown orders it has received.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall keep its human rights impact assessment under review throughout the term and revisit it at least annually and before each new release.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall update the human rights risk assessment at each stage of the project.",
    ),
    (
        "DD4",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall hold at least two public hearings with rights-holders and their representatives in each region.",
    ),
    (
        "DD6",
        "met",
        "service",
        "Provider",
        "Department",
        "Every subcontract relating to the processing of claimants' data shall oblige the subcontractor to comply with the Human Rights Requirements.",
    ),
    (
        "DD7",
        "met",
        "procurement",
        "Supplier",
        "Police Authority",
        "The Supplier shall configure the Recognition Module so that it cannot be used to identify participants in lawful assemblies, and shall block any user account that attempts such use.",
    ),
    (
        "DD7",
        "weak",
        "procurement",
        "Supplier",
        "Police Authority",
        "The Supplier may decline to supply a customer if it has concerns about the customer's intended use of the product.",
    ),
    (
        "DD7",
        "weak",
        "licence",
        "Operator",
        "Regulator",
        "As far as commercially practicable, the Operator shall restrict the use of location services by third parties for unlawful tracking.",
    ),
    (
        "DD8",
        "met",
        "support",
        "Recipient",
        "Fund",
        "It is a condition of disbursement that the Recipient validates the algorithm on data from each target country and remedies any material drop in accuracy for under-represented groups.",
    ),
    (
        "GR1",
        "flagged",
        "service",
        "Provider",
        "Agency",
        "The Provider shall configure the filtering gateway so that the Agency can block any website of its choosing.",
    ),
    (
        "GR2",
        "flagged",
        "licence",
        "Operator",
        "Ministry",
        "The Operator shall build a technical means by which the Ministry can read any message and retrieve any user's data on its own initiative.",
    ),
    (
        "GR2",
        "flagged",
        "service",
        "Operator",
        "Agency",
        "The Operator shall transfer each night a complete copy of all records of users' journeys and locations, which the Agency may use for any purpose.",
    ),
    (
        "GR3",
        "flagged",
        "licence",
        "Operator",
        "Agency",
        "The Operator undertakes never to publish any statistics concerning the requests for access to data it receives from the Agency or any law-enforcement body.",
    ),
    (
        "GR3",
        "flagged",
        "licence",
        "Operator",
        "Regulator",
        "The Operator is forbidden from revealing the fact that blocking orders have been issued to it, their number or their origin.",
    ),
    (
        "DD1",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider may, if it considers it appropriate, subscribe to the UN Guiding Principles on Business and Human Rights.",
    ),
    (
        "DD1",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider shall comply with all applicable laws.",
    ),
    (
        "DD3",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider may update its human rights impact assessment whenever it considers it necessary.",
    ),
    (
        "OV5",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider shall operate a customer helpdesk resolving billing complaints.",
    ),
    (
        "OV5",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider may, at its discretion, establish a channel for residents to report concerns.",
    ),
    (
        "TR1",
        "weak",
        "service",
        "Provider",
        "Ministry",
        "The Provider may, if the Ministry requests it, provide information on the human rights aspects of the Service.",
    ),
    (
        "DD2",
        "met",
        "procurement",
        "Supplier",
        "Purchaser",
        "[Optional clause 12B - Human rights due diligence: SELECTED.] The Supplier shall carry out human rights due diligence to identify, prevent and mitigate adverse impacts on human rights.",
    ),
    (
        "DD2",
        "missing",
        "procurement",
        "Supplier",
        "Purchaser",
        "[Intentionally left blank] The Supplier shall carry out human rights due diligence to identify, prevent and mitigate adverse impacts on human rights.",
    ),
    (
        "OV1",
        "missing",
        "procurement",
        "Supplier",
        "Purchaser",
        "The Supplier shall produce the System in accordance with the Specification and deliver it to the Purchaser's premises.",
    ),
    (
        "GR2",
        "clear",
        "licence",
        "Operator",
        "Ministry",
        "The Operator shall read any message from the Ministry within one business day and reply in writing.",
    ),
    (
        "GR3",
        "clear",
        "licence",
        "Operator",
        "Regulator",
        "The Operator agrees not to publish the Regulator's draft tariff decisions before their adoption.",
    ),
    (
        "TR2",
        "missing",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall comply with every judicial or administrative order addressed to it under the Electronic Communications Act.",
    ),
    (
        "GR1",
        "flagged",
        "licence",
        "Operator",
        "Regulator",
        "In case of a declared emergency, the Operator is obliged to restrict access to the internet and to messaging applications as ordered by the Regulator, without the right to object.",
    ),
    (
        "OV4",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall, at its own cost, remedy any adverse human rights impact that it has caused.",
    ),
    (
        "DD6",
        "met",
        "support",
        "Exporter",
        "Agency",
        "The Exporter shall not source components for the Exported Goods from any supplier that has not agreed in writing to respect internationally recognised human rights and core labour standards.",
    ),
    (
        "DD6",
        "met",
        "support",
        "Exporter",
        "Agency",
        "The Exporter undertakes not to source components for the Exported Goods from any supplier that has not agreed in writing to respect internationally recognised human rights and core labour standards.",
    ),
    (
        "GR3",
        "clear",
        "licence",
        "Concessionaire",
        "Ministry",
        "The confidentiality of an individual blocking order may be imposed only by a reasoned decision of a judge and for a limited period; the Concessionaire retains the right to publish statistics on the orders it receives.",
    ),
    # Near-misses from the second review: service credits, grant criteria, a deliverable's
    # comments, a grant account, the employment-law equality clause.
    (
        "OV4",
        "missing",
        "service",
        "Supplier",
        "Ministry",
        "The Supplier shall provide a remedy, including service credits, to affected customers.",
    ),
    (
        "OV4",
        "missing",
        "licence",
        "Operator",
        "Ministry",
        "The Operator shall remedy any outage and compensate any subscriber who is affected by it.",
    ),
    (
        "TR3",
        "missing",
        "service",
        "Supplier",
        "Ministry",
        "The Supplier shall publish the eligibility criteria for the Grant on its website.",
    ),
    (
        "GR1",
        "clear",
        "service",
        "Supplier",
        "Authority",
        "The Supplier shall, as directed by the Authority, revise the Deliverable to remove or address the comments of the Authority.",
    ),
    (
        "GR1",
        "clear",
        "service",
        "Supplier",
        "Authority",
        "The Authority may require the Supplier to close the account.",
    ),
    (
        "OV3",
        "missing",
        "service",
        "Supplier",
        "Authority",
        "The Supplier shall notify the Authority immediately in writing of any legal proceedings issued against it for unlawful discrimination.",
    ),
    # Second batch: the same categories in other words, and their near-misses.
    (
        "GR2",
        "clear",
        "licence",
        "Operator",
        "Ministry",
        "The Operator shall not grant any security service direct remote access to its systems.",
    ),
    (
        "GR3",
        "flagged",
        "licence",
        "Service Provider",
        "Ministry",
        "The Service Provider shall not publish any transparency report or other statement referring to requests made by the Ministry or law enforcement agencies for data or for the removal of content.",
    ),
    (
        "GR3",
        "flagged",
        "licence",
        "Vendor",
        "Ministry",
        "The Vendor is prohibited from publishing statistics on the content-removal or data-access requests it receives from any public authority.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Contractor",
        "Council",
        "The Contractor shall revisit its human rights risk assessment at least annually.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall keep the human rights impact assessment up to date and refresh it before each new release of the Platform.",
    ),
    (
        "DD4",
        "met",
        "service",
        "Provider",
        "Council",
        "The Provider shall meet organisations representing affected communities in each district at least twice a year to hear their concerns about the Platform.",
    ),
    (
        "GR1",
        "flagged",
        "licence",
        "Operator",
        "Agency",
        "The Operator shall block within two hours any website designated by the Agency.",
    ),
    (
        "OV4",
        "met",
        "service",
        "Contractor",
        "Ministry",
        "The Contractor shall, at its own cost, put right any arbitrary interference with the privacy of service users caused by the System.",
    ),
    (
        "TR2",
        "met",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall publish every six months the number of blocking orders and surveillance requests it has received, broken down by the issuing authority.",
    ),
    (
        "TR3",
        "weak",
        "service",
        "Provider",
        "Council",
        "The Provider may decide at its discretion what information about the Decision Engine to share.",
    ),
    (
        "GR2",
        "clear",
        "procurement",
        "Manufacturer",
        "Authority",
        "The Manufacturer shall give and permit full and unrestricted access to all or any of its premises at any time to any authorised representative of any Governmental Authority.",
    ),
    (
        "DD4",
        "missing",
        "service",
        "Provider",
        "Council",
        "The Provider shall allow the Independent Monitor to meet affected persons and their representatives without the Provider being present.",
    ),
    (
        "OV2",
        "met",
        "service",
        "Contractor",
        "Council",
        "The Contractor shall appoint, at its own cost, an assessor that is independent of both Parties and has no other engagement with the Contractor, to review how the Contractor respects the human rights of residents.",
    ),
]

# Known gaps, kept visible: each must still grade wrong, and never as a false met/flag.
# A condition written without a comma swallows the core after it (GR1); remote access
# for a State organ that is no party, not yet told apart from an inspection of premises
# (GR2); steps of due diligence spread over inline items (DD2); the State doing the
# company's duty (DD6, OV4 weak); discretion over sharing due diligence procedures
# not named as human rights (TR4 weak); the monitor's report as TR1; an interception
# warrant is not yet a government request.
NOT_YET = [
    (
        "GR2",
        "flagged",
        "licence",
        "Operator",
        "Ministry",
        "The Operator shall grant the Security Unit direct remote access to its systems.",
    ),
    (
        "TR1",
        "weak",
        "procurement",
        "Supplier",
        "Purchaser",
        "The Supplier shall ensure a verification of its compliance with this Annex on human rights by an independent expert organisation once a year and shall deliver the resulting report to the Purchaser.",
    ),
    (
        "DD2",
        "met",
        "service",
        "Operator",
        "Ministry",
        "Before it deploys any new function, the Operator must (a) map the people whose rights it may affect; (b) rank the risks by severity and likelihood; (c) act on each salient risk; and (d) record what it found and what it did.",
    ),
    (
        "GR1",
        "flagged",
        "licence",
        "Operator",
        "Regulator",
        "In case of a declared emergency the Operator is obliged to restrict access to the internet and to messaging applications as ordered by the Regulator, without the right to object.",
    ),
    (
        "DD6",
        "weak",
        "licence",
        "Vendor",
        "Regulator",
        "The Regulator shall require each equipment vendor to certify its respect for human rights.",
    ),
    (
        "OV4",
        "weak",
        "support",
        "Recipient",
        "Fund",
        "The Fund shall prepare and implement a remediation plan for any harm caused by the Recipient.",
    ),
    (
        "TR4",
        "weak",
        "support",
        "Recipient",
        "Fund",
        "The Recipient may share its due diligence procedures with the Fund on a confidential basis if it so wishes.",
    ),
    (
        "GR3",
        "flagged",
        "licence",
        "Operator",
        "Agency",
        "The Operator agrees never to disclose the existence or number of the interception warrants served on it.",
    ),
]


test_read_by_meaning, test_not_yet_read_right = meaning_tests(CASES, NOT_YET)


INSPECTION = (
    "6. Inspection. The Regulator may inspect the premises, records and systems of the "
    "Licensee to verify compliance with the conditions of this Licence."
)


def _licence(*clauses: str) -> str:
    entry = {
        "rule": "OV1",
        "kind": "licence",
        "company": "Licensee",
        "state": "Regulator",
        "labelled": True,
        "text": "\n".join(clauses),
    }
    return bank_contract(entry)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        (
            "5. Human rights. The Licensee shall respect human rights, including the rights to "
            "privacy and freedom of expression of its subscribers.",
            "met",
        ),
        ("5. Fees. The Licensee shall pay the annual licence fee by 31 January.", "weak"),
        (
            "5. Human rights. [Not used]\n5.1 The Licensee shall respect human rights, "
            "including the rights to privacy and freedom of expression of its subscribers.",
            "weak",
        ),
    ],
    ids=["with-human-rights-condition", "without", "condition-not-used"],
)
def test_inspection_of_all_licence_conditions_reaches_the_human_rights_ones(
    condition: str, expected: str
) -> None:
    """An inspection right over "the conditions of this Licence" is OV1 met only when a
    condition that binds the licensee names human rights (not one marked "[Not used]")."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "licence.txt"
        path.write_text(_licence(condition, INSPECTION), encoding="utf-8")
        finding = check_document(read(path), "licence", select=("OV1",)).findings[0]
    assert finding.status.value == expected, finding.reason
