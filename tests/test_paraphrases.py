# ruff: noqa: E501 - a table of sentences, each kept on one line to read as written
"""Paraphrases: the same duties in the words of other drafters.

Written by the checker's author to test generalisation beyond the labelled set's single
generator: US, civil-law and plain-English styles, model-clause wording, and the traps
the reading rules name (compliance with law, permissions, wrong party, financial audits,
confidentiality carve-outs). Each sentence is graded as a one-clause contract.
"""

from __future__ import annotations

import pytest

from clausecheck._examples import grade_example
from clausecheck.rules import find_rule

CASES = [
    (
        "DD1",
        "met",
        "The Contractor shall conduct its business in a manner that respects human rights, as set out in the UN Guiding Principles on Business and Human Rights.",
    ),
    (
        "DD1",
        "met",
        "The Supplier undertakes to respect the human rights of all persons affected by the performance of this Contract.",
    ),
    (
        "DD1",
        "met",
        "In performing this Contract the Supplier must not cause or contribute to any violation of internationally recognised human rights.",
    ),
    (
        "DD1",
        "met",
        "The Provider shall comply with the Modern Slavery Act 2015 and shall not use forced, bonded or child labour.",
    ),
    (
        "DD1",
        "met",
        "The Supplier shall uphold the principles of the Universal Declaration of Human Rights in the delivery of the Services.",
    ),
    ("DD1", "weak", "The Supplier shall endeavour to respect human rights in its operations."),
    (
        "DD1",
        "weak",
        "The Contractor shall comply with all laws and regulations applicable to the performance of the Contract.",
    ),
    ("DD1", "missing", "The Supplier shall comply with the Telecommunications Act 2019."),
    ("DD1", "missing", "The Supplier gives no undertaking in respect of human rights."),
    (
        "DD2",
        "met",
        "The Supplier shall carry out a human rights impact assessment of the System before deployment.",
    ),
    (
        "DD2",
        "met",
        "The Contractor must identify, prevent, mitigate and account for how it addresses its adverse human rights impacts.",
    ),
    (
        "DD2",
        "met",
        "The Vendor shall conduct ongoing human rights due diligence in accordance with Principles 17 to 21 of the UNGPs.",
    ),
    (
        "DD2",
        "met",
        "The Provider shall undertake a fundamental rights impact assessment of the AI system prior to putting it into use.",
    ),
    (
        "DD2",
        "weak",
        "The Supplier will use its best endeavours to conduct human rights due diligence.",
    ),
    (
        "DD2",
        "weak",
        "The Supplier shall, if it deems it necessary, carry out a human rights impact assessment.",
    ),
    (
        "DD2",
        "missing",
        "The Supplier shall carry out due diligence on the creditworthiness of its subcontractors.",
    ),
    ("DD2", "missing", "The Supplier is not obliged to carry out any human rights due diligence."),
    (
        "DD3",
        "met",
        "The human rights impact assessment shall be reviewed by the Supplier annually and updated whenever the System is materially changed.",
    ),
    (
        "DD3",
        "met",
        "The Contractor shall keep its human rights due diligence under continuous review throughout the Term.",
    ),
    (
        "DD3",
        "weak",
        "The Supplier shall carry out a human rights impact assessment before the Effective Date.",
    ),
    ("DD3", "missing", "The Supplier shall carry out human rights due diligence."),
    (
        "DD4",
        "met",
        "The Operator shall hold meaningful consultations with affected communities, including indigenous peoples, before deploying the System.",
    ),
    (
        "DD4",
        "met",
        "The Supplier shall engage with rights-holders and civil society organisations on the design of the Service.",
    ),
    ("DD4", "weak", "The Supplier may consult stakeholders where it considers this useful."),
    (
        "DD4",
        "missing",
        "The Supplier shall consult the Authority before appointing any subcontractor.",
    ),
    (
        "DD5",
        "met",
        "The Supplier shall maintain a human rights policy approved by its board of directors.",
    ),
    (
        "DD5",
        "met",
        "The Contractor shall appoint a senior manager with responsibility for human rights.",
    ),
    (
        "DD5",
        "met",
        "The Vendor shall ensure that all staff working on the Contract receive training on human rights.",
    ),
    ("DD5", "weak", "The Supplier should have a human rights policy."),
    ("DD5", "missing", "The Supplier shall appoint an account manager for the Contract."),
    (
        "DD6",
        "met",
        "The Supplier shall include in all its subcontracts human rights provisions equivalent to those in this Schedule.",
    ),
    (
        "DD6",
        "met",
        "The Contractor shall procure that its subcontractors and suppliers comply with human rights obligations no less stringent than those imposed on the Contractor by this Agreement.",
    ),
    (
        "DD6",
        "met",
        "The Supplier shall require each of its suppliers to respect internationally recognised human rights.",
    ),
    (
        "DD6",
        "weak",
        "The Supplier shall use reasonable endeavours to ensure that its supply chain is free from forced labour.",
    ),
    (
        "DD6",
        "missing",
        "The Supplier shall remain responsible for the acts and omissions of its subcontractors.",
    ),
    (
        "DD7",
        "met",
        "The Supplier shall not sell or supply the Goods to any end-user it has reason to believe will use them for unlawful surveillance.",
    ),
    (
        "DD7",
        "met",
        "The Vendor shall conduct know-your-customer checks on all end users and shall refuse supply where there is a risk of misuse that would violate human rights.",
    ),
    ("DD7", "weak", "The Supplier may suspend access for any end-user who misuses the Platform."),
    ("DD7", "missing", "The Supplier shall keep the System free from malware."),
    (
        "DD8",
        "met",
        "The Provider shall ensure that the training, validation and testing data sets are relevant, representative, free of errors and complete.",
    ),
    (
        "DD8",
        "met",
        "Before deployment, the Supplier shall test the algorithm for discriminatory outcomes across protected groups.",
    ),
    ("DD8", "weak", "The Supplier should test the model for bias."),
    ("DD8", "missing", "The Supplier shall keep Personal Data accurate and up to date."),
    (
        "OV1",
        "met",
        "The Authority shall have the right, on 10 Business Days' notice, to inspect the Supplier's premises and records for the purpose of verifying compliance with the Supplier's human rights obligations.",
    ),
    (
        "OV1",
        "met",
        "The Supplier shall give the Authority and its nominated auditors access to all records relating to its human rights obligations under this Agreement.",
    ),
    (
        "OV1",
        "met",
        "The Licensee shall grant the Regulator access to its facilities and documents to verify its compliance with the human rights conditions of this Licence.",
    ),
    ("OV1", "weak", "The Authority may audit the Supplier's compliance with this Agreement."),
    (
        "OV1",
        "weak",
        "The Supplier shall keep full and accurate books and records of the Charges and make them available to the Authority for audit.",
    ),
    ("OV1", "missing", "The Supplier may audit the Customer's use of the Software once a year."),
    (
        "OV2",
        "met",
        "The Supplier shall appoint, at its own cost, an independent monitor approved by the Authority to assess its compliance with the human rights provisions.",
    ),
    (
        "OV2",
        "met",
        "An independent third-party auditor shall verify the Supplier's compliance with the human rights provisions of this Schedule every year.",
    ),
    (
        "OV2",
        "weak",
        "The Supplier may commission an independent assessment of its human rights performance.",
    ),
    (
        "OV2",
        "missing",
        "The Supplier's financial statements shall be audited by an independent firm of chartered accountants.",
    ),
    (
        "OV3",
        "met",
        "The Supplier shall inform the Authority without delay of any allegation of human rights abuse connected with the Services.",
    ),
    (
        "OV3",
        "met",
        "The Contractor must notify the Authority within 48 hours of becoming aware of any actual or potential adverse impact on human rights arising from the Services.",
    ),
    (
        "OV3",
        "weak",
        "The Supplier shall notify the Authority of any security breach affecting the System.",
    ),
    ("OV3", "missing", "The Supplier shall notify the Authority of any change in its ownership."),
    (
        "OV4",
        "met",
        "Where the Supplier has caused or contributed to an adverse human rights impact, it shall provide for or cooperate in its remediation.",
    ),
    (
        "OV4",
        "met",
        "The Contractor shall agree a corrective action plan with the Authority to address any breach of its human rights obligations and implement it within the agreed period.",
    ),
    (
        "OV4",
        "weak",
        "The Supplier should remediate any adverse human rights impacts to which it has contributed.",
    ),
    ("OV4", "missing", "The Supplier shall remedy any defect in the Goods within 30 days."),
    (
        "OV5",
        "met",
        "The Operator shall establish an operational-level grievance mechanism through which individuals and communities affected by the Project may raise concerns.",
    ),
    (
        "OV5",
        "met",
        "The Supplier shall ensure that workers and other affected persons have access to an effective complaints mechanism and to remedy.",
    ),
    (
        "OV5",
        "weak",
        "The Supplier shall maintain a customer complaints procedure for users of the Service.",
    ),
    ("OV5", "missing", "The Supplier shall operate a service desk."),
    (
        "OV6",
        "met",
        "The Authority may terminate this Contract with immediate effect if the Supplier commits a serious breach of its human rights obligations.",
    ),
    (
        "OV6",
        "met",
        "Without prejudice to its other rights, the Lender may suspend or cancel the Facility if the Borrower fails to comply with the human rights undertakings in this Agreement.",
    ),
    ("OV6", "weak", "The Authority may terminate this Contract if the Supplier becomes insolvent."),
    (
        "OV6",
        "weak",
        "Either party may terminate this Agreement on 30 days' written notice if the other party commits a material breach.",
    ),
    ("OV6", "missing", "The Supplier may terminate this Agreement if the Authority fails to pay."),
    (
        "TR1",
        "met",
        "The Supplier shall submit to the Authority an annual human rights report setting out the measures it has taken to prevent and mitigate adverse impacts.",
    ),
    (
        "TR1",
        "met",
        "The Contractor shall report publicly each year on its human rights performance.",
    ),
    (
        "TR1",
        "weak",
        "The Supplier may include information on its human rights performance in its annual report.",
    ),
    (
        "TR1",
        "missing",
        "The Supplier shall provide the Authority with quarterly financial reports.",
    ),
    (
        "TR2",
        "met",
        "The Operator shall publish a transparency report every six months setting out the number of law enforcement requests received.",
    ),
    (
        "TR2",
        "met",
        "The Operator shall challenge any request for user data from a public authority that it considers to be unlawful.",
    ),
    ("TR2", "weak", "The Operator may publish aggregate statistics on government requests."),
    (
        "TR2",
        "missing",
        "The Operator shall not disclose the existence of any lawful interception order.",
    ),
    (
        "TR3",
        "met",
        "The Supplier shall provide the Authority with clear and comprehensible information on how the AI system reaches its decisions, including its known limitations and risks to individuals.",
    ),
    (
        "TR3",
        "met",
        "The Provider shall make available a model card describing the model's intended use and limitations.",
    ),
    ("TR3", "weak", "The Supplier shall provide operating manuals for the System."),
    ("TR3", "missing", "The Supplier shall provide training to the Authority's staff."),
    (
        "TR4",
        "met",
        "The Supplier shall publish on its website a description of its human rights due diligence process.",
    ),
    ("TR4", "weak", "The Supplier may disclose its human rights policy on request."),
    ("TR4", "missing", "The Supplier shall publish its prices."),
    (
        "GR1",
        "flagged",
        "The Operator shall comply immediately with any instruction from the Ministry to suspend mobile internet services in a specified area.",
    ),
    (
        "GR1",
        "flagged",
        "The Licensee shall block access to any website notified to it by the Regulator.",
    ),
    (
        "GR1",
        "clear",
        "The Licensee shall suspend services only pursuant to a court order that is necessary and proportionate.",
    ),
    (
        "GR2",
        "flagged",
        "The Licensee shall install and maintain equipment giving the security services real-time access to all communications data.",
    ),
    (
        "GR2",
        "flagged",
        "The Supplier shall provide the Authority with a back door into the encryption of the Platform.",
    ),
    (
        "GR2",
        "clear",
        "The Licensee shall provide interception capability only in response to a warrant issued by a judge.",
    ),
    (
        "GR3",
        "flagged",
        "The Operator shall keep confidential all requests received from public authorities and shall not publish any statistics about them.",
    ),
    (
        "GR3",
        "clear",
        "The Operator may publish aggregate statistics on the requests it receives, but shall keep individual requests confidential while an investigation is pending.",
    ),
    (
        "DD2",
        "met",
        "The Supplier, in relation to any goods supplied to the Authority, shall carry out human rights due diligence.",
    ),
    (
        "OV6",
        "met",
        "The Authority, acting reasonably and after consulting the Supplier, may terminate this Agreement if the Supplier commits a serious violation of human rights.",
    ),
    (
        "DD1",
        "met",
        "Contractor agrees that it will not engage in, or permit its subcontractors to engage in, human trafficking, forced labor or child labor.",
    ),
    (
        "DD1",
        "met",
        "Vendor represents, warrants and covenants that it shall respect internationally recognized human rights in performing the Services.",
    ),
    (
        "DD2",
        "met",
        "Contractor will implement and maintain a process to identify, assess and address actual and potential adverse human rights impacts connected with the Work.",
    ),
    (
        "OV1",
        "met",
        "Upon reasonable notice, Buyer or its designee may audit Seller's facilities, books and records to verify Seller's compliance with the labor and human rights requirements of this Agreement.",
    ),
    (
        "OV1",
        "weak",
        "Buyer may, upon thirty days' notice, audit Seller's books and records relating to invoiced amounts.",
    ),
    (
        "OV3",
        "met",
        "Supplier shall promptly, and in any event within five (5) business days, notify Customer in writing of any actual or suspected human rights violation in its operations or supply chain.",
    ),
    ("OV3", "weak", "Supplier shall notify Customer of any Security Incident within 72 hours."),
    (
        "OV4",
        "met",
        "If Supplier has caused or contributed to an adverse human rights impact, Supplier shall provide for or cooperate in its remediation, including compensation to affected persons where appropriate.",
    ),
    (
        "OV6",
        "met",
        "Customer may terminate this Agreement immediately upon written notice if Supplier breaches Section 12 (Human Rights).",
    ),
    (
        "OV6",
        "weak",
        "Either party may terminate this Agreement for convenience on ninety days' written notice.",
    ),
    (
        "TR1",
        "met",
        "Contractor shall submit to the Contracting Officer an annual report describing the measures it has taken to prevent and address adverse human rights impacts.",
    ),
    (
        "TR1",
        "missing",
        "Contractor shall submit monthly progress reports to the Contracting Officer.",
    ),
    (
        "DD1",
        "met",
        "The Contractor is obliged to respect human rights in the performance of the contract.",
    ),
    (
        "DD2",
        "met",
        "The Contractor is obliged to carry out an assessment of the risks to human rights arising from the performance of the contract.",
    ),
    (
        "DD4",
        "met",
        "The Contractor has the duty to consult the affected communities before starting the works.",
    ),
    (
        "OV5",
        "met",
        "The Contractor undertakes to set up a complaints mechanism accessible to workers and to local communities, through which they may raise concerns about human rights impacts.",
    ),
    ("OV5", "weak", "The Contractor undertakes to set up a customer complaints procedure."),
    (
        "OV2",
        "met",
        "Compliance with the human rights obligations of this contract shall be verified by an independent third-party monitor appointed by the Contracting Authority.",
    ),
    (
        "DD6",
        "weak",
        "You must make sure your subcontractors follow the human rights rules in this contract.",
    ),
    (
        "DD7",
        "met",
        "The Supplier must check who will end up using the equipment and must not supply it where it is likely to be used to commit human rights abuses.",
    ),
    (
        "DD8",
        "met",
        "The Provider shall ensure that the training data are relevant, representative, free of errors and complete, and shall examine them for possible biases.",
    ),
    (
        "DD8",
        "weak",
        "The Provider shall use reasonable efforts to ensure that the training data are representative.",
    ),
    (
        "TR3",
        "met",
        "The Provider shall give the Authority instructions for use that explain the system's capabilities and limitations and the risks it may pose to fundamental rights.",
    ),
    (
        "TR4",
        "met",
        "The Supplier shall make its human rights due diligence policy publicly available.",
    ),
    ("DD1", "missing", "The Supplier acknowledges the importance of human rights."),
    ("DD2", "weak", "The Supplier is encouraged to carry out human rights due diligence."),
    ("DD5", "weak", "The Supplier may, at its discretion, adopt a human rights policy."),
    (
        "OV4",
        "weak",
        "The Supplier shall use commercially reasonable efforts to remediate any adverse human rights impact it causes.",
    ),
    (
        "OV5",
        "missing",
        "Any dispute arising under this Agreement shall be referred to arbitration.",
    ),
    ("OV1", "missing", "The Supplier shall audit its own accounts annually."),
    (
        "OV1",
        "weak",
        "The Supplier may, at its discretion, permit the Authority to inspect its human rights records.",
    ),
    (
        "DD2",
        "missing",
        "Nothing in this Agreement shall require the Supplier to carry out human rights due diligence.",
    ),
    ("DD1", "missing", "The Supplier's Code of Conduct on anti-bribery shall apply."),
    ("OV3", "missing", "The Supplier shall notify the Authority of any change of control."),
    (
        "OV6",
        "missing",
        "Neither party may terminate this Agreement before the end of the Initial Term.",
    ),
    (
        "TR2",
        "met",
        "The Operator shall notify affected users of any government demand for their data, unless prohibited by law, and shall publish the number of such demands annually.",
    ),
    (
        "GR2",
        "flagged",
        "The Operator shall grant the national security agency direct and unrestricted access to its network and subscriber databases.",
    ),
    (
        "GR3",
        "flagged",
        "The Licensee shall not disclose to any person, in any form, the existence or number of interception requests received.",
    ),
]


@pytest.mark.parametrize(
    ("rule_id", "expected", "text"),
    CASES,
    ids=[f"{r}-{s}-{i}" for i, (r, s, _t) in enumerate(CASES)],
)
def test_paraphrase(rule_id: str, expected: str, text: str) -> None:
    status, reason = grade_example(find_rule(rule_id), text)
    assert status == expected, reason
