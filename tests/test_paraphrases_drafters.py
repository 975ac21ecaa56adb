# ruff: noqa: E501 - a table of sentences, each kept on one line to read as written
"""Paraphrases, second round: how other drafting traditions say each term.

Written by checker-2 before the lexicon was widened, in styles the first round did not
use: development-bank covenants ("shall cause", "shall furnish"), export-credit and
end-use undertakings, telecom licence conditions ("It is a condition of this Licence
that"), EU and civil-law translations ("is obliged to", "shall be entitled to"),
Australian / Canadian public-sector plain English ("The Contractor is responsible for"),
and the words the catalogue's substance is carried by when "human rights" is not said in
the same sentence (a rule of verb families x object families, not fixed phrases).

Each sentence is graded as a one-clause contract (``_examples.grade_example``); the
parties are the catalogue's role nouns. The missing entries are near-misses a careless
lexicon would turn into met: ordinary customer service, a sales team, a security review.
"""

from __future__ import annotations

import pytest

from clausecheck._examples import grade_example
from clausecheck.rules import find_rule

CASES = [
    # --- DD3: when assessment happens ---------------------------------------------------
    (
        "DD3",
        "met",
        "The Contractor shall revisit its assessment of human rights risks at appropriate intervals and whenever its operations or the operating context change significantly.",
    ),
    (
        "DD3",
        "met",
        "The human rights impact assessment shall be refreshed by the Operator every two years and whenever the Network is extended to a new region.",
    ),
    (
        "DD3",
        "met",
        "The Supplier shall keep its identification of adverse human rights impacts under review for as long as the Contract remains in force.",
    ),
    (
        "DD3",
        "met",
        "The Borrower shall repeat the human rights risk assessment before each phase of the Project and at least once in every calendar year.",
    ),
    ("DD3", "weak", "The Provider should periodically revisit its human rights impact assessment."),
    (
        "DD3",
        "weak",
        "Prior to signature of this Agreement, the Supplier conducted an assessment of the human rights risks of the Project.",
    ),
    ("DD3", "missing", "The Supplier shall review the Service Levels every year."),
    # --- DD4: engagement with people affected ------------------------------------------
    (
        "DD4",
        "met",
        "The Operator shall hold regular dialogue with representatives of communities living near its sites and with civil society organisations about the effects of the Network on their rights.",
    ),
    (
        "DD4",
        "met",
        "Before it introduces any change that may affect them, the Concessionaire shall give residents, user groups and disability organisations an opportunity to be heard.",
    ),
    (
        "DD4",
        "met",
        "The Contractor shall involve workers and their trade unions in identifying risks to their rights.",
    ),
    (
        "DD4",
        "met",
        "The Provider must listen to the people who use the Service, and to groups that speak for them, when it designs or changes the Service.",
    ),
    ("DD4", "weak", "The Company is encouraged to seek the views of affected communities."),
    (
        "DD4",
        "weak",
        "The Ministry shall consult civil society organisations on the human rights risks of the System.",
    ),
    (
        "DD4",
        "missing",
        "The Supplier shall consult the Authority's project manager before changing the delivery schedule.",
    ),
    # --- DD5: governance ---------------------------------------------------------------
    (
        "DD5",
        "met",
        "The Contractor shall designate a senior officer responsible for the implementation of its human rights commitments under this Contract.",
    ),
    (
        "DD5",
        "met",
        "The Supplier shall ensure that all personnel working on the Contract receive training on human rights.",
    ),
    (
        "DD5",
        "met",
        "The Company shall maintain a policy on respect for human rights, signed off by its chief executive.",
    ),
    (
        "DD5",
        "met",
        "The Operator shall assign responsibility for its human rights obligations to a named member of its management team.",
    ),
    ("DD5", "weak", "The Supplier should train its staff on human rights."),
    (
        "DD5",
        "missing",
        "The Contractor shall appoint a Contract Manager who shall be the Authority's point of contact.",
    ),
    # --- DD6: down the chain -----------------------------------------------------------
    (
        "DD6",
        "met",
        "The Exporter shall require its distributors and system integrators to comply with human rights obligations equivalent to those in this Agreement.",
    ),
    (
        "DD6",
        "met",
        "The Contractor shall cause each of its subcontractors and suppliers to respect human rights in performing any part of the Works.",
    ),
    (
        "DD6",
        "met",
        "The Supplier shall include in each contract with a business partner terms obliging that partner to respect human rights.",
    ),
    (
        "DD6",
        "met",
        "The Licensee shall pass on the human rights obligations of this Licence to every dealer, reseller and agent it appoints.",
    ),
    ("DD6", "weak", "The Company should encourage its suppliers to respect human rights."),
    (
        "DD6",
        "missing",
        "The Supplier shall require its subcontractors to keep the Authority's information confidential.",
    ),
    # --- DD7: misuse by end users ------------------------------------------------------
    (
        "DD7",
        "met",
        "The Exporter shall screen all prospective buyers and end users of the equipment and shall refuse to supply any buyer where there is a risk that the equipment will be used to violate human rights.",
    ),
    (
        "DD7",
        "met",
        "The Vendor shall not sell or license the Software to any customer that it knows, or has reason to believe, intends to use it to monitor journalists, activists or political opponents.",
    ),
    (
        "DD7",
        "met",
        "The Company shall carry out know-your-customer checks on each reseller and shall suspend deliveries if it learns that the goods are being put to unlawful uses.",
    ),
    (
        "DD7",
        "met",
        "The Supplier shall vet each customer before granting access to the Platform and shall withdraw access from any customer that uses it to target individuals for their political views.",
    ),
    ("DD7", "weak", "The Supplier may suspend access for any end user who misuses the System."),
    (
        "DD7",
        "weak",
        "The Grantee shall use reasonable efforts to prevent the Product from being misused.",
    ),
    ("DD7", "missing", "The Supplier shall screen all incoming files for viruses."),
    # --- DD8: data and accuracy --------------------------------------------------------
    (
        "DD8",
        "met",
        "The Contractor shall measure the false match rate of the facial recognition system separately for each demographic group and shall correct any disparity.",
    ),
    (
        "DD8",
        "met",
        "The Vendor shall validate the model on data that is representative of the population on which it will be used.",
    ),
    (
        "DD8",
        "met",
        "Before each release, the Provider shall test the scoring model to check that it does not discriminate against applicants on grounds of race, sex, disability or age.",
    ),
    ("DD8", "weak", "The Provider should test the algorithm for bias."),
    (
        "DD8",
        "missing",
        "The Supplier shall not discriminate against any employee on grounds of race or sex.",
    ),
    # --- OV1: audit --------------------------------------------------------------------
    (
        "OV1",
        "met",
        "The Regulator, or any person it authorises, may enter the Licensee's premises and inspect its equipment, records and systems to verify compliance with the human rights conditions of this Licence.",
    ),
    (
        "OV1",
        "met",
        "The Licensee shall give the Regulator access to its books, records and systems so that the Regulator may verify compliance with Condition 9 (Human Rights).",
    ),
    ("OV1", "weak", "The Authority may audit the Supplier's invoices and accounts."),
    # --- OV2: independent verification --------------------------------------------------
    (
        "OV2",
        "met",
        "The Supplier shall have its compliance with its human rights obligations verified each year by an independent expert organisation approved by the Authority.",
    ),
    (
        "OV2",
        "met",
        "The Operator shall commission an external assessor, independent of the Operator, to review its human rights performance every two years.",
    ),
    (
        "OV2",
        "met",
        "The Borrower shall engage a third-party monitor acceptable to the Lender to verify compliance with the human rights action plan.",
    ),
    (
        "OV2",
        "missing",
        "The Supplier shall have its annual accounts audited by an independent firm of chartered accountants.",
    ),
    # --- OV3: notification -------------------------------------------------------------
    (
        "OV3",
        "met",
        "The Operator shall inform the Regulator without delay of any incident in which the Network has been used to violate human rights.",
    ),
    (
        "OV3",
        "met",
        "The Exporter shall report to the Agency within five days any evidence that the goods have been misused to commit human rights abuses.",
    ),
    # --- OV4: remediation --------------------------------------------------------------
    (
        "OV4",
        "met",
        "Where the Contractor has caused or contributed to an adverse human rights impact, it shall provide for or cooperate in its remediation.",
    ),
    (
        "OV4",
        "met",
        "The Provider shall make good any harm that the Service has done to the rights of residents.",
    ),
    (
        "OV4",
        "met",
        "The Company shall prepare and implement a corrective action plan to address any human rights violation identified by the monitor.",
    ),
    (
        "OV4",
        "met",
        "The Supplier shall compensate any person whose human rights have been infringed through its performance of the Contract.",
    ),
    ("OV4", "weak", "The Supplier should remedy any adverse human rights impact it causes."),
    (
        "OV4",
        "missing",
        "The Supplier shall remedy any defect in the Goods within 10 days of notice.",
    ),
    # --- OV5: grievance and remedy -----------------------------------------------------
    (
        "OV5",
        "met",
        "The Operator shall establish a channel through which any person may lodge a complaint about the effect of the Service on their human rights.",
    ),
    (
        "OV5",
        "met",
        "The Licensee shall cooperate with the Ombudsman and with any court or non-judicial body that deals with complaints by users about interference with their rights.",
    ),
    (
        "OV5",
        "met",
        "The Provider shall ensure that any resident affected by a decision of the System can complain about it and obtain redress, and shall not penalise anyone for complaining.",
    ),
    (
        "OV5",
        "met",
        "The Contractor shall set up a hotline open to workers and to members of affected communities for reporting abuses of their rights.",
    ),
    (
        "OV5",
        "weak",
        "The Supplier shall have a procedure for complaints by customers about late deliveries.",
    ),
    ("OV5", "missing", "Any dispute between the Parties shall be settled by arbitration."),
    # --- OV6: termination --------------------------------------------------------------
    (
        "OV6",
        "met",
        "The Agency may withdraw cover under the Policy if the Exporter is involved in serious human rights abuses.",
    ),
    (
        "OV6",
        "met",
        "The Regulator may revoke this Licence where the Licensee has committed a serious violation of the human rights conditions of this Licence.",
    ),
    # --- TR1: reporting on human rights ------------------------------------------------
    (
        "TR1",
        "met",
        "The Supplier shall submit to the Authority each year a report describing its human rights performance under the Contract.",
    ),
    (
        "TR1",
        "met",
        "The Operator shall publish every year a statement of the steps it has taken to respect human rights in running the Network.",
    ),
    (
        "TR1",
        "met",
        "The Company shall include in its annual sustainability report information on the human rights risks of the Project and how they were managed.",
    ),
    ("TR1", "weak", "The Contractor may report on its human rights performance."),
    (
        "TR1",
        "missing",
        "The Contractor shall report monthly on its performance against the Service Levels.",
    ),
    # --- TR2: government requests ------------------------------------------------------
    (
        "TR2",
        "met",
        "The Operator shall publish twice a year the number of orders received from law enforcement agencies to disclose subscriber information.",
    ),
    (
        "TR2",
        "met",
        "Where an authority orders the Licensee to block access to a service, the Licensee shall inform affected users of the order, unless the law forbids it.",
    ),
    (
        "TR2",
        "met",
        "The Provider shall examine the legality of every request from a public body for user data and shall contest any request it considers unlawful.",
    ),
    ("TR2", "weak", "The Operator may publish statistics on the government requests it receives."),
    # --- TR3 and TR4 -------------------------------------------------------------------
    (
        "TR3",
        "met",
        "The Supplier shall explain to the Authority and to affected persons, in plain language, how the algorithm reaches its recommendations and what its limitations are.",
    ),
    (
        "TR4",
        "met",
        "The Contractor shall publish a description of its human rights due diligence process on its website.",
    ),
    # --- Guardrails ----------------------------------------------------------------------
    (
        "GR2",
        "flagged",
        "The Licensee shall provide the security services with real-time remote access to its network and to all communications carried over it.",
    ),
    (
        "GR2",
        "flagged",
        "The Operator shall allow the Ministry to access subscriber data directly, without a warrant or court order.",
    ),
    (
        "GR2",
        "clear",
        "The Supplier shall give the Authority remote access to the helpdesk ticketing system for the purpose of monitoring the Service Levels.",
    ),
    (
        "GR3",
        "flagged",
        "The Licensee shall treat all requests from the Security Agency as strictly confidential and shall not reveal their existence or number to anyone.",
    ),
    (
        "GR1",
        "flagged",
        "The Operator shall suspend mobile services in any area designated by the Ministry for as long as the Ministry directs.",
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "expected", "text"),
    CASES,
    ids=[f"{r}-{s}-{i}" for i, (r, s, _t) in enumerate(CASES)],
)
def test_paraphrase_of_another_drafter(rule_id: str, expected: str, text: str) -> None:
    status, reason = grade_example(find_rule(rule_id), text)
    assert status == expected, reason
