# ruff: noqa: E501 - a table of provisions, each kept on one line to read as written
"""Paraphrases, third round: meaning rather than phrases.

Written by checker-3 before the grammar and lexicons were changed, for the categories of
error the lead's blind sets showed (categories only, never their text), in styles the
earlier rounds did not use: duties written as nouns ("It shall be the responsibility of
X to", "the obligations of X include", "X's assessment shall be ..."), licence
conditions ("It is a condition of this Licence that X ..."), duties described by their
steps instead of their names (due diligence as map / rank / act / record; monitoring by
what the monitor does; government requests as demands, warrants and production orders
of the police or prosecutors), the State's organs doing the company's duty, discretion
dressed as a duty ("shall consider whether ... and, if it so concludes, ..."), two-part
contracts whose particular conditions delete a general condition, and guardrails
written as equipment, remote access and instructions by area.

Each entry becomes a small contract with its own party names
(``_examples.bank_contract``, as the paraphrase bank does) and goes through the whole
pipeline, party resolution included. The near-misses are the precision half: the same
verbs without the human-rights object, the same objects without the duty.
"""

from __future__ import annotations

from pathlib import Path

from _meaning import meaning_tests

from clausecheck.match import check_document
from clausecheck.pipeline import read

# (rule, expected status, kind, company term, State term, text)
CASES = [
    # --- 1. Duties written as nouns, conditions and other binding forms ------------------
    (
        "DD1",
        "met",
        "service",
        "Contractor",
        "Department",
        "It shall be the responsibility of the Contractor to ensure that every part of the Service is delivered with respect for the human rights of the people who use it.",
    ),
    (
        "DD1",
        "met",
        "licence",
        "Licensee",
        "Commission",
        "It is a condition of this Licence that the Licensee operates the Network in a way that respects internationally recognised human rights.",
    ),
    (
        "DD1",
        "met",
        "support",
        "Borrower",
        "Fund",
        "The Borrower covenants that it will, and will cause its subsidiaries to, respect internationally recognised human rights in carrying out the Project.",
    ),
    (
        "DD2",
        "met",
        "licence",
        "Licence Holder",
        "Directorate",
        "It is the duty of the Licence Holder to identify, assess and address the adverse human rights impacts that its network operations may cause or contribute to.",
    ),
    (
        "DD2",
        "met",
        "support",
        "Borrower",
        "Bank",
        "The Borrower is under an obligation to carry out human rights due diligence on every component of the Project financed by the Loan.",
    ),
    (
        "DD2",
        "met",
        "procurement",
        "Contractor",
        "Purchaser",
        "The Contractor's obligations under this Contract include conducting human rights due diligence on the Platform throughout the Term.",
    ),
    (
        "DD2",
        "met",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee must:\n(a) identify and assess the actual and potential human rights impacts of its services;\n(b) take measures to prevent and mitigate those impacts; and\n(c) keep a record of the steps it has taken.",
    ),
    (
        "DD3",
        "met",
        "licence",
        "Licence Holder",
        "Licensing Authority",
        "The human rights due diligence of the Licence Holder shall be continuous and shall be refreshed before the launch of each new service.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Contractor",
        "Department",
        "The Contractor's assessment of the human rights risks of the Service shall be kept under review and brought up to date at least once in every year of the Term.",
    ),
    (
        "DD3",
        "met",
        "service",
        "Service Provider",
        "Council",
        "The Service Provider shall re-examine its findings on the human rights risks of the Platform every twelve months and whenever it adds a new data source.",
    ),
    (
        "DD4",
        "met",
        "service",
        "Operator",
        "City",
        "The Operator is obliged to consult the residents' associations of each district before any new camera is installed, and to take their views into account.",
    ),
    (
        "DD5",
        "met",
        "support",
        "Grantee",
        "Fund",
        "The Grantee warrants that it has, and will maintain for the duration of the Grant, a human rights policy approved by its board of directors.",
    ),
    (
        "DD6",
        "met",
        "support",
        "Exporter",
        "Agency",
        "The Exporter shall cause each of its distributors to agree in writing to respect human rights in marketing and reselling the Goods.",
    ),
    (
        "OV3",
        "met",
        "service",
        "Contractor",
        "Department",
        "The Contractor's staff shall alert the Department without delay whenever they learn that the System has been used to violate the human rights of any person.",
    ),
    (
        "OV4",
        "met",
        "procurement",
        "Vendor",
        "Ministry",
        "The Vendor is liable to make good, at its own expense, any harm to the human rights of individuals that results from a defect in the Identity System.",
    ),
    (
        "TR1",
        "met",
        "procurement",
        "Supplier",
        "Purchaser",
        "The obligations of the Supplier under this Clause include submitting to the Purchaser, every six months, a written account of the steps it has taken to address the human rights impacts of the Goods.",
    ),
    (
        "OV3",
        "met",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee must:\n(a) tell the Regulator within 72 hours of becoming aware of any use of its network to violate human rights; and\n(b) keep a record of each such event.",
    ),
    # --- 2. Concepts described by their steps, not by their names ------------------------
    (
        "DD2",
        "met",
        "service",
        "Operator",
        "City",
        "The Operator shall map the ways in which the Service could adversely affect residents' rights, rank those risks by how severe they are, act first on the most severe and keep a written record of what it has done.",
    ),
    (
        "DD2",
        "met",
        "procurement",
        "Contractor",
        "Ministry",
        "The Contractor shall draw up and implement a vigilance plan setting out reasonable measures to identify risks and to prevent serious violations of human rights and fundamental freedoms resulting from its activities.",
    ),
    (
        "DD2",
        "missing",
        "procurement",
        "Contractor",
        "Ministry",
        "The Contractor shall map the locations of all charging points, rank them by usage and keep a written record of the results.",
    ),
    (
        "DD7",
        "met",
        "support",
        "Exporter",
        "Agency",
        "The Exporter shall not sell or license the Analytics Suite to any buyer where there is a substantial risk that it will be used to commit serious human rights violations, and shall stop supplying updates to any customer it finds using the Suite in that way.",
    ),
    (
        "DD7",
        "missing",
        "procurement",
        "Licensee",
        "Agency",
        "The Licensee shall not sell, sub-license or otherwise make the Software available to any third party except as permitted by this Agreement.",
    ),
    (
        "DD8",
        "met",
        "service",
        "Contractor",
        "Department",
        "The Contractor shall measure the false match rate of the face-matching service separately for each age group, sex and skin tone, and shall reduce any material difference between groups before go-live.",
    ),
    (
        "DD8",
        "missing",
        "procurement",
        "Supplier",
        "Ministry",
        "The Supplier shall ensure that every invoice is accurate and complete.",
    ),
    (
        "TR3",
        "met",
        "service",
        "Operator",
        "City",
        "The Operator shall explain in plain language, on a page of its website that residents can find easily, how the risk-scoring tool reaches its outputs and what it cannot do.",
    ),
    (
        "TR2",
        "met",
        "licence",
        "Operator",
        "Commission",
        "The Operator shall publish every year the number of demands, orders and warrants it has received from the police, prosecutors and security services for subscriber data, broken down by type.",
    ),
    (
        "TR2",
        "met",
        "service",
        "Contractor",
        "Agency",
        "Before complying with any production order from a prosecutor, the Contractor shall verify that the order has a basis in law and shall challenge it in court where it does not.",
    ),
    (
        "TR2",
        "weak",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee may notify affected subscribers of any order from the police to disclose their data, unless the order forbids it.",
    ),
    (
        "OV1",
        "met",
        "licence",
        "Licence Holder",
        "Directorate",
        "The Directorate, or auditors it appoints, may enter the Licence Holder's premises and examine its records to check that it is complying with its human rights obligations under this Licence.",
    ),
    (
        "OV6",
        "met",
        "service",
        "Contractor",
        "Ministry",
        "The Ministry may terminate this Contract by notice if the Contractor commits a serious violation of the rights of the people to whom the Service is provided.",
    ),
    # --- 3. Wrong party and discretion -------------------------------------------------
    (
        "DD2",
        "weak",
        "service",
        "Contractor",
        "Department",
        "The Contractor shall consider whether a human rights impact assessment of the Service is warranted and, if it so concludes, carry one out.",
    ),
    (
        "DD3",
        "weak",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall decide whether its human rights risk assessment needs updating and, if it decides that it does, update it.",
    ),
    (
        "DD2",
        "weak",
        "licence",
        "Licensee",
        "Directorate",
        "The Directorate shall assess the human rights impacts of the Licensee's network every year.",
    ),
    (
        "DD2",
        "weak",
        "licence",
        "Licensee",
        "Ministry",
        "The Licensing Authority shall carry out a human rights impact assessment of the Network before the Licence is renewed.",
    ),
    (
        "OV4",
        "weak",
        "licence",
        "Licence Holder",
        "Directorate",
        "It is the responsibility of the Directorate to remedy any adverse human rights impact caused by the Licence Holder's network.",
    ),
    # --- 4. Two-part contracts ----------------------------------------------------------
    (
        "DD6",
        "missing",
        "procurement",
        "Contractor",
        "Employer",
        "General Conditions, Clause 31.1: The Contractor shall ensure that every subcontract imposes on the subcontractor human rights obligations equivalent to those of the Contractor under this Contract.\nParticular Conditions, Clause 4: Clause 31 (Subcontracting) of the General Conditions shall be deemed deleted.",
    ),
    # --- 5. Guardrails -----------------------------------------------------------------
    (
        "GR2",
        "flagged",
        "licence",
        "Licensee",
        "Ministry",
        "The Licensee shall provide the competent authorities with remote access to its switching centres and subscriber databases at all times.",
    ),
    (
        "GR2",
        "flagged",
        "licence",
        "Operator",
        "Regulator",
        "The Operator shall install and maintain, at its own cost, the equipment required to enable the interception of communications over its network at the request of the national security agency.",
    ),
    (
        "GR2",
        "flagged",
        "service",
        "Contractor",
        "Ministry",
        "The Contractor shall give the security agencies real-time access to the Platform's interfaces and to the data passing through them.",
    ),
    (
        "GR2",
        "clear",
        "procurement",
        "Supplier",
        "Authority",
        "The Supplier shall give the Authority remote access to the System dashboards so that it can monitor availability.",
    ),
    (
        "GR3",
        "flagged",
        "service",
        "Contractor",
        "Ministry",
        "The Contractor shall not disclose to anyone, including in any report it publishes, the number or existence of requests it receives from the Ministry.",
    ),
    (
        "GR3",
        "clear",
        "licence",
        "Licensee",
        "Regulator",
        "The Licensee shall not disclose the content of any individual interception warrant, but may publish the total number of warrants it receives each year.",
    ),
    (
        "GR1",
        "flagged",
        "licence",
        "Operator",
        "Commission",
        "The Operator shall suspend its services in any area on the instruction of the Commission.",
    ),
    (
        "GR1",
        "flagged",
        "service",
        "Platform Operator",
        "Ministry",
        "The Platform Operator shall comply forthwith with any direction of the Ministry to block or remove content.",
    ),
    (
        "GR1",
        "clear",
        "licence",
        "Operator",
        "Commission",
        "The Operator may suspend the Service in any area for planned maintenance after giving subscribers seven days' notice.",
    ),
    (
        "DD8",
        "met",
        "procurement",
        "Supplier",
        "Ministry",
        "The Supplier shall ensure that the triage model is trained and tested on data that reflects the population of the Republic, including its regional, ethnic and age composition.",
    ),
    # Round 5: a duty written on the company's own subcontracts binds the company.
    (
        "DD6",
        "met",
        "procurement",
        "Supplier",
        "Authority",
        "Every subcontract entered into for the purposes of this Contract shall oblige the subcontractor to respect human rights and to allow the Authority to audit its compliance.",
    ),
]

# Cases this round could not yet read right. Each is graded today otherwise than expected
# (never a false met or flagged: test_not_yet_read_right checks that the grade differs
# from the expected one and is neither met nor flagged), so the day a change makes one pass,
# that test fails and the case moves up into CASES. What each still lacks:
#   DD6 "shall cause each of its distributors to agree": the company is not found as the
#     subject of "cause ... to" with distributors as the object;
#   DD4 "will be expected to": "expected to" after "will be" is not read as a recommendation;
#   DD1 "Responsible Technology Principles": no lexicon for ethics principles as a hook;
#   DD7, DD8, TR3: end use, error rates by group and plain-language limits described by
#     their steps (refuse the sale, false match rate per group, what it cannot do);
#   OV2: an independent organisation observing the Service is not yet tied to the rights of
#     its users, and an expert for Service Levels is still a weak hook;
#   OV5: a complaint line open to "any person affected" is still read as customer service.
NOT_YET = [
    (
        "DD4",
        "weak",
        "service",
        "Service Provider",
        "Council",
        "The Service Provider will be expected to hold meetings with affected communities about the human rights risks of the Platform.",
    ),
    (
        "DD1",
        "weak",
        "procurement",
        "Vendor",
        "Department",
        "The Vendor shall act at all times in accordance with its Responsible Technology Principles.",
    ),
    (
        "DD7",
        "met",
        "procurement",
        "Vendor",
        "Ministry",
        "Before it sells or licenses the Platform to any purchaser, the Vendor shall check whether that purchaser has used surveillance technology against journalists or activists, and shall refuse the sale where it has.",
    ),
    (
        "TR3",
        "met",
        "procurement",
        "Vendor",
        "City",
        "The Vendor shall give the City a plain-language statement of the limits of the Eligibility Engine, the errors it is known to make and the kinds of cases for which its outputs should not be relied on.",
    ),
    (
        "OV2",
        "met",
        "service",
        "Contractor",
        "Ministry",
        "The Ministry shall engage an independent organisation to observe the operation of the Service, review the complaints it receives and report each year on whether the Service respects the rights of its users.",
    ),
    (
        "OV2",
        "missing",
        "procurement",
        "Contractor",
        "Ministry",
        "Any disagreement about the Service Levels shall be referred to an independent expert, whose decision shall bind the Parties.",
    ),
    (
        "OV5",
        "met",
        "service",
        "Contractor",
        "Council",
        "The Contractor shall set up a free telephone line and an online form through which any person affected by the Service may complain about the way they have been treated, and shall answer each complaint within 15 days.",
    ),
]


test_read_by_meaning, test_not_yet_read_right = meaning_tests(CASES, NOT_YET)


def test_unrestricted_real_time_access_in_the_bundled_example_is_flagged() -> None:
    """Clause 8.3 of the bundled draft gives the Ministry "direct and unrestricted access in
    real time" to all data held in the Platform, with no legal basis, necessity or
    independent authorisation: GR2 flags it, in the text and in the Word version alike."""
    examples_dir = Path(__file__).resolve().parent.parent / "examples"
    for name in ("procurement-draft.txt", "procurement-draft.docx"):
        report = check_document(read(examples_dir / name), "procurement", select=("GR2",))
        finding = report.findings[0]
        assert finding.status.value == "flagged", (name, finding.reason)
        assert any(e.location.label == "8.3" for e in finding.evidence), (name, finding.evidence)
